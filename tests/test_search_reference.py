"""Ranking against a reference BM25 (bm25s, Lucene variant) on a small fixed corpus.

With only exact syllables weighted (no folding, no bigrams, no passage context), doingoai's BM25
must give bm25s's scores over lower-cased syllables; the full ranking must keep the same top hit
on queries whose words are all in the text as written.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from doingoai.search import rank
from doingoai.search.corpus import document_from_paragraphs
from doingoai.search.index import Index
from doingoai.search.postings import doc_postings
from doingoai.search.tokenize import parse_query

bm25s = pytest.importorskip("bm25s")

PARAGRAPHS = [
    "Liên Xô viện trợ cho Việt Nam nhiều máy móc và chuyên gia. Việt Nam gia nhập Hội đồng Tương trợ Kinh tế năm 1978.",
    "Hội đồng Tương trợ Kinh tế giải thể năm 1991. Quan hệ Việt Nam với Liên bang Nga được nâng lên đối tác chiến lược.",
    "Việt Nam gia nhập ASEAN năm 1995 và tổ chức Hội nghị Cấp cao ASEAN lần thứ sáu tại Hà Nội năm 1998.",
    "Hiệp ước Hữu nghị và Hợp tác Việt Nam và Lào được ký năm 1977. Quan hệ đặc biệt Việt Nam và Lào được củng cố.",
    "Việt Nam trở thành thành viên thứ 150 của Tổ chức Thương mại Thế giới năm 2007.",
    "Năm 2020 Việt Nam là Chủ tịch ASEAN và là thành viên không thường trực Hội đồng Bảo an Liên Hợp Quốc.",
    "Việt Nam và Hoa Kỳ bình thường hóa quan hệ năm 1995 và nâng lên Đối tác Chiến lược Toàn diện năm 2023.",
    "Nhật Bản là nhà tài trợ viện trợ phát triển chính thức lớn của Việt Nam trong nhiều năm.",
]
QUERIES = [
    "Liên Xô viện trợ",
    "gia nhập ASEAN",
    "Hội đồng Bảo an",
    "đối tác chiến lược",
    "Lào hiệp ước",
    "Tổ chức Thương mại Thế giới",
    "năm 1995",
    "viện trợ phát triển",
    "Hoa Kỳ quan hệ",
    "Chủ tịch ASEAN năm 2020",
]
_SYL = re.compile(r"[^\W_]+")


@pytest.fixture(scope="module")
def setup():
    docs = [document_from_paragraphs(f"p{i}.txt", [p]) for i, p in enumerate(PARAGRAPHS)]
    index = Index.merge([(i, d.name, doc_postings(d)) for i, d in enumerate(docs)])
    sentences = [d.text[s.start : s.end] for d in docs for s in d.sentences]
    ref = bm25s.BM25(k1=1.5, b=0.75, method="lucene")
    ref.index([_SYL.findall(s.lower()) for s in sentences], show_progress=False)
    return index, sentences, ref


def reference_scores(ref, q: str, n: int) -> np.ndarray:
    words = list(dict.fromkeys(w for w in _SYL.findall(q.lower()) if w in ref.vocab_dict))
    return np.asarray(ref.get_scores(words), dtype=np.float64) if words else np.zeros(n)


@pytest.mark.parametrize("q", QUERIES)
def test_exact_syllable_scores_equal_bm25s(setup, q):
    index, sentences, ref = setup
    ours = rank.rank(index, parse_query(q), weights=(1.0, 0.0, 0.0), passage_weight=0.0)
    theirs = reference_scores(ref, q, len(sentences))
    assert np.allclose(ours, theirs, rtol=1e-4, atol=1e-5)
    assert np.argmax(ours) == np.argmax(theirs)


@pytest.mark.parametrize("q", QUERIES)
def test_full_ranking_keeps_reference_top_hit(setup, q):
    index, sentences, ref = setup
    ours = rank.rank(index, parse_query(q))
    theirs = reference_scores(ref, q, len(sentences))
    best = int(np.argmax(ours))
    # the same top sentence, or one the reference scores as high (ties and near-ties)
    assert theirs[best] >= 0.9 * theirs.max(), (sentences[best], sentences[int(np.argmax(theirs))])
