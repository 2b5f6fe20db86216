"""Dates: a yearless day right after "tháng trước" / "tháng này" takes that month's year.

"Tháng trước, ngày 4/7, I-ran đã trở thành thành viên ..." in a speech of 4/8/2023: the day is in the month before the
document's (7/2023), not in the year of the last date told ("... ngày 8/5/2018"). Only when the day's month is the
month the phrase names from the document's date, so the two readings agree (round 159).
"""

from __future__ import annotations

import re
from typing import Final

_SAID: Final = re.compile(r"\btháng (?P<w>trước|này|vừa qua)\s*,?\s*(?:vào\s+)?$")


def month_said_year(low: str, p: int, month: str, base: str) -> str:
    """The year of the yearless day at ``p`` (its month ``month``) when "tháng trước / này" right before it names
    that month from the document's date ``base`` ("YYYY-MM..."), else ""."""
    if not base[5:7].isdigit() or low.find("tháng ", max(0, p - 24), p) < 0:
        return ""
    m = _SAID.search(low, max(0, p - 24), p)
    if m is None:
        return ""
    year, mon = int(base[:4]), int(base[5:7])
    if m["w"] != "này":
        year, mon = (year - 1, 12) if mon == 1 else (year, mon - 1)
    return str(year) if month.isdigit() and int(month) == mon else ""
