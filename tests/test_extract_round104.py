"""Round 104 (session 17): dates. "năm đó" / "năm ấy" after a time word ("ngay trong năm đó", "tháng 6 năm
đó") is the year told last before it in its paragraph, not the document's (dates._that_year); a date after
"có hiệu lực từ" is the entry into force's, not the act's, when the clause has its own date before the trigger
(events_dating._in_force_date).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _dated(text: str, kind) -> list:
    return [(sorted(e.actors), sorted(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_month_of_that_year():
    text = (
        "Ngày 12/8/2024\n\n"
        "Năm 2008, Liên hợp quốc thông qua nghị quyết về Mi-an-ma; sau cuộc đảo chính tháng 5 năm đó, "
        "Liên minh châu Phi đình chỉ tư cách thành viên của Ghi-nê.\n"
    )
    assert any(d == "2008-05" for _, _, d in _dated(text, K.SANCTION))


def test_within_that_year():
    text = (
        "Ngày 12/8/2024\n\n"
        "Ma-rốc gia nhập Tổ chức Thương mại Thế giới ngày 1/1/1995, ký hiệp định thương mại tự do với Hoa Kỳ "
        "ngay trong năm đó.\n"
    )
    assert any(d == "1995" for _, _, d in _dated(text, K.AGREEMENT_SIGN))


def test_that_year_as_a_generic_is_no_date():
    from doingoai.extract.dates import dates_in

    text = "Hội nghị lần đầu họp năm 2006. Chủ tịch Hội nghị là nước giữ cương vị Chủ tịch ASEAN năm đó."
    assert [d.value for d in dates_in(text, "2024-08-12")] == ["2006"]


def test_entry_into_force_does_not_date_the_signing():
    text = (
        "Ngày 12/8/2024\n\n"
        "Ngày 5/3/2022, Thủ tướng Nhật Bản và Thủ tướng Ô-xtơ-rây-li-a ký Hiệp định về tiếp cận tương hỗ, "
        "có hiệu lực từ ngày 13/8/2023.\n"
    )
    assert any(d == "2022-03-05" for _, _, d in _dated(text, K.AGREEMENT_SIGN))


def test_entry_into_force_alone_dates_the_withdrawal():
    text = "Ngày 12/8/2024\n\nBu-run-đi rút khỏi Tòa án Hình sự Quốc tế, có hiệu lực từ ngày 27/10/2017.\n"
    assert any(d == "2017-10-27" for _, _, d in _dated(text, K.MEMBERSHIP_LEAVE))
