"""Round 157 (session 20): the states that did the same before, each with its own date, after an ordinal.

"X là nước thứ N <act>, sau A (năm Y), B (năm Z)": the act is written once, each earlier state did it on its own date;
the act of X is not dated by their dates. Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_earlier_joiners_in_parentheses() -> None:
    text = "Pê-ru là nước Nam Mỹ thứ ba gia nhập Liên hợp quốc, sau Bra-xin (1945), Ác-hen-ti-na (1946)."
    got = _read(text, K.MEMBERSHIP_JOIN)
    assert (["BRA"], ["UNO"], "1945") in got
    assert (["ARG"], ["UNO"], "1946") in got
    assert all(date not in ("1945", "1946") for actors, _, date in got if actors == ["PER"])


def test_earlier_signer_with_year() -> None:
    text = "Năm 2020, Ma-rốc trở thành nước Ả-rập thứ hai ký hiệp định với I-xra-en, sau Ai Cập năm 1979."
    got = _read(text, K.AGREEMENT_SIGN)
    assert any("EGY" in actors + recips and date == "1979" for actors, recips, date in got)


def test_no_ordinal_no_list() -> None:
    text = "Pê-ru gia nhập Liên hợp quốc, sau Bra-xin (1945) và Ác-hen-ti-na (1946)."
    got = _read(text, K.MEMBERSHIP_JOIN)
    assert not any(actors == ["BRA"] for actors, _, _ in got)


def test_level_fronted_is_no_place() -> None:
    text = (
        "Ở cấp song phương, Việt Nam và Ba Lan, thiết lập quan hệ ngoại giao ngày 4/2/1950, "
        "đã là Đối tác chiến lược từ tháng 1/2030."
    )
    got = _read(text, K.RELATIONS_UPGRADE)
    assert got and all(date == "2030-01" for _, _, date in got)
    assert any(date == "1950-02-04" for _, _, date in _read(text, K.RELATIONS_ESTABLISH))
