"""Bad input: every failure is a DoingoaiError with its code and the file's name; the CLI goes on."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from doingoai.errors import Code, DoingoaiError
from doingoai.read import read_file
from doingoai.testing.render import text_to_docx, text_to_pdf

GOOD = "Việt Nam gia nhập ASEAN ngày 28/7/1995.\n\nHai nước ký Hiệp ước Hữu nghị và Hợp tác năm 1977.\n"


def _expect(code: Code, path: Path, **kwargs) -> DoingoaiError:
    with pytest.raises(DoingoaiError) as info:
        read_file(path, **kwargs)
    err = info.value
    assert err.code is code, err.one_line()
    line = err.one_line()
    assert line.startswith(f"[{code.value}] ")
    assert str(path) in line
    assert "\n" not in line
    return err


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _junk(n: int, seed: int = 7, nul: bool = True) -> bytes:
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(n))
    return data if nul else data.replace(b"\x00", b"\x01")


def test_missing_file(tmp_path):
    _expect(Code.E101_NOT_FOUND, tmp_path / "nope.txt")


def test_directory_is_not_a_file(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    _expect(Code.E101_NOT_FOUND, tmp_path / "dir.txt")


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t  \n"])
def test_empty_file(tmp_path, data):
    _expect(Code.E102_EMPTY, _write(tmp_path, "empty.txt", data))


def test_bom_only_is_empty(tmp_path):
    _expect(Code.E102_EMPTY, _write(tmp_path, "bom.txt", b"\xff\xfe"))


def test_unsupported_suffix(tmp_path):
    _expect(Code.E106_UNSUPPORTED, _write(tmp_path, "slides.pptx", b"PK\x03\x04 whatever"))
    _expect(Code.E106_UNSUPPORTED, _write(tmp_path, "README", GOOD.encode()))


def test_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    path = _write(tmp_path, "big.txt", GOOD.encode() * 100)

    def no_read(self):
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    err = _expect(Code.E103_TOO_LARGE, path, max_bytes=1000)
    assert "1,000" in err.message


@pytest.mark.parametrize(("name", "nul"), [("junk.txt", True), ("junk.md", False), ("junk.html", True)])
def test_binary_junk(tmp_path, name, nul):
    _expect(Code.E104_BINARY, _write(tmp_path, name, _junk(4000, nul=nul)))


@pytest.mark.parametrize(
    "magic",
    [
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff\xe0",
        b"GIF89a",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"\x1f\x8b\x08",
    ],
)
def test_known_binary_formats_named_as_binary(tmp_path, magic):
    _expect(Code.E104_BINARY, _write(tmp_path, "file.txt", magic + b"abc def ghi" * 20))


def test_undecodable_encoding(tmp_path):
    gbk = ("中华人民共和国和越南社会主义共和国的全面战略合作伙伴关系。" * 20).encode("gbk")
    _expect(Code.E105_UNDECODABLE, _write(tmp_path, "zh.txt", gbk))


def test_named_encoding_that_does_not_fit(tmp_path):
    path = _write(tmp_path, "a.txt", "Việt Nam".encode())
    assert "not ascii" in _expect(Code.E105_UNDECODABLE, path, encoding="ascii").message
    assert "unknown encoding" in _expect(Code.E105_UNDECODABLE, path, encoding="no-such-codec").message


def test_bom_that_lies(tmp_path):
    _expect(
        Code.E105_UNDECODABLE,
        _write(tmp_path, "bad16.txt", b"\xff\xfe" + "Việt Nam".encode("utf-16-le") + b"\x00\xd8"),
    )
    _expect(Code.E105_UNDECODABLE, _write(tmp_path, "bad8.txt", b"\xef\xbb\xbfVi\xe1\xbb t Nam \xff\xfe"))


# ---- PDF -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def good_pdf(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("pdf") / "good.pdf"
    return text_to_pdf((GOOD * 60) + "\f" + GOOD, path).read_bytes()


@pytest.mark.parametrize("keep", [0.98, 0.6, 0.2, 0.01])
def test_truncated_pdf(tmp_path, good_pdf, keep):
    _expect(Code.E107_PDF_BROKEN, _write(tmp_path, "cut.pdf", good_pdf[: int(len(good_pdf) * keep)]))


def test_pdf_suffix_without_a_pdf(tmp_path):
    _expect(Code.E107_PDF_BROKEN, _write(tmp_path, "fake.pdf", GOOD.encode()))


def test_pdf_with_garbage_body(tmp_path):
    _expect(Code.E107_PDF_BROKEN, _write(tmp_path, "garbage.pdf", b"%PDF-1.7\n" + _junk(3000) + b"\n%%EOF\n"))


def test_encrypted_pdf(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.cell(text="Secret text")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    err = _expect(Code.E108_PDF_ENCRYPTED, path)
    assert "qpdf" in err.one_line()


def test_pdf_without_text_layer(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a "scan": drawing, no text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    _expect(Code.E109_PDF_NO_TEXT, path)


# ---- DOCX ------------------------------------------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_docx_zip_bomb_is_refused_without_inflating(tmp_path, monkeypatch):
    base = text_to_docx(GOOD, tmp_path / "base.docx").read_bytes()
    members = {}
    with zipfile.ZipFile(io.BytesIO(base)) as zf:
        for info in zf.infolist():
            members[info.filename] = zf.read(info)
    members["word/media/padding.bin"] = b"\0" * (300 * 1024 * 1024)  # 300 MB of zeros, ~300 kB packed
    bomb = _write(tmp_path, "bomb.docx", _zip(members))
    assert bomb.stat().st_size < 1_000_000

    def no_inflate(*args, **kwargs):
        raise AssertionError("a member was decompressed")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflate)
    err = _expect(Code.E111_ZIP_BOMB, bomb)
    assert "expands" in err.message


def test_docx_high_ratio_under_the_ceiling_is_refused(tmp_path):
    members = {
        "[Content_Types].xml": b"<x/>",
        "word/document.xml": b"<w:document/>",
        "word/pad.xml": b" " * (40 * 1024 * 1024),
    }
    _expect(Code.E111_ZIP_BOMB, _write(tmp_path, "ratio.docx", _zip(members)))


def test_docx_broken_zip(tmp_path):
    good = text_to_docx(GOOD, tmp_path / "g.docx").read_bytes()
    _expect(Code.E110_DOCX_BROKEN, _write(tmp_path, "cut.docx", good[: len(good) // 2]))


def test_docx_not_a_zip(tmp_path):
    _expect(Code.E110_DOCX_BROKEN, _write(tmp_path, "plain.docx", GOOD.encode()))


def test_docx_zip_without_word_document(tmp_path):
    _expect(Code.E110_DOCX_BROKEN, _write(tmp_path, "other.docx", _zip({"hello.txt": b"hi"})))


def test_txt_that_is_a_zip_but_not_word(tmp_path):
    err = _expect(Code.E104_BINARY, _write(tmp_path, "archive.txt", _zip({"data/a.csv": b"1,2"})))
    assert "zip" in err.message


def test_docx_with_malformed_xml(tmp_path):
    good = text_to_docx(GOOD, tmp_path / "g.docx").read_bytes()
    members = {}
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        for info in zf.infolist():
            members[info.filename] = zf.read(info)
    members["word/document.xml"] = members["word/document.xml"][:200]
    _expect(Code.E110_DOCX_BROKEN, _write(tmp_path, "badxml.docx", _zip(members)))


# ---- HTML ------------------------------------------------------------------------------------------


def test_html_without_main_text(tmp_path):
    page = b"<html><head><title>x</title></head><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>"
    _expect(Code.E112_HTML_NO_TEXT, _write(tmp_path, "nav.html", page))


# ---- CLI: a folder with good and bad files ----------------------------------------------------------


def test_parse_folder_reports_each_bad_file_and_goes_on(tmp_path):
    pytest.importorskip("doingoai.structure")
    try:
        from doingoai.structure import structure_document  # noqa: F401
    except ImportError:
        pytest.skip("structure stage not available")
    from click.testing import CliRunner

    from doingoai.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    text_to_docx(GOOD, folder / "b_good.docx")
    text_to_pdf(GOOD, folder / "c_good.pdf")
    bad = {
        "d_empty.txt": (b"", Code.E102_EMPTY),
        "e_junk.txt": (_junk(2000), Code.E104_BINARY),
        "f_cut.pdf": ((folder / "c_good.pdf").read_bytes()[:300], Code.E107_PDF_BROKEN),
        "g_fake.docx": (b"not a zip", Code.E110_DOCX_BROKEN),
        "h_zh.md": (("中华人民共和国和越南" * 30).encode("gbk"), Code.E105_UNDECODABLE),
    }
    for name, (data, _) in bad.items():
        (folder / name).write_bytes(data)
    (folder / "ignored.bin").write_bytes(b"\x00\x01")  # not a supported suffix: not read, one E106 line
    bad["ignored.bin"] = (b"\x00\x01", Code.E106_UNSUPPORTED)

    result = CliRunner().invoke(main, ["parse", str(folder), "--json"])
    assert result.exit_code == 1, result.output
    errors = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(errors) == len(bad)
    for name, (_, code) in bad.items():
        assert any(ln.startswith(f"[{code.value}] ") and name in ln for ln in errors), (name, errors)
    out = result.stdout
    for name in ("a_good.txt", "b_good.docx", "c_good.pdf"):
        assert f'"{name}"' in out
    assert "ASEAN" in out
