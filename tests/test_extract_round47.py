"""Round 47 (session 14): sentences with more than one event and missing trigger vocabulary.

Sentences written for these tests (other states, names and dates than the working sets), with negative twins.
Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read):

* a session of a joint committee ("Kỳ họp / khóa họp / phiên họp (lần thứ N) Ủy ban hỗn hợp / liên chính phủ ...
  Việt Nam – X"): a consultation of the two sides (`trigger_lex47`, "consult_joint_session"); "hợp tác" inside
  such a session's committee name ("... Ủy ban hỗn hợp về hợp tác kinh tế") is no cooperation (`events._BODY_NAMED`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("joint-committee-session",
     "Năm 2023, kỳ họp lần thứ 5 Ủy ban liên chính phủ Việt Nam – Xlô-va-ki-a được tổ chức tại Bra-ti-xla-va.",
     K.CONSULT, ("SVK", "VNM"), (), "2023", S.OCCURRED),  # (round 132: both sides the committee's name names meet)
    ("joint-committee-session-topic",
     "Tháng 6/2022, phiên họp thứ hai Ủy ban hỗn hợp về hợp tác kinh tế Việt Nam – Hung-ga-ri diễn ra tại Bu-đa-pét.",
     K.CONSULT, ("HUN", "VNM"), (), "2022-06", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round47(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients): negative twins where the event must not be read with these parties
# fmt: off
ABSENT: list[tuple] = [
    # a joint committee set up is no session held (no talks told)
    ("committee-founded",
     "Năm 2022, hai nước nhất trí thành lập Ủy ban hỗn hợp về hợp tác kinh tế Việt Nam – Hung-ga-ri.",
     K.CONSULT, (), ()),
    # the cooperation a session's committee is named after is no cooperation told
    ("session-topic-not-cooperation",
     "Tháng 6/2022, phiên họp thứ hai Ủy ban hỗn hợp về hợp tác kinh tế Việt Nam – Hung-ga-ri diễn ra tại Bu-đa-pét.",
     K.COOPERATE, (), ()),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round47_absent(text, kind, actors, recipients):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind and set(actors) <= set(e.actors) and set(recipients) <= set(e.recipients)
    ]
    assert not wrong, show(got)
