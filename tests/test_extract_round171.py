"""Round 171 (session 21): the other side told only by a venue abroad.

A trip, a fair or a promotion of ours that names no foreign state, only the foreign city (or cities) where it takes
place ("tại Almaty và Tashkent"): the city's state is the other side. A venue in Vietnam, or an office of ours abroad
("với Đại sứ quán Việt Nam tại ..."), names no partner. Texts written for these tests; whole pipeline with the learned
reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_PLAN = "KẾ HOẠCH\nQuảng bá du lịch Việt Nam tại thị trường Trung Á năm 2026\n\n"


def _coop(text: str) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is K.COOPERATE
    )


def test_promotion_in_two_foreign_cities_goes_to_both_states() -> None:
    text = "Năm 2026, Việt Nam tổ chức Chương trình giới thiệu điểm đến Việt Nam tại Almaty và Tashkent."
    assert (["VNM"], ["KAZ", "UZB"], "2026") in _coop(text)


def test_plan_task_promoting_abroad_names_the_cities_states() -> None:
    text = _PLAN + "1. Tháng 5, tổ chức Chương trình giới thiệu điểm đến Việt Nam tại Almaty và Tashkent.\n"
    assert (["VNM"], ["KAZ", "UZB"], "2026-05") in _coop(text)


def test_venue_in_vietnam_names_no_partner() -> None:
    text = _PLAN + "1. Tháng 5, tổ chức Chương trình giới thiệu điểm đến Việt Nam tại Đà Nẵng.\n"
    assert _coop(text) == []


def test_our_office_abroad_is_no_trip() -> None:
    text = (
        _PLAN
        + "1. Tháng 5, phối hợp với Đại sứ quán Việt Nam tại Almaty tổ chức Chương trình giới thiệu điểm đến.\n"
    )
    assert _coop(text) == []
