"""Round 19: day ranges as intervals of days, day ranges without their year, terms and targets that do not date an
event, quarters dated by their year (SCHEMA.md "Dates and status")."""

from __future__ import annotations

import pytest

from doingoai.extract.dates import dates_in
from doingoai.model import EventKind as K
from doingoai.model import Status as S
from doingoai.pipeline import extract_text


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("Từ ngày 28/3 đến 1/4/2015, Quốc hội đăng cai Đại hội đồng.", "", ["2015-03-28/2015-04-01"]),
        ("Ngày 5 – 6/11/2015, Chủ tịch Lào thăm Cu-ba.", "", ["2015-11-05/2015-11-06"]),
        ("ngày 1 và 2/3/2019, Thủ tướng Ấn Độ thăm Nhật Bản", "", ["2019-03-01/2019-03-02"]),
        ("thăm chính thức Pháp (19 – 20/6/2024).", "", ["2024-06-19/2024-06-20"]),
        ("từ ngày 4 đến 5 tháng 10 năm 2019", "", ["2019-10-04/2019-10-05"]),
        ("Từ 25/12 đến 2/1/2002, đoàn thăm Lào.", "", ["2001-12-25/2002-01-02"]),
        # without their year: the year told before in the paragraph, else the document's
        ("Từ ngày 3 đến 6/5, Hà Nội đăng cai hội nghị.", "2011-06", ["2011-05-03/2011-05-06"]),
        ("Năm nay, Thủ tướng dự hội nghị ngày 18 – 19/11.", "2024-12", ["2024", "2024-11-18/2024-11-19"]),
        ("Từ ngày 31/7 đến 3/8, Tổng thống Chi-lê thăm Lào.", "2024", ["2024-07-31/2024-08-03"]),
        (
            "Năm 2016, ngày 25 và 26/11, Bộ trưởng Hàn Quốc thăm Mông Cổ.",
            "2020",
            ["2016", "2016-11-25/2016-11-26"],
        ),
        ("Năm 2010, từ ngày 28/12 đến 2/1, đoàn thăm Lào.", "", ["2010", "2010-12-28/2011-01-02"]),
        ("từ ngày 28/12 đến 2/1, đoàn thăm Lào.", "2011-01", ["2010-12-28/2011-01-02"]),
        ("Từ ngày 14 đến 16 tháng trước, đoàn thăm tỉnh bạn.", "2019-06-10", ["2019-05-14/2019-05-16"]),
        ("từ ngày 2 đến 4 tháng này, đoàn thăm Cam-pu-chia.", "2022-08-20", ["2022-08-02/2022-08-04"]),
    ],
)
def test_day_ranges_are_intervals_of_days(text, base, expected):
    assert [d.value for d in dates_in(text, base)] == expected


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("ngày 30 – 31/2, đoàn thăm Lào.", "2020"),  # no such days
        ("Từ ngày 14 đến 16 tháng trước, đoàn thăm Lào.", "2019"),  # the document's month is unknown
        ("Từ ngày 3 đến 6/5, Hà Nội đăng cai hội nghị.", ""),  # no year anywhere
        ("tỷ lệ 3 – 4/5 số phiếu", "2020"),  # no "ngày": a fraction, not days
    ],
)
def test_day_ranges_that_give_no_interval(text, base):
    assert not any("/" in d.value and len(d.value) == 21 for d in dates_in(text, base))


def _events(text: str):
    return [(e.kind, set(e.actors) | set(e.recipients), e.date, e.status) for e in extract_text(text).events]


@pytest.mark.parametrize(
    ("text", "kind", "parties", "date"),
    [
        (
            "Từ ngày 13 đến 15/10/2013, Thủ tướng Trung Quốc thăm chính thức Việt Nam.",
            K.VISIT,
            {"CHN", "VNM"},
            "2013-10-13/2013-10-15",
        ),
        (
            "Tổng thống Pháp thăm chính thức Nhật Bản từ ngày 27 đến 30/11/2023.",
            K.VISIT,
            {"FRA", "JPN"},
            "2023-11-27/2023-11-30",
        ),
        (
            "Năm 2022, từ ngày 12 đến 13/5, Thủ tướng Lào thăm chính thức Cam-pu-chia.",
            K.VISIT,
            {"LAO", "KHM"},
            "2022-05-12/2022-05-13",
        ),
        ("Ngày 12/11/2023 Thủ tướng Lào thăm Thái Lan.", K.VISIT, {"LAO", "THA"}, "2023-11-12"),  # one day
    ],
)
def test_events_dated_by_a_day_range(text, kind, parties, date):
    assert any(k is kind and parties <= p and d == date for k, p, d, _ in _events(text)), _events(text)


@pytest.mark.parametrize(
    ("text", "kind", "parties", "date"),
    [
        # a programme's period after the object: the signing is dated by the date told after it
        (
            "Năm 2024, tỉnh phấn đấu ký kết thỏa thuận hợp tác giai đoạn 2025 – 2030 với tỉnh Xiêng Khoảng (Lào) "
            "trong năm nay.",
            K.AGREEMENT_SIGN,
            {"VNM", "LAO"},
            "2024",
        ),
        (
            "Tháng 5/2019, Việt Nam và Lào ký Biên bản ghi nhớ về hợp tác giai đoạn 2019 – 2023.",
            K.AGREEMENT_SIGN,
            {"VNM", "LAO"},
            "2019-05",
        ),
        (
            "Tháng 11/2013, Việt Nam trúng cử Hội đồng Nhân quyền nhiệm kỳ 2014 – 2016.",
            K.MEMBERSHIP_ELECT,
            {"VNM"},
            "2013-11",
        ),
        (
            "Năm 2012, I-ran giữ cương vị Chủ tịch Phong trào Không liên kết đến năm 2016.",
            K.CHAIR,
            {"IRN"},
            "2012",
        ),
        # twin: the term is all the clause says, so it dates the election
        (
            "Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021 với 192/193 phiếu.",
            K.MEMBERSHIP_ELECT,
            {"VNM"},
            "2020/2021",
        ),
        # a quarter dates an event by its three months (SCHEMA.md writes no quarter: an interval)
        (
            "Phấn đấu ký thỏa thuận hợp tác với thành phố Bách Sắc (Trung Quốc) trong quý IV/2023.",
            K.AGREEMENT_SIGN,
            {"VNM", "CHN"},
            "2023-10/2023-12",
        ),
        (
            "Dự kiến tổ chức đối thoại với Ô-xtrây-li-a tại Hà Nội trong quý II năm 2026.",
            K.CONSULT,
            {"AUS"},
            "2026-04/2026-06",
        ),
    ],
)
def test_terms_targets_and_quarters(text, kind, parties, date):
    got = _events(text)
    assert any(k is kind and parties <= p and d == date for k, p, d, _ in got), got


def test_a_planned_event_dated_by_its_quarter_stays_planned():
    got = _events("Phấn đấu ký thỏa thuận hợp tác với tỉnh Ta-keo (Cam-pu-chia) trong quý II/2025.")
    assert any(k is K.AGREEMENT_SIGN and d == "2025-04/2025-06" and s is S.PLANNED for k, _, d, s in got), got
