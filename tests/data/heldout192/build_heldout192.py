"""Build the hundred-and-ninety-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout192/build_heldout192.py [--check]

A WORKING set of five short documents in shapes the project has few examples of, on Vietnam and its
Southeast Asian neighbours: a (fictitious) Vietnam – Thailand joint statement for the fiftieth anniversary
of relations (Bangkok, 7/8/2026), a newspaper interview on Timor-Leste's admission to ASEAN (28/10/2025),
the obituary biography of Foreign Minister Nguyễn Cơ Thạch (1921 – 1998), the weekly foreign-affairs bulletin
of the Vietnamese Consulate General in Pakse (1 – 7/9/2025) and a statistical annex on the Ministry of
Agriculture and Environment's cooperation with ASEAN countries in 2025. Nothing in src/ was changed for
them. Facts are well-established; the joint statement, the ambassador and his words, the consulate's
bulletin items, the annex's report number and all its rows are invented. Events, citations and questions
gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents. The new shapes are rendered here with plain Python (heldout_kit has no helpers for them).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, wrap  # noqa: E402

YQA_STATEMENT = {
    "id": "yqa",
    "shape": "statement",
    "title_lines": [
        "TUYÊN BỐ CHUNG",
        "GIỮA NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ VƯƠNG QUỐC THÁI LAN",
        "NHÂN DỊP KỶ NIỆM 50 NĂM THIẾT LẬP QUAN HỆ NGOẠI GIAO",
    ],
    "place": "Băng Cốc, ngày 7 tháng 8 năm 2026",
    "blocks": [
        (
            "title",
            "TUYÊN BỐ CHUNG GIỮA NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ VƯƠNG QUỐC THÁI LAN"
            " NHÂN DỊP KỶ NIỆM 50 NĂM THIẾT LẬP QUAN HỆ NGOẠI GIAO",
        ),
        (
            "paragraph",
            "Nhận lời mời của Thủ tướng Vương quốc Thái Lan, Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa"
            " Việt Nam thăm chính thức Vương quốc Thái Lan từ ngày 5 đến ngày 7 tháng 8 năm 2026, đúng dịp hai nước"
            " kỷ niệm 50 năm thiết lập quan hệ ngoại giao (6/8/1976 – 6/8/2026). Trong chuyến thăm, Thủ tướng Việt"
            " Nam đã hội đàm với Thủ tướng Thái Lan.",
        ),
        (
            "paragraph",
            "Hai bên hài lòng nhận thấy quan hệ Việt Nam – Thái Lan đã phát triển mạnh mẽ, từ Đối tác chiến lược"
            " năm 2013 lên Đối tác chiến lược toàn diện vào tháng 5/2025.",
        ),
        ("heading", "I. CHÍNH TRỊ, QUỐC PHÒNG VÀ AN NINH", 1),
        (
            "list_item",
            "1. Hai bên nhất trí tổ chức Họp Nội các chung tiếp theo vào năm 2027.",
        ),
        (
            "list_item",
            "2. Hai bên khẳng định không để bất kỳ cá nhân, tổ chức nào sử dụng lãnh thổ nước mình chống phá nước"
            " kia. Nhân dịp chuyến thăm, hai bên đã ký Chương trình hành động triển khai quan hệ Đối tác chiến lược"
            " toàn diện giai đoạn 2026 – 2030 và Bản ghi nhớ về hợp tác phòng, chống tội phạm công nghệ cao.",
        ),
        ("heading", "II. KINH TẾ VÀ KẾT NỐI", 1),
        (
            "list_item",
            "3. Hai bên nhất trí triển khai hiệu quả Chiến lược “Ba Kết nối”, phấn đấu sớm đưa kim ngạch thương mại"
            " song phương lên 25 tỷ USD theo hướng cân bằng hơn.",
        ),
        (
            "list_item",
            "4. Hai bên nhất trí đẩy mạnh kết nối giao thông đường bộ qua Lào và mở thêm đường bay thẳng giữa các"
            " địa phương.",
        ),
        ("heading", "III. HỢP TÁC KHU VỰC VÀ QUỐC TẾ", 1),
        (
            "list_item",
            "5. Về Biển Đông, hai bên nhấn mạnh việc giải quyết tranh chấp bằng biện pháp hòa bình trên cơ sở luật"
            " pháp quốc tế, nhất là Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS); thực hiện đầy đủ DOC và"
            " sớm hoàn tất Bộ Quy tắc ứng xử ở Biển Đông (COC) hiệu quả, thực chất.",
        ),
        (
            "list_item",
            "6. Phía Việt Nam hoan nghênh việc Thái Lan và Campuchia đạt được thỏa thuận ngừng bắn tại Putrajaya"
            " (Ma-lai-xi-a) ngày 28/7/2025, ủng hộ hai nước tiếp tục giải quyết bất đồng bằng biện pháp hòa bình,"
            " thông qua đối thoại.",
        ),
        ("list_item", "7. Phía Thái Lan khẳng định ủng hộ Việt Nam tổ chức thành công Năm APEC 2027."),
        (
            "paragraph",
            "Thủ tướng Việt Nam cảm ơn sự đón tiếp trọng thị của Chính phủ Thái Lan và trân trọng mời Thủ tướng Thái"
            " Lan sang thăm chính thức Việt Nam vào thời điểm thuận tiện. Thủ tướng Thái Lan vui vẻ nhận lời.",
        ),
    ],
}

YQB_INTERVIEW = {
    "id": "yqb",
    "shape": "interview",
    "crumb": "Trang chủ » Thời sự » Phỏng vấn",
    "stamp": "Thứ Ba, 28/10/2025 07:45",
    "byline": "Minh Anh (thực hiện)",
    "blocks": [
        ("title", "Đại sứ Tôn Thất Minh Khoa: Timor-Leste vào ASEAN là thắng lợi của đồng thuận và kiên trì"),
        (
            "paragraph",
            "TG&VN. Ngày 26/10, tại Hội nghị Cấp cao ASEAN lần thứ 47 ở Kuala Lumpur (Ma-lai-xi-a), Timor-Leste"
            " chính thức được kết nạp làm thành viên thứ 11 của Hiệp hội. Nhân dịp này, Đại sứ Tôn Thất Minh Khoa,"
            " Trưởng Phái đoàn đại diện thường trực Việt Nam tại ASEAN, đã trả lời phỏng vấn Báo Thế giới và Việt"
            " Nam.",
        ),
        ("paragraph", "PV: Thưa Đại sứ, con đường vào ASEAN của Timor-Leste đã kéo dài bao lâu?"),
        (
            "paragraph",
            "Đại sứ Tôn Thất Minh Khoa: Timor-Leste nộp đơn xin gia nhập từ năm 2011, nghĩa là bạn đã kiên trì gần"
            " 15 năm. Tháng 11/2022, tại Phnôm Pênh, lãnh đạo các nước ASEAN nhất trí về nguyên tắc kết nạp"
            " Timor-Leste và cho phép nước này dự các cuộc họp của Hiệp hội với tư cách quan sát viên. Tháng 5/2023,"
            " Lộ trình để Timor-Leste trở thành thành viên đầy đủ được thông qua tại Labuan Bajo (In-đô-nê-xi-a)."
            " Đây là lần mở rộng đầu tiên của ASEAN kể từ khi Campuchia gia nhập năm 1999.",
        ),
        ("paragraph", "PV: Việt Nam đã đóng góp gì vào quá trình này?"),
        (
            "paragraph",
            "Đại sứ Tôn Thất Minh Khoa: Việt Nam trước sau như một ủng hộ nguyện vọng chính đáng của Timor-Leste."
            " Từ năm 2023, ta đã phối hợp với Ban Thư ký ASEAN mở nhiều khóa bồi dưỡng về quy trình, văn kiện ASEAN"
            " cho cán bộ ngoại giao của bạn, cả ở Hà Nội và Đi-li.",
        ),
        ("paragraph", "PV: Còn quan hệ song phương thì sao, thưa Đại sứ?"),
        (
            "paragraph",
            "Đại sứ Tôn Thất Minh Khoa: Hai nước thiết lập quan hệ ngoại giao ngày 28/7/2002, chỉ hơn hai tháng sau"
            " khi Timor-Leste khôi phục độc lập. Mạng di động Telemor do Viettel đầu tư đã có mặt ở nước bạn hơn"
            " mười năm. Năm ngoái, Timor-Leste trở thành thành viên thứ 166 của Tổ chức Thương mại thế giới (WTO),"
            " tạo thêm cơ hội cho doanh nghiệp hai bên. Dù vậy, kim ngạch thương mại còn nhỏ và hai nước vẫn chưa"
            " có đường bay thẳng.",
        ),
        ("paragraph", "PV: Thời gian tới, Timor-Leste cần làm gì để hội nhập đầy đủ?"),
        (
            "paragraph",
            "Đại sứ Tôn Thất Minh Khoa: Bạn còn phải tham gia hàng trăm hiệp định, văn kiện của ASEAN và hiện chưa"
            " phải là thành viên Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP). Năm 2026, Phi-líp-pin sẽ giữ"
            " vai trò Chủ tịch ASEAN, và đó cũng là năm đầu tiên Timor-Leste tham gia với tư cách thành viên đầy đủ."
            " Về phía mình, Việt Nam sẽ tiếp tục đào tạo cán bộ và cử chuyên gia nông nghiệp sang giúp bạn nâng cao"
            " năng suất lúa.",
        ),
        ("paragraph", "PV: Xin trân trọng cảm ơn Đại sứ!"),
    ],
}

YQC_BIOGRAPHY = {
    "id": "yqc",
    "shape": "biography",
    "title_lines": [
        "TIỂU SỬ ĐỒNG CHÍ NGUYỄN CƠ THẠCH",
        "Nguyên Ủy viên Bộ Chính trị, nguyên Phó Chủ tịch Hội đồng Bộ trưởng,",
        "nguyên Bộ trưởng Bộ Ngoại giao",
    ],
    "blocks": [
        (
            "title",
            "TIỂU SỬ ĐỒNG CHÍ NGUYỄN CƠ THẠCH Nguyên Ủy viên Bộ Chính trị, nguyên Phó Chủ tịch Hội đồng Bộ trưởng,"
            " nguyên Bộ trưởng Bộ Ngoại giao",
        ),
        (
            "paragraph",
            "Đồng chí Nguyễn Cơ Thạch, tên khai sinh là Phạm Văn Cương, sinh ngày 15 tháng 5 năm 1921, quê ở tỉnh"
            " Nam Định. Đồng chí tham gia hoạt động cách mạng từ trước Cách mạng Tháng Tám năm 1945 và trải qua"
            " nhiều cương vị công tác trong kháng chiến chống thực dân Pháp.",
        ),
        (
            "paragraph",
            "Sau năm 1954, đồng chí chuyển sang ngành ngoại giao, làm Tổng Lãnh sự nước Việt Nam Dân chủ Cộng hòa"
            " tại Ấn Độ (1956 – 1960), Phó Trưởng đoàn Việt Nam tại Hội nghị Giơ-ne-vơ về Lào (1961 – 1962), rồi"
            " Thứ trưởng Bộ Ngoại giao. Với Hiệp định Giơ-ne-vơ về Lào ký ngày 23/7/1962, các nước tham gia hội nghị"
            " cam kết tôn trọng nền trung lập của Lào.",
        ),
        (
            "paragraph",
            "Từ năm 1980 đến năm 1991, đồng chí là Bộ trưởng Bộ Ngoại giao; Ủy viên dự khuyết Bộ Chính trị khóa V,"
            " Ủy viên Bộ Chính trị khóa VI; từ năm 1987 kiêm Phó Chủ tịch Hội đồng Bộ trưởng.",
        ),
        (
            "paragraph",
            "Trong những năm đất nước bị bao vây, cấm vận, đồng chí cùng tập thể lãnh đạo Bộ kiên trì tìm kiếm giải"
            " pháp chính trị cho vấn đề Campuchia. Tháng 7/1988, đồng chí dẫn đầu đoàn Việt Nam dự Cuộc gặp không"
            " chính thức Gia-các-ta lần thứ nhất (JIM-1) tại Bô-go (In-đô-nê-xi-a), nơi các phái Campuchia lần đầu"
            " ngồi cùng bàn với Việt Nam, Lào và các nước ASEAN. Năm sau, đồng chí dự Hội nghị quốc tế Pa-ri về"
            " Campuchia; ngày 26/9/1989, những đơn vị quân tình nguyện Việt Nam cuối cùng rút khỏi Campuchia.",
        ),
        (
            "paragraph",
            "Kiên trì chủ trương “thêm bạn, bớt thù” theo tinh thần Nghị quyết 13 của Bộ Chính trị (5/1988), đồng"
            " chí góp phần mở ra quan hệ với các nước ASEAN và từng bước phá thế bao vây, cấm vận. Năm 1990, đồng chí"
            " gặp Ngoại trưởng Mỹ James Baker tại Niu Oóc. Những nỗ lực đó tạo tiền đề để Hiệp định Pa-ri về"
            " Campuchia được ký ngày 23/10/1991, Việt Nam tham gia Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC)"
            " năm 1992 và trở thành thành viên thứ bảy của ASEAN ngày 28/7/1995.",
        ),
        (
            "paragraph",
            "Đồng chí từ trần ngày 10 tháng 4 năm 1998 tại Hà Nội. Với những công lao to lớn đối với sự nghiệp cách"
            " mạng của Đảng và dân tộc, đồng chí được Đảng, Nhà nước tặng thưởng nhiều huân chương cao quý.",
        ),
    ],
}

YQD_DIGEST = {
    "id": "yqd",
    "shape": "digest",
    "issuer": "TỔNG LÃNH SỰ QUÁN NƯỚC CHXHCN VIỆT NAM TẠI PAKSE",
    "issue": "Số 36/2025 · Tuần từ 01/9 đến 07/9/2025",
    "footer": "Nơi nhận: Vụ Đông Nam Á – Nam Á – Nam Thái Bình Dương; Cục Lãnh sự; UBND các tỉnh Quảng Trị, Quảng Ngãi.",
    "blocks": [
        ("title", "BẢN TIN ĐỐI NGOẠI TUẦN"),
        ("heading", "I. HOẠT ĐỘNG KỶ NIỆM", 1),
        ("heading", "Chiêu đãi mừng Quốc khánh (01/9)", 2),
        (
            "paragraph",
            "Tối 1/9, Tổng Lãnh sự quán tổ chức chiêu đãi kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9."
            " Phó Tỉnh trưởng tỉnh Chămpasắc đã đến dự và chúc mừng.",
        ),
        ("heading", "Dâng hoa nhân 63 năm quan hệ ngoại giao (05/9)", 2),
        (
            "paragraph",
            "Sáng 5/9, nhân kỷ niệm 63 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Lào (5/9/1962 – 5/9/2025),"
            " cán bộ Tổng Lãnh sự quán cùng lãnh đạo tỉnh Chămpasắc dâng hoa tại Đài tưởng niệm quân tình nguyện"
            " Việt Nam ở Pakse.",
        ),
        ("heading", "II. HỢP TÁC VỚI CÁC TỈNH NAM LÀO", 1),
        ("heading", "Làm việc với Tỉnh trưởng Xê Kông (03/9)", 2),
        (
            "paragraph",
            "Ngày 3/9, Tổng Lãnh sự Lê Văn Thuận làm việc với Tỉnh trưởng tỉnh Xê Kông về tiến độ xây dựng Trường"
            " phổ thông dân tộc nội trú do Chính phủ Việt Nam viện trợ.",
        ),
        ("heading", "Đoàn tỉnh Quảng Ngãi thăm Attapư (04 – 06/9)", 2),
        (
            "paragraph",
            "Từ ngày 4 đến 6/9, đoàn đại biểu tỉnh Quảng Ngãi do Phó Chủ tịch UBND tỉnh dẫn đầu thăm, làm việc tại"
            " tỉnh Attapư. Hai tỉnh ký Biên bản ghi nhớ hợp tác giai đoạn 2025 – 2030, ưu tiên thương mại qua cửa"
            " khẩu quốc tế Bờ Y – Phu Cưa.",
        ),
        ("heading", "Tiếp nhận hài cốt liệt sĩ (06/9)", 2),
        (
            "paragraph",
            "Ngày 6/9, tại cửa khẩu quốc tế La Lay, tỉnh Salavan bàn giao cho tỉnh Quảng Trị 11 hài cốt liệt sĩ quân"
            " tình nguyện và chuyên gia Việt Nam hy sinh tại Lào.",
        ),
        ("heading", "III. LÃNH SỰ, CỘNG ĐỒNG VÀ CÁC ĐỐI TÁC KHÁC", 1),
        ("heading", "Trao đổi với Tổng Lãnh sự Thái Lan (02/9)", 2),
        (
            "paragraph",
            "Ngày 2/9, Tổng Lãnh sự trao đổi với Tổng Lãnh sự Thái Lan tại Pakse về phối hợp bảo hộ công dân Việt"
            " Nam xuất, nhập cảnh qua cửa khẩu Vang Tao – Chong Mek; phía Thái Lan cho biết sẽ tạo điều kiện cho"
            " lao động Việt Nam quá cảnh.",
        ),
        ("heading", "Trao học bổng (04/9)", 2),
        (
            "paragraph",
            "Ngày 4/9, Tổng Lãnh sự quán trao 30 suất học bổng của Chính phủ Việt Nam cho học sinh, sinh viên bốn"
            " tỉnh Nam Lào sang học tập tại Việt Nam năm học 2025 – 2026.",
        ),
        ("heading", "Hội chợ thương mại chưa tổ chức được (07/9)", 2),
        (
            "paragraph",
            "Hội chợ thương mại Việt Nam – Lào tại Pakse, dự kiến khai mạc ngày 12/9, chưa thể tổ chức do phía bạn"
            " chưa hoàn tất thủ tục bố trí mặt bằng; Ban Tổ chức đề xuất lùi sang tháng 11/2025.",
        ),
    ],
}

YQE_ANNEX = {
    "id": "yqe",
    "shape": "annex",
    "head": ["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VỤ HỢP TÁC QUỐC TẾ"],
    "title_lines": ["Phụ lục II", "TỔNG HỢP HOẠT ĐỘNG HỢP TÁC VỚI CÁC NƯỚC ASEAN NĂM 2025"],
    "subtitle": "(Kèm theo Báo cáo số 487/BC-HTQT ngày 22/12/2025 của Vụ Hợp tác quốc tế)",
    "blocks": [
        ("title", "Phụ lục II TỔNG HỢP HOẠT ĐỘNG HỢP TÁC VỚI CÁC NƯỚC ASEAN NĂM 2025"),
        (
            "paragraph",
            "Ghi chú: Số liệu tính đến hết ngày 15/12/2025; không thống kê các cuộc họp trực tuyến. Thời gian ghi"
            " theo tháng diễn ra hoạt động; kinh phí là giá trị đã giải ngân.",
        ),
        ("caption", "Bảng 1. Đoàn ra, đoàn vào cấp Bộ"),
        ("table", "Thời gian\tĐối tác\tHoạt động\tKết quả"),
        (
            "table",
            "3/2025\tLào\tBộ trưởng Bộ Nông nghiệp và Lâm nghiệp Lào thăm, làm việc tại Hà Nội\tThống nhất kế hoạch"
            " hợp tác năm 2025",
        ),
        (
            "table",
            "5/2025\tCampuchia\tThứ trưởng dẫn đoàn dự kỳ họp Nhóm công tác nông nghiệp tại Phnôm Pênh\tKý biên"
            " bản kỳ họp",
        ),
        (
            "table",
            "7/2025\tPhi-líp-pin\tĐón đoàn Bộ Nông nghiệp Phi-líp-pin trao đổi về thương mại gạo\tChưa ký thỏa"
            " thuận cung ứng gạo",
        ),
        (
            "table",
            "10/2025\tIn-đô-nê-xi-a\tĐoàn Cục Thủy sản và Kiểm ngư tham vấn về chống khai thác IUU tại"
            " Gia-các-ta\tLập đường dây nóng nghề cá",
        ),
        (
            "paragraph",
            "Trong năm, Vụ đã phục vụ 4 đoàn cấp Bộ, gồm 2 đoàn ra và 2 đoàn vào. Do Phi-líp-pin tạm ngừng nhập"
            " khẩu gạo từ ngày 1/9/2025, thỏa thuận cung ứng gạo chưa được ký trong năm.",
        ),
        ("caption", "Bảng 2. Văn kiện hợp tác"),
        ("table", "Ngày ký\tĐối tác\tVăn kiện\tTình trạng"),
        (
            "table",
            "19/6/2025\tXin-ga-po\tBản ghi nhớ về an toàn thực phẩm với Cơ quan Thực phẩm Xin-ga-po (SFA)\tĐã ký",
        ),
        (
            "table",
            "26/8/2025\tLào\tKế hoạch phối hợp phòng, chống dịch bệnh động vật vùng biên giới\tĐã ký",
        ),
        (
            "table",
            "–\tThái Lan\tBản ghi nhớ về kiểm dịch thực vật đối với trái cây nhiệt đới\tĐang đàm phán",
        ),
        (
            "paragraph",
            "Bản ghi nhớ với Thái Lan dự kiến được ký trong năm 2026, sau khi hai bên thống nhất danh mục trái cây"
            " được cấp phép.",
        ),
        ("caption", "Bảng 3. Hỗ trợ kỹ thuật của Việt Nam"),
        ("table", "Nước nhận\tNội dung\tKinh phí (triệu đồng)\tTình trạng"),
        (
            "table",
            "Lào\tChuyển giao giống lúa, kỹ thuật canh tác cho tỉnh Hủa Phăn\t3.500\tĐã hoàn thành",
        ),
        ("table", "Timor-Leste\tCử 4 chuyên gia thủy lợi và trồng lúa\t1.200\tĐang thực hiện"),
        ("table", "Campuchia\tĐào tạo 25 cán bộ thú y\t–\tChưa triển khai"),
        (
            "paragraph",
            "Khóa đào tạo cán bộ thú y cho Campuchia chưa triển khai được do phía bạn chưa gửi danh sách học viên;"
            " Vụ sẽ báo cáo Lãnh đạo Bộ xem xét.",
        ),
    ],
}

DOCS = [YQA_STATEMENT, YQB_INTERVIEW, YQC_BIOGRAPHY, YQD_DIGEST, YQE_ANNEX]


def render_statement(doc: dict) -> str:
    """A joint statement copied from the Government portal: the three title lines centred at 80 columns, then
    the paragraphs, section headings and numbered paragraphs one a line with a blank line between, and the
    place-date flush right at the end."""
    out = [f"{ln:^80}".rstrip() for ln in doc["title_lines"]] + [""]
    for b in doc["blocks"][1:]:
        out += [b[1], ""]
    out.append(f"{doc['place']:>80}")
    return "\n".join(out) + "\n"


def render_interview(doc: dict) -> str:
    """An interview copied from a newspaper site as text: the breadcrumb, the title and the date line, then
    the lead and the speaker turns ("PV:" / "Đại sứ …:") one a line with blank lines between, the byline."""
    blocks = doc["blocks"]
    out = [doc["crumb"], "", blocks[0][1], doc["stamp"], ""]
    for b in blocks[1:]:
        out += [b[1], ""]
    out.append(doc["byline"])
    return "\n".join(out) + "\n"


def render_biography(doc: dict) -> str:
    """An obituary biography as printed ("Tiểu sử đồng chí …"): the centred title lines (70 columns), then
    paragraphs wrapped at 70 columns with a four-space first-line indent and a blank line after each."""
    out = [f"{ln:^70}".rstrip() for ln in doc["title_lines"]] + [""]
    for b in doc["blocks"][1:]:
        lines = wrap(b[1], 66)
        out += ["    " + lines[0], *lines[1:], ""]
    return "\n".join(out)


def render_digest(doc: dict) -> str:
    """A consulate's weekly bulletin as plain text: the issuer, a rule, the bulletin's name, the issue/week
    line and a rule, then the roman-numeral sections, each item under a "◆" heading with its date, items
    wrapped at 72 columns, a blank line between items, and the circulation line after a rule."""
    rule = "=" * 50
    blocks = doc["blocks"]
    out = [doc["issuer"], rule, blocks[0][1], doc["issue"], rule, ""]
    for b in blocks[1:]:
        if b[0] == "heading" and b[2] == 1:
            out += [b[1], ""]
        elif b[0] == "heading":
            out.append("◆ " + b[1])
        else:
            out += wrap(b[1], 72) + [""]
    out += [rule, doc["footer"]]
    return "\n".join(out) + "\n"


def render_annex(doc: dict) -> str:
    """A report's annex saved from Word as text (CRLF): the issuer lines, the title lines and the "(Kèm theo
    …)" line, then the notes, each table's caption, its rows with the cells separated by tabs (no blank line
    between rows) and the sentences under it, a blank line after the other lines."""
    out = [*doc["head"], "", *doc["title_lines"], doc["subtitle"], ""]
    blocks = doc["blocks"]
    for i, b in enumerate(blocks[1:], start=1):
        out.append(b[1])
        nxt = blocks[i + 1][0] if i + 1 < len(blocks) else ""
        if not (b[0] in ("caption", "table") and nxt == "table"):
            out.append("")
    return "\r\n".join(out) + "\r\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "statement": render_statement,
            "interview": render_interview,
            "biography": render_biography,
            "digest": render_digest,
            "annex": render_annex,
        },
        prefix="yq",
        rendered=True,
        html_shapes=(),
    )


if __name__ == "__main__":
    sys.exit(main())
