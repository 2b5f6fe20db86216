"""Kinds of question answered by construction: a level of relations named, a meeting named in
English (its place spelled the Vietnamese way, a range of days), "where" about an activity between
states (a forum), "how many votes" (a vote count).

Unit tests on sentences written here, and a small knowledge base of documents written here, each
with a distractor: a later level, a summit in another city, a city named beside the activity, other
numbers in the election sentence."""

from __future__ import annotations

import pytest

from doingoai.answer import actors
from doingoai.answer.asked import does_activity, level_ok
from doingoai.answer.context import analyse_question
from doingoai.answer.extractors import find_date, find_number
from doingoai.answer.places import places_in, strip_places
from doingoai.answer.terms import content_terms, search_query
from doingoai.answer.venues import find_venue
from doingoai.fold import fold
from doingoai.question import Wants, analyse
from doingoai.question_cues import relation_levels
from store_fixtures import ingested_kb


# --- levels of relations -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("nâng quan hệ lên Đối tác chiến lược khi nào?", [{"chien luoc"}]),
        ("hai bên nâng quan hệ lên Đối tác Chiến lược Toàn diện.", [{"chien luoc", "toan dien"}]),
        (
            "When did they upgrade ties to a comprehensive strategic partnership?",
            [{"chien luoc", "toan dien"}],
        ),
        ("xác lập quan hệ Đối tác hợp tác chiến lược toàn diện", [{"hop tac", "chien luoc", "toan dien"}]),
        ("Đối tác chiến lược sâu rộng vì hòa bình", [{"chien luoc", "sau rong"}]),
        ("quan hệ đặc biệt Việt Nam – Lào", [{"dac biet"}]),
        ("the special relationship between the two parties", [{"dac biet"}]),
        ("quan hệ hợp tác nhiều mặt", []),  # no level
        ("ký Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương", []),  # an agreement's name
        ("Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương có hiệu lực", []),
        ("Hiệp định Đối tác Kinh tế Toàn diện Khu vực", []),
        ("When did Vietnam and Japan become strategic partners?", [{"chien luoc"}]),
        # the level relations were raised from is not the sentence's level
        (
            "nâng quan hệ từ Đối tác chiến lược lên Đối tác chiến lược toàn diện",
            [{"chien luoc", "toan dien"}],
        ),
        ("upgraded ties from a strategic partnership to a comprehensive one", []),
        ("Từ Đối tác toàn diện lên Đối tác chiến lược", [{"chien luoc"}]),
    ],
)
def test_relation_levels_are_sets_of_modifiers(text, expected):
    assert [set(x) for x in relation_levels(fold(text))] == expected


@pytest.mark.parametrize(
    "question, sentence, ok",
    [
        ("Việt Nam và Nhật Bản nâng quan hệ lên Đối tác chiến lược khi nào?", "Năm 2009, hai nước nâng quan hệ lên Đối tác chiến lược.", True),
        ("Việt Nam và Nhật Bản nâng quan hệ lên Đối tác chiến lược khi nào?", "Tháng 11/2023, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện.", False),
        ("Việt Nam và Nhật Bản nâng quan hệ lên Đối tác chiến lược khi nào?", "Năm 2014, hai nước nâng quan hệ lên Đối tác chiến lược sâu rộng.", False),
        ("Việt Nam và Nhật Bản nâng quan hệ lên Đối tác chiến lược khi nào?", "Năm 2009, hai nước ký thỏa thuận.", False),
        ("When did Vietnam and Japan establish a comprehensive strategic partnership?", "Tháng 11/2023, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện.", True),
        ("When did Vietnam and Japan establish a comprehensive strategic partnership?", "Năm 2009, hai nước nâng quan hệ lên Đối tác chiến lược.", False),
        ("Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao khi nào?", "Năm 2009, hai nước nâng quan hệ lên Đối tác chiến lược.", True),
        ("Việt Nam và Nhật Bản nâng quan hệ lên Đối tác chiến lược khi nào?", "Năm 2023, hai nước nâng quan hệ từ Đối tác chiến lược lên Đối tác chiến lược toàn diện.", False),
    ],
)  # fmt: skip
def test_evidence_names_exactly_the_level_asked(question, sentence, ok):
    assert level_ok(analyse(question), sentence) is ok


# --- a meeting named in English ----------------------------------------------------------------
def test_english_places_reach_their_vietnamese_spelling():
    # (the spellings are the gazetteer's places since session 7: the Vietnamese name first, the English kept)
    found = dict(places_in("Was the summit held in Washington or New York?"))
    assert set(found) == {"Washington", "New York"}
    assert found["Washington"][:2] == ("Oa-sinh-tơn", "Washington")
    assert found["New York"][:2] == ("Niu Oóc", "New York")
    assert places_in("washington state of mind") == ()  # names are matched as written
    assert "Moscow" not in strip_places("talks in Moscow")
    q = analyse_question("When was the G7 Summit held in Hiroshima?")
    assert ("hi ro si ma", "hiroshima", "hirosima") in content_terms(q, set())  # (and the joined "Hirôsima")
    assert "Hi-rô-si-ma" in search_query(q, set())


@pytest.mark.parametrize(
    "question, concept",
    [
        ("Which hospital did Cuba help Vietnam build?", ("benh vien",)),
        ("Which hospital did Cuba help Vietnam build?", ("xay dung",)),
        ("When was the ASEAN Summit held online?", ("truc tuyen",)),
        ("Where do Vietnam and Laos cooperate?", ("hop tac", "phoi hop")),
        ("Which law commission did Vietnam join?", ("uy ban",)),
    ],
)
def test_english_words_of_meetings_and_activities_reach_vietnamese(question, concept):
    q = analyse_question(question)
    assert any(set(concept) <= set(c) for c in content_terms(q, actors.codes_in(q.text)))


def test_english_short_forms_name_their_actor():
    assert "USA" in actors.codes_in("When was the ASEAN – US Special Summit held?")
    assert "USA" not in actors.codes_in("Tell us when it was held")


def test_english_question_searches_with_the_vietnamese_names_of_its_actors():
    q = analyse_question("When did Vietnam and New Zealand upgrade their relations?")
    assert "Niu Di-lân" in search_query(q, actors.codes_in(q.text))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Từ ngày 19 đến 21/5/2023, Thủ tướng dự Hội nghị Thượng đỉnh G7 mở rộng.", "ngày 19 đến 21/5/2023"),
        ("Hội nghị diễn ra từ 30/4 đến ngày 2/5/2019 tại Hà Nội.", "30/4 đến ngày 2/5/2019"),
        ("Hội nghị diễn ra ngày 8 – 9/4/2010.", "ngày 8 – 9/4/2010"),
        ("Hội nghị diễn ra ngày 8 và 9/4/2010.", "ngày 8 và 9/4/2010"),
    ],
)
def test_a_range_of_days_keeps_both_days(sentence, expected):
    q = analyse("Hội nghị diễn ra ngày nào?")
    assert find_date(q, sentence, [])[0] == expected


def test_attending_a_meeting_names_where_it_was_held():
    from doingoai.answer.asked import held_cue

    q = analyse("Which city hosted the G7 Summit?")
    assert held_cue(q, "Thủ tướng dự Hội nghị Thượng đỉnh G7 mở rộng tại Hi-rô-si-ma.")
    assert held_cue(q, "Đoàn tham dự Hội nghị tại Hi-rô-si-ma.")
    assert not held_cue(q, "Dự án được triển khai tại Hi-rô-si-ma.")  # "dự án" is a project


# --- "where" about an activity between states --------------------------------------------------
@pytest.mark.parametrize(
    "question, activity",
    [
        ("Where do Vietnam and Cuba coordinate?", ("phoi hop",)),
        ("Việt Nam và Cu-ba thường xuyên phối hợp ở đâu?", ("phoi hop",)),
        ("Where do the two countries support each other?", ("ung ho", "ho tro")),
        ("Where was the treaty signed?", ()),
        ("In which city do Vietnam and Cuba coordinate?", ()),  # a city is asked
        ("Việt Nam và Cu-ba phối hợp khi nào?", ()),  # not "where"
        ("Diễn đàn Hợp tác Á – Âu được tổ chức ở đâu?", ()),  # a meeting held: a city
        ("Where did Vietnam and Cuba sign the cooperation agreement?", ()),  # an event kind asked
    ],
)
def test_activity_asked_where(question, activity):
    assert analyse(question).activity == activity


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Hai nước phối hợp chặt chẽ trên các diễn đàn đa phương như Liên Hợp Quốc, ASEAN và Phong trào Không liên kết.",
            "Liên Hợp Quốc, ASEAN và Phong trào Không liên kết",
        ),
        ("Hai bên phối hợp chặt chẽ tại các diễn đàn đa phương.", "các diễn đàn đa phương"),
        ("Hai nước phối hợp tại Liên minh châu Âu và các diễn đàn khác.", "Liên minh châu Âu"),
        ("Hai nước phối hợp tại Diễn đàn Hợp tác Á – Âu (ASEM).", "Diễn đàn Hợp tác Á – Âu (ASEM)"),
        ("Hai nước phối hợp tại Quỹ Tiền tệ quốc tế (IMF) và WTO.", "Quỹ Tiền tệ quốc tế (IMF) và WTO"),
        ("Đại sứ quán tại La Ha-ba-na tổ chức chiêu đãi.", None),  # no activity: no venue
        ("Cu-ba phối hợp với Việt Nam tại Việt Nam.", None),  # the question's own actors
    ],
)
def test_venue_after_the_activity(sentence, expected):
    q = analyse_question("Where do Vietnam and Cuba coordinate?")
    found = find_venue(q, sentence, {"VNM", "CUB"})
    assert (found[0] if found else None) == expected
    if found:
        assert sentence[found[1] : found[2]] == found[0]


def test_a_sentence_naming_a_city_does_not_say_the_activity():
    q = analyse_question("Where do Vietnam and Cuba coordinate?")
    assert not does_activity(q, "Đại sứ quán Việt Nam tại La Ha-ba-na tổ chức chiêu đãi.")
    assert does_activity(q, "Hai nước thường xuyên phối hợp tại Liên Hợp Quốc.")
    assert does_activity(analyse("Where was the treaty signed?"), "Đại sứ quán tại La Ha-ba-na.")


# --- how many votes ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (
            "How many votes did Vietnam receive?",
            "Ngày 7/6/2019, Việt Nam trúng cử Hội đồng Bảo an nhiệm kỳ 2020 – 2021 với 192/193 phiếu.",
            "192/193",
        ),
        (
            "Việt Nam được bao nhiêu phiếu?",
            "Ngày 12/11/2021, Việt Nam trúng cử Ủy ban Luật pháp quốc tế nhiệm kỳ 2023 – 2027 với 162 phiếu.",
            "162",
        ),
        (
            "How many votes did the candidate get?",
            "Trong số 34 ứng viên, ông được 162 phiếu.",
            "162",
        ),
    ],
)
def test_votes_are_a_vote_count(question, sentence, expected):
    q = analyse(question)
    assert q.wants is Wants.NUMBER and q.asks_votes
    assert find_number(q, sentence, [])[0] == expected


# --- a knowledge base written for these tests --------------------------------------------------
DOCS = {
    "viet-nhat.txt": (
        "Quan hệ Việt Nam – Nhật Bản: các nấc thang\n\n"
        "Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao ngày 21/9/1973.\n\n"
        "Tháng 4/2009, hai nước nâng quan hệ lên Đối tác chiến lược vì hòa bình và phồn vinh ở châu Á.\n\n"
        "Tháng 3/2014, hai bên nâng quan hệ lên Đối tác chiến lược sâu rộng.\n\n"
        "Tháng 11/2023, Việt Nam và Nhật Bản nâng quan hệ lên Đối tác chiến lược toàn diện.\n"
    ),
    "hoi-nghi-2023.txt": (
        "Hoạt động đối ngoại cấp cao năm 2023\n\n"
        "Từ ngày 19 đến 21/5/2023, Thủ tướng dự Hội nghị Thượng đỉnh G7 mở rộng tại Hi-rô-si-ma (Nhật Bản).\n\n"
        "Tháng 11/2023, Chủ tịch nước dự Hội nghị Cấp cao APEC tại Xan Phran-xi-xcô (Hoa Kỳ).\n"
    ),
    "viet-cuba.txt": (
        "Việt Nam – Cu-ba: tình đoàn kết đặc biệt\n\n"
        "Việt Nam và Cu-ba thiết lập quan hệ ngoại giao ngày 2/12/1960.\n\n"
        "Đại sứ quán Việt Nam tại La Ha-ba-na tổ chức lễ kỷ niệm 60 năm quan hệ hai nước.\n\n"
        "Hai nước thường xuyên phối hợp, ủng hộ lẫn nhau tại Liên Hợp Quốc và Phong trào Không liên kết.\n"
    ),
    "ung-cu.txt": (
        "Việt Nam ứng cử vào các cơ quan của Liên Hợp Quốc\n\n"
        "Đại hội đồng Liên Hợp Quốc có 193 nước thành viên.\n\n"
        "Ngày 12/11/2021, đại diện Việt Nam trúng cử Ủy ban Luật pháp quốc tế nhiệm kỳ 2023 – 2027 với 162 "
        "phiếu, cao nhất nhóm châu Á – Thái Bình Dương.\n"
    ),
}


@pytest.fixture(scope="module")
def kinds_kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, DOCS, "kinds.sqlite")


@pytest.mark.parametrize(
    "question, answer, doc",
    [
        ("Việt Nam và Nhật Bản nâng quan hệ lên Đối tác chiến lược khi nào?", "4/2009", "viet-nhat.txt"),
        (
            "Việt Nam và Nhật Bản nâng quan hệ lên Đối tác chiến lược sâu rộng khi nào?",
            "3/2014",
            "viet-nhat.txt",
        ),
        (
            "When did Vietnam and Japan upgrade their relations to a comprehensive strategic partnership?",
            "November 2023",
            "viet-nhat.txt",
        ),
        ("When was the G7 Summit held in Hiroshima?", "19–21 May 2023", "hoi-nghi-2023.txt"),
        ("When was the expanded G7 Summit held in Hiroshima?", "19–21 May 2023", "hoi-nghi-2023.txt"),
        ("When was the APEC Summit held in San Francisco?", "November 2023", "hoi-nghi-2023.txt"),
        ("Which city hosted the expanded G7 Summit?", "Hi-rô-si-ma", "hoi-nghi-2023.txt"),
        ("Where do Vietnam and Cuba support each other?", "Liên Hợp Quốc", "viet-cuba.txt"),
        ("Where do Vietnam and Cuba regularly coordinate?", "Liên Hợp Quốc", "viet-cuba.txt"),
        ("Việt Nam và Cu-ba phối hợp ở đâu?", "Liên Hợp Quốc", "viet-cuba.txt"),
        (
            "How many votes did Vietnam receive in the election to the International Law Commission?",
            "162",
            "ung-cu.txt",
        ),
        ("Việt Nam trúng cử Ủy ban Luật pháp quốc tế với bao nhiêu phiếu?", "162", "ung-cu.txt"),
    ],
)
def test_answers_from_written_documents(kinds_kb, question, answer, doc):
    got = kinds_kb.ask(question)
    assert got.answer is not None and answer in got.answer, (got.answer, got.evidence)
    assert got.evidence["doc"] == doc


def test_where_they_coordinate_is_not_the_embassy_city(kinds_kb):
    got = kinds_kb.ask("Where do Vietnam and Cuba regularly coordinate?")
    assert "Ha-ba-na" not in (got.answer or "")
    assert "phối hợp" in got.evidence["text"]


def test_long_names_match_whatever_the_case_of_their_later_words():
    from doingoai.answer.terms import contains_all, required_actors

    required = required_actors({"ILC"})
    assert contains_all(required, "Việt Nam trúng cử Ủy ban Luật pháp quốc tế năm 2021.")
    assert contains_all(required, "Việt Nam trúng cử Ủy ban Luật pháp Quốc tế năm 2021.")
    assert not contains_all(required, "ủy ban luật pháp quốc tế")  # the first letter stays exact
    assert not contains_all(required_actors({"FRA"}), "pháp luật")  # a one-word name stays exact
