"""Round 120 (session 18): wrong parties — a group or a place read as the party.

* "X là nhà đầu tư lớn nhất của <group> tại Y": the group after "của" is the one X ranks within, the country
  after "tại" is invested in (trigger_cooperation, invest_standing); "nhà đầu tư lớn nhất của Y" keeps Y;
* a government "ở / tại X" ("đối với chính quyền quân sự ở X") is X's government, not a place: the marker before
  the government word governs X (events_groups), so the default partner (Vietnam) is not put in its stead.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _pairs(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_investor_ranked_within_a_group_invests_in_the_place():
    text = "Đức hiện là nhà đầu tư lớn nhất của Liên minh châu Âu tại Thái Lan, với hơn 600 dự án."
    assert (["DEU"], ["THA"]) in _pairs(text, K.COOPERATE)


def test_investor_of_a_country_keeps_that_country():
    text = "Hàn Quốc hiện là nhà đầu tư lớn nhất của Lào."
    pairs = _pairs(text, K.COOPERATE)
    assert (["KOR"], ["LAO"]) in pairs


def test_sanction_on_a_government_in_a_country():
    text = "Năm 1986, Ca-na-đa áp đặt lệnh cấm vận đối với chính quyền quân sự ở Mi-an-ma."
    pairs = _pairs(text, K.SANCTION)
    assert (["CAN"], ["MMR"]) in pairs
    assert all("VNM" not in r for _, r in pairs)


def test_a_place_after_a_meeting_is_no_party():
    text = "Năm 2019, Nhật Bản viện trợ 5 triệu USD cho Lào tại Hội nghị ở Băng Cốc."
    pairs = _pairs(text, K.AID)
    assert all("THA" not in r for _, r in pairs)
