"""Round 216 (session 23): vocabulary — a side's staff or delegation attending a body's meetings ("Bộ đã cử cán bộ
tham dự các cuộc họp của Tổ chức X", "tham gia đầy đủ các phiên họp của ...", "dự các cuộc họp giữa kỳ ARF") is a
meeting with the body; a promotion of ours held abroad in the wordings plans share ("tổ chức Ngày hàng Việt Nam tại
X", "Ngày hội giáo dục Việt Nam tại X") is a cooperation with the place's country.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str, str]]:
    return sorted(
        (sorted(e.actors), sorted(e.recipients), e.date or "", e.status.value)
        for e in asserted_events(text)
        if e.kind is kind
    )


def test_staff_sent_to_a_bodys_meetings_meet_the_body() -> None:
    text = "Năm 2023, Bộ đã cử cán bộ tham dự các cuộc họp của Tổ chức Hàng hải Quốc tế (IMO) tại Luân Đôn."
    assert (["VNM"], ["IMO"], "2023", "occurred") in _read(text, K.CONSULT)


def test_a_delegation_taking_part_in_all_sessions_of_a_body() -> None:
    text = "Năm 2022, phái đoàn đã tham gia đầy đủ các phiên họp của Hội đồng Nhân quyền Liên hợp quốc."
    assert [r for _, r, _, _ in _read(text, K.CONSULT)] == [["UNHRC"]]


def test_a_forums_intersessional_meetings_named_right_after() -> None:
    text = "Năm 2021, Bộ cử đại biểu dự các cuộc họp giữa kỳ ARF về an ninh biển."
    assert (["VNM"], ["ARF"], "2021", "occurred") in _read(text, K.CONSULT)


def test_a_states_attending_a_bodys_meeting_planned() -> None:
    text = "Phía Qatar cho biết sẽ dự cuộc họp của OPEC tại Viên (Áo) vào ngày 4/6/2022."
    assert (["QAT"], ["OPEC"], "2022-06-04", "planned") in _read(text, K.CONSULT)


def test_a_domestic_bodys_meetings_give_no_event() -> None:
    text = "Năm 2023, cán bộ của Sở tham dự các cuộc họp của Bộ Ngoại giao về công tác lãnh sự."
    assert _read(text, K.CONSULT) == []


def test_a_goods_day_of_ours_held_abroad_is_cooperation_with_the_country() -> None:
    text = "Tháng 9/2025, tổ chức Ngày hàng Việt Nam tại Ri-ô đơ Gia-nê-rô (Bra-xin)."
    assert (["VNM"], ["BRA"], "2025-09", "occurred") in _read(text, K.COOPERATE)


def test_an_education_fair_day_of_ours_held_abroad() -> None:
    text = "Tháng 11/2025, tổ chức Ngày hội du học Việt Nam tại Viêng Chăn (Lào)."
    assert (["VNM"], ["LAO"], "2025-11", "occurred") in _read(text, K.COOPERATE)


def test_a_promotion_held_at_home_gives_no_cooperation() -> None:
    text = "Tháng 5/2025, tổ chức Ngày hàng Việt Nam tại Hà Nội."
    assert _read(text, K.COOPERATE) == []


def test_our_working_delegation_worked_with_a_foreign_body_visited_its_country() -> None:
    text = "Năm 2023, đoàn công tác của Sở đã làm việc với Bộ Tài chính Pháp tại Pa-ri."
    assert (["VNM"], ["FRA"], "2023", "occurred") in _read(text, K.VISIT)


def test_a_lenders_working_delegation_worked_with_a_ministry() -> None:
    text = "Tháng 9/2024, đoàn công tác của Ngân hàng Thế giới đã làm việc với Bộ Kế hoạch và Đầu tư Việt Nam về dự án cấp nước."
    assert (["WB"], ["VNM"], "2024-09", "occurred") in _read(text, K.VISIT)


def test_working_with_an_embassy_at_home_is_no_trip() -> None:
    text = "Tháng 5/2024, đoàn công tác của tỉnh làm việc với Đại sứ quán Nhật Bản tại Hà Nội."
    assert _read(text, K.VISIT) == []
