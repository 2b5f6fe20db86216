"""The search index in the database, and the in-memory index built from it.

Store hooks (called by ``doingoai.store`` inside each document's transaction, so a crash leaves no
half-indexed document)::

    index_document(db, doc_id, doc)   # after the document's rows are written
    remove_document(db, doc_id)       # before they are deleted (re-ingest of a changed file)

Each document's postings are one row of ``search_docs`` (numpy arrays in a BLOB/BYTEA: portable,
the same on SQLite and PostgreSQL). ``search_state.generation`` is bumped by every change; a
process keeps one merged :class:`Index` per database and rebuilds it when the generation moved.
Ranking therefore never depends on the backend.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from doingoai.model import Document
from doingoai.search.postings import Postings, doc_postings, pack, unpack
from doingoai.search.years import years_from_terms


def index_document(db, doc_id: int, doc: Document) -> None:
    """Index one stored document (replaces its previous postings, if any)."""
    data = pack(doc_postings(doc))
    db.execute("DELETE FROM search_docs WHERE doc_id = ?", (doc_id,))
    db.execute(
        "INSERT INTO search_docs (doc_id, name, n_sentences, data) VALUES (?, ?, ?, ?)",
        (doc_id, doc.name, len(doc.sentences), data),
    )
    db.execute("DELETE FROM search_vectors WHERE doc_id = ?", (doc_id,))
    _bump(db)


def remove_document(db, doc_id: int) -> None:
    """Forget a document's postings and embeddings."""
    db.execute("DELETE FROM search_docs WHERE doc_id = ?", (doc_id,))
    db.execute("DELETE FROM search_vectors WHERE doc_id = ?", (doc_id,))
    _bump(db)


def _bump(db) -> None:
    db.execute("UPDATE search_state SET value = value + 1 WHERE key = 'generation'")


def generation(db) -> int:
    return int(db.scalar("SELECT value FROM search_state WHERE key = 'generation'") or 0)


@dataclass
class Index:
    """All indexed documents merged: sentence rows, passage rows, postings and filter tables."""

    generation: int
    doc_ids: np.ndarray  # per document row: the store's doc_id
    doc_names: list[str]
    s_doc: np.ndarray  # per sentence row: document row
    s_idx: np.ndarray  # sentence number inside its document
    s_start: np.ndarray
    s_end: np.ndarray
    s_pass: np.ndarray  # passage row
    p_doc: np.ndarray
    p_start: np.ndarray
    p_end: np.ndarray
    sentences: Postings
    passages: Postings
    actor_pass: dict[str, np.ndarray]  # actor code -> passage rows naming it
    kind_sent: dict[str, np.ndarray]  # event kind -> sentence rows that are its evidence
    year_pass: np.ndarray
    year_lo: np.ndarray
    year_hi: np.ndarray
    doc_years: np.ndarray  # (n_docs, 2) first and last year of each document's own date, 0 if none
    sy_sent: np.ndarray  # (sentence row, first year, last year) of the sentences with years (search.years)
    sy_lo: np.ndarray
    sy_hi: np.ndarray
    extra: dict = field(default_factory=dict)  # caches (dense vectors)

    @property
    def n_sentences(self) -> int:
        return len(self.s_doc)

    @property
    def p_first(self) -> np.ndarray:
        """First sentence row of each passage (and the row count at the end): sentences of
        passage ``p`` are rows ``p_first[p]:p_first[p + 1]`` (passages are numbered in sentence order)."""
        cached = self.extra.get("p_first")
        if cached is None:
            cached = self.extra["p_first"] = np.searchsorted(self.s_pass, np.arange(len(self.p_doc) + 1))
        return cached

    @classmethod
    def merge(cls, rows: list[tuple[int, str, dict[str, np.ndarray]]], gen: int = 0) -> Index:
        """Merge per-document arrays ``(doc_id, name, arrays)`` into one index."""
        n_s = np.array([len(a["s_start"]) for _, _, a in rows], dtype=np.int64)
        n_p = np.array([len(a["p_start"]) for _, _, a in rows], dtype=np.int64)
        s_off = np.concatenate([[0], np.cumsum(n_s)])
        p_off = np.concatenate([[0], np.cumsum(n_p)])

        def cat(name: str, dtype, shift=None) -> np.ndarray:
            parts = [a[name].astype(dtype) for _, _, a in rows]
            if shift is not None:
                parts = [x + shift[i] for i, x in enumerate(parts)]
            return np.concatenate(parts) if parts else np.zeros(0, dtype)

        def rep(counts) -> np.ndarray:
            return np.repeat(np.arange(len(rows), dtype=np.int32), counts)

        sent = Postings.build(
            cat("s_keys", np.uint64),
            cat("s_unit", np.int64, s_off).astype(np.int32),
            cat("s_tf", np.uint16),
            cat("s_kind", np.uint8),
            cat("s_len", np.int32),
        )
        pas = Postings.build(
            cat("p_keys", np.uint64),
            cat("p_unit", np.int64, p_off).astype(np.int32),
            cat("p_tf", np.uint16),
            cat("p_kind", np.uint8),
            cat("p_len", np.int32),
        )
        return cls(
            generation=gen,
            doc_ids=np.array([d for d, _, _ in rows], dtype=np.int64),
            doc_names=[n for _, n, _ in rows],
            s_doc=rep(n_s),
            s_idx=np.concatenate([np.arange(k, dtype=np.int32) for k in n_s])
            if rows
            else np.zeros(0, np.int32),
            s_start=cat("s_start", np.int32),
            s_end=cat("s_end", np.int32),
            s_pass=cat("s_pass", np.int64, p_off).astype(np.int32),
            p_doc=rep(n_p),
            p_start=cat("p_start", np.int32),
            p_end=cat("p_end", np.int32),
            sentences=sent,
            passages=pas,
            actor_pass=_group(cat("actor_code", "<U32"), cat("actor_pass", np.int64, p_off)),
            kind_sent=_group(cat("kind_name", "<U32"), cat("kind_sent", np.int64, s_off)),
            year_pass=cat("year_pass", np.int64, p_off),
            year_lo=cat("year_lo", np.int32),
            year_hi=cat("year_hi", np.int32),
            doc_years=np.stack([a["doc_years"] for _, _, a in rows]) if rows else np.zeros((0, 2), np.int32),
            **_sentence_years(rows, s_off),
        )


def _sentence_years(
    rows: list[tuple[int, str, dict[str, np.ndarray]]], s_off: np.ndarray
) -> dict[str, np.ndarray]:
    """``sy_*`` of all documents, sentence rows shifted; from the terms of postings stored without them."""
    parts = [
        a if "sy_sent" in a else years_from_terms(a["s_keys"], a["s_unit"], a["s_kind"]) for _, _, a in rows
    ]
    if not parts:
        return {k: np.zeros(0, np.int32) for k in ("sy_sent", "sy_lo", "sy_hi")}
    return {
        "sy_sent": np.concatenate(
            [p["sy_sent"].astype(np.int32) + s_off[i] for i, p in enumerate(parts)]
        ).astype(np.int32),
        "sy_lo": np.concatenate([p["sy_lo"].astype(np.int32) for p in parts]),
        "sy_hi": np.concatenate([p["sy_hi"].astype(np.int32) for p in parts]),
    }


def _group(names: np.ndarray, ids: np.ndarray) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    if not len(names):
        return out
    order = np.argsort(names, kind="stable")
    names, ids = names[order], ids[order]
    uniq, first = np.unique(names, return_index=True)
    bounds = np.append(first, len(names))
    for i, name in enumerate(uniq.tolist()):
        out[name] = np.unique(ids[bounds[i] : bounds[i + 1]])
    return out


_CACHE: OrderedDict[tuple[str, str], Index] = OrderedDict()
_CACHE_SIZE = 4


def load_index(db) -> Index:
    """The merged index of ``db``, rebuilt only when documents were added or removed since."""
    gen = generation(db)
    key = (db.dialect, db.target)
    idx = _CACHE.get(key)
    if idx is not None and idx.generation == gen:
        _CACHE.move_to_end(key)
        return idx
    from doingoai.search import snapshot

    idx = snapshot.load(db, gen)
    if idx is None:
        rows = [
            (int(r["doc_id"]), r["name"], unpack(r["data"]))
            for r in db.query("SELECT doc_id, name, data FROM search_docs ORDER BY doc_id")
        ]
        idx = Index.merge(rows, gen)
        del rows
        if idx.n_sentences >= snapshot.MIN_SENTENCES and not getattr(db, "read_only", False):
            snapshot.save(db, idx)
    if db.target != ":memory:":
        _CACHE[key] = idx
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return idx


def forget(db) -> None:
    """Drop the cached index of ``db`` (tests, closing a knowledge base)."""
    _CACHE.pop((db.dialect, db.target), None)
