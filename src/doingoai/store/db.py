"""A small dialect-aware connection wrapper: SQLite (stdlib) or PostgreSQL (psycopg 3).

SQL is written once with ``?`` placeholders; for PostgreSQL they become ``%s`` (and a literal ``%``
becomes ``%%``). Rows come back as plain dicts. Transactions are explicit and nest (savepoints)::

    db = connect("kb.sqlite")            # or connect("postgresql://user@host/dbname")
    with db.transaction():
        doc_id = db.insert("INSERT INTO t (a) VALUES (?) RETURNING id", (1,))
    rows = db.query("SELECT * FROM t WHERE a = ?", (1,))

Identifiers that are keywords must be quoted in SQL for both dialects: the offset columns are
``start`` and ``"end"``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from doingoai.errors import Code, DoingoaiError

Params = Sequence[Any] | None

_QMARK = re.compile(r"%|\?")


def _to_pyformat(sql: str) -> str:
    """``?`` -> ``%s`` and ``%`` -> ``%%`` (our SQL never has ``?`` inside string literals)."""
    return _QMARK.sub(lambda m: "%s" if m.group(0) == "?" else "%%", sql)


def is_postgres_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


class Database:
    """One connection. ``dialect`` is ``"sqlite"`` or ``"postgres"``."""

    dialect: str

    def __init__(self, conn: Any, dialect: str, target: str, read_only: bool = False):
        self.conn = conn
        self.dialect = dialect
        self.target = target
        self.read_only = read_only  # opened for reading: no migrations, no writes (the driver refuses them)
        self._depth = 0
        self._sql_cache: dict[str, str] = {}

    # --- statements -------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        if self.dialect == "sqlite":
            return sql
        out = self._sql_cache.get(sql)
        if out is None:
            out = self._sql_cache[sql] = _to_pyformat(sql)
        return out

    def execute(self, sql: str, params: Params = None) -> Any:
        """Run one statement; returns the driver's cursor."""
        return self.conn.execute(self._sql(sql), tuple(params) if params else ())

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = rows if isinstance(rows, list) else list(rows)
        if not rows:
            return
        if self.dialect == "sqlite":
            self.conn.executemany(sql, rows)
        else:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Bulk insert (PostgreSQL: COPY, many times faster than INSERTs; SQLite: executemany)."""
        cols = ", ".join(f'"{c}"' for c in columns)
        if self.dialect == "sqlite":
            self.executemany(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(columns))})", rows)
            return
        with self.conn.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def query(self, sql: str, params: Params = None) -> list[dict[str, Any]]:
        """All rows as dicts (column name -> value)."""
        cur = self.execute(sql, params)
        if cur.description is None:
            return []
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def query_one(self, sql: str, params: Params = None) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = None) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    def insert(self, sql: str, params: Params = None) -> int:
        """An ``INSERT ... RETURNING id``; returns the id."""
        return int(self.execute(sql, params).fetchone()[0])

    def script(self, sql: str) -> None:
        """Several statements separated by ``;`` (no parameters), inside the current transaction."""
        if self.dialect == "postgres":
            self.conn.execute(sql)
            return
        for stmt in split_sqlite_script(sql):
            self.conn.execute(stmt)

    # --- transactions -----------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All or nothing: commit on success, roll back on any exception. Nested -> savepoint."""
        depth = self._depth
        if depth == 0:
            self.conn.execute("BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN")
        else:
            self.conn.execute(f"SAVEPOINT sp{depth}")
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth = depth
            if depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT sp{depth}")
                self.conn.execute(f"RELEASE SAVEPOINT sp{depth}")
            raise
        self._depth = depth
        self.conn.execute("COMMIT" if depth == 0 else f"RELEASE SAVEPOINT sp{depth}")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def close(self) -> None:
        self.conn.close()


def driver_errors() -> tuple[type[BaseException], ...]:
    """The database drivers' own error classes (sqlite3, and psycopg when installed)."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, psycopg.Error)


def split_sqlite_script(sql: str) -> Iterator[str]:
    """Split a script into complete statements (``sqlite3.complete_statement`` handles triggers)."""
    buf: list[str] = []
    for line in sql.splitlines(keepends=True):
        buf.append(line)
        stmt = "".join(buf)
        if sqlite3.complete_statement(stmt):
            if stmt.strip().strip(";").strip() and not _only_comments(stmt):
                yield stmt
            buf = []
    rest = "".join(buf).strip()
    if rest and not _only_comments(rest):
        yield rest


def _only_comments(stmt: str) -> bool:
    return all(not ln.strip() or ln.strip().startswith("--") or ln.strip() == ";" for ln in stmt.splitlines())


def connect(target: str | Path, read_only: bool = False) -> Database:
    """A SQLite file (created if missing; WAL; foreign keys on) or a ``postgresql://`` URL.

    ``read_only``: the database must exist and is opened so that nothing can be written (SQLite
    ``mode=ro`` URI, also on a read-only file or folder; PostgreSQL read-only transactions).
    """
    if is_postgres_url(target):
        return _connect_postgres(str(target), read_only)
    if read_only:
        return _connect_sqlite_ro(Path(target))
    return _connect_sqlite(Path(target))


def _connect_sqlite_ro(path: Path) -> Database:
    """``mode=ro``; when that cannot read a WAL database because its -shm file cannot be created
    (a read-only folder, after the last writer closed it cleanly, so the file itself is complete),
    ``immutable=1``, which reads the file as it is."""
    if str(path) == ":memory:" or not path.is_file():
        raise DoingoaiError(
            Code.E301_DB_OPEN,
            "no knowledge base here; build one with `doingoai ingest PATH --db DB`",
            str(path),
        )
    uri = path.resolve().as_uri()
    last: sqlite3.Error | None = None
    for flags in ("?mode=ro", "?mode=ro&immutable=1"):
        conn = None
        try:
            conn = sqlite3.connect(
                uri + flags, uri=True, isolation_level=None, check_same_thread=False, timeout=30
            )
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA query_only = ON")
            return Database(conn, "sqlite", _key(path), read_only=True)
        except sqlite3.Error as exc:
            last = exc
            if conn is not None:
                conn.close()
    raise DoingoaiError(Code.E301_DB_OPEN, f"cannot open the SQLite database for reading: {last}", str(path))


def _connect_sqlite(path: Path) -> Database:
    if str(path) != ":memory:":
        if path.is_dir():
            raise DoingoaiError(
                Code.E301_DB_OPEN, "the database path is a folder; give a file name", str(path)
            )
        if not path.parent.exists():
            raise DoingoaiError(Code.E301_DB_OPEN, "the folder for the database does not exist", str(path))
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise DoingoaiError(Code.E301_DB_OPEN, f"cannot open the SQLite database: {exc}", str(path)) from exc
    return Database(conn, "sqlite", _key(path))


def _key(path: Path) -> str:
    """A SQLite database's ``target``: its absolute path (caches keyed by it must not mix up two
    ``kb.sqlite`` files of different folders), ``:memory:`` as it is."""
    return str(path) if str(path) == ":memory:" else str(path.absolute())


def _connect_postgres(url: str, read_only: bool = False) -> Database:
    try:
        import psycopg
    except ImportError as exc:
        raise DoingoaiError(
            Code.E303_POSTGRES_MISSING, "PostgreSQL support needs psycopg 3", _safe(url)
        ) from exc
    try:
        conn = psycopg.connect(url, autocommit=True)
    except psycopg.Error as exc:
        raise DoingoaiError(
            Code.E301_DB_OPEN, f"cannot connect to PostgreSQL: {exc}".strip(), _safe(url)
        ) from exc
    if read_only:
        conn.execute("SET default_transaction_read_only = on")  # every statement in a read-only transaction
    return Database(conn, "postgres", _safe(url), read_only=read_only)


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(//[^:/@]+):[^@]*@", r"\1:***@", url)
