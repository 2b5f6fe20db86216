"""Events: what an agreement or membership trigger names and who its parties are: the agreement of the clause,
a participle's ("Hiệp định EVFTA, ký ngày ..."), a passive's with its agent ("được 15 nước ký", "do A và B ký"),
one told before or shared with the clause before; whether the act is one party's alone (a ratification, "Việt
Nam sẽ ký Công ước"); and the signings with nothing signed. Used by
:func:`doingoai.extract.events_draft.draft_event`."""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.cue_tries import AGREEMENT_NOUN_CUE
from doingoai.extract.events_agreement_phrases import (
    joined_before_agreement,
    participle_agreements,
    reduced_agreements,
)
from doingoai.extract.events_anaphora import pair_before
from doingoai.extract.events_context import Context
from doingoai.extract.events_inner_parties import PASSIVE_BEFORE, agreement_before
from doingoai.extract.events_instrument_named import named_instrument_pair
from doingoai.extract.events_invited import bilateral_signing, own_signing
from doingoai.extract.events_members_signed import members_signing, signed_instrument
from doingoai.extract.events_org_unstated import is_state, org_signing
from doingoai.extract.events_passive import (
    agent_roles,
    by_named,
    collective_agent,
    leaders_agent,
    relative_agreement,
    shared_subject,
)
from doingoai.extract.events_places import declaration_name
from doingoai.extract.events_ratify_elided import elided_ratification
from doingoai.extract.events_roles import AGREEMENT_KINDS, VNM, MentionIndex
from doingoai.extract.events_shapes import own_parliament
from doingoai.extract.events_span import Span
from doingoai.extract.events_status import agreement_of
from doingoai.extract.events_tasks import one_party_act, submitted
from doingoai.extract.members import members
from doingoai.extract.triggers import Hit
from doingoai.model import Document, EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
_SIGNED_ON: Final = re.compile(
    r" (?:ngày|tháng|năm|vào ngày|vào tháng|vào năm) \d"
)  # "ký ngày 5 tháng 5 năm 2015"
_AGREEMENT_OR_MEMBERSHIP: Final = AGREEMENT_KINDS | {K.MEMBERSHIP_JOIN, K.MEMBERSHIP_LEAVE}


def signing(
    doc: Document,
    text: str,
    ctx: Context,
    index: MentionIndex,
    hit: Hit,
    sp: Span,
    kind: EventKind,
    pre: list[Any],
    actors: Any,
    recips: Any,
) -> tuple[str, list[tuple[str, tuple[str, ...]]], bool, Any, Any] | None:
    """(agreement, the agreements a participle names, one party's act alone, actors, recipients), or None for a
    signing with nothing signed. ``text`` is the lower-cased document text."""
    trig = hit.trigger
    ts, te = hit.start, hit.end
    s0, c0, c1, p1, before = sp.s0, sp.c0, sp.c1, sp.p1, sp.before
    agreement, parties = agreement_of(ctx, kind, te, p1, c1) if kind in _AGREEMENT_OR_MEMBERSHIP else ("", ())
    signed = participle_agreements(ctx, index, c0, ts) if kind is K.AGREEMENT_SIGN and not agreement else []
    if not signed and kind is K.AGREEMENT_SIGN and not agreement:
        signed = reduced_agreements(
            ctx, index, c0, ts, te
        )  # "Hiệp định ... Việt Nam – UAE (CEPA) ký ngày ..."
    if (
        kind is K.MEMBERSHIP_JOIN
        and agreement
        and joined_before_agreement(ctx, index, te, ctx.agreements_between(te, c1)[0].start)
    ):
        agreement, parties = (
            "",
            (),
        )  # "tham gia Ủy ban ... (ICCS) thi hành Hiệp định Pa-ri": the body is joined
    if trig.name in ("adopt", "adopt_named") and not agreement:
        agreement = declaration_name(doc.text, te + 1)  # "Tuyên bố Thành phố Hồ Chí Minh" (events_places)
    if signed:  # "Hiệp định EVFTA, ký ngày 30/6/2019": the name before the comma was signed (events_agreement_phrases)
        agreement, parties = signed[0]
        actors, recips = [c for c in parties if c != agreement] or [VNM], []
    passive = (
        bool(signed)
        or kind in AGREEMENT_KINDS
        and (
            PASSIVE_BEFORE.search(text, max(c0, ts - 20), ts) is not None
            or any(g.marker == "được" for g in pre)
        )
    )  # "được (Quốc hội) hai nước phê chuẩn": a passive with its agent
    by_all = collective_agent(text, c0, ts) if kind in AGREEMENT_KINDS and not passive else -1
    passive = passive or by_all >= 0  # "Hiệp định ... được hai bên ký": the agreement's parties
    if (
        kind in AGREEMENT_KINDS
        and not agreement
        and (ap := agent_roles(doc, ctx, text, kind, s0, c0, ts, actors))
    ):
        agreement, parties, actors, passive = *ap, True  # "X được 15 nước ký", "X được Quốc hội phê chuẩn"
        recips = [c for c in recips if c not in actors and c != agreement]  # (events_passive)
    if (
        kind in AGREEMENT_KINDS and not agreement and " mà " in before
    ):  # "X mà Việt Nam vừa ký" (events_passive)
        agreement, parties = relative_agreement(ctx, text, c0, ts)
    if kind in AGREEMENT_KINDS and (agents := by_named(text, pre, ts)):  # "Hiệp ước do A và B ký"
        passive, actors, recips = True, agents, [c for c in recips if c not in agents]  # (events_passive)
    led = kind is K.AGREEMENT_SIGN and not passive and bool(agents := leaders_agent(text, pre, s0, ts))
    if (
        led
    ):  # "Hiệp ước X là ..., được Tổng thống C của A và Tổng thống D của B ký" (events_passive, round 34)
        passive, actors, recips = True, agents, [c for c in recips if c not in agents]
    single = kind is K.AGREEMENT_RATIFY or kind is K.AGREEMENT_SIGN and passive
    single = single or trig.name == "host_venue"  # "... của Ai Cập là nơi diễn ra COP27": its host alone
    single = (
        single or trig.name == "consult_met" and len(actors) == 1 and not recips
    )  # a body's meeting (events_met)
    if not single and one_party_act(text, kind, trig.name, c0, ts, te, c1):
        single = True  # "Việt Nam sẽ ký Công ước", "đăng cai Lễ mở ký": no partner named
    if (
        single
        and not actors
        and kind is K.AGREEMENT_RATIFY
        and (submitted(text, c0, ts) or own_parliament(doc, c0, ts))
    ):
        # "trình cấp có thẩm quyền phê chuẩn": Vietnam's own procedure; "Quốc hội" named alone is Vietnam's
        actors, recips = [VNM], [c for c in recips if c != VNM]
    if not agreement and passive:
        agreement, parties = agreement_before(ctx, c0, ts if by_all < 0 else by_all)  # "EVFTA được ký"
        if agreement and not actors:
            actors = [c for c in parties if c != agreement] or [VNM]  # a group agreement: Vietnam signs it
    if (
        not agreement and passive
    ):  # "X được ký tại A, được Quốc hội B phê chuẩn": one subject (events_passive)
        agreement, parties = shared_subject(ctx, text, s0, c0, ts)
    if not actors and kind is K.AGREEMENT_SIGN and bilateral_signing(text, c0, ts, te):
        actors = list(
            pair_before(doc, index.mentions, ts) or ()
        )  # "Hiệp định ... song phương được ký": the pair's
    if not actors and kind is K.AGREEMENT_SIGN and own_signing(doc, text, c0, te):
        actors = list(
            pair_before(doc, index.mentions, ts) or ()
        )  # "Tuyên bố chung được ký tại ...": the pair's
        agreement = agreement or ("tuyên bố chung" if actors else "")  # (events_invited)
    if (
        not actors
        and kind is K.AGREEMENT_SIGN
        and passive
        and (named := named_instrument_pair(ctx, text, c0, ts))
    ):
        actors = named  # "Hiệp định ... Việt Nam – UAE (CEPA) ... sau khi Hiệp định được ký" (round 128)
    if (
        not actors
        and kind is K.AGREEMENT_SIGN
        and not index.any_between(c0, c1)
        and (org := org_signing(doc, ctx, text, c0, ts, te))
    ):
        actors, single = [org], True  # "Nghị định thư thứ hai được ký năm 1998": the entry's organisation's
    if (
        kind is K.AGREEMENT_SIGN
        and not passive
        and not any(is_state(c) for c in (*actors, *recips))
        and (signers := members_signing(doc, ctx, text, index, c0, ts))
    ):  # "nguyên thủ các nước thành viên ký Hiệp ước ...": the members listed before, else the organisation
        actors, recips = signers, [c for c in dict.fromkeys([*actors, *recips]) if c not in signers]
        single = len(signers) == 1  # (the organisation alone: its members' act)
        agreement = agreement or signed_instrument(doc.text, te)  # "các nhà lãnh đạo ký Tuyên bố Bê-lem"
    if (
        kind in AGREEMENT_KINDS
        and not (  # (a passive's subject is the agreement: "Hiệp định ... X – Y (ABBR) được ký")
            agreement
            or recips
            or led  # (the sentence opens on the agreement it defines)
            or kind is K.AGREEMENT_NEGOTIATE
            and len(actors) >= 2  # "Hai bên ...; đàm phán về vấn đề này ..."
            or AGREEMENT_NOUN_CUE.search(
                text, max(s0 if passive else c0, ts - (160 if passive else 40)), min(p1 + 1, te + 80)
            )
            or kind is K.AGREEMENT_SIGN
            and _SIGNED_ON.match(text, te) is not None
            and AGREEMENT_NOUN_CUE.search(text, c0, ts) is not None  # "(Căn cứ) Hiệp định ... giữa A và B ký
            # ngày ...": a long name, signed on a date told right after the verb (round 26)
            or kind is K.AGREEMENT_RATIFY
            and "thủ tục" in text[max(c0, ts - 12) : ts]  # "thủ tục phê chuẩn"
            or kind is K.AGREEMENT_RATIFY
            and submitted(text, c0, ts)  # "trình cấp có thẩm quyền phê chuẩn" (the instrument named before)
            or kind is K.AGREEMENT_RATIFY
            and not passive
            and " mà " not in before
            and "được " not in before  # "chưa được các nước thành viên phê chuẩn": a passive
            and "chờ " not in before  # "còn chờ nghị viện các nước phê chuẩn": not done yet
            and elided_ratification(text, c0, te, actors)  # "X phê chuẩn năm 2010": the treaty told before
        )
    ):
        return None  # "ký" with nothing signed
    recips += [c for c in parties if c not in actors and c not in recips]
    return agreement, signed, single, actors, recips
