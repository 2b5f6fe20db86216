"""Words of a stretch read under a legacy table: which decode to a Vietnamese syllable (*gains*),
which the table would break, and the runs of words a table may have written.

Used by :mod:`doingoai.clean.detect`, which decides which runs to convert.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from doingoai.clean.legacy import TCVN3_SET, VNI_SET, Legacy, decode_word
from doingoai.clean.syllable import case_consistent, is_syllable

_SYMBOLS = "".join(c for c in sorted(TCVN3_SET | VNI_SET) if not c.isalpha())
_DELIMITER = re.compile(r"[“”\"()\[\]{}‘’.!?:;]")
_ACRONYM = re.compile(r"[A-Z]{2,}")
TOKEN = re.compile(r"(?:[^\W\d_]|[" + re.escape(_SYMBOLS) + "])+")
_TOKEN_CHAR = re.compile(r"[^\W\d_]|[" + re.escape(_SYMBOLS) + "]")


class Word(NamedTuple):
    start: int
    end: int
    text: str
    segment: int  # stretches between quotes, brackets and sentence ends are numbered


class Reading(NamedTuple):
    word: Word
    decoded: str | None  # None: the word holds no code of the table (or a VNI mark has no vowel)
    ok: bool  # a Vietnamese syllable as written or as decoded
    gain: bool  # a syllable only once decoded
    ambiguous: bool  # a syllable both ways ("cã" is TCVN3 "có" or Unicode "cã")


def _has_code(word: str, enc: Legacy) -> bool:
    return not (TCVN3_SET if enc is Legacy.TCVN3 else VNI_SET).isdisjoint(word)


@lru_cache(maxsize=1 << 16)
def _reads_as_is(word: str) -> bool:
    return case_consistent(word) and is_syllable(word)


Run = list[Reading]


@lru_cache(maxsize=1 << 16)
def read_word(word: str, enc: Legacy) -> tuple[str | None, bool, bool, bool] | None:
    """(decoded, ok, gain, ambiguous) of a word under ``enc`` (see :class:`Reading`), or None when
    the word is Unicode: letters beyond Latin-1, or a syllable the table would break."""
    if max(word) > "\u00ff":
        return None
    orig_ok = _reads_as_is(word)
    if not _has_code(word, enc):
        return None, orig_ok, False, False
    dec = decode_word(word, enc)
    # VNI has capitals of its own, so its words come out in one case; TCVN3 capitals do not
    dec_ok = dec is not None and is_syllable(dec) and (enc is Legacy.TCVN3 or case_consistent(dec))
    if orig_ok and not dec_ok:
        return None
    return dec, dec_ok or orig_ok, dec_ok and not orig_ok and len(word) > 1, dec_ok and orig_ok


def _runs(words: list[Word | None], enc: Legacy) -> list[tuple[int, Run]]:
    """Runs of words that ``enc`` may have written, each with its gain count (None breaks a run)."""
    runs: list[tuple[int, Run]] = []
    run: Run = []

    def close() -> None:
        nonlocal run
        gains = sum(r.gain for r in run)
        odd = sum(1 for r in run if r.decoded is not None and not r.ok)
        if gains > odd:
            words = [r.ok for r in run if not _ACRONYM.fullmatch(r.word.text)]  # "ASEAN" says nothing
            if sum(words) >= 0.6 * len(words):
                runs.append((gains, run))
        run = []

    for w in words:
        reading = None if w is None else read_word(w.text, enc)
        if w is None or reading is None:  # Unicode text, or a real word the table would break
            close()
            continue
        dec, ok, gain, ambiguous = reading
        run.append(Reading(w, dec, ok, gain, ambiguous))
    close()
    return runs


_NOT_ASCII_LETTER = re.compile(r"[^A-Za-z]+")


def _ascii_letters(word: str) -> str:
    return _NOT_ASCII_LETTER.sub("", word)


def capitals(run: Run) -> list[bool]:
    """Which words of a TCVN3 run are capitals (.VnTimeH draws capitals at the lower-case codes).

    A word is *strong* when its Latin letters are capitals, two at least, and it holds a code or
    spells a syllable ("§OµN", "QUAN"; not "BNG"); it has lower-case letters: *lower*; else *weak*
    ("HÖ", "§Æ", "BNG"). Strong words are capitals; a weak word is when the nearest non-weak word on
    each side is strong or missing, and one of them is strong."""
    kinds: list[str] = []
    for r in run:
        letters = _ascii_letters(r.word.text)
        if letters and not letters.isupper():
            kinds.append("lower")
        elif len(letters) >= 2 and (r.decoded is not None or _reads_as_is(r.word.text)):
            kinds.append("strong")
        else:
            kinds.append("weak")

    def side(i: int, step: int) -> str | None:
        i += step
        while 0 <= i < len(kinds) and kinds[i] == "weak":
            i += step
        return kinds[i] if 0 <= i < len(kinds) else None

    out = []
    for i, kind in enumerate(kinds):
        if kind != "weak":
            out.append(kind == "strong")
            continue
        left, right = side(i, -1), side(i, 1)
        out.append("lower" not in (left, right) and "strong" in (left, right))
    return out


def words_between(text: str, start: int, end: int) -> list[Word]:
    delimiters = [m.start() for m in _DELIMITER.finditer(text, start, end)]
    return [
        Word(m.start(), m.end(), m.group(), bisect_left(delimiters, m.start()))
        for m in TOKEN.finditer(text, start, end)
    ]


def promising(text: str, hits: list[int]) -> bool:
    """Whether a word holding one of the trigger ``hits`` gains under some table (most stretches of
    Unicode text around "Müller" or "½" do not, and are not looked at further)."""
    last_word = -1
    for i in hits:
        if i < last_word:
            continue  # a word with several telling characters is read once
        while i > 0 and _TOKEN_CHAR.match(text, i - 1):
            i -= 1
        word = TOKEN.match(text, i)
        if word is None:
            continue
        last_word = word.end()
        for enc in Legacy:
            reading = read_word(word.group(), enc)
            if reading is not None and reading[2]:
                return True
    return False


Found = list[tuple[int, Legacy, Run]]


def candidates(words: list[Word | None], encodings: tuple[Legacy, ...]) -> Found:
    return [(gains, enc, run) for enc in encodings for gains, run in _runs(words, enc)]
