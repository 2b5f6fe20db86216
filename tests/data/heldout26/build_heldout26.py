"""Build the twenty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout26/build_heldout26.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout24, on topics those sets do not use (Vietnam - Argentina and
MERCOSUR, the 35th anniversary of Vietnam - Venezuela relations, Hun Xen's official visit of 4-5/10/2019
with the land-border supplementary treaty, An Giang province's external affairs in 2024, a country
profile of Ukraine). Nothing in src/ was changed for them. The renderers differ from the earlier sets' on
purpose (a book chapter whose running header carries the page number and whose footnotes sit above a
centred page number; a Word export of a speech wrapped at 76 columns with a blank line after every
line; a Ministry press release with a dateline lead, numbered <p> points and a <ul>; a provincial
Party "KẾT LUẬN" with a two-column header, I./II., 1./2. and a)/b)/c); a country profile with
"Field: value" infobox lines and "Lịch sử quan hệ" / "Hợp tác kinh tế" sections). Facts are
well-established; authors, book titles, page numbers, the document number, the association's
president and the province's local activities are invented. Events, citations and questions gold
are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

BA_ARGENTINA = {
    "id": "ba",
    "shape": "journal",
    "header": "VIỆT NAM VÀ MỸ LA-TINH: NỬA THẾ KỶ HỢP TÁC",
    "first_page": 86,
    "break_after": 8,
    "blocks": [
        ("title", "CHƯƠNG 3. QUAN HỆ VIỆT NAM – ÁC-HEN-TI-NA TỪ NĂM 1973 ĐẾN NAY"),
        ("author", "Hoàng Văn Thịnh"),
        ("heading", "3.1. Thiết lập và củng cố quan hệ", 2),
        (
            "paragraph",
            "Ngày 25/10/1973, Việt Nam Dân chủ Cộng hòa và Cộng hòa Ác-hen-ti-na thiết lập quan hệ ngoại giao¹. Trong nhiều thập kỷ, hai nước luôn ủng hộ lẫn nhau tại Liên hợp quốc (Phạm Hoài Nam, 2015). Tháng 10/2010, nhân chuyến thăm cấp Nhà nước của Chủ tịch nước Nguyễn Minh Triết tới Bu-ê-nốt Ai-rét, hai bên nâng quan hệ lên Đối tác toàn diện.",
        ),
        ("heading", "3.2. Hợp tác kinh tế và khu vực", 2),
        (
            "paragraph",
            "Theo Lê Minh Quân (2019, tr. 112), Ác-hen-ti-na là “nguồn cung thức ăn chăn nuôi không thể thay thế” của Việt Nam, chủ yếu là khô dầu đậu tương và ngô. Nước này hiện là thành viên Nhóm G20 và là một trong những đối tác thương mại lớn nhất của Việt Nam tại Mỹ La-tinh.",
        ),
        (
            "paragraph",
            "Ác-hen-ti-na cùng Bra-xin, Pa-ra-goay và U-ru-goay thành lập Thị trường chung Nam Mỹ (MERCOSUR) theo Hiệp ước A-xun-xi-ôn (1991)². Tuy vậy, đến nay Việt Nam vẫn chưa ký hiệp định thương mại tự do với khối này. Hai bên phấn đấu tiếp tục mở rộng thương mại song phương trong những năm tới.",
        ),
        (
            "footnote",
            "Nguyễn Thị Thu Hằng (2012), Quan hệ Việt Nam – Mỹ La-tinh: lịch sử và triển vọng, Nxb. Chính trị quốc gia, Hà Nội, tr. 34.",
        ),
        (
            "footnote",
            "Trần Đức Hiếu (2018), Khu vực Mỹ La-tinh trong hội nhập kinh tế toàn cầu, Nxb. Khoa học xã hội, Hà Nội, tr. 57-59.",
        ),
    ],
}

BB_SPEECH = {
    "id": "bb",
    "shape": "word",
    "head": ["HỘI HỮU NGHỊ VIỆT NAM – VÊ-NÊ-XU-Ê-LA", "Hà Nội, ngày 18 tháng 12 năm 2024"],
    "title_lines": ["DIỄN VĂN", "Kỷ niệm 35 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Vê-nê-xu-ê-la"],
    "blocks": [
        ("title", "DIỄN VĂN Kỷ niệm 35 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Vê-nê-xu-ê-la"),
        ("paragraph", "(Do đồng chí Trịnh Quốc Bảo, Chủ tịch Hội, trình bày)"),
        ("paragraph", "Kính thưa Ngài Đại sứ nước Cộng hòa Bô-li-va-ri-a-na Vê-nê-xu-ê-la,"),
        ("paragraph", "Kính thưa các vị khách quý, thưa các bạn,"),
        (
            "paragraph",
            "Hôm nay, chúng ta vui mừng gặp mặt kỷ niệm 35 năm Ngày Việt Nam và Vê-nê-xu-ê-la thiết lập quan hệ ngoại giao (18/12/1989 – 18/12/2024). Dù cách xa nửa vòng trái đất, hai dân tộc chưa bao giờ xa nhau về tình cảm.",
        ),
        (
            "paragraph",
            "Trên trường quốc tế, Việt Nam và Vê-nê-xu-ê-la cùng là thành viên Phong trào Không liên kết. Tháng 9/2016, phía bạn đăng cai Hội nghị Thượng đỉnh lần thứ 17 của Phong trào trên đảo Mác-ga-ri-ta. Trước đó, ngày 16/10/2014, Vê-nê-xu-ê-la trúng cử ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2015 – 2016 với 181 phiếu.",
        ),
        (
            "paragraph",
            "Trong lĩnh vực nông nghiệp, Việt Nam đã cử nhiều chuyên gia sang giúp nước bạn phát triển trồng lúa và nuôi trồng thủy sản. Năm nay, hai nước tiếp tục trao đổi các đoàn cấp cao và đoàn doanh nghiệp.",
        ),
        (
            "paragraph",
            "Năm tới, Hội dự kiến phối hợp với Đại sứ quán Vê-nê-xu-ê-la tổ chức Tuần văn hóa Vê-nê-xu-ê-la tại Hà Nội.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn!"),
    ],
}

BC_PRESS = {
    "id": "bc",
    "shape": "news",
    "date": "2019-10-05",
    "blocks": [
        (
            "title",
            "Thông cáo báo chí về chuyến thăm chính thức Việt Nam của Thủ tướng Vương quốc Cam-pu-chia Hun Xen",
        ),
        (
            "paragraph",
            "Hà Nội, ngày 5/10/2019 – Nhận lời mời của Thủ tướng Chính phủ Nguyễn Xuân Phúc, Thủ tướng Vương quốc Cam-pu-chia Xam-đéc Tê-chô Hun Xen thăm chính thức Việt Nam từ ngày 4 đến 5/10/2019.",
        ),
        (
            "paragraph",
            "1. Trong chuyến thăm, Thủ tướng nước chủ nhà đã hội đàm với Thủ tướng Hun Xen. Hai bên nhất trí tiếp tục củng cố quan hệ láng giềng tốt đẹp, hữu nghị truyền thống, hợp tác toàn diện, bền vững lâu dài giữa hai nước.",
        ),
        ("paragraph", "2. Hai Thủ tướng đã chứng kiến lễ ký các văn kiện:"),
        (
            "list_item",
            "Hiệp ước bổ sung Hiệp ước hoạch định biên giới quốc gia năm 1985 và Hiệp ước bổ sung năm 2005;",
        ),
        ("list_item", "Nghị định thư phân giới, cắm mốc biên giới đất liền giữa hai nước."),
        (
            "paragraph",
            "3. Các văn kiện ghi nhận kết quả phân giới, cắm mốc khoảng 84% đường biên giới đất liền; phần còn lại chưa được phân giới, cắm mốc. Mỗi bên sẽ sớm hoàn tất thủ tục phê chuẩn các văn kiện theo quy định của mình.",
        ),
        (
            "paragraph",
            "4. Hai bên trao đổi về các vấn đề khu vực và quốc tế cùng quan tâm, khẳng định sẽ tiếp tục phối hợp chặt chẽ tại ASEAN, Liên hợp quốc và các cơ chế hợp tác tiểu vùng Mê Công.",
        ),
    ],
}

BD_PARTY = {
    "id": "bd",
    "shape": "party",
    "head": [
        ("ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        ("TỈNH ỦY", ""),
        ("*", ""),
        ("Số 215-KL/TU", "An Giang, ngày 10 tháng 1 năm 2025"),
    ],
    "title_lines": [
        "KẾT LUẬN",
        "của Ban Thường vụ Tỉnh ủy về công tác đối ngoại năm 2024",
        "và nhiệm vụ năm 2025 (trích)",
    ],
    "blocks": [
        (
            "title",
            "KẾT LUẬN của Ban Thường vụ Tỉnh ủy về công tác đối ngoại năm 2024 và nhiệm vụ năm 2025 (trích)",
        ),
        (
            "paragraph",
            "Sau khi nghe Ban Cán sự đảng Ủy ban nhân dân tỉnh báo cáo, Ban Thường vụ Tỉnh ủy kết luận như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        ("heading", "1. Quan hệ với các tỉnh giáp biên của Cam-pu-chia", 2),
        (
            "list_item",
            "a) Quan hệ hữu nghị với hai tỉnh Ta-keo và Kan-đan tiếp tục được củng cố; hai bên duy trì hội đàm định kỳ hằng năm.",
        ),
        (
            "list_item",
            "b) Năm ngoái, tỉnh đã hỗ trợ tỉnh Ta-keo xây dựng một trường tiểu học và trao tặng trang thiết bị y tế.",
        ),
        (
            "list_item",
            "c) Tháng trước, đoàn đại biểu Tỉnh ủy do đồng chí Bí thư Tỉnh ủy dẫn đầu đã thăm và làm việc tại tỉnh Kan-đan.",
        ),
        ("heading", "2. Hạn chế", 2),
        (
            "paragraph",
            "Kim ngạch thương mại qua cửa khẩu quốc tế Tịnh Biên – Phnôm Đên chưa đạt kế hoạch; việc vận động viện trợ phi chính phủ nước ngoài còn ít.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phấn đấu ký biên bản ghi nhớ hợp tác giai đoạn 2025 – 2030 với tỉnh Ta-keo trong quý II năm nay.",
        ),
        (
            "list_item",
            "2. Phối hợp với Kiên Giang, Đồng Tháp và Long An tổ chức các hoạt động kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam – Cam-pu-chia (24/6/1967).",
        ),
        (
            "list_item",
            "3. Tích cực tham gia các dự án thuộc Chương trình Hợp tác Tiểu vùng Mê Công mở rộng (GMS) do Ngân hàng Phát triển châu Á (ADB) hỗ trợ; không để phát sinh điểm nóng về xuất nhập cảnh trái phép.",
        ),
    ],
}

BE_PROFILE = {
    "id": "be",
    "shape": "entry",
    "blocks": [
        ("title", "U-crai-na"),
        ("paragraph", "Thủ đô: Ki-ép"),
        ("paragraph", "Ngôn ngữ chính thức: tiếng U-crai-na"),
        ("paragraph", "Thiết lập quan hệ với Việt Nam: 23/1/1992"),
        ("paragraph", "Tổ chức quốc tế: Liên hợp quốc (1945), WTO (2008)"),
        (
            "paragraph",
            "U-crai-na là quốc gia ở Đông Âu, giáp Liên bang Nga, Bê-la-rút, Ba Lan, Xlô-va-ki-a, Hung-ga-ri, Ru-ma-ni và Môn-đô-va.",
        ),
        ("heading", "Lịch sử quan hệ", 1),
        (
            "paragraph",
            "Năm 1945, U-crai-na, khi đó là một nước cộng hòa thuộc Liên Xô, trở thành một trong các thành viên sáng lập Liên hợp quốc. Trong thời kỳ Liên Xô, hàng nghìn sinh viên Việt Nam được đào tạo tại Ki-ép, Khác-cốp và Ô-đét-xa. Sau khi U-crai-na tuyên bố độc lập năm 1991, Việt Nam sớm công nhận nước này; ngày 23/1/1992, hai nước thiết lập quan hệ ngoại giao.",
        ),
        ("heading", "Hợp tác kinh tế", 1),
        (
            "paragraph",
            "Ngày 16/5/2008, U-crai-na trở thành thành viên thứ 152 của Tổ chức Thương mại Thế giới (WTO), hơn một năm sau Việt Nam (11/1/2007). Hai nước hiện hợp tác trong nông nghiệp, năng lượng và đào tạo, song chưa có hiệp định thương mại tự do song phương. Năm 2022, Việt Nam đã dành một khoản viện trợ nhân đạo cho người dân U-crai-na.",
        ),
    ],
}

DOCS = [BA_ARGENTINA, BB_SPEECH, BC_PRESS, BD_PARTY, BE_PROFILE]
SUP = "¹²³⁴"


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A book chapter's PDF text layer: the first page has no header; title wrapped at 46, body at 68
    columns; after ``break_after`` body lines (inside a paragraph, mid-sentence) a "____" rule, the
    footnotes cited on that page (marked ¹²), the page number centred, a form feed and the running
    header "page  BOOK TITLE"; the last page ends with its rule and footnotes (no number at its foot).
    Returns the text and the lines layout repair must remove."""
    page = doc["first_page"]
    notes = [b[1] for b in doc["blocks"] if b[0] == "footnote"]
    out: list[str] = []
    removed: list[str] = []
    count, used = 0, 0

    def flush(upto: int) -> None:
        nonlocal used
        out.append("_" * 20)
        for n in range(used, upto):
            out.extend(wrap(f"{SUP[n]} {notes[n]}", 68))
        used = upto

    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "footnote":
            continue
        if (front := front_matter_lines(kind, text, 46, 68)) is not None:
            out += front
            if kind == "author":
                out.append("")
        elif kind == "heading":
            out.append(text)
        else:
            lines = wrap(text, 68)
            for i, ln in enumerate(lines):
                out.append(ln)
                count += 1
                if count == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    marks = sum(1 for s in SUP if s in "\n".join(out))
                    out.append("")
                    flush(marks)
                    out.append(" " * 32 + str(page))
                    page += 1
                    head = f"{page}        {doc['header']}"
                    out += ["\f" + head, ""]
                    removed += ["_" * 20, str(page - 1), head]
            out.append("")
    flush(len(notes))
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """Word "save as plain text" with CRLF line ends: the issuer and place-date lines, the two-line
    title, every paragraph wrapped at 76 columns, every line followed by an empty line."""
    out: list[str] = [*doc["head"], *doc["title_lines"]]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 76)
    return "".join(ln + "\r\n\r\n" for ln in out)


def render_news(doc: dict) -> str:
    """A Ministry press release page: a breadcrumb div, a "THÔNG CÁO BÁO CHÍ" label, <h2> title, the
    dateline lead as the first <p>, numbered <p> points, the signed documents in a <ul>, a print link."""
    blocks = doc["blocks"]
    body: list[str] = []
    in_list = False
    for b in blocks[1:]:
        if b[0] == "list_item" and not in_list:
            body.append("<ul>")
            in_list = True
        if b[0] != "list_item" and in_list:
            body.append("</ul>")
            in_list = False
        body.append(f"  <li>{b[1]}</li>" if b[0] == "list_item" else f"<p>{b[1]}</p>")
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{blocks[0][1]} | Bộ Ngoại giao</title>\n"
        f'<meta name="pubdate" content="{doc["date"]}">\n</head>\n<body>\n'
        '<div class="breadcrumb"><a href="/">Bộ Ngoại giao</a> » <a href="/tin-tuc">Tin tức</a> » '
        "Thông cáo báo chí</div>\n<article>\n"
        '<div class="label">THÔNG CÁO BÁO CHÍ</div>\n'
        f"<h2>{blocks[0][1]}</h2>\n" + "\n".join(body) + "\n"
        '<p class="print"><a href="#">In trang</a> | <a href="#">Gửi email</a></p>\n</article>\n'
        "<footer>Cổng Thông tin điện tử Bộ Ngoại giao</footer>\n</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A provincial Party document: the two-column header (Party committee | Party name, number |
    place-date) padded with spaces, the centred three-line title, paragraphs and points wrapped at
    78 columns with hanging lines indented, no blank lines but one after the header and title."""
    out = [f"{a:<42}{b}".rstrip() for a, b in doc["head"]] + [""]
    out += [f"{t:^78}".rstrip() for t in doc["title_lines"]] + [""]
    for b in doc["blocks"]:
        if b[0] == "title":
            continue
        lines = wrap(b[1], 78)
        out += [lines[0]] + ["   " + ln for ln in lines[1:]]
    out += ["", " " * 46 + "T/M BAN THƯỜNG VỤ", " " * 48 + "PHÓ BÍ THƯ"]
    return "\n".join(out) + "\n"


def render_entry(doc: dict) -> str:
    """A country profile copied as text: the headword, the infobox "Field: value" lines with no blank
    lines between, the lead, plain section headings followed by a blank line, then paragraphs."""
    out: list[str] = []
    blocks = doc["blocks"]
    for i, b in enumerate(blocks):
        if b[0] == "title":
            out += [b[1], ""]
        elif b[0] == "heading":
            out += ["", b[1], ""]
        else:
            out.append(b[1])
            infobox = ": " in b[1][:40] and len(b[1]) < 60
            nxt_infobox = i + 1 < len(blocks) and ": " in blocks[i + 1][1][:40] and len(blocks[i + 1][1]) < 60
            if not (infobox and nxt_infobox):
                out.append("")
    return "\n".join(out).replace("\n\n\n", "\n\n").rstrip("\n") + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "entry": render_entry,
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "word": render_word,
        },
        upper_title_shapes=(),
        prefix="b",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
