"""Round 81 (session 16): wrong parties — a visit whose destination is written as Vietnam ("X, đang thăm chính
thức Việt Nam") had Vietnam as its visitor; a state dated after an organisation joined ("A gia nhập tổ chức này
năm X, B năm Y") was read as a second organisation A joined rather than the next state to join.

Sentences written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import PARAMS, K, S, asserted_events, check, params

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("visitor-named-before-visit-to-vietnam",
     "Ngày 5/3/2019, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Hà Lan Mark Rutte, người đang có chuyến thăm "
     "chính thức Việt Nam.",
     K.VISIT, ("NLD",), ("VNM",), "2019-03-05", S.ONGOING),
    ("gapped-state-after-organisation-joined",
     "Ba Lan gia nhập Liên minh châu Âu năm 2004, Bun-ga-ri năm 2007.",
     K.MEMBERSHIP_JOIN, ("BGR",), ("EU",), "2007", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round81(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


def test_vietnamese_visit_abroad_keeps_vietnam_as_visitor():
    text = "Ngày 5/3/2019, Thủ tướng Phạm Minh Chính thăm chính thức Hà Lan."
    visits = [e for e in asserted_events(text) if e.kind is K.VISIT]
    assert visits and all(list(e.actors) == ["VNM"] for e in visits)


def test_second_organisation_joined_stays_an_object():
    text = "Việt Nam gia nhập ASEAN năm 1995, APEC năm 1998."
    joins = {
        (tuple(e.actors), tuple(e.recipients)) for e in asserted_events(text) if e.kind is K.MEMBERSHIP_JOIN
    }
    assert (("VNM",), ("APEC",)) in joins
