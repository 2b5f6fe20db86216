"""Round 53 (session 14): news pages — a suspension told of several states at once, and a stance toward "the
agreement" after another kind of document was issued.

Sentences written for these tests (other states, names and dates than the working sets). Each rule has a case
where it must read the event and a twin where it must not. Whole pipeline with the learned reading off (marker
rules_alone: these pin what the rules read):

* states listed, then their count in apposition, before an agent passive ("A, B và C, ba nước đã bị O đình chỉ tư
  cách thành viên") are all punished by O (`events_suspended`);
* "X cũng hoan nghênh thỏa thuận" after "A và B đã ký thỏa thuận ..." and "C ra tuyên bố chung ..." welcomes the
  agreement's signers, the last act that made a document of the object's own sort (`events_object_author`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

_DEAL = (
    "Ngày 10/11/2020, Ác-mê-ni-a và A-déc-bai-gian đã ký thỏa thuận ngừng bắn. Nga và Thổ Nhĩ Kỳ ra tuyên bố chung"
    " về việc giám sát lệnh ngừng bắn. "
)

# fmt: off
CASES: list[tuple] = [
    ("states-counted-then-suspended",
     "Năm 2021, Ma-li, Ghi-nê và Xu-đăng, ba nước đã bị Liên minh châu Phi đình chỉ tư cách thành viên sau các"
     " cuộc chính biến.",
     K.SANCTION, ("AU",), ("MLI", "GIN", "SDN"), "2021", S.OCCURRED),
    ("welcome-of-the-agreement-signed",
     _DEAL + "Liên hợp quốc cũng hoan nghênh thỏa thuận.",
     K.SUPPORT, ("UNO",), ("ARM",), None, S.OCCURRED),
]

# (id, text, kind, actors, recipients): no event of the kind may be read with these parties
NOT_READ: list[tuple] = [
    ("states-counted-not-suspended",
     "Năm 2021, Ma-li, Ghi-nê và Xu-đăng, ba nước chưa bị Liên minh châu Phi đình chỉ tư cách thành viên.",
     K.SANCTION, None, None),
    ("welcome-of-the-declaration-not-the-signers",
     _DEAL + "Liên hợp quốc cũng hoan nghênh tuyên bố chung.",
     K.SUPPORT, ("UNO",), ("ARM", "AZE")),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round53(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"), [pytest.param(*c[1:], id=c[0]) for c in NOT_READ]
)
def test_round53_not_read(text, kind, actors, recipients):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind
        and (actors is None or e.actors == actors)
        and (recipients is None or e.recipients == recipients)
    ]
    assert not wrong, show(got)
