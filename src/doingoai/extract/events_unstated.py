"""Events: the side a text leaves unstated and the parties an event needs: a pronoun's country ("ông thăm Nhật
Bản" after "Tổng thống Hàn Quốc"), a foreign name or a third person that is no unstated Vietnam, Vietnam as the
default actor or recipient only in a text that names it, co-founders, partners, a pair acting together, and the
drafts left without a party on each side. Used by :func:`doingoai.extract.events_draft.draft_event`."""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_agent_clause import (
    NOMINAL_GIVEN,
    by_agent,
    genitive_giver,
    passive_receiver,
    relative_agent,
)
from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_bare_org import bare_org_head
from doingoai.extract.events_bare_title import titled_object, titled_subject
from doingoai.extract.events_candidacy_backed import backed_candidate
from doingoai.extract.events_codes import acting_code
from doingoai.extract.events_context import Context
from doingoai.extract.events_destination import came_over, invited_attend, invited_visit, visit_to_vietnam
from doingoai.extract.events_fronted import fronted_meeting
from doingoai.extract.events_instruments import trailing_companions
from doingoai.extract.events_invited import mission_acts, mission_pair
from doingoai.extract.events_lone import dash_sides, lone_act
from doingoai.extract.events_members import recognised_as
from doingoai.extract.events_narrator import delegation_joined
from doingoai.extract.events_object_author import object_author
from doingoai.extract.events_org_unstated import (
    handover_seat,
    hosted_meeting_org,
    is_state,
    own_bare_noun,
    topic_head,
    topic_organisation,
    unstated_seat,
)
from doingoai.extract.events_plan_tasks import plan_partner, plan_side
from doingoai.extract.events_plural_subject import plural_unnamed
from doingoai.extract.events_ratify_elided import elided_hosting
from doingoai.extract.events_received_group import received_together
from doingoai.extract.events_rejoin import rejoin_kept
from doingoai.extract.events_roles import AGREEMENT_KINDS, DEFAULT_RECIPIENT_VNM, ORG_TARGET, VNM, defaults
from doingoai.extract.events_seat import seat_told_before
from doingoai.extract.events_section import section_partner
from doingoai.extract.events_span import Span
from doingoai.extract.events_status import foreign_name
from doingoai.extract.events_topic_country import (
    foreign_subject,
    own_act_partner,
    titled_stranger_after,
    titled_topic,
    topic_country,
    war_target,
)
from doingoai.extract.events_topic_target import chair_of_topic, topic_target
from doingoai.extract.events_unasserted import generic_subject, pronoun_country
from doingoai.extract.events_unknown_actor import dateline_end, titled_country, unknown_subject
from doingoai.extract.events_venue_abroad import venue_abroad
from doingoai.extract.members import members
from doingoai.extract.places import own_unit
from doingoai.extract.trigger_lex92 import NAMED_TARGET
from doingoai.extract.trigger_lex186 import stance_antecedent  # (round 186: a stance's target told before)
from doingoai.extract.trigger_troops import TROOPS_ONLY
from doingoai.extract.triggers import Hit
from doingoai.model import BlockType, Document, EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
_WAR_OR_SANCTION: Final = frozenset(
    {K.CONFLICT, K.SANCTION, K.SANCTION_LIFT}
)  # (events_topic_country, round 31)
_PRONOUN: Final = re.compile(
    r"(?:họ|ông|bà|nó|chúng(?! (?:tôi|ta|mình)\b)|hắn|anh ấy|chị ấy)\b"
)  # a sentence opening on a third person
# what may follow "ủng hộ" when its target is the unstated Vietnam: an adverb or the end of the clause
_NO_OBJECT: Final = re.compile(
    r"\s*(?:mạnh mẽ|nhiệt tình|tích cực|to lớn|quý báu|hết lòng|rộng rãi|kiên quyết|và giúp đỡ|[,.;:)]|$)"
)
_OWN_SIDE: Final = frozenset({"VNM", "CPV"})
_VENUE_KINDS: Final = frozenset(
    {K.VISIT, K.COOPERATE}
)  # a trip, a fair, a promotion of ours abroad (round 171)
# a sentence opening on a monarch's bare title (after a date, if any): a foreign head of state, never Vietnam's
_MONARCH: Final = re.compile(
    r"(?:[^,;:]{0,40}, )?(?:quốc vương|nhà vua|hoàng đế|tiểu vương|thái tử|nữ hoàng)\b"
)
_SEAT_KINDS: Final = frozenset({K.MEMBERSHIP_ELECT, K.MEMBERSHIP_JOIN})
_BARE_KINDS: Final = frozenset(
    {*_SEAT_KINDS, K.MEMBERSHIP_LEAVE, K.CHAIR}
)  # an election or admission: a seat
# a group named in the sentence though not recognised ("Liên minh Kinh tế Á – Âu, mà Belarus là thành viên"): its own
# organisation, not the one the text is about (round 27)
_NAMED_GROUP: Final = re.compile(
    r"\b(?:Liên minh|Tổ chức|Hiệp hội|Khối|Cộng đồng|Liên đoàn|Diễn đàn|Nhóm|Hội đồng)\b"
)
# what a state leaves when the organisation is unstated (round 32): its own noun, then the clause's end, a date or a
# reason ("Nga tuyên bố rút khỏi tổ chức.", "rời khỏi cơ chế năm 1999"); not "rút khỏi đàm phán", "khỏi liên bang"
_LEFT: Final = re.compile(
    r"\s*(?:tổ chức|khối|liên minh|cộng đồng|ủy ban|cơ chế|hiệp hội|diễn đàn|nhóm|liên đoàn|hội đồng|cơ quan(?=\s+(?:này|đó)))(?:\s+(?:này|đó|trên))?"
    r"(?=\s*(?:[,.;:)]|$|(?:(?:cuối|đầu|giữa) )?năm\b|vào\b|(?:kể )?từ\b|ngày\b|tháng\b|hồi\b|sau\b|do\b|vì\b|khi\b))"
)
# (round 158) the organisation left unsaid, a date right after the verb: "gia nhập ILO năm 1980, rút khỏi năm 1985",
# "X gia nhập năm 2008 nhưng rút khỏi năm 2010" (the body the entry or the clause before is about)
_LEFT_DATED: Final = re.compile(r"\s*(?:(?:vào|kể từ|từ|hồi)\s+)?(?:(?:cuối|đầu|giữa)\s+)?(?:năm|tháng)\s+\d")
# (round 158) a leaving of the text's organisation by its bare capitalised noun before a return in the sentence
_LEFT_BARE_BEFORE: Final = re.compile(
    r"\b(?:rút khỏi|rời khỏi|rời|ra khỏi) (?:Liên minh|Tổ chức|Hiệp hội|Khối|Cộng đồng|Liên đoàn|Diễn đàn|Nhóm"
    r"|Hội đồng)(?= (?:năm|tháng|ngày|cuối|đầu|giữa|vào|từ|hồi)\b|[,.;])"
)
# the text's own organisation by its bare noun after a seat or a chair (round 32): "chuyển giao chức Chủ tịch luân
# phiên của khối cho X", "được kết nạp vào tổ chức năm 1995" (the organisation the title or the entry names)
_OWN_NOUN: Final = re.compile(
    r"\s*(?:của|vào|trong)\s+(?:khối|tổ chức|cộng đồng|liên minh|hiệp hội|liên đoàn)(?:\s+(?:này|đó|trên))?"
    r"(?=\s*(?:[,.;:)]|$|cho\b|năm\b|vào\b|(?:kể )?từ\b|ngày\b|tháng\b|hồi\b|sau\b|nhiệm kỳ\b))"
)
# the head of an organisation elected with no organisation after the post (round 38): the one the text is about
_HEAD_POST: Final = re.compile(
    r"\s*(?:làm\s+)?(?:tổng thư ký|tổng giám đốc|giám đốc điều hành)(?:\s+(?:đầu tiên|thứ (?:\d+|\w+)))?"  # (round 113)
    r"(?=\s*(?:[,.;:]|$|với\b|nhiệm kỳ\b|năm\b|ngày\b|tháng\b|của (?:tổ chức|khối|liên minh|hiệp hội|cộng đồng)\b))"
)
# a summit that names no organisation, in a text about one (round 32): "Hội nghị thượng đỉnh tiếp theo sẽ được tổ
# chức tại X", "Hội nghị cấp cao do X đăng cai": the text's organisation meets (not "hội nghị về Li-bi")
_SUMMIT: Final = re.compile(
    r"\b(?:hội nghị (?:thượng đỉnh|cấp cao)|cuộc họp)(?:\s+(?:tiếp theo|đầu tiên|lần (?:thứ )?\w+|thường niên|năm nay"
    r"|không chính thức|cấp bộ trưởng|cấp cao))*"
    r"(?=\s*(?:[,.;:]|$|do\b|đã\b|sẽ\b|được\b|họp\b|diễn ra\b|tại\b|ở\b|trong\b|của (?:các nước|khối|tổ chức)\b))"
)
# a nominal visit whose visitor follows with "của" and no destination is written: Vietnamese writing means Vietnam
_VISIT_OF: Final = re.compile(
    r"(?:chuyến|cuộc) thăm(?: chính thức| cấp nhà nước| và làm việc| làm việc| hữu nghị){0,2}\s*(?:\([^)]*\)\s*)?của\b"
)


# a clash told of both sides as one subject ("A và B giao tranh", "hai nước xung đột"): neither is the default target
_RECIPROCAL: Final = re.compile(r"(?:cuộc )?(?:giao tranh|đụng độ|xung đột)\b")


def unstated_sides(
    doc: Document,
    text: str,
    ctx: Context,
    hit: Hit,
    sp: Span,
    block: int,
    kind: EventKind,
    clause_groups: list[Any],
    pre: list[Any],
    actors: Any,
    recips: Any,
    jointly: bool,
    single: bool,
) -> tuple[list[str], list[str]] | None:
    """The actors and recipients with the unstated sides filled in, or None when the draft has no party on each
    side (or only Vietnam's). ``text`` is the lower-cased document text; ``single``: one party's act alone."""
    trig = hit.trigger
    ts, te = hit.start, hit.end
    s0, c0, c1, p1, before = sp.s0, sp.c0, sp.c1, sp.p1, sp.before
    actors, recips = invited_visit(
        doc, text, kind, actors, recips, s0, ts
    )  # "Theo lời mời của X, B sang thăm"
    actors, recips = visit_to_vietnam(
        text, kind, te, actors, recips
    )  # "X, đang thăm Việt Nam" (events_destination)
    actors, recips = invited_attend(
        doc, text, kind, actors, recips, s0, ts
    )  # "Nhận lời mời của X, B sẽ dự ..."
    if trig.name in ("sanction_weak", "lift_share") and not recips:
        # "ECOWAS dỡ bỏ phần lớn các biện pháp trừng phạt" in a text on Niger: on the text's country (round 137)
        on = topic_target(doc, ctx, kind, trig.name, text[ts:te], s0, sp.s1, actors)
        if not on:
            return None
        recips = [on]
    given = relative_agent(text, clause_groups, te, c1) if kind in NOMINAL_GIVEN else None
    if given:  # "sự ủng hộ quý báu mà nhân dân An-giê-ri dành cho ...": the relative clause's subject gives
        actors, recips = (
            given[0],
            given[1] or [c for c in dict.fromkeys([*recips, *actors]) if c not in given[0]],
        )
    passive = passive_receiver(text, clause_groups, c0, ts) if kind in NOMINAL_GIVEN else None
    if passive is not None and set(passive[0]) & set(actors):  # "sinh viên Lào được (tỉnh) cấp học bổng"
        actors, recips = (
            [VNM] if passive[1] else [],
            [*passive[0], *(c for c in recips if c not in passive[0])],
        )
        # "... được cấp học bổng của Chính phủ Việt Nam": the giver after the gift (events_agent_clause)
        of = genitive_giver(text, clause_groups, hit.end, c1, passive[0])
        actors, recips = (of, [c for c in recips if c not in of]) if of else (actors, recips)
    if (
        not actors and kind in NOMINAL_GIVEN
    ):  # "tuyến metro số 2 do ADB, KfW và EIB tài trợ" (events_agent_clause)
        actors = by_agent(text, clause_groups, c0, ts)
    # "Gặp Thủ tướng Phạm Minh Chính ..., Thủ tướng Ô-xtrây-li-a ... bày tỏ": the main clause's subject (events_fronted)
    fronted = fronted_meeting(doc, text, s0, ts, te, kind)
    if fronted:
        actors, recips = [fronted], [c for c in dict.fromkeys([*actors, *recips]) if c != fronted]
    # "Tổng thống sẽ hội kiến ..." after "Tổng thống Hy Lạp X ...": Greece (events_bare_title)
    titled = titled_subject(doc, text, c0, ts)
    if titled:  # (events_bare_title: no name before the trigger, so a side already read came after it)
        actors, recips = [titled], [c for c in dict.fromkeys([*actors, *recips]) if c != titled]
    held = (
        titled_object(doc, text, te) if not titled else ""
    )  # "... đã hội kiến Tổng thống." (events_bare_title)
    if held and held not in actors and held not in recips:
        recips = [held, *recips]
    if not actors:  # "Tháng 3/2023, ông thăm Nhật Bản" after "Tổng thống Hàn Quốc ...": Korea, not Vietnam
        who = pronoun_country(doc, text, doc.blocks[block].start if block < len(doc.blocks) else s0, c0, ts)
        if who and who != VNM:
            actors, recips = [who], [c for c in recips if c != who]
    if not actors and ts > c0:  # "..., Bộ trưởng Ngoại giao I-vi-ca Đa-chích ký ..." (events_unknown_actor)
        serves = titled_country(doc, ctx, max(c0, ts - 120), ts, block, recips)
        actors, recips = ([serves], [c for c in recips if c != serves]) if serves else (actors, recips)
    if not actors and (led := titled_topic(doc, ctx, max(c0, ts - 120), ts, recips)):
        actors = [
            led
        ]  # "Tổng thống Pôn Ka-ga-mê ..." in a text about Rwanda (events_topic_country, round 31)
    # "sẽ tiếp Bộ trưởng Mbella Mbella", "chuyến thăm Việt Nam của Tổng thống Pôn Bi-a" (events_topic_country)
    actors, recips = titled_stranger_after(doc, ctx, text, kind, te, c1, actors, recips)
    # "tôi được cử đi X trong đoàn Thủ tướng Y dự ...": the narrator's side is the delegation's (events_narrator)
    if not actors and (joined := delegation_joined(ctx, text, c0, ts, te, p1)):
        actors, recips = [joined], [c for c in recips if c != joined]
    if not actors and someone_named(doc, ctx, text, s0, max(c0, ts - 120), ts):
        return None  # "Obama đã đến thăm Kenya", "Họ ủng hộ ...": someone is named, not Vietnam by default
    if not recips and (kind is K.SUPPORT or kind is K.PROTEST) and actors:
        # "X hoan nghênh nghị quyết.": the makers of the resolution told before (events_object_author)
        recips = object_author(doc, text, te, s0, actors) or stance_antecedent(doc, text, ts, te, s0, actors)
    if not recips and kind is K.SUPPORT and actors:
        # "ủng hộ ứng cử viên của Việt Nam", "Ứng cử của Việt Nam được ... ủng hộ" (events_candidacy_backed)
        recips = backed_candidate(doc, text, s0, ts, te, actors)
    if not recips and kind in DEFAULT_RECIPIENT_VNM:  # VNM receives only when nothing else is named as target
        if (
            foreign_name(doc, ctx, te, min(p1, te + 60))
            or (kind is K.SUPPORT or kind is K.PROTEST)  # (a protest's object: round 35)
            and not _NO_OBJECT.match(text, te)
            and not recognised_as(text, c0, ts)  # "(X) được UNESCO công nhận là ...": a site (events_members)
        ):
            return None  # "ủng hộ chủ nghĩa đế quốc", "tấn công Fort Caroline": the target is something else
    if kind is K.MEMBERSHIP_JOIN and actors:  # "..., cùng A, B và C": co-founders (events_instruments)
        more = trailing_companions(text, clause_groups, te, c1)
        actors += [c for c in more if c not in actors and c not in recips]
    if trig.name == "partner_of":  # "UNDP là đối tác lâu năm của Chính phủ": partners, each of the other
        actors, recips = actors + [c for c in recips if c not in actors], []
    joint = trig.name in ("joint", "partner_of") and len(actors) >= 2  # "A và B cùng nộp ...": both act
    joint = joint or jointly  # (events_tasks: an agreement implemented by its parties)
    pair = joint or (
        not recips
        and len(actors) >= 2
        and any("pair" in g.kinds and set(g.codes) <= set(actors) for g in pre)
    )
    if not actors and not pair and (generic_subject(before) or plural_unnamed(kind, before)):
        return None  # "Một quốc gia muốn gia nhập WTO phải ...", "ba nước gia nhập NATO" (round 159): no one named
    if kind is K.CONFLICT and not recips and len(actors) >= 2 and _RECIPROCAL.match(text, ts):
        actors, recips = actors[:1], actors[1:]  # "A và B giao tranh từ năm 1932": each the other's enemy
    if kind is K.CONFLICT:  # "xung đột Nga – U-crai-na bùng nổ": the first against the second (events_lone)
        actors, recips = dash_sides(text, te, actors, recips)
    if not actors and not recips and mission_acts(doc, ctx.mentions_between(0, 400), ctx.cache, text, c0, ts):
        actors = [
            VNM
        ]  # "Tối 14/2, Đại sứ quán tổ chức chiêu đãi ...": the mission in its own report (round 90)
    if not pair:  # "Hai bên nhất trí tăng cường hợp tác": both sides act, neither is the other's recipient
        named = (*actors, *recips)
        if (
            kind is K.VISIT
            and len(actors) >= 2  # (speed round 35: received_together's own first test, without the call)
            and (guests := received_together(text, kind, actors, recips, c0, ts)) is not None
        ):
            actors, recips = guests  # "đón tàu hải quân của A, B và C thăm Cảng ...": all came (round 207)
        actors, recips = defaults(kind, actors, recips, text[max(c0, ts - 60) : ts])
        if kind in _WAR_OR_SANCTION and actors is not None and recips == [VNM] and VNM not in named:
            recips = war_target(
                doc, ctx, actors, block
            )  # (a text about one foreign country: its wars, round 31)
            if recips is None:
                return None
        if (trig.name in TROOPS_ONLY or trig.name in NAMED_TARGET) and recips == [VNM] and VNM not in named:
            return (
                None  # "quân đội X đổ bộ lên bờ biển phía bắc": troops move into the place named, or no event
            )
        if actors is not None and _vietnam_by_default(doc, ctx, block, named, actors, recips):
            return None  # an unnamed side is Vietnam only in a text that names Vietnam somewhere
        added = actors is not None and any(c in _OWN_SIDE and c not in named for c in (*actors, *recips))
        subject = foreign_subject(doc, ctx, block) if added else ""
        if subject:  # a text about a foreign state or body, a paragraph far from Vietnam (round 45)
            if any(c in _OWN_SIDE and c not in named for c in recips) or subject in recips:
                return None  # "Hiệp định thành lập Ngân hàng được 23 nước châu Phi ký": no unstated Vietnam
            actors = [subject if c in _OWN_SIDE and c not in named else c for c in actors or ()]
        if (
            actors is not None
            and kind in (K.CONFLICT, K.SANCTION, K.PROTEST)
            and recips == [VNM]
            and VNM not in named
            and not _vietnam_near(doc, block)
        ):
            return (
                None  # "Pa-ra-goay đã trải qua hai cuộc chiến tranh": a war told far from Vietnam (round 35)
            )
    if kind is K.VISIT and actors and not recips and VNM not in actors and _VISIT_OF.match(text, ts, p1):
        recips = [VNM]  # "Nhân chuyến thăm cấp Nhà nước của Tổng thống Joe Biden": a visit to Vietnam
    # "đoàn đại biểu tỉnh X (Lào) sang thăm và làm việc": over the border, to the writer's side (events_destination)
    over = came_over(doc, text, pre, actors, ts, te) if kind is K.VISIT and actors and not recips else ""
    if over:  # (or where an invitation / the sentence before sent that visitor: "Thái Lan mời ... sang thăm")
        recips = [] if over == VNM and _vietnam_by_default(doc, ctx, block, (), [VNM], []) else [over]
    if actors is None:
        return None
    if (
        (
            kind in _SEAT_KINDS
            or trig.name == "chair_handover"
            or kind is K.CHAIR
            or kind is K.MEMBERSHIP_LEAVE
            and (_LEFT.match(text, te) or _LEFT_DATED.match(text, te) or topic_head(doc, ctx, text, te))
        )
        and actors
        and not recips
    ):  # "..., Ấn Độ ... đã trúng cử", "chuyển giao chức Chủ tịch luân phiên cho Ba Lan": the organisation in play
        seat = topic_organisation(doc, ctx) if _OWN_NOUN.match(text, te) else ""  # "... của khối cho X"
        # "X và Y chính thức tham gia năm 2011" (placed only in a text about one body: events_bare_org, round 113)
        seat = seat or (topic_organisation(doc, ctx) if trig.name == "join_take_part" else "")
        seat = seat or topic_head(doc, ctx, text, te)  # "rút khỏi Kế hoạch." in "Kế hoạch Colombo" (round 38)
        seat = seat or unstated_seat(doc, ctx, text, block, te, p1, actors)  # (events_org_unstated)
        if (
            not seat
            and kind in (K.MEMBERSHIP_JOIN, K.MEMBERSHIP_LEAVE)
            and all(is_state(c) for c in actors)
            # (the group named is the bare noun right after, closing the clause: "rút khỏi Khối năm 1961", round 43)
            and (
                _NAMED_GROUP.search(doc.text, s0, p1) is None
                or own_bare_noun(doc, _LEFT.match(text, te))
                # (round 158) back where it left by the bare noun: "X rút khỏi Khối năm 1961 và chỉ trở lại năm 1994"
                or trig.name == "join_return"
                and _LEFT_BARE_BEFORE.search(doc.text, s0, ts) is not None
            )
        ):
            seat = topic_organisation(doc, ctx)  # "Liên đoàn Ả-rập\n\n... Cô-mô-rô gia nhập năm 1993"
        # (round 113: the chair taken, "Na Uy tiếp nhận cương vị Chủ tịch từ Nga", "X giữ chức Chủ tịch nhiệm kỳ ...")
        if not seat and trig.name in ("chair_handover", "chair") and all(is_state(c) for c in actors):
            seat = handover_seat(
                doc, ctx, text, c0, ts, te
            )  # "X chuyển giao vai trò Chủ tịch cho Y." (round 48)
        if not seat and trig.name == "chair":  # "Trung Quốc làm Chủ tịch giai đoạn 2014 – 2018" (round 137)
            seat = chair_of_topic(doc, ctx, text, te, actors)
        if not seat and kind is K.MEMBERSHIP_ELECT and _HEAD_POST.match(text, te):
            seat = topic_organisation(doc, ctx)  # "ông X (Xu-ri-nam) được bầu làm Tổng Thư ký," (round 38)
        if not seat and kind is K.MEMBERSHIP_ELECT and all(is_state(c) for c in actors):
            seat = _told_seat(
                doc, ctx, text, s0
            )  # "Cũng trong ngày, X, Y và Z trúng cử." (events_seat, round 124)
        recips = [seat] if seat else recips
    if not recips and actors and kind in _BARE_KINDS and (org := bare_org_head(doc, ctx, te)):
        recips = [
            org
        ]  # "gia nhập Cộng đồng năm 2015" after "Cộng đồng Kinh tế ASEAN" (events_bare_org, round 93)
    if not recips and actors and not set(actors) - _OWN_SIDE and not single and kind not in ORG_TARGET:
        partner = section_partner(
            doc, block, country_of, ctx.cache
        )  # under "2. Quan hệ với Lào" (events_section)
        # (round 90) a Vietnamese mission's report: the host country (events_invited)
        # (not a meeting hosted or aid: "phối hợp với Sở X tổ chức hội nghị", "X trao tặng ..., thông qua Tổng Lãnh
        # sự quán, hỗ trợ tỉnh Y" are no hosting by, no aid to, the host;
        # nor where its sentence names another state ("tổ chức đoàn doanh nghiệp Singapore sang khảo sát")
        # (round 114: a delegation's visit may name the host where it goes, after its "sang": "đón đoàn Hiệp hội X
        # Việt Nam sang làm việc với Cơ quan Y Chile"; not "đoàn doanh nghiệp Singapore sang", the visitor)
        if not partner and kind is not K.HOST and kind is not K.AID:
            host = (mission_pair(doc, ctx.mentions_between(0, 400), s0) or ("", ""))[1]
            came = text.find(" sang ", te, p1) if kind is K.VISIT else -1
            others = {
                m.code
                for m in ctx.mentions_between(s0, p1)
                if m.kind == "country" and not (m.code == host and 0 <= came < m.start)
            }
            partner = host if not others - _OWN_SIDE else ""
        recips = [partner] if partner else recips
    if (
        not recips
        and actors
        and not set(actors) - _OWN_SIDE
        and not single
        and (kind.symmetric or kind in AGREEMENT_KINDS)
        and (partner := topic_country(doc, ctx))
    ):  # "ta cần sớm đề xuất đàm phán hiệp định này" in "QUAN HỆ VIỆT NAM – X": the title's partner (round 86)
        recips = [partner]
    if (
        not recips
        and not single
        and (own := own_act_partner(doc, ctx, text, kind, block, c0, ts, te, actors))
    ):
        actors, recips = (
            own  # "ông thăm chính thức Việt Nam", "bạn đã giúp ta" under the title's partner (round 93)
        )
    if (
        not recips
        and len(actors) == 1
        and actors[0] not in _OWN_SIDE
        and (kind.symmetric or kind in AGREEMENT_KINDS)
        and not single
        and _writer_unstated(doc, ctx, block)
    ):  # "hai bên sẽ ký Biên bản ..." after "tỉnh X (Lào)" in a Vietnamese body's report or task: the writer signs
        recips = [VNM]
    if (
        trig.name == "relations_s"
        and kind is K.RELATIONS
        and not recips
        and len(actors) == 1
        and actors[0] not in _OWN_SIDE
        and _writer_unstated(doc, ctx, block)
    ):  # "Quan hệ hữu nghị với tỉnh X của nước bạn Lào tiếp tục được duy trì" (ties as the subject, not "phía bạn
        # mong muốn củng cố quan hệ", a wish of the other side): the writer's ties with X
        actors, recips = [VNM], actors
    if (
        kind is K.HOST
        and actors
        and not recips
        and all(is_state(c) for c in actors)
        and (
            _SUMMIT.search(text, c0, c1) or elided_hosting(text, c0, c1, te)
        )  # "X đăng cai năm 2004" (round 147)
    ):
        recips = [topic_organisation(doc, ctx)] if topic_organisation(doc, ctx) else recips  # (round 32)
    if (
        trig.name in ("host", "host_by")
        and actors
        and not recips
        and (met := hosted_meeting_org(doc, ctx, text, c0, c1, actors))
    ):
        recips = [met]  # "Hội nghị ... đầu tiên do Hoa Kỳ đăng cai" in an entry on the body (round 52)
    # "vòng đàm phán sáu bên do Trung Quốc đăng cai tại Bắc Kinh", "X tuyên bố bãi bỏ hiệp ước": one's act (events_lone)
    hosted = lone_act(trig.name, text, ts, te, c0, actors)
    if (
        not recips
        and actors == [VNM]
        and (planned := plan_side(doc, ctx, trig.name, kind, sp.sentence)) is not None
    ):
        # (round 118) a plan's task naming only us: the partner its title names (events_plan_tasks)
        actors, recips = (actors, planned) if planned else ([VNM, plan_partner(doc, [], ctx.cache, ts)], [])
    if (
        not recips
        and kind is K.RETREAT
        and (on := topic_target(doc, ctx, kind, trig.name, text[ts:te], s0, sp.s1, actors))
    ):
        recips = [on]  # "Oa-sinh-tơn hoàn tất rút quân khỏi căn cứ ..." in a text on Niger (round 137)
    if not recips and kind in _VENUE_KINDS and actors and not set(actors) - _OWN_SIDE:
        recips = venue_abroad(doc.text, text, te, c1)  # "... của Việt Nam tại Almaty và Tashkent" (round 171)
    if not recips and not (
        (kind.symmetric or kind in AGREEMENT_KINDS or pair)
        and len(actors) >= 2
        or (
            single or hosted
        )  # "được Quốc hội Hàn Quốc phê chuẩn", "được Việt Nam ký ngày ...": one party's act
        and actors
    ):
        return None
    if kind in ORG_TARGET and not recips and trig.name != "leave_denounce":
        return None
    if trig.name == "join_return" and not rejoin_kept(text, ts, te, recips):
        return None  # "trở lại Hà Nội": a return, no rejoining (events_rejoin, round 66)
    if not set(actors) - _OWN_SIDE and not set(recips) - _OWN_SIDE and not single:
        return None  # Vietnam and its Party are one side ("đường lối ... của Đảng ta")
    return actors, recips


def _told_seat(doc: Document, ctx: Context, text: str, s0: int) -> str:
    """The body of the election told last before the sentence at ``s0`` (events_seat), unless a state's own organ."""
    starts = ctx.cache.get("mention starts")
    if starts is None:
        starts = ctx.cache["mention starts"] = [m.start for m in doc.mentions]
    seat = seat_told_before(text, doc.mentions, starts, s0)
    return seat if seat and country_of(seat) == seat and not is_state(seat) else ""


def someone_named(doc: Document, ctx: Context, low: str, s0: int, lo: int, ts: int) -> bool:
    """Does someone stand as the subject of the trigger at ``ts`` whom the gazetteer does not know (a foreign
    name or an unknown hyphenated one in ``[lo, ts)``), or a third person or a monarch opening the sentence at
    ``s0``? Then the unstated side is not Vietnam (also events_fallback). ``low``: the lower-cased text. A news
    item's dateline opening the line ("Ulan Ba-to, 1/10 – ...") is where, not who (events_unknown_actor)."""
    lo = max(lo, dateline_end(doc.text, s0))
    return bool(
        foreign_name(doc, ctx, lo, ts)
        or _PRONOUN.match(low, s0)
        or unknown_subject(doc, ctx, lo, ts)  # "Ta-li-ban ký ..." (events_unknown_actor)
        or _MONARCH.match(low, s0)  # "Quốc vương từng tiếp ...": a monarch, no unstated Vietnam (round 35)
    )


def writer_vietnamese(doc: Document, ctx: Context) -> bool:
    """Does the text name Vietnam or its Party itself (not a text too short to say, as :func:`names_vietnam`
    allows)? Its task lists and plan items then leave the writer's side unstated."""
    found = ctx.cache.get("writer vietnamese")
    if found is None:
        found = ctx.cache["writer vietnamese"] = any(c in _OWN_SIDE for c in map(acting_code, doc.mentions))
    return found


def _writer_unstated(doc: Document, ctx: Context, block: int) -> bool:
    """Is the writer the side a clause of ``block`` leaves unstated: a Vietnamese province's own report
    (places.own_unit), or a task or list item of a text that names Vietnam itself?"""
    if own_unit(doc):
        return True
    listed = block < len(doc.blocks) and doc.blocks[block].type is BlockType.LIST_ITEM
    return writer_vietnamese(doc, ctx) and (block in ctx.modes or listed)


_FEW_SENTENCES: Final = 4  # a text this short (a sentence quoted alone) may leave Vietnam unnamed


def _vietnam_by_default(
    doc: Document, ctx: Context, block: int, named: tuple, actors: list[str], recips: list[str]
) -> bool:
    """Did the defaults put Vietnam (or its Party) in running text of a document of some length that never
    names either? A Vietnamese text about other countries ("Những người theo Đảng Cộng hòa ... ủng hộ khi
    Đức ...") has no unstated "ta"; the items of a task list or plan keep their unstated issuer."""
    added = [c for c in (*actors, *recips) if c not in named and c in _OWN_SIDE]
    if not added or block in ctx.modes or doc.blocks[block].type is BlockType.LIST_ITEM:
        return False
    return not names_vietnam(doc, ctx)


def _vietnam_near(doc: Document, block: int) -> bool:
    """Is Vietnam or its Party named in ``block`` or the block before it (or is the text too short to say)?"""
    if block >= len(doc.blocks) or len(doc.sentences) < _FEW_SENTENCES:
        return True
    lo, hi = doc.blocks[max(0, block - 1)].start, doc.blocks[block].end
    return any(lo <= m.start < hi and acting_code(m) in _OWN_SIDE for m in doc.mentions)


def names_vietnam(doc: Document, ctx: Context) -> bool:
    """Does the document name Vietnam or its Party (a ministry, "ta") anywhere, or is it too short to say?
    (Once a document: the unstated sides and a table's rows, events_table_rows, ask it.)"""
    return len(doc.sentences) < _FEW_SENTENCES or writer_vietnamese(doc, ctx)
