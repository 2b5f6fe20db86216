"""Round 142 (session 19): cue words no rule had (trigger_lex136, round 142's entries).

Credentials presented ("Đại sứ X trình Quốc thư / Thư ủy nhiệm lên Tổng thống Y") are a consult; supplies sent
("X tiếp tế cho Y") are an aid. Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _pairs(text: str, kind) -> list[tuple[list[str], list[str]]]:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_credentials_presented_is_consult() -> None:
    got = _pairs(
        "Ngày 5/4/2023, Đại sứ Việt Nam trình Quốc thư lên Tổng thống Phần Lan tại Helsinki.", K.CONSULT
    )
    assert (["VNM"], ["FIN"]) in got


def test_letter_of_credence_is_consult() -> None:
    got = _pairs("Tháng 9/2022, Đại sứ Việt Nam trình Thư ủy nhiệm lên Tổng thống Kê-ni-a.", K.CONSULT)
    assert (["VNM"], ["KEN"]) in got


def test_supplies_sent_are_aid() -> None:
    got = _pairs("Trong những năm 1970, Liên Xô tiếp tế cho quân đội Ăng-gô-la qua đường biển.", K.AID)
    assert any(a == ["SUN"] for a, _ in got)


def test_copy_of_credentials_is_no_consult() -> None:
    got = _pairs("Đại sứ Việt Nam trao bản sao Quốc thư cho Bộ trưởng Ngoại giao Phần Lan.", K.CONSULT)
    assert got == []
