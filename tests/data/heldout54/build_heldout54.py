"""Build the fifty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout54/build_heldout54.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and the earlier
held-out sets, on topics those sets do not use (Vietnam – Namibia from Resolution 435 to the SADC, in
place of Vietnam – Angola which heldout17 used; Nam Định's external affairs in 2024; Angola's
announcement of 21/12/2023 that it leaves OPEC, told as a news story; a Ministry of Industry and Trade
plan for trade promotion in southern Africa in 2026; an encyclopedia entry on the New York Accords of
22/12/1988). Nothing in src/ was read or changed for them. Facts are well-established; authors, journal,
page numbers, document numbers, the provincial report's local items and all quoted words are invented,
the ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are written
by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    official_text,
    paged_body,
    word_text,
)

ZPA_NAMIBIA = {
    "id": "zpa",
    "shape": "journal",
    "header": "Tạp chí Châu Phi ngày nay, số 4 (2025)",
    "first_page": 109,
    "break_after": 6,
    "blocks": [
        ("title", "VIỆT NAM – NA-MI-BI-A: 35 NĂM QUAN HỆ HỮU NGHỊ VÀ TRIỂN VỌNG HỢP TÁC"),
        ("author", "Lại Thị Hồng Vân"),
        ("affiliation", "Học viện Ngoại giao"),
        ("abstract", "Bài viết điểm lại quan hệ Việt Nam – Na-mi-bi-a từ năm 1990.", "vi"),
        ("keywords", "Na-mi-bi-a; Nghị quyết 435; SADC", "vi"),
        ("heading", "1. Từ Tây Nam Phi đến Na-mi-bi-a độc lập", 1),
        (
            "paragraph",
            "Bị Nam Phi chiếm đóng trong nhiều thập kỷ, Tây Nam Phi – tên gọi của Na-mi-bi-a thời thuộc địa – là đối tượng của Nghị quyết 435 được Hội đồng Bảo an Liên hợp quốc thông qua ngày 29/9/1978. Thế nhưng suốt mười năm sau đó, Nam Phi vẫn không rút quân khỏi lãnh thổ này (Phạm Ngọc Sơn, 2012, tr. 37). Phải đến khi Ăng-gô-la, Cu-ba và Nam Phi ký Hiệp định New York ngày 22/12/1988, kế hoạch trao trả độc lập mới được triển khai từ ngày 1/4/1989 dưới sự giám sát của Nhóm hỗ trợ chuyển tiếp của Liên hợp quốc (UNTAG).",
        ),
        (
            "paragraph",
            "Ngày 21/3/1990, Na-mi-bi-a tuyên bố độc lập. Chưa đầy một tháng sau, ngày 23/4/1990, nước này được kết nạp làm thành viên thứ 160 của Liên hợp quốc. Hai năm sau, tại thủ đô Windhoek, Na-mi-bi-a cùng các nước láng giềng ký Hiệp ước thành lập Cộng đồng Phát triển Nam Phi (SADC) ngày 17/8/1992.",
        ),
        ("heading", "2. Quan hệ song phương và những việc cần làm", 1),
        (
            "paragraph",
            "Việt Nam và Na-mi-bi-a thiết lập quan hệ ngoại giao ngay trong ngày Na-mi-bi-a giành độc lập. Đó là “tình cảm được hun đúc từ những năm tháng cùng chung chiến hào chống chủ nghĩa thực dân” (Hoàng Thị Lan, 2019, tr. 84). Cùng là thành viên Phong trào Không liên kết, hai nước luôn ủng hộ lẫn nhau tại các diễn đàn đa phương; Na-mi-bi-a từng được bầu làm ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 1999 – 2000.",
        ),
        (
            "paragraph",
            "Dù vậy, hợp tác kinh tế, thương mại giữa hai bên còn khiêm tốn so với tiềm năng, chủ yếu trong các lĩnh vực thủy sản, khai khoáng và đào tạo (Trịnh Văn Dũng, 2021). Thời gian tới, ta và phía bạn cần sớm khởi động đàm phán một hiệp định khuyến khích và bảo hộ đầu tư.",
        ),
    ],
}

ZPB_NAMDINH = {
    "id": "zpb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
        "SỞ NGOẠI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 214/BC-SNgV",
        "Nam Định, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024,", "phương hướng, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng, nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Trong năm, tỉnh đã đón 37 đoàn khách quốc tế, trong đó có đoàn đại biểu tỉnh Gun-ma (Nhật Bản) do Phó Thống đốc dẫn đầu sang dự Lễ hội Thành Nam vào tháng 4/2024.",
        ),
        (
            "list_item",
            "2. Từ ngày 9 đến ngày 12/7/2024, đoàn công tác của tỉnh do Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm tỉnh Xay-nha-bu-ly (Lào); tại đây, hai bên ký Biên bản thỏa thuận hợp tác giai đoạn 2024 – 2028, tỉnh trao tặng phía bạn 2 tỷ đồng để xây dựng một trường tiểu học.",
        ),
        (
            "list_item",
            "3. Dự án nâng cấp đê biển huyện Hải Hậu, được Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) tài trợ 3 triệu USD, đã hoàn thành và bàn giao trong tháng 10.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Ăng-gô-la tại Việt Nam đã đến thăm và làm việc với tỉnh; phía bạn bày tỏ mong muốn học tập kinh nghiệm sản xuất lúa và nuôi trồng thủy sản ven biển của Nam Định.",
        ),
        (
            "list_item",
            "5. Việc ký thỏa thuận hợp tác hữu nghị với tỉnh Chung-chơng Nam (Hàn Quốc) chưa thực hiện được; đoàn công tác sang châu Âu theo kế hoạch đầu năm cũng không được tổ chức.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Ngay trong tháng 1 năm sau, cử 6 kỹ sư nông nghiệp sang Ăng-gô-la giúp nước này xây dựng mô hình trình diễn lúa nước, theo đề nghị của Đại sứ quán Ăng-gô-la.",
        ),
        (
            "list_item",
            "2. Phối hợp với tỉnh Gun-ma tổ chức Diễn đàn hợp tác địa phương Việt Nam – Nhật Bản tại thành phố Nam Định vào tháng 5/2025; hai bên dự kiến nâng quan hệ lên thành quan hệ hữu nghị, hợp tác.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động KOICA tài trợ giai đoạn 2 của dự án đê biển.",
        ),
    ],
}

ZPC_OPEC = {
    "id": "zpc",
    "shape": "news",
    "date": "2023-12-22",
    "stamp": "Thứ Sáu, 22/12/2023 - 06:15",
    "blocks": [
        ("title", "Ăng-gô-la tuyên bố rời OPEC sau 16 năm là thành viên"),
        (
            "paragraph",
            "Lu-an-đa (TTXVN) – Ngày 21/12, Chính phủ Ăng-gô-la thông báo nước này sẽ rời Tổ chức các nước xuất khẩu dầu mỏ (OPEC) từ ngày 1/1/2024, sau phiên họp Hội đồng Bộ trưởng do Tổng thống João Lourenço chủ trì.",
        ),
        ("heading", "Bất đồng về hạn ngạch", 1),
        (
            "paragraph",
            "Quyết định được đưa ra chưa đầy một tháng sau cuộc họp trực tuyến ngày 30/11 của liên minh OPEC+, tại đó phái đoàn Ăng-gô-la đã phản đối mức hạn ngạch 1,11 triệu thùng/ngày mà liên minh ấn định cho nước này trong năm 2024. Lu-an-đa cũng không tham gia đợt cắt giảm sản lượng tự nguyện được một số thành viên công bố tại cuộc họp.",
        ),
        (
            "paragraph",
            "Theo Bộ trưởng Tài nguyên khoáng sản, Dầu mỏ và Khí đốt Diamantino Azevedo, việc ở lại tổ chức “không còn phục vụ lợi ích của đất nước”.",
        ),
        ("heading", "Thành viên thứ ba ra đi trong 5 năm", 1),
        (
            "paragraph",
            "Gia nhập OPEC năm 2007, Ăng-gô-la hiện là nhà sản xuất dầu mỏ lớn thứ hai ở châu Phi cận Sa-ha-ra, sau Ni-giê-ri-a. Trước đó, Ca-ta và Ê-cu-a-đo lần lượt rời tổ chức này vào các năm 2019 và 2020.",
        ),
        (
            "paragraph",
            "Việt Nam và Ăng-gô-la thiết lập quan hệ ngoại giao ngày 12/11/1975, chỉ một ngày sau khi nước bạn tuyên bố độc lập. Hai nước duy trì hợp tác trên nhiều lĩnh vực, trong đó có nông nghiệp và y tế.",
        ),
    ],
}

ZPD_PLAN = {
    "id": "zpd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'-------':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 118/KH-BCT':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại với các nước",
        "khu vực miền Nam châu Phi năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến thương mại với các nước khu vực miền Nam châu Phi năm 2026",
        ),
        ("heading", "I. MỤC ĐÍCH", 1),
        (
            "paragraph",
            "Hiệp định thành lập Khu vực thương mại tự do lục địa châu Phi (AfCFTA), được 44 nước châu Phi ký tại Ki-ga-li ngày 21/3/2018 và có hiệu lực từ ngày 30/5/2019, mở ra thị trường rộng lớn cho hàng hóa Việt Nam. Kế hoạch nhằm khai thác quan hệ hữu nghị truyền thống với Na-mi-bi-a, Ăng-gô-la và Nam Phi – nước mà ta thiết lập quan hệ ngoại giao ngày 22/12/1993.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, tổ chức đoàn doanh nghiệp sang khảo sát thị trường và giao thương tại Na-mi-bi-a và Ăng-gô-la, nhân dịp kỷ niệm 36 năm quan hệ ngoại giao Việt Nam – Na-mi-bi-a.",
        ),
        (
            "list_item",
            "2. Đăng cai Diễn đàn doanh nghiệp Việt Nam – miền Nam châu Phi tại Thành phố Hồ Chí Minh trong tháng 9; mời Bộ trưởng phụ trách thương mại các nước SADC sang dự.",
        ),
        (
            "list_item",
            "3. Phấn đấu ký Bản ghi nhớ về hợp tác thương mại với phía Na-mi-bi-a trước tháng 12/2026.",
        ),
        (
            "list_item",
            "4. Phối hợp với Bộ Nông nghiệp và Môi trường đào tạo ngắn hạn cho 20 cán bộ ngành thủy sản của Ăng-gô-la.",
        ),
        (
            "list_item",
            "5. Không đề xuất đàm phán hiệp định thương mại tự do với Liên minh Thuế quan miền Nam châu Phi (SACU) trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại là đơn vị đầu mối, định kỳ báo cáo Lãnh đạo Bộ kết quả thực hiện./.",
        ),
    ],
}

ZPE_NEWYORK = {
    "id": "zpe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định New York (1988)"),
        (
            "paragraph",
            "Hiệp định New York là tên gọi chung của hai văn kiện được ký tại trụ sở Liên hợp quốc ở New York ngày 22/12/1988: Hiệp định ba bên giữa Ăng-gô-la, Cu-ba và Nam Phi, và Hiệp định song phương giữa Ăng-gô-la và Cu-ba về việc rút quân Cu-ba khỏi Ăng-gô-la.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Sau các trận giao tranh quanh Cu-i-tô Cu-a-na-va-lê năm 1987 – 1988, ba bên bước vào vòng đàm phán do Trợ lý Ngoại trưởng Hoa Kỳ Chester Crocker làm trung gian, với Liên Xô dự với tư cách quan sát viên. Nghị định thư Bra-da-vin, ký ngày 13/12/1988, mở đường cho việc ký kết chín ngày sau đó.",
        ),
        ("heading", "Nội dung và thực hiện", 1),
        (
            "paragraph",
            "Nam Phi cam kết thực hiện Nghị quyết 435 (1978) của Hội đồng Bảo an, rút quân khỏi Na-mi-bi-a; khoảng 50.000 quân Cu-ba sẽ rời Ăng-gô-la theo lịch trình 27 tháng. Việc rút quân được giám sát bởi Phái bộ Kiểm chứng của Liên hợp quốc tại Ăng-gô-la (UNAVEM), do Hội đồng Bảo an lập ra ngày 20/12/1988. Toán quân Cu-ba cuối cùng rời Ăng-gô-la ngày 25/5/1991, sớm hơn thời hạn hơn một tháng.",
        ),
        (
            "paragraph",
            "Phong trào UNITA của Giô-nát Xa-vim-bi không phải là bên ký kết, vì vậy nội chiến ở Ăng-gô-la vẫn kéo dài đến năm 2002.",
        ),
        ("heading", "Xem thêm", 1),
        (
            "paragraph",
            "Nghị quyết 435 của Hội đồng Bảo an; Na-mi-bi-a; Nhóm hỗ trợ chuyển tiếp của Liên hợp quốc (UNTAG).",
        ),
    ],
}

DOCS = [ZPA_NAMIBIA, ZPB_NAMDINH, ZPC_OPEC, ZPD_PLAN, ZPE_NEWYORK]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: no header on the first page, front matter by
    heldout_kit.front_matter_lines (title at 50 columns, labels at 70), headings with no blank line after
    them, body at 70 columns; after ``break_after`` body lines (mid-sentence) the page number right-aligned
    at 70 columns, a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{n:>70}"

    out, last = paged_body(
        doc, 50, 70, 70, lambda page: ["", foot(page), "\f" + head, ""], blank_after_heading=False
    )
    pages = range(doc["first_page"], last + 1)
    return "\n".join([*out, foot(last)]) + "\n", [head, *(str(n) for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 64 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 64, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav list, <article>, <h1>, a <time>
    stamp, the lead (with its dateline) in <div class="sapo">, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T06:15:00+07:00">\n'
        f"<title>{title} | Kinh tế thế giới</title>\n</head>\n<body>\n"
        '<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li>'
        '<li><a href="/the-gioi">Thế giới</a></li></ul></nav>\n'
        f'<article>\n<h1>{title}</h1>\n<time datetime="{doc["date"]}">{doc["stamp"]}</time>\n'
        f'<div class="sapo">{lead}</div>\n' + "\n".join(body) + "\n"
        '<ul class="tags"><li>OPEC</li><li>Ăng-gô-la</li><li>Dầu mỏ</li></ul>\n'
        "</article>\n<footer>© Báo điện tử Tin tức – Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" at the left and the signature at the right."""
    tail = [
        f"{'Nơi nhận:':<44}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<44}THỨ TRƯỞNG",
        "- Các Thứ trưởng;",
        f"{'- Lưu: VT, XTTM.':<47}(đã ký)",
    ]
    return official_text(doc, 76, tail)


def render_entry(doc: dict) -> str:
    """An encyclopedia entry copied as text: the title, sub-headings, one paragraph a line, a blank line
    between blocks (two before "Xem thêm")."""
    parts = []
    for b in doc["blocks"]:
        if b[0] == "heading" and b[1] == "Xem thêm":
            parts.append("")
        parts.append(b[1])
    return "\n\n".join(parts) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": render_entry,
        },
        prefix="zp",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
