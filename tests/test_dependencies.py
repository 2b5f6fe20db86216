"""Every third-party module the readers import is a declared dependency: a plain `pip install doingoai` (no
extras) reads every input format. lxml.html.clean became the separate project lxml_html_clean in lxml 5.2;
trafilatura and justext import it, and an install without it failed on every HTML input with an ImportError."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parent.parent


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=\[ ;]", d, maxsplit=1)[0] for d in project["dependencies"]}
    return {n.lower().replace("-", "_") for n in names}


@pytest.mark.parametrize(
    "distribution",
    ["trafilatura", "lxml", "lxml_html_clean", "pypdfium2", "python_docx", "pyahocorasick", "numpy", "click"],
)
def test_reader_dependency_is_declared(distribution: str) -> None:
    assert distribution in declared()


def test_html_cleaner_imports() -> None:
    import lxml.html.clean  # noqa: F401  (raises ImportError when lxml_html_clean is missing)

    from doingoai.pipeline import parse_text

    doc = parse_text(
        "<html><body><h1>Tiêu đề</h1><p>Việt Nam gia nhập ASEAN năm 1995.</p></body></html>", fmt="html"
    )
    assert "ASEAN" in doc.text
