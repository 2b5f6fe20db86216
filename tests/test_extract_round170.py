"""Round 170 (session 21): events read as another kind than their sentence's verb tells.

A support given to a candidacy is the support for the candidate ("ủng hộ ứng cử viên của Việt Nam", "Ứng cử của
Việt Nam đã được các nước ASEAN ủng hộ"), not an election of the supporter; becoming a full dialogue partner is an
upgrade of relations; a state ending its part in a body ("chấm dứt tham gia Hội đồng") leaves it, it does not join
it. Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import asserted_events

pytestmark = pytest.mark.rules_alone


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return sorted((e.kind.value, list(e.actors), list(e.recipients)) for e in asserted_events(text))


def test_support_for_a_candidate_named_after_the_candidacy_word() -> None:
    text = "Năm 2024, Lào đã ủng hộ ứng cử viên của Việt Nam vào Ủy ban Luật pháp quốc tế."
    got = _events(text)
    assert any(k == "support" and a == ["LAO"] and "VNM" in r for k, a, r in got)
    assert not any(k == "membership.elect" and a == ["LAO"] for k, a, _ in got)


def test_candidacy_supported_in_the_passive_is_the_support_alone() -> None:
    text = "Tháng 5/2023, ứng cử của Việt Nam đã được các nước ASEAN nhất trí ủng hộ."
    got = _events(text)
    assert ("support", ["ASEAN"], ["VNM"]) in got
    assert not any(k == "membership.elect" for k, _, _ in got)


def test_becoming_a_full_dialogue_partner_is_an_upgrade() -> None:
    text = "Tháng 7/1995, Ấn Độ trở thành Đối tác đối thoại đầy đủ của ASEAN."
    got = _events(text)
    assert any(k == "relations.upgrade" and "IND" in a + r for k, a, r in got)
    assert not any(k == "relations" for k, _, _ in got)


def test_a_bare_dialogue_partner_stays_relations() -> None:
    text = "Năm 1974, Ô-xtrây-li-a trở thành đối tác đối thoại đầu tiên của ASEAN."
    got = _events(text)
    assert not any(k == "relations.upgrade" for k, _, _ in got)


def test_ending_its_part_in_a_body_is_leaving_it() -> None:
    text = "Tháng 3/2019, Bô-li-vi-a tuyên bố chấm dứt tham gia Liên minh các quốc gia Nam Mỹ (UNASUR)."
    got = _events(text)
    assert any(k == "membership.leave" and a == ["BOL"] for k, a, _ in got)
    assert not any(k == "membership.join" for k, _, _ in got)


def test_taking_part_all_along_is_no_leaving() -> None:
    text = "Năm 2023, Thái Lan không ngừng tham gia các diễn tập chung của ASEAN."
    got = _events(text)
    assert not any(k == "membership.leave" for k, _, _ in got)
