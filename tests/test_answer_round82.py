"""Round 82 (session 16): answers — the unit in charge, and the session of a conclusion.

* "Đơn vị nào là đầu mối …?", "Which unit is the focal point for the plan?", "Which department follows up
  …?": the unit opening the sentence saying the role ("Vụ X là đầu mối …", "3. Ban Y chủ trì, phối hợp với
  Ban Z …"), never a unit named after it; English role phrases reach "đầu mối", "chủ trì", "theo dõi".
* "Bộ Chính trị họp phiên nào …?": the session by its day or number ("phiên họp ngày 4/5/2021"); the
  document's kind capitalised in a question ("Kết luận này", "Kế hoạch") is no name a sentence must write.

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.context import analyse_question
from doingoai.answer.in_charge import asks_in_charge, find_in_charge
from doingoai.answer.spans import find_session
from doingoai.answer.terms import required_names
from store_fixtures import ingested_kb

PLAN = """BỘ NÔNG NGHIỆP

KẾ HOẠCH
Hợp tác nghề cá với các nước Thái Bình Dương năm 2027

1. Tháng 4, cử đoàn công tác sang Su-va làm việc với Bộ Thủy sản Phi-gi.

2. Hoàn thiện dự thảo Bản ghi nhớ về nuôi trồng thủy sản, trình Lãnh đạo Bộ trong quý III.

Cục Hợp tác và Phát triển thủy sản là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.
"""

CONCLUSION = """KẾT LUẬN CỦA BAN BÍ THƯ
về hợp tác với các nước Bắc Âu đến năm 2030

Tại phiên họp ngày 4/5/2021, sau khi nghe Ban Đối ngoại Trung ương báo cáo, Ban Bí thư kết luận như sau:

1. Quan hệ với các nước Bắc Âu phát triển tốt trong những năm qua.

2. Ban Đối ngoại Trung ương chủ trì, phối hợp với Ban Tuyên giáo Trung ương và các cơ quan liên quan cụ thể hóa Kết luận này.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(
        tmp_path_factory, {"ke-hoach.txt": PLAN, "ket-luan.txt": CONCLUSION}, "round82.sqlite"
    )


def test_asks_in_charge():
    assert asks_in_charge("Đơn vị nào là đầu mối theo dõi thực hiện Kế hoạch?")
    assert asks_in_charge("Which unit is the focal point for the plan?")
    assert asks_in_charge("Which department follows up the implementation of the plan?")
    # negative: a body asked for another act, a person leading
    assert not asks_in_charge("Cơ quan nào tài trợ dự án?")
    assert not asks_in_charge("Who leads the delegation to Fiji?")


def test_the_unit_opening_the_role_sentence():
    s = "3. Ban Đối ngoại Trung ương chủ trì, phối hợp với Ban Tuyên giáo Trung ương cụ thể hóa Kết luận này."
    assert find_in_charge(s)[0] == "Ban Đối ngoại Trung ương"
    assert find_in_charge("Vụ Thị trường châu Á – châu Phi là đầu mối, theo dõi Kế hoạch.")[0] == (
        "Vụ Thị trường châu Á – châu Phi"
    )
    # negative: a unit named after the role is no subject of it
    assert find_in_charge("Phối hợp với Cục Đối ngoại tổ chức hội thảo.") is None


def test_unit_in_charge_english(kb):
    a = kb.ask("Which unit is the focal point for the plan?")
    assert a.answer == "Cục Hợp tác và Phát triển thủy sản"


def test_body_in_charge_of_a_conclusion(kb):
    a = kb.ask("Cơ quan nào chủ trì cụ thể hóa Kết luận?")
    assert a.answer is not None and a.answer.startswith("Ban Đối ngoại Trung ương")


def test_session_by_its_day(kb):
    assert (
        find_session("Tại phiên họp ngày 4/5/2021, Ban Bí thư kết luận như sau:")[0]
        == "phiên họp ngày 4/5/2021"
    )
    assert find_session("Kỳ họp thứ 8 diễn ra tại Hà Nội.")[0] == "Kỳ họp thứ 8"
    assert find_session("Phiên họp diễn ra tại Hà Nội.") is None  # negative: no day, no number
    a = kb.ask("Ban Bí thư họp phiên nào để ra Kết luận này?")
    assert a.answer is not None and "4/5/2021" in a.answer


def test_document_kind_is_no_required_name():
    q = analyse_question("Ban Bí thư họp phiên nào để ra Kết luận này?")
    assert not [n for n in required_names(q, set()) if n[0] in ("Kết", "luận")]
    # negative: a plan's own name ("Kế hoạch Colombo") keeps its words
    q = analyse_question("Bhutan gia nhập Kế hoạch Colombo năm nào?")
    assert ("Colombo",) in required_names(q, set()) and ("Kế",) in required_names(q, set())
