"""Build the forty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout46/build_heldout46.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout42, on topics those sets do not use (Vietnam – Bangladesh from
independence to the Human Rights Council, Hà Tĩnh's external affairs in 2024, the opening of IPU-136 in
Dhaka on 1/4/2017, a Ministry of Health plan for cooperation with UNAIDS in 2026, an encyclopedia entry
on the 1996 Ganges Water Treaty). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the provincial report's local items and all quoted
words are invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
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

ZHA_BANGLADESH = {
    "id": "zha",
    "shape": "journal",
    "header": "Tạp chí Châu Á – Thái Bình Dương học, số 3 (2025)",
    "first_page": 44,
    "break_after": 4,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – BĂNG-LA-ĐÉT: TỪ NỀN TẢNG LỊCH SỬ ĐẾN PHỐI HỢP ĐA PHƯƠNG"),
        ("author", "Đỗ Thị Minh Nguyệt"),
        ("affiliation", "Viện Nghiên cứu Ấn Độ và Tây Nam Á"),
        ("abstract", "Bài viết điểm lại quan hệ Việt Nam – Băng-la-đét.", "vi"),
        ("keywords", "Băng-la-đét; Hội đồng Nhân quyền; BIMSTEC", "vi"),
        ("heading", "1. Một quốc gia trẻ bên vịnh Ben-gan", 1),
        (
            "paragraph",
            "Tuyên bố độc lập ngày 26/3/1971, Băng-la-đét phải chờ đến ngày 17/9/1974 mới được kết nạp vào Liên hợp quốc, bởi đơn xin gia nhập của nước này từng bị Trung Quốc phủ quyết tại Hội đồng Bảo an năm 1972 (Nguyễn Hữu Phước, 2016, tr. 58). Ngày 6/6/1997, tại Băng Cốc, Đa-ca cùng Ấn Độ, Xri Lan-ca và Thái Lan lập nên nhóm hợp tác về sau mang tên BIMSTEC.",
        ),
        (
            "paragraph",
            "Là thành viên Kế hoạch Colombo, Băng-la-đét còn gia nhập Ngân hàng Phát triển châu Á (ADB) năm 1973.",
        ),
        ("heading", "2. Năm thập kỷ quan hệ song phương", 1),
        (
            "paragraph",
            "Việt Nam Dân chủ Cộng hòa và Băng-la-đét thiết lập quan hệ ngoại giao ngày 11/2/1973. Cùng là thành viên Phong trào Không liên kết và Nhóm 77, hai nước luôn phối hợp chặt chẽ tại các diễn đàn đa phương (Lê Thanh Bình, 2021). Ngày 11/10/2022, Đại hội đồng Liên hợp quốc bầu Băng-la-đét (160 phiếu), Man-đi-vơ (154 phiếu), Việt Nam (145 phiếu) và Cư-rơ-gư-xtan (126 phiếu) vào Hội đồng Nhân quyền nhiệm kỳ 2023 – 2025, trong khi Hàn Quốc chỉ nhận 123 phiếu và không trúng cử.",
        ),
        (
            "paragraph",
            "Biến động chính trị năm ngoái, khi Thủ tướng Sheikh Hasina từ chức ngày 5/8/2024 và ông Muhammad Yunus nhậm chức Trưởng Cố vấn Chính phủ lâm thời ba ngày sau đó, không làm gián đoạn quan hệ giữa hai bên. Theo nghị quyết được Đại hội đồng thông qua ngày 24/11/2021, phía bạn sẽ ra khỏi nhóm nước kém phát triển nhất vào năm 2026 – “cơ hội để hai bên nâng tầm hợp tác kinh tế” (Trần Quốc Hưng, 2024, tr. 15). Vì vậy, hai nước cần phấn đấu sớm khởi động đàm phán một hiệp định thương mại song phương.",
        ),
    ],
}

ZHB_HATINH = {
    "id": "zhb",
    "shape": "word",
    "head": [
        "UBND TỈNH HÀ TĨNH",
        "SỞ NGOẠI VỤ",
        "Số: 187/BC-SNgV",
        "Hà Tĩnh, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác ngoại vụ năm 2024 và nhiệm vụ trọng tâm năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác ngoại vụ năm 2024 và nhiệm vụ trọng tâm năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NGOẠI VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị truyền thống, đoàn kết đặc biệt với hai tỉnh Bô-ly-khăm-xay và Khăm-muồn của nước bạn Lào tiếp tục được củng cố; cửa khẩu quốc tế Cầu Treo thông suốt, phục vụ tốt giao thương qua biên giới.",
        ),
        (
            "list_item",
            "2. Nhân dịp Tết cổ truyền Bun-pi-mây, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã sang thăm, chúc Tết tỉnh Bô-ly-khăm-xay từ ngày 8 đến ngày 10/4/2024 và trao tặng phía bạn 200 tấn gạo.",
        ),
        (
            "list_item",
            "3. Dự án truyền thông phòng, chống HIV/AIDS cho lao động di cư qua biên giới, trị giá khoảng 150.000 USD, được Chương trình phối hợp của Liên hợp quốc về HIV/AIDS (UNAIDS) tài trợ và khởi động tại hai huyện Hương Sơn, Hương Khê trong năm nay.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Băng-la-đét tại Việt Nam cùng đoàn doanh nghiệp nước này đã đến làm việc với tỉnh, tìm hiểu khả năng nhập khẩu thép và phân bón qua cảng Vũng Áng.",
        ),
        (
            "list_item",
            "5. Đề án mở Văn phòng xúc tiến thương mại của tỉnh tại Thủ đô Viêng Chăn chưa được cấp có thẩm quyền phê duyệt; đoàn xúc tiến đầu tư sang Nam Á cũng chưa thực hiện được.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", 1),
        (
            "list_item",
            "1. Trong tháng 3 năm sau, phối hợp với tỉnh Khăm-muồn tổ chức hội đàm thường niên tại thành phố Hà Tĩnh; hai bên dự kiến ký Biên bản ghi nhớ hợp tác giai đoạn 2025 – 2030.",
        ),
        (
            "list_item",
            "2. Cùng UNAIDS mở rộng dự án sang huyện Vũ Quang, phấn đấu 95% lao động di cư được tiếp cận thông tin phòng, chống HIV.",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn lãnh đạo tỉnh sang làm việc tại Băng-la-đét và Ấn Độ vào nửa cuối năm 2025 nhằm xúc tiến xuất khẩu qua cảng Vũng Áng.",
        ),
    ],
}

ZHC_IPU = {
    "id": "zhc",
    "shape": "news",
    "date": "2017-04-02",
    "stamp": "02/04/2017 07:40 GMT+7",
    "blocks": [
        ("title", "Khai mạc Đại hội đồng IPU-136 tại Băng-la-đét"),
        (
            "paragraph",
            "Đa-ca (TTXVN) – Tối 1/4, Đại hội đồng lần thứ 136 của Liên minh Nghị viện thế giới (IPU-136) đã khai mạc tại thủ đô Đa-ca của Băng-la-đét với sự tham dự của khoảng 670 nghị sĩ đến từ 132 quốc gia; Đoàn Quốc hội Việt Nam do Phó Chủ tịch Thường trực Quốc hội Tòng Thị Phóng dẫn đầu.",
        ),
        ("heading", "Thu hẹp bất bình đẳng", 1),
        (
            "paragraph",
            "Chủ đề thảo luận chung của kỳ họp là “Khắc phục bất bình đẳng: Bảo đảm phẩm giá và phúc lợi cho mọi người”. Phát biểu khai mạc, Chủ tịch IPU Saber Chowdhury, nghị sĩ của nước chủ nhà được bầu vào cương vị này năm 2014, nhấn mạnh rằng “không nghị viện nào được phép đứng ngoài cuộc”.",
        ),
        (
            "paragraph",
            "Tại Diễn đàn Nữ nghị sĩ diễn ra trước đó cùng ngày, đoàn ta đề xuất mô hình hợp tác ba bên giữa IPU, nghị viện các nước thành viên và các tổ chức quốc tế.",
        ),
        ("heading", "Tiếp xúc song phương", 1),
        (
            "paragraph",
            "Bên lề Đại hội đồng, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Nguyễn Văn Giàu đã tiếp đoàn nghị sĩ Thái Lan; hai bên vui mừng trước sự phát triển tốt đẹp của quan hệ giữa hai nước và hai Quốc hội. Hai năm trước, nước ta đã đăng cai IPU-132 tại Hà Nội.",
        ),
        (
            "paragraph",
            "IPU-136 sẽ bế mạc ngày 5/4; Đại hội đồng lần thứ 137 dự kiến họp tại Xanh Pê-téc-bua (Nga) vào tháng 10 tới.",
        ),
    ],
}

ZHD_PLAN = {
    "id": "zhd",
    "shape": "plan",
    "head": [
        f"{'BỘ Y TẾ':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 45/KH-BYT':<42}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Chương trình phối hợp của Liên hợp quốc",
        "về HIV/AIDS (UNAIDS) năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Chương trình phối hợp của Liên hợp quốc về HIV/AIDS (UNAIDS) năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện Tuyên bố chính trị về HIV/AIDS mà Đại hội đồng Liên hợp quốc thông qua ngày 8/6/2021 với 165 phiếu thuận, 4 phiếu chống, trong đó các quốc gia thành viên cam kết chấm dứt dịch AIDS vào năm 2030, Bộ Y tế ban hành Kế hoạch hợp tác với UNAIDS năm 2026 như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "UNAIDS được thành lập theo nghị quyết của Hội đồng Kinh tế và Xã hội Liên hợp quốc năm 1994, chính thức hoạt động từ ngày 1/1/1996 với trụ sở tại Giơ-ne-vơ. Kể từ khi ca nhiễm HIV đầu tiên được phát hiện tại Thành phố Hồ Chí Minh tháng 12/1990, nước ta thường xuyên nhận được hỗ trợ kỹ thuật của tổ chức này; năm 2004, Việt Nam được Hoa Kỳ đưa vào danh sách các nước trọng điểm của Kế hoạch khẩn cấp của Tổng thống Hoa Kỳ về cứu trợ AIDS (PEPFAR).",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, phối hợp với Văn phòng UNAIDS tại Việt Nam tổ chức hội nghị đánh giá tiến độ thực hiện mục tiêu 95 – 95 – 95.",
        ),
        (
            "list_item",
            "2. Đề nghị UNAIDS tiếp tục hỗ trợ kỹ thuật cho các tỉnh biên giới; dự kiến ký Thỏa thuận hợp tác kỹ thuật giai đoạn 2026 – 2030 với phía UNAIDS trong tháng 6.",
        ),
        (
            "list_item",
            "3. Cử đoàn chuyên gia sang Băng-la-đét và Bu-tan chia sẻ kinh nghiệm điều trị nghiện các chất dạng thuốc phiện bằng methadone, bằng kinh phí do UNAIDS tài trợ.",
        ),
        (
            "list_item",
            "4. Không đề xuất ứng cử vào Ban Điều phối Chương trình (PCB) của UNAIDS trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì triển khai Kế hoạch này.",
        ),
    ],
}

ZHE_GANGES = {
    "id": "zhe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước chia sẻ nước sông Hằng"),
        (
            "paragraph",
            "Hiệp ước giữa Ấn Độ và Băng-la-đét về chia sẻ nước sông Hằng tại Pha-rắc-ca được Thủ tướng hai nước, bà Sheikh Hasina và ông H. D. Deve Gowda, ký kết tại Niu Đê-li ngày 12/12/1996, với thời hạn 30 năm.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Đập Pha-rắc-ca trên sông Hằng, cách biên giới Băng-la-đét khoảng 18 km, được Ấn Độ đưa vào vận hành năm 1975 để chuyển nước về cảng Côn-ca-ta. Phía Băng-la-đét nhiều lần phản đối việc chuyển dòng này và đưa vấn đề ra Đại hội đồng Liên hợp quốc năm 1976. Sau hiệp định 5 năm ký tháng 11/1977, hai bên chỉ đạt được các bản ghi nhớ ngắn hạn vào các năm 1982 và 1985.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Văn kiện phân chia lượng nước tại Pha-rắc-ca trong mùa khô, từ ngày 1/1 đến ngày 31/5 hằng năm, và lập Ủy ban hỗn hợp để giám sát việc thực hiện.",
        ),
        ("heading", "Liên hệ với Việt Nam", 1),
        (
            "paragraph",
            "Hiệp ước sẽ hết hạn vào tháng 12/2026 nếu không được gia hạn. Cả Ấn Độ và Băng-la-đét đều chưa tham gia Công ước Liên hợp quốc về luật sử dụng các nguồn nước quốc tế cho các mục đích phi giao thông thủy (1997), văn kiện mà Việt Nam gia nhập năm 2014 và nhờ đó có hiệu lực từ ngày 17/8/2014. Ở hạ lưu vực sông Mê Công, Việt Nam, Lào, Cam-pu-chia và Thái Lan đã ký Hiệp định hợp tác phát triển bền vững lưu vực sông Mê Công tại Chiềng Rai ngày 5/4/1995.",
        ),
    ],
}

DOCS = [ZHA_BANGLADESH, ZHB_HATINH, ZHC_IPU, ZHD_PLAN, ZHE_GANGES]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 46 columns, labels at 72), body at 72 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) a centred "- N -" page number, a
    form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'- {n} -':^72}".rstrip()

    out, last = paged_body(doc, 46, 72, 72, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 68 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 68, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a time span, the
    lead (with its dateline) in <p class="lead"><strong>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T07:40:00+07:00">\n'
        f"<title>{title} - Thời sự</title>\n</head>\n<body>\n"
        '<nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a> | <a href="/the-gioi">Thế giới</a></nav>\n'
        f'<article>\n<h1 class="title">{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        f'<p class="lead"><strong>{lead}</strong></p>\n' + "\n".join(body) + "\n"
        '<div class="tags">Từ khóa: <a href="/tag/ipu">IPU</a> <a href="/tag/quoc-hoi">Quốc hội</a></div>\n'
        "</article>\n<footer>Bản quyền thuộc Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<46}KT. BỘ TRƯỞNG",
        f"{'- Các đơn vị thuộc Bộ;':<46}THỨ TRƯỞNG",
        f"{'- Lưu: VT, HTQT.':<50}(đã ký)",
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
        prefix="zh",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
