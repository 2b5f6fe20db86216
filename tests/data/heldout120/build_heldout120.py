"""Build the hundred-and-twentieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout120/build_heldout120.py [--check]

Five short documents on party diplomacy, written after the rules were tuned on the seeds and the earlier
held-out sets, on topics those sets do not use (the relations between the Communist Party of Vietnam and the
Lao People's Revolutionary Party, the Ho Chi Minh National Academy of Politics' international cooperation in
2024, the opening of the 18th International Meeting of Communist and Workers' Parties in Hà Nội on 28/10/2016,
a (fictitious) plan of the Party Central Committee's Commission for External Relations for its relations with
the Lao party in 2025, an encyclopedia entry on the Vietnam – Laos Treaty of Friendship and Cooperation of
1977). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page numbers,
document numbers, the Academy report's items, the Commission's plan (number, date, tasks) and all quoted words
are invented. Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
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

SVA_LAOPARTY = {
    "id": "sva",
    "shape": "journal",
    "header": "TẠP CHÍ LÝ LUẬN VÀ ĐỐI NGOẠI ĐẢNG – Số 3 (2025)",
    "first_page": 27,
    "break_after": 11,
    "blocks": [
        (
            "title",
            "QUAN HỆ GIỮA ĐẢNG CỘNG SẢN VIỆT NAM VÀ ĐẢNG NHÂN DÂN CÁCH MẠNG LÀO – HẠT NHÂN CỦA MỐI QUAN HỆ ĐẶC BIỆT",
        ),
        ("author", "Nguyễn Thị Thu Hằng"),
        ("affiliation", "Viện Quan hệ quốc tế, Học viện Chính trị quốc gia Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết khái quát quá trình phát triển quan hệ giữa hai Đảng, phân tích các kênh hợp tác chủ yếu và rút ra một số kinh nghiệm.",
            "vi",
        ),
        (
            "keywords",
            "Đảng Cộng sản Việt Nam; Đảng Nhân dân Cách mạng Lào; đối ngoại Đảng; quan hệ đặc biệt",
            "vi",
        ),
        ("heading", "1. Cùng chung một chiến hào", 1),
        (
            "paragraph",
            "Đảng Nhân dân Cách mạng Lào, tiền thân là Đảng Nhân dân Lào, được thành lập ngày 22/3/1955 trên cơ sở những đảng viên người Lào của Đảng Cộng sản Đông Dương. Trong hai cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, hai Đảng luôn kề vai sát cánh, phối hợp chặt chẽ về chính trị và quân sự (Trần Văn Hưng, 2012, tr. 45). Ngày 5/9/1962, Chính phủ Việt Nam Dân chủ Cộng hòa và Chính phủ Vương quốc Lào chính thức thiết lập quan hệ ngoại giao. Sau khi nước Cộng hòa Dân chủ Nhân dân Lào ra đời, ngày 18/7/1977 hai nước ký Hiệp ước Hữu nghị và Hợp tác tại Viêng Chăn, đặt nền móng pháp lý cho quan hệ đặc biệt.",
        ),
        ("heading", "2. Các kênh hợp tác chủ yếu", 1),
        (
            "paragraph",
            "Bước vào thời kỳ đổi mới, kênh Đảng tiếp tục giữ vai trò định hướng cho toàn bộ quan hệ hai nước. Hằng năm, Bộ Chính trị hai Đảng tổ chức cuộc gặp thường niên để đánh giá việc thực hiện các thỏa thuận cấp cao; hai bên còn duy trì cơ chế hội thảo lý luận và trao đổi kinh nghiệm về xây dựng Đảng. Sau Đại hội XI của Đảng Nhân dân Cách mạng Lào, Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith đã chọn Việt Nam là nước đầu tiên đến thăm, từ ngày 28 đến 29/6/2021. Ngày 8/8/2021, Nhà Quốc hội mới của Lào, công trình trị giá khoảng 112 triệu USD do Đảng, Nhà nước và nhân dân Việt Nam tặng, được bàn giao cho phía bạn; ngay hôm sau, Chủ tịch nước Nguyễn Xuân Phúc sang thăm hữu nghị chính thức Lào. Đó là “món quà mang ý nghĩa chính trị lớn hơn nhiều giá trị vật chất” (Phạm Thị Lan Anh, 2022, tr. 18).",
        ),
        ("heading", "3. Một số kinh nghiệm", 1),
        (
            "paragraph",
            "Năm 2022, hai bên tổ chức Năm Đoàn kết hữu nghị Việt Nam – Lào, kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao và 45 năm Ngày ký Hiệp ước. Tuy vậy, hợp tác kinh tế giữa hai nước vẫn chưa tương xứng với quan hệ chính trị đặc biệt (Đoàn Minh Tuấn, 2024). Thời gian tới, hai Đảng cần tiếp tục đổi mới nội dung và phương thức hợp tác, nhất là trong đào tạo cán bộ và tổng kết thực tiễn.",
        ),
    ],
}

SVB_ACADEMY = {
    "id": "svb",
    "shape": "word",
    "head": [
        "HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH",
        "VỤ HỢP TÁC QUỐC TẾ",
        "Số: 86/BC-HTQT",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Công tác đào tạo cán bộ cho Đảng Nhân dân Cách mạng Lào tiếp tục là nhiệm vụ trọng tâm: trong năm, Học viện tiếp nhận 215 học viên Lào theo học các lớp cao cấp lý luận chính trị và bồi dưỡng ngắn hạn bằng nguồn viện trợ không hoàn lại của Chính phủ Việt Nam.",
        ),
        (
            "list_item",
            "2. Tháng 4, đoàn Học viện Chính trị và Hành chính quốc gia Lào do đồng chí Giám đốc dẫn đầu sang thăm và làm việc; hai bên ký Kế hoạch hợp tác giai đoạn 2024 – 2026 và thống nhất trao đổi giảng viên hằng năm.",
        ),
        (
            "list_item",
            "3. Từ ngày 9 đến 13/9, đoàn cán bộ Học viện sang Phnôm Pênh làm việc với đại diện Đảng Nhân dân Campuchia về đào tạo cán bộ lãnh đạo, quản lý.",
        ),
        (
            "list_item",
            "4. Tháng 11, Học viện phối hợp với Trường Đảng Trung ương Đảng Cộng sản Trung Quốc tổ chức hội thảo trực tuyến về quản trị quốc gia trong kỷ nguyên số.",
        ),
        (
            "list_item",
            "5. Chương trình trao đổi giảng viên với Trường Cán bộ cấp cao Ñico López của Đảng Cộng sản Cuba chưa thực hiện được do khó khăn về kinh phí và đi lại.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Nhân dịp kỷ niệm 70 năm Ngày thành lập Đảng Nhân dân Cách mạng Lào (22/3/1955 – 22/3/2025), phối hợp với Học viện Chính trị và Hành chính quốc gia Lào tổ chức hội thảo khoa học tại Viêng Chăn.",
        ),
        (
            "list_item",
            "2. Tiếp nhận khoảng 230 học viên Lào và 40 học viên Campuchia sang học tập, nghiên cứu tại Học viện.",
        ),
        (
            "list_item",
            "3. Mời đoàn Trường Ñico López sang làm việc vào tháng 8 năm sau để khởi động lại chương trình trao đổi giảng viên.",
        ),
    ],
}

SVC_IMCWP = {
    "id": "svc",
    "shape": "news",
    "date": "2016-10-28",
    "stamp": "Thứ Sáu, 28/10/2016 - 12:05",
    "blocks": [
        ("title", "Khai mạc Cuộc gặp quốc tế các đảng cộng sản và công nhân lần thứ 18"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 28/10, Cuộc gặp quốc tế các đảng cộng sản và công nhân lần thứ 18 đã khai mạc tại Hà Nội với sự tham dự của hơn 100 đại biểu đến từ các châu lục. Cuộc gặp kéo dài đến ngày 30/10.",
        ),
        ("heading", "Lần đầu tiên Đảng ta đăng cai", 1),
        (
            "paragraph",
            "Đây là lần đầu tiên Đảng Cộng sản Việt Nam đăng cai Cuộc gặp. Ra đời năm 1998, cơ chế này hiện quy tụ hơn 120 đảng cộng sản và công nhân của 85 quốc gia; Cuộc gặp lần thứ 17 được tổ chức tại Ix-tan-bun (Thổ Nhĩ Kỳ) năm ngoái. Năm nay, các đại biểu thảo luận chủ đề “Khủng hoảng tư bản chủ nghĩa và sự tấn công của chủ nghĩa đế quốc – Chiến lược và sách lược của các đảng cộng sản và công nhân trong cuộc đấu tranh vì hòa bình, quyền của người lao động và các dân tộc, vì chủ nghĩa xã hội”.",
        ),
        ("heading", "Tôn trọng Hiến chương Liên hợp quốc và luật pháp quốc tế", 1),
        (
            "paragraph",
            "Phát biểu khai mạc, đồng chí Hoàng Bình Quân, Ủy viên Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương, nhấn mạnh yêu cầu tuân thủ các nguyên tắc cơ bản của Hiến chương Liên hợp quốc và luật pháp quốc tế, giải quyết tranh chấp bằng biện pháp hòa bình, không can thiệp vào công việc nội bộ và không sử dụng hoặc đe dọa sử dụng vũ lực. Đồng chí khẳng định Đảng ta luôn coi trọng củng cố quan hệ với các nước xã hội chủ nghĩa, các bạn bè truyền thống, các đảng cộng sản và công nhân, đồng thời cảm ơn các đảng và nhân dân yêu chuộng hòa bình trên thế giới đã đoàn kết, ủng hộ Việt Nam trong sự nghiệp giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc.",
        ),
        (
            "paragraph",
            "Trong các phiên thảo luận, đại biểu các đảng, trong đó có Đảng Nhân dân Cách mạng Lào, sẽ trao đổi về tình hình thế giới và bàn biện pháp phối hợp hành động, nhất là chuẩn bị kỷ niệm 100 năm Cách mạng Tháng Mười Nga vào năm tới. Dự kiến ngày mai, Tổng Bí thư Nguyễn Phú Trọng sẽ tiếp các trưởng đoàn dự Cuộc gặp.",
        ),
    ],
}

SVD_PLAN = {
    "id": "svd",
    "shape": "plan",
    "head": [
        f"{'BAN CHẤP HÀNH TRUNG ƯƠNG':<42}ĐẢNG CỘNG SẢN VIỆT NAM",
        "      BAN ĐỐI NGOẠI",
        "            *",
        f"{'Số 52-KH/BĐNTW':<42}Hà Nội, ngày 10 tháng 01 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai quan hệ với Đảng Nhân dân Cách mạng Lào",
        "năm 2025",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Triển khai quan hệ với Đảng Nhân dân Cách mạng Lào năm 2025"),
        (
            "paragraph",
            "Năm 2025, hai Đảng, hai nước kỷ niệm nhiều sự kiện trọng đại: 95 năm Ngày thành lập Đảng Cộng sản Việt Nam, 70 năm Ngày thành lập Đảng Nhân dân Cách mạng Lào và 50 năm Ngày Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào. Để tiếp tục làm sâu sắc quan hệ đặc biệt giữa hai Đảng, Ban Đối ngoại Trung ương xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Năm 2024, quan hệ giữa hai Đảng, hai nước tiếp tục được củng cố. Chủ tịch nước Tô Lâm thăm cấp Nhà nước Lào từ ngày 11 đến 12/7; hai tháng sau, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith thăm cấp Nhà nước Việt Nam, ngay sau khi đồng chí Tô Lâm được bầu làm Tổng Bí thư. Tuy nhiên, một số thỏa thuận về đào tạo cán bộ và giao lưu thanh niên giữa hai Đảng chưa được triển khai đầy đủ.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3, cử đoàn đại biểu Đảng do một đồng chí Ủy viên Bộ Chính trị dẫn đầu sang Viêng Chăn dự lễ kỷ niệm 70 năm Ngày thành lập Đảng Nhân dân Cách mạng Lào, trao điện mừng của Ban Chấp hành Trung ương Đảng ta.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Văn phòng Trung ương Đảng chuẩn bị cuộc gặp thường niên giữa hai Bộ Chính trị, dự kiến tổ chức tại Hà Nội vào tháng 11.",
        ),
        (
            "list_item",
            "3. Phối hợp với Học viện Chính trị quốc gia Hồ Chí Minh tổ chức Hội thảo lý luận giữa hai Đảng về công tác xây dựng Đảng trong giai đoạn mới.",
        ),
        (
            "list_item",
            "4. Đề xuất bố trí nguồn viện trợ không hoàn lại năm 2025 dành cho Lào để đào tạo, bồi dưỡng cán bộ của Đảng bạn.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn riêng của Ban sang Lào dịp Quốc khánh 2/12; cán bộ của Ban tham gia đoàn đại biểu cấp cao Đảng, Nhà nước ta dự lễ kỷ niệm 50 năm Quốc khánh Lào.",
        ),
        (
            "paragraph",
            "Vụ Đông Nam Á – Nam Á – Nam Thái Bình Dương là đầu mối theo dõi, đôn đốc và báo cáo kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

SVE_TREATY = {
    "id": "sve",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào"),
        (
            "paragraph",
            "Hiệp ước Hữu nghị và Hợp tác giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Dân chủ Nhân dân Lào là văn kiện pháp lý nền tảng của quan hệ đặc biệt giữa hai nước. Hiệp ước được ký tại Viêng Chăn ngày 18/7/1977, trong chuyến thăm hữu nghị chính thức Lào từ ngày 15 đến 18/7/1977 của Đoàn đại biểu Đảng và Chính phủ Việt Nam do Tổng Bí thư Lê Duẩn và Thủ tướng Phạm Văn Đồng dẫn đầu. Người ký là hai Thủ tướng Phạm Văn Đồng và Cay-xỏn Phôm-vi-hản.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp ước khẳng định quyết tâm giữ gìn và phát triển quan hệ đặc biệt, tăng cường đoàn kết, tin cậy, hợp tác và giúp đỡ lẫn nhau lâu dài, tôn trọng độc lập, chủ quyền, toàn vẹn lãnh thổ và không can thiệp vào công việc nội bộ của nhau. Văn kiện có hiệu lực từ ngày 31/10/1977. Cùng ngày ký Hiệp ước, hai bên còn ký Hiệp ước Hoạch định biên giới quốc gia giữa hai nước.",
        ),
        ("heading", "Thực hiện", 1),
        (
            "paragraph",
            "Trên cơ sở Hiệp ước Hoạch định biên giới, đến đầu năm 1987 hai nước cơ bản hoàn thành phân giới, cắm mốc trên toàn tuyến với 214 cột mốc. Ngày 16/3/2016, sau khi hoàn thành Dự án tăng dày và tôn tạo hệ thống mốc quốc giới, hai Chính phủ ký Nghị định thư về đường biên giới và mốc quốc giới cùng Hiệp định về quy chế quản lý biên giới và cửa khẩu biên giới trên đất liền. Các năm 2017 và 2022 được chọn là Năm Đoàn kết hữu nghị Việt Nam – Lào, nhân kỷ niệm 40 năm và 45 năm ký Hiệp ước.",
        ),
        ("heading", "Ý nghĩa", 1),
        (
            "paragraph",
            "Gần hai năm sau, ngày 18/2/1979, Việt Nam ký với Campuchia Hiệp ước Hòa bình, Hữu nghị và Hợp tác với nội dung tương tự. Đến nay, Hiệp ước năm 1977 vẫn được hai Đảng, hai Nhà nước coi là nền tảng của quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện Việt Nam – Lào.",
        ),
    ],
}

DOCS = [SVA_LAOPARTY, SVB_ACADEMY, SVC_IMCWP, SVD_PLAN, SVE_TREATY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 46 columns, labels at 72, body at 72)."""
    return headed_journal(doc, title=46, label=72, body=72)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["VỤ TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Chính trị",
        "12:05",
        [("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại"), ("/xay-dung-dang", "Xây dựng Đảng")],
        [("/tag/doi-ngoai-dang", "Đối ngoại Đảng"), ("/tag/dang-cong-san", "Đảng cộng sản")],
    )


def render_plan(doc: dict) -> str:
    """A Party commission's plan: the two-column issuer/"ĐẢNG CỘNG SẢN VIỆT NAM" block with the "*" under the
    issuer, the number and the place-date on one line, the centred three-line title, body at 76 columns
    with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Ban Bí thư (để báo cáo);",
            "- Văn phòng Trung ương Đảng;",
            "- Lưu VT, Vụ ĐNA.",
        ],
        ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(đã ký)"],
        columns=(46, 46, 49),
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
        prefix="sv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
