"""A chair told in an apposition (round 190): "Phối hợp với Phi-líp-pin, nước Chủ tịch ASEAN năm 2026, ...",
"tại Bru-nây, nước Chủ tịch ASEAN năm nay", "Ma-lai-xi-a, nước giữ cương vị Chủ tịch ASEAN năm 2025".

The appositive is masked for the event around it (:data:`doingoai.extract.events_nominal._APPOSITIVE`: its
organisation and year are no party and no date of the cooperation), so the chair it states was never read. Here
each such appositive gives that chair: the state named right before the comma holds the chair of the organisation
named right after "Chủ tịch" in the year written after it. Its status is the year's against the document's own date
(before it: occurred; its year: ongoing; after it: planned; no document date: ongoing). Used by
:mod:`doingoai.extract.events` (one scan of the document, only when it holds ", nước" / ", quốc gia").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.model import Document, EventKind, Status

_APPOSED: Final = re.compile(
    r", (?:nước|quốc gia|nền kinh tế) (?:(?:giữ|đảm nhiệm|đảm nhận) (?:cương vị |vai trò )?|đương kim )?"
    r"chủ tịch(?: luân phiên)? "
)
# between the organisation and its year: nothing but "năm" (the year's own word, read by the dates stage)
_TO_YEAR: Final = re.compile(r"\s?")
_ORG: Final = ("organisation", "body")


def _status(year: str, doc: Document) -> Status:
    own = str(doc.meta.get("date") or "")[:4]
    if not own.isdigit() or year == own:
        return Status.ONGOING
    return Status.OCCURRED if year < own else Status.PLANNED


def apposed_chairs(doc: Document, low: str, sentences: Any, starts: list[int], ctx: Any) -> list[Draft]:
    """One chair draft per appositive "<state>, nước Chủ tịch <ORG> năm <Y>" (none without the three)."""
    if ", nước " not in low and ", quốc gia " not in low and ", nền kinh tế " not in low:
        return []
    out: list[Draft] = []
    for m in _APPOSED.finditer(low):
        before = [x for x in ctx.mentions_between(max(0, m.start() - 40), m.start()) if x.end == m.start()]
        holder = next((x for x in before if x.kind == "country"), None)
        if holder is None:
            continue
        after = ctx.mentions_between(m.end(), m.end() + 40)
        org = next((x for x in after if x.start == m.end()), None)
        if org is None or org.kind not in _ORG:
            continue
        date = next((d for d in ctx.dates_in(org.end, org.end + 20) if d.start <= org.end + 1), None)
        if date is None or not re.fullmatch(r"\d{4}", date.value) or not low.startswith("năm", date.start):
            continue
        k = bisect_right(starts, m.start()) - 1
        if k < 0:
            continue
        sent = sentences[k]
        out.append(
            Draft(
                EventKind.CHAIR,
                (holder.code,),
                (org.code,),
                date.value,
                _status(date.value, doc),
                (sent.start, sent.end),
            )
        )
    return out
