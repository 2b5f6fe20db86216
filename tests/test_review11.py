"""Session 11's last review: four defects of the session's change, each with its twin. Texts written for these
tests; whole pipeline (and a knowledge base for the answer)."""

from __future__ import annotations

import doingoai
from doingoai.model import BlockType, EventKind
from doingoai.pipeline import extract_text, parse_file
from doingoai.search.crosslingual import vietnamese_names

K = EventKind


def _kinds(text: str) -> set[EventKind]:
    return {e.kind for e in extract_text(text).events}


def test_a_navy_or_a_delegation_moving_is_no_troop_movement() -> None:
    assert K.RETREAT not in _kinds(
        "Sáng 10/5/2024, Tư lệnh Hải quân Ấn Độ rời Việt Nam sau chuyến thăm chính thức."
    )
    assert K.CONFLICT not in _kinds(
        "Ngày 12/6/2023, tàu của Hải quân Ấn Độ tiến vào cảng Cam Ranh, bắt đầu chuyến thăm Việt Nam."
    )
    assert K.CONFLICT not in _kinds(
        "Ngày 10/5/2024, Bộ trưởng Quốc phòng Phan Văn Giang cùng đoàn đại biểu quân sự Việt Nam tiến vào hội trường "
        "Hội nghị ADMM tại Viêng Chăn."
    )


def test_troops_moving_still_are() -> None:  # twin
    assert K.CONFLICT in _kinds("Ngày 4/11/1956, quân đội Liên Xô tiến vào Bu-đa-pét.")


def test_a_side_before_an_english_adjective_names_that_side() -> None:
    assert vietnamese_names("North Korean missile test")[:1] == ["Triều Tiên"]
    assert vietnamese_names("Indian Ocean security") == []
    assert vietnamese_names("South Korean investment") == ["Hàn Quốc"]  # twin: the South is Korea's entry
    assert vietnamese_names("Soviet aid")[:1] == ["Liên Xô"]


def test_markdown_front_matter_is_no_text(tmp_path) -> None:
    path = tmp_path / "ghi-chep.md"
    path.write_text(
        "---\ntitle: Quan hệ Việt Nam – Lào\ndate: 2024-05-01\n---\n\n# Quan hệ Việt Nam – Lào\n\n"
        "Ngày 5/9/1962, Việt Nam và Lào thiết lập quan hệ ngoại giao.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.title == "Quan hệ Việt Nam – Lào"
    assert "date:" not in doc.text
    assert [b.type for b in doc.blocks] == [BlockType.TITLE, BlockType.PARAGRAPH]


def test_an_amount_takes_the_unit_of_the_asked_clause(tmp_path) -> None:
    path = tmp_path / "vien-tro.txt"
    path.write_text(
        "Viện trợ năm 2023\n\nNăm 2023, Nhật Bản viện trợ cho Lào 30 triệu USD, còn Hàn Quốc viện trợ cho Việt Nam "
        "500 tỷ đồng.\n",
        encoding="utf-8",
    )
    with doingoai.open(str(tmp_path / "kb.sqlite")) as kb:
        kb.ingest([str(path)])
        answer = kb.ask("Hàn Quốc viện trợ cho Việt Nam bao nhiêu tiền năm 2023?").to_dict()
    assert "500 tỷ đồng" in answer["answer"], answer


def test_a_promotion_meeting_at_home_is_a_hosting() -> None:
    for venue in ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Việt Nam", "Hà Nội"):
        kinds = _kinds(
            f"Ngày 5/3/2024, Bộ Công Thương tổ chức Hội nghị xúc tiến đầu tư tại {venue} với sự tham gia của doanh "
            "nghiệp Nhật Bản."
        )
        assert K.HOST in kinds and K.COOPERATE not in kinds, venue


def test_a_promotion_meeting_abroad_is_cooperation() -> None:  # twin
    kinds = _kinds(
        "Ngày 5/3/2024, Bộ Công Thương tổ chức Hội nghị xúc tiến đầu tư tại Tô-ky-ô với sự tham gia của doanh nghiệp "
        "Nhật Bản."
    )
    assert K.COOPERATE in kinds and K.HOST not in kinds


def test_body_first_puts_told_sentences_before_headings_in_a_long_outline() -> None:
    from doingoai.extract.events_merge import _in_heads

    heads = [(i * 100, i * 100 + 20) for i in range(3000)]  # 3,000 headings: one bisection per position
    starts = [a for a, _ in heads]
    assert _in_heads(150 * 100 + 5, starts, heads)
    assert not _in_heads(150 * 100 + 20, starts, heads)  # twin: the heading's end is outside it
    assert not _in_heads(-1, starts, heads)
    doc = extract_text(
        "QUAN HỆ VIỆT NAM – NHẬT BẢN\n\n1. Thiết lập quan hệ ngoại giao với Nhật Bản\n\nNgày 21/9/1973, Việt Nam và "
        "Nhật Bản thiết lập quan hệ ngoại giao.\n"
    )
    ev = next(e for e in doc.events if e.kind is K.RELATIONS_ESTABLISH)
    assert doc.text[ev.evidence[0].start : ev.evidence[0].end].startswith("Ngày 21/9/1973")
