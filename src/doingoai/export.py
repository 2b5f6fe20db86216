"""Documents to plain dicts (JSON) and PLOVER-style records. One place, so every interface agrees."""

from __future__ import annotations

import re
from typing import Any

from doingoai.model import BlockType, Document, Event, Status

_KEYWORD_SPLIT = re.compile(r"\s*[;,]\s*")


def block_dict(doc: Document, i: int) -> dict[str, Any]:
    b = doc.blocks[i]
    kind = b.type.value
    if b.type is BlockType.TABLE and (doc.meta.get("markup") or {}).get("rows"):
        kind = "list_item"  # a file's own table (Word, HTML, CSV, ODT): a row is a list's item (round 203)
    d: dict[str, Any] = {
        "type": kind,
        "level": b.level,
        "text": doc.block_text(b),
        "start": b.start,
        "end": b.end,
    }
    if b.lang:
        d["lang"] = b.lang
    return d


def keywords(doc: Document) -> list[str]:
    out: list[str] = []
    for b in doc.blocks:
        if b.type is BlockType.KEYWORDS:
            text = doc.block_text(b).strip().rstrip(".")
            out.extend(k for k in _KEYWORD_SPLIT.split(text) if k)
    return out


def parse_dict(doc: Document) -> dict[str, Any]:
    """`doingoai parse --json`."""
    texts = lambda kind: [doc.block_text(b) for b in doc.blocks if b.type is kind]  # noqa: E731
    abstracts: dict[str, str] = {}
    for b in doc.blocks:
        if b.type is BlockType.ABSTRACT:
            lang = b.lang or "vi"
            abstracts[lang] = (abstracts[lang] + " " if lang in abstracts else "") + doc.block_text(b)
    return {
        "doc": doc.name,
        "format": doc.format,
        "title": doc.title,
        "authors": texts(BlockType.AUTHOR),
        "affiliations": texts(BlockType.AFFILIATION),
        "abstracts": abstracts,
        "keywords": keywords(doc),
        "date": doc.meta.get("date"),
        "removed_lines": doc.meta.get("removed_lines", []),
        "blocks": [block_dict(doc, i) for i in range(len(doc.blocks))],
        "sentences": [
            {"text": doc.text[s.start : s.end], "start": s.start, "end": s.end, "block": s.block}
            for s in doc.sentences
        ],
    }


def evidence_dict(doc: Document, start: int, end: int) -> dict[str, Any]:
    raw_start, raw_end = doc.raw_offsets(start, end)
    return {
        "doc": doc.name,
        "text": doc.text[start:end],
        "start": start,
        "end": end,
        "raw_start": raw_start,
        "raw_end": raw_end,
    }


def event_dict(doc: Document, ev: Event) -> dict[str, Any]:
    d: dict[str, Any] = {
        "kind": ev.kind.value,
        "plover": ev.plover,
        "actors": list(ev.actors),
        "recipients": list(ev.recipients),
        "date": ev.date,
        "status": ev.status.value,
    }
    for key, value in ev.attrs:  # extra attributes never replace a core field
        d.setdefault(key, list(value) if isinstance(value, tuple) else value)
    d["evidence"] = evidence_dict(doc, ev.evidence[0].start, ev.evidence[0].end)
    d["evidence_all"] = [evidence_dict(doc, s.start, s.end) for s in ev.evidence]
    return d


def reported_events(doc: Document) -> list[Event]:
    """Events as reported: a negated statement ("chưa ký", "không tham gia") is not an event that
    happened, so it is listed apart (``negated`` in :func:`extract_dict`), never among the events."""
    return [ev for ev in doc.events if ev.status is not Status.NEGATED]


def negated_statements(doc: Document) -> list[Event]:
    return [ev for ev in doc.events if ev.status is Status.NEGATED]


def extract_dict(doc: Document) -> dict[str, Any]:
    """`doingoai extract --json`."""
    return {
        "document": {"doc": doc.name, "title": doc.title, "date": doc.meta.get("date"), "format": doc.format},
        "mentions": [
            {
                "text": doc.text[m.start : m.end],
                "start": m.start,
                "end": m.end,
                "code": m.code,
                "kind": m.kind,
                "via": m.via,
            }
            for m in doc.mentions
        ],
        "dates": [
            {
                "text": doc.text[d.start : d.end],
                "start": d.start,
                "end": d.end,
                "value": d.value,
                "qualifier": d.qualifier,  # "before" / "after" / "since" ("trước năm 1986") or ""
            }
            for d in doc.dates
        ],
        "events": [event_dict(doc, ev) for ev in reported_events(doc)],
        "negated": [event_dict(doc, ev) for ev in negated_statements(doc)],
        "citations": [
            {
                "raw": doc.text[c.start : c.end],
                "start": c.start,
                "end": c.end,
                "author": c.author,
                "year": c.year,
                "pages": c.pages,
                "quote": doc.text[c.quote.start : c.quote.end] if c.quote else None,
            }
            for c in doc.citations
        ],
    }


def plover_records(doc: Document, source: str | None = None) -> list[dict[str, Any]]:
    """PLOVER-style event records (one JSON object a line with --format plover).

    ``source`` names the document: the path as given (what the knowledge base keeps as ``path``;
    the command line passes it), else its file name. A record's ``id`` is ``source#n``, so two
    files of the same name in different folders ("a/lao.txt", "b/lao.txt") never share an id, and
    the same file read the same way always gets the same ids."""
    source = source or doc.name
    out = []
    for i, ev in enumerate(reported_events(doc)):
        first = ev.evidence[0]
        out.append(
            {
                "id": f"{source}#{i}",
                "event_type": ev.plover,
                "mode": ev.kind.value,
                "date": ev.date,
                "actor": list(ev.actors),
                "recipient": list(ev.recipients),
                "status": ev.status.value,
                "text": doc.text[first.start : first.end],
                "source": source,
                "offsets": [first.start, first.end],
                "attributes": {k: (list(v) if isinstance(v, tuple) else v) for k, v in ev.attrs},
            }
        )
    return out
