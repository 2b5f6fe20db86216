"""Build the three hundred twelfth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout312/build_heldout312.py [--check]

Five short documents on Vietnam and India: a journal article on the relationship from Nehru's visit to Hà Nội
(1954) to the strategic partnership (2007), a (fictitious) year-end report 2024 of the Đà Nẵng external
relations department on cooperation with Indian partners, a news page on Prime Minister Phạm Minh Chính's
state visit to India (August 2024), a (fictitious) university plan for 2026 with Indian partners, and an
encyclopedia entry on Vietnam – India defence cooperation (the credit lines of 2014 and 2016, the 2022 joint
vision, INS Kirpan). Facts are well-established; authors, journal, page numbers, document numbers, the report's
and plan's items and quoted words are invented. Gold is written by hand; ``--check`` verifies that every gold
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

RVA_JOURNAL = {
    "id": "rva",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU ẤN ĐỘ VÀ NAM Á – Số 4 (2025)",
    "first_page": 17,
    "break_after": 2,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – ẤN ĐỘ: TỪ CHUYẾN THĂM CỦA THỦ TƯỚNG NEHRU ĐẾN ĐỐI TÁC CHIẾN LƯỢC"),
        ("author", "Đỗ Thị Minh Hương"),
        ("affiliation", "Viện Nghiên cứu Nam Á, Tây Á và châu Phi"),
        (
            "abstract",
            "Bài viết điểm lại những dấu mốc chính của quan hệ Việt Nam – Ấn Độ từ năm 1954 đến khi hai nước xác lập quan hệ Đối tác chiến lược năm 2007.",
            "vi",
        ),
        ("keywords", "Việt Nam; Ấn Độ; Nehru; Đối tác chiến lược; Mê Công – sông Hằng", "vi"),
        ("heading", "1. Những dấu mốc đầu tiên", 1),
        (
            "paragraph",
            "Ngày 17/10/1954, chỉ một tuần sau ngày Thủ đô được giải phóng, Thủ tướng Ấn Độ Jawaharlal Nehru đến Hà Nội và hội đàm với Chủ tịch Hồ Chí Minh (Nguyễn Văn Kiên, 2012, tr. 34). Cũng trong năm đó, Ấn Độ giữ chức Chủ tịch Ủy ban Quốc tế giám sát và kiểm soát thi hành Hiệp định Giơ-ne-vơ. Tháng 2/1958, Chủ tịch Hồ Chí Minh thăm hữu nghị Ấn Độ.",
        ),
        ("heading", "2. Từ quan hệ đại sứ đến đối tác chiến lược", 1),
        (
            "paragraph",
            "Ngày 7/1/1972, hai nước chính thức nâng quan hệ lên cấp đại sứ. Tháng 7/2007, nhân chuyến thăm Ấn Độ của Thủ tướng Nguyễn Tấn Dũng, hai bên ra Tuyên bố chung về quan hệ Đối tác chiến lược. Một nhà nghiên cứu gọi đây là “bước chuyển từ tình hữu nghị truyền thống sang hợp tác thực chất” (Trần Thị Lý, 2017, tr. 112).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Đến nay, Việt Nam và Ấn Độ chưa ký hiệp định thương mại tự do song phương mà vẫn dựa vào Hiệp định Thương mại hàng hóa ASEAN – Ấn Độ (Phạm Quang Vinh, 2021). Ta cần tận dụng cơ chế Hợp tác Mê Công – sông Hằng để mở rộng giao lưu văn hóa và du lịch.",
        ),
    ],
}

RVB_WORD = {
    "id": "rvb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN",
        "THÀNH PHỐ ĐÀ NẴNG",
        "SỞ NGOẠI VỤ",
        "Số: 287/BC-SNV",
        "Đà Nẵng, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các đối tác Ấn Độ năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các đối tác Ấn Độ năm 2024"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 3/2024, Tổng Lãnh sự Ấn Độ tại Thành phố Hồ Chí Minh đến chào xã giao và làm việc với lãnh đạo Ủy ban nhân dân thành phố.",
        ),
        (
            "list_item",
            "2. Phối hợp với Tổng Lãnh sự quán Ấn Độ tổ chức Ngày Quốc tế Yoga 21/6 tại công viên Biển Đông, thu hút hơn 1.500 người tham gia.",
        ),
        (
            "list_item",
            "3. Tháng 9/2024, đoàn thành phố do Phó Chủ tịch Ủy ban nhân dân thành phố dẫn đầu thăm bang Gu-gia-rát, ký bản ghi nhớ hợp tác về công nghệ thông tin với Hiệp hội phần mềm của bang.",
        ),
        (
            "list_item",
            "4. Tiếp nhận 50.000 USD do Chính phủ Ấn Độ tài trợ theo cơ chế Dự án tác động nhanh để xây nhà văn hóa cộng đồng ở huyện Hòa Vang.",
        ),
        (
            "list_item",
            "5. Đề án kết nghĩa với một thành phố của Ấn Độ chưa triển khai được do chưa thống nhất được đối tác.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tiếp tục cử cán bộ tham gia các khóa đào tạo theo Chương trình Hợp tác kinh tế và kỹ thuật Ấn Độ (ITEC).",
        ),
        (
            "list_item",
            "2. Trong quý II, đưa đoàn doanh nghiệp sang Mum-bai xúc tiến đầu tư vào lĩnh vực dược phẩm.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hợp tác với các đối tác Ấn Độ năm 2024 của Sở Ngoại vụ thành phố Đà Nẵng.",
        ),
    ],
}

RVC_NEWS = {
    "id": "rvc",
    "shape": "news",
    "date": "2024-08-01",
    "stamp": "Thứ Năm, 01/08/2024 - 14:05",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Ấn Độ Narendra Modi"),
        (
            "paragraph",
            "Niu Đê-li (TTXVN) – Sáng 1/8, theo giờ địa phương, tại Phủ Tổng thống Ấn Độ, Tổng thống Droupadi Murmu và Thủ tướng Narendra Modi chủ trì lễ đón chính thức Thủ tướng Phạm Minh Chính thăm cấp Nhà nước Ấn Độ từ ngày 30/7 đến 1/8/2024.",
        ),
        ("heading", "Kế hoạch hành động mới", 1),
        (
            "paragraph",
            "Sau lễ đón, Thủ tướng Phạm Minh Chính đặt vòng hoa tại Đài tưởng niệm Mahatma Gandhi rồi hội đàm với Thủ tướng Narendra Modi. Hai Thủ tướng thông qua Kế hoạch hành động giai đoạn 2024 – 2028 triển khai quan hệ Đối tác chiến lược toàn diện. Phía Ấn Độ dành cho Việt Nam khoản tín dụng 300 triệu USD để tăng cường năng lực an ninh biển.",
        ),
        ("heading", "Ủng hộ lẫn nhau trên các diễn đàn", 1),
        (
            "paragraph",
            "Thủ tướng Phạm Minh Chính khẳng định Việt Nam ủng hộ Ấn Độ trở thành Ủy viên thường trực Hội đồng Bảo an Liên hợp quốc mở rộng. Hai bên nhất trí thúc đẩy sớm hoàn tất việc rà soát Hiệp định Thương mại hàng hóa ASEAN – Ấn Độ.",
        ),
    ],
}

RVD_PLAN = {
    "id": "rvd",
    "shape": "plan",
    "head": [
        f"{'ĐẠI HỌC HUẾ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC NGOẠI NGỮ':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 118/KH-ĐHNN':<40}Huế, ngày 12 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Ấn Độ năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Ấn Độ năm 2026"),
        (
            "paragraph",
            "Nhằm phát triển chương trình Ấn Độ học và tiếng Hin-đi, Trường Đại học Ngoại ngữ, Đại học Huế xây dựng Kế hoạch hợp tác với các đối tác Ấn Độ năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Hội đồng Quan hệ văn hóa Ấn Độ (ICCR) cử một giảng viên tiếng Hin-đi sang giảng dạy tại Trường; 6 giảng viên được nhận học bổng ngắn hạn sang Ấn Độ. Trường đã ký thỏa thuận trao đổi sinh viên với Đại học Nalanda. Lớp tiếng Hin-đi buổi tối chưa mở được do không đủ học viên.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, đăng cai hội thảo khoa học về Hợp tác Mê Công – sông Hằng với sự tham gia của Đại sứ quán Ấn Độ.",
        ),
        (
            "list_item",
            "2. Cử 10 sinh viên sang Đại học Nalanda học kỳ mùa thu.",
        ),
        (
            "list_item",
            "3. Đề nghị ICCR tiếp tục hỗ trợ giảng viên tiếng Hin-đi và tài liệu giảng dạy.",
        ),
        (
            "list_item",
            "4. Không mở ngành đào tạo tiếng Hin-đi chính quy trong năm 2026.",
        ),
        (
            "paragraph",
            "Phòng Khoa học, Công nghệ và Hợp tác quốc tế chủ trì, theo dõi và báo cáo Hiệu trưởng kết quả thực hiện Kế hoạch.",
        ),
    ],
}

RVE_ENTRY = {
    "id": "rve",
    "shape": "entry",
    "blocks": [
        ("title", "Hợp tác quốc phòng Việt Nam – Ấn Độ"),
        (
            "paragraph",
            "Hợp tác quốc phòng Việt Nam – Ấn Độ là một trụ cột của quan hệ song phương, gắn với các khoản tín dụng quốc phòng mà Ấn Độ dành cho Việt Nam và các chương trình đào tạo nhân lực.",
        ),
        ("heading", "Các khoản tín dụng", 1),
        (
            "paragraph",
            "Tháng 9/2014, nhân chuyến thăm Việt Nam của Tổng thống Pranab Mukherjee, Ấn Độ công bố khoản tín dụng quốc phòng 100 triệu USD. Tháng 9/2016, Thủ tướng Narendra Modi thăm chính thức Việt Nam; hai nước nâng quan hệ lên Đối tác chiến lược toàn diện và Ấn Độ công bố gói tín dụng quốc phòng mới trị giá 500 triệu USD.",
        ),
        ("heading", "Từ năm 2022", 1),
        (
            "paragraph",
            "Tháng 6/2022, Bộ trưởng Quốc phòng Rajnath Singh thăm Việt Nam; hai bên ký Tuyên bố tầm nhìn chung về quan hệ đối tác quốc phòng đến năm 2030 và Bản ghi nhớ về hỗ trợ hậu cần lẫn nhau. Tại Hải Phòng, ông bàn giao cho Bộ đội Biên phòng Việt Nam 12 tàu tuần tra cao tốc đóng bằng khoản tín dụng 100 triệu USD. Tháng 7/2023, Ấn Độ trao tặng Hải quân nhân dân Việt Nam tàu hộ vệ tên lửa INS Kirpan.",
        ),
        ("heading", "Đào tạo", 1),
        (
            "paragraph",
            "Ấn Độ giúp Việt Nam đào tạo phi công lái máy bay Su-30 và thủy thủ tàu ngầm.",
        ),
    ],
}

DOCS = [RVA_JOURNAL, RVB_WORD, RVC_NEWS, RVD_PLAN, RVE_ENTRY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="13:40",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/an-do", "Ấn Độ"), ("/tag/pham-minh-chinh", "Phạm Minh Chính")],
    )


def render_plan(doc: dict) -> str:
    """A university plan by heldout_kit.ministry_plan: signed "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Đại học Huế (để b/c);", "- Lưu: VT, KHCN&HTQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="rv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
