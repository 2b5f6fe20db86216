"""Round 139 (session 19): a foreign leader introduced with title, country and name ("Thủ tướng Thụy Điển
Stefan Löfven") and named again by a courtesy word or title and one of the names ("ông Löfven") stands for that
country (events_introduced).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

INTRODUCED = """Ngày 3/5/2017, Thủ tướng Thụy Điển Stefan Löfven phát biểu về chính sách đối ngoại tại Xtốc-khôm.

Từ ngày 10 đến 12/5/2017, ông Löfven thăm chính thức Việt Nam.
"""

NOT_INTRODUCED = """Ngày 3/5/2017, nhà báo Stefan Löfven viết về chính sách đối ngoại của Thụy Điển.

Từ ngày 10 đến 12/5/2017, ông Löfven thăm chính thức Việt Nam.
"""


def _visits(text: str) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is K.VISIT]


def test_leader_named_again_stands_for_the_country_given() -> None:
    assert (["SWE"], ["VNM"]) in _visits(INTRODUCED)


def test_name_without_a_titled_introduction_is_no_country() -> None:
    assert all(actors != ["SWE"] for actors, _ in _visits(NOT_INTRODUCED))
