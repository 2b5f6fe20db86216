"""A city's state at the time told (round 23): "Tháng 9/1961, Bê-ô-grát đăng cai Hội nghị ...", "Tháng 7/1955, Chủ
tịch Hồ Chí Minh thăm Mát-xcơ-va": a capital (or city) stands for the state it belonged to in the year its sentence
tells, so a city of a union that has since dissolved stands for the union before its end (Yugoslavia, the Soviet
Union, Czechoslovakia; East Berlin for the German Democratic Republic). General data: the year each union ended.
"""

from __future__ import annotations

import re
from typing import Final

# a state of today -> (the union it belonged to, the union's last full year)
_SOVIET: Final = (
    "RUS",
    "UKR",
    "BLR",
    "KAZ",
    "UZB",
    "TKM",
    "KGZ",
    "TJK",
    "ARM",
    "AZE",
    "GEO",
    "MDA",
    "LTU",
    "LVA",
    "EST",
)
_UNION_UNTIL: dict[str, tuple[str, int]] = {c: ("SUN", 1991) for c in _SOVIET}
_UNION_UNTIL.update(
    {
        "HRV": ("YUG", 1990),
        "SVN": ("YUG", 1990),
        "MKD": ("YUG", 1990),
        "BIH": ("YUG", 1991),
        "SRB": ("YUG", 2002),  # (the Federal Republic of Yugoslavia, "Nam Tư", until 2003)
        "MNE": ("YUG", 2002),
        "CZE": ("CSK", 1992),
        "SVK": ("CSK", 1992),
    }
)
# cities of the German Democratic Republic (Bonn, Hamburg, München were the Federal Republic's: Germany)
_EAST_GERMAN: Final = frozenset(
    {"béc-lin", "berlin", "potsdam", "leipzig", "lai-xích", "dresden", "đrét-xđen", "rostock"}
)
_YEAR: Final = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_END: Final = re.compile(r"[.!?\n]\s")
_BACK: Final = 200  # the year looked for in the sentence, at most this many characters before the city
_AHEAD: Final = 120  # or after it ("thăm Mát-xcơ-va năm 1955")


def state_then(code: str, name: str, text: str, start: int, end: int) -> str:
    """The state the city ``name`` (at ``start``..``end``, standing for ``code`` today) belonged to in the year
    its sentence tells, else ``code``: the nearest date's year before the city in its sentence ("Năm 2005, ... thăm
    Béc-lin, nơi ông từng học tập năm 1975": 2005), else the first after it ("thăm Mát-xcơ-va năm 1955"), not one
    of a clause about the place ("nơi ...", "khi ..."); a number that is no date ("tặng 1990 cuốn sách", "1950
    ngày sau") is not a year (review of round 23, 8)."""
    then = _UNION_UNTIL.get(code)
    if then is None and not (code == "DEU" and name.lower() in _EAST_GERMAN):
        return code
    union, last = then if then is not None else ("DDR", 1989)
    lo = max(0, start - _BACK)
    for b in _END.finditer(text, lo, start):
        lo = b.end()
    stop = _END.search(text, end, end + _AHEAD)
    hi = stop.start() if stop is not None else min(len(text), end + _AHEAD)
    year = 0
    for m in _YEAR.finditer(text, lo, start):
        if _dated(text, m.start(), m.end()):
            year = int(m.group(1))  # (the last before the city: the nearest)
    if not year:
        aside = _ASIDE.search(text, end, hi)
        for m in _YEAR.finditer(text, end, aside.start() if aside is not None else hi):
            if _dated(text, m.start(), m.end()):
                year = int(m.group(1))
                break
    return union if year and year <= last else code


# a year written as a date: "năm 1955", "tháng 7/1955", "1955 – 1975", "(1955)"
_DATE_BEFORE: Final = re.compile(r"(?:năm|tháng|ngày|[/(–-])\s*$", re.IGNORECASE)
_DATE_AFTER: Final = re.compile(r"\s*[)–-]")
_ASIDE: Final = re.compile(r",\s*(?:nơi|khi|lúc|thành phố|thủ đô)\b", re.IGNORECASE)


def _dated(text: str, s: int, e: int) -> bool:
    return _DATE_BEFORE.search(text, max(0, s - 8), s) is not None or _DATE_AFTER.match(text, e) is not None
