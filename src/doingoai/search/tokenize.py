"""Vietnamese syllables -> search terms, exact and accent-folded, and query parsing.

Three kinds of term are indexed for every sentence and passage, each a stable 64-bit key:

* exact syllables: case-folded, accents kept (``liên``);
* folded syllables: accents stripped, ``đ`` -> ``d`` (``lien``), so "Lien Xo" finds "Liên Xô";
* folded syllable bigrams (``lien xo``): Vietnamese words are mostly two syllables, so a bigram is
  close to a word and rewards the words of the query appearing together.

Keys are the first 8 bytes of BLAKE2b of the term (unigrams) and a fixed mix of two unigram keys
(bigrams), so no vocabulary table is needed and keys agree across processes and databases.
Work per document is one regex pass per sentence plus a dict lookup per syllable; the arrays are
built with numpy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from hashlib import blake2b

import numpy as np

from doingoai.errors import Code, DoingoaiError
from doingoai.fold import exact, fold  # noqa: F401 - re-exported: search code imports them from here

MAX_QUERY_CHARS = 10_000
MAX_QUERY_SYLLABLES = 256  # a longer query is cut here: the score of a 10 kB query stays cheap

# A word: letters and digits. Punctuation other than hyphens and apostrophes breaks bigrams.
_TOKEN = re.compile(r"([^\W_]+)|[^\w\s\-'’]+")
_WORD = re.compile(r"[^\W_]+")

_M64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_MIX_A = np.uint64(0x9E3779B97F4A7C15)
_MIX_B = np.uint64(0xC2B2AE3D27D4EB4F)
_SHIFT = np.uint64(29)
_UNSHIFT = np.uint64(35)


def _key(term: str) -> int:
    return int.from_bytes(blake2b(term.encode("utf-8"), digest_size=8).digest(), "little")


_CACHE: dict[str, tuple[int, int]] = {}


def syllable_keys(syllable: str) -> tuple[int, int]:
    """(exact key, folded key) of one syllable as written (cached per process)."""
    hit = _CACHE.get(syllable)
    if hit is None:
        if len(_CACHE) > 2_000_000:
            _CACHE.clear()
        hit = _CACHE[syllable] = (_key("e\x1f" + exact(syllable)), _key("f\x1f" + fold(syllable)))
    return hit


def bigram_keys(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Keys of folded bigrams from the folded keys of their two syllables (uint64 arrays)."""
    rot = (right << _SHIFT) | (right >> _UNSHIFT)
    return (left * _MIX_A) ^ (rot * _MIX_B) ^ _MIX_B


@dataclass(frozen=True)
class Terms:
    """Term keys of one text or a run of texts: ``keys[i]`` belongs to ``unit[i]``.

    ``kind`` is 0 for exact syllables, 1 for folded syllables, 2 for folded bigrams.
    ``length[u]`` is the number of syllables of unit ``u`` (the BM25 document length).
    """

    keys: np.ndarray  # uint64
    unit: np.ndarray  # int32
    kind: np.ndarray  # uint8
    length: np.ndarray  # int32, one per unit


def text_terms(texts: list[str]) -> Terms:
    """Terms of each text (a sentence or a passage); bigrams never cross texts or punctuation."""
    ek: list[int] = []
    fk: list[int] = []
    owner: list[int] = []
    lengths = np.zeros(len(texts), dtype=np.int32)
    breaks: list[int] = []  # index into ek of tokens that may not start a bigram with the previous one
    cache_get = _CACHE.get
    for u, text in enumerate(texts):
        broken = True
        n = 0
        for word in _TOKEN.findall(text):
            if not word:
                broken = True
                continue
            pair = cache_get(word) or syllable_keys(word)
            if broken:
                breaks.append(len(ek))
                broken = False
            ek.append(pair[0])
            fk.append(pair[1])
            n += 1
        lengths[u] = n
        owner.extend([u] * n)
    e = np.array(ek, dtype=np.uint64)
    f = np.array(fk, dtype=np.uint64)
    units = np.array(owner, dtype=np.int32)
    ok = np.ones(max(len(f) - 1, 0), dtype=bool)  # ok[i]: tokens i and i+1 form a bigram
    if len(breaks) and len(ok):
        b = np.array(breaks, dtype=np.int64)
        b = b[(b > 0) & (b <= len(ok))]
        ok[b - 1] = False
    with np.errstate(over="ignore"):
        bi = bigram_keys(f[:-1][ok], f[1:][ok]) if len(ok) else np.zeros(0, dtype=np.uint64)
    bi_units = units[:-1][ok] if len(ok) else np.zeros(0, dtype=np.int32)
    keys = np.concatenate([e, f, bi])
    unit = np.concatenate([units, units, bi_units])
    kind = np.concatenate(
        [np.zeros(len(e), np.uint8), np.ones(len(f), np.uint8), np.full(len(bi), 2, np.uint8)]
    )
    return Terms(keys, unit, kind, lengths)


@dataclass(frozen=True)
class Query:
    """A parsed query: its words, the quoted phrases, and the terms to score."""

    text: str
    words: tuple[str, ...]  # every word of the query, as written
    phrases: tuple[tuple[str, ...], ...]  # folded syllables of each "quoted phrase"
    terms: Terms
    extra: tuple[str, ...] = ()  # more texts scored with the query (names from the gazetteer)


_PHRASE = re.compile(r'"([^"]*)"|“([^”]*)”')


def parse_query(q: str, extra: list[str] | None = None) -> Query:
    """Parse a user query. Words are scored with BM25; "quoted phrases" must also appear as written
    (accent-insensitive). Every other character (``* ( ) : - + ^``, FTS operators such as ``NEAR``,
    ``AND``) is plain text: a query never fails because of its syntax.

    ``extra`` are more texts to score with the query (e.g. Vietnamese names of English terms).
    Raises E401 for an empty query, one with no words, or one over 10,000 characters.
    """
    if not isinstance(q, str):
        raise DoingoaiError(Code.E401_BAD_QUERY, f"the query must be text, not {type(q).__name__}")
    if len(q) > MAX_QUERY_CHARS:
        raise DoingoaiError(
            Code.E401_BAD_QUERY, f"the query has {len(q):,} characters, over the limit of 10,000"
        )
    q = unicodedata.normalize("NFC", q.replace("\x00", " "))
    if not q.strip():
        raise DoingoaiError(Code.E401_BAD_QUERY, "the query is empty")
    phrases = []
    for m in _PHRASE.finditer(q):
        words = _WORD.findall(m.group(1) if m.group(1) is not None else m.group(2))
        if words:
            phrases.append(tuple(fold(w) for w in words[:MAX_QUERY_SYLLABLES]))
    words = _WORD.findall(q)
    if not words:
        raise DoingoaiError(Code.E401_BAD_QUERY, "the query has no words to search for")
    # quotes break bigrams like any punctuation: "Liên Xô" and a word after it are separate runs
    terms = text_terms([_cut(q.replace('"', " . ").replace("“", " . ").replace("”", " . "))])
    if extra:  # names added by the engine: exact syllables and bigrams only ("viết" must not match "Việt")
        more = text_terms([_cut(t) for t in extra])
        keep = more.kind != 1
        terms = Terms(
            np.concatenate([terms.keys, more.keys[keep]]),
            np.concatenate([terms.unit, more.unit[keep] + 1]),
            np.concatenate([terms.kind, more.kind[keep]]),
            np.concatenate([terms.length, more.length]),
        )
    return Query(q, tuple(words), tuple(phrases), terms, tuple(extra or ()))


def _cut(text: str) -> str:
    """At most MAX_QUERY_SYLLABLES words of ``text``."""
    m = None
    for i, m in enumerate(_WORD.finditer(text)):
        if i == MAX_QUERY_SYLLABLES:
            return text[: m.start()]
    return text


_FOLDED: dict[str, str] = {}


def folded_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded syllable) of each word of ``text``, for phrases and highlights."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        f = _FOLDED.get(w)
        if f is None:
            if len(_FOLDED) > 500_000:
                _FOLDED.clear()
            f = _FOLDED[w] = fold(w)
        out.append((m.start(), m.end(), f))
    return out
