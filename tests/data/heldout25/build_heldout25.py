"""Build the twenty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout25/build_heldout25.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout24, on topics those sets do not use (Vietnam - Argentina
1973-2023 with MERCOSUR and FEALAC, Cao Bằng's external affairs in the first half of 2023, the first
ASEAN - GCC summit in Riyadh on 20/10/2023, a Prime Minister's decision approving a plan to implement
the UN Convention on the Rights of Persons with Disabilities, a question-and-answer page on Vietnam at
G7 outreach and G20 summits). Nothing in src/ was changed for them. The renderers differ from the
earlier sets' on purpose (a journal whose first page ends with its centred page number and whose next
page opens with a running header carrying the page number at the right; a Word export with CRLF line
ends, "1." sub-headings and "a)/b)" items; a news page with <article>, <h2> subheads, a <figure>
caption and a "Tin liên quan" list; a decision with side-by-side issuer and motto and numbered points
inside Điều 1; a Q&A page with "Hỏi:"/"Đáp:" turns). Facts are well-established; authors, the
journal, page numbers, document numbers and dates of the report and the decision, the province's local
activities and all quoted words are invented. Events, citations and questions gold are written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

AA_ARGENTINA = {
    "id": "aa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU MỸ – SỐ 10/2023",
    "first_page": 112,
    "break_after": 8,
    "blocks": [
        ("title", "VIỆT NAM – ÁC-HEN-TI-NA: NỬA THẾ KỶ HỢP TÁC NAM – NAM"),
        ("author", "Phạm Thị Minh Nguyệt"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ Việt Nam – Ác-hen-ti-na từ năm 1973 và sự phối hợp của hai nước tại các diễn đàn đa phương.",
            "vi",
        ),
        ("keywords", "Ác-hen-ti-na; MERCOSUR; FEALAC; hợp tác Nam – Nam.", "vi"),
        ("heading", "1. Một tình bạn sớm", 1),
        (
            "paragraph",
            "Ngày 25/10/1973, Việt Nam Dân chủ Cộng hòa và Ác-hen-ti-na thiết lập quan hệ ngoại giao, một lựa chọn “đi trước thời cuộc” của Buenos Aires (Vũ Đức Hải, 2015; Ngô Thanh Tâm, 2018). Hiện nay, hai nước là đối tác toàn diện; phía bạn là nguồn cung cấp ngô và khô đậu tương quan trọng cho ngành chăn nuôi Việt Nam.",
        ),
        ("heading", "2. Phối hợp trên các diễn đàn đa phương", 1),
        (
            "paragraph",
            "Ác-hen-ti-na là một trong bốn nước sáng lập Thị trường chung Nam Mỹ (MERCOSUR) theo Hiệp ước Asunción (1991), cùng Bra-xin, Pa-ra-goay và U-ru-goay. Việt Nam và nước này đều tham gia Diễn đàn Hợp tác Đông Á – Mỹ La-tinh (FEALAC). Ngày 16/10/2007, Việt Nam được bầu làm ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008 – 2009 với 183/190 phiếu; Ác-hen-ti-na giữ ghế này trong nhiệm kỳ 2013 – 2014.",
        ),
        (
            "paragraph",
            "Theo Lê Quốc Khánh (2020, tr. 45-46), Buenos Aires có thể trở thành “cửa ngõ vào MERCOSUR” của doanh nghiệp Việt Nam. Dù vậy, hai nước chưa ký hiệp định thương mại tự do song phương. Thời gian tới, hai bên phấn đấu mở rộng hợp tác trong nông nghiệp và năng lượng.",
        ),
    ],
}

AB_REPORT = {
    "id": "ab",
    "shape": "word",
    "head": ["UBND TỈNH CAO BẰNG", "SỞ NGOẠI VỤ", "Số: 132/BC-SNgV", "Cao Bằng, ngày 16 tháng 6 năm 2023"],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023",
    ],
    "tail": ["GIÁM ĐỐC", "(Đã ký)"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        ("heading", "1. Quan hệ với các địa phương của Trung Quốc", 2),
        (
            "list_item",
            "a) Tỉnh duy trì quan hệ hữu nghị với Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc), trước hết là hai thành phố giáp biên Bách Sắc và Sùng Tả.",
        ),
        (
            "list_item",
            "b) Tháng trước, đoàn công tác của tỉnh làm việc tại thành phố Sùng Tả; hai bên trao đổi về phát triển các cặp cửa khẩu.",
        ),
        ("heading", "2. Hợp tác với các tổ chức quốc tế", 2),
        (
            "list_item",
            "a) Quỹ Nhi đồng Liên hợp quốc (UNICEF) tiếp tục hỗ trợ tỉnh các chương trình dinh dưỡng và nước sạch cho trẻ em vùng cao.",
        ),
        (
            "list_item",
            "b) Sở giới thiệu với các đối tác nước ngoài Công viên địa chất Non nước Cao Bằng, được UNESCO công nhận là Công viên địa chất toàn cầu năm 2018.",
        ),
        ("heading", "3. Hạn chế", 2),
        (
            "paragraph",
            "Việc ký thỏa thuận hợp tác với thành phố Bách Sắc, dự kiến từ năm ngoái, đến nay chưa thực hiện được.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        ("list_item", "1. Phấn đấu ký thỏa thuận hợp tác với thành phố Bách Sắc trong quý IV/2023."),
        (
            "list_item",
            "2. Dự kiến mời đoàn lãnh đạo Quảng Tây sang dự hội chợ thương mại tại Cao Bằng vào tháng 10/2023.",
        ),
    ],
}

AC_NEWS = {
    "id": "ac",
    "shape": "news",
    "stamp": "20/10/2023 21:40 (GMT+7)",
    "caption": "Các trưởng đoàn dự hội nghị chụp ảnh chung. Ảnh: TTXVN",
    "related": [
        "Thủ tướng lên đường dự Hội nghị Cấp cao ASEAN – GCC",
        "Doanh nghiệp Việt tìm đường vào thị trường vùng Vịnh",
    ],
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN – GCC lần thứ nhất"),
        (
            "paragraph",
            "Ngày 20/10, tại Riyadh, Thủ tướng Phạm Minh Chính cùng lãnh đạo các nước ASEAN và các nước Hội đồng Hợp tác vùng Vịnh (GCC) dự Hội nghị Cấp cao ASEAN – GCC lần thứ nhất.",
        ),
        ("heading", "Cơ chế liên khu vực mới", 1),
        (
            "paragraph",
            "Hội nghị do Thái tử, Thủ tướng Ả-rập Xê-út Mohammed bin Salman chủ trì. Thủ tướng nước chủ nhà cho rằng hai khu vực “có đủ điều kiện để trở thành đối tác lâu dài”.",
        ),
        (
            "paragraph",
            "GCC ra đời năm 1981, gồm Ả-rập Xê-út, Các Tiểu vương quốc Ả-rập Thống nhất, Ca-ta, Cô-oét, Ba-ranh và Ô-man.",
        ),
        ("heading", "Mở rộng hợp tác với vùng Vịnh", 1),
        (
            "paragraph",
            "Việt Nam và Ả-rập Xê-út thiết lập quan hệ ngoại giao ngày 21/10/1999. Quỹ Phát triển Ả-rập Xê-út (SFD) đã cấp cho Việt Nam nhiều khoản vay ưu đãi. Tuy vậy, Việt Nam chưa có hiệp định thương mại tự do với nước nào trong khối.",
        ),
        (
            "paragraph",
            "Các nhà lãnh đạo nhất trí họp cấp cao ASEAN – GCC hai năm một lần; hội nghị tiếp theo dự kiến diễn ra tại Ma-lai-xi-a năm 2025.",
        ),
    ],
}

AD_DECISION = {
    "id": "ad",
    "shape": "decree",
    "head": [
        ("THỦ TƯỚNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("-------", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 1146/QĐ-TTg", "Hà Nội, ngày 21 tháng 6 năm 2016"),
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Phê duyệt Kế hoạch thực hiện Công ước của Liên hợp quốc",
        "về quyền của người khuyết tật",
    ],
    "tail": ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "(Đã ký)"],
    "blocks": [
        (
            "title",
            "QUYẾT ĐỊNH Phê duyệt Kế hoạch thực hiện Công ước của Liên hợp quốc về quyền của người khuyết tật",
        ),
        ("paragraph", "THỦ TƯỚNG CHÍNH PHỦ"),
        ("paragraph", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"),
        (
            "paragraph",
            "Căn cứ Nghị quyết số 84/2014/QH13 ngày 28 tháng 11 năm 2014 của Quốc hội phê chuẩn Công ước của Liên hợp quốc về quyền của người khuyết tật;",
        ),
        ("paragraph", "QUYẾT ĐỊNH:"),
        (
            "paragraph",
            "Điều 1. Phê duyệt Kế hoạch thực hiện Công ước, được Việt Nam ký ngày 22/10/2007, với các nội dung chính sau:",
        ),
        ("list_item", "1. Hoàn thiện pháp luật về người khuyết tật phù hợp với Công ước."),
        (
            "list_item",
            "2. Xây dựng báo cáo quốc gia lần đầu về việc thực hiện Công ước để trình Ủy ban về quyền của người khuyết tật của Liên hợp quốc.",
        ),
        (
            "list_item",
            "3. Phối hợp với Ủy ban Kinh tế và Xã hội châu Á – Thái Bình Dương (ESCAP) và các nước ASEAN thực hiện Chiến lược Incheon (2012).",
        ),
        (
            "paragraph",
            "Điều 2. Bộ Lao động – Thương binh và Xã hội chủ trì, phối hợp với Bộ Ngoại giao tổ chức thực hiện Kế hoạch.",
        ),
        ("paragraph", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
    ],
}

AE_QA = {
    "id": "ae",
    "shape": "qa",
    "site": "Cổng thông tin Đối ngoại – Chuyên mục Hỏi đáp",
    "stamp": "Cập nhật: 25/11/2024",
    "blocks": [
        ("title", "Hỏi – đáp: Việt Nam tại các hội nghị G7 mở rộng và G20"),
        ("paragraph", "Hỏi: Việt Nam có phải là thành viên G20 không?"),
        (
            "paragraph",
            "Đáp: Không. Hội nghị thượng đỉnh G20 đầu tiên họp tại Oa-sinh-tơn tháng 11/2008; tháng 9/2023, Liên minh châu Phi (AU) được kết nạp vào nhóm. Việt Nam không phải là thành viên nhưng đã nhiều lần được mời dự.",
        ),
        ("paragraph", "Hỏi: Lãnh đạo Việt Nam đã dự những hội nghị G20 nào?"),
        (
            "paragraph",
            "Đáp: Tháng 6/2019, Thủ tướng Nguyễn Xuân Phúc dự Hội nghị thượng đỉnh G20 tại Ô-xa-ca (Nhật Bản). Năm nay, Thủ tướng Phạm Minh Chính dự hội nghị tại Ri-ô đê Gia-nê-rô ngày 18 – 19/11 theo lời mời của Tổng thống Bra-xin Lula da Silva.",
        ),
        ("paragraph", "Hỏi: Còn các hội nghị G7 mở rộng?"),
        (
            "paragraph",
            "Đáp: Với tư cách chủ tịch G7, Nhật Bản đã mời Việt Nam dự hội nghị mở rộng tại I-xê Si-ma (tháng 5/2016) và Hi-rô-si-ma (tháng 5/2023); cả hai lần, đoàn ta do Thủ tướng dẫn đầu. Tháng 12/2022, Việt Nam và Nhóm Đối tác quốc tế gồm các nước G7, Liên minh châu Âu, Na Uy và Đan Mạch thông qua Tuyên bố chính trị về Quan hệ Đối tác chuyển đổi năng lượng công bằng (JETP).",
        ),
    ],
}

DOCS = [AA_ARGENTINA, AB_REPORT, AC_NEWS, AD_DECISION, AE_QA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: title wrapped at 46, "Tóm tắt:"/"Từ khóa:" at 76, body at 64 columns, headings
    followed by a blank line; after ``break_after`` body lines (inside a paragraph, mid-sentence) the
    page number centred at the page's foot, a form feed and the running header with the next page's
    number at the right margin; the last page has no footer (its number is in its header)."""
    page = doc["first_page"]
    out: list[str] = []
    removed: list[str] = []
    count = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if (front := front_matter_lines(kind, text, 46, 76)) is not None:
            out += front
            continue
        lines = wrap(text, 64)
        for i, ln in enumerate(lines):
            out.append(ln)
            if kind == "heading":
                continue
            count += 1
            if count == doc["break_after"]:
                if not 0 < i < len(lines) - 1 or ln.endswith("."):
                    raise ValueError("the page break must fall inside a sentence")
                header = f"{doc['header']}{' ' * 20}{page + 1}"
                out += ["", " " * 30 + str(page), f"\f{header}", ""]
                removed += [str(page), header]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n", removed


def render_word(doc: dict) -> str:
    """Word "save as plain text" with CRLF line ends: issuer, number and place-date stacked, the
    two-line title, every paragraph one line, each line followed by an empty line, the signature."""
    out: list[str] = [*doc["head"], *doc["title_lines"]]
    out += [b[1] for b in doc["blocks"] if b[0] != "title"]
    out += doc["tail"]
    return "".join(ln + "\r\n\r\n" for ln in out)


def render_news(doc: dict) -> str:
    """An online newspaper page: nav, <article> with <h1>, a time stamp, the lead in
    <p class="lead">, a <figure> caption after the lead, <h2> subheads, body, "Tin liên quan"."""
    blocks = doc["blocks"]
    title = blocks[0][1]
    body = [f'<p class="lead">{blocks[1][1]}</p>']
    body.append(
        f'<figure><img src="/img/asean-gcc.jpg" alt=""><figcaption>{doc["caption"]}</figcaption></figure>'
    )
    for b in blocks[2:]:
        body.append(f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>")
    related = "\n".join(f'<li><a href="/bai/{n + 1}.htm">{t}</a></li>' for n, t in enumerate(doc["related"]))
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Báo điện tử Thời sự Quốc tế</title>\n</head>\n<body>\n"
        '<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/doi-ngoai">Đối ngoại</a></nav>\n'
        f'<article>\n<h1>{title}</h1>\n<p class="meta">{doc["stamp"]}</p>\n'
        + "\n".join(body)
        + '\n<p class="byline"><b>Minh Châu</b></p>\n</article>\n'
        f"<aside>\n<h3>Tin liên quan</h3>\n<ul>\n{related}\n</ul>\n</aside>\n"
        "<footer>© Thời sự Quốc tế</footer>\n</body>\n</html>\n"
    )


def render_decree(doc: dict) -> str:
    """A Prime Minister's decision: issuer and motto side by side, number and place-date side by side,
    the title centred over three lines, paragraphs wrapped at 78 columns with no blank lines between
    them, the signature at the right."""
    out = [f"{a:<40}{b}" for a, b in doc["head"]] + [""]
    out += [" " * max(0, (78 - len(t)) // 2) + t for t in doc["title_lines"]] + [""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 78)
    out += [""] + [" " * 50 + ln for ln in doc["tail"]]
    return "\n".join(out) + "\n"


def render_qa(doc: dict) -> str:
    """A Q&A page saved as text: the site line, the title, the update stamp, then "Hỏi:" / "Đáp:" turns,
    one paragraph a line, a blank line after each answer."""
    out = [doc["site"], "", doc["blocks"][0][1], doc["stamp"], ""]
    for b in doc["blocks"][1:]:
        out.append(b[1])
        if b[1].startswith("Đáp:"):
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "decree": render_decree,
            "journal": render_journal,
            "news": render_news,
            "qa": render_qa,
            "word": render_word,
        },
        prefix="a",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
