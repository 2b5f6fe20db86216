"""Per-document postings and the in-memory BM25 index built from them.

``doc_postings(doc)`` turns one parsed document into plain numpy arrays (its sentences and passages,
each term with its frequency, and what the filters need). They are stored per document by
:mod:`doingoai.search.index` and merged here into an :class:`Index`: compressed postings per term
with the BM25 weight of each (term, sentence) computed once (the eager scoring of bm25s), so a
query costs one gather-add per query term.

BM25 is the Lucene variant (as bm25s): ``idf = ln(1 + (N - df + .5) / (df + .5))``,
``w = idf * tf / (tf + k1 * (1 - b + b * dl / avgdl))``, k1 = 1.5, b = 0.75; ``dl`` counts syllables.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import numpy as np

from doingoai.model import Document
from doingoai.search.tokenize import Terms, text_terms
from doingoai.search.years import sentence_years, written_years, year_range

K1 = 1.5
B = 0.75
DENSE_FRACTION = 0.06  # terms in more units than this also get a dense weight vector
DENSE_MIN_UNITS = 10_000


def term_frequencies(terms: Terms, unit: np.ndarray | None = None) -> tuple[np.ndarray, ...]:
    """(keys, unit, tf, kind) with one row per distinct (key, unit), sorted by unit then key.

    ``unit`` re-maps units first (sentences -> passages) so passage postings come from sentence terms.
    """
    units = terms.unit if unit is None else unit[terms.unit]
    if not len(units):
        return (np.zeros(0, np.uint64), np.zeros(0, np.int32), np.zeros(0, np.uint16), np.zeros(0, np.uint8))
    order = np.lexsort((terms.keys, units))
    k, u, kd = terms.keys[order], units[order], terms.kind[order]
    new = np.ones(len(k), dtype=bool)
    new[1:] = (k[1:] != k[:-1]) | (u[1:] != u[:-1])
    starts = np.flatnonzero(new)
    tf = np.diff(np.append(starts, len(k))).astype(np.uint16)
    return k[starts], u[starts].astype(np.int32), tf, kd[starts]


def doc_postings(doc: Document) -> dict[str, np.ndarray]:
    """Everything the index needs from one document, as arrays (stored with :func:`pack`)."""
    sents = doc.sentences
    text = doc.text
    if not sents and text.strip():  # no structure stage: each line is a sentence and a passage
        from doingoai.model import Sentence

        sents, pos = [], 0
        for i, line in enumerate(text.split("\n")):
            if line.strip():
                sents.append(Sentence(pos, pos + len(line), i))
            pos += len(line) + 1
    s_start = np.array([s.start for s in sents], dtype=np.int32)
    s_end = np.array([s.end for s in sents], dtype=np.int32)
    s_block = np.array([s.block for s in sents], dtype=np.int32)
    # passages: the blocks that hold sentences, numbered in order
    blocks, s_pass = np.unique(s_block, return_inverse=True) if len(sents) else (np.zeros(0, np.int32),) * 2
    s_pass = s_pass.astype(np.int32)
    p_start = np.array(
        [_block_start(doc, b, s_start[s_pass == i]) for i, b in enumerate(blocks)], dtype=np.int32
    )
    p_end = np.array([_block_end(doc, b, s_end[s_pass == i]) for i, b in enumerate(blocks)], dtype=np.int32)
    terms = text_terms([text[s.start : s.end] for s in sents])
    sk, su, stf, skind = term_frequencies(terms)
    pk, pu, ptf, pkind = term_frequencies(terms, s_pass)
    p_len = np.bincount(s_pass, weights=terms.length, minlength=len(blocks)).astype(np.int32)
    out = {
        "s_start": s_start,
        "s_end": s_end,
        "s_pass": s_pass,
        "s_len": terms.length,
        "p_start": p_start,
        "p_end": p_end,
        "p_len": p_len,
        "s_keys": sk,
        "s_unit": su,
        "s_tf": stf,
        "s_kind": skind,
        "p_keys": pk,
        "p_unit": pu,
        "p_tf": ptf,
        "p_kind": pkind,
    }
    out.update(_filters(doc, p_start, p_end, s_start, s_end))
    out.update(sentence_years(doc, s_start, s_end))
    return out


def _block_start(doc: Document, b: int, starts: np.ndarray) -> int:
    return doc.blocks[b].start if 0 <= b < len(doc.blocks) else int(starts.min())


def _block_end(doc: Document, b: int, ends: np.ndarray) -> int:
    return doc.blocks[b].end if 0 <= b < len(doc.blocks) else int(ends.max())


def _filters(doc: Document, p_start, p_end, s_start, s_end) -> dict[str, np.ndarray]:
    """Actors per passage (mentions), event kinds per sentence (evidence), years per passage."""

    def passage_of(offset: int) -> int:
        i = int(np.searchsorted(p_start, offset, side="right")) - 1
        return i if i >= 0 and offset < p_end[i] else -1

    def sentence_of(offset: int) -> int:
        i = int(np.searchsorted(s_start, offset, side="right")) - 1
        return i if i >= 0 and offset < s_end[i] else -1

    # an actor is in a passage when a mention names it there, or an event there has it as a party
    # ("Hiệp ước ... Việt Nam – Lào" is an agreement mention, but its signing event has LAO)
    actor_set = {(m.code, passage_of(m.start)) for m in doc.mentions}
    kinds = set()
    years: set[tuple[int, int, int]] = set()
    for ev in doc.events:
        lo, hi = year_range(ev.date)
        for span in ev.evidence:
            actor_set.update((code, passage_of(span.start)) for code in (*ev.actors, *ev.recipients))
            s = sentence_of(span.start)
            if s >= 0:
                kinds.add((ev.kind.value, s))
            p = passage_of(span.start)
            if p >= 0 and lo:
                years.add((p, lo, hi))
    for d in doc.dates:
        p, (lo, hi) = passage_of(d.start), year_range(d.value)
        if p >= 0 and lo:
            years.add((p, lo, hi))
    for i, (a, b) in enumerate(zip(p_start.tolist(), p_end.tolist(), strict=True)):
        years.update((i, y, y) for _, y in written_years(doc, a, b))
    doc_lo, doc_hi = year_range(str(doc.meta.get("date") or ""))
    actors = sorted((code, p) for code, p in actor_set if p >= 0)
    ks = sorted(kinds)
    ys = sorted(years)
    return {
        "actor_code": np.array([a for a, _ in actors], dtype="<U32"),
        "actor_pass": np.array([p for _, p in actors], dtype=np.int32),
        "kind_name": np.array([k for k, _ in ks], dtype="<U32"),
        "kind_sent": np.array([s for _, s in ks], dtype=np.int32),
        "year_pass": np.array([y[0] for y in ys], dtype=np.int32),
        "year_lo": np.array([y[1] for y in ys], dtype=np.int32),
        "year_hi": np.array([y[2] for y in ys], dtype=np.int32),
        "doc_years": np.array([doc_lo, doc_hi], dtype=np.int32),
    }


def pack(arrays: dict[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def unpack(data: bytes | memoryview) -> dict[str, np.ndarray]:
    with np.load(io.BytesIO(bytes(data)), allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


@dataclass(frozen=True)
class Postings:
    """Compressed postings of one level (sentences or passages) with eager BM25 weights."""

    keys: np.ndarray  # uint64, sorted, unique
    kind: np.ndarray  # uint8 per key: 0 exact, 1 folded, 2 bigram
    indptr: np.ndarray  # int64, len(keys) + 1
    rows: np.ndarray  # int32 unit ids
    weights: np.ndarray  # float32 BM25 weight of the term in the unit
    n_units: int
    maxw: np.ndarray  # float32 per key: its largest weight (a bound for pruning)
    dense_row: dict[int, int] = field(default_factory=dict)  # key position -> row of ``dense``
    dense: np.ndarray | None = None  # float32 (n terms, n_units): weights of the most frequent terms

    @classmethod
    def build(cls, keys, units, tf, kind, lengths: np.ndarray, k1: float = K1, b: float = B) -> Postings:
        n = len(lengths)
        order = np.argsort(keys, kind="stable")
        keys, units, tf, kind = keys[order], units[order], tf[order].astype(np.float32), kind[order]
        new = np.ones(len(keys), dtype=bool)
        new[1:] = keys[1:] != keys[:-1]
        first = np.flatnonzero(new)
        indptr = np.append(first, len(keys)).astype(np.int64)
        df = np.diff(indptr).astype(np.float64)
        idf = np.log1p((n - df + 0.5) / (df + 0.5))
        avgdl = float(lengths.mean()) if n and lengths.sum() else 1.0
        norm = (k1 * (1 - b + b * lengths / avgdl)).astype(np.float32)
        w = tf / (tf + norm[units])
        w *= np.repeat(idf, np.diff(indptr)).astype(np.float32)
        w = w.astype(np.float32)
        maxw = np.maximum.reduceat(w, first) if len(w) else np.zeros(0, np.float32)
        return cls.from_arrays(keys[first], kind[first], indptr, units.astype(np.int32), w, n, maxw)

    @classmethod
    def from_arrays(cls, keys, kind, indptr, rows, weights, n_units: int, maxw) -> Postings:
        """Postings from their stored arrays. Terms in over a quarter of the units also get a dense
        weight vector: adding one is a contiguous add instead of a scatter over many postings."""
        df = np.diff(indptr)
        frequent = (
            np.flatnonzero(df > DENSE_FRACTION * n_units)
            if n_units >= DENSE_MIN_UNITS
            else np.zeros(0, np.int64)
        )
        dense = np.zeros((len(frequent), n_units), dtype=np.float32)
        for j, i in enumerate(frequent.tolist()):
            dense[j, rows[indptr[i] : indptr[i + 1]]] = weights[indptr[i] : indptr[i + 1]]
        return cls(
            keys,
            kind,
            indptr,
            rows,
            weights,
            int(n_units),
            maxw,
            {int(i): j for j, i in enumerate(frequent)},
            dense,
        )

    def arrays(self) -> dict[str, np.ndarray]:
        """What :meth:`from_arrays` needs (for the stored snapshot)."""
        return {
            "keys": self.keys,
            "kind": self.kind,
            "indptr": self.indptr,
            "rows": self.rows,
            "weights": self.weights,
            "maxw": self.maxw,
            "n_units": np.array([self.n_units], np.int64),
        }

    def score(self, qkeys: np.ndarray, kind_weights: tuple[float, float, float]) -> np.ndarray:
        """Sum of the weights of the query terms in each unit (a dense float32 vector)."""
        out = np.zeros(self.n_units, dtype=np.float32)
        for i in self.lookup(qkeys):
            kw = kind_weights[self.kind[i]]
            if kw:
                self.add_to(out, int(i), kw)
        return out

    def add_to(self, out: np.ndarray, i: int, kw: float) -> None:
        """``out[unit] += kw * weight`` for every unit of key position ``i`` (``out`` over all units)."""
        j = self.dense_row.get(i)
        if j is not None:
            out += self.dense[j] if kw == 1.0 else kw * self.dense[j]
            return
        a, b = self.indptr[i], self.indptr[i + 1]
        out[self.rows[a:b]] += kw * self.weights[a:b]

    def add_at(
        self, out: np.ndarray, units: np.ndarray, i: int, kw: float, scratch: np.ndarray | None = None
    ) -> None:
        """Like :meth:`add_to` for the sorted ``units`` only (``out`` aligned with them).

        ``scratch`` (zeros over all units, left as zeros) turns the lookup into a scatter and a gather."""
        j = self.dense_row.get(i)
        if j is not None:
            out += kw * self.dense[j][units]
            return
        a, b = self.indptr[i], self.indptr[i + 1]
        if scratch is not None and b - a < 16 * len(units):
            rows = self.rows[a:b]
            scratch[rows] = self.weights[a:b]
            out += kw * scratch[units]
            scratch[rows] = 0
            return
        rows = self.rows[a:b]
        j = np.searchsorted(rows, units)
        j[j == len(rows)] = 0
        hit = rows[j] == units if len(rows) else np.zeros(len(units), bool)
        out[hit] += kw * self.weights[a + j[hit]]

    def df(self, i: int) -> int:
        return int(self.indptr[i + 1] - self.indptr[i])

    def lookup(self, qkeys: np.ndarray) -> np.ndarray:
        """Positions in ``keys`` of the distinct query keys that the index has."""
        q = np.unique(qkeys)
        pos = np.searchsorted(self.keys, q)
        ok = pos < len(self.keys)
        ok[ok] = self.keys[pos[ok]] == q[ok]
        return pos[ok]

    def units_with(self, key: int) -> np.ndarray:
        """The units whose text has the term ``key``."""
        i = int(np.searchsorted(self.keys, np.uint64(key)))
        if i < len(self.keys) and self.keys[i] == np.uint64(key):
            return self.rows[self.indptr[i] : self.indptr[i + 1]]
        return np.zeros(0, dtype=np.int32)
