"""A fifteenth construction grid for the events stage (issue 3), built from constructions heldout21/22 missed or
over-read, each with its negative twin: "Trong tháng này" is the document's month; a capital that hosts stands for
its country; "Phong trào" alone is the movement named before; "nước Nam Mỹ này" is the nearest country of that
region; two states holding a meeting together consult, no one hosts; a debate or seminar *about* cooperation is
no cooperation; "Hai Thủ tướng quyết định / đã hội đàm" happen at the visit told before; "trong khuôn khổ X" names
the fora of a pair's coordination; ", thành viên X từ <date>," after a state is its joining, and that date does
not date the verb after the appositive; "Hiệp hội" alone is ASEAN named by its abbreviation; "Cùng với việc gia
nhập," is dated by the joining; acceding to a treaty ("tham gia Hiệp ước") is a signing. Sentences written for
these tests with other countries, dates and bodies; whole pipeline. The rules are in docs/decisions.md
("Construction grid, fifteenth round").

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A
NEGATED case passes when no event of its kind is asserted as having happened (occurred or ongoing).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import GAP, PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)

# fmt: off
CASES: list[tuple] = [
    # --- 1. "Trong tháng này": the document's month, unless a month was told before it in the paragraph -------
    ("this-month-press",
     "Họp báo thường kỳ ngày 10/7/2024\n\nTrong tháng này, Hàn Quốc đảm nhiệm cương vị Chủ tịch Hội đồng Bảo an.",
     K.CHAIR, ("KOR",), ("UNSC",), "2024-07", S.OCCURRED),
    ("this-month-sign",
     "Bản tin ngày 3/11/2022\n\nTrong tháng này, Việt Nam và Mông Cổ ký Bản ghi nhớ về hợp tác giáo dục.",
     K.AGREEMENT_SIGN, ("VNM", "MNG"), (), "2022-11", S.OCCURRED),
    ("this-month-after-told-month-twin",
     "Tháng 7/1995, Việt Nam gia nhập ASEAN. Trong tháng này, Việt Nam và Hoa Kỳ bình thường hóa quan hệ.",
     K.RELATIONS_ESTABLISH, ("VNM", "USA"), (), "1995-07", S.OCCURRED),
    # --- 2. a capital that hosts stands for its country ------------------------------------------------------
    ("capital-hosts",
     "Năm 2018, Li-ma đăng cai Hội nghị Cấp cao châu Mỹ.", K.HOST, ("PER",), (), "2018", S.OCCURRED),
    ("capital-hosts-asean",
     "Tháng 11/2017, Ma-ni-la đăng cai Hội nghị Cấp cao ASEAN lần thứ 31.",
     K.HOST, ("PHL",), ("ASEAN",), "2017-11", S.OCCURRED),
    ("capital-hosts-adverb",
     "Năm 2014, Bắc Kinh lần thứ hai đăng cai Hội nghị Cấp cao APEC.", K.HOST, ("CHN",), ("APEC",), "2014",
     S.OCCURRED),
    ("capital-as-venue-twin",
     "Năm 2006, Việt Nam đăng cai Hội nghị Cấp cao APEC tại Hà Nội.",
     K.HOST, ("VNM",), ("APEC",), "2006", S.OCCURRED),
    # --- 3. "Phong trào" alone: the movement named before -----------------------------------------------------
    ("movement-head",
     "Ai Cập là thành viên sáng lập Phong trào Không liên kết. Năm 2009, Ai Cập đăng cai Hội nghị Cấp cao lần thứ "
     "15 của Phong trào.", K.HOST, ("EGY",), ("NAM_MOVEMENT",), "2009", S.OCCURRED),
    # --- 4. "nước <region> này": the nearest country of that region ----------------------------------------------
    ("region-south-america",
     "Năm 1999, Việt Nam cùng Chi-lê và Nhật Bản ký tuyên bố chung. Nước Nam Mỹ này đăng cai Năm APEC 2004.",
     K.HOST, ("CHL",), ("APEC",), "2004", S.OCCURRED),
    ("region-africa",
     "Năm 2010, Mô-dăm-bích và Pháp ký hiệp định. Quốc gia châu Phi này gia nhập Khối Thịnh vượng chung năm 1995.",
     K.MEMBERSHIP_JOIN, ("MOZ",), (), "1995", S.OCCURRED),
    ("region-europe",
     "Năm 2016, Ấn Độ và Hung-ga-ri ký hiệp định. Nước Đông Âu này gia nhập NATO năm 1999.",
     K.MEMBERSHIP_JOIN, ("HUN",), ("NATO",), "1999", S.OCCURRED),
    ("plain-demonstrative-twin",  # (no region: the earlier sentence's subject, as before)
     "Năm 2016, Ấn Độ và Hung-ga-ri ký hiệp định. Nước này gia nhập Tổ chức Hợp tác Thượng Hải năm 2017.",
     K.MEMBERSHIP_JOIN, ("IND",), ("SCO",), "2017", S.OCCURRED),
    # --- 5. two states holding a meeting together consult; one hosting for an organisation still hosts ---------
    ("pair-holds-meeting",
     "Năm 2015, Việt Nam và Mông Cổ ký hiệp định. Năm 2019, hai nước tổ chức kỳ họp lần thứ 17 của Ủy ban liên "
     "Chính phủ tại U-lan Ba-to.", K.CONSULT, ("VNM", "MNG"), (), "2019", S.OCCURRED),
    ("pair-holds-meeting-no-host",
     "Năm 2015, Việt Nam và Mông Cổ ký hiệp định. Năm 2019, hai nước tổ chức kỳ họp lần thứ 17 của Ủy ban liên "
     "Chính phủ tại U-lan Ba-to.", K.HOST, *NO),
    ("named-pair-holds-meeting",
     "Năm 2021, Việt Nam và Cu-ba tổ chức Hội nghị hợp tác kinh tế song phương.",
     K.CONSULT, ("VNM",), ("CUB",), "2021", S.OCCURRED),
    ("pair-hosts-organisation-twin",
     "Năm 2010, Việt Nam và Thái Lan đăng cai Hội nghị Cấp cao ASEAN.",
     K.HOST, ("VNM", "THA"), ("ASEAN",), "2010", S.OCCURRED),
    ("single-host-twin",
     "Năm 2017, Việt Nam tổ chức Hội nghị Cấp cao APEC tại Đà Nẵng.",
     K.HOST, ("VNM",), ("APEC",), "2017", S.OCCURRED),
    # --- 6. a debate or seminar about cooperation is no cooperation -------------------------------------------
    ("debate-topic",
     "Năm 2020, In-đô-nê-xi-a chủ trì phiên thảo luận mở về hợp tác giữa Liên Hợp Quốc và ASEAN.",
     K.COOPERATE, *NO),
    ("seminar-topic",
     "Năm 2022, Viện Khoa học xã hội tổ chức hội thảo khoa học về hợp tác giữa Việt Nam và Ô-xtơ-rây-li-a.",
     K.COOPERATE, *NO),
    ("cooperation-twin",
     "Năm 2020, Liên Hợp Quốc hợp tác với ASEAN về ứng phó thảm họa.",
     K.COOPERATE, ("UNO",), ("ASEAN",), "2020", S.OCCURRED),
    # --- 7. "Hai Thủ tướng quyết định / đã hội đàm": at the visit told before -----------------------------------
    ("leaders-decide-at-visit",
     "Tuyên bố chung\n\nThủ tướng Nhật Bản thăm chính thức Việt Nam từ ngày 20 đến 22/11/2023. Hai Thủ tướng quyết "
     "định nâng quan hệ hai nước lên Đối tác chiến lược toàn diện.",
     K.RELATIONS_UPGRADE, ("VNM", "JPN"), (), "2023-11", S.OCCURRED),  # the visit's month (round 22)
    ("leaders-talk-at-visit",
     "Tuyên bố chung\n\nTổng thống In-đô-nê-xi-a thăm cấp nhà nước Việt Nam từ ngày 11 đến 13/9/2023. Hai Tổng thống "
     "đã hội đàm tại Phủ Chủ tịch.", K.CONSULT, ("VNM", "IDN"), (), "2023-09", S.OCCURRED),  # the visit's month (round 22)
    # --- 8. "trong khuôn khổ X": the fora of a pair's coordination -------------------------------------------
    ("pair-framework-fora",
     "Năm 2019, Việt Nam và Lào thiết lập cơ chế tham vấn. Hai bên sẽ tăng cường phối hợp trong khuôn khổ ASEAN, "
     "Ủy hội sông Mê Công quốc tế, cũng như tại Liên Hợp Quốc.",
     K.COOPERATE, ("VNM", "LAO"), ("ASEAN", "MRC", "UNO"), "", S.PLANNED),
    ("partner-framework-twin",
     "Việt Nam sẽ phối hợp với Ác-hen-ti-na thúc đẩy hợp tác trong khuôn khổ Liên Hợp Quốc.",
     K.COOPERATE, ("VNM",), ("ARG",), "", S.PLANNED),
    # --- 9. ", thành viên X từ <date>," after a state: its joining; the date stays in the appositive ------------
    ("apposed-member",
     "Chi-lê, thành viên Tổ chức Hợp tác và Phát triển Kinh tế (OECD) từ ngày 7/5/2010, là đối tác lớn của Việt Nam.",
     K.MEMBERSHIP_JOIN, ("CHL",), ("OECD",), "2010-05-07", S.OCCURRED),
    ("apposed-member-object",
     "Năm 2023, Việt Nam ký hiệp định với Phần Lan, thành viên NATO từ năm 2023, về giáo dục.",
     K.MEMBERSHIP_JOIN, ("FIN",), ("NATO",), "2023", S.OCCURRED, GAP),  # (after "ký hiệp định với": not read)
    ("apposed-person-twin",
     "Năm 2020, ông Trần Văn Bình, thành viên Ban Chấp hành Trung ương từ năm 2016, thăm Lào.",
     K.MEMBERSHIP_JOIN, *NO),
    ("apposed-undated-twin",
     "Ca-na-đa, thành viên NATO, ký hiệp định với Việt Nam năm 2019.", K.MEMBERSHIP_JOIN, *NO),
    ("apposed-date-not-the-verbs",
     "Na Uy, thành viên NATO từ năm 1949, ký hiệp định thương mại với Việt Nam năm 2019.",
     K.AGREEMENT_SIGN, ("NOR", "VNM"), (), "2019", S.OCCURRED),
    ("clause-date-twin",
     "Theo một nhà nghiên cứu, các nước Bắc Âu là “người bạn thầm lặng”: ngày 7/6/2019, nước ta được bầu làm Ủy viên "
     "không thường trực Hội đồng Bảo an.", K.MEMBERSHIP_ELECT, ("VNM",), ("UNSC",), "2019-06-07", S.OCCURRED),
    # --- 10. "Hiệp hội" alone: ASEAN named by its abbreviation ---------------------------------------------------
    ("association-head-abbreviation",
     "Tháng 12/1998, Hà Nội đón Hội nghị Cấp cao ASEAN lần thứ 6. Ngày 30/4/1999, Cam-pu-chia chính thức trở thành "
     "thành viên thứ mười của Hiệp hội.", K.MEMBERSHIP_JOIN, ("KHM",), ("ASEAN",), "1999-04-30", S.OCCURRED),
    # --- 11. "Cùng với việc gia nhập,": the joining's date ------------------------------------------------------
    ("along-with-joining",
     "Ngày 11/1/2007, Việt Nam trở thành thành viên WTO. Năm 2008, Việt Nam ký hiệp định với Nhật Bản. Cùng với "
     "việc gia nhập, Việt Nam tham gia Hiệp định Công nghệ thông tin (ITA).",
     K.MEMBERSHIP_JOIN, ("VNM",), (), "2007-01-11", S.OCCURRED),
    # --- 12. acceding to a treaty is a signing --------------------------------------------------------------
    ("accede-treaty",
     "Tháng 7/2009, Ca-na-đa tham gia Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC).",
     K.AGREEMENT_SIGN, ("CAN",), (), "2009-07", S.OCCURRED),
    ("accede-convention",
     "Năm 1996, Lào tham gia Công ước của Liên Hợp Quốc về Luật Biển.",
     K.AGREEMENT_SIGN, ("LAO",), (), "1996", S.OCCURRED),
    ("parties-to-convention-twin",
     "Năm 2021, Anh đăng cai Hội nghị lần thứ 26 các Bên tham gia Công ước khung của Liên Hợp Quốc về biến đổi khí "
     "hậu.", K.AGREEMENT_SIGN, *NO),
    ("not-accede-twin",
     "Năm 2017, Hoa Kỳ không tham gia Hiệp ước Cấm vũ khí hạt nhân.", K.AGREEMENT_SIGN, *NO),
    # --- 13. gazetteer: COVAX, Gavi ------------------------------------------------------------------------------
    ("covax-aid",
     "Tháng 3/2021, lô vắc-xin đầu tiên do Cơ chế COVAX hỗ trợ đã về tới Lào.",
     K.AID, ("COVAX",), ("LAO",), "2021-03", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_a_region_skips_a_nearer_country_elsewhere():
    got = extract_text(
        "Năm 1998, Việt Nam cùng Pê-ru và Nga gia nhập APEC. Nước Nam Mỹ này đăng cai Năm APEC 2008."
    ).events
    hosts = [e for e in got if e.kind is K.HOST]
    assert hosts and all(e.actors == ("PER",) for e in hosts), show(got)


def test_a_capital_host_is_not_the_earlier_pair():
    got = extract_text(
        "Việt Nam và Ai Cập đều là thành viên Phong trào Không liên kết; năm 2009, Cai-rô đăng cai Hội nghị Cấp cao."
    ).events
    hosts = [e for e in got if e.kind is K.HOST]
    assert hosts and all(e.actors == ("EGY",) for e in hosts), show(got)


def test_a_meeting_topic_gives_its_bodies_no_cooperation():
    got = extract_text(
        "Năm 2020, In-đô-nê-xi-a chủ trì phiên thảo luận mở về hợp tác giữa Liên Hợp Quốc và ASEAN."
    )
    assert not [e for e in got.events if e.kind is K.COOPERATE], show(got.events)


def test_an_appositive_membership_belongs_to_the_name_before_it():
    got = extract_text(
        "Bộ Ngoại giao phối hợp với phía bạn tổ chức tọa đàm về quan hệ giữa Việt Nam với Chi-lê, thành viên OECD từ "
        "ngày 7/5/2010, và với Liên minh Thái Bình Dương."
    ).events
    joins = [e for e in got if e.kind is K.MEMBERSHIP_JOIN]
    assert joins and all(e.actors == ("CHL",) for e in joins), show(got)
