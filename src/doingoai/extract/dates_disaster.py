"""A response dated by the calamity it answers (round 207): "Sau trận động đất ngày 28/3/2021 ở X, Việt Nam cử
đội cứu hộ sang giúp bạn", "... điều phối hàng cứu trợ tới X sau siêu bão năm 2013", "X tuyên bố sát cánh cùng Y
sau vụ khủng bố ngày 11/9/2001" (for :func:`doingoai.extract.events_status_date.status_and_date`).

:func:`doingoai.extract.events_dating.date_of` leaves a date after "sau" aside (an anchor: "Sau đại thắng mùa
xuân 1975, ..." tells a time after it, not the act's). Aid and support sent *because of* a disaster or an attack
follow it within days or weeks, so the clause's aid or support that has no date of its own is dated by the
calamity's month (its year when only the year is written): never finer, the response's own day is not told.

The phrase is "sau" (optionally "khi") with a calamity noun at once ("trận / vụ / cơn / đợt" and one or two words
before it at most), in the event's clause, and the calamity's date follows it with no comma or semicolon between.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context

# "sau (khi) (trận|vụ|cơn|đợt|thảm họa) (hai words)? <calamity>": the calamity's noun right after "sau"
_AFTER_CALAMITY: Final = re.compile(
    r"\bsau\s+(?:khi\s+)?(?:(?:trận|vụ|cơn|đợt|các|những|thảm họa|thảm hoạ)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:động đất|sóng thần|siêu bão|bão|lũ lụt|lũ quét|lũ|lở đất|sạt lở|hạn hán|núi lửa|cháy rừng|thiên tai|"
    r"thảm họa|thảm hoạ|khủng bố|tấn công khủng bố)(?![\w])"
)
_REACH: Final = 90  # the calamity's date at most this far after "sau"


def calamity_date(ctx: Context, text: str, c0: int, p1: int) -> str:
    """The month (or year) of the calamity a clause ``[c0, p1)`` of the lower-cased ``text`` names after "sau",
    or ""."""
    k = text.find("sau ", c0, p1)
    if k < 0:
        return ""  # (the fast path)
    for m in _AFTER_CALAMITY.finditer(text, k, p1):
        for d in ctx.dates_in(m.end(), min(p1, m.start() + _REACH)):
            if ctx.in_name(d) or any(ch in text[m.end() : d.start] for ch in ",;:"):
                break
            value = d.value.partition("/")[0]
            if len(value) >= 7 and value[:4].isdigit() and value[4] == "-" and value[5:7].isdigit():
                return value[:7]
            if len(value) == 4 and value.isdigit():
                return value
            break
    return ""
