"""The second review of session 6 (rounds 19–20): each defect it found, the reviewer's sentence as a negative beside
a positive twin that must keep working (docs/decisions.md, Events, "Review (session 6)"). Sentences written for
these tests; whole pipeline."""

from __future__ import annotations

import pytest

from doingoai.model import EventKind as K
from doingoai.model import Status as S
from doingoai.pipeline import extract_text


def events(text: str, kind: K) -> list:
    return [e for e in extract_text(text, "review6b.txt").events if e.kind is kind]


@pytest.mark.parametrize(
    "text",
    [
        "Cầu thủ Đoàn Văn Hậu làm việc tại Hà Lan trong hai mùa giải.",
        "Công đoàn ngành Giáo dục đã làm việc tại Thái Lan về chế độ cho giáo viên.",
        "Hàng nghìn đoàn viên thanh niên làm việc tại Nhật Bản theo hợp đồng.",
    ],
)
def test_a_union_a_union_member_or_the_surname_is_no_delegation_visiting(text):
    assert events(text, K.VISIT) == []


def test_a_delegation_working_in_a_place_still_visits():
    found = events(
        "Tháng 5/2023, đoàn công tác của Bộ Công Thương làm việc tại Băng Cốc (Thái Lan).", K.VISIT
    )
    assert [(e.actors, e.recipients) for e in found] == [(("VNM",), ("THA",))]


@pytest.mark.parametrize(
    "text",
    [
        "Nhân viên công ty được Nhật Bản công nhận là kỹ sư có trình độ cao.",
        "Cô bé được Pháp ghi danh vào danh sách học sinh xuất sắc của trường.",
    ],
)
def test_a_person_recognised_by_a_country_is_no_support(text):
    assert events(text, K.SUPPORT) == []


def test_a_site_recognised_as_heritage_is_still_supported():
    found = events("Năm 1999, Hội An được UNESCO công nhận là Di sản văn hóa thế giới.", K.SUPPORT)
    assert [(e.actors, e.date) for e in found] == [(("UNESCO",), "1999")]


def test_an_invitation_to_an_exhibition_is_no_visit():
    assert events("Việt Nam mời Xin-ga-po thăm triển lãm ảnh trực tuyến trên trang của báo.", K.VISIT) == []


def test_an_invitation_to_visit_a_country_is_still_a_planned_visit():
    found = events("Chủ tịch nước mời Tổng thống Chi-lê sớm thăm Việt Nam.", K.VISIT)
    assert [(e.actors, e.recipients, e.status) for e in found] == [(("CHL",), ("VNM",), S.PLANNED)]


def test_an_offices_own_review_meeting_is_no_consultation():
    text = "Sở Ngoại vụ phối hợp với Lào tổ chức hội nghị tổng kết công tác thi đua của Sở."
    assert events(text, K.CONSULT) == []


def test_a_meeting_held_with_the_partner_is_still_a_consultation():
    found = events(
        "Năm 2022, Bộ Ngoại giao phối hợp với Lào tổ chức kỳ họp Ủy ban liên chính phủ.", K.CONSULT
    )
    assert found and {"LAO"} <= set(found[0].actors) | set(found[0].recipients)


def test_an_observer_is_no_member():
    assert events("Đông Ti-mo là thành viên quan sát của ASEAN từ năm 2022.", K.MEMBERSHIP_JOIN) == []


def test_a_named_member_is_still_a_member():
    found = events("Na Uy là thành viên của NATO.", K.MEMBERSHIP_JOIN)
    assert [e.actors for e in found] == [("NOR",)]


DATED = "BỘ NGOẠI GIAO\n\nHà Nội, ngày 20 tháng 12 năm 2015\n\nTHÔNG BÁO\n\n"


def test_a_range_across_the_year_end_after_the_documents_date_starts_in_its_year():
    found = events(DATED + "Bộ trưởng Ngoại giao Việt Nam sẽ thăm Lào từ ngày 28/12 đến 2/1 tới.\n", K.VISIT)
    assert [e.date for e in found] == ["2015-12-28/2016-01-02"]


def test_a_range_across_the_year_end_before_the_documents_date_started_the_year_before():
    text = (
        DATED.replace("20 tháng 12", "10 tháng 1")
        + "Bộ trưởng Ngoại giao Việt Nam đã thăm Lào từ ngày 28/12 đến 2/1.\n"
    )
    assert [e.date for e in events(text, K.VISIT)] == ["2014-12-28/2015-01-02"]


def test_a_day_that_does_not_exist_gives_no_date():
    found = events(DATED + "Chiều 30/2, Bộ trưởng Ngoại giao Việt Nam thăm Pháp.\n", K.VISIT)
    assert found and all("02-30" not in e.date for e in found)
