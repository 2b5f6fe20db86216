"""Build the forty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout49/build_heldout49.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout46, on topics those sets do not use (Hungary's road from the
Warsaw Pact to NATO and the EU, with its ties to Vietnam; Bình Định's external affairs in 2024; Hungary
taking over the EU Council presidency on 1/7/2024; a Ministry of Education and Training plan for
Hungarian government scholarships in 2025; an encyclopedia entry on the Visegrád Group). Nothing in
src/ was changed for them. Facts are well-established; authors, journal, page numbers, document
numbers, the provincial report's local items and all quoted words are invented, the ministry plan
(number, date, tasks, the 2024 memorandum, the quota) is fictitious. Events, citations and questions
gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in
the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    official_text,
    paged_body,
    word_text,
)

ZKA_HUNGARY = {
    "id": "zka",
    "shape": "journal",
    "header": "NGHIÊN CỨU TRUNG ÂU  ·  Số 2 (2025)",
    "first_page": 61,
    "break_after": 3,
    "blocks": [
        ("title", "HUNG-GA-RI TRÊN CON ĐƯỜNG HỘI NHẬP CHÂU ÂU – ĐẠI TÂY DƯƠNG VÀ Ý NGHĨA ĐỐI VỚI VIỆT NAM"),
        ("author", "Lương Thị Thu Trang"),
        ("affiliation", "Viện Nghiên cứu Châu Âu"),
        (
            "abstract",
            "Bài viết phân tích quá trình Hung-ga-ri rời khối Vác-sa-va để gia nhập NATO và EU.",
            "vi",
        ),
        ("keywords", "Hung-ga-ri; NATO; Liên minh châu Âu; Vi-se-grát", "vi"),
        ("heading", "1. Rời khỏi trật tự hai cực", 1),
        (
            "paragraph",
            "Là một trong tám nước ký Hiệp ước Vác-sa-va ngày 14/5/1955, Hung-ga-ri từng tuyên bố rút khỏi khối này ngày 1/11/1956, nhưng chỉ ba ngày sau, quân đội Liên Xô đã tiến vào Bu-đa-pét (Đinh Công Hậu, 2009, tr. 112). Phải đến tháng 6/1991, những đơn vị quân đội Liên Xô cuối cùng mới rút hết khỏi nước này.",
        ),
        (
            "paragraph",
            "Ngày 15/2/1991, tại thị trấn Vi-se-grát, Hung-ga-ri cùng Ba Lan và Tiệp Khắc lập nên nhóm hợp tác mang tên địa danh ấy. Năm 1996, Bu-đa-pét được kết nạp vào Tổ chức Hợp tác và Phát triển Kinh tế (OECD).",
        ),
        ("heading", "2. Từ NATO đến Liên minh châu Âu", 1),
        (
            "paragraph",
            "Ngày 12/3/1999, Hung-ga-ri, Ba Lan và Cộng hòa Séc chính thức trở thành thành viên NATO. Với Hiệp ước gia nhập được ký tại A-ten ngày 16/4/2003, nước này gia nhập EU từ ngày 1/5/2004 – theo một nhà nghiên cứu, “bước ngoặt lớn nhất trong chính sách đối ngoại của Bu-đa-pét sau năm 1989” (Vũ Minh Khôi, 2014, tr. 27). Nửa đầu năm 2011, Hung-ga-ri lần đầu giữ chức Chủ tịch luân phiên Hội đồng EU, song đến nay vẫn chưa gia nhập khu vực đồng ơ-rô.",
        ),
        (
            "paragraph",
            "Với Việt Nam, nước đã thiết lập quan hệ ngoại giao với Hung-ga-ri ngày 3/2/1950, tư cách thành viên EU của phía bạn mở ra một cửa ngõ vào thị trường chung (Phan Thị Ngọc Ánh, 2017). Hai nước nâng quan hệ lên Đối tác toàn diện năm 2018.",
        ),
    ],
}

ZKB_BINHDINH = {
    "id": "zkb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
        "SỞ NGOẠI VỤ",
        "Số: 214/BC-SNgV",
        "Bình Định, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ hợp tác với tỉnh Chăm-pa-sắc (Lào) được duy trì thường xuyên; trong tháng 4, đoàn cán bộ của tỉnh bạn đã sang Quy Nhơn trao đổi kinh nghiệm phát triển du lịch biển.",
        ),
        (
            "list_item",
            "2. Dự án cấp nước sạch cho ba xã vùng cao huyện An Lão, do Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) viện trợ không hoàn lại khoảng 2 triệu USD, đã hoàn thành và được bàn giao vào tháng 9.",
        ),
        (
            "list_item",
            "3. Tháng trước, lãnh đạo tỉnh tiếp Đại sứ Hung-ga-ri tại Việt Nam; hai bên trao đổi về khả năng hợp tác đào tạo nhân lực y tế và nông nghiệp công nghệ cao.",
        ),
        (
            "list_item",
            "4. Việc ký thỏa thuận hợp tác với tỉnh Xiêm Riệp (Cam-pu-chia) chưa thực hiện được do phía bạn đề nghị lùi thời gian.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5 năm sau, đón đoàn đại biểu tỉnh Chăm-pa-sắc sang thăm và làm việc; hai bên sẽ ký Kế hoạch hợp tác giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Hung-ga-ri tổ chức đoàn doanh nghiệp của tỉnh sang Bu-đa-pét xúc tiến thương mại trong năm sau.",
        ),
        (
            "list_item",
            "3. Đề nghị KOICA xem xét tài trợ giai đoạn 2 của dự án cấp nước cho huyện An Lão.",
        ),
    ],
}

ZKC_PRESIDENCY = {
    "id": "zkc",
    "shape": "news",
    "date": "2024-07-01",
    "stamp": "Thứ Hai, 01/07/2024 | 16:05",
    "blocks": [
        ("title", "Hung-ga-ri tiếp quản chức Chủ tịch luân phiên Hội đồng EU"),
        (
            "paragraph",
            "Bu-đa-pét (TTXVN) – Từ hôm nay (1/7), Hung-ga-ri chính thức đảm nhận cương vị Chủ tịch luân phiên Hội đồng Liên minh châu Âu (EU), tiếp nhận từ Bỉ, với nhiệm kỳ kéo dài đến hết năm 2024.",
        ),
        ("heading", "Khẩu hiệu gây tranh luận", 1),
        (
            "paragraph",
            "Chọn khẩu hiệu “Làm cho châu Âu vĩ đại trở lại”, chính phủ Hung-ga-ri cho biết sẽ ưu tiên nâng cao năng lực cạnh tranh, siết chặt kiểm soát di cư và thúc đẩy tiến trình mở rộng EU sang khu vực Tây Ban-căng.",
        ),
        (
            "paragraph",
            "Đây là lần thứ hai nước này giữ cương vị trên, sau nửa đầu năm 2011. Được kết nạp vào EU ngày 1/5/2004 cùng chín nước khác, Hung-ga-ri còn là thành viên NATO từ năm 1999.",
        ),
        ("heading", "Cơ hội cho quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Theo Đại sứ Việt Nam tại Hung-ga-ri, phía bạn đã khẳng định ủng hộ việc các nước thành viên EU sớm hoàn tất phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA), văn kiện đến nay vẫn chưa có hiệu lực.",
        ),
        (
            "paragraph",
            "Ngày 1/1/2025, Hung-ga-ri sẽ chuyển giao chức Chủ tịch luân phiên cho Ba Lan.",
        ),
    ],
}

ZKD_PLAN = {
    "id": "zkd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'-------':<38}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 318/KH-BGDĐT':<38}Hà Nội, ngày 12 tháng 3 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tuyển chọn người đi học tại Hung-ga-ri",
        "theo học bổng Chính phủ Hung-ga-ri năm 2025",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tuyển chọn người đi học tại Hung-ga-ri theo học bổng Chính phủ Hung-ga-ri năm 2025",
        ),
        (
            "paragraph",
            "Căn cứ Biên bản ghi nhớ về hợp tác giáo dục mà Bộ Giáo dục và Đào tạo và Bộ Ngoại giao và Kinh tế đối ngoại Hung-ga-ri ký năm ngoái, Bộ ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. MỤC ĐÍCH", 1),
        (
            "paragraph",
            "Từ những năm 1950, hàng nghìn cán bộ, sinh viên Việt Nam đã được phía bạn đào tạo; hằng năm, Chính phủ Hung-ga-ri vẫn dành cho ta các suất học bổng toàn phần theo Chương trình Stipendium Hungaricum.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Trong tháng 4, phối hợp với Đại sứ quán Hung-ga-ri tại Hà Nội tổ chức phỏng vấn các ứng viên.",
        ),
        (
            "list_item",
            "2. Đề nghị phía Hung-ga-ri nâng số suất học bổng dành cho Việt Nam lên 250 suất từ năm học 2025 – 2026.",
        ),
        (
            "list_item",
            "3. Tháng 9 năm nay, cử đoàn công tác sang Bu-đa-pét làm việc với cơ quan quản lý chương trình học bổng của Hung-ga-ri.",
        ),
        (
            "list_item",
            "4. Chưa triển khai chương trình tương tự với Ba Lan, Séc và Xlô-va-ki-a trong năm 2025.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này./.",
        ),
    ],
}

ZKE_VISEGRAD = {
    "id": "zke",
    "shape": "entry",
    "blocks": [
        ("title", "Nhóm Vi-se-grát"),
        (
            "paragraph",
            "Nhóm Vi-se-grát (Nhóm V4) là diễn đàn hợp tác khu vực của bốn nước Trung Âu: Ba Lan, Hung-ga-ri, Séc và Xlô-va-ki-a.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Nhóm được Tổng thống Tiệp Khắc Václav Havel, Tổng thống Ba Lan Lech Wałęsa và Thủ tướng Hung-ga-ri József Antall lập ra ngày 15/2/1991 tại Vi-se-grát, nơi năm 1335 vua ba nước Bô-hê-mi-a, Ba Lan và Hung-ga-ri từng hội kiến. Ngày 21/12/1992, tại Cra-cốp, ba nước ký Hiệp định Thương mại tự do Trung Âu (CEFTA). Khi Tiệp Khắc giải thể ngày 1/1/1993, Séc và Xlô-va-ki-a cùng kế thừa tư cách thành viên.",
        ),
        (
            "paragraph",
            "Sau khi Ba Lan, Hung-ga-ri và Séc được kết nạp vào NATO năm 1999, Xlô-va-ki-a cũng gia nhập liên minh này ngày 29/3/2004. Ngày 1/5/2004, cả bốn nước cùng trở thành thành viên EU.",
        ),
        ("heading", "Tổ chức", 1),
        (
            "paragraph",
            "Nhóm không có ban thư ký thường trực; chức chủ tịch luân phiên được chuyển giao hằng năm vào ngày 1/7. Quỹ Vi-se-grát Quốc tế, thiết chế duy nhất của nhóm, được lập năm 2000, trụ sở tại Bra-ti-xla-va.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam thiết lập quan hệ ngoại giao với Tiệp Khắc ngày 2/2/1950 và với Ba Lan ngày 4/2/1950. Tuy vậy, V4 chưa có cơ chế đối thoại chính thức với Việt Nam.",
        ),
    ],
}

DOCS = [ZKA_HUNGARY, ZKB_BINHDINH, ZKC_PRESIDENCY, ZKD_PLAN, ZKE_VISEGRAD]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header (centred at 66 columns) on top of every
    page, the first too; front matter by heldout_kit.front_matter_lines (title at 52 columns, labels at
    66), body at 66 columns, no blank line after headings; after ``break_after`` body lines
    (mid-sentence) the page label "Trang N" flush right, a form feed and the header; the last page ends
    with its label."""
    head = f"{doc['header']:^66}".rstrip()

    def foot(n: int) -> str:
        return f"{f'Trang {n}':>66}"

    out, last = paged_body(
        doc, 52, 66, 66, lambda page: [foot(page), "\f" + head, ""], blank_after_heading=False
    )
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [
        doc["header"],
        *(foot(n).strip() for n in pages),
    ]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 74 columns as on the page, every line
    followed by an empty line; the director's signature at the end."""
    return word_text(doc, 74, ["GIÁM ĐỐC", "(Đã ký)", "Trần Văn Phúc"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav list, <article>, <h1 class="article-title">,
    a date div, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list
    as <ul>, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T16:05:00+07:00">\n'
        f"<title>{title} | Báo Thế giới</title>\n</head>\n<body>\n"
        '<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/chau-au">Châu Âu</a></li>'
        '<li><a href="/doi-ngoai">Đối ngoại</a></li></ul></nav>\n'
        f'<main><article>\n<h1 class="article-title">{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        '<ul class="tags"><li>Hung-ga-ri</li><li>EU</li><li>EVIPA</li></ul>\n'
        "</article></main>\n<footer>© Báo Thế giới – Tin tức đối ngoại</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" at the left and the signature at the right."""
    tail = [
        "",
        f"{'':44}KT. BỘ TRƯỞNG",
        f"{'Nơi nhận:':<46}THỨ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<48}(đã ký)",
        "- Lưu: VT, Cục HTQT.",
    ]
    return official_text(doc, 76, tail)


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
        prefix="zk",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
