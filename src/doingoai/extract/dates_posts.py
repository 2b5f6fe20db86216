"""The date of a post copied from a social network's page (round 160): under the page's name the time line
"12 tháng 10, 2022 lúc 06:40 · 🌏" (a post of an earlier year) or "30 tháng 12 lúc 20:15 ·" (of this year:
the year left out). The post is the document and that line its date; without it the date came from the
first date in the post's title, often an anniversary's first day ("KỶ NIỆM 70 NĂM ... (30/12/1955 –
30/12/2025)"), and every act the post tells of after 1955 was read as to come.

A time line without its year takes the year of the day it names written in full in the post ("30/12/2025"
for "30 tháng 12"; the latest, when several), else it gives no date. Relative time lines ("2 giờ ·", "Hôm
qua lúc 10:05") give none (the day they were copied is unknown).
"""

from __future__ import annotations

import re
from typing import Final

_HEAD: Final = 400  # the time line is the second or third line
_ZONE: Final = 2500  # where the post's own dates are looked for
_TIME_LINE: Final = re.compile(
    r"^[ \t]*(\d{1,2})\s+tháng\s+(\d{1,2})(?:,?\s+(?:năm\s+)?(\d{4}))?\s+lúc\s+\d{1,2}:\d{2}[ \t]*(?:·|$)",
    re.M,
)


def post_date(text: str, removed: list[str] | None = None) -> str:
    """The ISO day of a social-network post's time line near the top of ``text`` or among the ``removed``
    lines (the structure stage drops it as the page's chrome: structure/social.py), "" when none."""
    head = text[:_HEAD]
    m = _TIME_LINE.search(head) if " lúc " in head else None
    for line in removed or ():
        if m is not None:
            break
        if " lúc " in line:
            m = _TIME_LINE.search(line.strip())
    if m is None:
        return ""
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return ""
    if m.group(3):
        year = int(m.group(3))
    else:
        same = re.compile(rf"(?<![\d/]){day:d}\s*/\s*0?{month:d}\s*/\s*(\d{{4}})(?!\d)")
        years = [int(y) for y in same.findall(text, 0, _ZONE)]
        if not years:
            same = (
                re.compile(rf"(?<![\d/])0{day:d}\s*/\s*0?{month:d}\s*/\s*(\d{{4}})(?!\d)")
                if day < 10
                else same
            )
            years = [int(y) for y in same.findall(text, 0, _ZONE)]
        if not years:
            return ""
        year = max(years)
    return f"{year:04d}-{month:02d}-{day:02d}"
