"""A news item's dateline (round 135): "Mát-xcơ-va, 9/7 – Thủ tướng ... kết thúc chuyến thăm Nga", "Hà Nội,
12/12 (TTXVN) – ...": the day and month after a short capitalised place name that opens its line, then a dash;
the day of what the item tells, its year the document's (as "Chiều 7/10": :mod:`doingoai.extract.dates`).

A day-month after any comma is no date ("tỷ lệ 3/4, ...", "Theo đó, 3/4 – ..."): only a place name of one to
five words, each capitalised, alone before the comma on its line, makes a dateline.
"""

from __future__ import annotations

import re
from typing import Final

_WORD: Final = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
# what follows a dateline's day-month: an optional source in brackets, then a dash ("10/7 (TTXVN) – ")
DATELINE_TAIL: Final = r"\s*(?:\([^()\n]{1,30}\)\s*)?[–—-]\s"
_LINE: Final = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,4}}),[ \t]*(?P<d>\d{{1,2}})\s*/\s*\d{{1,2}}"
    + DATELINE_TAIL
)


def _capitalised(place: str) -> bool:
    return all(w[0].isupper() for w in place.split())


def dateline(text: str, s: int) -> bool:
    """Does the day-month at ``s`` in ``text`` stand in a dateline (a place name opening its line, a comma)?"""
    line = text.rfind("\n", 0, s) + 1
    m = _LINE.match(text, line)
    return m is not None and m.start("d") == s and _capitalised(m["place"])


def dateline_starts(text: str, start: int, end: int) -> list[int]:
    """Where the day of each dateline in ``text[start:end]`` starts.

    (Speed round 26) What ``_LINE.finditer(text, start, end)`` gives (:func:`_dateline_starts_rx`), tried only at
    the lines' starts: the pattern opens with ``(?m)^``, which holds only at 0 and right after a "\n" (the
    engine's line break; a ``pos`` elsewhere is no line start), so the scan's attempt at every other position
    fails there; a match never empty, the next is looked for from its end, as ``finditer`` does."""
    if text.find(",", start, end) < 0:  # (no slice copied)
        return []
    out: list[int] = []
    if start == 0 or text[start - 1] == "\n":
        p = start
    else:
        j = text.find("\n", start, end)
        p = j + 1 if j >= 0 else -1
    while 0 <= p < end:
        # (speed round 27) a match holds a comma on the line it opens (a place's words and the spaces between them
        # cross no line): none from here without one; the lines before the next comma's line hold none
        c = text.find(",", p, end)
        if c < 0:
            break
        j = text.rfind("\n", p, c)
        if j >= 0:
            p = j + 1
        m = _LINE.match(text, p, end)
        if m is not None:
            if _capitalised(m["place"]):
                out.append(m.start("d"))
            p = m.end()
            if text[p - 1] == "\n":  # (a match ending with its line's break: the next line starts there)
                continue
        j = text.find("\n", p, end)
        p = j + 1 if j >= 0 else -1
    return out


def _dateline_starts_rx(text: str, start: int, end: int) -> list[int]:
    """:func:`dateline_starts` before speed round 26 (the regex's own scan; kept for the test)."""
    if text.find(",", start, end) < 0:
        return []
    return [m.start("d") for m in _LINE.finditer(text, start, end) if _capitalised(m["place"])]
