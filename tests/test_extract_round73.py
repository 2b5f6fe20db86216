"""Round 73 (session 15): chronologies, briefings, speeches, Party documents: dates told from the document's own
day.

Sentences written for these tests (other states and dates than the working sets), with negative twins (three that must not fire). Whole
pipeline with the learned reading off (marker rules_alone: these pin what the rules read):

* a speech's place-and-date line joined to its occasion line dates the document ("Năm ngoái" is then told from it);
* "tháng N vừa qua" is the last month N up to the document's date (the year before when N is later);
* an ongoing state told now ("X hiện là nhà đầu tư lớn nhất ...") in a document dated to the day takes that day,
  not a date carried from the sentence before (a journal dated by its year, a report on a period leave it as it was);
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

_SPEECH = (
    "PHÁT BIỂU CỦA ĐẠI SỨ VIỆT NAM\nTại Lễ kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Mê-hi-cô, Trường Đại học"
    " Quốc gia Mê-hi-cô\nMê-hi-cô Xi-ti, ngày 20 tháng 5 năm 2025\n\nKính thưa các vị khách quý,\n\n"
)
_DATED = "BÁO CÁO\nHà Nội, ngày 10 tháng 3 năm 2026\n\n"

# fmt: off
CASES: list[tuple] = [
    ("speech-dateline-joined",
     _SPEECH + "Năm ngoái, Tổng thống Mê-hi-cô đã thăm chính thức Việt Nam.",
     K.VISIT, ("MEX",), ("VNM",), "2024", S.OCCURRED),
    ("month-just-past",
     _DATED + "Tháng 11 vừa qua, Thủ tướng Việt Nam thăm chính thức Ai Cập.",
     K.VISIT, ("VNM",), ("EGY",), "2025-11", S.OCCURRED),
    ("state-told-now",
     _DATED + "Tháng 6/2024, Thủ tướng Xin-ga-po thăm Việt Nam. Xin-ga-po hiện là nhà đầu tư nước ngoài lớn nhất"
     " tại Việt Nam.",
     K.COOPERATE, ("SGP",), ("VNM",), "2026-03-10", S.ONGOING),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round73(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients, date or ""): events that must not be read (with that date, when given)
# fmt: off
ABSENT: list[tuple] = [
    ("month-past-not-to-come",
     _DATED + "Tháng 11 vừa qua, Thủ tướng Việt Nam thăm chính thức Ai Cập.",
     K.VISIT, ("VNM",), ("EGY",), "2026-11"),
    ("state-now-carried-date",
     _DATED + "Tháng 6/2024, Thủ tướng Xin-ga-po thăm Việt Nam. Xin-ga-po hiện là nhà đầu tư nước ngoài lớn nhất"
     " tại Việt Nam.",
     K.COOPERATE, ("SGP",), ("VNM",), "2024-06"),
    ("journal-year-not-a-day",
     "TẠP CHÍ\nSố 5 (2026)\n\nXin-ga-po hiện là nhà đầu tư nước ngoài lớn nhất tại Việt Nam.",
     K.COOPERATE, ("SGP",), ("VNM",), "2026-"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients", "date"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round73_absent(text, kind, actors, recipients, date):
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
