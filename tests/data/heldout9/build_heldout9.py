"""Build the ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout9/build_heldout9.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout8, on topics those sets do not use (Vietnam - Sweden 1968-2019,
Vietnam's foreign affairs in 2015 and tasks for 2016, the Imperial Citadel of Thang Long inscribed as
World Heritage on 31/7/2010, the State President's decision ratifying the UN Convention against
Corruption, a question-and-answer page on Vietnam in UN peacekeeping). Nothing in src/ was changed for
them: they measure, they are not for tuning. The renderers differ from the earlier sets' on purpose (a
journal whose first page has no running header and whose pages end in a footer line "journal, issue
<spaces> page" / "page <spaces> author – short title", a two-level outline "1." / "1.1.", a reference
list; a Word export with CRLF line ends, a blank line after every line, a two-line "BÁO CÁO" title,
"A./B." sections and "•<TAB>" bullets as Word writes them; a news page in a 2010-style table layout
with the photo caption in a table cell and a right-aligned byline; a State President's decision with
the issuer/motto and number/place-date in two columns and "Điều 1./2./3."; a "Hỏi:/Đáp:" page).
Facts are well-established dates; authors, the journal's name, page numbers, the document numbers,
the byline and the quoted official's words are invented. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

PA_SWEDEN = {
    "id": "pa",
    "shape": "journal",
    "journal": "Tạp chí Nghiên cứu Bắc Âu, số 4 (31), 2019",
    "running": "Trần Hải Yến – Quan hệ Việt Nam – Thụy Điển",
    "first_page": 86,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – THỤY ĐIỂN: TỪ VIỆN TRỢ ĐẾN HỢP TÁC CÙNG CÓ LỢI"),
        ("author", "Trần Hải Yến"),
        ("affiliation", "Viện Nghiên cứu Châu Âu"),
        (
            "abstract",
            "Bài viết phân tích quan hệ Việt Nam – Thụy Điển qua hai giai đoạn: viện trợ phát triển và hợp tác cùng có lợi.",
            "vi",
        ),
        ("keywords", "Thụy Điển; Olof Palme; Bãi Bằng; EVFTA.", "vi"),
        ("heading", "1. Quan hệ chính trị", 1),
        ("heading", "1.1. Những năm đầu", 2),
        (
            "paragraph",
            "Tháng 2/1968, Bộ trưởng Giáo dục Olof Palme sánh vai cùng một nhà ngoại giao Việt Nam Dân chủ Cộng hòa trong cuộc tuần hành phản đối chiến tranh ở Xtốc-khôm. Ngày 11/1/1969, Thụy Điển thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa, trở thành nước phương Tây đầu tiên làm như vậy.",
        ),
        ("heading", "1.2. Tiếng nói phản đối chiến tranh", 2),
        (
            "paragraph",
            "Tháng 12/1972, Thủ tướng Palme lên án cuộc ném bom Hà Nội của Mỹ. Theo Đỗ Minh Khuê (2009), lời lên án đó là “hành động hiếm thấy của một chính phủ phương Tây”.",
        ),
        ("heading", "2. Viện trợ và hợp tác", 1),
        (
            "paragraph",
            "Nhà máy Giấy Bãi Bằng, khánh thành năm 1982, là công trình viện trợ lớn nhất của Thụy Điển cho Việt Nam. Nước này cũng giúp xây dựng Bệnh viện Nhi Thụy Điển ở Hà Nội, những công trình “gắn với ký ức của nhiều thế hệ người Việt” (Lê Quang Vinh, 2014, tr. 41).",
        ),
        (
            "paragraph",
            "Thụy Điển là thành viên EU từ năm 1995 và hiện là đối tác thương mại quan trọng của Việt Nam ở Bắc Âu. Ngày 30/6/2019, Việt Nam và EU ký Hiệp định Thương mại tự do (EVFTA) tại Hà Nội. Hai nước chưa xác lập khuôn khổ đối tác chiến lược, nhưng hai bên sẽ khai thác EVFTA, “cánh cửa mới cho doanh nghiệp” (Phạm Thu Trang, 2019, tr. 12).",
        ),
        ("heading", "Tài liệu tham khảo", 1),
        ("reference", "1. Đỗ Minh Khuê (2009), Olof Palme và Việt Nam, Nxb. Chính trị quốc gia, Hà Nội."),
        ("reference", "2. Lê Quang Vinh (2014), Viện trợ phát triển của Thụy Điển, Nxb. Thế giới, Hà Nội."),
        ("reference", "3. Phạm Thu Trang (2019), EVFTA và các nước Bắc Âu, Nxb. Tri thức, Hà Nội."),
        ("footnote", "Ngày nhận bài: 5/9/2019; ngày duyệt đăng: 28/10/2019."),
    ],
}

PB_REPORT = {
    "id": "pb",
    "shape": "word",
    "issuer": "BỘ NGOẠI GIAO",
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2015 và nhiệm vụ năm 2016"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2015 và nhiệm vụ năm 2016"),
        ("heading", "A. KẾT QUẢ NĂM 2015", 1),
        ("paragraph", "Năm 2015, công tác đối ngoại đạt nhiều kết quả quan trọng, nổi bật là:"),
        ("list_item", "a) Hoạt động đối ngoại cấp cao diễn ra sôi động:"),
        (
            "list_item",
            "• Từ ngày 6 đến 10/7/2015, Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Hoa Kỳ, chuyến thăm đầu tiên của một Tổng Bí thư Đảng Cộng sản Việt Nam tới nước này.",
        ),
        (
            "list_item",
            "• Ngày 5 – 6/11/2015, Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình thăm cấp Nhà nước Việt Nam.",
        ),
        (
            "list_item",
            "b) Ngày 5/10/2015, tại Át-lan-ta (Hoa Kỳ), Việt Nam cùng Hoa Kỳ, Nhật Bản, Ô-xtrây-li-a và tám nước khác kết thúc đàm phán Hiệp định Đối tác xuyên Thái Bình Dương (TPP); Hiệp định chưa được ký.",
        ),
        (
            "list_item",
            "c) Từ ngày 28/3 đến 1/4/2015, Việt Nam đăng cai Đại hội đồng Liên minh Nghị viện thế giới lần thứ 132 (IPU-132) tại Hà Nội.",
        ),
        (
            "list_item",
            "d) Ngày 31/12/2015, Cộng đồng ASEAN chính thức được thành lập; Việt Nam là một trong mười nước thành viên của Hiệp hội.",
        ),
        ("table", "Hiệp định\tTình trạng cuối năm 2015"),
        ("table", "TPP\tĐã kết thúc đàm phán, chưa ký"),
        ("table", "EVFTA\tĐã kết thúc đàm phán tháng 12/2015, chưa ký"),
        ("heading", "B. NHIỆM VỤ NĂM 2016", 1),
        ("list_item", "1. Hoàn tất thủ tục trong nước để ký Hiệp định TPP, dự kiến vào đầu năm 2016."),
        ("list_item", "2. Phối hợp với phía EU rà soát pháp lý để sớm ký Hiệp định EVFTA."),
        (
            "list_item",
            "3. Chuẩn bị chuyến thăm Việt Nam của Tổng thống Hoa Kỳ Barack Obama; phía bạn đã nhận lời về nguyên tắc.",
        ),
    ],
}

PC_NEWS = {
    "id": "pc",
    "shape": "news",
    "stamp": "Chủ nhật, 01/08/2010, 07:15 GMT+7",
    "caption": "Đoan Môn, một công trình trong Khu trung tâm Hoàng thành Thăng Long. Ảnh: Tư liệu",
    "related": [
        "Hà Nội sẵn sàng cho Đại lễ 1000 năm Thăng Long",
        "Hồ sơ Hoàng thành Thăng Long được trình UNESCO",
    ],
    "blocks": [
        ("title", "Hoàng thành Thăng Long trở thành Di sản văn hóa thế giới"),
        (
            "paragraph",
            "Ngày 31/7, tại kỳ họp lần thứ 34 của Ủy ban Di sản thế giới ở Bra-xi-li-a (Bra-xin), Khu trung tâm Hoàng thành Thăng Long – Hà Nội đã được ghi vào Danh sách Di sản thế giới của UNESCO.",
        ),
        (
            "paragraph",
            "Trước đó, Việt Nam đã có năm di sản thế giới: Quần thể di tích Cố đô Huế (1993), Vịnh Hạ Long (1994), Phố cổ Hội An và Khu đền tháp Mỹ Sơn (cùng năm 1999), Vườn quốc gia Phong Nha – Kẻ Bàng (2003). Trước năm 1993, nước ta chưa có di sản nào trong Danh sách.",
        ),
        ("caption", "Đoan Môn, một công trình trong Khu trung tâm Hoàng thành Thăng Long. Ảnh: Tư liệu"),
        (
            "paragraph",
            "Việt Nam gia nhập UNESCO năm 1976 và phê chuẩn Công ước về bảo vệ di sản văn hóa và thiên nhiên thế giới (1972) năm 1987.",
        ),
        (
            "paragraph",
            "“Đây là món quà ý nghĩa dành cho Thủ đô trước Đại lễ”, một lãnh đạo Bộ Văn hóa, Thể thao và Du lịch chia sẻ. Đại lễ kỷ niệm 1000 năm Thăng Long – Hà Nội sẽ diễn ra vào tháng 10/2010. Việt Nam sẽ phối hợp với UNESCO bảo tồn và phát huy giá trị khu di sản.",
        ),
    ],
}

PD_DECISION = {
    "id": "pd",
    "shape": "party",
    "head": [
        "CHỦ TỊCH NƯỚC                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "--------                         Độc lập - Tự do - Hạnh phúc",
        "                                 ---------------",
        "Số: 950/2009/QĐ-CTN            Hà Nội, ngày 30 tháng 6 năm 2009",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Về việc phê chuẩn Công ước của Liên Hợp Quốc về chống tham nhũng",
    ],
    "issuer": "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "preamble": [
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;",
        "Căn cứ Luật Ký kết, gia nhập và thực hiện điều ước quốc tế năm 2005;",
        "Xét đề nghị của Chính phủ tại Tờ trình số 45/TTr-CP ngày 15 tháng 5 năm 2009,",
    ],
    "tail": [
        "Nơi nhận:                                  CHỦ TỊCH NƯỚC",
        "- Như Điều 2;                                 (Đã ký)",
        "- Văn phòng Quốc hội;",
        "- Lưu: VT.",
    ],
    "blocks": [
        ("title", "QUYẾT ĐỊNH Về việc phê chuẩn Công ước của Liên Hợp Quốc về chống tham nhũng"),
        (
            "list_item",
            "Điều 1. Phê chuẩn Công ước của Liên Hợp Quốc về chống tham nhũng (2003), được Đại hội đồng Liên Hợp Quốc thông qua ngày 31/10/2003 và được đại diện Việt Nam ký ngày 10/12/2003 tại Mê-ri-đa (Mê-hi-cô). Công ước có hiệu lực từ ngày 14/12/2005 nhưng chưa có hiệu lực đối với Việt Nam.",
        ),
        (
            "list_item",
            "Điều 2. Bộ Ngoại giao có trách nhiệm thông báo cho Tổng Thư ký Liên Hợp Quốc, cơ quan lưu chiểu Công ước, về việc phê chuẩn; Thanh tra Chính phủ chủ trì, phối hợp với các bộ, ngành liên quan tổ chức thực hiện Công ước.",
        ),
        ("list_item", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./."),
    ],
}

PE_FAQ = {
    "id": "pe",
    "shape": "faq",
    "updated": "Cập nhật ngày 29/5/2024",
    "blocks": [
        ("title", "Hỏi – đáp: Việt Nam tham gia hoạt động gìn giữ hòa bình của Liên Hợp Quốc"),
        ("paragraph", "Hỏi: Việt Nam cử những sĩ quan đầu tiên đi làm nhiệm vụ gìn giữ hòa bình khi nào?"),
        (
            "paragraph",
            "Đáp: Ngày 27/5/2014, hai sĩ quan đầu tiên của Việt Nam lên đường làm nhiệm vụ tại Phái bộ Liên Hợp Quốc ở Nam Xu-đăng (UNMISS).",
        ),
        ("paragraph", "Hỏi: Việt Nam đã triển khai những đơn vị nào?"),
        (
            "paragraph",
            "Đáp: Từ tháng 10/2018, Bệnh viện dã chiến cấp 2 số 1 làm nhiệm vụ tại Ben-tiu (Nam Xu-đăng). Năm 2022, Đội Công binh số 1 đến khu vực Abyei, nơi Xu-đăng và Nam Xu-đăng cùng tuyên bố chủ quyền.",
        ),
        ("paragraph", "Hỏi: Việt Nam có cử đơn vị bộ binh không?"),
        (
            "paragraph",
            "Đáp: Không. Đến nay Việt Nam chưa cử đơn vị bộ binh; lực lượng gồm sĩ quan cá nhân, bệnh viện dã chiến và công binh.",
        ),
        ("paragraph", "Hỏi: Việt Nam đã mấy lần là Ủy viên không thường trực Hội đồng Bảo an?"),
        (
            "paragraph",
            "Đáp: Hai lần. Việt Nam trúng cử nhiệm kỳ 2008 – 2009 với 183/190 phiếu và nhiệm kỳ 2020 – 2021 với 192/193 phiếu. Trong nhiệm kỳ thứ hai, Việt Nam giữ cương vị Chủ tịch Hội đồng vào tháng 1/2020 và tháng 4/2021.",
        ),
        ("paragraph", "Hỏi: Thời gian tới Việt Nam sẽ làm gì?"),
        (
            "paragraph",
            "Đáp: Việt Nam sẽ tiếp tục cử lực lượng tới các phái bộ của Liên Hợp Quốc và tăng tỷ lệ nữ quân nhân.",
        ),
    ],
}

DOCS = [PA_SWEDEN, PB_REPORT, PC_NEWS, PD_DECISION, PE_FAQ]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: no running header on the first page (title in 44-column lines, "Tóm tắt:" /
    "Từ khóa:" wrapped at 90, body wrapped at 58 columns, a two-level outline); after ``break_after``
    body lines (inside a paragraph, mid-sentence) the page's footnote, the footer "journal, issue
    <spaces> page", a form feed and, on the second page, the running header "author – short title" with
    the page number on its left (a line of its own) above the text; the reference list ends the
    article and the last page's footer (the journal alone) closes it."""
    page = doc["first_page"]
    notes = [b[1] for b in doc["blocks"] if b[0] == "footnote"]
    out: list[str] = []
    removed: list[str] = [doc["journal"], doc["running"]]
    body = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "footnote":
            continue
        if (front := front_matter_lines(kind, text, 44, 90)) is not None:
            out += front
        elif kind == "heading":
            out.append(text)
        elif kind == "reference":
            out += wrap(text, 58)
        else:
            lines = wrap(text, 58)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    out += ["", *[w for n in notes for w in wrap(n, 58)]]
                    out += [
                        f"{doc['journal']}{' ' * 14}{page}",
                        f"\f{page + 1}{' ' * 10}{doc['running']}",
                        "",
                    ]
                    removed += [str(page), str(page + 1)]
                    page += 1
            out.append("")
    out += ["", doc["journal"]]
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """Word "Save as plain text" on Windows: CRLF line ends, every line followed by an empty line,
    wrapped at 76 columns; the issuer, then the title in two lines ("BÁO CÁO" and its subject); a
    bullet is written as "•" and a tab; a table comes out one row a line, cells separated by tabs."""
    out: list[str] = [doc["issuer"], *doc["title_lines"]]
    for b in doc["blocks"]:
        if b[0] == "title":
            continue
        if b[0] == "table":
            out.append(b[1])
        elif b[1].startswith("• "):
            out += wrap("•\t" + b[1][2:], 76)
        else:
            out += wrap(b[1], 76)
    return "".join(ln + "\r\n\r\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news page of 2010 saved as HTML: a table layout, the date in a <span class="date">, the lead
    as an italic <p class="lead">, the photo in a table with its caption in a cell after the first
    body paragraph, a right-aligned bold byline, the related links after the article, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = [f"<p>{b[1]}</p>" for b in blocks[2:] if b[0] == "paragraph"]
    photo = (
        '<table class="image" align="center"><tr><td><img src="/Files/2010/08/doan-mon.jpg" width="480"></td></tr>'
        f'<tr><td class="caption">{doc["caption"]}</td></tr></table>'
    )
    body = "\n".join([paras[0], photo, *paras[1:]])
    rel = "".join(f'<li><a href="/tin/{i}.html">{t}</a></li>' for i, t in enumerate(doc["related"], 1))
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f"<title>{title} - Tin Văn hóa Đối ngoại</title>\n</head>\n<body>\n"
        '<table width="980" class="main"><tr><td class="menu"><a href="/">Trang chủ</a> | '
        '<a href="/van-hoa">Văn hóa</a> | <a href="/the-gioi">Thế giới</a></td></tr>\n'
        '<tr><td class="content">\n'
        f'<h1 class="title">{title}</h1>\n'
        f'<span class="date">{doc["stamp"]}</span>\n'
        f'<p class="lead"><em>{lead}</em></p>\n'
        f"{body}\n"
        '<p style="text-align:right"><strong>Minh Khang</strong></p>\n'
        f'<div class="other"><b>Các tin khác:</b><ul>{rel}</ul></div>\n'
        "</td></tr></table>\n"
        '<div class="footer">Bản quyền thuộc Tin Văn hóa Đối ngoại. Liên hệ quảng cáo.</div>\n'
        "</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A State President's decision: issuer and motto, then number and place-date, side by side;
    the two-line title centred; the issuing authority; the "Căn cứ" lines, "QUYẾT ĐỊNH:" and the
    articles wrapped at 78 columns as copied from a PDF; the "Nơi nhận" list and the signature side by
    side."""
    pad = " " * 28
    out = [*doc["head"], "", pad + doc["title_lines"][0], "  " + doc["title_lines"][1], ""]
    out += [" " * 8 + doc["issuer"], "", *doc["preamble"], "", pad + "QUYẾT ĐỊNH:", ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 78)
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_faq(doc: dict) -> str:
    """A question-and-answer page saved as text: the title, the update line, then "Hỏi:" and "Đáp:"
    lines, a blank line after each answer."""
    out: list[str] = []
    for b in doc["blocks"]:
        out.append(b[1])
        if b[0] == "title":
            out += ["", doc["updated"], ""]
        elif b[1].startswith("Đáp:"):
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "faq": render_faq,
            "word": render_word,
        },
        prefix="p",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
