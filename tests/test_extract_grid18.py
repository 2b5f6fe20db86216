"""An eighteenth construction grid for the events stage (issue 3), built from constructions heldout25/26 missed or
over-read, each with its negative twin: a state's style between coordinated names or before a leader's name; a
founding "theo Hiệp ước X (Y)" dated by the treaty and ", cùng A, B và C" co-founders; a standing membership ("X
hiện là / X và Y cùng là thành viên Z"); an aside ", khi đó là ... Y," naming no party; "Hội nghị do X chủ trì" and
"dự hội nghị tại ..." taking the meeting told before; "ORG ra đời, gồm A, B và C"; agreeing to continue (planned)
and "hợp tác" as a quality of the relations; experts sent to help; a site "được UNESCO công nhận là"; "A và B thông
qua Tuyên bố chung"; "nước chủ nhà"; "được kết nạp vào nhóm"; signed documents listed after "ký các văn kiện:".
Sentences written for these tests with other countries, dates and bodies; whole pipeline. The rules are in
src/doingoai/extract/events_instruments.py, events_members.py, events_founded.py, events_listed.py, events_host.py,
events_apposition.py, triggers.py and trigger_cues.py, and docs/decisions.md (Events, round 18).

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A
NEGATED case passes when no event of its kind is asserted as having happened (occurred or ongoing).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)

# fmt: off
CASES: list[tuple] = [
    # --- 1. a state's style after "và" ------------------------------------------------------------------------
    ("style-republic",
     "Ngày 24/3/1971, Việt Nam và Cộng hòa Chi-lê thiết lập quan hệ ngoại giao.",
     K.RELATIONS_ESTABLISH, ("VNM", "CHL"), (), "1971-03-24", S.OCCURRED),
    ("style-footnote-mark",
     "Ngày 19/5/1975, Việt Nam Dân chủ Cộng hòa và Cộng hòa Mê-hi-cô thiết lập quan hệ ngoại giao¹. Hai nước "
     "luôn ủng hộ nhau.",
     K.RELATIONS_ESTABLISH, ("VNM", "MEX"), (), "1975-05-19", S.OCCURRED),
    ("style-kingdom",
     "Năm 1992, Lào và Vương quốc Thái Lan ký hiệp định thương mại.",
     K.AGREEMENT_SIGN, ("LAO", "THA"), (), "1992", S.OCCURRED),
    ("style-federal",
     "Năm 1975, Việt Nam và Cộng hòa Liên bang Đức thiết lập quan hệ ngoại giao.",
     K.RELATIONS_ESTABLISH, ("VNM", "DEU"), (), "1975", S.OCCURRED),
    # twin: negated stays negated
    ("style-negated",
     "Đến nay, Việt Nam và Vương quốc Bu-tan chưa thiết lập quan hệ ngoại giao.",
     K.RELATIONS_ESTABLISH, *NO),

    # --- 2. "theo Hiệp ước X (Y)": the instrument's year --------------------------------------------------------
    ("instrument-bracket-year",
     "Quan hệ phát triển từ năm 1993. Nga cùng Ca-dắc-xtan và Bê-la-rút thành lập Liên minh Kinh tế Á – Âu "
     "(EAEU) theo Hiệp ước A-xta-na (2014).",
     K.MEMBERSHIP_JOIN, ("RUS", "KAZ", "BLR"), ("EAEU",), "2014", S.OCCURRED),
    ("instrument-nam-year",
     "Bài viết về giai đoạn 1990 – 2000. Hung-ga-ri cùng Séc gia nhập Liên minh châu Âu theo Hiệp ước Gia nhập "
     "năm 2003.",
     K.MEMBERSHIP_JOIN, ("HUN", "CZE"), ("EU",), "2003", S.OCCURRED),
    # twin: the clause's own date wins over the instrument's
    ("instrument-own-date",
     "Năm 2004, Xlô-va-ki-a gia nhập Liên minh châu Âu theo Hiệp ước Gia nhập năm 2003.",
     K.MEMBERSHIP_JOIN, ("SVK",), ("EU",), "2004", S.OCCURRED),

    # --- 3. ", cùng A, B và C": co-founders after the object --------------------------------------------------
    ("companions-founders",
     "Năm 1993, hai nước trao đổi đoàn. Ca-dắc-xtan là một trong ba nước sáng lập Liên minh Kinh tế Á – Âu "
     "theo Hiệp ước A-xta-na (2014), cùng Nga và Bê-la-rút.",
     K.MEMBERSHIP_JOIN, ("KAZ", "RUS", "BLR"), ("EAEU",), "2014", S.OCCURRED),

    # --- 4. a standing membership -------------------------------------------------------------------------------
    ("standing-now",
     "In-đô-nê-xi-a là nước đông dân nhất Đông Nam Á. Nước này hiện là thành viên Nhóm G20.",
     K.MEMBERSHIP_JOIN, ("IDN",), ("G20",), "", S.ONGOING),
    ("standing-both",
     "Việt Nam và Cu-ba cùng là thành viên Phong trào Không liên kết.",
     K.MEMBERSHIP_JOIN, ("VNM", "CUB"), ("NAM_MOVEMENT",), "", S.ONGOING),
    ("standing-each",
     "Ca-na-đa và Na Uy đều là thành viên NATO.",
     K.MEMBERSHIP_JOIN, ("CAN", "NOR"), ("NATO",), "", S.ONGOING),
    # twins: a denied membership, and a bare description of an unnamed set
    ("standing-denied",
     "Xin-ga-po hiện không phải là thành viên G20.",
     K.MEMBERSHIP_JOIN, *NO),
    ("standing-described",
     "Các nước hiện là thành viên APEC đều có đại diện tại hội nghị.",
     K.MEMBERSHIP_JOIN, *NO),

    # --- 5. a leader named with the state's style and a personal name ----------------------------------------
    ("style-leader-visit",
     "Quốc vương Vương quốc Thái Lan Ma-ha Va-chi-ra-long-con thăm chính thức Lào từ ngày 12 – 14/3/2023.",
     K.VISIT, ("THA",), ("LAO",), "2023-03-12/2023-03-14", S.OCCURRED),
    ("style-president-visit",
     "Tổng thống Cộng hòa In-đô-nê-xi-a Giô-cô Uy-đô-đô thăm cấp Nhà nước Việt Nam tháng 9/2018.",
     K.VISIT, ("IDN",), ("VNM",), "2018-09", S.OCCURRED),

    # --- 6. "X, khi đó là ... thuộc Y, ...": an aside on the subject --------------------------------------------
    ("aside-then",
     "Năm 1955, Bê-la-rút, lúc đó là một nước cộng hòa thuộc Liên Xô, gia nhập UNESCO.",
     K.MEMBERSHIP_JOIN, ("BLR",), ("UNESCO",), "1955", S.OCCURRED),
    ("aside-founder",
     "Năm 1945, Bê-la-rút, khi đó là một nước cộng hòa của Liên Xô, trở thành một trong các thành viên sáng lập "
     "Liên hợp quốc.",
     K.MEMBERSHIP_JOIN, ("BLR",), ("UNO",), "1945", S.OCCURRED),
    # twin: no aside, the coordination stays
    ("no-aside",
     "Năm 1945, Liên Xô và Bê-la-rút trở thành thành viên sáng lập Liên hợp quốc.",
     K.MEMBERSHIP_JOIN, ("SUN", "BLR"), ("UNO",), "1945", S.OCCURRED),

    # --- 7. "Hội nghị do <two titles> X chủ trì": the meeting told before --------------------------------------
    ("host-two-titles",
     "Hội nghị Cấp cao ASEAN lần thứ 9 diễn ra tại Ba-li ngày 7/10/2003. Hội nghị do Tổng thống, Chủ tịch "
     "Chính phủ In-đô-nê-xi-a chủ trì.",
     K.HOST, ("IDN",), ("ASEAN",), "2003-10-07", S.OCCURRED),
    ("host-bare-meeting",
     "Hội nghị thượng đỉnh APEC lần thứ 14 họp tại Hà Nội tháng 11/2006. Hội nghị do Chủ tịch nước Việt Nam chủ "
     "trì.",
     K.HOST, ("VNM",), ("APEC",), "2006-11", S.OCCURRED),

    # --- 8. "ORG ra đời / được thành lập (date), gồm A, B và C": founding members -------------------------------
    ("founded-with-list",
     "SCO ra đời năm 2001, gồm sáu nước Trung Quốc, Nga, Ca-dắc-xtan, Cư-rơ-gư-xtan, Tát-gi-ki-xtan và U-dơ-bê-ki-xtan.",
     K.MEMBERSHIP_JOIN, ("CHN", "RUS", "KAZ"), ("SCO",), "2001", S.OCCURRED),
    ("founded-passive-list",
     "Năm 1985, SAARC được thành lập, bao gồm bảy nước Ấn Độ, Pa-ki-xtan, Băng-la-đét, Nê-pan, Bu-tan, "
     "Xri Lan-ca và Man-đi-vơ.",
     K.MEMBERSHIP_JOIN, ("IND", "PAK", "NPL"), ("SAARC",), "1985", S.OCCURRED),
    # twin: a count of members today is no founding
    ("founded-count-only",
     "ASEAN hiện gồm 10 nước thành viên.",
     K.MEMBERSHIP_JOIN, *NO),

    # --- 9. agreed to go on, and "hợp tác" as a quality of the relations ----------------------------------------
    ("agreed-to-continue",
     "Ngày 12/6/2022, Thủ tướng Lào thăm Cam-pu-chia. Hai bên nhất trí tiếp tục củng cố quan hệ láng giềng tốt "
     "đẹp, hữu nghị truyền thống, hợp tác toàn diện giữa hai nước.",
     K.RELATIONS, ("LAO", "KHM"), (), "", S.PLANNED),
    # twin: "quan hệ hợp tác với X" is cooperation
    ("cooperation-relations",
     "Năm 2010, Việt Nam tăng cường quan hệ hợp tác với Nhật Bản.",
     K.COOPERATE, ("VNM",), ("JPN",), "2010", S.OCCURRED),

    # --- 10. experts sent to help ------------------------------------------------------------------------------
    ("experts-sent",
     "Năm 1985, Cu-ba cử 200 bác sĩ sang hỗ trợ Ăng-gô-la.",
     K.AID, ("CUB",), ("AGO",), "1985", S.OCCURRED),
    ("experts-sent-many",
     "Từ năm 1996, Việt Nam đã cử nhiều chuyên gia nông nghiệp sang giúp Mô-dăm-bích trồng lúa.",
     K.AID, ("VNM",), ("MOZ",), "1996", S.OCCURRED),
    # twin: experts sent to learn are no aid
    ("experts-to-learn",
     "Năm 2005, Lào cử chuyên gia sang Việt Nam học tập kinh nghiệm.",
     K.AID, *NO),

    # --- 11. "được <body> công nhận là ...": a site recognised, the country it is in ---------------------------
    ("recognised-site",
     "Việt Nam có tám di sản thế giới. Năm 2003, Vườn quốc gia Phong Nha – Kẻ Bàng được UNESCO công nhận là "
     "Di sản thiên nhiên thế giới.",
     K.SUPPORT, ("UNESCO",), ("VNM",), "2003", S.OCCURRED),
    # twin: "công nhận là đúng" with no agent is no recognition of anyone
    ("recognised-no-agent",
     "Năm 2008, Nhật Bản công nhận là đúng.",
     K.SUPPORT, *NO),

    # --- 12. "X và Y thông qua Tuyên bố chung / chính trị": adopted by the parties named right before ---------
    ("adopt-joint-statement",
     "Năm 2019, In-đô-nê-xi-a và Nhật Bản thông qua Tuyên bố chung về hợp tác hàng hải.",
     K.AGREEMENT_SIGN, ("IDN", "JPN"), (), "2019", S.OCCURRED),
    ("adopt-political-declaration",
     "Tháng 11/2021, Nam Phi và Liên minh châu Âu thông qua Tuyên bố chính trị về chuyển đổi năng lượng.",
     K.AGREEMENT_SIGN, ("ZAF", "EU"), (), "2021-11", S.OCCURRED),
    # twin: "thông qua" as "by means of"
    ("through-joint-statement",
     "Quan hệ Việt Nam – Hàn Quốc được thể hiện thông qua Tuyên bố chung năm 2009.",
     K.AGREEMENT_SIGN, *NO),

    # --- 13. "nước chủ nhà": the country the visit told before went to -----------------------------------------
    ("host-country-talks",
     "Từ ngày 10 – 12/4/2017, Tổng thống Chi-lê thăm cấp Nhà nước Việt Nam. Trong chuyến thăm, Chủ tịch nước chủ "
     "nhà đã hội đàm với Tổng thống Chi-lê.",
     K.CONSULT, ("VNM",), ("CHL",), "2017-04", S.OCCURRED),  # the visit's month (round 22)
    ("host-country-abroad",
     "Tháng 5/2023, Thủ tướng Nhật Bản thăm chính thức Ấn Độ. Trong chuyến thăm, Thủ tướng nước chủ nhà đã hội "
     "đàm với Thủ tướng Nhật Bản.",
     K.CONSULT, ("IND",), ("JPN",), "2023-05", S.OCCURRED),

    # --- 14. "được kết nạp vào nhóm": the group by its head noun, the organisation named before ----------------
    ("admitted-to-the-group",
     "Hội nghị Cấp cao BRICS đầu tiên họp năm 2009; tháng 12/2010, Nam Phi được kết nạp vào nhóm.",
     K.MEMBERSHIP_JOIN, ("ZAF",), ("BRICS",), "2010-12", S.OCCURRED),
    ("admitted-to-the-forum",
     "APEC ra đời năm 1989. Năm 1998, Pê-ru được kết nạp vào diễn đàn.",
     K.MEMBERSHIP_JOIN, ("PER",), ("APEC",), "1998", S.OCCURRED),
    # twin: a described group is another one, not the organisation named before
    ("admitted-described-group",
     "APEC ra đời năm 1989. Năm 2001, Pê-ru được kết nạp vào nhóm các nước xuất khẩu cà phê.",
     K.MEMBERSHIP_JOIN, *NO),

    # --- 15. "dự hội nghị tại X": the meeting told before -------------------------------------------------------
    ("attend-bare-meeting",
     "Tháng 6/2019, Thủ tướng Lào dự Hội nghị Cấp cao ASEAN tại Băng Cốc. Tháng 11/2020, Thủ tướng Lào lại dự "
     "hội nghị tại Băng Cốc theo lời mời của Thái Lan.",
     K.CONSULT, ("LAO",), ("ASEAN",), "2020-11", S.OCCURRED),
    # twin: no meeting told before, no party
    ("attend-bare-meeting-alone",
     "Năm 2010, Thủ tướng Lào dự hội nghị tại Hà Nội.",
     K.CONSULT, *NO),
    # twin: leaders received "sang dự Hội nghị": their visit, told as such
    ("attend-come-to-meeting",
     "Năm 2016, Lào đăng cai Hội nghị Cấp cao ASEAN. Lào chuẩn bị đón Tổng thống Hoa Kỳ và Thủ tướng Nhật Bản sang "
     "dự Hội nghị tại Viêng Chăn.",
     K.CONSULT, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_the_instrument_year_does_not_date_an_act_not_done_under_it():
    got = extract_text(
        "Năm 2000, Bô-li-vi-a ký hiệp định thương mại với Chi-lê theo Hiệp ước Hòa bình (1904)."
    ).events
    signs = [e for e in got if e.kind is K.AGREEMENT_SIGN]
    assert signs and all(e.date == "2000" for e in signs), show(got)


def test_a_quality_of_the_relations_is_no_cooperation():
    got = extract_text(
        "Ngày 12/6/2022, Thủ tướng Lào thăm Cam-pu-chia. Hai bên nhất trí tiếp tục củng cố quan hệ láng giềng tốt "
        "đẹp, hữu nghị truyền thống, hợp tác toàn diện giữa hai nước."
    ).events
    assert not [e for e in got if e.kind is K.COOPERATE], show(got)


def test_an_aside_names_no_party():
    got = extract_text(
        "Năm 1955, Bê-la-rút, lúc đó là một nước cộng hòa thuộc Liên Xô, gia nhập UNESCO."
    ).events
    assert not [e for e in got if "SUN" in e.actors], show(got)


LISTED = """Chuyến thăm Cam-pu-chia của Thủ tướng Lào

Ngày 14/3/2022, Thủ tướng Lào hội đàm với Thủ tướng Cam-pu-chia tại Phnôm Pênh. Hai Thủ tướng đã chứng kiến lễ ký \
các văn kiện sau:

- Hiệp định về hợp tác giáo dục giai đoạn 2022 – 2026;
- Bản ghi nhớ về thương mại biên giới;
- Thỏa thuận về hợp tác năng lượng.

Hai bên nhất trí tăng cường hợp tác."""


def test_signed_documents_listed_after_the_announcing_sentence_are_one_signing_each():
    d = extract_text(LISTED)
    signs = [e for e in d.events if e.kind is K.AGREEMENT_SIGN and {"LAO", "KHM"} <= set(e.actors)]
    assert len(signs) == 3, show(d.events)
    assert all(e.date == "2022-03-14" and e.status is S.OCCURRED for e in signs), show(signs)
    told = {d.text[e.evidence[-1].start : e.evidence[-1].end] for e in signs}
    assert "Bản ghi nhớ về thương mại biên giới" in told, told


def test_a_list_after_a_sentence_that_signs_nothing_generic_is_not_signings():
    d = extract_text(LISTED.replace("lễ ký các văn kiện sau:", "lễ ký Hiệp định Thương mại. Các ý kiến:"))
    signs = [e for e in d.events if e.kind is K.AGREEMENT_SIGN]
    assert len(signs) <= 1, show(d.events)


def test_a_host_with_no_visit_told_is_no_party():
    got = extract_text("Thủ tướng nước chủ nhà đã hội đàm với Thủ tướng Nhật Bản năm 2023.").events
    assert not [
        e for e in got if e.kind is K.CONSULT and "VNM" in e.actors + e.recipients and "IND" in e.actors
    ], show(got)


def test_the_host_role_is_no_host_country():
    got = extract_text(
        "Tháng 5/2017, Thủ tướng Việt Nam thăm Hoa Kỳ. Với vai trò chủ nhà Năm APEC 2017, ta đã tổ chức thành công "
        "Hội nghị Quan chức cao cấp APEC."
    ).events
    assert not [e for e in got if e.kind is K.HOST and "USA" in e.actors + e.recipients], show(got)
