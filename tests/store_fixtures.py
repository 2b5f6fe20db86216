"""Fixtures and small Vietnamese documents for the store tests (both backends).

``kb_target`` is parametrised over SQLite (a file in a temp dir) and PostgreSQL (a fresh database
on the throw-away server of ``pg.py``), so every test that uses it runs on both.
``build_doc`` makes a structured, extracted :class:`Document` without the extraction stages, and
``tiny_extractor`` turns a small text file into one with a handful of keyword rules, so the store
is tested on its own while the real stages are written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import doingoai
from doingoai.model import Block, BlockType, Document, Event, EventKind, Mention, Sentence, Span, Status
from doingoai.textmap import MappedText

pytest_plugins = ["pg"]

ACTORS = {
    "Việt Nam": "VNM",
    "Lào": "LAO",
    "Campuchia": "KHM",
    "Liên Xô": "SUN",
    "Cu-ba": "CUB",
    "Nhật Bản": "JPN",
}
KINDS = {
    "ký": EventKind.AGREEMENT_SIGN,
    "viện trợ": EventKind.AID,
    "thăm": EventKind.VISIT,
    "gia nhập": EventKind.MEMBERSHIP_JOIN,
}
_SENT = re.compile(r"[^.!?]+[.!?]?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def kb_target(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "kb.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture()
def kb(kb_target: str):
    with doingoai.open(kb_target) as kb:
        yield kb


def build_doc(name: str, paragraphs: list[str], events: list[tuple] = (), raw_prefix: str = "") -> Document:
    """Paragraphs -> a Document whose text is mapped into a raw text (``raw_prefix`` + paragraphs
    joined by a single newline), so raw offsets differ from text offsets.

    ``events``: (kind, actors, recipients, date, status, [sentence indices], attrs).
    """
    raw = raw_prefix + "\n".join(paragraphs)
    mt = MappedText.identity(raw).slice(len(raw_prefix), len(raw)).sub(r"\n", "\n\n")
    doc = Document(name=name, raw=raw)
    doc.set_text(mt)
    pos = 0
    for i, para in enumerate(paragraphs):
        doc.blocks.append(Block(BlockType.PARAGRAPH, pos, pos + len(para), lang="vi"))
        for m in _SENT.finditer(para):
            s, e = m.start() + pos, m.end() + pos
            while s < e and doc.text[s] == " ":
                s += 1
            if s < e:
                doc.sentences.append(Sentence(s, e, i))
        for vi, code in ACTORS.items():
            for m in re.finditer(re.escape(vi), para):
                doc.mentions.append(Mention(pos + m.start(), pos + m.end(), code, "country"))
        pos += len(para) + 2
    doc.mentions.sort(key=lambda m: m.start)
    for kind, actors, recipients, date, status, sent_idx, attrs in events:
        spans = tuple(Span(doc.sentences[k].start, doc.sentences[k].end) for k in sent_idx)
        doc.events.append(Event(kind, tuple(actors), tuple(recipients), date, status, spans, tuple(attrs)))
    return doc


def tiny_extractor(path: Path) -> Document:
    """A stand-in for the extraction stages: one event per sentence with a kind keyword and a year."""
    paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    doc = build_doc(path.name, paragraphs)
    for s in doc.sentences:
        sentence = doc.text[s.start : s.end]
        kind = next((k for word, k in KINDS.items() if word in sentence), None)
        year = _YEAR.search(sentence)
        codes = [c for vi, c in sorted(ACTORS.items(), key=lambda kv: sentence.find(kv[0])) if vi in sentence]
        if kind is None or not codes:
            continue
        status = Status.NEGATED if "không" in sentence else Status.OCCURRED
        actors, recipients = (codes, ()) if kind.symmetric else (codes[:1], codes[1:])
        doc.events.append(
            Event(
                kind,
                tuple(actors),
                tuple(recipients),
                year.group(0) if year else "",
                status,
                (Span(s.start, s.end),),
            )
        )
    return doc


def ingested_kb(tmp_path_factory, docs: dict[str, str], name: str):
    """Write ``docs`` (file name -> text) to a folder, ingest it into a new SQLite knowledge base and
    yield that knowledge base opened for the tests (a module-scoped fixture's body)."""
    import doingoai

    folder = tmp_path_factory.mktemp("docs")
    for file_name, text in docs.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    path = tmp_path_factory.mktemp("kb") / name
    with doingoai.open(path) as kb:
        assert not kb.ingest([folder]).errors
    kb = doingoai.open(path)
    yield kb
    kb.close()
