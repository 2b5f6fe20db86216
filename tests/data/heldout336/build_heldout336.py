"""Build the three hundred thirty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout336/build_heldout336.py [--check]

Five short documents on Vietnam and the United States from the comprehensive partnership to war legacy work
(2012-2018 and after): a journal article on the dioxin cleanup at Đà Nẵng airport, a (fictitious) Đà Nẵng foreign
affairs department's report for 2023, a news page of 23/5/2016 on President Obama lifting the arms embargo, a
(fictitious) Quảng Bình plan for clearing unexploded ordnance in 2025 and an encyclopedia entry on the comprehensive
partnership of July 2013. Facts are well-established; authors,
journal, page numbers, document numbers and the local bodies' activities are invented (see README.md).
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

EIA_JOURNAL = {
    "id": "eia",
    "shape": "journal",
    "header": "TẠP CHÍ MÔI TRƯỜNG VÀ PHÁT TRIỂN – Số 3 (2022)",
    "first_page": 103,
    "break_after": 6,
    "blocks": [
        ("title", "XỬ LÝ Ô NHIỄM DIOXIN TẠI SÂN BAY ĐÀ NẴNG: MÔ HÌNH HỢP TÁC KHẮC PHỤC HẬU QUẢ CHIẾN TRANH"),
        ("author", "Trương Văn Lợi"),
        ("affiliation", "Học viện Chính trị khu vực III"),
        (
            "abstract",
            "Bài viết phân tích dự án xử lý đất nhiễm dioxin tại sân bay Đà Nẵng do Việt Nam và Hoa Kỳ phối hợp thực hiện và rút ra bài học cho các điểm nóng khác.",
            "vi",
        ),
        ("keywords", "chất độc da cam; dioxin; USAID; Đà Nẵng; Biên Hòa", "vi"),
        ("heading", "1. Di sản của chiến tranh", 1),
        (
            "paragraph",
            "Từ năm 1961 đến năm 1971, quân đội Mỹ đã rải hàng chục triệu lít chất diệt cỏ, phần lớn là chất da cam, xuống miền Nam Việt Nam. Sân bay Đà Nẵng, nơi từng lưu trữ và pha trộn các chất này, trở thành một trong những điểm nóng ô nhiễm dioxin nặng nhất (Lưu Văn Sơn, 2014, tr. 9).",
        ),
        ("heading", "2. Dự án 2012 – 2018", 1),
        (
            "paragraph",
            "Tháng 8/2012, Bộ Quốc phòng Việt Nam và Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) khởi động dự án xử lý đất nhiễm dioxin tại sân bay Đà Nẵng. Dự án hoàn thành vào tháng 11/2018, xử lý khoảng 90.000 mét khối đất và trầm tích. Một chuyên gia nhận định đây là “minh chứng rằng hai cựu thù có thể cùng nhau chữa lành vết thương” (Hồ Thị Quỳnh Nga, 2019, tr. 115).",
        ),
        ("heading", "3. Từ Đà Nẵng đến Biên Hòa", 1),
        (
            "paragraph",
            "Tháng 4/2019, hai bên khởi động dự án tại sân bay Biên Hòa, điểm nóng dioxin lớn nhất cả nước. Tuy nhiên, việc hỗ trợ nạn nhân chất độc da cam chưa tương xứng với nhu cầu thực tế (Đỗ Minh Châu, 2021).",
        ),
    ],
}

EIB_WORD = {
    "id": "eib",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG",
        "SỞ NGOẠI VỤ",
        "Số: 2105/BC-SNV",
        "Đà Nẵng, ngày 18 tháng 12 năm 2023",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với Hoa Kỳ trên địa bàn thành phố năm 2023",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với Hoa Kỳ trên địa bàn thành phố năm 2023"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Từ ngày 25 đến 30/6/2023, thành phố đón tàu sân bay USS Ronald Reagan cùng các tàu hộ tống thăm Đà Nẵng.",
        ),
        (
            "list_item",
            "2. Phối hợp với Tổng Lãnh sự quán Hoa Kỳ tại Thành phố Hồ Chí Minh tổ chức Ngày hội du học Hoa Kỳ, thu hút khoảng 2.500 học sinh, sinh viên.",
        ),
        (
            "list_item",
            "3. Tiếp nhận thiết bị phục hồi chức năng trị giá 300.000 USD do USAID tài trợ cho người khuyết tật, trong đó có nạn nhân chất độc da cam.",
        ),
        (
            "list_item",
            "4. Ký thỏa thuận hợp tác giữa Đại học Đà Nẵng và Đại học bang Arizona về đào tạo kỹ sư.",
        ),
        (
            "list_item",
            "5. Đề án kết nghĩa với một thành phố của Hoa Kỳ chưa hoàn tất do phía bạn chưa trả lời.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2024", 1),
        (
            "list_item",
            "1. Tham mưu lãnh đạo thành phố tiếp Đại sứ Hoa Kỳ nhân chuyến công tác tại miền Trung.",
        ),
        (
            "list_item",
            "2. Tiếp tục theo dõi các hoạt động sau xử lý dioxin tại khu vực sân bay.",
        ),
        (
            "paragraph",
            "Sở Ngoại vụ kính báo cáo Ủy ban nhân dân thành phố.",
        ),
    ],
}

EIC_NEWS = {
    "id": "eic",
    "shape": "news",
    "date": "2016-05-23",
    "stamp": "Thứ Hai, 23/05/2016 - 15:30",
    "blocks": [
        ("title", "Hoa Kỳ dỡ bỏ hoàn toàn lệnh cấm vận vũ khí sát thương đối với Việt Nam"),
        (
            "lead",
            "Hà Nội (TTXVN) – Trưa 23/5, tại cuộc họp báo chung sau hội đàm với Chủ tịch nước Trần Đại Quang, Tổng thống Barack Obama tuyên bố Hoa Kỳ dỡ bỏ hoàn toàn lệnh cấm bán vũ khí sát thương cho Việt Nam.",
        ),
        (
            "paragraph",
            "Tổng thống Obama đang ở thăm chính thức Việt Nam từ ngày 22 đến 25/5. Theo ông, quyết định này nhằm xóa bỏ một di sản còn sót lại của thời kỳ Chiến tranh lạnh.",
        ),
        ("heading", "Nhiều cuộc gặp cấp cao", 1),
        (
            "paragraph",
            "Trong ngày, Tổng thống Obama còn hội kiến Tổng Bí thư Nguyễn Phú Trọng, hội đàm với Thủ tướng Nguyễn Xuân Phúc và gặp Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.",
        ),
        (
            "paragraph",
            "Hai bên nhất trí tiếp tục hợp tác khắc phục hậu quả chiến tranh, trong đó có tẩy độc dioxin tại sân bay Biên Hòa. Theo chương trình, Tổng thống sẽ vào Thành phố Hồ Chí Minh và gặp gỡ các nhà lãnh đạo trẻ.",
        ),
        (
            "paragraph",
            "Trả lời báo chí, Tổng thống khẳng định việc dỡ bỏ lệnh cấm không liên quan đến Trung Quốc.",
        ),
    ],
}

EID_PLAN = {
    "id": "eid",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH QUẢNG BÌNH':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 312/KH-UBND':<40}Quảng Bình, ngày 26 tháng 12 năm 2024",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Khắc phục hậu quả bom mìn sau chiến tranh năm 2025",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Khắc phục hậu quả bom mìn sau chiến tranh năm 2025"),
        (
            "paragraph",
            "Căn cứ tình hình ô nhiễm bom mìn, vật nổ trên địa bàn, Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2025 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm 2024, các tổ chức phi chính phủ do Bộ Ngoại giao Hoa Kỳ tài trợ đã rà phá 1.200 héc-ta đất ô nhiễm bom mìn tại các huyện Bố Trạch, Lệ Thủy. Dự án hỗ trợ sinh kế cho nạn nhân bom mìn chưa được phía tài trợ phê duyệt.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tiếp tục phối hợp với các đối tác Hoa Kỳ khảo sát và rà phá thêm 1.500 héc-ta.",
        ),
        (
            "list_item",
            "2. Ký bản ghi nhớ với Chương trình Phát triển Liên hợp quốc (UNDP) về dữ liệu bom mìn.",
        ),
        (
            "list_item",
            "3. Đón đoàn công tác của Đại sứ quán Hoa Kỳ thăm các dự án vào quý II.",
        ),
        (
            "list_item",
            "4. Đề nghị Trung tâm Hành động bom mìn quốc gia Việt Nam hỗ trợ đào tạo đội rà phá của tỉnh.",
        ),
        (
            "paragraph",
            "Giao Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Sở Ngoại vụ tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

EIE_ENTRY = {
    "id": "eie",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Đối tác toàn diện Việt Nam – Hoa Kỳ"),
        (
            "paragraph",
            "Quan hệ Đối tác toàn diện Việt Nam – Hoa Kỳ được xác lập ngày 25/7/2013 trong chuyến thăm Hoa Kỳ của Chủ tịch nước Trương Tấn Sang, tại cuộc hội đàm với Tổng thống Barack Obama ở Nhà Trắng.",
        ),
        ("heading", "Các chuyến thăm cấp cao", 1),
        (
            "paragraph",
            "Tháng 7/2015, Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Hoa Kỳ; đây là lần đầu tiên một Tổng Bí thư Đảng Cộng sản Việt Nam thăm nước này. Hai bên ra Tuyên bố Tầm nhìn chung về quan hệ Việt Nam – Hoa Kỳ.",
        ),
        (
            "paragraph",
            "Tháng 5/2017, Thủ tướng Nguyễn Xuân Phúc thăm Hoa Kỳ và hội đàm với Tổng thống Donald Trump. Tháng 11/2017, Tổng thống Trump dự Hội nghị cấp cao APEC tại Đà Nẵng và thăm cấp Nhà nước Việt Nam.",
        ),
        ("heading", "Nội dung hợp tác", 1),
        (
            "paragraph",
            "Khuôn khổ đối tác bao gồm chín lĩnh vực, trong đó có chính trị – ngoại giao, thương mại – kinh tế, quốc phòng – an ninh và giải quyết hậu quả chiến tranh. Hoa Kỳ tôn trọng thể chế chính trị của Việt Nam. Cơ chế đối thoại chính trị, an ninh, quốc phòng giữa hai Bộ Ngoại giao được duy trì hằng năm.",
        ),
    ],
}

DOCS = [EIA_JOURNAL, EIB_WORD, EIC_NEWS, EID_PLAN, EIE_ENTRY]


def render_word(doc: dict) -> str:
    """A provincial department's report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="15:30",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/hoa-ky", "Hoa Kỳ"), ("/tag/barack-obama", "Barack Obama")],
    )


def render_plan(doc: dict) -> str:
    """A provincial plan by heldout_kit.ministry_plan."""
    return ministry_plan(
        doc,
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Quốc phòng (để b/c);", "- Các sở, ngành;", "- Lưu: VT, NC."],
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
        prefix="ei",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
