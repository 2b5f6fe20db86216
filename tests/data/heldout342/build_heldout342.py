"""Build the three hundred forty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout342/build_heldout342.py [--check]

Five short documents on Vietnam's wartime diplomacy, Geneva 1954 and Paris 1973: a journal article from
Geneva to Paris, a (fictitious) provincial friendship union's year-end report for 2024, a news page on a
(fictitious) seminar for the 50th anniversary of the Paris conference on Vietnam, a (fictitious) plan of the
Hiền Lương – Bến Hải relic site board for 2026, and an encyclopedia entry on the international control
commissions. Facts are well-established; authors, journal, page numbers, document numbers, the local bodies'
activities and quoted words are invented. Gold is written by hand; ``--check`` verifies that every gold
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

GHA_JOURNAL = {
    "id": "gha",
    "shape": "journal",
    "header": "TẠP CHÍ LỊCH SỬ NGOẠI GIAO – Số 2 (2025)",
    "first_page": 17,
    "break_after": 3,
    "blocks": [
        ("title", "TỪ GIƠ-NE-VƠ ĐẾN PA-RI: BÀI HỌC ĐÀM PHÁN CỦA NGOẠI GIAO VIỆT NAM"),
        ("author", "Đỗ Quang Thịnh"),
        ("affiliation", "Viện Nghiên cứu Lịch sử ngoại giao"),
        (
            "abstract",
            "Bài viết so sánh hai cuộc đàm phán lớn của Việt Nam Dân chủ Cộng hòa năm 1954 và 1973.",
            "vi",
        ),
        ("keywords", "Hiệp định Giơ-ne-vơ; Hiệp định Pa-ri; đàm phán", "vi"),
        ("heading", "1. Hội nghị Giơ-ne-vơ", 1),
        (
            "paragraph",
            "Ngày 8/5/1954, một ngày sau chiến thắng Điện Biên Phủ, Hội nghị Giơ-ne-vơ bắt đầu bàn về Đông Dương; đoàn Việt Nam Dân chủ Cộng hòa do Phó Thủ tướng Phạm Văn Đồng dẫn đầu. Ngày 21/7/1954, Hiệp định đình chỉ chiến sự ở Việt Nam được ký kết, lấy vĩ tuyến 17 làm giới tuyến quân sự tạm thời (Nguyễn Văn Khoan, 2004, tr. 112). Mỹ không tham gia Tuyên bố cuối cùng của Hội nghị.",
        ),
        ("heading", "2. Hội nghị Pa-ri", 1),
        (
            "paragraph",
            "Cuộc đàm phán chính thức giữa ta và Mỹ khai mạc tại Pa-ri ngày 13/5/1968, Bộ trưởng Xuân Thủy làm trưởng đoàn, đồng chí Lê Đức Thọ làm cố vấn đặc biệt. Ngày 27/1/1973, Hiệp định về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam được ký chính thức. Ngày 29/3/1973, những quân nhân Mỹ cuối cùng rút khỏi miền Nam. Tinh thần xuyên suốt là “dĩ bất biến, ứng vạn biến” (Trịnh Minh Hạnh, 2012, tr. 45).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Hai hiệp định cho thấy ngoại giao phải gắn với thắng lợi trên chiến trường (Hoàng Thị Vân, 2019).",
        ),
    ],
}

GHB_REPORT = {
    "id": "ghb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ",
        "TỈNH QUẢNG TRỊ",
        "Số: 58/BC-LHHN",
        "Quảng Trị, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại nhân dân năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại nhân dân năm 2024"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Nhân kỷ niệm 70 năm ký Hiệp định Giơ-ne-vơ (21/7/1954 – 21/7/2024), Liên hiệp đón đoàn Hội Hữu nghị Pháp – Việt Nam thăm cầu Hiền Lương và giao lưu với cựu chiến binh tỉnh.",
        ),
        (
            "list_item",
            "2. Tháng 4/2024, đoàn Liên hiệp sang thăm tỉnh Xa-van-na-khệt (Lào), ký biên bản ghi nhớ giao lưu thanh niên hai tỉnh.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 40.000 USD do một tổ chức phi chính phủ Nhật Bản viện trợ cho hoạt động rà phá bom mìn.",
        ),
        (
            "list_item",
            "4. Việc thành lập Hội Hữu nghị Việt Nam – Ca-na-đa cấp tỉnh chưa hoàn thành.",
        ),
        (
            "list_item",
            "5. Phối hợp với Tổng Lãnh sự quán Lào tại Đà Nẵng tổ chức Tết Bun-pi-mày cho lưu học sinh Lào đang học tập tại tỉnh.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Dịp 30/4/2025, mời đoàn cựu chiến binh Mỹ sang thăm và trao đổi về hòa giải.",
        ),
        (
            "list_item",
            "2. Tiếp tục duy trì quan hệ với các hội hữu nghị của Lào, Pháp và Nhật Bản.",
        ),
    ],
}

GHC_NEWS = {
    "id": "ghc",
    "shape": "news",
    "date": "2023-03-02",
    "stamp": "Thứ Năm, 02/03/2023 16:40",
    "blocks": [
        ("title", "Hội thảo kỷ niệm 50 năm Định ước của Hội nghị quốc tế về Việt Nam"),
        (
            "lead",
            "TP Hồ Chí Minh (TTXVN) – Ngày 2/3, Hội Khoa học Lịch sử thành phố tổ chức hội thảo “50 năm Định ước Pa-ri”, với sự tham dự của Tổng Lãnh sự Pháp và Tổng Lãnh sự Ca-na-đa.",
        ),
        (
            "paragraph",
            "Các đại biểu nhắc lại rằng ngày 2/3/1973, 12 bên tham gia Hội nghị quốc tế về Việt Nam họp tại Pa-ri đã ký Định ước, công nhận và bảo đảm Hiệp định Pa-ri.",
        ),
        (
            "paragraph",
            "Phát biểu tại hội thảo, Tổng Lãnh sự Pháp cho biết Pháp đã tạo điều kiện để các bên gặp nhau tại Pa-ri suốt gần năm năm.",
        ),
        ("heading", "Trao tặng tư liệu", 1),
        (
            "paragraph",
            "Dịp này, Tổng Lãnh sự quán Ca-na-đa trao tặng Hội một bộ tư liệu về Ủy ban Quốc tế kiểm soát và giám sát năm 1973. Hai bên nhất trí sẽ phối hợp tổ chức triển lãm ảnh vào cuối năm.",
        ),
    ],
}

GHD_PLAN = {
    "id": "ghd",
    "shape": "plan",
    "head": [
        f"{'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'BAN QUẢN LÝ DI TÍCH':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 17/KH-BQLDT':<40}Quảng Trị, ngày 10 tháng 3 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Trưng bày chuyên đề “Từ Giơ-ne-vơ đến Pa-ri” năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Trưng bày chuyên đề “Từ Giơ-ne-vơ đến Pa-ri” năm 2026"),
        (
            "paragraph",
            "Nhân kỷ niệm 72 năm ký Hiệp định Giơ-ne-vơ, Ban Quản lý Di tích Đôi bờ Hiền Lương – Bến Hải xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. NỘI DUNG", 1),
        (
            "list_item",
            "1. Ngày 20/7/2026, khai mạc trưng bày tại bờ Bắc sông Bến Hải.",
        ),
        (
            "list_item",
            "2. Đề nghị Đại sứ quán Ấn Độ và Đại sứ quán Ba Lan cho mượn tư liệu về Ủy ban Quốc tế giám sát và kiểm soát năm 1954.",
        ),
        (
            "list_item",
            "3. Mời đoàn Bảo tàng tỉnh Xa-van-na-khệt (Lào) sang dự và trao đổi kinh nghiệm bảo tồn.",
        ),
        (
            "list_item",
            "4. Không tổ chức hội thảo quốc tế trong năm 2026 do hạn chế kinh phí.",
        ),
        (
            "paragraph",
            "Phòng Nghiệp vụ chủ trì, phối hợp với Sở Ngoại vụ bảo đảm các hoạt động đối ngoại đúng quy định.",
        ),
    ],
}

GHE_ENTRY = {
    "id": "ghe",
    "shape": "entry",
    "blocks": [
        ("title", "Ủy ban Quốc tế giám sát và kiểm soát"),
        (
            "paragraph",
            "Ủy ban Quốc tế giám sát và kiểm soát là cơ quan được lập theo Hiệp định Giơ-ne-vơ năm 1954 để giám sát việc thi hành ngừng bắn ở Đông Dương, gồm Ấn Độ (Chủ tịch), Ca-na-đa và Ba Lan. Thực tế có ba ủy ban riêng cho Việt Nam, Lào và Campuchia; các nước thành viên cử sĩ quan và nhân viên dân sự vào các đội kiểm soát cố định và lưu động. Thành phần ba nước thể hiện sự cân bằng: Ấn Độ là nước không liên kết, Ca-na-đa là nước phương Tây, Ba Lan là nước xã hội chủ nghĩa.",
        ),
        ("heading", "Ủy ban năm 1973", 1),
        (
            "paragraph",
            "Hiệp định Pa-ri năm 1973 lập Ủy ban Quốc tế kiểm soát và giám sát mới gồm Ca-na-đa, Hung-ga-ri, In-đô-nê-xi-a và Ba Lan. Tháng 7/1973, Ca-na-đa rút khỏi Ủy ban; I-ran thay thế Ca-na-đa. Ủy ban không ngăn được chiến sự tái diễn và chấm dứt hoạt động năm 1975.",
        ),
        ("heading", "Đồng chủ tịch Hội nghị Giơ-ne-vơ", 1),
        (
            "paragraph",
            "Anh và Liên Xô là hai đồng chủ tịch Hội nghị Giơ-ne-vơ năm 1954 và tiếp tục nhận thư, báo cáo của Ủy ban trong những năm sau đó.",
        ),
    ],
}

DOCS = [GHA_JOURNAL, GHB_REPORT, GHC_NEWS, GHD_PLAN, GHE_ENTRY]


def render_news(doc: dict) -> str:
    """The agency's detail page by heldout_kit.news_page."""
    return news_page(
        doc,
        section="Văn hóa",
        time="16:40",
        menu=[("/chinh-tri", "Chính trị"), ("/van-hoa", "Văn hóa")],
        tags=[("/tag/hiep-dinh-pa-ri", "Hiệp định Pa-ri")],
    )


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "CHỦ TỊCH"."""
    return report_word(doc, ["CHỦ TỊCH", "(Đã ký và đóng dấu)"])


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "TRƯỞNG BAN"."""
    return ministry_plan(
        doc,
        signature=["TRƯỞNG BAN", "(đã ký)"],
        recipients=["- Sở VHTTDL (để b/c);", "- Lưu: VT."],
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
        prefix="gh",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
