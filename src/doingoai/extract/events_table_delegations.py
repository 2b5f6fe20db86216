"""A table of delegations, one a row, its direction told by the table's caption (round 163).

A report's annex lists the delegations received and sent: "Bảng 1. Đoàn quốc tế đến làm việc" over "TT | Thời gian |
Đối tác | Hoạt động | Kết quả", "Bảng 2. Đoàn ... đi công tác nước ngoài" over the same columns. A row's activity cell
("Làm việc về học bổng ...", "Dự hội nghị ...", "Tập huấn ...") tells what the delegation did, not who went where:
the caption does. In a document of Vietnam's (:func:`events_unstated.names_vietnam`, a province's own report, or
one whose issuer lines name a Vietnamese place: "ĐẠI HỌC HUẾ"), each row of such a table whose
partner column ("Đối tác", "Đoàn", "Khách", "Nước") names a state or an organisation ("Đại học Laval (Ca-na-đa)",
"Văn phòng AUF ...") is a visit: the partner's to Vietnam under a caption of delegations coming ("đoàn vào", "đoàn
... đến / sang", "đón đoàn"), Vietnam's to the partner under one of delegations going ("đoàn ra", "đi công tác
nước ngoài", "ra nước ngoài"). A caption telling neither, or a plan's ("kế hoạch", "dự kiến") gives nothing; one
telling both ("đón 7 đoàn … và cử 2 đoàn …") reads row by row over a column of the delegations themselves ("Đoàn",
"Khách"; not "Đối tác", who may have hosted a delegation going): a foreign delegation, no foreign party in the
other cells, came (round 209). A row where a visit is read already is left as it is, but for a visit read as
Vietnam's to the row's foreign delegation under a caption of delegations coming (or both): the delegation's. Its date: the row's time column
(:mod:`events_table_dates` dates it), else the year of the document's date. Called once per document by
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
from doingoai.extract.places import VNM, own_unit
from doingoai.extract.places_scan import scan_places
from doingoai.extract.rx_boundary import WORD_START
from doingoai.model import BlockType, Document, EventKind, Status

_TABLE: Final = BlockType.TABLE
_CAPTION_SPAN: Final = 160  # the caption: the line right above the header, at most this long
_COMING: Final = re.compile(
    r"\bđoàn vào\b|\bđoàn (?:quốc tế |nước ngoài |khách |các nước |đối tác )*(?:đến|sang|tới|thăm)\b"
    r"|\bđón (?:tiếp )?(?:các |những |\d+ )?(?:lượt )?đoàn\b|\bkhách quốc tế\b"
)
_GOING: Final = re.compile(
    r"\bđoàn ra\b|\b(?:đi|ra) (?:công tác )?nước ngoài\b|\bcông tác (?:ở |tại )?nước ngoài\b|\bcử (?:các )?đoàn\b"
)
_PLANNED: Final = re.compile(r"\b(?:kế hoạch|dự kiến|đề xuất|dự trù)\b")
_PARTNER_HEAD: Final = re.compile(r"^(?:đối tác|đoàn|khách|nước|quốc gia|cơ quan|tổ chức|partner)\b")
_DELEGATION_HEAD: Final = re.compile(r"^(?:đoàn|khách)\b")
# a delegation cell naming the province's own or where it went ("Đoàn công tác của tỉnh", "Đoàn … sang Lào")
_OWN_OR_GOING: Final = re.compile(
    WORD_START + r"(?:của (?:tỉnh|thành phố|sở|bộ|ta)|sang|đi|tới|thăm)\b"
)  # (WORD_START: not "đi" of "Xau-đi")
MAX_HEADER_CELL: Final = 30


def table_visits(doc: Document, ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` plus one visit a row of a table of delegations (see the module)."""
    blocks = doc.blocks
    if not any(b.type is _TABLE for b in blocks):
        return drafts  # (the common case)
    text = doc.text
    out: list[Draft] = []
    year = (doc.meta.get("date") or "")[:4]
    for head, rows in table_runs(doc, ctx):
        if not head or not rows or not year:
            continue
        coming = _direction(text, head[0][0])
        col = _partner_column(text, head)
        if col is None or not _vietnamese(doc, ctx):
            continue
        if coming is None:
            # "đón 7 đoàn … và cử 2 đoàn …" over a column of the delegations themselves ("Đoàn", not "Đối tác":
            # a partner may be the host of a delegation going): row by row
            s, e = head[col]
            if _DELEGATION_HEAD.match(text[s:e].lower()) and _direction(text, head[0][0], both=True):
                drafts = _incoming(doc, ctx, drafts, rows, col)
                out += _foreign_rows(doc, ctx, drafts, rows, col, year)
            continue
        if coming:
            drafts = _incoming(doc, ctx, drafts, rows, col)
        for b, cells in rows:
            if any(d.kind is EventKind.VISIT and b.start <= d.sentence[0] < b.end for d in drafts):
                continue  # (a visit read in the row already)
            partners = tuple(c for c in _parties(doc, ctx, *cells[col]) if c != VNM)
            if not partners:
                continue
            actors, recips = (partners, (VNM,)) if coming else ((VNM,), partners)
            out.append(
                Draft(EventKind.VISIT, actors, recips, year, Status.OCCURRED, (b.start, b.end), (), False)
            )
    return drafts + out if out else drafts


def _incoming(doc: Document, ctx: Context, drafts: list[Draft], rows: list, col: int) -> list[Draft]:
    """A visit read in a row as Vietnam's to the foreign delegation of the partner column ("Tàu … Nhật Bản |
    Thăm xã giao Cảng …": the row's sentence has no subject of its own, so Vietnam was taken) is that
    delegation's visit to Vietnam, when no other cell names a foreign party (not "Đoàn của tỉnh | Thăm Lào")."""
    out = drafts
    for b, cells in rows:
        if col >= len(cells):
            continue
        at = [
            k
            for k, d in enumerate(out)
            if d.kind is EventKind.VISIT and d.actors == (VNM,) and b.start <= d.sentence[0] < b.end
        ]
        if not at:
            continue
        partners = {c for c in _parties(doc, ctx, *cells[col]) if c != VNM}
        if not partners or _OWN_OR_GOING.search(doc.text[cells[col][0] : cells[col][1]].lower()):
            continue
        others = {c for k, cell in enumerate(cells) if k != col for c in _parties(doc, ctx, *cell)}
        if others - {VNM}:
            continue  # (the row names where it went)
        for k in at:
            d = out[k]
            if d.recipients and set(d.recipients) <= partners:
                if out is drafts:
                    out = list(drafts)
                out[k] = d._replace(actors=d.recipients, recipients=(VNM,))
    return out


def _foreign_rows(
    doc: Document, ctx: Context, drafts: list[Draft], rows: list, col: int, year: str
) -> list[Draft]:
    """Under a caption telling delegations both ways: a row whose partner cell names a foreign delegation ("Tàu
    Cảnh sát biển Ấn Độ") and whose other cells name no foreign party is that delegation's visit to Vietnam (a
    province's own delegation, "Đoàn công tác của tỉnh | Thăm Lào", names none in the partner cell)."""
    out: list[Draft] = []
    for b, cells in rows:
        if col >= len(cells):
            continue
        if any(d.kind is EventKind.VISIT and b.start <= d.sentence[0] < b.end for d in drafts):
            continue
        partners = tuple(c for c in _parties(doc, ctx, *cells[col]) if c != VNM)
        if not partners or _OWN_OR_GOING.search(doc.text[cells[col][0] : cells[col][1]].lower()):
            continue
        if any(c != VNM for k, cell in enumerate(cells) if k != col for c in _parties(doc, ctx, *cell)):
            continue
        out.append(
            Draft(EventKind.VISIT, partners, (VNM,), year, Status.OCCURRED, (b.start, b.end), (), False)
        )
    return out


_ISSUER_SPAN: Final = 200  # the issuer lines heading a report or an annex


def _vietnamese(doc: Document, ctx: Context) -> bool:
    """Is the document a Vietnamese body's: it names Vietnam, it is a province's own, or its issuer lines name a
    Vietnamese place ("ĐẠI HỌC HUẾ / BAN HỢP TÁC QUỐC TẾ")?"""
    if names_vietnam(doc, ctx) or own_unit(doc):
        return True
    head = doc.text[:_ISSUER_SPAN]
    head = head[: head.find("\n\n")] if "\n\n" in head else head
    return any(c == VNM for _, _, c in scan_places(head, head.lower()))


def _direction(text: str, header_start: int, both: bool = False) -> bool | None:
    """True: the caption right above the header tells delegations coming; False: going; None: both, neither, a
    plan's (``both``: True when it tells both, not a plan's, else None)."""
    end = text.rfind("\n", 0, header_start)
    if end < 0:
        return None
    while end > 0 and text[end - 1] in "\r\n":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    if end - start > _CAPTION_SPAN:
        return None
    cap = text[start:end].lower()
    coming, going = _COMING.search(cap) is not None, _GOING.search(cap) is not None
    if both:
        return (coming and going and not _PLANNED.search(cap)) or None
    if coming == going or _PLANNED.search(cap):
        return None
    return coming


def _partner_column(text: str, head: list[tuple[int, int]]) -> int | None:
    """The header's partner column ("Đối tác", "Đoàn", "Nước"), None when it names none."""
    for c, (s, e) in enumerate(head):
        if e - s <= MAX_HEADER_CELL and _PARTNER_HEAD.match(text[s:e].lower()):
            return c
    return None
