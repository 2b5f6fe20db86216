"""Build the forty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout43/build_heldout43.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout42, on topics those sets do not use (Azerbaijan between the
Caspian, the Black Sea and Vietnam, Bà Rịa – Vũng Tàu's external affairs in 2024, Azerbaijan's election to
the UN Security Council of 24/10/2011, a Ministry of Agriculture plan on cooperation with IFAD in 2025, an
encyclopedia entry on the Charter of the Black Sea Economic Cooperation). Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the provincial report's
local items and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious.
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
    official_text,
    paged_body,
    word_text,
)

ZEA_AZERBAIJAN = {
    "id": "zea",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu châu Âu – châu Á, số 3 (2025)",
    "first_page": 73,
    "break_after": 7,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – A-DÉC-BAI-GIAN TRONG BỐI CẢNH MỚI"),
        ("author", "Đỗ Minh Khuê"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát vị thế quốc tế của A-déc-bai-gian và quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "A-déc-bai-gian; Nam Cáp-ca; BSEC; Việt Nam", "vi"),
        ("heading", "1. Vị thế quốc tế của A-déc-bai-gian", 1),
        (
            "paragraph",
            "Ngày 18/10/1991, Xô viết Tối cao A-déc-bai-gian thông qua Đạo luật Hiến pháp về độc lập nhà nước; ngày 9/11/1991, Thổ Nhĩ Kỳ trở thành quốc gia đầu tiên công nhận nền độc lập ấy. Ngày 2/3/1992, nước này cùng Ác-mê-ni-a, Môn-đô-va và năm nước cộng hòa Trung Á được kết nạp vào Liên hợp quốc (Lê Thanh Tùng, 2016, tr. 41-42). Là thành viên Tổ chức Hợp tác Hồi giáo (OIC) và một trong 11 nước sáng lập Tổ chức Hợp tác Kinh tế Biển Đen (BSEC), Ba-cu còn khẳng định vai trò trong Phong trào Không liên kết: Hội nghị cấp cao lần thứ 18 của Phong trào được tổ chức tại Ba-cu ngày 25 – 26/10/2019 dưới sự chủ trì của Tổng thống nước chủ nhà Ilham Aliyev, người tiếp nhận cương vị Chủ tịch Phong trào từ Vê-nê-xu-ê-la.",
        ),
        ("heading", "2. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và A-déc-bai-gian thiết lập quan hệ ngoại giao ngày 23/9/1992. Từ thời Xô viết, nhiều kỹ sư dầu khí Việt Nam đã được đào tạo tại Ba-cu, lực lượng về sau góp phần xây dựng ngành dầu khí nước nhà (Trịnh Văn Hải, 2021). Tuy vậy, đến nay hai nước chưa có hiệp định thương mại tự do, còn A-déc-bai-gian không tham gia Liên minh Kinh tế Á – Âu, khối mà Việt Nam đã ký hiệp định thương mại tự do năm 2015.",
        ),
        (
            "paragraph",
            "Việc phía bạn đăng cai COP29 tại Ba-cu tháng 11 năm ngoái cho thấy nước này đang trở thành “cầu nối giữa châu Á và châu Âu” (Phan Thị Lan Anh, 2024, tr. 57). Thời gian tới, hai bên có thể phấn đấu mở rộng hợp tác năng lượng qua Hành lang Trung tâm xuyên Ca-xpi.",
        ),
    ],
}

ZEB_VUNGTAU = {
    "id": "zeb",
    "shape": "word",
    "head": [
        "UBND TỈNH BÀ RỊA – VŨNG TÀU",
        "SỞ NGOẠI VỤ",
        "Số: 389/BC-SNgV",
        "Bà Rịa, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024 và nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024 và nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Liên doanh Việt – Nga Vietsovpetro tiếp tục là đối tác nước ngoài quan trọng nhất của tỉnh trong lĩnh vực thăm dò, khai thác dầu khí.",
        ),
        (
            "list_item",
            "2. Ngày 21 và 22/5/2024, Đại sứ A-déc-bai-gian tại Việt Nam dẫn đầu đoàn công tác đến thăm, làm việc với tỉnh; hai bên trao đổi khả năng kết nối cụm cảng Cái Mép – Thị Vải với Cảng Thương mại quốc tế Ba-cu.",
        ),
        (
            "list_item",
            "3. Công trình trạm cấp nước sạch cho ba xã ven biển huyện Xuyên Mộc, được Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) viện trợ không hoàn lại 1,8 triệu USD, đã hoàn thành và bàn giao trong năm nay.",
        ),
        (
            "list_item",
            "4. Tháng trước, đoàn chuyên gia của Quỹ Phát triển Nông nghiệp Quốc tế (IFAD) khảo sát vùng ven biển hai huyện Xuyên Mộc và Đất Đỏ để chuẩn bị dự án thích ứng với biến đổi khí hậu.",
        ),
        (
            "list_item",
            "5. Đoàn doanh nghiệp của tỉnh không sang Ba-cu dự Tuần lễ Năng lượng Ba-cu như kế hoạch đầu năm do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 6 năm tới, tham mưu tổ chức đoàn lãnh đạo tỉnh thăm A-déc-bai-gian và Thổ Nhĩ Kỳ, kết hợp dự Tuần lễ Năng lượng Ba-cu.",
        ),
        (
            "list_item",
            "2. Phối hợp với IFAD hoàn thiện đề xuất dự án nói trên, phấn đấu trình cấp có thẩm quyền phê duyệt chủ trương trước tháng 9.",
        ),
    ],
}

ZEC_UNSC = {
    "id": "zec",
    "shape": "news",
    "date": "2011-10-25",
    "stamp": "Thứ Ba, 25/10/2011 | 07:40",
    "blocks": [
        ("title", "A-déc-bai-gian lần đầu có ghế tại Hội đồng Bảo an Liên hợp quốc"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Ngày 24/10 (giờ địa phương), sau 17 vòng bỏ phiếu, Đại hội đồng Liên hợp quốc đã bầu A-déc-bai-gian làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2012 – 2013 với 155 phiếu thuận.",
        ),
        ("heading", "Cuộc đua kéo dài hai phiên", 1),
        (
            "paragraph",
            "Trong phiên bỏ phiếu hôm 21/10, Gua-tê-ma-la, Ma-rốc, Pa-ki-xtan và Tô-gô đã giành bốn ghế còn lại, song ghế dành cho nhóm Đông Âu chưa ngã ngũ vì cả A-déc-bai-gian lẫn Xlô-ven-ni-a đều không đạt đa số hai phần ba. Xlô-ven-ni-a rút lui trước vòng thứ 17.",
        ),
        (
            "paragraph",
            "Năm nước trúng cử sẽ tham gia Hội đồng từ ngày 1/1/2012, thay cho Bô-xni-a và Héc-dê-gô-vi-na, Bra-xin, Ga-bông, Li-băng và Ni-giê-ri-a. Phát biểu sau khi có kết quả, Bộ trưởng Ngoại giao nước này Elmar Mammadyarov khẳng định Ba-cu sẽ “đóng góp có trách nhiệm cho hòa bình và an ninh quốc tế”.",
        ),
        ("heading", "Việt Nam và A-déc-bai-gian", 1),
        (
            "paragraph",
            "Việt Nam, nước từng là Ủy viên không thường trực nhiệm kỳ 2008 – 2009, có quan hệ ngoại giao với A-déc-bai-gian từ năm 1992; hai nước thường xuyên ủng hộ nhau tại các diễn đàn đa phương.",
        ),
    ],
}

ZED_IFAD = {
    "id": "zed",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'PHÁT TRIỂN NÔNG THÔN':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 97/KH-BNN-HTQT':<40}Hà Nội, ngày 10 tháng 01 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tăng cường hợp tác với Quỹ Phát triển Nông nghiệp Quốc tế",
        "(IFAD) năm 2025",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tăng cường hợp tác với Quỹ Phát triển Nông nghiệp Quốc tế (IFAD) năm 2025"),
        (
            "paragraph",
            "IFAD là cơ quan chuyên môn của Liên hợp quốc, ra đời theo Hiệp định thành lập Quỹ Phát triển Nông nghiệp Quốc tế (1976), có hiệu lực ngày 30/11/1977. Từ năm 1993, IFAD liên tục cung cấp vốn vay ưu đãi và viện trợ không hoàn lại cho Việt Nam để giảm nghèo ở nông thôn, tập trung ở các tỉnh miền núi phía Bắc, Tây Nguyên và Đồng bằng sông Cửu Long. Để phát huy kết quả đó, Bộ ban hành Kế hoạch với các nhiệm vụ sau:",
        ),
        (
            "list_item",
            "1. Tháng 2 năm nay, cử đoàn do Thứ trưởng dẫn đầu dự Phiên họp thường niên lần thứ 48 của Hội đồng Thống đốc IFAD tại Rô-ma (I-ta-li-a).",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Tài chính nghiên cứu, đề xuất mức đóng góp của Việt Nam cho đợt bổ sung nguồn lực lần thứ 13 của IFAD (giai đoạn 2025 – 2027).",
        ),
        (
            "list_item",
            "3. Phối hợp với IFAD chia sẻ kinh nghiệm phát triển chuỗi giá trị nông sản với A-déc-bai-gian và Gru-di-a theo cơ chế hợp tác Nam – Nam và hợp tác ba bên.",
        ),
        (
            "list_item",
            "4. Chưa xem xét việc đăng cai hội nghị khu vực của IFAD trong năm 2025.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối, chịu trách nhiệm theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

ZEE_BSEC = {
    "id": "zee",
    "shape": "entry",
    "blocks": [
        ("title", "Hiến chương Tổ chức Hợp tác Kinh tế Biển Đen"),
        (
            "paragraph",
            "Hiến chương Tổ chức Hợp tác Kinh tế Biển Đen (BSEC) được lãnh đạo các nước thành viên ký tại I-an-ta (U-crai-na) ngày 5/6/1998, đưa cơ chế hợp tác khu vực ra đời sáu năm trước đó trở thành một tổ chức quốc tế có tư cách pháp nhân.",
        ),
        ("heading", "Tiền thân", 1),
        (
            "paragraph",
            "BSEC bắt nguồn từ sáng kiến của Tổng thống Thổ Nhĩ Kỳ Turgut Özal. Ngày 25/6/1992, tại I-xtan-bun, nguyên thủ và người đứng đầu chính phủ 11 nước An-ba-ni, Ác-mê-ni-a, A-déc-bai-gian, Bun-ga-ri, Gru-di-a, Hy Lạp, Môn-đô-va, Ru-ma-ni, Nga, Thổ Nhĩ Kỳ và U-crai-na đã ký Tuyên bố Hội nghị cấp cao về Hợp tác Kinh tế Biển Đen.",
        ),
        ("heading", "Hiệu lực và bộ máy", 1),
        (
            "paragraph",
            "Sau khi được các nước thành viên phê chuẩn, Hiến chương có hiệu lực từ ngày 1/5/1999; cùng năm, BSEC được Đại hội đồng Liên hợp quốc trao quy chế quan sát viên. Ban Thư ký thường trực đặt tại I-xtan-bun. Về sau, Xéc-bi-a và Bắc Ma-xê-đô-ni-a được kết nạp, nâng số thành viên lên 13.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên hay quan sát viên của BSEC, song có quan hệ kinh tế chặt chẽ với nhiều nước trong tổ chức: Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu (2015), mà Nga và Ác-mê-ni-a là thành viên, có hiệu lực từ ngày 5/10/2016.",
        ),
    ],
}

DOCS = [ZEA_AZERBAIJAN, ZEB_VUNGTAU, ZEC_UNSC, ZED_IFAD, ZEE_BSEC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter by heldout_kit.front_matter_lines (title at 46
    columns, labels at 72), headings followed by a blank line, body at 72 columns; after ``break_after``
    body lines (mid-sentence) the first page's number centred at its foot, a form feed and the next page's
    running header with its page number at the left; the last page has no foot line."""
    page = doc["first_page"]
    head = f"{page + 1}{'':8}{doc['header']}"
    out, _ = paged_body(doc, 46, 72, 72, lambda n: ["", f"{n:^72}".rstrip(), "\f" + head, ""])
    return "\n".join(out), [str(page), str(page + 1), doc["header"]]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 68 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 68, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news agency page: <meta property="article:published_time">, a breadcrumb, <article> with <h1>, the
    time stamp in a <span>, the lead (with its dateline) in <p class="lead">, <h2> subheads, <p> paragraphs,
    a tag list and a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T07:40:00+07:00">\n'
        f"<title>{title} - Thế giới</title>\n</head>\n<body>\n"
        '<nav class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/the-gioi">Thế giới</a></nav>\n'
        f'<article>\n<h1>{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        f'<p class="lead">{lead}</p>\n' + "\n".join(body) + "\n"
        '<div class="tags">Từ khóa: <a href="/tag/lhq">Liên hợp quốc</a></div>\n'
        "</article>\n<footer>Bản quyền thuộc Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 74
    columns with a blank line between blocks, the signature block at the right and "Nơi nhận"."""
    tail = [
        f"{'':44}KT. BỘ TRƯỞNG",
        f"{'':44}THỨ TRƯỞNG",
        f"{'':46}(đã ký)",
        "Nơi nhận:",
        "- Bộ Ngoại giao, Bộ Tài chính;",
        "- Lưu: VT, HTQT.",
    ]
    return official_text(doc, 74, tail)


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
        prefix="ze",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
