"""Review 21 (session 21): the subtitle reader on odd files, the old-orthography count at a leading hyphen."""

from __future__ import annotations

import time

from doingoai.clean import hyphens
from doingoai.clean.hyphens import _PAIR, _ocr_m, _space, old_orthography
from doingoai.read.subtitles import read_subtitles


def _traced(source: str) -> str:
    text, markup = read_subtitles(source)
    for t, f, n in markup["source"]:
        assert text[t : t + n] == source[f : f + n]
    return text


def test_empty_and_blank_subtitle_files() -> None:
    assert read_subtitles("") == ("\n", {"source": []})
    assert read_subtitles("\n\r\n  \n") == ("\n", {"source": []})


def test_srt_with_bom_and_crlf() -> None:
    src = "\ufeff1\r\n00:00:01,000 --> 00:00:02,000\r\nXin chào.\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nTạm biệt.\r\n"
    assert _traced(src) == "Xin chào.\n\nTạm biệt.\n"


def test_vtt_bom_header_notes_style_and_cue_identifiers() -> None:
    src = (
        "\ufeffWEBVTT\nKind: captions\n\nNOTE a comment\nspanning two lines\n\nSTYLE\n::cue { color: red }\n\n"
        "intro\n00:00.000 --> 00:01.000\nHello there.\n\nsecond-cue\n00:01.000 --> 00:02.000\nWorld.\n"
    )
    # before: the identifier "second-cue" was read as a line of text ("Hello there. second-cue World.")
    assert _traced(src) == "Hello there.\n\nWorld.\n"


def test_malformed_time_lines_keep_the_text() -> None:
    # before: neither time line was one, so every line counted as "before the first cue" and the text was ""
    src = "1\n00:00:01,000 -> 00:00:02,000\nHai bên\n\n2\n00:00:02 --> 00:00:03\nký kết\n"
    assert _traced(src) == "Hai bên ký kết\n"
    assert _traced("Chỉ có chữ\nkhông có giờ\n") == "Chỉ có chữ không có giờ\n"


def test_old_orthography_counted_from_a_leading_hyphen() -> None:
    body = " ".join(["đặt quan-hệ ngoại-giao"] * 8)
    assert old_orthography(body)
    assert old_orthography("- " + body)  # before: a hyphen at offset 0 ended the count at once


def test_mixed_names_and_words_fold_only_lower_case_pairs() -> None:
    text = (
        "Ông Jean-Paul và Mendès-France gặp Thủ-tướng ở Giơ-ne-vơ, In-đô-nê-xi-a, Á-Phi ngày 30-12-1955; "
        + " ".join(["đặt quan-hệ ngoại-giao với Việt-nam"] * 8)
    )
    assert old_orthography(text)
    folded = _PAIR.sub(_space, text)
    assert len(folded) == len(text)
    for kept in ("Jean-Paul", "Mendès-France", "Giơ-ne-vơ", "In-đô-nê-xi-a", "Á-Phi", "30-12-1955"):
        assert kept in folded
    assert "Thủ tướng" in folded and "quan hệ ngoại giao với Việt nam" in folded


def test_hyphen_and_rn_passes_are_linear_on_200kb() -> None:
    for adversarial in (
        "a-" * 100_000,
        "-" * 200_000,
        "rn" * 100_000,
        ("ab-" * 7 + " ") * 10_000,
        "quan-hệ " * 25_000,
    ):
        t0 = time.perf_counter()
        old_orthography(adversarial)
        _PAIR.sub(_space, adversarial)
        _ocr_m(adversarial)
        assert time.perf_counter() - t0 < 5


def test_subtitles_linear_on_200kb() -> None:
    for adversarial in (
        "1\n" * 100_000,
        "[" * 200_000,
        "<" * 200_000,
        "A: " * 70_000,
        "00:00:01 --> " * 15_000,
    ):
        t0 = time.perf_counter()
        read_subtitles(adversarial)
        assert time.perf_counter() - t0 < 5


def test_unused_hyphen_helper_removed() -> None:
    assert not hasattr(hyphens, "fold_syllable_hyphens")
