"""Place names in a text: the gazetteer's ``places`` looked up as the mention automaton found them (or by an automaton
of their own), kept where written as the table writes them (extract/places.py decides where one is a party).

A place name must be written as the table writes it, every capitalised word capitalised ("Hòa bình" is peace), or
the whole name in capitals; a name a Vietnamese place or word shares (the table's "~Đông Hưng") counts only with its
country in brackets after it ("Đông Hưng (Trung Quốc)"), or in its unit-word form ("thành phố Đông Hưng").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import ahocorasick

from doingoai.extract import gazetteer


@lru_cache(maxsize=1)
def place_keys() -> dict[str, str]:
    """Lower-cased place names (both tone-mark conventions) -> their country; a name two countries share is left
    out. The mention automaton holds them too (one pass: :func:`doingoai.extract.mentions.place_hits`)."""
    from doingoai.extract.mentions import tone_variants

    found: dict[str, set[str]] = {}
    for e in gazetteer.places().values():
        for n in e.names:
            for v in tone_variants(n.text):
                found.setdefault(v.lower(), set()).add(e.attr("country"))
    return {key: next(iter(countries)) for key, countries in found.items() if len(countries) == 1}


@lru_cache(maxsize=1)
def _shapes() -> dict[str, tuple[tuple[int, ...], bool]]:
    """Lower-cased place names -> (the offsets of the words the name capitalises, whether it is "qualified": a name
    a Vietnamese place or word shares, counted only with its country in brackets next to it)."""
    from doingoai.extract.mentions import tone_variants

    out: dict[str, tuple[tuple[int, ...], bool]] = {}
    for e in gazetteer.places().values():
        for n in e.names:
            caps = tuple(m.start() for m in re.finditer(r"\S+", n.text) if m.group(0)[0].isupper())
            for v in tone_variants(n.text):
                old = out.get(v.lower())
                # (two spellings of one key: the fewer capitals, qualified only if both are)
                if old is not None:
                    caps = tuple(c for c in caps if c in old[0])
                out[v.lower()] = (caps, n.type == "qualified" and (old is None or old[1]))
    return out


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """:func:`place_keys` as an automaton (for a text the mention stage has not seen): values (length, country)."""
    a = ahocorasick.Automaton()
    for key, country in place_keys().items():
        a.add_word(key, (len(key), country))
    a.make_automaton()
    return a


def capitals() -> dict[str, str]:
    """Names of capitals, municipalities and cities -> their country's code (for "thăm Hà Nội", "Tê-hê-ran đăng
    cai": events_places)."""
    return {
        n.text: e.attr("country")
        for e in gazetteer.places().values()
        if e.attr("type") in ("capital", "municipality", "city")
        for n in e.names
        if n.type != "qualified"
    }


@lru_cache(maxsize=1)
def capital_names() -> frozenset[str]:
    return frozenset(capitals())


def scan_places(text: str, low: str) -> list[tuple[int, int, str]]:
    """Place names in ``text`` as (start, end, country): whole words, capitalised, leftmost-longest, not followed by
    another capitalised word (a longer name: "Thái Bình Dương")."""
    from doingoai.extract.mentions import place_hits

    out: list[tuple[int, int, str]] = []
    n = len(text)
    seen = place_hits(text)
    hits = seen if seen is not None else [(e + 1 - k, e + 1, c) for e, (k, c) in _automaton().iter(low)]
    if not hits:
        return out
    shapes = _shapes()
    for s, end, country in sorted(hits, key=lambda h: (h[0], -h[1])):  # leftmost-longest
        if out and s < out[-1][1] or s > 0 and low[s - 1] == "-":
            continue
        caps, qualified = shapes.get(low[s:end], ((0,), False))
        if not _shaped(text, s, end, caps) or qualified and not _country_next(low, end, country):
            continue  # ("Hòa bình được duy trì": no place; "Đông Hưng hỗ trợ" with no "(Trung Quốc)": Vietnam's)
        if end < n and (low[end].isalnum() or low[end] == "-" and end + 1 < n and low[end + 1].isalnum()):
            continue
        if text.startswith(" ", end) and text[end + 1 : end + 2].isupper() and not text[s:end].isupper():
            continue
        if s == 0 or not low[s - 1].isalnum():
            out.append((s, end, country))
    return out


def _shaped(text: str, s: int, e: int, caps: tuple[int, ...]) -> bool:
    """Is every word the name capitalises capitalised at ``[s, e)`` (or the whole name upper case)?"""
    return all(text[s + c].isupper() for c in caps) or text[s:e].isupper()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, frozenset[str]]:
    """Country code -> its lower-cased Vietnamese and English names (for "Đông Hưng (Trung Quốc)")."""
    out: dict[str, set[str]] = {}
    for e in gazetteer.entries().values():
        if e.kind == "country":
            out.setdefault(e.code, set()).update(n.text.lower() for n in e.names if n.type != "deixis")
    return {k: frozenset(v) for k, v in out.items()}


_BRACKETED: Final = re.compile(r" ?\(([^()\n]{2,40})\)")


def _country_next(low: str, e: int, country: str) -> bool:
    """Is the place's country named in brackets right after it ("Đông Hưng (Trung Quốc)")?"""
    m = _BRACKETED.match(low, e)
    return m is not None and m.group(1).strip() in _country_names().get(country, frozenset())
