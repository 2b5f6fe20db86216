"""Round 79 (session 16): "no trigger" misses — cue families the rules had no word for, recurring across the
working sets and their writers: an embassy or consulate opened in a capital, candidate status granted, a notice
sent to a body, an initiative or project launched, students or staff sent abroad by count.

Sentences written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import PARAMS, K, S, asserted_events, check, params

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("embassy-opened-in-capital",
     "Tháng 5/2008, Ai-len mở Đại sứ quán tại Hà Nội.",
     K.RELATIONS, ("IRL",), ("VNM",), "2008-05", S.OCCURRED),
    ("embassy-reopened-abroad",
     "Năm 2012, Việt Nam mở lại Đại sứ quán tại Lima.",
     K.RELATIONS, ("VNM",), ("PER",), "2012", S.OCCURRED),
    ("consulate-opened-in-city",
     "Năm 1995, Việt Nam mở Tổng Lãnh sự quán tại Viêng Chăn.",
     K.RELATIONS, ("VNM",), ("LAO",), "1995", S.OCCURRED),
    ("candidate-status-granted",
     "Tháng 12/2023, EU trao quy chế ứng cử viên cho Gru-di-a.",
     K.SUPPORT, ("EU",), ("GEO",), "2023-12", S.OCCURRED),
    ("notice-sent-to-body",
     "Tháng 5/2022, Lào đã gửi thông báo về dự án thủy điện tới Ủy hội sông Mê Công quốc tế (MRC).",
     K.CONSULT, ("LAO",), ("MRC",), "2022-05", S.OCCURRED),
    ("initiative-launched",
     "Năm 2005, Việt Nam và Hàn Quốc khởi động Sáng kiến chung về cải thiện môi trường đầu tư.",
     K.COOPERATE, ("VNM",), ("KOR",), "2005", S.OCCURRED),
    ("students-sent-abroad",
     "Tháng 3/2025, Trường cử 40 sinh viên sang Hàn Quốc thực tập nông nghiệp.",
     K.COOPERATE, ("VNM",), ("KOR",), "2025-03", S.OCCURRED),
    ("staff-sent-abroad-to-train",
     "Năm 2025, Học viện cử 3 giảng viên trẻ sang Phần Lan bồi dưỡng chuyên môn.",
     K.VISIT, ("VNM",), ("FIN",), "2025", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round79(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


def test_embassy_of_a_country_at_home_is_no_opening():
    text = "Năm 2020, Đại sứ quán Ai-len tại Hà Nội tổ chức lễ kỷ niệm Quốc khánh."
    assert not [e for e in asserted_events(text) if e.kind is K.RELATIONS]


def test_notice_of_withdrawal_is_a_leaving_not_talks():
    text = "Năm 2017, Vê-nê-xu-ê-la gửi thông báo rút khỏi OAS."
    assert not [e for e in asserted_events(text) if e.kind is K.CONSULT]


def test_staff_on_a_scholarship_make_no_visit():
    text = (
        "Năm 2022, Việt Nam cử 4 giảng viên sang Phần Lan học thạc sĩ theo học bổng của Chính phủ Phần Lan."
    )
    assert not [e for e in asserted_events(text) if e.kind is K.VISIT]


def test_students_sent_nowhere_abroad_make_no_cooperation():
    text = "Năm 2025, Trường cử 40 sinh viên tham gia chiến dịch tình nguyện hè tại Hà Giang."
    assert not [e for e in asserted_events(text) if e.kind is K.COOPERATE]
