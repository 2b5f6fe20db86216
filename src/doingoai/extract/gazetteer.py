"""The gazetteer: actors, agreements, conflicts, congresses, documents and collectives, with codes.

Built by ``scripts/build_gazetteer.py`` from Babel/CLDR, pycountry and the curated table
``data/curated_actors.tsv`` into ``data/gazetteer.json`` (package data, loaded once). Every name
records where it came from (``cldr`` | ``pycountry`` | ``curated``).

Names that follow a pattern rather than a list — Party congresses ("Đại hội lần thứ XIII"),
Central Committee plenums ("Hội nghị Trung ương 6 khóa IV") and Party/State documents
("Nghị quyết số 22-NQ/TW") — are recognised by :func:`pattern_at`, which the mention finder calls
where the automaton saw a trigger word.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Final

KINDS: Final = (
    "country",
    "organisation",
    "body",
    "party",
    "agreement",
    "conflict",
    "congress",
    "document",
    "collective",
    "person",  # a head of state/government or Party leader; attr "country" is the state they act for
)


@dataclass(frozen=True)
class Name:
    text: str
    lang: str  # vi | en
    type: str  # name | alias | translit | abbr | deixis
    source: str  # cldr | pycountry | curated


@dataclass(frozen=True)
class Entry:
    code: str
    kind: str
    wikidata: str
    vi: str
    en: str
    names: tuple[Name, ...]
    attrs: tuple[tuple[str, Any], ...] = ()

    def attr(self, key: str, default: Any = None) -> Any:
        return dict(self.attrs).get(key, default)

    @property
    def parent(self) -> str | None:
        """The code of the party/state/organisation a body or document belongs to (UNSC -> UNO)."""
        return self.attr("parent")

    @property
    def date(self) -> str:
        """ISO date of an agreement (signed) or conflict (interval), or "" when not recorded."""
        return self.attr("date") or self.attr("year") or ""


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    """data/gazetteer.json, parsed once per process (actors and places)."""
    data: dict[str, Any] = json.loads(
        resources.files("doingoai").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
    )
    return data


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, Entry], tuple[str, ...]]:
    raw = _raw()
    entries: dict[str, Entry] = {}
    for e in raw["entries"]:
        attrs = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(e["attrs"].items()))
        names = tuple(Name(n["text"], n["lang"], n["type"], n["source"]) for n in e["names"])
        entries[e["code"]] = Entry(e["code"], e["kind"], e["wikidata"], e["vi"], e["en"], names, attrs)
    for e in _congress_entries():
        entries.setdefault(e.code, e)
    return entries, tuple(raw.get("stop", ()))


@lru_cache(maxsize=1)
def places() -> dict[str, Entry]:
    """Provinces, regions, municipalities and cities (kind "place"; attrs "country": the ISO alpha-3 code of the
    state each belongs to, "type": province | region | municipality | city | capital), by code. They are no
    actors (not in :func:`entries`; the mention automaton only reports where they are, ``mentions.place_hits``):
    extract/places.py decides where one stands for its country."""
    out: dict[str, Entry] = {}
    for e in _raw().get("places", ()):
        names = tuple(Name(n["text"], n["lang"], n["type"], n["source"]) for n in e["names"])
        attrs = tuple(sorted(e["attrs"].items()))
        out[e["code"]] = Entry(e["code"], "place", e["wikidata"], e["vi"], e["en"], names, attrs)
    return out


def entries() -> dict[str, Entry]:
    """All entries by code (countries, organisations, ..., and the CPV congresses I–XIV)."""
    return _load()[0]


def stop_phrases() -> tuple[str, ...]:
    """Phrases that contain a name but are not a mention of it ("chúng ta", "Pháp luật", "Nam Mỹ")."""
    return _load()[1]


def is_country(code: str) -> bool:
    """Is ``code`` a state's (a country entry: not an organisation, body, party or place)?"""
    e = entries().get(code)
    return e is not None and e.kind == "country"


def entry(code: str) -> Entry | None:
    """The entry for ``code`` (also generated codes of plenums and documents, built on the fly)."""
    found = entries().get(code)
    if found is not None:
        return found
    m = re.fullmatch(r"CPV_CC_([IVXL]+|\?)_(\d+)", code)
    if m:
        return Entry(
            code,
            "congress",
            "",
            f"Hội nghị Trung ương {m[2]} khóa {m[1]}",
            "",
            (),
            (("number", int(m[2])), ("parent", "CPV_CC"), ("term", m[1])),
        )
    m = re.fullmatch(r"(CPV|VNM)_DOC_(.+)", code)
    if m:
        return Entry(code, "document", "", m[2], "", (), (("parent", m[1]),))
    return None


def by_name(name: str) -> list[Entry]:
    """Entries having ``name`` (case-insensitive) among their names: "Liên Xô" -> [SUN]."""
    key = name.strip().lower()
    return [e for e in entries().values() if any(n.text.lower() == key for n in e.names)]


# --- Party congresses, plenums and documents -------------------------------------------------------

ROMAN: Final = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
    "XIII": 13,
    "XIV": 14,
    "XV": 15,
    "XVI": 16,
}
_ROMAN_OF: Final = {v: k for k, v in ROMAN.items()}
# National Congresses of the Communist Party of Vietnam and the year each was held.
CPV_CONGRESS_YEARS: Final = {
    1: 1935,
    2: 1951,
    3: 1960,
    4: 1976,
    5: 1982,
    6: 1986,
    7: 1991,
    8: 1996,
    9: 2001,
    10: 2006,
    11: 2011,
    12: 2016,
    13: 2021,
    14: 2026,
}


def congress_code(number: int) -> str:
    return f"CPV_CONGRESS_{_ROMAN_OF.get(number, number)}"


def _congress_entries() -> list[Entry]:
    out = []
    for n, year in CPV_CONGRESS_YEARS.items():
        r = _ROMAN_OF[n]
        names = (
            Name(f"Đại hội {r}", "vi", "name", "curated"),
            Name(f"Đại hội Đảng toàn quốc lần thứ {r}", "vi", "alias", "curated"),
        )
        out.append(
            Entry(
                congress_code(n),
                "congress",
                "",
                names[0].text,
                f"{r} National Congress of the CPV",
                names,
                (("number", n), ("parent", "CPV"), ("year", str(year))),
            )
        )
    return out


_NUM: Final = r"(?P<num>[IVXL]+|\d{1,2})(?![\w/])"
_CONGRESS: Final = re.compile(
    r"(?:Đại hội|ĐẠI HỘI)(?:\s+(?:đại biểu\s+)?(?:Đảng\s+)?(?:toàn quốc|TOÀN QUỐC)"
    r"(?:\s+(?:của\s+)?Đảng)?)?(?:\s+(?:lần\s+thứ|LẦN\s+THỨ|khóa|khoá))?\s+" + _NUM
)
_FOREIGN_PARTY: Final = re.compile(r"\s+(?:của\s+)?Đảng\s+(?!Cộng sản Việt Nam|ta\b|toàn quốc)[A-ZĐ]")
_PLENUM: Final = re.compile(
    r"(?:Hội nghị|HỘI NGHỊ)\s+(?:(?:lần\s+thứ\s+)?(?P<n1>\d{1,2}|[IVX]+)\s+(?:Ban\s+Chấp\s+hành\s+)?Trung\s+ương"
    r"|(?:Ban\s+Chấp\s+hành\s+)?Trung\s+ương(?:\s+Đảng)?\s+(?:lần\s+thứ\s+)?(?P<n2>\d{1,2}|[IVX]+)(?![\w/]))"
    r"(?:\s+Đảng)?(?:\s+(?:khóa|khoá)\s+(?P<term>[IVXL]+)(?![\w/]))?"
)
_DOCUMENT: Final = re.compile(
    r"(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Quy định|Thông báo|Hướng dẫn)(?:\s+số)?\s+"
    r"(?P<num>\d{1,4}[-/](?:NQ|CT|KL|QĐ|QĐi|TB|HD|TTg|QĐ-TTg|NQ-CP|CT-TTg)(?:[-/][A-ZĐ]{1,5}){0,2})(?![\w/])"
)

# Words (lower case) where the automaton hands over to a pattern.
TRIGGERS: Final = {
    "đại hội": "congress",
    "hội nghị": "plenum",
    "nghị quyết": "document",
    "chỉ thị": "document",
    "kết luận": "document",
    "quyết định": "document",
    "quy định": "document",
    "thông báo": "document",
    "hướng dẫn": "document",
}


def _number(s: str) -> int | None:
    return int(s) if s.isdigit() else ROMAN.get(s)


def pattern_at(text: str, pos: int, trigger: str) -> tuple[int, str, str] | None:
    """A congress, plenum or document name starting at ``pos``: (end, code, kind), or None."""
    if trigger == "congress":
        m = _CONGRESS.match(text, pos)
        if not m or (n := _number(m["num"])) is None or not 1 <= n <= 20:
            return None
        if _FOREIGN_PARTY.match(text, m.end()):
            return None  # "Đại hội XX Đảng Cộng sản Trung Quốc": another party's congress
        return m.end(), congress_code(n), "congress"
    if trigger == "plenum":
        m = _PLENUM.match(text, pos)
        if not m or (n := _number(m["n1"] or m["n2"])) is None:
            return None
        return m.end(), f"CPV_CC_{m['term'] or '?'}_{n}", "congress"
    m = _DOCUMENT.match(text, pos)
    if not m:
        return None
    num = m["num"]
    return m.end(), ("CPV" if num.endswith(("/TW", "/TƯ")) else "VNM") + "_DOC_" + num, "document"


def congress_year(code: str) -> str:
    """The year a CPV congress was held ("CPV_CONGRESS_IV" -> "1976"), or ""."""
    e = entries().get(code)
    return e.attr("year", "") if e is not None else ""
