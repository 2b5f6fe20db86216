"""Round 102 (session 17): a delegation come over for a purpose ("Viện đón đoàn học giả Hàn Quốc sang trao đổi
về ...", "sang giao lưu", "sang giảng dạy", "sang xúc tiến đầu tư"), received by the writer's body ("tiếp và làm
việc với đoàn chuyên gia X sang khảo sát"), or gone over to a country to learn ("đoàn X sang Việt Nam học tập
mô hình ..."): a visit (trigger_meetings visit_come / visit_go, events_destination).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _sides(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_delegation_come_over_to_talk():
    text = "Tháng 5/2024, Viện tiếp đoàn Viện Khoa học xã hội Nhật Bản sang trao đổi về hợp tác nghiên cứu."
    assert (["JPN"], ["VNM"]) in _sides(text, K.VISIT)


def test_delegation_received_and_worked_with_come_over():
    text = "Tháng 4/2026, tiếp và làm việc với đoàn chuyên gia Hàn Quốc sang khảo sát dự án cấp nước."
    assert (["KOR"], ["VNM"]) in _sides(text, K.VISIT)


def test_delegation_gone_over_to_learn():
    text = "Năm 2023, đoàn Bộ Nông nghiệp Lào sang Việt Nam học tập mô hình nuôi cá lồng."
    assert (["LAO"], ["VNM"]) in _sides(text, K.VISIT)


def test_no_visit_for_moving_on_to_a_topic():
    text = "Sau đó, hai bên chuyển sang trao đổi về tình hình khu vực."
    assert _sides(text, K.VISIT) == []
