"""Build the three hundred twentieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout320/build_heldout320.py [--check]

Five short documents on Vietnam with Cuba and Latin America: a journal article on Cuba and Vietnam's war
years (relations of 2/12/1960, Cuba's gifts), a (fictitious) year-end report 2025 of a provincial Vietnam –
Cuba friendship association, a news page on the 50th anniversary of Fidel Castro's visit to the liberated
zone of Quảng Trị (September 1973), a (fictitious) university plan for rice cooperation with Cuba in 2026,
and an encyclopedia entry on Vietnam – Chile relations (1971, the VCFTA of 11/11/2011, APEC). Facts are
well-established; authors, journal, page numbers, document numbers, the ceremony's and the local bodies'
activities are invented (see README.md). Gold is written by hand; ``--check`` verifies that every gold
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
    ministry_plan,
    news_page,
    report_word,
)

AJA = {
    "id": "aja",
    "shape": "journal",
    "header": "CHÂU MỸ LATINH NGÀY NAY – Số 2 (2024)",
    "first_page": 31,
    "break_after": 2,
    "blocks": [
        ("title", "CU-BA VỚI CUỘC KHÁNG CHIẾN CỦA NHÂN DÂN VIỆT NAM (1960 – 1975)"),
        ("author", "Phan Thị Hồng Nhung"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Khoa học Xã hội và Nhân văn"),
        (
            "abstract",
            "Bài viết khảo sát sự ủng hộ của Cu-ba đối với Việt Nam trong giai đoạn 1960 – 1975 và gợi mở hướng nghiên cứu tiếp theo.",
            "vi",
        ),
        ("keywords", "Cu-ba; Việt Nam; đoàn kết quốc tế; kháng chiến chống Mỹ", "vi"),
        ("heading", "1. Những bước đi đầu tiên", 1),
        (
            "paragraph",
            "Chưa đầy hai năm sau thắng lợi của cách mạng Cu-ba, ngày 2/12/1960, hai nước chính thức thiết lập quan hệ ngoại giao; Cu-ba trở thành nước đầu tiên ở Tây bán cầu công nhận nước Việt Nam Dân chủ Cộng hòa (Nguyễn Văn Thành, 2010, tr. 15). Từ đó, quan hệ giữa hai Đảng và hai dân tộc không ngừng được vun đắp.",
        ),
        ("heading", "2. Sự ủng hộ không điều kiện", 1),
        (
            "paragraph",
            "Trong suốt những năm kháng chiến chống Mỹ, Đảng, Nhà nước và nhân dân Cu-ba luôn sát cánh cùng nhân dân ta. Lãnh tụ Fidel Castro từng khẳng định: “Vì Việt Nam, Cu-ba sẵn sàng hiến dâng cả máu của mình” (Lê Quang Huy, 2016, tr. 88). Bất chấp muôn vàn khó khăn của chính mình, Cu-ba còn giúp ta xây dựng Bệnh viện Hữu nghị Việt Nam – Cu-ba Đồng Hới và Khách sạn Thắng Lợi ở Hà Nội.",
        ),
        ("heading", "3. Hướng nghiên cứu", 1),
        (
            "paragraph",
            "Nguồn tư liệu lưu trữ của Cu-ba về giai đoạn này chưa được khai thác đầy đủ (Trịnh Minh Đức, 2021). Các cơ sở nghiên cứu của ta nên phối hợp với các nhà sử học Cu-ba tổ chức hội thảo khoa học chung và trao đổi tài liệu.",
        ),
    ],
}

AJB = {
    "id": "ajb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH NGHỆ AN",
        "HỘI HỮU NGHỊ VIỆT NAM – CU-BA",
        "Số: 18/BC-HHN",
        "Nghệ An, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tổng kết hoạt động năm 2025 và phương hướng năm 2026",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết hoạt động năm 2025 và phương hướng năm 2026"),
        ("heading", "I. KẾT QUẢ HOẠT ĐỘNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4/2025, Hội đón đoàn cán bộ Đại sứ quán Cu-ba tại Việt Nam đến thăm, làm việc và dâng hương tại Khu di tích Kim Liên.",
        ),
        (
            "list_item",
            "2. Ký biên bản ghi nhớ hợp tác giai đoạn 2025 – 2030 với Hội Hữu nghị Cu-ba – Việt Nam tỉnh Cienfuegos qua hình thức trực tuyến.",
        ),
        (
            "list_item",
            "3. Vận động hội viên và doanh nghiệp quyên góp 1,2 tỷ đồng ủng hộ nhân dân Cu-ba khắc phục hậu quả thiên tai.",
        ),
        (
            "list_item",
            "4. Kế hoạch cử đoàn của Hội sang thăm Cu-ba trong năm chưa thực hiện được do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Phối hợp với Đại sứ quán Cu-ba tổ chức tọa đàm kỷ niệm 100 năm Ngày sinh lãnh tụ Fidel Castro (13/8/1926 – 13/8/2026).",
        ),
        (
            "list_item",
            "2. Cử đoàn sang thăm tỉnh Cienfuegos trong quý II, trao đổi kinh nghiệm nuôi trồng thủy sản.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động các nguồn lực hỗ trợ nhân dân Cu-ba, nhất là lương thực và thuốc chữa bệnh.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo tổng kết hoạt động năm 2025 và phương hướng năm 2026 của Hội Hữu nghị Việt Nam – Cu-ba tỉnh Nghệ An.",
        ),
    ],
}

AJC = {
    "id": "ajc",
    "shape": "news",
    "date": "2023-09-15",
    "stamp": "Thứ Sáu, 15/09/2023 - 11:05",
    "blocks": [
        ("title", "Quảng Trị kỷ niệm 50 năm lãnh tụ Fidel Castro thăm vùng giải phóng"),
        (
            "paragraph",
            "Quảng Trị (TTXVN) – Sáng 15/9, Tỉnh ủy, Ủy ban nhân dân tỉnh Quảng Trị tổ chức lễ kỷ niệm 50 năm chuyến thăm vùng giải phóng miền Nam Việt Nam của lãnh tụ Fidel Castro (9/1973 – 9/2023), với sự tham dự của Đại sứ Cu-ba tại Việt Nam.",
        ),
        ("heading", "Dấu mốc không thể nào quên", 1),
        (
            "paragraph",
            "Tháng 9/1973, chỉ hơn bảy tháng sau khi Hiệp định Pa-ri được ký kết, đồng chí Fidel Castro, khi đó là Bí thư thứ nhất Đảng Cộng sản Cu-ba, Thủ tướng Chính phủ Cách mạng Cu-ba, đã đến thăm vùng giải phóng Quảng Trị. Ông là nhà lãnh đạo nước ngoài đầu tiên đặt chân tới vùng giải phóng miền Nam giữa lúc chiến tranh còn chưa kết thúc.",
        ),
        (
            "paragraph",
            "Phát biểu tại buổi lễ, Đại sứ Cu-ba khẳng định nhân dân Cu-ba luôn tự hào về tình đoàn kết đặc biệt với Việt Nam và cảm ơn những hỗ trợ quý báu của Đảng, Nhà nước và nhân dân Việt Nam trong những năm gần đây.",
        ),
        ("heading", "Tiếp nối truyền thống", 1),
        (
            "paragraph",
            "Nhân dịp này, tỉnh Quảng Trị trao tặng nhân dân Cu-ba 300 tấn gạo. Lãnh đạo tỉnh cho biết, năm 2024 tỉnh sẽ cử đoàn sang thăm Cu-ba, tìm hiểu khả năng hợp tác trong lĩnh vực nông nghiệp.",
        ),
    ],
}

AJD = {
    "id": "ajd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC CẦN THƠ':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 412/KH-ĐHCT':<40}Cần Thơ, ngày 20 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cu-ba trong lĩnh vực sản xuất lúa gạo năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Cu-ba trong lĩnh vực sản xuất lúa gạo năm 2026"),
        (
            "paragraph",
            "Nhằm góp phần giúp Cu-ba bảo đảm an ninh lương thực, Trường Đại học Cần Thơ xây dựng Kế hoạch hợp tác năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Trong năm, Trường đã cử 4 chuyên gia sang tỉnh Pinar del Río hướng dẫn kỹ thuật thâm canh lúa trên diện tích 300 ha và tiếp nhận 8 kỹ sư nông nghiệp Cu-ba sang thực tập. Việc chuyển giao bộ giống lúa chịu mặn cho bạn chưa hoàn tất do vướng thủ tục kiểm dịch.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Trong quý I/2026, ký thỏa thuận hợp tác với Viện Nghiên cứu Ngũ cốc của Cu-ba về chọn tạo giống lúa.",
        ),
        (
            "list_item",
            "2. Tháng 5/2026, cử đoàn chuyên gia sang tỉnh Sancti Spíritus khảo sát vùng trồng lúa mới.",
        ),
        (
            "list_item",
            "3. Đăng cai hội thảo quốc tế về canh tác lúa thích ứng với biến đổi khí hậu vào tháng 10/2026, mời các nhà khoa học Cu-ba tham dự.",
        ),
        (
            "list_item",
            "4. Phối hợp với các doanh nghiệp Việt Nam đang đầu tư tại Cu-ba cung cấp máy sấy và thiết bị xay xát cho các hợp tác xã của bạn.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế chủ trì, phối hợp với Viện Nghiên cứu Phát triển Đồng bằng sông Cửu Long triển khai Kế hoạch, định kỳ báo cáo Hiệu trưởng.",
        ),
    ],
}

AJE = {
    "id": "aje",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Việt Nam – Chi-lê"),
        (
            "paragraph",
            "Quan hệ Việt Nam – Chi-lê là quan hệ song phương giữa Việt Nam và Cộng hòa Chi-lê (Chile). Hai nước thiết lập quan hệ ngoại giao ngày 25/3/1971, dưới thời Tổng thống Salvador Allende; Chi-lê là nước Nam Mỹ đầu tiên thiết lập quan hệ ngoại giao với Việt Nam.",
        ),
        ("heading", "Kinh tế", 1),
        (
            "paragraph",
            "Hiệp định thương mại tự do Việt Nam – Chi-lê (VCFTA) được ký ngày 11/11/2011 tại Ho-nô-lu-lu (Hoa Kỳ), bên lề Hội nghị cấp cao APEC, và có hiệu lực từ ngày 1/1/2014. Đây là hiệp định thương mại tự do song phương đầu tiên của Việt Nam với một nước Mỹ Latinh. Việt Nam xuất khẩu sang Chi-lê điện thoại, giày dép, dệt may, gạo; nhập khẩu đồng, gỗ, cá hồi và hoa quả.",
        ),
        ("heading", "Hợp tác đa phương", 1),
        (
            "paragraph",
            "Hai nước đều là thành viên APEC. Chi-lê đăng cai Năm APEC 2004 tại Xan-ti-a-gô. Năm 2019, Chi-lê tiếp tục được giao tổ chức APEC, nhưng tháng 10 năm đó đã hủy Hội nghị cấp cao vì tình hình bất ổn trong nước. Tại Liên hợp quốc, hai nước thường xuyên phối hợp lập trường và ủng hộ nhau ứng cử vào các cơ quan của tổ chức này.",
        ),
    ],
}

DOCS = [AJA, AJB, AJC, AJD, AJE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "CHỦ TỊCH HỘI"."""
    return report_word(doc, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="11:05",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[
            ("/tag/cu-ba", "Cu-ba"),
            ("/tag/fidel-castro", "Fidel Castro"),
            ("/tag/quang-tri", "Quảng Trị"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A university plan by heldout_kit.ministry_plan, signed by a vice-rector."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Bộ GD&ĐT (để b/c);", "- Lưu: VT, HTQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="aj",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
