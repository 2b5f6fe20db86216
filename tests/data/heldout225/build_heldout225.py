"""Build the 225th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout225/build_heldout225.py [--check]

Five short documents on Bulgaria and Vietnam (Vietnam – Bulgaria from the relations of 1950 to the EU,
Schengen and the euro, the National Economics University's international cooperation in the first half of
2025, Bulgaria and Romania's full entry into the Schengen area on 1/1/2025, a (fictitious) Ministry of
Industry and Trade plan for trade promotion in Bulgaria and Romania in 2026, an encyclopedia entry on the
2005 Treaty of Accession of Bulgaria and Romania). Facts are well-established; authors, journal, page
numbers, document numbers, the report's and the plan's items and all quoted words are invented.
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

CZA_BULGARIA = {
    "id": "cza",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU ÂU VÀ THẾ GIỚI – Số 9 (2025)",
    "first_page": 52,
    "break_after": 11,
    "blocks": [
        (
            "title",
            "QUAN HỆ VIỆT NAM – BUN-GA-RI: TỪ TÌNH HỮU NGHỊ TRUYỀN THỐNG ĐẾN HỢP TÁC TRONG KHUÔN KHỔ EU",
        ),
        ("author", "Nguyễn Thị Hồng Vân"),
        ("affiliation", "Viện Nghiên cứu Châu Âu, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại chặng đường 75 năm quan hệ Việt Nam – Bun-ga-ri và phân tích cơ hội hợp tác khi Bun-ga-ri hội nhập sâu hơn vào Liên minh châu Âu.",
            "vi",
        ),
        ("keywords", "Bun-ga-ri; Liên minh châu Âu; Schengen; EVFTA", "vi"),
        ("heading", "1. Những người bạn từ buổi đầu", 1),
        (
            "paragraph",
            "Ngày 8/2/1950, Bun-ga-ri thiết lập quan hệ ngoại giao với nước Việt Nam Dân chủ Cộng hòa, là một trong những nước đầu tiên làm việc đó. Trong những năm kháng chiến, Xô-phi-a đã viện trợ nhiều hàng hóa thiết yếu và đào tạo hàng nghìn cán bộ, kỹ sư cho ta (Trần Đức Cường, 2015, tr. 64). Hai nước còn cùng là thành viên Hội đồng Tương trợ Kinh tế: Bun-ga-ri từ khi tổ chức này ra đời năm 1949, Việt Nam từ năm 1978.",
        ),
        ("heading", "2. Bun-ga-ri trong Liên minh châu Âu", 1),
        (
            "paragraph",
            "Sau năm 1989, Bun-ga-ri chuyển hướng sang phương Tây: nước này gia nhập NATO ngày 29/3/2004 và trở thành thành viên EU ngày 1/1/2007, cùng với Ru-ma-ni. Ngày 1/1/2025, Bun-ga-ri gia nhập đầy đủ khu vực Schengen, và theo quyết định của Hội đồng EU, nước này sẽ dùng đồng euro từ ngày 1/1/2026. Một nhà ngoại giao Bun-ga-ri nhận xét rằng quan hệ với Việt Nam “chưa bao giờ bị gián đoạn, kể cả trong những năm khó khăn nhất” (Vũ Minh Hải, 2020, tr. 117).",
        ),
        ("heading", "3. Cơ hội từ EVFTA", 1),
        (
            "paragraph",
            "Hiệp định EVFTA có hiệu lực từ ngày 1/8/2020 đã mở ra cơ hội lớn cho hàng nông sản, dệt may của ta vào thị trường Bun-ga-ri. Tuy nhiên, kim ngạch hai chiều vẫn chưa tương xứng với tiềm năng, và hai nước chưa có đường bay thẳng (Lê Quốc Bảo, 2023). Trong thời gian tới, hai bên nên sớm ký hiệp định hợp tác về du lịch và tận dụng cộng đồng người Việt từng học tập tại Bun-ga-ri làm cầu nối.",
        ),
    ],
}

CZB_NEU = {
    "id": "czb",
    "shape": "word",
    "head": [
        "TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN",
        "BAN HỢP TÁC QUỐC TẾ",
        "Số: 412/BC-ĐHKTQD",
        "Hà Nội, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác quốc tế 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả hợp tác quốc tế 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Từ ngày 10 đến ngày 15/3/2025, đoàn công tác của Trường do Phó Hiệu trưởng dẫn đầu đã làm việc tại Xô-phi-a và Bu-ca-rét; nhân dịp này, Trường ký thỏa thuận hợp tác với Trường Đại học Kinh tế quốc gia và thế giới (Bun-ga-ri) về trao đổi giảng viên, sinh viên.",
        ),
        (
            "list_item",
            "2. Tháng 4, Đại sứ Bun-ga-ri tại Việt Nam đến thăm và nói chuyện với sinh viên về cơ hội kinh doanh tại thị trường Đông Nam Âu.",
        ),
        (
            "list_item",
            "3. Mười hai sinh viên của Trường được nhận học bổng trao đổi theo chương trình Erasmus+ do EU tài trợ; Quỹ Hàn Quốc tiếp tục cấp kinh phí cho Trung tâm Nghiên cứu Hàn Quốc.",
        ),
        (
            "list_item",
            "4. Chương trình liên kết đào tạo thạc sĩ với một trường đại học của Ru-ma-ni chưa được Bộ Giáo dục và Đào tạo phê duyệt.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tháng 10, đón đoàn Trường Đại học Kinh tế quốc gia và thế giới sang Hà Nội đồng tổ chức hội thảo quốc tế về thương mại Việt Nam – EU.",
        ),
        (
            "list_item",
            "2. Hoàn thiện hồ sơ tham gia dự án nâng cao năng lực trong khuôn khổ Erasmus+ cùng các đối tác Bun-ga-ri và Ba Lan.",
        ),
        (
            "list_item",
            "3. Cử hai giảng viên sang Xô-phi-a giảng dạy ngắn hạn trong học kỳ mùa thu.",
        ),
    ],
}

CZC_SCHENGEN = {
    "id": "czc",
    "shape": "news",
    "date": "2025-01-01",
    "stamp": "Thứ Tư, 01/01/2025 - 08:45",
    "blocks": [
        ("title", "Bun-ga-ri và Ru-ma-ni trở thành thành viên đầy đủ của khu vực Schengen"),
        (
            "paragraph",
            "Xô-phi-a (TTXVN) – Từ 0 giờ ngày 1/1/2025, Bun-ga-ri và Ru-ma-ni dỡ bỏ kiểm soát tại biên giới đất liền với các nước trong khu vực Schengen, chính thức trở thành thành viên đầy đủ của khu vực đi lại tự do lớn nhất thế giới.",
        ),
        ("heading", "Hơn một thập kỷ chờ đợi", 1),
        (
            "paragraph",
            "Quyết định dỡ bỏ kiểm soát biên giới đất liền được Bộ trưởng Nội vụ các nước EU thông qua tại Brúc-xen ngày 12/12/2024. Hai nước đã gia nhập EU từ ngày 1/1/2007 nhưng nhiều năm liền bị một số thành viên ngăn cản vào Schengen. Tháng 12/2022, Áo phủ quyết việc kết nạp hai nước, trong khi Crô-a-ti-a, nước vào EU muộn hơn, được kết nạp ngay từ đầu năm 2023.",
        ),
        (
            "paragraph",
            "Từ ngày 31/3/2024, Bun-ga-ri và Ru-ma-ni đã áp dụng quy định Schengen tại các sân bay và cảng biển. Áo chỉ rút lại sự phản đối sau khi ba nước thống nhất các biện pháp tăng cường bảo vệ biên giới ngoài của EU.",
        ),
        ("heading", "Mục tiêu tiếp theo: đồng euro", 1),
        (
            "paragraph",
            "Tại lễ dỡ bỏ trạm kiểm soát trên biên giới hai nước, lãnh đạo Bun-ga-ri và Ru-ma-ni cảm ơn Ủy ban châu Âu và các nước thành viên đã ủng hộ. Với việc kết nạp hai thành viên mới, khu vực Schengen hiện có 29 nước. Bun-ga-ri đặt mục tiêu dùng đồng euro từ đầu năm 2026, còn Ru-ma-ni chưa xác định thời điểm.",
        ),
    ],
}

CZD_PLAN = {
    "id": "czd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 128/KH-BCT':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường Bun-ga-ri và Ru-ma-ni năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại thị trường Bun-ga-ri và Ru-ma-ni năm 2026"),
        (
            "paragraph",
            "Nhằm tận dụng ưu đãi của Hiệp định EVFTA và khai thác cửa ngõ Đông Nam Âu, Bộ Công Thương ban hành Kế hoạch xúc tiến thương mại tại Bun-ga-ri và Ru-ma-ni năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Từ ngày 1/1/2026, Bun-ga-ri chính thức sử dụng đồng euro, trở thành thành viên thứ 21 của khu vực đồng euro; cả hai nước đều đã là thành viên đầy đủ của khu vực Schengen từ năm ngoái. Năm 2025, Thương vụ Việt Nam tại Ru-ma-ni đã phối hợp đưa một số doanh nghiệp thủy sản sang khảo sát thị trường, nhưng chưa có hợp đồng lớn nào được ký.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, tổ chức đoàn doanh nghiệp nông sản, thực phẩm sang Xô-phi-a và Bu-ca-rét gặp gỡ các nhà nhập khẩu.",
        ),
        (
            "list_item",
            "2. Tham gia Hội chợ quốc tế Plov-đi-v với một khu gian hàng quốc gia Việt Nam.",
        ),
        (
            "list_item",
            "3. Ký bản ghi nhớ hợp tác với Phòng Thương mại và Công nghiệp Bun-ga-ri về trao đổi thông tin thị trường, dự kiến vào quý III.",
        ),
        (
            "list_item",
            "4. Đón đoàn doanh nghiệp Ru-ma-ni sang dự Hội chợ Vietnam Expo tại Hà Nội.",
        ),
        (
            "list_item",
            "5. Chưa đặt vấn đề mở văn phòng xúc tiến thương mại tại Xô-phi-a trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại chủ trì, phối hợp với Vụ Thị trường châu Âu – châu Mỹ tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

CZE_TREATY = {
    "id": "cze",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước gia nhập của Bun-ga-ri và Ru-ma-ni"),
        (
            "paragraph",
            "Hiệp ước gia nhập năm 2005 là văn kiện pháp lý đưa Bun-ga-ri và Ru-ma-ni trở thành thành viên Liên minh châu Âu (EU). Hiệp ước được ký ngày 25/4/2005 tại Tu viện Neumünster ở Lúc-xăm-bua giữa 25 nước thành viên EU và hai nước ứng cử, và có hiệu lực từ ngày 1/1/2007.",
        ),
        ("heading", "Quá trình đàm phán", 1),
        (
            "paragraph",
            "Hai nước bắt đầu đàm phán gia nhập với EU năm 2000, song không kịp vào EU trong đợt mở rộng ngày 1/5/2004 cùng mười nước Trung, Đông Âu và Địa Trung Hải. Các cuộc đàm phán kết thúc vào cuối năm 2004. Nghị viện châu Âu thông qua việc kết nạp hai nước vào tháng 4/2005, trước khi hiệp ước được ký.",
        ),
        ("heading", "Các điều khoản đặc biệt", 1),
        (
            "paragraph",
            "Hiệp ước có điều khoản bảo vệ cho phép EU lùi thời điểm gia nhập một năm nếu hai nước không đáp ứng các cam kết. Sau khi hai nước vào EU, Ủy ban châu Âu áp dụng Cơ chế Hợp tác và Kiểm chứng để giám sát cải cách tư pháp và chống tham nhũng; cơ chế này chỉ được chấm dứt vào năm 2023. Một số nước thành viên cũ hạn chế người lao động Bun-ga-ri và Ru-ma-ni cho đến ngày 1/1/2014.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ ngoại giao với cả hai nước từ năm 1950 và đã ký với EU Hiệp định EVFTA, có hiệu lực từ ngày 1/8/2020.",
        ),
    ],
}

DOCS = [CZA_BULGARIA, CZB_NEU, CZC_SCHENGEN, CZD_PLAN, CZE_TREATY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns, every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, 72, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page): title, meta date, nav, lead with its dateline, <h3>
    subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="08:45",
        menu=[("/the-gioi", "Thế giới"), ("/chau-au", "Châu Âu")],
        tags=[("/tag/schengen", "Schengen"), ("/tag/bun-ga-ri", "Bun-ga-ri")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, Vụ TTAM."],
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
        prefix="cz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
