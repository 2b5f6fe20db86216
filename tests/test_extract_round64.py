"""Round 64 (session 14): withdrawals or admissions listed after a colon, each state with its own date — "Một số
nước đã rời tổ chức: A từ ngày ..., B từ ngày ... và C từ ngày ..." (`events_dated_members.dated_members`).

Texts written for these tests; whole pipeline with the learned reading off (marker rules_alone).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone

_HEAD = (
    "Tổ chức các nước xuất khẩu dầu mỏ\n\n"
    "Tổ chức các nước xuất khẩu dầu mỏ (OPEC) là tổ chức liên chính phủ của các nước xuất khẩu dầu mỏ.\n\n"
)


def _leaves(text: str) -> list[tuple[list[str], list[str], str]]:
    doc = extract_text(text)
    return [
        (list(e.actors), list(e.recipients), e.date)
        for e in doc.events
        if getattr(e.kind, "value", e.kind) == "membership.leave"
    ]


def test_each_listed_state_leaves_on_its_own_date() -> None:
    text = _HEAD + "Một số thành viên đã rút khỏi tổ chức: Ga-bông từ năm 1995, Ê-cu-a-đo từ ngày 1/1/2020.\n"
    got = _leaves(text)
    assert (["GAB"], ["OPEC"], "1995") in got
    assert (["ECU"], ["OPEC"], "2020-01-01") in got


def test_a_list_without_dates_is_not_read() -> None:
    text = _HEAD + "Một số thành viên đã rút khỏi tổ chức: Ga-bông, Ê-cu-a-đo.\n"
    assert all(a not in (["GAB"], ["ECU"]) or d for a, _, d in _leaves(text))
    assert not any(len(x[0]) == 1 and x[2] for x in _leaves(text))
