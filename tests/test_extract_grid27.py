"""A twenty-seventh construction grid for the events stage (issue 3; round 27, branch recall-lexicon), from acts the
trigger lexicon had no word for on fresh held-out sets (heldout47 – heldout54), each with its negative twin:

* troops moving in (trigger_troops): "quân đội X đổ bộ lên / tiến vào / tràn qua Y" is a conflict X -> Y, a capital
  marched into standing for its state (events_places); a storm landing, a delegation entering a hall are none;
* troops leaving: "toán quân X cuối cùng rời Y" (a bare "rời" after troops) and "rút hết khỏi Y" are a retreat
  X -> Y; a leader leaving a city is none; "nước này" after a short predicate is not its own subject ("quân đội X
  ... rút hết khỏi nước này": the country before X) (events_demonstratives);
* founders told with their founding text (events_vocab.founders_named): "A, B và C ký Tuyên bố / văn kiện / Hiệp ước
  thành lập O", "A cùng các nước láng giềng ký Hiệp ước thành lập <a name> (O)" (the abbreviation after a name the
  gazetteer lacks), "A cùng B và C lập nên O" join O; a free-trade area or a joint committee set up by an agreement
  is no organisation joined;
* admissions: "X được chấp nhận làm thành viên (đầy đủ)" is a joining as "được công nhận là thành viên" is
  (trigger_aid); with no organisation in play, the one the text is about (its title, or the one its first paragraph
  defines) is joined (events_org_unstated.topic_organisation), unless the sentence names a group of its own;
* a mission set up or a force's deployment authorised in a country (trigger_troops.MISSIONS): "O thành lập Phái bộ
  Liên hợp quốc tại Y", "cho phép triển khai Lực lượng gìn giữ hòa bình tại Y" is O's cooperation with Y, the place
  after "tại" the mission's host (events_groups); a campaign of promotion set up abroad is none;
* an operation opened: "X mở chiến dịch quân sự (đặc biệt) tại Y" is a conflict X -> Y, the place after "tại" its
  target (events_groups); a campaign of another kind is none;
* an instrument of ratification or accession deposited ("X nộp văn kiện phê chuẩn / gia nhập Công ước ...") is a
  ratification (trigger_defs), not when no party deposits it; a resolution rejected ("X bác bỏ nghị quyết của Y") is
  a protest (trigger_disputes), information denied is none;
* a meeting "do X đăng cai" with no organisation is X's hosting, one state's act with no recipient
  (events_unstated); a meeting one chairs ("do Thủ tướng X chủ trì") is no hosting told;
* a time counted in days or weeks from the date told before ("..., nhưng chỉ ba ngày sau, ...", "Chỉ hai tuần sau,
  ...") dates the clause as months and years are counted (dates_counted); a clause with its own date keeps it.

Sentences written for these tests with other countries and dates; whole pipeline. Cases are as in
tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]).
"""

from __future__ import annotations

import pytest

from event_grid import PARAMS, K, S, check, params

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)
# an encyclopedia entry on an organisation: its title, the paragraph defining it, then its history
_ENTRY = (
    "Tổ chức Quốc tế Pháp ngữ\n\nTổ chức Quốc tế Pháp ngữ (OIF) là tổ chức của các nước nói tiếng Pháp.\n\n"
    "Trụ sở đặt tại Pa-ri.\n\nMở rộng\n\n"
)

# fmt: off
CASES: list[tuple] = [
    # --- 1. troops moving in ------------------------------------------------------------------------------------
    ("troops-land",
     "Ngày 20/7/1974, quân đội Thổ Nhĩ Kỳ đổ bộ lên Síp.",
     K.CONFLICT, ("TUR",), ("CYP",), "1974-07-20", S.OCCURRED),
    ("troops-march-into-capital",
     "Ngày 21/8/1968, quân đội Liên Xô đã tiến vào Pra-ha.",
     K.CONFLICT, ("SUN",), ("CSK",), "1968-08-21", S.OCCURRED),
    ("storm-lands-twin",
     "Tháng 11/2013, bão Hai-an đổ bộ vào Phi-líp-pin.",
     K.CONFLICT, *NO),
    ("delegation-enters-twin",
     "Năm 2019, đoàn đại biểu Lào tiến vào Hội trường Thống Nhất.",
     K.CONFLICT, *NO),
    # --- 2. troops leaving --------------------------------------------------------------------------------------
    ("troops-left-bare",
     "Ngày 15/2/1989, toán quân Liên Xô cuối cùng rời Áp-ga-ni-xtan.",
     K.RETREAT, ("SUN",), ("AFG",), "1989-02-15", S.OCCURRED),
    ("troops-left-all",
     "Tháng 9/1994, các đơn vị quân đội Nga cuối cùng đã rút hết khỏi Đức.",
     K.RETREAT, ("RUS",), ("DEU",), "1994-09", S.OCCURRED),
    ("troops-left-this-country",
     "Năm 1991, Lít-va giành lại độc lập. Tháng 8/1993, những đơn vị quân đội Nga cuối cùng mới rút hết khỏi "
     "nước này.",
     K.RETREAT, ("RUS",), ("LTU",), "1993-08", S.OCCURRED),
    ("leader-left-twin",
     "Ngày 3/5/2019, Thủ tướng Nhật Bản rời Hà Nội.",
     K.RETREAT, *NO),
    # --- 3. founders and their founding text -------------------------------------------------------------------
    ("found-declaration-signed",
     "Ngày 8/8/1967, In-đô-nê-xi-a, Ma-lai-xi-a, Phi-líp-pin, Xin-ga-po và Thái Lan ký Tuyên bố thành lập Hiệp hội "
     "các quốc gia Đông Nam Á (ASEAN).",
     K.MEMBERSHIP_JOIN, ("IDN", "MYS", "PHL", "SGP", "THA"), ("ASEAN",), "1967-08-08", S.OCCURRED),
    ("found-with-neighbours",
     "Năm 1992, Bốt-xoa-na cùng các nước láng giềng ký Hiệp ước thành lập Cộng đồng Phát triển Nam Phi (SADC).",
     K.MEMBERSHIP_JOIN, ("BWA",), ("SADC",), "1992", S.OCCURRED),
    ("found-lap-nen",
     "Năm 1989, Ô-xtrây-li-a cùng Nhật Bản và Hàn Quốc lập nên APEC.",
     K.MEMBERSHIP_JOIN, ("AUS", "JPN", "KOR"), ("APEC",), "1989", S.OCCURRED),
    ("free-trade-area-twin",
     "Năm 2005, Thái Lan ký hiệp định thành lập khu thương mại tự do với Ô-xtrây-li-a.",
     K.MEMBERSHIP_JOIN, *NO),
    ("joint-committee-twin",
     "Năm 2010, Việt Nam và Lào ký văn kiện thành lập Ủy ban liên chính phủ.",
     K.MEMBERSHIP_JOIN, *NO),
    # --- 4. admissions ---------------------------------------------------------------------------------------------
    ("join-accepted",
     "Năm 1999, Cam-pu-chia được chấp nhận làm thành viên đầy đủ của ASEAN.",
     K.MEMBERSHIP_JOIN, ("KHM",), ("ASEAN",), "1999", S.OCCURRED),
    ("proposal-accepted-twin",
     "Năm 1999, đề xuất của Cam-pu-chia được chấp nhận.",
     K.MEMBERSHIP_JOIN, *NO),
    ("join-topic-organisation",
     _ENTRY + "Năm 1979, Lào được kết nạp.",
     K.MEMBERSHIP_JOIN, ("LAO",), ("OIF",), "1979", S.OCCURRED),
    ("join-own-group-twin",
     _ENTRY + "Năm 1979, Lào gia nhập Liên minh Thuế quan Đông Dương.",
     K.MEMBERSHIP_JOIN, *NO),
    # --- 5. a mission set up, a force authorised -----------------------------------------------------------------
    ("mission-set-up",
     "Ngày 28/2/1992, Hội đồng Bảo an Liên hợp quốc thông qua Nghị quyết 745, thành lập Phái bộ Liên hợp quốc tại "
     "Cam-pu-chia.",
     K.COOPERATE, ("UNO",), ("KHM",), "1992-02-28", S.OCCURRED),
    ("force-authorised",
     "Ngày 4/3/1964, Hội đồng Bảo an Liên hợp quốc cho phép triển khai Lực lượng gìn giữ hòa bình tại Síp.",
     K.COOPERATE, ("UNO",), ("CYP",), "1964-03-04", S.OCCURRED),
    ("promotion-campaign-twin",
     "Năm 2015, Hàn Quốc thành lập chiến dịch quảng bá du lịch tại Ma-lai-xi-a.",
     K.COOPERATE, *NO),
    # --- 6. an operation opened ---------------------------------------------------------------------------------
    ("operation-opened-at",
     "Ngày 6/10/2001, Mỹ mở chiến dịch quân sự tại Áp-ga-ni-xtan.",
     K.CONFLICT, ("USA",), ("AFG",), "2001-10-06", S.OCCURRED),
    ("campaign-other-twin",
     "Năm 2023, Việt Nam mở chiến dịch quảng bá du lịch tại Nhật Bản.",
     K.CONFLICT, *NO),
    # --- 7. instruments deposited, resolutions rejected ---------------------------------------------------------
    ("ratify-deposit",
     "Tháng 10/2013, Mi-an-ma nộp văn kiện phê chuẩn Công ước Cấm vũ khí hóa học.",
     K.AGREEMENT_RATIFY, ("MMR",), ("CWC",), "2013-10", S.OCCURRED),
    ("ratify-deposit-condition-twin",
     "Hiệp định có hiệu lực sáu mươi ngày sau khi nước thành viên thứ mười nộp văn kiện phê chuẩn.",
     K.AGREEMENT_RATIFY, *NO),
    ("protest-reject-resolution",
     "Ngày 10/6/2010, I-ran bác bỏ Nghị quyết 1929 của Hội đồng Bảo an.",
     K.PROTEST, ("IRN",), ("UNSC",), "2010-06-10", S.OCCURRED),
    ("deny-information-twin",
     "Ngày 10/6/2010, I-ran bác bỏ thông tin về việc thử tên lửa.",
     K.PROTEST, *NO),
    # --- 8. a meeting hosted by one state ------------------------------------------------------------------------
    ("host-by-one-state",
     "Năm 2018, vòng đàm phán hòa bình do Na Uy đăng cai tại Ô-xlô đã diễn ra.",
     K.HOST, ("NOR",), (), "2018", S.OCCURRED),
    ("chaired-twin",
     "Năm 2018, cuộc họp do Thủ tướng Na Uy chủ trì đã diễn ra tại Ô-xlô.",
     K.HOST, *NO),
    # --- 9. days and weeks counted -------------------------------------------------------------------------------
    ("counted-days",
     "Ngày 18/8/1968, Tiệp Khắc bác bỏ yêu sách của Liên Xô, nhưng chỉ ba ngày sau, quân đội Liên Xô đã tiến vào "
     "Pra-ha.",
     K.CONFLICT, ("SUN",), ("CSK",), "1968-08-21", S.OCCURRED),
    ("counted-weeks",
     "Ngày 1/7/1995, Lào ký Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á. Chỉ hai tuần sau, nước này gia nhập ASEAN.",
     K.MEMBERSHIP_JOIN, ("LAO",), ("ASEAN",), "1995-07-15", S.OCCURRED),
    ("counted-own-date-twin",
     "Ngày 1/7/1995, Lào ký Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á. Hai tuần sau, ngày 23/7/1995, nước này gia "
     "nhập ASEAN.",
     K.MEMBERSHIP_JOIN, ("LAO",), ("ASEAN",), "1995-07-23", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)
