"""Events (round 37): an agreement task of a plan that names no partner takes the one partner its title names.

A Vietnamese ministry's or province's plan ("KẾ HOẠCH Hợp tác thương mại với Cộng hòa Chi-lê năm 2026") lists its
tasks without repeating the partner: "1. Phối hợp với Bộ Ngoại giao hoàn tất đàm phán Hiệp định thương mại tự do
song phương", "đàm phán và ký Chương trình hợp tác giai đoạn tới". The negotiation and the signing are the
writer's (Vietnam's) with the partner of the plan, as a reader of the plan takes them. Only a negotiation or a
signing, and (round 118) a delegation the writer sends out ("Cử đoàn công tác sang làm việc tại tỉnh X": the
partner is its destination, :func:`plan_trip_partner`, :func:`plan_side`); a meeting or aid asks where or with whom
and no partner is guessed for them. Only in a document whose title opens with "KẾ HOẠCH" and names exactly one
foreign state or organisation, and only a trigger whose sentence names no party but Vietnam and that partner (and,
round 118, no place of a third state: :func:`places_fit`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Final

from doingoai.extract import gazetteer
from doingoai.extract.dates_period import REPORT_BARE, opens_report
from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_invited import mission_pair
from doingoai.extract.events_opening import title_or_opening
from doingoai.extract.events_report_items import report_item
from doingoai.extract.places import VNM
from doingoai.extract.places_scan import scan_places
from doingoai.model import Document, EventKind

_PLAN: Final = re.compile(r"\s*(?:KẾ HOẠCH|Kế hoạch)\b")
_BARE_PLAN: Final = re.compile(
    r"\s*(?:KẾ HOẠCH|Kế hoạch)\s*$"
)  # a title of the word alone: its subject follows
_TASK_KINDS: Final = frozenset({EventKind.AGREEMENT_NEGOTIATE, EventKind.AGREEMENT_SIGN})
_TASK_NAMES: Final = frozenset({"negotiate_sign"})  # "đàm phán và ký kết" (its kind told by the extractor)
_PARTNER_KINDS: Final = ("country", "person", "body", "organisation")
_KEY = "plan_partner"


def plan_task(name: str, kind: Any) -> bool:
    """Is a trigger (its ``name`` and ``kind``) an agreement task, or (round 118) a trip the writer sends, a plan's
    partner may be read into?"""
    return kind in _TASK_KINDS or name in _TASK_NAMES or name in _TRIP_NAMES


# (round 118) a delegation the writer sends out: "Cử đoàn công tác sang làm việc tại tỉnh X", "cử 5 cán bộ sang ...",
# "tham dự Hội chợ ... tại Y" (not "tổ chức đoàn", which may be a visitor's: "tổ chức đoàn doanh nghiệp X sang ...")
_TRIP_NAMES: Final = frozenset(
    {
        "delegation",
        "delegation_staff",
        "fair_abroad",
        "visit_fair",
        "visit_staff_attend",
        "visit_technicians_sent",
        "delegation_market",
    }
)  # (round 177: staff sent to attend abroad, technicians sent)


def plan_trip(name: str) -> bool:
    """Is a trigger (its ``name``) a plan's task of sending the writer's delegation abroad?"""
    return name in _TRIP_NAMES


def places_fit(text: str, cache: dict, s0: int, s1: int, partner: str, trip: bool) -> bool:
    """Does the sentence ``[s0, s1)`` name no known place of a third state (for a ``trip``: no place but the
    partner's, not even a Vietnamese one: "tham dự hội chợ tại Hà Nội" is at home)?"""
    found = cache.get("plan places")
    if found is None:
        found = cache["plan places"] = scan_places(text, text.lower())
    ok = {partner} if trip else {partner, VNM}
    return all(c in ok for s, e, c in found if s0 <= s and e <= s1)


def plan_partner(doc: Document, mentions: list[Any], cache: dict, at: int = -1) -> str:
    """The one foreign state or organisation the title of a plan names, else "" (``mentions``: actor mentions
    sorted by start; ``cache``: the document's, where the answer is kept). (Round 192) A report's title ("BÁO CÁO
    kết quả hợp tác với Lào") gives its partner to the numbered or bulleted item at ``at`` only
    (:func:`events_report_items.report_item`): a report's running line naming no party is told, not tasked."""
    got = cache.get(_KEY)
    if got is None:
        got = cache[_KEY] = _title_of(doc, mentions)
    partner, report = got
    if report and (at < 0 or not report_item(doc, at)):
        return ""
    return partner


def _title_of(doc: Document, mentions: list[Any]) -> tuple[str, bool]:
    starts = [m.start for m in mentions]
    title = title_or_opening(doc, mentions, starts, country_of)
    if title is None:
        return "", False
    report = False
    if not _PLAN.match(doc.text, title.start):
        if not opens_report(doc.text, title.start):  # (dates_period: the one reading of a report's title)
            return "", False
        report = True
    bare = _BARE_PLAN.match(doc.text[title.start : title.end]) or (
        report and REPORT_BARE.match(doc.text[title.start : title.end])
    )  # "KẾ HOẠCH" / "Hợp tác với ... năm 2026"
    return title_partner(doc, mentions, starts, title, bool(bare), _PARTNER_KINDS), report


def title_partner(
    doc: Document, mentions: list[Any], starts: list[int], title: Any, bare: bool, kinds: tuple[str, ...]
) -> str:
    """The one foreign party of these ``kinds`` that ``title`` names (with, when the title is ``bare``, the block
    after it: the subject line, a block of its own), else "" (``starts``: the mentions' starts)."""
    end = title.end
    if bare:
        end = next((b.end for b in doc.blocks if b.start >= end), end)
    named = {
        country_of(m.code)
        for m in mentions[bisect_left(starts, title.start) : bisect_left(starts, end)]
        if m.end <= end and m.kind in kinds
    } - {VNM}
    return next(iter(named)) if len(named) == 1 else ""


def only_partner_named(named: list[Any], partner: str) -> bool:
    """Does the task's sentence name no party but Vietnam and the plan's ``partner`` ("Phối hợp với Bộ Tài chính và
    UNICEF tổng kết ...; đàm phán và ký Kế hoạch ...")? Another state named there may be the one it deals with."""
    return all(country_of(m.code) in (VNM, partner) for m in named)


def plan_trip_partner(
    doc: Document, ctx: Any, index: Any, name: str, sentence: tuple[int, int], actors: list
) -> list:
    """The plan's partner as the destination of a delegation the writer sends (``name``: the trigger's), when the
    task's sentence names no party but Vietnam and the partner and no place of another state, else []."""
    if not plan_trip(name) or set(actors) - {VNM}:
        return []
    partner = plan_partner(doc, index.mentions, ctx.cache, sentence[0])
    if not partner or not only_partner_named(index.between(*sentence), partner):
        return []
    return [partner] if places_fit(doc.text, ctx.cache, *sentence, partner, True) else []


# (round 219) a delegation the writer receives: "Tiếp đoàn Sở Thương mại Quảng Tây sang ...", "đón đoàn doanh nghiệp
# vùng X sang ..." in a report's item (or a plan's task) whose title names one partner: the visitor is that partner
_RECEIVED_NAMES: Final = frozenset({"delegation_received"})
_MOVES: Final = re.compile(r" (?:sang|đến|tới|trở lại) ")


def plan_received(name: str) -> bool:
    """Is a trigger (its ``name``) a delegation the writer receives, whose visitor a plan's or report's title may give?"""
    return name in _RECEIVED_NAMES


def plan_visitor(doc: Document, ctx: Any, name: str, sentence: tuple[int, int]) -> str:
    """(round 219) The one partner a plan's or report's title names as the visitor of a delegation the writer receives
    in a task or item (``name``: the trigger's) whose sentence names no party but Vietnam and the partner and no known
    place of a third state ("Tiếp đoàn Sở Thương mại Quảng Tây sang ..." under "BÁO CÁO ... hợp tác với ... (Trung
    Quốc)"), else ""."""
    if name not in _RECEIVED_NAMES:
        return ""
    partner = plan_partner(doc, ctx.mentions_between(0, len(doc.text)), ctx.cache, sentence[0])
    entry = gazetteer.entry(partner) if partner else None
    if entry is None or entry.kind != "country":
        return ""  # (a body's title, "xuất khẩu sang Liên minh Kinh tế Á – Âu": the visitor is one of its states)
    mentions = ctx.mentions_between(0, len(doc.text))
    if not only_partner_named(ctx.mentions_between(*sentence), partner) or mission_pair(
        doc, mentions, len(doc.text)
    ):
        return ""  # (a Vietnamese mission abroad receives delegations from home: "đón đoàn Bộ trưởng Công Thương")
    # no known place but the partner's before the delegation moves ("đón đoàn Sở ... tỉnh Nghệ An sang", a mission
    # abroad's item, is a home delegation); its destination after "sang / đến" may be ours ("sang thăm Nghệ An")
    s0, s1 = sentence
    moves = _MOVES.search(doc.text, s0, s1)
    cut = moves.start() if moves else s1
    fits = places_fit(doc.text, ctx.cache, s0, cut, partner, True)
    return partner if fits and places_fit(doc.text, ctx.cache, cut, s1, partner, False) else ""


def plan_side(doc: Document, ctx: Any, name: str, kind: Any, sentence: tuple[int, int]) -> list[str] | None:
    """(round 118) The parties of a plan's task whose sentence names Vietnam alone ("Ký Biên bản ghi nhớ giữa tỉnh ta
    và tỉnh X", "Cử đoàn Cục ... sang X"): ([VNM], [partner]) for a trip, [VNM, partner] for an agreement task, when the
    plan's title names one partner and the sentence names no other party and no place of another state; else None."""
    if not plan_task(name, kind):
        return None
    partner = plan_partner(doc, ctx.mentions_between(0, len(doc.text)), ctx.cache, sentence[0])
    trip = plan_trip(name)
    if not partner or not only_partner_named(ctx.mentions_between(*sentence), partner):
        return None
    return (
        [partner]
        if trip and places_fit(doc.text, ctx.cache, *sentence, partner, True)
        else (None if trip or not places_fit(doc.text, ctx.cache, *sentence, partner, False) else [])
    )
