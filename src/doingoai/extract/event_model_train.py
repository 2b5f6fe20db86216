"""Training the learned event detector (:mod:`event_model`): used by scripts/train_event_model.py and
bench/event_model_cv.py, never at run time.

Each annotated set (``tests/data/<set>/``: documents and ``gold/events.probe.jsonl``) is run through the real
pipeline; every sentence that names a party (:func:`event_model_draft.candidates`) is labelled with the kinds of the
non-optional gold events whose evidence lies in it (an optional event's kind is neither positive nor negative
there). The kind model is one logistic regression per kind, the role model a three-way logistic regression
(actor / recipient / none) over each name of a positive sentence, both fitted by full-batch gradient descent
(numpy only, deterministic) and written with their weights rounded, so the same sets give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from doingoai.extract import event_model
from doingoai.extract.event_model import BIAS, FORMAT, ROLES, Candidate, role_features
from doingoai.extract.triggers import lower_same_length
from doingoai.model import Document, EventKind

KINDS = tuple(EventKind)
SYMMETRIC = frozenset(k.value for k in EventKind if k.symmetric)


@dataclass
class Item:
    """One annotated document, parsed up to the events stage, with its candidates and labels."""

    set_name: str
    gid: str
    doc: Document
    gold: list[dict[str, Any]]
    cands: list[Candidate] = field(default_factory=list)
    pos: list[set[int]] = field(default_factory=list)  # per candidate: kind indices labelled positive
    neutral: list[set[int]] = field(default_factory=list)  # per candidate: optional kinds (no label)
    events: list[list[dict[str, Any]]] = field(default_factory=list)  # per candidate: its gold events


def read_sets(listing: Path) -> list[Path]:
    root = listing.resolve().parent.parent.parent  # tests/data/training_sets.txt -> the repository
    lines = [x.strip() for x in listing.read_text(encoding="utf-8").splitlines()]
    return [root / x for x in lines if x and not x.startswith("#")]


def set_documents(set_dir: Path) -> list[tuple[str, Path]]:
    """``(gold id, text form)`` of each document of a set that has gold (its .txt or .html, once)."""
    out: dict[str, Path] = {}
    for p in sorted(set_dir.iterdir()):
        if p.suffix in (".txt", ".html") and "_" in p.name and not p.name.startswith("README"):
            out.setdefault(p.name.split("_", 1)[0], p)
    return sorted(out.items())


def prepare(set_dirs: list[Path]) -> list[Item]:
    """Every document of the sets, parsed and through mentions, dates and citations (not yet events)."""
    from doingoai.pipeline import extract_stages, parse_file, run

    before_events = [s for s in extract_stages() if s[0] != "events"]
    items = []
    for d in set_dirs:
        gold = [
            json.loads(x)
            for x in (d / "gold" / "events.probe.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()
        ]
        for gid, path in set_documents(d):
            g = [e for e in gold if e["doc"] == gid]
            if not g:
                continue
            items.append(Item(d.name, gid, run(parse_file(path), before_events), g))
    return items


def extract(items: list[Item], model: event_model.EventModel | None) -> None:
    """find_events on each item with ``model`` (None: the rules alone); records the candidates."""
    from doingoai.extract.events import find_events

    with event_model.use(model), event_model.recording() as rec:
        for it in items:
            find_events(it.doc)
    by_doc = {id(doc): cands for doc, cands in rec}
    for it in items:
        if not it.cands:
            it.cands = by_doc.get(id(it.doc), [])
            label(it)


def locate(text: str, evidence: str) -> tuple[int, int] | None:
    k = text.find(evidence)
    if k >= 0:
        return k, k + len(evidence)
    words = evidence.split()
    if not words:
        return None
    rx = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    m = rx.search(text)
    return (m.start(), m.end()) if m else None


def label(it: Item) -> None:
    starts = [c.start for c in it.cands]
    it.pos = [set() for _ in it.cands]
    it.neutral = [set() for _ in it.cands]
    it.events = [[] for _ in it.cands]
    kind_ix = {k.value: i for i, k in enumerate(KINDS)}
    for g in it.gold:
        k = kind_ix.get(g["kind"])
        if k is None:
            continue
        for ev in g.get("evidence", []):
            span = locate(it.doc.text, ev)
            if span is None:
                continue
            j = bisect_right(starts, span[0]) - 1
            while 0 <= j < len(it.cands) and it.cands[j].start < span[1]:
                c = it.cands[j]
                if c.end > span[0]:
                    if g.get("optional"):
                        it.neutral[j].add(k)
                    else:
                        it.pos[j].add(k)
                        it.events[j].append(g)
                j += 1
    for j in range(len(it.cands)):
        it.neutral[j] -= it.pos[j]


# -- fitting ------------------------------------------------------------------------------------------------


def _csr(rows: list[list[str]], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    indices: list[int] = []
    indptr = [0]
    for r in rows:
        indices += [vocab[f] for f in r if f in vocab]
        indptr.append(len(indices))
    return np.array(indptr, dtype=np.int64), np.array(indices, dtype=np.int64)


def _vocab(rows: list[list[str]], min_df: int) -> list[str]:
    df = Counter(f for r in rows for f in set(r))
    return sorted(f for f, n in df.items() if n >= min_df or f == BIAS)


def _fit(
    indptr: np.ndarray,
    indices: np.ndarray,
    n_feats: int,
    y: np.ndarray,
    mask: np.ndarray,
    softmax: bool,
    iters: int,
    l2: float,
    lr: float = 0.1,
    pos_weight: float = 1.0,
) -> np.ndarray:
    """Full-batch Adam on the (masked) logistic or softmax loss with an L2 penalty: ``(n_feats, k)``."""
    n, k = y.shape
    rows = np.repeat(np.arange(n), np.diff(indptr))
    order = np.argsort(indices, kind="stable")  # the transpose, for the gradient
    cols = indices[order]
    colptr = np.searchsorted(cols, np.arange(n_feats))
    present = np.unique(cols)
    w = np.zeros((n_feats, k))
    m1 = np.zeros_like(w)
    m2 = np.zeros_like(w)
    weight = mask * np.where(y > 0, pos_weight, 1.0) / max(1, n)
    for t in range(1, iters + 1):
        z = np.add.reduceat(w[indices], indptr[:-1], axis=0)
        if softmax:
            z = z - z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
        else:
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = (p - y) * weight
        grad = np.zeros_like(w)
        grad[present] = np.add.reduceat(g[rows[order]], colptr[present], axis=0)
        grad += l2 * w
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad * grad
        w -= lr * (m1 / (1 - 0.9**t)) / (np.sqrt(m2 / (1 - 0.999**t)) + 1e-8)
    return w


@dataclass(frozen=True)
class Settings:
    min_df: int = 2
    iters: int = 200
    l2: float = 1e-4
    pos_weight: float = 3.0
    threshold: float = 0.9  # probability; the same for every kind
    fresh_only: bool = True  # propose only in sentences where the rules found no event
    min_cue: float = 0.5  # the least weight of the cue word (the anchor) for the kind proposed
    role_iters: int = 200
    role_l2: float = 1e-4


def fit(items: list[Item], settings: Settings = Settings()) -> dict[str, Any]:
    """The model (a JSON-ready dict) from labelled items."""
    rows, ys, ms = [], [], []
    for it in items:
        for j, c in enumerate(it.cands):
            rows.append(c.feats)
            y = np.zeros(len(KINDS))
            y[list(it.pos[j])] = 1
            m = np.ones(len(KINDS))
            m[list(it.neutral[j])] = 0
            ys.append(y)
            ms.append(m)
    feats = _vocab(rows, settings.min_df)
    vocab = {f: i for i, f in enumerate(feats)}
    indptr, indices = _csr(rows, vocab)
    w = _fit(
        indptr,
        indices,
        len(feats),
        np.array(ys),
        np.array(ms),
        False,
        settings.iters,
        settings.l2,
        pos_weight=settings.pos_weight,
    )
    partial = event_model.EventModel(_kind_dict(feats, w, {}, settings))  # anchors for the role examples
    role_rows, role_y = [], []
    for it in items:
        low = lower_same_length(it.doc.text)
        for j, c in enumerate(it.cands):
            for g in it.events[j]:
                k = partial.kind_index[EventKind(g["kind"])]
                ts, te = partial.anchor(low, c, k)
                actors, recips = set(g["actors"]), set(g["recipients"])
                if g["kind"] in SYMMETRIC:
                    actors, recips = actors | recips, set()
                for i, (_a, _b, codes, _ph) in enumerate(c.names):
                    role = 0 if actors & set(codes) else 1 if recips & set(codes) else 2
                    role_rows.append(role_features(low, c, i, g["kind"], ts, te))
                    role_y.append(np.eye(len(ROLES))[role])
    rfeats = _vocab(role_rows, settings.min_df)
    rvocab = {f: i for i, f in enumerate(rfeats)}
    rptr, rind = _csr(role_rows, rvocab)
    rw = _fit(
        rptr,
        rind,
        len(rfeats),
        np.array(role_y),
        np.ones((len(role_rows), len(ROLES))),
        True,
        settings.role_iters,
        settings.role_l2,
    )
    roles = {f: [round(float(x), 4) for x in rw[i]] for i, f in enumerate(rfeats)}
    roles = {f: v for f, v in roles.items() if any(v)}
    data = _kind_dict(feats, w, roles, settings)
    data["training"] = {
        "sets": sorted({it.set_name for it in items}, key=_set_order),
        "documents": len(items),
        "sentences": len(rows),
        "positives": {
            KINDS[k].value: n
            for k, n in sorted(Counter(k for it in items for p in it.pos for k in p).items())
        },
        "role_examples": len(role_rows),
    }
    body = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    data["sha256"] = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return data


def _kind_dict(feats: list[str], w: np.ndarray, roles: dict[str, list[float]], s: Settings) -> dict[str, Any]:
    weights: dict[str, list[list[float]]] = {}
    keep = []
    for i, f in enumerate(feats):
        row = [[k, round(float(x), 4)] for k, x in enumerate(w[i]) if round(float(x), 4) != 0]
        if row or f == BIAS:
            weights[f] = row
            keep.append(f)
    logit = float(np.log(s.threshold / (1 - s.threshold)))
    return {
        "format": FORMAT,
        "kinds": [k.value for k in KINDS],
        "features": keep,
        "weights": weights,
        "thresholds": {k.value: round(logit, 4) for k in KINDS},
        "roles": roles,
        "settings": {k: getattr(s, k) for k in s.__dataclass_fields__},
    }


def with_threshold(data: dict[str, Any], threshold: float, **runtime: Any) -> dict[str, Any]:
    """The model with another threshold (and run-time settings: fresh_only, min_cue)."""
    logit = round(float(np.log(threshold / (1 - threshold))), 4)
    settings = {**data["settings"], "threshold": threshold, **runtime}
    return {**data, "thresholds": {k: logit for k in data["thresholds"]}, "settings": settings}


def _set_order(name: str) -> tuple[int, str]:
    digits = "".join(ch for ch in name if ch.isdigit())
    return (int(digits) if digits else (0 if name == "probe" else 1)), name


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
