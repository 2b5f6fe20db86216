"""Which fact or sentence may answer a question (answer/fact_fit.py, answer/clauses.py).

A stored fact answers only the act asked (a plan by a plan, told or stored as planned; a month by more
than years; votes by the sentence writing them); a span comes from the clause of the asked thing
("…, còn CPTPP có hiệu lực …"), never from a sentence about another agreement or another country's
act, nor from a dateline for a plan; a sentence pointing back to the asked agreement ("Văn kiện này,
được ký cùng với EVFTA, …") answers for it though it names another in passing; "Which country held …
when …?" asks a country; "ai được bổ nhiệm" the person after the verb; "Tháng 11 năm ngoái", "Ngày
6/6" dated from the document. Documents and questions written here, with twins keeping the old
readings; every check that something wrong is not answered is paired with the right answer (or with
no answer where the documents give none, and a sibling question they do answer)."""

from __future__ import annotations

import pytest

from doingoai.answer.clauses import about_other, asked_part, dateline_date, other_subject
from doingoai.answer.fact_fit import fact_fits, plan_fits, precision_fits, writes_votes
from doingoai.answer.persons import find_person
from doingoai.answer.relative import resolved
from doingoai.answer.result import Answer
from doingoai.question import Wants, analyse
from store_fixtures import ingested_kb

FORCE = (
    "EVFTA chính thức có hiệu lực từ ngày 1/8/2020, còn Hiệp định Đối tác toàn diện và tiến bộ xuyên "
    "Thái Bình Dương (CPTPP) có hiệu lực với Việt Nam từ ngày 14/1/2019."
)


# --- question analysis --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question, wants",
    [
        ("Which country held the ASEAN chair when the ASEAN Charter was signed?", Wants.ACTOR),
        ("Who chaired the summit when the declaration was adopted?", Wants.ACTOR),
        ("How many countries had joined when the treaty entered into force?", Wants.NUMBER),
        ("When was the ASEAN Charter signed?", Wants.DATE),  # twin: "when" opening the question
        ("What year did Vietnam join ASEAN when it was founded?", Wants.DATE),
        ("In which month will Vietnam hold the presidency of the Security Council?", Wants.DATE),
        ("What month did the talks open?", Wants.DATE),
    ],
)
def test_when_as_a_clause_and_months_asked(question: str, wants: Wants) -> None:
    assert analyse(question).wants is wants


@pytest.mark.parametrize(
    "question, action",
    [
        ("When will Okonjo-Iweala take office as WTO Director-General?", "nham chuc"),
        ("Bà X sẽ chính thức nhậm chức vào ngày nào?", "nham chuc"),
        ("When was Guterres sworn in?", "nham chuc"),
        ("Ông Guterres được tái bổ nhiệm ngày nào?", "tai bo nhiem"),
        ("When was Guterres reappointed?", "tai bo nhiem"),
        ("When did her second term as Director-General begin?", "bat dau"),
        ("When will he begin his second term?", "bat dau"),
    ],
)
def test_office_actions_asked(question: str, action: str) -> None:
    assert action in analyse(question).action


def test_secretary_is_no_signing() -> None:
    assert "agreement.sign" not in analyse("Ông X được bổ nhiệm làm Tổng Thư ký ngày nào?").kinds
    assert "agreement.sign" in analyse("Hiệp định được ký ngày nào?").kinds  # twin
    assert analyse("When was X appointed?").action == ()  # an appointment alone: no action required


# --- facts ----------------------------------------------------------------------------------------
def _fact(answer: str, text: str) -> Answer:
    return Answer("q", answer, {"text": text}, None, via="event")


def test_a_plan_is_not_answered_by_what_happened() -> None:
    q = analyse("Việt Nam sẽ đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an vào tháng nào?")
    done = "Việt Nam trúng cử Ủy viên không thường trực nhiệm kỳ 2020-2021."
    assert not plan_fits(q, done)
    assert plan_fits(q, "Việt Nam sẽ làm Chủ tịch Hội đồng Bảo an vào tháng 1/2020.")
    assert plan_fits(q, done, planned=True)
    assert plan_fits(analyse("Việt Nam trúng cử vào tháng nào?"), done)  # twin: nothing planned asked


def test_a_month_is_not_answered_by_years() -> None:
    q = analyse("Việt Nam đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an vào tháng nào?")
    assert not precision_fits(q, "2020-2021") and not precision_fits(q, "năm 2020")
    assert precision_fits(q, "tháng 1/2020")
    assert precision_fits(analyse("Việt Nam trúng cử nhiệm kỳ nào?"), "2020-2021")  # twin
    assert not fact_fits(q, {"VNM"}, _fact("2020–2021", "Việt Nam trúng cử nhiệm kỳ 2020–2021."))
    when = analyse("Việt Nam trúng cử Hội đồng Bảo an khi nào?")
    assert fact_fits(when, {"VNM"}, _fact("2019", "Năm 2019, Việt Nam trúng cử."))


def test_votes_come_from_the_sentence_writing_them() -> None:
    assert writes_votes("192/193", "Việt Nam trúng cử với 192/193 phiếu.")
    assert not writes_votes("192/193", "Việt Nam đóng vai trò tích cực tại Liên hợp quốc.")
    assert not writes_votes(None, "với 129 phiếu")


# --- clauses and sentences --------------------------------------------------------------------------
def test_the_clause_of_the_asked_agreement() -> None:
    assert asked_part(FORCE, {"CPTPP", "VNM"}).startswith("còn Hiệp định")
    assert asked_part(FORCE, {"EVFTA"}).startswith("EVFTA")
    assert asked_part(FORCE, {"VNM"}) == FORCE  # twin: nothing but Vietnam asked
    one = "Hiệp định EVFTA được ký ngày 30/6/2019; hiệp định có hiệu lực từ ngày 1/8/2020."
    assert asked_part(one, {"EVFTA"}) == one  # twin: no clause names another agreement


def test_a_sentence_about_another_agreement() -> None:
    assert about_other("EVFTA có hiệu lực từ ngày 1/8/2020.", {"EVIPA"})
    assert not about_other("EVIPA có hiệu lực từ ngày 1/8/2030.", {"EVIPA"})
    assert not about_other("Hiệp định có hiệu lực từ ngày 1/8/2030.", {"EVIPA"})  # names none
    before = "Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh (UKVFTA) được ký ngày 29/12/2020. "
    assert about_other("Hiệp định này có hiệu lực từ ngày 31/12/2020.", {"EVIPA"}, before)
    assert not about_other("Hiệp định này có hiệu lực từ ngày 31/12/2020.", {"UKVFTA"}, before)
    # the asked agreement written by all the words of its name, beside another one
    long = "Hai nước ký Hiệp định phân định lãnh hải … trong Vịnh Bắc Bộ cùng Hiệp định hợp tác nghề cá."
    assert not about_other(long, {"GULF_OF_TONKIN_2000"})


def test_another_countrys_act() -> None:
    q = analyse("Việt Nam trúng cử Hội đồng Bảo an với bao nhiêu phiếu?")
    assert other_subject(q, {"VNM", "UNSC"}, "Trong cuộc bỏ phiếu năm 2020, Kê-ni-a trúng cử với 129 phiếu.")
    assert not other_subject(q, {"VNM", "UNSC"}, "Năm 2019, Việt Nam trúng cử với 192/193 phiếu.")
    assert not other_subject(q, {"VNM", "UNSC"}, "Năm 2019, ta trúng cử với 192/193 phiếu.")
    visit = analyse("Chủ tịch Tập Cận Bình thăm Việt Nam khi nào?")
    sentence = "Tháng 11/2015, Chủ tịch Trung Quốc Tập Cận Bình thăm cấp Nhà nước Việt Nam."
    assert not other_subject(visit, {"VNM"}, sentence)  # twin: the asked country is named after the act


def test_a_dateline() -> None:
    assert dateline_date("Niu-Oóc, 8/6/2019 – Đại hội đồng đã bầu Việt Nam.") == "8/6/2019"
    assert dateline_date("Hà Nội, 10/12 (TTXVN) – Hôm nay, …") == "10/12"
    assert dateline_date("Ngày 8/6/2019, Đại hội đồng đã bầu Việt Nam.") is None


# --- persons and relative dates ---------------------------------------------------------------------
def test_the_person_appointed() -> None:
    q = analyse("Ai được bổ nhiệm làm Tổng Giám đốc WTO?")
    sentence = "Đại hội đồng WTO đã bổ nhiệm bà Ngozi Okonjo-Iweala (Ni-giê-ri-a) làm Tổng Giám đốc WTO."
    assert find_person(q, sentence, [sentence.index("làm")])[0] == "Ngozi Okonjo-Iweala"
    other = "Tổng Thư ký ASEAN đã bổ nhiệm ông Nguyễn Văn Minh (Việt Nam) làm Phó Tổng Thư ký."
    assert find_person(q, other, [other.index("làm")])[0] == "Nguyễn Văn Minh"
    assert find_person(q, "Đoàn đã đến thăm bà con kiều bào tại Lào.", [0]) is None  # twin


@pytest.mark.parametrize(
    "text, date, says",
    [
        ("Tháng 11 năm ngoái, Chủ tịch nước thăm Chi-lê.", "2025-01-20", "tháng 11/2024"),
        ("Ngày 6/6, Đại hội đồng đã bầu năm nước.", "2024-06-07", "6/6/2024"),
        ("Ngày 28/12, hai bên ký biên bản.", "2025-01-10", "28/12/2024"),
        ("Hai năm trước, hai bên ký biên bản.", "2025-01-10", ""),
    ],
)
def test_relative_dates(text: str, date: str, says: str) -> None:
    got = resolved(text, date)
    assert says in got if says else got == ""


# --- the whole path --------------------------------------------------------------------------------
MIXED = "EVFTA có hiệu lực từ ngày 1/8/2020, còn CPTPP được nhiều nước quan tâm."

UNSC = """Việt Nam và Hội đồng Bảo an Liên hợp quốc

Niu-Oóc, 8/6/2019 – Đại hội đồng Liên hợp quốc đã bầu Việt Nam làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021 với 192/193 phiếu thuận.

Theo nguyên tắc luân phiên, Việt Nam sẽ đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an vào tháng 1/2020. Đây là lần thứ hai Việt Nam giữ vai trò này.

Trong cuộc bỏ phiếu năm 2020, Kê-ni-a trúng cử với 129 phiếu thuận.
"""

TRADE = f"""Các hiệp định thương mại tự do của Việt Nam

Hiệp định Thương mại tự do Việt Nam – Liên minh châu Âu (EVFTA) được ký ngày 30/6/2019 tại Hà Nội. {FORCE}

Ngày 30/6/2019, Việt Nam và Liên minh châu Âu ký Hiệp định Bảo hộ đầu tư (EVIPA). Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh (UKVFTA) được ký ngày 29/12/2020. Hiệp định này có hiệu lực tạm thời từ ngày 31/12/2020.
"""

NIGER = """Kết quả bầu cử Hội đồng Bảo an

Niu-Oóc, 7/6/2019 – Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an với 192 phiếu thuận, còn Ni-giê trúng cử với 191 phiếu thuận.
"""

REELECTED = """Hội đồng Bảo an tiến cử ông Guterres tái nhiệm

Niu-Oóc, 9/6/2021 – Hội đồng Bảo an hôm nay đã nhất trí thông qua nghị quyết tiến cử ông António Guterres tái nhiệm Tổng Thư ký Liên hợp quốc.

Việt Nam, Ủy viên không thường trực Hội đồng Bảo an, đã bỏ phiếu ủng hộ. Việt Nam trúng cử vào Hội đồng Bảo an với 192/193 phiếu.
"""

WTO = """Tổ chức Thương mại Thế giới có Tổng Giám đốc mới

Giơ-ne-vơ, 15/2/2021 – Đại hội đồng WTO đã bổ nhiệm bà Ngozi Okonjo-Iweala (Ni-giê-ri-a) làm Tổng Giám đốc WTO. Bà Okonjo-Iweala sẽ chính thức nhậm chức ngày 1/3/2021.

Ông Guterres nhậm chức Tổng Thư ký Liên hợp quốc ngày 1/1/2017 và được tái bổ nhiệm ngày 18/6/2021.
"""

FINLAND = """Tổng thống Phần Lan sắp thăm Việt Nam

Hà Nội, 12/3/2024 – Tổng thống Phần Lan sẽ sớm thăm chính thức Việt Nam theo lời mời của Chủ tịch nước.

Hai nước thiết lập quan hệ ngoại giao ngày 25/1/1973.
"""

ASEAN = """Chủ tịch ASEAN qua các năm

Năm 2010, Việt Nam giữ cương vị Chủ tịch ASEAN. Khi Hiến chương ASEAN được ký năm 2007, Xin-ga-po giữ cương vị Chủ tịch ASEAN.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    docs = {
        "mixed.txt": "Tin vắn thương mại\n\n" + MIXED + "\n",
        "unsc.txt": UNSC,
        "trade.txt": TRADE,
        "wto.txt": WTO,
        "asean.txt": ASEAN,
        "fin.txt": FINLAND,
        "reelected.txt": REELECTED,
        "niger.txt": NIGER,
    }
    yield from ingested_kb(tmp_path_factory, docs, "fact_fit_clauses.sqlite")


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Việt Nam sẽ đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an vào tháng nào?", "1/2020"),
        ("In which month will Vietnam hold the presidency of the Security Council?", "January 2020"),
        ("Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ nào?", "2020"),  # twin
        ("When did the CPTPP enter into force for Vietnam?", "14 January 2019"),
        ("Hiệp định CPTPP có hiệu lực với Việt Nam từ ngày nào?", "14/1/2019"),
        ("When did EVFTA enter into force?", "1 August 2020"),  # twin: the first clause's agreement
        ("When did UKVFTA enter into force?", "31 December 2020"),  # twin: "Hiệp định này" after its name
        ("Kê-ni-a nhận được bao nhiêu phiếu thuận khi trúng cử Hội đồng Bảo an?", "129"),
        ("How many votes did Vietnam win in its Security Council election?", "192"),  # twin
        ("Ni-giê trúng cử Hội đồng Bảo an với bao nhiêu phiếu thuận?", "191"),
        ("How many votes did Niger receive in the Security Council election?", "191"),
        ("When will Okonjo-Iweala take office as WTO Director-General?", "1 March 2021"),
        ("Bà Okonjo-Iweala sẽ chính thức nhậm chức vào ngày nào?", "1/3/2021"),
        ("When did Guterres take office as UN Secretary-General?", "1 January 2017"),
        ("Ông Guterres được tái bổ nhiệm làm Tổng Thư ký Liên hợp quốc ngày nào?", "18/6/2021"),
        ("Ai được Đại hội đồng WTO bổ nhiệm làm Tổng Giám đốc WTO?", "Okonjo-Iweala"),
        ("Who was appointed WTO Director-General?", "Okonjo-Iweala"),
        ("Which country held the ASEAN chair when the ASEAN Charter was signed?", "Xin-ga-po|Singapore"),
        ("Nước nào giữ cương vị Chủ tịch ASEAN năm 2010?", "Việt Nam|Vietnam"),  # twin
        ("Việt Nam và Phần Lan thiết lập quan hệ ngoại giao khi nào?", "25/1/1973"),  # twin: a fact done
    ],
)
def test_questions(kb, question: str, expected: str) -> None:
    answer = kb.ask(question).to_dict()
    assert answer["answer"] is not None and any(e in answer["answer"] for e in expected.split("|"))


def test_a_date_from_the_asked_clause_prints_as_any_date(kb) -> None:
    """The clause "còn CPTPP có hiệu lực … từ ngày 14/1/2019" gives the span; it prints in the question's
    language like any date (it kept "ngày 14/1/2019", in English too)."""
    assert kb.ask("Hiệp định CPTPP có hiệu lực với Việt Nam từ ngày nào?").answer == "14/1/2019"
    assert kb.ask("When did the CPTPP enter into force for Vietnam?").answer == "14 January 2019"


@pytest.mark.parametrize(
    "question, wrong, right, sibling, sibling_says",
    [
        # no sentence dates EVIPA's entry into force: EVFTA's and UKVFTA's ("Hiệp định này …") are others'
        ("When did EVIPA enter into force?", "2020", None, "When did UKVFTA enter into force?", "31 December 2020"),
        ("Hiệp định EVIPA có hiệu lực từ ngày nào?", "2020", None, "When was EVIPA signed?", "30 June 2019"),
        ("When did the CPTPP enter into force?", "1 August 2020", "14 January 2019", None, None),  # (MIXED: EVFTA's date)
        ("Việt Nam trúng cử Hội đồng Bảo an với bao nhiêu phiếu?", "129", "192", None, None),  # Kenya's votes
        ("Việt Nam sẽ đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an vào tháng nào?", "2020-2021", "1/2020", None, None),
        ("Bà Okonjo-Iweala sẽ chính thức nhậm chức vào ngày nào?", "15/2/2021", "1/3/2021", None, None),  # dateline
        # "sẽ sớm thăm": no date told, the dateline's is the writing's
        ("Tổng thống Phần Lan sẽ thăm Việt Nam khi nào?", "12/3/2024", None,
         "Việt Nam và Phần Lan thiết lập quan hệ ngoại giao khi nào?", "25/1/1973"),
        ("When will the Finnish President visit Vietnam?", "12 March 2024", None,
         "When did Vietnam and Finland establish diplomatic relations?", "25 January 1973"),
        # the Council's vote on Guterres is not counted; Vietnam's 192/193 is its own election's
        ("How many of the 15 Security Council members voted for Guterres's re-election?", "192/193", None,
         "How many votes did Vietnam win in its Security Council election?", "192/193"),
        ("Bao nhiêu thành viên Hội đồng Bảo an bỏ phiếu ủng hộ ông Guterres tái nhiệm?", "192/193", None,
         "Việt Nam trúng cử vào Hội đồng Bảo an với bao nhiêu phiếu?", "192/193"),
    ],
)  # fmt: skip
def test_no_answer_from_another_act(kb, question, wrong, right, sibling, sibling_says) -> None:
    answer = kb.ask(question).to_dict()["answer"]
    assert wrong not in (answer or "")
    if right is None:  # the documents tell no answer: none is given, while they answer the sibling question
        assert answer is None
        said = kb.ask(sibling).to_dict()["answer"]
        assert said is not None and sibling_says in said
    else:
        assert answer is not None and right in answer


def test_the_asked_clause_must_say_the_act() -> None:
    # the clause naming the CPTPP says no entry into force: the EVFTA clause's date is not the CPTPP's
    sentence = "EVFTA có hiệu lực từ ngày 1/8/2020, còn CPTPP được nhiều nước quan tâm."
    assert asked_part(sentence, {"CPTPP"}).startswith("còn CPTPP")


def test_a_possessors_name_is_required() -> None:
    from doingoai.answer import actors
    from doingoai.answer.context import analyse_question
    from doingoai.answer.terms import required_names

    def names(text: str) -> list:
        q = analyse_question(text)
        return required_names(q, actors.codes_in(q.text, english=True))

    assert ("Guterres",) in names("How many Council members voted for Guterres's re-election?")
    assert names("Which banks finance Ho Chi Minh City's metro line 2?") == []  # twin: a longer name's end
    assert ("Leaders",) not in names("Where was the APEC Leaders' Week held?")


def test_votes_of_the_party_asked() -> None:
    from doingoai.answer.fact_fit import votes_of_asked

    assert votes_of_asked(["VNM"], {"VNM", "UNSC"})
    assert not votes_of_asked(["VNM"], {"UNSC"})  # "… voted for Guterres's re-election?"
    q = analyse("How many of the 15 Security Council members voted for Guterres's re-election?")
    sentence = "Việt Nam trúng cử vào Hội đồng Bảo an với 192/193 phiếu."
    assert other_subject(q, {"UNSC"}, sentence, [("Guterres",)])
    assert not other_subject(q, {"UNSC"}, "Cả 15 thành viên bỏ phiếu ủng hộ ông Guterres.", [("Guterres",)])


def test_the_clause_of_the_asked_country() -> None:
    both = "Việt Nam trúng cử với 192 phiếu thuận, còn Ni-giê trúng cử với 191 phiếu thuận."
    assert asked_part(both, {"NER", "UNSC"}).startswith("còn Ni-giê")
    assert asked_part(both, {"VNM", "UNSC"}).startswith("Việt Nam")
    # twin: the asked country named in both clauses, Vietnam beside it in one: no cut
    aid = "Việt Nam và Nhật Bản ký 10 văn kiện; Nhật Bản cam kết viện trợ 1 tỷ USD."
    assert asked_part(aid, {"JPN"}) == aid or asked_part(aid, {"JPN"}).startswith("Nhật Bản cam kết")
    assert asked_part("Nhật Bản ký 10 văn kiện với Việt Nam; hai bên nhất trí.", {"JPN"}).startswith("Nhật")


def test_a_chair_asked_is_not_answered_by_a_membership() -> None:
    from doingoai.answer.fact_fit import kinds_fit

    q = analyse("Khi là thành viên Hội đồng Bảo an, Việt Nam sẽ giữ vai trò Chủ tịch vào tháng nào?")
    assert "chair" in q.kinds
    assert not kinds_fit(
        q, "Việt Nam trúng cử thành viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021."
    )
    assert kinds_fit(q, "Việt Nam sẽ đảm nhận vai trò Chủ tịch Hội đồng Bảo an vào tháng 1/2020.")
    # twin: a membership asked is answered by its fact, whatever else the question's names cue
    join = analyse("When did Vietnam join the Council for Mutual Economic Assistance?")
    assert kinds_fit(join, "Tháng 6/1978, Việt Nam gia nhập Hội đồng Tương trợ Kinh tế (SEV).")


# --- a stored planned fact answers a plan, through the whole path (fact_fit.fact_fits) ------------------
# (a report dated 10/1/2021: its sentences tell plans with no "sẽ"/"dự kiến"; extraction stores them planned)
PLANS = """BỘ NGOẠI GIAO

Hà Nội, ngày 10 tháng 1 năm 2021

BÁO CÁO

Tổng kết năm Chủ tịch ASEAN

Năm 2020, Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN và tổ chức thành công Hội nghị Cấp cao ASEAN lần thứ 37.

Theo lộ trình đã thống nhất, Lào đảm nhiệm vai trò Chủ tịch ASEAN năm 2024.

Theo lịch trình đã được hai bên thống nhất, Thủ tướng Nhật Bản thăm chính thức Việt Nam vào tháng 5/2021.
"""


@pytest.fixture(scope="module")
def plans_kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"plans.txt": PLANS}, "plans.sqlite")


@pytest.mark.parametrize(
    "question, says, value",
    [
        ("Lào sẽ làm Chủ tịch ASEAN năm nào?", "2024", "2024"),
        ("Which year will Laos chair ASEAN?", "2024", "2024"),
        ("Lào sẽ đảm nhiệm vai trò Chủ tịch ASEAN vào năm nào?", "2024", "2024"),
        ("Thủ tướng Nhật Bản sẽ thăm Việt Nam vào tháng nào?", "5/2021", "2021-05"),
        ("When will the Japanese Prime Minister visit Vietnam?", ("May 2021", "5/2021"), "2021-05"),
        # twins: what happened, asked as such, is answered by its (occurred) fact
        ("Việt Nam làm Chủ tịch ASEAN năm nào?", "2020", "2020"),
        ("Which year did Vietnam chair ASEAN?", "2020", "2020"),
    ],
)
def test_a_planned_fact_answers_a_plan(plans_kb, question: str, says, value: str) -> None:
    printed, written = (
        says if isinstance(says, tuple) else (says, says)
    )  # (in English, as the text writes it)
    answer = plans_kb.ask(question)
    assert answer.via == "event" and answer.fact is not None  # the fact, with its value and evidence
    assert printed in answer.answer and answer.value == value
    assert written in answer.evidence["text"]


def test_a_fact_that_happened_answers_no_plan(plans_kb) -> None:
    # Vietnam's chair of 2020 is stored as occurred, its sentence says no plan: not the answer to "sẽ"
    answer = plans_kb.ask("Việt Nam sẽ làm Chủ tịch ASEAN năm nào?")
    assert answer.via != "event" and answer.status is None
    assert plans_kb.ask("Lào sẽ làm Chủ tịch ASEAN năm nào?").status == "planned"  # twin: the planned one


def test_fact_fits_reads_the_stored_status() -> None:
    q = analyse("Lào sẽ làm Chủ tịch ASEAN năm nào?")
    said = "Theo lộ trình đã thống nhất, Lào đảm nhiệm vai trò Chủ tịch ASEAN năm 2024."
    planned = Answer("q", "2024", {"text": said}, None, via="event", value="2024", status="planned")
    assert fact_fits(q, {"LAO", "ASEAN"}, planned)
    occurred = Answer("q", "2024", {"text": said}, None, via="event", value="2024", status="occurred")
    assert not fact_fits(q, {"LAO", "ASEAN"}, occurred)
    done = analyse("Lào làm Chủ tịch ASEAN năm nào?")  # twin: no plan asked
    assert fact_fits(done, {"LAO", "ASEAN"}, occurred)


# --- a subject pointing back to the asked agreement, another named in passing (clauses.about_other) ----
EVIPA = "Hiệp định Bảo hộ đầu tư giữa Việt Nam và Liên minh châu Âu (EVIPA) là văn kiện quan trọng về đầu tư."
POINTING = {
    "evipa.txt": f"""HIỆP ĐỊNH BẢO HỘ ĐẦU TƯ VIỆT NAM – EU

{EVIPA}

Văn kiện này, được ký cùng với EVFTA, dự kiến có hiệu lực từ ngày 1/1/2026 khi tất cả các nước thành viên phê chuẩn.
""",
    "rcep.txt": """Các hiệp định thương mại khu vực

Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) được ký ngày 15/11/2020 theo hình thức trực tuyến.

Giống như CPTPP, Hiệp định có hiệu lực với Việt Nam từ ngày 1/1/2022.
""",
    "vkfta.txt": """Quan hệ kinh tế Việt Nam – Hàn Quốc

Hiệp định Thương mại tự do Việt Nam – Hàn Quốc (VKFTA) được ký ngày 5/5/2015 tại Hà Nội. Hiệp định, cũng như AKFTA, góp phần thúc đẩy thương mại song phương và có hiệu lực từ ngày 20/12/2015.
""",
}
# the agreement pointed back to is another one than the asked one told before it
ANOTHER = """Các hiệp định với châu Âu

Năm 2019, Việt Nam ký Hiệp định Bảo hộ đầu tư (EVIPA) với Liên minh châu Âu. Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh (UKVFTA) được ký ngày 29/12/2020.

Văn kiện này, cùng với EVFTA, có hiệu lực tạm thời từ ngày 31/12/2020.
"""


@pytest.fixture(scope="module")
def pointing_kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, POINTING, "pointing.sqlite")


@pytest.fixture(scope="module")
def another_kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"uk.txt": ANOTHER}, "another.sqlite")


@pytest.mark.parametrize(
    "question, expected",
    [
        ("EVIPA có hiệu lực từ khi nào?", "1/1/2026"),
        ("When will EVIPA enter into force?", "1 January 2026"),
        ("RCEP có hiệu lực với Việt Nam từ ngày nào?", "1/1/2022"),
        ("When did RCEP enter into force for Vietnam?", "1 January 2022"),
        ("VKFTA có hiệu lực từ ngày nào?", "20/12/2015"),
        ("When did the VKFTA enter into force?", "20 December 2015"),
    ],
)
def test_a_sentence_pointing_back_answers_for_the_asked_agreement(pointing_kb, question, expected) -> None:
    answer = pointing_kb.ask(question).to_dict()
    assert answer["answer"] is not None and expected in answer["answer"]


@pytest.mark.parametrize(
    "question, sibling, sibling_says",
    [
        # named in passing by a sentence about RCEP / VKFTA: not their dates
        (
            "CPTPP có hiệu lực với Việt Nam từ ngày nào?",
            "RCEP có hiệu lực với Việt Nam từ ngày nào?",
            "1/1/2022",
        ),
        ("AKFTA có hiệu lực từ ngày nào?", "VKFTA có hiệu lực từ ngày nào?", "20/12/2015"),
    ],
)
def test_an_agreement_named_in_passing_is_not_dated(pointing_kb, question, sibling, sibling_says) -> None:
    assert pointing_kb.ask(question).answer is None
    said = pointing_kb.ask(sibling).answer
    assert said is not None and sibling_says in said


def test_a_sentence_pointing_back_to_another_agreement(another_kb) -> None:
    for question in ("EVIPA có hiệu lực từ khi nào?", "When did EVIPA enter into force?"):
        assert another_kb.ask(question).answer is None  # "Văn kiện này" is the UKVFTA, told just before
    for question, says in (
        ("UKVFTA có hiệu lực từ ngày nào?", "31/12/2020"),  # twins
        ("When did UKVFTA enter into force?", "31 December 2020"),
    ):
        said = another_kb.ask(question).answer
        assert said is not None and says in said


_EVIPA_BEFORE = EVIPA + "\n\n"
_RCEP_BEFORE = "Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) được ký ngày 15/11/2020. "
_CPTPP_BEFORE = "Hiệp định CPTPP được ký ngày 8/3/2018 tại Chi-lê.\n\n"
_SIGNED_WITH = "Văn kiện này, được ký cùng với EVFTA, dự kiến có hiệu lực từ ngày 1/1/2026."


@pytest.mark.parametrize(
    "sentence, asked, before, other",
    [
        (_SIGNED_WITH, "EVIPA", _EVIPA_BEFORE, False),
        (
            "Giống như CPTPP, Hiệp định có hiệu lực với Việt Nam từ ngày 1/1/2022.",
            "RCEP",
            _RCEP_BEFORE,
            False,
        ),
        ("Hiệp định này có hiệu lực cùng ngày với AKFTA, tức ngày 1/1/2022.", "RCEP", _RCEP_BEFORE, False),
        ("Hiệp định, cũng như ATIGA, có hiệu lực từ ngày 1/1/2022.", "RCEP", _RCEP_BEFORE, False),
        # twins: pointing back to another; nothing before it; another as the subject or in its own clause
        (_SIGNED_WITH, "EVIPA", _CPTPP_BEFORE, True),
        (_SIGNED_WITH, "EVIPA", "", True),
        (
            "Giống như CPTPP, Hiệp định có hiệu lực với Việt Nam từ ngày 1/1/2022.",
            "CPTPP",
            _RCEP_BEFORE,
            True,
        ),
        ("EVFTA, cùng với văn kiện này, có hiệu lực từ ngày 1/8/2020.", "EVIPA", _EVIPA_BEFORE, True),
        (
            "Văn kiện này chưa có hiệu lực, trong khi EVFTA có hiệu lực từ ngày 1/8/2020.",
            "EVIPA",
            _EVIPA_BEFORE,
            True,
        ),
        ("Hiệp định này và EVFTA có hiệu lực từ ngày 1/8/2020.", "EVIPA", _EVIPA_BEFORE, True),
        ("Hiệp định EVFTA có hiệu lực từ ngày 1/8/2020.", "EVIPA", _EVIPA_BEFORE, True),
        ("Sau EVFTA, Hiệp định CPTPP có hiệu lực.", "EVIPA", _EVIPA_BEFORE, True),
    ],
)
def test_about_other_reads_the_subject(sentence: str, asked: str, before: str, other: bool) -> None:
    from doingoai.answer.clauses import points_back

    assert about_other(sentence, {asked}, before) is other
    if not other:  # the sentence stands for the asked agreement it points back to
        assert points_back(sentence, {asked}, before)
    elif before and asked not in sentence:
        assert not points_back(sentence, {asked}, before)
