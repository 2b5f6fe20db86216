"""Round 98 (session 17): events found with the wrong parties. States that follow suit take the act told before them
(events_follow_suit: "B và C cũng làm theo", "D cũng đưa ra quyết định tương tự"); two capitals coordinated at a
clause's opening act together, and "nối lại / hoàn tất / mở lại" are a state's acts after a capital
(events_capitals).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _found(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_states_follow_suit_in_the_same_sentence():
    text = "Tháng 3/2019, Ca-na-đa tuyên bố rút khỏi UNESCO; Ô-xtrây-li-a và Niu Di-lân cũng làm theo ít lâu sau đó.\n"
    assert (["AUS", "NZL"], ["UNESCO"], "2019") in _found(text, K.MEMBERSHIP_LEAVE)


def test_state_follows_the_act_of_the_sentence_before_with_its_own_date():
    text = "Năm 2016, Gam-bi-a tuyên bố rút khỏi Liên hợp quốc. Năm 2018, Bra-xin cũng đưa ra quyết định tương tự.\n"
    assert (["BRA"], ["UNO"], "2018") in _found(text, K.MEMBERSHIP_LEAVE)


def test_following_a_model_is_no_act():
    text = "Năm 2015, Thái Lan áp dụng mô hình này rồi gia nhập APEC; Lào cũng làm theo mô hình này.\n"
    assert not any("LAO" in a for a, _, _ in _found(text, K.MEMBERSHIP_JOIN))


def test_two_capitals_coordinated_act_together():
    text = "Năm 2019, Mát-xcơ-va và Bắc Kinh nối lại đối thoại về an ninh.\n"
    assert any({"RUS", "CHN"} <= set(a) | set(r) for a, r, _ in _found(text, K.CONSULT))


def test_capital_completes_a_withdrawal():
    text = "Đến tháng 9/2024, Pa-ri hoàn tất rút quân khỏi Ni-giê.\n"
    assert (["FRA"], ["NER"], "2024-09") in _found(text, K.RETREAT)


def test_capital_as_a_place_is_no_party():
    text = "Năm 2019, đoàn Việt Nam đến Tô-ky-ô và nối lại đối thoại với Hàn Quốc.\n"
    assert not any("JPN" in a for a, _, _ in _found(text, K.CONSULT))
