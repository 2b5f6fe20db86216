"""Round 165 (session 21): events found with the wrong parties or year.

A programme's term is no signing date; a second act coordinated right after a dated first one shares its date; a
visit fronted as the occasion of its sentence ("Trong chuyến thăm X tháng M, Tổng thống Y ...") is the subject's;
a delegation received ("tiếp / đón đoàn X sang ...") visits its host. Texts written for these tests; whole pipeline
with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


_REPORT = "BÁO CÁO\nKết quả công tác đối ngoại năm 2025\n\nI. KẾT QUẢ\n\n{item}\n\n2. Tổ chức hội nghị tổng kết công tác.\n"


def test_programme_term_is_no_signing_date() -> None:
    text = _REPORT.format(
        item="1. Đón đoàn Hội Hữu nghị tỉnh Hủa Phăn (Lào) sang thăm; hai hội ký chương trình hợp tác "
        "giai đoạn 2027 – 2029."
    )
    dates = [d for _, _, d in _read(text, K.AGREEMENT_SIGN)]
    assert dates and all(not d.startswith("2027") for d in dates), dates


def test_programme_term_signed_after_a_dated_visit_takes_the_visit() -> None:
    text = (
        "Hoạt động của Tổng Lãnh sự quán tháng 10/2025\n\n"
        "Từ ngày 6 đến 8/10/2025, đoàn đại biểu tỉnh Kon Tum thăm, làm việc tại tỉnh Xê Kông (Lào). Hai tỉnh ký "
        "Biên bản ghi nhớ hợp tác giai đoạn 2026 – 2030 về giáo dục và y tế.\n"
    )
    dates = [d for _, _, d in _read(text, K.AGREEMENT_SIGN)]
    assert dates and all(d.startswith("2025-10") for d in dates), dates


def test_a_term_the_act_happened_within_still_dates_it() -> None:
    text = (
        "Các nước ven biển đã ký nhiều hiệp định song phương trong giai đoạn 1998 – 2003 về phân định biển.\n"
    )
    assert all(d in ("", "1998/2003") for _, _, d in _read(text, K.AGREEMENT_SIGN))


def test_talks_coordinated_after_a_dated_visit_share_its_date() -> None:
    text = (
        "Quan hệ Việt Nam – Ex-tô-ni-a\n\nNhân dịp kỷ niệm 30 năm quan hệ ngoại giao, Phó Thủ tướng Việt Nam thăm "
        "chính thức Ex-tô-ni-a ngày 3 – 4/6/2022 và hội kiến Tổng thống Alar Karis. Ngày 9/9/2024, hai Bộ trưởng "
        "Ngoại giao hội đàm tại Hà Nội.\n"
    )
    assert any(d == "2022-06-03/2022-06-04" for _, _, d in _read(text, K.CONSULT)), _read(text, K.CONSULT)


def test_second_act_with_its_own_date_keeps_it() -> None:
    text = "Năm 2019, Ấn Độ thăm Mát-xcơ-va và đến năm 2021 ký hiệp định quốc phòng với Nga.\n"
    assert all(d != "2019" for _, _, d in _read(text, K.AGREEMENT_SIGN))


def test_fronted_visit_is_the_subjects() -> None:
    text = (
        "Quan hệ Việt Nam – Chi-lê\n\nTrong chuyến thăm Việt Nam tháng 11/2024, Tổng thống Chi-lê Gabriel Boric "
        "bày tỏ mong muốn thúc đẩy đàm phán hiệp định đối tác kinh tế toàn diện giữa Việt Nam và Chi-lê.\n"
    )
    visits = _read(text, K.VISIT)
    assert (["CHL"], ["VNM"], "2024-11") in visits, visits
    assert not any(a == ["VNM"] for a, _, _ in visits), visits


def test_fronted_visit_between_two_foreign_states() -> None:
    text = "Trong chuyến thăm Ai Cập tháng 2/2024, Tổng thống Bra-xin Lula da Silva phát biểu tại Liên đoàn Ả-rập.\n"
    assert (["BRA"], ["EGY"], "2024-02") in _read(text, K.VISIT)


def test_received_delegation_visits_its_host() -> None:
    text = _REPORT.format(
        item="1. Tháng 4, Phòng Thương mại và Công nghiệp Việt Nam tiếp đoàn doanh nghiệp Ma-rốc sang tìm hiểu "
        "thị trường thủy sản."
    )
    visits = _read(text, K.VISIT)
    assert any(a == ["MAR"] and r == ["VNM"] for a, r, _ in visits), visits
    assert not any(a == ["VNM"] for a, _, _ in visits), visits


def test_received_pair_association_is_left_as_read() -> None:
    text = _REPORT.format(
        item="1. Tháng 6, đón đoàn Hội Hữu nghị Ma-rốc – Việt Nam sang thăm và trao đổi kinh nghiệm."
    )
    visits = _read(text, K.VISIT)
    assert not any(a == ["VNM"] for a, _, _ in visits), visits
