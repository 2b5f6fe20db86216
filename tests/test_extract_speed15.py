"""Speed round 15: the result verb that cuts a trigger's objects (events_frames.result_cut) is found with ``str.find``
for the words its pattern starts with, the pattern tried only there. It gives what the regex search gave."""

from __future__ import annotations

import random

import pytest

from doingoai.extract import events_frames
from doingoai.extract.events_frames import _RESULT_CUT, first_result_verb

_PIECES = (
    "khiến",
    "buộc",
    "bắt buộc",
    "ràng buộc",
    "cáo buộc",
    "làm cho",
    "dẫn đến việc",
    "dẫn tới việc",
    "dẫn đến",
    "mở đường cho",
    "tạo điều kiện cho",
    "giúp cho",
    "giúp",
    "Phần Lan",
    "gia nhập",
    "x",
)
_SEPS = (" ", ", ", ". ", "\n", "\t", "", "-", "  ")


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [
        "".join(rnd.choice(_PIECES) + rnd.choice(_SEPS) for _ in range(rnd.randint(1, 14))) for _ in range(n)
    ]


def _searched(text: str, start: int, end: int) -> int:
    m = _RESULT_CUT.search(text, start, end)
    return m.start() if m else -1


@pytest.mark.parametrize("seed", range(4))
def test_first_result_verb_is_the_search(seed: int) -> None:
    rnd = random.Random(seed)
    for text in _texts(400, seed):
        for _ in range(4):
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            assert first_result_verb(text, a, b) == _searched(text, a, b), (text, a, b)


@pytest.mark.parametrize(
    "text",
    [
        "Nga tấn công U-crai-na khiến Phần Lan gia nhập NATO",
        "bị cáo buộc Pháp, ràng buộc X, bắt buộc Y, buộc Z rút quân",
        "dẫn đến việc ký, dẫn tới việc",
        "giúp cho",  # (no space after: no match)
        "làm chokhiến ",
    ],
)
def test_first_result_verb_examples(text: str) -> None:
    for a in range(len(text) + 1):
        for b in (a, len(text), min(len(text), a + 12)):
            assert first_result_verb(text, a, b) == _searched(text, a, b)


def test_firsts_cover_the_pattern() -> None:
    # every branch of the pattern's alternation starts with one of the words looked for
    branches = (
        _RESULT_CUT.pattern.split(r"\b(?:", 1)[1]
        .rsplit(r")\s", 1)[0]
        .replace("(?:đến|tới)", "đến")
        .split("|")
    )
    for branch in branches:
        assert any(branch.startswith(f) for f in events_frames._RESULT_FIRSTS), branch
