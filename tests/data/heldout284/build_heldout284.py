"""Build the two hundred eighty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout284/build_heldout284.py [--check]

Five short documents on the Geneva conference of 1954 and the diplomacy of the years after it, as Party history
tells them: a journal article on the Geneva conference, a (fictitious) provincial foreign affairs department's
report on the 70th anniversary of the Geneva Accords at the 17th parallel, a news page on a (fictitious)
exhibition on President Hồ Chí Minh's visits to China and the Soviet Union in 1955 and their aid, a chronology
of President Hồ Chí Minh's external activities 1956 – 1959, and an encyclopedia entry on Vietnam – India
relations 1954 – 1972. Facts are well-established; authors, journal, page numbers, quoted words, document
numbers and every activity of the department and the museum are invented. Gold is written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    chronology_text,
    entry_text,
    headed_journal,
    news_page,
    report_word,
)

IYA = {
    "id": "iya",
    "shape": "journal",
    "header": "KHOA HỌC CHÍNH TRỊ VÀ NGOẠI GIAO – Tập 12, Số 3 (2024)",
    "first_page": 101,
    "break_after": 8,
    "blocks": [
        ("title", "HỘI NGHỊ GIƠ-NE-VƠ NĂM 1954 NHÌN TỪ LỊCH SỬ ĐẢNG"),
        ("author", "Vũ Đức Hạnh"),
        ("affiliation", "Học viện Chính trị khu vực I"),
        (
            "abstract",
            "Bài viết phân tích cuộc đấu tranh ngoại giao của Đảng tại Hội nghị Giơ-ne-vơ về Đông Dương và những bài học rút ra.",
            "vi",
        ),
        ("keywords", "Hội nghị Giơ-ne-vơ; Đông Dương; vĩ tuyến 17; năm 1954", "vi"),
        ("heading", "1. Vấn đề Đông Dương tại Giơ-ne-vơ", 1),
        (
            "paragraph",
            "Hội nghị Giơ-ne-vơ khai mạc ngày 26/4/1954; ngày 8/5/1954, một ngày sau chiến thắng Điện Biên Phủ, Hội nghị bắt đầu thảo luận vấn đề Đông Dương. Đoàn Việt Nam Dân chủ Cộng hòa do Phó Thủ tướng Phạm Văn Đồng dẫn đầu; Ngoại trưởng Anh A. Ê-đơn và Ngoại trưởng Liên Xô V. Mô-lô-tốp là hai đồng Chủ tịch Hội nghị (Nguyễn Thị Hạnh, 2014, tr. 31).",
        ),
        ("heading", "2. Những cuộc đàm phán quyết định", 1),
        (
            "paragraph",
            "Từ ngày 3 đến ngày 5/7/1954, Chủ tịch Hồ Chí Minh hội đàm với Thủ tướng Chu Ân Lai tại Liễu Châu (Trung Quốc) về phương án giải quyết. Thủ tướng Pháp P. Măng-đét Phrăng-xơ, lên nắm quyền tháng 6/1954, cam kết đạt được ngừng bắn trước ngày 20/7. Theo một nhà nghiên cứu, ta đã phải chấp nhận “một giải pháp chưa trọn vẹn” (Lê Kim Hải, 2019, tr. 145).",
        ),
        ("heading", "3. Hiệp định đình chỉ chiến sự", 1),
        (
            "paragraph",
            "Ngày 21/7/1954, Thứ trưởng Bộ Quốc phòng Tạ Quang Bửu thay mặt Bộ Tổng tư lệnh Quân đội nhân dân Việt Nam ký với tướng H. Đen-tây Hiệp định đình chỉ chiến sự ở Việt Nam. Vĩ tuyến 17 trở thành giới tuyến quân sự tạm thời; tổng tuyển cử thống nhất đất nước sẽ được tổ chức vào tháng 7/1956. Mỹ không ký Bản tuyên bố cuối cùng của Hội nghị (Bùi Minh Châu, 2022).",
        ),
    ],
}

IYB = {
    "id": "iyb",
    "shape": "word",
    "head": [
        "UBND TỈNH QUẢNG TRỊ",
        "SỞ NGOẠI VỤ",
        "Số: 312/BC-SNV",
        "Quảng Trị, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả các hoạt động đối ngoại kỷ niệm 70 năm Hiệp định Giơ-ne-vơ",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả các hoạt động đối ngoại kỷ niệm 70 năm Hiệp định Giơ-ne-vơ"),
        (
            "paragraph",
            "Theo Hiệp định Giơ-ne-vơ năm 1954, sông Bến Hải và cầu Hiền Lương ở vĩ tuyến 17 trở thành giới tuyến quân sự tạm thời; Ủy ban Quốc tế giám sát và kiểm soát gồm Ấn Độ, Ba Lan và Ca-na-đa, do Ấn Độ làm Chủ tịch.",
        ),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Ngày 21/7/2024, đón đại diện Đại sứ quán Ấn Độ, Ba Lan và Ca-na-đa dự lễ kỷ niệm tại Di tích Hiền Lương – Bến Hải.",
        ),
        (
            "list_item",
            "2. Ký biên bản ghi nhớ với Trường Đại học Vác-sa-va (Ba Lan) về nghiên cứu lịch sử giới tuyến.",
        ),
        (
            "list_item",
            "3. Quỹ Hòa bình Ca-na-đa tài trợ 30.000 USD tu bổ nhà trưng bày tại Di tích.",
        ),
        (
            "list_item",
            "4. Chưa mời được đoàn cựu thành viên Ủy ban Quốc tế sang thăm.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4/2025, mời các đoàn ngoại giao dự Lễ thống nhất non sông tại Hiền Lương.",
        ),
    ],
}

IYC = {
    "id": "iyc",
    "shape": "news",
    "date": "2025-07-08",
    "stamp": "Thứ Ba, 08/07/2025 - 10:30",
    "blocks": [
        ("title", "Triển lãm 70 năm chuyến thăm Trung Quốc, Liên Xô của Chủ tịch Hồ Chí Minh"),
        (
            "lead",
            "Hà Nội (TTXVN) – Sáng 8/7, Bảo tàng Hồ Chí Minh khai mạc triển lãm “Những chuyến đi vì hòa bình và xây dựng đất nước”, kỷ niệm 70 năm chuyến thăm Trung Quốc và Liên Xô của Chủ tịch Hồ Chí Minh năm 1955.",
        ),
        ("heading", "Viện trợ không hoàn lại", 1),
        (
            "paragraph",
            "Tháng 6 và tháng 7/1955, Chủ tịch Hồ Chí Minh dẫn đầu Đoàn đại biểu Chính phủ nước Việt Nam Dân chủ Cộng hòa thăm chính thức Trung Quốc và Liên Xô. Trong chuyến đi, Trung Quốc quyết định viện trợ không hoàn lại cho Việt Nam 800 triệu nhân dân tệ, Liên Xô viện trợ không hoàn lại 400 triệu rúp để khôi phục kinh tế miền Bắc.",
        ),
        ("heading", "Tư liệu quý", 1),
        (
            "paragraph",
            "Dự lễ khai mạc có đại diện Đại sứ quán Trung Quốc và Đại sứ quán Liên bang Nga. Phía Nga đã trao tặng Bảo tàng 60 bản sao ảnh tư liệu từ Lưu trữ quốc gia Nga. Triển lãm sẽ được đưa đến Nghệ An vào năm 2026. Bộ phim tài liệu đi kèm chưa kịp hoàn thành.",
        ),
    ],
}

IYD = {
    "id": "iyd",
    "shape": "chronology",
    "blocks": [
        ("title", "Niên biểu hoạt động đối ngoại của Chủ tịch Hồ Chí Minh (1956 – 1959)"),
        (
            "paragraph",
            "Niên biểu ghi lại một số hoạt động đối ngoại tiêu biểu của Chủ tịch Hồ Chí Minh trong những năm đầu miền Bắc đi lên chủ nghĩa xã hội. Sau Hiệp định Giơ-ne-vơ, Đảng ta chủ trương củng cố quan hệ với Liên Xô, Trung Quốc và các nước xã hội chủ nghĩa, đồng thời mở rộng quan hệ với các nước dân tộc chủ nghĩa ở châu Á.",
        ),
        ("heading", "Năm 1956", 1),
        ("list_item", "Tháng 11: Đón Thủ tướng Quốc vụ viện Trung Quốc Chu Ân Lai sang thăm Việt Nam."),
        ("heading", "Năm 1957", 1),
        (
            "list_item",
            "Tháng 5: Đón Chủ tịch Đoàn Chủ tịch Xô viết tối cao Liên Xô K. Vô-rô-si-lốp sang thăm Việt Nam.",
        ),
        (
            "list_item",
            "Tháng 7 – 8: Thăm Liên Xô, Ba Lan, Cộng hòa Dân chủ Đức, Tiệp Khắc, Nam Tư, An-ba-ni, Bun-ga-ri, Ru-ma-ni và Hung-ga-ri, được lãnh đạo các nước đón tiếp trọng thể.",
        ),
        (
            "list_item",
            "Tháng 11: Dẫn đầu đoàn Đảng Lao động Việt Nam dự Hội nghị đại biểu các đảng cộng sản và công nhân ở Mát-xcơ-va.",
        ),
        ("heading", "Năm 1958", 1),
        ("list_item", "Tháng 2: Thăm Miến Điện."),
        ("list_item", "Cuối tháng 2 – đầu tháng 3: Thăm In-đô-nê-xi-a, hội đàm với Tổng thống Xu-các-nô."),
        ("heading", "Năm 1959", 1),
        ("list_item", "Tháng 6: Đón Tổng thống In-đô-nê-xi-a Xu-các-nô sang thăm Việt Nam."),
    ],
}

IYE = {
    "id": "iye",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Việt Nam – Ấn Độ (1954 – 1972)"),
        (
            "paragraph",
            "Ấn Độ là một trong những nước sớm ủng hộ cuộc đấu tranh giành độc lập của nhân dân Việt Nam. Sau Hội nghị Giơ-ne-vơ, Ấn Độ giữ chức Chủ tịch Ủy ban Quốc tế giám sát và kiểm soát đình chiến ở Đông Dương.",
        ),
        ("heading", "Các chuyến thăm", 1),
        (
            "paragraph",
            "Ngày 17/10/1954, Thủ tướng Ấn Độ Gia-oa-hác-lan Nê-ru thăm Hà Nội, chỉ một tuần sau ngày Thủ đô được giải phóng, và hội đàm với Chủ tịch Hồ Chí Minh. Tháng 2/1958, Chủ tịch Hồ Chí Minh thăm chính thức Ấn Độ, hội đàm với Thủ tướng Nê-ru tại Niu Đê-li. Trong kháng chiến chống Mỹ, Chính phủ Ấn Độ nhiều lần kêu gọi Mỹ chấm dứt ném bom miền Bắc Việt Nam.",
        ),
        ("heading", "Thiết lập quan hệ ngoại giao", 1),
        (
            "paragraph",
            "Trong thời gian dài, hai nước chỉ đặt quan hệ ở cấp tổng lãnh sự. Ngày 7/1/1972, Ấn Độ và Việt Nam Dân chủ Cộng hòa chính thức thiết lập quan hệ ngoại giao cấp đại sứ, bất chấp sự phản đối của Mỹ. Sự kiện này mở ra giai đoạn phát triển mới của quan hệ hữu nghị truyền thống giữa hai nước.",
        ),
    ],
}

DOCS = [IYA, IYB, IYC, IYD, IYE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Chính trị" section."""
    return news_page(
        doc,
        section="Chính trị",
        time="10:30",
        menu=[("/chinh-tri", "Chính trị"), ("/van-hoa", "Văn hóa")],
        tags=[("/tag/bao-tang-ho-chi-minh", "Bảo tàng Hồ Chí Minh"), ("/tag/lien-xo", "Liên Xô")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "chronology": chronology_text,
            "entry": entry_text,
        },
        prefix="iy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
