"""Events (round 37): an agreement task of a plan that names no partner takes the one partner its title names.

A Vietnamese ministry's or province's plan ("KẾ HOẠCH Hợp tác thương mại với Cộng hòa Chi-lê năm 2026") lists its
tasks without repeating the partner: "1. Phối hợp với Bộ Ngoại giao hoàn tất đàm phán Hiệp định thương mại tự do
song phương", "đàm phán và ký Chương trình hợp tác giai đoạn tới". The negotiation and the signing are the
writer's (Vietnam's) with the partner of the plan, as a reader of the plan takes them. Only a negotiation or a
signing (a visit, a meeting or aid asks where or with whom: no partner is guessed for them), only in a document
whose title opens with "KẾ HOẠCH" and names exactly one foreign state or organisation, and only a trigger whose
sentence names no party but Vietnam and that partner.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_opening import title_or_opening
from doingoai.model import Document, EventKind

_PLAN: Final = re.compile(r"\s*(?:KẾ HOẠCH|Kế hoạch)\b")
_BARE_PLAN: Final = re.compile(
    r"\s*(?:KẾ HOẠCH|Kế hoạch)\s*$"
)  # a title of the word alone: its subject follows
_TASK_KINDS: Final = frozenset({EventKind.AGREEMENT_NEGOTIATE, EventKind.AGREEMENT_SIGN})
_TASK_NAMES: Final = frozenset({"negotiate_sign"})  # "đàm phán và ký kết" (its kind told by the extractor)
_PARTNER_KINDS: Final = ("country", "person", "body", "organisation")
_KEY = "plan_partner"
VNM: Final = "VNM"


def plan_task(name: str, kind: Any) -> bool:
    """Is a trigger (its ``name`` and ``kind``) an agreement task a plan's partner may be read into?"""
    return kind in _TASK_KINDS or name in _TASK_NAMES


def plan_partner(doc: Document, mentions: list[Any], cache: dict) -> str:
    """The one foreign state or organisation the title of a plan names, else "" (``mentions``: actor mentions
    sorted by start; ``cache``: the document's, where the answer is kept)."""
    if _KEY in cache:
        return cache[_KEY]
    cache[_KEY] = ""
    starts = [m.start for m in mentions]
    title = title_or_opening(doc, mentions, starts, country_of)
    if title is None or not _PLAN.match(doc.text, title.start):
        return ""
    bare = _BARE_PLAN.match(doc.text[title.start : title.end])  # "KẾ HOẠCH" / "Hợp tác với ... năm 2026"
    cache[_KEY] = title_partner(doc, mentions, starts, title, bool(bare), _PARTNER_KINDS)
    return cache[_KEY]


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
