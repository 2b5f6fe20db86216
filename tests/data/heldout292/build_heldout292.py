"""Build the two hundred ninety-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout292/build_heldout292.py [--check]

Five short documents on Vietnam with Russia, Kazakhstan, Belarus and Uzbekistan: a journal article on
Vietnam – Russia energy cooperation (Vietsovpetro 1981, Bạch Hổ 1986, Rusvietpetro 2008, the Ninh Thuận 1
nuclear plant agreement of 2010 and its halt in 2016), a (fictitious) university faculty's report for 2025
on Central Asian partners, a news page on President Nguyễn Xuân Phúc's talks with President Putin in Sochi
(30/11/2021), a (fictitious) provincial tourism promotion plan for Russia, Kazakhstan and Belarus in 2026,
and an encyclopedia entry on Uzbekistan. Facts are well-established; authors, journal, page numbers,
document numbers, the report's and plan's items and quoted words are invented. Gold is written by hand;
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
    report_word,
)

JWA = {
    "id": "jwa",
    "shape": "journal",
    "header": "NĂNG LƯỢNG VÀ HỘI NHẬP – Số 6 (2019)",
    "first_page": 112,
    "break_after": 5,
    "blocks": [
        ("title", "HỢP TÁC NĂNG LƯỢNG VIỆT NAM – NGA: DẦU KHÍ VÀ ĐIỆN HẠT NHÂN"),
        ("author", "Trương Thị Ngọc Diệp"),
        ("affiliation", "Viện Kinh tế và Chính trị thế giới"),
        (
            "abstract",
            "Bài viết phân tích hợp tác dầu khí và điện hạt nhân, trụ cột của quan hệ kinh tế Việt Nam – Nga.",
            "vi",
        ),
        ("keywords", "Vietsovpetro; Rusvietpetro; Ninh Thuận 1; điện hạt nhân", "vi"),
        ("heading", "1. Dầu khí: từ Bạch Hổ đến Nê-nét", 1),
        (
            "paragraph",
            "Ngày 19/6/1981, Việt Nam và Liên Xô ký Hiệp định liên chính phủ về thành lập Xí nghiệp Liên doanh Vietsovpetro để thăm dò, khai thác dầu khí ở thềm lục địa phía Nam (Bùi Khắc Thành, 2011, tr. 58). Tháng 6/1986, tấn dầu đầu tiên được khai thác từ mỏ Bạch Hổ. Năm 2008, Tập đoàn Dầu khí Việt Nam và Công ty Zarubezhneft của Nga lập liên doanh Rusvietpetro, khai thác dầu tại Khu tự trị Nê-nét của Nga.",
        ),
        ("heading", "2. Điện hạt nhân: cơ hội bị hoãn lại", 1),
        (
            "paragraph",
            "Ngày 31/10/2010, nhân chuyến thăm Việt Nam của Tổng thống Đ. Mết-vê-đép, hai nước ký Hiệp định hợp tác xây dựng Nhà máy điện hạt nhân Ninh Thuận 1; phía Nga cam kết cho vay vốn để thực hiện dự án. Tuy nhiên, ngày 22/11/2016, Quốc hội Việt Nam thông qua nghị quyết dừng thực hiện chủ trương đầu tư dự án điện hạt nhân Ninh Thuận, chủ yếu vì lý do hiệu quả kinh tế (Mai Quốc Bảo, 2017, tr. 9).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Nhiều chuyên gia cho rằng “năng lượng vẫn là sợi chỉ đỏ xuyên suốt quan hệ kinh tế hai nước” (Đoàn Văn Hiếu, 2018, tr. 31). Dù vậy, Trung tâm Khoa học và Công nghệ hạt nhân do Nga hỗ trợ vẫn chưa được khởi công.",
        ),
    ],
}

JWB = {
    "id": "jwb",
    "shape": "word",
    "head": [
        "ĐẠI HỌC QUỐC GIA HÀ NỘI",
        "TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI VÀ NHÂN VĂN",
        "KHOA ĐÔNG PHƯƠNG HỌC",
        "Số: 58/BC-ĐPH",
        "Hà Nội, ngày 19 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Hợp tác với các đối tác Trung Á năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Hợp tác với các đối tác Trung Á năm 2025"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 3/2025, Khoa ký biên bản ghi nhớ trao đổi giảng viên và sinh viên với Đại học Quốc gia Ca-dắc-xtan mang tên Al-Farabi (Al-ma-ty).",
        ),
        (
            "list_item",
            "2. Tiếp nhận 6 sinh viên Đại học Quốc gia Ta-sken về Đông phương học (U-dơ-bê-ki-xtan) sang học tiếng Việt một học kỳ.",
        ),
        ("list_item", "3. Tháng 10/2025, cử 3 giảng viên sang Ta-sken giảng dạy chuyên đề lịch sử Việt Nam."),
        (
            "list_item",
            "4. Nhận tài trợ 12.000 USD của một quỹ văn hóa Ca-dắc-xtan để biên soạn giáo trình văn hóa Trung Á.",
        ),
        ("list_item", "5. Đề xuất mở chuyên ngành Trung Á học chưa được Nhà trường phê duyệt."),
        ("heading", "II. KẾ HOẠCH NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 5/2026, đăng cai hội thảo quốc tế về hợp tác học thuật Việt Nam – Trung Á, mời học giả Ca-dắc-xtan, U-dơ-bê-ki-xtan và Cư-rơ-gư-xtan tham dự.",
        ),
        (
            "list_item",
            "2. Tiếp tục đàm phán thỏa thuận liên kết đào tạo với Đại học Quốc gia Ta-sken về Đông phương học.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hợp tác với các đối tác Trung Á năm 2025 của Khoa Đông phương học.",
        ),
    ],
}

JWC = {
    "id": "jwc",
    "shape": "news",
    "date": "2021-11-30",
    "stamp": "Thứ Ba, 30/11/2021 - 22:10",
    "blocks": [
        ("title", "Chủ tịch nước Nguyễn Xuân Phúc hội đàm với Tổng thống Liên bang Nga V. Pu-tin"),
        (
            "paragraph",
            "Xô-chi (TTXVN) – Ngày 30/11, tại thành phố Xô-chi, Chủ tịch nước Nguyễn Xuân Phúc hội đàm với Tổng thống Liên bang Nga Vla-đi-mia Pu-tin trong khuôn khổ chuyến thăm chính thức Liên bang Nga từ ngày 28/11 đến 2/12.",
        ),
        ("heading", "Tầm nhìn đến năm 2030", 1),
        (
            "paragraph",
            "Sau hội đàm, hai nhà lãnh đạo thông qua Tuyên bố chung về Tầm nhìn quan hệ Đối tác chiến lược toàn diện Việt Nam – Liên bang Nga đến năm 2030. Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực quốc phòng – an ninh, dầu khí, giáo dục và y tế.",
        ),
        (
            "paragraph",
            "Chủ tịch nước cảm ơn Chính phủ và nhân dân Nga đã hỗ trợ Việt Nam trong phòng, chống dịch COVID-19.",
        ),
        ("heading", "Chương trình tại Mát-xcơ-va", 1),
        (
            "paragraph",
            "Tại Mát-xcơ-va, Chủ tịch nước dự kiến hội kiến Thủ tướng Mi-khai-in Mi-su-xtin, gặp gỡ cộng đồng người Việt Nam tại Liên bang Nga.",
        ),
    ],
}

JWD = {
    "id": "jwd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH KHÁNH HÒA':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 231/KH-UBND':<40}Khánh Hòa, ngày 26 tháng 11 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến du lịch tại thị trường Nga, Ca-dắc-xtan và Bê-la-rút năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến du lịch tại thị trường Nga, Ca-dắc-xtan và Bê-la-rút năm 2026"),
        (
            "paragraph",
            "Nhằm giữ vững và mở rộng các thị trường khách truyền thống, UBND tỉnh ban hành Kế hoạch xúc tiến du lịch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, tỉnh đón khoảng 410.000 lượt khách Nga và 95.000 lượt khách Ca-dắc-xtan, chủ yếu qua các chuyến bay thẳng tới Cảng hàng không quốc tế Cam Ranh. Tháng 9/2025, đoàn công tác của tỉnh dự một hội chợ du lịch tại Mát-xcơ-va và làm việc với Hiệp hội Lữ hành Nga. Đường bay thẳng Min-xcơ – Cam Ranh chưa được khai thác trở lại.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tổ chức Ngày Khánh Hòa tại Al-ma-ty vào tháng 4/2026, phối hợp với Đại sứ quán Việt Nam tại Ca-dắc-xtan.",
        ),
        (
            "list_item",
            "2. Mời 30 hãng lữ hành Nga và Bê-la-rút sang khảo sát sản phẩm du lịch của tỉnh trong quý I/2026.",
        ),
        (
            "list_item",
            "3. Xúc tiến ký thỏa thuận hợp tác du lịch với chính quyền tỉnh Xvéc-đlốp (Liên bang Nga).",
        ),
        (
            "list_item",
            "4. Đề nghị Cục Hàng không Việt Nam hỗ trợ mở lại đường bay thẳng Min-xcơ – Cam Ranh.",
        ),
        (
            "paragraph",
            "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

JWE = {
    "id": "jwe",
    "shape": "entry",
    "blocks": [
        ("title", "U-dơ-bê-ki-xtan"),
        (
            "paragraph",
            "U-dơ-bê-ki-xtan (tên chính thức: Cộng hòa U-dơ-bê-ki-xtan) là quốc gia nội lục ở Trung Á, thủ đô là Ta-sken. Nước này tuyên bố độc lập ngày 31/8/1991 và trở thành thành viên Liên hợp quốc ngày 2/3/1992.",
        ),
        ("heading", "Chính trị", 1),
        (
            "paragraph",
            "Tổng thống Sh. Mi-di-ô-y-ép được bầu tháng 12/2016, sau khi Tổng thống đầu tiên I. Ca-ri-mốp qua đời.",
        ),
        ("heading", "Đối ngoại", 1),
        (
            "paragraph",
            "U-dơ-bê-ki-xtan tham gia Cộng đồng các quốc gia độc lập (SNG) ngay từ khi tổ chức này ra đời tháng 12/1991 và là thành viên sáng lập Tổ chức Hợp tác Thượng Hải (SCO), thành lập tại Thượng Hải ngày 15/6/2001. Nước này ngừng tham gia Tổ chức Hiệp ước An ninh Tập thể (CSTO) năm 2012 và trở thành quan sát viên của Liên minh Kinh tế Á – Âu tháng 12/2020.",
        ),
        ("heading", "Kinh tế", 1),
        (
            "paragraph",
            "U-dơ-bê-ki-xtan là nước sản xuất bông và khí đốt lớn của khu vực. Nước này chưa là thành viên Tổ chức Thương mại Thế giới (WTO) và đang đàm phán gia nhập.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và U-dơ-bê-ki-xtan thiết lập quan hệ ngoại giao năm 1992. Việt Nam không phải là thành viên SCO; hai nước chủ yếu hợp tác song phương và tại Liên hợp quốc.",
        ),
    ],
}

DOCS = [JWA, JWB, JWC, JWD, JWE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article by heldout_kit.headed_journal, the bare page number flush right."""
    return headed_journal(doc, page_label="{}")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed by the dean."""
    return report_word(doc, ["TRƯỞNG KHOA", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="22:10",
        menu=[("/the-gioi", "Thế giới"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/nguyen-xuan-phuc", "Nguyễn Xuân Phúc"), ("/tag/sochi", "Xô-chi")],
    )


def render_plan(doc: dict) -> str:
    """A provincial plan by heldout_kit.plan_text: "Nơi nhận" at the left, "TM. ỦY BAN NHÂN DÂN" /
    "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" beside it, body at 78 columns."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ VHTTDL (để b/c);", "- Lưu: VT, KGVX."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        columns=(46, 50, 50),
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
        prefix="jw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
