"""Round 127 (session 18): places and names the gazetteer lacked.

* more spellings of capitals (the Vietnamese transliterations the press uses: "Át-kha-bát", "Liu-bli-an-na",
  "Rây-ki-a-vích"), so a capital standing for its state is read as it;
* foreign regions, states and cities with their country (Indian and German states, Belgian regions, Egyptian and
  Pakistani cities, the Gaza Strip ...), a party where the grammar makes a place one (extract/places.py), a
  location otherwise;
* a state's own agencies and state companies (Embrapa, Wallonie-Bruxelles International, PDVSA ...) as bodies
  acting for their state.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.extract import gazetteer
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _pairs(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_a_capital_in_its_transliteration_is_visited():
    text = "Năm 2015, Việt Nam cử đoàn sang Át-kha-bát dự hội nghị."
    assert (["VNM"], ["TKM"]) in _pairs(text, K.VISIT)


def test_a_foreign_state_as_partner_after_voi():
    text = "Năm 2023, thành phố Đà Nẵng ký thỏa thuận hợp tác hữu nghị với bang Maharashtra."
    assert (["VNM"], ["IND"]) in _pairs(text, K.AGREEMENT_SIGN)


def test_a_belgian_region_delegation_visits():
    text = "Tháng 5/2024, đoàn đại biểu vùng Wallonie sang thăm Việt Nam."
    assert (["BEL"], ["VNM"]) in _pairs(text, K.VISIT)


def test_a_state_agency_acts_for_its_state():
    text = "Năm 2022, Bộ Nông nghiệp Việt Nam ký biên bản ghi nhớ hợp tác với Embrapa."
    assert (["VNM"], ["BRA"]) in _pairs(text, K.AGREEMENT_SIGN)


def test_a_city_where_others_sign_is_no_party():
    text = "Năm 2019, Nhật Bản và Ấn Độ ký hiệp định hợp tác hàng hải tại Karachi."
    pairs = _pairs(text, K.AGREEMENT_SIGN)
    assert pairs
    assert all("PAK" not in a + r for a, r in pairs)


def test_the_new_places_carry_their_country_and_spellings():
    places = gazetteer.places()
    assert places["PS-GZA"].attr("country") == "PSE"
    assert {"Dải Gaza", "Gaza"} <= {n.text for n in places["PS-GZA"].names}
    assert places["BE-WAL"].attr("country") == "BEL"
    assert {"Wallonie", "Wallonia"} <= {n.text for n in places["BE-WAL"].names}
    assert "Rây-ki-a-vích" in {n.text for n in places["CITY_IS_REYKJAVIK"].names}
