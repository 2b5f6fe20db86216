"""Chronology and timeline pages: consecutive lines each opening with a date set off by ":" or a dash
are one block each and, in a run of three or more, list items; "Năm 2019, …" (a comma) opens an
ordinary sentence, and a wrapped line going on with "Năm 2019" stays in its paragraph. A site's
"masthead | section" banner over the page's title is not the title. Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from doingoai.model import BlockType, Document
from doingoai.pipeline import parse_text
from doingoai.structure import chronology


def blocks(doc: Document) -> list[tuple[BlockType, str]]:
    return [(b.type, doc.block_text(b)) for b in doc.blocks]


def texts_of(doc: Document, kind: BlockType) -> list[str]:
    return [doc.block_text(b) for b in doc.blocks if b.type is kind]


# -- the entry's shape ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "t",
    [
        "Ngày 3/2/1950: Hai nước thiết lập quan hệ ngoại giao.",
        "Ngày 10–11/9/2023: Tổng thống thăm cấp Nhà nước.",
        "Ngày 12 tháng 7 năm 1995 – Hai nước bình thường hóa quan hệ.",
        "Tháng 1/1949 – Sáu nước thành lập Hội đồng Tương trợ Kinh tế.",
        "Tháng 6 năm 1978: Việt Nam gia nhập Hội đồng.",
        "Năm 1996: Hai nước cùng sáng lập ASEM.",
        "1954 – Hiệp định Giơ-ne-vơ được ký kết.",
        "- 28/7/1995: Việt Nam gia nhập ASEAN.",
        "11/2006: Việt Nam được kết nạp vào WTO.",
    ],
)
def test_entry_shapes(t: str) -> None:
    assert chronology.entry(t)


@pytest.mark.parametrize(
    "t",
    [
        "Năm 2019, hai nước kỷ niệm 30 năm quan hệ.",  # a comma: an ordinary sentence
        "Ngày 10–11/9/2023, Tổng thống thăm Việt Nam.",
        "Năm 2019 là năm bản lề của kế hoạch.",
        "Năm nay: nhiều hoạt động kỷ niệm.",  # no date
        "Nghị định 131/2015/NĐ-CP: quy định chi tiết.",
        "Tháng Ba – mùa hoa gạo.",
        "",
    ],
)
def test_not_entries(t: str) -> None:
    assert not chronology.entry(t)


# -- a timeline page with no blank lines between its entries ------------------------------------------

TIMELINE = """Cổng thông tin Hội Hữu nghị Việt Nam – Bắc Âu | Tư liệu

Niên biểu quan hệ Việt Nam – Na Uy (1971 – 2022)
Tư liệu do Ban biên tập tổng hợp, cập nhật tháng 3/2023.

Ngày 25/11/1971: Việt Nam Dân chủ Cộng hòa và Na Uy thiết lập quan hệ ngoại giao, mở đầu một chặng đường hợp tác dài.
Năm 1995 – Na Uy mở lại Đại sứ quán tại Hà Nội.
Tháng 9/2008: Hai nước ký thỏa thuận hợp tác về biển và nghề cá tại Ô-xlô.
Ngày 1/7/2015: Hiệp định hợp tác giáo dục có hiệu lực.
2022 – Hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao bằng nhiều hoạt động.
"""

ENTRIES = [line for line in TIMELINE.splitlines()[5:] if line]


def test_timeline_entries_are_list_items() -> None:
    doc = parse_text(TIMELINE)
    assert texts_of(doc, BlockType.LIST_ITEM) == ENTRIES
    assert texts_of(doc, BlockType.TITLE) == ["Niên biểu quan hệ Việt Nam – Na Uy (1971 – 2022)"]
    assert "Tư liệu do Ban biên tập tổng hợp, cập nhật tháng 3/2023." in texts_of(doc, BlockType.PARAGRAPH)


def test_entries_of_equal_width_stay_apart() -> None:
    """Lines all as wide as the column, so that widths alone would join them: still one block each."""
    lines = [
        "Ngày 3/2/1950: Hai nước thiết lập quan hệ ngoại giao chính thức.",
        "Ngày 8/2/1950: Hai nước ký hiệp định hợp tác về văn hóa lâu dài.",
        "Tháng 6/1978 – Việt Nam gia nhập Hội đồng Tương trợ Kinh tế SEV.",
        "Năm 1991: Hội đồng Tương trợ Kinh tế giải thể tại Bu-đa-pét xưa.",
    ]
    text = "Các mốc chính\n\nMột đoạn mở đầu nói về quan hệ hai nước trong nhiều năm qua.\n\n" + "\n".join(
        lines
    )
    doc = parse_text(text)
    assert texts_of(doc, BlockType.LIST_ITEM) == lines


def test_entries_in_a_blank_separated_document() -> None:
    """Paragraphs parted by blank lines, the entries set one a line with none between them."""
    text = (
        "Quan hệ Việt Nam – Phần Lan\n\n"
        "Quan hệ hai nước phát triển tốt đẹp trong nhiều lĩnh vực, từ chính trị đến kinh tế.\n"
        "Hai bên coi trọng hợp tác phát triển và giáo dục.\n\n"
        "Năm 1973: Hai nước thiết lập quan hệ ngoại giao.\n"
        "Năm 2008: Hai nước ký hiệp định khung về hợp tác phát triển.\n"
        "Năm 2023: Hai nước kỷ niệm 50 năm quan hệ ngoại giao.\n"
    )
    doc = parse_text(text)
    assert texts_of(doc, BlockType.LIST_ITEM) == text.rstrip().splitlines()[-3:]


# -- negative twins ----------------------------------------------------------------------------------


def test_wrapped_line_going_on_with_a_year_stays_in_its_paragraph() -> None:
    text = (
        "Quan hệ hai nước\n\n"
        "Hai bên nhất trí tiếp tục thúc đẩy hợp tác kinh tế, thương mại và đầu tư trong\n"
        "Năm 2019: năm bản lề của kế hoạch năm năm, đồng thời mở rộng hợp tác sang các\n"
        "lĩnh vực mới như năng lượng tái tạo và chuyển đổi số.\n"
    )
    doc = parse_text(text)
    paras = texts_of(doc, BlockType.PARAGRAPH)
    assert len(paras) == 1 and "trong Năm 2019: năm bản lề" in paras[0]
    assert texts_of(doc, BlockType.LIST_ITEM) == []


def test_dated_sentences_with_commas_stay_paragraphs() -> None:
    """Paragraphs opening with "Năm 2019, …": narrative, not a timeline."""
    paras = [
        "Năm 2018, hai nước nâng cấp quan hệ lên Đối tác toàn diện.",
        "Năm 2019, hai bên ký nhiều văn kiện hợp tác quan trọng.",
        "Năm 2020, dù chịu tác động của dịch bệnh, thương mại vẫn tăng.",
    ]
    doc = parse_text("Quan hệ hai nước\n\n" + "\n\n".join(paras) + "\n")
    assert texts_of(doc, BlockType.PARAGRAPH) == paras
    assert texts_of(doc, BlockType.LIST_ITEM) == []


def test_two_dated_lines_are_not_a_timeline() -> None:
    paras = [
        "Ngày 3/2/1950: hai nước thiết lập quan hệ ngoại giao, mở ra một giai đoạn mới.",
        "Năm 2000: hai bên ký hiệp định thương mại song phương.",
    ]
    doc = parse_text("Quan hệ hai nước\n\n" + "\n\n".join(paras) + "\n\nHai nước tiếp tục hợp tác.\n")
    assert texts_of(doc, BlockType.LIST_ITEM) == []


def test_bulleted_entries_leave_unmarked_dated_lines_as_paragraphs() -> None:
    """The document marks its entries with "-": its unmarked dated lines are written as paragraphs."""
    text = (
        "NIÊN BIỂU QUAN HỆ VIỆT NAM – HÀ LAN\n\n"
        "Thế kỷ XX\n"
        "- Năm 1973: Hai nước thiết lập quan hệ ngoại giao.\n"
        "- Năm 1995: Hà Lan mở văn phòng thương mại tại Hà Nội.\n\n"
        "Thế kỷ XXI\n"
        "Tháng 9/2010: Hai nước ký thỏa thuận về quản lý nước.\n"
        "Năm 2013: Hai nước kỷ niệm 40 năm thiết lập quan hệ.\n"
        "Ngày 29/6/2019: Hai bên ký kế hoạch hợp tác nông nghiệp.\n"
    )
    doc = parse_text(text)
    unmarked = text.rstrip().splitlines()[-3:]
    assert texts_of(doc, BlockType.PARAGRAPH) == unmarked
    assert texts_of(doc, BlockType.LIST_ITEM) == [
        "- Năm 1973: Hai nước thiết lập quan hệ ngoại giao.",
        "- Năm 1995: Hà Lan mở văn phòng thương mại tại Hà Nội.",
    ]


def test_masthead_without_section_is_not_a_banner() -> None:
    """A line naming a site with no "| section" and no dateline under the title: not taken as a banner."""
    from doingoai.structure.banners import sectioned_masthead

    assert sectioned_masthead("Cổng thông tin Hội Hữu nghị Việt Nam – Đông Âu | Tư liệu")
    assert not sectioned_masthead("Cổng thông tin Hội Hữu nghị Việt Nam – Đông Âu")
    assert not sectioned_masthead("Hai nước | ký kết năm 2019.")
