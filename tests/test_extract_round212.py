"""Round 212 (session 23): narrative and spoken shapes — a memoir's "Hôm sau, ..." / "Hai ngày sau, ..." opening a
paragraph counts from the last date told in a paragraph before it (lines of remembered dialogue between); a
delegation meets delegations ("đoàn ta gặp các đoàn Lào và Cam-pu-chia"); a trip told as "được cử đi X dự ...",
the narrator's side given by the delegation they went with ("tôi ... trong đoàn Bộ trưởng X"); paired predicates
"vừa A, vừa B" share their subject (the first one's object is no subject of the second).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

MEMOIR = (
    "Chương 3\nNHỮNG NGÀY Ở GIƠ-NE-VƠ\n\n"
    "Mùa thu năm 1985, tôi được cử sang Giơ-ne-vơ. Ngày 5/10/1985, đoàn ta đến Giơ-ne-vơ.\n\n"
    "— Anh em nghỉ sớm, mai làm việc, – anh Thạch dặn.\n\n"
    "Hôm sau, Bộ trưởng Nguyễn Cơ Thạch hội đàm với Ngoại trưởng Thụy Điển.\n\n"
    "Hai ngày sau, đoàn ta gặp các đoàn Lào và Cam-pu-chia.\n"
)


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (sorted(e.actors), sorted(e.recipients), e.date or "")
        for e in asserted_events(text)
        if e.kind is kind
    )


def test_the_day_after_opening_a_paragraph_counts_from_the_day_told_before() -> None:
    assert (["VNM"], ["SWE"], "1985-10-06") in _read(MEMOIR, K.CONSULT)


def test_days_counted_opening_a_paragraph_count_from_the_day_told_before() -> None:
    assert (["VNM"], ["KHM", "LAO"], "1985-10-07") in _read(MEMOIR, K.CONSULT)


def test_a_heading_between_starts_its_own_time() -> None:
    text = (
        "Ngày 5/10/1985, Bộ trưởng Nguyễn Cơ Thạch đến Giơ-ne-vơ.\n\nII. HOẠT ĐỘNG KHÁC\n\n"
        "Hôm sau, Bộ trưởng Nguyễn Cơ Thạch hội đàm với Ngoại trưởng Thụy Điển.\n"
    )
    assert [d for _, r, d in _read(text, K.CONSULT) if r == ["SWE"]] == [""]


def test_a_group_of_our_own_met_is_no_meeting() -> None:
    text = "Tháng 6/2012, đoàn ta gặp đoàn công tác của tỉnh tại cửa khẩu.\n"
    assert _read(text, K.CONSULT) == []


def test_sent_on_a_trip_to_a_meeting_is_a_visit() -> None:
    text = "Tháng 4/2001, Thứ trưởng Lê Văn Bàng được cử đi Oa-sinh-tơn dự hội nghị về hợp tác kinh tế.\n"
    assert _read(text, K.VISIT) == [(["VNM"], ["USA"], "2001-04")]


def test_the_narrator_in_a_named_leaders_delegation_is_that_leaders_side() -> None:
    text = (
        "Tháng 5/1995, tôi được cử đi Gia-các-ta trong đoàn Bộ trưởng Nguyễn Mạnh Cầm dự Hội nghị Bộ trưởng"
        " Ngoại giao ASEAN.\n"
    )
    visits = _read(text, K.VISIT)
    assert len(visits) == 1 and visits[0][0] == ["VNM"] and "IDN" in visits[0][1]


def test_paired_predicates_share_their_subject() -> None:
    text = (
        "Năm 2006, Hà Nội lần đầu đăng cai Năm APEC.\n\n"
        "Năm ấy Việt Nam vừa tổ chức APEC, vừa hoàn tất đàm phán gia nhập Tổ chức Thương mại thế giới.\n"
    )
    assert _read(text, K.AGREEMENT_NEGOTIATE) == [(["VNM"], ["WTO"], "2006")]
