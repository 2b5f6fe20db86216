"""Round 92 (session 16): "no trigger" misses, a second pass over the working sets pooled — tariffs laid on another
state's goods (a sanction), the EU's "yellow card" on a fishery laid (a sanction) and lifted.

Sentences written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import PARAMS, K, S, asserted_events, check, params

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("tariff-on-goods",
     "Tháng 4/2024, Mỹ áp thuế bổ sung đối với hàng hóa của Trung Quốc.",
     K.SANCTION, ("USA",), ("CHN",), "2024-04", S.OCCURRED),
    ("retaliatory-tariff",
     "Tháng 6/2024, Ca-na-đa áp thuế trả đũa đối với hàng hóa Mỹ.",
     K.SANCTION, ("CAN",), ("USA",), "2024-06", S.OCCURRED),
    ("yellow-card-laid",
     "Tháng 10/2019, Ủy ban châu Âu áp dụng cảnh báo “thẻ vàng” đối với hải sản của Thái Lan.",
     K.SANCTION, ("EU",), ("THA",), "2019-10", S.OCCURRED),
    ("yellow-card-lifted",
     "Tháng 1/2019, Ủy ban châu Âu gỡ bỏ “thẻ vàng” đối với hải sản của Thái Lan.",
     K.SANCTION_LIFT, ("EU",), ("THA",), "2019-01", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round92(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


def test_tariff_on_imports_from_a_state_is_left():
    # "nhập khẩu từ X": the parties skip the state after "từ", so no tariff is drafted (no default target)
    text = "Tháng 3/2025, Mỹ áp thuế 25% đối với hàng hóa nhập khẩu từ Ca-na-đa."
    assert not [e for e in asserted_events(text) if e.kind is K.SANCTION]


def test_tariff_on_a_product_names_no_target():
    text = "Năm 2018, Mỹ áp thuế 25% đối với thép."
    assert not [e for e in asserted_events(text) if e.kind is K.SANCTION]
