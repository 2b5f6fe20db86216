"""Round 143 (session 19): co-organising with a foreign partner, and "hai bên" after a membership sentence.

An activity organised with a partner "bên lề chuyến thăm" (the visit its occasion, not the act the coordination
is the manner of) is the cooperation; "A là thành viên của B. Năm N, hai bên ký ..." reads the pair as A and B.
Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _pairs(text: str, kind) -> list[tuple[list[str], list[str]]]:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_activity_beside_a_visit_is_cooperation() -> None:
    got = _pairs(
        "Tháng 5/2023, Thương vụ đã phối hợp với Bộ Thương mại Niu Di-lân tổ chức các hoạt động giao thương"
        " bên lề chuyến thăm.",
        K.COOPERATE,
    )
    assert any("NZL" in a + r for a, r in got)


def test_member_then_both_sides_sign() -> None:
    got = _pairs(
        "Việt Nam là thành viên của WIPO. Năm 2019, hai bên ký Bản ghi nhớ về sở hữu trí tuệ.",
        K.AGREEMENT_SIGN,
    )
    assert any(set(a + r) == {"VNM", "WIPO"} for a, r in got)


def test_member_sentence_with_a_third_name_gives_no_pair() -> None:
    got = _pairs(
        "Việt Nam là thành viên của WIPO cùng với Lào. Năm 2019, hai bên ký Bản ghi nhớ về sở hữu trí tuệ.",
        K.AGREEMENT_SIGN,
    )
    assert not any(set(a + r) == {"VNM", "WIPO"} for a, r in got)
