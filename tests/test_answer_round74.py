"""Round 74 (session 15): answers — questions left with no answer at all.

* "the Institute's plan", "the Ministry's report": a noun after "the" before "'s" is the body the document is
  by, not a name the evidence must write as is (a person's "Guterres's" still is).
* Generic acronyms ("FTA", "EEZ", "ODA") a question writes may be said in the text by their Vietnamese
  words ("Hiệp định Thương mại tự do …", "vùng đặc quyền kinh tế").
* An English adjective of a state ("Albanian", "Chilean", "Uzbek"), read from the gazetteer's English names,
  counts as the state's Vietnamese names among the question's words (never as a required actor).
* Lexicon: the heads of bodies' English names ("Executive Board", "Information Sharing Centre", "Eminent
  Persons Group", "agency", "region", "market").

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer import actors
from doingoai.answer.context import analyse_question
from doingoai.answer.english import en_vi
from doingoai.answer.terms import contains_all, content_terms, required_acronyms, required_names
from store_fixtures import ingested_kb

PLAN = """KẾ HOẠCH Hợp tác quốc tế năm 2026 của Viện Nghiên cứu Biển

1. Tháng 4, Viện cử đoàn 6 nghiên cứu viên sang Na Uy học tập về quản lý nghề cá theo học bổng của Chính phủ Na Uy.

2. Đề nghị phía Na Uy tiếp tục tài trợ chương trình đào tạo thạc sĩ giai đoạn hai.
"""

NEWS = """Tiran (TTXVN) – Ngày 14/5, Đại sứ Việt Nam đã chào xã giao Chủ tịch Quốc hội Albania Ba-giơ-ram Đu-ka và trao đổi về hợp tác giữa hai cơ quan lập pháp.

Hiệp định Thương mại tự do Việt Nam – Chi-lê, ký năm 2011, có hiệu lực từ ngày 1/1/2014.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"ke-hoach.txt": PLAN, "tin.txt": NEWS}, "round74.sqlite")


def test_the_bodys_own_noun_is_no_name():
    q = analyse_question("How many researchers does the Institute's plan send to Norway?")
    assert ("Institute",) not in required_names(q, actors.codes_in(q.text, english=True))


def test_a_persons_possessive_is_still_a_name():
    # negative: a name alone before "'s" is written as is
    q = analyse_question("Who supported Guterres's re-election?")
    assert ("Guterres",) in required_names(q, set())


def test_the_plans_count_is_answered(kb):
    ans = kb.ask("How many researchers does the Institute's plan send to Norway in April?")
    assert ans.answer is not None and "6" in ans.answer


def test_a_generic_acronym_may_be_said_in_words():
    q = analyse_question("When did the Vietnam – Malaysia FTA enter into force?")
    (fta,) = required_acronyms(q, actors.codes_in(q.text, english=True))
    assert contains_all([fta], "Hiệp định Thương mại tự do Việt Nam – Ma-lai-xi-a có hiệu lực năm 2020.")
    assert contains_all([fta], "hai nước ký hiệp định thương mại tự do năm 2019.")


def test_another_acronym_is_still_written_as_is():
    # negative: an acronym of one name is not said in other words
    q = analyse_question("When did Vietnam join the NAM?")
    (nam,) = required_acronyms(q, actors.codes_in(q.text, english=True))
    assert not contains_all([nam], "Việt Nam gia nhập Phong trào thương mại tự do năm 1976.")


def test_state_adjectives_from_the_gazetteer():
    assert actors.adjective_country("Albanian") == "ALB"
    assert actors.adjective_country("Chilean") == "CHL"
    assert actors.adjective_country("Uzbek") == "UZB"
    assert actors.adjective_country("Lebanese") == "LBN"


def test_words_that_are_no_state_adjective():
    # negative: "American" is not American Samoa's, "Executive" no state's
    assert actors.adjective_country("American") is None
    assert actors.adjective_country("Executive") is None
    assert actors.adjective_country("Asian") is None


def test_an_adjective_counts_as_the_states_names():
    q = analyse_question("Who is the Speaker of the Albanian Parliament?")
    terms = content_terms(q, actors.codes_in(q.text, english=True))
    assert any("albania" in alts for alts in terms)


def test_the_speaker_named_after_an_adjective(kb):
    ans = kb.ask("Who is the Speaker of the Albanian Parliament the ambassador called on?")
    assert ans.answer is not None and "Đu-ka" in ans.answer


def test_the_fta_said_in_words(kb):
    ans = kb.ask("When did the Vietnam – Chile FTA enter into force?")
    assert ans.answer is not None and "2014" in ans.answer


def test_body_heads_in_the_lexicon():
    assert "chấp hành" in en_vi("executive") and "hội đồng" in en_vi("board")
    assert "trung tâm" in en_vi("centre") and "chia sẻ" in en_vi("sharing") and "nhóm" in en_vi("group")
    assert en_vi("parliamentarian") is None  # negative: no entry made up
