"""Extraction time of a long table of agreements (events_table_rows: one draft a row, all of them Vietnam's, merged
by events_merge) as its rows grow: near-linear seconds mean no step tries each row against every earlier one.

    .venv/bin/python bench/large_table.py [--rows 1000 2000 4000] [--docx]

Prints, per size, the rows, the events found and the wall seconds of the whole pipeline (read, clean, structure,
extract) on a table set as text (or, with ``--docx``, a Word table). Before the merge was indexed by parties and
years, 4,000 rows took 8–13 s here (0.7 s for 1,000 rows).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from doingoai.pipeline import extract_file, extract_text

HEADER = ("Hiệp định", "Đối tác", "Ngày ký", "Ngày có hiệu lực")
AGREEMENTS = (
    "Hiệp định hợp tác kinh tế",
    "Bản ghi nhớ về hợp tác nghề cá",
    "Hiệp định thương mại",
    "Nghị định thư",
)
PARTNERS = ("Lào", "Cam-pu-chia", "Nhật Bản", "Pháp", "In-đô-nê-xi-a", "Thái Lan", "Ấn Độ", "Cu-ba")
INTRO = "Trong những năm qua, Việt Nam tích cực ký kết các hiệp định hợp tác quốc tế."
CAPTION = "Bảng 1. Các hiệp định Việt Nam đã ký"


def rows(n: int) -> list[tuple[str, str, str, str]]:
    """``n`` rows, each a distinct agreement signed with one of eight partners over thirty years."""
    out = []
    for i in range(n):
        year = 1990 + i % 30
        out.append(
            (
                f"{AGREEMENTS[i % len(AGREEMENTS)]} số {i + 1}",
                PARTNERS[i % len(PARTNERS)],
                f"{1 + i % 28}/{1 + i % 12}/{year}",
                f"1/1/{year + 1}",
            )
        )
    return out


def table_text(n: int) -> str:
    lines = [INTRO, "", CAPTION, "", *("    ".join(r) for r in [HEADER, *rows(n)])]
    return "\n".join([*lines, "", "Nguồn: Bộ Ngoại giao.", ""])


def table_docx(n: int, path: Path) -> Path:
    import docx  # the "test" extra (python-docx)

    d = docx.Document()
    d.add_paragraph(INTRO)
    d.add_paragraph(CAPTION)
    table = d.add_table(rows=0, cols=len(HEADER))
    for r in [HEADER, *rows(n)]:
        for cell, v in zip(table.add_row().cells, r, strict=True):  # (table.cell(i, j) reads every row: slow)
            cell.text = v
    d.save(str(path))
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, nargs="+", default=[1000, 2000, 4000])
    ap.add_argument("--docx", action="store_true", help="a Word table (python-docx) instead of a text table")
    args = ap.parse_args()
    extract_text(table_text(20), name="warm-up")  # automata built once, outside the timing
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.rows:
            path = table_docx(n, Path(tmp) / f"table{n}.docx") if args.docx else None
            t0 = time.perf_counter()
            doc = extract_file(path) if path is not None else extract_text(table_text(n), name=f"table{n}")
            seconds = time.perf_counter() - t0
            print(f"{n:>6} rows: {len(doc.events):>6} events in {seconds:6.2f} s")


if __name__ == "__main__":
    main()
