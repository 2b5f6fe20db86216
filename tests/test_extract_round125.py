"""Round 125 (session 18): conflicts and talks the rules saw a cue for but dropped.

* the place an attack or a strike hits ("tấn công chín địa điểm ở X", "không kích các mục tiêu tại X", "nối lại các
  cuộc không kích trên khắp X", "chiến dịch quân sự quy mô lớn tại X") is its target (events_groups);
* "miền Nam / Bắc / Đông / Tây / Trung X": a region of the country X, no longer proper name (mentions);
* an organisation or a council named alone as the subject of "họp" ("Hội đồng Bảo an ... họp khẩn", "các Bộ trưởng
  Ngoại giao ASEAN họp"): its members' meeting, a consultation of that body (events_met);
* "Tòa Thánh": the Holy See (curated_actors).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _pairs(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_strike_on_targets_in_a_country():
    text = "Ngày 4/2/2024, Mỹ không kích các mục tiêu quân sự ở Xy-ri."
    assert (["USA"], ["SYR"]) in _pairs(text, K.CONFLICT)


def test_attack_on_places_in_a_country_not_vietnam():
    text = "Rạng sáng 9/3/2022, Nga tấn công nhiều thành phố ở U-crai-na."
    pairs = _pairs(text, K.CONFLICT)
    assert (["RUS"], ["UKR"]) in pairs
    assert all("VNM" not in r for _, r in pairs)


def test_large_operation_in_a_country():
    text = "Tháng 10/2024, I-xra-en mở chiến dịch quân sự quy mô lớn tại Li-băng."
    assert (["ISR"], ["LBN"]) in _pairs(text, K.CONFLICT)


def test_region_of_a_country_is_the_country():
    text = "Ngày 3/5/2024, lực lượng Hamas tấn công miền Nam Israel."
    pairs = _pairs(text, K.CONFLICT)
    assert (["HAMAS"], ["ISR"]) in pairs


def test_council_meets_alone():
    text = "Ngày 12/6/2024, Hội đồng Bảo an Liên hợp quốc đã họp khẩn về tình hình biên giới."
    assert (["UNSC"], []) in _pairs(text, K.CONSULT)


def test_organisation_ministers_meet():
    text = "Ngày 5/8/2022, các Bộ trưởng Ngoại giao ASEAN đã họp trực tuyến."
    assert (["ASEAN"], []) in _pairs(text, K.CONSULT)


def test_holy_see_by_its_short_name():
    text = "Tháng 3/2024, Việt Nam và Tòa Thánh ký thỏa thuận về Đại diện thường trú."
    pairs = _pairs(text, K.AGREEMENT_SIGN)
    assert any(set(a + r) == {"VNM", "VAT"} for a, r in pairs)


def test_meeting_named_before_is_no_body_meeting():
    text = "Ngày 12/6/2024, hội nghị thượng đỉnh của Liên minh châu Âu họp tại Brúc-xen."
    assert (["EU"], []) not in _pairs(text, K.CONSULT)


def test_cyber_attack_place_is_not_a_target():
    text = "Tháng 5/2024, Nga bị cáo buộc tấn công mạng ở Đức."
    assert (["RUS"], ["DEU"]) not in _pairs(text, K.CONFLICT)
