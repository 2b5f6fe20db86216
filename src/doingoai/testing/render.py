"""Render plain text as a PDF or a DOCX, for tests and the sample builder.

``text_to_pdf`` draws each line of the text as one line of the page (no re-wrapping: a line too
wide for the page is drawn in a smaller font), starts a new page at every form feed and when a page
is full, and embeds a Unicode TrueType font with Vietnamese glyphs so the text layer round-trips.
``text_to_docx`` writes each non-empty line as a paragraph.

The font comes from the ``fontpkg-noto-sans`` package (in the ``test`` extra); matplotlib's
DejaVu Sans or a system font under /usr/share/fonts are used when it is absent.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import util as importlib_util
from pathlib import Path

FONT_SIZE = 9.0  # points
MIN_FONT_SIZE = 3.0
LINE_HEIGHT = 4.2  # mm
MARGIN = 12.0  # mm

_SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
)
# Characters XML (DOCX) cannot hold and that a PDF font has no glyph for.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _package_dir(name: str) -> Path | None:
    spec = importlib_util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def find_font() -> Path:
    """A TrueType font with Vietnamese glyphs: fontpkg-noto-sans, matplotlib, then system fonts."""
    candidates: list[Path] = []
    noto = _package_dir("fontpkg_noto_sans")
    if noto is not None:
        files = noto / "files"
        candidates += sorted(p for p in files.glob("NotoSans*.ttf") if "Italic" not in p.name)
    mpl = _package_dir("matplotlib")
    if mpl is not None:
        candidates.append(mpl / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf")
    candidates += [Path(p) for p in _SYSTEM_FONTS]
    for path in candidates:
        if path.is_file():
            return path
    raise RuntimeError("no TrueType font with Vietnamese glyphs found; pip install 'doingoai[test]'")


def _clean_line(line: str) -> str:
    return _CONTROL.sub("", line.replace("\t", "    ")).rstrip("\r")


def text_to_pdf(text: str, path: str | Path, *, lines_per_page: int | None = None) -> Path:
    """Write ``text`` as a PDF with a text layer: one text line per drawn line, "\\f" = new page."""
    from fpdf import FPDF

    path = Path(path)
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.add_font("body", fname=str(find_font()))
    pdf.set_font("body", size=FONT_SIZE)
    width = pdf.w - 2 * MARGIN
    fit = int((pdf.h - 2 * MARGIN) // LINE_HEIGHT)
    per_page = max(1, min(lines_per_page, fit) if lines_per_page else fit)

    pages = text.split("\f")
    for page in pages:
        lines = page.split("\n")
        if len(lines) > 1 and lines[-1] == "":
            lines.pop()  # the newline that ends the page's last line
        pdf.add_page()
        on_page = 0
        for raw_line in lines:
            if on_page == per_page:
                pdf.add_page()
                on_page = 0
            line = _clean_line(raw_line)
            y = MARGIN + on_page * LINE_HEIGHT
            on_page += 1
            if not line.strip():
                continue
            size = FONT_SIZE
            pdf.set_font_size(size)
            needed = pdf.get_string_width(line)
            if needed > width:
                size = max(MIN_FONT_SIZE, FONT_SIZE * width / needed * 0.98)
                pdf.set_font_size(size)  # a line wider than even this overflows the margin
            pdf.set_xy(MARGIN, y)
            pdf.cell(w=0, h=LINE_HEIGHT, text=line)
            pdf.set_font_size(FONT_SIZE)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def text_to_docx(text: str, path: str | Path) -> Path:
    """Write ``text`` as a DOCX: each non-empty line becomes one paragraph."""
    from docx import Document as DocxDocument

    path = Path(path)
    doc = DocxDocument()
    for raw_line in re.split(r"[\n\f]", text):
        line = _clean_line(raw_line)
        if line.strip():
            doc.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path
