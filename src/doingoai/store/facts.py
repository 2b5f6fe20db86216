"""Events as facts: the same event from several documents is one fact with all its sources.

A fact (``events`` row) has a normalised key: kind, the sorted actor set, the sorted recipient set
(for symmetric kinds every party goes into one set) and whether it is negated (a denial never
merges with the event it denies). An extracted event joins the fact with its key and the same
date, else the fact whose date it refines or is refined by ("1977" and "1977-07-18"; never
intervals, never an undated statement with a dated one), the most precise such date winning and a
tie meaning "ambiguous"; otherwise it starts a new fact.

Each document's extracted :class:`~doingoai.model.Event` is an ``event_sources`` row with its
``event_evidence`` spans; the fact's actors, date (the most precise), status (the most definite)
and attributes (merged) are derived from its sources, so removing a document's sources and
refreshing gives the same facts as if that document had never been ingested.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from doingoai.model import Document, Event, EventKind, Span, Status
from doingoai.store.db import Database
from doingoai.store.documents import SentenceIndex, dumps, storable

_YEAR = re.compile(r"\d{4}")
# when sources disagree, the fact takes the most definite status
_STATUS_RANK = {
    Status.OCCURRED.value: 0,
    Status.ONGOING.value: 1,
    Status.PLANNED.value: 2,
    Status.NEGATED.value: 3,
}


def parties(kind: EventKind, actors: Iterable[str], recipients: Iterable[str]) -> tuple[list[str], list[str]]:
    """Actors and recipients without repeats; symmetric kinds put every party among the actors."""
    a = list(dict.fromkeys(x.strip() for x in actors if x.strip()))
    r = list(dict.fromkeys(x.strip() for x in recipients if x.strip()))
    if kind.symmetric:
        return list(dict.fromkeys(a + r)), []
    return a, r


def event_key(ev: Event) -> str:
    a, r = parties(ev.kind, ev.actors, ev.recipients)
    neg = "neg" if ev.status is Status.NEGATED else ""
    return "|".join((ev.kind.value, ",".join(sorted(a)), ",".join(sorted(r)), neg))


def _refines(general: str, specific: str) -> bool:
    """ "1977" < "1977-07" < "1977-07-18"; "2020" < "2020-H1". Intervals and "" refine nothing."""
    return (
        bool(general)
        and "/" not in general + specific
        and len(specific) > len(general)
        and specific.startswith(general)
        and specific[len(general)] == "-"
    )


def same_time(d1: str, d2: str) -> bool:
    """Whether two dates can name the same event: equal, or one refines the other."""
    return d1 == d2 or _refines(d1, d2) or _refines(d2, d1)


def _match(facts: dict[int, str], date: str) -> int | None:
    """The fact (id -> date) an event dated ``date`` joins: the same date, else the compatible one with
    the most precise date, if only one has it."""
    exact = [i for i, d in facts.items() if d == date]
    if exact:
        return exact[0]
    near = [(len(d), i) for i, d in facts.items() if same_time(d, date)]
    best = [i for n, i in near if n == max(near)[0]] if near else []
    return best[0] if len(best) == 1 else None  # two equally precise candidates: ambiguous, start a new fact


def year_range(date: str) -> tuple[int | None, int | None]:
    """ "1975/1985" -> (1975, 1985); "2020-H1", "1995-07-28" -> (2020, 2020)...; "" -> (None, None)."""
    parts = date.split("/")
    years = [int(m.group()) for p in (parts[0], parts[-1]) if (m := _YEAR.match(p.strip()))]
    if not years:
        return None, None
    return min(years), max(years)


def _chunks(values: Sequence[Any], size: int = 500) -> Iterator[tuple[Sequence[Any], str]]:
    """Slices of ``values`` for ``IN (...)`` lists, each with its placeholders."""
    for i in range(0, len(values), size):
        chunk = values[i : i + size]
        yield chunk, ",".join("?" * len(chunk))


def _plain(value: Any) -> Any:
    return [_plain(v) for v in value] if isinstance(value, (tuple, list)) else value


def _frozen(value: Any) -> Any:
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


def write_events(db: Database, doc_id: int, doc: Document, sents: SentenceIndex) -> set[int]:
    """Add ``doc.events`` as sources of (new or existing) facts; returns the facts touched."""
    if not doc.events:
        return set()
    if db.dialect == "postgres":  # one fact writer at a time, so concurrent ingests never split a fact
        db.execute("SELECT pg_advisory_xact_lock(4242002)")
    keys = [event_key(ev) for ev in doc.events]
    facts = _facts_by_key(db, sorted(set(keys)))
    ids: list[int] = []
    roles = []
    for ev, key in zip(doc.events, keys, strict=True):
        date = ev.date.strip()
        same = facts.setdefault(key, {})
        fact_id = _match(same, date)
        if fact_id is None:
            a, r = parties(ev.kind, ev.actors, ev.recipients)
            fact_id = db.insert(
                "INSERT INTO events (key, kind, plover, actors, recipients, date, year_from, year_to, status, attrs)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}') RETURNING id",
                (key, ev.kind.value, ev.plover, dumps(a), dumps(r), date, *year_range(date), ev.status.value),
            )
            roles += [(fact_id, c, "actor") for c in a] + [(fact_id, c, "recipient") for c in r]
        same[fact_id] = max(same.get(fact_id, date), date, key=len)
        ids.append(fact_id)
    db.executemany("INSERT INTO event_actors (event_id, code, role) VALUES (?, ?, ?)", roles)
    db.executemany(
        "INSERT INTO event_sources (event_id, doc_id, ord, actors, recipients, date, status, attrs)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                fact_id,
                doc_id,
                i,
                dumps(list(ev.actors)),
                dumps(list(ev.recipients)),
                ev.date.strip(),
                ev.status.value,
                dumps([[k, _plain(v)] for k, v in ev.attrs]),
            )
            for i, (ev, fact_id) in enumerate(zip(doc.events, ids, strict=True))
        ],
    )
    source_ids = [
        r["id"] for r in db.query("SELECT id FROM event_sources WHERE doc_id = ? ORDER BY ord", (doc_id,))
    ]
    text = storable(doc.text)
    db.insert_rows(
        "event_evidence",
        ("event_id", "source_id", "doc_id", "sentence_id", "start", "end", "raw_start", "raw_end", "text"),
        [
            (
                fact_id,
                source_id,
                doc_id,
                sents.id_at(sp.start),
                sp.start,
                sp.end,
                *doc.raw_offsets(sp.start, sp.end),
                text[sp.start : sp.end],
            )
            for ev, fact_id, source_id in zip(doc.events, ids, source_ids, strict=True)
            for sp in ev.evidence
        ],
    )
    return set(ids)


def _facts_by_key(db: Database, keys: list[str]) -> dict[str, dict[int, str]]:
    """key -> {fact id: date} for the facts already stored under these keys."""
    out: dict[str, dict[int, str]] = {}
    for chunk, marks in _chunks(keys):
        for row in db.query(f"SELECT id, key, date FROM events WHERE key IN ({marks}) ORDER BY id", chunk):
            out.setdefault(row["key"], {})[int(row["id"])] = row["date"]
    return out


def remove_events(db: Database, doc_id: int) -> set[int]:
    """Drop the document's sources and evidence; returns the facts they supported (refresh them)."""
    touched = {
        int(r["event_id"])
        for r in db.query("SELECT DISTINCT event_id FROM event_sources WHERE doc_id = ?", (doc_id,))
    }
    db.execute("DELETE FROM event_evidence WHERE doc_id = ?", (doc_id,))
    db.execute("DELETE FROM event_sources WHERE doc_id = ?", (doc_id,))
    return touched


def refresh_events(db: Database, event_ids: Iterable[int]) -> None:
    """Recompute each fact from its sources; delete the facts left with none."""
    ids = sorted(set(event_ids))
    for chunk, marks in _chunks(ids):
        sources: dict[int, list[dict[str, Any]]] = {i: [] for i in chunk}
        for row in db.query(
            f"SELECT s.event_id, s.actors, s.recipients, s.date, s.status, s.attrs, e.kind FROM event_sources s"
            f" JOIN events e ON e.id = s.event_id WHERE s.event_id IN ({marks}) ORDER BY s.doc_id, s.ord, s.id",
            chunk,
        ):
            sources[int(row["event_id"])].append(row)
        gone = [i for i, rows in sources.items() if not rows]
        if gone:
            gone_marks = ",".join("?" * len(gone))
            db.execute(f"DELETE FROM event_actors WHERE event_id IN ({gone_marks})", gone)
            db.execute(f"DELETE FROM events WHERE id IN ({gone_marks})", gone)
        db.executemany(
            "UPDATE events SET actors = ?, recipients = ?, date = ?, year_from = ?, year_to = ?, status = ?, attrs = ?"
            " WHERE id = ?",
            [(*_aggregate(rows), i) for i, rows in sources.items() if rows],
        )


def _aggregate(rows: Sequence[dict[str, Any]]) -> tuple[Any, ...]:
    kind = EventKind(rows[0]["kind"])
    a, r = parties(kind, json.loads(rows[0]["actors"]), json.loads(rows[0]["recipients"]))
    date = max((row["date"] for row in rows), key=len)  # the sources' dates refine one another
    status = min((row["status"] for row in rows), key=_STATUS_RANK.__getitem__)
    attrs: dict[str, Any] = {}
    for row in rows:
        for name, value in json.loads(row["attrs"]):
            if name not in attrs:
                attrs[name] = value
            elif isinstance(attrs[name], list) and isinstance(value, list):
                attrs[name] = attrs[name] + [v for v in value if v not in attrs[name]]
    return dumps(a), dumps(r), date, *year_range(date), status, dumps(attrs)


def load_events(db: Database, doc_id: int) -> list[Event]:
    """The document's own events as extracted (``Document.events`` order)."""
    spans: dict[int, list[Span]] = {}
    for row in db.query(
        'SELECT source_id, start, "end" FROM event_evidence WHERE doc_id = ? ORDER BY id', (doc_id,)
    ):
        spans.setdefault(int(row["source_id"]), []).append(Span(row["start"], row["end"]))
    out = []
    for row in db.query(
        "SELECT s.id, s.actors, s.recipients, s.date, s.status, s.attrs, e.kind FROM event_sources s"
        " JOIN events e ON e.id = s.event_id WHERE s.doc_id = ? ORDER BY s.ord",
        (doc_id,),
    ):
        out.append(
            Event(
                kind=EventKind(row["kind"]),
                actors=tuple(json.loads(row["actors"])),
                recipients=tuple(json.loads(row["recipients"])),
                date=row["date"],
                status=Status(row["status"]),
                evidence=tuple(spans.get(int(row["id"]), ())),
                attrs=tuple((k, _frozen(v)) for k, v in json.loads(row["attrs"])),
            )
        )
    return out
