"""Speed round 9 (docs/decisions.md, Events, "Speed round 9"): the first words `textscan.matches_at` looks for are
recorded by the mentions stage's automaton pass, and `matches_at` then gives exactly what its `str.find` passes
give — on random texts made of those words in every case and next to punctuation, and on the samples."""

from __future__ import annotations

import random

import pytest

from doingoai.extract import (
    dates_starts,
    events_context,
    events_demonstratives,
    events_heads,
    events_officials,
    events_phrases,
    textscan,
)
from doingoai.extract.first_words import watched
from doingoai.extract.mentions import mentions_in
from doingoai.extract.textscan import lower_same_length, matches_at, watchable

# (pattern, its first words, matched on the original text rather than the lower-cased one): matches_at's callers
_CALLERS = (
    (dates_starts._WORD_START, dates_starts._WORD_FIRSTS, False),
    (events_demonstratives._THIS, events_demonstratives._THIS_FIRSTS, False),
    (events_heads._SEAT, events_heads._SEAT_FIRSTS, False),
    (events_heads._TERM, ("nhiệm kỳ",), False),
    (events_heads._HEAD, events_heads._HEADS, True),
    (events_context._YEAR_AFTER_NAME, events_context._TREATY_NOUNS, True),
    (events_officials.FOREIGN, events_officials._FOREIGN_FIRSTS, True),
    (events_phrases._MEMBERS, ("các ",), False),
)
_FILLERS = (
    "này|đó|ấy|Việt Nam|ASEAN|Obama|Joe Biden|Hun Sen|1977|(1977)|năm 2020|tháng 10|đã|ký|với|và|EU|nhất trí|"
    "kết nạp|trúng cử|được bầu làm|nước thành viên|thứ|Lào|Nam|Á|Âu|Trung Đông|láng giềng|vừa qua|khác|châu Âu"
).split("|")
_SEPS = (" ", " ", " ", "", "\n", ", ", ". ", "-", "(", ")", "“", "”", ": ", "; ", "_", "2")


def _vary(word: str, rnd: random.Random) -> str:
    return rnd.choice((word, word.lower(), word.upper(), word[:1].upper() + word[1:], word.title()))


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    words = [*watched(), *_FILLERS]
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(map(len, parts)) < 1200:  # (the pass records texts of 1,000 characters or more)
            parts.append(_vary(rnd.choice(words), rnd) + rnd.choice(_SEPS))
        out.append("".join(parts))
    return out


def _spans(text: str, rx, firsts, start: int, end: int | None) -> list[tuple[int, int]]:
    return [m.span() for m in matches_at(text, rx, firsts, start, end)]


def test_what_can_be_recorded():
    assert watchable("Tổng") == "tổng"
    assert watchable("các ") == "các "
    assert watchable("nhiệm kỳ") == "nhiệm kỳ"
    for word in ("(", "“", " nhằm", "-năm", "a.b", "", "İstanbul", "ΣΑ"):
        assert watchable(word) is None, word


@pytest.mark.parametrize("seed", range(3))
def test_the_recorded_places_hold_every_occurrence(seed):
    for text in _texts(seed, 20):
        mentions_in(text)
        low = lower_same_length(text)
        seen = textscan._recorded(text)
        assert seen is not None and textscan._recorded(low) is seen
        for first in watched():
            if watchable(first) is None:
                assert first not in seen
                continue
            at = set(seen[first])
            assert seen[first] == sorted(at)
            for where in (text, low):
                i = where.find(first)
                while i >= 0:
                    assert i in at, (first, i)
                    i = where.find(first, i + 1)


@pytest.mark.parametrize("seed", range(3))
def test_matches_at_gives_what_its_find_passes_give(seed):
    rnd = random.Random(seed)
    for text in _texts(100 + seed, 20):
        mentions_in(text)
        low = lower_same_length(text)
        ranges = [(0, None)] + [tuple(sorted(rnd.sample(range(len(text) + 1), 2))) for _ in range(4)]
        fast = {
            (i, r): _spans(text if original else low, rx, firsts, *r)
            for i, (rx, firsts, original) in enumerate(_CALLERS)
            for r in ranges
        }
        assert textscan._recorded(text) is not None
        textscan._WORDS.clear()  # the find passes alone
        for (i, r), spans in fast.items():
            rx, firsts, original = _CALLERS[i]
            assert spans == _spans(text if original else low, rx, firsts, *r), (firsts, r)


def test_the_samples_extract_alike(samples):
    """The whole extraction of a sample with the recorded places and with the find passes alone."""
    from doingoai.export import extract_dict
    from doingoai.extract import mentions
    from doingoai.pipeline import extract_text

    for path in sorted(samples.glob("*.txt"))[:2]:
        text = path.read_text(encoding="utf-8")
        fast = extract_dict(extract_text(text, path.name))
        plain = mentions.record_words
        try:
            mentions.record_words = lambda *args: None  # (pure Python: the compiled module binds it early)
            textscan._WORDS.clear()
            assert extract_dict(extract_text(text, path.name)) == fast
        finally:
            mentions.record_words = plain


@pytest.mark.parametrize("seed", range(5))
def test_recorded_places_are_read_as_the_find_loop_reads_them(seed):
    """Overlapping occurrences, matches that swallow later ones, false places (kept positions where the word is
    not: the text there is checked), ranges cutting a word: the same matches as the find loop."""
    import re

    rnd = random.Random(seed)
    rx = re.compile(r"ab(?:a?b)*(?=c|$)|abc")
    text = "".join(rnd.choice(("ab", "a", "b", "c", "abab", "Ab", " ")) for _ in range(600))
    low = text.lower()
    where = sorted(
        set(i for i in range(len(text)) if low.startswith("ab", i)) | set(rnd.sample(range(len(text)), 50))
    )
    ranges = [(0, None)] + [tuple(sorted(rnd.sample(range(len(text) + 1), 2))) for _ in range(20)]
    textscan.record_words(text, low, {"ab": where, "Ab": where})
    fast = [
        (_spans(t, rx, f, *r)) for t in (text, low) for f in (("ab",), ("Ab",), ("ab", "Ab")) for r in ranges
    ]
    textscan._WORDS.clear()
    assert fast == [
        (_spans(t, rx, f, *r)) for t in (text, low) for f in (("ab",), ("Ab",), ("ab", "Ab")) for r in ranges
    ]


def test_the_watch_list_reads_every_source():
    """Each caller's tuple is found where first_words reads it (a rename would only slow matches_at down: this
    says so)."""
    import importlib

    from doingoai.extract import first_words

    for module, name in first_words._SOURCES:
        words = getattr(importlib.import_module(module), name)
        assert words and set(words) <= set(watched()), (module, name)
