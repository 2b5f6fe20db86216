"""Build the 224th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout224/build_heldout224.py [--check]

Five short documents on Austria and Vietnam (Austria from the State Treaty of 1955 to the EU, the
Vietnamese Embassy in Austria's report on 2024, the EU enlargement of 1/1/1995, a (fictitious) Ministry
of Culture, Sports and Tourism plan for cooperation with Austria in 2026, an encyclopedia entry on the
Austrian State Treaty). Facts are well-established; authors, journal, page numbers, document numbers,
the report's and the plan's items and all quoted words are invented. ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
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

CYA_AUSTRIA = {
    "id": "cya",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU ÂU VÀ THẾ GIỚI – Số 3 (2025)",
    "first_page": 37,
    "break_after": 12,
    "blocks": [
        ("title", "ÁO: TỪ QUY CHẾ TRUNG LẬP ĐẾN LIÊN MINH CHÂU ÂU VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Đỗ Thị Minh Ngọc"),
        ("affiliation", "Khoa Chính trị quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát con đường hội nhập của Cộng hòa Áo từ sau năm 1955 và những dư địa hợp tác mới giữa Áo và Việt Nam.",
            "vi",
        ),
        ("keywords", "Áo; trung lập; Liên minh châu Âu; EVFTA; Viên", "vi"),
        ("heading", "1. Hiệp ước Nhà nước và quy chế trung lập", 1),
        (
            "paragraph",
            "Ngày 15/5/1955, tại Cung điện Belvedere ở Viên, ngoại trưởng bốn nước Liên Xô, Mỹ, Anh, Pháp cùng đại diện Áo ký Hiệp ước Nhà nước Áo, chấm dứt mười năm chiếm đóng. Quân đội các nước chiếm đóng rút hết khỏi lãnh thổ Áo trong tháng 10 cùng năm; ngày 26/10/1955, Quốc hội Áo thông qua đạo luật về trung lập vĩnh viễn. Chưa đầy hai tháng sau, ngày 14/12/1955, Áo được kết nạp vào Liên hợp quốc (Nguyễn Văn Thành, 2016, tr. 41).",
        ),
        ("heading", "2. Từ trung lập đến hội nhập châu Âu", 1),
        (
            "paragraph",
            "Trung lập không ngăn Viên tham gia các thể chế kinh tế của phương Tây: năm 1960, Áo là một trong bảy thành viên sáng lập Hiệp hội Thương mại tự do châu Âu (EFTA). Sau cuộc trưng cầu ý dân ngày 12/6/1994 với 66,6% phiếu thuận, nước này gia nhập Liên minh châu Âu (EU) ngày 1/1/1995, cùng đợt với Phần Lan và Thụy Điển. Tuy vậy, đến nay Áo vẫn không tham gia Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO), bởi trung lập “đã trở thành một phần bản sắc quốc gia của người Áo” (Lê Thu Trang, 2021, tr. 88).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Áo thiết lập quan hệ ngoại giao ngày 1/12/1972. Viên là nơi đặt trụ sở của Cơ quan Năng lượng nguyên tử quốc tế (IAEA), Tổ chức Phát triển công nghiệp Liên hợp quốc (UNIDO) và Văn phòng Liên hợp quốc về Ma túy và Tội phạm (UNODC), nên Phái đoàn thường trực của ta tại đây phối hợp thường xuyên với các tổ chức này. Kể từ khi Hiệp định EVFTA có hiệu lực ngày 1/8/2020, trao đổi thương mại hai chiều tăng khá; còn Hiệp định Bảo hộ đầu tư (EVIPA) vẫn chờ các nước thành viên EU phê chuẩn (Phạm Quang Huy, 2024). Thời gian tới, hai bên cần sớm ký kết các thỏa thuận về đào tạo nghề và năng lượng tái tạo.",
        ),
    ],
}

CYB_EMBASSY = {
    "id": "cyb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN NƯỚC CHXHCN VIỆT NAM TẠI CỘNG HÒA ÁO",
        "Số: 87/BC-ĐSQ",
        "Viên, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Trong tháng 4, Đại sứ quán đã đón và phục vụ đoàn công tác của Bộ Công Thương sang làm việc với Bộ Lao động và Kinh tế Áo; hai bên nhất trí thúc đẩy hợp tác về năng lượng tái tạo và đào tạo nghề.",
        ),
        (
            "list_item",
            "2. Nhân dịp dự Đại hội đồng thường niên của IAEA tại Viên hồi tháng 9, đoàn Việt Nam đã làm việc với lãnh đạo Cơ quan; IAEA tiếp tục hỗ trợ kỹ thuật cho các dự án ứng dụng bức xạ trong y tế và nông nghiệp của ta.",
        ),
        (
            "list_item",
            "3. Tháng 10, Đại sứ quán phối hợp với Phòng Kinh tế Liên bang Áo tổ chức diễn đàn doanh nghiệp tại Viên với hơn 80 doanh nghiệp hai nước tham dự; nhân dịp này, một công ty Áo ký biên bản ghi nhớ đầu tư nhà máy xử lý rác thải tại Bắc Ninh.",
        ),
        (
            "list_item",
            "4. Đề xuất mở đường bay thẳng giữa Hà Nội và Viên vẫn chưa được hai bên thống nhất.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị chuyến thăm Việt Nam của Bộ trưởng Ngoại giao Áo, dự kiến vào tháng 5 năm sau.",
        ),
        (
            "list_item",
            "2. Cùng UNIDO xây dựng dự án hỗ trợ doanh nghiệp nhỏ và vừa của ta chuyển đổi sang sản xuất xanh.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Áo tăng số suất học bổng dành cho sinh viên Việt Nam ngành âm nhạc và kỹ thuật.",
        ),
    ],
}

CYC_EU1995 = {
    "id": "cyc",
    "shape": "news",
    "date": "1995-01-01",
    "stamp": "Chủ Nhật, 01/01/1995 - 10:30",
    "blocks": [
        ("title", "Áo, Phần Lan và Thụy Điển chính thức trở thành thành viên Liên minh châu Âu"),
        (
            "paragraph",
            "Brúc-xen (TTXVN) – Từ ngày 1/1/1995, Áo, Phần Lan và Thụy Điển chính thức gia nhập Liên minh châu Âu (EU), nâng tổng số thành viên của khối lên 15 nước.",
        ),
        ("heading", "Ba cuộc trưng cầu ý dân", 1),
        (
            "paragraph",
            "Hiệp ước gia nhập của ba nước đã được ký tại hội nghị thượng đỉnh EU trên đảo Corfu (Hy Lạp) ngày 24/6/1994. Cử tri Áo ủng hộ việc gia nhập với tỷ lệ 66,6% trong cuộc trưng cầu ý dân ngày 12/6/1994, trong khi tỷ lệ này ở Phần Lan và Thụy Điển lần lượt là 56,9% và 52,3%.",
        ),
        ("heading", "Na Uy lần thứ hai nói “không”", 1),
        (
            "paragraph",
            "Na Uy cũng ký hiệp ước gia nhập, nhưng cử tri nước này đã bác bỏ trong cuộc trưng cầu ý dân ngày 28/11/1994, như họ từng làm năm 1972. Vì vậy, Na Uy tiếp tục ở lại Hiệp hội Thương mại tự do châu Âu (EFTA) cùng Ai-xơ-len, Thụy Sĩ và Lít-xten-xtai.",
        ),
        ("heading", "Pháp giữ chức Chủ tịch luân phiên", 1),
        (
            "paragraph",
            "Cũng từ hôm nay, Pháp tiếp nhận chức Chủ tịch luân phiên Hội đồng EU từ Đức trong sáu tháng. Ba thành viên mới, vốn theo đuổi chính sách trung lập hoặc không liên kết, đều cam kết tham gia Chính sách đối ngoại và an ninh chung của khối. Trong khi đó, Hung-ga-ri và Ba Lan đã nộp đơn xin gia nhập EU từ mùa xuân năm ngoái.",
        ),
        (
            "paragraph",
            "Việt Nam thiết lập quan hệ ngoại giao với Cộng đồng châu Âu từ tháng 10/1990 và đã có quan hệ với cả ba thành viên mới.",
        ),
    ],
}

CYD_PLAN = {
    "id": "cyd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BVHTTDL':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": ["KẾ HOẠCH", "Hợp tác văn hóa, du lịch với Cộng hòa Áo năm 2026"],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác văn hóa, du lịch với Cộng hòa Áo năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa các thỏa thuận hợp tác văn hóa giữa hai nước và tận dụng Hiệp định EVFTA, có hiệu lực từ ngày 1/8/2020, Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch hợp tác với Áo năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm 2022, hai nước đã tổ chức nhiều hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao. Năm ngoái, Trường Đại học Âm nhạc và Nghệ thuật biểu diễn Viên cử giảng viên sang giảng dạy tại Học viện Âm nhạc quốc gia Việt Nam, song hai bên chưa ký được chương trình hợp tác văn hóa giai đoạn mới.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, tổ chức Tuần Văn hóa Việt Nam tại Viên và Salzburg.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao đàm phán và ký Chương trình hợp tác văn hóa giai đoạn 2026 – 2029 với phía Áo, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đón một dàn nhạc giao hưởng của Áo sang biểu diễn tại Hà Nội và Thành phố Hồ Chí Minh trong tháng 10, nhân dịp Quốc khánh Áo.",
        ),
        (
            "list_item",
            "4. Đề nghị Cơ quan Xúc tiến du lịch quốc gia Áo hỗ trợ đào tạo nhân lực quản lý di sản và du lịch cộng đồng cho các tỉnh miền núi phía Bắc.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn tham dự Hội chợ Du lịch quốc tế ITB tại Béc-lin (Đức) năm 2026 do trùng lịch.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

CYE_TREATY = {
    "id": "cye",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Nhà nước Áo"),
        (
            "paragraph",
            "Hiệp ước Nhà nước Áo (tiếng Đức: Österreichischer Staatsvertrag) là hiệp ước khôi phục nền độc lập và chủ quyền của Áo, được Liên Xô, Mỹ, Anh, Pháp và Áo ký ngày 15/5/1955 tại Cung điện Belvedere ở Viên. Hiệp ước có hiệu lực ngày 27/7/1955.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Sau khi bị Đức Quốc xã sáp nhập năm 1938, Áo được giải phóng năm 1945 và bị bốn nước Đồng minh chia thành bốn vùng chiếm đóng; thủ đô Viên cũng do bốn nước cùng quản lý. Các cuộc đàm phán về hiệp ước kéo dài gần mười năm mà không có kết quả, cho đến khi Liên Xô chấp nhận một nước Áo trung lập. Bản ghi nhớ Mát-xcơ-va do Liên Xô và Áo ký tháng 4/1955 đã mở đường cho hiệp ước.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp ước cấm Áo hợp nhất với Đức và bảo đảm quyền của các cộng đồng thiểu số người Xlô-ven và người Crô-a-ti-a. Lực lượng chiếm đóng rút hết khỏi Áo trước ngày 25/10/1955; ngày hôm sau, Quốc hội Áo thông qua Luật Trung lập vĩnh viễn.",
        ),
        ("heading", "Ý nghĩa", 1),
        (
            "paragraph",
            "Nhờ hiệp ước, Áo được kết nạp vào Liên hợp quốc ngày 14/12/1955 và gia nhập Hội đồng châu Âu năm 1956. Ngày 26/10 trở thành Quốc khánh của Áo, và hiệp ước thường được coi là một trong số ít thỏa thuận mà hai phe trong Chiến tranh lạnh cùng đạt được ở châu Âu. Áo không phải là thành viên NATO nhưng tham gia chương trình Đối tác vì hòa bình của khối từ năm 1995.",
        ),
    ],
}

DOCS = [CYA_AUSTRIA, CYB_EMBASSY, CYC_EU1995, CYD_PLAN, CYE_TREATY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns, every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, 72, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page): title, meta date, nav, lead with its dateline, <h3>
    subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="10:30",
        menu=[("/the-gioi", "Thế giới"), ("/chau-au", "Châu Âu")],
        tags=[("/tag/eu", "EU"), ("/tag/ao", "Áo")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
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
        prefix="cy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
