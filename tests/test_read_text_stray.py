"""UTF-8 with a few bad bytes is read as UTF-8 whatever its length (the bad bytes replaced, a
warning on the command line), while 8-bit and UTF-16 files are still read right."""

from __future__ import annotations

import unicodedata

import pytest
from click.testing import CliRunner

from doingoai.cli import main
from doingoai.read.text import decode_bytes

SHORT = "Ngày 28/7/1995, Việt Nam gia nhập ASEAN.\n"
LONG = "Ngày 5/9/1962, Việt Nam và Lào thiết lập quan hệ ngoại giao, mở ra thời kỳ hợp tác toàn diện.\n" * 20


def _damaged(text: str, at: str, junk: bytes) -> bytes:
    data = text.encode("utf-8")
    k = data.index(at.encode("utf-8"))
    return data[:k] + junk + data[k:]


@pytest.mark.parametrize("junk", [b"\xff\xfe", b"\xfe", b"\xe1\xbb", b"\xc3"])
def test_a_short_utf8_text_with_bad_bytes_stays_utf8(junk):
    d = decode_bytes(_damaged(SHORT, "ập ASEAN", junk), "x.txt")
    assert d.encoding == "utf-8" and d.repairs == len(junk)
    assert d.text.startswith("Ngày 28/7/1995, Việt Nam gia nh") and d.text.endswith("ập ASEAN.\n")
    assert "\ufffd" in d.text and "Ã" not in d.text and "á»" not in d.text


def test_a_long_utf8_text_with_bad_bytes_stays_utf8():
    d = decode_bytes(_damaged(LONG, "Lào", b"\xff") + b"\x93x\x94", "x.txt")
    assert (d.encoding, d.repairs) == ("utf-8", 3)
    assert "“x”" in d.text and d.text.count("Việt Nam và") == 20


def test_one_damaged_letter_beside_one_good_one_is_still_utf8():
    d = decode_bytes("Hà N".encode() + b"\xe1\xbb" + b"i x", "x.txt")  # "ộ" cut short
    assert (d.encoding, d.text, d.repairs) == ("utf-8", "Hà N\ufffdi x", 2)


@pytest.mark.parametrize(
    "text",
    [
        "Anh về nói “về”",  # a tone mark then a closing quote: one valid UTF-8 pair by accident
        "Quan hệ đặc biệt Việt Nam – Lào được thiết lập ngày 5/9/1962.",
        SHORT,
    ],
)
def test_windows_1258_is_still_read_as_windows_1258(text):
    d = decode_bytes(_cp1258(text), "x.txt")
    assert d.encoding == "cp1258" and d.text == text


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese is written in it: tone marks as combining characters."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", ch)
            tones = "".join(m for m in marks if m in _TONES)
            base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in _TONES))
            out += (base + tones).encode("cp1258")
    return bytes(out)


_TONES = "\u0300\u0301\u0303\u0309\u0323"


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_is_still_read_as_utf16(enc):
    d = decode_bytes(LONG.encode(enc), "x.txt")
    assert d.text == LONG and d.encoding.startswith("utf-16")


def test_tcvn3_and_vni_are_not_taken_for_damaged_utf8():
    tcvn3 = "QUAN HÖ §OµN KÕT §ÆC BIÖT gi÷a ViÖt Nam vµ Lµo".encode("cp1252")
    vni = "Vieät Nam vaø Laøo ñoaøn keát, hôïp taùc toaøn dieän".encode("cp1252")
    assert decode_bytes(tcvn3, "t.txt").encoding == "cp1252"
    assert decode_bytes(vni, "v.txt").encoding == "cp1252"


def test_the_command_line_warns_about_replaced_bytes(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(_damaged(SHORT, "ập ASEAN", b"\xff\xfe"))
    out = CliRunner().invoke(main, ["extract", str(f), "--json"])
    assert out.exit_code == 0, out.output
    notes = [ln for ln in out.stderr.splitlines() if ln.startswith("warning:")]
    assert len(notes) == 1 and "2 bytes not UTF-8" in notes[0] and "bad.txt" in notes[0]
    assert "Việt Nam" in out.stdout and "Viá»" not in out.stdout
    clean = tmp_path / "good.txt"
    clean.write_text(SHORT, encoding="utf-8")
    assert "warning" not in CliRunner().invoke(main, ["extract", str(clean)]).stderr
