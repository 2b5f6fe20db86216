"""A "when" answered by a month only ("tháng 5/2025", "Đầu tháng 5"), when a sentence about as close to the
question writes a day of that month ("Ngày 20/5/2025, … đã thông qua …"): the day is the same answer, told
more precisely (:func:`finer`)."""

from __future__ import annotations

import re

_EN_MONTHS = "january february march april may june july august september october november december".split()
_EN = "|".join(_EN_MONTHS)
# a day and its month: "20/5/2025", "ngày 10/5", "5 tháng 2 năm 2020", "20 May 2025"
_DAY = re.compile(
    rf"(?<![\d/])(\d{{1,2}})(?:/(\d{{1,2}})(?!\d)(?:/((?:1[89]|20)\d\d))?|\s+tháng\s+(\d{{1,2}})(?:\s+năm\s+(\d{{4}}))?"
    rf"|\s+({_EN})(?:\s+(\d{{4}}))?)",
    re.I,
)
# a month alone: "tháng 5", "tháng 5/2025", "tháng 5 năm 2025", "May 2025"
_MONTH = re.compile(
    rf"\btháng\s+(\d{{1,2}})(?!\d)(?:(?:/|\s+năm\s+)((?:1[89]|20)\d\d))?|\b({_EN})(?:\s+(\d{{4}}))?", re.I
)


def _month(name: str) -> int:
    return _EN_MONTHS.index(name.lower()) + 1


def month_only(date: str) -> tuple[int, str | None] | None:
    """(month, year or None) of an answer naming a month and no day ("tháng 5", "May 2025"), else None."""
    if _DAY.search(date):
        return None
    m = _MONTH.search(date)
    if m is None:
        return None
    return (int(m[1]), m[2]) if m[1] else (_month(m[3]), m[4])


def finer(coarse: str, fine: str) -> bool:
    """Whether ``fine`` writes a day of the month ``coarse`` names, of its year: "20/5/2025" tells "tháng 5/2025",
    "ngày 10/5" tells "tháng 5"; "Ngày 12/4" leaves out the year "tháng 4/2023" gives, and does not tell it."""
    month = month_only(coarse)
    m = _DAY.search(fine)
    if month is None or m is None:
        return False
    day_month = int(m[2]) if m[2] else int(m[4]) if m[4] else _month(m[6])
    year = m[3] or m[5] or m[7]
    return day_month == month[0] and year == month[1]
