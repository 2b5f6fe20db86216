"""Round 166 (session 21): a meeting attended abroad by a leader, the host state named, is also a visit there.

"Chủ tịch nước dự Hội nghị ... tại <country>", "Tham dự ... do <country> đăng cai": the attendance (a consultation
with the meeting's organisation) and the trip to the named host state, with the attendance's date and status. A
city alone keeps the consultation only for a leader (a delegation's trip there is read as before, round 94). Texts
written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

S_OCCURRED = "occurred"


def _visits(text: str) -> list[tuple[list[str], list[str], str, str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date, e.status.value)
        for e in asserted_events(text)
        if e.kind is K.VISIT
    )


def _consults(text: str) -> list[tuple[list[str], list[str]]]:
    return sorted((list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is K.CONSULT)


def test_leader_attending_in_a_named_country_visits_it() -> None:
    text = (
        "Tháng 9/2023, Thủ tướng Phạm Minh Chính dự Hội nghị thượng đỉnh G20 tại Ấn Độ với tư cách khách mời."
    )
    assert (["VNM"], ["IND"], "2023-09", S_OCCURRED) in _visits(text)
    assert (["VNM"], ["G20"]) in _consults(text)


def test_task_to_attend_a_meeting_a_country_hosts_is_a_planned_visit() -> None:
    text = (
        "BỘ NGOẠI GIAO\n\nKẾ HOẠCH\nCông tác đối ngoại đa phương năm 2026\n\n"
        "1. Tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN do Phi-líp-pin đăng cai vào tháng 7.\n"
    )
    got = _visits(text)
    assert any(a == ["VNM"] and r == ["PHL"] and s == "planned" for a, r, _, s in got)


def test_leader_attending_in_a_city_keeps_the_consultation_alone() -> None:
    text = "Tháng 11/2019, Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 35 tại Băng Cốc."
    assert not any(r == ["THA"] for _, r, _, _ in _visits(text))
    assert (["VNM"], ["ASEAN"]) in _consults(text)


def test_attending_a_meeting_at_home_is_no_visit() -> None:
    text = "Tháng 11/2020, Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 37 tại Việt Nam."
    assert not any(a == ["VNM"] for a, _, _, _ in _visits(text))


def test_a_foreign_leader_attending_abroad_is_left_to_the_consultation() -> None:
    text = "Tháng 6/2022, Tổng thống Pháp dự Hội nghị thượng đỉnh G7 tại Đức."
    assert not any(a == ["FRA"] for a, _, _, _ in _visits(text))
