"""Optional compiled build of the extraction modules. Pure Python stays the default and the source of truth;
everything else about the package is in pyproject.toml.

    make fast                                    # its own venv (.venv-fast), then the extraction benchmark
    DOINGOAI_COMPILE=1 pip install --no-build-isolation .   # by hand: needs mypy<2, setuptools and a C compiler

Without DOINGOAI_COMPILE (or with 0) this file adds nothing and the package installs as pure Python, as on a
machine without a compiler. The compiled build is never made into the development tree: an editable install
with DOINGOAI_COMPILE set is refused (a stale extension module would shadow edited .py files).

DOINGOAI_COMPILE=1 or =mypyc: mypyc (typed Python -> C; the modules type-check under mypy). =cython: Cython 3
on the unchanged .py files (measured slower here; see docs/decisions.md, "Extraction speed: compiled build").
"""

from __future__ import annotations

import os
import sys
from glob import glob

from setuptools import setup

# Every doingoai.extract module but the package's __init__ (what it re-exports stays importable either way), and
# the data model whose records they build and read (native classes: a field read is a struct read; speed round 25).
HOT = sorted(f for f in glob("src/doingoai/extract/*.py") if not f.endswith("__init__.py")) + [
    "src/doingoai/model.py"
]
_BUILDS = ("bdist_wheel", "build", "build_ext", "install")  # not for metadata (egg_info, dist_info)


_NEEDS = (
    "DOINGOAI_COMPILE needs {what} in the installing environment and a C compiler: pip install {pkg} "
    "setuptools, then pip install --no-build-isolation . (or: make fast); unset DOINGOAI_COMPILE for pure Python"
)


def ext_modules() -> list:
    tool = os.environ.get("DOINGOAI_COMPILE", "").strip().lower()
    if tool in ("", "0", "no", "false"):
        return []
    if "editable_wheel" in sys.argv or "develop" in sys.argv:
        raise SystemExit(
            "DOINGOAI_COMPILE is for a separate, non-editable install (make fast): compiled modules "
            "in the development tree would shadow edited .py files"
        )
    if not any(cmd in sys.argv for cmd in _BUILDS):
        return []
    if tool in ("1", "yes", "true", "mypyc"):
        try:
            from mypyc.build import mypycify
        except ImportError:
            raise SystemExit(_NEEDS.format(what="mypy<2 (mypyc)", pkg="'mypy>=1.18,<2'")) from None

        flags = ["--ignore-missing-imports", "--follow-imports=silent"]
        return mypycify([*flags, *HOT], opt_level="3", multi_file=True)
    if tool == "cython":
        try:
            from Cython.Build import cythonize
        except ImportError:
            raise SystemExit(_NEEDS.format(what="Cython 3", pkg="'cython>=3'")) from None

        return cythonize(HOT, language_level=3, compiler_directives={"binding": True}, quiet=True)
    raise SystemExit(f"DOINGOAI_COMPILE={tool!r}: use 1 (mypyc), mypyc or cython")


if __name__ == "__main__":  # as setuptools runs it (a test imports the hook without building)
    setup(ext_modules=ext_modules())
