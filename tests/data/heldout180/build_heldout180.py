"""Build the 180th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout180/build_heldout180.py [--check]

Five short documents on Vietnam – United States relations after normalisation: a journal article on the years
1995 – 2013 (from normalisation to the comprehensive partnership), the (invented) half-year report of the
Vietnamese Consulate General in San Francisco for 2025, President Bill Clinton's talks in Hà Nội (17/11/2000), a
(fictitious) Trade Promotion Agency plan for exports to the United States in 2026 and an encyclopedia entry on the
Vietnam – US Bilateral Trade Agreement (BTA). Facts are well-established; authors, journal, page numbers, document
numbers, quoted words and the report's and plan's items are invented. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

PYA_USA = {
    "id": "pya",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU MỸ VÀ THÁI BÌNH DƯƠNG – Số 4 (2024)",
    "first_page": 37,
    "break_after": 12,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – HOA KỲ 1995 – 2013: TỪ BÌNH THƯỜNG HÓA ĐẾN ĐỐI TÁC TOÀN DIỆN"),
        ("author", "Đặng Minh Khôi"),
        ("affiliation", "Viện Nghiên cứu châu Mỹ, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại những bước phát triển chính của quan hệ Việt Nam – Hoa Kỳ trong gần hai thập kỷ sau bình thường hóa, từ việc xây dựng khung pháp lý cho quan hệ kinh tế đến việc xác lập quan hệ Đối tác toàn diện năm 2013.",
            "vi",
        ),
        ("keywords", "Việt Nam; Hoa Kỳ; bình thường hóa; BTA; Đối tác toàn diện", "vi"),
        ("heading", "1. Những bước đi đầu tiên", 1),
        (
            "paragraph",
            "Ngày 11/7/1995, Tổng thống Bill Clinton tuyên bố bình thường hóa quan hệ với Việt Nam, khép lại hai thập kỷ đối đầu. Đầu tháng 8 cùng năm, Ngoại trưởng Warren Christopher sang thăm Hà Nội. Trong những năm đầu, hai bên chủ yếu hợp tác giải quyết hậu quả chiến tranh, trước hết là tìm kiếm quân nhân Mỹ mất tích, qua đó từng bước xây dựng lòng tin (Trịnh Quang Vinh, 2011, tr. 48).",
        ),
        ("heading", "2. Khung pháp lý cho quan hệ kinh tế", 1),
        (
            "paragraph",
            "Sau nhiều vòng đàm phán, Hiệp định Thương mại song phương (BTA) được ký tại Oa-sinh-tơn ngày 13/7/2000 và có hiệu lực từ ngày 10/12/2001. Bốn tháng sau lễ ký, Bill Clinton trở thành Tổng thống Hoa Kỳ đầu tiên sang thăm Việt Nam kể từ khi chiến tranh kết thúc. Theo một nhà nghiên cứu, BTA là “tấm vé để hàng hóa Việt Nam bước vào thị trường lớn nhất thế giới” (Lê Thị Bích Ngọc, 2009, tr. 113). Tuy nhiên, năm 2003 Bộ Thương mại Hoa Kỳ đã áp thuế chống bán phá giá đối với cá tra, cá ba sa phi-lê của Việt Nam, cho thấy mặt trái của sự phụ thuộc vào thị trường này.",
        ),
        ("heading", "3. Từ WTO đến Đối tác toàn diện", 1),
        (
            "paragraph",
            "Tháng 6/2005, Thủ tướng Phan Văn Khải thăm Hoa Kỳ, chuyến thăm đầu tiên của một Thủ tướng Việt Nam kể từ năm 1975. Cuối năm 2006, Quốc hội Mỹ thông qua quy chế quan hệ thương mại bình thường vĩnh viễn (PNTR) dành cho Việt Nam, ngay trước khi nước ta trở thành thành viên thứ 150 của WTO ngày 11/1/2007. Nhân chuyến thăm của Chủ tịch nước Nguyễn Minh Triết tháng 6/2007, hai bên ký Hiệp định khung về thương mại và đầu tư (TIFA). Ngày 25/7/2013, tại Nhà Trắng, Tổng thống Barack Obama và Chủ tịch nước Trương Tấn Sang tuyên bố xác lập quan hệ Đối tác toàn diện (Phạm Hồng Sơn, 2015). Dù vậy, đến nay hai nước vẫn chưa ký được hiệp định đầu tư song phương.",
        ),
    ],
}

PYB_SANFRANCISCO = {
    "id": "pyb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI SAN FRANCISCO",
        "Số: 86/BC-TLSQ",
        "San Francisco, ngày 24 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025"),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Quan hệ Đối tác chiến lược toàn diện Việt Nam – Hoa Kỳ, được xác lập tháng 9/2023, tiếp tục được triển khai trên nhiều lĩnh vực. Tuy nhiên, việc Hoa Kỳ công bố mức thuế đối ứng 46% đối với hàng hóa Việt Nam ngày 2/4/2025 đã tác động trực tiếp đến doanh nghiệp hai bên trên địa bàn; hiện hai nước đang đàm phán để đi đến một thỏa thuận thương mại đối ứng.",
        ),
        ("heading", "II. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 3, Tổng Lãnh sự đã làm việc với Văn phòng Thống đốc bang California về hợp tác thương mại, giáo dục và ứng phó với biến đổi khí hậu.",
        ),
        (
            "list_item",
            "2. Từ ngày 14 đến ngày 18/4, đoàn đại biểu tỉnh Bình Dương do Phó Chủ tịch UBND tỉnh dẫn đầu sang xúc tiến đầu tư tại Thung lũng Silicon; nhân dịp này, Trường Đại học Thủ Dầu Một và Đại học Bang San José ký Biên bản ghi nhớ về đào tạo kỹ sư bán dẫn.",
        ),
        (
            "list_item",
            "3. Tháng trước, theo giới thiệu của cơ quan, một đoàn doanh nghiệp bang Oregon đã sang khảo sát thị trường tại Thành phố Hồ Chí Minh và Đà Nẵng.",
        ),
        (
            "list_item",
            "4. Dự án hợp tác giữa thành phố Đà Nẵng và thành phố Seattle về quản lý cảng biển vẫn chưa được phía bạn bố trí kinh phí.",
        ),
        ("heading", "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức đoàn công tác của Bộ Công Thương sang làm việc với các nhà nhập khẩu đồ gỗ và thủy sản tại Los Angeles trong tháng 9.",
        ),
        (
            "list_item",
            "2. Tham mưu thúc đẩy việc thiết lập quan hệ hợp tác hữu nghị giữa tỉnh Khánh Hòa và bang Hawaii.",
        ),
        (
            "list_item",
            "3. Theo dõi sát tiến trình đàm phán thương mại giữa hai nước, kịp thời thông tin cho doanh nghiệp và cộng đồng.",
        ),
        (
            "list_item",
            "4. Chưa xem xét tổ chức đoàn xúc tiến du lịch sang bang Alaska trong năm 2025.",
        ),
    ],
}

PYC_CLINTON = {
    "id": "pyc",
    "shape": "news",
    "date": "2000-11-17",
    "stamp": "Thứ Sáu, 17/11/2000 - 18:40",
    "blocks": [
        ("title", "Chủ tịch nước Trần Đức Lương hội đàm với Tổng thống Hoa Kỳ Bill Clinton"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 17/11, tại Phủ Chủ tịch, Chủ tịch nước Trần Đức Lương đã hội đàm với Tổng thống Hoa Kỳ Bill Clinton, người đến Hà Nội tối qua, bắt đầu chuyến thăm chính thức Việt Nam từ ngày 16 đến 19/11.",
        ),
        ("heading", "Chuyến thăm lịch sử", 1),
        (
            "paragraph",
            "Đây là chuyến thăm đầu tiên của một Tổng thống Hoa Kỳ tới Việt Nam kể từ khi chiến tranh kết thúc năm 1975 và diễn ra hơn 5 năm sau khi hai nước bình thường hóa quan hệ. Cùng đi với Tổng thống có phu nhân Hillary Clinton, con gái Chelsea cùng nhiều quan chức và doanh nhân Mỹ.",
        ),
        ("heading", "Thúc đẩy quan hệ kinh tế", 1),
        (
            "paragraph",
            "Hai nhà lãnh đạo bày tỏ hài lòng về việc Hiệp định Thương mại song phương đã được ký tại Oa-sinh-tơn ngày 13/7 vừa qua, song văn kiện này hiện vẫn chưa được Quốc hội hai nước phê chuẩn. Chủ tịch nước đề nghị phía Mỹ tăng cường hỗ trợ khắc phục hậu quả chiến tranh, trong đó có vấn đề bom mìn còn sót lại. Tổng thống Clinton cảm ơn sự hợp tác tích cực của Việt Nam trong việc tìm kiếm quân nhân Mỹ mất tích.",
        ),
        (
            "paragraph",
            "Trong chương trình chuyến thăm, Tổng thống Clinton sẽ hội kiến Tổng Bí thư Lê Khả Phiêu, hội đàm với Thủ tướng Phan Văn Khải, nói chuyện với sinh viên Đại học Quốc gia Hà Nội và thăm Thành phố Hồ Chí Minh.",
        ),
    ],
}

PYD_PLAN = {
    "id": "pyd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<44}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC XÚC TIẾN THƯƠNG MẠI':<44}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 15/KH-XTTM':<44}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": ["KẾ HOẠCH", "Xúc tiến xuất khẩu sang thị trường Hoa Kỳ năm 2026"],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến xuất khẩu sang thị trường Hoa Kỳ năm 2026"),
        (
            "paragraph",
            "Nhằm hỗ trợ doanh nghiệp thích ứng với chính sách thuế quan mới của Hoa Kỳ và khai thác khuôn khổ quan hệ Đối tác chiến lược toàn diện giữa hai nước, Cục Xúc tiến thương mại xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Hoa Kỳ tiếp tục là thị trường xuất khẩu lớn nhất của Việt Nam. Từ ngày 7/8/2025, hàng hóa của ta nhập khẩu vào Hoa Kỳ chịu mức thuế đối ứng 20%, thấp hơn nhiều so với mức 46% được phía Mỹ công bố hồi tháng 4 năm ngoái. Năm ngoái, Cục đã tổ chức 5 đoàn doanh nghiệp sang Hoa Kỳ, nhưng chưa mở được văn phòng xúc tiến thương mại tại khu vực bờ Tây.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4, tổ chức đoàn doanh nghiệp đồ gỗ và nội thất tham dự Hội chợ High Point tại bang Bắc Carolina.",
        ),
        (
            "list_item",
            "2. Phối hợp với Hội đồng Kinh doanh Hoa Kỳ – ASEAN tổ chức Diễn đàn doanh nghiệp Việt Nam – Hoa Kỳ tại Thành phố Hồ Chí Minh trong tháng 5.",
        ),
        (
            "list_item",
            "3. Đàm phán, ký Bản ghi nhớ hợp tác xúc tiến thương mại với Viện Thủy sản Quốc gia Hoa Kỳ (NFI), dự kiến vào tháng 6.",
        ),
        (
            "list_item",
            "4. Mời đoàn các nhà rang xay cà phê Mỹ sang khảo sát vùng nguyên liệu tại Tây Nguyên trong tháng 10.",
        ),
        (
            "list_item",
            "5. Không tổ chức hội chợ hàng Việt Nam riêng tại Hoa Kỳ trong năm 2026.",
        ),
        (
            "paragraph",
            "Phòng Xúc tiến thương mại khu vực châu Mỹ là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

PYE_BTA = {
    "id": "pye",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Thương mại song phương Việt Nam – Hoa Kỳ"),
        (
            "paragraph",
            "Hiệp định giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Hợp chúng quốc Hoa Kỳ về quan hệ thương mại, thường gọi là Hiệp định Thương mại song phương (BTA), là văn kiện đặt nền tảng pháp lý cho quan hệ kinh tế giữa hai nước sau khi bình thường hóa quan hệ năm 1995.",
        ),
        ("heading", "Đàm phán và ký kết", 1),
        (
            "paragraph",
            "Hai bên bắt đầu đàm phán từ năm 1996 và đạt thỏa thuận về nguyên tắc vào tháng 7/1999. Hiệp định được Bộ trưởng Thương mại Vũ Khoan và Đại diện Thương mại Hoa Kỳ Charlene Barshefsky ký tại Oa-sinh-tơn ngày 13/7/2000.",
        ),
        ("heading", "Phê chuẩn và hiệu lực", 1),
        (
            "paragraph",
            "Năm 2001, Quốc hội Hoa Kỳ thông qua Hiệp định; ngày 28/11/2001, Quốc hội Việt Nam phê chuẩn. Hiệp định có hiệu lực từ ngày 10/12/2001, khi hai bên trao đổi thư phê chuẩn. Theo đó, Hoa Kỳ dành cho hàng hóa Việt Nam quy chế quan hệ thương mại bình thường (NTR), song quy chế này phải được xem xét gia hạn hằng năm cho đến khi Quốc hội Mỹ thông qua quy chế vĩnh viễn (PNTR) vào tháng 12/2006.",
        ),
        ("heading", "Nội dung và ý nghĩa", 1),
        (
            "paragraph",
            "Hiệp định bao gồm các lĩnh vực thương mại hàng hóa, thương mại dịch vụ, sở hữu trí tuệ và đầu tư. Nhiều cam kết được xây dựng theo chuẩn mực của WTO, giúp Việt Nam chuẩn bị cho việc gia nhập tổ chức này năm 2007. Chỉ vài năm sau khi Hiệp định có hiệu lực, Hoa Kỳ đã trở thành thị trường xuất khẩu lớn nhất của Việt Nam.",
        ),
    ],
}

DOCS = [PYA_USA, PYB_SANFRANCISCO, PYC_CLINTON, PYD_PLAN, PYE_BTA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush right
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page, every line
    followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """An archived news agency page of 2000 (heldout_kit.news_page)."""
    return news_page(
        doc,
        section="Thời sự",
        time="18:40",
        menu=[("/thoi-su", "Thời sự"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/hoa-ky", "Hoa Kỳ"), ("/tag/bill-clinton", "Bill Clinton")],
    )


def render_plan(doc: dict) -> str:
    """A department's plan: the two-column issuer/motto block (the issuer on two lines), centred two-line
    title, body at 76 columns, "Nơi nhận" and the signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ trưởng (để báo cáo);", "- Thương vụ Việt Nam tại Hoa Kỳ;", "- Lưu: VT, XTTM."],
        ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "(đã ký)"],
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
        prefix="py",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
