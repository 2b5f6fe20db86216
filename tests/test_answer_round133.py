"""Round 133 (session 19): answers — dates, counts and fields the newest working sets missed.

* A day written without its year after "hôm" ("nhậm chức hôm 3/9") is a date.
* A lone "năm" before "học", "nay", "tới" or after "Tháng 3" is the year, no count "five".
* A field "Ngày sinh: …" / "Nơi sinh: …" answers "X sinh ngày nào?" / "X sinh ở đâu?" (the act, then its
  date or place), in an entry whose heading in capitals names a person the gazetteer lacks.
* A capital written as the one acting ("…, Ca-ta-li-na đứng trước …") stands for its country though the
  sentence names other countries; written as where something is ("tại …"), it does not.

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.amounts import in_words
from doingoai.answer.cities import _stands_for
from doingoai.answer.date_spans import find_date
from doingoai.answer.fields import head_asked
from doingoai.question import analyse
from store_fixtures import ingested_kb

BIO = """TIỂU SỬ ÔNG TRẦN VĂN KHẢI

Ngày sinh: 14/8/1931
Nơi sinh: huyện Cẩm Giàng, tỉnh Hải Dương
Quê quán: tỉnh Hải Dương

Năm 1954, ông vào ngành ngoại giao, làm việc tại Vụ Lễ tân.
Từ ngày 3 đến ngày 9/5/1962, ông dự Hội nghị Bộ trưởng tại Giơ-ne-vơ.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"tieu-su.txt": BIO}, "round133.sqlite")


def test_day_after_time_of_day():
    q = analyse("Tân Thủ tướng nhậm chức ngày nào?")
    s = "Lễ ký diễn ra với sự chứng kiến của tân Thủ tướng, người vừa nhậm chức hôm 3/9, và các bộ trưởng."
    found = find_date(q, s, ["nham", "chuc"])
    assert found is not None and "3/9" in found[0]
    # negative: a bare fraction is no date
    assert find_date(q, "Khoảng 1/10 dân số tham gia bầu cử.", ["nham", "chuc"]) is None


def test_year_is_no_count_five():
    unit = ("luu", "hoc", "sinh")
    assert not in_words("Tháng 3 năm nay, đoàn ký Kế hoạch hợp tác năm học 2026 – 2027.", unit)
    # negative: "năm" before the counted noun is five
    assert [m.group(0) for m in in_words("Cấp học bổng cho năm lưu học sinh.", unit)] == ["năm"]


def test_birth_field_asked_by_act_then_date():
    assert head_asked(analyse("Ông Trần Văn Khải sinh ngày nào?"), "Ngày sinh")
    assert head_asked(analyse("Ông Trần Văn Khải sinh ở đâu?"), "Nơi sinh")
    # negative: the date of another act, or a place label for a date question
    assert not head_asked(analyse("Ông Trần Văn Khải mất ngày nào?"), "Ngày sinh")
    assert not head_asked(analyse("Ông Trần Văn Khải sinh ngày nào?"), "Nơi sinh")


def test_birth_field_in_entry(kb):
    assert kb.ask("Ông Trần Văn Khải sinh ngày nào?").answer == "14/8/1931"
    # negative: an entry about another person does not answer
    assert kb.ask("Ông Lê Văn Tám sinh ngày nào?").answer != "14/8/1931"


def test_capital_acting_stands_for_its_country():
    places = {"Bắc Kinh": "CHN"}
    assert _stands_for(
        "Nhận chức từ ngày 1/12, Bắc Kinh đứng trước thách thức khi xung đột nổ ra.", places, {"CHN"}
    )
    # negative: a place where something is
    assert not _stands_for("Nga và U-crai-na hội đàm tại Bắc Kinh ngày 1/12.", places, {"CHN"})
