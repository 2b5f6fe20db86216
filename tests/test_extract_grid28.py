"""A twenty-eighth construction grid for the events stage (issue 3; round 28, branch kinds-precision), from the
kinds and parties fresh held-out sets (heldout39 – heldout54) read against their gold, each with its negative twin:

* a promotion meeting or a business forum organised ("tổ chức Hội nghị xúc tiến đầu tư tại Xơ-un", "Tổ chức Diễn
  đàn doanh nghiệp Việt Nam – X tại Y") is cooperation with the side it courts, not a hosting (events_joint); a
  summit organised stays a hosting, and so does a business forum "đăng cai";
* "nước này" points back to a capital standing for its state ("quan hệ với Bình Nhưỡng ... Năm 2000, nước này tham
  gia ARF": North Korea, not the country named before the capital; events_demonstratives);
* a count with no comma after it, a verb's adverb next ("nhưng chỉ hai năm sau lại tuyên bố rút khỏi ..."), and a
  count before "sau khi" whose phrase dates the act counted from ("Chỉ hai tháng sau khi giành độc lập (21/3/1990),
  X gia nhập ...") date the clause counted on (dates_counted); a clause with its own date keeps it;
* a foreign delegation that came over ("sang thăm, làm việc tại Tuy Hòa") to a place that is no other country's (a
  Vietnamese one, or one the gazetteer does not know) visits the writer's side (events_destination); a foreign
  place after "tại" is the visit's own destination;
* a mediation ("X làm trung gian cho các cuộc tiếp xúc giữa A và B", "X đứng ra làm trung gian giữa A và B") is X's
  consultation with A and B (trigger_meetings), not A's with B; their talks told alone stay theirs;
* a cooperation group founded ("A cùng B và C lập nên nhóm hợp tác ...") is no cooperation of A with B and C
  (trigger_cooperation); cooperation agreed stays one.

Sentences written for these tests with other countries and dates; whole pipeline. Cases are as in
tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)
# a ministry's plan: its issuer line, title and opening, then numbered tasks whose subject is the writer
_PLAN = (
    "BỘ CÔNG THƯƠNG\n\nKẾ HOẠCH\n\nXúc tiến thương mại năm 2019\n\n"
    "Bộ Công Thương Việt Nam ban hành kế hoạch như sau.\n\n"
)
# a provincial report: its issuer line, title, and a partner province named before "tỉnh bạn"
_REPORT = (
    "UBND TỈNH PHÚ YÊN\n\nBÁO CÁO\n\nKết quả công tác đối ngoại năm 2024\n\n"
    "1. Quan hệ hợp tác với tỉnh Chăm-pa-sắc (Lào) tiếp tục được duy trì. "
)

# fmt: off
CASES: list[tuple] = [
    # --- 1. promotion meetings and business forums organised ---------------------------------------------------
    ("promotion-meeting-abroad",
     _PLAN + "1. Tháng 3/2019, tổ chức Hội nghị xúc tiến đầu tư Việt Nam – Hàn Quốc tại Xơ-un.",
     K.COOPERATE, ("VNM",), ("KOR",), "2019-03", S.PLANNED),
    ("business-forum-abroad",
     _PLAN + "2. Tháng 5/2019, tổ chức Diễn đàn doanh nghiệp Việt Nam – Ai Cập tại Cai-rô.",
     K.COOPERATE, ("VNM",), ("EGY",), "2019-05", S.PLANNED),
    ("forum-hosted-twin",
     _PLAN + "2. Tháng 5/2019, đăng cai Diễn đàn doanh nghiệp Việt Nam – Ai Cập tại Hà Nội.",
     K.HOST, ("VNM",), ("EGY",), "2019-05", S.PLANNED),
    ("summit-organised-twin",
     "Năm 2019, Thái Lan tổ chức Hội nghị cấp cao ASEAN lần thứ 34 tại Băng Cốc.",
     K.HOST, ("THA",), ("ASEAN",), "2019", S.OCCURRED),
    # --- 2. "nước này" after a capital standing for its state ------------------------------------------------------
    ("this-country-capital",
     "Năm 1992, Việt Nam thiết lập quan hệ ngoại giao với Hàn Quốc, song quan hệ với Bình Nhưỡng vẫn được duy trì. "
     "Năm 2000, nước này tham gia Diễn đàn Khu vực ASEAN (ARF).",
     K.MEMBERSHIP_JOIN, ("PRK",), ("ARF",), "2000", S.OCCURRED),
    ("this-country-no-capital-twin",
     "Năm 1992, Việt Nam thiết lập quan hệ ngoại giao với Hàn Quốc. Năm 1996, nước này tham gia Diễn đàn Khu vực "
     "ASEAN (ARF).",
     K.MEMBERSHIP_JOIN, ("KOR",), ("ARF",), "1996", S.OCCURRED),
    # --- 3. counted dates -----------------------------------------------------------------------------------------
    ("counted-no-comma",
     "Năm 1973, Ga-bông gia nhập Phong trào Không liên kết, nhưng chỉ hai năm sau lại tuyên bố rút khỏi OPEC.",
     K.MEMBERSHIP_LEAVE, ("GAB",), ("OPEC",), "1975", S.OCCURRED),
    ("counted-after-when",
     "Chỉ hai tháng sau khi giành độc lập (21/3/1990), Na-mi-bi-a gia nhập Liên hợp quốc.",
     K.MEMBERSHIP_JOIN, ("NAM",), ("UNO",), "1990-05", S.OCCURRED),
    ("counted-after-when-own-date-twin",
     "Chỉ hai tháng sau khi giành độc lập (21/3/1990), ngày 23/4/1990, Na-mi-bi-a gia nhập Liên hợp quốc.",
     K.MEMBERSHIP_JOIN, ("NAM",), ("UNO",), "1990-04-23", S.OCCURRED),
    # --- 4. a delegation come over to a place of the writer's side ----------------------------------------------------
    ("came-over-to-home-venue",
     _REPORT + "Tháng 9/2024, đoàn đại biểu tỉnh bạn do Phó Tỉnh trưởng dẫn đầu đã sang thăm, làm việc tại Tuy Hòa.",
     K.VISIT, ("LAO",), ("VNM",), "2024-09", S.OCCURRED),
    ("came-over-to-foreign-venue-twin",
     _REPORT + "Tháng 9/2024, đoàn đại biểu tỉnh bạn do Phó Tỉnh trưởng dẫn đầu đã sang thăm, làm việc tại Băng Cốc.",
     K.VISIT, ("LAO",), ("THA",), "2024-09", S.OCCURRED),
    # --- 5. mediation -----------------------------------------------------------------------------------------------
    ("mediate-contacts",
     "Năm 2013, Na Uy bí mật làm trung gian cho các cuộc tiếp xúc giữa Cô-lôm-bi-a và Ê-cu-a-đo.",
     K.CONSULT, ("NOR",), ("COL", "ECU"), "2013", S.OCCURRED),
    ("mediate-between",
     "Năm 2022, Thổ Nhĩ Kỳ đã đứng ra làm trung gian giữa Nga và U-crai-na.",
     K.CONSULT, ("TUR",), ("RUS", "UKR"), "2022", S.OCCURRED),
    ("contacts-alone-twin",
     "Năm 2013, các cuộc tiếp xúc giữa Hoa Kỳ và I-ran diễn ra tại Ô-man.",
     K.CONSULT, ("USA",), ("IRN",), "2013", S.OCCURRED),
    # --- 6. a cooperation group founded ----------------------------------------------------------------------------
    ("group-founded-no-cooperation",
     "Ngày 5/5/1996, tại Thượng Hải, Trung Quốc cùng Nga và Ca-dắc-xtan lập nên nhóm hợp tác mang tên thành phố ấy.",
     K.COOPERATE, *NO),
    ("cooperation-agreed-twin",
     "Ngày 5/5/1996, tại Thượng Hải, Trung Quốc cùng Nga và Ca-dắc-xtan nhất trí hợp tác chống khủng bố.",
     K.COOPERATE, ("CHN",), ("RUS", "KAZ"), "1996-05-05", S.PLANNED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_promotion_meeting_is_no_hosting():
    got = extract_text(
        _PLAN + "1. Tháng 3/2019, tổ chức Hội nghị xúc tiến đầu tư Việt Nam – Hàn Quốc tại Xơ-un."
    ).events
    assert [e.kind for e in got] == [K.COOPERATE]


def test_promotion_meeting_at_home_is_a_hosting():
    text = _PLAN + "1. Tháng 3/2019, tổ chức Hội nghị xúc tiến thương mại Việt Nam – Hàn Quốc tại Hà Nội."
    assert [e.kind for e in extract_text(text).events] == [K.HOST]


def test_came_over_to_a_foreign_venue_is_no_visit_to_vietnam():
    text = (
        _REPORT
        + "Tháng 9/2024, đoàn đại biểu tỉnh bạn do Phó Tỉnh trưởng dẫn đầu đã sang thăm, làm việc tại Băng Cốc."
    )
    assert not [e for e in extract_text(text).events if e.kind is K.VISIT and "VNM" in e.recipients]


def test_mediated_talks_are_not_the_sides_own():
    got = extract_text(
        "Năm 2013, Na Uy bí mật làm trung gian cho các cuộc tiếp xúc giữa Cô-lôm-bi-a và Ê-cu-a-đo."
    )
    assert [(e.kind, e.actors) for e in got.events] == [(K.CONSULT, ("NOR",))]
