"""Build the hundred-and-twenty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout127/build_heldout127.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Finland from Cold War neutrality to NATO membership, the VNU University of
Education's cooperation with Finnish partners in 2024, Finland's entry into NATO on 4/4/2023, a
(fictitious) Ministry of Agriculture and Environment plan for forestry, water and circular-economy
cooperation with Finland in 2026, an encyclopedia entry on the Arctic Council). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
university report's items and all quoted words are invented, the ministry plan (number, date, tasks) is
fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every
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

RSA_FINLAND = {
    "id": "rsa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU AN NINH VÀ PHÁT TRIỂN – Số 2 (2025)",
    "first_page": 18,
    "break_after": 16,
    "blocks": [
        ("title", "PHẦN LAN: TỪ CHÍNH SÁCH TRUNG LẬP ĐẾN TƯ CÁCH THÀNH VIÊN NATO"),
        ("author", "Nguyễn Hải Yến"),
        ("affiliation", "Viện Nghiên cứu Chiến lược ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích quá trình điều chỉnh chính sách an ninh của Phần Lan từ thời kỳ Chiến tranh Lạnh đến khi gia nhập NATO và rút ra một số hàm ý cho quan hệ Việt Nam – Phần Lan.",
            "vi",
        ),
        ("keywords", "Phần Lan; trung lập; NATO; quan hệ Việt Nam – Phần Lan", "vi"),
        ("heading", "1. Di sản của chính sách trung lập", 1),
        (
            "paragraph",
            "Suốt thời kỳ Chiến tranh Lạnh, Phần Lan kiên trì đường lối trung lập. Nước này được kết nạp vào Liên hợp quốc ngày 14/12/1955 và ngày 1/8/1975 đăng cai lễ ký Định ước cuối cùng Helsinki của Hội nghị An ninh và Hợp tác châu Âu. Cũng trong giai đoạn này, Phần Lan thiết lập quan hệ ngoại giao với Việt Nam ngày 25/1/1973 và sớm trở thành một nhà tài trợ viện trợ không hoàn lại quan trọng của nước ta (Trần Minh Đức, 2019, tr. 23).",
        ),
        ("heading", "2. Hội nhập châu Âu nhưng đứng ngoài liên minh quân sự", 1),
        (
            "paragraph",
            "Sau khi Liên Xô tan rã, Phần Lan cùng Áo và Thụy Điển gia nhập Liên minh châu Âu (EU) ngày 1/1/1995. Dù tham gia chương trình Đối tác vì Hòa bình của NATO từ năm 1994, Helsinki suốt gần ba thập kỷ sau đó vẫn không xin gia nhập liên minh quân sự này.",
        ),
        ("heading", "3. Bước ngoặt năm 2022", 1),
        (
            "paragraph",
            "Cuộc xung đột Nga – U-crai-na bùng phát ngày 24/2/2022 đã làm thay đổi căn bản nhận thức an ninh của Phần Lan, quốc gia có đường biên giới dài khoảng 1.340 km với Nga. Ngày 18/5/2022, Phần Lan và Thụy Điển cùng nộp đơn xin gia nhập NATO. Theo một học giả, Helsinki đã “bước qua một lằn ranh mà chính giới nước này từng coi là bất khả” (Lê Thanh Bình, 2023, tr. 57). Ngày 4/4/2023, Phần Lan chính thức trở thành thành viên thứ 31 của NATO, trong khi Thụy Điển phải chờ đến ngày 7/3/2024. Quan hệ Phần Lan – Nga theo đó xuống mức thấp nhất trong nhiều thập kỷ; cuối năm 2023, Helsinki đóng cửa toàn bộ các cửa khẩu biên giới với Nga.",
        ),
        (
            "paragraph",
            "Thời gian tới, Việt Nam cần tranh thủ thế mạnh của Phần Lan về giáo dục, đổi mới sáng tạo và năng lượng sạch, những lĩnh vực hai nước đã có nền tảng hợp tác tốt (Phạm Thu Hương, 2024).",
        ),
    ],
}

RSB_UNIVERSITY = {
    "id": "rsb",
    "shape": "word",
    "head": [
        "ĐẠI HỌC QUỐC GIA HÀ NỘI",
        "TRƯỜNG ĐẠI HỌC GIÁO DỤC",
        "Số: 1532/BC-ĐHGD",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Từ ngày 9 đến ngày 13/9/2024, đoàn công tác của Trường do Hiệu trưởng làm trưởng đoàn đã thăm và làm việc tại Trường Đại học Jyväskylä và Trường Đại học Helsinki (Phần Lan); nhân dịp này, Trường ký Biên bản ghi nhớ với Trường Đại học Jyväskylä về đào tạo giáo viên và trao đổi sinh viên.",
        ),
        (
            "list_item",
            "2. Trong khuôn khổ chương trình Erasmus+ do Liên minh châu Âu tài trợ, 12 giảng viên và sinh viên của Trường đã sang học tập, nghiên cứu ngắn hạn tại Phần Lan; các trường đối tác Phần Lan cũng cử 4 chuyên gia sang giảng dạy chuyên đề về giáo dục mầm non.",
        ),
        (
            "list_item",
            "3. Tháng trước, Đại sứ Phần Lan tại Việt Nam đến thăm Trường, nói chuyện với sinh viên về cải cách giáo dục phổ thông của Phần Lan và giới thiệu chương trình học bổng của Chính phủ Phần Lan dành cho nghiên cứu sinh Việt Nam.",
        ),
        (
            "list_item",
            "4. Trường phối hợp với Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tổ chức hội thảo quốc tế về giáo dục hòa nhập cho trẻ khuyết tật.",
        ),
        (
            "list_item",
            "5. Đề án liên kết đào tạo thạc sĩ quản lý giáo dục với Trường Đại học Jyväskylä vẫn chưa được phê duyệt do hai bên chưa thống nhất về học phí.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, đón đoàn giảng viên Trường Đại học Jyväskylä sang tổ chức khóa bồi dưỡng về đánh giá năng lực học sinh cho giáo viên phổ thông.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Phần Lan tổ chức Tuần lễ giáo dục Phần Lan tại Hà Nội vào tháng 10.",
        ),
        (
            "list_item",
            "3. Cùng các đối tác Phần Lan và Ét-xtô-ni-a xây dựng hồ sơ tham gia dự án nâng cao năng lực thuộc chương trình Erasmus+.",
        ),
        (
            "list_item",
            "4. Cử 5 cán bộ sang Hàn Quốc tham dự khóa tập huấn về chuyển đổi số trong giáo dục trong sáu tháng đầu năm 2025.",
        ),
    ],
}

RSC_NATO = {
    "id": "rsc",
    "shape": "news",
    "date": "2023-04-04",
    "stamp": "Thứ Ba, 04/04/2023 - 23:40",
    "blocks": [
        ("title", "Phần Lan chính thức trở thành thành viên thứ 31 của NATO"),
        (
            "paragraph",
            "Brúc-xen (TTXVN) – Chiều 4/4 (giờ địa phương), tại trụ sở Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) ở Brúc-xen, Ngoại trưởng Phần Lan Pekka Haavisto đã trao văn kiện gia nhập cho Ngoại trưởng Mỹ Antony Blinken, chính thức đưa nước này trở thành thành viên thứ 31 của liên minh.",
        ),
        ("heading", "Khép lại tiến trình kéo dài 11 tháng", 1),
        (
            "paragraph",
            "Phần Lan và Thụy Điển cùng nộp đơn xin gia nhập NATO ngày 18/5/2022, chưa đầy ba tháng sau khi Nga tiến hành chiến dịch quân sự đặc biệt tại U-crai-na. Việc kết nạp Phần Lan cần được tất cả 30 nước thành viên phê chuẩn. Quốc hội Hung-ga-ri thông qua ngày 27/3, và ba ngày sau, Quốc hội Thổ Nhĩ Kỳ là cơ quan lập pháp cuối cùng bỏ phiếu ủng hộ.",
        ),
        (
            "paragraph",
            "Phát biểu tại buổi lễ, Tổng Thư ký NATO Jens Stoltenberg nhấn mạnh Phần Lan sẽ an toàn hơn và liên minh sẽ mạnh hơn. Lá cờ Phần Lan được kéo lên tại trụ sở NATO đúng ngày liên minh kỷ niệm 74 năm ký Hiệp ước Bắc Đại Tây Dương, với sự chứng kiến của Tổng thống Phần Lan Sauli Niinistö.",
        ),
        ("heading", "Mát-xcơ-va cảnh báo đáp trả", 1),
        (
            "paragraph",
            "Cùng ngày, Điện Kremlin tuyên bố Nga sẽ buộc phải thực hiện các biện pháp đáp trả để bảo đảm an ninh của mình. Với việc Phần Lan gia nhập, chiều dài đường biên giới trên bộ giữa các nước NATO và Nga tăng gần gấp đôi.",
        ),
        (
            "paragraph",
            "Trong khi đó, đơn xin gia nhập của Thụy Điển vẫn chưa được Thổ Nhĩ Kỳ và Hung-ga-ri phê chuẩn. Ông Stoltenberg cho biết NATO mong muốn sớm kết nạp Thụy Điển.",
        ),
    ],
}

RSD_PLAN = {
    "id": "rsd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 28/KH-BNNMT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Phần Lan về lâm nghiệp,",
        "nước sạch và kinh tế tuần hoàn năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Phần Lan về lâm nghiệp, nước sạch và kinh tế tuần hoàn năm 2026",
        ),
        (
            "paragraph",
            "Nhằm phát huy kết quả hợp tác phát triển lâu dài giữa hai nước, trong đó có các chương trình lâm nghiệp và cấp nước nông thôn từng được Phần Lan tài trợ bằng vốn viện trợ không hoàn lại, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch hợp tác với Phần Lan năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Phần Lan đặt mục tiêu trung hòa các-bon vào năm 2035 và là một trong những quốc gia đi đầu về kinh tế tuần hoàn. Những năm gần đây, hợp tác song phương chuyển dần từ viện trợ không hoàn lại sang hợp tác kinh tế, thương mại và đổi mới sáng tạo. Năm ngoái, Bộ đã đón đoàn Bộ Nông nghiệp và Lâm nghiệp Phần Lan sang làm việc; hai bên trao đổi về quản lý rừng bền vững, song Bản ghi nhớ về kinh tế tuần hoàn vẫn chưa được ký do phía bạn chưa hoàn tất thủ tục nội bộ.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Helsinki làm việc với Bộ Môi trường Phần Lan và Quỹ Đổi mới Phần Lan (Sitra).",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán và ký Bản ghi nhớ hợp tác về kinh tế tuần hoàn nhân chuyến công tác nói trên.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Phần Lan hỗ trợ kỹ thuật xây dựng hệ thống kiểm kê rừng quốc gia bằng công nghệ viễn thám.",
        ),
        (
            "list_item",
            "4. Phối hợp với Quỹ Phát triển Bắc Âu (NDF) chuẩn bị dự án thích ứng với biến đổi khí hậu cho một số tỉnh đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "5. Không đề xuất sử dụng vốn vay thương mại của Phần Lan cho các dự án cấp nước trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối, phối hợp với các đơn vị liên quan theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

RSE_ARCTIC = {
    "id": "rse",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Bắc Cực"),
        (
            "paragraph",
            "Hội đồng Bắc Cực là diễn đàn liên chính phủ cấp cao thúc đẩy hợp tác, điều phối và tương tác giữa các quốc gia Bắc Cực, các cộng đồng người bản địa và cư dân trong khu vực, nhất là về phát triển bền vững và bảo vệ môi trường. Hội đồng được thành lập theo Tuyên bố Ốt-ta-oa ký ngày 19/9/1996.",
        ),
        ("heading", "Thành viên và quan sát viên", 1),
        (
            "paragraph",
            "Tám nước thành viên gồm Ca-na-đa, Đan Mạch (bao gồm Grơn-len và quần đảo Pha-rô), Phần Lan, Ai-xơ-len, Na Uy, Nga, Thụy Điển và Hoa Kỳ; sáu tổ chức của người bản địa có tư cách Thành viên thường trực. Tại Hội nghị Bộ trưởng ở Ki-ru-na (Thụy Điển) tháng 5/2013, Trung Quốc, Ấn Độ, I-ta-li-a, Nhật Bản, Hàn Quốc và Xin-ga-po được công nhận là quan sát viên; Xin-ga-po là nước ASEAN duy nhất có tư cách này. Đơn xin làm quan sát viên của Liên minh châu Âu đến nay vẫn chưa được chấp thuận.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Tiền thân của Hội đồng là Chiến lược Bảo vệ môi trường Bắc Cực, được tám nước thông qua tại Rô-va-ni-e-mi (Phần Lan) năm 1991 theo sáng kiến của Phần Lan. Cương vị Chủ tịch luân phiên hai năm một lần giữa các thành viên: Phần Lan giữ cương vị này giai đoạn 2017 – 2019, Nga tiếp quản năm 2021.",
        ),
        (
            "paragraph",
            "Ngày 3/3/2022, bảy nước thành viên còn lại tuyên bố tạm dừng tham gia các cuộc họp của Hội đồng và các cơ quan trực thuộc, sau khi Nga mở chiến dịch quân sự tại U-crai-na. Tháng 5/2023, Na Uy tiếp nhận cương vị Chủ tịch từ Nga.",
        ),
    ],
}

DOCS = [RSA_FINLAND, RSB_UNIVERSITY, RSC_NATO, RSD_PLAN, RSE_ARCTIC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 48 columns, labels at 76, body at 76)."""
    return headed_journal(doc, title=48, label=76, body=76)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: one paragraph a line, every line followed by an empty line
    (issuer, number, place-date, title, sections, items); the signature at the end."""
    return word_text(doc, None, ["HIỆU TRƯỞNG", "(Đã ký và đóng dấu)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h2> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "23:40",
        [("/the-gioi", "Thế giới"), ("/quan-su", "Quân sự")],
        [("/tag/nato", "NATO"), ("/tag/phan-lan", "Phần Lan"), ("/tag/bac-au", "Bắc Âu")],
        heading='<h2 class="subtitle">{}</h2>',
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
            "- Bộ Tài chính;",
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
        prefix="rs",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
