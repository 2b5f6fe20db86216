"""Pick the right sentence of the top passages for a question (answer types, neighbours, coverage).

BM25 finds the right paragraph far more often than the right sentence: the answer is often in the
sentence next to the one that repeats the question's words. For a question, the sentences of each
of the best few passages are re-scored by a linear score over features (M = the passage's best
sentence BM25; coverage = IDF-weighted share of the question's terms the sentence holds):

* ``s``: BM25(sentence) / M; ``prev`` / ``next``: the same of its neighbours (context counts);
* ``local``: coverage with each term also weighted by how few sentences of the passage hold it
  (the passage's topic words do not tell its sentences apart); ``cov_ex`` / ``cov_bi``: coverage
  of exact syllables / bigrams;
* ``date`` / ``number`` / ``name``: the sentence holds a candidate of the type the question wants,
  not in the question (:mod:`doingoai.search.answer_type`); ``unit``: a number followed by the
  question's unit word; ``nb``: it holds one, the previous sentence does not, times ``prev``;
* ``pos``: position in the passage (0 first .. 1 last); ``loglen``: log(1 + words).

The weights were fitted (listwise softmax, numpy) on the even-numbered XQuAD questions and checked on
the odd ones (docs/decisions.md, "## Search"). The passages keep their order (as ranked by BM25 or
the dense fusion); only the order of sentences inside each changes, so a sentence that repeats no
query word can become the hit, but only in a passage the ranking chose. Only the top passages'
sentences are touched, and of a passage longer than ``MAX_SENTENCES`` (a document that came as one
block) only the ``MAX_SENTENCES`` around its best sentence: the cost grows neither with the
collection nor with a passage's length. A question whose syllables are
mostly not in the index (English against Vietnamese text) is left to the ranking: its BM25
features are only names and numbers, and the dense ranking orders its sentences better.
"""

from __future__ import annotations

import numpy as np

from doingoai.question import is_question
from doingoai.search.answer_type import Want, answer_type, candidates
from doingoai.search.index import Index
from doingoai.search.rank import WEIGHTS, coverage
from doingoai.search.tokenize import Query

TOP_PASSAGES = 3
MAX_SENTENCES = 64  # sentences of one passage re-scored, at most: those around its best sentence
MIN_COVERAGE = 0.7  # share of the question's syllables in the index; lower: another language
FEATURE_WEIGHTS = {
    "s": 0.4,
    "local": 4.5,
    "cov_ex": 1.3,
    "cov_bi": -1.7,
    "date": 1.3,
    "number": 1.9,
    "name": 1.8,
    "unit": 2.1,
    "nb": 0.3,
    "prev": 1.0,
    "next": 0.5,
    "pos": -0.3,
    "loglen": -0.25,
}


def rerank(
    index: Index,
    query: Query,
    rows: np.ndarray,
    scores: np.ndarray,
    keep: np.ndarray | None,
    texts,
) -> tuple[np.ndarray, np.ndarray]:
    """``(rows, scores)`` with the sentences of the best passages re-scored for the question.

    ``texts(rows) -> {row: (sentence, passage)}`` fetches texts. ``scores`` may be BM25 or
    fused (dense) scores: passages keep their order, only the sentences within them move."""
    if not len(rows) or not is_question(query.text) or coverage(index, query) < MIN_COVERAGE:
        return rows, scores  # not a question, or not in the collection's language (English: dense decides)
    at = answer_type(query.text)
    # the best passages: the first distinct passages of the best rows (numpy: ``rows`` may be 100k+)
    head = np.argpartition(-scores, 255)[:256] if len(scores) > 256 else np.arange(len(scores))
    head = head[np.lexsort((rows[head], -scores[head]))]
    best: dict[int, float] = {}
    best_row: dict[int, int] = {}
    for r, p, sc in zip(
        rows[head].tolist(), index.s_pass[rows[head]].tolist(), scores[head].tolist(), strict=True
    ):
        if sc > 0 and p not in best:
            best[p], best_row[p] = sc, r
            if len(best) == TOP_PASSAGES:
                break
    if not best:
        return rows, scores
    top = list(best)
    cand = np.concatenate([_window(index, p, best_row[p]) for p in sorted(top)])
    if keep is not None:
        cand = cand[keep[cand]]
    if not len(cand):
        return rows, scores
    weights = np.array([FEATURE_WEIGHTS.get(k, 0.0) for k in _FEATURES], dtype=np.float64)
    found = texts(cand.tolist())
    passes = index.s_pass[cand]
    new = np.zeros(len(cand), dtype=np.float64)
    gap = min(best.values()) * 1e-3
    for p in top:  # each passage keeps its best score; its sentences are ordered within ``gap``
        at_p = np.flatnonzero(passes == p)
        if not len(at_p):
            continue
        mine = cand[at_p]
        sents = [found[r][0] if r in found else "" for r in mine.tolist()]
        within = features(index, query, mine, sents, at) @ weights
        span = float(within.max() - within.min()) or 1.0
        new[at_p] = best[p] + gap * (within - within.min()) / span
    rest = ~np.isin(rows, cand)
    return np.concatenate([rows[rest], cand]), np.concatenate([scores[rest].astype(np.float64), new])


def _window(index: Index, p: int, centre: int, size: int = MAX_SENTENCES) -> np.ndarray:
    """The sentence rows of passage ``p`` to re-score: all of them, or for a passage longer than
    ``size`` sentences (a document that came as one block), the ``size`` around its best row."""
    lo, hi = int(index.p_first[p]), int(index.p_first[p + 1])
    if hi - lo > size:
        lo = min(max(lo, centre - size // 2), hi - size)
        hi = lo + size
    return np.arange(lo, hi)


_FEATURES = (
    "s",
    "local",
    "cov_ex",
    "cov_bi",
    "date",
    "number",
    "name",
    "unit",
    "nb",
    "prev",
    "next",
    "pos",
    "loglen",
)


def features(index: Index, query: Query, rows: np.ndarray, sents: list[str], at) -> np.ndarray:
    """The feature matrix (one row per sentence, columns as ``_FEATURES``) of the sorted sentence
    ``rows`` of one passage, whose texts are ``sents``."""
    sp = index.sentences
    n = len(rows)
    s = np.zeros(n)
    cov = {0: np.zeros(n), 2: np.zeros(n)}
    tot = {0: 0.0, 2: 0.0}
    local, l_tot = np.zeros(n), 0.0
    for i in sp.lookup(query.terms.keys).tolist():
        w = np.zeros(n, dtype=np.float32)
        sp.add_at(w, rows, i, 1.0)
        kind = int(sp.kind[i])
        s += WEIGHTS[kind] * w
        has = (w > 0).astype(np.float64)
        idf = float(np.log(1 + sp.n_units / max(sp.df(i), 1)))
        if kind in cov:
            cov[kind] += idf * has
            tot[kind] += idf
        if kind:  # folded syllables and bigrams
            df = has.sum()
            lw = idf * np.log1p(n / df) if df else 0.0
            local += lw * has
            l_tot += lw
    m = float(s.max()) or 1.0
    typ = np.array([candidates(t, at) for t in sents], dtype=np.float64)
    prev = np.r_[0.0, s[:-1]] / m
    prev_typ = np.r_[1.0, typ[:-1]]
    wanted = (typ > 0).astype(np.float64)
    cols = {
        "s": s / m,
        "local": local / (l_tot or 1.0),
        "cov_ex": cov[0] / (tot[0] or 1.0),
        "cov_bi": cov[2] / (tot[2] or 1.0),
        "date": wanted * (at.want is Want.DATE),
        "number": wanted * (at.want is Want.NUMBER),
        "name": wanted * (at.want is Want.NAME),
        "unit": (typ >= 2).astype(np.float64),
        "nb": wanted * (prev_typ == 0) * prev * (at.want is not Want.NONE),
        "prev": prev,
        "next": np.r_[s[1:], 0.0] / m,
        "pos": np.arange(n) / max(n - 1, 1),
        "loglen": np.log1p([len(t.split()) for t in sents]),
    }
    return np.stack([cols[k] for k in _FEATURES], axis=1)
