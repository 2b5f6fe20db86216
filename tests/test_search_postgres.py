"""Search on PostgreSQL gives the same hits, in the same order, with the same scores as on SQLite."""

from __future__ import annotations

import pytest

from doingoai.errors import DoingoaiError
from doingoai.search.index import forget
from doingoai.store.kb import KnowledgeBase
from pg import pg_server, pg_url  # noqa: F401
from test_search_engine import corpus_documents

pytestmark = pytest.mark.postgres

QUERIES = [
    ("Liên Xô", {}),
    ("Lien Xo", {}),
    ('"nước thành viên"', {}),
    ("Việt Nam", {"actor": "SUN"}),
    ("Việt Nam", {"kind": "membership.join"}),
    ("ASEAN", {"since": 1990, "until": 1999}),
    ("Việt Nam", {"doc": "asean.txt"}),
    ("Hội đồng Tương trợ Kinh tế", {}),
    ("SEV NEAR ( * :", {}),
]


def run_all(kb):
    out = []
    for q, kw in QUERIES:
        try:
            out.append(
                [(h.doc, h.text, h.passage, h.score, h.snippet, h.start, h.end) for h in kb.search(q, **kw)]
            )
        except DoingoaiError as err:
            out.append(err.code.value)
    return out


def test_same_results_on_sqlite_and_postgres(tmp_path, pg_url):  # noqa: F811
    results = []
    for target in (tmp_path / "kb.sqlite", pg_url):
        with KnowledgeBase.open(target) as kb:
            assert kb.dialect in ("sqlite", "postgres")
            for doc in corpus_documents():
                kb.add_document(doc)
            results.append(run_all(kb))
            forget(kb.db)
    sqlite, postgres = results
    assert sqlite == postgres
    assert any(isinstance(r, list) and r for r in sqlite)


def test_postgres_reindex_and_remove(pg_url):  # noqa: F811
    with KnowledgeBase.open(pg_url) as kb:
        for doc in corpus_documents():
            kb.add_document(doc)
        assert kb.search("Lào anh em")
        assert kb.remove_document("asean.txt")
        assert kb.search("Lào anh em") == []
        forget(kb.db)


def test_postgres_snapshot_round_trip(pg_url, monkeypatch):  # noqa: F811
    from doingoai.search import snapshot

    monkeypatch.setattr(snapshot, "MIN_SENTENCES", 1)
    with KnowledgeBase.open(pg_url) as kb:
        for doc in corpus_documents():
            kb.add_document(doc)
        before = run_all(kb)
        assert kb.db.scalar("SELECT COUNT(*) FROM search_snapshot") > 10
        forget(kb.db)  # as a new process would: load the snapshot (BYTEA), not the documents
        assert run_all(kb) == before
        forget(kb.db)
