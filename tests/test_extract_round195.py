"""Round 195 (session 22): a time counted from an act named by its place ("Tám năm sau Băng Cốc, ...").

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

MEMOIR = """Chương 4
NHỮNG NĂM Ở VỤ CHÂU Á

Tháng 5/2001, tôi theo đoàn Chủ tịch nước sang Xơ-un dự hội nghị về hợp tác kinh tế.

Năm năm sau Xơ-un, Tổng thống Hàn Quốc sang thăm chính thức Việt Nam.
"""


def _dates(text: str) -> list[str]:
    return sorted(e.date for e in asserted_events(text) if e.kind is K.VISIT and "KOR" in e.actors)


def test_years_after_a_named_place_count_from_the_act_told_there() -> None:
    assert _dates(MEMOIR) == ["2006"]


def test_a_count_with_a_date_of_its_own_keeps_it() -> None:
    text = MEMOIR.replace("Năm năm sau Xơ-un, ", "Năm năm sau Xơ-un, ngày 3/4/2007, ")
    assert _dates(text) == ["2007-04-03"]


def test_a_count_after_a_place_never_told_dates_nothing_new() -> None:
    text = MEMOIR.replace("Năm năm sau Xơ-un, ", "Năm năm sau Tô-ky-ô, ")
    assert "2006" not in _dates(text)
