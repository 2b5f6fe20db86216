"""Round 196 (session 22): a document signed on a visit by the visit's two sides (events_visit_signing).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

ON_VISIT = (
    "Tháng 10/2030, đoàn cán bộ của Sở sang Viêng Chăn làm việc với Bộ Giáo dục Lào; nhân dịp này, hai bên ký "
    "Biên bản ghi nhớ về trao đổi giáo viên."
)


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (sorted(e.actors), sorted(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_a_signing_on_a_visit_takes_the_visits_pair() -> None:
    assert _read(ON_VISIT, K.VISIT) == [(["VNM"], ["LAO"], "2030-10")]
    assert _read(ON_VISIT, K.AGREEMENT_SIGN) == [(["LAO", "VNM"], [], "2030-10")]


def test_a_signing_not_made_is_no_signing() -> None:
    text = ON_VISIT.replace("hai bên ký", "hai bên chưa ký")
    assert _read(text, K.AGREEMENT_SIGN) == []


def test_a_firms_contract_is_no_signing_of_the_sides() -> None:
    text = ON_VISIT.replace(
        "hai bên ký Biên bản ghi nhớ về trao đổi giáo viên", "các doanh nghiệp ký 3 hợp đồng"
    )
    assert _read(text, K.AGREEMENT_SIGN) == []
