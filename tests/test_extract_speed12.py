"""Speed round 12 (docs/decisions.md, Events): the mentions pass hands the trigger scan its head words as the
scan reads them, (start, entries) where the lower-cased text holds the head, so the scan takes the list as it is.
Only a head with a space can be matched by the pass where the text does not hold it (the pass reads the text
with punctuation as spaces: "quan,hệ"); those are checked in the pass, the others need no check."""

from __future__ import annotations

import random

import pytest

from doingoai.extract import mentions, trigger_scan
from doingoai.extract.textscan import lower_same_length

_PIECES = (
    "quan hệ",
    "quan,hệ",
    "quan.hệ",
    "quan;\u00a0hệ",
    "quan-hệ",
    "quan\nhệ",
    "Quan Hệ",
    "thăm",
    "(thăm)",
)
_SEPS = (" ", ", ", ". ", "\n", " – ", "“", "” ", "; ")


def _text(rnd: random.Random) -> str:
    out = "Việt Nam và Lào"
    while len(out) < 1200:  # long enough for the mentions pass to keep its head words
        out += rnd.choice(_SEPS) + rnd.choice(_PIECES)
    return out


def _own_heads(low: str) -> list[tuple[int, tuple]]:
    """The trigger scan's own automaton over the lower-cased text (what it does with no mentions pass)."""
    out = []
    for end_idx, (n, entries) in trigger_scan._automaton().iter(low):
        p = end_idx - n + 1
        if p == 0 or not (low[p - 1].isalnum() or low[p - 1] == "_"):
            out.append((p, entries))
    return out


def _key(hit: tuple[int, tuple]) -> tuple[int, int]:
    return hit[0], hit[1][0][0]


def test_a_spaced_head_across_punctuation_is_matched_by_the_pass_but_not_kept():
    text = "Việt Nam nâng quan,hệ với Lào. " * 40 + "Việt Nam nâng quan hệ với Lào."
    low = lower_same_length(text)
    normal = mentions._normal_text(low)
    comma = text.index("quan,hệ")
    assert normal.startswith("quan hệ", comma)  # the pass's copy holds the head there: the check is needed
    mentions.mentions_in(text)
    heads = mentions.trigger_heads(text)
    assert heads is not None
    assert comma not in {p for p, _ in heads}
    assert text.rindex("quan hệ") in {p for p, _ in heads}
    assert sorted(heads, key=_key) == sorted(_own_heads(low), key=_key)
    mentions._HEADS.clear()


@pytest.mark.parametrize("seed", range(4))
def test_heads_from_the_pass_are_the_scans_own_and_the_scan_is_unchanged(seed):
    rnd = random.Random(seed)
    for _ in range(25):
        text = _text(rnd)
        low = lower_same_length(text)
        mentions.mentions_in(text)
        heads = mentions.trigger_heads(text)
        assert heads is not None
        assert all(low.startswith(h, p) for p, entries in heads for h in _heads_of(entries))
        assert sorted(heads, key=_key) == sorted(_own_heads(low), key=_key)
        shared = trigger_scan.scan_text(text, low)
        mentions._HEADS.clear()
        assert trigger_scan.scan_text(text, low) == shared  # (its own automaton: no pass over this text kept)


def _heads_of(entries: tuple) -> list[str]:
    """The head words whose entries these are (a head's entries are one tuple of head_entries)."""
    return [h for h, e in trigger_scan.head_entries().items() if e is entries]
