"""Fix 162 (session 21): an amount question naming its measure ("Kim ngạch thương mại … đạt bao nhiêu?") is
answered from the sentence telling an amount of that measure ("Kim ngạch thương mại song phương đạt 1,9 tỷ
…"), not from one telling another measure's ("…; giá trị hợp đồng ký kết đạt 3 triệu …"), whichever comes
first; a year an amount is only compared with ("tăng 5% so với năm 2024") does not put a sentence about
another year.

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.amounts import asked_measure, measure_told, measured_first
from doingoai.answer.required import own_year_first
from store_fixtures import ingested_kb

FAIR = (
    "Tháng 9/2025, tổ chức đoàn 12 doanh nghiệp dự Hội chợ Espacio Food tại Xan-ti-a-gô; giá trị hợp đồng "
    "ký kết đạt 3 triệu đô-la Mỹ."
)
TRADE = "Kim ngạch thương mại song phương đạt 1,9 tỷ đô-la Mỹ, tăng 5% so với năm 2024."
HEAD = """BỘ CÔNG THƯƠNG

THƯƠNG VỤ VIỆT NAM TẠI CHI-LÊ

Xan-ti-a-gô, ngày 20 tháng 12 năm 2025

BÁO CÁO Tình hình hợp tác kinh tế, thương mại năm 2025

I. KẾT QUẢ

"""
QUESTION = "Kim ngạch thương mại Việt Nam – Chi-lê năm 2025 đạt bao nhiêu?"


def _scored(*texts: str) -> list:
    return [(1.0, i, {"text": t}) for i, t in enumerate(texts)]


def test_asked_measure():
    assert asked_measure(QUESTION) == "kim ngạch"
    assert asked_measure("Thiết bị do KOICA viện trợ cho tỉnh trị giá bao nhiêu?") == "giá trị"
    assert asked_measure("How much was two-way trade between Vietnam and Chile in 2025?") == "kim ngạch"
    # negative: a count asked ("bao nhiêu dự án"), no measure named
    assert asked_measure("Tỉnh tranh thủ được bao nhiêu dự án viện trợ?") is None
    assert asked_measure("Hội nghị có bao nhiêu nước tham dự?") is None


def test_measure_told():
    assert measure_told("kim ngạch", TRADE) is True
    assert measure_told("kim ngạch", FAIR) is False  # "giá trị hợp đồng" right before "3 triệu"
    assert measure_told("vốn", "Dự án có tổng vốn đầu tư 25 triệu USD.") is True
    assert measure_told("vốn", "Nhật Bản viện trợ không hoàn lại 2 triệu USD cho dự án.") is False
    # negative: an amount with no measure named, a measure named far before the amount
    assert measure_told("kim ngạch", "Đoàn gồm 45 doanh nghiệp, ký 12 hợp đồng trị giá.") is None
    assert measure_told("kim ngạch", "Hai bên đạt 3 tỷ USD.") is None
    far = "Giá trị của hội chợ đối với doanh nghiệp hai nước rất lớn khi nhiều bên cùng đạt 3 tỷ USD."
    assert measure_told("kim ngạch", far) is None


@pytest.mark.parametrize("order", [(FAIR, TRADE), (TRADE, FAIR)])
def test_measured_first_both_orders(order):
    ranked = measured_first(QUESTION, _scored(*order))
    assert ranked[0][2]["text"] == TRADE
    # negative: no measure asked, or none told of the asked one: the order is kept
    same = _scored(*order)
    assert measured_first("Bao nhiêu doanh nghiệp dự hội chợ?", same) == same
    assert measured_first("Doanh thu năm 2025 đạt bao nhiêu?", same) == same


def test_compared_year_is_no_other_year():
    ranked = own_year_first(2025, _scored(FAIR, TRADE))
    assert [s[2]["text"] for s in ranked] == [FAIR, TRADE]
    # negative: a sentence telling another year as its own is left out
    other = "Năm 2024, kim ngạch thương mại song phương đạt 1,8 tỷ đô-la Mỹ."
    assert [s[2]["text"] for s in own_year_first(2025, _scored(FAIR, other))] == [FAIR]


@pytest.fixture(scope="module", params=["fair-first", "trade-first"])
def kb(request, tmp_path_factory):
    first, second = (FAIR, TRADE) if request.param == "fair-first" else (TRADE, FAIR)
    text = HEAD + f"1. {first}\n\n2. {second}\n"
    yield from ingested_kb(tmp_path_factory, {"bao-cao.txt": text}, f"fix162-{request.param}.sqlite")


def test_report_answers_the_asked_measure(kb):
    ans = kb.ask(QUESTION)
    assert "1,9 tỷ" in (ans.answer or "")
    # negative: the other measure asked is answered from its own sentence
    ans = kb.ask("Giá trị hợp đồng ký kết tại Hội chợ Espacio Food năm 2025 đạt bao nhiêu?")
    assert "3 triệu" in (ans.answer or "")
