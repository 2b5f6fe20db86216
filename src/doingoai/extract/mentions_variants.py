"""Mentions: transliterations spelled otherwise than the gazetteer spells them ("Ma-đa-gát-xca" for "Ma-đa-ga-xca",
"Liu-bli-an-na" for "Lu-bli-a-na", "Luông Nặm Thà" for "Luông Nậm Thà", "Cộng hòa Đô-mi-ni-ca-na").

Vietnamese writers spell a foreign name in many transliterations; the gazetteer holds one or two. Where the ordinary
pass (extract/mentions.py) leaves a name uncovered — a capitalised word joined by hyphens (the transliteration
signal) with the capitalised words next to it, or a run of three or more capitalised words — the name is compared with
the gazetteer's names (actors, and places but Vietnam's) by their *skeletons*: the letters without tone or vowel marks,
"đ" as "d", no hyphens or spaces, lower case ("Ma-đa-gát-xca" -> "madagatxca"); the index is made once per process.

* An equal skeleton (another tone, mark or hyphenation: "Luông Nặm Thà", "Đa-rét Xa-lam") is taken for the name. In
  a run with a hyphenated word its sub-runs of up to four words holding one are tried, longest first; a run without
  one (a Vietnamese personal or place name's shape: "Bá Lân" is no "Ba Lan", "Nhà Trắng" no "Nha Trang") counts only
  whole (or but for a sentence's first word), of three words and eight letters at least.
* Only for a span with a hyphenated word: a skeleton one edit away (7–9 letters in the text) or two (10 or more) from
  a name of as many words whose words without a hyphen in the text are the same, when one gazetteer entry alone is
  that close and the first letters agree ("Ma-crông" is "Macron", "Đmi-tri Mét-vê-đép" "Dmitry Medvedev", "Tây
  Xa-ha-ra" "Tây Sahara"; "Mun Chê-in" is no "München", "Việt Nam-lào" no "Vietnam War").
* Words right before the run that a gazetteer name writes before its transliteration (a state's style "Cộng hòa",
  "Cộng hòa Dân chủ", "Vương quốc"; "Liên minh", "Hiệp định") are tried with it first: "Cộng hòa Đô-mi-ni-ca-na" is
  the Dominican Republic, not Dominica; "Cộng hòa Dân chủ Côn-gô" is Kinshasa's Congo.
* The span must not overlap what the ordinary pass matched (names, stop phrases, places), nor be a name the
  automaton holds as written (the ordinary pass's case and personal-name checks have decided there); a one-word
  country next to another capitalised word is checked as there ("Tổng thống Ma-đa-gát-xca An-đri Ra-giô-ê-li-na").

An actor becomes a mention with ``via="variant"``; a place goes to the place hits (extract/places.py decides where it
is a party). Runs are found from the text's hyphens and, for three capitalised words, by one regex scan (about 10 ms
per MB in all).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.textscan import bmp_text

_MAX_WORDS: Final = 4  # words in a span looked up
_MIN_EDIT: Final = 7  # letters of a skeleton from which one edit is allowed
_TWO_EDITS: Final = 10  # ... and two


@lru_cache(maxsize=1)
def _table() -> dict[int, int | None]:
    """str.translate table: every letter to its lower-case base letter without marks ("Ặ" -> "a", "Đ" -> "d"),
    hyphens and spaces dropped."""
    out: dict[int, int | None] = {ord("-"): None, ord(" "): None, ord("Đ"): ord("d"), ord("đ"): ord("d")}
    for c in bmp_text():
        if not c.isalpha() or ord(c) in out:
            continue
        base = "".join(x for x in unicodedata.normalize("NFD", c.lower()) if not unicodedata.combining(x))
        if len(base) == 1 and base != c:
            out[ord(c)] = ord(base)
    return out


def skeleton(s: str) -> str:
    """ "Ma-đa-gát-xca" -> "madagatxca", "Luông Nậm Thà" -> "luongnamtha"."""
    return s.translate(_table())


_UNUSED: Final = ("abbr", "deixis", "qualified")


@lru_cache(maxsize=1)
def index() -> tuple[
    dict[str, frozenset], dict[tuple[str, int, int], list[tuple[str, tuple[str, ...], frozenset]]], frozenset
]:
    """(skeleton -> targets; (first letter, number of words, length) -> [(skeleton, targets)] for the edit search; the
    skeletons of the words names write before a transliteration). A target is (code, kind, country): an actor's kind
    is its entry's and its country "", a place's kind is "place" and its country the state it belongs to."""
    found: dict[str, set[tuple[str, str, str]]] = {}
    styles: set[str] = set()
    words_of: dict[
        str, set[tuple[str, ...]]
    ] = {}  # skeleton -> the skeletons of the words of the names with it
    for e in gazetteer.entries().values():
        for n in e.names:
            if n.type in _UNUSED or sum(c.isalpha() for c in n.text) < 4:
                continue
            found.setdefault(skeleton(n.text), set()).add((e.code, e.kind, ""))
            words_of.setdefault(skeleton(n.text), set()).add(tuple(skeleton(w) for w in n.text.split(" ")))
            words = n.text.split(" ")
            # "Cộng hòa Đô-mi-ni-ca", "Cộng hòa Dân chủ Công-gô": the words before the name's first word with a
            # hyphen, when that is a capitalised transliteration after a capitalised word and no initial ("A.")
            at = next((i for i, w in enumerate(words) if "-" in w), 0)
            if at and words[at][:1].isupper() and words[0][:1].isupper() and "." not in n.text:
                styles.add(skeleton(" ".join(words[:at])))
    for e in gazetteer.places().values():
        for n in e.names:
            if n.type in _UNUSED or sum(c.isalpha() for c in n.text) < 4:
                continue
            if e.attr("country") == "VNM":  # (a Vietnamese place is spelled as the table spells it)
                continue
            found.setdefault(skeleton(n.text), set()).add((e.code, "place", e.attr("country")))
            words_of.setdefault(skeleton(n.text), set()).add(tuple(skeleton(w) for w in n.text.split(" ")))
    exact = {k: frozenset(v) for k, v in found.items() if k}
    near: dict[tuple[str, int, int], list[tuple[str, tuple[str, ...], frozenset]]] = {}
    for k, v in exact.items():
        if len(k) >= _MIN_EDIT - 2:
            for ws in sorted(words_of[k]):
                near.setdefault((k[0], len(ws), len(k)), []).append((k, ws, v))
    return exact, near, frozenset(styles)


def _allowed(n: int) -> int:
    return 2 if n >= _TWO_EDITS else 1 if n >= _MIN_EDIT else 0


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        low = i
        for j, cb in enumerate(b, 1):
            d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(d)
            low = min(low, d)
        if low > limit:
            return limit + 1
        prev = cur
    return prev[-1]


@lru_cache(maxsize=4096)
def _near(key: str, fixed: tuple[str | None, ...]) -> frozenset | None:
    """The targets of the one entry whose name has the skeleton closest to ``key`` within the allowed edits, or None.
    ``fixed``: the span's words' skeletons, None for a word with a hyphen: the name has as many words ("Mun Chê-in" is
    no "München"), and the edits are in the hyphenated ones ("Tây Xa-ha-ra" is "Tây Sahara"; "Việt Nam-lào" is no
    "Vietnam War")."""
    limit = _allowed(len(key))
    if not limit:
        return None
    best = limit + 1
    hits: list[frozenset] = []
    near = index()[1]
    first, size, words = key[0], len(key), len(fixed)
    for k, ws, targets in [
        x for n in range(size - limit, size + limit + 1) for x in near.get((first, words, n), ())
    ]:
        if any(f is not None and f != w for f, w in zip(fixed, ws, strict=True)):
            continue
        d = _distance(key, k, limit)
        if d > limit or d > best:
            continue
        if d < best:
            best = d
            hits = []
        hits.append(targets)
    codes = {t[0] for ts in hits for t in ts}
    return hits[0] if len(codes) == 1 else None


def _word(up: str) -> str:
    return "[" + up + r"][^\W\d_]*(?:-[^\W\d_]+)*"


@lru_cache(maxsize=1)
def _rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a run of capitalised words, maybe joined by hyphens, matched from its first word; three capitalised words
    after a space: where the scan for runs without a hyphen looks, as the regex engine finds a leading space fast)."""
    up = re.escape("".join(c for c in bmp_text() if c.isupper() and len(c.lower()) == 1))
    w = _word(up)
    return re.compile(rf"{w}(?: {w})*"), re.compile(rf" [{up}][^\W\d_]* [{up}][^\W\d_]* [{up}]")


def _fixed(sk: list[str], hyphens: list) -> tuple[str | None, ...]:
    """The words' skeletons, None for those with a hyphen (what :func:`_near` may edit)."""
    return tuple(None if h else w for w, h in zip(sk, hyphens, strict=True))


def _joined(word: str) -> bool:
    """Is a capitalised word joined to ``word`` by a hyphen ("Nam-Lào", "Díaz-Canel")?"""
    return any(p[:1].isupper() for p in word.split("-")[1:])


def _run_start(text: str, ws: int) -> int:
    """The start of the run of capitalised words whose word starts at ``ws`` (the words before it, one space apart)."""
    for _ in range(_MAX_WORDS + 2):
        if ws < 2 or text[ws - 1] != " ":
            break
        i = ws - 2
        while i >= 0 and (text[i].isalpha() or text[i] == "-"):
            i -= 1
        if i == ws - 2 or not text[i + 1].isupper() or i >= 0 and text[i] not in " \n\t(\"“‘'[":
            break
        ws = i + 1
    return ws


class _Spans:
    """What the ordinary pass matched: lists of rows sorted by start, each row's end at index ``end``."""

    def __init__(self, parts: list[tuple[list[tuple], int]]) -> None:
        self._parts = parts

    def overlap(self, s: int, e: int) -> bool:
        """Does any row overlap ``[s, e)``?"""
        for rows, end in self._parts:
            k = bisect_left(rows, (e,))
            while k > 0:  # (names are short: any overlapping one starts within 200 characters before ``e``)
                k -= 1
                row = rows[k]
                if row[end] > s:
                    return True
                if row[0] < s - 200:
                    break
        return False


def variant_names(
    text: str,
    low: str,
    matched: list[tuple[list[tuple], int]],
    known: Callable[[str], bool],
    next_to_name: Callable[[str, int, int], bool],
) -> tuple[list[tuple], list[tuple[int, int, str]]]:
    """(mention rows (start, -end, end, code, kind, "variant"), place hits (start, end, country)) of the names in
    ``text`` written in another transliteration than the gazetteer's. ``matched``: what the ordinary pass matched
    (names, stop phrases, places) as lists of rows sorted by start, with the index of a row's end; ``known(key)``: is
    the lower-cased ``key`` a name the automaton holds; ``next_to_name``: the ordinary pass's personal-name check of
    a one-word country."""
    rows: list[tuple] = []
    places: list[tuple[int, int, str]] = []
    spans = _Spans(matched)
    run_rx, triple = _rx()
    done = -1  # the end of the last run read
    n = len(text)
    # runs with a hyphenated capitalised word: found from their hyphens (few)
    h = text.find("-")
    while h >= 0:
        if 0 < h < n - 1 and text[h - 1].isalpha() and text[h + 1].islower() and not spans.overlap(h, h + 1):
            ws = h - 1
            while ws > 0 and (text[ws - 1].isalpha() or text[ws - 1] == "-"):
                ws -= 1
            if text[ws].isupper() and (ws == 0 or not (text[ws - 1].isalnum() or text[ws - 1] in "_-")):
                m = run_rx.match(text, _run_start(text, ws))
                if m is not None and m.end() > h:
                    _read(text, low, m.start(), m.group(), True, spans, known, next_to_name, rows, places)
                    done = m.end()
        h = text.find("-", max(h + 1, done))
    # runs of three or more capitalised words without one (a Lao or Thai place: "Luông Nặm Thà")
    done = -1
    for t in triple.finditer(text):
        s = t.start() + 1
        if s < done:
            continue
        m = run_rx.match(text, _run_start(text, s))
        if m is None or "-" in m.group():  # (read above)
            continue
        done = m.end()
        _read(text, low, m.start(), m.group(), False, spans, known, next_to_name, rows, places)
    return rows, places


def _read(text, low, s, run, hyphen_run, spans, known, next_to_name, rows, places) -> None:
    if run.isupper():  # (a title in capitals: no name's shape)
        return
    for a, b, targets in _spans(text, low, run, s, hyphen_run, spans, known):
        _take(text, a, b, targets, rows, places, next_to_name)


def _spans(text, low, run, s, hyphen_run, spans, known) -> list[tuple[int, int, frozenset]]:
    """The spans of the run at ``s`` that match a gazetteer name by skeleton: (start, end, targets). In a run with a
    hyphenated word, its sub-runs of up to four words with one, longest first (equal skeletons, then near ones);
    in a run without, the whole run (or all but a sentence's first word) of three words or more, equal skeletons."""
    exact = index()[0]
    words = run.split(" ")
    n = len(words)
    if not hyphen_run:
        if n < _PLAIN_WORDS:
            return []
        for i in (0, 1):
            if n - i < _PLAIN_WORDS or i and not _whole_run(text, s, n, i, n):
                continue
            a = s + sum(len(w) + 1 for w in words[:i])
            key = skeleton(run[a - s :])
            found = exact.get(key) if len(key) >= _PLAIN_MIN else None
            if found is not None and not spans.overlap(a, s + len(run)) and not known(low[a : s + len(run)]):
                return [(a, s + len(run), found)]
        return []
    at = []
    i = s
    for w in words:
        # (a syllable after a hyphen is lower-case: "Việt Nam-Lào", "Díaz-Canel" are no transliterations, and no
        # span holds them)
        at.append((i, i + len(w), None if _joined(w) else "-" in w))
        i += len(w) + 1
    sk = [skeleton(w) for w in words]
    out: list[tuple[int, int, frozenset]] = []
    used = [False] * n
    lead = _style_before(text, s, index()[2])  # "Cộng hòa" before "Đô-mi-ni-ca-na"
    if lead is not None:  # (tried first: "Cộng hòa Dân chủ Côn-gô" is no "Côn-gô", the other Congo)
        style = skeleton(lead[1])
        lead_words = tuple(skeleton(w) for w in lead[1].split(" "))
        for size in range(min(n, _MAX_WORDS), 0, -1):
            b = at[size - 1][1]
            hyphens = [h for _, _, h in at[:size]]
            if None in hyphens or not any(hyphens) or spans.overlap(s, b) or known(low[lead[0] : b]):
                continue
            key = style + "".join(sk[:size])
            found = exact.get(key) or _near(key, (*lead_words, *_fixed(sk[:size], hyphens)))
            if found is not None:
                used[:size] = [True] * size
                out.append((lead[0], b, found))
                break
    for near in (False, True):
        for size in range(min(n, _MAX_WORDS), 0, -1):
            for i in range(n - size + 1):
                j = i + size
                hyphens = [h for _, _, h in at[i:j]]
                if any(used[i:j]) or None in hyphens or not any(hyphens):
                    continue
                a, b = at[i][0], at[j - 1][1]
                if spans.overlap(a, b) or known(low[a:b]):
                    continue
                key = "".join(sk[i:j])
                found = _near(key, _fixed(sk[i:j], hyphens)) if near else exact.get(key)
                if found is None:
                    continue
                used[i:j] = [True] * size
                out.append((a, b, found))
    return out


# Capitalised words with no hyphen are a Vietnamese name's shape too ("Bá Lân" is no "Ba Lan", "Nhà Trắng" no "Nha
# Trang", "khu công nghiệp Quang Châu" no "Quảng Châu"): such a span is taken only as a whole run of capitalised words
# (or all but a sentence's first word), of this many words and letters at least, and only with an equal skeleton.
_PLAIN_WORDS: Final = 3
_PLAIN_MIN: Final = 8


def _whole_run(text: str, s: int, n: int, i: int, j: int) -> bool:
    """Are words ``i`` to ``j`` of the ``n`` words of the run at ``s`` the whole run, or all of it but its first word
    at the start of a sentence or line?"""
    if j < n or i > 1:
        return False
    return (
        i == 0
        or s == 0
        or text[max(0, s - 8) : s].rstrip()[-1:] in (".", "!", "?", ":", "")
        or text[s - 1] == "\n"
    )


_STYLE_WORDS: Final = 6  # ("Cộng hòa Dân chủ Nhân dân")


def _style_before(text: str, s: int, styles: frozenset) -> tuple[int, str] | None:
    """(start, words) of the longest run of words a gazetteer name writes before its transliteration ("Cộng hòa",
    "Vương quốc") that ends right before ``s`` (one space between), or None."""
    if s < 2 or text[s - 1] != " ":
        return None
    lo = max(0, s - 64)
    words = text[lo : s - 1].split(" ")
    if lo > 0:
        words = words[1:]  # (the first may be cut)
    words = words[-_STYLE_WORDS:]
    for k in range(len(words)):
        phrase = " ".join(words[k:])
        if phrase[:1].isupper() and skeleton(phrase) in styles:
            return s - 1 - len(phrase), phrase
    return None


def _take(text, a, b, targets, rows, places, next_to_name) -> None:
    actors = {(c, k) for c, k, _ in targets if k != "place"}
    countries = {c for _, k, c in targets if k == "place"}
    if len(actors) == 1:
        code, kind = next(iter(actors))
        if kind == "country" and " " not in text[a:b] and next_to_name(text, a, b):
            return
        rows.append((a, -b, b, code, kind, "variant"))
    if len(countries) == 1:
        places.append((a, b, next(iter(countries))))
