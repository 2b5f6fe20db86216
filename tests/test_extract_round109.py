"""Round 109 (session 17): dates, second pass. Acts joined by "và" each with its own date (coordinated terms,
fronted years, levels of an upgrade, instruments signed), "Cùng ngày, <a long subject> ...", "(ngay) hôm sau",
"ngày 10/11 vừa qua", a welcome said when the page was written, a plan's months under an anniversary's title.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _dated(text: str, kind) -> list:
    return [(sorted(e.actors), sorted(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def _dates(text: str, kind) -> set[str]:
    return {d for _, _, d in _dated(text, kind)}


def test_coordinated_terms():
    text = "Ngày 3/4/2024\n\nIn-đô-nê-xi-a từng được bầu làm Ủy viên không thường trực Hội đồng Bảo an, nhiệm kỳ 2007 – 2008 và 2019 – 2020.\n"
    assert {"2007/2008", "2019/2020"} <= _dates(text, K.MEMBERSHIP_ELECT)


def test_fronted_coordinated_years():
    text = "Ngày 3/4/2024\n\nNăm 2015 và năm 2019, Na Uy cùng Cu-ba thúc đẩy đối thoại giữa chính phủ Cô-lôm-bi-a và phe đối lập.\n"
    assert {"2015", "2019"} <= _dates(text, K.CONSULT)


def test_fronted_year_alone_is_one_date():
    text = "Ngày 3/4/2024\n\nNăm 2015 và năm 2019 là những năm khó khăn. Năm 2017, Na Uy ký hiệp định với Cô-lôm-bi-a.\n"
    assert _dates(text, K.AGREEMENT_SIGN) == {"2017"}


def test_next_level_of_an_upgrade():
    text = "Ngày 3/4/2024\n\nQuan hệ Việt Nam – Ấn Độ được nâng lên Đối tác chiến lược năm 2007 và Đối tác chiến lược toàn diện năm 2016.\n"
    assert {"2007", "2016"} <= _dates(text, K.RELATIONS_UPGRADE)


def test_coordinated_instruments_signed():
    text = "Ngày 3/4/2024\n\nViệt Nam và Ô-xtrây-li-a cùng ký Hiệp định CPTPP ngày 8/3/2018 và Hiệp định RCEP ngày 15/11/2020.\n"
    assert {"2018-03-08", "2020-11-15"} <= _dates(text, K.AGREEMENT_SIGN)


def test_instrument_with_its_own_verb_is_not_coordinated():
    text = "Ngày 3/4/2024\n\nViệt Nam và Hoa Kỳ ký Hiệp định thương mại ngày 13/7/2000 và Hiệp định có hiệu lực từ ngày 10/12/2001.\n"
    assert _dates(text, K.AGREEMENT_SIGN) == {"2000-07-13"}


def test_same_day_with_a_long_subject():
    text = (
        "Ngày 20/3/2025\n\n"
        "Tối 18/3/2025, Đại sứ quán tổ chức chiêu đãi kỷ niệm quan hệ ngoại giao Việt Nam – Mô-dăm-bích. "
        "Cùng ngày, Bộ trưởng Ngoại giao Việt Nam và Bộ trưởng Ngoại giao Mô-dăm-bích hội đàm trực tuyến.\n"
    )
    assert "2025-03-18" in _dates(text, K.CONSULT)


def test_the_day_after():
    text = (
        "Ngày 20/3/2025\n\n"
        "Ngày 30/6/2022, công trình do Việt Nam tài trợ được bàn giao cho Cam-pu-chia; ngay hôm sau, "
        "Thủ tướng Phạm Minh Chính sang thăm chính thức Cam-pu-chia.\n"
    )
    assert "2022-07-01" in _dates(text, K.VISIT)


def test_the_day_after_a_year_gives_no_day():
    text = "Ngày 20/3/2025\n\nNăm 2022, hai nước ký hiệp định. Hôm sau, Thủ tướng Nhật Bản thăm Việt Nam.\n"
    assert not any(len(d) == 10 for d in _dates(text, K.VISIT))


def test_day_just_past():
    from doingoai.extract.dates import dates_in

    text = "Thỏa thuận được ký tháng 5/2000. Hội nghị đã kết nạp nước này ngày 10/11 vừa qua."
    assert [d.value for d in dates_in(text, "2001-12-11")] == ["2000-05", "2001-11-10"]


def test_welcome_said_at_the_page_date():
    text = (
        "Hà Nội, ngày 9/8/2012\n\n"
        "Phát biểu tại buổi lễ, Đại sứ Hoa Kỳ khẳng định đây là một ưu tiên. Phía Việt Nam hoan nghênh sự tham gia "
        "của Mỹ và đề nghị phía bạn tiếp tục hỗ trợ.\n"
    )
    assert "2012-08-09" in _dates(text, K.SUPPORT)


def test_habitual_welcome_stays_undated():
    text = "Hà Nội, ngày 9/8/2012\n\nViệt Nam luôn hoan nghênh sự tham gia của Mỹ vào khu vực.\n"
    assert "2012-08-09" not in _dates(text, K.SUPPORT)


def test_plan_month_under_an_anniversary_title():
    text = (
        "KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Mô-dăm-bích (1975 – 2025)\n\n"
        "Hà Nội, ngày 8 tháng 1 năm 2025\n\n"
        "II. NHIỆM VỤ\n\n"
        "1. Cử đoàn đại biểu nhân dân sang thăm Mô-dăm-bích trong tháng 10 để trao đổi kinh nghiệm.\n"
    )
    assert _dates(text, K.VISIT) == {"2025-10"}


def test_support_is_not_dated_by_the_seat_term():
    text = (
        "Ngày 3/4/2024\n\n"
        "Phía Bồ Đào Nha đã ủng hộ Việt Nam làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021.\n"
    )
    dates = _dates(text, K.SUPPORT)
    assert dates and "2020/2021" not in dates
