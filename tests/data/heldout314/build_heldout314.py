"""Build the three hundred fourteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout314/build_heldout314.py [--check]

Five short documents on Vietnam and New Zealand and on the ASEAN – Australia – New Zealand free trade area: a
journal article on Vietnam – New Zealand relations 1964 – 2018 (New Zealand's troops in the war, relations of
19/6/1975, the comprehensive partnership of 2009, APEC Đà Nẵng, CPTPP), a (fictitious) year-end report 2025 of
the Đồng Nai department of industry and trade on the use of AANZFTA, a news page on the strategic partnership
agreed online on 22/7/2020, an interview for the fiftieth anniversary of relations (June 2025; the comprehensive
strategic partnership of February 2025), and an encyclopedia entry on AANZFTA (and RCEP). Facts are
well-established; authors, journal, page numbers, document numbers, the report's items, the interviewee and
her words are invented. Gold is written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
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
    interview_text,
    news_page,
    report_word,
)

RXA_JOURNAL = {
    "id": "rxa",
    "shape": "journal",
    "header": "TẠP CHÍ QUAN HỆ QUỐC TẾ VÀ PHÁT TRIỂN – Số 2 (2023)",
    "first_page": 88,
    "break_after": 3,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – NIU DI-LÂN: TỪ ĐỐI ĐẦU ĐẾN ĐỐI TÁC"),
        ("author", "Trịnh Thu Trang"),
        ("affiliation", "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Thành phố Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết phân tích quá trình chuyển biến của quan hệ Việt Nam – Niu Di-lân từ thời kỳ chiến tranh đến khi hai nước cùng tham gia CPTPP.",
            "vi",
        ),
        ("keywords", "Việt Nam; Niu Di-lân; Đối tác toàn diện; APEC; CPTPP", "vi"),
        ("heading", "1. Từ đối đầu đến đối thoại", 1),
        (
            "paragraph",
            "Niu Di-lân từng gửi quân sang tham chiến ở miền Nam Việt Nam từ năm 1964 và chỉ rút hết quân vào cuối năm 1972 (Đặng Văn Hòa, 2015, tr. 88). Ngày 19/6/1975, dưới thời Thủ tướng Bill Rowling, Niu Di-lân thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa.",
        ),
        ("heading", "2. Đối tác toàn diện", 1),
        (
            "paragraph",
            "Năm 2009, hai nước thiết lập quan hệ Đối tác toàn diện. Tháng 11/2017, Thủ tướng Jacinda Ardern đến Đà Nẵng dự Tuần lễ Cấp cao APEC. Ngày 8/3/2018, Việt Nam và Niu Di-lân cùng chín nước khác ký Hiệp định CPTPP tại Xan-ti-a-gô (Chi-lê); Niu Di-lân là nước lưu chiểu Hiệp định. Một học giả gọi Niu Di-lân là “người bạn nhỏ nhưng đáng tin cậy” của Việt Nam (Phan Thị Thu, 2019, tr. 24).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Niu Di-lân đã hỗ trợ đào tạo tiếng Anh cho sĩ quan Việt Nam chuẩn bị tham gia gìn giữ hòa bình (Lưu Minh Đức, 2021). Hai nước cần mở rộng hợp tác trong nông nghiệp công nghệ cao, nhất là chăn nuôi bò sữa.",
        ),
    ],
}

RXB_WORD = {
    "id": "rxb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN",
        "TỈNH ĐỒNG NAI",
        "SỞ CÔNG THƯƠNG",
        "Số: 402/BC-SCT",
        "Đồng Nai, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thực thi Hiệp định AANZFTA trên địa bàn tỉnh năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thực thi Hiệp định AANZFTA trên địa bàn tỉnh năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Doanh nghiệp trên địa bàn được cấp 1.240 bộ Giấy chứng nhận xuất xứ mẫu AANZ cho hàng hóa xuất khẩu sang Ô-xtrây-li-a và Niu Di-lân.",
        ),
        (
            "list_item",
            "2. Tháng 5/2025, Sở phối hợp với Thương vụ Việt Nam tại Ô-xtrây-li-a tổ chức hội nghị trực tuyến kết nối doanh nghiệp tỉnh với các nhà nhập khẩu Ô-xtrây-li-a.",
        ),
        (
            "list_item",
            "3. Tháng 10/2025, đoàn doanh nghiệp của tỉnh do lãnh đạo Sở dẫn đầu tham dự hội chợ thực phẩm tại Ốc-len (Niu Di-lân).",
        ),
        (
            "list_item",
            "4. Tiếp đoàn Cơ quan Thương mại và Doanh nghiệp Niu Di-lân (NZTE) đến tìm hiểu cơ hội đầu tư vào chế biến sữa.",
        ),
        (
            "list_item",
            "5. Hội chợ hàng Việt tại Xít-ni dự kiến trong năm không tổ chức được do thiếu kinh phí.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tập huấn cho doanh nghiệp về quy tắc xuất xứ theo Nghị định thư thứ hai nâng cấp Hiệp định AANZFTA.",
        ),
        (
            "list_item",
            "2. Đề nghị Đại sứ quán Niu Di-lân hỗ trợ chuyên gia tư vấn về an toàn thực phẩm.",
        ),
        ("list_item", "3. Trong quý II, cử đoàn sang Men-bơn khảo sát thị trường."),
    ],
}

RXC_NEWS = {
    "id": "rxc",
    "shape": "news",
    "date": "2020-07-22",
    "stamp": "Thứ Tư, 22/07/2020 - 17:45",
    "blocks": [
        ("title", "Việt Nam – New Zealand nâng quan hệ lên Đối tác chiến lược"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 22/7, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng New Zealand Jacinda Ardern đã hội đàm trực tuyến.",
        ),
        ("heading", "Dấu mốc 45 năm", 1),
        (
            "paragraph",
            "Hai Thủ tướng ra Tuyên bố chung về việc thiết lập quan hệ Đối tác chiến lược, đúng dịp kỷ niệm 45 năm thiết lập quan hệ ngoại giao. Hai bên nhất trí phối hợp chặt chẽ trong phòng, chống dịch COVID-19, duy trì chuỗi cung ứng và thúc đẩy thương mại.",
        ),
        ("heading", "Ủng hộ vai trò của Việt Nam", 1),
        (
            "paragraph",
            "Thủ tướng Jacinda Ardern đánh giá cao vai trò của Việt Nam trên cương vị Chủ tịch ASEAN năm 2020 và Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020 – 2021. Thủ tướng Nguyễn Xuân Phúc mời Thủ tướng Jacinda Ardern thăm chính thức Việt Nam khi điều kiện cho phép.",
        ),
    ],
}

RXD_INTERVIEW = {
    "id": "rxd",
    "shape": "interview",
    "paper": "PHỎNG VẤN",
    "stamp": "Thứ Tư, 18/06/2025 - 08:00",
    "byline": "Hoàng Minh (thực hiện)",
    "blocks": [
        ("title", "50 năm quan hệ Việt Nam – Niu Di-lân: Chương mới của Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Nhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Niu Di-lân (19/6/1975 – 19/6/2025), phóng viên đã trao đổi với PGS.TS Vũ Thị Hạnh, nguyên giảng viên Học viện Ngoại giao.",
        ),
        ("paragraph", "PV: Thưa bà, đâu là dấu mốc nổi bật nhất của quan hệ hai nước những năm gần đây?"),
        (
            "paragraph",
            "PGS.TS Vũ Thị Hạnh: Tháng 2/2025, trong chuyến thăm chính thức Việt Nam của Thủ tướng Christopher Luxon, hai nước đã nâng quan hệ lên Đối tác chiến lược toàn diện. Trước đó một năm, tháng 3/2024, Thủ tướng Phạm Minh Chính đã thăm chính thức Niu Di-lân.",
        ),
        ("paragraph", "PV: Còn hợp tác giáo dục thì sao, thưa bà?"),
        (
            "paragraph",
            "PGS.TS Vũ Thị Hạnh: Hằng năm, Chính phủ Niu Di-lân dành cho Việt Nam nhiều suất học bổng; nhiều cựu sinh viên nay giữ vị trí quan trọng trong các bộ, ngành.",
        ),
        ("paragraph", "PV: Bà kỳ vọng gì cho giai đoạn tới?"),
        (
            "paragraph",
            "PGS.TS Vũ Thị Hạnh: Tôi mong hai nước tăng cường hợp tác trong nông nghiệp, giáo dục và ứng phó biến đổi khí hậu. Việt Nam cũng mong Niu Di-lân tiếp tục ủng hộ lập trường của ASEAN về Biển Đông.",
        ),
    ],
}

RXE_ENTRY = {
    "id": "rxe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Thương mại tự do ASEAN – Australia – New Zealand"),
        (
            "paragraph",
            "Hiệp định thành lập Khu vực thương mại tự do ASEAN – Australia – New Zealand (AANZFTA) là hiệp định thương mại tự do giữa mười nước ASEAN với Australia và New Zealand. Hiệp định được ký ngày 27/2/2009 tại Cha-am (Thái Lan), bên lề Hội nghị cấp cao ASEAN lần thứ 14.",
        ),
        ("heading", "Hiệu lực và nâng cấp", 1),
        (
            "paragraph",
            "Hiệp định có hiệu lực từ ngày 1/1/2010 đối với Australia, New Zealand và tám nước ASEAN, trong đó có Việt Nam. Nghị định thư thứ nhất sửa đổi Hiệp định được ký năm 2014. Tháng 8/2023, các bên ký Nghị định thư thứ hai, bổ sung các chương mới về mua sắm chính phủ và cạnh tranh.",
        ),
        ("heading", "Quan hệ với RCEP", 1),
        (
            "paragraph",
            "Australia và New Zealand cũng là thành viên Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP), ký ngày 15/11/2020 theo hình thức trực tuyến, trong năm Việt Nam giữ chức Chủ tịch ASEAN, và có hiệu lực từ ngày 1/1/2022 đối với cả ba nước. Ấn Độ tham gia đàm phán RCEP nhưng rút lui từ tháng 11/2019 và không ký Hiệp định.",
        ),
    ],
}

DOCS = [RXA_JOURNAL, RXB_WORD, RXC_NEWS, RXD_INTERVIEW, RXE_ENTRY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Chính trị" section."""
    return news_page(
        doc,
        section="Chính trị",
        time="17:30",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/new-zealand", "New Zealand"), ("/tag/doi-tac-chien-luoc", "Đối tác chiến lược")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "interview": lambda d: interview_text(d, d["byline"], stamp_under_title=True),
            "entry": entry_text,
        },
        prefix="rx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
