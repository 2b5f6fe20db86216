"""Build the hundred-and-ninety-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout193/build_heldout193.py [--check]

A WORKING set of five short documents in shapes the project has few examples of, on Vietnam and partners in
Africa and Latin America: a (fictitious) Vietnam – Algeria joint statement (Hà Nội, 20/4/2026), a news-site
interview with Vietnam's ambassador to Peru on thirty years of relations (12/11/2024), an encyclopedia
biography of Phạm Văn Đồng (1906 – 2000), the Vietnamese Embassy in Tanzania's weekly bulletin (8 – 14/2/2025)
and a statistical annex on the Ministry of Health's cooperation with African and Latin American countries in
2025. Nothing in src/ was changed for them. Facts are well-established; the joint statement, the ambassador
and his words, the embassy's bulletin items, the annex's report number and all its rows are invented. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents. The new shapes are rendered here with plain Python (heldout_kit has no
helpers for them).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, wrap  # noqa: E402

YRA_STATEMENT = {
    "id": "yra",
    "shape": "statement",
    "title_lines": [
        "TUYÊN BỐ CHUNG",
        "GIỮA NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "VÀ NƯỚC CỘNG HÒA DÂN CHỦ VÀ NHÂN DÂN AN-GIÊ-RI",
    ],
    "place": "Hà Nội, ngày 20 tháng 4 năm 2026",
    "blocks": [
        (
            "title",
            "TUYÊN BỐ CHUNG GIỮA NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ NƯỚC CỘNG HÒA DÂN CHỦ VÀ NHÂN DÂN"
            " AN-GIÊ-RI",
        ),
        (
            "list_item",
            "1. Nhận lời mời của Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam, Tổng thống nước Cộng hòa Dân chủ"
            " và Nhân dân An-giê-ri thăm cấp Nhà nước Việt Nam từ ngày 18 đến ngày 20 tháng 4 năm 2026. Hai nhà lãnh"
            " đạo đã hội đàm trong bầu không khí hữu nghị, tin cậy; Tổng thống An-giê-ri đã hội kiến Tổng Bí thư Ban"
            " Chấp hành Trung ương Đảng Cộng sản Việt Nam.",
        ),
        (
            "list_item",
            "2. Hai bên ôn lại truyền thống đoàn kết giữa hai dân tộc từng kề vai sát cánh trong đấu tranh giành độc"
            " lập. Chiến thắng Điện Biên Phủ năm 1954 đã cổ vũ nhân dân An-giê-ri bước vào cuộc khởi nghĩa ngày"
            " 1/11/1954; ngày 28/10/1962, chỉ vài tháng sau khi An-giê-ri giành độc lập, hai nước chính thức thiết lập"
            " quan hệ ngoại giao.",
        ),
        (
            "list_item",
            "3. Trên cơ sở đó, hai nhà lãnh đạo quyết định nâng quan hệ Việt Nam – An-giê-ri lên Đối tác toàn diện.",
        ),
        (
            "list_item",
            "4. Hai bên nhất trí tổ chức kỳ họp tiếp theo của Ủy ban hỗn hợp liên Chính phủ tại An-giê-ri trong năm"
            " 2027.",
        ),
        (
            "list_item",
            "5. Hai bên đánh giá cao hiệu quả của dự án dầu khí Bir Seba có sự tham gia của Tổng công ty Thăm dò"
            " Khai thác Dầu khí (PVEP) và Tập đoàn Sonatrach. Phía Việt Nam sẵn sàng cử chuyên gia nông nghiệp, y tế"
            " sang làm việc tại An-giê-ri.",
        ),
        (
            "list_item",
            "6. Nhân dịp chuyến thăm, hai bên đã ký Bản ghi nhớ về hợp tác nông nghiệp, Bản ghi nhớ giữa hai Học viện"
            " Ngoại giao và Chương trình hợp tác văn hóa giai đoạn 2026 – 2029.",
        ),
        (
            "list_item",
            "7. Phía Việt Nam đánh giá cao những đóng góp của An-giê-ri trên cương vị Ủy viên không thường trực Hội"
            " đồng Bảo an Liên hợp quốc nhiệm kỳ 2024 – 2025. Hai bên nhất trí tiếp tục phối hợp chặt chẽ tại Liên"
            " hợp quốc, Phong trào Không liên kết và Nhóm G77.",
        ),
        (
            "list_item",
            "8. Hai bên bày tỏ quan ngại sâu sắc trước thảm họa nhân đạo tại Dải Gaza, khẳng định ủng hộ thành lập"
            " Nhà nước Palestine độc lập, có chủ quyền trên cơ sở đường biên giới trước năm 1967, cùng tồn tại hòa"
            " bình với Nhà nước Israel.",
        ),
        (
            "list_item",
            "9. Tổng thống An-giê-ri cảm ơn sự đón tiếp nồng hậu của Việt Nam và trân trọng mời Chủ tịch nước Việt"
            " Nam thăm cấp Nhà nước An-giê-ri. Chủ tịch nước vui vẻ nhận lời; thời gian cụ thể sẽ được thu xếp qua"
            " đường ngoại giao.",
        ),
    ],
}

YRB_INTERVIEW = {
    "id": "yrb",
    "shape": "interview",
    "date": "2024-11-12",
    "stamp": "12/11/2024 08:10",
    "byline": "Thanh Hà (PV TTXVN tại Lima)",
    "blocks": [
        ("title", "Đại sứ Đỗ Thanh Bình: Ba mươi năm, Việt Nam và Peru xích lại gần nhau qua APEC và CPTPP"),
        (
            "paragraph",
            "Nhân dịp kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam – Peru (14/11/1994 – 14/11/2024) và Tuần"
            " lễ Cấp cao APEC 2024 tại Lima, Đại sứ Việt Nam tại Peru Đỗ Thanh Bình đã trả lời phỏng vấn phóng viên"
            " TTXVN.",
        ),
        ("paragraph", "PV: Thưa Đại sứ, Đại sứ nhìn nhận thế nào về chặng đường 30 năm quan hệ hai nước?"),
        (
            "paragraph",
            "Đại sứ Đỗ Thanh Bình: Dù cách nhau nửa vòng Trái Đất, Việt Nam và Peru có nhiều điểm gặp gỡ. Hai nước"
            " cùng được kết nạp vào Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC) năm 1998 và hiện đều là"
            " thành viên Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP). Hai bên thường xuyên"
            " trao đổi đoàn và ủng hộ nhau tại các diễn đàn đa phương.",
        ),
        ("paragraph", "PV: CPTPP đã tác động ra sao đến thương mại song phương?"),
        (
            "paragraph",
            "Đại sứ Đỗ Thanh Bình: Hiệp định có hiệu lực đối với Peru từ ngày 19/9/2021, giúp phần lớn dòng thuế"
            " giữa hai nước được cắt giảm. Việt Nam xuất sang Peru điện thoại, giày dép, hàng dệt may; Peru bán cho"
            " ta bột cá, khoáng sản và trái cây. Bitel, thương hiệu của Tập đoàn Viettel, có mặt tại Peru từ năm"
            " 2014. Tuy nhiên, hai nước chưa có đường bay thẳng và chưa ký hiệp định tránh đánh thuế hai lần, nên chi"
            " phí giao thương còn cao.",
        ),
        ("paragraph", "PV: Năm nay Peru là chủ nhà APEC. Hai nước có thể phối hợp thế nào?"),
        (
            "paragraph",
            "Đại sứ Đỗ Thanh Bình: Đây là lần thứ ba Peru đăng cai APEC, và Việt Nam cũng sẽ lần thứ ba làm chủ nhà"
            " vào năm 2027. Chủ tịch nước Lương Cường sẽ dự Tuần lễ Cấp cao APEC tại Lima và tiếp xúc với lãnh đạo"
            " Peru. Ta mong muốn học hỏi kinh nghiệm tổ chức của bạn để chuẩn bị cho Năm APEC 2027.",
        ),
        ("paragraph", "PV: Thời gian tới, Đại sứ quán sẽ ưu tiên những việc gì?"),
        (
            "paragraph",
            "Đại sứ Đỗ Thanh Bình: Chúng tôi sẽ cùng các bộ, ngành thúc đẩy Peru sớm mở cửa thị trường cho bưởi,"
            " thanh long của Việt Nam, đồng thời tổ chức Ngày Việt Nam tại Lima vào năm 2025.",
        ),
        ("paragraph", "PV: Xin cảm ơn Đại sứ!"),
    ],
}

YRC_BIOGRAPHY = {
    "id": "yrc",
    "shape": "biography",
    "blocks": [
        ("title", "Phạm Văn Đồng"),
        ("table", "Chức vụ\tThủ tướng Chính phủ (1955 – 1981), Chủ tịch Hội đồng Bộ trưởng (1981 – 1987)"),
        ("table", "Sinh\t1 tháng 3 năm 1906, Mộ Đức, Quảng Ngãi"),
        ("table", "Mất\t29 tháng 4 năm 2000, Hà Nội"),
        ("table", "Đảng\tĐảng Cộng sản Việt Nam"),
        (
            "paragraph",
            "Phạm Văn Đồng (1906 – 2000) là nhà cách mạng và nhà ngoại giao Việt Nam, người đứng đầu Chính phủ lâu"
            " nhất trong lịch sử nước Việt Nam hiện đại. Ông là Ủy viên Bộ Chính trị từ năm 1951 đến năm 1986, sau đó"
            " là Cố vấn Ban Chấp hành Trung ương Đảng (1986 – 1997).",
        ),
        ("heading", "Hai hội nghị với Pháp", 1),
        (
            "paragraph",
            "Năm 1946, ông dẫn đầu phái đoàn Chính phủ Việt Nam Dân chủ Cộng hòa đàm phán với Pháp tại Hội nghị"
            " Phông-ten-nơ-blô, nhưng cuộc đàm phán không đạt kết quả. Tám năm sau, với tư cách Phó Thủ tướng kiêm"
            " Bộ trưởng Bộ Ngoại giao, ông làm Trưởng đoàn tại Hội nghị Giơ-ne-vơ về Đông Dương; các hiệp định đình"
            " chỉ chiến sự được ký vào tháng 7/1954.",
        ),
        ("heading", "Với các nước Á, Phi và Mỹ Latinh", 1),
        (
            "paragraph",
            "Tháng 4/1955, ông dẫn đầu đoàn Việt Nam Dân chủ Cộng hòa dự Hội nghị Á – Phi tại Băng-đung"
            " (In-đô-nê-xi-a), diễn đàn đặt nền móng cho Phong trào Không liên kết. Trong thời gian ông đứng đầu"
            " Chính phủ, Việt Nam thiết lập quan hệ ngoại giao với Cu-ba ngày 2/12/1960 và với nhiều nước châu Phi"
            " mới giành độc lập, trong đó có An-giê-ri năm 1962.",
        ),
        (
            "paragraph",
            "Tháng 9/1973, ông đón Thủ tướng Cu-ba Fidel Castro, nhà lãnh đạo nước ngoài đầu tiên đến thăm vùng giải"
            " phóng miền Nam Việt Nam, và cùng khách vào Quảng Trị. Việt Nam trở thành thành viên Phong trào Không"
            " liên kết năm 1976 và được kết nạp vào Liên hợp quốc ngày 20/9/1977.",
        ),
        ("heading", "Ghi nhận", 1),
        (
            "paragraph",
            "Ông mất ngày 29/4/2000 tại Hà Nội. Tên ông được đặt cho nhiều trường học, đường phố, trong đó có Trường"
            " Đại học Phạm Văn Đồng ở Quảng Ngãi.",
        ),
    ],
}

YRD_DIGEST = {
    "id": "yrd",
    "shape": "digest",
    "issuer": "ĐẠI SỨ QUÁN VIỆT NAM TẠI TAN-DA-NI-A",
    "issue": "Số 06/2025 | 08/02 – 14/02/2025",
    "footer": "Bản tin lưu hành nội bộ. Gửi: Vụ Tây Á – châu Phi (Bộ Ngoại giao); Vụ Thị trường châu Á – châu Phi (Bộ Công Thương).",
    "blocks": [
        ("title", "BẢN TIN ĐỐI NGOẠI TUẦN"),
        ("heading", "A. TÌNH HÌNH SỞ TẠI VÀ KHU VỰC", 1),
        ("heading", "08/02 – Thượng đỉnh chung EAC – SADC tại Đa-ét Xa-lam", 2),
        (
            "paragraph",
            "Ngày 8/2, Tan-da-ni-a đăng cai Hội nghị thượng đỉnh chung của Cộng đồng Đông Phi (EAC) và Cộng đồng Phát"
            " triển Nam Phi (SADC) về tình hình miền Đông CHDC Công-gô. Các nhà lãnh đạo kêu gọi ngừng bắn ngay lập"
            " tức, vô điều kiện và nối lại đối thoại giữa các bên.",
        ),
        ("heading", "B. QUAN HỆ VIỆT NAM – TAN-DA-NI-A", 1),
        ("heading", "14/02 – Kỷ niệm 60 năm quan hệ ngoại giao", 2),
        (
            "paragraph",
            "Tối 14/2, Đại sứ quán tổ chức chiêu đãi kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam –"
            " Tan-da-ni-a (14/2/1965 – 14/2/2025), với sự tham dự của Thứ trưởng Bộ Ngoại giao và Hợp tác Đông Phi"
            " Tan-da-ni-a. Cùng ngày, Bộ trưởng Ngoại giao hai nước trao đổi điện mừng.",
        ),
        ("heading", "11/02 – Hiệp hội Điều Việt Nam làm việc với Ban Điều Tan-da-ni-a", 2),
        (
            "paragraph",
            "Ngày 11/2, đoàn Hiệp hội Điều Việt Nam (VINACAS) làm việc với Ban Điều Tan-da-ni-a (CBT) tại Đa-ét"
            " Xa-lam. Hai bên thống nhất sẽ ký bản ghi nhớ về truy xuất nguồn gốc điều thô vào tháng 5/2025.",
        ),
        ("heading", "C. HOẠT ĐỘNG CỦA ĐẠI SỨ QUÁN", 1),
        ("heading", "10/02 – Làm việc tại Bộ Nông nghiệp", 2),
        (
            "paragraph",
            "Ngày 10/2, Đại sứ làm việc với Thứ trưởng Bộ Nông nghiệp Tan-da-ni-a về hợp tác trồng lúa và chế biến"
            " nông sản ở vùng Morogoro.",
        ),
        ("heading", "12/02 – Thăm Halotel", 2),
        (
            "paragraph",
            "Ngày 12/2, Đại sứ thăm Công ty Halotel của Viettel, nhà mạng hoạt động tại Tan-da-ni-a từ năm 2015, và"
            " dự lễ trao tặng 50 máy tính cho các trường tiểu học ở Đô-đô-ma.",
        ),
        ("heading", "13/02 – Khảo sát nuôi rong biển tại Zanzibar", 2),
        (
            "paragraph",
            "Ngày 13/2, Tham tán Thương mại dẫn đoàn doanh nghiệp thủy sản Việt Nam khảo sát vùng nuôi rong biển ở"
            " Zanzibar; chính quyền Zanzibar đề nghị hợp tác chế biến rong biển xuất khẩu.",
        ),
        ("heading", "14/02 – Lùi Diễn đàn doanh nghiệp", 2),
        (
            "paragraph",
            "Diễn đàn doanh nghiệp Việt Nam – Tan-da-ni-a nhân dịp 60 năm chưa thể tổ chức trong tháng 2 như dự kiến"
            " do phía bạn chưa bố trí được lịch; Đại sứ quán đề xuất chuyển sang tháng 4/2025.",
        ),
    ],
}

YRE_ANNEX = {
    "id": "yre",
    "shape": "annex",
    "head": ["BỘ Y TẾ"],
    "title_lines": ["Phụ lục 3", "KẾT QUẢ HỢP TÁC Y TẾ VỚI CÁC NƯỚC CHÂU PHI VÀ MỸ LATINH NĂM 2025"],
    "subtitle": "(Kèm theo Báo cáo số 1215/BC-BYT ngày 26/12/2025 của Bộ Y tế)",
    "blocks": [
        ("title", "Phụ lục 3 KẾT QUẢ HỢP TÁC Y TẾ VỚI CÁC NƯỚC CHÂU PHI VÀ MỸ LATINH NĂM 2025"),
        (
            "paragraph",
            "Ghi chú: (1) Số liệu tổng hợp từ báo cáo của các đơn vị trực thuộc Bộ đến ngày 20/12/2025. (2) Cột “Kết"
            " quả” ghi văn kiện đã ký hoặc nội dung đã thống nhất. (3) Giá trị hỗ trợ tính bằng đô la Mỹ.",
        ),
        ("caption", "Bảng 1. Đoàn ra, đoàn vào"),
        ("table", "STT\tThời gian\tĐối tác\tHoạt động\tKết quả"),
        (
            "table",
            "1\t3/2025\tCu-ba\tThứ trưởng dẫn đoàn thăm Trung tâm Kỹ thuật di truyền và Công nghệ sinh học (CIGB) tại"
            " La Ha-ba-na\tThống nhất nghiên cứu chuyển giao công nghệ sản xuất thuốc Heberprot-P",
        ),
        (
            "table",
            "2\t6/2025\tMô-dăm-bích\tĐón đoàn Bộ Y tế Mô-dăm-bích tìm hiểu mô hình y tế cơ sở\tKý Bản ghi nhớ về"
            " đào tạo nhân lực y tế",
        ),
        (
            "table",
            "3\t9/2025\tU-ru-goay\tĐoàn Cục Quản lý Dược làm việc với Bộ Y tế Công cộng U-ru-goay tại"
            " Môn-tê-vi-đê-ô\tChưa thống nhất cơ chế công nhận hồ sơ đăng ký thuốc",
        ),
        (
            "table",
            "4\t11/2025\tMa-rốc\tĐón Bộ trưởng Bộ Y tế và Bảo trợ xã hội Ma-rốc thăm và làm việc\tKý Kế hoạch hợp"
            " tác giai đoạn 2026 – 2028",
        ),
        (
            "paragraph",
            "Năm 2025, Bộ cử 2 đoàn ra và đón 2 đoàn vào từ các nước châu Phi, Mỹ Latinh. Nội dung làm việc với"
            " U-ru-goay sẽ tiếp tục được trao đổi qua đường ngoại giao trong năm 2026.",
        ),
        ("caption", "Bảng 2. Chuyên gia y tế Việt Nam đang làm việc tại châu Phi"),
        ("table", "STT\tNước\tSố người\tChuyên ngành\tGhi chú"),
        ("table", "1\tAn-giê-ri\t46\tNội khoa, sản khoa, gây mê hồi sức\tTheo nghị định thư hợp tác y tế"),
        ("table", "2\tĂng-gô-la\t18\tChâm cứu, y học cổ truyền\tHợp đồng giai đoạn 2024 – 2026"),
        ("table", "3\tMô-dăm-bích\t12\tNhi khoa\tBắt đầu từ tháng 8/2025"),
        (
            "paragraph",
            "Tổng số chuyên gia y tế Việt Nam tại châu Phi là 76 người, tăng 12 người so với năm 2024. Phía Ăng-gô-la"
            " đề nghị tăng số chuyên gia châm cứu trong năm 2026 nhưng Bộ chưa bố trí được nguồn nhân lực.",
        ),
        ("caption", "Bảng 3. Hỗ trợ của Việt Nam"),
        ("table", "Thời gian\tNước nhận\tNội dung\tGiá trị (USD)"),
        ("table", "8/2025\tMô-dăm-bích\tTrang thiết bị nhi khoa cho Bệnh viện Trung ương Ma-pu-tô\t150.000"),
        ("table", "11/2025\tCu-ba\tThuốc, vật tư y tế khắc phục hậu quả bão Melissa\t300.000"),
        (
            "paragraph",
            "Khoản hỗ trợ Cu-ba được trích từ nguồn đóng góp của các bệnh viện trực thuộc Bộ và chuyển qua Đại sứ"
            " quán Cu-ba tại Hà Nội.",
        ),
    ],
}

DOCS = [YRA_STATEMENT, YRB_INTERVIEW, YRC_BIOGRAPHY, YRD_DIGEST, YRE_ANNEX]


def render_statement(doc: dict) -> str:
    """A joint statement as text: the three title lines centred at 78 columns, the numbered paragraphs wrapped
    at 78 columns with a blank line after each, the place-date flush right and the agency's mark."""
    out = [f"{ln:^78}".rstrip() for ln in doc["title_lines"]] + [""]
    for b in doc["blocks"][1:]:
        out += wrap(b[1], 78) + [""]
    out += [f"{doc['place']:>78}", "", "(TTXVN)"]
    return "\n".join(out) + "\n"


def render_interview(doc: dict) -> str:
    """An interview on a news site: <meta name="pubdate">, a site header with its menu, <h1>, a time line, the
    lead in <h2 class="sapo">, the questions in <p><strong> and the answers in <p>, the byline, a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    turns = [
        f"<p><strong>{b[1]}</strong></p>" if b[1].startswith("PV:") else f"<p>{b[1]}</p>" for b in blocks[2:]
    ]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Báo Tin tức</title>\n"
        f'<meta name="pubdate" content="{doc["date"]}T08:10:00+07:00">\n'
        "</head>\n<body>\n"
        '<header class="site"><a class="logo" href="/">Tin tức – TTXVN</a><ul class="menu">'
        '<li><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới</a></li>'
        '<li><a href="/phong-van">Phỏng vấn</a></li></ul></header>\n'
        f'<div class="detail">\n<h1>{title}</h1>\n<p class="time">{doc["stamp"]}</p>\n'
        f'<h2 class="sapo">{lead}</h2>\n' + "\n".join(turns) + "\n"
        f'<p class="author">{doc["byline"]}</p>\n'
        "</div>\n<footer>Báo Tin tức – Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_biography(doc: dict) -> str:
    """A biography copied from an online encyclopedia as text: the name, the infobox rows (label, tab, value)
    one a line, then the lead, the section headings and the paragraphs one a line, blank lines between."""
    blocks = doc["blocks"]
    out = [blocks[0][1], ""]
    out += [b[1] for b in blocks[1:] if b[0] == "table"] + [""]
    for b in blocks[1:]:
        if b[0] != "table":
            out += [b[1], ""]
    return "\n".join(out)


def render_digest(doc: dict) -> str:
    """An embassy's weekly bulletin as the e-mail body: the issuer, the bulletin's name and the issue line, a
    "* * *" separator, the lettered sections, each item under a date-first heading, paragraphs one a line, a
    blank line between items, and the circulation line after a dashed rule."""
    blocks = doc["blocks"]
    out = [doc["issuer"], blocks[0][1], doc["issue"], "* * *", ""]
    for b in blocks[1:]:
        if b[0] == "heading" and b[2] == 1:
            out += [b[1], ""]
        elif b[0] == "heading":
            out.append(b[1])
        else:
            out += [b[1], ""]
    out += ["-" * 40, doc["footer"]]
    return "\n".join(out) + "\n"


def render_annex(doc: dict) -> str:
    """A report's annex saved from Word as text (CRLF, a blank line after every line): the issuer, the title
    lines and the "(Kèm theo …)" line, the notes, each table's caption and its rows (cells separated by tabs),
    the sentences under each table."""
    out = [*doc["head"], *doc["title_lines"], doc["subtitle"]]
    out += [b[1] for b in doc["blocks"][1:]]
    return "".join(ln + "\r\n\r\n" for ln in out)


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
        prefix="yr",
        rendered=True,
        html_shapes=("interview",),
    )


if __name__ == "__main__":
    sys.exit(main())
