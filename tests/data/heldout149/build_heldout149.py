"""Build the hundred-and-forty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout149/build_heldout149.py [--check]

Five short documents on Vietnam in UN peacekeeping and its cooperation with South Asian troop contributors
(the first officers to South Sudan in 2014, the field hospitals in Bentiu, the engineers in Abyei; Military
Hospital 175's external relations in 2024; the Security Council's creation of UNISFA, 27/6/2011; a
(fictitious) Vietnam Military Medical University plan for peacekeeping-medicine cooperation with India and
Bangladesh in 2026; an encyclopedia entry on MINUSCA). Facts are well established; authors, journal, page
numbers, document numbers, the hospital's and the academy's local items and all quoted words are invented.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
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
    news_page,
    plan_text,
    word_text,
)

NZA_PEACEKEEPING = {
    "id": "nza",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU QUỐC PHÒNG VÀ AN NINH – Số 5 (2025)",
    "first_page": 104,
    "break_after": 10,
    "blocks": [
        ("title", "MƯỜI NĂM VIỆT NAM THAM GIA GÌN GIỮ HÒA BÌNH LIÊN HỢP QUỐC VÀ HỢP TÁC VỚI CÁC NƯỚC NAM Á"),
        ("author", "Đại tá, ThS Lê Văn Thành"),
        ("affiliation", "Học viện Quốc phòng"),
        (
            "abstract",
            "Bài viết tổng kết mười năm Việt Nam tham gia hoạt động gìn giữ hòa bình Liên hợp quốc và kinh nghiệm hợp tác với Ấn Độ, Băng-la-đét.",
            "vi",
        ),
        ("keywords", "gìn giữ hòa bình; Nam Xu-đăng; Abyei; Ấn Độ; Băng-la-đét", "vi"),
        ("heading", "1. Những bước đi đầu tiên", 1),
        (
            "paragraph",
            "Ngày 27/5/2014, hai sĩ quan đầu tiên của Quân đội nhân dân Việt Nam lên đường làm nhiệm vụ tại Phái bộ Liên hợp quốc ở Nam Xu-đăng (UNMISS). Tháng 10/2018, Bệnh viện dã chiến cấp 2 số 1 được triển khai tới Bentiu, đánh dấu lần đầu tiên ta cử một đơn vị hoàn chỉnh tham gia lực lượng gìn giữ hòa bình (Phạm Thị Thu Hương, 2019, tr. 15). Năm 2022, Đội Công binh số 1 tiếp tục được triển khai tới khu vực Abyei thuộc Lực lượng an ninh lâm thời Liên hợp quốc (UNISFA).",
        ),
        ("heading", "2. Học hỏi từ các nước Nam Á", 1),
        (
            "paragraph",
            "Ấn Độ, Băng-la-đét và Pa-ki-xtan từ lâu là những nước đóng góp quân đông đảo nhất cho các phái bộ Liên hợp quốc. Trong giai đoạn chuẩn bị, nhiều sĩ quan của ta được Trung tâm Gìn giữ hòa bình Liên hợp quốc của Ấn Độ ở Niu Đê-li đào tạo (Bùi Quang Hưng, 2021). Một sĩ quan Băng-la-đét từng nhận xét rằng bệnh viện Việt Nam “làm việc chuyên nghiệp ngay từ ngày đầu tiên” (Nguyễn Thu Hà, 2023, tr. 42).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Hiện ta chưa cử đơn vị bộ binh tham gia gìn giữ hòa bình. Trong thời gian tới, cần mở rộng hợp tác đào tạo với Ấn Độ và Băng-la-đét, đồng thời nghiên cứu khả năng cử lực lượng công binh tới các phái bộ khác.",
        ),
    ],
}

NZB_HOSPITAL = {
    "id": "nzb",
    "shape": "word",
    "head": [
        "QUÂN KHU 7 – CỤC HẬU CẦN",
        "BỆNH VIỆN QUÂN Y 175",
        "Số: 1268/BC-BV",
        "TP. Hồ Chí Minh, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại quân y năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại quân y năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Bệnh viện cử 12 bác sĩ, nhân viên tham gia Bệnh viện dã chiến cấp 2 luân phiên tại Phái bộ UNMISS; tất cả hoàn thành nhiệm vụ, được Liên hợp quốc trao Huy chương Vì hòa bình.",
        ),
        (
            "list_item",
            "2. Tháng 3, Bệnh viện đón đoàn Quân y Lục quân Ấn Độ sang trao đổi kinh nghiệm xử trí thương binh hàng loạt; hai bên nhất trí tổ chức diễn tập chung.",
        ),
        (
            "list_item",
            "3. Ô-xtrây-li-a tài trợ một khóa huấn luyện tiếng Anh chuyên ngành và kỹ năng phái bộ cho 30 cán bộ dự nguồn của Bệnh viện.",
        ),
        (
            "list_item",
            "4. Chương trình trao đổi bác sĩ với Bệnh viện Quân đội Trung ương Đác-ca (Băng-la-đét) chưa triển khai được do vướng thủ tục.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Chuẩn bị nhân lực cho lần luân phiên tiếp theo của Bệnh viện dã chiến cấp 2.",
        ),
        (
            "list_item",
            "2. Quý II, cử đoàn cán bộ sang Niu Đê-li tham dự khóa huấn luyện quân y gìn giữ hòa bình do phía Ấn Độ tổ chức.",
        ),
        (
            "list_item",
            "3. Phối hợp với Cục Gìn giữ hòa bình Việt Nam ký kết văn bản hợp tác với Bệnh viện Quân đội Trung ương Đác-ca.",
        ),
    ],
}

NZC_UNISFA = {
    "id": "nzc",
    "shape": "news",
    "date": "2011-06-28",
    "stamp": "Thứ Ba, 28/06/2011 - 07:50",
    "blocks": [
        ("title", "Hội đồng Bảo an lập lực lượng gìn giữ hòa bình tại Abyei"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Ngày 27/6, Hội đồng Bảo an Liên hợp quốc nhất trí thông qua Nghị quyết 1990, thành lập Lực lượng an ninh lâm thời Liên hợp quốc tại Abyei (UNISFA), khu vực tranh chấp giữa miền Bắc và miền Nam Xu-đăng.",
        ),
        ("heading", "4.200 binh sĩ Ê-ti-ô-pi-a", 1),
        (
            "paragraph",
            "Theo nghị quyết, lực lượng có quân số tối đa 4.200 binh sĩ, với nhiệm vụ giám sát việc rút quân khỏi Abyei và bảo vệ dân thường. Toàn bộ binh sĩ sẽ do Ê-ti-ô-pi-a cung cấp. Quyết định được đưa ra sau khi Chính phủ Xu-đăng và Phong trào Giải phóng Nhân dân Xu-đăng (SPLM) ký thỏa thuận về dàn xếp tạm thời cho Abyei tại Át-đi A-ba-ba ngày 20/6.",
        ),
        ("heading", "Trước ngày độc lập của Nam Xu-đăng", 1),
        (
            "paragraph",
            "Hồi tháng 5, quân đội miền Bắc đã tiến vào chiếm giữ thị trấn Abyei, khiến hàng chục nghìn người phải chạy khỏi khu vực. Nam Xu-đăng dự kiến tuyên bố độc lập ngày 9/7 tới, nhưng quy chế cuối cùng của Abyei vẫn chưa được hai bên thống nhất.",
        ),
    ],
}

NZD_PLAN = {
    "id": "nzd",
    "shape": "plan",
    "head": [
        f"{'BỘ QUỐC PHÒNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỌC VIỆN QUÂN Y':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 19/KH-HVQY':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về đào tạo quân y phục vụ",
        "gìn giữ hòa bình Liên hợp quốc năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác quốc tế về đào tạo quân y phục vụ gìn giữ hòa bình Liên hợp quốc năm 2026",
        ),
        (
            "paragraph",
            "Nhằm nâng cao chất lượng nguồn nhân lực cho các Bệnh viện dã chiến cấp 2 tại Phái bộ UNMISS và các phái bộ khác, Học viện Quân y xây dựng Kế hoạch hợp tác quốc tế năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, Học viện đã cử 8 giảng viên sang Ấn Độ dự khóa huấn luyện tại Trung tâm Gìn giữ hòa bình Liên hợp quốc; Liên hợp quốc đã công nhận khóa huấn luyện tiền triển khai của Học viện. Tuy nhiên, Học viện chưa có thỏa thuận hợp tác với cơ sở đào tạo nào của Băng-la-đét.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 4, đón đoàn giảng viên Trường Quân y Lục quân Ấn Độ sang giảng dạy chuyên đề cấp cứu chiến trường.",
        ),
        (
            "list_item",
            "2. Phối hợp với Cục Đối ngoại đàm phán và ký Bản ghi nhớ với Học viện Quân y Băng-la-đét, dự kiến trong quý III.",
        ),
        (
            "list_item",
            "3. Đề nghị Liên hợp quốc hỗ trợ tài liệu và giảng viên cho khóa huấn luyện tiền triển khai năm 2026.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn khảo sát sang Cộng hòa Trung Phi trong năm 2026 do tình hình an ninh chưa bảo đảm.",
        ),
        (
            "paragraph",
            "Phòng Khoa học quân sự là cơ quan thường trực, giúp Giám đốc Học viện theo dõi việc thực hiện.",
        ),
    ],
}

NZE_MINUSCA = {
    "id": "nze",
    "shape": "entry",
    "blocks": [
        ("title", "Phái bộ MINUSCA"),
        (
            "paragraph",
            "Phái bộ Ổn định đa chiều tổng hợp của Liên hợp quốc tại Cộng hòa Trung Phi (MINUSCA) được Hội đồng Bảo an thành lập theo Nghị quyết 2149 ngày 10/4/2014, trong bối cảnh xung đột giữa các nhóm vũ trang Séléka và anti-balaka đẩy nước này vào khủng hoảng nhân đạo nghiêm trọng.",
        ),
        ("heading", "Tiếp quản từ Liên minh châu Phi", 1),
        (
            "paragraph",
            "Ngày 15/9/2014, MINUSCA chính thức tiếp nhận quyền chỉ huy từ Phái bộ hỗ trợ quốc tế tại Cộng hòa Trung Phi do châu Phi dẫn dắt (MISCA) của Liên minh châu Phi. Trước đó, Pháp đã triển khai chiến dịch Sangaris từ tháng 12/2013 để hỗ trợ lực lượng châu Phi.",
        ),
        ("heading", "Nhiệm vụ và lực lượng", 1),
        (
            "paragraph",
            "Nhiệm vụ ưu tiên của phái bộ là bảo vệ dân thường, hỗ trợ tiến trình chính trị và tạo điều kiện cho hoạt động cứu trợ nhân đạo. Băng-la-đét, Pa-ki-xtan và Ru-an-đa là những nước đóng góp nhiều quân nhất cho phái bộ. Nhiệm vụ của MINUSCA được Hội đồng Bảo an gia hạn hằng năm.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam cử sĩ quan tham mưu làm nhiệm vụ tại MINUSCA, bên cạnh các sĩ quan tại UNMISS và UNISFA. Việt Nam chưa triển khai đơn vị nào tại Cộng hòa Trung Phi.",
        ),
    ],
}

DOCS = [NZA_PEACEKEEPING, NZB_HOSPITAL, NZC_UNISFA, NZD_PLAN, NZE_MINUSCA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "07:50",
        [("/the-gioi", "Thế giới"), ("/chau-phi", "Châu Phi")],
        [("/tag/lien-hop-quoc", "Liên hợp quốc"), ("/tag/xu-dang", "Xu-đăng")],
    )


def render_plan(doc: dict) -> str:
    """An academy plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Cục Đối ngoại/BQP;", "- Lưu: VT, HTQT."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
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
        prefix="nz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
