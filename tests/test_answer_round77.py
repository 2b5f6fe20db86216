"""Round 77 (session 15): answers — what round 74 left.

* A sentence going on about the agreement the sentence before it names ("Văn kiện có hiệu lực …", "Hai văn
  kiện …", "Hiệp ước mở đường … và có hiệu lực …") is read with that sentence (or, opening an entry's
  paragraph, with the title); the sentences going on from a hit are added to the hits.
* A year written right after a name the sentence leaves out, in the text just before it ("(CHOGM) 2024"),
  counts for the sentence; the person a sentence says was replaced ("thay bà X") is no answer to who was
  chosen.
* A day and month with no year ("Ngày 18/3, …") answers "ngày nào", unless a later sentence writes that day
  with its year.

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.blocks import day_and_month, names_day
from doingoai.answer.context import analyse_question
from doingoai.answer.followers import goes_on
from doingoai.answer.persons import find_person
from store_fixtures import ingested_kb

ENTRY = """Hiệp ước Biển Bắc

Hiệp ước về hợp tác nghề cá ở vùng biển phía bắc, thường gọi là Hiệp ước “Ba Bờ”, được ba nước ven biển ký tại Ô-xlô ngày 4/6/1998. Văn kiện là kết quả của sáu vòng đàm phán cấp chuyên viên. Hiệp ước mở đường cho việc lập ủy ban nghề cá chung và có hiệu lực ngày 20/2/1999.

Ngày 9/9/2004, hai nước ký Nghị định thư về quản lý vùng đánh cá chung cùng Hiệp định về kiểm soát tàu cá. Hai văn kiện có hiệu lực từ ngày 1/3/2005.
"""

NEWS = """Mô-ri-xơ (TTXVN) – Ngày 12/5, Hội nghị Bộ trưởng các nước Ấn Độ Dương (IOMC) 2025 đã bế mạc tại Port Louis sau ba ngày làm việc.

Các bộ trưởng đã nhất trí chọn Thứ trưởng Ngoại giao Kê-ni-a Amina Wanjiru làm Điều phối viên Diễn đàn Ấn Độ Dương, thay ông Rohan Perera.

2. Ngày 21/4, Đại sứ trình Quốc thư lên Tổng thống Mô-ri-xơ tại Port Louis; hai bên nhất trí thúc đẩy hợp tác nghề cá.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"hiep-uoc.txt": ENTRY, "tin.txt": NEWS}, "round77.sqlite")


def test_a_sentence_going_on_from_its_agreement():
    assert goes_on("Văn kiện có hiệu lực từ ngày 1/3/2005.")
    assert goes_on("Hai văn kiện có hiệu lực từ ngày 1/3/2005.")
    assert goes_on("Hiệp ước mở đường cho việc lập ủy ban chung.")
    # negative: a name of its own ("Hiệp ước về …", "Hiệp định Thương mại …") does not go on
    assert not goes_on("Hiệp ước về hợp tác nghề cá được ký năm 1998.")
    assert not goes_on("Hai Hiệp định Thương mại tự do có hiệu lực năm 2020.")


def test_entry_into_force_told_two_sentences_later(kb):
    a = kb.ask("Hiệp ước “Ba Bờ” có hiệu lực ngày nào?")
    assert a.answer is not None and "20/2/1999" in a.answer


def test_entry_into_force_of_two_acts(kb):
    a = kb.ask("Nghị định thư về quản lý vùng đánh cá chung có hiệu lực từ ngày nào?")
    assert a.answer is not None and "1/3/2005" in a.answer


def test_a_sentence_going_on_is_no_signing_place(kb):
    # negative: "Văn kiện là kết quả …" says no signing; the place is the naming sentence's
    a = kb.ask("Hiệp ước “Ba Bờ” được ký ở đâu?")
    assert a.answer is None or "Ô-xlô" in a.answer


def test_year_after_a_name_before_and_the_person_replaced(kb):
    a = kb.ask("Ai được chọn làm Điều phối viên Diễn đàn Ấn Độ Dương tại IOMC 2025?")
    assert a.answer is not None and "Wanjiru" in a.answer


def test_the_person_replaced_when_a_replacement_is_asked():
    # negative: asked whom the chosen one replaces, the one after "thay" stays a candidate
    s = "Các bộ trưởng đã nhất trí chọn bà Amina Wanjiru làm Điều phối viên, thay ông Rohan Perera."
    q = analyse_question("Bà Amina Wanjiru thay ai làm Điều phối viên?")
    found = find_person(q, s, [s.find("thay")])
    assert found is not None and found[0] == "Rohan Perera"


def test_a_day_without_its_year(kb):
    assert names_day("Ngày 18/3") and names_day("18 March")
    assert not names_day("18/3/2025") and not names_day("tháng 3")
    assert day_and_month("ngày 31/1") == day_and_month("31/1/2020") == day_and_month("31 January 2020")
    a = kb.ask("Đại sứ trình Quốc thư lên Tổng thống Mô-ri-xơ vào ngày nào?")
    assert a.answer is not None and "21/4" in a.answer
