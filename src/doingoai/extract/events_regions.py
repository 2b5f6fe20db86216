"""Events: the region a demonstrative describes its country by ("Nước Nam Mỹ này", "quốc gia châu Phi đó").

"nước này" points to the nearest foreign country named before it (events_anaphora); with a region word between
("Việt Nam cùng Pê-ru và Nga được kết nạp ... Nước Nam Mỹ này đã ...") it points to the nearest one *in* that
region. A country's continents come from CLDR's time zones (attr "continents" of the gazetteer, built with Babel by
scripts/build_gazetteer.py: "America/Lima" -> PER is in America), so no list of countries is kept here; the region words map to those continents, coarsely ("Nam Mỹ" is America
without its two northern states). A country with no zone, or a region word this table lacks, is no filter.
"""

from __future__ import annotations

from typing import Final

from doingoai.extract import gazetteer

# the region words of events_anaphora._THIS (lower-cased, after "nước/quốc gia") -> CLDR zone continents
_AMERICA, _EUROPE, _ASIA, _AFRICA = (
    frozenset({"America"}),
    frozenset({"Europe"}),
    frozenset({"Asia"}),
    frozenset({"Africa"}),
)
_LATIN: Final = ("nam mỹ", "trung mỹ", "mỹ la-tinh", "mỹ latinh", "ca-ri-bê")  # America less USA and Canada
_WORDS: Final = {
    "mỹ": _AMERICA,
    "âu": _EUROPE,
    "á": _ASIA,
    "phi": _AFRICA,
    "trung đông": _ASIA | _AFRICA | _EUROPE,
    "mỹ la-tinh": _AMERICA,
    "mỹ latinh": _AMERICA,
    "ca-ri-bê": _AMERICA,
    "vùng vịnh": _ASIA,
    "ban-tích": _EUROPE,
    "baltic": _EUROPE,
    "đại dương": frozenset({"Australia", "Pacific"}),
    "nam thái bình dương": frozenset({"Australia", "Pacific"}),
}
_PHRASES: Final = tuple(k for k in _WORDS if " " in k or "-" in k)  # region words of more than one syllable
_NORTH_AMERICA: Final = frozenset({"USA", "CAN", "GRL"})


def _continents(code: str) -> frozenset[str] | None:
    """The continents of a country's time zones (attr "continents", built from CLDR by scripts/build_gazetteer.py)."""
    e = gazetteer.entry(code)
    found = e.attr("continents") if e is not None else None
    return frozenset(found) if found else None


def region_of(words: str) -> tuple[frozenset[str], bool] | None:
    """The continents a region phrase names and whether it is Latin America; None when it names none
    ("láng giềng", "đảo", "hồi giáo": no filter)."""
    w = " ".join(words.split())
    for key in _PHRASES:
        if w.endswith(key):
            return _WORDS[key], key in _LATIN
    last = w.rsplit(" ", 1)[-1]
    if last in _WORDS and (w.startswith("châu") or " " in w):  # "châu Phi", "Nam Mỹ", "Đông Âu"
        return _WORDS[last], last == "mỹ" and not w.startswith(("châu", "bắc"))
    return None


def in_region(code: str, region: tuple[frozenset[str], bool] | None) -> bool:
    """Is the country ``code`` in the region (a country with no known zone is not excluded)?"""
    if region is None:
        return True
    if region[1] and code in _NORTH_AMERICA:
        return False
    found = _continents(code)
    return found is None or bool(found & region[0])
