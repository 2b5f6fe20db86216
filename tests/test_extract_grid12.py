"""A twelfth construction grid for the events stage (issue 3): the everyday vocabulary of Vietnamese foreign-affairs
news that the trigger lexicon lacked, each phrasing with its negative twins. Consultations ("làm việc với Đại sứ",
"tiếp xúc với Tổng thống ... bên lề", "gặp song phương", "thảo luận" and "tọa đàm" with their parties), aid ("cung
cấp ... vắc-xin", "đóng góp ... USD cho Quỹ", "chuyển giao công nghệ", "ủng hộ ... USD", "cử đoàn cứu hộ", "xóa
nợ"), investment and trade as material cooperation ("là nhà đầu tư lớn nhất tại", "đầu tư / rót vốn ... vào", "xuất
khẩu ... sang", "kim ngạch thương mại ... đạt", joint drills), armed clashes ("đụng độ", "giao tranh", "chiến sự", "nổ
súng"), a membership granted ("được công nhận là thành viên"), protests ("bác bỏ yêu sách", "yêu cầu ... chấm dứt
ngay"; an expressed concern is none), sanctions ("đưa ... vào danh sách trừng phạt", "hạn chế xuất khẩu vũ khí",
"đóng băng tài sản"), visits and hosting ("thăm và làm việc tại", "là nơi diễn ra"). Negative twins: domestic
parties, generic investors, figurative clashes, a company for a state, negated and planned forms. Sentences written
for these tests (other countries, dates and word orders); whole pipeline. The rules are in docs/decisions.md
("Construction grid, twelfth round").

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A NEGATED
case passes when no event of its kind is asserted as having happened (occurred or ongoing).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import GAP, PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)

# fmt: off
CASES: list[tuple] = [
    # --- 1. consult: working sessions, contacts, bilateral meetings, discussions, seminars ---------------------
    ("work-with-ambassador",
     "Ngày 5/3/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn làm việc với Đại sứ Nhật Bản tại Việt Nam.",
     K.CONSULT, ("VNM",), ("JPN",), "2023-03-05", S.OCCURRED),
    ("work-with-delegation", "Tháng 9/2021, Phó Thủ tướng làm việc với đoàn đại biểu Quốc hội Lào.",
     K.CONSULT, ("VNM",), ("LAO",), "2021-09", S.OCCURRED),
    ("work-with-the-other-side", "Năm 2019, Bộ Công Thương làm việc với phía Ô-xtrây-li-a về thương mại nông sản.",
     K.CONSULT, ("VNM",), ("AUS",), "2019", S.OCCURRED),
    ("work-with-province", "Năm 2022, đoàn công tác làm việc với tỉnh Quảng Ninh.", K.CONSULT, *NO),
    ("work-with-domestic-leaders", "Năm 2022, Thủ tướng làm việc với lãnh đạo tỉnh Nghệ An.", K.CONSULT, *NO),
    ("work-with-own-ambassador", "Năm 2023, Thủ tướng làm việc với Đại sứ Việt Nam tại Nhật Bản.", K.CONSULT, *NO),
    ("contact-on-the-sidelines",
     "Năm 2019, Thủ tướng Nguyễn Xuân Phúc tiếp xúc với Tổng thống Pháp bên lề Hội nghị Thượng đỉnh G20.",
     K.CONSULT, ("VNM",), ("FRA",), "2019", S.OCCURRED),
    ("contact-bilateral", "Tháng 11/2022, Chủ tịch nước gặp song phương Tổng thống Hàn Quốc tại Băng Cốc.",
     K.CONSULT, ("VNM",), ("KOR",), "2022-11", S.OCCURRED),
    ("contact-voters", "Năm 2021, đại biểu Quốc hội tiếp xúc cử tri tại Đà Nẵng.", K.CONSULT, *NO),
    ("work-planned", "Tháng 6/2024, Bộ trưởng Ngoại giao sẽ làm việc với Đại sứ Ca-na-đa.",
     K.CONSULT, ("VNM",), ("CAN",), "2024-06", S.PLANNED),
    ("work-negated", "Năm 2020, Bộ trưởng không làm việc với Đại sứ Thụy Điển.", K.CONSULT, *NO),
    ("discuss-named-parties",
     "Tháng 5/2023, Bộ trưởng Ngoại giao Việt Nam và Ngoại trưởng Ô-xtrây-li-a thảo luận về hợp tác kinh tế.",
     K.CONSULT, ("VNM", "AUS"), (), "2023-05", S.OCCURRED),
    ("discuss-with-partner", "Năm 2018, Thứ trưởng Ngoại giao thảo luận với Đại sứ Ấn Độ về Biển Đông.",
     K.CONSULT, ("VNM",), ("IND",), "2018", S.OCCURRED),
    ("discuss-pair-before",
     "Tháng 4/2022, Việt Nam và Hàn Quốc tổ chức Đối thoại chiến lược lần thứ 8. Hai bên thảo luận về hợp tác quốc phòng.",
     K.CONSULT, ("VNM", "KOR"), (), "2022-04", S.OCCURRED),
    ("discuss-domestic", "Năm 2022, Quốc hội thảo luận về dự án luật đất đai.", K.CONSULT, *NO),
    ("discuss-topic-only", "Năm 2023, các chuyên gia thảo luận về quan hệ Việt Nam – Lào.", K.CONSULT, *NO),
    ("seminar-parties", "Năm 2021, Việt Nam và Hàn Quốc tổ chức tọa đàm về quan hệ hai nước.",
     K.CONSULT, ("VNM", "KOR"), (), "2021", S.OCCURRED),
    ("seminar-topic-only", "Năm 2021, Viện Nghiên cứu Đông Bắc Á tổ chức tọa đàm về quan hệ Việt Nam – Nhật Bản.",
     K.CONSULT, *NO),
    ("political-consultation",
     "Tháng 8/2023, Việt Nam và Ấn Độ tổ chức tham khảo chính trị lần thứ 12 tại Hà Nội.",
     K.CONSULT, ("VNM", "IND"), (), "2023-08", S.OCCURRED),
    ("welcome-ceremony", "Tháng 12/2023, Thủ tướng chủ trì lễ đón chính thức Thủ tướng Nhật Bản.",
     K.CONSULT, ("VNM",), ("JPN",), "2023-12", S.OCCURRED),
    ("welcome-athletes", "Năm 2023, Thành phố tổ chức lễ đón đoàn vận động viên trở về.", K.CONSULT, *NO),
    ("co-organised-seminar-is-cooperation",
     "Tháng 6/2020, Đại sứ quán Việt Nam tại Bru-nây phối hợp với phía bạn tổ chức tọa đàm trực tuyến.",
     K.COOPERATE, ("VNM",), ("BRN",), "2020-06", S.OCCURRED),
    # --- 2. aid: goods, money, technology, rescue teams --------------------------------------------------------
    ("supply-vaccines", "Năm 2021, Mỹ cung cấp cho Việt Nam hơn 40 triệu liều vắc-xin.",
     K.AID, ("USA",), ("VNM",), "2021", S.OCCURRED),
    ("supply-vaccines-object-first", "Tháng 8/2021, Nhật Bản cung cấp 1 triệu liều vắc-xin cho Đài Loan.",
     K.AID, ("JPN",), (), "2021-08", S.OCCURRED),
    ("supply-patrol-boats", "Năm 2017, Hoa Kỳ bàn giao 6 tàu tuần tra cho Cảnh sát biển Việt Nam.",
     K.AID, ("USA",), ("VNM",), "2017", S.OCCURRED),
    ("supply-information", "Năm 2022, Bộ Ngoại giao cung cấp thông tin cho báo chí Nhật Bản.", K.AID, *NO),
    ("supplier-is-trade", "Việt Nam hiện là nhà cung cấp gạo lớn nhất cho Phi-líp-pin.", K.AID, *NO),
    ("supply-domestic", "Năm 2021, Bộ Y tế cung cấp vắc-xin cho các địa phương.", K.AID, *NO),
    ("supply-by-a-company", "Năm 2021, hãng Pfizer cung cấp 31 triệu liều vắc-xin cho Việt Nam.", K.AID, *NO),
    ("supply-planned", "Năm 2022, Ô-xtrây-li-a sẽ cung cấp thêm 7 triệu liều vắc-xin cho Việt Nam.",
     K.AID, ("AUS",), ("VNM",), "2022", S.PLANNED),
    ("vaccines-received-from", "Năm 2021, Việt Nam nhận được 5 triệu liều vắc-xin từ Nhật Bản.",
     K.AID, ("JPN",), ("VNM",), "2021", S.OCCURRED),
    ("vaccines-received-given-by", "Năm 2022, Lào tiếp nhận 2 triệu liều vắc-xin do Pháp trao tặng.",
     K.AID, ("FRA",), ("LAO",), "2022", S.OCCURRED, GAP),  # (the receiver before "do X trao tặng": Vietnam by default)
    ("vaccines-received-domestic", "Năm 2021, Bộ Y tế tiếp nhận 1 triệu liều vắc-xin từ nhà sản xuất.", K.AID, *NO),
    ("contribute-to-fund", "Năm 2022, Việt Nam đóng góp 1 triệu USD cho Quỹ ứng phó COVID-19 của ASEAN.",
     K.AID, ("VNM",), ("ASEAN",), "2022", S.OCCURRED),
    ("contribute-to-organisation", "Năm 2020, Hàn Quốc đóng góp 5 triệu USD cho Liên Hợp Quốc.",
     K.AID, ("KOR",), ("UNO",), "2020", S.OCCURRED),
    ("contribute-ideas", "Năm 2020, Việt Nam đóng góp nhiều sáng kiến cho ASEAN.", K.AID, *NO),
    ("transfer-technology", "Nhật Bản chuyển giao công nghệ đường sắt cho Việt Nam năm 2015.",
     K.AID, ("JPN",), ("VNM",), "2015", S.OCCURRED),
    ("transfer-is-cooperation-topic", "Năm 2015, Việt Nam và Nhật Bản hợp tác chuyển giao công nghệ.",
     K.AID, *NO),
    ("donate-money", "Năm 2023, Việt Nam ủng hộ nhân dân Thổ Nhĩ Kỳ 100.000 USD khắc phục hậu quả động đất.",
     K.AID, ("VNM",), ("TUR",), "2023", S.OCCURRED),
    ("donate-rice", "Năm 2019, Việt Nam ủng hộ Cu-ba 5.000 tấn gạo.", K.AID, ("VNM",), ("CUB",), "2019", S.OCCURRED),
    ("support-is-no-donation", "Năm 2019, Việt Nam ủng hộ Cu-ba trong cuộc đấu tranh chống cấm vận.", K.AID, *NO),
    ("rescue-team", "Tháng 2/2023, Việt Nam cử đoàn cứu hộ sang Thổ Nhĩ Kỳ.",
     K.AID, ("VNM",), ("TUR",), "2023-02", S.OCCURRED),
    ("rescue-domestic", "Năm 2020, Bộ Quốc phòng cử lực lượng cứu hộ tới Quảng Trị.", K.AID, *NO),
    ("debt-relief", "Năm 2000, Nga xóa 85% số nợ cho Việt Nam.", K.AID, ("RUS",), ("VNM",), "2000", S.OCCURRED),
    ("debt-rescheduled", "Năm 2005, Nhật Bản giãn nợ cho In-đô-nê-xi-a.",
     K.AID, ("JPN",), ("IDN",), "2005", S.OCCURRED),
    ("debt-relief-domestic", "Năm 2020, các ngân hàng giãn nợ cho doanh nghiệp.", K.AID, *NO),
    ("debt-repaid", "Năm 2010, In-đô-nê-xi-a trả nợ cho Nhật Bản.", K.AID, *NO),
    ("humanitarian-aid", "Năm 2018, Ô-xtrây-li-a hỗ trợ nhân đạo cho Mi-an-ma.",
     K.AID, ("AUS",), ("MMR",), "2018", S.OCCURRED),
    ("uxo-clearance", "Năm 2016, Hàn Quốc hỗ trợ Việt Nam khắc phục hậu quả bom mìn.",
     K.AID, ("KOR",), ("VNM",), "2016", S.OCCURRED),
    ("grant", "Năm 2010, Nhật Bản viện trợ không hoàn lại cho Cam-pu-chia 20 triệu USD.",
     K.AID, ("JPN",), ("KHM",), "2010", S.OCCURRED),
    # --- 3. cooperate: investment, trade, drills ---------------------------------------------------------------
    ("largest-investor", "Hàn Quốc là nhà đầu tư nước ngoài lớn nhất tại Việt Nam.",
     K.COOPERATE, ("KOR",), ("VNM",), "", S.ONGOING),
    ("one-of-the-largest-investors", "Xin-ga-po là một trong những nhà đầu tư hàng đầu tại Lào.",
     K.COOPERATE, ("SGP",), ("LAO",), "", S.ONGOING),
    ("generic-investors", "Các nhà đầu tư nước ngoài đánh giá cao môi trường kinh doanh tại Việt Nam.",
     K.COOPERATE, *NO),
    ("invest-into", "Năm 2022, Nhật Bản đầu tư 4 tỷ USD vào Việt Nam.",
     K.COOPERATE, ("JPN",), ("VNM",), "2022", S.OCCURRED),
    ("pour-capital", "Năm 2022, các nhà đầu tư Hàn Quốc rót vốn 5 tỷ USD vào In-đô-nê-xi-a.",
     K.COOPERATE, ("KOR",), ("IDN",), "2022", S.OCCURRED),
    ("invest-domestic", "Năm 2022, Việt Nam đầu tư 10 tỷ USD vào hạ tầng giao thông.", K.COOPERATE, *NO),
    ("invest-company", "Năm 2022, tập đoàn Samsung đầu tư thêm 3 tỷ USD vào Việt Nam.", K.COOPERATE, *NO),
    ("export-to", "Năm 2023, Việt Nam xuất khẩu 3 triệu tấn gạo sang Phi-líp-pin.",
     K.COOPERATE, ("VNM",), ("PHL",), "2023", S.OCCURRED),
    ("import-from", "Năm 2021, Ấn Độ nhập khẩu than đá từ Ô-xtrây-li-a.",
     K.COOPERATE, ("IND",), ("AUS",), "2021", S.OCCURRED),
    ("export-negated", "Năm 2022, Việt Nam chưa xuất khẩu sầu riêng sang Ô-xtrây-li-a.", K.COOPERATE, *NO),
    ("export-ongoing", "Hiện nay, Thái Lan vẫn xuất khẩu gạo sang In-đô-nê-xi-a.",
     K.COOPERATE, ("THA",), ("IDN",), "", S.ONGOING),
    ("export-to-markets", "Năm 2023, Việt Nam xuất khẩu gạo sang nhiều thị trường.", K.COOPERATE, *NO),
    ("trade-reached-pair", "Năm 2022, kim ngạch thương mại hai chiều Việt Nam – Trung Quốc đạt 175 tỷ USD.",
     K.COOPERATE, ("VNM", "CHN"), (), "2022", S.OCCURRED),
    ("trade-reached-between", "Năm 2021, kim ngạch thương mại song phương giữa Ấn Độ và Việt Nam đạt 13 tỷ USD.",
     K.COOPERATE, ("VNM", "IND"), (), "2021", S.OCCURRED),
    ("exports-of-to", "Năm 2022, xuất khẩu của Việt Nam sang Hoa Kỳ đạt 109 tỷ USD.",
     K.COOPERATE, ("VNM",), ("USA",), "2022", S.OCCURRED),
    ("two-way-trade", "Năm 2022, thương mại hai chiều Việt Nam – Hàn Quốc đạt 87 tỷ USD.",
     K.COOPERATE, ("VNM", "KOR"), (), "2022", S.OCCURRED),
    ("export-market", "Hoa Kỳ là thị trường xuất khẩu lớn nhất của Việt Nam.",
     K.COOPERATE, ("USA",), ("VNM",), "", S.ONGOING),
    ("importing-country", "Ma-lai-xi-a là một trong những nước nhập khẩu cà phê lớn nhất của Lào.",
     K.COOPERATE, ("MYS",), ("LAO",), "", S.ONGOING),
    ("investment-appraised", "Tuy nhiên, đầu tư của Ca-na-đa vào Việt Nam chưa tương xứng với tiềm năng.",
     K.COOPERATE, *NO),
    ("export-market-generic", "Đây là thị trường xuất khẩu lớn nhất của doanh nghiệp.", K.COOPERATE, *NO),
    ("own-exports", "Năm 2022, kim ngạch xuất khẩu của Việt Nam đạt 371 tỷ USD.", K.COOPERATE, *NO),
    ("joint-drill", "Năm 2019, hải quân Việt Nam và Ấn Độ tổ chức diễn tập chung.",
     K.COOPERATE, ("VNM", "IND"), (), "2019", S.OCCURRED),
    ("joint-patrol", "Năm 2018, Việt Nam và Thái Lan tiến hành tuần tra chung trên biển.",
     K.COOPERATE, ("VNM", "THA"), (), "2018", S.OCCURRED),
    ("drill-alone", "Năm 2020, quân đội tổ chức diễn tập phòng thủ khu vực.", K.COOPERATE, *NO),
    # --- 4. conflict: armed clashes --------------------------------------------------------------------------
    ("clash-with", "Năm 1988, hải quân Trung Quốc đụng độ với Việt Nam tại Gạc Ma.",
     K.CONFLICT, ("CHN",), ("VNM",), "1988", S.OCCURRED),
    ("clash-at-border", "Năm 1969, quân đội Liên Xô đụng độ với Trung Quốc trên sông Ussuri.",
     K.CONFLICT, ("SUN",), ("CHN",), "1969", S.OCCURRED),
    ("fighting", "Năm 2020, Ác-mê-ni-a giao tranh với A-déc-bai-gian.",
     K.CONFLICT, ("ARM",), ("AZE",), "2020", S.OCCURRED),
    ("open-fire", "Năm 1988, hải quân Trung Quốc nổ súng vào tàu của Việt Nam.",
     K.CONFLICT, ("CHN",), ("VNM",), "1988", S.OCCURRED),
    ("clash-armies", "Tháng 6/2020, quân đội Ấn Độ đụng độ với quân đội Trung Quốc tại thung lũng Galwan.",
     K.CONFLICT, ("IND",), ("CHN",), "2020-06", S.OCCURRED),
    ("hostilities-between", "Năm 2022, chiến sự giữa Nga và U-crai-na kéo dài.",
     K.CONFLICT, ("RUS",), ("UKR",), "2022", S.OCCURRED),
    ("clash-with-protesters", "Năm 2023, cảnh sát Pháp đụng độ với người biểu tình tại Pa-ri.", K.CONFLICT, *NO),
    ("fighting-one-side-named", "Năm 2021, giao tranh giữa quân đội Mi-an-ma và các nhóm vũ trang diễn ra ác liệt.",
     K.CONFLICT, *NO),
    ("clash-negated", "Năm 2021, hải quân hai nước Nhật Bản và Trung Quốc không đụng độ với nhau.", K.CONFLICT, *NO),
    ("clash-of-views", "Năm 2019, các đại biểu đụng độ quan điểm về dự luật.", K.CONFLICT, *NO),
    ("clash-of-companies", "Năm 2021, hai công ty đụng độ với nhau trên thị trường.", K.CONFLICT, *NO),
    # --- 5. membership granted ---------------------------------------------------------------------------------
    ("recognised-member", "Năm 2007, Việt Nam được công nhận là thành viên thứ 150 của WTO.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("WTO",), "2007", S.OCCURRED),
    ("recognised-member-is-no-support", "Năm 2007, Việt Nam được công nhận là thành viên thứ 150 của WTO.",
     K.SUPPORT, *NO),
    ("official-seventh-member", "Năm 1995, Việt Nam chính thức trở thành thành viên thứ 7 của ASEAN.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("ASEAN",), "1995", S.OCCURRED),
    ("recognised-member-not-yet", "Năm 2005, Việt Nam chưa được công nhận là thành viên của WTO.",
     K.MEMBERSHIP_JOIN, *NO),
    ("recognition-twin", "Năm 1950, Liên Xô công nhận Việt Nam Dân chủ Cộng hòa.",
     K.SUPPORT, ("SUN",), ("VNM",), "1950", S.OCCURRED),
    # --- 6. protest; a concern voiced is none --------------------------------------------------------------------
    ("reject-claims", "Năm 2016, Việt Nam bác bỏ yêu sách của Trung Quốc ở Biển Đông.",
     K.PROTEST, ("VNM",), ("CHN",), "2016", S.OCCURRED),
    ("reject-so-called", "Năm 2012, Việt Nam kiên quyết bác bỏ cái gọi là “thành phố Tam Sa” của Trung Quốc.",
     K.PROTEST, ("VNM",), ("CHN",), "2012", S.OCCURRED),
    ("reject-report-is-denial", "Năm 2019, Bộ Ngoại giao bác bỏ thông tin cho rằng Việt Nam ký thỏa thuận với Nga.",
     K.PROTEST, *NO),
    ("demand-stop-at-once",
     "Tháng 5/2014, Bộ Ngoại giao yêu cầu Trung Quốc rút ngay giàn khoan khỏi vùng biển của Việt Nam.",
     K.PROTEST, ("VNM",), ("CHN",), "2014-05", S.OCCURRED),
    ("demand-end-violations", "Năm 2020, Phi-líp-pin yêu cầu Trung Quốc chấm dứt ngay các hoạt động vi phạm.",
     K.PROTEST, ("PHL",), ("CHN",), "2020", S.OCCURRED),
    ("demand-domestic", "Năm 2020, Thủ tướng yêu cầu các bộ chấm dứt ngay việc chậm giải ngân.", K.PROTEST, *NO),
    ("diplomatic-note", "Năm 2014, Việt Nam trao công hàm phản đối Trung Quốc.",
     K.PROTEST, ("VNM",), ("CHN",), "2014", S.OCCURRED),
    ("concern-is-no-protest", "Năm 2021, Việt Nam bày tỏ quan ngại sâu sắc về các hoạt động của Trung Quốc.",
     K.PROTEST, *NO),
    # --- 7. sanction ---------------------------------------------------------------------------------------------
    ("impose-embargo", "Năm 2014, EU áp đặt lệnh cấm vận đối với Nga.",
     K.SANCTION, ("EU",), ("RUS",), "2014", S.OCCURRED),
    ("blacklist", "Năm 2022, Mỹ đưa Nga vào danh sách trừng phạt.", K.SANCTION, ("USA",), ("RUS",), "2022", S.OCCURRED),
    ("blacklist-entities", "Năm 2019, Hoa Kỳ bổ sung 28 thực thể của Trung Quốc vào danh sách đen.",
     K.SANCTION, ("USA",), ("CHN",), "2019", S.OCCURRED),
    ("blacklist-planned", "Năm 2023, EU dự kiến đưa thêm Bê-la-rút vào danh sách trừng phạt.",
     K.SANCTION, ("EU",), ("BLR",), "2023", S.PLANNED),
    ("blacklist-domestic", "Năm 2022, Bộ Công an đưa 20 doanh nghiệp vào danh sách đen.", K.SANCTION, *NO),
    ("arms-restriction", "Năm 1984, Mỹ hạn chế xuất khẩu vũ khí sang Việt Nam.",
     K.SANCTION, ("USA",), ("VNM",), "1984", S.OCCURRED),
    ("arms-ban-lifted", "Năm 2016, Mỹ dỡ bỏ lệnh cấm bán vũ khí sát thương cho Việt Nam.",
     K.SANCTION_LIFT, ("USA",), ("VNM",), "2016", S.OCCURRED),
    ("arms-ban-lifted-is-no-sanction", "Năm 2016, Mỹ dỡ bỏ lệnh cấm bán vũ khí sát thương cho Việt Nam.",
     K.SANCTION, *NO),
    ("freeze-assets", "Năm 2022, Ca-na-đa đóng băng tài sản của Nga.",
     K.SANCTION, ("CAN",), ("RUS",), "2022", S.OCCURRED),
    # --- 8. visit and host -------------------------------------------------------------------------------------
    ("visit-and-work", "Năm 2023, Thủ tướng Nhật Bản đến thăm và làm việc tại Việt Nam.",
     K.VISIT, ("JPN",), ("VNM",), "2023", S.OCCURRED),
    ("visit-and-work-abroad", "Tháng 10/2022, Tổng Bí thư Nguyễn Phú Trọng thăm chính thức và làm việc tại Trung Quốc.",
     K.VISIT, ("VNM",), ("CHN",), "2022-10", S.OCCURRED),
    ("working-trip", "Tháng 3/2023, Phó Thủ tướng có chuyến công tác tại Nhật Bản.",
     K.VISIT, ("VNM",), ("JPN",), "2023-03", S.OCCURRED),
    ("working-trip-province", "Tháng 3/2023, Phó Thủ tướng có chuyến công tác tại tỉnh Cà Mau.", K.VISIT, *NO),
    ("visit-and-work-planned", "Năm 2025, Thủ tướng Ấn Độ sẽ thăm và làm việc tại Việt Nam.",
     K.VISIT, ("IND",), ("VNM",), "2025", S.PLANNED),
    ("work-in-province", "Năm 2022, Thủ tướng đến thăm và làm việc tại tỉnh Cà Mau.", K.VISIT, *NO),
    ("home-venue", "Năm 2017, Đà Nẵng là nơi diễn ra Tuần lễ Cấp cao APEC.",
     K.HOST, ("VNM",), ("APEC",), "2017", S.OCCURRED),
    ("home-venue-festival", "Năm 2017, Đà Nẵng là nơi diễn ra nhiều lễ hội pháo hoa.", K.HOST, *NO),
    ("host-country", "Năm 2020, Việt Nam là nước chủ nhà Hội nghị Cấp cao ASEAN.",
     K.HOST, ("VNM",), ("ASEAN",), "2020", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC or not recipients)


def test_a_seminar_organised_together_is_no_manner():
    """ "phối hợp với X tổ chức tọa đàm": the seminar is what the coordination does, not another act it is the
    manner of (the cooperation stays; no consultation without the parties as its subject)."""
    got = extract_text(
        "Tháng 6/2020, Đại sứ quán Việt Nam tại Bru-nây phối hợp với phía bạn tổ chức tọa đàm trực tuyến."
    ).events
    assert [e.kind for e in got] == [K.COOPERATE], show(got)


def test_a_home_city_with_no_meeting_hosts_nothing():
    got = extract_text("Hà Nội là nơi diễn ra nhiều sự kiện văn hóa.").events
    assert not any(e.kind is K.HOST for e in got), show(got)


def test_the_place_after_a_visit_is_its_destination_not_another_visitor():
    got = extract_text("Năm 2023, Tổng thống Hàn Quốc đến thăm và làm việc tại Việt Nam.").events
    visits = [e for e in got if e.kind is K.VISIT]
    assert [(e.actors, e.recipients) for e in visits] == [(("KOR",), ("VNM",))], show(got)


def test_trade_needs_a_state_as_its_subject():
    got = extract_text(
        "Năm 1978, một công ty đã khiếu nại rằng phí kiểm tra theo luật năm 1970 của Ý khi nhập khẩu thịt bò từ Pháp "
        "sang Ý là trái với hai Quy định từ năm 1964 và 1968."
    ).events
    assert not any(e.kind is K.COOPERATE for e in got), show(got)
