"""An OpenDocument text (.odt, LibreOffice Writer) -> its text as Writer shows it.

An .odt is a zip archive (its first member the ``mimetype``, "application/vnd.oasis.opendocument.text")
whose ``content.xml`` holds the body. The archive is checked as a DOCX's is (read/docx.py: members, sizes,
expansion, from the central directory, before anything is inflated: E111), and ``content.xml`` is parsed by
``defusedxml`` (entity declarations and external entities refused: E116). The body is read element by
element (the schema is small; odfpy's ``teletype.extractText`` was measured and reads a paragraph the same
way, but not its notes apart, see docs/decisions.md, round 203):

* a paragraph's text as Writer shows it: spans joined, ``text:s`` as its count of spaces, a tab as a space, a line
  break a line of the paragraph, a note's citation mark ("1") left out of the sentence and the note's body kept for the end;
* ``text:h`` a heading of its outline level; ``text:p`` a line left to the structure stage (the title, a
  dateline, a paragraph: the text decides, as for a Word file); a list's items (``text:list-item``) list items;
* a table of data (a header row, or two rows or more of two filled cells or more) one line a row, its cells
  joined by " | " (a cell's paragraphs by a space), marked as a table's rows (as a Word table's); a table laying
  out paragraphs (an issuer block with empty cells) gives its cells' paragraphs one a line;
* the footnotes' and endnotes' bodies, each a paragraph at the end of the text.

A file that is not an OpenDocument text (no ``content.xml``, another mimetype, a broken zip) is E116.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from doingoai.errors import Code, DoingoaiError
from doingoai.read.outline import Outline
from doingoai.read.safe_xml import parse_xml

__all__ = ["read_odt"]

_MIME = b"application/vnd.oasis.opendocument.text"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
T = lambda name: f"{{{_TEXT}}}{name}"  # noqa: E731
TB = lambda name: f"{{{_TABLE}}}{name}"  # noqa: E731
_SKIP = frozenset((T("note-citation"), T("sequence-decls"), T("tracked-changes"), T("bookmark-ref")))


def _count(value: str | None) -> int:
    """A count attribute (``text:c``, ``text:outline-level``) as written, 1 when missing or not a number."""
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1


def _paras(el: Any) -> list[Any]:
    return [e for e in el.iter() if e.tag in (T("p"), T("h"))]


class _Reader:
    def __init__(self) -> None:
        self.out = Outline()
        self.notes: list[str] = []

    def inline(self, el: Any, parts: list[str]) -> None:
        """The text of a paragraph's content, into ``parts`` (notes' bodies into :attr:`notes`)."""
        if el.text:
            parts.append(el.text)
        for child in el:
            tag = child.tag
            if tag == T("s"):
                parts.append(" " * _count(child.get(T("c"))))
            elif tag == T("tab"):
                parts.append(" ")
            elif tag == T("line-break"):
                parts.append("\n")  # (a line of the paragraph, as a Word file's w:br: a title's two lines)
            elif tag == T("note"):
                body = child.find(T("note-body"))
                if body is not None:
                    for p in _paras(body):
                        note: list[str] = []
                        self.inline(p, note)
                        self.notes.append("".join(note))
            elif tag not in _SKIP:
                self.inline(child, parts)
            if child.tail:
                parts.append(child.tail)

    def text_of(self, el: Any) -> str:
        parts: list[str] = []
        self.inline(el, parts)
        return "\n".join(t for t in (" ".join(ln.split()) for ln in "".join(parts).split("\n")) if t)

    def block(self, el: Any, role: str = "") -> None:
        tag = el.tag
        if tag == T("h"):
            self.out.put(self.text_of(el), "heading", _count(el.get(T("outline-level"))))
        elif tag == T("p"):
            self.out.put(self.text_of(el), role)
        elif tag == T("list"):
            for item in el:
                for child in item:
                    self.block(child, "items" if child.tag == T("p") else role)
        elif tag == TB("table"):
            self.table(el)
        elif (
            tag in (T("section"), TB("table-header-rows"), f"{{{_OFFICE}}}text", T("index-body"))
            or tag.endswith("}table-of-content")
            or tag.endswith("}alphabetical-index")
        ):  # containers: their blocks
            for child in el:
                self.block(child, role)

    def table(self, el: Any) -> None:
        rows: list[list[list[str]]] = []  # each cell's paragraphs
        header = el.find(TB("table-header-rows")) is not None
        for row in el.iter(TB("table-row")):
            cells = []
            for cell in row:
                if cell.tag != TB("table-cell"):
                    continue  # (a covered cell, spanned over: its text is the spanning cell's)
                cells.append([t for t in (self.text_of(p) for p in _paras(cell)) if t])
            rows.append(cells)
        filled = [sum(1 for c in r if c) for r in rows]
        grid = len(rows) > 0 and (header or sum(1 for f in filled if f >= 2) >= 2) and min(filled) >= 2
        if grid:
            for cells in rows:
                self.out.put(" | ".join(" ".join(c).replace("\n", " ") for c in cells), "rows")
            return
        for col in range(max((len(r) for r in rows), default=0)):  # a layout: column by column, as it reads
            for cells in rows:
                if col < len(cells):
                    for line in cells[col]:
                        self.out.put(line)


def read_odt(data: bytes, shown: str) -> tuple[str, dict[str, Any]]:
    """The document's text and meta (``markup``); raises DoingoaiError (E116 broken, E111 a zip bomb)."""
    from doingoai.read.docx import check_sizes

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            check_sizes(infos, shown)
            names = {i.filename for i in infos}
            if "mimetype" in names and not zf.read("mimetype").strip().startswith(_MIME):
                raise DoingoaiError(
                    Code.E116_ODT_BROKEN, "not an OpenDocument text (another mimetype)", shown
                )
            if "content.xml" not in names:
                raise DoingoaiError(Code.E116_ODT_BROKEN, "no content.xml: not an OpenDocument file", shown)
            xml = zf.read("content.xml")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DoingoaiError(Code.E116_ODT_BROKEN, f"not a readable zip archive ({exc})", shown) from None
    root = parse_xml(xml, Code.E116_ODT_BROKEN, "content.xml", shown)
    body = root.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise DoingoaiError(Code.E116_ODT_BROKEN, "content.xml has no text body", shown)
    reader = _Reader()
    for child in body:
        reader.block(child)
    for note in reader.notes:
        reader.out.put(note, "text")
    return reader.out.result()
