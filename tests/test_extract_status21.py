"""Round 21 (session 7), event status and dates of agreed acts: a numbered paragraph of a joint statement
("2. Hai bên nhất trí nâng quan hệ ...") is agreed at the visit told before, as an unnumbered one is."""

from __future__ import annotations

import pytest

from doingoai.model import EventKind as K
from doingoai.model import Status as S
from doingoai.pipeline import extract_text

_OPENING = (
    "TUYÊN BỐ CHUNG\nvề quan hệ Đối tác toàn diện giữa Việt Nam và {name}\n\n"
    "1. Nhận lời mời của Thủ tướng Việt Nam, Tổng thống {name} thăm chính thức Việt Nam từ ngày {days}.\n\n"
)


@pytest.mark.parametrize(
    ("name", "code", "days", "item", "kind", "year"),
    [
        (
            "Bra-xin",
            "BRA",
            "8 đến 9/3/2024",
            "2. Hai bên nhất trí nâng quan hệ lên Đối tác toàn diện.",
            K.RELATIONS_UPGRADE,
            "2024",
        ),
        (
            "Chi-lê",
            "CHL",
            "3 đến 5/11/2017",
            "2. Hai bên nhất trí nâng quan hệ lên Đối tác toàn diện.",
            K.RELATIONS_UPGRADE,
            "2017",
        ),
        (
            "Mê-hi-cô",
            "MEX",
            "1 đến 2/6/2021",
            "b) Hai nước nhất trí nâng quan hệ lên Đối tác toàn diện.",
            K.RELATIONS_UPGRADE,
            "2021",
        ),
    ],
)
def test_a_numbered_agreed_paragraph_takes_the_visits_date(name, code, days, item, kind, year):
    doc = extract_text(_OPENING.format(name=name, days=days) + item + "\n")
    got = [e for e in doc.events if e.kind is kind]
    assert got and got[0].date.startswith(year) and set(got[0].actors) == {"VNM", code}
    assert got[0].status is S.OCCURRED


def test_an_agreed_plan_stays_planned_and_undated():
    doc = extract_text(
        _OPENING.format(name="Bra-xin", days="8 đến 9/3/2024")
        + "2. Hai bên sẽ tăng cường hợp tác thương mại trong thời gian tới.\n"
    )
    got = [e for e in doc.events if e.kind is K.COOPERATE]
    assert got and got[0].status is S.PLANNED
