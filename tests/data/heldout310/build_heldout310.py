"""Build the three hundred tenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout310/build_heldout310.py [--check]

Five short documents on Vietnam and China, the angle of 2008 – 2018: a journal article on ten years of the
comprehensive strategic cooperative partnership set up in 2008, a (fictitious) border province's foreign
affairs report for 2010 on carrying out the three land border documents, a news page on the signing of those
documents in Beijing on 18/11/2009, a (fictitious) transcript of the foreign ministry's press conference of
15/5/2014 on the HD-981 oil rig, and an encyclopedia entry on the HD-981 crisis. Facts are well-established;
authors, journal, page numbers, document numbers, the report's items, the press conference's wording and the
local bodies' activities are invented. Gold is written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
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
    press_text,
    report_word,
)

KYA_JOURNAL = {
    "id": "kya",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU Á – THÁI BÌNH DƯƠNG NGÀY NAY – Số 5 (2018)",
    "first_page": 62,
    "break_after": 6,
    "blocks": [
        ("title", "MƯỜI NĂM QUAN HỆ ĐỐI TÁC HỢP TÁC CHIẾN LƯỢC TOÀN DIỆN VIỆT NAM – TRUNG QUỐC"),
        ("author", "Hà Thị Minh Phương"),
        ("affiliation", "Trường Đại học Khoa học xã hội và Nhân văn, ĐHQG Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại quá trình xác lập và phát triển quan hệ Đối tác hợp tác chiến lược toàn diện Việt Nam – Trung Quốc giai đoạn 2008 – 2018.",
            "vi",
        ),
        ("keywords", "Việt Nam – Trung Quốc; đối tác hợp tác chiến lược toàn diện; vấn đề trên biển", "vi"),
        ("heading", "1. Xác lập khuôn khổ mới", 1),
        (
            "paragraph",
            "Nhân chuyến thăm Trung Quốc của Tổng Bí thư Nông Đức Mạnh từ ngày 30/5 đến 2/6/2008, hai bên nhất trí nâng quan hệ lên Đối tác hợp tác chiến lược toàn diện (Lê Văn Mạnh, 2010, tr. 19). Trung Quốc là đối tác đầu tiên được Việt Nam xác lập khuôn khổ quan hệ này.",
        ),
        ("heading", "2. Các chuyến thăm cấp cao", 1),
        (
            "paragraph",
            "Tháng 10/2011, Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Trung Quốc; hai bên ký Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên biển. Tháng 11/2015, Tổng Bí thư, Chủ tịch nước Tập Cận Bình thăm cấp nhà nước Việt Nam và phát biểu tại Quốc hội Việt Nam. Tháng 1/2017, Tổng Bí thư Nguyễn Phú Trọng lại sang thăm Trung Quốc. Theo một học giả, các chuyến thăm ấy cho thấy hai bên “coi kênh Đảng là trụ cột” (Triệu Quang Vinh, 2017, tr. 88).",
        ),
        ("heading", "3. Thách thức", 1),
        (
            "paragraph",
            "Quan hệ không phải không có trắc trở: sự kiện giàn khoan năm 2014 khiến quan hệ căng thẳng nghiêm trọng. Đến nay, hai bên vẫn chưa giải quyết được bất đồng về chủ quyền đối với quần đảo Hoàng Sa và Trường Sa (Đinh Thu Hà, 2018).",
        ),
    ],
}

KYB_WORD = {
    "id": "kyb",
    "shape": "word",
    "head": [
        "UBND TỈNH LÀO CAI",
        "SỞ NGOẠI VỤ",
        "Số: 213/BC-SNgV",
        "Lào Cai, ngày 24 tháng 12 năm 2010",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả triển khai ba văn kiện pháp lý về biên giới trên đất liền Việt Nam – Trung Quốc năm 2010",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả triển khai ba văn kiện pháp lý về biên giới trên đất liền Việt Nam – Trung Quốc năm 2010",
        ),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Ngày 14/7/2010, ba văn kiện pháp lý về biên giới trên đất liền chính thức có hiệu lực; Sở đã phối hợp với Bộ đội Biên phòng tỉnh tuyên truyền tới nhân dân các xã biên giới.",
        ),
        (
            "list_item",
            "2. Tháng 9/2010, đoàn công tác của tỉnh sang châu Hồng Hà (Vân Nam) hội đàm, ký biên bản về thực hiện Hiệp định về cửa khẩu và quy chế quản lý cửa khẩu.",
        ),
        (
            "list_item",
            "3. Tiếp đoàn Văn phòng Ngoại vụ châu Hồng Hà sang kiểm tra chung các cột mốc trên đoạn biên giới tiếp giáp.",
        ),
        (
            "list_item",
            "4. Việc thông quan hàng hóa qua cầu đường bộ Kim Thành chưa thực hiện được do phía bạn chưa hoàn tất các thủ tục cần thiết.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2011", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức Hội nghị Nhóm công tác liên hợp Lào Cai – Vân Nam tại thành phố Lào Cai trong quý II/2011.",
        ),
        (
            "list_item",
            "2. Đề nghị Bộ Ngoại giao trao đổi với phía Trung Quốc về việc nâng cấp cặp cửa khẩu Mường Khương – Kiều Đầu.",
        ),
        ("paragraph", "Trên đây là báo cáo kết quả năm 2010 của Sở Ngoại vụ tỉnh Lào Cai."),
    ],
}

KYC_NEWS = {
    "id": "kyc",
    "shape": "news",
    "date": "2009-11-18",
    "stamp": "Thứ Tư, 18/11/2009 - 16:20",
    "blocks": [
        ("title", "Việt Nam – Trung Quốc ký ba văn kiện về biên giới trên đất liền"),
        (
            "paragraph",
            "Bắc Kinh (TTXVN) – Ngày 18/11, tại Bắc Kinh, đại diện Chính phủ hai nước đã ký Nghị định thư phân giới cắm mốc biên giới trên đất liền, Hiệp định về quy chế quản lý biên giới và Hiệp định về cửa khẩu và quy chế quản lý cửa khẩu biên giới trên đất liền Việt Nam – Trung Quốc.",
        ),
        ("heading", "Hoàn thành một nhiệm vụ lịch sử", 1),
        (
            "paragraph",
            "Công tác phân giới cắm mốc được hai bên tiến hành từ cuối năm 2001. Ngày 31/12/2008, hai bên tuyên bố hoàn thành phân giới cắm mốc trên toàn tuyến biên giới dài gần 1.450 km, với 1.971 cột mốc được cắm.",
        ),
        ("heading", "Hướng tới biên giới hòa bình, hữu nghị", 1),
        (
            "paragraph",
            "Ba văn kiện sẽ có hiệu lực sau khi mỗi bên hoàn tất thủ tục pháp lý trong nước. Theo Hiệp định về cửa khẩu, hai bên sẽ xem xét mở thêm và nâng cấp một số cặp cửa khẩu, tạo thuận lợi cho giao thương và đi lại của cư dân biên giới.",
        ),
    ],
}

KYD_PRESS = {
    "id": "kyd",
    "shape": "press",
    "site": "BỘ NGOẠI GIAO – Cổng thông tin điện tử",
    "crumb": "Trang chủ > Người phát ngôn > Họp báo thường kỳ",
    "stamp": "15/05/2014",
    "blocks": [
        ("title", "Họp báo thường kỳ của Người phát ngôn Bộ Ngoại giao ngày 15/5/2014"),
        (
            "paragraph",
            "Chiều 15/5/2014, tại Hà Nội, Người phát ngôn Bộ Ngoại giao chủ trì họp báo thường kỳ, trả lời câu hỏi của phóng viên về tình hình Biển Đông.",
        ),
        (
            "paragraph",
            "Câu hỏi: Xin cho biết các biện pháp Việt Nam đã tiến hành kể từ khi Trung Quốc hạ đặt giàn khoan Hải Dương 981?",
        ),
        (
            "paragraph",
            "Trả lời: Từ ngày 2/5/2014, Trung Quốc đưa giàn khoan Hải Dương 981 vào hoạt động trái phép trong vùng đặc quyền kinh tế và thềm lục địa của Việt Nam. Ta đã nhiều lần giao thiệp, trao công hàm phản đối và yêu cầu Trung Quốc rút giàn khoan cùng các tàu hộ tống. Ngày 6/5/2014, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã điện đàm với Ủy viên Quốc vụ Dương Khiết Trì, nhưng phía Trung Quốc chưa đáp ứng.",
        ),
        ("paragraph", "Câu hỏi: ASEAN đã phản ứng như thế nào?"),
        (
            "paragraph",
            "Trả lời: Ngày 10/5/2014, Bộ trưởng Ngoại giao các nước ASEAN ra tuyên bố riêng về tình hình Biển Đông, bày tỏ quan ngại nghiêm trọng. Việt Nam đánh giá cao sự ủng hộ của cộng đồng quốc tế.",
        ),
        (
            "paragraph",
            "Câu hỏi: Việt Nam có khởi kiện Trung Quốc ra cơ quan tài phán quốc tế không?",
        ),
        (
            "paragraph",
            "Trả lời: Việt Nam đang cân nhắc mọi biện pháp hòa bình phù hợp luật pháp quốc tế, song hiện chưa quyết định việc khởi kiện.",
        ),
    ],
}

KYE_ENTRY = {
    "id": "kye",
    "shape": "entry",
    "blocks": [
        ("title", "Sự kiện giàn khoan Hải Dương 981"),
        (
            "paragraph",
            "Sự kiện giàn khoan Hải Dương 981 là cuộc khủng hoảng trong quan hệ Việt Nam – Trung Quốc từ ngày 2/5 đến 15/7/2014, khi Trung Quốc hạ đặt giàn khoan Hải Dương 981 gần quần đảo Hoàng Sa, cách đảo Lý Sơn khoảng 120 hải lý, trong vùng đặc quyền kinh tế của Việt Nam.",
        ),
        ("heading", "Diễn biến", 1),
        (
            "paragraph",
            "Trung Quốc huy động hàng chục tàu, kể cả tàu quân sự, bảo vệ giàn khoan; tàu hải cảnh Trung Quốc dùng vòi rồng tấn công và đâm va các tàu chấp pháp Việt Nam. Ngày 26/5/2014, một tàu cá Đà Nẵng bị tàu Trung Quốc đâm chìm gần khu vực giàn khoan. Giữa tháng 5/2014, tại một số khu công nghiệp ở Bình Dương và Hà Tĩnh xảy ra các vụ gây rối, đập phá nhà máy; Trung Quốc sơ tán hàng nghìn công dân khỏi Việt Nam.",
        ),
        ("heading", "Kết thúc", 1),
        (
            "paragraph",
            "Ngày 18/6/2014, Ủy viên Quốc vụ Dương Khiết Trì sang Hà Nội dự cuộc gặp của Ban Chỉ đạo hợp tác song phương Việt Nam – Trung Quốc, hội đàm với Phó Thủ tướng Phạm Bình Minh. Ngày 15/7/2014, Trung Quốc tuyên bố rút giàn khoan, sớm hơn một tháng so với kế hoạch công bố ban đầu. Hoa Kỳ, Nhật Bản và nhiều nước bày tỏ quan ngại về hành động của Trung Quốc.",
        ),
    ],
}

DOCS = [KYA_JOURNAL, KYB_WORD, KYC_NEWS, KYD_PRESS, KYE_ENTRY]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="16:20",
        menu=[("/the-gioi", "Thế giới"), ("/chinh-tri", "Chính trị")],
        tags=[("/tag/bien-gioi-viet-trung", "Biên giới Việt – Trung")],
    )


def render_press(doc: dict) -> str:
    """A press-conference transcript by heldout_kit.press_text: site line, breadcrumb, title and date line,
    one paragraph a line, "(Hết)"."""
    return press_text(doc, crumb=True, stamp=True)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": lambda d: headed_journal(d, page_label="- {} -", align="^"),
            "word": render_word,
            "news": render_news,
            "press": render_press,
            "entry": entry_text,
        },
        prefix="ky",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
