"""Round 173 (session 21): the years of events told against the document's date.

"Năm qua" in a text dated in the first quarter is the year before; a news page's own date printed under its
headline as "Thứ Hai, 12/01/2026 07:30" (alone or run into the headline) is the document's date, against which
"năm nay" and "năm ngoái" are read. Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.extract.dates_past_year import past_year
from doingoai.extract.dates_weekday_line import weekday_line_date
from doingoai.pipeline import extract_text
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_past_year_reading() -> None:
    assert past_year("năm qua", "2026-01-15") == "2025"
    assert past_year("trong năm vừa qua", "2024-03-02") == "2023"
    assert past_year("năm qua", "2025-12-20") == ""  # a review written in December: its own year
    assert past_year("năm qua", "2025") == ""  # no month known
    assert past_year("thời gian qua", "2026-01-15") == ""


def test_last_year_in_a_january_plan() -> None:
    text = (
        "Hà Nội, ngày 20 tháng 01 năm 2027\n\nKẾ HOẠCH\n\nNăm qua, Bộ Công Thương đã phối hợp với Đại sứ quán "
        "Nhật Bản tổ chức hai hội thảo về thương mại.\n"
    )
    dates = [d for _, _, d in _read(text, K.COOPERATE)]
    assert dates and all(d.startswith("2026") for d in dates), dates


def test_last_year_in_a_december_review_is_its_own() -> None:
    text = (
        "Hà Nội, ngày 18 tháng 12 năm 2026\n\nBÁO CÁO\n\nNăm qua, Bộ Công Thương đã phối hợp với Đại sứ quán "
        "Nhật Bản tổ chức hai hội thảo về thương mại.\n"
    )
    dates = [d for _, _, d in _read(text, K.COOPERATE)]
    assert dates and all(d.startswith("2026") for d in dates), dates


def test_weekday_line_date() -> None:
    assert weekday_line_date("BÁO X\n\nTiêu đề bài\nThứ Hai, 12/01/2026 07:30\n\nNội dung.") == "2026-01-12"
    assert weekday_line_date("Tiêu đề bài Thứ Năm, 31/10/2024 | 17:40\n\nNội dung.") == "2024-10-31"
    assert weekday_line_date("Tiêu đề\nThứ Ba, 25/10/2022 06:00 (GMT+7)\n") == "2022-10-25"
    # a weekday told in a sentence of the body is no dateline
    assert weekday_line_date("Hội nghị khai mạc vào Thứ Hai, 12/01/2026 tại Hà Nội.\n") == ""
    assert weekday_line_date("Tiêu đề\nThứ Hai, 31/02/2026 07:30\n") == ""


_PAGE = (
    "BÁO THẾ GIỚI\n\nTrang chủ > Đối ngoại\n\nĐại sứ Lê Văn Tâm: Quan hệ Việt Nam – Thái Lan bước vào giai đoạn mới\n"
    "Thứ Ba, 13/01/2026 08:15\n\n{body}\n"
)


def test_news_page_date_under_its_headline() -> None:
    doc = extract_text(_PAGE.format(body="PV: Ông đánh giá thế nào về quan hệ hai nước?"), name="p.txt")
    assert doc.meta.get("date") == "2026-01-13"


def test_this_year_read_from_the_page_date() -> None:
    text = _PAGE.format(
        body="Đại sứ Lê Văn Tâm: Tháng 10 năm ngoái, Thủ tướng Thái Lan đã thăm chính thức Việt Nam."
    )
    dates = [d for a, r, d in _read(text, K.VISIT) if a == ["THA"] and r == ["VNM"]]
    assert dates == ["2025-10"], dates
