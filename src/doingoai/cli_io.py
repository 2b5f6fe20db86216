"""Plumbing of the `doingoai` command: JSON output, shared options, coded-error handling, batch
input, and readable formatting. Only the command line (this module and :mod:`doingoai.cli`) prints
or exits."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from doingoai import export
from doingoai.errors import Code, DoingoaiError

DEFAULT_DB = "doingoai.sqlite"


def emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=1))


def emit_jsonl(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def cited(c: dict) -> str:
    """The work an answer's evidence cites, readably: "Bộ Ngoại giao (2015), p. 210: “quote”", or the
    citation as written when it names no author or year ("[3]")."""
    who = c.get("author") or ""
    when = f" ({c['year']})" if c.get("year") else ""
    pages = f", p. {c['pages']}" if c.get("pages") else ""
    quote = f": “{c['quote']}”" if c.get("quote") else ""
    head = f"{who}{when}".strip()
    return f"{head}{pages}{quote}" if head else " ".join(str(c.get("raw") or "").split()) + quote


def plural(n: int, word: str) -> str:
    """ "1 event", "2 events"."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def clip(text: str, width: int) -> str:
    """``text`` cut at a word boundary to at most ``width`` characters, with an ellipsis if cut."""
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0] + "…"


def fail(err: DoingoaiError) -> None:
    click.echo(err.one_line(), err=True)


def json_option(fn: Callable) -> Callable:
    """The shared --json flag."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a readable view.")(fn)


def db_option(fn: Callable) -> Callable:
    return click.option(
        "--db",
        default=DEFAULT_DB,
        show_default=True,
        envvar="DOINGOAI_DB",
        help="SQLite file, or a postgresql://user@host/dbname URL.",
    )(fn)


def coded(exc: Exception) -> DoingoaiError:
    """``exc`` as a coded error: a DoingoaiError as it is; anything else (a bug, a driver error) as
    E404 naming the exception and where it was raised, so one query's failure is one line."""
    if isinstance(exc, DoingoaiError):
        return exc
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    msg = " ".join(str(exc).split())[:300]
    return DoingoaiError(Code.E404_QUERY_FAILED, f"unexpected {type(exc).__name__}: {msg}{where}")


def guarded(fn: Callable) -> Callable:
    """Turn a DoingoaiError escaping a command into one coded line and exit 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except DoingoaiError as err:
            fail(err)
            sys.exit(2 if err.code is Code.E901_OPTION else 1)  # a bad option is a usage error

    return wrapper


def existing_kb(db: str) -> str:
    """A read command's --db must name a knowledge base that exists (a typo must not create one)."""
    if "://" not in db and not Path(db).exists():
        raise DoingoaiError(
            Code.E301_DB_OPEN, "no knowledge base here; build one with `doingoai ingest PATH --db DB`", db
        )
    return db


def warn(path: str | Path, message: str) -> None:
    """A warning about a document that was read (not an error: the exit code does not change)."""
    click.echo(f"warning: {path}: {message}", err=True)


def each_document(paths: Iterable[str], work: Callable[[Path, bool], Any], *, events: bool = False) -> int:
    """Run ``work(path, many)`` on every file; report failures and go on. Returns the number of
    failures: files that failed, and files or folders given that were not read (unsupported files in a
    folder, an empty folder: see :mod:`doingoai.cli_inputs`). ``many`` is true when there are several
    files (JSON is then one line per document). When ``work`` returns the document, what deserves a
    word about it is said on stderr (``events``: the command looks for events)."""
    from doingoai.cli_inputs import files_of, inputs, warnings

    failures = 0
    items = inputs(paths)
    many = len(files_of(items)) > 1
    for item in items:
        if isinstance(item, DoingoaiError):
            failures += 1
            fail(item)
            continue
        try:
            doc = work(item, many)
        except DoingoaiError as err:
            failures += 1
            fail(err)
            continue
        for message in warnings(doc, events=events) if doc is not None else ():
            warn(item, message)
    return failures


def ingest_files(db: str, files: list[Path], *, progress: bool, dense: bool):
    """``kb.ingest(files)`` into ``db``, with the warnings each document read deserves. Returns the
    report, the warnings (path, message) and whether the SQLite file this call created was removed
    again because nothing could be stored in it (no empty knowledge base is left behind)."""
    import doingoai
    from doingoai.cli_inputs import warnings
    from doingoai.pipeline import extract_file

    new = "://" not in db and not Path(db).exists()
    notes: list[tuple[Path, str]] = []

    def extractor(path: Path):
        doc = extract_file(path)
        notes.extend((path, message) for message in warnings(doc, events=True))
        return doc

    with doingoai.open(db) as kb:
        report = kb.ingest(files, progress=progress, dense=dense, extractor=extractor)
    dropped = new and not (report.added + report.replaced + report.moved + report.unchanged)
    if dropped:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(db + suffix).unlink(missing_ok=True)
    return report, notes, dropped


def outline(doc) -> str:
    """A readable outline: title, authors, headings indented by level, block counts."""
    from doingoai.model import BlockType

    d = export.parse_dict(doc)
    lines = [f"# {d['doc']}", f"title: {d['title'] or '-'}"]
    if d["authors"]:
        lines.append("authors: " + "; ".join(d["authors"]))
    if d["affiliations"]:
        lines.append("affiliations: " + "; ".join(d["affiliations"]))
    for lang, text in d["abstracts"].items():
        lines.append(f"abstract [{lang}]: {text[:100]}{'…' if len(text) > 100 else ''}")
    if d["keywords"]:
        lines.append("keywords: " + "; ".join(d["keywords"]))
    counts: dict[str, int] = {}
    for b in doc.blocks:
        counts[b.type.value] = counts.get(b.type.value, 0) + 1
        if b.type is BlockType.HEADING:
            lines.append("  " * (b.level or 1) + doc.block_text(b))
    lines.append(
        "blocks: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        + f"; sentences {len(doc.sentences)}"
    )
    return "\n".join(lines)


def read_kb(db: str):
    """A read command's knowledge base: opened read-only (no migrations, no writes)."""
    import doingoai

    return doingoai.open(existing_kb(db), read_only=True)


def label(shared: set[str], row: dict) -> str:
    """A document in readable output: its file name, or its path when another document has that name."""
    return (row.get("path") or row["doc"]) if row["doc"] in shared else row["doc"]


def dense_notice(kb) -> None:
    """Say on stderr how many documents a dense search must embed before it can answer."""
    n = kb.dense_pending()
    if n:
        click.echo(
            f"dense: embedding {n} document{'s' if n != 1 else ''} first (kept for this run only; "
            "`doingoai ingest PATH... --dense` stores the vectors once)",
            err=True,
        )


def batch_or_one(query: str | None, batch: str | None, what: str = "a query") -> list[str]:
    if batch:
        try:
            text = sys.stdin.read() if batch == "-" else Path(batch).read_text(encoding="utf-8")
        except OSError as exc:
            raise DoingoaiError(
                Code.E101_NOT_FOUND, f"cannot read the batch file: {exc.strerror}", batch
            ) from exc
        except UnicodeDecodeError as exc:
            raise DoingoaiError(Code.E105_UNDECODABLE, "the batch file is not UTF-8", batch) from exc
        return [line.strip() for line in text.splitlines() if line.strip()]
    if query is None:
        raise click.UsageError(f"give {what} or --batch FILE")
    return [query]
