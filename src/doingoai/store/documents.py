"""Documents to rows and back: documents, blocks, sentences, mentions, dates, citations, actors.

Events are written by :mod:`doingoai.store.facts` (they merge across documents). Everything here
runs inside the caller's transaction.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from doingoai.model import Block, BlockType, Citation, DateExpr, Document, Mention, Sentence, Span
from doingoai.store.db import Database
from doingoai.textmap import OffsetMap

# NUL cannot be stored in PostgreSQL text and lone surrogates cannot be encoded by either driver:
# each becomes U+FFFD, one character for one, so offsets stay valid.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    return _UNSTORABLE.sub("\ufffd", text) if _UNSTORABLE.search(text) else text


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class SentenceIndex:
    """Sentence lookup by offset for one document (sentences are sorted and do not overlap)."""

    def __init__(self, sentences: Sequence[Sentence], ids: Sequence[int]):
        self._starts = [s.start for s in sentences]
        self._ends = [s.end for s in sentences]
        self._ids = list(ids)

    def id_at(self, offset: int) -> int | None:
        k = bisect_right(self._starts, offset) - 1
        if k >= 0 and offset < self._ends[k]:
            return self._ids[k]
        return None


def write_document(
    db: Database, doc: Document, *, source: str, path: str | None, sha256: str
) -> tuple[int, SentenceIndex]:
    """Insert ``doc`` and its records; returns its id and a sentence index for the event writer."""
    text, raw = storable(doc.text), storable(doc.raw)
    offset_map = (
        None
        if doc.map is None
        else {
            "segments": doc.map.to_list(),
            "length": doc.map.length,
            "src_length": doc.map.src_length,
        }
    )
    doc_id = db.insert(
        "INSERT INTO documents (source, name, path, sha256, format, title, date, text, raw, offset_map, meta, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            source,
            doc.name,
            path,
            sha256,
            doc.format,
            doc.title,
            doc.meta.get("date"),
            text,
            raw,
            dumps(offset_map),
            dumps(doc.meta),
            datetime.now(timezone.utc).isoformat(timespec="seconds"),
        ),
    )
    raw_span = doc.raw_offsets
    db.insert_rows(
        "blocks",
        ("doc_id", "idx", "type", "level", "lang", "start", "end", "raw_start", "raw_end", "text"),
        [
            (
                doc_id,
                i,
                b.type.value,
                b.level,
                b.lang,
                b.start,
                b.end,
                *raw_span(b.start, b.end),
                text[b.start : b.end],
            )
            for i, b in enumerate(doc.blocks)
        ],
    )
    db.insert_rows(
        "sentences",
        ("doc_id", "idx", "block", "start", "end", "raw_start", "raw_end", "text"),
        [
            (doc_id, i, s.block, s.start, s.end, *raw_span(s.start, s.end), text[s.start : s.end])
            for i, s in enumerate(doc.sentences)
        ],
    )
    ids = [r["id"] for r in db.query("SELECT id FROM sentences WHERE doc_id = ? ORDER BY idx", (doc_id,))]
    sents = SentenceIndex(doc.sentences, ids)
    _write_actors(db, doc.mentions, text)
    db.insert_rows(
        "mentions",
        ("doc_id", "sentence_id", "start", "end", "code", "kind", "via", "text"),
        [
            (doc_id, sents.id_at(m.start), m.start, m.end, m.code, m.kind, m.via, text[m.start : m.end])
            for m in doc.mentions
        ],
    )
    db.insert_rows(
        "dates",
        ("doc_id", "sentence_id", "start", "end", "value", "qualifier", "text"),
        [
            (doc_id, sents.id_at(d.start), d.start, d.end, d.value, d.qualifier, text[d.start : d.end])
            for d in doc.dates
        ],
    )
    db.insert_rows(
        "citations",
        (
            "doc_id",
            "sentence_id",
            "start",
            "end",
            "raw",
            "author",
            "year",
            "pages",
            "quote_start",
            "quote_end",
            "quote",
        ),
        [
            (
                doc_id,
                sents.id_at(c.start),
                c.start,
                c.end,
                text[c.start : c.end],
                c.author,
                c.year,
                c.pages,
                c.quote.start if c.quote else None,
                c.quote.end if c.quote else None,
                text[c.quote.start : c.quote.end] if c.quote else None,
            )
            for c in doc.citations
        ],
    )
    return doc_id, sents


def _write_actors(db: Database, mentions: Sequence[Mention], text: str) -> None:
    """One row per actor code across all documents (names from the gazetteer when it has them)."""
    seen: dict[str, tuple[str, list[str]]] = {}
    for m in mentions:
        kind, names = seen.setdefault(m.code, (m.kind, []))
        name = text[m.start : m.end]
        if name not in names:
            names.append(name)
    if not seen:
        return
    from doingoai.store.actors import actor_info

    known, unknown = [], []
    for code, (kind, names) in seen.items():
        info = actor_info(code)
        row = (
            code,
            info.get("kind") or kind,
            info.get("name_vi") or names[0],
            info.get("name_en"),
            info.get("wikidata"),
            dumps(info.get("names") or names),
        )
        (known if info else unknown).append(row)
    insert = "INSERT INTO actors (code, kind, name_vi, name_en, wikidata, names) VALUES (?, ?, ?, ?, ?, ?)"
    # the gazetteer's names replace names a document gave before the gazetteer knew the code
    db.executemany(
        insert + " ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name_vi = excluded.name_vi,"
        " name_en = excluded.name_en, wikidata = excluded.wikidata, names = excluded.names",
        known,
    )
    db.executemany(insert + " ON CONFLICT (code) DO NOTHING", unknown)


def load_document(db: Database, doc_id: int) -> Document | None:
    """Rebuild the :class:`Document` stored under ``doc_id`` (with its own events), or None."""
    from doingoai.store.facts import load_events

    row = db.query_one("SELECT * FROM documents WHERE id = ?", (doc_id,))
    if row is None:
        return None
    om = json.loads(row["offset_map"])
    doc = Document(
        name=row["name"],
        raw=row["raw"],
        text=row["text"],
        format=row["format"],
        meta=json.loads(row["meta"]),
        map=None if om is None else OffsetMap.from_list(om["segments"], om["length"], om["src_length"]),
    )
    q = lambda sql: db.query(sql, (doc_id,))  # noqa: E731
    doc.blocks = [
        Block(BlockType(r["type"]), r["start"], r["end"], r["level"], r["lang"])
        for r in q('SELECT type, start, "end", level, lang FROM blocks WHERE doc_id = ? ORDER BY idx')
    ]
    doc.sentences = [
        Sentence(r["start"], r["end"], r["block"])
        for r in q('SELECT start, "end", block FROM sentences WHERE doc_id = ? ORDER BY idx')
    ]
    doc.mentions = [
        Mention(r["start"], r["end"], r["code"], r["kind"], r["via"])
        for r in q('SELECT start, "end", code, kind, via FROM mentions WHERE doc_id = ? ORDER BY id')
    ]
    doc.dates = [
        DateExpr(r["start"], r["end"], r["value"], r["qualifier"])
        for r in q('SELECT start, "end", value, qualifier FROM dates WHERE doc_id = ? ORDER BY id')
    ]
    doc.citations = [
        Citation(
            r["start"],
            r["end"],
            r["author"],
            r["year"],
            r["pages"],
            Span(r["quote_start"], r["quote_end"]) if r["quote_start"] is not None else None,
        )
        for r in q(
            'SELECT start, "end", author, year, pages, quote_start, quote_end FROM citations WHERE doc_id = ? ORDER BY id'
        )
    ]
    doc.events = load_events(db, doc_id)
    return doc
