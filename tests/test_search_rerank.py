"""Answer types of questions, candidates in sentences, and the sentence re-ranking in search."""

from __future__ import annotations

import pytest

from doingoai.question import Wants, analyse
from doingoai.search.answer_type import Want, answer_type, candidates
from doingoai.search.corpus import document_from_paragraphs
from doingoai.search.rerank import is_question
from doingoai.store.kb import KnowledgeBase


@pytest.mark.parametrize(
    ("question", "want", "unit"),
    [
        ("Sắc lệnh này được tuyên bố khi nào?", Want.DATE, None),
        ("Việt Nam gia nhập ASEAN năm nào?", Want.DATE, None),
        ("Các trường được thành lập vào thế kỷ nào?", Want.DATE, None),
        ("Có bao nhiêu người chết trong trận lụt?", Want.NUMBER, "nguoi"),
        ("Hội nghị có mấy nước tham dự?", Want.NUMBER, "nuoc"),
        ("Dân số của thành phố là bao nhiêu?", Want.NUMBER, None),
        ("Ai hát quốc ca?", Want.NAME, None),
        ("Hội nghị được tổ chức ở đâu?", Want.NAME, None),
        ("Nước nào viện trợ cho Việt Nam?", Want.NAME, None),
        ("Cloroplastidan có nghĩa là gì?", Want.NONE, None),
        ("Máy bay cất cánh từ sân bay như thế nào?", Want.NONE, None),  # "máy" is not "mấy"
        ("When did Vietnam join ASEAN?", Want.DATE, None),
        ("How many people died?", Want.NUMBER, None),
        ("Who signed the treaty?", Want.NAME, None),
    ],
)
def test_answer_type(question, want, unit):
    at = answer_type(question)
    assert at.want is want
    assert at.unit == unit


@pytest.mark.parametrize(
    "question",
    [
        "Sắc lệnh này được tuyên bố khi nào?",
        "Các trường được thành lập vào thế kỷ nào?",
        "Có bao nhiêu người chết trong trận lụt?",
        "Hội nghị được tổ chức ở đâu?",
        "Công ty nào sản xuất chiếc máy bay?",
        "Liên Xô viện trợ những dự án nào?",
        "EU đã phê chuẩn hiệp định nào với Việt Nam?",
        "Vì sao quan hệ đối ngoại còn bó hẹp?",
        "How old was he?",
        "Whose idea was it?",
    ],
)
def test_search_and_answers_read_a_question_the_same_way(question):
    """One question analysis (doingoai.question): the search's answer type is the answer engine's
    type mapped to what a sentence can show (a place, an actor or a named document -> a name)."""
    q, at = analyse(question), answer_type(question)
    mapped = {Wants.DATE: Want.DATE, Wants.NUMBER: Want.NUMBER, Wants.LIST: Want.NONE, Wants.TEXT: Want.NONE}
    assert at.want is mapped.get(q.wants, Want.NAME)
    assert at.unit == (q.unit if at.want is Want.NUMBER else None)


def test_a_named_year_is_not_the_asked_one():
    assert analyse("Ai lãnh đạo cuộc tấn công vào năm 1565?").wants is Wants.ACTOR
    assert answer_type("Ai lãnh đạo cuộc tấn công vào năm 1565?").want is Want.NAME
    assert analyse("Việt Nam gia nhập ASEAN vào năm?").wants is Wants.DATE  # "vào năm" alone asks the year
    assert analyse("Các trường ra đời trong giai đoạn nào?").wants is Wants.DATE
    assert analyse("Có bao nhiêu người chết?").unit == "nguoi"
    assert analyse("Có bao nhiêu lần?").unit is None  # "lần" counts, it is no unit of the answer


def test_date_candidates_skip_the_questions_own_year():
    at = answer_type("Năm 1995, Việt Nam gia nhập tổ chức nào vào tháng nào?")
    assert at.want is Want.DATE
    assert candidates("Năm 1995 là một năm quan trọng.", at) == 0
    assert candidates("Việt Nam gia nhập ASEAN vào tháng 7 năm 1995.", at) == 1
    at = answer_type("Các trường được thành lập vào thế kỷ nào?")
    assert candidates("Các trường ra đời vào thế kỷ XIX.", at) == 1
    assert candidates("Các trường ra đời rất sớm.", at) == 0


def test_number_candidates_prefer_the_unit_word():
    at = answer_type("Có bao nhiêu người chết vào năm 1915?")
    assert candidates("Năm 1915 có 300 người chết.", at) == 2
    assert candidates("Năm 1915 có 300 con ngựa chết.", at) == 1
    assert candidates("Năm 1915 có nhiều người chết.", at) == 0  # 1915 is the question's own number


def test_name_candidates_are_new_capitalised_names():
    at = answer_type("Ai hát quốc ca tại Super Bowl?")
    assert candidates("Quốc ca do Lady Gaga hát.", at) == 1
    assert candidates("Quốc ca được hát tại Super Bowl.", at) == 0  # only the question's own name
    assert candidates("Quốc ca được hát rất hay.", at) == 0  # a capital opening the sentence is not a name
    assert candidates("Không ai biết.", answer_type("Bài này là gì?")) == 0  # no typed answer, no candidate


def test_is_question():
    assert is_question("Ai hát quốc ca?")
    assert is_question("Việt Nam gia nhập ASEAN năm nào")
    assert is_question("who founded the company")
    assert not is_question("Liên Xô viện trợ")


@pytest.fixture()
def kb(tmp_path):
    docs = [
        document_from_paragraphs(
            "sea-games.txt",
            [
                "Đại hội Thể thao Đông Nam Á lần thứ 22 được tổ chức tại Việt Nam. "
                "Đây là lần đầu tiên Việt Nam đăng cai đại hội. Lễ khai mạc diễn ra vào tháng 12 năm 2003.",
                "Đội tuyển bóng đá giành huy chương vàng. Huấn luyện viên Alfred Riedl được khen thưởng.",
            ],
        ),
        document_from_paragraphs(
            "olympic.txt",
            ["Thế vận hội mùa hè được tổ chức bốn năm một lần tại nhiều thành phố khác nhau."],
        ),
    ]
    with KnowledgeBase.open(tmp_path / "r.sqlite") as kb:
        for d in docs:
            kb.add_document(d)
        yield kb


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Ai được khen thưởng khi đội tuyển bóng đá giành huy chương vàng?", "Alfred Riedl"),
    ],
)
def test_question_hit_is_the_sentence_with_the_wanted_type(kb, question, answer):
    plain = kb.search(question, limit=3, rerank=False)
    assert plain[0].doc == "sea-games.txt"
    assert answer not in plain[0].text  # BM25 alone picks the sentence repeating the question's words
    hits = kb.search(question, limit=3)
    assert hits[0].doc == "sea-games.txt"
    assert answer in hits[0].text
    assert hits[0].passage == plain[0].passage  # the passage order is kept
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    d = hits[0].to_dict()
    assert d["passage"][d["start"] - d["passage_start"] :].startswith(d["text"])


def test_keyword_queries_are_not_reranked(kb):
    a = [h.to_dict() for h in kb.search("Việt Nam đăng cai", limit=5)]
    b = [h.to_dict() for h in kb.search("Việt Nam đăng cai", limit=5, rerank=False)]
    assert a == b


def test_rerank_respects_filters(kb):
    q = "Việt Nam đăng cai Đại hội Thể thao Đông Nam Á lần đầu tiên khi nào?"
    assert all(h.doc == "olympic.txt" for h in kb.search(q, doc="olympic.txt"))
    assert kb.search(q, doc="olympic.txt", limit=5)  # "tổ chức", "Đại hội" ... match there too


def test_questions_in_another_language_are_not_reranked(kb):
    q = "Who was rewarded when the Việt Nam team won?"  # few of its syllables are in the index
    assert kb.search(q, limit=5)
    assert [h.to_dict() for h in kb.search(q, limit=5)] == [
        h.to_dict() for h in kb.search(q, limit=5, rerank=False)
    ]
