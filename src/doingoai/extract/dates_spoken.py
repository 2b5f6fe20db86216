"""Dates said in words (round 160): a speech transcript or a video's subtitles write what is spoken,
"ngày mười hai tháng Bảy năm một nghìn chín trăm bảy mươi sáu", "tháng Mười Một năm 2015", "tháng Một năm
2024". The digit patterns of dates.py read only "năm 2015" of these (the month lost) or nothing at all.

Read here: "[ngày <day>] tháng <month in words> năm <year>", the month a word ("Một" … "Mười Hai", "Giêng",
"Chạp", "Tư"), the day and the year in digits or in words ("một nghìn chín trăm chín mươi tám", "hai nghìn
lẻ sáu", "hai không hai tư" is not read). A month in words needs its "năm <year>" after it ("hai tháng một
lần" is no date). Guarded by the text holding "tháng " before a month word at all (one search).
"""

from __future__ import annotations

import re
from typing import Final

_UNITS: Final = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_MONTHS: Final = {
    "giêng": 1,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,
}
_NUM_WORD = r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|linh|lẻ)"
_NUM = rf"{_NUM_WORD}(?:\s+{_NUM_WORD})*"
_SPOKEN: Final = re.compile(
    rf"(?<![\w])(?:ngày\s+(?P<d>\d{{1,2}}|{_NUM})\s+)?tháng\s+"
    r"(?P<m>mười\s+một|mười\s+hai|mười|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)"
    rf"\s*,?\s+năm\s+(?P<y>\d{{4}}(?!\d)|{_NUM})(?![\w])"
)
# (a month in words: the digit forms are dates.py's)
_GUARD: Final = re.compile(
    r"tháng\s+(?:mười|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)\s+(?:\w+\s+)?năm\s"
)


def number_words(words: str) -> int:
    """The value of a number said in words ("một nghìn chín trăm bảy mươi sáu" -> 1976, "hai nghìn lẻ
    sáu" -> 2006, "mười hai" -> 12, "hai mươi mốt" -> 21); -1 when the words make no number."""
    total = 0
    group = 0  # below a thousand
    tens_or_units = 0
    for w in words.split():
        if w in ("nghìn", "ngàn"):
            group += tens_or_units
            total += (group or 1) * 1000
            group = tens_or_units = 0
        elif w == "trăm":
            if not 0 < tens_or_units < 10:
                if tens_or_units != 0:
                    return -1
            group += tens_or_units * 100
            tens_or_units = 0
        elif w == "mười":
            tens_or_units += 10
        elif w == "mươi":
            if not 1 < tens_or_units < 10:
                return -1
            tens_or_units *= 10
        elif w in ("linh", "lẻ"):
            continue
        elif w in _UNITS:
            u = _UNITS[w]
            if tens_or_units % 10:  # two units running: no number said so
                return -1
            tens_or_units += u
        else:
            return -1
    return total + group + tens_or_units


def count_word(word: str) -> int:
    """(code 23) A count written in digits or in words ("3", "ba", "mười hai"), else 0 ("vài", no number): the
    counts of dates_counted ("Ba năm sau, ...") read by :func:`number_words`, the one reader of number words."""
    if word.isdigit():
        return int(word)
    return max(number_words(word), 0)


def spoken_dates(low: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, ISO value) of the dates said in words in ``low[start:end]`` (lower-cased text)."""
    if _GUARD.search(low, start, end) is None:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _SPOKEN.finditer(low, start, end):
        month = _MONTHS.get(" ".join(m["m"].split()), 0)
        y = m["y"]
        year = int(y) if y.isdigit() else number_words(y)
        if not 1000 <= year <= 2100 or not month:
            continue
        if m["d"] is None:
            out.append((m.start(), m.end(), f"{year:04d}-{month:02d}"))
            continue
        day = int(m["d"]) if m["d"].isdigit() else number_words(m["d"])
        if not 1 <= day <= 31:
            out.append((low.rfind("tháng", m.start(), m.start("m")), m.end(), f"{year:04d}-{month:02d}"))
            continue
        out.append((m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}"))
    return out
