"""Build the two hundred ninety-ninth held-out set (Vietnam and the United Kingdom, the Netherlands) and its
structure gold.

    .venv/bin/python tests/data/heldout299/build_heldout299.py [--check]

Five short documents: a journal article on the Vietnam – UK strategic partnership from 2010 to the UKVFTA, a
(fictitious) Mekong province department's report for 2025 on climate adaptation cooperation with the
Netherlands, a news page on the signing of the UKVFTA in December 2020, a (fictitious) city education
department's plan for cooperation with British partners in 2026, and an encyclopedia entry on Vietnam – the
Netherlands relations. Facts are well-established; authors, journal, page numbers, document numbers, the
report's and plan's items are invented. Gold is written by hand; ``--check`` verifies it against the documents.
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

KTA = {
    "id": "kta",
    "shape": "journal",
    "header": "TẠP CHÍ QUAN HỆ QUỐC TẾ VÀ PHÁT TRIỂN – Số 2 (2024)",
    "first_page": 88,
    "break_after": 4,
    "blocks": [
        ("title", "QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC VIỆT NAM – VƯƠNG QUỐC ANH SAU HƠN MỘT THẬP NIÊN"),
        ("author", "Vũ Minh Châu"),
        ("affiliation", "Viện Nghiên cứu Châu Âu, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết đánh giá quan hệ Đối tác chiến lược Việt Nam – Anh từ năm 2010 và tác động của Hiệp định UKVFTA.",
            "vi",
        ),
        ("keywords", "Vương quốc Anh; đối tác chiến lược; UKVFTA; Brexit", "vi"),
        ("heading", "1. Từ quan hệ ngoại giao đến đối tác chiến lược", 1),
        (
            "paragraph",
            "Việt Nam và Vương quốc Anh thiết lập quan hệ ngoại giao ngày 11/9/1973 (Phạm Thị Lan, 2013, tr. 9). Ngày 8/9/2010, tại Luân Đôn, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Gia Khiêm và Ngoại trưởng William Hague ký Tuyên bố chung về thiết lập quan hệ Đối tác chiến lược. Tháng 7/2015, David Cameron trở thành Thủ tướng Anh đương nhiệm đầu tiên thăm Việt Nam.",
        ),
        ("heading", "2. Sau Brexit", 1),
        (
            "paragraph",
            "Sau khi Anh rời Liên minh châu Âu, hai nước ký Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh (UKVFTA) ngày 29/12/2020 tại Luân Đôn; Hiệp định có hiệu lực chính thức từ ngày 1/5/2021. Tháng 11/2021, tại Hội nghị COP26 ở Glasgow, Thủ tướng Phạm Minh Chính cam kết Việt Nam đạt mức phát thải ròng bằng “0” vào năm 2050. Một học giả gọi UKVFTA là “tấm lưới an toàn cho thương mại hai chiều” (Hoàng Anh Tuấn, 2021, tr. 112).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Tháng 7/2023, Anh ký Nghị định thư gia nhập CPTPP, mở thêm kênh hợp tác với Việt Nam; tuy vậy, hai nước chưa nâng quan hệ lên Đối tác chiến lược toàn diện (Vũ Thị Hạnh, 2024).",
        ),
    ],
}

KTB = {
    "id": "ktb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH CÀ MAU",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "Số: 347/BC-SNNMT",
        "Cà Mau, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với Vương quốc Hà Lan về thích ứng với biến đổi khí hậu năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với Vương quốc Hà Lan về thích ứng với biến đổi khí hậu năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tiếp tục triển khai các giải pháp của Kế hoạch Đồng bằng sông Cửu Long do Hà Lan hỗ trợ xây dựng năm 2013.",
        ),
        (
            "list_item",
            "2. Tháng 5/2025, đoàn chuyên gia Đại học Wageningen (Hà Lan) sang khảo sát tình trạng sạt lở bờ biển Tây.",
        ),
        (
            "list_item",
            "3. Ký thỏa thuận với Cơ quan Doanh nghiệp Hà Lan (RVO) về dự án thí điểm nuôi tôm – rừng thích ứng với xâm nhập mặn, trị giá 1,2 triệu euro.",
        ),
        (
            "list_item",
            "4. Cử 6 cán bộ sang Rốt-téc-đam (Hà Lan) học tập kinh nghiệm quản lý đê biển.",
        ),
        (
            "list_item",
            "5. Đề xuất vay vốn ưu đãi của Hà Lan cho dự án kè biển chưa được phía Hà Lan chấp thuận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Phối hợp với Đại sứ quán Hà Lan tổ chức Hội thảo về quản lý nước ngọt trong quý I/2026.",
        ),
        (
            "list_item",
            "2. Mời Đại sứ Hà Lan tại Việt Nam thăm và làm việc với tỉnh.",
        ),
        (
            "list_item",
            "3. Đề nghị Vương quốc Anh hỗ trợ kỹ thuật trong khuôn khổ JETP cho các dự án điện gió ven biển.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hợp tác với Vương quốc Hà Lan năm 2025 của Sở Nông nghiệp và Môi trường.",
        ),
    ],
}

KTC = {
    "id": "ktc",
    "shape": "news",
    "date": "2020-12-29",
    "stamp": "Thứ Ba, 29/12/2020 - 21:05",
    "blocks": [
        ("title", "Việt Nam và Vương quốc Anh ký Hiệp định Thương mại tự do"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Tối 29/12 (giờ Việt Nam), tại Luân Đôn, Đại sứ Việt Nam tại Vương quốc Anh Trần Ngọc An và Đại sứ Anh tại Việt Nam Gareth Ward, theo ủy quyền của hai Chính phủ, đã ký Hiệp định Thương mại tự do giữa Việt Nam và Vương quốc Anh (UKVFTA).",
        ),
        ("heading", "Ký theo ủy quyền vì đại dịch", 1),
        (
            "paragraph",
            "Trước đó, ngày 11/12, Bộ trưởng Bộ Công Thương Trần Tuấn Anh và Bộ trưởng Thương mại quốc tế Anh Elizabeth Truss đã ký Biên bản thỏa thuận kết thúc đàm phán Hiệp định. Do ảnh hưởng của đại dịch COVID-19, Bộ trưởng Trần Tuấn Anh không thể sang Anh để ký trực tiếp.",
        ),
        ("heading", "Bảo đảm thương mại không gián đoạn sau Brexit", 1),
        (
            "paragraph",
            "Hiệp định kế thừa các cam kết của Hiệp định EVFTA, vốn có hiệu lực từ ngày 1/8/2020, nhằm bảo đảm thương mại giữa hai nước không bị gián đoạn khi giai đoạn chuyển tiếp Brexit kết thúc. Hai bên đang khẩn trương hoàn tất thủ tục trong nước để UKVFTA được thực thi từ 23 giờ ngày 31/12/2020 theo giờ Luân Đôn.",
        ),
    ],
}

KTD = {
    "id": "ktd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'THÀNH PHỐ ĐÀ NẴNG':<40}Độc lập - Tự do - Hạnh phúc",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        f"{'Số: 112/KH-SGDĐT':<40}Đà Nẵng, ngày 5 tháng 1 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục với các đối tác Vương quốc Anh năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác giáo dục với các đối tác Vương quốc Anh năm 2026"),
        (
            "paragraph",
            "Nhằm nâng cao năng lực ngoại ngữ của giáo viên và học sinh, Sở Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác với các đối tác Vương quốc Anh năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Hội đồng Anh bồi dưỡng phương pháp giảng dạy tiếng Anh cho 150 giáo viên trung học; 4 trường trung học phổ thông của thành phố kết nghĩa với các trường tại Xcốt-len. Chương trình trao đổi học sinh với Bắc Ai-len chưa thực hiện được do thủ tục thị thực kéo dài.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3/2026, đón đoàn Hội đồng Anh sang làm việc về chương trình kỹ năng số cho học sinh.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận hợp tác với Đại học Edinburgh về đào tạo giáo viên.",
        ),
        (
            "list_item",
            "3. Giới thiệu 10 ứng viên xuất sắc dự tuyển học bổng Chevening của Chính phủ Anh.",
        ),
        (
            "list_item",
            "4. Cử đoàn cán bộ quản lý sang Luân Đôn dự Triển lãm công nghệ giáo dục BETT vào tháng 1/2026.",
        ),
        (
            "list_item",
            "5. Phối hợp với Đại sứ quán Hà Lan tổ chức cuộc thi ý tưởng chống ngập đô thị cho học sinh.",
        ),
        (
            "paragraph",
            "Phòng Giáo dục trung học chủ trì, theo dõi và định kỳ báo cáo Giám đốc Sở việc thực hiện Kế hoạch.",
        ),
    ],
}

KTE = {
    "id": "kte",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Việt Nam – Hà Lan"),
        (
            "paragraph",
            "Quan hệ Việt Nam – Hà Lan là quan hệ ngoại giao giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Vương quốc Hà Lan, chính thức được thiết lập ngày 9/4/1973. Hà Lan có đại sứ quán tại Hà Nội và tổng lãnh sự quán tại Thành phố Hồ Chí Minh; Việt Nam có đại sứ quán tại thành phố La Hay.",
        ),
        ("heading", "Nước và biến đổi khí hậu", 1),
        (
            "paragraph",
            "Năm 2010, hai nước ký thỏa thuận Đối tác chiến lược về thích ứng với biến đổi khí hậu và quản lý nước. Trong khuôn khổ này, Hà Lan hỗ trợ Việt Nam xây dựng Kế hoạch Đồng bằng sông Cửu Long, hoàn thành năm 2013.",
        ),
        ("heading", "Các chuyến thăm và kinh tế", 1),
        (
            "paragraph",
            "Thủ tướng Mark Rutte thăm Việt Nam vào các năm 2014 và 2019. Hà Lan là một trong những nhà đầu tư lớn nhất của Liên minh châu Âu tại Việt Nam; cảng Rotterdam là điểm trung chuyển chính của hàng hóa Việt Nam vào châu Âu. Đại học Công nghệ Delft và Đại học Wageningen hợp tác đào tạo với nhiều trường của Việt Nam trong lĩnh vực thủy lợi và nông nghiệp.",
        ),
    ],
}

DOCS = [KTA, KTB, KTC, KTD, KTE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return report_word(doc, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Kinh tế" section."""
    return news_page(
        doc,
        section="Kinh tế",
        time="21:05",
        menu=[("/kinh-te", "Kinh tế"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/ukvfta", "UKVFTA"), ("/tag/vuong-quoc-anh", "Vương quốc Anh")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return ministry_plan(
        doc,
        signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
        recipients=["- UBND thành phố (để b/c);", "- Lưu: VT, GDTrH."],
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
        prefix="kt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
