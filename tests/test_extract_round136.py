"""Round 136 (session 19): cue words no rule had (trigger_lex136).

Backing given ("X hậu thuẫn lực lượng Y", "X luôn sát cánh cùng Y") is a support. Texts written for these tests;
whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _pairs(text: str, kind) -> list[tuple[list[str], list[str]]]:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_backing_a_force_is_support() -> None:
    got = _pairs("Trong thập niên 1980, Nam Phi hậu thuẫn lực lượng nổi dậy UNITA ở Ăng-gô-la.", K.SUPPORT)
    assert any(a == ["ZAF"] for a, _ in got)


def test_standing_with_a_people_is_support() -> None:
    got = _pairs("Trong những năm chiến tranh, nhân dân Lào luôn sát cánh cùng nhân dân Việt Nam.", K.SUPPORT)
    assert (["LAO"], ["VNM"]) in got


def test_shoulder_to_shoulder_without_partner_is_no_support() -> None:
    got = _pairs("Hai Đảng Việt Nam và Lào luôn kề vai sát cánh, phối hợp chặt chẽ về chính trị.", K.SUPPORT)
    assert got == []
