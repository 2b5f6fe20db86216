"""Build the 264th held-out set (Vietnam – Brazil and BRICS) and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout264/build_heldout264.py [--check]

Five short documents: a journal article on Vietnam – Brazil relations from 1989 to the strategic partnership
of 2025, a (fictitious) year-end report 2025 of the Vietnam Trade Office in Brazil, a news page on Prime
Minister Phạm Minh Chính at the expanded BRICS summit in Rio de Janeiro (6/7/2025), a (fictitious) Ministry of
Agriculture and Environment plan for cooperation with Brazil in 2026, and an encyclopedia entry on BRICS.
Facts are well-established; authors, journal, page numbers, quoted words, document numbers and the report's
and plan's items are invented. Gold is written by hand; ``--check`` verifies that every gold evidence,
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

GYA = {
    "id": "gya",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU MỸ LA-TINH – Số 3 (2025)",
    "first_page": 61,
    "break_after": 4,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – BRA-XIN: TỪ ĐỐI TÁC TOÀN DIỆN ĐẾN ĐỐI TÁC CHIẾN LƯỢC"),
        ("author", "Đặng Thị Minh Nguyệt"),
        ("affiliation", "Viện Nghiên cứu châu Mỹ, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại các mốc chính của quan hệ Việt Nam – Bra-xin từ năm 1989 và đánh giá ý nghĩa của việc nâng cấp quan hệ năm 2025.",
            "vi",
        ),
        ("keywords", "Bra-xin; Đối tác chiến lược; Lula da Silva; Mỹ La-tinh", "vi"),
        ("heading", "1. Chặng đường ba thập niên", 1),
        (
            "paragraph",
            "Việt Nam và Bra-xin thiết lập quan hệ ngoại giao ngày 8/5/1989, khi nước ta đang trong những năm đầu của công cuộc Đổi mới và còn bị bao vây, cấm vận. Năm 2007, hai nước xác lập khuôn khổ Đối tác toàn diện; một năm sau, Tổng thống Luiz Inácio Lula da Silva lần đầu thăm Việt Nam (Lương Văn Thịnh, 2015, tr. 34). Từ đó, Bra-xin trở thành đối tác thương mại lớn nhất của Việt Nam tại khu vực Mỹ La-tinh.",
        ),
        ("heading", "2. Bước ngoặt năm 2025", 1),
        (
            "paragraph",
            "Từ ngày 27 đến 29/3/2025, Tổng thống Lula da Silva thăm cấp Nhà nước Việt Nam. Trong hội đàm với Chủ tịch nước Lương Cường, hai bên quyết định nâng quan hệ lên Đối tác chiến lược. Phát biểu tại Hà Nội, người đứng đầu nhà nước Bra-xin cho rằng hai nước “có thể cùng nhau làm được nhiều hơn thế” (Nguyễn Hữu Phước, 2025, tr. 12). Ngày 13/6/2025, Bra-xin, với tư cách Chủ tịch luân phiên BRICS, công bố Việt Nam trở thành nước đối tác của nhóm.",
        ),
        ("heading", "3. Dư địa hợp tác", 1),
        (
            "paragraph",
            "Dù vậy, hai nước chưa có hiệp định thương mại tự do. Việt Nam cần ưu tiên thúc đẩy đàm phán một hiệp định với Khối Thị trường chung Nam Mỹ (Mercosur), trong đó Bra-xin giữ vai trò đầu tàu (Trịnh Bảo Ngọc, 2024).",
        ),
    ],
}

GYB = {
    "id": "gyb",
    "shape": "word",
    "head": [
        "BỘ CÔNG THƯƠNG",
        "THƯƠNG VỤ VIỆT NAM TẠI BRA-XIN",
        "Số: 214/BC-TVBR",
        "Xao Pao-lô, ngày 19 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác xúc tiến thương mại năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác xúc tiến thương mại năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5/2025, đưa 14 doanh nghiệp Việt Nam tham dự Hội chợ thực phẩm APAS Show tại Xao Pao-lô; giá trị đơn hàng ký kết ước đạt 6 triệu đô-la Mỹ.",
        ),
        (
            "list_item",
            "2. Phối hợp đưa đoàn doanh nghiệp bang Santa Catarina sang làm việc với tỉnh Vĩnh Long; hai bên ký biên bản ghi nhớ về cung ứng nguyên liệu thức ăn chăn nuôi.",
        ),
        (
            "list_item",
            "3. Kim ngạch thương mại song phương năm 2025 ước đạt hơn 8 tỷ đô-la Mỹ, trong đó Việt Nam nhập khẩu chủ yếu đậu tương, ngô và bông.",
        ),
        (
            "list_item",
            "4. Hồ sơ đề nghị mở cửa thị trường cho cá rô phi Việt Nam chưa được cơ quan thú y Bra-xin phê duyệt.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, tổ chức Ngày hàng Việt Nam tại Xao Pao-lô nhân kỷ niệm một năm quan hệ Đối tác chiến lược.",
        ),
        (
            "list_item",
            "2. Phối hợp tổ chức đoàn Bộ Công Thương sang Bra-xin và Ác-hen-ti-na trong quý II để thúc đẩy đàm phán hiệp định thương mại tự do Việt Nam – Mercosur.",
        ),
        (
            "list_item",
            "3. Theo dõi, cảnh báo sớm các vụ điều tra phòng vệ thương mại của Bra-xin đối với hàng xuất khẩu của Việt Nam.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả công tác năm 2025 của Thương vụ Việt Nam tại Bra-xin, kính gửi Bộ Công Thương.",
        ),
    ],
}

GYC = {
    "id": "gyc",
    "shape": "news",
    "date": "2025-07-06",
    "stamp": "Chủ Nhật, 06/07/2025 - 23:40",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính dự Hội nghị BRICS mở rộng tại Ri-ô đê Gia-nê-rô"),
        (
            "paragraph",
            "Ri-ô đê Gia-nê-rô (TTXVN) – Chiều 6/7 (giờ địa phương), Thủ tướng Phạm Minh Chính dự phiên họp mở rộng của Hội nghị thượng đỉnh BRICS lần thứ 17 do Bra-xin chủ trì, lần đầu tiên với tư cách lãnh đạo một nước đối tác của nhóm.",
        ),
        ("heading", "Lần đầu với tư cách nước đối tác", 1),
        (
            "paragraph",
            "Việt Nam trở thành nước đối tác thứ 10 của BRICS từ ngày 13/6/2025. Phát biểu tại phiên họp, Thủ tướng khẳng định Việt Nam sẵn sàng đóng góp tích cực vào nỗ lực chung nhằm cải cách thể chế quản trị toàn cầu và thúc đẩy thương mại công bằng.",
        ),
        (
            "paragraph",
            "Hội nghị năm nay vắng mặt Chủ tịch Trung Quốc Tập Cận Bình; Thủ tướng Lý Cường dẫn đầu đoàn Trung Quốc. Tổng thống Nga Vladimir Putin không đến Ri-ô đê Gia-nê-rô mà tham dự trực tuyến.",
        ),
        ("heading", "Thúc đẩy quan hệ Đối tác chiến lược", 1),
        (
            "paragraph",
            "Bên lề hội nghị, Thủ tướng Phạm Minh Chính hội kiến Tổng thống Lula da Silva. Hai nhà lãnh đạo nhất trí sớm cụ thể hóa các thỏa thuận đạt được trong chuyến thăm Việt Nam của Tổng thống Bra-xin hồi tháng 3, trong đó có việc mở cửa thị trường cho nông sản của nhau.",
        ),
        (
            "paragraph",
            "Theo chương trình, ngày 7/7, Thủ tướng sẽ dự phiên thảo luận về môi trường, COP30 và y tế toàn cầu. Bra-xin sẽ đăng cai COP30 tại thành phố Bê-lem vào tháng 11 tới.",
        ),
    ],
}

GYD = {
    "id": "gyd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 156/KH-BNNMT':<40}Hà Nội, ngày 08 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác nông nghiệp với Bra-xin",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác nông nghiệp với Bra-xin năm 2026"),
        (
            "paragraph",
            "Nhằm triển khai quan hệ Đối tác chiến lược Việt Nam – Bra-xin trong lĩnh vực nông nghiệp, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch hợp tác với Bra-xin năm 2026 như sau:",
        ),
        ("heading", "I. MỤC ĐÍCH", 1),
        (
            "paragraph",
            "Tranh thủ kinh nghiệm của Bra-xin về giống cây trồng nhiệt đới, chăn nuôi quy mô lớn và quản lý rừng; mở rộng thị trường cho nông sản Việt Nam.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Quý I/2026, đón đoàn Tổng công ty Nghiên cứu nông nghiệp Bra-xin (Embrapa) sang làm việc về giống đậu tương và ngô chịu hạn.",
        ),
        (
            "list_item",
            "2. Ký Bản ghi nhớ với Bộ Nông nghiệp và Chăn nuôi Bra-xin về hợp tác kiểm dịch động vật.",
        ),
        (
            "list_item",
            "3. Tháng 8/2026, cử 10 cán bộ sang Bra-xin học tập kinh nghiệm sản xuất nhiên liệu sinh học từ mía.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Bra-xin hỗ trợ chuyên gia về quản lý rừng nhiệt đới và phòng cháy, chữa cháy rừng.",
        ),
        (
            "list_item",
            "5. Chưa xem xét mở rộng danh mục thịt gia cầm nhập khẩu từ Bra-xin khi chưa có kết quả đánh giá rủi ro.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối, chủ trì theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch và báo cáo Bộ trưởng trước ngày 15/12/2026.",
        ),
    ],
}

GYE = {
    "id": "gye",
    "shape": "entry",
    "blocks": [
        ("title", "BRICS"),
        (
            "paragraph",
            "BRICS là nhóm các nền kinh tế mới nổi, tên gọi ghép từ chữ cái đầu tên tiếng Anh của các thành viên ban đầu: Bra-xin, Nga, Ấn Độ, Trung Quốc và Nam Phi. Hội nghị thượng đỉnh đầu tiên của nhóm, khi đó còn mang tên BRIC, diễn ra tại I-ê-ca-tê-rin-bua (Nga) ngày 16/6/2009. Nam Phi được mời gia nhập cuối năm 2010 và lần đầu dự thượng đỉnh tại Tam Á (Trung Quốc) tháng 4/2011.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Tại thượng đỉnh Giô-han-ne-xbua tháng 8/2023, nhóm mời sáu nước gia nhập. Từ ngày 1/1/2024, Ai Cập, Ê-ti-ô-pi-a, I-ran và Các Tiểu vương quốc Ả-rập Thống nhất trở thành thành viên; Ác-hen-ti-na dưới thời Tổng thống Javier Milei từ chối lời mời, còn Ả-rập Xê-út chưa chính thức xác nhận tư cách thành viên. In-đô-nê-xi-a trở thành thành viên đầy đủ tháng 1/2025.",
        ),
        ("heading", "Nước đối tác", 1),
        (
            "paragraph",
            "Hạng nước đối tác được lập tại thượng đỉnh Ca-dan (Nga) tháng 10/2024. Việt Nam trở thành nước đối tác ngày 13/6/2025.",
        ),
        ("heading", "Ngân hàng Phát triển Mới", 1),
        (
            "paragraph",
            "Năm 2014, tại Pho-ta-lê-da (Bra-xin), năm nước thành viên ký hiệp định thành lập Ngân hàng Phát triển Mới (NDB), đặt trụ sở tại Thượng Hải.",
        ),
    ],
}

DOCS = [GYA, GYB, GYC, GYD, GYE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "Trang N" flush right
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, page_label="Trang {}")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 74 columns, signed "TRƯỞNG THƯƠNG
    VỤ"."""
    return report_word(doc, ["TRƯỞNG THƯƠNG VỤ", "(Đã ký)"], width=74)


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page defaults) under the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="23:40",
        menu=[("/the-gioi", "Thế giới"), ("/chinh-tri", "Chính trị")],
        tags=[("/tag/brics", "BRICS"), ("/tag/bra-xin", "Bra-xin")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="gy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
