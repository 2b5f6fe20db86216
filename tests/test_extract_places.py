"""Places as parties (issue 3; src/doingoai/extract/places.py, docs/decisions.md, Events, round 18): a foreign
province, region or city stands for its country where the grammar makes it a party (the partner after "với", the
object of aid or a visit, a delegation's place, a clause's subject), and is a location elsewhere ("Hội nghị tại Bắc
Kinh"); in a Vietnamese provincial body's document the bare "Tỉnh" / "tỉnh" / "Tỉnh ủy" stands for Vietnam. Sentences
written for these tests, with provinces, cities and dates of other documents than the development sets'; whole
pipeline. Cases are as in tests/test_extract_grid17.py: (id, text, kind, actors, recipients, date, status[, GAP]).
"""

from __future__ import annotations

import pytest

from doingoai.extract import gazetteer
from doingoai.extract.events_places import CAPITALS
from doingoai.extract.places import own_unit
from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)
# a provincial report's issuer lines and title, before the sentence of a case
REPORT = "UBND TỈNH QUẢNG TRỊ\n\nSỞ NGOẠI VỤ\n\nBÁO CÁO\n\nKết quả công tác đối ngoại năm 2022\n\n"
PARTY = "ĐẢNG BỘ TỈNH ĐIỆN BIÊN\n\nTỈNH ỦY\n\nNGHỊ QUYẾT\n\nvề công tác đối ngoại\n\n"

# fmt: off
CASES: list[tuple] = [
    # --- 1. the partner after "với": a foreign province stands for its country --------------------------------
    ("with-lao-province",
     REPORT + "Năm 2021, tỉnh ký thỏa thuận hợp tác với tỉnh Xa-vẳn-na-khệt.",
     K.AGREEMENT_SIGN, ("VNM", "LAO"), (), "2021", S.OCCURRED),
    ("with-two-provinces",
     PARTY + "Tỉnh tiếp tục củng cố quan hệ hữu nghị với hai tỉnh Luông Pha-bang và U-đôm-xay.",
     K.RELATIONS, ("VNM",), ("LAO",), "", S.OCCURRED),
    ("with-chinese-province-national",
     "Năm 2018, Việt Nam ký bản ghi nhớ hợp tác với chính quyền tỉnh Quảng Đông.",
     K.AGREEMENT_SIGN, ("VNM", "CHN"), (), "2018", S.OCCURRED),
    ("with-thai-province",
     REPORT + "Tháng 8/2022, tỉnh ký biên bản ghi nhớ với tỉnh Na-khon Pha-nom.",
     K.AGREEMENT_SIGN, ("VNM", "THA"), (), "2022-08", S.OCCURRED),
    ("capitals-coordinated-subject",
     "Năm 2015, Hà Nội và Xơ-un ký thỏa thuận hợp tác về giao thông đô thị.",
     K.AGREEMENT_SIGN, ("VNM", "KOR"), (), "2015", S.OCCURRED),
    # twin: a Vietnamese province after "với" is a domestic partner, no party of a foreign relation
    ("with-domestic-province",
     REPORT + "Tỉnh phối hợp với Quảng Bình tổ chức hội thảo về du lịch.",
     K.COOPERATE, *NO),

    # --- 2. the object of aid or of a visit -------------------------------------------------------------------
    ("aid-province",
     PARTY + "Năm 2020, tỉnh đã hỗ trợ tỉnh Phông-xa-lỳ xây dựng một trạm y tế.",
     K.AID, ("VNM",), ("LAO",), "2020", S.OCCURRED),
    ("aid-beneficiaries-of",
     REPORT + "Tỉnh trao tặng 200 suất học bổng cho học sinh nghèo của tỉnh Xiêm Riệp.",
     K.AID, ("VNM",), ("KHM",), "", S.OCCURRED),
    ("visit-province-at",
     REPORT + "Tháng 3/2022, đoàn lãnh đạo tỉnh thăm và làm việc tại tỉnh Chăm-pa-xắc.",
     K.VISIT, ("VNM",), ("LAO",), "2022-03", S.OCCURRED),
    ("visit-city",
     "Tháng 5/2019, Bộ trưởng Ngoại giao thăm thành phố Côn Minh.",
     K.VISIT, ("VNM",), ("CHN",), "2019-05", S.OCCURRED),
    ("visit-received",
     REPORT + "Dự kiến đón đoàn đại biểu tỉnh Bát-tam-bang sang thăm và làm việc tại Quảng Trị vào tháng 11/2022.",
     K.VISIT, ("KHM",), ("VNM",), "2022-11", S.PLANNED),

    ("visit-vietnamese-city",
     "Tháng 3/2018, Thủ tướng Ô-xtrây-li-a thăm Thành phố Hồ Chí Minh.",
     K.VISIT, ("AUS",), ("VNM",), "2018-03", S.OCCURRED),
    # twin: a Vietnamese leader visiting a Vietnamese province is no foreign visit
    ("domestic-visit",
     "Tháng 3/2018, Thủ tướng thăm tỉnh Quảng Ninh.",
     K.VISIT, *NO),

    # --- 3. a clause's subject -------------------------------------------------------------------------------
    ("subject-region",
     "Năm 2019, Quảng Tây cử đoàn sang thăm Việt Nam.",
     K.VISIT, ("CHN",), ("VNM",), "2019", S.OCCURRED),
    # twin: a place heading a dateline is no subject
    ("dateline-no-party",
     "Phnôm Pênh, ngày 3/4/2021 – Hội nghị Bộ trưởng Ngoại giao ASEAN khai mạc.",
     K.VISIT, *NO),

    # --- 3b. the own province: a delegation's, and "hai tỉnh" (the province and the foreign one named before) --
    ("own-delegation",
     REPORT + "Tháng 6/2022, đoàn công tác của tỉnh sang thăm tỉnh Kông-pông Chàm.",
     K.VISIT, ("VNM",), ("KHM",), "2022-06", S.OCCURRED),
    ("pair-two-provinces",
     PARTY + "Tỉnh có chung đường biên giới với tỉnh Phông-xa-lỳ (Lào); hai tỉnh duy trì quan hệ hữu nghị.",
     K.RELATIONS, ("VNM", "LAO"), (), "", S.OCCURRED),

    ("friend-provinces",
     PARTY + "Tỉnh duy trì quan hệ hữu nghị với tỉnh Luông Nậm Thà.\n\nNhiệm vụ năm 2023\n\n"
     "Phối hợp với các tỉnh bạn tuần tra chung biên giới.",
     K.COOPERATE, ("VNM",), ("LAO",), "", S.PLANNED),

    # --- 4. a location stays a location ----------------------------------------------------------------------
    ("meeting-at-capital",
     "Năm 2017, Việt Nam và Lào ký hiệp định tại Bắc Kinh.",
     K.AGREEMENT_SIGN, ("VNM", "LAO"), (), "2017", S.OCCURRED),
    ("held-in-city",
     "Tháng 9/2016, Thủ tướng dự hội nghị tại Hàng Châu, Trung Quốc.",
     K.VISIT, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_a_place_at_a_meeting_is_not_a_party():
    got = extract_text("Năm 2017, Việt Nam và Lào ký hiệp định tại Bắc Kinh.").events
    assert got and all("CHN" not in e.actors + e.recipients for e in got), show(got)


def test_the_own_province_is_vietnam_only_in_a_provincial_document():
    assert own_unit(extract_text(REPORT + "Tỉnh ký thỏa thuận với tỉnh Ta-keo.")) == "tỉnh"
    assert own_unit(extract_text("Bộ Ngoại giao\n\nTỉnh ký thỏa thuận với tỉnh Ta-keo.")) == ""
    titled = "QUAN HỆ HỢP TÁC CỦA TỈNH QUẢNG TRỊ VỚI CÁC TỈNH CỦA LÀO\n\nTác giả: Nguyễn Văn An\n\n"
    assert own_unit(extract_text(titled + "Năm 2019, tỉnh ký thỏa thuận với tỉnh Xa-la-van.")) == "tỉnh"
    got = extract_text(
        titled + "Năm 2019, đoàn lãnh đạo tỉnh Xa-la-van sang thăm và làm việc tại tỉnh."
    ).events
    assert any(e.kind is K.VISIT and e.actors == ("LAO",) and "VNM" in e.recipients for e in got), show(got)
    got = extract_text("Bài báo\n\nCác tỉnh biên giới của Lào hợp tác với Thái Lan năm 2019.").events
    assert all("VNM" not in e.actors + e.recipients for e in got), show(got)


def test_a_longer_name_is_not_the_place_inside_it():
    got = extract_text("Năm 2020, Việt Nam hợp tác với các nước Thái Bình Dương.").events
    assert all(set(e.actors + e.recipients) <= {"VNM"} for e in got), show(got)


def test_the_capitals_table_comes_from_the_gazetteer():
    places = gazetteer.places()
    assert (
        CAPITALS["Hà Nội"] == "VNM"
        and CAPITALS["Tê-hê-ran"] == "IRN"
        and CAPITALS["Bu-ê-nốt Ai-rét"] == "ARG"
    )
    assert all(e.attr("country") and e.attr("type") for e in places.values())
    assert places["KH-21"].attr("country") == "KHM" and any(
        n.source == "pycountry" for n in places["KH-21"].names
    )
    vn = [
        e for e in places.values() if e.attr("country") == "VNM" and e.attr("type") != "city"
    ]  # the 63 units
    assert len(vn) == 63 and len([e for e in vn if not e.attr("merged_into")]) == 34
