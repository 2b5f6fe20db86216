"""Round 67 (session 15): cues reports and plans had no trigger for (the "no trigger" misses).

Sentences written for these tests (other states, cities and dates than the working sets), with negative twins.
Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read):

* a promotion of our goods or culture held abroad ("Tổ chức Tuần hàng Việt Nam tại <city>", "gian hàng Việt Nam
  tại hội chợ ở <city>", "Ngày Văn hóa Việt Nam tại <city>") is cooperation with the country of the place, a city
  of the gazetteer standing for its country; at home, or a foreign culture's week at home, it is not;
* leaders meeting one another ("lãnh đạo hai nước gặp lại nhau tại ...") and a meeting had by the subject's parties
  ("A và B đã có cuộc gặp thượng đỉnh") are talks of those parties.
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("goods-week-in-capital",
     "KẾ HOẠCH NĂM 2027\n\n2. Tổ chức Tuần hàng Việt Nam tại Ma-đrít vào tháng 9/2027.",
     K.COOPERATE, ("VNM",), ("ESP",), "2027-09", S.PLANNED),
    ("stand-at-fair-in-city",
     "Tháng 4/2023, Thương vụ tổ chức gian hàng Việt Nam tại một hội chợ nông sản ở Oa-xa-va (Ba Lan).",
     K.COOPERATE, ("VNM",), ("POL",), "2023-04", S.OCCURRED),
    ("leaders-meet-each-other",
     "Ngày 14/3/2022, lãnh đạo Pháp và Đức gặp lại nhau tại Béc-lin.",
     K.CONSULT, ("FRA",), ("DEU",), "2022-03-14", S.OCCURRED),
    ("pair-had-a-meeting",
     "Ngày 9/11/2021, Thủ tướng Ấn Độ và Tổng thống Pháp đã có cuộc gặp thượng đỉnh kéo dài một giờ.",
     K.CONSULT, ("IND",), ("FRA",), "2021-11-09", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round67(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients, date or ""): events that must not be read (with that date, when given)
# fmt: off
ABSENT: list[tuple] = [
    ("goods-week-at-home",
     "Tháng 9/2027, Sở Công Thương tổ chức Tuần hàng Việt Nam tại Đà Nẵng.",
     K.COOPERATE, (), (), ""),
    ("their-culture-week-here",
     "Tháng 9/2027, Hội hữu nghị tổ chức Tuần văn hóa Ba Lan tại Hải Phòng.",
     K.COOPERATE, ("VNM",), ("POL",), ""),
    ("meeting-with-the-press",
     "Ngày 9/11/2021, Thủ tướng Ấn Độ đã có cuộc gặp với báo chí trong nước.",
     K.CONSULT, (), (), ""),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients", "date"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round67_absent(text, kind, actors, recipients, date):
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
