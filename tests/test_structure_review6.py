"""Structure defects the session-6 review found, each beside the twin that keeps the earlier reading:
numbered ``<p>`` lines a line ending in ":" introduces are the page's list (the same text as a .txt
gives list items); an ``<li>`` holding a ``<br>`` or paragraphs loses trafilatura's dash and stays one
item; a numbered request over lower-case lettered points is a list item, not a heading."""

from __future__ import annotations

import pytest

from doingoai.model import BlockType
from structure_helpers import blocks, of_type, structure

# --- numbered <p> lines after a lead-in ending in ":" ---------------------------------------------
SIGNINGS = """<html><head><title>Việt Nam và Lào ký kết 3 văn kiện hợp tác</title></head><body><article>
<h1>Việt Nam và Lào ký kết 3 văn kiện hợp tác</h1>
<p>Ngày 12/1/2024, tại Hà Nội, sau hội đàm, Thủ tướng Việt Nam Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone {lead}</p>
<p>1. Hiệp định hợp tác kinh tế, văn hóa, giáo dục, khoa học và kỹ thuật năm 2024;</p>
<p>2. Bản ghi nhớ về hợp tác giáo dục giai đoạn 2024-2030;</p>
<p>3. Thỏa thuận về hợp tác lao động.</p>
<p>Hai bên nhất trí tăng cường hợp tác toàn diện trong thời gian tới vì lợi ích của nhân dân hai nước.</p>
</article></body></html>"""
POINTS = [
    "1. Hiệp định hợp tác kinh tế, văn hóa, giáo dục, khoa học và kỹ thuật năm 2024;",
    "2. Bản ghi nhớ về hợp tác giáo dục giai đoạn 2024-2030;",
    "3. Thỏa thuận về hợp tác lao động.",
]


def _page(tmp_path, html: str):
    from doingoai.pipeline import parse_file

    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return parse_file(path)


def test_numbered_paragraphs_a_lead_in_introduces_are_list_items(tmp_path) -> None:
    doc = _page(tmp_path, SIGNINGS.format(lead="đã chứng kiến lễ ký các văn kiện sau:"))
    assert of_type(doc, BlockType.LIST_ITEM) == POINTS
    # the same lines in a text file: the same items
    text = "\n\n".join(
        [
            "Việt Nam và Lào ký kết 3 văn kiện hợp tác",
            "Thủ tướng hai nước chứng kiến lễ ký các văn kiện sau:",
            *POINTS,
        ]
    )
    assert of_type(structure(text), BlockType.LIST_ITEM) == POINTS


RELEASE_POINTS = [
    "1. Hai bên ký Hiệp định hợp tác kinh tế, văn hóa, giáo dục, khoa học và kỹ thuật năm 2024.",
    "2. Hai bên ký Bản ghi nhớ về hợp tác giáo dục giai đoạn 2024-2030.",
    "3. Hai bên ký Thỏa thuận về hợp tác lao động.",
]


def test_numbered_paragraphs_no_lead_in_introduces_stay_paragraphs(tmp_path) -> None:
    # a press release's numbered points (nothing ending in ":" before them): paragraphs, as before
    html = SIGNINGS.format(lead="đã hội đàm.")
    for point, release in zip(POINTS, RELEASE_POINTS, strict=True):
        html = html.replace(point, release)
    doc = _page(tmp_path, html)
    assert of_type(doc, BlockType.LIST_ITEM) == []
    assert all(p in of_type(doc, BlockType.PARAGRAPH) for p in RELEASE_POINTS)


# --- an <li> with a <br> or paragraphs inside -----------------------------------------------------
ITEMS = """<html><head><title>Việt Nam và Lào ký kết các văn kiện hợp tác</title></head><body><article>
<h1>Việt Nam và Lào ký kết các văn kiện hợp tác</h1>
<p>Ngày 12/1/2024, tại Hà Nội, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone đã hội đàm và chứng kiến lễ ký kết các văn kiện hợp tác giữa hai nước.</p>
<p>Các văn kiện được ký kết gồm:</p>
<ul>
<li>{first}</li>
<li>Bản ghi nhớ về hợp tác giáo dục giữa hai Bộ Giáo dục, mở rộng học bổng cho sinh viên hai nước.</li>
<li>{third}</li>
</ul>
<p>Hai bên nhất trí tiếp tục tăng cường hợp tác trong thời gian tới, vì lợi ích của nhân dân hai nước.</p>
</article></body></html>"""
FIRST = "Hiệp định về hợp tác kinh tế giai đoạn 2024-2025 giữa Chính phủ hai nước,"
FIRST_AFTER = "được ký bởi hai Bộ trưởng Kế hoạch và Đầu tư."
THIRD, THIRD_AFTER = "Thỏa thuận về hợp tác lao động.", "Thỏa thuận có hiệu lực từ ngày ký."
SECOND = "Bản ghi nhớ về hợp tác giáo dục giữa hai Bộ Giáo dục, mở rộng học bổng cho sinh viên hai nước."


@pytest.mark.parametrize(
    "first, third",
    [
        (f"{FIRST}<br>{FIRST_AFTER}", f"<p>{THIRD}</p><p>{THIRD_AFTER}</p>"),  # the review's items
        (f"{FIRST} {FIRST_AFTER}", f"{THIRD} {THIRD_AFTER}"),  # the same items on one line each
    ],
)
def test_an_item_with_a_break_or_paragraphs_loses_its_dash_and_stays_one_item(tmp_path, first, third) -> None:
    doc = _page(tmp_path, ITEMS.format(first=first, third=third))
    assert of_type(doc, BlockType.LIST_ITEM) == [f"{FIRST} {FIRST_AFTER}", SECOND, f"{THIRD} {THIRD_AFTER}"]
    assert not any(t.startswith("- ") for _, t in blocks(doc))


# --- a numbered request over lower-case lettered points --------------------------------------------
REPORT = """Báo cáo tổng kết

Năm 2023, công tác đối ngoại đạt nhiều kết quả quan trọng trên nhiều lĩnh vực khác nhau của tỉnh.

1. Kết quả thực hiện
Năm 2023, tỉnh đón 20 đoàn khách quốc tế.

2. Đề xuất, kiến nghị
Tỉnh kiến nghị các nội dung sau.

{line}
a) {a}
b) {b}
"""
REQUEST = "3. Tỉnh đề nghị Bộ Ngoại giao tiếp tục hỗ trợ tỉnh trong việc tổ chức Hội nghị ASEAN"


def test_a_numbered_request_over_lower_case_points_is_no_heading() -> None:
    doc = structure(REPORT.format(line=REQUEST, a="kinh phí cho hoạt động đối ngoại;", b="đào tạo cán bộ."))
    assert ("heading", REQUEST) not in blocks(doc)
    assert any(t.startswith(REQUEST) for t in of_type(doc, BlockType.LIST_ITEM))


def test_a_numbered_title_over_upper_case_points_is_a_heading() -> None:
    line = "3. Hợp tác với các tỉnh giáp biên của Lào"
    doc = structure(
        REPORT.format(line=line, a="Hai bên trao đổi đoàn hằng năm.", b="Tỉnh tặng thiết bị y tế.")
    )
    assert ("heading", line) in blocks(doc)
    assert of_type(doc, BlockType.LIST_ITEM) == [
        "a) Hai bên trao đổi đoàn hằng năm.",
        "b) Tỉnh tặng thiết bị y tế.",
    ]
