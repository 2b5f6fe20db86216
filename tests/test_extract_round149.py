"""Round 149 (session 20): answers — where a delegation is sent, the year of a news item for a person
asked, "tháng 9 năm đó", an asked actor the sentence names itself beside a short form.

* "Where will the ministry send a delegation?", "Where will staff travel?": English asks where someone goes
  by its verb; the place after "sang" / "đến" first, else any place given. A destination is also the last
  place any "where" question may take ("cử đoàn sang Viên làm việc với …").
* "tháng 9 năm đó" after "Năm 2021, …": the month asked of the year written just before.
* A person asked with a year ("Chủ tịch luân phiên X năm 2023 là ai?"): a news item of that year, its
  sentence writing no year, is about it.
* "Mỹ ký Công ước ngày …" after a paragraph naming the Convention whole: the short form stands for it,
  though other countries are named between, since the sentence names the asked country itself.

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.asked import month_ok
from doingoai.answer.context import analyse_question
from doingoai.answer.place_spans import find_place
from store_fixtures import ingested_kb

PLAN = """SỞ NGOẠI VỤ

Số: 12/KH-SNV                                Hà Nội, ngày 10 tháng 12 năm 2026

KẾ HOẠCH
Hợp tác quốc tế năm 2027

1. Tháng 5, cử đoàn cán bộ sang Viên dự hội thảo về an toàn hạt nhân do IAEA tổ chức.

2. Tháng 9, tổ chức đoàn công tác sang Băng Cốc làm việc với Ban Thư ký ESCAP.

3. Trong quý IV, cử cán bộ sang Tô-ky-ô học tập kinh nghiệm quản lý đô thị.

4. Trong quý II, cử cán bộ sang Xơ-un dự hội thảo về quản lý đô thị.
"""

NEWS = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Hội nghị thượng đỉnh Liên minh Nam Thái Bình Dương bế mạc</title>
<meta property="article:published_time" content="2023-07-14T09:00:00+07:00">
</head><body><article>
<h1>Hội nghị thượng đỉnh Liên minh Nam Thái Bình Dương bế mạc</h1>
<p>Xu-va (TTXVN) – Ngày 14/7, Hội nghị thượng đỉnh Liên minh Nam Thái Bình Dương bế mạc tại Xu-va.</p>
<p>Chủ tịch luân phiên của Liên minh Nam Thái Bình Dương, Thủ tướng Ph-gi Xitiveni Rabuka, đã chủ trì phiên bế mạc.</p>
</article></body></html>
"""

APPLY = """Gru-di-a và Liên minh châu Âu

Ngày 3/3/2022, Gru-di-a nộp đơn xin gia nhập Liên minh châu Âu (EU). Tháng 12/2023, EU trao cho Gru-di-a
quy chế ứng cử viên, song đến năm 2024 tiến trình gia nhập bị đình lại.
"""

TREATY = """Công ước về Quyền trẻ em

Công ước về Quyền trẻ em được Đại hội đồng Liên hợp quốc thông qua năm 1989. Xô-ma-li và Nam Xu-đăng
phê chuẩn Công ước năm 2015. Mỹ ký Công ước ngày 16/2/1995 nhưng chưa phê chuẩn, là thành viên Liên hợp quốc duy nhất đứng ngoài.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    docs = {"ke-hoach.txt": PLAN, "tin.html": NEWS, "cong-uoc.txt": TREATY, "gru-di-a.txt": APPLY}
    yield from ingested_kb(tmp_path_factory, docs, "round149.sqlite")


def test_english_motion_asks_the_destination():
    q = analyse_question("Where will the department send a delegation in May?")
    assert find_place(q, "1. Tháng 5, cử đoàn cán bộ sang Viên dự hội thảo tại Hà Nội.")[0] == "Viên"
    # a sentence with no destination: any place it gives
    q = analyse_question("Where will officers be sent next year?")
    assert find_place(q, "Phía bạn sẽ cử sĩ quan sang làm việc tại trụ sở ở Lyon.")[0] == "Lyon"
    # negative: a "where" question asking no motion takes "tại X" before a destination
    q = analyse_question("Where did the ministers meet?")
    assert find_place(q, "Các bộ trưởng họp tại Manila rồi sang Xơ-un.")[0] == "Manila"


def test_destination_is_a_last_place():
    q = analyse_question("Where will the delegation meet ESCAP?")
    assert (
        find_place(q, "Tổ chức đoàn công tác sang Băng Cốc làm việc với Ban Thư ký ESCAP.")[0] == "Băng Cốc"
    )
    # negative: no place at all
    assert find_place(q, "Tổ chức đoàn công tác làm việc với Ban Thư ký ESCAP.") is None


def test_month_of_the_year_before():
    assert month_ok((2021, 9), "Năm 2021, Cu-ba chủ trì hội nghị tại La Ha-ba-na vào tháng 9 năm đó.")
    assert month_ok((2021, 9), "Năm 2021, nước này làm chủ tịch; hội nghị họp tháng 9 cùng năm.")
    # negative: another year before it, another month
    assert not month_ok((2021, 9), "Năm 2020, Cu-ba chủ trì hội nghị vào tháng 9 năm đó.")
    assert not month_ok((2021, 9), "Năm 2021, Cu-ba chủ trì hội nghị vào tháng 10 năm đó.")


def test_plan_destination_answered(kb):
    ans = kb.ask("Where will the department send staff for the IAEA seminar?")
    assert ans.answer == "Viên"


def test_person_of_the_news_year(kb):
    ans = kb.ask("Chủ tịch luân phiên Liên minh Nam Thái Bình Dương năm 2023 là ai?")
    assert ans.answer is not None and "Rabuka" in ans.answer
    # negative: another year asked
    ans = kb.ask("Chủ tịch luân phiên Liên minh Nam Thái Bình Dương năm 2019 là ai?")
    assert ans.answer is None or "Rabuka" not in ans.answer


def test_short_form_beside_the_asked_country(kb):
    ans = kb.ask("When did the United States sign the Convention on the Rights of the Child?")
    assert ans.answer is not None and "1995" in ans.answer


def test_application_asked_by_its_verb():
    assert "nop don" in analyse_question("When did Georgia apply to join the EU?").action
    assert "nop don" in analyse_question("Ukraine nộp đơn xin gia nhập EU khi nào?").action
    # negative: a rule that "applied" from a date asks no application; nor does a date of joining
    assert "nop don" not in analyse_question("Since when has the quota applied to rice?").action
    assert "nop don" not in analyse_question("When did Georgia join the WTO?").action


def test_application_date_answered(kb):
    ans = kb.ask("When did Georgia apply to join the European Union?")
    assert ans.answer is not None and "2022" in ans.answer


def test_quarter_is_an_ordinal():
    from doingoai.answer.required import ordinals_ok

    assert ordinals_ok(
        frozenset({3}), "2. Trong quý III, cử đoàn sang Viên-chăn làm việc với Bộ Tư pháp Lào."
    )
    assert ordinals_ok(frozenset({2}), "Quý 2, đón đoàn doanh nghiệp Hàn Quốc.")
    # negative: another quarter
    assert not ordinals_ok(
        frozenset({3}), "2. Trong quý II, cử đoàn sang Viên-chăn làm việc với Bộ Tư pháp Lào."
    )


def test_quarter_asked_in_english(kb):
    ans = kb.ask("Where will the department send staff in the fourth quarter?")
    assert ans.answer == "Tô-ky-ô"
