"""Pages laid out with tables (the 2000s style): their paragraphs are read as paragraphs."""

from __future__ import annotations

from doingoai.read.html import html_main_text, unwrap_layout_tables

_PAGE = (
    "<html><head><title>Việt Nam gia nhập Liên Hợp Quốc - Báo X</title></head><body>"
    '<table width="980"><tr><td class="menu"><a href="/">Trang chủ</a> | <a href="/tg">Thế giới</a></td></tr>'
    '<tr><td class="content"><h1>Việt Nam gia nhập Liên Hợp Quốc</h1>'
    "<p>Ngày 20/9/1977, Đại hội đồng Liên Hợp Quốc khóa 32 đã kết nạp Việt Nam là thành viên thứ 149 của tổ chức.</p>"
    "<p>Việc gia nhập Liên Hợp Quốc mở ra một giai đoạn mới trong quan hệ đối ngoại đa phương của Việt Nam.</p>"
    "<table><tr><th>Năm</th><th>Sự kiện</th></tr><tr><td>1977</td><td>Gia nhập Liên Hợp Quốc</td></tr></table>"
    "</td></tr></table></body></html>"
)


def test_a_page_laid_out_with_tables_gives_its_paragraphs_one_a_line():
    text, title = html_main_text(_PAGE, "p.html")
    lines = text.split("\n\n")
    assert title == "Việt Nam gia nhập Liên Hợp Quốc"
    assert (
        "Ngày 20/9/1977, Đại hội đồng Liên Hợp Quốc khóa 32 đã kết nạp Việt Nam là thành viên thứ 149 của tổ chức."
        in lines
    )
    assert (
        "Việc gia nhập Liên Hợp Quốc mở ra một giai đoạn mới trong quan hệ đối ngoại đa phương của Việt Nam."
        in lines
    )
    assert not any(line.startswith("|") and "Ngày 20/9/1977" in line for line in lines)


def test_a_table_of_data_inside_the_layout_stays_a_table():
    out = unwrap_layout_tables(_PAGE)
    assert out.count("<table") == 1 and "<td>1977</td>" in out


def test_a_page_without_tables_is_left_as_it_is():
    page = "<html><body><p>Không có bảng.</p></body></html>"
    assert unwrap_layout_tables(page) is page


def test_a_table_of_data_with_paragraphs_in_its_cells_stays_a_table():
    page = (
        "<table><tr><td><p>Năm</p></td><td><p>Đối tác</p></td></tr>"
        "<tr><td><p>2023</p></td><td><p>Lào</p></td></tr></table>"
    )
    assert "<table" in unwrap_layout_tables(page)


def test_an_xhtml_page_laid_out_with_tables_is_unwrapped_too():
    page = '<?xml version="1.0" encoding="utf-8"?>' + _PAGE
    assert unwrap_layout_tables(page).count("<table") == 1  # only the table of data is left


def test_the_fallback_page_date_is_the_one_by_the_headline_not_a_list_before_it():
    from doingoai.read.html import _meta_line_date

    page = (
        '<ul><li><span class="time">01/02/2019</span> Tin cũ</li></ul>'
        + "<p>"
        + "Tin khác. " * 80
        + "</p>"
        + '<article><h1>Tin chính</h1><p class="meta">Thứ Sáu, 08/03/2024</p></article>'
    )
    assert _meta_line_date(page) == "2024-03-08"
