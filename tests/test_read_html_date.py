"""The publication date of an HTML page, read from its markup into doc.meta["date"] (pages written
for these tests)."""

from __future__ import annotations

import pytest

from doingoai.read import read_file
from doingoai.read.html import page_date

BODY = (
    "<p>Hiệp ước về biên giới giữa hai nước được ký tại Hà Nội ngày 30/12/1999 sau nhiều vòng đàm phán.</p>"
    "<p>Ngày 31/12/2008, hai bên hoàn thành công tác phân giới cắm mốc trên toàn tuyến biên giới.</p>"
    "<p>Hai bên nhất trí tiếp tục thúc đẩy quan hệ hợp tác trên mọi lĩnh vực trong thời gian tới.</p>"
)


def _page(head: str = "", top: str = "") -> str:
    return (
        f'<html lang="vi"><head><meta charset="utf-8"><title>Tin đối ngoại</title>{head}</head><body>'
        f"<article><h1>Hai nước hoàn thành phân giới cắm mốc</h1>{top}{BODY}</article>"
        "<footer><p>© 2024 Báo Điện tử</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "head, top, expected",
    [
        ('<meta property="article:published_time" content="2021-05-04T10:00:00+07:00">', "", "2021-05-04"),
        ('<meta property="og:published_time" content="2020-01-02">', "", "2020-01-02"),
        ("", '<time datetime="2019-07-08T08:00">8/7/2019</time>', "2019-07-08"),
        ("", '<span class="date">Thứ Tư, 18/11/2009 | 21:15</span>', "2009-11-18"),
        ("", '<span class="date">05/04/2021</span>', "2021-04-05"),  # day first
    ],
)
def test_date_from_markup(head, top, expected):
    assert page_date(_page(head, top)) == expected


def test_dates_in_the_article_or_a_copyright_year_are_not_the_page_date():
    assert page_date(_page()) is None


def test_read_file_puts_the_date_in_meta(tmp_path):
    path = tmp_path / "tin.html"
    path.write_text(_page(top='<span class="date">18/11/2009 | 21:15</span>'), encoding="utf-8")
    doc = read_file(path)
    assert doc.meta["date"] == "2009-11-18"
    assert "Hiệp ước về biên giới" in doc.raw


def test_page_without_a_date_has_none_in_meta(tmp_path):
    path = tmp_path / "tin.html"
    path.write_text(_page(), encoding="utf-8")
    assert "date" not in read_file(path).meta


def test_broken_markup_gives_no_date():
    assert page_date("<html><head><meta property='article:published_time' content='not a date'>") is None
