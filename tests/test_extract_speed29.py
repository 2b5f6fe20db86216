"""Speed round 29 (docs/decisions.md): cuts in shared per-trigger and per-sentence work, each against the code it
replaced.

* ``events_groups._people_words`` (every name group's marker): the case-blind search of the head's end only when
  the head's last letter (before a comma) is one a word of the list ends on (``_people_words_28``);
* ``events_dated_partners.dated_partners`` (every sentence of a text naming a partnership): one ``str.find`` of
  "đối tác" before its two searches (``_dated_partners_28``);
* ``learned_model.NgramScorer.scores`` (every sentence the learned reading scores): features numbered, looked up
  in lists by word id and per-word dicts of the next word, no tuple of ids built (``_scores_28``).

Each new function is checked against the old on random input (hypothesis) and, wrapped inside ``find_events``, on
the samples, the seeds and the new shapes' documents.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.compiled import build
from doingoai.extract import events as events_module
from doingoai.extract import events_dated_partners as dated
from doingoai.extract import events_groups as groups
from doingoai.extract.learned_model import LinearModel, NgramScorer, load_model
from speed_corpus import speed_corpus


def _documents() -> list[Path]:
    return speed_corpus(("heldout236", "heldout237", "heldout258", "heldout259", "heldout280", "heldout281"))


# ---- the code each cut replaced (the references the tests compare with) ---------------------------------------------


def _people_words_28(head: str) -> int:
    """``events_groups._people_words`` before speed round 29."""
    if groups._PEOPLE_END.search(head, max(0, len(head.rstrip()) - 12)) is None:
        return 0
    m = groups._PEOPLE_LIST.search(head, max(0, len(head) - 60))
    return len(m.group().split()) if m is not None else 0


def _dated_partners_28(low: str, sentences: list[Any], index: Any, ctx: Any) -> list:
    """``events_dated_partners.dated_partners`` before speed round 29 (both searches in every sentence)."""
    ties, levels = dated.occurs(low, dated._TIES), dated.occurs(low, "đối tác")
    if not ties and not levels:
        return []
    out: list = []
    for sent in sentences:
        at = low.find(dated._TIES, sent.start, sent.end) if ties else -1
        if at >= 0:
            out += dated._listed(
                low, sent, index, ctx, at, at + len(dated._TIES), dated.EventKind.RELATIONS_ESTABLISH
            )
            continue
        m = dated._LEVEL.search(low, sent.start, sent.end) if levels else None
        if m is not None:
            out += dated._listed(low, sent, index, ctx, m.start(), m.end(), dated.EventKind.RELATIONS_UPGRADE)
            continue
        r = dated._RAISE.search(low, sent.start, sent.end) if levels else None
        if r is not None:
            out += dated._raised(low, sent, index, ctx, r.start(), r.end())
    return out


def _scores_28(sc: NgramScorer, words: list[str]) -> list[float]:
    """``NgramScorer.scores`` before speed round 29 (speed round 21's: tuples of ids as keys)."""
    out = list(sc.bias)
    ids = [sc.ids.get(w, -1) for w in words]
    found: dict[object, tuple] = {}
    nxt = ids[1:] + [-1]
    for a, b, c in zip(ids, nxt, nxt[1:] + [-1], strict=False):
        if a < 0:
            continue
        p = sc.uni.get(a)
        if p is not None:
            found[a] = p
        if b >= 0 and a in sc.firsts:
            ab = (a, b)
            p = sc.bi.get(ab)
            if p is not None:
                found[ab] = p
            if c >= 0 and ab in sc.tri_heads:
                p = sc.tri.get((a, b, c))
                if p is not None:
                    found[(a, b, c)] = p
    for pairs in found.values():
        for k, w in pairs:
            out[k] += w
    return out


# ---- _people_words ----------------------------------------------------------------------------------------------

_PEOPLE_WORDS = ("đảng", "chính phủ", "nhà nước", "nhân dân", "quốc hội", "quân đội", "chính quyền")


def test_people_patterns_are_the_words_the_last_letters_come_from() -> None:
    for rx in (groups._PEOPLE_END, groups._PEOPLE_LIST):
        assert "(?:" + "|".join(_PEOPLE_WORDS) + ")" in rx.pattern and rx.flags & re.IGNORECASE


def test_people_last_letters_are_every_character_the_engine_reads_as_one() -> None:
    """``_PEOPLE_LAST`` is exactly the characters a case-blind match of a word's last letter accepts."""
    last = sorted({w[-1] for w in _PEOPLE_WORDS})
    rx = re.compile("(?:" + "|".join(last) + ")", re.IGNORECASE)
    accepted = {chr(c) for c in range(0x110000) if rx.fullmatch(chr(c))}
    assert accepted == set(groups._PEOPLE_LAST)


_PEOPLE_PIECES = (
    *_PEOPLE_WORDS,
    "Đảng",
    "ĐẢNG",
    "Chính phủ",
    "CHÍNH PHỦ",
    "Quốc hội",
    "quốc hộı",
    "QUỐC HỘİ",
    "nhân dâN",
    "và",
    "của",
    "x",
    "ủ",
    "Ủ",
    "ı",
    "İ",
    ",",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "Trung Quốc",
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PEOPLE_PIECES), max_size=14))
def test_people_words_against_28(pieces: list[str]) -> None:
    head = "".join(pieces)
    assert groups._people_words(head) == _people_words_28(head)


# ---- dated_partners -------------------------------------------------------------------------------------------------

_DATED_PIECES = (
    "đối tác",
    "đối",
    " tác",
    "nâng",
    " cấp",
    " quan hệ",
    " với ",
    "Hàn Quốc ",
    "(tháng 6)",
    "(",
    ")",
    " lên ",
    "quan hệ ",
    "mức ",
    "thành ",
    "chiến lược toàn diện",
    "chiến lược",
    "toàn diện",
    " ",
    ".",
    ";",
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_DATED_PIECES), max_size=24))
def test_every_level_or_raise_holds_the_partner_word(pieces: list[str]) -> None:
    """The guard's premise: a match of either pattern in a sentence holds "đối tác" inside the sentence."""
    s = "".join(pieces)
    for lo, hi in ((0, len(s)), (1, len(s) - 1), (0, len(s) // 2)):
        if dated._LEVEL.search(s, lo, hi) is not None or dated._RAISE.search(s, lo, hi) is not None:
            assert s.find(dated._LEVEL_WORD, lo, hi) >= 0


# ---- the scorer -----------------------------------------------------------------------------------------------------


def test_scorer_against_28_on_random_models() -> None:
    rng = random.Random(29)
    vocab = [f"w{i}" for i in range(9)]
    for trial in range(25):
        weights: dict[str, tuple[tuple[int, float], ...]] = {}
        for _ in range(rng.randint(0, 150)):
            n = rng.choice((1, 2, 3))
            f = {1: "u:", 2: "b:", 3: "t:"}[n] + "_".join(rng.choice(vocab) for _ in range(n))
            weights[f] = tuple((k, rng.uniform(-2, 2)) for k in rng.sample(range(4), rng.randint(0, 3)))
        model = LinearModel(("a", "b", "c", "d"), (0.1, -0.2, 0.3, 0.0), weights)
        for sc in (NgramScorer(model), NgramScorer(model, frozenset({"b", "d"}))):
            for _ in range(150):
                words = [rng.choice([*vocab, "<x>", "?"]) for _ in range(rng.randint(0, 14))]
                assert sc.scores(words) == _scores_28(sc, words), (trial, words)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_bundled_scorer_against_28(data: st.DataObject) -> None:
    model = load_model()
    if model is None or model.scorer is None:
        return
    sc = model.scorer
    vocab = sorted(sc.ids)[:400] + ["<country>", "<date>", "chưa có"]
    words = data.draw(st.lists(st.sampled_from(vocab), max_size=50))
    assert sc.scores(words) == _scores_28(sc, words)  # (the same floats, added in the same order)


# ---- inside find_events ----------------------------------------------------------------------------------------------


def _compared(new: Any, old: Any, seen: list[str]) -> Any:
    def both(*args: Any) -> Any:
        got = new(*args)
        assert got == old(*args), new.__name__
        seen.append(new.__name__)
        return got

    return both


@pytest.mark.skipif(
    build() == "compiled",
    reason="compiled modules call each other directly: a monkeypatched name is never called",
)
@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_inside_find_events(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from doingoai import export
    from doingoai.pipeline import extract_stages, parse_text, run

    text = path.read_text(encoding="utf-8")
    plain = run(parse_text(text, path.name), extract_stages())
    seen: list[str] = []
    monkeypatch.setattr(
        events_module, "dated_partners", _compared(dated.dated_partners, _dated_partners_28, seen)
    )
    monkeypatch.setattr(groups, "_people_words", _compared(groups._people_words, _people_words_28, seen))
    wrapped = run(parse_text(text, path.name), extract_stages())
    assert [json.dumps(export.event_dict(wrapped, e), sort_keys=True) for e in wrapped.events] == [
        json.dumps(export.event_dict(plain, e), sort_keys=True) for e in plain.events
    ]
    assert "dated_partners" in seen
