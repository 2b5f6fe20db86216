"""Round 80 (session 16): "other kind" misses, an event read in the gold event's sentence but of another kind —
a sanctions programme or a blockade ended (read as the sanction), a decree withdrawing its own country from an
organisation (read as a signing), a dialogue partner of an organisation other than ASEAN (read as relations), and
named partners asked to support Vietnam's candidacy (read only as the candidacy).

Sentences written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import PARAMS, K, S, asserted_events, check, params

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("sanctions-programme-ended",
     "Tháng 6/2023, Liên minh châu Âu chấm dứt chương trình trừng phạt Mi-an-ma.",
     K.SANCTION_LIFT, ("EU",), ("MMR",), "2023-06", S.OCCURRED),
    ("blockade-ended",
     "Năm 2017, Ả-rập Xê-út chấm dứt lệnh phong tỏa đối với Ca-ta.",
     K.SANCTION_LIFT, ("SAU",), ("QAT",), "2017", S.OCCURRED),
    ("decree-withdrawing-own-country",
     "Ngày 1/6/2017, Tổng thống Hoa Kỳ ký sắc lệnh rút nước này khỏi Tổ chức Y tế Thế giới.",
     K.MEMBERSHIP_LEAVE, ("USA",), ("WHO",), "2017-06-01", S.OCCURRED),
    ("dialogue-partner-of-organisation",
     "Năm 2012, Thổ Nhĩ Kỳ trở thành đối tác đối thoại của SCO.",
     K.MEMBERSHIP_JOIN, ("TUR",), ("SCO",), "2012", S.OCCURRED),
    ("named-partners-asked-to-support-candidacy",
     "Vận động Hung-ga-ri và Ba Lan ủng hộ Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ "
     "2028 – 2029.",
     K.SUPPORT, ("HUN", "POL"), ("VNM",), "", S.ONGOING),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round80(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


def test_a_decree_is_no_signed_agreement():
    text = "Năm 2019, Tổng thống Pháp ký sắc lệnh về hợp tác quốc phòng."
    assert not [e for e in asserted_events(text) if e.kind is K.AGREEMENT_SIGN]


def test_an_asean_dialogue_partner_is_no_member():
    text = "Năm 2009, Hàn Quốc trở thành đối tác đối thoại của ASEAN."
    assert not [e for e in asserted_events(text) if e.kind is K.MEMBERSHIP_JOIN]


def test_unnamed_countries_asked_for_support_give_no_support():
    text = "Vận động các nước ủng hộ lập trường của ta về Biển Đông."
    assert not [e for e in asserted_events(text) if e.kind is K.SUPPORT]
