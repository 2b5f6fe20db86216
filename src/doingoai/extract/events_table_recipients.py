"""A table of help given, one recipient a row ("Nước nhận | Nội dung | Kinh phí | Tình trạng"): in a document of
Vietnam's (:func:`events_unstated.names_vietnam`), each row under a header naming a recipient column ("Nước
nhận", "Bên nhận", "Recipient") that names a state there is Vietnam's aid to it, the row its evidence. Its date:
the row's time column ("Thời gian": :mod:`events_table_dates` dates it), else the year of the document's date.
Its status: the row's status column ("Tình trạng", "Trạng thái", "Status") — "Đã …" occurred, "Đang …"
ongoing, "Dự kiến …", "Sẽ …" planned, and "Chưa …", "Không …", "Hủy …" no aid at all (then no event of any
kind is read in the row: nothing was done). Called once per document by
:func:`doingoai.extract.events.find_events`; a document without a ``table`` block costs one pass over its block
types.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_table_dates import table_runs
from doingoai.extract.events_table_rows import _parties
from doingoai.extract.events_unstated import names_vietnam
from doingoai.model import BlockType, Document, EventKind, Status

_TABLE: Final = BlockType.TABLE
_RECIPIENT: Final = re.compile(
    r"(?:nước|bên|quốc gia|đối tác|đơn vị) (?:nhận|được hỗ trợ|được viện trợ)|recipient"
)
_STATUS_HEAD: Final = re.compile(r"tình trạng|trạng thái|status")
MAX_HEADER_CELL: Final = 30
_DONE: Final = (
    ("chưa", None),
    ("không", None),
    ("hủy", None),
    ("huỷ", None),
    ("đang", Status.ONGOING),
    ("dự kiến", Status.PLANNED),
    ("sẽ", Status.PLANNED),
    ("đã", Status.OCCURRED),
)


def table_aid(doc: Document, ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less those read in a row whose status says nothing was done, plus one aid draft a row of a
    table of help given."""
    blocks = doc.blocks
    if not any(b.type is _TABLE for b in blocks):
        return drafts  # (the common case)
    out: list[Draft] = []
    undone: list[tuple[int, int]] = []
    year = (doc.meta.get("date") or "")[:4]
    for head, rows in table_runs(doc, ctx):
        to, status_col = _roles(doc.text, head)
        if to is None:
            continue
        for b, cells in rows:
            status = Status.OCCURRED
            if status_col is not None:
                low = doc.text[slice(*cells[status_col])].lower()
                told = next((st for w, st in _DONE if low.startswith(w)), Status.OCCURRED)
                if told is None:
                    undone.append((b.start, b.end))
                    continue
                status = told
            states = [c for c in _parties(doc, ctx, *cells[to]) if c != "VNM"]
            if states and year and names_vietnam(doc, ctx):
                out.append(
                    Draft(EventKind.AID, ("VNM",), tuple(states), year, status, (b.start, b.end), (), False)
                )
    if undone:
        drafts = [d for d in drafts if not any(s <= d.sentence[0] < e for s, e in undone)]
    return drafts + out


def _roles(text: str, head: list[tuple[int, int]]) -> tuple[int | None, int | None]:
    """The header's recipient column and status column (None where it names none)."""
    to = status = None
    for c, (s, e) in enumerate(head):
        if e - s > MAX_HEADER_CELL:
            return None, None
        low = text[s:e].lower()
        if to is None and _RECIPIENT.search(low):
            to = c
        elif status is None and _STATUS_HEAD.search(low):
            status = c
    return to, status
