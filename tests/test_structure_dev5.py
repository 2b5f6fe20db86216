"""Structure on the fifth round of scored held-out sets (heldout17/18), on small documents written
here: a title opening with a count or years ("45 năm quan hệ ..."), an editorial note under an
official title ("(trích)"), and a field list of "Field: value" lines (an encyclopedia's infobox),
each with twins that must keep their old reading."""

from __future__ import annotations

import pytest

from doingoai.model import BlockType
from doingoai.pipeline import parse_file
from doingoai.structure.fields import field_line
from doingoai.structure.official_title import editorial_note
from structure_helpers import blocks, of_type, structure

BODY = (
    "Hai nước đã ký nhiều văn kiện hợp tác về kinh tế, văn hóa và giáo dục trong những năm qua. "
    "Kim ngạch thương mại song phương tăng đều qua từng năm.\n"
)


# --- a title opening with a number --------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "45 năm quan hệ Việt Nam – Thổ Nhĩ Kỳ: thêm động lực cho hợp tác",
        "10 sự kiện đối ngoại nổi bật của năm",
        "2023: một năm hội nhập sâu rộng",
        "1975 – 2025: nửa thế kỷ quan hệ Việt Nam – Nhật Bản",
        "30 years of ASEAN membership",
    ],
)
def test_a_title_opening_with_a_count_or_years(title):
    doc = structure(f"{title}\n\n{BODY}")
    assert of_type(doc, BlockType.TITLE) == [title]
    assert blocks(doc)[1] == ("paragraph", BODY.strip())


@pytest.mark.parametrize(
    "first",
    [
        "1 Mở đầu",  # a section number, then a capital: a heading, not the title
        "2023 Việt Nam và ASEAN",
        "1. Bối cảnh quốc tế",
    ],
)
def test_a_section_number_first_is_no_title(first):
    doc = structure(f"{first}\n\n{BODY}")
    assert of_type(doc, BlockType.TITLE) == []


def test_a_number_first_sentence_is_no_title():
    doc = structure("45 năm qua, hai nước đã hợp tác chặt chẽ trên nhiều lĩnh vực.\n\n" + BODY)
    assert of_type(doc, BlockType.TITLE) == []


def test_a_news_page_whose_headline_opens_with_a_count(tmp_path):
    html = (
        "<html><head><meta charset='utf-8'><title>{t}</title></head><body>"
        "<div class='detail'><h1>{t}</h1><div class='lead'>(TTXVN) – Hôm nay, hai nước kỷ niệm 30 "
        "năm thiết lập quan hệ ngoại giao.</div><div class='content'><p>{b}</p></div></div>"
        "</body></html>"
    )
    t = "30 năm quan hệ Việt Nam – Hàn Quốc: hợp tác ngày càng sâu rộng"
    path = tmp_path / "page.html"
    path.write_text(html.format(t=t, b=BODY.strip()), encoding="utf-8")
    doc = parse_file(path)
    assert of_type(doc, BlockType.TITLE) == [t]
    assert (
        "paragraph",
        "(TTXVN) – Hôm nay, hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao.",
    ) in blocks(doc)


# --- an editorial note under an official title --------------------------------------------------
@pytest.mark.parametrize(
    "note", ["(trích)", "(Dự thảo lần 2)", "(Ban hành kèm theo Quyết định số 12/QĐ-UBND)"]
)
def test_an_editorial_note_is_no_part_of_the_title(note):
    text = (
        "ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "  TỈNH QUẢNG NINH                   Độc lập - Tự do - Hạnh phúc\n"
        "Số 15-KH/UBND                    Quảng Ninh, ngày 3 tháng 2 năm 2022\n\n"
        "                              KẾ HOẠCH\n"
        "         về hợp tác quốc tế của tỉnh giai đoạn 2022 – 2025\n"
        f"                              {note}\n\n"
        "I. MỤC ĐÍCH\n"
        "Tăng cường hợp tác với các địa phương của Trung Quốc có chung đường biên giới.\n"
    )
    doc = structure(text)
    assert of_type(doc, BlockType.TITLE) == ["KẾ HOẠCH về hợp tác quốc tế của tỉnh giai đoạn 2022 – 2025"]
    assert of_type(doc, BlockType.HEADING) == ["I. MỤC ĐÍCH"]


@pytest.mark.parametrize("tail", ["(CPTPP)", "(2021 – 2025)"])
def test_a_bracketed_abbreviation_or_span_stays_in_the_title(tail):
    text = (
        "                              KẾ HOẠCH\n"
        "   thực hiện Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương\n"
        f"                              {tail}\n\n"
        "I. MỤC ĐÍCH\n"
        "Tăng cường hợp tác với các đối tác trong khu vực.\n"
    )
    title = of_type(structure(text), BlockType.TITLE)
    assert len(title) == 1 and title[0].endswith(tail)


def test_editorial_note_shapes():
    assert editorial_note("(trích)") and editorial_note("(Tóm tắt)")
    assert not editorial_note("(CPTPP)") and not editorial_note("(2009)")
    assert not editorial_note("(a) và (b)") and not editorial_note("trích")


# --- a field list ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "fields",
    [
        ["Tên chính thức: Cộng hòa Chi-lê", "Thủ đô: Xan-ti-a-gô", "Ngôn ngữ: tiếng Tây Ban Nha"],
        ["Thủ đô: Ca-bun", "Dân số: khoảng 40 triệu người"],
        ["Ngày thành lập: 8/8/1967", "Trụ sở: Gia-các-ta", "Số thành viên: 10", "Tổng thư ký: Kao Kim Hourn"],
    ],
)
def test_field_lines_are_paragraphs_not_headings(fields):
    text = "Chi-lê\n\n" + "\n".join(fields) + "\n\n" + BODY + "\nQuan hệ với Việt Nam\n\n" + BODY
    doc = structure(text)
    got = blocks(doc)
    for f in fields:
        assert ("paragraph", f) in got
    assert of_type(doc, BlockType.HEADING) == ["Quan hệ với Việt Nam"]


def test_a_heading_with_a_colon_alone_stays_a_heading():
    text = "Tổng quan\n\n" + BODY + "\nViệt Nam – Lào: quan hệ đặc biệt\n\n" + BODY
    assert of_type(structure(text), BlockType.HEADING) == ["Việt Nam – Lào: quan hệ đặc biệt"]


def test_field_line_shapes():
    assert field_line("Thủ đô: Viên") and field_line("Đơn vị tiền tệ: euro")
    assert not field_line("Thủ đô Viên")  # no colon
    assert not field_line("Hai nước ký hiệp định: hợp tác kinh tế được đẩy mạnh.")  # a sentence
    assert not field_line("Ghi chú:")  # a lead-in, no value
    assert not field_line("Theo báo cáo của Bộ Ngoại giao năm nay về tình hình: tốt")  # a long label
