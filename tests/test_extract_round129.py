"""Round 129 (session 18): events in the new document shapes.

* a joint statement whose closing line is a place and date alone ("Viêng Chăn, ngày 9 tháng 5 năm 2026") is
  dated by it, as one closing with "Làm tại ..." is: what the statement states with no date of its own (a
  side's support, the upgrade the leaders decide) is stated that day (events_agreement_phrases.done_at_date);
  a letter's or a speech's closing date does not date what it tells.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_STATEMENT = (
    "TUYÊN BỐ CHUNG\n"
    "VIỆT NAM – LÀO\n\n"
    "Nhận lời mời của Thủ tướng Lào, Thủ tướng Việt Nam thăm chính thức Lào từ ngày 8 đến ngày 9 tháng 5 "
    "năm 2026. Hai Thủ tướng đã hội đàm trong không khí thân tình.\n\n"
    "1. Về hợp tác đa phương, phía Lào ủng hộ Việt Nam ứng cử vào Hội đồng Nhân quyền Liên hợp quốc "
    "nhiệm kỳ 2029 – 2031.\n\n"
    "2. Thủ tướng Việt Nam mời Thủ tướng Lào thăm Việt Nam vào thời điểm thuận tiện.\n\n"
    "Viêng Chăn, ngày 9 tháng 5 năm 2026\n"
)


def _supports(text: str) -> list:
    return [
        (sorted(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is K.SUPPORT
    ]


def test_joint_statement_closing_place_and_date_dates_its_support():
    found = _supports(_STATEMENT)
    assert any(a == ["LAO"] and "VNM" in r and d and d.startswith("2026") for a, r, d in found), found


def test_closing_place_and_date_of_a_letter_dates_nothing():
    text = _STATEMENT.replace("TUYÊN BỐ CHUNG", "THƯ GỬI BẠN ĐỌC")
    found = _supports(text)
    assert all(not d for a, r, d in found if a == ["LAO"]), found
