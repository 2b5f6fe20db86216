"""A twenty-fifth construction grid for the events stage (issue 3), from the report and plan shapes of the fresh
held-out sets (heldout47 – heldout54: a provincial Department of Foreign Affairs' year-end report, a ministry's
plan of numbered tasks), each with its negative twin:

* a delegation sent to a capital or a city ("cử đoàn công tác sang Bu-đa-pét", "đưa đoàn doanh nghiệp sang
  Đô-ha"): the place gone to after "sang / tới / đến / đi / qua" stands for its country (places); a delegation
  going to two countries ("đi Ả-rập Xê-út và Ca-ta") visits both, and one sent "sang khảo sát thị trường tại X"
  visits X (events_places.destination, trigger_acts). A delegation sent to survey a place at home visits no one;
* ties kept up with a foreign province ("Quan hệ hợp tác (toàn diện) với tỉnh X (Lào) tiếp tục được duy trì") are
  relations, not cooperation (events_members.listed_ties; "hợp tác kinh tế" stays cooperation); told as the subject
  with the foreign side alone ("... với tỉnh X của nước bạn Lào tiếp tục được duy trì") in a Vietnamese writer's
  report, the writer holds them (events_unstated); "giữa tỉnh ta và tỉnh X (Lào)": "tỉnh ta" is one name (places).
  The other side's wish ("phía bạn mong muốn củng cố quan hệ ...") is no ties kept;
* a foreign visitor coming over with no place after the verb ("đoàn đại biểu tỉnh X (Lào) ... sang dự Lễ hội ...",
  "Đại sứ X cùng đoàn doanh nghiệp nước này đến làm việc với lãnh đạo tỉnh", "sang thăm vào tháng 3", "sang thăm
  Khu chứng tích ...", "đoàn doanh nghiệp X ... đã đến khảo sát": a country's businesses, not one firm) comes to the
  writer's side (trigger visit_come, events_destination); workers going to work
  are no travellers, and the one who receives ("đón đoàn X đến khảo sát") is no visitor; an act "Nhân kỷ niệm N năm
  <event> (<its date>), ..." is dated by the anniversary (dates_counted.occasion_date), not the day remembered;
* a work handed over as aid ("tỉnh đã bàn giao cho phía bạn công trình trường tiểu học", trigger aid_works), "phía
  bạn" the foreign place visited in its sentence ("sang thăm tỉnh X; nhân dịp này, ...": events_partner); a
  contractor's handover at home is no aid;
* the writer's own task asking a partner for aid ("Đề nghị KOICA xem xét tài trợ ...", "Tiếp tục đề nghị phía Nhật
  Bản hỗ trợ ...") is aid to come from the one asked (events_sides); a call on others to help a third is none;
  training for another country's people ("đào tạo (ngắn hạn cho) 20 cán bộ (ngành X) của <country / its
  ministry>") is aid to that country (events_donor.trainees_of, trigger aid_training);
* "hai bên sẽ ký Kế hoạch hợp tác ...": a cooperation plan is a document signed (triggers._AGREEMENT_NOUN); one
  drawn up is not, and the plan's name ("Kế hoạch hợp tác") tells no cooperation of its own (events);
* "đã thăm và làm việc tại tỉnh X; nhân dịp này, hai bên ký ...": a place standing for its country is one of the
  pair "hai bên" reads (events: the places before the pairs); the Vietnamese spellings of the partner provinces
  seen ("Chung-chơng Bắc / Nam", "Gun-ma", "Ô-ca-y-a-ma": data/curated_places.tsv).

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
    # --- 2. a province's ties kept up with a foreign province -----------------------------------------------------
    ("ties-cooperation-kept",
     _REPORT + "1. Quan hệ hợp tác với tỉnh Hủa Phăn (Lào) tiếp tục được duy trì; hai bên trao đổi đoàn thường xuyên.",
     K.RELATIONS, ("VNM",), ("LAO",), "2023", S.ONGOING),
    # twin: cooperation in a sector stays cooperation
    ("ties-sector-twin",
     _REPORT + "1. Quan hệ hợp tác kinh tế với tỉnh Hủa Phăn (Lào) tiếp tục được duy trì.",
     K.RELATIONS, *NO),
    ("ties-foreign-province-of-country",
     _REPORT + "1. Quan hệ hữu nghị, hợp tác với tỉnh Hủa Phăn của nước bạn Lào tiếp tục được duy trì và phát triển.",
     K.RELATIONS, ("VNM",), ("LAO",), "2023", S.ONGOING),
    ("ties-our-province-and-x",
     _REPORT + "1. Quan hệ hữu nghị giữa tỉnh ta và tỉnh Hủa Phăn (Lào) tiếp tục được duy trì.",
     K.RELATIONS, ("VNM",), ("LAO",), "2023", S.ONGOING),
    # twin: the other side's wish to strengthen the ties is no ties kept
    ("ties-wish-twin",
     _REPORT + "1. Tháng 6/2023, tiếp Đại sứ Lào tại Việt Nam. Phía bạn bày tỏ mong muốn củng cố quan hệ hữu nghị "
     "truyền thống giữa hai Đảng, hai nước.",
     K.RELATIONS, *NO),
    # twin: our province and a Vietnamese one are one side
    ("ties-domestic-twin",
     _REPORT + "1. Quan hệ hữu nghị giữa tỉnh ta và tỉnh Nghệ An tiếp tục được duy trì.",
     K.RELATIONS, *NO),
    # --- 3. a foreign visitor coming over, no place written after the verb ---------------------------------------
    ("visitor-comes-to-attend",
     _REPORT + "2. Tháng 4/2023, đoàn đại biểu tỉnh Hủa Phăn (Lào) do Phó Tỉnh trưởng dẫn đầu sang dự Lễ hội Cầu Ngư.",
     K.VISIT, ("LAO",), ("VNM",), "2023-04", S.OCCURRED),
    ("visitor-ambassador-comes-to-work",
     _REPORT + "2. Tháng 10/2023, Đại sứ Ca-dắc-xtan tại Việt Nam cùng đoàn doanh nghiệp nước này đến làm việc với "
     "lãnh đạo tỉnh.",
     K.VISIT, ("KAZ",), ("VNM",), "2023-10", S.OCCURRED),
    ("visitor-one-of-those-received",
     _REPORT + "2. Trong năm, tỉnh đã đón 25 đoàn khách quốc tế, trong đó có đoàn đại biểu tỉnh Hủa Phăn (Lào) sang "
     "dự Hội chợ thương mại vào tháng 9/2023.",
     K.VISIT, ("LAO",), ("VNM",), "2023-09", S.OCCURRED),
    ("visitor-site-visited",
     _REPORT + "2. Tháng 8/2023, đoàn cựu chiến binh Ô-xtrây-li-a đã sang thăm Khu di tích Long Tân.",
     K.VISIT, ("AUS",), ("VNM",), "2023-08", S.OCCURRED),
    ("visitor-received-then-time",
     _TASKS + "1. Đón đoàn đại biểu tỉnh Hủa Phăn sang thăm vào tháng 5/2024.",
     K.VISIT, ("LAO",), ("VNM",), "2024-05", S.PLANNED),
    ("visitor-business-delegation-comes",
     _REPORT + "2. Tháng 10/2023, đoàn doanh nghiệp Bru-nây do Phòng Thương mại Bru-nây dẫn đầu đã đến khảo sát các "
     "khu công nghiệp của tỉnh.",
     K.VISIT, ("BRN",), ("VNM",), "2023-10", S.OCCURRED),
    # twin: workers going to work at a plant are no traveller
    ("visitor-workers-twin",
     _REPORT + "2. Năm 2023, nhiều lao động của tỉnh đến làm việc tại các nhà máy ở khu công nghiệp.",
     K.VISIT, *NO),
    # an act on the occasion of an anniversary is dated by the anniversary, not by the day remembered
    ("occasion-anniversary-date",
     _REPORT + "2. Nhân kỷ niệm 55 năm Chiến thắng Đường 9 – Nam Lào (23/3/1968), đoàn cựu chiến binh Lào đã sang "
     "thăm Khu di tích Đường 9.",
     K.VISIT, ("LAO",), ("VNM",), "2023-03", S.OCCURRED),
    # twin: the clause's own date stays
    ("occasion-own-date-twin",
     _REPORT + "2. Nhân kỷ niệm 55 năm Chiến thắng Đường 9 – Nam Lào (23/3/1968), ngày 20/3/2023, đoàn cựu chiến binh "
     "Lào đã sang thăm Khu di tích Đường 9.",
     K.VISIT, ("LAO",), ("VNM",), "2023-03-20", S.OCCURRED),
    # twin: the anniversary of the act itself remembers its day
    ("occasion-own-anniversary-twin",
     "Nhân kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Lào (5/9/1962), hai bên tổ chức nhiều hoạt "
     "động.",
     K.RELATIONS_ESTABLISH, ("VNM", "LAO"), (), "1962-09-05", S.OCCURRED),
    # --- 4. a work handed over as aid ---------------------------------------------------------------------------
    ("works-handed-over",
     _REPORT + "2. Tháng 10/2023, đoàn đại biểu tỉnh sang thăm và làm việc tại tỉnh Hủa Phăn; nhân dịp này, tỉnh "
     "đã bàn giao cho phía bạn công trình trường tiểu học ở huyện Viêng Xay.",
     K.AID, ("VNM",), ("LAO",), "2023-10", S.OCCURRED),
    ("works-given-to-province",
     _REPORT + "2. Tháng 10/2023, tỉnh trao tặng cho tỉnh Hủa Phăn (Lào) ngôi trường tiểu học Hữu nghị.",
     K.AID, ("VNM",), ("LAO",), "2023-10", S.OCCURRED),
    # twin: a contractor's handover of a work at home is no aid
    ("works-contractor-twin",
     _REPORT + "2. Tháng 10/2023, nhà thầu đã bàn giao cho chủ đầu tư công trình trường tiểu học xã Cẩm Xuyên.",
     K.AID, *NO),
    # --- 5. the writer's task asking a partner for aid -----------------------------------------------------------
    ("aid-asked-of-agency",
     _TASKS + "3. Đề nghị KOICA xem xét tài trợ giai đoạn 2 của dự án cấp nước sạch cho huyện miền núi.",
     K.AID, ("KOR",), ("VNM",), "", S.PLANNED),
    ("aid-asked-of-partner",
     _TASKS + "3. Tiếp tục đề nghị phía Nhật Bản hỗ trợ đào tạo cán bộ quản lý khu công nghiệp.",
     K.AID, ("JPN",), ("VNM",), "", S.PLANNED),
    # training for another country's officials: their country receives
    ("aid-trainees-of-ministry",
     _TASKS + "4. Hỗ trợ đào tạo 15 cán bộ của Bộ Nông nghiệp và Phát triển nông thôn Mô-dăm-bích về thủy lợi.",
     K.AID, ("VNM",), ("MOZ",), "", S.PLANNED),
    ("aid-trainees-short-course",
     _TASKS + "4. Phối hợp với Trường Đại học Y đào tạo ngắn hạn cho 30 cán bộ ngành y tế của Lào.",
     K.AID, ("VNM",), ("LAO",), "", S.PLANNED),
    ("aid-trainees-named-donor",
     "Năm 2019, Nhật Bản hỗ trợ đào tạo 200 kỹ sư của Việt Nam về đường sắt cao tốc.",
     K.AID, ("JPN",), ("VNM",), "2019", S.OCCURRED),
    # twin: the province's own officials trained name no foreign party
    ("aid-own-trainees-twin",
     _TASKS + "4. Hỗ trợ đào tạo 20 cán bộ của tỉnh về quản lý dự án.",
     K.AID, *NO),
    # twin: a call on others to help a third country is no aid told
    ("aid-call-on-others-twin",
     _TASKS + "3. Kêu gọi các nước thành viên ASEAN hỗ trợ Mi-an-ma khắc phục hậu quả động đất.",
     K.AID, *NO),
    # --- 6. a cooperation plan signed -------------------------------------------------------------------------
    ("plan-signed",
     _TASKS + "1. Tháng 5/2024, đón đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm và làm việc; hai bên sẽ ký Kế "
     "hoạch hợp tác giai đoạn 2024 – 2026.",
     K.AGREEMENT_SIGN, ("VNM", "LAO"), (), "", S.PLANNED),
    # twin: a plan drawn up is not signed
    ("plan-drawn-up-twin",
     _TASKS + "1. Sở Ngoại vụ xây dựng Kế hoạch hợp tác với tỉnh Hủa Phăn (Lào) năm 2024.",
     K.AGREEMENT_SIGN, *NO),
    # twin: the plan's name tells no cooperation of its own
    ("plan-name-no-cooperation-twin",
     _TASKS + "1. Tháng 5/2024, đón đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm và làm việc; hai bên sẽ ký Kế "
     "hoạch hợp tác giai đoạn 2024 – 2026.",
     K.COOPERATE, *NO),
    # --- 7. "hai bên" after a foreign place visited; the places' Vietnamese spellings ------------------------------
    ("pair-place-visited-signs",
     _REPORT + "2. Từ ngày 12 đến 15/9/2023, đoàn đại biểu tỉnh do Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc "
     "tại tỉnh Chung-chơng Nam; nhân dịp này, hai bên ký Biên bản ghi nhớ về hợp tác giáo dục.",
     K.AGREEMENT_SIGN, ("VNM", "KOR"), (), "2023-09-12/2023-09-15", S.OCCURRED),
    ("place-spelling-prefecture",
     _REPORT + "2. Tháng 4/2023, đoàn đại biểu tỉnh Ô-ca-y-a-ma do Phó Thống đốc dẫn đầu sang dự Lễ hội Hoa Ban.",
     K.VISIT, ("JPN",), ("VNM",), "2023-04", S.OCCURRED),
    # twin: a Vietnamese province visited and "hai bên": one side
    ("pair-place-domestic-twin",
     _REPORT + "2. Tháng 9/2023, đoàn đại biểu tỉnh đã làm việc tại tỉnh Nghệ An; nhân dịp này, hai bên ký Biên bản "
     "ghi nhớ về hợp tác du lịch.",
     K.AGREEMENT_SIGN, *NO),
    # twin: the receiver is no visitor of the one received ("đón đoàn X đến khảo sát": X visits)
    ("visitor-receiver-twin",
     _TASKS + "2. Đón đoàn doanh nghiệp Ca-dắc-xtan đến khảo sát các khu công nghiệp trong tháng 6/2024.",
     K.VISIT, ("KAZ",), ("VNM",), "2024-06", S.PLANNED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)
