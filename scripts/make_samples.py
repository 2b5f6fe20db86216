"""Rebuild the binary sample documents (samples/*.docx, samples/*.pdf) from scripts/sample_sources/.

    .venv/bin/python scripts/make_samples.py

The text samples (samples/*.txt, *.html) are written by hand; these two are rendered from text so
that `make demo` and the tests exercise the DOCX and PDF readers on real files.
"""

from __future__ import annotations

from pathlib import Path

from doingoai.testing.render import text_to_docx, text_to_pdf

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "sample_sources"
SAMPLES = ROOT / "samples"


def main() -> None:
    docx = text_to_docx(
        (SOURCES / "quan-he-viet-nam-lao.txt").read_text(encoding="utf-8"),
        SAMPLES / "quan-he-viet-nam-lao.docx",
    )
    pdf = text_to_pdf(
        (SOURCES / "hoi-nhap-kinh-te-quoc-te.txt").read_text(encoding="utf-8"),
        SAMPLES / "hoi-nhap-kinh-te-quoc-te.pdf",
    )
    for path in (docx, pdf):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
