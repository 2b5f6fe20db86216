"""Build the seventy-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout71/build_heldout71.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Georgia from the UN and the CIS to the EU, and its relations with Vietnam,
Phú Thọ's external affairs in the first half of 2024, the European Council's grant of candidate status
to Georgia on 14/12/2023, a (fictitious) Gia Lai plan for trade promotion in Georgia and the South
Caucasus in 2026, an encyclopedia entry on the Commonwealth of Independent States). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
provincial report's and plan's local items and all quoted words are invented. Events, citations and
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

XWA_GEORGIA = {
    "id": "xwa",
    "shape": "journal",
    "header": "Nghiên cứu Á – Âu, số 6 (2024)",
    "first_page": 58,
    "break_after": 10,
    "blocks": [
        ("title", "GRU-DI-A: TỪ SNG ĐẾN NGƯỠNG CỬA EU VÀ CƠ HỘI CHO QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Ngô Quốc Khánh"),
        ("affiliation", "Học viện Chính trị khu vực I"),
        (
            "abstract",
            "Bài viết điểm lại con đường hội nhập của Gru-di-a và đề xuất hướng thúc đẩy hợp tác với Việt Nam.",
            "vi",
        ),
        ("keywords", "Gru-di-a; Nam Cáp-ca-dơ; SNG; Liên minh châu Âu", "vi"),
        ("heading", "1. Rời SNG, hướng về phương Tây", 1),
        (
            "paragraph",
            "Tuyên bố khôi phục độc lập ngày 9/4/1991, Gru-di-a trở thành thành viên Liên hợp quốc ngày 31/7/1992 và gia nhập Cộng đồng các quốc gia độc lập (SNG) năm 1993. Ngày 14/6/2000, nước này được kết nạp vào Tổ chức Thương mại Thế giới (Hà Minh Châu, 2016, tr. 72). Cuộc xung đột vũ trang với Nga tháng 8/2008 là bước ngoặt: sau khi Mát-xcơ-va công nhận Áp-kha-di-a và Nam Ô-xê-ti-a là các quốc gia độc lập, Gru-di-a cắt đứt quan hệ ngoại giao với Nga và rút khỏi SNG, quyết định có hiệu lực từ ngày 18/8/2009.",
        ),
        ("heading", "2. Con đường vào EU", 1),
        (
            "paragraph",
            "Hiệp định Liên kết giữa Gru-di-a và EU được ký tại Brúc-xen ngày 27/6/2014 và có hiệu lực đầy đủ từ ngày 1/7/2016. Tháng 3/2022, Tbi-li-xi nộp đơn xin gia nhập EU và được trao quy chế nước ứng cử viên vào tháng 12/2023 (Đặng Thu Trang, 2024).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Gru-di-a thiết lập quan hệ ngoại giao năm 1992. Ngày 10/11/2023, Thứ trưởng Ngoại giao Lê Thị Thu Hằng và Thứ trưởng Ngoại giao Gru-di-a Alexander Khvtisiashvili đồng chủ trì tham khảo chính trị lần thứ hai giữa hai Bộ Ngoại giao tại Hà Nội. Nước bạn mong muốn trở thành “cửa ngõ trung chuyển hàng hóa giữa châu Á và châu Âu” (Vũ Đức Thịnh, 2023, tr. 41). Do đó, ta nên sớm nghiên cứu khả năng đàm phán một hiệp định thương mại tự do song phương với Gru-di-a.",
        ),
    ],
}

XWB_PHUTHO = {
    "id": "xwb",
    "shape": "word",
    "head": [
        "UBND TỈNH PHÚ THỌ",
        "SỞ NGOẠI VỤ",
        "Số: 96/BC-SNgV",
        "Phú Thọ, ngày 14 tháng 6 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024", 1),
        (
            "list_item",
            "1. Từ ngày 4 đến ngày 6/3/2024, đoàn đại biểu tỉnh Gyeongsangbuk (Hàn Quốc) do Phó Tỉnh trưởng dẫn đầu sang thăm và làm việc tại tỉnh; hai bên đã ký Biên bản ghi nhớ về hợp tác nông nghiệp và đào tạo nghề.",
        ),
        (
            "list_item",
            "2. Nhân dịp Giỗ Tổ Hùng Vương, tỉnh đã đón 12 đoàn đại sứ, đại biện các nước đến dâng hương tại Khu di tích lịch sử Đền Hùng. Tín ngưỡng thờ cúng Hùng Vương ở Phú Thọ, được UNESCO ghi danh là Di sản văn hóa phi vật thể đại diện của nhân loại từ năm 2012, tiếp tục được quảng bá rộng rãi.",
        ),
        (
            "list_item",
            "3. Tháng 4, đoàn doanh nghiệp du lịch của tỉnh tham dự Hội chợ du lịch quốc tế tại Tbi-li-xi (Gru-di-a), giới thiệu các sản phẩm du lịch về nguồn.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Gru-di-a đến chào và làm việc với lãnh đạo tỉnh; phía bạn đề nghị tỉnh tạo điều kiện để các hãng lữ hành Gru-di-a mở tour kết nối Hà Nội – Đền Hùng.",
        ),
        (
            "list_item",
            "5. Đề xuất thiết lập quan hệ hữu nghị giữa thành phố Việt Trì và thành phố Cu-ta-i-xi (Gru-di-a) đến nay chưa được phía bạn phản hồi.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 9, tổ chức đoàn đại biểu tỉnh sang thăm tỉnh Gyeongsangbuk; dự kiến hai tỉnh sẽ ký kế hoạch hợp tác giai đoạn 2025 – 2030.",
        ),
        (
            "list_item",
            "2. Tiếp tục vận động Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tài trợ dự án cấp nước sạch cho các xã miền núi.",
        ),
        (
            "list_item",
            "3. Phối hợp với Ủy ban Quốc gia UNESCO Việt Nam chuẩn bị báo cáo định kỳ gửi UNESCO về công tác bảo vệ di sản Hát Xoan Phú Thọ.",
        ),
    ],
}

XWC_CANDIDATE = {
    "id": "xwc",
    "shape": "news",
    "date": "2023-12-15",
    "stamp": "15/12/2023 06:45",
    "blocks": [
        (
            "title",
            "EU trao quy chế ứng cử viên cho Gru-di-a, mở đàm phán gia nhập với U-crai-na và Môn-đô-va",
        ),
        (
            "paragraph",
            "Brúc-xen (TTXVN) – Tối 14/12, lãnh đạo các nước thành viên Liên minh châu Âu (EU) nhóm họp tại Brúc-xen đã quyết định trao quy chế nước ứng cử viên cho Gru-di-a và mở đàm phán gia nhập với U-crai-na và Môn-đô-va.",
        ),
        ("heading", "“Tín hiệu hy vọng”", 1),
        (
            "paragraph",
            "Chủ tịch Hội đồng châu Âu Charles Michel gọi quyết định này là “tín hiệu hy vọng rõ ràng” cho người dân các nước liên quan và cho cả châu lục. Theo các nhà ngoại giao, Thủ tướng Hung-ga-ri Viktor Orbán, người phản đối việc mở đàm phán với U-crai-na, đã rời phòng họp khi quyết định được thông qua. Tổng thống U-crai-na Volodymyr Zelensky gọi đây là “chiến thắng của U-crai-na và của cả châu Âu”. Đối với Bô-xni-a Héc-dê-gô-vi-na, EU sẽ mở đàm phán khi nước này đáp ứng đủ các tiêu chí gia nhập. Các nhà lãnh đạo EU sau đó tiếp tục thảo luận về gói hỗ trợ tài chính 50 tỷ euro dành cho Kiev.",
        ),
        ("heading", "Tbi-li-xi chờ gần hai năm", 1),
        (
            "paragraph",
            "Gru-di-a nộp đơn xin gia nhập EU tháng 3 năm ngoái, cùng thời điểm với Môn-đô-va. Tuy nhiên, khi U-crai-na và Môn-đô-va được công nhận là nước ứng cử viên hồi tháng 6/2022, Tbi-li-xi mới chỉ được EU ghi nhận “triển vọng châu Âu”. Đầu tháng 11 vừa qua, Ủy ban châu Âu đã khuyến nghị trao quy chế ứng cử viên cho Gru-di-a với điều kiện nước này tiếp tục cải cách.",
        ),
    ],
}

XWD_PLAN = {
    "id": "xwd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH GIA LAI':<40}Độc lập - Tự do - Hạnh phúc",
        "",
        f"{'Số: 17/KH-UBND':<40}Gia Lai, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại nông sản tại Gru-di-a",
        "và khu vực Nam Cáp-ca-dơ năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại nông sản tại Gru-di-a và khu vực Nam Cáp-ca-dơ năm 2026"),
        (
            "paragraph",
            "Để đa dạng hóa thị trường xuất khẩu cà phê, hồ tiêu và hạt điều của tỉnh, tận dụng vị trí trung chuyển của Gru-di-a giữa châu Á và châu Âu, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ TÌNH HÌNH", 1),
        (
            "paragraph",
            "Gru-di-a đã có hiệp định thương mại tự do với EU, có hiệu lực từ năm 2016, và với Trung Quốc, ký năm 2017; các cảng Pô-ti và Ba-tu-mi trên Biển Đen là cửa ngõ vào khu vực Nam Cáp-ca-dơ. Việt Nam và Gru-di-a chưa có hiệp định thương mại song phương. Năm ngoái, một số doanh nghiệp cà phê của tỉnh đã xuất khẩu thử sang Ác-mê-ni-a, thành viên Liên minh Kinh tế Á – Âu, theo ưu đãi của Hiệp định thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 5, tổ chức đoàn doanh nghiệp tham gia hội chợ thực phẩm tại Tbi-li-xi và làm việc với Phòng Thương mại và Công nghiệp Gru-di-a.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Công Thương mời đoàn nhà nhập khẩu Gru-di-a và A-déc-bai-gian sang khảo sát vùng nguyên liệu cà phê trong quý III.",
        ),
        (
            "list_item",
            "3. Nghiên cứu ký kết bản ghi nhớ hợp tác với Cộng hòa tự trị Át-gia-ra (Gru-di-a), nơi có cảng Ba-tu-mi.",
        ),
        (
            "list_item",
            "4. Chưa tổ chức đoàn xúc tiến sang Ác-mê-ni-a trong năm 2026.",
        ),
        (
            "paragraph",
            "Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan triển khai Kế hoạch; định kỳ sáu tháng báo cáo Ủy ban nhân dân tỉnh.",
        ),
    ],
}

XWE_CIS = {
    "id": "xwe",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng các quốc gia độc lập"),
        (
            "paragraph",
            "Cộng đồng các quốc gia độc lập (SNG; tiếng Anh: CIS) là tổ chức khu vực của phần lớn các nước cộng hòa thuộc Liên Xô cũ; Ban Chấp hành của tổ chức đặt tại Min-xcơ (Bê-la-rút), tiếng Nga là ngôn ngữ làm việc.",
        ),
        ("heading", "Thành lập", 1),
        (
            "paragraph",
            "Ngày 8/12/1991, lãnh đạo Nga, U-crai-na và Bê-la-rút ký Hiệp định Bê-lô-vê-gie về thành lập SNG. Ngày 21/12/1991, tại An-ma A-ta, Ác-mê-ni-a, A-déc-bai-gian, Ca-dắc-xtan, Cư-rơ-gư-xtan, Môn-đô-va, Tát-gi-ki-xtan, Tuốc-mê-ni-xtan và U-dơ-bê-ki-xtan cùng ba nước sáng lập ký Nghị định thư, qua đó trở thành thành viên của cộng đồng. Hiến chương SNG được thông qua tại Min-xcơ ngày 22/1/1993.",
        ),
        ("heading", "Thay đổi thành phần", 1),
        (
            "paragraph",
            "Gru-di-a gia nhập năm 1993 nhưng đã rút khỏi tổ chức sau cuộc xung đột với Nga tháng 8/2008; việc rút lui có hiệu lực từ ngày 18/8/2009. Tuốc-mê-ni-xtan chỉ còn là thành viên liên kết từ năm 2005. U-crai-na chưa bao giờ phê chuẩn Hiến chương và từ năm 2018 đã ngừng tham gia các cơ quan của SNG.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ ngoại giao với tất cả các nước thuộc SNG; Nga, thành viên lớn nhất của cộng đồng, là Đối tác chiến lược toàn diện của Việt Nam từ năm 2012. Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu (EAEU), ký ngày 29/5/2015 và có hiệu lực từ ngày 5/10/2016, mở rộng cơ hội cho hàng hóa Việt Nam tại nhiều thị trường của cộng đồng này.",
        ),
    ],
}

DOCS = [XWA_GEORGIA, XWB_PHUTHO, XWC_CANDIDATE, XWD_PLAN, XWE_CIS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header (with a rule under it) on top of every page,
    front matter by heldout_kit.front_matter_lines (title at 48 columns, labels at 72), body at 72 columns
    with a blank line after headings; after ``break_after`` body lines (mid-sentence) the bare page number
    flush left, a form feed and the header; the last page ends with its number."""
    head = doc["header"]
    rule = "_" * 72

    out, last = paged_body(doc, 48, 72, 72, lambda page: ["", str(page), "\f" + head, rule, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, rule, "", *out, str(last)]) + "\n", [head, rule, *(str(n) for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 75 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 75, ["GIÁM ĐỐC", "(Đã ký)", "Trần Văn Hưng"])


def render_news(doc: dict) -> str:
    """A news page: <meta name="pubdate">, a breadcrumb, <main>, <h1>, a date <p class="date">, the lead
    (with its dateline) in <div class="lead"><strong>, <h2> subheads, <p> paragraphs, a keyword list, a
    footer with the agency's copyright."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="pubdate" content="{doc["date"]}T06:45:00+07:00">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/the-gioi">Thế giới</a> › '
        '<a href="/the-gioi/chau-au">Châu Âu</a></div>\n'
        f'<main>\n<h1>{title}</h1>\n<p class="date">{doc["stamp"]}</p>\n'
        f'<div class="lead"><strong>{lead}</strong></div>\n' + "\n".join(body) + "\n"
        '<ul class="keywords"><li>EU</li><li>Gru-di-a</li><li>mở rộng EU</li></ul>\n'
        "</main>\n<footer>TTXVN giữ bản quyền nội dung.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A provincial plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<46}TM. ỦY BAN NHÂN DÂN",
        f"{'- Bộ Công Thương;':<50}CHỦ TỊCH",
        f"{'- Sở Công Thương;':<50}(đã ký)",
        "- Lưu: VT, KT.",
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
        prefix="xw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
