"""A seventh construction grid for the events stage (issue 3): a visit named by its destination right after
"chuyến thăm (chính thức)" and by its visitor after "của", where the visitor is a titled foreign leader whose
country is not written (the partner of Vietnam the paragraph or the title is about); an occasion "Trong khuôn
khổ chuyến thăm ..." followed by a day and month without a year in a dated news text (the page's or the
document's year); a summit attended whose long name ("Hội nghị Cấp cao đặc biệt kỷ niệm 50 năm quan hệ ASEAN –
X") holds its parties. Written for these tests with other countries, leaders, dates and wording; whole
pipeline. Next to each construction, cases where the same words carry no such event or another party.

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_file
from event_grid import PARAMS, K, S, asserted_events, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}

DATED = "Hà Nội, ngày 28 tháng 11 năm 2023\n\n"
LEAD = (
    "Trong khuôn khổ chuyến thăm chính thức Nhật Bản, ngày 27/11, tại Tô-ky-ô, Chủ tịch nước Võ Văn Thưởng và "
    "Thủ tướng Fumio Kishida đã ra Tuyên bố chung về việc nâng cấp quan hệ hai nước lên Đối tác chiến lược toàn diện."
)

# fmt: off
CASES: list[tuple] = [
    # --- 1. "chuyến thăm chính thức X của <chức danh> <tên nước ngoài>": the leader is the paragraph's partner --
    ("visit-of-leader-pair-before", "Năm 1955, Việt Nam và In-đô-nê-xi-a thiết lập quan hệ ngoại giao. Tháng 9/2022, nhân chuyến thăm cấp Nhà nước Việt Nam của Tổng thống Joko Widodo, hai nước ký Bản ghi nhớ về hợp tác biển.",
     K.VISIT, ("IDN",), ("VNM",), "2022-09", S.OCCURRED),
    ("visit-of-leader-then-pair", "Năm 1955, Việt Nam và In-đô-nê-xi-a thiết lập quan hệ ngoại giao. Tháng 9/2022, nhân chuyến thăm cấp Nhà nước Việt Nam của Tổng thống Joko Widodo, hai nước ký Bản ghi nhớ về hợp tác biển.",
     K.AGREEMENT_SIGN, ("VNM", "IDN"), (), "2022-09", S.OCCURRED),
    ("visit-of-leader-transliterated", "Việt Nam và Niu Di-lân thiết lập quan hệ ngoại giao năm 1975. Tháng 7/2020, nhân chuyến thăm chính thức Việt Nam của Thủ tướng Gia-xin-đa A-đơn, hai nước nâng cấp quan hệ lên Đối tác chiến lược.",
     K.VISIT, ("NZL",), ("VNM",), "2020-07", S.OCCURRED),
    ("visit-of-leader-title-pair", "QUAN HỆ VIỆT NAM – CHI-LÊ\n\n1. Đối tác toàn diện\n\nTháng 11/2009, nhân chuyến thăm chính thức Việt Nam của Tổng thống Michelle Bachelet, hai nước thiết lập quan hệ Đối tác toàn diện.",
     K.VISIT, ("CHL",), ("VNM",), "2009-11", S.OCCURRED),
    ("leader-visits-vietnam", "Việt Nam và Ca-na-đa thiết lập quan hệ ngoại giao năm 1973. Tháng 11/2017, Thủ tướng Justin Trudeau thăm chính thức Việt Nam.",
     K.VISIT, ("CAN",), ("VNM",), "2017-11", S.OCCURRED),
    ("vietnamese-leader-stays-vietnam", "Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao năm 1973. Tháng 5/2023, nhân chuyến thăm Nhật Bản của Thủ tướng Phạm Minh Chính, hai nước ký Bản ghi nhớ về hợp tác.",
     K.VISIT, ("VNM",), ("JPN",), "2023-05", S.OCCURRED),
    ("leader-in-gazetteer-keeps-country", "Việt Nam và Ô-xtrây-li-a thiết lập quan hệ ngoại giao năm 1973. Tháng 6/2023, nhân chuyến thăm chính thức Việt Nam của Thủ tướng Anthony Albanese, hai nước ký Bản ghi nhớ.",
     K.VISIT, ("AUS",), ("VNM",), "2023-06", S.OCCURRED),
    # no pair with Vietnam before: the leader's country cannot be told, so no visitor is made up
    ("leader-country-unknown", "Năm 2019, Hoa Kỳ và Trung Quốc ký thỏa thuận thương mại giai đoạn một. Tháng 3/2020, Tổng thống Justin Trudeau thăm Việt Nam.",
     K.VISIT, (), (), "", S.NEGATED),
    # --- 2. "Trong khuôn khổ chuyến thăm X, ngày D/M, ...": the document's year; the occasion dates the clause ------
    ("occasion-day-month-upgrade", DATED + LEAD,
     K.RELATIONS_UPGRADE, ("VNM", "JPN"), (), "2023-11-27", S.OCCURRED),
    ("occasion-day-month-visit", DATED + "Trong khuôn khổ chuyến thăm chính thức Hàn Quốc, ngày 23/6, tại Xơ-un, Thủ tướng Phạm Minh Chính và Tổng thống Yoon Suk Yeol đã hội đàm.",
     K.VISIT, ("VNM",), ("KOR",), "2023-06-23", S.OCCURRED),
    # --- 3. a summit attended: a long name with an anniversary between the meeting noun and its parties -------
    ("attend-anniversary-summit", "Ngày 16/12/2023, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao kỷ niệm 50 năm quan hệ ASEAN – Nhật Bản tại Tô-ky-ô.",
     K.CONSULT, ("VNM",), ("ASEAN", "JPN"), "2023-12-16", S.OCCURRED),
    ("attend-anniversary-summit-range", "Từ ngày 25 đến 27/11/2019, Thủ tướng Nguyễn Xuân Phúc tham dự Hội nghị Thượng đỉnh kỷ niệm 30 năm quan hệ đối thoại ASEAN – Hàn Quốc tại Bu-san.",
     K.CONSULT, ("VNM",), ("ASEAN", "KOR"), "", S.OCCURRED),
    ("attend-short-name", "Ngày 14/3/2018, Thủ tướng dự Hội nghị Cấp cao đặc biệt ASEAN – Ô-xtrây-li-a tại Xít-ni.",
     K.CONSULT, ("VNM",), ("ASEAN", "AUS"), "2018-03-14", S.OCCURRED),
    # the meeting's name ends at the comma: a country named after it is no party of the meeting
    ("attend-name-ends-at-comma", "Ngày 5/1/2024, Thủ tướng dự Hội nghị triển khai công tác năm 2024 của ngành ngoại giao, Nhật Bản cử đại sứ tới dự.",
     K.CONSULT, (), (), "", S.NEGATED),
    # preparing to attend is not attending
    ("prepare-to-attend", "Tháng 11/2023, Bộ Ngoại giao họp chuẩn bị dự Hội nghị Cấp cao kỷ niệm 50 năm quan hệ ASEAN – Nhật Bản.",
     K.CONSULT, (), (), "", S.NEGATED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_the_occasion_visit_takes_the_month_of_its_main_clause():
    got = asserted_events(DATED + LEAD)
    visits = [e for e in got if e.kind is K.VISIT and e.actors == ("VNM",) and e.recipients == ("JPN",)]
    assert visits and visits[0].date.startswith("2023-11"), show(got)


def test_without_a_document_date_a_day_and_month_get_no_year_made_up():
    got = asserted_events(LEAD)
    upgrades = [e for e in got if e.kind is K.RELATIONS_UPGRADE]
    assert upgrades and all(e.date == "" for e in upgrades), show(got)


PAGE = (
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Việt Nam – Nhật Bản nâng cấp quan hệ</title>'
    '</head><body><header><a class="logo" href="/">Báo Điện tử</a></header><article>'
    "<h1>Việt Nam – Nhật Bản nâng cấp quan hệ lên Đối tác chiến lược toàn diện</h1>"
    '<p class="meta">{meta}</p>'
    "<p><strong>{lead}</strong></p>"
    "<p>Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao ngày 21/9/1973. Hai nước xác lập quan hệ Đối tác chiến lược"
    " năm 2009.</p></article><footer>© Báo Điện tử</footer></body></html>"
)


def test_a_news_page_dated_in_its_meta_line_dates_the_day_and_month_of_its_lead(tmp_path):
    path = tmp_path / "tin.html"
    path.write_text(PAGE.format(meta="Thứ Ba, 28/11/2023, 07:00 (GMT+7)", lead=LEAD), encoding="utf-8")
    doc = extract_file(path)
    assert doc.meta.get("date") == "2023-11-28"
    got = [(e.kind, set(e.actors) | set(e.recipients), e.date) for e in doc.events]
    assert (K.RELATIONS_UPGRADE, {"VNM", "JPN"}, "2023-11-27") in got, got
    assert any(k is K.VISIT and d.startswith("2023-11") for k, _, d in got), got
