"""Accent folding, terms and query parsing of doingoai.search.tokenize."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from doingoai.errors import Code, DoingoaiError
from doingoai.search.snippets import match_set, snippet
from doingoai.search.tokenize import exact, fold, parse_query, syllable_keys, text_terms


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Liên Xô", "lien xo"),
        ("Đảng Cộng sản Việt Nam", "dang cong san viet nam"),
        ("đổi mới", "doi moi"),
        ("ĐOÀN KẾT", "doan ket"),
        ("Ðà Nẵng", "da nang"),  # U+00D0 (Icelandic eth) mistaken for Đ
        ("hoà bình", "hoa binh"),
        ("Hòa Bình", "hoa binh"),
        ("Lien Xo", "lien xo"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_decomposed_input():
    # NFD input (combining marks) folds the same as NFC
    import unicodedata

    assert fold(unicodedata.normalize("NFD", "Việt Nam")) == "viet nam"


@given(st.text(max_size=40))
def test_fold_is_idempotent_and_keeps_length_of_words(text):
    once = fold(text)
    assert fold(once) == once


def test_exact_keeps_accents_case_folded():
    assert exact("LIÊN XÔ") == "liên xô"
    assert exact("Liên Xô") != exact("Lien Xo")


def test_syllable_keys_exact_and_folded():
    e1, f1 = syllable_keys("Liên")
    e2, f2 = syllable_keys("lien")
    e3, f3 = syllable_keys("LIÊN")
    assert f1 == f2 == f3
    assert e1 == e3 != e2


def test_text_terms_kinds_and_bigrams():
    t = text_terms(["Liên Xô viện trợ.", "Việt Nam, Lào"])
    assert t.length.tolist() == [4, 3]
    kinds = t.kind.tolist()
    assert kinds.count(0) == 7 and kinds.count(1) == 7
    # bigrams: 3 in the first text, 1 in the second (the comma breaks "Nam, Lào")
    assert kinds.count(2) == 4
    assert set(t.unit[t.kind == 2].tolist()) == {0, 1}


def test_bigram_keys_agree_across_calls_and_accents():
    a = text_terms(["Liên Xô"])
    b = text_terms(["lien xo"])
    assert np.array_equal(a.keys[a.kind == 2], b.keys[b.kind == 2])
    assert not np.array_equal(a.keys[a.kind == 0], b.keys[b.kind == 0])


@pytest.mark.parametrize("q", ["", "   ", "\n\t", '"', "* ( ) : -", "x" * 10_001])
def test_bad_queries_raise_e401(q):
    with pytest.raises(DoingoaiError) as err:
        parse_query(q)
    assert err.value.code is Code.E401_BAD_QUERY


def test_query_not_text_is_e401():
    with pytest.raises(DoingoaiError) as err:
        parse_query(None)  # type: ignore[arg-type]
    assert err.value.code is Code.E401_BAD_QUERY


@pytest.mark.parametrize(
    "q",
    [
        "Liên Xô NEAR SEV",
        "Việt AND Nam OR NOT Lào",
        'Liên "Xô',
        "(SEV) OR col:val*",
        "a-b ^c +d",
        "Liên\x00Xô",
    ],
)
def test_fts_syntax_is_plain_text(q):
    query = parse_query(q)
    assert query.words and len(query.terms.keys)


def test_phrases_parsed_folded():
    query = parse_query('viện trợ "Liên Xô" và “Hội đồng Tương trợ”')
    assert query.phrases == (("lien", "xo"), ("hoi", "dong", "tuong", "tro"))


def test_long_query_is_cut_not_refused():
    q = " ".join(["Liên Xô viện trợ"] * 2400)[:10_000]
    query = parse_query(q)
    assert query.terms.length[0] <= 256


def test_snippet_highlights_runs_and_respects_accents():
    words = match_set(["Liên", "Xô", "viện"])
    assert snippet("Liên Xô viện trợ cho Việt Nam.", words) == "[Liên Xô viện] trợ cho Việt Nam."
    # typed with accents: a different accent is not marked when an exact match exists...
    assert snippet("Liên Xô và liền kề", words) == "[Liên Xô] và liền kề"
    # ...but a sentence found only through folding is still marked
    assert snippet("Lien Xo la", words) == "[Lien Xo] la"
    # typed without accents: any accents
    assert snippet("Liên Xô", match_set(["lien", "xo"])) == "[Liên Xô]"


def test_snippet_cuts_long_sentences_around_the_match():
    text = "mở đầu " * 80 + "Liên Xô viện trợ " + "kết thúc " * 80
    out = snippet(text, match_set(["Liên", "Xô"]))
    assert "[Liên Xô]" in out
    assert out.startswith("…") and out.endswith("…")
    assert len(out) < 320
