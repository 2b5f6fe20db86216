"""Round 66 (session 15): the kind of a membership act: a state back in an organisation it had left, a suspension
lifted.

Sentences written for these tests (other states, organisations and dates than the working sets), with negative
twins. Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read):

* "trở lại / quay lại (làm thành viên) O" after a leaving told just before, or with membership said, is a rejoining
  (membership.join; trigger_lex66, events_rejoin); a return to a place or an office is none;
* a suspension lifted later in its own sentence ("bị đình chỉ tư cách thành viên năm Y và được khôi phục năm Z") is
  a sanction.lift by the organisation on the state, dated by its own clause (events_suspended).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("rejoin-after-leaving",
     "In-đô-nê-xi-a rút khỏi Liên hợp quốc năm 1965 và quay lại năm 1966.",
     K.MEMBERSHIP_JOIN, ("IDN",), ("UNO",), "1966", S.OCCURRED),
    ("rejoin-org-named",
     "Năm 2018, Ma-lai-xi-a rời khỏi ASEAN; ba năm sau, nước này trở lại ASEAN tháng 6/2021.",
     K.MEMBERSHIP_JOIN, ("MYS",), ("ASEAN",), "2021-06", S.OCCURRED),
    ("rejoin-as-member",
     "Năm 2004, Thái Lan trở lại làm thành viên UNESCO.",
     K.MEMBERSHIP_JOIN, ("THA",), ("UNESCO",), "2004", S.OCCURRED),
    ("suspension-lifted",
     "Ni-giê bị đình chỉ tư cách thành viên Liên minh châu Phi năm 2010 và được khôi phục vào năm 2011.",
     K.SANCTION_LIFT, ("AU",), ("NER",), "2011", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round66(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients, date or ""): events that must not be read (with that date, when given)
# fmt: off
ABSENT: list[tuple] = [
    ("return-to-a-city",
     "Năm 2012, In-đô-nê-xi-a rút khỏi dự án, rồi Tổng thống nước này trở lại Hà Nội năm 2014.",
     K.MEMBERSHIP_JOIN, (), (), "2014"),
    ("return-to-office",
     "Sau khi rời ASEAN năm 2018, Trở lại cương vị Thủ tướng năm 2020, ông Mahathir thăm Nhật Bản.",
     K.MEMBERSHIP_JOIN, (), (), "2020"),
    ("rejoin-without-leaving",
     "Năm 2023, Bra-xin trở lại UNASUR.",
     K.MEMBERSHIP_JOIN, ("BRA",), (), ""),
    ("suspension-not-lifted",
     "Ni-giê bị đình chỉ tư cách thành viên Liên minh châu Phi năm 2010 và chưa được khôi phục.",
     K.SANCTION_LIFT, (), (), ""),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients", "date"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round66_absent(text, kind, actors, recipients, date):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind
        and set(actors) <= set(e.actors)
        and set(recipients) <= set(e.recipients)
        and (not date or e.date.startswith(date))
    ]
    assert not wrong, show(got)
