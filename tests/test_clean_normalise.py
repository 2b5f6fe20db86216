"""Normalisation: NFC, Đ for Ð, tone placement, invisibles; offsets, idempotence, fast paths."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.clean import (
    ToneStyle,
    clean_document,
    clean_text,
    fix_eth,
    is_syllable,
    normalise_tone_marks,
    strip_invisibles,
    to_nfc,
)
from doingoai.clean.encode import unicode_to_tcvn3, unicode_to_vni
from doingoai.model import Document
from doingoai.textmap import MappedText

TEXT = (
    "Việt Nam chủ trương hòa bình, hữu nghị, hợp tác và phát triển với tất cả các nước.\n"
    "Ủy ban Thường vụ Quốc hội thông qua Nghị quyết về thủy lợi; người dân khỏe mạnh.\n"
    "QUAN HỆ ĐẶC BIỆT GIỮA VIỆT NAM VÀ LÀO\f27\n"
)


def mt(text: str) -> MappedText:
    return MappedText.identity(text)


def test_plain_nfc_vietnamese_is_unchanged_and_not_rebuilt():
    m = mt(TEXT)
    for step in (strip_invisibles, to_nfc, fix_eth, normalise_tone_marks):
        assert step(m) is m  # the fast path returns the very same object
    assert clean_text(TEXT) == TEXT


def test_nfc_composes_decomposed_and_cp1258_marks():
    decomposed = unicodedata.normalize("NFD", TEXT)
    assert decomposed != TEXT
    assert to_nfc(mt(decomposed)).text == TEXT
    # Windows-1258 keeps base letters and puts the tone as a combining mark: "ơ" + U+0301
    assert (
        to_nfc(mt("Vie\u0323\u0302t Nam, quô\u0301c tê\u0301, ngươ\u0300i")).text
        == "Việt Nam, quốc tế, người"
    )
    assert to_nfc(mt("\u212b \u2126 a\u0341")).text == "Å Ω á"  # singletons and deprecated tone marks


def test_nfc_offsets_cover_the_decomposed_letters():
    raw = "Vie\u0302\u0323t Nam"
    out = to_nfc(mt(raw))
    assert out.text == "Việt Nam"
    assert out.source_span(2, 3) == (2, 5)  # ệ <- e + two marks
    assert out.source_span(4, 7) == (6, 9)  # "Nam" keeps its offsets


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("ÐẢNG CỘNG SẢN", "ĐẢNG CỘNG SẢN"),
        ("Ðảng ta, Ðà Nẵng, ðông", "Đảng ta, Đà Nẵng, đông"),
        ("Ðông Nam Á", "Đông Nam Á"),
        ("Guðrún og Ðóra", "Guðrún og Ðóra"),  # Icelandic: eth inside a word, no Vietnamese near
    ],
)
def test_eth_for_d_with_stroke(raw, want):
    assert fix_eth(mt(raw)).text == want


@pytest.mark.parametrize(
    ("modern", "traditional"),
    [
        ("hoà bình", "hòa bình"),
        ("thuỷ lợi", "thủy lợi"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("Uỷ ban", "Ủy ban"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("Toà án, loà xoà, hoạ sĩ", "Tòa án, lòa xòa, họa sĩ"),
        ("luỹ tre, tuỳ tiện", "lũy tre, tùy tiện"),
    ],
)
def test_tone_placement_both_ways(modern, traditional):
    assert normalise_tone_marks(mt(modern)).text == traditional
    assert normalise_tone_marks(mt(traditional), ToneStyle.MODERN).text == modern
    assert normalise_tone_marks(mt(modern), "keep").text == modern


@pytest.mark.parametrize(
    "word", ["hoàn", "quý", "quỳ", "thuyền", "khuya", "gìn", "ngoài", "hoạch", "khuỷu", "của", "mùa", "quà"]
)
def test_tone_rule_leaves_other_syllables(word):
    for style in (ToneStyle.TRADITIONAL, ToneStyle.MODERN):
        assert normalise_tone_marks(mt(f"Việt {word} ở đây"), style).text == f"Việt {word} ở đây"


def test_tone_rule_needs_vietnamese_around_latin1_only_words():
    assert normalise_tone_marks(mt("Noé et Zoé à Paris")).text == "Noé et Zoé à Paris"


def test_tone_style_option_and_meta():
    doc = clean_document(Document(name="x", raw="hòa bình"), tone_style="modern")
    assert doc.text == "hoà bình"
    doc = clean_document(Document(name="x", raw="hòa bình", meta={"tone_style": "modern"}))
    assert doc.text == "hoà bình"
    assert clean_document(Document(name="x", raw="hoà bình")).text == "hòa bình"


def test_invisibles_and_odd_spaces():
    raw = "Việt\u00a0Nam\u200b và\u2009Lào\r\nhợp\u00adtác\u2060,\x01\ttốt\u202f\u3000đẹp\x0bmới\u2028\ufeffx\r\f"
    assert strip_invisibles(mt(raw)).text == "Việt Nam và Lào\nhợptác,  tốt  đẹp\nmới\nx\n\f"


def test_soft_hyphen_at_line_end_goes_alone():
    assert strip_invisibles(mt("hợp\u00ad\ntác")).text == "hợp\ntác"


def test_syllable_check():
    for w in ["các", "Việt", "NGƯỜI", "nghĩa", "quốc", "gìn", "giữa", "khuỷu", "xoong", "thuở"]:
        assert is_syllable(w), w
    for w in ["cỏc", "ci", "kà", "nge", "ghà", "cac", "und", "Vieät", "hoàa", "ngh"]:
        assert not is_syllable(w), w


# --- properties ---------------------------------------------------------------------------------

VI_WORDS = [w.strip(".,;\f27") for w in TEXT.split()] + ["hoà", "thuỷ", "khoẻ", "ÐẢNG", "quý", "hoàn"]
NOISE = ["\u00a0", "\u200b", "\u00ad", "\r\n", "\t", "\x07", "\ufeff", " ", "\n", ", ", ". "]


@st.composite
def messy_text(draw):
    parts = []
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(st.integers(0, 9))
        word = draw(st.sampled_from(VI_WORDS))
        if kind == 0:
            word = unicodedata.normalize("NFD", word)
        elif kind == 1:
            word = unicode_to_tcvn3(word)
        elif kind == 2:
            word = unicode_to_vni(word)
        elif kind == 3:
            word = draw(st.text(max_size=3))
        parts.append(word)
        parts.append(draw(st.sampled_from(NOISE)))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(messy_text())
def test_clean_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@settings(max_examples=150, deadline=None)
@given(st.one_of(messy_text(), st.text(max_size=60)))
def test_unreplaced_characters_map_to_equal_source_characters(text):
    doc = clean_document(Document(name="x", raw=text))
    assert doc.map is not None and doc.map.length == len(doc.text)
    for seg in doc.map.segments:
        if not seg.literal:
            assert doc.text[seg.start : seg.start + seg.length] == text[seg.src_start : seg.src_end]
        else:
            assert 0 <= seg.src_start <= seg.src_end <= len(text)
    for i in range(len(doc.text)):
        s, e = doc.raw_offsets(i, i + 1)
        assert 0 <= s <= e <= len(text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from([w for w in VI_WORDS if w not in ("hoà", "thuỷ", "khoẻ", "ÐẢNG")]), max_size=30)
)
def test_plain_nfc_vietnamese_is_unchanged(words):
    text = " ".join(words)
    assert clean_text(text) == text


@settings(max_examples=100, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Zs", "Zl", "Zp", "Cs")))
)
def test_printable_text_keeps_its_length_class(text):
    # nothing visible is lost: NFC text of visible characters only changes by NFC, Đ and tone rules
    out = clean_text(unicodedata.normalize("NFC", text))
    assert len(out) == len(unicodedata.normalize("NFC", text)) or find_changes_are_legacy(text)


def find_changes_are_legacy(text: str) -> bool:
    from doingoai.clean import find_legacy

    return bool(find_legacy(unicodedata.normalize("NFC", text)))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abcdeđĐ \n", min_size=1, max_size=40), st.data())
def test_edits_on_an_identity_map_agree_with_the_general_path(text, data):
    from doingoai.clean.edits import apply_edits

    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=8))))
    edits = [
        (a, b, data.draw(st.text(alphabet="xyz", max_size=3)))
        for a, b in zip(cuts[::2], cuts[1::2], strict=False)
    ]
    fast = apply_edits(MappedText.identity(text), edits)
    shifted = strip_invisibles(MappedText.identity("\u200b" + text))  # same text, a non-identity map
    slow = apply_edits(shifted, [(a, b, new) for a, b, new in edits])
    assert fast.text == slow.text
    for i in range(len(fast.text) + 1):
        s1, e1 = fast.source_span(i, min(i + 1, len(fast.text)))
        s2, e2 = slow.source_span(i, min(i + 1, len(slow.text)))
        assert (s1 + 1, e1 + 1) == (s2, e2) or (i == 0 and s2 == 0)


def test_an_eth_whose_vietnamese_context_is_decoded_from_a_legacy_font_is_fixed_at_once():
    once = clean_text("ViÖt\nÐ¶NG\xa0")  # (found by hypothesis: "ViÖt" is TCVN3 "Việt")
    assert clean_text(once) == once and "Ð" not in once
