"""Round 99 (session 17): sanctions and their lifting, suits: a share of sanctions or export curbs lifted with its
target named (trigger_defs "lift_share"; none with the target unnamed), a state put on or taken off a terror list
(trigger_disputes "sanction_list", "lift_list"), a suit filed with its court untold ("đệ đơn kiện X").

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _sides(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_share_of_sanctions_lifted() -> None:
    text = "Ngày 3/5/2019, Liên minh châu Âu dỡ bỏ phần lớn các lệnh trừng phạt đối với Mi-an-ma.\n"
    assert (["EU"], ["MMR"]) in _sides(text, K.SANCTION_LIFT)


def test_export_curbs_lifted() -> None:
    text = "Tháng 6/2020, Trung Quốc dỡ bỏ các biện pháp hạn chế xuất khẩu đối với Ô-xtrây-li-a.\n"
    assert (["CHN"], ["AUS"]) in _sides(text, K.SANCTION_LIFT)


def test_share_lifted_target_unnamed_no_event() -> None:
    text = "Ngày 3/5/2019, Liên minh châu Âu dỡ bỏ phần lớn các lệnh trừng phạt.\n"
    assert _sides(text, K.SANCTION_LIFT) == []


def test_put_on_terror_list() -> None:
    text = "Năm 1982, Hoa Kỳ đưa Xy-ri vào danh sách các nước bảo trợ khủng bố.\n"
    assert (["USA"], ["SYR"]) in _sides(text, K.SANCTION)


def test_taken_off_terror_list() -> None:
    text = "Năm 2008, Hoa Kỳ đưa Triều Tiên ra khỏi danh sách các nước tài trợ khủng bố.\n"
    assert (["USA"], ["PRK"]) in _sides(text, K.SANCTION_LIFT)


def test_suit_filed_court_untold() -> None:
    text = "Tháng 3/2021, U-crai-na đệ đơn kiện Nga vi phạm công ước quốc tế.\n"
    assert (["UKR"], ["RUS"]) in _sides(text, K.PROTEST)


def test_list_of_partners_no_sanction() -> None:
    text = "Năm 2020, Hoa Kỳ đưa Xy-ri vào danh sách các đối tác ưu tiên.\n"
    assert _sides(text, K.SANCTION) == []
