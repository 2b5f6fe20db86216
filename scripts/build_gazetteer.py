"""Build src/doingoai/data/gazetteer.json from Babel/CLDR, pycountry and the curated table.

    .venv/bin/python scripts/build_gazetteer.py          # needs: pip install 'doingoai[gazetteer]'

* CLDR (through Babel): Vietnamese and English names of countries and territories (``source: cldr``).
* pycountry: ISO 3166-1 alpha-2 -> alpha-3, English official/common names, ISO 3166-3 historic
  states (``source: pycountry``).
* ``src/doingoai/data/curated_actors.tsv``: what those lack — organisations and bodies, parties,
  agreements, conflicts, documents, collectives, transliterations, abbreviations, deixis, Wikidata
  ids (``source: curated``). Spelling forms are generated from each curated name (``spellings``, also
  ``source: curated``): "{1-35}" in a value is a number range ("COP{1-35}" -> COP1 ... COP35); a name with
  "Liên Hợp Quốc" also gets its "Liên Hiệp Quốc" and "LHQ" forms, one with "Mê Công"/"Mê Kông"/"Mekong" the
  other two; a hyphenated transliteration of a country its joined form ("Bun-ga-ri" -> "Bungari", the
  spelling of older Party documents).
* ``src/doingoai/data/curated_places.tsv``: provinces, regions, municipalities and cities with the country each
  stands for (``source: curated``), written to the separate list ``places`` (a place is no actor: see
  extract/places.py); for a code that is an ISO 3166-2 subdivision outside Vietnam, pycountry's Latin name is
  added (``source: pycountry``; the Chinese administrative suffixes "Sheng", "Zizhiqu" ... taken off).

The output is deterministic (sorted), so a rebuild without changes gives the same file.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "doingoai" / "data"
CURATED = DATA / "curated_actors.tsv"
PLACES = DATA / "curated_places.tsv"
OUT = DATA / "gazetteer.json"

# CLDR territory codes that are not countries or have no ISO 3166-1 alpha-3 code.
SKIP_TERRITORIES = {"ZZ", "XA", "XB", "EZ", "QO", "AQ", "AC", "CP", "DG", "EA", "IC", "TA", "XK"}
# CLDR pseudo-territories that are organisations in the curated table.
CLDR_ORGS = {"UN": "UNO", "EU": "EU"}
# ISO alpha-3 codes taken by SCHEMA.md for something else: CPV is the Communist Party of Vietnam.
ISO_RENAMED = {"CPV": "CPV_COUNTRY"}
HISTORIC = ("SUN", "DDR", "YUG", "CSK")
NAME_FIELDS = ("vi", "alias", "translit", "abbr", "en", "en_alias", "deixis")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s.strip())


def split_cldr(name: str) -> list[str]:
    """ "Myanmar (Miến Điện)" -> ["Myanmar", "Miến Điện"]; names with a comma qualifier are dropped."""
    if "," in name:
        return []
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    return [m.group(1), m.group(2)] if m else [name]


class Builder:
    def __init__(self) -> None:
        self.entries: dict[str, dict] = {}
        self.stop: set[str] = set()

    def entry(self, code: str, kind: str) -> dict:
        e = self.entries.get(code)
        if e is None:
            e = self.entries[code] = {
                "code": code,
                "kind": kind,
                "wikidata": "",
                "vi": "",
                "en": "",
                "names": [],
                "attrs": {},
            }
        return e

    def name(self, code: str, kind: str, text: str, lang: str, type_: str, source: str) -> None:
        text = nfc(text)
        if not text:
            return
        e = self.entry(code, kind)
        if any(n["text"] == text and n["type"] == type_ and n["lang"] == lang for n in e["names"]):
            return
        e["names"].append({"text": text, "lang": lang, "type": type_, "source": source})
        if type_ == "name" and lang == "vi" and not e["vi"]:
            e["vi"] = text
        if type_ == "name" and lang == "en" and not e["en"]:
            e["en"] = text


_RANGE = re.compile(r"\{(\d+)-(\d+)\}")
# Spellings one name is written in: the UN's two Vietnamese names and its abbreviation; the Mekong's three.
_SPELLINGS = (
    ("Liên Hợp Quốc", "Liên Hiệp Quốc", "LHQ"),
    ("Mê Công", "Mê Kông", "Mekong"),
    ("Caribe", "Ca-ri-bê"),  # (round 8: "Cộng đồng các quốc gia Mỹ Latinh và Ca-ri-bê")
    ("Mỹ Latinh", "Mỹ La-tinh"),
)
_JOINED = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def spellings(value: str, kind: str, field: str) -> list[str]:
    """The forms a curated value stands for: itself (or each number of a "{a-b}" range), then the other
    spellings of its UN, Mekong, Caribbean or Latin American part (Vietnamese names only) and, for a hyphenated transliteration of a
    country, the joined form ("Bun-ga-ri" -> "Bungari")."""
    m = _RANGE.search(value)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
        return [value[: m.start()] + str(n) + value[m.end() :] for n in range(lo, hi + 1)]
    out = [value]
    if field in ("vi", "alias", "translit"):
        for group in _SPELLINGS:  # (cumulative: a name with two such parts gets every combination)
            for form in group:
                if form in value:
                    out += [v.replace(form, other) for v in list(out) for other in group if other != form]
                    break
        if kind == "country" and field == "translit" and _JOINED.search(value):
            out.append(_JOINED.sub("", value))
    return list(dict.fromkeys(out))


def add_curated(b: Builder, rows: list[list[str]]) -> None:
    stops = {nfc(value) for _, _, _, field, value in rows if field == "stop"}
    for code, kind, wikidata, field, value in rows:
        if field == "stop":
            b.stop.add(nfc(value))
            continue
        forms = spellings(value, kind, field)
        for extra in forms[1:]:  # the generated forms: aliases (an abbreviation's stay abbreviations)
            if nfc(extra) in stops:
                continue  # a generated form that is an ordinary word or name ("Man-ta" -> "Manta"): a stop row
            if field in NAME_FIELDS and field != "deixis":
                type_ = "abbr" if field == "abbr" else "translit" if field == "translit" else "alias"
                lang = "en" if field.startswith("en") else "vi"
                b.name(code, kind, extra, lang, type_, "curated")
        value = forms[0]
        e = b.entry(code, kind)
        if wikidata:
            e["wikidata"] = wikidata
        if field == "wikidata":
            e["wikidata"] = value
        elif field == "attr":
            key, _, val = value.partition("=")
            e["attrs"][key] = val.split("|") if key in ("parties", "actors", "recipients", "seat") else val
        elif field in NAME_FIELDS:
            lang = "en" if field.startswith("en") else "vi"
            type_ = {"vi": "name", "en": "name", "en_alias": "alias"}.get(field, field)
            if field == "vi" and e["vi"]:  # a curated preferred name overrides CLDR's
                e["vi"] = nfc(value)
            if field == "en" and e["en"]:
                e["en"] = nfc(value)
            b.name(code, kind, value, lang, type_, "curated")
        else:
            raise SystemExit(f"{CURATED.name}: unknown field {field!r} for {code}")


def read_curated() -> list[list[str]]:
    rows = []
    for n, line in enumerate(CURATED.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise SystemExit(f"{CURATED.name}:{n}: expected 5 tab-separated columns, got {len(cols)}")
        rows.append([c.strip() for c in cols])
    return rows


def add_cldr_and_pycountry(b: Builder) -> None:
    import pycountry
    from babel import Locale

    vi, en = Locale("vi").territories, Locale("en").territories
    for a2 in sorted(vi):
        if not (len(a2) == 2 and a2.isalpha()) or a2 in SKIP_TERRITORIES:
            continue
        if a2 in CLDR_ORGS:
            code, kind = CLDR_ORGS[a2], "organisation"
        else:
            c = pycountry.countries.get(alpha_2=a2)
            if c is None:
                continue
            code, kind = ISO_RENAMED.get(c.alpha_3, c.alpha_3), "country"
        for part in split_cldr(vi[a2]):
            b.name(code, kind, part, "vi", "name", "cldr")
        for part in split_cldr(en.get(a2, "")):
            b.name(code, kind, part, "en", "name", "cldr")
        if kind == "country":
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if value and "," not in value:
                    b.name(code, kind, value, "en", "name" if attr == "name" else "alias", "pycountry")
    add_continents(b, pycountry)
    for a3 in HISTORIC:
        c = pycountry.historic_countries.get(alpha_3=a3)
        for part in c.name.split(", "):
            b.name(a3, "country", part, "en", "alias", "pycountry")


def add_continents(b: Builder, pycountry) -> None:
    """attr "continents" of each country: the continents of its CLDR time zones ("America/Lima" -> PER is in
    America), for "nước Nam Mỹ này" (extract/events_regions.py); kept here so Babel stays a build-time need."""
    from babel.core import get_global

    found: dict[str, set[str]] = {}
    for zone, territory in get_global("zone_territories").items():
        c = pycountry.countries.get(alpha_2=territory)
        if c is not None:
            found.setdefault(ISO_RENAMED.get(c.alpha_3, c.alpha_3), set()).add(zone.split("/")[0])
    for code, continents in found.items():
        e = b.entries.get(code)
        if e is not None and e["kind"] == "country":
            e["attrs"]["continents"] = sorted(continents)


def check_codes(b: Builder, rows: list[list[str]]) -> None:
    """A curated non-country code must not be an ISO country code (it would merge two entities)."""
    for code, kind, *_ in rows:
        e = b.entries.get(code)
        if code != "-" and e is not None and (e["kind"] == "country") != (kind == "country"):
            raise SystemExit(f"{CURATED.name}: code {code} ({kind}) is also the ISO code of {e['en']}")


_CN_SUFFIX = re.compile(r"(?: Zhuangzu| Huizu| Uygur)? (?:Sheng|Shi|Zizhiqu)$")


def read_places() -> list[dict]:
    """The curated places (6 tab-separated columns: code, country, type, vi names, en names, attrs), with
    pycountry's ISO 3166-2 Latin name of each subdivision outside Vietnam (whose names are curated)."""
    import pycountry

    out = []
    for n, line in enumerate(PLACES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != 6:
            raise SystemExit(f"{PLACES.name}:{n}: expected 6 tab-separated columns, got {len(cols)}")
        code, country, type_, vi, en, attrs = cols
        # (a leading "~": a name a Vietnamese place shares, counted only with its country next to it)
        vi_type = ["qualified" if v.startswith("~") else "translit" for v in filter(None, vi.split("|"))]
        rows = [
            (v.lstrip("~"), "vi", "name" if i == 0 and vi_type[i] != "qualified" else vi_type[i], "curated")
            for i, v in enumerate(filter(None, vi.split("|")))
        ]
        rows += [
            (v, "en", "name" if i == 0 else "alias", "curated")
            for i, v in enumerate(filter(None, en.split("|")))
        ]
        sub = pycountry.subdivisions.get(code=code) if not code.startswith(("CITY_", "VN-")) else None
        if sub is not None and "," not in sub.name:
            rows.append((_CN_SUFFIX.sub("", sub.name), "en", "alias", "pycountry"))
        # (a Latin name spelt as a qualified Vietnamese one is the same word in the text: qualified too, or it
        # would count alone -- "Kingston", "Tripoli")
        shared = {nfc(t).lower() for t, _, kind, _ in rows if kind == "qualified"}
        rows = [
            (t, lang, "qualified" if nfc(t).lower() in shared else kind, src) for t, lang, kind, src in rows
        ]
        names: list[dict] = []
        for text, lang, kind, source in rows:
            text = nfc(text)
            if text and not any(x["text"] == text and x["lang"] == lang for x in names):
                names.append({"text": text, "lang": lang, "type": kind, "source": source})
        key, _, val = attrs.partition("=")
        first = {
            lang: next((x["text"] for x in names if x["lang"] == lang and x["text"][0].isupper()), "")
            or next((x["text"] for x in names if x["lang"] == lang), "")
            for lang in ("vi", "en")
        }
        names.sort(key=lambda x: (x["lang"], x["type"], x["text"]))
        out.append(
            {
                "code": code,
                "kind": "place",
                "wikidata": "",
                "vi": first["vi"],
                "en": first["en"],
                "names": names,
                "attrs": {"country": country, "type": type_, **({key: val} if key else {})},
            }
        )
    return sorted(out, key=lambda e: e["code"])


def _version(package: str) -> str:
    """The installed version of a build-time library (pinned in pyproject's "gazetteer" extra: another CLDR
    release renames territories, so the committed file is rebuilt byte-for-byte only with these)."""
    from importlib.metadata import version

    return version(package)


def build() -> dict:
    b = Builder()
    add_cldr_and_pycountry(b)
    rows = read_curated()
    check_codes(b, rows)
    add_curated(b, rows)
    entries = []
    for code in sorted(b.entries):
        e = b.entries[code]
        if not e["vi"]:
            e["vi"] = next((n["text"] for n in e["names"] if n["lang"] == "vi"), "")
        if not e["en"]:
            e["en"] = next((n["text"] for n in e["names"] if n["lang"] == "en"), "")
        e["names"].sort(key=lambda n: (n["lang"], n["type"], n["text"]))
        entries.append(e)
    return {
        "version": 1,
        "built_by": "scripts/build_gazetteer.py",
        "sources": {
            "cldr": f"Babel/CLDR territory names (vi, en), Babel {_version('babel')}",
            "pycountry": f"ISO 3166-1/3166-3 via pycountry {_version('pycountry')}",
            "curated": "src/doingoai/data/curated_actors.tsv, src/doingoai/data/curated_places.tsv",
            "pycountry_subdivisions": f"ISO 3166-2 subdivision names (places) via pycountry {_version('pycountry')}",
        },
        "entries": entries,
        "places": read_places(),
        "stop": sorted(b.stop),
    }


def main() -> int:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    names = sum(len(e["names"]) for e in data["entries"])
    sys.stdout.write(f"wrote {OUT.relative_to(ROOT)}: {len(data['entries'])} entries, {names} names\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
