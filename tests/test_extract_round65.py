"""Round 65 (session 14): capitals standing for their state (metonymy) in a party's role.

Sentences written for these tests (other states, capitals and dates than the working sets), with negative twins.
Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read):

* a suit a state brings before an international court or tribunal ("X khởi kiện / đệ đơn kiện Y ra Tòa ...") is a
  protest; a capital bringing it or sued in it stands for its state ("Gioóc-tao", Guyana's capital, now in the table);
* a capital opening a clause after "sau khi / trước khi / khi / song / nhưng" before a state's act, or the object of
  a protest, support, demand, letter ("lên án Mát-xcơ-va", "gửi thư cho Tê-hê-ran"), stands for its state; more
  state acts after a clause-opening capital ("đẩy mạnh", "nộp", "xin", "đóng cửa", "tặng", "dành cho" ...), so that
  a following "Nước này" points to the state;
* a capital as a venue ("lên án hội nghị tại Mát-xcơ-va") stays a place; a suit with no court named is no protest.
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("suit-before-court",
     "Ngày 3/10/2014, Ê-cu-a-đo khởi kiện Cô-lôm-bi-a ra Tòa án Công lý quốc tế (ICJ).",
     K.PROTEST, ("ECU",), ("COL",), "2014-10-03", S.OCCURRED),
    ("capital-sues",
     "Ngày 2/5/2020, Gioóc-tao đệ đơn kiện Xu-ri-nam ra Tòa Trọng tài thường trực.",
     K.PROTEST, ("GUY",), ("SUR",), "2020-05-02", S.OCCURRED),
    ("capital-after-after-when",
     "Năm 2019, Bô-li-vi-a cắt quan hệ ngoại giao với I-xra-en sau khi Oa-sinh-tơn công nhận Giê-ru-xa-lem.",
     K.SUPPORT, ("USA",), ("ISR",), "2019", S.OCCURRED),
    ("capital-after-but",
     "Năm 2014, Liên hợp quốc thông qua nghị quyết, song Mát-xcơ-va tuyên bố rút khỏi Hội đồng Nhân quyền.",
     K.MEMBERSHIP_LEAVE, ("RUS",), ("UNHRC",), "2014", S.OCCURRED),
    ("capital-act-then-this-country",
     "Dưới thời Tổng thống mới, Xan-ti-a-gô đẩy mạnh hội nhập kinh tế quốc tế. Nước này gia nhập OECD ngày 7/5/2010.",
     K.MEMBERSHIP_JOIN, ("CHL",), ("OECD",), "2010-05-07", S.OCCURRED),
    ("capital-condemned",
     "Tháng 7/2014, Liên minh châu Âu lên án Mát-xcơ-va.",
     K.PROTEST, ("EU",), ("RUS",), "2014-07", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round65(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients, date or ""): events that must not be read (with that date, when given)
# fmt: off
ABSENT: list[tuple] = [
    ("suit-without-court",
     "Năm 2021, doanh nghiệp khởi kiện đối tác Hàn Quốc về hợp đồng mua bán.",
     K.PROTEST, (), (), ""),
    ("capital-as-venue",
     "Tháng 7/2014, Liên minh châu Âu lên án hội nghị tại Mát-xcơ-va.",
     K.PROTEST, (), ("RUS",), ""),
    ("after-when-not-the-first-actor",
     "Năm 2014, Liên hợp quốc thông qua nghị quyết, song Mát-xcơ-va tuyên bố rút khỏi Hội đồng Nhân quyền.",
     K.MEMBERSHIP_LEAVE, ("UNO",), (), ""),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients", "date"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round65_absent(text, kind, actors, recipients, date):
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
