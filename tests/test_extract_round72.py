"""Round 72 (session 15): a second event left unread in a sentence that already has one — talks held on a visit.

Sentences written for these tests (other states, bodies and dates than the working sets), with negative twins.
Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read):

* talks on a visit whose partner is only in the visit ("thăm X; trong các cuộc hội đàm, hai bên ...", "thăm X và
  đồng chủ trì phiên họp ... Ủy ban ...") are a consultation of the visit's parties, Vietnam holding the talks
  with its guest (events_visit_talks); "trao đổi kinh nghiệm" on a trip and a negated talk are none;
* a session of "Nhóm công tác chung", "Ủy ban Thương mại chung", "Tiểu ban hợp tác thương mại" is a joint body's
  session, a consultation (trigger_lex47).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("talks-on-a-visit-to-vietnam",
     "Tháng 5/2023, Tổng thống Mông Cổ thăm cấp Nhà nước Việt Nam; trong các cuộc hội đàm, hai bên nhất trí tăng "
     "cường hợp tác nông nghiệp.",
     K.CONSULT, ("VNM",), ("MNG",), "2023-05", S.OCCURRED),
    ("session-on-a-visit-abroad",
     "Từ ngày 3 đến 5/6/2024, Chủ tịch Quốc hội thăm chính thức Ca-dắc-xtan và cùng Chủ tịch Hạ viện đồng chủ trì "
     "phiên họp thứ hai của Ủy ban hợp tác liên nghị viện.",
     K.CONSULT, ("VNM",), ("KAZ",), "2024-06-03/2024-06-05", S.OCCURRED),
    ("joint-working-group-session",
     "Tháng 4/2024, đoàn Bộ Nông nghiệp sang Bu-đa-pét dự phiên họp thứ ba của Nhóm công tác chung về nông nghiệp.",
     K.CONSULT, ("VNM",), ("HUN",), "2024-04", S.OCCURRED),
    ("trade-subcommittee-session",
     "Tháng 9/2024, Bộ chủ trì phiên họp Tiểu ban hợp tác thương mại Việt Nam – Mông Cổ tại Hà Nội.",
     K.CONSULT, ("MNG", "VNM"), (), "2024-09", S.OCCURRED),  # (round 132: the pair its name names)
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round72(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients, date or ""): events that must not be read (with that date, when given)
# fmt: off
ABSENT: list[tuple] = [
    ("experience-shared-on-a-trip",
     "Tháng 6/2024, Bộ đón đoàn Bộ Y tế Lào sang trao đổi kinh nghiệm phòng chống dịch bệnh.",
     K.CONSULT, (), (), ""),
    ("talks-negated",
     "Tháng 7/2024, Tổng thống Mông Cổ thăm Việt Nam nhưng không hội đàm với lãnh đạo Nhà nước.",
     K.CONSULT, (), (), ""),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients", "date"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round72_absent(text, kind, actors, recipients, date):
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
