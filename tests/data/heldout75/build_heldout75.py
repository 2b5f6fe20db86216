"""Build the seventy-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout75/build_heldout75.py [--check]

Five short documents on a UN agency the earlier held-out sets do not use as a main topic: the United
Nations Children's Fund (UNICEF) and Vietnam (a journal article on fifty years of cooperation since 1975,
Điện Biên's external affairs in 2024, the World Summit for Children in New York, 29 – 30/9/1990, as a news
page, a (fictitious) Ministry of Education and Training plan for cooperation with UNICEF in 2026, an
encyclopedia entry on UNICEF). Nothing in src/ was changed for them. Facts are well-established;
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

WQA_UNICEF = {
    "id": "wqa",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu Tổ chức quốc tế, số 4/2025",
    "first_page": 23,
    "break_after": 10,
    "blocks": [
        ("title", "VIỆT NAM VÀ UNICEF: NỬA THẾ KỶ HỢP TÁC VÌ TRẺ EM"),
        ("author", "Trịnh Thu Hằng"),
        ("affiliation", "Viện Nghiên cứu Con người"),
        (
            "abstract",
            "Bài viết khái quát quá trình hợp tác giữa Việt Nam và Quỹ Nhi đồng Liên hợp quốc từ năm 1975 và gợi ý hướng hợp tác mới.",
            "vi",
        ),
        ("keywords", "UNICEF; quyền trẻ em; tiêm chủng; hợp tác Nam – Nam", "vi"),
        ("heading", "1. Những năm đầu sau chiến tranh", 1),
        (
            "paragraph",
            "UNICEF bắt đầu hợp tác với Việt Nam từ năm 1975, khi đất nước vừa ra khỏi chiến tranh, bằng những chuyến hàng thuốc men, sữa bột và vật tư y tế cho các tỉnh bị tàn phá nặng nề (Đỗ Thanh Bình, 2015, tr. 33). Trong thập niên 1980, dù nước ta bị Mỹ và phương Tây bao vây, cấm vận, UNICEF cùng Tổ chức Y tế Thế giới (WHO) vẫn giúp ta triển khai Chương trình Tiêm chủng mở rộng, được thí điểm từ năm 1981.",
        ),
        ("heading", "2. Từ Công ước đến các mục tiêu phát triển", 1),
        (
            "paragraph",
            "Tháng 2/1990, Việt Nam phê chuẩn Công ước của Liên hợp quốc về quyền trẻ em, trở thành nước đầu tiên ở châu Á và thứ hai trên thế giới làm việc này. Công ước có hiệu lực từ ngày 2/9/1990. Nhờ sự hỗ trợ của UNICEF và WHO, nước ta thanh toán bệnh bại liệt năm 2000 và loại trừ uốn ván sơ sinh năm 2005, “những thành tựu mà nhiều nước có thu nhập cao hơn chưa đạt được” (Lương Thị Mai, 2019, tr. 57).",
        ),
        ("heading", "3. Hợp tác trong bối cảnh mới", 1),
        (
            "paragraph",
            "Trong đại dịch Covid-19, UNICEF là đơn vị vận chuyển vắc-xin của Cơ chế COVAX; lô đầu tiên gồm 811.200 liều đã về đến nước ta ngày 1/4/2021. Hiện nay, hai bên đang thực hiện Chương trình hợp tác quốc gia giai đoạn 2022 – 2026, tập trung vào y tế, giáo dục, bảo vệ trẻ em và ứng phó biến đổi khí hậu (Nguyễn Hoàng Anh, 2023). Khi Việt Nam đã là nước thu nhập trung bình, viện trợ không hoàn lại giảm dần; vì thế, ta cần chủ động cùng UNICEF chia sẻ kinh nghiệm với Lào và Campuchia theo hình thức hợp tác Nam – Nam.",
        ),
    ],
}

WQB_DIENBIEN = {
    "id": "wqb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
        "SỞ NGOẠI VỤ",
        "Số: 204/BC-SNgV",
        "Điện Biên, ngày 12 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ NỔI BẬT", 1),
        (
            "list_item",
            "1. Nhân dịp kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2024), tỉnh đã phối hợp đón tiếp chu đáo nhiều đoàn khách quốc tế, trong đó có đoàn đại biểu Pháp và đoàn của hai tỉnh bạn Lào là Phông-xa-lỳ và Luông Pha-bang.",
        ),
        (
            "list_item",
            "2. UNICEF tiếp tục hỗ trợ tỉnh thực hiện các chương trình dinh dưỡng, nước sạch và vệ sinh trường học tại các huyện Mường Nhé, Nậm Pồ và Tủa Chùa với tổng kinh phí khoảng 650.000 USD.",
        ),
        (
            "list_item",
            "3. Tháng 9/2024, đoàn công tác của tỉnh sang thăm và làm việc tại tỉnh Phông-xa-lỳ; hai bên ký Biên bản hội đàm về hợp tác năm 2025.",
        ),
        (
            "list_item",
            "4. Tháng trước, tỉnh đón Trưởng Đại diện UNICEF tại Việt Nam đến khảo sát mô hình trường học an toàn ở huyện Mường Chà; phía bạn đề nghị nhân rộng mô hình ra toàn tỉnh.",
        ),
        (
            "list_item",
            "5. Cuộc hội đàm với chính quyền huyện Giang Thành (Vân Nam, Trung Quốc) về quản lý biên giới chưa tổ chức được do phía bạn đề nghị hoãn.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với UNICEF xây dựng kế hoạch hợp tác năm 2025, ưu tiên các xã đặc biệt khó khăn vùng biên giới.",
        ),
        (
            "list_item",
            "2. Tháng 5 năm sau, cử đoàn đại biểu tỉnh sang tỉnh Luông Pha-bang trao đổi kinh nghiệm phát triển du lịch và ký thỏa thuận hợp tác giai đoạn 2025 – 2030.",
        ),
        (
            "list_item",
            "3. Tổ chức hội đàm với huyện Giang Thành trong sáu tháng đầu năm 2025.",
        ),
    ],
}

WQC_SUMMIT = {
    "id": "wqc",
    "shape": "news",
    "date": "1990-10-01",
    "stamp": "Thứ Hai, 01/10/1990 - 07:45",
    "blocks": [
        ("title", "Hội nghị cấp cao thế giới về trẻ em bế mạc tại Niu Oóc"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Ngày 30/9, Hội nghị cấp cao thế giới về trẻ em đã bế mạc tại trụ sở Liên hợp quốc sau hai ngày làm việc, với sự tham dự của 71 nguyên thủ quốc gia và người đứng đầu chính phủ.",
        ),
        ("heading", "Tuyên bố và Kế hoạch hành động", 1),
        (
            "paragraph",
            "Các nhà lãnh đạo đã thông qua Tuyên bố thế giới về sự sống còn, bảo vệ và phát triển của trẻ em cùng Kế hoạch hành động cho thập niên 1990, với mục tiêu giảm một phần ba tỷ lệ tử vong ở trẻ em dưới 5 tuổi vào năm 2000. Hội nghị do Thủ tướng Ca-na-đa Brian Mulroney và Tổng thống Ma-li Moussa Traoré đồng chủ trì, theo sáng kiến của sáu nước Ca-na-đa, Ai Cập, Ma-li, Mê-hi-cô, Pa-ki-xtan và Thụy Điển.",
        ),
        ("heading", "Công ước về quyền trẻ em", 1),
        (
            "paragraph",
            "Công ước của Liên hợp quốc về quyền trẻ em, được Đại hội đồng thông qua tháng 11 năm ngoái, đã có hiệu lực từ ngày 2/9 vừa qua. Việt Nam phê chuẩn Công ước hồi tháng 2, là nước đầu tiên ở châu Á làm việc này. Trong khi đó, Hoa Kỳ đến nay vẫn chưa ký văn kiện này.",
        ),
        (
            "paragraph",
            "Giám đốc điều hành UNICEF James Grant cho biết tổ chức sẽ giúp các nước xây dựng chương trình hành động quốc gia để thực hiện các mục tiêu mà Hội nghị đề ra.",
        ),
    ],
}

WQD_PLAN = {
    "id": "wqd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':38}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 56/KH-BGDĐT':<38}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Quỹ Nhi đồng Liên hợp quốc (UNICEF)",
        "trong lĩnh vực giáo dục năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Quỹ Nhi đồng Liên hợp quốc (UNICEF) trong lĩnh vực giáo dục năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ Chương trình hợp tác quốc gia giữa Chính phủ Việt Nam và UNICEF giai đoạn 2022 – 2026, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác năm 2026, năm cuối của chu kỳ, như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, UNICEF đã hỗ trợ Bộ biên soạn tài liệu giáo dục song ngữ cho trẻ em dân tộc thiểu số và trang bị thiết bị học tập cho các trường bị thiệt hại do bão lũ ở miền núi phía Bắc. Bộ đã cử đoàn sang Băng Cốc dự hội thảo khu vực về giáo dục hòa nhập do Văn phòng UNICEF khu vực Đông Á – Thái Bình Dương tổ chức. Tuy nhiên, dự án xây dựng công trình vệ sinh trường học tại Tây Nguyên chưa được ký kết do hai bên chưa thống nhất phần vốn đối ứng.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Phối hợp với Bộ Tài chính và UNICEF tổng kết Chương trình hợp tác giai đoạn 2022 – 2026; đàm phán và ký Kế hoạch công tác chung cho giai đoạn mới, dự kiến vào tháng 11.",
        ),
        (
            "list_item",
            "2. Tháng 6 năm nay, cử cán bộ tham gia đoàn Việt Nam dự phiên họp thường niên của Ban Chấp hành UNICEF tại Niu Oóc.",
        ),
        (
            "list_item",
            "3. Đề nghị UNICEF tiếp tục hỗ trợ kỹ thuật và kinh phí cho chương trình chuyển đổi số trong giáo dục mầm non ở các tỉnh miền núi.",
        ),
        (
            "list_item",
            "4. Cùng Bộ Giáo dục và Thể thao Lào tổ chức hội thảo chia sẻ kinh nghiệm giáo dục song ngữ tại Hà Nội, với sự hỗ trợ của UNICEF.",
        ),
        (
            "list_item",
            "5. Không triển khai dự án mới với UNICEF tại các thành phố trực thuộc trung ương trong năm 2026.",
        ),
        ("paragraph", "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này."),
    ],
}

WQE_UNICEF = {
    "id": "wqe",
    "shape": "entry",
    "blocks": [
        ("title", "Quỹ Nhi đồng Liên hợp quốc"),
        (
            "paragraph",
            "Quỹ Nhi đồng Liên hợp quốc (tiếng Anh: United Nations Children's Fund, UNICEF) là cơ quan của Liên hợp quốc chuyên trách về quyền và phúc lợi của trẻ em, trụ sở tại Niu Oóc (Hoa Kỳ), hoạt động tại hơn 190 quốc gia và vùng lãnh thổ.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "UNICEF được Đại hội đồng Liên hợp quốc thành lập ngày 11/12/1946 với tên gọi Quỹ Cứu trợ khẩn cấp trẻ em quốc tế của Liên hợp quốc, ban đầu nhằm cứu trợ trẻ em ở các nước châu Âu bị tàn phá sau Chiến tranh thế giới thứ hai. Năm 1953, Quỹ trở thành cơ quan thường trực của Liên hợp quốc và được đổi tên như hiện nay, song vẫn giữ tên viết tắt cũ. Năm 1965, UNICEF được trao giải Nobel Hòa bình.",
        ),
        ("heading", "Tổ chức", 1),
        (
            "paragraph",
            "Ban Chấp hành gồm 36 thành viên do Hội đồng Kinh tế và Xã hội (ECOSOC) bầu với nhiệm kỳ ba năm. Quỹ hoạt động hoàn toàn bằng đóng góp tự nguyện của các chính phủ và khu vực tư nhân. Công ước về quyền trẻ em, được Đại hội đồng thông qua ngày 20/11/1989, là nền tảng cho hoạt động của UNICEF; Hoa Kỳ là thành viên Liên hợp quốc duy nhất chưa phê chuẩn Công ước này.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "UNICEF có mặt tại Việt Nam từ năm 1975. Việt Nam phê chuẩn Công ước về quyền trẻ em năm 1990. Năm 2021, UNICEF đảm nhận việc chuyển vắc-xin Covid-19 của Cơ chế COVAX, do Liên minh Vắc-xin (Gavi), CEPI và WHO đồng dẫn dắt, đến Việt Nam.",
        ),
    ],
}

DOCS = [WQA_UNICEF, WQB_DIENBIEN, WQC_SUMMIT, WQD_PLAN, WQE_UNICEF]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header (in ordinary case) on top of every page, the
    first too; front matter by heldout_kit.front_matter_lines (title at 50 columns, labels at 70), body at
    70 columns, headings with no blank line after them; after ``break_after`` body lines (mid-sentence) the
    page number centred between dashes ("- 23 -"), a form feed and the header; the last page ends with its
    number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'- {n} -':^70}".rstrip()

    out, last = paged_body(
        doc, 50, 70, 70, lambda page: [foot(page), "\f" + head, ""], blank_after_heading=False
    )
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: the lines wrapped at 80 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 80, ["GIÁM ĐỐC", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news archive page: <meta property="article:published_time">, a breadcrumb nav, <div class="article">,
    <h1 class="title">, a date <span>, the lead (with its dateline) in <div class="sapo">, <h4> subheads,
    <p> paragraphs, a "Tags:" line, a related-articles list and a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h4>{b[1]}</h4>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T07:45:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav class="breadcrumb"><a href="/">Tư liệu</a> &gt; <a href="/the-gioi">Thế giới</a></nav>\n'
        f'<div class="article">\n<h1 class="title">{title}</h1>\n<span class="date">{doc["stamp"]}</span>\n'
        f'<div class="sapo">{lead}</div>\n' + "\n".join(body) + "\n"
        '<p class="tags">Tags: trẻ em, UNICEF, Liên hợp quốc</p>\n</div>\n'
        '<ul class="related"><li><a href="/bai-2">Việt Nam phê chuẩn Công ước về quyền trẻ em</a></li></ul>\n'
        "<footer>Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 74
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<46}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao, Bộ Tài chính;':<48}THỨ TRƯỞNG",
        f"{'- Văn phòng UNICEF tại Việt Nam;':<50}(đã ký)",
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
        prefix="wq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
