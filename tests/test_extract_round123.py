"""Round 123 (session 18): dates — a date right after an agreement's acronym is the act's.

* "rút khỏi TPP năm 2017", "phê chuẩn CTBT ngày 6/4/1998": a bare date written right after a name that ends in an
  acronym dates the act told, not the name (a titled name carries its year: "Công ước ... về Luật Biển năm 1982";
  a bracketed alias "(UKVFTA, năm 2020)" keeps the name's year) (events_context._attached_dates).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _dates(text: str, kind) -> list[str]:
    return [e.date for e in asserted_events(text) if e.kind is kind]


def test_year_after_an_acronym_dates_the_withdrawal():
    text = "Năm 2010, Nhật Bản bắt đầu đàm phán. Mỹ rút khỏi TPP năm 2017."
    assert _dates(text, K.MEMBERSHIP_LEAVE) == ["2017"]


def test_day_after_an_acronym_dates_the_ratification():
    text = "Năm 1996, nhiều nước ký hiệp ước. Anh phê chuẩn CTBT ngày 6/4/1998."
    assert _dates(text, K.AGREEMENT_RATIFY) == ["1998-04-06"]


def test_day_of_a_recent_month_after_an_acronym():
    text = "Hà Nội, ngày 20/12/2020. Quốc hội Việt Nam đã phê chuẩn EVFTA ngày 8/6 vừa qua."
    assert _dates(text, K.AGREEMENT_RATIFY) == ["2020-06-08"]
    assert _dates(text, K.AGREEMENT_SIGN) == []


def test_titled_name_keeps_its_year():
    text = "Năm 1994, Việt Nam phê chuẩn Công ước của Liên hợp quốc về Luật Biển năm 1982."
    assert _dates(text, K.AGREEMENT_RATIFY) == ["1994"]
