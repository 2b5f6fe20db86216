"""Round 218 (session 23): memberships — an organisation that admits "N thành viên (mới), trong đó có / gồm / là
A, B và C" admits the states named after the count (the comma after the counted noun ends the verb's clause); a
clause opened by "; tại đây, ..." is dated by the occasion the clause before told.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (sorted(e.actors), sorted(e.recipients), e.date or "")
        for e in asserted_events(text)
        if e.kind is kind
    )


def test_members_admitted_by_count_then_named_join() -> None:
    text = "Năm 2016, ASEM kết nạp thêm hai thành viên mới, trong đó có Ca-dắc-xtan.\n"
    assert (["KAZ"], ["ASEM"], "2016") in _read(text, K.MEMBERSHIP_JOIN)


def test_members_admitted_by_count_listed_after_gom() -> None:
    text = "Năm 1996, tổ chức APEC kết nạp ba nước, gồm Pê-ru, Nga và Việt Nam.\n"
    assert (["PER", "RUS", "VNM"], ["APEC"], "1996") in _read(text, K.MEMBERSHIP_JOIN)


def test_a_count_not_followed_by_states_admits_no_one() -> None:
    text = "Năm 2004, ASEM kết nạp 13 thành viên mới, trong đó có mười nước châu Âu.\n"
    assert _read(text, K.MEMBERSHIP_JOIN) == []


def test_a_clause_opened_by_there_takes_the_occasion_date() -> None:
    text = (
        "Hội nghị Cấp cao ASEM lần thứ năm họp tại Hà Nội tháng 10/2004; tại đây, ASEM kết nạp "
        "Cam-pu-chia, Lào và Mi-an-ma.\n"
    )
    assert (["KHM", "LAO", "MMR"], ["ASEM"], "2004-10") in _read(text, K.MEMBERSHIP_JOIN)


def test_a_bare_organisation_noun_admitting_is_the_text_organisation() -> None:
    text = (
        "Hiệp hội Hợp tác Vùng Vịnh Bengal\n\n"
        "Hiệp hội Hợp tác Vùng Vịnh Bengal (BIMSTEC) là tổ chức khu vực ở Nam Á.\n\n"
        "Năm 2004, tổ chức kết nạp thêm hai thành viên là Nê-pan và Bu-tan.\n"
    )
    assert (["BTN", "NPL"], ["BIMSTEC"], "2004") in _read(text, K.MEMBERSHIP_JOIN)
