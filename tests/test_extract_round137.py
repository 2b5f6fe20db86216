"""Round 137 (session 19): triggers found but dropped for want of a side the text leaves to its subject.

* a troop withdrawal, a sanction or its lifting with no place, in a text whose title names one foreign country:
  an act on that country (events_topic_target.topic_target; not a bare "phong tỏa", a blockade of something);
* "X tham gia (đầy đủ) từ Hội nghị ... năm N": joining the body the text is about from one of its meetings
  (events_bare_org.take_part_closed; not when a body names the meeting);
* "X làm Chủ tịch giai đoạn / nhiệm kỳ ...": the chair of the body an entry is about (events_topic_target.chair_of_topic).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_MALI = (
    "MA-LI SAU CUỘC CHÍNH BIẾN NĂM 2021: QUAN HỆ VỚI CÁC ĐỐI TÁC BÊN NGOÀI\n\n"
    "Nguyễn Văn An\n\n"
    "Sau cuộc chính biến, chính quyền quân sự Ma-li xa dần các đối tác phương Tây. "
    "Cộng đồng Kinh tế các quốc gia Tây Phi (ECOWAS) áp đặt các biện pháp trừng phạt đối với Ma-li tháng 1/2022.\n\n"
)


def _pairs(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_a_withdrawal_with_no_place_is_from_the_text_country():
    text = _MALI + "Tháng 8/2022, quân đội Pháp hoàn tất rút quân khỏi căn cứ cuối cùng ở Gao.\n"
    assert (["FRA"], ["MLI"]) in _pairs(text, K.RETREAT)


def test_sanctions_lifted_with_no_target_are_the_text_country():
    text = _MALI + "Tháng 7/2022, ECOWAS dỡ bỏ phần lớn các biện pháp trừng phạt về kinh tế và tài chính.\n"
    assert (["ECOWAS"], ["MLI"]) in _pairs(text, K.SANCTION_LIFT)


def test_a_bare_blockade_is_no_sanction_on_the_text_country():
    text = _MALI + "Năm 2023, An-giê-ri phong tỏa các cuộc thương lượng về đường ống.\n"
    assert not any("MLI" in r and "DZA" in a for a, r in _pairs(text, K.SANCTION))


_G20 = (
    "Nhóm các nền kinh tế lớn (G20)\n\n"
    "Nhóm các nền kinh tế lớn (G20) là diễn đàn hợp tác kinh tế quốc tế của các nền kinh tế hàng đầu thế giới.\n\n"
)


def test_a_state_takes_part_from_a_summit_on():
    text = (
        _G20 + "Tây Ban Nha tham gia đầy đủ từ Hội nghị Cannes năm 2011, với tư cách khách mời thường trực.\n"
    )
    assert (["ESP"], ["G20"]) in _pairs(text, K.MEMBERSHIP_JOIN)


def test_a_meeting_of_another_body_is_not_the_text_body():
    text = _G20 + "Tây Ban Nha tham gia từ Hội nghị Bộ trưởng APEC năm 2011.\n"
    assert (["ESP"], ["G20"]) not in _pairs(text, K.MEMBERSHIP_JOIN)


def test_a_bare_chairmanship_is_of_the_entry_body():
    text = _G20 + "Nhật Bản làm Chủ tịch nhiệm kỳ 2018 – 2019.\n"
    assert (["JPN"], ["G20"]) in _pairs(text, K.CHAIR)


def test_a_named_council_chair_is_not_the_entry_body():
    text = _G20 + "Nhật Bản làm Chủ tịch Hội đồng Bảo an tháng 1/2017.\n"
    assert (["JPN"], ["G20"]) not in _pairs(text, K.CHAIR)
