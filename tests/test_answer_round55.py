"""Round 55 (session 14): answers to who / which-country questions. Documents written here (other
states, people and meetings than the working sets), with negative twins:

* the acts of who-did-what questions in the lexicon ("abstained", "defeated", "proposed", "co-chaired",
  "Vietnamese");
* a person or countries asked are only taken from a sentence telling the act asked ("bỏ phiếu trắng"),
  not from the sentence adopting the resolution;
* an ordinal the sentence leaves out, written by its document's title ("Phát biểu khai mạc, …" under
  "Khai mạc Hội nghị … lần thứ 12"), unless the text just before it writes another;
* a person standing for the actor the document introduced him with ("ông Chris Luxon" after "Thủ
  tướng Niu Di-lân Chris Luxon");
* a person question's sentence read with the text just before it ("Người kế nhiệm ông, …");
* an acronym the sentence leaves out, written just before it.
"""

from __future__ import annotations

import pytest

from doingoai.answer.context import analyse_question
from doingoai.answer.engine import _about
from doingoai.answer.english import en_vi
from doingoai.answer.introduced import actor_of_person
from doingoai.answer.lexicon_acts import says_act, told_act
from doingoai.answer.terms import content_terms, required_actors
from store_fixtures import ingested_kb

VOTE = """Hội đồng Bảo an thông qua Nghị quyết 9917 về Xu-đăng

Niu Oóc (TTXVN) – Ngày 4/3, Hội đồng Bảo an Liên hợp quốc đã thông qua Nghị quyết 9917, cho phép lập Phái bộ hỗ trợ do Ê-ti-ô-pi-a dẫn đầu tới Xu-đăng.

12 phiếu thuận, 3 phiếu trắng

Văn kiện do Anh và Nhật Bản đệ trình được thông qua với 12 phiếu thuận; Ấn Độ, Bra-xin và Nam Phi bỏ phiếu trắng.
"""

MEETING = """Khai mạc Hội nghị Bộ trưởng Hợp tác Mê Công – Hàn Quốc lần thứ 12 tại Xơ-un

Xơ-un (TTXVN) – Sáng 9/9, Hội nghị Bộ trưởng Hợp tác Mê Công – Hàn Quốc lần thứ 12 đã khai mạc tại Xơ-un với sự tham dự của sáu đoàn.

Đây là lần đầu hội nghị được tổ chức tại thủ đô Hàn Quốc.

Phát biểu khai mạc, Ngoại trưởng Hàn Quốc Park Ji-won nhấn mạnh hợp tác về nước và nông nghiệp.
"""

VISIT = """Thủ tướng Niu Di-lân kết thúc chuyến thăm Việt Nam

Hà Nội (TTXVN) – Ngày 20/5, Thủ tướng Niu Di-lân Chris Luxon kết thúc chuyến thăm chính thức Việt Nam.

Hai bên ký năm văn kiện hợp tác về giáo dục và nông nghiệp.

Trước khi đến Việt Nam, ông Chris Luxon đã thăm Phi-líp-pin và Xin-ga-po.
"""

SUMMIT = """Hội nghị thượng đỉnh Pháp ngữ bế mạc

Pa-ri (TTXVN) – Ngày 5/10, Hội nghị thượng đỉnh Cộng đồng Pháp ngữ (OIFX) năm 2030 đã bế mạc tại Pa-ri sau hai ngày làm việc.

Hội nghị lần sau

Hội nghị tiếp theo dự kiến diễn ra tại Xê-nê-gan.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    docs = {"vote.txt": VOTE, "meeting.txt": MEETING, "visit.txt": VISIT, "summit.txt": SUMMIT}
    yield from ingested_kb(tmp_path_factory, docs, "round55.sqlite")


def _answer(kb, question: str) -> str:
    return kb.ask(question).to_dict()["answer"] or ""


def test_the_lexicon_reads_the_acts_of_who_questions() -> None:
    assert en_vi("abstained") == ("phiếu trắng",)
    assert "đánh bại" in en_vi("defeated")
    assert "đề xuất" in en_vi("proposed")
    assert "việt nam" in en_vi("vietnamese")
    assert told_act("Who co-chaired the summit?", True)[0] == "đồng chủ trì"


def test_an_act_asked_is_told_by_the_evidence_sentence() -> None:
    q = "Which two countries abstained on Resolution 9917?"
    assert says_act(q, True, "Ấn Độ, Bra-xin và Nam Phi bỏ phiếu trắng.")
    assert not says_act(q, True, "Hội đồng Bảo an đã thông qua Nghị quyết 9917 do Ê-ti-ô-pi-a dẫn đầu.")
    assert says_act("Which countries joined the WTO in 2007?", True, "Việt Nam gia nhập WTO.")  # no act asked


def test_countries_that_abstained_come_from_the_sentence_saying_it(kb) -> None:
    answer = _answer(kb, "Which countries abstained on Resolution 9917?")
    assert "Bra-xin" in answer or "Brazil" in answer
    assert "Ethiopia" not in answer and "Ê-ti-ô-pi-a" not in answer


def test_an_ordinal_written_by_the_title_only(kb) -> None:
    found = kb.ask("Ai phát biểu khai mạc Hội nghị Bộ trưởng Mê Công – Hàn Quốc lần thứ 12?").to_dict()
    assert found["evidence"]["text"].startswith("Phát biểu khai mạc, Ngoại trưởng Hàn Quốc Park Ji-won")
    assert "Park Ji-won" not in _answer(
        kb, "Ai phát biểu khai mạc Hội nghị Bộ trưởng Mê Công – Hàn Quốc lần thứ 11?"
    )


def test_a_person_stands_for_the_actor_he_was_introduced_with(kb) -> None:
    answer = _answer(kb, "Trước khi đến Việt Nam, Thủ tướng Niu Di-lân đã thăm những nước nào?")
    assert answer == "Phi-líp-pin và Xin-ga-po"  # (not the whole section)
    text = VISIT
    at = text.index("Trước khi")
    nzl = required_actors({"NZL"})
    assert actor_of_person(text, at, "Trước khi đến Việt Nam, ông Chris Luxon đã thăm Phi-líp-pin.", nzl)
    assert not actor_of_person(text, at, "Trước khi đến Việt Nam, ông Tom Latham đã thăm Phi-líp-pin.", nzl)


def test_a_person_sentence_read_with_the_text_just_before_it() -> None:
    q = analyse_question("Who was chosen to succeed Roberto Azevêdo as WTO Director-General?")
    terms = content_terms(q, {"WTO"})
    hit = {
        "text": "Người kế nhiệm ông, cựu Bộ trưởng Tài chính Ni-giê-ri-a Ngozi Okonjo-Iweala, được chọn hồi tháng 2."
    }
    before = "Tổng Giám đốc WTO Roberto Azevêdo, người đã rời nhiệm sở, cho rằng tổ chức cần cải cách."
    assert _about(q, (terms,), hit, before)
    assert not _about(q, (terms,), hit)


def test_an_acronym_written_just_before_the_sentence(kb) -> None:
    assert "Xê-nê-gan" in _answer(kb, "Hội nghị OIFX tiếp theo dự kiến diễn ra ở đâu?")
    assert "Xê-nê-gan" not in _answer(kb, "Hội nghị OIFY tiếp theo dự kiến diễn ra ở đâu?")
