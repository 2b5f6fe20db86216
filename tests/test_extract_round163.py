"""Round 163 (session 21): events in list-like text: report and plan items, slides, annex tables, "lần lượt" lists.

Experts invited to teach (aid from their side), staff sent to teach at universities, diplomatic relations by their
abbreviation "QHNG", tables of delegations whose caption tells the direction, and one actor's acts "lần lượt" with
several partners. Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_PLAN = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nKẾ HOẠCH\nHợp tác với các đối tác năm 2026\n\n"
    "I. NHIỆM VỤ\n\n1. Ký Bản ghi nhớ hợp tác nông nghiệp với Bộ Nông nghiệp Thái Lan.\n\n{item}\n\n"
    "3. Tổ chức hội thảo về an ninh lương thực tại Hà Nội.\n"
)


def _read(text: str, kind) -> list[tuple[list[str], list[str]]]:
    return sorted((list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind)


def test_experts_invited_to_teach_are_aid_from_their_side() -> None:
    text = _PLAN.format(item="2. Mời chuyên gia Hà Lan sang tập huấn cho cán bộ khuyến nông các tỉnh.")
    assert (["NLD"], ["VNM"]) in _read(text, K.AID)


def test_experts_of_an_organisation_invited_to_teach() -> None:
    text = _PLAN.format(
        item="2. Mời chuyên gia của Ngân hàng Thế giới giảng dạy chuyên đề về tài chính khí hậu."
    )
    assert (["WB"], ["VNM"]) in _read(text, K.AID)


def test_experts_invited_to_attend_are_no_aid() -> None:
    text = _PLAN.format(item="2. Mời chuyên gia Hà Lan sang dự hội thảo về nông nghiệp tuần hoàn.")
    assert not any("NLD" in a for a, _ in _read(text, K.AID))


def test_our_own_experts_invited_are_no_aid_to_us() -> None:
    text = _PLAN.format(item="2. Đề nghị phía Lào mời chuyên gia Việt Nam tham gia dự án thủy lợi.")
    assert not any(r == ["VNM"] for _, r in _read(text, K.AID))


def test_lecturers_sent_to_teach_at_universities() -> None:
    text = _PLAN.format(
        item="2. Đề nghị phía Pháp cử giảng viên tiếng Pháp sang giảng dạy tại các trường đại học."
    )
    assert (["FRA"], ["VNM"]) in _read(text, K.AID)


def test_relations_by_their_abbreviation() -> None:
    text = "Mốc quan hệ\n\n• 12/5/1975: Thụy Điển đặt QHNG với Việt Nam\n• 1976: gia nhập IMF\n"
    got = [e for e in asserted_events(text) if e.kind is K.RELATIONS_ESTABLISH]
    assert any({"SWE", "VNM"} <= set(e.actors) | set(e.recipients) and e.date == "1975-05-12" for e in got)


_ANNEX = (
    "SỞ NGOẠI VỤ TỈNH QUẢNG NINH\n\nPhụ lục\nTHỐNG KÊ HOẠT ĐỘNG ĐỐI NGOẠI NĂM 2024\n\n"
    "Bảng 1. {caption}\n"
    "STT\tThời gian\tĐối tác\tNội dung\tKết quả\n"
    "1\t14/5/2024\tĐại học Kyoto (Nhật Bản)\tTrao đổi về đào tạo du lịch\tThống nhất kế hoạch năm 2025\n"
    "2\t9/9/2024\tThành phố Vladivostok (Nga)\tKhảo sát tuyến vận tải biển\tChưa ký thỏa thuận\n\n"
    "Trong năm, Sở tiếp tục phối hợp với các sở, ngành liên quan.\n"
)


def test_a_table_of_delegations_coming() -> None:
    got = _read(_ANNEX.format(caption="Đoàn nước ngoài đến làm việc tại tỉnh"), K.VISIT)
    assert (["JPN"], ["VNM"]) in got
    assert (["RUS"], ["VNM"]) in got


def test_a_table_of_delegations_going() -> None:
    got = _read(_ANNEX.format(caption="Đoàn của tỉnh đi công tác nước ngoài"), K.VISIT)
    assert (["VNM"], ["JPN"]) in got
    assert (["VNM"], ["RUS"]) in got


def test_a_caption_of_both_directions_tells_none() -> None:
    got = _read(_ANNEX.format(caption="Đoàn ra, đoàn vào"), K.VISIT)
    assert (["VNM"], ["JPN"]) not in got and (["JPN"], ["VNM"]) not in got


def test_talks_one_after_another_are_one_each() -> None:
    text = "Ngày 3/6/2024, Tổng thống Pháp Emmanuel Macron lần lượt hội đàm với Thủ tướng Nhật Bản và Tổng thống Hàn Quốc."
    got = _read(text, K.CONSULT)
    assert (["FRA"], ["JPN"]) in got
    assert (["FRA"], ["KOR"]) in got


def test_visits_one_after_another_are_one_each() -> None:
    got = _read(
        "Trong tháng 6/2024, Ngoại trưởng Ô-xtrây-li-a lần lượt thăm Ma-lai-xi-a và Thái Lan.", K.VISIT
    )
    assert (["AUS"], ["MYS"]) in got
    assert (["AUS"], ["THA"]) in got


def test_aid_one_after_another_stays_one() -> None:
    text = "Từ năm 2019, Nhật Bản lần lượt viện trợ cho Lào và Cam-pu-chia các trạm quan trắc khí tượng."
    got = _read(text, K.AID)
    assert not ((["JPN"], ["LAO"]) in got and (["JPN"], ["KHM"]) in got)
