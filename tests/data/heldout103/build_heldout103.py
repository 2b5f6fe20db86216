"""Build the hundred-and-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout103/build_heldout103.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on a
partner those sets do not use as a main topic: Italy (a journal article on fifty years of Vietnam – Italy
relations, the Hanoi Architectural University international office's report on 2024 and directions for
2025, a news page on Italy's memorandum on the Belt and Road Initiative signed in Rome on 23/3/2019, a
(fictitious) Ministry of Culture, Sports and Tourism plan for heritage and tourism cooperation with Italy in
2026, an encyclopedia entry on the Treaty of Rome of 1957). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the university's own activities and all
quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs
in the documents.
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

UYA_ITALY = {
    "id": "uya",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU ÂU VÀ ĐỊA TRUNG HẢI – Số 1 (2024)",
    "first_page": 87,
    "break_after": 11,
    "blocks": [
        ("title", "VIỆT NAM – ITALY: NỬA THẾ KỶ TỪ THIẾT LẬP QUAN HỆ ĐẾN ĐỐI TÁC CHIẾN LƯỢC"),
        ("author", "Trương Minh Khoa"),
        (
            "affiliation",
            "Khoa Quốc tế học, Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội",
        ),
        (
            "abstract",
            "Bài viết điểm lại chặng đường 50 năm quan hệ Việt Nam – Italy (1973 – 2023) và đề xuất một số hướng hợp tác trong bối cảnh thực thi Hiệp định EVFTA.",
            "vi",
        ),
        ("keywords", "Italy; đối tác chiến lược; EVFTA; Tòa thánh Vatican", "vi"),
        ("heading", "1. Italy trong tiến trình liên kết châu Âu", 1),
        (
            "paragraph",
            "Là một trong mười hai thành viên sáng lập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) năm 1949, Italy được kết nạp vào Liên hợp quốc ngày 14/12/1955, cùng lúc với 15 quốc gia khác. Hai năm sau, ngày 25/3/1957, Italy cùng Pháp, Tây Đức và ba nước Benelux ký tại Rome Hiệp ước thành lập Cộng đồng Kinh tế châu Âu (EEC), tiền thân của Liên minh châu Âu ngày nay (Phan Thanh Bình, 2017, tr. 58).",
        ),
        ("heading", "2. Năm mươi năm quan hệ Việt Nam – Italy", 1),
        (
            "paragraph",
            "Ngày 23/3/1973, chưa đầy hai tháng sau khi Hiệp định Pa-ri về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam được ký kết, Italy thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa, là nước đầu tiên trong nhóm G7 ngày nay làm như vậy. Năm 2013, hai nước nâng quan hệ lên Đối tác chiến lược (Lý Quốc Huy, 2020). Tháng 7/2023, nhân kỷ niệm 50 năm quan hệ ngoại giao, Chủ tịch nước Võ Văn Thưởng thăm cấp Nhà nước Italy và hội đàm với Tổng thống Sergio Mattarella. Trong chuyến công du này, Chủ tịch nước cũng thăm Tòa thánh Vatican và hội kiến Giáo hoàng Phanxicô; hai bên đã hoàn tất Thỏa thuận về Quy chế của Đại diện thường trú Tòa thánh tại Việt Nam.",
        ),
        ("heading", "3. Hợp tác kinh tế và một số kiến nghị", 1),
        (
            "paragraph",
            "Hiệp định Thương mại tự do Việt Nam – EU (EVFTA), có hiệu lực từ ngày 1/8/2020, tạo cú hích mới cho thương mại song phương. Nhiều doanh nghiệp Italy “xem Việt Nam là điểm đặt nhà máy đáng tin cậy bậc nhất ở Đông Nam Á” (Ngô Thị Hồng Vân, 2022, tr. 103). Dẫu vậy, Hiệp định Bảo hộ đầu tư (EVIPA) vẫn chưa thể có hiệu lực khi còn một số nước thành viên EU chưa phê chuẩn. Trước mắt, ta cần tranh thủ thế mạnh của Italy về cơ khí chế tạo, thời trang và bảo tồn di sản.",
        ),
    ],
}

UYB_HAU = {
    "id": "uyb",
    "shape": "word",
    "head": [
        "BỘ XÂY DỰNG",
        "TRƯỜNG ĐẠI HỌC KIẾN TRÚC HÀ NỘI",
        "PHÒNG HỢP TÁC QUỐC TẾ",
        "Số: 112/BC-HTQT",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 4, đoàn cán bộ của Trường do Hiệu trưởng làm trưởng đoàn đã thăm và làm việc với Đại học Bách khoa Milano và Đại học Sapienza Rome (Italia); nhân dịp này, Trường ký thỏa thuận trao đổi giảng viên, sinh viên với Đại học Bách khoa Milano giai đoạn 2024 – 2028.",
        ),
        (
            "list_item",
            "2. Dự án “Bảo tồn và tái sử dụng các công trình kiến trúc Pháp tại Hà Nội” do Cơ quan Hợp tác phát triển Italia (AICS) tài trợ 350.000 euro đã kết thúc giai đoạn một; 40 giảng viên và kiến trúc sư được tập huấn về kỹ thuật trùng tu.",
        ),
        (
            "list_item",
            "3. Ngày 15/10/2024, Đại sứ Italia tại Việt Nam đến thăm Trường, nói chuyện với sinh viên về kiến trúc Phục hưng và trao 5 suất học bổng thạc sĩ của Chính phủ Italia.",
        ),
        (
            "list_item",
            "4. Thông qua chương trình Erasmus+ của Liên minh châu Âu, 12 sinh viên của Trường đã học tập một học kỳ tại Italia và Tây Ban Nha.",
        ),
        (
            "list_item",
            "5. Đề án liên kết đào tạo thạc sĩ quy hoạch đô thị với Đại học Sapienza Rome chưa được hai bên thống nhất về học phí nên chưa thể tuyển sinh trong năm 2024.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, đón đoàn giảng viên Đại học Bách khoa Milano sang tổ chức hội thảo thiết kế đô thị ven sông Hồng.",
        ),
        (
            "list_item",
            "2. Phối hợp với AICS xây dựng đề xuất giai đoạn hai của dự án bảo tồn, trình Bộ Xây dựng trong quý II.",
        ),
        (
            "list_item",
            "3. Cử 6 giảng viên sang Italia học tập theo học bổng của Chính phủ Italia; phối hợp với Đại sứ quán Italia tổ chức Tuần lễ kiến trúc Italia tại Hà Nội vào tháng 11.",
        ),
        (
            "list_item",
            "4. Chưa mở rộng hợp tác sang các trường đại học của Bồ Đào Nha trong năm 2025, tập trung nguồn lực cho các đối tác hiện có.",
        ),
    ],
}

UYC_BRI = {
    "id": "uyc",
    "shape": "news",
    "date": "2019-03-24",
    "stamp": "Chủ Nhật, 24/03/2019 - 07:20",
    "blocks": [
        ("title", "Italy trở thành nước G7 đầu tiên tham gia sáng kiến “Vành đai và Con đường”"),
        (
            "paragraph",
            "Rome (TTXVN) – Ngày 23/3, tại biệt thự Madama ở thủ đô Rome, Italy và Trung Quốc đã ký Bản ghi nhớ về hợp tác trong khuôn khổ sáng kiến “Vành đai và Con đường” (BRI), đưa Italy trở thành nước đầu tiên trong Nhóm các nước công nghiệp phát triển (G7) tham gia sáng kiến do Bắc Kinh khởi xướng.",
        ),
        ("heading", "29 văn kiện trị giá khoảng 2,5 tỷ euro", 1),
        (
            "paragraph",
            "Lễ ký diễn ra với sự chứng kiến của Chủ tịch Trung Quốc Tập Cận Bình, người đang thăm cấp Nhà nước Italy, và Thủ tướng nước chủ nhà Giuseppe Conte. Cùng với bản ghi nhớ, hai bên ký tổng cộng 29 văn kiện, gồm các thỏa thuận cấp chính phủ và hợp đồng thương mại có tổng trị giá khoảng 2,5 tỷ euro, trong đó có các thỏa thuận hợp tác phát triển cảng biển Trieste và Genoa.",
        ),
        (
            "paragraph",
            "Trước đó, ngày 22/3, Tổng thống Sergio Mattarella đã hội đàm với Chủ tịch Tập Cận Bình tại Điện Quirinale. Ông Mattarella nhấn mạnh “con đường tơ lụa phải là con đường hai chiều”.",
        ),
        ("heading", "Lo ngại từ Washington và Brussels", 1),
        (
            "paragraph",
            "Mỹ nhiều lần cảnh báo rằng việc tham gia BRI có thể làm tổn hại uy tín quốc tế của Italy. Trong khi đó, ngày 12/3, Ủy ban châu Âu công bố văn kiện chiến lược gọi Trung Quốc là “đối thủ mang tính hệ thống” và kêu gọi các nước thành viên có cách tiếp cận thống nhất với Bắc Kinh.",
        ),
        (
            "paragraph",
            "Italy và Trung Quốc thiết lập quan hệ ngoại giao ngày 6/11/1970 và xác lập quan hệ đối tác chiến lược toàn diện năm 2004. Rời Italy, ông Tập Cận Bình sẽ thăm Công quốc Monaco và Pháp.",
        ),
    ],
}

UYD_PLAN = {
    "id": "uyd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VÀ DU LỊCH':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 08/KH-BVHTTDL':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Italia về bảo tồn di sản văn hóa",
        "và phát triển du lịch năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Italia về bảo tồn di sản văn hóa và phát triển du lịch năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa quan hệ Đối tác chiến lược Việt Nam – Italia, được thiết lập năm 2013, và kết quả chuyến thăm cấp Nhà nước Italia của Chủ tịch nước tháng 7/2023, Bộ Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch hợp tác với Italia năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Italia là quốc gia có nhiều di sản thế giới được UNESCO ghi danh nhất. Các chuyên gia Italia đã nhiều năm tham gia trùng tu, bảo tồn khu đền tháp Mỹ Sơn. Năm ngoái, Bộ phối hợp với Đại sứ quán Italia tổ chức Tuần phim Italia tại Hà Nội và Thành phố Hồ Chí Minh; tuy nhiên, Chương trình hợp tác văn hóa giữa hai Chính phủ giai đoạn 2026 – 2028 vẫn chưa được ký kết.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Rome và Florence làm việc với Bộ Văn hóa Italia về bảo tồn di sản và quản lý bảo tàng.",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán, tiến tới ký Chương trình hợp tác văn hóa giai đoạn 2026 – 2028 nhân chuyến thăm nói trên.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Italia hỗ trợ đào tạo 20 chuyên gia bảo tồn cho các di tích Mỹ Sơn, Hoàng thành Thăng Long và Cố đô Huế.",
        ),
        (
            "list_item",
            "4. Phối hợp với Văn phòng UNESCO tại Hà Nội tổ chức hội thảo quốc tế về quản lý di sản thế giới trong bối cảnh biến đổi khí hậu vào tháng 10.",
        ),
        (
            "list_item",
            "5. Lùi chương trình xúc tiến du lịch Việt Nam tại Milano sang năm 2027 do chưa bố trí được kinh phí.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

UYE_ROME = {
    "id": "uye",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Rô-ma (1957)"),
        (
            "paragraph",
            "Hiệp ước Rô-ma là tên gọi thông dụng của Hiệp ước thành lập Cộng đồng Kinh tế châu Âu (EEC), được Bỉ, Pháp, Cộng hòa Liên bang Đức, I-ta-li-a, Lúc-xăm-bua và Hà Lan ký tại Rô-ma ngày 25/3/1957. Cùng ngày, sáu nước này còn ký Hiệp ước thành lập Cộng đồng Năng lượng nguyên tử châu Âu (Euratom). Cả hai hiệp ước có hiệu lực từ ngày 1/1/1958.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Sáu nước nói trên đã lập Cộng đồng Than và Thép châu Âu (ECSC) theo Hiệp ước Pa-ri ký năm 1951. Tháng 6/1955, ngoại trưởng sáu nước họp tại Mét-xi-na (I-ta-li-a) và quyết định nghiên cứu việc thành lập một thị trường chung; bản báo cáo do Ngoại trưởng Bỉ Paul-Henri Spaak chủ trì soạn thảo năm 1956 là cơ sở cho các cuộc đàm phán tiếp theo.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp ước đặt mục tiêu xây dựng thị trường chung, bảo đảm tự do lưu thông hàng hóa, lao động, dịch vụ và vốn. Các nước thành viên từng bước xóa bỏ thuế quan trong nội khối và áp dụng biểu thuế quan chung đối với hàng nhập khẩu từ bên ngoài; liên minh thuế quan được hoàn tất ngày 1/7/1968, sớm hơn thời hạn dự kiến.",
        ),
        ("heading", "Mở rộng và sửa đổi", 1),
        (
            "paragraph",
            "Anh, Đan Mạch và Ai-len gia nhập Cộng đồng ngày 1/1/1973, tiếp đó là Hy Lạp năm 1981, Tây Ban Nha và Bồ Đào Nha năm 1986. Na Uy cũng đã ký hiệp ước gia nhập năm 1972, nhưng cử tri nước này bác bỏ trong cuộc trưng cầu ý dân cùng năm.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Cộng đồng châu Âu thiết lập quan hệ ngoại giao ngày 22/10/1990. Hiệp định khung về hợp tác giữa hai bên được ký năm 1995.",
        ),
    ],
}

DOCS = [UYA_ITALY, UYB_HAU, UYC_BRI, UYD_PLAN, UYE_ROME]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), front
    matter by heldout_kit.front_matter_lines (title at 48 columns, labels at 76), body at 76 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) the page number alone at the
    left, a form feed and the header; the last page ends with its number."""
    return headed_journal(doc, title=48, label=76, body=76, page_label="{}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends and no wrapping (one paragraph a line), every line followed by
    an empty line; the signature at the end."""
    return word_text(doc, None, ["TRƯỞNG PHÒNG", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Thời sự quốc tế",
        "07:20",
        [("/the-gioi", "Thế giới"), ("/the-gioi/chau-au", "Châu Âu")],
        [
            ("/tag/italy", "Italy"),
            ("/tag/trung-quoc", "Trung Quốc"),
            ("/tag/vanh-dai-con-duong", "Vành đai và Con đường"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Đại sứ quán Việt Nam tại Italia;",
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
        prefix="uy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
