"""Build the three hundred twenty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout321/build_heldout321.py [--check]

Five short documents on Vietnam with Brazil, Mexico, Mercosur and Peru: a journal article on Vietnam –
Brazil relations (1989, the comprehensive partnership of 2007, G20 Rio 2024, Lula da Silva's state visit
of 3/2025), a (fictitious) provincial trade promotion centre's report on exports to Mexico in 2025, a news
page on the 50th anniversary of Vietnam – Mexico relations (19/5/1975), a (fictitious) chamber of commerce
branch's plan for trade with the Mercosur countries in 2026, and an encyclopedia entry on Vietnam – Peru
relations. Facts are well-established; authors, journal, page numbers, document numbers, the ceremony's
and the local bodies' activities are invented (see README.md). Gold is written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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

AKA = {
    "id": "aka",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ VÀ ĐỐI NGOẠI NAM MỸ – Số 3 (2025)",
    "first_page": 117,
    "break_after": 4,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – BRA-XIN: TỪ ĐỐI TÁC TOÀN DIỆN ĐẾN CÁC DIỄN ĐÀN TOÀN CẦU"),
        ("author", "Đoàn Quốc Bảo"),
        ("affiliation", "Học viện Chính trị khu vực II"),
        (
            "abstract",
            "Bài viết điểm lại các dấu mốc của quan hệ Việt Nam – Bra-xin và đề xuất một số lĩnh vực hợp tác ưu tiên.",
            "vi",
        ),
        ("keywords", "Bra-xin; Đối tác toàn diện; G20; Mỹ Latinh", "vi"),
        ("heading", "1. Các dấu mốc", 1),
        (
            "paragraph",
            "Việt Nam và Bra-xin thiết lập quan hệ ngoại giao ngày 8/5/1989 (Vũ Thị Lan, 2014, tr. 9). Năm 2007, hai nước xác lập khuôn khổ quan hệ Đối tác toàn diện, mở ra giai đoạn hợp tác sâu rộng trên nhiều lĩnh vực. Tháng 11/2024, Thủ tướng Phạm Minh Chính dự Hội nghị thượng đỉnh G20 mở rộng tại Ri-ô đơ Gia-nê-rô theo lời mời của Tổng thống Lula da Silva. Tháng 3/2025, Tổng thống Lula da Silva thăm cấp Nhà nước Việt Nam.",
        ),
        ("heading", "2. Thương mại", 1),
        (
            "paragraph",
            "Bra-xin hiện là đối tác thương mại lớn nhất của Việt Nam tại khu vực Mỹ Latinh. Như một nhà nghiên cứu nhận định, Bra-xin là “cửa ngõ để hàng hóa Việt Nam đi vào Nam Mỹ” (Hà Văn Tùng, 2020, tr. 54).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Đến nay, hai nước chưa có hiệp định thương mại tự do song phương. Ta cần mở rộng hợp tác với Bra-xin trong nông nghiệp, năng lượng sinh học và công nghiệp hàng không (Mai Thu Hà, 2023).",
        ),
    ],
}

AKB = {
    "id": "akb",
    "shape": "word",
    "head": [
        "SỞ CÔNG THƯƠNG TỈNH KHÁNH HÒA",
        "TRUNG TÂM KHUYẾN CÔNG VÀ XÚC TIẾN THƯƠNG MẠI",
        "Số: 57/BC-TTKC",
        "Khánh Hòa, ngày 12 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả xúc tiến xuất khẩu sang thị trường Mê-hi-cô năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả xúc tiến xuất khẩu sang thị trường Mê-hi-cô năm 2025"),
        (
            "paragraph",
            "Hiệp định CPTPP có hiệu lực đối với Mê-hi-cô từ ngày 30/12/2018, mở ra nhiều cơ hội cho hàng thủy sản của tỉnh. Năm 2025, Trung tâm đạt được các kết quả sau:",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 5/2025, tổ chức đoàn 6 doanh nghiệp sang thành phố Mê-hi-cô dự hội chợ thủy sản và làm việc với các nhà nhập khẩu.",
        ),
        (
            "list_item",
            "2. Đón đoàn nhà nhập khẩu Mê-hi-cô sang khảo sát vùng nuôi tôm hùm tại vịnh Vân Phong.",
        ),
        (
            "list_item",
            "3. Kim ngạch xuất khẩu thủy sản của tỉnh sang Mê-hi-cô đạt 18 triệu USD, tăng 12% so với năm 2024.",
        ),
        (
            "list_item",
            "4. Hợp đồng cung cấp cá ngừ đông lạnh cho một chuỗi siêu thị của Mê-hi-cô chưa được ký kết do doanh nghiệp chưa đáp ứng yêu cầu chứng nhận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Phối hợp với Thương vụ Việt Nam tại Mê-hi-cô tổ chức hội nghị giao thương trực tuyến trong quý I/2026.",
        ),
        (
            "list_item",
            "2. Hỗ trợ doanh nghiệp tham gia hội chợ thực phẩm quốc tế tại Gua-đa-la-kha-ra vào tháng 9/2026.",
        ),
        (
            "paragraph",
            "Trung tâm kính báo cáo Sở Công Thương xem xét, chỉ đạo.",
        ),
    ],
}

AKC = {
    "id": "akc",
    "shape": "news",
    "date": "2025-05-19",
    "stamp": "Thứ Hai, 19/05/2025 - 20:40",
    "blocks": [
        ("title", "Kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Mê-hi-cô tại TP Hồ Chí Minh"),
        (
            "paragraph",
            "TP Hồ Chí Minh (TTXVN) – Chiều 19/5, Liên hiệp các tổ chức hữu nghị TP Hồ Chí Minh phối hợp với Đại sứ quán Mê-hi-cô tại Việt Nam tổ chức lễ kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao giữa hai nước (19/5/1975 – 19/5/2025).",
        ),
        ("heading", "Nửa thế kỷ hữu nghị", 1),
        (
            "paragraph",
            "Ngày 19/5/1975, chưa đầy một tháng sau ngày miền Nam hoàn toàn giải phóng, Mê-hi-cô chính thức thiết lập quan hệ ngoại giao với Việt Nam, đúng dịp kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.",
        ),
        (
            "paragraph",
            "Phát biểu tại buổi lễ, đại diện Đại sứ quán Mê-hi-cô khẳng định nước này coi Việt Nam là một trong những đối tác quan trọng nhất tại Đông Nam Á và mong muốn tăng cường hợp tác về giáo dục, du lịch.",
        ),
        ("heading", "Nhiều hoạt động giao lưu", 1),
        (
            "paragraph",
            "Nhân dịp này, hai bên khai mạc triển lãm ảnh “Mê-hi-cô – Việt Nam: 50 năm đồng hành”. Theo kế hoạch, tháng 9 tới, Hội Hữu nghị Việt Nam – Mê-hi-cô thành phố sẽ phối hợp tổ chức Tuần phim Mê-hi-cô và đón một đoàn nghệ sĩ mariachi sang biểu diễn.",
        ),
    ],
}

AKD = {
    "id": "akd",
    "shape": "plan",
    "head": [
        f"{'LIÊN ĐOÀN THƯƠNG MẠI VÀ CÔNG NGHIỆP':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VIỆT NAM':<40}Độc lập - Tự do - Hạnh phúc",
        "CHI NHÁNH TẠI TP HỒ CHÍ MINH",
        f"{'Số: 95/KH-VCCI-HCM':<40}TP Hồ Chí Minh, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại với các nước Mercosur năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại với các nước Mercosur năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Chi nhánh đã đón 3 đoàn doanh nghiệp Bra-xin và Ác-hen-ti-na sang tìm hiểu thị trường; phối hợp tổ chức Diễn đàn doanh nghiệp Việt Nam – Mỹ Latinh với hơn 200 doanh nghiệp tham dự. Việc mở văn phòng đại diện tại Xao Pao-lô chưa thực hiện được.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, tổ chức đoàn doanh nghiệp sang Ác-hen-ti-na và U-ru-goay tìm kiếm nguồn nguyên liệu thức ăn chăn nuôi và thịt bò.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận hợp tác với Phòng Thương mại và Dịch vụ Pa-ra-goay về trao đổi thông tin thị trường.",
        ),
        (
            "list_item",
            "3. Kiến nghị Bộ Công Thương thúc đẩy sớm khởi động đàm phán hiệp định thương mại tự do giữa Việt Nam và khối Mercosur.",
        ),
        (
            "list_item",
            "4. Trong quý III/2026, phối hợp với Đại sứ quán Bra-xin tổ chức hội thảo về cơ hội xuất khẩu sang Bra-xin.",
        ),
        (
            "paragraph",
            "Phòng Xúc tiến thương mại chủ trì triển khai Kế hoạch; các doanh nghiệp hội viên chủ động đăng ký tham gia các hoạt động phù hợp.",
        ),
    ],
}

AKE = {
    "id": "ake",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Việt Nam – Pê-ru"),
        (
            "paragraph",
            "Quan hệ Việt Nam – Pê-ru là quan hệ song phương giữa Việt Nam và Cộng hòa Pê-ru (Perú). Hai nước thiết lập quan hệ ngoại giao ngày 14/11/1994.",
        ),
        ("heading", "APEC", 1),
        (
            "paragraph",
            "Tháng 11/1998, tại Hội nghị Bộ trưởng APEC ở Cua-la Lăm-pơ, Việt Nam được kết nạp vào Diễn đàn cùng với Pê-ru và Nga. Pê-ru đăng cai Năm APEC các năm 2008, 2016 và 2024, đều tại thủ đô Li-ma. Tháng 11/2024, Chủ tịch nước Lương Cường dự Tuần lễ Cấp cao APEC tại Li-ma và thăm Pê-ru.",
        ),
        ("heading", "Thương mại", 1),
        (
            "paragraph",
            "Hiệp định CPTPP có hiệu lực đối với Pê-ru từ ngày 19/9/2021, tạo khuôn khổ ưu đãi thuế quan giữa hai nước. Việt Nam xuất khẩu sang Pê-ru điện thoại, xe máy, giày dép; nhập khẩu bột cá, quặng và nho.",
        ),
        ("heading", "Đầu tư", 1),
        (
            "paragraph",
            "Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel) đầu tư vào thị trường viễn thông Pê-ru với thương hiệu Bitel, là một trong những dự án đầu tư lớn nhất của Việt Nam tại Mỹ Latinh. Hai nước đang thúc đẩy hợp tác trong các lĩnh vực nông nghiệp, thủy sản và khai khoáng.",
        ),
    ],
}

DOCS = [AKA, AKB, AKC, AKD, AKE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Đối ngoại" section."""
    return news_page(
        doc,
        section="Đối ngoại",
        time="20:40",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/me-hi-co", "Mê-hi-cô"), ("/tag/huu-nghi", "Hữu nghị")],
    )


def render_plan(doc: dict) -> str:
    """A chamber of commerce branch's plan by heldout_kit.ministry_plan, signed by its director."""
    return ministry_plan(
        doc,
        signature=["GIÁM ĐỐC", "(đã ký)", ""],
        recipients=["- Ban Thường trực VCCI (để b/c);", "- Lưu: VT, XTTM."],
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
        prefix="ak",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
