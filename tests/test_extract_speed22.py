"""Speed round 22: follow_suit's cue words found once per document give the sentences the per-sentence
``str.find`` gave; mentions' constants, now Final, keep their values."""

from __future__ import annotations

import random
from types import SimpleNamespace

from doingoai.extract import events_follow_suit as fs
from doingoai.extract import mentions
from doingoai.extract.textscan import find_all

_FILL = [
    " ",
    " ",
    ".",
    ",",
    ";",
    "\n",
    "x",
    "làm",
    "theo",
    "tương",
    "tự",
    "như",
    "vậy",
    "chân",
    "noi",
    "các ",
]


def _cues(low: str) -> tuple[list[tuple[int, int]], list[int]]:
    cues = sorted((i, i + len(w)) for w in fs._WORDS for i in find_all(low, w))
    return cues, [i for i, _ in cues]


def test_holds_equals_find_per_sentence():
    """_holds over the document's occurrences against ``low.find(w, start, end)`` for each word, on random texts
    of the words, their pieces and fillers, over random ranges (empty and reversed ones too)."""
    rng = random.Random(22)
    pieces = [
        *fs._WORDS,
        *(w[: len(w) // 2] for w in fs._WORDS),
        *(w[len(w) // 2 :] for w in fs._WORDS),
        *_FILL,
    ]
    hit = 0
    for _ in range(3000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        cues, starts = _cues(low)
        for _ in range(8):
            a = rng.randint(0, len(low) + 2)
            b = rng.randint(max(0, a - 3), len(low) + 3)
            expected = any(low.find(w, a, b) >= 0 for w in fs._WORDS)
            assert fs._holds(cues, starts, a, b) == expected, (low, a, b)
            hit += expected
    assert hit > 500


def test_follow_suit_reads_no_sentence_without_a_cue():
    """A document holding none of the words: no sentence is looked at (the index is never asked)."""

    class _NoIndex:
        def between(self, a: int, b: int) -> list:
            raise AssertionError("searched")

    low = "hoa kỳ tuyên bố rút khỏi who; ác-hen-ti-na cũng rút khỏi tổ chức."
    sentences = [SimpleNamespace(start=0, end=len(low))]
    assert fs.follow_suit(low, sentences, _NoIndex(), None, []) == []


def test_follow_suit_reads_the_sentences_with_a_cue():
    """Sentences holding a word wholly are the ones searched: a word cut by the sentence's end is none."""
    low = "a làm theo. b tương tự. c như vậ" + "y."
    asked = []

    class _Index:
        def between(self, a: int, b: int) -> list:
            asked.append((a, b))
            return []

    cut = low.index("vậ") + 2  # the third sentence ends inside "vậy"
    sentences = [
        SimpleNamespace(start=0, end=11),
        SimpleNamespace(start=12, end=23),
        SimpleNamespace(start=24, end=cut),
    ]
    fs.follow_suit(low, sentences, _Index(), None, [])
    assert asked == [(0, 11), (12, 23)]


def test_mentions_constants_kept():
    """The check and mode constants keep their values (the automaton's values are built from them)."""
    assert (mentions.ANY, mentions.CAPITAL, mentions.EXACT, mentions.SHORT) == (0, 1, 2, 3)
    assert (mentions._CAP1, mentions._ANY1, mentions._OTHER, mentions._NONE, mentions._WATCH) == (
        0,
        1,
        2,
        3,
        4,
    )
    assert (mentions._STOP, mentions._TRIGGER) == ("-", "@")
