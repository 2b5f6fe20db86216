"""What a question asks for: its type, language, key terms and the event kind it is about.

The one question analysis: search (whether a query is a question, and the answer type its sentence
re-ranking looks for, :mod:`doingoai.search.answer_type`) and answer (span extraction) both read a
question through :func:`is_question` and :func:`analyse`, so the cue words live only here; it
depends on neither. :class:`Question` carries every feature answers read (a person or countries
asked, several, a theme, a day, ordinals required, a nested name, a negated verb), computed once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from doingoai.fold import fold
from doingoai.ordinals import ordinals_in
from doingoai.question_cues import (
    ASKS_DAY,
    ASKS_EVENT,
    ASKS_HELD,
    ASKS_MONTH,
    KIND_RX,
    PERCENT,
    VOTES,
    actions,
    activities,
    asks_level,
    name_heads,
    place_head,
    relation_levels,
    unnamed,
)
from doingoai.question_cues import (
    EN_MODS as _MODS,
)
from doingoai.question_cues import (
    asks_who as _asks_who,
)
from doingoai.question_qualifiers import (
    Negated,
    adverbs,
    detect_lang,
    is_question,  # noqa: F401  (re-exported: search/rerank.py imports it from here)
    lead_length,
    month_of,
    negated_of,
    relations_of,
    without_first,
    year_bounds,
)


class Wants(str, Enum):
    DATE = "date"  # năm nào, khi nào, when, what year
    NUMBER = "number"  # bao nhiêu, how many
    ACTOR = "actor"  # ai, nước nào, who, which country
    NAME = "name"  # hiệp định nào, chỉ thị nào, which treaty
    LIST = "list"  # những ... nào
    PLACE = "place"  # ở đâu, thành phố nào, where
    TEXT = "text"  # gì, như thế nào, why, what: the best sentences


def kinds_of(folded: str) -> tuple[str, ...]:
    """The event kinds whose cue words the folded question uses; a narrower kind beats its own broader
    one ("lift" beats "sanction")."""
    kinds = tuple(kind for kind, rx in KIND_RX.items() if rx.search(folded))
    return tuple(k for k in kinds if not any(m != k and m.startswith(k + ".") for m in kinds))


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
    # what kind of span answers it, beyond ``wants``
    who: bool = False  # the bare "ai" / "who": a person, or a state or body acting
    asks_person: bool = False  # "ai", "who", "thủ tướng nào", "which president"
    asks_state: bool = False  # "nước nào", "những nước ... nào", "which countries"
    asks_body: bool = False  # "tổ chức nào", "đảng nào", "which organisation"
    plural: bool = False  # "những ... nào", "which countries": several answers
    asks_theme: bool = False  # "chủ đề", "khẩu hiệu", "theme", "slogan"
    asks_period: bool = False  # "nhiệm kỳ nào", "which term": a span of years
    asks_sea: bool = False  # "biển", "vịnh", "sea": a sea area may answer "where"
    asks_ordinal: str | None = None  # "khóa mấy" -> "khóa", "lần thứ mấy" -> "lần thứ"
    named_head: str | None = None  # "quy chế nào" -> "quy chế": a name ``head`` does not cover
    asks_day: bool = False  # "ngày nào", "what date"
    asks_month: bool = False  # "tháng nào", "which month"
    asks_votes: bool = False  # "bao nhiêu phiếu", "how many votes"
    asks_percent: bool = False  # "bao nhiêu phần trăm", "what percentage"
    asks_held: bool = False  # "được tổ chức ở đâu", "where was ... held"
    # what identifies the asked thing
    years: tuple[str, ...] = ()  # every year written ("Hiệp định năm 1995 ... ngày nào?": 1995)
    month: tuple[int, int] | None = None  # (year, month) named: "in June 2006", "tháng 6/2006"
    ordinals: frozenset[int] = frozenset()  # ordinals required: "lần thứ 16", "the first summit"
    earliest: bool = False  # "lần đầu", "first" as an adverb: the earliest preferred, never required
    relations: tuple[str, ...] = ()  # words relating a nested name: "Hiệp ước bổ sung Hiệp ước" -> "bổ sung"
    negated: Negated | None = None  # "chưa thông qua", "has not yet signed"
    name_heads: tuple[str, ...] = ()  # "quỹ nào" -> ("lập quỹ", "quỹ"): a capitalised name may answer
    # levels of relations named, each its set of modifiers: "Đối tác chiến lược" -> {"chien luoc"}
    levels: tuple[frozenset[str], ...] = ()
    asks_level: bool = False  # "khuôn khổ nào", "what framework": the level of relations, none named
    # "Where do X and Y coordinate?": the activity's folded Vietnamese words ("phoi hop"); a forum
    # or an organisation answers, from a sentence saying it
    activity: tuple[str, ...] = ()
    # "có hiệu lực khi nào", "enter into force": the action's folded Vietnamese words ("hieu luc");
    # a date or an amount is only taken from a sentence saying it, next to it
    action: tuple[str, ...] = ()
    place_head: str | None = None  # "khu vực nào" -> "khu vực": the place is the name written after it
    bounds: tuple[tuple[str, int], ...] = ()  # "before 2020" -> (("before", 2020),): the answer's years
    # "What happened between X and Y in 2014?", "Chuyện gì đã xảy ra …": an act of theirs is asked; a
    # sentence answers only by stating one (of that year, when one is named)
    asks_event: bool = False

    @property
    def asks_countries(self) -> bool:
        """Countries or organisations are asked for by name ("nước nào", "which organisation")."""
        return self.asks_state or self.asks_body


# Cue words (lower-cased, accents kept: folded "may" would also be "máy"). Order of the checks in
# analyse(): date, number, place, named document, actor, list; a bare "vào năm" counts last.
_VI_DATE = re.compile(
    r"\b(năm nào|khi nào|bao giờ|lúc nào|thời gian nào|ngày nào|tháng nào|thời điểm nào|thế kỷ nào|thế kỉ nào"
    r"|thập niên nào|thập kỷ nào|thập kỉ nào|giai đoạn nào|thời kỳ nào|thời kì nào|năm bao nhiêu|tháng mấy|ngày mấy)\b",
    re.I,
)
# "... vào năm?" asks the year when no other cue asks something else; "vào năm 1990" names it
_VI_DATE_WEAK = re.compile(r"\bvào năm\b(?!\s*\d)", re.I)
_EN_DATE = re.compile(
    r"\b(when|what years?|which years?|in what years?|what date|which date|what century|what decade|(?:what|which) month)\b",
    re.I,
)
# "Which country held the chair when ...?", "Who ... when ...": "when" opens a clause, not the question
_WHEN_CLAUSE = re.compile(
    r"^\s*(?:which|what|who|whom|whose|where|how many|how much)\b(?!\s+(?:year|date|month))", re.I
)
_VI_PLACE = re.compile(
    r"\b(ở đâu|nơi nào|thành phố nào|tỉnh nào|địa điểm nào|tại đâu|vùng nào|khu vực nào)\b", re.I
)
# (a plural place noun, "which provinces", asks for several: read as a list of names, not one place)
_EN_PLACE = re.compile(
    rf"\b(where|(?:in )?(?:which|what) {_MODS}(?:city|region|province|area|capital))\b", re.I
)
# "where" about an activity between states unless a city or a meeting held is asked, or an event kind
_NOT_ACTIVITY = re.compile(
    r"\b(?:which|what) city\b|\b(?:thành phố|tỉnh) nào\b|\b(?:held|hosted|took place|được tổ chức|diễn ra)\b",
    re.I,
)
_VI_NUMBER = re.compile(r"\b(bao nhiêu|mấy)\b(?:\s+(\w+))?", re.I)
_NOT_UNIT = frozenset({"lan", "phan", "nam", "thoi", "so", "la", "con", "duoc", "co", "trong", "khi", "va"})
_EN_NUMBER = re.compile(
    r"\b(how many|how much|what percentage|how many votes|how long|how old|how far|how large"
    r"|(?:what|which) (?:share|proportion)(?= of\b| does\b| do\b| did\b| is\b| was\b))\b",  # a share
    re.I,
)
_VI_ACTOR = re.compile(
    r"\b(nước nào|quốc gia nào|ai|người nào|tổ chức nào|đảng nào|bên nào|những nước nào|các nước nào"
    r"|công ty nào|đội nào|trường nào|đại học nào|chính phủ nào|quốc hội nào|nghị viện nào|tên (là )?gì|tên của)\b",
    re.I,
)
_EN_ACTOR = re.compile(
    rf"\b(who|whom|whose|(?:which|what) {_MODS}(?:countr(?:y|ies)|organi[sz]ations?|compan(?:y|ies)|teams?"
    r"|states?|nations?|bod(?:y|ies)|part(?:y|ies)|ministr(?:y|ies)|agenc(?:y|ies)|institutions?|bloc"
    r"|governments?|parliaments?))\b",
    re.I,
)
_VI_NAME = re.compile(
    r"\b(hiệp định|hiệp ước|công ước|chỉ thị|nghị quyết|văn kiện|tuyên bố|thỏa thuận|dự án|văn bản|kết luận)(?:\s+\w+){0,3}?\s+nào\b",
    re.I,
)
_EN_NAME = re.compile(
    rf"\b(?:which|what)\s+{_MODS}(treaty|agreement|convention|directive|resolution|declaration|projects?|documents?"
    r"|memorand(?:um|a)|funds?|programmes?|programs?|initiatives?|mechanisms?|forums?)\b",
    re.I,
)
_VI_LIST = re.compile(r"\bnhững\b.*\bnào\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_PLANNED = re.compile(r"\b(dự kiến|sẽ|kế hoạch|chuẩn bị|will|plan|planned|scheduled)\b", re.I)


# --- what kind of span answers it ------------------------------------------------------------
_TITLED = re.compile(
    r"\b(?:vị|nhà lãnh đạo|lãnh đạo|thủ tướng|tổng thống|chủ tịch|bộ trưởng|tổng bí thư|đại sứ)\s+(?:\w+\s+){0,2}?nào\b"
    r"|\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:president|prime minister|minister|leader|"
    r"general secretary|secretary|ambassador|king|emperor|chairman|person|official)\b",
    re.I,
)
_SEVERAL = r"(?:những|các)\s+(?:{})(?:\s+\w+){{0,3}}?\s+nào"  # "những nước láng giềng nào"
_ASKS_STATE = re.compile(
    rf"\b(?:{_SEVERAL.format('nước|quốc gia')}|nước nào|quốc gia nào|chính phủ nào|quốc hội nào|nghị viện nào)\b"
    rf"|\b(?:which|what)\s+{_MODS}(?:countr(?:y|ies)|nations?|states?|governments?|parliaments?)\b",
    re.I,
)
_ASKS_BODY = re.compile(
    rf"\b(?:{_SEVERAL.format('tổ chức|đảng')}|tổ chức nào|đảng nào)\b"
    rf"|\b(?:which|what)\s+{_MODS}(?:organi[sz]ations?|bod(?:y|ies)|part(?:y|ies)|ministr(?:y|ies)"
    r"|agenc(?:y|ies)|institutions?)\b",
    re.I,
)
_PLURAL = re.compile(
    rf"\b{_SEVERAL.format('nước|quốc gia|tổ chức|đảng')}\b|\b(?:which|what)\s+(?!(?:is|was|has|does)\b)\w+s\b"
    rf"|\b(?:which|what)\s+{_MODS}(?:countries|nations|states|organi[sz]ations|bodies|parties|agencies)\b",
    re.I,
)
_THEME = re.compile(r"\b(?:chủ đề|khẩu hiệu|phương châm|thông điệp|theme|slogan|motto|message)\b", re.I)
_PERIOD = re.compile(
    r"\b(?:nhiệm kỳ|giai đoạn|thời kỳ)\s+nào\b|\b(?:which|what)\s+(?:term|period|tenure)\b", re.I
)
_SEA = re.compile(r"\b(?:biển|vịnh|vùng biển|eo biển|sea|gulf|bay|waters|strait)\b", re.I)
_ASKS_ORDINAL = re.compile(r"\b(lần thứ|thứ|khóa|khoá|kỳ họp thứ)\s+(?:mấy|bao nhiêu)\b", re.I)
_NAMED = re.compile(  # names doingoai's ``head`` (_VI_NAME / _EN_NAME) does not cover
    r"\b(quy chế|cơ chế|chế độ|chương trình|sáng kiến|khuôn khổ|diễn đàn|chiến lược|hiến chương|"
    r"nghị định thư|bản ghi nhớ|danh hiệu|huân chương|giải thưởng|quỹ|ủy ban|hội đồng|nhóm|liên minh)(?:\s+\w+){0,2}?\s+nào\b"
    r"|\b(?:which|what)\s+(?:[a-z-]+\s+){0,3}?(treaty|agreement|convention|protocol|declaration|status)\b",
    re.I,
)


def analyse(text: str) -> Question:
    q = " ".join(text.split())
    lang = detect_lang(q)
    head = unit = None
    if lang == "en":
        m_name = _EN_NAME.search(q)
        m_date = _EN_DATE.search(q)
        if m_date and not (m_date.group(1).lower() == "when" and _WHEN_CLAUSE.match(q)):
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
    kinds = kinds_of(folded)
    levels = tuple(dict.fromkeys(relation_levels(folded)))
    if any(mods != {"dac biet"} for mods in levels) and "relations.upgrade" not in kinds:
        # "xác lập quan hệ Đối tác toàn diện": a partnership named is set by an upgrade (as events store it)
        kinds += ("relations.upgrade",)
    bounds = year_bounds(q)  # "before 2020": a bound on the answer, not its year
    years = [y for y in _YEAR.findall(q) if all(y != str(b) for _, b in bounds)]
    own = [y for y in _YEAR.findall(q[lead_length(q) :]) if y in years]  # not of "Trước nhiệm kỳ 2023 – 2027"
    named = _NAMED.search(q)
    folded_q = f" {folded} "
    first = adverbs(q)
    return Question(
        q,
        lang,
        wants,
        head,
        kinds,
        int(own[0]) if own and wants is not Wants.DATE else None,
        planned=bool(_PLANNED.search(q)),
        unit=unit,
        who=_asks_who(q),
        asks_person=_asks_who(q) or bool(_TITLED.search(q)),
        asks_state=bool(_ASKS_STATE.search(q)),
        asks_body=bool(_ASKS_BODY.search(q)),
        plural=bool(_PLURAL.search(q)),
        asks_theme=bool(_THEME.search(q)),
        asks_period=bool(_PERIOD.search(q)),
        asks_sea=bool(_SEA.search(q)),
        asks_ordinal=(m := _ASKS_ORDINAL.search(q)) and m.group(1).lower().replace("khoá", "khóa") or None,
        named_head=(named.group(1) or named.group(2)).lower() if named else None,
        asks_day=bool(ASKS_DAY.search(q)),
        asks_month=bool(ASKS_MONTH.search(q)),
        asks_votes=any(c in folded_q for c in VOTES),
        asks_percent=any(c in folded_q for c in PERCENT),
        asks_held=bool(ASKS_HELD.search(q)),
        years=tuple(dict.fromkeys(years)),
        bounds=bounds,
        month=month_of(q),
        ordinals=ordinals_in(without_first(q)) if first else ordinals_in(q),
        earliest=bool(first),
        relations=relations_of(q),
        negated=negated_of(q),
        name_heads=name_heads(q) if lang == "vi" and wants is Wants.TEXT else (),
        levels=levels,
        asks_level=asks_level(folded),
        activity=activities(fold(unnamed(q)))
        if wants is Wants.PLACE and not (kinds or _NOT_ACTIVITY.search(q))
        else (),
        action=actions(folded) if wants in (Wants.DATE, Wants.NUMBER) else (),
        place_head=place_head(q) if wants is Wants.PLACE else None,
        asks_event=wants is Wants.TEXT and bool(ASKS_EVENT.search(folded)),
    )
