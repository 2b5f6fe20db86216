"""Round 159 (session 21): wrong parties and dates on the newest working group.

A currency named after a state ("đô-la Mỹ") is no mention of it; an act done for an anniversary written after it
("dự lễ kỷ niệm N năm ... (D1 – D2)") is dated by the anniversary (D2), not the day remembered (D1); an unnamed
plural subject of a membership ("ba nước gia nhập NATO") is no unstated Vietnam; a host of a convention's session
("đăng cai Hội nghị ... các bên tham gia Công ước ...", "(COPn) do X đăng cai") hosts it for the convention. Texts
written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_dollar_is_no_state() -> None:
    got = _read("Năm 2024, Hàn Quốc viện trợ 3 triệu đô-la Mỹ cho Lào để xây trường học.", K.AID)
    assert got and all("USA" not in actors + recips for actors, recips, _ in got)
    assert any(actors == ["KOR"] and "LAO" in recips for actors, recips, _ in got)


def test_dollar_donor_after_do() -> None:
    got = _read(
        "Tiếp nhận 20.000 đô la Mỹ do một quỹ từ thiện của Thái Lan tài trợ cho học sinh nghèo.", K.AID
    )
    assert got and all("USA" not in actors for actors, _, _ in got)
    assert any(actors == ["THA"] for actors, _, _ in got)


def test_anniversary_day_dates_the_trip() -> None:
    text = "Cử đoàn sang Lào dự lễ kỷ niệm 70 năm Ngày thành lập Đảng Nhân dân Cách mạng Lào (22/3/1955 – 22/3/2025)."
    got = _read(text, K.VISIT)
    assert (["VNM"], ["LAO"], "2025-03-22") in got


def test_remembered_day_kept_before_the_trigger() -> None:
    text = "Tháng 9/2022, hai nước kỷ niệm 60 năm thiết lập quan hệ ngoại giao (5/9/1962 – 5/9/2022)."
    got = _read(text, K.RELATIONS_ESTABLISH)
    assert all(date.startswith("1962") for _, _, date in got)


def test_unnamed_plural_joiners_are_not_vietnam() -> None:
    text = "Năm 1999, ba nước gia nhập NATO."
    assert not any("VNM" in actors for actors, _, _ in _read(text, K.MEMBERSHIP_JOIN))
    text = "Từ năm 2004 đến năm 2007, nhiều đối tác cũ gia nhập EU."
    assert not any("VNM" in actors for actors, _, _ in _read(text, K.MEMBERSHIP_JOIN))


def test_named_joiner_kept() -> None:
    assert (["VNM"], ["ASEAN"], "1995") in _read("Năm 1995, Việt Nam gia nhập ASEAN.", K.MEMBERSHIP_JOIN)


def test_convention_session_hosted() -> None:
    text = (
        "Tháng 11/2021, Anh đăng cai Hội nghị lần thứ 26 các bên tham gia Công ước khung của Liên hợp quốc "
        "về biến đổi khí hậu tại Glasgow."
    )
    assert (["GBR"], ["UNFCCC"], "2021-11") in _read(text, K.HOST)


def test_convention_session_hosted_passive() -> None:
    text = "Tháng 11/2022, đoàn Việt Nam dự Hội nghị (COP27) do Ai Cập đăng cai tại Sharm el-Sheikh."
    assert any(actors == ["EGY"] and recips == ["UNFCCC"] for actors, recips, _ in _read(text, K.HOST))


def test_meeting_of_organisation_unchanged() -> None:
    assert any(
        recips == ["ASEAN"]
        for _, recips, _ in _read("Năm 2020, Việt Nam đăng cai Hội nghị Cấp cao ASEAN lần thứ 37.", K.HOST)
    )


def test_ngo_donor_after_of() -> None:
    text = "Tiếp nhận 80.000 USD viện trợ của một tổ chức phi chính phủ Đan Mạch cho dự án nước sạch."
    got = _read(text, K.AID)
    assert any(actors == ["DNK"] and "VNM" in recips for actors, recips, _ in got)


def test_trip_not_carried_out_is_negated() -> None:
    text = "3. Đoàn cán bộ dự kiến sang Nhật Bản học tập kinh nghiệm quản lý cảng biển chưa thực hiện được do thiếu kinh phí."
    assert not _read(text, K.VISIT)
    text = "Chuyến thăm Ấn Độ của đoàn Hội dự kiến vào tháng 9/2025 chưa thực hiện được."
    assert not _read(text, K.VISIT)


def test_trip_carried_out_kept() -> None:
    text = "3. Đoàn cán bộ sang Nhật Bản học tập kinh nghiệm quản lý cảng biển; dự án chưa được triển khai."
    assert (["VNM"], ["JPN"]) in [(a, r) for a, r, _ in _read(text, K.VISIT)]


def test_departure_point_is_no_visitor() -> None:
    got = _read("Rời Ấn Độ, Thủ tướng sẽ thăm chính thức Xri Lan-ca.", K.VISIT)
    assert got and all("IND" not in actors for actors, _, _ in got)
    assert any(recips == ["LKA"] for _, recips, _ in got)


def test_day_in_the_month_said_before() -> None:
    text = (
        "Hà Nội, ngày 12 tháng 10 năm 2024\n\nNhật Bản rút khỏi tổ chức này ngày 3/4/2019. Tháng trước, ngày 21/9, "
        "Ác-hen-ti-na đã trở thành thành viên chính thức của Tổ chức Hợp tác Thượng Hải."
    )
    assert (["ARG"], ["SCO"], "2024-09-21") in _read(text, K.MEMBERSHIP_JOIN)


def test_day_of_another_month_keeps_the_year_told() -> None:
    text = (
        "Hà Nội, ngày 12 tháng 10 năm 2024\n\nNăm 2019, Nhật Bản rút khỏi tổ chức này. Tháng trước, ngày 21/3, "
        "Ác-hen-ti-na đã trở thành thành viên chính thức của Tổ chức Hợp tác Thượng Hải."
    )
    assert all(not date.startswith("2024") for _, _, date in _read(text, K.MEMBERSHIP_JOIN))


def test_gapped_host_is_a_second_host() -> None:
    got = _read("Pê-ru đăng cai APEC năm 2024 và Hàn Quốc năm 2025.", K.HOST)
    assert (["PER"], ["APEC"], "2024") in got
    assert (["KOR"], ["APEC"], "2025") in got
    assert not any(recips == ["KOR"] for _, recips, _ in got)


def test_second_meeting_hosted_unchanged() -> None:
    got = _read("Việt Nam đăng cai Hội nghị Cấp cao ASEAN năm 2010 và Hội nghị APEC năm 2017.", K.HOST)
    assert (["VNM"], ["APEC"], "2017") in got


def test_taken_in_and_trained_gives() -> None:
    got = _read("Hung-ga-ri đã tiếp nhận, đào tạo hơn 3.000 sinh viên Việt Nam.", K.AID)
    assert any(actors == ["HUN"] and recips == ["VNM"] for actors, recips, _ in got)


def test_aid_received_kept() -> None:
    got = _read("Lào tiếp nhận viện trợ của Việt Nam.", K.AID)
    assert any(actors == ["VNM"] and recips == ["LAO"] for actors, recips, _ in got)
