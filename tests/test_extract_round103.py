"""Round 103 (session 17): kind confusions.

* a partnership told in the passive with no party named, "quan hệ được nâng lên Đối tác chiến lược", is the upgrade of
  the pair the text is about (events_passive.TOLD_PARTNERSHIP), as "Quan hệ Đối tác ... được thiết lập năm ..." is;
* an organisation founded under an instrument its founders signed, "<ORG> là tổ chức ..., được thành lập theo hiệp
  ước do A, B và C ký ... ngày ...": A, B and C join it as founders on the signing date (events_founded), besides the
  signing itself.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _kinds(text: str, kind) -> list:
    return [(sorted(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_upgrade_told_in_passive_is_the_texts_pair():
    text = (
        "QUAN HỆ VIỆT NAM – ẤN ĐỘ\n\n"
        "Việt Nam và Ấn Độ thiết lập quan hệ ngoại giao năm 1972. "
        "Tháng 9/2016, nhân chuyến thăm chính thức của Thủ tướng Narendra Modi, quan hệ được nâng lên "
        "Đối tác chiến lược toàn diện.\n"
    )
    ups = _kinds(text, K.RELATIONS_UPGRADE)
    assert any(set(a) | set(r) == {"VNM", "IND"} and d.startswith("2016") for a, r, d in ups)


def test_upgrade_with_no_pair_in_the_text_is_not_made_up():
    text = "Tháng 9/2016, quan hệ được nâng lên Đối tác chiến lược toàn diện.\n"
    assert _kinds(text, K.RELATIONS_UPGRADE) == []


def test_founders_sign_the_founding_charter():
    text = (
        "Hội đồng Hợp tác vùng Vịnh (GCC) là tổ chức liên chính phủ khu vực, được thành lập theo hiến chương do "
        "Ả-rập Xê-út, Ca-ta, Cô-oét, Ba-ranh, Ô-man và Các Tiểu vương quốc Ả-rập Thống nhất ký tại Abu Dhabi "
        "ngày 25/5/1981.\n"
    )
    joins = _kinds(text, K.MEMBERSHIP_JOIN)
    assert (sorted(["SAU", "QAT", "KWT", "BHR", "OMN", "ARE"]), ["GCC"], "1981-05-25") in joins


def test_agreement_signed_without_a_founding_makes_no_member():
    text = (
        "Hội đồng Hợp tác vùng Vịnh (GCC) là tổ chức liên chính phủ khu vực. Năm 2008, hiệp định thương mại do "
        "Ả-rập Xê-út, Ca-ta và Cô-oét ký tại Riyadh có hiệu lực.\n"
    )
    assert not any(r == ["GCC"] for _, r, _ in _kinds(text, K.MEMBERSHIP_JOIN))
