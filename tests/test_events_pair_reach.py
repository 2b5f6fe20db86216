"""Where "hai nước" finds its pair (issue 3, session 10 user trial): the paragraph right before it (one sentence a
line) before the title, and the document's opening when no title was found. Each construction with its negative
twins; whole pipeline on texts written for these tests."""

from __future__ import annotations

import pytest

from doingoai.model import EventKind
from doingoai.pipeline import extract_file, extract_text

K = EventKind


def parties(text: str, kind: EventKind) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(e.actors + e.recipients), e.date) for e in extract_text(text).events if e.kind is kind]


# --- the paragraph right before, nearer than the title ---------------------------------------------------------

LINES = (
    "QUAN HỆ VIỆT NAM – LÀO VÀ CAM-PU-CHIA\n\n"
    "Năm 1962, Việt Nam và Lào thiết lập quan hệ ngoại giao.\n\n"
    "Năm 1967, Việt Nam và Cam-pu-chia thiết lập quan hệ ngoại giao.\n\n"
    "Năm 2019, hai nước ký Hiệp định thương mại biên giới.\n"
)


def test_a_line_before_names_the_pair_nearer_than_the_title():
    assert parties(LINES, K.AGREEMENT_SIGN) == [(frozenset({"VNM", "KHM"}), "2019")]


def test_a_line_before_naming_three_states_is_passed_over_for_the_title():
    text = (
        "QUAN HỆ VIỆT NAM – PÊ-RU\n\n"
        "Tháng 11/1998, Việt Nam cùng Pê-ru và Nga được kết nạp vào APEC.\n\n"
        "Tháng 3/2018, hai nước ký Hiệp định hợp tác văn hóa.\n"
    )
    assert [p for p, _ in parties(text, K.AGREEMENT_SIGN)] == [frozenset({"VNM", "PER"})]


def test_a_heading_between_stops_the_paragraph_before():
    text = (
        "QUAN HỆ VIỆT NAM VỚI CÁC NƯỚC LÁNG GIỀNG\n\n"
        "Năm 1950, Việt Nam và Trung Quốc thiết lập quan hệ ngoại giao.\n\n"
        "2. Quan hệ với Lào\n\n"
        "Năm 1977, hai nước ký Hiệp ước Hữu nghị và Hợp tác.\n"
    )
    assert [p for p, _ in parties(text, K.AGREEMENT_SIGN)] == [frozenset({"VNM", "LAO"})]


def test_a_pair_in_the_own_paragraph_is_still_nearest():
    text = (
        "QUAN HỆ VIỆT NAM – LÀO VÀ CAM-PU-CHIA\n\n"
        "Năm 1967, Việt Nam và Cam-pu-chia thiết lập quan hệ ngoại giao.\n\n"
        "Việt Nam và Lào có quan hệ đặc biệt. Năm 2019, hai nước ký Hiệp định thương mại biên giới.\n"
    )
    assert parties(text, K.AGREEMENT_SIGN) == [(frozenset({"VNM", "LAO"}), "2019")]


# --- no title found: the document's opening -------------------------------------------------------------------

JOURNAL = "Tạp chí Nghiên cứu Quốc tế – Số 2/2023\n\n"
BODY = (
    "\n\nQuan hệ hai bên phát triển tốt đẹp trên nhiều lĩnh vực.\n\n"
    "Tháng 3/2018, hai nước nâng quan hệ lên Đối tác chiến lược.\n"
)


def test_without_a_title_the_opening_heading_names_the_pair():
    got = parties(JOURNAL + "QUAN HỆ VIỆT NAM – Ô-XTRÂY-LI-A" + BODY, K.RELATIONS_UPGRADE)
    assert got == [(frozenset({"VNM", "AUS"}), "2018-03")]


def test_a_numbered_heading_heads_a_section_not_the_document():
    assert parties(JOURNAL + "1. Quan hệ Việt Nam – Ô-xtrây-li-a" + BODY, K.RELATIONS_UPGRADE) == []


def test_without_a_title_or_heading_the_first_sentence_naming_two_states():
    text = JOURNAL + "Việt Nam và Ô-xtrây-li-a thiết lập quan hệ ngoại giao năm 1973." + BODY
    assert parties(text, K.RELATIONS_UPGRADE) == [(frozenset({"VNM", "AUS"}), "2018-03")]


def test_a_first_sentence_naming_three_states_gives_no_pair():
    text = JOURNAL + "Việt Nam, Niu Di-lân và Ô-xtrây-li-a cùng tham gia APEC." + BODY
    assert parties(text, K.RELATIONS_UPGRADE) == []


def test_a_rendered_pdf_with_a_journal_line_above_the_heading(tmp_path):
    render = pytest.importorskip("doingoai.testing.render")
    try:
        render.find_font()
    except RuntimeError:
        pytest.skip("no font with Vietnamese glyphs")
    text = (
        "Tạp chí mẫu – Số 4/2022\n\nQUAN HỆ VIỆT NAM – HÀN QUỐC\n\n"
        "Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao ngày 22/12/1992.\n\n"
        "Quan hệ hai bên phát triển nhanh.\n\n"
        "Tháng 12/2022, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện.\n"
    )
    doc = extract_file(render.text_to_pdf(text, tmp_path / "han.pdf"))
    got = [(frozenset(e.actors + e.recipients), e.date) for e in doc.events if e.kind is K.RELATIONS_UPGRADE]
    assert got == [(frozenset({"VNM", "KOR"}), "2022-12")]
