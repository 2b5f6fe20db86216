"""Build the ninety-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout98/build_heldout98.py [--check]

Five short documents on the early diplomacy of the Democratic Republic of Vietnam, written after the rules
were tuned on the seeds and the earlier held-out sets, on topics those sets do not use as main topics (the
“hòa để tiến” policy of 1946 from the Preliminary Agreement to the Modus Vivendi, the Vietnam – France
Friendship Association's report on 2025, the 75th anniversary of Vietnam – China relations (18/1/2025), a
(fictitious) Ministry of Culture, Sports and Tourism plan for the 80th anniversary of Hồ Chí Minh's visit
to France in 2026, an encyclopedia entry on the Sino-Soviet Treaty of 1950). Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the association's and
the ministry's items and all quoted words are invented. Events, citations and questions gold are written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

UTA_1946 = {
    "id": "uta",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU LỊCH SỬ NGOẠI GIAO – Số 1 (2026)",
    "first_page": 34,
    "break_after": 12,
    "blocks": [
        ("title", "“HÒA ĐỂ TIẾN”: NGOẠI GIAO VIỆT NAM DÂN CHỦ CỘNG HÒA NĂM 1946"),
        ("author", "Nguyễn Thị Thanh Bình"),
        ("affiliation", "Khoa Lịch sử, Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích sách lược hòa hoãn với Pháp của Chính phủ Việt Nam Dân chủ Cộng hòa, từ Hiệp định Sơ bộ đến Tạm ước năm 1946.",
            "vi",
        ),
        ("keywords", "Hiệp định Sơ bộ; Tạm ước 14/9; Hội nghị Phông-ten-nơ-blô; Hồ Chí Minh", "vi"),
        ("heading", "1. Bối cảnh “ngàn cân treo sợi tóc”", 1),
        (
            "paragraph",
            "Ngay sau Cách mạng Tháng Tám, nước Việt Nam Dân chủ Cộng hòa phải đối phó cùng lúc với nhiều kẻ thù. Ở miền Bắc, gần 20 vạn quân Tưởng kéo vào với danh nghĩa giải giáp quân Nhật; ở miền Nam, được quân Anh giúp sức, thực dân Pháp nổ súng đánh chiếm Sài Gòn ngày 23/9/1945 (Trần Văn Hải, 2015, tr. 42). Ngày 28/2/1946, Chính phủ Trung Hoa Dân quốc và Pháp ký Hiệp ước Trùng Khánh, theo đó quân Tưởng rút về nước để quân Pháp ra miền Bắc thay thế.",
        ),
        ("heading", "2. Hiệp định Sơ bộ và Hội nghị Phông-ten-nơ-blô", 1),
        (
            "paragraph",
            "Chiều 6/3/1946, tại Hà Nội, Chủ tịch Hồ Chí Minh cùng Vũ Hồng Khanh ký với đại diện Chính phủ Pháp J. Sainteny bản Hiệp định Sơ bộ. Pháp công nhận Việt Nam là một quốc gia tự do, có chính phủ, nghị viện, quân đội và tài chính riêng; ta đồng ý để 15.000 quân Pháp ra miền Bắc thay quân Tưởng, số quân này sẽ rút dần trong 5 năm. Cuộc đàm phán tiếp theo tại Hội nghị trù bị Đà Lạt (tháng 4 – 5/1946) không đạt kết quả. Ngày 31/5/1946, Chủ tịch Hồ Chí Minh lên đường thăm nước Pháp theo lời mời của Chính phủ Pháp, còn phái đoàn Chính phủ ta do Phạm Văn Đồng dẫn đầu dự Hội nghị Phông-ten-nơ-blô, khai mạc ngày 6/7/1946.",
        ),
        ("heading", "3. Tạm ước 14/9 và ý nghĩa của sách lược hòa hoãn", 1),
        (
            "paragraph",
            "Hội nghị kéo dài hơn hai tháng nhưng bế tắc vì phía Pháp không chấp nhận bàn về vấn đề thống nhất ba kỳ. Ngày 14/9/1946, tại Pa-ri, Chủ tịch Hồ Chí Minh ký với Bộ trưởng Bộ Pháp quốc hải ngoại M. Moutet bản Tạm ước, nhân nhượng cho Pháp một số quyền lợi kinh tế, văn hóa. Đó là “một sự nhân nhượng có nguyên tắc để có thêm thời gian chuẩn bị lực lượng” (Lê Minh Quân, 2019, tr. 118). Chỉ hơn hai tháng sau, quân Pháp đánh chiếm Hải Phòng, Lạng Sơn; đêm 19/12/1946, cuộc kháng chiến toàn quốc bùng nổ. Dù vậy, sách lược “hòa để tiến” đã giúp ta có thêm thời gian quý báu để chuẩn bị (Đặng Thu Hương, 2022).",
        ),
    ],
}

UTB_HUUNGHI = {
    "id": "utb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "HỘI HỮU NGHỊ VIỆT NAM – PHÁP",
        "Số: 21/BC-HHNVP",
        "Hà Nội, ngày 19 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hoạt động đối ngoại nhân dân năm 2025 và phương hướng năm 2026"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hoạt động đối ngoại nhân dân năm 2025 và phương hướng năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Nhân chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Pháp Emmanuel Macron cuối tháng 5, Hội đã phối hợp với Đại sứ quán Pháp tổ chức buổi gặp mặt hội viên, cựu lưu học sinh Việt Nam tại Pháp và doanh nghiệp hai nước.",
        ),
        (
            "list_item",
            "2. Từ ngày 8 đến ngày 14/9, Hội đón đoàn Hội Hữu nghị Pháp – Việt (AAFV) sang thăm và làm việc tại Hà Nội, Nghệ An và Huế; hai bên đã ký Chương trình hợp tác giai đoạn 2026 – 2028.",
        ),
        (
            "list_item",
            "3. Hội vận động các tổ chức phi chính phủ và bạn bè Pháp ủng hộ 85.000 euro cho đồng bào các tỉnh miền Bắc bị thiệt hại do cơn bão số 3 năm ngoái và cho nạn nhân chất độc da cam tại Quảng Trị.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Pháp tại Việt Nam đến thăm và làm việc với Thường trực Hội, đề nghị phối hợp tổ chức các hoạt động kỷ niệm 80 năm chuyến thăm nước Pháp của Chủ tịch Hồ Chí Minh.",
        ),
        (
            "list_item",
            "5. Lớp tiếng Pháp cho hội viên trẻ với sự hỗ trợ của Viện Pháp tại Hà Nội chưa được mở do chưa bố trí được giáo viên.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 6 năm sau, cử đoàn đại biểu của Hội sang Pa-ri và Phông-ten-nơ-blô dự các hoạt động kỷ niệm 80 năm Hội nghị Phông-ten-nơ-blô (1946 – 2026).",
        ),
        (
            "list_item",
            "2. Đón đoàn thanh niên tình nguyện Pháp sang giao lưu và giúp xây dựng trường học tại tỉnh Điện Biên trong dịp hè.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động viện trợ phi chính phủ của Pháp cho nạn nhân chất độc da cam và trẻ em khuyết tật.",
        ),
    ],
}

UTC_CHINA75 = {
    "id": "utc",
    "shape": "news",
    "date": "2025-01-18",
    "stamp": "Thứ Bảy, 18/01/2025 - 10:30",
    "blocks": [
        ("title", "Việt Nam – Trung Quốc kỷ niệm 75 năm thiết lập quan hệ ngoại giao"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Nhân dịp kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao giữa hai nước (18/1/1950 – 18/1/2025), hôm nay, lãnh đạo cấp cao hai Đảng, hai nước Việt Nam và Trung Quốc đã trao đổi điện mừng.",
        ),
        ("heading", "Nước đầu tiên công nhận Việt Nam Dân chủ Cộng hòa", 1),
        (
            "paragraph",
            "Ngày 14/1/1950, Chủ tịch Hồ Chí Minh tuyên bố Chính phủ Việt Nam Dân chủ Cộng hòa sẵn sàng đặt quan hệ ngoại giao với chính phủ nước nào tôn trọng quyền bình đẳng, chủ quyền lãnh thổ và chủ quyền quốc gia của Việt Nam. Bốn ngày sau, Trung Quốc trở thành nước đầu tiên công nhận và đặt quan hệ ngoại giao với nước ta. Ngày 30/1/1950, Liên Xô cũng công nhận Việt Nam Dân chủ Cộng hòa, tiếp đó là các nước dân chủ nhân dân Đông Âu.",
        ),
        ("heading", "Những dấu mốc quan trọng", 1),
        (
            "paragraph",
            "Trong các cuộc kháng chiến chống Pháp và chống Mỹ, nhân dân Việt Nam đã nhận được sự ủng hộ, giúp đỡ to lớn của Đảng, Chính phủ và nhân dân Trung Quốc. Trải qua những bước thăng trầm, hai nước bình thường hóa quan hệ vào tháng 11/1991. Năm 2008, hai bên xác lập quan hệ Đối tác hợp tác chiến lược toàn diện; tháng 12/2023, hai bên nhất trí xây dựng Cộng đồng chia sẻ tương lai Việt Nam – Trung Quốc có ý nghĩa chiến lược.",
        ),
        (
            "paragraph",
            "Trung Quốc nhiều năm liền là đối tác thương mại lớn nhất của Việt Nam. Hai bên đã thống nhất lấy năm 2025 làm “Năm Giao lưu nhân văn Việt – Trung”, với nhiều hoạt động giao lưu nhân dân, văn hóa, du lịch và giáo dục dự kiến được tổ chức ở cả hai nước.",
        ),
    ],
}

UTD_PLAN = {
    "id": "utd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 118/KH-BVHTTDL':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tổ chức các hoạt động kỷ niệm 80 năm chuyến thăm",
        "nước Pháp của Chủ tịch Hồ Chí Minh (1946 – 2026)",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tổ chức các hoạt động kỷ niệm 80 năm chuyến thăm nước Pháp của Chủ tịch Hồ Chí Minh (1946 – 2026)",
        ),
        (
            "paragraph",
            "Nhằm ôn lại ý nghĩa lịch sử chuyến thăm nước Pháp của Chủ tịch Hồ Chí Minh năm 1946 và góp phần làm sâu sắc thêm quan hệ Đối tác chiến lược toàn diện Việt Nam – Pháp, được thiết lập tháng 10/2024, Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Trong chuyến đi kéo dài hơn bốn tháng, Chủ tịch Hồ Chí Minh đã gặp gỡ nhiều chính khách, trí thức, bạn bè Pháp và kiều bào ta, đồng thời ký với Chính phủ Pháp bản Tạm ước ngày 14/9/1946. Năm ngoái, Bộ đã phối hợp với phía Pháp tổ chức triển lãm ảnh về Người tại Pa-ri, song chưa ký được văn bản hợp tác nào với các cơ quan lưu trữ của Pháp.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, phối hợp với Đại sứ quán Pháp tại Hà Nội tổ chức triển lãm “Hồ Chí Minh – hành trình năm 1946” tại Bảo tàng Hồ Chí Minh.",
        ),
        (
            "list_item",
            "2. Cử đoàn gồm lãnh đạo Bộ và các nhà sử học sang Pháp dự hội thảo khoa học tại Pa-ri vào tháng 9; nhân dịp này, ký Bản ghi nhớ hợp tác về tư liệu lưu trữ với phía Pháp.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Pháp hỗ trợ sao chụp, số hóa tài liệu về Hội nghị Phông-ten-nơ-blô và chuyến thăm năm 1946.",
        ),
        (
            "list_item",
            "4. Mời đại diện Hội Hữu nghị Pháp – Việt sang dự lễ kỷ niệm tại Hà Nội vào tháng 10.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

UTE_TREATY = {
    "id": "ute",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Hữu nghị, Đồng minh và Tương trợ Trung – Xô"),
        (
            "paragraph",
            "Hiệp ước Hữu nghị, Đồng minh và Tương trợ Trung – Xô là hiệp ước liên minh giữa Liên Xô và Cộng hòa Nhân dân Trung Hoa, được Bộ trưởng Ngoại giao hai nước là Chu Ân Lai và A. Vư-sin-xki ký tại Mát-xcơ-va ngày 14/2/1950, với sự có mặt của I. Xta-lin và Mao Trạch Đông. Hiệp ước có thời hạn 30 năm; hai bên cam kết giúp đỡ nhau nếu một bên bị Nhật Bản hoặc đồng minh của Nhật Bản tấn công.",
        ),
        ("heading", "Các hiệp định kèm theo", 1),
        (
            "paragraph",
            "Cùng ngày, hai bên ký các hiệp định về Đường sắt Trung Trường, về cảng Lữ Thuận và Đại Liên, và về khoản tín dụng 300 triệu USD mà Liên Xô cho Trung Quốc vay trong 5 năm với lãi suất 1%/năm. Liên Xô bàn giao tuyến đường sắt cho Trung Quốc cuối năm 1952 và rút quân khỏi Lữ Thuận năm 1955. Trong thời gian Mao Trạch Đông ở Mát-xcơ-va, Chủ tịch Hồ Chí Minh cũng bí mật sang Liên Xô và hội kiến Xta-lin.",
        ),
        ("heading", "Rạn nứt và chấm dứt", 1),
        (
            "paragraph",
            "Từ cuối thập niên 1950, quan hệ Xô – Trung xấu đi. Năm 1960, Liên Xô rút toàn bộ chuyên gia khỏi Trung Quốc; tháng 3/1969, quân đội hai nước đụng độ trên đảo Trân Bảo (Đa-man-xki) trên sông U-xu-ri. Ngày 3/4/1979, Trung Quốc tuyên bố không gia hạn hiệp ước, và hiệp ước hết hiệu lực năm 1980. Ngày 16/7/2001, Trung Quốc và Liên bang Nga ký Hiệp ước Láng giềng hữu nghị và hợp tác.",
        ),
        ("heading", "Tác động đối với Việt Nam", 1),
        (
            "paragraph",
            "Bất đồng Xô – Trung đặt Việt Nam trước nhiều khó khăn trong thời kỳ kháng chiến chống Mỹ; Đảng Lao động Việt Nam chủ trương giữ quan hệ đoàn kết với cả hai nước và tranh thủ sự giúp đỡ của cả hai. Ngày 3/11/1978, Việt Nam và Liên Xô ký Hiệp ước Hữu nghị và Hợp tác.",
        ),
    ],
}

DOCS = [UTA_1946, UTB_HUUNGHI, UTC_CHINA75, UTD_PLAN, UTE_TREATY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta name="pubdate">, a header with a breadcrumb, <article>, <h1>, a <time>
    line, the lead (with its dateline) in <h2 class="sapo">, <h3> subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        head='<title>{title} - Thời sự</title>\n<meta name="pubdate" content="{date}T10:30:00+07:00">\n',
        top=(
            '<header class="site"><a href="/">Tin tức TTXVN</a>\n'
            '<ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li>'
            '<li><a href="/doi-ngoai">Đối ngoại</a></li></ul>\n'
            "</header>\n"
            "<article>\n"
            '<h1 class="title">{title}</h1>\n'
            "<time>{stamp}</time>\n"
        ),
        bottom=(
            '<div class="tags">Từ khóa: <a href="/tag/viet-nam-trung-quoc">Việt Nam – Trung Quốc</a>, '
            '<a href="/tag/quan-he-ngoai-giao">quan hệ ngoại giao</a></div>\n'
            "</article>\n"
            "<footer>Bản quyền thuộc Thông tấn xã Việt Nam.</footer>\n"
        ),
        lead='<h2 class="sapo">{}</h2>',
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Lưu: VT, HTQT.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
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
        prefix="ut",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
