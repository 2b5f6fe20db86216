"""What a question requires of its evidence beyond names and years, and what kind of span it asks for.

* Ordinals: "lần thứ 16", "thứ XVI", "khóa XII", "Đại hội VI", "Trung ương 4", "ASEM 5", "the 16th",
  "fifth". A question about the 16th summit is never answered from a sentence about the 17th, so the
  numbers are required in the evidence like names and years are.
* Deixis: a sentence saying "hai nước" / "hai bên" / "phía bạn" stands for the parties its document
  names just before (or in its title), so it can answer a question naming them.
* Span features the question analysis does not give (yet): a theme or slogan ("chủ đề", "theme"),
  several countries ("những nước nào", "which countries"), a sea area asked for ("vùng biển").

(Question features that belong in doingoai.question; kept here until they move there.)
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
_EN_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip

_ROMAN = r"(?-i:[IVXLC]+)\b"
_VI_WORD = r"(?:một|mốt|nhất|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)"
# "lần thứ 16", "thứ XVI", "thứ mười sáu"
_THU = re.compile(rf"\bthứ\s+(\d{{1,3}}\b|{_ROMAN}|{_VI_WORD}(?:\s+{_VI_WORD}){{0,2}}\b)", re.I)
_ENUMERATOR = re.compile(r"(?:^|[.:;!?\n])\s*$")  # "Thứ hai, ..." opening a clause: "secondly"
# "khóa XII", "Đại hội VI", "Đại hội Đảng VI", "Hội nghị Trung ương 4"
_HEAD = re.compile(
    rf"\b(?:khóa|khoá|Đại hội(?:\s+Đảng)?|Trung ương)\s+(\d{{1,2}}\b(?![/.,]\d)|{_ROMAN})", re.I
)
# "ASEM 5", "SOM 1": an acronym and a small number (not a year, not "12/2023")
_ACRONYM = re.compile(r"\b(?-i:[A-Z][A-Z+]{1,})\s+(\d{1,2})\b(?![/.,:]\d)")
_FIRST = re.compile(r"\blần đầu\b|\bđầu tiên\b", re.I)  # "lần đầu (tiên)", "thành viên đầu tiên": the 1st
_EN_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b(" + "|".join(_EN_WORDS) + r")\b", re.I)


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
    parts = fold(words).split()
    total, current = 0, 0
    for p in parts:
        if p == "muoi":
            total += (current or 1) * 10
            current = 0
        elif p in _VI_DIGITS:
            current = _VI_DIGITS[p]
        else:
            return None
    return total + current or None


def _number(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return _roman(s) if s.isupper() and s.isalpha() and s.isascii() else _vi_number(s)


def ordinals_in(text: str) -> Ordinals:
    """The ordinal numbers ``text`` writes, in any of its ways."""
    found: set[int] = set()
    for pattern in (_THU, _HEAD, _ACRONYM):
        for m in pattern.finditer(text):
            if (
                pattern is _THU
                and text[m.end() :].lstrip().startswith(",")
                and _ENUMERATOR.search(text[: m.start()])
            ):
                continue
            n = _number(m.group(1))
            if n:
                found.add(n)
    if _FIRST.search(text):
        found.add(1)
    for m in _EN_ORDINAL.finditer(text):
        found.add(int(m.group(1)) if m.group(1) else _EN_WORDS[m.group(2).lower()])
    return frozenset(found)


def english_ordinal(word: str) -> int | None:
    """An English ordinal's number: "16th" -> 16, "fifth" -> 5; None for other words."""
    m = _EN_ORDINAL.fullmatch(word)
    if not m:
        return None
    return int(m.group(1)) if m.group(1) else _EN_WORDS[m.group(2).lower()]


def ordinal_forms(n: int) -> tuple[str, ...]:
    """Folded ways a Vietnamese text writes the n-th (for support and search): "thu 16", "thu xvi"."""
    roman = _to_roman(n).lower()
    forms = [f"thu {n}", f"thu {roman}", f"khoa {roman}", f"khoa {n}", str(n)]
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


_ASKS_ORDINAL = re.compile(r"\b(lần thứ|thứ|khóa|khoá|kỳ họp thứ)\s+(?:mấy|bao nhiêu)\b", re.I)


def asks_ordinal(question: str) -> str | None:
    """The head of an ordinal the question asks for ("Khóa mấy" -> "khóa"), or None."""
    m = _ASKS_ORDINAL.search(question)
    return m.group(1).lower().replace("khoá", "khóa") if m else None


def find_ordinal(head: str, sentence: str) -> tuple[str, int, int] | None:
    """Where the sentence writes the ordinal after ``head``: "Khóa 77", "lần thứ hai", "thứ 150"."""
    heads = "khóa|khoá" if head == "khóa" else re.escape(head).replace(r"\ ", r"\s+")
    pattern = rf"\b(?:{heads})\s+(?:\d{{1,3}}\b|{_ROMAN}|{_VI_WORD}(?:\s+{_VI_WORD}){{0,2}}\b)"
    for m in re.finditer(pattern, sentence, re.I):
        if (
            head == "thứ"
            and _ENUMERATOR.search(sentence[: m.start()])
            and sentence[m.end() :].lstrip()[:1] == ","
        ):
            continue  # "Thứ hai, ...": "secondly"
        return m.group(0), m.start(), m.end()
    return None


def ordinals_ok(wanted: Ordinals, sentence: str, passage: str = "") -> bool:
    """Every wanted ordinal is in the sentence; or the sentence writes none and its passage has them."""
    if not wanted:
        return True
    own = ordinals_in(sentence)
    if wanted <= own:
        return True
    return not own and bool(passage) and wanted <= ordinals_in(passage)


# --- deixis -----------------------------------------------------------------------------------
_DEIXIS = re.compile(
    r"\b(?:hai|cả hai|đôi)\s+(?:nước|bên|phía|Đảng|quốc gia|chính phủ)\b|\b(?:phía|nước)\s+bạn\b", re.I
)


def has_deixis(sentence: str) -> bool:
    """The sentence stands for parties named elsewhere ("hai nước", "hai bên", "phía bạn")."""
    return bool(_DEIXIS.search(sentence))


# --- span features ----------------------------------------------------------------------------
_THEME_Q = re.compile(r"\b(?:chủ đề|khẩu hiệu|phương châm|thông điệp|theme|slogan|motto|message)\b", re.I)
THEME_WORDS = re.compile(r"\b(?:chủ đề|khẩu hiệu|phương châm|thông điệp)\b", re.I)
_COUNTRIES_Q = re.compile(
    r"\b(?:(?:những|các)\s+(?:nước|quốc gia|tổ chức)(?:\s+\w+){0,3}?\s+nào|nước nào|quốc gia nào|tổ chức nào"
    r"|which\s+(?:countries|nations|states|organi[sz]ations|country|nation|state|organi[sz]ation)"
    r"|what\s+(?:countries|country|nations|organi[sz]ations?))\b",
    re.I,
)
_PLURAL_Q = re.compile(
    r"\b(?:những|các)\s+(?:nước|quốc gia|tổ chức)(?:\s+\w+){0,3}?\s+nào|\bwhich\s+\w+s\b|\bwhat\s+\w+s\b",
    re.I,
)
_SEA_Q = re.compile(r"\b(?:biển|vịnh|vùng biển|eo biển|sea|gulf|bay|waters|strait)\b", re.I)


_PERIOD_Q = re.compile(
    r"\b(?:nhiệm kỳ|giai đoạn|thời kỳ)\s+nào\b|\b(?:which|what)\s+(?:term|period|tenure)\b", re.I
)


def asks_period(question: str) -> bool:
    """The question asks for a span of years ("nhiệm kỳ nào", "which term")."""
    return bool(_PERIOD_Q.search(question))


def asks_theme(question: str) -> bool:
    return bool(_THEME_Q.search(question))


def mentions_theme(sentence: str) -> bool:
    """The sentence states a theme, slogan or motto ("với chủ đề", "khẩu hiệu")."""
    return bool(THEME_WORDS.search(sentence))


def asks_countries(question: str) -> tuple[bool, bool]:
    """(asks for countries or organisations by name, asks for several of them)."""
    m = _COUNTRIES_Q.search(question)
    return bool(m), bool(m and _PLURAL_Q.search(question))


def asks_sea(question: str) -> bool:
    return bool(_SEA_Q.search(question))


# Cue words of event kinds that doingoai.question does not list (yet): a sentence using them is
# about the asked action too ("kết nạp" is joining, "thông qua" approving).
_MORE_CUES = {
    "membership.join": (" ket nap ", " admit", " tro thanh thanh vien "),
    "agreement.ratify": (" thong qua ",),
    "agreement.sign": (" ky ", " ky ket "),
}


def more_cues(kinds: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` uses one of these extra cue words of ``kinds``."""
    folded = " " + fold(text) + " "
    return any(c in folded for k in kinds for c in _MORE_CUES.get(k, ()))
