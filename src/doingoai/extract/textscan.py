"""Shared low-level text scanning for the extraction stages.

* :func:`bmp_text`: every code point up to U+FFFF in one string, shared by the per-character tables.
* :func:`lower_same_length`: a document's lower-cased text (same length, so offsets carry over), made
  once and shared by mentions, dates and events; the school-book spelling of a closing "i" where common
  writing has "y" ("kí", "Mĩ", "lí", "tỉ", "qui": textbooks, older scholarship) is written with the "y"
  there, the same word ("ký", "Mỹ", "lý", "tỷ", "quy"), so that every cue and name reads it (round 105).
* :func:`matches_at` / :func:`spans_at`: what ``rx.finditer`` gives for a pattern whose matches start
  with one of a few fixed strings, found with ``str.find`` first: over a whole document that is many
  times faster than the regex engine's own scan for a leading character class; where the mentions stage's
  automaton pass recorded a document's first words (:func:`record_words`; extract/first_words.py lists them),
  their positions are looked up instead of found by one ``str.find`` pass per word (and per range).
* :func:`find_all` / :func:`occurs`: every place a fixed word occurs, whether it occurs at all, from the same
  record (the rules that look for a few words through a whole document: events_nominal, events_officials,
  events_places, events_anaphora, word_find, word_spans and the "is it there at all" checks).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Final


def matches_at(
    text: str, rx: re.Pattern[str], firsts: tuple[str, ...], start: int = 0, end: int | None = None
) -> list[re.Match[str]]:
    """The matches ``rx.finditer(text, start, end)`` gives, for a pattern whose every match starts with one
    of ``firsts``: those are found with ``str.find`` (far faster than the engine's scan over a whole
    document) and the pattern is tried only there; leftmost, non-overlapping, as ``finditer``."""
    end = len(text) if end is None else end
    found: list[re.Match[str]] = []
    seen = _recorded(text)
    for first in firsts:
        at = seen.get(first) if seen is not None else None
        if at is not None:  # every place ``first`` occurs is among these (record_words): no find pass
            k, nxt, j, n = len(first), start, bisect_left(at, start), len(at)
            while j < n:  # (what the find loop below gives, from the positions)
                i = at[j]
                j += 1
                if i + k > end:
                    break
                if i < nxt or not text.startswith(first, i):
                    continue
                m = rx.match(text, i, end)
                if m is not None and m.end() > i:
                    found.append(m)
                    nxt = m.end()
            continue
        i = text.find(first, start, end)
        while i >= 0:
            m = rx.match(text, i, end)
            if m is not None and m.end() > i:
                found.append(m)
                i = text.find(first, m.end(), end)
            else:
                i = text.find(first, i + 1, end)
    if len(firsts) > 1:
        found.sort(key=lambda m: m.start())
        kept: list[re.Match[str]] = []
        last = -1
        for m in found:
            if m.start() >= last:
                kept.append(m)
                last = m.end()
        found = kept
    return found


def spans_at(
    text: str, rx: re.Pattern[str], firsts: tuple[str, ...], start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """:func:`matches_at` as spans."""
    return [m.span() for m in matches_at(text, rx, firsts, start, end)]


# the school-book "i" for a closing "y" after k, l (sắc), m (ngã), t (hỏi) and qu, as a whole word (not in a hyphened
# transliteration "Ki-ép"): the same syllables, spelled two ways ("kí kết" = "ký kết", "Hoa Kì" = "Hoa Kỳ").
# _I_SPELLING is the rule; _y_spelling finds its matches from their last letter (see there).
_I_SPELLING: Final = re.compile(r"(?:k[íìỉĩ]|lí|mĩ|tỉ|qu[iíìỉĩị])(?![\w-])")
_I_TO_Y: Final = str.maketrans("iíìỉĩị", "yýỳỷỹỵ")
_AFTER_K: Final = "íìỉĩ"  # k[íìỉĩ]
_SOLE: Final = {"í": "l", "ĩ": "m", "ỉ": "t"}  # lí, mĩ, tỉ


def _to_y(m: re.Match[str]) -> str:
    """The syllable matched written with "y", when it opens a word (not after a letter, digit, "_" or "-")."""
    s = m.start()
    before = m.string[s - 1] if s else " "
    return m[0] if before.isalnum() or before in "_-" else m[0].translate(_I_TO_Y)


def _y_spelling_rx(low: str) -> str:
    """:func:`_y_spelling` as the regex substitution (the rule; kept for the tests)."""
    return _I_SPELLING.sub(_to_y, low)


def _y_spelling(low: str) -> str:
    """``low`` with the school-book closing "i" of a few syllables written "y" (same length).

    The same as ``_I_SPELLING.sub(_to_y, low)``, found from the closing vowel: a match's last letter is one of
    "íìỉĩị" or the "i" of "qui", found by ``str.find`` (in C; the regex tried its five first letters, among the
    commonest, at every position: 16 M instructions a pass of the benchmark's 300 kB, 2% of the compiled total).
    Exact: every match ends at a word's end, so no two overlap (a shorter one would be a longer one's tail, and
    no alternative opens on "u" or a vowel); each found vowel is checked for the word end after it, for what
    the pattern asks before it (k, l, m, t or qu) and for :func:`_to_y`'s word start; only the vowel changes.
    """
    ends: list[int] = []
    for c in "íìỉĩị":
        j = low.find(c)
        while j >= 0:
            ends.append(j)
            j = low.find(c, j + 1)
    j = low.find("qui")
    while j >= 0:
        ends.append(j + 2)
        j = low.find("qui", j + 3)
    if not ends:
        return low
    ends.sort()
    n = len(low)
    out: list[str] = []
    last = 0
    for j in ends:
        if j + 1 < n:
            f = low[j + 1]
            if f.isalnum() or f == "_" or f == "-":
                continue  # (?![\w-])
        c = low[j]
        p = low[j - 1] if j else ""
        if p == "u" and j >= 2 and low[j - 2] == "q":
            s = j - 2  # qu[iíìỉĩị]
        elif (p == "k" and c in _AFTER_K) or (p != "" and p == _SOLE.get(c)):
            s = j - 1
        else:
            continue
        if s:
            b = low[s - 1]
            if b.isalnum() or b == "_" or b == "-":
                continue  # not a word's start: _to_y gives the match back unchanged
        out.append(low[last:j])
        out.append(c.translate(_I_TO_Y))
        last = j + 1
    if not out:
        return low
    out.append(low[last:])
    return "".join(out)


_LOWERED: list[tuple[str, str]] = []  # the last documents' texts and their lower case (by identity)


def lower_same_length(text: str) -> str:
    """``text`` lower-cased with the same length (offsets carry over). Mentions, dates and events all
    match on it: a document's lowered text is kept for the next stage (looked up by identity)."""
    for t, low in _LOWERED:
        if t is text:
            return low
    low = text.lower()
    if len(low) != len(text):  # rare: "İ" lowers to two characters
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    low = _y_spelling(low)
    if len(text) >= 1000:
        _LOWERED[:] = [(text, low), *_LOWERED[:1]]
    return low


_UNITS: list[
    tuple[str, bytes]
] = []  # the last documents' lowered texts and their UTF-16 code units (by identity)


def utf16_units(low: str) -> bytes:
    """``low.encode("utf-16-le", "surrogatepass")``: a document's lowered text is encoded once, for the mentions
    stage's punctuation table and the dates stage's digit table (looked up by identity, as :func:`lower_same_length`)."""
    for t, units in _UNITS:
        if t is low:
            return units
    units = low.encode("utf-16-le", "surrogatepass")
    if len(low) >= 1000:
        _UNITS[:] = [(low, units), *_UNITS[:1]]
    return units


@lru_cache(maxsize=1)
def bmp_text() -> str:
    """Every code point up to U+FFFF, in order, as one string: the per-character tables (mentions' punctuation,
    dates' digits, the joined names' capitals) are read off it, so it is built once a process, not once a table."""
    return "".join(map(chr, range(0x10000)))


# characters that match a Latin letter under re.IGNORECASE without lower-casing to it ("ı" ~ "i", "ſ" ~ "s")
_ODD_CASE: Final = re.compile("[\u0130\u0131\u017f\u1e9b\u212a\u212b]")
# (speed round 20) by the pattern's identity, the pattern kept beside its twin (its id is not reused): a compiled
# pattern's hash is made from its whole code at every lookup
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def search_ci(rx: re.Pattern[str], text: str, low: str | None = None) -> re.Match[str] | None:
    """``rx.search(text)`` for a case-insensitive ``rx`` of lower-case words. The engine's case folding makes
    that several times slower than the same pattern on the lower-cased text, so that is tried first and ``rx``
    runs only where it can match (or where a letter lower-cases to something else than it folds to).
    ``low``: ``text.lower()`` when the caller has it (:func:`lowered_part`), not made again."""
    known = _TWINS.get(id(rx))
    if known is None or known[0] is not rx:
        known = _TWINS[id(rx)] = (rx, re.compile(rx.pattern, rx.flags & ~re.IGNORECASE))
    twin = known[1]
    if twin.search(text.lower() if low is None else low) is None and _ODD_CASE.search(text) is None:
        return None
    return rx.search(text)


def plain_case(text: str) -> bool:
    """Is every piece of ``text`` lower-cased as that piece of :func:`lower_same_length` (``text[a:b].lower() ==
    lower_same_length(text)[a:b]`` for all ``a``, ``b``)? True where ``text`` has neither "İ" nor "Σ", the two
    characters str.lower maps to two ("İ" -> "i̇") or by their context (a final "Σ" -> "ς"). (Two ``in`` tests: a
    regex class scan costs some forty times more.)"""
    return "\u0130" not in text and "\u03a3" not in text


def lowered_part(text: str, a: int, b: int, low: str | None) -> str:
    """``text[a:b].lower()``, read off ``low`` (``lower_same_length(text)``, kept for the document by the mentions
    stage) when it is given: the caller passes it only where :func:`plain_case` holds."""
    return text[a:b].lower() if low is None else low[a:b]


# What record_words keeps of the last documents: (text, its lower case, {first word: where it may occur})
_WORDS: list[tuple[str, str, dict[str, list[int]]]] = []
_KEPT: Final = re.compile(
    r"[\w \n-]+"
)  # the characters the mentions automaton's copy of a text keeps as they are


def watchable(first: str) -> str | None:
    """The key (lower case) under which the mentions automaton can record where ``first`` occurs, or None.
    That pass walks a copy of the lower-cased text with punctuation turned into spaces (same offsets): a word of
    word characters, spaces and hyphens occurs there wherever it occurs in the text (or, lower-cased, in its
    lower case), so the positions found there, each checked against the text, are all of its occurrences."""
    key = first.lower()
    if (
        not key
        or not key[0].isalnum()  # (the automaton's other keys start with a space, a newline or a hyphen)
        or len(key) != len(first)
        or any(len(c.lower()) != 1 for c in first)  # (lower-cased one character at a time, as the text is)
        or "\u03a3" in first  # (a capital sigma lower-cases by its context)
        or not _KEPT.fullmatch(first)
        or not _KEPT.fullmatch(key)
    ):
        return None
    return key


def record_words(text: str, low: str, where: dict[str, list[int]]) -> None:
    """Keep where each watched first word occurs in ``text``: ``where`` maps it to every place its
    :func:`watchable` key occurs in the lower-cased text (ascending; a superset of its own occurrences, which
    :func:`matches_at` picks by checking each against the text it searches), for the next stages'
    :func:`matches_at` on ``text`` or ``low`` (looked up by identity)."""
    _WORDS[:] = [(text, low, where), *_WORDS[:1]]


def _recorded(text: str) -> dict[str, list[int]] | None:
    for t, low, where in _WORDS:
        if t is text or low is text:
            return where
    return None


def _places(text: str, word: str) -> list[int] | None:
    """Where ``word`` may occur in ``text`` (a superset, ascending) by the mentions pass's record, or None: a
    watched word's own record, or for a word opening on a space (" bạn") the record of the rest, one place back."""
    seen = _recorded(text)
    if seen is None:
        return None
    at = seen.get(word)
    if at is None and word.startswith(" ") and (rest := seen.get(word[1:])) is not None:
        at = [i - 1 for i in rest if i > 0]
    return at


def find_all(text: str, word: str) -> list[int]:
    """Every place ``word`` occurs in ``text``, overlapping ones too, ascending (what a ``text.find(word, i + 1)``
    loop visits): read off the mentions pass's record of ``text`` when ``word`` is watched
    (extract/first_words.py), else found with ``str.find``. A rule's own loop keeps its stepping (from the end of
    a hit, or one character on) by skipping the places before where it would search next."""
    at = _places(text, word)
    if at is None:
        out = []
        i = text.find(word)
        while i >= 0:
            out.append(i)
            i = text.find(word, i + 1)
        return out
    return [i for i in at if text.startswith(word, i)]


def occurs(text: str, word: str) -> bool:
    """``word in text``, read off the mentions pass's record of ``text`` when ``word`` is watched (a word a
    document lacks is not looked for through the whole text again)."""
    at = _places(text, word)
    if at is None:
        return word in text
    for i in at:
        if text.startswith(word, i):
            return True
    return False


def matches_before(text: str, word: str, heads: tuple[str, ...], rx: re.Pattern[str]) -> list[re.Match[str]]:
    """``rx``'s matches where each starts with one of ``heads`` ending right before an occurrence of ``word``
    (found with :func:`find_all`), in text order: for a pattern "head word, then ``word``", tried only there, since
    ``rx.finditer`` over a whole text tries its alternation at every position. The first head that ends there
    is the one tried (no head ends another), and ``word`` does not overlap itself, so neither do the matches."""
    out: list[re.Match[str]] = []
    for i in find_all(text, word):
        for head in heads:
            if text.endswith(head, 0, i):
                m = rx.match(text, i - len(head))
                if m is not None:
                    out.append(m)
                break
    return out
