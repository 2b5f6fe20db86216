"""Round 188 (session 22): precision — acts a sentence mentions without telling them.

* "được mời dự hội nghị ...": an invitation to attend, no meeting attended;
* "Đây là chuyến thăm Việt Nam đầu tiên của ...": the visit told before, weighed, no new visit (an earlier visit
  the sentence names stays);
* "... ngay sau khi dự Hội nghị cấp cao APEC": a meeting told as the time of a visit, no consultation of its own;

Texts written for these tests; whole pipeline, rules alone.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_invited_to_attend_is_no_meeting() -> None:
    text = "Tham gia Hiệp ước là điều kiện để một nước được mời dự Hội nghị Cấp cao Đông Á (EAS)."
    assert _read(text, K.CONSULT) == []


def test_invited_guest_at_a_summit_is_no_meeting() -> None:
    text = "Đây là lần thứ mười Thái Lan được mời tham dự hội nghị thượng đỉnh của Nhóm G20."
    assert _read(text, K.CONSULT) == []


def test_attending_a_summit_stays_a_meeting() -> None:
    text = "Thủ tướng Ma-lai-xi-a dự Hội nghị cấp cao G20 tại Ô-xa-ka tháng 6/2029."
    assert _read(text, K.CONSULT) == [(["MYS"], ["G20"], "2029-06")]


VISIT = """Hà Nội, ngày 26/5/2031 – Tối 25/5, Tổng thống Pháp Jean Dupont đến Hà Nội, bắt đầu chuyến thăm cấp Nhà nước Việt Nam từ ngày 25 đến 27/5.

Đây là chuyến thăm Việt Nam đầu tiên của Tổng thống Dupont và là chuyến thăm cấp cao đầu tiên của Pháp kể từ khi hai nước nâng cấp quan hệ vào tháng 10/2029.
"""


def test_visit_weighed_after_it_is_told_is_no_new_visit() -> None:
    assert _read(VISIT, K.VISIT) == [(["FRA"], ["VNM"], "2031-05-26")]


def test_visit_weighed_keeps_the_upgrade_it_dates_by() -> None:
    assert _read(VISIT, K.RELATIONS_UPGRADE) == [(["VNM", "FRA"], [], "2029-10")]


def test_meeting_as_the_time_of_a_visit_is_no_meeting() -> None:
    text = (
        "Tổng thống Chi-lê thăm chính thức Việt Nam ngày 9/4/2031.\n\n"
        "Ông tới Hà Nội ngay sau khi dự Hội nghị cấp cao APEC tại Xơ-un (Hàn Quốc)."
    )
    assert _read(text, K.CONSULT) == []
    assert _read(text, K.VISIT) == [(["CHL"], ["VNM"], "2031-04-09")]
