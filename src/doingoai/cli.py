"""The `doingoai` command. Thin: parse options, call the public function, format the result.

Only this module prints or exits. Errors are one coded line on stderr; a batch goes on with the
other files and exits 1 at the end if any failed (2 for usage errors, as click does).
"""

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


def _emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=1))


def _emit_jsonl(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def _clip(text: str, width: int) -> str:
    """``text`` cut at a word boundary to at most ``width`` characters, with an ellipsis if cut."""
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0] + "…"


def _fail(err: DoingoaiError) -> None:
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
            _fail(err)
            sys.exit(2 if err.code is Code.E901_OPTION else 1)  # a bad option is a usage error

    return wrapper


def _existing_kb(db: str) -> str:
    """A read command's --db must name a knowledge base that exists (a typo must not create one)."""
    if "://" not in db and not Path(db).exists():
        raise DoingoaiError(
            Code.E301_DB_OPEN, "no knowledge base here; build one with `doingoai ingest PATH --db DB`", db
        )
    return db


def _each_document(paths: Iterable[str], work: Callable[[Path, bool], None]) -> int:
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
            _fail(err)
    return failures


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="doingoai")
def main() -> None:
    """doingoai: Vietnamese foreign-affairs documents -> a citable knowledge base."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@json_option
@click.option("--max-bytes", type=int, default=None, help="Refuse files larger than this (default 50 MB).")
@click.option(
    "--encoding", default=None, help="Encoding of text/HTML files (e.g. cp1258), instead of detecting it."
)
def parse(paths: tuple[str, ...], as_json: bool, max_bytes: int | None, encoding: str | None) -> None:
    """Read, clean and structure documents (files or folders)."""
    from doingoai.pipeline import parse_file

    options = {"max_bytes": max_bytes} if max_bytes else {}
    if encoding:
        options["encoding"] = encoding

    def work(path: Path, many: bool) -> None:
        doc = parse_file(path, **options)
        if as_json:
            (_emit_jsonl if many else _emit_json)(export.parse_dict(doc))
        else:
            click.echo(outline(doc))

    sys.exit(1 if _each_document(paths, work) else 0)


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


@main.command()
@click.argument("paths", nargs=-1, required=True)
@json_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "plover", "csl"]),
    default=None,
    help="plover: PLOVER-style JSONL events; csl: CSL-JSON of the cited works.",
)
@click.option(
    "--encoding", default=None, help="Encoding of text/HTML files (e.g. cp1258), instead of detecting it."
)
def extract(paths: tuple[str, ...], as_json: bool, fmt: str | None, encoding: str | None) -> None:
    """Find actors, dates, citations, quotes and events, each with its evidence."""
    from doingoai.pipeline import extract_file

    def work(path: Path, many: bool) -> None:
        emit = _emit_jsonl if many else _emit_json
        doc = extract_file(path, **({"encoding": encoding} if encoding else {}))
        if fmt == "plover":
            for rec in export.plover_records(doc):
                _emit_jsonl(rec)
        elif fmt == "csl":
            from doingoai.extract.citations import csl_json

            emit(csl_json(doc))
        elif as_json or fmt == "json":
            emit(export.extract_dict(doc))
        else:
            click.echo(
                f"# {doc.name}: {len(export.reported_events(doc))} events, {len(doc.citations)} citations, {len(doc.mentions)} mentions"
            )
            for ev in export.extract_dict(doc)["events"]:  # negated statements are not events
                who = ",".join(ev["actors"]) + (
                    " -> " + ",".join(ev["recipients"]) if ev["recipients"] else ""
                )
                click.echo(
                    f"{ev['date'] or '?':>10}  {ev['kind']:<20} {who:<24} [{ev['status']}]  {_clip(ev['evidence']['text'], 90)}"
                )

    sys.exit(1 if _each_document(paths, work) else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal)."
)
@click.option(
    "--dense/--no-dense",
    default=False,
    help="Also store multilingual-e5-small vectors (needs doingoai[dense]), so `search --dense` has nothing to embed.",
)
@guarded
def ingest(paths: tuple[str, ...], db: str, progress: bool | None, dense: bool) -> None:
    """Add documents (files or folders) to the knowledge base. Unchanged files are skipped."""
    import doingoai

    show = sys.stderr.isatty() if progress is None else progress
    with doingoai.open(db) as kb:
        report = kb.ingest(paths, progress=show, dense=dense)
    for err in report.errors:
        _fail(err)
    moved = f", {report.moved} moved" if report.moved else ""
    embedded = f" ({report.embedded} of them embedded now)" if report.embedded else ""
    click.echo(
        f"ingested {report.added} new, {report.replaced} changed{moved}, {report.unchanged} unchanged{embedded}, "
        f"{len(report.errors)} failed; {db} now holds {report.events} events and {report.citations} citations"
    )
    sys.exit(1 if report.errors else 0)


@main.command()
@db_option
@guarded
def migrate(db: str) -> None:
    """Bring a knowledge base's schema up to date (read commands never change it)."""
    from doingoai.store.db import connect, driver_errors
    from doingoai.store.migrate import current_version
    from doingoai.store.migrate import migrate as run_migrations

    conn = connect(_existing_kb(db))
    try:
        applied = run_migrations(conn)
        version = current_version(conn)
    except driver_errors() as exc:
        msg = " ".join(str(exc).split())
        raise DoingoaiError(Code.E301_DB_OPEN, f"cannot bring the schema up to date: {msg}", db) from exc
    finally:
        conn.close()
    done = f"applied {', '.join(map(str, applied))}" if applied else "already up to date"
    click.echo(f"{db}: schema version {version} ({done})")


def _read_kb(db: str):
    """A read command's knowledge base: opened read-only (no migrations, no writes)."""
    import doingoai

    return doingoai.open(_existing_kb(db), read_only=True)


def _label(shared: set[str], row: dict) -> str:
    """A document in readable output: its file name, or its path when another document has that name."""
    return (row.get("path") or row["doc"]) if row["doc"] in shared else row["doc"]


def _dense_notice(kb) -> None:
    """Say on stderr how many documents a dense search must embed before it can answer."""
    n = kb.dense_pending()
    if n:
        click.echo(
            f"dense: embedding {n} document{'s' if n != 1 else ''} first (kept for this run only; "
            "`doingoai ingest PATH... --dense` stores the vectors once)",
            err=True,
        )


def _batch_or_one(query: str | None, batch: str | None) -> list[str]:
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


@main.command()
@click.argument("query", required=False)
@db_option
@json_option
@click.option(
    "--batch",
    type=str,
    default=None,
    help="File with one query a line (- for stdin); one JSON line out per query.",
)
@click.option("--limit", type=int, default=10, show_default=True)
@click.option(
    "--actor",
    default=None,
    help="Only passages naming this actor code (e.g. SUN), or evidence of an event it is party to.",
)
@click.option("--kind", default=None, help="Only passages with an event of this kind (e.g. aid).")
@click.option("--since", type=int, default=None, help="From this year.")
@click.option("--until", type=int, default=None, help="Up to this year.")
@click.option("--doc", "doc_name", default=None, help="Only this document.")
@click.option(
    "--dense/--no-dense", default=False, help="Fuse BM25 with multilingual-e5-small (needs doingoai[dense])."
)
@guarded
def search(query, db, as_json, batch, limit, actor, kind, since, until, doc_name, dense) -> None:
    """BM25 search over the knowledge base (accent-insensitive: "Lien Xo" finds "Liên Xô")."""
    queries = _batch_or_one(query, batch)
    with _read_kb(db) as kb:
        if dense:
            _dense_notice(kb)
        for q in queries:
            try:
                hits = kb.search(
                    q,
                    limit=limit,
                    actor=actor,
                    kind=kind,
                    since=since,
                    until=until,
                    doc=doc_name,
                    dense=dense,
                )
            except DoingoaiError as err:
                if not batch:
                    raise
                _emit_jsonl({"query": q, "error": err.to_dict()})
                continue
            rows = [h.to_dict() for h in hits]
            if batch:
                _emit_jsonl({"query": q, "hits": rows})
            elif as_json:
                _emit_json({"query": q, "hits": rows})
            else:
                if not rows:
                    click.echo("no results")
                shared = kb.shared_names() if rows else set()
                for i, h in enumerate(rows, 1):
                    also = f" (also {', '.join(h['also'])})" if h.get("also") else ""
                    click.echo(f"{i}. [{h['score']:.2f}] {_label(shared, h)}{also}: {h['snippet']}")


@main.command()
@click.argument("question", required=False)
@db_option
@json_option
@click.option(
    "--batch",
    type=str,
    default=None,
    help="File with one question a line (- for stdin); one JSON line out per question.",
)
@click.option(
    "--dense/--no-dense", default=False, help="Also use multilingual-e5-small (needs doingoai[dense])."
)
@guarded
def ask(question, db, as_json, batch, dense) -> None:
    """Answer a question with its evidence sentence and citation (Vietnamese or English)."""
    questions = _batch_or_one(question, batch)
    with _read_kb(db) as kb:
        if dense:
            _dense_notice(kb)
        for q in questions:
            try:
                ans = kb.ask(q, dense=dense).to_dict()
            except DoingoaiError as err:
                if not batch:
                    raise
                _emit_jsonl({"question": q, "error": err.to_dict()})
                continue
            if batch:
                _emit_jsonl(ans)
            elif as_json:
                _emit_json(ans)
            else:
                click.echo(f"Q: {ans['question']}")
                click.echo(
                    f"A: {ans['answer'] if ans['answer'] else '(no answer supported by the documents)'}"
                )
                ev = ans.get("evidence")
                if ev:
                    label = _label(kb.shared_names(), ev)
                    click.echo(f"   evidence: {label} [{ev['start']}:{ev['end']}] {ev['text']}")
                if ans.get("citation"):
                    click.echo(f"   cites: {ans['citation']}")


@main.command()
@db_option
@json_option
@click.option("--actor", default=None, help="Actor code, as actor or recipient (e.g. LAO).")
@click.option("--kind", default=None, help="Event kind (e.g. agreement.sign).")
@click.option("--since", type=int, default=None)
@click.option("--until", type=int, default=None)
@guarded
def events(db, as_json, actor, kind, since, until) -> None:
    """List events in the knowledge base as a timeline, each with its sources."""
    with _read_kb(db) as kb:
        rows = kb.events(actor=actor, kind=kind, since=since, until=until)
        shared = kb.shared_names()
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        click.echo("no events")
    for ev in rows:
        who = ",".join(ev["actors"]) + (" -> " + ",".join(ev["recipients"]) if ev["recipients"] else "")
        src = "; ".join(sorted({_label(shared, e) for e in ev["evidence"]}))
        click.echo(f"{ev['date'] or '?':>10}  {ev['kind']:<20} {who:<26} [{ev['status']}] {src}")
        click.echo(f"{'':>12}“{_clip(ev['evidence'][0]['text'], 110)}”")


if __name__ == "__main__":  # pragma: no cover
    main()
