"""Build the eighteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout18/build_heldout18.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout16, on topics those sets do not use (Vietnam and South Asia:
Sri Lanka, Pakistan, Bangladesh, SAARC and India's 2016 visit; the National Assembly's AIPA chair year
2020 with tasks for 2021; 50 years of Vietnam - Finland relations; a provincial Party resolution on
Lào Cai's external affairs; an encyclopedia entry on Austria). Nothing in src/ was changed for them.
The renderers differ from the earlier sets' on purpose (a conference paper whose every page ends with
the conference footer and "Trang N" and carries a table caption with a tab table; a Word report with
CRLF, a blank line after every line and "-" items; an embassy news page with a breadcrumb, a
<div class="post-meta"> and a "Chia sẻ" bar; a Party resolution excerpt with "(trích)" under its
title; an encyclopedia entry with an infobox of "Field: value" lines). Facts are well-established
dates; authors, the conference's name, page numbers, the resolution's number and date, the
ambassador's name and all quoted words are invented. Events, citations and questions gold are written
by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

YA_SOUTH_ASIA = {
    "id": "ya",
    "shape": "journal",
    "footer": "Kỷ yếu Hội thảo khoa học “Việt Nam và châu Á trong thế giới đa cực”",
    "first_page": 203,
    "break_after": 10,
    "blocks": [
        ("title", "QUAN HỆ CỦA VIỆT NAM VỚI CÁC NƯỚC NAM Á: TỪ XRI LAN-CA ĐẾN BĂNG-LA-ĐÉT"),
        ("author", "Trịnh Văn Khoa"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Đông Phương"),
        ("abstract", "Báo cáo điểm lại quan hệ của Việt Nam với một số nước Nam Á từ năm 1970.", "vi"),
        ("keywords", "Nam Á; SAARC; Pa-ki-xtan; Băng-la-đét.", "vi"),
        ("heading", "1. Đặt vấn đề", 1),
        (
            "paragraph",
            "Nam Á từng được xem là “vùng trũng” trong chính sách đối ngoại của Việt Nam (Hà Thị Quyên, 2018, tr. 31). Dù vậy, ba nước Xri Lan-ca, Pa-ki-xtan và Băng-la-đét đã sớm đặt quan hệ chính thức với Hà Nội.",
        ),
        ("heading", "2. Quá trình thiết lập quan hệ", 1),
        (
            "paragraph",
            "Việt Nam Dân chủ Cộng hòa lập quan hệ ngoại giao với Xri Lan-ca ngày 21/7/1970, với Pa-ki-xtan ngày 8/11/1972 và với Băng-la-đét ngày 11/2/1973, chỉ khoảng một năm sau khi quốc gia này ra đời.",
        ),
        ("caption", "Bảng 1. Thời điểm thiết lập quan hệ ngoại giao"),
        ("table", "Nước\tNgày thiết lập"),
        ("table", "Xri Lan-ca\t21/7/1970"),
        ("table", "Pa-ki-xtan\t8/11/1972"),
        ("table", "Băng-la-đét\t11/2/1973"),
        ("heading", "3. Hợp tác khu vực và đa phương", 1),
        (
            "paragraph",
            "Ngày 8/12/1985, bảy nước Nam Á gồm Ấn Độ, Pa-ki-xtan, Băng-la-đét, Xri Lan-ca, Nê-pan, Bu-tan và Man-đi-vơ đã lập ra Hiệp hội Nam Á vì sự hợp tác khu vực (SAARC) tại Đắc-ca. Việt Nam không tham gia tổ chức này. Theo Đinh Quang Huy (2021, tr. 64), các nước Nam Á là “những lá phiếu thầm lặng” của Việt Nam tại Liên Hợp Quốc: ngày 7/6/2019, nước ta được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021 với 192/193 phiếu.",
        ),
        (
            "paragraph",
            "Từ ngày 2 đến 3/9/2016, Thủ tướng Ấn Độ Na-ren-đra Mô-đi thăm chính thức Việt Nam; hai bên nâng quan hệ lên Đối tác chiến lược toàn diện. Trong thời gian tới, Việt Nam và Băng-la-đét phấn đấu mở rộng thương mại song phương.",
        ),
    ],
}

YB_AIPA = {
    "id": "yb",
    "shape": "word",
    "issuer": "ỦY BAN ĐỐI NGOẠI CỦA QUỐC HỘI",
    "place": "Hà Nội, ngày 15 tháng 12 năm 2020",
    "title_lines": ["BÁO CÁO", "Kết quả năm Chủ tịch AIPA 2020 và phương hướng năm 2021"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả năm Chủ tịch AIPA 2020 và phương hướng năm 2021"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "- Quốc hội Việt Nam là thành viên của Tổ chức Liên nghị viện ASEAN (AIPO, nay là Đại hội đồng Liên nghị viện ASEAN – AIPA) từ năm 1995.",
        ),
        (
            "list_item",
            "- Năm nay, Quốc hội ta đảm nhiệm cương vị Chủ tịch AIPA, song hành với vai trò Chủ tịch ASEAN của Việt Nam.",
        ),
        (
            "list_item",
            "- Do đại dịch Covid-19, các đoàn không thể gặp nhau tại Hà Nội; tháng 9/2020, Quốc hội Việt Nam chủ trì Đại hội đồng AIPA lần thứ 41 (AIPA-41) theo hình thức trực tuyến. Năm ngoái, Đại hội đồng AIPA lần thứ 40 diễn ra tại Băng Cốc (Thái Lan).",
        ),
        (
            "list_item",
            "- Ngày 8/6/2020, Quốc hội phê chuẩn Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu (EVFTA) và Hiệp định Bảo hộ đầu tư (EVIPA).",
        ),
        (
            "list_item",
            "- Tháng trước, mười nước ASEAN cùng Trung Quốc, Nhật Bản, Hàn Quốc, Ô-xtrây-li-a và Niu Di-lân đã ký Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP).",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2021", 1),
        (
            "list_item",
            "1. Chuyển giao cương vị Chủ tịch AIPA cho Quốc hội Bru-nây, nước sẽ làm Chủ tịch AIPA năm 2021.",
        ),
        ("list_item", "2. Phối hợp với Chính phủ để Hiệp định RCEP sớm được phê chuẩn."),
    ],
}

YC_FINLAND = {
    "id": "yc",
    "shape": "news",
    "stamp": "26/01/2023 | 09:15",
    "blocks": [
        ("title", "Kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Phần Lan"),
        (
            "paragraph",
            "Tối 25/1, tại Hen-xin-ki, Đại sứ quán Việt Nam tại Phần Lan tổ chức lễ kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao giữa hai nước (25/1/1973 – 25/1/2023).",
        ),
        (
            "paragraph",
            "Phát biểu tại buổi lễ, Đại sứ Lê Thị Thu Trang nhắc lại rằng Phần Lan là một trong những nước phương Tây đầu tiên công nhận Việt Nam Dân chủ Cộng hòa. Trong nhiều thập kỷ, phía bạn đã dành cho Việt Nam viện trợ phát triển trong các lĩnh vực lâm nghiệp, cấp nước và đổi mới sáng tạo.",
        ),
        (
            "paragraph",
            "Năm 1995, nước này cùng Áo và Thụy Điển gia nhập Liên minh châu Âu (EU). “Khoảng cách địa lý chưa bao giờ là rào cản giữa hai dân tộc”, Đại sứ nói. Hai bên nhất trí sẽ tăng cường hợp tác về giáo dục, năng lượng tái tạo và kinh tế tuần hoàn.",
        ),
    ],
}

YD_RESOLUTION = {
    "id": "yd",
    "shape": "party",
    "head": [
        "ĐẢNG BỘ TỈNH LÀO CAI                     ĐẢNG CỘNG SẢN VIỆT NAM",
        "   TỈNH ỦY",
        "     *",
        "Số 27-NQ/TU                          Lào Cai, ngày 22 tháng 3 năm 2021",
    ],
    "title_lines": ["NGHỊ QUYẾT", "về công tác đối ngoại của tỉnh giai đoạn 2021 – 2025", "(trích)"],
    "tail": [
        "",
        "                                        T/M TỈNH ỦY",
        "                                         BÍ THƯ",
        "                                        (Đã ký)",
    ],
    "blocks": [
        ("title", "NGHỊ QUYẾT về công tác đối ngoại của tỉnh giai đoạn 2021 – 2025"),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Lào Cai có chung đường biên giới với tỉnh Vân Nam (Trung Quốc); hai tỉnh duy trì quan hệ hữu nghị và hợp tác thường xuyên. Đường cao tốc Nội Bài – Lào Cai, xây dựng bằng vốn vay của Ngân hàng Phát triển châu Á (ADB), thông xe năm 2014 và là một đoạn của hành lang kinh tế Côn Minh – Lào Cai – Hà Nội – Hải Phòng trong Chương trình Hợp tác Tiểu vùng Mê Công mở rộng (GMS). Tuy nhiên, thu hút vốn đầu tư nước ngoài của tỉnh còn chưa tương xứng với tiềm năng.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Thực hiện nghiêm Hiệp định về quy chế quản lý biên giới trên đất liền Việt Nam – Trung Quốc (2009).",
        ),
        (
            "list_item",
            "2. Duy trì hội đàm định kỳ với chính quyền tỉnh Vân Nam; dự kiến năm 2022 tổ chức phiên họp của Nhóm công tác liên hợp giữa hai tỉnh.",
        ),
        (
            "list_item",
            "3. Phối hợp với các bộ, ngành trung ương tranh thủ vốn ODA của Ngân hàng Thế giới và Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) cho hạ tầng biên giới.",
        ),
    ],
}

YE_AUSTRIA = {
    "id": "ye",
    "shape": "entry",
    "blocks": [
        ("title", "Áo"),
        ("paragraph", "Tên chính thức: Cộng hòa Áo", "infobox"),
        ("paragraph", "Thủ đô: Viên", "infobox"),
        ("paragraph", "Ngôn ngữ: tiếng Đức", "infobox"),
        ("paragraph", "Đơn vị tiền tệ: euro", "infobox"),
        (
            "paragraph",
            "Áo (tiếng Đức: Österreich) là một quốc gia không giáp biển ở Trung Âu, thủ đô là Viên.",
        ),
        ("heading", "Chính sách đối ngoại", 1),
        (
            "paragraph",
            "Theo đạo luật về trung lập thông qua tháng 10/1955, Áo không gia nhập bất kỳ liên minh quân sự nào. Ngày 1/1/1995, Áo trở thành thành viên Liên minh châu Âu; nước này dùng đồng euro từ năm 1999. Viên là nơi đặt trụ sở Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA), Tổ chức Phát triển Công nghiệp Liên Hợp Quốc (UNIDO), Tổ chức An ninh và Hợp tác châu Âu (OSCE) và Tổ chức các nước xuất khẩu dầu mỏ (OPEC).",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Áo và Việt Nam Dân chủ Cộng hòa thiết lập quan hệ ngoại giao ngày 1/12/1972. Phía Áo cung cấp cho Việt Nam nhiều khoản tín dụng ưu đãi, chủ yếu cho ngành y tế. Đại sứ quán Việt Nam tại Viên đồng thời là cơ quan đại diện của nước ta bên cạnh các tổ chức quốc tế đóng tại thành phố này.",
        ),
    ],
}

DOCS = [YA_SOUTH_ASIA, YB_AIPA, YC_FINLAND, YD_RESOLUTION, YE_AUSTRIA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A conference paper's PDF text layer: title wrapped at 48, "Tóm tắt:"/"Từ khóa:" at 76, body at
    70 columns with a blank line between blocks; the table rows set with tabs under their caption;
    after ``break_after`` body lines (mid-sentence) the footer (conference name, a tab, "Trang N"),
    a form feed; every page ends with the footer, none starts with a header."""
    page = doc["first_page"]
    out: list[str] = []
    removed: list[str] = []
    count = 0

    def footer() -> None:
        nonlocal page
        out.extend(["", f"{doc['footer']}\tTrang {page}"])
        removed.append(f"{doc['footer']}\tTrang {page}")
        page += 1

    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if (front := front_matter_lines(kind, text, 48, 76)) is not None:
            out += front
        elif kind in ("heading", "caption"):
            out.append(text)
        elif kind == "table":
            out.append(text)
            if b is [x for x in doc["blocks"] if x[0] == "table"][-1]:
                out.append("")
        else:
            lines = wrap(text, 70)
            for i, ln in enumerate(lines):
                out.append(ln)
                count += 1
                if count == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    footer()
                    out[-1] += "\f"
            out.append("")
    footer()
    text = "\n".join(out) + "\n"
    return text.replace("\f\n", "\n\f"), removed


def render_word(doc: dict) -> str:
    """A report saved from Word as text: CRLF, wrapped at 84 columns, a blank line after every line;
    issuer, place-date and the two title lines stacked."""
    out: list[str] = [doc["issuer"], doc["place"], *doc["title_lines"]]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 84)
    return "".join(ln + "\r\n\r\n" for ln in out)


def render_news(doc: dict) -> str:
    """An embassy's news page: header, breadcrumb, <h1 class="post-title">, a post-meta line with the
    stamp and view count, the lead in <p class="lead"><em>, body paragraphs, a "Chia sẻ" bar and
    "Tin khác" links, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = "\n".join(f"    <p>{b[1]}</p>" for b in blocks[2:])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Đại sứ quán Việt Nam tại Phần Lan</title>\n</head>\n<body>\n"
        '<header class="site-header"><a href="/">Đại sứ quán Việt Nam tại Phần Lan</a>\n'
        '<ul class="menu"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li>'
        '<li><a href="/lanh-su">Lãnh sự</a></li></ul></header>\n'
        '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức – Sự kiện</a></div>\n'
        '<div class="post">\n'
        f'  <h1 class="post-title">{title}</h1>\n'
        f'  <div class="post-meta">Đăng lúc {doc["stamp"]} | Lượt xem: 412</div>\n'
        '  <div class="post-content">\n'
        f'    <p class="lead"><em>{lead}</em></p>\n{paras}\n  </div>\n'
        '  <div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">In bài</a></div>\n'
        "</div>\n"
        '<div class="other-news"><h3>Tin khác</h3><ul>\n'
        '<li><a href="/tin-tuc/2">Gặp mặt cộng đồng người Việt đón Tết Quý Mão</a></li>\n'
        '<li><a href="/tin-tuc/3">Thông báo lịch nghỉ Tết Nguyên đán 2023</a></li>\n</ul></div>\n'
        "<footer>© Đại sứ quán nước CHXHCN Việt Nam tại Cộng hòa Phần Lan</footer>\n</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A provincial Party resolution excerpt: issuer and party name side by side, "TỈNH ỦY" and "*"
    under the issuer, number and place-date side by side; "NGHỊ QUYẾT", subject and "(trích)" centred;
    text wrapped at 82 columns; the signature block."""
    t = doc["title_lines"]
    out = [*doc["head"], "", " " * 32 + t[0], " " * 12 + t[1], " " * 34 + t[2], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 82)
    out += doc["tail"]
    return "\n".join(out) + "\n"


def render_entry(doc: dict) -> str:
    """An encyclopedia entry copied as text: the headword, an infobox of "Field: value" lines, then
    headings and paragraphs one a line with a blank line between blocks, a "Xem thêm" line. The
    infobox lines are gold paragraphs (one a line)."""
    out = [doc["blocks"][0][1], ""]
    for i, b in enumerate(doc["blocks"][1:], 1):
        out.append(b[1])
        if b[2:] != ("infobox",) or doc["blocks"][i + 1][2:] != ("infobox",):
            out.append("")  # infobox lines are set with no blank line between them
    out.append("Xem thêm: Liên minh châu Âu; Trung lập")
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "entry": render_entry,
            "word": render_word,
        },
        prefix="y",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
