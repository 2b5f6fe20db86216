"""Round 190 (session 22): a chair told in an apposition ("Phối hợp với X, nước Chủ tịch ASEAN năm Y"), attending a
forum's leaders' week ("dự Tuần lễ Cấp cao APEC") and a trip to attend a meeting dated by the meeting.

Every text here was written for these tests."""

from __future__ import annotations

from doingoai.model import EventKind
from doingoai.pipeline import extract_text


def _events(text: str, kind: EventKind) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    doc = extract_text(text)
    return [(e.actors, e.recipients, e.date, e.status.value) for e in doc.events if e.kind is kind]


PLAN = """Hà Nội, ngày 5 tháng 1 năm 2027

Bộ Công Thương sẽ phối hợp chặt chẽ với Ma-lai-xi-a, nước Chủ tịch ASEAN năm 2027, để thúc đẩy thương mại nội khối.

Năm ngoái, đoàn công tác đã làm việc tại Cam-pu-chia, nước giữ cương vị Chủ tịch ASEAN năm 2026, về hợp tác hải quan."""


def test_apposed_chair_read_with_its_year_and_status() -> None:
    chairs = _events(PLAN, EventKind.CHAIR)
    assert (("MYS",), ("ASEAN",), "2027", "ongoing") in chairs
    assert (("KHM",), ("ASEAN",), "2026", "occurred") in chairs


def test_apposition_without_an_organisation_gives_no_chair() -> None:
    text = (
        "Hà Nội, ngày 5 tháng 1 năm 2027\n\nĐoàn đã thăm Lào, nước chủ nhà năm 2027, và làm việc với các bộ."
    )
    assert _events(text, EventKind.CHAIR) == []


def test_apposed_chair_in_a_later_year_is_planned() -> None:
    text = (
        "Hà Nội, ngày 20 tháng 12 năm 2027\n\n"
        "Các bộ cần chuẩn bị tốt việc làm việc với Xin-ga-po, nước Chủ tịch ASEAN năm 2028, về kinh tế số."
    )
    assert (("SGP",), ("ASEAN",), "2028", "planned") in _events(text, EventKind.CHAIR)


WEEK = """Hà Nội, ngày 2 tháng 3 năm 2019

Tháng 11/2018, Thủ tướng Chính phủ sang Pa-pua Niu Ghi-nê dự Tuần lễ Cấp cao APEC 2018. Năm 2017, Tổng thống Chi-lê
tham dự Tuần lễ Cấp cao APEC tại Đà Nẵng."""


def test_attending_a_leaders_week_is_consulting_the_forum() -> None:
    consults = _events(WEEK, EventKind.CONSULT)
    assert any(a == ("VNM",) and "APEC" in r and d.startswith("2018") for a, r, d, _ in consults)
    assert any(a == ("CHL",) and "APEC" in r and d == "2017" for a, r, d, _ in consults)


def test_trip_to_attend_a_meeting_takes_its_date() -> None:
    text = (
        "Hà Nội, ngày 2 tháng 3 năm 2019\n\n"
        "Phó Thủ tướng sang Thái Lan dự Hội nghị Cấp cao ASEAN lần thứ 34 tháng 6/2018."
    )
    visits = _events(text, EventKind.VISIT)
    assert any(a == ("VNM",) and r == ("THA",) and d == "2018-06" for a, r, d, _ in visits)
