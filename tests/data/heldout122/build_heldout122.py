"""Build the hundred-and-twenty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout122/build_heldout122.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
Vietnam's development finance relations with Japan and the Asian Development Bank (Japanese ODA to Vietnam
from 1975 to the comprehensive strategic partnership of 2023, a provincial planning department's ODA report
for 2024, the opening of Hồ Chí Minh City's metro line 1 on 22/12/2024, a (fictitious) Ministry of
Construction plan for Japanese and ADB loans in 2026, an encyclopedia entry on the ADB). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
provincial report's local items and all quoted words are invented, the ministry plan (number, date, tasks)
is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every
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

SXA_JAPAN = {
    "id": "sxa",
    "shape": "journal",
    "header": "TẠP CHÍ HỢP TÁC PHÁT TRIỂN QUỐC TẾ – Số 1 (2025)",
    "first_page": 33,
    "break_after": 10,
    "blocks": [
        ("title", "ODA NHẬT BẢN TẠI VIỆT NAM: TỪ GIÁN ĐOẠN ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN"),
        ("author", "Đỗ Thị Minh Hằng"),
        ("affiliation", "Khoa Kinh tế quốc tế, Trường Đại học Kinh tế Quốc dân"),
        (
            "abstract",
            "Bài viết điểm lại các chặng đường của nguồn vốn ODA Nhật Bản dành cho Việt Nam và gợi ý định hướng hợp tác khi nước ta đã trở thành nước thu nhập trung bình.",
            "vi",
        ),
        ("keywords", "ODA; Nhật Bản; JICA; đối tác chiến lược toàn diện", "vi"),
        ("heading", "1. Những khoản viện trợ đầu tiên", 1),
        (
            "paragraph",
            "Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao ngày 21/9/1973. Trong hai năm 1975 – 1976, Tô-ki-ô đã dành cho nước ta một số khoản viện trợ không hoàn lại. Tuy nhiên, từ năm 1979, do vấn đề Campuchia, Nhật Bản cùng nhiều nước phương Tây ngừng viện trợ cho Việt Nam, khiến dòng vốn này gián đoạn suốt hơn một thập kỷ (Nguyễn Văn Tuấn, 2013, tr. 41).",
        ),
        ("heading", "2. Nối lại và mở rộng", 1),
        (
            "paragraph",
            "Tháng 11/1992, khi vấn đề Campuchia đã được giải quyết, Nhật Bản quyết định nối lại ODA cho Việt Nam, mở đầu bằng khoản vay hàng hóa trị giá 45,5 tỷ yên. Từ đó, Nhật Bản luôn là nhà tài trợ song phương lớn nhất của nước ta. Nhiều công trình hạ tầng quy mô lớn như cầu Cần Thơ, cầu Nhật Tân, nhà ga hành khách T2 của Cảng hàng không quốc tế Nội Bài hay tuyến metro số 1 Bến Thành – Suối Tiên đều được xây dựng bằng vốn vay của Cơ quan Hợp tác Quốc tế Nhật Bản (JICA), góp phần thay đổi diện mạo hạ tầng đô thị (Trần Quốc Hưng, 2019). Dù vậy, dự án đường sắt tốc độ cao Bắc – Nam, vốn được kỳ vọng sẽ sử dụng vốn vay Nhật Bản, đã không được Quốc hội thông qua năm 2010.",
        ),
        ("heading", "3. Từ đối tác chiến lược đến đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Hợp tác phát triển luôn gắn liền với sự nâng tầm quan hệ chính trị. Năm 2009, hai nước thiết lập quan hệ Đối tác chiến lược vì hòa bình và phồn vinh ở châu Á; tháng 3/2014, quan hệ được nâng lên Đối tác chiến lược sâu rộng. Ngày 27/11/2023, nhân chuyến thăm chính thức Nhật Bản của Chủ tịch nước Võ Văn Thưởng, hai bên nâng quan hệ lên Đối tác chiến lược toàn diện vì hòa bình và phồn vinh ở châu Á và trên thế giới. Có ý kiến cho rằng ODA Nhật Bản đã trở thành “chất xúc tác cho quá trình công nghiệp hóa của Việt Nam” (Phạm Thu Hương, 2023, tr. 76). Khi nguồn vốn ưu đãi thu hẹp dần, ta cần chủ động cùng phía Nhật Bản xây dựng các dự án ODA thế hệ mới về chuyển đổi số, năng lượng sạch và ứng phó với biến đổi khí hậu.",
        ),
    ],
}

SXB_QUANGNAM = {
    "id": "sxb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
        "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
        "Số: 327/BC-SKHĐT",
        "Quảng Nam, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình vận động, quản lý và sử dụng nguồn vốn ODA, vốn vay ưu đãi năm 2024 và kế hoạch năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Tình hình vận động, quản lý và sử dụng nguồn vốn ODA, vốn vay ưu đãi năm 2024 và kế hoạch năm 2025",
        ),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Trên địa bàn tỉnh có 9 chương trình, dự án sử dụng vốn ODA và vốn vay ưu đãi đang triển khai, tổng vốn cam kết khoảng 215 triệu USD, chủ yếu từ Ngân hàng Phát triển châu Á (ADB) và Chính phủ Nhật Bản; giá trị giải ngân ước đạt 78% kế hoạch, cao hơn năm ngoái.",
        ),
        (
            "list_item",
            "2. Tháng 6/2024, đoàn công tác của ADB do Giám đốc Quốc gia tại Việt Nam dẫn đầu đã làm việc với UBND tỉnh về Dự án phát triển môi trường, hạ tầng đô thị ứng phó với biến đổi khí hậu thành phố Hội An; hai bên thống nhất điều chỉnh thời gian thực hiện dự án đến hết năm 2025.",
        ),
        (
            "list_item",
            "3. Ngày 12/9/2024, Đại sứ quán Nhật Bản đã ký hợp đồng tài trợ với UBND các huyện Nam Trà My và Tây Giang cho hai dự án xây dựng trường mẫu giáo thuộc Chương trình viện trợ không hoàn lại cho các dự án an ninh con người cấp cơ sở (Kusanone), tổng trị giá gần 180.000 USD.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Nhật Bản tại Việt Nam đến thăm và làm việc với lãnh đạo tỉnh, bày tỏ mong muốn mở rộng hợp tác trong các lĩnh vực du lịch, nông nghiệp và đào tạo nguồn nhân lực. Trong năm, JICA đã cử 3 tình nguyện viên sang hỗ trợ Bệnh viện Đa khoa tỉnh.",
        ),
        (
            "list_item",
            "5. Dự án cấp nước sạch huyện Duy Xuyên, dự kiến vay vốn ADB, vẫn chưa ký được hiệp định vay do chậm hoàn thiện báo cáo nghiên cứu khả thi.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với các bộ, ngành trung ương và ADB hoàn thiện hồ sơ để ký Hiệp định vay Dự án cấp nước sạch huyện Duy Xuyên trong quý II năm 2025.",
        ),
        (
            "list_item",
            "2. Đề nghị JICA tiếp tục hỗ trợ kỹ thuật cho tỉnh trong quản lý rủi ro thiên tai và phát triển du lịch cộng đồng tại Hội An.",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn công tác sang Nhật Bản vào tháng 4/2025 để xúc tiến đầu tư và vận động nguồn viện trợ không hoàn lại.",
        ),
    ],
}

SXC_METRO = {
    "id": "sxc",
    "shape": "news",
    "date": "2024-12-22",
    "stamp": "Chủ Nhật, 22/12/2024 - 11:40",
    "blocks": [
        ("title", "Tuyến metro số 1 chính thức đón khách sau hơn 12 năm xây dựng"),
        (
            "paragraph",
            "TP Hồ Chí Minh (TTXVN) – Sáng 22/12, tuyến đường sắt đô thị số 1 Bến Thành – Suối Tiên, công trình sử dụng chủ yếu vốn vay ODA của Chính phủ Nhật Bản, chính thức vận hành thương mại, mở ra giai đoạn mới cho giao thông công cộng của thành phố lớn nhất cả nước.",
        ),
        ("heading", "Dấu ấn hợp tác Việt – Nhật", 1),
        (
            "paragraph",
            "Tuyến metro dài gần 20 km với 14 nhà ga, trong đó 3 ga ngầm và 11 ga trên cao, được khởi công năm 2012; tổng mức đầu tư sau điều chỉnh là hơn 43.700 tỷ đồng. Các gói thầu chính do các nhà thầu Nhật Bản đảm nhận, trong đó tập đoàn Hitachi cung cấp 17 đoàn tàu được sản xuất tại Nhật Bản. Phát biểu tại buổi lễ, đại diện Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) cho biết phía Nhật Bản sẽ tiếp tục hỗ trợ Thành phố đào tạo đội ngũ vận hành và chuyển giao kỹ thuật bảo trì trong những năm tới.",
        ),
        ("heading", "Quan hệ ở giai đoạn tốt đẹp nhất", 1),
        (
            "paragraph",
            "Năm ngoái, nhân kỷ niệm 50 năm thiết lập quan hệ ngoại giao (21/9/1973 – 21/9/2023), Việt Nam và Nhật Bản đã nâng quan hệ lên Đối tác chiến lược toàn diện vì hòa bình và phồn vinh ở châu Á và trên thế giới. Nhật Bản hiện là nhà cung cấp ODA song phương lớn nhất, nhà đầu tư lớn thứ ba và đối tác thương mại lớn thứ tư của Việt Nam.",
        ),
        (
            "paragraph",
            "Tại Hà Nội, đoạn trên cao của tuyến đường sắt đô thị Nhổn – ga Hà Nội, được xây dựng bằng vốn vay của Pháp, Ngân hàng Phát triển châu Á (ADB) và Ngân hàng Đầu tư châu Âu (EIB), đã đi vào khai thác từ ngày 8/8/2024. Trong khi đó, tuyến metro số 2 Bến Thành – Tham Lương của TP Hồ Chí Minh vẫn chưa được khởi công.",
        ),
    ],
}

SXD_PLAN = {
    "id": "sxd",
    "shape": "plan",
    "head": [
        f"{'BỘ XÂY DỰNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 58/KH-BXD':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Vận động và sử dụng vốn ODA, vốn vay ưu đãi của Nhật Bản",
        "và Ngân hàng Phát triển châu Á trong lĩnh vực giao thông năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Vận động và sử dụng vốn ODA, vốn vay ưu đãi của Nhật Bản và Ngân hàng Phát triển châu Á trong lĩnh vực giao thông năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa quan hệ Đối tác chiến lược toàn diện Việt Nam – Nhật Bản và Chiến lược đối tác quốc gia của Ngân hàng Phát triển châu Á (ADB) với Việt Nam, Bộ Xây dựng ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã cùng Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) ký biên bản thảo luận về hỗ trợ kỹ thuật cho công tác bảo trì cầu trên các tuyến quốc lộ; ADB tiếp tục giải ngân khoản vay cho dự án kết nối giao thông các tỉnh miền núi phía Bắc. Tuy nhiên, hiệp định vay bổ sung cho dự án này vẫn chưa được ký do vướng mắc về thủ tục điều chỉnh chủ trương đầu tư.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3/2026, tiếp và làm việc với đoàn chuyên gia JICA sang khảo sát, chuẩn bị dự án nâng cấp hệ thống cảnh báo thiên tai trên các tuyến quốc lộ miền Trung.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Tài chính đàm phán Hiệp định vay bổ sung với ADB, phấn đấu ký kết trong quý III năm 2026.",
        ),
        (
            "list_item",
            "3. Cử cán bộ tham gia đoàn Việt Nam dự Hội nghị thường niên lần thứ 59 của ADB tại Xa-mác-can (U-dơ-bê-ki-xtan) từ ngày 3 đến ngày 6/5/2026.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Nhật Bản tiếp tục đào tạo kỹ sư bảo trì cầu, hầm cho các ban quản lý dự án thuộc Bộ.",
        ),
        (
            "list_item",
            "5. Không đề xuất sử dụng vốn ODA cho các dự án đã được bố trí đủ vốn ngân sách trong Kế hoạch đầu tư công trung hạn.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, tổng hợp tình hình thực hiện Kế hoạch này, báo cáo Bộ trưởng trước ngày 15/12/2026.",
        ),
    ],
}

SXE_ADB = {
    "id": "sxe",
    "shape": "entry",
    "blocks": [
        ("title", "Ngân hàng Phát triển châu Á"),
        (
            "paragraph",
            "Ngân hàng Phát triển châu Á (ADB) là định chế tài chính phát triển đa phương của khu vực châu Á – Thái Bình Dương, trụ sở tại Ma-ni-la (Phi-líp-pin). Hiệp định thành lập ADB được thông qua và mở ký tại Ma-ni-la ngày 4/12/1965, có hiệu lực từ ngày 22/8/1966. Tại Hội nghị khai mạc của Hội đồng Thống đốc họp ở Tô-ki-ô tháng 11/1966, ông Watanabe Takeshi (Nhật Bản) được bầu làm Chủ tịch đầu tiên. Ngân hàng chính thức khai trương ngày 19/12/1966 với 31 thành viên.",
        ),
        ("heading", "Thành viên và nguồn vốn", 1),
        (
            "paragraph",
            "Đến năm 2025, ADB có 69 thành viên, trong đó 49 thuộc khu vực. Nhật Bản và Hoa Kỳ là hai cổ đông lớn nhất, mỗi nước nắm khoảng 15,6% cổ phần; tất cả các đời Chủ tịch ngân hàng đều là người Nhật Bản. Trung Quốc gia nhập năm 1986. Quỹ Phát triển châu Á (ADF), nguồn vốn ưu đãi dành cho các thành viên nghèo nhất, được lập năm 1974. Tháng 11/2024, ông Kanda Masato được bầu làm Chủ tịch thứ 11 của ADB.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam là một trong các thành viên sáng lập ADB. Sau một thời gian gián đoạn, ngân hàng nối lại hoạt động cho vay đối với Việt Nam năm 1993 và mở Cơ quan đại diện thường trú tại Hà Nội tháng 12/1996. Năm 1992, ADB khởi xướng Chương trình Hợp tác kinh tế Tiểu vùng Mê Công mở rộng (GMS), trong đó Việt Nam là một trong sáu nước tham gia. Tháng 5/2011, Hà Nội đăng cai Hội nghị thường niên lần thứ 44 của Hội đồng Thống đốc ADB.",
        ),
    ],
}

DOCS = [SXA_JAPAN, SXB_QUANGNAM, SXC_METRO, SXD_PLAN, SXE_ADB]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 56 columns, labels and body at 76)."""
    return headed_journal(doc, title=56, label=76, body=76)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn Hải"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo">, <h2> subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        head=(
            "<title>{title} - Đô thị</title>\n"
            '<meta property="article:published_time" content="{date}T11:40:00+07:00">\n'
        ),
        top=(
            '<nav class="main-nav"><a href="/">Trang chủ</a> | <a href="/xa-hoi">Xã hội</a> | '
            '<a href="/do-thi">Đô thị</a> | <a href="/kinh-te">Kinh tế</a></nav>\n'
            "<article>\n"
            '<h1 class="title">{title}</h1>\n'
            '<p class="time">{stamp}</p>\n'
        ),
        bottom=(
            '<div class="tags">Từ khóa: <a href="/tag/metro-so-1">Metro số 1</a> <a href="/tag/oda-nhat-ban">ODA Nhật Bản</a></div>\n'
            "</article>\n"
            "<footer>Bản quyền thuộc Thông tấn xã Việt Nam.</footer>\n"
        ),
        lead='<p class="sapo">{}</p>',
        heading="<h2>{}</h2>",
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Tài chính (để phối hợp);",
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
        prefix="sx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
