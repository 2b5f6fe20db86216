"""Build the fifty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout58/build_heldout58.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and the earlier
held-out sets, on topics those sets do not use as their subject (Vietnam – Iraq from the Arab League and
OPEC to the 1990 sanctions, Hải Dương's external affairs in 2024, a retrospective on Security Council
resolution 678 of 29/11/1990, a Ministry of Industry and Trade plan for trade promotion with Iraq in 2026,
an encyclopedia entry on the 1975 Algiers Agreement between Iran and Iraq). Nothing in src/ was read or
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
provincial report's local items and all quoted words are invented, the ministry plan (number, date,
tasks) is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies
that every gold evidence, quote and citation occurs in the documents.
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

ZTA_IRAQ = {
    "id": "zta",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TRUNG ĐÔNG – Số 2 (2025)",
    "first_page": 27,
    "break_after": 8,
    "blocks": [
        ("title", "VIỆT NAM VÀ I-RẮC: MỘT MỐI QUAN HỆ VƯỢT QUA NHIỀU BIẾN ĐỘNG CỦA KHU VỰC"),
        ("author", "Trịnh Quang Minh"),
        ("affiliation", "Viện Nghiên cứu Trung Đông và châu Phi"),
        (
            "abstract",
            "Bài viết phân tích vị thế của I-rắc và tiến trình quan hệ Việt Nam – I-rắc từ năm 1968.",
            "vi",
        ),
        ("keywords", "I-rắc; OPEC; cấm vận; quan hệ song phương", "vi"),
        ("heading", "1. I-rắc trong thế giới Ả-rập và thị trường dầu mỏ", 1),
        (
            "paragraph",
            "Là một trong bảy nước sáng lập Liên đoàn Ả-rập năm 1945, I-rắc còn gắn tên mình với lịch sử ngành dầu mỏ thế giới. Hội nghị do Bát-đa đăng cai từ ngày 10 đến ngày 14/9/1960 đã khai sinh Tổ chức các nước xuất khẩu dầu mỏ (OPEC), với năm thành viên sáng lập là I-rắc, I-ran, Cô-oét, A-rập Xê-út và Vê-nê-xu-ê-la (Phạm Đức Long, 2017, tr. 42).",
        ),
        (
            "paragraph",
            "Ngày 2/8/1990, quân đội I-rắc tràn sang chiếm đóng Cô-oét. Chỉ bốn ngày sau, Hội đồng Bảo an Liên hợp quốc thông qua Nghị quyết 661, áp đặt lệnh cấm vận toàn diện đối với nước này; các biện pháp trừng phạt kéo dài hơn một thập kỷ và chỉ được dỡ bỏ vào tháng 5/2003 (Vũ Thị Thanh Hà, 2020).",
        ),
        ("heading", "2. Hơn nửa thế kỷ quan hệ song phương", 1),
        (
            "paragraph",
            "Việt Nam Dân chủ Cộng hòa và I-rắc thiết lập quan hệ ngoại giao ngày 10/7/1968. Trong những năm kháng chiến chống Mỹ, phía bạn đã ủng hộ mạnh mẽ cuộc đấu tranh của nhân dân ta; sang thập niên 1980, hàng nghìn kỹ sư, công nhân Việt Nam được đưa sang làm việc tại các công trình xây dựng của I-rắc.",
        ),
        (
            "paragraph",
            "Việt Nam không tham gia liên quân do Mỹ dẫn đầu tiến công I-rắc đầu năm 1991 và luôn ủng hộ độc lập, chủ quyền, toàn vẹn lãnh thổ của nước bạn. Dù vậy, quan hệ kinh tế giữa hai nước “vẫn chưa tương xứng với tiềm năng và bề dày hữu nghị” (Lã Thị Hồng Vân, 2023, tr. 9). Trong thời gian tới, hai bên cần đẩy nhanh đàm phán hiệp định khuyến khích và bảo hộ đầu tư, tạo khuôn khổ pháp lý cho doanh nghiệp.",
        ),
    ],
}

ZTB_HAIDUONG = {
    "id": "ztb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG",
        "SỞ NGOẠI VỤ",
        "Số: 215/BC-SNgV",
        "Hải Dương, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 6/2024, đoàn đại biểu tỉnh do Chủ tịch UBND tỉnh dẫn đầu sang thăm và làm việc tại tỉnh Xiêng Khoảng, nơi Hải Dương duy trì quan hệ hữu nghị, hợp tác toàn diện nhiều năm qua; nhân dịp này, tỉnh bàn giao cho phía bạn một trường tiểu học trị giá 8 tỷ đồng.",
        ),
        (
            "list_item",
            "2. Bản ghi nhớ hợp tác với tỉnh Chung-chơng Bắc (Hàn Quốc) được ký kết tháng 9/2024, nhân chuyến thăm của đoàn lãnh đạo tỉnh bạn.",
        ),
        (
            "list_item",
            "3. Tháng trước, dự án nâng cao năng lực y tế cơ sở tại huyện Thanh Hà do Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) tài trợ đã hoàn thành giai đoạn một.",
        ),
        (
            "list_item",
            "4. Trong năm, tỉnh đón 14 đoàn khách quốc tế, trong đó có Đại sứ Nhật Bản tại Việt Nam; hai bên trao đổi về việc mở rộng các khu công nghiệp có vốn đầu tư của doanh nghiệp nước này.",
        ),
        (
            "list_item",
            "5. Phương án đưa lao động của tỉnh sang làm việc tại I-rắc chưa được triển khai do tình hình an ninh ở đó còn phức tạp.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Quý II năm sau, tổ chức hội đàm thường niên với tỉnh Xiêng Khoảng tại thành phố Hải Dương; hai tỉnh sẽ ký Kế hoạch hợp tác giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "2. Tiếp tục vận động KOICA tài trợ giai đoạn hai của dự án y tế.",
        ),
        (
            "list_item",
            "3. Không bố trí đoàn ra sang châu Âu trong năm 2025 nhằm tiết kiệm ngân sách.",
        ),
    ],
}

ZTC_RESOLUTION = {
    "id": "ztc",
    "shape": "news",
    "date": "2020-11-29",
    "stamp": "Chủ Nhật, 29/11/2020, 09:15",
    "blocks": [
        ("title", "30 năm Nghị quyết 678: tối hậu thư của Hội đồng Bảo an với I-rắc"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Đúng 30 năm trước, ngày 29/11/1990, Hội đồng Bảo an Liên hợp quốc thông qua Nghị quyết 678 với 12 phiếu thuận, 2 phiếu chống của Cu-ba và Y-ê-men, Trung Quốc bỏ phiếu trắng, cho phép các nước thành viên dùng “mọi biện pháp cần thiết” nếu I-rắc không rút quân khỏi Cô-oét trước ngày 15/1/1991.",
        ),
        ("heading", "Chuỗi nghị quyết chưa từng có", 1),
        (
            "paragraph",
            "Ngay trong ngày quân đội I-rắc tràn qua biên giới, 2/8/1990, Hội đồng đã thông qua Nghị quyết 660 lên án cuộc xâm lược và yêu cầu Bát-đa rút quân vô điều kiện. Ngày 6/8, Nghị quyết 661 áp đặt lệnh cấm vận thương mại toàn diện đối với nước này.",
        ),
        ("heading", "Chiến dịch Bão táp Sa mạc", 1),
        (
            "paragraph",
            "Thời hạn trôi qua mà Bát-đa vẫn không rút quân. Rạng sáng 17/1/1991, liên quân gồm hàng chục nước do Mỹ dẫn đầu mở chiến dịch không kích. Ngày 28/2/1991, sau khi quân I-rắc bị đẩy ra khỏi Cô-oét, Tổng thống Mỹ George H. W. Bush tuyên bố ngừng bắn; các điều kiện ngừng bắn chính thức được Hội đồng xác lập trong Nghị quyết 687 ngày 3/4/1991.",
        ),
        (
            "paragraph",
            "Ngày nay, Liên hợp quốc vẫn hỗ trợ I-rắc thông qua Phái bộ Hỗ trợ của Liên hợp quốc tại I-rắc (UNAMI), được Hội đồng Bảo an lập ra năm 2003.",
        ),
    ],
}

ZTD_PLAN = {
    "id": "ztd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<44}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':48}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 118/KH-BCT':<44}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại với thị trường I-rắc năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại với thị trường I-rắc năm 2026"),
        (
            "paragraph",
            "I-rắc, quốc gia thiết lập quan hệ ngoại giao với Việt Nam từ năm 1968, hiện là một trong những thị trường nhập khẩu gạo lớn của ta tại Trung Đông. Nước này vẫn chưa là thành viên Tổ chức Thương mại Thế giới (WTO), nên doanh nghiệp cần được hỗ trợ thông tin về thủ tục nhập khẩu. Bộ Công Thương ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, phối hợp với Đại sứ quán Việt Nam tại Bát-đa tổ chức đoàn doanh nghiệp sang khảo sát thị trường và làm việc với Bộ Thương mại nước bạn.",
        ),
        (
            "list_item",
            "2. Thúc đẩy đàm phán Bản ghi nhớ về cung cấp gạo dài hạn với phía I-rắc, phấn đấu ký kết trước tháng 10/2026.",
        ),
        (
            "list_item",
            "3. Tổ chức khu gian hàng Việt Nam tại Hội chợ Quốc tế Bát-đa vào tháng 11.",
        ),
        (
            "list_item",
            "4. Mời Bộ trưởng Thương mại I-rắc dẫn đoàn sang dự Diễn đàn Doanh nghiệp Việt Nam – Trung Đông tại Thành phố Hồ Chí Minh.",
        ),
        (
            "list_item",
            "5. Không tổ chức hoạt động xúc tiến tại các tỉnh phía Bắc I-rắc khi tình hình an ninh chưa bảo đảm.",
        ),
        ("heading", "II. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Cục Xúc tiến thương mại chủ trì, phối hợp với Vụ Thị trường châu Phi, Tây Á, Nam Á và Bộ Ngoại giao triển khai Kế hoạch này.",
        ),
    ],
}

ZTE_ALGIERS = {
    "id": "zte",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định An-giê (1975)"),
        (
            "paragraph",
            "Hiệp định An-giê là thỏa thuận giải quyết tranh chấp biên giới giữa I-ran và I-rắc, trước hết trên sông Shatt al-Arab, được Quốc vương I-ran Mohammad Reza Pahlavi và Phó Tổng thống I-rắc Saddam Hussein ký ngày 6/3/1975 tại An-giê, bên lề hội nghị thượng đỉnh OPEC.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Năm 1969, I-ran tuyên bố bãi bỏ hiệp ước biên giới năm 1937 với nước láng giềng, khiến quan hệ song phương căng thẳng kéo dài. Tổng thống An-giê-ri Houari Boumédiène, người chủ trì hội nghị, đứng ra làm trung gian hòa giải.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Theo hiệp định, biên giới trên sông được xác định theo đường sâu nhất của lòng lạch; đổi lại, I-ran chấm dứt hỗ trợ lực lượng nổi dậy người Cuốc ở miền bắc I-rắc. Ngày 13/6/1975, hai bên ký tại Bát-đa Hiệp ước về biên giới quốc gia và quan hệ láng giềng, cụ thể hóa thỏa thuận này.",
        ),
        ("heading", "Số phận của hiệp định", 1),
        (
            "paragraph",
            "Ngày 17/9/1980, Saddam Hussein, khi đó đã là Tổng thống, tuyên bố bãi bỏ hiệp định; năm ngày sau, quân đội I-rắc tiến vào lãnh thổ I-ran, mở đầu cuộc chiến kéo dài tám năm. Lệnh ngừng bắn theo Nghị quyết 598 của Hội đồng Bảo an chỉ có hiệu lực từ ngày 20/8/1988. Tháng 8/1990, chưa đầy hai tuần sau khi đưa quân vào Cô-oét, Bát-đa gửi thư cho Tê-hê-ran, chấp nhận trở lại các điều khoản của Hiệp định An-giê.",
        ),
    ],
}

DOCS = [ZTA_IRAQ, ZTB_HAIDUONG, ZTC_RESOLUTION, ZTD_PLAN, ZTE_ALGIERS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer with no header on its first page: front matter by
    heldout_kit.front_matter_lines (title at 52 columns, labels at 74), headings with no blank line after
    them, body at 74 columns; after ``break_after`` body lines (mid-sentence) the page number centred
    (36 spaces), a form feed and the running header; the last page ends with its number."""
    return paged_journal(doc, 52, 74, 74, indent=36, blank_after_heading=False)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn Thành"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a <nav> list, <article>, <h1>, a <time>
    stamp, the lead (with its dateline) in <div class="sapo">, <h3> subheads, <p> paragraphs, a tag list
    and a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"  <h3>{b[1]}</h3>" if b[0] == "heading" else f"  <p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!doctype html>\n<html lang="vi">\n<head>\n  <meta charset="utf-8">\n'
        f'  <meta property="article:published_time" content="{doc["date"]}T09:15:00+07:00">\n'
        f"  <title>{title} | Tin tức</title>\n</head>\n<body>\n"
        '<nav>\n  <ul><li><a href="/">Trang chủ</a></li><li><a href="/the-gioi">Thế giới</a></li>'
        '<li><a href="/ho-so">Hồ sơ</a></li></ul>\n</nav>\n'
        f'<article class="detail">\n  <h1>{title}</h1>\n'
        f'  <time datetime="{doc["date"]}">{doc["stamp"]}</time>\n'
        f'  <div class="sapo">{lead}</div>\n' + "\n".join(body) + "\n"
        '  <ul class="tags"><li><a href="/tag/lien-hop-quoc">Liên hợp quốc</a></li>'
        '<li><a href="/tag/i-rac">I-rắc</a></li></ul>\n'
        "</article>\n<footer><p>© Báo điện tử Tin tức – Thông tấn xã Việt Nam</p></footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 80
    columns with a blank line between blocks, then "Nơi nhận" at the left and the signature at the right."""
    tail = [
        f"{'':52}KT. BỘ TRƯỞNG",
        f"{'Nơi nhận:':<53}THỨ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<55}(đã ký)",
        "- Các đơn vị thuộc Bộ;",
        "- Lưu: VT, XTTM.",
    ]
    return official_text(doc, 80, tail)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="zt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
