"""Build the seventy-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout76/build_heldout76.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – Côte d'Ivoire from the relations of 1975 to the cashew trade,
Khánh Hòa's external affairs in 2024, Mali, Burkina Faso and Niger announcing their withdrawal from
ECOWAS on 28/1/2024, a (fictitious) Ministry of Agriculture and Environment plan for agricultural
cooperation with Côte d'Ivoire and West Africa in 2026, an encyclopedia entry on the African
Development Bank). Nothing in src/ was changed for them. Facts are well-established; authors, journal,
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
    entry_text,
    official_text,
    paged_body,
    word_text,
)

WRA_COTE_DIVOIRE = {
    "id": "wra",
    "shape": "journal",
    "header": "TẠP CHÍ NÔNG NGHIỆP VÀ HỘI NHẬP – Số 5 (2025)",
    "first_page": 45,
    "break_after": 12,
    "blocks": [
        ("title", "VIỆT NAM – CÔTE D'IVOIRE: TỪ HẠT ĐIỀU ĐẾN HỢP TÁC NÔNG NGHIỆP"),
        ("author", "Ngô Thị Thanh Bình"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ Việt Nam – Côte d'Ivoire và đề xuất hướng hợp tác.",
            "vi",
        ),
        ("keywords", "Côte d'Ivoire; ECOWAS; hạt điều; hợp tác nông nghiệp", "vi"),
        ("heading", "1. Một trụ cột của Tây Phi", 1),
        (
            "paragraph",
            "Giành độc lập từ Pháp ngày 7/8/1960, Côte d'Ivoire được kết nạp vào Liên hợp quốc ngày 20/9/1960. Ba năm sau, nước này có mặt trong số các thành viên sáng lập Tổ chức Thống nhất châu Phi (OAU), rồi cùng Ni-giê-ri-a, Ga-na, Xê-nê-gan và các nước láng giềng ký Hiệp ước Lagos ngày 28/5/1975 thành lập Cộng đồng Kinh tế các quốc gia Tây Phi (Đinh Công Hậu, 2019, tr. 44). Ngày 2/6/2017, Đại hội đồng Liên hợp quốc bầu Côte d'Ivoire làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2018 – 2019; cũng trong tháng đó, Phái bộ Liên hợp quốc tại Côte d'Ivoire (UNOCI) kết thúc nhiệm vụ sau 13 năm.",
        ),
        ("heading", "2. Từ chính trị đến thương mại", 1),
        (
            "paragraph",
            "Việt Nam và Côte d'Ivoire thiết lập quan hệ ngoại giao ngày 6/10/1975. Nhiều năm liền, hai nước chủ yếu phối hợp tại các diễn đàn đa phương như Phong trào Không liên kết và Cộng đồng Pháp ngữ, còn trao đổi kinh tế không đáng kể (Bùi Thị Minh Nguyệt, 2023). Khi Côte d'Ivoire vươn lên dẫn đầu thế giới về sản lượng điều thô, Việt Nam trở thành khách hàng lớn nhất của nước này, còn gạo Việt Nam có mặt thường xuyên ở Abidjan.",
        ),
        ("heading", "3. Một chuỗi giá trị chung", 1),
        (
            "paragraph",
            "Abidjan còn là nơi đặt trụ sở Ngân hàng Phát triển châu Phi (AfDB), trở lại thành phố từ năm 2014 sau hơn mười năm tạm chuyển sang Tuy-ni-di. Việt Nam không phải là thành viên AfDB. Một nhà nghiên cứu nhận định: “hạt điều Côte d'Ivoire và nhà máy Việt Nam là hai nửa của cùng một chuỗi giá trị” (Lại Văn Khiêm, 2024, tr. 87). Vì vậy, hai nước cần sớm ký một hiệp định khung về hợp tác nông nghiệp.",
        ),
    ],
}

WRB_KHANHHOA = {
    "id": "wrb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
        "SỞ NGOẠI VỤ",
        "Số: 198/BC-SNgV",
        "Khánh Hòa, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình thực hiện công tác đối ngoại năm 2024 và nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thực hiện công tác đối ngoại năm 2024 và nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 3/2024, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã sang Bờ Biển Ngà và Xê-nê-gan xúc tiến xuất khẩu hải sản chế biến, yến sào; tại Abidjan, Hiệp hội Doanh nghiệp tỉnh đã ký thỏa thuận hợp tác với Phòng Thương mại và Công nghiệp Bờ Biển Ngà.",
        ),
        (
            "list_item",
            "2. Trong năm, tỉnh tiếp 52 đoàn khách quốc tế, trong đó có đoàn Bộ Tài nguyên chăn nuôi và thủy sản Bờ Biển Ngà sang tìm hiểu mô hình nuôi tôm hùm lồng tại huyện Vạn Ninh vào tháng 7.",
        ),
        (
            "list_item",
            "3. Dự án thoát nước và xử lý nước thải thành phố Cam Ranh, do Ngân hàng Phát triển châu Á (ADB) cho vay 35 triệu USD, tiếp tục được triển khai đúng tiến độ.",
        ),
        (
            "list_item",
            "4. Tháng 10, lãnh đạo tỉnh tiếp Phó Thống đốc tỉnh Kagoshima (Nhật Bản); hai bên đã ký Biên bản ghi nhớ về hợp tác nuôi trồng thủy sản và đào tạo nguồn nhân lực.",
        ),
        (
            "list_item",
            "5. Kế hoạch mở văn phòng xúc tiến thương mại của tỉnh tại Abidjan chưa thực hiện được do thiếu kinh phí; dự án khu nghỉ dưỡng của nhà đầu tư Ấn Độ tại bán đảo Cam Ranh chưa được cấp phép.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, tổ chức đoàn doanh nghiệp tham dự hội chợ thủy sản tại Abidjan, kết hợp khảo sát thị trường Ga-na.",
        ),
        (
            "list_item",
            "2. Phối hợp với ADB hoàn thành các hạng mục còn lại của dự án thoát nước trước mùa mưa năm 2025.",
        ),
        (
            "list_item",
            "3. Đón đoàn tỉnh Kagoshima sang dự Festival Biển Nha Trang; mời chuyên gia Nhật Bản hướng dẫn quy trình nuôi trồng thủy sản đạt chuẩn xuất khẩu.",
        ),
    ],
}

WRC_ECOWAS = {
    "id": "wrc",
    "shape": "news",
    "date": "2024-01-29",
    "stamp": "29/01/2024 07:40 GMT+7",
    "blocks": [
        ("title", "Mali, Burkina Faso và Niger tuyên bố rút khỏi ECOWAS"),
        (
            "paragraph",
            "Niamey (TTXVN) – Ngày 28/1, chính quyền quân sự ba nước Mali, Burkina Faso và Niger ra tuyên bố chung, cho biết rút khỏi Cộng đồng Kinh tế các quốc gia Tây Phi (ECOWAS) ngay lập tức.",
        ),
        (
            "paragraph",
            "Tuyên bố được đọc trên truyền hình nhà nước của cả ba nước, cáo buộc ECOWAS đã xa rời lý tưởng của những người sáng lập, chịu ảnh hưởng của các thế lực bên ngoài và không giúp đỡ các nước thành viên trong cuộc chiến chống khủng bố. Ba nước cũng chỉ trích các lệnh trừng phạt mà khối này áp đặt là “phi pháp và vô nhân đạo”.",
        ),
        (
            "paragraph",
            "Trong thông cáo phát đi cùng ngày, ECOWAS cho biết chưa nhận được thông báo chính thức nào từ ba nước và vẫn cam kết tìm kiếm giải pháp thương lượng cho cuộc khủng hoảng chính trị.",
        ),
        ("heading", "Căng thẳng kéo dài", 1),
        (
            "paragraph",
            "Cả ba nước đều do quân đội nắm quyền sau các cuộc đảo chính từ năm 2020 đến năm 2023 và đã bị ECOWAS đình chỉ tư cách thành viên. Sau cuộc đảo chính ngày 26/7/2023 tại Niger, hội nghị thượng đỉnh bất thường của khối ở Abuja ngày 30/7/2023 đã áp đặt các biện pháp trừng phạt kinh tế, tài chính nặng nề đối với Niamey.",
        ),
        (
            "paragraph",
            "Tháng 9 năm ngoái, ba nước đã ký Hiến chương Liptako-Gourma, thành lập Liên minh các quốc gia Sahel (AES) với cam kết hỗ trợ lẫn nhau khi bị tấn công. Trước đó, Pháp đã rút toàn bộ lực lượng khỏi Mali vào tháng 8/2022 và hoàn tất việc rút quân khỏi Niger vào tháng trước.",
        ),
        (
            "paragraph",
            "Được thành lập năm 1975, ECOWAS hiện có 15 thành viên, trụ sở đặt tại Abuja (Ni-giê-ri-a).",
        ),
    ],
}

WRD_PLAN = {
    "id": "wrd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 15/KH-BNNMT':<42}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác nông nghiệp với Cộng hòa Côte d'Ivoire",
        "và các nước Tây Phi năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác nông nghiệp với Cộng hòa Côte d'Ivoire và các nước Tây Phi năm 2026",
        ),
        (
            "paragraph",
            "Nhằm phát huy quan hệ hữu nghị với Côte d'Ivoire, quốc gia có quan hệ ngoại giao với Việt Nam từ ngày 6/10/1975 và sản xuất điều thô lớn nhất thế giới, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Năm 2025, ngành điều Việt Nam tiếp tục nhập khẩu phần lớn nguyên liệu từ Côte d'Ivoire và các nước Tây Phi. Tháng 6 năm ngoái, Bộ đã đón đoàn Bộ Nông nghiệp, Phát triển nông thôn và Sản xuất lương thực Côte d'Ivoire sang làm việc; tuy vậy, Bản ghi nhớ về hợp tác chế biến điều mà hai bên thảo luận vẫn chưa được ký. Từ ngày 29/1/2025, Mali, Burkina Faso và Niger chính thức không còn là thành viên ECOWAS, khiến môi trường hợp tác trong khu vực thêm nhiều biến động.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn do Thứ trưởng dẫn đầu sang Abidjan làm việc với phía Côte d'Ivoire.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao và Bộ Công Thương hoàn tất đàm phán Bản ghi nhớ về hợp tác chế biến điều và sản xuất lúa gạo, phấn đấu ký trong tháng 9.",
        ),
        (
            "list_item",
            "3. Tiếp tục cử chuyên gia sang Xê-nê-gan và Bê-nanh hướng dẫn canh tác lúa trong khuôn khổ hợp tác ba bên với Tổ chức Nông lương Liên hợp quốc (FAO).",
        ),
        (
            "list_item",
            "4. Đề nghị Ngân hàng Phát triển châu Phi (AfDB) xem xét mời chuyên gia Việt Nam tham gia các dự án phát triển chuỗi giá trị điều do ngân hàng này tài trợ.",
        ),
        (
            "list_item",
            "5. Do tình hình an ninh phức tạp, không tổ chức đoàn công tác sang Mali, Burkina Faso và Niger trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

WRE_AFDB = {
    "id": "wre",
    "shape": "entry",
    "blocks": [
        ("title", "Ngân hàng Phát triển châu Phi"),
        (
            "paragraph",
            "Ngân hàng Phát triển châu Phi (African Development Bank – AfDB) là định chế tài chính phát triển đa phương của các nước châu Phi, có trụ sở chính tại Abidjan (Côte d'Ivoire). Hiệp định thành lập Ngân hàng được 23 nước châu Phi ký tại Khartoum (Xu-đăng) ngày 4/8/1963 và có hiệu lực từ ngày 10/9/1964; Ngân hàng bắt đầu cho vay năm 1966.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Trong gần hai thập kỷ đầu, chỉ các nước châu Phi được góp vốn. Từ năm 1982, Ngân hàng mở cửa cho các nước ngoài khu vực; Ấn Độ trở thành thành viên năm 1983, Trung Quốc năm 1985. Hiện AfDB có 81 nước thành viên, gồm 54 nước châu Phi và 27 nước ngoài châu lục. Nhóm Ngân hàng còn có Quỹ Phát triển châu Phi (ADF), lập năm 1972 để cho các nước nghèo nhất vay ưu đãi.",
        ),
        ("heading", "Trụ sở và lãnh đạo", 1),
        (
            "paragraph",
            "Do khủng hoảng chính trị ở Côte d'Ivoire, năm 2003 Ngân hàng tạm chuyển trụ sở sang Tuy-nít và đến năm 2014 mới trở lại Abidjan. Ngày 29/5/2025, Hội đồng Thống đốc bầu ông Sidi Ould Tah (Mô-ri-ta-ni), nguyên Chủ tịch Ngân hàng Ả-rập vì Phát triển kinh tế ở châu Phi, làm Chủ tịch thứ chín của AfDB, kế nhiệm ông Akinwumi Adesina (Ni-giê-ri-a).",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa phải là thành viên của AfDB; hợp tác phát triển giữa Việt Nam và châu Phi chủ yếu được thực hiện song phương hoặc qua các chương trình ba bên với FAO.",
        ),
    ],
}

DOCS = [WRA_COTE_DIVOIRE, WRB_KHANHHOA, WRC_ECOWAS, WRD_PLAN, WRE_AFDB]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (also the first), front
    matter by heldout_kit.front_matter_lines (title at 52 columns, labels at 76), body at 76 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) the page number centred as
    "- N -", a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'- {n} -':^76}".rstrip()

    out, last = paged_body(doc, 52, 76, 76, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 80 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 80, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta name="pubdate">, a nav bar, <main><article>, <h1>, a time line, the lead
    (with its dateline) in <div class="lead">, <p> paragraphs, an <h2> subhead, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | TTXVN</title>\n"
        f'<meta name="pubdate" content="{doc["date"]}T07:40:00+07:00">\n'
        "</head>\n<body>\n"
        '<div class="navbar"><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a></div>\n'
        f'<main>\n<article>\n<h1 class="title">{title}</h1>\n<p class="time">{doc["stamp"]}</p>\n'
        f'<div class="lead">{lead}</div>\n' + "\n".join(body) + "\n"
        '<div class="tags">Từ khóa: <a href="/tag/ecowas">ECOWAS</a>, <a href="/tag/sahel">Sahel</a></div>\n'
        "</article>\n</main>\n<footer>© TTXVN</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<50}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<50}THỨ TRƯỞNG",
        f"{'- Lưu: VT, HTQT.':<53}(đã ký)",
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
        prefix="wr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
