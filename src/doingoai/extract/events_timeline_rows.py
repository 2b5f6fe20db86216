"""A timeline's rows in lecture notes or a course page: "| Năm | Sự kiện |" with rows "1995 | Ký Hiệp định khung về
hợp tác (17/7)" under a lesson heading that names the pair ("# Bài 3. Việt Nam và Liên minh châu Âu"). A row's
signing names no party: the pair is the heading's (the nearest heading above naming exactly two sides, Vietnam
one of them, else the title), as a chronology's entries take the pair of its title. The row's date is its year
cell with the day and month in brackets at the row's end ("(17/7)", "(tháng 11)").

Only a row of two or more " | " cells whose first cell is a year alone, whose act cell opens on "Ký" / "Ký kết"
(the pair's own signing: no subject) and names no party, and nothing was read from it. A row already read keeps
its events; when dated by its year alone, the bracketed day and month complete the date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.model import BlockType, Document, EventKind, Status

_ROW: Final = re.compile(r"((?:1[89]|20)\d\d) \| ")
_SIGN: Final = re.compile(r"(?:ký kết|ký) (?!kết\b)")
# the day and month at the row's end: "(17/7)", "(tháng 11)", "(Băng Cốc, tháng 3)"
_DAY_MONTH: Final = re.compile(
    r"\((?:[^()]{0,40}, )?(?:(\d{1,2})/(\d{1,2})|tháng (\d{1,2}))\)(?:\[\^\w+\])?\s*\|?\s*$"
)
_PAIR_SEP: Final = re.compile(r"\s*(?:và|với|–|-|—)\s*")
_SIDE_KINDS: Final = ("country", "organisation")


def _row_date(low: str, year: str, s: int, e: int) -> str:
    m = _DAY_MONTH.search(low, s, e)
    if m is None:
        return year
    if m.group(3):
        month = int(m.group(3))
        return f"{year}-{month:02d}" if 1 <= month <= 12 else year
    day, month = int(m.group(1)), int(m.group(2))
    if 1 <= day <= 31 and 1 <= month <= 12:
        return f"{year}-{month:02d}-{day:02d}"
    return year


def _pair(doc: Document, low: str, index: Any, start: int, end: int) -> tuple[str, str] | None:
    named = [m for m in index.between(start, end) if m.kind in _SIDE_KINDS]
    if len(named) != 2 or named[0].code == named[1].code or "VNM" not in (named[0].code, named[1].code):
        return None
    if _PAIR_SEP.fullmatch(low, named[0].end, named[1].start) is None:
        return None
    return named[0].code, named[1].code


def timeline_rows(doc: Document, low: str, index: Any, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with the unread signings of a timeline's rows and the rows' dates completed (see the module)."""
    blocks = doc.blocks
    rows = [
        b
        for b in blocks
        if b.type is BlockType.LIST_ITEM
        and _ROW.match(low, b.start) is not None
        and "|" in low[b.start : b.end]
    ]
    if not rows:
        return drafts
    read = sorted(d.sentence[0] for d in drafts)
    starts = [b.start for b in rows]
    out = []
    for d in drafts:  # a row read with its year alone: the bracketed day and month
        b = _row_at(rows, starts, d.sentence[0])
        if b is not None and len(d.date) == 4 and low.startswith(d.date, b.start):
            full = _row_date(low, d.date, b.start, b.end)
            if full != d.date:
                d = d._replace(date=full, explicit=True)
        out.append(d)
    heading: tuple[str, str] | None = None
    title = next((b for b in blocks if b.type is BlockType.TITLE), None)
    default = _pair(doc, low, index, title.start, title.end) if title is not None else None
    k = 0
    for b in rows:
        while k < len(blocks) and blocks[k].start < b.start:
            h = blocks[k]
            if h.type is BlockType.HEADING:
                pair = _pair(doc, low, index, h.start, h.end)
                if pair is not None:
                    heading = pair
            k += 1
        pair = heading or default
        if pair is None:
            continue
        m = _ROW.match(low, b.start)
        if m is None or _SIGN.match(low, m.end()) is None or index.any_between(m.end(), b.end):
            continue
        j = bisect_left(read, b.start)
        if j < len(read) and read[j] < b.end:
            continue  # read already
        date = _row_date(low, m.group(1), b.start, b.end)
        out.append(Draft(EventKind.AGREEMENT_SIGN, pair, (), date, Status.OCCURRED, (b.start, b.end)))
    return out


def _row_at(rows: list[Any], starts: list[int], pos: int) -> Any:
    j = bisect_left(starts, pos + 1) - 1
    return rows[j] if j >= 0 and pos < rows[j].end else None
