"""Speed round 19: the tries that replaced flat alternations of plain words find the same starts, the year window's
pre-check never skips a match, the scorer's zip reads the same words, and the merge's shared keys are the same."""

from __future__ import annotations

import random
import re

from doingoai.extract import dates
from doingoai.extract import events_bare_title as bt
from doingoai.extract import events_merge as em
from doingoai.extract import events_status as es
from doingoai.extract import trigger_scan as ts
from doingoai.extract.learned_model import LinearModel, NgramScorer
from doingoai.extract.trigger_cues import HEARSAY, HYPOTHETICAL, PURPOSE, REPORTED
from doingoai.model import EventKind, Status

_FILL = [" ", "  ", ",", ".", "\n", "x", "a", "đ", "ng", "h", "t", "và", "của", "năm", "quan hệ", "–"]


def _flat(words) -> re.Pattern[str]:
    """What the tries replaced: the words (escaped) as one alternation, longest first."""
    return re.compile("|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True)))


def _texts(words, rng: random.Random, n: int = 400) -> list[str]:
    """Random texts of the words, their pieces (a word cut short, a word run into the next) and fillers."""
    pieces = [*words, *(w[: len(w) // 2] for w in words if len(w) > 1), *_FILL]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def _starts(rx: re.Pattern[str], s: str) -> list[int]:
    """Every position where ``rx`` finds a match starting, searched for from each position in turn."""
    out, p = [], 0
    while (m := rx.search(s, p)) is not None:
        out.append(m.start())
        p = m.start() + 1
    return out


def _same_starts(trie: re.Pattern[str], words, seed: int) -> None:
    flat = _flat(words)
    rng = random.Random(seed)
    for s in _texts(words, rng):
        assert _starts(trie, s) == _starts(flat, s), s
        a, b = sorted(rng.randint(0, len(s)) for _ in range(2))  # (bounds, as the callers search a range)
        assert (trie.search(s, a, b) is None) == (flat.search(s, a, b) is None), (s, a, b)


def test_fact_cues_trie_finds_where_the_needles_do():
    words = {n for c in (HYPOTHETICAL, PURPOSE, REPORTED, HEARSAY) for n in c.needles}
    assert len(words) > 10
    if es._FACT_CUES.pattern.startswith("(?:"):  # (the needles' trie; the whole alternatives' one otherwise)
        _same_starts(es._FACT_CUES, words, 1)


def test_title_trie_finds_where_the_titles_do():
    _same_starts(bt._ANY_TITLE, bt._FOREIGN_TITLES, 2)


def test_trigger_pre_checks_find_where_their_words_do():
    checks = [pre for pre, _ in ts._PRECHECK.values()] + list(ts._SPAN_PRECHECK.values())
    for k, rx in enumerate(checks):
        _same_starts(rx, ts._NEEDLE_WORDS[rx], 10 + k)


def test_head_unions_are_their_checks_words():
    for entries in ts.head_entries().values():
        unions = {e[3][2] for e in entries if e[3] is not None and not e[3][1]}
        after = [ts._NEEDLE_WORDS[e[3][0]] for e in entries if e[3] is not None and not e[3][1]]
        if len(after) > 1:
            (union,) = unions
            words = frozenset().union(*after)
            _same_starts(union, words, len(words))  # (any of them found where one of their words starts)


def test_year_window_pre_check_skips_no_match():
    words = ["số", "tr", "trang", "no", "tập", "điều", "khoản", "mã", "p", "pp", "nghị quyết", "#", "№", "."]
    rng = random.Random(3)
    hits = 0
    for s in _texts(words, rng, 3000):
        for ys in range(len(s) + 1):
            before = s[max(0, ys - 12) : ys].rstrip()
            found = dates._NOT_BEFORE_YEAR.search(s, max(0, ys - 12), ys) is not None
            hits += found
            if found:
                assert before[-1:] in dates._NOT_BEFORE_LAST, (s, ys)
    assert hits > 100


def _scores_by_index(sc: NgramScorer, words: list[str]) -> list[float]:
    """NgramScorer.scores as it was before speed round 19 (each word's next two read by index)."""
    out = list(sc.bias)
    ids = [sc.ids.get(w, -1) for w in words]
    found: dict[object, tuple] = {}
    n = len(ids)
    for i in range(n):
        a = ids[i]
        if a < 0:
            continue
        if (p := sc.uni.get(a)) is not None:
            found[a] = p
        if i + 1 < n and ids[i + 1] >= 0:
            b = ids[i + 1]
            if (p := sc.bi.get((a, b))) is not None:
                found[(a, b)] = p
            if i + 2 < n and ids[i + 2] >= 0 and (p := sc.tri.get((a, b, ids[i + 2]))) is not None:
                found[(a, b, ids[i + 2])] = p
    for pairs in found.values():
        for k, w in pairs:
            out[k] += w
    return out


def test_scorer_zip_reads_what_indexing_read():
    rng = random.Random(4)
    vocab = [f"w{i}" for i in range(12)]
    weights: dict[str, tuple[tuple[int, float], ...]] = {}
    for _ in range(300):
        n = rng.choice((1, 2, 3))
        f = {1: "u:", 2: "b:", 3: "t:"}[n] + "_".join(rng.choice(vocab) for _ in range(n))
        weights[f] = tuple((k, rng.uniform(-2, 2)) for k in rng.sample(range(4), rng.randint(1, 3)))
    model = LinearModel(("a", "b", "c", "d"), (0.1, -0.2, 0.3, 0.0), weights)
    sc = NgramScorer(model)
    for _ in range(500):
        words = [rng.choice([*vocab, "<x>", "?"]) for _ in range(rng.randint(0, 9))]
        assert sc.scores(words) == _scores_by_index(sc, words), words


def test_merge_keys_read_once_are_the_keys():
    rng = random.Random(5)
    codes = ["VNM", "USA", "FRA", "JPN", "ASEAN"]
    dates_ = ["", "2020", "2020-05", "2020-05-01", "2019/2021", "1990/2010", "2023-Q2"]
    for _ in range(500):
        kind = rng.choice(list(EventKind))
        attrs = (("agreement", "EVFTA"),) if rng.random() < 0.3 else ()
        d = em.Draft(
            kind,
            tuple(rng.sample(codes, rng.randint(0, 2))),
            tuple(rng.sample(codes, rng.randint(0, 2))),
            rng.choice(dates_),
            rng.choice(list(Status)),
            (0, 10),
            attrs,
            rng.random() < 0.5,
        )
        years, party = em._years(d.date), em._party_keys(d, False)
        assert em._lookup_keys(d, years, party) == em._lookup_keys(d)
        if d.kind not in em._SYMMETRIC:
            assert party == em._party_keys(d, True)
            assert em._group_keys(d, years, party) == em._group_keys(d)
        assert em._group_keys(d, years, None) == em._group_keys(d)
