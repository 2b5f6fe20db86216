"""Build the three hundred thirty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout335/build_heldout335.py [--check]

Five short documents on Vietnam's trade with the United States and Canada (2000-2007 and today): a journal article
on the Bilateral Trade Agreement, a (fictitious) provincial trade department's export report for 2024, a news page
of 17/11/2000 on President Clinton's talks in Hà Nội, a (fictitious) provincial trade promotion plan for North
America in 2026 and an encyclopedia entry on Vietnam's accession to the WTO. Facts are well-established; authors,
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

EHA_JOURNAL = {
    "id": "eha",
    "shape": "journal",
    "header": "KINH TẾ ĐỐI NGOẠI – Số 5 (2021)",
    "first_page": 62,
    "break_after": 7,
    "blocks": [
        ("title", "HIỆP ĐỊNH THƯƠNG MẠI SONG PHƯƠNG VIỆT NAM – HOA KỲ: HAI MƯƠI NĂM NHÌN LẠI"),
        ("author", "Phan Thị Thu Trang"),
        ("affiliation", "Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết đánh giá quá trình đàm phán, ký kết và thực thi Hiệp định Thương mại song phương Việt Nam – Hoa Kỳ (BTA) và tác động của hiệp định đối với quan hệ kinh tế hai nước.",
            "vi",
        ),
        ("keywords", "BTA; Hoa Kỳ; quy chế thương mại bình thường; xuất khẩu", "vi"),
        ("heading", "1. Đàm phán và ký kết", 1),
        (
            "paragraph",
            "Sau khoảng bốn năm đàm phán, ngày 13/7/2000, Bộ trưởng Thương mại Vũ Khoan và Đại diện Thương mại Hoa Kỳ Charlene Barshefsky ký Hiệp định Thương mại song phương tại Oa-sinh-tơn. Đây là hiệp định thương mại toàn diện nhất mà Việt Nam ký kết cho đến thời điểm đó (Lê Hồng Phúc, 2003, tr. 12).",
        ),
        ("heading", "2. Phê chuẩn và hiệu lực", 1),
        (
            "paragraph",
            "Quốc hội Hoa Kỳ thông qua hiệp định vào mùa thu năm 2001; Quốc hội Việt Nam phê chuẩn vào tháng 11/2001. Hiệp định chính thức có hiệu lực từ ngày 10/12/2001, theo đó Hoa Kỳ dành cho hàng hóa Việt Nam quy chế quan hệ thương mại bình thường, song quy chế này chưa mang tính vĩnh viễn mà vẫn phải được gia hạn hằng năm.",
        ),
        ("heading", "3. Tác động", 1),
        (
            "paragraph",
            "Nhiều doanh nghiệp coi hiệp định là “tấm vé vào thị trường lớn nhất thế giới” (Hoàng Minh Đạt, 2011, tr. 54). Kim ngạch xuất khẩu sang Hoa Kỳ tăng mạnh ngay trong những năm đầu, và những cam kết trong BTA đã giúp Việt Nam chuẩn bị cho đàm phán gia nhập Tổ chức Thương mại Thế giới (Nguyễn Thanh Bình, 2020).",
        ),
    ],
}

EHB_WORD = {
    "id": "ehb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG",
        "SỞ CÔNG THƯƠNG",
        "Số: 1832/BC-SCT",
        "Bình Dương, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình xuất khẩu sang thị trường Hoa Kỳ và Ca-na-đa năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình xuất khẩu sang thị trường Hoa Kỳ và Ca-na-đa năm 2024"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Kim ngạch xuất khẩu của tỉnh sang Hoa Kỳ ước đạt 11,2 tỷ USD, tăng 14% so với năm 2023; sản phẩm gỗ và đồ nội thất chiếm tỷ trọng lớn nhất.",
        ),
        (
            "list_item",
            "2. Tháng 5/2024, Sở tổ chức đoàn 18 doanh nghiệp tham dự hội chợ đồ nội thất tại bang Bắc Ca-rô-li-na (Hoa Kỳ).",
        ),
        (
            "list_item",
            "3. Tiếp đoàn Hội đồng Kinh doanh Hoa Kỳ – ASEAN đến tìm hiểu môi trường đầu tư tại các khu công nghiệp của tỉnh.",
        ),
        (
            "list_item",
            "4. Bộ Thương mại Hoa Kỳ khởi xướng điều tra chống bán phá giá đối với một số sản phẩm tủ gỗ, ảnh hưởng tới 6 doanh nghiệp của tỉnh.",
        ),
        (
            "list_item",
            "5. Xuất khẩu sang Ca-na-đa đạt 740 triệu USD; kế hoạch mở văn phòng xúc tiến thương mại tại Tô-rôn-tô chưa triển khai được.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với Thương vụ Việt Nam tại Hoa Kỳ hỗ trợ doanh nghiệp ứng phó các vụ kiện phòng vệ thương mại.",
        ),
        (
            "list_item",
            "2. Tổ chức đoàn doanh nghiệp sang Ca-na-đa khảo sát thị trường trong quý II.",
        ),
        (
            "paragraph",
            "Sở Công Thương báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo.",
        ),
    ],
}

EHC_NEWS = {
    "id": "ehc",
    "shape": "news",
    "date": "2000-11-17",
    "stamp": "Thứ Sáu, 17/11/2000 - 18:05",
    "blocks": [
        ("title", "Chủ tịch nước Trần Đức Lương hội đàm với Tổng thống Bill Clinton"),
        (
            "lead",
            "Hà Nội (TTXVN) – Sáng 17/11, tại Phủ Chủ tịch, Chủ tịch nước Trần Đức Lương đã hội đàm với Tổng thống Hoa Kỳ Bill Clinton, người đang ở thăm chính thức Việt Nam từ ngày 16 đến 19/11.",
        ),
        (
            "paragraph",
            "Đây là chuyến thăm đầu tiên của một Tổng thống Hoa Kỳ tới Việt Nam kể từ khi chiến tranh kết thúc. Hai bên hoan nghênh việc ký Hiệp định Thương mại song phương hồi tháng 7 và nhất trí thúc đẩy để hiệp định sớm được phê chuẩn.",
        ),
        ("heading", "Nói chuyện với sinh viên", 1),
        (
            "paragraph",
            "Chiều cùng ngày, Tổng thống Clinton nói chuyện với sinh viên tại Đại học Quốc gia Hà Nội. Ông cũng đã hội kiến Thủ tướng Phan Văn Khải; hai bên trao đổi về hợp tác giáo dục, y tế và khắc phục hậu quả chiến tranh.",
        ),
        (
            "paragraph",
            "Theo chương trình, ngày 18/11, Tổng thống sẽ đến thăm một điểm khai quật tìm kiếm hài cốt quân nhân Mỹ mất tích ở ngoại thành Hà Nội, sau đó vào Thành phố Hồ Chí Minh.",
        ),
        (
            "paragraph",
            "Phía Hoa Kỳ cho biết đã trao cho Việt Nam một số tài liệu lưu trữ liên quan đến quân nhân Việt Nam mất tích trong chiến tranh.",
        ),
    ],
}

EHD_PLAN = {
    "id": "ehd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH ĐỒNG NAI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 96/KH-UBND':<40}Đồng Nai, ngày 10 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường Bắc Mỹ năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại thị trường Bắc Mỹ năm 2026"),
        (
            "paragraph",
            "Nhằm giữ vững và mở rộng thị phần của hàng hóa địa phương tại Hoa Kỳ và Ca-na-đa, Ủy ban nhân dân tỉnh ban hành Kế hoạch xúc tiến thương mại năm 2026 như sau:",
        ),
        ("heading", "I. MỤC TIÊU", 1),
        (
            "paragraph",
            "Phấn đấu kim ngạch xuất khẩu sang Bắc Mỹ tăng 8% so với năm 2025. Tỉnh không tổ chức đoàn xúc tiến tại Hoa Kỳ trong quý I do trùng với thời gian cao điểm sản xuất.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 6/2026, tổ chức đoàn doanh nghiệp tham dự Hội chợ Thực phẩm mùa hè tại Niu Oóc.",
        ),
        (
            "list_item",
            "2. Ký biên bản ghi nhớ hợp tác với Phòng Thương mại Việt Nam – Ca-na-đa tại Van-cu-vơ.",
        ),
        (
            "list_item",
            "3. Mời Tổng Lãnh sự Hoa Kỳ tại Thành phố Hồ Chí Minh dự Hội nghị xúc tiến đầu tư của tỉnh vào tháng 9/2026.",
        ),
        (
            "list_item",
            "4. Đề nghị Cơ quan Phát triển Quốc tế Hoa Kỳ tiếp tục hỗ trợ kỹ thuật về truy xuất nguồn gốc hàng nông sản.",
        ),
        (
            "paragraph",
            "Sở Công Thương chủ trì, phối hợp với các sở, ngành tổ chức thực hiện; định kỳ báo cáo Ủy ban nhân dân tỉnh.",
        ),
    ],
}

EHE_ENTRY = {
    "id": "ehe",
    "shape": "entry",
    "blocks": [
        ("title", "Việt Nam gia nhập Tổ chức Thương mại Thế giới"),
        (
            "paragraph",
            "Việt Nam nộp đơn xin gia nhập Tổ chức Thương mại Thế giới (WTO) vào tháng 1/1995 và trở thành thành viên thứ 150 của tổ chức này ngày 11/1/2007, sau gần 12 năm đàm phán.",
        ),
        ("heading", "Đàm phán với Hoa Kỳ", 1),
        (
            "paragraph",
            "Hoa Kỳ là đối tác cuối cùng kết thúc đàm phán song phương với Việt Nam; hai bên ký thỏa thuận về việc Việt Nam gia nhập WTO vào tháng 5/2006. Tháng 6/2005, Thủ tướng Phan Văn Khải thăm Hoa Kỳ, chuyến thăm đầu tiên của một Thủ tướng Việt Nam kể từ năm 1975.",
        ),
        ("heading", "Kết nạp và PNTR", 1),
        (
            "paragraph",
            "Ngày 7/11/2006, Đại hội đồng WTO tại Giơ-ne-vơ thông qua việc kết nạp Việt Nam. Tháng 11/2006, Tổng thống George W. Bush sang Hà Nội dự Hội nghị cấp cao APEC lần thứ 14. Tháng 12/2006, Quốc hội Hoa Kỳ thông qua quy chế Quan hệ thương mại bình thường vĩnh viễn (PNTR) cho Việt Nam.",
        ),
        ("heading", "Sau khi gia nhập", 1),
        (
            "paragraph",
            "Tháng 6/2007, Chủ tịch nước Nguyễn Minh Triết thăm Hoa Kỳ; hai bên ký Hiệp định khung về thương mại và đầu tư (TIFA). Từ đó, Hoa Kỳ dần trở thành thị trường xuất khẩu lớn nhất của Việt Nam.",
        ),
    ],
}

DOCS = [EHA_JOURNAL, EHB_WORD, EHC_NEWS, EHD_PLAN, EHE_ENTRY]


def render_word(doc: dict) -> str:
    """A provincial department's report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Chính trị" section."""
    return news_page(
        doc,
        section="Chính trị",
        time="18:05",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/hoa-ky", "Hoa Kỳ"), ("/tag/bill-clinton", "Bill Clinton")],
    )


def render_plan(doc: dict) -> str:
    """A provincial plan by heldout_kit.ministry_plan."""
    return ministry_plan(
        doc,
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Công Thương (để b/c);", "- Các sở, ngành;", "- Lưu: VT, KTN."],
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
        prefix="eh",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
