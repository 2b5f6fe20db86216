"""Read side of the knowledge base: events as a timeline, documents, sentences and passages.

Every row is a plain dict. Iterators page through the table by id, so a million sentences never
sit in memory at once (on either backend).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from doingoai.store.db import Database

PAGE = 5000


def events(
    db: Database,
    actor: str | None = None,
    kind: str | None = None,
    since: int | None = None,
    until: int | None = None,
) -> list[dict[str, Any]]:
    """Facts sorted by date (undated last), each with every evidence sentence from every document.

    ``actor`` matches actors or recipients; ``kind`` matches the kind or its family ("agreement"
    matches "agreement.sign"); ``since``/``until`` are years and keep facts whose date range overlaps.
    """
    where, params = ["1 = 1"], []
    if actor:
        where.append("e.id IN (SELECT event_id FROM event_actors WHERE code = ?)")
        params.append(actor.strip().upper())
    if kind:
        where.append("(e.kind = ? OR e.kind LIKE ?)")
        params += [kind.strip(), kind.strip() + ".%"]
    if since is not None:
        where.append("e.year_to >= ?")
        params.append(int(since))
    if until is not None:
        where.append("e.year_from <= ?")
        params.append(int(until))
    cond = " AND ".join(where)
    evidence: dict[int, list[dict[str, Any]]] = {}
    for row in db.query(
        'SELECT v.event_id, d.name AS doc, d.path, v.doc_id, v.text, v.start, v."end", v.raw_start, v.raw_end FROM event_evidence v'
        f" JOIN documents d ON d.id = v.doc_id WHERE v.event_id IN (SELECT e.id FROM events e WHERE {cond})"
        " ORDER BY d.name, v.doc_id, v.start, v.id",
        params,
    ):
        evidence.setdefault(int(row.pop("event_id")), []).append(row)
    out = []
    for row in db.query(
        f"SELECT e.id, e.kind, e.plover, e.actors, e.recipients, e.date, e.status, e.attrs FROM events e WHERE {cond}"
        " ORDER BY e.year_from IS NULL, e.year_from, e.date, e.id",
        params,
    ):
        ev: dict[str, Any] = {
            "id": int(row["id"]),
            "kind": row["kind"],
            "plover": row["plover"],
            "actors": json.loads(row["actors"]),
            "recipients": json.loads(row["recipients"]),
            "date": row["date"],
            "status": row["status"],
        }
        for name, value in json.loads(row["attrs"]).items():
            ev.setdefault(name, value)
        ev["evidence"] = evidence.get(ev["id"], [])
        out.append(ev)
    return out


def documents(db: Database) -> list[dict[str, Any]]:
    """One summary row per document: id, name, path, sha256, format, title, date, counts, ingested_at."""
    return db.query(
        "SELECT d.id, d.name, d.path, d.sha256, d.format, d.title, d.date, d.ingested_at,"
        " (SELECT COUNT(*) FROM sentences s WHERE s.doc_id = d.id) AS sentences,"
        " (SELECT COUNT(*) FROM event_sources v WHERE v.doc_id = d.id) AS events,"
        " (SELECT COUNT(*) FROM citations c WHERE c.doc_id = d.id) AS citations"
        " FROM documents d ORDER BY d.name, d.id"
    )


def document_id(db: Database, name_or_id: str | int) -> int | None:
    """The id of a document given by id, source (resolved) path, path as ingested, or name (in that order)."""
    if isinstance(name_or_id, int):
        return db.scalar("SELECT id FROM documents WHERE id = ?", (name_or_id,))
    key = str(name_or_id)
    for sql in (
        "SELECT id FROM documents WHERE source = ?",
        "SELECT MIN(id) FROM documents WHERE path = ?",
        "SELECT MIN(id) FROM documents WHERE name = ?",
    ):
        found = db.scalar(sql, (key,))
        if found is not None:
            return int(found)
    return None


def document_paths(db: Database, ids: Iterable[int]) -> dict[int, str | None]:
    """doc_id -> the path the document was ingested from (as given: relative when given relative;
    None for a document added without a file)."""
    ids = sorted({int(i) for i in ids})
    if not ids:
        return {}
    rows = db.query(f"SELECT id, path FROM documents WHERE id IN ({', '.join('?' * len(ids))})", ids)
    return {int(r["id"]): r["path"] for r in rows}


def document(db: Database, name_or_id: str | int) -> dict[str, Any] | None:
    """A document's row (text, raw, meta and offset_map decoded) by id, source path or name."""
    doc_id = document_id(db, name_or_id)
    row = None if doc_id is None else db.query_one("SELECT * FROM documents WHERE id = ?", (doc_id,))
    if row is None:
        return None
    row["meta"] = json.loads(row["meta"])
    row["offset_map"] = json.loads(row["offset_map"])
    return row


def _paged(db: Database, table: str, columns: str, doc_id: int | None) -> Iterator[dict[str, Any]]:
    last = 0
    while True:
        cond = "t.id > ?" + (" AND t.doc_id = ?" if doc_id is not None else "")
        params = (last, doc_id) if doc_id is not None else (last,)
        rows = db.query(
            f"SELECT {columns} FROM {table} t JOIN documents d ON d.id = t.doc_id WHERE {cond} ORDER BY t.id LIMIT {PAGE}",
            params,
        )
        yield from rows
        if len(rows) < PAGE:
            return
        last = rows[-1]["id"]


def sentences(db: Database, doc_id: int | None = None) -> Iterator[dict[str, Any]]:
    """{"id", "doc_id", "doc", "path", "idx", "block", "start", "end", "raw_start", "raw_end", "text"} in id order."""
    return _paged(
        db,
        "sentences",
        't.id, t.doc_id, d.name AS doc, d.path, t.idx, t.block, t.start, t."end", t.raw_start, t.raw_end, t.text',
        doc_id,
    )


def passages(db: Database, doc_id: int | None = None) -> Iterator[dict[str, Any]]:
    """Paragraph-like blocks: {"id", "doc_id", "doc", "path", "idx", "type", "start", "end", "raw_start", "raw_end", "text"}.

    ``idx`` is the block index, so a sentence's passage is the one with ``idx == sentence["block"]``.
    """
    return _paged(
        db,
        "passages",
        't.id, t.doc_id, d.name AS doc, d.path, t.idx, t.type, t.start, t."end", t.raw_start, t.raw_end, t.text',
        doc_id,
    )
