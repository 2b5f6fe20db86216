"""Round 34 (session 12): signings whose trigger was found but which were dropped for want of a party.

Sentences written for these tests (other states and dates than the working sets), each rule with a negative twin.
Whole pipeline (tests/event_grid.py).

* an agreement defined by its sentence and signed in the passive by named leaders: "Hiệp ước X là văn kiện ...,
  được Tổng thống C của A và Tổng thống D của B ký tại ..." -> A and B sign (`events_passive.leaders_agent`);
* a counted subject after its leaders' noun or a "khi": "chính phủ ba nước ký ...", "... khi ba nước ký ..."
  (`events_counted`);
* a counted subject whose states are named over the sentences before, none naming them all: "A và B ... . C ...
  . ... ba nước ký ..." -> A, B and C, only when the sentences name exactly that many (`events_counted`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

_NORDIC = (
    "Liên minh Bắc Âu\n\nLiên minh Bắc Âu là tổ chức của ba nước Đan Mạch, Na Uy và Thụy Điển.\n\nLịch sử\n\n"
)

# fmt: off
CASES: list[tuple] = [
    ("passive-named-leaders",
     "Hiệp ước Ki-ép\n\nHiệp ước Ki-ép là văn kiện về biên giới giữa U-crai-na và Ba Lan, được Tổng thống Leonid"
     " Kravchuk của U-crai-na và Tổng thống Lech Walesa của Ba Lan ký tại Vác-sa-va ngày 18/5/1992.",
     K.AGREEMENT_SIGN, ("UKR", "POL"), (), "1992-05-18", S.OCCURRED),
    ("counted-after-government",
     _NORDIC + "Ngày 1/3/1950, chính phủ ba nước ký Hiệp định hải quan.",
     K.AGREEMENT_SIGN, ("DNK", "NOR", "SWE"), (), "1950-03-01", S.OCCURRED),
    ("counted-after-when-gathered",
     "Ê-cu-a-đo và Pê-ru tranh chấp vùng biên giới trong nhiều năm. Cô-lôm-bi-a nhiều lần phản đối dự án. Căng"
     " thẳng chỉ chấm dứt khi ba nước ký Hiệp định ba bên năm 1998.",
     K.AGREEMENT_SIGN, ("ECU", "PER", "COL"), (), "1998", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round34(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors): negative twins where no event of the kind may hold these actors
# fmt: off
ABSENT: list[tuple] = [
    # a meeting opened by named leaders is no agreement signed
    ("passive-leaders-no-agreement",
     "Hội nghị Vác-sa-va là dịp gặp gỡ giữa U-crai-na và Ba Lan, được Tổng thống Leonid Kravchuk của U-crai-na"
     " và Tổng thống Lech Walesa của Ba Lan khai mạc ngày 18/5/1992.",
     K.AGREEMENT_SIGN, ("UKR", "POL")),
    # four states named before "ba nước": no three of them sign
    ("counted-gathered-too-many",
     "Ê-cu-a-đo và Pê-ru tranh chấp vùng biên giới trong nhiều năm. Cô-lôm-bi-a và Bra-xin nhiều lần phản đối dự"
     " án. Căng thẳng chỉ chấm dứt khi ba nước ký Hiệp định ba bên năm 1998.",
     K.AGREEMENT_SIGN, ("ECU",)),
    # "hợp tác ba bên" is no subject, even after "khi"
    ("counted-not-subject",
     "Ê-cu-a-đo, Pê-ru và Cô-lôm-bi-a tranh chấp vùng biên giới. Năm 1998, hợp tác ba bên được mở rộng khi"
     " Bra-xin ký hiệp định với Pê-ru.",
     K.AGREEMENT_SIGN, ("ECU",)),
]
# fmt: on


@pytest.mark.parametrize(("text", "kind", "actors"), [pytest.param(*a, id=i) for i, *a in ABSENT])
def test_round34_absent(text, kind, actors):
    got = extract_text(text).events
    wrong = [e for e in got if e.kind is kind and set(actors) <= set(e.actors) | set(e.recipients)]
    assert not wrong, show(got)
