"""Round 96 (session 17): the writer's own task asking a partner's secretariat, office or consulate for aid
("Đề nghị Ban Thư ký X hỗ trợ ...", "Đề nghị Văn phòng X tại Hà Nội tài trợ ...") is aid from that partner to
Vietnam, planned (events_sides._ASKED_AID), not a request to others to act among themselves.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _plan(item: str) -> str:
    return (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\n"
        "KẾ HOẠCH\n"
        "Hợp tác quốc tế năm 2026\n\n"
        "I. NHIỆM VỤ CỤ THỂ\n\n"
        "1. Rà soát các chương trình hợp tác đang triển khai.\n\n"
        f"2. {item}\n"
    )


def _aid(text: str) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is K.AID]


def test_secretariat_asked_for_aid():
    text = _plan("Đề nghị Ban Thư ký ASEAN hỗ trợ kỹ thuật xây dựng cơ sở dữ liệu về an toàn thực phẩm.")
    assert (["ASEAN"], ["VNM"]) in _aid(text)


def test_consulate_asked_for_aid():
    text = _plan(
        "Đề nghị Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng hỗ trợ kinh phí sửa chữa trường học vùng lũ."
    )
    assert (["JPN"], ["VNM"]) in _aid(text)


def test_office_asked_for_aid():
    text = _plan("Đề nghị Văn phòng UNICEF tại Hà Nội tài trợ khóa tập huấn cho cán bộ y tế cơ sở.")
    assert any("VNM" in r for _, r in _aid(text))


def test_secretariat_asked_for_no_aid():
    # asked for a contact, not aid: no aid event
    text = _plan("Đề nghị Ban Thư ký ASEAN giới thiệu đầu mối liên lạc tại các nước thành viên.")
    assert _aid(text) == []
