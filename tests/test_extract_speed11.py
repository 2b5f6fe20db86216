"""Speed round 11 (docs/decisions.md, Events): enum members read from plain namespaces in every hot module, and
``word_spans.occurs_within`` (a few words looked for in a range, from their positions in the document). Both change
how fast, never what is found."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from doingoai.extract import word_spans
from doingoai.extract.events_dating import _ANNIVERSARY_WORDS, anniversary_years
from doingoai.extract.word_spans import occurrences, occurs_within
from doingoai.model import BlockType, EventKind, Status

_SRC = Path(__file__).resolve().parent.parent / "src" / "doingoai" / "extract"
_NAMESPACES = {"K": EventKind, "ST": Status, "BT": BlockType}


def _modules_with(ns: str, enum_class) -> list[str]:
    return sorted(
        p.stem
        for p in _SRC.glob("*.py")
        if re.search(rf"^{ns} = members\({enum_class.__name__}\)", p.read_text(encoding="utf-8"), re.M)
    )


def test_the_namespaces_are_used_where_round_11_put_them():
    assert {
        "events_standing",
        "events_status",
        "events_tasks",
        "events_shapes",
        "dates_visits",
        "events_merge",
        "events_status_date",  # (speed round 12: status_and_date's reads)
    } <= set(_modules_with("ST", Status))
    assert {"events_context", "cite_notes", "cite_works", "events_tasks"} <= set(
        _modules_with("BT", BlockType)
    )
    assert {"events_tasks", "events_status", "events_accession", "trigger_scan", "events_meeting"} <= set(
        _modules_with("K", EventKind)
    )


@pytest.mark.parametrize(
    ("ns", "module"),
    [(ns, m) for ns, cls in _NAMESPACES.items() for m in _modules_with(ns, cls)],
)
def test_every_namespace_read_names_a_member(ns, module):
    """The namespaces are typed Any: a misspelt member would fail at run time only, so the sources are checked."""
    source = (_SRC / f"{module}.py").read_text(encoding="utf-8")
    names = set(re.findall(rf"(?<![\w.]){ns}\.([A-Za-z_]\w*)", source))
    assert names, module
    assert names <= set(_NAMESPACES[ns].__members__), names - set(_NAMESPACES[ns].__members__)


def test_no_alias_of_an_enum_class_is_left_in_the_touched_modules():
    """``K = EventKind`` reads through EnumType.__getattr__; round 11 made every such alias a namespace."""
    for p in _SRC.glob("*.py"):
        src = p.read_text(encoding="utf-8")
        for ns, cls in _NAMESPACES.items():
            if re.search(rf"^{ns} = members\({cls.__name__}\)", src, re.M):
                assert not re.search(rf"^{ns} = {cls.__name__}$", src, re.M), p.name


def _reference(text: str, words: tuple[str, ...], lo: int, hi: int) -> bool:
    return any(text.find(w, lo, hi) >= 0 for w in words)


_PIECES = [
    "kỷ niệm",
    "kỷ",
    "niệm",
    "đánh dấu",
    "tròn ",
    "tròn",
    "dịp ",
    "dịp",
    " ",
    ", ",
    "năm ",
    "55",
    "x",
    "aa",
]


def _random_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(n))


@pytest.mark.parametrize("seed", range(6))
def test_occurs_within_is_the_find_loop(seed):
    rng = random.Random(seed)
    text = _random_text(rng, 700)
    assert len(text) >= word_spans.MIN_LENGTH
    words = (("kỷ niệm", "đánh dấu", "tròn ", "dịp "), ("aa", "a"), ("xx",), ("niệm", "kỷ niệm"))[seed % 4]
    n = len(text)
    for _ in range(1500):
        lo = rng.randrange(0, n + 20)
        hi = rng.choice([lo + rng.randrange(0, 200), rng.randrange(0, n + 20), n, n + 5])
        assert occurs_within(text, words, lo, hi) == _reference(text, words, lo, hi), (lo, hi)


def test_occurrences_are_every_occurrence_overlapping_too():
    text = "aaa " * 300
    starts, ends = occurrences(text, ("aa", "a"))
    assert len(starts) == 300 * (2 + 3)
    assert starts == sorted(starts)
    assert all(text[s:e] in ("aa", "a") for s, e in zip(starts, ends, strict=True))


def test_short_texts_negative_bounds_and_empty_words_are_searched_directly():
    short = "kỷ niệm 55 năm"
    assert occurs_within(short, ("kỷ niệm",), 0, 7) == _reference(short, ("kỷ niệm",), 0, 7)
    long = "x" * 2000 + "kỷ niệm"
    for lo, hi in ((-7, len(long)), (0, -1), (-100, -50)):
        assert occurs_within(long, ("kỷ niệm",), lo, hi) == _reference(long, ("kỷ niệm",), lo, hi)
    assert occurs_within(long, ("", "zz"), 5, 9) is True  # (as str.find: the empty word is everywhere)


def test_positions_follow_the_text_not_an_equal_one():
    """Kept by identity: an equal text that is another object gets its own positions (never stale ones)."""
    a = "y" * 1500 + "dịp "
    b = "y" * 1500 + "ddd "
    assert occurs_within(a, _ANNIVERSARY_WORDS, 0, len(a))
    assert not occurs_within(b, _ANNIVERSARY_WORDS, 0, len(b))
    assert occurs_within(a, _ANNIVERSARY_WORDS, 1500, 1504) and not occurs_within(
        a, _ANNIVERSARY_WORDS, 1500, 1503
    )


def test_anniversary_years_long_and_short_texts_agree():
    clause = "nhân dịp kỷ niệm 55 năm ngày thiết lập quan hệ ngoại giao"
    pad = "các bên trao đổi ý kiến. " * 60
    for text in (clause, pad + clause):
        ts = text.index("thiết lập")
        c0 = text.index("nhân dịp")
        assert anniversary_years(text, c0, ts) == 55
        assert anniversary_years(text, c0 + 9, ts) == 55
        assert anniversary_years(text, ts - 10, ts) == 0


def test_a_dropped_bound_is_caught():
    """The harness catches a wrong range test (a mutation: an occurrence ending past ``hi`` counted)."""
    rng = random.Random(1)
    text = _random_text(rng, 700)
    starts, ends = occurrences(text, ("kỷ niệm",))

    def mutant(lo: int, hi: int) -> bool:
        i = 0
        while i < len(starts) and starts[i] < lo:
            i += 1
        return i < len(starts) and starts[i] < hi

    pairs = [(lo, lo + rng.randrange(1, 8)) for lo in (rng.randrange(len(text)) for _ in range(3000))]
    assert any(mutant(lo, hi) != _reference(text, ("kỷ niệm",), lo, hi) for lo, hi in pairs)
    assert all(
        occurs_within(text, ("kỷ niệm",), lo, hi) == _reference(text, ("kỷ niệm",), lo, hi)
        for lo, hi in pairs
    )


def test_positions_are_found_once_per_text_for_equal_word_tuples():
    """The compiled build boxes a module's constant tuple anew for each call: an equal tuple must find the kept
    positions (a look-up by the words' identity made the compiled build search the whole text per trigger)."""
    text = "z" * 3000 + "kỷ niệm 20 năm"
    first = occurrences(text, ("kỷ niệm", "dịp "))
    again = occurrences(text, tuple(["kỷ niệm", "dịp "]))
    assert again[0] is first[0] and again[1] is first[1]
