"""Build the three hundred ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout309/build_heldout309.py [--check]

Five short documents on Vietnam and China, the angle of normalisation and the legal border framework
(1989 – 2004): a journal article on the road from Chengdu (9/1990) to the normalisation of November 1991, a
(fictitious) border town's year-end report for 2000 on relations with Dongxing, a news page on the signing
of the land border treaty on 30/12/1999, a (fictitious) fisheries ministry plan of 2004 to carry out the Gulf
of Tonkin fisheries agreement, and an encyclopedia entry on the Gulf of Tonkin and its delimitation. Facts
are well-established; authors, journal, page numbers, document numbers, the report's and plan's items and
the local bodies' activities are invented. Gold is written by hand; ``--check`` verifies that every gold
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
    ministry_plan,
    news_page,
    paged_journal,
    report_word,
)

BZA_JOURNAL = {
    "id": "bza",
    "shape": "journal",
    "header": "Nghiên cứu Quốc tế – Số 4 (2021)",
    "first_page": 87,
    "break_after": 13,
    "blocks": [
        ("title", "BÌNH THƯỜNG HÓA QUAN HỆ VIỆT NAM – TRUNG QUỐC NĂM 1991: TỪ THÀNH ĐÔ ĐẾN BẮC KINH"),
        ("author", "Trịnh Minh Nguyệt"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích tiến trình đi tới bình thường hóa quan hệ Việt Nam – Trung Quốc tháng 11/1991 và những bước đi đầu tiên sau đó.",
            "vi",
        ),
        ("keywords", "bình thường hóa; Hội nghị Thành Đô; vấn đề Cam-pu-chia", "vi"),
        ("heading", "1. Gỡ nút thắt Cam-pu-chia", 1),
        (
            "paragraph",
            "Việt Nam rút hết quân tình nguyện khỏi Cam-pu-chia (tháng 9/1989), tạo điều kiện cải thiện quan hệ với Trung Quốc (Vũ Thanh Sơn, 2009, tr. 58). Ngày 3 và 4/9/1990, tại Thành Đô (Tứ Xuyên), Tổng Bí thư Nguyễn Văn Linh, Chủ tịch Hội đồng Bộ trưởng Đỗ Mười và Cố vấn Phạm Văn Đồng có cuộc gặp không chính thức với Tổng Bí thư Giang Trạch Dân và Thủ tướng Lý Bằng. Ngày 23/10/1991, Hiệp định Pa-ri về Cam-pu-chia được ký kết.",
        ),
        ("heading", "2. Chuyến thăm lịch sử", 1),
        (
            "paragraph",
            "Từ ngày 5 đến 10/11/1991, Tổng Bí thư Đỗ Mười và Chủ tịch Hội đồng Bộ trưởng Võ Văn Kiệt thăm chính thức Trung Quốc. Thông cáo chung ngày 10/11/1991 tuyên bố bình thường hóa quan hệ giữa hai nước, hai Đảng; hai bên cũng ký Hiệp định thương mại và Hiệp định tạm thời về giải quyết công việc trên vùng biên giới. Giới nghiên cứu coi đó là sự khép lại “một chương buồn” trong lịch sử quan hệ hai nước (Chu Văn Tường, 2011, tr. 134).",
        ),
        ("heading", "3. Những bước đi tiếp theo", 1),
        (
            "paragraph",
            "Cuối năm 1992, Thủ tướng Lý Bằng sang thăm Việt Nam. Ngày 19/10/1993, hai bên ký Thỏa thuận về những nguyên tắc cơ bản giải quyết vấn đề biên giới lãnh thổ, mở đường cho các cuộc đàm phán kéo dài hơn sáu năm (Mai Quốc Huy, 2016).",
        ),
    ],
}

BZB_WORD = {
    "id": "bzb",
    "shape": "word",
    "head": [
        "UBND TỈNH QUẢNG NINH",
        "UBND THỊ XÃ MÓNG CÁI",
        "Số: 94/BC-UB",
        "Móng Cái, ngày 20 tháng 12 năm 2000",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình quan hệ với thành phố Đông Hưng (Quảng Tây, Trung Quốc) năm 2000",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình quan hệ với thành phố Đông Hưng (Quảng Tây, Trung Quốc) năm 2000"),
        ("heading", "I. TÌNH HÌNH NĂM 2000", 1),
        (
            "list_item",
            "1. Tháng 3/2000, đoàn lãnh đạo thị xã sang thăm thành phố Đông Hưng; hai bên ký biên bản ghi nhớ về quản lý chợ biên giới và cầu Bắc Luân.",
        ),
        (
            "list_item",
            "2. Kim ngạch xuất nhập khẩu qua cửa khẩu Móng Cái năm 2000 tăng khoảng 15% so với năm 1999.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ đội Biên phòng trao trả 9 ngư dân Trung Quốc bị nạn trên biển cho phía bạn qua cửa khẩu Bắc Luân.",
        ),
        ("list_item", "4. Đón đoàn Hải quan Đông Hưng sang trao đổi về chống buôn lậu qua biên giới."),
        (
            "list_item",
            "5. Do Hiệp định phân định Vịnh Bắc Bộ chưa được ký kết, tranh chấp ngư trường giữa ngư dân hai bên vẫn xảy ra.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2001", 1),
        (
            "list_item",
            "1. Đề nghị phía Đông Hưng phối hợp tổ chức Hội chợ thương mại quốc tế Việt – Trung tại Móng Cái vào tháng 11/2001.",
        ),
        ("list_item", "2. Duy trì gặp gỡ định kỳ hằng quý với chính quyền thành phố Đông Hưng."),
        (
            "list_item",
            "3. Tuyên truyền cho ngư dân nội dung các hiệp định về Vịnh Bắc Bộ sau khi được hai nước ký kết.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo tình hình quan hệ với thành phố Đông Hưng năm 2000 của UBND thị xã.",
        ),
    ],
}

BZC_NEWS = {
    "id": "bzc",
    "shape": "news",
    "date": "1999-12-30",
    "stamp": "Thứ Năm, 30/12/1999 - 18:30",
    "blocks": [
        ("title", "Việt Nam và Trung Quốc ký Hiệp ước biên giới trên đất liền"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 30/12, tại Hà Nội, Bộ trưởng Ngoại giao Nguyễn Mạnh Cầm và Bộ trưởng Ngoại giao Trung Quốc Đường Gia Triền đã ký Hiệp ước biên giới trên đất liền giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Nhân dân Trung Hoa.",
        ),
        ("heading", "Kết quả của hơn sáu năm đàm phán", 1),
        (
            "paragraph",
            "Hiệp ước là kết quả của quá trình đàm phán cấp chính phủ bắt đầu từ năm 1993. Tháng 2/1999, Tổng Bí thư Lê Khả Phiêu thăm chính thức Trung Quốc; lãnh đạo hai nước thống nhất phương châm 16 chữ “láng giềng hữu nghị, hợp tác toàn diện, ổn định lâu dài, hướng tới tương lai” và đặt mục tiêu ký Hiệp ước trước năm 2000.",
        ),
        ("heading", "Hướng tới Vịnh Bắc Bộ", 1),
        (
            "paragraph",
            "Hiệp ước sẽ có hiệu lực sau khi được cơ quan lập pháp hai nước phê chuẩn. Hai bên khẳng định tiếp tục đàm phán để ký hiệp định phân định Vịnh Bắc Bộ trong năm 2000.",
        ),
    ],
}

BZD_PLAN = {
    "id": "bzd",
    "shape": "plan",
    "head": [
        f"{'BỘ THỦY SẢN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BTS':<40}Hà Nội, ngày 12 tháng 7 năm 2004",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai thực hiện Hiệp định hợp tác nghề cá ở Vịnh Bắc Bộ",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Triển khai thực hiện Hiệp định hợp tác nghề cá ở Vịnh Bắc Bộ"),
        (
            "paragraph",
            "Hiệp định hợp tác nghề cá ở Vịnh Bắc Bộ giữa Việt Nam và Trung Quốc, ký ngày 25/12/2000 tại Bắc Kinh, có hiệu lực từ ngày 30/6/2004, sau khi hai bên ký Nghị định thư bổ sung ngày 29/4/2004. Bộ Thủy sản ban hành Kế hoạch triển khai như sau:",
        ),
        ("heading", "I. NHIỆM VỤ TRỌNG TÂM", 1),
        (
            "list_item",
            "1. Thành lập phân ban Việt Nam của Ủy ban Liên hợp nghề cá Vịnh Bắc Bộ; chuẩn bị phiên họp thứ nhất của Ủy ban tại Hà Nội trong quý IV/2004.",
        ),
        (
            "list_item",
            "2. Phối hợp với phía Trung Quốc tổ chức kiểm tra liên hợp trong Vùng đánh cá chung.",
        ),
        (
            "list_item",
            "3. Đề nghị Bộ Ngoại giao giao thiệp với phía Trung Quốc khi tàu cá của ta bị bắt giữ trái với Hiệp định.",
        ),
        (
            "list_item",
            "4. Cử đoàn cán bộ sang Quảng Tây trao đổi kinh nghiệm quản lý tàu cá trong năm 2005.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với Cục Khai thác và Bảo vệ nguồn lợi thủy sản theo dõi, đôn đốc thực hiện Kế hoạch.",
        ),
    ],
}

BZE_ENTRY = {
    "id": "bze",
    "shape": "entry",
    "blocks": [
        ("title", "Vịnh Bắc Bộ"),
        (
            "paragraph",
            "Vịnh Bắc Bộ là vịnh lớn ở phía tây bắc Biển Đông, được bao bọc bởi bờ biển Việt Nam ở phía tây và bờ biển Trung Quốc (Quảng Tây, bán đảo Lôi Châu, đảo Hải Nam) ở phía bắc và phía đông, rộng khoảng 126.250 km². Gần giữa vịnh là đảo Bạch Long Vĩ thuộc thành phố Hải Phòng của Việt Nam.",
        ),
        ("heading", "Phân định", 1),
        (
            "paragraph",
            "Ngày 25/12/2000, tại Bắc Kinh, nhân chuyến thăm Trung Quốc của Chủ tịch nước Trần Đức Lương, hai nước ký Hiệp định phân định lãnh hải, vùng đặc quyền kinh tế và thềm lục địa trong Vịnh Bắc Bộ cùng Hiệp định hợp tác nghề cá. Đường phân định nối 21 điểm; Việt Nam được hưởng 53,23% diện tích vịnh, Trung Quốc 46,77%. Quốc hội Việt Nam phê chuẩn Hiệp định phân định vào tháng 6/2004; hai hiệp định cùng có hiệu lực ngày 30/6/2004.",
        ),
        ("heading", "Hợp tác sau phân định", 1),
        (
            "paragraph",
            "Từ năm 2006, hải quân hai nước tiến hành tuần tra chung trong Vịnh Bắc Bộ mỗi năm hai lần. Hai bên cũng đàm phán về phân định vùng biển ngoài cửa vịnh nhưng đến nay chưa đạt được thỏa thuận.",
        ),
    ],
}

DOCS = [BZA_JOURNAL, BZB_WORD, BZC_NEWS, BZD_PLAN, BZE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A PDF text layer by heldout_kit.paged_journal: no header on the first page, title at 60 columns, body at
    76, the page number centred under each page."""
    return paged_journal(doc, 60, 76, 76, indent=37)


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed for the town's People's Committee."""
    return report_word(doc, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Đối ngoại" section."""
    return news_page(
        doc,
        section="Đối ngoại",
        time="18:30",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/bien-gioi", "Biên giới"), ("/tag/trung-quoc", "Trung Quốc")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.ministry_plan: the usual deputy minister's signature."""
    return ministry_plan(
        doc,
        recipients=["- Bộ Ngoại giao (để phối hợp);", "- UBND các tỉnh ven biển;", "- Lưu: VT, HTQT."],
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
        prefix="bz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
