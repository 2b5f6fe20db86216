"""Round 90 (session 16): events in the new document shapes — a Vietnamese mission's digest or report (its own
acts and the host country as their partner, a consulate in a city), a province's head by office after "với", a
fronted venue before a province acting, a joint meeting by its bare noun, transport links, receptions, remains
handed over.

Texts written for these tests; whole pipeline with the learned reading off."""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events, show

pytestmark = pytest.mark.rules_alone

EMBASSY = """ĐẠI SỨ QUÁN VIỆT NAM TẠI MÔNG CỔ
BẢN TIN HOẠT ĐỘNG THÁNG
Số 03/2025 | Tháng 3/2025

1. Ngày 10/3, Đại sứ làm việc với Bộ trưởng Bộ Giáo dục về hợp tác đào tạo sinh viên.

2. Tối 12/3, Đại sứ quán tổ chức chiêu đãi kỷ niệm 70 năm thiết lập quan hệ ngoại giao hai nước.

3. Ngày 20/3, Đại sứ trao đổi với Đại sứ Nhật Bản về tình hình khu vực.
"""

CONSULATE = """TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI CÔN MINH
BẢN TIN TUẦN

Ngày 4/6/2025, Tổng Lãnh sự làm việc với Phó Thị trưởng thành phố về hợp tác thương mại.
"""


def test_a_missions_own_act_has_the_host_as_partner() -> None:
    got = asserted_events(EMBASSY)
    assert any(e.kind is K.CONSULT and e.actors == ("VNM",) and e.recipients == ("MNG",) for e in got), show(
        got
    )


def test_a_missions_reception_celebrates_its_relations() -> None:
    got = asserted_events(EMBASSY)
    assert any(e.kind is K.RELATIONS and e.recipients == ("MNG",) and e.date == "2025-03-12" for e in got), (
        show(got)
    )


def test_a_mission_talking_with_a_third_state_keeps_it() -> None:
    got = asserted_events(EMBASSY)
    assert not any(e.date == "2025-03-20" and "MNG" in e.actors + e.recipients for e in got), show(got)


def test_a_consulate_in_a_city_has_its_country_as_host() -> None:
    got = asserted_events(CONSULATE)
    assert any("CHN" in e.recipients and e.actors == ("VNM",) for e in got), show(got)


def test_without_a_missions_issuer_line_no_host_is_added() -> None:
    got = asserted_events(EMBASSY.replace("ĐẠI SỨ QUÁN VIỆT NAM TẠI MÔNG CỔ", "BỘ NGOẠI GIAO"))
    assert not any("MNG" in e.actors + e.recipients for e in got), show(got)


def test_a_province_head_by_office_is_the_partner() -> None:
    text = (
        "Tháng 5/2025, đoàn đại biểu tỉnh Nghệ An làm việc với Tỉnh trưởng tỉnh Hủa Phăn về hợp tác giáo dục."
    )
    got = asserted_events(text)
    assert any(e.kind is K.CONSULT and "LAO" in e.actors + e.recipients for e in got), show(got)


def test_a_fronted_venue_leaves_the_province_the_subject() -> None:
    text = (
        "Việt Nam và Lào phối hợp tìm kiếm hài cốt liệt sĩ. Ngày 12/4/2025, tại cửa khẩu Nậm Cắn, tỉnh Hủa Phăn "
        "bàn giao cho tỉnh Nghệ An 15 hài cốt liệt sĩ quân tình nguyện Việt Nam."
    )
    got = asserted_events(text)
    assert any(
        e.kind is K.COOPERATE and e.actors == ("LAO",) and e.recipients == ("VNM",) and e.date == "2025-04-12"
        for e in got
    ), show(got)


def test_a_joint_meeting_by_its_bare_noun_is_planned() -> None:
    text = "Việt Nam và Xinh-ga-po đã hội đàm. Hai bên nhất trí tổ chức họp Ủy ban hỗn hợp lần thứ 3 vào năm 2031."
    got = asserted_events(text)
    assert any(e.kind is K.CONSULT and e.date == "2031" for e in got), show(got)


def test_a_press_conference_is_no_joint_meeting() -> None:
    text = "Việt Nam và Xinh-ga-po đã hội đàm. Sau đó, hai bên tổ chức họp báo vào năm 2031."
    got = asserted_events(text)
    assert not any(e.date == "2031" for e in got), show(got)


def test_transport_links_are_cooperation() -> None:
    text = "Việt Nam và Hàn Quốc nhất trí mở thêm đường bay thẳng giữa các thành phố lớn vào năm 2030."
    got = asserted_events(text)
    assert any(e.kind is K.COOPERATE and {"VNM", "KOR"} <= set(e.actors + e.recipients) for e in got), show(
        got
    )
