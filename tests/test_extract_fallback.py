"""Session 12 (issue 3): a trigger the rules let go is read once more from its sentence's names
(extract/events_fallback.py). Each case shows the rules alone give nothing (the fallback's kinds emptied) and
what the fallback adds; the negative cases stay empty either way."""

from __future__ import annotations

import pytest

import doingoai.extract.events_fallback as fallback
from doingoai.pipeline import extract_text


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return [(e.kind.value, tuple(e.actors), tuple(e.recipients), e.date) for e in extract_text(text).events]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a signing whose other party is a body the rules do not take as a state's side: the names on either side
        (
            "Năm 2008, giữa khủng hoảng tài chính, Hàn Quốc đã ký thỏa thuận hoán đổi tiền tệ với Cục Dự trữ"
            " Liên bang Mỹ.",
            ("agreement.sign", ("KOR", "USA"), (), "2008"),
        ),
        # the writer's delegation, no name before the verb in a Vietnamese text: the writer visits
        (
            "Nhân dịp Tết, đoàn đại biểu tỉnh đã sang thăm, chúc Tết tỉnh Pô-xát (Campuchia).",
            ("visit", ("VNM",), ("KHM",), ""),
        ),
    ],
)
@pytest.mark.rules_alone  # (a rule's reading pinned: the learned reading is off)
def test_a_trigger_let_go_is_read_from_its_sentences_names(monkeypatch, text, expected):
    assert expected in _events(text)
    monkeypatch.setattr(fallback, "KINDS", frozenset())
    assert expected not in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam đề nghị Bô-li-vi-a sớm ký hiệp định thương mại.",  # a request
        "Nếu Bô-li-vi-a ký hiệp định với Mercosur, nước này sẽ hưởng lợi.",  # a hypothetical
        "Năm 2023, Thủ tướng làm việc với Đại sứ Việt Nam tại Nhật Bản.",  # a place, not a party
        "Năm 2020, Hết-xbô-la ký thỏa thuận với Mỹ.",  # someone the gazetteer lacks, not Vietnam
        "Ngày 5/1/2024, Thủ tướng dự hội nghị ngoại giao, Nhật Bản cử đại sứ tới dự.",  # the next clause's subject
    ],
)
@pytest.mark.rules_alone  # (the fallback's reading pinned; the learned reading takes the request as planned)
def test_no_reading_where_the_sentence_tells_no_act_of_those_names(text):
    assert not [e for e in _events(text) if e[0] in ("agreement.sign", "consult", "visit")], _events(text)


def test_only_the_kinds_it_reads_well():
    """Signings, relations established or upgraded, visits and talks; aid, support, cooperation, hosting,
    memberships, conflicts and the rest are left to the rules (13 right in 111 on the development sets)."""
    assert {k.value for k in fallback.KINDS} == {
        "agreement.sign",
        "relations.establish",
        "relations.upgrade",
        "visit",
        "consult",
    }


def test_a_negated_act_stays_negated():
    doc = extract_text("Năm 2019, Việt Nam chưa ký hiệp định với Pê-ru.")
    assert doc.events and all(e.status.value == "negated" for e in doc.events)
