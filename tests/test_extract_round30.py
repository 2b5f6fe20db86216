"""Round 30 (session 12): the shapes of provincial and ministry reports and of plans. Requests to the partner or
to named donors, experts the partner sends over, promotion missions and trade fairs abroad, a leader's working
trip carried out by a plan, a programme's term that does not date its signing, "hai bên / hai Bộ" under a plan's
title, delegations received, "tháng trước" after a described date, activities held with a partner, scholarships
and trainees asked for. Whole pipeline, on sentences written for these tests."""

from __future__ import annotations

import pytest

from doingoai.model import EventKind
from doingoai.pipeline import extract_text

K = EventKind

_HEAD = (
    "BỘ NÔNG NGHIỆP                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Số: 12/KH-BNN                 Hà Nội, ngày 10 tháng 2 năm 2026\n\n"
    "                                  KẾ HOẠCH\n"
    "                   Hợp tác với {partner} năm 2026\n\n"
    "I. NHIỆM VỤ\n\n"
)


def plan(partner: str, *tasks: str) -> str:
    """A ministry's plan with one partner in its title and numbered tasks."""
    body = "".join(f"{i}. {t}\n\n" for i, t in enumerate(tasks, 1))
    return _HEAD.format(partner=partner) + body


def events(
    text: str, kind: EventKind | None = None
) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    doc = extract_text(text)
    return [
        (e.kind.value, e.actors, e.recipients, e.date) for e in doc.events if kind is None or e.kind is kind
    ]


def sides(text: str, kind: EventKind) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(a, r) for _, a, r, _ in events(text, kind)]


# --- 1. the writer's request to named donors or to the partner -------------------------------------------------


def test_several_donors_lobbied_for_aid_give_it():
    text = plan(
        "Ô-xtrây-li-a", "Tiếp tục vận động JICA và KOICA tài trợ các dự án nước sạch tại các huyện biên giới."
    )
    assert sides(text, K.AID) == [(("JPN", "KOR"), ("VNM",))]


def test_partner_asked_to_recognise_supports_vietnam():
    text = plan(
        "Ô-xtrây-li-a", "Đề nghị phía Ô-xtrây-li-a sớm công nhận quy chế kinh tế thị trường của Việt Nam."
    )
    assert sides(text, K.SUPPORT) == [(("AUS",), ("VNM",))]


def test_partner_proposed_a_negotiation_with_a_home_ministry():
    text = plan(
        "Ô-xtrây-li-a",
        "Chủ trì, phối hợp với Bộ Ngoại giao đề xuất với phía Ô-xtrây-li-a đàm phán Bản ghi nhớ về hợp tác thương mại.",
    )
    got = sides(text, K.AGREEMENT_NEGOTIATE)
    assert [set(a + r) for a, r in got] == [{"VNM", "AUS"}]


def test_others_lobbied_to_ratify_is_still_no_event():
    text = "Năm 2026, Bộ tiếp tục vận động các nước thành viên EU sớm phê chuẩn Hiệp định."
    assert events(text, K.AGREEMENT_RATIFY) == []


# --- 2. experts a foreign partner sends, no place named ---------------------------------------------------------


def test_partner_sends_experts_over_to_vietnam():
    text = plan("Ô-xtrây-li-a", "Đề nghị phía bạn cử 2 chuyên gia sang hướng dẫn kỹ thuật canh tác lúa.")
    assert sides(text, K.AID) == [(("AUS",), ("VNM",))]


# --- 3. promotion missions and trade fairs abroad -----------------------------------------------------------------


def test_promotion_mission_listing_its_goods_visits_the_countries():
    text = "Tháng 3/2025, tỉnh tổ chức đoàn xúc tiến xuất khẩu gạo, cà phê và hạt điều sang Nhật Bản và Hàn Quốc."
    assert sides(text, K.VISIT) == [(("VNM",), ("JPN", "KOR"))]


def test_tourism_promotion_mission_is_a_visit():
    text = "Tháng 3/2025, tỉnh tổ chức đoàn xúc tiến du lịch sang Hung-ga-ri."
    assert sides(text, K.VISIT) == [(("VNM",), ("HUN",))]


def test_trade_fair_abroad_is_a_visit_to_its_country():
    text = (
        "Tháng 6/2025, đoàn doanh nghiệp của tỉnh tham gia Hội chợ thương mại quốc tế tại Viêng Chăn (Lào)."
    )
    assert sides(text, K.VISIT) == [(("VNM",), ("LAO",))]


@pytest.mark.rules_alone  # (a rule's reading pinned: the learned reading is off)
def test_tourist_group_and_fair_at_home_are_no_visit():
    assert events("Tháng 3/2025, tỉnh tổ chức đoàn khách du lịch sang Nhật Bản.", K.VISIT) == []
    assert events("Tháng 5/2025, doanh nghiệp Nhật Bản tham gia hội chợ tại Hà Nội.", K.VISIT) == []


# --- 4. a leader's working trip whose results a plan carries out ------------------------------------------------


def test_results_of_a_leaders_trip_tell_the_trip():
    text = (
        "Nhằm cụ thể hóa kết quả chuyến công tác của Thủ tướng Chính phủ tới Thái Lan tháng 10/2025, "
        "Bộ ban hành Kế hoạch như sau."
    )
    assert events(text, K.VISIT) == [("visit", ("VNM",), ("THA",), "2025-10")]


def test_a_purpose_alone_is_still_no_trip():
    text = "Nhằm chuẩn bị chuyến công tác của Thủ tướng Chính phủ tới Thái Lan, Bộ ban hành Kế hoạch như sau."
    assert events(text, K.VISIT) == []


# --- 5. a programme's term does not date its signing ---------------------------------------------------------------


def test_signing_of_a_programme_takes_the_sentence_date():
    text = (
        "Tháng 10/2024, đoàn đại biểu tỉnh do Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh "
        "Chăm-pa-xắc (Lào); hai bên ký Biên bản ghi nhớ hợp tác giai đoạn 2025 – 2030."
    )
    assert [d for _, _, _, d in events(text, K.AGREEMENT_SIGN)] == ["2024-10"]


def test_a_term_alone_still_dates_an_election():
    text = "Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021."
    assert [d for _, _, _, d in events(text, K.MEMBERSHIP_ELECT)] == ["2020/2021"]


# --- 6. "hai bên / hai Bộ" under a plan's title naming one partner -------------------------------------------------


def test_two_ministries_are_vietnam_and_the_titled_partner():
    text = plan(
        "Cộng hòa Chi-lê",
        "Chuẩn bị nội dung Bản ghi nhớ về hợp tác nông nghiệp giữa hai Bộ, dự kiến được ký trong năm 2026.",
    )
    got = sides(text, K.AGREEMENT_SIGN)
    assert [set(a + r) for a, r in got] == [{"VNM", "CHL"}]


def test_a_title_naming_no_partner_lends_none():
    text = plan("các nước châu Phi", "Hai Bộ sẽ ký Bản ghi nhớ về hợp tác nông nghiệp trong năm 2026.")
    assert events(text, K.AGREEMENT_SIGN) == []


# --- 7. a delegation received by the writer's own body -------------------------------------------------------------


def test_ministry_receiving_a_delegation_is_its_visit():
    text = "Ngày 5/3/2025, Bộ đã tiếp và làm việc với đoàn Thứ trưởng Bộ Thương mại Mông Cổ."
    assert events(text, K.VISIT) == [("visit", ("MNG",), ("VNM",), "2025-03-05")]


def test_leader_receiving_a_delegation_abroad_is_no_visit_by_this_rule():
    text = "Ngày 5/3/2025, tại Thượng Hải, Chủ tịch Quốc hội tiếp đoàn nghị sĩ Mông Cổ bên lề hội nghị."
    assert events(text, K.VISIT) == []


# --- 8. "tháng trước" after a date in a participle --------------------------------------------------------------------


def test_last_month_after_a_described_date_counts_from_the_document():
    text = (
        "BỘ CÔNG THƯƠNG\nSố: 18/KH-BCT                 Hà Nội, ngày 08 tháng 01 năm 2025\n\n"
        "KẾ HOẠCH\nHợp tác với Mông Cổ năm 2025\n\n"
        "Quan hệ giữa Việt Nam và Mông Cổ, được thiết lập ngày 17/11/1954, là nền tảng quan trọng cho hợp tác. "
        "Tháng trước, Bộ đã tiếp và làm việc với đoàn Thứ trưởng Bộ Thương mại Mông Cổ.\n"
    )
    assert [d for _, _, _, d in events(text, K.VISIT)] == ["2024-12"]


# --- 9. an activity held with a partner -----------------------------------------------------------------------------


def test_seminar_held_with_a_partner_is_cooperation():
    text = "Năm 2025, phối hợp với UNESCO tổ chức hội thảo quốc tế về bảo tồn di sản."
    assert sides(text, K.COOPERATE) == [(("VNM",), ("UNESCO",))]


def test_seminar_held_alone_is_no_cooperation():
    text = "Năm 2025, tỉnh tổ chức hội thảo quốc tế về bảo tồn di sản."
    assert events(text) == []


# --- 10. scholarships and trainees asked for ---------------------------------------------------------------------------


def test_more_scholarships_asked_of_the_partner_are_its_aid():
    text = plan(
        "Ô-xtrây-li-a", "Đề nghị phía Ô-xtrây-li-a nâng số suất học bổng dành cho Việt Nam lên 250 suất."
    )
    assert sides(text, K.AID) == [(("AUS",), ("VNM",))]


def test_engineers_taken_in_for_training_are_the_partners_aid():
    text = plan("Ô-xtrây-li-a", "Đề nghị phía bạn tiếp nhận 15 kỹ sư thủy lợi của ta sang đào tạo ngắn hạn.")
    assert sides(text, K.AID) == [(("AUS",), ("VNM",))]


def test_staff_received_for_work_is_no_aid():
    text = "Năm 2025, Sở tiếp nhận 3 cán bộ mới về làm việc tại phòng Hợp tác quốc tế."
    assert events(text, K.AID) == []
