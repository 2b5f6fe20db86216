"""Round 68 (session 15): answers — "where is it based" questions.

* A "where" question reads the activity it asks about ("hợp tác", "cooperate") only from its own
  lower-case words, never from the capitalised words of a name ("Ban Thư ký Hợp tác ba bên", "the
  Trilateral Cooperation Secretariat"): a sentence saying where the body sits answers it.
* An actor's name is stripped from an English question whatever dash it is written with ("Asia-Europe
  Foundation" for "Asia–Europe Foundation"), so its words are not counted again as untranslated words.
* A seat may bear the name of what sits there ("Ban Thư ký … đặt tại Colombo" for the Colombo
  Plan): the place right after "đặt tại" / "trụ sở" answers even when the question writes it.

Sentences written here, each with a negative case."""

from __future__ import annotations

from doingoai.answer import actors
from doingoai.answer.context import analyse_question
from doingoai.answer.place_spans import find_place


def test_a_names_words_are_no_activity():
    assert analyse_question("Trụ sở Ban Thư ký Hợp tác ba bên đặt ở đâu?").activity == ()
    assert analyse_question("Where is the Trilateral Cooperation Secretariat based?").activity == ()


def test_an_activity_asked_is_still_read():
    # negative: the activity written in lower case is asked
    assert "phoi hop" in analyse_question("Việt Nam và Lào hợp tác ở đâu?").activity
    assert "phoi hop" in analyse_question("Where do Vietnam and Laos cooperate?").activity


def test_a_name_is_stripped_whatever_its_dash():
    assert "Foundation" not in actors.strip_names("Where is the Asia-Europe Foundation based?", "ASEF")
    assert "Foundation" not in actors.strip_names("Where is the Asia – Europe Foundation based?", "ASEF")


def test_other_words_are_not_stripped():
    # negative: only the name goes
    assert "based" in actors.strip_names("Where is the Asia-Europe Foundation based?", "ASEF")


def test_a_seat_named_like_its_body():
    q = analyse_question("Where is the Colombo Plan's Secretariat located?")
    found = find_place(q, "Ban Thư ký của tổ chức hiện đặt tại Colombo (Sri Lanka).")
    assert found is not None and found[0] == "Colombo"


def test_a_place_the_question_names_elsewhere_is_not_the_seat():
    # negative: the city named away from the seat is what the question already says
    q = analyse_question("Where is the Colombo Plan's Secretariat located?")
    assert find_place(q, "Ban Thư ký của tổ chức được nhắc tới trong hội nghị tổ chức tại Colombo.") is None
