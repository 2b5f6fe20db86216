"""English names of places -> how Vietnamese text writes them ("Washington" -> "Oa-sinh-tơn").

An English question naming a city ("held in Washington", "signed in Santiago") reaches Vietnamese
text only through the Vietnamese spelling: the press and Party documents transliterate capitals and
the cities of diplomacy ("Mát-xcơ-va", "Phnôm Pênh", "U-lan Ba-to") or use Sino-Vietnamese names
("Bắc Kinh", "Luân Đôn"). The spellings are the gazetteer's places (``data/curated_places.tsv``, with
pycountry's ISO 3166-2 Latin names: the one table the extraction stage reads too): each English name of a
place -> its Vietnamese names, then the English name as written (some texts write it as is: "Paris",
"Jakarta"). ``_EXTRA`` keeps the few spellings for questions only: names a Vietnamese word or place shares
("Viên" is Vienna, "Mê-hi-cô" Mexico City), which the extraction stage must not read as places.
"""

from __future__ import annotations

import re
from functools import lru_cache

from doingoai.extract import gazetteer

# English name(s) separated by "|" -> Vietnamese spellings the places table leaves out on purpose
_EXTRA: dict[str, tuple[str, ...]] = {
    "Vienna": ("Viên",),
    "Mexico City": ("Mê-hi-cô",),
    "Hong Kong": ("Hồng Kông",),
}


def _spellings(e: gazetteer.Entry) -> list[str]:
    """A place's Vietnamese names worth searching, its Vietnamese name first: not a unit-word form ("thành phố
    Hạ Long") or a longer form ending in another name ("Thủ đô Hà Nội", "Khu tự trị Choang Quảng Tây"), whose own
    syllables are that name already. (A name the table qualifies, "~Hải Nam", is one: a question names the place.)"""
    vi = [n.text for n in e.names if n.lang == "vi" and n.text[:1].isupper()]
    vi = [v for v in vi if not any(v != w and v.endswith(" " + w) for w in vi)]
    return sorted(vi, key=lambda t: t != e.vi)  # (a stable sort)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, ...]]:
    """English name -> Vietnamese spellings (the place's Vietnamese name first), then the English name itself."""
    out: dict[str, list[str]] = {}
    for e in gazetteer.places().values():
        vi = _spellings(e)
        for n in e.names:
            if n.lang == "en":
                spellings = out.setdefault(n.text, [])
                for v in (*vi, n.text):
                    if v not in spellings:
                        spellings.append(v)
    for names, extra in _EXTRA.items():
        for en in names.split("|"):
            spellings = out.setdefault(en, [])
            # (the question-only spellings first, even where the table has them too)
            spellings[:] = [*extra, *(v for v in spellings if v not in extra)]
            if en not in spellings:
                spellings.append(en)
    return {en: tuple(v) for en, v in out.items()}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = sorted(_index(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


@lru_cache(maxsize=1024)
def places_in(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The places an English text names, as written, each with its Vietnamese spellings (case as
    written: "Washington", never "washington")."""
    index = _index()
    return tuple((m.group(1), index[m.group(1)]) for m in _pattern().finditer(text))


def strip_places(text: str) -> str:
    """``text`` without the place names :func:`places_in` finds (not counted again as words)."""
    return _pattern().sub(" ", text)
