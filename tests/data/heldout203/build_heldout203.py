"""Build the two-hundred-and-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout203/build_heldout203.py [--check]

Five short documents on Turkmenistan and Central Asia, topics no earlier set has as its main topic: the
permanent neutrality of Turkmenistan and its relations with Vietnam, the Vietnam Textile and Apparel
Association's international cooperation in 2024 (cotton and yarn from Turkmenistan and Uzbekistan), the
General Assembly's recognition of Turkmenistan's neutrality on 12/12/1995 as an archived agency dispatch, a
(fictitious) Ministry of Construction plan for cooperation with Turkmenistan in 2026 and an encyclopedia
entry on the Conference on Interaction and Confidence-Building Measures in Asia (CICA). Nothing in src/ was
changed for them. Facts are well-established; the author, journal, cited authors, their words and pages,
the association's report (number and all items) and the whole ministry plan are invented. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
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

ARA_NEUTRALITY = {
    "id": "ara",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TRUNG Á VÀ KAVKAZ – Số 1 (2024)",
    "first_page": 63,
    "break_after": 13,
    "blocks": [
        ("title", "CHÍNH SÁCH TRUNG LẬP CỦA TURKMENISTAN VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Hoàng Thị Ngọc Diệp"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích sự hình thành quy chế trung lập vĩnh viễn của Turkmenistan, tác động của quy chế này tới chính sách đối ngoại của nước này và triển vọng hợp tác với Việt Nam.",
            "vi",
        ),
        ("keywords", "Turkmenistan; trung lập vĩnh viễn; Trung Á; khí đốt; Việt Nam", "vi"),
        ("heading", "1. Từ độc lập đến trung lập", 1),
        (
            "paragraph",
            "Tuyên bố độc lập ngày 27/10/1991, Turkmenistan cùng phần lớn các nước cộng hòa thuộc Liên Xô cũ tham gia Cộng đồng các quốc gia độc lập (SNG) tại An-ma A-ta tháng 12/1991 và trở thành thành viên Liên hợp quốc ngày 2/3/1992. Ngày 12/12/1995, Đại hội đồng Liên hợp quốc thông qua Nghị quyết 50/80 A, công nhận và ủng hộ quy chế trung lập vĩnh viễn của nước này. Giới nghiên cứu coi đây là một tiền lệ hiếm có trong thực tiễn của Liên hợp quốc (Trần Quang Vinh, 2016, tr. 52).",
        ),
        ("heading", "2. Trung lập và các lựa chọn đối ngoại", 1),
        (
            "paragraph",
            "Năm 2005, Turkmenistan chuyển sang tư cách thành viên liên kết của SNG, với lý do quy chế trung lập không cho phép nước này tham gia đầy đủ các cơ chế của tổ chức. Đường ống dẫn khí Trung Á – Trung Quốc, khánh thành tháng 12/2009, đã mở ra hướng xuất khẩu khí đốt chủ lực sang phía đông. Ngày 3/6/2015, Đại hội đồng tái khẳng định quy chế trung lập của Turkmenistan; hai năm sau, ngày 12/12 được công bố là Ngày Quốc tế về Trung lập. Theo một chuyên gia, trung lập là “nền móng cho mọi lựa chọn đối ngoại của Át-kha-bát” (Lê Thanh Bình, 2020, tr. 17).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Turkmenistan thiết lập quan hệ ngoại giao ngày 29/7/1992. Đại sứ Việt Nam tại Liên bang Nga đồng thời kiêm nhiệm Turkmenistan. Nhân dịp kỷ niệm 30 năm quan hệ ngoại giao, tháng 6/2022, Thứ trưởng Ngoại giao Turkmenistan Vepa Hajiyev dẫn đoàn doanh nghiệp sang thăm Việt Nam và dự Diễn đàn doanh nghiệp Việt Nam – Turkmenistan. Ngày 8/9/2023, Bộ Ngoại giao hai nước tiến hành tham vấn chính trị cấp vụ theo hình thức trực tuyến (Nguyễn Thu Trang, 2024). Khuôn khổ pháp lý cho hợp tác song phương còn mỏng, vì vậy hai bên cần sớm ký các hiệp định khung làm cơ sở cho hợp tác kinh tế, giáo dục và năng lượng.",
        ),
    ],
}

ARB_VITAS = {
    "id": "arb",
    "shape": "word",
    "head": [
        "HIỆP HỘI DỆT MAY VIỆT NAM",
        "Số: 112/BC-VITAS",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hoạt động hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hoạt động hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 4, Hiệp hội tổ chức đoàn 12 doanh nghiệp sang Turkmenistan và Uzbekistan tìm nguồn cung bông xơ và sợi. Tại Át-kha-bát, đoàn đã làm việc với Bộ Công nghiệp dệt Turkmenistan về khả năng nhập khẩu bông theo hợp đồng dài hạn.",
        ),
        (
            "list_item",
            "2. Nhân chuyến đi này, Hiệp hội ký Biên bản ghi nhớ về xúc tiến thương mại với Hiệp hội Công nghiệp dệt may Uzbekistan (Uztextileprom).",
        ),
        (
            "list_item",
            "3. Tháng 8, Hiệp hội đón đoàn doanh nghiệp Kazakhstan sang tìm hiểu chuỗi cung ứng hàng may mặc tại Nam Định và Thái Bình.",
        ),
        (
            "list_item",
            "4. Hiệp hội phối hợp với Phái đoàn Liên minh châu Âu tại Việt Nam tổ chức hai khóa tập huấn về quy tắc xuất xứ trong Hiệp định EVFTA cho hơn 150 doanh nghiệp hội viên.",
        ),
        (
            "list_item",
            "5. Dự án liên doanh sản xuất sợi với một đối tác Turkmenistan tại Át-kha-bát chưa được triển khai do hai bên chưa thống nhất phương thức thanh toán.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tham gia Triển lãm quốc tế hàng dệt may tại Át-kha-bát trong quý II/2025.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Việt Nam tại Liên bang Nga, kiêm nhiệm Turkmenistan, tổ chức tọa đàm doanh nghiệp Việt Nam – Turkmenistan về hợp tác bông, sợi.",
        ),
        (
            "list_item",
            "3. Mời đoàn Uztextileprom sang dự Triển lãm quốc tế ngành dệt may (VTG) tại TP. Hồ Chí Minh tháng 10/2025.",
        ),
        (
            "list_item",
            "4. Tiếp tục kiến nghị Bộ Công Thương đàm phán với phía Uzbekistan về ưu đãi thuế đối với sợi nhập khẩu.",
        ),
    ],
}

ARC_UN1995 = {
    "id": "arc",
    "shape": "news",
    "date": "1995-12-13",
    "stamp": "13/12/1995",
    "blocks": [
        ("title", "Liên hợp quốc công nhận quy chế trung lập vĩnh viễn của Turkmenistan"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Ngày 12/12, Đại hội đồng Liên hợp quốc khóa 50 đã thông qua nghị quyết công nhận và ủng hộ quy chế trung lập vĩnh viễn do Turkmenistan tuyên bố.",
        ),
        (
            "paragraph",
            "Nghị quyết kêu gọi các nước thành viên Liên hợp quốc tôn trọng và ủng hộ quy chế này, cũng như tôn trọng độc lập, chủ quyền và toàn vẹn lãnh thổ của Turkmenistan. Văn kiện ghi nhận sự ủng hộ mà Phong trào Không liên kết và Tổ chức Hợp tác kinh tế (ECO) đã dành cho quy chế trung lập của nước này.",
        ),
        ("heading", "Một nhà nước non trẻ", 1),
        (
            "paragraph",
            "Turkmenistan tuyên bố độc lập ngày 27/10/1991, tham gia Cộng đồng các quốc gia độc lập (SNG) ngay từ tháng 12/1991 và được kết nạp vào Liên hợp quốc ngày 2/3/1992. Khác với Nga, Ca-dắc-xtan hay U-dơ-bê-ki-xtan, Turkmenistan không tham gia Hiệp ước an ninh tập thể ký tại Tát-ken ngày 15/5/1992. Với trữ lượng khí đốt thuộc hàng lớn nhất thế giới và đường biên giới dài với I-ran và Áp-ga-ni-xtan, nước cộng hòa Trung Á này coi trung lập là cách để không bị cuốn vào các liên minh quân sự.",
        ),
        (
            "paragraph",
            "Hồi tháng 8, Tổng thống Saparmurat Niyazov đã tiếp đoàn đại biểu Chính phủ Nga tại thành phố cảng Turkmenbashi để bàn các vấn đề liên quan đến biển Caxpi.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Turkmenistan thiết lập quan hệ ngoại giao ngày 29/7/1992. Hai nước thường xuyên ủng hộ lẫn nhau tại Liên hợp quốc và các diễn đàn đa phương khác.",
        ),
    ],
}

ARD_CONSTRUCTION = {
    "id": "ard",
    "shape": "plan",
    "head": [
        f"{'BỘ XÂY DỰNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 58/KH-BXD':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Turkmenistan trong lĩnh vực giao thông vận tải",
        "và vật liệu xây dựng năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Turkmenistan trong lĩnh vực giao thông vận tải và vật liệu xây dựng năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả các cuộc tham vấn chính trị giữa Bộ Ngoại giao hai nước và tận dụng vị trí của Turkmenistan trên các hành lang vận tải Á – Âu, Bộ Xây dựng ban hành Kế hoạch hợp tác với Turkmenistan năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Tháng 6/2022, nhân chuyến thăm Việt Nam của Thứ trưởng Ngoại giao Turkmenistan Vepa Hajiyev, đoàn doanh nghiệp Turkmenistan đã tìm hiểu cơ hội hợp tác với các bộ, ngành của Việt Nam, trong đó có lĩnh vực giao thông và xây dựng. Năm ngoái, Bộ đã cử cán bộ tham dự Triển lãm xây dựng quốc tế tại Át-kha-bát, song hai bên chưa ký văn kiện hợp tác nào trong lĩnh vực giao thông và xây dựng.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong quý II, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Át-kha-bát làm việc với các cơ quan hữu quan của Turkmenistan về hợp tác giao thông vận tải và vật liệu xây dựng.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao đàm phán Bản ghi nhớ hợp tác về vật liệu xây dựng, phấn đấu ký trong năm 2026.",
        ),
        (
            "list_item",
            "3. Nghiên cứu khả năng kết nối hàng hóa Việt Nam với hành lang vận tải quốc tế qua cảng Turkmenbashi trên biển Caxpi.",
        ),
        (
            "list_item",
            "4. Mời đoàn Turkmenistan sang dự Triển lãm quốc tế Vietbuild tại Hà Nội trong tháng 6.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc các cơ quan, đơn vị thuộc Bộ thực hiện Kế hoạch này.",
        ),
    ],
}

ARE_CICA = {
    "id": "are",
    "shape": "entry",
    "blocks": [
        ("title", "Hội nghị về tương tác và các biện pháp xây dựng lòng tin ở châu Á"),
        (
            "paragraph",
            "Hội nghị về tương tác và các biện pháp xây dựng lòng tin ở châu Á (CICA) là diễn đàn liên chính phủ nhằm tăng cường hợp tác vì hòa bình, an ninh và ổn định ở châu Á, trên cơ sở đối thoại và đồng thuận.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Ý tưởng thành lập CICA do Tổng thống Ca-dắc-xtan Nursultan Nazarbayev đề xuất ngày 5/10/1992 tại khóa họp thứ 47 Đại hội đồng Liên hợp quốc. Hội nghị Bộ trưởng Ngoại giao đầu tiên họp ngày 14/9/1999 với 15 nước thành viên. Hội nghị thượng đỉnh đầu tiên diễn ra tại An-ma-ty ngày 4/6/2002 và thông qua Định ước An-ma-ty, văn kiện có vai trò như hiến chương của tổ chức.",
        ),
        ("heading", "Mở rộng thành viên", 1),
        (
            "paragraph",
            "Tại Hội nghị thượng đỉnh lần thứ hai năm 2006, Hàn Quốc được kết nạp, đồng thời các nước quyết định lập Ban Thư ký thường trực đặt tại An-ma-ty. Hội nghị thượng đỉnh lần thứ ba tại I-xtan-bun năm 2010 kết nạp I-rắc và Việt Nam; cũng tại đây, Thổ Nhĩ Kỳ tiếp nhận vai trò Chủ tịch từ Ca-dắc-xtan. Ba-ranh và Campuchia gia nhập năm 2011. Trung Quốc làm Chủ tịch giai đoạn 2014 – 2018.",
        ),
        ("heading", "Việt Nam và CICA", 1),
        (
            "paragraph",
            "Kể từ khi gia nhập, Việt Nam tham gia tích cực các hoạt động của CICA. Phó Chủ tịch nước Võ Thị Ánh Xuân dự Hội nghị thượng đỉnh lần thứ sáu tại Át-ta-na ngày 12 – 13/10/2022, nhân dịp kỷ niệm 30 năm sáng kiến thành lập CICA. Khi đó, tổ chức có 27 thành viên.",
        ),
    ],
}

DOCS = [ARA_NEUTRALITY, ARB_VITAS, ARC_UN1995, ARD_CONSTRUCTION, ARE_CICA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, the title at 48 columns,
    labels and body at 72, "Trang N" flush right at the foot of each page (heldout_kit.headed_journal)."""
    return headed_journal(doc, title=48, label=72, body=72, page_label="Trang {}", align=">")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, one paragraph a line, every line followed by an empty line;
    the chairman's signature at the end."""
    return word_text(doc, None, ["CHỦ TỊCH HIỆP HỘI", "(Đã ký)"])


NEWS_HEAD = '<title>{title}</title>\n<meta name="pubdate" content="{date}">\n<meta name="section" content="{section}">\n'
NEWS_TOP = (
    '<div class="breadcrumb"><a href="/">TTXVN</a> › <a href="/the-gioi">Thế giới</a> › Tư liệu</div>\n'
    '<div class="main">\n<h1 class="title">{title}</h1>\n<span class="time">Cập nhật: {stamp}</span>\n'
)
NEWS_BOTTOM = (
    '<p class="source">(Bản tin Thế giới, TTXVN)</p>\n</div>\n'
    "<footer>Bản quyền thuộc Thông tấn xã Việt Nam</footer>\n"
)


def render_news(doc: dict) -> str:
    """An archived agency dispatch as a page: <meta name="pubdate">, a breadcrumb, <h1 class="title">, an
    update line, the lead (with its dateline) in <h2 class="sapo">, <h3> subheads, a source line, footer."""
    return news_page(
        doc,
        section="Thế giới",
        head=NEWS_HEAD,
        top=NEWS_TOP,
        lead='<h2 class="sapo">{}</h2>',
        heading="<h3>{}</h3>",
        bottom=NEWS_BOTTOM,
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and the
    vice-minister's signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Bộ Công Thương;", "- Lưu: VT, HTQT."],
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
        prefix="ar",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
