"""Round 97 (session 17): the founders of an organisation told as the signers of its founding instrument ("được
thành lập theo hiệp định do A, B và C ký") or counted after its founding ("với năm thành viên ban đầu là A, B, ...")
joined it (events_founded.founders_as_agents, the signers; events_founders_counted, the counted); "hai bên" under a title that is one treaty of two states is that
treaty's pair (events_opening.instrument_pair), not when the pair is a complement ("của hai bên").

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _joins(text: str) -> list:
    return [
        (sorted(e.actors), list(e.recipients), e.date)
        for e in asserted_events(text)
        if e.kind is K.MEMBERSHIP_JOIN
    ]


def test_founders_sign_the_founding_instrument():
    text = (
        "Hiệp hội các quốc gia Đông Nam Á (ASEAN) là tổ chức hợp tác khu vực, được thành lập theo tuyên bố do "
        "In-đô-nê-xi-a, Ma-lai-xi-a, Phi-líp-pin, Xin-ga-po và Thái Lan ký tại Băng Cốc ngày 8/8/1967.\n"
    )
    assert (sorted(["IDN", "MYS", "PHL", "SGP", "THA"]), ["ASEAN"], "1967-08-08") in _joins(text)


def test_founders_counted_after_the_founding():
    text = (
        "Hiệp hội các quốc gia Đông Nam Á\n\n"
        "Hiệp hội các quốc gia Đông Nam Á (ASEAN) là tổ chức hợp tác khu vực.\n\n"
        "Tổ chức ra đời ngày 8/8/1967 với năm thành viên ban đầu là In-đô-nê-xi-a, Ma-lai-xi-a, Phi-líp-pin, "
        "Xin-ga-po và Thái Lan, trụ sở đặt tại Gia-các-ta.\n"
    )
    assert (sorted(["IDN", "MYS", "PHL", "SGP", "THA"]), ["ASEAN"], "1967-08-08") in _joins(text)


def test_a_count_other_than_the_list_is_no_founding():
    text = (
        "Hiệp hội các quốc gia Đông Nam Á (ASEAN) là tổ chức hợp tác khu vực.\n\n"
        "Năm 1967, ASEAN ra đời với ba thành viên ban đầu là In-đô-nê-xi-a, Ma-lai-xi-a, Phi-líp-pin, "
        "Xin-ga-po và Thái Lan.\n"
    )
    assert not [j for j in _joins(text) if j[1] == ["ASEAN"] and len(j[0]) >= 3]


def _signed(text: str) -> list:
    return [sorted(e.actors + e.recipients) for e in asserted_events(text) if e.kind is K.AGREEMENT_SIGN]


def test_both_sides_under_a_treatys_title():
    text = (
        "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào\n\n"
        "Văn kiện có hiệu lực sau khi được phê chuẩn. Năm 1986, hai bên ký Nghị định thư về phân giới cắm mốc.\n"
    )
    assert ["LAO", "VNM"] in _signed(text)


def test_the_pair_as_a_complement_is_not_the_treatys():
    text = (
        "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào\n\n"
        "Văn kiện ghi nhận nguyện vọng hợp tác của hai bên trong nhiều lĩnh vực.\n"
    )
    assert not [e for e in asserted_events(text) if set(e.actors + e.recipients) == {"VNM", "LAO"}]
