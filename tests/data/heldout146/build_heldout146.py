"""Build the hundred-and-forty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout146/build_heldout146.py [--check]

Five short documents on Vietnam – Indonesia (relations since 1955, the two partnerships, the Vietnamese
Embassy in Jakarta's report on 2024, Indonesia's entry into BRICS on 6/1/2025, a (fictitious) Department of
Fisheries Surveillance plan for cooperation with Indonesia in 2026, an encyclopedia entry on the Bandung
Asian – African Conference of 1955). Facts are well established; authors, journal, page numbers, document
numbers, the embassy's and the plan's local items and all quoted words are invented. Events, citations and
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

NWA_INDONESIA = {
    "id": "nwa",
    "shape": "journal",
    "header": "NGHIÊN CỨU ĐÔNG NAM Á HẢI ĐẢO – Số 1 (2026)",
    "first_page": 33,
    "break_after": 12,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – INDONESIA: BẢY THẬP KỶ TỪ BANDUNG ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN"),
        ("author", "Nguyễn Thị Thanh Nhàn"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại các giai đoạn phát triển của quan hệ Việt Nam – Indonesia và những vấn đề đặt ra trong hợp tác biển.",
            "vi",
        ),
        ("keywords", "Indonesia; ASEAN; đối tác chiến lược toàn diện; phân định biển", "vi"),
        ("heading", "1. Những dấu mốc đầu tiên", 1),
        (
            "paragraph",
            "Ít ai biết rằng đoàn Việt Nam Dân chủ Cộng hòa do Phó Thủ tướng Phạm Văn Đồng dẫn đầu đã có mặt tại Hội nghị Á – Phi ở Bandung tháng 4/1955, chỉ vài tháng trước khi hai nước chính thức thiết lập quan hệ ngoại giao ngày 30/12/1955. Đầu năm 1959, Chủ tịch Hồ Chí Minh sang thăm Indonesia; cùng năm đó, Tổng thống Sukarno đáp lễ bằng chuyến thăm Hà Nội (Nguyễn Thị Hải Yến, 2015, tr. 44). Những năm sau sự kiện 1965, quan hệ giữa hai nước có lúc chững lại nhưng không bị gián đoạn.",
        ),
        ("heading", "2. Trong khuôn khổ ASEAN", 1),
        (
            "paragraph",
            "Là một trong năm nước sáng lập ASEAN năm 1967, Indonesia ủng hộ việc nước ta gia nhập Hiệp hội ngày 28/7/1995. Năm 2003, hai bên ký Hiệp định phân định ranh giới thềm lục địa, và tháng 6/2013, nhân chuyến thăm cấp nhà nước của Chủ tịch nước Trương Tấn Sang, quan hệ được nâng lên Đối tác chiến lược (Đỗ Minh Khôi, 2021). Sau 12 năm với nhiều vòng đàm phán, tháng 12/2022 hai nước tuyên bố kết thúc đàm phán phân định vùng đặc quyền kinh tế.",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Tháng 3/2025, Tổng Bí thư Tô Lâm thăm chính thức Indonesia và hai bên nâng quan hệ lên Đối tác chiến lược toàn diện. Dù vậy, vấn đề ngư dân Việt Nam bị bắt giữ ở vùng biển Natuna vẫn chưa được giải quyết triệt để. Theo một nhà nghiên cứu, hai nước “cần biến đường biên giới trên biển thành đường biên của hợp tác” (Lê Quang Vinh, 2023, tr. 87). Vì vậy, ta nên sớm đàm phán với Indonesia một thỏa thuận về nghề cá có trách nhiệm.",
        ),
    ],
}

NWB_EMBASSY = {
    "id": "nwb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI INDONESIA",
        "Số: 418/BC-ĐSQ",
        "Gia-các-ta, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình công tác năm 2024 và nhiệm vụ trọng tâm năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình công tác năm 2024 và nhiệm vụ trọng tâm năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Đại sứ quán phối hợp với Bộ Biển và Nghề cá Indonesia (KKP) đưa 112 ngư dân bị bắt giữ về nước qua hai đợt, vào tháng 4 và tháng 9; các tàu cá bị bắt giữ vẫn chưa được phía bạn trả lại.",
        ),
        (
            "list_item",
            "2. Kim ngạch thương mại hai chiều tiếp tục tăng; Cơ quan Hậu cần Quốc gia Indonesia (Bulog) đã ký hợp đồng mua gạo với một số doanh nghiệp Việt Nam. Tập đoàn VinFast khởi công nhà máy lắp ráp ô tô điện tại tỉnh Tây Java.",
        ),
        (
            "list_item",
            "3. Tháng 10, Đại sứ dự lễ nhậm chức của Tổng thống Prabowo Subianto và chuyển thư chúc mừng của lãnh đạo ta; sau đó Đại sứ đã có buổi làm việc với Bộ trưởng Ngoại giao Sugiono.",
        ),
        (
            "list_item",
            "4. Kỳ họp lần thứ năm Ủy ban hỗn hợp về hợp tác song phương chưa được tổ chức do phía bạn bận tổng tuyển cử.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức các hoạt động kỷ niệm 70 năm thiết lập quan hệ ngoại giao (1955 – 2025); chuẩn bị chu đáo chuyến thăm Indonesia của lãnh đạo cấp cao ta trong quý I.",
        ),
        (
            "list_item",
            "2. Thúc đẩy hai bên sớm ký Bản ghi nhớ về hợp tác nghề cá và xúc tiến cơ chế đường dây nóng giữa lực lượng chấp pháp trên biển.",
        ),
        (
            "list_item",
            "3. Vận động phía bạn tiếp tục nhập khẩu gạo và mở cửa thị trường cho trái cây Việt Nam.",
        ),
    ],
}

NWC_BRICS = {
    "id": "nwc",
    "shape": "news",
    "date": "2025-01-07",
    "stamp": "Thứ Ba, 07/01/2025 - 08:40",
    "blocks": [
        ("title", "Indonesia chính thức trở thành thành viên đầy đủ của BRICS"),
        (
            "paragraph",
            "Bra-xin-li-a (TTXVN) – Ngày 6/1, Bra-xin, nước giữ vai trò Chủ tịch BRICS năm 2025, thông báo Indonesia đã chính thức trở thành thành viên đầy đủ của nhóm các nền kinh tế mới nổi, là quốc gia Đông Nam Á đầu tiên có tư cách này.",
        ),
        ("heading", "Hoan nghênh từ Gia-các-ta", 1),
        (
            "paragraph",
            "Bộ Ngoại giao Indonesia ra tuyên bố hoan nghênh quyết định, khẳng định tư cách thành viên BRICS là cách để nước này tăng cường hợp tác với các nước đang phát triển. Hồi tháng 10 năm ngoái, Ngoại trưởng Sugiono đã chính thức bày tỏ mong muốn gia nhập nhóm tại Hội nghị thượng đỉnh BRICS mở rộng ở Kazan (Nga), chỉ vài ngày sau khi Tổng thống Prabowo Subianto nhậm chức.",
        ),
        ("heading", "Không đồng nghĩa với việc chọn phe", 1),
        (
            "paragraph",
            "Giới chức Indonesia nhấn mạnh việc tham gia BRICS không làm thay đổi chính sách đối ngoại “tự do và chủ động” của nước này. Gia-các-ta vẫn tiếp tục tiến trình gia nhập Tổ chức Hợp tác và Phát triển Kinh tế (OECD). Trong khi đó, Ma-lai-xi-a và Thái Lan đã trở thành nước đối tác của BRICS từ ngày 1/1, nhưng chưa được kết nạp làm thành viên chính thức.",
        ),
    ],
}

NWD_PLAN = {
    "id": "nwd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC KIỂM NGƯ':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 07/KH-CKN':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Indonesia về phòng, chống khai thác",
        "hải sản bất hợp pháp năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Indonesia về phòng, chống khai thác hải sản bất hợp pháp năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện các thỏa thuận đạt được khi hai nước nâng quan hệ lên Đối tác chiến lược toàn diện tháng 3/2025, Cục Kiểm ngư xây dựng Kế hoạch hợp tác với các cơ quan chức năng Indonesia năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Việc hai nước kết thúc đàm phán phân định vùng đặc quyền kinh tế năm 2022 đã tạo cơ sở pháp lý quan trọng. Tuy nhiên, năm ngoái vẫn còn tàu cá của ta bị lực lượng chức năng Indonesia bắt giữ, và hai bên chưa thiết lập được đường dây nóng giữa hai lực lượng kiểm ngư.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Trong quý II, cử đoàn công tác sang Gia-các-ta làm việc với Bộ Biển và Nghề cá Indonesia (KKP) về cơ chế thông báo, xử lý tàu cá vi phạm.",
        ),
        (
            "list_item",
            "2. Phối hợp với Vụ Hợp tác quốc tế đàm phán, tiến tới ký Bản ghi nhớ về đường dây nóng giữa hai lực lượng vào tháng 11.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Indonesia hỗ trợ đào tạo về giám sát tàu cá bằng vệ tinh cho cán bộ các Chi cục Kiểm ngư vùng.",
        ),
        (
            "list_item",
            "4. Chưa tổ chức tuần tra chung trên biển với phía bạn trong năm 2026; tiếp tục nghiên cứu khả năng này.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
        ),
    ],
}

NWE_BANDUNG = {
    "id": "nwe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội nghị Á – Phi Bandung"),
        (
            "paragraph",
            "Hội nghị Á – Phi (còn gọi là Hội nghị Bandung) là hội nghị cấp cao đầu tiên của các nước châu Á và châu Phi, họp tại thành phố Bandung (Indonesia) từ ngày 18 đến ngày 24/4/1955. Hội nghị do năm nước Indonesia, Ấn Độ, Miến Điện, Xri Lan-ca (khi đó là Tích Lan) và Pa-ki-xtan đồng triệu tập.",
        ),
        ("heading", "Thành phần", 1),
        (
            "paragraph",
            "Có 29 quốc gia cử đại biểu tham dự, trong đó có Trung Quốc do Thủ tướng Chu Ân Lai dẫn đầu. Đoàn Việt Nam Dân chủ Cộng hòa do Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Phạm Văn Đồng làm trưởng đoàn; Quốc gia Việt Nam cũng cử một đoàn riêng.",
        ),
        ("heading", "Kết quả", 1),
        (
            "paragraph",
            "Bản thông cáo cuối cùng được các nước thông qua ngày 24/4/1955, nêu mười nguyên tắc chung sống hòa bình, thường gọi là “mười nguyên tắc Bandung”, trong đó có tôn trọng chủ quyền, không can thiệp vào công việc nội bộ và giải quyết tranh chấp bằng biện pháp hòa bình. Hội nghị lên án chủ nghĩa thực dân và ủng hộ cuộc đấu tranh giành độc lập của các dân tộc châu Á, châu Phi.",
        ),
        ("heading", "Ảnh hưởng", 1),
        (
            "paragraph",
            "Tinh thần Bandung là tiền đề cho sự ra đời của Phong trào Không liên kết tại Bê-ô-grát năm 1961. Việt Nam gia nhập Phong trào năm 1976. Hội nghị Á – Phi lần thứ hai, dự kiến họp tại An-giê năm 1965, đã không thể diễn ra.",
        ),
    ],
}

DOCS = [NWA_INDONESIA, NWB_EMBASSY, NWC_BRICS, NWD_PLAN, NWE_BANDUNG]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "08:40",
        [("/the-gioi", "Thế giới"), ("/asean", "ASEAN")],
        [("/tag/indonesia", "Indonesia"), ("/tag/brics", "BRICS")],
    )


def render_plan(doc: dict) -> str:
    """A department plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
        ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "(đã ký)"],
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
        prefix="nw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
