"""Events: rule-based, over sentences, with roles from mention positions (see docs/decisions.md, "Events").

``find_events(doc)`` needs ``doc.sentences`` and ``doc.blocks`` (structure), ``doc.mentions``
(mentions) and ``doc.dates`` / ``doc.meta["date"]`` (dates). It scans the text once with the trigger
lexicon (:mod:`doingoai.extract.triggers`), reads roles off the mentions around each trigger
(:mod:`doingoai.extract.events_roles`), a status off the cue words before it and the block it sits
in, and a date off the clause, the section or the document (:mod:`doingoai.extract.events_context`).
Named agreements with a year ("Hiệp ước ... Việt Nam – Lào (1977)") and named conflicts from the
gazetteer are events without a verb. Repeats within a document are merged (:mod:`events_merge`).

This module places the triggers (sentence, block, names and quotations they must not sit in); one
trigger becomes a draft in :mod:`events_draft` (roles), with its status and attributes from
:mod:`events_status`, its date from :mod:`events_dating`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from doingoai.extract.dates_narrative import narrative_dates
from doingoai.extract.dates_terms import titled_quotes
from doingoai.extract.events_accession_signed import accession_signed
from doingoai.extract.events_agreement_phrases import MORE as MORE_SIGNINGS
from doingoai.extract.events_anaphora import pair_mentions
from doingoai.extract.events_apposition import apposed_member
from doingoai.extract.events_article_topic import article_topic
from doingoai.extract.events_asides import drop_asides
from doingoai.extract.events_attend_trip import attendance_trip
from doingoai.extract.events_attended import present_at
from doingoai.extract.events_bare_org import take_part_closed
from doingoai.extract.events_block_modes import SKIP_BLOCKS
from doingoai.extract.events_body_names import named_not_done
from doingoai.extract.events_capitals import capital_parties
from doingoai.extract.events_chair_apposed import apposed_chairs
from doingoai.extract.events_chair_hosts import chair_hosts
from doingoai.extract.events_chairs import successive_chairs
from doingoai.extract.events_clause import org_next
from doingoai.extract.events_codes import also_coded
from doingoai.extract.events_context import Context
from doingoai.extract.events_coord import coordinated, coordinated_agreements, one_by_one, split_off
from doingoai.extract.events_counted import counted_mentions
from doingoai.extract.events_dated_members import dated_members
from doingoai.extract.events_dated_partners import dated_partners, drop_whole
from doingoai.extract.events_declared import declared_jointly
from doingoai.extract.events_default_twin import drop_default_twins, drop_heading_defaults
from doingoai.extract.events_demonstratives import demonstrative_mentions
from doingoai.extract.events_described import described_only
from doingoai.extract.events_destination import coming_visitor
from doingoai.extract.events_done_at import done_at_signings
from doingoai.extract.events_draft import draft_event
from doingoai.extract.events_earlier_visits import earlier_visits
from doingoai.extract.events_fallback import fallback_drafts
from doingoai.extract.events_follow_suit import follow_suit
from doingoai.extract.events_foreign_visitor import bodies_visited, foreign_visitors
from doingoai.extract.events_founded import founders_as_agents, founders_listed
from doingoai.extract.events_founder_date import founders_dated
from doingoai.extract.events_founders_counted import founders_counted
from doingoai.extract.events_fragments import fragment_events
from doingoai.extract.events_fronted_visit import fronted_visitors
from doingoai.extract.events_gapped_signers import earlier_ordinal, undate_earlier
from doingoai.extract.events_held import meetings_held
from doingoai.extract.events_historic import living_parties
from doingoai.extract.events_host import host_mentions, mission_host_mentions
from doingoai.extract.events_invited import mission_acts
from doingoai.extract.events_invited_over import invited_over
from doingoai.extract.events_joint import promotion_meeting
from doingoai.extract.events_kind import programme_next, signing_twin
from doingoai.extract.events_learned import learned_drafts
from doingoai.extract.events_left_treaty import left_treaty_mentions
from doingoai.extract.events_legal_acts import legal_act_ratifications
from doingoai.extract.events_listed import listed_signings
from doingoai.extract.events_members import (
    delegation_before,
    name_right_before,
    named_member,
    recognised_as,
    relation_quality,
    standing_member,
)
from doingoai.extract.events_merge import Draft, body_first, merge
from doingoai.extract.events_met import OWN_READING
from doingoai.extract.events_no_event import in_capitalised_name, not_an_event
from doingoai.extract.events_nominal import drop_under_terms, generic_names, name_spans, named_events
from doingoai.extract.events_non_acts import plan_named
from doingoai.extract.events_note_ratify import note_ratifications
from doingoai.extract.events_occasion import CELEBRATIONS, bare_frame
from doingoai.extract.events_offices import office_org
from doingoai.extract.events_org_unstated import topic_organisation
from doingoai.extract.events_phrases import (
    country_next,
    described_set,
    list_heading,
    since_opening,
    traveller_before,
)
from doingoai.extract.events_places import capital_mentions
from doingoai.extract.events_plan_tasks import plan_partner, plan_received, plan_task
from doingoai.extract.events_qa import asks
from doingoai.extract.events_ratified_this import ratified_this
from doingoai.extract.events_received import received_mentions, signed_mentions
from doingoai.extract.events_received_visit import received_visitors
from doingoai.extract.events_relative import relative_members
from doingoai.extract.events_respectively import respectively
from doingoai.extract.events_roles import MentionIndex
from doingoai.extract.events_same_time import resolve_same_time
from doingoai.extract.events_second_act import second_acts
from doingoai.extract.events_sections import section_statuses
from doingoai.extract.events_shapes import outcome_told
from doingoai.extract.events_signed_before import signed_before
from doingoai.extract.events_summits import summits_held
from doingoai.extract.events_suspended import suspended_members
from doingoai.extract.events_table_content import table_content
from doingoai.extract.events_table_dates import row_dates
from doingoai.extract.events_table_delegations import table_visits
from doingoai.extract.events_table_recipients import table_aid
from doingoai.extract.events_table_rows import table_signings
from doingoai.extract.events_timeline_rows import timeline_rows
from doingoai.extract.events_titles import unnamed_leaders
from doingoai.extract.events_told_aside import told_aside
from doingoai.extract.events_topic_instrument import ratified_topic
from doingoai.extract.events_trip_meeting_date import meeting_dated_trips
from doingoai.extract.events_unasserted import bare_leave_told
from doingoai.extract.events_unstated import names_vietnam
from doingoai.extract.events_use import agreement_used, experts_before
from doingoai.extract.events_venue_abroad import venue_abroad
from doingoai.extract.events_venue_city import VENUE_HOSTS, venue_city
from doingoai.extract.events_visit_direction import received_delegations, requested_givers, vietnam_visited
from doingoai.extract.events_visit_occasion import visits_dated_by_occasion
from doingoai.extract.events_visit_program import programme_visits
from doingoai.extract.events_visit_signing import visit_signings
from doingoai.extract.events_visit_talks import visit_talks
from doingoai.extract.events_vocab import CHECKED, founders_named, parties_named
from doingoai.extract.events_worked_with import worked_with_here
from doingoai.extract.places import place_mentions
from doingoai.extract.triggers import lower_same_length, scan
from doingoai.model import BlockType, Document, EventKind, by_start

# a committee named by what it does: "Ủy ban hợp tác", "Hội đồng hợp tác" (lower-cased in reports)
_DISCUSSED: Final = re.compile(
    r"\b(?:bàn|thảo luận|bàn bạc|trao đổi)\s+(?:về\s+)?(?:các\s+|những\s+)?"
    r"(?:biện pháp|cách thức|cách|phương hướng|khả năng|giải pháp)(?:\s+[^\W\d][\w-]*){0,3}\s+$"
    # (round 134) the cooperation itself as the topic: "tiếp Đại sứ X, trao đổi về hợp tác nghiên cứu" (the talks')
    r"|\b(?:(?:bàn|thảo luận|bàn bạc)(?:\s+về)?|trao đổi\s+về)\s+(?:việc\s+)?(?:(?:tăng cường|thúc đẩy|mở rộng|đẩy mạnh)\s+)?$"
)
_BODY_NAMED: Final = re.compile(
    r"\b(?:ủy ban|hội đồng|tiểu ban|nhóm công tác|ký(?: kết)? (?:các |bản )?(?:kế hoạch|chương trình)"
    r"|(?:kỳ|khóa|phiên) họp [^.;,:]{0,24}?ủy ban (?:hỗn hợp|liên chính phủ)[^.;,:]{0,40}? về) $"
)  # (a body's name; a plan's signed: "hai bên sẽ ký Kế hoạch hợp tác giai đoạn 2025 – 2027"; a joint committee's
# session "kỳ họp Ủy ban hỗn hợp về hợp tác kinh tế": the talks, trigger_lex47, round 47)


def find_events(doc: Document) -> Document:
    ctx = Context(doc)
    generic = generic_names(doc)
    spans = name_spans(doc, generic)
    titled = titled_quotes(doc.text, ctx.quotes)  # "hội thảo “Hiệp định Pa-ri năm 1991 và ...”": its year is
    ctx.name_spans = (
        sorted(spans + titled) if titled else spans
    )  # a name's (round 41; its names stay parties)
    low = lower_same_length(doc.text)  # cues are matched on it; offsets are the same as doc.text's
    ctx.add_agreements(left_treaty_mentions(doc, low, doc.mentions))  # "rút khỏi thỏa thuận" (round 117)
    index = MentionIndex(doc.mentions, spans + ctx.citation_spans)
    places = place_mentions(
        doc, low, index.mentions
    )  # "với tỉnh Ta-keo", "Tỉnh" in a provincial report (places)
    # "thăm và làm việc tại tỉnh X; nhân dịp này, hai bên ký ...": a place standing for its country is one of the pair
    named = [m for m in places if m.kind == "country"]
    told = capital_parties(doc.text, low)  # "Oa-sinh-tơn công bố ...", "quan hệ với Hà Nội" (events_capitals)
    # (round 111) "Ri-át và Tê-hê-ran nối lại tiếp xúc ... hai nước ký ...": capitals told as parties name the pair
    named += [m for m in told if m.kind == "country"]
    pairs = pair_mentions(doc, low, sorted(index.mentions + named, key=by_start) if named else index.mentions)
    capitals = capital_mentions(doc.text)  # "thăm Hà Nội": Vietnam (events_places)
    capitals += told
    pairs += demonstrative_mentions(
        doc, low, index.mentions, places, capitals
    )  # "phía bạn", "nước này" (events_partner; a capital standing for its state is what it may point to)
    pairs += counted_mentions(
        doc, low, index.mentions
    )  # "ba nước ký ...": the three named before (events_counted)
    pairs += unnamed_leaders(doc.text, index.mentions)  # "Thủ tướng Thái Lan Anutin ... và" (events_titles)
    pairs += capitals
    pairs += host_mentions(doc, low, index.mentions)  # "nước chủ nhà": the country visited (events_host)
    pairs += mission_host_mentions(doc, low, index.mentions)  # a mission's "nước sở tại" (events_host)
    if named or capitals:
        seen = sorted(index.mentions + named + [c for c in capitals if c.kind == "country"], key=by_start)
    else:
        seen = index.mentions
    pairs += received_mentions(
        doc, low, seen, ctx.cache
    )  # "đón đoàn Đại học X sang": its country (events_received)
    pairs += signed_mentions(
        doc, low, seen, ctx.cache
    )  # "Học viện và Đại học X ký ...": both bodies' countries
    if pairs:  # "hai nước", "hai bên": the pair named before (the actor names are filtered already)
        index = index.plus(pairs, spans + ctx.citation_spans)
    text, sentences, blocks = doc.text, doc.sentences, doc.blocks
    starts = [s.start for s in sentences]
    n_blocks = len(blocks)
    quoted = ctx.in_quote if ctx.quotes else None  # most documents quote nothing: no lookup per trigger
    drafts: list[Draft] = []
    placed = []
    hits = scan(text, low)
    # a trigger yields an event only with a party named in its clause (the fast path of draft_event): the
    # triggers of a sentence that names none are not placed at all (nor are they the next trigger of any other
    # sentence's); "peacekeeping_serve" may take its party from elsewhere, so its documents are read in full
    some_unnamed = not any(h.trigger.name == "peacekeeping_serve" for h in hits)
    last_k, unnamed, asked = -1, False, False
    rel_end = -1
    # enum members read once (a read on the class goes through EnumType.__getattr__: extract/members.py)
    relations, cooperate, visit, heading, title = (
        EventKind.RELATIONS,
        EventKind.COOPERATE,
        EventKind.VISIT,
        BlockType.HEADING,
        BlockType.TITLE,
    )
    for h in hits:
        hs = h.start
        name, kind = h.trigger.name, h.trigger.kind  # (read once: compared below up to ~25 times)
        k = bisect_right(starts, hs) - 1
        if k < 0:
            continue
        if k != last_k:
            last_k = k
            unnamed = some_unnamed and _names_nothing(ctx, index, sentences[k])
            asked = asks(text, sentences[k])
        if asked and not presupposed(text, sentences[k].start, hs):
            continue  # "Khi nào Việt Nam phê chuẩn Công ước?": a question asserts no act (its answer may)
        # (a plan's agreement task borrows the partner its title names: events_plan_tasks, round 37)
        tasked = (
            unnamed
            and (plan_task(name, kind) or plan_received(name))  # (round 219: a delegation received)
            and bool(plan_partner(doc, index.mentions, ctx.cache, hs))
        )
        if (
            unnamed
            and name not in _BORROWS_PARTY
            and kind not in _BORROWS_PARTY_KINDS
            and not tasked
            and not mission_acts(doc, index.mentions, ctx.cache, low, sentences[k].start, sentences[k].end)
            and not (name in VENUE_HOSTS and venue_city(text, h.end, sentences[k].end)[0])
            and not (name in _PROMOTIONS and _promotion_abroad(name, text, low, hs, h.end, sentences[k].end))
        ):  # (round 147: "Hội nghị ... họp tại Oa-sinh-tơn": the city's state hosts, events_venue_city)
            continue
        sent = sentences[k]
        if sent.end < h.end:
            continue
        if kind is relations and low.endswith("quan hệ", 0, h.end):
            rel_end = h.end  # (the qualities listed after it: relation_quality)
        block = blocks[sent.block] if sent.block < n_blocks else None
        if (
            block is not None
            and block.type in SKIP_BLOCKS
            or quoted is not None
            and quoted(hs)
            or spans
            and _inside(hs, spans)
        ):
            continue  # not in a name ("Hiệp ước Hữu nghị và Hợp tác ..."), a quotation, a reference list
        if text[hs].isupper() and hs > sent.start and in_capitalised_name(text, sent.start, hs):
            continue  # "ký Hiệp ước Hữu nghị và Hợp tác với Liên Xô": a capitalised treaty name is one unit
        if ctx.in_mention(hs):
            continue  # a word of an actor's name: "Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương"
        if name in ("join_take_part", "take_part_active") and not (
            org_next(index, h.end)
            or programme_next(low, index, h.end)  # (events_kind, round 26)
            # "Năm 2011, Hoa Kỳ và Nga chính thức tham gia." in an entry on a body: that body (round 113)
            or name == "join_take_part"
            and take_part_closed(index, text, low, sent.start, hs, h.end)
            and bool(topic_organisation(doc, ctx))
        ):
            continue  # "tham gia" joins only an organisation named right after it ("tham gia APEC")
        if name == "found" and not founders_named(index, low, sent.start, hs, h.end, text):
            continue  # "năm nước ... thành lập ASEAN": founders right before, an organisation after (events_vocab)
        if name == "member_from" and not (
            (
                since_opening(low, sent.start, hs)
                or standing_member(low, sent.start, hs)
                and index.any_between(sent.start, hs)  # (its subject named: "X hiện là thành viên ...")
                or named_member(index, low, sent.start, hs)  # "Việt Nam là thành viên của X" (events_members)
            )
            and org_next(index, h.end + (4 if low.startswith(" của", h.end) else 0))
        ):
            continue  # "Từ ngày 11/1/2007, nước ta là thành viên WTO": a membership dated by its opening only
        if name == "leave" and not bare_leave_told(low, sent.start, sent.end, hs):
            continue  # "lý do Anh rời Liên minh châu Âu": a bare "rời" needs "đã" or a date (events_unasserted)
        if name == "member_apposed" and not apposed_member(index, hs, h.end, low, sent.start):
            continue  # "Cô-lôm-bi-a, thành viên OECD từ ngày ...": only after a state's name (events_apposition)
        if block is not None and block.type is heading and list_heading(low, block.start, hs):
            continue  # "4. Các hiệp định đã ký (...)": a list's heading, the items tell the acts (events_phrases)
        if name in CHECKED and not parties_named(ctx, low, index, h, sent.start, sent.end):
            continue  # "tổ chức tọa đàm về quan hệ Việt Nam – Lào": the parties must be named (events_vocab)
        if name == "aid_help_experts" and not experts_before(text, sent.start, hs):
            continue  # "Chuyên gia Việt Nam giúp Cu-ba phát triển ...": experts help (events_use)
        if name == "cooperate_use" and not agreement_used(text, h.end):
            continue  # "khai thác các ưu đãi của CPTPP": an agreement's terms used, not "cơ hội của thị trường"
        if name == "appoint" and not office_org(index, low, hs, h.end, sent.start, sent.end):
            continue  # "bổ nhiệm ông X làm Đại sứ tại Nhật Bản": only an organisation's office (events_offices)
        if name == "adopt_named" and not name_right_before(index, low, hs):
            continue  # "thể hiện thông qua Tuyên bố chung": by means of, no adoption (events_members)
        if name == "sign_declared" and not declared_jointly(text, low, h.end):
            continue  # "ra tuyên bố phản đối ...": one side's statement, no declaration made (events_declared)
        if name == "consult_work_firm" and not worked_with_here(low, sent.start, hs):
            continue  # "sang Bắc Kinh làm việc với Tổng cục ...": the trip's purpose, the visit read (events_worked_with)
        if name == "visit_delegation" and not delegation_before(low, sent.start, hs):
            continue  # "cán bộ làm việc tại Lào": a workplace; "đoàn X làm việc tại Y": a visit (events_members)
        if name == "support_inscribed" and not recognised_as(low, sent.start, hs):
            continue  # "ghi danh" alone is enrolment; "được UNESCO ghi danh là ..." a site inscribed (events_members)
        if kind is cooperate and _DISCUSSED.search(low, max(sent.start, hs - 60), hs):
            continue  # "hai bên sẽ bàn các biện pháp tăng cường phối hợp": the topic discussed (round 19)
        if name == "cooperate" and _BODY_NAMED.search(low, max(0, hs - 110), hs):
            continue  # "kỳ họp Ủy ban hợp tác giữa hai tỉnh", "ký Kế hoạch hợp tác": a name, no act (round 19, 26)
        if name == "cooperate" and relation_quality(low, rel_end, hs):
            continue  # "quan hệ láng giềng tốt đẹp, hữu nghị, hợp tác toàn diện": a quality listed (events_members)
        if name == "cooperate" and described_set(low, sent.start, hs):
            continue  # "các tỉnh có hợp tác với Mông Cổ": which provinces, no act told (events_phrases)
        if name == "visit_go" and not (country_next(index, h.end) and traveller_before(low, sent.start, hs)):
            continue  # "sang Phi-líp-pin dự ...": a country right after the movement verb (events_phrases)
        if name == "visit_come" and not (
            coming_visitor(low, sent.start, hs, traveller_before(low, sent.start, hs))
            or invited_over(low, sent.start, hs)  # "Mời doanh nghiệp X sang dự ..." (events_invited_over)
        ):
            continue  # "đoàn đại biểu tỉnh X sang dự ...": a delegation or an official comes (events_destination)
        if kind is visit and bare_frame(low, sent.start, hs, h.end):
            continue  # "Trong chuyến thăm, hai bên ...": the visit told before, no new one (events_occasion)
        if block is not None and block.type is title or not_an_event(low, h, sent.start, index):
            continue  # a title names a topic; "sau chiến tranh", "rút khỏi đàm phán", "hòa bình, hợp tác và phát triển"
        placed.append((h, sent))
    hit_starts = [h.start for h, _ in placed]
    dropped = []
    for h, sent in placed:
        d = draft_event(doc, low, ctx, index, h, hit_starts, sent.start, sent.end, sent.block)
        if d is None:
            # (read again at the end: events_fallback; "họp" let go: no two parties meet, events_met; a name's
            # word is no act to read again: events_body_names)
            if h.trigger.name not in OWN_READING and not named_not_done(text, low, h, sent.start, index):
                dropped.append((h, sent))
        elif plan_named(low, h, sent.start):
            continue  # "ban hành Kế hoạch hợp tác với X năm 2026 như sau:": a plan's name (events_non_acts)
        elif named_not_done(text, low, h, sent.start, index, d.kind):
            continue  # "Tổ chức Hợp tác Thượng Hải", "sinh viên trao đổi": a name's word (events_body_names)
        if d is not None and (chairs := successive_chairs(ctx, low, index, d, h.end, sent.end)) is not None:
            drafts += chairs  # "Chủ tịch ASEAN ... là A năm X, B năm Y": each state its year (events_chairs)
            continue
        if d is not None:
            parts = one_by_one(low, d, sent.start, h.start, h.end)  # "A, B và C lần lượt được kết nạp"
            parts = respectively(low, parts, sent.start, h.start, h.end, sent.end)  # "lần lượt thăm A và B"
            drafts += parts[:-1]  # (events_coord)
            d = parts[-1]
            drafts.append(d)
            if d.explicit and d.date:  # "Chủ tịch ASEAN năm 2010 và năm 2020": one event per date
                more = coordinated(ctx, low, index, d, h.end, sent.end)
                drafts[-1] = split_off(d, more)  # "thăm A năm X và B năm Y": B is not A's visit's
                drafts += more
            drafts += coordinated_agreements(ctx, low, d, h.end, sent.end)  # "đàm phán Hiệp định A và B"
            if earlier := earlier_ordinal(
                ctx, low, index, d, h.end, sent.end
            ):  # "thứ tư gia nhập X, sau A (1994)"
                drafts = undate_earlier(drafts, d, earlier)  # (the list's dates are not the act's own)
                drafts += earlier
            drafts += earlier_visits(
                ctx, low, d, h.end, sent.end
            )  # ", sau các chuyến thăm năm A và B" (round 144)
            drafts += signing_twin(
                d, h.trigger.name, low, h.start, h.end
            )  # "đàm phán và ký X, dự kiến ...": both (events_kind)
            drafts += attendance_trip(
                d, h.trigger.name, text, low, index, h.start, h.end, sent.start, sent.end
            )  # "dự Hội nghị ... tại Viêng Chăn": a trip there too (events_attend_trip)
    drafts += present_at(low, starts, sentences, index, ctx)  # "X có mặt tại Hội nghị ... ORG"
    drafts += meetings_held(doc, low, starts, sentences, index, ctx)  # "Hội nghị ... tại X được tổ chức"
    drafts = outcome_told(
        resolve_same_time(ctx, low, drop_heading_defaults(doc, drop_default_twins(drafts, index), index))
    )  # (a candidacy whose election is told: the result)
    drafts += ctx.cache.pop(CELEBRATIONS, [])  # anniversaries to be celebrated (events_occasion)
    drafts += ctx.cache.pop(MORE_SIGNINGS, [])  # "EVFTA và EVIPA, ký ngày ...": one each (agreement phrases)
    drafts += named_events(doc, ctx, generic)
    drafts += apposed_chairs(doc, low, sentences, starts, ctx)  # ", nước Chủ tịch ASEAN năm Y" (round 190)
    drafts += founders_listed(low, starts, sentences, index, ctx)  # "X ra đời, gồm A, B" (events_founded)
    drafts += founders_as_agents(
        low, starts, sentences, index, ctx
    )  # "X được A và B thành lập" (events_founded)
    drafts += founders_counted(
        low, sentences, index, ctx
    )  # "X được thành lập theo hiệp định do A, B ký" (round 97)
    listed = dated_partners(low, sentences, index, ctx)  # "quan hệ ngoại giao với A (1/1/1969), B (...)"
    drafts = drop_whole(drafts, listed) + listed
    drafts += dated_members(low, sentences, index, ctx, doc)  # "đã rời tổ chức: A từ ngày 1/1/2019, B ..."
    drafts += follow_suit(low, sentences, index, ctx, drafts)  # "B và C cũng làm theo" (events_follow_suit)
    drafts += summits_held(low, starts, sentences, index, ctx)  # "Hội nghị Thượng đỉnh A – B tổ chức tại X"
    drafts += relative_members(low, starts, sentences, index, ctx)  # "ORG, tổ chức mà X là thành viên từ Y"
    drafts += done_at_signings(
        doc, low, sentences, index, ctx
    )  # an agreement's "Làm tại X, ngày …" (round 148)
    drafts += fragment_events(doc, low, sentences, index, ctx)  # "• 18/1/1950: thiết lập quan hệ ngoại giao"
    drafts += suspended_members(low, starts, sentences, index, ctx)  # "X bị đình chỉ tư cách thành viên O"
    drafts += accession_signed(low, starts, sentences, index, ctx, drafts)  # "Hiệp ước gia nhập được ký ngày"
    drafts += listed_signings(doc, low, drafts)  # "ký các văn kiện:" and a list of them (events_listed)
    drafts += table_signings(doc, ctx)  # rows under "Hiệp định | Ngày ký | ..." (events_table_rows)
    drafts = table_content(
        doc, ctx, drafts
    )  # a list page's rows: "Năm | Kỳ họp | Địa điểm | Ghi chú" (round 138)
    if dropped:  # "..., còn Tổng Bí thư sang thăm vào tháng 4/2008": the act just told, again (round 175)
        more, dropped = second_acts(ctx, low, index, dropped, drafts)
        drafts += more
    if dropped:  # talks on a visit, their partner only in the visit: the visit's parties (events_visit_talks)
        drafts += visit_talks(low, dropped, drafts)
    vietnamese = names_vietnam(doc, ctx)  # (once: the fallback and the learned reading both ask it)
    if dropped:  # a trigger the rules let go: its sentence's names on either side (events_fallback)
        drafts += fallback_drafts(doc, low, ctx, index, dropped, drafts, vietnamese)
    # a sentence whose trigger the rules let go and nothing read since: the learned reading (events_learned)
    drafts += learned_drafts(doc, low, ctx, drafts, vietnamese, {s.start for _, s in dropped})
    # "trên cương vị Chủ tịch O, X đăng cai Hội nghị ...": the chair and the hosting both (round 210)
    if "chủ tịch" in low:
        drafts += chair_hosts(low, ctx, drafts)
    # a note's "phía X đã hoàn tất các thủ tục nội bộ" (round 189; after the learned reading, which reads
    # the sentence's signing only when nothing was read there)
    drafts += note_ratifications(doc, low, sentences, index)
    # "1995 | Ký Hiệp định … (17/7)" under the pair its heading names (round 189)
    drafts = timeline_rows(doc, low, index, drafts)
    drafts = drop_under_terms(ctx, drafts)  # "Theo Hiệp định X năm 1954, ...": a name, no signing (round 179)
    drafts = table_aid(doc, ctx, drafts)  # "Nước nhận | … | Tình trạng" rows (events_table_recipients)
    drafts = table_visits(doc, ctx, drafts)  # rows under "Đoàn ... đến làm việc" (events_table_delegations)
    drafts = row_dates(doc, ctx, drafts)  # a table row's time column dates it (events_table_dates)
    drafts = signed_before(
        doc.text, drafts
    )  # "Nghị định thư được ký bởi A, B": the signing told before (round 41)
    drafts = ratified_topic(
        doc, drafts
    )  # "Việt Nam phê chuẩn Công ước" under its title (events_topic_instrument)
    drafts = ratified_this(
        low, drafts
    )  # "hai bên ký Hiệp định …; Việt Nam phê chuẩn Hiệp định này" (round 161)
    drafts = legal_act_ratifications(
        low, sentences, index, ctx, drafts
    )  # "Điều 1. Phê chuẩn Hiệp định …, ký ngày …" of a legal act (round 161)
    drafts = article_topic(low, drafts)  # "Bài viết điểm lại quá trình X tham gia Y ...": a topic, no event
    drafts = described_only(low, drafts)  # a plan's opening, a war as a time, the signers named (round 169)
    drafts = told_aside(
        doc.text, low, doc.mentions, drafts
    )  # an anniversary's occasion, co-mediators (round 122)
    drafts = foreign_visitors(
        doc, ctx, low, drafts
    )  # "nhân chuyến thăm của ông Rutte": to Vietnam (round 151)
    drafts = fronted_visitors(doc, low, drafts)  # "Trong chuyến thăm X tháng M, Tổng thống Y ..." (round 165)
    drafts = received_visitors(
        doc, low, drafts
    )  # "X tiếp đoàn doanh nghiệp Y sang ...": Y's visit (round 165)
    drafts = vietnam_visited(doc, low, drafts)  # "chuyến thăm Việt Nam của đoàn X": to Vietnam (round 213)
    drafts = received_delegations(
        doc, low, drafts
    )  # "đón đoàn tỉnh X sang ..., ... của Y": to Vietnam (round 213)
    drafts = requested_givers(
        doc, low, drafts
    )  # "đề nghị phía X tiếp tục cấp học bổng ...": X gives (round 213)
    drafts = bodies_visited(
        doc, low, drafts
    )  # "sang Ma-ni-la làm việc với Trụ sở ADB": ADB's too (round 151)
    drafts = founders_dated(
        ctx, low, drafts
    )  # "thành viên sáng lập X và đã ký Hiệp định ... ngày D" (round 151)
    drafts = visits_dated_by_occasion(
        ctx, low, drafts
    )  # "ký ngày D, trong chuyến thăm Nga của ..." (round 151)
    drafts = programme_visits(
        low, drafts
    )  # "Trong chương trình chuyến thăm, ...": the visit again (round 179)
    drafts = visit_signings(low, drafts)  # "sang X làm việc ...; nhân dịp này, hai bên ký …" (round 196)
    drafts = meeting_dated_trips(drafts)  # "sang X dự Tuần lễ Cấp cao APEC 2015": a visit of 2015 (round 190)
    drafts = narrative_dates(
        ctx, low, drafts
    )  # a journal's act nothing dated: the paragraph's last date (round 214)
    drafts = drop_asides(
        low, drafts
    )  # invited to attend, "Đây là chuyến thăm ...", a meeting that dates a visit (round 188)
    doc.events = also_coded(
        body_first(doc, merge(living_parties(doc, drafts)))
    )  # (no state that had ended: events_historic; a mission's UNO too: events_codes)
    if doc.meta.get("sections"):  # a calendar's TENTATIVE / CANCELLED entries (events_sections, round 203)
        doc.events = section_statuses(doc, doc.events)
    return doc


_PROMOTIONS = frozenset(("host", "coop_promotion_held"))


def _promotion_abroad(name: str, text: str, low: str, ts: int, te: int, s1: int) -> bool:
    """Does the trigger at ``ts`` organise a promotion meeting at a foreign venue ("Tổ chức Hội nghị xúc tiến
    đầu tư … tại Tô-ky-ô": the venue's state; a hosting trigger or round 216's promotion held abroad)?"""
    return (name == "coop_promotion_held" or promotion_meeting(low, ts)) and bool(
        venue_abroad(text, low, te, s1)
    )


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    k = bisect_right(spans, (pos, 10**12)) - 1
    if k < 0:
        return False
    if spans[k][0] <= pos < spans[k][1]:
        return True
    return k > 0 and spans[k - 1][0] <= pos < spans[k - 1][1]


# triggers whose event may take its party from outside its clause (draft_event's fast path lets them through):
# an adopted declaration (the meeting told before), an anniversary (the pair the text is about), a ratification
# by "Quốc hội" (Vietnam's assembly)
_BORROWS_PARTY: Final = frozenset({"peacekeeping_serve", "adopt"})
_BORROWS_PARTY_KINDS: Final = frozenset(
    {
        EventKind.RELATIONS_ESTABLISH,
        EventKind.RELATIONS_UPGRADE,
        EventKind.AGREEMENT_SIGN,
        EventKind.AGREEMENT_RATIFY,
    }
)


def _names_nothing(ctx: Context, index: MentionIndex, sent) -> bool:
    """Does the sentence name no party (no actor mention inside it, no agreement starting in it)?"""
    return not index.any_between(sent.start, sent.end) and not ctx.agreements_between(sent.start, sent.end)


# "Xin cho biết ý nghĩa của việc Việt Nam trúng cử ...?": a clause after "việc" is a fact the question takes as
# given (what is asked is its meaning), unlike "Khi nào Việt Nam phê chuẩn ...?" or "... có hỗ trợ ... không?"
_FACT_CLAUSE: Final = re.compile(r"\bviệc (?:[^\W\d_][\w–-]* ){0,6}$")


def presupposed(text: str, s0: int, ts: int) -> bool:
    """Is the trigger at ``ts`` in a question's "việc <subject> ..." complement, a fact taken as given?"""
    return _FACT_CLAUSE.search(text, max(s0, ts - 60), ts) is not None
