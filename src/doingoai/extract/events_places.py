"""Where a meeting is held names its host (issue 3, eleventh grid; docs/decisions.md, "Construction grid,
eleventh round"):

* "Hội nghị Cấp cao lần thứ nhất được tổ chức tại Hua Hin (Thái Lan) năm 2010": the country of the place hosts;
* "thành phố Sharm el-Sheikh của Ai Cập là nơi diễn ra COP27": the country whose city is the venue hosts;
* a meeting named without its organisation ("Hội nghị lần thứ ba sẽ do Campuchia đăng cai") is a meeting of the
  organisation of the meeting named last before it ("Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế (MRC) lần thứ
  hai");
* "Các nhà lãnh đạo đã thông qua Tuyên bố ...": the leaders are those of the meeting told before ("... với sự
  tham dự của lãnh đạo Campuchia, Lào và Thái Lan", its chair's country).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_states_then import state_then
from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.extract.places import capitals
from doingoai.extract.textscan import find_all
from doingoai.extract.trigger_lex67 import PROMOTION
from doingoai.model import Mention

MEETING: Final = re.compile(
    r"\b(?:hội nghị|thượng đỉnh|diễn đàn|kỳ họp|phiên họp|hội thảo|đối thoại|tuần lễ cấp cao|đại hội đồng|cop ?\d+)\b"
)
_CONTINUED: Final = re.compile(
    r"(?: (cấp cao|thượng đỉnh|bộ trưởng))? (?:lần thứ|tiếp theo|kế tiếp|này|đó|sau)\b"
)
_LEVELS: Final = {
    "cấp cao": ("cấp cao", "thượng đỉnh"),
    "thượng đỉnh": ("cấp cao", "thượng đỉnh"),
    "bộ trưởng": ("bộ trưởng",),
}
_STATE_KINDS: Final = ("country", "person", "body")
_REACH: Final = 4000  # how far back the meeting a bare "Hội nghị lần thứ ba" continues may be named


def meeting_org_before(low: str, index, lo: int, pos: int) -> list[str]:
    """The organisation of the meeting the clause ``[lo, pos)`` names without one: the organisation inside the name
    of the meeting named last before it ("Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế (MRC) lần thứ hai"); [] when
    the clause's meeting names its own or none is found."""
    own = MEETING.search(low, lo, pos)
    series = _CONTINUED.match(low, own.end(), pos) if own is not None else None
    if own is None or series is None:
        return []  # (only a meeting of a series: "Hội nghị (Cấp cao) lần thứ ba", "Hội nghị tiếp theo")
    # a summit continues a summit (round 35): "Hội nghị thượng đỉnh tiếp theo" is not "Hội nghị của Liên hợp quốc"
    level = _LEVELS.get(series.group(1) or "", ())
    i = own.start()
    floor = max(0, i - _REACH)
    while True:
        i = low.rfind("hội nghị", floor, i)
        if i < 0:
            return []
        stop = re.compile(r"[.;:,!?\n]").search(low, i, i + 120)
        end = stop.start() if stop else i + 120
        if level and not any(low.find(w, i, end) >= 0 for w in level):
            continue
        for m in index.between(i, end):
            if m.kind in ORG_KINDS:
                return [m.code]
            break  # (a country first: "Hội nghị ... Việt Nam – ASEAN" is no meeting of one organisation)


_PLACE: Final = re.compile(r"\s*(?:tại|ở)\s+")


def held_in_country(text: str, index, te: int, p1: int) -> list[str]:
    """ "được tổ chức tại Hua Hin (Thái Lan)", "tại Thái Lan": the country of the place named after the verb."""
    m = _PLACE.match(text, te, p1)
    if m is None:
        return []
    for x in index.between(m.end(), min(p1, m.end() + 60)):
        if x.kind == "country":
            gap = text[m.end() : x.start]
            if "," in gap or "." in gap or ";" in gap:
                return []
            return [x.code]
        break
    return []


_VENUE_NEXT: Final = re.compile(
    r" (?:(?:các |những )?(?:hội nghị|thượng đỉnh|diễn đàn|kỳ họp|phiên họp|hội thảo|tuần lễ cấp cao|đại hội)\b"
    r"|[A-Z][A-Z0-9+-]{1,9}\b)"
)


def venue(text: str, index, c0: int, ts: int, te: int) -> list[str]:
    """ "thành phố Sharm el-Sheikh của Ai Cập là nơi diễn ra COP27": the country named in the subject hosts, when
    what took place there is a meeting (a meeting noun, or an abbreviation: COP27, APEC)."""
    if _VENUE_NEXT.match(text, te) is None:
        return []
    countries = [x for x in index.between(c0, ts) if x.kind == "country"]
    return [countries[-1].code] if countries else []


_OWN_LEADER: Final = re.compile(
    r"\b(?:chủ tịch nước|phó chủ tịch nước|thủ tướng chính phủ)\b"
)  # Vietnam's, unnamed
_LEADERS: Final = re.compile(
    r"\b(?:các nhà lãnh đạo|lãnh đạo các nước|các trưởng đoàn|các nguyên thủ|các bộ trưởng)\b"
)
_ATTENDED: Final = re.compile(
    r"\b(?:lãnh đạo|nguyên thủ|đại diện|trưởng đoàn|bộ trưởng)(?: các nước| của)?\s+$"
)


def leaders(doc, low: str, index, s0: int, ts: int) -> list[str]:
    """ "Các nhà lãnh đạo đã thông qua Tuyên bố ...": the states of the leaders of the meeting told before: those
    named after "lãnh đạo" ("với sự tham dự của lãnh đạo Campuchia, Lào và Thái Lan") and the chair's, in the
    sentence that names them (up to four sentences back)."""
    if _LEADERS.search(low, max(s0, ts - 40), ts) is None:
        return []
    k = max(0, next((i for i, s in enumerate(doc.sentences) if s.start == s0), 0))
    for j in range(k - 1, max(-1, k - 5), -1):
        s = doc.sentences[j]
        ms = index.between(s.start, s.end)
        named = [
            x
            for x in ms
            if x.kind == "country" and _ATTENDED.search(low, max(s.start, x.start - 40), x.start) is not None
        ]
        if not named:
            continue
        out: list[str] = ["VNM"] if _OWN_LEADER.search(low, s.start, named[0].start) else []
        first, last_end = named[0], -1
        for x in ms:  # the states named before the attendees (the chair's), then the attendees coordinated
            c = country_of(x.code)
            if x.start < first.start:
                ok = x.kind == "country" or x.kind in _STATE_KINDS and c != x.code
            elif x is first or last_end >= 0 and low[last_end : x.start].strip(" ,") in ("", "và"):
                ok, last_end = x.kind == "country", x.end
            else:
                break
            if ok and c not in out:
                out.append(c)
        return out
    return []


_DECLARATION: Final = re.compile(
    r"\s*(?:bản |các |hai )?((?:tuyên bố(?: chung)?|chương trình hành động|kế hoạch hành động|hiến chương|tầm nhìn"
    r"|chiến lược)\b)",
    re.IGNORECASE,
)


def declaration_name(text: str, te: int) -> str:
    """ "thông qua Tuyên bố Thành phố Hồ Chí Minh về hợp tác ...": the name adopted ("Tuyên bố Thành phố Hồ Chí
    Minh": the noun and the capitalised words after it), or "" when no capitalised word follows the noun."""
    m = _DECLARATION.match(text, te)
    if m is None:
        return ""
    out = [m.group(1)]
    words = text[m.end() : m.end() + 100].split()
    for i, w in enumerate(words):  # (a lower-case word inside the name: "Thành phố Hồ Chí Minh")
        w = w.rstrip(",.;:")
        nxt = words[i + 1] if i + 1 < len(words) and w == words[i] else ""
        if not w or not (w[0].isupper() or w[0].isdigit() or len(out) > 1 and nxt[:1].isupper()):
            break
        out.append(w)
    return " ".join(out) if len(out) >= 2 else ""


_TO: Final = re.compile(r"\b(?:sang|tới|đến|qua|đi)\s+$")
_AT: Final = re.compile(r"\b(?:tại|ở)\s+(?:[^\s,.;:()]+\s+){0,4}\(?$")
_AND: Final = re.compile(r"(?:,|,? và) ")


def destination(low: str, index, te: int, p1: int) -> list[str]:
    """Where a delegation sent goes: the first country after "sang / tới / đến / đi" or after "tại <place> ("
    within its clause ("Cử đoàn ... tham gia Hội chợ ... tại Thượng Hải (Trung Quốc)"), with the countries
    coordinated with it ("đi Ả-rập Xê-út và Ca-ta"), else []."""
    out: list[str] = []
    last = -1
    for x in index.between(te, p1):
        if x.kind != "country":
            continue
        if out:  # (the next name joined by "," or "và" goes there too; anything else ends the list)
            if _AND.fullmatch(low, last, x.start) is None:
                break
        elif not (
            _TO.search(low, max(te, x.start - 12), x.start) or _AT.search(low, max(te, x.start - 50), x.start)
        ):
            continue
        if x.code not in out:
            out.append(x.code)
        last = x.end
    return out


# "Tổng thống Xu-các-nô thăm Hà Nội": a capital (or a city) a visit goes to stands for its country: the names of the
# gazetteer's capitals, municipalities and cities (data/curated_places.tsv; a place it does not name is no party)
CAPITALS: Final = capitals()
_CAPITAL_NAMES: Final = "|".join(sorted(map(re.escape, CAPITALS), key=len, reverse=True))  # longest first
_AFTER_VISIT: Final = re.compile(  # right after "thăm" ("đến thăm", "sang thăm" too)
    r"(?: (?:chính thức|cấp nhà nước|hữu nghị|làm việc))?(?: (?:tại|tới|đến))? ("
    + _CAPITAL_NAMES
    + r")(?![^\W\d_])"
)


# "năm 2012, Tê-hê-ran đăng cai Hội nghị ...": a capital as the host stands for its country (adverbs between)
_BEFORE_HOST: Final = re.compile(
    r"(?<![^\W\d_])("
    + _CAPITAL_NAMES
    + r")(?: (?:đã|từng|sẽ|cũng|lần đầu(?: tiên)?|lần thứ \w+|hai lần|nhiều lần|chính thức|vinh dự)){0,3} $"
)


# "quân đội X tiến vào Bu-đa-pét", "đổ bộ lên Đi-li": a capital troops march into stands for its country (round 27)
_AFTER_MARCH: Final = re.compile(
    r"(?:đổ bộ (?:lên|vào|xuống)|tiến vào|tràn (?:vào|qua|sang)) (" + _CAPITAL_NAMES + r")(?![^\W\d_])"
)
_MARCH_WORDS: Final = ("đổ bộ", "tiến vào", "tràn")
# "Tổ chức Tuần hàng Việt Nam tại Dubai": the city a promotion of ours is held in stands for its country (round 67)
_AFTER_PROMOTION: Final = re.compile(
    r"(?i:tổ chức (?:các |một |hai |nhiều )?"
    + PROMOTION
    + r"[^.;:\n]{0,120}?\b(?:tại|ở) (?:[^\W\d_]+ ){0,5}?(?:thành phố |thủ đô )?)("
    + _CAPITAL_NAMES
    + r")(?![^\W\d_])"
)

# "Ai-len mở Đại sứ quán tại Hà Nội": the capital an embassy or consulate is opened in stands for its country (round 79)
_AFTER_EMBASSY: Final = re.compile(
    r"(?i:s[ứự] quán (?:[^\W\d_]+ ){0,3}?tại (?:thủ đô |thành phố )?)(" + _CAPITAL_NAMES + r")(?![^\W\d_])"
)
_EMBASSY_WORDS: Final = ("sứ quán", "sự quán")


def capital_mentions(text: str) -> list[Mention]:
    """Synthetic country mentions for a capital a visit goes to ("... thăm Hà Nội": VNM) or that hosts ("Tê-hê-ran
    đăng cai ...": IRN); tried only after each "thăm" and before each "đăng cai" (a search for the pattern would
    try it at every position)."""
    out = []
    nxt = 0
    for i in find_all(text, "đăng cai"):
        if i < nxt:
            continue
        nxt = i + 8
        m = _BEFORE_HOST.search(text, max(0, i - 60), i)
        if m is not None:
            out.append(_capital_mention(text, m))
    nxt = 0
    for i in find_all(text, "thăm"):
        if i < nxt:
            continue
        nxt = i + 4
        if i == 0 or not text[i - 1].isalnum():
            m = _AFTER_VISIT.match(text, i + 4)
            if m is not None:
                out.append(_capital_mention(text, m))
    for word in ("tổ chức", "Tổ chức"):
        for i in find_all(text, word):
            m = _AFTER_PROMOTION.match(text, i)
            if m is not None:
                out.append(_capital_mention(text, m))
    for word in _EMBASSY_WORDS:  # (round 79: "mở Đại sứ quán tại Hà Nội")
        for i in find_all(text, word):
            m = _AFTER_EMBASSY.match(text, i)
            if m is not None:
                out.append(_capital_mention(text, m))
    for word in _MARCH_WORDS:
        i = text.find(word)
        while i >= 0:
            m = _AFTER_MARCH.match(text, i)
            if m is not None:
                out.append(_capital_mention(text, m))
            i = text.find(word, i + len(word))
    return out


def _capital_mention(text: str, m: re.Match[str]) -> Mention:
    """The country mention of the capital ``m`` matched as its group 1 (a city of a union since dissolved: the
    union, in its time; events_states_then)."""
    name = m.group(1)
    return Mention(
        m.start(1),
        m.end(1),
        state_then(CAPITALS[name], name, text, m.start(1), m.end(1)),
        "country",
        "anaphora",
    )
