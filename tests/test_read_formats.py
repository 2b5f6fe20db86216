"""Readers: text encodings, PDF and DOCX made by doingoai.testing.render, HTML main text."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from doingoai.read import read_file, to_bytes
from doingoai.read.text import VIETNAMESE_LETTERS, decode_bytes
from doingoai.testing.render import text_to_docx, text_to_pdf

DATA = Path(__file__).resolve().parent / "data"

VI = (
    "Quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt Việt Nam – Lào được ký kết năm 1977.\n"
    "Ngày 18/7/1977, hai nước ký “Hiệp ước Hữu nghị và Hợp tác”; Liên Xô, Cu-ba ủng hộ.\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM — thủy chung, ơn nghĩa, ưu tiên, Ưng, Ơn, ỷ, ỹ, ỵ.\n"
)
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it: base letters precomposed, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in _TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out.append(base.encode("cp1258") + tones.encode("cp1258"))
    return b"".join(out)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (VI.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + VI.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + VI.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + VI.encode("utf-16-be"), "utf-16-be"),
        (VI.encode("utf-16-le"), "utf-16-le"),  # no BOM: NUL bytes on odd positions
        (encode_cp1258(VI), "cp1258"),
    ],
)
def test_text_encodings_round_trip(tmp_path, encoded, encoding):
    doc = read_file(_write(tmp_path, "a.txt", encoded))
    assert doc.raw == VI
    assert doc.meta["encoding"] == encoding
    assert doc.format == "txt"
    assert doc.name == "a.txt"


def test_cp1258_uses_combining_tone_marks_and_is_composed(tmp_path):
    data = encode_cp1258(VI)
    assert b"\xcc" in data or b"\xec" in data or b"\xf2" in data  # combining marks really are used
    doc = read_file(_write(tmp_path, "a.txt", data))
    assert unicodedata.is_normalized("NFC", doc.raw)
    assert not any(c in _TONES for c in doc.raw)


def test_named_encoding_overrides_detection(tmp_path):
    tcvn3 = "ViÖt Nam vµ Lµo".encode("cp1252")
    path = _write(tmp_path, "a.txt", tcvn3)
    assert read_file(path, encoding="latin-1").raw == tcvn3.decode("latin-1")
    doc = read_file(_write(tmp_path, "b.txt", encode_cp1258(VI)), encoding="windows-1258")
    assert (doc.raw, doc.meta["encoding"]) == (VI, "cp1258")
    doc = read_file(_write(tmp_path, "c.txt", b"\xff\xfe" + VI.encode("utf-16-le")), encoding="utf-16")
    assert doc.raw == VI


def test_cli_parse_takes_an_encoding(tmp_path):
    from click.testing import CliRunner

    from doingoai.cli import main

    path = _write(tmp_path, "a.txt", encode_cp1258("Việt Nam gia nhập ASEAN năm 1995.\n"))
    result = CliRunner().invoke(main, ["parse", str(path), "--json", "--encoding", "cp1258"])
    assert result.exit_code == 0, result.output
    assert "Việt Nam gia nhập ASEAN năm 1995." in result.stdout


def test_crlf_becomes_lf_and_md_is_kept_as_md(tmp_path):
    doc = read_file(_write(tmp_path, "note.md", VI.replace("\n", "\r\n").encode("utf-8")))
    assert doc.raw == VI
    assert doc.format == "md"


def test_tcvn3_bytes_decode_byte_preserving_for_the_clean_stage(tmp_path):
    tcvn3 = "QUAN HÖ §OµN KÕT §ÆC BIÖT gi÷a ViÖt Nam vµ Lµo".encode("cp1252")
    doc = read_file(_write(tmp_path, "old.txt", tcvn3))
    assert doc.meta["encoding"] == "cp1252"
    assert doc.raw == "QUAN HÖ §OµN KÕT §ÆC BIÖT gi÷a ViÖt Nam vµ Lµo"
    assert to_bytes(doc.raw, "cp1252") == tcvn3


def test_vni_bytes_are_not_mistaken_for_cp1258(tmp_path):
    vni = "Vieät Nam vaø Laøo ñoaøn keát, hôïp taùc toaøn dieän".encode("cp1252")
    doc = read_file(_write(tmp_path, "vni.txt", vni))
    assert doc.meta["encoding"] == "cp1252"
    assert "Vieät" in doc.raw


def test_undefined_cp1252_bytes_survive(tmp_path):
    data = b"Vi\xd6t Nam \x81 v\xb5 L\xb5o \x8d\x8f hai n\xad\xedc \x90\x9d \xa7 1977"
    doc = read_file(_write(tmp_path, "x.txt", data))
    assert to_bytes(doc.raw, doc.meta["encoding"]) == data


def test_stray_windows_bytes_in_utf8_are_repaired_not_mojibake(tmp_path):
    data = VI.encode("utf-8") + b"\x93tr\xedch d\xe2n\x94\n"
    doc = read_file(_write(tmp_path, "mixed.txt", data))
    assert doc.meta["encoding"] == "utf-8"
    assert doc.meta["encoding_repairs"] == 4
    assert doc.raw.startswith(VI)
    assert doc.raw.endswith("“trích dân”\n")


def test_legacy_text_reaches_unicode_through_the_pipeline(tmp_path):
    from doingoai.pipeline import parse_file

    path = _write(tmp_path, "old.txt", "QUAN HÖ §OµN KÕT §ÆC BIÖT\n\nViÖt Nam vµ Lµo.\n".encode("cp1252"))
    doc = parse_file(path)
    assert "QUAN HỆ ĐOÀN KẾT ĐẶC BIỆT" in doc.text
    assert "Việt Nam và Lào" in doc.text


_VIET_ALPHABET = (
    "".join(sorted(VIETNAMESE_LETTERS)) + "abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY .,;:()–“”0123456789\n"
)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=_VIET_ALPHABET, min_size=1, max_size=300), enc=st.sampled_from(["utf-8", "utf-16"])
)
def test_unicode_round_trip_property(text, enc):
    decoded = decode_bytes(text.encode(enc), "p.txt")
    assert decoded.text == text


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=_VIET_ALPHABET, min_size=1, max_size=300).filter(
        lambda t: any(c in VIETNAMESE_LETTERS for c in t)
    )
)
@example(text="ÀĂ“")  # found by CI: a stray byte then a valid UTF-8 pair
def test_cp1258_round_trip_property(text):
    data = encode_cp1258(text)
    decoded = decode_bytes(data, "p.txt")
    try:  # a few short byte strings happen to be valid UTF-8 too ("Â–" = C2 96): UTF-8 wins then
        as_utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        if decoded.encoding == "utf-8":
            # A few bytes can read as UTF-8 with as many damaged places as good letters ("ÀĂ“" = C0 C3 93: a stray
            # byte, then "Ó"), which the reader takes for damaged UTF-8 by design (tests/test_read_text_stray.py):
            # it must then say so, by its repairs, and have kept a Vietnamese letter.
            assert decoded.repairs > 0 and not VIETNAMESE_LETTERS.isdisjoint(decoded.text)
            return
        assert decoded.encoding == "cp1258"
        assert decoded.text == unicodedata.normalize("NFC", text)
    else:
        assert (decoded.encoding, decoded.text) == ("utf-8", as_utf8)


# ---- PDF -------------------------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in re.split(r"[\n\f]", text) if ln.strip()]


def test_pdf_round_trip_pages_and_blank_lines(tmp_path):
    text = (
        "Trang một: Việt Nam – Lào\n\nđoạn hai ở trang một\n"
        + "\f"
        + "Trang hai: hợp tác toàn diện\ndòng cuối"
    )
    doc = read_file(text_to_pdf(text, tmp_path / "a.pdf"))
    assert doc.format == "pdf"
    assert doc.meta["pages"] == 2
    pages = doc.raw.split("\f")
    assert len(pages) == 2
    assert pages[0].split("\n") == ["Trang một: Việt Nam – Lào", "", "đoạn hai ở trang một"]
    assert pages[1].split("\n") == ["Trang hai: hợp tác toàn diện", "dòng cuối"]


def test_pdf_lines_per_page_and_long_lines(tmp_path):
    long = "Quan hệ đặc biệt Việt Nam – Lào " * 12  # far wider than the page: drawn smaller, not wrapped
    text = "\n".join(f"{i}. {long.strip()}" for i in range(1, 8))
    doc = read_file(text_to_pdf(text, tmp_path / "a.pdf", lines_per_page=3))
    assert doc.meta["pages"] == 3
    assert _lines(doc.raw) == _lines(text)


def test_pdf_line_end_hyphen_is_kept_with_its_line_break(tmp_path):
    text = "chủ nghĩa Mác -\nLênin và tư tưởng Hồ Chí Minh, Cam-pu-\nchia"
    doc = read_file(text_to_pdf(text, tmp_path / "a.pdf"))
    assert doc.raw == text


def test_pdf_inside_a_txt_is_read_as_pdf(tmp_path):
    pdf = text_to_pdf("Việt Nam gia nhập ASEAN năm 1995.", tmp_path / "a.pdf")
    doc = read_file(_write(tmp_path, "renamed.txt", pdf.read_bytes()))
    assert doc.format == "pdf"
    assert doc.meta["sniffed"] == "pdf"
    assert doc.raw == "Việt Nam gia nhập ASEAN năm 1995."


def test_docx_inside_a_txt_is_read_as_docx(tmp_path):
    docx = text_to_docx("Hiệp định Paris năm 1973", tmp_path / "a.docx")
    doc = read_file(_write(tmp_path, "renamed.txt", docx.read_bytes()))
    assert (doc.format, doc.meta["sniffed"], doc.raw) == ("docx", "docx", "Hiệp định Paris năm 1973")


def test_owner_password_only_pdf_is_read(tmp_path):
    from fpdf import FPDF

    from doingoai.testing.render import find_font

    pdf = FPDF()
    pdf.add_font("body", fname=str(find_font()))
    pdf.set_font("body", size=10)
    pdf.set_encryption(owner_password="owner", user_password="")
    pdf.add_page()
    pdf.cell(text="Hiệp định Paris năm 1973")
    pdf.output(str(tmp_path / "owner.pdf"))
    assert read_file(tmp_path / "owner.pdf").raw == "Hiệp định Paris năm 1973"


# ---- DOCX ------------------------------------------------------------------------------------------


def test_docx_round_trip(tmp_path):
    doc = read_file(text_to_docx(VI + "\n\ndòng sau dòng trống\n", tmp_path / "a.docx"))
    assert doc.format == "docx"
    assert doc.raw.split("\n") == [*VI.strip().split("\n"), "dòng sau dòng trống"]


def test_docx_tables_in_order_and_merged_cells_once(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Trước bảng")
    table = d.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Ô gộp: Việt Nam – Lào"
    table.cell(0, 2).text = "1977"
    table.cell(1, 0).text = "Liên Xô"
    table.cell(1, 1).text = "1978"
    inner = table.cell(1, 2).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "bảng lồng"
    d.add_paragraph("")
    d.add_paragraph("Sau bảng")
    d.save(str(tmp_path / "t.docx"))
    lines = read_file(tmp_path / "t.docx").raw.split("\n")
    assert [ln for ln in lines if ln] == [  # a table of data: a row a line, its cells apart
        "Trước bảng",
        "Ô gộp: Việt Nam – Lào |  | 1977",  # (a cell merged across two columns: "1977" stays in the third)
        "Liên Xô | 1978 | bảng lồng",
        "Sau bảng",
    ]
    assert "" in lines  # the empty paragraph is an empty line


def test_docx_runs_tabs_breaks_and_vertical_merges(tmp_path):
    import docx

    d = docx.Document()
    p = d.add_paragraph("Điều 1.")
    p.add_run("\tHai bên").add_break()
    p.add_run("cam kết hợp tác")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Ô gộp dọc"
    table.cell(0, 1).text = "trên"
    table.cell(1, 1).text = "dưới"
    d.save(str(tmp_path / "r.docx"))
    raw = read_file(tmp_path / "r.docx").raw
    # (the merged cell once: below, its empty place keeps "dưới" in the second column)
    assert raw == "Điều 1.\tHai bên\ncam kết hợp tác\nÔ gộp dọc | trên\n\tdưới"
    assert raw.split("\n")[:2] == d.paragraphs[0].text.split("\n")  # the same text python-docx gives


# ---- seeds as PDF and DOCX -------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["seed_article", "seed_report"])
def test_seed_renderings_read_back_line_for_line(request, tmp_path, fixture):
    path = request.getfixturevalue(fixture)
    text = path.read_text(encoding="utf-8")
    pdf = read_file(text_to_pdf(text, tmp_path / "seed.pdf"))
    docx = read_file(text_to_docx(text, tmp_path / "seed.docx"))
    assert pdf.meta["pages"] > 1
    assert _lines(pdf.raw) == _lines(text)
    assert _lines(docx.raw) == _lines(text)


def test_seed_article_pdf_keeps_its_blank_lines(seed_article, tmp_path):
    text = seed_article.read_text(encoding="utf-8")
    raw = read_file(text_to_pdf(text, tmp_path / "seed.pdf")).raw
    got = [ln.strip() for ln in raw.replace("\f", "\n").split("\n")]
    want = [ln.strip() for ln in text.split("\n")]
    import difflib

    assert difflib.SequenceMatcher(None, want, got, autojunk=False).ratio() > 0.99


# ---- HTML ------------------------------------------------------------------------------------------


def test_html_main_text_without_boilerplate():
    doc = read_file(DATA / "read_boilerplate.html")
    assert doc.format == "html"
    assert doc.meta["encoding"] == "utf-8"
    paras = doc.raw.split("\n\n")
    assert paras[0] == "Việt Nam và Lào ký kết Hiệp định hợp tác giai đoạn 2026–2030"
    assert doc.meta["title"] == paras[0]
    assert any(p.startswith("Ngày 12/1/2026, tại Hà Nội") for p in paras)
    assert "Tăng cường hợp tác kinh tế và giáo dục" in paras
    assert any("tham vấn chính trị lần thứ mười" in p for p in paras)
    for junk in (
        "Trang chủ",
        "Đọc nhiều nhất",
        "Giá vàng",
        "Quảng cáo",
        "Giấy phép",
        "Bình luận",
        "Nguyễn Văn A",
        "Tin liên quan",
        "Chia sẻ",
        "cookie",
        "Tìm kiếm",
    ):
        assert junk not in doc.raw, junk
    assert "\n\n\n" not in doc.raw


def test_html_title_from_title_tag_when_no_h1(tmp_path):
    body = "".join(
        f"<p>Đoạn {i}: Việt Nam và Campuchia tăng cường hợp tác kinh tế, thương mại và đầu tư trong giai đoạn mới, vì lợi ích của nhân dân hai nước.</p>"
        for i in range(4)
    )
    page = (
        f"<html><head><title>Quan hệ Việt Nam – Campuchia</title></head><body><div>{body}</div></body></html>"
    )
    doc = read_file(_write(tmp_path, "p.htm", page.encode("utf-8")))
    paras = doc.raw.split("\n\n")
    assert paras[0] == "Quan hệ Việt Nam – Campuchia"
    assert len(paras) == 5


def test_html_declared_windows_1258(tmp_path):
    body = (
        "<p>Hội nghị Trung ương lần thứ tư đã thông qua nghị quyết về đối ngoại, khẳng định đường lối độc lập, tự chủ, hòa bình, hữu nghị, hợp tác và phát triển của Việt Nam.</p>"
        * 3
    )
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>Nghị quyết</title></head><body><article><h1>Nghị quyết về đối ngoại</h1>{body}</article></body></html>'
    doc = read_file(_write(tmp_path, "p.html", encode_cp1258(page)))
    assert doc.meta["encoding"] == "cp1258"
    assert "độc lập, tự chủ, hòa bình, hữu nghị" in doc.raw
    assert unicodedata.is_normalized("NFC", doc.raw)
