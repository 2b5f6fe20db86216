"""A throw-away PostgreSQL server for the store tests, from Debian's postgresql binaries.

``initdb`` into a fresh temp dir, ``pg_ctl start`` listening only on a unix socket in that dir
(no TCP port to clash with), trust auth, fsync off. As root the server runs as the ``postgres``
user (initdb refuses root). One server per test process, stopped at the end of the session;
each test gets its own schema.

Loaded as a plugin by ``store_fixtures`` (``pytest_plugins = ["pg"]``), itself loaded by conftest.py.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

_counter = itertools.count()
_server: PgServer | None = None


def pg_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


class PgServer:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="doingoai-pg-"))
        self.data = self.dir / "data"
        self.user: str | None = None
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise RuntimeError(
                    "running as root and there is no 'postgres' user to run the server"
                ) from exc
            self.user = "postgres"
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        self.port = 5432

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"
        )
        opts = (
            f"-c listen_addresses='' -c unix_socket_directories={self.dir} -c port={self.port}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.dir / "log"), "-w", "-t", "60", "start"
        )

    def stop(self) -> None:
        if self.data.exists():
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except subprocess.CalledProcessError:
                pass
        shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@/{dbname}?host={self.dir}&port={self.port}"

    def create_database(self) -> str:
        """A URL to a fresh, empty schema (a schema, not a database: it is made in a millisecond)."""
        import psycopg

        name = f"t{os.getpid()}_{next(_counter)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        return self.url() + f"&options=-csearch_path%3D{name}"


@pytest.fixture(scope="session")
def pg_server():
    """The running server (started once per test process); skips when the binaries are absent."""
    global _server
    bindir = pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL binaries not found (apt-get install postgresql); PostgreSQL tests skipped")
    pytest.importorskip("psycopg", reason="psycopg 3 not installed")
    if _server is None:
        server = PgServer(bindir)
        try:
            server.start()
        except (subprocess.CalledProcessError, RuntimeError) as exc:
            server.stop()
            err = getattr(exc, "stderr", b"") or b""
            pytest.fail(f"could not start PostgreSQL: {exc} {err.decode(errors='replace')}")
        _server = server
    yield _server
    if _server is not None:
        _server.stop()
        _server = None


@pytest.fixture()
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty schema on the throw-away server (``search_path`` set in the URL)."""
    return pg_server.create_database()
