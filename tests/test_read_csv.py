"""Spreadsheets exported as CSV or TSV: each row one line of its cells joined by " | ", the title rows the
title, a source row under the table a paragraph, and the events read from the rows (a row's date cell
dates the act its name cell states). Every table here is written in the test with the standard ``csv`` module."""

from __future__ import annotations

import csv
import io

import pytest

from doingoai.errors import Code, DoingoaiError
from doingoai.model import BlockType, EventKind
from doingoai.pipeline import extract_file
from doingoai.read import read_bytes, read_file

HEADER = ["STT", "Ngày ký", "Tên văn kiện", "Đối tác", "Nơi ký", "Ghi chú"]
ROWS = [
    ["DANH MỤC VĂN KIỆN GIỮA VIỆT NAM VÀ CÁC NƯỚC", "", "", "", "", ""],
    HEADER,
    ["1", "12/07/1995", "Thiết lập quan hệ ngoại giao với Hoa Kỳ", "Hoa Kỳ", "", ""],
    ["2", "13/07/2000", "Hiệp định Thương mại song phương", "Hoa Kỳ", "Oa-sinh-tơn", 'Thường gọi là "BTA".'],
    ["3", "2001", "Hiệp định về hợp tác văn hóa,\nthể thao", "Pháp", "", ""],
    ["Nguồn: tổng hợp của thư viện, tháng 1/2024.", "", "", "", "", ""],
]


def _csv(rows, delimiter: str = ",", bom: bool = True) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return ("\ufeff" if bom else "").encode("utf-8") + out.getvalue().encode("utf-8")


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_rows_are_lines_of_cells(tmp_path):
    doc = read_file(_write(tmp_path, "danh-muc.csv", _csv(ROWS)))
    assert doc.format == "csv"
    lines = [line for line in doc.raw.splitlines() if line]
    assert lines[0] == "DANH MỤC VĂN KIỆN GIỮA VIỆT NAM VÀ CÁC NƯỚC"
    assert lines[1] == "STT | Ngày ký | Tên văn kiện | Đối tác | Nơi ký | Ghi chú"
    assert lines[2] == "1 | 12/07/1995 | Thiết lập quan hệ ngoại giao với Hoa Kỳ | Hoa Kỳ |  | "
    assert lines[3].endswith('| Thường gọi là "BTA".')  # (the doubled quotes read as one)
    assert "Hiệp định về hợp tác văn hóa, thể thao" in lines[4]  # (a line break inside a cell: a space)
    assert lines[5] == "Nguồn: tổng hợp của thư viện, tháng 1/2024."
    assert len(doc.meta["markup"]["rows"]) == 4  # the header and the three data rows


def test_structure_title_and_rows(tmp_path):
    doc = extract_file(_write(tmp_path, "danh-muc.csv", _csv(ROWS)))
    assert doc.title == "DANH MỤC VĂN KIỆN GIỮA VIỆT NAM VÀ CÁC NƯỚC"
    rows = [doc.block_text(b) for b in doc.blocks if b.type is BlockType.TABLE]
    assert len(rows) == 4 and rows[1].startswith("1 | 12/07/1995 |")


def test_events_read_from_rows(tmp_path):
    doc = extract_file(_write(tmp_path, "danh-muc.csv", _csv(ROWS)))
    got = {(e.kind, tuple(sorted(e.actors + e.recipients)), e.date) for e in doc.events}
    assert (EventKind.RELATIONS_ESTABLISH, ("USA", "VNM"), "1995-07-12") in got
    assert (EventKind.AGREEMENT_SIGN, ("USA", "VNM"), "2000-07-13") in got
    assert (EventKind.AGREEMENT_SIGN, ("FRA", "VNM"), "2001") in got  # (a year alone in the date cell)
    # a row stating an act that is no signing is never read as the signing of a document
    assert not any(e.kind is EventKind.AGREEMENT_SIGN and e.date == "1995-07-12" for e in doc.events)


def test_a_bare_date_column_dates_the_documents_signed(tmp_path):
    rows = [["Ngày", "Văn kiện / sự kiện", "Đối tác"]]
    rows += [["13/07/2000", "Hiệp định Thương mại song phương", "Hoa Kỳ"]]
    rows += [["12/07/1995", "Thiết lập quan hệ ngoại giao với Hoa Kỳ", "Hoa Kỳ"]]
    doc = extract_file(_write(tmp_path, "moc.csv", _csv(rows, bom=False)))
    signed = {(tuple(sorted(e.actors)), e.date) for e in doc.events if e.kind is EventKind.AGREEMENT_SIGN}
    assert signed == {(("USA", "VNM"), "2000-07-13")}


@pytest.mark.parametrize("delimiter,name", [(";", "a.csv"), ("\t", "b.tsv")])
def test_the_delimiter_is_sniffed(tmp_path, delimiter, name):
    doc = read_file(_write(tmp_path, name, _csv(ROWS, delimiter=delimiter)))
    assert "1 | 12/07/1995 | Thiết lập quan hệ ngoại giao với Hoa Kỳ | Hoa Kỳ |  | " in doc.raw


def test_other_encodings(tmp_path):
    data = "Năm,Sự kiện\r\n1995,Việt Nam gia nhập ASEAN\r\n".encode("utf-16")
    doc = read_file(_write(tmp_path, "u16.csv", data))
    assert "1995 | Việt Nam gia nhập ASEAN" in doc.raw


def test_a_broken_table_gives_a_coded_error():
    big = b'a,"' + b"x" * 200_000 + b'"\r\n'  # a field over the csv module's limit
    with pytest.raises(DoingoaiError) as err:
        read_bytes(big, "hong.csv", "csv")
    assert err.value.code is Code.E105_UNDECODABLE and "\n" not in str(err.value)
    with pytest.raises(DoingoaiError) as err:
        read_bytes(b",,,\r\n,,\r\n", "trong.csv", "csv")
    assert err.value.code is Code.E102_EMPTY
