"""A ninth construction grid for the events stage (issue 3), built from the constructions heldout9 missed, each
with its negative twin: question-and-answer pages (an answer's unnamed body or organisation comes from its
question, or from the page's title; the question states no event), coordinated terms of one election with their
votes, a standing membership dated by "từ", a protest whose target is the owner of the act condemned (that act no
event of its own; a characterisation of the protest no new protest), a titled foreign leader named by surname
alone, the passive "được đại diện X ký", a coordination whose purpose is a later signing, and a second project aided
by "nước này" (a foreign country). Sentences written for these tests with other countries, dates and bodies; whole
pipeline. The rules are in docs/decisions.md ("Construction grid, ninth round").

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A
NEGATED case passes when no event of its kind is asserted as having happened (occurred or ongoing).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)
PK_TITLE = "Hỏi – đáp: Việt Nam tham gia hoạt động gìn giữ hòa bình của Liên Hợp Quốc\n\n"

# fmt: off
CASES: list[tuple] = [
    # --- 1. question and answer: the answer's body or organisation from its question or the page ------------
    ("qa-elect-body-from-question",
     "Hỏi: Ấn Độ đã mấy lần là Ủy viên không thường trực Hội đồng Bảo an?\n"
     "Đáp: Tám lần. Ấn Độ trúng cử nhiệm kỳ 2011 – 2012 với 187/190 phiếu.",
     K.MEMBERSHIP_ELECT, ("IND",), ("UNSC",), "", S.OCCURRED),
    ("qa-elect-no-body-twin",
     "Hỏi: Ấn Độ đã đạt được những gì trong năm 2010?\nĐáp: Ấn Độ trúng cử nhiệm kỳ 2011 – 2012 với 187/190 phiếu.",
     K.MEMBERSHIP_ELECT, *NO),
    ("qa-question-states-nothing", "Hỏi: Việt Nam gia nhập Tổ chức Thương mại Thế giới khi nào?\nĐáp: Tháng 1/2007.",
     K.MEMBERSHIP_JOIN, *NO),
    ("qa-question-where", "Hỏi: Năm 2019 Ca-na-đa ký Hiệp định CPTPP với Việt Nam ở đâu?\nĐáp: Tại Xan-ti-a-gô.",
     K.AGREEMENT_SIGN, *NO),
    ("qa-question-why", "Hỏi: Vì sao năm 1995 Việt Nam gia nhập ASEAN?\nĐáp: Để hội nhập khu vực.",
     K.MEMBERSHIP_JOIN, *NO),
    ("qa-peacekeeping-org-from-title",
     PK_TITLE + "Hỏi: Việt Nam đã triển khai những đơn vị nào?\n"
     "Đáp: Từ tháng 11/2019, Bệnh viện dã chiến cấp 2 số 2 làm nhiệm vụ tại Ben-tiu.",
     K.COOPERATE, ("VNM",), ("UNO",), "2019-11", S.OCCURRED),
    ("qa-peacekeeping-unit-arrives",
     PK_TITLE + "Hỏi: Việt Nam đã triển khai những đơn vị nào?\nĐáp: Năm 2023, Đội Công binh số 2 đến khu vực Abyei.",
     K.COOPERATE, ("VNM",), ("UNO",), "2023", S.OCCURRED),
    ("pk-serve-mission-named",
     "Tháng 6/2015, ba sĩ quan của Việt Nam lên đường làm nhiệm vụ tại Phái bộ Liên Hợp Quốc ở Cộng hòa Trung Phi.",
     K.COOPERATE, ("VNM",), ("UNO",), "2015-06", S.OCCURRED),
    ("pk-serve-not-a-peacekeeper", "Năm 2020, các bác sĩ của Việt Nam làm nhiệm vụ tại Lào.",
     K.COOPERATE, *NO),
    ("pk-arrive-not-a-peacekeeping-page",
     "Quan hệ Việt Nam – Lào\n\nNăm 2019, Đội Công binh số 2 của Việt Nam đến khu vực biên giới.",
     K.COOPERATE, *NO),
    # --- 2. a standing membership dated by "từ" ------------------------------------------------------------
    ("member-since-year", "Áo là thành viên EU từ năm 1995 và là đối tác quan trọng của Việt Nam ở Trung Âu.",
     K.MEMBERSHIP_JOIN, ("AUT",), ("EU",), "1995", S.OCCURRED),
    ("member-since-day", "Việt Nam là thành viên Liên Hợp Quốc từ ngày 20/9/1977.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("UNO",), "1977-09-20", S.OCCURRED),
    ("member-since-long", "Na Uy là thành viên NATO từ lâu.", K.MEMBERSHIP_JOIN, *NO),
    ("member-not", "Thụy Sĩ không phải là thành viên EU từ năm 1995.", K.MEMBERSHIP_JOIN, *NO),
    # --- 3. a protest's target is the owner of the act condemned ------------------------------------------
    ("protest-act-owner", "Tháng 12/1972, Thủ tướng Đan Mạch lên án cuộc ném bom Hải Phòng của Mỹ.",
     K.PROTEST, ("DNK",), ("USA",), "1972-12", S.OCCURRED),
    ("protest-act-is-no-conflict", "Tháng 12/1972, Thủ tướng Đan Mạch lên án cuộc ném bom Hải Phòng của Mỹ.",
     K.CONFLICT, *NO),
    ("protest-war-owner", "Năm 1979, Ấn Độ lên án cuộc chiến tranh xâm lược của Trung Quốc.",
     K.PROTEST, ("IND",), ("CHN",), "1979", S.OCCURRED),
    ("conflict-twin", "Tháng 12/1972, Mỹ ném bom Hải Phòng.",
     K.CONFLICT, ("USA",), ("VNM",), "1972-12", S.OCCURRED),
    ("protest-leader-surname",
     "Quan hệ Việt Nam – Ca-na-đa\n\nNăm 1970, Thủ tướng Trudeau lên án cuộc ném bom miền Bắc Việt Nam của Mỹ.",
     K.PROTEST, ("CAN",), ("USA",), "1970", S.OCCURRED),
    # --- 4. the passive "được đại diện X ký" ---------------------------------------------------------------
    ("passive-representative",
     "Hiệp định được đại diện Việt Nam ký ngày 8/3/2018 tại Xan-ti-a-gô (Chi-lê).",
     K.AGREEMENT_SIGN, ("VNM",), (), "2018-03-08", S.OCCURRED),
    ("passive-representative-after-comma",
     "Điều 1. Phê chuẩn Công ước về chống tội phạm có tổ chức xuyên quốc gia (2000), được Đại hội đồng Liên Hợp Quốc "
     "thông qua ngày 15/11/2000 và được đại diện Việt Nam ký ngày 13/12/2000 tại Pa-lec-mô (I-ta-li-a).",
     K.AGREEMENT_SIGN, ("VNM",), (), "2000-12-13", S.OCCURRED),
    ("passive-representative-not-yet", "Hiệp định chưa được đại diện Việt Nam ký.", K.AGREEMENT_SIGN, *NO),
    # --- 5. a coordination whose purpose is a later signing ----------------------------------------------
    ("coordinate-purpose",
     "Nhiệm vụ năm 2024:\n- Phối hợp với phía Ca-na-đa rà soát pháp lý để sớm ký Hiệp định về bảo hộ đầu tư.",
     K.COOPERATE, ("VNM",), ("CAN",), "2024", S.PLANNED),
    ("coordinate-manner-twin", "Năm 2019, Việt Nam phối hợp với Cam-pu-chia hoàn thành ký Hiệp ước bổ sung.",
     K.COOPERATE, *NO),
    ("coordinate-completing-procedure",
     "Năm 2006, Việt Nam phối hợp với các thành viên WTO hoàn tất thủ tục để sớm trở thành thành viên chính thức.",
     K.COOPERATE, *NO),
    # --- 6. a second project aided, "nước này" a foreign country -----------------------------------------
    ("help-build-unstated-helped", "Quan hệ Việt Nam – Ô-xtrây-li-a\n\nNăm 2000, Ô-xtrây-li-a giúp xây dựng cầu Mỹ Thuận.",
     K.AID, ("AUS",), ("VNM",), "2000", S.OCCURRED),
    ("help-build-abstract", "Quan hệ Việt Nam – Nhật Bản\n\nNhật Bản giúp xây dựng niềm tin giữa các bên.",
     K.AID, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_coordinated_terms_give_one_election_each():
    got = extract_text(
        "Hỏi: Ấn Độ đã mấy lần là Ủy viên không thường trực Hội đồng Bảo an?\n"
        "Đáp: Ấn Độ trúng cử nhiệm kỳ 2011 – 2012 với 187/190 phiếu và nhiệm kỳ 2021 – 2022 với 184/192 phiếu."
    ).events
    elect = [e for e in got if e.kind is K.MEMBERSHIP_ELECT and e.recipients == ("UNSC",)]
    assert sorted(e.date for e in elect) == ["2011/2012", "2021/2022"], show(got)


def test_a_characterisation_of_a_protest_is_no_new_protest():
    got = extract_text(
        "Tháng 12/1972, Đan Mạch lên án cuộc ném bom Hải Phòng của Mỹ. Theo một nhà sử học, lời lên án đó là "
        "“hành động hiếm thấy của một chính phủ phương Tây”."
    ).events
    protests = [e for e in got if e.kind is K.PROTEST]
    assert [(e.actors, e.recipients) for e in protests] == [(("DNK",), ("USA",))], show(got)


@pytest.mark.parametrize("word", ["Ban", "Nam", "Minh"])
def test_a_vietnamese_word_after_a_title_is_no_foreign_leader(word):
    got = extract_text(
        f"Quan hệ Việt Nam – Ca-na-đa\n\nNăm 1970, Chủ tịch {word} lên án cuộc ném bom của Mỹ."
    ).events
    assert not any(e.kind is K.PROTEST and "CAN" in e.actors for e in got), show(got)


def test_a_second_project_of_this_country_is_its_own_aid():
    got = extract_text(
        "Quan hệ Việt Nam – Ô-xtrây-li-a\n\nCầu Mỹ Thuận, khánh thành năm 2000, là công trình viện trợ lớn nhất của "
        "Ô-xtrây-li-a cho Việt Nam. Nước này cũng giúp xây dựng Trường Đại học RMIT ở Thành phố Hồ Chí Minh."
    ).events
    aid = [e for e in got if e.kind is K.AID]
    assert len(aid) == 2 and all(e.actors == ("AUS",) and e.recipients == ("VNM",) for e in aid), show(got)


def test_initials_are_not_question_or_answer_labels():
    from doingoai.extract import events_qa

    assert not events_qa._QUESTION.match("H. Kissinger thăm Hà Nội năm 1973.")
    assert not events_qa._ANSWER.match("Đ. Nguyễn Văn A phát biểu.")
    assert events_qa._QUESTION.match("H: Việt Nam gia nhập ASEAN khi nào?")
    assert events_qa._ANSWER.match("Đáp: Năm 1995.")
