"""Build the 238th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout238/build_heldout238.py [--check]

Five short documents on the ASEAN Agreement on Transboundary Haze Pollution (AATHP): a journal article on
ASEAN's haze cooperation 1997 – 2015, a (fictitious) report of the Vietnam Environment Administration's
international cooperation office for 2024, a news page on Indonesia's ratification (16/9/2014), a
(fictitious) Ministry of Agriculture and Environment plan for haze and peatland cooperation in 2026, and an
encyclopedia entry on the agreement. Facts are well-established; authors, journal, pages, numbers, local
items and quoted words are invented. Gold written by hand; ``--check`` verifies it against the documents.
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

ESA_HAZE = {
    "id": "esa",
    "shape": "journal",
    "header": "TẠP CHÍ MÔI TRƯỜNG VÀ PHÁT TRIỂN ĐÔNG NAM Á – Số 3 (2016)",
    "first_page": 37,
    "break_after": 10,
    "blocks": [
        ("title", "HỢP TÁC ASEAN VỀ Ô NHIỄM KHÓI MÙ XUYÊN BIÊN GIỚI: HAI THẬP KỶ NHÌN LẠI"),
        ("author", "Đỗ Thị Minh Nguyệt"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại quá trình hình thành và thực thi Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới.",
            "vi",
        ),
        ("keywords", "khói mù; ASEAN; Indonesia; cháy rừng; đất than bùn", "vi"),
        ("heading", "1. Từ cuộc khủng hoảng năm 1997", 1),
        (
            "paragraph",
            "Các đám cháy rừng và đất than bùn ở Xu-ma-tơ-ra và Ca-li-man-tan năm 1997 đã phủ khói lên Ma-lai-xi-a, Xin-ga-po và Bru-nây, gây thiệt hại hàng tỷ USD. Tháng 12/1997, các Bộ trưởng Môi trường ASEAN thông qua Kế hoạch hành động khu vực về khói mù, song kế hoạch này không có tính ràng buộc (Nguyễn Thanh Bình, 2010, tr. 44).",
        ),
        ("heading", "2. Một hiệp định ràng buộc", 1),
        (
            "paragraph",
            "Ngày 10/6/2002, tại Cu-a-la Lăm-pơ, các nước thành viên ASEAN ký Hiệp định về ô nhiễm khói mù xuyên biên giới. Văn kiện có hiệu lực từ ngày 25/11/2003, sau khi sáu nước, trong đó có Việt Nam, phê chuẩn. Indonesia, nước có nhiều điểm cháy nhất, lại là thành viên cuối cùng phê chuẩn: Hạ viện nước này chỉ thông qua hiệp định vào tháng 9/2014 (Lê Quang Huy, 2015, tr. 18).",
        ),
        ("heading", "3. Những giới hạn của “phương thức ASEAN”", 1),
        (
            "paragraph",
            "Cũng trong năm 2014, Xin-ga-po ban hành luật cho phép xử lý các công ty gây cháy ở nước ngoài, khiến Gia-các-ta phản đối vì cho rằng luật này can thiệp vào chủ quyền. Đợt khói mù năm 2015 cho thấy cơ chế khu vực vẫn “chủ yếu dựa vào thiện chí của từng quốc gia” (Trịnh Văn Khánh, 2016, tr. 9). Ta cần tiếp tục hợp tác với các nước láng giềng về quản lý đất than bùn.",
        ),
    ],
}

ESB_REPORT = {
    "id": "esb",
    "shape": "word",
    "head": [
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "CỤC MÔI TRƯỜNG",
        "Số: 318/BC-CMT",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế về môi trường năm 2024, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế về môi trường năm 2024, nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tham dự Hội nghị Bộ trưởng các Bên tham gia Hiệp định về ô nhiễm khói mù xuyên biên giới; đoàn Việt Nam ủng hộ việc sớm đưa Trung tâm ASEAN về kiểm soát ô nhiễm khói mù xuyên biên giới vào hoạt động tại Indonesia.",
        ),
        (
            "list_item",
            "2. Tháng 8, phối hợp với Cơ quan Môi trường quốc gia Xin-ga-po tổ chức tại Hà Nội hội thảo về cảnh báo sớm cháy rừng; phía bạn tài trợ toàn bộ kinh phí.",
        ),
        (
            "list_item",
            "3. Dự án phục hồi đất than bùn tại Vườn quốc gia U Minh Thượng do Quỹ Môi trường toàn cầu (GEF) tài trợ 1,8 triệu USD tiếp tục được triển khai.",
        ),
        (
            "list_item",
            "4. Tháng trước, tiếp và làm việc với đoàn Bộ Tài nguyên thiên nhiên và Môi trường Ma-lai-xi-a về trao đổi dữ liệu điểm cháy.",
        ),
        (
            "list_item",
            "5. Bản ghi nhớ hợp tác về quản lý cháy rừng với Bộ Môi trường và Lâm nghiệp Indonesia chưa được ký do hai bên còn khác nhau về cơ chế chia sẻ dữ liệu.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, cử đoàn sang Gia-các-ta trao đổi với phía Indonesia để hoàn tất Bản ghi nhớ nói trên.",
        ),
        (
            "list_item",
            "2. Đề nghị GEF xem xét tài trợ giai đoạn hai của dự án U Minh Thượng.",
        ),
        (
            "list_item",
            "3. Chuẩn bị tham dự Hội nghị Bộ trưởng các Bên tham gia Hiệp định năm 2025 tại Ma-lai-xi-a.",
        ),
    ],
}

ESC_NEWS = {
    "id": "esc",
    "shape": "news",
    "date": "2014-09-16",
    "stamp": "Thứ Ba, 16/09/2014 - 19:40",
    "blocks": [
        ("title", "Indonesia phê chuẩn Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới"),
        (
            "paragraph",
            "Gia-các-ta (TTXVN) – Chiều 16/9, Hạ viện Indonesia đã thông qua dự luật phê chuẩn Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới, 12 năm sau khi văn kiện này được ký kết.",
        ),
        ("heading", "Mảnh ghép cuối cùng", 1),
        (
            "paragraph",
            "Với quyết định này, Indonesia trở thành nước cuối cùng trong 10 thành viên ASEAN phê chuẩn hiệp định, được ký tại Cu-a-la Lăm-pơ năm 2002 và có hiệu lực từ tháng 11/2003. Trước đó, Phi-líp-pin là nước thứ chín phê chuẩn, vào năm 2010. Bộ trưởng Môi trường Balthasar Kambuaya cho biết nước này sẽ tham gia đầy đủ hơn vào các cơ chế ứng phó chung của khu vực.",
        ),
        (
            "paragraph",
            "Ma-lai-xi-a và Xin-ga-po, hai nước thường xuyên hứng chịu khói mù từ các đám cháy ở Xu-ma-tơ-ra, đã hoan nghênh bước đi này. Hồi tháng 8, Quốc hội Xin-ga-po thông qua Luật ô nhiễm khói mù xuyên biên giới, cho phép phạt các công ty nước ngoài gây cháy.",
        ),
        ("heading", "Hợp tác song phương", 1),
        (
            "paragraph",
            "Năm ngoái, trong đợt khói mù tháng 6, Xin-ga-po đã đề nghị hỗ trợ Indonesia chữa cháy, còn Tổng thống Susilo Bambang Yudhoyono lên tiếng xin lỗi người dân hai nước láng giềng. Tháng 10 cùng năm, các nhà lãnh đạo ASEAN họp tại Bru-nây đã thông qua Hệ thống giám sát khói mù chung.",
        ),
    ],
}

ESD_PLAN = {
    "id": "esd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BNNMT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về phòng, chống cháy rừng",
        "và ô nhiễm khói mù xuyên biên giới năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác quốc tế về phòng, chống cháy rừng và ô nhiễm khói mù xuyên biên giới năm 2026",
        ),
        (
            "paragraph",
            "Để thực hiện nghĩa vụ thành viên Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới, mà Việt Nam đã phê chuẩn từ năm 2003, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch hợp tác quốc tế năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã cùng Ma-lai-xi-a và Thái Lan trao đổi kinh nghiệm phòng cháy rừng tràm ở vùng đất ngập nước; tuy vậy, Lộ trình ASEAN không khói mù giai đoạn 2016 – 2020 chưa đạt được mục tiêu đề ra.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, cử đoàn do một Thứ trưởng dẫn đầu tham dự Hội nghị Bộ trưởng các Bên tham gia Hiệp định.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao đàm phán và ký Bản ghi nhớ về quản lý cháy rừng với Indonesia, dự kiến trong quý III.",
        ),
        (
            "list_item",
            "3. Đề nghị Chương trình Phát triển Liên hợp quốc (UNDP) hỗ trợ kỹ thuật cho hệ thống cảnh báo cháy rừng ở các tỉnh Cà Mau và Kiên Giang.",
        ),
        (
            "list_item",
            "4. Đón đoàn chuyên gia Cơ quan Môi trường quốc gia Xin-ga-po sang khảo sát rừng tràm U Minh vào tháng 10.",
        ),
        (
            "list_item",
            "5. Không đăng cai hội thảo khu vực về đất than bùn trong năm 2026 do chưa bố trí được kinh phí.",
        ),
        (
            "paragraph",
            "Cục Lâm nghiệp và Kiểm lâm là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

ESE_ENTRY = {
    "id": "ese",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới"),
        (
            "paragraph",
            "Hiệp định ASEAN về ô nhiễm khói mù xuyên biên giới (AATHP) là điều ước quốc tế đa phương do các nước thành viên ASEAN ký ngày 10/6/2002 tại Cu-a-la Lăm-pơ (Ma-lai-xi-a), nhằm ngăn ngừa và giám sát khói mù phát sinh từ cháy đất và cháy rừng. Đây được coi là hiệp định môi trường khu vực ràng buộc đầu tiên trên thế giới về vấn đề này.",
        ),
        ("heading", "Hiệu lực và phê chuẩn", 1),
        (
            "paragraph",
            "Hiệp định có hiệu lực ngày 25/11/2003. Việt Nam là một trong sáu nước phê chuẩn đầu tiên. Phi-líp-pin phê chuẩn năm 2010, còn Indonesia mãi đến năm 2014 mới hoàn tất thủ tục, trở thành Bên thứ mười.",
        ),
        ("heading", "Cơ chế", 1),
        (
            "paragraph",
            "Cơ quan ra quyết định cao nhất là Hội nghị các Bên, họp ở cấp bộ trưởng. Trung tâm Khí tượng chuyên ngành ASEAN (ASMC) đặt tại Xin-ga-po theo dõi điểm cháy cho khu vực. Năm 2016, các nước ASEAN thông qua Lộ trình hợp tác hướng tới một ASEAN không khói mù vào năm 2020.",
        ),
        ("heading", "Tranh cãi", 1),
        (
            "paragraph",
            "Hiệp định không có cơ chế xử phạt. Luật ô nhiễm khói mù xuyên biên giới mà Xin-ga-po ban hành năm 2014 bị Indonesia phản đối.",
        ),
    ],
}

DOCS = [ESA_HAZE, ESB_REPORT, ESC_NEWS, ESD_PLAN, ESE_ENTRY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="09:15",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/khoi-mu", "Khói mù"), ("/tag/asean", "ASEAN")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="es",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
