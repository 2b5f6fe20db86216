"""Round 115 (session 18): work reports of the fresh group R — delegations sent abroad the delegation trigger missed
(its members counted, "tổ chức lại", "tham gia đoàn", a promotion mission "tại X"), signings by "hai tỉnh / hai hội"
after a trip told in the clause before (events_trip_pair.trip_in_clause), and provincial departments as the
coordinated subject of a signing (places._SUBJECT_UNIT).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_REPORT = "BÁO CÁO\n\nKết quả công tác đối ngoại năm 2024 của Sở Công Thương tỉnh Hà Tĩnh\n\n"


def _found(text: str, kind) -> list:
    return [(sorted(e.actors), sorted(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_delegation_counted_by_its_members():
    text = _REPORT + "1. Tháng 8, Hiệp hội tổ chức đoàn 20 doanh nghiệp sang Hàn Quốc tìm hiểu thị trường.\n"
    assert (["VNM"], ["KOR"]) in _found(text, K.VISIT)


def test_promotion_mission_joined_at_a_place_abroad():
    text = _REPORT + "1. Tháng 10, Sở tham gia đoàn xúc tiến thương mại của tỉnh tại Pháp và Ý.\n"
    assert (["VNM"], ["FRA", "ITA"]) in _found(text, K.VISIT)


def test_promotion_mission_at_home_is_no_visit():
    text = _REPORT + "1. Tháng 10, Sở tổ chức đoàn xúc tiến thương mại tại Hà Nội cho các hợp tác xã.\n"
    assert _found(text, K.VISIT) == []


def test_two_associations_sign_after_the_trip_in_the_clause_before():
    text = _REPORT + (
        "1. Tháng 5, đoàn cán bộ Hội do Chủ tịch Hội dẫn đầu thăm Bu-đa-pét, làm việc với Hội Hữu nghị "
        "Hung-ga-ri – Việt Nam; hai hội đã ký kế hoạch hợp tác giai đoạn 2025 – 2026.\n"
    )
    assert any(set(a + r) == {"VNM", "HUN"} for a, r in _found(text, K.AGREEMENT_SIGN))


def test_two_associations_without_a_trip_sign_nothing():
    text = _REPORT + "1. Năm nay hai hội đã ký nhiều văn bản nội bộ.\n"
    assert _found(text, K.AGREEMENT_SIGN) == []


def test_provincial_departments_coordinated_as_signers():
    text = _REPORT + (
        "1. Tháng 9, Sở Công Thương tỉnh Cao Bằng và Sở Thương mại Quảng Tây ký Biên bản ghi nhớ về thương mại "
        "biên giới.\n"
    )
    assert any(set(a + r) == {"VNM", "CHN"} for a, r in _found(text, K.AGREEMENT_SIGN))


def test_department_after_with_is_a_partner_not_the_subject():
    text = (
        _REPORT
        + "1. Tháng 11, Sở phối hợp với Sở Ngoại vụ tỉnh Vân Nam tổ chức hội nghị trực tuyến giới thiệu nông sản.\n"
    )
    assert not any("CHN" in a for a, _ in _found(text, K.HOST))
