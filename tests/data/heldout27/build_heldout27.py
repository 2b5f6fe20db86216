"""Build the twenty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout27/build_heldout27.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout24, on angles those sets do not use (Vietnam and the IMF /
World Bank after 1993, the Vietnamese embassy in Hungary's report on 2020, the 19th Non-Aligned
summit in Kampala with the G77's South Summit, the Hanoi joint declaration on the Vietnam - Germany
strategic partnership of 11/10/2011, a textbook section on Vietnam and Eastern Europe 1950 - 1991).
Nothing in src/ was changed for them. The layouts differ from the earlier sets' on purpose (a journal
whose running header alternates the author's name and the journal's name, with Western names
hyphenated at line ends; a Word export with "A./B." parts and a tab-separated table; an HTML article
with <article>, <time datetime>, <p class="lead">, <h3> and a <blockquote>; a joint declaration as
plain text with numbered paragraphs; a textbook section with a "– Ngày d/m/yyyy:" chronology). Facts
are well-established; authors, the journal, page numbers, document numbers, the report's own figures
and all quoted words are invented. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build, check_gold, front_matter_lines, wrap  # noqa: E402

# "|" marks where a word may be hyphenated at a line end; it is dropped from the gold text.
CA_BRETTON = {
    "id": "ca",
    "shape": "journal",
    "headers": ["PHẠM MINH TUẤN", "Tạp chí Kinh tế và Hội nhập quốc tế, số 4/2022"],
    "first_page": 63,
    "breaks": (5, 12),
    "blocks": [
        ("title", "VIỆT NAM VÀ CÁC ĐỊNH CHẾ BRETTON WOODS SAU NĂM 1993"),
        ("author", "Phạm Minh Tuấn"),
        ("affiliation", "Viện Kinh tế và Chính trị thế giới"),
        ("heading", "1. Nối lại quan hệ tín dụng", 1),
        (
            "paragraph",
            "Quỹ Tiền tệ Quốc tế (IMF) và Ngân hàng Thế giới (WB) đều ra đời sau Hội nghị tiền tệ và tài chính Liên hợp quốc tại Bret|ton Woods năm 1944. Trong nửa sau những năm 1980, Việt Nam hầu như không được vay vốn mới từ hai định chế này. Đến tháng 7/1993, chính quyền của Tổng thống Mỹ Bill Clin|ton mới thôi phản đối việc các định chế tài chính quốc tế cho Việt Nam vay. Theo Trần Quốc Hùng (2018), đây là “bước ngoặt mở cánh cửa vốn đa phương” đối với nước ta.",
        ),
        (
            "paragraph",
            "Tháng 10/1993, với sự giúp đỡ của Pháp, Nhật Bản và một số nước khác, Việt Nam thanh toán xong khoản nợ quá hạn với IMF; ngay sau đó, IMF, WB và Ngân hàng Phát triển châu Á (ADB) nối lại cho vay. Tháng 11/1993, hội nghị các nhà tài trợ đầu tiên cho Việt Nam được tổ chức tại Pa-ri.",
        ),
        ("heading", "2. Sau khi “tốt nghiệp” IDA", 1),
        (
            "paragraph",
            "Vốn ưu đãi của Hiệp hội Phát triển Quốc tế (IDA) thuộc WB từng là “nguồn lực nền tảng cho hạ tầng nông thôn” (Nguyễn Thị Lan, 2019, tr. 12). Từ tháng 7/2017, Việt Nam không còn được vay vốn IDA. Hiện nay, WB vẫn hợp tác chặt chẽ với Việt Nam về ứng phó biến đổi khí hậu.",
        ),
    ],
}

CB_REPORT = {
    "id": "cb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI HUNG-GA-RI",
        "Số: 112/BC-ĐSQ",
        "Bu-đa-pét, ngày 18 tháng 12 năm 2020",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2020 và phương hướng năm 2021"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2020 và phương hướng năm 2021"),
        ("heading", "A. KẾT QUẢ CÔNG TÁC NĂM 2020", 1),
        ("heading", "1. Chính trị – ngoại giao", 2),
        (
            "paragraph",
            "Năm 2020, hai nước kỷ niệm 70 năm thiết lập quan hệ ngoại giao (3/2/1950 – 3/2/2020). Quan hệ Đối tác toàn diện xác lập năm 2018 tiếp tục được củng cố, dù do dịch Covid-19 các đoàn cấp cao chưa thể trao đổi chuyến thăm.",
        ),
        (
            "paragraph",
            "Đại sứ quán đã thông tin cho phía bạn về Năm Chủ tịch ASEAN 2020 của Việt Nam và về vai trò ủy viên không thường trực Hội đồng Bảo an, ghế mà Việt Nam giành được hồi tháng 6 năm ngoái với 192 phiếu thuận trên tổng số 193 phiếu.",
        ),
        ("heading", "2. Kinh tế – thương mại", 2),
        (
            "paragraph",
            "Ngày 8/6/2020, Quốc hội Việt Nam phê chuẩn Hiệp định EVFTA và Hiệp định EVIPA; EVFTA có hiệu lực từ ngày 1/8/2020, còn EVIPA chưa có hiệu lực. Tháng trước, Đại sứ quán giới thiệu với doanh nghiệp sở tại Hiệp định RCEP mà Việt Nam cùng 14 nước khác vừa ký.",
        ),
        ("table", "Năm\tĐoàn ra, đoàn vào\tHồ sơ lãnh sự"),
        ("table", "2019\t14\t3.250"),
        ("table", "2020\t5\t2.870"),
        ("heading", "B. PHƯƠNG HƯỚNG NĂM 2021", 1),
        (
            "list_item",
            "1. Phấn đấu tổ chức chuyến thăm Việt Nam của một lãnh đạo cấp cao Hung-ga-ri khi dịch bệnh được kiểm soát.",
        ),
        (
            "list_item",
            "2. Phối hợp với phía bạn tận dụng Hiệp định EVFTA để thúc đẩy thương mại song phương.",
        ),
        (
            "list_item",
            "3. Đề nghị Chính phủ Hung-ga-ri tiếp tục cấp học bổng Stipendium Hungaricum cho sinh viên Việt Nam.",
        ),
    ],
}

CC_NEWS = {
    "id": "cc",
    "shape": "news",
    "iso": "2024-01-20T08:15:00+07:00",
    "stamp": "Thứ Bảy, 20/01/2024 08:15",
    "blocks": [
        ("title", "Việt Nam dự Hội nghị thượng đỉnh Phong trào Không liên kết lần thứ 19"),
        (
            "paragraph",
            "Ngày 19/1, tại Kam-pa-la, đoàn đại biểu cấp cao Việt Nam dự Hội nghị thượng đỉnh Phong trào Không liên kết (NAM) lần thứ 19 với chủ đề tăng cường hợp tác vì sự thịnh vượng chung.",
        ),
        ("heading", "U-gan-đa tiếp nhận cương vị Chủ tịch", 2),
        (
            "paragraph",
            "Tại phiên khai mạc, U-gan-đa tiếp nhận chức Chủ tịch NAM nhiệm kỳ 2024 – 2027 từ A-déc-bai-gian. Tổng thống nước chủ nhà Yoweri Museveni kêu gọi các nước đang phát triển đoàn kết hơn.",
        ),
        (
            "paragraph",
            "Việt Nam là thành viên của Phong trào từ năm 1976, đồng thời tham gia Nhóm 77 (G77). Phát biểu tại hội nghị, trưởng đoàn Việt Nam khẳng định:",
        ),
        (
            "paragraph",
            "“Việt Nam sẽ cùng các nước thành viên NAM bảo vệ chủ nghĩa đa phương và luật pháp quốc tế.”",
        ),
        ("heading", "Tiếp nối tại Hội nghị thượng đỉnh phương Nam", 2),
        (
            "paragraph",
            "Năm ngoái, Cu-ba chủ trì Hội nghị thượng đỉnh G77 và Trung Quốc tại La Ha-ba-na. Năm nay, nước này chuyển giao chức Chủ tịch G77 cho U-gan-đa, nước sẽ đăng cai Hội nghị thượng đỉnh phương Nam lần thứ ba từ ngày 21 đến 22/1.",
        ),
    ],
}

CD_DECLARATION = {
    "id": "cd",
    "shape": "statement",
    "title_lines": [
        "TUYÊN BỐ CHUNG HÀ NỘI",
        "về quan hệ Đối tác chiến lược giữa Việt Nam và Cộng hòa Liên bang Đức",
    ],
    "blocks": [
        (
            "title",
            "TUYÊN BỐ CHUNG HÀ NỘI về quan hệ Đối tác chiến lược giữa Việt Nam và Cộng hòa Liên bang Đức",
        ),
        (
            "paragraph",
            "1. Nhận lời mời của Thủ tướng Nguyễn Tấn Dũng, Thủ tướng Cộng hòa Liên bang Đức Angela Merkel thăm chính thức Việt Nam từ ngày 11 đến ngày 12/10/2011.",
        ),
        (
            "paragraph",
            "2. Hai bên nhất trí nâng quan hệ giữa hai nước, được thiết lập ngày 23/9/1975, lên tầm Đối tác chiến lược.",
        ),
        (
            "paragraph",
            "3. Hai bên khẳng định Đức là đối tác thương mại lớn nhất của Việt Nam trong Liên minh châu Âu. Phía Đức ủng hộ việc sớm khởi động đàm phán Hiệp định thương mại tự do giữa EU và Việt Nam.",
        ),
        (
            "paragraph",
            "4. Phía Đức sẽ tiếp tục dành hỗ trợ phát triển cho Việt Nam trong các lĩnh vực đào tạo nghề, năng lượng và môi trường. Hai bên sẽ cùng xây dựng Trường Đại học Việt – Đức thành một trường đại học xuất sắc.",
        ),
        (
            "paragraph",
            "5. Hai bên nhất trí phối hợp chặt chẽ tại Liên hợp quốc, Diễn đàn Hợp tác Á – Âu (ASEM) và trong khuôn khổ quan hệ ASEAN – EU. Hai bên ủng hộ giải quyết các tranh chấp ở Biển Đông bằng biện pháp hòa bình, không sử dụng vũ lực, trên cơ sở Công ước của Liên hợp quốc về Luật biển năm 1982.",
        ),
        (
            "paragraph",
            "6. Thủ tướng Angela Merkel mời Thủ tướng Nguyễn Tấn Dũng thăm Đức; thời gian chuyến thăm sẽ được thu xếp qua đường ngoại giao.",
        ),
        ("paragraph", "Tuyên bố chung được ký tại Hà Nội ngày 11/10/2011."),
    ],
}

CE_TEXTBOOK = {
    "id": "ce",
    "shape": "textbook",
    "blocks": [
        ("title", "Bài 6. VIỆT NAM VÀ CÁC NƯỚC XÃ HỘI CHỦ NGHĨA (1950 – 1991)"),
        ("heading", "1. Những mốc chính", 1),
        (
            "list_item",
            "– Ngày 18/1/1950: Trung Quốc công nhận và đặt quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa.",
        ),
        ("list_item", "– Ngày 30/1/1950: Liên Xô đặt quan hệ ngoại giao với nước ta."),
        ("list_item", "– Ngày 2/2/1950: Tiệp Khắc thiết lập quan hệ ngoại giao với Việt Nam."),
        ("list_item", "– Ngày 3/2/1950: Hung-ga-ri và Ru-ma-ni cùng đặt quan hệ ngoại giao với Việt Nam."),
        ("list_item", "– Ngày 4/2/1950: Ba Lan; ngày 8/2/1950: Bun-ga-ri."),
        (
            "list_item",
            "– Năm 1954: Ba Lan cùng Ấn Độ và Ca-na-đa tham gia Ủy ban Quốc tế giám sát và kiểm soát.",
        ),
        (
            "list_item",
            "– Ngày 29/6/1978: Việt Nam trở thành thành viên chính thức của Hội đồng Tương trợ Kinh tế (SEV).",
        ),
        ("list_item", "– Ngày 28/6/1991: SEV tuyên bố giải thể."),
        ("heading", "2. Nhận xét", 1),
        (
            "paragraph",
            "Làn sóng công nhận đầu năm 1950 đã phá thế bị bao vây của cuộc kháng chiến. Trong nhiều thập kỷ, các nước Đông Âu giúp đỡ Việt Nam về kinh tế và đào tạo hàng vạn cán bộ. Sau khi SEV giải thể, quan hệ không còn dựa trên cơ chế ưu đãi như trước, nhưng Việt Nam vẫn duy trì quan hệ hữu nghị với các nước này.",
        ),
        ("heading", "Câu hỏi", 1),
        ("list_item", "1. Vì sao nói năm 1950 là “năm thắng lợi” của ngoại giao Việt Nam?"),
        ("list_item", "2. Nêu ý nghĩa của việc Việt Nam gia nhập SEV."),
    ],
}

DOCS = [CA_BRETTON, CB_REPORT, CC_NEWS, CD_DECLARATION, CE_TEXTBOOK]


def _clean(doc: dict) -> dict:
    """The document with the hyphenation marks dropped (what the gold blocks hold)."""
    return {**doc, "blocks": [(b[0], b[1].replace("|", ""), *b[2:]) for b in doc["blocks"]]}


def hyphen_wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap; a word with a "|" is hyphenated there at a line end (a justified PDF line, whatever its length)."""
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        whole = word.replace("|", "")
        if "|" in word and cur:  # a justified line ends inside this word
            if len(cur) + 1 + len(word.split("|")[0]) + 1 <= width:
                head, tail = word.split("|", 1)
                lines.append(f"{cur} {head}-")
                cur = tail.replace("|", "")
                continue
        if cur and len(cur) + 1 + len(whole) > width:
            lines.append(cur)
            cur = whole
        else:
            cur = cur + " " + whole if cur else whole
    if cur:
        lines.append(cur)
    return lines


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: no header on the first page; title at 48 columns, body at 64;
    after each of ``breaks`` body lines (mid-sentence) the page number at the foot, a form feed and the
    running header, which alternates the author's name (even pages) and the journal (odd pages)."""
    page = doc["first_page"]
    out: list[str] = []
    removed: list[str] = []
    count = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if (front := front_matter_lines(kind, text, 48, 64)) is not None:
            out += front
            continue
        lines = hyphen_wrap(text, 64)
        for i, ln in enumerate(lines):
            out.append(ln)
            count += 1
            if count in doc["breaks"]:
                if not 0 < i < len(lines) - 1 or ln.endswith("."):
                    raise ValueError("the page break must fall inside a sentence")
                page += 1
                head = doc["headers"][page % 2]
                out += ["", str(page - 1), "\f" + head, ""]
                removed += [str(page - 1), head]
        out.append("")
    out.append(str(page))
    removed.append(str(page))
    text = "\n".join(out) + "\n"
    for w in ("Bret-\nton", "Clin-\nton"):
        if w not in text:
            raise ValueError(f"expected a hyphenated line end {w!r}")
    return text, removed


def render_word(doc: dict) -> str:
    """Word "save as plain text" with CRLF line ends: issuer, number, place-date, the two-line title,
    every paragraph one line, table rows with tabs, each line followed by an empty line."""
    out: list[str] = [*doc["head"], *doc["title_lines"]]
    out += [b[1] for b in doc["blocks"] if b[0] != "title"]
    return "".join(ln + "\r\n\r\n" for ln in out)


def render_news(doc: dict) -> str:
    """A foreign-affairs portal's article: <article> with <h1>, <time datetime>, the lead in
    <p class="lead">, <h3> subheads, the delegation head's words in a <blockquote>, tags and footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = []
    for b in blocks[2:]:
        if b[0] == "heading":
            body.append(f"<h3>{b[1]}</h3>")
        elif b[1].startswith("“"):
            body.append(f"<blockquote><p>{b[1]}</p></blockquote>")
        else:
            body.append(f"<p>{b[1]}</p>")
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Thế giới và Việt Nam</title>\n</head>\n<body>\n"
        '<nav><a href="/">Trang chủ</a> <a href="/ngoai-giao">Ngoại giao</a></nav>\n'
        f'<article>\n<h1>{title}</h1>\n<time datetime="{doc["iso"]}">{doc["stamp"]}</time>\n'
        f'<p class="lead">{lead}</p>\n' + "\n".join(body) + "\n"
        '<div class="tags">Từ khóa: NAM, G77, đa phương</div>\n</article>\n'
        "<footer>Cổng thông tin đối ngoại</footer>\n</body>\n</html>\n"
    )


def render_statement(doc: dict) -> str:
    """A joint declaration as plain text: the two title lines centred, numbered paragraphs wrapped at
    78 columns with a blank line between them, the closing line, the two signatories side by side."""
    out = [" " * 24 + doc["title_lines"][0], doc["title_lines"][1], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 78) + [""]
    out += ["THỦ TƯỚNG NƯỚC CHXHCN VIỆT NAM          THỦ TƯỚNG CỘNG HÒA LIÊN BANG ĐỨC"]
    return "\n".join(out) + "\n"


def render_textbook(doc: dict) -> str:
    """A textbook section copied as text: the lesson title, numbered subheads, "– Ngày …:" chronology
    lines with no blank lines between them, the analysis paragraph, the review questions."""
    out: list[str] = []
    prev = ""
    for b in doc["blocks"]:
        if b[0] in ("heading", "title") or (b[0] == "paragraph") or (prev not in ("list_item",) and out):
            out.append("")
        out.append(b[1])
        prev = b[0]
    return "\n".join(out).lstrip("\n").replace("\n\n\n", "\n\n") + "\n"


def main() -> int:
    docs = [_clean(d) for d in DOCS]
    build(
        HERE,
        docs,
        {
            "journal": lambda d: render_journal(next(x for x in DOCS if x["id"] == d["id"])),
            "news": render_news,
            "statement": render_statement,
            "textbook": render_textbook,
            "word": render_word,
        },
    )
    if "--check" in sys.argv[1:]:
        return check_gold(HERE, docs, "c", rendered=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
