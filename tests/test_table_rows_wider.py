"""A table row holding more cells than its header row (a Word row with a note added past the last column):
kept whole, its first cells under the header's columns and the cells past the last column text of the row,
under no header. The reader and the structure stage keep it as a row line and a ``table`` block; a table of
agreements still gives its signing (events_table_rows read it as "cannot be placed" and dropped it); an answer
reads its cells under the header (answer/tables.find_cell gave up on it). Negative twins: a date standing
only in a cell past the header is no column's date; a noun no header holds is answered by no extra cell."""

from __future__ import annotations

import pytest

from doingoai.answer.context import analyse_question
from doingoai.answer.tables import find_cell
from doingoai.model import BlockType, EventKind
from doingoai.pipeline import extract_file
from doingoai.read import read_file

docx = pytest.importorskip("docx")
from docx.table import _Cell  # noqa: E402

INTRO = "Năm 2020, Việt Nam tích cực tham gia các hiệp định thương mại tự do và hợp tác quốc tế."
HEADER = ("Hiệp định", "Đối tác", "Ngày ký")


def _docx(path, rows: list[tuple[str, ...]]):
    """A Word table of agreements under HEADER; a row longer than the header gets its extra cells appended
    to its own ``w:tr`` (as Word writes a row split past the table's last column)."""
    d = docx.Document()
    d.add_paragraph(INTRO)
    d.add_paragraph("Bảng 1. Các hiệp định Việt Nam đã ký kết")
    t = d.add_table(rows=1 + len(rows), cols=len(HEADER))
    for j, v in enumerate(HEADER):
        t.cell(0, j).text = v
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r[: len(HEADER)]):
            t.cell(i, j).text = v
    for i, r in enumerate(rows, start=1):  # (after the grid is filled: python-docx counts cells by it)
        for v in r[len(HEADER) :]:
            _Cell(t.rows[i]._tr.add_tc(), t).text = v
    d.add_paragraph("Nguồn: Bộ Công Thương.")
    d.save(str(path))
    return path


ROWS = [
    ("EVFTA", "EU", "30/6/2019"),
    ("RCEP", "ASEAN và 5 nước", "15/11/2020", "Ký trực tuyến"),  # one cell more than the header
    ("UKVFTA", "Anh", "29/12/2020", "Ký tại Luân Đôn", "Hiệu lực tạm thời"),  # two more
]


def _signings(doc) -> set[tuple[str, str]]:
    return {
        (e.attr("agreement"), e.date)
        for e in doc.events
        if e.kind is EventKind.AGREEMENT_SIGN and e.attr("agreement")
    }


def test_the_reader_and_the_structure_keep_the_longer_row_whole(tmp_path):
    path = _docx(tmp_path / "a.docx", ROWS)
    doc = read_file(path)
    rows = [doc.raw[a:b] for a, b in doc.meta["markup"]["rows"]]
    assert rows == [" | ".join(HEADER), *(" | ".join(r) for r in ROWS)]
    doc = extract_file(path)
    tables = [doc.block_text(b) for b in doc.blocks if b.type is BlockType.TABLE]
    assert tables == [" | ".join(r) for r in (HEADER, *ROWS)]


def test_a_row_longer_than_its_header_still_gives_its_signing(tmp_path):
    doc = extract_file(_docx(tmp_path / "a.docx", ROWS))
    assert _signings(doc) == {("EVFTA", "2019-06-30"), ("RCEP", "2020-11-15"), ("UKVFTA", "2020-12-29")}
    rcep = next(e for e in doc.events if e.attr("agreement") == "RCEP")
    assert "Ký trực tuyến" in doc.text[rcep.evidence[0].start : rcep.evidence[0].end]  # the whole row


def test_a_date_only_past_the_headers_last_column_dates_nothing(tmp_path):
    rows = [("EVFTA", "EU", "30/6/2019"), ("RCEP", "ASEAN và 5 nước", "Chưa ký", "15/11/2020")]  # twin
    assert _signings(extract_file(_docx(tmp_path / "b.docx", rows))) == {("EVFTA", "2019-06-30")}


HEAD = "Cửa khẩu phía Việt Nam  Cửa khẩu phía Trung Quốc  Huyện"


@pytest.mark.parametrize(
    "question, row, expected",
    [
        (
            "Cửa khẩu Tân Thanh đối diện với cửa khẩu nào của Trung Quốc?",
            "Tân Thanh  Pò Chài  Văn Lãng",
            "Pò Chài",
        ),
        # a cell more than the header: the columns still read
        (
            "Cửa khẩu Tân Thanh đối diện với cửa khẩu nào của Trung Quốc?",
            "Tân Thanh  Pò Chài  Văn Lãng  Cửa khẩu quốc tế",
            "Pò Chài",
        ),
        ("Cửa khẩu Tân Thanh thuộc huyện nào?", "Tân Thanh  Pò Chài  Văn Lãng  Cửa khẩu quốc tế", "Văn Lãng"),
        # twins: a row of fewer cells does not line up; a noun no header holds is no extra cell's
        ("Cửa khẩu Tân Thanh đối diện với cửa khẩu nào của Trung Quốc?", "Tân Thanh  Pò Chài", None),
        ("Cửa khẩu Tân Thanh có quy mô nào?", "Tân Thanh  Pò Chài  Văn Lãng  Cửa khẩu quốc tế", None),
    ],
)
def test_an_answer_reads_a_longer_rows_cells_under_the_header(question, row, expected):
    found = find_cell(analyse_question(question), row, HEAD)
    assert (found[0] if found else None) == expected
