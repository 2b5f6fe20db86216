"""The years of each sentence, and the year filter of search (``since`` / ``until``).

A hit is a sentence, so the filter asks about the sentence: a sentence with dates of its own
passes when one of them falls in the range ("Tháng 3/2014, ..." is not a hit of ``since=2020``,
whatever else its paragraph says); a sentence without any passes by its passage's years (a
paragraph opened by "Năm 2020, ..." dates the sentences after it), and a passage without any by the
document's own date.

A sentence's years: years written in it (1500-2099) outside its in-text citations (the "2017" of
"(Nguyễn Duy Chiến, 2017)" is when a source was published, not a year the sentence is about), the dates the extraction found in it (relative
ones resolved: "năm ngoái"), and the dates of the events it is evidence of. Postings stored before
these were kept (``sy_*`` absent) get the years written in each sentence, read from its exact
syllable terms (a year is one syllable), so an older knowledge base filters by sentence too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

import numpy as np

from doingoai.model import Document

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
FIRST, LAST = 1500, 2099


def year_range(value: str) -> tuple[int, int]:
    """First and last year of an ISO reduced-precision date or interval ("1975/1985"); (0, 0) if none."""
    found = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", value or "")]
    return (min(found), max(found)) if found else (0, 0)


def written_years(doc: Document, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(offset, year) of each year written in ``doc.text[start:end]`` outside its in-text citations."""
    cited = sorted((c.start, c.end) for c in doc.citations)
    starts = [a for a, _ in cited]
    for m in _YEAR.finditer(doc.text, start, len(doc.text) if end is None else end):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.start() >= cited[i][1]:
            yield m.start(), int(m.group())


def sentence_years(doc: Document, s_start: np.ndarray, s_end: np.ndarray) -> dict[str, np.ndarray]:
    """``sy_sent`` / ``sy_lo`` / ``sy_hi``: one row per (sentence, year range) of the document."""

    def sentence_at(offsets: list[int]) -> np.ndarray:
        pos = np.asarray(offsets, dtype=np.int64)
        i = np.searchsorted(s_start, pos, side="right") - 1
        ok = (i >= 0) & (pos < s_end[np.maximum(i, 0)]) if len(s_end) else np.zeros(len(pos), bool)
        return np.where(ok, i, -1)

    found: set[tuple[int, int, int]] = set()
    spans = [(at, y, y) for at, y in written_years(doc)]
    spans += [(d.start, *year_range(d.value)) for d in doc.dates]
    spans += [(sp.start, *year_range(ev.date)) for ev in doc.events for sp in ev.evidence]
    spans = [s for s in spans if s[1]]
    if spans and len(s_start):
        at = sentence_at([s[0] for s in spans]).tolist()
        found = {(s, lo, hi) for s, (_, lo, hi) in zip(at, spans, strict=True) if s >= 0}
    rows = sorted(found)
    return {
        "sy_sent": np.array([r[0] for r in rows], dtype=np.int32),
        "sy_lo": np.array([r[1] for r in rows], dtype=np.int32),
        "sy_hi": np.array([r[2] for r in rows], dtype=np.int32),
    }


@cache
def _year_keys() -> tuple[np.ndarray, np.ndarray]:
    """Exact-syllable term keys of the years FIRST..LAST, sorted, with their years."""
    from doingoai.search.tokenize import syllable_keys

    years = np.arange(FIRST, LAST + 1)
    keys = np.array([syllable_keys(str(y))[0] for y in years.tolist()], dtype=np.uint64)
    order = np.argsort(keys)
    return keys[order], years[order].astype(np.int32)


def years_from_terms(keys: np.ndarray, units: np.ndarray, kind: np.ndarray) -> dict[str, np.ndarray]:
    """``sy_*`` of stored postings without them: the year syllables of each sentence's exact terms."""
    ykeys, years = _year_keys()
    exact = kind == 0
    k, u = keys[exact].astype(np.uint64), units[exact]
    pos = np.minimum(np.searchsorted(ykeys, k), len(ykeys) - 1)
    hit = ykeys[pos] == k
    y = years[pos[hit]]
    return {"sy_sent": u[hit].astype(np.int32), "sy_lo": y, "sy_hi": y.copy()}


def years_from_postings(sentences) -> dict[str, np.ndarray]:
    """``sy_*`` of a merged index without them (a snapshot saved before): from its sentence postings."""
    ykeys, years = _year_keys()
    parts, ys = [np.zeros(0, np.int32)], [np.zeros(0, np.int32)]
    if len(sentences.keys):
        found = np.minimum(np.searchsorted(sentences.keys, ykeys), len(sentences.keys) - 1)
        hit = sentences.keys[found] == ykeys
        for i, y in zip(found[hit].tolist(), years[hit].tolist(), strict=True):
            rows = sentences.rows[sentences.indptr[i] : sentences.indptr[i + 1]]
            parts.append(rows.astype(np.int32))
            ys.append(np.full(len(rows), y, np.int32))
    sent, lo = np.concatenate(parts), np.concatenate(ys)
    order = np.lexsort((lo, sent))
    return {"sy_sent": sent[order], "sy_lo": lo[order], "sy_hi": lo[order].copy()}


def year_mask(index, since: int | None, until: int | None) -> np.ndarray:
    """Sentence rows that pass ``since``/``until``: by their own years, else their passage's, else
    their document's date."""
    lo = -(10**6) if since is None else int(since)
    hi = 10**6 if until is None else int(until)
    n_pass = len(index.p_doc)
    passes = np.zeros(n_pass, dtype=bool)
    passes[index.year_pass[(index.year_hi >= lo) & (index.year_lo <= hi)]] = True
    dy = index.doc_years
    doc_ok = (dy[:, 0] > 0) & (dy[:, 1] >= lo) & (dy[:, 0] <= hi) if len(dy) else np.zeros(0, bool)
    passes |= ~_dated(index, "p_dated", index.year_pass, n_pass) & doc_ok[index.p_doc]
    own = np.zeros(index.n_sentences, dtype=bool)
    own[index.sy_sent[(index.sy_hi >= lo) & (index.sy_lo <= hi)]] = True
    return own | (~_dated(index, "s_dated", index.sy_sent, index.n_sentences) & passes[index.s_pass])


def _dated(index, name: str, rows: np.ndarray, n: int) -> np.ndarray:
    """Which units have a year at all (cached with the index)."""
    got = index.extra.get(name)
    if got is None:
        got = np.zeros(n, dtype=bool)
        got[rows] = True
        index.extra[name] = got
    return got
