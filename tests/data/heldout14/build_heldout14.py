"""Build the fourteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout14/build_heldout14.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout12, on topics those sets do not use (Vietnam - Netherlands
water cooperation and the 1995 Mekong Agreement, a briefing note on Poland, the second Mekong River
Commission summit in Hồ Chí Minh City on 5/4/2014, a Vietnam - Denmark joint statement on the 2013
comprehensive partnership, a Q&A page on 60 years of Vietnam - Egypt relations). Nothing in src/ was
changed for them. The renderers differ from the earlier sets' on purpose (a conference paper whose
page foot carries the proceedings' name and the page number on one line, with a table caption and a
tab table; a Word export with one paragraph a line, no blank lines, "–" list items; an HTML press
release with a dateline paragraph and a contact block; a joint statement with numbered paragraphs and a
closing line; an HTML FAQ with <h2> questions). Facts are well-established dates; authors, the
proceedings' name, page numbers, the contact block, the Q&A page and all quoted words are invented.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, wrap  # noqa: E402

UA_PAPER = {
    "id": "ua",
    "shape": "journal",
    "footer": "Kỷ yếu Hội thảo khoa học quốc gia “Ngoại giao nước và phát triển bền vững”, Cần Thơ 2022",
    "first_page": 117,
    "break_after": 6,
    "blocks": [
        ("title", "HỢP TÁC VIỆT NAM – HÀ LAN VỀ QUẢN LÝ NƯỚC VÀ THÍCH ỨNG VỚI BIẾN ĐỔI KHÍ HẬU"),
        ("author", "Đỗ Thanh Tùng, Lý Thị Ngọc Hân"),
        ("affiliation", "Viện Nghiên cứu Phát triển Mê Công"),
        (
            "abstract",
            "Báo cáo phân tích khuôn khổ song phương và đa phương của hợp tác về nước giữa Việt Nam và Hà Lan.",
            "vi",
        ),
        ("keywords", "Hà Lan; quản lý nước; Ủy hội sông Mê Công.", "vi"),
        ("heading", "2. HAI KHUÔN KHỔ HỢP TÁC", 1),
        ("heading", "2.1. Khuôn khổ song phương", 2),
        (
            "paragraph",
            "Việt Nam và Hà Lan thiết lập quan hệ ngoại giao ngày 9/4/1973. Năm 2010, hai nước ký Thỏa thuận Đối tác chiến lược về thích ứng với biến đổi khí hậu và quản lý nước, được xem là “hình mẫu của ngoại giao nước” (Trịnh Văn Khôi và cộng sự, 2017, tr. 88).",
        ),
        ("heading", "2.2. Hỗ trợ kỹ thuật", 2),
        (
            "paragraph",
            "Chính phủ Hà Lan đã tài trợ cho Việt Nam xây dựng Kế hoạch Đồng bằng sông Cửu Long, hoàn thành năm 2013. Theo Jansen et al. (2019, p. 12), văn kiện này “đặt nền móng cho tư duy thích ứng dài hạn”.",
        ),
        ("caption", "Bảng 1. Các khuôn khổ hợp tác chính"),
        ("table", "Khuôn khổ\tNăm\tCác bên"),
        ("table", "Đối tác chiến lược về nước\t2010\tViệt Nam, Hà Lan"),
        ("table", "Hiệp định Mê Công\t1995\tCampuchia, Lào, Thái Lan, Việt Nam"),
        ("heading", "2.3. Khuôn khổ đa phương", 2),
        (
            "paragraph",
            "Ngày 5/4/1995, tại Chiềng Rai, Campuchia, Lào, Thái Lan và Việt Nam ký Hiệp định Hợp tác phát triển bền vững lưu vực sông Mê Công, lập ra Ủy hội sông Mê Công quốc tế (Lê Minh Sơn, 2015). Hà Lan không phải là thành viên của Ủy hội, song phía bạn từng tài trợ cho nhiều chương trình của cơ quan này.",
        ),
    ],
}

UB_BRIEF = {
    "id": "ub",
    "shape": "word",
    "issuer": "BỘ NGOẠI GIAO – VỤ CHÂU ÂU",
    "title_lines": ["THÔNG TIN CƠ BẢN VỀ CỘNG HÒA BA LAN", "VÀ QUAN HỆ VỚI VIỆT NAM"],
    "stamp": "(Tài liệu tham khảo, cập nhật tháng 12/2023)",
    "blocks": [
        ("title", "THÔNG TIN CƠ BẢN VỀ CỘNG HÒA BA LAN VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("heading", "1. Khái quát", 1),
        ("list_item", "– Thủ đô: Vác-sa-va."),
        (
            "list_item",
            "– Ba Lan gia nhập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) năm 1999 và Liên minh châu Âu ngày 1/5/2004; nước này là Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2018 – 2019.",
        ),
        ("heading", "2. Quan hệ chính trị", 1),
        (
            "paragraph",
            "Hai nước lập quan hệ ngoại giao ngày 4/2/1950. Ba Lan là thành viên Ủy ban Quốc tế giám sát và kiểm soát đình chiến ở Đông Dương lập theo Hiệp định Giơ-ne-vơ (1954), và năm 1973 tham gia Ủy ban Quốc tế kiểm soát và giám sát (ICCS) thi hành Hiệp định Pa-ri. Phía bạn đã đào tạo hàng nghìn sinh viên, cán bộ khoa học cho Việt Nam.",
        ),
        ("heading", "3. Kinh tế", 1),
        (
            "paragraph",
            "Ba Lan là một trong những đối tác thương mại hàng đầu của Việt Nam ở Trung và Đông Âu. Hai bên dự kiến mở rộng hợp tác về năng lượng và nông nghiệp.",
        ),
        ("heading", "4. Các hiệp định đã ký (Ba Lan tham gia với tư cách thành viên EU)", 1),
        ("list_item", "– Hiệp định Đối tác và Hợp tác toàn diện Việt Nam – EU (PCA), ký năm 2012;"),
        (
            "list_item",
            "– Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) và Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA), ký ngày 30/6/2019 tại Hà Nội; Quốc hội Việt Nam phê chuẩn hai hiệp định này ngày 8/6/2020;",
        ),
        (
            "list_item",
            "– EVFTA có hiệu lực từ ngày 1/8/2020; EVIPA chưa có hiệu lực vì chưa được tất cả các nước thành viên EU phê chuẩn.",
        ),
    ],
}

UC_PRESS = {
    "id": "uc",
    "shape": "press",
    "ministry": "Bộ Tài nguyên và Môi trường",
    "dateline": "TP. Hồ Chí Minh, ngày 5/4/2014",
    "contact": [
        "Liên hệ báo chí:",
        "Văn phòng Ủy ban sông Mê Công Việt Nam",
        "Điện thoại: (024) 3795 0000 – Email: vanphong@vnmc.example.vn",
    ],
    "blocks": [
        ("title", "THÔNG CÁO BÁO CHÍ: Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế lần thứ hai"),
        (
            "paragraph",
            "Ngày 5/4/2014, tại Thành phố Hồ Chí Minh, Thủ tướng Nguyễn Tấn Dũng chủ trì Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế (MRC) lần thứ hai với sự tham dự của lãnh đạo Campuchia, Lào và Thái Lan.",
        ),
        (
            "paragraph",
            "Trung Quốc và Mi-an-ma, hai đối tác đối thoại của Ủy hội, cũng cử đại diện dự hội nghị. Các nhà lãnh đạo đã thông qua Tuyên bố Thành phố Hồ Chí Minh về hợp tác vì sự phát triển bền vững của lưu vực.",
        ),
        (
            "paragraph",
            "Phát biểu bế mạc, Thủ tướng nước chủ nhà nhấn mạnh: “Nguồn nước sông Mê Công là tài sản chung, không quốc gia nào có thể tự mình bảo vệ”.",
        ),
        (
            "paragraph",
            "Hội nghị Cấp cao lần thứ nhất được tổ chức tại Hua Hin (Thái Lan) năm 2010. Hội nghị lần thứ ba sẽ do Campuchia đăng cai vào năm 2018. Việt Nam sẽ phối hợp với các nước thành viên triển khai Tuyên bố.",
        ),
    ],
}

UD_JOINT = {
    "id": "ud",
    "shape": "joint",
    "title_lines": [
        "TUYÊN BỐ CHUNG",
        "về quan hệ Đối tác toàn diện giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "và Vương quốc Đan Mạch",
    ],
    "closing": "Làm năm 2013, thành hai bản bằng tiếng Việt và tiếng Anh, các văn bản có giá trị như nhau.",
    "blocks": [
        (
            "title",
            "TUYÊN BỐ CHUNG về quan hệ Đối tác toàn diện giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và Vương quốc Đan Mạch",
        ),
        (
            "paragraph",
            "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Vương quốc Đan Mạch (sau đây gọi là “hai bên”) ra Tuyên bố chung như sau:",
        ),
        (
            "list_item",
            "1. Hai bên hài lòng nhận thấy quan hệ hữu nghị giữa hai nước, kể từ khi được thiết lập ngày 25/11/1971, đã phát triển tốt đẹp trên nhiều lĩnh vực.",
        ),
        (
            "list_item",
            "2. Hai bên nhất trí nâng quan hệ lên Đối tác toàn diện, tập trung vào chính trị, kinh tế, tăng trưởng xanh, biến đổi khí hậu, giáo dục và y tế.",
        ),
        (
            "list_item",
            "3. Phía Việt Nam cảm ơn Đan Mạch đã dành cho Việt Nam nguồn viện trợ phát triển chính thức đáng kể trong nhiều năm qua, thông qua Cơ quan Phát triển quốc tế Đan Mạch (Danida).",
        ),
        (
            "list_item",
            "4. Hai bên sẽ duy trì cơ chế tham vấn chính trị thường niên cấp Thứ trưởng Ngoại giao.",
        ),
        (
            "list_item",
            "5. Phía Đan Mạch ủng hộ việc sớm kết thúc đàm phán Hiệp định Thương mại tự do Việt Nam – EU. Hai bên nhất trí phối hợp chặt chẽ tại Liên Hợp Quốc và Diễn đàn Hợp tác Á – Âu (ASEM).",
        ),
        (
            "list_item",
            "6. Hai bên nhấn mạnh các tranh chấp ở Biển Đông phải được giải quyết bằng biện pháp hòa bình, không sử dụng vũ lực, trên cơ sở Công ước Liên Hợp Quốc về Luật Biển năm 1982.",
        ),
    ],
}

UE_FAQ = {
    "id": "ue",
    "shape": "faq",
    "updated": "Cập nhật: 01/09/2023",
    "blocks": [
        ("title", "Hỏi – đáp: 60 năm quan hệ Việt Nam – Ai Cập"),
        ("heading", "Việt Nam và Ai Cập thiết lập quan hệ ngoại giao khi nào?", 1),
        (
            "paragraph",
            "Hai nước chính thức thiết lập quan hệ ngoại giao ngày 1/9/1963. Năm nay, hai bên kỷ niệm tròn 60 năm sự kiện này.",
        ),
        ("heading", "Ai Cập tham gia những tổ chức nào?", 1),
        (
            "paragraph",
            "Ai Cập là thành viên sáng lập Phong trào Không liên kết (1961) và Tổ chức Thống nhất châu Phi (1963). Tháng trước, tại Hội nghị thượng đỉnh BRICS ở Giô-han-ne-xbớt, nước này được mời gia nhập BRICS và dự kiến trở thành thành viên từ ngày 1/1/2024.",
        ),
        ("heading", "Hai nước đã cùng là ủy viên Hội đồng Bảo an chưa?", 1),
        (
            "paragraph",
            "Chưa. Ai Cập là Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2016 – 2017, còn Việt Nam được bầu vào vị trí này cho nhiệm kỳ 2020 – 2021 với 192/193 phiếu.",
        ),
        ("heading", "Những hoạt động nào đáng chú ý gần đây và sắp tới?", 1),
        (
            "paragraph",
            "Tháng 11 năm ngoái, thành phố Sharm el-Sheikh của Ai Cập là nơi diễn ra COP27, hội nghị khí hậu thường niên của Liên Hợp Quốc. Theo kế hoạch, Bộ Ngoại giao hai nước sẽ tổ chức các hoạt động kỷ niệm tại Hà Nội và Cai-rô; hai bên phấn đấu mở rộng hợp tác nông nghiệp và du lịch.",
        ),
    ],
}

DOCS = [UA_PAPER, UB_BRIEF, UC_PRESS, UD_JOINT, UE_FAQ]


def render_paper(doc: dict) -> tuple[str, list[str]]:
    """A conference paper's PDF text layer: no header; title wrapped at 48, "Tóm tắt:"/"Từ khóa:" at 84,
    headings and the table caption on their own lines, tab-separated table rows, body at 70 columns, a
    blank line between blocks; every page ends with the running footer "proceedings – page" on one line.
    After ``break_after`` body lines (inside a paragraph, mid-sentence) the footer, a form feed and
    the next page. Returns the text and the lines layout repair must remove."""
    page = doc["first_page"]
    out: list[str] = []
    removed: list[str] = []
    body = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "title":
            out += wrap(text, 48) + [""]
        elif kind == "author":
            out.append(text)
        elif kind == "affiliation":
            out += [text, ""]
        elif kind in ("abstract", "keywords"):
            label = "Tóm tắt: " if kind == "abstract" else "Từ khóa: "
            out += wrap(label + text, 84) + [""]
        elif kind in ("heading", "caption"):
            out += [text, ""]
        elif kind == "table":
            if out and out[-1] == "" and "\t" in out[-2]:
                out.pop()  # rows of one table follow each other without a blank line
            out += [text, ""]
        else:
            lines = wrap(text, 70)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    foot = f"{doc['footer']} – {page}"
                    out += ["", foot, "\f"]
                    removed.append(foot)
                    page += 1
            out.append("")
    foot = f"{doc['footer']} – {page}"
    out += [foot]
    removed.append(foot)
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """A Word export saved as text: LF line ends, one paragraph a line, no blank lines; issuer, the
    two-line title, a reference stamp in parentheses; numbered section headings; "–" list items."""
    out = [doc["issuer"], *doc["title_lines"], doc["stamp"]]
    out += [b[1] for b in doc["blocks"] if b[0] != "title"]
    return "\n".join(out) + "\n"


def render_press(doc: dict) -> str:
    """A ministry's HTML press release: breadcrumb nav, <h1> title, the dateline as <p class="dateline">,
    body paragraphs, a contact <address> block, a footer."""
    blocks = doc["blocks"]
    paras = "\n".join(f"<p>{b[1]}</p>" for b in blocks[1:])
    contact = "<br>\n".join(doc["contact"])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{blocks[0][1]} – {doc['ministry']}</title>\n</head>\n<body>\n"
        '<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/thong-cao">Thông cáo báo chí</a></nav>\n'
        '<div class="press-release">\n'
        f"<h1>{blocks[0][1]}</h1>\n"
        f'<p class="dateline">{doc["dateline"]}</p>\n'
        f"{paras}\n"
        f'<address class="contact">{contact}</address>\n</div>\n'
        f"<footer>© {doc['ministry']}</footer>\n</body>\n</html>\n"
    )


def render_joint(doc: dict) -> str:
    """A joint statement as text: the three-line title centred, the preamble, numbered paragraphs wrapped
    at 80 columns with a blank line between, the closing line."""
    out = [" " * 32 + doc["title_lines"][0], *doc["title_lines"][1:], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 80) + [""]
    out.append(doc["closing"])
    return "\n".join(out) + "\n"


def render_faq(doc: dict) -> str:
    """An HTML Q&A page: <h1>, an "updated" line, each question an <h2> and its answer a <p>, footer."""
    blocks = doc["blocks"]
    body = "\n".join(f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[1:])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{blocks[0][1]}</title>\n</head>\n<body>\n<main>\n"
        f"<h1>{blocks[0][1]}</h1>\n"
        f'<p class="updated">{doc["updated"]}</p>\n'
        f'<section class="faq">\n{body}\n</section>\n</main>\n'
        "<footer>Cổng thông tin Hỏi – đáp đối ngoại</footer>\n</body>\n</html>\n"
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_paper,
            "word": render_word,
            "press": render_press,
            "joint": render_joint,
            "faq": render_faq,
        },
        html_shapes=("press", "faq"),
        prefix="u",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
