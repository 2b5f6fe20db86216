"""Events: where a trigger's roles, status and date are read: its sentence (cut to a window around the trigger
in a sentence without an end), its clause (the subject shared with the clause before; a contrast or a fronted
predicate opening a clause of its own), the words before it and where its objects end; and the triggers that
tell nothing there (no named party, a topic line, an act of unnamed states, not a fact). Used by
:func:`doingoai.extract.events_draft.draft_event`."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final, NamedTuple

from doingoai.extract.events_anaphora import pair_before
from doingoai.extract.events_clause import clause, post_stop
from doingoai.extract.events_context import Context
from doingoai.extract.events_dating import SEPARATOR, anniversary_years
from doingoai.extract.events_frames import result_cut
from doingoai.extract.events_instrument_named import named_instrument_pair
from doingoai.extract.events_invited import bilateral_signing, mission_acts, own_signing
from doingoai.extract.events_joint import promotion_meeting
from doingoai.extract.events_kind import PAIR_REMEMBERED, first_kind
from doingoai.extract.events_members_signed import members_signing
from doingoai.extract.events_org_unstated import org_signing
from doingoai.extract.events_passive import TOLD_PARTNERSHIP
from doingoai.extract.events_plan_tasks import plan_partner, plan_received, plan_task
from doingoai.extract.events_roles import AGREEMENT_KINDS, MentionIndex
from doingoai.extract.events_shapes import fronted_comma, own_parliament
from doingoai.extract.events_status import not_a_fact
from doingoai.extract.events_topics import topic_line
from doingoai.extract.events_venue_abroad import venue_abroad
from doingoai.extract.events_venue_city import VENUE_HOSTS, venue_city
from doingoai.extract.events_when import contrast_start, unnamed_relative
from doingoai.extract.members import members
from doingoai.extract.triggers import STRONG_BREAK, Hit
from doingoai.model import Document, EventKind

_TOLD_DONE: Final = re.compile(r"\b(?:được|đã) (?:xác lập|thiết lập)$")

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
_NEW_SUBJECT: Final = re.compile(
    r"\s*(?:ta|chúng ta|họ|đảng ta|nhà nước ta|phía [^\W\d_]+|các nước|nhiều nước)\b"
)
# (round 132) a named session's own predicate: "Kỳ họp thứ nhất Ủy ban hỗn hợp A – B (đã) diễn ra tại X ngày ...": its
# place and date are the session's, not another event's
_TAKES_PLACE: Final = re.compile(r"(?:đã |sẽ |được )?(?:diễn ra|được tổ chức|khai mạc)\b")
_new = tuple.__new__  # Span(...) without the NamedTuple's Python-level __new__ (speed round 12)
_WINDOW: Final = 400  # characters on either side of a trigger where its roles, status and date are read


class Span(NamedTuple):  # (one per trigger: a NamedTuple is cheaper to build than a dataclass)
    """A trigger's reading frame: ``sentence`` (the evidence), ``s0``-``s1`` (the sentence, cut to a window
    around the trigger in a sentence without an end), the clause ``c0``-``c1``, ``own0`` (where the trigger's
    own clause starts when it shares the subject of the clause before), ``fk`` (a fronted predicate's comma after
    the trigger, else -1), ``p1`` (where its objects end), ``before`` (the clause's text before the trigger),
    ``recent`` (its last words) and ``anniv`` (the years of an anniversary told before it, else 0)."""

    sentence: tuple[int, int]
    s0: int
    s1: int
    c0: int
    c1: int
    own0: int
    fk: int
    p1: int
    before: str
    recent: list[str]
    anniv: int


def trigger_span(
    doc: Document,
    text: str,
    ctx: Context,
    index: MentionIndex,
    hit: Hit,
    hit_starts: list[int],
    s0: int,
    s1: int,
    block: int,
) -> tuple[Span, EventKind] | None:
    """A trigger's reading frame and the kind its draft starts with, or None when it tells no event there.
    ``text`` is the lower-cased document text; ``s0``-``s1`` the trigger's sentence."""
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
        and not (trig.kind in PAIR_REMEMBERED and anniversary_years(text, c0, ts))  # (the pair of the text)
        and not (trig.name in TOLD_PARTNERSHIP and pair_before(doc, index.mentions, ts))  # (events_passive)
        and not (trig.kind is K.AGREEMENT_RATIFY and own_parliament(doc, c0, ts))  # (Vietnam's assembly)
        and not (
            trig.kind is K.AGREEMENT_SIGN
            and (
                own_signing(doc, text, c0, hit.end)
                or bilateral_signing(text, c0, ts, hit.end)
                or org_signing(doc, ctx, text, c0, ts, hit.end)
                or members_signing(doc, ctx, text, index, c0, ts)  # (events_members_signed, round 70)
                or named_instrument_pair(ctx, text, c0, ts)  # (the pair its name carried before, round 128)
            )
        )  # (the statement's pair; a bilateral agreement's: the pair of the text, round 31)
        and not (
            (plan_task(trig.name, trig.kind) or plan_received(trig.name))
            and plan_partner(doc, index.mentions, ctx.cache, ts)
        )
        and not mission_acts(doc, index.mentions, ctx.cache, text, c0, c1)  # (a mission's report: round 90)
        and not (trig.name in VENUE_HOSTS and venue_city(doc.text, hit.end, c1)[0])  # (events_venue_city)
        and not (
            (trig.name == "coop_promotion_held" or trig.name == "host" and promotion_meeting(text, ts))
            and venue_abroad(doc.text, text, hit.end, c1)
        )  # ("Tổ chức Hội nghị xúc tiến đầu tư của tỉnh tại Tô-ky-ô": the venue's state, rounds 213, 216)
    ):  # (a plan's agreement task: the partner its title names, round 37)
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
    # (round 119) "Nhằm cụ thể hóa quan hệ Đối tác ... Việt Nam – Pháp, được xác lập tháng 10/2024": a partnership
    # told set up on a date is a fact, even as the object of a purpose or a task; so are relations counted from their
    # start ("Nhằm phát huy kết quả 35 năm quan hệ ngoại giao Việt Nam – Venezuela (18/12/1989 – 18/12/2024)")
    told = trig.name == "establish_counted" or (
        trig.name in TOLD_PARTNERSHIP and _TOLD_DONE.search(text, ts, te) is not None
    )
    if not anniv and not told and not_a_fact(ctx, block, recent):
        return None
    kind = first_kind(doc, text, index, hit, c1, recent)  # (events_kind)
    p1 = result_cut(text, index, te, post_stop(text, te, min(c1, te + 300)))  # (events_frames)
    if fk > ts:
        p1 = min(p1, fk)  # (the fronted predicate's objects end at its comma)
    k = bisect_right(hit_starts, te - 1)
    if (
        k < len(hit_starts)
        and hit_starts[k] < p1
        and kind not in AGREEMENT_KINDS
        and trig.name != "co_organise"
        and not (trig.name == "consult_joint_session" and _TAKES_PLACE.match(text, hit_starts[k]))
    ):
        p1 = hit_starts[k]
    while k < len(hit_starts) and hit_starts[k] < p1:  # a signing reads past "hợp tác" ("ký hiệp định hợp tác
        if (
            text[max(te, hit_starts[k] - 5) : hit_starts[k]].rstrip().endswith(SEPARATOR)
        ):  # với Lào"), not into
            p1 = hit_starts[k]  # the next enumerated phrase (", thiết lập quan hệ với ...")
        k += 1
    return _new(Span, (sentence, s0, s1, c0, c1, own0, fk, p1, before, recent, anniv)), kind
