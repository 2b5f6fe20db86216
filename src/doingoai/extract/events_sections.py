"""The status a reader gives a part of the text (read/outline.py ``sections``): a calendar entry marked
TENTATIVE is planned, one marked CANCELLED did not happen (round 203).

An event read in such an entry takes the entry's status when the text told none (it reads as occurred or
ongoing) and the event is the entry's own: undated or dated in the entry's month. A past act the entry recalls
("Việt Nam phê chuẩn Công ước ngày 23/6/1994" in a tentative seminar's description) keeps its status.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Any, Final

from doingoai.model import Document, Event, Status

__all__ = ["section_statuses"]

_STATUS: Final = {"planned": Status.PLANNED, "negated": Status.NEGATED}


def section_statuses(doc: Document, events: list[Event]) -> list[Event]:
    sections: list[Any] = [s for s in doc.meta.get("sections") or () if s[3] in _STATUS]
    if not sections or not events:
        return events
    starts = [int(s[0]) for s in sections]
    out: list[Event] = []
    for ev in events:
        if ev.status in (Status.OCCURRED, Status.ONGOING) and ev.evidence:
            at = ev.evidence[0].start
            k = bisect_right(starts, at) - 1
            if k >= 0 and at < int(sections[k][1]):
                own = str(sections[k][2])
                if not ev.date or not own or ev.date[:7] == own[:7]:
                    ev = replace(ev, status=_STATUS[str(sections[k][3])])
        out.append(ev)
    return out
