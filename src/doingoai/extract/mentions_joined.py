"""Mentions: two names joined by a hyphen ("Việt Nam-Lào", "quan hệ Việt Nam-Trung Quốc", "ASEAN-Nhật Bản").

The mentions automaton reads a hyphen as joining syllables (a transliteration: "Cam-pu-chia", "Bra-xin", "Ả-rập
Xê-út"), so a name joined to another by a hyphen is no whole word and no mention. A hyphen is taken for a
separator (as an en dash is) only where

* it stands between a letter or digit and a capital letter (a syllable's continuation is lower-case:
  "Cô-oét", "Xin-ga-po"),
* no match of the ordinary pass covers it (a name written with the hyphen, "Guinea-Bissau", "Timor-Leste",
  "Ca-Ta", stays one name), and
* read as a dash, it has a complete gazetteer name ending right before it and another starting right after it.

Only the hyphens that qualify are looked at, each in a window of the text around it, so a text without one costs a
single search for "-" followed by a capital. Used by :func:`doingoai.extract.mentions.mentions_in`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from doingoai.extract.textscan import bmp_text, lower_same_length

_REACH: Final = 80  # how far a window reaches on each side of a hyphen


@lru_cache(maxsize=1)
def _join() -> re.Pattern[str]:
    """A hyphen followed by a capital letter (any script's upper case in the BMP)."""
    upper = "".join(c for c in bmp_text() if c.isupper() and len(c.lower()) == 1)
    return re.compile("-[" + re.escape(upper) + "]")


@lru_cache(maxsize=1)
def _edge_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lower-cased first and last words of the gazetteer's names (both tone-mark conventions): a hyphen with no
    name's last word before it or no name's first word after it needs no second reading."""
    from doingoai.extract import gazetteer
    from doingoai.extract.mentions import tone_variants

    firsts, lasts = set(), set()
    for e in gazetteer.entries().values():
        for n in e.names:
            for v in tone_variants(n.text.lower()):
                words = _WORD.findall(v)
                if words:
                    firsts.add(words[0])
                    lasts.add(words[-1])
    return frozenset(firsts), frozenset(lasts)


_WORD: Final = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_EDGE: Final = 40  # characters of a word (its hyphenated syllables) looked at on each side of a hyphen


def _may_join(low: str, h: int) -> bool:
    """Could a name end right before the hyphen at ``h`` and another start right after it? (the words there, or a
    part of them cut at a hyphen, are a name's last and first words)."""
    firsts, lasts = _edge_words()
    lo = h
    while lo > 0 and h - lo < _EDGE and (low[lo - 1].isalnum() or low[lo - 1] == "-"):
        lo -= 1
    before = low[lo:h].split("-")
    if not any("-".join(before[i:]) in lasts for i in range(len(before))):
        return False
    hi = h + 1
    while hi < len(low) and hi - h < _EDGE and (low[hi].isalnum() or low[hi] == "-"):
        hi += 1
    after = low[h + 1 : hi].split("-")
    return any("-".join(after[: i + 1]) in firsts for i in range(len(after)))


def _covered(found: list[tuple], starts: list[int], h: int) -> bool:
    k = bisect_right(starts, h) - 1
    return k >= 0 and found[k][0] < h < found[k][2]


def _size(row: tuple) -> int:
    return row[1] - row[0]


def _read(
    text: str,
    lo: int,
    hi: int,
    dashes: list[int],
    candidates: Callable[[str, str], list[tuple]],
    longest: Callable[[list[tuple]], list[tuple]],
) -> list[tuple]:
    """The mentions of ``text[lo:hi]`` with the hyphens at ``dashes`` read as dashes (rows relative to ``lo``)."""
    chars = list(text[lo:hi])
    for h in dashes:
        chars[h - lo] = "–"  # (an en dash: both sides are whole words there)
    win = "".join(chars)
    return longest(candidates(win, lower_same_length(win)))


def joined_names(
    text: str,
    low: str,
    found: list[tuple],
    candidates: Callable[[str, str], list[tuple]],
    longest: Callable[[list[tuple]], list[tuple]],
    greedy: Callable[[list[tuple]], list[tuple]],
) -> list[tuple]:
    """``found`` (start, -end, end, code, kind, via rows, leftmost-longest) with the names joined by a hyphen
    added; ``low`` is ``text`` lower-cased, the same length. ``candidates``, ``longest`` (its rows (start, end,
    code, kind, via)) and ``greedy`` (``longest`` with its rows as ``found``'s) are the ordinary pass's own
    (extract/mentions.py)."""
    hyphens = [m.start() for m in _join().finditer(text) if m.start() > 0 and text[m.start() - 1].isalnum()]
    if not hyphens:
        return found
    starts = [f[0] for f in found]
    hyphens = [h for h in hyphens if not _covered(found, starts, h) and _may_join(low, h)]
    if not hyphens:
        return found
    n = len(text)
    extra: list[tuple] = []
    i = 0
    while i < len(hyphens):
        j = i  # the hyphens close enough to share one window
        while j + 1 < len(hyphens) and hyphens[j + 1] - hyphens[j] < _REACH:
            j += 1
        lo = max(0, hyphens[i] - _REACH)
        lo = text.find(" ", lo, hyphens[i]) + 1 if lo > 0 else 0  # (a window opens at a word)
        hi = min(n, hyphens[j] + _REACH)
        if hi < n:
            hi = max(hyphens[j] + 1, text.rfind(" ", hyphens[j], hi))
        group = hyphens[i : j + 1]
        every = _read(text, lo, hi, group, candidates, longest)
        for h in group:
            # each hyphen read as a dash alone too: "Lào-Guinea-Bissau" (the name after it keeps its own hyphen)
            rows = every + _read(text, lo, hi, [h], candidates, longest) if len(group) > 1 else every
            left = max((r for r in rows if r[1] == h - lo and (r[0] > 0 or lo == 0)), key=_size, default=None)
            right = max((r for r in rows if r[0] == h - lo + 1), key=_size, default=None)
            if left is not None and right is not None and (right[1] < hi - lo or hi == n):
                extra += [(r[0] + lo, r[1] + lo, *r[2:]) for r in (left, right)]
        i = j + 1
    if not extra:
        return found
    # leftmost-longest again: "Bắc Ma-xê-đô-ni-a" after "Lào-" replaces the "Ma-xê-đô-ni-a" the ordinary pass read
    return greedy([*found, *[(r[0], -r[1], *r[1:]) for r in dict.fromkeys(extra)]])
