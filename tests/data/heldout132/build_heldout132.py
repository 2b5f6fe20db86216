"""Build the hundred-and-thirty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout132/build_heldout132.py [--check]

Five short documents on Vietnam – Türkiye, a topic no earlier set has as its main topic (Türkiye between
NATO and the EU and its relations with Vietnam from 1978, the Vietnamese Trade Office in Türkiye's report
on 2024, Vietnam's emergency aid and rescue teams after the earthquake of 6/2/2023, a (fictitious)
Ministry of Construction plan for cooperation with Türkiye in 2026, an encyclopedia entry on the
Organization of Turkic States). Facts are well-established; authors, journal, page numbers, document
numbers, the trade office's items, the plan and all quoted words are invented. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
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

OSA_TURKIYE = {
    "id": "osa",
    "shape": "journal",
    "header": "NGHIÊN CỨU QUỐC TẾ – Số 1 (2025)",
    "first_page": 88,
    "break_after": 9,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – THỔ NHĨ KỲ: CẦU NỐI GIỮA ĐÔNG NAM Á VÀ Á – ÂU"),
        ("author", "Bùi Hoàng Nam"),
        ("affiliation", "Viện Nghiên cứu Chiến lược ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích vị thế quốc tế của Thổ Nhĩ Kỳ và quá trình phát triển quan hệ Việt Nam – Thổ Nhĩ Kỳ từ năm 1978 đến nay.",
            "vi",
        ),
        ("keywords", "Thổ Nhĩ Kỳ; NATO; Liên minh châu Âu; quan hệ song phương", "vi"),
        ("heading", "1. Một cường quốc khu vực giữa hai châu lục", 1),
        (
            "paragraph",
            "Là thành viên sáng lập Liên hợp quốc, Thổ Nhĩ Kỳ gia nhập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) ngày 18/2/1952 và thực hiện liên minh thuế quan với Liên minh châu Âu (EU) từ ngày 1/1/1996. Nước này được công nhận là ứng cử viên gia nhập EU tại Hội nghị thượng đỉnh Helsinki tháng 12/1999, song tiến trình đàm phán mở ra ngày 3/10/2005 đến nay gần như bế tắc (Đinh Công Tuấn, 2020, tr. 15). Tháng 6/2022, Liên hợp quốc chấp thuận đề nghị của Ankara dùng tên gọi chính thức “Türkiye”.",
        ),
        ("heading", "2. Quan hệ song phương", 1),
        (
            "paragraph",
            "Việt Nam và Thổ Nhĩ Kỳ thiết lập quan hệ ngoại giao ngày 7/6/1978. Thổ Nhĩ Kỳ mở Đại sứ quán tại Hà Nội năm 1997, còn ta mở Đại sứ quán tại Ankara năm 2005. Tháng 8/2017, Thủ tướng Binali Yıldırım thăm chính thức Việt Nam; hai bên từng đặt mục tiêu đưa kim ngạch thương mại lên 4 tỷ USD. Khi trận động đất 7,8 độ tàn phá miền Đông Nam Thổ Nhĩ Kỳ ngày 6/2/2023, nước ta đã cử hơn 100 cán bộ, chiến sĩ quân đội và công an sang tham gia cứu hộ (Mai Thu Trang, 2023).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Đầu tháng 12/2023, Thủ tướng Phạm Minh Chính thăm chính thức Thổ Nhĩ Kỳ, chuyến thăm đầu tiên ở cấp Thủ tướng kể từ khi hai nước lập quan hệ; tại Ankara, Thủ tướng hội đàm với Phó Tổng thống Cevdet Yılmaz và được Tổng thống Recep Tayyip Erdoğan tiếp. Phía bạn cho biết sẽ mở Tổng Lãnh sự quán tại Thành phố Hồ Chí Minh. Theo một nghiên cứu gần đây, Thổ Nhĩ Kỳ “có thể trở thành cửa ngõ đưa hàng Việt Nam vào Trung Đông, Kavkaz và Trung Á” (Lý Minh Quân, 2024, tr. 104).",
        ),
    ],
}

OSB_TRADE = {
    "id": "osb",
    "shape": "word",
    "head": [
        "BỘ CÔNG THƯƠNG",
        "THƯƠNG VỤ VIỆT NAM TẠI THỔ NHĨ KỲ",
        "Số: 42/BC-TVTNK",
        "Istanbul, ngày 25 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Thương vụ phối hợp tổ chức đoàn 15 doanh nghiệp Việt Nam tham dự Hội chợ thực phẩm WorldFood Istanbul vào tháng 9; nhiều hợp đồng xuất khẩu hạt điều, hạt tiêu và cà phê đã được ký kết.",
        ),
        (
            "list_item",
            "2. Tháng 6, Thương vụ làm việc với Bộ Thương mại Thổ Nhĩ Kỳ về các vụ việc phòng vệ thương mại liên quan đến hàng xuất khẩu của Việt Nam.",
        ),
        (
            "list_item",
            "3. Thương vụ đã hỗ trợ một đoàn doanh nghiệp dệt may Thổ Nhĩ Kỳ sang khảo sát đầu tư tại Bình Dương vào tháng 10.",
        ),
        (
            "list_item",
            "4. Dự án nhà máy sợi của một tập đoàn Thổ Nhĩ Kỳ tại Nam Định vẫn chưa được triển khai do nhà đầu tư chưa thu xếp được vốn.",
        ),
        (
            "list_item",
            "5. Tháng trước, Thương vụ cùng Đại sứ quán tổ chức Ngày Văn hóa và Ẩm thực Việt Nam tại Istanbul.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Vận động doanh nghiệp Thổ Nhĩ Kỳ sang dự Hội chợ Thương mại quốc tế Việt Nam tại Hà Nội vào tháng 4/2025.",
        ),
        (
            "list_item",
            "2. Phối hợp chuẩn bị kỳ họp tiếp theo của Ủy ban hỗn hợp về hợp tác kinh tế – thương mại giữa hai nước, dự kiến tổ chức tại Hà Nội trong năm.",
        ),
    ],
}

OSC_QUAKE = {
    "id": "osc",
    "shape": "news",
    "date": "2023-02-14",
    "stamp": "Thứ Ba, 14/02/2023 - 20:10",
    "blocks": [
        ("title", "Việt Nam hỗ trợ Thổ Nhĩ Kỳ và Xy-ri khắc phục hậu quả động đất"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 14/2, Thủ tướng Phạm Minh Chính đã gửi thư thăm hỏi tới Tổng thống, Chủ tịch Quốc hội Thổ Nhĩ Kỳ và Tổng thống, Chủ tịch Quốc hội Xy-ri, thông báo Việt Nam hỗ trợ khẩn cấp mỗi nước 100.000 USD để khắc phục hậu quả trận động đất ngày 6/2.",
        ),
        ("heading", "Hơn 100 cán bộ, chiến sĩ lên đường", 1),
        (
            "paragraph",
            "Trước đó, tối 9/2, Bộ Công an đã cử đội cứu nạn, cứu hộ gồm 24 cán bộ, chiến sĩ sang Thổ Nhĩ Kỳ. Ngày 12/2, đoàn của Quân đội nhân dân Việt Nam với 76 quân nhân cùng nhiều trang thiết bị chuyên dụng cũng lên đường, đến làm nhiệm vụ tại tỉnh Hatay.",
        ),
        (
            "paragraph",
            "Đội cứu hộ của Bộ Công an đã phối hợp với lực lượng bạn giải cứu thành công một thiếu niên 14 tuổi mắc kẹt dưới đống đổ nát. Đại sứ quán Việt Nam tại Thổ Nhĩ Kỳ cũng đã trao thuốc men cho Chính phủ nước bạn để phân phát cho người dân.",
        ),
        ("heading", "Thảm họa lớn nhất từ năm 1939", 1),
        (
            "paragraph",
            "Theo Đại sứ Thổ Nhĩ Kỳ tại Việt Nam Haldun Tekneci, đây là trận động đất có sức tàn phá lớn nhất ở nước này kể từ năm 1939. Nhiều nước, trong đó có Hàn Quốc, An-giê-ri, Nga và Mê-hi-cô, cũng đã cử đội cứu hộ tới vùng thảm họa.",
        ),
    ],
}

OSD_PLAN = {
    "id": "osd",
    "shape": "plan",
    "head": [
        f"{'BỘ XÂY DỰNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 21/KH-BXD':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Thổ Nhĩ Kỳ về xây dựng hạ tầng",
        "và hàng không dân dụng năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Thổ Nhĩ Kỳ về xây dựng hạ tầng và hàng không dân dụng năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa Tuyên bố chung nhân chuyến thăm chính thức Thổ Nhĩ Kỳ của Thủ tướng Chính phủ tháng 12/2023, Bộ Xây dựng ban hành Kế hoạch hợp tác với Thổ Nhĩ Kỳ năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Các nhà thầu Thổ Nhĩ Kỳ có nhiều kinh nghiệm xây dựng sân bay, cầu đường và đường sắt tốc độ cao. Hãng Turkish Airlines khai thác đường bay Istanbul – Thành phố Hồ Chí Minh từ năm 2010 và Istanbul – Hà Nội từ năm 2016. Năm ngoái, hai bên đã trao đổi đoàn chuyên gia hàng không, nhưng chưa thống nhất được nội dung sửa đổi Hiệp định vận chuyển hàng không.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4/2026, tổ chức Diễn đàn doanh nghiệp xây dựng Việt Nam – Thổ Nhĩ Kỳ tại Hà Nội, mời Hiệp hội Nhà thầu Thổ Nhĩ Kỳ cử đoàn tham dự.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao đàm phán và ký Nghị định thư sửa đổi Hiệp định vận chuyển hàng không, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Thổ Nhĩ Kỳ chia sẻ kinh nghiệm về mô hình đối tác công tư trong đầu tư xây dựng sân bay.",
        ),
        (
            "list_item",
            "4. Không cử đoàn tham dự Hội chợ vật liệu xây dựng quốc tế tại Istanbul trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

OSE_OTS = {
    "id": "ose",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức các Quốc gia Turk"),
        (
            "paragraph",
            "Tổ chức các Quốc gia Turk (OTS) là tổ chức hợp tác liên chính phủ của các nước nói ngôn ngữ gốc Turk, Ban Thư ký đặt tại Istanbul. Tiền thân của tổ chức là Hội đồng Hợp tác các quốc gia nói tiếng Turk (Hội đồng Turk), được thành lập theo Hiệp định Nakhchivan mà A-déc-bai-gian, Ca-dắc-xtan, Cư-rơ-gư-xtan và Thổ Nhĩ Kỳ ký ngày 3/10/2009.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "U-dơ-bê-ki-xtan trở thành thành viên chính thức năm 2019. Hung-ga-ri được trao quy chế quan sát viên năm 2018, còn Tuốc-mê-ni-xtan năm 2021. Tại Hội nghị thượng đỉnh Istanbul ngày 12/11/2021, các nhà lãnh đạo quyết định đổi tên Hội đồng Turk thành Tổ chức các Quốc gia Turk. Năm 2022, chính quyền người Síp gốc Thổ ở miền Bắc đảo Síp được nhận làm quan sát viên, khiến Cộng hòa Síp phản đối.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa có cơ chế hợp tác với OTS nhưng duy trì quan hệ hữu nghị với cả năm nước thành viên, trong đó Ca-dắc-xtan và U-dơ-bê-ki-xtan là những đối tác truyền thống ở Trung Á.",
        ),
    ],
}

DOCS = [OSA_TURKIYE, OSB_TRADE, OSC_QUAKE, OSD_PLAN, OSE_OTS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["TRƯỞNG THƯƠNG VỤ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "20:10",
        [("/the-gioi", "Thế giới"), ("/doi-ngoai", "Đối ngoại")],
        [("/tag/tho-nhi-ky", "Thổ Nhĩ Kỳ"), ("/tag/dong-dat", "Động đất")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
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
        prefix="os",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
