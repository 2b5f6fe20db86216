"""Shared fixtures. ../shared (seeds, gold, xquad) is used where present, skipped where not."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the same examples every time (a red run must mean a change broke something); locally the
# examples vary and the failing ones are remembered in .hypothesis/.
settings.register_profile("ci", derandomize=True, deadline=None, database=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"

# store tests: `kb`/`kb_target` on SQLite and PostgreSQL, and the throw-away PostgreSQL server (pg.py)
pytest_plugins = ["store_fixtures"]


@pytest.fixture(autouse=True)
def _rules_alone(request, monkeypatch):
    """A test marked ``rules_alone`` pins what a rule reads or declines; the learned reading of the sentences the
    rules leave without an event (events_learned) is off for it (test_events_learned.py tracks its known errors)."""
    if request.node.get_closest_marker("rules_alone") is not None:
        monkeypatch.setenv("DOINGOAI_EVENTS_MODEL", "none")
    else:  # (the bundled model, whatever the developer's shell has set)
        monkeypatch.delenv("DOINGOAI_EVENTS_MODEL", raising=False)


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


@pytest.fixture(scope="session")
def samples() -> Path:
    """The sample documents the project ships (samples/)."""
    return SAMPLES


@pytest.fixture(scope="session")
def shared() -> Path:
    return _need(SHARED)


@pytest.fixture(scope="session")
def seed_article() -> Path:
    """The 2025 journal article (PDF-style: running headers, column-wrapped lines)."""
    return _need(SHARED / "seeds" / "000_982bfecec0031156.txt")


@pytest.fixture(scope="session")
def seed_report() -> Path:
    """The 2020 report exported from Word (a blank line after every line)."""
    return _need(SHARED / "seeds" / "003_16193cca66713e1d.txt")


@pytest.fixture(scope="session")
def gold(shared: Path):
    def load(name: str):
        path = _need(shared / "gold" / name)
        if path.suffix == ".jsonl":
            return [
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
        return json.loads(path.read_text(encoding="utf-8"))

    return load
