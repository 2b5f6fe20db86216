"""Ingesting files: hashes, replacement, bad files, progress, the search index hook, the CLI."""

from __future__ import annotations

import importlib.machinery
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

import doingoai
from doingoai.cli import main
from doingoai.errors import Code
from doingoai.store import ingest as ingest_mod
from store_fixtures import tiny_extractor

LAO = "Năm 1977, Việt Nam ký hiệp ước với Lào.\n\nViệt Nam không ký hiệp định với Campuchia năm 1980."
SUN = "Liên Xô viện trợ cho Việt Nam năm 1985. Cu-ba thăm Việt Nam năm 1980.\n\nQuan hệ tiếp tục phát triển."
LAO_AGAIN = "Hiệp ước năm 1977: Lào ký với Việt Nam.\n\nNhật Bản viện trợ cho Việt Nam năm 1992."


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_ingest_folder_then_unchanged_then_changed(kb, tmp_path: Path):
    docs = tmp_path / "docs"
    write(docs, "lao.txt", LAO)
    write(docs, "sub/sun.md", SUN)
    write(docs, "ignored.xyz", "Liên Xô viện trợ cho Việt Nam năm 1985.")
    first = kb.ingest([docs], extractor=tiny_extractor)
    assert (first.added, first.replaced, first.unchanged, first.errors) == (2, 0, 0, [])
    assert first.events == 4 and first.citations == 0  # sign, negated sign, aid, visit
    again = kb.ingest(docs, extractor=tiny_extractor)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 2)
    write(docs, "lao.txt", LAO_AGAIN)
    changed = kb.ingest([docs / "lao.txt"], extractor=tiny_extractor)
    assert (changed.added, changed.replaced, changed.unchanged) == (0, 1, 0)
    evs = {(e["kind"], e["date"], e["status"]): e for e in kb.events()}
    assert set(evs) == {
        ("agreement.sign", "1977", "occurred"),
        ("aid", "1985", "occurred"),
        ("visit", "1980", "occurred"),
        ("aid", "1992", "occurred"),
    }
    assert [d["name"] for d in kb.documents()] == ["lao.txt", "sun.md"]
    path = kb.document("lao.txt")["path"]
    assert Path(path).is_absolute() and kb.document(path)["name"] == "lao.txt"


def test_bad_files_are_reported_and_the_batch_goes_on(kb, tmp_path: Path):
    good = write(tmp_path, "good.txt", SUN)
    bad = write(tmp_path, "bad.txt", "whatever")

    def extractor(path: Path):
        if path.name == "bad.txt":
            raise doingoai.DoingoaiError(Code.E104_BINARY, "not text", str(path))
        if path.name == "buggy.txt":
            raise ValueError("a reader bug")
        return tiny_extractor(path)

    buggy = write(tmp_path, "buggy.txt", "x")
    report = kb.ingest([tmp_path / "missing.txt", bad, buggy, good], extractor=extractor)
    codes = [e.code for e in report.errors]
    assert report.added == 1 and codes == [Code.E101_NOT_FOUND, Code.E104_BINARY, Code.E201_STAGE_FAILED]
    assert "ValueError: a reader bug" in report.errors[2].message and report.errors[2].path == str(buggy)
    assert report.errors[0].path.endswith("missing.txt")
    assert [d["name"] for d in kb.documents()] == ["good.txt"]


def test_progress_bar_goes_to_stderr(kb, tmp_path: Path, capsys):
    write(tmp_path, "sun.txt", SUN)
    kb.ingest([tmp_path], progress=True, extractor=tiny_extractor)
    out, err = capsys.readouterr()
    assert out == "" and "ingest" in err


@pytest.fixture()
def fake_index(monkeypatch):
    """A stand-in ``doingoai.search.index`` recording its calls and whether a transaction was open."""
    calls: list[tuple] = []
    mod = types.ModuleType("doingoai.search.index")
    mod.__spec__ = importlib.machinery.ModuleSpec("doingoai.search.index", None)
    mod.index_document = lambda db, doc_id, doc: calls.append(("index", doc_id, doc.name, db.in_transaction))
    mod.remove_document = lambda db, doc_id: calls.append(("remove", doc_id, None, db.in_transaction))
    monkeypatch.setitem(sys.modules, "doingoai.search.index", mod)
    return calls


def test_search_index_is_kept_in_step_inside_the_transaction(kb, tmp_path: Path, fake_index):
    path = write(tmp_path, "lao.txt", LAO)
    kb.ingest([path], extractor=tiny_extractor)
    first_id = kb.document("lao.txt")["id"]
    write(tmp_path, "lao.txt", LAO_AGAIN)
    kb.ingest([path], extractor=tiny_extractor)
    second_id = kb.document("lao.txt")["id"]
    assert fake_index == [
        ("index", first_id, "lao.txt", True),
        ("remove", first_id, None, True),
        ("index", second_id, "lao.txt", True),
    ]


def test_cli_ingest_and_events(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(ingest_mod, "_default_extractor", tiny_extractor)
    write(tmp_path / "docs", "lao.txt", LAO)
    write(tmp_path / "docs", "sun.txt", SUN)
    db = str(tmp_path / "kb.sqlite")
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(tmp_path / "docs"), "--db", db, "--no-progress"])
    assert res.exit_code == 0, res.output
    assert (
        "ingested 2 new, 0 changed, 0 unchanged, 0 failed;" in res.output
        and "now holds 4 events" in res.output
    )
    res = runner.invoke(main, ["events", "--db", db, "--actor", "LAO", "--json"])
    assert res.exit_code == 0
    assert '"kind": "agreement.sign"' in res.output and '"doc": "lao.txt"' in res.output
    res = runner.invoke(main, ["events", "--db", db, "--since", "1985"])
    assert res.exit_code == 0 and "aid" in res.output and "sun.txt" in res.output and "1977" not in res.output
    res = runner.invoke(main, ["ingest", str(tmp_path / "nothing.txt"), "--db", db, "--no-progress"])
    assert res.exit_code == 1 and "[E101]" in res.output


def _pipeline_ready() -> bool:
    try:
        from doingoai.pipeline import extract_text

        return bool(
            extract_text(
                "Năm 1977, Việt Nam ký Hiệp ước Hữu nghị và Hợp tác với Lào.", name="probe"
            ).sentences
        )
    except Exception:  # any stage missing or unfinished: the end-to-end test waits for them
        return False


def test_end_to_end_with_the_real_pipeline(kb, tmp_path: Path):
    if not _pipeline_ready():
        pytest.skip("the read/clean/structure/extract stages are not in place yet")
    write(tmp_path, "lao.txt", LAO)
    write(tmp_path, "sun.txt", SUN)
    report = kb.ingest([tmp_path])
    assert report.added == 2 and report.errors == []
    assert sum(1 for _ in kb.sentences()) >= 4
    for ev in kb.events():
        for e in ev["evidence"]:
            assert kb.document(e["doc"])["text"][e["start"] : e["end"]] == e["text"]


def test_seeds_round_trip_through_the_store(kb, seed_article, seed_report):
    if not _pipeline_ready():
        pytest.skip("the read/clean/structure/extract stages are not in place yet")
    from doingoai.pipeline import extract_file

    report = kb.ingest([seed_article, seed_report])
    assert (report.added, report.errors) == (2, [])
    docs = {p.name: extract_file(p) for p in (seed_article, seed_report)}
    for name, doc in docs.items():
        assert kb.load(name) == doc  # text, map, blocks, sentences, mentions, dates, citations, events
    assert sum(len(ev["evidence"]) for ev in kb.events()) == sum(
        len(ev.evidence) for doc in docs.values() for ev in doc.events
    )
    for ev in kb.events():
        for e in ev["evidence"]:
            doc = docs[e["doc"]]
            assert doc.text[e["start"] : e["end"]] == e["text"]
            assert (e["raw_start"], e["raw_end"]) == doc.raw_offsets(e["start"], e["end"])


def test_bundled_samples_ingest_once(kb):
    from conftest import SAMPLES
    from doingoai.pipeline import expand_paths

    if not _pipeline_ready() or not SAMPLES.is_dir():
        pytest.skip("needs the pipeline stages and samples/")
    files = list(expand_paths([SAMPLES]))
    first = kb.ingest([SAMPLES])
    assert (first.added, first.errors) == (len(files), [])
    again = kb.ingest([SAMPLES])
    assert (again.added, again.replaced, again.unchanged) == (0, 0, len(files))
    assert (
        (again.events, again.citations)
        == (first.events, first.citations)
        == (
            len(kb.events()),
            kb.stats()["citations"],
        )
    )
    names = {d["name"] for d in kb.documents()}
    for ev in kb.events():
        assert ev["evidence"] and {e["doc"] for e in ev["evidence"]} <= names
        for e in ev["evidence"]:
            stored = kb.document(e["doc"])
            assert stored["text"][e["start"] : e["end"]] == e["text"]
            assert 0 <= e["raw_start"] <= e["raw_end"] <= len(stored["raw"])
