"""Speed round 26: a news item's datelines (dates_datelines.dateline_starts) are matched only at the lines' starts,
not by the regex's own scan (``_LINE`` opens with ``(?m)^``). It gives what ``_LINE.finditer`` gave, for any range."""

from __future__ import annotations

import random

import pytest

from doingoai.extract.dates_datelines import _dateline_starts_rx, dateline_starts

_PIECES = (
    "Hà Nội",
    "Mát-xcơ-va",
    "Pa Ri",
    "hà nội",
    "Luân Đôn",
    "Theo đó",
    ", ",
    ",",
    " 12/12",
    "9/7",
    " 3 / 4",
    " (TTXVN)",
    " – ",
    "—",
    "-",
    " - ",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "tỷ lệ",
    "x",
    "2024",
)


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 40))) for _ in range(n)]


_EXAMPLES = (
    "Mát-xcơ-va, 9/7 – Thủ tướng kết thúc chuyến thăm Nga.\nHà Nội, 12/12 (TTXVN) – Hôm nay ...",
    "Theo đó, 3/4 – một phần\n  Pa Ri, 1/2 -\nLuân Đôn, 3/4 – y\nx, 3/4 - \n",
    "tỷ lệ 3/4, ...\n\nHà Nội, 2/9 –\nVũng Tàu, 5/6 —\tz",
)


@pytest.mark.parametrize("seed", range(4))
def test_dateline_starts_is_the_scan(seed: int) -> None:
    rnd = random.Random(seed)
    for text in _texts(150, seed) + list(_EXAMPLES):
        n = len(text)
        assert dateline_starts(text, 0, n) == _dateline_starts_rx(text, 0, n), text
        for _ in range(30):
            a = rnd.randint(0, n)
            b = rnd.randint(a, n + 2)
            assert dateline_starts(text, a, b) == _dateline_starts_rx(text, a, b), (text, a, b)


def test_dateline_examples() -> None:
    text = _EXAMPLES[0]
    assert dateline_starts(text, 0, len(text)) == [12, 62]
    assert dateline_starts(_EXAMPLES[1], 0, len(_EXAMPLES[1])) == _dateline_starts_rx(
        _EXAMPLES[1], 0, len(_EXAMPLES[1])
    )
