"""The day after or before the day just told (round 109): "Ngày 8/8/2021, ...; ngay hôm sau, X sang thăm ...",
"(Ngày) hôm sau, ...", "Ngày hôm trước, ..." (for :func:`doingoai.extract.events_dating.date_of`).

A narrative dates an act by the day it has just told: "hôm sau" is that day's next, "hôm trước" its previous one.
The phrase opens its clause (after "và", "rồi", "ngay", ...), the clause writes no date of its own after it, and
the anchor is the last date written before it in its paragraph (not in brackets, not a name's). When that date is
no day (a month, a year), the text gives no day and the phrase dates nothing (the event keeps its fallback).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.dates_counted import own_date_after, paragraph_start, shift, told_before
from doingoai.extract.dates_earlier_paragraph import opens_paragraph, told_in_earlier_paragraph
from doingoai.extract.events_context import Context

# (round 109) the day after or before the day just told: "...ngày 8/8/2021, ...; ngay hôm sau, X sang thăm ...",
# "(Ngày) hôm sau, ...", "Ngày hôm trước, ..." (opening the clause, a comma or its subject after it)
_NEXT_DAY: Final = re.compile(
    r"(?:^|(?<=[,;:.]\s)|(?<=\n))\s*(?:(?:và|rồi|nhưng|ngay|chỉ|đến|sang|vào)\s+)*(?:ngày\s+)?hôm\s+(?P<d>sau|trước)"
    r"(?:\s+(?:đó|nữa))?(?![\w])(?!\s+(?:khi|ngày)\b)"
)


def next_day_date(ctx: Context, low: str, c0: int, ts: int, p1: int, block: int | None) -> str:
    """The date of a clause opening with "hôm sau" / "ngày hôm sau" / "hôm trước": the day after (before) the last
    day told before it in its paragraph (not in brackets, not a name's), when the clause writes no date of its
    own; "" when the last date told is no day (a month, a year: the text gives no day)."""
    w0 = max(0, c0 - 40, ts - 300)
    k = low.find("hôm ", w0, ts)
    if k < 0:
        return ""  # (the fast path)
    lo = paragraph_start(ctx, c0, block)
    found = list(_NEXT_DAY.finditer(low, max(lo, w0), ts))
    if not found:
        return ""
    m = found[-1]
    if own_date_after(ctx, m.end(), ts, p1):
        return ""  # "Hôm sau, ngày 9/8, ...": the clause's own date
    before = told_before(ctx, lo, m.start())
    if not before and opens_paragraph(low, lo, m.start()):  # "Hôm sau, ..." opening a paragraph: the last day
        before = told_in_earlier_paragraph(ctx, block)  # told in one before it (dates_earlier_paragraph)
    if not before:
        return ""
    v = before[-1].value.rpartition("/")[2] if m.group("d") == "sau" else before[-1].value.partition("/")[0]
    if len(v) != 10 or not v[:4].isdigit():
        return ""
    return shift(v, 1 if m.group("d") == "sau" else -1, "ngày")
