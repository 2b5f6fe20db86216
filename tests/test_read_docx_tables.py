"""DOCX tables: a table of data read a row a line, in document order, each row a ``table`` block and
sentence of its own; tables that lay out paragraphs read cell by cell; merged, nested and empty cells."""

from __future__ import annotations

import pytest

from doingoai.extract import find_dates
from doingoai.model import BlockType
from doingoai.pipeline import parse_file
from doingoai.read import read_file

docx = pytest.importorskip("docx")

HEADER = ("Hiệp định", "Đối tác", "Ngày ký", "Ngày có hiệu lực")
ROWS = [
    ("Hiệp định Thương mại tự do Việt Nam – Chi-lê (VCFTA)", "Chi-lê", "11/11/2011", "1/1/2014"),
    ("Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP)", "ASEAN và 5 nước", "15/11/2020", "1/1/2022"),
    ("Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu", "EAEU", "29/5/2015", "5/10/2016"),
]
P1 = "Ngày 10/12/2001, Hiệp định Thương mại song phương giữa Việt Nam và Hoa Kỳ có hiệu lực."
P2 = "Tháng 1/2007, Việt Nam trở thành thành viên chính thức của Tổ chức Thương mại Thế giới."


def _table_doc(path, rows=ROWS, header=HEADER):
    d = docx.Document()
    d.add_heading("HỘI NHẬP KINH TẾ QUỐC TẾ CỦA VIỆT NAM", level=1)
    d.add_paragraph(P1)
    d.add_paragraph(P2)
    d.add_paragraph("Bảng 2. Các hiệp định thương mại tự do đã ký")
    t = d.add_table(rows=1, cols=len(header))
    for c, h in zip(t.rows[0].cells, header, strict=True):
        c.text = h
    for r in rows:
        for c, v in zip(t.add_row().cells, r, strict=True):
            c.text = v
    d.add_paragraph("Nguồn: Bộ Công Thương.")
    d.save(str(path))
    return path


def test_a_table_of_data_is_read_a_row_a_line_in_document_order(tmp_path):
    doc = read_file(_table_doc(tmp_path / "a.docx"))
    lines = doc.raw.split("\n")
    assert lines[3] == "Bảng 2. Các hiệp định thương mại tự do đã ký"
    assert lines[4] == " | ".join(HEADER)  # (cells joined by " | ", as the gold writes a row: round 203)
    assert lines[5:8] == [" | ".join(r) for r in ROWS]
    assert lines[8] == "Nguồn: Bộ Công Thương."
    # the reader says which lines are rows: their raw offsets
    assert [doc.raw[a:b] for a, b in doc.meta["markup"]["rows"]] == lines[4:8]


def test_each_row_is_a_table_block_and_a_sentence_of_its_own(tmp_path):
    doc = parse_file(_table_doc(tmp_path / "a.docx"))
    blocks = [(b.type, doc.block_text(b)) for b in doc.blocks]
    rows = [t for typ, t in blocks if typ is BlockType.TABLE]
    assert rows == [" | ".join(r) for r in (HEADER, *ROWS)]  # cells apart, as a CSV's row (round 203)
    assert (BlockType.SOURCE, "Nguồn: Bộ Công Thương.") in blocks
    sentences = [doc.span_text(s.start, s.end) for s in doc.sentences]
    for r in ROWS:  # one sentence a row: its dates never run into the next row's
        own = [s for s in sentences if r[2] in s]
        assert own == [" | ".join(r)]
    doc = find_dates(doc)
    rcep = next(s for s in doc.sentences if "RCEP" in doc.span_text(s.start, s.end))
    values = [d.value for d in doc.dates if rcep.start <= d.start < rcep.end]
    assert values == ["2020-11-15", "2022-01-01"]


def test_paragraphs_before_a_table_stay_apart(tmp_path):
    """The trial's two paragraphs above a table came out as one block: the table's cells, one a line and
    none ending a sentence, made the text look wrapped."""
    doc = parse_file(_table_doc(tmp_path / "a.docx"))
    paragraphs = [doc.block_text(b) for b in doc.blocks if b.type is BlockType.PARAGRAPH]
    assert P1 in paragraphs and P2 in paragraphs


def test_merged_nested_and_empty_cells_do_not_break_a_row(tmp_path):
    d = docx.Document()
    d.add_paragraph("Các chuyến thăm cấp cao năm 2023 được tổng hợp trong bảng dưới đây.")
    t = d.add_table(rows=4, cols=3)
    for c, v in zip(t.rows[0].cells, ("Đối tác", "Thời gian", "Ghi chú"), strict=True):
        c.text = v
    t.cell(1, 0).merge(t.cell(2, 0)).text = "Nhật Bản"  # merged down two rows
    t.cell(1, 1).text = "9/2023"
    t.cell(2, 1).text = "11/2023"
    t.cell(1, 2).add_table(rows=1, cols=2).cell(0, 0).text = "bảng lồng"  # a nested table, an empty cell
    t.cell(3, 0).merge(t.cell(3, 1)).text = "Hàn Quốc 12/2023"  # merged across two columns
    d.add_paragraph("Hai bên nhất trí tăng cường hợp tác.")
    d.save(str(tmp_path / "m.docx"))
    doc = read_file(tmp_path / "m.docx")
    rows = [doc.raw[a:b] for a, b in doc.meta["markup"]["rows"]]
    assert rows == [
        "Đối tác | Thời gian | Ghi chú",
        "Nhật Bản | 9/2023 | bảng lồng",
        "11/2023",
        "Hàn Quốc 12/2023",
    ]
    parsed = parse_file(tmp_path / "m.docx")
    tables = [parsed.block_text(b) for b in parsed.blocks if b.type is BlockType.TABLE]
    assert tables == rows  # a one-cell row is a row too
    assert parsed.block_text(parsed.blocks[-1]) == "Hai bên nhất trí tăng cường hợp tác."


def test_an_empty_table_and_empty_rows_give_no_lines(tmp_path):
    d = docx.Document()
    d.add_paragraph("Trước bảng.")
    d.add_table(rows=2, cols=2)
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Năm", "Sự kiện"
    t.cell(2, 0).text, t.cell(2, 1).text = "1995", "Gia nhập ASEAN"
    d.add_paragraph("Sau bảng.")
    d.save(str(tmp_path / "e.docx"))
    doc = read_file(tmp_path / "e.docx")
    assert [ln for ln in doc.raw.split("\n") if ln] == [
        "Trước bảng.",
        "Năm | Sự kiện",
        "1995 | Gia nhập ASEAN",
        "Sau bảng.",
    ]
    parse_file(tmp_path / "e.docx")


def test_a_table_laying_out_an_official_preamble_is_read_cell_by_cell(tmp_path):
    """An issuer and the national motto side by side, each cell several paragraphs: not a table of data."""
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.text = "BỘ NGOẠI GIAO"
    left.add_paragraph("-------")
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    right.add_paragraph("---------------")
    t.cell(1, 0).text = "Số: 12/BC-BNG"
    t.cell(1, 1).text = "Hà Nội, ngày 5 tháng 3 năm 2020"
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Tình hình thực hiện công tác đối ngoại năm 2019")
    d.save(str(tmp_path / "p.docx"))
    doc = read_file(tmp_path / "p.docx")
    assert doc.raw.split("\n")[:7] == [
        "BỘ NGOẠI GIAO",
        "-------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "---------------",
        "Số: 12/BC-BNG",
        "Hà Nội, ngày 5 tháng 3 năm 2020",
    ]
    assert "markup" not in doc.meta
    assert parse_file(tmp_path / "p.docx").title == "BÁO CÁO Tình hình thực hiện công tác đối ngoại năm 2019"


def test_one_column_and_side_by_side_prose_tables_are_paragraphs(tmp_path):
    long_vi = "Hai bên khẳng định quyết tâm thúc đẩy quan hệ hữu nghị truyền thống và hợp tác toàn diện " * 2
    long_en = "The two sides affirmed their determination to promote the traditional friendship " * 2
    d = docx.Document()
    box = d.add_table(rows=1, cols=1)  # a box of text
    box.cell(0, 0).text = "Khung 1. Hợp tác quốc phòng"
    box.cell(0, 0).add_paragraph("Năm 2009, hai nước ký Bản ghi nhớ về hợp tác quốc phòng.")
    bilingual = d.add_table(rows=2, cols=2)  # a text beside its translation
    for r in range(2):
        bilingual.cell(r, 0).text = long_vi.strip()
        bilingual.cell(r, 1).text = long_en.strip()
    d.save(str(tmp_path / "b.docx"))
    doc = read_file(tmp_path / "b.docx")
    assert "rows" not in doc.meta["markup"]  # no table of data; the box's lines marked as a box's
    assert [doc.raw[a:b] for a, b in doc.meta["markup"]["boxes"]] == [
        "Khung 1. Hợp tác quốc phòng",
        "Năm 2009, hai nước ký Bản ghi nhớ về hợp tác quốc phòng.",
    ]
    assert "\t" not in doc.raw
    assert doc.raw.split("\n")[:3] == [
        "Khung 1. Hợp tác quốc phòng",
        "Năm 2009, hai nước ký Bản ghi nhớ về hợp tác quốc phòng.",
        long_vi.strip(),
    ]


def test_a_cell_with_a_line_break_or_a_tab_stays_one_cell_of_one_line(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Năm", "Sự kiện"
    t.cell(1, 0).text = "1995"
    run = t.cell(1, 1).paragraphs[0].add_run("Gia nhập")
    run.add_break()
    t.cell(1, 1).paragraphs[0].add_run("ASEAN\t(28/7)")
    d.save(str(tmp_path / "c.docx"))
    doc = read_file(tmp_path / "c.docx")
    assert doc.raw.split("\n") == ["Năm | Sự kiện", "1995 | Gia nhập ASEAN (28/7)"]


def test_cells_of_lines_broken_apart_are_a_layout_too(tmp_path):
    """An issuer and the motto typed as one paragraph each with line breaks (Shift+Enter), side by side."""
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "BỘ NGOẠI GIAO\n-------\nSố: 37/TB-BNG"
    t.cell(
        0, 1
    ).text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 3 tháng 8 năm 2015"
    )
    d.add_paragraph("THÔNG BÁO")
    d.save(str(tmp_path / "n.docx"))
    doc = read_file(tmp_path / "n.docx")
    assert "markup" not in doc.meta and "\t" not in doc.raw
    assert doc.raw.split("\n")[:4] == [
        "BỘ NGOẠI GIAO",
        "-------",
        "Số: 37/TB-BNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]


def test_a_table_opening_the_document_gives_no_title(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [
            ("Năm", "Sự kiện", "Ghi chú"),
            ("1995", "Gia nhập ASEAN", "28/7/1995"),
            ("2007", "Gia nhập WTO", "11/1/2007"),
        ]
    ):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_paragraph("Việt Nam gia nhập ASEAN ngày 28/7/1995 và trở thành thành viên WTO ngày 11/1/2007.")
    d.add_paragraph("Hai sự kiện này đánh dấu bước ngoặt trong hội nhập quốc tế của Việt Nam.")
    d.save(str(tmp_path / "t.docx"))
    doc = parse_file(tmp_path / "t.docx")
    assert doc.title is None
    assert [doc.block_text(b) for b in doc.blocks if b.type is BlockType.TABLE][
        0
    ] == "Năm | Sự kiện | Ghi chú"


def _boxed_doc(path, box: list[str], after: list[str] = ()):
    d = docx.Document()
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = box[0]
    for p in box[1:]:
        cell.add_paragraph(p)
    for p in after:
        d.add_paragraph(p)
    d.save(str(path))
    return path


@pytest.mark.parametrize(
    "box",
    [
        ["Việt Nam gia nhập ASEAN năm 1995"],  # a line a title could be: short, no final stop
        ["Khung 1. Hợp tác quốc phòng", "Năm 2009, hai nước ký Bản ghi nhớ về hợp tác quốc phòng."],
    ],
)
def test_a_document_that_is_one_box_has_no_title(tmp_path, box):
    """A table of one cell is a box around paragraphs (a note, an example set apart), not a title."""
    path = _boxed_doc(tmp_path / "b.docx", box)
    raw = read_file(path)
    assert [raw.raw[a:b] for a, b in raw.meta["markup"]["boxes"]] == box
    doc = parse_file(path)
    assert doc.title is None and not any(b.type is BlockType.TITLE for b in doc.blocks)
    assert [doc.block_text(b) for b in doc.blocks] == box  # its text kept, as body text


def test_a_cell_merged_across_the_grid_is_a_box_too(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "Việt Nam gia nhập ASEAN năm 1995"
    d.save(str(tmp_path / "m.docx"))
    doc = parse_file(tmp_path / "m.docx")
    assert doc.title is None and [doc.block_text(b) for b in doc.blocks] == [
        "Việt Nam gia nhập ASEAN năm 1995"
    ]


def test_the_same_line_as_a_paragraph_is_the_title(tmp_path):
    """Twin: the line typed as a paragraph above the text is the title; a box lower down changes nothing."""
    d = docx.Document()
    d.add_paragraph("Việt Nam gia nhập ASEAN năm 1995")
    d.add_paragraph("Ngày 28/7/1995, Việt Nam chính thức trở thành thành viên thứ bảy của ASEAN.")
    d.add_paragraph("Sự kiện này đánh dấu bước ngoặt trong hội nhập khu vực của Việt Nam.")
    d.add_table(rows=1, cols=1).cell(0, 0).text = "Ghi chú: ASEAN được thành lập năm 1967."
    d.add_paragraph("Từ đó, Việt Nam tích cực đóng góp vào các hoạt động của Hiệp hội.")
    d.save(str(tmp_path / "p.docx"))
    doc = parse_file(tmp_path / "p.docx")
    assert doc.title == "Việt Nam gia nhập ASEAN năm 1995"
    assert doc.block_text(doc.blocks[3]) == "Ghi chú: ASEAN được thành lập năm 1967."
    assert doc.blocks[3].type is BlockType.PARAGRAPH


def test_a_table_of_two_cells_is_no_box(tmp_path):
    """Twin: a one-row table of two cells (a table of data's header alone, or a layout) marks no box."""
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Năm", "Sự kiện"
    d.add_paragraph("Ngày 28/7/1995, Việt Nam chính thức trở thành thành viên thứ bảy của ASEAN.")
    d.save(str(tmp_path / "t.docx"))
    assert "boxes" not in read_file(tmp_path / "t.docx").meta.get("markup", {})
