"""DOCX body text: each paragraph one line, table cells in reading order.

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
            _check_sizes(infos, name)
            names = {i.filename for i in infos}
            part = _main_part(zf.read("_rels/.rels") if "_rels/.rels" in names else b"")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DoingoaiError(Code.E110_DOCX_BROKEN, f"not a readable zip archive ({exc})", name) from None
    if part not in names:
        raise DoingoaiError(Code.E110_DOCX_BROKEN, f"no {part}: not a Word document", name)
    return part


def _check_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
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
    """Paragraphs one a line (empty paragraphs give empty lines), tables cell by cell in order."""
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
    _Walker(ns).blocks(body, lines)
    return "\n".join(lines)


class _Walker:
    """Body order: paragraphs, tables (row by row, a merged cell once), content controls."""

    def __init__(self, ns: str):
        from lxml import etree

        w = f"{{{ns}}}"
        self.p, self.tbl, self.tr, self.tc = w + "p", w + "tbl", w + "tr", w + "tc"
        self.sdt, self.sdt_content, self.custom = w + "sdt", w + "sdtContent", w + "customXml"
        self.v_merge, self.val = f"{w}tcPr/{w}vMerge", w + "val"
        # run content of this paragraph (also inside hyperlinks, insertions, fields, smart tags),
        # not of paragraphs nested in text boxes
        self.run_items = etree.XPath("./w:r/* | ./*/w:r/* | ./*/*/w:r/*", namespaces={"w": ns})
        self.text_of = {w + "t": None, w + "tab": "\t", w + "ptab": "\t", w + "br": "\n", w + "cr": "\n",
                        w + "noBreakHyphen": "-", w + "softHyphen": "\u00ad"}  # fmt: skip

    def blocks(self, container, lines: list[str]) -> None:
        for child in container:
            tag = child.tag
            if tag == self.p:
                lines.append(self.paragraph(child))
            elif tag == self.tbl:
                for row in child.iter(self.tr):
                    if row.getparent() is not child and row.getparent().tag != self.sdt_content:
                        continue  # a row of a nested table: reached through its cell
                    for cell in row.iterchildren(self.tc):
                        merged = cell.find(self.v_merge)
                        if merged is not None and merged.get(self.val, "continue") == "continue":
                            continue  # the lower part of a vertically merged cell: read with its top
                        self.blocks(cell, lines)
            elif tag == self.sdt:
                content = child.find(self.sdt_content)
                if content is not None:
                    self.blocks(content, lines)
            elif tag == self.custom:
                self.blocks(child, lines)

    def paragraph(self, p) -> str:
        parts = []
        text_of = self.text_of
        for item in self.run_items(p):
            tag = item.tag
            if tag in text_of:
                fixed = text_of[tag]
                parts.append(item.text or "" if fixed is None else fixed)
        return "".join(parts)
