"""Round 84 (session 16): report and plan items — a delegation received whose body the gazetteer does not know
("đón đoàn Đại học X sang khảo sát") takes the country the report placed that body in before (events_received).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_PLACED = (
    "BÁO CÁO\n\n"
    "1. Tháng 5/2024, nhân chuyến thăm Thái Lan của lãnh đạo Trường, Trường và Đại học Kasetsart ký Biên bản ghi "
    "nhớ về trao đổi sinh viên.\n\n"
    "2. Tháng 9/2025, đón đoàn Đại học Kasetsart sang khảo sát phòng thí nghiệm.\n"
)
_TWO_STATES = (
    "BÁO CÁO\n\n"
    "1. Tháng 5/2024, Trường và Đại học Kasetsart cùng các trường của Lào và Cam-pu-chia dự hội thảo tại Băng Cốc.\n\n"
    "2. Tháng 9/2025, đón đoàn Đại học Kasetsart sang khảo sát phòng thí nghiệm.\n"
)


def _visits_to_vietnam(text: str) -> list:
    return [e for e in asserted_events(text) if e.kind is K.VISIT and "VNM" in e.recipients]


def test_received_body_placed_before_is_its_country_visit():
    got = _visits_to_vietnam(_PLACED)
    assert [tuple(e.actors) for e in got] == [("THA",)]


def test_received_body_placed_among_several_states_takes_none():
    assert not _visits_to_vietnam(_TWO_STATES)
