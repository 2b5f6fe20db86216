"""Markdown files: the title under "# ", sections under "## " (or underlined), and evidence sentences without
the markup ("**28/7/1995**", "[ASEAN](https://asean.org)"). Every text here was written for these tests."""

from __future__ import annotations

import pytest

from doingoai.model import BlockType
from doingoai.pipeline import extract_file, parse_file
from doingoai.read.markdown import inline_text, read_markdown

NOTE = """# Quan hệ Việt Nam – ASEAN

*Ghi chép của giảng viên*

## Bối cảnh

Ngày **28/7/1995**, Việt Nam gia nhập [ASEAN](https://asean.org) (Vũ Dương Ninh, 2010).

* Năm 2010, Việt Nam giữ vai trò Chủ tịch ASEAN.

Ý nghĩa
-------

> Gia nhập ASEAN là bước ngoặt trong chính sách đối ngoại đa phương hóa.
"""


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_markdown_note_reads_as_its_text(tmp_path):
    doc = parse_file(_write(tmp_path, "ghi-chep.md", NOTE))
    assert doc.title == "Quan hệ Việt Nam – ASEAN"
    heads = [(doc.block_text(b), b.level) for b in doc.blocks if b.type is BlockType.HEADING]
    assert heads == [("Bối cảnh", 1), ("Ý nghĩa", 1)]
    assert "#" not in doc.text and "*" not in doc.text and "https" not in doc.text and ">" not in doc.text


def test_evidence_holds_no_markup(tmp_path):
    doc = extract_file(_write(tmp_path, "ghi-chep.md", NOTE))
    join = next(e for e in doc.events if e.kind.value == "membership.join")
    span = join.evidence[0]
    assert doc.text[span.start : span.end] == "Ngày 28/7/1995, Việt Nam gia nhập ASEAN (Vũ Dương Ninh, 2010)."
    assert join.date == "1995-07-28" and [c.author for c in doc.citations] == ["Vũ Dương Ninh"]


def test_the_same_text_as_plain_text_is_left_as_written(tmp_path):
    """The twin: a .txt keeps its asterisks and hashes (plain text has no markup to read)."""
    doc = parse_file(_write(tmp_path, "ghi-chep.txt", NOTE))
    assert "**28/7/1995**" in doc.text


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Ngày **28/7/1995**, Việt Nam", "Ngày 28/7/1995, Việt Nam"),
        ("gia nhập [ASEAN](https://asean.org).", "gia nhập ASEAN."),
        ("![Lễ ký](anh.png) tại `Hà Nội`", "Lễ ký tại Hà Nội"),
        ("*Ghi chép* và _nhận xét_", "Ghi chép và nhận xét"),
        ("tỷ lệ 2*3*4 và tên_biến_số", "tỷ lệ 2*3*4 và tên_biến_số"),  # (no emphasis inside words)
        ("Điều 1\\. Phạm vi", "Điều 1. Phạm vi"),
    ],
)
def test_inline_markup(line, text):
    assert inline_text(line) == text


def test_headings_are_handed_on_by_their_offsets():
    text, marked = read_markdown("# Tiêu đề\n\n## Mục 1\n\nNội dung.\n\n### Mục 1.1\n\nThêm.\n")
    got = [(text[s:e], level) for s, e, level in marked["headings"]]
    assert text.startswith("Tiêu đề\n") and got == [("Mục 1", 1), ("Mục 1.1", 2)]
    text, marked = read_markdown("Không có tiêu đề.\n")
    assert text == "Không có tiêu đề.\n" and "headings" not in marked  # (round 183: its line as "text")
