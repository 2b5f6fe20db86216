"""The optional compiled build (setup.py, ``make fast``) extracts exactly what the .py sources extract.

In the development tree (pure Python) the identity test is skipped; ``make fast-test`` runs it in the
compiled venv, where each document is extracted in two subprocesses: the compiled modules and, through
``doingoai.compiled.use_pure``, the .py sources installed beside them.
"""

from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from doingoai.compiled import build

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"

_DUMP = """
import json, sys
from doingoai.compiled import build, use_pure
if sys.argv[1] == "pure":
    use_pure()
from doingoai.export import extract_dict
from doingoai.pipeline import extract_stages, extract_text, parse_file, run
out = {"build": build(), "docs": {}}
for path in sys.argv[2:]:
    doc = run(parse_file(path), extract_stages())
    out["docs"][path] = extract_dict(doc)
    paras = doc.text.split("\\n\\n")
    for k in (3, 7):  # cuts: the document's own date and abbreviations missing, shorter contexts
        if len(paras) > k:
            cut = extract_text("\\n\\n".join(paras[:k]), f"{path}-cut{k}")
            out["docs"][f"{path}-cut{k}"] = extract_dict(cut)
print(json.dumps(out, ensure_ascii=False, sort_keys=True, default=str))
"""


def _dump(mode: str, paths: list[Path]) -> dict:
    cmd = [sys.executable, "-c", _DUMP, mode, *map(str, paths)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT / "tests", check=True)
    return json.loads(done.stdout)


def _documents() -> list[Path]:
    docs = sorted(SAMPLES.glob("*.*"))
    if SEEDS.is_dir():
        docs += sorted(SEEDS.glob("*.txt"))[:4]
    return docs


def test_use_pure_imports_the_sources():
    """``use_pure`` gives the .py modules whatever the install (the pure side of the comparisons)."""
    code = (
        "from doingoai.compiled import build, use_pure; use_pure(); "
        "import doingoai.extract.events_draft as m, doingoai.extract.mentions as n; "
        "print(build(), m.__file__.endswith('.py'), n.__file__.endswith('.py'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["pure", "True", "True"]


def test_build_names_the_loaded_modules():
    import doingoai.extract.events_draft as m

    compiled = not m.__file__.endswith(".py")
    assert build() == ("compiled" if compiled else "pure")


@pytest.mark.skipif(build() != "compiled", reason="pure build: nothing compiled to compare (make fast-test)")
def test_compiled_extracts_exactly_what_pure_extracts():
    paths = _documents()
    compiled, pure = _dump("compiled", paths), _dump("pure", paths)
    assert (compiled["build"], pure["build"]) == ("compiled", "pure")
    assert len(pure["docs"]) >= len(paths)
    assert sum(len(d["events"]) for d in pure["docs"].values()) > 0  # documents with events
    for key, expected in pure["docs"].items():
        assert compiled["docs"][key] == expected, key


def test_compiled_build_refused_for_an_editable_install(monkeypatch):
    """DOINGOAI_COMPILE never builds into the development tree (stale extension modules would shadow
    edited .py files). ``ext_modules`` is called as setup.py would for ``develop``: nothing is built here."""
    hook = runpy.run_path(str(ROOT / "setup.py"), run_name="setup_hook")  # setup() runs only as __main__
    monkeypatch.setenv("DOINGOAI_COMPILE", "1")
    for command in ("develop", "editable_wheel"):
        monkeypatch.setattr(sys, "argv", ["setup.py", command])
        with pytest.raises(SystemExit, match="non-editable"):
            hook["ext_modules"]()
    monkeypatch.setattr(sys, "argv", ["setup.py", "egg_info"])
    assert hook["ext_modules"]() == []  # metadata only: nothing compiled
    monkeypatch.setenv("DOINGOAI_COMPILE", "0")
    monkeypatch.setattr(sys, "argv", ["setup.py", "bdist_wheel"])
    assert hook["ext_modules"]() == []  # not asked for: pure Python


@pytest.mark.skipif(os.environ.get("DOINGOAI_EXPECT_COMPILED") != "1", reason="only in make fast-test")
def test_the_compiled_build_is_loaded_and_current():
    """In ``make fast-test`` the compiled build must be what runs (not silently pure), and the .py sources
    installed beside it must be the tree's (an install older than an edit of src/ is stale: make fast)."""
    import doingoai.extract as package

    assert build() == "compiled"
    installed = Path(package.__file__).parent
    stale = [
        f.name
        for f in sorted((ROOT / "src" / "doingoai" / "extract").glob("*.py"))
        if (installed / f.name).read_bytes() != f.read_bytes()
    ]
    model = ROOT / "src" / "doingoai" / "model.py"  # (compiled too: speed round 25)
    if (installed.parent / "model.py").read_bytes() != model.read_bytes():
        stale.append("model.py")
    assert not stale, f"compiled build older than src/ ({', '.join(stale)}): rebuild with make fast"
