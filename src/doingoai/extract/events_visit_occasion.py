"""A visit told as the occasion of a dated act dated by that act (round 151, session 20).

"Hiệp ước ... được ký tại Mát-xcơ-va ngày 16/6/1994, trong chuyến thăm Nga của Thủ tướng Võ Văn Kiệt", "hai bên
tuyên bố kết thúc đàm phán ngày 17/11/2014, nhân chuyến thăm Australia của Chủ tịch Tập Cận Bình", "quan hệ ... được
xác lập tháng 11/2017 nhân chuyến thăm chính thức Việt Nam của Thủ tướng Justin Trudeau": the act happened during the
visit, so the visit was under way at the act's date; the visit was left undated (its own phrase writes none). An
undated visit whose sentence writes "thăm" once, in "nhân (dịp) / trong / dịp chuyến (or cuộc) thăm", takes the month
of the last date before that phrase in its clause chain (no ";" or ":" between) when that date is another event's of
the same sentence (the act the visit is the occasion of). Applied by :func:`doingoai.extract.events.find_events` to the drafts
of all stages.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind

_OCCASION: Final = re.compile(r"\b(?:nhân dịp|nhân|trong|dịp) (?:chuyến|cuộc) (?:công du|thăm)\b")
_BREAK: Final = re.compile(r"[;:]")
_REACH: Final = 160  # characters before the occasion its act's date may stand


def visits_dated_by_occasion(ctx: Context, low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each undated visit that is the occasion of a dated act of its sentence dated by that act."""
    out = drafts
    for i, d in enumerate(drafts):
        if d.kind is not EventKind.VISIT or d.date:
            continue
        s0, s1 = d.sentence
        at = low.find("thăm", s0, s1)
        if at < 0 or low.find("thăm", at + 4, s1) >= 0:
            continue  # (one visit written in the sentence)
        m = _OCCASION.search(low, max(s0, at - 30), at + 4)
        if m is None:
            continue
        before = [x for x in ctx.dates_in(max(s0, m.start() - _REACH), m.start()) if "/" not in x.value]
        if not before or _BREAK.search(low, before[-1].end, m.start()) is not None:
            continue
        value = before[-1].value
        if not any(o.sentence == d.sentence and o.date == value and o is not d for o in drafts):
            continue  # (the date of no act told there)
        if out is drafts:
            out = list(drafts)
        out[i] = d._replace(date=value[:7], explicit=True)
    return out
