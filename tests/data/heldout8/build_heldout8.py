"""Build the eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout8/build_heldout8.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout7, on topics those sets do not use (Vietnam - Canada 1973-2023,
international economic integration in 2020, the Vietnam - Australia comprehensive strategic partnership
of 3/2024, the Hanoi signing ceremony of the UN Convention against Cybercrime, a timeline of Vietnam -
United Kingdom relations). Nothing in src/ was changed for them: they measure, they are not for tuning.
The renderers differ from the earlier sets' on purpose (a journal whose running header with the issue
"Số 2 (224)" tops every page, the first included, footnote lines at the foot of the first page and an
indented page number, a 66-column wrap; a Word export with CRLF line ends, a blank line after every
line, "a)/b)/c)" and "•" items and a tab-separated table; a news page with a <p class="meta"> date,
a bold lead, a related-links box inside the body; a project document ("ĐỀ ÁN") with one-column head
lines and a two-column "Nơi nhận" / signature tail; a timeline, one line per date).
Facts are well-established dates; authors, the journal's name, page numbers and the document's number
are invented. Events, citations and questions gold are written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

OA_CANADA = {
    "id": "oa",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu Bắc Mỹ – Số 2 (224) – 2024",
    "first_page": 46,
    "break_after": 10,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – CA-NA-ĐA: NỬA THẾ KỶ TỪ ICCS ĐẾN CPTPP"),
        ("author", "Trần Quang Huy"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ Việt Nam – Ca-na-đa từ năm 1973 đến năm 2023, nhấn mạnh vai trò của CPTPP trong giai đoạn gần đây.",
            "vi",
        ),
        ("keywords", "Việt Nam; Ca-na-đa; ICCS; CPTPP; đối tác toàn diện.", "vi"),
        ("heading", "1. Những bước đi đầu tiên", 1),
        (
            "paragraph",
            "Theo Hiệp định Pa-ri (1973), Ca-na-đa cùng Ba Lan, Hung-ga-ri và In-đô-nê-xi-a tham gia Ủy ban Quốc tế Kiểm soát và Giám sát (ICCS). Tháng 7/1973, nước này rút khỏi Ủy ban. Ngày 21/8/1973, Ca-na-đa và Việt Nam Dân chủ Cộng hòa thiết lập quan hệ ngoại giao (Bộ Ngoại giao, 2023). Theo Lê Hoàng Phúc (2018), quyết định đó cho thấy “sự thực dụng có tầm nhìn” của Ốt-ta-oa.",
        ),
        ("heading", "2. Đối tác toàn diện và CPTPP", 1),
        (
            "paragraph",
            "Tháng 11/2017, nhân chuyến thăm chính thức Việt Nam của Thủ tướng Justin Trudeau, hai nước thiết lập quan hệ Đối tác toàn diện. Cũng trong dịp Tuần lễ Cấp cao APEC tại Đà Nẵng, cuộc họp cấp cao của các nước TPP đã không diễn ra vì phía Ca-na-đa chưa sẵn sàng. Ngày 8/3/2018, Ca-na-đa, Việt Nam và chín nước khác ký Hiệp định CPTPP. Trong năm 2018, Mê-hi-cô, Nhật Bản, Xin-ga-po, Niu Di-lân, Ca-na-đa và Ô-xtrây-li-a lần lượt phê chuẩn Hiệp định; với Việt Nam, CPTPP có hiệu lực từ ngày 14/1/2019. Đó là “lần đầu tiên hai nền kinh tế có chung một khuôn khổ thương mại tự do” (Nguyễn Thu Hà, 2020, tr. 57).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Năm 2023, hai bên kỷ niệm 50 năm thiết lập quan hệ ngoại giao. Ca-na-đa hiện là đối tác hợp tác phát triển lâu năm của Việt Nam. Trong những năm tới, hai nước sẽ tiếp tục khai thác CPTPP để mở rộng thương mại, điều được coi là “thước đo thực chất của quan hệ đối tác” (Nguyễn Thu Hà, 2020, tr. 61).",
        ),
        ("footnote", "Ngày nhận bài: 8/1/2024; ngày duyệt đăng: 26/3/2024."),
        (
            "footnote",
            "Bài viết thuộc đề tài cấp cơ sở “Quan hệ Việt Nam – Ca-na-đa trong bối cảnh mới” (mã số CS.2023.07).",
        ),
    ],
}

OB_REPORT = {
    "id": "ob",
    "shape": "word",
    "blocks": [
        (
            "title",
            "BÁO CÁO KẾT QUẢ CÔNG TÁC HỘI NHẬP KINH TẾ QUỐC TẾ NĂM 2020 VÀ NHIỆM VỤ TRỌNG TÂM NĂM 2021",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2020", 1),
        (
            "paragraph",
            "Năm 2020, dù chịu tác động nặng nề của dịch Covid-19, công tác hội nhập kinh tế quốc tế vẫn đạt nhiều kết quả quan trọng, cụ thể:",
        ),
        (
            "list_item",
            "a) Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) có hiệu lực từ ngày 1/8/2020; Chính phủ đã ban hành kế hoạch thực hiện Hiệp định.",
        ),
        (
            "list_item",
            "b) Ngày 15/11/2020, nhân Hội nghị Cấp cao ASEAN lần thứ 37 do Việt Nam chủ trì theo hình thức trực tuyến, Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) được ký kết:",
        ),
        (
            "list_item",
            "• Các bên ký gồm 10 nước ASEAN và 5 đối tác là Trung Quốc, Nhật Bản, Hàn Quốc, Ô-xtrây-li-a và Niu Di-lân.",
        ),
        ("list_item", "• Ấn Độ tham gia đàm phán từ đầu nhưng không ký Hiệp định."),
        (
            "list_item",
            "c) Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA), ký cùng ngày với EVFTA, chưa được tất cả các nước thành viên EU phê chuẩn.",
        ),
        ("table", "Hiệp định\tNgày ký\tNgày có hiệu lực"),
        ("table", "EVFTA\t30/6/2019\t1/8/2020"),
        ("table", "RCEP\t15/11/2020\tChưa có hiệu lực"),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2021", 1),
        ("list_item", "1. Hoàn tất thủ tục trong nước để phê chuẩn Hiệp định RCEP."),
        (
            "list_item",
            "2. Triển khai Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh (UKVFTA) được ký ngày 29/12/2020, bảo đảm thương mại song phương không bị gián đoạn sau khi Anh rời EU.",
        ),
        ("list_item", "3. Phối hợp với phía EU vận động các nước thành viên sớm phê chuẩn EVIPA."),
        ("source", "(Nguồn: Vụ Chính sách thương mại đa biên, Bộ Công Thương)"),
    ],
}

OC_NEWS = {
    "id": "oc",
    "shape": "news",
    "meta": "Thứ Sáu, 08/03/2024, 06:30 (GMT+7)",
    "related": [
        "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao đặc biệt ASEAN – Ô-xtrây-li-a",
    ],
    "blocks": [
        ("title", "Việt Nam – Ô-xtrây-li-a nâng cấp quan hệ lên Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Trong khuôn khổ chuyến thăm chính thức Ô-xtrây-li-a, ngày 7/3, tại Thủ đô Can-bê-ra, Thủ tướng Phạm Minh Chính và Thủ tướng Anthony Albanese đã ra Tuyên bố chung về việc nâng cấp quan hệ hai nước lên Đối tác chiến lược toàn diện.",
        ),
        (
            "paragraph",
            "Việt Nam và Ô-xtrây-li-a thiết lập quan hệ ngoại giao ngày 26/2/1973. Hai nước xác lập quan hệ Đối tác toàn diện năm 2009 và nâng lên Đối tác chiến lược năm 2018.",
        ),
        (
            "paragraph",
            "Trước đó, từ ngày 4 đến 6/3/2024, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao đặc biệt kỷ niệm 50 năm quan hệ ASEAN – Ô-xtrây-li-a tại Men-bơn. Ô-xtrây-li-a trở thành đối tác đối thoại đầu tiên của ASEAN năm 1974, dù không phải là thành viên của Hiệp hội.",
        ),
        (
            "paragraph",
            "Ô-xtrây-li-a là một trong những nhà tài trợ viện trợ không hoàn lại lớn nhất cho Việt Nam. Cầu Mỹ Thuận bắc qua sông Tiền, khánh thành năm 2000, được xây dựng bằng nguồn viện trợ của nước này.",
        ),
        (
            "paragraph",
            "“Quan hệ hai nước đã bước sang một chương mới, toàn diện và thực chất hơn”, một quan chức Bộ Ngoại giao Việt Nam nhận định.",
        ),
        (
            "paragraph",
            "Theo Tuyên bố chung, hai bên sẽ tăng cường hợp tác về kinh tế, giáo dục, quốc phòng – an ninh, ứng phó biến đổi khí hậu và chuyển đổi năng lượng. Phía bạn khẳng định ủng hộ vai trò trung tâm của ASEAN.",
        ),
    ],
}

OD_PROJECT = {
    "id": "od",
    "shape": "party",
    "head": [
        "BỘ CÔNG AN",
        "Số: 85/ĐA-BCA-A05",
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 14 tháng 02 năm 2025",
    ],
    "title_lines": [
        "ĐỀ ÁN",
        "Tổ chức Lễ mở ký Công ước của Liên Hợp Quốc về chống tội phạm mạng tại Hà Nội",
    ],
    "tail": [
        "Nơi nhận:                                   KT. BỘ TRƯỞNG",
        "- Thủ tướng Chính phủ (để báo cáo);          THỨ TRƯỞNG",
        "- Bộ Ngoại giao;",
        "- UBND thành phố Hà Nội;                       (Đã ký)",
        "- Lưu: VT, A05.",
    ],
    "blocks": [
        (
            "title",
            "ĐỀ ÁN Tổ chức Lễ mở ký Công ước của Liên Hợp Quốc về chống tội phạm mạng tại Hà Nội",
        ),
        ("heading", "I. SỰ CẦN THIẾT", 1),
        (
            "paragraph",
            "Ngày 24/12/2024, Đại hội đồng Liên Hợp Quốc thông qua Công ước của Liên Hợp Quốc về chống tội phạm mạng và chấp thuận đề nghị của Việt Nam đăng cai Lễ mở ký Công ước tại Hà Nội trong năm 2025. Từ năm 2022, Việt Nam tích cực tham gia các phiên đàm phán của Ủy ban Đặc biệt soạn thảo Công ước.",
        ),
        (
            "paragraph",
            "Việc đăng cai tiếp nối uy tín của nước ta tại Liên Hợp Quốc, thể hiện qua việc Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021 với 192 trên tổng số 193 phiếu. Việt Nam không phải là thành viên Công ước Bu-đa-pét về tội phạm mạng (2001) của Hội đồng châu Âu.",
        ),
        ("heading", "II. NỘI DUNG CHÍNH", 1),
        ("list_item", "1. Lễ mở ký dự kiến được tổ chức tại Hà Nội trong tháng 10/2025."),
        (
            "list_item",
            "2. Mời Tổng Thư ký Liên Hợp Quốc và đại diện các quốc gia thành viên Liên Hợp Quốc dự Lễ mở ký.",
        ),
        (
            "list_item",
            "3. Việt Nam sẽ ký Công ước ngay tại Lễ mở ký; sau đó Bộ Công an phối hợp với Bộ Ngoại giao trình cấp có thẩm quyền phê chuẩn.",
        ),
        (
            "list_item",
            "4. Phối hợp với Văn phòng Liên Hợp Quốc về Ma túy và Tội phạm (UNODC), cơ quan thư ký của Công ước, chuẩn bị các phiên thảo luận bên lề.",
        ),
        ("heading", "III. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Bộ Công an chủ trì, phối hợp với Bộ Ngoại giao và Ủy ban nhân dân thành phố Hà Nội triển khai Đề án. Công ước chưa có hiệu lực; Bộ Công an sẽ theo dõi tiến trình phê chuẩn của các nước và báo cáo Thủ tướng Chính phủ./.",
        ),
    ],
}

OE_TIMELINE = {
    "id": "oe",
    "shape": "timeline",
    "blocks": [
        ("title", "NIÊN BIỂU QUAN HỆ VIỆT NAM – VƯƠNG QUỐC ANH"),
        (
            "paragraph",
            "Niên biểu ghi lại những mốc chính trong quan hệ giữa Việt Nam và Vương quốc Liên hiệp Anh và Bắc Ai-len (gọi tắt là Anh).",
        ),
        ("heading", "Thế kỷ XX", 1),
        (
            "list_item",
            "- Năm 1973: Ngày 11/9, Việt Nam Dân chủ Cộng hòa và Anh thiết lập quan hệ ngoại giao.",
        ),
        (
            "list_item",
            "- Năm 1996: Việt Nam và Anh cùng là thành viên sáng lập Diễn đàn Hợp tác Á – Âu (ASEM).",
        ),
        ("heading", "Thế kỷ XXI", 1),
        (
            "paragraph",
            "Tháng 9/2010: Nhân chuyến thăm chính thức Anh của Thủ tướng Nguyễn Tấn Dũng, hai nước ký Tuyên bố chung về quan hệ Đối tác chiến lược.",
        ),
        ("paragraph", "Năm 2013: Hai nước kỷ niệm 40 năm thiết lập quan hệ ngoại giao."),
        (
            "paragraph",
            "Ngày 29/12/2020: Hai bên ký Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh (UKVFTA).",
        ),
        ("paragraph", "Ngày 1/2/2021: Anh nộp đơn xin gia nhập Hiệp định CPTPP."),
        ("paragraph", "Ngày 1/5/2021: UKVFTA chính thức có hiệu lực."),
        (
            "paragraph",
            "Ngày 16/7/2023: Tại Ốc-len (Niu Di-lân), Việt Nam cùng các nước thành viên CPTPP và Anh ký Nghị định thư về việc Anh gia nhập Hiệp định.",
        ),
        ("paragraph", "Ngày 15/12/2024: Anh chính thức trở thành thành viên thứ 12 của CPTPP."),
        (
            "paragraph",
            "Ghi chú: UKVFTA không được đàm phán lại từ đầu mà kế thừa các cam kết của EVFTA.",
        ),
    ],
}

DOCS = [OA_CANADA, OB_REPORT, OC_NEWS, OD_PROJECT, OE_TIMELINE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: the running header (journal, issue) tops every page, the first included; title
    in 46-column lines, "Tóm tắt:"/"Từ khóa:" wrapped at 96, body wrapped at 66 columns; after
    ``break_after`` body lines (inside a paragraph, mid-sentence) the footnotes of the first page, the
    page number indented at the foot, a form feed and the next page's header; the last page ends with
    its number."""
    head, page = doc["header"], doc["first_page"]
    notes = [b[1] for b in doc["blocks"] if b[0] == "footnote"]
    pad = " " * 30
    out: list[str] = [head, ""]
    removed: list[str] = [head]
    body = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "footnote":
            continue
        if (front := front_matter_lines(kind, text, 46, 96)) is not None:
            out += front
        elif kind == "heading":
            out.append(text)
        else:
            lines = wrap(text, 66)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    out += ["", *[w for n in notes for w in wrap(n, 66)], pad + str(page), "\f" + head, ""]
                    removed.append(str(page))
                    page += 1
            out.append("")
    out += [pad + str(page)]
    removed.append(str(page))
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """Word "Save as plain text" on Windows: CRLF line ends, every line followed by an empty line,
    wrapped at 82 columns; a table comes out one row a line, cells separated by tabs."""
    out: list[str] = []
    for b in doc["blocks"]:
        out += [b[1]] if b[0] == "table" else wrap(b[1], 82)
    return "".join(ln + "\r\n\r\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news page saved as HTML: header with logo and menu, <article> with the <h1>, a
    <p class="meta"> date line, the lead as a bold <p class="summary">, body paragraphs with a
    "Tin liên quan" box after the second, byline, tags; footer."""
    blocks = doc["blocks"]
    lead, rest = blocks[1], blocks[2:]
    rel = "".join(f'<li><a href="/tin/{i}">{t}</a></li>' for i, t in enumerate(doc["related"], 1))
    box = f'<div class="related"><h4>Tin liên quan</h4><ul>{rel}</ul></div>'
    paras = [f"<p>{b[1]}</p>" for b in rest]
    body = "\n".join([*paras[:2], box, *paras[2:]])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{blocks[0][1]}</title>\n"
        "</head>\n<body>\n"
        '<header><a class="logo" href="/">Đối ngoại Điện tử</a>\n'
        '<ul class="menu"><li><a href="/the-gioi">Thế giới</a></li></ul></header>\n'
        "<article>\n"
        f"<h1>{blocks[0][1]}</h1>\n"
        f'<p class="meta">{doc["meta"]}</p>\n'
        f'<p class="summary"><strong>{lead[1]}</strong></p>\n'
        f'<div class="article-body">\n{body}\n</div>\n'
        '<p class="byline">Hoài Nam</p>\n'
        "</article>\n"
        "<footer>© Báo Đối ngoại Điện tử. Giấy phép số 000/GP-BTTTT.</footer>\n"
        "</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A project document: the issuer and number, the motto and the place-date line, one a line; a
    two-line title; one block a line with a blank line between sections; the "Nơi nhận" list and the
    signature side by side."""
    out = [*doc["head"], "", *doc["title_lines"], ""]
    for b in doc["blocks"]:
        if b[0] == "title":
            continue
        if b[0] == "heading" and out[-1] != "":
            out.append("")
        out.append(b[1])
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_timeline(doc: dict) -> str:
    """A timeline: the title, the introduction, then each heading after a blank line and one line a
    date under it, no blank lines between the dated lines."""
    out: list[str] = []
    for b in doc["blocks"]:
        if b[0] in ("title", "heading") and out:
            out.append("")
        out.append(b[1])
        if b[0] == "title":
            out.append("")
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "timeline": render_timeline,
            "word": render_word,
        },
        prefix="o",
    )


if __name__ == "__main__":
    sys.exit(main())
