"""Round 154 (session 20): documents in less common shapes.

A wiki page copied as text (its edit links, note carets and list bullets are the page's marks, not its text); the
bare "bạn" of an interview or a report standing for the partner; an interview's answer turn, opened by its speaker,
speaking at the document's time; a date before "và" left to the conjunct before it. Texts written for these tests;
whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.model import BlockType
from doingoai.pipeline import parse_text
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return [(list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


_WIKI = (
    "Danh sách các hội nghị Ủy ban liên chính phủ Việt Nam – Ca-dắc-xtan\n"
    "Bách khoa toàn thư mở Wikipedia\n\n"
    "Dưới đây là danh sách các khóa họp của Ủy ban liên chính phủ giữa hai nước kể từ năm 2010.\n\n"
    "Các khóa họp[sửa | sửa mã nguồn]\n\n"
    "Năm\tĐịa điểm\tGhi chú\n"
    "2010\tHà Nội\tKhóa họp thứ nhất\n"
    "2014\tAstana\tKhóa họp thứ hai\n\n"
    "Xem thêm[sửa | sửa mã nguồn]\n\n"
    "• Quan hệ Việt Nam – Ca-dắc-xtan\n"
    "• Liên minh Kinh tế Á – Âu\n\n"
    "Chú thích[sửa]\n\n"
    "^ Khóa họp thứ hai bàn về hợp tác dầu khí.\n"
    "^ Hai bên ký biên bản khóa họp tại Astana.\n"
)


def _blocks(text: str) -> list[tuple[str, str]]:
    doc = parse_text(text)
    return [(b.type.value, " ".join(doc.text[b.start : b.end].split())) for b in doc.blocks]


def test_wiki_edit_links_leave_the_headings() -> None:
    got = _blocks(_WIKI)
    assert ("heading", "Các khóa họp") in got
    assert ("heading", "Xem thêm") in got
    assert ("heading", "Chú thích") in got
    assert not any("sửa mã nguồn" in t for _, t in got)


def test_wiki_notes_and_links_are_list_items_without_their_marks() -> None:
    got = _blocks(_WIKI)
    assert ("list_item", "Khóa họp thứ hai bàn về hợp tác dầu khí.") in got
    assert ("list_item", "Hai bên ký biên bản khóa họp tại Astana.") in got
    assert ("list_item", "Quan hệ Việt Nam – Ca-dắc-xtan") in got


def test_bullets_and_carets_stay_on_a_page_with_no_edit_link() -> None:
    got = _blocks("Ghi chép\n\n• Một dòng có dấu chấm tròn.\n\n^ Một dòng có dấu mũ.\n")
    assert any(t.startswith("• ") for _, t in got)
    assert any(t.startswith("^ ") for _, t in got)
    assert BlockType.LIST_ITEM.value == "list_item"


def test_bare_ban_after_a_verb_of_help_is_the_partner() -> None:
    text = (
        "Quan hệ Việt Nam – Mô-dăm-bích không ngừng phát triển. "
        "Năm 2019, Việt Nam đã cử nhiều chuyên gia nông nghiệp sang giúp bạn trồng lúa."
    )
    assert any("VNM" in a and "MOZ" in r for a, r, _ in _read(text, K.AID))


def test_bare_ban_of_friends_or_readers_is_no_party() -> None:
    text = "Việt Nam luôn trân trọng sự ủng hộ của bạn bè quốc tế và sẵn sàng giúp bạn đọc hiểu thêm về Lào."
    assert not any("LAO" in a + r for a, r, _ in _read(text, K.AID))


_INTERVIEW = (
    "BÁO THẾ GIỚI – Phỏng vấn\n\nThứ Hai, 14/10/2024 08:00 (GMT+7)\n\n"
    "Đại sứ Nguyễn Văn Hùng: Quan hệ Việt Nam – Bra-xin ngày càng gắn bó\n\n"
    "PV: Thưa Đại sứ, thời gian tới hai nước có những hoạt động gì?\n\n"
    "Đại sứ Nguyễn Văn Hùng: Việt Nam vừa hoàn thành nhiệm kỳ tại Hội đồng Nhân quyền 2014 – 2016 và ủng hộ "
    "Bra-xin ứng cử nhiệm kỳ 2026 – 2027. Đầu tháng tới, bạn sẽ đăng cai Hội nghị thượng đỉnh Nhóm G20 tại "
    "Ri-ô đê Gia-nê-rô.\n\nPV: Xin cảm ơn Đại sứ!\n"
)


def test_an_interview_answer_turn_counts_next_month_from_the_interview() -> None:
    got = _read(_INTERVIEW, K.HOST)
    assert (["BRA"], ["G20"], "2024-11") in got


def test_a_date_before_va_closes_the_conjunct_before_it() -> None:
    text = (
        "Kể từ khi thiết lập quan hệ ngoại giao ngày 15/3/1975 và nâng lên Đối tác toàn diện năm 2018, "
        "quan hệ Việt Nam – Ác-hen-ti-na phát triển tốt đẹp."
    )
    assert [d for _, _, d in _read(text, K.RELATIONS_UPGRADE)] == ["2018"]
    assert [d for _, _, d in _read(text, K.RELATIONS_ESTABLISH)] == ["1975-03-15"]
