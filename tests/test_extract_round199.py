"""Round 199 (session 22): a sentence opening on the first person plural "Chúng tôi" (a Vietnamese speaker's or
memoir writer's "we") is no third person: "chúng" in events_unstated's sentence-opening pronouns (the unstated side
is not Vietnam) no longer takes "chúng tôi" / "chúng ta" / "chúng mình".

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

HEAD = "PHÁT BIỂU\n\nCủa Bộ trưởng Ngoại giao Việt Nam tại Diễn đàn hợp tác nghề cá\n\n"


def _read(text: str, kind) -> list[tuple[list[str], list[str]]]:
    return sorted((sorted(e.actors), sorted(e.recipients)) for e in asserted_events(text) if e.kind is kind)


def test_we_opening_the_sentence_are_the_speakers_side() -> None:
    text = HEAD + "Chúng tôi sẽ ký với Ca-na-đa một bản ghi nhớ về hợp tác thủy sản.\n"
    assert _read(text, K.AGREEMENT_SIGN) == [(["VNM"], ["CAN"])]


def test_they_opening_the_sentence_are_no_unstated_vietnam() -> None:
    text = HEAD + "Trước đó, Tổng thống Pháp có bài phát biểu. Chúng sẽ ký với Ca-na-đa một bản ghi nhớ.\n"
    assert all("VNM" not in actors for actors, _ in _read(text, K.AGREEMENT_SIGN))
