"""Round 210 (session 23): multilateral acts by kind.

* A chair who hosts: "trên cương vị Chủ tịch ASEAN, X đăng cai Hội nghị ..." tells the chair and the hosting both
  (events_chair_hosts): the host's recipients are the parties named in the meeting's name.
* A person elected by an electing body: "... bầu ông X (Chi-lê) làm Chủ tịch của O": the person's state is the one
  elected (events_topics._person_elected); two states there leave it unread.
* "cơ chế này", "nhóm này", "khuôn khổ này", "cộng đồng này", "phong trào này" point back to the organisation
  named before (events_demonstratives), as "tổ chức này" does.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

HEAD = "BÀI VIẾT\n\nVề hợp tác khu vực\n\n"


def _read(text: str, kind) -> list[tuple[list[str], list[str]]]:
    return sorted(
        (sorted(e.actors), sorted(e.recipients))
        for e in asserted_events(HEAD + text + "\n")
        if e.kind is kind
    )


def test_a_chair_hosting_a_summit_is_the_chair_and_the_host() -> None:
    text = "Năm 2019, trên cương vị Chủ tịch ASEAN, Thái Lan đăng cai Hội nghị Cấp cao ASEAN – Ấn Độ tại Băng Cốc."
    assert _read(text, K.CHAIR) == [(["THA"], ["ASEAN"])]
    assert _read(text, K.HOST) == [(["THA"], ["ASEAN", "IND"])]


def test_a_chair_presiding_over_its_own_bodys_meeting_hosts_it() -> None:
    text = (
        "Năm 2016, với tư cách Chủ tịch APEC, Pê-ru chủ trì Hội nghị các nhà lãnh đạo kinh tế APEC tại Li-ma."
    )
    assert _read(text, K.CHAIR) == [(["PER"], ["APEC"])]
    assert _read(text, K.HOST) == [(["PER"], ["APEC"])]


def test_a_host_without_the_role_phrase_is_no_chair() -> None:
    text = "Năm 2019, Thái Lan đăng cai Hội nghị Cấp cao ASEAN – Ấn Độ tại Băng Cốc."
    assert _read(text, K.CHAIR) == []


def test_a_person_elected_stands_for_their_state() -> None:
    text = (
        "Ngày 3/5/2021, Hội đồng Thống đốc bầu ông Carlos Ruiz (Chi-lê) làm Chủ tịch của Ngân hàng Phát triển "
        "châu Á."
    )
    assert _read(text, K.MEMBERSHIP_ELECT) == [(["CHL"], ["ADB"])]


def test_two_persons_of_two_states_are_not_read_as_one_state() -> None:
    text = (
        "Ngày 3/5/2021, Hội đồng Thống đốc bầu ông Carlos Ruiz (Chi-lê) và bà Anna Berg (Thụy Điển) làm Phó "
        "Chủ tịch của Ngân hàng Phát triển châu Á."
    )
    assert all(actors not in (["CHL"], ["SWE"]) for actors, _ in _read(text, K.MEMBERSHIP_ELECT))


def test_this_mechanism_is_the_organisation_named_before() -> None:
    text = (
        "Chiến lược Ayeyawady – Chao Phraya – Mekong (ACMECS) được khởi động năm 2003. "
        "Việt Nam tham gia cơ chế này từ năm 2004."
    )
    assert _read(text, K.MEMBERSHIP_JOIN) == [(["VNM"], ["ACMECS"])]
