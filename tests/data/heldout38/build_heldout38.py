"""Build the thirty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout38/build_heldout38.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout34, on topics those sets do not use (Fiji and the Pacific
Islands Forum, Đắk Lắk's external affairs in 2024, the APEC leaders' meeting in Port Moresby of
18/11/2018, a Foreign Ministry plan for 60 years of Vietnam - Tanzania relations, an encyclopedia entry
on the Treaty of Rarotonga). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the provincial report's local figures and all quoted
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
    paged_journal,
    word_text,
)

TA_FIJI = {
    "id": "ta",
    "shape": "journal",
    "header": "Thông tin Nghiên cứu Nam Bán cầu, số 3 (2024)",
    "first_page": 45,
    "break_after": 7,
    "blocks": [
        ("title", "PHI-GI VÀ DIỄN ĐÀN CÁC ĐẢO THÁI BÌNH DƯƠNG TRONG TẦM NHÌN ĐỐI NGOẠI CỦA VIỆT NAM"),
        ("author", "Đỗ Thị Minh Hằng"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại vai trò của Phi-gi ở Nam Thái Bình Dương và quan hệ của nước này với Việt Nam.",
            "vi",
        ),
        ("keywords", "Phi-gi; PIF; Thái Bình Dương", "vi"),
        ("heading", "1. Một quốc đảo ở trung tâm khu vực", 1),
        (
            "paragraph",
            "Phi-gi giành độc lập từ Anh ngày 10/10/1970 và được kết nạp vào Liên hợp quốc chỉ ba ngày sau đó. Năm 1971, nước này cùng Ô-xtrây-li-a, Niu Di-lân và bốn quốc đảo khác lập ra Diễn đàn Nam Thái Bình Dương, tổ chức được đổi tên thành Diễn đàn các đảo Thái Bình Dương (PIF) vào năm 2000 (Lê Thị Hồng Nhung, 2019, tr. 57). Thủ đô Xu-va là nơi đặt Ban Thư ký PIF cùng văn phòng khu vực Thái Bình Dương của UNICEF và UNFPA. Sau cuộc đảo chính năm 2006, Phi-gi bị PIF đình chỉ tư cách thành viên năm 2009 và chỉ được khôi phục vào năm 2014.",
        ),
        ("heading", "2. Tiếng nói của các quốc đảo", 1),
        (
            "paragraph",
            "Ngày 13/6/2016, Đại sứ Phi-gi Peter Thomson được bầu làm Chủ tịch Khóa họp 71 Đại hội đồng Liên hợp quốc qua một cuộc bỏ phiếu kín hiếm thấy, với 94 phiếu so với 90 phiếu của ứng viên Síp. Cũng trong năm 2016, Phi-gi trở thành nước đầu tiên phê chuẩn Thỏa thuận Paris về biến đổi khí hậu; tháng 11/2017, nước này giữ cương vị Chủ tịch COP23 dù hội nghị được tổ chức tại Bon (Đức).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Phi-gi thiết lập quan hệ ngoại giao ngày 14/5/1993. Hai nước thường xuyên ủng hộ lẫn nhau tại Liên hợp quốc, nhất là về biến đổi khí hậu (Trần Quang Vinh, 2021). Theo chúng tôi, Việt Nam nên coi Phi-gi là “cửa ngõ vào khu vực các đảo Thái Bình Dương” (Nguyễn Văn Khải, 2022, tr. 14) và thời gian tới sẽ mở rộng hợp tác với phía bạn về nông nghiệp, nghề cá.",
        ),
    ],
}

TB_DAKLAK = {
    "id": "tb",
    "shape": "word",
    "head": [
        "UBND TỈNH ĐẮK LẮK",
        "SỞ NGOẠI VỤ",
        "Số: 286/BC-SNgV",
        "Đắk Lắk, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình thực hiện công tác đối ngoại năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thực hiện công tác đối ngoại năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị với tỉnh Mondulkiri (Cam-pu-chia) được duy trì; hai tỉnh phối hợp chặt chẽ trong quản lý biên giới và phòng, chống tội phạm xuyên biên giới.",
        ),
        (
            "list_item",
            "2. Từ ngày 14 đến ngày 16/10/2024, Sở chủ trì đón đoàn doanh nghiệp cà phê của Ê-ti-ô-pi-a và U-gan-đa sang khảo sát vùng nguyên liệu tại Buôn Ma Thuột.",
        ),
        (
            "list_item",
            "3. Quỹ Nhi đồng Liên hợp quốc (UNICEF) tiếp tục tài trợ cho tỉnh dự án cải thiện dinh dưỡng trẻ em vùng đồng bào dân tộc thiểu số với kinh phí khoảng 420.000 USD, cao hơn năm ngoái.",
        ),
        (
            "list_item",
            "4. Tháng trước, Chủ tịch UBND tỉnh tiếp Trưởng Đại diện Quỹ Dân số Liên hợp quốc (UNFPA) tại Việt Nam; hai bên thống nhất xây dựng dự án chăm sóc sức khỏe sinh sản cho lao động nữ di cư.",
        ),
        (
            "list_item",
            "5. Chuyến thăm tỉnh Mondulkiri của đoàn lãnh đạo tỉnh không thực hiện được theo kế hoạch do phía bạn chưa bố trí được thời gian.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Phấn đấu tổ chức thành công Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 vào tháng 3 năm tới, mời các nước sản xuất cà phê châu Phi, trong đó có Ê-ti-ô-pi-a, tham dự.",
        ),
        (
            "list_item",
            "2. Dự kiến trong quý II, lãnh đạo tỉnh sẽ sang thăm và ký biên bản ghi nhớ hợp tác giai đoạn 2025 – 2030 với tỉnh Mondulkiri.",
        ),
    ],
}

TC_APEC = {
    "id": "tc",
    "shape": "news",
    "date": "2018-11-18",
    "stamp": "18/11/2018 21:40 GMT+7",
    "blocks": [
        ("title", "Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ 26 khép lại tại Port Moresby"),
        (
            "paragraph",
            "Port Moresby (TTXVN) – Ngày 18/11, Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ 26 bế mạc tại thủ đô của Pa-pua Niu Ghi-nê mà không thông qua được tuyên bố chung, lần đầu tiên kể từ khi diễn đàn ra đời năm 1989.",
        ),
        ("heading", "Bất đồng về thương mại", 1),
        (
            "paragraph",
            "Thủ tướng nước chủ nhà Peter O'Neill, người chủ trì hội nghị, cho biết bất đồng giữa Mỹ và Trung Quốc về thương mại và cải cách WTO là nguyên nhân chính; thay vào đó, Pa-pua Niu Ghi-nê sẽ ra tuyên bố của Chủ tịch.",
        ),
        ("heading", "Dấu ấn Việt Nam", 1),
        (
            "paragraph",
            "Dẫn đầu đoàn Việt Nam, Thủ tướng Nguyễn Xuân Phúc đã tham dự các phiên họp của hội nghị. Là chủ nhà APEC năm ngoái tại Đà Nẵng, Việt Nam đã chuyển giao cương vị Chủ tịch APEC cho Pa-pua Niu Ghi-nê, thành viên diễn đàn từ năm 1993 và là thành viên Diễn đàn các đảo Thái Bình Dương (PIF).",
        ),
        (
            "paragraph",
            "Việt Nam và Pa-pua Niu Ghi-nê thiết lập quan hệ ngoại giao ngày 3/11/1989; nước này có quy chế quan sát viên của ASEAN từ năm 1976. Theo kế hoạch, Chi-lê sẽ đăng cai Năm APEC 2019, còn Ma-lai-xi-a dự kiến tổ chức vào năm 2020.",
        ),
    ],
}

TD_TANZANIA = {
    "id": "td",
    "shape": "decision",
    "head": [
        f"{'BỘ NGOẠI GIAO':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 38/KH-BNG-VTNA':<42}Hà Nội, ngày 10 tháng 01 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tổ chức các hoạt động kỷ niệm 60 năm Ngày thiết lập",
        "quan hệ ngoại giao Việt Nam – Tan-da-ni-a",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tổ chức các hoạt động kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Tan-da-ni-a",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Nước Cộng hòa Thống nhất Tan-da-ni-a ra đời ngày 26/4/1964 trên cơ sở hợp nhất Tan-ga-ni-ca và Dan-di-ba. Ngày 14/2/1965, Việt Nam và Tan-da-ni-a chính thức thiết lập quan hệ ngoại giao. Hiện nay, nước bạn là thành viên tích cực của Liên minh châu Phi (AU), Cộng đồng Đông Phi (EAC) và Cộng đồng Phát triển Nam Phi (SADC); mạng viễn thông Halotel do Viettel đầu tư, khai trương năm 2015, là biểu tượng của hợp tác kinh tế giữa hai nước.",
        ),
        ("heading", "II. CÁC HOẠT ĐỘNG CỤ THỂ", 1),
        (
            "list_item",
            "1. Lãnh đạo cấp cao hai nước trao đổi điện mừng nhân dịp kỷ niệm 60 năm (14/2/2025).",
        ),
        (
            "list_item",
            "2. Đại sứ quán Việt Nam tại Tan-da-ni-a phối hợp với Viettel tổ chức chiêu đãi và triển lãm ảnh tại Đa-ét Xa-lam trong tháng 2 năm nay.",
        ),
        (
            "list_item",
            "3. Dự kiến đón Bộ trưởng Ngoại giao Tan-da-ni-a thăm Việt Nam trong quý III; nhân dịp này, hai Bộ Ngoại giao sẽ ký Bản ghi nhớ về cơ chế tham khảo chính trị.",
        ),
        (
            "list_item",
            "4. Phối hợp với Chương trình Lương thực Thế giới (WFP) nghiên cứu mô hình hợp tác ba bên, hỗ trợ phía bạn nâng cao năng suất lúa.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn ra riêng cho dịp kỷ niệm; các hoạt động tại Tan-da-ni-a do Đại sứ quán đảm nhiệm.",
        ),
    ],
}

TE_RAROTONGA = {
    "id": "te",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Rarotonga"),
        (
            "paragraph",
            "Hiệp ước Rarotonga (tên đầy đủ: Hiệp ước về Khu vực phi vũ khí hạt nhân Nam Thái Bình Dương) được các nước thành viên Diễn đàn Nam Thái Bình Dương, tiền thân của Diễn đàn các đảo Thái Bình Dương (PIF), ký kết tại Ra-rô-tông-ga (quần đảo Cúc) ngày 6/8/1985, đúng 40 năm sau vụ ném bom nguyên tử xuống Hi-rô-si-ma.",
        ),
        ("heading", "Nội dung và hiệu lực", 1),
        (
            "paragraph",
            "Các bên cam kết không sản xuất, sở hữu hay thử vũ khí hạt nhân và không đổ chất thải phóng xạ xuống biển trong khu vực. Hiệp ước có hiệu lực từ ngày 11/12/1986; Phi-gi, Pa-pua Niu Ghi-nê, Ô-xtrây-li-a và Niu Di-lân đều là thành viên.",
        ),
        ("heading", "Các nghị định thư", 1),
        (
            "paragraph",
            "Ba nghị định thư kèm theo dành cho các cường quốc hạt nhân. Liên Xô và Trung Quốc phê chuẩn các nghị định thư liên quan năm 1988. Pháp, Anh và Mỹ chỉ ký vào tháng 3/1996, sau khi Pháp kết thúc đợt thử hạt nhân cuối cùng tại Pô-li-nê-di thuộc Pháp; đến nay Thượng viện Mỹ vẫn chưa phê chuẩn.",
        ),
        ("heading", "Các khu vực tương tự", 1),
        (
            "paragraph",
            "Đây là khu vực phi vũ khí hạt nhân có người ở thứ hai, sau khu vực do Hiệp ước Tlatelolco (1967) lập ra ở Mỹ Latinh. Tiếp đó là Hiệp ước Bangkok (1995) ở Đông Nam Á, mà Việt Nam là một bên ký kết, và Hiệp ước Pelindaba (1996) ở châu Phi, có hiệu lực từ ngày 15/7/2009 và được Liên minh châu Phi bảo trợ.",
        ),
    ],
}

DOCS = [TA_FIJI, TB_DAKLAK, TC_APEC, TD_TANZANIA, TE_RAROTONGA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter from heldout_kit (title at 46 columns, labels at
    72), body at 72 columns, a blank line after headings; after ``break_after`` body lines (mid-sentence)
    the page number indented 34 spaces, a form feed and the running header; the last page ends with its
    number."""
    return paged_journal(doc, 46, 72, 72, indent=34)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news agency page: <meta> date, a nav menu, breadcrumb, <h1>, the stamp, the lead (with its
    dateline) in <p class="lead">, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T21:40:00+07:00">\n'
        f"<title>{title} - Thời sự</title>\n</head>\n<body>\n"
        '<nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a> <a href="/chau-uc">Châu Úc</a></nav>\n'
        f'<main>\n<article>\n<h1>{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        f'<p class="lead"><strong>{lead}</strong></p>\n' + "\n".join(body) + "\n"
        '<div class="tags">Từ khóa: <a href="/tag/apec">APEC</a> <a href="/tag/png">Pa-pua Niu Ghi-nê</a></div>\n'
        "</article>\n</main>\n<footer>Bản quyền thuộc về Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_decision(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<46}KT. BỘ TRƯỞNG",
        f"{'- Như trên;':<46}THỨ TRƯỞNG",
        f"{'- Lưu: VT, VTNA.':<50}(đã ký)",
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
            "decision": render_decision,
            "entry": entry_text,
        },
        prefix="t",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
