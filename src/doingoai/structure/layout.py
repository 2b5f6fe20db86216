"""The layout of a document's lines, decided once before they are joined into blocks: where page
breaks and blank lines fall, whether wrapped lines end with a space and complete ones without (a
PDF text layer's cue), whether blank lines separate paragraphs, and whether every line is a
paragraph of its own (text copied from a DOCX or a web page), where an official document's closing
starts; and :class:`Raw`, a block being laid out (its lines, type and cuts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress, filterfalse

from doingoai.model import BlockType
from doingoai.structure import closing, preamble
from doingoai.structure.footnote_rules import is_rule
from doingoai.structure.lines import Lines, ends_sentence, local_width
from doingoai.structure.page_notes import page_notes
from doingoai.structure.slides import Deck
from doingoai.structure.table_rows import table_rows


@dataclass(slots=True)
class Raw:
    """A block being laid out: its type and its lines (indices into :class:`Lines`)."""

    type: BlockType
    lines: list[int]
    skip: int = 0  # characters of a label to leave out at the start of the first line
    rank: int | None = None  # heading rank (see headings.py); None for unnumbered headings
    caps: bool = False
    level: int | None = None
    lang: str | None = None  # the language a label announces ("Abstract:" -> "en")
    front: bool = False  # a line of front matter above or below the title (kept as it is typed)
    cut: int = 0  # where the block ends in its first line (a column of a two-column line); 0: the line's end
    drops: tuple[tuple[int, int, int], ...] = ()  # (line, start, end) left out: footnote marks (notemarks.py)


@dataclass
class Layout:
    lines: Lines
    soft: set[int]  # lines after a page break or removed running lines
    gap: set[int]  # lines after a blank line that may end a paragraph (not a Word double-spaced export)
    cue: bool  # wrapped lines end with a space, complete lines without
    blank_paragraphs: bool = False  # blank lines separate paragraphs: lines with none between join
    line_paragraphs: bool = False  # one paragraph a line (text copied from DOCX or a web page)
    # lines indented beyond the left margin when the document marks a paragraph's first line so
    # (empty when it does not: indentation then says nothing)
    indent: frozenset[int] = frozenset()
    # an official document's signatures and recipients: (start, end) positions in keep
    closing: list[tuple[int, int]] = field(default_factory=list)
    tables: frozenset[int] = frozenset()  # rows of a table set as text, one block each
    items: frozenset[int] = frozenset()  # lines a page's markup sets as list items (<li>), one block each
    heads: frozenset[int] = frozenset()  # lines a page's markup sets as headings (<h2>–<h6>), one block each
    boxed: frozenset[int] = (
        frozenset()
    )  # lines of a box (a Word table of one cell): body text, never the title
    # notes at the foot of a page, each a list of lines, and the line of body text before them
    notes: list[tuple[int, list[int]]] = field(default_factory=list)
    double: bool = False  # a Word export with a blank line after every line
    # a digest's dated headlines (digest.py): line -> the length of its bullet
    headlines: dict[int, int] = field(default_factory=dict)
    deck: Deck | None = None  # a lecture's slides exported to text (slides.py)


MAX_WRAPPED = 160  # characters of a line wrapped by a Word export (lines longer are paragraphs)


def double_spaced(lines: Lines) -> bool:
    """A Word export with a blank line after every line: single blank lines say nothing."""
    blanks = lines.blanks
    single = blanks.count(1)
    zero = blanks.count(0) - (1 if blanks and blanks[0] == 0 else 0)
    if not (single >= 4 and zero * 6 <= single):
        return False
    # wrapped lines (a paragraph a line, as from HTML, has lines far longer than any wrap width)
    long = sum(len(t) > MAX_WRAPPED for t in lines.texts)
    return long * 10 <= single


def analyse(
    lines: Lines,
    removed: list[int],
    double: bool,
    rows: frozenset[int] = frozenset(),
    stamps: frozenset[int] = frozenset(),
) -> tuple[Layout, list[int]]:
    """The layout of ``lines``; ``rows``: lines the reader knows to be a table's rows (Word, HTML);
    ``stamps``: removed lines that are a stamp note under a signature ("[dấu]", round 208), no page break:
    the blank line after one still parts paragraphs."""
    n = len(lines)
    blanks = lines.blanks
    page_gap = 3 if double else 2
    soft = set(lines.breaks(page_gap))
    gap = set() if double else set(compress(range(n), blanks)) - soft
    if removed:
        removed_set = set(removed)
        keep = list(filterfalse(removed_set.__contains__, range(n)))
        soft.update(i + 1 for i in removed if i + 1 < n and i + 1 not in removed_set and i not in stamps)
        gap -= soft
    else:
        keep = list(range(n))
    texts = lines.texts
    # blank lines separate paragraphs when several follow a sentence end (not only mid-sentence breaks)
    ends = 0
    for i in gap:
        if ends_sentence(texts[i - 1]):
            ends += 1
            if ends == 3:
                break
    blank_paragraphs = ends >= 3
    layout = Layout(lines, soft, gap, _trailing_space_cue(lines, keep), blank_paragraphs, double=double)
    layout.closing = closing.spans(lines, keep, 0)
    # (the signature and recipients are not body lines)
    gone = {i for s, e in layout.closing for i in keep[s:e]}
    body = [i for i in keep if i not in gone] if gone else keep
    if rows:  # (a table's rows are neither paragraphs nor wrapped lines)
        body = [i for i in body if i not in rows]
    layout.line_paragraphs = not layout.cue and _one_paragraph_a_line(lines, body, gone)
    layout.tables = table_rows(lines, body) | rows.intersection(keep)
    ruled = frozenset(i + 1 for i in removed if i + 1 < n and is_rule(texts[i]))  # notes under a rule
    if soft and gap or ruled:
        layout.notes = page_notes(lines, body, soft, gap, layout.cue, ruled)
    if not layout.line_paragraphs:
        layout.indent = first_line_indents(lines, body, gap)
    return layout, keep


def first_line_indents(lines: Lines, keep: list[int], gap: set[int]) -> frozenset[int]:
    """The lines of ``keep`` indented beyond the left margin, when indentation marks the first line
    of a paragraph: such lines open paragraphs (the line before ends a sentence or is a heading: short,
    or after a blank line) and do not go on in lower case. A text indented as a whole (no line beyond
    the margin), ragged margins (indented lines in mid-sentence) and hanging indents (list items'
    wrapped lines) give an empty set."""
    ind = lines.indent
    if len(keep) < 3:
        return frozenset()
    vals = list(map(ind.__getitem__, keep))
    margin = min(vals)
    if max(vals) == margin:
        return frozenset()  # (most documents: nothing beyond the margin)
    texts, lower = lines.texts, lines.lower
    marked = list(compress(range(len(vals)), vals if not margin else [v > margin for v in vals]))
    if len(marked) < 2 or len(marked) == len(keep):
        return frozenset()
    bad = 0
    for k in marked:
        i = keep[k]
        if lower[i]:
            bad += 1
        elif k and i not in gap:
            p = keep[k - 1]
            tp = texts[p]
            if not (ends_sentence(tp) or tp[-1] in ":;" or _standing_alone(lines, keep, k - 1, gap)):
                bad += 1
    if bad * 10 > len(marked):
        return frozenset()
    # flush lines (no blank line before) after a sentence end: few where indents mark paragraphs
    # (a paragraph wrapped right after a full stop), many where a flush text has a few indented
    # quotations or items
    marked_set = set(marked)
    flush = 0
    for k in range(1, len(keep)):
        i = keep[k]
        if k not in marked_set and not lower[i] and i not in gap and ends_sentence(texts[keep[k - 1]]):
            flush += 1
    if flush > len(marked):
        return frozenset()
    return frozenset(keep[k] for k in marked)


def _standing_alone(lines: Lines, keep: list[int], k: int, gap: set[int]) -> bool:
    """Line ``keep[k]`` can be a heading: upper case, no comma or dash at its end, the first line, or
    after a blank line or a sentence end, and shorter than the column."""
    i = keep[k]
    t = lines.texts[i]
    if lines.lower[i] or t[-1] in ",-–" or len(t) >= HEADING_SHARE * local_width(lines, i):
        return False
    return k == 0 or i in gap or ends_sentence(lines.texts[keep[k - 1]])


HEADING_SHARE = 0.85  # a heading is shorter than this share of the column width
LONG_LINE = 60  # characters: lines this long are body text, wrapped or not
# an official document's subject ("Về việc ...", "V/v ...") or a line in brackets under its title
_TITLE_LIKE = re.compile(r"Về\s|V/[vV]\s|\(.*\)$")
MIN_LONG_LINES = 3


def _one_paragraph_a_line(lines: Lines, keep: list[int], gone: set[int]) -> bool:
    """Every line is a paragraph (copied from a DOCX or a web page): no line continues the one before
    in lower case (but "a) ..." items), and nearly all long lines end a sentence (a text wrapped at a
    column ends most lines in mid-sentence). Lines in ``gone`` (signatures, recipients) are left out."""
    lower = lines.lower
    if gone:
        lower = [low and i not in gone for i, low in enumerate(lower)]
    n_lower = lower.count(True)
    if n_lower * 3 > len(keep):
        return False  # (the common case, wrapped text, ends here)
    texts = lines.texts
    if n_lower and any(texts[i][1:2] != ")" for i in compress(range(len(lower)), lower)):
        return False
    long = [t for t in map(texts.__getitem__, keep) if len(t) >= LONG_LINE and not t.isupper()]
    unended = list(filterfalse(ends_sentence, long))  # (a headline, a heading)
    n_long, n_unended = len(long), len(unended)
    if unended:  # lines of a preamble (two columns, a place and date) or a title are not body lines
        markers = sum(1 for t in unended if _TITLE_LIKE.match(t) or preamble.is_marker(t))
        n_long -= markers
        n_unended -= markers
    if n_long < MIN_LONG_LINES and (n_long < 2 or n_unended):
        return False  # (two long lines both ending a sentence, and no line going on in lower case: enough)
    return n_unended <= max(n_long // 10, 1 if n_long > MIN_LONG_LINES else 0)


def _trailing_space_cue(lines: Lines, keep: list[int]) -> bool:
    """Wrapped lines end with a space and some lines (paragraph ends) do not."""
    trail, lower = lines.trail, lines.lower
    if len(keep) < len(trail):
        trail = list(map(trail.__getitem__, keep))
        lower = list(map(lower.__getitem__, keep))
    wrapped = list(compress(trail[:-1], lower[1:]))  # lines followed by one starting in lower case
    complete = len(keep) - sum(trail)
    return len(wrapped) >= 5 and sum(wrapped) >= 0.9 * len(wrapped) and complete >= max(3, 0.03 * len(keep))
