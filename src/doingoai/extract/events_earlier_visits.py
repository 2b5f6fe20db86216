"""Earlier visits listed by year after the visit told (round 144): "Đây là lần thứ ba ông X thăm Việt Nam, sau các
chuyến thăm năm 2015 và 2017" tells two visits more, by the same visitor to the same host, one in each year.

Only the bare "sau (các|những|hai|ba) chuyến thăm (trước đó) (vào|trong) năm A (, năm B) và (năm) C" right after
the visit's trigger: a destination or another visitor named there ("sau chuyến thăm Nhật Bản năm 2015") is
another trip, not read here. Called by :func:`doingoai.extract.events.find_events` per visit draft.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind, Status

_EARLIER: Final = re.compile(
    r",\s*(?:ngay\s+)?sau\s+(?:các|những|hai|ba|bốn)\s+chuyến thăm(?:\s+trước đó)?\s+(?:(?:vào|trong)\s+)?(?:các\s+)?(?=năm\s+\d)"
)
_AND: Final = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:năm\s+)?")
_REACH: Final = 200  # characters after the trigger the list may open


def earlier_visits(ctx: Context, low: str, d: Draft, te: int, s1: int) -> list[Draft]:
    """A draft per year of the earlier visits listed after the visit ``d`` (its trigger ending at ``te``)."""
    if d.kind is not EventKind.VISIT or not d.actors or not d.recipients or "chuyến thăm" not in low[te:s1]:
        return []
    m = _EARLIER.search(low, te, min(s1, te + _REACH))
    if m is None:
        return []
    ds = ctx.dates_in(m.end(), s1)
    if len(ds) < 2 or ds[0].start != m.end():
        return []
    years = [ds[0]]
    for x in ds[1:]:
        if not _AND.fullmatch(low, years[-1].end, x.start):
            break
        years.append(x)
    if len(years) < 2 or not all(len(x.value) == 4 for x in years):
        return []
    return [d._replace(date=x.value, status=Status.OCCURRED, explicit=True) for x in years]
