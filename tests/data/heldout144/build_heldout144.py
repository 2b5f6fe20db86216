"""Build the 144th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout144/build_heldout144.py [--check]

Five short documents on China – Japan – Republic of Korea trilateral cooperation and Vietnam's ties with
Northeast Asia: a journal article on trilateral cooperation from Manila (1999) to Seoul (2024), a
(fictitious) year-end report of Hanoi University's international office for 2024, a news page on the ninth
trilateral summit in Seoul (27/5/2024), a (fictitious) plan of the Vietnam National Authority of Tourism for
Northeast Asian markets in 2026 and an encyclopedia entry on the Trilateral Cooperation Secretariat.
Facts are well-established; authors, journal, page numbers, document numbers, the report's and the plan's
items and all quoted words are invented. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

NUA_TRILATERAL = {
    "id": "nua",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU ĐÔNG Á – Số 6 (2024)",
    "first_page": 71,
    "break_after": 9,
    "blocks": [
        ("title", "HỢP TÁC BA BÊN TRUNG QUỐC – NHẬT BẢN – HÀN QUỐC VÀ HÀM Ý ĐỐI VỚI VIỆT NAM"),
        ("author", "Đặng Thị Thu Hương"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích những thăng trầm của cơ chế hợp tác ba bên Trung Quốc – Nhật Bản – Hàn Quốc và tác động của nó tới khu vực.",
            "vi",
        ),
        ("keywords", "hợp tác ba bên; Đông Bắc Á; ASEAN+3; Việt Nam", "vi"),
        ("heading", "1. Từ bữa sáng ở Ma-ni-la", 1),
        (
            "paragraph",
            "Ngày 28/11/1999, bên lề Hội nghị cấp cao ASEAN+3 tại Ma-ni-la, lãnh đạo ba nước Trung Quốc, Nhật Bản và Hàn Quốc lần đầu gặp nhau trong một bữa sáng làm việc. Gần một thập kỷ sau, ngày 13/12/2008, Hội nghị cấp cao ba bên đầu tiên được tổ chức riêng tại Phu-cu-ô-ca (Nhật Bản) (Vương Quốc Thắng, 2012, tr. 64). Năm 2011, Ban Thư ký Hợp tác ba bên chính thức hoạt động tại Xê-un.",
        ),
        ("heading", "2. Những lần gián đoạn", 1),
        (
            "paragraph",
            "Căng thẳng về lịch sử và lãnh thổ khiến các cuộc gặp cấp cao bị gián đoạn sau năm 2012; phải đến ngày 1/11/2015, Hàn Quốc mới nối lại được hội nghị ba bên. Hội nghị lần thứ tám diễn ra tại Thành Đô (Trung Quốc) ngày 24/12/2019, rồi cơ chế này lại “đóng băng” hơn bốn năm do đại dịch và bất đồng chính trị (Lý Hải Yến, 2021). Ngày 27/5/2024, lãnh đạo ba nước gặp lại nhau tại Xê-un.",
        ),
        ("heading", "3. Hàm ý đối với Việt Nam", 1),
        (
            "paragraph",
            "Ba nước Đông Bắc Á đều là đối tác chiến lược toàn diện và nằm trong nhóm nhà đầu tư lớn nhất của nước ta. Như một nhà nghiên cứu nhận xét, hợp tác ba bên ổn định “có lợi cho cả tiến trình ASEAN+3” (Kiều Văn Nam, 2024, tr. 30). Việt Nam cần chủ động tham gia các dự án chung của ba nước tại Mê Công, song không nên để bị cuốn vào cạnh tranh giữa họ.",
        ),
    ],
}

NUB_HANU = {
    "id": "nub",
    "shape": "word",
    "head": [
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG ĐẠI HỌC HÀ NỘI",
        "PHÒNG HỢP TÁC QUỐC TẾ",
        "Số: 58/BC-HTQT",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Nhà trường ký mới 9 thỏa thuận hợp tác, trong đó có 4 thỏa thuận với các trường đại học Hàn Quốc và 3 thỏa thuận với các trường đại học Nhật Bản.",
        ),
        (
            "list_item",
            "2. Tháng 3/2024, Hiệu trưởng dẫn đoàn sang Xê-un và Bu-xan làm việc với Đại học Ngoại ngữ Hàn Quốc và Đại học Quốc gia Bu-xan về chương trình trao đổi sinh viên.",
        ),
        (
            "list_item",
            "3. Quỹ Giao lưu quốc tế Nhật Bản tài trợ 2 chuyên gia tiếng Nhật và học liệu cho Khoa Tiếng Nhật; Viện Khổng Tử tiếp tục tổ chức kỳ thi năng lực Hán ngữ cho hơn 1.500 thí sinh.",
        ),
        (
            "list_item",
            "4. Tháng trước, Trường đón đoàn Ban Thư ký Hợp tác ba bên (TCS) đến giới thiệu chương trình học giả trẻ Đông Bắc Á.",
        ),
        (
            "list_item",
            "5. Đề án liên kết đào tạo thạc sĩ với một trường đại học Trung Quốc chưa được Bộ phê duyệt.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, đăng cai hội thảo quốc tế về giảng dạy ngôn ngữ Đông Bắc Á với sự tham gia của các trường đối tác ba nước.",
        ),
        (
            "list_item",
            "2. Cử 60 sinh viên sang Nhật Bản và Hàn Quốc học tập ngắn hạn.",
        ),
    ],
}

NUC_SEOUL = {
    "id": "nuc",
    "shape": "news",
    "date": "2024-05-27",
    "stamp": "Thứ Hai, 27/05/2024 - 20:10",
    "blocks": [
        ("title", "Hội nghị cấp cao Trung – Nhật – Hàn nhóm họp trở lại sau hơn bốn năm"),
        (
            "paragraph",
            "Xê-un (TTXVN) – Ngày 27/5, Tổng thống Hàn Quốc Yoon Suk Yeol, Thủ tướng Nhật Bản Kishida Fumio và Thủ tướng Trung Quốc Lý Cường đã tiến hành Hội nghị cấp cao ba bên lần thứ chín tại thủ đô Xê-un, lần đầu tiên kể từ tháng 12/2019.",
        ),
        ("heading", "Tuyên bố chung", 1),
        (
            "paragraph",
            "Kết thúc hội nghị, ba nhà lãnh đạo thông qua Tuyên bố chung, nhất trí tổ chức hội nghị cấp cao ba bên thường kỳ và thúc đẩy hợp tác trong sáu lĩnh vực, trong đó có giao lưu nhân dân, y tế, thương mại và ứng phó với biến đổi khí hậu. Ba bên cũng cam kết tiếp tục thảo luận để đẩy nhanh đàm phán hiệp định thương mại tự do ba bên.",
        ),
        (
            "paragraph",
            "Trước đó một ngày, Tổng thống Yoon lần lượt hội đàm song phương với Thủ tướng Lý Cường và Thủ tướng Kishida.",
        ),
        ("heading", "Khác biệt về Bán đảo Triều Tiên", 1),
        (
            "paragraph",
            "Tuy nhiên, ba nước không đạt được đồng thuận về việc phi hạt nhân hóa Bán đảo Triều Tiên trong văn kiện chung. Cùng ngày, Cộng hòa Dân chủ Nhân dân Triều Tiên thông báo kế hoạch phóng vệ tinh, động thái bị Xê-un và Tô-ky-ô phản đối. Nhật Bản sẽ đăng cai hội nghị lần tới.",
        ),
    ],
}

NUD_PLAN = {
    "id": "nud",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC DU LỊCH QUỐC GIA VIỆT NAM':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 19/KH-CDL':<40}Hà Nội, ngày 08 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến du lịch tại các thị trường Đông Bắc Á",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến du lịch tại các thị trường Đông Bắc Á năm 2026"),
        (
            "paragraph",
            "Hàn Quốc, Trung Quốc và Nhật Bản tiếp tục là những thị trường gửi khách lớn của Việt Nam. Để thu hút khách quốc tế từ khu vực Đông Bắc Á, Cục Du lịch Quốc gia Việt Nam xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Cục đã tổ chức chương trình giới thiệu du lịch Việt Nam tại Xê-un, Bắc Kinh và Ô-xa-ca, đồng thời đón 12 đoàn doanh nghiệp lữ hành và báo chí của ba nước sang khảo sát. Tuy nhiên, văn phòng xúc tiến du lịch tại Tô-ky-ô chưa được thành lập.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3, phối hợp với Tổng cục Du lịch Hàn Quốc tổ chức Ngày hội văn hóa, du lịch Việt Nam – Hàn Quốc tại Đà Nẵng.",
        ),
        (
            "list_item",
            "2. Ký kế hoạch hợp tác du lịch giai đoạn 2026 – 2028 với Cơ quan Du lịch Nhật Bản, dự kiến vào tháng 6.",
        ),
        (
            "list_item",
            "3. Tham gia Hội chợ Du lịch quốc tế Trung Quốc (CITM) vào tháng 11.",
        ),
        (
            "list_item",
            "4. Đề nghị Hàn Quốc và Nhật Bản hỗ trợ đào tạo hướng dẫn viên tiếng Hàn, tiếng Nhật.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế là đầu mối triển khai, báo cáo Lãnh đạo Bộ kết quả thực hiện.",
        ),
    ],
}

NUE_TCS = {
    "id": "nue",
    "shape": "entry",
    "blocks": [
        ("title", "Ban Thư ký Hợp tác ba bên"),
        (
            "paragraph",
            "Ban Thư ký Hợp tác ba bên (Trilateral Cooperation Secretariat, TCS) là tổ chức liên chính phủ do Trung Quốc, Nhật Bản và Hàn Quốc lập ra nhằm thúc đẩy hòa bình và thịnh vượng chung giữa ba nước. Trụ sở của Ban Thư ký đặt tại Xê-un.",
        ),
        ("heading", "Thành lập", 1),
        (
            "paragraph",
            "Tại Hội nghị cấp cao ba bên lần thứ ba ở đảo Jeju (Hàn Quốc) tháng 5/2010, lãnh đạo ba nước nhất trí thành lập Ban Thư ký; hiệp định thành lập được ba chính phủ ký sau đó. Ban Thư ký chính thức khai trương vào tháng 9/2011. Chi phí hoạt động do ba chính phủ đóng góp ngang nhau.",
        ),
        ("heading", "Tổ chức", 1),
        (
            "paragraph",
            "Ban Thư ký do một Tổng thư ký đứng đầu, luân phiên giữa ba nước với nhiệm kỳ hai năm, cùng hai Phó Tổng thư ký đến từ hai nước còn lại. Cơ quan này hỗ trợ hơn 20 cơ chế họp cấp bộ trưởng và hàng chục dự án hợp tác.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Ngoài việc chuẩn bị cho các hội nghị cấp cao, Ban Thư ký tổ chức các chương trình giao lưu thanh niên, học giả và báo chí, đồng thời phối hợp với Ban Thư ký ASEAN trong khuôn khổ ASEAN+3. Triều Tiên, Mông Cổ và Nga không tham gia cơ chế này.",
        ),
    ],
}

DOCS = [NUA_TRILATERAL, NUB_HANU, NUC_SEOUL, NUD_PLAN, NUE_TCS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TRƯỞNG PHÒNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "20:10",
        [("/thoi-su", "Thế giới"), ("/the-gioi", "Thế giới")],
        [("/tag/dong-bac-a", "Đông Bắc Á"), ("/tag/han-quoc", "Hàn Quốc")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
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
        prefix="nu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
