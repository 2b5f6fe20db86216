"""Round 51 (session 14): false positives, words that name no act of their own (`events_non_acts`).

Sentences written for these tests (other states, names and dates than the working sets), with negative twins.
Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read):

* a plan's name: "Bộ ... ban hành Kế hoạch hợp tác với X năm N như sau:" reports no cooperation (the plan's tasks
  are the events); a plan signed by two sides stays a signing;
* a visit restated as the first since a past date ("đây là chuyến thăm đầu tiên ... kể từ khi ... năm 1971") is no
  second visit (the one told before it stays; read alone it gave one dated by the past date);
* "A và B cùng nộp đơn xin gia nhập X": the application, no joint cooperation; "cùng nộp Báo cáo chung" stays one.
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("plan-signed-stays",
     "Năm 2027, Việt Nam và Hung-ga-ri sẽ ký Kế hoạch hợp tác y tế giai đoạn 2027 – 2029.",
     K.AGREEMENT_SIGN, ("VNM", "HUN"), (), "2027", S.PLANNED),
    ("visit-then-restated",
     "Tháng 3/2024, Tổng thống Chi-lê thăm cấp Nhà nước Việt Nam; đây là chuyến thăm đầu tiên kể từ năm 2009.",
     K.VISIT, ("CHL",), ("VNM",), "2024-03", S.OCCURRED),
    ("application-filed-together",
     "Ngày 2/5/2019, Xéc-bi-a và Mông-tê-nê-grô cùng nộp đơn xin gia nhập EU.",
     K.MEMBERSHIP_JOIN, ("SRB",), ("EU",), "2019-05-02", S.PLANNED),
    # the rule must not fire: a joint report filed is a joint act
    ("joint-report-stays",
     "Việt Nam và Ma-lai-xi-a cùng nộp Báo cáo chung lên Ủy ban Ranh giới thềm lục địa ngày 6/5/2009.",
     K.COOPERATE, ("VNM", "MYS"), (), "2009-05-06", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round51(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients, date or ""): events that must not be read (with that date, when given)
# fmt: off
ABSENT: list[tuple] = [
    ("plan-name-no-cooperation",
     "Bộ Y tế ban hành Kế hoạch hợp tác y tế với Hung-ga-ri năm 2027 như sau:",
     K.COOPERATE, (), (), ""),
    ("restated-visit-no-second-visit",
     "Đây là chuyến thăm đầu tiên của Tổng thống Chi-lê tới Việt Nam kể từ khi hai nước thiết lập quan hệ ngoại giao "
     "năm 1971.",
     K.VISIT, (), (), ""),
    ("application-no-cooperation",
     "Ngày 2/5/2019, Xéc-bi-a và An-ba-ni cùng nộp đơn xin gia nhập EU.",
     K.COOPERATE, (), (), ""),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients", "date"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round51_absent(text, kind, actors, recipients, date):
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
