"""textscan.matches_before: a pattern "head word, then a fixed word" matched only where the fixed word occurs gives
what ``finditer`` gives over the whole text (events_accession_signed and events_partner use it)."""

from __future__ import annotations

import random
import re

import pytest

from doingoai.extract.textscan import matches_before

_HEADS = ("phía", "nước", "bên")
_RX = re.compile(r"\b(?:phía|nước|bên) bạn(?!\w)")
_PIECES = ("phía", "nước", "bên", " bạn", " bạnh", "ta", " ", ", ", "nước bạn", "Lào", "bên  bạn")


@pytest.mark.parametrize("seed", range(40))
def test_matches_before_equals_finditer(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(_PIECES) for _ in range(60))
    got = [(m.start(), m.end()) for m in matches_before(text, " bạn", _HEADS, _RX)]
    assert got == [(m.start(), m.end()) for m in _RX.finditer(text)]


def test_matches_before_needs_the_head_right_before_the_word():
    assert matches_before("đoàn bạn và nước  bạn", " bạn", _HEADS, _RX) == []
    (m,) = matches_before("cùng nước bạn Lào", " bạn", _HEADS, _RX)
    assert m.group() == "nước bạn"
