"""Identical files ingested from two folders are two documents (path identity), but one hit: the
sentence is shown once, with the other copies' paths in ``also``. Files that only share a name stay
apart. Documents written here."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import doingoai
from doingoai.cli import main

TEXT = (
    "Năm 1998, Việt Nam gia nhập Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương.\n\n"
    "Năm 2006, Chủ tịch nước thăm chính thức Hoa Kỳ.\n\n"
    "Năm 2010, Việt Nam giữ vai trò Chủ tịch ASEAN.\n"
)
OTHER = "Năm 1998, Việt Nam gia nhập một diễn đàn khu vực khác.\n"


@pytest.fixture(scope="module")
def copies_db(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("copies")
    for folder, text in (("x", TEXT), ("y", TEXT), ("z", OTHER)):
        (root / folder).mkdir()
        (root / folder / "d.txt").write_text(text, encoding="utf-8")
    path = tmp_path_factory.mktemp("kb") / "copies.sqlite"
    with doingoai.open(path) as kb:
        assert not kb.ingest([root / "x", root / "y", root / "z"]).errors
    return str(path)


@pytest.fixture(scope="module")
def copies_kb(copies_db):
    kb = doingoai.open(copies_db)
    yield kb
    kb.close()


def test_identical_files_give_one_hit_listing_the_other_path(copies_kb):
    hits = copies_kb.search("Chủ tịch nước thăm Hoa Kỳ", limit=5)
    same = [h for h in hits if "thăm chính thức Hoa Kỳ" in h.text]
    assert len(same) == 1
    (hit,) = same
    assert len(hit.also) == 1
    assert {hit.path.split("/")[-2], hit.also[0].split("/")[-2]} == {"x", "y"}
    assert list(hit.to_dict()["also"]) == list(hit.also)


def test_files_sharing_only_a_name_stay_apart(copies_kb):
    hits = copies_kb.search("Việt Nam gia nhập diễn đàn 1998", limit=5)
    texts = [h.text for h in hits]
    assert any("khu vực khác" in t for t in texts)  # the other file's sentence is its own hit
    assert len(texts) == len(set(texts))  # the identical copies are one hit
    other = next(h for h in hits if "khu vực khác" in h.text)
    assert other.also == () and other.path.split("/")[-2] == "z"


def test_copies_do_not_leave_the_limit_unfilled(copies_kb):
    hits = copies_kb.search("Việt Nam năm", limit=3)
    assert len(hits) == 3
    assert len({(h.text, h.start) for h in hits}) == 3


def test_cli_prints_the_sentence_once_with_its_copies(copies_db):
    db = copies_db
    res = CliRunner().invoke(main, ["search", "Chủ tịch nước thăm Hoa Kỳ", "--db", db])
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.output.splitlines() if "Năm 2006" in ln]
    assert len(lines) == 1 and "(also " in lines[0]
    events = CliRunner().invoke(main, ["events", "--db", db, "--kind", "visit"])
    assert events.exit_code == 0, events.output
    assert events.output.count("thăm chính thức Hoa Kỳ") == 1  # both files are sources, one sentence
