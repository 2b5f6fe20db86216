"""The command line on a pile of files: nothing skipped without a word, no empty knowledge base left
behind, PLOVER ids unique across folders, a warning for text not in Vietnamese."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from doingoai.cli import main
from doingoai.cli_inputs import inputs, language, silent, warnings
from doingoai.errors import Code, DoingoaiError

VI = "Ngày 5/9/1962, Việt Nam và Lào thiết lập quan hệ ngoại giao.\n"
VI2 = "Ngày 18/7/1977, Việt Nam và Lào ký Hiệp ước Hữu nghị và Hợp tác tại Viêng Chăn.\n"
EN = (
    "On 28 July 1995, Vietnam joined the Association of Southeast Asian Nations as its seventh member.\n\n"
    "The United States and Vietnam normalised their relations in 1995, and the two countries have "
    "since signed a bilateral trade agreement.\n"
)


@pytest.fixture
def runner():
    return CliRunner()


def _folder(tmp_path: Path) -> Path:
    """A folder as users keep them: documents, old formats, and what file managers hide."""
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    (d / ".git").mkdir()
    (d / "a.txt").write_text(VI, encoding="utf-8")
    (d / "sub" / "b.txt").write_text(VI2, encoding="utf-8")
    (d / "bao-cao.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 60)
    (d / "sub" / "ghi-chu.pages").write_bytes(b"PK\x03\x04 pages")
    for junk in (".DS_Store", "~$a.docx", "a.txt~", "kb.sqlite", "kb.sqlite-wal", "Thumbs.db", ".notes.txt"):
        (d / junk).write_bytes(b"\x00junk")
    (d / ".git" / "config.txt").write_text("not a document", encoding="utf-8")
    return d


def _coded(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("[E")]


def test_folder_inputs_report_unsupported_files_and_skip_hidden_ones_silently(tmp_path):
    d = _folder(tmp_path)
    items = inputs([d])
    assert [i.name for i in items if isinstance(i, Path)] == ["a.txt", "b.txt"]
    errors = [i for i in items if isinstance(i, DoingoaiError)]
    assert [(e.code, Path(e.path).name) for e in errors] == [
        (Code.E106_UNSUPPORTED, "bao-cao.doc"),
        (Code.E106_UNSUPPORTED, "ghi-chu.pages"),
    ]
    assert "save it as .docx" in errors[0].one_line()
    assert silent(".DS_Store") and silent("~$x.docx") and silent("x.sqlite-shm") and not silent("x.doc")


@pytest.mark.parametrize("command", ["parse", "extract"])
def test_parse_and_extract_name_every_file_of_a_folder_they_do_not_read(runner, tmp_path, command):
    d = _folder(tmp_path)
    out = runner.invoke(main, [command, str(d)])
    assert out.exit_code == 1, out.output
    lines = _coded(out.stderr)
    assert len(lines) == 2 and all(ln.startswith("[E106]") for ln in lines), lines
    assert any("bao-cao.doc" in ln for ln in lines) and any("ghi-chu.pages" in ln for ln in lines)
    assert "a.txt" in out.stdout and "b.txt" in out.stdout  # the readable ones are still read


def test_ingest_counts_unsupported_files_as_failed(runner, tmp_path):
    d = _folder(tmp_path)
    db = tmp_path / "kb.sqlite"
    out = runner.invoke(main, ["ingest", str(d), "--db", str(db)])
    assert out.exit_code == 1, out.output
    assert len(_coded(out.stderr)) == 2
    assert "ingested 2 new, 0 changed, 0 unchanged, 2 failed" in out.stdout


@pytest.mark.parametrize("only", [None, "old.doc"])
def test_ingest_with_nothing_to_read_exits_1_and_leaves_no_database(runner, tmp_path, only):
    d = tmp_path / "in"
    d.mkdir()
    if only:
        (d / only).write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 60)
    db = tmp_path / "kb.sqlite"
    out = runner.invoke(main, ["ingest", str(d), "--db", str(db)])
    assert out.exit_code == 1, out.output
    assert "[E113]" in out.stderr and ("[E106]" in out.stderr) == bool(only)
    assert "ingested" not in out.stdout
    assert not list(tmp_path.glob("kb.sqlite*"))
    ex = runner.invoke(main, ["extract", str(d)])
    assert ex.exit_code == 1 and _coded(ex.stderr)


def test_ingest_of_unreadable_files_only_removes_the_database_it_made(runner, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n")
    (d / "empty.txt").write_bytes(b"")
    db = tmp_path / "kb.sqlite"
    out = runner.invoke(main, ["ingest", str(d), "--db", str(db)])
    assert out.exit_code == 1, out.output
    assert len(_coded(out.stderr)) == 3 and "[E113]" in out.stderr
    assert not list(tmp_path.glob("kb.sqlite*"))
    # a knowledge base that already existed is left as it was
    good = tmp_path / "good.txt"
    good.write_text(VI, encoding="utf-8")
    assert runner.invoke(main, ["ingest", str(good), "--db", str(db)]).exit_code == 0
    again = runner.invoke(main, ["ingest", str(d), "--db", str(db)])
    assert again.exit_code == 1 and db.exists()
    assert "ingested 0 new, 0 changed, 0 unchanged, 2 failed" in again.stdout


def test_a_file_named_is_still_tried_whatever_its_name(runner, tmp_path):
    hidden = tmp_path / ".hidden.txt"
    hidden.write_text(VI, encoding="utf-8")
    out = runner.invoke(main, ["extract", str(hidden)])
    assert out.exit_code == 0 and "relations.establish" in out.stdout
    missing = runner.invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and missing.stderr.startswith("[E101]")


def test_plover_ids_are_unique_across_folders_and_stable(runner, tmp_path, monkeypatch):
    for sub, text in (("a", VI), ("b", VI2)):
        (tmp_path / "t" / sub).mkdir(parents=True)
        (tmp_path / "t" / sub / "lao.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runs = []
    for _ in range(2):
        out = runner.invoke(main, ["extract", "t", "--format", "plover"])
        assert out.exit_code == 0, out.output
        runs.append([json.loads(ln) for ln in out.stdout.splitlines()])
    recs = runs[0]
    ids = [r["id"] for r in recs]
    assert len(recs) >= 2 and len(set(ids)) == len(ids)
    assert {r["source"] for r in recs} == {str(Path("t/a/lao.txt")), str(Path("t/b/lao.txt"))}
    assert all(r["id"].startswith(r["source"] + "#") for r in recs)
    assert [r["id"] for r in runs[1]] == ids


def test_plover_records_without_a_source_keep_the_file_name():
    from doingoai.export import plover_records
    from doingoai.pipeline import extract_text

    doc = extract_text(VI, name="lao.txt")
    assert [r["id"] for r in plover_records(doc)] == ["lao.txt#0"]


def test_english_text_gets_one_warning_line_and_vietnamese_none(runner, tmp_path):
    en = tmp_path / "news.md"
    en.write_text(EN, encoding="utf-8")
    vi = tmp_path / "tin.txt"
    vi.write_text(VI, encoding="utf-8")
    out = runner.invoke(main, ["extract", str(en), str(vi)])
    assert out.exit_code == 0, out.output
    notes = [ln for ln in out.stderr.splitlines() if ln.startswith("warning:")]
    assert len(notes) == 1 and "news.md" in notes[0] and "English" in notes[0], out.stderr
    db = tmp_path / "kb.sqlite"
    ing = runner.invoke(main, ["ingest", str(en), str(vi), "--db", str(db)])
    assert ing.exit_code == 0, ing.output
    assert [ln for ln in ing.stderr.splitlines() if ln.startswith("warning:")] == notes
    parsed = runner.invoke(main, ["parse", str(en)])  # parse looks for no events: nothing to say
    assert parsed.exit_code == 0 and "warning" not in parsed.stderr


def test_language_is_the_one_most_of_the_text_is_in():
    from doingoai.pipeline import parse_text

    mixed = parse_text(VI * 3 + "\n" + "The two countries signed the treaty in 1977.\n")
    assert language(mixed) == "vi" and warnings(mixed, events=True) == []
    assert language(parse_text(EN)) == "en"
