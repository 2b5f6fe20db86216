"""Actor mentions: one Aho–Corasick automaton over every gazetteer name, plus in-text abbreviations.

``find_mentions(doc)`` fills ``doc.mentions`` (sorted by offset) with :class:`~doingoai.model.Mention`.

* Matching runs on a same-length copy of ``doc.text``: lower-cased (the one character whose lower
  case is longer, U+0130, is kept) with punctuation turned into spaces, so offsets need no mapping
  and the automaton's keys (each behind a space) only match at the start of a word.
* A match must be a whole word (a hyphen joins words: "Ta" in "Ta-li-ban" is no match) and the
  longest match wins ("Đảng Cộng sản Việt Nam" is CPV, not VNM; "Nam Mỹ" is a stop phrase, not USA).
* Case: abbreviations ("LHQ", "SEV") must match exactly; proper names must start with a capital
  ("Mỹ", not "thẩm mỹ"); a one-word country name next to another capitalised word is taken for a
  personal or place name ("Nguyễn Thị Nga", "New Jersey") and skipped, unless a role word comes
  before it ("Thủ tướng Campuchia Hun Sen").
* Deixis (``via="deixis"``): "ta", "nước ta", "phía ta", "Nhà nước ta" -> VNM; "Đảng ta" -> CPV;
  "chúng ta"/"người ta" are not mentions. A bare "Đảng" is not taken (it is mostly the subject of
  policy statements, not a party in relations).
* Abbreviations defined in the document — "Hội đồng Tương trợ Kinh tế (SEV)", "Đảng Cộng sản Việt Nam
  [ĐCSVN]" — map the short form to the long form's code for the whole document (``via="abbreviation"``).
* Names in another transliteration than the gazetteer's ("Ma-đa-gát-xca", "Cộng hòa Đô-mi-ni-ca-na", "Luông Nặm
  Thà"), matched by their letters without marks where the automaton found nothing (``via="variant"``;
  extract/mentions_variants.py).
* Places (provinces, cities: ``gazetteer.places()``) are keys of the same automaton with no candidate: they make no
  mention; where they are goes to :func:`place_hits` for the events stage (extract/places.py).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter
from typing import Any, Final, cast

import ahocorasick

from doingoai.extract import gazetteer
from doingoai.extract.mentions_council import council_rows
from doingoai.extract.mentions_joined import joined_names
from doingoai.extract.mentions_plus import plus_rows
from doingoai.extract.mentions_variants import variant_names
from doingoai.extract.rx_boundary import starts_word
from doingoai.extract.textscan import bmp_text, lower_same_length, record_words, utf16_units, watchable
from doingoai.model import Document, Mention

# how a candidate is checked against the original text
# SHORT: a one-word country name (personal/place-name guard)
# (Final: the compiled build reads them as constants, not from the module's dict at each of the automaton's hits)
ANY: Final = 0
CAPITAL: Final = 1
EXACT: Final = 2
SHORT: Final = 3
_STOP: Final = "-"
_TRIGGER: Final = "@"
_TONES: Final = "\u0300\u0301\u0303\u0309\u0323"
_OLD_STYLE: Final = re.compile(rf"(?<![qQ])([oOuU])([{_TONES}])([aAeEyY])(?![^\W\d_])")
_NEW_STYLE: Final = re.compile(rf"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}])(?![^\W\d_])")
_DASHES: Final = re.compile(r"\s*[–—-]\s*")


# where either convention puts a tone mark on a pair (what _OLD_STYLE or _NEW_STYLE would match): most names have
# none, and then neither substitution changes the name (the two subs' template expansion is Python-level)
_TONED_PAIR: Final = re.compile(rf"(?<![qQ])[oOuU](?:[{_TONES}][aAeEyY]|[aAeEyY][{_TONES}])(?![^\W\d_])")


def tone_variants(name: str) -> set[str]:
    """The name in both tone-mark conventions: "Hòa Bình" and "Hoà Bình", "Thụy Sĩ" and "Thuỵ Sĩ"."""
    d = unicodedata.normalize("NFD", name)
    if _TONED_PAIR.search(d) is None:  # (both subs below would leave ``d`` as it is)
        return {name, unicodedata.normalize("NFC", d)}
    new = unicodedata.normalize("NFC", _OLD_STYLE.sub(r"\1\3\2", d))
    old = unicodedata.normalize("NFC", _NEW_STYLE.sub(r"\1\3\2", d))
    return {name, new, old}


def _variants(name: str) -> set[str]:
    out = set()
    for v in tone_variants(name):
        out.add(v)
        if _DASHES.search(v) and " " in v:  # "EU – Việt Nam", "EU - Việt Nam", "EU–Việt Nam"
            for sep in (" – ", " - ", "–", "-", " — "):
                out.add(_DASHES.sub(sep, v))
    return out


def _check_for(text: str, type_: str, kind: str) -> int:
    letters = [c for c in text if c.isalpha()]
    if type_ == "abbr" or (letters and all(c.isupper() for c in letters) and len(text) <= 8):
        return EXACT
    if not text[0].isupper():
        return ANY
    if kind == "country" and " " not in text:
        return SHORT
    return CAPITAL


# Matching runs on a copy of the text, lower-cased, with every character that is neither a word
# character, a space, a newline nor a hyphen turned into a space (same length), behind one extra space;
# keys start with " " or "\n", so the automaton reports only matches that start a word.
_PUNCT: Final = re.compile(r"[^\w \n-]")


def _normal(s: str) -> str:
    return _PUNCT.sub(" ", s)


@lru_cache(maxsize=1)
def _punct_table():  # -> numpy array of bool, one per UTF-16 code unit
    """Which characters up to U+FFFF ``_PUNCT`` turns into a space."""
    import numpy as np

    table = np.zeros(0x10000, dtype=bool)
    for m in re.finditer(_PUNCT.pattern + "+", bmp_text()):
        table[m.start() : m.end()] = True
    return table


@lru_cache(maxsize=1)
def _space_table():  # -> numpy array of uint16, one per UTF-16 code unit
    """Each code unit up to U+FFFF as ``_normal`` leaves it: itself, or a space for what ``_PUNCT`` matches."""
    import numpy as np

    table = np.arange(0x10000, dtype=np.uint16)
    table[_punct_table()] = 32
    return table


_SHORT: Final = (
    256  # characters: below this, the regex normalises a text faster than the table does (citation brackets)
)


def _normal_text(low: str) -> str:
    """``_normal(low)`` for a whole document: one table look-up per character over its UTF-16 code units
    (the regex engine spends about 130 instructions per character on the class, this about 45), mapping each
    unit to itself or a space in one pass (a mask, then an assignment, take twice as long on a cold cache)."""
    if (
        len(low) < _SHORT
    ):  # (a name or a bracket's words: numpy's fixed cost outweighs the regex's per character)
        return _normal(low)
    units = utf16_units(low)
    if len(units) != 2 * len(low):  # a character beyond U+FFFF (two code units)
        return _normal(low)
    import numpy as np

    # surrogates are punctuation too (spaces), so none is left to pair up when decoding
    spaced = _space_table().take(np.frombuffer(units, dtype=np.uint16))
    return spaced.tobytes().decode("utf-16-le", "surrogatepass")


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    """The automaton over all names (built once per process). Values: (key length, candidates)."""
    table: dict[str, list[tuple[str, str, str, int, str]]] = {}

    def add(name: str, code: str, kind: str, via: str, check: int) -> None:
        for v in _variants(name):
            key = _normal(v.lower()).rstrip()
            if len(key) != len(v.rstrip()) or not key:
                continue
            cands = table.setdefault(key, [])
            form = _normal(v).rstrip()
            if not any(c[0] == code and c[3] == check and (check != EXACT or c[4] == form) for c in cands):
                cands.append((code, kind, via, check, form))

    prio = {"curated": 0, "cldr": 1, "pycountry": 2}
    for e in gazetteer.entries().values():
        for n in sorted(e.names, key=lambda n: prio.get(n.source, 3)):
            via = "deixis" if n.type == "deixis" else "gazetteer"
            add(n.text, e.code, e.kind, via, _check_for(n.text, n.type, e.kind))
    for phrase in gazetteer.stop_phrases():
        add(phrase, _STOP, "", "", CAPITAL if phrase[0].isupper() else ANY)
    for word, what in gazetteer.TRIGGERS.items():
        add(word, _TRIGGER + what, "", "", ANY)
    keys: dict[str, tuple] = {}
    for key, cands in table.items():
        for lead in (" ", "\n"):
            keys[lead + key] = (len(key), *_dispatch(tuple(cands)), None, None)
    # the places of extract/places.py (no mentions: their country goes to ``place_hits``), found in the same pass
    from doingoai.extract.places import place_keys

    for key, country in place_keys().items():
        key = _normal(key).rstrip()
        for lead in (" ", "\n"):
            old = keys.get(lead + key)
            keys[lead + key] = (*old[:5], country) if old else (len(key), _NONE, (), False, None, country)
    # the events stage's trigger head words, at the start of a word ("-" too): found in the same pass
    from doingoai.extract.trigger_scan import head_entries

    for h, entries in head_entries().items():
        if _PUNCT.search(h) or h != h.lower():
            continue
        for lead in (" ", "\n", "-"):
            length, mode, data, hyphen_ok, _, place = keys.get(
                lead + h, (len(h), _NONE, (), False, None, None)
            )
            # (entries, the head again when it holds a space: only there may the punctuation-as-space copy
            # match where the text does not, "quan,hệ"; a head without one is the text's own word)
            keys[lead + h] = (length, mode, data, hyphen_ok, (entries, h if " " in h else None), place)
    # the first words textscan.matches_at looks for (extract/first_words.py), anywhere in a word: where they occur
    # is recorded in the same pass (mentions_in), so those look-ups need no str.find pass of their own
    from doingoai.extract.first_words import watched

    watch: dict[str, list[str]] = {}
    for first in watched():
        wkey = watchable(first)
        if wkey is not None and wkey not in keys:  # (keys of names and heads start with " ", "\n" or "-")
            watch.setdefault(wkey, []).append(first)
    for wkey in watch:
        keys[wkey] = (len(wkey), _WATCH, wkey, False, None, None)
    _WATCHED[:] = [(first, wkey) for wkey, firsts in watch.items() for first in firsts]
    # A node of the automaton looks its children up one by one in the order they were added: keys added with
    # their frequent characters first put the likely child first (about a fifth fewer steps over a text).
    freq = Counter("".join(keys))
    a = ahocorasick.Automaton()
    for key in sorted(keys, key=lambda k: [-freq[c] for c in k]):
        a.add_word(key, keys[key])
    a.make_automaton()
    return a


# How `_candidates` treats a key's candidates: the one-candidate cases that need no call first.
_CAP1: Final = 0
_ANY1: Final = 1
_OTHER: Final = 2
_NONE: Final = 3  # a trigger head word only
_WATCH: Final = 4  # a first word of textscan.matches_at's callers (no mention): its start is recorded
_WATCHED: list[tuple[str, str]] = []  # (first word, its key), set when the automaton is built


def _dispatch(cands: tuple) -> tuple[int, tuple, bool]:
    """(mode, data, hyphen_ok): data is (code, kind, via) for a single CAPITAL or ANY name, else the
    candidates; hyphen_ok: a hyphen may follow the match (the first candidate is EXACT: "EU-Việt Nam")."""
    code, kind, via, check, _ = cands[0]
    if len(cands) == 1 and code[0] != _TRIGGER and check in (CAPITAL, ANY):
        return (_CAP1 if check == CAPITAL else _ANY1), (code, kind, via), False
    return _OTHER, cands, check == EXACT


def _boundary(text: str, s: int, e: int, hyphen_ok: bool) -> bool:
    n = len(text)
    if s > 0:
        p = text[s - 1]
        if p.isalnum() or (p == "-" and not hyphen_ok and s > 1 and text[s - 2].isalnum()):
            return False
    if e < n:
        f = text[e]
        if f.isalnum() or (f == "-" and not hyphen_ok and e + 1 < n and text[e + 1].isalnum()):
            return False
    return True


def _caps_context(text: str, s: int, e: int) -> bool:
    """True inside an all-capitals line (a title): case says nothing there."""
    window = text[max(0, s - 12) : e + 12]
    return window == window.upper()


def _capitalised_word_at(text: str, i: int, j: int) -> bool:
    """Is ``text[i:j]`` a capitalised (not all-capitals) word?"""
    word = text[i:j]
    return word[:1].isupper() and word.isalpha() and not word.isupper()


# Last syllables of words after which a country name may be followed by a person's name:
# "Thủ tướng Campuchia Hun Sen", "Tổng thống Mỹ Joe Biden", "chuyến thăm Lào Thongloun".
_INTRODUCERS: Final = frozenset(
    "tướng thống tịch trưởng sứ vương vua gia phía nước đô phủ hội với của và tại ở sang thăm cùng giữa bạn"
    " quốc hòa hoà bang".split()  # a state's style: "Thủ tướng Vương quốc Cam-pu-chia Hun Xen"
    # a minister's portfolio or a party leader's title: "Bộ trưởng Ngoại giao Ai-xơ-len Gunnar ...",
    # "Bộ trưởng Đối ngoại Ca-mơ-run Lejeune ...", "Bộ trưởng Quốc phòng Mỹ Lloyd ...", "Tổng Bí thư Lào Thongloun"
    + "giao ngoại phòng mại thư".split()
)

_COMPASS = frozenset("nam bắc đông tây trung".split())  # "miền Bắc X": a part of X, no longer name


def _next_to_name(text: str, s: int, e: int) -> bool:
    """A one-word name inside a longer proper name: "Nguyễn Thị Nga", "New Jersey", "Lào Cai"."""
    prev = ""
    if s >= 2 and text[s - 1] == " ":
        i = text.rfind(" ", max(0, s - 16), s - 1) + 1 or max(0, s - 16)
        prev = text[i : s - 1].lower()
        if prev in _COMPASS and text.endswith("miền ", 0, i):
            return False  # "miền Nam Israel", "miền Đông U-crai-na": a region of the country (round 125)
        if prev not in _INTRODUCERS and _capitalised_word_at(text, i, s - 1):
            return True  # ("Phía Ô-xtrây-li-a", "Nước Lào" at a sentence start are the country)
    if prev not in _INTRODUCERS and text.startswith(" ", e):
        j = e + 1
        k = j
        n = min(len(text), j + 16)
        while k < n and text[k].isalpha():
            k += 1
        if k > j and _capitalised_word_at(text, j, k):
            return True
    return False


def _accept(text: str, s: int, e: int, check: int, form: str) -> bool:
    if check == ANY:
        return True
    got = text[s:e]
    if check == EXACT:
        if got == form:  # ``form`` has no punctuation: neither has ``got``, so normalising it changes nothing
            return True
        got = _normal(got)
        return got == form or got == form.upper()
    if not got[:1].isupper():
        return False
    if check == CAPITAL or _caps_context(text, s, e):
        return True
    return not _next_to_name(text, s, e)


# what the automaton's iteration yields: (end, (key length, mode, data, hyphen_ok, head, place))
_Hits = Iterator[tuple[int, tuple[int, int, Any, Any, Any, Any]]]


def _candidates(
    text: str,
    low: str,
    heads: list | None = None,
    places: list | None = None,
    words: dict[str, list[int]] | None = None,
) -> list[tuple]:
    """Matches as (start, -end, end, code, kind, via): sorting them sorts leftmost-longest first. The trigger
    head words seen go to ``heads`` as (start, entries) where the lower-cased text holds them (what the trigger
    scan reads: :func:`trigger_heads`), the place names to ``places`` as (start, end,
    country), the starts of the watched first words to ``words[key]`` (ascending)."""
    found: list[tuple] = []
    add = found.append
    n = len(text)
    hits = cast(_Hits, automaton().iter(" " + _normal_text(low)))  # (typed: unpacked directly, compiled)
    for e, (length, mode, data, hyphen_ok, head, place) in hits:
        s = e - length  # ``e`` is the end in the text: the copy has one more character in front
        if place is not None:
            if places is not None:
                places.append((s, e, place))
            if mode == _NONE and head is None:
                continue
        if head is not None:
            if heads is not None:
                entries, spaced = head
                # (a hyphen after a word joins it: "rút" in "bê-la-rút" starts no word, rx_boundary.starts_word)
                if (spaced is None or low.startswith(spaced, s)) and not (
                    s > 1 and low[s - 1] == "-" and not starts_word(low, s)
                ):
                    heads.append((s, entries))
            if mode == _NONE:
                continue
        if mode == _WATCH:
            if words is not None:
                words[data].append(s)
            continue
        if e < n:
            f = text[e]
            if f.isalnum() or f == "-" and not hyphen_ok and e + 1 < n and text[e + 1].isalnum():
                continue  # not the end of a word ("Ta" in "Ta-li-ban"); a hyphen may follow "EU"
        if mode == _CAP1:  # most names: a capital first letter is all that is checked
            if text[s].isupper():
                add((s, -e, e, *data))
            continue
        if mode == _ANY1:
            add((s, -e, e, *data))
            continue
        for code, kind, via, check, form in data:
            if check == CAPITAL:
                if text[s].isupper():
                    add((s, -e, e, code, kind, via))
                    break
                continue
            if check == ANY and code[0] != _TRIGGER:
                add((s, -e, e, code, kind, via))
                break
            if code[0] == _TRIGGER:
                hit = gazetteer.pattern_at(text, s, code[1:])
                if hit:
                    add((s, -hit[0], hit[0], hit[1], hit[2], "gazetteer"))
                break
            if _accept(text, s, e, check, form):
                add((s, -e, e, code, kind, via))
                break
    return found


def _longest(found: list[tuple]) -> list[tuple[int, int, str, str, str]]:
    """Leftmost-longest, non-overlapping; stop phrases take their place and are then dropped.
    ``found``: (start, -end, end, code, kind, via) tuples; the result's rows are (start, end, code, kind, via)."""
    return [(s, e, code, kind, via) for s, _, e, code, kind, via in _greedy(found)]


def _greedy(found: list[tuple]) -> list[tuple]:
    """:func:`_longest`'s rows as they are, (start, -end, end, code, kind, via): what the document's own pass
    keeps (the abbreviations and the joined names are merged into them, the mentions made from them), so the
    rows are not rebuilt in between."""
    found.sort()
    out: list[tuple] = []
    last_end = -1
    for m in found:
        if m[0] >= last_end:
            out.append(m)
            last_end = m[2]
        elif m[2] > last_end and m[2] - m[0] > out[-1][2] - out[-1][0]:
            out[-1] = m  # a longer match that starts inside the previous one
            last_end = m[2]
    return [m for m in out if m[3] != _STOP]


_DEF_AFTER: Final = re.compile(r"\s*[(\[]\s*([^\W\d_][\w&./-]{0,14}?)\s*[)\]]")
_DEF_BEFORE: Final = re.compile(r"([^\W\d_][\w&./-]{0,14})\s*[(\[]\s*$")


def _looks_abbreviation(s: str) -> bool:
    return sum(c.isupper() for c in s) >= 2 and len(s) <= 15


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w).upper()


def _plausible_definition(text: str, start: int, end: int, code: str, kind: str, short: str) -> bool:
    """ "Hội đồng Tương trợ Kinh tế (SEV)" defines SEV; "Hiệp hội Y khoa Hoa Kỳ (AMA)" does not define
    AMA as the USA: the name is only the tail of a longer name the gazetteer does not know; "Hội đồng Liên minh châu
    Âu (EU)" does not define EU as the Council: the bracket names the organisation the body belongs to."""
    if start >= 2 and text[start - 1] == " ":
        i = text.rfind(" ", max(0, start - 16), start - 1) + 1
        if _capitalised_word_at(text, i, start - 1):
            return False  # "Đảng Công nhân Thống nhất Ba Lan (PZPR)"
    if kind != "country":  # "Hội đồng Liên minh châu Âu (EU)": the short form of the body's own organisation
        e = gazetteer.entry(code)
        parent = e.parent if e is not None else ""
        return not parent or short not in _known_names(parent)
    return short in _known_names(code) or short == code or short.upper() == _initials(text[start:end])


@lru_cache(maxsize=4096)
def _known_names(code: str) -> frozenset[str]:
    """The names the gazetteer gives ``code`` (a country has a few hundred: the set is made once per code, not
    once per bracket after its name)."""
    e = gazetteer.entry(code)
    return frozenset(n.text for n in e.names) if e else frozenset()


_row_start = itemgetter(0)  # (a bisect key over rows)


def _positions(text: str, char: str) -> set[int]:
    out = set()
    i = text.find(char)
    while i >= 0:
        out.add(i)
        i = text.find(char, i + 1)
    return out


def defined_abbreviations(text: str, mentions: list[Mention] | list[tuple]) -> dict[str, tuple[str, str]]:
    """Short forms defined next to a long form: "Liên minh châu Âu (EU)" -> {"EU": ("EU", "organisation")}.

    ``mentions``: Mention records or (start, end, code, kind, via) tuples."""
    rows = [(m.start, m.end, m.code, m.kind, m.via) if isinstance(m, Mention) else m for m in mentions]
    return _defined(text, rows)


def _defined(text: str, rows: list[tuple], e: int = 1) -> dict[str, tuple[str, str]]:
    """:func:`defined_abbreviations` of (start, end, code, kind, via) rows, or of rows whose end is at index
    ``e`` and whose code, kind and via are the last three (:func:`_greedy`'s: ``e=2``)."""
    out: dict[str, tuple[str, str]] = {}
    opens = _positions(text, "(") | _positions(text, "[")
    if not opens:
        return out
    # a "(" or "[" right after the name (or after one space), or right before it (or before one space)
    ends = set(opens)
    ends.update(o - 1 for o in opens if o > 0 and text[o - 1] == " ")
    starts = {o + 1 for o in opens}
    starts.update(o + 2 for o in opens if o + 1 < len(text) and text[o + 1].isspace())
    for row in [m for m in rows if m[e] in ends or m[0] in starts]:
        start, end, code, kind, via = row[0], row[e], row[-3], row[-2], row[-1]
        if via == "deixis" or end - start < 4:
            continue
        d = _DEF_AFTER.match(text, end)
        if d and _looks_abbreviation(d.group(1)):
            if _plausible_definition(text, start, end, code, kind, d.group(1)):
                out[d.group(1)] = (code, kind)
            continue
        # "ĐCSVN (Đảng Cộng sản Việt Nam)": a short form before a bracketed long name (not a country's)
        if kind == "country" or not text.startswith((")", "]"), end) or " " not in text[start:end]:
            continue
        # (_DEF_BEFORE ends with "(" or "[" and spaces: looked for only where the text before the name does)
        before = text[max(0, start - 24) : start]
        b = _DEF_BEFORE.search(before) if before.rstrip().endswith(("(", "[")) else None
        if b and _looks_abbreviation(b.group(1)):
            out[b.group(1)] = (code, kind)
    return out


def _abbreviation_mentions(text: str, abbrs: dict[str, tuple[str, str]]) -> list[tuple]:
    found = []
    for short, (code, kind) in abbrs.items():
        size = len(short)
        i = text.find(short)
        while i >= 0:  # the matches ``re.finditer(re.escape(short), text)`` gives
            if _boundary(text, i, i + size, True):
                found.append((i, i + size, code, kind, "abbreviation"))
            i = text.find(short, i + size)
    return found


_HEADS: list[tuple[str, list]] = []  # the last documents' texts and the trigger head words seen in them
_PLACE_HITS: list[tuple[str, list]] = []  # the last documents' texts and the place names seen in them


def place_hits(text: str) -> list[tuple[int, int, str]] | None:
    """The place names (start, end, country) the last :func:`mentions_in` passes over this very ``text`` saw
    (looked up by identity; extract/places.py), or None."""
    for t, hits in _PLACE_HITS:
        if t is text:
            return hits
    return None


def trigger_heads(text: str) -> list[tuple[int, tuple]] | None:
    """The trigger head words (start, entries) the last :func:`mentions_in` passes over this very ``text`` saw
    (looked up by identity), or None: each starts a word of ``text`` (after a hyphen only where
    ``rx_boundary.starts_word`` says a word starts, speed round 13) and is written there as it is in the
    lower-cased text (a head with a space checked against it in the pass, speed round 12), so the trigger
    scan takes the list as it is."""
    for t, heads in _HEADS:
        if t is text:
            return heads
    return None


def _whole(text: str, places: list[tuple]) -> list[tuple[int, int]]:
    """The spans of the place names seen that are whole words (the automaton reports "Pari" in "Paris" too)."""
    return [(s, e) for s, e, _ in places if _boundary(text, s, e, False)]


def _known(key: str) -> bool:
    """Is the lower-cased ``key`` one of the automaton's names (a name, stop phrase or place as written)?"""
    return automaton().exists(" " + _normal(key))


def mentions_in(text: str) -> list[Mention]:
    """All mentions in ``text`` (the work of :func:`find_mentions`, for any string)."""
    low = lower_same_length(text)
    heads: list[tuple] = []
    places: list[tuple] = []
    long = len(text) >= 1000
    words: dict[str, list[int]] | None = None
    if long:
        automaton()  # (built: _WATCHED is set)
        words = {key: [] for _, key in _WATCHED}
    raw = _candidates(text, low, heads, places, words)
    found = _greedy(raw)  # (start, -end, end, code, kind, via); ``raw`` sorted too, its stop phrases kept
    if "+" in text:  # "ADMM+", "OPEC+": a name whose "+" the automaton cannot see (mentions_plus.py)
        found = plus_rows(text, found)
    if "-" in text:  # "Việt Nam-Lào", "ASEAN-Nhật Bản": two names joined by a hyphen (mentions_joined.py)
        found = joined_names(text, low, found, _candidates, _longest, _greedy)
    council = council_rows(low)  # "gia nhập Hội đồng châu Âu": the Council of Europe (mentions_council.py)
    if council:
        found = _greedy([*found, *council])
    # names in another transliteration than the gazetteer's ("Ma-đa-gát-xca", "Luông Nặm Thà": mentions_variants.py)
    # (what the ordinary pass matched: rows sorted by start, with the index of a row's end)
    matched = [(raw, 2), (found, 2), (sorted(_whole(text, places)), 1)]
    extra, variant_places = variant_names(text, low, matched, _known, _next_to_name)
    if extra:
        found = _greedy([*found, *extra])
    places += variant_places
    if (
        long or variant_places
    ):  # (a short text's variant places too: the places scan's own automaton lacks them)
        _PLACE_HITS[:] = [(text, places), *_PLACE_HITS[:1]]
    if long:
        _HEADS[:] = [(text, heads), *_HEADS[:1]]
        if words is not None:
            record_words(text, low, {first: words[key] for first, key in _WATCHED})
    abbrs = _defined(text, found, 2)
    if not abbrs:
        return _mentions(found)
    extra = _abbreviation_mentions(text, abbrs)
    # an abbreviation occurrence replaces a same-span gazetteer match; longer matches keep theirs (``found`` is
    # leftmost-longest: its starts rise, so a span's match is found by bisecting, not by a pass over every row)
    drop: set[int] = set()
    for s, e, *_ in extra:
        k = bisect_left(found, s, key=_row_start)
        if k < len(found) and found[k][0] == s and found[k][2] == e:
            drop.add(k)
    kept = [m for k, m in enumerate(found) if k not in drop] if drop else found
    merged = _greedy([*kept, *[(s, -e, e, code, kind, via) for s, e, code, kind, via in extra]])
    return _mentions(merged)


# A frozen dataclass's __init__ sets each field with object.__setattr__ (its own __setattr__ refuses); doing the same
# here, without the generated __init__ (a Python function, interpreted even in the compiled build), makes the same
# objects (equality, hash, repr, fields, slots) in a fraction of the time. Only while Mention is that plain dataclass.
_FIELDS: Final = ("start", "end", "code", "kind", "via")
_PLAIN: Final = (
    tuple(f.name for f in dataclasses.fields(Mention)) == _FIELDS
    and not hasattr(Mention, "__post_init__")
    # (the compiled build's Mention is a native class: object.__new__ refuses it, and its constructor is C)
    and Mention.__new__ is object.__new__
)
_set = object.__setattr__


def _mentions(rows: list[tuple]) -> list[Mention]:
    """``[Mention(start, end, code, kind, via) for ...]`` of :func:`_greedy`'s rows (start, -end, end, code,
    kind, via)."""
    if not _PLAIN:
        return [Mention(s, e, code, kind, via) for s, _, e, code, kind, via in rows]
    new = object.__new__
    out: list[Any] = []
    add = out.append
    for s, _, e, code, kind, via in rows:
        m = new(Mention)
        _set(m, "start", s)
        _set(m, "end", e)
        _set(m, "code", code)
        _set(m, "kind", kind)
        _set(m, "via", via)
        add(m)
    return out


def find_mentions(doc: Document) -> Document:
    """Fill ``doc.mentions`` with the actors, agreements, conflicts, congresses and documents named."""
    doc.mentions = mentions_in(doc.text)
    return doc
