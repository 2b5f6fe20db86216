"""Clause shapes of the events stage from the tenth construction grid (see docs/decisions.md, "Construction grid,
tenth round"). Used by :func:`doingoai.extract.events_draft.draft_event` and :func:`events.find_events`.

* a fronted predicate whose subject follows the comma ("Là một trong sáu nước sáng lập Cộng đồng Kinh tế châu Âu
  năm 1957, nước này ..."): :func:`fronted_comma`, :func:`fronted_roles`;
* a celebration organised with the partner is relations: :func:`joint_celebration`;
* a candidacy (a planned election): its roles (:func:`candidacy_roles`), the poll's date told later in the sentence
  (:func:`poll_date`), dropped when the sentence tells the outcome (:func:`outcome_told`);
* "Quốc hội" named alone is Vietnam's National Assembly: :func:`own_parliament`;
* a role denied ("không phải là ..."), held now ("năm nay", "hiện"), sought (a candidacy): :func:`role_status`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from doingoai.extract.events_held_with import other_anniversary
from doingoai.extract.events_no_event import first_task_end
from doingoai.extract.events_roles import VNM, MentionIndex, groups
from doingoai.extract.members import members
from doingoai.model import EventKind, Status

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
ST = members(Status)  # (plain attribute reads: see extract/members.py)

# a clause opening on its predicate: "Là (một trong) ...", "Vốn là ...", "Từng là ...", "Cũng là ..."
_FRONTED: Final = re.compile(r"\s*(?:[-+•–]\s*)?(?:vốn |từng |cũng |đồng thời )?là\s")
# a fronted "khi" clause with no subject of its own: "Từ khi gia nhập WTO năm 2007, nước ta ...", "Sau khi rời
# NATO, Pháp ..." (the verb right after "khi"; its subject is the main clause's, after the comma)
_WHEN_BARE: Final = re.compile(
    r"\s*(?:[-+•–]\s*)?(?:ngay |ngay sau |sau |trước |(?:kể )?từ )khi (?:đã |vừa |mới )?"
)
# (round 54) a fronted span of the act with no subject of its own: "Sau gần bốn năm đàm phán tại La Habana ..., Chính
# phủ Cô-lôm-bi-a và FARC đã ký ...": the negotiators are the main clause's subject, after the comma
_SPAN_BARE: Final = re.compile(
    r"\s*(?:[-+•–]\s*)?(?:sau|trải qua)\s+(?:(?:hơn|gần|khoảng|chừng|nhiều|vài|\d+|một|hai|ba|bốn|năm|sáu|bảy|tám"
    r"|chín|mười)\s+)+(?:năm|tháng|tuần|ngày|vòng|cuộc|lần)\s+"
)
# (round 54) a state's organ or leader before its name: "..., Chính phủ Cô-lôm-bi-a và FARC đã ký ..."
_HEAD: Final = re.compile(
    r"\s*(?:chính phủ|chính quyền|nhà nước|quân đội|quốc hội|tổng thống|thủ tướng|lãnh đạo)\s+"
)
_LIST_ON: Final = re.compile(r"\s*(?:,|và\b|cùng\b|hoặc\b)")


def fronted_comma(text: str, index: MentionIndex, c0: int, c1: int, ts: int = -1) -> int:
    """Where the comma ending a fronted predicate stands ("Là thành viên sáng lập ASEAN, Thái Lan ..."), when the
    clause ``[c0, c1)`` opens on "là" (or on a subject-less "sau khi / từ khi" whose verb is the trigger at ``ts``)
    and a name opens the clause after its first comma
    (its subject); else -1. Only the first comma after the opening counts, and only when it is before ``c1``."""
    when = False
    if not _FRONTED.match(text, c0):
        if text.find("khi ", c0, c0 + 24) >= 0:
            w = _WHEN_BARE.match(text, c0)
        elif text.find(" ", c0, ts) >= 0 and (
            text.startswith("sau ", c0) or text.startswith("trải qua ", c0)
        ):
            w = _SPAN_BARE.match(text, c0)
        else:
            return -1  # (a C-level scan first: most clauses open on no "khi")
        if w is None or w.end() != ts:
            return -1
        when = True
    k = text.find(",", c0, c1)
    if k < 0:
        return -1
    nxt = index.between(k + 1, min(c1, k + 60))
    if not nxt or (text[k + 1 : nxt[0].start].strip() and not _HEAD.fullmatch(text, k + 1, nxt[0].start)):
        return -1  # no name right after the comma: not the main clause's subject
    if when and _LIST_ON.match(text, nxt[0].end) and not _closed_list(text, index, ts, k):
        return -1  # "Sau khi thăm Lào, Cam-pu-chia và Thái Lan, ...": the list of the clause goes on
    return k


_AND_JOINED: Final = re.compile(r"\s*(?:và|cùng)\s*")


def _closed_list(text: str, index: MentionIndex, ts: int, k: int) -> bool:
    """Do the names before the comma ``k`` end on "A và B" (round 54: "với sự bảo lãnh của Cu-ba và Na Uy, Chính phủ
    Cô-lôm-bi-a ..."): that list is closed, the name after the comma opens the main clause."""
    before = index.between(ts, k)
    return (
        len(before) >= 2
        and not text[before[-1].end : k].strip(" )")
        and _AND_JOINED.fullmatch(text, before[-2].end, before[-1].start) is not None
    )


def fronted_roles(text: str, index: MentionIndex, te: int, k: int, c1: int) -> tuple[list, list]:
    """The subject and objects of a trigger inside a fronted predicate ending at the comma ``k``: the subject is
    the first name after the comma (the main clause's), the objects are the names after the trigger before the
    comma."""
    after = groups(text, index.between(k + 1, c1), k + 1, c1)
    subject = [after[0]] if after and after[0].marker == "" else []
    return subject, groups(text, index.between(te, k), te, k)


_CELEBRATE: Final = re.compile(r"\b(?:kỷ niệm|giao lưu hữu nghị|năm hữu nghị|năm đoàn kết)\b")


def joint_celebration(text: str, index: MentionIndex, te: int, c1: int) -> bool:
    """ "phối hợp với phía bạn tổ chức các hoạt động kỷ niệm ...": a celebration of the relations held with the
    partner (its first task, up to the first ", " or "và" after the partner's names) is a relations event, as a
    celebration held is (docs/decisions.md, "kỷ niệm")."""
    tail = text[te:c1]
    end = first_task_end(text, index, te, tail)
    m = _CELEBRATE.search(tail, 0, end if end >= 0 else len(tail))
    # an anniversary of a birth, an opening, a signing ... held together is cooperation (events_held_with)
    return m is not None and not other_anniversary(tail, m.end())


_POLL: Final = re.compile(
    r"\b(?:cuộc )?bầu cử\b[^.;:!?\n]{0,40}?\b(?:diễn ra|được tổ chức|tổ chức|tiến hành)\b(?: vào| trong)?"
)


def poll_date(ctx, text: str, te: int, s1: int) -> str:
    """ "ứng cử ... nhiệm kỳ 2020 – 2021; cuộc bầu cử dự kiến diễn ra vào tháng 6/2019": the date of the election
    told later in the sentence (the term is not when it is held), else ""."""
    if text.find("bầu cử", te, s1) < 0:
        return ""
    m = _POLL.search(text, te, s1)
    if m is None:
        return ""
    ds = ctx.dates_in(m.end(), min(s1, m.end() + 30))
    return ds[0].value if ds else ""


# "Quốc hội" named without a country (not "Quốc hội Nhật Bản"): in Vietnamese writing, Vietnam's National Assembly
_OWN_PARLIAMENT: Final = re.compile(
    r"\bQuốc hội\b(?! (?:[A-ZĐÀ-Ỹ]|nước (?!ta\b)|các\b|hai\b))|\bquốc hội (?:ta|nước ta)\b"
)


_NAMED_PARLIAMENT: Final = re.compile(r"\bQuốc hội (?:nước )?(?=[A-ZĐÀ-Ỹ])")
_PARLIAMENT_REACH: Final = 600  # how far back a named assembly ("Quốc hội Mỹ") sets the assembly meant


def own_parliament(doc, c0: int, ts: int) -> bool:
    """Does a bare "Quốc hội" (Vietnam's) stand before the trigger at ``ts`` in its clause ("Hiệp định sẽ được trình
    Quốc hội xem xét phê chuẩn", "Quốc hội sẽ phê chuẩn Hiệp định")? Not when the last assembly named before it is a
    foreign one ("Quốc hội Mỹ thông qua Hiệp định. Sau khi Quốc hội phê chuẩn ..."), nor when the same or the
    previous sentence names a foreign country and not Vietnam (the story is told of that country)."""
    text = doc.text
    if text.find("uốc hội", c0, ts) < 0 or _OWN_PARLIAMENT.search(text, c0, ts) is None:
        return False
    starts = [s.start for s in doc.sentences]
    i = bisect_right(starts, ts) - 1
    s0 = doc.sentences[i - 1].start if i >= 1 else (doc.sentences[i].start if i == 0 else c0)
    lo = min(s0, max(0, c0 - _PARLIAMENT_REACH))
    countries = {m.start: m.code for m in doc.mentions if m.kind == "country" and lo <= m.start < ts}
    named = [countries.get(m.end(), "") for m in _NAMED_PARLIAMENT.finditer(text, lo, ts)]
    named = [c for c in named if c]
    if named and named[-1] != VNM:
        return False  # the last assembly named is a foreign one
    codes = {c for p, c in countries.items() if p >= s0}
    return not codes or VNM in codes


def outcome_told(drafts: list) -> list:
    """Drop a planned election (a candidacy: "ủng hộ Việt Nam ứng cử ..., và ngày 7/6/2019 Việt Nam trúng cử ...")
    whose outcome the same sentence tells for the same candidate and body: the result is the event."""
    told = {
        (d.sentence, a, r)
        for d in drafts
        if d.kind is K.MEMBERSHIP_ELECT and d.status is not ST.PLANNED
        for a in d.actors
        for r in d.recipients
    }
    if not told:
        return drafts
    return [
        d
        for d in drafts
        if not (
            d.kind is K.MEMBERSHIP_ELECT
            and d.status is ST.PLANNED
            and any((d.sentence, a, r) in told for a in d.actors for r in d.recipients)
        )
    ]


# "Nhật Bản không phải là (một trong năm) nước sáng lập ASEAN", "chưa phải là Đối tác chiến lược": a role denied
_NOT_BE: Final = re.compile(r"\b(?:không|chưa|chẳng) phải là\b[^,;:]{0,40}$")
ROLE_KINDS: Final = frozenset(
    {
        EventKind.MEMBERSHIP_JOIN,
        EventKind.MEMBERSHIP_ELECT,
        EventKind.RELATIONS,
        EventKind.RELATIONS_UPGRADE,
        EventKind.COOPERATE,
        EventKind.CHAIR,
    }
)


_NOW: Final = re.compile(r"\b(?:năm nay|hiện nay|hiện|hiện đang|đương nhiệm)\b")  # the time of writing


def role_status(text: str, kind: EventKind, trigger: str, status: Status, c0: int, ts: int) -> Status:
    """The status of a role: denied of its subject ("X không phải là thành viên sáng lập ...": negated), held at the
    time of writing ("Năm nay, Việt Nam đảm nhiệm cương vị Chủ tịch ASEAN": ongoing), sought by a candidate (the
    election is to come: planned)."""
    if status is ST.NEGATED or kind not in ROLE_KINDS:
        return status
    lo = max(c0, ts - 60)
    if text.find("phải là", lo, ts) >= 0 and _NOT_BE.search(text, lo, ts) is not None:
        return ST.NEGATED
    if trigger == "candidacy":
        return ST.PLANNED
    if kind is K.CHAIR and status is ST.OCCURRED and _NOW.search(text, c0, ts):
        return ST.ONGOING
    return status


def candidacy_roles(
    groups: list, post: list, ts: int, te: int, actors: list[str]
) -> tuple[list[str], list[str]]:
    """A candidacy's roles: the candidate is the name right before it ("Nga ủng hộ Việt Nam ứng cử ...": not who
    supports it; "vận động cho Ấn Độ ứng cử"), the seat the body after it ("ứng viên của ASEAN cho ghế Ủy viên ...
    Hội đồng Bảo an": the group naming the candidate is none)."""
    seats = [g for g in post if g.marker != "của" and set(g.kinds) <= {"organisation", "body"}]
    named = [g for g in groups if g.end <= ts and ts - g.end <= 12 and g.marker in ("", "cho")]
    return (
        list(named[-1].codes) if named else actors,
        list(seats[0].codes) if seats and seats[0].start - te <= 100 else [],
    )
