"""Build the hundred-and-eighty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout184/build_heldout184.py [--check]

Five short documents on the Republic of Korea and Vietnam's relations with it, on topics the earlier sets do
not use as main topics (the ASEAN – Korea dialogue partnership 1989 – 2024 and Vietnam, the Vietnamese
Consulate General in Busan's year 2024, the ASEAN – Korea comprehensive strategic partnership of Vientiane
10/10/2024, a (fictitious) Ministry of Home Affairs plan for EPS workers in Korea in 2026, the Japan – Korea
Treaty on Basic Relations of 1965). Facts are well-established; authors, journal, page numbers, document
numbers, the consulate's items and all quoted words are invented, the ministry plan (number, date, tasks) is
fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
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

QSA_ASEAN_KOREA = {
    "id": "qsa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU Á – THÁI BÌNH DƯƠNG – Số 3 (2025)",
    "first_page": 47,
    "break_after": 12,
    "blocks": [
        ("title", "QUAN HỆ ĐỐI TÁC ASEAN – HÀN QUỐC: BA MƯƠI LĂM NĂM NHÌN LẠI"),
        ("author", "Trịnh Thị Thanh Hoa"),
        ("affiliation", "Viện Nghiên cứu Đông Bắc Á"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ ASEAN – Hàn Quốc từ năm 1989 và vai trò của Việt Nam.",
            "vi",
        ),
        ("keywords", "ASEAN; Hàn Quốc; AKFTA; Việt Nam", "vi"),
        ("heading", "1. Từ đối thoại đến thương mại tự do", 1),
        (
            "paragraph",
            "Hàn Quốc bắt đầu quan hệ đối thoại từng phần với ASEAN từ tháng 11/1989 và trở thành Đối tác đối thoại đầy đủ của Hiệp hội vào tháng 7/1991 (Nguyễn Văn Khải, 2019, tr. 41). Ngày 13/12/2005, tại Cu-a-la Lăm-pơ, hai bên ký Hiệp định khung về Hợp tác kinh tế toàn diện. Hiệp định Thương mại hàng hóa trong khuôn khổ Khu vực thương mại tự do ASEAN – Hàn Quốc (AKFTA) có hiệu lực từ ngày 1/6/2007, song Thái Lan khi đó chưa tham gia do bất đồng về mặt hàng gạo.",
        ),
        ("heading", "2. Đối tác chiến lược và các hội nghị kỷ niệm", 1),
        (
            "paragraph",
            "Năm 2010, trên cương vị Chủ tịch ASEAN, Việt Nam đăng cai Hội nghị Cấp cao ASEAN – Hàn Quốc tại Hà Nội, nơi hai bên nâng quan hệ lên Đối tác chiến lược vì hòa bình và thịnh vượng. Tháng 11/2019, Busan tổ chức Hội nghị Cấp cao kỷ niệm 30 năm quan hệ ASEAN – Hàn Quốc, cùng lúc với Hội nghị Cấp cao Mê Công – Hàn Quốc lần thứ nhất. Theo một học giả Hàn Quốc, các hội nghị này cho thấy Seoul “coi Đông Nam Á là không gian chiến lược chứ không chỉ là thị trường” (Kim Ji-won, 2021, tr. 88).",
        ),
        ("heading", "3. Bước phát triển mới", 1),
        (
            "paragraph",
            "Ngày 10/10/2024, tại Viêng Chăn, ASEAN và Hàn Quốc nâng quan hệ lên Đối tác chiến lược toàn diện nhân dịp kỷ niệm 35 năm quan hệ đối thoại. Ở cấp song phương, Việt Nam và Hàn Quốc, thiết lập quan hệ ngoại giao ngày 22/12/1992, đã là Đối tác chiến lược toàn diện từ tháng 12/2022 (Trần Quang Minh, 2025). Vì vậy, nước ta cần phát huy vai trò cầu nối để thúc đẩy đàm phán nâng cấp AKFTA.",
        ),
    ],
}

QSB_BUSAN = {
    "id": "qsb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI BUSAN",
        "Số: 214/BC-TLSQ",
        "Busan, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ Đối tác chiến lược toàn diện Việt Nam – Hàn Quốc tiếp tục phát triển sau chuyến thăm chính thức Hàn Quốc của Thủ tướng Phạm Minh Chính từ ngày 30/6 đến 2/7/2024; các địa phương trong khu vực lãnh sự quan tâm hơn tới hợp tác với Việt Nam.",
        ),
        (
            "list_item",
            "2. Tháng 4/2024, Tổng Lãnh sự làm việc với Thị trưởng thành phố Busan và lãnh đạo tỉnh Gyeongsangnam; hai bên nhất trí đẩy mạnh hợp tác về cảng biển, logistics và đào tạo nghề.",
        ),
        (
            "list_item",
            "3. Tháng 6/2024, đoàn lãnh đạo thành phố Đà Nẵng sang thăm và làm việc tại Busan; nhân dịp này, Sở Công Thương Đà Nẵng và Hiệp hội Thương mại Busan ký biên bản ghi nhớ về xúc tiến thương mại.",
        ),
        (
            "list_item",
            "4. Phối hợp với Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) mở khóa đào tạo về quản lý cảng biển cho 30 cán bộ các tỉnh miền Trung, do phía Hàn Quốc tài trợ toàn bộ kinh phí.",
        ),
        (
            "list_item",
            "5. Tháng trước, Tổng Lãnh sự quán phối hợp với Sở Lao động khu vực Busan giải quyết dứt điểm vụ 12 lao động Việt Nam bị chủ doanh nghiệp ở Gimhae nợ lương.",
        ),
        (
            "list_item",
            "6. Dự án nhà máy linh kiện tàu biển của một doanh nghiệp Busan tại Khu kinh tế Dung Quất vẫn chưa được cấp giấy chứng nhận đăng ký đầu tư.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, phối hợp tổ chức đoàn doanh nghiệp Busan sang khảo sát cơ hội đầu tư tại Đà Nẵng và Quảng Ngãi.",
        ),
        (
            "list_item",
            "2. Vận động thành phố Busan và các trường cao đẳng trên địa bàn tiếp nhận thêm thực tập sinh ngành đóng tàu từ Việt Nam.",
        ),
        (
            "list_item",
            "3. Tổ chức các hoạt động kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước cho cộng đồng người Việt Nam tại khu vực.",
        ),
    ],
}

QSC_VIENTIANE = {
    "id": "qsc",
    "shape": "news",
    "date": "2024-10-10",
    "stamp": "Thứ Năm, 10/10/2024 - 17:40",
    "blocks": [
        ("title", "ASEAN và Hàn Quốc nâng quan hệ lên Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Viêng Chăn (TTXVN) – Ngày 10/10, tại Hội nghị Cấp cao ASEAN – Hàn Quốc trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 44 và 45, lãnh đạo các nước ASEAN và Tổng thống Hàn Quốc Yoon Suk Yeol đã ra Tuyên bố chung về việc thiết lập quan hệ Đối tác chiến lược toàn diện.",
        ),
        ("heading", "Dấu mốc 35 năm", 1),
        (
            "paragraph",
            "Sự kiện diễn ra đúng dịp kỷ niệm 35 năm quan hệ đối thoại ASEAN – Hàn Quốc (1989 – 2024). Hội nghị do Thủ tướng Lào Sonexay Siphandone, Chủ tịch ASEAN năm 2024, chủ trì. Trước khi tới Viêng Chăn, ông Yoon Suk Yeol đã thăm Phi-líp-pin và Xin-ga-po, nâng quan hệ với hai nước này lên Đối tác chiến lược.",
        ),
        ("heading", "Mở rộng hợp tác", 1),
        (
            "paragraph",
            "Theo Tuyên bố chung, hai bên sẽ mở rộng hợp tác về an ninh biển, chuyển đổi số, năng lượng sạch và giao lưu nhân dân, đồng thời thực thi hiệu quả Hiệp định Thương mại tự do ASEAN – Hàn Quốc (AKFTA). Seoul cũng sẽ tiếp tục triển khai Sáng kiến đoàn kết Hàn Quốc – ASEAN công bố tháng 11/2022.",
        ),
        ("heading", "Việt Nam hoan nghênh", 1),
        (
            "paragraph",
            "Dự hội nghị, Thủ tướng Phạm Minh Chính hoan nghênh việc nâng cấp quan hệ và đề nghị Hàn Quốc hỗ trợ ASEAN thu hẹp khoảng cách phát triển, nhất là ở tiểu vùng Mê Công. Việt Nam và Hàn Quốc đã là Đối tác chiến lược toàn diện của nhau từ tháng 12/2022.",
        ),
    ],
}

QSD_PLAN = {
    "id": "qsd",
    "shape": "plan",
    "head": [
        f"{'BỘ NỘI VỤ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 41/KH-BNV':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Đưa người lao động sang Hàn Quốc làm việc theo",
        "Chương trình cấp phép việc làm (EPS) năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Đưa người lao động sang Hàn Quốc làm việc theo Chương trình cấp phép việc làm (EPS) năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện quan hệ Đối tác chiến lược toàn diện Việt Nam – Hàn Quốc và Bản ghi nhớ giữa hai Bộ về Chương trình EPS, Bộ Nội vụ ban hành Kế hoạch đưa người lao động sang Hàn Quốc làm việc năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH THỰC HIỆN", 1),
        (
            "paragraph",
            "Chương trình EPS được triển khai với Việt Nam từ năm 2004; Hàn Quốc hiện là thị trường tiếp nhận lao động Việt Nam lớn thứ ba, sau Nhật Bản và Đài Loan (Trung Quốc). Năm ngoái, hai bên đã họp Nhóm công tác chung về EPS tại Hà Nội, song phía Hàn Quốc chưa chấp thuận đề xuất của ta về việc mở thêm ngành dịch vụ cho lao động EPS.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3, phối hợp với Cơ quan Phát triển nguồn nhân lực Hàn Quốc (HRD Korea) tổ chức kỳ thi tiếng Hàn EPS-TOPIK tại Hà Nội và Đà Nẵng.",
        ),
        (
            "list_item",
            "2. Tháng 6, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Seoul làm việc với Bộ Việc làm và Lao động Hàn Quốc về việc gia hạn Bản ghi nhớ EPS.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Hàn Quốc hỗ trợ xây dựng một trung tâm đào tạo tiếng Hàn và kỹ năng nghề tại Nghệ An.",
        ),
        (
            "list_item",
            "4. Tạm dừng tuyển chọn lao động tại các địa phương có tỷ lệ lao động cư trú bất hợp pháp ở Hàn Quốc cao.",
        ),
        (
            "paragraph",
            "Cục Quản lý lao động ngoài nước chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

QSE_TREATY = {
    "id": "qse",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước về quan hệ cơ bản giữa Nhật Bản và Hàn Quốc"),
        (
            "paragraph",
            "Hiệp ước về quan hệ cơ bản giữa Nhật Bản và Đại Hàn Dân Quốc là văn kiện bình thường hóa quan hệ ngoại giao giữa hai nước, được ký tại Tokyo ngày 22/6/1965 và có hiệu lực từ ngày 18/12/1965. Hiệp ước xác nhận các hiệp ước, hiệp định ký giữa hai nước trước năm 1910 đã vô hiệu và công nhận Chính phủ Hàn Quốc là chính phủ hợp pháp duy nhất ở Triều Tiên theo Nghị quyết 195 (III) của Đại hội đồng Liên hợp quốc.",
        ),
        ("heading", "Hiệp định về tài sản và yêu cầu bồi thường", 1),
        (
            "paragraph",
            "Cùng ngày, hai bên ký Hiệp định giải quyết các vấn đề về tài sản và yêu cầu bồi thường, theo đó Nhật Bản cung cấp cho Hàn Quốc 300 triệu USD viện trợ không hoàn lại và 200 triệu USD vốn vay ưu đãi.",
        ),
        ("heading", "Tranh chấp về lao động cưỡng bức", 1),
        (
            "paragraph",
            "Ngày 30/10/2018, Tòa án Tối cao Hàn Quốc buộc một công ty thép Nhật Bản bồi thường cho các nạn nhân bị cưỡng bức lao động thời thuộc địa. Tokyo phản đối phán quyết, cho rằng vấn đề đã được giải quyết hoàn toàn theo hiệp định năm 1965. Tháng 7/2019, Nhật Bản siết chặt xuất khẩu ba loại vật liệu dùng trong sản xuất chất bán dẫn sang Hàn Quốc; Seoul đáp trả bằng việc loại Nhật Bản khỏi danh sách đối tác thương mại được ưu đãi và khởi kiện lên Tổ chức Thương mại thế giới (WTO).",
        ),
        ("heading", "Hàn gắn quan hệ", 1),
        (
            "paragraph",
            "Tháng 3/2023, Tổng thống Yoon Suk Yeol thăm Tokyo và hội đàm với Thủ tướng Kishida Fumio, chuyến thăm song phương đầu tiên của một tổng thống Hàn Quốc tới Nhật Bản sau 12 năm. Sau đó, Nhật Bản dỡ bỏ các biện pháp hạn chế xuất khẩu, còn Hàn Quốc rút đơn kiện tại WTO.",
        ),
        ("heading", "Liên hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam thiết lập quan hệ ngoại giao với Nhật Bản năm 1973 và với Hàn Quốc năm 1992.",
        ),
    ],
}

DOCS = [QSA_ASEAN_KOREA, QSB_BUSAN, QSC_VIENTIANE, QSD_PLAN, QSE_TREATY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 74 columns, every line followed by an empty
    line; the consul general's signature at the end."""
    return word_text(doc, 74, ["TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: <title>, article:published_time, a nav menu, <article>, <h1>, a
    date line, the lead with its dateline, <h3> subheads, a tag list, the TTXVN footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="17:40",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới"), ("/asean", "ASEAN")],
        tags=[("/tag/asean", "ASEAN"), ("/tag/han-quoc", "Hàn Quốc")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the issuer/motto block, the centred three-line title, body at 76 columns, "Nơi nhận"
    beside the signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Đại sứ quán Việt Nam tại Hàn Quốc;", "- Lưu: VT, QLLĐNN."],
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
        prefix="qs",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
