"""Build the sixty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout69/build_heldout69.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Cameroon from the UN admission of 1960 through the Bakassi settlement to its
ties with Vietnam, Đồng Tháp's external affairs in the first half of 2024, the Cameroonian foreign
minister's talks in Hà Nội on 27/12/2017, a (fictitious) Ministry of Agriculture and Environment plan for
agricultural cooperation with Cameroon in 2026, an encyclopedia entry on the Economic and Monetary
Community of Central Africa). Nothing in src/ was changed for them. Facts are well-established; authors,
journal, page numbers, document numbers, the provincial report's local items and all quoted words are
invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold
are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
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

XUA_CAMEROON = {
    "id": "xua",
    "shape": "journal",
    "header": "QUAN HỆ QUỐC TẾ VÀ KHU VỰC, số 6/2025",
    "first_page": 88,
    "break_after": 11,
    "blocks": [
        ("title", "CA-MƠ-RUN: TỪ TRANH CHẤP BA-CA-XI ĐẾN HỢP TÁC VỚI VIỆT NAM"),
        ("author", "Trịnh Quốc Bảo"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát chính sách đối ngoại của Ca-mơ-run, việc giải quyết tranh chấp Ba-ca-xi và quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Ca-mơ-run; Ba-ca-xi; CEMAC; Khối Thịnh vượng chung", "vi"),
        ("heading", "1. Một quốc gia song ngữ", 1),
        (
            "paragraph",
            "Giành độc lập ngày 1/1/1960, Ca-mơ-run trở thành thành viên Liên hợp quốc ngày 20/9/1960. Là thành viên sáng lập Cộng đồng Kinh tế và Tiền tệ Trung Phi (CEMAC), nước này còn gia nhập Khối Thịnh vượng chung ngày 1/11/1995 nhờ di sản của phần lãnh thổ từng do Anh quản lý (Trịnh Văn Khải, 2017, tr. 19).",
        ),
        ("heading", "2. Giải quyết tranh chấp bằng luật pháp", 1),
        (
            "paragraph",
            "Tranh chấp chủ quyền bán đảo Ba-ca-xi giàu dầu khí từng dẫn tới các cuộc đụng độ vũ trang giữa Ca-mơ-run và Ni-giê-ri-a trong thập niên 1990. Ngày 10/10/2002, Tòa án Công lý quốc tế (ICJ) ra phán quyết công nhận chủ quyền của Ca-mơ-run đối với bán đảo. Với sự trung gian của Tổng Thư ký Liên hợp quốc Cô-phi An-nan, hai nước ký Hiệp định Grin-tri ngày 12/6/2006; quân đội Ni-giê-ri-a sau đó rút dần và việc chuyển giao hoàn tất ngày 14/8/2008. Đây là “một hình mẫu hiếm hoi về giải quyết tranh chấp lãnh thổ bằng con đường hòa bình ở châu Phi” (Đặng Minh Tuấn, 2020, tr. 133).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Ca-mơ-run thiết lập quan hệ ngoại giao ngày 30/8/1972. Nhân kỷ niệm 45 năm quan hệ, Thứ trưởng Ngoại giao Vũ Hồng Nam thăm Ca-mơ-run từ ngày 11 đến 13/4/2017 với tư cách Đặc phái viên của Chủ tịch nước, chuyển thư mời Tổng thống Pôn Bi-a thăm Việt Nam. Liên doanh Nexttel do Viettel góp vốn là nhà mạng di động thứ ba của nước bạn (Lưu Thị Hạnh, 2022). Dù vậy, chuyến thăm của Tổng thống Bi-a đến nay vẫn chưa diễn ra; ta nên tận dụng vị thế của Ca-mơ-run trong CEMAC để mở rộng xuất khẩu gạo sang Trung Phi.",
        ),
    ],
}

XUB_DONGTHAP = {
    "id": "xub",
    "shape": "word",
    "head": [
        "UBND TỈNH ĐỒNG THÁP",
        "SỞ NGOẠI VỤ",
        "Số: 96/BC-SNgV",
        "Đồng Tháp, ngày 17 tháng 6 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2024 và phương hướng nhiệm vụ 6 tháng cuối năm 2024",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm 2024 và phương hướng nhiệm vụ 6 tháng cuối năm 2024",
        ),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Nhân dịp Tết cổ truyền Chôl Chnăm Thmây, đoàn lãnh đạo tỉnh đã sang thăm, chúc Tết lãnh đạo tỉnh Prây Veng (Campuchia); hai bên thống nhất phối hợp quản lý tốt đường biên giới và tạo thuận lợi cho thương mại qua Cửa khẩu quốc tế Dinh Bà và Thường Phước.",
        ),
        (
            "list_item",
            "2. Xuất khẩu gạo sang châu Phi tăng mạnh: 6 tháng đầu năm, doanh nghiệp trong tỉnh đã xuất sang khu vực khoảng 85.000 tấn, trong đó Ca-mơ-run, Bờ Biển Ngà và Ga-na là ba thị trường lớn nhất.",
        ),
        (
            "list_item",
            "3. Ngày 22/5/2024, Phó Chủ tịch UBND tỉnh tiếp đoàn doanh nghiệp Ca-mơ-run sang khảo sát vùng nguyên liệu lúa tại Tháp Mười và Tam Nông; phía bạn đề nghị tỉnh hỗ trợ đào tạo kỹ thuật canh tác lúa cho nông dân nước này.",
        ),
        (
            "list_item",
            "4. Dự án nâng cao khả năng chống chịu với biến đổi khí hậu cho nông dân vùng Đồng Tháp Mười do Cơ quan Phát triển Pháp (AFD) tài trợ tiếp tục được triển khai, giải ngân đạt 1,2 triệu euro.",
        ),
        (
            "list_item",
            "5. Đoàn xúc tiến thương mại của tỉnh dự kiến sang Ca-mơ-run và Ni-giê-ri-a trong quý II chưa thực hiện được do thủ tục thị thực kéo dài.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp với Đại sứ quán Việt Nam tại Ni-giê-ri-a (kiêm nhiệm Ca-mơ-run) tổ chức lại đoàn xúc tiến thương mại sang Ya-un-đê và Đu-a-la vào tháng 10.",
        ),
        (
            "list_item",
            "2. Tổ chức hội đàm định kỳ với tỉnh Prây Veng về công tác biên giới và hợp tác phát triển kinh tế.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động AFD và Ngân hàng Thế giới (WB) tài trợ các dự án thích ứng với biến đổi khí hậu.",
        ),
    ],
}

XUC_TALKS = {
    "id": "xuc",
    "shape": "news",
    "date": "2017-12-27",
    "stamp": "27/12/2017 19:30 GMT+7",
    "blocks": [
        ("title", "Việt Nam và Ca-mơ-run ký ba văn kiện hợp tác"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 27/12, tại Hà Nội, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã hội đàm với Bộ trưởng Đối ngoại Ca-mơ-run Lejeune Mbella Mbella, nhân chuyến thăm Việt Nam của ông từ ngày 27 đến 30/12.",
        ),
        ("heading", "Cầu nối tới khu vực Trung Phi", 1),
        (
            "paragraph",
            "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác trong các lĩnh vực thương mại, đầu tư, nông nghiệp, giáo dục, năng lượng sạch và viễn thông. Bộ trưởng Mbella Mbella đánh giá cao hiệu quả các dự án đầu tư của Việt Nam tại Ca-mơ-run, trong đó có liên doanh viễn thông giữa Tập đoàn Viettel và một doanh nghiệp sở tại, đồng thời cho biết nước ông sẵn sàng làm cầu nối để Việt Nam hợp tác với các thành viên Cộng đồng Kinh tế và Tiền tệ Trung Phi (CEMAC).",
        ),
        ("heading", "Chuẩn bị chuyến thăm cấp cao", 1),
        (
            "paragraph",
            "Phó Thủ tướng Phạm Bình Minh đề nghị hai Bộ Ngoại giao phối hợp chuẩn bị chuyến thăm Việt Nam của Tổng thống Pôn Bi-a trong năm 2018, đồng thời sớm kết thúc đàm phán các hiệp định về khuyến khích và bảo hộ đầu tư, tránh đánh thuế hai lần.",
        ),
        (
            "paragraph",
            "Sau hội đàm, hai Bộ trưởng đã ký Hiệp định khung về hợp tác, Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao, công vụ và Bản ghi nhớ hợp tác giữa hai Bộ Ngoại giao. Kim ngạch thương mại hai chiều năm 2016 đạt 192 triệu USD. Theo chương trình, ngày 28/12, Thủ tướng Nguyễn Xuân Phúc sẽ tiếp Bộ trưởng Mbella Mbella.",
        ),
    ],
}

XUD_PLAN = {
    "id": "xud",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':38}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 63/KH-BNNMT':<38}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác nông nghiệp với Cộng hòa Ca-mơ-run",
        "và các nước Trung Phi năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác nông nghiệp với Cộng hòa Ca-mơ-run và các nước Trung Phi năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa Hiệp định khung về hợp tác giữa Việt Nam và Ca-mơ-run, được ký tại Hà Nội tháng 12/2017, và phát huy thế mạnh của ta về sản xuất lúa gạo, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Ca-mơ-run là một trong những nước nhập khẩu gạo lớn ở Trung Phi, thành viên Cộng đồng Kinh tế và Tiền tệ Trung Phi (CEMAC). Gạo Việt Nam có mặt ổn định tại thị trường này; phía bạn đã nhiều lần đề nghị ta hỗ trợ phát triển các dự án lúa gạo theo hình thức đối tác công – tư. Năm ngoái, hai bên trao đổi thư về việc cử chuyên gia nông nghiệp nhưng chưa ký được thỏa thuận cụ thể.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn chuyên gia sang Ya-un-đê làm việc với Bộ Nông nghiệp và Phát triển nông thôn Ca-mơ-run về dự án trình diễn giống lúa năng suất cao.",
        ),
        (
            "list_item",
            "2. Phối hợp với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) xây dựng văn kiện dự án hợp tác ba bên Nam – Nam với Ca-mơ-run, dự kiến ký trong tháng 8.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 15 cán bộ kỹ thuật của Ca-mơ-run và Sát sang đào tạo ngắn hạn về canh tác lúa tại Viện Lúa Đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "4. Chưa xem xét đề xuất thuê đất trồng lúa quy mô lớn tại Ca-mơ-run của một số doanh nghiệp trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối, phối hợp với Bộ Ngoại giao và Đại sứ quán Việt Nam tại Ni-giê-ri-a theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

XUE_CEMAC = {
    "id": "xue",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng Kinh tế và Tiền tệ Trung Phi"),
        (
            "paragraph",
            "Cộng đồng Kinh tế và Tiền tệ Trung Phi (tiếng Pháp: Communauté économique et monétaire de l'Afrique centrale, CEMAC) là tổ chức hội nhập khu vực của sáu nước Ca-mơ-run, Cộng hòa Trung Phi, Sát, Cộng hòa Công-gô, Ga-bông và Ghi-nê Xích Đạo. Hiệp ước thành lập được các nước này ký tại N'Djamena (Sát) tháng 3/1994 và có hiệu lực từ năm 1999.",
        ),
        ("heading", "Tiền thân", 1),
        (
            "paragraph",
            "Tiền thân của CEMAC là Liên minh Thuế quan và Kinh tế Trung Phi (UDEAC), do Ca-mơ-run, Cộng hòa Trung Phi, Sát, Công-gô và Ga-bông lập ra theo Hiệp ước Brazzaville ký ngày 8/12/1964. Ghi-nê Xích Đạo gia nhập liên minh này sau đó.",
        ),
        ("heading", "Thể chế và đồng tiền chung", 1),
        (
            "paragraph",
            "Ủy ban CEMAC đặt trụ sở tại Bangui, Tòa án Cộng đồng tại N'Djamena, còn Ngân hàng các Quốc gia Trung Phi (BEAC) đặt tại Ya-un-đê. Các thành viên dùng chung đồng franc CFA Trung Phi, có tỷ giá cố định với đồng euro và được Bộ Tài chính Pháp bảo đảm khả năng chuyển đổi.",
        ),
        ("heading", "Khủng hoảng giá dầu", 1),
        (
            "paragraph",
            "Giá dầu giảm mạnh từ năm 2014 đẩy nhiều nước thành viên vào khó khăn. Tại hội nghị thượng đỉnh bất thường ở Ya-un-đê tháng 12/2016, các nguyên thủ quyết định không phá giá đồng tiền chung và cùng đàm phán chương trình hỗ trợ với Quỹ Tiền tệ Quốc tế (IMF); từ năm 2017, IMF lần lượt cho Ca-mơ-run, Ga-bông và Sát vay vốn.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ ngoại giao với cả sáu nước thành viên, song chưa thiết lập cơ chế hợp tác chính thức với CEMAC.",
        ),
    ],
}

DOCS = [XUA_CAMEROON, XUB_DONGTHAP, XUC_TALKS, XUD_PLAN, XUE_CEMAC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 52 columns, labels at 70), headings with no blank line after
    them, body at 70 columns; after ``break_after`` body lines (mid-sentence) "Trang N" flush right, a form
    feed and the running header; the last page ends with its label."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'Trang {n}':>70}"

    out, last = paged_body(
        doc, 52, 70, 70, lambda page: ["", foot(page), "\f" + head, ""], blank_after_heading=False
    )
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends and one paragraph a line (no wrapping), every line followed
    by an empty line; the signature at the end."""
    return word_text(doc, None, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta itemprop="datePublished">, a header with a breadcrumb, <h1>, a <time>,
    the lead (with its dateline) in <h2 class="sapo">, <h3> subheads, <p> paragraphs, related tags,
    footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f'<meta itemprop="datePublished" content="{doc["date"]}T19:30:00+07:00">\n'
        "</head>\n<body>\n"
        '<header><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li>'
        '<li><a href="/chinh-tri">Chính trị</a></li><li><a href="/doi-ngoai">Đối ngoại</a></li></ul></header>\n'
        f'<main>\n<h1 class="title">{title}</h1>\n<time datetime="{doc["date"]}">{doc["stamp"]}</time>\n'
        f'<h2 class="sapo">{lead}</h2>\n<div class="content">\n' + "\n".join(body) + "\n</div>\n"
        '<div class="related-tags"><a href="/tag/cameroon">Ca-mơ-run</a></div>\n'
        "</main>\n<footer>© Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 74
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<44}BỘ TRƯỞNG",
        f"{'- Văn phòng Chính phủ;':<44}",
        "- Bộ Ngoại giao;",
        f"{'- Lưu: VT, HTQT.':<45}(đã ký)",
    ]
    return official_text(doc, 74, [ln.rstrip() for ln in tail])


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
        prefix="xu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
