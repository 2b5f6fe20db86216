"""Build the three hundred thirty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout331/build_heldout331.py [--check]

Five short documents on Vietnam and the Russian Federation: a journal article on the road from the 1994
treaty to the comprehensive strategic partnership of 2012, a (fictitious) year-end report for 2024 of a
provincial foreign affairs department on Russian partners, a news page on President Putin's state visit of
June 2024, a (fictitious) city plan for cooperation with Moscow in 2027, and an encyclopedia entry on the
Cam Ranh base. Facts are well-established; authors, journal, page numbers, document numbers, the report's
and plan's items and quoted words are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    ministry_plan,
    news_page,
    paged_journal,
    report_word,
)

DHA_JOURNAL = {
    "id": "dha",
    "shape": "journal",
    "header": "Tạp chí Khoa học Chính trị và Quốc tế, Tập 12, Số 2/2026",
    "first_page": 58,
    "break_after": 9,
    "blocks": [
        ("title", "Quan hệ Việt Nam – Liên bang Nga: từ Hiệp ước năm 1994 đến Đối tác chiến lược toàn diện"),
        ("author", "Hoàng Minh Tuấn, Lưu Thị Phương Thảo"),
        ("affiliation", "Học viện Chính trị khu vực I"),
        (
            "abstract",
            "Bài viết phân tích các mốc phát triển của quan hệ Việt Nam – Liên bang Nga sau khi Liên Xô tan rã và những động lực của quan hệ đối tác giữa hai nước.",
            "vi",
        ),
        ("keywords", "Liên bang Nga; đối tác chiến lược; Hiệp ước 1994", "vi"),
        ("heading", "1. Giai đoạn điều chỉnh", 1),
        (
            "paragraph",
            "Những năm đầu thập niên 1990, quan hệ hai nước giảm sút mạnh do Nga ưu tiên hướng về phương Tây (Vũ Thị Kim Oanh, 2011, tr. 57). Bước ngoặt là chuyến thăm Liên bang Nga của Thủ tướng Võ Văn Kiệt tháng 6/1994, trong đó hai bên ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị Việt Nam – Liên bang Nga thay cho Hiệp ước năm 1978.",
        ),
        ("heading", "2. Đối tác chiến lược", 1),
        (
            "paragraph",
            "Từ ngày 28/2 đến ngày 2/3/2001, Tổng thống V. Pu-tin thăm chính thức Việt Nam, chuyến thăm đầu tiên của một nguyên thủ Nga tới nước ta. Ngày 1/3/2001, Chủ tịch nước Trần Đức Lương và Tổng thống Pu-tin ký Tuyên bố chung về quan hệ đối tác chiến lược, lần đầu tiên Việt Nam xác lập khuôn khổ này với một nước. Tháng 7/2012, nhân chuyến thăm Nga của Chủ tịch nước Trương Tấn Sang, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện.",
        ),
        ("heading", "3. Nhận xét", 1),
        (
            "paragraph",
            "Theo một nhà ngoại giao kỳ cựu, Nga vẫn là “người bạn thử thách qua thời gian” của Việt Nam (Lê Đình Chung, 2019, tr. 203). Hai bên chưa khai thác hết tiềm năng kinh tế, kim ngạch thương mại còn khiêm tốn so với quan hệ chính trị (Nguyễn Quang Huy, 2023).",
        ),
    ],
}

DHB_WORD = {
    "id": "dhb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
        "SỞ NGOẠI VỤ",
        "Số: 214/BC-SNgV",
        "Khánh Hòa, ngày 10 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các địa phương và đối tác Liên bang Nga năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các địa phương và đối tác Liên bang Nga năm 2024"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 3/2024, Chủ tịch Ủy ban nhân dân tỉnh tiếp Tổng Lãnh sự Liên bang Nga tại Đà Nẵng, trao đổi về việc mở thêm đường bay thẳng từ Nô-vô-xi-biếc đến Cam Ranh.",
        ),
        (
            "list_item",
            "2. Tháng 8/2024, đoàn công tác của tỉnh thăm vùng Xa-kha-lin, ký Bản ghi nhớ hợp tác về du lịch và nuôi trồng thủy sản.",
        ),
        (
            "list_item",
            "3. Tỉnh đón khoảng 180 nghìn lượt khách du lịch Nga, tăng 25% so với năm trước.",
        ),
        (
            "list_item",
            "4. Việc thành lập Văn phòng đại diện du lịch của tỉnh tại Mát-xcơ-va chưa được thực hiện.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức Ngày Văn hóa Nga tại Nha Trang; đề nghị phía Nga cử đoàn nghệ thuật sang biểu diễn.",
        ),
        (
            "list_item",
            "2. Tiếp tục đàm phán với hãng hàng không Nga về đường bay thẳng Nô-vô-xi-biếc – Cam Ranh.",
        ),
        (
            "paragraph",
            "Sở Ngoại vụ kính báo cáo Ủy ban nhân dân tỉnh.",
        ),
    ],
}

DHC_NEWS = {
    "id": "dhc",
    "shape": "news",
    "date": "2024-06-20",
    "stamp": "Thứ Năm, 20/06/2024 - 12:05",
    "blocks": [
        ("title", "Lễ đón chính thức Tổng thống Liên bang Nga Vladimir Putin thăm cấp Nhà nước tới Việt Nam"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 20/6, tại Phủ Chủ tịch, Chủ tịch nước Tô Lâm chủ trì lễ đón chính thức Tổng thống Liên bang Nga Vla-đi-mia Pu-tin thăm cấp Nhà nước tới Việt Nam từ ngày 19 đến 20/6/2024.",
        ),
        ("heading", "Chuyến thăm thứ năm", 1),
        (
            "paragraph",
            "Đây là lần thứ năm Tổng thống Pu-tin thăm Việt Nam, sau các chuyến thăm năm 2001, 2006, 2013 và lần dự Tuần lễ Cấp cao APEC tại Đà Nẵng năm 2017.",
        ),
        (
            "paragraph",
            "Ngay sau lễ đón, Chủ tịch nước Tô Lâm và Tổng thống Pu-tin hội đàm. Hai nhà lãnh đạo nhất trí tiếp tục làm sâu sắc hơn quan hệ Đối tác chiến lược toàn diện, tăng cường hợp tác trong các lĩnh vực năng lượng, giáo dục – đào tạo và khoa học – công nghệ.",
        ),
        (
            "paragraph",
            "Trong khuôn khổ chuyến thăm, Tổng thống Pu-tin hội kiến Tổng Bí thư Nguyễn Phú Trọng, gặp Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn.",
        ),
    ],
}

DHD_PLAN = {
    "id": "dhd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'THÀNH PHỐ HÀ NỘI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 305/KH-UBND':<40}Hà Nội, ngày 25 tháng 11 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thực hiện Chương trình hợp tác giữa Hà Nội và Mát-xcơ-va năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Thực hiện Chương trình hợp tác giữa Hà Nội và Mát-xcơ-va năm 2027"),
        ("heading", "I. MỤC ĐÍCH", 1),
        (
            "paragraph",
            "Cụ thể hóa quan hệ Đối tác chiến lược toàn diện Việt Nam – Liên bang Nga; nâng cao hiệu quả hợp tác giữa Thủ đô Hà Nội và thành phố Mát-xcơ-va trong các lĩnh vực giao thông đô thị, y tế và giáo dục.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 5/2027, đoàn đại biểu cấp cao thành phố do Chủ tịch Ủy ban nhân dân thành phố dẫn đầu thăm và làm việc tại Mát-xcơ-va.",
        ),
        (
            "list_item",
            "2. Ký Chương trình hành động hợp tác giai đoạn 2027 – 2029 với Chính quyền thành phố Mát-xcơ-va.",
        ),
        (
            "list_item",
            "3. Tổ chức “Những ngày Mát-xcơ-va tại Hà Nội” vào tháng 9/2027.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Mát-xcơ-va tiếp nhận 40 cán bộ, kỹ sư của Hà Nội sang đào tạo về vận hành đường sắt đô thị.",
        ),
        (
            "list_item",
            "5. Không cử đoàn riêng của các sở, ngành sang Mát-xcơ-va trong năm 2027 để tránh trùng lặp với đoàn của thành phố.",
        ),
        ("heading", "III. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Văn phòng Ủy ban nhân dân thành phố là cơ quan thường trực, chủ trì theo dõi, đôn đốc và tổng hợp báo cáo kết quả thực hiện Kế hoạch.",
        ),
    ],
}

DHE_ENTRY = {
    "id": "dhe",
    "shape": "entry",
    "blocks": [
        ("title", "Căn cứ Cam Ranh"),
        (
            "paragraph",
            "Cam Ranh là vịnh nước sâu thuộc tỉnh Khánh Hòa, được coi là một trong những cảng tự nhiên tốt nhất Đông Nam Á. Trong Chiến tranh Việt Nam, quân đội Mỹ xây dựng tại đây một căn cứ hải – không quân lớn từ năm 1965.",
        ),
        ("heading", "Thời kỳ Liên Xô", 1),
        (
            "paragraph",
            "Theo thỏa thuận năm 1979 giữa hai Chính phủ, Việt Nam cho phép Liên Xô sử dụng Cam Ranh làm điểm bảo đảm kỹ thuật – hậu cần cho tàu hải quân trong 25 năm mà không phải trả tiền thuê. Đây từng là căn cứ hải quân lớn nhất của Liên Xô ở nước ngoài.",
        ),
        ("heading", "Nga rút khỏi Cam Ranh", 1),
        (
            "paragraph",
            "Tháng 10/2001, Tổng thống Pu-tin tuyên bố Nga sẽ rút khỏi Cam Ranh trước thời hạn; tháng 5/2002, những quân nhân Nga cuối cùng rời căn cứ. Theo chính sách quốc phòng “bốn không”, Việt Nam không cho nước ngoài đặt căn cứ quân sự trên lãnh thổ của mình.",
        ),
        ("heading", "Hiện nay", 1),
        (
            "paragraph",
            "Năm 2016, Cảng quốc tế Cam Ranh được đưa vào hoạt động, tiếp nhận tàu hải quân của nhiều nước ghé thăm, trong đó có tàu của Hải quân Nga, Nhật Bản và Mỹ. Khu vực sân bay Cam Ranh cũ nay là Cảng hàng không quốc tế Cam Ranh.",
        ),
    ],
}

DOCS = [DHA_JOURNAL, DHB_WORD, DHC_NEWS, DHD_PLAN, DHE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A PDF text layer by heldout_kit.paged_journal: no header on page one, page numbers indented."""
    return paged_journal(doc, title=56, label=78, body=78, indent=38)


def render_word(doc: dict) -> str:
    """A department's report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Chính trị" section."""
    return news_page(
        doc,
        section="Chính trị",
        time="12:05",
        menu=[("/chinh-tri", "Chính trị"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/nga", "Liên bang Nga"), ("/tag/vladimir-putin", "Vladimir Putin")],
    )


def render_plan(doc: dict) -> str:
    """A city plan by heldout_kit.ministry_plan."""
    return ministry_plan(
        doc,
        signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Ngoại giao (để b/c);", "- Thường trực Thành ủy (để b/c);", "- Lưu: VT, VP."],
        columns=(44, 48, 48, 51),
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
        prefix="dh",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
