"""Build the fortieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout40/build_heldout40.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout38, on topics those sets do not use (Slovakia from Czechoslovakia
to the EU, Đà Nẵng's external affairs in 2024, the EU's welcome of ten new members in Dublin on 1/5/2004,
a Ministry of Science and Technology plan on the Council of Europe's Framework Convention on artificial
intelligence opened for signature in Vilnius, an encyclopedia entry on the Slovak diplomat Miroslav
Lajčák). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the Đà Nẵng report's number and local items and the whole ministry plan
(number, date, tasks) are invented. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    official_text,
    paged_journal,
    word_text,
)

ZBA_SLOVAKIA = {
    "id": "zba",
    "shape": "journal",
    "header": "Tạp chí Châu Âu và Thế giới, số 4 (2023)",
    "first_page": 27,
    "break_after": 3,
    "blocks": [
        ("title", "XLÔ-VA-KI-A TRONG QUAN HỆ CỦA VIỆT NAM VỚI KHU VỰC TRUNG ÂU"),
        ("author", "Phan Thị Thu Trang"),
        ("affiliation", "Viện Nghiên cứu Châu Âu"),
        (
            "abstract",
            "Bài viết khái quát con đường hội nhập của Xlô-va-ki-a và những nét chính trong quan hệ của nước này với Việt Nam.",
            "vi",
        ),
        ("keywords", "Xlô-va-ki-a; Liên minh châu Âu; Trung Âu", "vi"),
        ("heading", "1. Từ Tiệp Khắc đến Xlô-va-ki-a", 1),
        (
            "paragraph",
            "Cộng hòa Xlô-va-ki-a ra đời ngày 1/1/1993 sau cuộc chia tách hòa bình của Tiệp Khắc và được kết nạp vào Liên hợp quốc ngày 19/1/1993. Cùng năm đó, nước này trở thành thành viên Ủy hội châu Âu, rồi gia nhập Tổ chức Hợp tác và Phát triển Kinh tế (OECD) năm 2000. Ngày 29/3/2004, Xlô-va-ki-a gia nhập NATO và chỉ hơn một tháng sau, ngày 1/5/2004, cùng chín nước khác được kết nạp vào Liên minh châu Âu (Vũ Minh Châu, 2015, tr. 33).",
        ),
        ("heading", "2. Quan hệ song phương và đa phương", 1),
        (
            "paragraph",
            "Quan hệ ngoại giao giữa Việt Nam và Xlô-va-ki-a được tính từ ngày 2/2/1950, khi Việt Nam thiết lập quan hệ với Tiệp Khắc; hai nước hiện duy trì hợp tác trong giáo dục và thương mại (Hồ Quang Dũng, 2020). Xlô-va-ki-a là ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2006 – 2007, ngay trước Việt Nam, nước được Đại hội đồng bầu vào Hội đồng ngày 16/10/2007 với 183/190 phiếu thuận. Năm 2019, nước này giữ cương vị Chủ tịch Tổ chức An ninh và Hợp tác châu Âu (OSCE).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Hiệp định EVFTA (2019), có hiệu lực từ ngày 1/8/2020, mở ra cơ hội cho hàng Việt Nam vào thị trường Xlô-va-ki-a, trong khi Hiệp định Bảo hộ đầu tư (EVIPA) vẫn chưa có hiệu lực do chưa được toàn bộ các nước thành viên EU phê chuẩn. Cộng đồng người Việt tại Xlô-va-ki-a là “cầu nối tự nhiên” (Lâm Thị Ngọc, 2022, tr. 48), và hai bên sẽ thúc đẩy hợp tác du lịch.",
        ),
    ],
}

ZBB_DANANG = {
    "id": "zbb",
    "shape": "word",
    "head": [
        "UBND THÀNH PHỐ ĐÀ NẴNG",
        "SỞ NGOẠI VỤ",
        "Số: 412/BC-SNgV",
        "Đà Nẵng, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Từ ngày 11 đến 13/3/2024, Đại sứ Xlô-va-ki-a tại Việt Nam thăm và làm việc tại thành phố; hai bên trao đổi về đường bay thuê chuyến từ Trung Âu và đào tạo nghề du lịch.",
        ),
        (
            "list_item",
            "2. Là thành viên Mạng lưới Thành phố thông minh ASEAN từ năm 2018, thành phố tháng trước đón đoàn doanh nghiệp công nghệ của Lít-va và E-xtô-ni-a đến làm việc tại Khu Công nghệ cao.",
        ),
        (
            "list_item",
            "3. Chương trình Phát triển Liên hợp quốc (UNDP) tiếp tục hỗ trợ thành phố dự án ứng phó biến đổi khí hậu tại các phường ven biển, kinh phí khoảng 650.000 USD, tăng so với năm ngoái.",
        ),
        (
            "list_item",
            "4. Chuyến thăm các tỉnh Nam Lào của đoàn lãnh đạo thành phố chưa thực hiện được do phía bạn đề nghị lùi sang năm sau.",
        ),
        (
            "list_item",
            "5. Quan hệ hợp tác với các địa phương của Lào và Thái Lan trên Hành lang kinh tế Đông – Tây tiếp tục được củng cố.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phấn đấu tổ chức chuỗi hoạt động kỷ niệm 30 năm Việt Nam gia nhập ASEAN (28/7/1995 – 28/7/2025).",
        ),
        (
            "list_item",
            "2. Dự kiến trong quý II năm tới, lãnh đạo thành phố sẽ dẫn đoàn xúc tiến du lịch sang Xlô-va-ki-a và Xlô-ven-ni-a.",
        ),
        (
            "list_item",
            "3. Tiếp tục làm việc với Quỹ Môi trường toàn cầu (GEF), tổ chức mà thành phố đăng cai Đại hội đồng lần thứ 6 năm 2018, để triển khai giai đoạn hai của dự án.",
        ),
    ],
}

ZBC_DUBLIN = {
    "id": "zbc",
    "shape": "news",
    "date": "2004-05-01",
    "stamp": "01/05/2004 22:15 GMT+7",
    "blocks": [
        ("title", "Liên minh châu Âu chào đón mười thành viên mới"),
        (
            "paragraph",
            "Đu-blin (TTXVN) – Ngày 1/5, lễ chào mừng các thành viên mới của Liên minh châu Âu (EU) diễn ra trọng thể tại thủ đô Ai-len, đánh dấu đợt mở rộng lớn nhất trong lịch sử khối, từ 15 lên 25 nước.",
        ),
        ("heading", "Mười lá cờ mới", 1),
        (
            "paragraph",
            "Síp, Séc, E-xtô-ni-a, Hung-ga-ri, Lát-vi-a, Lít-va, Man-ta, Ba Lan, Xlô-va-ki-a và Xlô-ven-ni-a chính thức là thành viên EU từ 0 giờ ngày 1/5. Lễ thượng cờ do Thủ tướng nước chủ nhà Bơ-ti A-hơn chủ trì; Ai-len đang giữ cương vị Chủ tịch luân phiên EU trong sáu tháng đầu năm nay. Hiệp ước gia nhập của mười nước đã được ký kết tại A-ten (Hy Lạp) ngày 16/4/2003.",
        ),
        ("heading", "Những việc còn dang dở", 1),
        (
            "paragraph",
            "Do người Síp gốc Hy Lạp đã không chấp thuận kế hoạch thống nhất đảo của Tổng Thư ký Liên hợp quốc Cô-phi An-nan trong cuộc trưng cầu ý dân tuần trước, luật EU tạm chưa áp dụng ở miền Bắc đảo Síp. Bun-ga-ri và Ru-ma-ni dự kiến gia nhập EU năm 2007; hai nước này cùng E-xtô-ni-a, Lát-vi-a, Lít-va, Xlô-va-ki-a và Xlô-ven-ni-a đã trở thành thành viên NATO ngày 29/3.",
        ),
        ("heading", "Cơ hội cho Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Cộng đồng châu Âu thiết lập quan hệ ngoại giao ngày 22/10/1990 và ký Hiệp định khung về hợp tác năm 1995. Tháng 10 tới, Việt Nam sẽ đăng cai Hội nghị Cấp cao Á – Âu lần thứ 5 (ASEM 5) tại Hà Nội.",
        ),
    ],
}

ZBD_AI_CONVENTION = {
    "id": "zbd",
    "shape": "decision",
    "head": [
        f"{'BỘ KHOA HỌC VÀ CÔNG NGHỆ':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 95/KH-BKHCN':<42}Hà Nội, ngày 16 tháng 01 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Nghiên cứu Công ước khung của Ủy hội châu Âu",
        "về trí tuệ nhân tạo năm 2025",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Nghiên cứu Công ước khung của Ủy hội châu Âu về trí tuệ nhân tạo năm 2025"),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Công ước khung về trí tuệ nhân tạo và nhân quyền, dân chủ, pháp quyền được Ủy ban Bộ trưởng của Ủy hội châu Âu thông qua ngày 17/5/2024 và mở ký ngày 5/9/2024 tại Vin-ni-út (Lít-va); Hoa Kỳ, Vương quốc Anh và Liên minh châu Âu nằm trong số các bên ký đầu tiên. Đây là điều ước quốc tế đầu tiên có tính ràng buộc về trí tuệ nhân tạo, mở cho cả các nước ngoài Ủy hội. Việt Nam chưa ký Công ước.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Vụ Hợp tác quốc tế chủ trì, phối hợp với Bộ Ngoại giao, Bộ Tư pháp rà soát Công ước, đối chiếu với Khuyến nghị của UNESCO về đạo đức trí tuệ nhân tạo (2021).",
        ),
        (
            "list_item",
            "2. Tháng tới, cử đoàn dự Hội nghị thượng đỉnh hành động về trí tuệ nhân tạo tại Pa-ri do Pháp và Ấn Độ đồng chủ trì.",
        ),
        (
            "list_item",
            "3. Đề nghị UNESCO hỗ trợ kỹ thuật để Việt Nam áp dụng Phương pháp đánh giá mức độ sẵn sàng (RAM) về trí tuệ nhân tạo.",
        ),
        (
            "list_item",
            "4. Dự kiến trong quý III, phối hợp với phía Lít-va, nước chủ nhà lễ mở ký, tổ chức tọa đàm trực tuyến về quá trình đàm phán Công ước.",
        ),
        ("list_item", "5. Không đề xuất ký Công ước trong năm nay khi chưa hoàn thành đánh giá tác động."),
    ],
}

ZBE_LAJCAK = {
    "id": "zbe",
    "shape": "entry",
    "blocks": [
        ("title", "Miroslav Lajčák"),
        (
            "paragraph",
            "Miroslav Lajčák (sinh năm 1963) là nhà ngoại giao Xlô-va-ki-a, hai lần giữ chức Bộ trưởng Ngoại giao nước này (2009 – 2010 và 2012 – 2020).",
        ),
        ("heading", "Ở bán đảo Ban-căng", 1),
        (
            "paragraph",
            "Với tư cách đặc phái viên của EU, ông theo dõi cuộc trưng cầu ý dân về độc lập của Môn-tê-nê-grô ngày 21/5/2006. Từ tháng 7/2007 đến đầu năm 2009, ông là Đại diện cấp cao của cộng đồng quốc tế tại Bô-xni-a và Héc-dê-gô-vi-na.",
        ),
        ("heading", "Tại Liên hợp quốc và OSCE", 1),
        (
            "paragraph",
            "Năm 2016, ông được Xlô-va-ki-a đề cử vào chức Tổng Thư ký Liên hợp quốc nhưng không được chọn. Ngày 31/5/2017, ông được bầu làm Chủ tịch Khóa họp 72 Đại hội đồng Liên hợp quốc; người kế nhiệm, bà María Fernanda Espinosa (Ê-cu-a-đo), đắc cử ngày 5/6/2018 với 128 phiếu, trước ứng viên Hôn-đu-rát với 62 phiếu. Trên cương vị Chủ tịch Tổ chức An ninh và Hợp tác châu Âu (OSCE) năm 2019, ông chủ trì Hội nghị Hội đồng Bộ trưởng OSCE tại Bra-ti-xla-va vào tháng 12 năm đó.",
        ),
        (
            "paragraph",
            "Từ tháng 4/2020, ông là Đại diện đặc biệt của EU về đối thoại giữa Bê-ô-grát và Pri-xti-na.",
        ),
    ],
}

DOCS = [ZBA_SLOVAKIA, ZBB_DANANG, ZBC_DUBLIN, ZBD_AI_CONVENTION, ZBE_LAJCAK]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter from heldout_kit (title at 44 columns, labels at
    70), body at 70 columns, no blank line after headings; after ``break_after`` body lines (mid-sentence)
    the page number indented 32 spaces, a form feed and the running header; the last page ends with its
    number."""
    return paged_journal(doc, 44, 70, 70, indent=32, blank_after_heading=False)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 78 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 78, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news agency page of 2004: <title>, a menu, <h1>, the stamp in <div class="date">, the lead with
    its dateline in <p class="sapo">, <h2> subheads, <p> paragraphs, a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        '<div class="menu"><a href="/">Trang chủ</a> | <a href="/quoc-te">Quốc tế</a></div>\n'
        f'<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo">{lead}</p>\n' + "\n".join(body) + "\n"
        '<div class="footer">© Thông tấn xã Việt Nam</div>\n</body>\n</html>\n'
    )


def render_decision(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<46}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<46}THỨ TRƯỞNG",
        f"{'- Lưu: VT, HTQT.':<50}(đã ký)",
    ]
    return official_text(doc, 76, tail)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "decision": render_decision,
            "entry": entry_text,
        },
        prefix="zb",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
