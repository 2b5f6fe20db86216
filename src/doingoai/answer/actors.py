"""Actor names for questions, from the gazetteer: which actors a question names (Vietnamese or
English), every name of an actor (to match evidence), and a display name for answers."""

from __future__ import annotations

import re
from functools import lru_cache

from doingoai.demonyms import DEMONYMS
from doingoai.fold import fold

# English adjectives of countries a question may use for the country ("the Japanese government")
_DEMONYMS = DEMONYMS
_DEMONYM = re.compile(  # the country's side, not "the European Parliament", "the Indian Ocean"
    r"\b(" + "|".join(_DEMONYMS) + r")\s+(?:government|side|delegation|leaders?|president|prime minister"
    r"|foreign minister|minister|ambassador|army|troops|people|state|provinces?|cit(?:y|ies)|regions?)\b",
    re.I,
)

# "North Korean", "East German": the adjective of a divided country's side names that side's state, never the
# country "Korean" / "German" alone names (South Korea, Germany)
_SIDED = re.compile(r"\b(North|South|East)\s+(Korean|German)s?\b")
_SIDED_STATE = {"korean": "Korea", "german": "Germany"}


def strip_sided(text: str) -> str:
    """``text`` without the adjectives of a divided country's side ("North Korean"): read by :func:`codes_in`."""
    return _SIDED.sub(" ", text) if "orean" in text or "erman" in text else text


# Short English forms a question writes in capitals ("the ASEAN – US Summit", "UK"), read as the name
_EN_SHORT = {
    "US": "United States",
    "UK": "United Kingdom",
    "EU": "European Union",
    # the official short forms English texts use for states whose Vietnamese texts write the common name
    "DPRK": "North Korea",
    "ROK": "South Korea",
    "PRC": "China",
    "GDR": "East Germany",
    "FRG": "Federal Republic of Germany",
}
_SHORT = re.compile(r"(?<![\w.-])(?-i:(" + "|".join(_EN_SHORT) + r"))(?![\w-])")


# an English name joined to another by a dash, then a capitalised word: "Vietnam – Laos Treaty"
_DASHED_EN = re.compile(r"[–-]\s*((?:[A-Z][a-z]+\s+){1,2})(?=[A-Z])")


def _dashed(text: str) -> set[str]:
    """Actors an English text names after a dash just before a capitalised word ("Laos" of "the
    Vietnam – Laos Treaty of Amity", "India" of "the ASEAN–India Summit"), which the gazetteer
    reads as the start of a longer name; one or two words are tried."""
    from doingoai.extract.mentions import mentions_in

    codes: set[str] = set()
    for m in _DASHED_EN.finditer(text):
        words = m.group(1).split()
        for k in range(1, len(words) + 1):
            name = " ".join(words[:k])
            found = [
                x
                for x in mentions_in(name + ",")
                if x.via != "deixis" and x.start == 0 and x.end == len(name)
            ]
            if found:
                codes |= {x.code for x in found}
                break
    return codes


# a place named after a person ("Ho Chi Minh City", "Ho Chi Minh Trail"): not the person
_NAMED_AFTER = re.compile(r"\s+(?:City|Trail|Street|Road|Avenue|Airport|Bridge|Square|Port)\b")


def codes_in(text: str, english: bool = False) -> set[str]:
    """Codes of the actors named in ``text`` (Vietnamese or English names, English adjectives of
    countries: "Japanese"; no deixis); in an English question also a name joined by a dash before a
    capitalised word ("Vietnam – Laos Treaty")."""
    from doingoai.extract.mentions import mentions_in

    codes = {
        m.code
        for m in mentions_in(text)
        if m.via != "deixis" and not (m.kind == "person" and _NAMED_AFTER.match(text, m.end))
    }
    if english:
        codes |= _dashed(text)
    for m in _SHORT.finditer(text):
        codes |= {x.code for x in mentions_in(_EN_SHORT[m.group(1)]) if x.via != "deixis"}
    if "orean" in text or "erman" in text:
        for m in _SIDED.finditer(text):  # "North Korean pilots": North Korea's
            side = f"{m.group(1)} {_SIDED_STATE[m.group(2).lower()]}"
            codes |= {x.code for x in mentions_in(side) if x.via != "deixis"}
    for m in _DEMONYM.finditer(text):
        if m.group(1)[:1].isupper():  # "Japanese", not "lao" in a Vietnamese sentence
            codes |= {x.code for x in mentions_in(_DEMONYMS[m.group(1).lower()]) if x.via != "deixis"}
    return codes


@lru_cache(maxsize=1)
def _countries_by_english() -> dict[str, str]:
    """The gazetteer's states by their English names, lower case ("albania" -> "ALB")."""
    from doingoai.extract.gazetteer import entries

    out: dict[str, str] = {}
    for e in entries().values():
        if e.kind == "country" and e.code != "VNM":
            for n in {e.en, *(n.text for n in e.names if n.lang == "en")}:
                if n:
                    out.setdefault(n.lower(), e.code)
    return out


# an English adjective of a country made from its name: "Albania" -> "Albanian", "Chile" -> "Chilean", "Lebanon" ->
# "Lebanese", "Pakistan" -> "Pakistani" (the ending, then what the name may end with instead)
_ADJECTIVE_ENDS = (
    ("n", ""), ("an", ""), ("ian", ""), ("ian", "a"), ("ian", "e"), ("ese", ""), ("ese", "on"), ("ese", "a"), ("i", ""),
    ("an", "o"),  # "Mexican" -> "Mexico", "Moroccan" -> "Morocco"
)  # fmt: skip


@lru_cache(maxsize=1024)
def adjective_country(word: str) -> str | None:
    """The state an English adjective names ("Albanian", "Angolan", "Chilean", "Uzbek", "Czech"), from the
    gazetteer's English names: a known adjective (:data:`DEMONYMS`), the name the adjective's ending is made
    from, or the one name of a state it begins (four letters at least); None when none or several fit."""
    low = word.lower()
    by_en = _countries_by_english()
    if low in _DEMONYMS:
        return by_en.get(_DEMONYMS[low].lower())
    found = {
        by_en[low[: -len(end)] + add]
        for end, add in _ADJECTIVE_ENDS
        if low.endswith(end) and len(low) - len(end) >= 3 and low[: -len(end)] + add in by_en
    }
    if not found and len(low) >= 4 and not low.endswith("an"):  # ("American" is not American Samoa's)
        found = {
            c
            for n, c in by_en.items()
            if n.startswith(low) and n[len(low) : len(low) + 1] in ("", " ", "i", "s")
        }
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def names(code: str) -> tuple[str, ...]:
    """Every Vietnamese name, alias, transliteration and abbreviation of ``code``."""
    from doingoai.extract.gazetteer import entry

    e = entry(code)
    if e is None:
        return ()
    more = _MORE_VI.get(code, ())
    return tuple(
        dict.fromkeys([e.vi] + [n.text for n in e.names if n.lang == "vi" or n.type == "abbr"] + [*more])
    )


# Vietnamese names an English question's actor is written with in histories, beyond the gazetteer's:
# "South Vietnam" is "miền Nam Việt Nam" as often as "Việt Nam Cộng hòa"
_MORE_VI = {"RVN": ("miền Nam Việt Nam",)}


def abbreviations(code: str) -> tuple[str, ...]:
    from doingoai.extract.gazetteer import entry

    e = entry(code)
    return tuple(n.text for n in e.names if n.type == "abbr") if e else ()


def display(code: str, lang: str = "vi") -> str:
    from doingoai.extract.gazetteer import entry

    e = entry(code)
    if e is None:
        return code
    return (e.en if lang == "en" else e.vi) or code


# actors an English reader knows by an English name (a person's is the same name without its accents: kept)
_NAMED_IN_ENGLISH = frozenset({"country", "organisation", "body", "party", "collective"})


def in_english(answer: str) -> str:
    """An answer that is wholly the Vietnamese name of one actor ("Trung Quốc", "Liên Xô"), named as an
    English question's reader names it ("China", "Soviet Union"); any other answer as it is (an
    abbreviation, "EVFTA", "ASEAN", reads the same in both languages)."""
    from doingoai.extract.gazetteer import by_name

    key = answer.strip().lower()
    codes = {
        e.code
        for e in by_name(answer)
        if e.kind in _NAMED_IN_ENGLISH
        and e.en
        and any(n.text.lower() == key and n.lang == "vi" and n.type != "abbr" for n in e.names)
    }
    return display(codes.pop(), "en") if len(codes) == 1 else answer


def strip_names(text: str, code: str) -> str:
    """``text`` without the names of ``code`` (so they are not counted twice as words)."""
    return strip_all_names(text, (code,))


def strip_all_names(text: str, codes) -> str:
    """``text`` without the names of every code in ``codes``, the longest name first whatever the
    order of ``codes`` (a set's order changes with PYTHONHASHSEED): "EU" is not cut out of "Hiệp định
    Bảo hộ đầu tư Việt Nam – EU" before the agreement's own name is."""
    from doingoai.extract.gazetteer import entry

    every: set[str] = set()
    for code in codes:
        e = entry(code)
        if e is not None:
            every.update((e.vi, e.en, *(n.text for n in e.names)))
    for n in sorted((n for n in every if n), key=lambda n: (-len(n), n)):
        text = re.sub(r"(?<!\w)" + _dashed_name(n) + r"(?!\w)", " ", text, flags=re.I)
    short = [s for s, long in _EN_SHORT.items() if long in every]  # "US" of "the US Secretary of Defense"
    return re.sub(r"(?<![\w.-])(?:" + "|".join(short) + r")(?![\w-])", " ", text) if short else text


def _dashed_name(name: str) -> str:
    """The pattern of a name whose dashes may be written as any dash, spaced or not ("Asia–Europe
    Foundation" as "Asia-Europe Foundation")."""
    return r"\s*[-–—]\s*".join(re.escape(p) for p in re.split(r"\s*[-–—]\s*", name))


def parties_of(code: str) -> tuple[str, ...]:
    """The parties of an agreement in the gazetteer ("BTA_VNM_USA" -> VNM, USA); () for others."""
    from doingoai.extract.gazetteer import entry

    e = entry(code)
    if e is None or e.kind != "agreement":
        return ()
    return tuple(e.attr("parties") or ())


def kind(code: str) -> str:
    """The gazetteer kind of ``code`` ("country", "collective", ...); "" when unknown."""
    from doingoai.extract.gazetteer import entry

    e = entry(code)
    return e.kind if e else ""


# an agreement's topic as an English question states it: "the Paris Agreement on ending the war ..."
_TOPIC = re.compile(r"\s+(?:on|about|concerning|regarding)\s+([^?.;]{3,100})", re.I)


def other_topic(text: str, codes: set[str]) -> set[str]:
    """The agreements an English question names by a name whose stated topic is not theirs: "the
    Paris Agreement on ending the war and restoring peace in Vietnam" is not the gazetteer's "Paris
    Agreement" on climate change (its Vietnamese names say "về biến đổi khí hậu", the topic says
    "chiến tranh", "hòa bình"). Read through the English lexicon; unknown words decide nothing."""
    from doingoai.answer.lexicon import EN_VI
    from doingoai.extract.mentions import mentions_in

    out: set[str] = set()
    for m in mentions_in(text):
        if m.code not in codes or kind(m.code) != "agreement":
            continue
        t = _TOPIC.match(text, m.end)
        topics = (
            [fold(v) for w in re.findall(r"[a-z]+", t.group(1).lower()) for v in EN_VI.get(w, ())]
            if t
            else []
        )
        own = [fold(n.split(" về ", 1)[1]) for n in names(m.code) if " về " in n]
        if topics and own and not any(x in o for x in topics for o in own):
            out.add(m.code)
    return out
