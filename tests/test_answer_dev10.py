"""Answers the development sets 19/20/29 still missed (tenth round): a value read off an entry's
"Field: value" line whose label the question says ("Ai kế nhiệm X?" -> "Người kế nhiệm: Y" in the entry
about X); the level of relations asked without naming one ("khuôn khổ nào", "what is the framework of
… relations"); "năm sau" read from the document's date when nothing else in the sentence dates it.
Documents written here, with distractors; twins keep the old readings."""

from __future__ import annotations

import pytest

from doingoai.answer.fields import label_asked, label_value
from doingoai.answer.relative import resolved
from doingoai.answer.spans import find_level
from doingoai.question import analyse
from store_fixtures import ingested_kb

ENTRY = """Nguyễn Cơ Thạch

Quốc tịch: Việt Nam
Chức vụ: Bộ trưởng Bộ Ngoại giao (1980–1991)
Người tiền nhiệm: Nguyễn Duy Trinh
Người kế nhiệm: Nguyễn Mạnh Cầm

Nguyễn Cơ Thạch là nhà ngoại giao Việt Nam, giữ chức Bộ trưởng Bộ Ngoại giao trong hơn mười năm.

Ông tham gia nhiều hội nghị quốc tế về vấn đề Cam-pu-chia cuối những năm 1980.
"""

PLAN = """BỘ NGOẠI GIAO

QUYẾT ĐỊNH
Phê duyệt Kế hoạch kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Chi-lê

Điều 1. Phê duyệt Kế hoạch với các nội dung sau:

a) Mục đích: củng cố và làm sâu sắc quan hệ Đối tác toàn diện giữa hai nước, thúc đẩy hợp tác thương mại và đầu tư.

b) Hoạt động: tổ chức hội thảo và triển lãm ảnh tại Hà Nội và Xan-ti-a-gô.
"""

NEWS = """Việt Nam và Xin-ga-po thúc đẩy hợp tác kinh tế số

Ngày 12/3/2024, tại Hà Nội, hai Bộ trưởng Ngoại giao khẳng định quan hệ Đối tác chiến lược giữa Việt Nam và Xin-ga-po phát triển tốt đẹp.

Hai bên nhất trí tăng cường hợp tác trong kinh tế số và năng lượng tái tạo.
"""

FORUM = """Bế mạc hội nghị nhóm công tác về an ninh biển

Thứ Sáu, 15/11/2019

Tại hội nghị, các trưởng đoàn quyết định mời Nhật Bản và Hàn Quốc chính thức tham gia nhóm công tác từ năm sau.

Theo kế hoạch, kỳ họp tiếp theo của nhóm công tác sẽ diễn ra tại Thái Lan vào năm 2020.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    docs = {"entry.txt": ENTRY, "plan.txt": PLAN, "news.txt": NEWS, "forum.txt": FORUM}
    yield from ingested_kb(tmp_path_factory, docs, "dev10.sqlite")


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Ai kế nhiệm Nguyễn Cơ Thạch làm Bộ trưởng Bộ Ngoại giao?", "Nguyễn Mạnh Cầm"),
        ("Ai là người tiền nhiệm của Nguyễn Cơ Thạch?", "Nguyễn Duy Trinh"),
        ("Who succeeded Nguyen Co Thach as Minister of Foreign Affairs?", "Nguyễn Mạnh Cầm"),
    ],
)
def test_a_field_of_the_entry_the_question_names_answers(kb, question: str, expected: str) -> None:
    answer = kb.ask(question)
    assert answer.answer == expected
    assert answer.evidence["text"].endswith(expected)


def test_a_field_naming_the_asked_person_is_no_entry_about_him(kb) -> None:
    # "Người tiền nhiệm: Nguyễn Duy Trinh" does not make the entry about Nguyễn Duy Trinh
    answer = kb.ask("Ai kế nhiệm Nguyễn Duy Trinh?")
    assert answer.answer != "Nguyễn Mạnh Cầm"


@pytest.mark.parametrize(
    "line, label, value",
    [
        ("Người kế nhiệm: Lim Jock Hoi", "Người kế nhiệm", "Lim Jock Hoi"),
        ("Thủ đô: Viên", "Thủ đô", "Viên"),
        ("Ngôn ngữ chính thức: tiếng Đức", "Ngôn ngữ chính thức", "tiếng Đức"),
    ],
)
def test_label_value(line: str, label: str, value: str) -> None:
    parts = label_value(line)
    assert parts is not None and parts[:2] == (label, value)
    assert line[parts[2] :] == value


@pytest.mark.parametrize(
    "line",
    [
        "Hai bên nhất trí: tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại và đầu tư.",  # a sentence
        "Ngày 1/2/2021: Anh nộp đơn xin gia nhập Hiệp định CPTPP",  # a label starting with a digit
        "Việt Nam là thành viên của ASEAN từ năm 1995",  # no colon
    ],
)
def test_no_field_in_a_sentence(line: str) -> None:
    assert label_value(line) is None


@pytest.mark.parametrize(
    "label, question, asked",
    [
        ("Người kế nhiệm", "Ai kế nhiệm ông X?", True),
        ("Thủ đô", "Thủ đô của Áo là gì?", True),
        ("Người kế nhiệm", "Ai tiền nhiệm ông X?", False),
        ("Người", "Người nào dẫn đầu đoàn?", False),  # a generic head says nothing of its own
        ("Ngôn ngữ chính thức", "Ngôn ngữ nào được dùng?", False),  # only part of the label
    ],
)
def test_label_asked(label: str, question: str, asked: bool) -> None:
    assert label_asked(label, question, []) is asked


@pytest.mark.parametrize(
    "question, expected",
    [
        ("What is the framework of Vietnam – Chile relations?", "Đối tác toàn diện"),
        ("Quan hệ Việt Nam – Chi-lê ở khuôn khổ nào?", "Đối tác toàn diện"),
        ("What is the framework of Vietnam – Singapore relations?", "Đối tác chiến lược"),
    ],
)
def test_the_level_of_relations_asked(kb, question: str, expected: str) -> None:
    answer = kb.ask(question)
    assert answer.answer == expected


@pytest.mark.parametrize(
    "question, asks",
    [
        ("What is the framework of Vietnam – Chile relations?", True),
        ("To what level did the two countries raise their relations?", True),
        ("Việt Nam và Chi-lê là đối tác gì?", True),
        ("Quan hệ hai nước ở mức nào?", True),
        ("Việt Nam và Chi-lê thiết lập quan hệ Đối tác toàn diện khi nào?", False),  # names the level
        ("Kim ngạch thương mại hai nước ở mức nào?", False),  # no relations in view
        ("What is the framework agreement signed in 2010?", False),
    ],
)
def test_asks_level(question: str, asks: bool) -> None:
    assert analyse(question).asks_level is asks


@pytest.mark.parametrize(
    "sentence, level",
    [
        ("Hai bên làm sâu sắc quan hệ Đối tác toàn diện giữa hai nước.", "Đối tác toàn diện"),
        ("Hai nước nâng quan hệ lên Đối tác chiến lược toàn diện.", "Đối tác chiến lược toàn diện"),
        ("Quan hệ đặc biệt Việt Nam – Lào không ngừng được củng cố.", "Quan hệ đặc biệt"),
        ("Hai nước nâng quan hệ từ Đối tác toàn diện lên Đối tác chiến lược.", "Đối tác chiến lược"),
    ],
)
def test_find_level(sentence: str, level: str) -> None:
    found = find_level(sentence)
    assert found is not None and found[0] == level and sentence[found[1] : found[2]] == level


@pytest.mark.parametrize(
    "sentence",
    [
        "Việt Nam phê chuẩn Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương.",  # an agreement
        "Hai bên tăng cường quan hệ hợp tác trong lĩnh vực giáo dục.",  # "quan hệ hợp tác": no level
    ],
)
def test_no_level_in_an_agreements_name_or_plain_cooperation(sentence: str) -> None:
    assert find_level(sentence) is None


def test_next_year_from_the_documents_date_answers_a_years_question(kb) -> None:
    answer = kb.ask("Which countries were invited to join the working group from 2020?")
    assert answer.answer is not None and "Nhật Bản" in answer.answer and "Hàn Quốc" in answer.answer


@pytest.mark.parametrize(
    "text, date, expected",
    [
        ("Hội nghị quyết định mời hai nước tham gia từ năm sau.", "2010-10-30", " năm 2011"),
        ("Hai bên sẽ ký hiệp định vào tháng sau.", "2024-11", " tháng 12/2024 năm 2024"),
        ("Năm sau, hai nước ký hiệp định thương mại.", "2010-10-30", ""),  # goes on from a year told before
        ("Năm 1995, Việt Nam gia nhập ASEAN và năm sau tham gia ASEM.", "2010-10-30", ""),  # dated by 1995
        ("Ba năm sau, hai nước nâng cấp quan hệ.", "2010-10-30", ""),  # a span counted on
    ],
)
def test_next_year_or_month(text: str, date: str, expected: str) -> None:
    assert resolved(text, date) == expected
