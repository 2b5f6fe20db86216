"""Round 130 (session 19): trade remedies and suits between states (working group U's journal articles and
encyclopedia entries on multilateral topics).

* a trade-remedy duty laid on goods whose owner follows ("áp thuế chống bán phá giá đối với <hàng> <nước>") is a
  sanction, its lifting ("dỡ bỏ / bãi bỏ / chấm dứt áp thuế ... đối với") a sanction lifted (trigger_lex92);
* a state suing another with the court untold ("A kiện B về ...", "khởi kiện B trong vụ ...") is a protest
  (trigger_disputes.protest_sue);
* none of them takes an unstated Vietnam as the one taxed or sued, a case named as a ruling's setting ("phán
  quyết ... trong vụ A kiện B") is no suit told, and a duty named as a suit's object is not read beside it.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _events(text: str, kind) -> list[tuple]:
    return [(sorted(e.actors), sorted(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_anti_dumping_duty_on_a_states_goods_is_a_sanction():
    text = "Tháng 6/2019, Ấn Độ áp thuế chống bán phá giá 15% đối với thép cán nguội của Hàn Quốc."
    assert (["IND"], ["KOR"], "2019-06") in _events(text, K.SANCTION), _events(text, K.SANCTION)


def test_duty_lifted_is_a_sanction_lifted():
    text = "Tháng 9/2021, Ấn Độ bãi bỏ thuế chống bán phá giá đối với thép cán nguội Hàn Quốc."
    assert (["IND"], ["KOR"], "2021-09") in _events(text, K.SANCTION_LIFT), _events(text, K.SANCTION_LIFT)


def test_state_suing_another_is_a_protest():
    text = "Năm 2018, Nhật Bản và Ca-na-đa kiện Ấn Độ về biện pháp hạn chế nhập khẩu linh kiện điện tử."
    assert (["CAN", "JPN"], ["IND"], "2018") in _events(text, K.PROTEST), _events(text, K.PROTEST)


def test_duty_on_goods_with_no_owner_guesses_no_target():
    text = "Việt Nam là thành viên WTO. Năm 2019, Ấn Độ áp thuế chống bán phá giá đối với thép cán nguội."
    assert _events(text, K.SANCTION) == []


def test_case_named_in_a_ruling_is_no_suit():
    text = "Ngày 5/3/2017, Tòa ra phán quyết trong vụ Ni-ca-ra-goa kiện Cô-lôm-bi-a về ranh giới biển."
    assert not any(d == "2017-03-05" for _, _, d in _events(text, K.PROTEST)), _events(text, K.PROTEST)


def test_condition_is_no_suit():
    text = "Hai bên sẽ nâng cấp quan hệ khi điều\nkiện Hàn Quốc cho phép."
    assert _events(text, K.PROTEST) == []
