"""Build the 242nd held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout242/build_heldout242.py [--check]

Five short documents on Vietnam – Russia from the strategic partnership of 2001 to Putin's state visit of
2024: a journal article, a (fictitious) Khánh Hòa Department of Foreign Affairs report for 2019, a news page
on the state visit of 19 – 20/6/2024, a (fictitious) Ministry of Industry and Trade plan for 2026 and an
encyclopedia entry on the 1994 Treaty on the Basic Principles of Friendly Relations. Authors, journal,
page numbers, document numbers, local items and quoted words are invented. ``--check`` verifies the gold.
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

EWA_JOURNAL = {
    "id": "ewa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU NGA VÀ ĐÔNG ÂU – Số 4 (2024)",
    "first_page": 33,
    "break_after": 10,
    "blocks": [
        ("title", "QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC VIỆT NAM – LIÊN BANG NGA: HAI THẬP NIÊN NHÌN LẠI"),
        ("author", "Nguyễn Thị Minh Thư"),
        ("affiliation", "Học viện Chính trị khu vực I"),
        (
            "abstract",
            "Bài viết điểm lại các dấu mốc của quan hệ Việt Nam – Liên bang Nga từ năm 2001 và nêu một số vấn đề đặt ra.",
            "vi",
        ),
        ("keywords", "Việt Nam; Liên bang Nga; đối tác chiến lược toàn diện; Liên minh Kinh tế Á – Âu", "vi"),
        ("heading", "1. Từ Tuyên bố chung năm 2001", 1),
        (
            "paragraph",
            "Chuyến thăm cấp nhà nước đầu tiên của một nguyên thủ Nga tới Việt Nam diễn ra từ ngày 28/2 đến ngày 2/3/2001, khi Tổng thống V. Putin sang Hà Nội. Trong dịp này, hai bên ký Tuyên bố chung về quan hệ đối tác chiến lược, mở ra giai đoạn mới sau gần một thập kỷ quan hệ trầm lắng (Đỗ Văn Khải, 2011, tr. 48). Năm 2002, phía Nga hoàn tất việc rút khỏi căn cứ Cam Ranh.",
        ),
        ("heading", "2. Nâng cấp và mở rộng", 1),
        (
            "paragraph",
            "Tháng 7/2012, nhân chuyến thăm Nga của Chủ tịch nước Trương Tấn Sang, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện; Nga trở thành đối tác đầu tiên của ta ở cấp độ này. Ba năm sau, Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu được ký ngày 29/5/2015 và có hiệu lực từ ngày 5/10/2016. Theo một nhà nghiên cứu, đây là “cánh cửa để hàng nông sản Việt Nam đi sâu vào thị trường Á – Âu” (Lê Thanh Bình, 2019, tr. 102).",
        ),
        ("heading", "3. Những vấn đề đặt ra", 1),
        (
            "paragraph",
            "Sau năm 2022, thanh toán và vận tải giữa hai nước gặp nhiều khó khăn do các lệnh trừng phạt của phương Tây đối với Nga (Hoàng Quốc Việt, 2023). Dẫu vậy, hai bên vẫn duy trì hợp tác dầu khí qua Liên doanh Vietsovpetro và chưa từ bỏ mục tiêu nâng kim ngạch thương mại song phương.",
        ),
    ],
}

EWB_KHANHHOA = {
    "id": "ewb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
        "SỞ NGOẠI VỤ",
        "Số: 1873/BC-SNgV",
        "Khánh Hòa, ngày 12 tháng 12 năm 2019",
    ],
    "title_lines": ["BÁO CÁO", "Công tác đối ngoại năm 2019 và nhiệm vụ năm 2020"],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại năm 2019 và nhiệm vụ năm 2020"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2019", 1),
        (
            "list_item",
            "1. Năm 2019, tỉnh đón khoảng 530 nghìn lượt khách Nga, tăng so với năm trước; đường bay thẳng từ Mát-xcơ-va, Nô-vô-xi-biếc và Kha-ba-rốp đến Cam Ranh được duy trì đều đặn.",
        ),
        (
            "list_item",
            "2. Tháng 4, đoàn đại biểu tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Xvéc-lốp (Nga); hai bên ký Biên bản ghi nhớ hợp tác về du lịch và giáo dục.",
        ),
        (
            "list_item",
            "3. Tổng Lãnh sự Nga tại Đà Nẵng đến chào xã giao lãnh đạo tỉnh vào tháng 9 và đề nghị tỉnh hỗ trợ công dân Nga gặp khó khăn.",
        ),
        (
            "list_item",
            "4. Tổ chức JICA (Nhật Bản) tiếp tục tài trợ dự án nâng cao năng lực quản lý chất thải rắn tại thành phố Nha Trang.",
        ),
        (
            "list_item",
            "5. Dự án khu nghỉ dưỡng của nhà đầu tư Nga tại Bãi Dài chưa triển khai do vướng mặt bằng.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2020", 1),
        (
            "list_item",
            "1. Phối hợp với Tổng Lãnh sự quán Nga tổ chức các hoạt động kỷ niệm 70 năm thiết lập quan hệ ngoại giao Việt Nam – Liên bang Nga (30/1/1950 – 30/1/2020).",
        ),
        (
            "list_item",
            "2. Tháng 6 năm sau, cử đoàn tham dự Diễn đàn Kinh tế quốc tế Xanh Pê-téc-bua để xúc tiến du lịch và thu hút đầu tư.",
        ),
        (
            "list_item",
            "3. Không tổ chức đoàn ra châu Âu ngoài kế hoạch đã được phê duyệt.",
        ),
    ],
}

EWC_PUTIN = {
    "id": "ewc",
    "shape": "news",
    "date": "2024-06-20",
    "stamp": "Thứ Năm, 20/06/2024 - 18:40",
    "blocks": [
        ("title", "Tổng thống Nga V. Putin kết thúc chuyến thăm cấp Nhà nước tới Việt Nam"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 20/6, Tổng thống Liên bang Nga Vladimir Putin rời Hà Nội, kết thúc tốt đẹp chuyến thăm cấp Nhà nước tới Việt Nam theo lời mời của Tổng Bí thư Nguyễn Phú Trọng.",
        ),
        ("heading", "Hội đàm và ký kết", 1),
        (
            "paragraph",
            "Ngay sau lễ đón chính thức tại Phủ Chủ tịch, Chủ tịch nước Tô Lâm đã hội đàm với Tổng thống V. Putin. Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký nhiều văn kiện hợp tác trong các lĩnh vực giáo dục, khoa học, năng lượng và y tế. Hai bên ra Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược toàn diện.",
        ),
        (
            "paragraph",
            "Trong chương trình chuyến thăm, Tổng thống Nga cũng gặp Tổng Bí thư Nguyễn Phú Trọng, Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn.",
        ),
        ("heading", "Lần thứ năm tới Việt Nam", 1),
        (
            "paragraph",
            "Đây là lần thứ năm ông Putin thăm Việt Nam. Trước khi tới Hà Nội, nhà lãnh đạo Nga đã thăm Triều Tiên. Lần gần nhất ông đến nước ta là tháng 11/2017, khi dự Hội nghị cấp cao APEC tại Đà Nẵng.",
        ),
    ],
}

EWD_PLAN = {
    "id": "ewd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 318/KH-BCT':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy hợp tác thương mại với Liên bang Nga",
        "và các nước Liên minh Kinh tế Á – Âu năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Thúc đẩy hợp tác thương mại với Liên bang Nga và các nước Liên minh Kinh tế Á – Âu năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ Hiệp định thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu có hiệu lực từ ngày 5/10/2016 và kết quả chuyến thăm cấp Nhà nước của Tổng thống Nga tới Việt Nam tháng 6/2024, Bộ Công Thương ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. MỤC TIÊU", 1),
        (
            "paragraph",
            "Duy trì đà tăng trưởng xuất khẩu nông sản, thủy sản, dệt may sang Nga, Bê-la-rút và Ca-dắc-xtan; tháo gỡ vướng mắc về thanh toán và logistics. Năm ngoái, hai bên đã họp Tiểu ban hợp tác thương mại nhưng chưa thống nhất được cơ chế thanh toán bằng đồng nội tệ.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Quý II, phối hợp tổ chức Khóa họp Ủy ban liên Chính phủ Việt Nam – Nga về hợp tác kinh tế – thương mại và khoa học – kỹ thuật.",
        ),
        (
            "list_item",
            "2. Tháng 6, tổ chức đoàn doanh nghiệp tham dự Diễn đàn Kinh tế quốc tế Xanh Pê-téc-bua.",
        ),
        (
            "list_item",
            "3. Đề nghị Ủy ban Kinh tế Á – Âu mở rộng ngưỡng áp dụng cơ chế phòng vệ đối với hàng dệt may của ta.",
        ),
        (
            "list_item",
            "4. Không tổ chức Hội chợ hàng Việt Nam tại Mát-xcơ-va trong năm 2026.",
        ),
        ("paragraph", "Vụ Thị trường châu Âu – châu Mỹ là đầu mối theo dõi, tổng hợp tình hình thực hiện."),
    ],
}

EWE_TREATY = {
    "id": "ewe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị Việt Nam – Liên bang Nga"),
        (
            "paragraph",
            "Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Liên bang Nga được ký tại Mát-xcơ-va ngày 16/6/1994, trong chuyến thăm Nga của Thủ tướng Võ Văn Kiệt. Văn kiện thay thế Hiệp ước hữu nghị và hợp tác Việt Nam – Liên Xô ký ngày 3/11/1978.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Liên Xô tan rã cuối năm 1991; Liên bang Nga kế tục vị trí của Liên Xô tại Liên hợp quốc, kể cả ghế Ủy viên thường trực Hội đồng Bảo an, và Việt Nam sớm công nhận Liên bang Nga là quốc gia kế tục Liên Xô. Trong những năm đầu thập niên 1990, viện trợ của Nga cho Việt Nam gần như chấm dứt và kim ngạch thương mại giảm mạnh.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp ước khẳng định hai bên tôn trọng độc lập, chủ quyền, không can thiệp vào công việc nội bộ của nhau và không tham gia bất kỳ liên minh nào chống lại bên kia. Văn kiện không có điều khoản tương trợ quân sự như hiệp ước năm 1978.",
        ),
        ("heading", "Ý nghĩa", 1),
        (
            "paragraph",
            "Hiệp ước tạo nền tảng pháp lý để hai nước ký Tuyên bố chung về quan hệ đối tác chiến lược năm 2001 và nâng quan hệ lên Đối tác chiến lược toàn diện năm 2012.",
        ),
    ],
}

DOCS = [EWA_JOURNAL, EWB_KHANHHOA, EWC_PUTIN, EWD_PLAN, EWE_TREATY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="18:40",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/nga", "Nga"), ("/tag/putin", "V. Putin")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.ministry_plan: signed "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", its own "Nơi nhận" lines."""
    return ministry_plan(doc, recipients=["- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, ÂMỹ."])


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
        prefix="ew",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
