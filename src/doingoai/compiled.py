"""Which build of the extraction modules runs: the optional compiled build (``make fast``: the hot
``doingoai.extract`` modules compiled by mypyc into C extensions) or pure Python, the default and the
source of truth.

A compiled install keeps every ``.py`` beside its extension module; ``use_pure()`` makes this process
import those sources instead (the benchmark's and the identity test's pure-Python side, in a subprocess).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path

PROBE = "doingoai.extract.events_draft"  # compiled in every compiled build (the hottest module)


def build() -> str:
    """ "compiled" when ``PROBE`` would be (or was) imported from an extension module, else "pure"."""
    mod = sys.modules.get(PROBE)
    origin = getattr(mod, "__file__", None) if mod is not None else _origin(PROBE)
    return "compiled" if origin and origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)) else "pure"


def _origin(name: str) -> str | None:
    spec = importlib.util.find_spec(name)
    return spec.origin if spec is not None else None


class _PureFinder:
    """A meta-path finder for ``doingoai.*`` modules that picks the ``.py`` source beside a compiled one."""

    def find_spec(self, name: str, path, target=None):
        if not name.startswith("doingoai.") or not path:
            return None
        leaf = name.rpartition(".")[2]
        for folder in path:
            source = Path(folder) / f"{leaf}.py"
            if source.is_file():
                return importlib.util.spec_from_file_location(name, source)
        return None


def use_pure() -> None:
    """From now on import ``doingoai`` submodules from their ``.py`` sources (call before importing
    ``doingoai.extract``). Raises RuntimeError when a compiled extraction module is already loaded."""
    if any(isinstance(f, _PureFinder) for f in sys.meta_path):
        return
    loaded = [n for n, m in sys.modules.items() if n.startswith("doingoai.") and _is_extension(m)]
    if loaded:
        raise RuntimeError(f"compiled modules already imported: {', '.join(sorted(loaded)[:3])}")
    sys.meta_path.insert(0, _PureFinder())


def _is_extension(mod: object) -> bool:
    return str(getattr(mod, "__file__", "") or "").endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
