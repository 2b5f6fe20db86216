"""Build the 268th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout268/build_heldout268.py [--check]

Five short documents on Vietnam and Central Europe (Hungary, the Czech Republic, Slovakia, Poland): a
journal article on the Vietnam – Hungary comprehensive partnership since 2018, a (fictitious) Hải Phòng
friendship union's year-end report 2025 on Czech and Slovak partners, a news page on the Hungarian
President Sulyok Tamás welcomed in Hà Nội on 28/5/2025, a (fictitious) Diplomatic Academy plan for 2026
with Polish, Czech, Slovak and Hungarian partners, and an encyclopedia entry on the Vietnamese community
in the Czech Republic. Facts are well-established; authors, journal, page numbers, document numbers, the
report's and the plan's items and all quoted words are invented. ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
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

HSA_HUNGARY = {
    "id": "hsa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TRUNG VÀ ĐÔNG ÂU – Số 4 (2025)",
    "first_page": 33,
    "break_after": 3,
    "blocks": [
        ("title", "QUAN HỆ ĐỐI TÁC TOÀN DIỆN VIỆT NAM – HUNG-GA-RI SAU BẢY NĂM"),
        ("author", "Đặng Thu Hà"),
        ("affiliation", "Viện Nghiên cứu Châu Âu, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết đánh giá quan hệ Việt Nam – Hung-ga-ri kể từ khi hai nước xác lập khuôn khổ Đối tác toàn diện năm 2018 và nêu một số kiến nghị.",
            "vi",
        ),
        ("keywords", "Hung-ga-ri; Đối tác toàn diện; Trung Đông Âu; hợp tác giáo dục", "vi"),
        ("heading", "1. Nền tảng truyền thống", 1),
        (
            "paragraph",
            "Hung-ga-ri thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa ngày 3/2/1950. Trong những năm kháng chiến chống Mỹ, nhân dân Hung-ga-ri đã tổ chức nhiều đợt hiến máu và quyên góp giúp đỡ Việt Nam; năm 1973, Hung-ga-ri cử sĩ quan tham gia Ủy ban quốc tế kiểm soát và giám sát thi hành Hiệp định Pa-ri (Vũ Quang Vinh, 2016, tr. 88). Hàng nghìn cán bộ, sinh viên Việt Nam đã được đào tạo tại các trường đại học của Hung-ga-ri.",
        ),
        ("heading", "2. Bước ngoặt năm 2018", 1),
        (
            "paragraph",
            "Từ ngày 8 đến 11/9/2018, Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Hung-ga-ri theo lời mời của Thủ tướng Viktor Orbán; hai bên nhất trí nâng quan hệ lên Đối tác toàn diện. Hung-ga-ri cũng cam kết ủng hộ Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020 – 2021. Năm 2025, nhân kỷ niệm 75 năm quan hệ ngoại giao, Tổng thống Sulyok Tamás thăm chính thức Việt Nam vào cuối tháng 5 và Chủ tịch Quốc hội Kövér László thăm chính thức nước ta từ ngày 18 đến 22/10. Theo một nhà nghiên cứu, Bu-đa-pét coi Hà Nội là “cửa ngõ vào thị trường ASEAN” (Lương Thị Hoa, 2021, tr. 35).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Hợp tác kinh tế vẫn chưa tương xứng với quan hệ chính trị. Hai bên cần tận dụng Hiệp định EVFTA, mở rộng hợp tác trong nông nghiệp, quản lý nguồn nước và giáo dục đại học (Mai Văn Đức, 2024).",
        ),
    ],
}

HSB_HAIPHONG = {
    "id": "hsb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ",
        "THÀNH PHỐ HẢI PHÒNG",
        "Số: 58/BC-LHHN",
        "Hải Phòng, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hoạt động hữu nghị với Séc và Xlô-va-ki-a năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hoạt động hữu nghị với Séc và Xlô-va-ki-a năm 2025"),
        (
            "paragraph",
            "Năm 2025, năm kỷ niệm 75 năm thiết lập quan hệ ngoại giao giữa Việt Nam và Tiệp Khắc (2/2/1950), Liên hiệp đã triển khai các hoạt động với đối tác Séc và Xlô-va-ki-a như sau:",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 4/2025, đón đoàn Hội Hữu nghị Séc – Việt Nam sang thăm thành phố; hai bên ký biên bản ghi nhớ hợp tác giai đoạn 2025 – 2030.",
        ),
        (
            "list_item",
            "2. Tháng 9/2025, đoàn Liên hiệp do Chủ tịch làm trưởng đoàn thăm vùng Ústí nad Labem (Séc) và gặp gỡ cộng đồng người Việt tại đây.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 12 máy thở do một quỹ từ thiện của Xlô-va-ki-a trao tặng Bệnh viện Trẻ em Hải Phòng, trị giá khoảng 60.000 ơ-rô.",
        ),
        (
            "list_item",
            "4. Chương trình trao đổi thanh niên với thành phố Brno chưa thực hiện được do phía bạn thay đổi nhân sự.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Phối hợp với Đại sứ quán Xlô-va-ki-a tổ chức Ngày văn hóa Xlô-va-ki-a tại Hải Phòng vào tháng 5/2026.",
        ),
        (
            "list_item",
            "2. Mời đoàn Hội Hữu nghị Xlô-va-ki-a – Việt Nam sang thăm thành phố nhân dịp Quốc khánh 2/9.",
        ),
        ("list_item", "3. Không cử đoàn ra nước ngoài trong quý I do hạn chế kinh phí."),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hoạt động hữu nghị với Séc và Xlô-va-ki-a năm 2025 của Liên hiệp các tổ chức hữu nghị thành phố Hải Phòng.",
        ),
    ],
}

HSC_SULYOK = {
    "id": "hsc",
    "shape": "news",
    "date": "2025-05-28",
    "stamp": "Thứ Tư, 28/05/2025 - 10:45",
    "blocks": [
        ("title", "Chủ tịch nước Lương Cường chủ trì lễ đón Tổng thống Hung-ga-ri Sulyok Tamás"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 28/5, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường và Phu nhân chủ trì lễ đón chính thức Tổng thống Hung-ga-ri Sulyok Tamás và Phu nhân thăm chính thức Việt Nam.",
        ),
        ("heading", "Dấu mốc của năm kỷ niệm", 1),
        (
            "paragraph",
            "Chuyến thăm diễn ra đúng dịp hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao (3/2/1950 – 3/2/2025). Đây là chuyến thăm Việt Nam đầu tiên của ông Sulyok Tamás trên cương vị Tổng thống, sau khi ông được Quốc hội Hung-ga-ri bầu vào tháng 2/2024.",
        ),
        (
            "paragraph",
            "Sau lễ đón, hai nhà lãnh đạo đã hội đàm, nhất trí làm sâu sắc hơn nữa quan hệ Đối tác toàn diện được xác lập năm 2018. Chủ tịch nước Lương Cường đề nghị phía Hung-ga-ri tiếp tục cấp học bổng cho sinh viên Việt Nam và tạo thuận lợi cho nông sản Việt Nam vào thị trường Hung-ga-ri.",
        ),
        ("heading", "Nhiều hoạt động trong chương trình", 1),
        (
            "paragraph",
            "Theo chương trình, Tổng thống Sulyok Tamás sẽ hội kiến Tổng Bí thư Tô Lâm, gặp Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn. Hung-ga-ri hiện là một trong những đối tác quan trọng hàng đầu của Việt Nam tại khu vực Trung Đông Âu.",
        ),
    ],
}

HSD_ACADEMY = {
    "id": "hsd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỌC VIỆN NGOẠI GIAO':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 41/KH-HVNG':<40}Hà Nội, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Ba Lan, Séc, Xlô-va-ki-a",
        "và Hung-ga-ri năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Ba Lan, Séc, Xlô-va-ki-a và Hung-ga-ri năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa chủ trương tăng cường quan hệ với các nước Trung Đông Âu, Học viện Ngoại giao xây dựng Kế hoạch hợp tác với các đối tác Ba Lan, Séc, Xlô-va-ki-a và Hung-ga-ri năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Học viện đã ký thỏa thuận hợp tác với Đại học Corvinus Bu-đa-pét (Hung-ga-ri) và đón 6 sinh viên Ba Lan sang học ngắn hạn. Đề án mở Trung tâm nghiên cứu Trung Âu chưa được phê duyệt.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, phối hợp với Viện Các vấn đề quốc tế Ba Lan (PISM) tổ chức tại Hà Nội Hội thảo quốc tế “Đông Nam Á và Trung Âu trong bối cảnh mới”.",
        ),
        (
            "list_item",
            "2. Cử đoàn lãnh đạo Học viện sang Pra-ha và Bra-ti-xla-va làm việc với các học viện ngoại giao của Séc và Xlô-va-ki-a trong quý II.",
        ),
        (
            "list_item",
            "3. Ký biên bản ghi nhớ với Viện Ngoại giao Hung-ga-ri về đào tạo cán bộ ngoại giao trẻ.",
        ),
        (
            "list_item",
            "4. Đề nghị Chính phủ Hung-ga-ri tiếp tục dành học bổng Stipendium Hungaricum cho sinh viên của Học viện.",
        ),
        (
            "list_item",
            "5. Mời Đại sứ Ba Lan tại Việt Nam nói chuyện chuyên đề với sinh viên nhân Ngày Độc lập Ba Lan 11/11.",
        ),
        (
            "paragraph",
            "Ban Hợp tác quốc tế chủ trì, phối hợp với các khoa, đơn vị liên quan triển khai Kế hoạch; định kỳ sáu tháng báo cáo Giám đốc Học viện.",
        ),
    ],
}

HSE_COMMUNITY = {
    "id": "hse",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng người Việt Nam tại Séc"),
        (
            "paragraph",
            "Cộng đồng người Việt Nam tại Séc là một trong những cộng đồng người Việt lớn nhất ở châu Âu. Ngày 3/7/2013, Chính phủ Séc công nhận người Việt là dân tộc thiểu số thứ 14 của nước này, cho phép cộng đồng cử đại diện vào Hội đồng Chính phủ về các dân tộc thiểu số.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Những người Việt đầu tiên đến Tiệp Khắc là học sinh, sinh viên và thực tập sinh được gửi sang học tập từ thập niên 1950, sau khi hai nước thiết lập quan hệ ngoại giao ngày 2/2/1950. Đầu thập niên 1980, hàng chục nghìn lao động Việt Nam sang làm việc tại các nhà máy của Tiệp Khắc theo hiệp định hợp tác lao động giữa hai chính phủ. Sau năm 1989, nhiều người ở lại kinh doanh; trung tâm thương mại Sapa ở Pra-ha trở thành nơi tụ họp của cộng đồng.",
        ),
        ("heading", "Quan hệ với quê hương", 1),
        (
            "paragraph",
            "Cộng đồng là cầu nối trong quan hệ hai nước. Từ ngày 18 đến 20/1/2025, Thủ tướng Phạm Minh Chính thăm chính thức Séc theo lời mời của Thủ tướng Petr Fiala; hai bên nâng quan hệ lên Đối tác chiến lược và Thủ tướng đã đến thăm bà con tại Trung tâm Sapa. Séc cũng là nước thành viên EU đầu tiên phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA).",
        ),
    ],
}

DOCS = [HSA_HUNGARY, HSB_HAIPHONG, HSC_SULYOK, HSD_ACADEMY, HSE_COMMUNITY]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 74 columns, signed "TM. BAN THƯỜNG VỤ /
    CHỦ TỊCH"."""
    return report_word(doc, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)"], width=74)


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page): title, meta date, nav, lead with its dateline, <h3>
    subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        section="Chính trị",
        time="10:45",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/hung-ga-ri", "Hung-ga-ri"), ("/tag/luong-cuong", "Lương Cường")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
        recipients=["- Bộ Ngoại giao (để b/c);", "- Các đơn vị thuộc Học viện;", "- Lưu: VT, HTQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="hs",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
