"""Round 113 (session 17): memberships and chairs the rules saw but dropped for want of an organisation. In an entry
on one body, "tham gia" closing its clause or followed by a date joins that body (events_bare_org), and a state
taking the chair with no body named chairs it (events_unstated, events_org_unstated.handover_seat).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_ENTRY = (
    "Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương\n\n"
    "Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC) là diễn đàn kinh tế khu vực, được thành lập năm 1989.\n\n"
)


def _found(text: str, kind) -> list:
    return [(sorted(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_take_part_closing_its_clause_joins_the_entry_body():
    text = _ENTRY + "Năm 1998, Nga và Pê-ru chính thức tham gia, nâng số thành viên lên 21.\n"
    found = _found(text, K.MEMBERSHIP_JOIN)
    assert any(a == ["PER", "RUS"] and r == ["APEC"] for a, r, _ in found)


def test_take_part_of_an_activity_is_no_join():
    text = _ENTRY + "Năm 2019, Nhật Bản tham gia với tư cách nhà tài trợ một dự án về năng lượng.\n"
    assert not any(r == ["APEC"] and "JPN" in a for a, r, _ in _found(text, K.MEMBERSHIP_JOIN))


def test_chair_taken_with_no_body_named():
    text = _ENTRY + "Tháng 1/2017, Việt Nam tiếp nhận cương vị Chủ tịch từ Pê-ru.\n"
    found = _found(text, K.CHAIR)
    assert any(a == ["VNM"] and r == ["APEC"] for a, r, _ in found)


def test_take_part_outside_an_entry_is_no_join():
    text = "Tin tức\n\nNăm 2020, Nga và Pê-ru chính thức tham gia, theo báo chí địa phương.\n"
    assert not _found(text, K.MEMBERSHIP_JOIN)


def test_first_secretary_general_elected_in_an_entry():
    text = (
        "Liên minh các quốc gia Nam Mỹ\n\n"
        "Liên minh các quốc gia Nam Mỹ (UNASUR) là tổ chức khu vực được thành lập năm 2008.\n\n"
        "Cựu Tổng thống Bra-xin Lu-la được bầu làm Tổng Thư ký đầu tiên năm 2011.\n"
    )
    found = _found(text, K.MEMBERSHIP_ELECT)
    assert any(a == ["BRA"] and r == ["UNASUR"] for a, r, _ in found)
