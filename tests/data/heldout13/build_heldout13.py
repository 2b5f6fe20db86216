"""Build the thirteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout13/build_heldout13.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout12, on topics those sets do not use (Vietnam - Spain 1977-2020,
Hà Nội's External Relations Department in 2010 with tasks for 2011, an interview on 40 years of
Vietnam - Philippines relations in July 2016, a Politburo resolution of 2013 on regional economic
integration, a textbook section on Vietnam in ECOSOC and other UN bodies). Nothing in src/ was changed
for them. The renderers differ from the earlier sets' on purpose (a two-column journal page joined
badly: 34-column lines, a Latin word hyphenated at a line end, the page number alone at the top right
of each page, a superscript-like footnote number glued to a word; a Word export with a blank line
after every line, "1./2." sections and "+" bullets; an HTML interview with "PV:" turns in <strong> and
"Đại sứ …:" answers; a Politburo resolution with issuer and motto side by side; a textbook section with a
chronology and review questions). Facts are well-established dates; the authors, the journal's name,
page numbers, the resolution's number and date, the ambassador's name, the newspaper and all quoted
words are invented. Events, citations and questions gold are written by hand; ``--check`` verifies
that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check  # noqa: E402

TA_SPAIN = {
    "id": "ta",
    "shape": "journal",
    "first_page": 57,
    "break_after": 11,
    "marker_after": "tiềm năng",
    "blocks": [
        ("title", "VIỆT NAM – TÂY BAN NHA: HƠN BỐN THẬP NIÊN QUAN HỆ"),
        ("author", "Đặng Thu Hà"),
        ("affiliation", "Viện Nghiên cứu Châu Âu"),
        ("abstract", "Bài viết phân tích quan hệ Việt Nam – Tây Ban Nha giai đoạn 1977 – 2020.", "vi"),
        ("keywords", "Tây Ban Nha; đối tác chiến lược; EVFTA.", "vi"),
        ("heading", "1. Khởi đầu", 1),
        (
            "paragraph",
            "Ngày 23/5/1977, Việt Nam và Tây Ban Nha thiết lập quan hệ ngoại giao. Ngày 1/1/1986, nước này cùng Bồ Đào Nha gia nhập Cộng đồng Châu Âu và dần trở thành “cửa ngõ phía nam của châu Âu” đối với hàng hóa Việt Nam (Lại Văn Sơn, 2011, tr. 63).",
        ),
        ("heading", "2. Đối tác chiến lược", 1),
        (
            "paragraph",
            "Tháng 12/2009, Chủ tịch nước Nguyễn Minh Triết thăm cấp Nhà nước Tây Ban Nha; hai bên ký Tuyên bố chung thiết lập quan hệ Đối tác chiến lược. Cơ quan hợp tác phát triển của nước bạn (Agencia Española de Cooperación Internacional para el Desarrollo) hiện tài trợ nhiều dự án tại Việt Nam.",
        ),
        (
            "paragraph",
            "Theo Hoàng Minh Quân (2020, tr. 18), Hiệp định EVFTA, ký ngày 30/6/2019 tại Hà Nội và được Quốc hội Việt Nam phê chuẩn ngày 8/6/2020, là “cú hích” cho thương mại hai chiều. Dù vậy, đầu tư của Tây Ban Nha vào Việt Nam chưa tương xứng với tiềm năng. Hai bên phấn đấu mở rộng hợp tác về du lịch và giáo dục.",
        ),
        ("footnote", "1 Số liệu tổng hợp từ Cục Đầu tư nước ngoài."),
    ],
}

TB_REPORT = {
    "id": "tb",
    "shape": "word",
    "issuer": [
        "UBND THÀNH PHỐ HÀ NỘI",
        "SỞ NGOẠI VỤ",
        "Số: 215/BC-SNgV",
        "Hà Nội, ngày 25 tháng 11 năm 2010",
    ],
    "title_lines": ["BÁO CÁO", "Công tác đối ngoại năm 2010 và nhiệm vụ năm 2011"],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại năm 2010 và nhiệm vụ năm 2011"),
        ("heading", "1. Phục vụ các hội nghị quốc tế", 1),
        ("paragraph", "Năm nay, Việt Nam giữ vai trò Chủ tịch ASEAN. Thành phố đã phối hợp phục vụ:"),
        (
            "list_item",
            "+ Ngày 12/10/2010, Việt Nam đăng cai Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) lần thứ nhất với sự tham dự của mười nước ASEAN và tám nước đối tác.",
        ),
        (
            "list_item",
            "+ Tháng trước, Hà Nội tổ chức Hội nghị Cấp cao ASEAN lần thứ 17 và các hội nghị liên quan.",
        ),
        ("heading", "2. Đoàn vào, đoàn ra", 1),
        ("list_item", "+ Đón các đoàn quốc tế dự Đại lễ kỷ niệm 1000 năm Thăng Long – Hà Nội (10/10/2010)."),
        (
            "list_item",
            "+ Cử đoàn của thành phố tham gia Hội chợ Triển lãm thế giới Expo 2010 tại Thượng Hải (Trung Quốc).",
        ),
        ("heading", "3. Hợp tác quốc tế", 1),
        (
            "paragraph",
            "Hà Nội hiện duy trì quan hệ hợp tác truyền thống với thủ đô Viêng Chăn (Lào). Nhật Bản tiếp tục cung cấp vốn ODA cho dự án cầu Nhật Tân. Một số dự án ODA giải ngân chậm, chưa đạt kế hoạch năm.",
        ),
        ("heading", "4. Nhiệm vụ năm 2011", 1),
        ("list_item", "+ Tiếp tục phối hợp với phía Nhật Bản đẩy nhanh tiến độ dự án cầu Nhật Tân."),
        ("list_item", "+ Phấn đấu nâng cao hiệu quả hợp tác với thủ đô Viêng Chăn."),
    ],
}

TC_NEWS = {
    "id": "tc",
    "shape": "news",
    "stamp": "Thứ Sáu, 08/07/2016 09:15 (GMT+7)",
    "iso": "2016-07-08T09:15:00+07:00",
    "blocks": [
        ("title", "Đại sứ Việt Nam tại Phi-líp-pin: Hai nước còn nhiều dư địa hợp tác"),
        (
            "paragraph",
            "Nhân dịp 40 năm thiết lập quan hệ ngoại giao Việt Nam – Phi-líp-pin (12/7/1976 – 12/7/2016), Đại sứ Trương Minh Khôi trả lời phỏng vấn báo Quốc tế Ngày nay.",
        ),
        (
            "paragraph",
            "PV: Năm ngoái, quan hệ hai nước được nâng lên tầm cao mới. Xin Đại sứ cho biết cụ thể?",
        ),
        (
            "paragraph",
            "Đại sứ Trương Minh Khôi: Ngày 17/11/2015, tại Ma-ni-la, Chủ tịch nước Trương Tấn Sang và Tổng thống nước chủ nhà Benigno Aquino III chứng kiến Bộ trưởng Ngoại giao hai nước ký Tuyên bố chung thiết lập quan hệ Đối tác chiến lược. Chủ tịch nước sang Phi-líp-pin dự Tuần lễ Cấp cao APEC 2015.",
        ),
        ("paragraph", "PV: Hợp tác kinh tế hiện nay ra sao?"),
        (
            "paragraph",
            "Đại sứ Trương Minh Khôi: Phi-líp-pin hiện là một trong những nước nhập khẩu gạo lớn nhất của Việt Nam. Tuy vậy, thương mại hai chiều chưa đạt mục tiêu hai bên đặt ra.",
        ),
        ("paragraph", "PV: Thời gian tới, hai nước sẽ ưu tiên điều gì?"),
        (
            "paragraph",
            "Đại sứ Trương Minh Khôi: Năm 2017, phía bạn sẽ giữ cương vị Chủ tịch ASEAN. Hai bên sẽ phối hợp chặt chẽ tại ASEAN và Diễn đàn Khu vực ASEAN (ARF).",
        ),
    ],
}

TD_RESOLUTION = {
    "id": "td",
    "shape": "party",
    "head": [
        "BAN CHẤP HÀNH TRUNG ƯƠNG            ĐẢNG CỘNG SẢN VIỆT NAM",
        "           *                       ---------------",
        "    Số 31-NQ/TW               Hà Nội, ngày 15 tháng 5 năm 2013",
    ],
    "title_lines": ["NGHỊ QUYẾT", "CỦA BỘ CHÍNH TRỊ", "về chủ động tham gia các liên kết kinh tế khu vực"],
    "tail": [
        "                                        T/M BỘ CHÍNH TRỊ",
        "                                           (Đã ký)",
        "Nơi nhận:",
        "- Các tỉnh ủy, thành ủy,",
        "- Lưu Văn phòng Trung ương Đảng.",
    ],
    "blocks": [
        ("title", "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về chủ động tham gia các liên kết kinh tế khu vực"),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Từ ngày 11/1/2007, nước ta là thành viên Tổ chức Thương mại thế giới (WTO) và đã thực thi nhiều hiệp định thương mại tự do, trong đó có Hiệp định Thương mại tự do Việt Nam – Chi-lê (2011). Năm ngoái, ta cùng chín nước ASEAN và Trung Quốc, Nhật Bản, Hàn Quốc, Ấn Độ, Ô-xtrây-li-a, Niu Di-lân khởi động đàm phán Hiệp định Đối tác Kinh tế toàn diện khu vực (RCEP). Tuy nhiên, năng lực cạnh tranh của nền kinh tế chưa được cải thiện rõ rệt.",
        ),
        ("heading", "II. QUAN ĐIỂM", 1),
        ("list_item", "1. Hội nhập kinh tế là trọng tâm của hội nhập quốc tế."),
        (
            "list_item",
            "2. Đảng ta chủ trương chủ động, tích cực hội nhập trên cơ sở giữ vững độc lập, tự chủ.",
        ),
        ("heading", "III. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tích cực tham gia đàm phán Hiệp định Đối tác xuyên Thái Bình Dương (TPP), phấn đấu kết thúc đàm phán trong năm 2013.",
        ),
        ("list_item", "2. Cùng các nước ASEAN xây dựng Cộng đồng Kinh tế ASEAN vào cuối năm 2015."),
        (
            "list_item",
            "3. Tăng cường hợp tác với Quỹ Tiền tệ quốc tế (IMF) và Ngân hàng Phát triển châu Á (ADB) để huy động vốn ưu đãi.",
        ),
    ],
}

TE_TEXTBOOK = {
    "id": "te",
    "shape": "textbook",
    "blocks": [
        ("title", "Bài 6. VIỆT NAM TẠI CÁC CƠ QUAN CỦA LIÊN HỢP QUỐC"),
        ("heading", "1. Hội đồng Kinh tế và Xã hội", 1),
        (
            "paragraph",
            "Hội đồng Kinh tế và Xã hội (ECOSOC) là một trong sáu cơ quan chính của Liên Hợp Quốc, gồm 54 thành viên do Đại hội đồng bầu với nhiệm kỳ ba năm; mỗi nước ứng cử cần đa số hai phần ba số phiếu. Trước năm 1977, Việt Nam chưa phải là thành viên Liên Hợp Quốc. Hiện nay, Việt Nam hợp tác chặt chẽ với Chương trình Phát triển Liên Hợp Quốc (UNDP) và Quỹ Nhi đồng Liên Hợp Quốc (UNICEF).",
        ),
        ("heading", "2. Niên biểu", 1),
        ("list_item", "– 20/9/1977: Việt Nam trở thành thành viên thứ 149 của Liên Hợp Quốc."),
        ("list_item", "– 1997: Việt Nam lần đầu trúng cử thành viên ECOSOC, nhiệm kỳ 1998 – 2000."),
        (
            "list_item",
            "– 16/10/2007: Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008 – 2009 với 183/190 phiếu.",
        ),
        (
            "list_item",
            "– 21/10/2015: Việt Nam tái đắc cử thành viên ECOSOC, nhiệm kỳ 2016 – 2018, với 182/187 phiếu.",
        ),
        (
            "list_item",
            "– 3/11/2016: ông Nguyễn Hồng Thao trở thành người Việt Nam đầu tiên được bầu vào Ủy ban Luật pháp quốc tế (ILC), nhiệm kỳ 2017 – 2021, với 120/191 phiếu.",
        ),
        ("heading", "Câu hỏi ôn tập", 1),
        ("list_item", "1. ECOSOC gồm bao nhiêu thành viên? Nhiệm kỳ là mấy năm?"),
        ("list_item", "2. Nêu các mốc Việt Nam là thành viên ECOSOC."),
        ("list_item", "3. Ai là người Việt Nam đầu tiên là thành viên ILC?"),
    ],
}

DOCS = [TA_SPAIN, TB_REPORT, TC_NEWS, TD_RESOLUTION, TE_TEXTBOOK]


def column_wrap(text: str, width: int) -> list[str]:
    """Greedy wrap for a narrow PDF column; a long Latin word that does not fit is split with a hyphen
    at the line end when at least four letters fit and four remain."""
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            room = width - len(cur) - 2
            if word.isascii() and word.isalpha() and room >= 4 and len(word) - room >= 4:
                lines.append(f"{cur} {word[:room]}-")
                cur = word[room:]
                continue
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(cur)
    return lines


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """One column of a two-column PDF page as its text layer: 34-column lines, no blank line between a
    heading and its paragraph, the page number alone at the top right of each page, a footnote number
    glued to the full stop before it ("tiềm năng.1"), the footnote at the foot of the last page; after
    ``break_after`` body lines (mid-sentence) a form feed and the next page's number."""
    page = doc["first_page"]
    pad = " " * 30
    out: list[str] = [f"{pad}{page}"]
    removed: list[str] = [str(page)]
    body = 0
    notes = [b[1] for b in doc["blocks"] if b[0] == "footnote"]
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "footnote":
            continue
        if kind == "title":
            out += column_wrap(text, 34) + [""]
        elif kind == "author":
            out.append(text)
        elif kind == "affiliation":
            out += [text, ""]
        elif kind in ("abstract", "keywords"):
            label = "Tóm tắt: " if kind == "abstract" else "Từ khóa: "
            out += column_wrap(label + text, 34) + ([""] if kind == "keywords" else [])
        elif kind == "heading":
            out.append(text)
        else:
            text = text.replace(doc["marker_after"] + ".", doc["marker_after"] + ".1")
            lines = column_wrap(text, 34)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith((".", "-")):
                        raise ValueError("the page break must fall inside a sentence, not in a word")
                    page += 1
                    out += ["", f"\f{pad}{page}"]
                    removed.append(str(page))
            out.append("")
    out += ["_" * 12, *notes]
    removed.append("_" * 12)
    text = "\n".join(out) + "\n"
    if "-\n" not in text:
        raise ValueError("no word is hyphenated at a line end")
    return text, removed


def render_word(doc: dict) -> str:
    """Word "Save as plain text": LF line ends, every line followed by an empty line, no wrap (Word
    writes a paragraph as one line); issuer, department, "Số:" and place-date one a line, the two-line title; "+" bullets as written."""
    out: list[str] = [*doc["issuer"], *doc["title_lines"]]
    out += [b[1] for b in doc["blocks"] if b[0] != "title"]
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """An HTML interview page: breadcrumb, <h1>, a <span class="date">, the lead in <h2 class="sapo">,
    questions in bold as <p><strong>PV: …</strong></p>, answers as <p>Đại sứ …: …</p>,
    a share bar and the footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = []
    for b in blocks[2:]:
        who, _, rest = b[1].partition(": ")
        if who == "PV":
            paras.append(f"<p><strong>PV: {rest}</strong></p>")
        else:
            paras.append(f"<p>{who}: {rest}</p>")
    body = "\n".join(paras)
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} - Quốc tế Ngày nay</title>\n</head>\n<body>\n"
        '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/doi-ngoai">Đối ngoại</a></div>\n'
        f'<div class="detail">\n<h1>{title}</h1>\n'
        f'<span class="date" data-time="{doc["iso"]}">{doc["stamp"]}</span>\n'
        f'<h2 class="sapo">{lead}</h2>\n<div class="content">\n{body}\n</div>\n'
        '<div class="share">Chia sẻ: Facebook | Zalo | In bài</div>\n</div>\n'
        "<footer>Quốc tế Ngày nay – Cơ quan của Hội Nghiên cứu Quốc tế</footer>\n</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A Politburo resolution: issuer and party name side by side, number and place-date side by side;
    the three-line title centred; sections, viewpoints and tasks as lines (no wrap, as copied from a
    DOCX), a blank line between sections; the signature and "Nơi nhận"."""
    out = [
        *doc["head"],
        "",
        *(" " * 20 + t for t in doc["title_lines"][:2]),
        "  " + doc["title_lines"][2],
        "",
    ]
    for b in doc["blocks"]:
        if b[0] == "title":
            continue
        if b[0] == "heading" and out[-1] != "":
            out.append("")
        out.append(b[1])
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_textbook(doc: dict) -> str:
    """A textbook section as text: the lesson title, headings, a paragraph wrapped at 72 columns, the
    chronology as "–" lines, the review questions; a blank line after each heading and paragraph."""
    from heldout_kit import wrap

    out: list[str] = []
    for b in doc["blocks"]:
        if b[0] == "list_item":
            out.append(b[1])
        else:
            if out and out[-1] != "":
                out.append("")
            out += wrap(b[1], 72) + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "textbook": render_textbook,
            "word": render_word,
        },
        prefix="t",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
