"""Build the hundred-and-fifty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout159/build_heldout159.py [--check]

Five short documents on topics the earlier sets do not use as main topics (the Solomon Islands from
independence to the security agreement with China and its relations with Vietnam, Quảng Ngãi's external
affairs in the first half of 2023, the Solomon Islands' switch of recognition from Taipei to Beijing in
September 2019, a (fictitious) Vietnam Fisheries Society plan for tuna cooperation with the Solomon
Islands and the FFA in 2026, an encyclopedia entry on RAMSI). Facts are well-established; authors,
journal, page numbers, document numbers, the report's items, the plan and all quoted words are invented.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
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

MZA_SOLOMON = {
    "id": "mza",
    "shape": "journal",
    "header": "NGHIÊN CỨU CHÂU ĐẠI DƯƠNG – Số 1 (2025)",
    "first_page": 88,
    "break_after": 12,
    "blocks": [
        ("title", "QUẦN ĐẢO SOLOMON TRONG CẠNH TRANH CHIẾN LƯỢC Ở NAM THÁI BÌNH DƯƠNG"),
        ("author", "Đinh Quốc Hưng"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích chính sách đối ngoại của Quần đảo Solomon từ khi độc lập và gợi mở hướng hợp tác với Việt Nam.",
            "vi",
        ),
        ("keywords", "Quần đảo Solomon; RAMSI; Trung Quốc; Australia; nghề cá ngừ", "vi"),
        ("heading", "1. Từ độc lập đến khủng hoảng", 1),
        (
            "paragraph",
            "Giành độc lập từ Anh ngày 7/7/1978, Quần đảo Solomon được kết nạp vào Liên hợp quốc ngày 19/9/1978 và là thành viên Khối Thịnh vượng chung. Giai đoạn 1998 – 2003, xung đột sắc tộc giữa các nhóm vũ trang trên đảo Guadalcanal và Malaita làm tê liệt bộ máy nhà nước; Hiệp định hòa bình Townsville, ký tại Australia ngày 15/10/2000, không chấm dứt được bạo lực (Đặng Văn Thắng, 2019, tr. 58).",
        ),
        (
            "paragraph",
            "Theo đề nghị của Chính phủ Solomon, Phái bộ Hỗ trợ khu vực tại Quần đảo Solomon (RAMSI) do Australia dẫn đầu, với sự tham gia của New Zealand và các nước thành viên Diễn đàn các đảo Thái Bình Dương, được triển khai từ ngày 24/7/2003 và chỉ kết thúc vào ngày 30/6/2017.",
        ),
        ("heading", "2. Bước ngoặt năm 2019", 1),
        (
            "paragraph",
            "Ngày 16/9/2019, Chính phủ của Thủ tướng Manasseh Sogavare quyết định chấm dứt quan hệ với Đài Loan để thiết lập quan hệ ngoại giao với Trung Quốc. Tháng 4/2022, hai nước ký hiệp định hợp tác an ninh, khiến Australia, New Zealand và Hoa Kỳ bày tỏ lo ngại (Lưu Thị Hằng, 2023). Năm 2023, Honiara lần đầu đăng cai Đại hội Thể thao Thái Bình Dương, với sân vận động chính do Trung Quốc tài trợ xây dựng.",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Quần đảo Solomon có quan hệ ngoại giao, song trao đổi đoàn còn rất hạn chế và khuôn khổ pháp lý cho hợp tác song phương còn mỏng. Nghề cá ngừ được coi là lĩnh vực “có dư địa hợp tác lớn nhất” (Hoàng Minh Tú, 2024, tr. 97); ta nên đề nghị phía bạn sớm thành lập nhóm công tác chung về nghề cá.",
        ),
    ],
}

MZB_QUANGNGAI = {
    "id": "mzb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        "SỞ NGOẠI VỤ",
        "Số: 118/BC-SNgV",
        "Quảng Ngãi, ngày 12 tháng 6 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại 6 tháng đầu năm 2023, nhiệm vụ 6 tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm 2023, nhiệm vụ 6 tháng cuối năm"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Trong 6 tháng đầu năm, tỉnh đã đón 19 đoàn khách nước ngoài; đáng chú ý là đoàn Bộ Nghề cá và Tài nguyên biển Quần đảo Solomon sang tìm hiểu mô hình thu mua, chế biến cá ngừ tại Sa Huỳnh vào tháng 4.",
        ),
        (
            "list_item",
            "2. Ngày 15/3/2023, Chủ tịch UBND tỉnh tiếp Đại sứ Hàn Quốc tại Việt Nam; hai bên trao đổi về việc mở rộng khu công nghiệp VSIP và đào tạo lao động.",
        ),
        (
            "list_item",
            "3. Dự án nâng cao năng lực phòng chống thiên tai cho ngư dân ven biển do Chính phủ Australia viện trợ 800.000 AUD đang được triển khai tại ba huyện.",
        ),
        (
            "list_item",
            "4. Việc ký thỏa thuận hợp tác với tỉnh Malaita (Quần đảo Solomon) chưa thực hiện được do phía bạn chưa bố trí được kinh phí cho đoàn sang Việt Nam.",
        ),
        (
            "list_item",
            "5. Một doanh nghiệp Nhật Bản đã khởi công nhà máy chế biến thủy sản tại Khu kinh tế Dung Quất vào tháng 5.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tổ chức đoàn doanh nghiệp sang Quần đảo Solomon và Papua Niu Ghi-nê khảo sát thị trường, dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "2. Tiếp tục phối hợp với phía Australia tổng kết giai đoạn một của dự án phòng chống thiên tai.",
        ),
        (
            "list_item",
            "3. Mời đoàn tỉnh Malaita sang thăm và ký thỏa thuận hợp tác khi phía bạn thu xếp được.",
        ),
    ],
}

MZC_SWITCH = {
    "id": "mzc",
    "shape": "news",
    "date": "2019-09-21",
    "stamp": "Thứ Bảy, 21/09/2019 - 20:40",
    "blocks": [
        ("title", "Trung Quốc và Quần đảo Solomon chính thức thiết lập quan hệ ngoại giao"),
        (
            "paragraph",
            "Bắc Kinh (TTXVN) – Ngày 21/9, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị và Bộ trưởng Ngoại giao Quần đảo Solomon Jeremiah Manele đã ký Thông cáo chung về việc thiết lập quan hệ ngoại giao giữa hai nước. Trong văn kiện, phía Solomon công nhận nguyên tắc một Trung Quốc.",
        ),
        (
            "paragraph",
            "Lễ ký diễn ra năm ngày sau khi Chính phủ Quần đảo Solomon quyết định cắt quan hệ với Đài Loan, chấm dứt 36 năm quan hệ. Quần đảo Solomon từng là đối tác lớn nhất của Đài Loan ở khu vực Thái Bình Dương và là nước thứ sáu cắt quan hệ với hòn đảo này kể từ khi bà Thái Anh Văn nhậm chức năm 2016.",
        ),
        ("heading", "Đài Loan mất thêm Kiribati", 1),
        (
            "paragraph",
            "Hôm qua, Đài Loan tiếp tục tuyên bố cắt quan hệ với Kiribati sau khi quốc đảo này quyết định chuyển sang công nhận Bắc Kinh. Như vậy, chỉ trong một tuần, Đài Loan mất hai nước có quan hệ ngoại giao, và hiện chỉ còn 15 nước duy trì quan hệ chính thức với hòn đảo này.",
        ),
        ("heading", "Phản ứng trong khu vực", 1),
        (
            "paragraph",
            "Trước khi đưa ra quyết định, Chính phủ Solomon đã cử phái đoàn sang Bắc Kinh và nhiều nước Thái Bình Dương để tham khảo. Australia cho biết tôn trọng quyết định của Honiara; nước này vẫn là nhà tài trợ lớn nhất của Quần đảo Solomon. Thủ tướng Manasseh Sogavare dự kiến sẽ thăm Trung Quốc trong thời gian tới.",
        ),
    ],
}

MZD_PLAN = {
    "id": "mzd",
    "shape": "plan",
    "head": [
        f"{'HỘI NGHỀ CÁ VIỆT NAM':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-HNC':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác nghề cá ngừ với Quần đảo Solomon",
        "và Cơ quan Nghề cá Diễn đàn các đảo Thái Bình Dương năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác nghề cá ngừ với Quần đảo Solomon và Cơ quan Nghề cá Diễn đàn các đảo Thái Bình Dương năm 2026",
        ),
        (
            "paragraph",
            "Nhằm góp phần gỡ “thẻ vàng” mà Ủy ban châu Âu áp dụng đối với thủy sản Việt Nam từ tháng 10/2017 và mở rộng hợp tác với các quốc đảo Thái Bình Dương, Hội Nghề cá Việt Nam xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Quần đảo Solomon là thành viên Cơ quan Nghề cá Diễn đàn các đảo Thái Bình Dương (FFA), có trụ sở tại thủ đô Honiara, và là một trong tám bên của Hiệp định Nauru (PNA). Năm ngoái, Hội đã tiếp đoàn Hiệp hội cá ngừ của Solomon nhưng hai bên chưa ký văn bản hợp tác.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn sang Honiara làm việc với Bộ Nghề cá và Tài nguyên biển Quần đảo Solomon và Ban Thư ký FFA.",
        ),
        (
            "list_item",
            "2. Phối hợp với VASEP đàm phán, ký Bản ghi nhớ về chế biến và xuất khẩu cá ngừ với Hiệp hội cá ngừ Solomon, dự kiến trong quý III.",
        ),
        (
            "list_item",
            "3. Đề nghị Ban Thư ký FFA cử chuyên gia sang tập huấn cho các tỉnh ven biển về giám sát tàu cá và truy xuất nguồn gốc.",
        ),
        (
            "list_item",
            "4. Không đề xuất cấp phép cho tàu cá Việt Nam khai thác tại vùng biển của Solomon trong năm 2026.",
        ),
        (
            "paragraph",
            "Ban Đối ngoại của Hội chịu trách nhiệm theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
        ),
    ],
}

MZE_RAMSI = {
    "id": "mze",
    "shape": "entry",
    "blocks": [
        ("title", "Phái bộ Hỗ trợ khu vực tại Quần đảo Solomon (RAMSI)"),
        (
            "paragraph",
            "Phái bộ Hỗ trợ khu vực tại Quần đảo Solomon (RAMSI) là phái bộ cảnh sát, quân sự và dân sự do Australia dẫn đầu, hoạt động tại Quần đảo Solomon từ năm 2003 đến năm 2017 nhằm khôi phục pháp luật và trật tự sau giai đoạn xung đột sắc tộc. Chiến dịch mang tên “Helpem Fren”, tiếng Pijin nghĩa là “giúp đỡ bạn bè”.",
        ),
        ("heading", "Thành lập", 1),
        (
            "paragraph",
            "Phái bộ được triển khai ngày 24/7/2003 theo yêu cầu của Thủ tướng Allan Kemakeza, trên cơ sở Tuyên bố Biketawa mà các nhà lãnh đạo Diễn đàn các đảo Thái Bình Dương thông qua năm 2000. Lực lượng ban đầu gồm hơn 2.000 cảnh sát và binh sĩ. Cùng với Australia, New Zealand, Papua Niu Ghi-nê, Fiji, Tonga và các thành viên khác của Diễn đàn đã cử nhân sự tham gia. Tháng 8/2003, thủ lĩnh vũ trang Harold Keke ra đầu hàng lực lượng của phái bộ.",
        ),
        ("heading", "Hoạt động và kết thúc", 1),
        (
            "paragraph",
            "Sau bạo loạn ở Honiara năm 2006, RAMSI được tăng cường lực lượng. Thành phần quân sự rút khỏi Solomon năm 2013, chỉ để lại lực lượng cảnh sát. Phái bộ kết thúc nhiệm vụ ngày 30/6/2017.",
        ),
        ("heading", "Sau RAMSI", 1),
        (
            "paragraph",
            "Năm 2017, Australia và Quần đảo Solomon ký hiệp ước an ninh song phương. Dựa trên hiệp ước này, Australia điều cảnh sát và binh sĩ tới Honiara khi bạo loạn bùng phát vào tháng 11/2021. Tuy vậy, Solomon không yêu cầu khôi phục một phái bộ khu vực như RAMSI.",
        ),
    ],
}

DOCS = [MZA_SOLOMON, MZB_QUANGNGAI, MZC_SWITCH, MZD_PLAN, MZE_RAMSI]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, the page number centred as
    "- N -"."""
    return headed_journal(doc, title=48, label=72, body=72, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 70 columns, a blank line after every line."""
    return word_text(doc, 70, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news-agency detail page (heldout_kit.news_page)."""
    return news_page(
        doc,
        "Thế giới",
        "20:40",
        [("/the-gioi", "Thế giới"), ("/chau-a-tbd", "Châu Á – Thái Bình Dương")],
        [("/tag/quan-dao-solomon", "Quần đảo Solomon"), ("/tag/dai-loan", "Đài Loan")],
    )


def render_plan(doc: dict) -> str:
    """An association's plan: issuer/motto block, centred title, body at 78 columns, "Nơi nhận" and signature."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;", "- VASEP;", "- Lưu: VP, BĐN."],
        ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(đã ký)"],
        (48, 52, 53),
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
        prefix="mz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
