"""Speeches, transcripts and interviews, directives' lead-in sentences and footnote rules: shapes the
seeds do not have. Every document here was written for these tests (speakers, places and wording
invented; dates of well-known events only)."""

from __future__ import annotations

import pytest

from doingoai.model import BlockType
from doingoai.pipeline import parse_text
from doingoai.structure import speech
from doingoai.structure.classify import clause_lead_in
from structure_helpers import blocks, of_type, structure

BODY = (
    "Việt Nam và Pháp thiết lập quan hệ ngoại giao ngày 12/4/1973. Năm 2013, hai nước nâng quan hệ "
    "lên Đối tác chiến lược."
)
SPEECH_LINES = [
    "DIỄN VĂN CỦA CHỦ TỊCH NƯỚC",
    "Lễ đón chính thức Tổng thống Cộng hòa Pháp",
    "(Hà Nội, ngày 5/6/2024)",
    "",
    "Kính thưa Ngài Tổng thống,",
    "",
    "Thưa các vị khách quý,",
    "",
    BODY,
    "",
    "(Vỗ tay)",
    "",
    "Thưa Quý vị,",
    "",
    "Năm nay, hai nước kỷ niệm 11 năm quan hệ Đối tác chiến lược. Chúng tôi mong muốn hai bên tăng cường hợp tác.",
    "",
    "Xin trân trọng cảm ơn.",
]
SPEECH_BLOCKS = [
    ("paragraph", "Kính thưa Ngài Tổng thống,"),
    ("paragraph", "Thưa các vị khách quý,"),
    ("paragraph", BODY),
    ("paragraph", "(Vỗ tay)"),
    ("paragraph", "Thưa Quý vị,"),
    (
        "paragraph",
        "Năm nay, hai nước kỷ niệm 11 năm quan hệ Đối tác chiến lược. Chúng tôi mong muốn hai bên tăng cường hợp tác.",
    ),
    ("paragraph", "Xin trân trọng cảm ơn."),
]


def _speech(layout: str) -> str:
    if layout == "blank lines":
        return "\n".join(SPEECH_LINES) + "\n"
    lines = [ln for ln in SPEECH_LINES if ln]
    if layout == "word export":  # a blank line after every line, CR LF
        return "\r\n\r\n".join(lines) + "\r\n"
    return "\n".join(lines) + "\n"  # one line each, nothing between


@pytest.mark.parametrize("layout", ["blank lines", "word export", "no blank lines"])
def test_speech_salutations_and_stage_directions_are_blocks_of_their_own(layout):
    doc = parse_text(_speech(layout))
    got = blocks(doc)
    assert doc.title == "Lễ đón chính thức Tổng thống Cộng hòa Pháp"  # the occasion
    assert got[0] == ("paragraph", "DIỄN VĂN CỦA CHỦ TỊCH NƯỚC")  # the speaker: front matter, not the title
    assert ("paragraph", "(Hà Nội, ngày 5/6/2024)") in got
    assert doc.meta["date"] == "2024-06-05"  # from the place and date in brackets
    body = [b for b in got if b[0] != "title"][2:]
    assert body == SPEECH_BLOCKS


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_speech_rendered_as_pdf_and_docx(tmp_path, kind):
    from doingoai.pipeline import parse_file
    from doingoai.testing.render import find_font, text_to_docx, text_to_pdf

    if kind == "pdf":
        pytest.importorskip("fpdf")
        try:
            find_font()
        except RuntimeError:
            pytest.skip("no font with Vietnamese glyphs")
    path = tmp_path / f"speech.{kind}"
    (text_to_pdf if kind == "pdf" else text_to_docx)(_speech("blank lines"), path)
    doc = parse_file(path)
    assert doc.title == "Lễ đón chính thức Tổng thống Cộng hòa Pháp"
    assert [b for b in blocks(doc) if b[0] != "title"][2:] == SPEECH_BLOCKS


def test_a_salutation_and_a_stage_direction_after_a_full_line_of_wrapped_text():
    text = (
        "Hai nước thiết lập quan hệ ngoại giao ngày 25/1/1973 và không ngừng phát triển quan hệ.\n"
        "Các đồng chí thân mến!\n"
        "Hai nước thiết lập quan hệ ngoại giao ngày 25/1/1973 và không ngừng phát triển quan hệ\n"
        "hữu nghị. Chúng ta cần tiếp tục vun đắp mối quan hệ tốt đẹp này cho các thế hệ mai sau.\n"
        "(Vỗ tay)\n"
        "Chúng ta cần tiếp tục vun đắp mối quan hệ tốt đẹp này cho các thế hệ mai sau trong tương lai.\n"
    )
    got = blocks(structure(text))
    assert ("paragraph", "Các đồng chí thân mến!") in got
    assert ("paragraph", "(Vỗ tay)") in got
    assert got[-1] == (
        "paragraph",
        "Chúng ta cần tiếp tục vun đắp mối quan hệ tốt đẹp này cho các thế hệ mai sau trong tương lai.",
    )


def test_a_salutation_followed_by_lower_case_goes_on():
    text = "Kính thưa các đồng chí lãnh đạo,\nthưa các vị khách quý,\n\n" + BODY + "\n"
    got = blocks(structure(text))
    assert ("paragraph", "Kính thưa các đồng chí lãnh đạo, thưa các vị khách quý,") in got
    assert ("paragraph", BODY) in got


def test_an_upper_case_occasion_goes_on_with_the_speech_heading_as_one_title():
    text = (
        "PHÁT BIỂU CỦA CHỦ TỊCH NƯỚC\nTẠI LỄ KỶ NIỆM 50 NĂM QUAN HỆ NGOẠI GIAO VIỆT NAM – NHẬT BẢN\n\n"
        "Thưa Quý vị,\n\nViệt Nam và Nhật Bản thiết lập quan hệ ngoại giao ngày 21/9/1973.\n"
    )
    doc = structure(text)
    assert (
        doc.title
        == "PHÁT BIỂU CỦA CHỦ TỊCH NƯỚC TẠI LỄ KỶ NIỆM 50 NĂM QUAN HỆ NGOẠI GIAO VIỆT NAM – NHẬT BẢN"
    )
    assert ("paragraph", "Thưa Quý vị,") in blocks(doc)


def test_a_speech_heading_without_an_occasion_is_the_title():
    text = "PHÁT BIỂU CỦA ĐẠI SỨ VIỆT NAM TẠI NHẬT BẢN\n\nThưa Quý vị,\n\n" + BODY + "\n"
    doc = structure(text)
    assert doc.title == "PHÁT BIỂU CỦA ĐẠI SỨ VIỆT NAM TẠI NHẬT BẢN"
    assert blocks(doc)[1:] == [("paragraph", "Thưa Quý vị,"), ("paragraph", BODY)]


def test_a_salutation_without_its_comma_is_neither_title_nor_heading():
    text = f"Kính thưa Quý vị đại biểu\n\n{BODY}\n\nThưa các bạn\n\n{BODY}\n"
    doc = structure(text)
    assert doc.title is None
    assert of_type(doc, BlockType.HEADING) == []
    assert of_type(doc, BlockType.PARAGRAPH) == ["Kính thưa Quý vị đại biểu", BODY, "Thưa các bạn", BODY]


def test_an_upper_case_speech_heading_goes_on_in_lower_case():
    text = (
        "BÀI PHÁT BIỂU\ncủa Thủ tướng Phạm Minh Chính tại Hội nghị Cấp cao ASEAN lần thứ 43\n\n"
        "Kính thưa Ngài Tổng thống,\n\nViệt Nam ủng hộ In-đô-nê-xi-a trong vai trò Chủ tịch ASEAN năm 2023.\n"
    )
    doc = structure(text)
    assert doc.title == "BÀI PHÁT BIỂU của Thủ tướng Phạm Minh Chính tại Hội nghị Cấp cao ASEAN lần thứ 43"
    assert of_type(doc, BlockType.PARAGRAPH)[0] == "Kính thưa Ngài Tổng thống,"


INTERVIEW = (
    "Bộ trưởng Ngoại giao trả lời phỏng vấn báo chí đầu xuân\n"
    "Phóng viên: Xin Bộ trưởng cho biết những kết quả nổi bật của công tác đối ngoại năm\n"
    "2023?\n"
    "Bộ trưởng: Năm 2023, Việt Nam nâng cấp quan hệ lên Đối tác chiến lược toàn diện với\n"
    "Hoa Kỳ và Nhật Bản, đưa quan hệ với các đối tác lên tầm cao mới, sâu sắc và thực chất.\n"
    "Phóng viên: Trong năm 2024, ngành ngoại giao sẽ tập trung vào những nhiệm vụ gì?\n"
    "Bộ trưởng Nguyễn Văn An: Chúng tôi sẽ tiếp tục triển khai đường lối đối ngoại độc lập, tự chủ.\n"
)


def test_interview_turns_start_paragraphs_also_after_a_full_line():
    doc = structure(INTERVIEW)
    assert (
        doc.title == "Bộ trưởng Ngoại giao trả lời phỏng vấn báo chí đầu xuân"
    )  # ("Bộ trưởng" is no affiliation)
    got = of_type(doc, BlockType.PARAGRAPH)
    assert [t.split(":")[0] for t in got] == [
        "Phóng viên",
        "Bộ trưởng",
        "Phóng viên",
        "Bộ trưởng Nguyễn Văn An",
    ]
    assert got[1].endswith("sâu sắc và thực chất.")
    assert got[0].endswith("năm 2023?")


def test_question_and_answer_lines_wrapped_like_a_pdf():
    text = (
        "Hỏi – đáp về gìn giữ hòa bình\n"
        "Hỏi: Việt Nam bắt đầu tham gia lực lượng gìn giữ hòa bình của Liên Hợp Quốc từ khi\n"
        "nào và ở đâu, với bao nhiêu sĩ quan trong đợt đầu tiên được cử đi làm nhiệm vụ?\n"
        "Đáp: Tháng 6/2014, Việt Nam cử hai sĩ quan đầu tiên đi làm nhiệm vụ tại Nam Xu-đăng.\n"
    )
    got = of_type(structure(text), BlockType.PARAGRAPH)
    assert len(got) == 2 and got[0].startswith("Hỏi:") and got[1].startswith("Đáp:")


def test_a_quotation_after_a_name_in_prose_is_no_turn():
    text = (
        "Hai nước thiết lập quan hệ ngoại giao ngày 5/9/1962 và ký Hiệp ước Hữu nghị và Hợp tác\n"
        "ngày 18/7/1977, đặt nền móng cho quan hệ đặc biệt giữa hai Đảng, hai Nhà nước. Hai nước.\n"
        "Thủ tướng Phạm Minh Chính: “Quan hệ Việt Nam – Lào là tài sản vô giá của hai dân tộc”,\n"
        "và khẳng định sẽ tiếp tục vun đắp mối quan hệ này.\n"
    )
    assert len(structure(text).blocks) == 1


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("Kính thưa Ngài Quốc vụ khanh,", True),
        ("Thưa các vị khách quý,", True),
        ("Các bạn thân mến!", True),
        ("Excellencies,", True),
        ("(Vỗ tay)", True),
        ("(Cả hội trường vỗ tay)", True),
        ("(Cười)", True),
        ("(Nguồn: TTXVN)", False),
        ("Kính gửi: Bộ Công Thương", False),  # a letter's addressee (preamble)
        ("Thưa rằng, đó là việc lớn. Và,", False),
        ("Kính thưa Ngài Chủ tịch, thưa các vị khách quý,", True),
        ("Kính thưa đồng chí Tổng Bí thư, Chủ tịch nước,", True),
        ("Thưa Quý vị, hôm nay tại thủ đô Hà Nội,", False),  # a sentence going on
        (
            "Thưa Quý vị, hôm nay chúng ta gặp nhau tại đây để kỷ niệm một sự kiện lớn của hai dân tộc và",
            False,
        ),
    ],
)
def test_lines_standing_alone(line, alone):
    assert speech.stands_alone(line) is alone


@pytest.mark.parametrize(
    ("line", "turn"),
    [
        ("Hỏi: Việt Nam?", True),
        ("Câu hỏi 2: Việt Nam sẽ làm gì?", True),
        ("PV: Thưa ông, năm nay ra sao?", True),
        ("Người phát ngôn Phạm Thu Hằng: Việt Nam phản đối.", True),
        ("Ông Nguyễn Văn A (Bộ Ngoại giao): Vâng.", True),
        ("Thủ tướng nhấn mạnh: cần làm tốt.", False),  # a verb, not a name
        ("Ông nói: Vâng.", False),
        ("Nơi nhận: Như trên.", False),
        ("Đại sứ Trần Văn Nam: “Quan hệ rất tốt.”", False),  # a quotation
    ],
)
def test_speaker_turns(line, turn):
    assert speech.opens_turn(line) is turn


# -- directives: lead-in sentences are paragraphs, title-shaped lead-ins headings -------------------

DIRECTIVE = (
    "CHỈ THỊ\n"
    "Về việc tăng cường công tác ngoại giao kinh tế\n"
    "Năm 2023, công tác ngoại giao kinh tế đạt nhiều kết quả quan trọng. Tuy nhiên, một số\n"
    "nhiệm vụ còn chậm triển khai.\n"
    "{lead}\n"
    "1. Vụ Tổng hợp kinh tế chủ trì xây dựng kế hoạch triển khai Chỉ thị trong quý I/2024 và báo cáo kết quả.\n"
    "2. Các cơ quan đại diện Việt Nam ở nước ngoài tăng cường vận động, thu hút đầu tư vào Việt Nam.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Để thực hiện tốt nhiệm vụ năm 2024, Bộ trưởng Bộ Ngoại giao chỉ thị:",
        "Thủ tướng Chính phủ yêu cầu:",
        "Năm 2024, các đơn vị cần tập trung thực hiện tốt các nhiệm vụ sau, cụ thể:",
        "Trong thời gian tới, các bộ, ngành cần thực hiện các nhiệm vụ như sau:",
    ],
)
def test_a_clause_leading_into_numbered_items_is_a_paragraph(lead):
    doc = structure(DIRECTIVE.format(lead=lead))
    got = blocks(doc)
    assert ("paragraph", lead) in got
    assert of_type(doc, BlockType.HEADING) == []
    assert len(of_type(doc, BlockType.LIST_ITEM)) == 2


def test_a_lead_in_after_a_full_line_is_its_own_paragraph_and_a_lower_case_subject_goes_on_the_title():
    text = (
        "BỘ CHÍNH TRỊ\n"
        "KẾT LUẬN\n"
        "về công tác đối ngoại năm 2024\n\n"
        "Năm 2023, công tác đối ngoại đạt nhiều kết quả quan trọng, góp phần giữ vững môi trường hòa bình, ổn định.\n"
        "Bộ Chính trị yêu cầu:\n"
        "1. Các cấp ủy, tổ chức đảng tiếp tục quán triệt sâu sắc đường lối đối ngoại của Đại hội XIII.\n"
        "2. Ban Đối ngoại Trung ương chủ trì, phối hợp với Bộ Ngoại giao theo dõi, đôn đốc việc thực hiện.\n"
    )
    doc = structure(text)
    assert doc.title == "KẾT LUẬN về công tác đối ngoại năm 2024"
    assert of_type(doc, BlockType.PARAGRAPH)[-2:] == [
        "Năm 2023, công tác đối ngoại đạt nhiều kết quả quan trọng, góp phần giữ vững môi trường hòa bình, ổn định.",
        "Bộ Chính trị yêu cầu:",
    ]
    assert len(of_type(doc, BlockType.LIST_ITEM)) == 2


def test_a_title_shaped_lead_in_before_long_paragraphs_stays_a_heading():
    long = (
        "Tiếp tục triển khai đồng bộ, hiệu quả các hoạt động đối ngoại, nhất là đối ngoại cấp cao, "
        "phục vụ phát triển kinh tế - xã hội và bảo vệ Tổ quốc từ sớm, từ xa."
    )
    text = f"{BODY}\n\nMột số nhiệm vụ, giải pháp chủ yếu năm 2024:\n\n{long}\n\n{long}\n"
    doc = structure(text)
    assert of_type(doc, BlockType.HEADING) == ["Một số nhiệm vụ, giải pháp chủ yếu năm 2024:"]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Để tổ chức tốt các hoạt động trong năm, Thủ tướng Chính phủ chỉ thị:", True),
        ("Năm 2018, công tác đối ngoại tiếp tục được triển khai đồng bộ, cụ thể:", True),
        ("Bộ Chính trị yêu cầu:", True),
        ("Kết quả đạt được gồm:", True),
        ("Thủ tướng yêu cầu:", True),
        ("Chúng tôi xin nhấn mạnh:", True),
        ("Mục đích, yêu cầu:", False),  # nouns in a list
        ("Nội dung kết luận:", False),  # a verb used as a noun: no agent before it
        ("Ý kiến chỉ đạo:", False),
        ("Theo dõi, đánh giá tình hình:", False),
        ("Nhiệm vụ:", False),
        ("Phương hướng, nhiệm vụ 6 tháng đầu năm 2024:", False),
        ("Năm nhiệm vụ, giải pháp chủ yếu:", False),  # "năm" = five
        ("Các nhiệm vụ chủ yếu trong năm tới của công tác đối ngoại:", False),
    ],
)
def test_clause_lead_in(text, clause):
    assert clause_lead_in(text) is clause


# -- footnote rules ---------------------------------------------------------------------------------

RULED = (
    "QUAN HỆ VIỆT NAM – PHẦN LAN\n\n"
    "Hai nước thiết lập quan hệ ngoại giao ngày 25/1/1973. Phần Lan viện trợ cho Việt Nam nhiều\n"
    "dự án cấp nước và lâm nghiệp trong những năm 1980 và 1990. Các dự án\n\n"
    "____________________\n"
    "1 Bài viết là sản phẩm của đề tài cấp Bộ năm 2022.\n"
    "2 Số liệu của Bộ Kế hoạch và Đầu tư.\n\n"
    "                              12\n"
    "\fnày góp phần cải thiện đời sống người dân ở nhiều địa phương.\n\n"
    "Năm 2023, hai nước kỷ niệm 50 năm quan hệ ngoại giao.\n"
)


def test_notes_under_a_rule_are_footnotes_and_the_paragraph_runs_across_the_page():
    doc = parse_text(RULED)
    assert "____________________" in doc.meta["removed_lines"]
    assert blocks(doc)[1:] == [
        (
            "paragraph",
            "Hai nước thiết lập quan hệ ngoại giao ngày 25/1/1973. Phần Lan viện trợ cho Việt Nam nhiều dự án "
            "cấp nước và lâm nghiệp trong những năm 1980 và 1990. Các dự án này góp phần cải thiện đời sống "
            "người dân ở nhiều địa phương.",
        ),
        ("footnote", "1 Bài viết là sản phẩm của đề tài cấp Bộ năm 2022."),
        ("footnote", "2 Số liệu của Bộ Kế hoạch và Đầu tư."),
        ("paragraph", "Năm 2023, hai nước kỷ niệm 50 năm quan hệ ngoại giao."),
    ]
    sentence = next(s for s in doc.sentences if doc.text[s.start : s.end].startswith("Các dự án"))
    assert "Bài viết" not in doc.text[sentence.start : sentence.end]
    start, end = doc.raw_offsets(sentence.start, sentence.end)
    assert doc.raw[start:].startswith("Các dự án") and doc.raw[:end].endswith("nhiều địa phương.")


def test_notes_under_a_rule_after_a_complete_paragraph_and_at_the_end():
    text = RULED.replace("Các dự án\n\n", "\n\n").replace("\fnày góp phần cải thiện đời sống", "\fĐời sống")
    text += "____________________\n* Học viện Ngoại giao.\n"
    doc = parse_text(text)
    assert [t for t, _ in blocks(doc)] == [
        "title",
        "paragraph",
        "footnote",
        "footnote",
        "paragraph",
        "paragraph",
        "footnote",
    ]
    assert blocks(doc)[-1] == ("footnote", "* Học viện Ngoại giao.")


def test_journal_notes_under_a_rule_in_a_pdf(tmp_path):
    from doingoai.pipeline import parse_file
    from doingoai.testing.render import find_font, text_to_pdf

    pytest.importorskip("fpdf")
    try:
        find_font()
    except RuntimeError:
        pytest.skip("no font with Vietnamese glyphs")
    doc = parse_file(text_to_pdf(RULED, tmp_path / "ruled.pdf"))
    got = blocks(doc)
    assert [t for t, _ in got] == ["title", "paragraph", "footnote", "footnote", "paragraph"]
    assert got[1][1].endswith("Các dự án này góp phần cải thiện đời sống người dân ở nhiều địa phương.")


def test_endnotes_under_a_rule_at_the_end_of_a_word_export():
    notes = [
        f"[{k}] Tác giả {k} (2010), Ngoại giao Việt Nam, Nxb. Chính trị quốc gia, tr. {k}."
        for k in range(1, 13)
    ]
    lines = [
        "QUAN HỆ VIỆT NAM – CU-BA",
        "Hai nước thiết lập quan hệ ngoại giao ngày 2/12/1960.[1] Cu-ba là nước đầu tiên ở Tây bán cầu "
        "công nhận Việt Nam Dân chủ Cộng hòa.",
        "Năm 1973, Chủ tịch Phi-đen Cát-xtơ-rô thăm vùng giải phóng miền Nam Việt Nam.[2]",
        "________________________________",
        *notes,
    ]
    doc = parse_text("\r\n\r\n".join(lines) + "\r\n")
    assert doc.meta["removed_lines"] == ["________________________________"]
    assert of_type(doc, BlockType.FOOTNOTE) == notes
    assert len(of_type(doc, BlockType.PARAGRAPH)) == 2


def test_a_rule_far_from_a_page_break_or_above_no_note_is_kept():
    para = "Hai nước thiết lập quan hệ ngoại giao ngày 25/1/1973 và hợp tác trên nhiều lĩnh vực."
    text = f"BỘ NGOẠI GIAO\n__________\nSố: 12/BC-BNG\n\n{para}\n\n" + "\n\n".join([para] * 12) + "\n"
    doc = parse_text(text)
    assert doc.meta["removed_lines"] == []
    assert ("paragraph", "Số: 12/BC-BNG") in blocks(doc)
