"""Files -> knowledge base, one transaction per document.

For each file (folders expanded by :func:`doingoai.pipeline.expand_paths`): hash its bytes; the
same path with the same hash is left alone (``unchanged``); otherwise the file is read, cleaned,
structured and extracted (outside any transaction: that is the slow part), then its rows replace
the old ones in one transaction. A file that fails is reported with its coded error and the batch
goes on; a database failure stops the batch (after rolling back the document in hand).
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from doingoai.errors import Code, DoingoaiError
from doingoai.model import Document

if TYPE_CHECKING:
    from doingoai.store.kb import KnowledgeBase

Extractor = Callable[[Path], Document]


@dataclass(frozen=True)
class IngestReport:
    """What a batch did. ``events`` and ``citations`` count what the knowledge base holds after it."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    errors: list[DoingoaiError] = field(default_factory=list)
    events: int = 0
    citations: int = 0


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    try:
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except FileNotFoundError as exc:
        raise DoingoaiError(Code.E101_NOT_FOUND, "no such file", str(path)) from exc
    except IsADirectoryError as exc:
        raise DoingoaiError(Code.E101_NOT_FOUND, "a folder where a file was expected", str(path)) from exc
    except OSError as exc:
        raise DoingoaiError(Code.E101_NOT_FOUND, f"cannot read the file: {exc.strerror}", str(path)) from exc
    return h.hexdigest()


def _default_extractor(path: Path) -> Document:
    from doingoai.pipeline import extract_file

    return extract_file(path)


def ingest(
    kb: KnowledgeBase, paths: Iterable[str | Path], progress: bool = False, extractor: Extractor | None = None
) -> IngestReport:
    """Ingest files and folders into ``kb``; see the module docstring."""
    from tqdm import tqdm

    from doingoai.pipeline import expand_paths

    extract = extractor or _default_extractor
    files = list(expand_paths(paths))
    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    errors: list[DoingoaiError] = []
    bar = tqdm(files, disable=not progress, file=sys.stderr, unit="doc", desc="ingest", leave=False)
    for path in bar:
        try:
            outcome = ingest_file(kb, path, extract)
        except DoingoaiError as err:
            errors.append(err)
            continue
        counts[outcome] += 1
    bar.close()
    return IngestReport(
        **counts,
        errors=errors,
        events=int(kb.db.scalar("SELECT COUNT(*) FROM events")),
        citations=int(kb.db.scalar("SELECT COUNT(*) FROM citations")),
    )


def ingest_file(kb: KnowledgeBase, path: Path, extract: Extractor) -> str:
    """One file: "added", "replaced" or "unchanged" (raises its DoingoaiError)."""
    sha = file_sha256(path)
    source = str(path.resolve())
    old = kb.db.query_one("SELECT id, sha256 FROM documents WHERE source = ?", (source,))
    if old is not None and old["sha256"] == sha:
        return "unchanged"
    if old is None and kb.db.scalar("SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1", (sha,)):
        return "unchanged"  # the same bytes are already in the knowledge base under another path
    try:
        doc = extract(path)
    except DoingoaiError:
        raise
    except (
        Exception
    ) as exc:  # a bug outside the stage runner (e.g. in a reader): this file fails, the batch goes on
        raise DoingoaiError(
            Code.E201_STAGE_FAILED, f"reading failed: {type(exc).__name__}: {exc}", str(path)
        ) from exc
    kb.add_document(doc, path=source, sha256=sha)
    return "added" if old is None else "replaced"
