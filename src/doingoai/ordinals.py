"""Ordinal numbers in Vietnamese and English text: "lần thứ 16", "thứ XVI", "khóa XII", "Đại hội
VI", "Trung ương 4", "ASEM 5", "the 16th", "fifth".

Read by the question analysis (:mod:`doingoai.question`: the ordinals a question requires) and by
the answer stage (the ordinals an evidence sentence writes); it depends on nothing but folding.
"""

from __future__ import annotations

import re

from doingoai.fold import fold

Ordinals = frozenset[int]

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_VI_DIGITS = {
    "mot": 1, "nhat": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5,
    "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}  # fmt: skip
EN_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip

ROMAN = r"(?-i:[IVXLC]+)\b"
VI_WORD = r"(?:một|mốt|nhất|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)"
# the words that, right before "hai", make it part of a larger number ("mười hai" 12, "hai mươi hai" 22, "một trăm
# linh hai" 102): "mười hai bên" is twelve parties, not "hai bên", the pair; "năm" is left out ("trong năm hai nước
# ..." is the year), as is "lẻ" ("thị trường bán lẻ hai nước")
_TENS_AND_UP = ("mười", "mươi", "trăm", "linh", "nghìn", "ngàn", "vạn", "triệu")
NOT_IN_NUMBER = "".join(rf"(?<!\b{w} )(?<!\b{w.capitalize()} )" for w in _TENS_AND_UP)  # (a regex's opening)
# a number word's next word: never "năm", the year ("lần thứ hai năm 2017"; 15 is "mười lăm")
VI_NEXT = r"(?:\s+(?:một|mốt|hai|ba|bốn|tư|lăm|sáu|bảy|tám|chín|mười|mươi)\b){0,2}"
# "lần thứ 16", "thứ XVI", "thứ mười sáu"
_THU = re.compile(rf"\bthứ\s+(\d{{1,3}}\b|{ROMAN}|{VI_WORD}\b{VI_NEXT})", re.I)
ENUMERATOR = re.compile(r"(?:^|[.:;!?\n])\s*$")  # "Thứ hai, ..." opening a clause: "secondly"
# "khóa XII", "Đại hội VI", "Đại hội Đảng VI", "Hội nghị Trung ương 4"
_HEAD = re.compile(
    rf"\b(?:khóa|khoá|Đại hội(?:\s+Đảng)?|Trung ương)\s+(\d{{1,2}}\b(?![/.,]\d)|{ROMAN})", re.I
)
# "ASEM 5", "SOM 1": an acronym and a small number (not a year, not "12/2023"; not a span of time counted
# after it: "kim ngạch Việt Nam – EAEU 6 tháng đầu năm", "vốn ODA 9 tháng" are no 6th or 9th)
_ACRONYM = re.compile(
    r"\b(?-i:[A-Z][A-Z+]{1,})\s+(\d{1,2})\b(?![/.,:]\d)(?!\s+(?:tháng|năm|ngày|tuần|quý|months?|years?|days?|weeks?)\b)"
)
_FIRST = re.compile(r"\blần đầu\b|\bđầu tiên\b", re.I)  # "lần đầu (tiên)", "thành viên đầu tiên": the 1st
# "the first half of 2025", "the first six months": a part of the year ("6 tháng đầu năm"), no 1st
_EN_PERIOD = re.compile(r"\bfirst\s+(?:half|(?:\w+\s+)?months)\b", re.I)
_EN_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b(" + "|".join(EN_WORDS) + r")\b", re.I)


def _roman(s: str) -> int | None:
    if not re.fullmatch(r"C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", s) or not s:
        return None
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    return total


def _vi_number(words: str) -> int | None:
    """Vietnamese number words as a number: "mười sáu" -> 16, "hai mươi mốt" -> 21, "năm" -> 5."""
    total, current = 0, 0
    for p in fold(words).split():
        if p == "muoi":
            total += (current or 1) * 10
            current = 0
        elif p in _VI_DIGITS and not current:
            current = _VI_DIGITS[p]
        else:
            return None
    return total + current or None


def _number(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return _roman(s) if s.isupper() and s.isalpha() and s.isascii() else _vi_number(s)


def ordinals_in(text: str) -> Ordinals:
    """The ordinal numbers ``text`` writes, in any of its ways ("lần đầu" and "first" are the 1st)."""
    found: set[int] = set()
    for pattern in (_THU, _HEAD, _ACRONYM):
        for m in pattern.finditer(text):
            if (
                pattern is _THU
                and text[m.end() :].lstrip().startswith(",")
                and ENUMERATOR.search(text[: m.start()])
            ):
                continue
            n = _number(m.group(1))
            if n:
                found.add(n)
    if _FIRST.search(text):
        found.add(1)
    for m in _EN_ORDINAL.finditer(text):
        if m.group(2) and _EN_PERIOD.match(text, m.start()):
            continue
        found.add(int(m.group(1)) if m.group(1) else EN_WORDS[m.group(2).lower()])
    return frozenset(found)


def english_ordinal(word: str) -> int | None:
    """An English ordinal's number: "16th" -> 16, "fifth" -> 5; None for other words."""
    m = _EN_ORDINAL.fullmatch(word)
    if not m:
        return None
    return int(m.group(1)) if m.group(1) else EN_WORDS[m.group(2).lower()]


def ordinal_forms(n: int) -> tuple[str, ...]:
    """Folded ways a Vietnamese text writes the n-th (for support and search): "thu 16", "thu xvi"."""
    roman = _to_roman(n).lower()
    forms = [f"thu {n}", f"thu {roman}", f"khoa {roman}", f"khoa {n}", str(n)]
    if n <= 4:  # "the third quarter": "quý III"
        forms.append(f"quy {roman}")
    if n < 100:
        forms.append("thu " + _vi_words(n))
    return tuple(dict.fromkeys(forms))


_ROMAN_STEPS = tuple(zip((100, 90, 50, 40, 10, 9, 5, 4, 1), "C XC L XL X IX V IV I".split(), strict=True))


def _to_roman(n: int) -> str:
    out = ""
    for v, s in _ROMAN_STEPS:
        while n >= v:
            out, n = out + s, n - v
    return out


def _vi_words(n: int) -> str:
    names = ["", "nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin"]
    tens, unit = divmod(n, 10)
    if not tens:
        return names[unit]
    head = "muoi" if tens == 1 else names[tens] + " muoi"
    tail = {0: "", 1: " mot", 4: " tu" if tens > 1 else " bon", 5: " lam"}.get(unit, " " + names[unit])
    return head + tail
