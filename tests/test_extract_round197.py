"""Round 197 (session 22): "hai bên" in an item of a numbered list takes the pair the item before names
(events_anaphora: the paragraph-before search covers two list items as it does two paragraphs).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

LISTED = (
    "BÁO CÁO\n\nKết quả công tác đối ngoại năm 2031\n\n"
    "1. Tháng 2/2031, Sở phối hợp với Đại sứ quán Chi-lê tổ chức tọa đàm về quan hệ Việt Nam – Chi-lê.\n\n"
    "2. Tháng 5/2031, đoàn cán bộ của Sở sang làm việc tại Đại học Thủ đô; hai bên ký Biên bản ghi nhớ về "
    "trao đổi sinh viên.\n"
)


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (sorted(e.actors), sorted(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_the_item_before_names_the_two_sides() -> None:
    assert _read(LISTED, K.AGREEMENT_SIGN) == [(["CHL", "VNM"], [], "2031-05")]


def test_an_item_before_naming_three_states_names_no_pair() -> None:
    text = LISTED.replace("quan hệ Việt Nam – Chi-lê", "quan hệ Việt Nam – Chi-lê và Pê-ru")
    assert _read(text, K.AGREEMENT_SIGN) == []


def test_an_item_naming_its_own_partner_keeps_it() -> None:
    text = LISTED.replace("sang làm việc tại Đại học Thủ đô", "tiếp Trưởng đại diện UNICEF tại Hà Nội")
    assert all("CHL" not in actors for actors, _, _ in _read(text, K.AGREEMENT_SIGN))
