"""Build the forty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout44/build_heldout44.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout42, on topics those sets do not use (Vietnam and Palestine in
multilateral fora, Hà Tĩnh's external affairs in 2024, the General Assembly resolution on Palestine's UN
membership of 10/5/2024, a Foreign Ministry plan for Palestine, Iraq and Lebanon in 2025, an
encyclopedia entry on the Oslo Accords). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the provincial report's local
items and figures and all quoted words are invented, the ministry plan (number, date, tasks) is
fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
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

ZFA_PALESTINE = {
    "id": "zfa",
    "shape": "journal",
    "header": "Tạp chí Trung Đông học, số 4 (2024)",
    "first_page": 27,
    "break_after": 8,
    "blocks": [
        ("title", "VIỆT NAM – PALESTINE: TÌNH ĐOÀN KẾT TRÊN CÁC DIỄN ĐÀN ĐA PHƯƠNG"),
        ("author", "Hoàng Minh Đức"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết điểm lại sự phối hợp giữa Việt Nam và Palestine tại các diễn đàn đa phương.",
            "vi",
        ),
        ("keywords", "Việt Nam; Palestine; Liên hợp quốc; UNRWA", "vi"),
        ("heading", "1. Những dấu mốc chính trị", 1),
        (
            "paragraph",
            "Chủ tịch Tổ chức Giải phóng Palestine (PLO) Yasser Arafat từng nhiều lần sang thăm Việt Nam (Nguyễn Thị Lan, 2015, tr. 44). Chỉ bốn ngày sau khi Hội đồng Dân tộc Palestine tuyên bố thành lập Nhà nước Palestine tại An-giê ngày 15/11/1988, Việt Nam đã công nhận nhà nước mới và hai nước thiết lập quan hệ ngoại giao ngày 19/11/1988.",
        ),
        (
            "paragraph",
            "Palestine là thành viên Liên đoàn Ả-rập, Tổ chức Hợp tác Hồi giáo (OIC) và Phong trào Không liên kết. Ngày 31/10/2011, UNESCO kết nạp nước này với 107 phiếu thuận; ngày 29/11/2012, Đại hội đồng Liên hợp quốc nâng quy chế của Palestine lên quốc gia quan sát viên không phải thành viên với 138 phiếu thuận, trong đó có phiếu của Việt Nam. Theo Trịnh Quốc Bảo (2023), hai bên luôn ủng hộ các ứng cử của nhau; ngày 11/10/2022, Việt Nam trúng cử Hội đồng Nhân quyền nhiệm kỳ 2023 – 2025 với 145 phiếu.",
        ),
        ("heading", "2. Hợp tác nhân đạo và triển vọng", 1),
        (
            "paragraph",
            "Kể cả sau Hiệp định Oslo (1993), hàng triệu người tị nạn Palestine ở Gioóc-đa-ni, Li-băng và Xy-ri vẫn sống nhờ Cơ quan Cứu trợ và Việc làm Liên hợp quốc cho người tị nạn Palestine (UNRWA), được thành lập ngày 8/12/1949. Việt Nam đã đào tạo nhiều lưu học sinh Palestine, song quan hệ kinh tế giữa hai nước chưa tương xứng với quan hệ chính trị; phía bạn mong muốn hai bên sớm ký hiệp định hợp tác nông nghiệp, “bước đi thiết thực nhất” (Hoàng Thu Trang, 2021, tr. 58).",
        ),
    ],
}

ZFB_HATINH = {
    "id": "zfb",
    "shape": "word",
    "head": [
        "UBND TỈNH HÀ TĨNH",
        "SỞ NGOẠI VỤ",
        "Số: 389/BC-SNgV",
        "Hà Tĩnh, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị truyền thống, đoàn kết đặc biệt với hai tỉnh Bô-ly-khăm-xay và Khăm Muộn (Lào) tiếp tục được củng cố; từ ngày 8 đến ngày 10/4/2024, đoàn lãnh đạo tỉnh sang thăm, chúc Tết Bun-pi-mai tỉnh Bô-ly-khăm-xay.",
        ),
        (
            "list_item",
            "2. Tỉnh hỗ trợ phía bạn 3 tỷ đồng xây dựng nhà làm việc liên ngành tại cửa khẩu Nậm Phao, đối diện cửa khẩu quốc tế Cầu Treo, nâng tổng giá trị hỗ trợ cho hai tỉnh bạn từ năm ngoái đến nay lên 7 tỷ đồng.",
        ),
        (
            "list_item",
            "3. Tháng 9/2024, Đại sứ Nhà nước Palestine tại Việt Nam đến thăm và làm việc với Ủy ban nhân dân tỉnh; hai bên trao đổi khả năng hợp tác đào tạo nghề và xuất khẩu nông sản.",
        ),
        (
            "list_item",
            "4. Hưởng ứng lời kêu gọi của Trung ương Hội Chữ thập đỏ Việt Nam, tháng trước Hội Chữ thập đỏ tỉnh đã chuyển 450 triệu đồng ủng hộ người dân Dải Gaza.",
        ),
        (
            "list_item",
            "5. Chương trình xúc tiến đầu tư tại I-rắc và Cô-oét dự kiến trong quý IV không thực hiện được do tình hình an ninh khu vực diễn biến phức tạp.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4 năm tới, đoàn lãnh đạo tỉnh sẽ sang thăm tỉnh Khăm Muộn và ký Biên bản thỏa thuận hợp tác giai đoạn 2025 – 2030.",
        ),
        (
            "list_item",
            "2. Phấn đấu đón Đại sứ quán Palestine cùng cơ quan đại diện một số nước Ả-rập đến tìm hiểu môi trường đầu tư tại Khu kinh tế Vũng Áng.",
        ),
    ],
}

ZFC_UNGA = {
    "id": "zfc",
    "shape": "news",
    "date": "2024-05-11",
    "stamp": "11/05/2024 06:40 GMT+7",
    "blocks": [
        ("title", "Đại hội đồng Liên hợp quốc ủng hộ Palestine trở thành thành viên đầy đủ"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 10/5, tại phiên họp đặc biệt khẩn cấp, Đại hội đồng Liên hợp quốc đã thông qua nghị quyết xác định Nhà nước Palestine đủ điều kiện trở thành thành viên Liên hợp quốc, với 143 phiếu thuận, 9 phiếu chống và 25 phiếu trắng.",
        ),
        ("heading", "Đề nghị Hội đồng Bảo an xem xét lại", 1),
        (
            "paragraph",
            "Văn kiện do Các Tiểu vương quốc Ả-rập Thống nhất, Chủ tịch Nhóm Ả-rập trong tháng 5, trình; nghị quyết khuyến nghị Hội đồng Bảo an xem xét lại vấn đề một cách tích cực và trao thêm cho Palestine một số quyền kể từ khóa họp thứ 79.",
        ),
        (
            "paragraph",
            "Trước đó, ngày 18/4, Mỹ đã phủ quyết dự thảo nghị quyết do An-giê-ri đệ trình lên Hội đồng Bảo an về việc kết nạp Palestine, dù văn kiện nhận được 12 phiếu thuận; Anh và Thụy Sĩ bỏ phiếu trắng.",
        ),
        ("heading", "Việt Nam bỏ phiếu thuận", 1),
        (
            "paragraph",
            "Việt Nam nằm trong số các nước bỏ phiếu thuận. Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc, khẳng định nước ta “luôn ủng hộ cuộc đấu tranh chính nghĩa của nhân dân Palestine vì các quyền dân tộc cơ bản” và cho biết Phái đoàn sẽ tiếp tục phối hợp với phía bạn tại các cơ quan Liên hợp quốc.",
        ),
    ],
}

ZFD_PLAN = {
    "id": "zfd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BNG':<42}Hà Nội, ngày 10 tháng 02 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai quan hệ với Palestine, I-rắc và Li-băng năm 2025",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Triển khai quan hệ với Palestine, I-rắc và Li-băng năm 2025"),
        (
            "paragraph",
            "Nhằm cụ thể hóa chủ trương tăng cường quan hệ với các nước Trung Đông, Bộ Ngoại giao ban hành Kế hoạch triển khai quan hệ với ba nước năm 2025 như sau:",
        ),
        ("heading", "I. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tiếp tục khẳng định lập trường nhất quán của Việt Nam ủng hộ việc thành lập Nhà nước Palestine độc lập, có chủ quyền trên cơ sở đường biên giới trước năm 1967, cùng tồn tại hòa bình với I-xra-en; phối hợp với In-đô-nê-xi-a và Ma-lai-xi-a thúc đẩy ASEAN lên tiếng về tình hình Dải Gaza.",
        ),
        (
            "list_item",
            "2. Dự kiến trong quý III năm nay, tổ chức tham khảo chính trị cấp Thứ trưởng Ngoại giao với I-rắc, nước thiết lập quan hệ ngoại giao với Việt Nam năm 1968, tại Hà Nội.",
        ),
        (
            "list_item",
            "3. Nghiên cứu khoản đóng góp tự nguyện của Chính phủ cho UNRWA để hỗ trợ người tị nạn Palestine tại Dải Gaza, Li-băng và Xy-ri.",
        ),
        (
            "list_item",
            "4. Phối hợp với Li-băng, nước cùng là thành viên Tổ chức Quốc tế Pháp ngữ (OIF), trong công tác bảo hộ công dân Việt Nam tại nước này.",
        ),
        (
            "list_item",
            "5. Làm việc với Quỹ OPEC vì Phát triển Quốc tế (OFID), tổ chức mà I-rắc là thành viên, về các khoản vay ưu đãi cho hạ tầng nông thôn.",
        ),
        (
            "list_item",
            "6. Chưa xem xét việc mở Tổng Lãnh sự quán tại Éc-bin (I-rắc) trong năm 2025.",
        ),
        ("heading", "II. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Vụ Trung Đông – châu Phi chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch này.",
        ),
    ],
}

ZFE_OSLO = {
    "id": "zfe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Oslo"),
        (
            "paragraph",
            "Hiệp định Oslo là tên gọi chung của hai văn kiện giữa I-xra-en và Tổ chức Giải phóng Palestine (PLO), hình thành từ các cuộc đàm phán bí mật tại Na Uy năm 1993 mà Ngoại trưởng nước chủ nhà Johan Jørgen Holst trực tiếp thúc đẩy.",
        ),
        ("heading", "Ký kết", 1),
        (
            "paragraph",
            "Sau khi hai bên trao thư công nhận lẫn nhau ngày 9/9/1993, Tuyên bố về các nguyên tắc về những thỏa thuận tự trị tạm thời (Oslo I) được ký kết tại Nhà Trắng ngày 13/9/1993, với cái bắt tay giữa Thủ tướng I-xra-en Yitzhak Rabin và Chủ tịch PLO Yasser Arafat trước sự chứng kiến của Tổng thống Mỹ Bill Clinton. Hiệp định tạm thời về Bờ Tây và Dải Gaza (Oslo II) được ký tại Ta-ba (Ai Cập) ngày 24/9/1995 rồi được ký chính thức tại Oa-sinh-tơn bốn ngày sau đó; tháng 10/1995, Quốc hội I-xra-en phê chuẩn văn kiện này với 61 phiếu thuận, 59 phiếu chống.",
        ),
        ("heading", "Thực thi", 1),
        (
            "paragraph",
            "Chính quyền Dân tộc Palestine ra đời theo Hiệp định Gaza – Giê-ri-cô ký tại Cai-rô ngày 4/5/1994; ngày 20/1/1996, Arafat được bầu làm Chủ tịch Chính quyền này với khoảng 88% số phiếu. Rabin bị ám sát ngày 4/11/1995. Hội nghị thượng đỉnh Trại David tháng 7/2000 không đạt được thỏa thuận về quy chế cuối cùng, và các vấn đề Giê-ru-xa-lem, người tị nạn, biên giới đến nay vẫn chưa được giải quyết.",
        ),
        ("heading", "Lập trường của Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam, nước thiết lập quan hệ ngoại giao với Nhà nước Palestine năm 1988, nhất quán ủng hộ giải pháp hai nhà nước trên cơ sở các nghị quyết liên quan của Liên hợp quốc, trong đó có Nghị quyết 242 (1967) của Hội đồng Bảo an.",
        ),
    ],
}

DOCS = [ZFA_PALESTINE, ZFB_HATINH, ZFC_UNGA, ZFD_PLAN, ZFE_OSLO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter by heldout_kit.front_matter_lines (title at 46
    columns, labels at 72), body at 72 columns, headings followed by a blank line; after ``break_after``
    body lines (mid-sentence) a blank line, the page number centred at 72 columns, a form feed and the
    running header followed by its page number; the last page ends with its centred number."""
    header = doc["header"]
    removed: list[str] = []

    def page_break(page: int) -> list[str]:
        head = f"{header}{page + 1:>{72 - len(header)}}"
        removed.extend([str(page), head])
        return ["", f"{page:^72}".rstrip(), "\f" + head, ""]

    out, last = paged_body(doc, 46, 72, 72, page_break)
    return "\n".join([*out, f"{last:^72}".rstrip()]) + "\n", [*removed, str(last)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A newspaper page: Open Graph date, a breadcrumb, <article>, <h1>, the time, the lead (with its
    dateline) in <p class="lead">, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T06:40:00+07:00">\n'
        f"<title>{title} - Thế giới</title>\n</head>\n<body>\n"
        '<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/the-gioi">Thế giới</a></nav>\n'
        f"<article>\n<h1>{title}</h1>\n<time>{doc['stamp']}</time>\n"
        f'<p class="lead">{lead}</p>\n' + "\n".join(body) + "\n"
        '<div class="tags">Từ khóa: <a href="/tag/palestine">Palestine</a> <a href="/tag/lhq">Liên hợp quốc</a></div>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 78 columns
    with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<44}KT. BỘ TRƯỞNG",
        f"{'- Lãnh đạo Bộ;':<46}THỨ TRƯỞNG",
        f"{'- Các đơn vị liên quan;':<50}(đã ký)",
        "- Lưu: VT, TĐ-CP.",
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
        prefix="zf",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
