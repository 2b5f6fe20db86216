"""A news page's own date printed under its headline as "Thứ Hai, 12/01/2026 07:30" (round 173).

Vietnamese news and ministry pages print the publication time on a line of its own: a weekday ("Thứ Hai" …
"Thứ Bảy", "Chủ nhật"), a comma, the day, and the time ("07:30", "| 17:40", "- 17:40", "(GMT+7)"). Copied as text
the line stays near the top, alone or run into the headline before it (it then ends that line); with no other own date found, it is the document's date, against which "năm nay",
"năm ngoái", "tháng 10 năm ngoái" and bare months are read.
"""

from __future__ import annotations

import datetime
import re
from typing import Final

_WEEKDAY_LINE: Final = re.compile(
    r"(?:^|(?<=[ \t]))(?:Thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|Chủ\s+[Nn]hật)\s*,\s*"
    r"(\d{1,2})/(\d{1,2})/(\d{4})"
    r"(?:\s*[,|\-–]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(GMT\s*[+-]\s*\d{1,2}\))?[ \t]*\r?$",
    re.MULTILINE,
)
_ZONE: Final = 1500  # the top of the page: the headline's block


def weekday_line_date(text: str) -> str:
    """The ISO day of the first weekday-and-date line in the top of ``text``, or ""."""
    zone = text[:_ZONE]
    m = _first_line(zone)
    if m is None:
        return ""
    try:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        return ""


def _first_line(zone: str) -> re.Match[str] | None:
    """``_WEEKDAY_LINE.search(zone)``: every match opens on "Thứ" or "Chủ", so the pattern is tried only there,
    leftmost first (speed round 31: the search tried it at each of the zone's positions, its opening an
    alternation with no literal prefix; "Chủ" of "Chủ tịch" lets most zones past a guard on the words)."""
    i = zone.find("Thứ")
    j = zone.find("Chủ")
    while i >= 0 or j >= 0:
        if j < 0 or 0 <= i < j:
            m = _WEEKDAY_LINE.match(zone, i)
            if m is not None:
                return m
            i = zone.find("Thứ", i + 1)
        else:
            m = _WEEKDAY_LINE.match(zone, j)
            if m is not None:
                return m
            j = zone.find("Chủ", j + 1)
    return None
