"""Layout rules for shapes the seeds do not have (news pages, Party documents, one paragraph a line,
a single page break, upper-case numbered headings, broken English words). Inputs written for these
tests."""

from __future__ import annotations

from doingoai.model import BlockType
from structure_helpers import blocks, of_type, structure

LONG = "Hai bên cũng trao đổi về tình hình khu vực và quốc tế cùng quan tâm, nhất trí tăng cường phối hợp."


def test_news_page_category_and_date_line_above_the_headline():
    text = (
        "Quốc tế | Thứ Sáu, 15/03/2024 08:30\n\n"
        "Việt Nam và Nhật Bản thúc đẩy hợp tác kinh tế\n\n"
        f"Tokyo, 15/3/2024 – Sáng nay, hai Bộ trưởng Ngoại giao đã hội đàm. {LONG}\n\n"
        f"{LONG} Hai bên sẽ sớm tổ chức phiên họp tiếp theo.\n"
    )
    doc = structure(text)
    assert doc.title == "Việt Nam và Nhật Bản thúc đẩy hợp tác kinh tế"
    paragraphs = of_type(doc, BlockType.PARAGRAPH)
    assert paragraphs[0] == "Quốc tế | Thứ Sáu, 15/03/2024 08:30"  # kept, but not as the title
    assert paragraphs[1].startswith("Tokyo, 15/3/2024")
    assert len(paragraphs) == 3
    assert doc.meta["date"] == "2024-03-15"


def test_a_sentence_with_a_date_at_the_top_is_not_a_dateline():
    text = "Ngày 2/9/1945, tại Hà Nội, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.\n\nMột đoạn văn khác.\n"
    doc = structure(text)
    assert doc.title is None
    assert of_type(doc, BlockType.PARAGRAPH)[0].startswith("Ngày 2/9/1945")
    assert "date" not in doc.meta


def test_party_document_issuer_decoration_title_and_place_date():
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n"
        "* * *\n"
        "Số 12-CT/TW\n\n"
        "CHỈ THỊ VỀ TĂNG CƯỜNG CÔNG TÁC\n"
        "ĐỐI NGOẠI NHÂN DÂN TRONG TÌNH HÌNH MỚI\n\n"
        "Hà Nội, ngày 10 tháng 3 năm 2022\n\n"
        "1. Tình hình\n"
        f"{LONG}\n"
    )
    doc = structure(text)
    assert doc.title == "CHỈ THỊ VỀ TĂNG CƯỜNG CÔNG TÁC ĐỐI NGOẠI NHÂN DÂN TRONG TÌNH HÌNH MỚI"
    got = blocks(doc)
    assert ("paragraph", "BAN CHẤP HÀNH TRUNG ƯƠNG") in got
    assert ("paragraph", "Hà Nội, ngày 10 tháng 3 năm 2022") in got  # not an unnumbered heading
    assert all("*" not in t for _, t in got)  # the decoration is dropped
    assert of_type(doc, BlockType.HEADING) == ["1. Tình hình"]
    assert doc.meta["date"] == "2022-03-10"


def test_upper_case_title_then_place_date_is_still_the_title():
    text = "CHƯƠNG TRÌNH HÀNH ĐỘNG\nVỀ HỘI NHẬP QUỐC TẾ\n\nHà Nội, ngày 5 tháng 1 năm 2021\n\n" + LONG + "\n"
    doc = structure(text)
    assert doc.title == "CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ HỘI NHẬP QUỐC TẾ"
    assert of_type(doc, BlockType.HEADING) == []


def test_report_title_over_two_lines_second_ending_in_a_year_is_not_an_author():
    text = (
        "BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2022; \n\nPHƯƠNG HƯỚNG NĂM 2023 \n\n \n\n"
        "Năm 2022, công tác đối ngoại được triển khai chủ động và đạt nhiều kết quả quan \n\n"
        "trọng trên nhiều lĩnh vực. \n\n"
    )
    doc = structure(text)
    assert doc.title == "BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2022; PHƯƠNG HƯỚNG NĂM 2023"
    assert of_type(doc, BlockType.AUTHOR) == []


def test_caps_author_with_a_footnote_digit_still_ends_the_title():
    text = "QUAN HỆ VIỆT NAM – CU-BA\n\nNGUYỄN VĂN AN1\n\n1 Viện Nghiên cứu Châu Mỹ\n\n" + LONG + "\n"
    doc = structure(text)
    assert doc.title == "QUAN HỆ VIỆT NAM – CU-BA"
    assert of_type(doc, BlockType.AUTHOR) == ["NGUYỄN VĂN AN1"]


def test_one_line_lead_in_before_ordinals_in_a_word_export():
    text = (
        "BÁO CÁO \n\n"
        "Năm 2022, trong bối cảnh nhiều biến động, công tác đối ngoại tiếp tục được triển \n\n"
        "khai chủ động và đạt được nhiều kết quả quan trọng trong các lĩnh vực đối ngoại. \n\n"
        "Quan hệ với các đối tác được củng cố, hội nhập quốc tế tiếp tục được đẩy mạnh. \n\n"
        "Các nhiệm vụ chủ yếu trong năm tới của công tác đối ngoại: \n\n"
        "Thứ nhất, tiếp tục giữ vững môi trường hòa bình, ổn định để phát triển đất nước, \n\n"
        "nâng cao vị thế của đất nước. \n\n"
        "Thứ hai, chuẩn bị tốt các chuyến thăm cấp cao trong năm tới. \n\n"
    )
    doc = structure(text)
    assert ("heading", "Các nhiệm vụ chủ yếu trong năm tới của công tác đối ngoại:") in blocks(doc)
    assert of_type(doc, BlockType.PARAGRAPH)[0].endswith("hội nhập quốc tế tiếp tục được đẩy mạnh.")


def test_one_paragraph_a_line():
    lines = [
        "Năm 1995, Việt Nam gia nhập Hiệp hội các quốc gia Đông Nam Á, mở ra giai đoạn hội nhập khu vực sâu rộng.",
        "Năm 1998, Việt Nam trở thành thành viên của Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC).",
        "Năm 2007, Việt Nam chính thức trở thành thành viên thứ 150 của Tổ chức Thương mại Thế giới.",
        "a) Tiếp tục mở rộng quan hệ với các đối tác trong khu vực và trên thế giới.",
        "Các mốc trên cho thấy quá trình hội nhập quốc tế của Việt Nam diễn ra từng bước, vững chắc.",
    ]
    doc = structure("TIẾN TRÌNH HỘI NHẬP\n\nI. CÁC MỐC CHÍNH\n" + "\n".join(lines) + "\n")
    got = blocks(doc)
    assert got[1] == ("heading", "I. CÁC MỐC CHÍNH")
    assert [t for _, t in got[2:]] == lines
    assert got[5][0] == "list_item"


def test_wrapped_lines_are_still_joined_when_lines_end_sentences_by_chance():
    text = (
        "Hai nước ký Hiệp định Thương mại song phương năm 2000. Sau đó,\n"
        "quan hệ kinh tế phát triển nhanh. Kim ngạch thương mại\n"
        "tăng mạnh qua từng năm.\n"
    )
    assert len(structure(text).blocks) == 1


PAGE = (
    "TIÊU ĐỀ MỘT BÀI BÁO\n\n"
    "Năm 2016, hai nước nâng cấp quan hệ lên Đối tác chiến lược \n"
    "toàn diện và nhất trí tăng cường hợp tác trong nhiều \n"
    "{break}"
    "TẠP CHÍ KINH TẾ ĐỐI NGOẠI\n\n"
    "{glued}\n\n"
    "lĩnh vực quan trọng. Hai bên ký nhiều văn kiện hợp tác.\n"
)


def test_single_page_break_header_and_glued_page_number_removed():
    for brk in ("\n\n\n", "\f"):
        for glued in ("27KINH TẾ ĐỐI NGOẠI", "KINH TẾ ĐỐI NGOẠI 27"):
            doc = structure(PAGE.replace("{break}", brk).replace("{glued}", glued))
            paragraphs = of_type(doc, BlockType.PARAGRAPH)
            assert paragraphs == [
                "Năm 2016, hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện và nhất trí tăng "
                "cường hợp tác trong nhiều lĩnh vực quan trọng. Hai bên ký nhiều văn kiện hợp tác."
            ], (brk, glued)
            assert set(doc.meta["removed_lines"]) == {"TẠP CHÍ KINH TẾ ĐỐI NGOẠI", glued}


def test_upper_case_heading_after_a_page_break_and_a_sentence_end_is_kept():
    text = (
        "TIÊU ĐỀ MỘT BÀI BÁO\n\n"
        "Hai nước ký nhiều văn kiện hợp tác trong các lĩnh vực \n"
        "kinh tế, giáo dục và văn hóa.\n\n\n\n"
        "KẾT LUẬN\n\n"
        "Quan hệ hai nước phát triển tốt đẹp.\n"
    )
    doc = structure(text)
    assert doc.meta["removed_lines"] == []
    assert of_type(doc, BlockType.HEADING) == ["KẾT LUẬN"]


def test_upper_case_numbered_heading_after_a_short_wrapped_paragraph():
    text = (
        "TIÊU ĐỀ\n\n"
        "1. BỐI CẢNH\n"
        "Đoạn văn ngắn được \n"
        "ngắt thành hai dòng.\n\n"
        "2. HỢP TÁC KINH TẾ VÀ THƯƠNG MẠI\n"
        "2.1. Thương mại\n"
        "Một đoạn văn nữa.\n"
    )
    doc = structure(text)
    assert of_type(doc, BlockType.HEADING) == [
        "1. BỐI CẢNH",
        "2. HỢP TÁC KINH TẾ VÀ THƯƠNG MẠI",
        "2.1. Thương mại",
    ]
    assert of_type(doc, BlockType.PARAGRAPH) == [
        "Đoạn văn ngắn được ngắt thành hai dòng.",
        "Một đoạn văn nữa.",
    ]
    assert of_type(doc, BlockType.LIST_ITEM) == []


def test_foreign_word_broken_at_a_line_end_loses_its_hyphen_transliterations_keep_it():
    text = (
        "Đoàn đã thăm Philadel-\nphia và Xin-ga-\npo, rồi tới Ma-\nlai-xi-a và Mát-\nxcơ-va trong năm.\n\n"
        "Hai bên ký kết tại Cu-\nba.\n"
    )
    got = [t for _, t in blocks(structure(text))]
    assert got == [
        "Đoàn đã thăm Philadelphia và Xin-ga-po, rồi tới Ma-lai-xi-a và Mát-xcơ-va trong năm.",
        "Hai bên ký kết tại Cu-ba.",
    ]


def test_numbered_line_followed_by_its_first_subsection_is_a_heading():
    from doingoai.pipeline import parse_text

    text = (
        "BÀI VIẾT THỬ\n1. Mở đầu\nHai nước thiết lập quan hệ\nngoại giao năm 1992. Quan hệ phát triển.\n\n"
        "2. Các giai đoạn phát triển của quan hệ hai nước\n2.1. Khuôn khổ\nNăm 2001, hai bên xác lập\nquan hệ mới.\n"
    )
    doc = parse_text(text)
    got = [(b.type.value, b.level, doc.block_text(b)) for b in doc.blocks]
    assert ("heading", 1, "2. Các giai đoạn phát triển của quan hệ hai nước") in got
    assert ("heading", 2, "2.1. Khuôn khổ") in got
    assert ("paragraph", None, "Năm 2001, hai bên xác lập quan hệ mới.") in got


def test_issuer_of_three_lines_then_title_then_decoration_then_caps_heading():
    from doingoai.pipeline import parse_text

    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nBAN ĐỐI NGOẠI\n*\n\nHà Nội, ngày 3 tháng 2 năm 2021\n\n"
        "BÁO CÁO TÓM TẮT VỀ QUAN HỆ\nVIỆT NAM – MÔNG CỔ\n-----\n\nI. KHÁI QUÁT QUAN HỆ\n"
        "Hai nước thiết lập quan hệ ngoại giao năm 1954.\n"
    )
    doc = parse_text(text)
    assert doc.title == "BÁO CÁO TÓM TẮT VỀ QUAN HỆ VIỆT NAM – MÔNG CỔ"
    assert any(b.type.value == "heading" and doc.block_text(b) == "I. KHÁI QUÁT QUAN HỆ" for b in doc.blocks)


_CHAPTER = (
    "Chương 3. Việt Nam và các tổ chức khu vực\n\n"
    "Quan hệ với ASEAN\n\n"
    "Việt Nam gia nhập Hiệp hội các quốc gia Đông Nam Á (ASEAN) ngày 28/7/1995 và từ đó tham gia tích cực vào các hoạt động của Hiệp hội.\n\n"
    "Diễn đàn APEC\n\n"
    "Việt Nam trở thành thành viên Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC) năm 1998.\n\n"
    "Năm 2006 và năm 2017, Việt Nam đăng cai Tuần lễ Cấp cao APEC tại Hà Nội và Đà Nẵng.\n"
)


def test_a_chapter_with_its_own_title_opening_the_text_is_its_title_and_headings_do_not_join_it():
    from doingoai.pipeline import parse_text

    doc = parse_text(_CHAPTER)  # one paragraph a line: no heading is wrapped onto the next line
    assert doc.title == "Chương 3. Việt Nam và các tổ chức khu vực"
    got = [(b.type.value, b.level, doc.block_text(b)) for b in doc.blocks if b.type.value == "heading"]
    assert got == [("heading", 1, "Quan hệ với ASEAN"), ("heading", 1, "Diễn đàn APEC")]


def test_two_chapters_are_headings_not_the_title():
    from doingoai.pipeline import parse_text

    text = (
        _CHAPTER
        + "\nChương 4. Việt Nam và Liên Hợp Quốc\n\nNgày 20/9/1977, Việt Nam trở thành thành viên Liên Hợp Quốc.\n"
    )
    doc = parse_text(text)
    assert doc.title is None or not doc.title.startswith("Chương")
    heads = [doc.block_text(b) for b in doc.blocks if b.type.value == "heading"]
    assert "Chương 3. Việt Nam và các tổ chức khu vực" in heads
    assert "Chương 4. Việt Nam và Liên Hợp Quốc" in heads


def test_table_rows_set_with_tabs_are_blocks_of_their_own_and_the_heading_after_them_stands():
    from doingoai.pipeline import parse_text

    text = (
        "BÁO CÁO TỔNG KẾT\r\n\r\n"
        "Năm 2022, Việt Nam thúc đẩy thực thi các hiệp định thương mại tự do đã ký kết:\r\n\r\n"
        "Hiệp định\tNgày ký\tHiệu lực\r\n\r\n"
        "CPTPP\t8/3/2018\t14/1/2019\r\n\r\n"
        "RCEP\t15/11/2020\t1/1/2022\r\n\r\n"
        "II. NHIỆM VỤ NĂM 2023\r\n\r\n"
        "1. Tiếp tục triển khai hiệu quả các hiệp định.\r\n"
    )
    doc = parse_text(text)
    got = [(b.type.value, doc.block_text(b)) for b in doc.blocks]
    assert ("table", "CPTPP  8/3/2018  14/1/2019") in got
    assert ("table", "Hiệp định  Ngày ký  Hiệu lực") in got
    assert ("heading", "II. NHIỆM VỤ NĂM 2023") in got
    assert ("list_item", "1. Tiếp tục triển khai hiệu quả các hiệp định.") in got


def test_prose_with_double_spaces_is_not_a_table():
    from doingoai.pipeline import parse_text

    text = (
        "Năm 1995, Việt Nam gia nhập ASEAN.  Cùng năm, hai nước bình thường hóa quan hệ ngoại giao\n"
        "với nhau và mở ra một giai đoạn phát triển mới.  Quan hệ kinh tế tăng nhanh sau đó.\n"
    )
    doc = parse_text(text)
    assert [b.type.value for b in doc.blocks if b.type.value != "title"] == ["paragraph"]


def test_a_short_line_before_dash_items_is_their_heading():
    from doingoai.pipeline import parse_text

    text = (
        "NIÊN BIỂU QUAN HỆ VIỆT NAM – PHÁP\n\n"
        "Niên biểu ghi lại những mốc chính trong quan hệ hai nước từ khi thiết lập quan hệ ngoại giao.\n\n"
        "Thế kỷ XX\n"
        "- Năm 1973: Ngày 12/4, Việt Nam Dân chủ Cộng hòa và Pháp thiết lập quan hệ ngoại giao.\n"
        "- Năm 1993: Tổng thống Pháp thăm chính thức Việt Nam.\n"
    )
    doc = parse_text(text)
    got = [(b.type.value, doc.block_text(b)) for b in doc.blocks]
    assert ("heading", "Thế kỷ XX") in got
    assert (
        "list_item",
        "- Năm 1973: Ngày 12/4, Việt Nam Dân chủ Cộng hòa và Pháp thiết lập quan hệ ngoại giao.",
    ) in got


_PAGE_NOTES = (
    "QUAN HỆ VIỆT NAM – NHẬT BẢN\n\n"
    "Hai nước thiết lập quan hệ ngoại giao ngày 21/9/1973. Từ đó đến nay, quan hệ\n"
    "hai nước phát triển nhanh trên nhiều lĩnh vực, nhất là kinh tế và đầu tư. Tháng\n\n"
    "Ngày nhận bài: 5/1/2024; ngày duyệt đăng: 1/3/2024.\n"
    "* Học viện Ngoại giao.\n"
    "\f11/2023, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện vì hòa bình và\n"
    "thịnh vượng ở châu Á và trên thế giới.\n"
)


def test_notes_at_the_foot_of_a_page_are_footnotes_and_the_paragraph_runs_across_them():
    from doingoai.pipeline import parse_text

    doc = parse_text(_PAGE_NOTES)
    got = [(b.type.value, doc.block_text(b)) for b in doc.blocks]
    assert got[1:] == [
        (
            "paragraph",
            "Hai nước thiết lập quan hệ ngoại giao ngày 21/9/1973. Từ đó đến nay, quan hệ hai nước phát triển "
            "nhanh trên nhiều lĩnh vực, nhất là kinh tế và đầu tư. Tháng 11/2023, hai nước nâng quan hệ lên "
            "Đối tác chiến lược toàn diện vì hòa bình và thịnh vượng ở châu Á và trên thế giới.",
        ),
        ("footnote", "Ngày nhận bài: 5/1/2024; ngày duyệt đăng: 1/3/2024."),
        ("footnote", "* Học viện Ngoại giao."),
    ]
    sentence = next(s for s in doc.sentences if doc.text[s.start : s.end].startswith("Tháng 11/2023"))
    start, end = doc.raw_offsets(sentence.start, sentence.end)
    assert doc.raw[start:].startswith("Tháng") and doc.raw[:end].endswith("trên thế giới.")


def test_a_complete_paragraph_before_a_short_one_at_the_foot_of_a_page_is_no_footnote():
    from doingoai.pipeline import parse_text

    text = _PAGE_NOTES.replace("kinh tế và đầu tư. Tháng\n", "kinh tế và đầu tư.\n").replace(
        "\f11/2023, hai", "\fTháng 11/2023, hai"
    )
    doc = parse_text(text)
    assert not [b for b in doc.blocks if b.type.value == "footnote"]


def test_page_numbers_set_apart_from_running_titles_are_dropped_and_references_keep_their_heading():
    from doingoai.pipeline import parse_text

    text = (
        "QUAN HỆ VIỆT NAM – PHẦN LAN\n\n"
        "Hai nước thiết lập quan hệ ngoại giao ngày 25/1/1973. Phần Lan viện trợ cho Việt Nam nhiều dự án\n"
        "cấp nước và lâm nghiệp trong những năm 1980 và 1990. Các dự án\n"
        "Tạp chí Nghiên cứu Châu Âu, số 2 (15), 2021          42\n"
        "\f43          Nguyễn An – Quan hệ Việt Nam – Phần Lan\n\n"
        "này góp phần cải thiện đời sống người dân ở nhiều địa phương.\n\n"
        "Tài liệu tham khảo\n"
        "1. Nguyễn Văn Bình (2015), Phần Lan và Việt Nam, Nxb. Thế giới, Hà Nội.\n"
        "2. Trần Thu (2018), Viện trợ Bắc Âu, Nxb. Tri thức, Hà Nội.\n"
        "Tạp chí Nghiên cứu Châu Âu, số 2 (15), 2021\n"
    )
    doc = parse_text(text)
    got = [(b.type.value, doc.block_text(b)) for b in doc.blocks]
    assert not any("Tạp chí" in t or "Nguyễn An –" in t for _, t in got)
    assert any(
        t.endswith("Các dự án này góp phần cải thiện đời sống người dân ở nhiều địa phương.") for _, t in got
    )
    assert ("heading", "Tài liệu tham khảo") in got


def test_an_issuer_line_above_the_document_kind_is_front_matter_and_the_subject_joins_the_title():
    from doingoai.pipeline import parse_text

    text = (
        "BỘ NGOẠI GIAO\r\n\r\nBÁO CÁO\r\n\r\nTổng kết công tác lễ tân năm 2019\r\n\r\n"
        "A. KẾT QUẢ NĂM 2019\r\n\r\nNăm 2019, công tác lễ tân phục vụ nhiều đoàn cấp cao.\r\n\r\n"
        "B. NHIỆM VỤ NĂM 2020\r\n\r\n1. Chuẩn bị các hoạt động của Năm Chủ tịch ASEAN 2020.\r\n"
    )
    doc = parse_text(text)
    assert doc.title == "BÁO CÁO Tổng kết công tác lễ tân năm 2019"
    heads = [doc.block_text(b) for b in doc.blocks if b.type.value == "heading"]
    assert heads == ["A. KẾT QUẢ NĂM 2019", "B. NHIỆM VỤ NĂM 2020"]


def test_justified_lines_with_double_spaces_inside_a_sentence_are_no_table():
    from doingoai.pipeline import extract_text

    doc = extract_text(
        "Quan hệ Việt Nam và Lào\n\nTrong năm 1977 hai nước đã có nhiều hoạt động quan trọng và\n"
        "Việt Nam  ký Hiệp ước Hữu nghị và Hợp tác  với Lào trong chuyến thăm của\n"
        "Lào  mở rộng hợp tác với Việt Nam  trong nhiều lĩnh vực khác nhau.\n",
        "t.txt",
    )
    assert "table" not in [b.type.value for b in doc.blocks]
    assert [(e.kind.value, e.date) for e in doc.events if e.kind.value == "agreement.sign"] == [
        ("agreement.sign", "1977")
    ]
