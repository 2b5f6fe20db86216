"""Round 107 (session 17): wrong parties, second pass. A Vietnamese mission's report calls the host country "nước sở
tại" (events_host); a nominal visit's possessor past a leader's titles is the visitor ("chuyến thăm tới Việt Nam của
Tổng Bí thư, Chủ tịch nước X": events_roles).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_REPORT = (
    "BỘ NGOẠI GIAO\n\nĐẠI SỨ QUÁN VIỆT NAM TẠI MA-LAI-XI-A\n\nSố: 12/BC-ĐSQ\n\nBÁO CÁO\n\n"
    "Công tác 6 tháng đầu năm 2025\n\nI. TÌNH HÌNH NƯỚC SỞ TẠI\n\n"
)


def _found(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_host_country_of_a_mission_report():
    text = (
        _REPORT + "Tháng 5/2025, nước sở tại đăng cai Hội nghị Cấp cao ASEAN lần thứ 46 tại Cu-a-la Lăm-pơ.\n"
    )
    found = _found(text, K.HOST)
    assert any(a == ["MYS"] for a, _, _ in found)
    assert not any("VNM" in a for a, _, _ in found)


def test_seat_of_an_organisation_is_no_host_country():
    text = "Tổ chức Y tế Thế giới có trụ sở tại Giơ-ne-vơ. Tháng 5/2025, nước sở tại đăng cai Hội nghị Cấp cao ASEAN.\n"
    assert not any("MYS" in a for a, _, _ in _found(text, K.HOST))


def test_visitor_after_the_leaders_titles():
    text = (
        "Quan hệ hai nước phát triển mạnh sau chuyến thăm cấp Nhà nước tới Việt Nam của Tổng Bí thư, "
        "Chủ tịch nước Lào tháng 9/2024.\n"
    )
    assert (["LAO"], ["VNM"], "2024-09") in _found(text, K.VISIT)


def test_visitor_named_without_titles_is_unchanged():
    text = "Tháng 3/2019, Thủ tướng Nhật Bản có chuyến thăm Việt Nam.\n"
    assert (["JPN"], ["VNM"], "2019-03") in _found(text, K.VISIT)
