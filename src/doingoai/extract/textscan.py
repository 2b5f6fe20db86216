"""Shared low-level text scanning for the extraction stages.

* :func:`lower_same_length`: a document's lower-cased text (same length, so offsets carry over), made
  once and shared by mentions, dates and events.
* :func:`matches_at` / :func:`spans_at`: what ``rx.finditer`` gives for a pattern whose matches start
  with one of a few fixed strings, found with ``str.find`` first: over a whole document that is many
  times faster than the regex engine's own scan for a leading character class.
"""

from __future__ import annotations

import re


def matches_at(
    text: str, rx: re.Pattern[str], firsts: tuple[str, ...], start: int = 0, end: int | None = None
) -> list[re.Match[str]]:
    """The matches ``rx.finditer(text, start, end)`` gives, for a pattern whose every match starts with one
    of ``firsts``: those are found with ``str.find`` (far faster than the engine's scan over a whole
    document) and the pattern is tried only there; leftmost, non-overlapping, as ``finditer``."""
    end = len(text) if end is None else end
    found: list[re.Match[str]] = []
    for first in firsts:
        i = text.find(first, start, end)
        while i >= 0:
            m = rx.match(text, i, end)
            if m is not None and m.end() > i:
                found.append(m)
                i = text.find(first, m.end(), end)
            else:
                i = text.find(first, i + 1, end)
    if len(firsts) > 1:
        found.sort(key=lambda m: m.start())
        kept: list[re.Match[str]] = []
        last = -1
        for m in found:
            if m.start() >= last:
                kept.append(m)
                last = m.end()
        found = kept
    return found


def spans_at(
    text: str, rx: re.Pattern[str], firsts: tuple[str, ...], start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """:func:`matches_at` as spans."""
    return [m.span() for m in matches_at(text, rx, firsts, start, end)]


_LOWERED: list[tuple[str, str]] = []  # the last documents' texts and their lower case (by identity)


def lower_same_length(text: str) -> str:
    """``text`` lower-cased with the same length (offsets carry over). Mentions, dates and events all
    match on it: a document's lowered text is kept for the next stage (looked up by identity)."""
    for t, low in _LOWERED:
        if t is text:
            return low
    low = text.lower()
    if len(low) != len(text):  # rare: "İ" lowers to two characters
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if len(text) >= 1000:
        _LOWERED[:] = [(text, low), *_LOWERED[:1]]
    return low


# characters that match a Latin letter under re.IGNORECASE without lower-casing to it ("ı" ~ "i", "ſ" ~ "s")
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u1e9b\u212a\u212b]")
_TWINS: dict[re.Pattern[str], re.Pattern[str]] = {}


def search_ci(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``rx.search(text)`` for a case-insensitive ``rx`` of lower-case words. The engine's case folding makes
    that several times slower than the same pattern on the lower-cased text, so that is tried first and ``rx``
    runs only where it can match (or where a letter lower-cases to something else than it folds to)."""
    twin = _TWINS.get(rx)
    if twin is None:
        twin = _TWINS[rx] = re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)
    if twin.search(text.lower()) is None and _ODD_CASE.search(text) is None:
        return None
    return rx.search(text)
