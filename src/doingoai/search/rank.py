"""Scores: BM25 of a sentence plus a share of its passage's BM25, and the fusion with dense.

score(sentence) = BM25(sentence) + PASSAGE_WEIGHT * BM25(its passage), where each BM25 sums three
term kinds with weights: exact syllables (accents as typed), folded syllables, folded bigrams.
A query typed with accents therefore ranks exact matches above folded-only ones, and one typed
without accents still finds everything. Only sentences that match a query term themselves are hits.

:func:`top_rows` gives the same top scores as :func:`rank` without scoring every sentence: the
rare query terms choose the candidates, the frequent ones are added to those only, and sentences
that could still reach the top through their passage are added; an upper bound on everything
left out proves the top is exact (otherwise it returns None and the caller scores everything).

With the dense extra, :func:`fuse` merges the BM25 and dense rankings (reciprocal ranks), BM25
weighted by the square of :func:`coverage`: an English question against Vietnamese text matches
only names and numbers, and its BM25 ranking should then count for little.
"""

from __future__ import annotations

import numpy as np

from doingoai.search.index import Index
from doingoai.search.tokenize import Query

WEIGHTS = (0.5, 1.0, 1.0)  # exact syllable, folded syllable, folded bigram
PASSAGE_WEIGHT = 0.5
RRF_K = 10  # small: the top few of each ranking decide (XQuAD: 0.954 vi / 0.813 en paragraph@1 vs 0.952 / 0.773 at 60)
COMMON_FRACTION = 0.02  # terms in more sentences than this are only added to candidates
MAX_EXPANSION = 50_000  # sentences of high-scoring passages scored one by one, at most


def rank(index: Index, query: Query, weights=WEIGHTS, passage_weight: float = PASSAGE_WEIGHT) -> np.ndarray:
    """The score of every sentence row (0 where the sentence has no query term)."""
    keys = query.terms.keys
    s = index.sentences.score(keys, weights)
    if passage_weight:
        p = index.passages.score(keys, weights)
        s = np.where(s > 0, s + passage_weight * p[index.s_pass], 0).astype(np.float32)
    return s


def top_rows(
    index: Index,
    query: Query,
    k: int,
    keep: np.ndarray | None = None,
    weights=WEIGHTS,
    passage_weight: float = PASSAGE_WEIGHT,
    common: float = COMMON_FRACTION,
):
    """``(rows, scores)`` holding the exact top ``k`` of :func:`rank` among rows passing ``keep``,
    or None when that cannot be shown cheaply. ``scores`` are exact for every row returned."""
    sp, pp = index.sentences, index.passages
    terms = [(int(i), weights[sp.kind[i]]) for i in sp.lookup(query.terms.keys) if weights[sp.kind[i]]]
    rare = [(i, kw) for i, kw in terms if sp.df(i) <= common * sp.n_units]
    often = [(i, kw) for i, kw in terms if sp.df(i) > common * sp.n_units]
    if not rare:
        return None
    acc = np.zeros(sp.n_units, dtype=np.float32)
    for i, kw in rare:
        sp.add_to(acc, i, kw)
    p_terms = [(int(i), weights[pp.kind[i]]) for i in pp.lookup(query.terms.keys) if weights[pp.kind[i]]]
    p_often = [(i, kw) for i, kw in p_terms if pp.df(i) > common * pp.n_units]
    p_acc = np.zeros(pp.n_units, dtype=np.float32)
    for i, kw in p_terms:
        if pp.df(i) <= common * pp.n_units:
            pp.add_to(p_acc, i, kw)

    scratch, p_scratch = np.zeros(sp.n_units, np.float32), np.zeros(pp.n_units, np.float32)

    def exact(rows: np.ndarray) -> np.ndarray:  # rows sorted
        s = acc[rows]
        for i, kw in often:
            sp.add_at(s, rows, i, kw, scratch)
        if not passage_weight:
            return s
        passes = index.s_pass[rows]  # sorted too: passages are numbered in sentence order
        first = np.ones(len(passes), dtype=bool)
        first[1:] = passes[1:] != passes[:-1]
        cand_p, inv = passes[first], np.cumsum(first) - 1
        p = p_acc[cand_p]
        for i, kw in p_often:
            pp.add_at(p, cand_p, i, kw, p_scratch)
        return np.where(s > 0, s + passage_weight * p[inv], 0).astype(np.float32)

    rows = np.flatnonzero(acc)
    if keep is not None:
        rows = rows[keep[rows]]
    scores = exact(rows)
    s_bound = sum(
        kw * float(sp.maxw[i]) for i, kw in often
    )  # a sentence without rare terms scores at most this
    if not s_bound:
        return rows, scores  # sentences without a rare term have no query term: not hits
    kth = _kth(scores, k) if len(rows) >= k else 0.0
    p_bound = sum(kw * float(pp.maxw[i]) for i, kw in p_often)
    if passage_weight:
        # passages where a sentence without rare terms could still beat the k-th: score those sentences
        risky = np.flatnonzero(s_bound + passage_weight * (p_acc + p_bound) > kth)
        lo, hi = index.p_first[risky], index.p_first[risky + 1]
        if int((hi - lo).sum()) > MAX_EXPANSION:
            return None
        more = (
            np.concatenate([np.arange(a, b) for a, b in zip(lo.tolist(), hi.tolist(), strict=True)])
            if len(risky)
            else np.zeros(0, np.int64)
        )
        if keep is not None:
            more = more[keep[more]]
        more = more[acc[more] == 0]  # the others are candidates already
        if len(more):
            rows = np.concatenate([rows, more])
            scores = np.concatenate([scores, exact(more)])
        return rows, scores
    return (rows, scores) if len(rows) >= k and kth > s_bound else None


def _kth(scores: np.ndarray, k: int) -> float:
    return float(np.partition(scores, len(scores) - k)[len(scores) - k])


def coverage(index: Index, query: Query) -> float:
    """Share of the query's own syllables (folded) that occur in the indexed text: about 1 for a
    Vietnamese query, low for an English one whose only matches are names and numbers."""
    t = query.terms
    own = np.unique(t.keys[(t.kind == 1) & (t.unit == 0)])
    return len(index.sentences.lookup(own)) / len(own) if len(own) else 0.0


def fuse(
    bm25: np.ndarray, sims: np.ndarray, bm25_weight: float = 1.0, k: int = RRF_K, depth: int = 1000
) -> np.ndarray:
    """Weighted reciprocal-rank fusion of the BM25 ranking (its matches only) and the dense ranking,
    each over its top ``depth`` sentences: ``bm25_weight / (k + rank) + 1 / (k + rank)``."""
    out = np.zeros(len(bm25), dtype=np.float64)
    for vec, weight, only_positive in ((bm25, bm25_weight, True), (sims, 1.0, False)):
        rows = np.flatnonzero(vec > 0) if only_positive else np.arange(len(vec))
        if not len(rows) or not weight:
            continue
        top = rows[np.argsort(-vec[rows], kind="stable")[:depth]]
        out[top] += weight / (k + 1 + np.arange(len(top)))
    return out
