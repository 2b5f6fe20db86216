"""A twenty-fifth construction grid for the events stage (issue 3), from the report and plan shapes of the fresh
held-out sets (heldout47 – heldout54: a provincial Department of Foreign Affairs' year-end report, a ministry's
plan of numbered tasks), each with its negative twin:

* a delegation sent to a capital or a city ("cử đoàn công tác sang Bu-đa-pét", "đưa đoàn doanh nghiệp sang
  Đô-ha"): the place gone to after "sang / tới / đến / đi / qua" stands for its country (places); a delegation
  going to two countries ("đi Ả-rập Xê-út và Ca-ta") visits both, and one sent "sang khảo sát thị trường tại X"
  visits X (events_places.destination, trigger_acts). A delegation sent to survey a place at home visits no one.

Sentences written for these tests with other provinces, countries and dates; whole pipeline. Cases are as in
tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]).
"""

from __future__ import annotations

import pytest

from event_grid import PARAMS, K, S, check, params

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN, K.CONSULT, K.COOPERATE}
NO = ((), (), "", S.NEGATED)

_REPORT = (
    "UBND TỈNH HÀ TĨNH\n\nSỞ NGOẠI VỤ\n\nSố: 45/BC-SNgV\n\nHà Tĩnh, ngày 12 tháng 12 năm 2023\n\n"
    "BÁO CÁO\n\nCông tác đối ngoại năm 2023 và nhiệm vụ năm 2024\n\nI. KẾT QUẢ NĂM 2023\n\n"
)
_TASKS = _REPORT + "1. Công tác đối ngoại được triển khai đồng bộ.\n\nII. NHIỆM VỤ NĂM 2024\n\n"

# fmt: off
CASES: list[tuple] = [
    # --- 1. a delegation sent to a capital, a city, two countries ------------------------------------------------
    ("delegation-to-capital",
     _TASKS + "1. Tháng 5/2024, tổ chức đoàn công tác của tỉnh sang Viêng Chăn trao đổi kinh nghiệm.",
     K.VISIT, ("VNM",), ("LAO",), "2024-05", S.PLANNED),
    ("delegation-sent-to-capital",
     _TASKS + "2. Tháng 10/2024, cử đoàn công tác sang Pra-ha.",
     K.VISIT, (), ("CZE",), "2024-10", S.PLANNED),
    ("delegation-brought-to-city",
     _TASKS + "3. Phối hợp với Đại sứ quán Việt Nam tại Hàn Quốc đưa đoàn doanh nghiệp sang Xơ-un trong tháng 6/2024.",
     K.VISIT, (), ("KOR",), "2024-06", S.PLANNED),
    ("delegation-to-two-countries",
     _TASKS + "4. Tổ chức đoàn lãnh đạo tỉnh đi Cô-oét và Ba-ranh trong quý III/2024.",
     K.VISIT, ("VNM",), ("KWT", "BHR"), "", S.PLANNED),
    ("delegation-survey-abroad",
     _TASKS + "5. Tháng 9/2024, tổ chức đoàn doanh nghiệp sang khảo sát thị trường tại Ni-giê-ri-a và Ga-na.",
     K.VISIT, (), ("NGA", "GHA"), "2024-09", S.PLANNED),
    # twin: a survey at home visits no one
    ("delegation-survey-home-twin",
     _TASKS + "5. Tháng 9/2024, tổ chức đoàn doanh nghiệp đi khảo sát thị trường tại Hà Giang.",
     K.VISIT, *NO),
    # twin: a capital named as the venue of a meeting, no delegation going there
    ("capital-venue-twin",
     "Ngày 3/4/2019, Hội nghị Bộ trưởng Tài chính được tổ chức tại Pra-ha.",
     K.VISIT, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)
