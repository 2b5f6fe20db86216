"""Build the 269th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout269/build_heldout269.py [--check]

Five short documents on Nordic development aid to Vietnam: a journal article on Danish and Finnish aid
(relations 1971 and 1973, the Danish withdrawal of 1983 and return of 1994, the comprehensive and the green
strategic partnership), a (fictitious) Quảng Ninh Department of Foreign Affairs report on Nordic partners
in 2024, a news page on the 50th anniversary of Vietnam – Denmark relations celebrated in Hà Nội on
1/11/2022 during the Danish Crown Prince's visit, a (fictitious) Thủy lợi University plan for 2026 with
Finnish and Norwegian partners, and an encyclopedia entry on Sida. Facts are well-established; authors,
journal, page numbers, document numbers, the report's and the plan's items and all quoted words are
invented. ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

HTA_AID = {
    "id": "hta",
    "shape": "journal",
    "header": "TẠP CHÍ HỢP TÁC PHÁT TRIỂN QUỐC TẾ – Số 2 (2025)",
    "first_page": 71,
    "break_after": 4,
    "blocks": [
        ("title", "VIỆN TRỢ CỦA ĐAN MẠCH VÀ PHẦN LAN CHO VIỆT NAM: TỪ ODA ĐẾN ĐỐI TÁC XANH"),
        ("author", "Phùng Minh Tuấn"),
        ("affiliation", "Học viện Chính sách và Phát triển"),
        (
            "abstract",
            "Bài viết khái quát quá trình hợp tác phát triển của Đan Mạch và Phần Lan với Việt Nam và sự chuyển hướng sang quan hệ đối tác bình đẳng.",
            "vi",
        ),
        ("keywords", "Đan Mạch; Phần Lan; ODA; Danida; Bắc Âu", "vi"),
        ("heading", "1. Đan Mạch: gián đoạn và trở lại", 1),
        (
            "paragraph",
            "Đan Mạch thiết lập quan hệ ngoại giao với Việt Nam ngày 25/11/1971, là nước Tây Âu thứ ba làm việc này sau Thụy Điển và Thụy Sĩ. Năm 1983, Đan Mạch rút cơ quan đại diện khỏi Hà Nội vì vấn đề Cam-pu-chia và chỉ mở lại Đại sứ quán năm 1994, khi Việt Nam được chọn làm nước đối tác của hợp tác phát triển Đan Mạch (Hà Thị Ngọc, 2015, tr. 57). Các chương trình của Danida tập trung vào cấp nước, thủy sản và cải cách hành chính. Tháng 9/2013, hai nước thiết lập quan hệ Đối tác toàn diện.",
        ),
        ("heading", "2. Phần Lan: rừng và nước", 1),
        (
            "paragraph",
            "Phần Lan thiết lập quan hệ ngoại giao với Việt Nam ngày 25/1/1973 và mở Đại sứ quán tại Hà Nội năm 1974. Viện trợ của Phần Lan tập trung vào lâm nghiệp và cấp nước. Thủ tướng Phạm Văn Đồng thăm Phần Lan tháng 5/1977; Tổng thống Tarja Halonen thăm Việt Nam tháng 2/2008. Như một chuyên gia nhận xét, viện trợ Bắc Âu là “khoản đầu tư vào lòng tin hơn là vào công trình” (Trịnh Khắc Hiếu, 2019, tr. 112).",
        ),
        ("heading", "3. Sau ODA", 1),
        (
            "paragraph",
            "Khi Việt Nam trở thành nước thu nhập trung bình, các nước Bắc Âu dần chấm dứt viện trợ không hoàn lại. Quan hệ chuyển sang hợp tác thương mại, năng lượng tái tạo và chuyển đổi xanh, tiêu biểu là Đối tác chiến lược xanh với Đan Mạch (Đoàn Thị Mai, 2024).",
        ),
    ],
}

HTB_QUANGNINH = {
    "id": "htb",
    "shape": "word",
    "head": [
        "UBND TỈNH QUẢNG NINH",
        "SỞ NGOẠI VỤ",
        "Số: 312/BC-SNgV",
        "Quảng Ninh, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các đối tác Bắc Âu năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các đối tác Bắc Âu năm 2024"),
        (
            "paragraph",
            "Năm 2024, công tác hợp tác với các đối tác Bắc Âu trên địa bàn tỉnh đạt một số kết quả như sau:",
        ),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Phối hợp với Đại sứ quán Thụy Điển tổ chức lễ kỷ niệm 55 năm quan hệ ngoại giao Việt Nam – Thụy Điển (11/1/1969 – 11/1/2024) tại Bệnh viện Việt Nam – Thụy Điển Uông Bí, công trình do Chính phủ Thụy Điển viện trợ xây dựng.",
        ),
        (
            "list_item",
            "2. Tháng 5/2024, đón đoàn doanh nghiệp Đan Mạch khảo sát dự án điện gió ngoài khơi; hai bên chưa ký kết thỏa thuận đầu tư.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 150.000 USD viện trợ của một tổ chức phi chính phủ Na Uy cho chương trình nước sạch tại huyện Ba Chẽ.",
        ),
        ("list_item", "4. Cử 5 cán bộ y tế sang Phần Lan tập huấn về chăm sóc sức khỏe ban đầu."),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tiếp tục vận động Quỹ Đầu tư cho các nước đang phát triển của Đan Mạch (IFU) tài trợ dự án xử lý nước thải tại Hạ Long.",
        ),
        ("list_item", "2. Mời Đại sứ Na Uy thăm và làm việc với tỉnh trong quý II."),
        ("list_item", "3. Phối hợp với các đại sứ quán Bắc Âu tổ chức Tuần phim Bắc Âu tại Hạ Long."),
        ("paragraph", "Sở Ngoại vụ kính báo cáo Ủy ban nhân dân tỉnh."),
    ],
}

HTC_DENMARK = {
    "id": "htc",
    "shape": "news",
    "date": "2022-11-01",
    "stamp": "Thứ Ba, 01/11/2022 - 21:05",
    "blocks": [
        ("title", "Kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Đan Mạch"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 1/11, trong khuôn khổ chuyến thăm chính thức Việt Nam của Thái tử Đan Mạch Frederik và Công nương Mary theo lời mời của Phó Chủ tịch nước Võ Thị Ánh Xuân, lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Đan Mạch (1971 – 2021) đã được tổ chức trọng thể tại Hà Nội.",
        ),
        ("heading", "Từ hợp tác phát triển đến đối tác bình đẳng", 1),
        (
            "paragraph",
            "Phát biểu tại buổi lễ, Phó Chủ tịch nước Võ Thị Ánh Xuân cảm ơn Chính phủ và nhân dân Đan Mạch đã ủng hộ Việt Nam trong cuộc đấu tranh giành độc lập trước đây và dành cho Việt Nam nguồn ODA quan trọng trong công cuộc tái thiết đất nước. Bà khẳng định quan hệ hai nước đã chuyển từ hợp tác phát triển truyền thống sang quan hệ đối tác bình đẳng, cùng có lợi.",
        ),
        (
            "paragraph",
            "Thái tử Frederik cho biết đoàn lần này có đông đảo doanh nghiệp Đan Mạch tham gia, mong muốn trao đổi với các đối tác Việt Nam về năng lượng sạch và giảm phát thải. Ông khẳng định Đan Mạch sẽ luôn đồng hành cùng Việt Nam trên con đường tăng trưởng xanh, bền vững.",
        ),
        ("heading", "Nửa thế kỷ quan hệ", 1),
        (
            "paragraph",
            "Ngày 25/11/1971, Đan Mạch công nhận và thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa. Tháng 9/2013, hai nước xác lập quan hệ Đối tác toàn diện.",
        ),
    ],
}

HTD_TLU = {
    "id": "htd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC THỦY LỢI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 96/KH-ĐHTL':<40}Hà Nội, ngày 29 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Phần Lan và Na Uy",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Phần Lan và Na Uy năm 2026"),
        (
            "paragraph",
            "Căn cứ kết quả hợp tác quốc tế năm 2025, Trường Đại học Thủy lợi xây dựng Kế hoạch hợp tác với các đối tác Phần Lan và Na Uy năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Trường hoàn thành dự án nâng cao năng lực quản lý tài nguyên nước do Bộ Ngoại giao Phần Lan tài trợ; 4 giảng viên bảo vệ thành công luận án tiến sĩ tại Trường Đại học Khoa học và Công nghệ Na Uy (NTNU). Đề xuất dự án quan trắc lũ quét với phía Na Uy chưa được chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3/2026, đăng cai Hội thảo quốc tế về an ninh nguồn nước với sự tham gia của các chuyên gia Phần Lan và Na Uy.",
        ),
        ("list_item", "2. Ký thỏa thuận trao đổi sinh viên với Đại học Aalto (Phần Lan)."),
        (
            "list_item",
            "3. Cử đoàn công tác sang Na Uy làm việc với NTNU về chương trình đào tạo thạc sĩ chung trong tháng 9/2026.",
        ),
        (
            "list_item",
            "4. Đề nghị Đại sứ quán Phần Lan hỗ trợ kết nối với Quỹ Finnpartnership để tìm nguồn tài trợ cho phòng thí nghiệm.",
        ),
        ("list_item", "5. Đón đoàn giảng viên Đại học Aalto sang giảng dạy ngắn hạn vào tháng 11/2026."),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế chủ trì, phối hợp với các khoa, viện liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

HTE_SIDA = {
    "id": "hte",
    "shape": "entry",
    "blocks": [
        ("title", "Cơ quan Hợp tác phát triển quốc tế Thụy Điển"),
        (
            "paragraph",
            "Cơ quan Hợp tác phát triển quốc tế Thụy Điển (Sida) là cơ quan của Chính phủ Thụy Điển phụ trách viện trợ phát triển, trụ sở tại Xtốc-khôm. Tiền thân của Sida là Cơ quan Phát triển quốc tế Thụy Điển (SIDA), thành lập năm 1965; năm 1995, SIDA hợp nhất với một số cơ quan khác thành Sida như ngày nay.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Sida quản lý phần lớn ngân sách viện trợ của Thụy Điển, vốn nhiều năm ở mức khoảng 1% tổng thu nhập quốc dân, thuộc loại cao nhất thế giới. Cơ quan hợp tác chặt chẽ với các tổ chức của Liên hợp quốc, Ngân hàng Thế giới và các tổ chức phi chính phủ.",
        ),
        ("heading", "Tại Việt Nam", 1),
        (
            "paragraph",
            "Thụy Điển là nước phương Tây đầu tiên thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa (11/1/1969). Công trình lớn nhất do SIDA tài trợ là Nhà máy giấy Bãi Bằng (Vĩnh Phú), khánh thành ngày 26/11/1982; ngoài ra còn có Bệnh viện Nhi Thụy Điển ở Hà Nội và Bệnh viện Việt Nam – Thụy Điển Uông Bí. Thụy Điển khép lại chương trình hợp tác phát triển song phương với Việt Nam vào năm 2013.",
        ),
    ],
}

DOCS = [HTA_AID, HTB_QUANGNINH, HTC_DENMARK, HTD_TLU, HTE_SIDA]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 76 columns, signed "GIÁM ĐỐC"."""
    return report_word(doc, width=76)


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page): title, meta date, nav, lead with its dateline, <h3>
    subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        section="Đối ngoại",
        time="21:05",
        menu=[("/thoi-su", "Thời sự"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/dan-mach", "Đan Mạch"), ("/tag/thai-tu-frederik", "Thái tử Frederik")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", its own "Nơi nhận"
    lines."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Bộ Nông nghiệp và Môi trường (để b/c);", "- Các khoa, viện;", "- Lưu: VT, HTQT."],
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
        prefix="ht",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
