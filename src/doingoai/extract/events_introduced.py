"""A foreign leader named again by name alone after the text has given their country (round 139).

A text introduces a leader once with title, country and name ("Tổng thống Hàn Quốc Moon Jae-in", "Thủ tướng
Nhật Bản Shinzo Abe") and later names them by a courtesy word or title and one of the names ("ông Moon thăm
cấp nhà nước Việt Nam", "chuyến thăm Nhật Bản của ông Abe") or the full name without the country. Such a later
naming stands for the country given at the introduction: :func:`introduced_mentions` gives a synthetic mention of
it (kind "person", ``via="anaphora"``; events stage only). A name introduced with two different countries is left
alone, and so is a naming that overlaps a name the gazetteer already reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_officials import FOREIGN_TOKEN
from doingoai.model import Document, Mention

_TITLES: Final = (
    "Tổng thống",
    "Phó Tổng thống",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Ngoại trưởng",
    "Quốc vương",
    "Nhà vua",
    "Nữ hoàng",
    "Chủ tịch",
    "Tổng Bí thư",
    "Thủ tướng Chính phủ",
    "Bộ trưởng Ngoại giao",
)
_TITLE: Final = "(?:" + "|".join(_TITLES) + ")"  # (plain words: no character to escape)
_BEFORE: Final = re.compile(rf"(?<![^\W\d_]){_TITLE} $")
_NAME: Final = re.compile(rf" (?P<name>{FOREIGN_TOKEN}(?: {FOREIGN_TOKEN}){{0,3}})(?![^\W\d_])")
_COURTESY: Final = rf"(?:ông|bà|Ông|Bà|{_TITLE})"
_LETTER: Final = re.compile(r"[^\W\d_]")
# (speed round 27) _BEFORE's titles, each with its space: a match of _BEFORE ends on one of them
_TITLES_SPACED: Final = tuple(t + " " for t in _TITLES)


def titled_before(text: str, start: int) -> bool:
    """``_BEFORE.search(text, max(0, start - 40), start) is not None``: a title and a space end right before
    ``start`` (or right before a line break there, which ``$`` also allows), not preceded by a letter. Found by
    ``str.endswith`` at those one or two places instead of the engine trying the look-behind at every position
    of the window (no title is longer than the window)."""
    lo = max(0, start - 40)
    end = start
    while end >= lo:
        if text.endswith(_TITLES_SPACED, lo, end):
            for t in _TITLES_SPACED:
                s = end - len(t)
                if s >= lo and text.startswith(t, s) and (s == 0 or _LETTER.match(text, s - 1) is None):
                    return True
        if end == start and end > 0 and text[end - 1] == "\n":
            end -= 1
        else:
            break
    return False


def introduced_mentions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Synthetic country mentions for leaders named again after an introduction with their country."""
    text = doc.text
    # a name (full, first or last) -> (country, end of the introduction)
    keys: dict[str, tuple[str, int]] = {}
    clash: set[str] = set()
    for m in mentions:
        if m.kind != "country" or m.via == "anaphora":
            continue
        if not titled_before(text, m.start):
            continue
        n = _NAME.match(text, m.end)
        if n is None:
            continue
        name = n.group("name")
        words = name.split(" ")
        for key in {name, words[0], words[-1]}:
            if len(key) < 3:
                continue
            old = keys.get(key)
            if old is not None and old[0] != m.code:
                clash.add(key)
            elif old is None:
                keys[key] = (m.code, n.end())
    for key in clash:
        keys.pop(key, None)
    if not keys:
        return []
    names = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    # (no look-behind first: the scan keeps the courtesy words' first letters as its prefilter; the letter before
    # a naming is checked after, the search going on from the next character, as the look-behind would)
    later = re.compile(rf"{_COURTESY} (?P<key>{names})(?![^\W\d_-])")
    starts = [m.start for m in mentions]
    out: list[Mention] = []
    pos = 0
    while (x := later.search(text, pos)) is not None:
        if x.start() > 0 and _LETTER.match(text, x.start() - 1):
            pos = x.start() + 1
            continue
        pos = x.end()
        key = x.group("key")
        code, after = keys[key]
        s, e = x.span()
        if s < after:
            continue
        k = bisect_left(starts, s)
        if k > 0 and mentions[k - 1].end > s or k < len(mentions) and mentions[k].start < e:
            continue  # inside a name, or the gazetteer reads a name in it
        out.append(Mention(s, e, code, "person", "anaphora"))
    return out
