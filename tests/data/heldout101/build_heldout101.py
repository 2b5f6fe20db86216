"""Build the hundred-and-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout101/build_heldout101.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on a
partner those sets do not use as a main topic, in economic diplomacy: Pakistan (a journal article on
Vietnam – Pakistan economic relations from 1972 to 2024, the Vietnamese Embassy in Pakistan's report on
economic diplomacy in the first half of 2025, a news page on Xi Jinping's state visit to Pakistan and the
China – Pakistan Economic Corridor agreements of 20/4/2015, a (fictitious) Ministry of Agriculture and
Environment plan for tea and halal farm exports to Pakistan and South Asia in 2026, an encyclopedia entry on
the Economic Cooperation Organization). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the embassy's own activities and all quoted words are
invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

UWA_PAKISTAN = {
    "id": "uwa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU NAM Á VÀ TÂY Á – Số 2 (2025)",
    "first_page": 118,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ KINH TẾ VIỆT NAM – PAKISTAN: TIỀM NĂNG CÒN BỎ NGỎ"),
        ("author", "Phùng Văn Thắng"),
        ("affiliation", "Viện Nghiên cứu Ấn Độ và Tây Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích diễn biến quan hệ kinh tế Việt Nam – Pakistan, chỉ ra những rào cản chính và kiến nghị giải pháp thúc đẩy thương mại song phương.",
            "vi",
        ),
        ("keywords", "Pakistan; Nam Á; xuất khẩu chè; Halal; SCO", "vi"),
        ("heading", "1. Một quan hệ nhiều thăng trầm", 1),
        (
            "paragraph",
            "Việt Nam và Pakistan thiết lập quan hệ ngoại giao ngày 8/11/1972. Chịu tác động của cục diện Chiến tranh Lạnh, quan hệ hai nước có thời gian chững lại, cơ quan đại diện của hai bên đều tạm đóng cửa trong thập niên 1980 (Nguyễn Thị Mai Anh, 2017, tr. 56). Phải đến năm 2000, Pakistan mới mở lại Đại sứ quán tại Hà Nội; năm năm sau, Việt Nam mở lại Đại sứ quán tại Islamabad cùng Thương vụ tại Ca-ra-chi.",
        ),
        ("heading", "2. Thương mại: chè là mặt hàng chủ lực", 1),
        (
            "paragraph",
            "Kim ngạch thương mại hai chiều tăng từ dưới 10 triệu USD năm 1999 lên khoảng 850 triệu USD năm 2024, trong đó xuất khẩu của Việt Nam đạt 522,4 triệu USD. Pakistan nhiều năm liền là thị trường nhập khẩu chè lớn nhất của Việt Nam, dù chè của ta mới đáp ứng một phần nhỏ nhu cầu của nước này. Hai bên đã lập Ủy ban hỗn hợp cấp Bộ trưởng và Ủy ban Thương mại hỗn hợp, nhưng đến nay vẫn chưa khởi động đàm phán hiệp định thương mại ưu đãi. Theo một nghiên cứu, nếu có khuôn khổ ưu đãi thuế quan, “chè và gạo sẽ là cầu nối chứ không phải rào cản giữa hai nền kinh tế” (Trần Quốc Huy, 2022, tr. 134).",
        ),
        ("heading", "3. Trong bối cảnh khu vực", 1),
        (
            "paragraph",
            "Pakistan trở thành Đối tác đối thoại theo lĩnh vực của ASEAN năm 1993 và tham gia Diễn đàn Khu vực ASEAN (ARF) năm 2004. Ngày 9/6/2017, tại Hội nghị thượng đỉnh ở A-xta-na, nước này cùng Ấn Độ được kết nạp làm thành viên chính thức của Tổ chức Hợp tác Thượng Hải (SCO). Tuy vậy, kinh tế Pakistan liên tục gặp khó khăn: tháng 9/2024, Quỹ Tiền tệ Quốc tế (IMF) phê duyệt khoản vay khoảng 7 tỷ USD, là chương trình hỗ trợ thứ 24 của Quỹ dành cho nước này (Lê Hồng Nhung, 2024). Đầu năm 2023, Chính phủ Việt Nam trao tặng Pakistan 100.000 USD để khắc phục hậu quả trận lũ lụt lịch sử năm trước. Theo chúng tôi, hai bên cần sớm ký thỏa thuận công nhận lẫn nhau về chứng nhận Halal để mở rộng xuất khẩu nông sản.",
        ),
    ],
}

UWB_EMBASSY = {
    "id": "uwb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI PAKISTAN",
        "Số: 46/BC-ĐSQ",
        "Islamabad, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác ngoại giao kinh tế 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        ("title", "BÁO CÁO Công tác ngoại giao kinh tế 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Tháng 2/2025, Đại sứ quán phối hợp với Thương vụ tại Ca-ra-chi đưa đoàn 18 doanh nghiệp Việt Nam tham dự hội chợ thực phẩm Halal quốc tế tại Ca-ra-chi; các doanh nghiệp đã ký hợp đồng xuất khẩu chè, hạt tiêu và hạt điều trị giá khoảng 3,2 triệu USD.",
        ),
        (
            "list_item",
            "2. Đại sứ đã làm việc với Bộ Thương mại Pakistan về việc chuẩn bị kỳ họp tiếp theo của Ủy ban Thương mại hỗn hợp; phía bạn đề nghị tổ chức kỳ họp tại Hà Nội vào cuối năm.",
        ),
        (
            "list_item",
            "3. Đầu tháng 5, xung đột quân sự giữa Ấn Độ và Pakistan bùng phát. Đại sứ quán đã kích hoạt phương án bảo hộ công dân; đến ngày 10/5, khi hai nước đạt thỏa thuận ngừng bắn, không có công dân Việt Nam nào bị thương vong.",
        ),
        (
            "list_item",
            "4. Việc ký thỏa thuận công nhận lẫn nhau về chứng nhận Halal giữa Việt Nam và Pakistan chưa đạt kết quả do phía bạn chưa hoàn tất thủ tục nội bộ.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tháng 9 năm nay, phối hợp với Bộ Công Thương tổ chức Tuần hàng Việt Nam tại La-ho.",
        ),
        (
            "list_item",
            "2. Phối hợp chuẩn bị kỳ họp Ủy ban Thương mại hỗn hợp Việt Nam – Pakistan tại Hà Nội, dự kiến vào tháng 11.",
        ),
        (
            "list_item",
            "3. Vận động doanh nghiệp Pakistan đầu tư vào ngành dệt may và chế biến thủy sản tại Việt Nam.",
        ),
        (
            "list_item",
            "4. Kiến nghị Bộ Công Thương nghiên cứu khả năng khởi động đàm phán hiệp định thương mại ưu đãi song phương.",
        ),
    ],
}

UWC_CPEC = {
    "id": "uwc",
    "shape": "news",
    "date": "2015-04-21",
    "stamp": "Thứ Ba, 21/04/2015 - 07:30",
    "blocks": [
        ("title", "Trung Quốc và Pakistan ký 51 văn kiện hợp tác, khởi động Hành lang kinh tế 46 tỷ USD"),
        (
            "paragraph",
            "Islamabad (TTXVN) – Ngày 20/4, Chủ tịch Trung Quốc Tập Cận Bình đến Islamabad, bắt đầu chuyến thăm cấp Nhà nước Pakistan kéo dài hai ngày. Đây là chuyến công du nước ngoài đầu tiên trong năm nay của nhà lãnh đạo Trung Quốc.",
        ),
        ("heading", "Hành lang kinh tế nối Tân Cương với cảng Gwadar", 1),
        (
            "paragraph",
            "Sau cuộc hội đàm với Thủ tướng Pakistan Nawaz Sharif, hai bên đã ký 51 thỏa thuận và bản ghi nhớ hợp tác. Phần lớn các văn kiện liên quan đến Hành lang kinh tế Trung Quốc – Pakistan (CPEC), mạng lưới đường bộ, đường sắt, đường ống và nhà máy điện nối Khu tự trị Duy Ngô Nhĩ Tân Cương với cảng Gwadar trên biển A-ráp, với tổng vốn đầu tư dự kiến khoảng 46 tỷ USD.",
        ),
        (
            "paragraph",
            "Hai nước cũng quyết định nâng quan hệ lên Đối tác hợp tác chiến lược toàn thời tiết và nhất trí tăng cường hợp tác chống khủng bố. Chủ tịch Tập Cận Bình hoan nghênh việc Pakistan xin gia nhập Tổ chức Hợp tác Thượng Hải (SCO).",
        ),
        ("heading", "Phát biểu trước Quốc hội", 1),
        (
            "paragraph",
            "Theo chương trình, hôm nay ông Tập Cận Bình sẽ phát biểu trước phiên họp chung của Quốc hội Pakistan và nhận Huân chương Nishan-e-Pakistan, phần thưởng cao quý nhất của nước này, từ Tổng thống Mamnoon Hussain. Sau Pakistan, nhà lãnh đạo Trung Quốc sẽ sang In-đô-nê-xi-a dự Hội nghị cấp cao Á – Phi và lễ kỷ niệm 60 năm Hội nghị Băng-đung.",
        ),
    ],
}

UWD_PLAN = {
    "id": "uwd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 19/KH-BNNMT':<40}Hà Nội, ngày 08 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến xuất khẩu chè và nông sản Halal sang Pakistan",
        "và các nước Nam Á năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến xuất khẩu chè và nông sản Halal sang Pakistan và các nước Nam Á năm 2026",
        ),
        (
            "paragraph",
            "Nhằm khai thác hiệu quả thị trường Pakistan, nước nhập khẩu chè lớn nhất của Việt Nam, và mở rộng xuất khẩu nông sản sang khu vực Nam Á, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm 2024, kim ngạch thương mại Việt Nam – Pakistan đạt khoảng 850 triệu USD; chè, hạt tiêu và sợi dệt là các mặt hàng xuất khẩu chủ lực của ta. Là thành viên của Tổ chức Hợp tác Kinh tế (ECO) và Tổ chức Hợp tác Thượng Hải (SCO), Pakistan có thể trở thành cửa ngõ đưa nông sản Việt Nam vào thị trường Trung Á. Năm ngoái, Bộ đã phối hợp với Hiệp hội Chè Pakistan tổ chức hội thảo trực tuyến về tiêu chuẩn Halal cho sản phẩm chè, song hai bên chưa ký được văn bản hợp tác nào.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Islamabad và Ca-ra-chi làm việc với Bộ An ninh lương thực quốc gia và Nghiên cứu Pakistan.",
        ),
        (
            "list_item",
            "2. Trong chuyến công tác này, đàm phán và ký Bản ghi nhớ hợp tác nông nghiệp giữa hai Bộ, tập trung vào chè, lúa gạo và kiểm dịch thực vật.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Pakistan cử chuyên gia sang Việt Nam tập huấn về quy trình chứng nhận Halal cho các doanh nghiệp chè.",
        ),
        (
            "list_item",
            "4. Tháng 8, phối hợp với Đại sứ quán Băng-la-đét và Xri Lan-ca tại Hà Nội tổ chức hội nghị kết nối giao thương nông sản Việt Nam – Nam Á tại Thành phố Hồ Chí Minh.",
        ),
        (
            "list_item",
            "5. Chưa đăng ký gian hàng quốc gia tại hội chợ Expo Pakistan năm 2026; việc tham gia sẽ được xem xét sau khi đánh giá kết quả chuyến công tác tháng 3.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

UWE_ECO = {
    "id": "uwe",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Hợp tác Kinh tế"),
        (
            "paragraph",
            "Tổ chức Hợp tác Kinh tế (ECO) là tổ chức liên chính phủ khu vực do I-ran, Pakistan và Thổ Nhĩ Kỳ thành lập năm 1985 nhằm thúc đẩy hợp tác kinh tế, kỹ thuật và văn hóa giữa các nước thành viên. Tiền thân của ECO là tổ chức Hợp tác khu vực vì phát triển (RCD), được ba nước lập ra tháng 7/1964 và ngừng hoạt động năm 1979. Ban Thư ký của ECO đặt tại Tê-hê-ran.",
        ),
        ("heading", "Hiệp ước Izmir và mở rộng", 1),
        (
            "paragraph",
            "Hiệp ước Izmir, được ba nước ký năm 1977 làm cơ sở pháp lý cho RCD, sau này được sửa đổi để trở thành văn kiện nền tảng của ECO. Năm 1992, tổ chức kết nạp thêm bảy thành viên là Áp-ga-ni-xtan, A-déc-bai-gian, Ca-dắc-xtan, Cư-rơ-gư-xtan, Tát-gi-ki-xtan, Tuốc-mê-ni-xtan và U-dơ-bê-ki-xtan, nâng tổng số thành viên lên mười.",
        ),
        ("heading", "Hợp tác thương mại", 1),
        (
            "paragraph",
            "Hiệp định Thương mại ECO (ECOTA) được ký tại Islamabad ngày 17/7/2003 và có hiệu lực năm 2008, nhưng các cam kết cắt giảm thuế quan đến nay vẫn chưa được thực hiện đầy đủ. Tại Hội nghị cấp cao lần thứ tám ở Du-san-be ngày 14/9/2004, lãnh đạo các nước thành viên kêu gọi hình thành khu vực thương mại tự do vào năm 2015.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa có cơ chế hợp tác chính thức với ECO. Tuy vậy, Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu, có hiệu lực từ ngày 5/10/2016, đã tạo thuận lợi cho hàng hóa Việt Nam vào Ca-dắc-xtan và Cư-rơ-gư-xtan, hai thành viên của ECO.",
        ),
    ],
}

DOCS = [UWA_PAKISTAN, UWB_EMBASSY, UWC_CPEC, UWD_PLAN, UWE_ECO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), front
    matter by heldout_kit.front_matter_lines (title at 50 columns, labels at 74), body at 74 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) the page number "[N]" flush
    right, a form feed and the header; the last page ends with its number (heldout_kit.headed_journal)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends and no wrapping (one paragraph a line), every line followed by
    an empty line; the signature at the end."""
    return word_text(doc, None, ["ĐẠI SỨ", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Kinh tế thế giới",
        "07:30",
        [("/the-gioi", "Thế giới"), ("/the-gioi/chau-a", "Châu Á")],
        [("/tag/pakistan", "Pakistan"), ("/tag/trung-quoc", "Trung Quốc"), ("/tag/cpec", "CPEC")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Công Thương;",
            "- Đại sứ quán Việt Nam tại Pakistan;",
            "- Lưu: VT, HTQT.",
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
        prefix="uw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
