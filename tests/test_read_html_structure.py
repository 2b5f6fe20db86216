"""An HTML page's structure from its markup: h2–h6 headings carried through to the structure stage,
the <h1> as title when the <title> repeats it with a site name, datelines and other plain short
paragraphs not taken for headings. Pages written for these tests."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.errors import Code, DoingoaiError
from doingoai.model import BlockType
from doingoai.pipeline import parse_stages, run
from doingoai.read import read_bytes
from doingoai.read.html import read_page

_LONG = (
    "Hai bên nhất trí tiếp tục tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác kinh tế, thương mại, "
    "đầu tư, giáo dục và đào tạo, vì lợi ích của nhân dân hai nước và vì hòa bình, ổn định trong khu vực."
)


def _page(body: str, title: str = "Hỏi – đáp về quan hệ Việt Nam – Lào") -> str:
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<nav><a href="/">Trang chủ</a> › <a href="/doi-ngoai">Đối ngoại</a></nav>'
        f"<main><article>{body}</article></main><footer>© Cổng thông tin đối ngoại</footer></body></html>"
    )


def _parse(html: str, name: str = "page.html"):
    doc = read_bytes(html.encode("utf-8"), name, "html")
    return run(doc, parse_stages())


def _blocks(doc) -> list[tuple[str, int | None, str]]:
    return [(b.type.value, b.level, doc.block_text(b)) for b in doc.blocks]


def _answer(k: int) -> str:
    return f"<p>Trả lời {k}: {_LONG}</p>"


FAQ = _page(
    "<h1>Hỏi – đáp về quan hệ Việt Nam – Lào</h1>"
    '<p class="updated">Cập nhật: 05/09/2022</p>'
    '<section class="faq">'
    "<h2>Việt Nam và Lào thiết lập quan hệ ngoại giao khi nào?</h2>"
    + _answer(1)
    + "<h3>Hiệp ước nào đặt nền tảng cho quan hệ hai nước?</h3>"
    + _answer(2)
    + "<h2>Hai nước hợp tác trong những lĩnh vực nào?</h2>"
    + _answer(3)
    + "</section>"
)


def test_faq_questions_in_h2_and_h3_are_headings_with_levels():
    doc = _parse(FAQ)
    got = _blocks(doc)
    assert doc.title == "Hỏi – đáp về quan hệ Việt Nam – Lào"
    assert ("heading", 1, "Việt Nam và Lào thiết lập quan hệ ngoại giao khi nào?") in got
    assert ("heading", 2, "Hiệp ước nào đặt nền tảng cho quan hệ hai nước?") in got
    assert ("heading", 1, "Hai nước hợp tác trong những lĩnh vực nào?") in got
    answers = [t for kind, _, t in got if t.startswith("Trả lời")]
    assert len(answers) == 3
    assert all(kind == "paragraph" for kind, _, t in got if t.startswith("Trả lời"))
    assert not any(kind == "heading" and t.startswith("Cập nhật") for kind, _, t in got)


def test_levels_are_relative_to_the_highest_heading_tag_kept():
    page = _page(
        "<h1>Hỏi – đáp về quan hệ Việt Nam – Lào</h1>"
        "<h3>Việt Nam và Lào thiết lập quan hệ ngoại giao khi nào?</h3>"
        + _answer(1)
        + "<h4>Ai ký Hiệp ước Hữu nghị và Hợp tác?</h4>"
        + _answer(2)
    )
    got = _blocks(_parse(page))
    assert ("heading", 1, "Việt Nam và Lào thiết lập quan hệ ngoại giao khi nào?") in got
    assert ("heading", 2, "Ai ký Hiệp ước Hữu nghị và Hợp tác?") in got


def test_markup_offsets_point_at_the_heading_lines_in_the_raw_text():
    page = read_page(FAQ, "faq.html")
    assert page.markup is not None
    texts = [(page.text[s:e], level) for s, e, level in page.markup["headings"]]
    assert texts == [
        ("Việt Nam và Lào thiết lập quan hệ ngoại giao khi nào?", 1),
        ("Hiệp ước nào đặt nền tảng cho quan hệ hai nước?", 2),
        ("Hai nước hợp tác trong những lĩnh vực nào?", 1),
    ]
    assert [page.text[s:e] for s, e in page.markup["plain"]] == ["Cập nhật: 05/09/2022"]


def test_a_heading_whose_text_the_clean_stage_rewrites_is_still_found():
    question = "Việt Nam và Lào ký Hiệp ước Hữu nghị và Hợp tác khi nào?"
    page = _page(
        "<h1>Hỏi – đáp về quan hệ Việt Nam – Lào</h1>"
        f"<h2>{unicodedata.normalize('NFD', question)}</h2>"
        + _answer(1)
        + "<h2>Hai nước hợp tác ra sao?</h2>"
        + _answer(2)
    )
    got = _blocks(_parse(page))
    assert ("heading", 1, question) in got
    assert ("heading", 1, "Hai nước hợp tác ra sao?") in got


def test_a_lead_set_as_an_h2_stays_a_paragraph():
    lead = (
        "Nhân dịp 60 năm thiết lập quan hệ ngoại giao, Đại sứ Việt Nam trả lời phỏng vấn về kết quả hợp tác "
        "giữa hai nước. Đại sứ cho biết hai bên đã ký nhiều văn kiện quan trọng."
    )
    page = _page(
        f"<h1>Quan hệ Việt Nam – Lào: sáu thập kỷ gắn bó</h1><h2 class='intro'>{lead}</h2>" + _answer(1)
    )
    doc = _parse(page)
    assert not any(b.type is BlockType.HEADING for b in doc.blocks)
    assert ("paragraph", None, lead) in _blocks(doc)


@pytest.mark.parametrize("cls", ["sapo", "intro"])
def test_a_one_sentence_lead_in_an_h2_is_not_a_heading(cls):
    # short enough for a heading: its class (sapo) or its full stop after many words says it is the lead
    lead = "Nhân dịp 60 năm quan hệ ngoại giao, Đại sứ Việt Nam trả lời phỏng vấn báo Quốc tế."
    page = _page(
        f"<h1>Quan hệ Việt Nam – Lào: sáu thập kỷ gắn bó</h1><h2 class='{cls}'>{lead}</h2>"
        + _answer(1)
        + "<h2>Hợp tác kinh tế</h2>"
        + _answer(2)
    )
    got = _blocks(_parse(page))
    assert not any(kind == "heading" and t == lead for kind, _, t in got)
    assert ("heading", 1, "Hợp tác kinh tế") in got


# ---- title -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Hội nghị Cấp cao Việt Nam – Lào – Campuchia lần thứ mười – Bộ Ngoại giao",
        "Hội nghị Cấp cao Việt Nam – Lào – Campuchia lần thứ mười | Báo Thế giới và Việt Nam",
        "Cổng thông tin đối ngoại | Hội nghị Cấp cao Việt Nam – Lào – Campuchia lần thứ mười",
    ],
)
def test_the_h1_is_the_title_when_the_title_tag_adds_a_site_name(title):
    h1 = "Hội nghị Cấp cao Việt Nam – Lào – Campuchia lần thứ mười"
    # the page's first kept line is a dateline, so the title is not simply the first line
    page = _page(f"<h1>{h1}</h1><p class='dateline'>Viêng Chăn, ngày 2/3/2021</p>" + _answer(1), title=title)
    doc = _parse(page)
    assert doc.meta["title"] == h1
    assert doc.title == h1


def test_an_en_dash_inside_the_title_is_kept_without_h1():
    page = _page(_answer(1) + _answer(2), title="Quan hệ Việt Nam – Lào trong tình hình mới | Báo X")
    assert _parse(page).title == "Quan hệ Việt Nam – Lào trong tình hình mới"


def test_a_short_h1_naming_the_site_is_not_the_title():
    page = _page(
        "<h1>Báo Thế giới</h1>" + _answer(1) + _answer(2),
        title="Báo Thế giới | Việt Nam và Lào ký kết kế hoạch hợp tác năm 2021",
    )
    title = _parse(page).title
    assert title is not None and title != "Báo Thế giới"


# ---- datelines and plain short paragraphs -----------------------------------------------------------


@pytest.mark.parametrize(
    "dateline", ["TP. Hồ Chí Minh, ngày 5/4/2014", "Hà Nội, ngày 12/1/2026", "Viêng Chăn, 2/3/2021"]
)
@pytest.mark.parametrize(
    "markup", ['<p class="dateline">{}</p>', "<p><em>{}</em></p>", '<span class="place-date">{}</span>']
)
def test_a_dateline_paragraph_is_not_a_heading(dateline, markup):
    page = _page(
        "<h1>Thông cáo báo chí về Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế</h1>"
        + markup.format(dateline)
        + _answer(1)
        + _answer(2)
    )
    doc = _parse(page)
    got = _blocks(doc)
    assert not any(kind == "heading" for kind, _, _ in got)
    assert any(kind == "paragraph" and t == dateline for kind, _, t in got)
    assert doc.title == "Thông cáo báo chí về Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế"


def test_a_dateline_inside_a_div_around_the_whole_release_is_not_a_heading():
    page = _page(
        '<div class="press-release"><h1>Thông cáo báo chí về Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế</h1>'
        '<p class="dateline">TP. Hồ Chí Minh, ngày 5/4/2014</p>'
        + _answer(1)
        + _answer(2)
        + _answer(3)
        + "</div>"
    )
    got = _blocks(_parse(page))
    assert ("paragraph", None, "TP. Hồ Chí Minh, ngày 5/4/2014") in got
    assert not any(kind == "heading" for kind, _, _ in got)


def test_a_short_plain_line_in_the_body_is_not_a_heading():
    # a photo caption in italics and a plain one: short, no full stop, before a longer paragraph
    page = _page(
        "<h1>Việt Nam và Lào ký kế hoạch hợp tác năm 2021</h1>"
        + _answer(1)
        + "<p><em>Quang cảnh lễ ký kết tại Hà Nội</em></p>"
        + _answer(2)
        + "<p>Hai đoàn chụp ảnh lưu niệm</p>"
        + _answer(3)
    )
    got = _blocks(_parse(page))
    assert ("paragraph", None, "Quang cảnh lễ ký kết tại Hà Nội") in got
    assert ("paragraph", None, "Hai đoàn chụp ảnh lưu niệm") in got
    assert not any(kind == "heading" for kind, _, _ in got)


def test_a_bold_paragraph_shaped_like_a_heading_is_still_a_heading():
    page = _page(
        "<h1>Việt Nam và Lào ký kế hoạch hợp tác năm 2021</h1>"
        + _answer(1)
        + "<p><strong>Tăng cường hợp tác kinh tế và giáo dục</strong></p>"
        + _answer(2)
    )
    assert ("heading", 1, "Tăng cường hợp tác kinh tế và giáo dục") in _blocks(_parse(page))


def test_a_bold_paragraph_that_is_a_sentence_stays_a_paragraph():
    sentence = "Hai bên ký kế hoạch hợp tác năm 2021."
    page = _page(
        "<h1>Việt Nam và Lào ký kế hoạch hợp tác năm 2021</h1>"
        + _answer(1)
        + f"<p><b>{sentence}</b></p>"
        + _answer(2)
    )
    assert ("paragraph", None, sentence) in _blocks(_parse(page))


def test_a_numbered_heading_in_a_plain_paragraph_stays_a_heading():
    page = _page(
        "<h1>Thông tin cơ bản về quan hệ Việt Nam – Lào</h1>"
        "<p>1. Quan hệ chính trị</p>" + _answer(1) + "<p>2. Quan hệ kinh tế</p>" + _answer(2)
    )
    got = _blocks(_parse(page))
    assert ("heading", 1, "1. Quan hệ chính trị") in got
    assert ("heading", 1, "2. Quan hệ kinh tế") in got


def test_a_page_without_headings_or_short_lines_hands_on_no_markup():
    page = _page(_answer(1) + _answer(2), title="Quan hệ Việt Nam – Lào")
    doc = read_bytes(page.encode("utf-8"), "p.html", "html")
    assert "markup" not in doc.meta


def test_a_page_without_main_text_is_still_e112():
    page = _page("<p>Trang chủ</p><h2>Tin mới</h2>")
    with pytest.raises(DoingoaiError) as err:
        read_bytes(page.encode("utf-8"), "empty.html", "html")
    assert err.value.code is Code.E112_HTML_NO_TEXT


# ---- robustness -------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<h2>",
        "</h2>",
        "<h3 class='sapo'>",
        "<b>",
        "</strong>",
        "<p style='font-weight:700'>",
        "<table><tr><td>",
        "</div>",
        "<!--",
        "&amp;",
        "&#x110;",
        "Hà Nội, ngày 5/4/2014",
        "Việt Nam và Lào thiết lập quan hệ ngoại giao khi nào?",
        _LONG,
        "\n",
        " ",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30))
def test_any_markup_gives_a_document_or_a_coded_error(pieces):
    page = _page("".join(pieces))
    try:
        doc = _parse(page)
    except DoingoaiError as err:
        assert err.code is Code.E112_HTML_NO_TEXT
        return
    for b in doc.blocks:  # every block is text of the page, and headings have a level
        assert doc.block_text(b)
        assert (b.level is not None) == (b.type is BlockType.HEADING)


def test_a_folder_with_a_broken_page_goes_on_with_the_others(tmp_path):
    from click.testing import CliRunner

    from doingoai.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_faq.html").write_text(FAQ, encoding="utf-8")
    (folder / "b_broken.html").write_text("<html><body><nav><a href='/'>Trang chủ</a>", encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(folder), "--json"])
    assert result.exit_code == 1
    assert any(ln.startswith("[E112] ") and "b_broken.html" in ln for ln in result.stderr.splitlines())
    assert "Việt Nam và Lào thiết lập quan hệ ngoại giao khi nào?" in result.stdout


def test_a_short_article_title_beside_a_longer_site_name_stays_the_title():
    body = (
        "<p>" + "Thủ tướng Phạm Minh Chính thăm chính thức Lào theo lời mời của Thủ tướng Lào. " * 3 + "</p>"
    )
    for title in (
        "Báo điện tử Đảng Cộng sản Việt Nam | Thủ tướng thăm Lào",
        "Thủ tướng thăm Lào - Cổng thông tin điện tử Bộ Ngoại giao Việt Nam",
    ):
        page = (
            f"<html><head><title>{title}</title></head><body><h1>Thủ tướng thăm Lào</h1>{body}</body></html>"
        )
        assert read_page(page, "x").title == "Thủ tướng thăm Lào"


def test_a_data_table_gives_table_rows_and_a_short_title_tag_yields_to_the_h1():
    body = (
        "<p>"
        + "Hai bên đã ký kết nhiều văn kiện hợp tác quan trọng trong chuyến thăm chính thức. " * 3
        + "</p>"
    )
    table = (
        "<table><tr><th>Văn kiện</th><th>Ngày ký</th></tr><tr><td>Hiệp định về hợp tác kinh tế</td>"
        "<td>25/12/2000</td></tr><tr><td>Hiệp định nghề cá</td><td>25/12/2000</td></tr></table>"
    )
    page = (
        "<html><head><title>Tin</title></head><body><h1>Các văn kiện được ký kết trong chuyến thăm</h1>"
        + body
        + table
        + "</body></html>"
    )
    doc = _parse(page, "tin.html")
    assert doc.title == "Các văn kiện được ký kết trong chuyến thăm"
    rows = [doc.text[b.start : b.end] for b in doc.blocks if b.type is BlockType.TABLE]
    assert rows == [
        "Văn kiện  Ngày ký",
        "Hiệp định về hợp tác kinh tế  25/12/2000",
        "Hiệp định nghề cá  25/12/2000",
    ]
    assert "|" not in doc.text


def test_a_date_element_classed_date_dates_the_page_but_not_an_update():
    from doingoai.read.html import page_date

    assert (
        page_date('<html><h1>Tin</h1><span class="date">27/11/2023 21:40 GMT+7</span></html>') == "2023-11-27"
    )
    assert page_date('<html><h1>Tin</h1><span class="post-date">27/11/2023</span></html>') == "2023-11-27"
    assert page_date('<html><h1>Tin</h1><span class="date-updated">27/11/2023</span></html>') is None
