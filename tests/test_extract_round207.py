"""Round 207 (session 23): near misses — a response dated by the calamity it answers, and the giver of aid named
after a fund's noun or an owner noun with no "của" marker on the name.

Sentences written for these tests (other states, names and dates than the working sets). Whole pipeline with the
learned reading off (marker rules_alone: these pin what the rules read):

* aid or support in a clause with "sau (trận|vụ|...) <calamity> <date>" and no date of its own is dated by the
  calamity's month (its year when only the year is told) (`dates_disaster`); another anchor ("sau chiến tranh")
  still dates nothing;
* "(nhận) học bổng Chính phủ X", "vốn (vay) ODA X": X gives; "tiếp nhận khoản viện trợ ... của một tổ chức nhân
  đạo X", "tiếp nhận N tình nguyện viên của Chương trình ... X": X gives (`events_donor`); a project that helps
  ("các dự án hỗ trợ Lào") still helps Laos;
* a visit of two or more guests received ("đón tàu hải quân của A và B thăm Cảng ...") is a visit of each to the
  receiver (`events_received_group`);
* a date far after the trigger past a name's bracketed abbreviation ("... (OIC) vào tháng 3/2022") is the clause's
  own (`dates_clauses.far_own_date`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("rescue-after-earthquake-day",
     "Sau trận động đất mạnh ngày 12/4/2021 ở miền Bắc Phi-líp-pin, Việt Nam cử các đội cứu hộ sang giúp bạn.",
     K.AID, ("VNM",), ("PHL",), "2021-04", S.OCCURRED),
    ("aid-after-storm-year",
     "Sau siêu bão năm 2016, Nhật Bản viện trợ cho Việt Nam 2 triệu USD.",
     K.AID, ("JPN",), ("VNM",), "2016", S.OCCURRED),
    ("support-after-attack",
     "Niu Di-lân tuyên bố sát cánh cùng Hoa Kỳ sau vụ khủng bố ngày 11/9/2001.",
     K.SUPPORT, ("NZL",), ("USA",), "2001-09", S.OCCURRED),
    ("scholarship-of-a-government-received",
     "Năm 2023, 12 cán bộ của tỉnh nhận học bổng Chính phủ Niu Di-lân bậc thạc sĩ.",
     K.AID, ("NZL",), ("VNM",), "2023", S.OCCURRED),
    ("oda-of-a-country-used",
     "Cầu Bãi Cháy, công trình sử dụng vốn vay ODA Nhật Bản, được khánh thành năm 2006.",
     K.AID, ("JPN",), ("VNM",), None, S.OCCURRED),
    ("aid-of-an-organisation-of-a-country-received",
     "Năm 2022, Quỹ đã tiếp nhận khoản viện trợ 50.000 USD của một tổ chức nhân đạo Hàn Quốc để xây trường học.",
     K.AID, ("KOR",), ("VNM",), "2022", S.OCCURRED),
    ("hosting-dated-past-a-bracketed-abbreviation",
     "In-đô-nê-xi-a đăng cai Hội nghị Bộ trưởng Ngoại giao các nước thành viên Tổ chức Hợp tác Hồi giáo (OIC) vào"
     " tháng 3/2022.",
     K.HOST, ("IDN",), ("OIC",), "2022-03", S.OCCURRED),
    ("guests-received-together",
     "Năm 2023, tỉnh đón 03 lượt tàu hải quân của Ấn Độ, Nhật Bản và Ô-xtrây-li-a thăm Cảng quốc tế Cam Ranh.",
     K.VISIT, ("IND", "JPN", "AUS"), ("VNM",), "2023", S.OCCURRED),
    ("scholarship-of-vietnam-given-to",
     "Năm 2024, Việt Nam cấp học bổng Chính phủ Việt Nam cho 50 sinh viên Lào.",
     K.AID, ("VNM",), ("LAO",), "2024", S.OCCURRED),
]

# (id, text, kind, actors, recipients): no event of the kind may be read with these parties
NOT_READ: list[tuple] = [
    ("projects-helping-laos-not-given-by-laos",
     "Việt Nam triển khai các dự án hỗ trợ Lào.",
     K.AID, ("LAO",), ("VNM",)),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round207(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


def test_round207_other_anchor_dates_nothing():
    got = [
        e
        for e in extract_text("Sau chiến tranh năm 1975, Nhật Bản viện trợ cho Việt Nam 2 triệu USD.").events
    ]
    assert any(e.kind is K.AID for e in got), show(got)
    assert not any(e.kind is K.AID and e.date.startswith("1975") for e in got), show(got)


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"), [pytest.param(*c[1:], id=c[0]) for c in NOT_READ]
)
def test_round207_not_read(text, kind, actors, recipients):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind
        and (actors is None or e.actors == actors)
        and (recipients is None or e.recipients == recipients)
    ]
    assert not wrong, show(got)
