"""Round 219 (session 23): a delegation received in a report's item whose visitor is a foreign province or body the
gazetteer does not know ("Tiếp đoàn Sở Công nghiệp Vân Nam sang ...") takes the one partner the report's title
names as its visitor; a report whose title names no partner, or two, still reads no event from such an item.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone


def _read(text: str) -> list[tuple[str, list[str], list[str]]]:
    return sorted((e.kind.value, list(e.actors), list(e.recipients)) for e in extract_text(text).events)


_ITEM = "2. Tiếp đoàn Sở Nông nghiệp bang Tasmania sang tìm hiểu mô hình trồng thanh long.\n\n"


def _report(title: str) -> str:
    return (
        "UBND TỈNH BÌNH THUẬN\n\nSỞ NGOẠI VỤ\n\nSố: 12/BC-SNgV\n\nBình Thuận, ngày 10 tháng 12 năm 2024\n\n"
        f"BÁO CÁO\n\n{title}\n\nI. KẾT QUẢ NĂM 2024\n\n"
        "1. Kim ngạch xuất khẩu của tỉnh tăng khoảng 12% so với năm 2023.\n\n" + _ITEM
    )


def test_a_delegation_received_takes_the_partner_of_the_reports_title() -> None:
    got = _read(_report("Kết quả hợp tác với Ô-xtrây-li-a năm 2024"))
    assert ("visit", ["AUS"], ["VNM"]) in got


def test_no_partner_in_the_title_gives_no_visitor() -> None:
    got = _read(_report("Kết quả công tác đối ngoại năm 2024"))
    assert not any(kind == "visit" for kind, _, _ in got)


def test_two_partners_in_the_title_give_no_visitor() -> None:
    got = _read(_report("Kết quả hợp tác với Ô-xtrây-li-a và Niu Di-lân năm 2024"))
    assert not any(kind == "visit" for kind, _, _ in got)


def test_a_home_delegation_received_by_a_mission_abroad_takes_no_visitor() -> None:
    text = (
        "BỘ CÔNG THƯƠNG\n\nTHƯƠNG VỤ VIỆT NAM TẠI Ô-XTRÂY-LI-A\n\nSố: 7/BC-TV\n\nXít-ni, ngày 10 tháng 12 năm 2024\n\n"
        "BÁO CÁO\n\nTình hình thương mại với Ô-xtrây-li-a năm 2024\n\nI. KẾT QUẢ NĂM 2024\n\n"
        "1. Kim ngạch xuất khẩu tăng khoảng 12% so với năm 2023.\n\n"
        "2. Tiếp đoàn Sở Công Thương tỉnh Bình Thuận sang tìm hiểu thị trường thanh long.\n\n"
    )
    assert ("visit", ["AUS"], ["VNM"]) not in _read(text)


def test_a_province_delegation_of_ours_in_a_report_takes_no_visitor() -> None:
    got = _read(
        _report("Kết quả hợp tác với Ô-xtrây-li-a năm 2024").replace("bang Tasmania", "tỉnh Ninh Thuận")
    )
    assert ("visit", ["AUS"], ["VNM"]) not in got
