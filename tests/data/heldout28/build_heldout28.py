"""Build the twenty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout28/build_heldout28.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout24, on topics those sets do not use (Vietnam in the Mekong -
Lancang cooperation, Quảng Trị's border and external affairs in the third quarter of 2023, the
Vietnam - Cambodia land border on a Party newspaper page, a Secretariat directive on candidacies for
international bodies, a question-and-answer page on Vietnam - India). Nothing in src/ was changed for
them. The renderers differ from the earlier sets' on purpose (a proceedings paper with a footer
"– page –" line on every page and "1.1."/"1.2." headings; a Word export with CRLF line ends and a
blank line after every line; a newspaper page with a breadcrumb, a "Thứ Ba, 12/09/2023 - 10:15" date
line, the lead in <strong> and a tag list; a directive with "1./2./3." points and "a), b)" items; a
"Hỏi:"/"Đáp:" page). Facts are well-established; authors, the conference, page numbers, document
numbers, the report's local activities and figures and all quoted words are invented. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

DA_MEKONG = {
    "id": "da",
    "shape": "journal",
    "footer": "Kỷ yếu Hội thảo “Hợp tác tiểu vùng Mê Kông”",
    "first_page": 112,
    "break_after": 8,
    "blocks": [
        ("title", "VIỆT NAM TRONG HỢP TÁC MÊ KÔNG – LAN THƯƠNG: CƠ HỘI VÀ THÁCH THỨC"),
        ("author", "Phan Thị Minh Nguyệt"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á"),
        (
            "abstract",
            "Bài viết khái quát sự tham gia của Việt Nam vào Hợp tác Mê Kông – Lan Thương từ năm 2016.",
            "vi",
        ),
        ("keywords", "Mê Kông – Lan Thương; hợp tác tiểu vùng; nguồn nước.", "vi"),
        ("heading", "1. Bối cảnh hình thành cơ chế", 1),
        ("heading", "1.1. Các khuôn khổ hợp tác có trước", 2),
        (
            "paragraph",
            "Theo Hiệp định Mê Kông (1995), Việt Nam cùng Lào, Cam-pu-chia và Thái Lan là thành viên Ủy hội sông Mê Kông quốc tế. Trung Quốc và Mi-an-ma không tham gia Hiệp định; hai nước này chỉ là đối tác đối thoại của Ủy hội. Năm 2004, Việt Nam gia nhập Chiến lược hợp tác kinh tế Ayeyawady – Chao Phraya – Mê Kông (ACMECS) (xem: Lê Chí Thanh, 2014).",
        ),
        ("heading", "1.2. Sự ra đời của Hợp tác Mê Kông – Lan Thương", 2),
        (
            "paragraph",
            "Ngày 23/3/2016, Hội nghị các nhà lãnh đạo Mê Kông – Lan Thương lần thứ nhất họp tại Tam Á (Hải Nam, Trung Quốc) với sự tham gia của Trung Quốc, Cam-pu-chia, Lào, Mi-an-ma, Thái Lan và Việt Nam. Tại hội nghị, phía Trung Quốc công bố lập Quỹ hợp tác đặc biệt Mê Kông – Lan Thương trị giá 300 triệu USD trong 5 năm. Cơ chế mới được coi là “bổ sung cho các khuôn khổ sẵn có chứ không thay thế chúng” (Bộ Ngoại giao, 2016, tr. 45-46).",
        ),
        ("heading", "2. Sự tham gia của Việt Nam", 1),
        (
            "paragraph",
            "Tháng 1/2018, Thủ tướng Nguyễn Xuân Phúc dự Hội nghị các nhà lãnh đạo lần thứ hai tại Phnôm Pênh, nơi sáu nước thông qua Kế hoạch hành động 5 năm giai đoạn 2018 – 2022. Từ Quỹ hợp tác đặc biệt, Trung Quốc đã tài trợ cho Việt Nam một số dự án nhỏ về nông nghiệp, y tế và ứng phó biến đổi khí hậu. Thời gian tới, Việt Nam sẽ phối hợp với các nước hạ nguồn để gắn cơ chế này với hoạt động của Ủy hội.",
        ),
    ],
}

DB_REPORT = {
    "id": "db",
    "shape": "word",
    "head": ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 318/BC-UBND", "Quảng Trị, ngày 28 tháng 9 năm 2023"],
    "title_lines": ["BÁO CÁO", "Công tác biên giới và đối ngoại QUÝ III NĂM 2023"],
    "blocks": [
        ("title", "BÁO CÁO Công tác biên giới và đối ngoại QUÝ III NĂM 2023"),
        ("heading", "I. TÌNH HÌNH BIÊN GIỚI", 1),
        (
            "paragraph",
            "Tuyến biên giới của tỉnh giáp hai tỉnh Savannakhet và Salavan của Lào. Trong quý, tình hình khu vực biên giới ổn định; lực lượng chức năng hai bên quản lý tốt đường biên, mốc giới theo Hiệp ước hoạch định biên giới quốc gia Việt Nam – Lào (1977).",
        ),
        (
            "paragraph",
            "Lượng người qua Cửa khẩu quốc tế Lao Bảo đạt 186.400 lượt, tăng 27% so với cùng kỳ năm ngoái; kim ngạch xuất nhập khẩu qua cửa khẩu đạt 142 triệu USD.",
        ),
        ("heading", "II. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI", 1),
        (
            "paragraph",
            "1. Từ ngày 18 đến 20/7/2023, đoàn đại biểu tỉnh do Chủ tịch UBND tỉnh dẫn đầu thăm và làm việc tại tỉnh Savannakhet; hai bên ký Biên bản ghi nhớ hợp tác giai đoạn 2023 – 2025.",
        ),
        (
            "paragraph",
            "2. Tỉnh trao tặng tỉnh Salavan 1,5 tỷ đồng để xây dựng một trường tiểu học và tiếp nhận 45 lưu học sinh Lào sang học tập tại tỉnh.",
        ),
        (
            "paragraph",
            "3. Tháng trước, Phó Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Lào tại Đà Nẵng; phía bạn đề nghị tỉnh tiếp tục tạo thuận lợi cho hàng hóa quá cảnh trên Hành lang kinh tế Đông – Tây của Tiểu vùng Mê Kông mở rộng (GMS).",
        ),
        (
            "paragraph",
            "4. Do hai bên chưa thống nhất được thời gian, Hội nghị giao ban biên giới ba tỉnh Quảng Trị – Savannakhet – Salavan không tổ chức được trong quý.",
        ),
        ("heading", "III. PHƯƠNG HƯỚNG QUÝ IV NĂM 2023", 1),
        ("list_item", "- Phấn đấu tổ chức Hội nghị giao ban biên giới ba tỉnh trong tháng 11/2023."),
        ("list_item", "- Chuẩn bị đón đoàn đại biểu tỉnh Salavan sang thăm tỉnh, dự kiến vào tháng 12/2023."),
        (
            "list_item",
            "- Năm nay, tỉnh sẽ hoàn thành việc tu bổ các cột mốc trên địa bàn theo kế hoạch của Ủy ban Biên giới quốc gia.",
        ),
    ],
}

DC_NEWS = {
    "id": "dc",
    "shape": "news",
    "stamp": "Thứ Ba, 12/09/2023 - 10:15",
    "tags": ["Cam-pu-chia", "biên giới"],
    "blocks": [
        ("title", "Biên giới Việt Nam – Cam-pu-chia: từ hoạch định đến phân giới cắm mốc"),
        (
            "paragraph",
            "Khoảng 84% khối lượng phân giới cắm mốc trên đất liền giữa Việt Nam và Cam-pu-chia đã được ghi nhận bằng văn kiện pháp lý; phần còn lại đang được hai bên tiếp tục đàm phán.",
        ),
        (
            "paragraph",
            "Ngày 27/12/1985, hai nước ký Hiệp ước hoạch định biên giới quốc gia. Ngày 10/10/2005, hai bên ký tiếp Hiệp ước bổ sung hiệp ước năm 1985, tạo cơ sở để triển khai phân giới cắm mốc trên thực địa.",
        ),
        (
            "paragraph",
            "Ngày 5/10/2019 tại Hà Nội, Thủ tướng nước chủ nhà Nguyễn Xuân Phúc và Thủ tướng Hun Sen chứng kiến lễ ký hai văn kiện pháp lý ghi nhận thành quả phân giới cắm mốc, gồm Hiệp ước bổ sung Hiệp ước năm 1985 và Hiệp ước bổ sung năm 2005 cùng Nghị định thư phân giới cắm mốc biên giới trên đất liền.",
        ),
        (
            "paragraph",
            "Năm ngoái, nhân kỷ niệm 55 năm thiết lập quan hệ ngoại giao (24/6/1967 – 24/6/2022), hai nước tổ chức Năm Hữu nghị Việt Nam – Cam-pu-chia. Tháng trước, Thủ tướng Phạm Minh Chính gửi điện chúc mừng ông Hun Manet được Quốc hội Cam-pu-chia bầu làm Thủ tướng.",
        ),
        (
            "paragraph",
            "Đến nay, khoảng 16% đường biên giới trên đất liền vẫn chưa được phân giới cắm mốc. Hai bên sẽ tiếp tục giải quyết phần việc còn lại trên cơ sở luật pháp quốc tế.",
        ),
    ],
}

DD_DIRECTIVE = {
    "id": "dd",
    "shape": "party",
    "head": [
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "*",
        "Số 48-CT/TW",
        "Hà Nội, ngày 15 tháng 3 năm 2024",
    ],
    "title_lines": [
        "CHỈ THỊ",
        "CỦA BAN BÍ THƯ",
        "về tăng cường công tác ứng cử vào các cơ quan, tổ chức quốc tế",
    ],
    "tail": ["T/M BAN BÍ THƯ", "(đã ký)"],
    "blocks": [
        ("title", "CHỈ THỊ CỦA BAN BÍ THƯ về tăng cường công tác ứng cử vào các cơ quan, tổ chức quốc tế"),
        (
            "paragraph",
            "Là thành viên Liên hợp quốc từ năm 1977, nước ta hai lần được bầu làm Ủy viên không thường trực Hội đồng Bảo an: nhiệm kỳ 2008 – 2009 với 183/190 phiếu thuận và nhiệm kỳ 2020 – 2021 với 192/193 phiếu thuận. Năm 2023, lần đầu tiên một luật gia Việt Nam trúng cử thẩm phán Tòa án Quốc tế về Luật Biển (ITLOS) nhiệm kỳ 2023 – 2032; cơ sở pháp lý là Công ước của Liên hợp quốc về Luật Biển năm 1982, được Quốc hội phê chuẩn ngày 23/6/1994.",
        ),
        (
            "paragraph",
            "Tuy nhiên, công tác chuẩn bị ứng cử còn bị động; ta chưa có ứng viên tại nhiều cơ quan chuyên môn của Liên hợp quốc. Để khắc phục, Ban Bí thư yêu cầu:",
        ),
        (
            "paragraph",
            "1. Các cấp ủy, tổ chức đảng xác định ứng cử là một nội dung quan trọng của đối ngoại đa phương.",
        ),
        ("paragraph", "2. Tập trung thực hiện các nhiệm vụ sau:"),
        (
            "list_item",
            "a) Vận động để Việt Nam trúng cử Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028;",
        ),
        (
            "list_item",
            "b) Phấn đấu có thêm ứng viên vào Hội đồng của Tổ chức Hàng hải quốc tế (IMO) và các cơ quan của UNESCO, phối hợp với các nước ASEAN để tranh thủ sự ủng hộ.",
        ),
        (
            "paragraph",
            "3. Ban Đối ngoại Trung ương chủ trì, phối hợp với Ban cán sự đảng Bộ Ngoại giao theo dõi, đôn đốc việc thực hiện Chỉ thị này.",
        ),
    ],
}

DE_QA = {
    "id": "de",
    "shape": "qa",
    "updated": "Cập nhật: 05/01/2022",
    "blocks": [
        ("title", "Hỏi – đáp về quan hệ Việt Nam – Ấn Độ"),
        ("paragraph", "Hỏi: Việt Nam và Ấn Độ thiết lập quan hệ ngoại giao đầy đủ khi nào?"),
        (
            "paragraph",
            "Đáp: Ngày 7/1/1972. Trước đó, Ấn Độ giữ vai trò Chủ tịch Ủy ban Quốc tế giám sát và kiểm soát được lập theo Hiệp định Giơ-ne-vơ (1954). Năm nay, hai nước kỷ niệm 50 năm quan hệ ngoại giao.",
        ),
        ("paragraph", "Hỏi: Quan hệ hai nước được nâng cấp ra sao?"),
        (
            "paragraph",
            "Đáp: Tháng 7/2007, nhân chuyến thăm Ấn Độ của Thủ tướng Nguyễn Tấn Dũng, hai bên thiết lập quan hệ Đối tác chiến lược. Tháng 9/2016, Thủ tướng Narendra Modi thăm Việt Nam và hai nước nâng quan hệ lên Đối tác chiến lược toàn diện.",
        ),
        ("paragraph", "Hỏi: Ấn Độ hỗ trợ Việt Nam những gì?"),
        (
            "paragraph",
            "Đáp: Ấn Độ cấp cho Việt Nam khoản tín dụng 100 triệu USD để đóng tàu tuần tra cao tốc cho Bộ đội Biên phòng. Nước này còn dành học bổng đào tạo cho cán bộ Việt Nam theo Chương trình Hợp tác kinh tế và kỹ thuật Ấn Độ (ITEC).",
        ),
        ("paragraph", "Hỏi: Hai nước cùng tham gia cơ chế khu vực nào?"),
        (
            "paragraph",
            "Đáp: Cùng với Cam-pu-chia, Lào, Mi-an-ma và Thái Lan, hai nước là thành viên sáng lập Hợp tác Mê Kông – sông Hằng, ra đời tại Viêng Chăn tháng 11/2000. Tuy vậy, Ấn Độ chưa phải là thành viên APEC và không ký Hiệp định RCEP.",
        ),
    ],
}

DOCS = [DA_MEKONG, DB_REPORT, DC_NEWS, DD_DIRECTIVE, DE_QA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A proceedings paper's PDF text layer: no running header; front matter from
    ``front_matter_lines`` (title at 46, "Tóm tắt:"/"Từ khóa:" at 80 columns); headings on their own
    line with no blank line after them; body at 72 columns; after ``break_after`` body lines (inside
    a paragraph, mid-sentence) a footer "proceedings – page –" at the page's foot and a form feed; the
    last page ends with its footer too. Returns the text and the lines layout repair must remove."""
    page = doc["first_page"]
    out: list[str] = []
    removed: list[str] = []
    count = 0

    def foot() -> None:
        nonlocal page
        line = f"{doc['footer']} – {page} –"
        out.extend(["", line])
        removed.append(line)
        page += 1

    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if (front := front_matter_lines(kind, text, 46, 80)) is not None:
            out += front
        elif kind == "heading":
            out.append(text)
        else:
            lines = wrap(text, 72)
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
    """Word "save as plain text" with CRLF line ends: the issuer, number and place-date lines, the
    two-line title, every paragraph one line, each line followed by an empty line."""
    out: list[str] = [*doc["head"], *doc["title_lines"]]
    out += [b[1] for b in doc["blocks"] if b[0] != "title"]
    return "".join(ln + "\r\n\r\n" for ln in out)


def render_news(doc: dict) -> str:
    """A Party newspaper page: a breadcrumb <nav>, <h1>, the weekday date line, the lead in <strong>,
    body paragraphs, a tag list, and footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = "\n".join(f"<p>{b[1]}</p>" for b in blocks[2:])
    tags = "".join(f'<a href="/tag/{i}">{t}</a> ' for i, t in enumerate(doc["tags"]))
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Báo Biên Cương</title>\n</head>\n<body>\n"
        '<nav class="breadcrumbs"><a href="/">Trang chủ</a> › <a href="/chinh-tri">Chính trị</a> › '
        '<a href="/chinh-tri/doi-ngoai">Đối ngoại</a></nav>\n<article>\n'
        f'<h1 class="title">{title}</h1>\n<p class="meta">{doc["stamp"]}</p>\n'
        f"<p><strong>{lead}</strong></p>\n{paras}\n"
        f'<div class="tags">Từ khóa: {tags.strip()}</div>\n</article>\n'
        "<footer>Cơ quan của Đảng bộ tỉnh</footer>\n"
        "</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A Secretariat directive: issuer, party name, "*", number and place-date lines stacked, the
    three-line title centred, paragraphs wrapped at 78 columns with a blank line between them (the
    "a)"/"b)" items without one), the signature block at the right and "Nơi nhận:"."""
    out = [*doc["head"], ""]
    out += [
        " " * 30 + doc["title_lines"][0],
        " " * 28 + doc["title_lines"][1],
        "  " + doc["title_lines"][2],
        "",
    ]
    for b in doc["blocks"]:
        if b[0] == "title":
            continue
        out += wrap(b[1], 78)
        if b[0] != "list_item" or b[1].endswith("."):
            out.append("")
    out += ["Nơi nhận:", "- Các tỉnh ủy, thành ủy,", "- Lưu Văn phòng Trung ương Đảng.", ""]
    out += [" " * 50 + ln for ln in doc["tail"]]
    return "\n".join(out) + "\n"


def render_qa(doc: dict) -> str:
    """A question-and-answer page copied as text: the heading, the update line, then each "Hỏi:" line
    directly followed by its "Đáp:" line and a blank line."""
    out = [doc["blocks"][0][1], doc["updated"], ""]
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
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "qa": render_qa,
            "word": render_word,
        },
        prefix="d",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
