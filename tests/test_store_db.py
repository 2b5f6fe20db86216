"""The connection wrapper and the migrations, on both backends."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import doingoai
from doingoai.errors import Code, DoingoaiError
from doingoai.store import migrate as migrate_mod
from doingoai.store.db import _to_pyformat, connect, split_sqlite_script


@pytest.fixture()
def db(kb_target):
    db = connect(kb_target)
    yield db
    db.close()


def test_placeholders_and_rows_as_dicts(db):
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, n INTEGER)")
    db.executemany("INSERT INTO t (id, name, n) VALUES (?, ?, ?)", [(1, "Liên Xô", 3), (2, "100% Lào", None)])
    assert db.query("SELECT id, name, n FROM t WHERE name LIKE '%Lào' AND id > ?", (0,)) == [
        {"id": 2, "name": "100% Lào", "n": None}
    ]
    assert db.scalar("SELECT COUNT(*) FROM t") == 2
    assert db.query_one("SELECT name FROM t WHERE id = ?", (9,)) is None
    assert db.insert("INSERT INTO t (id, name) VALUES (?, ?) RETURNING id", (7, "Cu-ba")) == 7


def test_transactions_commit_roll_back_and_nest(db):
    db.execute("CREATE TABLE t (x INTEGER)")
    with db.transaction():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError):
            with db.transaction():  # savepoint: only the inner part is undone
                db.execute("INSERT INTO t VALUES (2)")
                raise ValueError
        assert db.in_transaction
    with pytest.raises(KeyError):
        with db.transaction():
            db.execute("INSERT INTO t VALUES (3)")
            raise KeyError
    assert not db.in_transaction
    assert [r["x"] for r in db.query("SELECT x FROM t")] == [1]


def test_pyformat_translation():
    assert (
        _to_pyformat("SELECT a FROM t WHERE b LIKE 'x%' AND c = ?")
        == "SELECT a FROM t WHERE b LIKE 'x%%' AND c = %s"
    )


def test_sqlite_script_split_keeps_triggers_whole():
    script = "-- a comment\nCREATE TABLE a (x);\nCREATE TRIGGER tr AFTER INSERT ON a BEGIN\n  DELETE FROM a;\n  SELECT 1;\nEND;\n"
    stmts = list(split_sqlite_script(script))
    assert len(stmts) == 2 and stmts[1].strip().endswith("END;")


def test_fresh_database_gets_every_migration_once(kb_target):
    newest = migrate_mod.available("sqlite")[-1].version
    with doingoai.open(kb_target) as kb:
        assert migrate_mod.current_version(kb.db) == newest
        assert kb.db.scalar("SELECT COUNT(*) FROM schema_version") == len(migrate_mod.available(kb.dialect))
    with doingoai.open(kb_target) as kb:
        assert migrate_mod.migrate(kb.db) == []


def test_both_dialects_ship_the_same_migrations():
    def names(d):
        return [(m.version, m.name) for m in migrate_mod.available(d)]

    assert names("sqlite") == names("postgres") and names("sqlite")[0] == (1, "core")


def test_database_newer_than_the_code_is_refused(kb_target):
    with doingoai.open(kb_target) as kb:
        kb.db.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)", (999, "future", "x")
        )
    with pytest.raises(DoingoaiError) as err:
        doingoai.open(kb_target)
    assert err.value.code is Code.E302_DB_SCHEMA and "999" in err.value.message


def test_failed_migration_leaves_the_database_as_it_was(kb_target, tmp_path: Path):
    folder = tmp_path / "migrations"
    for dialect in ("sqlite", "postgres"):
        (folder / dialect).mkdir(parents=True)
        (folder / dialect / "001_core.sql").write_text(
            migrate_mod.available(dialect)[0].sql(), encoding="utf-8"
        )
        (folder / dialect / "002_broken.sql").write_text(
            "CREATE TABLE half (x INTEGER);\nTHIS IS NOT SQL;\n", encoding="utf-8"
        )
    db = connect(kb_target)
    try:
        with pytest.raises(Exception, match="(?i)syntax"):
            migrate_mod.migrate(db, folder)
        assert migrate_mod.current_version(db) == 1
        tables = "SELECT COUNT(*) FROM half"
        with pytest.raises(Exception, match="(?i)half"):
            db.execute(tables)
    finally:
        db.close()


def test_bad_targets_give_coded_errors(tmp_path: Path, monkeypatch):
    with pytest.raises(DoingoaiError) as err:
        doingoai.open(tmp_path)
    assert err.value.code is Code.E301_DB_OPEN
    with pytest.raises(DoingoaiError) as err:
        doingoai.open(tmp_path / "missing" / "kb.sqlite")
    assert err.value.code is Code.E301_DB_OPEN
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DoingoaiError) as err:
        doingoai.open(junk)
    assert err.value.code is Code.E301_DB_OPEN
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(DoingoaiError) as err:
        doingoai.open("postgresql://nobody@localhost/none")
    assert err.value.code is Code.E303_POSTGRES_MISSING


def test_unreachable_postgres_is_a_coded_error(tmp_path: Path):
    pytest.importorskip("psycopg")
    with pytest.raises(DoingoaiError) as err:
        doingoai.open(f"postgresql://nobody:secret@/none?host={tmp_path}&port=1&connect_timeout=2")
    assert err.value.code is Code.E301_DB_OPEN and "secret" not in err.value.one_line()
