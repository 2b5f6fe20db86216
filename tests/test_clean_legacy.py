"""Legacy encodings: TCVN3 (.VnTime / .VnTimeH), VNI-Windows, VIQR; per-run detection."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.clean import Legacy, clean_document, clean_text, find_legacy, viqr_to_unicode, vni_to_unicode
from doingoai.clean.encode import unicode_to_tcvn3, unicode_to_viqr, unicode_to_vni
from doingoai.model import Document

# Written for these tests (foreign-affairs register, not copied from the seeds).
SENTENCES = [
    "Việt Nam và Lào ký Hiệp ước Hữu nghị và Hợp tác năm 1977.",
    "Đảng Cộng sản Việt Nam chủ trương đa phương hóa, đa dạng hóa quan hệ đối ngoại.",
    "Hội nghị Trung ương lần thứ tư khóa XII bàn về hội nhập quốc tế sâu rộng.",
    "Bộ Ngoại giao cho biết Thủ tướng sẽ thăm chính thức Nhật Bản vào tháng 10.",
    "Năm 1995, Việt Nam gia nhập ASEAN và bình thường hóa quan hệ với Hoa Kỳ.",
    "Người dân khỏe mạnh, quý trọng truyền thống, gìn giữ bản sắc dân tộc.",
    "Liên Xô giúp đỡ nước ta xây dựng nhiều công trình thủy điện lớn.",
    "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư.",
]
HEADINGS = ["QUAN HỆ ĐOÀN KẾT ĐẶC BIỆT", "ĐẢNG TA Ở ĐÂU", "CHÍNH SÁCH ĐỐI NGOẠI ĐỘC LẬP, TỰ CHỦ"]
ENGLISH = [
    "The Soviet Union signed a treaty with Vietnam in 1978; Müller and Zoë Brontë attended.",
    "Le lieu où il est né, à Zürich. « Bonjour », dit-elle. © 2020 Société Générale.",
    "Die Straße führt über die Brücke nach Köln; señor Peña, São Paulo, Ålesund, Þórshöfn.",
]


def test_brief_example_tcvn3_capitals():
    assert clean_text("QUAN HÖ §OµN KÕT §ÆC BIÖT") == "QUAN HỆ ĐOÀN KẾT ĐẶC BIỆT"


def test_brief_example_vni():
    assert clean_text("Vieät Nam") == "Việt Nam"
    assert vni_to_unicode("Vieät") == "Việt"


@pytest.mark.parametrize("sentence", SENTENCES + HEADINGS)
def test_tcvn3_round_trip(sentence):
    assert clean_text(unicode_to_tcvn3(sentence)) == sentence


@pytest.mark.parametrize("sentence", SENTENCES + HEADINGS)
def test_vni_round_trip(sentence):
    assert clean_text(unicode_to_vni(sentence)) == sentence


@pytest.mark.parametrize("sentence", SENTENCES + HEADINGS)
def test_viqr_round_trip(sentence):
    assert viqr_to_unicode(unicode_to_viqr(sentence)) == sentence


def test_tcvn3_soft_hyphen_is_u_horn():
    # TCVN3 writes "ư" with the soft hyphen's code: conversion must run before invisibles are dropped.
    assert clean_text("n\u00adíc ng\u00adêi") == "nước người"


@pytest.mark.parametrize("make", [unicode_to_tcvn3, unicode_to_vni])
def test_legacy_run_inside_unicode_text(make):
    heading = "QUAN HỆ ĐOÀN KẾT ĐẶC BIỆT"
    text = f"Bài viết “{make(heading)}” của tác giả đăng năm 2017 về Việt Nam và Lào."
    assert clean_text(text) == f"Bài viết “{heading}” của tác giả đăng năm 2017 về Việt Nam và Lào."


def test_legacy_line_inside_unicode_document():
    lines = [SENTENCES[0], unicode_to_tcvn3(SENTENCES[1]), SENTENCES[2], unicode_to_vni(SENTENCES[3])]
    assert clean_text("\n".join(lines)) == "\n".join(SENTENCES[:4])


def test_document_records_encodings():
    doc = clean_document(Document(name="x.txt", raw=unicode_to_tcvn3(SENTENCES[1])))
    assert doc.text == SENTENCES[1]
    assert doc.meta["legacy"] == ["tcvn3"]
    doc = clean_document(Document(name="y.txt", raw=SENTENCES[1]))
    assert "legacy" not in doc.meta


@pytest.mark.parametrize("text", SENTENCES + HEADINGS + ENGLISH)
def test_no_false_positives_on_unicode_english_french_german(text):
    assert find_legacy(text) == []


def test_tcvn3_offsets_point_at_the_legacy_characters():
    raw = "Tªn: " + unicode_to_tcvn3("Việt Nam") + "."
    doc = clean_document(Document(name="x", raw=raw))
    assert doc.text == "Tên: Việt Nam."
    i = doc.text.index("ệ")
    s, e = doc.raw_offsets(i, i + 1)
    assert raw[s:e] == "Ö"
    i = doc.text.index("Nam")
    assert doc.raw_offsets(i, i + 3) == (raw.index("Nam"), raw.index("Nam") + 3)


def test_viqr_only_on_request():
    raw = "Vie^.t Nam la\\` mo^.t nu+o+'c"
    assert clean_document(Document(name="x", raw=raw)).text == raw
    doc = clean_document(Document(name="x", raw=raw, meta={"viqr": True}))
    assert doc.text == "Việt Nam la` một nước"
    assert clean_document(Document(name="x", raw="dda^u\\?"), viqr=True).text == "đâu?"


def test_viqr_punctuation_rules():
    assert viqr_to_unicode("Anh ddi dda^u\\?\nTo^i ddi ho.c.") == "Anh đi đâu?\nTôi đi học."
    assert viqr_to_unicode("dda.o. Ha\\. thu?\nbo^.") == "đạo. Ha. thủ\nbộ"
    assert unicode_to_viqr("Hà Nội. Đâu?") == "Ha` No^.i\\. DDa^u\\?"


def test_legacy_enum_values():
    assert {e.value for e in Legacy} == {"tcvn3", "vni"}


WORDS = st.sampled_from(
    [w.strip(".,;") for s in SENTENCES + HEADINGS for w in s.split()] + ["ASEAN", "1977", "EU", "WTO"]
)
LEGACY = st.sampled_from([unicode_to_tcvn3, unicode_to_vni])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES + HEADINGS), min_size=1, max_size=4),
    st.sampled_from(["\n", " "]),
    LEGACY,
)
def test_legacy_round_trip_property(parts, sep, make):
    text = sep.join(parts)
    out = clean_text(make(text))
    if make is unicode_to_tcvn3:
        # a capital with a tone has no TCVN3 code: its case may be lost, nothing else
        assert out.lower() == text.lower()
    else:
        assert out == text


@settings(max_examples=40, deadline=None)
@given(st.lists(WORDS, min_size=0, max_size=8), st.sampled_from(SENTENCES + HEADINGS), LEGACY)
def test_legacy_run_amid_unicode_property(words, quoted, make):
    unicode_part = " ".join(words)
    out = clean_text(f"{unicode_part} “{make(quoted)}” {unicode_part}")
    assert out.lower() == f"{unicode_part} “{quoted}” {unicode_part}".lower()


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12))
def test_unicode_words_never_converted(words):
    text = " ".join(words)
    assert find_legacy(text) == []


# --- the seeds (../shared), when present --------------------------------------------------------


@pytest.fixture(params=["seed_article", "seed_report"])
def seed_text(request) -> str:
    return request.getfixturevalue(request.param).read_text(encoding="utf-8")


def test_seed_is_left_as_it_is(seed_text):
    assert clean_text(seed_text) == seed_text
    assert find_legacy(seed_text) == []


@pytest.mark.parametrize("make", [unicode_to_tcvn3, unicode_to_vni])
def test_seed_written_in_a_legacy_font_comes_back(seed_text, make):
    out = clean_text(make(seed_text)).split()
    want = seed_text.split()
    assert len(out) == len(want)
    if make is unicode_to_tcvn3:  # capitals with a tone have no TCVN3 code
        out, want = [w.lower() for w in out], [w.lower() for w in want]
    wrong = [(a, b) for a, b in zip(want, out, strict=True) if a != b]
    assert len(wrong) <= 0.002 * len(want), wrong[:20]


def test_seed_with_a_legacy_paragraph_inside(seed_text):
    lines = seed_text.split("\n")
    k = max(range(len(lines)), key=lambda i: len(lines[i]))  # the longest line goes legacy
    mixed = "\n".join(unicode_to_vni(x) if i == k else x for i, x in enumerate(lines))
    assert clean_text(mixed) == seed_text


def test_a_legacy_document_converts_acronyms_too_a_unicode_one_does_not():
    body = " ".join(SENTENCES * 3)
    legacy = unicode_to_tcvn3(body) + " (§CSVN, 1977, tr. 145)"
    assert clean_text(legacy).endswith("(ĐCSVN, 1977, tr. 145)")
    assert clean_text(body + " (§CSVN, 1977)").endswith("(§CSVN, 1977)")  # no gain: a Unicode text


def test_vntimeh_capitals_from_context():
    assert clean_text("§¶NG TA ë §¢U") == "ĐẢNG TA Ở ĐÂU"
    # an acronym in capitals does not make the lower-case words after it capitals
    assert clean_text("Bé Ngo¹i giao (BNG) ®· ë ®ã.") == "Bộ Ngoại giao (BNG) đã ở đó."
    # a sentence start gets the capital the lower-case font could not write
    assert clean_text("Hä häp. ñy ban ®· häp.") == "Họ họp. Ủy ban đã họp."


def test_mixed_vni_and_tcvn3_words_on_one_line():
    assert clean_text("Vieät Nam vµ Lµo") == "Việt Nam và Lào"
