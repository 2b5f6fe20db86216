"""Speed round 21: the equivalences behind its cuts (docs/decisions.md, "Speed round 21")."""

from __future__ import annotations

import random
import re

from doingoai.extract import events_learned, events_unasserted
from doingoai.extract.learned_model import LinearModel, NgramScorer


def _scores_before(sc: NgramScorer, words: list[str]) -> list[float]:
    """NgramScorer.scores as it was before speed round 21 (every pair and triple of known words looked up)."""
    out = list(sc.bias)
    get = sc.ids.get
    ids = [get(w, -1) for w in words]
    found: dict[object, tuple] = {}
    nxt = ids[1:] + [-1]
    for a, b, c in zip(ids, nxt, nxt[1:] + [-1], strict=False):
        if a < 0:
            continue
        if (p := sc.uni.get(a)) is not None:
            found[a] = p
        if b >= 0:
            if (p := sc.bi.get((a, b))) is not None:
                found[(a, b)] = p
            if c >= 0 and (p := sc.tri.get((a, b, c))) is not None:
                found[(a, b, c)] = p
    for pairs in found.values():
        for k, w in pairs:
            out[k] += w
    return out


def test_scorer_skips_only_pairs_and_triples_that_have_no_weights() -> None:
    rng = random.Random(21)
    vocab = [f"w{i}" for i in range(10)]
    for trial in range(20):
        weights: dict[str, tuple[tuple[int, float], ...]] = {}
        for _ in range(rng.randint(5, 120)):
            n = rng.choice((1, 2, 3))
            f = {1: "u:", 2: "b:", 3: "t:"}[n] + "_".join(rng.choice(vocab) for _ in range(n))
            weights[f] = tuple((k, rng.uniform(-2, 2)) for k in rng.sample(range(4), rng.randint(1, 3)))
        model = LinearModel(("a", "b", "c", "d"), (0.1, -0.2, 0.3, 0.0), weights)
        for sc in (NgramScorer(model), NgramScorer(model, frozenset({"a", "c"}))):
            assert sc.firsts == {k[0] for k in sc.bi} | {k[0] for k in sc.tri}
            for _ in range(200):
                words = [rng.choice([*vocab, "<x>", "?"]) for _ in range(rng.randint(0, 12))]
                assert sc.scores(words) == _scores_before(sc, words), (trial, words)


def test_bundled_scorer_reads_what_it_read() -> None:
    model = events_learned.load_model()
    if model is None or model.scorer is None:
        return
    sc = model.scorer
    vocab = sorted(sc.ids) + ["<country>", "<date>", "chưa có"]
    rng = random.Random(2121)
    for _ in range(2000):
        words = [rng.choice(vocab) for _ in range(rng.randrange(0, 40))]
        assert sc.scores(words) == _scores_before(sc, words)  # (the same floats, added in the same order)


def test_negation_compiled_fast_finds_what_the_plain_pattern_finds() -> None:
    plain = re.compile(events_learned._NEGATION.pattern)
    rng = random.Random(7)
    bits = ["không", "chưa", "chẳng", "khôngx", "akhông", "chưa_", " ", ",", "1", "-", "x", "chẳngchưa"]
    for _ in range(3000):
        s = "".join(rng.choice(bits) for _ in range(rng.randint(0, 8)))
        a, b = rng.randint(0, len(s)), rng.randint(0, len(s))
        got, want = events_learned._NEGATION.search(s, a, b), plain.search(s, a, b)
        assert (got and got.span()) == (want and want.span()), (s, a, b)


def test_pronoun_subject_ends_on_one_of_its_last_words() -> None:
    """Every clause _PRONOUN_SUBJECT matches ends, spaces stripped, on one of _PRONOUN_LAST (the check before the
    search is a necessary condition), on random clauses made of its own words and others."""
    rng = random.Random(11)
    bits = [
        *"ông bà ngài ta ấy đã cũng lại sẽ tiếp tục còn chính thức không công ông_ x".split(),
        "tiếp tục",
        "chính thức",
        "ông ta",
        "bà ấy",
    ]
    seps = [" ", "  ", "\n", "\t", ", ", "; ", ",", ""]
    matched = 0
    for _ in range(20000):
        s = "".join(rng.choice(bits) + rng.choice(seps) for _ in range(rng.randint(0, 6)))
        if events_unasserted._PRONOUN_SUBJECT.search(s):
            matched += 1
            assert s.rstrip().endswith(events_unasserted._PRONOUN_LAST), repr(s)
    assert matched > 500
