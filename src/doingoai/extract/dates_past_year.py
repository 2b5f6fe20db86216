"""The year "năm qua" names in a text written at the start of a year (round 173).

"Năm qua" / "trong năm qua" / "năm vừa qua" is the year just gone: in a plan or report dated 15/01/2026 ("Năm qua,
Bộ đã phối hợp với ... tổ chức ba hội thảo") it is 2025, while in a review written in December it is the document's
own year. A document dated in its first quarter (a month known, January to March) reads it as the year before; any
other date (or a year alone) keeps the document's year, as before.
"""

from __future__ import annotations

from typing import Final

_PAST_YEAR: Final = frozenset(("năm qua", "trong năm qua", "năm vừa qua", "trong năm vừa qua"))


def past_year(phrase: str, base: str) -> str:
    """The year of ``phrase`` ("năm qua", normalised: lower case, single spaces) against the document's date
    ``base`` when it is the year before ("2026-01-15" -> "2025"); "" when this reading does not apply."""
    if phrase not in _PAST_YEAR or len(base) < 7 or base[4] != "-" or not base[5:7].isdigit():
        return ""
    year = base[:4]
    if not year.isdigit() or not 1 <= int(base[5:7]) <= 3:
        return ""
    return str(int(year) - 1)
