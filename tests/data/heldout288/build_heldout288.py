"""Build the two hundred eighty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout288/build_heldout288.py [--check]

Five short documents on Vietnam, Thailand and Myanmar: a journal article on Vietnam – Thailand relations
(6/8/1976, the strategic partnership of 2013, Nguyễn Xuân Phúc at APEC in Bangkok 11/2022, the comprehensive
strategic partnership of 16/5/2025), a (fictitious) year-end report for 2025 of the Vietnamese Consulate
General in Khon Kaen, a news page on the 24th ASEAN Summit in Nay Pyi Taw (11/5/2014), a (fictitious)
university plan for cooperation with Thai and Myanmar partners in 2026, and an encyclopedia entry on
Vietnam – Myanmar relations. Facts are well-established; authors, journal, page numbers, document numbers,
the consulate's and university's activities and quoted words are invented. Gold is written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

JSA = {
    "id": "jsa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU Á – THÁI BÌNH DƯƠNG HÔM NAY – Số 6 (2025)",
    "first_page": 33,
    "break_after": 7,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – THÁI LAN: TỪ LÁNG GIỀNG ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN"),
        ("author", "Lâm Thị Ngọc Hân"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích các giai đoạn phát triển của quan hệ Việt Nam – Thái Lan từ năm 1976 và triển vọng của quan hệ Đối tác chiến lược toàn diện.",
            "vi",
        ),
        ("keywords", "Thái Lan; Đối tác chiến lược toàn diện; APEC; ASEAN", "vi"),
        ("heading", "1. Từ thiết lập quan hệ đến “chiến trường thành thị trường”", 1),
        (
            "paragraph",
            "Ngày 6/8/1976, Việt Nam và Thái Lan thiết lập quan hệ ngoại giao. Trong hơn một thập kỷ sau đó, quan hệ hai nước chưa thể phát triển do bất đồng về vấn đề Campuchia. Cuối thập niên 1980, chính phủ của Thủ tướng Chatichai Choonhavan chủ trương “biến chiến trường thành thị trường” (Trần Văn Phước, 2008, tr. 95), mở đường cho hợp tác kinh tế giữa hai nước.",
        ),
        ("heading", "2. Đối tác chiến lược", 1),
        (
            "paragraph",
            "Năm 2013, hai nước thiết lập quan hệ Đối tác chiến lược. Tháng 11/2022, Chủ tịch nước Nguyễn Xuân Phúc dự Tuần lễ Cấp cao APEC tại Băng Cốc và thăm chính thức Thái Lan (Phan Thanh Tùng, 2023, tr. 14). Ngày 16/5/2025, nhân chuyến thăm chính thức Việt Nam của Thủ tướng Paetongtarn Shinawatra, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện.",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Thái Lan hiện là đối tác thương mại lớn nhất của Việt Nam trong ASEAN, song hai nước chưa ký hiệp định thương mại tự do song phương (Chanida Sombat, 2024). Năm 2026, hai nước sẽ kỷ niệm 50 năm thiết lập quan hệ ngoại giao.",
        ),
    ],
}

JSB = {
    "id": "jsb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI KHON KAEN",
        "Số: 87/BC-TLSQ",
        "Khon Kaen, ngày 10 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác năm 2025 và phương hướng năm 2026",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác năm 2025 và phương hướng năm 2026"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với chính quyền tỉnh U-đon Tha-ni tổ chức lễ kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh tại Khu di tích Chủ tịch Hồ Chí Minh ở bản Noọng Ổn vào tháng 5/2025.",
        ),
        (
            "list_item",
            "2. Tháng 8/2025, đón đoàn đại biểu tỉnh Hà Tĩnh sang thăm, làm việc với tỉnh Khon Kaen; hai tỉnh ký biên bản ghi nhớ hợp tác về du lịch và giáo dục.",
        ),
        (
            "list_item",
            "3. Tổ chức Hội chợ hàng Việt Nam tại Khon Kaen với 120 gian hàng của doanh nghiệp hai nước.",
        ),
        (
            "list_item",
            "4. Vận động Quỹ Hữu nghị Thái – Việt tỉnh Sa-kon Na-khon tặng 300 suất học bổng cho học sinh gốc Việt vùng Đông Bắc.",
        ),
        (
            "list_item",
            "5. Đề nghị mở đường bay thẳng Khon Kaen – Đà Nẵng chưa được hãng hàng không đối tác chấp thuận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tổ chức chuỗi hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Thái Lan (6/8/1976 – 6/8/2026) tại các tỉnh Đông Bắc.",
        ),
        (
            "list_item",
            "2. Mời Thống đốc tỉnh Na-khon Pha-nôm dẫn đoàn sang thăm các tỉnh miền Trung Việt Nam.",
        ),
        (
            "list_item",
            "3. Phối hợp với cơ quan chức năng sở tại hỗ trợ bà con người Việt hoàn thiện thủ tục cư trú.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả công tác năm 2025 và phương hướng năm 2026 của Tổng Lãnh sự quán.",
        ),
    ],
}

JSC = {
    "id": "jsc",
    "shape": "news",
    "date": "2014-05-11",
    "stamp": "Chủ Nhật, 11/05/2014 - 11:20",
    "blocks": [
        ("title", "Khai mạc Hội nghị Cấp cao ASEAN lần thứ 24 tại Nay Pyi Taw"),
        (
            "paragraph",
            "Nay Pyi Taw (TTXVN) – Ngày 11/5, Hội nghị Cấp cao ASEAN lần thứ 24 khai mạc tại thủ đô Nay Pyi Taw của Mi-an-ma, nước lần đầu giữ cương vị Chủ tịch ASEAN, với chủ đề “Cùng tiến tới một Cộng đồng hòa bình và thịnh vượng”.",
        ),
        ("heading", "Việt Nam thông báo về tình hình Biển Đông", 1),
        (
            "paragraph",
            "Thủ tướng Nguyễn Tấn Dũng dẫn đầu đoàn Việt Nam dự Hội nghị. Phát biểu tại Hội nghị, Thủ tướng thông báo việc Trung Quốc hạ đặt trái phép giàn khoan Hải Dương – 981 trong vùng đặc quyền kinh tế và thềm lục địa của Việt Nam, đề nghị các nước ASEAN cùng lên tiếng yêu cầu tôn trọng luật pháp quốc tế.",
        ),
        (
            "paragraph",
            "Trước đó, ngày 10/5, Bộ trưởng Ngoại giao các nước ASEAN đã ra tuyên bố riêng, bày tỏ quan ngại nghiêm trọng về những diễn biến đang diễn ra ở Biển Đông.",
        ),
        ("heading", "Nước chủ nhà", 1),
        (
            "paragraph",
            "Tổng thống Mi-an-ma Thein Sein chủ trì Hội nghị. Theo kế hoạch, Mi-an-ma sẽ tổ chức Hội nghị Cấp cao ASEAN lần thứ 25 vào tháng 11 năm nay.",
        ),
    ],
}

JSD = {
    "id": "jsd",
    "shape": "plan",
    "head": [
        f"{'ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC KHOA HỌC':<40}Độc lập - Tự do - Hạnh phúc",
        "XÃ HỘI VÀ NHÂN VĂN",
        f"{'Số: 402/KH-XHNV':<40}TP. Hồ Chí Minh, ngày 5 tháng 1 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Thái Lan và Mi-an-ma năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Thái Lan và Mi-an-ma năm 2026"),
        (
            "paragraph",
            "Nhằm phát triển ngành Đông Nam Á học và đào tạo tiếng Thái, tiếng Mi-an-ma, Nhà trường ban hành Kế hoạch hợp tác năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Đại học Chulalongkorn (Thái Lan) cấp 5 suất học bổng thạc sĩ cho giảng viên trẻ của Trường; Trường ký biên bản ghi nhớ trao đổi sinh viên với Đại học Khon Kaen. Lớp tiếng Mi-an-ma dự kiến khai giảng trong năm chưa mở được do thiếu giảng viên.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 8/2026, đăng cai Hội thảo quốc tế “50 năm quan hệ Việt Nam – Thái Lan” với sự tham gia của các học giả hai nước.",
        ),
        (
            "list_item",
            "2. Cử 20 sinh viên ngành Đông Nam Á học sang thực tập tại Đại học Khon Kaen.",
        ),
        (
            "list_item",
            "3. Mời hai giảng viên của Đại học Ngoại ngữ Yangon (Mi-an-ma) sang giảng dạy tiếng Mi-an-ma.",
        ),
        (
            "list_item",
            "4. Ký thỏa thuận hợp tác với Đại học Yangon về nghiên cứu lịch sử, văn hóa.",
        ),
        (
            "list_item",
            "5. Đề nghị Tổng Lãnh sự quán Thái Lan tại TP. Hồ Chí Minh hỗ trợ sách, tài liệu cho Thư viện Trường.",
        ),
        (
            "paragraph",
            "Phòng Quan hệ đối ngoại chủ trì, phối hợp với Khoa Đông phương học triển khai và báo cáo Hiệu trưởng kết quả thực hiện.",
        ),
    ],
}

JSE = {
    "id": "jse",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Việt Nam – Mi-an-ma"),
        (
            "paragraph",
            "Quan hệ Việt Nam – Mi-an-ma là quan hệ giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng hòa Liên bang Mi-an-ma (trước năm 1989 gọi là Miến Điện). Tháng 2/1958, Chủ tịch Hồ Chí Minh thăm Miến Điện. Hai nước thiết lập quan hệ ngoại giao ngày 28/5/1975.",
        ),
        ("heading", "Trong khuôn khổ ASEAN", 1),
        (
            "paragraph",
            "Mi-an-ma gia nhập ASEAN ngày 23/7/1997. Sau sự kiện ngày 1/2/2021, Việt Nam tham dự Hội nghị các nhà lãnh đạo ASEAN tại Gia-các-ta ngày 24/4/2021 và ủng hộ Đồng thuận 5 điểm của Hiệp hội.",
        ),
        ("heading", "Kinh tế", 1),
        (
            "paragraph",
            "Tháng 6/2018, mạng viễn thông Mytel, liên doanh do Tập đoàn Viettel đầu tư, chính thức khai trương tại Mi-an-ma.",
        ),
        ("heading", "Hợp tác tiểu vùng", 1),
        (
            "paragraph",
            "Chiến lược hợp tác kinh tế Ayeyawady – Chao Phraya – Mekong (ACMECS) được khởi xướng năm 2003 tại Bagan (Mi-an-ma); Việt Nam tham gia cơ chế này từ năm 2004.",
        ),
        ("heading", "Hỗ trợ nhân đạo", 1),
        (
            "paragraph",
            "Sau trận động đất mạnh ngày 28/3/2025 ở miền Trung Mi-an-ma, Việt Nam cử các đội cứu hộ, cứu nạn của Quân đội nhân dân và Công an nhân dân sang giúp bạn tìm kiếm người mất tích.",
        ),
    ],
}

DOCS = [JSA, JSB, JSC, JSD, JSE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "TỔNG LÃNH SỰ"."""
    return report_word(doc, ["TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="10:55",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/asean", "ASEAN"), ("/tag/myanmar", "Myanmar")],
    )


def render_plan(doc: dict) -> str:
    """A university plan by heldout_kit.ministry_plan: signed "HIỆU TRƯỞNG / (đã ký)"."""
    return ministry_plan(
        doc,
        signature=["HIỆU TRƯỞNG", "", "(đã ký)"],
        recipients=["- ĐHQG-HCM (để b/c);", "- Các khoa, phòng;", "- Lưu: VT, QHĐN."],
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
        prefix="js",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
