"""Round 71 (session 15): events read with the wrong parties (the "wrong parties" misses).

Sentences written for these tests (other states, bodies and dates than the working sets), with negative twins.
Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read):

* a ratification with no recipient, in a text whose title names one treaty or organisation, is of that subject (a
  charter stands for its organisation); with no such title it keeps no recipient;
* "(là một trong) N nước cộng hòa thuộc X" describes the subject's class: X does not act;
* a visit "(và làm việc) của Đoàn ... X", X closing the delegation's title, is X's visit (to Vietnam, the writer's);
* "Cộng hòa Dân chủ Congo" (the Latin spelling) is the DRC, not the Republic of the Congo.
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

_CHARTER = (
    "Hiến chương SAARC\n\nHiến chương SAARC là văn kiện nền tảng của Hiệp hội Nam Á vì sự hợp tác khu vực.\n\n"
    "Bu-tan phê chuẩn Hiến chương năm 1986."
)

# fmt: off
CASES: list[tuple] = [
    ("ratified-under-its-title",
     _CHARTER,
     K.AGREEMENT_RATIFY, ("BTN",), ("SAARC",), "1986", S.OCCURRED),
    ("class-of-republics-not-an-actor",
     "U-crai-na là một trong ba nước cộng hòa thuộc Liên Xô cũ tham gia thành lập Cộng đồng các quốc gia độc lập "
     "ngày 8/12/1991.",
     K.MEMBERSHIP_JOIN, ("UKR",), ("CIS",), "1991-12-08", S.OCCURRED),
    ("visit-of-a-delegation",
     "Nhân chuyến thăm và làm việc của Đoàn đại biểu Hội Nông dân Cam-pu-chia tháng 5/2023, hai bên trao đổi kinh "
     "nghiệm.",
     K.VISIT, ("KHM",), ("VNM",), "2023-05", S.OCCURRED),
    ("drc-latin-spelling",
     "Năm 2022, Cộng hòa Dân chủ Congo gia nhập Cộng đồng Đông Phi.",
     K.MEMBERSHIP_JOIN, ("COD",), (), "2022", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round71(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients, date or ""): events that must not be read (with that date, when given)
# fmt: off
ABSENT: list[tuple] = [
    ("no-title-no-subject",
     "Trong năm 1986, Bu-tan phê chuẩn Hiến chương.",
     K.AGREEMENT_RATIFY, (), ("SAARC",), ""),
    ("the-whole-does-not-join",
     "U-crai-na là một trong ba nước cộng hòa thuộc Liên Xô cũ tham gia thành lập Cộng đồng các quốc gia độc lập "
     "ngày 8/12/1991.",
     K.MEMBERSHIP_JOIN, ("SUN",), (), ""),
    ("delegation-visit-not-ours",
     "Nhân chuyến thăm và làm việc của Đoàn đại biểu Hội Nông dân Cam-pu-chia tháng 5/2023, hai bên trao đổi kinh "
     "nghiệm.",
     K.VISIT, ("VNM",), ("KHM",), ""),
    ("drc-not-congo",
     "Năm 2022, Cộng hòa Dân chủ Congo gia nhập Cộng đồng Đông Phi.",
     K.MEMBERSHIP_JOIN, ("COG",), (), ""),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients", "date"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round71_absent(text, kind, actors, recipients, date):
    got = [e for e in extract_text(text).events if e.status is not S.NEGATED]
    wrong = [
        e
        for e in got
        if e.kind is kind
        and set(actors) <= set(e.actors)
        and set(recipients) <= set(e.recipients)
        and (not date or e.date.startswith(date))
    ]
    assert not wrong, show(got)
