"""Build held-out set 247 and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout247/build_heldout247.py [--check]

Vietnam – Brazil from 1989 to the strategic partnership of 2025, the trade office in Brazil's
year-end report 2024, Lula's state visit of March 2025, a (fictitious) trade ministry plan 2026 for
the Pacific Alliance markets, an entry on the Pacific Alliance. Facts are well-established; authors, journal, page numbers, document numbers, local items and quoted
words are invented. Events, citations and questions gold are written by hand.
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

FRA_BRAZIL = {
    "id": "fra",
    "shape": "journal",
    "header": "NGHIÊN CỨU CHÂU MỸ LATINH – Số 1 (2026)",
    "first_page": 17,
    "break_after": 9,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – BRA-XIN TỪ ĐỐI TÁC TOÀN DIỆN ĐẾN ĐỐI TÁC CHIẾN LƯỢC"),
        ("author", "Trịnh Quốc Bảo"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích những bước phát triển của quan hệ Việt Nam – Bra-xin từ năm 1989 đến nay.",
            "vi",
        ),
        ("keywords", "Bra-xin; đối tác chiến lược; BRICS; hợp tác Nam – Nam", "vi"),
        ("heading", "1. Khởi đầu và củng cố", 1),
        (
            "paragraph",
            "Việt Nam và Bra-xin thiết lập quan hệ ngoại giao ngày 8/5/1989, khi nước ta đang đẩy mạnh đổi mới và mở rộng quan hệ ra ngoài khu vực. Năm 2007, hai nước xác lập khuôn khổ Đối tác toàn diện, mở đường cho nhiều dự án hợp tác trong nông nghiệp, năng lượng và quốc phòng (Phan Thị Hồng Nhung, 2015, tr. 42). Bra-xin nhiều năm liền là đối tác thương mại lớn nhất của Việt Nam tại khu vực Mỹ Latinh.",
        ),
        ("heading", "2. Bước ngoặt năm 2025", 1),
        (
            "paragraph",
            "Tháng 3/2025, Tổng thống Luiz Inácio Lula da Silva thăm cấp Nhà nước tới Việt Nam. Trong các cuộc hội đàm tại Hà Nội, lãnh đạo hai nước nhất trí nâng quan hệ lên Đối tác chiến lược và ký một loạt văn kiện hợp tác. Phía Bra-xin khẳng định ủng hộ Việt Nam trở thành nước đối tác của BRICS, và từ ngày 13/6/2025 nước ta chính thức có tư cách này (Vũ Minh Khoa, 2025). Tháng 7 năm đó, Thủ tướng Phạm Minh Chính dự Hội nghị thượng đỉnh BRICS mở rộng tại Rio de Janeiro.",
        ),
        ("heading", "3. Những điểm nghẽn", 1),
        (
            "paragraph",
            "Dù vậy, thịt bò và một số nông sản của Bra-xin vẫn chưa được cấp phép vào thị trường Việt Nam, còn đàm phán hiệp định thương mại tự do giữa Việt Nam và Mercosur mới dừng ở giai đoạn nghiên cứu khả thi. Một học giả nhận định hai nền kinh tế “bổ sung cho nhau nhiều hơn là cạnh tranh” (Nguyễn Hải Yến, 2024, tr. 88). Hai bên cần sớm khởi động đàm phán chính thức.",
        ),
    ],
}

FRB_TRADE = {
    "id": "frb",
    "shape": "word",
    "head": [
        "BỘ CÔNG THƯƠNG",
        "THƯƠNG VỤ VIỆT NAM TẠI BRA-XIN",
        "Số: 112/BC-TV",
        "Bra-xi-li-a, ngày 26 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Kim ngạch thương mại hai chiều Việt Nam – Bra-xin tiếp tục tăng; Việt Nam nhập khẩu chủ yếu đậu tương, ngô, bông và quặng sắt, xuất khẩu điện thoại, linh kiện điện tử và giày dép.",
        ),
        (
            "list_item",
            "2. Tháng 9, Thương vụ phối hợp với Hiệp hội Thủy sản Bra-xin tổ chức hội thảo giới thiệu cá tra Việt Nam tại São Paulo, thu hút hơn 80 doanh nghiệp.",
        ),
        (
            "list_item",
            "3. Thương vụ đã đón đoàn doanh nghiệp của Hiệp hội Da giày Việt Nam sang làm việc với các nhà cung cấp da thuộc bang Rio Grande do Sul.",
        ),
        (
            "list_item",
            "4. Hồ sơ xin mở cửa thị trường cho sản phẩm thịt gà của Việt Nam vẫn chưa được Bộ Nông nghiệp Bra-xin phê duyệt.",
        ),
        (
            "list_item",
            "5. Bra-xin áp thuế chống bán phá giá đối với một số sản phẩm thép nhập khẩu; Thương vụ đã trao đổi với phía bạn để bảo vệ quyền lợi doanh nghiệp Việt Nam.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Phục vụ chuyến thăm của lãnh đạo cấp cao Bra-xin tới Việt Nam và các hoạt động kỷ niệm quan hệ hai nước.",
        ),
        (
            "list_item",
            "2. Tổ chức đoàn doanh nghiệp Bra-xin sang dự Hội chợ Vietnam Expo tại Hà Nội vào tháng 4.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động phía bạn công nhận Việt Nam có nền kinh tế thị trường.",
        ),
    ],
}

FRC_NEWS = {
    "id": "frc",
    "shape": "news",
    "date": "2025-03-29",
    "stamp": "Thứ Bảy, 29/03/2025 - 18:20",
    "blocks": [
        ("title", "Việt Nam và Bra-xin nâng quan hệ lên Đối tác chiến lược"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 28/3, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã hội đàm với Tổng thống Bra-xin Luiz Inácio Lula da Silva, người đang thăm cấp Nhà nước tới Việt Nam từ ngày 27 đến 29/3.",
        ),
        ("heading", "Khuôn khổ quan hệ mới", 1),
        (
            "paragraph",
            "Hai nhà lãnh đạo đã ra tuyên bố chung về việc nâng quan hệ Việt Nam – Bra-xin lên Đối tác chiến lược. Sau hội đàm, hai bên chứng kiến lễ ký các văn kiện hợp tác trong nông nghiệp, khoa học công nghệ và tư pháp.",
        ),
        (
            "paragraph",
            "Tổng thống Lula khẳng định Bra-xin ủng hộ Việt Nam tham gia BRICS với tư cách nước đối tác và cho biết nước này sẽ thúc đẩy để Mercosur sớm khởi động đàm phán hiệp định thương mại tự do với Việt Nam.",
        ),
        ("heading", "Hợp tác nông sản", 1),
        (
            "paragraph",
            "Phía Việt Nam thông báo đã quyết định mở cửa thị trường cho thịt bò Bra-xin, trong khi Bra-xin cam kết tạo thuận lợi cho hàng thủy sản của Việt Nam. Cùng ngày, Tổng thống Lula đã hội kiến Tổng Bí thư Tô Lâm. Năm ngoái, kim ngạch thương mại song phương đạt gần 8 tỷ USD.",
        ),
    ],
}

FRD_PLAN = {
    "id": "frd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 58/KH-BCT':<40}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường các nước",
        "Liên minh Thái Bình Dương năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến thương mại tại thị trường các nước Liên minh Thái Bình Dương năm 2026",
        ),
        (
            "paragraph",
            "Nhằm tận dụng Hiệp định CPTPP, mà Mê-hi-cô, Chi-lê và Pê-ru đều là thành viên, Bộ Công Thương xây dựng Kế hoạch xúc tiến thương mại tại các nước Liên minh Thái Bình Dương năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã tổ chức hai đoàn doanh nghiệp sang Mê-hi-cô và Cô-lôm-bi-a. Việt Nam và Cô-lôm-bi-a chưa có hiệp định thương mại tự do; hai bên mới trao đổi về khả năng thành lập Tiểu ban hợp tác thương mại.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, tổ chức Diễn đàn doanh nghiệp Việt Nam – Mỹ Latinh tại Thành phố Hồ Chí Minh, mời cơ quan xúc tiến thương mại của bốn nước Liên minh tham dự.",
        ),
        (
            "list_item",
            "2. Cử đoàn doanh nghiệp sang Li-ma và Xan-ti-a-gô tìm hiểu thị trường trái cây và thủy sản, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao đề xuất với phía Cô-lôm-bi-a khởi động nghiên cứu chung về hiệp định thương mại tự do song phương.",
        ),
        (
            "list_item",
            "4. Không tổ chức hội chợ riêng tại Mê-hi-cô trong năm 2026 do đã tham gia Hội chợ quốc tế năm 2025.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

FRE_PACIFIC = {
    "id": "fre",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Thái Bình Dương"),
        (
            "paragraph",
            "Liên minh Thái Bình Dương là một khối hội nhập kinh tế khu vực Mỹ Latinh, ra đời theo Tuyên bố Li-ma do Tổng thống Chi-lê, Cô-lôm-bi-a, Mê-hi-cô và Pê-ru thông qua ngày 28/4/2011. Khối hướng tới tự do lưu chuyển hàng hóa, dịch vụ, vốn và con người, đồng thời đẩy mạnh liên kết với châu Á – Thái Bình Dương.",
        ),
        ("heading", "Hiệp định khung", 1),
        (
            "paragraph",
            "Hiệp định khung của Liên minh được bốn nước ký ngày 6/6/2012 tại đài thiên văn Paranal ở miền Bắc Chi-lê và có hiệu lực từ ngày 20/7/2015. Nghị định thư bổ sung về thương mại xóa bỏ thuế quan đối với phần lớn dòng hàng giữa các thành viên.",
        ),
        ("heading", "Vận hành", 1),
        (
            "paragraph",
            "Liên minh không có ban thư ký thường trực; chức Chủ tịch luân phiên được chuyển giao giữa các thành viên theo nhiệm kỳ một năm. Các nước thành viên đã bãi bỏ thị thực du lịch ngắn hạn cho công dân của nhau. Năm 2023, việc Pê-ru tiếp nhận chức Chủ tịch luân phiên bị trì hoãn do bất đồng chính trị giữa Pê-ru và Mê-hi-cô.",
        ),
        ("heading", "Quan sát viên và thành viên liên kết", 1),
        (
            "paragraph",
            "Liên minh có hàng chục quan sát viên ở nhiều châu lục. Năm 2022, Xin-ga-po ký hiệp định thương mại tự do với bốn nước thành viên và trở thành quốc gia liên kết đầu tiên. Cốt-xta Ri-ca đã nộp đơn xin gia nhập nhưng đến nay chưa được kết nạp.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ ngoại giao với cả bốn nước thành viên và cùng Chi-lê, Mê-hi-cô, Pê-ru tham gia Hiệp định CPTPP.",
        ),
    ],
}

DOCS = [FRA_BRAZIL, FRB_TRADE, FRC_NEWS, FRD_PLAN, FRE_PACIFIC]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="08:30",
        menu=[("/the-gioi", "Thế giới"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/chau-phi", "Châu Phi"), ("/tag/my-latinh", "Mỹ Latinh")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="fr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
