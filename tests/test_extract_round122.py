"""Round 122 (session 18): precision on unseen text — readings a sentence only mentions aside
(events_told_aside: an establishment of relations read from an anniversary whose year the sentence does not write,
a visit in a sentence that only tells when the visit told before took place, talks read between co-mediators) and an
undated "lần lượt" list of members kept as one event (events_coord.one_by_one).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _found(text: str, kind) -> list:
    return [(sorted(e.actors), sorted(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_visit_told_again_by_its_occasion_is_one_visit():
    text = (
        "Tổng thống Hàn Quốc thăm cấp Nhà nước Việt Nam từ ngày 3 đến 5/11/2022. "
        "Chuyến thăm diễn ra đúng dịp hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao."
    )
    assert _found(text, K.VISIT) == [(["KOR"], ["VNM"])]
    assert _found(text, K.RELATIONS_ESTABLISH) == []  # the occasion, no year of the establishment written


def test_anniversary_without_the_year_remembered_states_no_establishment():
    text = "Năm ngoái, hai nước Việt Nam và Hà Lan kỷ niệm 50 năm thiết lập quan hệ ngoại giao."
    assert _found(text, K.RELATIONS_ESTABLISH) == []


def test_anniversary_writing_the_day_remembered_keeps_its_establishment():
    text = (
        "Năm 2024, Việt Nam và Mông Cổ kỷ niệm 70 năm thiết lập quan hệ ngoại giao (17/11/1954 – 17/11/2024)."
    )
    est = [e for e in asserted_events(text) if e.kind is K.RELATIONS_ESTABLISH]
    assert [(sorted(e.actors), e.date) for e in est] == [(["MNG", "VNM"], "1954-11-17")]


def test_co_mediators_hold_no_talks_with_each_other():
    text = "Thỏa thuận ngừng bắn do Ca-ta và Ai Cập làm trung gian được công bố ngày 15/1/2025."
    assert _found(text, K.CONSULT) == []


def test_mediator_between_two_sides_keeps_its_talks():
    text = "Năm 2013, Ô-man làm trung gian cho các cuộc tiếp xúc giữa Hoa Kỳ và I-ran."
    assert (["OMN"], ["IRN", "USA"]) in _found(text, K.CONSULT)


def test_undated_one_by_one_list_is_one_joining():
    text = "Về sau, Na Uy, Hà Lan và Đan Mạch lần lượt gia nhập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)."
    assert _found(text, K.MEMBERSHIP_JOIN) == [(["DNK", "NLD", "NOR"], ["NATO"])]


def test_one_by_one_list_with_its_years_is_split():
    text = "Ba nước Mông Cổ, Cu-ba và Việt Nam lần lượt gia nhập SEV vào các năm 1962, 1972 và 1978."
    joins = [e for e in asserted_events(text) if e.kind is K.MEMBERSHIP_JOIN]
    assert sorted((e.actors, e.date) for e in joins) == [
        (("CUB",), "1972"),
        (("MNG",), "1962"),
        (("VNM",), "1978"),
    ]
