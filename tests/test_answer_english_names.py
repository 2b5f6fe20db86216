"""An English question answered by an actor's name taken from a Vietnamese sentence gets the name in English
("Which country attacked ...?" -> "China", not "Trung Quốc"); a Vietnamese question keeps the sentence's name.
Documents written for this test."""

from __future__ import annotations

import pytest

from doingoai.answer.actors import in_english
from store_fixtures import ingested_kb

DOCS = {
    "bien-gioi.txt": (
        "Chiến tranh biên giới phía Bắc\n\n"
        "Tháng 2/1979, Trung Quốc tấn công các tỉnh biên giới phía Bắc Việt Nam.\n\n"
        "Năm 1982, Cu Ba xây dựng Bệnh viện Hữu nghị Việt Nam – Cu Ba tại Đồng Hới.\n"
    ),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, DOCS, "names.sqlite")


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("Trung Quốc", "China"),
        ("Liên Xô", "Soviet Union"),
        ("China", "China"),  # already English
        ("Carlo Urbani", "Carlo Urbani"),  # no actor
        ("EVFTA", "EVFTA"),  # an abbreviation
        ("Đỗ Mười", "Đỗ Mười"),  # a person keeps the accents of the name
        ("Trung Quốc, Lào", "Trung Quốc, Lào"),  # not one actor's name
    ],
)
def test_in_english(name, english):
    assert in_english(name) == english


def test_an_english_question_gets_the_english_name(kb):
    got = kb.ask("Which country attacked Vietnam in February 1979?")
    assert got.answer == "China" and "Trung Quốc" in got.evidence["text"]


def test_a_vietnamese_question_keeps_the_sentences_name(kb):
    assert kb.ask("Nước nào tấn công Việt Nam tháng 2/1979?").answer == "Trung Quốc"
