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
    if "Thứ" not in zone and "Chủ" not in zone:
        return ""  # (the fast path)
    m = _WEEKDAY_LINE.search(zone)
    if m is None:
        return ""
    try:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        return ""
