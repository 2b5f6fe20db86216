"""Answer defects the session-6 review found, each beside the twin that keeps the earlier reading: a
province stands for an asked country only when the place table knows it as that country's (Nghệ An,
bordering Laos, is no Lao province); relative words telling the story's time ("Năm trước đó",
"năm này" after a year, "Tháng này năm 1975") are not read from the document's date."""

from __future__ import annotations

import pytest

from doingoai.answer.relative import resolved
from store_fixtures import ingested_kb

# --- a province for the asked country -------------------------------------------------------------
DOMESTIC = """Tình hình kinh tế tỉnh Nghệ An năm 2020

Tỉnh Nghệ An có đường biên giới dài với Lào.

Năm 2019, tỉnh Nghệ An xây dựng khu kinh tế Đông Nam với vốn đầu tư 5.000 tỷ đồng.

Năm 2020, tỉnh Nghệ An khánh thành cầu Bến Thủy 2.
"""

FOREIGN = """Quan hệ giữa tỉnh Thanh Hóa và các tỉnh của Lào năm 2018

Tỉnh Hủa Phăn của Lào có đường biên giới dài với tỉnh Thanh Hóa.

Năm 2018, tỉnh Hủa Phăn xây dựng khu kinh tế cửa khẩu Nậm Xôi với sự hỗ trợ của tỉnh bạn.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(
        tmp_path_factory, {"nghe_an.txt": DOMESTIC, "hua_phan.txt": FOREIGN}, "review6.sqlite"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Lào xây dựng khu kinh tế nào năm 2019?",
        "When did Laos build the Dong Nam economic zone?",
        "Năm 2020, Lào khánh thành cầu nào?",
    ],
)
def test_a_vietnamese_province_does_not_stand_for_the_country_it_borders(kb, question: str) -> None:
    answer = kb.ask(question)
    assert answer.answer is None or "Nghệ An" not in answer.evidence["text"]


def test_a_province_of_the_asked_country_stands_for_it(kb) -> None:
    answer = kb.ask("Lào xây dựng khu kinh tế nào năm 2018?")
    assert answer.answer is not None
    assert "Nậm Xôi" in answer.answer + " " + answer.evidence["text"]


# --- relative words of the story, not of the document ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Năm trước đó, tỉnh Nghệ An xây dựng khu kinh tế Đông Nam.",
        "Năm 1995, Việt Nam gia nhập ASEAN; năm này tỉnh lần đầu tổ chức hội chợ quốc tế.",
        "Tháng này năm 1975, quân giải phóng tiến vào Sài Gòn.",
        "Tháng sau đó, hai bên ký kết hiệp định.",
        "Năm sau khi ký hiệp định, hai bên mở lãnh sự quán.",
        "Tháng trước ấy, đoàn đại biểu tỉnh đã thăm Lào.",
    ],
)
def test_a_relative_word_of_the_story_gets_no_date(text: str) -> None:
    assert resolved(text, "2025-01-10") == ""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Năm trước, tỉnh Nghệ An xây dựng khu kinh tế Đông Nam.", " năm 2024"),
        ("Tháng này, hai bên ký kết bản ghi nhớ.", " tháng 1/2025 năm 2025"),
        ("Đầu tháng này, lô vắc-xin đầu tiên đã về tới Việt Nam.", " tháng 1/2025 năm 2025"),
        ("Năm ngoái, tỉnh đón 20 đoàn khách quốc tế.", " năm 2024"),
    ],
)
def test_a_relative_word_of_the_time_of_writing_is_read_from_the_documents_date(
    text: str, expected: str
) -> None:
    assert resolved(text, "2025-01-10") == expected
