"""Round 164 (session 21): wordings the "no trigger" misses of the working sets share across writers.

Troops sent into another's land ("đưa quân vào / sang tham chiến / chiếm"), a military campaign opened ("mở / tiến
hành chiến dịch quân sự", "mở chiến dịch lớn nhằm vào"), a state ceasing to take part in a body ("tạm ngừng tham
gia các hoạt động của", "đình chỉ sự tham gia của X vào"), a person chosen for an office ("chọn ... làm Tổng Thư
ký"). Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_troops_sent_into_a_country_are_an_armed_act_on_it() -> None:
    text = "Tháng 3/1965, Mỹ đưa quân chiến đấu vào miền Nam Việt Nam, mở đầu giai đoạn chiến tranh cục bộ."
    assert (["USA"], ["VNM"], "1965-03") in _read(text, K.CONFLICT)


def test_troops_sent_to_seize_a_country() -> None:
    text = "Ngày 2/8/1990, I-rắc đưa quân chiếm Cô-oét, khiến Hội đồng Bảo an họp khẩn."
    assert (["IRQ"], ["KWT"], "1990-08-02") in _read(text, K.CONFLICT)


def test_troops_sent_in_to_help_are_no_armed_act() -> None:
    text = "Năm 2021, Ru-an-đa đưa quân vào giúp Mô-dăm-bích chống các nhóm vũ trang."
    assert not any(a == ["RWA"] and r == ["MOZ"] for a, r, _ in _read(text, K.CONFLICT))


def test_a_military_campaign_opened_in_a_country() -> None:
    text = "Ngày 24/2/2022, Nga tiến hành chiến dịch quân sự đặc biệt tại U-crai-na."
    assert (["RUS"], ["UKR"], "2022-02-24") in _read(text, K.CONFLICT)


def test_a_canvassing_campaign_is_no_armed_act() -> None:
    text = "Năm 2019, Ấn Độ phát động chiến dịch vận động cho ứng cử viên của mình tại Liên hợp quốc."
    assert not _read(text, K.CONFLICT)


def test_members_ceasing_to_take_part_leave_the_body() -> None:
    text = "Tháng 4/2018, Ác-hen-ti-na, Bra-xin và Chi-lê tạm ngừng tham gia các hoạt động của UNASUR."
    assert (["ARG", "BRA", "CHL"], ["UNASUR"], "2018-04") in _read(text, K.MEMBERSHIP_LEAVE)


def test_a_government_suspending_its_own_part_in_a_body() -> None:
    text = "Tháng 1/2020, chính phủ Bra-xin đình chỉ sự tham gia của nước này vào CELAC."
    assert (["BRA"], ["CELAC"], "2020-01") in _read(text, K.MEMBERSHIP_LEAVE)


def test_taking_part_all_along_is_no_leaving() -> None:
    text = "Năm 2020, Bra-xin không ngừng tham gia các hoạt động của CELAC."
    assert not _read(text, K.MEMBERSHIP_LEAVE)


def test_a_person_chosen_as_head_of_a_body_is_elected_to_it() -> None:
    text = "Năm 2018, ông Ito Yoshiaki (Nhật Bản) được chọn làm Tổng Thư ký ASEAN."
    assert (["JPN"], ["ASEAN"], "2018") in _read(text, K.MEMBERSHIP_ELECT)


def test_ties_held_since_a_date_were_set_up_then() -> None:
    text = "Ăng-gô-la, nước có quan hệ ngoại giao với Việt Nam từ ngày 12/11/1975, là đối tác truyền thống."
    got = [e for e in asserted_events(text) if e.kind is K.RELATIONS_ESTABLISH]
    assert any({"AGO", "VNM"} <= set(e.actors) | set(e.recipients) and e.date == "1975-11-12" for e in got)


def test_ties_told_without_their_start_are_no_act() -> None:
    text = "Năm 2024, Ăng-gô-la có quan hệ ngoại giao tốt đẹp với Việt Nam."
    assert not [e for e in asserted_events(text) if e.kind is K.RELATIONS_ESTABLISH]
