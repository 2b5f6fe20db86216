"""A spreadsheet exported as CSV or TSV (.csv, .tsv) -> one line of text per row.

Read as plain text, a CSV kept its quotes and commas ("13,10/2018,\"Hiệp định …, quản trị rừng …\"")
and a cell's line break split a row in two. Here the standard library's ``csv`` module reads the rows
(the delimiter sniffed by ``csv.Sniffer`` on a sample, else "," for .csv and a tab for .tsv; the bytes
decoded as the text reader decodes them: BOM, UTF-16, cp1258 …), and each row is written as one line:

* a title row (one non-empty cell, above the first row of several cells) is the title, the title rows
  joined by a space, then a blank line;
* every other row of several cells -- the header row (the first of them) and the data rows -- is a line of
  its cells joined by " | ", empty cells too (a line break inside a cell read as a space), each line a
  block of its own, handed on as a table's rows (``meta["markup"]["rows"]``, raw offsets, as the DOCX
  reader hands on a Word table's): the structure stage makes each a ``table`` block, and the events stage
  reads the rows under their header as it reads a Word table's (extract/events_table_rows.py: the date
  under a "Ngày ký" column, or a bare "Ngày" column of a list of documents, dates the signing of the
  document the row names) and each row as a sentence (its date cell before its act: "1 | 02/02/1950 |
  Thiết lập quan hệ ngoại giao với Ba Lan | Ba Lan");
* a row of one cell below the table (a source, "Nguồn: …", a note) is a paragraph of its own, and so is
  every row of a table of one column.

Offsets are into the text returned (``doc.raw``). (The structure gold of the working sets writes a CSV's
data rows as list items; kept as ``table`` blocks here, since the events read from a table's rows need
them; see docs/decisions.md, round 182.)
"""

from __future__ import annotations

import csv
import io
from typing import Any

from doingoai.errors import Code, DoingoaiError

__all__ = ["read_table"]

_SAMPLE = 16_384
_DELIMITERS = ",;\t|"


def _dialect(text: str, fmt: str) -> Any:
    sample = text[:_SAMPLE]
    if "\n" in sample[: len(sample) - 1]:
        sample = sample[: sample.rfind("\n")]  # (whole lines only)
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel_tab if fmt == "tsv" else csv.excel


def _rows(text: str, fmt: str, shown: str) -> list[list[str]]:
    try:
        reader = csv.reader(io.StringIO(text, newline=""), _dialect(text, fmt))
        rows = [[" ".join(cell.split()) for cell in row] for row in reader]
    except csv.Error as exc:
        raise DoingoaiError(Code.E105_UNDECODABLE, f"the table cannot be read ({exc})", shown) from None
    while rows and not any(rows[-1]):
        rows.pop()
    return rows


def read_table(text: str, fmt: str, shown: str) -> tuple[str, dict[str, Any]]:
    """The text of a CSV/TSV table (decoded) and the markup it hands on (``{"rows": [[start, end], ...]}``,
    the header and data rows); raises DoingoaiError (E105) when the rows cannot be parsed, E102 when none holds text."""
    rows = [row for row in _rows(text.lstrip("\ufeff"), fmt, shown) if any(row)]
    if not rows:
        raise DoingoaiError(Code.E102_EMPTY, "the table has no text", shown)
    wide = max(sum(1 for c in row if c) for row in rows)
    header = next((i for i, row in enumerate(rows) if sum(1 for c in row if c) > 1), len(rows))
    titles = [next(c for c in row if c) for row in rows[:header]] if wide > 1 else []
    out: list[str] = []
    pos = 0
    rows_at: list[list[int]] = []

    def put(line: str, row: bool) -> None:
        nonlocal pos
        if out:
            out.append("")
            pos += 1
        if row:
            rows_at.append([pos, pos + len(line)])
        out.append(line)
        pos += len(line) + 1

    if titles:
        put(" ".join(titles), False)
    for row in rows[header:] if titles else rows:
        cells = [c for c in row if c]
        if len(cells) == 1:
            put(cells[0], False)  # a source or note row under the table (or one above a second table)
            continue
        put(" | ".join(row), True)
    return "\n".join(out) + "\n", ({"rows": rows_at} if rows_at else {})
