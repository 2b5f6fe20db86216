"""Events from a list page's table read row by row under its header ("Năm | Kỳ họp | Địa điểm | Ghi chú",
"Thời gian | Tổ chức / hiệp định | Nội dung"), a row's act in its content cell with its subject left to the
page's title ("Danh sách các kỳ họp Đại hội đồng INTERPOL", "Danh sách các tổ chức … của Ô-man"):

* a venue column ("Địa điểm") in a table of sessions (the header or the title names "kỳ họp", "hội nghị",
  "phiên họp", "khóa họp"): the venue's country (named in the cell: "Bắc Kinh (Trung Quốc)") hosts the title's
  organisation;
* a content cell admitting members ("Kết nạp A và B"): A and B join the title's organisation;
* a content cell electing someone of a country ("Bầu ông X (Hàn Quốc) làm Chủ tịch"): that country is elected
  to the title's organisation;
* a content cell telling a membership with its subject unstated ("Được kết nạp làm thành viên", "Thành viên
  sáng lập", "Trở thành thành viên") beside a cell naming an organisation: the title's country joins it.

The row's one date in its time column ("Năm", "Thời gian", "Ngày") dates its act. Called once per document
by :func:`doingoai.extract.events.find_events`; a document without a ``table`` block costs one pass over its
block types.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_codes import acting_code
from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_table_dates import row_cells
from doingoai.extract.events_table_rows import _mentions, table_runs
from doingoai.model import Block, BlockType, Document, EventKind, Status

_TABLE: Final = BlockType.TABLE
MAX_HEADER_CELL: Final = 40
_TIME: Final = re.compile(r"(?:thời gian|thời điểm|ngày|năm|tháng|date|year|time)\b")
_PLACE: Final = re.compile(
    r"(?:địa điểm|nơi (?:tổ chức|họp|diễn ra)|thành phố|nước chủ nhà|venue|place|location)\b"
)
_CONTENT: Final = re.compile(r"(?:nội dung|ghi chú|hoạt động|kết quả|sự kiện|notes?|content|events?)\b")
_SESSIONS: Final = re.compile(r"kỳ họp|hội nghị|phiên họp|khóa họp|khoá họp|\bsessions?\b|\bsummits?\b")
_ADMIT: Final = re.compile(r"Kết nạp\s+(?!làm\b)")
_ELECT: Final = re.compile(r"(?:Bầu|Được bầu|Tái đắc cử|Trúng cử)\b")
_JOINED: Final = re.compile(
    r"(?:(?:được\s+)?kết\s+nạp(?:\s+làm\s+thành\s+viên)?|trở\s+thành\s+thành\s+viên|thành\s+viên\s+sáng\s+lập"
    r"|thành\s+viên\s+chính\s+thức|gia\s+nhập)\b",
    re.IGNORECASE,
)
_TALKS: Final = re.compile(r"(?:Đàm phán|Hội đàm|Hòa đàm|Hoà đàm|Tiếp xúc)\b")
_MEDIATES: Final = re.compile(r"\s*(?:làm|đóng vai trò)\s+trung gian\b")
_PLANNED: Final = re.compile(r"dự kiến|\bsẽ\b", re.IGNORECASE)
Span = tuple[int, int]


def table_content(doc: Document, ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` and one draft per act a list page's table row tells (see the module's docstring); a draft
    of the same kind read in such a row with other parties (its cells run on as one sentence: "Bắc Kinh
    (Trung Quốc)  Kết nạp Palestine") is dropped."""
    blocks = doc.blocks
    if not any(b.type is _TABLE for b in blocks):
        return drafts  # (the common case)
    title = next((b for b in blocks if b.type is BlockType.TITLE), None)
    if title is None:
        return drafts
    org, country = _subject(doc, ctx, title)
    if org is None and country is None:
        return drafts
    titled_sessions = _SESSIONS.search(doc.text, title.start, title.end) is not None
    out: list[Draft] = []
    for k, end in table_runs(blocks):
        out += _run(doc, ctx, blocks[k:end], org, country, titled_sessions)
    if not out:
        return drafts
    read = {(d.sentence, d.kind) for d in out}
    rows = [(b.start, b.end) for b in blocks if b.type is _TABLE]
    kept = []
    for d in drafts:
        row = next((r for r in rows if r[0] <= d.sentence[0] < r[1]), None)
        if row is None or (row, d.kind) not in read:
            kept.append(d)
    return kept + [d for d in out if d.actors]


def _subject(doc: Document, ctx: Context, title: Block) -> tuple[str | None, str | None]:
    """(the one organisation, the one country) the title names, None for either it names none or several of."""
    orgs, countries = [], []
    for m in _mentions(doc, ctx, title.start, title.end):
        code = acting_code(m)
        if m.kind == "organisation" and code not in orgs:
            orgs.append(code)
        elif m.kind == "country" and code not in countries:
            countries.append(code)
    return (orgs[0] if len(orgs) == 1 else None), (countries[0] if len(countries) == 1 and not orgs else None)


def _run(doc, ctx, rows: list[Block], org, country, titled_sessions: bool) -> list[Draft]:
    text = doc.text
    header = rows[0]
    if len(rows) < 2 or ctx.dates_in(header.start, header.end):
        return []
    head = row_cells(text, header.start, header.end)
    roles: dict[str, int] = {}
    for c, (s, e) in enumerate(head):
        low = text[s:e].lower()
        if e - s > MAX_HEADER_CELL:
            return []
        for role, rx in (("time", _TIME), ("place", _PLACE), ("content", _CONTENT)):
            if rx.match(low):
                roles.setdefault(role, c)
                break
    if "time" not in roles:
        return []
    sessions = titled_sessions or _SESSIONS.search(text, header.start, header.end) is not None
    out: list[Draft] = []
    for b in rows[1:]:
        cells = row_cells(text, b.start, b.end)
        if len(cells) > len(head):
            continue  # which cell is which is not sure
        tc = roles["time"]
        if tc >= len(cells):
            continue
        dates = ctx.dates_in(*cells[tc])
        if len(dates) != 1:
            continue
        date = dates[0].value
        span = (b.start, b.end)
        status = Status.PLANNED if _PLANNED.search(text, b.start, b.end) else Status.OCCURRED
        others = [x for c, x in enumerate(cells) if c not in (tc, roles.get("content"))]
        if org is not None and sessions and "place" in roles and roles["place"] < len(cells):
            hosts = _codes(doc, ctx, cells[roles["place"]], "country")
            if len(hosts) == 1:
                out.append(Draft(EventKind.HOST, (hosts[0],), (org,), date, status, span))
        content = cells[roles["content"]] if "content" in roles and roles["content"] < len(cells) else None
        talks = next((x for x in cells if x != cells[tc] and _TALKS.match(text, x[0])), None)
        sides = _codes(doc, ctx, talks, "country") if talks is not None else []
        if (
            len(sides) == 2
        ):  # "Đàm phán hạt nhân Hoa Kỳ – I-ran": the two sides' talks (and who mediates them)
            out.append(Draft(EventKind.CONSULT, tuple(sides), (), date, status, span))
            out.append(
                Draft(EventKind.AGREEMENT_NEGOTIATE, (), (), "", status, span)
            )  # (a misreading's kind: dropped)
            by = next(
                (m for x in cells if x not in (talks, cells[tc]) if (m := _mediator(doc, ctx, x))), None
            )
            if by is not None and by not in sides:
                out.append(Draft(EventKind.CONSULT, (by,), tuple(sides), date, status, span))
        if content is None:
            continue
        s, e = content
        if org is not None and _ADMIT.match(text, s):
            members = [c for c in _codes(doc, ctx, content, "country") if c != org]
            if members:
                out.append(Draft(EventKind.MEMBERSHIP_JOIN, tuple(members), (org,), date, status, span))
        elif org is not None and _ELECT.match(text, s):
            of = _codes(doc, ctx, content, "country")
            if len(of) == 1:
                out.append(Draft(EventKind.MEMBERSHIP_ELECT, (of[0],), (org,), date, status, span))
        elif country is not None and _JOINED.match(text, s):
            joined = [c for x in others for c in _codes(doc, ctx, x, "organisation")]
            if len(joined) == 1 and not [c for c in _codes(doc, ctx, content, "country") if c != country]:
                out.append(Draft(EventKind.MEMBERSHIP_JOIN, (country,), (joined[0],), date, status, span))
    return out


def _mediator(doc: Document, ctx: Context, cell: Span) -> str | None:
    """The country opening ``cell`` as its mediator ("Ô-man làm trung gian …"), else None."""
    found = _mentions(doc, ctx, *cell)
    if (
        found
        and found[0].start == cell[0]
        and found[0].kind == "country"
        and _MEDIATES.match(doc.text, found[0].end)
    ):
        return acting_code(found[0])
    return None


def _codes(doc: Document, ctx: Context, cell: Span, kind: str) -> list[str]:
    """The codes of the names of ``kind`` in ``cell``, each once."""
    return list(dict.fromkeys(acting_code(m) for m in _mentions(doc, ctx, *cell) if m.kind == kind))
