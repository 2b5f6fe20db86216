"""Rows of a table set as text: lines of short cells parted by runs of spaces, one ``table`` block
each (read by :func:`doingoai.structure.layout.analyse`); and the lines a reader knows to be rows
(:func:`marked_rows`: a Word or web page's table of data, one row a line, its cells parted by tabs)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from doingoai.structure.lines import Lines, ends_sentence, starts_lower
from doingoai.structure.preamble_parts import gap_spans

MAX_CELL = 60  # characters of a table cell
MAX_LONG_CELL = 160  # characters of the one longer cell a row of three cells or more may have
MIN_CELLS_TWO_LONG = 4  # cells of a row that may have two longer cells (an activity and its result)
_PROSE_END = frozenset(".!?:;,")  # a cell ending so is a sentence part parted by two spaces


def table_rows(lines: Lines, keep: list[int]) -> frozenset[int]:
    """Rows of a table set as text: lines of two or more short cells parted by runs of spaces (a tab
    becomes two in the clean stage), two or more such lines in a row with as many cells each."""
    texts = lines.texts
    wide = [i for i, t in zip(keep, map(texts.__getitem__, keep), strict=True) if "  " in t or " | " in t]
    if len(wide) < 2:
        return frozenset()
    cells: dict[int, int] = {}
    for i in wide:
        t = texts[i]
        spans = cell_spans(t)
        long_cells = sum(e - s > MAX_CELL for s, e in spans)
        if (
            len(spans) >= 2
            # every cell short, but one long cell (a document's name) in a row of three cells or more
            and (
                not long_cells
                # (two in a row of four cells or more: "STT  Thời gian  Đối tác  Hoạt động  Kết quả")
                or long_cells <= (2 if len(spans) >= MIN_CELLS_TWO_LONG else 1)
                and len(spans) >= 3
                and max(e - s for s, e in spans) <= MAX_LONG_CELL
            )
            and not any(t[e - 1] in _PROSE_END for s, e in spans[:-1])  # "... ASEAN.  Cùng năm": prose
            and not starts_lower(t)
        ):
            cells[i] = len(spans)
    rows: set[int] = set()
    for a, n in cells.items():  # the next kept line (blank lines between rows do not count)
        k = bisect_right(keep, a)
        if k < len(keep) and cells.get(keep[k]) == n:
            rows.update((a, keep[k]))
    # a row with an empty cell has fewer cells ("RCEP        15/11/2020    1/1/2022"): the lines after a table's
    # rows with as many cells or fewer (two at least) go on it
    for a in sorted(rows):
        k = bisect_right(keep, a)
        while k < len(keep) and keep[k] not in rows and 2 <= cells.get(keep[k], 0) <= cells[a]:
            rows.add(keep[k])
            k += 1
    # a table starts after a complete line: justified PDF text with double spaces goes on mid-sentence
    for a in sorted(rows):
        k = bisect_right(keep, a) - 2  # the kept line before ``a``
        if (
            k >= 0
            and keep[k] not in rows
            and not _complete(texts[keep[k]])
            and not _caption(lines, keep[k], a)
        ):
            run = [a]
            while (nxt := bisect_right(keep, run[-1])) < len(keep) and keep[nxt] in rows:
                run.append(keep[nxt])
            rows.difference_update(run)
    return frozenset(rows)


_PIPE = re.compile(r"\s*\|\s*")


def cell_spans(t: str) -> list[tuple[int, int]]:
    """The cells ``(start, end)`` of a row: parted by " | " (a web page's or wiki's table copied as text,
    "1971 | Liên đoàn Ả-rập | Ô-man gia nhập"; a bar opening or closing the line parts nothing), else by runs
    of two or more spaces."""
    if " | " not in t:
        return gap_spans(t)
    spans, pos = [], 0
    for m in _PIPE.finditer(t):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(t):
        spans.append((pos, len(t)))
    return spans


def _complete(t: str) -> bool:
    """A line a table may follow: a sentence end, a colon, or a heading-like line in capitals."""
    return ends_sentence(t) or t[-1] in ":)" or t.isupper()


MAX_CAPTION = 120  # characters of a heading or caption line set apart above a table
_NUMBERED_CAPTION = re.compile(r"(?:Bảng|BẢNG|Table|TABLE)\s+\d+(?:\.\d+)*\s*[.:]\s+\S")


def _caption(lines: Lines, i: int, a: int) -> bool:
    """Line ``i`` heads the table starting at row ``a``: a short line in capitals or title case set
    apart by a blank line ("Phụ lục: Một số cặp cửa khẩu trên địa bàn tỉnh"), not a wrapped sentence
    going on into the rows."""
    t = lines.texts[i]
    if t[0] in "BT" and _NUMBERED_CAPTION.match(t) and len(t) <= MAX_CAPTION:
        return True  # "Bảng 1. Đoàn ra, đoàn vào" right over the rows
    return bool(lines.blanks[a]) and len(t) <= MAX_CAPTION and t[-1] not in ",;-–(" and not starts_lower(t)


def marked_rows(lines: Lines, mapped: Any, rows: list[list[int]]) -> frozenset[int]:
    """The lines (indices into ``lines``, of ``mapped.text``) that start where the rows at raw spans
    ``rows`` start (``doc.meta["markup"]["rows"]``, from read/docx.py and read/html.py): rows whatever their cells' shape
    (one cell long, an empty one left out, a row standing alone)."""
    wanted = {s for s, _ in rows}
    span = mapped.source_span
    return frozenset(
        i
        for i, (a, z) in enumerate(zip(lines.starts, lines.ends, strict=True))
        if z > a and span(a, z)[0] in wanted
    )
