"""Round 37 (session 13): the shapes of provincial and ministry reports exported from Word and of plans.

Sentences written for these tests (other states, organisations and dates than the working sets), each rule with a
negative twin. Whole pipeline (tests/event_grid.py), the learned reading off (the rules' own reading is pinned).

* a request for aid the writer makes with a partner organisation: "Phối hợp với <tổ chức> đề xuất X tài trợ ..."
  -> aid X -> Vietnam, as "Đề nghị X tài trợ ..." is (`events_sides`);
* a plan's "đàm phán và ký X", "đàm phán với phía X, tiến tới ký ...", "đàm phán để sớm ký kết ...": the
  negotiation and the signing are both planned events, their parties all actors (`events_kind.signing_twin`);
* an envoy received who comes for a purpose, "tỉnh đón Tổng Lãnh sự X tại Y đến tìm hiểu ..." -> visit X -> Vietnam
  (`trigger_acts`);
* an agreement task of a plan whose sentence names no partner takes the one partner the plan's title names
  (`events_plan_tasks`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

_PLAN = (
    "BỘ CÔNG THƯƠNG\n\nSố: 21/KH-BCT\n\nHà Nội, ngày 12 tháng 01 năm 2026\n\n"
    "KẾ HOẠCH\nHợp tác thương mại với Cộng hòa Chi-lê năm 2026\n\n"
    "I. NHIỆM VỤ CỤ THỂ\n\n"
)
_PLAN_TWO = (
    "BỘ CÔNG THƯƠNG\n\nSố: 22/KH-BCT\n\nHà Nội, ngày 12 tháng 01 năm 2026\n\n"
    "KẾ HOẠCH\nHợp tác thương mại với Chi-lê và Pê-ru năm 2026\n\n"
    "I. NHIỆM VỤ CỤ THỂ\n\n"
)

# fmt: off
CASES: list[tuple] = [
    # --- a request for aid made with a partner organisation ---------------------------------------------------
    ("asked-with-partner-org",
     "3. Phối hợp với Hội Chữ thập đỏ tỉnh đề xuất Chính phủ Nhật Bản tài trợ dự án nước sạch cho các xã biên "
     "giới.",
     K.AID, ("JPN",), ("VNM",), "", S.ONGOING),
    # --- an envoy received who comes for a purpose --------------------------------------------------------------
    ("envoy-received-comes",
     "Tháng 7/2024, tỉnh đón Tổng Lãnh sự Lào tại Đà Nẵng đến tìm hiểu mô hình nuôi trồng thủy sản.",
     K.VISIT, ("LAO",), ("VNM",), "2024-07", S.OCCURRED),
    # --- negotiation and signing, both planned ----------------------------------------------------------------
    ("negotiate-and-sign-twin",
     _PLAN + "2. Chủ trì đàm phán và ký Bản ghi nhớ hợp tác về năng lượng với Bộ Năng lượng Chi-lê, dự kiến "
     "vào tháng 9.",
     K.AGREEMENT_SIGN, ("VNM", "CHL"), (), "", S.PLANNED),
    ("negotiate-partner-then-sign",
     "Kế hoạch năm 2026.\n\nĐàm phán với phía Ấn Độ, tiến tới ký Bản ghi nhớ về hợp tác thương mại, dự kiến vào "
     "tháng 10/2026.",
     K.AGREEMENT_SIGN, ("VNM", "IND"), (), "2026-10", S.PLANNED),
    # --- an agreement task of a plan with one partner ---------------------------------------------------------
    ("plan-task-title-partner",
     _PLAN + "1. Phối hợp với Bộ Ngoại giao hoàn tất đàm phán Hiệp định thương mại tự do song phương.",
     K.AGREEMENT_NEGOTIATE, ("VNM", "CHL"), (), "", S.PLANNED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round37(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=True)


# (id, text, kind, actors, recipients): negative twins where the event must not be read with these parties
# fmt: off
ABSENT: list[tuple] = [
    # done talks and signing: one signing, no planned negotiation twin
    ("signed-chain-no-twin",
     "Tháng 5/2024, hai nước đã đàm phán và ký kết Hiệp định về vận tải biển với Chi-lê.",
     K.AGREEMENT_NEGOTIATE, ("CHL",), ()),
    # an envoy received at a ceremony, no coming for a purpose told: no visit read from the receiving
    ("envoy-received-no-purpose",
     "Tháng 7/2024, Chủ tịch tỉnh đón Tổng Lãnh sự Lào tại lễ kỷ niệm Quốc khánh.",
     K.VISIT, ("LAO",), ()),
    # a plan whose title names two partners: no partner guessed for an unnamed task
    ("plan-two-partners",
     _PLAN_TWO + "1. Phối hợp với Bộ Ngoại giao hoàn tất đàm phán Hiệp định thương mại tự do song phương.",
     K.AGREEMENT_NEGOTIATE, ("VNM",), ()),
    # a visit task with no partner: not an agreement task, no partner read in
    ("plan-visit-not-task",
     _PLAN + "1. Phối hợp với Bộ Ngoại giao tổ chức Hội nghị xúc tiến xuất khẩu tại Thành phố Hồ Chí Minh.",
     K.VISIT, ("CHL",), ()),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round37_absent(text, kind, actors, recipients):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind
        and set(actors) <= set(e.actors) | set(e.recipients)
        and set(recipients) <= set(e.recipients)
    ]
    assert not wrong, show(got)
