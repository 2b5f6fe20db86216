"""Round 101 (session 17): answers — people asked by their role.

* A person is named after a religious, military, civic or royal title as after "Thủ tướng": "Tổng Giám mục",
  "Hồng y", "Đại tướng", "Ngoại trưởng", "Thống đốc", "Thị trưởng", "Thái tử".
  "Ai là Đại diện thường trú …?" is answered by "bổ nhiệm Tổng Giám mục X làm Đại diện thường trú …", not
  by a leader a nearby sentence names.
* A deputy ("Phó Chủ tịch X", "Deputy …") answers only a question asking for a deputy ("Phó", "Deputy",
  "Vice"), and then comes first; "Deputy Chairperson", "Executive Director" reach "phó", "chủ tịch", "giám
  đốc điều hành".
* "Who chaired …?", "Ai chủ trì …?", "Who accompanied …?", "Ai tháp tùng …?": the sentence saying "chủ trì" /
  "chủ tọa" / "chủ tịch", "cùng đi" / "tháp tùng", not a dateline naming the leaders present.
* "Which government / parliament …?", "chính phủ / quốc hội nào": a country asked (its government's name in
  the sentence); "is asked to" reaches "đề nghị", "kiến nghị", "yêu cầu".

Sentences written here, each with a negative case."""

from __future__ import annotations

from doingoai.answer.context import analyse_question
from doingoai.answer.english import en_phrases, en_vi
from doingoai.answer.lexicon_acts import says_act
from doingoai.answer.persons import find_person
from doingoai.question import Wants


def test_named_after_a_religious_title():
    q = analyse_question("Ai là Khâm sứ đầu tiên của Tòa Thánh tại Lào?")
    s = "Năm 2031, Giáo hoàng bổ nhiệm Tổng Giám mục Anton Kowalski làm Khâm sứ đầu tiên tại Lào."
    assert find_person(q, s, [])[0] == "Anton Kowalski"


def test_named_after_civic_and_military_titles():
    q = analyse_question("Ai dẫn đầu đoàn đại biểu sang thăm Cu-ba?")
    assert find_person(q, "Đoàn do Đại tướng Lê Minh Khôi dẫn đầu sang thăm Cu-ba.", [])[0] == "Lê Minh Khôi"
    q = analyse_question("Ai tiếp đoàn tại Ô-xa-ca?")
    s = "Tại Ô-xa-ca, Thống đốc Ta-na-bê Hi-rô-si đã tiếp đoàn."
    assert find_person(q, s, [])[0] == "Ta-na-bê Hi-rô-si"


def test_no_title_no_person():
    # negative: a capitalised run after no title or agent word is no person ("sang Vườn Quốc gia Ba Vì")
    q = analyse_question("Ai là người hướng dẫn đoàn?")
    assert find_person(q, "Đoàn tham quan Vườn Quốc gia Ba Vì và Làng Đường Lâm.", []) is None


def test_a_deputy_only_when_a_deputy_is_asked():
    s = "Hội nghị bầu ông Lê Văn An làm Chủ tịch và Phó Chủ tịch Trần Bình làm Trưởng ban Thư ký."
    assert find_person(analyse_question("Ai là Phó Chủ tịch?"), s, [0])[0] == "Trần Bình"
    assert find_person(analyse_question("Who was elected Deputy Chairperson?"), s, [0])[0] == "Trần Bình"
    # negative: no deputy asked ("thành phố" is no "phó"), the chair comes first
    assert find_person(analyse_question("Ai là Chủ tịch thành phố?"), s, [80])[0] == "Lê Văn An"


def test_offices_of_english_questions():
    assert en_vi("deputy") == ("phó",)
    assert en_vi("chairperson") == ("chủ tịch",)
    assert en_phrases("Who is the Executive Director of UNICEF?") == "Who is the executivedirector of UNICEF?"
    assert en_vi("executivedirector") == ("giám đốc điều hành",)


def test_chairing_and_accompanying_are_told_by_the_sentence():
    chaired = "Hội nghị do Thủ tướng Lê Văn An, Chủ tịch Diễn đàn năm 2031, chủ trì."
    dateline = (
        "Viêng Chăn – Ngày 5/3, tại Hội nghị, lãnh đạo các nước và Tổng thống Kim Min-su ra Tuyên bố chung."
    )
    assert says_act("Who chaired the summit in Vientiane?", True, chaired)
    assert not says_act("Who chaired the summit in Vientiane?", True, dateline)
    assert says_act("Ai chủ trì Hội nghị?", False, chaired)
    went = "Cùng đi với Tổng thống có phu nhân Maria Lopez và nhiều doanh nhân."
    assert says_act("Who accompanied the President on his visit?", True, went)
    assert says_act("Ai tháp tùng Tổng thống?", False, went)
    # negative: a question about no such act asks nothing of the sentence
    assert says_act("Who signed the agreement?", True, dateline)


def test_a_government_or_parliament_asked_is_a_country():
    q = analyse_question("Which government is asked to fund the training course?")
    assert q.asks_countries and q.wants is Wants.ACTOR
    assert analyse_question("Quốc hội nào được đề nghị hỗ trợ đào tạo tiếng Anh?").asks_countries
    assert en_vi("asked") == ("đề nghị", "kiến nghị", "yêu cầu")
    # negative: a government named, not asked for
    assert not analyse_question("When did the government of Laos sign the plan?").asks_countries
