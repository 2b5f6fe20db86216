"""Build the seventy-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout78/build_heldout78.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – Albania from the relations of 1950 to the 75th anniversary,
Thái Bình's external affairs in 2024, the Albanian President's reception of Vietnam's ambassador on
22/10/2025, a (fictitious) Ministry of Finance plan for a double taxation agreement with Albania in
2026, an encyclopedia entry on the Warsaw Pact). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the provincial report's local items
and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote
and citation occurs in the documents.
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

WTA_ALBANIA = {
    "id": "wta",
    "shape": "journal",
    "header": "Tạp chí Lịch sử Quan hệ quốc tế, số 9 (2025)",
    "first_page": 45,
    "break_after": 15,
    "blocks": [
        ("title", "VIỆT NAM – ALBANIA: 75 NĂM QUAN HỆ HỮU NGHỊ TRUYỀN THỐNG"),
        ("author", "Đinh Thị Phương Thảo"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ Việt Nam – Albania từ năm 1950 đến nay và đề xuất một số giải pháp nhằm khai thông hợp tác kinh tế giữa hai nước.",
            "vi",
        ),
        ("keywords", "Albania; Tây Balkan; quan hệ truyền thống; đào tạo lưu học sinh", "vi"),
        ("heading", "1. Những năm tháng gắn bó", 1),
        (
            "paragraph",
            "Năm 1950, Albania là một trong những nước đầu tiên thiết lập quan hệ ngoại giao với nước Việt Nam Dân chủ Cộng hòa. Trước đó, từ tháng 2/1949, Tirana đã gia nhập Hội đồng Tương trợ Kinh tế (SEV); ngày 14/5/1955, Albania cùng Liên Xô và sáu nước Đông Âu khác ký Hiệp ước Vác-sa-va. Trong cuộc đấu tranh giành độc lập, thống nhất đất nước, nhân dân ta luôn nhận được sự giúp đỡ quý báu của Chính phủ và nhân dân Albania, trong đó có việc các trường đại học của bạn đào tạo hàng trăm sinh viên Việt Nam (Nguyễn Văn Khánh, 2010, tr. 41).",
        ),
        (
            "paragraph",
            "Quan hệ giữa Tirana và Mát-xcơ-va rạn nứt từ cuối thập niên 1950. Albania thôi tham gia các hoạt động của SEV từ năm 1961 và ngày 13/9/1968 chính thức tuyên bố rút khỏi Hiệp ước Vác-sa-va.",
        ),
        ("heading", "2. Hướng về châu Âu", 1),
        (
            "paragraph",
            "Sau năm 1990, Albania từng bước hội nhập vào các thể chế châu Âu – Đại Tây Dương. Nước này trở thành thành viên Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) ngày 1/4/2009 và chính thức mở đàm phán gia nhập Liên minh châu Âu (EU) ngày 19/7/2022. Trước đó, ngày 11/6/2021, Đại hội đồng Liên hợp quốc đã bầu Albania làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2022 – 2023, lần đầu tiên trong lịch sử nước này (Trần Quang Huy, 2023).",
        ),
        ("heading", "3. Khai thông hợp tác kinh tế", 1),
        (
            "paragraph",
            "Tháng 11/2011, Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Albania Edmond Haxhinasto thăm chính thức Việt Nam; nhân dịp này, Bộ Ngoại giao hai nước đã ký Nghị định thư hợp tác. Song đến nay, hai bên vẫn chưa ký hiệp định tránh đánh thuế hai lần và, như một nghiên cứu gần đây nhận xét, “tình hữu nghị chính trị chưa được chuyển hóa thành những con số thương mại tương xứng” (Lê Thu Trang, 2024, tr. 63). Vì vậy, hai nước cần sớm khởi động đàm phán hiệp định này.",
        ),
    ],
}

WTB_THAIBINH = {
    "id": "wtb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH",
        "SỞ NGOẠI VỤ",
        "Số: 187/BC-SNgV",
        "Thái Bình, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Ngay sau cơn bão số 3 (Yagi) đầu tháng 9, tỉnh đã tiếp nhận hàng cứu trợ trị giá khoảng 350.000 USD của nhiều nước, tổ chức quốc tế và tổ chức phi chính phủ nước ngoài; riêng Cơ quan Hợp tác quốc tế Nhật Bản (JICA) trao tặng 500 bộ lọc nước cùng bạt, áo phao cho các xã ven biển huyện Thái Thụy.",
        ),
        (
            "list_item",
            "2. Tháng 5, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã làm việc với Bộ Việc làm và Lao động Hàn Quốc tại Xê-un; hai bên thống nhất tăng số lao động thời vụ của tỉnh sang làm việc tại các địa phương của Hàn Quốc.",
        ),
        (
            "list_item",
            "3. Tỉnh đã đón đoàn doanh nghiệp của Phòng Thương mại và Công nghiệp Tirana (Albania) sang tìm hiểu khả năng nhập khẩu gạo, hàng dệt may và thủy sản chế biến; tuy vậy, đến nay hai bên chưa ký được hợp đồng nào.",
        ),
        (
            "list_item",
            "4. Tỉnh tiếp tục cấp học bổng cho 25 lưu học sinh tỉnh Bò Kẹo (Lào) theo học tại Trường Đại học Thái Bình theo Biên bản ghi nhớ hợp tác ký năm 2022.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, tổ chức đoàn xúc tiến thương mại sang Albania và Bắc Macedonia, kết hợp tham dự hội chợ nông sản tại Tirana.",
        ),
        (
            "list_item",
            "2. Phối hợp với JICA hoàn thiện hồ sơ dự án nâng cấp đê biển Thái Thụy sử dụng vốn vay ODA của Nhật Bản.",
        ),
        (
            "list_item",
            "3. Tiếp tục phối hợp với các doanh nghiệp dịch vụ đưa người lao động của tỉnh sang làm việc tại Hàn Quốc, Nhật Bản và Đức.",
        ),
    ],
}

WTC_TIRANA = {
    "id": "wtc",
    "shape": "news",
    "date": "2025-10-23",
    "stamp": "Thứ Năm, 23/10/2025 08:30 (GMT+7)",
    "blocks": [
        ("title", "Tổng thống Albania mong muốn đưa quan hệ với Việt Nam lên tầm cao mới"),
        (
            "paragraph",
            "Tirana (TTXVN) – Ngày 22/10, tại thủ đô Tirana, Tổng thống Albania Bajram Begaj đã tiếp Đại sứ Việt Nam tại Hy Lạp kiêm nhiệm Albania Phạm Thị Thu Hương nhân dịp bà trình Quốc thư.",
        ),
        (
            "paragraph",
            "Tổng thống Begaj đánh giá cao quan hệ hữu nghị truyền thống giữa hai nước trong 75 năm qua và đề nghị hai bên tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác chính trị, kinh tế, văn hóa, đồng thời sớm xây dựng khuôn khổ pháp lý cho hợp tác trong từng lĩnh vực, trong đó có hiệp định tránh đánh thuế hai lần.",
        ),
        (
            "paragraph",
            "Về phần mình, Đại sứ Phạm Thị Thu Hương khẳng định Việt Nam luôn trân trọng sự ủng hộ, giúp đỡ mà Chính phủ và nhân dân Albania đã dành cho Việt Nam trong cuộc đấu tranh giành độc lập dân tộc trước đây.",
        ),
        ("heading", "Làm việc với các cơ quan kinh tế", 1),
        (
            "paragraph",
            "Nhân dịp trình Quốc thư, từ ngày 21 đến 23/10, Đại sứ đã chào xã giao Chủ tịch Quốc hội Albania Niko Peleshi và làm việc với lãnh đạo Bộ Kinh tế, Văn hóa và Đổi mới sáng tạo, Cơ quan Phát triển và Đầu tư Albania cùng Phòng Thương mại và Công nghiệp Tirana.",
        ),
        (
            "paragraph",
            "Năm nay, hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao (1950 – 2025). Albania là thành viên NATO từ năm 2009 và đã mở đàm phán gia nhập EU từ tháng 7/2022.",
        ),
    ],
}

WTD_PLAN = {
    "id": "wtd",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 07/KH-BTC':<42}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Đàm phán Hiệp định tránh đánh thuế hai lần và thúc đẩy",
        "hợp tác đầu tư với Cộng hòa Albania năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Đàm phán Hiệp định tránh đánh thuế hai lần và thúc đẩy hợp tác đầu tư với Cộng hòa Albania năm 2026",
        ),
        (
            "paragraph",
            "Trên cơ sở kết quả các hoạt động kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Albania (1950 – 2025), Bộ Tài chính ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Tháng 10 năm ngoái, khi tiếp Đại sứ Việt Nam trình Quốc thư, Tổng thống Albania Bajram Begaj đề nghị hai nước sớm có hiệp định tránh đánh thuế hai lần. Albania đã mở đàm phán gia nhập EU từ ngày 19/7/2022 và đang hoàn thiện hệ thống pháp luật về thuế theo chuẩn mực châu Âu.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, cử đoàn công tác sang Tirana tiến hành phiên đàm phán thứ nhất với Bộ Tài chính Albania trên cơ sở dự thảo Hiệp định do phía Việt Nam đề xuất.",
        ),
        (
            "list_item",
            "2. Đề nghị phía Albania cử đoàn sang Hà Nội đàm phán phiên thứ hai vào tháng 10, phấn đấu ký tắt Hiệp định trong năm 2027.",
        ),
        (
            "list_item",
            "3. Phối hợp với Cơ quan Phát triển và Đầu tư Albania (AIDA) tổ chức hội thảo trực tuyến giới thiệu môi trường đầu tư của hai nước.",
        ),
        (
            "list_item",
            "4. Trong năm 2026, chưa đề xuất đàm phán Hiệp định khuyến khích và bảo hộ đầu tư với Albania.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đơn vị đầu mối, phối hợp với Bộ Ngoại giao theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

WTE_WARSAW = {
    "id": "wte",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Hiệp ước Vác-sa-va"),
        (
            "paragraph",
            "Tổ chức Hiệp ước Vác-sa-va là liên minh chính trị – quân sự của Liên Xô và các nước xã hội chủ nghĩa Đông Âu, hình thành trên cơ sở Hiệp ước Hữu nghị, Hợp tác và Tương trợ ký tại Vác-sa-va ngày 14/5/1955, ít ngày sau khi Cộng hòa Liên bang Đức được kết nạp vào NATO.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Tám nước ký Hiệp ước gồm Liên Xô, An-ba-ni, Bun-ga-ri, Tiệp Khắc, Cộng hòa Dân chủ Đức, Hung-ga-ri, Ba Lan và Ru-ma-ni. Đêm 20 rạng sáng 21/8/1968, quân đội Liên Xô cùng Ba Lan, Hung-ga-ri và Bun-ga-ri tiến vào Tiệp Khắc; Ru-ma-ni không tham gia cuộc can thiệp này. An-ba-ni, vốn đã ngừng dự các hoạt động của khối từ đầu thập niên 1960, chính thức rút khỏi Hiệp ước ngày 13/9/1968.",
        ),
        ("heading", "Giải thể", 1),
        (
            "paragraph",
            "Năm 1985, các nước thành viên gia hạn Hiệp ước thêm 20 năm. Sau những biến động ở Đông Âu, Cộng hòa Dân chủ Đức rút khỏi khối trước khi nước Đức thống nhất ngày 3/10/1990. Cơ cấu quân sự của Tổ chức chấm dứt hoạt động từ ngày 31/3/1991; ngày 1/7/1991, tại Pra-ha, đại diện các nước còn lại ký Nghị định thư chính thức giải thể Hiệp ước.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên của Tổ chức Hiệp ước Vác-sa-va, nhưng có quan hệ hợp tác chặt chẽ với các nước thành viên, nhất là trong khuôn khổ Hội đồng Tương trợ Kinh tế (SEV) mà nước ta gia nhập năm 1978.",
        ),
    ],
}

DOCS = [WTA_ALBANIA, WTB_THAIBINH, WTC_TIRANA, WTD_PLAN, WTE_WARSAW]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header (in ordinary case) on top of every page, the
    first too; front matter by heldout_kit.front_matter_lines (title at 48 columns, labels at 72), body at
    72 columns with a blank line after headings; after ``break_after`` body lines (mid-sentence) a blank
    line, the page number centred, a form feed and the header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{str(n):^72}".rstrip()

    out, last = paged_body(doc, 48, 72, 72, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta name="pubdate">, a site header with a menu, a breadcrumb, <h1 class="article-title">,
    a <p class="time">, the lead (with its dateline) in <h2 class="sapo">, <h3> subheads, <p> paragraphs, a
    "Từ khóa:" box and a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="pubdate" content="{doc["date"]}T08:30:00+07:00">\n'
        f"<title>{title} - Báo Tin tức</title>\n"
        "</head>\n<body>\n"
        '<header class="site"><a class="logo" href="/">Tin tức</a><ul class="menu"><li><a href="/thoi-su">Thời sự</a>'
        '</li><li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></header>\n'
        '<div class="breadcrumb"><a href="/the-gioi">Thế giới</a> / <a href="/the-gioi/chau-au">Châu Âu</a></div>\n'
        f'<h1 class="article-title">{title}</h1>\n<p class="time">{doc["stamp"]}</p>\n'
        f'<h2 class="sapo">{lead}</h2>\n<div class="content">\n' + "\n".join(body) + "\n</div>\n"
        '<div class="keywords">Từ khóa: <a href="/tag/albania">Albania</a>, '
        '<a href="/tag/quan-he-viet-nam-albania">Quan hệ Việt Nam – Albania</a></div>\n'
        "<footer>Báo Tin tức – Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<49}THỨ TRƯỞNG",
        f"{'- Cục Thuế;':<51}(đã ký)",
        "- Lưu: VT, HTQT.",
    ]
    return official_text(doc, 78, tail)


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
        prefix="wt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
