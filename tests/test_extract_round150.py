"""Round 150 (session 20): words of a name or a modifier read as acts (events_body_names).

"hợp tác" inside a body's name ("Tổ chức Hợp tác Thượng Hải", "Bộ Ngoại giao và Hợp tác quốc tế", "Diễn đàn Hợp
tác ...") is no cooperation; "trao đổi" naming a kind of student, grant, programme or channel, or a draft passed over,
is no talks; aid as the topic of a procedure, a policy or a need is no aid; a forum held together with a foreign
partner ("phối hợp với Đại sứ quán X tổ chức Diễn đàn ...") is no hosting of its own (held with a Vietnamese body it
still is). Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _kinds(text: str) -> list:
    return [e.kind for e in asserted_events(text)]


def _pairs(text: str, kind) -> list[tuple[list[str], list[str]]]:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_organisation_named_for_cooperation_is_no_cooperation() -> None:
    text = "Năm 2023, Ka-dắc-xtan là thành viên của Tổ chức Hợp tác Thượng Hải (SCO) và có nhiều dự án với Trung Quốc."
    assert _pairs(text, K.COOPERATE) == []


def test_ministry_named_for_cooperation_is_no_cooperation() -> None:
    text = "Tháng 3/2024, đoàn Vụ Pháp luật sang Phnôm Pênh làm việc với Bộ Ngoại giao và Hợp tác quốc tế Campuchia."
    assert _pairs(text, K.COOPERATE) == []
    assert (["VNM"], ["KHM"]) in _pairs(text, K.VISIT)


def test_centre_founded_for_cooperation_is_no_cooperation() -> None:
    text = "Năm 2019, các Bộ trưởng Mê Công – Lan Thương nhất trí thành lập Trung tâm hợp tác nguồn nước tại Bắc Kinh."
    assert _pairs(text, K.COOPERATE) == []


def test_cooperation_told_as_an_act_stays() -> None:
    text = "Tháng 5/2023, Việt Nam tăng cường hợp tác với Lào về năng lượng."
    assert (["VNM"], ["LAO"]) in _pairs(text, K.COOPERATE)


def test_exchange_students_are_no_talks() -> None:
    text = "Năm 2024, Đại học Quốc gia Hà Nội tiếp nhận 30 sinh viên trao đổi của Hàn Quốc và Nhật Bản."
    assert _pairs(text, K.CONSULT) == []


def test_exchange_grant_is_no_talks() -> None:
    text = "Năm 2024, mười sinh viên của Trường nhận học bổng trao đổi của Chính phủ Hung-ga-ri để học tại Bu-đa-pét."
    assert _pairs(text, K.CONSULT) == []


def test_draft_passed_over_is_no_talks() -> None:
    text = "Năm 2023, Việt Nam và Ma-rốc đã trao đổi dự thảo Hiệp định về vận tải biển nhưng chưa ký."
    assert _pairs(text, K.CONSULT) == []


def test_talks_told_as_an_act_stay() -> None:
    text = "Ngày 5/3/2024, Bộ trưởng Ngoại giao Việt Nam trao đổi với Bộ trưởng Ngoại giao Lào về hợp tác biên giới."
    assert (["VNM"], ["LAO"]) in _pairs(text, K.CONSULT)


def test_aid_procedure_is_no_aid() -> None:
    text = "Năm 2024, dự án thư viện do Nhật Bản tài trợ chưa triển khai được vì thủ tục tiếp nhận viện trợ chưa xong."
    assert all(e != (["VNM"], ["JPN"]) for e in _pairs(text, K.AID))
    assert K.AID not in _kinds(text.replace("do Nhật Bản tài trợ ", ""))


def test_aid_need_surveyed_is_no_aid() -> None:
    text = "Tháng 3/2025, Bộ Giáo dục phối hợp với UNICEF khảo sát nhu cầu hỗ trợ giáo dục mầm non tại Lào."
    assert _pairs(text, K.AID) == []


def test_aid_given_stays() -> None:
    assert (["JPN"], ["VNM"]) in _pairs("Năm 2024, Nhật Bản viện trợ cho Việt Nam 2 triệu USD.", K.AID)


def test_forum_held_with_a_foreign_embassy_is_no_hosting() -> None:
    text = (
        "Tháng 4/2025, Bộ Công Thương phối hợp với Đại sứ quán Ô-xtrây-li-a tổ chức Diễn đàn giáo dục "
        "Việt Nam – Ô-xtrây-li-a tại Hà Nội."
    )
    assert _pairs(text, K.HOST) == []


def test_forum_held_with_a_vietnamese_ministry_is_hosting() -> None:
    text = "Tháng 4/2025, Sở phối hợp với Bộ Ngoại giao tổ chức Hội nghị xúc tiến thương mại với Nhật Bản tại Hà Nội."
    assert (["VNM"], ["JPN"]) in _pairs(text, K.HOST)
