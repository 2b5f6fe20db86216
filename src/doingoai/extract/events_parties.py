"""Events: a trigger's parties, who acts and who receives: the names inside a subject-first trigger ("Quan hệ
Việt Nam – Lào ..."), the host and meeting of "do X chủ trì", and for every other trigger the roles of the groups
before and after it (:mod:`events_sides`) with what each trigger family adds (a chair, a candidacy, a proposal, a
venue, a delegation, an election, a membership, ...) and the kind those steps settle. Used by
:func:`doingoai.extract.events_draft.draft_event`."""

from __future__ import annotations

from typing import Any, Final, NamedTuple

from doingoai.extract.events_agreement_phrases import backed_parties
from doingoai.extract.events_apposition import apposed_name
from doingoai.extract.events_context import Context
from doingoai.extract.events_counted_admitted import admitted_by, bare_admitter, counted_admitted
from doingoai.extract.events_destination import visitor_roles
from doingoai.extract.events_frames import (
    DECIDED,
    act_owner,
    apposed_chair,
    appositive_subject,
    chair_role,
    host_before_ma,
    joint_parties,
    meeting_org,
    relative_subject,
    role_holder,
)
from doingoai.extract.events_held import seat_of
from doingoai.extract.events_inner_parties import inner_parties, relative_roles
from doingoai.extract.events_instruments import attended_meeting_orgs, told_meeting_orgs
from doingoai.extract.events_invited_over import invited_over
from doingoai.extract.events_joint import in_subject, joint_meeting, promotion_meeting
from doingoai.extract.events_members import group_by_head, listed_ties, relation_quality
from doingoai.extract.events_met import met_roles
from doingoai.extract.events_occasion import own_government
from doingoai.extract.events_offices import act_roles, meeting_with
from doingoai.extract.events_org_unstated import attended_topic
from doingoai.extract.events_passive import upgraded_owner
from doingoai.extract.events_phrases import (
    copula_complement,
    elided_org,
    forums_after,
    invited_then_joins,
    seat_before,
)
from doingoai.extract.events_places import (
    MEETING,
    destination,
    held_in_country,
    leaders,
    meeting_org_before,
    venue,
)
from doingoai.extract.events_plan_tasks import plan_trip_partner, plan_visitor
from doingoai.extract.events_qa import mission_org
from doingoai.extract.events_roles import VNM, MentionIndex, codes_of, roles
from doingoai.extract.events_shapes import candidacy_roles
from doingoai.extract.events_sides import Sides
from doingoai.extract.events_span import Span
from doingoai.extract.events_status import admitted
from doingoai.extract.events_tasks import implemented_parties, proposer
from doingoai.extract.events_topics import elected_object, qualified_pair
from doingoai.extract.events_venue_abroad import venue_abroad
from doingoai.extract.events_venue_city import numbered_session, of_unnamed_body, venue_city
from doingoai.extract.events_vocab import (
    PAIR_SUBJECT,
    PLACE_OBJECT,
    home_venue,
    meeting_org_after,
    meeting_sides,
    pair_in_subject,
    place_object,
)
from doingoai.extract.members import members
from doingoai.extract.rx_boundary import compile_fast
from doingoai.extract.triggers import Hit
from doingoai.model import Document, EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
_HOP_TAC: Final = compile_fast(r"\bhợp tác\b")
# a delegation sent, organised (round 23); a fair abroad attended, a market surveyed there (rounds 30, 33)
_DELEGATIONS: Final = frozenset(
    {
        "delegation",
        "delegation_org",
        "fair_abroad",
        "visit_fair",
        "visit_survey",
        "visit_promotion",
        "coop_promotion",  # (round 67: a promotion of ours held abroad, a cooperation)
        "relations_embassy",  # (round 79: an embassy opened in a place abroad, students or staff sent there)
        "coop_students_sent",
        "delegation_staff",
        "visit_staff_attend",  # (round 177: staff sent to attend a meeting or course held abroad, technicians sent)
        "visit_technicians_sent",
        "delegation_market",  # (round 177: a business mission to survey a market or trade in a place)
        "cooperate_labour_abroad",  # (round 202: workers sent abroad, a cooperation with the country they go to)
        "coop_promotion_held",  # (round 216: a promotion day, forum or conference of ours held abroad)
    }
)  # (round 40: a promotion programme abroad)


class Parties(NamedTuple):  # (one per trigger: a NamedTuple is cheaper to build than a dataclass)
    """A trigger's kind and roles after the steps of :func:`trigger_roles`, with what the later steps read: the
    groups before it, an earlier trigger of its clause (``prev``), a relative clause's roles, a decision's
    ratification, the proposer of an act to come and a jointly implemented agreement."""

    kind: EventKind
    actors: Any
    recips: Any
    pre: list[Any]
    prev: int
    relative: Any
    decided: Any
    proposed: tuple[str, ...]
    jointly: bool


def subject_roles(
    text: str, hit: Hit, kind: EventKind, clause_groups: list[Any], c0: int
) -> tuple[EventKind, Any, Any]:
    """The kind, actors and recipients of a subject-first trigger ("Quan hệ (giữa X) với Y ... được củng cố"):
    the names inside it."""
    actors: Any
    recips: Any
    trig = hit.trigger
    ts, te = hit.start, hit.end
    inner = [g for g in clause_groups if ts <= g.start and g.end <= te]
    actors = codes_of([g for g in inner if g.marker in ("giữa", "của")])
    recips = codes_of([g for g in inner if g.marker in ("với", "đối với")])
    if (
        not actors
        and inner
        and len(inner[0].codes) >= 2
        and inner[0].marker == ""
        and (inner[0].start - ts <= 25 or qualified_pair(text, ts, inner[0].start))
    ):  # ("Quan hệ đối tác đối thoại ASEAN – Ấn Độ ...": a longer name of the relations, events_topics)
        actors = list(inner[0].codes[:1])  # "Quan hệ Việt Nam – Lào (và quan hệ với Cam-pu-chia) ..."
        recips = list(inner[0].codes[1:]) + [c for c in recips if c not in inner[0].codes]
    if (
        not recips and trig.name in PAIR_SUBJECT
    ):  # "kim ngạch thương mại hai chiều Việt Nam – Trung Quốc đạt ..."
        actors, recips = pair_in_subject(inner, ts) or (actors, recips)  # (events_vocab)
    if (
        not actors and not recips
    ):  # "A và B nâng quan hệ, vốn được thiết lập từ năm 1972, lên ..." (events_passive)
        actors = upgraded_owner(text, clause_groups, c0, ts)
    first = min((g.start for g in inner if g.marker in ("với", "đối với")), default=te)
    if (hop_s := _HOP_TAC.search(text, ts, first)) and not listed_ties(text, ts, hop_s.start(), te):
        kind = K.COOPERATE
    return kind, actors, recips


def hosted_roles(
    text: str, index: MentionIndex, clause_groups: list[Any], c0: int, hit: Hit
) -> tuple[Any, Any]:
    """The host and the meeting's organisation of "Hội nghị ... do Việt Nam chủ trì"."""
    ts, te = hit.start, hit.end
    actors = codes_of([g for g in clause_groups if ts <= g.start and g.end <= te])
    orgs = [g for g in clause_groups if g.end <= ts and set(g.kinds) <= {"organisation", "body"}]
    recips = codes_of(orgs[-1:]) or meeting_org_before(text, index, c0, ts)  # ("Hội nghị lần thứ ba")
    # "Hội nghị do X chủ trì.": the meeting told in the sentence before (events_instruments)
    recips = recips or told_meeting_orgs(text, index, c0, ts)
    return actors, recips


def trigger_roles(
    doc: Document,
    text: str,
    ctx: Context,
    index: MentionIndex,
    hit: Hit,
    sp: Span,
    kind: EventKind,
    clause_groups: list[Any],
    sides: Sides,
) -> Parties | None:
    """The kind and roles of a trigger from the groups of ``sides`` and the steps of its trigger family, or None
    when it tells no event. ``text`` is the lower-cased document text."""
    actors: Any
    recips: Any
    decided: Any
    held: Any
    trig = hit.trigger
    ts, te = hit.start, hit.end
    s0, c0, c1, p1, before = sp.s0, sp.c0, sp.c1, sp.p1, sp.before
    prev, pre, post, invitee = sides.prev, sides.pre, sides.post, sides.invitee
    jointly = False
    pre = relative_subject(text, clause_groups, c0, ts) or pre  # "X, người đang thăm Y": X visits
    pre = appositive_subject(text, pre, ts)  # "X, một thành viên sáng lập Y, đã giúp ...": X helps
    role_org, pre = chair_role(text, clause_groups, pre, ts) if trig.name == "host" else ([], pre)
    if role_org:  # "trên cương vị Chủ tịch ASEAN, Việt Nam chủ trì Hội nghị ...": chairing ASEAN
        kind = K.CHAIR
    pre = [  # "Ba Lan là thành viên Ủy ban ..., và ... tham gia": the copula's complement is no subject
        g._replace(marker="của", marker_pos=g.start)
        if g.marker == "" and copula_complement(text, g.start)
        else g
        for g in pre
    ]
    relative = relative_roles(text, kind, post, ts, te)  # "... cấm vận mà Hoa Kỳ áp đặt đối với Cu-ba"
    actors, recips = relative or roles(text, kind, pre, post, before, c0, te)
    if (
        trig.name in PLACE_OBJECT
    ):  # "thăm và làm việc tại Việt Nam", "X và <title> Y thảo luận" (events_vocab)
        actors, recips = place_object(trig.name, index, pre, post, ts, te, actors, recips)
    if (
        not actors
        and (kind is K.CONSULT or kind is K.AGREEMENT_NEGOTIATE)
        and len(met := meeting_sides(text, post, te)) > 2
    ):
        actors, recips = met[:1], met[1:]  # "cuộc hội đàm giữa A, B, C và D" (events_vocab)
    if trig.name == "candidacy":  # "Nga ủng hộ Việt Nam ứng cử ...", "ứng viên của ASEAN cho ghế ..."
        actors, recips = candidacy_roles(clause_groups, post, ts, te, actors)
    if trig.name == "peacekeeping_serve" and not recips:  # "làm nhiệm vụ tại Phái bộ Liên Hợp Quốc", else
        recips = mission_org(doc, te, p1)  # the organisation its question or the page names (events_qa)
    if kind is K.PROTEST and (owner := act_owner(text, clause_groups, te)):
        recips = owner  # "lên án cuộc ném bom Hà Nội của Mỹ": the act's owner is the target
    if role_org or trig.name == "joint":  # "A và B cùng nộp ...": each a party, no recipient
        actors, recips = (actors, role_org) if role_org else (joint_parties(pre), [])
    elif trig.name in ("chair", "chair_role"):  # "Với tư cách là Chủ tịch ASEAN, Cam-pu-chia ...": the
        held = role_holder(text, clause_groups, ts, te)  # holder follows ("trên cương vị": nothing else)
        if held is None and trig.name == "chair_role":
            return None
        actors, recips = held or (actors, recips)
    if trig.name == "chair_apposition":  # "do Lào, Chủ tịch ASEAN năm 2024, chủ trì" (events_frames)
        if (held := apposed_chair(text, clause_groups, ts, te)) is None:
            return None
        actors, recips = held
    if trig.name == "partner_of" and not recips and own_government(doc.text, te):
        recips = [VNM]  # "UNDP là đối tác lâu năm của Chính phủ": the Government is Vietnam's
    if trig.name == "implement" and not recips:  # "Triển khai Hiệp định ... (UKVFTA)": with its parties
        recips = implemented_parties(ctx.agreements_between(te, te + 40), te)
        if not actors and len(recips) >= 2:  # no subject: the parties implement it together (Vietnam first)
            actors, recips, jointly = sorted(recips, key=lambda c: c != VNM), [], True
    proposed = proposer(text, pre, ts)  # "chấp thuận đề nghị của Việt Nam đăng cai ...": Vietnam would host
    proposed = proposed or invitee  # "A mời B thăm C": B's visit, to come
    if proposed:
        actors, recips = list(proposed), [c for c in recips if c not in proposed]
    if kind is K.SUPPORT and not recips and (backed := backed_parties(ctx, text, te, c1)):
        recips = [c for c in backed if c not in actors]  # "ủng hộ việc sớm kết thúc đàm phán Hiệp định ..."
    if (
        kind is K.COOPERATE
        and not recips
        and (forums := forums_after(text, index, te, c1, in_subject(pre, actors)))
    ):
        recips = forums  # "Hai bên phối hợp chặt chẽ tại ASEAN và ARF": the forums (events_phrases)
    read = met_roles(trig.name, text, pre, clause_groups, actors, (s0, c0, ts, te))  # "họp", "trung gian"
    if read == ():
        return None  # "Các nhà lãnh đạo NATO họp ...": no two parties meet (events_met)
    if read:
        kind, (actors, recips) = K.CONSULT, read
    elif trig.name in (
        "host_at",
        "host_venue",
    ):  # "... được tổ chức tại Hua Hin (Thái Lan)" (events_places)
        at = trig.name == "host_at"
        actors = held_in_country(doc.text, index, te, p1) if at else venue(doc.text, index, c0, ts, te)
        city = venue_city(doc.text, te, p1) if at and not actors else ("", "")
        actors = [city[0]] if city[0] else actors  # "... họp tại Oa-sinh-tơn": the city's state (round 147)
        actors = actors or (
            [] if at else home_venue(doc.text, c0, ts, te)
        )  # "Đà Nẵng là nơi ..." (events_vocab)
        orgs = [
            c for g in pre for c, k in zip(g.codes, g.kinds, strict=False) if k in ("organisation", "body")
        ]
        if (
            not actors
            or at
            and not MEETING.search(text, c0, ts)
            and not (orgs and numbered_session(text, c0, ts))
        ):
            return None  # (round 147: "ARF lần thứ 17 họp tại Hà Nội", the body's numbered session)
        recips = orgs[-1:] or meeting_org_before(text, index, c0, ts) or meeting_org_after(index, te)
        if city[1] and (
            any(seat_of(city[1], o) for o in recips)
            or len(set(orgs)) > 1
            or any(x.kind == "country" for x in index.between(c0, ts))
            or of_unnamed_body(text, c0, ts)
        ):  # the organisation meets in its own seat: no host (events_held); a meeting of two sides ("Hội nghị
            # Cấp cao ASEAN – Ấn Độ", "EU – CELAC") or for a state ("cho Việt Nam"), or of a body by its bare noun
            # ("Hội nghị cấp cao lần thứ 18 của Phong trào"): not told whose it is
            return None
        # (the meeting's name: "Hội nghị ... ASEAN – Hoa Kỳ"; one of a series; the venue's meeting: events_vocab)
    if (
        trig.name == "visit_come"
    ):  # "Đại sứ X cùng đoàn doanh nghiệp nước này đến làm việc": the visitors before
        actors, recips = visitor_roles(pre, post)  # (events_destination)
        if not recips and invited_over(text, c0, ts):
            recips = [
                "VNM"
            ]  # "Mời 30 hãng lữ hành Nga và Bê-la-rút sang ...": ours invite (events_invited_over)
    if trig.name in _DELEGATIONS:  # "Cử đoàn ... tại Thượng Hải (Trung Quốc)": the country it goes to
        recips = (
            [c for c in destination(text, index, te, c1) if c not in actors]
            or [c for c in venue_abroad(doc.text, text, te, c1) if c not in actors]  # (round 171)
            or plan_trip_partner(doc, ctx, index, trig.name, sp.sentence, actors)
        )  # (round 118) "Cử đoàn công tác sang làm việc tại tỉnh X" in a plan with one partner (events_plan_tasks)
        if not recips:
            return None
    r23 = act_roles(trig.name, text, index, clause_groups, s0, (ts, te, p1, c1), actors, recips)
    if r23 is None and not set(actors) - {"VNM"} and not set(recips) - {"VNM"}:
        # (round 219) "Tiếp đoàn Sở Thương mại Quảng Tây sang ..." in a report's item: its title's partner
        visitor = plan_visitor(doc, ctx, trig.name, sp.sentence)
        r23 = ([visitor], ["VNM"]) if visitor else None
    if r23 is None:
        return None  # (round 23: an appointment, a handover, a delegation received; events_offices)
    actors, recips = r23
    if trig.name == "adopt" and len(actors) + len(recips) < 2:  # "Các nhà lãnh đạo đã thông qua Tuyên bố ..."
        actors, recips = leaders(doc, text, index, s0, ts) or actors, []
    if kind is K.MEMBERSHIP_JOIN and invited_then_joins(text, c0, ts, te, c1):
        return None  # "được mời gia nhập BRICS và dự kiến trở thành thành viên từ ...": told after "và"
    if kind is K.MEMBERSHIP_JOIN and not recips:  # "gia nhập BRICS và dự kiến trở thành thành viên"
        recips = elided_org(text, index, prev, ts) or group_by_head(
            text, index, te, ts, actors
        )  # ("vào nhóm")
    chosen = elected_object(text, index, ts, te, p1) if kind is K.MEMBERSHIP_ELECT else None
    if chosen is not None:  # "Đại hội đồng bầu Việt Nam làm Ủy viên": the state elected (events_topics)
        actors, recips = chosen[0], chosen[1] or [c for c in recips if c not in chosen[0]]
    if kind is K.MEMBERSHIP_ELECT and not recips:  # "được bầu vào vị trí này": the seat named before
        recips = seat_before(text, index, s0, ts, te)
    if (
        trig.name == "visit_go" and post
    ):  # "sang Phi-líp-pin dự Tuần lễ Cấp cao APEC": the country gone to, not
        recips = [c for c in recips if c in post[0].codes]  # the meeting's parties (the attendance's)
    if trig.name == "attend" and not any(g.marker == "" for g in post):
        attended = attended_meeting_orgs(text, index, te, ts)  # "dự hội nghị tại X": the one told before
        attended = attended or attended_topic(
            doc, ctx, text, te
        )  # "dự Hội nghị cấp cao." (events_org_unstated)
        if not attended:
            return None  # "sang dự Hội nghị": a meeting whose name holds no party
        recips = attended
    if kind is K.HOST and not recips:  # "Năm APEC 2017 mà Việt Nam sẽ đăng cai"
        recips = host_before_ma(text, pre)
    if trig.name == "member_apposed":  # "Cô-lôm-bi-a, thành viên OECD từ ...": the name before the comma
        actors = apposed_name(index, ts) or actors
    if kind is K.HOST and joint_meeting(pre, actors, recips):
        kind = K.CONSULT  # "hai nước tổ chức kỳ họp Ủy ban hỗn hợp": a meeting of the two (events_joint)
    elif kind is K.HOST and trig.name == "host" and meeting_with(text, te):
        kind = K.CONSULT  # "tổ chức cuộc họp thường niên với tỉnh X (Lào)": talks with X (round 23)
    elif kind is K.HOST and trig.name == "host" and promotion_meeting(text, ts):
        kind = K.COOPERATE  # "tổ chức Hội nghị xúc tiến đầu tư tại Xơ-un": promotion (events_joint)
        if not [c for c in recips if c != VNM]:  # "... của tỉnh tại Tô-ky-ô": the venue's state (round 213)
            recips = [c for c in venue_abroad(doc.text, text, te, c1) if c not in actors] or recips
    if (
        kind is K.MEMBERSHIP_JOIN and actors and not recips
    ):  # "tại Hội nghị ... của ORG, X trở thành thành viên"
        recips = meeting_org(text, pre)
    decided = kind is K.AGREEMENT_RATIFY and not actors and DECIDED.fullmatch(before)
    if decided:  # "Điều 1. Phê duyệt Thỏa thuận ...": the issuing Government decides, on its own date
        actors = [VNM]
    if kind in (K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH) and te - ts > 20:
        actors, recips = inner_parties(clause_groups, ts, te, actors, recips)
    if kind is K.MEMBERSHIP_JOIN and text.startswith("kết nạp", ts):  # "ASEAN kết nạp Việt Nam": X joins
        read = admitted(pre, post, te)
        if read is None and (counted := counted_admitted(doc, text, index, te)):
            org = admitted_by(pre) or bare_admitter(doc, ctx, text, c0, ts)  # "Năm 1992, tổ chức kết nạp ..."
            read = (
                (counted, org) if org else None
            )  # "ASEM kết nạp 13 thành viên mới, trong đó có A, B" (round 218)
        actors, recips = read or (actors, recips)
    if (
        kind in (K.RELATIONS, K.RELATIONS_ESTABLISH)
        and (hop := _HOP_TAC.search(text, te, post[0].start if post else te))
        and not relation_quality(text, te, hop.start())  # (", hữu nghị, hợp tác toàn diện": a quality)
    ):
        kind = K.COOPERATE if kind is K.RELATIONS else kind
    return Parties(kind, actors, recips, pre, prev, relative, decided, proposed, jointly)
