"""Round 87 (session 16): actor codes — a party read, but coded otherwise than the gold writers code it.

* names ending in "+" ("OPEC+", "ADMM+") are their own entries, not the name before the "+" (mentions_plus);
* an organisation written in capitals as a territory's name ("GUAM") is the organisation (abbr, matched exactly);
* a peacekeeping mission has its own code and also the UN's: an event naming it lists both (events_codes);
* a body of an international organisation as a party also lists its organisation (events_codes).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.extract.mentions import mentions_in
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _codes(text: str) -> list[str]:
    return [m.code for m in mentions_in(text)]


def _parties(text: str, kind) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(tuple(e.actors), tuple(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_plus_name_is_its_own_entry():
    assert _codes("Năm 2024, Ca-dắc-xtan cam kết tuân thủ hạn ngạch của OPEC+.") == ["KAZ", "OPEC_PLUS"]
    assert _parties("Năm 2024, Bra-xin chính thức gia nhập OPEC+.", K.MEMBERSHIP_JOIN) == [
        (("BRA",), ("OPEC_PLUS",))
    ]


def test_plus_name_of_a_body():
    assert _codes("Nhóm chuyên gia ADMM+ về an ninh biển họp tại Đà Nẵng.") == ["ADMM_PLUS"]


def test_name_without_plus_and_plus_inside_a_name_unchanged():
    assert _codes("Hội nghị ADMM lần thứ 18 và cơ chế ASEAN+3 cùng họp.") == ["ADMM", "ASEAN_PLUS_THREE"]


def test_organisation_in_capitals_is_not_the_territory():
    got = _parties("Năm 2022, GUAM ra tuyên bố ủng hộ chủ quyền của Môn-đô-va.", K.SUPPORT)
    assert got == [(("GUAM",), ("MDA",))]


def test_mission_is_coded_as_itself_and_as_the_un():
    got = _parties(
        "Tháng 6/2023, Việt Nam cử thêm sĩ quan tham mưu làm nhiệm vụ tại Phái bộ MINUSCA.", K.COOPERATE
    )
    assert got == [(("VNM",), ("MINUSCA", "UNO"))]


def test_mission_long_name_is_the_mission():
    assert _codes("Lực lượng Lâm thời của Liên hợp quốc tại Li-băng được gia hạn.") == ["UNIFIL"]


def test_body_of_an_organisation_also_lists_it():
    got = _parties(
        "Ngày 5/3/2024, Bộ Công Thương làm việc với Ủy ban Kinh tế Á – Âu tại Mát-xcơ-va.", K.CONSULT
    )
    assert got and all(r[:2] == ("EEC_EAEU", "EAEU") for _, r in got)


def test_country_and_plain_organisation_get_no_second_code():
    got = _parties(
        "Ngày 5/3/2024, Việt Nam và Liên Hợp Quốc ký Khung hợp tác phát triển bền vững.", K.AGREEMENT_SIGN
    )
    assert got == [(("VNM", "UNO"), ())]
