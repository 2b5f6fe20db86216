"""Build the hundred-and-sixty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout163/build_heldout163.py [--check]

Five short documents on India and the Mekong subregion, topics the earlier sets do not use as main topics
(the Mekong – Ganga Cooperation and India's Act East policy, An Giang University's international office
report on the first half of 2025, Modi's announcement of the Act East policy at the 12th ASEAN – India
summit in Nay Pyi Taw on 12/11/2014, a (fictitious) Ministry of Education and Training plan for education
cooperation with India under the Mekong – Ganga framework in 2026, an encyclopedia entry on the Mekong –
Ganga Cooperation). Facts are well-established; authors, journal, page numbers, document numbers, the
report's and the plan's items and all quoted words are invented. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

LTA_MGC = {
    "id": "lta",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU ẤN ĐỘ VÀ CHÂU Á – Số 5 (2025)",
    "first_page": 52,
    "break_after": 9,
    "blocks": [
        ("title", "HỢP TÁC MÊ CÔNG – SÔNG HẰNG TRONG CHÍNH SÁCH HÀNH ĐỘNG HƯỚNG ĐÔNG CỦA ẤN ĐỘ"),
        ("author", "Nguyễn Thị Hồng Nhung"),
        ("affiliation", "Viện Nghiên cứu Nam Á, Tây Á và châu Phi, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích vị trí của Hợp tác Mê Công – Sông Hằng trong chính sách đối ngoại của Ấn Độ và gợi ý hướng tham gia của Việt Nam.",
            "vi",
        ),
        ("keywords", "Ấn Độ; Mê Công – Sông Hằng; Hành động hướng Đông; tiểu vùng Mê Công", "vi"),
        ("heading", "1. Từ “Hướng Đông” đến “Hành động hướng Đông”", 1),
        (
            "paragraph",
            "Chính sách Hướng Đông được Ấn Độ khởi xướng từ đầu thập niên 1990, dưới thời Thủ tướng P. V. Narasimha Rao. Năm 1995, nước này trở thành đối tác đối thoại đầy đủ của ASEAN, rồi ký Hiệp định Thương mại hàng hóa ASEAN – Ấn Độ, có hiệu lực từ ngày 1/1/2010 (Phan Văn Tuấn, 2018, tr. 23). Tại Hội nghị Cấp cao ASEAN – Ấn Độ lần thứ 12 ở Nay Pyi Taw ngày 12/11/2014, Thủ tướng Narendra Modi công bố chính sách Hành động hướng Đông.",
        ),
        ("heading", "2. Một khuôn khổ tiểu vùng", 1),
        (
            "paragraph",
            "Sáng kiến Hợp tác Mê Công – Sông Hằng (MGC) được Bộ trưởng Ngoại giao sáu nước Ấn Độ, Thái Lan, Mi-an-ma, Campuchia, Lào và Việt Nam khởi động tại Viêng Chăn ngày 10/11/2000, với bốn lĩnh vực ban đầu là du lịch, văn hóa, giáo dục và giao thông vận tải. Những năm gần đây, New Delhi tài trợ nhiều dự án tác động nhanh quy mô nhỏ tại Campuchia, Lào, Mi-an-ma và Việt Nam (Đặng Quốc Khánh, 2021).",
        ),
        ("heading", "3. Việt Nam trong Hợp tác Mê Công – Sông Hằng", 1),
        (
            "paragraph",
            "Quan hệ Việt Nam – Ấn Độ được nâng lên Đối tác chiến lược toàn diện nhân chuyến thăm Hà Nội của Thủ tướng Modi tháng 9/2016, và năm 2022 ASEAN cùng Ấn Độ cũng nâng quan hệ lên tầm Đối tác chiến lược toàn diện. Một học giả Ấn Độ cho rằng MGC “là cây cầu nối tiểu vùng Mê Công với Nam Á” (Bùi Thị Thu Trang, 2023, tr. 61). Tuy vậy, cơ chế này đến nay chưa có ban thư ký thường trực, nên ta cần chủ động đề xuất thêm các dự án về quản lý tài nguyên nước.",
        ),
    ],
}

LTB_ANGIANG = {
    "id": "ltb",
    "shape": "word",
    "head": [
        "ĐẠI HỌC QUỐC GIA THÀNH PHỐ HỒ CHÍ MINH",
        "TRƯỜNG ĐẠI HỌC AN GIANG",
        "PHÒNG HỢP TÁC QUỐC TẾ",
        "Số: 112/BC-ĐHAG",
        "An Giang, ngày 25 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác quốc tế 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm 2025"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Trong tháng 3/2025, Trường đón đoàn Đại học Nông nghiệp Punjab (Ấn Độ) sang làm việc; hai bên đã ký Biên bản ghi nhớ về nghiên cứu giống lúa chịu mặn.",
        ),
        (
            "list_item",
            "2. Phòng thí nghiệm đất và nước trị giá 50.000 USD, do Chính phủ Ấn Độ tài trợ trong khuôn khổ Hợp tác Mê Công – Sông Hằng, đã được bàn giao và đưa vào sử dụng từ tháng 4.",
        ),
        (
            "list_item",
            "3. Ba giảng viên của Trường được Chính phủ Thái Lan cấp học bổng tham gia khóa đào tạo ngắn hạn về thủy lợi tại Băng Cốc.",
        ),
        (
            "list_item",
            "4. Tháng trước, Tổng Lãnh sự Ấn Độ tại Thành phố Hồ Chí Minh đến thăm Trường và tặng thư viện 200 đầu sách về nông nghiệp.",
        ),
        (
            "list_item",
            "5. Đề án liên kết đào tạo thạc sĩ với Đại học Khon Kaen (Thái Lan) chưa được cấp có thẩm quyền phê duyệt.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tháng 9 tới, cử đoàn sang Ludhiana (Ấn Độ) triển khai đề tài nghiên cứu chung với Đại học Nông nghiệp Punjab.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại học Quốc gia Lào tổ chức hội thảo khoa học về sinh kế của cư dân vùng hạ lưu sông Mê Công.",
        ),
        (
            "list_item",
            "3. Đề nghị Tổng Lãnh sự quán Ấn Độ giới thiệu cán bộ trẻ của Trường tham gia các khóa đào tạo thuộc chương trình ITEC.",
        ),
    ],
}

LTC_ACTEAST = {
    "id": "ltc",
    "shape": "news",
    "date": "2014-11-12",
    "stamp": "Thứ Tư, 12/11/2014 - 18:25",
    "blocks": [
        ("title", "Ấn Độ chuyển từ “Hướng Đông” sang “Hành động hướng Đông”"),
        (
            "paragraph",
            "Nay Pyi Taw (TTXVN) – Phát biểu tại Hội nghị Cấp cao ASEAN – Ấn Độ lần thứ 12 chiều 12/11, Thủ tướng Ấn Độ Narendra Modi tuyên bố chính sách Hướng Đông của nước này đã trở thành chính sách Hành động hướng Đông.",
        ),
        ("heading", "Ưu tiên kết nối", 1),
        (
            "paragraph",
            "Theo ông Modi, New Delhi sẽ đẩy nhanh việc hoàn thành tuyến đường bộ ba bên Ấn Độ – Mi-an-ma – Thái Lan và mở rộng hợp tác với các nước ASEAN về thương mại, đầu tư, văn hóa. Hội nghị do Mi-an-ma, Chủ tịch ASEAN năm nay, tổ chức ngay sau Hội nghị Cấp cao ASEAN lần thứ 25. Các nhà lãnh đạo cũng thảo luận việc sớm đưa các hiệp định về thương mại dịch vụ và đầu tư giữa ASEAN và Ấn Độ vào thực hiện.",
        ),
        (
            "paragraph",
            "Hai bên nâng quan hệ lên Đối tác chiến lược từ năm 2012, còn Hiệp định Thương mại hàng hóa ASEAN – Ấn Độ đã có hiệu lực từ ngày 1/1/2010.",
        ),
        ("heading", "Việt Nam ủng hộ vai trò của Ấn Độ", 1),
        (
            "paragraph",
            "Dự hội nghị, Thủ tướng Nguyễn Tấn Dũng hoan nghênh chính sách mới của Ấn Độ và khẳng định Việt Nam, với tư cách nước điều phối quan hệ ASEAN – Ấn Độ giai đoạn 2015 – 2018, sẽ tích cực thúc đẩy quan hệ giữa hai bên. Thủ tướng cũng đề nghị Ấn Độ tăng cường hỗ trợ các nước Campuchia, Lào, Mi-an-ma và Việt Nam thu hẹp khoảng cách phát triển.",
        ),
    ],
}

LTD_PLAN = {
    "id": "ltd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BGDĐT':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục với Ấn Độ trong khuôn khổ",
        "Hợp tác Mê Công – Sông Hằng năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác giáo dục với Ấn Độ trong khuôn khổ Hợp tác Mê Công – Sông Hằng năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa quan hệ Đối tác chiến lược toàn diện Việt Nam – Ấn Độ và các ưu tiên của Hợp tác Mê Công – Sông Hằng, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Giáo dục là một trong bốn lĩnh vực hợp tác đầu tiên của khuôn khổ Mê Công – Sông Hằng, được khởi động tại Viêng Chăn năm 2000. Năm ngoái, phía Ấn Độ đã cấp 60 suất học bổng sau đại học cho giảng viên Việt Nam, song hai bên chưa ký được chương trình trao đổi giáo dục giai đoạn mới.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 6 năm nay, cử đoàn do một Thứ trưởng dẫn đầu sang Niu Đê-li làm việc với Bộ Giáo dục Ấn Độ; đàm phán và ký Chương trình trao đổi giáo dục giai đoạn 2026 – 2030.",
        ),
        (
            "list_item",
            "2. Đề nghị phía Ấn Độ duy trì số suất học bổng và mở thêm ngành công nghệ thông tin.",
        ),
        (
            "list_item",
            "3. Tháng 10, đón đoàn hiệu trưởng các trường đại học Ấn Độ sang dự Triển lãm giáo dục quốc tế tại Hà Nội.",
        ),
        (
            "list_item",
            "4. Phối hợp với Bộ Ngoại giao chuẩn bị nội dung giáo dục cho Hội nghị Bộ trưởng Ngoại giao Mê Công – Sông Hằng.",
        ),
        (
            "list_item",
            "5. Không tổ chức Trại hè sinh viên Mê Công – Sông Hằng trong năm 2026 do chưa bố trí được kinh phí.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

LTE_MGC = {
    "id": "lte",
    "shape": "entry",
    "blocks": [
        ("title", "Hợp tác Mê Công – Sông Hằng"),
        (
            "paragraph",
            "Hợp tác Mê Công – Sông Hằng (MGC) là khuôn khổ hợp tác tiểu vùng giữa Ấn Độ và năm nước lưu vực sông Mê Công, được khởi động tại hội nghị Bộ trưởng Ngoại giao ở Viêng Chăn (Lào) ngày 10/11/2000. Tên gọi của cơ chế lấy từ hai con sông lớn, biểu tượng cho các nền văn minh của khu vực.",
        ),
        ("heading", "Thành viên và lĩnh vực", 1),
        (
            "paragraph",
            "Thành viên gồm Ấn Độ, Thái Lan, Mi-an-ma, Campuchia, Lào và Việt Nam. Tuyên bố Viêng Chăn xác định bốn lĩnh vực hợp tác ban đầu là du lịch, văn hóa, giáo dục và giao thông vận tải; về sau, các bên mở rộng sang y tế, nông nghiệp, tài nguyên nước và doanh nghiệp nhỏ và vừa.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Năm 2001, Việt Nam đăng cai Hội nghị Bộ trưởng Ngoại giao MGC lần thứ hai tại Hà Nội, nơi các bên thông qua Chương trình hành động Hà Nội. Hội nghị Bộ trưởng thường được tổ chức bên lề các hội nghị của ASEAN. Ấn Độ tài trợ các dự án tác động nhanh, mỗi dự án khoảng 50.000 USD, tại Campuchia, Lào, Mi-an-ma và Việt Nam, và hỗ trợ xây dựng Bảo tàng dệt may truyền thống châu Á tại Xiêm Riệp (Campuchia).",
        ),
        ("heading", "Đặc điểm", 1),
        (
            "paragraph",
            "Khác với Ủy hội sông Mê Công quốc tế, MGC không có ban thư ký thường trực và không có cơ chế ràng buộc về pháp lý. Trung Quốc không tham gia khuôn khổ này. Các dự án của MGC được triển khai song song với hợp tác ASEAN – Ấn Độ và bổ trợ cho các chương trình phát triển khác ở tiểu vùng.",
        ),
    ],
}

DOCS = [LTA_MGC, LTB_ANGIANG, LTC_ACTEAST, LTD_PLAN, LTE_MGC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush right."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 72 columns, a blank line after every line."""
    return word_text(doc, 72, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page defaults)."""
    return news_page(
        doc,
        "Thế giới",
        "18:25",
        [("/the-gioi", "Thế giới"), ("/chau-a", "Châu Á")],
        [("/tag/an-do", "Ấn Độ"), ("/tag/asean", "ASEAN")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: two-column issuer/motto block, centred title, body at 76 columns, signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
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
        prefix="lt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
