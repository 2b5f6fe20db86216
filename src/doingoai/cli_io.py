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
from doingoai.pipeline import expand_paths

DEFAULT_DB = "doingoai.sqlite"


def emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=1))


def emit_jsonl(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


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


def each_document(paths: Iterable[str], work: Callable[[Path, bool], None]) -> int:
    """Run ``work(path, many)`` on every file; report failures and go on. Returns the number of
    failures. ``many`` is true when there are several files (JSON is then one line per document)."""
    failures = 0
    files = list(expand_paths(paths))
    if not files:
        click.echo("no supported files (.txt .md .html .htm .pdf .docx) found", err=True)
    for path in files:
        try:
            work(path, len(files) > 1)
        except DoingoaiError as err:
            failures += 1
            fail(err)
    return failures


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


def batch_or_one(query: str | None, batch: str | None) -> list[str]:
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
        raise click.UsageError("give a QUERY or --batch FILE")
    return [query]
