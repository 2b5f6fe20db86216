"""Build the hundred-and-ninety-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout198/build_heldout198.py [--check]

Five short documents on Vietnam and Mongolia, a topic no earlier set has as its main one beyond the 70th
anniversary notice of heldout7: Mongolia's "third neighbour" policy and its relations with Vietnam up to the
Comprehensive Partnership of 30/9/2024, the Vietnamese Embassy in Mongolia's report on 2024, Tô Lâm's talks
with President Khurelsukh in Ulaanbaatar (30/9/2024), a (fictitious) Ministry of Agriculture and Environment
plan for cooperation with Mongolia in 2026, an encyclopedia entry on the Greater Tumen Initiative. Nothing in
src/ was changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
embassy report's own items and all quoted words are invented, the ministry plan (number, date, tasks) is
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

YWA_MONGOLIA = {
    "id": "ywa",
    "shape": "journal",
    "header": "TẠP CHÍ NỘI Á VÀ ĐÔNG BẮC Á – Số 1 (2025)",
    "first_page": 23,
    "break_after": 12,
    "blocks": [
        ("title", "CHÍNH SÁCH “LÁNG GIỀNG THỨ BA” CỦA MÔNG CỔ VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Đặng Thị Hồng Nhung"),
        ("affiliation", "Viện Nghiên cứu Đông Bắc Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích chính sách đối ngoại đa trụ cột của Mông Cổ sau năm 1990 và vị trí của Việt Nam trong chính sách đó.",
            "vi",
        ),
        ("keywords", "Mông Cổ; láng giềng thứ ba; Đối tác toàn diện; APEC", "vi"),
        ("heading", "1. Từ một thành viên SEV đến chính sách đối ngoại đa trụ cột", 1),
        (
            "paragraph",
            "Được kết nạp vào Liên hợp quốc ngày 27/10/1961 và gia nhập Hội đồng Tương trợ Kinh tế năm 1962, Mông Cổ trong suốt ba thập kỷ gắn bó gần như trọn vẹn với Liên Xô. Sau cải cách năm 1990, U-lan Ba-to chủ trương mở rộng quan hệ với các “láng giềng thứ ba” ngoài Nga và Trung Quốc, một khái niệm do Ngoại trưởng Mỹ James Baker nêu ra cùng năm đó (Nguyễn Văn Lâm, 2016, tr. 44). Nước này gia nhập Tổ chức Thương mại Thế giới (WTO) ngày 29/1/1997, trở thành thành viên Diễn đàn Khu vực ASEAN (ARF) tháng 7/1998 và là nước tham gia thứ 57 của Tổ chức An ninh và Hợp tác châu Âu (OSCE) từ ngày 21/11/2012.",
        ),
        ("heading", "2. Quan hệ với Việt Nam: từ hữu nghị truyền thống đến Đối tác toàn diện", 1),
        (
            "paragraph",
            "Việt Nam và Mông Cổ thiết lập quan hệ ngoại giao ngày 17/11/1954; năm 1996, hai nước ký Hiệp định hợp tác thương mại. Tháng 10/2023, Đại tướng Phan Văn Giang trở thành Bộ trưởng Quốc phòng Việt Nam đầu tiên thăm chính thức Mông Cổ, và chỉ ít ngày sau, từ ngày 1 đến 5/11/2023, Tổng thống Ukhnaagiin Khurelsukh thăm cấp Nhà nước nước ta. Đáp lại, Tổng Bí thư, Chủ tịch nước Tô Lâm thăm cấp Nhà nước Mông Cổ từ ngày 30/9 đến 1/10/2024; hai bên ra Tuyên bố chung về việc thiết lập quan hệ Đối tác toàn diện, đúng vào năm kỷ niệm 70 năm quan hệ ngoại giao. Với phía bạn, Việt Nam là “cửa ngõ tự nhiên để Mông Cổ đi vào Đông Nam Á” (Lê Thị Thu Hương, 2021, tr. 109).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Dù vậy, kim ngạch thương mại hai chiều vẫn còn khiêm tốn, và Mông Cổ đến nay vẫn chưa được kết nạp vào Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC) (Hoàng Minh Đức, 2023). Là thành viên APEC, ta nên tiếp tục ủng hộ nguyện vọng này của bạn khi diễn đàn xem xét lại việc mở rộng thành viên.",
        ),
    ],
}

YWB_EMBASSY = {
    "id": "ywb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI MÔNG CỔ",
        "Số: 187/BC-ĐSQ",
        "U-lan Ba-to, ngày 10 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp phục vụ thành công chuyến thăm cấp Nhà nước Mông Cổ của Tổng Bí thư, Chủ tịch nước Tô Lâm (30/9 – 1/10/2024). Trong chuyến thăm, hai nước nâng cấp quan hệ lên Đối tác toàn diện và ký kết một số văn kiện hợp tác.",
        ),
        (
            "list_item",
            "2. Khoản viện trợ 500.000 USD của Nhà nước ta giúp nhân dân Mông Cổ khắc phục hậu quả thiên tai đã được Đại sứ quán trao cho phía bạn.",
        ),
        (
            "list_item",
            "3. Tổ chức Ngày Văn hóa Việt Nam tại Mông Cổ năm 2024 và nhiều hoạt động kỷ niệm 70 năm thiết lập quan hệ ngoại giao (17/11/1954 – 17/11/2024).",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ quán phối hợp đưa đoàn 15 doanh nghiệp Mông Cổ sang khảo sát thị trường tại Hà Nội và Thành phố Hồ Chí Minh; phía bạn quan tâm nhập khẩu gạo, cà phê và hàng dệt may của ta.",
        ),
        (
            "list_item",
            "5. Ngày 14/6/2024, Học viện Nông nghiệp Việt Nam và Đại học Khoa học Sự sống Mông Cổ ký Bản ghi nhớ hợp tác đào tạo. Dự án liên doanh chế biến thịt tại tỉnh Darkhan-Uul của một doanh nghiệp Việt Nam vẫn chưa được phía bạn cấp phép.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị kỳ họp tiếp theo của Ủy ban liên Chính phủ Việt Nam – Mông Cổ và xây dựng Chương trình hành động triển khai quan hệ Đối tác toàn diện.",
        ),
        (
            "list_item",
            "2. Quý II năm sau, đón đoàn Bộ Thực phẩm, Nông nghiệp và Công nghiệp nhẹ Mông Cổ sang làm việc tại Việt Nam; hai bên dự kiến ký kế hoạch hợp tác chăn nuôi giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "3. Vận động phía bạn tiếp tục cấp học bổng đại học và sau đại học cho sinh viên Việt Nam.",
        ),
    ],
}

YWC_VISIT = {
    "id": "ywc",
    "shape": "news",
    "date": "2024-09-30",
    "stamp": "Thứ Hai, 30/09/2024 - 19:05",
    "blocks": [
        ("title", "Việt Nam và Mông Cổ nâng cấp quan hệ lên Đối tác toàn diện"),
        (
            "paragraph",
            "U-lan Ba-to (TTXVN) – Chiều 30/9, ngay sau lễ đón chính thức tại Quảng trường Sukhbaatar, Tổng Bí thư, Chủ tịch nước Tô Lâm, đang thăm cấp Nhà nước Mông Cổ, đã hội đàm với Tổng thống Mông Cổ Ukhnaagiin Khurelsukh.",
        ),
        ("heading", "Khuôn khổ quan hệ mới", 1),
        (
            "paragraph",
            "Hai nhà lãnh đạo ra Tuyên bố chung về việc thiết lập quan hệ Đối tác toàn diện Việt Nam – Mông Cổ, đúng vào năm hai nước kỷ niệm 70 năm thiết lập quan hệ ngoại giao (17/11/1954). Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký các văn kiện hợp tác giữa hai nước.",
        ),
        (
            "paragraph",
            "Tổng thống Khurelsukh cảm ơn Nhà nước và nhân dân Việt Nam đã hỗ trợ 500.000 USD giúp Mông Cổ khắc phục thiên tai, đồng thời cho biết Ủy ban liên Chính phủ hai nước sẽ họp tại Hà Nội vào tháng 11 tới. Hai bên nhất trí coi hợp tác quốc phòng, an ninh là trụ cột, tiếp tục hỗ trợ phát triển lực lượng kỵ binh – biểu tượng của quan hệ hai nước – và thúc đẩy hợp tác về chăn nuôi, khai thác khoáng sản.",
        ),
        ("heading", "Đáp lại chuyến thăm năm ngoái", 1),
        (
            "paragraph",
            "Chuyến thăm đáp lại chuyến thăm cấp Nhà nước Việt Nam của Tổng thống Khurelsukh hồi tháng 11 năm ngoái. Trong chương trình, Tổng Bí thư, Chủ tịch nước sẽ hội kiến Chủ tịch Đại Khural Nhà nước Dashzegviin Amarbayasgalan và Thủ tướng Luvsannamsrain Oyun-Erdene, dự khai mạc Ngày Văn hóa Việt Nam tại Mông Cổ. Rời U-lan Ba-to, Tổng Bí thư, Chủ tịch nước sẽ thăm cấp Nhà nước Ireland theo lời mời của Tổng thống Michael D. Higgins.",
        ),
    ],
}

YWD_PLAN = {
    "id": "ywd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 86/KH-BNNMT':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Mông Cổ trong lĩnh vực nông nghiệp",
        "và ứng phó với biến đổi khí hậu năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Mông Cổ trong lĩnh vực nông nghiệp và ứng phó với biến đổi khí hậu năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện Tuyên bố chung về việc thiết lập quan hệ Đối tác toàn diện Việt Nam – Mông Cổ, được thông qua tại U-lan Ba-to ngày 30/9/2024, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch hợp tác với Mông Cổ năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ TÌNH HÌNH", 1),
        (
            "paragraph",
            "Mông Cổ có đàn gia súc lớn nhưng thường xuyên chịu thiệt hại do thiên tai “dzud” (rét đậm, tuyết dày); năm 2024, Nhà nước ta đã viện trợ 500.000 USD giúp bạn khắc phục hậu quả thiên tai. Năm ngoái, hai Bộ đã trao đổi đoàn chuyên gia thú y và kiểm dịch, song phía bạn chưa cấp phép nhập khẩu thịt gia cầm chế biến từ Việt Nam.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM", 1),
        (
            "list_item",
            "1. Trong quý I, hoàn tất thủ tục để ký Bản ghi nhớ hợp tác về chăn nuôi và thú y với Bộ Thực phẩm, Nông nghiệp và Công nghiệp nhẹ Mông Cổ nhân dịp Bộ trưởng sang thăm U-lan Ba-to vào tháng 4.",
        ),
        (
            "list_item",
            "2. Cử 10 chuyên gia sang hướng dẫn kỹ thuật trồng rau trong nhà kính cho nông dân tỉnh Selenge trong vụ hè.",
        ),
        (
            "list_item",
            "3. Phối hợp với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) xây dựng dự án chung về cảnh báo sớm hạn hán và “dzud” cho vùng thảo nguyên, trình các nhà tài trợ trong năm 2026.",
        ),
        (
            "list_item",
            "4. Tiếp tục đề nghị phía Mông Cổ sớm cho phép nhập khẩu thịt gia cầm chế biến và trứng gia cầm của Việt Nam.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Bộ trưởng trước ngày 15/12/2026.",
        ),
    ],
}

YWE_TUMEN = {
    "id": "ywe",
    "shape": "entry",
    "blocks": [
        ("title", "Sáng kiến Tumen mở rộng"),
        (
            "paragraph",
            "Sáng kiến Tumen mở rộng (GTI) là cơ chế hợp tác kinh tế liên chính phủ ở Đông Bắc Á, lấy lưu vực sông Đồ Môn (Tumen) – nơi giáp ranh giữa Trung Quốc, Nga và Triều Tiên – làm trung tâm. Tiền thân của GTI là Chương trình phát triển vùng sông Tumen do Chương trình Phát triển Liên hợp quốc (UNDP) khởi xướng năm 1991.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Tháng 12/1995, tại trụ sở Liên hợp quốc ở Niu Oóc, Trung Quốc, Nga, Triều Tiên, Hàn Quốc và Mông Cổ ký các hiệp định thành lập cơ chế điều phối của chương trình. Năm 2005, các nước thành viên nhất trí gia hạn chương trình thêm mười năm, mở rộng phạm vi địa lý và đổi tên thành Sáng kiến Tumen mở rộng. Năm 2009, sau khi Hội đồng Bảo an thông qua Nghị quyết 1874 ngày 12/6 mở rộng các biện pháp trừng phạt đối với Bình Nhưỡng, Triều Tiên rút khỏi sáng kiến vào tháng 11.",
        ),
        ("heading", "Cơ cấu và hoạt động", 1),
        (
            "paragraph",
            "GTI hoạt động qua các ủy ban chuyên ngành về giao thông, du lịch, thương mại và đầu tư, năng lượng, nông nghiệp và môi trường, với sự hỗ trợ của UNDP. Đối với Mông Cổ, một quốc gia không giáp biển, sáng kiến là cơ hội kết nối với các cảng biển ở vùng Viễn Đông.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không tham gia GTI nhưng có quan hệ Đối tác chiến lược toàn diện với Trung Quốc (2008), Nga (2012) và Hàn Quốc (2022), và từ năm 2024 là Đối tác toàn diện của Mông Cổ.",
        ),
    ],
}

DOCS = [YWA_MONGOLIA, YWB_EMBASSY, YWC_VISIT, YWD_PLAN, YWE_TUMEN]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, the page number
    centred as "- N -" at the foot (heldout_kit.headed_journal: title at 48 columns, labels and body at 72)."""
    return headed_journal(doc, title=48, label=72, body=72, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page, every
    line followed by an empty line; the ambassador's signature at the end."""
    return word_text(doc, 70, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: meta date, nav menu, <article>, <h1>, date line, the lead
    with its dateline, <h3> subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        section="Thời sự",
        time="19:05",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/mong-co", "Mông Cổ"), ("/tag/doi-tac-toan-dien", "Đối tác toàn diện")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the issuer/motto block, the centred three-line title, body at 78 columns, the
    two-column "Nơi nhận" / signature block."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Đại sứ quán Việt Nam tại Mông Cổ;",
            "- Lưu: VT, HTQT.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(đã ký)"],
        (48, 48, 48, 51),
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
        prefix="yw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
