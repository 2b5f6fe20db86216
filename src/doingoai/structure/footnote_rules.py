"""Footnote rules: the line of underscores or long dashes that sets a page's notes apart, a note
right after it and a page break a few lines below, or nothing but notes down to the document's end
(endnotes). Dropped with the running lines (:mod:`doingoai.structure.headers`)."""

from __future__ import annotations

import re
from bisect import bisect_right

from doingoai.structure.lines import Lines, ends_sentence
from doingoai.structure.notemarks import has_mark

_RULE_LINE = re.compile(r"_{5,}|—{5,}")
NOTE_AREA = 8  # lines between a footnote rule and the page break below it, at most
_NOTE_START = re.compile(r"^(?:\d{1,3}\.?\s*[^\W\d_]|[*†‡¹²³⁴⁵⁶⁷⁸⁹]|\(\d{1,3}\)|\[\d{1,3}\])")


def is_rule(t: str) -> bool:
    """A line of underscores or long dashes alone (a footnote rule)."""
    return _RULE_LINE.fullmatch(t) is not None


def is_note_start(t: str) -> bool:
    """``t`` opens a note: its number or mark first ("1 Tác giả ...", "2. Xem ...", "* Viện ...")."""
    return _NOTE_START.match(t) is not None


def note_rules(lines: Lines, edge: list[int]) -> list[int]:
    """Footnote rules: a rule line followed by a note, with a page break at most ``NOTE_AREA`` lines
    below, or only notes down to the end. Looked for among the lines ``edge`` (those ending in a
    digit, a bracket or a dash or underscore)."""
    texts = lines.texts
    n = len(texts)
    out: list[int] = []
    breaks: list[int] | None = None
    for k in edge:
        t = texts[k]
        if t[-1] not in "_—" or k >= n - 1 or not is_rule(t) or not is_note_start(texts[k + 1]):
            continue
        if breaks is None:
            breaks = lines.breaks(2)
        b = bisect_right(breaks, k)
        if b < len(breaks) and breaks[b] - k <= NOTE_AREA or b == len(breaks) and _end_notes(texts, k):
            out.append(k)
    return out


MAX_END_NOTES = 120  # lines of notes gathered at the end of a document (a Word export's endnotes)


def _end_notes(texts: list[str], k: int) -> bool:
    """The lines after the rule ``k`` are the document's endnotes: notes down to the end, and when the
    first one opens with a plain number ("1. ...", "1 ..."), its mark glued in the body above (not a
    numbered list set after a rule)."""
    first = texts[k + 1]
    return _notes_to_end(texts, k + 1) and (not first[0].isdigit() or has_mark(texts, k, first))


def _notes_to_end(texts: list[str], k: int) -> bool:
    """Lines ``k`` to the end are notes: each opens one ("[2] ...") or goes on with the one before
    (which does not end a sentence, or the line starts in lower case); the last page's number may
    close them ("72")."""
    if len(texts) - k > MAX_END_NOTES:
        return False
    prev = ""
    end = len(texts) - 1 if texts[-1].isdigit() and len(texts[-1]) <= 4 and len(texts) - 1 > k else len(texts)
    for t in texts[k:end]:
        if not (is_note_start(t) or t[0].islower() or prev and not ends_sentence(prev)):
            return False
        prev = t
    return True
