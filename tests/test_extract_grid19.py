"""A nineteenth construction grid for the events stage (issue 3), built from constructions heldout29/30 and
earlier sets missed or over-read, each with its negative twin: ties kept up ("duy trì / củng cố quan hệ (hữu nghị,)
hợp tác với X") are the relations, not a cooperation; a site "được UNESCO ghi danh là / công nhận năm ..." is the
agent's support to the site's country; a state's name opening its clause right before "là thành viên (của) X" is a
standing membership. Sentences written for these tests with other countries, dates and bodies; whole pipeline. The
rules are in src/doingoai/extract/events_members.py, events.py and triggers.py, and docs/decisions.md (Events,
round 19).

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A
NEGATED case passes when no event of its kind is asserted as having happened (occurred or ongoing).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN, K.CONSULT, K.COOPERATE}
NO = ((), (), "", S.NEGATED)

# fmt: off
CASES: list[tuple] = [
    # --- 1. ties kept up: relations -----------------------------------------------------------------------------
    ("kept-maintain",
     "Hiện nay, Quốc hội Cam-pu-chia duy trì quan hệ hợp tác với nghị viện Thái Lan.",
     K.RELATIONS, ("KHM",), ("THA",), "", S.ONGOING),
    ("kept-consolidate-friendship",
     "Năm 2021, Mông Cổ tiếp tục củng cố quan hệ hữu nghị, hợp tác với Ca-dắc-xtan.",
     K.RELATIONS, ("MNG",), ("KAZ",), "2021", S.OCCURRED),
    ("kept-traditional",
     "Cu-ba luôn duy trì mối quan hệ hợp tác truyền thống với Ăng-gô-la.",
     K.RELATIONS, ("CUB",), ("AGO",), "", S.ONGOING),
    # twins: strengthening the cooperation is cooperation; a negated tie stays negated
    ("kept-strengthen-twin",
     "Năm 2015, Hàn Quốc tăng cường quan hệ hợp tác với In-đô-nê-xi-a.",
     K.COOPERATE, ("KOR",), ("IDN",), "2015", S.OCCURRED),
    ("kept-negated-twin",
     "Đến nay, Bu-tan chưa có quan hệ hợp tác với Xô-ma-li.",
     K.COOPERATE, *NO),

    # --- 2. a site inscribed or recognised by an agent ------------------------------------------------------------
    ("inscribed-as",
     "Thành phố Luang Prabang được UNESCO ghi danh là Di sản văn hóa thế giới năm 1995.",
     K.SUPPORT, ("UNESCO",), ("LAO",), "1995", S.OCCURRED),
    ("inscribed-list",
     "Năm 2011, Thành nhà Hồ được UNESCO ghi danh vào Danh sách Di sản thế giới.",
     K.SUPPORT, ("UNESCO",), ("VNM",), "2011", S.OCCURRED),
    ("recognised-year",
     "Vịnh Hạ Long được UNESCO công nhận năm 1994.",
     K.SUPPORT, ("UNESCO",), ("VNM",), "1994", S.OCCURRED),
    # twins: enrolment is no recognition; a year "recognised" as hard has no agent
    ("inscribed-enrol-twin",
     "Năm 2018, nhiều sinh viên Lào ghi danh học tại Nhật Bản.",
     K.SUPPORT, *NO),
    ("recognised-no-agent-twin",
     "Ủy ban công nhận năm 2009 là năm khó khăn.",
     K.SUPPORT, *NO),

    # --- 3. "X là thành viên (của) Y": a standing membership ------------------------------------------------------
    ("member-bare-of",
     "Ca-na-đa là thành viên của Tổ chức Quốc tế Pháp ngữ.",
     K.MEMBERSHIP_JOIN, ("CAN",), ("OIF",), "", S.ONGOING),
    ("member-bare-after-adverbial",
     "Trên trường quốc tế, Mông Cổ là thành viên của Diễn đàn Hợp tác Á – Âu (ASEM).",
     K.MEMBERSHIP_JOIN, ("MNG",), ("ASEM",), "", S.ONGOING),
    # twins: a described set; a negated membership
    ("member-described-twin",
     "Các nước ASEAN là thành viên Liên hợp quốc.",
     K.MEMBERSHIP_JOIN, *NO),
    ("member-negated-twin",
     "Ấn Độ chưa phải là thành viên APEC.",
     K.MEMBERSHIP_JOIN, *NO),

    # --- 4. a delegation working in a place: a visit -------------------------------------------------------------
    ("delegation-works-city",
     "Tháng 6/2020, đoàn công tác của tỉnh Điện Biên làm việc tại tỉnh Phông-xa-lỳ.",
     K.VISIT, ("VNM",), ("LAO",), "2020-06", S.OCCURRED),
    ("delegation-works-capital",
     "Tháng 4/2021, đoàn đại biểu Bộ Ngoại giao Lào làm việc tại Hà Nội.",
     K.VISIT, ("LAO",), ("VNM",), "2021-04", S.OCCURRED),
    ("delegation-works-country",
     "Tháng 9/2018, đoàn chuyên gia của Hàn Quốc đã làm việc tại Mông Cổ.",
     K.VISIT, ("KOR",), ("MNG",), "2018-09", S.OCCURRED),
    # twins: people working abroad; a delegation's talks with a ministry
    ("delegation-workplace-twin",
     "Năm 2019, nhiều cán bộ Nhật Bản làm việc tại Lào.",
     K.VISIT, *NO),
    ("delegation-talks-twin",
     "Năm 2019, đoàn chuyên gia Nhật Bản đã làm việc với Bộ Công Thương.",
     K.VISIT, *NO),

    # --- 5. "X ... công nhận nước này": the object is not the verb's own subject ---------------------------------
    ("this-state-object",
     "Sau khi Bê-la-rút tuyên bố độc lập năm 1991, Việt Nam sớm công nhận nước này.",
     K.SUPPORT, ("VNM",), ("BLR",), "", S.OCCURRED),
    ("this-state-object-next-sentence",
     "Năm 1993, Ê-ri-tơ-rê-a tuyên bố độc lập. Cùng năm, Trung Quốc công nhận nước này.",
     K.SUPPORT, ("CHN",), ("ERI",), "", S.OCCURRED),
    # twin: across a reporting verb "nước này" is the subject itself
    ("this-state-reported-twin",
     "Năm 2008, Nhật Bản cho biết nước này sẽ viện trợ cho Lào.",
     K.AID, ("JPN",), ("LAO",), "2008", S.PLANNED),

    # --- 6. "phối hợp với X tổ chức kỳ họp ...": the meeting held together ----------------------------------------
    ("co-held-session",
     "Năm 2025, Bộ Ngoại giao phối hợp với phía Mông Cổ tổ chức kỳ họp Ủy ban hợp tác song phương.",
     K.CONSULT, ("VNM",), ("MNG",), "2025", S.OCCURRED),
    # twin: a cultural week held together is cooperation
    ("co-held-activity-twin",
     "Năm 2024, Hội phối hợp với Đại sứ quán Cu-ba tổ chức Tuần văn hóa Cu-ba tại Hà Nội.",
     K.COOPERATE, ("VNM",), ("CUB",), "2024", S.OCCURRED),

    # --- 7. "hai bên sẽ bàn các biện pháp ...": a discussion; the cooperation is its topic -----------------------
    ("discuss-ban",
     "Tháng 3/2024, Tổng thống Pháp thăm Bra-xin. Dự kiến hai bên sẽ bàn các biện pháp tăng cường phối hợp tại "
     "các diễn đàn đa phương.",
     K.CONSULT, ("FRA", "BRA"), (), "", S.PLANNED),
    ("discuss-ban-ve",
     "Ngày 5/3/2021, Ngoại trưởng Pháp và Ngoại trưởng Đức đã bàn về hợp tác năng lượng.",
     K.CONSULT, ("FRA", "DEU"), (), "2021-03-05", S.OCCURRED),
    # twins: "bàn giao" hands over, "địa bàn" is an area; a cooperation strengthened is one
    ("discuss-handover-twin",
     "Năm 2019, trên địa bàn các huyện biên giới, hai bên đã bàn giao cột mốc.",
     K.CONSULT, *NO),
    ("discuss-cooperation-twin",
     "Năm 2022, Hàn Quốc và Lào tăng cường hợp tác kinh tế.",
     K.COOPERATE, ("KOR", "LAO"), (), "2022", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_ties_kept_up_are_no_cooperation():
    got = extract_text("Năm 2022, Nê-pan duy trì quan hệ hợp tác với Băng-la-đét.").events
    assert [e for e in got if e.kind is K.RELATIONS], show(got)
    assert not [e for e in got if e.kind is K.COOPERATE], show(got)


def test_a_member_named_after_a_reporting_verb_is_not_read():
    got = extract_text("Năm 2000, Nhật Bản cho rằng Hàn Quốc là thành viên OECD.").events
    assert not [e for e in got if e.kind is K.MEMBERSHIP_JOIN], show(got)
