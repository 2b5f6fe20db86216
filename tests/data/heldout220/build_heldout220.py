"""Build the 220th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout220/build_heldout220.py [--check]

Five short documents on Laos and its ASEAN chair years (Laos's three chairmanships 2004, 2016 and 2024, the
Vietnamese Embassy in Laos's year-end report for 2024, the close of the 45th ASEAN Summit in Vientiane on
11/10/2024, a (fictitious) Ministry of Education and Training plan for education cooperation with Laos in
2026, an encyclopedia entry on the ZOPFAN declaration of 1971). Facts are well-established; authors, journal,
page numbers, document numbers, the embassy's local items, the plan and all quoted words are invented.
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
    official_text,
    word_text,
)

CUA_LAOS_CHAIR = {
    "id": "cua",
    "shape": "journal",
    "header": "TẠP CHÍ KHU VỰC HỌC MÊ CÔNG – Số 4 (2025)",
    "first_page": 33,
    "break_after": 10,
    "blocks": [
        ("title", "LÀO VÀ BA LẦN ĐẢM NHIỆM CƯƠNG VỊ CHỦ TỊCH ASEAN"),
        ("author", "Nguyễn Thị Minh Thư"),
        (
            "affiliation",
            "Khoa Quốc tế học, Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Hà Nội",
        ),
        (
            "abstract",
            "Bài viết điểm lại ba năm Lào làm Chủ tịch ASEAN và sự hỗ trợ của Việt Nam dành cho nước bạn.",
            "vi",
        ),
        ("keywords", "Lào; ASEAN; năm Chủ tịch; quan hệ Việt Nam – Lào", "vi"),
        ("heading", "1. Từ thành viên mới đến nước chủ nhà", 1),
        (
            "paragraph",
            "Ngày 23/7/1997, tại Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 30 ở Cu-a-la Lăm-pơ, Lào cùng Mi-an-ma chính thức được kết nạp vào Hiệp hội các quốc gia Đông Nam Á, hai năm sau Việt Nam. Chỉ bảy năm sau, Viêng Chăn lần đầu đăng cai Hội nghị cấp cao ASEAN lần thứ 10 (29 – 30/11/2004), nơi các nhà lãnh đạo thông qua Chương trình hành động Viêng Chăn (Bùi Văn Hưng, 2019, tr. 45). Với một nền kinh tế nhỏ, không có biển, việc tổ chức thành công hội nghị được coi là bước trưởng thành của nền ngoại giao Lào.",
        ),
        ("heading", "2. Hai năm Chủ tịch 2016 và 2024", 1),
        (
            "paragraph",
            "Lần thứ hai giữ cương vị Chủ tịch vào năm 2016, Lào tổ chức Hội nghị cấp cao ASEAN lần thứ 28 và 29 tại Viêng Chăn từ ngày 6 đến ngày 8/9/2016. Nhân dịp này, Tổng thống Mỹ Ba-rắc Ô-ba-ma thăm Lào, trở thành tổng thống Mỹ đương nhiệm đầu tiên đặt chân tới đất nước Triệu Voi. Năm 2024, với chủ đề “Tăng cường kết nối và khả năng tự cường”, Lào một lần nữa đăng cai các hội nghị cấp cao lần thứ 44 và 45 (8 – 11/10/2024). Theo một nhà nghiên cứu, năm Chủ tịch này “cho thấy nước nhỏ vẫn có thể dẫn dắt chương trình nghị sự chung” (Phạm Quang Hiếu, 2025, tr. 18).",
        ),
        ("heading", "3. Sự hỗ trợ của Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Lào thiết lập quan hệ ngoại giao ngày 5/9/1962. Trong cả ba năm Chủ tịch của bạn, ta đều cử chuyên gia sang hỗ trợ công tác lễ tân, hậu cần và soạn thảo văn kiện (Lê Thị Hồng Vân, 2024). Thủ tướng Phạm Minh Chính dự các hội nghị cấp cao tại Viêng Chăn tháng 10/2024 và hội kiến lãnh đạo chủ chốt của Lào bên lề hội nghị. Tuy vậy, khoảng cách phát triển giữa các nước CLMV với các thành viên cũ của ASEAN vẫn chưa được thu hẹp đáng kể.",
        ),
    ],
}

CUB_EMBASSY = {
    "id": "cub",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI LÀO",
        "Số: 318/BC-ĐSQ",
        "Viêng Chăn, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. TÌNH HÌNH VÀ KẾT QUẢ NỔI BẬT", 1),
        (
            "list_item",
            "1. Năm 2024, Lào lần thứ ba đảm nhiệm vai trò Chủ tịch ASEAN. Đại sứ quán đã phối hợp chặt chẽ với Bộ Ngoại giao Lào phục vụ đoàn Thủ tướng Phạm Minh Chính dự Hội nghị cấp cao ASEAN lần thứ 44, 45 và các hội nghị liên quan tại Viêng Chăn từ ngày 8 đến ngày 11/10/2024.",
        ),
        (
            "list_item",
            "2. Hai nước tiếp tục trao đổi đoàn cấp cao thường xuyên. Tháng 1/2024, tại Viêng Chăn, Thủ tướng hai nước đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam – Lào.",
        ),
        (
            "list_item",
            "3. Kim ngạch thương mại song phương tiếp tục tăng; Việt Nam vẫn là một trong ba nhà đầu tư nước ngoài lớn nhất tại Lào, tập trung vào năng lượng, khai khoáng và nông nghiệp.",
        ),
        (
            "list_item",
            "4. Đại sứ quán đã trao 60 suất học bổng của Chính phủ Việt Nam cho học sinh, sinh viên Lào và phối hợp tổ chức Hội thi tìm hiểu lịch sử quan hệ đặc biệt Việt Nam – Lào.",
        ),
        (
            "list_item",
            "5. Hiệp định sửa đổi về tạo thuận lợi cho phương tiện cơ giới đường bộ qua lại biên giới chưa được ký do phía bạn chưa hoàn thành thủ tục nội bộ.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị các hoạt động kỷ niệm 70 năm Ngày thành lập Đảng Nhân dân Cách mạng Lào (22/3/1955) và 50 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào (2/12/1975).",
        ),
        (
            "list_item",
            "2. Tháng 1 năm sau, phối hợp đưa đoàn Chính phủ Lào sang Hà Nội dự Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.",
        ),
        (
            "list_item",
            "3. Theo dõi việc Ma-lai-xi-a tiếp nhận vai trò Chủ tịch ASEAN và tiến trình Đông Ti-mo trở thành thành viên đầy đủ của Hiệp hội.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn doanh nghiệp khảo sát các tỉnh Bắc Lào trong sáu tháng đầu năm do chưa bảo đảm điều kiện đi lại.",
        ),
    ],
}

CUC_VIENTIANE = {
    "id": "cuc",
    "shape": "news",
    "date": "2024-10-11",
    "stamp": "Thứ Sáu, 11/10/2024 - 18:40",
    "blocks": [
        ("title", "Bế mạc Hội nghị cấp cao ASEAN 45, Lào chuyển giao vai trò Chủ tịch cho Ma-lai-xi-a"),
        (
            "paragraph",
            "Viêng Chăn (TTXVN) – Chiều 11/10, Hội nghị cấp cao ASEAN lần thứ 45 và các hội nghị cấp cao liên quan đã bế mạc tại Viêng Chăn. Tại lễ bế mạc, Thủ tướng Lào Xỏn-xay Xi-phăn-đon đã trao búa Chủ tịch ASEAN cho Thủ tướng Ma-lai-xi-a An-oa I-bra-him.",
        ),
        ("heading", "Hai đối tác được nâng cấp quan hệ", 1),
        (
            "paragraph",
            "Trong bốn ngày làm việc, lãnh đạo các nước ASEAN đã có các cuộc gặp cấp cao với Trung Quốc, Nhật Bản, Hàn Quốc, Ấn Độ, Ô-xtrây-li-a, Ca-na-đa, Mỹ và Liên hợp quốc. ASEAN và Hàn Quốc, cũng như ASEAN và Ca-na-đa, đã nâng quan hệ lên Đối tác chiến lược toàn diện.",
        ),
        (
            "paragraph",
            "Hội nghị cấp cao Đông Á lần thứ 19 diễn ra sáng cùng ngày với sự tham dự của Thủ tướng Nhật Bản Ishiba Shigeru, người vừa nhậm chức hôm 1/10, và Ngoại trưởng Mỹ Antony Blinken.",
        ),
        ("heading", "Mi-an-ma và Đông Ti-mo", 1),
        (
            "paragraph",
            "Như các năm trước, Mi-an-ma chỉ cử đại diện cấp phi chính trị tham dự. Các nhà lãnh đạo tiếp tục khẳng định Đồng thuận 5 điểm là cơ sở chính để ASEAN hỗ trợ nước này tìm giải pháp cho cuộc khủng hoảng.",
        ),
        (
            "paragraph",
            "Đông Ti-mo, quan sát viên của ASEAN từ năm 2022, được kỳ vọng trở thành thành viên đầy đủ vào năm tới, khi Ma-lai-xi-a làm Chủ tịch Hiệp hội với chủ đề “Bao trùm và Bền vững”.",
        ),
    ],
}

CUD_PLAN = {
    "id": "cud",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BGDĐT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục và đào tạo với",
        "nước Cộng hòa Dân chủ Nhân dân Lào năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác giáo dục và đào tạo với nước Cộng hòa Dân chủ Nhân dân Lào năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện Hiệp định hợp tác giữa Chính phủ hai nước và kết luận của Kỳ họp Ủy ban liên Chính phủ Việt Nam – Lào, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác với Lào năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã tiếp nhận mới hơn 1.000 lưu học sinh Lào theo diện Hiệp định; phía bạn cũng cấp 60 suất học bổng cho sinh viên Việt Nam sang học tiếng Lào tại Đại học Quốc gia Lào. Trường Phổ thông Dân tộc nội trú tỉnh Hủa Phăn, do Chính phủ Việt Nam viện trợ không hoàn lại, đã hoàn thành giai đoạn một. Tuy nhiên, chương trình liên kết đào tạo thạc sĩ với Đại học Su-pha-nu-vông vẫn chưa được triển khai.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tiếp nhận 1.100 lưu học sinh Lào, ưu tiên các ngành nông nghiệp, năng lượng và chuyển đổi số.",
        ),
        (
            "list_item",
            "2. Tháng 3 năm nay, Bộ trưởng dẫn đầu đoàn sang Viêng Chăn làm việc với Bộ Giáo dục và Thể thao Lào và ký Kế hoạch hợp tác năm học 2026 – 2027.",
        ),
        (
            "list_item",
            "3. Phối hợp với Cơ quan Hợp tác quốc tế Nhật Bản (JICA) khảo sát khả năng hỗ trợ nâng cấp một số trường sư phạm của Lào theo mô hình hợp tác ba bên.",
        ),
        (
            "list_item",
            "4. Chủ trì tổ chức Hội nghị Bộ trưởng Giáo dục ba nước Campuchia – Lào – Việt Nam tại Đà Nẵng vào tháng 8/2026.",
        ),
        (
            "list_item",
            "5. Chưa mở phân hiệu của các trường đại học Việt Nam tại Lào khi đề án chưa được Chính phủ hai nước phê duyệt.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối tổng hợp, báo cáo Bộ trưởng kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

CUE_ZOPFAN = {
    "id": "cue",
    "shape": "entry",
    "blocks": [
        ("title", "Tuyên bố về Khu vực Hòa bình, Tự do và Trung lập"),
        (
            "paragraph",
            "Tuyên bố về Khu vực Hòa bình, Tự do và Trung lập (ZOPFAN) là văn kiện do Bộ trưởng Ngoại giao năm nước thành viên sáng lập ASEAN là In-đô-nê-xi-a, Ma-lai-xi-a, Phi-líp-pin, Xin-ga-po và Thái Lan ký tại Cu-a-la Lăm-pơ ngày 27/11/1971. Văn kiện khẳng định quyết tâm của các nước Đông Nam Á bảo đảm để khu vực được công nhận và tôn trọng như một vùng hòa bình, tự do và trung lập, không có sự can thiệp dưới bất kỳ hình thức nào của các cường quốc bên ngoài.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Tuyên bố ra đời khi Chiến tranh Việt Nam chưa kết thúc và Anh đang rút lực lượng quân sự khỏi phía đông kênh đào Xuy-ê. Sáng kiến trung lập hóa khu vực do Ma-lai-xi-a đưa ra; các nước còn lại ủng hộ nhưng nhấn mạnh mục tiêu phải được thực hiện từng bước.",
        ),
        ("heading", "Thực hiện", 1),
        (
            "paragraph",
            "Các nguyên tắc của ZOPFAN được tái khẳng định trong Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC), ký tại Ba-li ngày 24/2/1976. Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân, ký tại Băng Cốc ngày 15/12/1995 và có hiệu lực từ ngày 27/3/1997, được coi là một cấu phần quan trọng của ZOPFAN. Tuy vậy, đến nay chưa cường quốc hạt nhân nào ký Nghị định thư của Hiệp ước này.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam, thành viên ASEAN từ ngày 28/7/1995, ủng hộ các mục tiêu của ZOPFAN và đã phê chuẩn Hiệp ước Băng Cốc.",
        ),
    ],
}

DOCS = [CUA_LAOS_CHAIR, CUB_EMBASSY, CUC_VIENTIANE, CUD_PLAN, CUE_ZOPFAN]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns, every line followed by an
    empty line; the ambassador's signature at the end."""
    return word_text(doc, 72, ["ĐẠI SỨ", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: meta date, nav menu, <article>, <h1>, date line, the lead in
    <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="18:40",
        menu=[("/the-gioi", "Thế giới"), ("/asean", "ASEAN")],
        tags=[("/tag/asean-2024", "ASEAN 2024"), ("/tag/lao", "Lào")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and signature."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<48}THỨ TRƯỞNG",
        f"{'- Lưu: VT, HTQT.':<51}(đã ký)",
    ]
    return official_text(doc, 76, tail)


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
        prefix="cu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
