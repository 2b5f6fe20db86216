"""Agreements and organisations added in session 10: regional trade agreements (South Asia, Central America, the Arab
states, Asia-Pacific, the EU's), founding treaties of regional organisations, UN and other multilateral conventions,
Cold War and peace treaties, and a few organisations and bodies (League of Nations, SACU, FOCAC, the AU Commission,
the WTO's dispute settlement organs, the UN Secretariat)."""

from __future__ import annotations

import pytest

from doingoai.extract import gazetteer
from doingoai.extract.mentions import mentions_in


@pytest.mark.parametrize(
    ("code", "year", "parties"),
    [
        ("SAFTA", "2004", None),
        ("CAFTA_DR", "2004", None),
        ("CETA", "2016", ("EU", "CAN")),
        ("EU_JPN_EPA", "2018", ("EU", "JPN")),
        ("MAASTRICHT_1992", "1992", None),
        ("HELSINKI_1975", "1975", None),
        ("GENEVA_CONVENTIONS_1949", "1949", None),
        ("ROME_STATUTE_1998", "1998", None),
        ("START_1991", "1991", ("USA", "SUN")),
        ("CAMP_DAVID_1978", "1978", ("EGY", "ISR")),
        ("OSLO_1993", "1993", ("ISR", "PLO")),
        ("SAN_FRANCISCO_1951", "1951", None),
        ("VERSAILLES_1919", "1919", None),
    ],
)
def test_agreements_with_year_and_parties(code, year, parties):
    e = gazetteer.entry(code)
    assert e is not None and e.kind == "agreement"
    assert e.attr("year") == year
    assert e.attr("parties") == parties
    for party in parties or ():
        assert gazetteer.entry(party) is not None


def _codes(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.code) for m in mentions_in(text)]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Năm 1957, Việt Nam Dân chủ Cộng hòa gia nhập các Công ước Giơ-ne-vơ năm 1949.",
            "Công ước Giơ-ne-vơ năm 1949",
            "GENEVA_CONVENTIONS_1949",
        ),
        ("Ngày 1/8/1975, 35 quốc gia ký Định ước Hen-xin-ki.", "Định ước Hen-xin-ki", "HELSINKI_1975"),
        ("Hiệp ước Bangkok (1995) lập khu vực phi vũ khí hạt nhân.", "Hiệp ước Bangkok", "SEANWFZ"),
        (
            "Năm 1991, hai nước ký Hiệp ước Cắt giảm vũ khí tấn công chiến lược.",
            "Hiệp ước Cắt giảm vũ khí tấn công chiến lược",
            "START_1991",
        ),
        (
            "Năm 2010, hai nước ký Hiệp ước Cắt giảm vũ khí tấn công chiến lược mới.",
            "Hiệp ước Cắt giảm vũ khí tấn công chiến lược mới",
            "NEW_START",
        ),
        (
            "Nguyễn Ái Quốc gửi bản yêu sách tới Hội nghị Véc-xây; Hòa ước Véc-xây được ký năm 1919.",
            "Hòa ước Véc-xây",
            "VERSAILLES_1919",
        ),
        ("Năm 1920, Hội Quốc liên ra đời.", "Hội Quốc liên", "LON"),
        (
            "Việt Nam tham dự Diễn đàn Hợp tác Trung Quốc – châu Phi.",
            "Diễn đàn Hợp tác Trung Quốc – châu Phi",
            "FOCAC",
        ),
        (
            "Vụ việc được đưa ra Cơ quan Giải quyết tranh chấp của WTO.",
            "Cơ quan Giải quyết tranh chấp của WTO",
            "WTO_DSB",
        ),
    ],
)
def test_mentions_of_the_new_names(text, name, code):
    assert (name, code) in _codes(text)


def test_a_treaty_organisation_keeps_its_longer_name():
    text = "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) ra đời sau khi Hiệp ước Bắc Đại Tây Dương được ký năm 1949."
    got = _codes(text)
    assert ("Tổ chức Hiệp ước Bắc Đại Tây Dương", "NATO") in got
    assert ("Hiệp ước Bắc Đại Tây Dương", "NORTH_ATLANTIC_1949") in got


def test_bodies_act_for_their_organisation():
    for code, parent in (
        ("AU_COMMISSION", "AU"),
        ("WTO_DSB", "WTO"),
        ("WTO_AB", "WTO"),
        ("UN_SECRETARIAT", "UNO"),
    ):
        e = gazetteer.entry(code)
        assert e is not None and e.kind == "body" and e.parent == parent
