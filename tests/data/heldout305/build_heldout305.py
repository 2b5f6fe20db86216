"""Build the three hundred fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout305/build_heldout305.py [--check]

Five short documents on Vietnam and the Republic of Korea: a journal article on the relationship from
1992 to 2015 (relations of 22/12/1992, the 2001 comprehensive partnership, the 2009 strategic cooperative
partnership, the VKFTA signed 5/5/2015), a (fictitious) industrial-zone board's report on Korean investment
in 2023, a news page on the comprehensive strategic partnership of 5/12/2022, a (fictitious) friendship
association's plan for 2024, and an encyclopedia entry on the RCEP. Facts are well-established; authors,
journal, page numbers, document numbers, the report's and plan's items and quoted words are invented (see
README.md). Gold is written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
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

BVA_JOURNAL = {
    "id": "bva",
    "shape": "journal",
    "header": "TẠP CHÍ KHOA HỌC XÃ HỘI PHƯƠNG NAM – Số 4 (2023)",
    "first_page": 61,
    "break_after": 4,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – HÀN QUỐC GIAI ĐOẠN 1992 – 2015"),
        ("author", "Phạm Thị Thu Hà"),
        (
            "affiliation",
            "Khoa Đông phương học, Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG TP. Hồ Chí Minh",
        ),
        (
            "abstract",
            "Bài viết điểm lại những mốc chính của quan hệ Việt Nam – Hàn Quốc trong hơn hai thập niên đầu sau bình thường hóa.",
            "vi",
        ),
        ("keywords", "Việt Nam; Hàn Quốc; VKFTA; đối tác hợp tác chiến lược", "vi"),
        ("heading", "1. Bình thường hóa và đối tác toàn diện", 1),
        (
            "paragraph",
            "Ngày 22/12/1992, Việt Nam và Đại Hàn Dân quốc chính thức thiết lập quan hệ ngoại giao, khép lại gần hai thập niên gián đoạn (Lê Đình Chỉnh, 2012, tr. 41). Tháng 8/2001, Chủ tịch nước Trần Đức Lương thăm cấp Nhà nước Hàn Quốc; hai bên ra Tuyên bố chung về Quan hệ đối tác hợp tác toàn diện trong thế kỷ 21.",
        ),
        ("heading", "2. Đối tác hợp tác chiến lược và VKFTA", 1),
        (
            "paragraph",
            "Tháng 10/2009, nhân chuyến thăm cấp Nhà nước Việt Nam của Tổng thống Lee Myung-bak, hai nước nâng quan hệ lên Đối tác hợp tác chiến lược. Ngày 5/5/2015, tại Hà Nội, Bộ trưởng Bộ Công Thương Vũ Huy Hoàng và Bộ trưởng Thương mại, Công nghiệp và Năng lượng Hàn Quốc Yoon Sang-jick ký Hiệp định Thương mại tự do Việt Nam – Hàn Quốc (VKFTA); Hiệp định có hiệu lực từ ngày 20/12/2015. Có tác giả coi VKFTA là “bệ phóng cho làn sóng đầu tư thứ hai của Hàn Quốc” (Bùi Thế Cường, 2017, tr. 88).",
        ),
        ("heading", "3. Nhận xét", 1),
        (
            "paragraph",
            "Hàn Quốc hiện là nhà đầu tư nước ngoài lớn nhất tại Việt Nam xét theo tổng vốn đăng ký. Tuy vậy, hai nước đã không đạt mục tiêu kim ngạch thương mại 100 tỉ USD vào năm 2020 (Trần Thị Ngọc Mai, 2021).",
        ),
    ],
}

BVB_WORD = {
    "id": "bvb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
        "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
        "Số: 352/BC-BQL",
        "Bắc Ninh, ngày 20 tháng 12 năm 2023",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thu hút đầu tư từ Hàn Quốc năm 2023",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thu hút đầu tư từ Hàn Quốc năm 2023"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Năm 2023, các khu công nghiệp thu hút 46 dự án mới của nhà đầu tư Hàn Quốc với tổng vốn đăng ký khoảng 1,2 tỉ USD.",
        ),
        (
            "list_item",
            "2. Tháng 5/2023, đoàn công tác của Ban sang Xơ-un và tỉnh Gyeonggi xúc tiến đầu tư, ký Biên bản ghi nhớ với Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA).",
        ),
        (
            "list_item",
            "3. Phối hợp với Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam (KOCHAM) tổ chức hội nghị đối thoại với 120 doanh nghiệp.",
        ),
        (
            "list_item",
            "4. Dự án mở rộng nhà máy của một tập đoàn điện tử Hàn Quốc chưa được điều chỉnh giấy chứng nhận đầu tư do vướng thủ tục đất đai.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Tổ chức Hội nghị xúc tiến đầu tư tại Xơ-un trong quý III/2024.",
        ),
        (
            "list_item",
            "2. Đề nghị Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) hỗ trợ đào tạo nghề cho lao động địa phương.",
        ),
        (
            "list_item",
            "3. Duy trì đối thoại định kỳ hằng quý với cộng đồng doanh nghiệp Hàn Quốc.",
        ),
    ],
}

BVC_NEWS = {
    "id": "bvc",
    "shape": "news",
    "date": "2022-12-05",
    "stamp": "Thứ Hai, 05/12/2022 - 16:05",
    "blocks": [
        ("title", "Việt Nam và Hàn Quốc thiết lập quan hệ Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Xơ-un (TTXVN) – Ngày 5/12, tại Thủ đô Xơ-un, Chủ tịch nước Nguyễn Xuân Phúc đã hội đàm với Tổng thống Hàn Quốc Yoon Suk Yeol, trong khuôn khổ chuyến thăm cấp Nhà nước tới Hàn Quốc từ ngày 4 đến 6/12.",
        ),
        ("heading", "Dấu mốc 30 năm", 1),
        (
            "paragraph",
            "Hai nhà lãnh đạo ra Tuyên bố chung về việc nâng quan hệ Việt Nam – Hàn Quốc lên Đối tác chiến lược toàn diện, đúng dịp kỷ niệm 30 năm thiết lập quan hệ ngoại giao. Hai bên đặt mục tiêu đưa kim ngạch thương mại song phương lên 100 tỉ USD vào năm 2023 và 150 tỉ USD vào năm 2030.",
        ),
        (
            "paragraph",
            "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ trao các văn kiện hợp tác trong nhiều lĩnh vực.",
        ),
        ("heading", "Lao động và cộng đồng", 1),
        (
            "paragraph",
            "Chủ tịch nước đề nghị Hàn Quốc tiếp tục tiếp nhận lao động Việt Nam theo Chương trình cấp phép việc làm (EPS) và tạo thuận lợi hơn nữa cho cộng đồng người Việt Nam tại Hàn Quốc. Trong chương trình chuyến thăm, Chủ tịch nước sẽ hội kiến Thủ tướng Han Duck-soo và Chủ tịch Quốc hội Kim Jin-pyo.",
        ),
    ],
}

BVD_PLAN = {
    "id": "bvd",
    "shape": "plan",
    "head": [
        f"{'LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'THÀNH PHỐ HẢI PHÒNG':<40}Độc lập - Tự do - Hạnh phúc",
        "HỘI HỮU NGHỊ VIỆT NAM – HÀN QUỐC",
        f"{'Số: 09/KH-HHN':<40}Hải Phòng, ngày 12 tháng 01 năm 2024",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hoạt động đối ngoại nhân dân với Hàn Quốc năm 2024",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hoạt động đối ngoại nhân dân với Hàn Quốc năm 2024"),
        (
            "paragraph",
            "Năm 2023, Hội đã phối hợp với Hội Hữu nghị Hàn Quốc – Việt Nam thành phố In-chơn tổ chức Ngày hội văn hóa Hàn Quốc và tiếp nhận 50 suất học bổng do một quỹ từ thiện Hàn Quốc tài trợ cho học sinh nghèo. Đề án thành lập Câu lạc bộ gia đình đa văn hóa Việt – Hàn chưa được thành phố phê duyệt.",
        ),
        ("heading", "NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 4/2024, cử đoàn của Hội sang thăm In-chơn, giao lưu với các hội hữu nghị và cộng đồng cô dâu Việt Nam.",
        ),
        (
            "list_item",
            "2. Tháng 10/2024, đăng cai Ngày hội văn hóa Việt Nam – Hàn Quốc tại Hải Phòng; mời Đại sứ quán Hàn Quốc tại Việt Nam cử đại diện dự.",
        ),
        (
            "list_item",
            "3. Ký thỏa thuận hợp tác với Hội Hữu nghị Hàn Quốc – Việt Nam thành phố In-chơn giai đoạn 2024 – 2026.",
        ),
        (
            "paragraph",
            "Ban Thường vụ Hội phân công các ủy viên theo dõi, đôn đốc thực hiện Kế hoạch.",
        ),
    ],
}

BVE_ENTRY = {
    "id": "bve",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Đối tác Kinh tế Toàn diện Khu vực"),
        (
            "paragraph",
            "Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) là hiệp định thương mại tự do giữa 10 nước ASEAN và 5 đối tác: Trung Quốc, Nhật Bản, Hàn Quốc, Ô-xtrây-li-a và Niu Di-lân. Với khoảng 30% GDP toàn cầu, RCEP là khu vực thương mại tự do lớn nhất thế giới.",
        ),
        ("heading", "Đàm phán và ký kết", 1),
        (
            "paragraph",
            "Đàm phán được khởi động tháng 11/2012 tại Phnôm Pênh (Cam-pu-chia), bên lề Hội nghị Cấp cao ASEAN lần thứ 21. Ấn Độ tham gia đàm phán từ đầu nhưng rút lui vào tháng 11/2019. Hiệp định được ký ngày 15/11/2020 theo hình thức trực tuyến, trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 37 do Việt Nam, Chủ tịch ASEAN 2020, chủ trì.",
        ),
        ("heading", "Hiệu lực", 1),
        (
            "paragraph",
            "RCEP có hiệu lực từ ngày 1/1/2022 đối với 10 nước, trong đó có Việt Nam và Nhật Bản; đối với Hàn Quốc, Hiệp định có hiệu lực từ ngày 1/2/2022. Đây là hiệp định thương mại tự do đầu tiên gắn kết ba nền kinh tế Trung Quốc, Nhật Bản và Hàn Quốc. Tháng 1/2022, Hồng Công (Trung Quốc) nộp đơn xin gia nhập Hiệp định.",
        ),
    ],
}

DOCS = [BVA_JOURNAL, BVB_WORD, BVC_NEWS, BVD_PLAN, BVE_ENTRY]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "TRƯỞNG BAN"."""
    return report_word(doc, ["TRƯỞNG BAN", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Chính trị" section."""
    return news_page(
        doc,
        section="Chính trị",
        time="16:05",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/han-quoc", "Hàn Quốc"), ("/tag/nguyen-xuan-phuc", "Nguyễn Xuân Phúc")],
    )


def render_plan(doc: dict) -> str:
    """An association's plan by heldout_kit.ministry_plan, signed "TM. BAN THƯỜNG VỤ / CHỦ TỊCH"."""
    return ministry_plan(
        doc,
        signature=["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(đã ký)"],
        recipients=["- Liên hiệp các tổ chức hữu nghị TP (để b/c);", "- Lưu: VP."],
        columns=(50, 50, 52),
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": lambda d: headed_journal(d, page_label="Trang {}", align="<"),
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="bv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
