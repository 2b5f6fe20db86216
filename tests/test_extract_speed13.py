"""Speed round 13 (docs/decisions.md, Events): output-neutral shortcuts, each checked against the code it replaced.

* the mentions pass keeps its rows as (start, -end, end, code, kind, via) from the greedy pass to the mentions
  (``mentions._greedy``), the abbreviation a gazetteer match gives way to found by bisecting;
* the trigger heads the mentions pass hands the scan are filtered there (a head after a hyphen only where a word
  starts), so the scan takes the list as it is;
* ``events_heads``: the head words lower-cased once.
"""

from __future__ import annotations

import random

import pytest

from doingoai.extract import events_heads, mentions, trigger_scan
from doingoai.extract.rx_boundary import starts_word
from doingoai.extract.textscan import lower_same_length
from doingoai.model import Mention
from doingoai.pipeline import parse_file


def _old_mentions_in(text: str) -> list[Mention]:
    """The pass before this round: 5-tuples after the greedy pass, the abbreviations' same-span matches
    dropped by a pass over every row, the rows rebuilt for the second greedy pass."""
    low = lower_same_length(text)
    found = mentions._longest(mentions._candidates(text, low))
    if "-" in text:
        six = [(s, -e, e, c, k, v) for s, e, c, k, v in found]
        joined = mentions.joined_names(
            text, low, six, mentions._candidates, mentions._longest, mentions._greedy
        )
        found = [(s, e, c, k, v) for s, _, e, c, k, v in joined]
    abbrs = mentions._defined(text, found)
    if abbrs:
        extra = mentions._abbreviation_mentions(text, abbrs)
        spans = {(m[0], m[1]) for m in extra}
        kept = [m for m in found if (m[0], m[1]) not in spans]
        found = mentions._longest([(m[0], -m[1], *m[1:]) for m in kept + extra])
    return [Mention(*row) for row in found]


_PIECES = (
    "Liên minh châu Âu (EU)",
    "EU",
    "Hiệp hội các quốc gia Đông Nam Á (ASEAN)",
    "ASEAN",
    "ASEAN Regional Forum",  # a longer match where an abbreviation starts: kept
    "ASEAN+3",
    "Liên Hợp Quốc (UN)",
    "UN Women",
    "Việt Nam-Lào",
    "ASEAN-Nhật Bản",
    "Lào-Guinea-Bissau",
    "Hoa Kỳ",
    "Tổ chức Thương mại Thế giới (WTO)",
    "WTO",
    "(Hội đồng Bảo an)",
    "Bê-la-rút",
    "Cam-pu-chia",
    "quan hệ",
    "Hội đồng",
)
_SEPS = (" ", ", ", ". ", " và ", " – ", "\n", " (", ") ")


@pytest.mark.parametrize("seed", range(6))
def test_mentions_pass_is_the_old_one(seed):
    rnd = random.Random(seed)
    for _ in range(20):
        text = "Việt Nam"
        while len(text) < rnd.choice((200, 1300)):
            text += rnd.choice(_SEPS) + rnd.choice(_PIECES)
        assert mentions.mentions_in(text) == _old_mentions_in(text)
    mentions._HEADS.clear()


@pytest.mark.parametrize("seed", ["seed_article", "seed_report"])
def test_mentions_pass_on_the_seeds(seed, request):
    text = parse_file(request.getfixturevalue(seed)).text
    assert mentions.mentions_in(text) == _old_mentions_in(text)
    mentions._HEADS.clear()


def test_greedy_rows_and_longest_rows_agree():
    rows = [
        (0, -5, 5, "A", "country", "g"),
        (0, -3, 3, "B", "country", "g"),
        (3, -8, 8, "-", "", ""),
        (8, -9, 9, "C", "x", "v"),
    ]
    assert mentions._longest(list(rows)) == [
        (s, e, c, k, v) for s, _, e, c, k, v in mentions._greedy(list(rows))
    ]
    assert mentions._longest(list(rows)) == [(0, 5, "A", "country", "g"), (8, 9, "C", "x", "v")]
    assert mentions._mentions(mentions._greedy(list(rows))) == [
        Mention(0, 5, "A", "country", "g"),
        Mention(8, 9, "C", "x", "v"),
    ]


def _filtered_heads(low: str) -> list[tuple[int, tuple]]:
    """The scan's own automaton, with the filter the scan applied to the pass's heads before this round."""
    out = []
    for end_idx, (n, entries) in trigger_scan._automaton().iter(low):
        p = end_idx - n + 1
        if starts_word(low, p):
            out.append((p, entries))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_heads_after_a_hyphen_are_filtered_in_the_pass(seed):
    rnd = random.Random(seed)
    heads = ("thăm", "quan hệ", "hợp tác", "ký")
    for _ in range(20):
        text = "Việt Nam"
        while len(text) < 1200:  # long enough for the pass to keep its heads
            text += rnd.choice((" ", "-", " -", "--", "_-", "1-", ", ")) + rnd.choice(
                heads + ("bê-la-rút", "Lào")
            )
        low = lower_same_length(text)
        mentions.mentions_in(text)
        kept = mentions.trigger_heads(text)
        assert kept is not None
        key = lambda h: (h[0], h[1][0][0])  # noqa: E731
        assert sorted(kept, key=key) == sorted(_filtered_heads(low), key=key)
        assert not any(p > 1 and low[p - 1] == "-" and not starts_word(low, p) for p, _ in kept)
        shared = trigger_scan.scan_text(text, low)
        mentions._HEADS.clear()
        assert trigger_scan.scan_text(text, low) == shared
    mentions._HEADS.clear()


def test_head_words_lowered_once():
    assert events_heads._HEAD_PAIRS == tuple((h, h.lower()) for h in events_heads._HEADS)
