"""Answers on the layouts real documents have, and questions whose "first" is no ordinal.

* One sentence a line (Word exports, news): a one-sentence paragraph is not a heading; the answer
  is that sentence, never the lines after it. Only a heading, a sentence ending in ":" or a
  paragraph followed by an enumeration ("Trước hết, ...") introduces what follows.
* "ai" / "who" with no person in the text: the states or bodies acting, from the events.
* "lần đầu" / "first" as an adverb prefers the earliest; "the first summit", "thành viên đầu tiên",
  "lần thứ nhất" require the 1st.

Documents written here."""

from __future__ import annotations

import pytest

import doingoai
from doingoai.question import analyse

NEWS = """QUAN HỆ VIỆT NAM – Ô-XTRÂY-LI-A

Năm 1973, Việt Nam và Ô-xtrây-li-a thiết lập quan hệ ngoại giao.
Năm 2018, hai nước nâng cấp quan hệ lên Đối tác chiến lược.
Năm 1991, Thụy Điển viện trợ cho Việt Nam xây dựng bệnh viện nhi.
Năm 2003, Ô-xtrây-li-a viện trợ cho Việt Nam chương trình học bổng.
Năm 2017, Việt Nam đăng cai Hội nghị Cấp cao APEC lần thứ hai tại Đà Nẵng.
Năm 2006, Việt Nam đăng cai Hội nghị Cấp cao APEC tại Hà Nội.
"""

ARTICLE = """HỢP TÁC KINH TẾ VIỆT NAM – THỤY ĐIỂN

Tóm tắt: Bài viết đánh giá hợp tác kinh tế giữa Việt Nam và Thụy Điển.

1. Kết quả

Hai nước ký Hiệp định hợp tác phát triển năm 1994. Thụy Điển là nhà tài trợ lớn của Việt Nam trong nhiều năm.

2. Hạn chế

Bên cạnh kết quả đạt được, hợp tác kinh tế giữa hai nước còn bộc lộ một số hạn chế.

Trước hết, kim ngạch thương mại song phương còn nhỏ so với tiềm năng của hai nền kinh tế.

Thứ hai, đầu tư của doanh nghiệp hai nước còn phân tán và quy mô nhỏ.
"""


@pytest.fixture(scope="module")
def layout_kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("layout")
    (folder / "tin-ngan.txt").write_text(NEWS, encoding="utf-8")
    (folder / "bai-viet.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path_factory.mktemp("kb") / "layout.sqlite"
    with doingoai.open(path) as kb:
        assert not kb.ingest([folder]).errors
    kb = doingoai.open(path)
    yield kb
    kb.close()


def test_one_sentence_a_line_is_answered_from_its_own_sentence(layout_kb):
    ans = layout_kb.ask("Ai viện trợ cho Việt Nam năm 1991?")
    assert ans.via != "section"
    assert ans.answer == "Thụy Điển"
    assert ans.evidence["text"].startswith("Năm 1991, Thụy Điển viện trợ")


def test_who_without_a_person_is_the_state_acting(layout_kb):
    ans = layout_kb.ask("Who gave aid to Vietnam in 2003?")
    assert ans.via == "event" and ans.answer == "Australia"
    assert "2003" in ans.evidence["text"]


def test_an_enumeration_after_a_paragraph_is_its_section(layout_kb):
    ans = layout_kb.ask("Hợp tác kinh tế giữa hai nước còn những hạn chế gì?")
    assert ans.via == "section"
    assert "kim ngạch thương mại" in ans.answer and "phân tán" in ans.answer


@pytest.mark.parametrize(
    "question, year",
    [
        ("Việt Nam lần đầu đăng cai APEC năm nào?", "2006"),  # no sentence says "lần đầu": the earliest
        ("When did Vietnam first host the APEC summit?", "2006"),
        ("When did Vietnam first establish diplomatic relations with Australia?", "1973"),
        ("Việt Nam đăng cai Hội nghị Cấp cao APEC lần thứ hai năm nào?", "2017"),  # an ordinal required
    ],
)
def test_first_as_an_adverb_prefers_the_earliest(layout_kb, question, year):
    ans = layout_kb.ask(question)
    assert ans.answer and year in ans.answer, ans.to_dict()
    assert year in ans.evidence["text"]


# --- the question analysis --------------------------------------------------------------------
@pytest.mark.parametrize(
    "question, ordinals, earliest",
    [
        ("When did Vietnam first establish relations with the United States?", set(), True),
        ("Việt Nam lần đầu đăng cai APEC năm nào?", set(), True),
        ("When did Vietnam host APEC for the first time?", set(), True),
        ("When was the first ASEAN summit held?", {1}, False),
        ("What was Vietnam's first free trade agreement?", {1}, False),
        ("Việt Nam là thành viên đầu tiên của tổ chức nào?", {1}, False),
        ("Hội nghị lần thứ nhất diễn ra ở đâu?", {1}, False),
        ("Hội nghị lần thứ hai năm nào?", {2}, False),  # "năm" is the year, not "five"
        ("the 16th summit and the fifth meeting", {16, 5}, False),
    ],
)
def test_first_is_an_ordinal_only_before_a_noun(question, ordinals, earliest):
    q = analyse(question)
    assert q.ordinals == ordinals and q.earliest is earliest


@pytest.mark.parametrize(
    "question, fields",
    [
        ("Ai viện trợ cho Việt Nam?", {"who": True, "asks_person": True, "asks_countries": False}),
        ("Which prime minister visited Hanoi?", {"who": False, "asks_person": True}),
        ("Những nước láng giềng nào ủng hộ?", {"asks_state": True, "asks_body": False, "plural": True}),
        ("Đảng nào ra tuyên bố?", {"asks_body": True, "asks_state": False, "plural": False}),
        ("Which organisations admitted Vietnam?", {"asks_body": True, "plural": True}),
        ("What is the theme of the summit?", {"asks_theme": True, "plural": False}),
        ("Hội nghị diễn ra ngày nào?", {"asks_day": True, "asks_month": False, "asks_held": True}),
        ("Việt Nam được bao nhiêu phiếu?", {"asks_votes": True, "asks_percent": False}),
        ("Việt Nam trúng cử phiên họp khóa mấy?", {"asks_ordinal": "khóa"}),
        ("Quốc hội chưa thông qua quy chế nào?", {"named_head": "quy chế"}),
        (
            "Hiệp ước bổ sung Hiệp ước năm 1985 được ký khi nào?",
            {"relations": ("bổ sung",), "years": ("1985",)},
        ),
        ("Which treaty has Vietnam not yet signed?", {"negated": ("en", ("signed",))}),
        ("Where was the meeting held in June 2006?", {"month": (2006, 6), "asks_sea": False}),
    ],
)
def test_question_features_are_read_once(question, fields):
    q = analyse(question)
    assert {k: getattr(q, k) for k in fields} == fields


@pytest.mark.parametrize(
    "question, kind",
    [
        ("Việt Nam được kết nạp vào ASEAN năm nào?", "membership.join"),
        ("When was Vietnam admitted to the United Nations?", "membership.join"),
        ("Quốc hội thông qua hiệp định năm nào?", "agreement.ratify"),
    ],
)
def test_kind_cues_include_admission_and_approval(question, kind):
    assert kind in analyse(question).kinds
