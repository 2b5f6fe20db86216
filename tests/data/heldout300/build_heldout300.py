"""Build the three hundredth held-out set (Vietnam and Germany, Italy) and its structure gold.

    .venv/bin/python tests/data/heldout300/build_heldout300.py [--check]

Five short documents: a journal article on the Vietnam – Germany strategic partnership (the Hanoi Declaration of
2011, the suspension of 2017, the visits of 2022 and 2024), a (fictitious) vocational college's report for 2025 on
dual training with German partners, a news page on President Frank-Walter Steinmeier's state visit of January 2024, a
(fictitious) Vietnamese-German University plan for 2026, and an encyclopedia entry on Vietnam – Italy relations.
Facts are well-established; authors, journal, page numbers, document numbers, the report's and plan's items are
invented. Gold is written by hand; ``--check`` verifies it against the documents.
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

KUA = {
    "id": "kua",
    "shape": "journal",
    "header": "NGHIÊN CỨU ĐỨC VÀ TRUNG ÂU – Số 1 (2024)",
    "first_page": 63,
    "break_after": 7,
    "blocks": [
        ("title", "QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC VIỆT NAM – ĐỨC: THĂNG TRẦM VÀ TRIỂN VỌNG"),
        ("author", "Ngô Thanh Tùng"),
        ("affiliation", "Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích quá trình phát triển quan hệ Đối tác chiến lược Việt Nam – Đức từ năm 2011 đến nay.",
            "vi",
        ),
        ("keywords", "Đức; Tuyên bố Hà Nội; đối tác chiến lược; đào tạo nghề", "vi"),
        ("heading", "1. Bối cảnh", 1),
        (
            "paragraph",
            "Việt Nam thiết lập quan hệ ngoại giao với Cộng hòa Liên bang Đức ngày 23/9/1975, trong khi quan hệ với Cộng hòa Dân chủ Đức đã có từ những năm 1950 (Bùi Văn Hào, 2015, tr. 41). Ngày 11/10/2011, nhân chuyến thăm Việt Nam của Thủ tướng Angela Merkel, hai nước ký Tuyên bố Hà Nội về quan hệ Đối tác chiến lược.",
        ),
        ("heading", "2. Thăng trầm", 1),
        (
            "paragraph",
            "Năm 2017, sau vụ việc liên quan đến Trịnh Xuân Thanh, phía Đức trục xuất một nhà ngoại giao Việt Nam và tuyên bố tạm dừng quan hệ Đối tác chiến lược. Quan hệ dần được khôi phục; tháng 11/2022, Thủ tướng Olaf Scholz thăm Việt Nam, và tháng 1/2024, Tổng thống Frank-Walter Steinmeier thăm cấp Nhà nước Việt Nam. Theo một chuyên gia, Đức là “đầu tàu kinh tế của EU và đối tác công nghệ hàng đầu của Việt Nam” (Lý Thị Thu, 2023, tr. 66).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Hai nước chưa nâng quan hệ lên Đối tác chiến lược toàn diện, song có thể mở rộng hợp tác trong đào tạo nghề và chuyển dịch năng lượng (Châu Minh Đức, 2024).",
        ),
    ],
}

KUB = {
    "id": "kub",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
        "TRƯỜNG CAO ĐẲNG CÔNG NGHỆ BẮC NINH",
        "Số: 58/BC-CĐCN",
        "Bắc Ninh, ngày 18 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác đào tạo nghề với các đối tác Đức năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác đào tạo nghề với các đối tác Đức năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tổ chức Hợp tác Quốc tế Đức (GIZ) hỗ trợ trang thiết bị xưởng thực hành cơ điện tử trị giá 450.000 euro.",
        ),
        (
            "list_item",
            "2. Tháng 4/2025, đoàn Phòng Công nghiệp và Thương mại Nuremberg (Đức) sang đánh giá chương trình đào tạo kép theo tiêu chuẩn Đức.",
        ),
        (
            "list_item",
            "3. Tháng 9/2025, Hiệu trưởng dẫn đoàn 5 giảng viên sang bang Bavaria (Đức) học tập mô hình đào tạo nghề.",
        ),
        (
            "list_item",
            "4. Ký thỏa thuận với một doanh nghiệp Đức tại khu công nghiệp Yên Phong về tiếp nhận 40 học viên thực tập.",
        ),
        (
            "list_item",
            "5. Chương trình đưa học viên sang Đức học nghề điều dưỡng chưa triển khai được do học viên chưa đạt trình độ tiếng Đức B1.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Mở lớp tiếng Đức miễn phí cho 60 học viên với sự hỗ trợ của Viện Goethe Hà Nội.",
        ),
        (
            "list_item",
            "2. Đề nghị Đại sứ quán Đức cử chuyên gia tư vấn về kiểm định chất lượng đào tạo.",
        ),
        (
            "list_item",
            "3. Tìm kiếm đối tác I-ta-li-a trong lĩnh vực thiết kế thời trang.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hợp tác đào tạo nghề với các đối tác Đức năm 2025 của Trường.",
        ),
    ],
}

KUC = {
    "id": "kuc",
    "shape": "news",
    "date": "2024-01-23",
    "stamp": "Thứ Ba, 23/01/2024 - 18:10",
    "blocks": [
        ("title", "Chủ tịch nước Võ Văn Thưởng chủ trì lễ đón Tổng thống Đức Frank-Walter Steinmeier"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 23/1, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng và Phu nhân chủ trì lễ đón chính thức Tổng thống Cộng hòa Liên bang Đức Frank-Walter Steinmeier và Phu nhân thăm cấp Nhà nước Việt Nam từ ngày 23 đến 24/1.",
        ),
        ("heading", "Lễ đón với 21 loạt đại bác", 1),
        (
            "paragraph",
            "Lễ đón được tổ chức với nghi thức bắn 21 loạt đại bác chào mừng. Đây là chuyến thăm Việt Nam đầu tiên của một nguyên thủ Đức sau 17 năm. Sau lễ đón, hai nhà lãnh đạo hội đàm và chứng kiến lễ ký các văn kiện hợp tác giữa hai nước.",
        ),
        (
            "paragraph",
            "Trong chương trình chuyến thăm, Tổng thống Steinmeier sẽ hội kiến Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Vương Đình Huệ và thăm một số dự án của Đức tại Thành phố Hồ Chí Minh và các tỉnh lân cận.",
        ),
        ("heading", "Hướng tới 50 năm quan hệ ngoại giao", 1),
        (
            "paragraph",
            "Chuyến thăm diễn ra trước thềm kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Đức vào năm 2025. Tổng thống Steinmeier mong muốn tăng cường hợp tác với Việt Nam trong thương mại, đầu tư, chuyển đổi năng lượng và đào tạo nghề.",
        ),
    ],
}

KUD = {
    "id": "kud",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC VIỆT – ĐỨC':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-ĐHVĐ':<40}TP. Hồ Chí Minh, ngày 8 tháng 1 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác quốc tế năm 2026"),
        (
            "paragraph",
            "Trường Đại học Việt – Đức được thành lập năm 2008 trên cơ sở thỏa thuận giữa Chính phủ Việt Nam và bang Hessen (Đức). Thực hiện chiến lược phát triển, Trường xây dựng Kế hoạch hợp tác quốc tế năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Cơ quan Trao đổi Hàn lâm Đức (DAAD) tài trợ học bổng cho 35 học viên thạc sĩ; Trường ký thỏa thuận đồng cấp bằng với Đại học Khoa học ứng dụng Frankfurt. Dự án phòng thí nghiệm hydro xanh với đối tác Đức chưa khởi công do chậm giải ngân.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 5/2026, đón đoàn Bộ Khoa học bang Hessen sang thăm và làm việc.",
        ),
        (
            "list_item",
            "2. Cử 12 giảng viên sang Đức làm nghiên cứu sau tiến sĩ.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Đức tổ chức Ngày hội việc làm cho sinh viên ngành kỹ thuật.",
        ),
        (
            "list_item",
            "4. Ký thỏa thuận trao đổi sinh viên với Đại học Bách khoa Milano (I-ta-li-a).",
        ),
        (
            "list_item",
            "5. Đăng cai Hội nghị mạng lưới cựu sinh viên Đức khu vực Đông Nam Á vào tháng 11/2026.",
        ),
        (
            "paragraph",
            "Phòng Quan hệ quốc tế chủ trì, theo dõi và định kỳ báo cáo Hiệu trưởng việc thực hiện Kế hoạch.",
        ),
    ],
}

KUE = {
    "id": "kue",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Việt Nam – I-ta-li-a"),
        (
            "paragraph",
            "Quan hệ Việt Nam – I-ta-li-a (Italy) chính thức được thiết lập ngày 23/3/1973; I-ta-li-a là một trong những nước phương Tây đầu tiên thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa. Việt Nam có đại sứ quán tại Rô-ma; I-ta-li-a có đại sứ quán tại Hà Nội và tổng lãnh sự quán tại Thành phố Hồ Chí Minh.",
        ),
        ("heading", "Đối tác chiến lược", 1),
        (
            "paragraph",
            "Tháng 1/2013, nhân chuyến thăm I-ta-li-a của Tổng Bí thư Nguyễn Phú Trọng, hai nước thiết lập quan hệ Đối tác chiến lược. Từ ngày 5 đến 8/11/2015, Tổng thống Sergio Mattarella thăm cấp Nhà nước Việt Nam, chuyến thăm đầu tiên của một nguyên thủ I-ta-li-a. Tháng 7/2023, nhân kỷ niệm 50 năm quan hệ ngoại giao và 10 năm quan hệ Đối tác chiến lược, Chủ tịch nước Võ Văn Thưởng thăm cấp Nhà nước I-ta-li-a.",
        ),
        ("heading", "Kinh tế", 1),
        (
            "paragraph",
            "I-ta-li-a là một trong những đối tác thương mại lớn của Việt Nam trong Liên minh châu Âu; máy móc, thiết bị là nhóm hàng chủ lực Việt Nam nhập khẩu từ I-ta-li-a. Tính đến năm 2024, hai nước chưa nâng quan hệ lên Đối tác chiến lược toàn diện.",
        ),
    ],
}

DOCS = [KUA, KUB, KUC, KUD, KUE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "HIỆU TRƯỞNG"."""
    return report_word(doc, ["HIỆU TRƯỞNG", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Chính trị" section."""
    return news_page(
        doc,
        section="Chính trị",
        time="18:10",
        menu=[("/chinh-tri", "Chính trị"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/duc", "Đức"), ("/tag/frank-walter-steinmeier", "Frank-Walter Steinmeier")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Bộ GD&ĐT (để b/c);", "- Lưu: VT, QHQT."],
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
        prefix="ku",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
