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
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from doingoai.errors import Code, DoingoaiError
from doingoai.model import Document
from doingoai.store import documents as _docs
from doingoai.store import facts as _facts
from doingoai.store import queries as _queries
from doingoai.store.db import Database, connect, driver_errors
from doingoai.store.ingest import Extractor, IngestReport
from doingoai.store.ingest import ingest as _ingest
from doingoai.store.migrate import check, migrate

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
    def open(cls, target: str | Path, read_only: bool = False) -> KnowledgeBase:
        """A SQLite path (created if missing) or a ``postgresql://`` URL; brings the schema up to date.

        ``read_only``: for reading only (search, ask, events): the knowledge base must exist and have
        the current schema (else E301 / E304); nothing is migrated or written, so a read-only file,
        folder or database role is enough.
        """
        db = connect(target, read_only=read_only)
        try:
            if read_only:
                check(db)
            else:
                migrate(db)
        except driver_errors() as exc:
            db.close()
            what = (
                "read the schema"
                if read_only
                else "bring the schema up to date (reading needs read_only=True)"
            )
            msg = " ".join(str(exc).split())
            raise DoingoaiError(Code.E301_DB_OPEN, f"cannot {what}: {msg}", db.target) from exc
        except BaseException:
            db.close()
            raise
        return cls(db)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

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
    def writable(self) -> None:
        """Raise E305 when the knowledge base was opened read-only."""
        if self.db.read_only:
            raise DoingoaiError(
                Code.E305_DB_READ_ONLY, "the knowledge base was opened read-only", self.db.target
            )

    def ingest(
        self,
        paths: Iterable[str | Path] | str | Path,
        progress: bool = False,
        extractor: Extractor | None = None,
        dense: bool = False,
    ) -> IngestReport:
        """Add files or folders (see :mod:`doingoai.store.ingest`). ``extractor`` defaults to
        :func:`doingoai.pipeline.extract_file`. ``dense``: also store each document's sentence and
        passage vectors (the dense extra), so dense search has nothing left to embed."""
        if isinstance(paths, (str, Path)):
            paths = [paths]
        report = _ingest(self, paths, progress=progress, extractor=extractor, dense=dense)
        self.save_search_snapshot()
        return report

    def save_search_snapshot(self) -> None:
        """Merge the search index now and, when it is large (``snapshot.MIN_SENTENCES``), store the
        merged arrays, so read-only searches never re-merge a large index (about a minute at 1M
        sentences). Small knowledge bases merge in milliseconds and store nothing."""
        load_index = getattr(_search_index(), "load_index", None)  # (a stand-in index may have none)
        if load_index is not None and not self.db.read_only:
            load_index(self.db)

    def add_document(
        self, doc: Document, path: str | Path | None = None, sha256: str | None = None, dense: bool = False
    ) -> int:
        """Store one extracted document in one transaction, replacing the one with the same source.

        The source (the document's identity) is ``path`` resolved when given, else ``doc.name``;
        ``path`` is kept as given (outputs show it). ``sha256`` defaults to the hash of ``doc.raw``.
        ``dense``: embed its sentences and passages (before the transaction) and store the vectors
        with it. Returns the new document id.
        """
        vectors = None
        if dense:
            from doingoai.search.dense import document_vectors, load_model

            self.writable()
            model_id, model = load_model()
            vectors = (model_id, document_vectors(model, [doc])[0])
        return self.write_document(doc, path=path, sha256=sha256, vectors=vectors)

    def write_document(
        self,
        doc: Document,
        path: str | Path | None = None,
        sha256: str | None = None,
        vectors: tuple[str, bytes] | None = None,
        drop: int | None = None,
    ) -> int:
        """:meth:`add_document` with vectors already computed (``(model id, packed vectors)``) and,
        optionally, another document to remove in the same transaction (``drop``: a moved file)."""
        self.writable()
        source = str(Path(path).resolve()) if path is not None else doc.name
        sha = sha256 or hashlib.sha256(doc.raw.encode("utf-8", "surrogatepass")).hexdigest()
        index = _search_index()
        with self.db.transaction():
            touched: set[int] = set()
            old = self.db.scalar("SELECT id FROM documents WHERE source = ?", (source,))
            for gone in {int(old) if old is not None else None, drop} - {None}:
                touched |= self._remove(gone, index)
            doc_id, sents = _docs.write_document(
                self.db, doc, source=source, path=None if path is None else str(path), sha256=sha
            )
            touched |= _facts.write_events(self.db, doc_id, doc, sents)
            _facts.refresh_events(self.db, touched)
            if index is not None:
                index.index_document(self.db, doc_id, doc)
                if vectors is not None:
                    from doingoai.search.dense import store_vectors

                    store_vectors(self.db, doc_id, *vectors)
        return doc_id

    def embed(self, progress: Callable[[int], None] | None = None) -> int:
        """Store dense vectors for every document that has none for the model; returns how many."""
        from doingoai.search.dense import embed_stored, load_model, missing

        self.writable()
        model_id, model = load_model()
        todo = missing(self.db, model_id)
        embed_stored(self.db, todo, model_id, model, progress=progress)
        return len(todo)

    def dense_pending(self) -> int:
        """How many documents a dense search must embed first (0 when all have vectors)."""
        from doingoai.search.dense import pending

        return pending(self.db)

    def remove_document(self, name_or_id: str | int) -> bool:
        """Remove a document (by id, source path or name) and the facts only it supported."""
        self.writable()
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

    def shared_names(self) -> set[str]:
        """File names that more than one document has (readable output shows their paths)."""
        return {
            r["name"] for r in self.db.query("SELECT name FROM documents GROUP BY name HAVING COUNT(*) > 1")
        }

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
            'SELECT c.id, c.doc_id, d.name AS doc, d.path, c.sentence_id, c.start, c."end", c.raw, c.author, c.year, c.pages,'
            f" c.quote, c.quote_start, c.quote_end FROM citations c JOIN documents d ON d.id = c.doc_id {cond}"
            " ORDER BY c.doc_id, c.start",
            params,
        )

    def citation_within(self, doc: int | str, start: int, end: int) -> dict[str, Any] | None:
        """The first in-text citation of document ``doc`` (id, or name) within ``[start, end)`` of its text."""
        key = "d.id" if isinstance(doc, int) else "d.name"
        rows = self.db.query(
            'SELECT d.name AS doc, d.path, c.doc_id, c.raw, c.author, c.year, c.pages, c.quote, c.start, c."end" FROM citations c'
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
            'SELECT d.name AS doc, d.path, s.doc_id, s.idx, s.text, s.start, s."end", s.raw_start, s.raw_end, b.type FROM sentences s'
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
        """Hits (:class:`doingoai.search.Hit`), each naming its document by ``doc`` (the file's name),
        ``path`` (as ingested) and ``doc_id``."""
        from doingoai.search import search

        return search(self, q, **kw)

    def ask(self, q: str, **kw: Any) -> Any:
        from doingoai.answer import ask

        return ask(self, q, **kw)
