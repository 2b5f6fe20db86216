"""A news page's headline, time stamp and data tables: the headline is the title (once), never glued to
the lead; the time stamp line is page furniture (its date the page's when the markup gives none); a data
table's rows are blocks of their own whatever their cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from doingoai.model import BlockType
from doingoai.pipeline import parse_file
from doingoai.read import read_file
from doingoai.read.html_parts import time_stamp_date

HEADLINE = "Thủ tướng Niu Di-lân thăm Việt Nam, hai nước nâng cấp quan hệ"
LEAD = (
    "(Mẫu) - Việt Nam và Niu Di-lân nâng quan hệ lên Đối tác chiến lược toàn diện nhân chuyến thăm chính thức "
    "Việt Nam của Thủ tướng Christopher Luxon."
)
BODY = (
    "Hà Nội, 27/2/2025 - Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Niu Di-lân Christopher Luxon.<br><br>"
    "Việt Nam và Niu Di-lân thiết lập quan hệ ngoại giao ngày 19/6/1975 và nâng quan hệ lên Đối tác chiến lược "
    "năm 2020.<br><br>Hai bên nhất trí đưa kim ngạch thương mại song phương lên 3 tỷ USD vào năm 2026."
)


def _page(title: str, stamp: str, date_class: str = "date") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>
<body>
<table width="100%"><tr><td class="menu"><a href="/">TRANG CHỦ</a> | <a href="/tg">QUỐC TẾ</a></td></tr></table>
<table width="100%"><tr>
<td class="left-col" width="20%"><ul><li><a>Chuyên mục Thời sự</a></li><li><a>Chuyên mục Pháp luật</a></li></ul></td>
<td class="main-col">
<div class="{date_class}">{stamp}</div>
<h2>{HEADLINE}</h2>
<div class="sapo"><b>{LEAD}</b></div>
<div class="noidung">
{BODY}
</div>
<div class="social"><a>Like</a> <a>Share</a></div>
</td></tr></table>
<div class="footer">Báo Điện tử Mẫu – Giấy phép 000/GP-BTTTT.</div>
</body></html>"""


def _blocks(path: Path) -> list[tuple[BlockType, str]]:
    doc = parse_file(path)
    return [(b.type, doc.block_text(b)) for b in doc.blocks]


def test_the_headline_under_a_date_line_is_the_title_once_and_the_lead_stands_apart(tmp_path):
    path = tmp_path / "tin.html"
    path.write_text(_page(HEADLINE, "Cập nhật lúc 10:05 ngày 27/02/2025"), encoding="utf-8")
    blocks = _blocks(path)
    assert blocks[0] == (BlockType.TITLE, HEADLINE)
    assert blocks[1] == (BlockType.PARAGRAPH, LEAD)
    assert sum(HEADLINE in t for _, t in blocks) == 1
    assert not any("10:05" in t for _, t in blocks)  # the time stamp is no paragraph


def test_the_time_stamp_dates_the_page_when_the_markup_does_not(tmp_path):
    path = tmp_path / "tin.html"
    path.write_text(_page(HEADLINE, "Thứ Năm, 27/02/2025, 10:05 (GMT+7)", "x"), encoding="utf-8")
    doc = read_file(path)
    assert "10:05" not in doc.raw
    assert doc.meta["date"] == "2025-02-27"


def test_a_headline_that_is_not_the_title_is_a_heading_of_its_own(tmp_path):
    """The <title> names only the site: the <h2> headline is still never glued to the lead."""
    path = tmp_path / "tin.html"
    path.write_text(_page("Báo Điện tử Mẫu", "Cập nhật lúc 10:05 ngày 27/02/2025"), encoding="utf-8")
    blocks = _blocks(path)
    assert (BlockType.HEADING, HEADLINE) in blocks
    assert (BlockType.PARAGRAPH, LEAD) in blocks


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Cập nhật lúc 21:05 ngày 03/09/2016", "2016-09-03"),
        ("Thứ Sáu, 08/03/2024, 06:30 (GMT+7)", "2024-03-08"),
        ("18/11/2009 | 21:15", "2009-11-18"),
        ("Chủ nhật, 01/08/2010, 07:15 GMT+7", "2010-08-01"),
        ("Cập nhật: 18:40 ngày 30-01-2024", "2024-01-30"),
        ("20:15 10/9/2023", "2023-09-10"),
        ("Published: 12/05/2022 10:00", "2022-05-12"),
        # not a time stamp: a date without a time, a sentence, a dateline opening a paragraph, other furniture
        ("Cập nhật: tháng 3/2025", None),
        ("Cập nhật: 01/09/2023", None),
        ("Ngày 10/9/2023, hai bên ký Bản ghi nhớ lúc 10:00.", None),
        ("Hà Nội, 3/9/2016 - Thủ tướng tiếp Đại sứ", None),
        ("Đăng lúc 26/01/2023 | 09:15 | Lượt xem: 412", None),
        ("10:00 - 11:30: Hội đàm 12/5/2022 và 13/5/2022", None),
    ],
)
def test_what_a_time_stamp_line_is(line, date):
    assert time_stamp_date(line) == date


TABLE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Các hiệp định thương mại tự do | Báo Mẫu</title>
</head><body><nav><a href="/">Trang chủ</a></nav><article><h1>Các hiệp định thương mại tự do</h1>
<p>Việt Nam đã ký nhiều hiệp định thương mại tự do song phương và đa phương trong hai thập niên qua.</p>
<table><tr><th>Hiệp định</th><th>Đối tác</th><th>Ngày ký</th></tr>
<tr><td>Hiệp định Thương mại tự do Việt Nam – Chi-lê (VCFTA)</td><td>Chi-lê</td><td>11/11/2011</td></tr>
<tr><td>Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu</td><td></td><td>29/5/2015</td></tr>
<tr><td>Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP)</td><td>ASEAN và 5 nước</td><td>15/11/2020</td></tr>
</table>
<p>Các hiệp định này giúp Việt Nam hội nhập sâu rộng vào nền kinh tế thế giới.</p>
</article></body></html>"""


def test_a_data_tables_rows_are_blocks_whatever_their_cells(tmp_path):
    """A row with an empty cell is still a row, the empty cell keeping its place between two tabs (four spaces
    once cleaned), and the paragraph after the table is not glued to the last row."""
    path = tmp_path / "bang.html"
    path.write_text(TABLE_PAGE, encoding="utf-8")
    blocks = _blocks(path)
    rows = [t for typ, t in blocks if typ is BlockType.TABLE]
    assert rows == [
        "Hiệp định  Đối tác  Ngày ký",
        "Hiệp định Thương mại tự do Việt Nam – Chi-lê (VCFTA)  Chi-lê  11/11/2011",
        "Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu    29/5/2015",
        "Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP)  ASEAN và 5 nước  15/11/2020",
    ]
    assert blocks[-1] == (
        BlockType.PARAGRAPH,
        "Các hiệp định này giúp Việt Nam hội nhập sâu rộng vào nền kinh tế thế giới.",
    )
