"""Build the two hundred ninety-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout291/build_heldout291.py [--check]

Five short documents on Vietnam with Russia, Belarus and the Eurasian Economic Union: a journal article on
the Vietnam – Eurasian Economic Union free trade agreement (talks from 2013, signed at Burabay on
29/5/2015, in force 5/10/2016), a (fictitious) city friendship association's report for 2024, a news page
on Prime Minister Mishustin's official visit of January 2025, a (fictitious) provincial press release on
receiving the Belarusian ambassador (2023), and a chronology of Vietnam – Soviet relations 1950 – 1991.
Facts are well-established; authors, journal, page numbers, document numbers, the report's, press release's
items and quoted words are invented. Gold is written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    chronology_text,
    headed_journal,
    news_page,
    official_text,
    report_word,
)

JVA = {
    "id": "jva",
    "shape": "journal",
    "header": "KINH TẾ ĐỐI NGOẠI VÀ HỘI NHẬP – Số 1 (2017)",
    "first_page": 83,
    "break_after": 3,
    "blocks": [
        (
            "title",
            "HIỆP ĐỊNH THƯƠNG MẠI TỰ DO VIỆT NAM – LIÊN MINH KINH TẾ Á – ÂU: QUÁ TRÌNH VÀ TRIỂN VỌNG",
        ),
        ("author", "Lương Quốc Trí"),
        ("affiliation", "Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết trình bày quá trình đàm phán, ký kết hiệp định và đánh giá cơ hội cho hàng xuất khẩu Việt Nam.",
            "vi",
        ),
        ("keywords", "VN-EAEU FTA; Liên minh Kinh tế Á – Âu; Bu-ra-bai; xuất khẩu", "vi"),
        ("heading", "1. Từ đàm phán đến ký kết", 1),
        (
            "paragraph",
            "Năm 2013, Việt Nam và Liên minh Hải quan Nga – Bê-la-rút – Ca-dắc-xtan chính thức khởi động đàm phán hiệp định thương mại tự do; sau nhiều phiên đàm phán, hai bên tuyên bố kết thúc đàm phán vào cuối năm 2014 (Đặng Hoài Nam, 2016, tr. 15). Ngày 29/5/2015, tại Bu-ra-bai (Ca-dắc-xtan), với sự chứng kiến của Thủ tướng Nguyễn Tấn Dũng, Bộ trưởng Công Thương Vũ Huy Hoàng và đại diện các nước thành viên Liên minh ký Hiệp định. Việt Nam trở thành đối tác đầu tiên ký hiệp định thương mại tự do với Liên minh.",
        ),
        ("heading", "2. Thực thi", 1),
        (
            "paragraph",
            "Hiệp định có hiệu lực từ ngày 5/10/2016. Theo một chuyên gia, đây là “tấm vé vào một thị trường hơn 180 triệu dân” (Lò Văn Sướng, 2017, tr. 22). Ác-mê-ni-a và Cư-rơ-gư-xtan, dù không tham gia đàm phán từ đầu, cũng là các bên của Hiệp định.",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Doanh nghiệp Việt Nam chưa tận dụng hết ưu đãi của Hiệp định, nhất là tại thị trường Bê-la-rút và Ác-mê-ni-a. Cần đẩy mạnh xúc tiến thương mại và sớm rà soát việc thực thi Hiệp định (Hồ Thu Trang, 2017).",
        ),
    ],
}

JVB = {
    "id": "jvb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ",
        "THÀNH PHỐ HẢI PHÒNG",
        "HỘI HỮU NGHỊ VIỆT – NGA",
        "Số: 17/BC-HNVN",
        "Hải Phòng, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết hoạt động năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết hoạt động năm 2024"),
        ("heading", "I. HOẠT ĐỘNG NỔI BẬT", 1),
        (
            "list_item",
            "1. Nhân Ngày Nước Nga 12/6, Hội phối hợp với Tổng Lãnh sự quán Liên bang Nga tại Đà Nẵng tổ chức gặp mặt hơn 200 cựu lưu học sinh từng học tập tại Liên Xô và Nga.",
        ),
        (
            "list_item",
            "2. Tháng 8/2024, đoàn Hội thăm thành phố Vla-đi-vô-xtốc, thành phố kết nghĩa của Hải Phòng, và ký kế hoạch giao lưu thanh niên giai đoạn 2025 – 2027 với Hội Hữu nghị Nga – Việt vùng Pri-mo-ri-e.",
        ),
        (
            "list_item",
            "3. Đón 2 đoàn sinh viên Trường Đại học Liên bang Viễn Đông sang thực tập tiếng Việt.",
        ),
        (
            "list_item",
            "4. Tiếp nhận 35 tấn hàng cứu trợ của các doanh nghiệp Nga ở Viễn Đông gửi người dân bị thiệt hại do bão Yagi (tháng 9/2024).",
        ),
        (
            "list_item",
            "5. Dự kiến tổ chức Tuần phim Nga tại Hải Phòng chưa thực hiện được do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức chuỗi hoạt động kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Liên bang Nga (30/1/1950 – 30/1/2025).",
        ),
        (
            "list_item",
            "2. Mời đoàn Hội Hữu nghị Nga – Việt vùng Pri-mo-ri-e sang dự Lễ hội Hoa Phượng Đỏ tháng 5/2025.",
        ),
        ("list_item", "3. Phối hợp mở lớp tiếng Nga miễn phí cho học sinh trung học."),
        (
            "paragraph",
            "Trên đây là báo cáo tổng kết hoạt động năm 2024 của Hội Hữu nghị Việt – Nga thành phố Hải Phòng.",
        ),
    ],
}

JVC = {
    "id": "jvc",
    "shape": "news",
    "date": "2025-01-14",
    "stamp": "Thứ Ba, 14/01/2025 - 20:15",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Liên bang Nga Mi-khai-in Mi-su-xtin"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 14/1, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Liên bang Nga Mi-khai-in Mi-su-xtin, người đang thăm chính thức Việt Nam từ ngày 14 đến 15/1.",
        ),
        ("heading", "Dấu mốc 75 năm", 1),
        (
            "paragraph",
            "Chuyến thăm diễn ra đúng dịp hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao. Hai Thủ tướng nhất trí thúc đẩy hợp tác trong các lĩnh vực dầu khí, năng lượng, giáo dục – đào tạo và giao thông vận tải, phấn đấu nâng kim ngạch thương mại song phương.",
        ),
        (
            "paragraph",
            "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký kết các văn kiện hợp tác giữa các bộ, ngành và doanh nghiệp hai nước.",
        ),
        ("heading", "Hội kiến lãnh đạo Việt Nam", 1),
        (
            "paragraph",
            "Trong thời gian ở Hà Nội, Thủ tướng Mi-su-xtin hội kiến Tổng Bí thư Tô Lâm và Chủ tịch nước Lương Cường.",
        ),
    ],
}

JVD = {
    "id": "jvd",
    "shape": "release",
    "head": [
        f"{'UBND TỈNH BẮC NINH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'SỞ NGOẠI VỤ':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/TCBC-SNgV':<40}Bắc Ninh, ngày 21 tháng 3 năm 2023",
    ],
    "title_lines": ["THÔNG CÁO BÁO CHÍ", "Về việc tiếp Đại sứ Cộng hòa Bê-la-rút tại Việt Nam"],
    "blocks": [
        ("title", "THÔNG CÁO BÁO CHÍ Về việc tiếp Đại sứ Cộng hòa Bê-la-rút tại Việt Nam"),
        (
            "paragraph",
            "Ngày 20/3/2023, Phó Chủ tịch UBND tỉnh Bắc Ninh tiếp Đại sứ Cộng hòa Bê-la-rút tại Việt Nam nhân chuyến thăm và làm việc của Đại sứ tại tỉnh.",
        ),
        (
            "paragraph",
            "Đại sứ cho biết phía Bê-la-rút mong muốn hợp tác với tỉnh trong lĩnh vực chế biến sữa và lắp ráp xe tải, đồng thời mời lãnh đạo tỉnh dự Diễn đàn hợp tác địa phương Bê-la-rút – Việt Nam tổ chức tại Min-xcơ vào tháng 9/2023.",
        ),
        (
            "paragraph",
            "Phó Chủ tịch UBND tỉnh đánh giá cao quan hệ hữu nghị truyền thống giữa hai nước, ủng hộ thúc đẩy hợp tác giữa các địa phương và nhận lời mời dự Diễn đàn. Đến nay, tỉnh chưa có dự án đầu tư nào của Bê-la-rút.",
        ),
        (
            "paragraph",
            "Hai bên giao Sở Ngoại vụ làm đầu mối, phối hợp với Đại sứ quán xây dựng kế hoạch hợp tác cụ thể; dự kiến ký thỏa thuận hợp tác với tỉnh Vi-tép-xcơ trong năm 2024.",
        ),
    ],
}

JVE = {
    "id": "jve",
    "shape": "chronology",
    "blocks": [
        ("title", "Niên biểu quan hệ Việt Nam – Liên Xô (1950 – 1991)"),
        (
            "paragraph",
            "Các sự kiện chính trong quan hệ giữa Việt Nam và Liên bang Cộng hòa xã hội chủ nghĩa Xô viết, từ khi thiết lập quan hệ ngoại giao đến khi Liên Xô tan rã.",
        ),
        ("heading", "1950", 1),
        (
            "list_item",
            "30/1: Liên Xô công nhận và thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa.",
        ),
        ("heading", "1955", 1),
        (
            "list_item",
            "Tháng 7: Chủ tịch Hồ Chí Minh thăm Liên Xô; phía Liên Xô cam kết viện trợ không hoàn lại 400 triệu rúp.",
        ),
        ("heading", "1957", 1),
        (
            "list_item",
            "Tháng 5: Chủ tịch Đoàn Chủ tịch Xô viết tối cao K. Vô-rô-si-lốp thăm Việt Nam Dân chủ Cộng hòa.",
        ),
        ("heading", "1965", 1),
        (
            "list_item",
            "Tháng 2: Chủ tịch Hội đồng Bộ trưởng A. Cô-xư-ghin thăm Hà Nội; hai bên ký các hiệp định về tăng cường khả năng quốc phòng của Việt Nam.",
        ),
        ("heading", "1978", 1),
        ("list_item", "29/6: Việt Nam gia nhập Hội đồng Tương trợ Kinh tế (SEV)."),
        (
            "list_item",
            "3/11: Tổng Bí thư Lê Duẩn và Tổng Bí thư L. Brê-giơ-nép ký Hiệp ước hữu nghị và hợp tác giữa hai nước tại Mát-xcơ-va.",
        ),
        ("heading", "1980", 1),
        (
            "list_item",
            "23/7: Phi công Phạm Tuân bay vào vũ trụ trên tàu Xô-iu-dơ 37 cùng nhà du hành Liên Xô V. Gor-ba-tơ-cô.",
        ),
        ("heading", "1991", 1),
        (
            "list_item",
            "Tháng 12: Liên Xô tan rã; Việt Nam công nhận Liên bang Nga là quốc gia kế tục Liên Xô.",
        ),
    ],
}

DOCS = [JVA, JVB, JVC, JVD, JVE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article by heldout_kit.headed_journal, the page label "Trang N" at the left."""
    return headed_journal(doc, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed for the executive board."""
    return report_word(doc, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="19:50",
        menu=[("/thoi-su", "Thời sự"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/lien-bang-nga", "Liên bang Nga"), ("/tag/75-nam-quan-he", "75 năm quan hệ Việt – Nga")],
    )


def render_release(doc: dict) -> str:
    """A provincial department's press release by heldout_kit.official_text: the issuer/motto block, the
    centred title, the paragraphs at 78 columns with blank lines between, the issuer's name at the right."""
    return official_text(doc, 78, ["", f"{'':44}SỞ NGOẠI VỤ TỈNH BẮC NINH"])


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "release": render_release,
            "chronology": chronology_text,
        },
        prefix="jv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
