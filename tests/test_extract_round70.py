"""Round 70 (session 15): sentences with a trigger but no event drafted (the "no event" misses).

Sentences written for these tests (other states, bodies and dates than the working sets), with negative twins.
Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read):

* "hai bên" after a state and an organisation ("Ấn Độ và Liên minh châu Âu ... Hai bên ...") is that pair, tried
  only when no pair of states is found (never two organisations, never "hai nước");
* an organisation's members as the subject of a signing or an adoption ("nguyên thủ các nước thành viên ký ...",
  "các bên ký ...", "các nhà lãnh đạo thông qua Tuyên bố ...") are the states the sentence before lists, else the
  organisation the text is about;
* a count with "này" ("ba nước này còn ký ...") is the states named before, as a bare count is (not after "năm":
  "Năm nước này ..." is a year).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("sides-a-state-and-an-organisation",
     "Ấn Độ và Liên minh châu Âu thiết lập quan hệ ngoại giao năm 1962. Ngày 28/6/2007, hai bên khởi động đàm phán"
     " hiệp định thương mại tự do.",
     K.AGREEMENT_NEGOTIATE, ("IND", "EU"), (), "2007-06-28", S.OCCURRED),
    ("members-listed-before-sign",
     "Các nước sáng lập gồm Ni-giê, Ma-li và Buốc-ki-na Pha-xô. Ngày 3/5/2019, tại Nia-mây, nguyên thủ các nước"
     " thành viên ký Hiến chương sửa đổi.",
     K.AGREEMENT_SIGN, ("NER", "MLI", "BFA"), (), "2019-05-03", S.OCCURRED),
    ("the-parties-listed-before-sign",
     "Các nước ký Hiệp ước gồm Bỉ, Hà Lan, Lúc-xăm-bua và Pháp. Ngày 3/2/1958, tại La Hay, các bên ký Nghị định"
     " thư về hải quan.",
     K.AGREEMENT_SIGN, ("BEL", "NLD", "LUX", "FRA"), (), "1958-02-03", S.OCCURRED),
    ("leaders-of-the-entry-adopt",
     "Cộng đồng Caribe\n\nCộng đồng Caribe (CARICOM) là tổ chức hợp tác khu vực.\n\nNăm 2001, các nhà lãnh đạo"
     " thông qua Tuyên bố Nassau về an ninh khu vực.",
     K.AGREEMENT_SIGN, ("CARICOM",), (), "2001", S.OCCURRED),
    ("these-three-states-sign",
     "Đan Mạch, Na Uy và Thụy Điển ký hiệp định về hợp tác năm 1962. Ngày 1/3/1971, ba nước này còn ký Hiệp định"
     " về giao thông.",
     K.AGREEMENT_SIGN, ("DNK", "NOR", "SWE"), (), "1971-03-01", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round70(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients, date or ""): events that must not be read (with that date, when given)
# fmt: off
ABSENT: list[tuple] = [
    ("sides-two-organisations",
     "ASEAN và Liên minh châu Âu thiết lập quan hệ đối thoại năm 1977. Ngày 15/3/2007, hai bên khởi động đàm phán"
     " hiệp định thương mại.",
     K.AGREEMENT_NEGOTIATE, ("ASEAN", "EU"), (), "2007"),
    ("members-of-no-organisation",
     "Việt Nam và Lào thiết lập quan hệ năm 1962. Ngày 3/5/2019, đại diện các nước thành viên ký Hiến chương sửa"
     " đổi.",
     K.AGREEMENT_SIGN, (), (), "2019"),
    ("a-year-then-this-state",
     "Đan Mạch, Na Uy, Thụy Điển, Phần Lan và Ai-xơ-len lập Hội đồng Bắc Âu năm 1952. Năm nước này gia nhập hiệp"
     " định về hợp tác năm 1971.",
     K.MEMBERSHIP_JOIN, ("NOR", "SWE"), (), ""),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients", "date"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round70_absent(text, kind, actors, recipients, date):
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
