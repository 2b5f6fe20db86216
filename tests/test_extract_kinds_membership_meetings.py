"""Which KIND a statement is: attending and hosting meetings, memberships standing, suspended, expelled or
restored, aid ceased, programmes taken part in, signings by an agent that names no state (issue 3; round 26 of the
events rules, renamed from tests/test_extract_kinds26.py in the review fixes of session 9), and acts the lexicon
had no word for. Sentences written for these tests, with other states, organisations and dates
than any development set; each rule has negative twins. Whole pipeline.

* attending: "(Chuẩn bị) tham dự Hội nghị ..." in a task list is an attendance to come (consult, planned);
  "Khóa họp" an assembly's session attended; "X có mặt tại Hội nghị ... <ORG>" is attending it
  (`events_attended`; not "có mặt tại <a city>", nor at a ceremony);
* hosting: "Hội nghị ... bế mạc tại <place> (<country>)" as "khai mạc tại" (`host_at`); a meeting named with its
  venue and told as held, "Hội nghị ... <ORG> ... tại <capital> (đã) được tổ chức thành công": the venue's state
  hosts (`events_held`; not a meeting named as the setting of another act, not one with no organisation, not one
  not held);
* standing memberships: "X là quốc gia / nước thành viên (thứ N) của O (từ Y)" as "X là thành viên O";
* a membership suspended, expelled or restored (`events_suspended`): "X bị khai trừ khỏi O", "O khai trừ X"
  (membership.leave X -> O); "X bị (tạm) đình chỉ tư cách thành viên O", "O đình chỉ tư cách thành viên của X"
  (a sanction O -> X, round 27); "X được khôi phục tư cách thành
  viên O", "O khôi phục tư cách thành viên của X" (membership.join X -> O); not a suspended aid, nor production
  restored;
* aid or cooperation ceased: "thôi / (tạm) dừng viện trợ, hợp tác" as "ngừng" (a sanction; not "không dừng");
* taking part in a cooperation programme ("tham gia (các dự án thuộc) Chương trình Hợp tác ... (GMS)") is
  cooperation, not a membership (`events_kind`); a framework or an organisation joined stays a joining;
* signings told in the passive with an agent that names no state ("được hai bên ký", "do Bộ trưởng ... các nước
  ký": the agreement's parties), and "(Căn cứ) Hiệp định ... giữa A và B ký ngày ..." (a long name signed on the
  date told right after the verb).

Cases: (id, text, kind, actors, recipients, date, status); a NEGATED case passes when no event of its kind is
asserted (tests/event_grid.py). docs/decisions.md, Events, round 26 (session 9), engineer B.

Review fixes (session 9, /tmp/rev9 findings 3, 4, 5, 10b): PAIRS hold a statement that must not give an asserted
event of the kind (a suspension proposed, demanded, opposed or supposed; an attendance possible or supposed; a
meeting at its organisation's seat; a threat) with its positive twin, which must give the right one.
"""

from __future__ import annotations

import pytest

from event_grid import PARAMS, K, S, check, params

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN, K.AGREEMENT_NEGOTIATE}
NO = ((), (), "", S.NEGATED)

# fmt: off
CASES: list[tuple] = [
    # --- attending ------------------------------------------------------------------------------------------
    ("prepare-attend-task",
     "3. Chuẩn bị tham dự Hội nghị Bộ trưởng WTO lần thứ 13 tại A-bu Đa-bi (UAE) vào tháng 2/2024.",
     K.CONSULT, ("VNM",), ("WTO",), "2024-02", S.PLANNED),
    ("prepare-attend-ministry",
     "Bộ Ngoại giao chuẩn bị tham dự Hội nghị Cấp cao ASEAN lần thứ 44 tại Viêng Chăn.",
     K.CONSULT, ("VNM",), ("ASEAN",), "", S.PLANNED),
    ("session-attended",
     "Tháng 9/2022, Chủ tịch nước dẫn đầu đoàn đại biểu Việt Nam tham dự Khóa họp 77 Đại hội đồng Liên hợp quốc.",
     K.CONSULT, ("VNM",), (), "2022-09", S.OCCURRED),
    ("present-at-summit",
     "Ma-lai-xi-a có mặt tại Hội nghị Cấp cao Phong trào Không liên kết lần thứ 18 năm 2019.",
     K.CONSULT, ("MYS",), ("NAM_MOVEMENT",), "2019", S.OCCURRED),
    ("present-leaders-coordinated",
     "Năm 2014, Tổng thống Hoa Kỳ Ba-rắc Ô-ba-ma và Thủ tướng Trung Quốc Lý Khắc Cường đều có mặt tại Hội nghị "
     "Cấp cao Đông Á lần thứ 9.",
     K.CONSULT, ("USA", "CHN"), ("EAS",), "2014", S.OCCURRED),
    ("present-o-apec",
     "Tháng 11/2023, Thủ tướng Ô-xtrây-li-a có mặt ở Hội nghị Cấp cao APEC tại Xan Phran-xi-xcô.",
     K.CONSULT, ("AUS",), ("APEC",), "2023-11", S.OCCURRED),
    # twins: present in a city, at a ceremony, absent
    ("present-city-twin",
     "Bộ trưởng Ngoại giao Nhật Bản có mặt tại Hà Nội ngày 5/3/2020.",
     K.CONSULT, *NO),
    ("present-ceremony-twin",
     "Đại sứ Pháp có mặt tại lễ khai trương nhà máy ở Bình Dương.",
     K.CONSULT, *NO),
    ("absent-twin",
     "Năm 2019, Ấn Độ không có mặt tại Hội nghị Cấp cao RCEP.",
     K.CONSULT, *NO),
    # --- hosting --------------------------------------------------------------------------------------------
    ("closed-at-bracketed",
     "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 bế mạc tại Gia-các-ta (In-đô-nê-xi-a) ngày 14/7/2023.",
     K.HOST, ("IDN",), ("ASEAN",), "2023-07-14", S.OCCURRED),
    ("closed-at-country",
     "Hội nghị Cấp cao APEC lần thứ 30 bế mạc tại Pê-ru ngày 16/11/2024.",
     K.HOST, ("PER",), ("APEC",), "2024-11-16", S.OCCURRED),
    ("held-venue-named-capital",
     "Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ 21 tại Ba-li (In-đô-nê-xi-a) (2013) đã được tổ chức thành "
     "công.",
     K.HOST, ("IDN",), ("APEC",), "2013", S.OCCURRED),
    ("held-venue-success",
     "Hội nghị Cấp cao ASEAN lần thứ 26 tại Cu-a-la Lăm-pơ (Ma-lai-xi-a) đã thành công tốt đẹp.",
     K.HOST, ("MYS",), ("ASEAN",), "", S.OCCURRED),
    ("held-venue-capital-planned",
     "Hội nghị Cấp cao ASEM lần thứ 13 tại Phnôm Pênh sẽ được tổ chức vào tháng 11/2021.",
     K.HOST, ("KHM",), ("ASEM",), "2021-11", S.PLANNED),
    ("held-venue-home",
     "Hội nghị Cấp cao ASEAN lần thứ 16 tại Hà Nội đã diễn ra thành công.",
     K.HOST, ("VNM",), ("ASEAN",), "", S.OCCURRED),
    # twins: a setting of another act, a meeting of no organisation, a meeting not held
    ("held-setting-twin",
     "Tại Hội nghị Cấp cao ASEAN lần thứ 26 tại Cu-a-la Lăm-pơ, các nhà lãnh đạo đã thông qua Tuyên bố.",
     K.HOST, *NO),
    ("held-no-org-twin",
     "Hội nghị xúc tiến đầu tư tại Hà Nội được tổ chức thành công.",
     K.HOST, *NO),
    ("held-not-yet-twin",
     "Hội nghị Cấp cao ASEAN tại Băng Cốc chưa được tổ chức.",
     K.HOST, *NO),
    # --- standing memberships -------------------------------------------------------------------------------
    ("member-state-of-dated",
     "Mông Cổ là quốc gia thành viên của Liên hợp quốc từ năm 1961.",
     K.MEMBERSHIP_JOIN, ("MNG",), ("UNO",), "1961", S.OCCURRED),
    ("member-state-of-standing",
     "In-đô-nê-xi-a là quốc gia thành viên của Phong trào Không liên kết.",
     K.MEMBERSHIP_JOIN, ("IDN",), ("NAM_MOVEMENT",), "", S.ONGOING),
    ("member-nth",
     "Từ năm 2007, Việt Nam là nước thành viên thứ 150 của WTO.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("WTO",), "2007", S.OCCURRED),
    # twins: a described subject, a negated membership
    ("member-described-twin",
     "Các nước là quốc gia thành viên của Công ước phải nộp báo cáo.",
     K.MEMBERSHIP_JOIN, *NO),
    ("member-negated-twin",
     "Lào không phải là quốc gia thành viên của OECD.",
     K.MEMBERSHIP_JOIN, *NO),
    # --- a membership suspended, expelled or restored -------------------------------------------------------
    ("suspended-passive",
     "Năm 1962, Cu-ba bị đình chỉ tư cách thành viên Tổ chức các Quốc gia châu Mỹ (OAS).",
     K.SANCTION, ("OAS",), ("CUB",), "1962", S.OCCURRED),
    ("suspended-temporarily",
     "Năm 2009, Hôn-đu-rát bị tạm đình chỉ tư cách thành viên của OAS.",
     K.SANCTION, ("OAS",), ("HND",), "2009", S.OCCURRED),
    ("suspended-active",
     "Năm 2011, Liên đoàn Ả-rập đình chỉ tư cách thành viên của Xy-ri.",
     K.SANCTION, ("ARAB_LEAGUE",), ("SYR",), "2011", S.OCCURRED),
    ("expelled-passive",
     "Năm 2019, Nga bị khai trừ khỏi G8.",
     K.MEMBERSHIP_LEAVE, ("RUS",), ("G8",), "2019", S.OCCURRED),
    ("expelled-active",
     "Năm 1964, Liên hợp quốc khai trừ Nam Phi.",
     K.MEMBERSHIP_LEAVE, ("ZAF",), ("UNO",), "1964", S.OCCURRED),
    ("restored-passive",
     "Ngày 3/6/2009, Cu-ba được khôi phục tư cách thành viên OAS.",
     K.MEMBERSHIP_JOIN, ("CUB",), ("OAS",), "2009-06-03", S.OCCURRED),
    ("restored-active",
     "Tháng 5/2023, Liên đoàn Ả-rập quyết định khôi phục tư cách thành viên của Xy-ri.",
     K.MEMBERSHIP_JOIN, ("SYR",), ("ARAB_LEAGUE",), "2023-05", S.OCCURRED),
    # round 27: the passive with its agent before the verb; a date after the verb, not the fronted clause's, dates it
    ("suspended-agent-passive",
     "Sau cuộc đảo chính năm 2008, Hôn-đu-rát bị OAS đình chỉ tư cách thành viên năm 2009.",
     K.SANCTION, ("OAS",), ("HND",), "2009", S.OCCURRED),
    ("suspended-agent-never-twin",
     "Hôn-đu-rát chưa bao giờ bị OAS đình chỉ tư cách thành viên.",
     K.SANCTION, *NO),
    # twins: never suspended, aid suspended, production restored, suspension opposed in general
    ("suspended-never-twin",
     "Thái Lan chưa bao giờ bị đình chỉ tư cách thành viên ASEAN.",
     K.SANCTION, *NO),
    ("aid-suspended-twin",
     "Năm 2011, Mỹ đình chỉ viện trợ cho Ai Cập.",
     K.MEMBERSHIP_LEAVE, *NO),
    ("production-restored-twin",
     "Năm 2015, Trung Quốc khôi phục sản xuất tại nhà máy của Nhật Bản.",
     K.MEMBERSHIP_JOIN, *NO),
    ("suspension-opposed-twin",
     "Việt Nam phản đối việc đình chỉ tư cách thành viên của bất kỳ nước nào.",
     K.SANCTION, *NO),
    # --- aid or cooperation ceased ("thôi", "dừng" as "ngừng") ----------------------------------------------
    ("aid-ceased-thoi",
     "Năm 1991, Liên Xô thôi viện trợ cho Cu-ba.",
     K.SANCTION, ("SUN",), ("CUB",), "1991", S.OCCURRED),
    ("coop-paused-dung",
     "Tháng 3/2014, Ca-na-đa tạm dừng hợp tác quân sự với Nga.",
     K.SANCTION, ("CAN",), ("RUS",), "2014-03", S.OCCURRED),
    # twin: never stopped is no sanction
    ("coop-never-stopped-twin",
     "Dù gặp nhiều khó khăn, Lào và Việt Nam không dừng hợp tác về giáo dục.",
     K.SANCTION, *NO),
    # --- taking part in a cooperation programme: cooperation, not membership ---------------------------------
    ("programme-taken-part",
     "Từ năm 1992, Việt Nam cùng Cam-pu-chia, Lào tham gia Chương trình Hợp tác Tiểu vùng Mê Công mở rộng (GMS).",
     K.COOPERATE, ("VNM", "KHM", "LAO"), ("GMS",), "1992", S.ONGOING),
    ("programme-projects",
     "Năm 2010, Mông Cổ tích cực tham gia các dự án thuộc Chương trình Hợp tác Kinh tế Khu vực Trung Á (CAREC).",
     K.COOPERATE, ("MNG",), ("CAREC",), "2010", S.OCCURRED),
    # twins: a programme is no membership; a framework or an organisation joined stays a joining
    ("programme-no-membership-twin",
     "Năm 2010, Việt Nam tham gia Chương trình Hợp tác Kinh tế Khu vực Trung Á (CAREC).",
     K.MEMBERSHIP_JOIN, *NO),
    ("framework-joined",
     "Năm 2022, Phi-líp-pin tham gia Khuôn khổ Kinh tế Ấn Độ Dương – Thái Bình Dương (IPEF).",
     K.MEMBERSHIP_JOIN, ("PHL",), ("IPEF",), "2022", S.OCCURRED),
    # --- signings by an agent that names no state -----------------------------------------------------------
    ("signed-by-both-sides",
     "Hiệp định Thương mại Việt Nam – Hoa Kỳ được hai bên ký vào tháng 7/2000.",
     K.AGREEMENT_SIGN, ("VNM", "USA"), (), "2000-07", S.OCCURRED),
    ("signed-by-ministers",
     "Hiệp định Thương mại tự do ASEAN – Úc – Niu Di-lân (AANZFTA) do Bộ trưởng Kinh tế các nước ký tháng 2/2009.",
     K.AGREEMENT_SIGN, ("ASEAN", "AUS", "NZL"), (), "2009-02", S.OCCURRED),
    ("long-name-signed-on",
     "Căn cứ Hiệp định về hợp tác văn hóa giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ "
     "Nhật Bản ký ngày 12 tháng 3 năm 2009;",
     K.AGREEMENT_SIGN, ("VNM", "JPN"), (), "2009-03-12", S.OCCURRED),
    # twins: a law cited with its date, an agreement negotiated by both sides
    ("law-dated-twin",
     "Căn cứ Luật Điều ước quốc tế ngày 9 tháng 4 năm 2016;",
     K.AGREEMENT_SIGN, *NO),
    ("negotiated-by-both-twin",
     "Hiệp định Thương mại Việt Nam – Ca-na-đa được hai bên đàm phán từ năm 2015 nhưng chưa ký.",
     K.AGREEMENT_SIGN, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_kinds(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=kind in SYMMETRIC)


# (id, statement with no asserted event of the kind, kind, its positive twin, actors, recipients, date, status)
# fmt: off
PAIRS: list[tuple] = [
    # finding 3: a suspension or expulsion proposed, demanded, opposed or supposed is not one that happened
    ("suspend-proposed",
     "Cam-pu-chia đề nghị ASEAN đình chỉ tư cách thành viên của Mi-an-ma.",
     K.SANCTION, "Năm 2021, ASEAN đình chỉ tư cách thành viên của Mi-an-ma.", ("ASEAN",), ("MMR",), "2021",
     S.OCCURRED),
    ("expel-demanded",
     "Liên Hợp Quốc yêu cầu ASEAN khai trừ Mi-an-ma nhưng đề xuất này bị bác bỏ.",
     K.MEMBERSHIP_LEAVE, "Năm 1964, Liên hợp quốc khai trừ Nam Phi.", ("ZAF",), ("UNO",), "1964", S.OCCURRED),
    ("expel-called-for",
     "Năm 1962, Mỹ kêu gọi Liên hợp quốc khai trừ Nam Phi.",
     K.MEMBERSHIP_LEAVE, "Năm 1962, Liên hợp quốc khai trừ Nam Phi.", ("ZAF",), ("UNO",), "1962", S.OCCURRED),
    ("suspend-opposed",
     "Thái Lan phản đối việc ASEAN đình chỉ tư cách thành viên của Mi-an-ma.",
     K.SANCTION, "Tháng 4/2021, ASEAN đã đình chỉ tư cách thành viên của Mi-an-ma.", ("ASEAN",), ("MMR",),
     "2021-04", S.OCCURRED),
    ("suspend-supposed",
     "Trong trường hợp Mi-an-ma bị đình chỉ tư cách thành viên ASEAN, Thái Lan sẽ phản đối.",
     K.SANCTION, "Năm 2021, Mi-an-ma bị đình chỉ tư cách thành viên ASEAN, Thái Lan phản đối.", ("ASEAN",),
     ("MMR",), "2021", S.OCCURRED),
    ("suspend-agent-if",
     "Nếu Hôn-đu-rát bị OAS đình chỉ tư cách thành viên, các nước sẽ họp lại.",
     K.SANCTION, "Năm 2009, Hôn-đu-rát bị OAS đình chỉ tư cách thành viên, các nước họp lại.", ("OAS",), ("HND",),
     "2009", S.OCCURRED),
    ("expel-if",
     "Nếu Nga bị khai trừ khỏi G20, các nước sẽ họp lại.",
     K.MEMBERSHIP_LEAVE, "Năm 2014, Nga bị khai trừ khỏi G8, các nước họp lại.", ("RUS",), ("G8",), "2014",
     S.OCCURRED),
    ("restore-planned",
     "Năm 2022, Liên đoàn Ả-rập dự kiến khôi phục tư cách thành viên của Xy-ri.",
     K.MEMBERSHIP_JOIN, "Năm 2022, Liên đoàn Ả-rập dự kiến khôi phục tư cách thành viên của Xy-ri.", ("SYR",),
     ("ARAB_LEAGUE",), "2022", S.PLANNED),
    # finding 4: an attendance possible, supposed, wished for or to come is not one that happened
    ("present-possible",
     "Năm tới, Việt Nam có thể có mặt tại Hội nghị Thượng đỉnh APEC.",
     K.CONSULT, "Năm 2017, Việt Nam có mặt tại Hội nghị Thượng đỉnh APEC.", ("VNM",), ("APEC",), "2017",
     S.OCCURRED),
    ("present-if-invited",
     "Nếu được mời, Ấn Độ có mặt tại Hội nghị Cấp cao ASEAN.",
     K.CONSULT, "Năm 2019, Ấn Độ có mặt tại Hội nghị Cấp cao ASEAN.", ("IND",), ("ASEAN",), "2019", S.OCCURRED),
    ("present-supposed",
     "Giả sử Nga có mặt tại Hội nghị Cấp cao G20, các nước sẽ phản đối.",
     K.CONSULT, "Năm 2019, Nga có mặt tại Hội nghị Cấp cao G20, các nước phản đối.", ("RUS",), ("G20",), "2019",
     S.OCCURRED),
    ("present-wished",
     "Ông cho biết Nhật Bản mong muốn có mặt tại Hội nghị Cấp cao Đông Á của ASEAN.",
     K.CONSULT, "Ông cho biết Nhật Bản mong muốn có mặt tại Hội nghị Cấp cao Đông Á của ASEAN.", ("JPN",),
     ("EAS",), "", S.PLANNED),
    ("present-hoped",
     "Thủ tướng Ô-xtrây-li-a hy vọng có mặt tại Hội nghị Cấp cao APEC.",
     K.CONSULT, "Thủ tướng Ô-xtrây-li-a hy vọng có mặt tại Hội nghị Cấp cao APEC.", ("AUS",), ("APEC",), "",
     S.PLANNED),
    ("present-to-come",
     "Tổng thống Hàn Quốc sẽ có mặt tại Hội nghị Cấp cao ASEAN.",
     K.CONSULT, "Tổng thống Hàn Quốc sẽ có mặt tại Hội nghị Cấp cao ASEAN.", ("KOR",), ("ASEAN",), "", S.PLANNED),
    # finding 5: a meeting at its organisation's seat is not hosted by the seat's state (gazetteer attr "seat")
    ("held-wto-geneva",
     "Hội nghị Bộ trưởng WTO lần thứ 12 tại Giơ-ne-vơ đã được tổ chức thành công.",
     K.HOST, "Hội nghị Bộ trưởng WTO lần thứ 11 tại Bu-ê-nốt Ai-rét đã được tổ chức thành công.", ("ARG",),
     ("WTO",), "", S.OCCURRED),
    ("held-wto-geneva-bracketed",
     "Hội nghị Bộ trưởng WTO lần thứ 10 tại Giơ-ne-vơ (Thụy Sĩ) đã được tổ chức thành công.",
     K.HOST, "Hội nghị Bộ trưởng WTO lần thứ 9 tại Ba-li (In-đô-nê-xi-a) đã được tổ chức thành công.", ("IDN",),
     ("WTO",), "", S.OCCURRED),
    ("held-un-new-york",
     "Hội nghị Thượng đỉnh Liên Hợp Quốc tại Niu Oóc đã được tổ chức thành công.",
     K.HOST, "Hội nghị Liên Hợp Quốc về Đại dương lần thứ 2 tại Li-xbon (Bồ Đào Nha) đã diễn ra thành công.",
     ("PRT",), ("UNO",), "", S.OCCURRED),
    ("held-un-geneva",
     "Hội nghị Toàn thể Liên Hợp Quốc tại Giơ-ne-vơ đã diễn ra thành công.",
     K.HOST, "Hội nghị Liên Hợp Quốc về Đại dương lần thứ 2 tại Li-xbon (Bồ Đào Nha) đã diễn ra thành công.",
     ("PRT",), ("UNO",), "", S.OCCURRED),
    ("held-unesco-paris",
     "Hội nghị Đại hội đồng UNESCO tại Pa-ri đã diễn ra thành công.",
     K.HOST, "Hội nghị Cấp cao ASEM lần thứ 13 tại Phnôm Pênh đã diễn ra thành công.", ("KHM",), ("ASEM",), "",
     S.OCCURRED),
    ("held-nato-brussels",
     "Hội nghị Thượng đỉnh NATO tại Brúc-xen diễn ra tháng 6/2021.",
     K.HOST, "Hội nghị Thượng đỉnh NATO tại Ma-đrít (Tây Ban Nha) diễn ra tháng 6/2022.", ("ESP",), ("NATO",),
     "2022-06", S.OCCURRED),
    ("held-iaea-vienna",
     "Hội nghị Đại hội đồng IAEA tại Viên đã diễn ra thành công.",
     K.HOST, "Hội nghị Cấp cao ASEAN lần thứ 43 tại Gia-các-ta đã được tổ chức thành công.", ("IDN",), ("ASEAN",),
     "", S.OCCURRED),  # (ASEAN's summits rotate with the chair: no seat recorded, Jakarta's state hosts)
    # finding 10b: a threat to cut aid is no sanction that happened (the project reads a threat as planned)
    ("aid-cut-threatened",
     "Năm 2021, Nhật Bản đe dọa dừng viện trợ cho Mi-an-ma.",
     K.SANCTION, "Năm 2021, Nhật Bản đe dọa dừng viện trợ cho Mi-an-ma.", ("JPN",), ("MMR",), "2021", S.PLANNED),
    ("aid-cut-threatened-doa",
     "Năm 1990, Mỹ dọa cắt viện trợ cho Pa-ki-xtan.",
     K.SANCTION, "Năm 1990, Mỹ cắt viện trợ cho Pa-ki-xtan.", ("USA",), ("PAK",), "1990", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(
    ("negative", "kind", "positive", "actors", "recipients", "date", "status"),
    [pytest.param(*case[1:], id=case[0]) for case in PAIRS],
)
@pytest.mark.rules_alone  # (a rule's reading pinned: the learned reading is off)
def test_review_pairs(negative, kind, positive, actors, recipients, date, status):
    """The statement gives no asserted event of the kind; its positive twin gives the right one."""
    check(negative, kind, actors, recipients, date, S.NEGATED, one_set=False)
    check(positive, kind, actors, recipients, date, status, one_set=False)
