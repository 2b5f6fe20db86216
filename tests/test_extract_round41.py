"""Round 41 (session 13): dates and statuses — relative dates, dates carried from the sentence or the paragraph
before, ranges, terms and targets.

Sentences written for these tests (other states, names and dates than the working sets), each rule with a negative
twin. Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read).

* a month written without its year ("Tháng 8, ...", "vào tháng 2 tới") is a date; an event dated by it takes the
  year of its context, the section's in a plan ("Phương hướng năm 2024") (`dates`, `events_dating`);
* a heading's target year ("Hướng tới Tầm nhìn 2030") dates no section (`events_context`); a target after the
  trigger ("đến năm 2030") dates nothing done towards it in the fallback reading (`events_fallback`);
* "và ba năm sau trở thành ...", "Chỉ vài tuần sau, ..." count from the date told before (`dates_counted`);
* a year inside a quoted title after its noun ("hội thảo “... năm 1954 ...”") is a name's (`dates_terms`);
* "và trong sáu tháng cuối năm 2001 <verb>" opens the next clause (`dates_clauses`);
* "Năm nước ký Hiệp ước gồm ..." takes the date of the signing told before (`events_signed_before`);
* "..., ký ngày 23/10/1954, ít ngày sau khi X được kết nạp vào NATO" dates X's act to that month
  (`dates_counted`);
* an abbreviation's brackets are no clause edge ("... (EEA) từ năm 1994 và là thành viên ... từ năm 2001")
  (`dates_clauses`).
"""

from __future__ import annotations

import pytest

from doingoai.extract.dates_terms import titled_quotes
from doingoai.extract.events_context import QUOTE
from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

_PLAN = (
    "UBND TỈNH NGHỆ AN\n\nNghệ An, ngày 10 tháng 12 năm 2023\n\nBÁO CÁO\n\nTổng kết công tác đối ngoại năm 2023,"
    " phương hướng năm 2024\n\nII. PHƯƠNG HƯỚNG NĂM 2024\n\n"
)
_NEWS = (
    "Khai mạc Hội nghị Cấp cao Mê Công – Nhật Bản tại Tô-ky-ô\n\n09/10/2018 10:00 GMT+7\n\nTô-ky-ô (TTXVN) – Sáng"
    " 9/10, Thủ tướng Nguyễn Xuân Phúc dự Hội nghị Cấp cao Mê Công – Nhật Bản lần thứ 10.\n\n"
)
_PACT = (
    "Hiệp ước Ba-ghđát\n\nHiệp ước Ba-ghđát là liên minh quân sự hình thành trên cơ sở Hiệp ước Hợp tác tương hỗ"
    " được I-rắc và Thổ Nhĩ Kỳ ký tại Ba-ghđát ngày 24/2/1955.\n\nThành viên\n\n"
)

# fmt: off
CASES: list[tuple] = [
    ("month-without-year-plan-section",
     _PLAN + "1. Tháng 8, tổ chức đoàn đại biểu tỉnh sang thăm tỉnh Hủa-phăn (Lào); dự kiến hai tỉnh sẽ ký kế hoạch"
     " hợp tác giai đoạn 2024 – 2028.",
     K.AGREEMENT_SIGN, ("VNM", "LAO"), (), "2024-08", S.PLANNED),
    ("month-to-come",
     "Hà Nội, ngày 20 tháng 3 năm 2025\n\nDự kiến tổ chức đoàn doanh nghiệp sang Ấn Độ vào tháng 2 tới.",
     K.VISIT, ("VNM",), ("IND",), "2026-02", S.PLANNED),
    ("heading-target-no-section-date",
     _NEWS + "Hướng tới Tầm nhìn 2030\n\nTrong thời gian ở Tô-ky-ô, Thủ tướng còn dự Hội nghị Cấp cao CLMV lần thứ 9"
     " do Lào chủ trì.",
     K.HOST, ("LAO",), ("CLMV",), "2018-10-09", S.OCCURRED),
    ("and-years-later-verb",
     "Na Uy được kết nạp vào Liên hợp quốc ngày 27/11/1945 và ba năm sau trở thành thành viên sáng lập NATO.",
     K.MEMBERSHIP_JOIN, ("NOR",), ("NATO",), "1948", S.OCCURRED),
    ("a-few-weeks-later",
     "Hiệp định Giơ-ne-vơ được ký ngày 21/7/1954. Chỉ vài tuần sau, Ấn Độ và Trung Quốc thiết lập quan hệ ngoại"
     " giao.",
     K.RELATIONS_ESTABLISH, ("IND", "CHN"), (), "1954-08", S.OCCURRED),
    ("and-in-half-year-opens-clause",
     "Từ ngày 1/1/1999, Bỉ là thành viên khu vực đồng euro và trong sáu tháng cuối năm 2001 giữ chức Chủ tịch Hội"
     " đồng EU.",
     K.CHAIR, ("BEL",), ("EU",), "2001-H2", S.OCCURRED),
    ("signatories-take-signing-date",
     _PACT + "Năm nước ký Hiệp ước gồm Thổ Nhĩ Kỳ, I-rắc, Anh, Pa-ki-xtan và I-ran.",
     K.AGREEMENT_SIGN, ("TUR", "IRQ", "GBR"), (), "1955-02-24", S.OCCURRED),
    ("shortly-after-when",
     "Liên minh được thành lập theo Hiệp ước ký tại Pa-ri ngày 23/10/1954, ít ngày sau khi I-ta-li-a được kết nạp"
     " vào NATO.",
     K.MEMBERSHIP_JOIN, ("ITA",), ("NATO",), "1954-10", S.OCCURRED),
    ("abbreviation-brackets-no-edge",
     "Na Uy tham gia Khu vực Kinh tế châu Âu (EEA) từ năm 1994 và là thành viên khu vực Schengen từ năm 2001.",
     K.MEMBERSHIP_JOIN, ("NOR",), ("SCHENGEN",), "2001", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round41(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients, date): negative twins where the event must not be read with that date
# fmt: off
NOT_DATED: list[tuple] = [
    # a month with its year is that month, not one of the context's year
    ("month-with-year-kept",
     _PLAN + "1. Tháng 8/2025, tổ chức đoàn đại biểu tỉnh sang thăm tỉnh Hủa-phăn (Lào).",
     K.VISIT, ("VNM",), ("LAO",), "2024-08"),
    # "tháng 5 tới" written in March is this year's May, not next year's
    ("month-to-come-same-year",
     "Hà Nội, ngày 20 tháng 3 năm 2025\n\nDự kiến tổ chức đoàn doanh nghiệp sang Ấn Độ vào tháng 5 tới.",
     K.VISIT, ("VNM",), ("IND",), "2026-05"),
    # a count with "khi" after it compares, it does not count on: no year 1948 for the founding membership
    ("and-years-later-when",
     "Na Uy được kết nạp vào Liên hợp quốc ngày 27/11/1945 và ba năm sau khi NATO ra đời thì trở thành thành viên"
     " của tổ chức này.",
     K.MEMBERSHIP_JOIN, ("NOR",), ("UNO",), "1948"),
    # "sau khi" whose clause has ended: the act after the semicolon is not counted back
    ("shortly-after-when-clause-ended",
     "Bru-nây gia nhập ASEAN ngày 7/1/1984, chỉ một tuần sau khi giành độc lập; nước này đăng cai Hội nghị Cấp cao"
     " ASEAN năm 1995.",
     K.HOST, ("BRN",), ("ASEAN",), "1983-12-31"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients", "date"), [pytest.param(*c[1:], id=c[0]) for c in NOT_DATED]
)
def test_round41_not_dated(text, kind, actors, recipients, date):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind
        and set(actors) <= set(e.actors)
        and set(recipients) <= set(e.recipients)
        and e.date == date
    ]
    assert not wrong, show(got)


def test_quoted_title_year_is_a_name():
    """A quoted title after its noun is a name (its year dates no act); a quoted speech is not."""
    titled = "Viện tổ chức hội thảo quốc tế “Hiệp định Giơ-ne-vơ năm 1954 và hòa bình ở Đông Dương” tại Viêng Chăn."
    spoken = "Bộ trưởng nói: “Năm 2024, hai nước sẽ ký hiệp định thương mại”."
    for text, expected in ((titled, 1), (spoken, 0)):
        quotes = [m.span() for m in QUOTE.finditer(text)]
        assert len(titled_quotes(text, quotes)) == expected, text
