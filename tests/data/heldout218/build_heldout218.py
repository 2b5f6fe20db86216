"""Build the two hundred and eighteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout218/build_heldout218.py [--check]

Five short documents on topics the earlier sets do not use as main topics (Kiribati between China,
Taiwan, Australia and the Pacific Islands Forum, the international office of the Hanoi University of
Natural Resources and Environment in 2024, China and Kiribati restoring relations in New York on
27/9/2019, a (fictitious) plan of the Disaster and Dyke Management Authority for Asia-Pacific
cooperation in 2026, an encyclopedia entry on the Parties to the Nauru Agreement). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
university's and the authority's items and all quoted words are invented. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
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

CSA_KIRIBATI = {
    "id": "csa",
    "shape": "journal",
    "header": "NGHIÊN CỨU QUỐC TẾ VÀ KHU VỰC – Số 1 (2025)",
    "first_page": 143,
    "break_after": 8,
    "blocks": [
        ("title", "KIRIBATI TRONG CẠNH TRANH ẢNH HƯỞNG TẠI NAM THÁI BÌNH DƯƠNG"),
        ("author", "Lương Thị Hải Yến"),
        ("affiliation", "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích chính sách đối ngoại của Kiribati giữa Trung Quốc, Đài Loan, Australia và các thể chế khu vực, qua đó gợi mở khả năng hợp tác với Việt Nam.",
            "vi",
        ),
        ("keywords", "Kiribati; Thái Bình Dương; PIF; biến đổi khí hậu", "vi"),
        ("heading", "1. Một quốc đảo trải rộng", 1),
        (
            "paragraph",
            "Giành độc lập từ Anh ngày 12/7/1979, Kiribati gia nhập Khối Thịnh vượng chung ngay trong năm đó; đến ngày 14/9/1999, nước này cùng Nauru và Tonga được kết nạp vào Liên hợp quốc. Với 33 đảo san hô nằm rải rác trên một vùng biển rộng khoảng 3,5 triệu km², Kiribati là một trong những quốc gia dễ bị tổn thương nhất trước nước biển dâng (Trần Minh Đức, 2017, tr. 15).",
        ),
        ("heading", "2. Giữa Bắc Kinh và Đài Bắc", 1),
        (
            "paragraph",
            "Năm 2003, Kiribati thiết lập quan hệ với Đài Loan, khiến Trung Quốc cắt quan hệ và đóng cửa trạm theo dõi vệ tinh trên đảo Tarawa. Tháng 9/2019, chỉ vài ngày sau Quần đảo Solomon, chính quyền Tổng thống Taneti Maamau chấm dứt quan hệ với Đài Bắc và nối lại quan hệ ngoại giao với Bắc Kinh. Từ đó, Trung Quốc tăng cường viện trợ cho nước này, trong khi Australia và New Zealand vẫn là những nhà tài trợ song phương hàng đầu (Nguyễn Hồng Nhung, 2021).",
        ),
        ("heading", "3. Diễn đàn các đảo Thái Bình Dương và hàm ý cho Việt Nam", 1),
        (
            "paragraph",
            "Tháng 7/2022, Kiribati tuyên bố rút khỏi Diễn đàn các đảo Thái Bình Dương (PIF) vì bất đồng trong việc lựa chọn Tổng Thư ký. Sau các cuộc tiếp xúc với Thủ tướng Fiji Sitiveni Rabuka, nước này trở lại Diễn đàn vào năm 2023. Như một quan chức Kiribati từng nói, “chúng tôi không chọn phe, chúng tôi chọn sự tồn tại” (Phan Quốc Bảo, 2023, tr. 52). Việt Nam và Kiribati đã có quan hệ ngoại giao, song hợp tác còn khiêm tốn; ta có thể chia sẻ với nước bạn kinh nghiệm thích ứng với biến đổi khí hậu và nuôi trồng thủy sản.",
        ),
    ],
}

CSB_UNIVERSITY = {
    "id": "csb",
    "shape": "word",
    "head": [
        "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        "TRƯỜNG ĐẠI HỌC TÀI NGUYÊN VÀ MÔI TRƯỜNG HÀ NỘI",
        "Số: 412/BC-TĐHHN",
        "Hà Nội, ngày 25 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 3, Nhà trường đón đoàn Trường Đại học Quốc gia Mông Cổ sang làm việc; hai bên đã ký Biên bản ghi nhớ về trao đổi giảng viên, sinh viên ngành khí tượng, thủy văn.",
        ),
        (
            "list_item",
            "2. Bốn giảng viên được nhận học bổng Australia Awards của Chính phủ Australia để học thạc sĩ tại các trường đại học của nước này.",
        ),
        (
            "list_item",
            "3. Tháng 8, cán bộ Nhà trường tham dự khóa tập huấn về cảnh báo sớm thiên tai do Cơ quan Khí tượng Nhật Bản (JMA) tổ chức tại Tokyo.",
        ),
        (
            "list_item",
            "4. Dự án tăng cường năng lực quan trắc môi trường do KOICA tài trợ đã kết thúc giai đoạn một; đề xuất giai đoạn hai chưa được phía Hàn Quốc phê duyệt.",
        ),
        (
            "list_item",
            "5. Nhà trường tiếp đoàn cán bộ Cơ quan Khí tượng Fiji sang học tập kinh nghiệm dự báo bão nhiệt đới trong khuôn khổ một dự án của UNDP.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Cử đoàn sang Ulaanbaatar vào tháng 6 năm sau để triển khai Biên bản ghi nhớ đã ký với đối tác Mông Cổ.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Australia xây dựng đề xuất dự án thích ứng với biến đổi khí hậu ở Đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "3. Mở rộng liên kết đào tạo với các trường đại học của Hàn Quốc và Nhật Bản.",
        ),
    ],
}

CSC_KIRIBATI_CHINA = {
    "id": "csc",
    "shape": "news",
    "date": "2019-09-28",
    "stamp": "Thứ Bảy, 28/09/2019 - 08:20",
    "blocks": [
        ("title", "Trung Quốc và Kiribati khôi phục quan hệ ngoại giao"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 27/9 (giờ địa phương), Ngoại trưởng Trung Quốc Vương Nghị và người đồng cấp Kiribati đã ký thông cáo chung về việc khôi phục quan hệ ngoại giao giữa hai nước, bên lề khóa họp thứ 74 Đại hội đồng Liên hợp quốc.",
        ),
        ("heading", "Một tuần sau khi cắt quan hệ với Đài Loan", 1),
        (
            "paragraph",
            "Ngày 20/9, chính quyền Đài Loan tuyên bố chấm dứt quan hệ với Kiribati sau khi nhận được thông tin nước này chuyển hướng công nhận Bắc Kinh. Chỉ một ngày sau, Trung Quốc và Quần đảo Solomon thiết lập quan hệ ngoại giao tại Bắc Kinh. Với hai sự kiện này, số đối tác ngoại giao của Đài Loan giảm xuống còn 15.",
        ),
        ("heading", "Lần trở lại thứ hai", 1),
        (
            "paragraph",
            "Kiribati, quốc đảo có khoảng 120.000 dân ở trung tâm Thái Bình Dương, từng công nhận Bắc Kinh năm 1980 nhưng chuyển sang quan hệ với Đài Bắc từ năm 2003. Phát biểu tại lễ ký, ông Vương Nghị khẳng định Trung Quốc sẵn sàng giúp Kiribati ứng phó với biến đổi khí hậu và phát triển kinh tế – xã hội.",
        ),
        (
            "paragraph",
            "Trong khi đó, Mỹ bày tỏ thất vọng trước quyết định của Kiribati và Quần đảo Solomon.",
        ),
    ],
}

CSD_PLAN = {
    "id": "csd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC QUẢN LÝ ĐÊ ĐIỀU VÀ':<38}Độc lập - Tự do - Hạnh phúc",
        "PHÒNG, CHỐNG THIÊN TAI",
        f"{'Số: 09/KH-ĐĐPCTT':<38}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về phòng, chống thiên tai với các đối tác",
        "châu Á – Thái Bình Dương năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác quốc tế về phòng, chống thiên tai với các đối tác châu Á – Thái Bình Dương năm 2026",
        ),
        (
            "paragraph",
            "Nhằm nâng cao năng lực cảnh báo sớm và ứng phó với thiên tai sau những thiệt hại nặng nề do bão Yagi gây ra năm 2024, Cục Quản lý đê điều và Phòng, chống thiên tai xây dựng Kế hoạch hợp tác quốc tế năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) bàn giao hệ thống cảnh báo lũ cho ba tỉnh miền Trung; Chính phủ Australia tài trợ khóa đào tạo về quản lý rủi ro thiên tai dựa vào cộng đồng. Tuy nhiên, Bản ghi nhớ với Văn phòng Quản lý thiên tai quốc gia Fiji chưa được ký kết.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3, đón đoàn chuyên gia JICA sang khảo sát giai đoạn hai của dự án cảnh báo lũ.",
        ),
        (
            "list_item",
            "2. Cử cán bộ sang Hàn Quốc tham gia khóa đào tạo về quản lý lũ đô thị do Chính phủ Hàn Quốc tài trợ, dự kiến vào tháng 5.",
        ),
        (
            "list_item",
            "3. Đàm phán và ký Bản ghi nhớ với Văn phòng Quản lý thiên tai quốc gia Fiji trong quý III.",
        ),
        (
            "list_item",
            "4. Phối hợp với Cộng đồng Thái Bình Dương (SPC) chia sẻ kinh nghiệm về cảnh báo sớm sóng thần với các quốc đảo.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

CSE_PNA = {
    "id": "cse",
    "shape": "entry",
    "blocks": [
        ("title", "Các bên tham gia Hiệp định Nauru"),
        (
            "paragraph",
            "Các bên tham gia Hiệp định Nauru (PNA) là nhóm tám quốc đảo Thái Bình Dương hợp tác quản lý nghề cá ngừ, gồm Liên bang Micronesia, Kiribati, Quần đảo Marshall, Nauru, Palau, Papua New Guinea, Quần đảo Solomon và Tuvalu. Vùng biển của các thành viên cung cấp khoảng một nửa sản lượng cá ngừ vằn của thế giới.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Hiệp định Nauru về hợp tác quản lý nghề cá cùng quan tâm được ký năm 1982. Từ năm 2010, Văn phòng PNA đặt tại Majuro, thủ đô Quần đảo Marshall. Tokelau tham gia cơ chế ngày tàu của nhóm nhưng không phải là thành viên chính thức.",
        ),
        ("heading", "Cơ chế ngày tàu", 1),
        (
            "paragraph",
            "Cơ chế ngày tàu (VDS), áp dụng từ năm 2007, buộc các tàu cá nước ngoài, chủ yếu của Mỹ, Nhật Bản, Hàn Quốc, Đài Loan và Trung Quốc, phải mua số ngày đánh bắt trong vùng đặc quyền kinh tế của các thành viên. Nguồn thu từ cơ chế này trở thành một khoản ngân sách lớn của nhiều quốc đảo. Năm 1987, Mỹ ký với các quốc đảo Thái Bình Dương Hiệp ước cá ngừ Nam Thái Bình Dương, theo đó tàu Mỹ trả phí tiếp cận và Washington viện trợ kinh tế cho khu vực.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên của PNA; tuy vậy, hợp tác nghề cá giữa Việt Nam với một số thành viên như Papua New Guinea và Quần đảo Solomon đang được thúc đẩy.",
        ),
    ],
}

DOCS = [CSA_KIRIBATI, CSB_UNIVERSITY, CSC_KIRIBATI_CHINA, CSD_PLAN, CSE_PNA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, the bare page number at the
    left under the body (heldout_kit.headed_journal: title at 52 columns, labels and body at 74)."""
    return headed_journal(doc, title=52, label=74, body=74, page_label="{}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 70 columns, every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, 70, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page."""
    return news_page(
        doc,
        section="Thế giới",
        time="08:20",
        menu=[("/the-gioi", "Thế giới"), ("/chau-dai-duong", "Châu Đại Dương")],
        tags=[
            ("/tag/kiribati", "Kiribati"),
            ("/tag/trung-quoc", "Trung Quốc"),
            ("/tag/dai-loan", "Đài Loan"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A department plan: the issuer/motto block (the issuer on three lines), the centred title, body at 78
    columns, the "Nơi nhận" list beside the signature."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ trưởng (để b/c);", "- Vụ Hợp tác quốc tế;", "- Lưu: VT, HTQT."],
        ["CỤC TRƯỞNG", "", "(đã ký)"],
        columns=(50, 50, 52),
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
        prefix="cs",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
