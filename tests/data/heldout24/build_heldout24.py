"""Build the twenty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout24/build_heldout24.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout22, on topics those sets do not use (Vietnam - Norway and
EFTA, Quảng Ninh's external affairs in the first quarter of 2024 with the Hạ Long Bay - Cát Bà
heritage site, 50 years of Vietnam - Luxembourg relations on an embassy page, the National
Assembly's resolution ratifying UNCLOS 1982 of 23/6/1994, an encyclopedia entry on the Vietnam Red
Cross Society). Nothing in src/ was changed for them. The renderers differ from the earlier sets' on
purpose (a conference paper with no running header but a footer line on every page and a
space-aligned table; a Word export with LF line ends, a blank line after every line and "- " items; an
embassy page with a breadcrumb, <meta> date, lead and share bar; a resolution with "Điều 1.-3."; an
encyclopedia entry with a headword, "key: value" infobox lines and "== Section ==" headings). Facts
are well-established; authors, the conference, page numbers, document numbers, the ambassador's
name and all quoted words are invented. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, wrap  # noqa: E402

QA_NORWAY = {
    "id": "qa",
    "shape": "journal",
    "footer": "Kỷ yếu Hội thảo khoa học “Việt Nam – Bắc Âu: 50 năm hợp tác”",
    "first_page": 57,
    "break_after": 9,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – NA UY VÀ TRIỂN VỌNG HỢP TÁC VỚI KHỐI EFTA"),
        ("author", "Trần Quang Vinh"),
        ("affiliation", "Viện Nghiên cứu Châu Âu"),
        ("heading", "1. Một quan hệ bền bỉ", 1),
        (
            "paragraph",
            "Ngày 25/11/1971, Na Uy và Việt Nam Dân chủ Cộng hòa chính thức thiết lập quan hệ ngoại giao. Theo Đỗ Minh Khang (2016), Na Uy là “người bạn Bắc Âu kiên trì” của Việt Nam. Tuy không phải là thành viên Liên minh châu Âu, nước này là thành viên Hiệp hội Thương mại Tự do châu Âu (EFTA) cùng Thụy Sĩ, Ai-xơ-len và Lích-ten-xtên.",
        ),
        (
            "paragraph",
            "Na Uy đã dành cho Việt Nam nguồn viện trợ phát triển chính thức (ODA) tuy nhỏ về quy mô nhưng “trúng đích, bền vững” (Lương Thu Hà, 2019, tr. 88). Hai nước hiện hợp tác chặt chẽ trong các lĩnh vực năng lượng, thủy sản và hàng hải. Tháng 5/2019, Thủ tướng Nguyễn Xuân Phúc thăm chính thức Na Uy.",
        ),
        ("heading", "2. Hợp tác đa phương và đàm phán với EFTA", 1),
        (
            "paragraph",
            "Năm 2021, hai bên cùng là ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc: Việt Nam trúng cử ngày 7/6/2019 với 192/193 phiếu thuận, còn Na Uy trúng cử ngày 17/6/2020.",
        ),
        ("table", "Mốc\tNăm"),
        ("table", "Thiết lập quan hệ ngoại giao\t1971"),
        ("table", "Khởi động đàm phán FTA Việt Nam – EFTA\t2012"),
        (
            "paragraph",
            "Năm 2012, Việt Nam và các nước EFTA khởi động đàm phán hiệp định thương mại tự do, song đến nay hiệp định này vẫn chưa được ký kết. Trong những năm tới, hai bên dự kiến đẩy mạnh hợp tác về kinh tế biển và năng lượng tái tạo.",
        ),
    ],
}

QB_REPORT = {
    "id": "qb",
    "shape": "word",
    "head": ["UBND TỈNH QUẢNG NINH", "SỞ NGOẠI VỤ", "Số: 45/BC-SNV", "Quảng Ninh, ngày 29 tháng 3 năm 2024"],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại Quý I năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại Quý I năm 2024"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "paragraph",
            "Trong Quý I năm 2024, công tác đối ngoại của tỉnh được triển khai đúng kế hoạch, cụ thể:",
        ),
        (
            "list_item",
            "- Quan hệ giữa tỉnh với các địa phương giáp biên của Trung Quốc, trước hết là thành phố Đông Hưng (Quảng Tây), được giữ vững; hai bên thường xuyên trao đổi thông tin qua cặp cửa khẩu Móng Cái – Đông Hưng.",
        ),
        (
            "list_item",
            "- Năm ngoái, UNESCO ghi danh Vịnh Hạ Long – quần đảo Cát Bà là Di sản thiên nhiên thế giới liên tỉnh của Quảng Ninh và Hải Phòng; Vịnh Hạ Long được công nhận lần đầu năm 1994.",
        ),
        (
            "list_item",
            "- Tháng trước, Sở chủ trì hội nghị triển khai nhiệm vụ đối ngoại năm 2024 với các sở, ngành và địa phương trong tỉnh.",
        ),
        (
            "list_item",
            "- Do thủ tục chưa hoàn tất, đoàn công tác của tỉnh chưa sang thăm Quảng Tây trong quý.",
        ),
        ("heading", "II. NHIỆM VỤ QUÝ II NĂM 2024", 1),
        (
            "list_item",
            "- Phấn đấu đón đoàn lãnh đạo Quảng Tây sang thăm và làm việc tại tỉnh trong tháng 5/2024.",
        ),
        (
            "list_item",
            "- Phối hợp với thành phố Hải Phòng và Ủy ban Quốc gia UNESCO Việt Nam xây dựng kế hoạch quản lý chung di sản Vịnh Hạ Long – quần đảo Cát Bà.",
        ),
        (
            "list_item",
            "- Năm nay, Sở sẽ tham mưu tổ chức các hoạt động quảng bá di sản tới các thị trường du lịch ASEAN.",
        ),
    ],
}

QC_NEWS = {
    "id": "qc",
    "shape": "news",
    "date": "2023-11-16",
    "stamp": "16/11/2023 09:30",
    "blocks": [
        ("title", "Kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Lúc-xăm-bua"),
        (
            "paragraph",
            "Tối 15/11, tại thành phố Lúc-xăm-bua, Đại sứ quán Việt Nam tại Bỉ và Lúc-xăm-bua tổ chức lễ kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao giữa hai nước (15/11/1973 – 15/11/2023).",
        ),
        (
            "paragraph",
            "Phát biểu tại buổi lễ, Đại sứ Lê Hoài Nam nhắc lại rằng Lúc-xăm-bua là một trong sáu nước sáng lập Cộng đồng Kinh tế châu Âu năm 1957 và là thành viên sáng lập NATO năm 1949. Nhiều năm qua, nước này đã dành viện trợ không hoàn lại cho Việt Nam trong các lĩnh vực y tế, đào tạo nghề và phát triển nông thôn.",
        ),
        (
            "paragraph",
            "Đại diện Bộ Ngoại giao nước chủ nhà đánh giá quan hệ giữa hai nước đang phát triển tốt đẹp và cho biết phía bạn “luôn coi Việt Nam là đối tác tin cậy ở Đông Nam Á”.",
        ),
        (
            "paragraph",
            "Năm nay, hai bên đã tổ chức nhiều hoạt động kỷ niệm. Thời gian tới, Đại sứ quán sẽ phối hợp với phía bạn thúc đẩy hợp tác về tài chính xanh và đổi mới sáng tạo.",
        ),
    ],
}

QD_RESOLUTION = {
    "id": "qd",
    "shape": "decree",
    "head": ["QUỐC HỘI", "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Khóa IX, kỳ họp thứ 5"],
    "title_lines": ["NGHỊ QUYẾT", "Về việc phê chuẩn Công ước của Liên hợp quốc về Luật biển năm 1982"],
    "tail": ["CHỦ TỊCH QUỐC HỘI", "", "Nông Đức Mạnh"],
    "blocks": [
        ("title", "NGHỊ QUYẾT Về việc phê chuẩn Công ước của Liên hợp quốc về Luật biển năm 1982"),
        ("paragraph", "QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("paragraph", "Căn cứ vào Điều 84 của Hiến pháp năm 1992;"),
        ("paragraph", "Xét Tờ trình của Chính phủ,"),
        ("paragraph", "QUYẾT NGHỊ:"),
        (
            "paragraph",
            "Điều 1. Phê chuẩn Công ước của Liên hợp quốc về Luật biển năm 1982, được Việt Nam ký ngày 10/12/1982 tại Môn-tê-gô Bay (Gia-mai-ca).",
        ),
        (
            "paragraph",
            "Điều 2. Quốc hội khẳng định chủ quyền của Việt Nam đối với hai quần đảo Hoàng Sa và Trường Sa; các tranh chấp liên quan sẽ được giải quyết bằng thương lượng hòa bình, không dùng vũ lực hoặc đe dọa dùng vũ lực.",
        ),
        (
            "paragraph",
            "Điều 3. Giao Chính phủ chuẩn bị tham gia Cơ quan quyền lực quốc tế về đáy đại dương và Tòa án quốc tế về Luật biển khi Công ước có hiệu lực từ ngày 16/11/1994.",
        ),
        (
            "paragraph",
            "Nghị quyết này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa IX, kỳ họp thứ 5 thông qua ngày 23 tháng 6 năm 1994.",
        ),
    ],
}

QE_ENTRY = {
    "id": "qe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội Chữ thập đỏ Việt Nam"),
        ("paragraph", "Thành lập: 23 tháng 11 năm 1946"),
        ("paragraph", "Trụ sở: Hà Nội"),
        ("paragraph", "Lĩnh vực: Nhân đạo, cứu trợ thảm họa, chăm sóc sức khỏe cộng đồng"),
        ("paragraph", "Thành viên của: Liên đoàn Quốc tế Hội Chữ thập đỏ và Trăng lưỡi liềm đỏ (IFRC)"),
        (
            "paragraph",
            "Hội Chữ thập đỏ Việt Nam là tổ chức xã hội hoạt động nhân đạo, được thành lập ngày 23/11/1946 theo chủ trương của Chủ tịch Hồ Chí Minh.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Năm 1957, Hội được Ủy ban Chữ thập đỏ Quốc tế (ICRC) công nhận và trở thành thành viên của Hội Liên hiệp các Hội Chữ thập đỏ, tiền thân của IFRC (Ủy ban này được thành lập năm 1863 tại Giơ-ne-vơ). Cũng năm đó, Việt Nam Dân chủ Cộng hòa gia nhập các Công ước Giơ-ne-vơ năm 1949.",
        ),
        ("heading", "Hợp tác quốc tế", 1),
        (
            "paragraph",
            "Hội hiện có quan hệ hợp tác với Hội Chữ thập đỏ của Lào, Cam-pu-chia, Nhật Bản và nhiều nước khác. Sau bão Yagi (tháng 9/2024), IFRC phát động lời kêu gọi khẩn cấp để hỗ trợ Hội Chữ thập đỏ Việt Nam cứu trợ người dân vùng bão lũ.",
        ),
        ("heading", "Xem thêm", 1),
        ("list_item", "* Phong trào Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế"),
        ("list_item", "* Công ước Giơ-ne-vơ"),
    ],
}

DOCS = [QA_NORWAY, QB_REPORT, QC_NEWS, QD_RESOLUTION, QE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A conference paper's PDF text layer: no running header; title wrapped at 48, body at 70
    columns; the table's cells padded with spaces; after ``break_after`` body lines (inside a
    paragraph, mid-sentence) the footer "proceedings  page" at the page's foot and a form feed; the
    last page ends with its footer too. Returns the text and the lines layout repair must remove."""
    page = doc["first_page"]
    out: list[str] = []
    removed: list[str] = []
    count = 0

    def foot() -> None:
        nonlocal page
        line = f"{doc['footer']}    {page}"
        out.extend(["", line])
        removed.append(line)
        page += 1

    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "title":
            out += wrap(text, 48) + [""]
        elif kind == "author":
            out.append(text)
        elif kind == "affiliation":
            out += [text, ""]
        elif kind == "table":
            a, c = text.split("\t")
            out.append(f"{a:<44}{c}")
            if text.endswith("2012"):
                out.append("")
        else:
            lines = wrap(text, 70)
            for i, ln in enumerate(lines):
                out.append(ln)
                count += 1
                if count == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    foot()
                    out.append("\f")
            out.append("")
    foot()
    return "\n".join(out).replace("\n\f\n", "\n\f") + "\n", removed


def render_word(doc: dict) -> str:
    """Word "save as plain text" with LF line ends: the issuer, number and place-date lines, the
    two-line title, every paragraph one line, each line followed by an empty line."""
    out: list[str] = [*doc["head"], *doc["title_lines"]]
    out += [b[1] for b in doc["blocks"] if b[0] != "title"]
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """An embassy news page: <meta> publication date, a breadcrumb, <h1>, a date line, the lead in
    <div class="lead">, body paragraphs, a share bar, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = "\n".join(f"<p>{b[1]}</p>" for b in blocks[2:])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T09:30:00+01:00">\n'
        f"<title>{title} - Đại sứ quán Việt Nam tại Bỉ và Lúc-xăm-bua</title>\n</head>\n<body>\n"
        '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>'
        "<li>Hoạt động của Đại sứ quán</li></ul>\n"
        f'<div class="news-detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<div class="lead">{lead}</div>\n<div class="content">\n{paras}\n</div>\n'
        '<div class="share">Chia sẻ: <a href="#">Facebook</a> | <a href="#">Twitter</a> | '
        '<a href="#">In bài</a></div>\n</div>\n'
        "<footer>Bản quyền thuộc Đại sứ quán Việt Nam tại Vương quốc Bỉ và Đại công quốc Lúc-xăm-bua</footer>\n"
        "</body>\n</html>\n"
    )


def render_decree(doc: dict) -> str:
    """A National Assembly resolution: issuer, state name and term stacked, the two-line title
    centred, the enacting formula and articles wrapped at 80 columns, a blank line between them,
    the signature at the right."""
    out = [*doc["head"], "", " " * 34 + doc["title_lines"][0], "  " + doc["title_lines"][1], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 80) + [""]
    out += [" " * 48 + ln if ln else "" for ln in doc["tail"]]
    return "\n".join(out) + "\n"


def render_entry(doc: dict) -> str:
    """An encyclopedia entry copied as text: the headword, the infobox "key: value" lines, the
    opening paragraph, "== Section ==" headings, "* " see-also items."""
    out: list[str] = []
    for b in doc["blocks"]:
        if b[0] == "heading":
            out += ["", f"== {b[1]} ==", ""]
        elif b[0] == "title":
            out += [b[1], ""]
        else:
            out.append(b[1])
            if not b[1].startswith(("Thành lập:", "Trụ sở:", "Lĩnh vực:", "*")):
                out.append("")
    return "\n".join(ln for ln in out).replace("\n\n\n", "\n\n").rstrip("\n") + "\n"


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
        prefix="q",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
