"""Events: one trigger -> a draft event (roles from the mention groups of its clause, status, date,
attributes; see docs/decisions.md, "Events"). Used by :func:`doingoai.extract.events.find_events`.

The steps, in order, each in a module named after what it decides: the trigger's reading frame and first kind
(:mod:`events_span`, :mod:`events_kind`), its subject and object groups (:mod:`events_sides`), its parties
(:mod:`events_parties`), the agreement it names (:mod:`events_signing`), the sides the text leaves unstated
(:mod:`events_unstated`), its status and date (:mod:`events_status_date`)."""

from __future__ import annotations

from typing import Any, Final

from doingoai.extract.events_agreement_phrases import MORE as MORE_SIGNINGS
from doingoai.extract.events_agreement_phrases import other_signings
from doingoai.extract.events_anaphora import pair_before
from doingoai.extract.events_chairs import presidency_of
from doingoai.extract.events_clause import groups_of_clause
from doingoai.extract.events_context import Context
from doingoai.extract.events_convention_session import convention_session
from doingoai.extract.events_joint import co_held_meeting, joint_pair
from doingoai.extract.events_kind import PAIR_REMEMBERED
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_occasion import CELEBRATIONS, celebration
from doingoai.extract.events_parties import hosted_roles, subject_roles, trigger_roles
from doingoai.extract.events_passive import TOLD_PARTNERSHIP
from doingoai.extract.events_plan_tasks import only_partner_named, plan_partner, plan_task, plan_trip
from doingoai.extract.events_roles import VNM, MentionIndex, as_actor
from doingoai.extract.events_sides import clause_sides
from doingoai.extract.events_signing import signing
from doingoai.extract.events_span import trigger_span
from doingoai.extract.events_status import attributes
from doingoai.extract.events_status_date import status_and_date
from doingoai.extract.events_unstated import unstated_sides
from doingoai.extract.members import members
from doingoai.extract.triggers import Hit
from doingoai.model import Document, EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
_MUTUAL: Final = frozenset({K.AGREEMENT_NEGOTIATE, K.CONSULT, K.COOPERATE, K.RELATIONS, K.AGREEMENT_SIGN})
_new = tuple.__new__  # Draft(...) without the NamedTuple's Python-level __new__ (speed round 12)


def draft_event(
    doc: Document,
    text: str,
    ctx: Context,
    index: MentionIndex,
    hit: Hit,
    hit_starts: list[int],
    s0: int,
    s1: int,
    block: int,
) -> Draft | None:
    """One trigger -> a draft event, or None. ``text`` is the lower-cased document text."""
    pre: list[Any]
    actors: Any
    recips: Any
    decided: Any
    held: Any
    trig = hit.trigger
    ts, te = hit.start, hit.end
    spanned = trigger_span(doc, text, ctx, index, hit, hit_starts, s0, s1, block)  # (events_span)
    if spanned is None:
        return None
    sp, kind = spanned
    sentence, c0, c1, p1, anniv = sp.sentence, sp.c0, sp.c1, sp.p1, sp.anniv
    prev = -1
    relative = None
    decided = False
    proposed: tuple[str, ...] = ()
    jointly = False
    clause_groups = groups_of_clause(ctx, text, index, c0, c1)
    if trig.subject_first:  # "Quan hệ (giữa X) với Y ... được củng cố"
        kind, actors, recips = subject_roles(text, hit, kind, clause_groups, c0)  # (events_parties)
        pre = []
    elif (
        trig.name == "host_by"
    ):  # "Hội nghị Cấp cao ASEAN ... do Việt Nam chủ trì": host -> the meeting's organisation
        actors, recips = hosted_roles(text, index, clause_groups, c0, hit)
        pre = []
    else:
        sides = clause_sides(text, ctx, index, hit, hit_starts, sp, kind, clause_groups)  # (events_sides)
        if sides is None:
            return None  # (no act of its own: events_sides)
        got = trigger_roles(doc, text, ctx, index, hit, sp, kind, clause_groups, sides)  # (events_parties)
        if got is None:
            return None
        kind, actors, recips, pre = got.kind, got.actors, got.recips, got.pre
        prev, relative, decided = got.prev, got.relative, got.decided
        proposed, jointly = got.proposed, got.jointly
    if trig.name == "coordinate" and co_held_meeting(text, te, c1):
        kind = K.CONSULT  # "phối hợp với phía bạn tổ chức kỳ họp Ủy ban ...": the meeting held (events_joint)
    # a council that imposes sanctions acts in its own name (round 35), and so does the Security Council condemning
    # (round 36): "Hội đồng Bảo an ... áp đặt lệnh cấm vận"; its other acts stand for the UN
    own_meeting = trig.name == "consult_met" and len(actors) == 1 and not recips  # "Hội đồng Bảo an họp khẩn"
    keep = (
        kind is K.SANCTION or kind is K.PROTEST and actors == ["UNSC"] or own_meeting
    )  # (events_met, round 125)
    actors = actors if keep else as_actor(actors)
    recips = [c for c in recips if c not in actors]
    if anniv and not actors and not recips and kind in PAIR_REMEMBERED:
        # "kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao": of the pair the text is about ("hai nước" there)
        actors = list(pair_before(doc, index.mentions, ts) or ())
    if trig.name in TOLD_PARTNERSHIP and not actors and not recips:  # "Quan hệ Đối tác ... xác lập năm 2018"
        actors = list(pair_before(doc, index.mentions, ts) or ())  # (the pair the text is about)
    if (
        not actors
        and not recips
        and plan_task(trig.name, trig.kind)
        and not plan_trip(trig.name)
        and (partner := plan_partner(doc, index.mentions, ctx.cache, ts))
        and only_partner_named(index.between(*sp.sentence), partner)
    ):  # "đàm phán và ký Kế hoạch công tác chung" in a plan with one partner: ours and its (events_plan_tasks)
        actors = ["VNM", partner]
    signed_as = signing(doc, text, ctx, index, hit, sp, kind, pre, actors, recips)  # (events_signing)
    if signed_as is None:
        return None
    agreement, signed, single, actors, recips = signed_as
    if not actors and recips and kind in _MUTUAL and text.startswith(" giữa ", te) and trig.name != "mediate":
        # "Đàm phán giữa Hoa Kỳ và Mê-hi-cô bắt đầu ...": those between are its parties, not partners of the unstated
        # Vietnam (round 46)
        actors, recips = list(recips), []
    sides_named = unstated_sides(
        doc, text, ctx, hit, sp, block, kind, clause_groups, pre, actors, recips, jointly, single
    )  # (events_unstated)
    if sides_named is None:
        return None
    actors, recips = sides_named
    if kind is K.HOST and not recips:  # "đăng cai Hội nghị ... các bên tham gia Công ước ..." (round 159)
        recips = convention_session(ctx, doc.text, sp.s0, ts, te, sp.p1)
    if (
        trig.name == "consult_joint_session"
        and len(actors) == 1
        and len(recips) == 1
        and joint_pair(text, te, p1)
    ):
        # "Kỳ họp ... Ủy ban hỗn hợp A – B": both sides meet (events_joint)
        actors, recips = [*actors, *recips], []
    if (
        trig.name == "invest_projects" and recips
    ):  # "92 dự án FDI của nhà đầu tư X": X invests in the writer's side
        actors, recips = recips, [c for c in actors if c not in recips]
    if (
        kind is K.CHAIR
    ):  # "Chủ tịch luân phiên Hội đồng Liên minh châu Âu": the EU's presidency (events_chairs)
        recips = presidency_of(recips)
    status, date, explicit, celebrated, held = status_and_date(
        doc, text, ctx, hit, sp, block, kind, pre, prev, proposed, relative, decided
    )  # (events_status_date)
    attrs = attributes(doc, text, kind, trig.name, te, p1, c0, c1, ctx.cache)
    if agreement:
        attrs["agreement"] = agreement
    items = tuple(sorted(attrs.items())) if len(attrs) > 1 else tuple(attrs.items())
    d = _new(Draft, (kind, tuple(actors), tuple(recips), date, status, sentence, items, explicit))
    if len(signed) > 1:  # "EVFTA và EVIPA, ký ngày ...": one signing per agreement
        ctx.cache.setdefault(MORE_SIGNINGS, []).extend(other_signings(d, signed[1:], VNM))
    if celebrated:
        ctx.cache.setdefault(CELEBRATIONS, []).extend(celebration(d, anniv))
    elif held:  # a celebration held: a relations event of its own date (events_tasks)
        ctx.cache.setdefault(CELEBRATIONS, []).extend(
            x._replace(status=status) for x in celebration(d, anniv)
        )
    return d
