"""Round 91 (session 16): precision — a partner's support given to a candidacy ("Cu-ba đã ủng hộ Việt Nam ứng cử ...",
"Phía bạn khẳng định tiếp tục ủng hộ ...") is the support alone, no election of its own; support asked for ("vận động
các nước ủng hộ Việt Nam ứng cử ...", "đề nghị X ủng hộ ...") keeps the candidacy (events_no_event.not_an_event).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_NAMED_BACKER = "Năm 2024, Cu-ba đã ủng hộ Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.\n"
_AFFIRMED = "BÁO CÁO\n\n1. Phía bạn khẳng định tiếp tục ủng hộ Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2030 – 2031.\n"
_ALL_COUNTRIES = "KẾ HOẠCH\n\n1. Vận động các nước ủng hộ Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2030 – 2031.\n"


def _kinds(text: str) -> set:
    return {e.kind for e in asserted_events(text)}


def test_named_partner_backing_a_candidacy_is_support_only():
    kinds = _kinds(_NAMED_BACKER)
    assert K.SUPPORT in kinds
    assert K.MEMBERSHIP_ELECT not in kinds


def test_support_affirmed_by_the_partner_is_support_only():
    assert K.MEMBERSHIP_ELECT not in _kinds(_AFFIRMED)


def test_support_asked_of_the_countries_keeps_the_candidacy():
    got = [e for e in asserted_events(_ALL_COUNTRIES) if e.kind is K.MEMBERSHIP_ELECT]
    assert [(e.actors, e.recipients) for e in got] == [(("VNM",), ("UNSC",))]
