"""The roles and checks of round 23's triggers (:mod:`doingoai.extract.trigger_acts`; docs/decisions.md, Events,
round 23): an appointment to an organisation's office, a chair handed over, a delegation received or invited, and
a result a nominal support led to ("Sự ủng hộ của X góp phần để Việt Nam trúng cử": the election happened).
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_experts_invited import invited_roles
from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.extract.places import VNM
from doingoai.extract.rx_boundary import WORD_START

# an envoy's post is a state's own appointment, not an office of the organisation it is sent to ("bổ nhiệm ông X làm
# Đại sứ, Trưởng Phái đoàn thường trực Việt Nam tại LHQ"), nor a domestic office
_ENVOY: Final = re.compile(
    r"\b(?:đại sứ|đại biện|tổng lãnh sự|lãnh sự|trưởng phái đoàn|đại diện thường trực|tùy viên|bộ trưởng|thứ trưởng"
    r"|giám đốc sở|chủ tịch ủy ban nhân dân|thẩm phán tòa án nhân dân)\b"
)
_CO_HOSTED: Final = re.compile(r"\b(?:phối hợp|cùng với|hợp tác với)\b")
_FOR: Final = re.compile(r"\s(?:cho|sang cho|lại cho)\s")


def office_org(index: Any, low: str, ts: int, te: int, s0: int, s1: int) -> bool:
    """May the appointment at ``[ts, te)`` be to an organisation's office: an organisation or body named in its
    sentence, and no envoy's or domestic post named after the verb?"""
    if _ENVOY.search(low, te, min(s1, te + 80)) is not None:
        return False
    return any(m.kind in ORG_KINDS for m in index.between(s0, s1))


_NOMINEE_GAP: Final = 40  # "đề cử ông Daren Tang (Xinh-ga-po)": the appointee's state right after the verb


def appointment_roles(
    low: str, index: Any, groups: list, s0: int, ts: int, te: int, c1: int
) -> tuple[list[str], list[str]] | None:
    """(the appointee's state, the organisation) of "ORG bổ nhiệm / đề cử ông X (nước) vào chức ...", "Được A đề cử,
    bà được ORG bổ nhiệm": the state in a bracket or a nationality word next to the nominee (after the verb; before
    "được" in the passive), the organisation inside the office phrase ("làm / vào chức / giữ ...") or the one that
    appoints (its subject, the passive's agent); None when either is missing, for a nomination told in the passive
    (the appointment told next is the event), or for a state nominating a candidate ("Việt Nam đề cử ứng viên
    vào ...": a candidacy, review of round 23, 4)."""
    passive = low.find("được", max(s0, ts - 50), te) >= 0
    if low.startswith("đề cử", te - 5) and passive:
        return None
    comma = low.find(",", te, c1)
    office_end = comma if comma >= 0 else c1
    subject = next((g for g in reversed(groups) if g.end <= ts), None)
    if subject is not None and (ts - subject.end > 3 or low.find(",", subject.end, ts) >= 0):
        subject = None  # (only a name right before the verb is its subject: "Liên hợp quốc bổ nhiệm")
    if not passive and "đề cử" in low[ts:te] and subject is not None and "country" in subject.kinds:
        return None  # a state nominating: a candidacy, not an election
    orgs = [
        c
        for g in groups
        if (te <= g.start and g.end <= office_end or g is subject or passive and ts - 40 <= g.start < ts)
        for c, k in zip(g.codes, g.kinds, strict=False)
        if k in ORG_KINDS
    ]
    after = [
        c
        for g in groups
        if te <= g.start <= te + _NOMINEE_GAP and g.end <= c1 and "," not in low[te : g.start]
        for c, k in zip(g.codes, g.kinds, strict=False)
        if k == "country"
    ]
    # (in the passive, a nationality before "được" within the clause, or the state that nominated: "Được Ni-giê-ri-a
    # đề cử tháng 6/2020, bà được Đại hội đồng WTO bổ nhiệm")
    before = (
        [
            m.code
            for m in index.between(s0, ts)
            if m.kind == "country"
            and (ts - m.end <= 80 and "," not in low[m.end : ts] or low.startswith(" đề cử", m.end))
        ]
        if passive
        else []
    )
    state = after[:1] or before[-1:]
    if not orgs or not state:
        return None
    return state, orgs[:1]


def handover_roles(low: str, groups: list, te: int, c1: int) -> tuple[list[str], list[str]] | None:
    """(who receives the chair, the organisation) of "chuyển giao vai trò Chủ tịch ORG ... cho X", or None; the
    organisation is left out when the sentence names none ("chuyển giao chức Chủ tịch luân phiên cho Ba Lan")."""
    m = _FOR.search(low, te, c1)
    if m is None:
        return None
    orgs = [
        c
        for g in groups
        if te <= g.start < m.start()
        for c, k in zip(g.codes, g.kinds, strict=False)
        if k in ORG_KINDS
    ]
    taker = next((g for g in groups if g.start >= m.end() - 1 and g.end <= c1), None)
    if taker is None:
        return None
    return list(taker.codes), orgs[:1]  # (no organisation named: the one in play, events_unstated)


# the delegation's coming after its name: "đón đoàn X sang khảo sát và làm việc với Y" (Y met, not a visitor)
_CAME: Final = re.compile(r"(?<![^\W\d_])(?:sang|đến|tới)(?![^\W\d_])")


def _came_by(low: str, te: int, p1: int) -> int:
    """Where the delegation named after ``te`` ends: at its travel verb ("sang", "đến"), else ``p1``."""
    m = _CAME.search(low, te, p1)
    return m.start() if m is not None else p1


def received_roles(index: Any, groups: list, ts: int, te: int, p1: int) -> tuple[list[str], list[str]] | None:
    """(the visitors, their hosts) of "đón đoàn Đại sứ các nước X", "mời đoàn lãnh đạo tỉnh Y (X) sang dự": the
    states and organisations named in the delegation after the verb visit whoever receives them (the subject named
    before, else Vietnam, as for aid: the writer's side receives); None when the delegation names no one."""
    named = [m.code for m in index.between(te, p1) if m.kind in ("country", "organisation", "collective")]
    # (a delegation's group may open on "đoàn", inside the trigger: "đón | đoàn đại biểu tỉnh X")
    visitors = list(
        dict.fromkeys([c for g in groups if g.end > te and g.start < p1 for c in g.codes] + named)
    )
    if len(visitors) > 1 and VNM in visitors:
        visitors.remove(VNM)  # ("đón một đoàn cấp cao của phía bạn sang thăm Việt Nam": the destination)
    if not visitors:
        return None
    hosts = [c for g in groups if g.end <= ts and g.marker == "" for c in g.codes if c not in visitors]
    return visitors, hosts[-1:] or ([VNM] if VNM not in visitors else [])


# "Sự ủng hộ của các nước láng giềng góp phần để Việt Nam trúng cử": a nominal support and what it led to
_LED_TO: Final = re.compile(
    r"\b(?:góp phần|giúp|tạo điều kiện|là cơ sở|là yếu tố)\b(?:\s+(?:quan trọng|to lớn|lớn))?\s+(?:để|cho)?"
)


def support_led_to(low: str, prev: int, ts: int) -> bool:
    """Is the causative word at ``prev`` a noun ("sự ủng hộ") whose result, told before the trigger at ``ts``
    ("góp phần để X trúng cử"), is a fact, not an act asked for?"""
    return low.endswith("sự ", max(0, prev - 3), prev) and _LED_TO.search(low, prev, ts) is not None


def act_roles(
    name: str,
    low: str,
    index: Any,
    groups: list,
    s0: int,
    span: tuple[int, int, int, int],
    actors: list[str],
    recips: list[str],
) -> tuple[list[str], list[str]] | None:
    """The roles of a round-23 trigger named ``name`` (the others' unchanged), or None: no event. ``span`` is
    (trigger start, trigger end, end of its objects, end of its clause)."""
    ts, te, p1, c1 = span
    if name == "appoint":
        return appointment_roles(low, index, groups, s0, ts, te, c1)
    if name == "aid_experts_sent":  # the country gone to, right after the verb ("cử chuyên gia sang Lào")
        first = next((g for g in groups if g.start >= te), None)
        if first is not None and first.start - te <= 12:
            return actors, list(first.codes)
        # (round 30) "Đề nghị phía bạn cử chuyên gia sang hướng dẫn ...": a foreign sender and no place named, so
        # the experts come to Vietnam, the writer's country
        return (actors, [VNM]) if actors and VNM not in actors and low.startswith("sang", te - 4) else None
    if name == "aid_experts_invited":  # (round 163) "Mời chuyên gia X sang tập huấn": events_experts_invited
        return invited_roles(groups, te)
    if name == "aid_experts_teach":  # (round 78) a foreign sender teaches Vietnam; else the trainees' country
        if actors and VNM not in actors:
            return actors, [VNM]
        return (actors, recips) if actors and recips else None
    if (
        name == "aid_course"
    ):  # (round 78) the trainees' country after "cho"; a foreign organiser teaches Vietnam
        if _CO_HOSTED.search(low, max(0, ts - 80), ts) is not None:
            return None  # ("Cục phối hợp với Văn phòng UNESCO tổ chức lớp tập huấn ...": a joint course)
        at = low.find(" cho ", te, c1)
        taught = next((g for g in groups if at >= 0 and at < g.start < min(c1, at + 90)), None)
        got = [c for c in (taught.codes if taught is not None else ()) if c not in actors]
        if got:
            return actors, got
        if taught is not None:
            return None
        return (actors, [VNM]) if actors and VNM not in actors else None
    if name == "chair_handover":
        return handover_roles(low, groups, te, c1)
    if name == "delegation_received":
        return received_roles(index, groups, ts, te, _came_by(low, te, p1))
    if name == "establish_bracket":  # "quan hệ Việt Nam – Pa-na-ma (thiết lập năm 1975)": the pair in it
        return bracket_relations(low, groups, ts)
    if name == "host_at" and setting_meeting(low, ts):
        return None  # "tại Hội nghị Cấp cao ... họp ở Cô-lôm-bô, Việt Nam ...": the setting of another act
    if name == "join_admitted":
        return admitted_roles(low, groups, s0, ts)
    if name == "apply_join" and welcomed_applicant(low, groups, ts):
        return None  # "Việt Nam hoan nghênh việc Thụy Điển xin gia nhập NATO": the welcome's object (review 23, 3)
    if name == "consult_meeting_of":  # "cuộc gặp giữa A và B", "của Thủ tướng ba nước": two parties at least
        met = list(dict.fromkeys(c for g in groups if te <= g.start < p1 for c in g.codes))
        return (met[:1], met[1:]) if len(met) >= 2 else None
    return actors, recips


# "hoan nghênh / chào mừng / phản đối việc X xin gia nhập Y": the application is what is welcomed, told by the verb
WELCOMING: Final = re.compile(
    r"\b(?:hoan nghênh|chào mừng|ủng hộ|phản đối|lên án|bác bỏ|tán thành)\s+(?:việc\s+)?$"
)


def welcomed_applicant(low: str, groups: list, ts: int) -> bool:
    """Is the applicant named right before the trigger at ``ts`` the object of a welcome or a protest?"""
    last = next((g for g in reversed(groups) if g.end <= ts), None)
    return (
        last is not None
        and ts - last.end <= 12
        and WELCOMING.search(low, max(0, last.start - 30), last.start) is not None
    )


_APPLIED: Final = re.compile(
    WORD_START
    + r"(?:đơn|hồ sơ|xin) (?:xin )?(?:gia nhập|trở thành thành viên|được kết nạp vào|kết nạp vào)\b"
)


def admitted_roles(low: str, groups: list, s0: int, ts: int) -> tuple[list[str], list[str]] | None:
    """(the applicant, the organisation) of "X nộp đơn xin gia nhập Y ... và được chấp thuận": the application told
    before in the sentence; None when there is none (the admission of something else)."""
    found = list(_APPLIED.finditer(low, max(s0, ts - 160), ts))
    applied = found[-1] if found else None  # the last application before the admission
    if applied is None:
        return None
    orgs = [c for g in groups if applied.end() <= g.start < ts for c in g.codes][:1]
    applicant = [c for g in groups if g.end <= applied.start() and g.marker == "" for c in g.codes]
    return (applicant, orgs) if applicant and orgs else None


_DONE: Final = re.compile(r"\b(?:đã|vừa|từng)\s+$")


def invited_visit(name: str, low: str, ts: int) -> bool:
    """Is the visit an invited delegation's, still to come ("mời đoàn ... sang dự"; not "đã mời")?"""
    return (
        name == "delegation_received"
        and low.startswith("mời", ts)
        and not _DONE.search(low, max(0, ts - 8), ts)
    )


# "X đã nộp đơn xin gia nhập Y từ năm 2011 nhưng đến nay chưa được kết nạp": the application told, the joining denied
# (only adverbs or the application itself between "nhưng" and the negation: "nhưng Nhật Bản không ủng hộ việc gia
# nhập này" tells another's stance, not the applicant refused: review of round 23, 9)
_NOT_ADMITTED: Final = re.compile(
    r"\b(?:nhưng|song|tuy nhiên|mà)\b(?:\s*,|\s+(?:đến nay|cho đến nay|tới nay|hiện nay|hiện|vẫn|đến năm \d{4}|sau đó"
    r"|cuối cùng|nước này|quốc gia này|(?:lá )?đơn(?: này| đó)?|hồ sơ(?: này| đó)?|lại|đều))*"
    r"\s+(?:chưa|không|bị từ chối|bị bác)\b[^.;]{0,20}?"
    r"(?:kết nạp|gia nhập|chấp thuận|chấp nhận|trở thành thành viên)"
)


def not_admitted(low: str, te: int, s1: int) -> bool:
    """Does the application to join ending at ``te`` go on to say the applicant is not (yet) admitted?"""
    return _NOT_ADMITTED.search(low, te, s1) is not None


_FUTURE: Final = re.compile(r"\b(?:sẽ|dự kiến|sắp|chuẩn bị|kế hoạch|phấn đấu)\b")


def meeting_as_setting(name: str, low: str, c0: int, ts: int) -> bool:
    """Is a meeting named as the setting of an act told ("được X đề xuất tại cuộc gặp đầu tiên của ..."), with no
    word of the future in its clause: a meeting that took place, whatever the act's own mood?"""
    return (
        name == "consult_meeting_of"
        and low.endswith("tại ", max(0, ts - 4), ts)
        and _FUTURE.search(low, c0, ts) is None
    )


_RELATIONS_BEFORE: Final = re.compile(r"\bquan hệ(?: ngoại giao)?(?: giữa)?\s+(?P<names>[^()]{2,60}?)\s*\($")


# "quan hệ thương mại / hợp tác quốc phòng Việt Nam – Hoa Kỳ (thiết lập năm 2001)": a sector's ties, not diplomatic
# relations (review of round 23, 11); "quan hệ Đối tác chiến lược ..." a partnership's start
_SECTOR: Final = re.compile(
    r"(?:.*\bđối tác\b|(?:hợp tác |song phương )?(?:thương mại|kinh tế|quốc phòng|an ninh|đầu tư|hợp tác|văn hóa"
    r"|giáo dục|khoa học|du lịch|lao động|tài chính|năng lượng|quân sự|kinh tế - thương mại|hữu nghị đặc biệt)\b)"
)


def bracket_relations(low: str, groups: list, ts: int) -> tuple[list[str], list[str]] | None:
    """The pair of "quan hệ (ngoại giao) A – B (thiết lập năm Y)": two parties named between "quan hệ" and the
    bracket (not a partnership: "quan hệ Đối tác chiến lược (thiết lập năm 2009)" is an upgrade's), else None."""
    m = _RELATIONS_BEFORE.search(low, max(0, ts - 80), ts)
    if m is None or _SECTOR.match(m.group("names")) is not None:
        return None
    named = [c for g in groups if m.start("names") <= g.start and g.end <= ts for c in g.codes]
    return (list(dict.fromkeys(named)), []) if len(set(named)) >= 2 else None


# "tổ chức cuộc họp thường niên với hai tỉnh X và Y": a meeting held with a partner is talks with it, not hosting it
_MEETING_WITH: Final = re.compile(
    r"\s+(?:các |một |những )?(?:cuộc họp|kỳ họp|phiên họp|cuộc gặp|buổi gặp|buổi làm việc|cuộc hội đàm|hội đàm"
    r"|cuộc đối thoại|đối thoại)(?:\s+[^\W\d_]+){0,3}?\s+với\b"
)


def meeting_with(low: str, te: int) -> bool:
    """Is the meeting organised right after the host trigger ending at ``te`` held with a partner ("với X")?"""
    return _MEETING_WITH.match(low, te) is not None


# "Tháng 8/1976, tại Hội nghị Cấp cao lần thứ năm của Phong trào Không liên kết họp ở Cô-lôm-bô, ...": a meeting told as
# convened ("họp / khai mạc tại", round 23's words) inside the setting of another act hosts nothing of its own
_SETTING: Final = re.compile(
    r"\b(?:tại|trong|bên lề)\s+(?:các\s+|những\s+)?(?:hội nghị|kỳ họp|phiên họp|diễn đàn|đại hội)\b"
)
_CONVENED: Final = re.compile(r"(?:khai mạc|(?:nhóm )?họp)$")


def setting_meeting(low: str, ts: int) -> bool:
    """Is the "họp / khai mạc tại" at ``ts`` said of a meeting named as the setting ("tại Hội nghị ...")?"""
    head = low[ts : ts + 10].split(" tại")[0].split(" ở")[0]
    if _CONVENED.match(head) is None:
        return False
    before = list(_SETTING.finditer(low, max(0, ts - 120), ts))
    return bool(before) and low.rfind("hội nghị", before[-1].end(), ts) < 0
