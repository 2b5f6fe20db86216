"""Round 124 (session 18): signings and memberships the rules see a cue for but drop.

* an election whose body is named before the verb (a meeting's "của X (ABBR)", listed with the subject) and again
  as the seat after it: the body is the seat, not a second elector (events_roles);
* "X tham gia ngay sau đó." in a text about one organisation: a join of that organisation, as "X tham gia năm
  1991" was (events_bare_org, round 113);
* an election naming no body ("Cũng trong ngày, X và Y trúng cử."): the body of the election told last before it,
  when that one names its body (events_seat); none when it names none.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _pairs(text: str, kind) -> list:
    return [(sorted(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_body_named_before_and_after_the_election_is_the_seat():
    text = (
        "Ngày 12/2/2022, tại Hội nghị thượng đỉnh lần thứ 35 của Liên minh châu Phi (AU), "
        "Bộ trưởng Ngoại giao Ga-na Hanna Tetteh đã được bầu làm Chủ tịch Ủy ban AU."
    )
    assert (["GHA"], ["AU"]) in _pairs(text, K.MEMBERSHIP_ELECT)


def test_join_told_soon_after_in_a_text_on_one_organisation():
    text = (
        "Tổ chức Hợp tác Thượng Hải\n\n"
        "Tổ chức Hợp tác Thượng Hải (SCO) được lập năm 2001 tại Thượng Hải. "
        "Năm 2017, Ấn Độ trở thành thành viên chính thức, Pa-ki-xtan tham gia ngay sau đó."
    )
    assert (["PAK"], ["SCO"]) in _pairs(text, K.MEMBERSHIP_JOIN)


def test_join_without_a_topic_organisation_stays_dropped():
    text = "Năm 2017, nhiều nước bày tỏ quan tâm, Pa-ki-xtan tham gia ngay sau đó."
    assert not any("PAK" in a for a, _ in _pairs(text, K.MEMBERSHIP_JOIN))


def test_election_naming_no_body_takes_the_last_election_told():
    text = (
        "Ngày 8/6/2018, Đại hội đồng Liên hợp quốc đã bầu In-đô-nê-xi-a làm Ủy viên không thường trực "
        "Hội đồng Bảo an nhiệm kỳ 2019 – 2020.\n\n"
        "Ngoại trưởng In-đô-nê-xi-a cảm ơn các nước đã ủng hộ.\n\n"
        "Cũng trong ngày, Đức và Nam Phi trúng cử ngay từ vòng đầu."
    )
    pairs = _pairs(text, K.MEMBERSHIP_ELECT)
    assert any(r == ["UNSC"] and "DEU" in a and "ZAF" in a for a, r in pairs)


def test_election_after_one_naming_no_body_is_not_guessed():
    text = (
        "Ngày 8/6/2018, Đại hội đồng Liên hợp quốc đã bầu In-đô-nê-xi-a làm Ủy viên không thường trực "
        "Hội đồng Bảo an nhiệm kỳ 2019 – 2020.\n\n"
        "Ngoại trưởng In-đô-nê-xi-a cảm ơn các nước đã ủng hộ.\n\n"
        "Năm 2019, ông Mác-xu-đi được bầu lại với đa số phiếu.\n\n"
        "Cũng trong năm, Đức và Nam Phi trúng cử ngay từ vòng đầu."
    )
    pairs = _pairs(text, K.MEMBERSHIP_ELECT)
    assert (["IDN"], ["UNSC"]) in pairs
    assert not any("DEU" in a for a, _ in pairs)
