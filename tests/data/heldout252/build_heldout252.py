"""Build the 252nd held-out set (Vietnam – Korea 1992 – 2001, Korea in the OECD, AKFTA) and its structure gold.

.venv/bin/python tests/data/heldout252/build_heldout252.py [--check]
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

FWA = {
    "id": "fwa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU ĐÔNG BẮC Á – Số 5 (2025)",
    "first_page": 88,
    "break_after": 9,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – HÀN QUỐC THẬP NIÊN ĐẦU TIÊN (1992 – 2001)"),
        ("author", "Lương Thị Hải Yến"),
        ("affiliation", "Viện Nghiên cứu Đông Bắc Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích chặng đường mười năm đầu của quan hệ Việt Nam – Hàn Quốc, từ bình thường hóa đến quan hệ đối tác toàn diện.",
            "vi",
        ),
        ("keywords", "Hàn Quốc; bình thường hóa; đối tác toàn diện; ASEAN", "vi"),
        ("heading", "1. Bối cảnh bình thường hóa", 1),
        (
            "paragraph",
            "Đầu thập niên 1990, cục diện bán đảo Triều Tiên có nhiều chuyển động: ngày 17/9/1991, Hàn Quốc và Cộng hòa Dân chủ Nhân dân Triều Tiên cùng được kết nạp vào Liên hợp quốc. Cũng năm đó, Hàn Quốc trở thành đối tác đối thoại đầy đủ của ASEAN (Bùi Quang Vinh, 2015, tr. 34). Trên cơ sở ấy, ngày 22/12/1992, Việt Nam và Hàn Quốc chính thức thiết lập quan hệ ngoại giao, trong khi ta vẫn duy trì quan hệ truyền thống với Bình Nhưỡng.",
        ),
        ("heading", "2. Những chuyến thăm mở đường", 1),
        (
            "paragraph",
            "Tháng 11/1996, Tổng thống Kim Young-sam thăm chính thức Việt Nam, là nguyên thủ Hàn Quốc đầu tiên đến nước ta. Hai năm sau, Tổng thống Kim Dae-jung sang Hà Nội dự Hội nghị cấp cao ASEAN + 3 và thăm Việt Nam; ông bày tỏ “lấy làm tiếc về quá khứ không may” giữa hai nước (Ngô Thị Lan, 2019, tr. 141). Dù chịu tác động nặng nề của cuộc khủng hoảng tài chính châu Á, doanh nghiệp Hàn Quốc vẫn không rút vốn khỏi Việt Nam (Đặng Minh Châu, 2020).",
        ),
        ("heading", "3. Quan hệ đối tác toàn diện", 1),
        (
            "paragraph",
            "Tháng 8/2001, trong chuyến thăm cấp Nhà nước Hàn Quốc của Chủ tịch nước Trần Đức Lương, hai bên ra Tuyên bố chung xác lập quan hệ đối tác hợp tác toàn diện trong thế kỷ 21. Đó là nền tảng để hai nước sau này ký Hiệp định Thương mại tự do song phương.",
        ),
    ],
}

FWB = {
    "id": "fwb",
    "shape": "word",
    "head": [
        "TRUNG ƯƠNG HỘI LIÊN HIỆP",
        "PHỤ NỮ VIỆT NAM",
        "BAN QUAN HỆ QUỐC TẾ",
        "Số: 86/BC-BQHQT",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác đối ngoại với các đối tác Đông Bắc Á năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại với các đối tác Đông Bắc Á năm 2024"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tháng 4, đoàn cán bộ Hội do Phó Chủ tịch Hội làm trưởng đoàn thăm và làm việc tại Seoul, gặp Bộ Bình đẳng giới và Gia đình Hàn Quốc về hỗ trợ phụ nữ Việt Nam trong các gia đình đa văn hóa.",
        ),
        (
            "list_item",
            "2. Dự án nâng cao năng lực khởi nghiệp cho phụ nữ nông thôn tại Thái Nguyên do Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) tài trợ tiếp tục được triển khai năm thứ hai.",
        ),
        (
            "list_item",
            "3. Tháng 9, Hội đón đoàn Liên đoàn các tổ chức phụ nữ Nhật Bản sang thăm và ký thỏa thuận hợp tác giai đoạn 2024 – 2026.",
        ),
        (
            "list_item",
            "4. Đề xuất thành lập Văn phòng đại diện của Hội tại Seoul chưa được cấp có thẩm quyền phê duyệt.",
        ),
        (
            "list_item",
            "5. Tháng trước, Đại sứ Mông Cổ tại Việt Nam đến chào và đề nghị tăng cường trao đổi đoàn giữa hai tổ chức phụ nữ.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với Đại sứ quán Việt Nam tại Hàn Quốc tổ chức diễn đàn phụ nữ Việt Nam tại Hàn Quốc vào tháng 5 năm sau.",
        ),
        (
            "list_item",
            "2. Vận động KOICA tài trợ giai đoạn hai của dự án tại Thái Nguyên.",
        ),
    ],
}

FWC = {
    "id": "fwc",
    "shape": "news",
    "date": "1996-12-13",
    "stamp": "Thứ Sáu, 13/12/1996 - 10:05",
    "blocks": [
        ("title", "Hàn Quốc trở thành thành viên thứ 29 của OECD"),
        (
            "paragraph",
            "Pa-ri (TTXVN) – Ngày 12/12, Hàn Quốc chính thức gia nhập Tổ chức Hợp tác và Phát triển Kinh tế (OECD), trở thành thành viên thứ 29 và là nước châu Á thứ hai sau Nhật Bản tham gia tổ chức được mệnh danh là “câu lạc bộ các nước giàu” này.",
        ),
        ("heading", "Ba năm chuẩn bị", 1),
        (
            "paragraph",
            "Seoul chính thức nộp đơn xin gia nhập từ năm 1995 và đã phải cam kết mở cửa thêm thị trường tài chính, dịch vụ theo yêu cầu của các nước thành viên. Hội đồng OECD đã thông qua việc kết nạp Hàn Quốc hồi tháng 10.",
        ),
        (
            "paragraph",
            "Việc gia nhập diễn ra trong năm Hàn Quốc đảm nhiệm ghế Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 1996 – 1997, phản ánh vị thế quốc tế ngày càng cao của nền kinh tế lớn thứ 11 thế giới.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Tháng trước, Tổng thống Kim Young-sam đã thăm chính thức Việt Nam; hai bên ký một số hiệp định, trong đó có Hiệp định về hợp tác văn hóa. Hàn Quốc hiện là một trong những nhà đầu tư nước ngoài lớn nhất tại Việt Nam, dù hai nước mới thiết lập quan hệ ngoại giao được bốn năm.",
        ),
    ],
}

FWD = {
    "id": "fwd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BGDĐT':<40}Hà Nội, ngày 08 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục với Hàn Quốc",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác giáo dục với Hàn Quốc năm 2026"),
        (
            "paragraph",
            "Thực hiện quan hệ Đối tác chiến lược toàn diện Việt Nam – Hàn Quốc được nâng cấp tháng 12/2022, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác giáo dục với Hàn Quốc năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Tiếng Hàn đã được đưa vào dạy thí điểm như ngoại ngữ thứ nhất ở một số trường phổ thông. Năm ngoái, Bộ Giáo dục Hàn Quốc cử 20 giáo viên tình nguyện sang hỗ trợ dạy tiếng Hàn; tuy nhiên hai Bộ chưa ký được thỏa thuận công nhận văn bằng.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, cử đoàn công tác sang Seoul làm việc với Bộ Giáo dục Hàn Quốc và Viện Giáo dục quốc tế quốc gia (NIIED).",
        ),
        (
            "list_item",
            "2. Tiếp tục đàm phán để ký Hiệp định công nhận văn bằng, dự kiến vào tháng 11.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Hàn Quốc tăng số suất học bổng Chính phủ dành cho sinh viên Việt Nam.",
        ),
        (
            "list_item",
            "4. Phối hợp với Đại sứ quán Hàn Quốc tổ chức Ngày hội du học Hàn Quốc tại Hà Nội và Thành phố Hồ Chí Minh.",
        ),
        (
            "list_item",
            "5. Không tổ chức kỳ thi năng lực tiếng Hàn riêng cho giáo viên trong năm 2026.",
        ),
        ("paragraph", "Cục Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan thực hiện Kế hoạch."),
    ],
}

FWE = {
    "id": "fwe",
    "shape": "entry",
    "blocks": [
        ("title", "Khu vực thương mại tự do ASEAN – Hàn Quốc"),
        (
            "paragraph",
            "Khu vực thương mại tự do ASEAN – Hàn Quốc (AKFTA) được xây dựng trên cơ sở Hiệp định khung về hợp tác kinh tế toàn diện mà lãnh đạo ASEAN và Hàn Quốc ký tại Ku-a-la Lăm-pơ tháng 12/2005. Đây là một trong các hiệp định thương mại tự do ASEAN + 1, bên cạnh các hiệp định của ASEAN với Trung Quốc, Nhật Bản, Ấn Độ, Ô-xtrây-li-a và Niu Di-lân.",
        ),
        ("heading", "Các hiệp định thành phần", 1),
        (
            "paragraph",
            "Hiệp định Thương mại hàng hóa được ký năm 2006 và có hiệu lực từ ngày 1/6/2007. Thái Lan ban đầu không ký hiệp định này do bất đồng về gạo và chỉ tham gia năm 2009. Các bên ký tiếp Hiệp định Thương mại dịch vụ năm 2007 và Hiệp định Đầu tư năm 2009, khi Hàn Quốc đăng cai Hội nghị cấp cao kỷ niệm ASEAN – Hàn Quốc tại đảo Jeju.",
        ),
        ("heading", "Việt Nam trong AKFTA", 1),
        (
            "paragraph",
            "Việt Nam thực hiện lộ trình cắt giảm thuế quan theo AKFTA dài hơn các nước ASEAN-6. Trên nền tảng đó, Việt Nam và Hàn Quốc ký Hiệp định Thương mại tự do song phương (VKFTA) tại Hà Nội ngày 5/5/2015; hiệp định có hiệu lực từ ngày 20/12/2015 và mở cửa sâu hơn so với AKFTA. Hàn Quốc hiện là nhà đầu tư nước ngoài lớn nhất tại Việt Nam tính theo tổng vốn đăng ký lũy kế.",
        ),
        ("heading", "Nâng cấp", 1),
        (
            "paragraph",
            "Các nước thành viên đã đồng ý xem xét nâng cấp AKFTA, song đến nay các vòng đàm phán vẫn chưa đi đến kết thúc.",
        ),
    ],
}

DOCS = [FWA, FWB, FWC, FWD, FWE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Kinh tế thế giới" section."""
    return news_page(
        doc,
        section="Kinh tế thế giới",
        time="09:15",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/han-quoc", "Hàn Quốc"), ("/tag/oecd", "OECD")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="fw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
