"""Round 156 (session 20): the second pass on round 148's shapes.

Slides listing states with the dates ties were set up, the act in a nested item; a sub-item under a state's label in a
slide whose heading names two states; "VN" for Vietnam in terse text; a minister's answer listing the partners raised
to a level, each with its month ("ta" the speaker's side); a sentence opening on its topic ("Với X, … hai nước …"); a
ceremony handing over documents. Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


_DECK = (
    "Slide 1\n"
    "QUAN HỆ VIỆT NAM – CHÂU PHI\n"
    "Bài 2 – Học phần: Ngoại giao Việt Nam\n"
    "TS. Lê Văn An\n\n"
    "Slide 2\n"
    "1. Các nước Bắc Phi\n"
    "• An-giê-ri 28/10/1962 – Ai Cập 1/9/1963 – Ma-rốc 27/3/1961\n"
    "   o thiết lập quan hệ ngoại giao\n"
    "• Các mốc hợp tác khác\n\n"
    "Slide 3\n"
    "2. Ăng-gô-la và Mô-dăm-bích\n"
    "• Ăng-gô-la: lập quan hệ ngoại giao 12/11/1975\n"
    "   – Hiệp định thương mại: ký 14/3/1978\n"
    "• Mô-dăm-bích: lập quan hệ ngoại giao 25/6/1975\n"
    "   – 5/2010: VN tặng gạo cho Mô-dăm-bích\n"
)


def test_states_paired_with_dates_under_the_act():
    got = _read(_DECK, K.RELATIONS_ESTABLISH)
    for code, date in (("DZA", "1962-10-28"), ("EGY", "1963-09-01"), ("MAR", "1961-03-27")):
        assert (["VNM", code], [], date) in got


def test_sub_item_under_a_state_label():
    assert _read(_DECK, K.AGREEMENT_SIGN) == [(["AGO", "VNM"], [], "1978-03-14")] or _read(
        _DECK, K.AGREEMENT_SIGN
    ) == [(["VNM", "AGO"], [], "1978-03-14")]


def test_vn_is_vietnam():
    got = _read(_DECK, K.AID)
    assert any("VNM" in a and "MOZ" in r for a, r, _ in got)


_ANSWER = (
    "PHIÊN CHẤT VẤN VỀ CÔNG TÁC ĐỐI NGOẠI\n\n"
    "Sáng thứ Năm, ngày 6/6/2024 – Hội trường Diên Hồng\n\n"
    "Bộ trưởng Bộ Ngoại giao: Năm 2022, ta đã nâng quan hệ với Ai Cập (tháng 3) và Ni-giê-ri-a (tháng 9) lên "
    "Đối tác toàn diện. Với Nam Phi, nhân chuyến thăm chính thức của Chủ tịch nước từ ngày 2 đến 4/5/2023, hai nước "
    "đã nâng quan hệ lên Đối tác chiến lược.\n"
)


def test_partners_raised_each_on_its_month():
    got = _read(_ANSWER, K.RELATIONS_UPGRADE)
    assert (["VNM"], ["EGY"], "2022-03") in got
    assert (["VNM"], ["NGA"], "2022-09") in got
    assert not any(len(r) > 1 for _, r, _ in got)  # (not the two on the year)


def test_topic_state_and_hai_nuoc():
    got = _read(_ANSWER, K.RELATIONS_UPGRADE)
    assert any(sorted(a + r) == ["VNM", "ZAF"] for a, r, _ in got)


def test_documents_handed_over_at_a_ceremony():
    text = (
        "Thủ tướng Việt Nam hội đàm với Thủ tướng Ma-lai-xi-a tại Hà Nội ngày 3/3/2025. "
        "Kết thúc hội đàm, hai Thủ tướng chứng kiến lễ trao các văn kiện hợp tác giữa hai nước.\n"
    )
    got = _read(text, K.AGREEMENT_SIGN)
    assert any(sorted(a + r) == ["MYS", "VNM"] and d == "2025-03-03" for a, r, d in got)  # (at the talks)
