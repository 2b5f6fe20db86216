"""Events: "cùng ngày" far from the day it refers to (round 187, session 22).

* :func:`far_same_time`: a draft marked "the same time" (``events_dating.SAME_TIME``) that found no earlier event
  in its paragraph or the one before, and no date written before it there, takes the date of an earlier event
  of the document told with its own date: of its own kind, else a visit or talks. A news report's later
  paragraph ("Cùng ngày, Tổng thống X đã hội kiến ...", "Theo chương trình, chiều cùng ngày ...", "Trong khuôn
  khổ chuyến thăm, ...") comes several paragraphs and headings after the lead that dates the day; without it
  the draft stayed undated.

Called by :func:`doingoai.extract.events_same_time.resolve_same_time`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.members import members
from doingoai.model import EventKind, Status

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
_MET: tuple = (K.VISIT, K.CONSULT)


def far_same_time(d: Draft, earlier: Sequence[Draft], mark: str, at_meeting: bool) -> Draft | None:
    """The earlier event (before ``d`` in the document, its date written for it, not itself "the same time"
    as marked by ``mark``) whose date ``d`` takes: the last of ``d``'s kind, else (or first, for an act "at the
    meeting") the last visit or talks held; None when there is none."""
    told = [
        e
        for e in earlier
        if e.date and e.explicit and not e.date.startswith(mark) and e.sentence[0] < d.sentence[0]
    ]
    if not told:
        return None
    met = [e for e in told if e.kind in _MET and e.status is not Status.PLANNED]
    if at_meeting:
        return met[-1] if met else None
    return next((e for e in reversed(told) if e.kind is d.kind), met[-1] if met else None)


_TRIP: Final = ("chuyến thăm", "chuyến công du", "chuyến đi")


def on_trip(low: str, s0: int) -> bool:
    """Does the sentence at ``s0`` name the trip at its start ("Trong chuyến thăm, ...", "Trong chuyến công du
    này, ...", "Trong chuyến đi, ...": round 187 added the last two)?"""
    return any(w in low[s0 : s0 + 40] for w in _TRIP)
