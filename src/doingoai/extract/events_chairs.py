"""Successive chairs listed (session 9, G2): "Các nước giữ cương vị Chủ tịch ASEAN gần đây là Bru-nây năm 2021,
Cam-pu-chia năm 2022 và In-đô-nê-xi-a năm 2023" names who held the chair each year. Each "<state> năm <Y>" item
after "là / gồm" is that state chairing the organisation named between the trigger and the list in that year;
no state is ever the chair's recipient (SCHEMA.md: the recipient of "chair" is an organisation). With no
organisation named there the list gives nothing. Used by :mod:`doingoai.extract.events` on a chair draft.
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind

_ORG: Final = ("organisation", "body")
# the list opens: "(gần đây / lần lượt) là", "gồm (có)"
_OPENS: Final = re.compile(r"(?<!\w)(?:lần lượt là|là|gồm có|gồm)(?!\w)")
# between one item and the next state: ",", "và", ", và"
_BETWEEN: Final = re.compile(r"[\s,;]*(?:và\s+)?")
# between a state and its year's date: nothing, "(", "vào", "trong"
_TO_DATE: Final = re.compile(r"\s*\(?\s*(?:(?:vào|trong)\s+)?")


def successive_chairs(ctx: Any, low: str, index: Any, d: Draft, te: int, s1: int) -> list[Draft] | None:
    """The drafts of a chair told as a list of successive holders ("... là A năm X, B năm Y"), one per item
    (none without an organisation); None when ``d`` (drafted at the trigger ending at ``te``) is no such list."""
    if d.kind is not EventKind.CHAIR:
        return None
    opens = _OPENS.search(low, te, s1)
    if opens is None or opens.start() - te > 80:
        return None
    states = [x for x in index.between(opens.end(), s1) if x.kind == "country"]
    dates = ctx.dates_in(opens.end(), s1)
    items: list[tuple[str, str]] = []
    prev = opens.end()
    for x in states:
        if _BETWEEN.fullmatch(low, prev, x.start) is None:
            break
        date = next((t for t in dates if t.start >= x.end), None)
        if date is None or _TO_DATE.fullmatch(low, x.end, date.start) is None:
            break
        items.append((x.code, date.value))
        prev = date.end
    if len(items) < 2:
        return None
    orgs = tuple(dict.fromkeys(x.code for x in index.between(te, opens.start()) if x.kind in _ORG))
    if not orgs:
        return []  # the organisation cannot be found: no state is the chair's recipient
    return [
        d._replace(actors=(code,), recipients=orgs[:1], date=value, explicit=True) for code, value in items
    ]


# the body whose rotating presidency is its organisation's: "Chủ tịch luân phiên Hội đồng Liên minh châu Âu" is the
# presidency of the EU (the golds of three writers: heldout49's, the development sets'); the Security Council's
# presidency stays the Council's (round 29)
_PRESIDENCY_OF: Final = {"EU_COUNCIL": "EU"}


def presidency_of(recips: list[str]) -> list[str]:
    """The organisations a chair's recipients stand for (:data:`_PRESIDENCY_OF`), in order, without repeats."""
    if not any(c in _PRESIDENCY_OF for c in recips):
        return recips
    return list(dict.fromkeys(_PRESIDENCY_OF.get(c, c) for c in recips))
