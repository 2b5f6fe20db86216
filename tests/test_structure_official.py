"""Rules found on the second held-out set, each on a small document written for these tests:
running issue lines that stand once at a page break, numbered headings as wide as the text,
official documents (national name, motto, issuer, number and place-date lines before a title made of
the document's kind and its subject)."""

from __future__ import annotations

from doingoai.model import BlockType
from structure_helpers import blocks, of_type, structure

# -- a journal's issue line once, at the one page break, inside a citation ---------------------------

ONE_PAGE_BREAK = (
    "HỢP TÁC VIỆT NAM – HÀN QUỐC TRONG LĨNH VỰC\n"
    "GIÁO DỤC ĐẠI HỌC\n\n"
    "Lê Minh Tuấn\n"
    "Viện Nghiên cứu Đông Bắc Á\n\n"
    "1. Đặt vấn đề\n\n"
    "Hai nước thiết lập quan hệ ngoại giao năm 1992. Từ đó,\n"
    "nhiều trường đại học đã ký thỏa thuận trao đổi sinh viên,\n"
    "tạo nền tảng cho “một mạng lưới học thuật bền vững” (Kim\n"
    "Ji-won,\n"
    "17\n"
    "\fNghiên cứu Đông Bắc Á, số 4 (2022)\n"
    "2019, tr. 44). Số sinh viên Việt Nam tại Hàn Quốc tăng\n"
    "nhanh trong thập niên qua.\n\n"
    "2. Hợp tác đào tạo sau đại học và nghiên cứu\n\n"
    "Nhiều chương trình liên kết đào tạo thạc sĩ và tiến sĩ\n"
    "đã được triển khai tại Hà Nội và Thành phố Hồ Chí Minh.\n"
)


def test_issue_line_once_at_a_page_break_is_dropped_and_the_citation_joined():
    doc = structure(ONE_PAGE_BREAK)
    assert "Nghiên cứu Đông Bắc Á, số 4 (2022)" in doc.meta["removed_lines"]
    assert "17" in doc.meta["removed_lines"]
    paragraphs = of_type(doc, BlockType.PARAGRAPH)
    assert any("(Kim Ji-won, 2019, tr. 44). Số sinh viên" in p for p in paragraphs), paragraphs
    assert not any("số 4 (2022)" in t for _, t in blocks(doc))


def test_the_issue_line_gives_the_document_date():
    from doingoai.extract.dates import document_date

    doc = structure(ONE_PAGE_BREAK)
    assert document_date(doc) == "2022"


def test_a_body_line_at_a_page_break_is_kept():
    text = (
        "Quan hệ hai nước phát triển tốt đẹp. Hai bên phối hợp chặt chẽ tại\n"
        "Hội đồng Bảo an trong nhiệm kỳ 2020-2021 với số phiếu cao (192/193); đảm nhận vai trò\n"
        "\fChủ tịch ASEAN năm 2020 và hoàn thành tốt các nhiệm vụ được giao trong năm.\n"
        "Thực hiện Nghị quyết số 22 năm 2013\n"
        "\fcủa Bộ Chính trị, các bộ, ngành đã xây dựng kế hoạch hành động cụ thể.\n"
    )
    doc = structure(text)
    assert doc.meta["removed_lines"] == []
    joined = " ".join(t for _, t in blocks(doc))
    assert "(192/193); đảm nhận vai trò Chủ tịch ASEAN" in joined
    assert "Nghị quyết số 22 năm 2013 của Bộ Chính trị" in joined


# -- numbered headings --------------------------------------------------------------------------------


def test_numbered_heading_longer_than_a_short_line_before_a_paragraph():
    doc = structure(ONE_PAGE_BREAK)
    headings = of_type(doc, BlockType.HEADING)
    assert headings == ["1. Đặt vấn đề", "2. Hợp tác đào tạo sau đại học và nghiên cứu"]
    assert of_type(doc, BlockType.LIST_ITEM) == []
    assert of_type(doc, BlockType.PARAGRAPH)[-1].startswith("Nhiều chương trình liên kết")


def test_numbered_tasks_stay_list_items():
    text = (
        "II. NHIỆM VỤ THỜI GIAN TỚI\n\n"
        "1. Tăng cường quan hệ với các nước láng giềng và các đối tác quan trọng;\n\n"
        "2. Tổ chức tốt các hoạt động kỷ niệm ngày thiết lập quan hệ ngoại giao\n\n"
        "Các đơn vị chủ động phối hợp để triển khai các nhiệm vụ nêu trên một cách hiệu quả.\n\n"
        "3. Chuẩn bị chu đáo cho Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 43 tại Hà\n\n"
        "Nội.\n"
    )
    doc = structure(text)
    assert of_type(doc, BlockType.HEADING) == ["II. NHIỆM VỤ THỜI GIAN TỚI"]
    items = of_type(doc, BlockType.LIST_ITEM)
    assert items[0].startswith("1. Tăng cường") and items[1].startswith("2. Tổ chức tốt")
    assert items[-1].endswith("lần thứ 43 tại Hà Nội.")


# -- official documents ---------------------------------------------------------------------------------

DECISION = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "---------------\n"
    "BỘ NGOẠI GIAO\n"
    "Số: 215/QĐ-BNG\n"
    "Hà Nội, ngày 5 tháng 6 năm 2015\n\n"
    "QUYẾT ĐỊNH\n"
    "V/v thành lập Tổ công tác chuẩn bị kỷ niệm 20 năm Việt Nam gia nhập\n"
    "ASEAN\n\n"
    "BỘ TRƯỞNG BỘ NGOẠI GIAO\n\n"
    "Căn cứ Nghị định của Chính phủ quy định chức năng, nhiệm vụ của Bộ Ngoại giao;\n"
    "Xét đề nghị của Vụ trưởng Vụ Hợp tác ASEAN,\n"
)


def test_official_document_national_name_issuer_and_subject_line():
    doc = structure(DECISION)
    assert doc.title == (
        "QUYẾT ĐỊNH V/v thành lập Tổ công tác chuẩn bị kỷ niệm 20 năm Việt Nam gia nhập ASEAN"
    )
    assert of_type(doc, BlockType.AUTHOR) == [] and of_type(doc, BlockType.AFFILIATION) == []
    assert doc.meta["date"] == "2015-06-05"
    front = [doc.block_text(b) for b in doc.blocks[:5]]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in front and "Số: 215/QĐ-BNG" in front


def test_directive_of_the_party_with_its_kind_and_about_line():
    text = (
        "ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n"
        "*\n"
        "Số 12-CT/TW\n"
        "Hà Nội, ngày 2 tháng 4 năm 2012\n\n"
        "CHỈ THỊ\n"
        "Về tăng cường công tác đối ngoại nhân dân trong tình hình mới\n\n"
        "Trong những năm qua, công tác đối ngoại nhân dân đạt nhiều kết quả quan trọng.\n"
    )
    doc = structure(text)
    assert doc.title == "CHỈ THỊ Về tăng cường công tác đối ngoại nhân dân trong tình hình mới"
    assert of_type(doc, BlockType.PARAGRAPH)[-1].startswith("Trong những năm qua")


def test_national_name_inside_a_title_is_kept():
    text = (
        "QUAN HỆ GIỮA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ\n"
        "CỘNG HÒA DÂN CHỦ NHÂN DÂN LÀO\n\n"
        "Hai nước thiết lập quan hệ ngoại giao ngày 5/9/1962. Quan hệ ngày càng bền chặt.\n"
    )
    doc = structure(text)
    assert doc.title == ("QUAN HỆ GIỮA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CỘNG HÒA DÂN CHỦ NHÂN DÂN LÀO")


def test_issuer_and_national_name_in_two_columns_of_one_line():
    text = (
        "BỘ NGOẠI GIAO          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 08/TB-BNG          Độc lập - Tự do - Hạnh phúc\n\n"
        "THÔNG BÁO\n"
        "Về việc tổ chức Hội nghị Ngoại giao lần thứ 30\n\n"
        "Hội nghị Ngoại giao lần thứ 30 sẽ diễn ra tại Hà Nội trong tháng 12/2018.\n"
    )
    doc = structure(text)
    assert doc.title == "THÔNG BÁO Về việc tổ chức Hội nghị Ngoại giao lần thứ 30"


def test_issue_line_next_to_a_page_number_without_a_form_feed():
    # (a DOCX or text copy of a PDF: the page break is gone, the page numbers stay)
    text = ONE_PAGE_BREAK.replace("\f", "") + "18\n"
    doc = structure(text)
    assert {"17", "18", "Nghiên cứu Đông Bắc Á, số 4 (2022)"} <= set(doc.meta["removed_lines"])
    assert any("(Kim Ji-won, 2019, tr. 44)." in t for _, t in blocks(doc))
