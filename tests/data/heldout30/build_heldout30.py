"""Build the thirtieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout30/build_heldout30.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout28, on topics those sets do not use (Vietnam - Sweden from
1969, Vietnam in UN peacekeeping, a press conference on the Vietnam - Australia comprehensive
strategic partnership and the Human Rights Council, a Politburo conclusion on international
cooperation on climate change, a chronology of Vietnam - New Zealand relations). Nothing in src/ was
changed for them. Facts are well-established; authors, page numbers, document numbers and all quoted
words are invented, the Politburo conclusion (number, date, wording) is fictitious. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, footnoted_journal, word_text, wrap  # noqa: E402

FA_SWEDEN = {
    "id": "fa",
    "shape": "journal",
    "header": "Nghiên cứu Châu Âu và Bắc Âu, số 3 (2021)",
    "first_page": 44,
    "break_after": 7,
    "blocks": [
        ("title", "THỤY ĐIỂN – NGƯỜI BẠN PHƯƠNG TÂY ĐẦU TIÊN CỦA VIỆT NAM"),
        ("author", "Hà Minh Quân"),
        ("affiliation", "Học viện Ngoại giao"),
        ("abstract", "Bài viết điểm lại quan hệ Việt Nam – Thụy Điển từ năm 1969 đến nay.", "vi"),
        ("keywords", "Thụy Điển; viện trợ phát triển; Bãi Bằng", "vi"),
        ("heading", "1. Những năm đầu", 1),
        (
            "paragraph",
            "Ngày 11/1/1969, Thụy Điển thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa, trở thành nước phương Tây đầu tiên làm việc này¹. Cuối năm 1972, Thủ tướng Ô-lốp Pan-mê lên án gay gắt việc Mỹ ném bom Hà Nội dịp Giáng sinh².",
        ),
        ("heading", "2. Viện trợ phát triển", 1),
        (
            "paragraph",
            "Nhà máy giấy Bãi Bằng, xây dựng bằng viện trợ không hoàn lại của Thụy Điển, khánh thành năm 1982 và được coi là “biểu tượng của tình hữu nghị” giữa hai nước (Lê Thu Hằng, 2012, tr. 57). Phía bạn cũng giúp ta xây dựng Bệnh viện Việt Nam – Thụy Điển Uông Bí.",
        ),
        ("heading", "3. Trong khuôn khổ châu Âu", 1),
        (
            "paragraph",
            "Ngày 1/1/1995, Thụy Điển gia nhập Liên minh châu Âu cùng Áo và Phần Lan. Nước này không tham gia NATO suốt thời Chiến tranh lạnh và chỉ trở thành thành viên thứ 32 của liên minh vào tháng 3/2024 (Phan Anh Tú, 2024). Thời gian tới, hai bên dự kiến mở rộng hợp tác về đổi mới sáng tạo.",
        ),
        (
            "footnote",
            "Xem: Trịnh Văn Định (2005), Ngoại giao Việt Nam với Bắc Âu, Nxb. Thế giới, Hà Nội, tr. 23.",
        ),
        ("footnote", "Đặng Thị Hoa (2010), tr. 91-94."),
    ],
}

FB_SPEECH = {
    "id": "fb",
    "shape": "word",
    "head": ["BỘ QUỐC PHÒNG", "CỤC GÌN GIỮ HÒA BÌNH VIỆT NAM", "Hà Nội, ngày 29 tháng 5 năm 2019"],
    "title_lines": ["BÀI PHÁT BIỂU", "tại Lễ kỷ niệm Ngày Quốc tế lực lượng gìn giữ hòa bình Liên hợp quốc"],
    "blocks": [
        ("title", "BÀI PHÁT BIỂU tại Lễ kỷ niệm Ngày Quốc tế lực lượng gìn giữ hòa bình Liên hợp quốc"),
        ("paragraph", "Kính thưa các vị khách quý, thưa các đồng chí!"),
        (
            "paragraph",
            "Tháng 5/2014, hai sĩ quan đầu tiên của Quân đội nhân dân Việt Nam lên đường làm nhiệm vụ tại Phái bộ Liên hợp quốc ở Nam Xu-đăng (UNMISS), đánh dấu việc nước ta chính thức tham gia hoạt động gìn giữ hòa bình của Liên hợp quốc.",
        ),
        (
            "paragraph",
            "Năm ngoái, Bệnh viện dã chiến cấp 2 số 1 của ta được triển khai tới Ben-tiu, Nam Xu-đăng; Ô-xtrây-li-a đã hỗ trợ vận chuyển trang thiết bị của bệnh viện bằng máy bay quân sự. Đến nay, ta chưa cử đơn vị bộ binh nào tham gia phái bộ.",
        ),
        (
            "paragraph",
            "Trong năm nay, Bộ Quốc phòng dự kiến cử Bệnh viện dã chiến cấp 2 số 2 sang thay thế, đồng thời tiếp tục phối hợp với Liên hợp quốc, Anh và Hoa Kỳ trong đào tạo lực lượng. Ngày 7/6 tới, Đại hội đồng sẽ bầu ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021, trong đó Việt Nam là ứng cử viên duy nhất của Nhóm châu Á – Thái Bình Dương.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn!"),
    ],
}

FC_PRESS = {
    "id": "fc",
    "shape": "news",
    "date": "2024-03-14",
    "stamp": "Thứ Năm, 14/03/2024 16:45",
    "blocks": [
        ("title", "Họp báo thường kỳ của Bộ Ngoại giao ngày 14/3/2024"),
        (
            "paragraph",
            "Chiều 14/3, tại Hà Nội, Người Phát ngôn Bộ Ngoại giao chủ trì họp báo thường kỳ và trả lời câu hỏi của phóng viên.",
        ),
        (
            "paragraph",
            "Hỏi: Đề nghị Người Phát ngôn cho biết kết quả chuyến công tác Australia của Thủ tướng Phạm Minh Chính?",
        ),
        (
            "paragraph",
            "Trả lời: Tuần trước, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao đặc biệt kỷ niệm 50 năm quan hệ ASEAN – Australia tại Melbourne và thăm chính thức Australia. Nhân dịp này, Thủ tướng cùng Thủ tướng nước chủ nhà Anthony Albanese ra Tuyên bố chung nâng cấp quan hệ hai nước lên Đối tác Chiến lược Toàn diện. Việt Nam và Australia thiết lập quan hệ ngoại giao ngày 26/2/1973 và trở thành đối tác chiến lược năm 2018.",
        ),
        ("paragraph", "Hỏi: Việt Nam có ứng cử vào Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ tới không?"),
        (
            "paragraph",
            "Trả lời: Việt Nam hiện là thành viên Hội đồng Nhân quyền nhiệm kỳ 2023 – 2025, sau khi trúng cử ngày 11/10/2022 với 145 phiếu thuận. Việt Nam sẽ ứng cử nhiệm kỳ 2026 – 2028 và mong nhận được sự ủng hộ của các nước.",
        ),
        ("paragraph", "Hỏi: Có công dân Việt Nam nào bị ảnh hưởng bởi tình hình bạo lực tại Haiti không?"),
        (
            "paragraph",
            "Trả lời: Đến nay, chưa có thông tin về công dân Việt Nam bị ảnh hưởng. Các cơ quan đại diện Việt Nam trong khu vực sẽ tiếp tục theo dõi sát tình hình.",
        ),
    ],
}

FD_CONCLUSION = {
    "id": "fd",
    "shape": "party",
    "date_line": "Hà Nội, ngày 15 tháng 4 năm 2022",
    "number": "Số 88-KL/TW",
    "title_lines": [
        "KẾT LUẬN",
        "CỦA BỘ CHÍNH TRỊ",
        "về chủ động hợp tác quốc tế ứng phó với biến đổi khí hậu",
    ],
    "blocks": [
        ("title", "KẾT LUẬN CỦA BỘ CHÍNH TRỊ về chủ động hợp tác quốc tế ứng phó với biến đổi khí hậu"),
        (
            "paragraph",
            "Việt Nam phê chuẩn Công ước khung của Liên hợp quốc về biến đổi khí hậu năm 1994 và Nghị định thư Kyoto năm 2002. Năm ngoái, tại Hội nghị COP26 ở Glasgow (Vương quốc Anh), nước ta cam kết đạt mức phát thải ròng bằng “0” vào năm 2050 và tham gia Cam kết toàn cầu về giảm phát thải khí mê-tan.",
        ),
        (
            "paragraph",
            "Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nhiệm vụ sau:",
        ),
        (
            "list_item",
            "1. Tiếp tục phối hợp với các nước ASEAN, Ủy hội sông Mê Công quốc tế và các đối tác phát triển ứng phó với biến đổi khí hậu ở Đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "2. Chủ động tranh thủ nguồn tài chính từ Quỹ Khí hậu xanh (GCF), Ngân hàng Thế giới và Ngân hàng Phát triển châu Á; không để các dự án hợp tác làm tăng gánh nặng nợ công.",
        ),
        ("list_item", "3. Chuẩn bị tốt việc tham dự Hội nghị COP27 tại Ai Cập vào cuối năm nay."),
        (
            "list_item",
            "4. Ban Đối ngoại Trung ương chủ trì, phối hợp với Ban cán sự đảng Bộ Ngoại giao theo dõi, đôn đốc thực hiện Kết luận này.",
        ),
    ],
}

FE_TIMELINE = {
    "id": "fe",
    "shape": "timeline",
    "blocks": [
        ("title", "Các mốc quan hệ Việt Nam – Niu Di-lân"),
        ("paragraph", "Cập nhật: tháng 3/2025"),
        ("list_item", "• 19/6/1975: Việt Nam và Niu Di-lân thiết lập quan hệ ngoại giao."),
        (
            "list_item",
            "• 27/2/2009: Hiệp định thành lập Khu vực thương mại tự do ASEAN – Ô-xtrây-li-a – Niu Di-lân (AANZFTA) được ký tại Thái Lan.",
        ),
        (
            "list_item",
            "• 8/3/2018: Hai nước cùng chín nước khác ký Hiệp định CPTPP tại Santiago (Chi-lê); Niu Di-lân là nước lưu chiểu Hiệp định.",
        ),
        ("list_item", "• 12/11/2018: Quốc hội Việt Nam phê chuẩn Hiệp định CPTPP."),
        (
            "list_item",
            "• 30/12/2018: Hiệp định CPTPP có hiệu lực đối với Niu Di-lân; với Việt Nam, Hiệp định có hiệu lực từ ngày 14/1/2019.",
        ),
        ("list_item", "• 22/7/2020: Hai Thủ tướng hội đàm trực tuyến, nâng quan hệ lên Đối tác chiến lược."),
        (
            "list_item",
            "• 15/11/2020: Hai nước ký Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP) cùng 13 nền kinh tế khác.",
        ),
        (
            "list_item",
            "• 2/2025: Thủ tướng Niu Di-lân Christopher Luxon thăm chính thức Việt Nam; hai bên nâng cấp quan hệ lên Đối tác chiến lược toàn diện.",
        ),
        (
            "paragraph",
            "Hiện nay, Niu Di-lân cấp học bổng cho nhiều sinh viên Việt Nam. Hai bên phấn đấu sớm đưa kim ngạch thương mại song phương lên mức mới.",
        ),
    ],
}

DOCS = [FA_SWEDEN, FB_SPEECH, FC_PRESS, FD_CONCLUSION, FE_TIMELINE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter from heldout_kit, headings with no blank line
    after them, body at 66 columns with superscript footnote marks glued to words (the gold footnote blocks without their marks); after
    ``break_after`` body lines (mid-sentence) a "____" rule, the footnotes, the page number at the right,
    a form feed and the running header; the last page ends with its number at the right."""
    return footnoted_journal(doc, 44, 66, 66, lambda page: f"{page:>66}")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page
    (cut mid-sentence), every line followed by an empty line."""
    return word_text(doc, 72)


def render_news(doc: dict) -> str:
    """The ministry's press-conference page: <meta> date, a nav menu, <h1>, the stamp, the lead in
    <p class="sapo">, each question in <p><strong>…</strong></p>, each answer in <p>, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = []
    for b in blocks[2:]:
        paras.append(f"<p><strong>{b[1]}</strong></p>" if b[1].startswith("Hỏi:") else f"<p>{b[1]}</p>")
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="pubdate" content="{doc["date"]}">\n'
        f"<title>{title} | Bộ Ngoại giao</title>\n</head>\n<body>\n"
        '<nav><a href="/">Trang chủ</a> <a href="/nguoi-phat-ngon">Người phát ngôn</a> '
        '<a href="/hop-bao">Họp báo</a></nav>\n<article>\n'
        f'<h1>{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        f'<p class="sapo">{lead}</p>\n' + "\n".join(paras) + "\n"
        '<div class="tags">Tags: họp báo</div>\n</article>\n'
        "<footer>© Bộ Ngoại giao Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A Party conclusion: the two-column issuer block (Central Committee | Party name, "*" | rule,
    number | place-date), the three-line centred title and a dash rule, body wrapped at 78 columns
    with a blank line between blocks, the signature "T/M BỘ CHÍNH TRỊ" at the right."""
    out = [
        f"{'BAN CHẤP HÀNH TRUNG ƯƠNG':<40}ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{'*':^24}{'':16}{'_' * 22}",
        f"{doc['number']:<40}{doc['date_line']}",
        "",
    ]
    out += [f"{ln:^78}".rstrip() for ln in doc["title_lines"]] + [f"{'-----':^78}".rstrip(), ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 78) + [""]
    out += [" " * 50 + "T/M BỘ CHÍNH TRỊ", " " * 54 + "(đã ký)"]
    return "\n".join(out) + "\n"


def render_timeline(doc: dict) -> str:
    """A "Các mốc quan hệ" page copied as text: the title, the update line, one bulleted line per
    dated milestone (no blank lines between them), a closing paragraph."""
    out: list[str] = []
    for b in doc["blocks"]:
        out.append(b[1])
        if b[0] != "list_item" or b is doc["blocks"][-2]:
            out.append("")
    return "\n".join(out)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "party": render_party,
            "timeline": render_timeline,
        },
        prefix="f",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
