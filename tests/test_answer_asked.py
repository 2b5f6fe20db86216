"""What the asked thing's evidence must say: nested names ("Hiệp ước bổ sung Hiệp ước ... năm 1985"),
years that name the thing in a date question, a month asked, negated questions, meetings held,
named things doingoai.question does not list ("quy chế nào"), people acting on behalf of a side.

Unit tests on sentences written here, a small knowledge base of documents written here (each with a
distractor that used to win or would win without the rule), and questions on the bundled samples."""

from __future__ import annotations

import pytest

import doingoai
from doingoai.answer import actors
from doingoai.answer.asked import (
    case_forms,
    contradicts,
    held_cue,
    month_ok,
    negation_at,
    negation_of,
    negation_ok,
    relation_words,
)
from doingoai.answer.extractors import find_date, find_name, find_place
from doingoai.answer.persons import find_person
from doingoai.question import analyse
from store_fixtures import ingested_kb


# --- nested names and the years that name a thing ---------------------------------------------
@pytest.mark.parametrize(
    "question, expected",
    [
        (
            "Hiệp ước bổ sung Hiệp ước hoạch định biên giới năm 1985 giữa Việt Nam và Campuchia được ký ngày nào?",
            ["bổ sung"],
        ),
        ("Nghị định thư sửa đổi Hiệp định tránh đánh thuế hai lần được ký khi nào?", ["sửa đổi"]),
        ("When was the supplementary treaty to the 1985 border treaty signed?", ["bổ sung"]),
        ("Hiệp định Paris năm 1973 được ký ngày nào?", []),
        ("Hội nghị Bộ trưởng phụ trách Thương mại APEC diễn ra ở đâu?", []),
        ("Hiệp định Thương mại Việt Nam – Hoa Kỳ được ký khi nào?", []),
    ],
)
def test_relation_words_of_a_nested_name(question, expected):
    assert relation_words(analyse(question)) == [case_forms(w) for w in expected]


def test_case_forms_cover_the_ways_a_text_capitalises():
    assert {"bổ sung", "Bổ sung", "Bổ Sung", "BỔ SUNG"} <= set(case_forms("bổ sung"))


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (
            "Hiệp ước bổ sung Hiệp ước năm 1985 được ký năm nào?",
            "Năm 2005, hai bên ký Hiệp ước bổ sung Hiệp ước năm 1985.",
            "2005",
        ),
        (
            "Đại hội năm 1986 bế mạc ngày nào?",
            "Đại hội năm 1986 bế mạc ngày 18/12/1986 tại Hà Nội.",
            "ngày 18/12/1986",
        ),
    ],
)
def test_a_year_naming_the_thing_is_not_its_date(question, sentence, expected):
    assert find_date(analyse(question), sentence, [])[0] == expected


def test_no_date_when_the_only_one_is_the_year_naming_the_thing():
    assert (
        find_date(
            analyse("Đại hội năm 1986 diễn ra khi nào?"), "Đại hội năm 1986 mở ra công cuộc đổi mới.", []
        )
        is None
    )


# --- a month asked --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question, expected",
    [
        ("Where was the meeting held in June 2006?", (2006, 6)),
        ("Hội nghị nào diễn ra tháng 6/2006?", (2006, 6)),
        ("Hội nghị nào diễn ra vào tháng 11 năm 2010?", (2010, 11)),
        ("Việt Nam gia nhập ASEAN năm nào?", None),
        ("Who visited Hanoi in 2017?", None),
    ],
)
def test_month_in_question(question, expected):
    assert analyse(question).month == expected


@pytest.mark.parametrize(
    "text, ok",
    [
        ("tại Thành phố Hồ Chí Minh ngày 1 – 2/6/2006", True),
        ("ngày 2/6/2006", True),
        ("vào tháng 6/2006", True),
        ("vào tháng 6 năm 2006", True),
        ("tháng 06/2006", True),
        ("tại Hà Nội ngày 18 – 19/11/2006", False),
        ("ngày 16/2006 là số văn bản", False),
        ("năm 2006", False),
    ],
)
def test_month_ok_reads_every_writing_of_the_month(text, ok):
    assert month_ok((2006, 6), text) is ok


# --- negation -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question, verbs",
    [
        ("Quốc hội Hoa Kỳ chưa thông qua quy chế nào cho Việt Nam?", ("thong",)),
        ("Việt Nam chưa gia nhập tổ chức nào?", ("gia",)),
        ("Nước nào không hề ký hiệp định?", ("ky",)),
        ("Which agreement has Vietnam not yet signed with India?", ("ky",)),
        ("Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an với bao nhiêu phiếu?", None),
        ("Phong trào Không liên kết được thành lập năm nào?", None),
        ("Hãng hàng không nào bay thẳng tới Hoa Kỳ?", None),
        ("Việt Nam có tham gia APEC không?", None),
        ("Việt Nam không chỉ hợp tác kinh tế mà còn hợp tác gì?", None),
    ],
)
def test_negation_in_question(question, verbs):
    neg = negation_of(analyse(question))
    assert (neg.verbs if neg else None) == verbs


def test_negation_ok_needs_the_same_negated_verb():
    neg = negation_of(analyse("Quốc hội chưa thông qua quy chế nào?"))
    assert negation_ok(neg, "Quốc hội Hoa Kỳ chưa thông qua việc dành Quy chế PNTR cho Việt Nam.")
    assert negation_ok(neg, "Dự luật vẫn chưa được thông qua.")
    assert not negation_ok(neg, "Quốc hội đã thông qua Quy chế PNTR.")
    assert not negation_ok(neg, "Quốc hội chưa phê chuẩn Hiệp định.")
    assert negation_ok(None, "anything")


def test_an_affirmative_question_is_contradicted_by_a_sentence_denying_its_verb():
    q = "Liên minh châu Âu đã công nhận quy chế nào cho Việt Nam?"
    assert contradicts(q, "Liên minh châu Âu chưa công nhận quy chế kinh tế thị trường (MES) cho Việt Nam.")
    assert not contradicts(q, "Liên minh châu Âu đã công nhận quy chế kinh tế thị trường cho Việt Nam.")
    both = "Năm 1990, EU chưa công nhận quy chế này; năm 2015, EU công nhận quy chế này cho Việt Nam."
    assert not contradicts(q, both)  # the sentence also says it did
    first = "Năm 2013, Việt Nam lần đầu trúng cử vào Hội đồng; trước đó, Việt Nam chưa từng là thành viên."
    assert not contradicts("Việt Nam lần đầu là thành viên Hội đồng năm nào?", first)  # a clause says it
    assert not contradicts(q, "Hai bên không ngừng công nhận thành quả.")  # no negated verb of the question


def test_the_name_after_the_negated_verb():
    s = "Một số nước chưa phê chuẩn Hiệp định ATIGA; ta chưa ký Hiệp định Thương mại tự do với Ấn Độ."
    q = analyse("Ta chưa ký hiệp định nào?")
    at = negation_at(negation_of(q), s)
    assert find_name(q, s, at)[0] == "Hiệp định Thương mại tự do với Ấn Độ"
    assert find_name(q, s)[0] == "Hiệp định ATIGA"


# --- meetings held, named things, abbreviations, places, people ----------------------------------
def test_held_cue_for_a_meeting_held():
    q = "Where was the APEC Ministers Responsible for Trade meeting held in June 2006?"
    assert held_cue(analyse(q), "Ta đã tổ chức thành công Hội nghị Bộ trưởng tại Thành phố Hồ Chí Minh.")
    assert held_cue(analyse("Hội nghị diễn ra ở đâu?"), "Hội nghị khai mạc tại Đà Nẵng.")
    assert not held_cue(analyse(q), "Hai bên ký Hiệp định tại Hà Nội.")
    assert not held_cue(analyse("Hiệp định được ký ở đâu?"), "Hội nghị được tổ chức tại Hà Nội.")


@pytest.mark.parametrize(
    "question, head",
    [
        ("Quốc hội Hoa Kỳ chưa thông qua quy chế nào cho Việt Nam?", "quy chế"),
        ("Việt Nam tham gia cơ chế hợp tác nào của ASEAN?", "cơ chế"),
        ("Which free trade agreement did the European Parliament ratify?", "agreement"),
        ("Which status has the US Congress not yet approved for Vietnam?", "status"),
        ("Liên minh châu Âu đã dành chế độ nào cho Việt Nam?", "chế độ"),
        ("Việt Nam gia nhập ASEAN năm nào?", None),
    ],
)
def test_asked_head(question, head):
    assert analyse(question).named_head == head


def test_a_name_ends_after_its_abbreviation_and_a_bare_head_refers_back():
    q = analyse("Hiệp định nào được phê chuẩn?")
    s = "Quốc hội chưa thông qua việc dành Quy chế Quan hệ thương mại bình thường vĩnh viễn (PNTR) cho Việt Nam."
    from dataclasses import replace

    assert (
        find_name(replace(q, head="quy chế"), s)[0]
        == "Quy chế Quan hệ thương mại bình thường vĩnh viễn (PNTR)"
    )
    back = "Nghị viện châu Âu phê chuẩn EVFTA; Hiệp định có hiệu lực từ ngày 01/8/2020."
    assert find_name(analyse("Hiệp định nào có hiệu lực từ ngày 01/8/2020?"), back)[0] == "EVFTA"
    assert find_name(q, "Hai bên đàm phán; hiệp định này có hiệu lực.") is None


def test_place_keeps_thanh_pho_of_a_city_name():
    q = analyse("Hội nghị được tổ chức ở đâu?")
    s = "Ta đã tổ chức thành công Hội nghị Bộ trưởng tại Thành phố Hồ Chí Minh ngày 1 – 2/6/2006."
    assert find_place(q, s)[0] == "Thành phố Hồ Chí Minh"
    assert find_place(q, "Hội nghị diễn ra tại thủ đô Hà Nội.")[0] == "Hà Nội"
    assert find_place(q, "Hội nghị diễn ra tại thành phố Đà Nẵng.")[0] == "Đà Nẵng"


def test_the_person_acting_on_behalf_of_the_asked_side():
    s = (
        "Thứ trưởng Bộ Tài chính Đỗ Hoàng Anh Tuấn ký thay mặt Chính phủ Việt Nam; "
        "Đại sứ Nhật Bản Ya-ta-ni Ma-sa-hi-cô ký thay mặt Chính phủ Nhật Bản."
    )
    q = analyse("Ai ký thay mặt Chính phủ Việt Nam?")
    assert find_person(q, s, [], frozenset({"VNM"}))[0] == "Đỗ Hoàng Anh Tuấn"
    assert find_person(q, s, [], frozenset({"JPN"}))[0] == "Ya-ta-ni Ma-sa-hi-cô"


def test_an_official_named_after_of_and_the_body_is_a_person_of_that_body():
    s = (
        "Hôm nay, Bộ trưởng Ngoại giao Phạm Bình Minh và Đại diện cấp cao về chính sách đối ngoại của "
        "Liên minh châu Âu Catherine Ashton đã ký Hiệp định khung."
    )
    q = analyse("Who signed the agreement on behalf of the European Union?")
    assert find_person(q, s, [], frozenset({"EU"}))[0] == "Catherine Ashton"


def test_a_term_the_question_names_is_not_the_date_asked():
    q = analyse("When was Vietnam elected to the Security Council for 2008–2009?")
    s = "Ngày 16/10/2007, Việt Nam được bầu vào Hội đồng Bảo an nhiệm kỳ 2008 – 2009 với 183/190 phiếu."
    assert find_date(q, s, ["bau"])[0] == "Ngày 16/10/2007"


def test_country_adjectives_name_the_country_only_for_its_side():
    assert "JPN" in actors.codes_in("Who signed on behalf of the Japanese government?")
    assert "EU" not in actors.codes_in("When did the European Parliament ratify the EVFTA?")


# --- a knowledge base written for these tests --------------------------------------------------
DOCS = {
    "bao-cao-2010.txt": (
        "BÁO CÁO CÔNG TÁC ĐỐI NGOẠI NĂM 2010\n\n"
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n\n"
        "+ Ta đã tổ chức thành công Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) lần thứ nhất tại Hà Nội "
        "ngày 12/10/2010.\n\n"
        "+ Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 42 diễn ra tại Đà Nẵng ngày 24 – 25/8/2010.\n\n"
        "+ Quốc hội đã phê chuẩn Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản (VJEPA).\n\n"
        "+ Liên minh châu Âu đã dành Chế độ ưu đãi thuế quan phổ cập (GSP) cho hàng hóa Việt Nam.\n\n"
        "- Tồn tại: một số nước thành viên chưa phê chuẩn Hiệp định Thương mại hàng hóa ASEAN (ATIGA); "
        "ta chưa ký Hiệp định Thương mại tự do song phương với Ấn Độ.\n\n"
        "- Liên minh châu Âu chưa công nhận quy chế kinh tế thị trường (MES) cho Việt Nam.\n"
    ),
    "tin-nghi-dinh-thu.txt": (
        "Việt Nam và Nhật Bản ký Nghị định thư sửa đổi Hiệp định tránh đánh thuế hai lần\n\n"
        "Hà Nội, 15/3/2012 – Hôm nay, Việt Nam và Nhật Bản đã ký Nghị định thư sửa đổi Hiệp định năm 1995.\n\n"
        "Thứ trưởng Bộ Tài chính Đỗ Hoàng Anh Tuấn ký thay mặt Chính phủ Việt Nam; Đại sứ Nhật Bản Ya-ta-ni "
        "Ma-sa-hi-cô ký thay mặt Chính phủ Nhật Bản.\n\n"
        "Ngày 24/10/1995, hai nước ký Hiệp định tránh đánh thuế hai lần tại Hà Nội.\n"
    ),
    "viet-nam-hdnq.txt": (
        "Việt Nam với các cơ quan của Liên Hợp Quốc\n\n"
        "Ngày 16/10/2007, Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ "
        "2008 – 2009 với 183/190 phiếu.\n\n"
        "Ngày 12/11/2013, Việt Nam trúng cử thành viên Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2014 – 2016 "
        "với 184/192 phiếu.\n\n"
        "Việt Nam tiếp tục ứng cử thành viên Hội đồng Nhân quyền nhiệm kỳ 2023 – 2025.\n\n"
        "Năm 1997, Việt Nam và Ấn Độ ký Hiệp định khuyến khích và bảo hộ đầu tư.\n"
    ),
}


@pytest.fixture(scope="module")
def written_kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, DOCS, "asked.sqlite")


@pytest.mark.parametrize(
    "question, answer, doc",
    [
        # a meeting held in a month, English: not the October meeting in Hà Nội
        (
            "Where was the ASEAN Economic Ministers meeting held in August 2010?",
            "Đà Nẵng",
            "bao-cao-2010.txt",
        ),
        # negated: not the agreement ratified
        (
            "Hiệp định nào một số nước thành viên ASEAN chưa phê chuẩn?",
            "Hiệp định Thương mại hàng hóa ASEAN (ATIGA)",
            "bao-cao-2010.txt",
        ),
        # negated, English: the agreement after "chưa ký", not the one signed in 1997 nor the one not ratified
        (
            "Which agreement has Vietnam not yet signed with India?",
            "Hiệp định Thương mại tự do song phương",
            "bao-cao-2010.txt",
        ),
        # negated "quy chế nào": not the GSP the EU did grant
        (
            "Liên minh châu Âu chưa công nhận quy chế nào cho Việt Nam?",
            "quy chế kinh tế thị trường (MES)",
            "bao-cao-2010.txt",
        ),
        # the same, English: "status" is "quy chế"
        (
            "Which status has the European Union not yet recognised for Vietnam?",
            "quy chế kinh tế thị trường (MES)",
            "bao-cao-2010.txt",
        ),
        # affirmative "chế độ nào": the GSP granted, not the MES not recognised
        (
            "Liên minh châu Âu đã dành chế độ nào cho hàng hóa Việt Nam?",
            "Chế độ ưu đãi thuế quan phổ cập (GSP)",
            "bao-cao-2010.txt",
        ),
        # who signed on behalf of whom
        ("Ai ký Nghị định thư thay mặt Chính phủ Việt Nam?", "Đỗ Hoàng Anh Tuấn", "tin-nghi-dinh-thu.txt"),
        (
            "Who signed the protocol on behalf of the Japanese government?",
            "Ya-ta-ni Ma-sa-hi-cô",
            "tin-nghi-dinh-thu.txt",
        ),
        # how many votes, which term: the Human Rights Council, not the Security Council nor 2023 – 2025
        ("Việt Nam trúng cử Hội đồng Nhân quyền với bao nhiêu phiếu?", "184/192", "viet-nam-hdnq.txt"),
        (
            "For which term was Vietnam elected to the Human Rights Council in 2013?",
            "2014 – 2016",
            "viet-nam-hdnq.txt",
        ),
    ],
)
def test_written_kb_answers(written_kb, question, answer, doc):
    ans = written_kb.ask(question).to_dict()
    assert ans["answer"] and answer in ans["answer"], ans
    assert ans["evidence"]["doc"] == doc


@pytest.mark.parametrize(
    "question",
    [
        "Nghị định thư sửa đổi Hiệp định tránh đánh thuế hai lần năm 1995 giữa Việt Nam và Nhật Bản được ký ngày nào?",
        "When was the protocol amending the 1995 double taxation agreement between Vietnam and Japan signed?",
    ],
)
def test_a_nested_name_is_answered_from_its_own_sentence(written_kb, question):
    """The protocol of 2012, not the 1995 agreement it amends (whose year the question writes)."""
    ans = written_kb.ask(question).to_dict()
    assert "15/3/2012" in ans["evidence"]["text"] and "2012" in ans["answer"], ans


@pytest.mark.parametrize(
    "question",
    [
        # no amendment of the 1997 agreement in the text: its own date is no answer
        "Nghị định thư sửa đổi Hiệp định khuyến khích và bảo hộ đầu tư năm 1997 giữa Việt Nam và Ấn Độ được ký ngày nào?",
        # no meeting held in March 2010
        "Where was the ASEAN Economic Ministers meeting held in March 2010?",
        # nothing the EU has not granted besides MES, and no "chưa dành"
        "Liên minh châu Âu chưa dành chế độ ưu đãi nào cho Việt Nam?",
    ],
)
def test_written_kb_no_answer_without_support(written_kb, question):
    ans = written_kb.ask(question).to_dict()
    assert ans["answer"] is None, ans


# --- questions of our own on the bundled samples ----------------------------------------------
@pytest.fixture(scope="module")
def samples_kb(tmp_path_factory, samples):
    path = tmp_path_factory.mktemp("kb") / "samples.sqlite"
    with doingoai.open(path) as kb:
        assert not kb.ingest([samples]).errors
    kb = doingoai.open(path)
    yield kb
    kb.close()


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Việt Nam chưa gia nhập tổ chức nào?", "Tổ chức Hiệp ước Bắc Đại Tây Dương"),
        ("Which free trade agreement did the European Parliament ratify in 2020?", "EVFTA"),
        ("Hiệp định nào có hiệu lực từ ngày 01/8/2020?", "EVFTA"),
        ("Which Vietnamese leader visited China in November 1991?", "Đỗ Mười"),
        ("Hiệp định nào được ký tại Chi-lê?", "CPTPP"),
        ("Where was the EVFTA signed?", "Hà Nội"),
    ],
)
def test_own_questions_on_the_samples(samples_kb, question, answer):
    ans = samples_kb.ask(question).to_dict()
    assert ans["answer"] and answer in ans["answer"], ans
    stored = samples_kb.document(ans["evidence"]["doc"])
    assert stored["text"][ans["evidence"]["start"] : ans["evidence"]["end"]] == ans["evidence"]["text"]


def test_a_year_in_the_name_of_the_treaty_on_the_samples(samples_kb):
    ans = samples_kb.ask("Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào năm 1977 được ký ngày nào?").to_dict()
    assert (
        ans["answer"] in ("1977-07-18", "18/7/1977", "Ngày 18/7/1977")
        and "18/7/1977" in ans["evidence"]["text"]
    ), ans


def test_a_negated_question_is_answered_by_the_negated_sentence_itself(samples_kb):
    """Not the section after it: the sentence says there is no such alliance."""
    ans = samples_kb.ask("Việt Nam không tham gia liên minh nào?").to_dict()
    assert "không tham gia liên minh quân sự" in ans["evidence"]["text"], ans


def test_no_place_for_an_agreement_whose_sentence_names_none(samples_kb):
    """RCEP's sentence names no place; the CPTPP's "tại Chi-lê" is another agreement's."""
    assert samples_kb.ask("Where did Vietnam chair the signing of the RCEP?").answer is None


def test_a_denial_is_no_span_for_an_affirmative_question(written_kb):
    """ "đã công nhận quy chế nào?" where the text says "chưa công nhận": the sentence, never the name
    as if it had been recognised."""
    ans = written_kb.ask("Liên minh châu Âu đã công nhận quy chế nào cho Việt Nam?").to_dict()
    assert ans["via"] != "text" and (ans["answer"] is None or "chưa công nhận" in ans["answer"]), ans
