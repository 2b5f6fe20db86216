"""Build the hundred-and-thirteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout113/build_heldout113.py [--check]

Five short documents on Montenegro and the Western Balkans, on topics the earlier sets do not use
(Montenegro from the State Union with Serbia to NATO and the EU accession talks, and its relations with
Vietnam; a university's international cooperation report on 2024 with partners in Montenegro and
Serbia; Montenegro joins NATO, Washington, 5/6/2017; a (fictitious) VCCI plan for trade promotion in
Montenegro and the Western Balkans in 2026; an encyclopedia entry on the Stability Pact for South
Eastern Europe and the Regional Cooperation Council). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the report's and the plan's local
items and all quoted words are invented. Events, citations and questions gold are written by hand;
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
    headed_journal,
    news_page,
    plan_text,
    word_text,
)

TYA_MONTENEGRO = {
    "id": "tya",
    "shape": "journal",
    "header": "NGHIÊN CỨU QUỐC TẾ VÀ KHU VỰC – Số 4 (2024)",
    "first_page": 118,
    "break_after": 11,
    "blocks": [
        ("title", "MONTENEGRO – QUỐC GIA TRẺ NHẤT VÙNG BALKAN TRÊN CON ĐƯỜNG HỘI NHẬP"),
        ("author", "Trịnh Thị Hồng Nhung"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích quá trình Montenegro tách khỏi Liên bang Xéc-bi-a và Montenegro, hội nhập NATO"
            " và EU, qua đó nêu một số nhận xét về quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Montenegro; Tây Balkan; NATO; Liên minh châu Âu; trưng cầu dân ý", "vi"),
        ("heading", "1. Từ liên bang đến độc lập", 1),
        (
            "paragraph",
            "Sau khi Nam Tư tan rã, Montenegro cùng Xéc-bi-a lập nên Cộng hòa Liên bang Nam Tư năm 1992. Hiệp"
            " định Belgrade ký ngày 14/3/2002, với sự trung gian của Đại diện cấp cao về chính sách đối ngoại và"
            " an ninh chung của EU Javier Solana, đã biến liên bang này thành Liên bang Xéc-bi-a và Montenegro,"
            " kèm điều khoản cho phép mỗi bên trưng cầu dân ý về độc lập sau ba năm. Trong cuộc trưng cầu ngày"
            " 21/5/2006, 55,5% cử tri ủng hộ độc lập, vượt ngưỡng 55% do EU đề ra (Hoàng Văn Nam, 2015, tr. 63)."
            " Quốc hội Montenegro tuyên bố độc lập ngày 3/6/2006, và đến ngày 28/6/2006, nước này trở thành"
            " thành viên thứ 192 của Liên hợp quốc.",
        ),
        ("heading", "2. Hội nhập NATO và EU", 1),
        (
            "paragraph",
            "Montenegro nộp đơn xin gia nhập EU tháng 12/2008, được công nhận là nước ứng cử viên tháng 12/2010 và"
            " bắt đầu đàm phán gia nhập từ ngày 29/6/2012. Trên hướng an ninh, nước này chính thức trở thành"
            " thành viên NATO ngày 5/6/2017, bất chấp sự phản đối gay gắt của Nga. Theo một nhà ngoại giao, với"
            " Podgorica, NATO là “tấm vé bảo đảm an ninh mà một quốc gia hơn 600.000 dân không thể tự mua” (Vũ"
            " Thanh Tùng, 2018, tr. 27). Từ năm 2022, Montenegro cũng tham gia các biện pháp trừng phạt của EU đối"
            " với Nga.",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam đã công nhận Montenegro và hai nước thiết lập quan hệ ngoại giao không lâu sau khi nước này"
            " độc lập. Quan hệ chính trị tốt đẹp, song hợp tác kinh tế còn khiêm tốn, chưa tương xứng với tiềm"
            " năng, nhất là trong du lịch biển và dịch vụ cảng (Đỗ Thị Bích Ngọc, 2022). Vì Montenegro chưa là"
            " thành viên EU, hàng hóa Việt Nam xuất sang nước này chưa được hưởng ưu đãi của Hiệp định EVFTA."
            " Thời gian tới, hai bên nên sớm ký bản ghi nhớ hợp tác du lịch và khuyến khích các thành phố cảng như"
            " Hải Phòng và Bar tìm kiếm cơ hội hợp tác.",
        ),
    ],
}

TYB_UNIVERSITY = {
    "id": "tyb",
    "shape": "word",
    "head": [
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "TRƯỜNG ĐẠI HỌC VĂN HÓA HÀ NỘI",
        "Số: 295/BC-ĐHVHHN",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 3, Nhà trường đón đoàn Khoa Du lịch và Khách sạn thuộc Đại học Montenegro (Kotor) sang thăm"
            " và làm việc; hai bên đã ký Thỏa thuận hợp tác về trao đổi giảng viên, sinh viên giai đoạn 2024 –"
            " 2028.",
        ),
        (
            "list_item",
            "2. Thông qua chương trình Erasmus+ của Liên minh châu Âu, 5 sinh viên ngành Quản trị dịch vụ du lịch"
            " và lữ hành đã học tập một học kỳ tại Kotor; 2 giảng viên tham dự khóa tập huấn về quản lý di sản"
            " tại Belgrade (Xéc-bi-a).",
        ),
        (
            "list_item",
            "3. Tiếp nhận 15 lưu học sinh Lào theo diện học bổng Hiệp định giữa hai Chính phủ.",
        ),
        (
            "list_item",
            "4. Dự án số hóa tư liệu di sản văn hóa phi vật thể do Quỹ Giao lưu quốc tế Nhật Bản tài trợ 45.000"
            " USD đã hoàn thành giai đoạn một.",
        ),
        (
            "list_item",
            "5. Đề án liên kết đào tạo thạc sĩ Quản lý văn hóa với Trường Đại học Belgrade chưa được triển khai do"
            " phía đối tác chưa hoàn thiện hồ sơ kiểm định.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5, cử đoàn lãnh đạo Nhà trường sang Podgorica và Kotor dự hội thảo quốc tế về du lịch bền"
            " vững vùng ven biển Adriatic.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại học Montenegro tổ chức Tuần văn hóa Việt Nam tại Kotor vào tháng 10.",
        ),
        (
            "list_item",
            "3. Tiếp tục xây dựng hồ sơ tham gia dự án Erasmus+ về nâng cao năng lực giáo dục đại học cùng các"
            " đối tác Xéc-bi-a, Montenegro và Bồ Đào Nha.",
        ),
    ],
}

TYC_NATO = {
    "id": "tyc",
    "shape": "news",
    "date": "2017-06-06",
    "stamp": "Thứ Ba, 06/06/2017 - 07:45",
    "blocks": [
        ("title", "Montenegro chính thức trở thành thành viên thứ 29 của NATO"),
        (
            "paragraph",
            "Oa-sinh-tơn (TTXVN) – Ngày 5/6 (giờ địa phương), tại trụ sở Bộ Ngoại giao Mỹ, Thủ tướng Montenegro"
            " Duško Marković đã trao văn kiện gia nhập Hiệp ước Bắc Đại Tây Dương, qua đó đưa nước này chính thức"
            " trở thành thành viên thứ 29 của Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO).",
        ),
        ("heading", "Lần mở rộng đầu tiên sau tám năm", 1),
        (
            "paragraph",
            "Đây là lần mở rộng đầu tiên của liên minh kể từ khi An-ba-ni và Crô-a-ti-a gia nhập năm 2009."
            " Montenegro được NATO mời gia nhập vào tháng 12/2015; Nghị định thư gia nhập được ký tại Brúc-xen"
            " tháng 5/2016. Quốc hội Montenegro đã phê chuẩn việc gia nhập hôm 28/4 vừa qua với 46/81 phiếu thuận,"
            " còn Thượng viện Mỹ thông qua nghị định thư hồi cuối tháng 3 với 97 phiếu thuận, 2 phiếu chống.",
        ),
        (
            "paragraph",
            "Tổng Thư ký NATO Jens Stoltenberg hoan nghênh sự kiện này và cho biết lễ thượng cờ Montenegro sẽ diễn"
            " ra tại trụ sở liên minh ở Brúc-xen ngày 7/6. Với khoảng 2.000 quân nhân, Montenegro là một trong"
            " những thành viên có quân đội nhỏ nhất của NATO; dù vậy, nước này đã cử binh sĩ tham gia Phái bộ Hỗ"
            " trợ kiên quyết do NATO dẫn đầu tại Áp-ga-ni-xtan.",
        ),
        ("heading", "Nga phản ứng", 1),
        (
            "paragraph",
            "Phía Nga đã nhiều lần lên án việc Montenegro gia nhập NATO và tuyên bố bảo lưu quyền có biện pháp"
            " đáp trả. Mát-xcơ-va coi việc liên minh tiếp tục mở rộng ở vùng Balkan là mối đe dọa đối với an"
            " ninh khu vực.",
        ),
    ],
}

TYD_PLAN = {
    "id": "tyd",
    "shape": "plan",
    "head": [
        f"{'LIÊN ĐOÀN THƯƠNG MẠI VÀ CÔNG NGHIỆP':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VIỆT NAM':<42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 56/KH-VCCI':<42}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại và đầu tư tại Montenegro",
        "và các nước Tây Balkan năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến thương mại và đầu tư tại Montenegro và các nước Tây Balkan năm 2026",
        ),
        (
            "paragraph",
            "Nhằm hỗ trợ doanh nghiệp tiếp cận các thị trường mới ở Đông Nam Âu, Liên đoàn Thương mại và Công"
            " nghiệp Việt Nam (VCCI) xây dựng Kế hoạch xúc tiến thương mại và đầu tư năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Montenegro là thành viên WTO từ năm 2012, thành viên NATO từ năm 2017 và đang đàm phán gia nhập EU;"
            " nước này sử dụng đồng euro. Cảng Bar có thể trở thành điểm trung chuyển hàng hóa Việt Nam vào vùng"
            " Tây Balkan. Tháng 10 năm ngoái, VCCI đã đón đoàn Phòng Kinh tế Montenegro sang Hà Nội; hai bên nhất"
            " trí thành lập Hội đồng doanh nghiệp Việt Nam – Montenegro, song đến nay Hội đồng chưa đi vào hoạt"
            " động.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4, tổ chức đoàn doanh nghiệp thủy sản, cà phê, hạt điều và dệt may sang Podgorica và cảng"
            " Bar, kết hợp tổ chức Diễn đàn doanh nghiệp Việt Nam – Montenegro.",
        ),
        (
            "list_item",
            "2. Nhân dịp Diễn đàn, ký Bản ghi nhớ hợp tác giữa VCCI và Phòng Kinh tế Montenegro, chính thức khởi"
            " động Hội đồng doanh nghiệp hai nước.",
        ),
        (
            "list_item",
            "3. Trên đường về, đoàn làm việc với Phòng Thương mại và Công nghiệp Xéc-bi-a tại Belgrade về khả năng"
            " tổ chức hội chợ hàng Việt Nam tại đây.",
        ),
        (
            "list_item",
            "4. Mời doanh nghiệp Montenegro, Xéc-bi-a và An-ba-ni tham dự Hội chợ Thương mại quốc tế Việt Nam"
            " (Vietnam Expo) tại Hà Nội.",
        ),
        (
            "list_item",
            "5. Không tổ chức gian hàng quốc gia tại Hội chợ nông nghiệp quốc tế Novi Sad (Xéc-bi-a) trong năm"
            " nay do kinh phí hạn chế.",
        ),
        (
            "paragraph",
            "Ban Quan hệ quốc tế là đầu mối, phối hợp với các hiệp hội ngành hàng và cơ quan đại diện Việt Nam tại"
            " địa bàn triển khai Kế hoạch này.",
        ),
    ],
}

TYE_STABILITY = {
    "id": "tye",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Ổn định cho Đông Nam Âu"),
        (
            "paragraph",
            "Hiệp ước Ổn định cho Đông Nam Âu là khuôn khổ hợp tác quốc tế được thông qua tại hội nghị bộ trưởng"
            " ngoại giao ở Köln (Đức) ngày 10/6/1999 theo sáng kiến của Liên minh châu Âu, nhằm củng cố hòa bình,"
            " dân chủ và phát triển kinh tế ở vùng Balkan sau các cuộc chiến tranh trên lãnh thổ Nam Tư cũ. Cùng"
            " ngày, chiến dịch không kích Nam Tư kéo dài 78 ngày của NATO kết thúc và Hội đồng Bảo an Liên hợp"
            " quốc thông qua Nghị quyết 1244 về Kosovo.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Hơn 40 quốc gia và tổ chức tham gia Hiệp ước, gồm các nước trong khu vực, các thành viên EU, các nước"
            " G8, Liên hợp quốc, OSCE và các định chế tài chính quốc tế. Hội nghị thượng đỉnh tại Xa-ra-ê-vô ngày"
            " 30/7/1999 khẳng định cam kết chính trị của các bên. Hiệp ước do một Điều phối viên đặc biệt điều"
            " hành, lần lượt là Bodo Hombach (Đức) và Erhard Busek (Áo).",
        ),
        ("heading", "Hội đồng Hợp tác khu vực", 1),
        (
            "paragraph",
            "Ngày 27/2/2008, tại Xô-phi-a (Bun-ga-ri), Hiệp ước được thay thế bằng Hội đồng Hợp tác khu vực"
            " (RCC), cơ chế do chính các nước trong vùng làm chủ, gắn với Tiến trình hợp tác Đông Nam Âu (SEECP)"
            " mà Bun-ga-ri khởi xướng năm 1996. Ban Thư ký RCC đặt tại Xa-ra-ê-vô. Montenegro và Moldova đều là"
            " thành viên của RCC.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không tham gia Hiệp ước cũng như RCC. Năm 1999, Việt Nam lên tiếng phản đối việc NATO dùng"
            " vũ lực đối với Nam Tư.",
        ),
    ],
}

DOCS = [TYA_MONTENEGRO, TYB_UNIVERSITY, TYC_NATO, TYD_PLAN, TYE_STABILITY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 52 columns, labels and body at 76)."""
    return headed_journal(doc, title=52, label=76, body=76)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: one paragraph a line, every line followed by an empty line
    (issuer, number, place-date, title, sections, items); the signature at the end."""
    return word_text(doc, None, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "07:45",
        [("/the-gioi", "Thế giới"), ("/quan-su", "Quân sự")],
        [("/tag/montenegro", "Montenegro"), ("/tag/nato", "NATO")],
    )


def render_plan(doc: dict) -> str:
    """A chamber of commerce's plan: the two-column issuer/motto block, the centred three-line title, body
    at 78 columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Công Thương (để phối hợp);",
            "- Các hiệp hội ngành hàng;",
            "- Lưu: VT, Ban QHQT.",
        ],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
    )


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
        prefix="ty",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
