"""Build the fifty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout59/build_heldout59.py [--check]

Five short documents written after the rules were tuned on the earlier sets, on topics those sets do not
use (Vietnam – Cyprus from independence to the EVFTA, Tuyên Quang's external affairs in 2024, Cyprus taking
the EU Council presidency on 1/1/2026, a Ministry of Industry and Trade plan for trade promotion in Cyprus,
Malta and Greece in 2026, an encyclopedia entry on UNFICYP). Nothing in src/ was read or changed for them.
Facts are well-established; authors, journal, page numbers, document numbers, the provincial report's
local items and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
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

ZUA_CYPRUS = {
    "id": "zua",
    "shape": "journal",
    "header": "Nghiên cứu châu Âu – Địa Trung Hải | Số 4 (2025)",
    "first_page": 61,
    "break_after": 11,
    "blocks": [
        ("title", "VIỆT NAM – SÍP: NỬA THẾ KỶ QUAN HỆ VÀ TRIỂN VỌNG TỪ EVFTA"),
        ("author", "Phan Thị Thu Hà"),
        ("affiliation", "Học viện Ngoại giao"),
        ("abstract", "Bài viết điểm lại quan hệ giữa hai nước.", "vi"),
        ("keywords", "Síp; EU; EVFTA", "vi"),
        ("heading", "1. Hòn đảo ở giao điểm ba châu lục", 1),
        (
            "paragraph",
            "Giành độc lập từ Anh ngày 16/8/1960, Cộng hòa Síp được kết nạp vào Liên hợp quốc chỉ hơn một tháng sau đó, ngày 20/9/1960, và năm sau trở thành thành viên Khối Thịnh vượng chung (Vũ Đức Long, 2017, tr. 33). Cũng trong năm 1961, Tổng thống Makarios III có mặt tại Bê-ô-grát với tư cách một trong những nhà sáng lập Phong trào Không liên kết.",
        ),
        (
            "paragraph",
            "Tháng 7/1974, sau cuộc đảo chính do chính quyền quân sự Hy Lạp hậu thuẫn, Thổ Nhĩ Kỳ đưa quân đổ bộ lên miền Bắc hòn đảo; từ đó đất nước bị chia cắt bởi một vùng đệm mà lực lượng gìn giữ hòa bình Liên hợp quốc (UNFICYP) giám sát.",
        ),
        ("heading", "2. Từ thiết lập quan hệ đến hội nhập châu Âu", 1),
        (
            "paragraph",
            "Việt Nam và Síp thiết lập quan hệ ngoại giao năm 1975. Từng bị chia cắt, hai bên luôn ủng hộ lẫn nhau tại Liên hợp quốc, nhất là trong việc đề cao Công ước Luật Biển năm 1982 (Lý Minh Khôi, 2021). Sau khi Hiệp ước gia nhập được ký tại A-ten ngày 16/4/2003, Síp trở thành thành viên Liên minh châu Âu (EU) ngày 1/5/2004, dù kế hoạch tái thống nhất của Tổng Thư ký Kofi Annan đã bị cộng đồng người Síp gốc Hy Lạp bác bỏ trong cuộc trưng cầu ý dân một tuần trước đó.",
        ),
        (
            "paragraph",
            "Ngày 1/1/2008, nước này cùng Man-ta chuyển sang dùng đồng euro, song đến nay vẫn chưa gia nhập khu vực Schengen. Hiệp định Thương mại tự do Việt Nam – EU (EVFTA), được ký tại Hà Nội ngày 30/6/2019, mở ra cơ hội mới cho quan hệ kinh tế song phương; như một quan chức Síp nhận xét, “Li-ma-xôn có thể trở thành cửa ngõ của hàng Việt vào phía đông Địa Trung Hải” (Trần Hoàng Yến, 2024, tr. 118). Vì vậy, hai bên cần sớm khởi động hợp tác trong lĩnh vực vận tải biển, nơi phía bạn có thế mạnh.",
        ),
    ],
}

ZUB_TUYENQUANG = {
    "id": "zub",
    "shape": "word",
    "head": [
        "UBND TỈNH TUYÊN QUANG",
        "SỞ NGOẠI VỤ",
        "Số: 409/BC-SNgV",
        "Tuyên Quang, ngày 17 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Quan hệ hợp tác toàn diện giữa tỉnh và tỉnh Luông Pha-bang (Lào) tiếp tục được duy trì. Nhân dịp kỷ niệm 79 năm Cách mạng Tháng Tám, đoàn đại biểu Luông Pha-bang do Phó Bí thư Tỉnh ủy dẫn đầu đã sang thăm Khu di tích quốc gia đặc biệt Tân Trào vào tháng 8/2024.",
        ),
        (
            "list_item",
            "2. Từ ngày 14 đến ngày 18/10/2024, Chủ tịch UBND tỉnh dẫn đầu đoàn công tác sang làm việc tại Hàn Quốc, chứng kiến việc ký Biên bản ghi nhớ về tiếp nhận lao động thời vụ giữa tỉnh và huyện Goesan.",
        ),
        (
            "list_item",
            "3. Công trình cấp nước sạch cho ba xã vùng cao huyện Lâm Bình, do Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ khoảng 2,3 triệu USD, đã được bàn giao, đưa vào sử dụng từ tháng trước.",
        ),
        (
            "list_item",
            "4. Đại sứ Niu Di-lân tại Việt Nam đến thăm và làm việc với tỉnh hồi tháng 9, bày tỏ mong muốn hỗ trợ nông dân trồng chè ứng dụng công nghệ cao.",
        ),
        (
            "list_item",
            "5. Hội chợ Thương mại quốc tế Tân Trào, dự kiến tổ chức trong tháng 11, không diễn ra; thỏa thuận kết nghĩa với tỉnh Chungcheong Bắc vẫn chưa được ký kết do phía bạn thay đổi nhân sự lãnh đạo.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5 năm sau, tổ chức đoàn cấp cao của tỉnh sang thăm tỉnh Luông Pha-bang; nhân dịp này, hai bên sẽ ký kết Kế hoạch hợp tác giai đoạn 2025 – 2030.",
        ),
        (
            "list_item",
            "2. Phối hợp với JICA khảo sát, chuẩn bị giai đoạn 2 của công trình cấp nước tại huyện Na Hang.",
        ),
        (
            "list_item",
            "3. Đăng cai Diễn đàn xúc tiến đầu tư vào tỉnh cho các doanh nghiệp Hàn Quốc và Nhật Bản trong tháng 10/2025.",
        ),
    ],
}

ZUC_PRESIDENCY = {
    "id": "zuc",
    "shape": "news",
    "date": "2026-01-02",
    "stamp": "Thứ Sáu, 2/1/2026 - 06:15",
    "blocks": [
        ("title", "Síp tiếp nhận chức Chủ tịch luân phiên Hội đồng EU"),
        (
            "paragraph",
            "Ni-cô-xi-a (TTXVN) – Từ ngày 1/1, Síp chính thức tiếp nhận từ Đan Mạch chức Chủ tịch luân phiên Hội đồng Liên minh châu Âu (EU) trong sáu tháng đầu năm 2026. Đây là lần thứ hai hòn đảo Địa Trung Hải này giữ cương vị nói trên, sau lần đầu cách đây 14 năm, vào nửa cuối năm 2012.",
        ),
        ("heading", "An ninh và khả năng cạnh tranh", 1),
        (
            "paragraph",
            "Trong thông điệp đầu năm, Tổng thống Nikos Christodoulides, người nhậm chức từ tháng 2/2023, cho biết nhiệm kỳ Chủ tịch sẽ ưu tiên an ninh, khả năng cạnh tranh và quan hệ với các nước láng giềng phía nam của EU. Theo ông, Síp “sẽ là chiếc cầu nối giữa châu Âu và Trung Đông”; Ni-cô-xi-a sẽ đăng cai nhiều cuộc họp không chính thức cấp bộ trưởng.",
        ),
        (
            "paragraph",
            "Cũng trong ngày 1/1, Bun-ga-ri chính thức trở thành thành viên thứ 21 của khu vực đồng euro.",
        ),
        ("heading", "Vấn đề Síp chưa có lối ra", 1),
        (
            "paragraph",
            "Tuy vậy, tiến trình thống nhất hòn đảo vẫn bế tắc: các cuộc đàm phán do Liên hợp quốc bảo trợ chưa được nối lại kể từ khi hội nghị Crans-Montana (Thụy Sĩ) kết thúc không có kết quả vào tháng 7/2017. Thổ Nhĩ Kỳ, nước duy nhất công nhận chính quyền ở miền Bắc hòn đảo, đến nay vẫn không công nhận Cộng hòa Síp.",
        ),
        (
            "paragraph",
            "Sau Síp, Ai-len sẽ đảm nhận chức Chủ tịch luân phiên Hội đồng EU từ ngày 1/7 tới.",
        ),
    ],
}

ZUD_PLAN = {
    "id": "zud",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}    Độc lập - Tự do - Hạnh phúc",
        f"{'':40}    ---------------",
        f"{'Số: 112/KH-BCT':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường Síp, Man-ta",
        "và Hy Lạp năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại thị trường Síp, Man-ta và Hy Lạp năm 2026"),
        (
            "paragraph",
            "Nhằm tận dụng Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu (EVFTA), có hiệu lực từ ngày 1/8/2020, Bộ Công Thương xây dựng Kế hoạch xúc tiến thương mại tại ba thị trường Síp, Man-ta và Hy Lạp năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Hy Lạp là thành viên Cộng đồng châu Âu từ ngày 1/1/1981, còn Síp và Man-ta cùng được kết nạp vào EU ngày 1/5/2004. Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA), ký cùng ngày với EVFTA, đến nay vẫn chưa được tất cả các nước thành viên EU phê chuẩn. Trong sáu tháng đầu năm nay, Síp giữ chức Chủ tịch luân phiên Hội đồng EU.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4, tổ chức đoàn doanh nghiệp Việt Nam tham gia Hội chợ quốc tế tại Li-ma-xôn (Síp), kết hợp làm việc với Phòng Thương mại và Công nghiệp Síp.",
        ),
        (
            "list_item",
            "2. Ký Biên bản ghi nhớ với Phòng Thương mại và Công nghiệp Síp về trao đổi thông tin thị trường; đề nghị phía bạn hỗ trợ doanh nghiệp Việt Nam tiếp cận dịch vụ logistics tại cảng Li-ma-xôn.",
        ),
        (
            "list_item",
            "3. Đón đoàn doanh nghiệp Man-ta sang khảo sát thị trường Việt Nam trong tháng 9.",
        ),
        (
            "list_item",
            "4. Chưa tổ chức Tuần hàng Việt Nam tại A-ten trong năm 2026 do hạn chế về kinh phí.",
        ),
        (
            "paragraph",
            "Vụ Thị trường châu Âu – châu Mỹ là đơn vị đầu mối, theo dõi và đôn đốc thực hiện Kế hoạch.",
        ),
    ],
}

ZUE_UNFICYP = {
    "id": "zue",
    "shape": "entry",
    "blocks": [
        ("title", "Lực lượng Gìn giữ hòa bình của Liên hợp quốc tại Síp"),
        (
            "paragraph",
            "Lực lượng Gìn giữ hòa bình của Liên hợp quốc tại Síp (tiếng Anh: United Nations Peacekeeping Force in Cyprus, viết tắt UNFICYP) là phái bộ được Hội đồng Bảo an thành lập theo Nghị quyết 186 ngày 4/3/1964 nhằm ngăn chặn xung đột giữa cộng đồng người Síp gốc Hy Lạp và cộng đồng gốc Thổ Nhĩ Kỳ. Trụ sở của phái bộ đặt tại Ni-cô-xi-a.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Ngày 20/7/1974, khi quân đội Thổ Nhĩ Kỳ đổ bộ lên bờ biển phía bắc, Hội đồng Bảo an thông qua Nghị quyết 353 kêu gọi các bên ngừng bắn. Từ đó, lực lượng này giám sát vùng đệm dài khoảng 180 km chạy ngang hòn đảo. Ca-na-đa, một trong những nước đóng góp quân từ những ngày đầu, đã rút đội quân của mình năm 1993.",
        ),
        (
            "paragraph",
            "Năm 1988, các lực lượng gìn giữ hòa bình Liên hợp quốc, trong đó có UNFICYP, được trao Giải Nobel Hòa bình.",
        ),
        ("heading", "Thành phần", 1),
        (
            "paragraph",
            "Hiện nay, Ác-hen-ti-na, Xlô-va-ki-a và Anh là những nước đóng góp quân chủ yếu cho phái bộ, vốn được Hội đồng Bảo an gia hạn nhiệm vụ định kỳ. Dù vậy, hai cộng đồng trên đảo vẫn chưa đạt được một giải pháp toàn diện.",
        ),
        ("heading", "Liên hệ với Việt Nam", 1),
        (
            "paragraph",
            "Với tư cách Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021, Việt Nam đã bỏ phiếu tán thành các nghị quyết gia hạn nhiệm vụ của UNFICYP. Nước ta bắt đầu cử sĩ quan tham gia gìn giữ hòa bình Liên hợp quốc từ năm 2014 và triển khai Bệnh viện dã chiến cấp 2 đầu tiên tới Nam Xu-đăng năm 2018.",
        ),
    ],
}

DOCS = [ZUA_CYPRUS, ZUB_TUYENQUANG, ZUC_PRESIDENCY, ZUD_PLAN, ZUE_UNFICYP]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer with no header on its first page: front matter by
    heldout_kit.front_matter_lines (title at 50 columns, labels at 74), body at 70 columns, no blank line
    after headings; after ``break_after`` body lines (mid-sentence) the page number flush right at 70
    columns as "Trang N", a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'Trang {n}':>70}"

    out, last = paged_body(
        doc, 50, 74, 70, lambda page: ["", foot(page), "\f" + head, ""], blank_after_heading=False
    )
    pages = range(doc["first_page"], last + 1)
    return "\n".join([*out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 64 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 64, ["GIÁM ĐỐC", "(Đã ký)", "Hoàng Văn Minh"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a breadcrumb nav, <article>, <h1>, a date
    div, the lead (with its dateline) in <div class="sapo">, <h3> subheads, <p> paragraphs, tags, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T06:15:00+07:00">\n'
        f'<meta property="og:title" content="{title}">\n'
        f"<title>{title} | Tin tức quốc tế</title>\n</head>\n<body>\n"
        '<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/quoc-te">Quốc tế</a> › '
        '<a href="/quoc-te/chau-au">Châu Âu</a></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<div class="sapo">{lead}</div>\n' + "\n".join(body) + "\n"
        '<ul class="tags"><li><a href="/tag/sip">Síp</a></li><li><a href="/tag/eu">EU</a></li></ul>\n'
        "</article>\n<footer>© Báo điện tử – Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block with a rule, the centred three-line title, body
    at 76 columns with a blank line between blocks, "Nơi nhận" at the left and the signature at the right."""
    tail = [
        "",
        f"{'Nơi nhận:':<44}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<44}THỨ TRƯỞNG",
        f"{'- Các Vụ, Cục liên quan;':<48}(đã ký)",
        "- Lưu: VT, TTAM.",
    ]
    return official_text(doc, 76, tail, blank_between=True)


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
        prefix="zu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
