"""Round 61 (session 14): the largest remaining miss classes of the answers.

* Vietnam written as the writer's own country ("Quốc hội nước ta", "Chính phủ ta") answers a question
  naming Vietnam or one of its bodies;
* a report's or a plan's item opening with its month only ("Tháng 10, …") is of its document's year and
  of that month, for any question (a place, a person, a body), not only a date or an amount;
* an item of a plan (a "Kế hoạch …", or under "Phương hướng, nhiệm vụ …") says a plan whatever its words,
  so a planned question takes it before a sentence merely writing "phấn đấu" / "dự kiến"; a negated
  item ("Chưa xem xét …") is none.

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.date_spans import dated_by_month, item_month
from store_fixtures import ingested_kb

ARTICLE = """QUAN HỆ VIỆT NAM VỚI CÔNG ƯỚC VỀ ĐA DẠNG SINH HỌC

Công ước về Đa dạng sinh học được thông qua tại Hội nghị Thượng đỉnh Trái Đất năm 1992.

Ngày 16/11/1994, Quốc hội nước ta phê chuẩn Công ước về Đa dạng sinh học, sau nhiều năm chuẩn bị.

Ngày 3/5/1996, Quốc hội Thái Lan thảo luận Công ước về Đa dạng sinh học.
"""

REPORT = """ỦY BAN NHÂN DÂN TỈNH BÌNH LONG

Bình Long, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác đối ngoại năm 2023

I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2023

1. Tháng 4, tỉnh tổ chức Tuần văn hóa Việt Nam tại thành phố Khon Kaen của Thái Lan.

2. Tháng 9, tỉnh tiếp đoàn doanh nghiệp Hàn Quốc sang khảo sát đầu tư.
"""

PLAN = """KẾ HOẠCH Hợp tác với Phần Lan năm 2026

Thực hiện chủ trương mở rộng hợp tác với các nước Bắc Âu, Sở Ngoại vụ xây dựng kế hoạch như sau:

1. Tháng 5, cử đoàn công tác của tỉnh sang Hen-xin-ki trao đổi kinh nghiệm giáo dục.

2. Sở chủ trì đàm phán với đoàn công tác của tỉnh bạn về Bản ghi nhớ hợp tác, phấn đấu ký trong tháng 11.

3. Chưa xem xét việc cử đoàn công tác sang Tam-pe-rê trong năm 2026.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(
        tmp_path_factory,
        {"bai-bao.txt": ARTICLE, "bao-cao.txt": REPORT, "ke-hoach.txt": PLAN},
        "round61.sqlite",
    )


# --- "nước ta": Vietnam --------------------------------------------------------------------------
def test_our_national_assembly_is_vietnams(kb):
    ans = kb.ask("Quốc hội Việt Nam phê chuẩn Công ước về Đa dạng sinh học ngày nào?")
    assert ans.answer == "16/11/1994"


def test_another_national_assembly_is_not_vietnams(kb):
    ans = kb.ask("Quốc hội Việt Nam thảo luận Công ước về Đa dạng sinh học ngày nào?")
    assert ans.answer != "3/5/1996"


# --- an item dated by its month only -------------------------------------------------------------
def test_a_month_opening_an_item():
    assert dated_by_month("1. Tháng 4, tỉnh tổ chức Tuần văn hóa")
    assert dated_by_month("Trong tháng 6, tổ chức đoàn")
    assert not dated_by_month("Tháng 3/2024, tỉnh tổ chức")
    assert not dated_by_month("6 tháng đầu năm, kim ngạch đạt")
    assert not dated_by_month("Tháng 3 năm sau, đón đoàn")  # (a relative year: not the document's)
    assert item_month("1. Tháng 4, tỉnh tổ chức", "năm 2023") == "tháng 4/2023"
    assert item_month("Tỉnh tổ chức", "năm 2023") == ""


def test_where_in_a_month_from_a_reports_item(kb):
    ans = kb.ask("Where did the province hold the Vietnamese Culture Week in April 2023?")
    assert ans.answer is not None and "Khon Kaen" in ans.answer


def test_another_month_is_not_asked(kb):
    ans = kb.ask("Where did the province hold the Vietnamese Culture Week in April 2021?")
    assert ans.answer is None or "Khon Kaen" not in ans.answer


# --- a plan's item is a plan ---------------------------------------------------------------------
def test_a_plans_item_answers_when_a_delegation_will_go(kb):
    ans = kb.ask("Đoàn công tác của tỉnh sẽ sang Hen-xin-ki vào tháng nào?")
    assert ans.answer is not None and ans.answer.lower() == "tháng 5"


def test_a_negated_item_is_no_plan(kb):
    from doingoai.answer.context import DocumentContext

    hits = [h.to_dict() for h in kb.search("Chưa xem xét việc cử đoàn công tác sang Tam-pe-rê", limit=3)]
    negated = next(h for h in hits if h["text"].startswith("3. Chưa"))
    item = next(h for h in (x.to_dict() for x in kb.search("cử đoàn công tác sang Hen-xin-ki", limit=3)))
    context = DocumentContext(kb, set())
    assert not context.in_plan(negated)
    assert context.in_plan(item) == (item.get("type") == "list_item")
