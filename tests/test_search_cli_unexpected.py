"""An unexpected error on one query (a bug, a driver error) is one coded line (E404): a batch of
`search` or `ask` goes on with the other queries and exits 1 at the end; a single query exits 1
with the coded line, no traceback."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

import doingoai.answer
import doingoai.search
from doingoai.cli import main
from doingoai.store.kb import KnowledgeBase
from test_search_engine import corpus_documents

BROKEN = "câu hỏi hỏng"


@pytest.fixture()
def db(tmp_path) -> str:
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase.open(path) as kb:
        for doc in corpus_documents():
            kb.add_document(doc)
    return str(path)


@pytest.fixture()
def broken(monkeypatch):
    """search and ask fail, as the long-block crash did, on one query only."""
    search, ask = doingoai.search.search, doingoai.answer.ask

    def fail_on_one(real):
        def call(kb, q, **kw):
            if q == BROKEN:
                raise sqlite3.OperationalError("Expression tree is too large (maximum depth 1000)")
            return real(kb, q, **kw)

        return call

    monkeypatch.setattr(doingoai.search, "search", fail_on_one(search))
    monkeypatch.setattr(doingoai.answer, "ask", fail_on_one(ask))


@pytest.mark.parametrize("command,key", [("search", "query"), ("ask", "question")])
def test_batch_goes_on_after_an_unexpected_error(db, tmp_path, broken, command, key):
    batch = tmp_path / "q.txt"
    batch.write_text(
        f"Việt Nam gia nhập ASEAN năm nào?\n{BROKEN}\nChủ tịch ASEAN năm nào?\n", encoding="utf-8"
    )
    res = CliRunner().invoke(main, [command, "--batch", str(batch), "--db", db])
    assert res.exit_code == 1 and not isinstance(res.exception, sqlite3.Error)
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert [line[key] for line in lines] == [
        "Việt Nam gia nhập ASEAN năm nào?",
        BROKEN,
        "Chủ tịch ASEAN năm nào?",
    ]
    err = lines[1]["error"]
    assert (
        err["code"] == "E404" and "OperationalError" in err["message"] and "Expression tree" in err["message"]
    )
    assert "error" not in lines[0] and "error" not in lines[2]
    assert lines[2].get("hits") or lines[2].get("answer")
    assert "[E404]" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.parametrize("command", ["search", "ask"])
def test_single_query_unexpected_error_is_one_coded_line(db, broken, command):
    res = CliRunner().invoke(main, [command, BROKEN, "--db", db])
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit)
    assert res.stderr.startswith("[E404]") and len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.output


def test_coded_errors_in_a_batch_keep_their_code_and_exit_0(db, tmp_path):
    batch = tmp_path / "q.txt"
    batch.write_text('Liên Xô\n"\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["search", "--batch", str(batch), "--db", db])
    assert res.exit_code == 0
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert lines[1]["error"]["code"] == "E401" and res.stderr == ""
