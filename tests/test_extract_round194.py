"""Round 194 (session 22): answers — an amount question naming a measure of money ("Dự án có tổng vốn
khoảng bao nhiêu?", "Kim ngạch … đạt bao nhiêu?") is answered by an amount of money, not by another
number of its sentence (a length, a count); "cả năm <noun asked>" counts five ("cả năm thẩm phán"), the
whole year being "cả năm qua".

Sentences and documents written here; a negative case each."""

from __future__ import annotations

import pytest

from doingoai.answer.amounts import counts_unit, measure_after
from doingoai.answer.context import analyse_question
from doingoai.answer.number_spans import find_number
from store_fixtures import ingested_kb

NEWS = """KHỞI CÔNG CẢNG NƯỚC SÂU LA-MÔ

La-mô (TTXVN) – Sáng 3/4, tại hạt La-mô, Tổng thống Kê-ni-a đã dự lễ khởi công cảng nước sâu La-mô dài 12 km trên bờ Ấn Độ Dương.

Theo Bộ Giao thông Kê-ni-a, dự án có tổng vốn khoảng 2,3 tỷ USD và sẽ hoàn thành sau bốn năm.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"cang.txt": NEWS}, "round194.sqlite")


def test_money_measure_asks_money():
    q = "Dự án cảng có tổng vốn khoảng bao nhiêu?"
    assert measure_after(q) is not None
    said = "Dự án cảng dài 12 km, có tổng vốn khoảng 2,3 tỷ USD."
    found = find_number(analyse_question(q), said, ["dự án", "tổng vốn"])
    assert found is not None and found[0] == "2,3"
    assert not counts_unit(q, "Cảng dài 12 km.", len("Cảng dài 12"))


def test_no_measure_for_a_count():
    assert measure_after("Có bao nhiêu nước tham dự?") is None
    assert measure_after("Cảng dài bao nhiêu?") is None


def test_money_from_the_sentence_telling_it(kb):
    ans = kb.ask("Dự án cảng nước sâu La-mô có tổng vốn khoảng bao nhiêu?").to_dict()
    assert "2,3 tỷ USD" in (ans["answer"] or "")


def test_all_five_counts():
    q = analyse_question("Hội đồng có bao nhiêu thẩm phán?")
    found = find_number(q, "Với sự nhất trí của cả năm thẩm phán, Hội đồng ra phán quyết.", ["hội đồng"])
    assert found is not None and found[0] == "năm"
    found = find_number(q, "Hội đồng làm việc cả năm qua với hai thẩm phán mới.", ["hội đồng"])
    assert found is not None and found[0] == "hai"
