"""`doingoai search` through click's runner: readable, --json, --batch, filters, errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from doingoai.cli import main
from doingoai.store.kb import KnowledgeBase
from test_search_engine import corpus_documents


@pytest.fixture()
def db(tmp_path) -> str:
    path = tmp_path / "kb.sqlite"
    with KnowledgeBase.open(path) as kb:
        for doc in corpus_documents():
            kb.add_document(doc)
    return str(path)


def test_search_readable(db):
    res = CliRunner().invoke(main, ["search", "Lien Xo", "--db", db])
    assert res.exit_code == 0, res.output
    assert "[Lien Xo]" in res.output and "quan-he-lien-xo.txt" in res.output


def test_search_json(db):
    res = CliRunner().invoke(main, ["search", "gia nhập ASEAN", "--db", db, "--json", "--since", "1990"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["query"] == "gia nhập ASEAN"
    top = out["hits"][0]
    assert top["doc"] == "asean.txt" and top["text"] == "Việt Nam gia nhập ASEAN năm 1995."
    assert {"passage", "score", "snippet", "start", "end"} <= set(top)


def test_search_batch_one_json_line_per_query(db, tmp_path):
    batch = tmp_path / "q.txt"
    batch.write_text('Liên Xô\n\n"\nASEAN NEAR (Lào\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["search", "--batch", str(batch), "--db", db])
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.output.splitlines()]
    assert [line["query"] for line in lines] == ["Liên Xô", '"', "ASEAN NEAR (Lào"]
    assert lines[0]["hits"]
    assert lines[1]["error"]["code"] == "E401"
    assert isinstance(lines[2]["hits"], list)


def test_search_bad_query_exit_1(db):
    res = CliRunner().invoke(main, ["search", "   ", "--db", db])
    assert res.exit_code == 1
    assert "[E401]" in res.output


def test_search_bad_kind_is_a_usage_error(db):
    res = CliRunner().invoke(main, ["search", "Việt Nam", "--kind", "nope", "--db", db])
    assert res.exit_code == 2
    assert "[E901]" in res.output


def test_search_filters(db):
    res = CliRunner().invoke(
        main,
        [
            "search",
            "Việt Nam",
            "--db",
            db,
            "--json",
            "--actor",
            "SUN",
            "--doc",
            "quan-he-lien-xo.txt",
            "--limit",
            "1",
        ],
    )
    assert res.exit_code == 0, res.output
    hits = json.loads(res.output)["hits"]
    assert len(hits) == 1 and hits[0]["doc"] == "quan-he-lien-xo.txt"
