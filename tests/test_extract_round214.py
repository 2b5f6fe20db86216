"""Round 214 (session 23): event dates — talks named by their partner at a visit told before, and a narrative's
undated act in the time its paragraph last told.

Sentences written for these tests (other states, names and dates than the working sets). Whole pipeline with the
learned reading off (marker rules_alone: these pin what the rules read):

* "Trong hội đàm với <partner>, ..." / "Tại đây, ..." opening a clause: the act is at the occasion told before
  (its date), as "Trong chuyến thăm, ..." was (`events_dating._THEN`);
* an act done with no date in a paragraph that does not open with one, in a document with no date of its own,
  takes the last date told before its sentence in the paragraph (`dates_narrative`), not a citation's year in
  brackets, nor a bound or a goal ("mục tiêu ... vào năm 2030").
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("upgrade-in-talks-named-by-partner",
     "Từ ngày 10 đến 12/4/2023, Tổng thống Chi-lê thăm cấp Nhà nước Việt Nam. Trong hội đàm với Chủ tịch nước,"
     " hai bên quyết định nâng quan hệ lên Đối tác chiến lược.",
     K.RELATIONS_UPGRADE, ("CHL", "VNM"), (), "2023-04", S.OCCURRED),
    ("narrative-visit-after-a-signing",
     "Việt Nam và Nhật Bản ký Hiệp định hợp tác kỹ thuật tại Hà Nội ngày 5/3/1998. Thủ tướng Nhật Bản sang thăm"
     " Việt Nam.",
     K.VISIT, ("JPN",), ("VNM",), "1998-03-05", S.OCCURRED),
    ("narrative-mediator-after-the-talks",
     "Hiệp định Đa-tơn được đàm phán tại Hoa Kỳ năm 1995. Hoa Kỳ đóng vai trò trung gian giữa Bô-xni-a và"
     " Xéc-bi-a.",
     K.CONSULT, ("USA",), ("SRB",), "1995", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round214(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=True)


def test_round214_citation_year_dates_nothing():
    got = extract_text(
        "Quan hệ hai nước phát triển tốt (Nguyễn Văn An, 2015, tr. 12). Thủ tướng Nhật Bản sang thăm Việt Nam."
    ).events
    visits = [e for e in got if e.kind is K.VISIT]
    assert visits, show(got)
    assert not any(e.date for e in visits), show(got)


def test_round214_goal_year_dates_nothing():
    got = extract_text(
        "Các bên ký thỏa thuận, song không thống nhất mục tiêu chấm dứt phá rừng vào năm 2030. Bra-xin thăm Pê-ru."
    ).events
    visits = [e for e in got if e.kind is K.VISIT]
    assert visits, show(got)
    assert not any(e.date for e in visits), show(got)
