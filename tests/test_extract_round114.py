"""Round 114 (session 17): a Vietnamese mission's report, its trade office and the delegations it receives.

* a trade office's report ("THƯƠNG VỤ VIỆT NAM TẠI X") is a Vietnamese mission's as an embassy's is: its own acts
  naming no other party are with the host X (events_invited.mission_pair);
* "đón đoàn <Vietnamese body> sang khảo sát ... và làm việc với <a body of X>" in a mission's report: the
  delegation named before its "sang" is the visitor, Vietnam, going to the host X, named after "sang"
  (events_offices.received_roles, events_unstated); not "đoàn doanh nghiệp X sang" (X the visitor).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_HEAD = "BỘ CÔNG THƯƠNG\n\nTHƯƠNG VỤ VIỆT NAM TẠI PÊ-RU\n\nLima, ngày 20 tháng 12 năm 2024\n\nBÁO CÁO\n\n"


def _pairs(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_delegation_received_by_trade_office_visits_the_host():
    text = _HEAD + (
        "2. Tháng 5, đón đoàn Hiệp hội Cà phê – Ca cao Việt Nam sang khảo sát thị trường và làm việc với "
        "Bộ Nông nghiệp Pê-ru.\n"
    )
    assert (["VNM"], ["PER"]) in _pairs(text, K.VISIT)


def test_host_delegation_sent_over_is_not_a_visit_to_the_host():
    text = _HEAD + "3. Tháng 6, phối hợp tổ chức đoàn doanh nghiệp Pê-ru sang khảo sát thị trường.\n"
    assert (["VNM"], ["PER"]) not in _pairs(text, K.VISIT)
