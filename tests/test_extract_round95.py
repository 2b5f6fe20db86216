"""Round 95 (session 17): meetings whose cue the rules did not read. Parties named in the subject of the verb "họp"
meet (events_met.met_parties; a meeting as the subject or a single party is no talks between parties); a mediation
told as the manner of another act, "dưới / với sự trung gian của X", is X's consultation with the act's sides, on
the act's date (events_met.mediated_roles); a summit named by its parties and told as held "đầu tiên" (the first
of a series) is their meeting (events_summits); working with a foreign government or its office ("làm việc với
chính quyền / chính phủ / văn phòng ...") is a consultation, and a date range's "đến" is no trip
(consult_work_body, events_no_event).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _parties(text: str, kind) -> list:
    return [set(e.actors) | set(e.recipients) for e in asserted_events(text) if e.kind is kind]


def _events(text: str, kind) -> list:
    return [e for e in asserted_events(text) if e.kind is kind]


def test_parties_in_the_subject_of_hop_meet():
    text = (
        "Ngày 8/9/2011, ngoại trưởng Nhật Bản và Hàn Quốc họp khẩn cấp tại Xơ-un để bàn về tình hình khu vực."
    )
    assert {"JPN", "KOR"} in _parties(text, K.CONSULT)


def test_counted_subject_of_hop_meets():
    text = (
        "Năm 2018, Việt Nam và Lào ký Hiệp định hợp tác lao động. "
        "Tháng 5/2023, hai bên đã họp Nhóm công tác chung tại Viêng Chăn."
    )
    ev = [e for e in _events(text, K.CONSULT) if e.date == "2023-05"]
    assert ev and set(ev[0].actors) | set(ev[0].recipients) == {"VNM", "LAO"}


def test_one_organisation_meeting_is_no_talks():
    text = "Tháng 7/2024, các nhà lãnh đạo NATO nhóm họp thường niên để thông qua tuyên bố chung."
    assert _parties(text, K.CONSULT) == []


def test_mediation_as_manner_is_the_mediators_consultation():
    text = "Ngày 3/6/2019, Xu-đăng và Nam Xu-đăng ký thỏa thuận ngừng bắn dưới sự trung gian của Ê-ti-ô-pi-a."
    ev = _events(text, K.CONSULT)
    assert ev and list(ev[0].actors) == ["ETH"] and set(ev[0].recipients) == {"SDN", "SSD"}
    assert ev[0].date == "2019-06-03"


def test_mediation_opening_the_sentence_is_left():
    text = "Với sự trung gian của Nga, Ác-mê-ni-a và A-déc-bai-gian ký thỏa thuận ngừng bắn tháng 5/1994."
    assert not any("RUS" in e.actors for e in _events(text, K.CONSULT))


def test_first_summit_of_named_parties_is_their_meeting():
    text = "Hội nghị Cấp cao ASEAN – Nhật Bản đầu tiên họp tại Cu-a-la Lăm-pơ tháng 8/1977."
    assert {"ASEAN", "JPN"} in _parties(text, K.CONSULT)


def test_working_with_a_foreign_government():
    text = (
        "Từ ngày 10 đến 12/3/2025, Đại sứ làm việc với chính quyền bang Kê-ra-la (Ấn Độ) về hợp tác du lịch."
    )
    ev = _events(text, K.CONSULT)
    assert ev and list(ev[0].actors) == ["VNM"] and list(ev[0].recipients) == ["IND"]


def test_working_with_our_own_office_is_no_talks():
    text = "Tháng 4/2025, Sở Ngoại vụ làm việc với Văn phòng Ủy ban nhân dân tỉnh về kế hoạch đối ngoại."
    assert _events(text, K.CONSULT) == []
