"""Front lines and section shapes found on held-out sets 13 and 14, each on a small document written
for these tests: an issuer line above a title that no marker sets apart, a bracketed stamp under the
title, a document kind with its subject in lower case over several lines, a dateline with an
abbreviated city ("TP.", "Tp.", "T.P."), closing sections of a lesson or paper ("Câu hỏi ôn tập",
"Tài liệu tham khảo") at the top level, and footnote marks glued to the text that refers to them."""

from __future__ import annotations

import pytest

from doingoai.model import BlockType
from doingoai.pipeline import parse_text
from structure_helpers import blocks, of_type, structure

# -- an issuer line above a title, in a Word export with one paragraph a line -------------------------

BRIEFING = (
    "BỘ NGOẠI GIAO – VỤ ĐÔNG NAM Á\n"
    "THÔNG TIN CƠ BẢN VỀ VƯƠNG QUỐC THÁI LAN\n"
    "VÀ QUAN HỆ VỚI VIỆT NAM\n"
    "(Tài liệu tham khảo, cập nhật tháng 6/2024)\n"
    "1. Khái quát\n"
    "– Thủ đô: Băng Cốc.\n"
    "– Thái Lan là thành viên sáng lập Hiệp hội các quốc gia Đông Nam Á (ASEAN) năm 1967.\n"
    "2. Quan hệ chính trị\n"
    "Hai nước lập quan hệ ngoại giao ngày 6/8/1976. Năm 2013, hai bên nâng quan hệ lên Đối tác chiến "
    "lược.\n"
    "3. Kinh tế\n"
    "Thái Lan là một trong những nhà đầu tư lớn của Việt Nam trong khu vực. Hai bên phấn đấu nâng kim "
    "ngạch thương mại.\n"
)


def test_issuer_line_with_its_department_is_not_part_of_the_title():
    doc = parse_text(BRIEFING)
    assert doc.title == "THÔNG TIN CƠ BẢN VỀ VƯƠNG QUỐC THÁI LAN VÀ QUAN HỆ VỚI VIỆT NAM"
    got = blocks(doc)
    assert got[0] == ("paragraph", "BỘ NGOẠI GIAO – VỤ ĐÔNG NAM Á")
    assert ("paragraph", "(Tài liệu tham khảo, cập nhật tháng 6/2024)") in got
    assert ("heading", "1. Khái quát") in got
    assert ("list_item", "– Thủ đô: Băng Cốc.") in got
    assert [b.level for b in doc.blocks if b.type is BlockType.HEADING] == [1, 1, 1]


def test_issuer_on_two_lines_above_a_title_that_says_what_it_is():
    text = (
        "BỘ NGOẠI GIAO\n"
        "VỤ CHÂU MỸ\n"
        "BÁO CÁO TÌNH HÌNH QUAN HỆ VIỆT NAM – CHI-LÊ\n"
        "NĂM 2023\n\n"
        "Năm 2023, quan hệ hữu nghị và hợp tác giữa Việt Nam và Chi-lê tiếp tục phát triển tốt đẹp.\n"
    )
    doc = parse_text(text)
    assert doc.title == "BÁO CÁO TÌNH HÌNH QUAN HỆ VIỆT NAM – CHI-LÊ NĂM 2023"
    assert blocks(doc)[:2] == [("paragraph", "BỘ NGOẠI GIAO"), ("paragraph", "VỤ CHÂU MỸ")]


def test_issuer_line_in_mixed_case_above_an_upper_case_title():
    text = BRIEFING.replace("BỘ NGOẠI GIAO – VỤ ĐÔNG NAM Á", "Bộ Ngoại giao – Vụ Đông Nam Á")
    doc = parse_text(text)
    assert doc.title == "THÔNG TIN CƠ BẢN VỀ VƯƠNG QUỐC THÁI LAN VÀ QUAN HỆ VỚI VIỆT NAM"
    assert blocks(doc)[0] == ("paragraph", "Bộ Ngoại giao – Vụ Đông Nam Á")


def test_a_title_that_starts_like_an_issuer_stays_whole():
    text = (
        "VIỆN NGHIÊN CỨU ĐÔNG NAM Á\n"
        "NĂM MƯƠI NĂM XÂY DỰNG VÀ PHÁT TRIỂN\n\n"
        "Viện được thành lập năm 1973 và là cơ quan nghiên cứu đầu ngành về khu vực Đông Nam Á.\n"
    )
    doc = parse_text(text)
    assert doc.title == "VIỆN NGHIÊN CỨU ĐÔNG NAM Á NĂM MƯƠI NĂM XÂY DỰNG VÀ PHÁT TRIỂN"


def test_a_bracketed_source_line_under_a_title_is_not_taken_for_a_stamp():
    text = (
        "QUAN HỆ VIỆT NAM – LÀO NĂM 2023\n"
        "(Nguồn: Bộ Ngoại giao)\n\n"
        "Năm 2023, hai nước tổ chức nhiều hoạt động kỷ niệm quan hệ hữu nghị vĩ đại.\n"
    )
    doc = parse_text(text)
    assert ("source", "(Nguồn: Bộ Ngoại giao)") in blocks(doc)


# -- a document kind with its subject in lower case over several lines --------------------------------

JOINT = (
    "                              TUYÊN BỐ CHUNG\n"
    "về quan hệ Đối tác chiến lược giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam\n"
    "và Cộng hòa Liên bang Đức\n\n"
    "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Cộng hòa Liên bang Đức\n"
    "(sau đây gọi là “hai bên”) ra Tuyên bố chung như sau:\n\n"
    "1. Hai bên nhất trí thiết lập quan hệ Đối tác chiến lược, trên cơ sở Tuyên bố Hà Nội\n"
    "năm 2011.\n\n"
    "2. Hai bên sẽ duy trì cơ chế đối thoại chiến lược hằng năm.\n"
)


def test_joint_statement_title_runs_over_its_subject_lines():
    doc = parse_text(JOINT)
    assert doc.title == (
        "TUYÊN BỐ CHUNG về quan hệ Đối tác chiến lược giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam "
        "và Cộng hòa Liên bang Đức"
    )
    paragraphs = of_type(doc, BlockType.PARAGRAPH)
    assert paragraphs[0].startswith("Chính phủ nước Cộng hòa") and paragraphs[0].endswith("như sau:")
    assert not any(p.startswith("và Cộng hòa Liên bang Đức") for p in paragraphs)


def test_joint_communique_with_a_subject_starting_giua():
    text = (
        "THÔNG CÁO CHUNG\n"
        "giữa Việt Nam và Niu Di-lân\n"
        "nhân chuyến thăm chính thức của Thủ tướng Niu Di-lân\n\n"
        "Nhận lời mời của Thủ tướng Chính phủ Việt Nam, Thủ tướng Niu Di-lân thăm chính thức Việt Nam.\n"
    )
    doc = parse_text(text)
    assert doc.title == (
        "THÔNG CÁO CHUNG giữa Việt Nam và Niu Di-lân nhân chuyến thăm chính thức của Thủ tướng Niu Di-lân"
    )


def test_title_with_more_than_its_kind_runs_over_its_lower_case_lines():
    text = JOINT.replace("TUYÊN BỐ CHUNG\n", "TUYÊN BỐ CHUNG VIỆT NAM – ĐỨC\n")
    doc = parse_text(text)
    assert doc.title == (
        "TUYÊN BỐ CHUNG VIỆT NAM – ĐỨC về quan hệ Đối tác chiến lược giữa nước Cộng hòa xã hội chủ nghĩa "
        "Việt Nam và Cộng hòa Liên bang Đức"
    )


# -- a dateline with an abbreviated city under a title ----------------------------------------------

DATELINES = [
    "TP. Hồ Chí Minh, ngày 5/4/2014",
    "Tp. Hồ Chí Minh, 5/4/2014",
    "T.P. Hồ Chí Minh, ngày 5 tháng 4 năm 2014",
    "TP. Cần Thơ, ngày 5/4/2014",
    "Hà Nội, ngày 5/4/2014",
    "(TP. Hồ Chí Minh, ngày 5/4/2014)",
]


def _release(dateline: str) -> str:
    return (
        "THÔNG CÁO BÁO CHÍ VỀ HỘI NGHỊ CẤP CAO MÊ CÔNG LẦN THỨ HAI\n"
        f"{dateline}\n\n"
        "Hội nghị cấp cao Ủy hội sông Mê Công quốc tế lần thứ hai đã diễn ra thành công. Các nhà lãnh "
        "đạo đã thông qua Tuyên bố chung.\n\n"
        "Hội nghị cấp cao lần thứ ba sẽ do Campuchia đăng cai vào năm 2018.\n"
    )


@pytest.mark.parametrize("dateline", DATELINES)
def test_dateline_with_an_abbreviated_city_is_no_heading(dateline):
    doc = parse_text(_release(dateline))
    assert doc.title == "THÔNG CÁO BÁO CHÍ VỀ HỘI NGHỊ CẤP CAO MÊ CÔNG LẦN THỨ HAI"
    assert of_type(doc, BlockType.HEADING) == []
    assert doc.meta["date"] == "2014-04-05"


@pytest.mark.parametrize("dateline", ["Hà Nội, tháng 4 năm 2014", "TP. Hồ Chí Minh, tháng 4/2014"])
def test_dateline_with_a_month_gives_the_document_a_month(dateline):
    doc = parse_text(_release(dateline))
    assert of_type(doc, BlockType.HEADING) == []
    assert doc.meta["date"] == "2014-04"


def test_a_stamp_with_a_month_does_not_date_the_document():
    assert parse_text(BRIEFING).meta.get("date") is None


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_dateline_with_an_abbreviated_city_rendered(tmp_path, kind):
    doc = _rendered(tmp_path, kind, _release("TP. Hồ Chí Minh, ngày 5/4/2014"), "release")
    assert of_type(doc, BlockType.HEADING) == []
    assert doc.meta["date"] == "2014-04-05"


# -- closing sections at the top level -------------------------------------------------------------

LESSON = (
    "Bài 3. VIỆT NAM VÀ ASEAN\n\n"
    "1. Quá trình gia nhập\n\n"
    "1.1. Bối cảnh\n\n"
    "Sau khi Chiến tranh lạnh kết thúc, quan hệ giữa Việt Nam và các nước ASEAN được cải thiện nhanh chóng "
    "trên nhiều lĩnh vực.\n\n"
    "1.2. Gia nhập\n\n"
    "Ngày 28/7/1995, Việt Nam trở thành thành viên thứ bảy của Hiệp hội các quốc gia Đông Nam Á tại "
    "Bru-nây.\n\n"
    "Câu hỏi ôn tập\n\n"
    "1. Việt Nam gia nhập ASEAN năm nào?\n"
    "2. Nêu bối cảnh Việt Nam gia nhập ASEAN.\n"
)


def test_review_questions_after_a_subsection_are_a_top_level_heading():
    doc = parse_text(LESSON)
    levels = {doc.block_text(b): b.level for b in doc.blocks if b.type is BlockType.HEADING}
    assert levels == {"1. Quá trình gia nhập": 1, "1.1. Bối cảnh": 2, "1.2. Gia nhập": 2, "Câu hỏi ôn tập": 1}


def test_references_after_a_numbered_section_are_a_top_level_heading():
    text = (
        "QUAN HỆ VIỆT NAM – ÚC\n\n"
        "1. Quan hệ chính trị\n\n"
        "Hai nước thiết lập quan hệ ngoại giao ngày 26/2/1973 và nâng quan hệ lên Đối tác chiến lược "
        "toàn diện năm 2024.\n\n"
        "Tài liệu tham khảo\n\n"
        "Nguyễn Văn Nam (2019), Quan hệ Việt Nam – Úc, Nxb. Chính trị quốc gia, Hà Nội.\n"
    )
    doc = parse_text(text)
    levels = {doc.block_text(b): b.level for b in doc.blocks if b.type is BlockType.HEADING}
    assert levels == {"1. Quan hệ chính trị": 1, "Tài liệu tham khảo": 1}


# -- footnote marks glued to the text that refers to them --------------------------------------------

NOTED = (
    "QUAN HỆ VIỆT NAM – BỒ ĐÀO NHA\n\n"
    "1. Khởi đầu\n"
    "Ngày 1/7/1975, Việt Nam và Bồ Đào Nha thiết lập quan hệ ngoại\n"
    "giao. Hai bên ký Hiệp định hợp tác văn hóa năm 2001.1 Quan hệ\n"
    "                              12\n"
    "\f"
    "chính trị phát triển tốt đẹp, với nhiều chuyến thăm cấp cao.2\n"
    "Thương mại hai chiều còn khiêm tốn so với tiềm năng của G20\n"
    "và của hai nước (Trần Văn Lâm, 2018, tr.1).\n\n"
    "____________\n"
    "1 Hiệp định có hiệu lực từ năm 2002.\n"
    "2 Theo số liệu của Đại sứ quán Việt Nam tại Li-xbon.\n"
    "20 Nhóm các nền kinh tế lớn.\n"
)


def test_footnote_marks_are_left_out_of_the_text_that_refers_to_them():
    doc = parse_text(NOTED)
    paragraphs = of_type(doc, BlockType.PARAGRAPH)
    assert paragraphs == [
        "Ngày 1/7/1975, Việt Nam và Bồ Đào Nha thiết lập quan hệ ngoại giao. Hai bên ký Hiệp định hợp tác văn "
        "hóa năm 2001. Quan hệ chính trị phát triển tốt đẹp, với nhiều chuyến thăm cấp cao. Thương mại hai "
        "chiều còn khiêm tốn so với tiềm năng của G20 và của hai nước (Trần Văn Lâm, 2018, tr.1)."
    ]
    notes = of_type(doc, BlockType.FOOTNOTE)
    assert notes[:2] == [
        "1 Hiệp định có hiệu lực từ năm 2002.",
        "2 Theo số liệu của Đại sứ quán Việt Nam tại Li-xbon.",
    ]
    sentences = [doc.text[s.start : s.end] for s in doc.sentences]
    assert "Hai bên ký Hiệp định hợp tác văn hóa năm 2001." in sentences
    assert "Quan hệ chính trị phát triển tốt đẹp, với nhiều chuyến thăm cấp cao." in sentences


def test_text_around_a_left_out_mark_maps_back_into_the_raw_text():
    doc = parse_text(NOTED)
    for phrase, raw_phrase in (
        ("năm 2001. Quan hệ", "năm 2001.1 Quan hệ"),
        ("cấp cao. Thương mại", "cấp cao.2\nThương mại"),
    ):
        s = doc.text.index(phrase)
        a, b = doc.map.span(s, s + len(phrase))
        assert doc.raw[a:b] == raw_phrase
        for word in phrase.split():  # every word maps onto the same word
            k = doc.text.index(word, s)
            a, b = doc.map.span(k, k + len(word))
            assert doc.raw[a:b] == word


def test_digits_are_kept_when_no_note_has_their_number():
    text = NOTED.split("____________")[0]
    doc = structure(text)
    assert any("năm 2001.1 Quan hệ" in p for p in of_type(doc, BlockType.PARAGRAPH))


def test_superscript_marks_are_left_out_too():
    text = NOTED.replace("2001.1 Quan", "2001.¹ Quan").replace("\n1 Hiệp định", "\n¹ Hiệp định")
    doc = parse_text(text)
    assert any("năm 2001. Quan hệ chính trị" in p for p in of_type(doc, BlockType.PARAGRAPH))


def _rendered(tmp_path, kind: str, text: str, name: str):
    from doingoai.pipeline import parse_file
    from doingoai.testing.render import find_font, text_to_docx, text_to_pdf

    if kind == "pdf":
        pytest.importorskip("fpdf")
        try:
            find_font()
        except RuntimeError:
            pytest.skip("no font with Vietnamese glyphs")
    path = tmp_path / f"{name}.{kind}"
    (text_to_pdf if kind == "pdf" else text_to_docx)(text, path)
    return parse_file(path)


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_issuer_and_joint_statement_titles_rendered(tmp_path, kind):
    doc = _rendered(tmp_path, kind, BRIEFING, "briefing")
    assert doc.title == "THÔNG TIN CƠ BẢN VỀ VƯƠNG QUỐC THÁI LAN VÀ QUAN HỆ VỚI VIỆT NAM"
    assert ("heading", "1. Khái quát") in blocks(doc)
    doc = _rendered(tmp_path, kind, JOINT, "joint")
    assert doc.title.endswith("Việt Nam và Cộng hòa Liên bang Đức")


def test_footnote_marks_left_out_in_a_pdf(tmp_path):
    doc = _rendered(tmp_path, "pdf", NOTED, "noted")
    paragraph = of_type(doc, BlockType.PARAGRAPH)[0]
    assert "năm 2001. Quan hệ chính trị" in paragraph and "cấp cao. Thương mại" in paragraph
