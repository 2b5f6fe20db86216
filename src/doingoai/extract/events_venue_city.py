"""Events: a meeting held in a city named alone (round 147). "Hội nghị cấp cao đầu tiên họp tại Oa-sinh-tơn ngày
14 – 15/11/2008", "Hội nghị thượng đỉnh đầu tiên diễn ra tại An-ma-ty", "ARF lần thứ 17 họp tại Hà Nội": the city's
state hosts, as with "tại Hua Hin (Thái Lan)" (`host_at`, events_places.held_in_country), which needs the country
written. The city is a capital or city of the gazetteer (events_places.CAPITALS), read right after "tại / ở"; a
sentence naming no party otherwise may still hold this hosting (events.py placement). The meeting's organisation is
the one the sentence or the text names (events_parties, events_unstated); a city that is that organisation's seat
names no host (events_held.seat_of)."""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_places import CAPITALS
from doingoai.extract.events_states_then import state_then

_AT: Final = re.compile(r"\s*(?:tại|ở)\s+(?:(?:thủ đô|thành phố)\s+)?")
_CITY: Final = re.compile(
    "(" + "|".join(sorted(map(re.escape, CAPITALS), key=len, reverse=True)) + r")(?![^\W\d_])"
)  # longest first
VENUE_HOSTS: Final = frozenset({"host_at", "host_here"})


def venue_city(text: str, te: int, end: int) -> tuple[str, str]:
    """(the state, the city as written) of a capital or city named right after "tại / ở" at ``te`` (the hosting
    verb's end), before ``end``; ("", "") when none. ``text`` is the document text (not lower-cased)."""
    m = _AT.match(text, te, end)
    if m is None:
        return "", ""
    c = _CITY.match(text, m.end(), end)
    if c is None:
        return "", ""
    name = c.group(1)
    return state_then(CAPITALS[name], name, text, c.start(), c.end()), name


# a body's numbered session as the subject, right before the verb: "ARF lần thứ 17 (đã) họp tại Hà Nội"
_NUMBERED: Final = re.compile(r"\blần thứ [\w-]+(?: (?:đã|sẽ|được))?\s+$")


def numbered_session(low: str, c0: int, ts: int) -> bool:
    """Does the clause ``c0``..``ts`` (lower-cased) end on a numbered session ("lần thứ 17") before the verb?"""
    return _NUMBERED.search(low, max(c0, ts - 40), ts) is not None


# a meeting of a body named by its bare noun right before the verb ("Hội nghị cấp cao lần thứ 18 của Phong trào được
# tổ chức tại Ba-cu"): which body is told before, not the organisation last named
_OF_BODY: Final = re.compile(
    r"\bcủa (?:phong trào|liên minh|tổ chức|nhóm|hiệp hội|khối|diễn đàn|cộng đồng|liên đoàn|hội đồng|ủy ban)"
    r"(?: (?:đã|sẽ|cũng|vừa))?(?: được)?\s*$"
)


def of_unnamed_body(low: str, c0: int, ts: int) -> bool:
    """Does the clause ``c0``..``ts`` (lower-cased) end on its meeting's body by a bare noun ("của Phong trào")?"""
    return _OF_BODY.search(low, max(c0, ts - 50), ts) is not None
