"""The documents the speed rounds' tests run each replaced function and its replacement on: the samples, the seeds
when ../shared is there, and the named held-out sets' documents (or every set's)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def speed_corpus(sets: Iterable[str] = (), every_set: bool = False) -> list[Path]:
    files = sorted((ROOT / "samples").glob("*.txt"))
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        files += sorted(seeds.glob("*.txt"))
    data = ROOT / "tests" / "data"
    if every_set:
        files += sorted(data.glob("*/*.txt"))
    for name in sets:
        if (data / name).is_dir():
            files += sorted((data / name).glob("*.txt"))
    return files
