"""Coordinated dates that each carry their place (issue 3, session 10): "đăng cai Hội nghị cấp cao APEC năm 2006 tại
Hà Nội và năm 2017 tại Đà Nẵng" is two hostings, as "Chủ tịch ASEAN năm 2010 và năm 2020" is two chairs
(:func:`events_coord_dates.coordinated_dates`, read by :func:`events_coord.coordinated` for every kind): the same object,
one event per date. Here each date is followed by "tại"/"ở" and a place written with capitals ("Hà Nội", "thủ đô
Li-ma", "TP. Hồ Chí Minh"), and the next date comes right after that place ("và", ",", ", và"); the last date's
place must close its clause (no verb after it up to the next comma or full stop: "..., năm 1993 tại Hà Nội hai
bên ký ..." is another clause's fronted date).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context
from doingoai.extract.triggers import scan

_REACH: Final = 200  # characters after the trigger the coordinated dates may end (as coordinated_dates)
# ", tại Hà Nội": the place after a date (matched on the lower-cased text; capitals checked on the text)
_PLACE: Final = re.compile(
    r"\s*,?\s*(?:tại|ở)\s+(?:(?:thủ đô|thành phố|tp\.|tp)\s*)?(?P<place>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,3})"
)
# what joins a date's place to the next date
_AND: Final = re.compile(r"\s*(?:,\s*và|,|và)\s+(?:(?:vào|trong)\s+)?")
_WORD: Final = re.compile(r"\S+")
_CLAUSE_END: Final = re.compile(r"[,.;:!?()\n]")


def placed_dates(ctx: Context, low: str, value: str, te: int, s1: int) -> list[str]:
    """The dates coordinated with the event's date ``value`` (the first date after the trigger ending at ``te``
    with that value, in the sentence ending at ``s1``), each with its own place; [] when there is none."""
    if " tại " not in low[te:s1] and " ở " not in low[te:s1]:
        return []
    ds = ctx.dates_in(te, min(s1, te + _REACH))
    i = next((j for j, d in enumerate(ds) if d.value == value), -1)
    if i < 0:
        return []
    text = ctx.doc.text
    out: list[str] = []
    end = _place_end(text, low, ds[i].end)
    for d in ds[i + 1 :]:
        if end < 0 or _AND.fullmatch(low, end, d.start) is None:
            break
        end = _place_end(text, low, d.end)
        if end < 0:
            break
        out.append(d.value)
    if out and scan(text[end : _clause_end(low, end, s1)]):
        return []  # the last "date tại place" opens another clause
    return out


def _place_end(text: str, low: str, pos: int) -> int:
    """The end of "tại <Place>" right after ``pos`` (every word of the place capitalised), else -1."""
    m = _PLACE.match(low, pos)
    if m is None:
        return -1
    end = -1
    for w in _WORD.finditer(text, *m.span("place")):
        if not w.group()[0].isupper():
            break
        end = w.end()
    return end


def _clause_end(low: str, pos: int, s1: int) -> int:
    m = _CLAUSE_END.search(low, pos, s1)
    return m.start() if m is not None else s1
