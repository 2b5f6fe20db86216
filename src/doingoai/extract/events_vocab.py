"""Events: checks and roles for the everyday vocabulary of foreign-affairs news (issue 3, twelfth grid; see
docs/decisions.md, "Construction grid, twelfth round").

* "thảo luận", "bàn bạc", "tọa đàm", "tham khảo chính trị" are consultations only when their parties are named:
  as the subject ("Việt Nam và Hàn Quốc tổ chức tọa đàm ...", "hai Bộ trưởng thảo luận ...", resolved as "hai bên")
  or after "với" ("thảo luận với Ngoại trưởng Ô-xtrây-li-a"); a seminar about a relation ("tổ chức tọa đàm về quan
  hệ Việt Nam – Lào") names only its topic.
* "Đà Nẵng là nơi diễn ra Tuần lễ Cấp cao APEC": a Vietnamese city as the venue of a meeting, Vietnam hosts (as a
  foreign venue's country does: :func:`doingoai.extract.events_places.venue`).
* "thăm và làm việc tại X", "là nhà đầu tư lớn nhất tại X": the place after the verb is the partner (a name after
  "tại" / "ở" is otherwise a location, no party).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_clause import clause, groups_of_clause
from doingoai.extract.events_places import _VENUE_NEXT  # (a meeting after the verb)

DISCUSS: Final = frozenset({"consult_discuss", "consult_meet_each", "consult_had_meeting"})
CLASH: Final = frozenset({"conflict_clash"})
# placed only when their parties are named as :func:`parties_named` says
# aid that a school or a company gives (or receives) is no state's: checked by :func:`private_party`
PRIVATE_AID: Final = frozenset({"aid_supply", "aid_scholarship", "aid_training", "aid_students"})
CHECKED: Final = DISCUSS | CLASH | PRIVATE_AID | {"trade", "invest", "aid_goods", "trade_grow"}
# the head noun of a subject that is a private group, not its state ("doanh nghiệp Việt Nam đầu tư ...", "các chuyên
# gia Việt Nam và Thái Lan thảo luận ...", "Trường Đại học Bách khoa tiếp nhận 50 sinh viên Nhật Bản ...")
_SUBJECT_OPEN: Final = (
    r"\s*(?:và |còn |đồng thời |theo đó |trong đó )?(?:các |những |nhiều |một số |một |mỗi |cả )?"
)
_FIRMS: Final = r"công ty|doanh nghiệp|tập đoàn|nhà trường|trường|đại học|bệnh viện"
_PEOPLE: Final = r"|nông dân|chuyên gia|học giả|sinh viên|người dân"
_PRIVATE_SUBJECT: Final = re.compile(_SUBJECT_OPEN + r"(?:" + _FIRMS + _PEOPLE + r")\b")
_FIRM_SUBJECT: Final = re.compile(
    _SUBJECT_OPEN + r"(?:" + _FIRMS + r")\b"
)  # a giver of aid (students receive it)
# a receiver or giver that is a market, a company or a school: "cho thị trường Lào", "cho Công ty Cổ phần ABC",
# "nhận học bổng của Đại học Harvard (Mỹ)"
_PRIVATE_OTHER: Final = re.compile(
    r"\b(?:cho|của) (?:các |những |một số |một )?(?:thị trường|công ty|doanh nghiệp|tập đoàn|nhà trường|trường"
    r"|đại học|bệnh viện)\b"
)
_SEGMENT_END: Final = re.compile(r"[,;:.()]")
_POLICE: Final = re.compile(_SUBJECT_OPEN + r"(?:cảnh sát|công an|lực lượng cảnh sát)\b")
# a person (not a state nor an armed force) fired at: "vào một người di cư", "vào người biểu tình", "vào dân thường"
_PERSON_TARGET: Final = re.compile(
    r"\bvào (?:một |hai |các |những |nhiều |đám |nhóm )?(?:người|dân thường|thường dân|ngư dân|học sinh|nghi phạm"
    r"|đối tượng|phóng viên|nhà báo)\b"
)


def private_subject(low: str, s0: int, ts: int, heads: re.Pattern = _PRIVATE_SUBJECT) -> bool:
    """Is the subject of the verb at ``ts`` (the words after the last comma before it) headed by a private group's noun
    (a company, a school, a hospital, farmers, experts, students, the people)? A state's act is told with the
    country or its government as subject."""
    lo = max(s0, ts - 100)
    for m in _SEGMENT_END.finditer(low, lo, ts):
        lo = m.end()
    return heads.match(low, lo) is not None


def private_party(low: str, s0: int, s1: int, ts: int, te: int) -> bool:
    """Is aid at ``[ts, te)`` a school's or a company's (its subject), or given to a market or a company, or given by
    a school ("của Đại học Harvard") in the words after the verb up to the clause's end?"""
    if private_subject(low, s0, ts, _FIRM_SUBJECT):
        return True
    end = min(s1, te + 80)
    m = _SEGMENT_END.search(low, te, end)
    return _PRIVATE_OTHER.search(low, te, m.start() if m else end) is not None


# the receiving verb before the goods received: "nhận được thêm 2 triệu liều", "tiếp nhận 50 máy thở"
_RECEIVED_GOODS: Final = re.compile(
    r"\b(?:tiếp nhận|nhận được|đã nhận)(?: thêm)?(?: (?:hơn|gần|khoảng|trên|tổng cộng|các|những|nhiều|một|lô|số|[\d.,]+"
    r"|triệu|nghìn|vạn|trăm|tấn|liều|chiếc|bộ|lô hàng|chuyến hàng))* $"
)
_GIVER: Final = re.compile(r"[^,.;:()]{0,40}?\b(?:từ|của) ")
# between a trader and its verb: aspect and modal words only ("Việt Nam chưa xuất khẩu ...", not "... của Ý khi nhập
# khẩu ...")
_ASPECT_GAP: Final = re.compile(
    r"(?:\s+(?:đã|đang|sẽ|chưa|không|vẫn|tiếp tục|cũng|còn|chủ yếu|hiện|mới|từng|đều|chính thức|lần đầu|tăng cường"
    r"|đẩy mạnh|mỗi năm|hằng năm|hàng năm))*\s*"
)
# triggers that end with their place word ("... tại"), the country right after them being their partner, and the
# discussions whose subject names both parties
PLACE_OBJECT: Final = frozenset(
    {
        "visit_work",
        "visit_trip",
        "invest_standing",
        "consult_discuss",
        "trade",
        "conflict_clash",
        "visit_delegation",
        "cooperate_present",  # (round 119) "UNICEF có mặt tại Việt Nam từ năm 1975"
    }
)
_ONE_SIDE: Final = frozenset({"VNM", "CPV"})
# subject-first triggers whose pair of parties may stand further into the subject than a relation's
PAIR_SUBJECT: Final = frozenset({"trade_reached"})


def _codes(g) -> set[str]:
    return {c for code in g.codes for c in code.split("|")}


def parties_named(ctx, text: str, index, h, s0: int, s1: int) -> bool:
    """May the trigger ``h`` (a name of ``CHECKED``) count (``text`` lower-cased, as the drafts read it: the clause's
    mention groups are cached for them)? A discussion needs its parties
    (:func:`discussed_by_parties`); an armed clash two sides named in its clause; trade and investment a country as
    their subject right before the verb ("Việt Nam (chưa) xuất khẩu gạo sang ...", not "một công ty ... khi nhập khẩu
    thịt bò từ Pháp sang Ý", nor the appraisal "đầu tư của X vào Y chưa tương xứng ..."). None of them (but a clash)
    counts when its subject is a private group with its country ("doanh nghiệp Việt Nam đầu tư 2 tỷ USD vào Lào",
    "nông dân Việt Nam xuất khẩu gạo": :func:`private_subject`; a state's investment is told with the country as
    subject); nor aid given by a school or a company, or to a market (:func:`private_party`)."""
    if h.trigger.name in PRIVATE_AID:
        return not private_party(text, s0, s1, h.start, h.end)
    if h.trigger.name not in CLASH and private_subject(text, s0, h.start):
        return False  # "doanh nghiệp Việt Nam đầu tư ...", "các chuyên gia Việt Nam và Thái Lan thảo luận"
    if h.trigger.name in DISCUSS or h.trigger.name == "trade_grow":  # (trade grown: its two parties named)
        return discussed_by_parties(ctx, text, index, h.start, h.end, s0, s1)
    c0, c1 = clause(text, s0, s1, h.start)
    gs = groups_of_clause(ctx, text, index, c0, c1)
    if h.trigger.name == "aid_goods":  # "nhận được 5 triệu liều vắc-xin": only goods received
        return (  # (and given "từ / của X": "... do Pháp trao tặng" is the giving verb's own event)
            _RECEIVED_GOODS.search(text, max(s0, h.start - 60), h.start) is not None
            and _GIVER.match(text, h.end, s1) is not None
        )
    if h.trigger.name in CLASH:  # "cảnh sát Pháp đụng độ với người biểu tình": one side is no armed conflict
        if private_subject(text, s0, h.start, _POLICE):
            return False  # "cảnh sát Mỹ nổ súng vào ...": police fire on people, not a state on a state
        sides = {
            c
            for g in gs
            if g.marker in ("", "với", "giữa", "vào", "của")
            and not (g.marker == "vào" and _PERSON_TARGET.search(text, g.marker_pos, g.start))
            for c in _codes(g)
        }  # ("nổ súng vào một người di cư Mê-hi-cô": a person shot at is no side)
        return len(sides) >= 2
    before = [g for g in gs if g.end <= h.start]
    return (
        bool(before)
        and before[-1].marker == ""
        and "country" in before[-1].kinds
        and _ASPECT_GAP.fullmatch(text, before[-1].end, h.start) is not None
    )


def discussed_by_parties(ctx, text: str, index, hs: int, he: int, s0: int, s1: int) -> bool:
    """Are the parties of a discussion at ``[hs, he)`` named: its subject (names with no marker word before the
    trigger) and its "với" partners after it, two parties at least, not Vietnam alone; or, with no subject (Vietnam
    unstated), a partner after "với"?"""
    c0, c1 = clause(text, s0, s1, hs)
    subject: set[str] = set()
    partners: set[str] = set()
    for g in groups_of_clause(ctx, text, index, c0, c1):
        if g.end <= hs and g.marker in ("", "giữa") and hs - g.end <= 60:
            subject |= _codes(g)
        elif g.start >= he and g.marker in ("với", "giữa") and g.marker_pos - he <= 30:
            partners |= _codes(g)
    parties = subject | partners
    if not parties or parties <= _ONE_SIDE:
        return False
    return len(parties) >= 2 or not subject and bool(partners)


def place_object(
    name: str, index, pre: list, post: list, ts: int, te: int, actors: list[str], recips: list[str]
) -> tuple[list[str], list[str]]:
    """The roles a trigger leaves to its place word, its subject or a "giữa" phrase: the country named right after
    "thăm và làm việc tại" / "là nhà đầu tư lớn nhất tại"; for a discussion, the other names of its subject ("Bộ
    trưởng Ngoại giao Việt Nam và Ngoại trưởng Ô-xtrây-li-a thảo luận": titles keep the two names apart as groups);
    for an import, the country it comes from ("nhập khẩu than đá từ Ô-xtrây-li-a"); for a clash with no subject,
    the sides after "giữa" ("chiến sự giữa Nga và U-crai-na")."""
    if recips and actors:
        return actors, recips
    if name in CLASH:
        sides = [c for g in post[:1] if g.marker == "giữa" and g.marker_pos - te <= 3 for c in g.codes]
        return (sides[:1], sides[1:]) if not actors and len(sides) >= 2 else (actors, recips)
    if recips:
        return actors, recips
    nxt = index.between(te, te + 80)
    if nxt and nxt[0].start - te <= 2 and nxt[0].kind == "country":
        found = [nxt[0].code]
    elif name == "trade":
        found = [c for g in post[:2] if g.marker == "từ" and g.marker_pos - te <= 50 for c in g.codes][:1]
    elif name in DISCUSS:
        found = [c for g in pre if g.marker == "" and ts - g.start <= 100 for c in g.codes]
    else:
        found = []
    return actors, [c for c in found if c not in actors]


def pair_in_subject(inner: list, ts: int) -> tuple[list[str], list[str]] | None:
    """ "kim ngạch thương mại hai chiều Việt Nam – Trung Quốc đạt ...", "... giữa hai nước": the first group of two
    parties or more in the subject (within 80 characters of its start): the first acts, the others receive; None when
    the subject names no such pair."""
    for g in inner:
        codes = [c for code in g.codes for c in code.split("|")]
        if len(codes) >= 2 and g.start - ts <= 80 and g.marker in ("", "giữa", "của"):
            return codes[:1], codes[1:]
    # "xuất khẩu của Việt Nam sang Mỹ đạt ...": the exporter after "của", the partner after "sang / từ / với"
    own = [c for g in inner[:1] if g.marker == "của" for c in g.codes]
    other = [
        c for g in inner[1:2] if g.marker in ("sang", "từ", "với", "vào") for c in g.codes if c not in own
    ]
    return (own, other) if own and other else None


# a Vietnamese city that opens the subject of "là nơi diễn ra ..." (the cities of the "host_here" trigger)
_HOME_CITY: Final = re.compile(
    r"(?:^|[,:]\s*|\s)(?:thủ đô |thành phố |tp\.? ?)?(?:Hà Nội|TP\.? ?Hồ Chí Minh|Thành phố Hồ Chí Minh|Đà Nẵng|Hải Phòng|Huế"
    r"|Nha Trang|Hạ Long|Cần Thơ|Hội An|Quảng Ninh|Phú Quốc)(?: của Việt Nam)?\s+(?:đã |cũng |từng |sẽ )?$",
    re.IGNORECASE,
)


def home_venue(text: str, c0: int, ts: int, te: int) -> list[str]:
    """ "Năm 2017, Đà Nẵng là nơi diễn ra Tuần lễ Cấp cao APEC": Vietnam hosts a meeting held in one of its cities
    (``events_places.venue`` needs a country in the subject; a Vietnamese city names none)."""
    if _HOME_CITY.search(text, max(c0, ts - 60), ts) is None:
        return []
    if _VENUE_NEXT.match(text, te) is None and _VENUE_NEXT.match(text[te : te + 40].lower()) is None:
        return []  # ("Tuần lễ Cấp cao APEC": the meeting nouns are matched lower-cased, the abbreviations as written)
    return ["VNM"]


def meeting_org_after(index, te: int) -> list[str]:
    """ "... là nơi diễn ra Tuần lễ Cấp cao APEC": the organisation named in the meeting's name right after the verb."""
    for m in index.between(te, te + 60):
        if m.kind in ("organisation", "body"):
            return [m.code]
    return []


# between the founders and the verb only aspect words: "bảy nước ... gồm A, B và C đã lập ra SAARC"; or the
# founding text they signed or adopted, with their unnamed partners (round 27): "A cùng các nước láng giềng ký Hiệp
# ước thành lập SADC", "A, B và C ký văn kiện thành lập GCC", "thông qua tuyên bố thành lập SADCC"
_FOUNDERS_GAP: Final = re.compile(
    r"(?:\s+(?:đã|cùng|cùng nhau|chính thức|đồng|quyết định|nhất trí))*"
    r"(?:\s+cùng(?: với)? (?:các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín) (?:nước|quốc gia)(?: láng giềng| khác)?"
    r"(?:\s+(?:đã|cùng nhau))*)?"
    r"(?:\s+(?:ký(?: kết)?|thông qua) (?:bản |các )?(?:văn kiện|hiệp ước|hiến chương|tuyên bố|hiệp định|công ước))?\s+"
)
_FOUNDER_KINDS: Final = ("country", "person", "party")


def founders_named(index, low: str, s0: int, ts: int, te: int, text: str = "") -> bool:
    """ "Năm 1967, In-đô-nê-xi-a, ... và Thái Lan thành lập ASEAN": an organisation right after the verb and a state
    right before it (only aspect words between); "kỷ niệm ngày thành lập ASEAN", "Liên Hợp Quốc thành lập Hội đồng
    Nhân quyền" (a body) and "thành lập Ủy ban hỗn hợp" tell no founding. Nor does an organisation's name that is
    the start of a longer name ("thành lập ASEAN Foundation": a capitalised word right after it, checked on
    ``text``), nor a state inside a group's noun phrase ("Các nhà khoa học Việt Nam thành lập ...")."""
    nxt = index.between(te, te + 80)
    # "thành lập Cộng đồng Phát triển Nam Phi (SADC)": a name the gazetteer lacks, then its abbreviation (round 27)
    if nxt and nxt[0].start - te > 2 and text:
        nxt = [m for m in nxt if _NAME_THEN_SHORT.fullmatch(text, te, m.start)][:1] or nxt
    if not nxt or nxt[0].start - te > 2 and not text.startswith("(", nxt[0].start - 1):
        return False
    if nxt[0].kind != "organisation":
        return False
    longer = _LONGER_NAME.match(text, nxt[0].end) if text else None
    if longer is not None and text[longer.end()].isupper():
        return False  # "ASEAN Foundation", "APEC Business Advisory Council"
    before = index.between(max(s0, ts - 60), ts)
    return (
        bool(before)
        and before[-1].kind in _FOUNDER_KINDS
        and _FOUNDERS_GAP.fullmatch(low, before[-1].end, ts) is not None
        and not private_subject(low, s0, before[-1].start, _GROUP_SUBJECT)
    )


# a name of a few words, then its abbreviation in brackets (round 27)
_NAME_THEN_SHORT: Final = re.compile(r" (?:[^\W\d_][\w-]*[ \u00a0]){1,12}\(")
# a capitalised word right after a name: the name goes on ("ASEAN Foundation", "SAARC Development Fund")
_LONGER_NAME: Final = re.compile(r"[ \u00a0]+(?=[^\W\d_])")
# a group's noun heading a subject that holds a state's name ("các nhà khoa học Việt Nam", "doanh nghiệp Nhật
# Bản", "sinh viên Lào"): the group acts, not the state ("các nhà lãnh đạo năm nước" are the states' own)
_GROUP_SUBJECT: Final = re.compile(
    _SUBJECT_OPEN
    + r"(?:nhà (?!lãnh đạo|nước\b|cầm quyền|chức trách)[^\W\d_]+|"
    + _FIRMS
    + _PEOPLE
    + r"|nhân viên|thanh niên|trí thức|kiều bào|du học sinh|nghệ sĩ|vận động viên|nhóm|giới|cộng đồng|hội)\b"
)


def meeting_sides(text: str, post: list, te: int) -> list[str]:
    """The sides of a meeting or a negotiation named right after it with "giữa" ("cuộc hội đàm giữa các phái đoàn
    quân sự của Nga, U-crai-na, Thổ Nhĩ Kỳ và Liên hợp quốc"), as for a clash: the first acts, the others receive."""
    if not post or post[0].start - te > 60 or post[0].marker not in ("giữa", "của"):
        return []
    between = text.find("giữa", te, post[0].start)
    return list(post[0].codes) if 0 <= between - te <= 3 else []
