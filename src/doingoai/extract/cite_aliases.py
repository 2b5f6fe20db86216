"""Abbreviations a document defines in its text: "chủ nghĩa xã hội (CNXH)", "Liên Hợp Quốc (LHQ)",
"Hội đồng Tương trợ Kinh tế (SEV)", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam [BCHTW]", and
"Đảng Cộng sản Việt Nam (ĐCSVN, 2016)" (initials only, step 1, when a year follows).

The full name is the words just before the parenthesis, chosen in this order:
1. the shortest run of words whose initials spell the abbreviation ("chủ nghĩa xã hội" -> CNXH;
   "Đ" may stand as D, "ương" of "Trung ương" as W, function words such as "và", "of" may be skipped);
2. a run whose first words spell it, followed by a qualifier ("Ban Chấp hành Trung ương Đảng ..." -> BCHTW);
3. from the farthest institutional head word ("Hội đồng", "Hiệp định", "Tổ chức", ...) with no verb
   or pronoun after it, for abbreviations from another language (SEV, CPTPP, WTO, RCEP);
4. a run of capitalised words ("Hoa Kỳ (USA)"), at least two words long.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice
from typing import Final

from doingoai.extract.textscan import matches_at

# defined in the text: "X (ABBR)", "X [ABBR]", "X (viết tắt là ABBR)"
_DEF: Final = re.compile(
    r"[(\[]\s*(?:(?:gọi|viết)\s+tắt(?:\s+là)?\s*:?\s*|tên\s+viết\s+tắt\s*:?\s*|tiếng\s+Anh\s*:?\s*)?"
    r"(?P<abbr>[A-ZĐ][A-ZĐ0-9&-]{1,11})\s*(?P<end>[)\]]|,\s*(?:1[5-9]|20)\d\d)"
)
_ROMAN: Final = re.compile(r"[IVXLCDM]+")
_BOUNDARY: Final = re.compile(r"[,.;:!?“”\"«»()\[\]\n]")
_LAST_BOUNDARY: Final = re.compile(r"[,.;:!?“”\"«»()\[\]\n][^,.;:!?“”\"«»()\[\]\n]*\Z")
_WORD: Final = re.compile(r"[^\W\d_]+")
WINDOW: Final = 250  # characters looked at before the parenthesis
MAX_WORDS: Final = 14
_STOP: Final = frozenset("và của về cho các những với trong the of and for on in de des la le du et".split())
# words never inside a name: "Đảng ta chủ trương tham gia Diễn đàn ... (APEC)" starts at "Diễn đàn"
_BREAK: Final = frozenset(
    "là đã đang sẽ được bị ký tham nhập trì ta này đó khi thì mà nhưng cũng vẫn rất có không chưa".split()
)
_HEADS: Final = tuple(
    h.split()
    for h in (
        "Hội đồng|Hiệp định|Hiệp ước|Hiệp hội|Hòa ước|Hoà ước|Công ước|Hiến chương|Liên minh|Liên Hợp Quốc|"
        "Liên hợp quốc|Tổ chức|Diễn đàn|Ngân hàng|Quỹ|Chương trình|Mặt trận|Ủy ban|Uỷ ban|Tòa án|Toà án|Cộng đồng|"
        "Hội nghị|Văn phòng|Viện|Trung tâm|Cơ quan|Chính phủ|Quốc hội|Học viện|Đại học|Tổng cục|Cục|Phong trào|"
        "Tuyên bố|Nghị quyết|Chỉ thị|Cơ chế|Sáng kiến|Nhóm|Thỏa thuận|Thoả thuận|Ban|Bộ|Đảng|Nhà xuất bản|Khu vực"
    ).split("|")
)

_HEAD_FIRST: Final = frozenset(h[0] for h in _HEADS)
_HEADS_BY_FIRST: Final = {
    w: tuple(h for h in _HEADS if h[0] == w) for w in _HEAD_FIRST
}  # the heads in _HEADS order

# Well-known abbreviations of Vietnamese authors, used only when a document does not define them.
KNOWN: dict[str, str] = {
    "ĐCSVN": "Đảng Cộng sản Việt Nam",
    "ĐCS VN": "Đảng Cộng sản Việt Nam",
    "BCHTW": "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
    "BCT": "Bộ Chính trị",
    "BBT": "Ban Bí thư",
    "BNG": "Bộ Ngoại giao",
    "BTGTW": "Ban Tuyên giáo Trung ương",
    "BĐNTW": "Ban Đối ngoại Trung ương",
    "LHQ": "Liên Hợp Quốc",
}


@lru_cache(maxsize=4096)
def _initials(word: str) -> frozenset[str]:
    up = word[0].upper()
    opts = {up, unicodedata.normalize("NFD", up)[0]}
    if up == "Đ":
        opts.add("D")
    if word.lower() == "ương":  # "TW" for "Trung ương"
        opts.add("W")
    return frozenset(opts)


def _spells(words: list[str], letters: str, whole: bool) -> bool:
    """Do ``words`` (all of them when ``whole``, else a prefix) spell ``letters`` by their initials?"""

    def go(i: int, j: int) -> bool:
        if j == len(letters):
            return i == len(words) or not whole
        if i == len(words):
            return False
        if letters[j] in _initials(words[i]) and go(i + 1, j + 1):
            return True
        return j > 0 and words[i].lower() in _STOP and go(i + 1, j)

    return go(0, 0)


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _last_words(window: str) -> list[tuple[int, int]]:
    """The spans of the last MAX_WORDS words after the last boundary (_LAST_BOUNDARY) of ``window``, in reading
    order: found from the end, so the words before them are never scanned."""
    w = len(window)
    rev = window[::-1]
    last = _BOUNDARY.search(rev)
    cut = w - last.start() if last else 0
    found = list(islice(_WORD.finditer(rev, 0, w - cut), MAX_WORDS))
    return [(w - m.end(), w - m.start()) for m in reversed(found)]


def expand(text: str, pos: int, abbr: str, strict: bool = False) -> str | None:
    """The full name that ends just before ``pos`` (the opening parenthesis) and ``abbr`` stands for.

    ``strict``: only a name whose initials spell ``abbr`` exactly (step 1).
    """
    lo = max(0, pos - WINDOW)
    window = text[lo:pos]
    words = _last_words(window)
    if not words or window[words[-1][1] :].strip(" \t-–—"):
        return None
    toks = [window[s:e] for s, e in words]
    letters = abbr.upper()
    if not letters.isalpha():
        letters = "".join(c for c in letters if c.isalpha())
    n = len(toks)
    start = None
    first = letters[:1]
    for k in range(
        n - len(letters), -1, -1
    ):  # 1. exact initials, shortest first (a word per letter at least)
        if first in _initials(toks[k]) and _spells(toks[k:], letters, whole=True):
            start = k
            break
    if strict:
        return text[lo + words[start][0] : lo + words[-1][1]] if start is not None else None
    if start is None and len(letters) >= 3:  # 2. initials then a qualifier
        for k in range(n - 1, -1, -1):
            if (
                n - k <= len(letters) + 7
                and _capitalised(toks[k])
                and first in _initials(toks[k])
                and _spells(toks[k:], letters, whole=False)
            ):
                start = k
                break
    if start is None:  # 3. the farthest institutional head word with no verb or pronoun after it
        for k in range(n):
            if (
                toks[k] in _HEAD_FIRST
                and any(toks[k : k + len(h)] == h for h in _HEADS_BY_FIRST[toks[k]])
                and not any(t in _BREAK for t in toks[k + 1 :])
            ):
                start = k
                break
    if start is None:  # 4. capitalised words, a lower-case syllable only right after a capitalised one
        k = n - 1
        while k > 0 and (_capitalised(toks[k - 1]) or (k >= 2 and _capitalised(toks[k - 2]))):
            k -= 1
        while k < n and not _capitalised(toks[k]):
            k += 1
        if n - k >= 2:
            start = k
    if start is None:
        return None
    return text[lo + words[start][0] : lo + words[-1][1]]


def text_aliases(text: str) -> dict[str, str]:
    """Abbreviation -> full name for every definition in ``text`` (the first definition wins)."""
    out: dict[str, str] = {}
    if "(" not in text and "[" not in text:
        return out
    for m in matches_at(text, _DEF, ("(", "[")):
        abbr = m.group("abbr")
        if (
            abbr in out
            or _ROMAN.fullmatch(abbr)
            or (len(abbr) if abbr.isalpha() else sum(c.isalpha() for c in abbr)) < 2
        ):
            continue
        # "(ĐCSVN, 2016, tr. 5)" right after "Đảng Cộng sản Việt Nam": a citation that also defines
        full = expand(text, m.start(), abbr, strict=m.group("end")[0] == ",")
        if full and len(full) > len(abbr):
            out[abbr] = re.sub(r"\s+", " ", full)
    return out


# Places are not authors: "(Lào, 1977; Liên Xô, 1978)" lists treaties, not works. Countries and cities come from
# the gazetteer (its countries, and its places: data/curated_places.tsv); here the regions it has no entry for.
_PLACES: Final = frozenset(
    "Việt Nam Dân chủ Cộng hoà|Đông Dương|Đông Nam Á|Đông Á|Nam Á|Trung Đông|châu Âu|"
    "châu Á|châu Phi|châu Mỹ|Mỹ Latinh|"
    # world regions (as CLDR names them)
    "Châu Á|Châu Âu|Châu Phi|Châu Mỹ|Châu Đại Dương|châu Đại Dương|Bắc Mỹ|Nam Mỹ|Trung Mỹ|Mỹ La-tinh|Châu Mỹ La-tinh|"
    "Bắc Âu|Nam Âu|Tây Âu|Đông Âu|Trung Á|Tây Á|Bắc Phi|Tây Phi|Trung Phi|Đông Phi|Nam Phi|Ca-ri-bê|Thế giới|Nam Cực|"
    "Africa|Asia|Europe|Americas|North America|South America|Latin America|Central America|Oceania|Southeast Asia|"
    "East Asia|Eastern Asia|Eastern Europe|Western Europe|Central Asia|Caribbean|Middle East|Antarctica".split(
        "|"
    )
)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The regions above, every country name the gazetteer knows (Vietnamese and English: CLDR, pycountry and
    curated names, built into data/gazetteer.json) and its places' names (cities, provinces; not a name it
    qualifies, "~Đông Hưng", which a Vietnamese place or word shares), so Babel is not needed at run time."""
    from doingoai.extract import gazetteer

    names = set(_PLACES)
    for e in gazetteer.entries().values():
        if e.kind == "country":
            names.update(n.text for n in e.names if n.type != "deixis")
    for e in gazetteer.places().values():
        names.update(n.text for n in e.names if n.type != "qualified")
    return frozenset(names)


def is_place(name: str) -> bool:
    """Is ``name`` a country or a well-known place (Vietnamese or English name)?"""
    return name in _countries()
