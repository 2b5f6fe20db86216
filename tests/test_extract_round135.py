"""Round 135 (session 19): dates of a news digest's items: a dateline ("Xơ-un, 14/3 – ...") dates its item with
the document's year; the year after a visit's "đầu tiên ... kể từ năm" is the time before, not the visit's; a
visit restated in apposition as the first since a year ("..., chuyến thăm đầu tiên của ông kể từ năm 2016") is
no second visit.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.extract.dates import dates_in
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

DIGEST = """BẢN TIN THẾ GIỚI TUẦN
(Từ ngày 10/3 đến ngày 16/3/2025)

1. Tổng thống Pháp thăm Nhật Bản
Tô-ky-ô, 12/3 – Tổng thống Pháp hội đàm với Thủ tướng Nhật Bản tại Tô-ky-ô.

2. Thủ tướng Ca-na-đa tới Mê-hi-cô
Mê-hi-cô Xi-ti, 14/3 (TTXVN) – Thủ tướng Ca-na-đa kết thúc chuyến thăm Mê-hi-cô ba ngày, chuyến thăm đầu tiên
của ông tới nước này kể từ năm 2016.

3. Thủ tướng Hà Lan tới Thái Lan
Băng Cốc, 15/3 – Thủ tướng Hà Lan hội đàm với Thủ tướng Thái Lan trong chuyến thăm Thái Lan đầu tiên của một
Thủ tướng Hà Lan kể từ năm 1998.
"""


def _dated(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_dateline_dates_its_item() -> None:
    assert (["FRA"], ["JPN"], "2025-03-12") in _dated(DIGEST, K.CONSULT)


def test_first_visit_since_keeps_the_dateline() -> None:
    visits = _dated(DIGEST, K.VISIT)
    assert (["NLD"], ["THA"], "2025-03-15") in visits
    assert not any(d.startswith("1998") for _, _, d in visits)


def test_visit_restated_in_apposition_is_no_second_visit() -> None:
    visits = [v for v in _dated(DIGEST, K.VISIT) if v[:2] == (["CAN"], ["MEX"])]
    assert visits == [(["CAN"], ["MEX"], "2025-03-14")]


def test_day_month_after_any_comma_is_no_dateline() -> None:
    text = "Kết quả năm 2024: tỷ lệ đạt 3/4 – cao hơn năm trước.\n"
    assert [d.value for d in dates_in(text, "2024-12-31")] == ["2024"]
    text = "Theo báo cáo, 12/3 – một phần tư số dự án – đã hoàn thành.\n"
    assert all(len(d.value) != 10 for d in dates_in(text, "2024-12-31"))


def test_lower_case_word_before_the_comma_is_no_dateline() -> None:
    text = "Theo đó, 3/4 – số dự án – đã hoàn thành.\n"
    assert all(len(d.value) != 10 for d in dates_in(text, "2024-12-31"))
