"""Round 146 (session 19): leaving and withdrawing (events_suspended, round 146's self-suspension).

A state suspending its own membership, the organisation unstated ("X (đã) tự đình chỉ tư cách thành viên năm Y"), leaves
the organisation in play (membership.leave); one suspended by it ("X bị đình chỉ ...") stays a sanction by the
organisation. Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_OPEC = "Tổ chức Các nước xuất khẩu dầu mỏ (OPEC) có trụ sở tại Viên. "


def _pairs(text: str, kind) -> list[tuple[list[str], list[str]]]:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_own_suspension_is_leaving() -> None:
    got = _pairs(_OPEC + "Ga-bông đã tự đình chỉ tư cách thành viên từ năm 1995.", K.MEMBERSHIP_LEAVE)
    assert (["GAB"], ["OPEC"]) in got


def test_own_suspension_without_tu_is_leaving() -> None:
    got = _pairs(_OPEC + "Ê-cu-a-đo đã đình chỉ tư cách thành viên từ cuối năm 1992.", K.MEMBERSHIP_LEAVE)
    assert (["ECU"], ["OPEC"]) in got


def test_suspended_by_others_is_no_leaving() -> None:
    text = _OPEC + "Ê-cu-a-đo bị đình chỉ tư cách thành viên từ năm 1992."
    assert _pairs(text, K.MEMBERSHIP_LEAVE) == []
    assert (["OPEC"], ["ECU"]) in _pairs(text, K.SANCTION)


def test_other_members_suspending_a_state_is_sanction() -> None:
    text = (
        "Liên đoàn Ả-rập được thành lập năm 1945. Sau cuộc đảo chính năm 2011, các thành viên khác đình chỉ tư cách "
        "của Li-bi trong tổ chức."
    )
    got = _pairs(text, K.SANCTION)
    assert any(r == ["LBY"] for _, r in got)


def test_other_members_meeting_is_no_sanction() -> None:
    text = "Liên đoàn Ả-rập được thành lập năm 1945. Các thành viên khác gặp Li-bi tại Cai-rô."
    assert _pairs(text, K.SANCTION) == []
