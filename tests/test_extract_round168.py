"""Round 168 (session 21): answers — a range of days with no year ("từ ngày 14 đến 17/4") is the days a
"ngày nào" asks, as a single day is; a "when" answered by a month only is told by the day of that month a
sentence about as close writes; a delegation "sang làm việc" / "đón đoàn" is a visit.

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.blocks import names_day
from doingoai.answer.refine import finer, month_only
from doingoai.question_cues import mentions_kind
from store_fixtures import ingested_kb

NEWS = """Tổng thống Chi-lê thăm chính thức Việt Nam

Hà Nội (TTXVN) – Chiều 9/3, Chủ tịch nước chủ trì lễ đón Tổng thống Chi-lê, người đang thăm chính thức Việt Nam từ ngày 8 đến 10/3.

Hai bên đã ký Bản ghi nhớ về hợp tác nông nghiệp.
"""

PLAN = """KẾ HOẠCH hợp tác với Chi-lê năm 2027

1. Ngày 15/2/2027, tổ chức tọa đàm doanh nghiệp Việt Nam – Chi-lê về kết quả chuyến thăm.
"""

JOURNAL = """Hợp tác Việt Nam – Chi-lê trong lĩnh vực thủy sản

Hiệp định về hợp tác nghề cá giữa hai nước được ký tháng 4/2024 tại Xan-ti-a-gô.

Ngày 18/4/2024, Bộ trưởng Nông nghiệp hai nước đã ký Hiệp định về hợp tác nghề cá tại Xan-ti-a-gô.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    docs = {"tin.txt": NEWS, "ke-hoach.txt": PLAN, "tap-chi.txt": JOURNAL}
    yield from ingested_kb(tmp_path_factory, docs, "round168.sqlite")


def test_range_of_days_names_days():
    assert names_day("ngày 14 đến 17/4")
    assert names_day("5 và 6/2")
    assert names_day("Ngày 11 – 12/6")
    assert names_day("18/3")
    # negative: a range with its year, a year
    assert not names_day("14 đến 17/4/2025")
    assert not names_day("2020")


def test_finer_day_of_the_month():
    assert month_only("tháng 5/2025") == (5, "2025")
    assert month_only("May 2025") == (5, "2025")
    assert month_only("20/5/2025") is None
    assert finer("tháng 5/2025", "20/5/2025")
    assert finer("tháng 5", "ngày 10/5")
    assert finer("May 2025", "20 May 2025")
    # negative: another month or year, a year only
    assert not finer("tháng 6", "10/5")
    assert not finer("tháng 5/2024", "20/5/2025")
    assert not finer("2011", "9/2011")
    assert not finer("tháng 4/2023", "Ngày 12/4")  # (the year left out)


def test_visit_days_range(kb):
    ans = kb.ask("Tổng thống Chi-lê thăm chính thức Việt Nam trong những ngày nào?")
    assert "8 đến 10/3" in (ans.answer or "")


def test_month_told_by_its_day(kb):
    ans = kb.ask("Hiệp định về hợp tác nghề cá Việt Nam – Chi-lê được ký khi nào?")
    assert "18/4/2024" in (ans.answer or "")


def test_delegation_working_visit_is_a_visit():
    assert mentions_kind(("visit",), "2. Tháng 9, đón đoàn Bộ Y tế Hung-ga-ri sang làm việc tại Hà Nội.")
    assert mentions_kind(("visit",), "Đoàn Bộ Tư pháp Lào sang làm việc với Bộ.")
    # negative: work done at home, a delegation sent abroad for talks named otherwise
    assert not mentions_kind(("visit",), "Bộ làm việc với Đại sứ quán Lát-vi-a về hợp tác giáo dục.")
    assert not mentions_kind(("visit",), "Cử đoàn công tác dự hội nghị tại Ri-ga.")
