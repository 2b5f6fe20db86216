"""What a question asks for: its type, language, key terms and the event kind it is about.

The one question analysis: search (whether a query is a question, and the answer type its sentence
re-ranking looks for, :mod:`doingoai.search.answer_type`) and answer (span extraction) both read a
question through :func:`is_question` and :func:`analyse`, so the cue words live only here; it
depends on neither."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from doingoai.fold import fold


class Wants(str, Enum):
    DATE = "date"  # năm nào, khi nào, when, what year
    NUMBER = "number"  # bao nhiêu, how many
    ACTOR = "actor"  # ai, nước nào, who, which country
    NAME = "name"  # hiệp định nào, chỉ thị nào, which treaty
    LIST = "list"  # những ... nào
    PLACE = "place"  # ở đâu, thành phố nào, where
    TEXT = "text"  # gì, như thế nào, why, what: the best sentences


@dataclass(frozen=True)
class Question:
    text: str
    lang: str  # "vi" | "en"
    wants: Wants
    head: str | None  # the noun asked about: "hiệp định", "dự án", "treaty" ...
    kinds: tuple[str, ...]  # event kinds the question is about (may be empty)
    year: int | None  # a year named in the question ("in 1978")
    planned: bool = False  # asks about what is planned ("dự kiến", "sẽ", "will")
    unit: str | None = None  # folded unit word after "bao nhiêu"/"mấy" ("bao nhiêu người" -> "nguoi")


_EN_WORDS = re.compile(r"\b(the|did|does|do|when|what|which|who|how|is|was|were|in|of|with|to)\b", re.I)
_VI_MARKS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)

# Cue words (lower-cased, accents kept: folded "may" would also be "máy"). Order of the checks in
# analyse(): date, number, place, named document, actor, list; a bare "vào năm" counts last.
_VI_DATE = re.compile(
    r"\b(năm nào|khi nào|bao giờ|lúc nào|thời gian nào|ngày nào|tháng nào|thời điểm nào|thế kỷ nào|thế kỉ nào"
    r"|thập niên nào|thập kỷ nào|thập kỉ nào|giai đoạn nào|thời kỳ nào|thời kì nào|năm bao nhiêu)\b",
    re.I,
)
# "... vào năm?" asks the year when no other cue asks something else; "vào năm 1990" names it
_VI_DATE_WEAK = re.compile(r"\bvào năm\b(?!\s*\d)", re.I)
_EN_DATE = re.compile(
    r"\b(when|what year|which year|in what year|what date|what century|what decade)\b", re.I
)
_VI_PLACE = re.compile(
    r"\b(ở đâu|nơi nào|thành phố nào|tỉnh nào|địa điểm nào|tại đâu|vùng nào|khu vực nào)\b", re.I
)
_EN_PLACE = re.compile(r"\b(where|which city|in which city|what city)\b", re.I)
_VI_NUMBER = re.compile(r"\b(bao nhiêu|mấy)\b(?:\s+(\w+))?", re.I)
_NOT_UNIT = frozenset({"lan", "phan", "nam", "thoi", "so", "la", "con", "duoc", "co", "trong", "khi", "va"})
_EN_NUMBER = re.compile(
    r"\b(how many|how much|what percentage|how many votes|how long|how old|how far|how large)\b", re.I
)
_VI_ACTOR = re.compile(
    r"\b(nước nào|quốc gia nào|ai|người nào|tổ chức nào|đảng nào|bên nào|những nước nào|các nước nào"
    r"|công ty nào|đội nào|trường nào|đại học nào|tên (là )?gì|tên của)\b",
    re.I,
)
_EN_ACTOR = re.compile(
    r"\b(who|whom|whose|which country|which countries|which organi[sz]ation|what country"
    r"|which (company|team|state))\b",
    re.I,
)
_VI_NAME = re.compile(
    r"\b(hiệp định|hiệp ước|công ước|chỉ thị|nghị quyết|văn kiện|tuyên bố|thỏa thuận|dự án|văn bản|kết luận)(?:\s+\w+){0,3}?\s+nào\b",
    re.I,
)
_EN_NAME = re.compile(
    r"\b(?:which|what)\s+(treaty|agreement|convention|directive|resolution|declaration|projects?|document)\b",
    re.I,
)
# Is the text a question at all: "?" or a question word (then analyse() says which type).
_QUESTION = re.compile(
    r"\?|\b(gì|nào|sao|đâu|ai|bao nhiêu|bao giờ|mấy|what|which|who|whom|whose|when|where|why|how)\b"
)
_QUESTION_FOLDED = re.compile(r"\b(bao nhieu|bao gio|khi nao|nam nao|la gi|the nao|o dau|tai sao|vi sao)\b")
_VI_LIST = re.compile(r"\bnhững\b.*\bnào\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_PLANNED = re.compile(r"\b(dự kiến|sẽ|kế hoạch|chuẩn bị|will|plan|planned|scheduled)\b", re.I)

# Words that point at an event kind, Vietnamese and English: regular expressions matched at a word
# start in the folded text ("sign" also finds "signed", never "design"; "tham" is not "tham gia").
_KIND_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("membership.join", ("gia nhap", "tham gia", "thanh vien", "join", "member", "accession", "accede")),
    ("membership.elect", ("duoc bau", "bau lam", "trung cu", "elected", "elect")),
    ("agreement.ratify", ("phe chuan", "phe duyet", "ratify", "ratified", "approve", "approved")),
    (
        "agreement.sign",
        ("ky ket", r"(?<!nhiem )(?<!thoi )(?<!hoa )(?<!the )ky\b", "sign", "hiep uoc", "treaty"),
    ),
    ("agreement.negotiate", ("dam phan", "negotiat")),
    ("relations.establish", ("thiet lap quan he", "binh thuong hoa", "establish", "normali")),
    ("relations.upgrade", ("nang cap", "doi tac chien luoc", "upgrade", "strategic partnership")),
    ("chair", ("chu tich asean", "vai tro chu tich", "chair")),
    ("aid", ("vien tro", "giup do", "ho tro", "aid", "assistance", "help")),
    ("visit", (r"tham\b(?! (?:gia|du|khao|muu|chien|vong))", "visit")),
    ("host", ("dang cai", "to chuc hoi nghi", "host")),
    ("consult", ("hoi dam", "dien dam", "hoi kien", "tiep kien", "talks", "met with", "meet", "phone call")),
    ("sanction", ("cam van", "bao vay", "trung phat", "embargo", "sanction", "blockade")),
    ("sanction.lift", ("do bo", "lift")),
    ("conflict", ("chien tranh", "xung dot", "xam luoc", "war", "conflict", "invasion")),
)
_KIND_RX = {kind: re.compile(r"\b(?:" + "|".join(cues) + ")") for kind, cues in _KIND_CUES}


def detect_lang(text: str) -> str:
    if _VI_MARKS.search(text):
        return "vi"
    return "en" if len(_EN_WORDS.findall(text)) >= 1 else "vi"


def is_question(text: str) -> bool:
    """Whether ``text`` is a question (a "?" or a question word; accents optional) rather than keywords."""
    return bool(_QUESTION.search(text.lower()) or _QUESTION_FOLDED.search(fold(text)))


def analyse(text: str) -> Question:
    q = " ".join(text.split())
    lang = detect_lang(q)
    head = unit = None
    if lang == "en":
        m_name = _EN_NAME.search(q)
        if _EN_DATE.search(q):
            wants = Wants.DATE
        elif _EN_NUMBER.search(q):
            wants = Wants.NUMBER
        elif _EN_PLACE.search(q):
            wants = Wants.PLACE
        elif m_name:
            wants, head = Wants.NAME, m_name.group(1).lower()
        elif _EN_ACTOR.search(q):
            wants = Wants.ACTOR
        else:
            wants = Wants.TEXT
    else:
        m_name = _VI_NAME.search(q)
        m_num = _VI_NUMBER.search(q)
        if _VI_DATE.search(q):
            wants = Wants.DATE
        elif m_num:
            wants = Wants.NUMBER
            unit = fold(m_num.group(2)) if m_num.group(2) else None
            unit = None if unit in _NOT_UNIT else unit
        elif _VI_PLACE.search(q):
            wants = Wants.PLACE
        elif m_name:
            wants, head = (
                (Wants.LIST if q.lower().find("những") >= 0 else Wants.NAME),
                m_name.group(1).lower(),
            )
        elif _VI_ACTOR.search(q):
            wants = Wants.ACTOR
        elif _VI_LIST.search(q):
            wants = Wants.LIST
        elif _VI_DATE_WEAK.search(q):
            wants = Wants.DATE
        else:
            wants = Wants.TEXT
    folded = fold(q)
    kinds = tuple(kind for kind, rx in _KIND_RX.items() if rx.search(folded))
    kinds = tuple(
        k for k in kinds if not any(m != k and m.startswith(k + ".") for m in kinds)
    )  # "lift" beats "sanction"
    years = _YEAR.findall(q)
    planned = bool(_PLANNED.search(q))
    return Question(
        q,
        lang,
        wants,
        head,
        kinds,
        int(years[0]) if years and wants is not Wants.DATE else None,
        planned,
        unit,
    )


def mentions_kind(kinds: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` uses a cue word of one of ``kinds`` (a sentence about the asked action)."""
    if not kinds:
        return True
    folded = fold(text)
    return any(_KIND_RX[k].search(folded) for k in kinds if k in _KIND_RX)
