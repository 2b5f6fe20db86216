"""Events from a table of agreements or memberships: in a run of ``table`` blocks (one row each: a Word table's
rows, read/docx.py; a table set as text, structure/table_rows.py) whose header row names a signing column
("Ngày ký", "Thời điểm ký", "Signed") and an agreement column ("Hiệp định", "Văn kiện", "Agreement") — or a
joining column ("Năm gia nhập") and an organisation column ("Tổ chức") —, each later row naming an agreement
(a gazetteer mention, or a cell opening on "Hiệp định", "Công ước", "Bản ghi nhớ", ...) and holding a date in
the signing column is that agreement's signing: Vietnam (in a document that names it: the unstated side of
:mod:`events_unstated`) and the row's partners (its partner column, else the agreement's own parties) sign it,
on that date, the row its evidence. A ratification column ("Phê chuẩn") dates Vietnam's ratification; an
entry-into-force column dates nothing (SCHEMA.md has no kind for it) and is never read as a signing. Called once per document by :func:`doingoai.extract.events.find_events`; a
document without a ``table`` block costs one pass over its block types. See docs/decisions.md (Events,
"Tables of agreements").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.events_codes import acting_code
from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_unstated import names_vietnam
from doingoai.model import Block, BlockType, Document, EventKind, Status, by_start

_TABLE: Final = BlockType.TABLE
_GAP: Final = re.compile(
    r" {2,}|\s*\|\s*"
)  # cells of a row: a tab is two spaces once cleaned, a table set as text has runs
_MAX_HEADER_CELL: Final = 60

# a header cell's column, tried in this order (an entry-into-force column first: "Ngày ký/hiệu lực" is no
# signing date of its own; a signing column before an agreement column: "Ngày ký hiệp định")
_COLUMNS: Final = (
    ("force", re.compile(r"hiệu lực|in force|entry into force|effective")),
    (
        "sign",
        re.compile(
            r"(?:ngày|thời điểm|thời gian|năm|tháng|date)(?: of)? ?(?:ký|sign)|\bký kết\b|^ký$|\bsign(?:ed|ing|ature)\b"
        ),
    ),
    ("ratify", re.compile(r"phê chuẩn|phê duyệt|\bratif")),
    ("join", re.compile(r"gia nhập|trở thành thành viên|\bjoin(?:ed)?\b|\baccession\b|member since")),
    ("partner", re.compile(r"đối tác|bên ký|các bên|nước ký|quốc gia|\bpartners?\b|\bpart(?:y|ies)\b")),
    (
        "agreement",
        re.compile(r"hiệp định|hiệp ước|văn kiện|điều ước|thỏa thuận|thoả thuận|\bfta\b|agreement|treat"),
    ),
    ("org", re.compile(r"tổ chức|diễn đàn|\borgani[sz]ation|\bforum\b")),
)
_STATUS_CELL: Final = re.compile(r"(?:chưa|không|đang|đã|sẽ|dự kiến|not|under|pending)\b")
# a cell naming an agreement the gazetteer does not list
_AGREEMENT_CELL: Final = re.compile(
    r"(?:Hiệp định|Hiệp ước|Công ước|Thỏa thuận|Thoả thuận|Bản ghi nhớ|Biên bản ghi nhớ|Nghị định thư|Hiến chương"
    r"|Định ước|Agreement|Treaty|Convention|Memorandum|Protocol)\b"
)
K_JOIN, K_RATIFY = EventKind.MEMBERSHIP_JOIN, EventKind.AGREEMENT_RATIFY
_ACTS: Final = (
    ("sign", EventKind.AGREEMENT_SIGN),
    ("ratify", K_RATIFY),
    ("join", K_JOIN),
)  # column role -> the act
# a cell that opens on an act other than a signing names that act, not a signed document ("Thiết lập quan hệ
# ngoại giao với …", "Gia nhập ASEAN", "Tuyên bố kết thúc đàm phán …" in a list of agreements and milestones):
# the row's sentence is read by the sentence rules
_ACT_CELL: Final = re.compile(
    r"(?:Thiết lập|Khôi phục|Bình thường hóa|Bình thường hoá|Nâng cấp|Nâng quan hệ|Gia nhập|Tham gia|Trở thành"
    r"|Đăng cai|Tổ chức|Kết thúc|Khởi động|Tuyên bố kết thúc|Tuyên bố khởi động|Công nhận|Rút khỏi|Thăm|Hội đàm"
    r"|Establish|Join|Host|Launch|Conclu)"
)
# a header cell naming a date alone ("Ngày", "Thời gian", "Năm"): in a list of documents with no signing
# column, the date a document is listed under is its signing's (for a row whose cell opens on a document's
# kind, "Hiệp định …", "Bản ghi nhớ …": a list of "văn kiện / sự kiện" also lists events and organisations)
_BARE_DATE: Final = re.compile(r"(?:ngày|thời gian|thời điểm|năm|ngày tháng|ngày, tháng, năm|date|year)")
_PLANNED: Final = re.compile(r"dự kiến|\bsẽ\b|expected|planned", re.IGNORECASE)
_MENTIONS = "table rows: mentions"  # (ctx.cache keys)
_PARTY_KINDS: Final = frozenset({"country", "organisation", "collective", "party", "body"})


def table_signings(doc: Document, ctx: Context) -> list[Draft]:
    """One draft per row of a table of agreements (agreement.sign) or memberships (membership.join)."""
    blocks = doc.blocks
    for b in blocks:
        if b.type is _TABLE:
            break
    else:
        return []  # (the common case)
    out: list[Draft] = []
    for k, end in table_runs(blocks):
        out += _run(doc, ctx, k, end)
    return out


def table_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """The runs of consecutive table blocks, as (first, end) block indexes, in order."""
    runs: list[tuple[int, int]] = []
    k, n = 0, len(blocks)
    while k < n:
        if blocks[k].type is not _TABLE:
            k += 1
            continue
        end = k
        while end < n and blocks[end].type is _TABLE:
            end += 1
        runs.append((k, end))
        k = end
    return runs


def _run(doc: Document, ctx: Context, first: int, end: int) -> list[Draft]:
    """The events of the rows ``first .. end - 1`` (one run of table blocks), each read under the header above it
    (a loop over headers: a long table of header-like rows must not nest calls)."""
    out: list[Draft] = []
    at: int | None = first
    while at is not None:
        at = _rows_under(doc, ctx, at, end, out)
    return out


def _rows_under(doc: Document, ctx: Context, first: int, end: int, out: list[Draft]) -> int | None:
    """Adds to ``out`` the events of the rows under the header at or after ``first``; the index of the next
    header row in the run, or None at the run's end."""
    blocks = doc.blocks
    found = _header(doc, ctx, first, end)
    if found is None:
        return None
    h, head, roles = found
    acts = [(kind, roles[role]) for role, kind in _ACTS if role in roles]
    if "sign" in roles or "ratify" in roles:
        acts = [
            (kind, c) for kind, c in acts if kind is not K_JOIN
        ]  # ("Ngày gia nhập" beside them: the same act)
        what = roles.get("agreement")
    else:
        what = roles.get("org", roles.get("agreement"))
    unit = _unit(doc.text, head)
    skip = {c for r, c in roles.items() if r in ("force", "sign", "ratify", "join")}
    bare = (
        "bare" in roles
    )  # (a bare date column: only a row whose cell opens on a document's kind is a signing)
    for i in range(h + 1, end):
        b = blocks[i]
        cols = _columns(doc, b, head, unit)
        if bare and (what is None or what not in cols or not _AGREEMENT_CELL.match(doc.text, cols[what][0])):
            continue
        dated = [(kind, cols[c], ctx.dates_in(*cols[c])) for kind, c in acts if c in cols]
        dated = [x for x in dated if x[2]]
        if not dated:
            if not ctx.dates_in(b.start, b.end) and _header(doc, ctx, i, min(i + 2, end)) is not None:
                return i  # another table's header: its rows read under it
            continue  # no date under an act's column (not signed yet, or a row we cannot place)
        where = (
            [cols[what]]
            if what is not None and what in cols
            else [x for c, x in cols.items() if c not in skip]
        )
        partner = cols.get(roles["partner"]) if "partner" in roles else None
        column = what is not None and what in cols and what == roles.get("agreement")
        for kind, cell, dates in dated:
            d = _draft(
                doc, ctx, kind, where, partner, cell, dates[0].value, _sentence(doc, ctx, i, b), column
            )
            if d is not None:
                out.append(d)
    return None


def _draft(
    doc: Document,
    ctx: Context,
    kind: EventKind,
    where: list,
    partner,
    cell,
    date: str,
    sentence,
    column=False,
) -> Draft | None:
    """A row's act: the agreement (or organisation) it names, its parties, the date under the act's column
    (``column``: ``where`` is the cell under the agreement column, whatever its words name)."""
    ours = names_vietnam(doc, ctx)  # (as events_unstated decides an unstated Vietnam)
    named = _organisation(doc, ctx, where) if kind is K_JOIN else _agreement(doc, ctx, where, column)
    if named is None:
        return None
    name, parties = named
    partners = _parties(doc, ctx, *partner) if partner else []
    status = Status.PLANNED if _PLANNED.search(doc.text, *cell) else Status.OCCURRED
    if kind is K_JOIN or kind is K_RATIFY:  # Vietnam's own act, in a document of Vietnam's
        if not ours:
            return None
        recips = [name] if kind is K_JOIN else [c for c in parties if c != "VNM"]
        attrs = () if kind is K_JOIN else (("agreement", name),)
        return Draft(kind, ("VNM",), tuple(recips), date, status, sentence, attrs)
    if (
        len(parties) >= 2 and "VNM" not in parties
    ):  # "Hiệp định ... EU – Nhật Bản": Vietnam signs no part of it
        actors = list(dict.fromkeys([*parties, *partners]))
    else:  # Vietnam's side, unstated in a document of Vietnam's, and the row's partner (or the agreement's)
        actors = list(dict.fromkeys([*(["VNM"] if ours else []), *(partners or parties)]))
        if len(actors) < 2:
            actors = list(dict.fromkeys([*actors, *parties]))
    if len(actors) < 2:
        return None  # one party alone signs nothing here (a document that never names Vietnam)
    return Draft(kind, tuple(actors), (), date, status, sentence, (("agreement", name),))


def _header(doc: Document, ctx: Context, first: int, end: int) -> tuple[int, list, dict[str, int]] | None:
    """(its index, its cells, its columns' roles) of the run's header: its first row, or its second under a title
    row, naming a signing column (or a joining column and an organisation or agreement column) and no date."""
    blocks = doc.blocks
    for h in range(first, min(first + 2, end - 1)):
        head = _cells(doc, blocks[h])
        roles = _roles(doc.text, head) if head else {}
        if (
            "sign" in roles
            or "ratify" in roles
            and "agreement" in roles
            or "join" in roles
            and ("org" in roles or "agreement" in roles)
        ) and not ctx.dates_in(blocks[h].start, blocks[h].end):
            return h, head, roles
    return None


def _cells(doc: Document, b: Block) -> list[tuple[int, int]]:
    """The filled cells ``(start, end)`` of a row, in ``doc.text`` (runs of two or more spaces part them)."""
    pos, out = b.start, []
    for m in _GAP.finditer(doc.text, b.start, b.end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if b.end > pos:
        out.append((pos, b.end))
    return out


def _roles(text: str, head: list[tuple[int, int]]) -> dict[str, int]:
    """Each column role the header names -> its column (the first column of a role)."""
    roles: dict[str, int] = {}
    for c, (s, e) in enumerate(head):
        if e - s > _MAX_HEADER_CELL:
            return {}
        low = text[s:e].lower()
        if _STATUS_CELL.match(low):
            continue  # "Chưa ký kết", "Đang đàm phán": a row's status, not a column's name
        for role, rx in _COLUMNS:
            if rx.search(low):
                roles.setdefault(role, c)
                break
        else:
            if _BARE_DATE.fullmatch(low.strip()):
                roles.setdefault("date", c)
    if "date" in roles:
        bare = roles.pop("date")
        if "agreement" in roles and not roles.keys() & {"sign", "ratify", "join"}:
            roles["sign"] = roles["bare"] = bare
    return roles


def _unit(text: str, head: list[tuple[int, int]]) -> int:
    """The narrowest gap between two header cells (a tab cleaned: 2 spaces; a table set as text: its own)."""
    gaps = [b[0] - a[1] for a, b in zip(head, head[1:], strict=False)]
    return max(2, min(gaps, default=2))


def _columns(doc: Document, b: Block, head: list[tuple[int, int]], unit: int) -> dict[int, tuple[int, int]]:
    """Column -> the row's cell in it: one cell a column when the row fills as many as the header; else the
    places an empty cell left (a wider gap: "RCEP    15/11/2020"; a Word row opening on empty cells, read from
    its tabs). A row holding more cells than the header has columns keeps them all: the cells past its last
    column are text of the row under no header (no act's date, partner or agreement column; searched for the
    agreement as every cell is when no column names it); {} when a row of fewer cells cannot be placed."""
    cells = _cells(doc, b)
    if len(cells) == len(head):
        return dict(enumerate(cells))
    at = {
        s - head[0][0]: c for c, (s, _) in enumerate(head)
    }  # a table set in fixed columns: cells under headers
    placed = [at.get(s - b.start, at.get(s - b.start - 1, at.get(s - b.start + 1))) for s, _ in cells]
    if None not in placed and placed == sorted(set(placed)):  # type: ignore[type-var]
        return dict(zip(placed, cells, strict=True))  # type: ignore[arg-type]
    col = _leading_tabs(doc, b)
    out = {}
    for j, cell in enumerate(cells):
        if j:
            gap = cell[0] - cells[j - 1][1]
            col += max(1, round(gap / unit))
        out[col] = cell
    return out if col < len(head) or len(cells) > len(head) else {}


def _leading_tabs(doc: Document, b: Block) -> int:
    """Empty cells opening a Word table's row (the tabs in the raw line before its first filled cell)."""
    rs = doc.raw_offsets(b.start, b.start + 1)[0]
    line = doc.raw.rfind("\n", 0, rs) + 1
    return doc.raw.count("\t", line, rs)


def _agreement(
    doc: Document, ctx: Context, where: list[tuple[int, int]], column: bool = False
) -> tuple[str, list[str]] | None:
    """(the agreement's code or name, its parties) named in the cells ``where``, or None; under an agreement
    column (``column``) a cell of a few words opening with a capital is a document's name whatever its words
    ("Kế hoạch phối hợp phòng, chống dịch bệnh …" under "Văn kiện")."""
    for s, e in where:
        if _ACT_CELL.match(doc.text, s):
            continue
        found = [m for m in ctx.agreements_between(s, e) if m.end <= e]
        if found:
            entry = gazetteer.entry(found[0].code)
            parties = list(entry.attr("parties") or ()) if entry is not None else []
            return found[0].code, parties or [found[0].code]
        if _AGREEMENT_CELL.match(doc.text, s) or column and _named_cell(doc.text[s:e]):
            name = " ".join(doc.text[s:e].split())
            return name, _parties(doc, ctx, s, e)
    return None


def _named_cell(t: str) -> bool:
    """A cell naming a document: a capital first, three words or more, no status ("Chưa ký")."""
    return t[:1].isupper() and len(t.split()) >= 3 and _STATUS_CELL.match(t.lower()) is None


def _organisation(doc: Document, ctx: Context, where: list[tuple[int, int]]) -> tuple[str, list[str]] | None:
    """(the organisation joined, []) named in the cells ``where``, or None."""
    for s, e in where:
        for m in _mentions(doc, ctx, s, e):
            if m.kind == "organisation":
                return acting_code(m), []
    return None


def _mentions(doc: Document, ctx: Context, s: int, e: int) -> list:
    """The mentions inside ``[s, e)`` (a cell)."""
    found = ctx.cache.get(_MENTIONS)
    if found is None:  # (sorted once a document)
        mentions = sorted(doc.mentions, key=by_start)
        found = ctx.cache[_MENTIONS] = (mentions, [m.start for m in mentions])
    mentions, starts = found
    k, out = bisect_left(starts, s), []
    while k < len(mentions) and mentions[k].start < e:
        if mentions[k].end <= e:
            out.append(mentions[k])
        k += 1
    return out


def _parties(doc: Document, ctx: Context, s: int, e: int) -> list[str]:
    """The states, organisations and groups a cell names, each once."""
    return list(dict.fromkeys(acting_code(m) for m in _mentions(doc, ctx, s, e) if m.kind in _PARTY_KINDS))


def _sentence(doc: Document, ctx: Context, i: int, b: Block) -> tuple[int, int]:
    """The row's sentence (a table block is one), else the block."""
    k = bisect_left(ctx.sentence_starts(), b.start)
    if k < len(doc.sentences) and doc.sentences[k].block == i:
        return doc.sentences[k].start, doc.sentences[k].end
    return b.start, b.end
