"""Round 85 (session 16): structure of new shapes — a news digest's dated headlines (a day and month first, set
off by a dash, or last in brackets, a bullet left out), the separator lines of its masthead and closing, its issue
line ("Số 36/2025 · Tuần từ …"), lettered sections going on past "C.", a breadcrumb parted by "»", an annex's
title ("Phụ lục II" over its upper-case title, the issuer above it) and its rows set apart by tabs under a
numbered caption ("Bảng 1. …"), two longer cells in a row of four or more. Every text here was written for these
tests, with a negative twin where a rule must not fire."""

from __future__ import annotations

from doingoai.model import BlockType
from doingoai.pipeline import parse_text
from doingoai.structure import digest
from structure_helpers import blocks, of_type, structure

DIGEST = """SỞ NGOẠI VỤ TỈNH BẮC NINH
BẢN TIN HỢP TÁC QUỐC TẾ
Số 12/2024 · Tuần từ 11/3 đến 17/3/2024
==============================

I. HOẠT ĐỘNG ĐỐI NGOẠI

◆ Tiếp Tổng Lãnh sự Hàn Quốc (12/3)
Chiều 12/3, lãnh đạo tỉnh tiếp Tổng Lãnh sự Hàn Quốc tại Hà Nội và trao đổi về đầu tư
vào các khu công nghiệp của tỉnh.

◆ Đoàn tỉnh thăm Nhật Bản (13 – 15/3)
Từ ngày 13 đến 15/3, đoàn công tác của tỉnh làm việc với tỉnh Gun-ma về hợp tác đào tạo
điều dưỡng viên.

◆ Hội thảo xúc tiến đầu tư (16/3)
Sáng 16/3, tỉnh tổ chức hội thảo xúc tiến đầu tư với các doanh nghiệp Xin-ga-po.
"""


def test_digest_headlines_are_headings_under_their_section() -> None:
    doc = structure(DIGEST)
    got = [(doc.block_text(b), b.level) for b in doc.blocks if b.type is BlockType.HEADING]
    assert got == [
        ("I. HOẠT ĐỘNG ĐỐI NGOẠI", 1),
        ("Tiếp Tổng Lãnh sự Hàn Quốc (12/3)", 2),
        ("Đoàn tỉnh thăm Nhật Bản (13 – 15/3)", 2),
        ("Hội thảo xúc tiến đầu tư (16/3)", 2),
    ]
    assert "Sáng 16/3, tỉnh tổ chức hội thảo xúc tiến đầu tư với các doanh nghiệp Xin-ga-po." in of_type(
        doc, BlockType.PARAGRAPH
    )


def test_digest_issue_line_dates_the_document_and_the_rule_joins_nothing() -> None:
    doc = structure(DIGEST)
    assert doc.meta["date"] == "2024-03-17"
    assert "Số 12/2024 · Tuần từ 11/3 đến 17/3/2024" in of_type(doc, BlockType.PARAGRAPH)
    assert not any("===" in t for _, t in blocks(doc))


def test_leading_dates_open_headlines() -> None:
    assert digest._shape("08/02 – Thượng đỉnh khu vực tại Lu-xa-ca") == 0
    assert digest._shape("• Trao học bổng cho sinh viên (04/9)") == 2
    assert (
        digest._shape("12/3 – Hai bên ký biên bản ghi nhớ.") is None
    )  # (a sentence: an entry, not a headline)
    assert digest._shape("Hội nghị lần thứ 5 (2019)") is None  # (a year alone: no day and month)


def test_a_dated_line_or_two_make_no_digest() -> None:
    text = """Các hoạt động chính trong tuần như sau.

◆ Tiếp Tổng Lãnh sự Hàn Quốc (12/3)
Chiều 12/3, lãnh đạo tỉnh tiếp Tổng Lãnh sự Hàn Quốc tại Hà Nội và trao đổi về đầu tư.

◆ Hội thảo xúc tiến đầu tư (16/3)
Sáng 16/3, tỉnh tổ chức hội thảo xúc tiến đầu tư với các doanh nghiệp Xin-ga-po.
"""
    doc = structure(text)
    assert not [t for t in of_type(doc, BlockType.HEADING) if "(12/3)" in t or "(16/3)" in t]


def test_lettered_sections_go_on_past_c() -> None:
    text = """A. TÌNH HÌNH KHU VỰC

Khu vực tiếp tục ổn định, kinh tế tăng trưởng khá trong quý đầu năm.

B. QUAN HỆ SONG PHƯƠNG

Hai nước duy trì trao đổi đoàn các cấp và hợp tác kinh tế tiến triển tốt.

C. CÔNG TÁC LÃNH SỰ

Đại sứ quán cấp hộ chiếu mới cho 120 công dân trong quý.
"""
    doc = structure(text)
    levels = [b.level for b in doc.blocks if b.type is BlockType.HEADING]
    assert levels == [1, 1, 1]


def test_roman_c_after_roman_numerals_stays_roman() -> None:
    text = """A. MỞ ĐẦU

Bài viết điểm lại quan hệ hai nước.

I. BỐI CẢNH

Bối cảnh khu vực có nhiều thay đổi trong thập niên qua.

C. KẾT LUẬN

Quan hệ hai nước còn nhiều dư địa phát triển trong thời gian tới.
"""
    doc = structure(text)
    got = {doc.block_text(b)[:2]: b.level for b in doc.blocks if b.type is BlockType.HEADING}
    assert got["C."] != got["A."]  # ("C." after "I.", not after "B.": the roman numeral)


def test_breadcrumb_with_guillemets_is_no_title() -> None:
    text = """Trang chủ » Quốc tế » Phỏng vấn

Đại sứ Lê Văn Hòa: Hợp tác nông nghiệp là trụ cột mới
Thứ Hai, 03/06/2024 09:15

Nhân dịp kỷ niệm 50 năm quan hệ ngoại giao, phóng viên đã phỏng vấn Đại sứ về triển vọng hợp tác.
"""
    doc = structure(text)
    assert of_type(doc, BlockType.TITLE) == ["Đại sứ Lê Văn Hòa: Hợp tác nông nghiệp là trụ cột mới"]
    assert "Trang chủ » Quốc tế » Phỏng vấn" in of_type(doc, BlockType.PARAGRAPH)


ANNEX = """BỘ CÔNG THƯƠNG
VỤ THỊ TRƯỜNG CHÂU ÂU – CHÂU MỸ

Phụ lục 2
DANH MỤC HOẠT ĐỘNG XÚC TIẾN THƯƠNG MẠI NĂM 2024
(Kèm theo Báo cáo số 15/BC-TTAM ngày 20/12/2024)

Bảng 1. Đoàn công tác
Thời gian\tThị trường\tHoạt động\tKết quả
4/2024\tBra-xin\tĐoàn doanh nghiệp Việt Nam dự hội chợ thực phẩm quốc tế tại Xao Pao-lô\tKý 12 hợp đồng mua bán nông sản
9/2024\tCa-na-đa\tThứ trưởng dẫn đoàn làm việc với Bộ Thương mại quốc tế Ca-na-đa tại Ốt-ta-oa\tThống nhất lộ trình mở cửa thị trường

Các hoạt động trên được thực hiện theo kế hoạch đã được phê duyệt.
"""


def test_annex_title_and_its_tab_rows() -> None:
    doc = parse_text(ANNEX)  # (cleaned: a tab is two spaces)
    assert of_type(doc, BlockType.TITLE) == ["Phụ lục 2 DANH MỤC HOẠT ĐỘNG XÚC TIẾN THƯƠNG MẠI NĂM 2024"]
    assert of_type(doc, BlockType.CAPTION) == ["Bảng 1. Đoàn công tác"]
    assert len(of_type(doc, BlockType.TABLE)) == 3
    assert (
        of_type(doc, BlockType.PARAGRAPH)[-1]
        == "Các hoạt động trên được thực hiện theo kế hoạch đã được phê duyệt."
    )


def test_appendix_label_without_an_upper_case_title_makes_no_title() -> None:
    text = """Phụ lục 2
Danh mục các dự án được đề xuất hỗ trợ trong năm tới

Các dự án được lập theo mẫu của Bộ và gửi kèm báo cáo.
"""
    assert "Danh mục" not in " ".join(of_type(structure(text), BlockType.TITLE))  # (not joined to the label)


def test_prose_with_double_spaces_is_no_table() -> None:
    text = """Trong năm, hai bên tổ chức nhiều hoạt động hợp tác.  Kim ngạch thương mại tăng mạnh.  Đầu tư
của doanh nghiệp Việt Nam vào thị trường bạn tiếp tục mở rộng.  Hai bên cũng ký nhiều văn kiện mới.
"""
    assert not of_type(structure(text), BlockType.TABLE)
