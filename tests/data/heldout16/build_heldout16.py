"""Build the sixteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout16/build_heldout16.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout14, on topics those sets do not use (Vietnam - Czech Republic
1950-2020, a Foreign Minister's speech on 50 years of Vietnam - Switzerland relations, President Trần
Đức Lương's state visit to China and the Gulf of Tonkin agreements of 25/12/2000, a Secretariat notice
after the Francophonie summit in Hà Nội (11/1997) with tasks for 1998, an encyclopedia entry on
Ireland). Nothing in src/ was changed for them. The renderers differ from the earlier sets' on purpose
(a journal whose lines are justified with double spaces, the header "TẠP CHÍ … SỐ …" on every page and
the page number as a centred "– N –" footer; a speech saved from Word as text with a blank line after
every wrapped line; an HTML news page with a <table> of the documents signed; a Party notice whose
issuer and party name sit side by side; an encyclopedia entry copied as text with an update line).
Facts are well-established dates; authors, the journal's name, page numbers, the notice's number and
date, the footnote and all quoted words are invented. Events, citations and questions gold are written
by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

WA_CZECH = {
    "id": "wa",
    "shape": "journal",
    "header": "TẠP CHÍ KHOA HỌC TRUNG ÂU – SỐ 10 (118) 2020",
    "first_page": 23,
    "break_after": 5,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – SÉC: BẢY MƯƠI NĂM MỘT CHẶNG ĐƯỜNG"),
        ("author", "Đỗ Thị Thu Trang"),
        ("affiliation", "Viện Nghiên cứu Trung Âu"),
        ("abstract", "Bài viết khái quát quan hệ Việt Nam – Séc từ năm 1950 đến năm 2020.", "vi"),
        ("keywords", "Tiệp Khắc; Cộng hòa Séc; SEV; EVFTA.", "vi"),
        ("heading", "1. Thời kỳ Tiệp Khắc", 1),
        (
            "paragraph",
            "Ngày 2/2/1950, Tiệp Khắc và Việt Nam Dân chủ Cộng hòa thiết lập quan hệ ngoại giao. Tiệp Khắc, một thành viên sáng lập Hội đồng Tương trợ Kinh tế (SEV) năm 1949, đã giúp Việt Nam đào tạo hàng nghìn kỹ sư và công nhân lành nghề, một sự giúp đỡ “vô tư và bền bỉ” (Lê Quang Hưng, 2015, tr. 10-11). Tháng 6/1978, Việt Nam gia nhập SEV. Sau năm 1989, Tiệp Khắc không còn viện trợ cho Việt Nam theo cơ chế cũ, khiến nhiều công trình “dở dang” (Sđd, tr. 12).",
        ),
        ("heading", "2. Quan hệ với Cộng hòa Séc", 1),
        (
            "paragraph",
            "Từ ngày 1/1/1993, Cộng hòa Séc kế thừa quan hệ với Việt Nam; năm 2004, nước này trở thành thành viên Liên minh châu Âu. Năm 2013, Chính phủ Séc công nhận cộng đồng người Việt là một dân tộc thiểu số. Theo Phạm Hồng Sơn (2018, tr. 77-79), đây là “nhịp cầu” giữa hai dân tộc.",
        ),
        (
            "paragraph",
            "Năm ngoái, Việt Nam và Liên minh châu Âu ký Hiệp định Thương mại tự do (EVFTA); tháng 6 năm nay, Quốc hội Việt Nam phê chuẩn Hiệp định, có hiệu lực từ ngày 1/8. Hai nước sẽ mở rộng hợp tác về giáo dục và y tế.",
        ),
        ("footnote", "1 Bài viết là sản phẩm của đề tài khoa học cấp cơ sở năm 2020."),
    ],
}

WB_SPEECH = {
    "id": "wb",
    "shape": "word",
    "title_lines": [
        "BÀI PHÁT BIỂU CỦA BỘ TRƯỞNG BỘ NGOẠI GIAO",
        "tại Hội thảo “50 năm quan hệ Việt Nam – Thụy Sĩ: Nhìn lại và hướng tới”",
    ],
    "place": "Hà Nội, ngày 11 tháng 10 năm 2021",
    "blocks": [
        (
            "title",
            "BÀI PHÁT BIỂU CỦA BỘ TRƯỞNG BỘ NGOẠI GIAO tại Hội thảo “50 năm quan hệ Việt Nam – Thụy Sĩ: Nhìn lại và hướng tới”",
        ),
        ("paragraph", "Kính thưa Ngài Đại sứ Liên bang Thụy Sĩ,"),
        ("paragraph", "Thưa các học giả và các vị khách quý,"),
        (
            "paragraph",
            "Đúng 50 năm trước, ngày 11/10/1971, Thụy Sĩ và Việt Nam Dân chủ Cộng hòa chính thức thiết lập quan hệ ngoại giao. Tên thành phố Giơ-ne-vơ gắn với Hiệp định Giơ-ne-vơ (1954) về Đông Dương, điều mà nhân dân Việt Nam không bao giờ quên. Hôm nay, tôi xin nêu ba điểm:",
        ),
        (
            "list_item",
            "1. Về chính trị, quan hệ giữa hai nước ngày càng tin cậy. Giơ-ne-vơ cũng là nơi nước ta ghi dấu ấn: ngày 12/11/2013, Việt Nam trúng cử thành viên Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2014 – 2016 với 184 phiếu.",
        ),
        (
            "list_item",
            "2. Về phát triển, nhiều năm qua phía bạn dành cho Việt Nam nguồn viện trợ không hoàn lại quý báu.",
        ),
        (
            "list_item",
            "3. Về kinh tế, Việt Nam đàm phán hiệp định thương mại tự do với Hiệp hội Mậu dịch Tự do châu Âu (EFTA), gồm Thụy Sĩ, Na Uy, Ai-xơ-len và Lích-ten-xtên, từ năm 2012 nhưng đến nay đàm phán chưa kết thúc. Hai bên phấn đấu sớm hoàn tất hiệp định này.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn."),
    ],
}

WC_NEWS = {
    "id": "wc",
    "shape": "news",
    "stamp": "25/12/2000 19:45",
    "blocks": [
        ("title", "Việt Nam và Trung Quốc ký Hiệp định phân định Vịnh Bắc Bộ"),
        (
            "paragraph",
            "Chiều 25/12, tại Bắc Kinh, Chủ tịch nước Trần Đức Lương, người đang thăm cấp Nhà nước Trung Quốc, đã hội đàm với Chủ tịch Giang Trạch Dân; sau đó hai nhà lãnh đạo chứng kiến lễ ký hai hiệp định.",
        ),
        ("table", "STT\tVăn kiện\tLĩnh vực"),
        (
            "table",
            "1\tHiệp định phân định lãnh hải, vùng đặc quyền kinh tế và thềm lục địa trong Vịnh Bắc Bộ\tBiên giới, lãnh thổ",
        ),
        ("table", "2\tHiệp định hợp tác nghề cá ở Vịnh Bắc Bộ\tNghề cá"),
        (
            "paragraph",
            "Hai bên đánh giá cao việc tháng 12 năm ngoái hai nước đã ký Hiệp ước về biên giới trên đất liền tại Hà Nội và nhất trí sẽ đẩy nhanh phân giới cắm mốc. Hai hiệp định sẽ có hiệu lực sau khi được hai bên phê chuẩn. Vùng biển ngoài cửa Vịnh chưa được phân định. Theo kế hoạch, Chủ tịch nước sẽ hội kiến Thủ tướng nước chủ nhà Chu Dung Cơ.",
        ),
        ("source", "(Theo TTXVN)"),
    ],
}

WD_NOTICE = {
    "id": "wd",
    "shape": "party",
    "head": [
        "BAN CHẤP HÀNH TRUNG ƯƠNG              ĐẢNG CỘNG SẢN VIỆT NAM",
        "            *",
        "   Số 112-TB/TW                   Hà Nội, ngày 15 tháng 12 năm 1997",
    ],
    "title_lines": [
        "THÔNG BÁO KẾT LUẬN CỦA BAN BÍ THƯ",
        "về kết quả Hội nghị Cấp cao Pháp ngữ lần thứ VII và nhiệm vụ đối ngoại năm 1998",
    ],
    "tail": [
        "                                        T/M BAN BÍ THƯ",
        "                                           (Đã ký)",
        "Nơi nhận:",
        "- Các tỉnh ủy, thành ủy,",
        "- Các ban đảng, ban cán sự đảng,",
        "- Lưu Văn phòng Trung ương Đảng.",
    ],
    "blocks": [
        (
            "title",
            "THÔNG BÁO KẾT LUẬN CỦA BAN BÍ THƯ về kết quả Hội nghị Cấp cao Pháp ngữ lần thứ VII và nhiệm vụ đối ngoại năm 1998",
        ),
        ("paragraph", "Sau khi nghe Ban Đối ngoại Trung ương báo cáo, Ban Bí thư kết luận:"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng trước, từ ngày 14 đến 16/11, Thủ đô Hà Nội đăng cai thành công Hội nghị Cấp cao Pháp ngữ lần thứ VII. Hội nghị đã bầu ông Bu-tơ-rốt Ga-li làm Tổng Thư ký đầu tiên của Cộng đồng Pháp ngữ.",
        ),
        (
            "list_item",
            "2. Cũng trong tháng 11, Hội nghị các nhà lãnh đạo APEC tại Van-cu-vơ (Ca-na-đa) nhất trí kết nạp Việt Nam, Nga và Pê-ru vào Diễn đàn từ năm 1998.",
        ),
        ("list_item", "3. Nước ta chưa là thành viên Tổ chức Thương mại Thế giới (WTO)."),
        ("heading", "II. NHIỆM VỤ NĂM 1998", 1),
        (
            "list_item",
            "a) Khẩn trương chuẩn bị để Việt Nam đăng cai Hội nghị Cấp cao ASEAN lần thứ 6, dự kiến họp tại Hà Nội vào tháng 12/1998.",
        ),
        ("list_item", "b) Bộ Thương mại chủ trì đẩy nhanh đàm phán gia nhập WTO."),
        (
            "list_item",
            "c) Tiếp tục tranh thủ vốn ODA của Ngân hàng Phát triển châu Á (ADB) và Ngân hàng Thế giới cho các dự án hạ tầng./.",
        ),
    ],
}

WE_ENTRY = {
    "id": "we",
    "shape": "entry",
    "source": "Bách khoa thư Quốc tế – mục từ, cập nhật tháng 3/2021",
    "blocks": [
        ("title", "Ai-len"),
        (
            "paragraph",
            "Ai-len (tiếng Anh: Ireland) là một quốc đảo ở Tây Bắc châu Âu, thủ đô là Đu-blin. Phần đông bắc của đảo, Bắc Ai-len, thuộc Vương quốc Anh.",
        ),
        ("heading", "Đối ngoại", 1),
        (
            "paragraph",
            "Ai-len gia nhập Liên Hợp Quốc ngày 14/12/1955. Ngày 1/1/1973, nước này cùng Vương quốc Anh và Đan Mạch gia nhập Cộng đồng châu Âu. Nước này dùng đồng euro từ ngày 1/1/1999. Theo chính sách trung lập, Ai-len không tham gia Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO). Ngày 17/6/2020, Ai-len được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2021 – 2022 với 128 phiếu.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Hai nước thiết lập quan hệ ngoại giao ngày 5/4/1996. Việt Nam là một nước đối tác trọng điểm của Irish Aid, chương trình viện trợ phát triển của Chính phủ Ai-len. Năm nay, Ai-len và Việt Nam cùng là ủy viên Hội đồng Bảo an. Là thành viên EU, Ai-len áp dụng Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) từ ngày 1/8/2020.",
        ),
        ("paragraph", "Xem thêm: Liên minh châu Âu; Quan hệ Việt Nam – Liên minh châu Âu."),
    ],
}

DOCS = [WA_CZECH, WB_SPEECH, WC_NEWS, WD_NOTICE, WE_ENTRY]


def justify(line: str, width: int) -> str:
    """A PDF line set justified: spaces widened (two where one is not enough) to fill ``width``."""
    words = line.split(" ")
    gaps = len(words) - 1
    extra = width - len(line)
    if gaps <= 0 or extra <= 0:
        return line
    out = words[0]
    for i, w in enumerate(words[1:]):
        n = 1 + extra // gaps + (1 if i < extra % gaps else 0)
        out += " " * n + w
    return out


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: every page starts with the header "TẠP CHÍ … – SỐ …"; title wrapped at 42,
    "Tóm tắt:"/"Từ khóa:" at 80, body at 64 columns with every line but a paragraph's last justified
    (double spaces); after ``break_after`` body lines (mid-sentence) a "____" rule, the footnote, the
    page number as a centred "– N –" footer, a form feed and the header; the last page ends with its
    footer."""
    head, page = doc["header"], doc["first_page"]
    notes = [b[1] for b in doc["blocks"] if b[0] == "footnote"]
    out: list[str] = [head, ""]
    removed: list[str] = [head]
    body = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "footnote":
            continue
        if (front := front_matter_lines(kind, text, 42, 80)) is not None:
            out += front
        elif kind == "heading":
            out.append(text)
        else:
            lines = wrap(text, 64)
            for i, ln in enumerate(lines):
                out.append(justify(ln, 64) if i < len(lines) - 1 else ln)
                body += 1
                if body == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    foot = f"– {page} –"
                    out += ["", "_" * 16, *notes, f"{' ' * 28}{foot}", f"\f{head}", ""]
                    removed += ["_" * 16, foot]
                    page += 1
    out += ["", f"{' ' * 28}– {page} –"]
    removed.append(f"– {page} –")
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """A speech saved from Word as plain text: LF line ends, wrapped at 78 columns, every line followed
    by an empty line; the two title lines, the place-date line, salutations, numbered points."""
    out: list[str] = [*doc["title_lines"], doc["place"]]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 78)
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """An HTML news page of 2000 style: a menu, <h1>, the stamp in <div class="time">, the lead, a
    <table> of the documents signed (header row in <th>), a body paragraph, the source line in
    italics, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    rows = [b[1].split("\t") for b in blocks if b[0] == "table"]
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body_rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    paras = "\n".join(f"<p>{b[1]}</p>" for b in blocks[2:] if b[0] == "paragraph")
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f"<title>{title} - Tin Đối ngoại</title>\n</head>\n<body>\n"
        '<div class="menu"><a href="/">Trang chủ</a> | <a href="/thoisu">Thời sự</a> | '
        '<a href="/quocte">Quốc tế</a></div>\n<div class="content">\n'
        f"<h1>{title}</h1>\n"
        f'<div class="time">{doc["stamp"]}</div>\n'
        f"<p><b>{lead}</b></p>\n"
        f'<table border="1">\n<tr>{head}</tr>\n{body_rows}\n</table>\n'
        f"{paras}\n"
        f'<p align="right"><i>{blocks[-1][1]}</i></p>\n</div>\n'
        '<div class="footer">Bản quyền © 2000 Tin Đối ngoại</div>\n</body>\n</html>\n'
    )


def render_party(doc: dict) -> str:
    """A Secretariat notice: issuer and party name side by side, "*" under the issuer, the number and
    place-date side by side; the two-line title centred; text wrapped at 80 columns, "I./II."
    sections and items; the signature "T/M BAN BÍ THƯ / (Đã ký)" and "Nơi nhận"."""
    out = [*doc["head"], "", " " * 22 + doc["title_lines"][0], doc["title_lines"][1], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 80)
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_entry(doc: dict) -> str:
    """An encyclopedia entry copied as text: the headword, the source and update line, then headings
    and paragraphs one a line with a blank line between blocks."""
    out = [doc["blocks"][0][1], doc["source"], ""]
    for b in doc["blocks"][1:]:
        out += [b[1], ""]
    return "\n".join(out).rstrip("\n") + "\n"


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
        prefix="w",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
