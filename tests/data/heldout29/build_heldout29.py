"""Build the twenty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout29/build_heldout29.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout28, on topics those sets do not use (the National Assembly in
the Inter-Parliamentary Union and AIPA, Thừa Thiên Huế's external affairs in 2024, the XIX Francophonie
Summit in France in October 2024, a Ministry plan on the United Kingdom's accession to the CPTPP, an
encyclopedia entry on the diplomat Lê Lương Minh). Nothing in src/ was changed for them. Facts are
well-established; authors, the journal, page numbers, document numbers, the report's local activities
and all quoted words are invented. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

EA_IPU = {
    "id": "ea",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu Lập pháp và Đối ngoại  Số 3/2022",
    "first_page": 41,
    "break_after": 5,
    "blocks": [
        ("title", "NGOẠI GIAO NGHỊ VIỆN CỦA VIỆT NAM TẠI IPU VÀ AIPA"),
        ("author", "Phan Thị Diệu Linh"),
        ("affiliation", "Học viện Chính trị khu vực III"),
        ("heading", "1. Từ IPU đến AIPA", 1),
        (
            "paragraph",
            "Liên minh Nghị viện Thế giới (IPU), được thành lập năm 1889, là tổ chức liên nghị viện lâu đời nhất. Năm 1979, Quốc hội Việt Nam gia nhập IPU. Ở khu vực, Quốc hội nước ta trở thành thành viên của Tổ chức Liên nghị viện ASEAN (AIPO) năm 1995; tổ chức này được đổi tên thành Đại hội đồng Liên nghị viện ASEAN (AIPA) năm 2007. Theo Hồ Văn Tịnh (2018), đó là “hai trụ cột của ngoại giao nghị viện Việt Nam”.",
        ),
        ("heading", "2. Đại hội đồng IPU-132 tại Hà Nội", 1),
        (
            "paragraph",
            "Từ ngày 28/3 đến 1/4/2015, Quốc hội Việt Nam đăng cai Đại hội đồng IPU lần thứ 132 tại Hà Nội, sự kiện đối ngoại đa phương lớn nhất do Quốc hội tổ chức cho đến thời điểm đó. Đại hội đồng đã thông qua Tuyên bố Hà Nội về các mục tiêu phát triển bền vững. Dù vậy, Việt Nam chưa từng đảm nhiệm cương vị Chủ tịch IPU. Như một nghiên cứu nhận xét, Quốc hội đã “chuyển từ tham dự sang dẫn dắt nghị sự” (Đinh Quốc Bảo, 2020, tr. 57–59).",
        ),
        (
            "paragraph",
            "Hiện nay, Quốc hội Việt Nam duy trì quan hệ hợp tác với nghị viện nhiều nước. Trong thời gian tới, Quốc hội sẽ tiếp tục tham gia tích cực các cơ chế của IPU và AIPA.",
        ),
    ],
}

EB_REPORT = {
    "id": "eb",
    "shape": "word",
    "head": [
        "UBND TỈNH THỪA THIÊN HUẾ",
        "SỞ NGOẠI VỤ",
        "Số: 318/BC-SNgV",
        "Thừa Thiên Huế, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị, hợp tác giữa tỉnh và tỉnh Sa-la-van (Lào) có chung đường biên giới tiếp tục được củng cố.",
        ),
        (
            "list_item",
            "2. Trong năm, tỉnh đã tiếp và làm việc với nhiều đoàn đại sứ, tổng lãnh sự và tổ chức quốc tế đến tìm hiểu cơ hội hợp tác.",
        ),
        (
            "list_item",
            "3. Các tổ chức phi chính phủ nước ngoài tiếp tục tài trợ cho tỉnh các dự án về y tế, giáo dục và sinh kế tại các huyện miền núi.",
        ),
        (
            "list_item",
            "4. Sở đã phối hợp quảng bá Quần thể di tích Cố đô Huế, được UNESCO ghi danh là Di sản văn hóa thế giới năm 1993, và Nhã nhạc cung đình Huế, được UNESCO công nhận năm 2003.",
        ),
        (
            "list_item",
            "5. Tháng trước, Sở tổ chức tập huấn nghiệp vụ lễ tân đối ngoại cho cán bộ các sở, ngành.",
        ),
        (
            "list_item",
            "6. Kỳ họp Ủy ban hợp tác giữa hai tỉnh theo kế hoạch chưa được tổ chức trong năm nay do chưa thống nhất được thời gian.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với phía bạn tổ chức kỳ họp Ủy ban hợp tác giữa hai tỉnh trong quý I năm tới.",
        ),
        ("list_item", "2. Phấn đấu ký kết biên bản ghi nhớ hợp tác với ít nhất một địa phương của Hàn Quốc."),
        ("list_item", "3. Sẽ tiếp tục vận động viện trợ phi chính phủ nước ngoài cho các huyện biên giới."),
    ],
}

EC_NEWS = {
    "id": "ec",
    "shape": "news",
    "date": "2024-10-05",
    "blocks": [
        ("title", "Việt Nam dự Hội nghị Thượng đỉnh Pháp ngữ lần thứ 19 tại Pháp"),
        (
            "paragraph",
            "PA-RI, 5/10/2024 – Tổng Bí thư, Chủ tịch nước Tô Lâm dẫn đầu Đoàn đại biểu cấp cao Việt Nam dự Hội nghị Thượng đỉnh Pháp ngữ lần thứ 19, diễn ra từ ngày 4 đến 5/10 tại Vi-le Cốt-tơ-rê và Pa-ri.",
        ),
        ("heading", "Thành viên tích cực của cộng đồng Pháp ngữ", 2),
        (
            "paragraph",
            "Việt Nam là thành viên của Tổ chức Quốc tế Pháp ngữ (OIF) và từng đăng cai Hội nghị Thượng đỉnh Pháp ngữ lần thứ 7 tại Hà Nội năm 1997. Phát biểu tại phiên thảo luận, Tổng Bí thư, Chủ tịch nước khẳng định Việt Nam “luôn coi trọng không gian Pháp ngữ như một cầu nối đối thoại”.",
        ),
        ("heading", "Quan hệ Việt – Pháp bước sang giai đoạn mới", 2),
        (
            "paragraph",
            "Pháp và Việt Nam thiết lập quan hệ ngoại giao ngày 12/4/1973 và trở thành đối tác chiến lược năm 2013. Nhiều năm qua, nước này là một trong những nhà tài trợ vốn ODA lớn cho Việt Nam. Tổng thống nước chủ nhà Ê-ma-nu-en Ma-crông chủ trì lễ đón các trưởng đoàn tại lâu đài Vi-le Cốt-tơ-rê.",
        ),
        (
            "paragraph",
            "Theo chương trình, sau hội nghị, Tổng Bí thư, Chủ tịch nước sẽ thăm chính thức Cộng hòa Pháp. Dự kiến hai bên sẽ bàn các biện pháp tăng cường phối hợp tại các diễn đàn đa phương, trong đó có OIF và Liên hợp quốc.",
        ),
    ],
}

ED_PLAN = {
    "id": "ed",
    "shape": "decree",
    "head": ["BỘ CÔNG THƯƠNG", "Số: 2105/KH-BCT", "Hà Nội, ngày 25 tháng 8 năm 2023"],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai công tác liên quan đến việc Vương quốc Anh gia nhập Hiệp định CPTPP",
    ],
    "tail": ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Trần Đức Khôi"],
    "blocks": [
        ("title", "KẾ HOẠCH Triển khai công tác liên quan đến việc Vương quốc Anh gia nhập Hiệp định CPTPP"),
        ("heading", "I. CĂN CỨ", 1),
        (
            "list_item",
            "1. Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP) được 11 nước ký tại Xan-ti-a-gô (Chi-lê) ngày 8/3/2018, được Quốc hội Việt Nam phê chuẩn ngày 12/11/2018 và có hiệu lực đối với Việt Nam từ ngày 14/1/2019.",
        ),
        (
            "list_item",
            "2. Ngày 16/7/2023, tại Ốc-len (Niu Di-lân), các nước thành viên CPTPP và Vương quốc Anh đã ký Nghị định thư gia nhập của Vương quốc Anh; tháng trước, Bộ đã tổ chức hội nghị phổ biến nội dung Nghị định thư.",
        ),
        (
            "list_item",
            "3. Việt Nam và Vương quốc Anh đã có Hiệp định Thương mại Tự do Việt Nam – Vương quốc Anh (UKVFTA, năm 2020).",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Vụ Chính sách thương mại đa biên chủ trì, trình Chính phủ phê duyệt Nghị định thư gia nhập của Vương quốc Anh trong năm nay.",
        ),
        (
            "list_item",
            "2. Bộ sẽ phối hợp với các nước thành viên theo dõi việc phê chuẩn của các bên; Nghị định thư chưa có hiệu lực.",
        ),
        (
            "list_item",
            "3. Dự kiến tổ chức đối thoại với doanh nghiệp Anh tại Hà Nội trong quý IV năm 2023.",
        ),
    ],
}

EE_ENTRY = {
    "id": "ee",
    "shape": "entry",
    "blocks": [
        ("title", "Lê Lương Minh"),
        ("paragraph", "Quốc tịch: Việt Nam"),
        ("paragraph", "Chức vụ tiêu biểu: Tổng Thư ký ASEAN (2013–2017)"),
        ("paragraph", "Người tiền nhiệm: Surin Pitsuwan"),
        ("paragraph", "Người kế nhiệm: Lim Jock Hoi"),
        (
            "paragraph",
            "Lê Lương Minh là nhà ngoại giao Việt Nam, nguyên Thứ trưởng Bộ Ngoại giao và là người Việt Nam đầu tiên giữ chức Tổng Thư ký Hiệp hội các quốc gia Đông Nam Á (ASEAN).",
        ),
        ("heading", "Sự nghiệp tại Liên hợp quốc", 1),
        (
            "paragraph",
            "Ông từng là Đại sứ, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc ở Niu Oóc. Ngày 16/10/2007, Đại hội đồng Liên hợp quốc bầu Việt Nam làm ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008–2009 với 183/190 phiếu thuận. Trong tháng 10/2009, khi Việt Nam làm Chủ tịch Hội đồng, Hội đồng Bảo an thông qua Nghị quyết 1889 về phụ nữ, hòa bình và an ninh.",
        ),
        ("heading", "Tổng Thư ký ASEAN", 1),
        (
            "paragraph",
            "Ngày 1/1/2013, ông nhậm chức Tổng Thư ký ASEAN với nhiệm kỳ 5 năm, kế nhiệm ông Surin Pitsuwan (Thái Lan). Năm 2015, Cộng đồng ASEAN được thành lập. Ông không tái nhiệm; từ ngày 1/1/2018, ông Lim Jock Hoi (Bru-nây) kế nhiệm.",
        ),
        ("heading", "Xem thêm", 1),
        ("list_item", "* Ban Thư ký ASEAN"),
        ("list_item", "* Việt Nam tại Hội đồng Bảo an Liên hợp quốc"),
    ],
}

DOCS = [EA_IPU, EB_REPORT, EC_NEWS, ED_PLAN, EE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal's PDF text layer with its running header on every page: the header line and a blank
    line first, the title wrapped at 44 columns, numbered headings, the body wrapped at 64 columns;
    after ``break_after`` body lines (mid-sentence) the page number right-aligned at the page's foot
    and a form feed; the last page ends with its number. Returns the text and the removed lines."""
    head, page = doc["header"], doc["first_page"]
    out: list[str] = [head, ""]
    removed: list[str] = [head]
    count = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if (front := front_matter_lines(kind, text, 44, 64)) is not None:
            out += front
            continue
        lines = wrap(text, 64)
        for i, ln in enumerate(lines):
            out.append(ln)
            count += 1
            if count == doc["break_after"]:
                if not 0 < i < len(lines) - 1 or ln.endswith("."):
                    raise ValueError("the page break must fall inside a sentence")
                out += [" " * 60 + str(page), "\f" + head, ""]
                removed.append(str(page))
                page += 1
        if kind != "heading":
            out.append("")
    out.append(" " * 60 + str(page))
    removed.append(str(page))
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """Word "save as plain text" with CRLF line ends: issuer, number, place-date line, the two-line
    title, every paragraph one line, each line followed by an empty line."""
    out: list[str] = [*doc["head"], *doc["title_lines"]]
    out += [b[1] for b in doc["blocks"] if b[0] != "title"]
    return "".join(ln + "\r\n\r\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news portal page: <time datetime>, <h1>, the lead (with its dateline) in <p class="sapo">,
    <h2> subheads in the body, an author line and a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = []
    for b in blocks[2:]:
        body.append(f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>")
    nl = "\n"
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Báo Thời sự Quốc tế</title>\n</head>\n<body>\n"
        '<nav class="menu"><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a> '
        '<a href="/doi-ngoai">Đối ngoại</a></nav>\n<article>\n'
        f'<h1 class="title">{title}</h1>\n<time datetime="{doc["date"]}T18:05:00+02:00">Thứ Bảy, 05/10/2024 18:05</time>\n'
        f'<p class="sapo"><strong>{lead}</strong></p>\n<div class="body">\n{nl.join(body)}\n</div>\n'
        '<p class="author">Nhóm phóng viên thường trú tại Pháp</p>\n</article>\n'
        "<footer>© Báo Thời sự Quốc tế. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</footer>\n"
        "</body>\n</html>\n"
    )


def render_decree(doc: dict) -> str:
    """A ministry plan: the issuer and number at the left, the place-date line at the right, the
    two-line title centred, Roman sections and numbered points wrapped at 78 columns with a hanging
    indent, the signature block at the right."""
    h = doc["head"]
    out = [
        f"{h[0]:<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':<40}Độc lập - Tự do - Hạnh phúc",
        f"{h[1]:<40}{h[2]}",
        "",
        " " * 34 + doc["title_lines"][0],
        "  " + doc["title_lines"][1],
        "",
    ]
    for b in doc["blocks"]:
        if b[0] == "title":
            continue
        lines = wrap(b[1], 78)
        out += [lines[0]] + ["   " + ln for ln in lines[1:]] + [""]
    out += [" " * 50 + ln if ln else "" for ln in doc["tail"]]
    return "\n".join(out) + "\n"


def render_entry(doc: dict) -> str:
    """An encyclopedia entry copied as text: the headword, infobox "key: value" lines with no blank
    lines between, the opening paragraph, "=== Section ===" headings, "* " see-also items."""
    out: list[str] = []
    blocks = doc["blocks"]
    for i, b in enumerate(blocks):
        infobox = ":" in b[1][:25]
        if b[0] == "heading":
            out += ["", f"=== {b[1]} ===", ""]
        elif b[0] == "title":
            out += [b[1], ""]
        else:
            out.append(b[1])
            nxt = blocks[i + 1][1] if i + 1 < len(blocks) else ""
            if not (b[1].startswith("*") or (infobox and ":" in nxt[:25])):
                out.append("")
    return "\n".join(out).replace("\n\n\n", "\n\n").rstrip("\n") + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "decree": render_decree,
            "entry": render_entry,
            "journal": render_journal,
            "news": render_news,
            "word": render_word,
        },
        prefix="e",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
