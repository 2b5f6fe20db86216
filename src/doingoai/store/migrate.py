"""Versioned schema migrations: ``migrations/<dialect>/NNN_name.sql`` applied in order.

Each applied migration is a row of ``schema_version`` (version, name, applied_at). Every migration
runs in its own transaction with its row, so a failed migration leaves the database as it was.
A database whose version is newer than the newest migration this code has is refused (E302):
an older doingoai must not write into a schema it does not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from doingoai.errors import Code, DoingoaiError
from doingoai.store.db import Database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")

_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def available(dialect: str, folder: Path = MIGRATIONS) -> list[Migration]:
    """The migrations shipped for ``dialect``, in version order."""
    out = []
    for p in sorted((folder / dialect).glob("*.sql")):
        m = _NAME.match(p.name)
        if m:
            out.append(Migration(int(m.group(1)), m.group(2), p))
    versions = [m.version for m in out]
    if len(set(versions)) != len(versions):
        raise DoingoaiError(Code.E302_DB_SCHEMA, f"two migrations share a version in {folder / dialect}")
    return out


def current_version(db: Database) -> int:
    """The newest applied version (0 for a new database)."""
    return int(db.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version") or 0)


def check(db: Database, folder: Path = MIGRATIONS) -> int:
    """For a database opened read-only: its schema must be the newest this code knows. Writes
    nothing; returns the version. Older (or no doingoai schema) -> E304, newer -> E302."""
    todo = available(db.dialect, folder)
    newest = todo[-1].version if todo else 0
    if not _has_version_table(db):
        raise DoingoaiError(
            Code.E304_DB_OUTDATED, "not a doingoai knowledge base (no schema version)", db.target
        )
    have = current_version(db)
    _refuse_newer(db, have, newest)
    if have < newest:
        raise DoingoaiError(
            Code.E304_DB_OUTDATED,
            f"the knowledge base has schema version {have}; this doingoai reads version {newest}",
            db.target,
        )
    return have


def _refuse_newer(db: Database, have: int, newest: int) -> None:
    """E302 when the database was made by a newer doingoai than this one."""
    if have > newest:
        raise DoingoaiError(
            Code.E302_DB_SCHEMA,
            f"the database has schema version {have}, newer than this doingoai knows ({newest})",
            db.target,
        )


def _has_version_table(db: Database) -> bool:
    if db.dialect == "sqlite":
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    else:
        sql = "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_version'"
    return db.scalar(sql) is not None


def migrate(db: Database, folder: Path = MIGRATIONS) -> list[int]:
    """Apply the pending migrations; returns the versions applied. Safe to run concurrently."""
    todo = available(db.dialect, folder)
    newest = todo[-1].version if todo else 0
    applied: list[int] = []
    with db.transaction():
        _lock(db)
        db.execute(_VERSION_TABLE)
        have = current_version(db)
    _refuse_newer(db, have, newest)
    for mig in todo:
        if mig.version <= have:
            continue
        with db.transaction():
            _lock(db)
            if db.scalar("SELECT 1 FROM schema_version WHERE version = ?", (mig.version,)):
                continue  # another process applied it meanwhile
            db.script(mig.sql())
            db.execute(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                (mig.version, mig.name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
            applied.append(mig.version)
    return applied


def _lock(db: Database) -> None:
    """One migrator at a time (SQLite's BEGIN IMMEDIATE already holds the write lock)."""
    if db.dialect == "postgres":
        db.execute("SELECT pg_advisory_xact_lock(4242001)")
