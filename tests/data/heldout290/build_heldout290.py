"""Build the two hundred ninetieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout290/build_heldout290.py [--check]

Five short documents on Vietnam with Russia, the Eurasian Economic Union and Central Asia: a journal
article on three milestones of Vietnam – Russia relations (the 1994 friendship treaty, the 2001 strategic
partnership, the 2012 comprehensive strategic partnership), a (fictitious) provincial trade department's
report for 2024 on exports to the Eurasian Economic Union, a news page on President Putin's state visit of
June 2024, a (fictitious) trade promotion plan for Kazakhstan and Central Asia in 2026, and an encyclopedia
entry on the Eurasian Economic Union. Facts are well-established; authors, journal, page numbers, document
numbers, the report's and plan's items and quoted words are invented. Gold is written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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
    ministry_plan,
    news_page,
    report_word,
)

JUA = {
    "id": "jua",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU NGA VÀ TRUNG Á – Số 2 (2024)",
    "first_page": 27,
    "break_after": 6,
    "blocks": [
        ("title", "BA MỐC LỚN TRONG QUAN HỆ VIỆT NAM – LIÊN BANG NGA"),
        ("author", "Đinh Thị Phương Loan"),
        ("affiliation", "Viện Nghiên cứu châu Âu, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại ba văn kiện định hình quan hệ Việt Nam – Nga sau khi Liên Xô tan rã.",
            "vi",
        ),
        ("keywords", "Việt Nam; Liên bang Nga; Hiệp ước 1994; đối tác chiến lược", "vi"),
        ("heading", "1. Hiệp ước năm 1994", 1),
        (
            "paragraph",
            "Ngày 16/6/1994, nhân chuyến thăm chính thức Liên bang Nga của Thủ tướng Võ Văn Kiệt, hai nước ký tại Mát-xcơ-va Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị giữa Việt Nam và Liên bang Nga (Trần Khánh Hưng, 2015, tr. 44). Văn kiện này mở ra giai đoạn mới của quan hệ song phương.",
        ),
        ("heading", "2. Từ đối tác chiến lược đến đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Từ ngày 28/2 đến 2/3/2001, Tổng thống V. Pu-tin thăm cấp Nhà nước Việt Nam, chuyến thăm đầu tiên của một nguyên thủ Nga tới nước ta. Ngày 1/3/2001, Chủ tịch nước Trần Đức Lương và Tổng thống Pu-tin ký Tuyên bố chung về quan hệ đối tác chiến lược; Nga trở thành đối tác chiến lược đầu tiên của Việt Nam. Mười một năm sau, trong chuyến thăm chính thức Nga của Chủ tịch nước Trương Tấn Sang, ngày 27/7/2012 tại Xô-chi, hai bên ra Tuyên bố chung về tăng cường quan hệ đối tác chiến lược toàn diện. Như một nhà ngoại giao lão thành nhận định, đó là “sự trở lại tự nhiên của một tình bạn đã được thử thách” (Phan Đức Mậu, 2018, tr. 109).",
        ),
        ("heading", "3. Những điểm nghẽn", 1),
        (
            "paragraph",
            "Dù vậy, kim ngạch thương mại song phương đến nay chưa đạt mốc 10 tỷ USD mà lãnh đạo hai nước từng đặt ra (Nguyễn Thị Bích Hồng, 2023). Hai bên cần sớm tháo gỡ vướng mắc về thanh toán và vận tải.",
        ),
    ],
}

JUB = {
    "id": "jub",
    "shape": "word",
    "head": [
        "UBND TỈNH NGHỆ AN",
        "SỞ CÔNG THƯƠNG",
        "Số: 418/BC-SCT",
        "Nghệ An, ngày 23 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả xuất khẩu sang thị trường Liên minh Kinh tế Á – Âu năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả xuất khẩu sang thị trường Liên minh Kinh tế Á – Âu năm 2024"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Kim ngạch xuất khẩu của tỉnh sang các nước thành viên Liên minh Kinh tế Á – Âu ước đạt 36,4 triệu USD, tăng 11,5% so với năm 2023; riêng thị trường Liên bang Nga chiếm gần 80%.",
        ),
        (
            "list_item",
            "2. Tháng 4/2024, Sở tổ chức đoàn 9 doanh nghiệp dự một hội chợ thực phẩm quốc tế tại Mát-xcơ-va; các doanh nghiệp đã ký 6 hợp đồng xuất khẩu chè, hạt điều và thủy sản với nhà nhập khẩu Nga.",
        ),
        (
            "list_item",
            "3. Tháng 9/2024, tiếp đoàn doanh nghiệp tỉnh Mô-ghi-lốp (Bê-la-rút) sang tìm hiểu khả năng lắp ráp máy kéo tại Khu kinh tế Đông Nam.",
        ),
        (
            "list_item",
            "4. Tập huấn cho 120 doanh nghiệp về quy tắc xuất xứ và cách khai C/O mẫu EAV để hưởng ưu đãi thuế quan.",
        ),
        (
            "list_item",
            "5. Dự kiến mở điểm giới thiệu sản phẩm của tỉnh tại Al-ma-ty (Ca-dắc-xtan) chưa thực hiện được do chưa tìm được đối tác phù hợp.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức đoàn doanh nghiệp khảo sát thị trường Ca-dắc-xtan và U-dơ-bê-ki-xtan trong quý II/2025.",
        ),
        (
            "list_item",
            "2. Mời đoàn tỉnh Mô-ghi-lốp trở lại làm việc, hướng tới ký biên bản ghi nhớ hợp tác.",
        ),
        ("list_item", "3. Phấn đấu kim ngạch xuất khẩu sang khu vực đạt 42 triệu USD."),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả xuất khẩu sang thị trường Liên minh Kinh tế Á – Âu năm 2024 của Sở Công Thương.",
        ),
    ],
}

JUC = {
    "id": "juc",
    "shape": "news",
    "date": "2024-06-20",
    "stamp": "Thứ Năm, 20/06/2024 - 12:40",
    "blocks": [
        ("title", "Lễ đón chính thức Tổng thống Liên bang Nga V. Pu-tin thăm cấp Nhà nước Việt Nam"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 20/6, tại Phủ Chủ tịch, Chủ tịch nước Tô Lâm chủ trì lễ đón chính thức Tổng thống Liên bang Nga Vla-đi-mia Pu-tin thăm cấp Nhà nước tới Việt Nam từ ngày 19 đến 20/6.",
        ),
        ("heading", "Lần thứ năm thăm Việt Nam", 1),
        (
            "paragraph",
            "Đây là lần thứ năm ông Pu-tin thăm Việt Nam trên cương vị Tổng thống. Ông tới Hà Nội sau chuyến thăm Cộng hòa Dân chủ Nhân dân Triều Tiên. Sau lễ đón, Chủ tịch nước Tô Lâm và Tổng thống Pu-tin hội đàm, nhất trí tiếp tục làm sâu sắc hơn nữa quan hệ Đối tác chiến lược toàn diện nhân dịp 30 năm ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị.",
        ),
        ("heading", "Gặp gỡ lãnh đạo cấp cao", 1),
        (
            "paragraph",
            "Trong chương trình chuyến thăm, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Pu-tin; Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn hội kiến Tổng thống. Hai bên đã ký kết nhiều văn kiện hợp tác trong các lĩnh vực giáo dục, năng lượng và y tế.",
        ),
        (
            "paragraph",
            "Hai bên nhất trí phối hợp tổ chức trọng thể các hoạt động kỷ niệm 75 năm quan hệ hai nước vào năm 2025.",
        ),
    ],
}

JUD = {
    "id": "jud",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC XÚC TIẾN THƯƠNG MẠI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 96/KH-XTTM':<40}Hà Nội, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại Ca-dắc-xtan và Trung Á năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại Ca-dắc-xtan và Trung Á năm 2026"),
        (
            "paragraph",
            "Nhằm mở rộng thị trường xuất khẩu sang khu vực Trung Á, Cục Xúc tiến thương mại xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Cục phối hợp với Thương vụ Việt Nam tại Ca-dắc-xtan tổ chức Tuần hàng Việt Nam tại Al-ma-ty với 54 doanh nghiệp tham gia; đón 3 đoàn doanh nghiệp U-dơ-bê-ki-xtan và Cư-rơ-gư-xtan sang giao dịch tại Thành phố Hồ Chí Minh. Chương trình kết nối với nhà phân phối Tuốc-mê-ni-xtan chưa tổ chức được.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, tổ chức đoàn giao thương tại A-xta-na và Ta-sken, tập trung vào nông sản, dệt may và đồ gỗ.",
        ),
        (
            "list_item",
            "2. Phối hợp với Phòng Thương mại và Công nghiệp Ca-dắc-xtan tổ chức Diễn đàn doanh nghiệp Việt Nam – Ca-dắc-xtan tại Hà Nội trong quý III.",
        ),
        (
            "list_item",
            "3. Chưa tham gia hội chợ tại Tát-gi-ki-xtan trong năm 2026 do hạn chế về kinh phí.",
        ),
        (
            "list_item",
            "4. Hỗ trợ 20 doanh nghiệp đăng ký gian hàng tại hội chợ quốc tế ở Ta-sken vào tháng 10/2026.",
        ),
        (
            "paragraph",
            "Phòng Xúc tiến thương mại khu vực châu Âu chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch.",
        ),
    ],
}

JUE = {
    "id": "jue",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Kinh tế Á – Âu"),
        (
            "paragraph",
            "Liên minh Kinh tế Á – Âu (EAEU) là tổ chức hội nhập kinh tế khu vực gồm năm nước thành viên: Nga, Bê-la-rút, Ca-dắc-xtan, Ác-mê-ni-a và Cư-rơ-gư-xtan. Hiệp ước thành lập Liên minh được tổng thống Nga, Bê-la-rút và Ca-dắc-xtan ký ngày 29/5/2014 tại A-xta-na và có hiệu lực từ ngày 1/1/2015.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Ác-mê-ni-a gia nhập Liên minh ngày 2/1/2015. Môn-đô-va được trao quy chế quan sát viên năm 2018, Cu-ba năm 2020. Tát-gi-ki-xtan chưa nộp đơn gia nhập.",
        ),
        ("heading", "Bộ máy", 1),
        (
            "paragraph",
            "Cơ quan cao nhất là Hội đồng Kinh tế tối cao Á – Âu, gồm nguyên thủ các nước thành viên. Ủy ban Kinh tế Á – Âu, cơ quan điều hành thường trực, đặt trụ sở tại Mát-xcơ-va; Tòa án của Liên minh đặt tại Min-xcơ. Chức Chủ tịch Hội đồng luân phiên hằng năm giữa các nước thành viên theo thứ tự bảng chữ cái tiếng Nga.",
        ),
        ("heading", "Quan hệ đối ngoại", 1),
        (
            "paragraph",
            "Liên minh đã ký hiệp định thương mại tự do với Xin-ga-po và Xéc-bi-a năm 2019, với I-ran năm 2023. Năm 2018, Liên minh ký hiệp định về hợp tác kinh tế và thương mại với Trung Quốc, không bao gồm cam kết cắt giảm thuế quan.",
        ),
    ],
}

DOCS = [JUA, JUB, JUC, JUD, JUE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Chính trị" section."""
    return news_page(
        doc,
        section="Chính trị",
        time="12:40",
        menu=[("/chinh-tri", "Chính trị"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/lien-bang-nga", "Liên bang Nga"), ("/tag/vladimir-putin", "Vladimir Putin")],
    )


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký)"])


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG"."""
    return ministry_plan(
        doc,
        signature=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "(đã ký)"],
        recipients=["- Lãnh đạo Bộ (để b/c);", "- Lưu: VT, XTTM."],
    )


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article by heldout_kit.headed_journal, the page label "- N -" centred."""
    return headed_journal(doc, page_label="- {} -", align="^")


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
        prefix="ju",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
