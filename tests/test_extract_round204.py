"""Round 204 (session 23): "phối hợp với X tổ chức <an activity>" in a report's or plan's items is the cooperation
with X when the activity is a forum, a seminar held at a named place, a course or a week of films
(events_no_event: ``_ACTIVITY_HELD`` widened), and a topic after the activity ("hội thảo về hợp tác ...") is no act
of its own the coordination would be the manner of.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

HEAD = (
    "BỘ CÔNG THƯƠNG\n\nBÁO CÁO\n\nKết quả công tác hợp tác quốc tế năm 2025\n\n"
    "Bộ đã triển khai các hoạt động sau:\n\n"
)


def _read(text: str, kind) -> list[tuple[list[str], list[str]]]:
    return sorted((sorted(e.actors), sorted(e.recipients)) for e in asserted_events(text) if e.kind is kind)


def _parties(text: str, kind) -> list[set[str]]:
    return [set(a) | set(r) for a, r in _read(text, kind)]


def test_a_forum_held_with_a_foreign_embassy_is_the_cooperation() -> None:
    text = (
        HEAD
        + "1. Tháng 5/2025, phối hợp với Đại sứ quán Na Uy tổ chức Diễn đàn năng lượng tái tạo Việt Nam – Na Uy.\n"
    )
    assert {"VNM", "NOR"} in _parties(text, K.COOPERATE)


def test_a_seminar_held_at_a_named_place_is_the_cooperation() -> None:
    text = (
        HEAD
        + "2. Phối hợp với Đại sứ quán Hà Lan tổ chức tại Hà Nội hội thảo quốc tế về quản lý nguồn nước.\n"
    )
    assert {"VNM", "NLD"} in _parties(text, K.COOPERATE)


def test_a_seminar_on_cooperation_is_no_second_act() -> None:
    text = (
        HEAD + "3. Phối hợp với Đại sứ quán Ai-len tổ chức hội thảo về hợp tác giáo dục Việt Nam – Ai-len.\n"
    )
    assert {"VNM", "IRL"} in _parties(text, K.COOPERATE)


def test_a_course_held_with_a_foreign_partner_is_the_cooperation() -> None:
    text = (
        HEAD
        + "4. Phối hợp với Đại sứ quán Phần Lan tổ chức lớp tập huấn về giáo dục mầm non cho 40 giáo viên.\n"
    )
    assert {"VNM", "FIN"} in _parties(text, K.COOPERATE)


def test_coordinating_with_a_home_body_names_no_foreign_partner() -> None:
    text = HEAD + "5. Phối hợp với Bộ Tài chính tổ chức Diễn đàn doanh nghiệp tại Hà Nội.\n"
    assert _read(text, K.COOPERATE) == []


ITEMS = "SỞ NGOẠI VỤ\n\nBÁO CÁO\n\nKết quả công tác đối ngoại năm 2025\n\n"


def test_an_item_opening_on_receiving_a_delegation_is_its_visit() -> None:
    text = (
        ITEMS
        + "3. Tiếp đoàn Cơ quan Xúc tiến Thương mại Hàn Quốc đến tìm hiểu cơ hội đầu tư vào chế biến trái cây.\n"
    )
    assert (["KOR"], ["VNM"]) in _read(text, K.VISIT)


def test_delegations_from_home_received_abroad_are_no_foreign_visit() -> None:
    text = ITEMS + "4. Tiếp 9 đoàn trong nước sang Hàn Quốc làm việc về lao động.\n"
    assert (["KOR"], ["VNM"]) not in _read(text, K.VISIT)
