"""Round 192 (session 22): a report's numbered items take the partner its title names; a plan signed before its
year dates its planned tasks in that year.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

REPORT = """SỞ NGOẠI VỤ TỈNH QUẢNG TRỊ

Số: 88/BC-SNgV                          Quảng Trị, ngày 20 tháng 12 năm 2030

BÁO CÁO

Kết quả hợp tác với tỉnh Xa-van-na-khệt, Lào năm 2030

Năm 2030, quan hệ hợp tác tiếp tục phát triển. Hiệp định khung được ký tại Viêng Chăn ngày 5/3/2030.

1. Ký Biên bản ghi nhớ về hợp tác giáo dục và đào tạo giai đoạn 2030 - 2035.

2. Cử đoàn công tác của Sở Y tế sang làm việc, trao đổi kinh nghiệm phòng chống dịch bệnh.
"""

PLAN = """SỞ NGOẠI VỤ TỈNH QUẢNG TRỊ

Số: 90/KH-SNgV                          Quảng Trị, ngày 26 tháng 12 năm 2030

KẾ HOẠCH

Hợp tác với tỉnh Xa-van-na-khệt, Lào năm 2031

I. KẾT QUẢ ĐẠT ĐƯỢC

Hai bên đã ký Biên bản ghi nhớ về hợp tác giáo dục.

II. NHIỆM VỤ

1. Ký Biên bản thỏa thuận hợp tác về y tế với tỉnh Xa-van-na-khệt.

2. Cử đoàn công tác của Sở Y tế sang làm việc tại tỉnh Xa-van-na-khệt.
"""


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (sorted(e.actors), sorted(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_a_reports_items_take_its_partner() -> None:
    assert _read(REPORT, K.AGREEMENT_SIGN) == [(["LAO", "VNM"], [], "2030")]
    assert _read(REPORT, K.VISIT) == [(["VNM"], ["LAO"], "2030")]


def test_a_reports_running_line_takes_no_partner() -> None:
    text = REPORT.replace("1. Ký Biên bản", "Ngoài ra, Biên bản").replace("2. Cử đoàn", "Sở Nội vụ cử đoàn")
    assert _read(text, K.AGREEMENT_SIGN) == []


def test_a_plans_tasks_are_dated_in_its_year() -> None:
    got = _read(PLAN, K.AGREEMENT_SIGN)
    assert (["VNM"], ["LAO"], "2031") in got or (["LAO", "VNM"], [], "2031") in got
    assert _read(PLAN, K.VISIT) == [(["VNM"], ["LAO"], "2031")]


def test_a_plans_result_is_not_dated_in_its_year() -> None:
    done = [e for e in asserted_events(PLAN) if e.kind is K.AGREEMENT_SIGN and e.status.name == "OCCURRED"]
    assert done and all(e.date != "2031" for e in done)


def test_a_plan_for_its_own_year_keeps_its_date() -> None:
    text = PLAN.replace("năm 2031", "năm 2030")
    assert all(d != "2031" for _, _, d in _read(text, K.VISIT))
