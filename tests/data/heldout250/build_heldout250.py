"""Build the 250th held-out set (Vietnam – Nepal, SAARC) and its structure gold from one source of truth.

.venv/bin/python tests/data/heldout250/build_heldout250.py [--check]
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

FUA = {
    "id": "fua",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU NAM Á VÀ HIMALAYA – Số 3 (2025)",
    "first_page": 44,
    "break_after": 9,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – NEPAL: NỀN TẢNG VÀ TRIỂN VỌNG"),
        ("author", "Đỗ Thị Minh Ngọc"),
        ("affiliation", "Viện Nghiên cứu Ấn Độ và Tây Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ Việt Nam – Nepal và đề xuất một số hướng hợp tác trong thời gian tới.",
            "vi",
        ),
        ("keywords", "Nepal; SAARC; Liên hợp quốc; hợp tác song phương", "vi"),
        ("heading", "1. Hai nước bạn bè truyền thống", 1),
        (
            "paragraph",
            "Việt Nam và Nepal chính thức thiết lập quan hệ ngoại giao ngày 15/5/1975, chỉ hai tuần sau ngày miền Nam được hoàn toàn giải phóng. Cùng là thành viên Phong trào Không liên kết, hai nước luôn ủng hộ lẫn nhau tại các diễn đàn đa phương (Nguyễn Văn Hải, 2016, tr. 58). Năm 1985, Nepal cùng sáu nước Nam Á khác thành lập Hiệp hội Nam Á vì sự hợp tác khu vực (SAARC), và Ban Thư ký của tổ chức này được đặt tại Kathmandu từ năm 1987.",
        ),
        ("heading", "2. Những bước đi cụ thể", 1),
        (
            "paragraph",
            "Sau trận động đất mạnh 7,8 độ richter ngày 25/4/2015, Chính phủ và nhân dân Việt Nam đã gửi lời chia buồn sâu sắc tới nhân dân Nepal. Một nhà ngoại giao Nepal từng nhận xét rằng “Việt Nam là tấm gương về ý chí tự lực mà chúng tôi luôn ngưỡng mộ” (Trần Quốc Bảo, 2019, tr. 103). Tuy vậy, kim ngạch thương mại song phương còn rất khiêm tốn và hai nước đến nay chưa ký hiệp định thương mại nào (Lê Thu Trang, 2023).",
        ),
        ("heading", "3. Gợi ý chính sách", 1),
        (
            "paragraph",
            "Việt Nam cần sớm tổ chức khóa họp đầu tiên của cơ chế tham khảo chính trị cấp Thứ trưởng Ngoại giao với Nepal, đồng thời khuyến khích doanh nghiệp hai nước hợp tác trong du lịch tâm linh gắn với Phật giáo.",
        ),
    ],
}

FUB = {
    "id": "fub",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI ẤN ĐỘ",
        "Số: 58/BC-ĐSQ",
        "Niu Đê-li, ngày 25 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác 6 tháng đầu năm 2025 tại địa bàn kiêm nhiệm Nepal"],
    "blocks": [
        ("title", "BÁO CÁO Công tác 6 tháng đầu năm 2025 tại địa bàn kiêm nhiệm Nepal"),
        ("heading", "I. KẾT QUẢ CHỦ YẾU", 1),
        (
            "list_item",
            "1. Tháng 2/2025, Đại sứ đã trình Thư ủy nhiệm lên Tổng thống Nepal Ram Chandra Poudel tại Kathmandu và chào xã giao Bộ trưởng Ngoại giao Arzu Rana Deuba.",
        ),
        (
            "list_item",
            "2. Nhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao (15/5/1975 – 15/5/2025), Đại sứ quán phối hợp với Bộ Ngoại giao Nepal tổ chức hội thảo và triển lãm ảnh tại Kathmandu; lãnh đạo hai nước đã trao đổi điện mừng.",
        ),
        (
            "list_item",
            "3. Tháng trước, một đoàn doanh nghiệp du lịch Việt Nam sang khảo sát tuyến hành hương Lumbini và ký thỏa thuận hợp tác với Hiệp hội các hãng lữ hành Nepal.",
        ),
        (
            "list_item",
            "4. Đề xuất mở đường bay thẳng giữa Hà Nội và Kathmandu vẫn chưa được các hãng hàng không hai bên chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị khóa họp đầu tiên của cơ chế tham khảo chính trị giữa hai Bộ Ngoại giao, dự kiến tổ chức tại Hà Nội vào tháng 10.",
        ),
        (
            "list_item",
            "2. Vận động Nepal ủng hộ ứng cử viên của Việt Nam vào Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn doanh nghiệp Nepal sang dự Hội chợ Thương mại quốc tế Việt Nam.",
        ),
    ],
}

FUC = {
    "id": "fuc",
    "shape": "news",
    "date": "2015-04-27",
    "stamp": "Thứ Hai, 27/04/2015 - 08:40",
    "blocks": [
        ("title", "Cộng đồng quốc tế gấp rút hỗ trợ Nepal sau động đất"),
        (
            "paragraph",
            "Kathmandu (TTXVN) – Hai ngày sau trận động đất mạnh 7,8 độ richter làm rung chuyển Nepal, nhiều quốc gia và tổ chức quốc tế đã gửi lực lượng cứu hộ, hàng cứu trợ và cam kết viện trợ cho quốc gia Himalaya này.",
        ),
        ("heading", "Ấn Độ và Trung Quốc đi đầu", 1),
        (
            "paragraph",
            "Chỉ vài giờ sau thảm họa ngày 25/4, Ấn Độ đã triển khai chiến dịch Maitri, điều máy bay vận tải chở đội cứu hộ, bác sĩ và hàng chục tấn thực phẩm tới Kathmandu. Trung Quốc cũng cử đội cứu hộ quốc tế sang Nepal và tuyên bố viện trợ khẩn cấp.",
        ),
        (
            "paragraph",
            "Liên hợp quốc cho biết đã kích hoạt cơ chế ứng phó khẩn cấp, trong khi Liên minh châu Âu công bố khoản hỗ trợ nhân đạo ban đầu và Mỹ điều một nhóm tìm kiếm cứu nạn sang Nepal. Nhật Bản cũng quyết định viện trợ khẩn cấp và cử đội cứu trợ thảm họa sang Kathmandu.",
        ),
        ("heading", "Việt Nam chia buồn", 1),
        (
            "paragraph",
            "Ngay trong ngày 26/4, Chủ tịch nước Trương Tấn Sang đã gửi điện chia buồn tới Tổng thống Nepal Ram Baran Yadav. Bộ Ngoại giao cho biết hiện chưa ghi nhận công dân Việt Nam nào thương vong trong trận động đất.",
        ),
    ],
}

FUD = {
    "id": "fud",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 41/KH-BVHTTDL':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác văn hóa và du lịch với các nước Nam Á",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác văn hóa và du lịch với các nước Nam Á năm 2026"),
        (
            "paragraph",
            "Căn cứ kết quả hợp tác đã đạt được và nhu cầu của thị trường khách du lịch Nam Á, Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch hợp tác với các nước Nam Á năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã ký Chương trình hợp tác văn hóa với Nepal và đón đoàn nghệ thuật của Sri Lanka sang biểu diễn tại Hà Nội; tuy nhiên Bộ chưa tổ chức được Tuần Văn hóa Việt Nam tại Bangladesh như dự kiến. Tháng 10 năm ngoái, lãnh đạo Bộ đã tiếp Bộ trưởng Du lịch Maldives sang thăm và làm việc tại Hà Nội.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn công tác sang Kathmandu và Lumbini làm việc với Bộ Văn hóa, Du lịch và Hàng không dân dụng Nepal.",
        ),
        (
            "list_item",
            "2. Đàm phán và ký Bản ghi nhớ hợp tác du lịch với Ấn Độ, dự kiến vào tháng 8.",
        ),
        (
            "list_item",
            "3. Mời Bộ Văn hóa Bhutan cử đoàn nghệ thuật tham dự Festival Huế 2026.",
        ),
        (
            "list_item",
            "4. Không tham gia Hội chợ du lịch khu vực SAARC tại Colombo do trùng lịch.",
        ),
        ("paragraph", "Vụ Hợp tác quốc tế chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này."),
    ],
}

FUE = {
    "id": "fue",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp hội Nam Á vì sự hợp tác khu vực"),
        (
            "paragraph",
            "Hiệp hội Nam Á vì sự hợp tác khu vực (SAARC) là tổ chức liên chính phủ của các nước Nam Á, được thành lập tại Hội nghị cấp cao ở Dhaka ngày 8/12/1985 khi lãnh đạo bảy nước ký Hiến chương của Hiệp hội. Ban Thư ký đặt tại Kathmandu (Nepal) từ năm 1987.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Bảy thành viên sáng lập là Bangladesh, Bhutan, Ấn Độ, Maldives, Nepal, Pakistan và Sri Lanka. Afghanistan được kết nạp làm thành viên thứ tám tại Hội nghị cấp cao lần thứ 14 ở Niu Đê-li năm 2007. Trung Quốc, Nhật Bản, Hàn Quốc, Mỹ và EU là quan sát viên.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Năm 2004, các nước thành viên ký Hiệp định Khu vực thương mại tự do Nam Á (SAFTA) tại Islamabad; hiệp định có hiệu lực từ ngày 1/1/2006. Hội nghị cấp cao lần thứ 19, dự kiến họp ở Islamabad năm 2016, đã không thể diễn ra sau khi Ấn Độ tuyên bố không tham dự; từ Hội nghị cấp cao lần thứ 18 ở Kathmandu năm 2014 đến nay, SAARC chưa họp cấp cao thêm lần nào. Theo thông lệ, nước chủ nhà hội nghị cấp cao đảm nhiệm cương vị Chủ tịch Hiệp hội cho đến hội nghị kế tiếp; vì vậy Nepal giữ cương vị Chủ tịch SAARC từ năm 2014.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là quan sát viên của SAARC, song có quan hệ ngoại giao với cả tám nước thành viên.",
        ),
    ],
}

DOCS = [FUA, FUB, FUC, FUD, FUE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Kinh tế thế giới" section."""
    return news_page(
        doc,
        section="Kinh tế thế giới",
        time="09:15",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/nepal", "Nepal"), ("/tag/dong-dat", "Động đất")],
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
        prefix="fu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
