"""Dates (round 192): a plan signed before the year it is for dates its undated planned tasks in that year.

"KẾ HOẠCH Hợp tác với tỉnh X năm 2025", signed "ngày 26 tháng 12 năm 2024", lists what is to be done in 2025:
"Tổ chức đoàn công tác sang làm việc ...", "Ký Biên bản ghi nhớ ...". A task told without a date of its own is the
plan's year's, not the day the plan was signed. Only planned acts: a result told in such a plan (what was done
the year before) is not dated so (round 21: a plan's period dates nothing done).
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.model import BlockType

_PLAN: Final = re.compile(r"\s*(?:kế hoạch|chương trình)\b")
_YEAR: Final = re.compile(r"\d{4}")
_KEY = "planned year"


def planned_year(ctx: Any) -> str:
    """The year a plan's title names ("KẾ HOẠCH ... năm 2025") when the plan is signed in the year before it
    (the document's date a day or a month of that year), else "" (kept in ``ctx.cache``)."""
    got = ctx.cache.get(_KEY)
    if got is not None:
        return str(got)
    ctx.cache[_KEY] = ""
    doc = ctx.doc
    meta = str(doc.meta.get("date") or "")
    if len(meta) < 7 or not meta[:4].isdigit() or ctx.period != meta:
        return ""
    for b in doc.blocks:
        if b.type is not BlockType.TITLE:
            continue
        if not _PLAN.match(doc.text[b.start : b.end].lower()):
            return ""  # (the first title: the plan's)
        years = [d.value for d in ctx.dates_in(b.start, b.end) if _YEAR.fullmatch(d.value)]
        if len(set(years)) == 1 and int(years[0]) == int(meta[:4]) + 1:
            ctx.cache[_KEY] = years[0]
        break
    return str(ctx.cache[_KEY])
