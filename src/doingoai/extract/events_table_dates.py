"""Rows of a table dated by a column of their own ("Thời gian | Đối tác | Hoạt động | Kết quả", "STT | Ngày |
…"): an event read in a row (a ``table`` block, one sentence) takes the date in the row's time column ("3/2025",
"19/6/2025") when the header row above names one ("Thời gian", "Ngày", "Tháng", "Date"), not a date another
cell gives ("Ký Kế hoạch hợp tác giai đoạn 2026 – 2028": the period a plan covers) nor the document's. A column
of entry into force ("Ngày có hiệu lực") dates nothing, and an act's own column ("Ngày ký", "Phê chuẩn") is
:mod:`events_table_rows`'s. Called once per document by
:func:`doingoai.extract.events.find_events` after every reading; a document without a ``table`` block costs
one pass over its block types.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Final

from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.model import Block, BlockType, Document

_TABLE: Final = BlockType.TABLE
Span = tuple[int, int]
_GAP: Final = re.compile(r" {2,}|\s*\|\s*")  # cells of a row (a tab is two spaces once cleaned)
_TIME_HEAD: Final = re.compile(r"(?:thời gian|thời điểm|ngày|năm|tháng|date|year|time)\b")
# not a time column of its own: entry into force, an infobox's "Sinh", "Mất", or an act's date ("Ngày ký",
# "Phê chuẩn", "Năm gia nhập": events_table_rows dates each act by its column)
_NOT_TIME: Final = re.compile(
    r"hiệu lực|in force|effective|sinh|mất|born|died|ký|sign|phê|ratif|gia nhập|join"
)
MAX_HEADER_CELL: Final = 30  # characters of the time column's header


def row_dates(doc: Document, ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """``drafts``, those read in a dated table row carrying the row's date."""
    blocks = doc.blocks
    if not drafts or not any(b.type is _TABLE for b in blocks):
        return drafts  # (the common case)
    dated: list[tuple[int, int, str]] = []  # (row start, row end, its date)
    for head, rows in table_runs(doc, ctx):
        col = _time_column(doc.text, head)
        if col is None:
            continue
        for b, cells in rows:
            found = ctx.dates_in(*cells[col])
            if len(found) == 1:
                dated.append((b.start, b.end, found[0].value))
    if not dated:
        return drafts
    starts = [s for s, _, _ in dated]
    out = []
    for d in drafts:
        j = bisect_left(starts, d.sentence[0] + 1) - 1
        if j >= 0 and d.sentence[0] < dated[j][1] and d.date != dated[j][2]:
            d = d._replace(date=dated[j][2], explicit=True)
        out.append(d)
    return out


def table_runs(doc: Document, ctx: Context) -> Iterator[tuple[list[Span], list[tuple[Block, list[Span]]]]]:
    """Each run of table blocks whose first row (its header) holds no date: the header's cells and the rows after
    it that have as many cells, each with its cells (a row of fewer cells: which cell is which is not sure)."""
    blocks = doc.blocks
    k, n = 0, len(blocks)
    while k < n:
        if blocks[k].type is not _TABLE:
            k += 1
            continue
        header = blocks[k]
        undated = not ctx.dates_in(header.start, header.end)
        head = row_cells(doc.text, header.start, header.end) if undated else []
        k += 1
        rows: list[tuple[Block, list[Span]]] = []
        while k < n and blocks[k].type is _TABLE:
            b = blocks[k]
            k += 1
            cells = row_cells(doc.text, b.start, b.end) if undated else []
            if undated and len(cells) == len(head):
                rows.append((b, cells))
        if undated:
            yield head, rows


def _time_column(text: str, head: list[tuple[int, int]]) -> int | None:
    """The header's time column ("Thời gian", "Ngày ký"), None when it names none."""
    for c, (s, e) in enumerate(head):
        low = text[s:e].lower()
        if e - s <= MAX_HEADER_CELL and _TIME_HEAD.match(low) and not _NOT_TIME.search(low):
            return c
    return None


def row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The filled cells ``(start, end)`` of a row (runs of two or more spaces part them)."""
    pos, out = start, []
    for m in _GAP.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out
