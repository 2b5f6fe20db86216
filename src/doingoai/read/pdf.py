"""PDF text layer with pypdfium2 (chosen over pdfplumber: see docs/decisions.md, "PDF text extraction").

Pages are joined with form feeds; lines end in "\\n". A vertical gap between two lines that is a
multiple of the page's usual line pitch (a paragraph space, a blank line) becomes as many blank
lines, so paragraph breaks survive as they do in text exports; a smaller gap of 1.25 pitches or more (a
paragraph's space after, as Word and fpdf2 set it) is one blank line (round 209). PDFium reports a hyphen that ends a line as
U+FFFE (or 0x02) and joins the two lines; the reader puts the hyphen and the line break back, so the
raw text shows the page as printed and the clean stage decides whether the hyphen is a real one
("Mác-\\nLênin") or a word broken at the line end.
"""

from __future__ import annotations

import re

from doingoai.errors import Code, DoingoaiError

_EOF_TAIL = 4096  # %%EOF must be in the last bytes of a complete PDF
_LINE_ENDS = re.compile(r"\r\n?")
_PDFIUM_HYPHENS = str.maketrans({"\ufffe": "-\n", "\x02": "-\n"})
_PDFIUM_PASSWORD_ERROR = 4
_CRLF = re.compile(r"\r\n")
_CONTROLS = re.compile(r"[\x00\x01\x03-\x08\x0b\x0e-\x1f\x7f]")
MAX_BLANK_LINES = 3
PARAGRAPH_SPACE = 1.25


def read_pdf_bytes(data: bytes, name: str) -> tuple[str, int]:
    """The text layer (pages joined with "\\f") and the page count; raises E107/E108/E109."""
    import pypdfium2 as pdfium

    if b"%%EOF" not in data[-_EOF_TAIL:]:
        raise DoingoaiError(Code.E107_PDF_BROKEN, "the PDF is truncated (no %%EOF at its end)", name)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PDFIUM_PASSWORD_ERROR or "password" in str(exc).lower():
            raise DoingoaiError(
                Code.E108_PDF_ENCRYPTED, "the PDF is encrypted with a password", name
            ) from None
        raise DoingoaiError(Code.E107_PDF_BROKEN, f"the PDF cannot be opened ({exc})", name) from None
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            pages.append(_page_text(textpage))
            textpage.close()
            page.close()
    except pdfium.PdfiumError as exc:
        raise DoingoaiError(
            Code.E107_PDF_BROKEN, f"page {len(pages) + 1} cannot be read ({exc})", name
        ) from None
    finally:
        pdf.close()
    if not any(p.strip() for p in pages):
        n = len(pages)
        raise DoingoaiError(
            Code.E109_PDF_NO_TEXT,
            "its one page has no text" if n == 1 else f"none of its {n} pages has text",
            name,
        )
    return "\f".join(pages), len(pages)


def _page_text(textpage) -> str:
    text = textpage.get_text_range()
    if "\r\n" in text and len(text) == textpage.count_chars():  # text index == PDFium char index
        text = _with_blank_lines(textpage, text)
    return _normalise(text)


def _with_blank_lines(textpage, text: str) -> str:
    """Insert blank lines where the baseline gap to the next line is >= 1.6 line pitches (the page's
    median pitch; 1.3 times the font size on a page of fewer than four lines)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    starts = [0] + [m.end() for m in _CRLF.finditer(text)]
    starts = [i for i in starts if i < len(text)]
    if len(starts) < 2:
        return text
    x, y = ctypes.c_double(), ctypes.c_double()
    ys = []
    for i in starts:
        if not pdfium_c.FPDFText_GetCharOrigin(textpage.raw, i, x, y):
            return text
        ys.append(y.value)
    pitches = sorted(a - b for a, b in zip(ys, ys[1:], strict=False) if a - b > 0.5)
    if len(pitches) >= 3:
        pitch = pitches[len(pitches) // 2]
    else:  # too few lines to learn the pitch: assume single spacing of the text's font size
        sizes = sorted(pdfium_c.FPDFText_GetFontSize(textpage.raw, i) for i in starts)
        pitch = 1.3 * sizes[len(sizes) // 2]
    if pitch <= 0:
        return text
    parts = [text[: starts[1]]]
    for k in range(1, len(starts)):
        gap = ys[k - 1] - ys[k]
        if gap >= 1.6 * pitch:
            parts.append("\r\n" * min(MAX_BLANK_LINES, round(gap / pitch) - 1))
        elif gap >= PARAGRAPH_SPACE * pitch:  # a paragraph's space after (Word's 6-8 pt, fpdf2's margins)
            parts.append("\r\n")
        parts.append(text[starts[k] : starts[k + 1] if k + 1 < len(starts) else len(text)])
    return "".join(parts)


def _normalise(text: str) -> str:
    if "\r" in text:
        text = _LINE_ENDS.sub("\n", text)
    if "\ufffe" in text or "\x02" in text:
        text = text.translate(_PDFIUM_HYPHENS)
    if _CONTROLS.search(text):  # broken ToUnicode maps yield NULs and other controls
        text = _CONTROLS.sub("", text)
    return text
