"""Events: one trigger -> a draft event (roles from the mention groups of its clause, status, date,
attributes; see docs/decisions.md, "Events"). Used by :func:`doingoai.extract.events.find_events`."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from doingoai.extract.events_accession import accession_kind
from doingoai.extract.events_anaphora import pair_before
from doingoai.extract.events_apposition import apposed_name, aside_groups
from doingoai.extract.events_clause import (
    chain_start,
    clause,
    ends_with_with,
    groups_of_clause,
    post_stop,
)
from doingoai.extract.events_codes import acting_code
from doingoai.extract.events_context import Context
from doingoai.extract.events_frames import (
    DECIDED,
    SUBORDINATE,
    act_owner,
    appositive_subject,
    chair_role,
    help_task_start,
    host_before_ma,
    joint_parties,
    meeting_org,
    place_country,
    protested_act,
    refers_back,
    relative_subject,
    role_holder,
    treaty_owner,
)
from doingoai.extract.events_groups import AGREEMENT_NOUN_CUE
from doingoai.extract.events_instruments import (
    attended_meeting_orgs,
    instrument_date,
    told_meeting_date,
    told_meeting_orgs,
    trailing_companions,
)
from doingoai.extract.events_invited import invited_visitor, own_signing, received_opener
from doingoai.extract.events_joint import co_held_meeting, in_subject, joint_meeting
from doingoai.extract.events_members import group_by_head, listed_ties, recognised_as, relation_quality
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_occasion import (
    CELEBRATIONS,
    after_document,
    celebration,
    negated_nominal,
    occasion_opens,
    own_government,
    unfinished,
)
from doingoai.extract.events_offices import (
    act_roles,
    invited_visit,
    meeting_as_setting,
    meeting_with,
    not_admitted,
    support_led_to,
)
from doingoai.extract.events_passive import (
    TOLD_PARTNERSHIP,
    agent_roles,
    by_named,
    relative_agreement,
    shared_subject,
    upgraded_owner,
)
from doingoai.extract.events_phrases import MORE as MORE_SIGNINGS
from doingoai.extract.events_phrases import (
    backed_act,
    backed_parties,
    copula_complement,
    elided_org,
    forums_after,
    invited,
    invited_then_joins,
    joined_before_agreement,
    other_signings,
    participle_agreements,
    partner_end,
    passive_negated,
    seat_before,
)
from doingoai.extract.events_places import (
    MEETING,
    declaration_name,
    destination,
    held_in_country,
    leaders,
    meeting_org_before,
    venue,
)
from doingoai.extract.events_qa import mission_org
from doingoai.extract.events_roles import (
    AGREEMENT_KINDS,
    DEFAULT_RECIPIENT_VNM,
    ORG_TARGET,
    VNM,
    MentionIndex,
    as_actor,
    codes_of,
    defaults,
    roles,
)
from doingoai.extract.events_rules import (
    PASSIVE_BEFORE,
    agreement_before,
    inner_parties,
    relative_roles,
    standing,
)
from doingoai.extract.events_shapes import (
    candidacy_roles,
    fronted_comma,
    fronted_roles,
    joint_celebration,
    own_parliament,
    poll_date,
    role_status,
)
from doingoai.extract.events_status import (
    SEPARATOR,
    admitted,
    agreement_of,
    anniversary_years,
    attributes,
    date_of,
    foreign_name,
    not_a_fact,
    status_of,
    topic_of_agreement,
)
from doingoai.extract.events_tasks import (
    celebrates,
    implemented_parties,
    one_party_act,
    proposer,
    requested,
    submitted,
    task_status,
    treaty_opening_date,
)
from doingoai.extract.events_topics import adopted_topic, elected_object, qualified_pair, topic_line
from doingoai.extract.events_unasserted import MEETING_KINDS, called_off, generic_subject, pronoun_country
from doingoai.extract.events_vocab import (
    PAIR_SUBJECT,
    PLACE_OBJECT,
    home_venue,
    meeting_org_after,
    pair_in_subject,
    place_object,
)
from doingoai.extract.events_when import contrast_start, founding_date, unnamed_relative, when_clause
from doingoai.extract.members import members
from doingoai.extract.rx_boundary import compile_fast
from doingoai.extract.triggers import (
    STRONG_BREAK,
    Hit,
)
from doingoai.model import BlockType, Document, EventKind, Status

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
_COMPLETED = re.compile(r"\b(?:hoàn thành|hoàn tất|đã)\b")
_HOP_TAC = compile_fast(r"\bhợp tác\b")
_PRONOUN = re.compile(r"(?:họ|ông|bà|nó|chúng|hắn|anh ấy|chị ấy)\b")  # a sentence opening on a third person
# what may follow "ủng hộ" when its target is the unstated Vietnam: an adverb or the end of the clause
_NO_OBJECT = re.compile(
    r"\s*(?:mạnh mẽ|nhiệt tình|tích cực|to lớn|quý báu|hết lòng|rộng rãi|kiên quyết|và giúp đỡ|[,.;:)]|$)"
)
_AGREEMENT_OR_MEMBERSHIP = AGREEMENT_KINDS | {K.MEMBERSHIP_JOIN, K.MEMBERSHIP_LEAVE}
_OWN_SIDE = frozenset({"VNM", "CPV"})
_PAIR_REMEMBERED = frozenset({K.RELATIONS_ESTABLISH, K.RELATIONS_UPGRADE, K.AGREEMENT_SIGN})
_NOMINAL_KINDS = frozenset({K.AID, K.SUPPORT, K.COOPERATE})  # named as a negated predicate's subject
_NEW_SUBJECT = re.compile(r"\s*(?:ta|chúng ta|họ|đảng ta|nhà nước ta|phía [^\W\d_]+|các nước|nhiều nước)\b")
_DURATIVE = frozenset({K.SANCTION, K.RELATIONS, K.COOPERATE, K.AID, K.CONFLICT})
_SINCE = re.compile(
    r"\s*(?:kể )?từ (?:năm |ngày |tháng )?[\d/]+(?: năm \d{4})?\s*,"
)  # "Từ năm 1975, ..." (no "đến")
# a nominal visit whose visitor follows with "của" and no destination is written: Vietnamese writing means Vietnam
_VISIT_OF = re.compile(
    r"(?:chuyến|cuộc) thăm(?: chính thức| cấp nhà nước| làm việc| hữu nghị)?\s*(?:\([^)]*\)\s*)?của\b"
)
_CAUSATIVE = re.compile(
    r"\b(?:vận động|kêu gọi|đề nghị|yêu cầu|thuyết phục|đề xuất|mong muốn|kiến nghị|khuyến nghị|thúc giục|hy vọng"
    r"|(?<!lời )mời)\s+(?!của\b)(?:[^\W\d_]+\s+){0,4}$"
)

_CAUSATIVE_WORD = re.compile(
    "vận động|kêu gọi|đề nghị|yêu cầu|thuyết phục|đề xuất|mong muốn|kiến nghị|khuyến nghị|thúc giục|hy vọng|mời|ủng hộ"
)  # its pre-check

_DELEGATIONS = frozenset({"delegation", "delegation_org"})  # a delegation sent, organised (round 23)
_AND_THEN = re.compile(r"\b(?:và|cùng|rồi|đồng thời|sau đó)\b")
_WINDOW = 400  # characters on either side of a trigger where its roles, status and date are read


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
    post: list[Any]
    actors: Any
    recips: Any
    decided: Any
    held: Any
    trig = hit.trigger
    ts, te = hit.start, hit.end
    sentence = (s0, s1)  # the evidence; roles are read within 1-2 _WINDOWs of the trigger (linear time on a
    # sentence without an end: a PDF table); window edges on a grid let nearby triggers share the clause's groups
    if s1 - s0 > 2 * _WINDOW:
        s0, s1 = max(s0, (ts // _WINDOW - 1) * _WINDOW), min(s1, (te // _WINDOW + 2) * _WINDOW)
    c0, c1 = clause(text, s0, s1, ts)
    own0 = (
        c0  # "...xác lập quan hệ Đối tác chiến lược; năm 2014 nâng lên ...": a clause with no name before its
    )
    if c0 > s0 and not index.any_between(c0, ts) and not _NEW_SUBJECT.match(text, c0):  # trigger shares the
        c0 = clause(text, s0, s1, c0 - 1)[0]  # subject of the clause before
    if (
        not index.any_between(c0, c1)
        and not ctx.agreements_between(c0, c1)
        and trig.name
        not in ("peacekeeping_serve", "adopt")  # (its organisation from the question or the page;
        # the leaders adopting a declaration from the meeting told before: events_places)
        and not (trig.kind in _PAIR_REMEMBERED and anniversary_years(text, c0, ts))  # (the pair of the text)
        and not (trig.name in TOLD_PARTNERSHIP and pair_before(doc, index.mentions, ts))  # (events_passive)
        and not (trig.kind is K.AGREEMENT_RATIFY and own_parliament(doc, c0, ts))  # (Vietnam's assembly)
        and not (
            trig.kind is K.AGREEMENT_SIGN and own_signing(doc, text, c0, hit.end)
        )  # (the statement's pair)
    ):
        return None  # fast path: every event needs a named party
    if text.find(",", c0, ts) >= 0 and text.find("trong đó", c0, ts) >= 0:  # the only break that counts here
        for br in STRONG_BREAK.finditer(text, c0, ts):
            if br.group(0).endswith("trong đó"):
                c0 = br.end()  # "..., trong đó chú trọng duy trì quan hệ với X": a new predicate
    if (k0 := contrast_start(text, index, c0, ts)) > 0:
        c0 = own0 = k0  # ", còn Việt Nam trở thành ...": a new subject, its own date (events_when)
    # "Là thành viên sáng lập ASEAN, Thái Lan ...": a predicate fronted before its subject (events_shapes)
    fk = fronted_comma(text, index, c0, c1, ts)
    if 0 <= fk < ts:
        c0 = own0 = fk + 1  # the main clause after its comma, with its own subject and date
        fk = -1
    if topic_line(text, s0, s1, ts):
        return None  # "1. Về quá trình tham gia ASEAN": the topic of what follows (events_topics)
    if unnamed_relative(text, c0, ts, te, c1):
        return None  # "X cùng mười nước mới gia nhập EU được kết nạp ...": not X's act (events_when)
    before = text[c0:ts]
    recent = before.rsplit(None, 25)[-25:]  # the last words before the trigger
    # "kỷ niệm 55 năm Ngày thiết lập quan hệ ...": the event remembered is past, even in a task list
    anniv = anniversary_years(text, c0, ts)
    if not anniv and not_a_fact(ctx, block, recent):
        return None
    kind = accession_kind(trig.kind, trig.name, doc.text, ts, te)  # joining a treaty is ratifying it
    if kind is None:  # "đàm phán và ký kết": signed when completed, else the negotiation is the event
        kind = K.AGREEMENT_SIGN if _COMPLETED.search(" ".join(recent[-4:])) else K.AGREEMENT_NEGOTIATE
    if trig.name == "coordinate" and joint_celebration(text, index, te, c1):
        kind = K.RELATIONS  # "phối hợp với phía bạn tổ chức các hoạt động kỷ niệm": the relations celebrated
    p1 = post_stop(text, te, min(c1, te + 300))
    if fk > ts:
        p1 = min(p1, fk)  # (the fronted predicate's objects end at its comma)
    k = bisect_right(hit_starts, te - 1)
    if (
        k < len(hit_starts)
        and hit_starts[k] < p1
        and kind not in AGREEMENT_KINDS
        and trig.name != "co_organise"
    ):
        p1 = hit_starts[k]
    while k < len(hit_starts) and hit_starts[k] < p1:  # a signing reads past "hợp tác" ("ký hiệp định hợp tác
        if (
            text[max(te, hit_starts[k] - 5) : hit_starts[k]].rstrip().endswith(SEPARATOR)
        ):  # với Lào"), not into
            p1 = hit_starts[k]  # the next enumerated phrase (", thiết lập quan hệ với ...")
        k += 1
    prev = -1
    relative = None
    decided = False
    proposed: tuple[str, ...] = ()
    invitee: tuple[str, ...] = ()
    jointly = False
    clause_groups = groups_of_clause(ctx, text, index, c0, c1)
    if trig.subject_first:  # "Quan hệ (giữa X) với Y ... được củng cố"
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
        if (hop_s := _HOP_TAC.search(text, ts, first)) and not listed_ties(text, ts, hop_s.start()):
            kind = K.COOPERATE
        pre, post = [], []
    elif (
        trig.name == "host_by"
    ):  # "Hội nghị Cấp cao ASEAN ... do Việt Nam chủ trì": host -> the meeting's organisation
        actors = codes_of([g for g in clause_groups if ts <= g.start and g.end <= te])
        orgs = [g for g in clause_groups if g.end <= ts and set(g.kinds) <= {"organisation", "body"}]
        recips = codes_of(orgs[-1:]) or meeting_org_before(text, index, c0, ts)  # ("Hội nghị lần thứ ba")
        # "Hội nghị do X chủ trì.": the meeting told in the sentence before (events_instruments)
        recips = recips or told_meeting_orgs(text, index, c0, ts)
        pre, post = [], []
    else:
        k = (
            bisect_right(hit_starts, ts - 1) - 1
        )  # a name after an earlier trigger of the clause is its object
        prev = hit_starts[k] if k >= 0 and hit_starts[k] >= c0 else -1
        pre = [g for g in clause_groups if g.end <= ts]
        chain = chain_start(text, hit_starts, k, c0, ts)
        if (
            chain >= 0
        ):  # "..., gia nhập ASEAN, bình thường hóa quan hệ với Mỹ": names of earlier phrases are theirs
            pre = [g for g in pre if g.end <= chain]
        elif prev >= 0:
            pre = [
                g
                for g in pre
                if g.start < prev
                or g.marker in ("bị", "được", "với", "đối với")
                or text.find(", ", prev, g.start) >= 0
                or text.find(": ", prev, g.start) >= 0  # ("X đều là thành viên Y: Ba Lan được bầu ...")
                or "pair"
                in g.kinds  # "X thăm Y và hai nước nâng ...": the pair opens a new clause (round 22)
                or SUBORDINATE.search(text, prev, g.start) is not None  # "... từ khi X và Y trở thành ..."
            ]  # "Nhân chuyến thăm của X, Y và Z nâng cấp ...": a new clause
        pre = [  # "từ khi X và Y trở thành ...": X and Y are the subject of the subordinate clause
            g._replace(marker="", marker_pos=-1)
            if g.marker == "từ" and SUBORDINATE.match(text, g.marker_pos)
            else g
            for g in pre
            if g.marker or not place_country(text, g)  # "ở Paris, Cộng hòa Pháp": a place, not a party
        ]
        owned = kind is K.AGREEMENT_RATIFY or kind is K.AGREEMENT_SIGN  # (treaty_owner's kinds)
        # "làm việc với X về ...": the partner before the topic
        p1w = partner_end(text, te, p1) if trig.name == "consult_work" else p1
        objects_end = help_task_start(text, te, p1) if trig.name == "aid_help" else p1w  # "giúp Việt Nam
        post = [  # thanh toán khoản nợ với IMF": the helped, not the task's object
            g
            for g in clause_groups
            if g.start >= te
            and g.end <= objects_end
            and not (owned and treaty_owner(text, kind, g))
            and not (g.marker == "" and place_country(text, g))
        ]
        if own0 > c0:  # the subject of the clause before is its first unmarked name, nothing else of it
            v0 = hit_starts[bisect_right(hit_starts, c0 - 1)]  # the clause before's first trigger
            first = next((g for g in clause_groups if g.end <= v0), None)
            pre = ([first] if first is not None and first.marker == "" else []) + [
                g for g in pre if g.start >= own0
            ]
        if fk > ts:  # "Là một trong sáu nước sáng lập X năm 1957, nước này ...": the subject after the comma
            pre, post = fronted_roles(text, index, te, fk, c1)
        # "X, khi đó là một nước ... thuộc Y, ...": X acts, not Y (events_apposition)
        pre = aside_groups(text, pre, ts)
        if (
            c0 > s0
            and pre
            and pre[0].marker == ""
            and "," not in text[c0 : pre[0].start]  # ("; năm 2004, nước này ...": a clause of its own)
            and ends_with_with(ctx, text, index, s0, c0)
        ):
            pre[0] = pre[0]._replace(marker="với", marker_pos=pre[0].start)
        if refers_back(text, ts, te):
            return None  # "lời lên án đó là ...": the act told before, characterised (events_frames)
        if kind is K.CONFLICT and protested_act(text, c0, ts):
            return None  # "lên án cuộc ném bom Hà Nội của Mỹ": the protest's object (events_frames)
        if (
            kind is K.CONFLICT
        ):  # "hậu quả chiến tranh" names no party: the subject must be next to the trigger
            pre = [g for g in pre if ts - g.end <= 30 or g.marker in ("bị", "được")]
        if kind not in AGREEMENT_KINDS and topic_of_agreement(kind, " ".join(recent[-5:])):
            return None  # "Hiệp định về hợp tác hạt nhân": the topic of an agreement, not an event
        if kind is K.COOPERATE and adopted_topic(text, c0, ts):
            return None  # "thông qua Chiến lược ... về hợp tác X – Y": the document's topic (events_topics)
        invitee = (
            invited_visitor(text, pre, ts, post) if kind is K.VISIT else ()
        )  # "A mời B thăm C" (events_invited)
        if (
            pre
            and not invitee
            and trig.name != "candidacy"  # "vận động các nước ủng hộ Việt Nam ứng cử": a candidacy told
            and _CAUSATIVE_WORD.search(text, max(c0, pre[-1].start - 40), pre[-1].start)
            and _CAUSATIVE.search(text, max(c0, pre[-1].start - 40), pre[-1].start)
        ):
            return (
                None  # "vận động các nước thành viên EU sớm phê chuẩn ...": a request to others, not an event
            )
        if (
            prev >= 0
            and trig.name != "candidacy"
            and _CAUSATIVE_WORD.match(text, prev)
            and text.find(",", prev, ts) < 0
            and _AND_THEN.search(text, prev, ts) is None  # "ủng hộ X và cùng X ký ...": X's own act
            and not support_led_to(text, prev, ts)  # "Sự ủng hộ của X góp phần để Y trúng cử" (round 23)
            and any(prev < g.start and g.end <= ts and ts - g.end <= 12 for g in clause_groups)
        ):
            return None  # "Việt Nam ủng hộ Đông Ti-mo gia nhập ASEAN": the act backed or asked for, not done
        if prev >= 0 and backed_act(text, prev, ts):
            return None  # "ủng hộ việc sớm kết thúc đàm phán ...": the act backed, not told (events_phrases)
        if pre and kind in AGREEMENT_KINDS and requested(text, pre[-1].end, ts):
            return None  # "Phối hợp với phía EU vận động các nước thành viên sớm phê chuẩn EVIPA": asked of others
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
        if trig.name == "partner_of" and not recips and own_government(doc.text, te):
            recips = [VNM]  # "UNDP là đối tác lâu năm của Chính phủ": the Government is Vietnam's
        if trig.name == "implement" and not recips:  # "Triển khai Hiệp định ... (UKVFTA)": with its parties
            recips = implemented_parties(ctx.agreements_between(te, te + 40), te)
            if (
                not actors and len(recips) >= 2
            ):  # no subject: the parties implement it together (Vietnam first)
                actors, recips, jointly = sorted(recips, key=lambda c: c != VNM), [], True
        proposed = proposer(
            text, pre, ts
        )  # "chấp thuận đề nghị của Việt Nam đăng cai ...": Vietnam would host
        proposed = proposed or invitee  # "A mời B thăm C": B's visit, to come
        if proposed:
            actors, recips = list(proposed), [c for c in recips if c not in proposed]
        if kind is K.SUPPORT and not recips and (backed := backed_parties(ctx, text, te, c1)):
            recips = [
                c for c in backed if c not in actors
            ]  # "ủng hộ việc sớm kết thúc đàm phán Hiệp định ..."
        if (
            kind is K.COOPERATE
            and not recips
            and (forums := forums_after(text, index, te, c1, in_subject(pre, actors)))
        ):
            recips = forums  # "Hai bên phối hợp chặt chẽ tại ASEAN và ARF": the forums (events_phrases)
        if trig.name in (
            "host_at",
            "host_venue",
        ):  # "... được tổ chức tại Hua Hin (Thái Lan)" (events_places)
            at = trig.name == "host_at"
            actors = held_in_country(doc.text, index, te, p1) if at else venue(doc.text, index, c0, ts, te)
            actors = actors or (
                [] if at else home_venue(doc.text, c0, ts, te)
            )  # "Đà Nẵng là nơi ..." (events_vocab)
            if not actors or at and not MEETING.search(text, c0, ts):
                return None
            orgs = [
                c
                for g in pre
                for c, k in zip(g.codes, g.kinds, strict=False)
                if k in ("organisation", "body")
            ]
            recips = orgs[-1:] or meeting_org_before(text, index, c0, ts) or meeting_org_after(index, te)
            # (the meeting's name: "Hội nghị ... ASEAN – Hoa Kỳ"; one of a series; the venue's meeting: events_vocab)
        if trig.name in _DELEGATIONS:  # "Cử đoàn ... tại Thượng Hải (Trung Quốc)": the country it goes to
            recips = [c for c in destination(text, index, te, c1) if c not in actors]
            if not recips:
                return None
        r23 = act_roles(trig.name, text, index, clause_groups, s0, (ts, te, p1, c1), actors, recips)
        if r23 is None:
            return None  # (round 23: an appointment, a handover, a delegation received; events_offices)
        actors, recips = r23
        if (
            trig.name == "adopt" and len(actors) + len(recips) < 2
        ):  # "Các nhà lãnh đạo đã thông qua Tuyên bố ..."
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
            actors, recips = admitted(pre, post, te) or (actors, recips)
        if (
            kind in (K.RELATIONS, K.RELATIONS_ESTABLISH)
            and (hop := _HOP_TAC.search(text, te, post[0].start if post else te))
            and not relation_quality(text, te, hop.start())  # (", hữu nghị, hợp tác toàn diện": a quality)
        ):
            kind = K.COOPERATE if kind is K.RELATIONS else kind
    if trig.name == "coordinate" and co_held_meeting(text, te, c1):
        kind = K.CONSULT  # "phối hợp với phía bạn tổ chức kỳ họp Ủy ban ...": the meeting held (events_joint)
    actors = as_actor(actors)
    recips = [c for c in recips if c not in actors]
    if anniv and not actors and not recips and kind in _PAIR_REMEMBERED:
        # "kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao": of the pair the text is about ("hai nước" there)
        actors = list(pair_before(doc, index.mentions, ts) or ())
    if trig.name in TOLD_PARTNERSHIP and not actors and not recips:  # "Quan hệ Đối tác ... xác lập năm 2018"
        actors = list(pair_before(doc, index.mentions, ts) or ())  # (the pair the text is about)
    agreement, parties = agreement_of(ctx, kind, te, p1, c1) if kind in _AGREEMENT_OR_MEMBERSHIP else ("", ())
    signed = participle_agreements(ctx, index, c0, ts) if kind is K.AGREEMENT_SIGN and not agreement else []
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
    if signed:  # "Hiệp định EVFTA, ký ngày 30/6/2019": the name before the comma was signed (events_phrases)
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
    single = kind is K.AGREEMENT_RATIFY or kind is K.AGREEMENT_SIGN and passive
    single = single or trig.name == "host_venue"  # "... của Ai Cập là nơi diễn ra COP27": its host alone
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
        agreement, parties = agreement_before(ctx, c0, ts)  # "Hiệp định ... (EVFTA) được ký ngày ..."
        if agreement and not actors:
            actors = [c for c in parties if c != agreement] or [VNM]  # a group agreement: Vietnam signs it
    if (
        not agreement and passive
    ):  # "X được ký tại A, được Quốc hội B phê chuẩn": one subject (events_passive)
        agreement, parties = shared_subject(ctx, text, s0, c0, ts)
    if not actors and kind is K.AGREEMENT_SIGN and own_signing(doc, text, c0, te):
        actors = list(
            pair_before(doc, index.mentions, ts) or ()
        )  # "Tuyên bố chung được ký tại ...": the pair's
        agreement = agreement or ("tuyên bố chung" if actors else "")  # (events_invited)
    if (
        kind in AGREEMENT_KINDS
        and not (  # (a passive's subject is the agreement: "Hiệp định ... X – Y (ABBR) được ký")
            agreement
            or recips
            or kind is K.AGREEMENT_NEGOTIATE
            and len(actors) >= 2  # "Hai bên ...; đàm phán về vấn đề này ..."
            or AGREEMENT_NOUN_CUE.search(
                text, max(s0 if passive else c0, ts - (160 if passive else 40)), min(p1 + 1, te + 80)
            )
            or kind is K.AGREEMENT_RATIFY
            and "thủ tục" in text[max(c0, ts - 12) : ts]  # "thủ tục phê chuẩn"
            or kind is K.AGREEMENT_RATIFY
            and submitted(text, c0, ts)  # "trình cấp có thẩm quyền phê chuẩn" (the instrument named before)
        )
    ):
        return None  # "ký" with nothing signed
    recips += [c for c in parties if c not in actors and c not in recips]
    if trig.name == "sanction_weak" and not recips:
        return None
    if not actors:  # "Tháng 3/2023, ông thăm Nhật Bản" after "Tổng thống Hàn Quốc ...": Korea, not Vietnam
        who = pronoun_country(doc, text, doc.blocks[block].start if block < len(doc.blocks) else s0, c0, ts)
        if who and who != VNM:
            actors, recips = [who], [c for c in recips if c != who]
    if not actors and (foreign_name(doc, ctx, max(c0, ts - 120), ts) or _PRONOUN.match(text, s0)):
        return None  # "Obama đã đến thăm Kenya", "Họ ủng hộ ...": someone is named, not Vietnam by default
    if not recips and kind in DEFAULT_RECIPIENT_VNM:  # VNM receives only when nothing else is named as target
        if (
            foreign_name(doc, ctx, te, min(p1, te + 60))
            or kind is K.SUPPORT
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
    if not actors and not pair and generic_subject(before):
        return None  # "Một quốc gia muốn gia nhập WTO phải ...": no one in particular
    if not pair:  # "Hai bên nhất trí tăng cường hợp tác": both sides act, neither is the other's recipient
        named = (*actors, *recips)
        actors, recips = defaults(kind, actors, recips, text[max(c0, ts - 60) : ts])
        if actors is not None and _vietnam_by_default(doc, ctx, block, named, actors, recips):
            return None  # an unnamed side is Vietnam only in a text that names Vietnam somewhere
    if kind is K.VISIT and actors and not recips and VNM not in actors and _VISIT_OF.match(text, ts, p1):
        recips = [VNM]  # "Nhân chuyến thăm cấp Nhà nước của Tổng thống Joe Biden": a visit to Vietnam
    if actors is None:
        return None
    if not recips and not (
        (kind.symmetric or kind in AGREEMENT_KINDS or pair)
        and len(actors) >= 2
        or single  # "được Quốc hội Hàn Quốc phê chuẩn", "được Việt Nam ký ngày ...": one party's act
        and actors
    ):
        return None
    if kind in ORG_TARGET and not recips:
        return None
    if not set(actors) - _OWN_SIDE and not set(recips) - _OWN_SIDE and not single:
        return None  # Vietnam and its Party are one side ("đường lối ... của Đảng ta")
    last_name = c0  # the last name's end (one before c0 counts as c0 below)
    for g in pre:
        if last_name < g.end <= ts:
            last_name = g.end
    predicate = text[max(last_name, c0, ts - 80) : ts]
    if kind is K.VISIT:  # "Chuẩn bị đón đoàn X sang thăm": the task before the visitor (events_invited)
        predicate = received_opener(text, pre, c0) + predicate
    agent = pre[-1] if pre and pre[-1].end == last_name else None
    if (
        agent is not None and agent.marker in ("được", "bị") and agent.marker_pos >= c0
    ):  # "chưa được (đại diện) X
        predicate = (
            text[max(c0, agent.marker_pos - 30) : agent.marker_pos + 4] + predicate
        )  # ký": the negation
    status = status_of(ctx, text, block, recent, te, c1, predicate)  # stands before the passive's agent
    status = task_status(doc, text, ctx.cache, block, kind, status, pre, c0, ts, te)  # events_tasks
    if status is Status.OCCURRED and invited_visit(trig.name, text, ts):
        status = Status.PLANNED  # "mời đoàn ... sang dự": an invited delegation's visit is to come (round 23)
    elif status is Status.PLANNED and meeting_as_setting(trig.name, text, c0, ts):
        status = Status.OCCURRED  # "được X đề xuất tại cuộc gặp đầu tiên của ...": the setting took place
    if kind in MEETING_KINDS and status is not Status.NEGATED and called_off(text, te, c1):
        status = Status.NEGATED  # "Chuyến thăm ... đã bị hủy bỏ": it did not take place
    status = role_status(
        text, kind, trig.name, status, c0, ts
    )  # a role denied, held now; a candidacy (planned)
    if trig.subject_first and status is not Status.NEGATED and passive_negated(text, ts, te):
        status = Status.NEGATED  # "Quan hệ ngoại giao giữa A và B chưa được thiết lập" (events_phrases)
    if kind is K.MEMBERSHIP_JOIN and status is Status.OCCURRED and invited(text, c0, ts):
        status = Status.PLANNED  # "Ai Cập được mời gia nhập BRICS": an invitation, the joining is to come
    if proposed and status is Status.OCCURRED:
        status = Status.PLANNED  # a proposal (accepted or not) is an act to come
    if (
        kind in _NOMINAL_KINDS
        and status is not Status.NEGATED
        and negated_nominal(text, c0, ts, te, c1, kind is K.COOPERATE)
    ):
        status = Status.NEGATED  # "..., nên viện trợ ... của các tổ chức này không còn giữ vai trò như trước"
    if kind is K.AGREEMENT_NEGOTIATE and unfinished(text, c0, ts, te, c1):
        status = Status.NEGATED  # "Đàm phán Hiệp định ... chưa kết thúc": no conclusion, no event
    celebrated = anniv and status is Status.PLANNED  # "Tổ chức kỷ niệm 60 năm thiết lập quan hệ ..." (a task)
    held = (
        anniv and status is Status.OCCURRED and celebrates(text, pre, c0, ts)
    )  # "Năm 2023, hai bên kỷ niệm ..."
    if anniv and status is not Status.NEGATED:
        status = Status.OCCURRED  # the celebration may be planned; the event it remembers happened
    if status is Status.OCCURRED and kind in _DURATIVE and _SINCE.match(text, c0):
        status = Status.ONGOING  # "Từ năm 1975, Hoa Kỳ cấm vận Việt Nam": in force since then
    when = when_clause(ctx, text, s0, c1, ts)  # ", khi X đảm nhiệm ...": the main clause's time (events_when)
    if when is not None and when[1] and status is Status.OCCURRED:
        status = Status.PLANNED
    if prev >= own0 and occasion_opens(text, own0, prev, ts):  # "Nhân chuyến thăm ... tháng 3/2025 của X,
        prev = -1  # hai nước ...": the occasion's date is the main clause's too
    date, explicit = date_of(
        ctx, text, ts, te, own0, p1, block, prev if prev >= own0 else -1, status is Status.PLANNED
    )
    if not explicit and when is not None and when[0]:
        date, explicit = when[0], True
    if not explicit and kind is K.MEMBERSHIP_JOIN:  # a founding member: the founding's date (events_when)
        b0 = doc.blocks[block].start if block < len(doc.blocks) else s0
        founded = instrument_date(ctx, text, te, min(c1, te + 300))  # "theo Hiệp ước X (1991)" (instruments)
        founded = founded or founding_date(ctx, text, b0, sentence[0], c0, p1)
        date, explicit = (founded, True) if founded else (date, explicit)
    if (
        not explicit and status is not Status.PLANNED
    ):  # "Theo Hiệp định Pa-ri (1973), X tham gia ...": the treaty's
        under = treaty_opening_date(ctx, text, c0, ts)  # year dates what is done under it
        date, explicit = (under, True) if under else (date, explicit)
    if not explicit and trig.name == "host_by" and (told := told_meeting_date(ctx, text, c0, ts)):
        date, explicit = told, True  # "Hội nghị do X chủ trì.": the meeting told before (events_instruments)
    if kind is K.MEMBERSHIP_ELECT and (held := poll_date(ctx, text, te, sentence[1])):
        date, explicit = held, True  # "...; cuộc bầu cử dự kiến diễn ra vào tháng 6/2019"
    status, date = standing(ctx, text, kind, status, date, explicit, c0, ts)  # undated standing relations
    if trig.name == "apply_join" and status is not Status.NEGATED:  # "X nộp đơn xin gia nhập Y": to come, or
        denied = not_admitted(text, te, sentence[1])  # denied: "... nhưng chưa được kết nạp" (round 23)
        status = Status.NEGATED if denied else Status.PLANNED
    if trig.name == "member_from" and not explicit and status is Status.OCCURRED:
        status = Status.ONGOING  # "X hiện là thành viên G20": a standing membership, undated (events_members)
    if status is Status.OCCURRED and explicit and after_document(doc.meta.get("date"), date):
        status = Status.PLANNED  # "Hà Nội, ngày 2 tháng 10 năm 2024 ... trong tháng 11/2024": to come
    if decided and not explicit:
        date = doc.meta.get("date") or date
    if relative and not explicit and status is Status.OCCURRED and kind in _DURATIVE:
        status = Status.ONGOING  # "lệnh cấm vận mà Hoa Kỳ áp đặt đối với Cu-ba": undated, still in force
    attrs = attributes(doc, text, kind, trig.name, te, p1, c0, c1, ctx.cache)
    if agreement:
        attrs["agreement"] = agreement
    items = tuple(sorted(attrs.items())) if len(attrs) > 1 else tuple(attrs.items())
    d = Draft(kind, tuple(actors), tuple(recips), date, status, sentence, items, explicit)
    if len(signed) > 1:  # "EVFTA và EVIPA, ký ngày ...": one signing per agreement
        ctx.cache.setdefault(MORE_SIGNINGS, []).extend(other_signings(d, signed[1:], VNM))
    if celebrated:
        ctx.cache.setdefault(CELEBRATIONS, []).extend(celebration(d, anniv))
    elif held:  # a celebration held: a relations event of its own date (events_tasks)
        ctx.cache.setdefault(CELEBRATIONS, []).extend(
            x._replace(status=status) for x in celebration(d, anniv)
        )
    return d


_FEW_SENTENCES = 4  # a text this short (a sentence quoted alone) may leave Vietnam unnamed


def _vietnam_by_default(
    doc: Document, ctx: Context, block: int, named: tuple, actors: list[str], recips: list[str]
) -> bool:
    """Did the defaults put Vietnam (or its Party) in running text of a document of some length that never
    names either? A Vietnamese text about other countries ("Những người theo Đảng Cộng hòa ... ủng hộ khi
    Đức ...") has no unstated "ta"; the items of a task list or plan keep their unstated issuer."""
    added = [c for c in (*actors, *recips) if c not in named and c in _OWN_SIDE]
    if not added or block in ctx.modes or doc.blocks[block].type is BlockType.LIST_ITEM:
        return False
    found = ctx.cache.get("names vietnam")
    if found is None:
        found = ctx.cache["names vietnam"] = len(doc.sentences) < _FEW_SENTENCES or any(
            c in _OWN_SIDE for c in map(acting_code, doc.mentions)
        )
    return not found
