"""A narrative's time for an act told with no date (round 214; called by :func:`doingoai.extract.events.find_events`
after every other pass that dates a draft — the same time, a founding, an occasion, a table row — and before the
merge).

A journal article or an encyclopedia entry has no date of its own, and a paragraph that does not open with a date
gives none either, so an act told in a sentence with no date ("Na Uy đóng vai trò trung gian ...", after "Hiệp định
Oslo ... được đàm phán bí mật tại Ô-xlô năm 1993.") was left undated. A narrative goes on in the time it last told:
such an act, done (not a plan, a standing state or a negation), takes the last date written before its sentence in
its paragraph — not a name's, not one in brackets (an aside, a citation), not a bound or a goal ("đến năm 2030",
"mục tiêu ... vào năm 2030", a term). Only drafts nothing else dated reach it (the clause, the paragraph's opening,
the section, the document, an earlier event it restates, a founding), and not one with a dated twin of its kind,
actors and recipients (it is that event told again).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final

from doingoai.extract.dates_terms import term_or_target
from doingoai.extract.events_context import Context
from doingoai.model import Status

# a bound or a goal, not a time the narrative is in: "đến năm 2030", "mục tiêu ... vào năm 2030"
_BOUND: Final = re.compile(r"\b(?:đến|tới)\s+(?:năm\s+|ngày\s+|tháng\s+)?$|\bmục tiêu\b[^,;.]{0,60}$")


def narrative_dates(ctx: Context, low: str, drafts: list[Any]) -> list[Any]:
    """``drafts`` with each undated one done dated by :func:`narrative_date` (see the module)."""
    if not any(not d.date and d.status is Status.OCCURRED for d in drafts):
        return drafts
    starts = [b.start for b in ctx.doc.blocks]
    dated = {(d.kind, d.actors, d.recipients) for d in drafts if d.date}
    out = []
    for d in drafts:
        if (
            not d.date and d.status is Status.OCCURRED and (d.kind, d.actors, d.recipients) not in dated
        ):  # (with a dated twin of its kind and parties, it is that act told again: it merges, as before)
            when = narrative_date(ctx, low, starts, d.sentence[0])
            if when:
                d = d._replace(date=when, explicit=False)
        out.append(d)
    return out


def narrative_date(ctx: Context, low: str, starts: list[int], s0: int) -> str:
    """The last date told in the paragraph before the sentence opening at ``s0``, or ""."""
    k = bisect_right(starts, s0) - 1
    if k < 0:
        return ""
    b0 = starts[k]
    if b0 >= s0:
        return ""
    for d in reversed(ctx.dates_in(b0, s0)):
        if ctx.attached(d) or ctx.in_name(d):
            continue
        if low.rfind("(", b0, d.start) > low.rfind(")", b0, d.start):
            continue  # "(Nguyễn Văn A, 2015, tr. 9)": an aside or a citation
        lo = max(b0, d.start - 80)
        if _BOUND.search(low, lo, d.start) is not None or term_or_target(low, d.start, max(b0, d.start - 20)):
            continue  # "đến năm 2030", "giai đoạn 2021 – 2025", "mục tiêu ... vào năm 2030"
        return d.value
    return ""
