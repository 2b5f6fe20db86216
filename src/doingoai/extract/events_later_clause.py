"""What a later clause of the sentence says about the act a trigger told: an invitation that fell through ("mời đoàn X
sang dự ... nhưng đoàn không sang được": the visit did not happen), a meeting named as the subject whose predicate is
still to come ("Cuộc gặp giữa A và B dự kiến diễn ra vào tháng 2/2019"), a clause opening on a date that tells the same
act again ("năm 2020 Việt Nam lại đảm nhận vai trò này"). (Written for the review of round 23, docs/decisions.md,
Events, "round 23 review fixes (session 8)"; an application refused or not yet admitted after "nhưng" is
events_offices.not_admitted, a sibling check on the joining kinds.)
"""

from __future__ import annotations

import re
from typing import Final

# "mời đoàn X sang dự hội chợ nhưng đoàn không sang được / X từ chối / chuyến thăm bị hoãn": the invited visit did
# not take place (only after "mời" in the clause: a visit told as done is not undone by a later "nhưng")
_INVITED: Final = re.compile(r"\bmời\b")
_FELL_THROUGH: Final = re.compile(
    r"[^.;!?]{0,120}?\b(?:nhưng|song|tuy nhiên|rốt cuộc)\b[^.;!?]{0,50}?"
    r"\b(?:không (?:thể )?(?:sang|đến|tới|đi|thực hiện)(?: được)?|đã từ chối|từ chối|khước từ|(?:bị |đã bị )?(?:hoãn|hủy|hủy bỏ))\b"
)


def invitation_fell_through(low: str, c0: int, ts: int) -> bool:
    """Is the visit at ``ts`` one the clause says was invited ("mời") and then did not take place?"""
    return (
        low.find("mời", c0, ts + 3) >= 0  # (the trigger may open on it: "mời đoàn ...")
        and _INVITED.search(low, c0, ts + 3) is not None
        and _FELL_THROUGH.match(low, ts) is not None
    )


# "Cuộc gặp giữa A và B dự kiến diễn ra vào tháng 2/2019", "Cuộc họp của ... sẽ được tổ chức vào năm sau": a meeting
# named as the subject, its predicate in the future (review of round 23, 10)
_NOMINAL_MEETING: Final = re.compile(r"(?:cuộc|buổi|phiên|kỳ) ")
_FUTURE_PREDICATE: Final = re.compile(
    r"[^.;!?]{0,140}?\b(?:dự kiến|sẽ|sắp|dự định|theo kế hoạch)\s+(?:sẽ\s+)?(?:được\s+)?"
    r"(?:diễn ra|tổ chức|khai mạc|tiến hành|nhóm họp|triệu tập)\b"
)


def meeting_to_come(low: str, ts: int, te: int) -> bool:
    """Is the trigger at ``ts`` a meeting noun whose own predicate, after its parties, is still to come?"""
    return _NOMINAL_MEETING.match(low, ts) is not None and _FUTURE_PREDICATE.match(low, te) is not None


_DATE_CLAUSE_STOP: Final = re.compile(r"[,;:.!?]")
# the same act again: "năm 2020 Việt Nam lại đảm nhận vai trò này", "... một lần nữa giữ cương vị đó"
_AGAIN: Final = re.compile(r"\b(?:lại|cũng|một lần nữa|lần thứ hai|tái)\b|\b(?:này|đó|ấy)$")


def again_after(low: str, start: int, s1: int) -> bool:
    """Does the clause opening with the date that ends at ``start`` tell the same act again ("năm 2020 Việt Nam lại
    đảm nhận vai trò này"), not an act of its own ("tháng 10/2009 hiệp định có hiệu lực")? (review of round 23, 14)"""
    stop = _DATE_CLAUSE_STOP.search(low, start, s1)
    clause = low[start : stop.start() if stop is not None else s1].rstrip()
    return _AGAIN.search(clause) is not None
