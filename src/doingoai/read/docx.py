"""DOCX body text: each paragraph one line, tables where they stand, a table of data one row a line.

The main part's XML is read with lxml directly (entities not resolved, no network): about 20 times
faster than building python-docx objects, with the same text (runs, tabs, breaks, hyperlinks;
text boxes and deleted text left out).

The zip is inspected before anything is decompressed: a member list that expands far beyond the
file's size (a zip bomb) or past a fixed ceiling is refused (E111); a broken zip or one without
``word/document.xml`` is E110.
"""

from __future__ import annotations

import io
import re
import zipfile
from itertools import accumulate
from typing import NamedTuple

from doingoai.errors import Code, DoingoaiError

MAX_UNCOMPRESSED = 256 * 1024 * 1024  # all members together
MAX_RATIO = 100  # uncompressed / compressed, over the whole archive, once past RATIO_FLOOR
RATIO_FLOOR = 16 * 1024 * 1024  # small archives may compress well; only large expansions are checked
MAX_MEMBERS = 10_000
DEFAULT_PART = "word/document.xml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_OFFICE_DOCUMENT = re.compile(rb'Type="[^"]*/officeDocument"[^>]*Target="([^"]+)"')
_OFFICE_DOCUMENT_REVERSED = re.compile(rb'Target="([^"]+)"[^>]*Type="[^"]*/officeDocument"')


def check_zip(data: bytes, name: str) -> str:
    """Refuse broken zips and zip bombs from the central directory alone (nothing is inflated);
    return the name of the main document part."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            check_sizes(infos, name)
            names = {i.filename for i in infos}
            part = _main_part(zf.read("_rels/.rels") if "_rels/.rels" in names else b"")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DoingoaiError(Code.E110_DOCX_BROKEN, f"not a readable zip archive ({exc})", name) from None
    if part not in names:
        raise DoingoaiError(Code.E110_DOCX_BROKEN, f"no {part}: not a Word document", name)
    return part


def check_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse a zip bomb (E111) from its central directory: too many members, too large, too far expanded
    (also an .odt's: read/odt.py)."""
    if len(infos) > MAX_MEMBERS:
        raise DoingoaiError(Code.E111_ZIP_BOMB, f"the archive holds {len(infos)} members", name)
    total = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if total > MAX_UNCOMPRESSED:
        raise DoingoaiError(
            Code.E111_ZIP_BOMB, f"expands to {total:,} bytes (limit {MAX_UNCOMPRESSED:,})", name
        )
    if total > RATIO_FLOOR and total > MAX_RATIO * packed:
        raise DoingoaiError(
            Code.E111_ZIP_BOMB, f"expands {total / packed:.0f}-fold ({packed:,} -> {total:,} bytes)", name
        )


def _main_part(rels: bytes) -> str:
    """The officeDocument target named in _rels/.rels (checked for size already), else the usual one."""
    m = _OFFICE_DOCUMENT.search(rels) or _OFFICE_DOCUMENT_REVERSED.search(rels)
    return m.group(1).decode("utf-8", errors="replace").lstrip("/") if m else DEFAULT_PART


def read_docx_bytes(data: bytes, name: str) -> str:
    """Paragraphs one a line (empty paragraphs give empty lines), tables in place (see :func:`read_docx`)."""
    return read_docx(data, name).text


class DocxText(NamedTuple):
    text: str  # the body text
    rows: list[list[int]]  # ``[start, end]`` of its lines that are table rows
    boxes: list[list[int]]  # ``[start, end]`` of its lines that are a box's (a table of one cell)
    items: list[list[int]]  # ``[start, end]`` of its lines that are a list's items (a list style)


def read_docx(data: bytes, name: str) -> DocxText:
    """The body text and which of its lines are table rows and which a box's.

    Paragraphs one a line (empty paragraphs give empty lines); tables where they stand among them. A
    table of data (:func:`_is_grid`) gives one line a row, its cells joined by " | " (empty cells opening
    the row kept as tabs; round 203: the gold's and the CSV reader's form): the structure stage makes each a
    ``table`` block (exported as a list item), the offsets telling it which lines are rows;
    a table laying out paragraphs (an official document's issuer and motto side by side, a signature
    beside the recipients, a box of text) gives its cells' paragraphs one a line, cell by cell. A table
    of one cell is a box around paragraphs (a note, an example set apart): its lines are marked, for the
    structure stage never takes a box's text for the document's title. A paragraph in a list style ("List
    Number", "List Bullet") is marked as a list's item (round 203)."""
    from lxml import etree

    part = check_zip(data, name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read(part)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
        root = etree.fromstring(xml, parser)
    except (zipfile.BadZipFile, OSError, EOFError, etree.XMLSyntaxError, ValueError) as exc:
        raise DoingoaiError(
            Code.E110_DOCX_BROKEN, f"the Word document cannot be parsed ({type(exc).__name__}: {exc})", name
        ) from None
    ns = root.tag[1 : root.tag.index("}")] if root.tag.startswith("{") else _W
    body = root.find(f"{{{ns}}}body")
    if body is None:
        raise DoingoaiError(Code.E110_DOCX_BROKEN, f"{part} has no body", name)
    lines: list[str] = []
    rows: list[int] = []
    boxes: list[int] = []
    walker = _Walker(ns)
    walker.blocks(body, lines, rows, boxes)
    return DocxText(
        "\n".join(lines),
        _spans(lines, rows),
        _spans(lines, [k for k in boxes if lines[k].strip()]),
        _spans(lines, [k for k in walker.items if lines[k].strip()]),
    )


def _spans(lines: list[str], rows: list[int]) -> list[list[int]]:
    """``[start, end]`` of lines ``rows`` in ``"\\n".join(lines)``."""
    if not rows:
        return []
    starts = list(accumulate((len(t) + 1 for t in lines), initial=0))
    # (a row opening on empty cells is marked from its first filled cell: where its line starts once cleaned)
    return [[starts[k] + len(lines[k]) - len(lines[k].lstrip("\t")), starts[k] + len(lines[k])] for k in rows]


MAX_COMPLEX_SHARE = 0.25  # cells holding several paragraphs or a table, in a table of data (at most)
LONG_CELL = 160  # characters: a cell this long holds prose


def _one_line(text: str) -> str:
    """A cell's paragraph on one line, without tabs (a row is one line, its cells parted by tabs)."""
    if "\t" in text or "\n" in text:
        text = text.replace("\t", " ").replace("\n", " ")
    return text.strip()


class _Walker:
    """Body order: paragraphs, tables (row by row, a merged cell once), content controls."""

    def __init__(self, ns: str):
        from lxml import etree

        w = f"{{{ns}}}"
        self.p, self.tbl, self.tr, self.tc = w + "p", w + "tbl", w + "tr", w + "tc"
        self.sdt, self.sdt_content, self.custom = w + "sdt", w + "sdtContent", w + "customXml"
        self.tc_pr, self.v_merge, self.val = w + "tcPr", w + "vMerge", w + "val"
        self.grid_span = w + "gridSpan"
        self.p_pr, self.p_style, self.num_pr = w + "pPr", w + "pStyle", w + "numPr"
        self.items: list[int] = []  # the body's lines that are a list's items (List Number / List Bullet)
        self.base = 0  # (lines of a table's cell are counted from the cell: items only in the body)
        # run content of this paragraph (also inside hyperlinks, insertions, fields, smart tags),
        # not of paragraphs nested in text boxes
        self.run_items = etree.XPath("./w:r/* | ./*/w:r/* | ./*/*/w:r/*", namespaces={"w": ns})
        self.text_of = {w + "t": None, w + "tab": "\t", w + "ptab": "\t", w + "br": "\n", w + "cr": "\n",
                        w + "noBreakHyphen": "-", w + "softHyphen": "\u00ad"}  # fmt: skip

    def blocks(self, container, lines: list[str], rows: list[int], boxes: list[int]) -> None:
        """Append the lines of ``container``'s paragraphs and tables to ``lines`` (the indices of table
        rows set as one line to ``rows``, of a box's lines to ``boxes``)."""
        for child in container:
            tag = child.tag
            if tag == self.p:
                if self.listed(child):
                    self.items.append(len(lines) + self.base)
                lines.append(self.paragraph(child))
            elif tag == self.tbl:
                self.table(child, lines, rows, boxes)
            elif tag == self.sdt:
                content = child.find(self.sdt_content)
                if content is not None:
                    self.blocks(content, lines, rows, boxes)
            elif tag == self.custom:
                self.blocks(child, lines, rows, boxes)

    def table(self, tbl, lines: list[str], rows: list[int], boxes: list[int]) -> None:
        widths: list[int] = []  # cells a row
        cells: list[list[str]] = []  # the lines of each cell, row by row
        nested: list[tuple[list[int], list[int]]] = []  # which of them are rows, or a box's, of a table in it
        tcs = 0  # cells as Word holds them (a merged cell once)
        for tr in self._children(tbl, self.tr):
            n = 0
            for cell in self._children(tr, self.tc):
                out: list[str] = []
                out_rows: list[int] = []
                out_boxes: list[int] = []
                if not self._continued(cell):  # (the lower part of a merged cell: read once, with its top)
                    base, self.base = self.base, -1  # (no list items inside a table's cells)
                    self.blocks(cell, out, out_rows, out_boxes)
                    self.base = base
                cells.append(out)
                nested.append((out_rows, out_boxes))
                n += 1
                tcs += 1
                for _ in range(self._span(cell) - 1):  # (a merged cell's other grid columns: empty fields, so
                    cells.append([])  # the columns after it stay under their headers)
                    nested.append(([], []))
                    n += 1
            widths.append(n)
        if not _is_grid(widths, cells):
            boxed = tcs == 1  # one cell (also one merged across the grid): a box around paragraphs
            for cell_lines, (cell_rows, cell_boxes) in zip(cells, nested, strict=True):  # paragraphs laid out
                rows.extend(len(lines) + k for k in cell_rows)  # (rows of a table of data nested in it)
                boxes.extend(len(lines) + k for k in (range(len(cell_lines)) if boxed else cell_boxes))
                lines.extend(cell_lines)
            return
        k = 0
        for n in widths:
            texts = []
            for cell_lines in cells[k : k + n]:
                text = " ".join(t for t in map(_one_line, cell_lines) if t)
                texts.append(" ".join(text.split()) if "  " in text else text)
            k += n
            while texts and not texts[-1]:
                texts.pop()  # (an empty cell keeps its place between tabs, "A\t\tC"; none is kept at the end)
            if texts:  # (an empty row gives no line)
                rows.append(len(lines))
                # empty cells opening the row stay tabs, their count placing its cells (round 203)
                lead = next(j for j, t in enumerate(texts) if t)
                lines.append("\t" * lead + " | ".join(texts[lead:]))

    def _continued(self, cell) -> bool:
        """``cell`` is the lower part of a vertically merged cell (its properties come first)."""
        if not len(cell) or cell[0].tag != self.tc_pr:
            return False
        merged = cell[0].find(self.v_merge)
        return merged is not None and merged.get(self.val, "continue") == "continue"

    def _span(self, cell) -> int:
        """The grid columns ``cell`` spans (``w:gridSpan``; 1 for most cells)."""
        if not len(cell) or cell[0].tag != self.tc_pr:
            return 1
        span = cell[0].find(self.grid_span)
        try:
            return max(1, min(64, int(span.get(self.val, "1")))) if span is not None else 1
        except ValueError:
            return 1

    def _children(self, parent, tag: str):
        """``parent``'s children with ``tag``, also inside content controls and custom XML wrapping them."""
        for child in parent:
            if child.tag == tag:
                yield child
            elif child.tag == self.sdt:
                content = child.find(self.sdt_content)
                if content is not None:
                    yield from self._children(content, tag)
            elif child.tag == self.custom:
                yield from self._children(child, tag)

    def listed(self, p) -> bool:
        """A list's item: a paragraph in a list style ("List Number", "List Bullet", "List 2" …), or a
        "List Paragraph" Word numbers or bullets (``w:numPr``); a numbered heading is a heading (round 203)."""
        if self.base < 0 or not len(p) or p[0].tag != self.p_pr:
            return False
        style = p[0].find(self.p_style)
        name = (style.get(self.val, "") if style is not None else "").replace(" ", "").lower()
        if not name.startswith("list"):
            return False
        return name != "listparagraph" or p[0].find(self.num_pr) is not None

    def paragraph(self, p) -> str:
        parts = []
        text_of = self.text_of
        for item in self.run_items(p):
            tag = item.tag
            if tag in text_of:
                fixed = text_of[tag]
                parts.append(item.text or "" if fixed is None else fixed)
        return "".join(parts)


def _is_grid(widths: list[int], cells: list[list[str]]) -> bool:
    """A table of data, read a row a line: two columns or more, few cells holding several paragraphs or
    lines broken apart (an issuer above its rule, a signature's lines) and few rows of prose side by side
    (a text and its translation)."""
    if max(widths, default=0) < 2:
        return False  # one column: a box of paragraphs, or a list
    filled = complex_cells = 0
    for c in cells:
        if len(c) == 1 and "\n" not in c[0]:  # (the common cell: one paragraph)
            parts = 1 if c[0].strip() else 0
        else:
            parts = sum(1 for t in c for part in t.split("\n") if part.strip())
        if parts:
            filled += 1
            complex_cells += parts > 1
    if filled < 2 or complex_cells > MAX_COMPLEX_SHARE * filled:
        return False
    k = prose = 0
    for n in widths:
        prose += sum(sum(map(len, c)) >= LONG_CELL for c in cells[k : k + n]) >= 2
        k += n
    return prose <= MAX_COMPLEX_SHARE * len(widths)
