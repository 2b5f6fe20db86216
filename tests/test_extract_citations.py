"""Citations, aliases, quotations, cited works and CSL-JSON (issue 3, "Citations and quotes")."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from doingoai.extract.citations import cited_works, csl_json, find_citations, parse_parenthesis
from doingoai.extract.cite_aliases import text_aliases
from doingoai.extract.cite_works import csl_authors
from doingoai.extract.quotes import find_quotes
from doingoai.model import Block, BlockType, Document


def run(text: str) -> Document:
    return find_citations(Document(name="t.txt", raw=text, text=text))


def one(inner: str) -> tuple:
    cs = parse_parenthesis(inner, 0)
    assert len(cs) == 1, cs
    c = cs[0]
    return c.author, c.year, c.pages


def quote_of(doc: Document, i: int = 0) -> str | None:
    q = doc.citations[i].quote
    return doc.text[q.start : q.end] if q else None


# --- variants -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("Đảng Cộng sản Việt Nam [ĐCSVN], 1977, tr. 145", ("Đảng Cộng sản Việt Nam", 1977, "145")),
        ("ĐCSVN, 1982, tr. 123", ("ĐCSVN", 1982, "123")),
        ("Hồ Chí Minh, 2011", ("Hồ Chí Minh", 2011, None)),
        ("Bộ Ngoại giao, 2015, tr. 228", ("Bộ Ngoại giao", 2015, "228")),
        ("BCHTW, 2007, tr. 212", ("BCHTW", 2007, "212")),
        ("Bộ Ngoại giao, 2015, tr. 12-15", ("Bộ Ngoại giao", 2015, "12-15")),
        ("Bộ Ngoại giao, 2015, tr. 12 – 15", ("Bộ Ngoại giao", 2015, "12 – 15")),
        ("ĐCSVN, 1982, tr.45", ("ĐCSVN", 1982, "45")),
        ("Hồ Chí Minh, 2011, t. 3, tr. 5", ("Hồ Chí Minh", 2011, "5")),
        ("Hồ Chí Minh, 2011, trang 5", ("Hồ Chí Minh", 2011, "5")),
        ("Nguyễn Văn An et al., 2019, tr. 7", ("Nguyễn Văn An et al.", 2019, "7")),
        ("Nguyễn Văn An và cộng sự, 2019", ("Nguyễn Văn An và cộng sự", 2019, None)),
        ("Nguyễn Văn An và nnk, 2019", ("Nguyễn Văn An và nnk", 2019, None)),
        ("Bộ Ngoại giao, n.d.", ("Bộ Ngoại giao", None, None)),
        ("Bộ Ngoại giao, không năm, tr. 9", ("Bộ Ngoại giao", None, "9")),
        ("Smith, 2010, p. 12", ("Smith", 2010, "12")),
        ("Smith & Jones, 2010, pp. 3-5", ("Smith & Jones", 2010, "3-5")),
        ("Nguyễn V. A., 2015", ("Nguyễn V. A.", 2015, None)),
        ("Thayer C. A., 2016, p. 4", ("Thayer C. A.", 2016, "4")),
        ("Bộ Ngoại giao, 2015a, tr. 3", ("Bộ Ngoại giao", 2015, "3")),
        ("Nguồn: Bộ Ngoại giao, 2015", ("Bộ Ngoại giao", 2015, None)),
        ("xem thêm Hồ Chí Minh, 2011, tr. 5", ("Hồ Chí Minh", 2011, "5")),
        ("Smith, 2010: 45", ("Smith", 2010, "45")),
        ("Thayer, 2016, 45-47", ("Thayer", 2016, "45-47")),
        ("Theodore Roosevelt, 1905", ("Theodore Roosevelt", 1905, None)),
        ("cf. Thayer, 2016", ("Thayer", 2016, None)),
        ("PGS.TS. Nguyễn Văn An, 2019, tr. 3", ("Nguyễn Văn An", 2019, "3")),
        ("Đảng Cộng sản Việt Nam, 2021, t. I, tr. 161-162", ("Đảng Cộng sản Việt Nam", 2021, "161-162")),
    ],
)
def test_variant(inner: str, expected: tuple) -> None:
    assert one(inner) == expected


@pytest.mark.parametrize(
    "inner",
    [
        "1977",
        "SEV",
        "CPTPP",
        "192/193",
        "Nguồn: BTGTW",
        "1978–1979",
        "tháng 10/2025",
        "Đại hội IV, 1976",
        "Lào, 1977",
        "Việt Nam – Lào, 1977",
        "Lào và Campuchia, 1979",
        "Liên Xô, 1978",
        "Hiệp định Paris, 1973",
        "nhiệm kỳ 2020-2021",
        "ngày 2/9/1945",
        "Hà Nội, 2/9/1945",
    ],
)
def test_not_a_citation(inner: str) -> None:
    assert parse_parenthesis(inner, 0) == []
    assert run(f"Việt Nam tham gia ({inner}) từ sớm.").citations == []


def test_several_in_one_parenthesis() -> None:
    doc = run("Chính sách này được khẳng định (ĐCSVN, 1982; Bộ Ngoại giao, 2015, tr. 3).")
    assert [(c.author, c.year, c.pages) for c in doc.citations] == [
        ("Đảng Cộng sản Việt Nam", 1982, None),  # a well-known abbreviation, resolved
        ("Bộ Ngoại giao", 2015, "3"),
    ]
    assert [doc.text[c.start : c.end] for c in doc.citations] == ["ĐCSVN, 1982", "Bộ Ngoại giao, 2015, tr. 3"]


def test_same_author_several_years() -> None:
    doc = run("Xem (Hồ Chí Minh, 2000, 2011; 2015, tr. 4).")
    assert [(c.author, c.year, c.pages) for c in doc.citations] == [
        ("Hồ Chí Minh", 2000, None),
        ("Hồ Chí Minh", 2011, None),
        ("Hồ Chí Minh", 2015, "4"),
    ]


def test_span_is_the_text_inside_the_parentheses() -> None:
    text = "quốc tế (Đảng Cộng sản Việt Nam [ĐCSVN], 1977, tr. 145). Sau đó"
    c = run(text).citations[0]
    assert text[c.start : c.end] == "Đảng Cộng sản Việt Nam [ĐCSVN], 1977, tr. 145"


def test_reference_list_is_not_cited() -> None:
    text = "Như đã nêu (Hồ Chí Minh, 2011).\n\nHồ Chí Minh (2011), Toàn tập (Hà Nội, 2011), Nxb. Chính trị quốc gia."
    doc = Document(
        name="t",
        text=text,
        blocks=[Block(BlockType.PARAGRAPH, 0, 31), Block(BlockType.REFERENCE, 33, len(text))],
    )
    assert len(find_citations(doc).citations) == 1


def test_lines_after_a_references_heading_are_not_cited() -> None:
    body = "Quan hệ hai nước được củng cố và phát triển (Nguyễn Văn An, 2019, tr. 7). " * 4
    doc = run(
        body + "\n\nTÀI LIỆU THAM KHẢO\n\nTrần Bình (2020), Lịch sử ngoại giao (Lê Chí, 2018, tái bản)."
    )
    assert [c.author for c in doc.citations] == ["Nguyễn Văn An"] * 4


# --- aliases --------------------------------------------------------------------------------------


def test_alias_defined_in_a_citation_resolves_later_and_earlier_uses() -> None:
    doc = run(
        "Trước hết (ĐCSVN, 1982, tr. 4). Sau đó (Đảng Cộng sản Việt Nam [ĐCSVN], 1977). Cuối cùng (ĐCSVN, 1991)."
    )
    assert [c.author for c in doc.citations] == ["Đảng Cộng sản Việt Nam"] * 3
    assert doc.meta["aliases"]["ĐCSVN"] == "Đảng Cộng sản Việt Nam"


def test_alias_defined_in_the_text() -> None:
    text = (
        "Xây dựng chủ nghĩa xã hội (CNXH) là mục tiêu. Việt Nam gia nhập Hội đồng Tương trợ Kinh tế (SEV) năm 1978. "
        "Việt Nam là thành viên Liên Hợp Quốc (LHQ) và Hội đồng Bảo an (HĐBA). "
        "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam (BCHTW) họp (BCHTW, 2007, tr. 212). Đại hội (IV) họp."
    )
    doc = run(text)
    assert doc.meta["aliases"] == {
        "CNXH": "chủ nghĩa xã hội",
        "SEV": "Hội đồng Tương trợ Kinh tế",
        "LHQ": "Liên Hợp Quốc",
        "HĐBA": "Hội đồng Bảo an",
        "BCHTW": "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
    }
    assert doc.citations[0].author == "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"


def test_alias_keeps_entries_of_other_stages() -> None:
    doc = Document(name="t", text="Theo (ĐCSVN, 1982).", meta={"aliases": {"LHQ": "Liên Hợp Quốc"}})
    find_citations(doc)
    assert doc.meta["aliases"]["LHQ"] == "Liên Hợp Quốc"
    # a well-known abbreviation when the document does not define it
    assert doc.citations[0].author == "Đảng Cộng sản Việt Nam"


@pytest.mark.parametrize(
    ("text", "abbr", "full"),
    [
        (
            "Việt Nam chủ trì lễ ký Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP).",
            "RCEP",
            "Hiệp định Đối tác Kinh tế Toàn diện Khu vực",
        ),
        (
            "Đảng ta chủ trương tham gia Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC).",
            "APEC",
            "Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương",
        ),
        (
            "Ký Hiệp định Thương mại tự do Liên minh châu Âu - Việt Nam (EVFTA) năm 2019.",
            "EVFTA",
            "Hiệp định Thương mại tự do Liên minh châu Âu - Việt Nam",
        ),
        (
            "Bộ Ngoại giao phối hợp với Ủy ban Nhà nước về người Việt Nam ở nước ngoài (UBNN).",
            "UBNN",
            "Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
        ),
        (
            "Việt Nam gia nhập Tổ chức Thương mại Thế giới (WTO) năm 2007.",
            "WTO",
            "Tổ chức Thương mại Thế giới",
        ),
    ],
)
def test_foreign_abbreviations(text: str, abbr: str, full: str) -> None:
    assert text_aliases(text)[abbr] == full


def test_alias_defined_by_a_citation_after_the_full_name() -> None:
    assert text_aliases("theo Đảng Cộng sản Việt Nam (ĐCSVN, 2016, tr. 5) và đất nước (BCHTW, 2006)") == {
        "ĐCSVN": "Đảng Cộng sản Việt Nam"
    }


def test_text_aliases_need_a_name_just_before() -> None:
    assert text_aliases("Năm 1978 (SEV) và 1979 (CPTPP).") == {}
    assert text_aliases("Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP)") == {
        "CPTPP": "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương"
    }


# --- quotations -----------------------------------------------------------------------------------


def test_quote_directly_before() -> None:
    doc = run("Đại hội nhấn mạnh, “công tác đối ngoại là một mặt trận” (ĐCSVN, 1982, tr. 123).")
    assert quote_of(doc) == "công tác đối ngoại là một mặt trận"


def test_quote_then_comma() -> None:
    doc = run("Đại hội nêu “giữ vững độc lập”, (ĐCSVN, 1982, tr. 5).")
    assert quote_of(doc) == "giữ vững độc lập"


def test_quote_earlier_in_the_same_sentence() -> None:
    doc = run(
        "Đảng ta khẳng định “độc lập dân tộc” là nguyên tắc chỉ đạo xuyên suốt (ĐCSVN, 1987, tr. 45). Tiếp"
    )
    assert quote_of(doc) == "độc lập dân tộc"


def test_no_quote_from_another_sentence() -> None:
    doc = run(
        "Đối ngoại là “mặt trận” quan trọng. Việc tranh thủ viện trợ đã giúp Việt Nam (Bộ Ngoại giao, 2015)."
    )
    assert doc.citations[0].quote is None


def test_titles_and_initials_end_no_sentence() -> None:
    doc = run("Ông nói “hợp tác” như PGS. TS. Nguyễn Văn An và J. Smith đã nêu (Nguyễn Văn An, 2015).")
    assert quote_of(doc) == "hợp tác"


def test_two_quotes_link_the_nearest() -> None:
    doc = run(
        "Chính sách “đa phương hóa” và phương châm “là bạn, là đối tác tin cậy” (ĐCSVN, 2016, tr. 146) đã cho thấy."
    )
    assert quote_of(doc) == "là bạn, là đối tác tin cậy"


def test_quote_belongs_to_the_first_citation_after_it() -> None:
    doc = run("Đảng nêu “hòa bình” (ĐCSVN, 1991) và sau đó (Bộ Ngoại giao, 2015).")
    assert quote_of(doc, 0) == "hòa bình"
    assert doc.citations[1].quote is None


def test_citations_in_one_parenthesis_share_the_quote() -> None:
    doc = run("Đảng nêu “hòa bình” (ĐCSVN, 1991; Bộ Ngoại giao, 2015).")
    assert [quote_of(doc, i) for i in range(2)] == ["hòa bình", "hòa bình"]


def test_own_definitions_win_over_other_tables() -> None:
    doc = Document(
        name="t", text="Theo (Bộ Ngoại giao [BNG], 2015) và (BNG, 2016).", meta={"aliases": {"BNG": "x"}}
    )
    find_citations(doc)
    assert [c.author for c in doc.citations] == ["Bộ Ngoại giao", "Bộ Ngoại giao"]


def test_straight_quotes_and_wrapped_lines() -> None:
    doc = run('Văn kiện nêu "phải kết hợp sức mạnh dân tộc\nvới sức mạnh thời đại" (BCHTW, 2007, tr. 212).')
    assert quote_of(doc) == "phải kết hợp sức mạnh dân tộc\nvới sức mạnh thời đại"


def test_quotes_never_cross_blocks() -> None:
    assert find_quotes("“một\n\nhai”") == []


def test_period_inside_or_after_the_closing_mark() -> None:
    doc = run("Đại hội chỉ rõ: “Chúng ta phải vượt qua khó khăn.” (ĐCSVN, 1982, tr. 45).")
    assert quote_of(doc) == "Chúng ta phải vượt qua khó khăn."
    doc = run("Đại hội chỉ rõ: “Chúng ta phải vượt qua khó khăn”. (ĐCSVN, 1982, tr. 45).")
    assert quote_of(doc) == "Chúng ta phải vượt qua khó khăn"


# --- cited works and CSL-JSON ---------------------------------------------------------------------

SAMPLE = (
    "Đảng nêu “hòa bình” (Đảng Cộng sản Việt Nam [ĐCSVN], 1982, tr. 45). Sau đó (ĐCSVN, 1982, tr. 97; "
    "Hồ Chí Minh, 2011, t. 4, tr. 12). Lại nữa (ĐCSVN, 1982, tr. 45; Nguyễn Văn An, 2019).\n\n"
    "TÀI LIỆU THAM KHẢO\n"
    "1. Nguyễn Văn An (2019), Quan hệ Việt Nam – Lào, Tạp chí Nghiên cứu Quốc tế, số 3, tr. 5-20.\n"
    "2. Đảng Cộng sản Việt Nam (1982), Văn kiện Đại hội đại biểu toàn quốc lần thứ V, Nxb. Sự thật, Hà Nội.\n"
)


def test_cited_works_counts_and_pages() -> None:
    works = cited_works(run(SAMPLE))
    assert [(w["author"], w["year"], w["count"], w["pages"]) for w in works] == [
        ("Đảng Cộng sản Việt Nam", 1982, 3, ["45", "97"]),
        ("Hồ Chí Minh", 2011, 1, ["12"]),
        ("Nguyễn Văn An", 2019, 1, []),
    ]
    assert works[1]["volume"] == "4"


def test_csl_json() -> None:
    items = {i["id"]: i for i in csl_json(run(SAMPLE))}
    dcs = items["dangcongsanvietnam1982"]
    assert dcs["author"] == [{"literal": "Đảng Cộng sản Việt Nam"}]
    assert dcs["issued"] == {"date-parts": [[1982]]}
    assert dcs["type"] == "book" and dcs["publisher"] == "Sự thật"
    assert dcs["title"] == "Văn kiện Đại hội đại biểu toàn quốc lần thứ V"
    assert "45, 97" in dcs["note"]
    hcm = items["hochiminh2011v4"]
    assert hcm["author"] == [{"family": "Hồ", "given": "Chí Minh"}] and hcm["type"] == "book"
    nva = items["nguyenvanan2019"]
    assert nva["type"] == "article-journal" and nva["container-title"] == "Tạp chí Nghiên cứu Quốc tế"
    assert nva["title"] == "Quan hệ Việt Nam – Lào"


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ("Hồ Chí Minh", [{"family": "Hồ", "given": "Chí Minh"}]),
        (
            "Nguyễn Văn An, Trần Thị Bình",
            [{"family": "Nguyễn", "given": "Văn An"}, {"family": "Trần", "given": "Thị Bình"}],
        ),
        ("Smith, J.", [{"family": "Smith", "given": "J."}]),
        ("Carlyle Thayer", [{"family": "Thayer", "given": "Carlyle"}]),
        ("Nguyễn Văn An et al.", [{"family": "Nguyễn", "given": "Văn An"}]),
        ("Bộ Văn hóa và Thông tin", [{"literal": "Bộ Văn hóa và Thông tin"}]),
        (
            "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
            [{"literal": "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"}],
        ),
    ],
)
def test_csl_names(author: str, names: list[dict]) -> None:
    assert csl_authors(author) == names


def test_csl_json_persons_and_report() -> None:
    text = "Theo (Smith & Jones, 2010, p. 3) và (Bộ Ngoại giao, 2020a).\n\nReferences\nBộ Ngoại giao (2020a), Báo cáo tổng kết công tác đối ngoại, Hà Nội.\n"
    items = csl_json(run(text))
    assert items[0]["author"] == [{"family": "Smith"}, {"family": "Jones"}]
    assert items[1]["type"] == "report" and items[1]["year-suffix"] == "a"


# --- properties -----------------------------------------------------------------------------------

_SYLLABLE = st.sampled_from(["Nguyễn", "Văn", "An", "Trần", "Thị", "Bình", "Lê", "Hồng", "Phạm", "Quang"])


@given(st.lists(_SYLLABLE, min_size=2, max_size=4), st.integers(1900, 2030), st.integers(1, 999) | st.none())
def test_round_trip(names: list[str], year: int, page: int | None) -> None:
    author = " ".join(names)
    inner = f"{author}, {year}" + (f", tr. {page}" if page is not None else "")
    doc = run(f"Câu trích dẫn “một ý” ({inner}). Câu sau.")
    (c,) = doc.citations
    assert (c.author, c.year, c.pages) == (author, year, None if page is None else str(page))
    assert doc.text[c.start : c.end] == inner and quote_of(doc) == "một ý"


@given(st.text(alphabet=st.sampled_from('abc đ ĐƯ.,;:“”"()[]0123456789\n'), max_size=200))
def test_never_fails_and_spans_are_inside(text: str) -> None:
    doc = run(text)
    for c in doc.citations:
        assert 0 <= c.start < c.end <= len(text)
        if c.quote:
            assert 0 <= c.quote.start < c.quote.end <= c.start


# --- gold -----------------------------------------------------------------------------------------


def _score(doc: Document, gold: dict) -> tuple[float, int, int]:
    norm = lambda s: re.sub(r"\s+", " ", (s or "").strip('“”" ')).strip()  # noqa: E731
    found = [
        ((c.author, c.year, c.pages), norm(doc.text[c.quote.start : c.quote.end]) if c.quote else "")
        for c in doc.citations
    ]
    used = [False] * len(found)
    tp = quotes = linked = 0
    for g in gold["citations"]:
        key, gq = (g["author"], g["year"], g["pages"]), norm(g["quote"])
        quotes += bool(gq)
        cands = [i for i, (k, _) in enumerate(found) if k == key and not used[i]]
        if cands:
            hit = next((i for i in cands if gq and gq in found[i][1]), cands[0])
            used[hit] = True
            tp += 1
            linked += bool(gq) and gq in found[hit][1]
    p, r = tp / max(1, len(found)), tp / len(gold["citations"])
    return (2 * p * r / (p + r) if p + r else 0.0), linked, quotes


def test_gold_on_raw_text_with_lines_joined(seed_article, gold) -> None:
    g = gold("citations.000.json")
    raw = seed_article.read_text(encoding="utf-8")
    doc = find_citations(Document(name=seed_article.name, raw=raw, text=re.sub(r"\s+", " ", raw)))
    f1, linked, quotes = _score(doc, g)
    assert f1 >= 0.95 and linked == quotes
    assert [doc.text[c.start : c.end] for c in doc.citations] == [c["raw"] for c in g["citations"]]
    for abbr, full in g["aliases"].items():
        assert doc.meta["aliases"][abbr] == full


def test_gold_through_the_parse_pipeline(seed_article, gold) -> None:
    pipeline = pytest.importorskip("doingoai.pipeline")
    try:
        doc = pipeline.parse_file(seed_article)
    except ImportError as exc:  # the parse stages are written by others; skip until they exist
        pytest.skip(f"parse stages not available: {exc}")
    f1, linked, quotes = _score(find_citations(doc), gold("citations.000.json"))
    assert f1 >= 0.95 and linked == quotes
