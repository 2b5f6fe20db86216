"""Build the three hundred twenty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout327/build_heldout327.py [--check]

Five short documents on Vietnam, Cambodia, Thailand and Myanmar: a journal article on Vietnam – Cambodia
relations (24/6/1967, the 1979 treaty, the 1985 border treaty and its 2005 supplement, the 2019 documents on 84% of
the land border), a (fictitious) Tây Ninh foreign affairs department's report for 2025, a news page on a
(fictitious) Vietnam – Thailand business forum in Khon Kaen in August 2025, a chronology of ASEAN's enlargement to
Myanmar and Cambodia and Vietnam – Myanmar relations, and an encyclopedia entry on the Cambodia – Laos – Vietnam
Development Triangle. Facts are well-established; authors, journal, page numbers, document numbers and the local
bodies' activities are invented. Gold is written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    chronology_text,
    entry_text,
    headed_journal,
    news_page,
    report_word,
)

CJA = {
    "id": "cja",
    "shape": "journal",
    "header": "NGHIÊN CỨU QUỐC TẾ – Số 2 (2024)",
    "first_page": 88,
    "break_after": 4,
    "blocks": [
        ("title", "BIÊN GIỚI VIỆT NAM – CAM-PU-CHIA: BỐN THẬP KỶ HOẠCH ĐỊNH VÀ PHÂN GIỚI"),
        ("author", "Trịnh Quốc Bảo"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại các văn kiện pháp lý về biên giới trên đất liền giữa Việt Nam và Cam-pu-chia từ năm 1979.",
            "vi",
        ),
        ("keywords", "Việt Nam; Cam-pu-chia; biên giới; hoạch định; phân giới cắm mốc", "vi"),
        ("heading", "1. Bối cảnh", 1),
        (
            "paragraph",
            "Hai nước thiết lập quan hệ ngoại giao ngày 24/6/1967. Sau khi chế độ Khơ-me Đỏ bị lật đổ ngày 7/1/1979, Việt Nam và Cộng hòa Nhân dân Cam-pu-chia ký Hiệp ước Hòa bình, Hữu nghị và Hợp tác ngày 18/2/1979 tại Phnôm Pênh (Nguyễn Hồng Thái, 2008, tr. 112). Quân tình nguyện Việt Nam hoàn tất việc rút khỏi Cam-pu-chia ngày 26/9/1989.",
        ),
        ("heading", "2. Các văn kiện về biên giới", 1),
        (
            "paragraph",
            "Ngày 27/12/1985, hai nước ký Hiệp ước hoạch định biên giới quốc gia; Hiệp ước bổ sung được ký ngày 10/10/2005. Tháng 10/2019, nhân chuyến thăm Việt Nam của Thủ tướng Hun Xen, hai bên ký các văn kiện ghi nhận thành quả phân giới, cắm mốc khoảng 84% đường biên giới trên đất liền, được giới nghiên cứu coi là “bước ngoặt của cả một thế hệ” (Sok Pheara, 2020, tr. 41).",
        ),
        ("heading", "3. Vấn đề còn lại", 1),
        (
            "paragraph",
            "Khoảng 16% đường biên giới còn lại chưa được phân giới, cắm mốc. Tác giả cho rằng hai bên cần kiên trì đàm phán trên cơ sở luật pháp quốc tế (Đỗ Minh Cao, 2023).",
        ),
    ],
}

CJB = {
    "id": "cjb",
    "shape": "word",
    "head": [
        "UBND TỈNH TÂY NINH",
        "SỞ NGOẠI VỤ",
        "Số: 207/BC-SNgV",
        "Tây Ninh, ngày 18 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các tỉnh giáp biên của Vương quốc Cam-pu-chia năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các tỉnh giáp biên của Vương quốc Cam-pu-chia năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 1/2025, lãnh đạo tỉnh sang thăm, chúc Tết cổ truyền các tỉnh Svay Riêng, Prây Veng và Tbong Khmum.",
        ),
        (
            "list_item",
            "2. Tháng 6/2025, tỉnh đăng cai hội nghị giao ban giữa ba tỉnh biên giới, ký biên bản thỏa thuận về quản lý cư dân biên giới.",
        ),
        (
            "list_item",
            "3. Phối hợp với tỉnh Svay Riêng tổ chức lễ truy điệu và hồi hương 45 hài cốt quân tình nguyện Việt Nam hy sinh tại Cam-pu-chia.",
        ),
        (
            "list_item",
            "4. Khám bệnh, cấp thuốc miễn phí cho 1.200 người dân tỉnh Tbong Khmum.",
        ),
        (
            "list_item",
            "5. Đề xuất nâng cấp cửa khẩu phụ Phước Tân thành cửa khẩu chính chưa được hai Chính phủ phê duyệt.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Đón đoàn Tỉnh trưởng tỉnh Prây Veng sang thăm và làm việc trong quý II/2026.",
        ),
        (
            "list_item",
            "2. Tiếp tục tìm kiếm, quy tập hài cốt liệt sĩ trong mùa khô 2025 – 2026.",
        ),
        (
            "paragraph",
            "Sở Ngoại vụ kính báo cáo Ủy ban nhân dân tỉnh.",
        ),
    ],
}

CJC = {
    "id": "cjc",
    "shape": "news",
    "date": "2025-08-22",
    "stamp": "Thứ Sáu, 22/08/2025 - 20:15",
    "blocks": [
        ("title", "Diễn đàn doanh nghiệp Việt Nam – Thái Lan tại Khon Kaen"),
        (
            "paragraph",
            "Khon Kaen (TTXVN) – Ngày 22/8, Tổng Lãnh sự quán Việt Nam tại Khon Kaen phối hợp với Phòng Thương mại tỉnh Khon Kaen tổ chức Diễn đàn doanh nghiệp Việt Nam – Thái Lan, thu hút gần 150 doanh nghiệp hai nước.",
        ),
        ("heading", "Cú hích từ Đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Phát biểu tại diễn đàn, Tổng Lãnh sự nhắc lại rằng tháng 5/2025, nhân chuyến thăm chính thức Việt Nam của Thủ tướng Thái Lan Paetongtarn Shinawatra, hai nước đã nâng quan hệ lên Đối tác chiến lược toàn diện. Quan hệ ngoại giao giữa hai nước được thiết lập ngày 6/8/1976.",
        ),
        (
            "paragraph",
            "Bên lề diễn đàn, 12 cặp doanh nghiệp đã ký biên bản ghi nhớ về xuất khẩu nông sản và logistics. Phía Khon Kaen đề nghị sớm mở đường bay thẳng tới Đà Nẵng.",
        ),
        (
            "paragraph",
            "Trả lời phóng viên, Tổng Lãnh sự cho biết Việt Nam hoan nghênh việc Thái Lan và Cam-pu-chia đạt thỏa thuận ngừng bắn ngày 28/7 tại Ma-lai-xi-a sau các cuộc đụng độ vũ trang ở biên giới hai nước.",
        ),
    ],
}

CJD = {
    "id": "cjd",
    "shape": "chronology",
    "blocks": [
        ("title", "NIÊN BIỂU: VIỆT NAM, MI-AN-MA VÀ CAM-PU-CHIA TRONG ASEAN"),
        (
            "paragraph",
            "Những mốc chính trong quan hệ của Việt Nam với Mi-an-ma và quá trình mở rộng ASEAN ra toàn khu vực.",
        ),
        ("heading", "1947", 1),
        ("list_item", "28/5: Việt Nam và Miến Điện (nay là Mi-an-ma) thiết lập quan hệ ngoại giao."),
        ("heading", "1997", 1),
        (
            "list_item",
            "23/7: Mi-an-ma và Lào được kết nạp vào ASEAN tại Hội nghị Bộ trưởng Ngoại giao ở Cu-a-la Lăm-pơ.",
        ),
        ("list_item", "Việc kết nạp Cam-pu-chia bị hoãn lại do tình hình chính trị trong nước."),
        ("heading", "1999", 1),
        ("list_item", "30/4: Cam-pu-chia trở thành thành viên thứ mười của ASEAN tại lễ kết nạp ở Hà Nội."),
        ("heading", "2014", 1),
        (
            "list_item",
            "Mi-an-ma lần đầu giữ cương vị Chủ tịch ASEAN, tổ chức các Hội nghị cấp cao tại Nay Pyi Taw.",
        ),
        ("heading", "2021", 1),
        (
            "list_item",
            "24/4: Hội nghị các nhà lãnh đạo ASEAN tại Gia-các-ta thông qua Đồng thuận 5 điểm về Mi-an-ma; Thủ tướng Phạm Minh Chính dự hội nghị.",
        ),
        (
            "list_item",
            "Trước đó, ngày 1/2, quân đội Mi-an-ma tiếp quản chính quyền; ASEAN không mời lãnh đạo chính quyền quân sự dự các hội nghị cấp cao sau đó.",
        ),
        ("heading", "2025", 1),
        (
            "list_item",
            "Cuối tháng 3: Việt Nam cử lực lượng cứu nạn của quân đội và công an sang Mi-an-ma khắc phục hậu quả trận động đất ngày 28/3.",
        ),
        (
            "list_item",
            "26/10: Ti-mo Lét-xtê trở thành thành viên thứ 11 của ASEAN tại Hội nghị cấp cao lần thứ 47 ở Cu-a-la Lăm-pơ.",
        ),
    ],
}

CJE = {
    "id": "cje",
    "shape": "entry",
    "blocks": [
        ("title", "Tam giác phát triển Cam-pu-chia – Lào – Việt Nam"),
        (
            "paragraph",
            "Tam giác phát triển Cam-pu-chia – Lào – Việt Nam (CLV) là cơ chế hợp tác tiểu vùng do Thủ tướng ba nước khởi xướng tại cuộc gặp cấp cao ở Viêng Chăn năm 1999, nhằm phát triển các tỉnh biên giới còn nhiều khó khăn.",
        ),
        ("heading", "Phạm vi", 1),
        (
            "paragraph",
            "Ban đầu Khu vực tam giác gồm 10 tỉnh, năm 2009 mở rộng lên 13 tỉnh. Phía Việt Nam có các tỉnh Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Bình Phước. Các lĩnh vực ưu tiên gồm kết nối giao thông, thương mại, đầu tư, y tế và giáo dục.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Hội nghị cấp cao CLV được tổ chức định kỳ hai năm một lần, luân phiên giữa ba nước. Năm 2004, Thủ tướng ba nước thông qua Quy hoạch tổng thể phát triển kinh tế – xã hội của Khu vực tam giác. Nhật Bản là đối tác phát triển hỗ trợ nhiều dự án của Khu vực tam giác.",
        ),
        (
            "paragraph",
            "Tháng 9/2024, Chính phủ Cam-pu-chia tuyên bố rút khỏi Khu vực tam giác phát triển. Việt Nam cho biết tôn trọng quyết định này và tiếp tục hợp tác song phương với Cam-pu-chia.",
        ),
    ],
}

DOCS = [CJA, CJB, CJC, CJD, CJE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="20:15",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/thai-lan", "Thái Lan"), ("/tag/khon-kaen", "Khon Kaen")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "chronology": chronology_text,
            "entry": entry_text,
        },
        prefix="cj",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
