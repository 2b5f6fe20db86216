"""Review fixes (session 5): Bootstrap's pull-left/right are no pull-quotes, a related article's summary is
no lead, a wrapped sentence opening with a year is no title."""

from __future__ import annotations

from doingoai.pipeline import parse_text
from doingoai.read.html_parts import drop_pull_quotes, lead_of

QUOTE = "Chúng tôi coi Việt Nam là đối tác tin cậy hàng đầu ở khu vực"


def test_a_floated_quotation_stays():
    html = f'<article><p>Đại sứ nói:</p><blockquote class="pull-right">{QUOTE}</blockquote></article>'
    assert drop_pull_quotes(html, ["Đại sứ nói:", QUOTE]) == ["Đại sứ nói:", QUOTE]


def test_a_pull_quote_goes():
    html = f'<article><p>x</p><aside class="entry pull-quote">{QUOTE}</aside></article>'
    assert drop_pull_quotes(html, ["x", QUOTE]) == ["x"]


def test_a_related_articles_summary_is_no_lead():
    own = "Việt Nam và Lào ký kết nhiều văn kiện hợp tác quan trọng trong chuyến thăm chính thức tuần qua tại Hà Nội."
    other = "Giá vàng hôm nay tăng mạnh theo đà tăng của thị trường thế giới, nhiều cửa hàng đông khách từ sáng sớm."
    html = (
        f'<p class="sapo">{own}</p><p>Thân bài.</p><div class="related"><p class="teaser">{other}</p></div>'
    )
    assert lead_of(html, [own, "Thân bài."]) is None  # the page's own lead was kept
    assert lead_of(html, ["Thân bài."]) == own


def test_a_wrapped_sentence_opening_with_a_year_is_no_title():
    text = (
        "2019 là năm Việt Nam đảm nhận nhiều trọng trách quốc tế quan trọng, trong đó có vai trò\n"
        "Chủ tịch ASEAN năm 2020 và Ủy viên không thường trực Hội đồng Bảo an.\n\nĐoạn thứ hai."
    )
    doc = parse_text(text, "x.txt")
    assert [b.type.value for b in doc.blocks] == ["paragraph", "paragraph"]
    standing = parse_text(
        "45 năm quan hệ Việt Nam – Thổ Nhĩ Kỳ\n\nNgày 7/8/1978, hai nước lập quan hệ.", "y.txt"
    )
    assert standing.blocks[0].type.value == "title"
