"""A document that came as one block of thousands of sentences (a 200 KB line): search and ask
must answer, fetching the texts with bounded statements and each block's text once, on both
backends; re-ranking reads a window of such a passage, not all of it."""

from __future__ import annotations

import pytest

from doingoai.search import engine, rerank, texts
from doingoai.search.corpus import document_from_paragraphs
from doingoai.search.index import forget, load_index

N = 1500  # sentences in the one block (SQLite refused an expression over about 1,000)
JOIN = "Ngày 28/7/1995, Việt Nam gia nhập ASEAN."


def long_documents():
    topics = ("hợp tác kinh tế", "giao lưu văn hóa", "đào tạo cán bộ", "trao đổi đoàn", "phát triển hạ tầng")
    sents = [f"Mục {i} bàn về {topics[i % len(topics)]} giữa các địa phương." for i in range(N)]
    sents[N // 2] = JOIN
    one_line = document_from_paragraphs("mot-dong.txt", [" ".join(sents)], meta={"date": "2021"})
    assert len(one_line.sentences) == N and len(one_line.blocks) == 1
    short = document_from_paragraphs(
        "van-kien.txt",
        ["Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN năm 2010 và năm 2020."],
        meta={"date": "2021"},
    )
    return [one_line, short]


@pytest.fixture()
def long_kb(kb):  # kb: both backends (store_fixtures)
    for doc in long_documents():
        kb.add_document(doc)
    yield kb
    forget(kb.db)


class Recorder:
    """A database stand-in that records each statement's parameter count and how often a value
    as long as the long block comes back."""

    def __init__(self, db, big: int):
        self.db, self.big = db, big
        self.params: list[int] = []
        self.big_values = 0

    def _count(self, rows):
        self.big_values += sum(
            1 for row in rows for v in row.values() if isinstance(v, str) and len(v) >= self.big
        )
        return rows

    def query(self, sql, params=None):
        self.params.append(len(params or ()))
        return self._count(self.db.query(sql, params))

    def query_one(self, sql, params=None):
        self.params.append(len(params or ()))
        row = self.db.query_one(sql, params)
        return self._count([row])[0] if row is not None else None


def test_texts_of_every_sentence_of_a_long_block(long_kb):
    index = load_index(long_kb.db)
    doc = long_documents()[0]
    rows = [r for r in range(index.n_sentences) if index.doc_names[index.s_doc[r]] == "mot-dong.txt"]
    assert len(rows) == N
    rec = Recorder(long_kb.db, big=len(doc.text))
    got = texts.texts(rec, index, rows)
    assert len(got) == N
    for r in (rows[0], rows[N // 2], rows[-1]):
        s = doc.sentences[int(index.s_idx[r])]
        assert got[r] == (doc.text[s.start : s.end], doc.text)
    assert got[rows[N // 2]][0] == JOIN
    assert max(rec.params) <= 2 * texts.PAIRS_PER_STATEMENT  # bounded statements
    assert len(rec.params) <= N // texts.PAIRS_PER_STATEMENT + 2
    assert rec.big_values == 1  # the block's text once, not once per sentence


def test_texts_cut_from_the_document_when_sentences_are_not_stored(long_kb):
    index = load_index(long_kb.db)
    doc = long_documents()[0]
    rows = [r for r in range(index.n_sentences) if index.doc_names[index.s_doc[r]] == "mot-dong.txt"][:300]
    rec = Recorder(long_kb.db, big=len(doc.text))
    got = texts.cut_texts(rec, index, rows)
    assert [got[r][0] for r in rows] == [doc.text[s.start : s.end] for s in doc.sentences[:300]]
    assert rec.big_values == 1 and len(rec.params) == 1  # one passage: fetched once


def test_question_over_a_long_block(long_kb, monkeypatch):
    asked: list[int] = []
    fetch = engine._texts

    def counting(db, index, rows):
        asked.append(len(rows))
        return fetch(db, index, rows)

    monkeypatch.setattr(engine, "_texts", counting)
    hits = long_kb.search("Việt Nam gia nhập ASEAN năm nào?")
    assert hits and hits[0].text == JOIN
    assert hits[0].passage_end - hits[0].passage_start > 50_000
    # re-ranking read a window of the long passage (plus the short one), not its 1,500 sentences
    assert asked and asked[0] <= rerank.MAX_SENTENCES * rerank.TOP_PASSAGES
    hits = long_kb.search("Chủ tịch ASEAN năm nào")
    assert hits[0].doc == "van-kien.txt"


def test_window_keeps_its_size_at_the_passage_edges(long_kb):
    index = load_index(long_kb.db)
    p = int(index.s_pass[0]) if index.doc_names[index.s_doc[0]] == "mot-dong.txt" else int(index.s_pass[-1])
    lo, hi = int(index.p_first[p]), int(index.p_first[p + 1])
    for centre, first in (
        (lo, lo),
        (lo + N // 2, lo + N // 2 - rerank.MAX_SENTENCES // 2),
        (hi - 1, hi - rerank.MAX_SENTENCES),
    ):
        w = rerank._window(index, p, centre)
        assert len(w) == rerank.MAX_SENTENCES and w[0] == first and lo <= w[0] and w[-1] < hi
        assert centre in w


def test_ask_over_a_long_block(long_kb):
    ans = long_kb.ask("Việt Nam gia nhập ASEAN năm nào?")
    assert ans.evidence is not None and ans.evidence["text"] == JOIN
    assert "1995" in ans.answer
