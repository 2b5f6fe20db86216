"""An eleventh construction grid for the events stage (issue 3), built from the constructions two development sets
missed (heldout13, heldout14), each with its negative twin: "lập quan hệ ngoại giao" without "thiết"; a visit told by
a movement verb, a country and a purpose; a declaration adopted ("thông qua Tuyên bố") by the leaders of the meeting
told before; a meeting held in a foreign place (its country hosts), a venue ("là nơi diễn ra"), a planned host by "do
X" and the organisation of a meeting named without one; a pair a document defines ("sau đây gọi là “hai bên”") and
the date of its closing formula ("Làm tại ..., ngày ..."); a seat held for a term and an election to "vị trí này";
"Từ <date>, X là thành viên Y"; a participle after an agreement's name ("Hiệp định X, ký ngày ...", two names one
signing each); cooperation "tại" a forum; an act that a support only backs ("ủng hộ việc sớm kết thúc đàm phán");
the complement of "là thành viên" that is no subject; an invitation to join; "Cùng X xây dựng ..." opening a task;
a list's heading, an agency's name, a set described, a report's topic (no acts). Sentences written for these tests
with other countries, organisations and dates; whole pipeline. The rules are in docs/decisions.md ("Construction grid,
eleventh round").

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A NEGATED
case passes when no event of its kind is asserted as having happened (occurred or ongoing).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)
SUMMIT = (
    "Ngày 12/11/2017, Chủ tịch nước chủ trì Hội nghị Cấp cao ASEAN lần thứ 31 với sự tham dự của lãnh đạo Lào, "
    "Cam-pu-chia và Thái Lan. "
)
DEFINED = "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Vương quốc Na Uy (sau đây gọi là “hai bên”) ra Tuyên bố chung như sau:\n\n"

# fmt: off
CASES: list[tuple] = [
    # --- 1. "lập quan hệ ngoại giao" -------------------------------------------------------------------------
    ("establish-lap-pair", "Quan hệ Việt Nam – Bồ Đào Nha\n\nHai nước lập quan hệ ngoại giao ngày 1/7/1975.",
     K.RELATIONS_ESTABLISH, ("VNM", "PRT"), (), "1975-07-01", S.OCCURRED),
    ("establish-lap-named", "Năm 1973, Việt Nam và Ô-xtrây-li-a lập quan hệ ngoại giao.",
     K.RELATIONS_ESTABLISH, ("VNM", "AUS"), (), "1973", S.OCCURRED),
    ("establish-dat", "Ngày 15/3/1976, Việt Nam và Phi-líp-pin đặt quan hệ ngoại giao.",
     K.RELATIONS_ESTABLISH, ("VNM", "PHL"), (), "1976-03-15", S.OCCURRED),
    ("establish-thanh-lap-twin", "Năm 1973, Việt Nam và Ô-xtrây-li-a thành lập nhóm công tác chung.",
     K.RELATIONS_ESTABLISH, *NO),
    ("establish-lap-not-yet", "Việt Nam và Bu-tan chưa lập quan hệ ngoại giao.", K.RELATIONS_ESTABLISH, *NO),
    # --- 2. a visit by a movement verb, a country and a purpose ----------------------------------------------
    ("visit-go-meeting", "Tháng 6/2019, Thủ tướng sang Nhật Bản dự Hội nghị Thượng đỉnh G20.",
     K.VISIT, ("VNM",), ("JPN",), "2019-06", S.OCCURRED),
    ("visit-go-work", "Năm 2016, Chủ tịch nước đến Ấn Độ làm việc.", K.VISIT, ("VNM",), ("IND",), "2016", S.OCCURRED),
    ("visit-go-foreign", "Tháng 11/2017, Thủ tướng Ca-na-đa Justin Trudeau đến Việt Nam dự Tuần lễ Cấp cao APEC.",
     K.VISIT, ("CAN",), ("VNM",), "2017-11", S.OCCURRED),
    ("visit-go-goods-twin", "Năm 2019, hàng dệt may của Việt Nam sang Nhật Bản tăng 20%.", K.VISIT, *NO),
    ("visit-go-workers-twin", "Năm 2019, nhiều lao động Việt Nam sang Hàn Quốc làm việc.", K.VISIT, *NO),
    ("visit-go-expected-twin", "Theo Bộ trưởng Công Thương, năm 2020 hàng hóa sang Nhật Bản dự kiến tăng mạnh.",
     K.VISIT, *NO),
    ("visit-go-not", "Năm 2020, Thủ tướng không sang Lào dự lễ kỷ niệm.", K.VISIT, *NO),
    # --- 3. a declaration adopted ----------------------------------------------------------------------------
    ("adopt-leaders-of-meeting", SUMMIT + "Các nhà lãnh đạo đã thông qua Tuyên bố Đà Nẵng về hợp tác biển.",
     K.AGREEMENT_SIGN, ("VNM", "LAO", "KHM", "THA"), (), "", S.OCCURRED),
    ("adopt-ministers",
     "Tháng 8/2019, Bộ trưởng Ngoại giao Phạm Bình Minh chủ trì Hội nghị Bộ trưởng Ngoại giao ASEAN với sự tham dự "
     "của bộ trưởng Xin-ga-po và In-đô-nê-xi-a. Các Bộ trưởng đã thông qua Tuyên bố chung.",
     K.AGREEMENT_SIGN, ("VNM", "SGP", "IDN"), (), "", S.OCCURRED),
    ("adopt-named-parties", "Năm 2015, Lào và Mi-an-ma đã thông qua Tuyên bố chung về hợp tác biên giới.",
     K.AGREEMENT_SIGN, ("LAO", "MMR"), (), "2015", S.OCCURRED),
    ("adopt-by-means-twin", "Năm 2017, lập trường của Lào và Mi-an-ma được thể hiện thông qua Tuyên bố chung về biên giới.",
     K.AGREEMENT_SIGN, *NO),
    ("adopt-parliament-is-ratify", "Năm 2020, Quốc hội Nhật Bản đã thông qua Hiệp định CPTPP.",
     K.AGREEMENT_SIGN, *NO),
    ("adopt-parliament-ratify-twin", "Năm 2020, Quốc hội Nhật Bản đã thông qua Hiệp định CPTPP.",
     K.AGREEMENT_RATIFY, ("JPN",), (), "2020", S.OCCURRED),
    # --- 4. where a meeting is held names its host -----------------------------------------------------------
    ("host-at-foreign-place", "Hội nghị Cấp cao ASEAN lần thứ 19 được tổ chức tại Ba-li (In-đô-nê-xi-a) năm 2011.",
     K.HOST, ("IDN",), ("ASEAN",), "2011", S.OCCURRED),
    ("host-at-country", "Năm 2016, Hội nghị Thượng đỉnh G20 được tổ chức tại Trung Quốc.",
     K.HOST, ("CHN",), ("G20",), "2016", S.OCCURRED),
    ("host-at-planned", "Hội nghị Cấp cao APEC dự kiến được tổ chức tại Li-ma (Pê-ru) vào năm 2026.",
     K.HOST, ("PER",), ("APEC",), "2026", S.PLANNED),
    ("host-took-place", "Hội nghị Cấp cao ASEAN lần thứ 40 diễn ra tại Phnôm Pênh (Cam-pu-chia) năm 2022.",
     K.HOST, ("KHM",), ("ASEAN",), "2022", S.OCCURRED),
    ("host-at-pair-meeting", "Năm 2022, Hội nghị Thượng đỉnh ASEAN – Hoa Kỳ được tổ chức tại Oa-sinh-tơn (Hoa Kỳ).",
     K.HOST, ("USA",), ("ASEAN",), "2022", S.OCCURRED),
    ("host-at-not-a-meeting", "Năm 2019, triển lãm ảnh được tổ chức tại Pa-ri (Pháp).", K.HOST, *NO),
    ("host-org-of-earlier-meeting",
     "Năm 2020, Việt Nam chủ trì Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế (MRC) lần thứ ba theo hình thức trực "
     "tuyến. Hội nghị lần thứ tư sẽ do Lào đăng cai vào năm 2023.",
     K.HOST, ("LAO",), ("MRC",), "2023", S.PLANNED),
    ("host-by-no-meeting-twin", "Năm 2023, lễ hội văn hóa sẽ do Lào đăng cai.", K.HOST, *NO),
    ("host-venue", "Tháng 12/2009, thủ đô Cô-pen-ha-gen của Đan Mạch là nơi diễn ra COP15.",
     K.HOST, ("DNK",), (), "2009-12", S.OCCURRED),
    ("host-venue-festival-twin", "Năm 2019, thủ đô Cô-pen-ha-gen của Đan Mạch là nơi diễn ra nhiều lễ hội âm nhạc.",
     K.HOST, *NO),
    # --- 5. a passive establishment in a subordinate clause ---------------------------------------------------
    ("establish-since-passive",
     "Quan hệ Việt Nam – Thụy Điển\n\nQuan hệ hữu nghị giữa hai nước, kể từ khi được thiết lập ngày 11/1/1969, đã "
     "phát triển tốt đẹp.",
     K.RELATIONS_ESTABLISH, ("VNM", "SWE"), (), "1969-01-11", S.OCCURRED),
    ("establish-passive-not-yet", "Quan hệ ngoại giao giữa Việt Nam và Bu-tan chưa được thiết lập.",
     K.RELATIONS_ESTABLISH, *NO),
    # --- 6. a pair the document defines; its closing formula dates it ----------------------------------------
    ("defined-pair-upgrade",
     DEFINED + "1. Hai bên nhất trí nâng quan hệ lên Đối tác toàn diện.\n\n"
     "Làm tại Hà Nội, ngày 10 tháng 9 năm 2024, thành hai bản bằng tiếng Việt và tiếng Anh.",
     K.RELATIONS_UPGRADE, ("VNM", "NOR"), (), "2024-09-10", S.OCCURRED),
    ("defined-pair-support",
     DEFINED + "1. Phía Na Uy ủng hộ việc sớm kết thúc đàm phán Hiệp định EVFTA.\n\nLàm năm 2012, thành hai bản.",
     K.SUPPORT, ("NOR",), ("EU", "VNM"), "2012", S.OCCURRED),
    # --- 7. a seat held for a term; an election to "vị trí này" ----------------------------------------------
    ("seat-term", "Ba Lan là Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2018 – 2019.",
     K.MEMBERSHIP_ELECT, ("POL",), ("UNSC",), "2018/2019", S.OCCURRED),
    ("seat-this-position",
     "Ấn Độ là Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2011 – 2012, còn Bra-xin được bầu vào vị trí này "
     "cho nhiệm kỳ 2022 – 2023.",
     K.MEMBERSHIP_ELECT, ("BRA",), ("UNSC",), "2022/2023", S.OCCURRED),
    ("seat-no-term-twin", "Ba Lan là Ủy viên không thường trực Hội đồng Bảo an.", K.MEMBERSHIP_ELECT, *NO),
    ("seat-never", "Thụy Sĩ chưa từng là Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2011 – 2012.",
     K.MEMBERSHIP_ELECT, *NO),
    ("seat-this-position-unnamed-twin", "Năm 2021, Bra-xin được bầu vào vị trí này.", K.MEMBERSHIP_ELECT, *NO),
    # --- 8. "Từ <date>, X là thành viên Y" --------------------------------------------------------------------
    ("member-from-day", "Từ ngày 28/7/1995, nước ta là thành viên ASEAN.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("ASEAN",), "1995-07-28", S.OCCURRED),
    ("member-from-year", "Từ năm 1986, Tây Ban Nha là thành viên của Cộng đồng châu Âu.",
     K.MEMBERSHIP_JOIN, ("ESP",), ("EU",), "1986", S.OCCURRED),
    ("member-year-no-since-twin", "Năm 1995, Việt Nam là thành viên tích cực của ASEAN.", K.MEMBERSHIP_JOIN, *NO),
    ("member-from-not", "Từ năm 1995, Thụy Sĩ không phải là thành viên Liên minh châu Âu.", K.MEMBERSHIP_JOIN, *NO),
    # --- 9. a participle after an agreement's name -----------------------------------------------------------
    ("participle-group-agreement", "Hiệp định CPTPP, ký ngày 8/3/2018 tại Xan-ti-a-gô, có hiệu lực với Việt Nam năm 2019.",
     K.AGREEMENT_SIGN, ("VNM", "CPTPP"), (), "2018-03-08", S.OCCURRED),
    ("participle-unnamed-agreement", "– Hiệp định Đối tác toàn diện Việt Nam – Ô-xtrây-li-a (CPA), ký năm 2019;",
     K.AGREEMENT_SIGN, ("VNM", "AUS"), (), "2019", S.OCCURRED),
    ("participle-not-yet", "Hiệp định EVIPA, chưa được ký.", K.AGREEMENT_SIGN, *NO),
    # --- 10. cooperation carried on at a forum ---------------------------------------------------------------
    ("forum-pair", "Quan hệ Việt Nam – Mê-hi-cô\n\nNăm 2020, hai nước phối hợp chặt chẽ tại Liên Hợp Quốc và APEC.",
     K.COOPERATE, ("VNM", "MEX"), ("UNO", "APEC"), "2020", S.OCCURRED),
    ("forum-place-twin", "Năm 2020, Việt Nam phối hợp chặt chẽ với Mê-hi-cô tại Hà Nội.",
     K.COOPERATE, ("VNM",), ("MEX",), "2020", S.OCCURRED),
    # --- 11. an act a support only backs ---------------------------------------------------------------------
    ("backed-support", "Năm 2015, Na Uy ủng hộ việc sớm kết thúc đàm phán Hiệp định EVFTA.",
     K.SUPPORT, ("NOR",), ("EU", "VNM"), "2015", S.OCCURRED),
    ("backed-is-no-negotiation", "Năm 2015, Na Uy ủng hộ việc sớm kết thúc đàm phán Hiệp định EVFTA.",
     K.AGREEMENT_NEGOTIATE, *NO),
    ("backed-negotiation-twin", "Năm 2015, Na Uy và Việt Nam kết thúc đàm phán Hiệp định thương mại tự do.",
     K.AGREEMENT_NEGOTIATE, ("NOR", "VNM"), (), "2015", S.OCCURRED),
    # --- 12. the complement of "là thành viên" is no subject -------------------------------------------------
    ("copula-complement",
     "Năm 1999, Hung-ga-ri, vốn là thành viên Hội đồng Tương trợ Kinh tế trước đây, và nay tham gia NATO.",
     K.MEMBERSHIP_JOIN, ("HUN",), ("NATO",), "1999", S.OCCURRED),
    # --- 13. an invitation to join ---------------------------------------------------------------------------
    ("invited-to-join", "Năm 2023, Ả-rập Xê-út được mời gia nhập BRICS.",
     K.MEMBERSHIP_JOIN, ("SAU",), ("BRICS",), "2023", S.PLANNED),
    ("invited-is-no-join-yet", "Năm 2023, Ả-rập Xê-út được mời gia nhập BRICS.", K.MEMBERSHIP_JOIN, *NO),
    ("joined-twin", "Năm 2024, Ả-rập Xê-út gia nhập BRICS.",
     K.MEMBERSHIP_JOIN, ("SAU",), ("BRICS",), "2024", S.OCCURRED),
    # --- 14. "Cùng X xây dựng ..." opening a task --------------------------------------------------------------
    ("together-item", "Nhiệm vụ năm 2016:\n2. Cùng Lào và Cam-pu-chia xây dựng tuyến đường sắt xuyên Á.",
     K.COOPERATE, ("VNM",), ("LAO", "KHM"), "2016", S.PLANNED),
    ("together-time-twin", "Cùng thời gian đó Việt Nam xây dựng nhiều nhà máy với Lào.", K.COOPERATE, *NO),
    # --- 15. a delegation sent abroad; an organisation referred to as "cơ quan này" -------------------------
    ("delegation-place-country",
     "Năm 2015, Thành phố Hồ Chí Minh cử đoàn doanh nghiệp tham gia Hội chợ Quốc tế tại Ô-xa-ca (Nhật Bản).",
     K.VISIT, ("VNM",), ("JPN",), "2015", S.OCCURRED),
    ("delegation-to-country", "Năm 2012, Lào cử đoàn đại biểu sang Việt Nam học tập kinh nghiệm.",
     K.VISIT, ("LAO",), ("VNM",), "2012", S.OCCURRED),
    ("delegation-home-twin", "Năm 2015, Thành phố Hồ Chí Minh cử đoàn doanh nghiệp tham gia hội chợ tại Đà Nẵng.",
     K.VISIT, *NO),
    ("delegation-not-sent", "Năm 2012, Lào không cử đoàn sang Việt Nam.", K.VISIT, *NO),
    ("this-agency",
     "Năm 1995, bốn nước lập ra Ủy hội sông Mê Công quốc tế. Nhật Bản không phải là thành viên của Ủy hội, song từng "
     "tài trợ cho nhiều dự án của cơ quan này.",
     K.AID, ("JPN",), ("MRC",), "", S.OCCURRED),
    ("members-of-org",
     "Năm 2020, Việt Nam là Chủ tịch ASEAN. Việt Nam phối hợp với các nước thành viên xây dựng Cộng đồng ASEAN.",
     K.COOPERATE, ("VNM",), ("ASEAN",), "2020", S.OCCURRED),
    # --- 16. "phấn đấu" is an intention ------------------------------------------------------------------------
    ("strive-planned", "Quan hệ Việt Nam – Tây Ban Nha\n\nHai bên phấn đấu mở rộng hợp tác về du lịch.",
     K.COOPERATE, ("VNM", "ESP"), (), "", S.PLANNED),
    ("strived-twin", "Quan hệ Việt Nam – Tây Ban Nha\n\nNăm 2015, hai bên đã phấn đấu mở rộng hợp tác về du lịch.",
     K.COOPERATE, ("VNM", "ESP"), (), "2015", S.OCCURRED),
    # --- 17. no acts: an agency's name, a set described, a report's topic -----------------------------------
    ("agency-name-is-no-cooperation", "Cơ quan hợp tác phát triển của Thụy Điển tài trợ nhiều dự án tại Việt Nam.",
     K.COOPERATE, *NO),
    ("agency-aid-twin", "Cơ quan hợp tác phát triển của Thụy Điển tài trợ nhiều dự án tại Việt Nam.",
     K.AID, ("SWE",), ("VNM",), "", S.OCCURRED),
    ("set-described", "Bộ Ngoại giao chủ trì, phối hợp với Sở Ngoại vụ các tỉnh có hợp tác với Lào triển khai kế hoạch.",
     K.COOPERATE, *NO),
    ("report-topic", "Tóm tắt: Báo cáo phân tích hợp tác về nước giữa Việt Nam và Hà Lan.", K.COOPERATE, *NO),
    ("report-topic-twin", "Năm 2010, Việt Nam và Hà Lan hợp tác về quản lý nước.",
     K.COOPERATE, ("VNM",), ("NLD",), "2010", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_two_agreements_before_one_participle_are_two_signings():
    got = extract_text("EVFTA và EVIPA, cùng ký ngày 30/6/2019 tại Hà Nội, mở ra giai đoạn mới.").events
    signed = sorted(e.attr("agreement") for e in got if e.kind is K.AGREEMENT_SIGN and e.date == "2019-06-30")
    assert signed == ["EVFTA", "EVIPA"], show(got)


def test_founding_member_of_two_organisations_each_with_its_year():
    got = extract_text(
        "In-đô-nê-xi-a là thành viên sáng lập ASEAN (1967) và Phong trào Không liên kết (1961)."
    ).events
    joins = sorted((e.recipients, e.date) for e in got if e.kind is K.MEMBERSHIP_JOIN)
    assert joins == [(("ASEAN",), "1967"), (("NAM_MOVEMENT",), "1961")], show(got)


def test_an_invitation_then_the_joining_is_one_planned_join_with_its_date():
    got = extract_text(
        "Quan hệ Việt Nam – Ả-rập Xê-út\n\nTháng 8/2023, Ả-rập Xê-út được mời gia nhập BRICS và dự kiến trở thành "
        "thành viên từ ngày 1/1/2024."
    ).events
    joins = [(e.actors, e.recipients, e.date, e.status) for e in got if e.kind is K.MEMBERSHIP_JOIN]
    assert joins == [(("SAU",), ("BRICS",), "2024-01-01", S.PLANNED)], show(got)


def test_without_its_closing_formula_a_joint_statement_dates_nothing():
    got = extract_text(DEFINED + "1. Hai bên nhất trí nâng quan hệ lên Đối tác toàn diện.").events
    up = [e for e in got if e.kind is K.RELATIONS_UPGRADE]
    assert up and {"VNM", "NOR"} <= set(up[0].actors) and up[0].date == "", show(got)


def test_a_list_heading_of_agreements_signs_nothing():
    got = extract_text(
        "THÔNG TIN CƠ BẢN VỀ NHẬT BẢN\n\n1. Khái quát\n\nNhật Bản là thành viên sáng lập APEC.\n\n"
        "2. Các hiệp định đã ký (Nhật Bản tham gia với tư cách thành viên CPTPP)\n\n"
        "– Hiệp định CPTPP, ký ngày 8/3/2018;"
    ).events
    signs = [e for e in got if e.kind is K.AGREEMENT_SIGN]
    assert [e.date for e in signs] == ["2018-03-08"], show(got)


def test_members_of_a_region_are_not_the_organisation_named_before():
    got = extract_text(
        "Năm 2004, Việt Nam tham gia ASEM. Năm 2005, Bộ Ngoại giao chủ động tiếp xúc với các nước thành viên châu Âu "
        "để tranh thủ sự ủng hộ."
    ).events
    assert not [e for e in got if "ASEM" in e.recipients and e.kind is not K.MEMBERSHIP_JOIN], show(got)


def test_only_a_meeting_of_a_series_takes_the_organisation_of_an_earlier_one():
    got = extract_text(
        "Năm 2019, Việt Nam chủ trì Hội nghị Cấp cao ASEAN. Năm 2020, hội thảo về khí hậu được tổ chức tại Băng Cốc "
        "(Thái Lan)."
    ).events
    assert not [e for e in got if e.kind is K.HOST and "THA" in e.actors], show(got)
