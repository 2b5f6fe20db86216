"""Build the hundred-and-ninety-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout195/build_heldout195.py [--check]

Five short documents on a topic the earlier sets do not use as a main topic: Laos's connectivity and
energy exports (from a land-locked to a "land-linked" country: ASEAN 1997, WTO 2013, the Laos – China
railway of 3/12/2021, electricity sold to Singapore from 6/2022) and Vietnam – Laos cooperation, the
Vietnamese Consulate General in Savannakhet's report on the first half of 2025, the opening of the Laos –
China railway, a (fictitious) Ministry of Industry and Trade plan for electricity cooperation with Laos in
2026 and an encyclopedia entry on the ASEAN Power Grid. Facts are well-established; authors, journal,
page numbers, document numbers, the consulate's local items, the plan and all quoted words are invented.
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
    headed_journal,
    news_page,
    plan_text,
    word_text,
)

YTA_LAOS = {
    "id": "yta",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ ĐÔNG NAM Á – Số 2 (2025)",
    "first_page": 33,
    "break_after": 10,
    "blocks": [
        ("title", "LÀO: TỪ QUỐC GIA KHÔNG GIÁP BIỂN ĐẾN TRUNG TÂM KẾT NỐI"),
        ("author", "Bùi Thị Thu Trang"),
        ("affiliation", "Viện Kinh tế và Chính trị thế giới, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích chiến lược kết nối của Lào và gợi ý hướng hợp tác Việt Nam – Lào.",
            "vi",
        ),
        ("keywords", "Lào; kết nối; đường sắt; điện năng", "vi"),
        ("heading", "1. Chiến lược kết nối đất liền", 1),
        (
            "paragraph",
            "Là quốc gia duy nhất ở Đông Nam Á không giáp biển, Lào đặt mục tiêu trở thành trung tâm kết nối của tiểu vùng (Vũ Đình Khôi, 2019, tr. 23). Gia nhập ASEAN ngày 23/7/1997, nước này trở thành thành viên thứ 158 của Tổ chức Thương mại thế giới (WTO) ngày 2/2/2013, sau 15 năm đàm phán. Cầu Hữu nghị Thái – Lào bắc qua sông Mê Công gần Viêng Chăn, được xây dựng bằng viện trợ của Ô-xtrây-li-a, thông xe ngày 8/4/1994.",
        ),
        ("heading", "2. Đường sắt và lưới điện", 1),
        (
            "paragraph",
            "Tuyến đường sắt Côn Minh – Viêng Chăn dài 1.035 km, một dự án thuộc Sáng kiến Vành đai và Con đường, chính thức khai thác ngày 3/12/2021; Chủ tịch Trung Quốc Tập Cận Bình và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith cùng dự lễ khai trương qua cầu truyền hình. Từ tháng 6/2022, Lào bán điện cho Singapore qua lưới điện của Thái Lan và Malaysia, lần đầu tiên điện được mua bán qua bốn nước ASEAN. Lào đang muốn trở thành “cục pin của Đông Nam Á” (Hoàng Minh Tuấn, 2023, tr. 57).",
        ),
        ("heading", "3. Cơ hội cho hợp tác Việt Nam – Lào", 1),
        (
            "paragraph",
            "Việt Nam và Lào thiết lập quan hệ ngoại giao ngày 5/9/1962 và ký Hiệp ước Hữu nghị và Hợp tác ngày 18/7/1977. Hiện nay, nước ta nhập khẩu điện từ nhiều nhà máy thủy điện của Lào, còn hai bên đang nghiên cứu tuyến đường sắt Viêng Chăn – Vũng Áng. Tuy vậy, đường cao tốc Hà Nội – Viêng Chăn vẫn chưa được khởi công (Ngô Thị Hồng Nhung, 2024). Ta cần sớm ký các thỏa thuận mua bán điện dài hạn và đẩy nhanh kết nối hạ tầng với nước bạn.",
        ),
    ],
}

YTB_SAVANNAKHET = {
    "id": "ytb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI SAVANNAKHET",
        "Số: 52/BC-TLSQ",
        "Savannakhet, ngày 18 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 4, Tổng Lãnh sự quán phối hợp tổ chức chuyến thăm và làm việc tại tỉnh Quảng Trị của đoàn lãnh đạo tỉnh Savannakhet; nhân dịp này, hai tỉnh ký Biên bản thỏa thuận hợp tác giai đoạn 2025 – 2030.",
        ),
        (
            "list_item",
            "2. Tổng Lãnh sự quán đã hỗ trợ 12 doanh nghiệp Việt Nam tìm hiểu cơ hội đầu tư tại Đặc khu kinh tế Savan – Seno; một doanh nghiệp của tỉnh Quảng Trị đã được cấp phép đầu tư nhà máy chế biến gỗ.",
        ),
        (
            "list_item",
            "3. Lượng hàng hóa qua cặp cửa khẩu quốc tế Lao Bảo – Đensavanh tăng so với cùng kỳ năm ngoái; tuy nhiên, đề xuất xây dựng bãi kiểm hóa chung tại Đensavanh vẫn chưa được hai bên thống nhất.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Phối hợp với chính quyền tỉnh Savannakhet tổ chức các hoạt động kỷ niệm 50 năm Quốc khánh nước CHDCND Lào (2/12/1975 – 2/12/2025).",
        ),
        (
            "list_item",
            "2. Tháng 9, phối hợp với Sở Công Thương tỉnh Savannakhet tổ chức hội thảo xúc tiến vận tải hàng quá cảnh từ Thái Lan qua Lào tới cảng Đà Nẵng, mời doanh nghiệp tỉnh Mukdahan (Thái Lan) tham dự.",
        ),
        (
            "list_item",
            "3. Đề nghị chính quyền tỉnh tạo điều kiện cho doanh nghiệp Việt Nam đầu tư các dự án điện gió, điện mặt trời để bán điện về Việt Nam.",
        ),
    ],
}

YTC_RAILWAY = {
    "id": "ytc",
    "shape": "news",
    "date": "2021-12-03",
    "stamp": "Thứ Sáu, 03/12/2021 - 19:30",
    "blocks": [
        ("title", "Khai trương tuyến đường sắt Lào – Trung Quốc"),
        (
            "paragraph",
            "Viêng Chăn (TTXVN) – Chiều 3/12, tuyến đường sắt nối thủ đô Viêng Chăn của Lào với thành phố Côn Minh, tỉnh Vân Nam (Trung Quốc) chính thức đi vào hoạt động, một ngày sau lễ kỷ niệm 46 năm Quốc khánh Lào.",
        ),
        ("heading", "Dự án tiêu biểu của Vành đai và Con đường", 1),
        (
            "paragraph",
            "Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith và Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình đã dự lễ khai trương qua hình thức trực tuyến. Tuyến đường dài 1.035 km, trong đó đoạn từ cửa khẩu Boten đến Viêng Chăn dài hơn 400 km, được khởi công tháng 12/2016 với tổng vốn khoảng 6 tỷ USD.",
        ),
        (
            "paragraph",
            "Đoạn tuyến trên đất Lào do một công ty liên doanh, trong đó phía Trung Quốc nắm 70% cổ phần, xây dựng và vận hành; phần vốn của phía Lào phần lớn được vay từ các ngân hàng Trung Quốc. Trung Quốc hiện là nhà đầu tư nước ngoài lớn nhất tại Lào.",
        ),
        ("heading", "Kỳ vọng kết nối khu vực", 1),
        (
            "paragraph",
            "Do dịch COVID-19, tàu khách chưa chạy qua biên giới hai nước; trước mắt chỉ có tàu hàng liên vận. Thái Lan dự kiến kéo dài tuyến đường sắt cao tốc từ Băng Cốc tới Nong Khai để kết nối với tuyến này, trong khi Việt Nam và Lào đang nghiên cứu tuyến đường sắt Viêng Chăn – Vũng Áng.",
        ),
    ],
}

YTD_PLAN = {
    "id": "ytd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BCT':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy hợp tác điện năng với Lào",
        "và kết nối lưới điện ASEAN năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Thúc đẩy hợp tác điện năng với Lào và kết nối lưới điện ASEAN năm 2026",
        ),
        (
            "paragraph",
            "Nhằm thực hiện các thỏa thuận hợp tác năng lượng giữa Chính phủ hai nước và góp phần xây dựng Lưới điện ASEAN, Bộ Công Thương xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, sản lượng điện nhập khẩu từ Lào tiếp tục tăng, chủ yếu từ các nhà máy thủy điện ở Nam Lào. Tuy vậy, một số đường dây truyền tải đấu nối chưa hoàn thành đúng tiến độ, và hai bên chưa thống nhất được cơ chế giá điện cho giai đoạn sau năm 2025.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong quý I, tổ chức cuộc họp nhóm công tác chung về năng lượng với Bộ Năng lượng và Mỏ Lào tại Viêng Chăn.",
        ),
        (
            "list_item",
            "2. Chỉ đạo Tập đoàn Điện lực Việt Nam (EVN) đàm phán, ký hợp đồng mua bán điện với chủ đầu tư các dự án thủy điện tại Lào, dự kiến trong tháng 6.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao chuẩn bị nội dung hợp tác năng lượng trình Kỳ họp Ủy ban liên Chính phủ Việt Nam – Lào.",
        ),
        (
            "list_item",
            "4. Cử chuyên gia tham gia các nhóm công tác của ASEAN về kết nối lưới điện khu vực.",
        ),
        (
            "list_item",
            "5. Chưa xem xét việc bán điện sang Campuchia qua lưới điện của Lào trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Điện lực là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

YTE_APG = {
    "id": "yte",
    "shape": "entry",
    "blocks": [
        ("title", "Lưới điện ASEAN"),
        (
            "paragraph",
            "Lưới điện ASEAN (ASEAN Power Grid – APG) là chương trình hợp tác của các nước thành viên ASEAN nhằm kết nối hệ thống điện quốc gia, trước hết qua các đường dây liên kết song phương, tiến tới một thị trường điện khu vực. Ý tưởng về lưới điện chung được nêu trong Tầm nhìn ASEAN 2020, do các nhà lãnh đạo ASEAN thông qua tại Kuala Lumpur ngày 15/12/1997.",
        ),
        ("heading", "Khuôn khổ thể chế", 1),
        (
            "paragraph",
            "Ngày 23/8/2007, tại Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 25 ở Singapore, các bộ trưởng đã ký Bản ghi nhớ về Lưới điện ASEAN. Việc triển khai do Hội đồng những người đứng đầu các cơ quan, công ty điện lực ASEAN (HAPUA) đảm nhiệm: các đường dây liên kết được xây dựng trước hết trên cơ sở song phương, sau đó mở rộng ra từng tiểu vùng và cuối cùng thành một hệ thống thống nhất toàn khu vực.",
        ),
        ("heading", "Mua bán điện đa phương", 1),
        (
            "paragraph",
            "Dự án tích hợp điện Lào – Thái Lan – Malaysia – Singapore (LTMS-PIP) bắt đầu từ ngày 23/6/2022, cho phép Singapore nhập khẩu tối đa 100 MW điện từ Lào qua lưới điện của Thái Lan và Malaysia. Tháng 9/2024, Singapore công bố giai đoạn hai của dự án, nâng công suất lên tối đa 200 MW.",
        ),
        ("heading", "Việt Nam và Lưới điện ASEAN", 1),
        (
            "paragraph",
            "Việt Nam đã có các đường dây liên kết với Lào và Campuchia, nhập khẩu điện từ Lào và bán điện cho Campuchia. Tuy nhiên, Việt Nam chưa tham gia dự án mua bán điện đa phương nào trong khuôn khổ APG.",
        ),
    ],
}

DOCS = [YTA_LAOS, YTB_SAVANNAKHET, YTC_RAILWAY, YTD_PLAN, YTE_APG]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page (the first too), "Trang N"
    at the left of the page foot (heldout_kit.headed_journal: title at 56, labels and body at 72)."""
    return headed_journal(doc, title=56, label=72, body=72, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 70 columns as on the page, every line
    followed by an empty line; the consul general's signature at the end."""
    return word_text(doc, 70, ["TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page (heldout_kit.news_page) with the lead in <p class="lead"><strong> and <h2> subheads."""
    return news_page(
        doc,
        section="Kinh tế thế giới",
        time="19:30",
        menu=[("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        tags=[("/tag/lao", "Lào"), ("/tag/duong-sat", "Đường sắt")],
        lead='<p class="lead"><strong>{}</strong></p>',
        heading="<h2>{}</h2>",
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, the centred three-line title, body at 78 columns with a blank
    line between blocks, "Nơi nhận" beside the signature."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Tập đoàn Điện lực Việt Nam;", "- Lưu: VT, ĐL."],
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
        prefix="yt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
