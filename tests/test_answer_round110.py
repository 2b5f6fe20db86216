"""Round 110 (session 17): answers — English questions over Vietnamese text.

* Foreign-affairs terms an English question reaches a Vietnamese sentence with (:mod:`doingoai.answer.
  lexicon_terms`): offices, forces, moves, meetings, training and aid ("units" -> "đơn vị", "leave" ->
  "rút khỏi", "training" -> "tập huấn"); phrases "broke out" and "took its current name".
* "US", "UK", "EU" of an English question are the actor's name, never a word left to match ("the US
  Secretary of Defense"); "DPRK", "ROK", "PRC" name their states; "South Vietnam" is also "miền Nam Việt
  Nam".
* A kind's cue word inside the name of a body asked about is no act asked ("the Council for Mutual
  Economic Assistance dissolved" asks no aid); cue words are not read inside longer words ("joint",
  "electric", "significant", "hostage").
* "dự Cuộc gặp …", "dự hội thảo …" say where a meeting was held.

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer import actors as actor_names
from doingoai.answer.asked import held_cue
from doingoai.answer.context import analyse_question
from doingoai.answer.engine import _kinds_outside_names
from doingoai.answer.english import en_phrases, en_vi
from doingoai.answer.terms import content_terms
from doingoai.fold import fold
from doingoai.question import kinds_of
from store_fixtures import ingested_kb

JOURNAL = """QUÂN ĐỘI NƯỚC NGOÀI Ở ĐÔNG DƯƠNG

Sau Hiệp định Giơ-ne-vơ, quân viễn chinh rút dần khỏi các đô thị. Ngày 28/4/1956, những
đơn vị quân đội Pháp cuối cùng rút khỏi miền Nam Việt Nam, sớm hơn dự kiến ba tháng.

Tháng 5/2009, Sở Nông nghiệp tổ chức khóa tập huấn kỹ thuật trồng chè cho 24 cán bộ kỹ thuật
đến từ Mô-dăm-bích.

Năm 1949, Hội đồng Tương trợ Kinh tế được lập tại Mát-xcơ-va. Hội đồng Tương trợ Kinh tế chính
thức giải thể ngày 28/6/1991 tại Bu-đa-pét.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"tap-chi.txt": JOURNAL}, "round110.sqlite")


def test_terms_reach_vietnamese_words():
    assert "đơn vị" in en_vi("units") and "rút khỏi" in en_vi("leave")
    assert "tập huấn" in en_vi("training") and "đào tạo" in en_vi("training")  # (added to, not replaced)
    assert "bộ trưởng" in en_vi("secretary") and "cuộc gặp" in en_vi("meeting")
    assert en_phrases("When did the war break out?").split()[-1] == "outbreak?"
    assert "renamed" in en_phrases("When did the body take its current name?")
    # negative: a word of no term stays unread
    assert en_vi("yesterday") is None


def test_english_question_reaches_hard_wrapped_sentence(kb):
    ans = kb.ask("When did the last French military units leave South Vietnam?")
    assert "28/4/1956" in (ans.answer or "") + ans.evidence["text"]
    ans = kb.ask("How many technicians attended the tea-growing training course?")
    assert "24" in (ans.answer or "")
    # negative: an act the text does not tell is not answered from the sentence of another
    assert kb.ask("When did the last French military units leave Cambodia?").answer is None


def test_short_forms_are_names():
    q = analyse_question("Which US Secretary of Defense visited Vietnam in June 2015?")
    codes = actor_names.codes_in(q.text, english=True)
    assert "USA" in codes and ("us",) not in content_terms(q, codes)
    assert actor_names.codes_in("When did the DPRK leave the treaty?", english=True) == {"PRK"}
    assert "miền Nam Việt Nam" in actor_names.names("RVN")
    # negative: the English word "us" is no name, and is not cut out
    assert actor_names.strip_all_names("Tell us when", {"USA"}) == "Tell us when"


def test_kind_inside_a_body_name(kb):
    q = analyse_question("When was the Council for Mutual Economic Assistance dissolved?")
    codes = actor_names.codes_in(q.text, english=True)
    assert q.kinds == ("aid",) and _kinds_outside_names(q, codes).kinds == ()
    ans = kb.ask(q.text)
    assert "1991" in (ans.answer or "") and "giải thể" in ans.evidence["text"]
    # negative: a kind the question says outside the name stays
    q = analyse_question("When did Vietnam join the Council for Mutual Economic Assistance?")
    assert "membership.join" in _kinds_outside_names(q, actor_names.codes_in(q.text, english=True)).kinds


def test_cues_not_inside_longer_words():
    assert kinds_of(fold("Where does the joint venture produce oil?")) == ()
    assert kinds_of(fold("Where is the electric car plant?")) == ()
    assert kinds_of(fold("Was the hostage released? A significant step")) == ()
    # negative: the words themselves still cue their kinds
    assert kinds_of(fold("Who joined, was elected, signed and hosted?")) == (
        "membership.join",
        "membership.elect",
        "agreement.sign",
        "host",
    )


def test_attending_a_meeting_names_where_it_was_held():
    q = analyse_question("Where was the informal meeting held?")
    assert held_cue(q, "Tháng 7/1988, đoàn dự Cuộc gặp không chính thức lần thứ nhất tại Bô-go.")
    # negative: a sentence that holds nothing
    assert not held_cue(q, "Tháng 7/1988, đoàn gặp gỡ bà con kiều bào tại Bô-go.")
