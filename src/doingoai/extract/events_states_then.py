"""A city's state at the time told (round 23): "Tháng 9/1961, Bê-ô-grát đăng cai Hội nghị ...", "Tháng 7/1955, Chủ
tịch Hồ Chí Minh thăm Mát-xcơ-va": a capital (or city) stands for the state it belonged to in the year its sentence
tells, so a city of a union that has since dissolved stands for the union before its end (Yugoslavia, the Soviet
Union, Czechoslovakia; East Berlin for the German Democratic Republic). General data: the year each union ended.
"""

from __future__ import annotations

import re

# a state of today -> (the union it belonged to, the union's last full year)
_SOVIET = (
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
_EAST_GERMAN = frozenset(
    {"béc-lin", "berlin", "potsdam", "leipzig", "lai-xích", "dresden", "đrét-xđen", "rostock"}
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_END = re.compile(r"[.!?\n]\s")
_BACK = 200  # the year looked for in the sentence, at most this many characters before the city
_AHEAD = 120  # or after it ("thăm Mát-xcơ-va năm 1955")


def state_then(code: str, name: str, text: str, start: int, end: int) -> str:
    """The state the city ``name`` (at ``start``..``end``, standing for ``code`` today) belonged to in the year
    its sentence tells (the nearest year in the sentence), else ``code``."""
    then = _UNION_UNTIL.get(code)
    if then is None and not (code == "DEU" and name.lower() in _EAST_GERMAN):
        return code
    union, last = then if then is not None else ("DDR", 1989)
    lo = max(0, start - _BACK)
    for b in _END.finditer(text, lo, start):
        lo = b.end()
    stop = _END.search(text, end, end + _AHEAD)
    hi = stop.start() if stop is not None else min(len(text), end + _AHEAD)
    best: tuple[int, int] | None = None  # (distance, year)
    for m in _YEAR.finditer(text, lo, hi):
        d = start - m.end() if m.end() <= start else m.start() - end
        if best is None or d < best[0]:
            best = (d, int(m.group(1)))
    return union if best is not None and best[1] <= last else code
