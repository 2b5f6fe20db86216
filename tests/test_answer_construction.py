"""Answers by construction: the action a date is asked about ("enter into force" -> "có hiệu lực"),
the count next to the term the question names, the year named in the evidence sentence, a place
named after the noun asked ("khu vực nào"), and a Q&A page's question line as the answer's context.

Unit tests on sentences written here, and a small knowledge base of documents written here, each
with a distractor (a signing date, another term's votes, another year's deployment)."""

from __future__ import annotations

import pytest

from doingoai.answer.asked import action_at, says_action
from doingoai.answer.english import en_phrases
from doingoai.answer.extractors import find_date, find_number, find_place
from doingoai.answer.required import own_year_first
from doingoai.answer.terms import content_terms, search_query
from doingoai.question import Wants, analyse
from store_fixtures import ingested_kb


# --- the question side -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "When did the UN Convention against Torture enter into force?",
        "When did the agreement come into force?",
        "When did the protocol take effect?",
        "Hiệp định có hiệu lực từ ngày nào?",
    ],
)
def test_entering_into_force_is_an_action_the_date_is_asked_about(question):
    q = analyse(question)
    assert q.wants is Wants.DATE and q.action == ("hieu luc",)


def test_other_questions_ask_no_action():
    assert analyse("When did Vietnam sign the convention?").action == ()
    assert analyse("Hiệp định được ký khi nào?").action == ()


def test_english_phrases_become_the_word_they_stand_for():
    assert en_phrases("When did it enter into force?") == "When did it force?"
    assert en_phrases("It took effect in 2020") == "It force in 2020"
    q = analyse("When did the UN Convention against Torture enter into force?")
    concepts = content_terms(q, {"UNO"})
    for concept in (("cong uoc",), ("chong",), ("tra tan",), ("hieu luc",)):
        assert concept in concepts
    assert not any("enter" in alt for c in concepts for alt in c)
    assert "công ước" in search_query(q, {"UNO"}) and "tra tấn" in search_query(q, {"UNO"})


@pytest.mark.parametrize(
    "question, head",
    [
        ("Đội Y tế số 1 đến vùng nào năm 2021?", "vùng"),
        ("Đoàn công tác đến khu vực nào?", "khu vực"),
        ("Thủ tướng thăm tỉnh nào?", "tỉnh"),
        ("Which province did the delegation visit?", "tỉnh"),
        ("Bệnh viện dã chiến làm nhiệm vụ ở đâu?", None),
    ],
)
def test_place_question_reads_the_noun_asked(question, head):
    q = analyse(question)
    assert q.wants is Wants.PLACE and q.place_head == head


# --- the sentence side -------------------------------------------------------------------------
def test_date_written_after_the_action_asked():
    q = analyse("When did the convention enter into force?")
    s = "Công ước được thông qua ngày 10/12/1984, được ký ngày 4/2/1985 và có hiệu lực kể từ ngày 26/6/1987."
    assert action_at(q, s) and says_action(q, s)
    assert find_date(q, s, ["cong uoc"])[0] == "ngày 26/6/1987"
    assert not says_action(q, "Việt Nam ký Công ước ngày 7/11/2013.")
    signed = analyse("When did Vietnam sign the convention?")  # no action asked: the nearest date
    assert says_action(signed, "Việt Nam ký Công ước ngày 7/11/2013.")


@pytest.mark.parametrize(
    "sentence, question, expected",
    [
        (
            "Việt Nam trúng cử nhiệm kỳ 2014 – 2016 với 184/192 phiếu và nhiệm kỳ 2023 – 2025 với 145/192 phiếu.",
            "Việt Nam được bao nhiêu phiếu cho nhiệm kỳ 2023 – 2025?",
            "145/192",
        ),
        (
            "Việt Nam trúng cử nhiệm kỳ 2014 – 2016 với 184/192 phiếu và nhiệm kỳ 2023 – 2025 với 145/192 phiếu.",
            "How many votes did Vietnam get for the 2014 – 2016 term?",
            "184/192",
        ),
        (  # the count before its term: nearest to the year would be the other term's
            "Việt Nam nhận 184/192 phiếu cho nhiệm kỳ 2014 – 2016 và 145/192 phiếu cho nhiệm kỳ 2023 – 2025.",
            "Việt Nam nhận bao nhiêu phiếu cho nhiệm kỳ 2023 – 2025?",
            "145/192",
        ),
    ],
)
def test_votes_of_the_term_the_question_names(sentence, question, expected):
    q = analyse(question)
    assert find_number(q, sentence, ["phieu", "nhiem ky"])[0] == expected


def test_place_named_after_the_noun_asked():
    q = analyse("Đội Y tế số 1 đến vùng nào năm 2021?")
    assert find_place(q, "Năm 2021, Đội Y tế số 1 đến vùng Đác-phua, nơi xung đột kéo dài.")[0] == "Đác-phua"
    province = analyse("Đoàn công tác đến tỉnh nào?")
    assert find_place(province, "Đoàn công tác đến tỉnh Quảng Ninh và làm việc với lãnh đạo tỉnh.")[0] == (
        "Quảng Ninh"
    )
    assert find_place(province, "Đoàn công tác làm việc với lãnh đạo tỉnh.") is None


def test_sentence_writing_the_year_asked_comes_first():
    def hit(text):
        return {"text": text}

    other = (1.0, 0, hit("Từ tháng 3/2016, Đội Y tế số 1 làm nhiệm vụ tại Ban-gui."))
    plain = (0.9, 1, hit("Đội Y tế số 1 gồm 63 quân nhân."))
    own = (0.6, 2, hit("Năm 2021, Đội Y tế số 1 đến vùng Đác-phua."))
    assert own_year_first(2021, [other, plain, own]) == [own, plain]
    assert own_year_first(2019, [other, plain, own]) == [other, plain, own]  # no sentence writes 2019
    assert own_year_first(None, [other, own]) == [other, own]


# --- a knowledge base of documents written here ------------------------------------------------
DECREE = """QUYẾT ĐỊNH
Về việc phê chuẩn Công ước của Liên Hợp Quốc về chống tra tấn

Điều 1. Phê chuẩn Công ước của Liên Hợp Quốc về chống tra tấn và các hình thức đối xử hoặc trừng phạt tàn bạo, được Đại hội đồng Liên Hợp Quốc thông qua ngày 10/12/1984 và được đại diện Việt Nam ký ngày 7/11/2013 tại Niu Oóc. Công ước có hiệu lực từ ngày 26/6/1987.

Điều 2. Bộ Công an chủ trì, phối hợp với các bộ, ngành liên quan tổ chức thực hiện Công ước.
"""

TRADE = """Quan hệ thương mại Việt Nam – Nhật Bản

Ngày 25/12/2008, Việt Nam và Nhật Bản ký Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản (VJEPA), có hiệu lực từ ngày 1/10/2009.

Hai nước tiếp tục thúc đẩy thương mại và đầu tư.
"""

FAQ = """Hỏi – đáp: Việt Nam tại các cơ quan của Liên Hợp Quốc

Hỏi: Việt Nam đã mấy lần là thành viên Hội đồng Nhân quyền?

Đáp: Hai lần. Việt Nam trúng cử nhiệm kỳ 2014 – 2016 với 184/192 phiếu và nhiệm kỳ 2023 – 2025 với 145/192 phiếu. Việt Nam đã đóng góp tích cực vào công việc của Hội đồng.

Hỏi: Việt Nam đã cử những đội nào?

Đáp: Từ tháng 3/2016, Đội Y tế số 1 làm nhiệm vụ tại Ban-gui (Cộng hòa Trung Phi). Năm 2021, Đội Y tế số 1 đến vùng Đác-phua, nơi xung đột kéo dài nhiều năm.

Hỏi: Đội Công binh số 3 làm nhiệm vụ ở những nơi nào?

Đáp: Tháng 5/2018, Đội Công binh số 3 làm nhiệm vụ tại Gu-lu. Năm 2024, Đội Công binh số 3 làm nhiệm vụ tại A-bê-chê.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(
        tmp_path_factory, {"decree.txt": DECREE, "faq.txt": FAQ, "trade.txt": TRADE}, "construction.sqlite"
    )


@pytest.mark.parametrize(
    "question, expected",
    [
        ("When did the UN Convention against Torture enter into force?", ("26 June 1987", "26/6/1987")),
        ("Công ước của Liên Hợp Quốc về chống tra tấn có hiệu lực từ ngày nào?", "26/6/1987"),
        (
            "When did the Vietnam – Japan Economic Partnership Agreement enter into force?",
            ("1 October 2009", "1/10/2009"),
        ),
        ("Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản có hiệu lực từ ngày nào?", "1/10/2009"),
        ("Việt Nam nhận được bao nhiêu phiếu cho nhiệm kỳ 2023 – 2025 của Hội đồng Nhân quyền?", "145/192"),
        ("Việt Nam nhận được bao nhiêu phiếu cho nhiệm kỳ 2014 – 2016 của Hội đồng Nhân quyền?", "184/192"),
        ("Đội Y tế số 1 đến vùng nào năm 2021?", "Đác-phua"),
        ("Đội Y tế số 1 làm nhiệm vụ ở đâu năm 2016?", "Ban-gui"),
        ("Đội Công binh số 3 làm nhiệm vụ ở đâu năm 2024?", "A-bê-chê"),
        ("Đội Công binh số 3 làm nhiệm vụ ở đâu năm 2018?", "Gu-lu"),
    ],
)
def test_answers_by_construction(kb, question, expected):
    printed, written = expected if isinstance(expected, tuple) else (expected, expected)  # (English, text)
    answer = kb.ask(question)
    assert answer.answer is not None and printed in answer.answer, (answer.answer, answer.evidence)
    assert written in answer.evidence["text"]


def test_signing_date_still_answers_a_signing_question(kb):
    answer = kb.ask("Việt Nam ký Công ước về chống tra tấn ngày nào?")
    assert answer.answer in ("7/11/2013", "ngày 7/11/2013", "2013-11-07")


def test_answer_sentence_read_with_the_question_line_of_its_page(kb):
    """The Council is named only in the "Hỏi:" line: the answer's paragraph is read with it."""
    answer = kb.ask("Việt Nam nhận được bao nhiêu phiếu cho nhiệm kỳ 2023 – 2025 của Hội đồng Nhân quyền?")
    assert answer.evidence["text"].startswith("Việt Nam trúng cử nhiệm kỳ 2014 – 2016")


def test_no_invented_date_without_the_action(kb):
    """No sentence says when the Council's work took effect: no date is taken from a signing."""
    answer = kb.ask("When did the Human Rights Council resolution enter into force?")
    assert answer.answer is None or not any(d in answer.answer for d in ("10/12/1984", "7/11/2013"))
