"""Build the sixty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout62/build_heldout62.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Rwanda's foreign relations after 1994 and its ties with Vietnam, Đắk Nông's
external affairs in 2024, Rwanda's admission to the Commonwealth on 29/11/2009, a (fictitious) Ministry of
Industry and Trade plan for trade promotion with the East African Community in 2026, an encyclopedia entry
on the East African Community). Nothing in src/ was changed for them. Facts are well-established;
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

ZXA_RWANDA = {
    "id": "zxa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU PHI ĐƯƠNG ĐẠI – Số 3 (2025)",
    "first_page": 47,
    "break_after": 10,
    "blocks": [
        ("title", "RU-AN-ĐA SAU NĂM 1994: HỘI NHẬP KHU VỰC VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Hoàng Thị Thu Trang"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết điểm lại chính sách đối ngoại của Ru-an-đa sau năm 1994 và gợi ý hướng thúc đẩy hợp tác với Việt Nam.",
            "vi",
        ),
        ("keywords", "Ru-an-đa; Cộng đồng Đông Phi; hợp tác Nam – Nam", "vi"),
        ("heading", "1. Từ đổ nát đến hội nhập", 1),
        (
            "paragraph",
            "Giành độc lập ngày 1/7/1962, Ru-an-đa được kết nạp vào Liên hợp quốc ngày 18/9/1962, cùng ngày với nước láng giềng Bu-run-đi. Cuộc diệt chủng năm 1994 làm khoảng 800.000 người thiệt mạng, trong khi Phái bộ Hỗ trợ của Liên hợp quốc tại Ru-an-đa (UNAMIR) lại bị rút bớt quân đúng lúc cần được tăng cường nhất (Nguyễn Văn Thành, 2019, tr. 44). Ki-ga-li sau đó hướng mạnh về khu vực: ngày 1/7/2007, nước này cùng Bu-run-đi trở thành thành viên Cộng đồng Đông Phi (EAC).",
        ),
        ("heading", "2. Đa dạng hóa quan hệ đối ngoại", 1),
        (
            "paragraph",
            "Quan hệ với Pháp bị Ru-an-đa cắt đứt vào tháng 11/2006 và đến ngày 29/11/2009 mới được khôi phục. Ngày 18/10/2012, Đại hội đồng Liên hợp quốc bầu Ru-an-đa làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2013 – 2014. Năm 2018, Tổng thống Pôn Ka-ga-mê đảm nhiệm cương vị Chủ tịch Liên minh châu Phi (AU).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Ru-an-đa thiết lập quan hệ ngoại giao ngày 30/9/1975. Tháng 6/2002, hai nước ký Hiệp định khung về hợp tác kinh tế, thương mại, văn hóa, khoa học và công nghệ; sáu năm sau, Tổng thống Ka-ga-mê thăm Việt Nam từ ngày 23 đến 26/5/2008. Từ năm 2007, cả hai cùng thí điểm sáng kiến “Thống nhất hành động” của Liên hợp quốc (Lê Quang Huy, 2021). Phía bạn coi Việt Nam là “bài học về an ninh lương thực mà châu Phi cần tham khảo” (Phan Thị Ngọc Mai, 2023, tr. 78). Tuy vậy, đến nay hai nước vẫn chưa có cơ quan đại diện thường trú tại thủ đô của nhau; ta cần sớm mở rộng hợp tác về nông nghiệp, cà phê và đào tạo.",
        ),
    ],
}

ZXB_DAKNONG = {
    "id": "zxb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG",
        "SỞ NGOẠI VỤ",
        "Số: 231/BC-SNgV",
        "Đắk Nông, ngày 13 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị với tỉnh Mondulkiri (Campuchia) tiếp tục được củng cố. Tháng 4/2024, lãnh đạo hai tỉnh hội đàm tại Cửa khẩu Bu Prăng và ký Biên bản ghi nhớ hợp tác giai đoạn 2024 – 2026; nhân dịp này, tỉnh trao tặng phía bạn 300 tấn gạo và trang thiết bị y tế trị giá 1,5 tỷ đồng.",
        ),
        (
            "list_item",
            "2. Từ ngày 9 đến ngày 15/9/2024, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã khảo sát thị trường cà phê tại Ru-an-đa và Kê-ni-a, đồng thời tham dự một hội chợ chuyên ngành tại Ki-ga-li.",
        ),
        (
            "list_item",
            "3. Tháng trước, tỉnh đón đoàn doanh nghiệp Ru-an-đa sang tìm hiểu quy trình chế biến cà phê tại Đắk Mil và Đắk Song; hai bên đã trao đổi kinh nghiệm về truy xuất nguồn gốc sản phẩm.",
        ),
        (
            "list_item",
            "4. Trong năm, tỉnh tiếp nhận 14 khoản viện trợ phi chính phủ nước ngoài, tổng giá trị giải ngân khoảng 2,1 triệu USD. Công trình nước sạch và nhà vệ sinh cho các trường học huyện Tuy Đức do Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tài trợ đã được bàn giao.",
        ),
        (
            "list_item",
            "5. Hội nghị xúc tiến đầu tư của tỉnh tại Hàn Quốc dự kiến tổ chức trong quý III đã không thực hiện được do điều chỉnh kế hoạch.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Đón đoàn lãnh đạo tỉnh Mondulkiri sang thăm, chúc Tết Nguyên đán vào tháng 1 năm sau; phối hợp tổ chức hội nghị sơ kết một năm thực hiện Biên bản ghi nhớ.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Việt Nam tại Tan-da-ni-a, kiêm nhiệm Ru-an-đa, xúc tiến việc trao đổi chuyên gia cà phê giữa hai bên.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động JICA và KOICA tài trợ các dự án nước sạch, y tế tại các huyện biên giới.",
        ),
    ],
}

ZXC_COMMONWEALTH = {
    "id": "zxc",
    "shape": "news",
    "date": "2009-11-30",
    "stamp": "Thứ Hai, 30/11/2009 - 07:45",
    "blocks": [
        ("title", "Ru-an-đa trở thành thành viên thứ 54 của Khối Thịnh vượng chung"),
        (
            "paragraph",
            "Port of Spain (TTXVN) – Ngày 29/11 (giờ địa phương), Hội nghị Thượng đỉnh Khối Thịnh vượng chung (CHOGM) họp tại thủ đô của Tri-ni-đát và Tô-ba-gô đã quyết định kết nạp Ru-an-đa, nâng tổng số thành viên của tổ chức lên 54 nước.",
        ),
        ("heading", "Không có quá khứ thuộc địa Anh", 1),
        (
            "paragraph",
            "Trước Ru-an-đa, Mô-dăm-bích là nước duy nhất không có quan hệ lịch sử với Đế quốc Anh được gia nhập Khối, vào năm 1995. Từng là thuộc địa của Đức rồi đặt dưới sự quản lý của Bỉ, nước Trung Phi này vẫn là thành viên Cộng đồng Pháp ngữ.",
        ),
        (
            "paragraph",
            "Cùng ngày, Chính phủ Ru-an-đa tuyên bố khôi phục quan hệ ngoại giao với Pháp. Ki-ga-li đã cắt đứt quan hệ với Pa-ri từ tháng 11/2006, sau khi một thẩm phán Pháp ký lệnh bắt giữ chín quan chức thân cận của Tổng thống Pôn Ka-ga-mê.",
        ),
        ("heading", "Biến đổi khí hậu chiếm trọng tâm", 1),
        (
            "paragraph",
            "Hội nghị diễn ra từ ngày 27 đến 29/11, dành nhiều thời gian thảo luận về biến đổi khí hậu trước Hội nghị của Liên hợp quốc tại Cô-pen-ha-ghen vào tháng 12. Tổng Thư ký Liên hợp quốc Ban Ki-mun, Tổng thống Pháp Ni-cô-la Xác-cô-di và Thủ tướng Đan Mạch La-xơ Lốc-kê Ra-xmu-xen đã được mời tới dự.",
        ),
        (
            "paragraph",
            "Phi-gi, bị đình chỉ hoàn toàn tư cách thành viên từ ngày 1/9/2009, không có đại diện tại hội nghị. Hội nghị thượng đỉnh tiếp theo sẽ được tổ chức tại Ô-xtrây-li-a vào năm 2011.",
        ),
    ],
}

ZXD_PLAN = {
    "id": "zxd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 19/KH-BCT':<42}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại với các nước thành viên",
        "Cộng đồng Đông Phi (EAC) năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến thương mại với các nước thành viên Cộng đồng Đông Phi (EAC) năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện Chương trình cấp quốc gia về xúc tiến thương mại năm 2026, nhằm khai thác thị trường hơn 300 triệu dân của Cộng đồng Đông Phi (EAC) và cơ hội từ Khu vực thương mại tự do lục địa châu Phi (AfCFTA), Bộ Công Thương ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "EAC hiện có tám thành viên, trong đó Xô-ma-li chính thức trở thành thành viên từ tháng 3/2024. Hàng xuất khẩu của ta sang khu vực chủ yếu là gạo, hàng dệt may, điện thoại và linh kiện; Tập đoàn Viettel đã đầu tư mạng di động Halotel tại Tan-da-ni-a và Lumitel tại Bu-run-đi. Năm ngoái, Bộ đã phối hợp tổ chức đoàn doanh nghiệp sang Kê-ni-a và Tan-da-ni-a, song chưa tổ chức được hoạt động xúc tiến nào tại Ru-an-đa và U-gan-đa.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, tổ chức đoàn doanh nghiệp sang Ki-ga-li (Ru-an-đa) và Cam-pa-la (U-gan-đa) khảo sát thị trường, kết hợp làm việc với Ban Thư ký EAC tại A-ru-sa (Tan-da-ni-a).",
        ),
        (
            "list_item",
            "2. Hỗ trợ doanh nghiệp tham gia Hội chợ Thương mại quốc tế Đa-rét Xa-lam vào đầu tháng 7.",
        ),
        (
            "list_item",
            "3. Chủ trì, phối hợp với Bộ Ngoại giao đàm phán với phía Ru-an-đa Bản ghi nhớ về hợp tác thương mại, dự kiến ký vào tháng 11.",
        ),
        (
            "list_item",
            "4. Không tổ chức Tuần hàng Việt Nam tại Giu-ba (Nam Xu-đăng) trong năm 2026 do tình hình an ninh chưa bảo đảm.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại chủ trì, phối hợp với Vụ Thị trường châu Phi, Tây Á, Nam Á và các Thương vụ Việt Nam tại khu vực tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

ZXE_EAC = {
    "id": "zxe",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng Đông Phi"),
        (
            "paragraph",
            "Cộng đồng Đông Phi (tiếng Anh: East African Community, EAC) là tổ chức hợp tác kinh tế và chính trị khu vực, được tái lập theo Hiệp ước do Kê-ni-a, U-gan-đa và Tan-da-ni-a ký tại A-ru-sa ngày 30/11/1999. Hiệp ước có hiệu lực từ ngày 7/7/2000; Ban Thư ký của Cộng đồng đặt tại A-ru-sa.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Ba nước sáng lập từng lập ra một Cộng đồng Đông Phi vào năm 1967, song tổ chức này tan rã năm 1977 do bất đồng chính trị và kinh tế giữa các thành viên.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Ru-an-đa và Bu-run-đi được kết nạp từ ngày 1/7/2007. Tiếp đó, Nam Xu-đăng gia nhập năm 2016, Cộng hòa Dân chủ Công-gô năm 2022 và Xô-ma-li năm 2024, nâng số thành viên lên tám.",
        ),
        ("heading", "Hội nhập kinh tế", 1),
        (
            "paragraph",
            "Liên minh thuế quan của EAC vận hành từ năm 2005, thị trường chung từ năm 2010. Nghị định thư về Liên minh tiền tệ, ký năm 2013, đặt mục tiêu tiến tới đồng tiền chung, nhưng đến nay mục tiêu này vẫn chưa thành hiện thực. Năm 2015, EAC cùng Thị trường chung Đông và Nam Phi (COMESA) và Cộng đồng Phát triển Nam Phi (SADC) ký hiệp định thành lập Khu vực thương mại tự do ba khối tại Sác-man Sếch (Ai Cập).",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ ngoại giao với tất cả các nước thành viên EAC, song chưa thiết lập cơ chế đối thoại chính thức với Cộng đồng.",
        ),
    ],
}

DOCS = [ZXA_RWANDA, ZXB_DAKNONG, ZXC_COMMONWEALTH, ZXD_PLAN, ZXE_EAC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 46 columns, labels at 72), body at 72 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) the page number centred as
    "– N –", a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'– {n} –':^72}".rstrip()

    out, last = paged_body(doc, 46, 72, 72, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    <span>, the lead (with its dateline) in <div class="sapo">, <h2> subheads, <p> paragraphs, a tag list,
    footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} - Thế giới</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T07:45:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav id="main-nav"><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a> | '
        '<a href="/chau-phi">Châu Phi</a></nav>\n'
        f'<article>\n<h1 class="headline">{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        f'<div class="sapo">{lead}</div>\n' + "\n".join(body) + "\n"
        '<div class="tags">Từ khóa: <a href="/tag/ru-an-da">Ru-an-đa</a>, '
        '<a href="/tag/khoi-thinh-vuong-chung">Khối Thịnh vượng chung</a></div>\n'
        "</article>\n<footer>Bản quyền thuộc Thông tấn xã Việt Nam.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<50}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<50}THỨ TRƯỞNG",
        "- Các Thương vụ tại khu vực;",
        f"{'- Lưu: VT, XTTM.':<53}(đã ký)",
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
        prefix="zx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
