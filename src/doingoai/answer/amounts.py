"""Amounts by what they count: the question's unit ("bao nhiêu nước đối tác", "how many partner
countries") and the amounts a sentence writes before it, in figures ("54 thành viên") or in words
("tám nước đối tác", "mười hai nước").

Read by :func:`doingoai.answer.extractors.find_number`: of several amounts, those followed by more
of the question's unit words win ("tám nước đối tác" over "mười nước ASEAN"), and an amount in words
counts only where a unit word of the question follows it (so "năm" the year, "một số", "Ba Lan"
are never amounts), and a lone "một" read as the article "a" ("là một đối tác") is none.
"""

from __future__ import annotations

import re

from doingoai.answer.lexicon import EN_VI
from doingoai.fold import fold

# "tám", "mười hai", "hai mươi mốt", "một trăm": Vietnamese amounts in words
_DIGIT = r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
_NEXT = r"(?:\s+(?:mốt|một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn))"
WORDS = re.compile(rf"(?<!\w){_DIGIT}{_NEXT}{{0,3}}(?!\w)", re.I)

_VI_UNIT = re.compile(r"\b(?:bao nhiêu|mấy)\s+((?:[^\W\d_]+\s*){1,5})", re.I)
_EN_UNIT = re.compile(r"\bhow many\s+((?:[^\W\d_]+\s*){1,3})", re.I)
# words that end the unit: a verb or a particle after the counted noun ("nước tham dự", "gia nhập")
_VI_STOP = frozenset("là được có đã đang sẽ trong khi và thì của ký tới đến ở tại dự vào cho với từ".split())
_VI_STOP2 = frozenset({"tham dự", "tham gia", "tổ chức", "gia nhập", "đăng cai"})
_EN_STOP = frozenset("did do does have has had are were is was will the a an of in at to".split())
_EN_UNITS = {  # English counted nouns the lexicon does not hold
    "countries": ("nước", "quốc gia"),
    "country": ("nước", "quốc gia"),
    "nations": ("nước", "quốc gia"),
    "states": ("nước", "quốc gia"),
    "members": ("thành viên",),
    "people": ("người",),
    "persons": ("người",),
    "times": ("lần",),
    "years": ("năm",),
    "days": ("ngày",),
    "delegates": ("đại biểu",),
    "partners": ("đối tác",),
    "projects": ("dự án",),
    "agreements": ("hiệp định",),
    "documents": ("văn kiện",),
    "organisations": ("tổ chức",),
    "organizations": ("tổ chức",),
    "seats": ("ghế",),
    "officers": ("sĩ quan",),
    "soldiers": ("chiến sĩ", "quân nhân"),
    "students": ("sinh viên",),
}


def unit_words(question: str) -> tuple[str, ...]:
    """The folded words of what the question counts: "bao nhiêu nước đối tác tham dự" -> ("nuoc",
    "doi", "tac"); "how many partner countries" -> the Vietnamese words of "partner" and
    "countries"; () when it names none."""
    m = _VI_UNIT.search(question)
    if m:
        out: list[str] = []
        said = m.group(1).split()
        for i, w in enumerate(said):
            pair = " ".join(said[i : i + 2]).lower()
            if w.lower() in _VI_STOP or pair in _VI_STOP2 or (out and w[:1].isupper()):
                break
            out.append(fold(w))
        return _with_synonyms(tuple(out))
    m = _EN_UNIT.search(question)
    if not m:
        return ()
    out = []
    for said in m.group(1).split():  # "partner countries": modifiers, then the counted noun
        w = said.lower()
        if w in _EN_STOP:
            break
        if said[:1].isupper() and not out and w not in _EN_UNITS and w not in EN_VI:
            continue  # a nationality before the noun ("How many Uzbek students"): no unit word
        vi = _EN_UNITS.get(w) or EN_VI.get(w) or EN_VI.get(w.rstrip("s")) or ()
        out.extend(s for v in vi for s in fold(v).split())
        if w in _EN_UNITS or not out:
            break  # the noun ends the unit ("nations attended": not "attended")
    return _with_synonyms(tuple(dict.fromkeys(out)))


def _with_synonyms(unit: tuple[str, ...]) -> tuple[str, ...]:
    """The unit with "quốc gia" for "nước" and back ("bao nhiêu nước" / "mười sáu quốc gia")."""
    if "nuoc" in unit and "quoc" not in unit:
        return (*unit, "quoc", "gia")
    if "quoc" in unit and "gia" in unit and "nuoc" not in unit:
        return (*unit, "nuoc")
    return unit


_FOLLOWING = re.compile(r"\s*((?:[^\W\d_]+\s*){1,3})")


def unit_score(unit: tuple[str, ...], sentence: str, end: int) -> int:
    """How many of the question's unit words the words right after an amount write, running on
    ("tám nước đối tác": 3 for ("nuoc", "doi", "tac"); "mười nước ASEAN": 1); 0 when the counted
    noun does not follow it."""
    if not unit:
        return 0
    m = _FOLLOWING.match(sentence, end)
    if not m:
        return 0
    after = fold(m.group(1)).split()
    if not after or after[0] not in unit:
        return 0  # the counted noun comes right after the amount
    n = 1  # the unit's words running on ("nước đối tác", whatever order "partner countries" gave)
    while n < len(after) and after[n] in unit and after[n] not in after[:n]:
        n += 1
    return n


# a lone "một" is the article "a", no count, after these words ("là một đối tác", "như một nước",
# "thêm một lần") or before these ("một lần nữa", "một số nước", "một trong những nước")
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:là|như|thêm)\s+$", re.I)
_ARTICLE_AFTER = re.compile(r"\s+(?:lần\s+nữa|số|trong\s+(?:những|các|số))(?!\w)", re.I)


def _is_article(sentence: str, m: re.Match[str]) -> bool:
    """Whether the amount ``m`` is a lone "một" read as the article "a", not the count "one"."""
    if m.group(0).lower() != "một":
        return False
    return bool(_ARTICLE_BEFORE.search(sentence, max(0, m.start() - 8), m.start())) or bool(
        _ARTICLE_AFTER.match(sentence, m.end())
    )


# a lone "năm" is the year, no count "five", before these words ("năm học 2026 – 2027", "năm nay",
# "năm tới") or after a month or a day ("Tháng 3 năm nay", "ngày 5 tháng 3 năm …"); "cả năm" before the
# counted noun is "all five" ("cả năm nước", the noun asked following it), the whole year being "cả năm qua"
_YEAR_AFTER = re.compile(r"\s+(?:học|nay|tới|sau|trước|qua|ngoái|đó|ấy|này|tài\s+khóa)(?!\w)", re.I)
_YEAR_BEFORE = re.compile(r"(?<!\w)(?:tháng\s+\d{1,2}|hằng|mỗi|trong|cuối|đầu|giữa)\s+$", re.I)


def _is_year(sentence: str, m: re.Match[str]) -> bool:
    """Whether the amount ``m`` is a lone "năm" read as "year", not the count "five"."""
    if m.group(0).lower() != "năm":
        return False
    return bool(_YEAR_AFTER.match(sentence, m.end())) or bool(
        _YEAR_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
    )


def in_words(sentence: str, unit: tuple[str, ...]) -> list[re.Match[str]]:
    """Amounts written in words that a unit word of the question follows ("tám nước đối tác"); a lone
    "một" as an article ("là một đối tác", "một lần nữa") is none, nor a lone "năm" read as the year
    ("năm học", "Tháng 3 năm nay")."""
    if not unit:  # "trị giá bao nhiêu": money told in words ("hai triệu đô-la Mỹ", "ba tỷ yên")
        return [m for m in WORDS.finditer(sentence) if _MONEY_AFTER.match(sentence, m.end())]
    return [
        m
        for m in WORDS.finditer(sentence)
        if unit_score(unit, sentence, m.end()) and not _is_article(sentence, m) and not _is_year(sentence, m)
    ]


# an amount's magnitude and currency after its number: "500 triệu USD", "1,5 tỷ đô la Mỹ", "2 billion USD"
MAGNITUDE = r"(?:nghìn|ngàn|triệu|tỷ|tỉ|trăm|nghìn tỷ|ngàn tỷ|thousand|million|billion|trillion|bn|mn)"
CURRENCY = (
    r"(?:USD|US\$|\$|đô[\s-]*la(?:\s+Mỹ)?|đôla(?:\s+Mỹ)?|dollars?|EUR|euro|Euro|yên|Yên|yen|nhân\s+dân\s+tệ|"
    r"NDT|rúp|bảng\s+Anh|won|Won|VND|VNĐ|đồng(?!\s+(?:minh|chí|thời|ý|bào|hành|chủ|tình|thuận))|SDR)"
)
# an amount in words is money when a currency follows it, after its magnitude or not ("hai triệu đô-la Mỹ")
_MONEY_AFTER = re.compile(rf"\s+(?:{MAGNITUDE}\s+)?{CURRENCY}(?!\w)", re.I)
# what an English question measuring something asks an amount to be told in, when it names no counted
# noun: "How much did X give / pledge?", "How much rice …?", "How large was the loan?", "What was the
# value of …?" -> money, goods or a share ("100.000 USD", "500 tấn gạo", "18%"); "How long / wide /
# far …?" -> a length or a span of time ("2.337 km", "15 hải lý", "14 năm")
_EN_MUCH = re.compile(
    r"\bhow\s+(?:much|large|big)\b|\bwhat\s+(?:was|is|were|are|will\s+be)\s+the\s+(?:value|cost|amount|size)\b",
    re.I,
)
_EN_LONG = re.compile(r"\bhow\s+(?:long|wide|far|high|deep|tall)\b", re.I)
_MUCH_AFTER = re.compile(
    rf"\s*(?:{MAGNITUDE}|{CURRENCY}|tấn|kg|ki-lô-gam|liều|thùng|phần trăm|%)(?!\w)", re.I
)
_LONG_AFTER = re.compile(
    r"\s*(?:km|ki-lô-mét|cây số|m|mét|hải lý|dặm|miles?|năm|tháng|tuần|ngày|giờ|years?|months?|days?)(?!\w)",
    re.I,
)


def measure_after(question: str) -> re.Pattern[str] | None:
    """What must follow an amount for a question measuring something with no counted noun ("How much did
    X give?", "Kim ngạch … đạt bao nhiêu?": a magnitude, a currency, a weight or a share); None for any other."""
    if unit_words(question):
        return None
    if _EN_MUCH.search(question):
        return _MUCH_AFTER
    if _EN_LONG.search(question):
        return _LONG_AFTER
    if asked_measure(question) is not None:  # "Dự án có tổng vốn khoảng bao nhiêu?": money ("1,7 tỉ USD"),
        return _MUCH_AFTER  # not the "180 km" of the canal's length
    return None


def is_measured(rx: re.Pattern[str] | None, sentence: str, end: int) -> bool:
    """Whether the amount ending at ``end`` is told in what ``rx`` asks ("100.000 USD", "18%")."""
    return rx is None or sentence[end - 1 : end] == "%" or rx.match(sentence, end) is not None


SHARE_ASKED = re.compile(r"\b(?:what|which) (?:share|proportion)\b", re.I)
_PERCENT = re.compile(r"\d(?:[.,]\d+)?\s?%")


def counts_asked(question: str, sentence: str) -> bool:
    """Whether the sentence writes an amount of the unit the question counts ("6 sinh viên" for "How
    many Uzbek students …?"): it is about what is asked, whatever its verb."""
    if SHARE_ASKED.search(question) and _PERCENT.search(sentence):
        return True  # "What share of … went to X?": "khoảng 32,5% diện tích …", whatever its verb
    unit = unit_words(question)
    return (
        bool(unit)
        and any(unit_score(unit, sentence, m.end()) for m in _FIGURE.finditer(sentence))
        or bool(in_words(sentence, unit))
    )


_FIGURE = re.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)*(?![\w/])")


def counts_unit(question: str, sentence: str, end: int) -> bool:
    """Whether the amount ending at ``end`` counts what the question counts ("54 thành viên" for "bao
    nhiêu thành viên"), or is told in what it measures ("100.000 USD" for "How much did X give?"), or
    the question names no unit."""
    unit = unit_words(question)
    if not unit:
        return is_measured(measure_after(question), sentence, end)
    return unit_score(unit, sentence, end) > 0


# --- the measure an amount is of ---------------------------------------------------------------
# what an amount of money is told as ("kim ngạch thương mại", "giá trị đơn hàng", "vốn đầu tư", "viện
# trợ"): the head noun of each, by what it measures ("trị giá" is "giá trị")
_MEASURES = {
    "kim ngạch": "kim ngạch",
    "giá trị": "giá trị",
    "trị giá": "giá trị",
    "vốn": "vốn",
    "viện trợ": "viện trợ",
    "kinh phí": "kinh phí",
    "chi phí": "kinh phí",
    "doanh thu": "doanh thu",
    "ngân sách": "ngân sách",
    "khoản vay": "khoản vay",
}
_MEASURE = re.compile(r"(?<!\w)(" + "|".join(_MEASURES) + r")(?!\w)", re.I)
_EN_MEASURES = {"trade": "kim ngạch", "turnover": "kim ngạch", "aid": "viện trợ", "revenue": "doanh thu"}
_EN_MEASURE = re.compile(r"\b(" + "|".join(_EN_MEASURES) + r")\b", re.I)
_ASKED_AMOUNT = re.compile(r"(?<!\w)bao\s+nhiêu(?!\w)|\bhow\s+much\b|\bwhat\s+(?:was|is|were|are)\b", re.I)
# an amount of money or a share: "6,2 tỷ đô-la Mỹ", "4 triệu USD", "7%"
_MONEY = re.compile(rf"(?<![\w/.,])\d+(?:[.,]\d+)*\s*(?:%|{MAGNITUDE}(?!\w)|{CURRENCY}(?!\w))", re.I)
_AMOUNT_CLAUSE = re.compile(r"[;:]\s")  # (a comma does not end it: "Năm 2022, kim ngạch … đạt …")
_NEAR = 8  # syllables before an amount its own measure is named in ("giá trị hợp đồng ký kết đạt 3 triệu …")


def asked_measure(question: str) -> str | None:
    """The measure an amount question names ("Kim ngạch thương mại … đạt bao nhiêu?" -> "kim ngạch",
    "… trị giá bao nhiêu?" -> "giá trị", "How much was two-way trade …?" -> "kim ngạch"): the last one
    before what asks the amount; None when it names none or counts a unit ("bao nhiêu dự án viện trợ")."""
    if unit_words(question):
        return None
    asked = _ASKED_AMOUNT.search(question)
    if asked is None:
        return None
    said = _MEASURE.findall(question, 0, asked.start())
    if said:
        return _MEASURES[said[-1].lower()]
    en = _EN_MEASURE.findall(question)
    return _EN_MEASURES[en[-1].lower()] if en else None


def measure_told(measure: str, sentence: str) -> bool | None:
    """Whether the sentence tells an amount of the asked ``measure``: True when the measure's head words
    stand before an amount in its clause ("Kim ngạch thương mại hai chiều ước đạt 6,2 tỷ đô-la Mỹ"), False
    when each amount it tells of a measure is another's, named right before it ("…; giá trị đơn hàng ước
    đạt 4 triệu đô-la Mỹ" for "kim ngạch"), None when it names no measure of its amounts."""
    other, last = False, 0
    for m in _MONEY.finditer(sentence):
        start = max([last] + [b.end() for b in _AMOUNT_CLAUSE.finditer(sentence, last, m.start())])
        said = [_MEASURES[w.group(1).lower()] for w in _MEASURE.finditer(sentence, start, m.start())]
        last = m.end()
        if measure in said:
            return True
        near = " ".join(sentence[start : m.start()].split()[-_NEAR:])
        other = other or bool(said and _MEASURE.search(near))
    return False if other else None


def measured_first(question: str, supported: list) -> list:
    """For an amount question naming its measure (:func:`asked_measure`), the sentences telling an amount
    of it before those telling only another measure's amount (``supported``: (score, rank, hit) in order;
    the order is kept otherwise, and when no sentence tells one of the asked measure)."""
    measure = asked_measure(question)
    if measure is None:
        return supported
    told = [measure_told(measure, s[2]["text"]) for s in supported]
    if True not in told:
        return supported
    return [s for s, t in zip(supported, told, strict=True) if t is not False] + [
        s for s, t in zip(supported, told, strict=True) if t is False
    ]
