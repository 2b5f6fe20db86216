"""Round 73 (session 15): chronologies, briefings, speeches, Party documents: dates told from the document's own
day and a stand for a cause.

Sentences written for these tests (other states and dates than the working sets), with negative twins. Whole
pipeline with the learned reading off (marker rules_alone: these pin what the rules read):

* a speech's place-and-date line joined to its occasion line dates the document ("Năm ngoái" is then told from it);
* "tháng N vừa qua" is the last month N up to the document's date (the year before when N is later);
* an ongoing state told now ("X hiện là nhà đầu tư lớn nhất ...") in a document dated to the day takes that day,
  not a date carried from the sentence before (a journal dated by its year, a report on a period leave it as it was);
* support for a cause ("Việt Nam ủng hộ giải quyết ... bằng biện pháp hòa bình") is one party's stand, no recipient.
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
    ("support-for-a-cause",
     "Ngày 3/4/2025, Bộ Ngoại giao Việt Nam cho biết Việt Nam ủng hộ giải quyết các tranh chấp ở Biển Đông bằng"
     " biện pháp hòa bình.",
     K.SUPPORT, ("VNM",), (), "2025-04-03", S.OCCURRED),
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


def test_round73_party_support_keeps_its_recipient():
    """A party named after "ủng hộ" is its recipient: the cause rule does not take it away."""
    got = extract_text("Ngày 3/4/2025, Việt Nam ủng hộ Ấn Độ ứng cử Ủy viên Hội đồng Nhân quyền.").events
    assert any(e.kind is K.SUPPORT and "IND" in e.recipients for e in got), show(got)
