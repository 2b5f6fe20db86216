"""The knowledge base: the Python API over one database (SQLite file or PostgreSQL URL).

    with doingoai.open("kb.sqlite") as kb:
        report = kb.ingest(["papers/"], progress=True)
        for ev in kb.events(actor="LAO", since=1975, until=1980):
            print(ev["date"], ev["kind"], ev["evidence"][0]["text"])

Search and answers live in :mod:`doingoai.search` and :mod:`doingoai.answer`; the methods here
only hand the knowledge base to them. Their own tables come from later migrations
(``002_search.sql``); ``doingoai.search.index`` is called inside each document's transaction.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from doingoai.model import Document
from doingoai.store import documents as _docs
from doingoai.store import facts as _facts
from doingoai.store import queries as _queries
from doingoai.store.db import Database, connect
from doingoai.store.ingest import Extractor, IngestReport
from doingoai.store.ingest import ingest as _ingest
from doingoai.store.migrate import migrate

_INDEX_MODULE = "doingoai.search.index"
_DOC_TABLES = ("mentions", "dates", "citations", "sentences", "blocks")  # the rest: facts.remove_events


def _search_index() -> Any:
    """``doingoai.search.index`` when it exists (None before it is written). Its own import errors
    are not hidden: ingesting without the index it should keep in step would leave it stale."""
    return importlib.import_module(_INDEX_MODULE) if importlib.util.find_spec(_INDEX_MODULE) else None


class KnowledgeBase:
    """Documents, sentences, passages, citations, actors and merged events, with their evidence."""

    def __init__(self, db: Database):
        self.db = db

    @classmethod
    def open(cls, target: str | Path) -> KnowledgeBase:
        """A SQLite path (created if missing) or a ``postgresql://`` URL; brings the schema up to date."""
        db = connect(target)
        try:
            migrate(db)
        except BaseException:
            db.close()
            raise
        return cls(db)

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[str | Path] | str | Path,
        progress: bool = False,
        extractor: Extractor | None = None,
    ) -> IngestReport:
        """Add files or folders (see :mod:`doingoai.store.ingest`). ``extractor`` defaults to
        :func:`doingoai.pipeline.extract_file`."""
        if isinstance(paths, (str, Path)):
            paths = [paths]
        return _ingest(self, paths, progress=progress, extractor=extractor)

    def add_document(self, doc: Document, path: str | Path | None = None, sha256: str | None = None) -> int:
        """Store one extracted document in one transaction, replacing the one with the same source.

        The source is ``path`` when given, else ``doc.name``; ``sha256`` defaults to the hash of
        ``doc.raw``. Returns the new document id.
        """
        source = str(path) if path is not None else doc.name
        sha = sha256 or hashlib.sha256(doc.raw.encode("utf-8", "surrogatepass")).hexdigest()
        index = _search_index()
        with self.db.transaction():
            old = self.db.scalar("SELECT id FROM documents WHERE source = ?", (source,))
            touched: set[int] = set()
            if old is not None:
                touched = self._remove(int(old), index)
            doc_id, sents = _docs.write_document(
                self.db, doc, source=source, path=None if path is None else str(path), sha256=sha
            )
            touched |= _facts.write_events(self.db, doc_id, doc, sents)
            _facts.refresh_events(self.db, touched)
            if index is not None:
                index.index_document(self.db, doc_id, doc)
        return doc_id

    def remove_document(self, name_or_id: str | int) -> bool:
        """Remove a document (by id, source path or name) and the facts only it supported."""
        doc_id = _queries.document_id(self.db, name_or_id)
        if doc_id is None:
            return False
        index = _search_index()
        with self.db.transaction():
            _facts.refresh_events(self.db, self._remove(doc_id, index))
        return True

    def _remove(self, doc_id: int, index: Any) -> set[int]:
        if index is not None:
            index.remove_document(self.db, doc_id)
        touched = _facts.remove_events(self.db, doc_id)
        # set-based deletes first: a cascade deletes row by row (slow on PostgreSQL for big documents)
        for table in _DOC_TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        self.db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        return touched

    # --- reading ----------------------------------------------------------------------------
    def events(
        self,
        actor: str | None = None,
        kind: str | None = None,
        since: int | None = None,
        until: int | None = None,
    ) -> list[dict[str, Any]]:
        """Merged facts as a timeline; see :func:`doingoai.store.queries.events`."""
        return _queries.events(self.db, actor=actor, kind=kind, since=since, until=until)

    def documents(self) -> list[dict[str, Any]]:
        return _queries.documents(self.db)

    def document(self, name_or_id: str | int) -> dict[str, Any] | None:
        """The stored row (text, raw, meta, offset_map) by id, path or name."""
        return _queries.document(self.db, name_or_id)

    def load(self, name_or_id: str | int) -> Document | None:
        """The stored document rebuilt as a :class:`Document` (blocks, sentences, ..., its events)."""
        doc_id = _queries.document_id(self.db, name_or_id)
        return None if doc_id is None else _docs.load_document(self.db, doc_id)

    def sentences(self, doc_id: int | None = None) -> Iterator[dict[str, Any]]:
        """Every sentence (of one document when ``doc_id`` is given); see :func:`queries.sentences`."""
        return _queries.sentences(self.db, doc_id)

    def passages(self, doc_id: int | None = None) -> Iterator[dict[str, Any]]:
        """Paragraph-like blocks; see :func:`queries.passages`."""
        return _queries.passages(self.db, doc_id)

    def citations(self, doc_id: int | None = None) -> list[dict[str, Any]]:
        """In-text citations with the quote they follow and their sentence id."""
        cond, params = ("WHERE c.doc_id = ?", (doc_id,)) if doc_id is not None else ("", ())
        return self.db.query(
            'SELECT c.id, c.doc_id, d.name AS doc, c.sentence_id, c.start, c."end", c.raw, c.author, c.year, c.pages,'
            f" c.quote, c.quote_start, c.quote_end FROM citations c JOIN documents d ON d.id = c.doc_id {cond}"
            " ORDER BY c.doc_id, c.start",
            params,
        )

    def citation_within(self, doc: int | str, start: int, end: int) -> dict[str, Any] | None:
        """The first in-text citation of document ``doc`` (id, or name) within ``[start, end)`` of its text."""
        key = "d.id" if isinstance(doc, int) else "d.name"
        rows = self.db.query(
            'SELECT d.name AS doc, c.raw, c.author, c.year, c.pages, c.quote, c.start, c."end" FROM citations c'
            f' JOIN documents d ON d.id = c.doc_id WHERE {key} = ? AND c.start >= ? AND c."end" <= ?'
            " ORDER BY c.start LIMIT 1",
            (doc, start, end),
        )
        return rows[0] if rows else None

    def sentence_at(self, doc_id: int, start: int) -> dict[str, Any] | None:
        """The sentence of a document starting at ``start`` (with its raw offsets)."""
        return self.db.query_one(
            'SELECT s.idx, s.start, s."end", s.raw_start, s.raw_end, s.text FROM sentences s'
            " WHERE s.doc_id = ? AND s.start = ?",
            (doc_id, start),
        )

    def sentences_after(self, doc_id: int, idx: int, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` sentences after sentence ``idx`` of a document, with their block's type."""
        return self.db.query(
            'SELECT d.name AS doc, s.doc_id, s.idx, s.text, s.start, s."end", s.raw_start, s.raw_end, b.type FROM sentences s'
            " JOIN documents d ON d.id = s.doc_id"
            " LEFT JOIN blocks b ON b.doc_id = s.doc_id AND b.idx = s.block"
            " WHERE s.doc_id = ? AND s.idx > ? ORDER BY s.idx LIMIT ?",
            (doc_id, idx, limit),
        )

    def actors(self) -> list[dict[str, Any]]:
        """Every actor named in some document, with how many documents and mentions name it."""
        rows = self.db.query(
            "SELECT a.code, a.kind, a.name_vi, a.name_en, a.wikidata, a.names,"
            " COUNT(DISTINCT m.doc_id) AS documents, COUNT(m.id) AS mentions"
            " FROM actors a LEFT JOIN mentions m ON m.code = a.code"
            " GROUP BY a.code, a.kind, a.name_vi, a.name_en, a.wikidata, a.names ORDER BY a.code"
        )
        for row in rows:
            row["names"] = json.loads(row["names"])
        return rows

    def stats(self) -> dict[str, int]:
        tables = ("documents", "sentences", "events", "event_evidence", "citations", "mentions")
        return {t: int(self.db.scalar(f"SELECT COUNT(*) FROM {t}")) for t in tables}

    # --- search and answers (doingoai.search / doingoai.answer) ---------------------------------
    def search(self, q: str, **kw: Any) -> Any:
        from doingoai.search import search

        return search(self, q, **kw)

    def ask(self, q: str, **kw: Any) -> Any:
        from doingoai.answer import ask

        return ask(self, q, **kw)
