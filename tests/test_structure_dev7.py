"""Footnote marks glued to a year ("năm 1998³", "1998³,"): a superscript right after a year is the
reference mark of the note with its number and is left out of the body text; a superscript exponent
of a measure ("km²", "m³") or of another number ("10³") stays, and so does a year with no note."""

from __future__ import annotations

import pytest

from doingoai.pipeline import parse_text
from doingoai.structure.notemarks import has_mark
from structure_helpers import blocks

PAGE = (
    "QUAN HỆ VIỆT NAM – ASEAN\n\n"
    "{body}\n\n"
    "__________\n"
    "{note} Xem: Nguyễn Văn Bình (2001), Việt Nam và ASEAN, tr. 34.\n"
)


@pytest.mark.parametrize(
    "written, read, note",
    [
        (
            "Việt Nam gia nhập ASEAN năm 1995³. Hai bên hợp tác.",
            "Việt Nam gia nhập ASEAN năm 1995. Hai bên hợp tác.",
            "³",
        ),
        ("Từ năm 1998², quan hệ phát triển mạnh.", "Từ năm 1998, quan hệ phát triển mạnh.", "²"),
        ("Hội nghị họp ngày 15/12/1998¹ tại Hà Nội.", "Hội nghị họp ngày 15/12/1998 tại Hà Nội.", "¹"),
        (
            "Hiệp định ký năm 2020¹²; hai bên hoan nghênh.",
            "Hiệp định ký năm 2020; hai bên hoan nghênh.",
            "¹²",
        ),
        ("Khủng hoảng tài chính (1997⁴) lan rộng.", "Khủng hoảng tài chính (1997) lan rộng.", "⁴"),
    ],
)
def test_a_superscript_glued_to_a_year_is_a_footnote_mark(written, read, note):
    doc = parse_text(PAGE.format(body=written, note=note))
    assert blocks(doc)[1] == ("paragraph", read)
    assert blocks(doc)[2][0] == "footnote"


@pytest.mark.parametrize(
    "written",
    [
        "Diện tích vùng biên là 25.000 km². Hai bên đã hoàn thành phân giới.",
        "Kho chứa 300 m³, xây năm 1998. Hai bên hợp tác.",
        "Công suất đạt 10³ tấn mỗi năm. Hai bên hợp tác.",
        "Dự án dùng 12000³ đơn vị. Hai bên hợp tác.",  # five digits: no year
    ],
)
def test_an_exponent_is_no_mark(written):
    note = "²" if "km²" in written else "³"
    doc = parse_text(PAGE.format(body=written, note=note))
    assert blocks(doc)[1] == ("paragraph", written)


def test_a_year_superscript_with_no_note_stays():
    text = "QUAN HỆ VIỆT NAM – ASEAN\n\nViệt Nam gia nhập ASEAN năm 1995³. Hai bên hợp tác.\n"
    assert blocks(parse_text(text))[1] == ("paragraph", "Việt Nam gia nhập ASEAN năm 1995³. Hai bên hợp tác.")


def test_has_mark_sees_a_year_mark_but_not_a_measure():
    assert has_mark(["Việt Nam gia nhập ASEAN năm 1995³."], 1, "³ Xem: tài liệu.")
    assert has_mark(["kết nạp năm 1999², rồi"], 1, "² Xem: tài liệu.")
    assert not has_mark(["vùng biển rộng 300 km²."], 1, "² Xem: tài liệu.")
    assert not has_mark(["khoảng 10³ tấn"], 1, "³ Xem: tài liệu.")
