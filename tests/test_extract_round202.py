"""Round 202 (session 23): workers sent abroad ("lao động của tỉnh sang Nhật Bản làm việc": a cooperation with the
country they go to), and a delegation gone to a place told with its country in brackets or to
promote investment ("đoàn công tác của Sở sang tỉnh Ai-chi (Nhật Bản) khảo sát ...", "... sang Xơ-un xúc tiến đầu tư":
a visit).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

HEAD = "BÁO CÁO\n\nKết quả công tác đối ngoại năm 2024 của tỉnh Hà Tĩnh\n\n"


def _read(text: str, kind) -> list[tuple[list[str], list[str]]]:
    return sorted((sorted(e.actors), sorted(e.recipients)) for e in asserted_events(text) if e.kind is kind)


def test_workers_gone_abroad_are_a_cooperation_with_the_country() -> None:
    text = HEAD + "Trong năm, 1.350 lao động của tỉnh sang Hàn Quốc làm việc theo Chương trình EPS.\n"
    assert _read(text, K.COOPERATE) == [(["VNM"], ["KOR"])]


def test_workers_gone_to_work_in_a_named_country() -> None:
    text = HEAD + "Từ cuối những năm 1980, hàng nghìn lao động Việt Nam sang làm việc tại Bun-ga-ri.\n"
    assert _read(text, K.COOPERATE) == [(["VNM"], ["BGR"])]


def test_a_labour_body_moved_abroad_is_no_cooperation() -> None:
    text = HEAD + "Năm 1940, Văn phòng Lao động quốc tế tạm chuyển sang Ca-na-đa.\n"
    assert _read(text, K.COOPERATE) == []


def test_an_agreement_on_sending_workers_is_its_signing_alone() -> None:
    text = (
        HEAD
        + "Năm 1981, hai nước ký Hiệp định về việc đưa người lao động Việt Nam sang làm việc tại Tiệp Khắc.\n"
    )
    assert _read(text, K.COOPERATE) == []


def test_a_plan_for_sending_workers_is_no_cooperation_of_its_own() -> None:
    text = HEAD + "Sở ban hành Kế hoạch đưa người lao động sang Nhật Bản làm việc năm 2025 như sau.\n"
    assert _read(text, K.COOPERATE) == []


def test_recruiters_of_workers_are_no_cooperation() -> None:
    text = HEAD + "Đoàn sẽ gặp các đối tác tuyển chọn lao động sang Đức làm việc.\n"
    assert _read(text, K.COOPERATE) == []


def test_a_delegation_gone_to_a_province_with_its_country_in_brackets() -> None:
    text = HEAD + "Tháng 8, đoàn công tác của Sở sang tỉnh Gun-ma (Nhật Bản) khảo sát nhu cầu tuyển dụng.\n"
    assert _read(text, K.VISIT) == [(["VNM"], ["JPN"])]


def test_a_delegation_gone_over_to_promote_investment() -> None:
    text = HEAD + "Tháng 5, đoàn công tác của Ban Quản lý sang Bu-san xúc tiến đầu tư vào khu kinh tế.\n"
    assert _read(text, K.VISIT) == [(["VNM"], ["KOR"])]
