"""Build the hundred-and-fourteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout114/build_heldout114.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use as their main topic (the Vietnam – Laos land border from the delimitation
treaty of 1977 to the protocol of 2016, the Vietnamese Consulate General in Savannakhet's report on 2024,
the signing of the border protocol in Hà Nội on 16/3/2016, a (fictitious) Ministry of Industry and Trade
plan for border trade with Laos in 2026, an encyclopedia entry on the Vietnam – Laos Treaty of Friendship
and Cooperation of 1977). Nothing in src/ was changed for them. Facts are well-established; authors,
journal, page numbers, document numbers, the consulate's report items and all quoted words are invented,
the ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are written
by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    headed_journal,
    news_page,
    plan_text,
    word_text,
)

TZA_BORDER = {
    "id": "tza",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU ĐÔNG DƯƠNG – Số 4 (2024)",
    "first_page": 37,
    "break_after": 14,
    "blocks": [
        ("title", "BIÊN GIỚI VIỆT NAM – LÀO: TỪ HIỆP ƯỚC HOẠCH ĐỊNH NĂM 1977 ĐẾN NGHỊ ĐỊNH THƯ NĂM 2016"),
        ("author", "Nông Thị Hải Yến"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khái quát quá trình hoạch định, phân giới, cắm mốc đường biên giới Việt Nam – Lào và gợi ý hướng hợp tác kinh tế cửa khẩu.",
            "vi",
        ),
        ("keywords", "biên giới Việt Nam – Lào; mốc quốc giới; cửa khẩu; quan hệ đặc biệt", "vi"),
        ("heading", "1. Một đường biên giới được hoạch định sớm", 1),
        (
            "paragraph",
            "Việt Nam và Lào thiết lập quan hệ ngoại giao ngày 5/9/1962. Chưa đầy hai năm sau khi nước Cộng hòa Dân chủ Nhân dân Lào ra đời, ngày 18/7/1977, tại Viêng Chăn, hai nước ký Hiệp ước Hữu nghị và Hợp tác, đồng thời ký Hiệp ước hoạch định biên giới quốc gia. Trên cơ sở đó, từ năm 1978 đến năm 1987, các đội liên hợp của hai bên đã phân giới, cắm mốc trên toàn tuyến biên giới dài khoảng 2.337 km, đi qua 10 tỉnh của mỗi nước (Lê Hồng Quang, 2012, tr. 41). Năm 1990, hai Chính phủ ký Hiệp định về Quy chế biên giới quốc gia, làm cơ sở cho việc mở các cặp cửa khẩu đầu tiên.",
        ),
        ("heading", "2. Tăng dày và tôn tạo hệ thống mốc quốc giới", 1),
        (
            "paragraph",
            "Do hệ thống mốc cũ còn thưa, nhiều mốc bị hư hỏng hoặc xê dịch, từ năm 2008, hai nước triển khai Dự án tăng dày và tôn tạo hệ thống mốc quốc giới. Ngày 16/3/2016, tại Hà Nội, trước sự chứng kiến của Thủ tướng Nguyễn Tấn Dũng và Thủ tướng Thongsing Thammavong, đại diện hai Chính phủ ký Nghị định thư về đường biên giới và mốc quốc giới cùng Hiệp định về Quy chế quản lý biên giới và cửa khẩu biên giới trên đất liền. Hai văn kiện có hiệu lực từ ngày 5/9/2017. Theo một nhà nghiên cứu, đó là lần đầu tiên “toàn bộ hướng đi của đường biên giới được thể hiện rõ ràng bằng một hệ thống mốc hiện đại” (Vũ Đình Khang, 2017, tr. 58).",
        ),
        ("heading", "3. Từ biên giới hòa bình đến kết nối kinh tế", 1),
        (
            "paragraph",
            "Gia nhập ASEAN ngày 23/7/1997, Lào từng bước chuyển từ một quốc gia không có biển thành đầu mối kết nối trên đất liền của khu vực. Các cặp cửa khẩu quốc tế Lao Bảo – Đen Sa Vẳn, Cầu Treo – Nậm Phao và Cha Lo – Na Phàu đã trở thành cửa ngõ đưa hàng hóa của bạn ra các cảng biển miền Trung nước ta (Hoàng Thị Mai Anh, 2021). Năm 2024, khi Lào đảm nhiệm cương vị Chủ tịch ASEAN lần thứ ba, Việt Nam đã cử nhiều chuyên gia sang hỗ trợ bạn chuẩn bị các hội nghị. Tuy vậy, tuyến đường sắt nối Viêng Chăn với cảng Vũng Áng đến nay vẫn chưa được xây dựng. Vì thế, hai bên cần sớm nâng cấp các cặp cửa khẩu phụ.",
        ),
    ],
}

TZB_SAVANNAKHET = {
    "id": "tzb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI SAVANNAKHET",
        "Số: 287/BC-TLSQ",
        "Savannakhet, ngày 10 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Nhân dịp kỷ niệm 47 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác (18/7) và 62 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Lào (5/9), Tổng Lãnh sự quán phối hợp với chính quyền tỉnh Savannakhet tổ chức gặp mặt hữu nghị với sự tham gia của hơn 300 đại biểu.",
        ),
        (
            "list_item",
            "2. Từ ngày 10 đến ngày 12/4/2024, đoàn đại biểu cấp cao tỉnh Quảng Trị đã sang thăm và làm việc tại tỉnh Savannakhet; hai tỉnh đã ký Biên bản thỏa thuận hợp tác giai đoạn 2024 – 2028.",
        ),
        (
            "list_item",
            "3. Hàng hóa qua cặp cửa khẩu quốc tế Lao Bảo – Đen Sa Vẳn tiếp tục tăng, kim ngạch xuất nhập khẩu năm 2024 ước đạt 385 triệu USD. Các nhà đầu tư Nhật Bản và Thái Lan tiếp tục mở rộng sản xuất tại Đặc khu kinh tế Savan – Seno.",
        ),
        (
            "list_item",
            "4. Tháng 8, tỉnh Quảng Trị đã bàn giao cho huyện Sepon một trường tiểu học bán trú trị giá 6 tỷ đồng do tỉnh tài trợ. Tháng trước, Tổng Lãnh sự quán cùng Hội Doanh nghiệp Việt Nam tại Savannakhet trao 200 suất quà cho các hộ nghèo ở các bản biên giới.",
        ),
        (
            "list_item",
            "5. Tổng Lãnh sự quán đã phối hợp với Sở Ngoại vụ tỉnh Savannakhet giải quyết 19 vụ việc liên quan đến công dân Việt Nam, chủ yếu là lao động tự do không có giấy phép. Đề xuất mở lại chợ biên giới tại bản Đen Sa Vẳn vẫn chưa được phía bạn chấp thuận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với chính quyền tỉnh Savannakhet tổ chức các hoạt động kỷ niệm 50 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào (2/12/1975 – 2/12/2025).",
        ),
        (
            "list_item",
            "2. Tháng 3 năm sau, phối hợp tổ chức cho đoàn đại biểu tỉnh Savannakhet sang thăm và làm việc tại tỉnh Quảng Trị.",
        ),
        (
            "list_item",
            "3. Cùng các cơ quan chức năng hai bên hoàn thiện quy trình kiểm tra “một cửa, một lần dừng” tại cặp cửa khẩu Lao Bảo – Đen Sa Vẳn.",
        ),
        (
            "list_item",
            "4. Vận động doanh nghiệp Việt Nam tham gia Hội chợ thương mại quốc tế Savannakhet và tìm hiểu cơ hội đầu tư vào Đặc khu kinh tế Savan – Seno.",
        ),
    ],
}

TZC_PROTOCOL = {
    "id": "tzc",
    "shape": "news",
    "date": "2016-03-16",
    "stamp": "Thứ Tư, 16/03/2016 - 17:40",
    "blocks": [
        ("title", "Việt Nam và Lào ký Nghị định thư về đường biên giới và mốc quốc giới"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 16/3, tại Hà Nội, Thủ tướng Nguyễn Tấn Dũng và Thủ tướng Lào Thongsing Thammavong đã chủ trì Lễ tổng kết hoàn thành Dự án tăng dày và tôn tạo hệ thống mốc quốc giới Việt Nam – Lào.",
        ),
        ("heading", "Hoàn thiện hồ sơ pháp lý về biên giới", 1),
        (
            "paragraph",
            "Ngay sau lễ tổng kết, trước sự chứng kiến của hai Thủ tướng, đại diện hai Chính phủ đã ký Nghị định thư về đường biên giới và mốc quốc giới Việt Nam – Lào và Hiệp định về Quy chế quản lý biên giới và cửa khẩu biên giới trên đất liền giữa hai nước. Hiệp định mới sẽ thay thế Hiệp định về Quy chế biên giới quốc gia ký năm 1990.",
        ),
        (
            "paragraph",
            "Dự án được khởi động từ năm 2008 trên toàn tuyến biên giới dài hơn 2.300 km. Tháng 7/2013, hai Thủ tướng đã cùng dự lễ khánh thành cột mốc 460, một trong những cột mốc quan trọng của Dự án.",
        ),
        ("heading", "Biên giới hòa bình, hữu nghị", 1),
        (
            "paragraph",
            "Phát biểu tại buổi lễ, hai Thủ tướng đánh giá việc hoàn thành Dự án là sự kiện có ý nghĩa lịch sử, góp phần xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển. Hai bên nhất trí giao các bộ, ngành và chính quyền các tỉnh biên giới phối hợp quản lý tốt hệ thống mốc, đồng thời nghiên cứu mở thêm các cặp cửa khẩu.",
        ),
        (
            "paragraph",
            "Như vậy, sau tuyến biên giới trên đất liền với Trung Quốc, nơi công tác phân giới cắm mốc đã hoàn thành từ cuối năm 2008, Việt Nam đã xác định xong toàn bộ đường biên giới với Lào trên thực địa. Trên tuyến biên giới với Campuchia, hai bên vẫn đang đẩy mạnh phân giới, cắm mốc phần còn lại. Năm 2017, Việt Nam và Lào sẽ kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao và 40 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác.",
        ),
    ],
}

TZD_PLAN = {
    "id": "tzd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 17/KH-BCT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phát triển thương mại biên giới và xúc tiến thương mại",
        "với nước Cộng hòa Dân chủ Nhân dân Lào năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Phát triển thương mại biên giới và xúc tiến thương mại với nước Cộng hòa Dân chủ Nhân dân Lào năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện Hiệp định Thương mại biên giới giữa hai nước và kết luận của hai Thủ tướng tại Kỳ họp thường niên của Ủy ban liên Chính phủ Việt Nam – Lào, Bộ Công Thương ban hành Kế hoạch phát triển thương mại biên giới và xúc tiến thương mại với Lào năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Lào là đối tác đặc biệt, có chung đường biên giới dài hơn 2.300 km với nước ta. Năm ngoái, Bộ đã phối hợp với Bộ Công Thương Lào tổ chức Hội chợ thương mại Việt – Lào tại Viêng Chăn và hai phiên chợ hàng Việt ở các tỉnh Bô-ly-khăm-xay và Khăm Muồn. Tuy nhiên, đề án xây dựng chợ biên giới tại cặp cửa khẩu quốc tế Cầu Treo – Nậm Phao vẫn chưa được hai bên phê duyệt, hạ tầng kho bãi ở nhiều cửa khẩu phụ còn thiếu.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong tháng 2, phối hợp với Bộ Ngoại giao chuẩn bị nội dung kinh tế – thương mại cho Kỳ họp thường niên năm 2026 của Ủy ban liên Chính phủ Việt Nam – Lào.",
        ),
        (
            "list_item",
            "2. Tháng 5 năm nay, tổ chức Hội chợ thương mại Việt – Lào lần thứ hai tại thành phố Pakse, tỉnh Chăm-pa-sắc, với khoảng 150 gian hàng.",
        ),
        (
            "list_item",
            "3. Đàm phán với Bộ Công Thương Lào về việc sửa đổi, bổ sung Hiệp định Thương mại biên giới; dự kiến ký Nghị định thư sửa đổi vào tháng 10.",
        ),
        (
            "list_item",
            "4. Hỗ trợ tập huấn về quản lý thị trường và truy xuất nguồn gốc hàng hóa cho 40 cán bộ ngành công thương các tỉnh biên giới của Lào.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn xúc tiến thương mại riêng sang các tỉnh Bắc Lào trong năm 2026; nội dung này được lồng ghép vào Hội chợ tại Pakse.",
        ),
        (
            "paragraph",
            "Vụ Thị trường châu Á – châu Phi là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

TZE_TREATY = {
    "id": "tze",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào"),
        (
            "paragraph",
            "Hiệp ước Hữu nghị và Hợp tác giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Dân chủ Nhân dân Lào là văn kiện pháp lý nền tảng của quan hệ đặc biệt giữa hai nước, được ký ngày 18/7/1977 tại Viêng Chăn.",
        ),
        ("heading", "Hoàn cảnh ký kết", 1),
        (
            "paragraph",
            "Nước Cộng hòa Dân chủ Nhân dân Lào được thành lập ngày 2/12/1975. Tháng 7/1977, Đoàn đại biểu cấp cao Đảng và Chính phủ Việt Nam do Tổng Bí thư Lê Duẩn và Thủ tướng Phạm Văn Đồng dẫn đầu sang thăm hữu nghị chính thức Lào. Nhân dịp này, Thủ tướng Phạm Văn Đồng và Thủ tướng Cay-xỏn Phôm-vi-hản ký Hiệp ước; cùng ngày, hai bên còn ký Hiệp ước hoạch định biên giới quốc gia.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp ước khẳng định quyết tâm của hai bên giữ gìn và phát triển quan hệ đặc biệt Việt Nam – Lào, tôn trọng độc lập, chủ quyền và toàn vẹn lãnh thổ của nhau, giúp đỡ lẫn nhau trong sự nghiệp bảo vệ và xây dựng đất nước, mở rộng hợp tác về kinh tế, văn hóa, khoa học – kỹ thuật. Hai bên cũng cam kết xây dựng đường biên giới chung thành biên giới hòa bình, hữu nghị lâu dài.",
        ),
        ("heading", "Thực hiện", 1),
        (
            "paragraph",
            "Trên cơ sở Hiệp ước, Việt Nam đã cử nhiều đoàn chuyên gia sang giúp Lào xây dựng chế độ mới và đào tạo hàng vạn cán bộ, sinh viên Lào. Cùng thời kỳ, Việt Nam gia nhập Hội đồng Tương trợ Kinh tế (tháng 6/1978), còn Lào không trở thành thành viên chính thức mà chỉ tham gia với tư cách quan sát viên. Năm 2012 và năm 2017, nhân các dịp kỷ niệm tròn năm Ngày thiết lập quan hệ ngoại giao (5/9/1962) và Ngày ký Hiệp ước, hai nước tổ chức Năm Đoàn kết Hữu nghị Việt Nam – Lào.",
        ),
        ("heading", "Các hiệp ước tương tự", 1),
        (
            "paragraph",
            "Ngày 3/11/1978, Việt Nam ký Hiệp ước Hữu nghị và Hợp tác với Liên Xô tại Mát-xcơ-va. Ngày 18/2/1979, Việt Nam và Campuchia ký Hiệp ước Hòa bình, Hữu nghị và Hợp tác.",
        ),
    ],
}

DOCS = [TZA_BORDER, TZB_SAVANNAKHET, TZC_PROTOCOL, TZD_PLAN, TZE_TREATY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["KT. TỔNG LÃNH SỰ", "PHÓ TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thời sự",
        "17:40",
        [("/thoi-su", "Thời sự"), ("/doi-ngoai", "Đối ngoại")],
        [("/tag/viet-nam-lao", "Việt Nam – Lào"), ("/tag/bien-gioi", "Biên giới")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- UBND các tỉnh biên giới Việt – Lào;",
            "- Lưu: VT, TTCA.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="tz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
