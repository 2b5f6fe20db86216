"""Build the 266th held-out set (Vietnam – Cuba solidarity; the G77 and China summit in Havana, 9/2023; CELAC)
and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout266/build_heldout266.py [--check]

Five short documents: a journal article on Cuba's support for Vietnam in 1960 – 1975 (Fidel Castro's visit to
the liberated zone of Quảng Trị in 1973), a (fictitious) year-end report 2025 of a provincial Vietnam – Cuba
Friendship Association, a news page on Prime Minister Phạm Minh Chính at the G77 and China summit in Havana
(15 – 16/9/2023), a (fictitious) Ministry of Education plan for cooperation with Cuba in 2027, and an
encyclopedia entry on the Community of Latin American and Caribbean States (CELAC). Facts are well-established;
authors, journal, page numbers, document numbers and the report's and plan's items are invented. Gold is
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

HQA = {
    "id": "hqa",
    "shape": "journal",
    "header": "NGHIÊN CỨU LỊCH SỬ QUAN HỆ QUỐC TẾ – Số 5 (2025)",
    "first_page": 97,
    "break_after": 4,
    "blocks": [
        ("title", "CU-BA VỚI CUỘC KHÁNG CHIẾN CHỐNG MỸ, CỨU NƯỚC CỦA NHÂN DÂN VIỆT NAM"),
        ("author", "Vũ Thị Hồng Nhung"),
        ("affiliation", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết làm rõ sự ủng hộ của Cu-ba đối với Việt Nam trong giai đoạn 1960 – 1975, qua đó khẳng định tính chất đặc biệt của quan hệ hai nước.",
            "vi",
        ),
        ("keywords", "Cu-ba; Fidel Castro; kháng chiến chống Mỹ; quan hệ đặc biệt", "vi"),
        ("heading", "1. Người bạn đầu tiên ở Tây bán cầu", 1),
        (
            "paragraph",
            "Ngày 2/12/1960, Cu-ba trở thành nước đầu tiên ở Tây bán cầu thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa. Trong những năm chiến tranh ác liệt nhất, Lãnh tụ Fidel Castro tuyên bố: “Vì Việt Nam, Cu-ba sẵn sàng hiến dâng cả máu của mình” (Lưu Ngọc Trác, 2012, tr. 56). Lời tuyên bố ấy trở thành biểu tượng của tình đoàn kết giữa hai dân tộc.",
        ),
        ("heading", "2. Chuyến thăm năm 1973", 1),
        (
            "paragraph",
            "Tháng 9/1973, Thủ tướng Fidel Castro thăm Việt Nam và là nguyên thủ nước ngoài duy nhất đến vùng giải phóng Quảng Trị khi chiến tranh chưa kết thúc. Sau chuyến thăm, Cu-ba viện trợ không hoàn lại để xây dựng Bệnh viện Việt Nam – Cu-ba Đồng Hới, khách sạn Thắng Lợi ở Hà Nội và tuyến đường Xuân Mai (Đỗ Thị Mai Lan, 2018, tr. 102).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Cu-ba dành cho Việt Nam sự giúp đỡ ấy trong khi chính mình đang bị Mỹ bao vây, cấm vận từ năm 1962. Ngày nay, Việt Nam kiên trì ủng hộ Cu-ba trong cuộc đấu tranh đòi dỡ bỏ lệnh cấm vận (Phan Quốc Bảo, 2021).",
        ),
    ],
}

HQB = {
    "id": "hqb",
    "shape": "word",
    "head": [
        "HỘI HỮU NGHỊ VIỆT NAM – CU-BA",
        "TỈNH QUẢNG TRỊ",
        "Số: 37/BC-HHN",
        "Quảng Trị, ngày 25 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tổng kết công tác năm 2025 và phương hướng năm 2026",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2025 và phương hướng năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 9/2025, phối hợp tổ chức lễ kỷ niệm 52 năm chuyến thăm vùng giải phóng Quảng Trị của Lãnh tụ Fidel Castro tại điểm cao Cồn Tiên, có Đại sứ Cu-ba tại Việt Nam tới dự.",
        ),
        (
            "list_item",
            "2. Vận động hội viên và doanh nghiệp quyên góp 1,2 tỷ đồng ủng hộ nhân dân Cu-ba khắc phục hậu quả bão Melissa.",
        ),
        (
            "list_item",
            "3. Đón đoàn Hội Hữu nghị Cu-ba – Việt Nam tỉnh Pinar del Río sang thăm; hai hội ký chương trình hợp tác giai đoạn 2026 – 2028.",
        ),
        (
            "list_item",
            "4. Việc thiết lập quan hệ kết nghĩa giữa tỉnh và tỉnh Pinar del Río chưa thực hiện được do đang hoàn thiện bộ máy sau sắp xếp đơn vị hành chính.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Cử đoàn sang Cu-ba dự các hoạt động kỷ niệm 100 năm Ngày sinh Lãnh tụ Fidel Castro (13/8/1926 – 13/8/2026).",
        ),
        (
            "list_item",
            "2. Tiếp tục vận động quyên góp gạo ủng hộ nhân dân Cu-ba.",
        ),
        (
            "list_item",
            "3. Tổ chức tọa đàm lên án chính sách bao vây, cấm vận của Mỹ đối với Cu-ba.",
        ),
    ],
}

HQC = {
    "id": "hqc",
    "shape": "news",
    "date": "2023-09-16",
    "stamp": "Thứ Bảy, 16/09/2023 - 07:30",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính dự Hội nghị thượng đỉnh G77 và Trung Quốc tại La Ha-ba-na"),
        (
            "paragraph",
            "La Ha-ba-na (TTXVN) – Chiều 15/9 (giờ địa phương), Thủ tướng Phạm Minh Chính dự và phát biểu tại Hội nghị thượng đỉnh Nhóm G77 và Trung Quốc do Cu-ba, Chủ tịch Nhóm năm 2023, tổ chức từ ngày 15 đến 16/9.",
        ),
        ("heading", "Vai trò của khoa học và đổi mới sáng tạo", 1),
        (
            "paragraph",
            "Hội nghị có chủ đề “Những thách thức phát triển hiện nay: vai trò của khoa học, công nghệ và đổi mới sáng tạo”. Tổng Thư ký Liên hợp quốc António Guterres cũng có mặt tại La Ha-ba-na.",
        ),
        (
            "paragraph",
            "Phát biểu tại hội nghị, Thủ tướng kêu gọi chấm dứt lệnh cấm vận kinh tế, thương mại và tài chính mà Mỹ áp đặt đối với Cu-ba suốt hơn 60 năm qua.",
        ),
        ("heading", "Thăm chính thức Cu-ba", 1),
        (
            "paragraph",
            "Nhân dịp này, Thủ tướng Phạm Minh Chính thăm chính thức Cu-ba. Thủ tướng đã hội đàm với Thủ tướng Cu-ba Manuel Marrero Cruz; hai Thủ tướng chứng kiến lễ ký một số văn kiện hợp tác.",
        ),
        (
            "paragraph",
            "Theo chương trình, Thủ tướng sẽ hội kiến Bí thư thứ nhất Đảng Cộng sản Cu-ba, Chủ tịch nước Miguel Díaz-Canel và thăm một số dự án của doanh nghiệp Việt Nam tại Đặc khu phát triển Mariel.",
        ),
    ],
}

HQD = {
    "id": "hqd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 1187/KH-BGDĐT':<40}Hà Nội, ngày 20 tháng 11 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục với Cộng hòa Cu-ba",
        "năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác giáo dục với Cộng hòa Cu-ba năm 2027"),
        (
            "paragraph",
            "Nhằm góp phần vun đắp quan hệ đoàn kết đặc biệt Việt Nam – Cu-ba, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác giáo dục với Cu-ba năm 2027 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2026", 1),
        (
            "paragraph",
            "Năm 2026, Việt Nam tiếp nhận 40 lưu học sinh Cu-ba theo diện học bổng Chính phủ; 25 sinh viên Việt Nam được cử sang học tiếng Tây Ban Nha tại Đại học La Ha-ba-na. Đề án thành lập Trung tâm tiếng Việt tại La Ha-ba-na chưa được phê duyệt.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2027", 1),
        (
            "list_item",
            "1. Ký Chương trình hợp tác giáo dục giai đoạn 2027 – 2030 với Bộ Giáo dục Đại học Cu-ba nhân dịp Khóa họp Ủy ban liên Chính phủ Việt Nam – Cu-ba.",
        ),
        (
            "list_item",
            "2. Tiếp tục cấp 40 suất học bổng toàn phần cho lưu học sinh Cu-ba.",
        ),
        (
            "list_item",
            "3. Tháng 6/2027, đón đoàn Bộ Giáo dục Cu-ba sang khảo sát các cơ sở đào tạo nông nghiệp.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Cu-ba cử 5 giảng viên tiếng Tây Ban Nha sang giảng dạy tại các trường đại học của Việt Nam.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch; kinh phí thực hiện từ nguồn ngân sách nhà nước cấp cho Bộ năm 2027.",
        ),
    ],
}

HQE = {
    "id": "hqe",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng các quốc gia Mỹ La-tinh và Ca-ri-bê"),
        (
            "paragraph",
            "Cộng đồng các quốc gia Mỹ La-tinh và Ca-ri-bê (CELAC) là tổ chức liên chính phủ khu vực gồm 33 nước châu Mỹ, không có Hoa Kỳ và Ca-na-đa. CELAC chính thức ra đời tại hội nghị thượng đỉnh ở Ca-ra-cát (Vê-nê-xu-ê-la) ngày 2 – 3/12/2011.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Cu-ba giữ chức Chủ tịch luân phiên năm 2013 và đăng cai Hội nghị thượng đỉnh lần thứ hai tại La Ha-ba-na tháng 1/2014; tại đây, các nhà lãnh đạo tuyên bố Mỹ La-tinh và Ca-ri-bê là “khu vực hòa bình”. Năm 2015, Diễn đàn Trung Quốc – CELAC họp Hội nghị Bộ trưởng lần đầu tại Bắc Kinh.",
        ),
        ("heading", "Bra-xin tạm ngừng và trở lại", 1),
        (
            "paragraph",
            "Tháng 1/2020, chính phủ của Tổng thống Jair Bolsonaro đình chỉ sự tham gia của Bra-xin vào CELAC. Sau khi Tổng thống Lula da Silva nhậm chức, Bra-xin trở lại tổ chức và dự Hội nghị thượng đỉnh tại Buê-nốt Ai-rét tháng 1/2023.",
        ),
        ("heading", "Quan hệ với Liên minh châu Âu", 1),
        (
            "paragraph",
            "Hội nghị thượng đỉnh EU – CELAC lần thứ ba họp tại Brúc-xen tháng 7/2023, sau tám năm gián đoạn.",
        ),
    ],
}

DOCS = [HQA, HQB, HQC, HQD, HQE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" at the left margin
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 76)."""
    return headed_journal(doc, body=76, label=76, page_label="[{}]", align="<")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "TM. BAN CHẤP HÀNH / CHỦ TỊCH"."""
    return report_word(doc, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page defaults) under the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="07:30",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/g77", "G77"), ("/tag/cu-ba", "Cu-ba")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="hq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
