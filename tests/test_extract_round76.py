"""Round 76: visits missed (an envoy's courtesy call, a fair abroad in a known city, a delegation gone to learn)."""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone


def _visits(text: str) -> list[tuple[list[str], list[str]]]:
    doc = extract_text(text)
    return [
        (list(e.actors), list(e.recipients))
        for e in doc.events
        if str(getattr(e.kind, "value", e.kind)) == "visit"
    ]


def test_envoy_courtesy_call_is_a_visit_to_vietnam() -> None:
    # "Đại sứ X đến chào (và làm việc với) lãnh đạo tỉnh": the envoy comes to the writer's side
    assert (["CHE"], ["VNM"]) in _visits("Tháng 3, Đại sứ Thụy Sĩ đến chào và làm việc với lãnh đạo tỉnh.")


def test_consul_general_courtesy_call() -> None:
    text = "Tháng 8, Tổng Lãnh sự Xin-ga-po tại Thành phố Hồ Chí Minh đến chào xã giao lãnh đạo UBND tỉnh."
    assert (["SGP"], ["VNM"]) in _visits(text)


def test_fair_abroad_in_a_known_city() -> None:
    # a delegation to a fair held in a foreign city the gazetteer knows: a visit to that city's country
    text = "Tháng 5, tổ chức đoàn doanh nghiệp tham dự hội chợ thủy sản quốc tế tại Bu-xan."
    assert (["VNM"], ["KOR"]) in _visits(text)


def test_delegation_gone_over_to_learn() -> None:
    text = "Tháng 11, đoàn cán bộ của Sở sang Nhật Bản trao đổi kinh nghiệm quản lý chất thải rắn."
    assert (["VNM"], ["JPN"]) in _visits(text)


def test_fair_at_home_is_no_visit() -> None:
    # a fair held in a Vietnamese city is a location, no party
    assert _visits("Tháng 5, tổ chức đoàn doanh nghiệp tham dự hội chợ thủy sản quốc tế tại Đà Nẵng.") == []


def test_workers_going_over_are_no_visit() -> None:
    assert _visits("Năm nay, nhiều lao động của tỉnh sang Hàn Quốc khảo sát việc làm.") == []
