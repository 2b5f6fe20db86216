"""Eighth round of structure rules (shapes, not words of one set), each with a negative twin:
wiki-style "== … ==" headings, an infobox's "Field: value" lines with no blank line between, items
with the same bullet and no end punctuation, a legislature's session line under its name above the
act's kind, the issuer named again on one line under the title, "Xét Tờ trình …" as a legal basis,
a publication's masthead over a title with its dateline, and HTML subheads a fallback extractor drops."""

from __future__ import annotations

import pytest

from doingoai.model import BlockType
from doingoai.pipeline import parse_text
from doingoai.read.html import read_page
from doingoai.read.html_parts import restore_subheads
from structure_helpers import blocks


def _parsed(text: str):
    doc = parse_text(text)
    return doc, blocks(doc)


@pytest.mark.parametrize(
    "marks, level",
    [("==", 1), ("===", 2)],
)
@pytest.mark.parametrize("words", ["Lịch sử", "Quan hệ với các nước láng giềng", "Thời kỳ 1946–1954"])
def test_wiki_heading_keeps_its_words(marks: str, level: int, words: str) -> None:
    text = (
        "Tổ chức Ví dụ\n\nTổ chức Ví dụ là một tổ chức quốc tế được thành lập năm 1950.\n\n"
        "== Tổng quan ==\n\nĐoạn mở đầu của phần tổng quan có nhiều câu.\n\n"
        f"{marks} {words} {marks}\n\nNăm 1957, tổ chức mở rộng hợp tác với nhiều nước.\n"
    )
    doc, got = _parsed(text)
    heads = [(doc.block_text(b), b.level) for b in doc.blocks if b.type is BlockType.HEADING]
    assert ("Tổng quan", 1) in heads
    assert (words, level) in heads
    assert ("paragraph", "Năm 1957, tổ chức mở rộng hợp tác với nhiều nước.") in got


@pytest.mark.parametrize("line", ["== Lịch sử", "Công thức a == b là so sánh", "== Lịch sử ==="])
def test_unbalanced_equals_are_no_wiki_heading(line: str) -> None:
    doc, got = _parsed(f"Tiêu đề bài\n\nMột đoạn văn mở đầu.\n\n{line}\n\nĐoạn sau đó.\n")
    assert not any(t == "Lịch sử" for _, t in got)


@pytest.mark.parametrize(
    "fields",
    [
        ["Thành lập: 23 tháng 11 năm 1946", "Trụ sở: Hà Nội", "Lĩnh vực: Nhân đạo"],
        ["Thủ đô: Viên", "Ngôn ngữ: tiếng Đức", "Dân số: khoảng 9 triệu người", "Tiền tệ: Euro"],
    ],
)
def test_infobox_lines_are_one_paragraph_each(fields: list[str]) -> None:
    text = "Mục từ ví dụ\n\n" + "\n".join(fields) + "\n\nMục từ ví dụ là một chủ thể có lịch sử lâu đời.\n"
    _, got = _parsed(text)
    for f in fields:
        assert ("paragraph", f) in got


def test_wrapped_sentence_with_a_colon_still_joins() -> None:
    text = (
        "Tiêu đề bài viết\n\nBộ trưởng nhấn mạnh điều quan trọng nhất trong quan hệ hai nước hiện nay là:\n"
        "tin cậy chính trị và hợp tác kinh tế thực chất.\n"
    )
    _, got = _parsed(text)
    assert any(t.startswith("Bộ trưởng nhấn mạnh") and t.endswith("thực chất.") for _, t in got)


@pytest.mark.parametrize("bullet", ["*", "-", "•"])
def test_same_bullet_items_without_end_punctuation_are_apart(bullet: str) -> None:
    text = (
        "Tiêu đề\n\nĐoạn mở đầu của bài viết.\n\nXem thêm\n\n"
        f"{bullet} Phong trào quốc tế về nhân đạo\n{bullet} Công ước Giơ-ne-vơ\n{bullet} Hội nghị quốc tế\n"
    )
    _, got = _parsed(text)
    items = [t for k, t in got if k == "list_item"]
    assert items == [
        f"{bullet} Phong trào quốc tế về nhân đạo",
        f"{bullet} Công ước Giơ-ne-vơ",
        f"{bullet} Hội nghị quốc tế",
    ]


def test_wrapped_item_line_without_bullet_goes_on() -> None:
    text = "Tiêu đề\n\nĐoạn mở đầu.\n\n* Phong trào Chữ thập đỏ và\nTrăng lưỡi liềm đỏ quốc tế\n* Công ước\n"
    _, got = _parsed(text)
    assert ("list_item", "* Phong trào Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế") in got


RESOLUTION = (
    "{issuer}\n{session}\n\n            NGHỊ QUYẾT\n  Về việc phê chuẩn {subject}\n\n{enact}\n\n"
    "Căn cứ vào Điều 84 của Hiến pháp năm 1992;\n\n{basis}\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1. Phê chuẩn {subject}.\n\nĐiều 2. Giao Chính phủ tổ chức thực hiện.\n"
)


@pytest.mark.parametrize(
    "issuer, session, enact, basis",
    [
        (
            "QUỐC HỘI\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Khóa IX, kỳ họp thứ 5",
            "QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Xét Tờ trình của Chính phủ,",
        ),
        ("QUỐC HỘI", "Khoá XV, Kỳ họp thứ 6", "QUỐC HỘI", "Theo đề nghị của Chính phủ,"),
        ("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Khóa XIV", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Xét Báo cáo của Chính phủ,"),
    ],
)
def test_resolution_under_a_session_line(issuer: str, session: str, enact: str, basis: str) -> None:
    subject = "Hiệp định về hợp tác nghề cá"
    doc, got = _parsed(
        RESOLUTION.format(issuer=issuer, session=session, enact=enact, basis=basis, subject=subject)
    )
    assert doc.title == f"NGHỊ QUYẾT Về việc phê chuẩn {subject}"
    assert ("paragraph", enact) in got  # the issuer named again: no heading
    assert ("paragraph", "Căn cứ vào Điều 84 của Hiến pháp năm 1992;") in got
    assert ("paragraph", basis) in got


def test_upper_case_heading_after_a_session_like_line_is_no_issuer() -> None:
    text = "VIỆT NAM VÀ ASEAN\nKhóa luận tốt nghiệp năm 2020\n\nMở đầu\n\nĐoạn văn đầu tiên của khóa luận.\n"
    doc, _ = _parsed(text)
    assert doc.title is None or not doc.title.startswith("Khóa luận")


@pytest.mark.parametrize(
    "masthead, dateline",
    [
        ("Báo Quốc tế điện tử – Chuyên mục Đối ngoại", "Đăng ngày 25/11/2021"),
        ("Tạp chí Cộng sản – Thế giới: Vấn đề và Sự kiện", "Cập nhật: 01/07/2019 08:00"),
        ("Cổng thông tin điện tử Bộ Ngoại giao", "Thứ Năm, 25/11/2021 10:00"),
    ],
)
def test_masthead_over_a_dated_title(masthead: str, dateline: str) -> None:
    title = "Phỏng vấn: Nửa thế kỷ quan hệ hai nước"
    text = f"{masthead}\n\n{title}\n{dateline}\n\nNhân dịp kỷ niệm, phóng viên đã phỏng vấn Đại sứ.\n"
    doc, _ = _parsed(text)
    assert doc.title == title


def test_masthead_without_a_dateline_under_the_title_stays_the_title() -> None:
    text = "Báo Quốc tế điện tử – Chuyên mục Đối ngoại\n\nPhỏng vấn Đại sứ\n\nNhân dịp kỷ niệm, phóng viên đã phỏng vấn.\n"
    doc, _ = _parsed(text)
    assert doc.title == "Báo Quốc tế điện tử – Chuyên mục Đối ngoại"


PAGE = """<html><head><title>Tin A</title></head><body>
<div class="menu"><a href="/">Trang chủ</a></div><div class="detail"><h1>Hội nghị cấp cao lần thứ nhất tại Hà Nội</h1>
<p>Đoạn thứ nhất kể về hội nghị cấp cao được tổ chức tại Hà Nội trong hai ngày với nhiều hoạt động.</p>
<{tag}>{head}</{tag}>
<p>Đoạn thứ hai nói về kết quả của hội nghị, các bên thông qua tuyên bố chung về hợp tác.</p>
</div><div class="related"><h4>Tin liên quan</h4><ul><li><a href="/1">Tin khác một</a></li></ul></div></body></html>"""


@pytest.mark.parametrize("tag, level", [("h2", 2), ("h3", 3), ("h5", 5)])
def test_dropped_subhead_is_put_back_in_place(tag: str, level: int) -> None:
    lines = [
        "Đoạn thứ nhất kể về hội nghị cấp cao được tổ chức tại Hà Nội trong hai ngày với nhiều hoạt động.",
        "Đoạn thứ hai nói về kết quả của hội nghị, các bên thông qua tuyên bố chung về hợp tác.",
    ]
    html = PAGE.format(tag=tag, head="Kết quả hội nghị")
    out, ranks = restore_subheads(html, lines)
    assert out == [lines[0], "Kết quả hội nghị", lines[1]]
    assert ranks == {"kết quả hội nghị": level}
    page = read_page(html, "p.html")
    assert page.markup is not None and page.markup["headings"]


def test_sidebar_heading_and_lead_are_not_put_back() -> None:
    lines = [
        "Đoạn thứ nhất kể về hội nghị cấp cao được tổ chức tại Hà Nội trong hai ngày với nhiều hoạt động.",
        "Đoạn thứ hai nói về kết quả của hội nghị, các bên thông qua tuyên bố chung về hợp tác.",
    ]
    html = PAGE.replace("<{tag}>{head}</{tag}>", '<h2 class="lead">Kết quả hội nghị</h2>')
    assert restore_subheads(html, lines) == (lines, {})
    html = PAGE.format(
        tag="h2", head="Kết quả hội nghị rất tốt. Các bên nhất trí hợp tác lâu dài trong nhiều lĩnh vực."
    )
    assert restore_subheads(html, lines) == (lines, {})
    out, _ = restore_subheads(PAGE.format(tag="h2", head="Kết quả"), lines)
    assert "Tin liên quan" not in out
