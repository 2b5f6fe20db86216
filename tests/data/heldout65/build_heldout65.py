"""Build the sixty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout65/build_heldout65.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use as main topics (Vietnam – Belgium from 1973 to the first state visit of
2025, Trà Vinh's external affairs in the first half of 2024, King Philippe's state visit to Vietnam on
1/4/2025, a (fictitious) Ministry of Agriculture and Environment plan for the Vietnam – Belgium strategic
partnership on agriculture in 2026, an encyclopedia entry on the Benelux Union). Nothing in src/ was read
or changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
provincial report's local items and all quoted words are invented, the ministry plan (number, date,
tasks) is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
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
    paged_body,
    word_text,
)

XQA_BELGIUM = {
    "id": "xqa",
    "shape": "journal",
    "header": "NGHIÊN CỨU CHÂU ÂU VÀ ĐẠI TÂY DƯƠNG – Số 6 (2025)",
    "first_page": 47,
    "break_after": 9,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – BỈ TỪ NĂM 1973 ĐẾN NAY"),
        ("author", "Tạ Thị Ngọc Diệp"),
        ("affiliation", "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại các mốc chính của quan hệ Việt Nam – Bỉ.",
            "vi",
        ),
        ("keywords", "Bỉ; Hội đồng Bảo an; EVFTA; nông nghiệp", "vi"),
        ("heading", "1. Thành viên sáng lập NATO và Cộng đồng châu Âu", 1),
        (
            "paragraph",
            "Bỉ là một trong mười hai nước ký Hiệp ước Bắc Đại Tây Dương ngày 4/4/1949. Tám năm sau, ngày 25/3/1957, nước này cùng Pháp, Cộng hòa Liên bang Đức, I-ta-li-a, Hà Lan và Lúc-xăm-bua ký Hiệp ước Rô-ma thành lập Cộng đồng Kinh tế châu Âu (Đào Minh Khải, 2016, tr. 41).",
        ),
        ("heading", "2. Hơn nửa thế kỷ quan hệ song phương", 1),
        (
            "paragraph",
            "Ngày 22/3/1973, chưa đầy hai tháng sau khi Hiệp định Pa-ri được ký kết, Bỉ thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa. Từ năm 1977, Bỉ cung cấp viện trợ phát triển chính thức (ODA) cho Việt Nam (Lưu Thị Thanh Mai, 2019). Ngày 8/6/2018, Bỉ trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2019 – 2020 với 181 phiếu; một năm sau, ngày 7/6/2019, Việt Nam được bầu vào Hội đồng nhiệm kỳ 2020 – 2021 với 192/193 phiếu. Trong năm 2020, phái đoàn hai nước tại New York phối hợp chặt chẽ về bảo vệ dân thường trong xung đột vũ trang.",
        ),
        ("heading", "3. Dấu mốc mới", 1),
        (
            "paragraph",
            "Năm 2018, hai nước thiết lập quan hệ Đối tác chiến lược về nông nghiệp. Hiệp định EVFTA, có hiệu lực từ ngày 1/8/2020, tạo thêm động lực cho thương mại song phương. Từ ngày 31/3 đến ngày 4/4/2025, Nhà Vua Philippe và Hoàng hậu Mathilde thăm cấp Nhà nước Việt Nam, chuyến thăm cấp Nhà nước đầu tiên kể từ khi hai nước có quan hệ ngoại giao. Phía Bỉ coi Việt Nam “không chỉ là một thị trường giàu tiềm năng mà còn là người bạn đáng tin cậy ở Đông Nam Á” (Kiều Văn Bảo, 2025, tr. 16). Vì vậy, ta cần mở rộng hợp tác với Bỉ sang logistics, cảng biển và dược phẩm.",
        ),
    ],
}

XQB_TRAVINH = {
    "id": "xqb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
        "SỞ NGOẠI VỤ",
        "Số: 98/BC-SNgV",
        "Trà Vinh, ngày 14 tháng 6 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024", 1),
        (
            "list_item",
            "1. Tỉnh đã đón 23 đoàn với 196 lượt khách nước ngoài đến thăm, làm việc và tìm hiểu cơ hội đầu tư, tăng 15% so với cùng kỳ năm ngoái; cử 4 đoàn cán bộ đi công tác nước ngoài.",
        ),
        (
            "list_item",
            "2. Từ ngày 18 đến ngày 20/3/2024, tỉnh tiếp đoàn doanh nghiệp vùng Flanders (Bỉ) do Cơ quan Xúc tiến Thương mại và Đầu tư Flanders tổ chức; nhân dịp này, Trường Đại học Trà Vinh ký với một công ty chế biến thủy sản của Bỉ thỏa thuận đào tạo kỹ thuật viên nuôi tôm công nghệ cao.",
        ),
        (
            "list_item",
            "3. Hiệp định vay cho Dự án cấp nước và thoát nước thành phố Trà Vinh, sử dụng 25 triệu euro vốn vay của Cơ quan Phát triển Pháp (AFD), đã được ký kết trong tháng 4.",
        ),
        (
            "list_item",
            "4. Nhân dịp Tết cổ truyền Chôl Chnăm Thmây, đoàn đại biểu tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã sang thăm, chúc Tết tỉnh Pô-xát (Campuchia).",
        ),
        (
            "list_item",
            "5. Hội thảo xúc tiến đầu tư của tỉnh tại Brúc-xen, dự kiến tổ chức trong tháng 5, chưa thực hiện được do số doanh nghiệp đăng ký tham dự quá ít.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", 1),
        (
            "list_item",
            "1. Trong tháng 10/2024, tổ chức đoàn công tác sang Bỉ và Hà Lan xúc tiến xuất khẩu tôm, dừa và các sản phẩm từ dừa; làm việc với Cảng An-tvéc-pen – Bruges về dịch vụ logistics.",
        ),
        (
            "list_item",
            "2. Phối hợp với AFD hoàn tất các thủ tục để khởi công dự án cấp nước trước cuối năm.",
        ),
        (
            "list_item",
            "3. Chuẩn bị đón Tổng Lãnh sự Vương quốc Campuchia tại Thành phố Hồ Chí Minh đến thăm tỉnh nhân dịp Lễ hội Ok Om Bok.",
        ),
    ],
}

XQC_STATEVISIT = {
    "id": "xqc",
    "shape": "news",
    "date": "2025-04-01",
    "stamp": "Thứ Ba, 01/04/2025 - 11:30",
    "blocks": [
        ("title", "Lễ đón cấp Nhà nước Nhà Vua và Hoàng hậu Bỉ"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng nay (1/4), tại Phủ Chủ tịch, Chủ tịch nước Lương Cường và Phu nhân đã chủ trì lễ đón cấp Nhà nước Nhà Vua Philippe và Hoàng hậu Mathilde của Vương quốc Bỉ thăm Việt Nam từ ngày 31/3 đến ngày 4/4.",
        ),
        (
            "paragraph",
            "Nhà Vua và Hoàng hậu đến sân bay quốc tế Nội Bài rạng sáng hôm qua. Tháp tùng Nhà Vua có Phó Thủ tướng, Bộ trưởng Ngoại giao Maxime Prévot và lãnh đạo các vùng của Bỉ.",
        ),
        ("heading", "Chuyến thăm cấp Nhà nước đầu tiên", 1),
        (
            "paragraph",
            "Đây là chuyến thăm cấp Nhà nước đầu tiên của Nhà Vua Bỉ tới Việt Nam kể từ khi hai nước thiết lập quan hệ ngoại giao ngày 22/3/1973. Trước đó, Nhà Vua Philippe đã ba lần đến nước ta khi còn là Thái tử, vào các năm 1993, 2003 và 2012.",
        ),
        (
            "paragraph",
            "Ngay sau lễ đón, Chủ tịch nước Lương Cường và Nhà Vua Philippe đã hội đàm. Hai nhà lãnh đạo nhất trí làm sâu sắc hơn quan hệ Đối tác chiến lược về nông nghiệp được thiết lập năm 2018, đồng thời mở rộng hợp tác sang giáo dục – đào tạo, khoa học – công nghệ và văn hóa. Trong ngày, Nhà Vua sẽ hội kiến các lãnh đạo của Đảng và Nhà nước ta.",
        ),
        ("heading", "Đối tác quan trọng của Việt Nam tại EU", 1),
        (
            "paragraph",
            "Bỉ hiện là một trong những đối tác thương mại hàng đầu của Việt Nam trong Liên minh châu Âu; Hiệp định EVFTA có hiệu lực từ tháng 8/2020 đã tạo xung lực mới cho thương mại hai chiều. Bỉ cũng là nhà tài trợ ODA cho Việt Nam từ năm 1977 và hiện tiếp tục hỗ trợ nước ta qua các chương trình hợp tác đại học.",
        ),
    ],
}

XQD_PLAN = {
    "id": "xqd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BNNMT':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai quan hệ Đối tác chiến lược về nông nghiệp",
        "Việt Nam – Vương quốc Bỉ năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Triển khai quan hệ Đối tác chiến lược về nông nghiệp Việt Nam – Vương quốc Bỉ năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện kết quả chuyến thăm cấp Nhà nước tới Việt Nam của Nhà Vua Philippe và Hoàng hậu Mathilde từ ngày 31/3 đến ngày 4/4/2025, nhằm cụ thể hóa quan hệ Đối tác chiến lược về nông nghiệp được hai nước thiết lập năm 2018, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã phối hợp với Đại sứ quán Bỉ tổ chức Diễn đàn nông nghiệp Việt Nam – Bỉ tại Hà Nội; các trường đại học của Bỉ tiếp tục cấp học bổng thạc sĩ cho cán bộ của ngành về quản lý tài nguyên nước. Tuy vậy, Bản ghi nhớ hợp tác về nông nghiệp công nghệ cao với Chính phủ vùng Flanders vẫn chưa được ký kết.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 5/2026, cử đoàn công tác do Thứ trưởng dẫn đầu sang Brúc-xen làm việc với Cơ quan Liên bang về An toàn chuỗi thực phẩm về kiểm soát nông sản Việt Nam nhập khẩu qua cảng An-tvéc-pen.",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán Bản ghi nhớ nói trên để ký vào dịp Phiên họp lần thứ hai của Nhóm công tác chung về nông nghiệp, dự kiến tổ chức tại Hà Nội trong tháng 10.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Bỉ, thông qua Cơ quan Phát triển Bỉ (Enabel), hỗ trợ đào tạo về nông nghiệp thích ứng với biến đổi khí hậu cho các tỉnh đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "4. Không tổ chức Tuần hàng nông sản Việt Nam tại Brúc-xen trong năm 2026; hoạt động quảng bá do Thương vụ Việt Nam tại Bỉ đảm nhận.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì theo dõi, tổng hợp kết quả thực hiện, báo cáo Bộ trưởng.",
        ),
    ],
}

XQE_BENELUX = {
    "id": "xqe",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Benelux"),
        (
            "paragraph",
            "Liên minh Benelux là tổ chức hợp tác liên chính phủ của ba nước Bỉ, Hà Lan và Lúc-xăm-bua; tên gọi được ghép từ những chữ cái đầu tên ba nước. Ban Tổng thư ký của tổ chức đặt tại Brúc-xen.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Ngày 5/9/1944, khi còn lưu vong ở Luân Đôn, chính phủ ba nước ký Công ước hải quan, lập ra Liên minh thuế quan Benelux; công ước có hiệu lực từ ngày 1/1/1948. Hiệp ước thành lập Liên minh kinh tế Benelux được ký tại La Hay ngày 3/2/1958 và có hiệu lực ngày 1/11/1960. Ngày 17/6/2008, ba nước ký hiệp ước mới, đổi tên tổ chức thành Liên minh Benelux.",
        ),
        ("heading", "Vai trò trong hội nhập châu Âu", 1),
        (
            "paragraph",
            "Cùng với Pháp, Tây Đức và I-ta-li-a, ba nước Benelux là thành viên sáng lập Cộng đồng Than và Thép châu Âu năm 1951 và Cộng đồng Kinh tế châu Âu năm 1957. Ngày 14/6/1985, tại thị trấn Schengen của Lúc-xăm-bua, ba nước cùng Pháp và Tây Đức ký hiệp định về việc dỡ bỏ dần kiểm soát ở biên giới chung.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam thiết lập quan hệ ngoại giao với cả ba nước Benelux trong năm 1973: với Bỉ ngày 22/3, với Hà Lan ngày 9/4 và với Lúc-xăm-bua ngày 15/11. Ta chưa có cơ chế đối thoại riêng với Liên minh Benelux, song quan hệ với từng nước đều được thúc đẩy mạnh mẽ sau khi Hiệp định EVFTA có hiệu lực.",
        ),
    ],
}

DOCS = [XQA_BELGIUM, XQB_TRAVINH, XQC_STATEVISIT, XQD_PLAN, XQE_BENELUX]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (also the first), front
    matter by heldout_kit.front_matter_lines (title at 48 columns, labels at 76), body at 76 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) the page number "- N -"
    centred, a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'- {n} -':^76}".rstrip()

    out, last = paged_body(doc, 48, 76, 76, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the deputy director's signature at the end."""
    return word_text(doc, 70, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta name="pubdate">, a header with a nav list, <main><article>, <h1>, a
    <time> line, the lead (with its dateline) in <h2 class="sapo">, <h3> subheads, <p> paragraphs, a tag
    list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} - Thời sự</title>\n"
        f'<meta name="pubdate" content="{doc["date"]}T11:30:00+07:00">\n'
        "</head>\n<body>\n"
        '<header><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>'
        "</ul></header>\n"
        f'<main><article>\n<h1 class="title">{title}</h1>\n<time>{doc["stamp"]}</time>\n'
        f'<h2 class="sapo">{lead}</h2>\n' + "\n".join(body) + "\n"
        '<ul class="tags"><li>Vương quốc Bỉ</li><li>thăm cấp Nhà nước</li></ul>\n'
        "</article></main>\n<footer>Bản quyền thuộc Thông tấn xã Việt Nam.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" at the left and the signature at the right."""
    tail = [
        f"{'Nơi nhận:':<46}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<46}THỨ TRƯỞNG",
        f"{'- Đại sứ quán Việt Nam tại Bỉ;':<49}(đã ký)",
        "- Lưu: VT, HTQT.",
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
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="xq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
