"""Round 49 (session 14): answers whose answer is a date or an amount.

* a month or a quarter of the document's own year is a date ("dự kiến vào tháng 10", "trong quý
  III"); "tháng mấy"/"ngày mấy" ask a date; neither answers "năm nào";
* a sentence writing no year is of its document's year when the title writes that year or none;
* names a sentence leaves out may come from a heading in capitals before it ("SỞ NGOẠI VỤ");
* a vote count marks the election asked; of several counts, the one told after the asked name.

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import re

import pytest

from doingoai.answer.date_spans import find_date
from doingoai.answer.number_spans import counts_votes, owned_by_asked
from doingoai.answer.relative import document_year
from doingoai.question import Wants, analyse
from store_fixtures import ingested_kb


# --- a month or quarter of the document's own year ---------------------------------------------
@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        (
            "Đoàn doanh nghiệp sang Ma-rốc dự kiến đi vào tháng nào?",
            "3. Tổ chức đoàn doanh nghiệp sang Ca-xa-blan-ca (Ma-rốc), dự kiến vào tháng 11.",
            "tháng 11",
        ),
        (
            "Bản ghi nhớ về hợp tác thủy sản dự kiến được ký khi nào?",
            "2. Tiến tới ký Bản ghi nhớ về hợp tác thủy sản với phía bạn, dự kiến trong quý IV.",
            "quý IV",
        ),
        (
            "Đoàn chuyên gia sang Ha-ba-na vào tháng mấy?",
            "Tháng 4 năm nay, cử đoàn chuyên gia sang Ha-ba-na.",
            "Tháng 4",
        ),
    ],
)
def test_a_month_of_the_documents_own_year(question, sentence, expected):
    found = find_date(analyse(question), sentence, [])
    assert found is not None and found[0] == expected


def test_a_month_without_its_year_answers_no_year_question_and_a_count_is_no_month():
    assert (
        find_date(analyse("Đoàn chuyên gia sang Ha-ba-na năm nào?"), "Tháng 4 năm nay, cử đoàn sang.", [])
        is None
    )
    assert find_date(analyse("Xuất khẩu tăng khi nào?"), "6 tháng đầu năm, xuất khẩu tăng mạnh.", []) is None


def test_thang_may_asks_a_date():
    assert analyse("Đoàn công tác sẽ sang Lima vào tháng mấy?").wants is Wants.DATE
    assert analyse("Đoàn công tác gồm mấy người?").wants is Wants.NUMBER


# --- the document's year -------------------------------------------------------------------------
def test_the_year_of_a_report_or_news_item():
    title = "Kết quả công tác đối ngoại năm 2023, phương hướng nhiệm vụ năm 2024"
    assert document_year("1. Trong năm, Sở đã đón tiếp 25 đoàn.", title, "2023-12-15") == "năm 2023"
    assert document_year("Đoàn đã sang thăm.", "Hai nước ký hiệp định", "2023-06-07") == "năm 2023"


def test_no_document_year_for_a_sentence_with_its_own_or_an_article_of_another_year():
    assert document_year("Năm 2019, Sở đón 25 đoàn.", "Báo cáo năm 2023", "2023-12-15") == ""
    assert document_year("Hai nước ký hiệp định.", "Ngoại giao năm 1946", "2025-03-01") == ""
    assert document_year("Năm ngoái, hai nước ký hiệp định.", "Báo cáo", "2025-03-01") == ""


REPORT = """ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN

SỞ NGOẠI VỤ

Lạng Sơn, ngày 20 tháng 12 năm 2023

BÁO CÁO

Kết quả công tác đối ngoại năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Trong năm, Sở đã tham mưu đón tiếp 27 đoàn khách quốc tế cấp Tổng Lãnh sự trở lên.

2. Tỉnh đã phối hợp tổ chức hội chợ thương mại biên giới với sự tham gia của 300 gian hàng.
"""

ARTICLE = """NGOẠI GIAO ĐỊA PHƯƠNG THỜI KỲ ĐỔI MỚI

Tạp chí Nghiên cứu Quốc tế, 2025

Năm 2019, nhiều tỉnh biên giới đã đón tiếp 40 đoàn khách quốc tế cấp Tổng Lãnh sự trở lên.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(
        tmp_path_factory, {"bao-cao.txt": REPORT, "tap-chi.txt": ARTICLE}, "round49.sqlite"
    )


def test_a_report_answers_for_its_year_with_the_names_of_its_heading(kb):
    ans = kb.ask("Năm 2023, Sở Ngoại vụ Lạng Sơn đã đón tiếp bao nhiêu đoàn khách quốc tế?")
    assert ans.answer == "27"


def test_a_report_does_not_answer_for_another_year(kb):
    ans = kb.ask("Năm 2021, Sở Ngoại vụ Lạng Sơn đã đón tiếp bao nhiêu đoàn khách quốc tế?")
    assert ans.answer != "27"


# --- votes -----------------------------------------------------------------------------------------
VOTES = "Trong cuộc bỏ phiếu kín, Pa-na-ma nhận được 160 phiếu, vượt xa Hon-đu-rát với 29 phiếu."


def _counts(question: str, sentence: str) -> list[str]:
    cands = list(re.finditer(r"\d+", sentence))
    return [m.group(0) for m in owned_by_asked(analyse(question), sentence, cands)]


def test_the_count_told_after_the_asked_name():
    assert _counts("Pa-na-ma nhận được bao nhiêu phiếu?", VOTES) == ["160"]
    assert _counts("Hon-đu-rát nhận được bao nhiêu phiếu?", VOTES) == ["29"]
    assert counts_votes(analyse("How many votes did Panama get in the election?"), VOTES)


def test_no_owner_when_the_question_names_none_of_them():
    assert _counts("Tổng cộng bao nhiêu phiếu được bỏ?", VOTES) == ["160", "29"]
    assert not counts_votes(analyse("Pa-na-ma có bao nhiêu đại sứ quán?"), VOTES)
