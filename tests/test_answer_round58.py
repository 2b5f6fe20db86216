"""Round 58 (session 14): the date of the right act.

* a bare year closing a document's name ("Hiệp định tạm thời năm 1995", "Hiệp ước Amsterdam (1997)") names
  that document: no date of an act asked about a document the question names otherwise;
* "năm trước" after a year the sentence tells is the year before that one.

Sentences written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.date_spans import find_date
from doingoai.answer.relative import resolved
from doingoai.question import analyse


def _date(question: str, sentence: str) -> str | None:
    found = find_date(analyse(question), sentence, [])
    return found[0] if found else None


@pytest.mark.parametrize(
    "question, sentence",
    [
        (
            "When did the Ohrid Accord enter into force?",
            "Văn bản mới thay thế Hiệp định tạm thời năm 2001 và chỉ có hiệu lực sau khi được phê chuẩn.",
        ),
        (
            "When did Irish voters reject the Lisbon Treaty?",
            "Hiệp ước Lisbon sửa đổi các Hiệp ước Rome (1957), Maastricht (1992) và Nice.",
        ),
    ],
)
def test_year_naming_another_document_is_no_date(question, sentence):
    assert _date(question, sentence) is None


def test_year_of_an_act_after_a_document_is_kept():
    got = _date(
        "Bộ phấn đấu ký tắt Hiệp định với Mông Cổ vào năm nào?",
        "Đề nghị phía Mông Cổ cử đoàn sang đàm phán, phấn đấu ký tắt Hiệp định trong năm 2028.",
    )
    assert got == "2028"


def test_year_before_counted_from_the_year_told():
    text = "Đầu năm 2021, Chính phủ trao tặng 50.000 USD để khắc phục hậu quả trận bão năm trước."
    assert "năm 2020" in resolved(text, "2024-05-01")


def test_year_before_with_no_year_told_counts_from_the_document():
    assert "năm 2023" in resolved("Trận bão năm trước gây thiệt hại lớn.", "2024-05-01")
