"""An eighth construction grid for the events stage (issue 3): statements that are NOT events that happened.
Each negative construction stands beside its positive twin (the same words where the act did happen):
hypotheticals and conditions, wishes, proposals and calls (the one who proposes does not perform the act),
reported claims and denials, questions, negation forms (a cancelled or postponed visit did not happen), generic
and habitual statements and definitions, comparisons with other times (roles and dates of their own, none made
up), and anaphora to a foreign leader (never Vietnam by default). Written for these tests with several
countries, dates and word orders; whole pipeline. The rules are in docs/decisions.md ("Construction grid,
eighth round").

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
    # --- 1. hypotheticals and conditions --------------------------------------------------------------------
    ("hyp-join-twin", "Ngày 11/1/2007, Việt Nam chính thức gia nhập WTO.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("WTO",), "2007-01-11", S.OCCURRED),
    ("hyp-neu-join", "Nếu Việt Nam gia nhập WTO sớm hơn, kim ngạch xuất khẩu đã tăng nhanh hơn nhiều.",
     K.MEMBERSHIP_JOIN, *NO),
    ("hyp-neu-after-main", "Kim ngạch xuất khẩu của Lào sẽ tăng mạnh nếu Lào gia nhập WTO trước năm 2010.",
     K.MEMBERSHIP_JOIN, *NO),
    ("hyp-gia-su-sign", "Giả sử Hoa Kỳ và Việt Nam ký Hiệp định Thương mại song phương năm 1995, quan hệ kinh tế hai nước đã khác.",
     K.AGREEMENT_SIGN, *NO),
    ("hyp-truong-hop-sign", "Trong trường hợp Ấn Độ và Việt Nam ký kết hiệp định thương mại tự do, thuế nhập khẩu sẽ giảm mạnh.",
     K.AGREEMENT_SIGN, *NO),
    ("hyp-co-the-se", "Việt Nam có thể sẽ ký hiệp định thương mại tự do với Ca-na-đa trong năm 2026.",
     K.AGREEMENT_SIGN, *NO),
    ("hyp-kha-nang", "Khả năng Nhật Bản và Việt Nam ký Hiệp định Đối tác kinh tế trong năm 2008 là rất lớn.",
     K.AGREEMENT_SIGN, *NO),
    ("hyp-sign-twin", "Tháng 12/2008, Nhật Bản và Việt Nam ký Hiệp định Đối tác kinh tế.",
     K.AGREEMENT_SIGN, ("JPN", "VNM"), (), "2008-12", S.OCCURRED),
    ("hyp-ca-khi", "Ngay cả khi Phi-líp-pin rút khỏi ASEAN, khối này vẫn tồn tại.",
     K.MEMBERSHIP_LEAVE, *NO),
    ("hyp-leave-twin", "Năm 1999, In-đô-nê-xi-a rút khỏi OPEC.",
     K.MEMBERSHIP_LEAVE, ("IDN",), (), "1999", S.OCCURRED),
    # --- 2. wishes, proposals and calls -------------------------------------------------------------------
    ("wish-aid", "Thủ tướng Phạm Minh Chính mong muốn Ô-xtrây-li-a tăng cường viện trợ cho Việt Nam.",
     K.AID, *NO),
    ("wish-aid-twin", "Năm 2022, Ô-xtrây-li-a viện trợ cho Việt Nam 80 triệu đô la.",
     K.AID, ("AUS",), ("VNM",), "2022", S.OCCURRED),
    ("propose-sign", "Việt Nam đề nghị Liên minh châu Âu sớm ký Hiệp định Bảo hộ đầu tư.",
     K.AGREEMENT_SIGN, *NO),
    ("propose-sign-object-first", "Tại cuộc gặp, phía Việt Nam đề xuất sớm ký Bản ghi nhớ về hợp tác quốc phòng với Phi-líp-pin.",
     K.AGREEMENT_SIGN, *NO),
    ("propose-sign-twin", "Tháng 5/2019, Việt Nam và Phi-líp-pin ký Bản ghi nhớ về hợp tác quốc phòng.",
     K.AGREEMENT_SIGN, ("VNM", "PHL"), (), "2019-05", S.OCCURRED),
    ("call-sign", "Tổng Thư ký Liên Hợp Quốc kêu gọi Nga và U-crai-na ký thỏa thuận ngừng bắn.",
     K.AGREEMENT_SIGN, *NO),
    ("recommend-ratify", "Các chuyên gia kiến nghị Quốc hội sớm phê chuẩn Hiệp định Thương mại tự do Việt Nam – EU.",
     K.AGREEMENT_RATIFY, *NO),
    ("ratify-twin", "Ngày 8/6/2020, Quốc hội Việt Nam phê chuẩn Hiệp định Thương mại tự do Việt Nam – EU.",
     K.AGREEMENT_RATIFY, ("VNM",), (), "2020-06-08", S.OCCURRED),
    ("invite-visit", "Chủ tịch nước mời Tổng thống Bra-xin thăm Việt Nam vào thời gian thích hợp.",
     K.VISIT, *NO),
    ("wish-join", "Đông Ti-mo mong muốn sớm gia nhập ASEAN.",
     K.MEMBERSHIP_JOIN, *NO),
    # --- 3. reported claims and denials -------------------------------------------------------------------
    ("accuse-not-conflict", "Năm 2014, Trung Quốc cáo buộc Phi-líp-pin xâm phạm chủ quyền tại bãi cạn Scarborough.",
     K.CONFLICT, *NO),
    ("deny-report-sign", "Bộ Ngoại giao bác bỏ thông tin cho rằng Việt Nam đã ký thỏa thuận mua vũ khí với Nga.",
     K.AGREEMENT_SIGN, *NO),
    ("rumour-sign", "Có tin đồn Việt Nam và Nga đã ký hợp đồng mua máy bay chiến đấu năm 2019.",
     K.AGREEMENT_SIGN, *NO),
    ("deny-doing", "Ấn Độ phủ nhận việc ký thỏa thuận quân sự với Pa-ki-xtan.",
     K.AGREEMENT_SIGN, *NO),
    ("claim-twin", "Năm 2013, Việt Nam và Nga ký thỏa thuận hợp tác quân sự.",
     K.AGREEMENT_SIGN, ("VNM", "RUS"), (), "2013", S.OCCURRED),
    # --- 4. questions ---------------------------------------------------------------------------------------
    ("question-why", "Vì sao Việt Nam gia nhập WTO?",
     K.MEMBERSHIP_JOIN, *NO),
    ("question-should", "Việt Nam có nên gia nhập CPTPP?",
     K.MEMBERSHIP_JOIN, *NO),
    ("question-whether", "Liệu Thái Lan có gia nhập CPTPP hay không?",
     K.MEMBERSHIP_JOIN, *NO),
    ("question-twin", "Năm 2018, Việt Nam gia nhập CPTPP.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("CPTPP",), "2018", S.OCCURRED),
    # --- 5. negation forms ------------------------------------------------------------------------------------
    ("neg-chua-tung", "Việt Nam chưa từng ký hiệp ước liên minh quân sự với Nga.",
     K.AGREEMENT_SIGN, *NO),
    ("neg-khong-he", "Năm 2016, Lào không hề tham gia CPTPP.",
     K.MEMBERSHIP_JOIN, *NO),
    ("neg-khong-bao-gio", "Cam-pu-chia không bao giờ gia nhập Hội đồng Tương trợ Kinh tế.",
     K.MEMBERSHIP_JOIN, *NO),
    ("neg-chang", "Năm 1979, Thái Lan chẳng viện trợ gì cho Cam-pu-chia.",
     K.AID, *NO),
    ("neg-da-khong", "Năm 1995, Hoa Kỳ đã không ký hiệp định thương mại với Việt Nam.",
     K.AGREEMENT_SIGN, *NO),
    ("neg-refuse-sign", "Tháng 7/2012, Cam-pu-chia từ chối ký Tuyên bố chung của ASEAN.",
     K.AGREEMENT_SIGN, *NO),
    ("neg-withdraw-offer", "Năm 1978, Trung Quốc rút lại đề nghị viện trợ cho Việt Nam.",
     K.AID, *NO),
    ("aid-twin", "Năm 1975, Trung Quốc viện trợ cho Việt Nam.",
     K.AID, ("CHN",), ("VNM",), "1975", S.OCCURRED),
    ("neg-postpone-visit", "Tháng 3/2020, Tổng thống Pháp hoãn chuyến thăm Việt Nam do dịch COVID-19.",
     K.VISIT, *NO),
    ("neg-cancel-visit", "Năm 2016, Tổng thống Phi-líp-pin hủy chuyến thăm Nhật Bản.",
     K.VISIT, *NO),
    ("neg-cancel-visit-nominal", "Chuyến thăm Hàn Quốc của Thủ tướng Thái Lan dự kiến vào tháng 4/2010 đã bị hủy bỏ.",
     K.VISIT, *NO),
    ("visit-twin", "Tháng 3/2018, Tổng thống Pháp thăm chính thức Việt Nam.",
     K.VISIT, ("FRA",), ("VNM",), "2018-03", S.OCCURRED),
    ("neg-not-member", "Ấn Độ không phải là thành viên APEC.",
     K.MEMBERSHIP_JOIN, *NO),
    ("neg-not-yet-member", "Đến năm 2020, Đông Ti-mo vẫn chưa là thành viên ASEAN.",
     K.MEMBERSHIP_JOIN, *NO),
    ("member-twin", "Năm 1998, Việt Nam trở thành thành viên APEC.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("APEC",), "1998", S.OCCURRED),
    # --- 6. generic and habitual statements, definitions -------------------------------------------------------
    ("generic-usually-sign", "Các nước thường ký hiệp định thương mại tự do để giảm thuế quan.",
     K.AGREEMENT_SIGN, *NO),
    ("generic-must-join", "Một quốc gia muốn gia nhập WTO phải đàm phán với các thành viên.",
     K.MEMBERSHIP_JOIN, *NO),
    ("generic-must-negotiate", "Một quốc gia muốn gia nhập WTO phải đàm phán với các thành viên.",
     K.AGREEMENT_NEGOTIATE, *NO),
    ("definition-oda", "Viện trợ phát triển chính thức (ODA) là các khoản viện trợ không hoàn lại hoặc vay ưu đãi của các nước phát triển.",
     K.AID, *NO),
    ("definition-embargo", "Cấm vận là biện pháp mà một nước áp đặt lên nước khác nhằm hạn chế thương mại.",
     K.SANCTION, *NO),
    # --- 7. comparisons with other times --------------------------------------------------------------------
    ("compare-own-event", "Năm 1991, Nhật Bản nối lại viện trợ cho Việt Nam, giống như khi Liên Xô viện trợ cho Cu-ba trong những năm 1960.",
     K.AID, ("JPN",), ("VNM",), "1991", S.OCCURRED),
    # --- 8. anaphora: a foreign leader named before, never Vietnam by default ---------------------------------
    ("anaphora-foreign-leader", "Tổng thống Hàn Quốc Yoon Suk Yeol phát biểu tại Quốc hội nước này. Tháng 3/2023, ông thăm Nhật Bản.",
     K.VISIT, ("KOR",), ("JPN",), "2023-03", S.OCCURRED),
    # --- second round: more words, countries and word orders of the same families ------------------------------
    ("hyp-main-first", "Việt Nam sẽ được hưởng lợi lớn nếu ký kết Hiệp định Thương mại tự do với Ca-na-đa.",
     K.AGREEMENT_SIGN, *NO),
    ("hyp-gia-nhu", "Giá như Hoa Kỳ bình thường hóa quan hệ với Việt Nam từ năm 1978, hai nước đã tránh được nhiều tổn thất.",
     K.RELATIONS_ESTABLISH, *NO),
    ("hyp-co-the", "Việt Nam và Ấn Độ có thể ký hiệp định thương mại tự do trong năm 2027.",
     K.AGREEMENT_SIGN, *NO),
    ("hyp-co-kha-nang", "Có khả năng Thái Lan sẽ gia nhập CPTPP vào năm 2026.",
     K.MEMBERSHIP_JOIN, *NO),
    ("hyp-truong-hop-conflict", "Trong trường hợp Trung Quốc tấn công Đài Loan, kinh tế khu vực sẽ bị ảnh hưởng.",
     K.CONFLICT, *NO),
    ("hyp-co-the-noi", "Có thể nói, năm 1995 Việt Nam gia nhập ASEAN là một bước ngoặt.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("ASEAN",), "1995", S.OCCURRED),
    ("wish-hope-aid", "Lào hy vọng Việt Nam tiếp tục viện trợ xây dựng trường học.",
     K.AID, *NO),
    ("wish-express", "Phía Nhật Bản bày tỏ mong muốn Việt Nam sớm phê chuẩn Hiệp định Đối tác kinh tế.",
     K.AGREEMENT_RATIFY, *NO),
    ("support-join-not-join", "Năm 2022, Việt Nam ủng hộ Đông Ti-mo gia nhập ASEAN.",
     K.MEMBERSHIP_JOIN, *NO),
    ("support-join-is-support", "Năm 2022, Việt Nam ủng hộ Đông Ti-mo gia nhập ASEAN.",
     K.SUPPORT, ("VNM",), ("TLS",), "2022", S.OCCURRED),
    ("propose-upgrade", "Hàn Quốc đề nghị nâng cấp quan hệ với Việt Nam lên Đối tác chiến lược toàn diện.",
     K.RELATIONS_UPGRADE, *NO),
    ("invite-past", "Tổng thống Mỹ đã mời Tổng Bí thư Nguyễn Phú Trọng thăm Hoa Kỳ.",
     K.VISIT, *NO),
    ("invitation-accepted", "Nhận lời mời của Tổng thống Pháp, Chủ tịch nước thăm chính thức Pháp từ ngày 1 đến 3/11/2023.",
     K.VISIT, ("VNM",), ("FRA",), "", S.OCCURRED),
    ("invitation-of", "Theo lời mời của Thủ tướng Lào, Thủ tướng Việt Nam thăm chính thức Lào tháng 1/2024.",
     K.VISIT, ("VNM",), ("LAO",), "2024-01", S.OCCURRED),
    ("deny-aid", "Trung Quốc phủ nhận việc đã viện trợ vũ khí cho Mi-an-ma.",
     K.AID, *NO),
    ("undeniable", "Không thể phủ nhận việc Việt Nam gia nhập ASEAN năm 1995 đã mở ra thời kỳ mới.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("ASEAN",), "1995", S.OCCURRED),
    ("question-why-embargo", "Tại sao Hoa Kỳ cấm vận Cu-ba?",
     K.SANCTION, *NO),
    ("question-should-sign", "Có nên ký Hiệp định Thương mại tự do với Ấn Độ?",
     K.AGREEMENT_SIGN, *NO),
    ("neg-khong-he-aid", "Sau năm 1975, Hoa Kỳ không hề viện trợ cho Việt Nam.",
     K.AID, *NO),
    ("neg-da-khong-attend", "Tháng 11/2023, Thủ tướng Ô-xtrây-li-a đã không dự Hội nghị Cấp cao APEC.",
     K.CONSULT, *NO),
    ("neg-visit-postponed-nominal", "Chuyến thăm Việt Nam của Tổng thống Hoa Kỳ đã phải hoãn lại vì bão.",
     K.VISIT, *NO),
    ("neg-summit-postponed", "Hội nghị Cấp cao ASEAN lần thứ 36 do Việt Nam đăng cai đã bị hoãn do dịch COVID-19.",
     K.HOST, *NO),
    ("neg-not-yet-member-wto", "Năm 2000, Cam-pu-chia chưa phải là thành viên WTO.",
     K.MEMBERSHIP_JOIN, *NO),
    ("neg-khong-ky", "Năm 2015, Việt Nam không ký Nghị định thư bổ sung với Lào.",
     K.AGREEMENT_SIGN, *NO),
    ("neg-chang-bao-gio", "Nhật Bản chẳng bao giờ cấm vận Việt Nam.",
     K.SANCTION, *NO),
    ("generic-host", "Thông thường, nước chủ nhà đăng cai Hội nghị Cấp cao ASEAN.",
     K.HOST, *NO),
    ("generic-chair", "Mỗi nước thành viên lần lượt giữ chức Chủ tịch ASEAN.",
     K.CHAIR, *NO),
    ("generic-fta-def", "Hiệp định thương mại tự do là thỏa thuận giữa hai hay nhiều nước nhằm giảm thuế quan.",
     K.AGREEMENT_SIGN, *NO),
    ("generic-any-country", "Bất kỳ quốc gia nào muốn gia nhập ASEAN cũng phải ở khu vực Đông Nam Á.",
     K.MEMBERSHIP_JOIN, *NO),
    ("compare-cung-nhu", "Năm 1999, cũng như Lào trước đó, Cam-pu-chia gia nhập ASEAN.",
     K.MEMBERSHIP_JOIN, ("KHM",), ("ASEAN",), "1999", S.OCCURRED),
    ("anaphora-ba", "Phó Tổng thống Hoa Kỳ Kamala Harris phát biểu tại Xinh-ga-po. Sau đó, bà thăm Việt Nam.",
     K.VISIT, ("USA",), ("VNM",), "", S.OCCURRED),
    ("anaphora-ong-sign", "Thủ tướng Nhật Bản Shinzo Abe gặp các doanh nghiệp. Năm 2017, ông ký thỏa thuận hợp tác với Ấn Độ.",
     K.AGREEMENT_SIGN, ("JPN", "IND"), (), "2017", S.OCCURRED),
    ("anaphora-vn-leader", "Thủ tướng Phạm Minh Chính làm việc tại Hà Nội. Tháng 9/2023, ông thăm Bra-xin.",
     K.VISIT, ("VNM",), ("BRA",), "2023-09", S.OCCURRED),
    # --- third round: positives the new cues must leave alone, and more negatives -----------------------------
    ("lift-huy-bo", "Năm 1994, Hoa Kỳ hủy bỏ lệnh cấm vận đối với Việt Nam.",
     K.SANCTION_LIFT, ("USA",), ("VNM",), "1994", S.OCCURRED),
    ("lift-bai-bo", "Ngày 3/2/1994, Tổng thống Bill Clinton tuyên bố bãi bỏ lệnh cấm vận đối với Việt Nam.",
     K.SANCTION_LIFT, ("USA",), ("VNM",), "1994-02-03", S.OCCURRED),
    ("da-co-the", "Nhờ đó, năm 2007 Việt Nam đã có thể gia nhập WTO.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("WTO",), "2007", S.OCCURRED),
    ("after-postponing", "Sau khi hoãn chuyến thăm tháng 3, Tổng thống Pháp thăm Việt Nam tháng 6/2020.",
     K.VISIT, ("FRA",), ("VNM",), "2020-06", S.OCCURRED),
    ("ong-with-name", "Tháng 8/2023, ông Nguyễn Văn A, Đại sứ Việt Nam, thăm Lào.",
     K.VISIT, ("VNM",), ("LAO",), "2023-08", S.OCCURRED),
    ("accuse-then-attack", "Trung Quốc cáo buộc Việt Nam, rồi tháng 2/1979 Trung Quốc tấn công Việt Nam.",
     K.CONFLICT, ("CHN",), ("VNM",), "1979-02", S.OCCURRED),
    ("news-attribution", "Theo Tân Hoa xã, ngày 5/3/2024, Trung Quốc và Lào ký Bản ghi nhớ về hợp tác đường sắt.",
     K.AGREEMENT_SIGN, ("CHN", "LAO"), (), "2024-03-05", S.OCCURRED),
    ("support-backing-then-sign", "Ủng hộ Việt Nam gia nhập WTO, năm 2006 Hoa Kỳ ký hiệp định với Việt Nam.",
     K.AGREEMENT_SIGN, ("USA", "VNM"), (), "", S.OCCURRED),
    ("refuse-twin-sign", "Tháng 7/2012, Cam-pu-chia ký Tuyên bố chung của ASEAN.",
     K.AGREEMENT_SIGN, ("KHM",), (), "2012-07", S.OCCURRED),
    ("refuse-attend", "Năm 2021, Mi-an-ma từ chối cử đại diện dự Hội nghị Cấp cao ASEAN.",
     K.CONSULT, *NO),
    ("refuse-recognise", "Năm 1979, Trung Quốc không công nhận Cộng hòa Nhân dân Cam-pu-chia.",
     K.SUPPORT, *NO),
    ("neg-khong-bao-gio-visit", "Tổng thống Mỹ Richard Nixon không bao giờ thăm Hà Nội.",
     K.VISIT, *NO),
    ("neg-chua-he-estab", "Đến nay, Việt Nam chưa hề thiết lập quan hệ ngoại giao với Đài Loan.",
     K.RELATIONS_ESTABLISH, *NO),
    ("neg-ko-con-member", "Năm 1980, Liên Xô không còn là thành viên Hội đồng Bảo an.",
     K.MEMBERSHIP_JOIN, *NO),
    ("neg-postpone-talks", "Năm 2020, Ấn Độ và Việt Nam hoãn cuộc đối thoại quốc phòng.",
     K.CONSULT, *NO),
    ("neg-cancel-summit-passive", "Hội nghị Cấp cao Mỹ – ASEAN tháng 3/2020 đã bị hủy do dịch bệnh.",
     K.CONSULT, *NO),
    ("rumour-passive", "Theo tin đồn, Hiệp định được Trung Quốc và Cam-pu-chia ký năm 2019.",
     K.AGREEMENT_SIGN, *NO),
    ("allege-aid", "Phương Tây cáo buộc Nga viện trợ vũ khí cho Mi-an-ma.",
     K.AID, *NO),
    ("generic-a-country", "Khi một nước gia nhập ASEAN, nước đó phải tuân thủ Hiến chương ASEAN.",
     K.MEMBERSHIP_JOIN, *NO),
    ("generic-what-is", "Hội nhập quốc tế là quá trình các nước tham gia các tổ chức quốc tế.",
     K.MEMBERSHIP_JOIN, *NO),
    ("compare-like-when", "Quan hệ Việt Nam – Lào được củng cố, giống như khi Liên Xô viện trợ cho Cu-ba.",
     K.AID, ("SUN",), ("CUB",), "", S.OCCURRED),
    ("anaphora-ong-visit-vn", "Tổng thống Phi-líp-pin Ferdinand Marcos Jr. phát biểu tại Ma-ni-la. Tháng 1/2024, ông thăm Việt Nam.",
     K.VISIT, ("PHL",), ("VNM",), "2024-01", S.OCCURRED),
    ("anaphora-ong-sentence-start", "Thủ tướng Ô-xtrây-li-a Anthony Albanese phát biểu tại Xít-ni. Ông thăm In-đô-nê-xi-a năm 2022.",
     K.VISIT, ("AUS",), ("IDN",), "2022", S.OCCURRED),
    ("question-did", "Việt Nam đã ký Hiệp định này chưa?",
     K.AGREEMENT_SIGN, *NO),
    ("question-when-heading", "Khi nào Việt Nam gia nhập Liên Hợp Quốc?",
     K.MEMBERSHIP_JOIN, *NO),
    # --- fourth round: requests, threats, considerations, hearsay and denials of other kinds -----------------
    ("propose-invest", "Thủ tướng đề nghị Hàn Quốc tăng cường đầu tư vào Việt Nam.",
     K.COOPERATE, *NO),
    ("propose-pair-upgrade", "Việt Nam và Ấn Độ thiết lập quan hệ năm 1972. Tổng Bí thư đề nghị hai nước sớm nâng cấp quan hệ.",
     K.RELATIONS_UPGRADE, *NO),
    ("demand-retreat", "Năm 1980, Liên Hợp Quốc yêu cầu Liên Xô rút quân khỏi Áp-ga-ni-xtan.",
     K.RETREAT, *NO),
    ("threat-sanction", "Năm 2008, Nga đe dọa cấm vận Gru-di-a.",
     K.SANCTION, *NO),
    ("consider-aid", "Nhật Bản đang cân nhắc viện trợ cho Mi-an-ma.",
     K.AID, *NO),
    ("will-not-sanction", "Hoa Kỳ tuyên bố sẽ không cấm vận Ấn Độ.",
     K.SANCTION, *NO),
    ("not-only-sign", "Năm 2019, Thái Lan không những ký hiệp định với Việt Nam mà còn mở rộng đầu tư.",
     K.AGREEMENT_SIGN, ("THA", "VNM"), (), "2019", S.OCCURRED),
    ("nobody-denies-aid", "Không ai phủ nhận việc Liên Xô viện trợ cho Việt Nam năm 1965.",
     K.AID, ("SUN",), ("VNM",), "1965", S.OCCURRED),
    ("postponed-indefinitely", "Chuyến thăm Triều Tiên của Tổng thống Nga bị hoãn vô thời hạn.",
     K.VISIT, *NO),
    ("once-join", "Một khi Việt Nam gia nhập CPTPP, hàng dệt may sẽ được giảm thuế.",
     K.MEMBERSHIP_JOIN, *NO),
    ("question-lift", "Liệu Hoa Kỳ có dỡ bỏ cấm vận đối với Cu-ba?",
     K.SANCTION_LIFT, *NO),
    ("without-help", "Nếu không có sự giúp đỡ của Liên Xô, Việt Nam khó vượt qua khó khăn.",
     K.AID, *NO),
    ("expected-visit", "Bộ trưởng Ngoại giao Trung Quốc dự kiến thăm Việt Nam vào tuần tới.",
     K.VISIT, *NO),
    ("hope-upgrade", "Hai bên hy vọng sớm nâng cấp quan hệ Việt Nam – Ô-xtrây-li-a.",
     K.RELATIONS_UPGRADE, *NO),
    ("refused-visa-visit", "Năm 2017, Mi-an-ma từ chối cho phái đoàn Liên Hợp Quốc thăm bang Rakhine.",
     K.VISIT, *NO),
    ("not-member-un", "Năm 1970, Việt Nam chưa phải là thành viên Liên Hợp Quốc.",
     K.MEMBERSHIP_JOIN, *NO),
    ("not-at-all-support", "Phương Tây không hề ủng hộ Việt Nam trong vấn đề Cam-pu-chia.",
     K.SUPPORT, *NO),
    ("rumour-visit", "Có tin đồn Thủ tướng Nhật Bản sẽ thăm Việt Nam vào tháng 5.",
     K.VISIT, *NO),
    ("deny-visit", "Nhà Trắng phủ nhận việc Tổng thống Mỹ thăm Đài Loan.",
     K.VISIT, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
@pytest.mark.rules_alone  # (a rule's reading pinned: the learned reading is off)
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def _happened(text: str) -> list:
    return [e for e in extract_text(text).events if e.status in (S.OCCURRED, S.ONGOING)]


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam đề nghị Nhật Bản tăng viện trợ cho các tỉnh miền Trung.",
        "Chính phủ Việt Nam kêu gọi Hàn Quốc viện trợ khắc phục hậu quả bão lũ.",
    ],
)
def test_the_one_who_proposes_does_not_give_the_aid(text):
    got = extract_text(text).events
    assert not any(e.kind is K.AID and "VNM" in e.actors for e in got), show(got)
    assert not any(e.kind is K.AID and e.status is S.OCCURRED for e in got), show(got)


def test_a_comparison_keeps_its_own_roles_and_date():
    text = "Năm 1991, Nhật Bản nối lại viện trợ cho Việt Nam, giống như khi Liên Xô viện trợ cho Cu-ba trong những năm 1960."
    got = extract_text(text).events
    for e in got:
        if e.kind is K.AID and "SUN" in e.actors:
            assert "VNM" not in e.recipients and not e.date.startswith("1991"), show(got)
        if e.kind is K.AID and "JPN" in e.actors:
            assert "CUB" not in e.recipients, show(got)


def test_an_accusation_is_a_protest_not_the_act_it_alleges():
    got = extract_text(
        "Năm 2014, Trung Quốc cáo buộc Phi-líp-pin xâm phạm chủ quyền tại bãi cạn Scarborough."
    ).events
    assert not any(e.kind is K.CONFLICT and "PHL" in e.actors and e.status is S.OCCURRED for e in got), show(
        got
    )


def test_anaphora_after_a_foreign_leader_never_makes_vietnam_the_visitor():
    text = "Thủ tướng Ấn Độ Narendra Modi tiếp Bộ trưởng Ngoại giao Xinh-ga-po. Tháng 9/2016, ông thăm Trung Quốc."
    got = _happened(text)
    assert not any(e.kind is K.VISIT and "VNM" in e.actors for e in got), show(got)


def test_a_party_compared_with_is_not_a_party_of_the_act():
    got = extract_text("Năm 1999, cũng như Lào trước đó, Cam-pu-chia gia nhập ASEAN.").events
    joins = [e for e in got if e.kind is K.MEMBERSHIP_JOIN]
    assert joins and all("LAO" not in e.actors and e.date == "1999" for e in joins), show(got)
