"""Argument roles of a trigger from the mention groups around it (:mod:`doingoai.extract.events_groups`)
and Vietnamese syntax.

The extractor reads roles off the groups: the subject before the trigger acts; "với X", "cho X", a direct object
after it receive; "bị X" / "được X" before it, "của X" / "từ X" after a nominal action ("sự hỗ trợ của Liên Xô")
act. The actor-code helpers are in :mod:`doingoai.extract.events_codes`; both modules' public names are
re-exported here.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.cue_tries import FastCue
from doingoai.extract.events_codes import (  # noqa: F401  (acting_code is re-exported)
    _dedupe,
    _is_party,
    _meeting_of,
    acting_code,
    as_actor,
    codes_of,
)
from doingoai.extract.events_departure import departure_point, taken_in_to
from doingoai.extract.events_donor import donor_after, passive_agent, trainees_of
from doingoai.extract.events_fronted import fronted_help
from doingoai.extract.events_groups import (  # noqa: F401  (re-exported: the groups roles are read off)
    ACTOR_KINDS,
    EXAMPLE_WORDS,
    LOCATION_MARKERS,
    MARKER_WINDOW,
    MARKER_WORDS,
    Group,
    MentionIndex,
    groups,
)
from doingoai.extract.events_paired_predicates import first_predicate
from doingoai.extract.members import members
from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.extract.places import VNM
from doingoai.extract.triggers import CO_ACTOR, PATIENT, RECEIVE
from doingoai.model import EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
_PATIENT = FastCue(PATIENT)  # (its regex only where one of its alternatives occurs)
# nominal actions whose "của X" / "từ X" names who acts ("sự hỗ trợ của Liên Xô", "chuyến thăm ... của Tổng thống Mỹ")
AGENTIVE: Final = frozenset(
    {K.SANCTION, K.SANCTION_LIFT, K.AID, K.SUPPORT, K.PROTEST, K.CONFLICT, K.RETREAT, K.VISIT}
)
NEEDS_AGENT: Final = frozenset({K.SANCTION, K.SANCTION_LIFT, K.CONFLICT, K.RETREAT})  # no default actor
SINGLE_TARGET: Final = frozenset(
    {K.MEMBERSHIP_JOIN, K.MEMBERSHIP_ELECT, K.MEMBERSHIP_LEAVE, K.CHAIR, K.HOST, K.PROTEST}
)
_EACH_OTHER: Final = re.compile(  # "ủng hộ (và giúp đỡ) lẫn nhau", "gửi thư chúc mừng nhau"
    r"\s*(?:và [^\W\d_]+ |(?:chúc mừng|thăm hỏi|chia buồn|cảm ơn|tri ân) )?(?:lẫn )?nhau(?![^\W\d_])"
)
_RECEIVED: Final = frozenset({K.AID, K.SUPPORT})  # what a subject may "tiếp nhận" / "nhận"
_OF_ORG: Final = frozenset({K.MEMBERSHIP_JOIN, K.MEMBERSHIP_ELECT, K.CHAIR, K.HOST})
ORG_TARGET: Final = frozenset({K.MEMBERSHIP_JOIN, K.MEMBERSHIP_ELECT, K.MEMBERSHIP_LEAVE, K.CHAIR})
AGREEMENT_KINDS: Final = frozenset({K.AGREEMENT_SIGN, K.AGREEMENT_RATIFY, K.AGREEMENT_NEGOTIATE})
MUTUAL: Final = frozenset({K.COOPERATE, K.RELATIONS, K.CONSULT, K.VISIT})  # "X và Y hợp tác": X -> Y
DEFAULT_RECIPIENT_VNM: Final = frozenset(
    {K.SANCTION, K.SANCTION_LIFT, K.CONFLICT, K.AID, K.SUPPORT, K.PROTEST}
)
RECIPIENT_MARKERS: Final = frozenset(
    {"", "với", "cho", "sang", "tới", "đến", "vào", "thăm", "giữa", "đối với"}
)
AGENT_MARKERS: Final = frozenset({"của", "từ", "bởi"})
CPV = "CPV"
_PASSIVE_END: Final = re.compile(r"\b(?:(?<!chuẩn )(?<!thiết )(?<!dự )(?<!phòng )bị|được)\s*$")
DATED_OBJECT_KINDS: Final = _OF_ORG | {
    K.VISIT,
    K.AGREEMENT_SIGN,
    K.RELATIONS_ESTABLISH,
}  # objects with own dates
# a meeting named right after its verb ("dự Hội nghị ...", "tham dự Thượng đỉnh ..."), its name unbroken by punctuation
_MEETING_NEXT: Final = re.compile(
    r" (?:hội nghị|thượng đỉnh|diễn đàn|kỳ họp|phiên họp|đại hội đồng)\b[^,;:.()]*$"
)
_DATE_GAP: Final = re.compile(r"\b(?:năm|tháng|ngày) \d[^,;:]*(?:,\s*)?(?:và|cùng)\b")


def _date_gap(text: str, start: int, end: int) -> bool:
    """``_DATE_GAP.search(text, start, end)``, tried only where its "và" or "cùng" occurs."""
    return (text.find("và", start, end) >= 0 or text.find("cùng", start, end) >= 0) and _DATE_GAP.search(
        text, start, end
    ) is not None


_FOUNDERS_LISTED: Final = re.compile(r"\s*(?:bao )?gồm(?: các nước| các quốc gia)?\s+")


def roles(
    text: str, kind: EventKind, pre: list, post: list, before: str, c0: int, te: int
) -> tuple[list[str], list[str]]:
    if kind is K.MEMBERSHIP_JOIN and not pre and post and _FOUNDERS_LISTED.fullmatch(text, te, post[0].start):
        return list(post[0].codes), []  # "Thành viên sáng lập gồm A, B và C": those listed joined (round 35)
    if kind is K.MEMBERSHIP_JOIN and text.endswith("kết nạp", 0, te):
        admitted = _admitted(pre, post, te)  # "(Tại ASEM 5,) các nước thành viên dự kiến kết nạp X, Y và Z"
        if admitted is not None:
            return admitted
    if kind is K.HOST and text.startswith(
        "được", c0 + len(before)
    ):  # the trigger starts at ts = c0 + len(before)
        orgs = [
            g for g in pre if all(k in ORG_KINDS for k in g.kinds)
        ]  # "(ASEM 5) sẽ được tổ chức tại Hà Nội"
        return ([VNM], [_meeting_of(c) for c in codes_of(orgs[-1:])]) if orgs else ([], [])
    actors: list[str] = []
    recips: list[str] = []
    agent = subject = (
        None  # one pass from the trigger back: a passive agent ("bị Mỹ ... áp đặt cấm vận"), else
    )
    # "X vừa tổ chức APEC, vừa đàm phán ...": the first predicate's object is no subject (events_paired_predicates)
    # (speed round 35: only a clause that writes ", vừa " before its trigger is read, ``before`` being text[c0:ts])
    v0, v1 = first_predicate(text, c0, c0 + len(before)) if ", vừa " in before else (0, 0)
    for g in reversed(pre):  # the nearest unmarked name
        if v0 <= g.start < v1:
            continue
        if g.marker == "bị" or g.marker == "được":
            if (
                subject is not None
                and text.find(", ", g.end, subject.start) >= 0
                and next_of(pre, g) is subject
            ):
                break  # (round 54) "được quân Anh giúp sức, thực dân Pháp nổ súng ...": the agent of a fronted phrase
            agent = g
            break
        if subject is None and (g.marker == "" or g.marker == "giữa") and not _described(text, g, c0):
            subject = g
    if agent is not None:  # the patient of a passive is the clause's subject
        subject = next((g for g in pre if g.marker == "" and g.start < agent.start), None)
        if subject is None and pre[0].marker == "của" and pre[0].start < agent.start:
            subject = pre[0]  # "Hành động của Trung Quốc bị Việt Nam phản đối": the possessor of the patient
    elif subject is None and pre and pre[0].marker == "của":
        subject = pre[0]  # a possessor ("các cơ quan của nước ta") only when it opens the clause
    patient = subject is not None and (
        _PATIENT.search(text, subject.end, c0 + len(before)) is not None
        or kind in _RECEIVED
        and (got := RECEIVE.search(text, subject.end, c0 + len(before))) is not None
        and not ("pair" not in subject.kinds and taken_in_to(text, got.end(), c0 + len(before)))
    )
    if agent is not None:
        actors += agent.codes
        if subject is not None:
            recips += subject.codes
    elif subject is not None:
        (recips if patient else actors).extend(subject.codes)
    ts = c0 + len(before)
    for g in pre:  # "phối hợp với X hoàn thành ký": X acts too; "với X" just before the trigger receives
        if g.marker in ("với", "đối với"):
            if CO_ACTOR.search(text[max(c0, g.marker_pos - 20) : g.marker_pos]):
                # ("Phối hợp với Lào thúc đẩy hợp tác", no subject: Laos is the unstated subject's partner)
                (recips if subject is None and agent is None and kind in MUTUAL else actors).extend(g.codes)
            elif ts - g.end <= 60 and (kind not in ORG_TARGET or any(k in ORG_KINDS for k in g.kinds)):
                recips.extend(g.codes)  # (a chair or a membership is of an organisation, not of "với Lào")
    destination: list[str] = []  # where a visit goes: never the visitor ("chuyến thăm Việt Nam của ...")
    last = None
    for g in post:
        if kind is K.AID and g.marker in ("", "của") and passive_agent(text, g, te):
            if actors:  # "vốn ODA của Nhật Bản và tuyến số 2 do ADB tài trợ": the next project's donor
                break
            actors.extend(g.codes)  # "dự án viện trợ ... do các tổ chức của Hàn Quốc tài trợ" (events_donor)
            continue
        if kind in SINGLE_TARGET and recips:
            break
        if recips and "pair" in g.kinds and g.marker == "":
            break  # "X thăm Việt Nam và hai nước nâng ...": the pair is the next clause's subject, no object
        if (
            kind is K.VISIT
            and "pair" in g.kinds
            and g.marker == ""
            and subject is not None
            and not set(subject.codes).isdisjoint(g.codes)
        ):
            break  # "Đại sứ X đến thăm Bảo tàng và đề nghị hai bên ...": the visitor's own pair is no destination
        if last is not None and kind in DATED_OBJECT_KINDS and _date_gap(text, last.end, g.start):
            break  # "với Hàn Quốc năm 2015 và với Mê-hi-cô năm 2018": the second object is another event's
        last = g
        if kind is K.VISIT and not actors and g.marker == "" and _OF_DELEGATION.fullmatch(text, te, g.start):
            actors.extend(
                g.codes
            )  # "chuyến thăm của Đoàn đại biểu ... Lào": the delegation's state visits (round 71)
            continue
        if g.marker in AGENT_MARKERS and kind in AGENTIVE and (not actors or patient):
            # ("chuyến thăm tới Việt Nam cuối tháng 3/2025 của Tổng thống X": past a destination, "của" is the visitor)
            if g.marker_pos - te <= (25 if g.marker == "của" and not destination else 100):
                actors.extend(g.codes)
                continue
        if kind in ORG_TARGET and "organisation" not in g.kinds and "body" not in g.kinds:
            continue
        # (a meeting's name may be long: "dự Hội nghị ... kỷ niệm 50 năm quan hệ ASEAN – Ô-xtrây-li-a")
        named = kind is K.HOST or _MEETING_NEXT.match(text, te, g.start) is not None
        far = g.start - te > (80 if named else 40)
        if g.marker == "" and (far or text.find(", ", te, g.start) >= 0):
            continue  # a direct object sits next to its verb; a name further on (or after a comma) starts something else
        if kind is K.VISIT and g.marker == "cho":
            continue  # "đến thăm Hiệp hội, ... tuyển dụng sĩ quan cho đội tàu nước này": no visit goes "cho" (round 153)
        if g.marker in RECIPIENT_MARKERS or g.marker == "của":
            recips.extend(g.codes)
            if kind is K.VISIT and g.marker != "của":
                destination.extend(g.codes)
    if destination:
        actors = [c for c in actors if c not in destination]
    if kind is K.VISIT and (visitor := _genitive_visitor(text, post, c0 + len(before), te)) is not None:
        actors, recips = visitor  # "chuyến thăm tới Việt Nam của Tổng Bí thư, Chủ tịch nước X" (round 107)
    if (held := fronted_help(text, kind, before, post, te)) is not None:
        actors, recips = held  # "Với sự giúp đỡ của Pháp, Việt Nam ...": Vietnam is helped (events_fronted)
    if not recips and subject is not None and len(subject.codes) >= 2 and _EACH_OTHER.match(text, te):
        # "Việt Nam và Cu-ba luôn ủng hộ lẫn nhau": each is the other's partner (the first named acts, as for
        # "X và Y hợp tác")
        actors = list(subject.codes[:1]) + [c for c in actors if c not in subject.codes]
        recips = list(subject.codes[1:])
    if (
        kind in _OF_ORG
        and agent is None
        and subject is not None
        and set(subject.codes) <= set(recips)
        and not (kind is K.HOST and "country" in subject.kinds)
    ):
        # "(hoàn thành vai trò Chủ tịch ASEAN,) đăng cai Hội nghị Cấp cao ASEAN": an organisation does not host,
        # chair or join itself; its name belonged to an earlier phrase and the actor is unstated (a state named in
        # the name of the meeting it hosts still hosts: "Ấn Độ chủ trì Hội nghị Cấp cao ASEAN – Ấn Độ")
        actors = [c for c in actors if c not in subject.codes]
    if kind is K.MEMBERSHIP_ELECT and agent is None and (own := _org_itself(pre, post, actors, recips)):
        # (round 124) "tại Hội nghị của Liên minh châu Phi (AU), Bộ trưởng X đã được bầu làm Chủ tịch Ủy ban AU": the
        # body named before (a meeting's, a list with the subject) and again after the verb is the seat, not a party
        actors = [c for c in actors if c not in own]
    if (
        kind is K.VISIT and not recips and subject is not None
    ):  # "Việt Nam đón X sang thăm": the host receives
        recips += [c for g in pre if g.start < subject.start and g.marker == "" for c in g.codes]
    # "Việt Nam sử dụng vốn ODA của Nhật Bản": the aid noun's possessor gives (events_donor)
    if donor := donor_after(text, kind, post, ts, te):
        # ("UNICEF phân phối khoản hỗ trợ của Hàn Quốc cho Cam-pu-chia": with a "cho X" named, X receives and the
        # subject only passes it on: review of round 23, 13)
        given = [c for g in post if g.marker == "cho" for c in g.codes if c not in donor]
        actors, recips = list(donor), given or [c for c in actors + recips if c not in donor]
    elif not recips and (
        trained := trainees_of(text, kind, post, te)
    ):  # "đào tạo 20 cán bộ của X": X receives
        actors, recips = [c for c in actors if c not in trained], list(trained)  # (events_donor)
    if kind is K.HOST:  # "Tổ chức Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng": a meeting of ASEAN's
        recips = [_meeting_of(c) for c in recips]
    actors = list(dict.fromkeys(actors))  # (_dedupe, inline)
    if kind is K.AID and set(recips) <= set(actors) and len(actors) >= 2 and post and post[0].marker == "":
        given = [
            c for c in post[0].codes if c in actors
        ]  # "hai bên ký ..., tỉnh trao tặng phía bạn 2 tỷ đồng":
        if (
            given and len(given) < len(actors) and post[0].start - te <= 2
        ):  # the object given to is not a giver
            return [c for c in actors if c not in given], given  # (round 35)
    return actors, [c for c in dict.fromkeys(recips) if c not in actors]


def _org_itself(pre: list, post: list, actors: list[str], recips: list[str]) -> list[str]:
    """The organisations named before the verb (``pre``) that are also its object (``recips``, named after it in
    ``post``), when a party other than them acts: an organisation is not elected to its own seat (round 124)."""
    orgs = {c for g in pre for c, k in zip(g.codes, g.kinds, strict=False) if k in ORG_KINDS}
    after = {c for g in post for c in g.codes}
    own = [c for c in actors if c in orgs and c in recips and c in after]
    return own if own and len(own) < len(actors) else []


def next_of(pre: list, g: Group) -> Group | None:
    """The group after ``g`` in ``pre``, else None."""
    k = pre.index(g) + 1
    return pre[k] if k < len(pre) else None


def _admitted(pre: list, post: list, te: int) -> tuple[list[str], list[str]] | None:
    """ "ASEAN kết nạp Việt Nam", "Tại ASEM 5, các nước thành viên kết nạp X, Y và Z": the countries admitted
    join; the organisation is the nearest one named before the verb in the clause (any marker)."""
    members = [g for g in post if g.marker == "" and g.start - te <= 40 and "country" in g.kinds]
    orgs = [g for g in pre if all(k in ORG_KINDS for k in g.kinds)]
    if members and not orgs:  # "(Hội nghị) nhất trí kết nạp X làm thành viên đầy đủ của O / vào O" (round 32)
        orgs = [
            g
            for g in post
            if g.start > members[0].start
            and g.marker in ("vào", "của")
            and 0 <= g.marker_pos - members[0].end <= 40
            and all(k in ORG_KINDS for k in g.kinds)
        ][:1]
    if not members or not orgs:
        return None
    return codes_of(members[:1]), as_actor(codes_of(orgs[-1:]))


# a visit "(và làm việc) của Đoàn (đại biểu) ..." with the name closing the delegation's long title: its visitor
_OF_DELEGATION: Final = re.compile(
    r"(?:\s+và làm việc)?(?:\s+(?:chính thức|cấp nhà nước|hữu nghị))*\s+của\s+(?:đoàn|phái đoàn)\b[^,.;:()]{0,80}?\s*"
)


# "Thụy Điển là nước phương Tây đầu tiên ...": a collective after "là (một trong những) nước" describes the subject
_DESCRIBED_AS: Final = re.compile(
    r"\blà\s+(?:một\s+trong\s+(?:những|các|số)\s+)?(?:nước|quốc gia|đối tác)\s*$"
)


# "nước này trở thành quốc gia SNG đầu tiên giữ ...", "X là nước ASEAN đầu tiên đăng cai ...": an organisation right
# after the class noun tells which states' group the subject belongs to (round 45)
_MEMBER_OF: Final = re.compile(
    r"\b(?:là|trở thành)\s+(?:một\s+trong\s+(?:những|các|số)\s+)?(?:nước|quốc gia)(?:\s+thành viên)?\s*$"
)


# "Moldova là một trong 11 nước cộng hòa thuộc Liên Xô cũ tham gia ...", "X cùng mười nước cộng hòa thuộc Liên Xô cũ
# ký ...": the whole the class of states belongs to describes them, it does not act (round 71)
_PART_OF: Final = re.compile(r"\b(?:nước|quốc gia|cộng hòa|thành viên)(?:\s+[^\W\d_]+){0,3}\s+thuộc\s*$")


def _described(text: str, g: Group, c0: int) -> bool:
    if departure_point(text, g.start, c0):
        return True  # "Rời A-rập Xê-út, Thủ tướng sẽ thăm Ca-ta": where the trip starts (events_departure, round 159)
    lo = max(c0, g.start - 40)
    if _PART_OF.search(text, lo, g.start) is not None:
        return True
    if all(k in ORG_KINDS for k in g.kinds) and _MEMBER_OF.search(text, lo, g.start) is not None:
        return True
    return (
        g.kinds.count("collective") == len(g.kinds)  # all of them
        and _DESCRIBED_AS.search(text, lo, g.start) is not None
    )


def defaults(
    kind: EventKind, actors: list[str], recips: list[str], before: str
) -> tuple[list[str] | None, list[str]]:
    if not actors:
        if kind in NEEDS_AGENT or not recips:
            return None, recips
        if _PATIENT.search(before) or _PASSIVE_END.search(before):
            return None, recips  # passive without an agent: who acted is unknown
        actors = [CPV] if all(_is_party(c) for c in recips) else [VNM]
        recips = [c for c in recips if c not in actors]
    if not recips:
        if kind in DEFAULT_RECIPIENT_VNM and VNM not in actors:
            recips = [VNM]
        elif kind in MUTUAL and len(actors) >= 2:
            actors, recips = actors[:1], actors[1:]
    if kind is K.CONFLICT and set(actors) == set(recips):
        return None, recips
    return actors, recips


# (round 107) a nominal visit to a place named right after it, its visitor the possessor past the leader's titles:
# "chuyến thăm (cấp Nhà nước) (tới) Việt Nam của Tổng Bí thư, Chủ tịch nước X" — the title's comma hid the "của"
_VISIT_NOUN: Final = re.compile(r"chuyến (?:thăm|công du)\b")
_TO_PLACE: Final = re.compile(
    r"(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|làm việc|và làm việc))*(?:\s+(?:tới|đến|tại))?\s+$"
)
_TITLES: Final = re.compile(
    r"\s+của\s+(?:(?:tổng bí thư|chủ tịch nước|chủ tịch|thủ tướng|tổng thống|phó tổng thống|phó thủ tướng|quốc vương"
    r"|nhà vua|bộ trưởng|ngoại trưởng|chủ tịch quốc hội|chủ tịch hội đồng nhà nước)(?:,\s+| kiêm | và )?){1,3}\s*$"
)


def _genitive_visitor(text: str, post: list, ts: int, te: int) -> tuple[list[str], list[str]] | None:
    """(visitor, destination) of "chuyến thăm <place> của <titles>, <titles> <state>" (``text`` lower-cased), where
    the leader's titles separate "của" from the state's name; else None."""
    if len(post) < 2 or _VISIT_NOUN.match(text, ts) is None:
        return None
    place, who = post[0], post[1]
    if (
        _TO_PLACE.fullmatch(text, te, place.start) is None
        or _TITLES.fullmatch(text, place.end, who.start) is None
    ):
        return None
    if "," not in text[place.end : who.start] or set(place.codes) & set(who.codes):
        return None
    return list(who.codes), list(place.codes)
