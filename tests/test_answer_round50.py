"""Round 50 (session 14): answers naming a place or a body. Documents written here (other states,
cities and bodies than the working sets), with negative twins:

* where someone goes ("Đoàn sẽ sang những thành phố nào?"): the places after "sang" / "đến" / "tới",
  all of them when several are asked; a sentence saying only "tại X" does not answer it;
* where something happened, said only by where a delegation was sent ("cử đoàn sang X dự hội thảo");
* a body's seat ("Where is X's secretariat?", "Trụ sở của X đặt ở đâu?"): only from a sentence
  saying the seat, the place after it;
* "tổ chức nào" answered by a body the gazetteer does not know, by the name it is written with.
"""

from __future__ import annotations

import pytest

from doingoai.answer.bodies import find_body
from doingoai.answer.context import analyse_question
from doingoai.answer.place_spans import find_destination, find_place
from store_fixtures import ingested_kb

PLAN = """KẾ HOẠCH
Hợp tác với Cộng hòa Séc năm 2026

I. KẾT QUẢ NĂM TRƯỚC

Năm ngoái, Sở đã tổ chức Tuần lễ văn hóa Việt Nam tại Đà Nẵng với sự tham gia của nghệ sĩ Séc.
Sở đã cử đoàn sang Pác-đu-bi-xê dự hội nghị khu vực về du lịch nông thôn.

II. NHIỆM VỤ CỤ THỂ

1. Tháng 4, cử đoàn công tác do Phó Giám đốc Sở dẫn đầu sang Brno và Ô-lô-mốu làm việc với các trường đại học.
2. Năm ngoái, Sở phối hợp với Hiệp hội Gốm sứ Séc tổ chức triển lãm trực tuyến về gốm thủ công.
"""

ENTRY = """Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC)

APEC ra đời tại hội nghị bộ trưởng ở Can-bê-ra năm 1989 theo sáng kiến của Ô-xtrây-li-a.
Ban Thư ký của diễn đàn đặt tại Xin-ga-po từ năm 1993.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"plan.txt": PLAN, "entry.txt": ENTRY}, "round50.sqlite")


def _answer(kb, question: str) -> str:
    return kb.ask(question).to_dict()["answer"] or ""


def test_where_a_delegation_goes_is_the_places_after_the_motion_verb(kb) -> None:
    answer = _answer(kb, "Đoàn công tác của Sở sẽ sang những thành phố nào của Séc?")
    assert "Brno" in answer and "Ô-lô-mốu" in answer


def test_where_a_meeting_was_is_where_the_delegation_was_sent(kb) -> None:
    assert "Pác-đu-bi-xê" in _answer(kb, "Hội nghị khu vực về du lịch nông thôn diễn ra ở đâu?")


def test_a_seat_is_read_from_the_sentence_saying_it(kb) -> None:
    assert _answer(kb, "Where is the secretariat of APEC?") in ("Xin-ga-po", "Singapore")


def test_a_body_the_gazetteer_does_not_know_answers_by_its_written_name(kb) -> None:
    answer = _answer(kb, "Sở đã phối hợp với tổ chức nào của Séc để tổ chức triển lãm về gốm?")
    assert "Hiệp hội Gốm sứ Séc" in answer


def test_spans() -> None:
    q = analyse_question("Đoàn sẽ sang những thành phố nào?")
    sentence = "Cử đoàn sang Brno và Ô-lô-mốu làm việc."
    assert find_destination(q, sentence)[0] == "Brno và Ô-lô-mốu"
    seat = analyse_question("Trụ sở của tổ chức đặt ở đâu?")
    assert find_place(seat, "Tổ chức ra đời tại Cô-pen-ha-ghen, trụ sở đặt tại Xtốc-khôm.")[0] == "Xtốc-khôm"
    body = analyse_question("Cục phối hợp với tổ chức nào?")
    found = find_body(body, "Cục đã phối hợp với Tổ chức Phát triển quốc tế Séc (CzDA) tổ chức hội thảo.", [])
    assert found[0] == "Tổ chức Phát triển quốc tế Séc (CzDA)"
    ministry = analyse_question("Which Czech ministry will the delegation work with?")
    sentence = "Đoàn làm việc với Phòng Thương mại Séc và Bộ Công nghiệp và Thương mại Séc."
    assert find_body(ministry, sentence, [])[0] == "Bộ Công nghiệp và Thương mại Séc"


def test_negative_twins() -> None:
    # a sentence saying only where something was held does not say where someone goes
    goes = analyse_question("Đoàn sẽ sang những thành phố nào?")
    assert find_place(goes, "Tuần lễ văn hóa được tổ chức tại Đà Nẵng.") is None
    # a seat asked: a sentence telling where a declaration was signed is no answer
    seat = analyse_question("Where is the secretariat of the council?")
    assert find_place(seat, "Tuyên bố thành lập được ký tại Cô-pen-ha-ghen.") is None
    # a place asked without a seat: "tại X" answers as before
    held = analyse_question("Tuyên bố thành lập được ký ở đâu?")
    assert find_place(held, "Tuyên bố thành lập được ký tại Cô-pen-ha-ghen.")[0] == "Cô-pen-ha-ghen"
    # a meeting after "Hội" and a body the question writes itself are no answer
    body = analyse_question("Bộ Ngoại giao phối hợp với tổ chức nào?")
    assert find_body(body, "Bộ Ngoại giao đã dự Hội nghị Cấp cao ASEAN lần thứ 40.", []) is None
