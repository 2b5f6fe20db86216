"""Notes at the foot of a page, kept apart from the paragraph running across the page break (read by
:func:`doingoai.structure.layout.analyse`; the walk puts each after the paragraph it interrupts)."""

from __future__ import annotations

from doingoai.structure import headings
from doingoai.structure.lines import Lines, ends_sentence

MAX_NOTE_LINES = 4  # lines of notes at the foot of one page
MAX_HEADING = 50  # characters of a numbered heading over the last paragraph of a page
_NOTE_MARKS = "*†‡¹²³⁴⁵⁶⁷⁸⁹("


def page_notes(
    lines: Lines,
    keep: list[int],
    soft: set[int],
    gap: set[int],
    cue: bool,
    ruled: frozenset[int] = frozenset(),
) -> list[tuple[int, list[int]]]:
    """Notes at the foot of a page ("Ngày nhận bài: ...", "* Viện ..."): a few lines after a blank line,
    just before a page break, while the paragraph above them ends in mid-sentence and goes on after the
    break; or the lines under a footnote rule (``ruled``: the first line after each rule dropped as a
    running line) down to the page break or the document's end. Returns ``(line before the notes,
    [lines of one note, ...])`` for each note."""
    texts, trail = lines.texts, lines.trail
    at = {i: k for k, i in enumerate(keep)}
    out: list[tuple[int, list[int]]] = []
    done: set[int] = set()
    for r in sorted(ruled):  # under a rule: notes, whatever the text around them
        j = at.get(r)
        if j is None or j == 0:
            continue
        k = j + 1  # (the rule had a page break a few lines below it, or only notes to the end)
        while k < len(keep) and keep[k] not in soft:
            k += 1
        _split_notes(texts, keep[j - 1], keep[j:k], out)
        done.add(k)
    for s in sorted(soft):
        k = at.get(s)
        if k is None or k < 2 or k in done or s in ruled:
            continue  # (the line under a rule is no page's top)
        j = k - 1
        while j > 0 and k - j <= MAX_NOTE_LINES and keep[j] not in gap and keep[j] not in soft:
            j -= 1
        if j <= 0 or k - j > MAX_NOTE_LINES:
            continue
        if keep[j] not in gap and not (
            lines.blanks[keep[j]] and not lines.page[keep[j]] and keep[j - 1] == keep[j] - 1
        ):
            continue  # (notes set far below the text, two blank lines or more above them, are notes still)
        before, first, after = keep[j - 1], texts[keep[j]], texts[s]
        tb = texts[before]
        if ends_sentence(tb) or tb[-1] in ":;" or (cue and trail[before]):
            continue  # the paragraph above is complete (or its line was wrapped: a blank line inside it)
        if tb.isupper() or len(tb) <= MAX_HEADING and headings.start_kind(tb) == "heading":
            continue  # a heading above ("II. KẾT-QUẢ"): the lines under it are its paragraph, no notes
        if not (first[0].isupper() or first[0].isdigit() or first[0] in _NOTE_MARKS):
            continue
        if not ends_sentence(texts[keep[k - 1]]) or headings.start_kind(after) is not None:
            continue  # the text after the break does not go on with the paragraph
        _split_notes(texts, before, keep[j:k], out)
    return out


def _split_notes(texts: list[str], before: int, idx: list[int], out: list[tuple[int, list[int]]]) -> None:
    """The lines ``idx`` as notes, each ending where a line ends a sentence, appended to ``out``."""
    note: list[int] = []
    for i in idx:
        note.append(i)
        if ends_sentence(texts[i]):
            out.append((before, note))
            note = []
    if note:
        out.append((before, note))
