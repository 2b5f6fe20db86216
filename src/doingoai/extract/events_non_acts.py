"""Triggers whose words name no act of their own (round 51, false positives on unseen text):

* a plan's name: "Bộ ... ban hành Kế hoạch hợp tác với X năm 2026 như sau:" (the plan's tasks are the events): its
  draft is read (it bounds its neighbours' clauses) but not reported (:func:`plan_named`, read by
  :func:`doingoai.extract.events.find_events`);
* a visit restated as the first since a past date: "Đây là chuyến thăm đầu tiên của ... kể từ khi hai nước thiết lập
  quan hệ ngoại giao năm 2012" (the visit told before; the date there is the past one's);
* an application filed together: "A và B cùng nộp đơn xin gia nhập NATO" (the application is the event, no joint
  act besides it).

The last two are checked by :func:`doingoai.extract.events_no_event.not_an_event` (:func:`non_act`).
"""

from __future__ import annotations

import re

from doingoai.extract.members import members
from doingoai.extract.triggers import Hit
from doingoai.model import EventKind

K = members(EventKind)

_PLAN_NAMED = re.compile(r"\bkế hoạch $")
_RESTATED = re.compile(r"\bđây (?:cũng |sẽ |đã )?là (?:một )?$")
_SINCE = re.compile(r"[^.;:!?]{0,120}?\bkể từ (?:khi|sau|năm)\b")
_APPLICATION = re.compile(r"(?: nhau)? nộp đơn\b")


def plan_named(low: str, h: Hit, s0: int) -> bool:
    """Is the cooperation trigger ``h`` the word of a plan's name ("ban hành Kế hoạch hợp tác với X năm 2026")?"""
    return (
        h.trigger.name == "cooperate" and _PLAN_NAMED.search(low, max(s0, h.start - 9), h.start) is not None
    )


def non_act(low: str, h: Hit, s0: int) -> bool:
    """Is the trigger ``h`` (in the lower-cased text ``low``, its sentence from ``s0``) a word naming no act: a visit
    restated as the first since a past date, or "cùng" before an application filed?"""
    if h.trigger.kind is K.VISIT:
        return (
            _RESTATED.search(low, max(s0, h.start - 16), h.start) is not None
            and _SINCE.match(low, h.end) is not None
        )
    return h.trigger.name == "joint" and _APPLICATION.match(low, h.end) is not None
