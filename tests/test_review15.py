"""Session 15's review: what it found in the session's rules and answers, each with the case that shows it.

Sentences written for these tests; the events with the learned reading off."""

from __future__ import annotations

import pytest

from doingoai.answer.blocks import day_and_month
from doingoai.answer.persons import _ASKS_REPLACEMENT
from doingoai.question_cues import unnamed
from event_grid import K, S, asserted_events

pytestmark = pytest.mark.rules_alone


def test_unnamed_drops_capitalised_words_and_keeps_lower_case_ones_with_marks():
    # "ủng", "đầu", "ở" start with letters inside "À-Ỹ": a range test took them for capitals
    assert "ủng hộ đầu tư" in unnamed("Việt Nam ủng hộ đầu tư vào Lào năm nào?")
    assert unnamed("Hai nước ký hiệp định ở đâu?") == "Hai nước ký hiệp định ở đâu?"
    assert "Hợp" not in unnamed("Ban Thư ký Hợp tác ba bên đặt tại đâu?")
    assert "Cooperation" not in unnamed("Where is the Trilateral Cooperation Secretariat based?")


def test_a_loan_taken_for_someone_names_no_lender():
    text = "Năm 2021, tỉnh giải ngân dự án vay vốn cho nông dân và hộ dân vay vốn theo chương trình của tỉnh."
    assert not [e for e in asserted_events(text) if e.kind is K.AID]


def test_monetary_policy_is_no_money_given():
    text = "Năm 2020, Việt Nam ủng hộ chính sách tiền tệ của các nước ASEAN."
    assert not [e for e in asserted_events(text) if e.kind is K.AID]


def test_a_restoration_to_come_is_no_sanction_lifted():
    text = "Năm 2019, Liên minh châu Phi đình chỉ tư cách thành viên của Xu-đăng, tư cách này sẽ được khôi phục sau bầu cử."
    assert not [e for e in asserted_events(text) if e.kind is K.SANCTION_LIFT and e.status is S.OCCURRED]


def test_english_month_in_any_case():
    assert day_and_month("18 march") == (18, 3) and day_and_month("18 March 2020") == (18, 3)


def test_a_change_is_no_replacement():
    assert _ASKS_REPLACEMENT.search("chính sách thay đổi thế nào") is None
    assert _ASKS_REPLACEMENT.search("ai thay ông x làm tổng thư ký") is not None


def test_modern_is_no_now():
    from doingoai.extract.events_ongoing import _NOW_WORD

    assert _NOW_WORD.search("hai nước hợp tác xây dựng quân đội hiện đại") is None
    assert _NOW_WORD.search("sự hiện diện của hải quân") is None
    assert _NOW_WORD.search("hàn quốc hiện là nhà đầu tư lớn nhất") is not None
