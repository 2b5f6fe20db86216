"""Round 69: structure of new shapes. A chronology's year headings ("Năm 2005", or a year alone over its
first entry) and its one-line dated entries (intervals "Từ ngày … đến …:", entries wrapped over several
lines) as list items; a Party document's subject in lower case ("về …") under "KẾT LUẬN" / "CỦA BỘ CHÍNH
TRỊ", wrapped over two lines, as part of the title. Every text here was written for these tests, with a
negative twin where the rule must not fire."""

from __future__ import annotations

from doingoai.model import BlockType
from doingoai.structure import chronology
from structure_helpers import blocks, of_type, structure

# -- a chronology under "Năm YYYY" headings: each entry a list item ------------------------------------

YEARS = """LỊCH SỬ QUAN HỆ VIỆT NAM – NIU DI-LÂN

Trang điểm lại những mốc chính trong quan hệ hai nước.

Năm 1975
Ngày 19/6/1975: Hai nước thiết lập quan hệ ngoại giao.

Năm 2005
Tháng 3/2005: Thủ tướng Niu Di-lân thăm chính thức Việt Nam và ký nhiều văn
kiện hợp tác về giáo dục và nông nghiệp.
Ngày 14/9/2005: Hai bên khai trương Đại sứ quán tại Oen-linh-tơn.

Năm 2020
Từ ngày 20 đến 22/7/2020: Hai nước nâng quan hệ lên Đối tác chiến lược.
"""


def test_entries_under_year_headings_are_list_items() -> None:
    doc = structure(YEARS)
    assert of_type(doc, BlockType.HEADING) == ["Năm 1975", "Năm 2005", "Năm 2020"]
    assert of_type(doc, BlockType.LIST_ITEM) == [
        "Ngày 19/6/1975: Hai nước thiết lập quan hệ ngoại giao.",
        "Tháng 3/2005: Thủ tướng Niu Di-lân thăm chính thức Việt Nam và ký nhiều văn kiện hợp tác về giáo"
        " dục và nông nghiệp.",
        "Ngày 14/9/2005: Hai bên khai trương Đại sứ quán tại Oen-linh-tơn.",
        "Từ ngày 20 đến 22/7/2020: Hai nước nâng quan hệ lên Đối tác chiến lược.",
    ]


def test_interval_opens_an_entry() -> None:
    assert chronology.entry("Từ ngày 30/6 đến 02/7/2024: Thủ tướng thăm chính thức.")
    assert chronology.entry("Từ tháng 3 đến tháng 5/2019: Hai bên tổ chức nhiều hoạt động.")
    assert not chronology.entry("Từ ngày 22 đến 24/3/2018, Tổng thống thăm Việt Nam.")  # (a comma: prose)


def test_prose_under_year_headings_stays_paragraphs() -> None:
    text = """Năm 1975
Hai nước thiết lập quan hệ ngoại giao vào giữa năm ấy.

Năm 2005
Thủ tướng Niu Di-lân thăm chính thức Việt Nam.

Năm 2020
Hai nước nâng quan hệ lên Đối tác chiến lược.
"""
    assert not of_type(structure(text), BlockType.LIST_ITEM)


# -- a year alone over its first entry: a heading, not a page number ---------------------------------

BARE = """NIÊN BIỂU QUAN HỆ VIỆT NAM – MÔNG CỔ

Những mốc chính trong quan hệ hai nước.

1954
- 17/11/1954: Hai nước thiết lập quan hệ ngoại giao; Mông Cổ là một trong
  những nước đầu tiên công nhận Việt Nam Dân chủ Cộng hòa.

2008
- Tháng 12/2008: Chủ tịch nước thăm chính thức Mông Cổ.

2024
- Tháng 5/2024: Tổng thống Mông Cổ thăm cấp nhà nước Việt Nam.
"""


def test_year_alone_over_entry_is_heading() -> None:
    doc = structure(BARE)
    assert of_type(doc, BlockType.HEADING) == ["1954", "2008", "2024"]
    assert doc.meta["removed_lines"] == []
    assert of_type(doc, BlockType.LIST_ITEM)[0].startswith("- 17/11/1954: Hai nước")


def test_year_over_entry_shape() -> None:
    assert chronology.year_over_entry("1954", "- 17/11/1954: Hai nước thiết lập quan hệ.")
    assert chronology.year_over_entry("Năm 2008", "Tháng 12/2008: Chủ tịch nước thăm Mông Cổ.")
    assert not chronology.year_over_entry("1954", "- 17/11/1955: Hai nước thiết lập quan hệ.")  # other year
    assert not chronology.year_over_entry("12", "- 17/11/1954: Hai nước thiết lập quan hệ.")


def test_page_numbers_still_removed() -> None:
    text = "Hai nước thiết lập quan hệ ngoại giao năm 1954.\n\n\n\n1954\nQuan hệ hai nước phát triển tốt.\n"
    text += "Hai bên thường xuyên trao đổi đoàn.\n\n\n\n2008\nHai bên ký hiệp định thương mại.\n"
    doc = structure(text)
    assert "1954" not in of_type(doc, BlockType.HEADING)


# -- a Party document's title: kind, issuer, lower-case subject wrapped --------------------------------

PARTY = """BAN CHẤP HÀNH TRUNG ƯƠNG                    ĐẢNG CỘNG SẢN VIỆT NAM
           *
      Số 512-KL/TW                          Hà Nội, ngày 3 tháng 4 năm 2024

                                   KẾT LUẬN
                               CỦA BỘ CHÍNH TRỊ
              về tăng cường quan hệ hữu nghị truyền thống và hợp tác
                       Việt Nam – Mông Cổ trong tình hình mới
                                    -----

Tại phiên họp ngày 28/3/2024, sau khi nghe Ban Đối ngoại Trung ương báo cáo,
Bộ Chính trị kết luận như sau:
1. Bộ Chính trị ghi nhận quan hệ hai nước phát triển tốt đẹp.
2. Trong thời gian tới, tập trung thực hiện tốt các nhiệm vụ sau.

                                                  T/M BỘ CHÍNH TRỊ
                                                      (đã ký)
"""


def test_party_subject_in_lower_case_is_part_of_title() -> None:
    doc = structure(PARTY)
    assert of_type(doc, BlockType.TITLE) == [
        "KẾT LUẬN CỦA BỘ CHÍNH TRỊ về tăng cường quan hệ hữu nghị truyền thống và hợp tác Việt Nam – Mông Cổ"
        " trong tình hình mới"
    ]
    assert (
        "paragraph",
        "Tại phiên họp ngày 28/3/2024, sau khi nghe Ban Đối ngoại Trung ương báo cáo, Bộ"
        " Chính trị kết luận như sau:",
    ) in blocks(doc)


def test_sentence_under_kind_is_not_subject() -> None:
    text = """THÔNG BÁO
CỦA BỘ NGOẠI GIAO

về việc này, Bộ Ngoại giao đã trả lời báo chí.
Hai bên sẽ tiếp tục trao đổi.
"""
    title = of_type(structure(text), BlockType.TITLE)
    assert title == ["THÔNG BÁO CỦA BỘ NGOẠI GIAO"]
