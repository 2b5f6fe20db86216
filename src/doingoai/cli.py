"""The `doingoai` command. Thin: parse options, call the public function, format the result.

Only this module prints or exits. Errors are one coded line on stderr; a batch goes on with the
other files and exits 1 at the end if any failed (2 for usage errors, as click does).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from doingoai import export
from doingoai.cli_io import (
    batch_or_one,
    clip,
    db_option,
    dense_notice,
    each_document,
    emit_json,
    emit_jsonl,
    existing_kb,
    fail,
    guarded,
    json_option,
    label,
    outline,
    read_kb,
)
from doingoai.errors import Code, DoingoaiError


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
            (emit_jsonl if many else emit_json)(export.parse_dict(doc))
        else:
            click.echo(outline(doc))

    sys.exit(1 if each_document(paths, work) else 0)


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
        emit = emit_jsonl if many else emit_json
        doc = extract_file(path, **({"encoding": encoding} if encoding else {}))
        if fmt == "plover":
            for rec in export.plover_records(doc):
                emit_jsonl(rec)
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
                    f"{ev['date'] or '?':>10}  {ev['kind']:<20} {who:<24} [{ev['status']}]  {clip(ev['evidence']['text'], 90)}"
                )

    sys.exit(1 if each_document(paths, work) else 0)


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
    missing = [p for p in paths if not Path(p).exists()]
    if len(missing) == len(paths):  # nothing to add: do not leave an empty knowledge base behind
        for p in missing:
            fail(DoingoaiError(Code.E101_NOT_FOUND, "no such file or folder", p))
        sys.exit(1)
    with doingoai.open(db) as kb:
        report = kb.ingest(paths, progress=show, dense=dense)
    for err in report.errors:
        fail(err)
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

    conn = connect(existing_kb(db))
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
    queries = batch_or_one(query, batch)
    with read_kb(db) as kb:
        if dense:
            dense_notice(kb)
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
                emit_jsonl({"query": q, "error": err.to_dict()})
                continue
            rows = [h.to_dict() for h in hits]
            if batch:
                emit_jsonl({"query": q, "hits": rows})
            elif as_json:
                emit_json({"query": q, "hits": rows})
            else:
                if not rows:
                    click.echo("no results")
                shared = kb.shared_names() if rows else set()
                for i, h in enumerate(rows, 1):
                    also = f" (also {', '.join(h['also'])})" if h.get("also") else ""
                    click.echo(f"{i}. [{h['score']:.2f}] {label(shared, h)}{also}: {h['snippet']}")


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
    questions = batch_or_one(question, batch)
    with read_kb(db) as kb:
        if dense:
            dense_notice(kb)
        for q in questions:
            try:
                ans = kb.ask(q, dense=dense).to_dict()
            except DoingoaiError as err:
                if not batch:
                    raise
                emit_jsonl({"question": q, "error": err.to_dict()})
                continue
            if batch:
                emit_jsonl(ans)
            elif as_json:
                emit_json(ans)
            else:
                click.echo(f"Q: {ans['question']}")
                click.echo(
                    f"A: {ans['answer'] if ans['answer'] else '(no answer supported by the documents)'}"
                )
                ev = ans.get("evidence")
                if ev:
                    where = label(kb.shared_names(), ev)
                    click.echo(f"   evidence: {where} [{ev['start']}:{ev['end']}] {ev['text']}")
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
    with read_kb(db) as kb:
        rows = kb.events(actor=actor, kind=kind, since=since, until=until)
        shared = kb.shared_names()
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("no events")
    for ev in rows:
        who = ",".join(ev["actors"]) + (" -> " + ",".join(ev["recipients"]) if ev["recipients"] else "")
        src = "; ".join(sorted({label(shared, e) for e in ev["evidence"]}))
        click.echo(f"{ev['date'] or '?':>10}  {ev['kind']:<20} {who:<26} [{ev['status']}] {src}")
        click.echo(f"{'':>12}“{clip(ev['evidence'][0]['text'], 110)}”")


if __name__ == "__main__":  # pragma: no cover
    main()
