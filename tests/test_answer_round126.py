"""Round 126 (session 18): answers — another act of the same parties, shares, a year asked.

* "Văn phòng … được khai trương ngày nào?": the date next to the opening, not the date of the signing that set
  the office up, told in the sentence before.
* "What share of … does X hold?" asks a percentage ("nắm 40% cổ phần"), and a sentence writing one is about it.
* A day or month written without its year ("từ ngày 3 đến 5/10") is no answer to "which years", "năm nào".

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.amounts import counts_asked
from doingoai.answer.date_spans import find_date
from doingoai.fold import fold
from doingoai.question import Wants, analyse
from doingoai.question_cues import actions
from store_fixtures import ingested_kb

ENTRY = """TRUNG TÂM HỢP TÁC NÔNG NGHIỆP VIỆT NAM – CHILE

Ngày 12/3/2019, Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nông nghiệp Chile ký Bản ghi nhớ về việc lập
Trung tâm Hợp tác nông nghiệp tại Cần Thơ. Trung tâm được hai Bộ trưởng khai trương ngày 8/9/2020, là trung
tâm thứ ba của Chile ở châu Á.

Nhà máy chế biến cá hồi ở Cần Thơ do một công ty liên doanh xây dựng, trong đó phía Chile nắm 40% cổ phần.
"""

NEWS = """Hà Nội (TTXVN) – Chiều 4/10, Chủ tịch nước hội đàm với Tổng thống Chile, người đang thăm Việt Nam từ ngày 3 đến 5/10.

Đây là lần thứ ba Tổng thống Chile thăm Việt Nam, sau các chuyến thăm năm 2009 và 2017.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"muc-tu.txt": ENTRY, "tin.txt": NEWS}, "round126.sqlite")


def test_opening_is_the_action_asked():
    assert actions(fold("Trung tâm được khai trương ngày nào?").lower()) == ("khai truong", "khanh thanh")
    assert actions(fold("When was the plant inaugurated?").lower())
    # negative: a signing asked is no opening
    assert not actions(fold("Bản ghi nhớ được ký ngày nào?").lower())


def test_opening_date_asked(kb):
    a = kb.ask("Trung tâm Hợp tác nông nghiệp tại Cần Thơ được khai trương ngày nào?")
    assert a.answer == "8/9/2020"
    # negative: the signing asked keeps the signing's date
    assert (
        kb.ask("Bản ghi nhớ về việc lập Trung tâm Hợp tác nông nghiệp được ký ngày nào?").answer != "8/9/2020"
    )


def test_share_asked_as_percentage():
    q = analyse("What share of the joint venture does the Chilean side hold?")
    assert q.wants is Wants.NUMBER and q.asks_percent
    assert counts_asked(q.text, "trong đó phía Chile nắm 40% cổ phần")
    # negative: "which part" of a text is no share, a sentence with no percentage is not about one
    assert analyse("Which part of the country did the storm hit?").wants is not Wants.NUMBER
    assert not counts_asked(q.text, "Nhà máy rộng 6.000 m² ở Cần Thơ.")


def test_share_answered(kb):
    assert kb.ask("What share of the joint venture does the Chilean side hold?").answer == "40%"


def test_years_asked_not_a_day_without_year(kb):
    a = kb.ask("Before 2020, in which years had the President of Chile visited Vietnam?")
    assert a.answer is not None and "2009" in a.answer
    # negative: a day asked is still answered by the day written without its year
    said = (
        "Chiều 4/10, Chủ tịch nước hội đàm với Tổng thống Chile, người đang thăm Việt Nam từ ngày 3 đến 5/10."
    )
    found = find_date(analyse("Tổng thống Chile thăm Việt Nam vào những ngày nào?"), said, [])
    assert found is not None and "5/10" in found[0]
    assert find_date(analyse("Tổng thống Chile thăm Việt Nam năm nào?"), said, []) is None
