"""Read-only knowledge bases: reads never migrate or write; a read-only file, folder or database role
is enough; an out-of-date schema is a coded one-line error naming the command that fixes it."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import doingoai
from doingoai.cli import main
from doingoai.errors import Code, DoingoaiError
from doingoai.store.db import connect, driver_errors
from doingoai.store.migrate import MIGRATIONS, available, migrate
from store_fixtures import build_doc

PARAS = ["Năm 1977, Việt Nam ký hiệp ước với Lào.", "Liên Xô viện trợ cho Việt Nam năm 1985."]
EVENTS = [("agreement.sign", ["VNM", "LAO"], [], "1977", "occurred", [0], [])]


def _doc():
    from doingoai.model import EventKind, Status

    return build_doc(
        "a.txt",
        PARAS,
        [(EventKind(k), a, r, d, Status(s), i, x) for k, a, r, d, s, i, x in EVENTS],
    )


def _fill(target: str) -> None:
    with doingoai.open(target) as kb:
        kb.add_document(_doc(), path="docs/a.txt")


def _old_schema(target: str, tmp_path: Path, dialect: str) -> None:
    """A knowledge base at schema version 1 (as an older doingoai left it)."""
    folder = tmp_path / "old-migrations"
    (folder / dialect).mkdir(parents=True)
    shutil.copy(available(dialect)[0].path, folder / dialect)
    db = connect(target)
    try:
        migrate(db, folder)
    finally:
        db.close()


def test_reads_work_and_nothing_can_be_written(kb_target):
    _fill(kb_target)
    with doingoai.open(kb_target, read_only=True) as kb:
        assert kb.read_only
        assert kb.search("Liên Xô")[0].path == "docs/a.txt"
        assert kb.events()[0]["kind"] == "agreement.sign"
        assert kb.ask("Việt Nam ký hiệp ước với Lào năm nào?").answer
        with pytest.raises(DoingoaiError) as err:
            kb.add_document(_doc())
        assert err.value.code is Code.E305_DB_READ_ONLY
        with pytest.raises(DoingoaiError):
            kb.ingest([])
        with pytest.raises(driver_errors()):  # the driver refuses writes too
            kb.db.execute("DELETE FROM documents")
    with doingoai.open(kb_target) as kb:
        assert len(kb.documents()) == 1


def test_a_read_never_changes_the_sqlite_file(tmp_path: Path):
    target = str(tmp_path / "kb.sqlite")
    _fill(target)
    before = hashlib.sha256(Path(target).read_bytes()).hexdigest()
    runner = CliRunner()
    for args in (["search", "Liên Xô"], ["events"], ["ask", "Liên Xô viện trợ năm nào?"]):
        res = runner.invoke(main, [*args, "--db", target])
        assert res.exit_code == 0, res.output
    assert hashlib.sha256(Path(target).read_bytes()).hexdigest() == before


def test_missing_and_foreign_databases(tmp_path: Path):
    with pytest.raises(DoingoaiError) as err:
        doingoai.open(tmp_path / "nope.sqlite", read_only=True)
    assert err.value.code is Code.E301_DB_OPEN and not (tmp_path / "nope.sqlite").exists()
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(DoingoaiError) as err:
        doingoai.open(empty, read_only=True)
    assert err.value.code is Code.E304_DB_OUTDATED


def test_out_of_date_schema_on_read_says_to_migrate(kb_target, tmp_path: Path):
    _old_schema(kb_target, tmp_path, "postgres" if "://" in kb_target else "sqlite")
    with pytest.raises(DoingoaiError) as err:
        doingoai.open(kb_target, read_only=True)
    assert err.value.code is Code.E304_DB_OUTDATED
    res = CliRunner().invoke(main, ["search", "Liên Xô", "--db", kb_target])
    assert res.exit_code == 1
    line = res.output.strip()
    assert line.startswith("[E304]") and "doingoai migrate" in line and "\n" not in line
    # the read left the schema as it was; `migrate` brings it up to date, then reads work
    db = connect(kb_target)
    assert db.scalar("SELECT MAX(version) FROM schema_version") == 1
    db.close()
    res = CliRunner().invoke(main, ["migrate", "--db", kb_target])
    assert res.exit_code == 0 and f"schema version {available('sqlite')[-1].version}" in res.output
    with doingoai.open(kb_target, read_only=True) as kb:
        assert kb.search("Liên Xô") == []


def test_newer_schema_on_read_is_e302(tmp_path: Path):
    target = str(tmp_path / "kb.sqlite")
    _fill(target)
    db = connect(target)
    db.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')")
    db.close()
    with pytest.raises(DoingoaiError) as err:
        doingoai.open(target, read_only=True)
    assert err.value.code is Code.E302_DB_SCHEMA


def _as_other_user(cmd: list[str], cwd: str) -> subprocess.CompletedProcess:
    """Run ``cmd`` as an unprivileged user when we are root (root ignores file modes)."""
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot drop privileges")
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    env = {**os.environ, "HOME": cwd}
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120, env=env)


def test_cli_reads_a_read_only_file_in_a_read_only_folder():
    folder = Path(tempfile.mkdtemp(prefix="doingoai-ro-"))
    try:
        target = folder / "kb.sqlite"
        _fill(str(target))
        assert not (folder / "kb.sqlite-wal").exists()  # closed cleanly: no -wal/-shm to share
        target.chmod(0o444)
        folder.chmod(0o555)
        exe = [sys.executable, "-m", "doingoai.cli"]
        res = _as_other_user([*exe, "search", "Liên Xô", "--db", str(target), "--json"], str(folder))
        if "Permission denied" in res.stderr and "python" in res.stderr.lower():
            pytest.skip("the unprivileged user cannot run this interpreter")
        assert res.returncode == 0, res.stderr
        assert json.loads(res.stdout)["hits"][0]["path"] == "docs/a.txt"
        res = _as_other_user([*exe, "events", "--db", str(target), "--json"], str(folder))
        assert res.returncode == 0, res.stderr
        res = _as_other_user([*exe, "ingest", str(target), "--db", str(target)], str(folder))
        assert res.returncode == 1 and res.stderr.strip().startswith("[E301]")
        assert sorted(p.name for p in folder.iterdir()) == ["kb.sqlite"]
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.postgres
def test_postgres_reader_role_with_select_only(pg_url):
    _fill(pg_url)
    schema = pg_url.split("search_path%3D")[1]
    db = connect(pg_url)
    db.execute(
        "DO $$ BEGIN CREATE ROLE doingoai_reader LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
    )
    db.execute(f"GRANT USAGE ON SCHEMA {schema} TO doingoai_reader")
    db.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO doingoai_reader")
    db.close()
    reader = pg_url.replace("postgresql://postgres@", "postgresql://doingoai_reader@")
    with pytest.raises(DoingoaiError):  # a write open needs DDL rights (migrations)
        doingoai.open(reader).search("x")
    with doingoai.open(reader, read_only=True) as kb:
        assert kb.search("Liên Xô")[0].doc == "a.txt"
        assert kb.events()
    res = CliRunner().invoke(main, ["events", "--db", reader, "--json"])
    assert res.exit_code == 0, res.output


def test_migrations_folder_is_where_the_store_reads_it():
    assert (MIGRATIONS / "sqlite").is_dir() and (MIGRATIONS / "postgres").is_dir()


def test_a_reader_is_not_blocked_by_a_writer_in_the_middle_of_a_document(kb_target):
    _fill(kb_target)
    with doingoai.open(kb_target) as writer, doingoai.open(kb_target, read_only=True) as reader:
        with writer.db.transaction():
            writer.db.execute("DELETE FROM event_evidence")
            assert [e["evidence"] for e in reader.events()][0]  # the reader sees the last commit
            assert reader.search("Liên Xô")
        assert reader.events()[0]["evidence"] == []


def test_migrate_refuses_a_missing_knowledge_base(tmp_path: Path):
    res = CliRunner().invoke(main, ["migrate", "--db", str(tmp_path / "typo.sqlite")])
    assert res.exit_code == 1 and res.output.startswith("[E301]")
    assert not (tmp_path / "typo.sqlite").exists()


def test_ingest_stores_the_merged_search_index_so_readers_never_merge_it(tmp_path: Path, monkeypatch):
    from doingoai.search import snapshot

    monkeypatch.setattr(snapshot, "MIN_SENTENCES", 1)  # "large" for this test
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("\n\n".join(PARAS), encoding="utf-8")
    target = str(tmp_path / "kb.sqlite")
    with doingoai.open(target) as kb:
        kb.ingest([tmp_path / "docs"])
        assert kb.db.scalar("SELECT COUNT(*) FROM search_snapshot") > 0
    from doingoai.search.index import forget

    with doingoai.open(target, read_only=True) as kb:
        forget(kb.db)
        calls = []
        monkeypatch.setattr(
            "doingoai.search.index.Index.merge", lambda *a, **k: calls.append(a) or pytest.fail("merged")
        )
        assert kb.search("Liên Xô")[0].text.startswith("Liên Xô")
        assert calls == []
