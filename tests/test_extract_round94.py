"""Round 94 (session 17): a delegation attending a meeting abroad ("đoàn X dự Hội nghị ... tại <city> (<country>)",
"... do <country> đăng cai") also goes to the venue's country: a visit there besides the consultation with the
meeting's organisation (events_attend_trip).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _sides(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_delegation_at_a_meeting_in_a_city_abroad_visits_its_country():
    text = "Tháng 4/2023, đoàn Bộ Ngoại giao tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN tại Viêng Chăn."
    assert (["VNM"], ["ASEAN"]) in _sides(text, K.CONSULT)
    assert (["VNM"], ["LAO"]) in _sides(text, K.VISIT)


def test_city_with_its_country_in_brackets():
    text = "Tháng 9/2022, đoàn Quốc hội dự Đại hội đồng AIPA lần thứ 43 tại Phnôm Pênh (Cam-pu-chia)."
    assert (["VNM"], ["KHM"]) in _sides(text, K.VISIT)


def test_meeting_hosted_by_a_named_state():
    text = "Năm 2022, đoàn Quốc hội tham dự Đại hội đồng AIPA lần thứ 43 do Cam-pu-chia đăng cai."
    assert (["VNM"], ["KHM"]) in _sides(text, K.VISIT)


def test_no_trip_to_an_organisations_own_seat_or_at_home():
    seat = "Tháng 6/2023, đoàn Việt Nam dự phiên họp của Hội đồng Nhân quyền Liên hợp quốc tại Giơ-ne-vơ."
    home = "Tháng 11/2017, đoàn Việt Nam dự Hội nghị Cấp cao APEC tại Đà Nẵng."
    assert _sides(seat, K.VISIT) == []
    assert _sides(home, K.VISIT) == []
