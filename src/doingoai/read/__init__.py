"""Read a file into a :class:`~doingoai.model.Document` (``raw``, ``format``, ``meta``).

``read_file`` checks the path and size before reading, then dispatches on the suffix and the
file's first bytes: a ``.txt`` that is really a PDF, a DOCX or a saved e-mail (message/rfc822: header lines
with From: and Subject:, Date: or Message-ID:) is read as one (``meta["sniffed"]``
says so); a ``.pdf`` or ``.docx`` that is not one, other binary formats, and unknown suffixes are
refused with a coded error naming the file.

``meta``: ``encoding`` (text and HTML: utf-8, utf-8-sig, utf-16-le, cp1258, cp1252, ...; see
:mod:`doingoai.read.text`), ``pages`` (PDF), ``title`` (HTML, when the page has one), ``date`` (HTML:
the publication date in the page's markup, ISO 8601), ``markup`` (HTML: raw offsets of the page's
h2–h6 heading lines and plain short paragraphs, read by the structure stage; see read/html.py; HTML
and DOCX: "rows", raw offsets of the lines that are a table's rows; DOCX: "boxes", of the lines
inside a table of one cell, a box that is never the title; see read/docx.py),
``encoding_repairs`` (stray 8-bit bytes inside UTF-8 text, when any); e-mail (.eml): ``title`` (the
decoded Subject, also the text's first line), ``date`` (the Date header), ``mail`` (from, to, cc, the
client's lines left out) and ``markup`` ("text": raw offsets of the quoted paragraphs, "authors": of the
signature's name line; see read/mail.py); iCalendar (.ics), feeds (.xml, .rss, .atom: RSS or Atom) and
OpenDocument text (.odt): ``markup`` (headings, paragraphs, list items, table rows) and ``sections`` (a calendar
entry's or a feed item's part of the text, its date and status; see read/outline.py); CSV/TSV: ``encoding`` and
``markup`` ("rows": raw offsets of the
header and data rows, one a line, cells joined by " | "; see read/spreadsheet.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from doingoai.errors import Code, DoingoaiError
from doingoai.model import Document
from doingoai.read.text import decode_as, decode_bytes, decode_cp1252, to_bytes

__all__ = [
    "read_file",
    "read_bytes",
    "decode_as",
    "decode_bytes",
    "decode_cp1252",
    "to_bytes",
    "SUFFIXES",
    "MAX_BYTES",
]

MAX_BYTES = 50_000_000
_NON_BLANK = re.compile(rb"[^\s]")
SUFFIXES = {
    ".txt": "txt",
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".srt": "srt",
    ".vtt": "vtt",
    ".eml": "eml",
    ".csv": "csv",
    ".tsv": "tsv",
    ".ics": "ics",
    ".xml": "xml",
    ".rss": "xml",
    ".atom": "xml",
    ".odt": "odt",
}

# Magic numbers of formats that are not documents we read (checked after PDF and zip).
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc/.xls); save it as .docx"),
    (b"{\\rtf", "an RTF file; save it as .docx or .txt"),
    (b"%!PS", "a PostScript file"),
)


def read_file(path: str | Path, *, max_bytes: int = MAX_BYTES, encoding: str | None = None) -> Document:
    """Read ``path`` (.txt, .md, .html, .htm, .pdf, .docx, .srt, .vtt, .eml, .csv, .tsv, .ics, .xml/.rss/.atom, .odt) into a Document; raises DoingoaiError.

    ``encoding`` overrides the detection for text and HTML files (e.g. "cp1258", "utf-16")."""
    p = Path(path)
    name = p.name
    shown = str(path)
    if not p.exists():
        raise DoingoaiError(Code.E101_NOT_FOUND, "no such file", shown)
    if not p.is_file():
        raise DoingoaiError(Code.E101_NOT_FOUND, "not a regular file", shown)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise DoingoaiError(Code.E106_UNSUPPORTED, f"unsupported file type '{suffix or '(none)'}'", shown)
    size = p.stat().st_size
    if size > max_bytes:
        raise DoingoaiError(Code.E103_TOO_LARGE, f"{size:,} bytes is over the limit of {max_bytes:,}", shown)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DoingoaiError(Code.E101_NOT_FOUND, f"cannot be read ({exc.strerror})", shown) from None
    if len(data) > max_bytes:  # the file grew between stat and read
        raise DoingoaiError(
            Code.E103_TOO_LARGE, f"{len(data):,} bytes is over the limit of {max_bytes:,}", shown
        )
    return read_bytes(data, name, SUFFIXES[suffix], shown=shown, encoding=encoding)


def read_bytes(
    data: bytes, name: str, fmt: str, *, shown: str | None = None, encoding: str | None = None
) -> Document:
    """Read a file's bytes given its declared format (txt | md | html | pdf | docx | srt | vtt | eml | csv | tsv | ics | xml | odt)."""
    shown = shown or name
    if _NON_BLANK.search(data) is None:
        raise DoingoaiError(
            Code.E102_EMPTY, "the file is empty" if not data else "the file holds only blanks", shown
        )
    actual = _sniff(data, fmt, shown)
    meta: dict = {}
    if actual != fmt:
        meta["sniffed"] = actual
    if actual == "pdf":
        from doingoai.read.pdf import read_pdf_bytes

        raw, meta["pages"] = read_pdf_bytes(data, shown)
    elif actual == "docx":
        from doingoai.read.docx import read_docx

        raw, rows, boxes, items = read_docx(data, shown)
        # the lines that are rows of a table of data (structure/table_rows.py), a box's (a table of one cell),
        # a list's items (a List Number / List Bullet paragraph: structure/markup.py)
        marked = {k: v for k, v in (("rows", rows), ("boxes", boxes), ("items", items)) if v}
        if marked:
            meta["markup"] = marked
    elif actual in ("ics", "xml", "odt"):  # a calendar, a news feed, an OpenDocument text (read/outline.py)
        if actual == "ics":
            from doingoai.read.calendar import read_calendar as read_outline
        elif actual == "xml":
            from doingoai.read.feed import read_feed as read_outline
        else:
            from doingoai.read.odt import read_odt as read_outline
        raw, meta_outline = read_outline(data, shown)
        meta.update(meta_outline)
    elif actual == "eml":  # a saved e-mail: its Subject and decoded body (read/mail.py)
        from doingoai.read.mail import read_mail

        raw, meta_mail = read_mail(data, shown)
        meta.update(meta_mail)
    elif actual == "html":
        from doingoai.read.html import decode_html, page_date, read_page

        decoded = decode_as(data, encoding, shown) if encoding else decode_html(data, shown)
        meta["encoding"] = decoded.encoding
        page = read_page(decoded.text, shown)
        raw, title = page.text, page.title
        if title:
            meta["title"] = title
        if page.markup:  # the page's own headings and plain paragraphs (structure/markup.py)
            meta["markup"] = page.markup
        date = page_date(decoded.text) or page.date  # (else the time stamp line's, left out of the text)
        if date:
            meta["date"] = date
    else:
        decoded = decode_as(data, encoding, shown) if encoding else decode_bytes(data, shown)
        raw = decoded.text
        meta["encoding"] = decoded.encoding
        if decoded.repairs:
            meta["encoding_repairs"] = decoded.repairs
        if actual == "md":  # "# Tiêu đề", "**...**", "[text](url)": the text without its markup
            from doingoai.read.markdown import read_markdown

            raw, marked = read_markdown(raw)
            if marked:
                meta["markup"] = marked
        elif actual in ("csv", "tsv"):  # a spreadsheet's rows, one a line, cells joined by " | "
            from doingoai.read.spreadsheet import read_table

            raw, marked = read_table(raw, actual, shown)
            if marked:
                meta["markup"] = marked
        elif actual in ("srt", "vtt"):  # subtitles: the cues' text joined, numbers and times left out
            from doingoai.read.subtitles import read_subtitles

            raw, meta["subtitles"] = read_subtitles(raw)
    if not raw.strip():
        raise DoingoaiError(Code.E102_EMPTY, "the file has no text", shown)
    return Document(name=name, raw=raw, format=actual, meta=meta)


def _sniff(data: bytes, fmt: str, shown: str) -> str:
    """The format the bytes really are; refuses a declared PDF/DOCX that is not, and binary files."""
    if data.startswith(b"%PDF-") or (fmt == "pdf" and b"%PDF-" in data[:1024]):
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        if fmt == "odt":
            return "odt"
        if fmt == "docx" or (fmt in ("txt", "md", "srt", "vtt", "csv", "tsv") and _zip_holds_word(data)):
            return "docx"
        raise DoingoaiError(Code.E104_BINARY, "a zip archive, not a text document", shown)
    if fmt == "pdf":
        raise DoingoaiError(Code.E107_PDF_BROKEN, "not a PDF (no %PDF- header)", shown)
    if fmt == "docx":
        raise DoingoaiError(Code.E110_DOCX_BROKEN, "not a DOCX (not a zip archive)", shown)
    if fmt == "odt":
        raise DoingoaiError(Code.E116_ODT_BROKEN, "not an OpenDocument text (not a zip archive)", shown)
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise DoingoaiError(Code.E104_BINARY, f"{what}, not a text document", shown)
    if fmt == "txt" and data[:1].isalpha():  # a message/rfc822 file saved as .txt: read as an e-mail
        from doingoai.read.mail import looks_like_mail

        if looks_like_mail(data):
            return "eml"
    return fmt


def _zip_holds_word(data: bytes) -> bool:
    """Does this zip look like a Word document? (central directory only; nothing is inflated)"""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return any(n.startswith("word/") for n in zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False
