"""Round 134 (session 19): precision and wrong parties on the newest working groups.

* a minister's portfolio between the title and the state ("chuyến thăm Việt Nam của Bộ trưởng Nông nghiệp và
  Thủy sản X") still names the visitor's state (events_titles.title_possessor);
* cooperation as the topic of talks ("tiếp Đại sứ X, trao đổi về hợp tác đào tạo") is no cooperation event
  (events._DISCUSSED);
* help to a delegation coming over ("hỗ trợ đoàn doanh nghiệp X sang tìm hiểu thị trường") is no aid to its
  state (events_non_acts).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _events(text: str, kind) -> list:
    return [(sorted(e.actors), sorted(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_minister_with_portfolio_is_the_visitor():
    text = "Chuẩn bị chuyến thăm Việt Nam của Bộ trưởng Nông nghiệp và Thủy sản Chi-lê, dự kiến vào tháng 10."
    found = _events(text, K.VISIT)
    assert (["CHL"], ["VNM"]) in found, found
    assert (["VNM"], ["CHL"]) not in found, found


def test_portfolio_words_without_a_minister_name_no_possessor():
    text = "Hội thảo bàn về vai trò của thương mại và đầu tư Chi-lê đối với khu vực."
    assert not _events(text, K.VISIT)


def test_cooperation_as_topic_of_talks_is_no_cooperation():
    text = "Tháng trước, Hội tiếp Đại sứ Chi-lê và Đại sứ Pê-ru tại Việt Nam, trao đổi về hợp tác giáo dục."
    assert not _events(text, K.COOPERATE)


def test_cooperation_agreed_is_still_read():
    text = "Năm 2024, Việt Nam và Chi-lê nhất trí tăng cường hợp tác trong lĩnh vực giáo dục."
    assert _events(text, K.COOPERATE)


def test_delegation_helped_over_is_a_visit_not_aid():
    text = "Năm ngoái, Đại sứ quán đã hỗ trợ đoàn doanh nghiệp Chi-lê sang tìm hiểu thị trường Việt Nam."
    assert not _events(text, K.AID)
    assert (["CHL"], ["VNM"]) in _events(text, K.VISIT)


def test_aid_to_a_state_is_still_aid():
    text = "Năm 2023, Nhật Bản hỗ trợ Chi-lê 5 triệu USD khắc phục hậu quả động đất."
    assert _events(text, K.AID)
