"""Round 175 (session 21): a second act of the same kind told with its parties left out.

"..., còn Tổng Bí thư ... sang thăm vào tháng 5/2011": the second trigger writes its own date but names no party;
the act is the first event's, with its own date. Texts written for these tests; whole pipeline, rules alone.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_second_visit_in_the_same_sentence() -> None:
    text = (
        "Về phía Việt Nam, Chủ tịch nước đã thăm Mô-dăm-bích vào tháng 3/2004, "
        "còn Thủ tướng Chính phủ sang thăm vào tháng 5/2011."
    )
    assert _read(text, K.VISIT) == [(["VNM"], ["MOZ"], "2004-03"), (["VNM"], ["MOZ"], "2011-05")]


def test_another_party_named_is_another_act() -> None:
    text = (
        "Chủ tịch nước đã thăm Mô-dăm-bích vào tháng 3/2004, còn Tổng thống Pháp sang thăm vào tháng 5/2011."
    )
    assert (["VNM"], ["MOZ"], "2011-05") not in _read(text, K.VISIT)


def test_a_topic_between_gives_no_date() -> None:
    text = (
        "Tháng 2, Bộ trưởng Ngoại giao Việt Nam hội đàm với Bộ trưởng Ngoại giao Chi-lê "
        "và trao đổi về chương trình hợp tác năm 2027."
    )
    assert all(date != "2027" for _, _, date in _read(text, K.CONSULT))
