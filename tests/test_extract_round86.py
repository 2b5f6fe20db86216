"""Round 86 (session 16): Vietnam's own symmetric act or agreement with no partner in its clause ("ta nên sớm đề
xuất đàm phán hiệp định này") takes the one foreign state the title names as its partner (events_unstated).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_TITLED = (
    "QUAN HỆ VIỆT NAM – NA UY: CƠ HỘI MỚI\n\n"
    "Na Uy là đối tác quan trọng của Việt Nam ở Bắc Âu. Thương mại hai chiều còn khiêm tốn.\n\n"
    "Để mở rộng thị trường, ta cần sớm đề xuất đàm phán một hiệp định về hợp tác nghề cá.\n"
)
_TWO_IN_TITLE = (
    "QUAN HỆ NA UY – THỤY ĐIỂN VÀ HÀM Ý CHO VIỆT NAM\n\n"
    "Na Uy và Thụy Điển là hai nước Bắc Âu. Thương mại của hai nước với Việt Nam còn khiêm tốn.\n\n"
    "Để mở rộng thị trường, ta cần sớm đề xuất đàm phán một hiệp định về hợp tác nghề cá.\n"
)


def _negotiations(text: str) -> list:
    return [e for e in asserted_events(text) if e.kind is K.AGREEMENT_NEGOTIATE]


def test_own_negotiation_takes_the_titles_partner():
    got = _negotiations(_TITLED)
    assert [sorted({*e.actors, *e.recipients}) for e in got] == [["NOR", "VNM"]]


def test_title_naming_two_states_gives_no_partner():
    assert not _negotiations(_TWO_IN_TITLE)
