"""Structure on the sixth round of scored held-out sets (heldout21/22), on small documents written
here: a chapter's span of years under its title and its "N.x" sections, a running title heading one
page of a chapter (with the page's footnotes above the break), the last page's notes over its page
number, an appendix with its own title, a breadcrumb over a news page's title, an official subject
set in an indented column, a Western word hyphenated at a line end, and an HTML page's dek and
pull-quote; each with twins that must keep their old reading."""

from __future__ import annotations

import pytest

from doingoai.model import BlockType
from doingoai.pipeline import parse_file
from doingoai.structure.banners import breadcrumb
from doingoai.structure.official_title import years_line
from structure_helpers import blocks, of_type, structure

PARA = (
    "Hai nước đã ký nhiều văn kiện hợp tác về kinh tế, văn hóa và giáo dục trong những năm qua. "
    "Kim ngạch thương mại song phương tăng đều qua từng năm."
)


def _levels(doc) -> list[tuple[str, int | None]]:
    return [(doc.block_text(b), b.level) for b in doc.blocks if b.type is BlockType.HEADING]


# --- a chapter's title with its span of years, and its "N.x" sections ---------------------------
@pytest.mark.parametrize(
    ("title", "years", "number"),
    [
        ("CHƯƠNG 2. VIỆT NAM VÀ QUÁ TRÌNH MỞ RỘNG ASEAN", "(1992 – 1999)", "2"),
        ("Chương 3. Quan hệ Việt Nam – Liên Xô", "(1950-1991)", "3"),
        ("PHẦN 4. HỘI NHẬP KINH TẾ QUỐC TẾ", "(từ năm 1986 đến nay)", "4"),
    ],
)
def test_a_chapter_title_takes_its_years_and_its_sections_are_level_two(title, years, number):
    doc = structure(
        f"{title}\n{years}\n\n{number}.1. Bối cảnh\n{PARA}\n\n{number}.2. Kết quả\n{PARA}\n\n"
        f"{number}.2.1. Về kinh tế\n{PARA}\n"
    )
    assert of_type(doc, BlockType.TITLE) == [f"{title} {years}"]
    assert _levels(doc) == [
        (f"{number}.1. Bối cảnh", 2),
        (f"{number}.2. Kết quả", 2),
        (f"{number}.2.1. Về kinh tế", 3),
    ]


def test_sections_numbered_apart_from_the_chapter_keep_their_levels():
    # "1.1." under "Chương 2": the sections do not continue the chapter's number
    doc = structure(f"Chương 2. Quan hệ Việt Nam – Lào\n\n1.1. Bối cảnh\n{PARA}\n\n1.2. Kết quả\n{PARA}\n")
    assert _levels(doc) == [("1.1. Bối cảnh", 1), ("1.2. Kết quả", 1)]


def test_a_plain_title_keeps_its_levels():
    doc = structure(f"QUAN HỆ VIỆT NAM – LÀO\n\n2.1. Bối cảnh\n{PARA}\n\n2.2. Kết quả\n{PARA}\n")
    assert _levels(doc) == [("2.1. Bối cảnh", 1), ("2.2. Kết quả", 1)]


@pytest.mark.parametrize("line", ["(1992 – 1999)", "(1945-1954)", "(từ năm 1986 đến nay)", "(2010 — 2020)"])
def test_a_span_of_years_in_brackets(line):
    assert years_line(line)


@pytest.mark.parametrize(
    "line", ["(Nguồn: TTXVN)", "(Dự thảo)", "(2021)", "(1992 – 1999) và sau đó", "1992 – 1999"]
)
def test_other_bracketed_lines_are_no_span_of_years(line):
    assert not years_line(line)


def test_years_after_a_blank_line_are_not_the_titles():
    doc = structure(f"QUAN HỆ VIỆT NAM – LÀO\n\n(1992 – 1999)\n\n{PARA}\n")
    assert of_type(doc, BlockType.TITLE) == ["QUAN HỆ VIỆT NAM – LÀO"]


# --- a running title heading one page, the page's notes above the break ---------------------------
def _thesis(head: str, after: str) -> str:
    return (
        "QUAN HỆ VIỆT NAM – ASEAN\n\n"
        "Năm 1995, Việt Nam gia nhập Hiệp hội các quốc gia Đông Nam Á và tham gia\n"
        "Khu vực Mậu dịch tự do ASEAN. Hội nghị thông qua Chương\n\n"
        "________________\n"
        "¹ Xem: Nguyễn Văn An (2001), tr. 34.\n"
        "                                   71\n"
        f"\f{head}\n\n"
        f"{after} Hà Nội nhằm thực hiện Tầm nhìn ASEAN 2020.\n"
    )


@pytest.mark.parametrize(
    "head", ["Luận án tiến sĩ Quan hệ quốc tế", "Tạp chí Nghiên cứu Đông Nam Á", "Khóa luận tốt nghiệp"]
)
def test_a_running_title_over_a_sentence_going_on_after_the_notes_is_dropped(head):
    doc = structure(_thesis(head, "trình Hành động"))
    assert head in doc.meta["removed_lines"]
    assert not any(head in t for _, t in blocks(doc))
    assert "Chương trình Hành động Hà Nội" in doc.text


def test_a_line_over_a_new_sentence_is_not_dropped():
    # the page's first line is followed by a capitalised sentence: no running title (nothing says so)
    doc = structure(_thesis("Kết quả hội nhập", "Trình độ hợp tác"))
    assert "Kết quả hội nhập" not in doc.meta["removed_lines"]
    assert "Kết quả hội nhập" in doc.text


def test_the_last_pages_notes_over_its_page_number_are_notes():
    text = (
        "Việt Nam gia nhập ASEAN năm 1995 và đăng cai Hội nghị Cấp cao tại Hà Nội³. Hội nghị\n"
        "thông qua nhiều văn kiện quan trọng.\n\n"
        "________________\n"
        "³ Tác giả phỏng vấn một thành viên đoàn Việt Nam dự Hội nghị,\n"
        "tháng 3/2015.\n"
        "                                   72\n"
    )
    doc = structure(text)
    assert of_type(doc, BlockType.FOOTNOTE) == [
        "³ Tác giả phỏng vấn một thành viên đoàn Việt Nam dự Hội nghị, tháng 3/2015."
    ]
    assert "72" in doc.meta["removed_lines"]


# --- an appendix with its own title ---------------------------------------------------------------
@pytest.mark.parametrize(
    "appendix",
    [
        "Phụ lục: Một số cặp cửa khẩu trên địa bàn tỉnh",
        "Phụ lục 2. Danh mục văn kiện đã ký",
        "Appendix A: List of agreements",
    ],
)
def test_an_appendix_with_a_title_is_top_level_after_a_subsection(appendix):
    doc = structure(f"I. KẾT QUẢ NĂM 2023\n\n1. Hợp tác kinh tế\n{PARA}\n\n{appendix}\n\n{PARA}\n")
    assert (appendix, 1) in _levels(doc)


def test_a_subsection_naming_an_appendix_later_is_not_top_level():
    doc = structure(f"I. KẾT QUẢ NĂM 2023\n\nCác phụ lục kèm theo báo cáo\n\n{PARA}\n")
    assert ("Các phụ lục kèm theo báo cáo", 2) in _levels(doc)


# --- a breadcrumb over a news page's title --------------------------------------------------------
@pytest.mark.parametrize(
    "crumbs",
    [
        "BẢN TIN ĐỐI NGOẠI | Tin tổng hợp | Lưu trữ",
        "Trang chủ | Thời sự | Đối ngoại",
        "Home | News | Diplomacy",
    ],
)
def test_a_breadcrumb_is_no_title(crumbs):
    doc = structure(f"{crumbs}\n\nĐiểm tin đối ngoại tháng 6/2019\nCập nhật: 01/07/2019 08:00\n\n{PARA}\n")
    assert of_type(doc, BlockType.TITLE) == ["Điểm tin đối ngoại tháng 6/2019"]
    assert ("paragraph", PARA) in blocks(doc)
    assert not any(t.startswith("Cập nhật") for k, t in blocks(doc) if k == "heading")


@pytest.mark.parametrize(
    "line",
    [
        "Việt Nam – Lào | Quan hệ đặc biệt",  # two parts: a title with its site, not a path
        "Thời sự | Thứ Hai, 07/10/2024 22:15",  # a dateline (read elsewhere)
        "Kinh tế | Hai nước ký hiệp định thương mại tự do mới trong năm nay | Đối ngoại",  # a long part
        "Đối ngoại | Hợp tác. | Tin tức",  # a sentence
    ],
)
def test_lines_with_bars_that_are_no_breadcrumb(line):
    assert not breadcrumb(line)


# --- an official subject set in an indented column ------------------------------------------------
def _decision(second: str) -> str:
    return (
        "                              QUYẾT ĐỊNH\n"
        "         Phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 45 năm\n"
        f"{second}\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        "Xét đề nghị của Bộ trưởng Bộ Ngoại giao,\n"
    )


@pytest.mark.parametrize(
    "second",
    [
        "         Ngày thiết lập quan hệ ngoại giao Việt Nam – Cô-lôm-bi-a",  # the same indent
        "    Ngày thiết lập quan hệ ngoại giao Việt Nam – Cộng hòa Cô-lôm-bi-a",  # centred on one axis
    ],
)
def test_an_official_subject_goes_on_in_its_column(second):
    doc = structure(_decision(second))
    title = of_type(doc, BlockType.TITLE)
    assert title == [f"QUYẾT ĐỊNH Phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 45 năm {second.strip()}"]


def test_a_longer_flush_left_line_is_not_the_subjects():
    doc = structure(_decision("Ngày thiết lập quan hệ ngoại giao Việt Nam – Cô-lôm-bi-a và các nước"))
    assert of_type(doc, BlockType.TITLE) == [
        "QUYẾT ĐỊNH Phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 45 năm"
    ]


# --- a Western word hyphenated at a line end ------------------------------------------------------
@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        ("Quốc hội Pê-ru (Congreso de la Re-\npública) chưa phê chuẩn", "(Congreso de la República)"),
        ("theo Tổng thống Mi-\nchelle Bachelet của Chi-lê", "Michelle Bachelet"),
        ("tờ Le Fi-\ngaro đưa tin", "Le Figaro"),
    ],
)
def test_a_western_word_broken_at_a_line_end_is_glued(broken, whole):
    doc = structure(f"Năm 2019, {broken} trong năm đó.\n")
    assert whole in doc.text


@pytest.mark.parametrize(
    ("broken", "kept"),
    [
        ("tại Pa-\nri năm 1973", "Pa-ri"),
        ("Bộ trưởng Cu-\nba sang thăm", "Cu-ba"),
        ("thủ đô Xan-ti-a-\ngô của Chi-lê", "Xan-ti-a-gô"),
    ],
)
def test_a_vietnamese_transliteration_keeps_its_hyphen(broken, kept):
    doc = structure(f"Năm 2019, {broken} trong năm đó.\n")
    assert kept in doc.text


# --- an HTML page's dek and pull-quote ------------------------------------------------------------
_ARTICLE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<main><article><header><h1>{title}</h1><p class="{dek_class}">{dek}</p></header>
<p>Ngày 25/3/1971, Chi-lê thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa. Năm 2004, nước này lần đầu đăng cai Năm APEC tại thủ đô Xan-ti-a-gô.</p>
<p>Tháng 11/2011, hai nước ký Hiệp định Thương mại tự do Việt Nam – Chi-lê, hiệp định có hiệu lực từ ngày 1/1/2014 và mở ra nhiều cơ hội mới cho doanh nghiệp.</p>
{quote}
<p>“Chi-lê là cửa ngõ để hàng hóa Việt Nam đi vào Nam Mỹ”, Đại sứ nói. Theo ông, hai bên sẽ tận dụng hiệp định để nâng kim ngạch thương mại.</p>
</article></main></body></html>"""
_DEK = "Sau nửa thế kỷ, Chi-lê đã trở thành một đối tác hàng đầu của Việt Nam tại Mỹ Latinh."


def _page(tmp_path, quote: str, dek_class: str = "dek"):
    path = tmp_path / "bai.html"
    html = _ARTICLE.format(
        title="Việt Nam – Chi-lê: nửa thế kỷ hợp tác", dek_class=dek_class, dek=_DEK, quote=quote
    )
    path.write_text(html, encoding="utf-8")
    doc = parse_file(path)
    return [doc.block_text(b) for b in doc.blocks if b.type is BlockType.PARAGRAPH]


@pytest.mark.parametrize(
    "quote",
    [
        '<blockquote class="pullquote"><p>Chi-lê là cửa ngõ để hàng hóa Việt Nam đi vào Nam Mỹ</p></blockquote>',
        '<aside class="pull-quote">Chi-lê là cửa ngõ để hàng hóa Việt Nam đi vào Nam Mỹ</aside>',
        "<blockquote><p>“Chi-lê là cửa ngõ để hàng hóa Việt Nam đi vào Nam Mỹ”</p></blockquote>",  # said again
    ],
)
def test_a_pull_quote_is_left_out_and_the_dek_kept(tmp_path, quote):
    paras = _page(tmp_path, quote)
    assert paras[0] == _DEK
    assert paras[-1].startswith("“Chi-lê là cửa ngõ")
    assert not any(p.startswith("Chi-lê là cửa ngõ") for p in paras)


def test_a_quotation_said_once_stays(tmp_path):
    quote = "<blockquote><p>Hợp tác giữa hai nước là hình mẫu cho quan hệ Nam – Nam trong thế kỷ mới.</p></blockquote>"
    paras = _page(tmp_path, quote, dek_class="standfirst")
    assert paras[0] == _DEK
    assert any(p.startswith("Hợp tác giữa hai nước là hình mẫu") for p in paras)


# --- a table under a heading line, in a Word export with a blank line after every line --------------
def _table_export(head: str) -> str:
    rows = [
        "Cửa khẩu phía Việt Nam\tCửa khẩu phía Trung Quốc\tHuyện",
        "Hữu Nghị\tHữu Nghị Quan\tCao Lộc",
        "Tân Thanh\tPò Chài\tVăn Lãng",
    ]
    lead = (
        "II. NHIỆM VỤ NĂM 2024\r\n\r\n1. Dự kiến cử đoàn công tác của tỉnh sang thăm Quảng Tây trong quý II/2024."
        "\r\n\r\n2. Phấn đấu phối hợp với phía Quảng Tây tổ chức Hội nghị gặp gỡ đầu Xuân giữa Bí thư Tỉnh ủy"
        " hai bên.\r\n\r\n"
    )
    return lead + f"{head}\r\n\r\n" + "\r\n\r\n".join(rows) + "\r\n"


@pytest.mark.parametrize(
    "head", ["Phụ lục: Một số cặp cửa khẩu trên địa bàn tỉnh", "Các cặp cửa khẩu chính", "DANH MỤC CỬA KHẨU"]
)
def test_rows_under_a_heading_line_are_a_table(tmp_path, head):
    path = tmp_path / "baocao.txt"
    path.write_text(_table_export(head), encoding="utf-8")
    doc = parse_file(path)
    got = [(b.type.value, doc.block_text(b)) for b in doc.blocks]
    assert [t for k, t in got if k == "table"] == [
        "Cửa khẩu phía Việt Nam  Cửa khẩu phía Trung Quốc  Huyện",
        "Hữu Nghị  Hữu Nghị Quan  Cao Lộc",
        "Tân Thanh  Pò Chài  Văn Lãng",
    ]
    assert ("heading", head) in got


def test_rows_going_on_from_a_cut_sentence_are_no_table():
    # justified PDF text: a sentence cut at a line end, then lines with double spaces, no blank line
    text = (
        "Hai nước đã ký nhiều văn kiện quan trọng về hợp tác trong\n"
        "các lĩnh vực  kinh tế,  thương mại và đầu tư\n"
        "giữa hai  bên trong  những năm gần đây và\n"
        "sẽ tiếp tục mở rộng hợp tác.\n"
    )
    doc = structure(text)
    assert not of_type(doc, BlockType.TABLE)
