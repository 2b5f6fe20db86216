"""Document identity: `doc` (file name) + `path` (as ingested) + `doc_id` everywhere a document is named;
same-named files in different folders stay distinct; copies and moves reuse the stored extraction."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from doingoai.cli import main
from store_fixtures import tiny_extractor

SUN = "Liên Xô viện trợ cho Việt Nam năm 1985. Cu-ba thăm Việt Nam năm 1980.\n\nQuan hệ tiếp tục phát triển."
SUN_2 = "Liên Xô viện trợ cho Việt Nam năm 1986.\n\nNhật Bản thăm Việt Nam năm 1992."


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


class Counting:
    """tiny_extractor that counts its calls (a reused document is not extracted again)."""

    def __init__(self):
        self.calls: list[str] = []

    def __call__(self, path: Path):
        self.calls.append(path.name)
        return tiny_extractor(path)


def test_same_name_in_two_folders_are_two_documents(kb, tmp_path: Path):
    a, b = write(tmp_path / "2020", "report.txt", SUN), write(tmp_path / "2021", "report.txt", SUN_2)
    report = kb.ingest([a, b], extractor=tiny_extractor)
    assert report.added == 2
    docs = kb.documents()
    assert [d["name"] for d in docs] == ["report.txt", "report.txt"]
    assert {d["path"] for d in docs} == {str(a), str(b)}
    hits = kb.search("Liên Xô viện trợ", limit=5)
    assert {(h.doc, h.path) for h in hits} == {("report.txt", str(a)), ("report.txt", str(b))}
    for h in hits:
        assert kb.document(h.doc_id)["path"] == h.path
    aid = {e["date"]: e for e in kb.events(kind="aid")}
    assert [(e["doc"], e["path"]) for e in aid["1985"]["evidence"]] == [("report.txt", str(a))]
    assert [(e["doc"], e["path"]) for e in aid["1986"]["evidence"]] == [("report.txt", str(b))]
    assert kb.document(str(b))["id"] == aid["1986"]["evidence"][0]["doc_id"]


def test_identical_copies_are_distinct_documents_extracted_once(kb, tmp_path: Path):
    a, b = write(tmp_path / "x", "sun.txt", SUN), write(tmp_path / "copy", "sun.txt", SUN)
    extractor = Counting()
    report = kb.ingest([a, b], extractor=extractor)
    assert (report.added, report.unchanged) == (2, 0) and extractor.calls == ["sun.txt"]
    aid = kb.events(kind="aid")[0]
    assert sorted(e["path"] for e in aid["evidence"]) == sorted([str(a), str(b)])
    again = kb.ingest([a, b], extractor=extractor)
    assert (again.added, again.unchanged) == (0, 2) and extractor.calls == ["sun.txt"]
    # the copy is a document of its own: changing the original leaves the copy's facts alone
    write(tmp_path / "x", "sun.txt", SUN_2)
    changed = kb.ingest([a], extractor=extractor)
    assert changed.replaced == 1
    dates = {e["date"]: sorted(v["path"] for v in e["evidence"]) for e in kb.events(kind="aid")}
    assert dates == {"1985": [str(b)], "1986": [str(a)]}


def test_a_moved_file_keeps_its_facts_under_the_new_path(kb, tmp_path: Path):
    old = write(tmp_path / "old", "sun.txt", SUN)
    extractor = Counting()
    kb.ingest([old], extractor=extractor)
    before = [(e["kind"], e["date"]) for e in kb.events()]
    new = tmp_path / "new" / "renamed.txt"
    new.parent.mkdir()
    shutil.move(old, new)
    report = kb.ingest([new], extractor=extractor)
    assert (report.moved, report.added) == (1, 0) and extractor.calls == ["sun.txt"]
    assert [(d["name"], d["path"]) for d in kb.documents()] == [("renamed.txt", str(new))]
    assert [(e["kind"], e["date"]) for e in kb.events()] == before
    assert {v["path"] for e in kb.events() for v in e["evidence"]} == {str(new)}
    assert kb.search("Liên Xô")[0].path == str(new)


def test_relative_paths_stay_relative(kb, tmp_path: Path, monkeypatch):
    write(tmp_path / "docs" / "a", "sun.txt", SUN)
    write(tmp_path / "docs" / "b", "sun.txt", SUN_2)
    monkeypatch.chdir(tmp_path)
    kb.ingest(["docs"], extractor=tiny_extractor)
    assert sorted(d["path"] for d in kb.documents()) == ["docs/a/sun.txt", "docs/b/sun.txt"]
    assert kb.document("docs/b/sun.txt")["text"].startswith("Liên Xô viện trợ cho Việt Nam năm 1986")
    assert kb.document(str(tmp_path / "docs/a/sun.txt"))["path"] == "docs/a/sun.txt"  # the resolved path too
    # the same file given another way (absolute) is the same document
    again = kb.ingest([tmp_path / "docs"], extractor=tiny_extractor)
    assert (again.added, again.unchanged) == (0, 2)


def test_a_document_added_without_a_file_has_no_path(kb):
    from store_fixtures import build_doc

    doc_id = kb.add_document(build_doc("memo.txt", ["Liên Xô viện trợ cho Việt Nam năm 1985."]))
    hit = kb.search("Liên Xô")[0]
    assert (hit.doc, hit.path, hit.doc_id) == ("memo.txt", None, doc_id)


def test_cli_json_names_documents_by_name_path_and_id(tmp_path: Path, monkeypatch):
    write(tmp_path / "docs" / "2020", "report.txt", SUN)
    write(tmp_path / "docs" / "2021", "report.txt", SUN_2)
    monkeypatch.chdir(tmp_path)
    from doingoai.store import ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "_default_extractor", tiny_extractor)
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", "docs", "--db", "kb.sqlite"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["search", "Liên Xô viện trợ", "--db", "kb.sqlite", "--json"])
    assert res.exit_code == 0, res.output
    hits = json.loads(res.output)["hits"]
    assert {(h["doc"], h["path"]) for h in hits} == {
        ("report.txt", "docs/2020/report.txt"),
        ("report.txt", "docs/2021/report.txt"),
    }
    assert len({h["doc_id"] for h in hits}) == 2
    res = runner.invoke(main, ["search", "Liên Xô viện trợ", "--db", "kb.sqlite"])
    assert "docs/2020/report.txt" in res.output and "docs/2021/report.txt" in res.output
    res = runner.invoke(main, ["events", "--db", "kb.sqlite", "--kind", "aid", "--json"])
    evidence = [v for e in json.loads(res.output) for v in e["evidence"]]
    assert {(v["doc"], v["path"]) for v in evidence} == {
        ("report.txt", "docs/2020/report.txt"),
        ("report.txt", "docs/2021/report.txt"),
    }
    assert all(isinstance(v["doc_id"], int) for v in evidence)
    res = runner.invoke(
        main, ["ask", "Liên Xô viện trợ cho Việt Nam năm nào?", "--db", "kb.sqlite", "--json"]
    )
    assert res.exit_code == 0, res.output
    ev = json.loads(res.output)["evidence"]
    assert ev["doc"] == "report.txt" and ev["path"] in {"docs/2020/report.txt", "docs/2021/report.txt"}
    assert isinstance(ev["doc_id"], int)


def test_readable_output_shows_paths_only_for_shared_names(tmp_path: Path, monkeypatch):
    write(tmp_path / "docs" / "2020", "report.txt", SUN)
    write(tmp_path / "docs" / "2021", "report.txt", SUN_2)
    write(tmp_path / "docs", "lao.txt", "Năm 1977, Việt Nam ký hiệp ước với Lào.")
    monkeypatch.chdir(tmp_path)
    from doingoai.store import ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "_default_extractor", tiny_extractor)
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "docs", "--db", "kb.sqlite"]).exit_code == 0
    out = runner.invoke(main, ["search", "Việt Nam", "--db", "kb.sqlite"]).output
    assert "docs/2020/report.txt:" in out and "docs/2021/report.txt:" in out
    assert " lao.txt:" in out and "docs/lao.txt" not in out
    out = runner.invoke(main, ["events", "--db", "kb.sqlite"]).output
    assert "docs/2021/report.txt" in out and "] lao.txt" in out
