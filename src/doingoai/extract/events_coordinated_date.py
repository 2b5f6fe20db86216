"""Events: a second act coordinated right after a dated first one shares its date (round 165).

"Phó Chủ tịch nước ... thăm chính thức Lát-vi-a ngày 19 – 20/10/2017 và hội kiến Tổng thống ...", "Thứ trưởng ... đã
có chuyến công tác tại Đa-rét Xa-lam từ ngày 27/2 đến 1/3 và hội đàm với ...": the date written between an earlier
trigger of the clause and this one is the earlier act's (``events_dating.date_of`` leaves it to that act), so the
second act, writing no date of its own, took a far one (the day an anniversary remembers, the next sentence's, the
document's). When the trigger follows that date with only "và" / ", và" / "rồi" between (one subject, two verbs
of one occasion) and no date is written after the trigger in its clause, the act takes that date.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context

_JOINED: Final = re.compile(r"\s*(?:,\s*)?(?:và|rồi)\s+(?:(?:đã|cũng|có|sau đó)\s+)*")


def coordinated_date(ctx: Context, text: str, prev: int, ts: int, te: int, c1: int, date: str) -> str:
    """The date written between the earlier trigger at ``prev`` and the trigger at ``ts`` when the trigger follows
    it, joined by "và" / "rồi" alone, and the clause (to ``c1``) writes no date of its own after the trigger; else
    "". ``date`` is the one found for the trigger (kept when it is written after the trigger)."""
    if prev < 0 or not (
        text.find("và ", max(prev, ts - 24), ts) >= 0 or text.find("rồi ", max(prev, ts - 24), ts) >= 0
    ):
        return ""  # (the fast path)
    told = [d for d in ctx.dates_in(prev, ts) if not (ctx.attached(d) or ctx.in_name(d))]
    if not told:
        return ""
    d = told[-1]
    m = _JOINED.fullmatch(text, d.end, ts)
    if m is None or d.value == date:
        return ""
    if any(e.value == date for e in ctx.dates_in(te, max(te, c1))):
        return ""  # the act's own date, written after it
    return d.value
