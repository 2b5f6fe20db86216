"""What identifies the asked thing in a question, beside its type (read by :func:`doingoai.question.analyse`):
a month it names, the relation words between two document names ("Hiệp ước bổ sung Hiệp ước ..."),
a negated verb ("chưa thông qua", "has not yet signed"), and an adverbial "first" / "lần đầu" (a
preference for the earliest, not content to match); and the question's language (:func:`detect_lang`)."""

from __future__ import annotations

import re
from typing import NamedTuple

from doingoai.fold import fold


class Negated(NamedTuple):
    """A negated verb of the question: Vietnamese ("vi", its first syllable folded: "thong" of "chưa
    thông qua") or English ("en", every verb negated: "signed" of "has not yet signed")."""

    lang: str
    verbs: tuple[str, ...]


_EN_MONTHS = {m: i for i, m in enumerate("january february march april may june july august".split(), 1)}
_EN_MONTHS |= {m: i for i, m in enumerate("september october november december".split(), 9)}
_EN_MONTH = re.compile(r"\b(" + "|".join(_EN_MONTHS) + r")\s*,?\s*((?:1[89]|20)\d\d)\b", re.I)
_VI_MONTH = re.compile(r"\btháng\s+(\d{1,2})\s*(?:/|-|\s+năm\s+)\s*((?:1[89]|20)\d\d)\b", re.I)
# "first" / "lần đầu" as an adverb ("When did Vietnam first establish ...", "lần đầu đăng cai", "for
# the first time"): a preference for the earliest, not an ordinal. "the first summit", "thành viên
# đầu tiên", "lần thứ nhất" modify a noun: the 1st is required.
_FIRST = re.compile(r"\b(?:lần đầu(?:\s+tiên)?|first(?:\s+time)?)\b", re.I)
_DETERMINER = re.compile(r"(?:\b(?:the|its|their|his|her|our|this)|['’]s)\s+$", re.I)
# Nouns heading the name of a document, a meeting or a framework: the words between two of them
# relate the asked thing to the other ("Hiệp ước bổ sung Hiệp ước ..."; "sửa đổi, bổ sung").
_HEAD_NOUNS = re.compile(
    r"(?<!\w)(?:hiệp ước|hiệp định|công ước|nghị định thư|nghị quyết|tuyên bố chung|tuyên bố|thỏa thuận|"
    r"thoả thuận|bản ghi nhớ|hội nghị|đại hội|quy chế|cơ chế|chỉ thị|kết luận|chương trình|văn kiện|"
    r"khuôn khổ|hiến chương)(?!\w)",
    re.I,
)
_LETTERS = re.compile(r"[^\W\d_]+")
_RELATION_MAX = 4
_LINKS = {"về", "việc", "của", "và"}  # words a text may leave out of the relation
# an asking word or a preposition between two heads: "văn kiện nào tại hội nghị …" relates no nested name
_NOT_RELATION = {"nào", "gì", "đâu", "ai", "mấy", "tại", "ở", "trong", "với", "cùng"}
_EN_RELATIONS = {
    "supplementary": "bổ sung", "supplementing": "bổ sung", "supplemental": "bổ sung",
    "amending": "sửa đổi", "amended": "sửa đổi", "amendment": "sửa đổi", "replacing": "thay thế",
    "implementing": "thực hiện",
}  # fmt: skip
_EN_DOCUMENT = re.compile(r"\b(?:treaty|agreement|protocol|convention|declaration|accord)\b", re.I)
# "chưa thông qua", "không hề ký"; "không" opening a word or an idiom is no negation
VI_NEGATION = re.compile(
    r"(?<!\w)(chưa|không|chẳng)(?:\s+(?:hề|từng|bao giờ|được|hề được))?\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?"
)
NOT_NEGATION = {
    "thường", "liên", "quân", "gian", "khí", "phận", "phổ", "người", "chỉ", "những", "phải", "ít", "kém",
    "có", "ngừng", "lâu", "khỏi", "hạn", "đầy",
}  # fmt: skip
_EN_NEG = re.compile(
    r"\b(?:not|never|yet to|failed to|refused to|n't)\s+(?:yet\s+|been\s+|ever\s+)*([a-z]+)", re.I
)


# Is the text a question at all: "?" or a question word (then analyse() says which type).
_QUESTION = re.compile(
    r"\?|\b(gì|nào|sao|đâu|ai|bao nhiêu|bao giờ|mấy|what|which|who|whom|whose|when|where|why|how)\b"
)
_QUESTION_FOLDED = re.compile(r"\b(bao nhieu|bao gio|khi nao|nam nao|la gi|the nao|o dau|tai sao|vi sao)\b")


def is_question(text: str) -> bool:
    """Whether ``text`` is a question (a "?" or a question word; accents optional) rather than keywords."""
    return bool(_QUESTION.search(text.lower()) or _QUESTION_FOLDED.search(fold(text)))


def month_of(q: str) -> tuple[int, int] | None:
    m = _EN_MONTH.search(q)
    if m:
        return int(m.group(2)), _EN_MONTHS[m.group(1).lower()]
    m = _VI_MONTH.search(q)
    return (int(m.group(2)), int(m.group(1))) if m and 1 <= int(m.group(1)) <= 12 else None


_BOUND_YEAR = re.compile(
    r"\b(before|after|prior to|trước năm|sau năm)\s+(1[89]\d\d|20\d\d)\b(?!\s*[–-]\s*\d)", re.I
)
_BEFORE = {"before", "prior to", "trước năm"}


def year_bounds(q: str) -> tuple[tuple[str, int], ...]:
    """("before" | "after", year) for each "before 2020", "sau năm 1995" of a question: the answer's
    years lie on that side (the year itself is no answer, nor a year the evidence must write)."""
    return tuple(
        ("before" if m.group(1).lower() in _BEFORE else "after", int(m.group(2)))
        for m in _BOUND_YEAR.finditer(q)
    )


def relations_of(q: str) -> tuple[str, ...]:
    out: list[str] = []
    heads = list(_HEAD_NOUNS.finditer(q))
    for a, b in zip(heads, heads[1:], strict=False):
        between = q[a.end() : b.start()].strip()
        words = [w for w in _LETTERS.findall(between) if w not in _LINKS]  # "sửa đổi, bổ sung"
        if (
            words
            and len(words) <= _RELATION_MAX
            and _NOT_RELATION.isdisjoint(words)
            and re.fullmatch(r"[^\W\d_]+(?:,?\s+[^\W\d_]+)*", between)
            and between == between.lower()
        ):
            out.append(" ".join(words))
    if _EN_DOCUMENT.search(q):
        out += [_EN_RELATIONS[w] for w in re.findall(r"[a-z]+", q.lower()) if w in _EN_RELATIONS]
    if _INITIALLED.search(q):  # "được ký tắt ngày nào?": the day it was initialled, not the signing's
        out.append("ký tắt")
    return tuple(dict.fromkeys(out))


_INITIALLED = re.compile(r"(?<!\w)ký tắt(?!\w)|\binitiall?ed\b", re.I)


def negated_of(q: str) -> Negated | None:
    for m in VI_NEGATION.finditer(q):
        if m.group(2) in NOT_NEGATION or re.search(r"(?:hàng|phòng)\s+$", q[: m.start()], re.I):
            continue  # "không thường trực", "hàng không", "phòng không"; a closing "không?" has no verb
        return Negated("vi", (fold(m.group(2)),))
    verbs = tuple(m.group(1).lower() for m in _EN_NEG.finditer(q))
    return Negated("en", verbs) if verbs else None


def adverbs(text: str) -> list[re.Match[str]]:
    """The adverbial "first" / "lần đầu" / "(for the) first time" of ``text``; "the first summit",
    "Vietnam's first agreement" are ordinals."""
    return [
        m for m in _FIRST.finditer(text) if " " in m.group(0) or not _DETERMINER.search(text, 0, m.start())
    ]


def without_first(text: str) -> str:
    """``text`` without an adverbial "first" / "lần đầu" (a preference, not content to match)."""
    for m in reversed(adverbs(text)):
        text = text[: m.start()] + " " + text[m.end() :]
    return text


# the language of a question
_EN_WORDS = re.compile(r"\b(the|did|does|do|when|what|which|who|how|is|was|were|in|of|with|to)\b", re.I)
_EN_OPENING = re.compile(
    r"\s*(?:which|what|when|where|who|whom|whose|how|why|did|does|is|are|was|were|in|on)\b", re.I
)
_EN_WH = re.compile(r"\s*(?:which|what|when|where|who|whom|whose|how|why)\s+[A-Za-z]", re.I)
MIN_EN_WORDS = 3  # English function words an English question with Vietnamese names has at least
_VI_MARKS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
# the letters only Vietnamese writes (not French, Spanish or Portuguese: "communiqué", "Rodríguez", "São"):
# an English question whose only marked words are such loans is English ("Who signed the joint communiqué …?")
_VI_ONLY = re.compile(r"[ăâđêôơưảạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộờớởỡợủũụừứửữựỳỷỹỵ]", re.I)


def detect_lang(text: str) -> str:
    """ "en" or "vi"; an English question naming a Vietnamese place or person as written ("Which
    provinces take part with Lạng Sơn in ...?") is English: it opens with an English question word
    and its English function words outnumber the words with Vietnamese letters."""
    en = len(_EN_WORDS.findall(text))
    if _VI_MARKS.search(text):
        if not _EN_OPENING.match(text):
            return "vi"
        if not _VI_ONLY.search(text):  # (its marked words are loans: "communiqué", "Rodríguez")
            return "en" if en >= 1 else "vi"
        marked = [w for w in text.split() if _VI_MARKS.search(w)]
        # only names written with Vietnamese letters: "Which Chinese province borders Lào Cai?"
        if _EN_WH.match(text) and all(w.lstrip('("“‘')[:1].isupper() for w in marked):
            return "en"
        if en < MIN_EN_WORDS:
            return "vi"
        marked = len(marked)
        return "en" if en > marked else "vi"
    return "en" if en >= 1 else "vi"


# "Trước nhiệm kỳ 2023 – 2027, ...", "After 1995, ...": a time the question dates by; its years are no
# year the asked thing's sentence must write
_LEAD = re.compile(r"^\s*(?:sau|trước|after|before)\s+[^,;?]{1,60},", re.I)


def lead_length(text: str) -> int:
    """The length of a leading "Trước X," / "After X," clause of ``text`` (0 if none)."""
    m = _LEAD.match(text)
    return m.end() if m else 0
