"""Citations in notes and narrative citations (issue 3): footnote references "Tên (năm), Nhan đề, ..., tr. N",
pages after the parenthesis, see-also cues, Vietnamese family names, and groups of authors ("và cộng sự")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from doingoai.extract.citations import cited_works, csl_json, find_citations
from doingoai.model import Block, BlockType, Document


def run(text: str) -> Document:
    return find_citations(Document(name="t.txt", raw=text, text=text))


def run_blocks(*blocks: tuple[BlockType, str]) -> Document:
    """A document of one block a line, blocks separated by a blank line (as the structure stage leaves it)."""
    text, out, pos = "", [], 0
    for kind, body in blocks:
        if text:
            text += "\n\n"
            pos += 2
        out.append(Block(kind, pos, pos + len(body)))
        text += body
        pos += len(body)
    return find_citations(Document(name="t.txt", raw=text, text=text, blocks=out))


def found(doc: Document) -> list[tuple]:
    return [
        (c.author, c.year, c.pages, doc.text[c.quote.start : c.quote.end] if c.quote else None)
        for c in doc.citations
    ]


def spans(doc: Document) -> list[str]:
    return [doc.text[c.start : c.end] for c in doc.citations]


BODY = "Việt Nam trở thành quan sát viên của ASEAN¹ và gia nhập Hiệp hội năm 1995²."


# --- references in footnotes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "expected", "span"),
    [
        (
            "¹ Xem: Nguyễn Văn Bình (2001), Việt Nam và ASEAN: mười năm nhìn lại, Nxb. Chính trị quốc gia, "
            "Hà Nội, tr. 34.",
            ("Nguyễn Văn Bình", 2001, "34", None),
            "Nguyễn Văn Bình (2001)",
        ),
        (  # no cue at all: the usual footnote
            "² Lê Thị Thu Hà (2015), Ngoại giao đa phương, Nxb. Thế giới, H., tr. 12-14.",
            ("Lê Thị Thu Hà", 2015, "12-14", None),
            "Lê Thị Thu Hà (2015)",
        ),
        (  # the article's title in quotation marks is no quotation
            "³ Trần Quang Minh (2019), “Quan hệ Việt – Lào trong tình hình mới”, Tạp chí Cộng sản, số 5, tr. 7.",
            ("Trần Quang Minh", 2019, "7", None),
            "Trần Quang Minh (2019)",
        ),
        (  # the pages right after the year
            "⁴ Về các gói cứu trợ, xem thêm Hoàng Thị Mai (2004), tr. 58-60.",
            ("Hoàng Thị Mai", 2004, "58-60", None),
            "Hoàng Thị Mai (2004), tr. 58-60",
        ),
        (  # a foreign author, English locator
            "⁵ Thayer (2016), Vietnam's Foreign Policy in an Era of Rising Sino-US Competition, p. 45.",
            ("Thayer", 2016, "45", None),
            "Thayer (2016)",
        ),
        (  # an institution, no pages
            "⁶ Bộ Ngoại giao (2015), Sách trắng Ngoại giao Việt Nam.",
            ("Bộ Ngoại giao", 2015, None, None),
            "Bộ Ngoại giao (2015)",
        ),
    ],
)
def test_a_footnote_reference_is_a_citation(note: str, expected: tuple, span: str) -> None:
    doc = run_blocks((BlockType.PARAGRAPH, BODY), (BlockType.FOOTNOTE, note))
    assert found(doc) == [expected]
    assert spans(doc) == [span]


def test_a_line_opening_with_a_superscript_number_is_a_note_without_blocks() -> None:
    text = BODY + "\n¹ Phạm Văn Đức (2010), Chính sách đối ngoại, Nxb. Lý luận chính trị, tr. 5."
    assert found(run(text)) == [("Phạm Văn Đức", 2010, "5", None)]


def test_several_references_in_one_note_keep_their_own_pages() -> None:
    doc = run_blocks(
        (BlockType.PARAGRAPH, BODY),
        (
            BlockType.FOOTNOTE,
            "¹ Xem Phạm Văn Đức (2010), Chính sách đối ngoại, Nxb. Lý luận chính trị, tr. 5; "
            "Bộ Ngoại giao (2015), Sách trắng, tr. 20-21.",
        ),
        (
            BlockType.FOOTNOTE,
            "² Đỗ Minh Khuê (2009), Olof Palme và Việt Nam, Nxb. Thế giới. Xem thêm Vũ Dương Ninh (2014), tr. 88.",
        ),
    )
    assert [(a, y, p) for a, y, p, _ in found(doc)] == [
        ("Phạm Văn Đức", 2010, "5"),
        ("Bộ Ngoại giao", 2015, "20-21"),
        ("Đỗ Minh Khuê", 2009, None),  # "tr. 88" belongs to the next reference
        ("Vũ Dương Ninh", 2014, "88"),
    ]


def test_endnotes_after_a_notes_heading() -> None:
    doc = run_blocks(
        (BlockType.PARAGRAPH, BODY),
        (BlockType.HEADING, "Chú thích"),
        (
            BlockType.LIST_ITEM,
            "1. Nguyễn Thị Hồng (2012), Quan hệ Việt Nam – Nhật Bản, Nxb. Khoa học xã hội, tr. 41.",
        ),
        (BlockType.HEADING, "Kết luận"),
        (BlockType.PARAGRAPH, "Nguyễn Thị Hồng (2012), một nghiên cứu sớm, đã nêu vấn đề."),
    )
    assert found(doc) == [("Nguyễn Thị Hồng", 2012, "41", None)]


@pytest.mark.parametrize(
    "note",
    [
        "¹ Hiệp định CEPT (1992), ký tại Xin-ga-po, là nền tảng của AFTA.",
        "¹ Lào (1977), Hiệp ước Hữu nghị và Hợp tác được ký tại Viêng Chăn.",
        "¹ Tác giả phỏng vấn một thành viên đoàn Việt Nam dự Hội nghị, tháng 3/2015.",
        "¹ Chủ tịch Hồ Chí Minh (1946), trong thư gửi Liên Hợp Quốc, tr. 3.",
        "¹ Đại hội IV (1976), mở đầu thời kỳ mới.",
        "¹ Số liệu giai đoạn (1995–2005), Tổng cục Thống kê, tr. 12.",
        "¹ Bài viết là sản phẩm của đề tài cấp cơ sở (2020), mã số CS.2020.07.",
    ],
)
def test_no_citation_in_a_note_without_an_author(note: str) -> None:
    doc = run_blocks((BlockType.PARAGRAPH, BODY), (BlockType.FOOTNOTE, note))
    assert doc.citations == []


def test_the_same_reference_outside_a_note_needs_a_cue() -> None:
    line = "Nguyễn Văn Bình (2001), Việt Nam và ASEAN: mười năm nhìn lại, Nxb. Chính trị quốc gia, tr. 34."
    assert run_blocks((BlockType.PARAGRAPH, line)).citations == []
    # a reference list is the bibliography, not citations
    assert run_blocks((BlockType.PARAGRAPH, BODY), (BlockType.REFERENCE, line)).citations == []
    refs = run_blocks(
        (BlockType.PARAGRAPH, BODY + " " * 200),
        (BlockType.HEADING, "TÀI LIỆU THAM KHẢO"),
        (BlockType.PARAGRAPH, "1. " + line),
    )
    assert refs.citations == []


# --- narrative citations: pages after the parenthesis, see-also cues, family names ------------------


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        (
            "Theo Hoàng Thị Mai (2004), tr. 58-60, các gói cứu trợ đi kèm nhiều điều kiện.",
            ("Hoàng Thị Mai", 2004, "58-60"),
            "Hoàng Thị Mai (2004), tr. 58-60",
        ),
        (
            "Vũ Dương Ninh (2014), t. 2, tr. 45 nêu rõ bối cảnh này.",
            ("Vũ Dương Ninh", 2014, "45"),
            "Vũ Dương Ninh (2014), t. 2, tr. 45",
        ),
        (
            "Về vấn đề này, xem thêm Hoàng Thị Mai (2004).",
            ("Hoàng Thị Mai", 2004, None),
            "Hoàng Thị Mai (2004)",
        ),
        ("Xem: Nguyễn Văn Bình (2001).", ("Nguyễn Văn Bình", 2001, None), "Nguyễn Văn Bình (2001)"),
        ("Có thể tham khảo Ngô Thị Lan (2013).", ("Ngô Thị Lan", 2013, None), "Ngô Thị Lan (2013)"),
        ("Nghiên cứu sâu hơn, see also Womack (2006).", ("Womack", 2006, None), "Womack (2006)"),
    ],
)
def test_narrative_pages_after_the_year_and_see_also_cues(text: str, expected: tuple, span: str) -> None:
    doc = run(text)
    assert [(c.author, c.year, c.pages) for c in doc.citations] == [expected]
    assert spans(doc) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Hiệp định CEPT (1992), tr. 5 quy định lộ trình cắt giảm thuế.",  # a treaty's year
        "Việt Nam (1995), trang 5 của báo cáo ghi nhận điều này.",  # a place
        "Đoàn do Hoàng Thị Mai (2004) dẫn đầu đã sang thăm Lào.",  # no cue, no verb of saying, no pages
        "Nguyễn Văn An (2019), trong đó nêu nhiều ý.",  # a comma is no evidence outside a note
        "Xem: Hội nghị Cấp cao (1998).",  # a cue, but no author
    ],
)
def test_narrative_negative_twins(text: str) -> None:
    assert run(text).citations == []


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Theo Lã Minh Trí (2018), CPTPP “mở lối tắt cho hàng Việt vào Nam Mỹ”.", "Lã Minh Trí"),
        ("Theo Khúc Thị Hoa (2020), hai nước còn nhiều dư địa hợp tác.", "Khúc Thị Hoa"),
        ("Doãn Quốc Khánh (2017) cho rằng quan hệ đã vượt qua thử thách.", "Doãn Quốc Khánh"),
        ("Theo Lại Văn Sơn (2011), đây là bước ngoặt.", "Lại Văn Sơn"),
        ("Theo Giáp Văn Dương (2014), tiến trình hội nhập sâu hơn.", "Giáp Văn Dương"),
    ],
)
def test_narrative_authors_with_less_common_family_names(text: str, author: str) -> None:
    assert [c.author for c in run(text).citations] == [author]


def test_narrative_quote_after_a_less_common_family_name() -> None:
    doc = run("Theo Lã Minh Trí (2018), CPTPP “mở lối tắt cho hàng Việt vào Nam Mỹ”.")
    assert found(doc) == [("Lã Minh Trí", 2018, None, "mở lối tắt cho hàng Việt vào Nam Mỹ")]


@pytest.mark.parametrize(
    "text",
    [
        "Theo Phương Tây (2019), đây là mối đe dọa.",  # not a family name here
        "Theo Công ước (1982), các quốc gia ven biển có vùng đặc quyền kinh tế.",
        "Theo Hàn Quốc (2019), kim ngạch tăng mạnh.",
        "Theo Quan Hệ (2019), hai nước hợp tác.",
    ],
)
def test_capitalised_words_that_are_no_family_name(text: str) -> None:
    assert run(text).citations == []


# --- groups of authors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "span"),
    [
        (
            "Quốc hội chưa phê chuẩn (Đặng Hữu Thành và cộng sự, 2019).",
            "Đặng Hữu Thành",
            "Đặng Hữu Thành và cộng sự, 2019",
        ),
        ("Quốc hội chưa phê chuẩn (Đặng Hữu Thành và cộng\nsự, 2019).", "Đặng Hữu Thành", None),
        ("Hai bên nhất trí (Smith et al., 2015, p. 3).", "Smith", "Smith et al., 2015, p. 3"),
        ("Hai bên nhất trí (Nguyễn Văn An và nnk., 2019).", "Nguyễn Văn An", None),
        ("Jansen et al. (2019, p. 12) viết về điều này.", "Jansen", "Jansen et al. (2019, p. 12)"),
        ("Theo Trịnh Văn Khôi và cộng sự (2017), tình hình đã khác.", "Trịnh Văn Khôi", None),
    ],
)
def test_a_group_of_authors_is_named_by_its_first_author(text: str, author: str, span: str | None) -> None:
    doc = run(text)
    assert [c.author for c in doc.citations] == [author]
    if span is not None:
        assert spans(doc) == [span]  # the span keeps what the text says


def test_two_named_authors_stay_two_and_a_group_is_another_work() -> None:
    doc = run(
        "Điều này được khẳng định (Nguyễn Văn An và Trần Bình, 2019). Một nghiên cứu khác (Nguyễn Văn An, 2019) "
        "và nhóm tác giả (Nguyễn Văn An và cộng sự, 2019, tr. 4) cũng vậy."
    )
    assert [c.author for c in doc.citations] == [
        "Nguyễn Văn An và Trần Bình",
        "Nguyễn Văn An",
        "Nguyễn Văn An",
    ]
    works = cited_works(doc)
    assert [(w["author"], w["et_al"], w["count"]) for w in works] == [
        ("Nguyễn Văn An và Trần Bình", False, 1),
        ("Nguyễn Văn An", False, 1),
        ("Nguyễn Văn An", True, 1),
    ]
    assert len({w["id"] for w in works}) == 3
    group = [item for item in csl_json(doc) if "et al." in item["note"]]
    assert [item["author"] for item in group] == [[{"family": "Nguyễn", "given": "Văn An"}]]


_PIECES = [*"ab Đ.,;:“”()\n¹²", "Lã Minh Trí ", "(2001)", ", tr. 34", "Xem: ", "Chú thích", "(2004), tr. 5"]


@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_notes_never_fail_and_spans_are_inside(text: str) -> None:
    for doc in (run(text), run_blocks((BlockType.FOOTNOTE, text or "¹"))):
        for c in doc.citations:
            assert 0 <= c.start < c.end <= len(doc.text)
            if c.quote:
                assert 0 <= c.quote.start < c.quote.end <= len(doc.text)


# --- review fixes: a person's dates in a note are no reference; more ways to write a group of authors -----


@pytest.mark.parametrize(
    "note",
    [
        "¹ Hồ Chí Minh (1890), sinh tại Nghệ An.",
        "¹ Võ Nguyên Giáp (1911). Đại tướng.",
        "¹ Phạm Văn Đồng (1906), quê Quảng Ngãi, tr. 5.",
        "¹ Giai đoạn Trần Phú (1930), thời kỳ đầu.",
        "¹ Lê Duẩn (1907), Quảng Trị.",
    ],
)
def test_a_persons_dates_in_a_note_are_no_reference(note: str) -> None:
    doc = run_blocks((BlockType.PARAGRAPH, BODY), (BlockType.FOOTNOTE, note))
    assert doc.citations == []


def test_a_bare_reference_closing_a_note_still_counts() -> None:
    doc = run_blocks((BlockType.PARAGRAPH, BODY), (BlockType.FOOTNOTE, "¹ Xem thêm Vũ Dương Ninh (2014)."))
    assert [(a, y) for a, y, _, _ in found(doc)] == [("Vũ Dương Ninh", 2014)]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Theo Nguyễn Văn An và cs. (2019), hợp tác là cần thiết.", "Nguyễn Văn An"),
        ("Theo Trần Thị Lan và các tác giả khác (2018), quan hệ phát triển.", "Trần Thị Lan"),
        ("Theo Lê Hoàng và nnk. (2017), quan hệ phát triển.", "Lê Hoàng"),
        ("Theo Đỗ Minh Hà và những người khác (2016), quan hệ phát triển.", "Đỗ Minh Hà"),
        ("Quan hệ phát triển mạnh (Nguyễn Văn An và cs., 2019, tr. 5).", "Nguyễn Văn An"),
    ],
)
def test_more_ways_to_write_a_group_of_authors(text: str, author: str) -> None:
    doc = run(text)
    assert [c.author for c in doc.citations] == [author]
    assert [w["et_al"] for w in cited_works(doc)] == [True]
