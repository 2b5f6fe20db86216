"""Whether one of a few fixed words occurs inside a range of a document, answered from the words' positions.

A rule that asks ``any(text.find(w, lo, hi) >= 0 for w in words)`` for every trigger of a document makes one
``str.find`` per word and per trigger, and in pure Python a generator frame per call; most answers are "no".
:func:`occurs_within` gives the same answer from the places the words occur in the document, found once per
document and word list (a ``str.find`` loop per word, kept for the last few texts: the text looked up by identity,
the words by equality), with one bisect per call (speed round 11, docs/decisions.md).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from doingoai.extract.textscan import find_all

MIN_LENGTH: Final = 1000  # shorter texts are searched directly (the positions would cost more than they save)

# the last (text, words, starts, ends): every occurrence of every word, by start (ends beside them)
_KEPT: list[tuple[str, tuple[str, ...], list[int], list[int]]] = []
_KEEP: Final = 8


def occurrences(text: str, words: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """The starts (ascending) and ends of every occurrence of every word of ``words`` in ``text``
    (overlapping occurrences included)."""
    for t, ws, starts, ends in _KEPT:
        # (the words equal, not the same object: mypyc boxes a module's constant tuple anew for each call)
        if t is text and ws == words:
            return starts, ends
    spans: list[tuple[int, int]] = []
    for w in words:
        k = len(w)
        spans += [(i, i + k) for i in find_all(text, w)]
    spans.sort()
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    _KEPT[:] = [(text, words, starts, ends), *_KEPT[: _KEEP - 1]]
    return starts, ends


def occurs_within(text: str, words: tuple[str, ...], lo: int, hi: int) -> bool:
    """``any(text.find(w, lo, hi) >= 0 for w in words)`` for non-empty ``words`` and ``0 <= lo``, ``0 <= hi``
    (anything else is searched directly)."""
    if len(text) < MIN_LENGTH or lo < 0 or hi < 0 or not all(words):
        return any(text.find(w, lo, hi) >= 0 for w in words)
    starts, ends = occurrences(text, words)
    i = bisect_left(starts, lo)
    n = len(starts)
    while i < n and starts[i] < hi:
        if ends[i] <= hi:
            return True
        i += 1
    return False
