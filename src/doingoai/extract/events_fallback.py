"""A last reading of a trigger the rules let go (issue 3, session 12): its sentence's names on either side.

The rules of :mod:`events_draft` drop a placed trigger when they cannot tell its parties for sure (a passive
with its agent in another sentence, a subject the gazetteer lacks, a target outside the clause). On text the
rules were not written on, most events missed are such drops (``bench/event_misses.py --why``: "no event").
Here such a trigger still yields a draft when its own sentence names parties on both sides of it within its
clause span: the nearest names before it act, the names right after it receive (a signing or a relation
established: both sides are its parties). A sentence that already has an event of the trigger's kind gets
none, nor does a negated trigger, a question or a trigger with nobody named before it in a text whose writer
is not Vietnamese. The date is the nearest date in the sentence, else the paragraph's, section's or
document's (:meth:`Context.fallback_date`); the status as for any trigger (:func:`events_status.status_of`).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.dates_terms import term_or_target
from doingoai.extract.events_codes import _codes, as_actor
from doingoai.extract.events_context import Context
from doingoai.extract.events_groups import MentionIndex
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_status import not_a_fact, status_of
from doingoai.extract.events_unstated import someone_named
from doingoai.extract.members import members
from doingoai.extract.places import VNM
from doingoai.extract.triggers import Hit
from doingoai.model import Document, EventKind, Mention, Status

K = members(EventKind)
ST = members(Status)
_BOTH_SIDES: Final = frozenset({K.AGREEMENT_SIGN, K.RELATIONS_ESTABLISH, K.RELATIONS_UPGRADE})
_PARTY_KINDS: Final = frozenset({"country", "organisation", "party", "body", "person", "pair", "collective"})
_REACH: Final = 120  # characters either side of the trigger its names may stand
_STOP: Final = re.compile(r"[;:.!?\n]|, (?:trong đó|còn|nhưng|song|trong khi)\b")
_NEGATED: Final = re.compile(r"\b(?:không|chưa|chẳng|chưa từng|không hề)\s+(?:\S+\s+){0,2}$")
_AND_BETWEEN: Final = re.compile(r"\)?\s*,?\s*và\s+")  # a date, then "và" and the trigger: another conjunct's
_OWN_AFTER: Final = 100  # characters after the trigger its own date may stand
_VERB_AFTER: Final = re.compile(
    r" (?!và\b|cùng\b|với\b)[a-zđà-ỹ]"
)  # a lower-case word right after a name: its verb
_PLACE_BEFORE: Final = re.compile(r"\b(?:tại|ở)\s*$")
# (round 46) an envoy's post: "Đại sứ Italia tại Việt Nam đến thăm Trường": the state after "tại" is where the envoy
# serves (the host of its visit), not the visitor
_ENVOY_TITLE: Final = re.compile(
    r"\b(?:đại sứ(?: quán)?|tổng lãnh sự(?: quán)?|lãnh sự(?: quán)?|trưởng đại diện|tùy viên(?: quốc phòng| quân sự)?"
    r"|phái đoàn|cơ quan đại diện)\s+$"
)
_POST_GAP: Final = re.compile(r"\s+(?:tại|ở)\s+")
# (round 46) a foreign delegation that comes: "tổ chức đoàn doanh nghiệp Hồng Kông sang khảo sát ...": its name, then
# the movement verb and the purpose (no destination named: the writer's side)
_COMES: Final = re.compile(
    r"\s+(?:sang|đến|tới)\s+(?:thăm|khảo sát|làm việc|học tập|tìm hiểu|giao lưu|trao đổi|tham quan)\b"
)
_GOAL: Final = re.compile(r"\bsang\s*$")  # "sang Ô-xtrây-li-a": where a delegation goes
_LISTED: Final = re.compile(r"\s*(?:,|và|,\s*và)\s*")  # names of one list
_ASIDE: Final = re.compile(r"\([^()]*$")  # the trigger inside brackets opened before it
_REQUEST: Final = re.compile(r"\b(?:đề nghị|kêu gọi|yêu cầu|đề xuất|mong muốn|vận động|thúc giục|hối thúc)\b")
# the kinds read so: on the development and working sets (heldout2–68) a signing, a relation established or
# upgraded, a visit and talks read this way were right 54 times in 90 (41 of 55 signings); aid, support,
# cooperation, hosting, membership, elections, conflicts and the rest 13 times in 111 (docs/decisions.md)
# (not Final: tests/test_extract_fallback.py empties it to show the rules alone; a Final name is a C static in the compiled build)
KINDS = frozenset({K.AGREEMENT_SIGN, K.RELATIONS_ESTABLISH, K.RELATIONS_UPGRADE, K.VISIT, K.CONSULT})


def fallback_drafts(
    doc: Document,
    low: str,
    ctx: Context,
    index: MentionIndex,
    dropped: list,
    drafts: list[Draft],
    writer_vietnamese: bool,
) -> list[Draft]:
    """Drafts for the ``dropped`` (hit, sentence) pairs whose sentence has no draft of the hit's kind."""
    have = {(d.kind, d.sentence[0]) for d in drafts}
    out: list[Draft] = []
    for h, sent in dropped:
        d = _draft(doc, low, ctx, index, h, sent, writer_vietnamese)
        if d is None or (d.kind, sent.start) in have:
            continue
        have.add((d.kind, sent.start))
        out.append(d)
    return out


def _span(low: str, s0: int, s1: int, ts: int, te: int) -> tuple[int, int]:
    """The stretch of the trigger's clause its names are read in (no ";", ":" or contrast across)."""
    lo = max(s0, ts - _REACH)
    for m in _STOP.finditer(low, lo, ts):
        lo = m.end()
    hi = min(s1, te + _REACH)
    stop = _STOP.search(low, te, hi)
    return lo, (stop.start() if stop is not None else hi)


def _before(low: str, ms: list[Mention], lo: int) -> list[str]:
    """The codes of the last two names before the trigger and of the list they close ("là A, B, C và D ký":
    all four), destinations left out ("sang Ô-xtrây-li-a và Niu Di-lân ... ký": not the signers)."""
    ms = [m for m in ms if not _GOAL.search(low, max(lo, m.start - 8), m.start)]
    k = max(0, len(ms) - 2)
    while 0 < k < len(ms) and _LISTED.fullmatch(low, ms[k - 1].end, ms[k].start):
        k -= 1
    return [c for m in ms[k:] for c in _codes(m)]


def _comer(low: str, ms: list[Mention]) -> list[str]:
    """The codes of the first name after a delegation trigger when it comes ("đoàn doanh nghiệp Hồng Kông sang khảo
    sát ...": HKG), else []; never Vietnam's own delegation."""
    ms = [m for m in ms if m.kind in _PARTY_KINDS]
    if not ms or not _COMES.match(low, ms[0].end):
        return []
    codes = _codes(ms[0])
    return [] if VNM in codes else list(codes)


def _envoy_posts(low: str, ms: list[Mention]) -> list[Mention]:
    """The names in ``ms`` that are an envoy's post ("Đại sứ Italia tại Việt Nam": Việt Nam)."""
    return [
        m
        for a, m in zip(ms, ms[1:], strict=False)
        if _POST_GAP.fullmatch(low, a.end, m.start)
        and _ENVOY_TITLE.search(low, max(0, a.start - 30), a.start)
    ]


def _after(low: str, ms: list[Mention], te: int) -> list[str]:
    """The codes of the names after the trigger ending at ``te``, places left out ("Đại sứ Việt Nam tại Nhật
    Bản"); none when the first stands after a comma as the subject of a clause ("..., Nhật Bản cử đại sứ tới
    dự")."""
    if ms and low[te : ms[0].start].rstrip().endswith(",") and _VERB_AFTER.match(low, ms[0].end):
        return []
    return [c for m in ms if not _PLACE_BEFORE.search(low, max(te, m.start - 8), m.start) for c in _codes(m)]


def requested(low: str, lo: int, ts: int) -> bool:
    """Does a request or wish stand between ``lo`` and the trigger at ``ts`` ("đề nghị X sớm ký ...")? (Also
    events_learned, which reads it as planned.)"""
    return _REQUEST.search(low, lo, ts) is not None


def request_or_aside(low: str, lo: int, ts: int) -> bool:
    """Is the trigger at ``ts`` inside brackets opened after ``lo`` ("(thiết lập năm 2007)": an aside on a name) or
    after a request or wish?"""
    return _ASIDE.search(low, lo, ts) is not None or requested(low, lo, ts)


def _draft(doc, low, ctx, index, h: Hit, sent, writer_vietnamese: bool) -> Draft | None:
    kind = h.trigger.kind
    if kind is None or kind not in KINDS:
        return None
    ts, te = h.start, h.end
    if _NEGATED.search(low, max(sent.start, ts - 30), ts):
        return None
    recent = low[max(sent.start, ts - 160) : ts].split()[-25:]
    if not_a_fact(ctx, sent.block, recent):
        return None  # a hypothetical, a purpose, a report denied, a policy line, an act considered
    lo, hi = _span(low, sent.start, sent.end, ts, te)
    if request_or_aside(low, lo, ts):
        return None  # "(thiết lập năm 2007)": an aside on a name; "đề nghị X sớm ký ...": a request
    named = [m for m in index.between(lo, ts) if m.kind in _PARTY_KINDS]
    posts = _envoy_posts(low, named)
    before = _before(low, [m for m in named if m not in posts], lo)
    after = _after(low, [m for m in index.between(te, hi) if m.kind in _PARTY_KINDS], te)
    if after and low.startswith(" của ", te):  # "cuộc gặp của Thủ tướng X với ...": X's, not a recipient
        before, after = after[:1], after[1:]
    # no name before it: the writer's act ("ta", a task) unless someone the gazetteer lacks is named there
    unnamed = writer_vietnamese and not before and not someone_named(doc, ctx, low, sent.start, lo, ts)
    if kind in _BOTH_SIDES:
        parties = list(dict.fromkeys(as_actor(before + after[:3])))
        if len(parties) == 1 and parties[0] != VNM and unnamed:
            parties.insert(0, VNM)
        if len(parties) < 2:
            return None
        actors, recips = tuple(parties), tuple[str, ...]()
    else:
        acting = as_actor(before[-1:]) if before else ([VNM] if unnamed else [])  # (the nearest acts)
        receiving = [c for c in dict.fromkeys(after[:3]) if c not in acting]
        if kind is K.VISIT and not before and unnamed and (comer := _comer(low, index.between(te, hi))):
            acting, receiving = comer, [VNM]  # "tổ chức đoàn doanh nghiệp X sang khảo sát ...": X comes
        if (
            kind is K.VISIT
            and h.trigger.name == "delegation_received"
            and receiving
            and acting
            and VNM not in receiving
        ):
            # "(Trường) đón đoàn Đại học X sang làm việc": the delegation received comes to its receiver (round 153)
            acting, receiving = receiving[:1], acting
        if not receiving and posts and before:  # "Đại sứ X tại Việt Nam đến thăm Trường": the post hosts
            receiving = [c for m in posts for c in _codes(m) if c not in acting]
        if not acting or not receiving:
            return None
        actors, recips = tuple(acting), tuple(receiving)
    dates = [d for d in ctx.dates_in(sent.start, sent.end) if not ctx.in_name(d)]
    # "thông qua Chiến lược ... đến năm 2030": a target dates nothing done towards it; a term ("giai đoạn
    # 2025 – 2030") only when the sentence tells no other date (as events_dating.date_of) (round 41)
    bounds = [d for d in dates if term_or_target(low, d.start, te)]
    if bounds and len(bounds) < len(dates):
        dates = [d for d in dates if d not in bounds]
    elif bounds and all("/" not in d.value for d in bounds):
        dates = []
    if dates:
        near = min(dates, key=lambda d: abs(d.start - ts))
        if near.end <= ts and _AND_BETWEEN.fullmatch(low, near.end, ts):
            # "thiết lập quan hệ ngoại giao ngày 1/8/1973 và nâng lên Đối tác chiến lược năm 2013": the date
            # before " và" closes the conjunct before it; the trigger's own is the one written after it (round 154)
            near = next((d for d in dates if te <= d.start <= te + _OWN_AFTER), near)
        date = near.value
        explicit = True
    else:
        date, explicit = ctx.fallback_date(sent.block), False
    status = status_of(ctx, low, sent.block, recent, te, sent.end, low[max(lo, ts - 80) : ts])
    if status is ST.NEGATED:
        return None
    return Draft(kind, actors, recips, date, status, (sent.start, sent.end), (), explicit)
