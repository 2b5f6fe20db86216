"""Events: an act done for an anniversary written after it takes the anniversary's day, not the day remembered.

"Cử đoàn sang Cu-ba dự các hoạt động kỷ niệm 100 năm Ngày sinh Lãnh tụ Fidel Castro (13/8/1926 – 13/8/2026)": the
delegation goes for the centenary (13/8/2026); the bracket's first date is the birth it remembers. The interval
is an anniversary's when its span is the number of years told ("kỷ niệm N năm"); an act whose trigger comes
before "kỷ niệm" and whose nearest written date is that interval's start is dated by its end (round 159). The
event remembered, after "kỷ niệm N năm", keeps its start (events_dating._anniversary_start).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context

_YEARS: Final = re.compile(r"kỷ niệm (\d{1,3}) năm ")
_REACH: Final = 120  # "kỷ niệm" at most this far after the trigger's end
_SPAN: Final = 200  # the interval at most this far after "kỷ niệm"


def anniversary_day(ctx: Context, text: str, te: int, p1: int, best: str) -> str:
    """``best`` (the date found for the trigger ending at ``te``), or the anniversary's day when ``best`` is the
    start of an anniversary's interval written after a "kỷ niệm N năm" that follows the trigger."""
    k = text.find("kỷ niệm ", te, min(p1, te + _REACH))
    if k < 0:
        return best
    m = _YEARS.match(text, k)
    if m is None:
        return best
    n = int(m.group(1))
    ds = [d for d in ctx.dates_in(m.end(), min(p1 + 1, m.end() + _SPAN)) if d.value[:4].isdigit()]
    for i, d in enumerate(ds):
        a, _, b = d.value.partition("/")
        if b[:4].isdigit() and a[:4].isdigit() and int(b[:4]) - int(a[:4]) == n:
            return b if best == a or best == d.value else best  # "(1926 – 2026)" read as one interval
        nxt = ds[i + 1] if i + 1 < len(ds) else None
        if (
            nxt is not None
            and nxt.start - d.end <= 5
            and nxt.value[:4].isdigit()
            and int(nxt.value[:4]) - int(d.value[:4]) == n
        ):
            return nxt.value if best == d.value else best  # "(13/8/1926 – 13/8/2026)": two dates
    return best
