"""Events: which of a clause's mention groups stand before a trigger as its subject and after it as its objects
(names of an earlier phrase of the clause are that phrase's; a place is no party; the clause before may lend its
subject), and the triggers that tell no act of their own there: an act characterised or protested, the topic of
an agreement or a document, an act requested of or backed for others ("vận động các nước ... phê chuẩn",
"ủng hộ Đông Ti-mo gia nhập ASEAN"). Used by :func:`doingoai.extract.events_draft.draft_event`."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final, NamedTuple

from doingoai.extract.events_agreement_phrases import backed_act
from doingoai.extract.events_apposition import aside_groups
from doingoai.extract.events_clause import chain_start, ends_with_with
from doingoai.extract.events_context import Context
from doingoai.extract.events_frames import (
    SUBORDINATE,
    help_task_start,
    place_country,
    protested_act,
    refers_back,
    result_subject,
    treaty_owner,
)
from doingoai.extract.events_invited import invited_visitor
from doingoai.extract.events_invited_over import invited_over
from doingoai.extract.events_offices import support_led_to
from doingoai.extract.events_phrases import partner_end
from doingoai.extract.events_roles import AGREEMENT_KINDS, MentionIndex
from doingoai.extract.events_shapes import fronted_roles
from doingoai.extract.events_span import Span
from doingoai.extract.events_status import topic_of_agreement
from doingoai.extract.events_tasks import requested
from doingoai.extract.events_topics import adopted_topic
from doingoai.extract.members import members
from doingoai.extract.triggers import Hit
from doingoai.model import EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
CAUSATIVE: Final = re.compile(
    r"\b(?:vận động|kêu gọi|đề nghị|yêu cầu|thuyết phục|đề xuất|mong muốn|kiến nghị|khuyến nghị|thúc giục|hy vọng"
    r"|(?<!lời )mời)\s+(?!của\b)(?:[^\W\d_]+\s+){0,4}$"
)

CAUSATIVE_WORD: Final = re.compile(
    "vận động|kêu gọi|đề nghị|yêu cầu|thuyết phục|đề xuất|mong muốn|kiến nghị|khuyến nghị|thúc giục|hy vọng|mời|ủng hộ"
)  # its pre-check
# the writer's own task asking a partner for aid: "(Tiếp tục) đề nghị KOICA (xem xét) tài trợ ...", "Đề nghị phía bạn hỗ
# trợ ...": aid to come from the one asked (round 26), not a request to others to act among themselves
_ASKED_AID: Final = re.compile(
    r"\W*(?:(?:\d{1,2}\.|[a-zđ]\)|[-–•+])\s*)?(?:chủ trì,?\s+)?"
    # (round 30) with a home ministry: "Chủ trì, phối hợp với Bộ Ngoại giao đề xuất với phía X đàm phán ..."
    # (round 37) or with any body: "Phối hợp với Hội Chữ thập đỏ tỉnh đề xuất Chính phủ Nhật Bản tài trợ ..."
    r"(?:phối hợp với (?:(?:bộ|sở|các bộ|các cơ quan|cơ quan)\b[^,;.()]{0,40}?|[^,;.()]{0,40}?)\s+)?"
    r"(?:(?:tiếp tục|chủ động|sẽ)\s+)?(?:đề nghị|kiến nghị|đề xuất(?: với)?)\s+"
    r"(?:(?:phía|chính phủ|cơ quan)\s+"
    # (round 42) or one of its bodies: "Đề nghị Phái đoàn EU hỗ trợ ...", "đề nghị Bộ Nông nghiệp Hoa Kỳ tài trợ ..."
    # (round 96) or its secretariat, office or consulate: "Đề nghị Ban Thư ký WTO hỗ trợ kỹ thuật ..."
    r"|(?:phái đoàn|đại sứ quán|tổng lãnh sự quán|lãnh sự quán|bộ|quỹ|cơ quan|chính quyền|ủy ban|ban thư ký"
    r"|văn phòng)(?:\s+[^\W\d_]+){0,3}?\s+)?"
)
# (round 30) the same task naming several donors, "(Tiếp tục) vận động JICA và KOICA tài trợ ...", or asking the
# partner for a recognition or a negotiation: "Đề nghị phía X sớm công nhận ...", "Đề xuất với phía X đàm phán ..."
_ASKED_MORE: Final = re.compile(
    r"\W*(?:(?:\d{1,2}\.|[a-zđ]\)|[-–•+])\s*)?(?:(?:tiếp tục|chủ động|sẽ)\s+)?(?:vận động)\s+"
    r"(?:(?:phía|chính phủ|cơ quan)\s+)?"
)
_DONOR_JOIN: Final = re.compile(r"\s*(?:,|và)\s*")
_ASKED_KINDS: Final = (K.SUPPORT, K.AGREEMENT_NEGOTIATE)


def _asked_partner(text: str, c0: int, pre: list, kind: Any) -> bool:
    """Is the clause the writer's own request to the partners ``pre`` for aid to Vietnam, a recognition or a
    negotiation with it (round 26, round 30)? Several donors joined by "và" or commas count as one."""
    if not all(_DONOR_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(pre, pre[1:], strict=False)):
        return False
    if kind is K.AID:
        return bool(
            _ASKED_AID.fullmatch(text, c0, pre[0].start) or _ASKED_MORE.fullmatch(text, c0, pre[0].start)
        )
    if kind is K.SUPPORT and _ASKED_MORE.fullmatch(text, c0, pre[0].start):
        return True  # (round 80) "Vận động Ru-ma-ni và Moldova ủng hộ Việt Nam ứng cử ...": the partners' support
    return kind in _ASKED_KINDS and len(pre) == 1 and bool(_ASKED_AID.fullmatch(text, c0, pre[0].start))


_AND_THEN: Final = re.compile(r"\b(?:và|cùng|rồi|đồng thời|sau đó)\b")


class Sides(NamedTuple):  # (one per trigger: a NamedTuple is cheaper to build than a dataclass)
    """The mention groups before (``pre``) and after (``post``) a trigger that may be its parties; ``prev``: the
    start of an earlier trigger of its clause (else -1); ``invitee``: the visitor of "A mời B thăm C"."""

    prev: int
    pre: list[Any]
    post: list[Any]
    invitee: tuple[str, ...]


def clause_sides(
    text: str,
    ctx: Context,
    index: MentionIndex,
    hit: Hit,
    hit_starts: list[int],
    sp: Span,
    kind: EventKind,
    clause_groups: list[Any],
) -> Sides | None:
    """The subject and object groups of a trigger that is neither subject-first nor "do X chủ trì", or None
    when it tells no act of its own. ``text`` is the lower-cased document text."""
    pre: list[Any]
    post: list[Any]
    trig = hit.trigger
    ts, te = hit.start, hit.end
    s0, c0, c1, own0, fk, p1, recent = sp.s0, sp.c0, sp.c1, sp.own0, sp.fk, sp.p1, sp.recent
    k = bisect_right(hit_starts, ts - 1) - 1  # a name after an earlier trigger of the clause is its object
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
            or "pair" in g.kinds  # "X thăm Y và hai nước nâng ...": the pair opens a new clause (round 22)
            or SUBORDINATE.search(text, prev, g.start) is not None  # "... từ khi X và Y trở thành ..."
            or result_subject(text, prev, g)  # "... khiến Phần Lan gia nhập NATO" (events_frames)
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
    if kind is K.CONFLICT:  # "hậu quả chiến tranh" names no party: the subject must be next to the trigger
        pre = [g for g in pre if ts - g.end <= 30 or g.marker in ("bị", "được")]
    # (not a founding, checked by events_vocab.founders_named: "ký văn kiện thành lập GCC" founds it, round 27)
    founding = trig.name == "found"
    # (round 95) "ký Hiệp định X dưới sự trung gian của Y": a manner of the signing, no agreement's topic
    founding = founding or trig.name == "mediate_by"
    if kind not in AGREEMENT_KINDS and not founding and topic_of_agreement(kind, " ".join(recent[-5:])):
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
        and CAUSATIVE_WORD.search(text, max(c0, pre[-1].start - 40), pre[-1].start)
        and CAUSATIVE.search(text, max(c0, pre[-1].start - 40), pre[-1].start)
        and not _asked_partner(text, c0, pre, kind)
        and not (trig.name == "visit_come" and invited_over(text, c0, ts))  # (events_invited_over, round 184)
    ):
        return None  # "vận động các nước thành viên EU sớm phê chuẩn ...": a request to others, not an event
    if (
        prev >= 0
        and trig.name != "candidacy"
        and CAUSATIVE_WORD.match(text, prev)
        and text.find(",", prev, ts) < 0
        and text.find(":", prev, ts)
        < 0  # "ủng hộ lẫn nhau ...: Bhutan đã ủng hộ ...": a list told (round 46)
        and _AND_THEN.search(text, prev, ts) is None  # "ủng hộ X và cùng X ký ...": X's own act
        and not support_led_to(text, prev, ts)  # "Sự ủng hộ của X góp phần để Y trúng cử" (round 23)
        and any(prev < g.start and g.end <= ts and ts - g.end <= 12 for g in clause_groups)
    ):
        return None  # "Việt Nam ủng hộ Đông Ti-mo gia nhập ASEAN": the act backed or asked for, not done
    if prev >= 0 and backed_act(text, prev, ts):
        return None  # "ủng hộ việc sớm kết thúc đàm phán ...": the act backed, not told (events_agreement_phrases)
    if pre and kind in AGREEMENT_KINDS and requested(text, pre[-1].end, ts):
        return (
            None  # "Phối hợp với phía EU vận động các nước thành viên sớm phê chuẩn EVIPA": asked of others
        )
    return Sides(prev, pre, post, invitee)
