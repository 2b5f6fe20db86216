"""A seventeenth construction grid for the events stage (issue 3), built from constructions heldout19/20 missed or
over-read, each with its negative twin: a trailing ", khi X làm Y" clause with no date of its own happens when the
main clause before it does (its date, and its modality: "sẽ", "dự kiến"); a relative clause on an unnamed head
("X cùng mười nước mới gia nhập EU được kết nạp vào ASEM") is not the named subject's act; "Tại hội nghị, ..." is
dated by the meeting told last, not by an earlier event of its own kind; a founding member with no date of its own
joined when the organisation was founded, as told before it in its paragraph; a contrastive clause opened by a
name (", còn X ...", ", trong khi X ...") has that subject and its own date. Sentences written for these tests
with other countries, dates and bodies; whole pipeline. The rules are in src/doingoai/extract/events_when.py and
docs/decisions.md (Events, "seventeenth round").

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A
NEGATED case passes when no event of its kind is asserted as having happened (occurred or ongoing).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)

# fmt: off
CASES: list[tuple] = [
    # --- 1. ", khi X ...": the main clause's date and modality --------------------------------------------------
    ("when-chair-planned",
     "Theo kế hoạch, Hội nghị Cấp cao ASEAN lần thứ 40 sẽ diễn ra tại Phnôm Pênh vào năm 2022, khi Cam-pu-chia "
     "đảm nhiệm vai trò Chủ tịch ASEAN.",
     K.CHAIR, ("KHM",), ("ASEAN",), "2022", S.PLANNED),
    ("when-chair-expected",
     "Hội nghị Bộ trưởng Ngoại giao ASEAN dự kiến họp tại Viêng Chăn tháng 7/2024, khi Lào giữ vai trò Chủ tịch "
     "ASEAN.",
     K.CHAIR, ("LAO",), ("ASEAN",), "2024-07", S.PLANNED),
    ("when-chair-past",
     "Hội nghị Cấp cao ASEAN lần thứ 36 được tổ chức trực tuyến vào tháng 6/2020, lúc Việt Nam đảm nhiệm vai trò "
     "Chủ tịch ASEAN.",
     K.CHAIR, ("VNM",), ("ASEAN",), "2020-06", S.OCCURRED),
    # twin: a "khi" clause with its own date keeps it (and it happened)
    ("when-own-date",
     "Việt Nam sẽ đăng cai Hội nghị APEC vào năm 2027, khi Việt Nam gia nhập WTO ngày 11/1/2007 đã tròn 20 năm.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("WTO",), "2007-01-11", S.OCCURRED),
    # twin: "trong khi" (whereas) borrows nothing
    ("whereas-keeps-own",
     "Theo kế hoạch, Niu Di-lân sẽ đăng cai Hội nghị APEC năm 2030, trong khi Chi-lê gia nhập APEC năm 1994.",
     K.MEMBERSHIP_JOIN, ("CHL",), ("APEC",), "1994", S.OCCURRED),

    # --- 1b. a contrastive clause opened by a name: its own subject and date ---------------------------------
    ("contrast-con-subject",
     "Ba Lan gia nhập NATO năm 1999, còn Xlô-va-ki-a gia nhập NATO năm 2004.",
     K.MEMBERSHIP_JOIN, ("SVK",), ("NATO",), "2004", S.OCCURRED),
    ("contrast-con-become-member",
     "Pê-ru trở thành thành viên APEC năm 1998, còn Mê-hi-cô trở thành thành viên APEC năm 1993.",
     K.MEMBERSHIP_JOIN, ("MEX",), ("APEC",), "1993", S.OCCURRED),
    # twin: "nhưng với X" opens with a marker, not a subject: the first clause's subject stays
    ("contrast-with-object",
     "Việt Nam ký hiệp định hợp tác với Lào năm 1977, nhưng với Cam-pu-chia năm 1979.",
     K.AGREEMENT_SIGN, ("VNM", "KHM"), (), "1979", S.OCCURRED),
    # twin: no name after "còn": the same subject goes on
    ("contrast-no-subject",
     "Việt Nam gia nhập ASEAN năm 1995, còn tham gia APEC năm 1998.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("APEC",), "1998", S.OCCURRED),

    # --- 2. a relative clause on an unnamed head ------------------------------------------------------------
    ("relative-head-admitted",
     "Năm 2008, Ấn Độ, Pa-ki-xtan và Mông Cổ cùng hai nước mới gia nhập Liên minh châu Âu được kết nạp vào ASEM.",
     K.MEMBERSHIP_JOIN, ("IND", "PAK", "MNG"), ("ASEM",), "2008", S.OCCURRED),
    # twin: no main verb after it: the named subject joins with the others
    ("together-with-others-join",
     "Năm 2004, Ba Lan cùng chín nước khác gia nhập Liên minh châu Âu.",
     K.MEMBERSHIP_JOIN, ("POL",), ("EU",), "2004", S.OCCURRED),

    # --- 3. "Tại hội nghị, ...": the meeting told last ---------------------------------------------------------
    ("at-the-meeting-admitted",
     "Ngày 15/12/1997, Ma-lai-xi-a đăng cai Hội nghị Cấp cao ASEAN lần thứ hai tại Cu-a-la Lăm-pơ.\n\n"
     "Tháng 10/2004, Lào đăng cai Hội nghị Cấp cao ASEAN lần thứ 10. Tại hội nghị, Ấn Độ cùng hai nước mới gia "
     "nhập Liên minh châu Âu được kết nạp vào ASEM.",
     K.MEMBERSHIP_JOIN, ("IND",), ("ASEM",), "2004-10", S.OCCURRED),

    # --- 4. a founding member: the founding's date ----------------------------------------------------------
    ("founder-after-founding",
     "ASEAN được thành lập tại Băng Cốc ngày 8/8/1967. Phi-líp-pin là một trong năm nước sáng lập của Hiệp hội.",
     K.MEMBERSHIP_JOIN, ("PHL",), ("ASEAN",), "1967-08-08", S.OCCURRED),
    ("founder-born-month",
     "Tổ chức Hợp tác Thượng Hải ra đời tại Thượng Hải tháng 6/2001. Ca-dắc-xtan là thành viên sáng lập của Tổ "
     "chức Hợp tác Thượng Hải.",
     K.MEMBERSHIP_JOIN, ("KAZ",), ("SCO",), "2001-06", S.OCCURRED),
    # twin: a joining with its own date keeps it
    ("joined-later-own-date",
     "ASEAN được thành lập tại Băng Cốc ngày 8/8/1967. Việt Nam gia nhập Hiệp hội ngày 28/7/1995.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("ASEAN",), "1995-07-28", S.OCCURRED),
    # twin: a founder denied is not a member
    ("founder-denied",
     "ASEAN được thành lập tại Băng Cốc ngày 8/8/1967. Bru-nây không phải là nước sáng lập Hiệp hội.",
     K.MEMBERSHIP_JOIN, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_a_relative_clause_on_an_unnamed_head_is_not_the_subjects_act():
    got = extract_text(
        "Năm 2008, Ấn Độ, Pa-ki-xtan và Mông Cổ cùng hai nước mới gia nhập Liên minh châu Âu được kết nạp vào ASEM."
    ).events
    assert not [e for e in got if e.kind is K.MEMBERSHIP_JOIN and "EU" in e.recipients], show(got)


def test_a_when_clause_is_not_dated_by_the_document():
    got = extract_text(
        "Hà Nội, ngày 30 tháng 10 năm 2010\n\nHội nghị Cấp cao Đông Á lần thứ 6 sẽ diễn ra tại Ba-li vào năm 2011, "
        "khi In-đô-nê-xi-a đảm nhiệm vai trò Chủ tịch ASEAN."
    ).events
    chairs = [e for e in got if e.kind is K.CHAIR]
    assert chairs and all(e.date == "2011" and e.status is S.PLANNED for e in chairs), show(got)


def test_the_meeting_told_last_dates_the_sentence_not_an_earlier_join():
    got = extract_text(
        "Câu hỏi: ASEM ra đời khi nào?\n\nTrả lời: ASEM ra đời tháng 3/1996. Thái Lan là thành viên sáng lập.\n\n"
        "Câu hỏi: Năm 2006 có gì?\n\nTrả lời: Tháng 9/2006, Phần Lan đăng cai Hội nghị Cấp cao ASEM lần thứ 6. "
        "Tại hội nghị, Ấn Độ cùng hai nước mới gia nhập Liên minh châu Âu được kết nạp vào ASEM."
    ).events
    joins = [e for e in got if e.kind is K.MEMBERSHIP_JOIN and "IND" in e.actors]
    assert joins and all(e.date == "2006-09" for e in joins), show(got)
