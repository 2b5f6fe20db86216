"""Round 111 (session 17): parties, third pass. A count of states followed by a lower-case word with a diacritic
("ba nước đã ...") is a counted subject (events_counted); a pair named as an agent's or comparison's object ("do A và
B tổ chức") is not what "hai nước" refers to, and capitals told as parties ("Ri-át và Tê-hê-ran nối lại ...") name
the pair (events_anaphora, events).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _found(text: str, kind) -> list:
    return [(sorted(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_counted_subject_before_a_word_with_a_diacritic():
    text = (
        "Lào, Cam-pu-chia và Thái Lan thành lập nhóm hợp tác tiểu vùng năm 2010.\n\n"
        "Tháng 3/2024, ba nước đã tuyên bố rút khỏi ASEAN.\n"
    )
    found = _found(text, K.MEMBERSHIP_LEAVE)
    assert any(a == ["KHM", "LAO", "THA"] for a, _, _ in found)


def test_count_invited_is_no_actor():
    text = (
        "Lào, Cam-pu-chia và Thái Lan thành lập nhóm hợp tác tiểu vùng năm 2010.\n\n"
        "Ba nước được mời đàm phán gia nhập tại hội nghị tháng 7/2012.\n"
    )
    found = _found(text, K.AGREEMENT_NEGOTIATE)
    assert not any(a == ["KHM", "LAO", "THA"] for a, _, _ in found)


def test_pair_named_by_capitals_not_by_the_helpers():
    text = (
        "Năm 2022, Oa-sinh-tơn và Bắc Kinh nối lại đối thoại qua các vòng gặp do Thụy Sĩ và Áo đứng ra tổ chức. "
        "Ngày 5/4/2023, hai nước ký tại Giơ-ne-vơ thỏa thuận thương mại.\n"
    )
    found = _found(text, K.AGREEMENT_SIGN)
    assert any({"USA", "CHN"} <= set(a) for a, _, _ in found)
    assert not any({"CHE", "AUT"} & set(a) for a, _, _ in found)
