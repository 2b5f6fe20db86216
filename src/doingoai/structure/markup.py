"""What an HTML page's markup says of its lines, taken over the guesses made from the text.

The HTML reader (read/html.py) hands on ``doc.meta["markup"]``: the raw offsets of the lines that
were the page's h2–h6 headings, each with its level (1 for the highest tag the text keeps), and of
the short lines set as plain ``<p>`` paragraphs (not all in bold or italics). After
:func:`doingoai.structure.classify.refine`:

* a heading line is a heading of its level, whatever its shape (a question "… khi nào?" ends like a
  sentence, so the text alone never makes it one);
* a plain paragraph that the text made an unnumbered heading (short, no final stop: a dateline
  "TP. Hồ Chí Minh, ngày 5/4/2014") is a paragraph again. Numbered and upper-case headings stay:
  their numbering or case is in the text, not in the styling;
* a list's item (``<li>``) is a list item; a numbered line set as a ``<p>`` ("<p>1. Hai bên …</p>")
  is a paragraph, not an item (the page sets its lists as lists), unless a line ending in ":"
  introduces the run ("… các văn kiện sau:" then "<p>1. …</p>"): then the page's list, set as
  paragraphs (read/html_markup.py leaves such a run out of "paras");
* Markdown (read/markdown.py) also hands on its lines of plain text ("text": a paragraph, whatever its
  shape: "— Tác giả (2021)" is no list item, a short line no heading) and its footnotes ("notes":
  "[^1]: …" is a footnote block).
* An e-mail (read/mail.py) hands on its quoted paragraphs ("text": paragraphs, whatever their shape) and its
  signature's name line ("authors": the writer, a block of its own).

Front matter (lines around the title) and the title are left as they are.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from doingoai.model import BlockType

_ITEM, _PARA = -1, -2  # roles of a list's item (<li>) and of a numbered paragraph (<p>1. …</p>)
_TEXT, _NOTE = -3, -4  # a Markdown line of plain text (no heading, no item) and a footnote ("[^1]: …")
# the title a structured file names (a calendar's X-WR-CALNAME, a feed's channel title: read/outline.py)
_TITLE = -5
_AUTHOR = -6  # an e-mail signature's name line (read/mail.py, round 208)

_RETYPED = (
    BlockType.PARAGRAPH,
    BlockType.HEADING,
    BlockType.LIST_ITEM,
    BlockType.AUTHOR,
    BlockType.AFFILIATION,
)


def apply(blocks: list, raw_spans: list[tuple[int, int]], markup: dict[str, Any]) -> None:
    """Retype ``blocks`` in place; ``raw_spans[k]`` is block k's span in ``doc.raw``."""
    roles = sorted(
        [(s, e, level) for s, e, level in markup.get("headings", ())]
        + [(s, e, 0) for s, e in markup.get("plain", ())]
        + [(s, e, _ITEM) for s, e in markup.get("items", ())]
        + [(s, e, _PARA) for s, e in markup.get("paras", ())]
        + [(s, e, _TEXT) for s, e in markup.get("text", ())]
        + [(s, e, _NOTE) for s, e in markup.get("notes", ())]
        + [(s, e, _TITLE) for s, e in markup.get("title", ())]
        + [(s, e, _AUTHOR) for s, e in markup.get("authors", ())]
    )
    if not roles:
        return
    starts = [r[0] for r in roles]
    titled = bool(markup.get("title"))
    for b, (a, z) in zip(blocks, raw_spans, strict=True):
        if titled and b.type is BlockType.TITLE:
            b.type = BlockType.PARAGRAPH  # (the file names its title: no other line is one)
        if titled and a == markup["title"][0][0] and z <= markup["title"][0][1]:
            b.type = BlockType.TITLE
            b.level = None
            continue
        if b.front or b.type not in _RETYPED and b.type is not BlockType.TABLE:
            continue
        k = bisect_right(starts, a) - 1
        if k < 0:
            continue
        s, e, level = roles[k]
        if a >= e or z > e:
            continue  # not inside the line, or joined with the next one
        if b.type is BlockType.TABLE and level not in (_ITEM, _TEXT):
            continue  # (a row whose cells the text parts: a list's item or a line of text only)
        if level == _ITEM:
            b.type = BlockType.LIST_ITEM
            b.level = None
        elif level == _TEXT:  # Markdown marks its headings and items: any other line is text
            b.type = BlockType.PARAGRAPH
            b.level = None
        elif level == _AUTHOR:
            b.type = BlockType.AUTHOR
            b.level = None
        elif level == _NOTE:
            b.type = BlockType.FOOTNOTE
            b.level = None
        elif level == _PARA:
            if b.type is BlockType.LIST_ITEM:  # "<p>2. Hai bên …</p>": numbered, yet no list's item
                b.type = BlockType.PARAGRAPH
        elif level:
            b.type = BlockType.HEADING
            b.level = level
        elif b.type is BlockType.HEADING and b.rank is None and not b.caps:
            b.type = BlockType.PARAGRAPH
            b.level = None


def item_lines(lines: Any, mapped: Any, items: list[list[int]]) -> frozenset[int]:
    """The lines (indices into ``lines``, of ``mapped.text``) that are the list items (or headings) at raw
    spans ``items``: each such line a block of its own (structure/paragraphs.py)."""
    wanted = {s for s, *_ in items}
    span = mapped.source_span
    return frozenset(
        i for i, (a, z) in enumerate(zip(lines.starts, lines.ends, strict=True)) if span(a, z)[0] in wanted
    )


def text_sections(
    raw_spans: list[tuple[int, int]], spans: list[tuple[int, int]], sections: list[list[Any]]
) -> list[list[Any]]:
    """A reader's dated parts (``[start, end, date, status]``, raw offsets; read/outline.py) in offsets of the
    text: from the first to the last block whose raw start lies inside the part. The blocks' raw starts rise
    with the blocks (checked): each part is found by bisection (review 23: one pass over every block for each
    part took 20 s on a calendar of 3,000 entries)."""
    starts = [ra for ra, _ in raw_spans]
    if any(b < a for a, b in zip(starts, starts[1:], strict=False)):  # (never seen: the slow way, as written)
        return _text_sections_scan(raw_spans, spans, sections)
    out: list[list[Any]] = []
    for a, z, date, status in sections:
        lo, hi = bisect_left(starts, a), bisect_left(starts, z)
        inside = [spans[k] for k in range(lo, hi) if spans[k][1] > spans[k][0]]
        if inside:
            out.append([inside[0][0], inside[-1][1], date, status])
    return out


def _text_sections_scan(
    raw_spans: list[tuple[int, int]], spans: list[tuple[int, int]], sections: list[list[Any]]
) -> list[list[Any]]:
    out: list[list[Any]] = []
    for a, z, date, status in sections:
        inside = [(s, e) for (ra, _), (s, e) in zip(raw_spans, spans, strict=True) if a <= ra < z and e > s]
        if inside:
            out.append([inside[0][0], inside[-1][1], date, status])
    return out
