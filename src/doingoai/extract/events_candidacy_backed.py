"""A candidacy supported (round 170): the support's recipient is the candidate the candidacy names, not the seat
the candidacy is for. "Vận động Nepal ủng hộ ứng cử viên của Việt Nam vào Hội đồng Nhân quyền": Nepal's support
for Vietnam; "Ứng cử của Việt Nam đã được các nước ASEAN nhất trí ủng hộ": ASEAN's support for Vietnam (the
candidacy told first, the support after "được"). Such a candidacy told as supported (not asked for) is no election
of its own (round 91): :func:`backed_candidacy` tells the candidacy trigger so. Used by
:mod:`doingoai.extract.events_unstated` (a support with no named target) and
:mod:`doingoai.extract.events_no_event`."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.model import Document, by_start

_CANDIDACY: Final = r"(?:ứng cử viên|ứng viên|ứng cử|việc ứng cử|hồ sơ ứng cử|đơn ứng cử)"
# right after the support verb: "ủng hộ (việc) ứng cử viên (chính thức) của <X>"
_AFTER: Final = re.compile(
    r"\s+(?:việc\s+|sự\s+)?" + _CANDIDACY + r"(?:\s+(?:chính thức|duy nhất))?\s+của\s+"
)
# before it, in the same clause: "<candidacy> của <X> (đã) được <Y> (nhất trí) ủng hộ"
_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])" + _CANDIDACY + r"(?:\s+(?:chính thức|duy nhất))?\s+của\s+(?=[^\W\d_])"
)
# after a candidacy word: "... của <X> (đã) được <Y> (nhất trí) ủng hộ" (a support given, told in the passive)
_SUPPORTED: Final = re.compile(
    r"(?:\s+(?:chính thức|duy nhất))?\s+của\s+[^,;:.()\n]{2,40}?\s+(?:đã\s+|đều\s+|cũng\s+)*được\s+"
    r"[^,;:.()\n]{0,50}?(?<![^\W\d_])ủng hộ(?![^\W\d_])"
)
_PASSIVE: Final = re.compile(r"\bđược\b")
_EDGE: Final = re.compile(r"[,.;:()\n]")
_KINDS: Final = ("country", "organisation")


def _mention_at(doc: Document, at: int) -> str:
    """The country (or organisation) of the mention starting at ``at`` ("" when none starts there)."""
    ms = doc.mentions
    j = bisect_left(ms, at, key=by_start)
    if j < len(ms) and ms[j].start == at and ms[j].kind in _KINDS:
        return country_of(ms[j].code)
    return ""


def candidate_after(doc: Document, low: str, te: int) -> list[str]:
    """The candidate named right after the support verb ending at ``te`` ("ủng hộ ứng cử viên của Việt Nam")."""
    m = _AFTER.match(low, te, min(len(low), te + 60))
    if m is None:
        return []
    c = _mention_at(doc, m.end())
    return [c] if c else []


def candidate_before(doc: Document, low: str, s0: int, ts: int) -> list[str]:
    """The candidate of a candidacy told before the support verb starting at ``ts``, in its clause and passive
    ("Ứng cử của Việt Nam đã được các nước ASEAN ủng hộ")."""
    edge = max((e.end() for e in _EDGE.finditer(low, max(s0, ts - 120), ts)), default=max(s0, ts - 120))
    for m in _BEFORE.finditer(low, edge, ts):
        c = _mention_at(doc, m.end())
        if not c:
            continue
        ms = doc.mentions
        end = ms[bisect_left(ms, m.end(), key=by_start)].end
        if _PASSIVE.search(low, end, ts):
            return [c]
    return []


def backed_candidate(doc: Document, low: str, s0: int, ts: int, te: int, actors: list[str]) -> list[str]:
    """The candidate a support (verb from ``ts`` to ``te``, sentence from ``s0``) is given to, after the verb or
    before it in the passive; [] when the support is for no candidacy or the candidate is its own actor."""
    found = candidate_after(doc, low, te) or candidate_before(doc, low, s0, ts)
    return [c for c in found if c not in actors]


def backed_candidacy(low: str, te: int) -> bool:
    """The candidacy word ending at ``te`` is the subject of a support given after it, in its clause ("Ứng cử của
    Việt Nam đã được các nước ASEAN nhất trí ủng hộ"): the support is the event, no election of its own."""
    return _SUPPORTED.match(low, te, min(len(low), te + 140)) is not None
