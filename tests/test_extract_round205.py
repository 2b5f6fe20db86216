"""Round 205 (session 23): a founding member's joining dated by the body's founding told before "sáng lập" — in
its own sentence ("X ra đời tại ... ngày D; Việt Nam là thành viên sáng lập") or in an earlier sentence that names
the body before its founding verb (an entry's opening, then "Thành viên sáng lập gồm A, B, C" under "Thành viên").

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _joins(text: str) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (sorted(e.actors), sorted(e.recipients), e.date)
        for e in asserted_events(text)
        if e.kind is K.MEMBERSHIP_JOIN
    )


def test_founding_told_earlier_in_the_sentence_dates_the_founder() -> None:
    text = (
        "HỎI ĐÁP\n\nHỏi: Việt Nam tham gia Diễn đàn Hợp tác Á – Âu từ khi nào?\n\n"
        "Trả lời: Diễn đàn Hợp tác Á – Âu (ASEM) ra đời tại Hội nghị cấp cao lần thứ nhất ở Băng Cốc "
        "tháng 3/1996; Việt Nam là một thành viên sáng lập.\n"
    )
    assert (["VNM"], ["ASEM"], "1996-03") in _joins(text)


def test_entry_opening_dates_the_founders_listed_under_members() -> None:
    text = (
        "CỘNG ĐỒNG CÁC NƯỚC NÓI TIẾNG BỒ ĐÀO NHA\n\n"
        "Cộng đồng các nước nói tiếng Bồ Đào Nha (CPLP) là tổ chức liên chính phủ được thành lập tại "
        "Li-xbon ngày 17/7/1996.\n\n"
        "Thành viên\n\n"
        "Bốn thành viên sáng lập gồm Ăng-gô-la, Bra-xin, Mô-dăm-bích và Bồ Đào Nha.\n"
    )
    assert _joins(text) == [(["AGO", "BRA", "MOZ", "PRT"], ["CPLP"], "1996-07-17")]


def test_founder_named_alone_takes_the_founding_of_its_body() -> None:
    text = (
        "CỘNG ĐỒNG CÁC NƯỚC NÓI TIẾNG BỒ ĐÀO NHA\n\n"
        "Cộng đồng các nước nói tiếng Bồ Đào Nha (CPLP) là tổ chức liên chính phủ được thành lập tại "
        "Li-xbon ngày 17/7/1996.\n\n"
        "Thành viên\n\n"
        "Mô-dăm-bích là thành viên sáng lập của CPLP.\n"
    )
    assert _joins(text) == [(["MOZ"], ["CPLP"], "1996-07-17")]


def test_another_bodys_founding_leaves_the_founder_undated() -> None:
    text = (
        "DIỄN ĐÀN\n\n"
        "Ngân hàng Phát triển châu Á (ADB) được thành lập ngày 19/12/1966.\n\n"
        "Thành viên\n\n"
        "Mô-dăm-bích là thành viên sáng lập của Cộng đồng các nước nói tiếng Bồ Đào Nha (CPLP).\n"
    )
    assert _joins(text) == [(["MOZ"], ["CPLP"], "")]


def test_a_period_after_the_founding_verb_is_no_founding_day() -> None:
    text = (
        "HỎI ĐÁP\n\nTrả lời: Chương trình hợp tác ra đời cho giai đoạn 2021 – 2025; Việt Nam là một thành viên "
        "sáng lập của Diễn đàn Hợp tác Á – Âu (ASEM).\n"
    )
    assert all(date != "2021/2025" for _, _, date in _joins(text))
