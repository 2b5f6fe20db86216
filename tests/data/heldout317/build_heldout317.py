"""Build the three hundred seventeenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout317/build_heldout317.py [--check]

Five short documents on Vietnam with Israel, Saudi Arabia and the Gulf: a journal article on three decades of
Vietnam – Israel relations (1993 – 2023, the VIFTA), a (fictitious) provincial trade department's report on
promoting exports to Israel and the Gulf in 2024, a news page on Prime Minister Phạm Minh Chính at the Future
Investment Initiative in Riyadh (October 2024), a (fictitious) agricultural academy's plan for cooperation with
Israeli partners in 2026, and an encyclopedia entry on the Gulf Cooperation Council. Facts are
well-established; authors, journal, page numbers, document numbers, the report's and plan's items and quoted
words are invented (see README.md). Gold is written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
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

AFA_JOURNAL = {
    "id": "afa",
    "shape": "journal",
    "header": "Tạp chí Khoa học Chính trị và Quốc tế, tập 9, số 2, 2024",
    "first_page": 88,
    "break_after": 6,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – I-XRA-EN SAU BA THẬP NIÊN: TỪ THIẾT LẬP QUAN HỆ ĐẾN VIFTA"),
        ("author", "Phan Thị Minh Nguyệt"),
        ("affiliation", "Học viện Chính trị Công an nhân dân"),
        (
            "abstract",
            "Bài viết khái quát tiến trình quan hệ Việt Nam – I-xra-en từ năm 1993 và đánh giá triển vọng của Hiệp định Thương mại tự do giữa hai nước.",
            "vi",
        ),
        ("keywords", "I-xra-en; VIFTA; Trung Đông; nông nghiệp công nghệ cao", "vi"),
        ("heading", "1. Bối cảnh thiết lập quan hệ", 1),
        (
            "paragraph",
            "Hội nghị hòa bình Trung Đông khai mạc tại Ma-đrít tháng 10/1991 đã tạo bầu không khí mới trong khu vực (Lưu Đức Khải, 2015, tr. 19). Trong bối cảnh đó, ngày 12/7/1993, Việt Nam và I-xra-en chính thức thiết lập quan hệ ngoại giao. Năm 2009, Việt Nam mở Đại sứ quán tại Tel Aviv.",
        ),
        ("heading", "2. Các dấu mốc chính", 1),
        (
            "paragraph",
            "Tháng 3/2017, Tổng thống Reuven Rivlin thăm cấp Nhà nước Việt Nam, hội đàm với Chủ tịch nước Trần Đại Quang. Ngày 25/7/2023, tại Hà Nội, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Bộ trưởng Kinh tế và Công nghiệp I-xra-en Nir Barkat ký Hiệp định Thương mại tự do Việt Nam – I-xra-en (VIFTA). Giới nghiên cứu đánh giá VIFTA là “chìa khóa mở cửa thị trường Trung Đông cho hàng Việt” (Shmuel Katz, 2023, tr. 54).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Hai bên chưa khai thác hết tiềm năng trong hợp tác khoa học công nghệ. Việt Nam cần học hỏi kinh nghiệm của I-xra-en về tưới nhỏ giọt và khởi nghiệp sáng tạo (Bùi Quang Vinh, 2021).",
        ),
    ],
}

AFB_WORD = {
    "id": "afb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH LONG AN",
        "SỞ CÔNG THƯƠNG",
        "Số: 312/BC-SCT",
        "Long An, ngày 25 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả xúc tiến thương mại với thị trường I-xra-en và các nước vùng Vịnh năm 2024",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả xúc tiến thương mại với thị trường I-xra-en và các nước vùng Vịnh năm 2024",
        ),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 2/2024, Sở tổ chức cho 8 doanh nghiệp tham gia Hội chợ thực phẩm Gulfood tại Đu-bai (UAE), ký được 5 hợp đồng xuất khẩu gạo và thanh long.",
        ),
        (
            "list_item",
            "2. Phối hợp với Thương vụ Việt Nam tại I-xra-en tổ chức hội thảo trực tuyến giới thiệu Hiệp định VIFTA cho doanh nghiệp của tỉnh.",
        ),
        (
            "list_item",
            "3. Tháng 10/2024, tiếp đoàn doanh nghiệp Ả-rập Xê-út sang tìm hiểu nguồn cung gạo và hạt điều.",
        ),
        (
            "list_item",
            "4. Do xung đột kéo dài tại Dải Gaza, Sở không tổ chức được đoàn khảo sát thị trường I-xra-en như kế hoạch đã đề ra.",
        ),
        ("heading", "II. KIẾN NGHỊ VÀ PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Đề nghị Bộ Công Thương hỗ trợ tỉnh tham gia Hội chợ Gulfood năm 2025.",
        ),
        (
            "list_item",
            "2. Phấn đấu đưa đoàn doanh nghiệp sang I-xra-en khi tình hình an ninh cho phép.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả xúc tiến thương mại năm 2024 của Sở Công Thương tỉnh Long An.",
        ),
    ],
}

AFC_NEWS = {
    "id": "afc",
    "shape": "news",
    "date": "2024-10-29",
    "stamp": "Thứ Ba, 29/10/2024 - 21:15",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính dự Hội nghị Sáng kiến Đầu tư Tương lai tại Ả-rập Xê-út"),
        (
            "paragraph",
            "Ri-át (TTXVN) – Ngày 29/10, theo giờ địa phương, Thủ tướng Phạm Minh Chính đã dự và phát biểu tại Hội nghị Sáng kiến Đầu tư Tương lai (FII) lần thứ 8 ở thủ đô Ri-át của Vương quốc Ả-rập Xê-út.",
        ),
        ("heading", "Kêu gọi dòng vốn cho tăng trưởng xanh", 1),
        (
            "paragraph",
            "Phát biểu tại hội nghị, Thủ tướng mời gọi các quỹ đầu tư của Ả-rập Xê-út và vùng Vịnh đầu tư vào hạ tầng chiến lược, năng lượng tái tạo và công nghiệp Halal của Việt Nam. Đây là lần thứ hai trong vòng một năm Thủ tướng tới Ả-rập Xê-út, sau khi dự Hội nghị cấp cao ASEAN – GCC tháng 10/2023.",
        ),
        ("heading", "Quan hệ 25 năm", 1),
        (
            "paragraph",
            "Việt Nam và Ả-rập Xê-út thiết lập quan hệ ngoại giao ngày 21/10/1999. Hiện Ả-rập Xê-út là một trong những đối tác thương mại lớn nhất của Việt Nam ở Trung Đông. Rời Ri-át, Thủ tướng sẽ thăm chính thức Nhà nước Qa-ta.",
        ),
    ],
}

AFD_PLAN = {
    "id": "afd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỌC VIỆN NÔNG NGHIỆP VIỆT NAM':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 41/KH-HVN':<40}Hà Nội, ngày 08 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác I-xra-en năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác I-xra-en năm 2026"),
        (
            "paragraph",
            "Nhằm ứng dụng công nghệ nông nghiệp tiên tiến vào đào tạo và nghiên cứu, Học viện xây dựng Kế hoạch hợp tác với các đối tác I-xra-en năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Học viện cử 30 sinh viên sang thực tập tại các nông trại ở I-xra-en. Dự án nhà kính công nghệ cao do phía I-xra-en tài trợ chưa triển khai được do chưa hoàn tất thủ tục.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Ký biên bản ghi nhớ với Khoa Nông nghiệp của Đại học Hebrew (Rê-hô-vốt) về đào tạo sau đại học.",
        ),
        (
            "list_item",
            "2. Tháng 4/2026, mời chuyên gia I-xra-en sang giảng dạy chuyên đề tưới nhỏ giọt.",
        ),
        (
            "list_item",
            "3. Tiếp tục cử sinh viên sang thực tập tại I-xra-en với số lượng không dưới 40 người.",
        ),
        (
            "paragraph",
            "Ban Hợp tác quốc tế chủ trì, đôn đốc và báo cáo Giám đốc Học viện kết quả thực hiện Kế hoạch.",
        ),
    ],
}

AFE_ENTRY = {
    "id": "afe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Hợp tác vùng Vịnh"),
        (
            "paragraph",
            "Hội đồng Hợp tác các quốc gia Ả-rập vùng Vịnh (GCC) là tổ chức liên chính phủ gồm sáu nước: Ả-rập Xê-út, Các Tiểu vương quốc Ả-rập Thống nhất (UAE), Cô-oét, Qa-ta, Ba-ranh và Ô-man. Tổ chức được thành lập ngày 25/5/1981 tại A-bu Đa-bi; Ban Thư ký đặt trụ sở tại Ri-át.",
        ),
        ("heading", "Chiến tranh vùng Vịnh", 1),
        (
            "paragraph",
            "Ngày 2/8/1990, I-rắc đưa quân xâm lược Cô-oét. Các nước GCC tham gia liên quân do Mỹ dẫn đầu, giải phóng Cô-oét vào tháng 2/1991.",
        ),
        ("heading", "Khủng hoảng ngoại giao 2017 – 2021", 1),
        (
            "paragraph",
            "Tháng 6/2017, Ả-rập Xê-út, UAE và Ba-ranh cùng với Ai Cập cắt quan hệ ngoại giao và phong tỏa Qa-ta. Cuộc khủng hoảng chấm dứt khi các bên ký Tuyên bố Al-Ula vào tháng 1/2021.",
        ),
        ("heading", "Quan hệ với ASEAN và Việt Nam", 1),
        (
            "paragraph",
            "Hội nghị cấp cao ASEAN – GCC lần thứ nhất diễn ra tại Ri-át ngày 20/10/2023 với sự tham dự của Thủ tướng Phạm Minh Chính; hội nghị lần thứ hai được tổ chức tại Cu-a-la Lăm-pơ tháng 5/2025. Việt Nam coi GCC là đối tác quan trọng về năng lượng, đầu tư và lao động.",
        ),
    ],
}

DOCS = [AFA_JOURNAL, AFB_WORD, AFC_NEWS, AFD_PLAN, AFE_ENTRY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="21:15",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/a-rap-xe-ut", "Ả-rập Xê-út"), ("/tag/fii", "FII")],
    )


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return report_word(doc, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return ministry_plan(
        doc,
        signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
        recipients=["- Bộ NN&MT (để b/c);", "- Lưu: VT, HTQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": lambda d: headed_journal(d, page_label="Trang {}", align="^"),
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="af",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
