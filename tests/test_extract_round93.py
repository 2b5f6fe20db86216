"""Round 93 (session 16): Vietnam's visit or meeting with no partner in its clause, in a text whose title names one
foreign state (events_topic_country.own_act_partner): a visit to Vietnam is that state's; a meeting whose Vietnamese
side follows the verb is the guest's; a capitalised bare head after a leave or join verb ("rút khỏi Tòa.") is the one
organisation named before whose name starts with it (events_bare_org).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _text(title: str, last: str) -> str:
    return (
        f"{title}\n\n"
        "Hai nước có quan hệ hữu nghị lâu năm. Thương mại hai chiều còn khiêm tốn.\n\n"
        "Nhiều dự án hợp tác đang được triển khai.\n\n"
        f"{last}\n"
    )


def _sides(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_visit_to_vietnam_is_the_titles_state():
    text = _text("QUAN HỆ VIỆT NAM – NA UY", "Tháng 5/2024, ông thăm chính thức Việt Nam lần đầu tiên.")
    assert (["NOR"], ["VNM"]) in _sides(text, K.VISIT)


def test_guest_meets_vietnams_leader():
    text = _text("QUAN HỆ VIỆT NAM – NA UY", "Ngày mai, Thủ tướng sẽ hội kiến Chủ tịch nước Tô Lâm.")
    assert (["NOR"], ["VNM"]) in _sides(text, K.CONSULT)


def test_no_partner_when_the_title_names_two_states():
    text = _text("NA UY, THỤY ĐIỂN VÀ VIỆT NAM", "Tháng 5/2024, ông thăm chính thức Việt Nam lần đầu tiên.")
    assert not [s for s in _sides(text, K.VISIT) if "NOR" in s[0] or "SWE" in s[0]]


_COURT = (
    "Tòa án Hình sự Quốc tế\n\n"
    "Tòa án Hình sự Quốc tế được lập theo Quy chế Rô-ma, có hiệu lực năm 2002.\n\n"
    "Các quốc gia thành viên họp mỗi năm một lần. Ngân sách do các nước đóng góp.\n\n"
    "Năm 2019, Phi-líp-pin rút khỏi Tòa.\n"
)


def test_bare_head_after_leave_is_the_one_organisation_named_before():
    got = asserted_events(_COURT)
    leaves = [(list(e.actors), list(e.recipients)) for e in got if e.kind is K.MEMBERSHIP_LEAVE]
    assert (["PHL"], ["ICC"]) in leaves


def test_bare_head_naming_two_organisations_is_not_read():
    text = (
        "Cộng đồng Kinh tế ASEAN và Cộng đồng Văn hóa – Xã hội ASEAN được lập năm 2015.\n\n"
        "Hai bên đã trao đổi nhiều đoàn. Thương mại tăng.\n\n"
        "Đông Ti-mo mong muốn gia nhập Cộng đồng.\n"
    )
    from doingoai.extract.events_bare_org import _HEAD

    assert _HEAD.match(" Cộng đồng.", 0) is not None
    joins = [e for e in asserted_events(text) if e.kind is K.MEMBERSHIP_JOIN]
    assert not [e for e in joins if "AEC" in e.recipients]
