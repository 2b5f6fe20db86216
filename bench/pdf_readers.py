"""Compare PDF text extractors on Vietnamese PDFs: accuracy against the source text, and speed.

    .venv/bin/python bench/pdf_readers.py [--repeat 3] [--seeds ../shared/seeds]

Each source text (the seeds when present, plus synthetic Vietnamese texts made here with a fixed
random seed) is rendered to a PDF with ``doingoai.testing.render.text_to_pdf`` and read back by:

* ``pypdfium2``   — ``PdfTextPage.get_text_range()`` per page, as is;
* ``doingoai``    — the runtime reader ``doingoai.read.pdf`` (pypdfium2 + line-gap blank lines,
                    hyphen restoration);
* ``pdfplumber``  — ``page.extract_text()`` (pdfminer layout analysis), default settings.

A further synthetic text is set justified in two columns by fpdf2 (re-wrapped, so only the character
score applies there: does the reader keep the columns' reading order?).

Accuracy: ``difflib.SequenceMatcher.ratio`` of the whitespace-normalised texts (characters), and of
the sequences of stripped non-empty lines (is each printed line one extracted line?). Speed: pages
per second over all PDFs, best of ``--repeat`` runs, one core. Needs the ``bench`` extra (pdfplumber).
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_WS = re.compile(r"\s+")

SYLLABLES = (
    "quan hệ đối ngoại hợp tác phát triển Việt Nam Lào Campuchia Liên Xô Trung Quốc Hoa Kỳ Nhật Bản "
    "Đảng Nhà nước nhân dân hữu nghị truyền thống đặc biệt toàn diện chiến lược đối tác kinh tế thương mại "
    "đầu tư an ninh quốc phòng khu vực thế giới hòa bình ổn định thịnh vượng của và với trong những các "
    "được đã sẽ đang không chưa ký kết hiệp định hiệp ước nghị quyết chỉ thị Hội nghị Trung ương khóa "
    "thúc đẩy củng cố tăng cường mở rộng nâng cấp thiết lập bình thường hóa viện trợ hỗ trợ ủng hộ "
    "Liên Hợp Quốc ASEAN Hội đồng Bảo an thành viên không thường trực nhiệm kỳ Bộ Ngoại giao tham vấn "
    "chuyến thăm chính thức cấp nhà nước Thủ tướng Chủ tịch nước Tổng Bí thư Quốc hội đại biểu "
    "ưu tiên nguyên tắc độc lập tự chủ đa phương hóa đa dạng hóa hội nhập quốc tế sâu rộng thực chất"
).split()


def synthetic_text(seed: int, lines: int = 260) -> str:
    """Vietnamese-looking text: headings, paragraphs of wrapped lines, long lines, numbers, quotes."""
    rng = random.Random(seed)
    out: list[str] = []
    section = 0
    while len(out) < lines:
        if rng.random() < 0.12:
            section += 1
            out += ["", f"{section}. " + " ".join(rng.choices(SYLLABLES, k=rng.randint(4, 9))).upper(), ""]
        width = rng.choice((60, 90, 120, 160))
        para = " ".join(rng.choices(SYLLABLES, k=rng.randint(30, 120)))
        para += f" ({rng.choice(['ĐCSVN', 'Bộ Ngoại giao', 'Hồ Chí Minh'])}, {rng.randint(1945, 2025)}, tr. {rng.randint(1, 400)})."
        para = para.replace(" của ", " “của” ", 1).replace(" và ", " – ", 1)
        line = ""
        for word in para.split():
            if len(line) + len(word) + 1 > width:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        out += [line, ""]
    return "\n".join(out)


def two_column_pdf(text: str, path: Path) -> tuple[Path, str]:
    """Paragraphs of ``text`` set justified in two columns; returns the PDF and its reading-order text."""
    from fpdf import FPDF

    from doingoai.testing.render import find_font

    paras = [p.replace("\n", " ") for p in text.split("\n\n") if p.strip()]
    pdf = FPDF()
    pdf.add_font("body", fname=str(find_font()))
    pdf.set_font("body", size=9)
    pdf.add_page()
    with pdf.text_columns(ncols=2, gutter=6, text_align="J", line_height=1.2) as cols:
        for para in paras:
            with cols.paragraph(bottom_margin=2) as p:
                p.write(para)
    pdf.output(str(path))
    return path, "\n".join(paras)


def _pypdfium2(path: Path) -> tuple[str, int]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    n = len(pdf)
    pdf.close()
    return "\f".join(pages), n


def _doingoai(path: Path) -> tuple[str, int]:
    from doingoai.read.pdf import read_pdf_bytes

    return read_pdf_bytes(path.read_bytes(), path.name)


def _pdfplumber(path: Path) -> tuple[str, int]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    return "\f".join(pages), len(pages)


READERS: dict[str, Callable[[Path], tuple[str, int]]] = {
    "pypdfium2": _pypdfium2,
    "doingoai": _doingoai,
    "pdfplumber": _pdfplumber,
}


def _chars(text: str) -> str:
    return _WS.sub(" ", text.replace("\ufffe", "-").replace("\x02", "-")).strip()


def _lines(text: str) -> list[str]:
    return [s for s in (_WS.sub(" ", ln).strip() for ln in re.split(r"[\r\n\f]+", text)) if s]


def accuracy(source: str, got: str) -> tuple[float, float]:
    chars = difflib.SequenceMatcher(None, _chars(source), _chars(got), autojunk=False).ratio()
    lines = difflib.SequenceMatcher(None, _lines(source), _lines(got), autojunk=False).ratio()
    return chars, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    args = ap.parse_args(argv)
    from doingoai.testing.render import text_to_pdf

    sources: dict[str, str] = {}
    if args.seeds.is_dir():
        for f in sorted(args.seeds.glob("*.txt")):
            sources[f.stem[:3] + " (seed)"] = f.read_text(encoding="utf-8")
    for seed in (1, 2):
        sources[f"synthetic-{seed}"] = synthetic_text(seed)

    with tempfile.TemporaryDirectory() as tmp:
        pdfs = {
            name: text_to_pdf(text, Path(tmp) / f"{i}.pdf") for i, (name, text) in enumerate(sources.items())
        }
        pdfs["2-columns"], sources["2-columns"] = two_column_pdf(synthetic_text(3), Path(tmp) / "cols.pdf")
        print(f"{'document':<16} {'reader':<11} {'pages':>5} {'chars':>7} {'lines':>7}")
        totals: dict[str, list[float]] = {r: [0.0, 0.0, 0] for r in READERS}
        for name, path in pdfs.items():
            for reader, fn in READERS.items():
                text, pages = fn(path)
                c, ln = accuracy(sources[name], text)
                totals[reader][0] += c
                shown = "-" if name == "2-columns" else f"{ln:.4f}"
                if name != "2-columns":
                    totals[reader][1] += ln
                    totals[reader][2] += 1
                print(f"{name:<16} {reader:<11} {pages:>5} {c:>7.4f} {shown:>7}")
        print()
        print(f"{'reader':<11} {'mean chars':>10} {'mean lines':>10} {'pages/s':>9}")
        for reader, fn in READERS.items():
            best = float("inf")
            pages = 0
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                pages = sum(fn(p)[1] for p in pdfs.values())
                best = min(best, time.perf_counter() - t0)
            c, ln, n = totals[reader]
            print(f"{reader:<11} {c / len(pdfs):>10.4f} {ln / n:>10.4f} {pages / best:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
