"""Build the sixty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout63/build_heldout63.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use as a main topic (Bolivia's regional integration and its relations with
Vietnam, Long An's external affairs in 2024, Bolivia's full membership of Mercosur on 8/7/2024, a
(fictitious) Ministry of Industry and Trade plan for trade with Bolivia in 2026, an encyclopedia entry
on ALBA). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the provincial report's local items and all quoted words are invented, the
ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    headed_journal,
    official_text,
    word_text,
)

ZYA_BOLIVIA = {
    "id": "zya",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU MỸ LATINH – Số 3 (2025)",
    "first_page": 47,
    "break_after": 9,
    "blocks": [
        ("title", "BÔ-LI-VI-A TRONG TIẾN TRÌNH HỘI NHẬP KHU VỰC VÀ TRIỂN VỌNG QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Đinh Thị Thu Trang"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát chính sách hội nhập khu vực của Bolivia và gợi mở hướng thúc đẩy quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Bolivia; ALBA; Mercosur; BRICS", "vi"),
        ("heading", "1. Từ ALBA đến Mercosur", 1),
        (
            "paragraph",
            "Sau khi ông Evo Morales nhậm chức Tổng thống năm 2006, Bolivia xích lại gần các chính phủ cánh tả trong khu vực. Ngày 29/4/2006, tại La Habana, nước này cùng Cuba và Venezuela ký Hiệp định Thương mại giữa các dân tộc (TCP), chính thức tham gia Liên minh Bolivar vì các dân tộc châu Mỹ (ALBA) (Hoàng Văn Khải, 2019, tr. 44). Nghị định thư gia nhập Thị trường chung Nam Mỹ (Mercosur) được ký tại Brasília ngày 17/7/2015, song phải đến tháng 7/2024 Bolivia mới trở thành thành viên đầy đủ của khối.",
        ),
        (
            "paragraph",
            "Năm 2014, trên cương vị Chủ tịch Nhóm 77, Bolivia đăng cai Hội nghị thượng đỉnh G77 và Trung Quốc tại Santa Cruz. Ngày 28/6/2016, nước này được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2017 – 2018. Ngược lại, vụ kiện mà La Paz đưa Chile ra Tòa án Công lý Quốc tế (ICJ) năm 2013, đòi đàm phán về lối ra biển, đã bị Tòa bác ngày 1/10/2018 (Phan Thị Mỹ Linh, 2021).",
        ),
        ("heading", "2. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Bolivia đều là thành viên Phong trào Không liên kết và Nhóm 77, thường xuyên ủng hộ lẫn nhau tại Liên hợp quốc. Từ ngày 1/1/2025, Bolivia là nước đối tác của nhóm BRICS; ngày 13/6/2025, Việt Nam cũng trở thành nước đối tác thứ mười của nhóm.",
        ),
        (
            "paragraph",
            "Tuy vậy, thương mại song phương còn khiêm tốn và Việt Nam chưa có hiệp định thương mại tự do với Mercosur. Giới nghiên cứu Bolivia “coi kinh nghiệm Đổi mới của Việt Nam là một tham chiếu quý” (Trịnh Quang Huy, 2023, tr. 87). Vì vậy, hai bên nên sớm lập nhóm công tác chung về thương mại và khoáng sản.",
        ),
    ],
}

ZYB_LONGAN = {
    "id": "zyb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH LONG AN",
        "SỞ NGOẠI VỤ",
        "Số: 298/BC-SNgV",
        "Long An, ngày 13 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình thực hiện công tác đối ngoại năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thực hiện công tác đối ngoại năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị, hợp tác với tỉnh Xvây Riêng (Campuchia) tiếp tục được củng cố; trong tháng 9, hai tỉnh đã tổ chức hội đàm thường niên tại thành phố Tân An, thống nhất phối hợp quản lý biên giới và phòng, chống buôn lậu qua Cửa khẩu quốc tế Bình Hiệp.",
        ),
        (
            "list_item",
            "2. Ngày 21/8/2024, Phó Chủ tịch UBND tỉnh tiếp Đại sứ Bô-li-vi-a cùng đoàn doanh nghiệp nước bạn đến tìm hiểu khả năng nhập khẩu xe máy, giày dép và hàng may mặc của tỉnh.",
        ),
        (
            "list_item",
            "3. Tiểu dự án nâng cấp hệ thống thủy lợi vùng Đồng Tháp Mười, sử dụng vốn vay Ngân hàng Thế giới (WB), đã giải ngân 85% kế hoạch vốn năm 2024.",
        ),
        (
            "list_item",
            "4. Trong năm, tỉnh thu hút thêm 57 dự án đầu tư trực tiếp nước ngoài, chủ yếu của các nhà đầu tư Nhật Bản, Hàn Quốc và Trung Quốc.",
        ),
        (
            "list_item",
            "5. Đoàn xúc tiến thương mại của tỉnh tại Bô-li-vi-a, dự kiến tổ chức trong tháng 9, chưa thực hiện được do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức hội đàm thường niên năm 2025 với tỉnh Xvây Riêng và ký Biên bản ghi nhớ hợp tác giai đoạn 2025 – 2030.",
        ),
        (
            "list_item",
            "2. Đưa doanh nghiệp tham gia Hội chợ quốc tế Expocruz tại thành phố Xan-ta Cru (Bô-li-vi-a) vào tháng 9/2025; nghiên cứu khả năng mở văn phòng xúc tiến thương mại của tỉnh tại khu vực Mercosur.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động vốn ODA của Nhật Bản cho dự án chống sạt lở bờ sông Vàm Cỏ Đông.",
        ),
    ],
}

ZYC_MERCOSUR = {
    "id": "zyc",
    "shape": "news",
    "date": "2024-07-09",
    "stamp": "Thứ Ba, 09/07/2024 - 08:40",
    "section": ("/the-gioi", "Thế giới"),
    "tags": [("/tag/bolivia", "Bô-li-vi-a"), ("/tag/mercosur", "Mercosur")],
    "blocks": [
        ("title", "Bô-li-vi-a chính thức trở thành thành viên đầy đủ của Mercosur"),
        (
            "paragraph",
            "A-xun-xi-ôn (TTXVN) – Ngày 8/7, tại Hội nghị thượng đỉnh Khối Thị trường chung Nam Mỹ (Mercosur) ở thủ đô của Pa-ra-goay, Bô-li-vi-a được công nhận là thành viên đầy đủ của khối, gần chín năm sau khi ký Nghị định thư gia nhập.",
        ),
        ("heading", "Bốn năm để hài hòa quy định", 1),
        (
            "paragraph",
            "Tổng thống Bô-li-vi-a Luis Arce có mặt tại hội nghị, chưa đầy hai tuần sau vụ binh biến bất thành ở La Paz. Nghị định thư gia nhập được các nước thành viên ký năm 2015 và được Quốc hội Bra-xin thông qua vào cuối năm ngoái. Theo quy định, Bô-li-vi-a có bốn năm để áp dụng biểu thuế đối ngoại chung cùng các quy định khác của khối.",
        ),
        ("heading", "Vắng Tổng thống Ác-hen-ti-na", 1),
        (
            "paragraph",
            "Tổng thống Ác-hen-ti-na Javier Milei không tham dự hội nghị; phái đoàn nước này do Ngoại trưởng Diana Mondino dẫn đầu. Cũng tại A-xun-xi-ôn, Pa-ra-goay đã chuyển giao chức Chủ tịch luân phiên của khối cho U-ru-goay.",
        ),
        (
            "paragraph",
            "Như vậy, Mercosur hiện có sáu thành viên đầy đủ là Ác-hen-ti-na, Bra-xin, Pa-ra-goay, U-ru-goay, Vê-nê-xu-ê-la và Bô-li-vi-a, trong đó Vê-nê-xu-ê-la bị đình chỉ tư cách thành viên từ năm 2016. Hiệp định thương mại tự do giữa khối với Liên minh châu Âu (EU), đạt được về nguyên tắc từ năm 2019, đến nay vẫn chưa được ký kết.",
        ),
    ],
}

ZYD_PLAN = {
    "id": "zyd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 245/KH-BCT':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy hợp tác thương mại và khoáng sản",
        "với Nhà nước Đa dân tộc Bô-li-vi-a năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Thúc đẩy hợp tác thương mại và khoáng sản với Nhà nước Đa dân tộc Bô-li-vi-a năm 2026",
        ),
        (
            "paragraph",
            "Nhằm đa dạng hóa thị trường xuất khẩu và phát huy việc Việt Nam trở thành nước đối tác của BRICS từ tháng 6/2025, Bộ Công Thương ban hành Kế hoạch thúc đẩy hợp tác với Bô-li-vi-a năm 2026 như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Bô-li-vi-a là thành viên đầy đủ của Mercosur từ tháng 7/2024 và là nước đối tác của BRICS từ ngày 1/1/2025. Nước này có nguồn tài nguyên lithium thuộc loại lớn nhất thế giới; năm 2023, Công ty Lithium quốc gia (YLB) đã ký thỏa thuận phát triển mỏ với một liên danh do tập đoàn CATL của Trung Quốc dẫn đầu. Năm ngoái, Bộ đã cử đoàn khảo sát thị trường sang La Paz và Xan-ta Cru, song hai bên chưa thiết lập cơ chế hợp tác thương mại song phương.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, tổ chức đoàn doanh nghiệp sang Bô-li-vi-a giới thiệu xe máy, điện thoại di động, hàng dệt may và giày dép.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao đề xuất với phía Bô-li-vi-a đàm phán Bản ghi nhớ về hợp tác thương mại và công nghiệp, phấn đấu ký trong năm 2026.",
        ),
        (
            "list_item",
            "3. Mời đoàn Bộ Phát triển Sản xuất và Kinh tế Đa dạng của Bô-li-vi-a sang dự Diễn đàn Doanh nghiệp Việt Nam – Mỹ Latinh tại Thành phố Hồ Chí Minh, dự kiến vào tháng 11.",
        ),
        (
            "list_item",
            "4. Nghiên cứu, báo cáo Chính phủ về khả năng khởi động đàm phán hiệp định thương mại tự do với Mercosur.",
        ),
        (
            "list_item",
            "5. Chưa xem xét đề xuất của doanh nghiệp về đầu tư khai thác lithium tại Bô-li-vi-a trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Thị trường châu Mỹ là đơn vị đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
        ),
    ],
}

ZYE_ALBA = {
    "id": "zye",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Bô-li-va vì các dân tộc châu Mỹ"),
        (
            "paragraph",
            "Liên minh Bô-li-va vì các dân tộc châu Mỹ – Hiệp ước Thương mại giữa các dân tộc (ALBA-TCP) là tổ chức hợp tác chính trị, kinh tế và xã hội của một số nước Mỹ Latinh và Ca-ri-bê. Tổ chức được Vê-nê-xu-ê-la và Cu-ba thành lập tại La Ha-ba-na ngày 14/12/2004 theo sáng kiến của Tổng thống Hugo Chávez và Chủ tịch Fidel Castro, với tên gọi ban đầu là Giải pháp Bô-li-va cho các dân tộc châu Mỹ; tên hiện nay được dùng từ năm 2009.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Bô-li-vi-a gia nhập ngày 29/4/2006, Ni-ca-ra-goa năm 2007 và Đô-mi-ni-ca năm 2008. Năm 2009, Ê-cu-a-đo, An-ti-goa và Bác-bu-đa cùng Xanh Vin-xen và Grê-na-đin được kết nạp.",
        ),
        ("heading", "Rút lui và trở lại", 1),
        (
            "paragraph",
            "Hôn-đu-rát, gia nhập năm 2008 dưới thời Tổng thống Manuel Zelaya, rút khỏi tổ chức năm 2010. Tháng 8/2018, Ê-cu-a-đo tuyên bố rời liên minh. Tháng 11/2019, chính phủ lâm thời Bô-li-vi-a cũng đưa nước này ra khỏi ALBA, song La Paz đã trở lại sau khi Tổng thống Luis Arce nhậm chức.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Ngân hàng ALBA được thành lập năm 2008; từ năm 2010, các thành viên dùng đồng tiền hạch toán chung SUCRE trong một phần thương mại nội khối. Tháng 3/2015, sau khi Mỹ ban hành sắc lệnh trừng phạt một số quan chức Vê-nê-xu-ê-la, hội nghị cấp cao bất thường của ALBA tại Ca-ra-cát đã ra tuyên bố phản đối biện pháp này.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không tham gia ALBA, nhưng có quan hệ hữu nghị truyền thống với nhiều nước thành viên, nhất là Cu-ba, Vê-nê-xu-ê-la và Ni-ca-ra-goa.",
        ),
    ],
}

DOCS = [ZYA_BOLIVIA, ZYB_LONGAN, ZYC_MERCOSUR, ZYD_PLAN, ZYE_ALBA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [
        f'<h3 class="subtitle">{b[1]}</h3>' if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]
    ]
    href, label = doc["section"]
    tags = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in doc["tags"])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | {label}</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T08:40:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li>'
        f'<li><a href="{href}">{label}</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        f'<ul class="tags">{tags}</ul>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam. Ghi rõ nguồn khi phát hành lại.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<48}THỨ TRƯỞNG",
        f"{'- Lưu: VT, TTCM.':<51}(đã ký)",
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
        prefix="zy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
