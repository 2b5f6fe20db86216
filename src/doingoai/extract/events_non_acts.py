"""Triggers whose words name no act of their own (round 51, false positives on unseen text):

* a plan's name: "Bộ ... ban hành Kế hoạch hợp tác với X năm 2026 như sau:" (the plan's tasks are the events): its
  draft is read (it bounds its neighbours' clauses) but not reported (:func:`plan_named`, read by
  :func:`doingoai.extract.events.find_events`);
* a visit restated as the first since a past date: "Đây là chuyến thăm đầu tiên của ... kể từ khi hai nước thiết lập
  quan hệ ngoại giao năm 2012" (the visit told before; the date there is the past one's), or in apposition to it
  (round 135): "X kết thúc chuyến thăm Nga hai ngày, chuyến thăm đầu tiên của ông tới nước này kể từ năm 2019";
* an application filed together: "A và B cùng nộp đơn xin gia nhập NATO" (the application is the event, no joint
  act besides it);
* (round 112) a signatory denied: "Việt Nam không phải là bên ký kết GATT" (not a party: no signing, as
  :mod:`doingoai.extract.events_no_event` reads "không phải là bên tham gia" for an accession);
* (round 112) a body defined by what it is for: "SADC là tổ chức hợp tác kinh tế, chính trị của các nước miền nam
  châu Phi", "CBSS là diễn đàn hợp tác liên chính phủ khu vực" (a definition: the body's founding and members are
  the events, told apart);
* (round 134) help to a delegation coming over: "hỗ trợ đoàn doanh nghiệp tỉnh X sang tìm hiểu thị trường" (the
  delegation's visit is the event).

The last five are checked by :func:`doingoai.extract.events_no_event.not_an_event` (:func:`non_act`).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.members import members
from doingoai.extract.triggers import Hit
from doingoai.model import EventKind

K = members(EventKind)

_PLAN_NAMED: Final = re.compile(r"\bkế hoạch $")
_RESTATED: Final = re.compile(r"\bđây (?:cũng |sẽ |đã )?là (?:một )?$")
_APPOSED: Final = re.compile(r",\s*$")
_FIRST_AFTER: Final = re.compile(r"(?:\s+(?:chính thức|cấp nhà nước|[^\W\d_]+))?\s+(?:đầu tiên|lần đầu)\b")
_SINCE: Final = re.compile(r"[^.;:!?]{0,120}?\bkể từ (?:khi|sau|năm)\b")
_APPLICATION: Final = re.compile(r"(?: nhau)? nộp đơn\b")
_BODY_DEFINED: Final = re.compile(r"\blà (?:một )?(?:tổ chức|diễn đàn|cơ chế|khuôn khổ|nhóm|liên minh) $")
_NOT_SIGNATORY: Final = re.compile(r"\b(?:không|chưa) (?:phải )?là (?:một )?bên $")
# (round 134) a delegation helped to come over: "Tổng Lãnh sự quán đã hỗ trợ đoàn doanh nghiệp tỉnh X sang tìm hiểu
# thị trường" (the delegation's visit is the event; the help is the mission's service, no aid to its state)
_DELEGATION_HELPED: Final = re.compile(
    r" (?:(?:các|hai|ba|một|những|nhiều) )?(?:đoàn|phái đoàn)\b[^.;:\n]{0,80}?\b(?:sang|đến|tới)\b"
)


def plan_named(low: str, h: Hit, s0: int) -> bool:
    """Is the cooperation trigger ``h`` the word of a plan's name ("ban hành Kế hoạch hợp tác với X năm 2026")?"""
    return (
        h.trigger.name == "cooperate" and _PLAN_NAMED.search(low, max(s0, h.start - 9), h.start) is not None
    )


def non_act(low: str, h: Hit, s0: int) -> bool:
    """Is the trigger ``h`` (in the lower-cased text ``low``, its sentence from ``s0``) a word naming no act: a visit
    restated as the first since a past date, "cùng" before an application filed, "ký kết" in a signatory
    denied ("không phải là bên ký kết"), "hợp tác" in a body's definition ("là tổ chức hợp tác khu vực"), or help
    to a delegation coming over ("hỗ trợ đoàn doanh nghiệp X sang tìm hiểu")?"""
    if h.trigger.kind is K.COOPERATE and _BODY_DEFINED.search(low, max(s0, h.start - 24), h.start):
        return True
    if h.trigger.kind is K.AID and _DELEGATION_HELPED.match(low, h.end) is not None:
        return True
    if h.trigger.kind is K.AGREEMENT_SIGN and _NOT_SIGNATORY.search(low, max(s0, h.start - 30), h.start):
        return True
    if h.trigger.kind is K.VISIT:
        if _APPOSED.search(low, max(s0, h.start - 4), h.start) and _FIRST_AFTER.match(low, h.end):
            # ", chuyến thăm đầu tiên ... kể từ năm 2019": the visit told just before, restated (round 135)
            return _SINCE.match(low, h.end) is not None
        return (
            _RESTATED.search(low, max(s0, h.start - 16), h.start) is not None
            and _SINCE.match(low, h.end) is not None
        )
    return h.trigger.name == "joint" and _APPLICATION.match(low, h.end) is not None
