"""Round 118 (session 18): events whose other side the sentence leaves unnamed, taken from context.

* a plan whose title names one partner ("KẾ HOẠCH Hợp tác với X năm 2026"): its task of sending the writer's
  delegation ("Cử đoàn công tác sang làm việc tại tỉnh Y", "cử đoàn ... tham dự hội nghị tại Z") is a visit of
  Vietnam to the partner, and its signing task naming only a Vietnamese place ("Ký Biên bản ghi nhớ giữa tỉnh ta và
  tỉnh Y") is Vietnam's and the partner's, when the sentence names no other party and no place of a third state
  (events_plan_tasks, events_parties, events_unstated);
* a business delegation of a foreign place ("đoàn doanh nghiệp bang X sang khảo sát thị trường") stands for the
  place's country (places).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH BẾN TRE\n\nKẾ HOẠCH\nHợp tác với Cộng hòa Pháp về nông nghiệp năm 2026\n\n"
    "I. NHIỆM VỤ CỤ THỂ\n\n"
)


def _pairs(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_plan_delegation_task_visits_the_plan_partner():
    text = _PLAN + "1. Trong tháng 9, cử đoàn công tác của Sở Nông nghiệp sang làm việc tại vùng Bretagne.\n"
    assert (["VNM"], ["FRA"]) in _pairs(text, K.VISIT)


def test_plan_signing_task_naming_our_province_is_with_the_partner():
    text = _PLAN + "2. Ký Biên bản ghi nhớ hợp tác giữa tỉnh Bến Tre và vùng Bretagne trong năm 2026.\n"
    assert any(set(a) | set(r) == {"VNM", "FRA"} for a, r in _pairs(text, K.AGREEMENT_SIGN))


def test_plan_delegation_to_a_third_country_place_is_not_the_partner():
    text = _PLAN + "3. Cử đoàn công tác tham dự hội chợ nông sản tại Băng Cốc trong tháng 10.\n"
    assert (["VNM"], ["FRA"]) not in _pairs(text, K.VISIT)


def test_business_delegation_of_a_foreign_place_visits():
    text = (
        "Việt Nam và Hàn Quốc có quan hệ tốt. Tháng trước, một đoàn doanh nghiệp thành phố Busan đã sang khảo sát "
        "thị trường tại Đà Nẵng.\n"
    )
    assert (["KOR"], ["VNM"]) in _pairs(text, K.VISIT)
