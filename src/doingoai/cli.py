"""The `doingoai` command. Thin: parse options, call the public function, format the result.

Only this module prints or exits. Errors are one coded line on stderr; a batch goes on with the
other files and exits 1 at the end if any failed (2 for usage errors, as click does). What is read
from folders, what is skipped without a word, and the warnings about a document read (stray bytes,
a language other than Vietnamese) are decided in :mod:`doingoai.cli_inputs`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from doingoai import export
from doingoai.cli_inputs import actor_code, check_encoding, check_years, event_kind
from doingoai.cli_io import (
    batch_or_one,
    cited,
    clip,
    coded,
    db_option,
    dense_notice,
    each_document,
    emit_json,
    emit_jsonl,
    existing_kb,
    fail,
    guarded,
    ingest_files,
    json_option,
    label,
    outline,
    plural,
    read_kb,
    warn,
)
from doingoai.errors import Code, DoingoaiError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="doingoai")
def main() -> None:
    """doingoai: Vietnamese foreign-affairs documents -> a citable knowledge base.

    Reads .txt, .md, .html/.htm, .pdf, .docx, .odt (OpenDocument text), .srt/.vtt subtitles, .eml e-mails,
    .csv/.tsv tables, .ics calendars and .xml/.rss/.atom news feeds (RSS or Atom)."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@json_option
@click.option("--max-bytes", type=int, default=None, help="Refuse files larger than this (default 50 MB).")
@click.option(
    "--encoding", default=None, help="Encoding of text/HTML files (e.g. cp1258), instead of detecting it."
)
@guarded
def parse(paths: tuple[str, ...], as_json: bool, max_bytes: int | None, encoding: str | None) -> None:
    """Read, clean and structure documents (files or folders).

    Files: .txt .md .html .htm .pdf .docx .odt .srt .vtt .eml .csv .tsv .ics .xml .rss .atom; a folder's
    files of these kinds; a bad file gives a coded one-line error and the others go on."""
    from doingoai.pipeline import parse_file

    check_encoding(encoding)
    options = {"max_bytes": max_bytes} if max_bytes else {}
    if encoding:
        options["encoding"] = encoding

    def work(path: Path, many: bool):
        doc = parse_file(path, **options)
        if as_json:
            (emit_jsonl if many else emit_json)(export.parse_dict(doc))
        else:
            click.echo(outline(doc))
        return doc

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
@guarded
def extract(paths: tuple[str, ...], as_json: bool, fmt: str | None, encoding: str | None) -> None:
    """Find actors, dates, citations, quotes and events, each with its evidence.

    Files: .txt .md .html .htm .pdf .docx .odt .srt .vtt .eml .csv .tsv .ics .xml .rss .atom, or folders of
    them."""
    from doingoai.pipeline import extract_file

    check_encoding(encoding)

    def work(path: Path, many: bool):
        emit = emit_jsonl if many else emit_json
        doc = extract_file(path, **({"encoding": encoding} if encoding else {}))
        if fmt == "plover":
            for rec in export.plover_records(doc, source=str(path)):
                emit_jsonl(rec)
        elif fmt == "csl":
            from doingoai.extract.citations import csl_json

            emit(csl_json(doc))
        elif as_json or fmt == "json":
            emit(export.extract_dict(doc))
        else:
            counts = (len(export.reported_events(doc)), len(doc.citations), len(doc.mentions))
            click.echo(
                f"# {doc.name}: "
                + ", ".join(
                    plural(n, w) for n, w in zip(counts, ("event", "citation", "mention"), strict=True)
                )
            )
            for ev in export.extract_dict(doc)["events"]:  # negated statements are not events
                who = ",".join(ev["actors"]) + (
                    " -> " + ",".join(ev["recipients"]) if ev["recipients"] else ""
                )
                click.echo(
                    f"{ev['date'] or '?':>10}  {ev['kind']:<20} {who:<24} [{ev['status']}]  {clip(ev['evidence']['text'], 90)}"
                )
        return doc

    sys.exit(1 if each_document(paths, work, events=True) else 0)


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
    """Add documents (files or folders) to the knowledge base. Unchanged files are skipped.

    Files: .txt .md .html .htm .pdf .docx .odt .srt .vtt .eml .csv .tsv .ics .xml .rss .atom; a bad file
    gives a coded one-line error and the others go on."""
    from doingoai.cli_inputs import files_of, inputs, problems_of

    items = inputs(paths)
    skipped, files = problems_of(items), files_of(items)
    for err in skipped:
        fail(err)
    if not files:  # nothing to add: do not leave an empty knowledge base behind
        state = "changed" if "://" in db or Path(db).exists() else "created"
        fail(
            DoingoaiError(Code.E113_NO_DOCUMENTS, f"nothing to read in the paths given; {db} was not {state}")
        )
        sys.exit(1)
    show = sys.stderr.isatty() if progress is None else progress
    report, notes, dropped = ingest_files(db, files, progress=show, dense=dense)
    for path, message in notes:
        warn(path, message)
    for err in report.errors:
        fail(err)
    failed = len(report.errors) + len(skipped)
    if dropped:  # nothing could be read: the knowledge base just made would have been empty
        fail(DoingoaiError(Code.E113_NO_DOCUMENTS, f"no file could be read; {db} was not created"))
        sys.exit(1)
    moved = f", {report.moved} moved" if report.moved else ""
    embedded = f" ({report.embedded} of them embedded now)" if report.embedded else ""
    click.echo(
        f"ingested {report.added} new, {report.replaced} changed{moved}, {report.unchanged} unchanged{embedded}, "
        f"{failed} failed; {db} now holds {plural(report.events, 'event')} and {plural(report.citations, 'citation')}"
    )
    sys.exit(1 if failed else 0)


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
    help='Only passages naming this actor (a code such as SUN, or a name such as "Liên Xô"), or evidence of an event it is party to.',
)
@click.option("--kind", default=None, help="Only passages with an event of this kind (e.g. aid).")
@click.option(
    "--since",
    type=int,
    default=None,
    help="From this year: a year the sentence names (or the date of an event it states); a sentence "
    "naming none goes by its paragraph's years, and a paragraph naming none by the document's date.",
)
@click.option("--until", type=int, default=None, help="Up to this year (dated as for --since).")
@click.option(
    "--doc",
    "doc_name",
    default=None,
    help="Only this document: its file name, path or id (exit 1 if the knowledge base has none such).",
)
@click.option(
    "--dense/--no-dense", default=False, help="Fuse BM25 with multilingual-e5-small (needs doingoai[dense])."
)
@guarded
def search(query, db, as_json, batch, limit, actor, kind, since, until, doc_name, dense) -> None:
    """BM25 search over the knowledge base (accent-insensitive: "Lien Xo" finds "Liên Xô")."""
    queries = batch_or_one(query, batch)
    actor, kind = actor_code(actor), event_kind(kind, families=False)
    check_years(since, until)
    failed = False
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
            except Exception as exc:  # one query's failure, even a bug, is one coded line; a batch goes on
                err = coded(exc)
                if not batch:
                    raise err from None
                emit_jsonl({"query": q, "error": err.to_dict()})
                if err.code is Code.E404_QUERY_FAILED:  # a bug: also on stderr; exit 1 at the end
                    fail(err)
                    failed = True
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
    if failed:
        sys.exit(1)


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
    questions = batch_or_one(question, batch, "a question")
    failed = False
    with read_kb(db) as kb:
        if dense:
            dense_notice(kb)
        for q in questions:
            try:
                ans = kb.ask(q, dense=dense).to_dict()
            except Exception as exc:  # one question's failure, even a bug, is one coded line; a batch goes on
                err = coded(exc)
                if not batch:
                    raise err from None
                emit_jsonl({"question": q, "error": err.to_dict()})
                if err.code is Code.E404_QUERY_FAILED:  # a bug: also on stderr; exit 1 at the end
                    fail(err)
                    failed = True
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
                    click.echo(f"   cites: {cited(ans['citation'])}")
    if failed:
        sys.exit(1)


@main.command()
@db_option
@json_option
@click.option("--actor", default=None, help='Actor code or name, as actor or recipient (e.g. LAO, or "Lào").')
@click.option("--kind", default=None, help="Event kind (e.g. agreement.sign) or family (e.g. agreement).")
@click.option("--since", type=int, default=None)
@click.option("--until", type=int, default=None)
@guarded
def events(db, as_json, actor, kind, since, until) -> None:
    """List events in the knowledge base as a timeline, each with its sources."""
    actor, kind = actor_code(actor), event_kind(kind)
    check_years(since, until)
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
