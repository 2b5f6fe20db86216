"""Round 187 (session 22): dates taken from an earlier event ("cùng ngày", "Trong chuyến ...").

* "Cùng ngày, Tổng thống X đã hội kiến ..." several paragraphs and headings after the lead that dates the day:
  the date of the earlier event of its kind (else the visit or talks), not undated.
* "Trong chuyến công du này, ...", "Trong chuyến đi, ...": the trip told before, as "Trong chuyến thăm, ...".

Texts written for these tests; whole pipeline, rules alone.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _dates(text: str, kind) -> list[str]:
    return sorted(e.date for e in asserted_events(text) if e.kind is kind)


_LEAD = (
    "Hà Nội (TTXVN) – Ngày 14/5/2025, tại Phủ Chủ tịch, Chủ tịch nước đã hội đàm với Tổng thống Chi-lê, người đang "
    "thăm cấp Nhà nước Việt Nam từ ngày 13 đến 15/5/2025.\n\n"
    "Hợp tác kinh tế\n\n"
    "Hai bên nhất trí thúc đẩy thương mại song phương, nhất là nông sản và khoáng sản.\n\n"
    "Giáo dục và văn hóa\n\n"
    "Hai nhà lãnh đạo hoan nghênh việc mở rộng trao đổi sinh viên giữa các trường đại học hai nước.\n\n"
)


def test_same_day_far_after_the_lead_takes_the_talks_date() -> None:
    text = _LEAD + "Cùng ngày, Tổng thống Chi-lê đã hội kiến Thủ tướng Chính phủ Việt Nam.\n"
    assert "2025-05-14" in _dates(text, K.CONSULT)
    assert "" not in _dates(text, K.CONSULT)


def test_same_day_near_a_date_keeps_that_date() -> None:
    text = (
        "Ngày 3/4/2025, Bộ trưởng Ngoại giao Việt Nam hội đàm với Bộ trưởng Ngoại giao Chi-lê tại Hà Nội. "
        "Cùng ngày, Bộ trưởng Chi-lê hội kiến Thủ tướng Chính phủ Việt Nam.\n"
    )
    assert _dates(text, K.CONSULT) == ["2025-04-03", "2025-04-03"]


def test_on_this_journey_takes_the_visit_date() -> None:
    text = (
        "Năm 1973, Việt Nam và I-ta-li-a thiết lập quan hệ ngoại giao. Tháng 7/2023, Chủ tịch nước thăm cấp Nhà "
        "nước I-ta-li-a. Trong chuyến công du này, Chủ tịch nước cũng thăm Tòa thánh Va-ti-căng và hội kiến Giáo "
        "hoàng.\n"
    )
    assert _dates(text, K.VISIT) == ["2023-07", "2023-07"]
    assert _dates(text, K.CONSULT) == ["2023-07"]


def test_on_the_trip_takes_the_visit_date() -> None:
    text = (
        "Năm 1950, Việt Nam và Liên Xô thiết lập quan hệ ngoại giao. Tháng 6/1955, Chủ tịch nước thăm chính thức "
        "Liên Xô. Trong chuyến đi, Liên Xô quyết định viện trợ không hoàn lại cho Việt Nam 400 triệu rúp.\n"
    )
    assert _dates(text, K.AID) == ["1955-06"]


def test_year_named_by_its_clause_is_no_earlier_year() -> None:
    text = (
        "KẾ HOẠCH Hợp tác với Thái Lan năm 2026\n\n"
        "I. TÌNH HÌNH\n\n"
        "Năm 2019, hai bên ký Bản ghi nhớ về hợp tác văn hóa.\n\n"
        "II. NHIỆM VỤ NĂM 2026\n\n"
        "1. Phối hợp với phía bạn trong năm Phi-líp-pin đảm nhiệm cương vị Chủ tịch ASEAN.\n"
    )
    assert _dates(text, K.CHAIR) == ["2026"]


def test_report_result_listed_undated_is_of_the_report_year() -> None:
    text = (
        "SỞ NGOẠI VỤ\n\n"
        "Số: 45/BC-SNV\n\n"
        "Huế, ngày 12 tháng 12 năm 2025\n\n"
        "BÁO CÁO Kết quả hoạt động hữu nghị với các nước Bắc Âu\n\n"
        "I. KẾT QUẢ\n\n"
        "1. Ký biên bản ghi nhớ với Trường Đại học Ốt-xlô (Na Uy) về trao đổi sinh viên.\n\n"
        "II. PHƯƠNG HƯỚNG NĂM 2026\n\n"
        "1. Tháng 5/2026, đón đoàn Hội Hữu nghị Thụy Điển – Việt Nam sang thăm tỉnh.\n"
    )
    assert _dates(text, K.AGREEMENT_SIGN) == ["2025"]
