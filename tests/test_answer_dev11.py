"""Answers the development sets 27/28 missed (eleventh round): a transliterated name spelt with "K" where
the gazetteer writes "C" ("Mê Kông" / "Mê Công"); a Q&A page's short answer ("Đáp: Ngày 7/1/1972.")
found after its question line and read with it; on a tie, the sentence writing the asked names itself;
a chronology's elided entry ("Ngày 4/2/1950: Ba Lan; ngày 8/2/1950: Bun-ga-ri.") read with the action of
the entry above it, each name with its own date. Documents written here, with distractors; twins keep
the old readings."""

from __future__ import annotations

import pytest

from doingoai.answer.sections import elided, elided_part
from doingoai.answer.terms import name_runs, spellings
from store_fixtures import ingested_kb

QA = """Hỏi – đáp về quan hệ Việt Nam – Chi-lê
Cập nhật: 10/3/2021

Hỏi: Việt Nam và Chi-lê thiết lập quan hệ ngoại giao khi nào?
Đáp: Ngày 25/3/1971. Chi-lê là nước Mỹ La-tinh đầu tiên ký hiệp định thương mại tự do với Việt Nam.

Hỏi: Quan hệ hai nước được nâng lên ra sao?
Đáp: Tháng 11/2007, nhân chuyến thăm Chi-lê của Chủ tịch nước, hai bên thiết lập quan hệ Đối tác toàn diện.
"""

CHRONOLOGY = """Bài 3. VIỆT NAM VÀ CÁC NƯỚC CHÂU PHI

1. Những mốc chính

– Ngày 12/5/1962: An-giê-ri đặt quan hệ ngoại giao với Việt Nam.
– Ngày 1/9/1963: Ai Cập; ngày 14/12/1964: Ma-li.

Quan hệ với các nước châu Phi được duy trì trong nhiều thập kỷ.
"""

REPORT = """BÁO CÁO
Công tác đối ngoại quý II năm 2022 của tỉnh Điện Biên

1. Từ ngày 6 đến 8/4/2022, đoàn đại biểu tỉnh thăm và làm việc tại tỉnh Luang Prabang; hai bên ký biên bản hợp tác.
2. Tỉnh tiếp Tổng Lãnh sự Lào tại Điện Biên và trao đổi về hợp tác biên giới.
- Chuẩn bị đón đoàn đại biểu tỉnh Phong Saly sang thăm tỉnh, dự kiến vào tháng 9/2022.
"""

RIVER = """Hợp tác sông Mê Kông

Việt Nam cùng Lào, Cam-pu-chia và Thái Lan là thành viên Ủy hội sông Mê Kông quốc tế từ năm 1995.
Trung Quốc và Mi-an-ma là đối tác đối thoại của Ủy hội.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    docs = {"qa.txt": QA, "chronology.txt": CHRONOLOGY, "report.txt": REPORT, "river.txt": RIVER}
    yield from ingested_kb(tmp_path_factory, docs, "dev11.sqlite")


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Việt Nam và Chi-lê thiết lập quan hệ ngoại giao khi nào?", "25/3/1971"),
        ("When did Vietnam and Chile establish diplomatic relations?", "25 March 1971"),
        ("Ai Cập đặt quan hệ ngoại giao với Việt Nam ngày nào?", "1/9/1963"),
        ("When did Vietnam establish diplomatic relations with Mali?", "14 December 1964"),
        ("Đoàn đại biểu tỉnh Điện Biên thăm tỉnh Luang Prabang vào thời gian nào?", "6 đến 8/4/2022"),
        # (the gazetteer knows "Ủy hội sông Mê Kông" since session 7: answered from the membership facts, in English)
        (
            "Which countries are members of the Mekong River Commission together with Vietnam?",
            "Cam-pu-chia|Cambodia",
        ),
    ],
)
def test_questions(kb, question: str, expected: str) -> None:
    answer = kb.ask(question).to_dict()
    assert answer["answer"] is not None and any(e in answer["answer"] for e in expected.split("|"))


def test_the_comprehensive_partnership_is_still_read_from_its_own_answer(kb) -> None:
    # twin: an answer naming its own action is read as before
    answer = kb.ask("Việt Nam và Chi-lê thiết lập quan hệ Đối tác toàn diện khi nào?").to_dict()
    assert answer["answer"] is not None and "11/2007" in answer["answer"]


def test_a_plan_named_in_the_question_is_still_its_own_answer(kb) -> None:
    # twin: the planned visit of the other province, which its sentence names itself
    answer = kb.ask("Đoàn đại biểu tỉnh Phong Saly sang thăm tỉnh vào thời gian nào?").to_dict()
    assert answer["answer"] is not None and "9/2022" in answer["answer"]


@pytest.mark.parametrize(
    "text",
    [
        "– Ngày 4/2/1950: Ba Lan; ngày 8/2/1950: Bun-ga-ri.",
        "Năm 1955: Ấn Độ.",
        "• Ngày 3/2/1950: Hung-ga-ri và Ru-ma-ni",
    ],
)
def test_elided_entries(text: str) -> None:
    assert elided(text)


@pytest.mark.parametrize(
    "text",
    [
        "– Ngày 3/2/1950: Hung-ga-ri và Ru-ma-ni cùng đặt quan hệ ngoại giao với Việt Nam.",
        "Ngày 4/2/1950: Ba Lan công nhận Việt Nam.",
        "Ba Lan; Bun-ga-ri.",
    ],
)
def test_entries_saying_their_action_or_without_a_date_are_not_elided(text: str) -> None:
    assert not elided(text)


def test_the_part_dating_the_asked_name() -> None:
    text = "– Ngày 4/2/1950: Ba Lan; ngày 8/2/1950: Bun-ga-ri."
    assert elided_part(text, [("Bun ga ri",)]).startswith("ngày 8/2/1950")
    assert elided_part(text, [("Ba Lan",)]).startswith("Ngày 4/2/1950")
    assert elided_part(text, [("Hung ga ri",)]) == text  # twin: a name no part writes


def test_spellings() -> None:
    assert spellings("Ủy hội sông Mê Công quốc tế") == (
        "Ủy hội sông Mê Công quốc tế",
        "Ủy hội sông Mê Kông quốc tế",
    )
    assert "Kông-gô" in spellings("Công-gô")
    assert spellings("Lào") == ("Lào",)  # twin: no such syllable
    assert spellings("Nhật Bản") == ("Nhật Bản",)


def test_name_runs() -> None:
    names = [("Quảng",), ("Trị",), ("Savannakhet",)]
    runs = name_runs("Đoàn tỉnh Quảng Trị thăm tỉnh Savannakhet khi nào?", names)
    assert runs == [[("Quảng",), ("Trị",)], [("Savannakhet",)]]
    assert name_runs("Which provinces border Tây Ninh?", [("Tây",), ("Ninh",)]) == [
        [("Tây",), ("Ninh",)]
    ]  # twin: one name
