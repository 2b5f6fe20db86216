"""Build the 244th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout244/build_heldout244.py [--check]

Five short documents on Russia and the Group of Eight and on people-to-people and tourism ties with Russia
and Central Asia: a journal article on Russia in the G8 from 1998 to 2014 and Vietnam's place at the G7
outreach, a (fictitious) report of the Vietnam – Russia Friendship Association for 2024, a news page on the
G7's Hague declaration of 24/3/2014, a (fictitious) Vietnam National Authority of Tourism plan for 2026
and an encyclopedia entry on the G8. Authors, journal, page numbers, document numbers, local items and
quoted words are invented. ``--check`` verifies the gold.
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

EYA_JOURNAL = {
    "id": "eya",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ VÀ CHÍNH TRỊ THẾ GIỚI – Số 3 (2022)",
    "first_page": 88,
    "break_after": 9,
    "blocks": [
        ("title", "NGA TRONG NHÓM G8 (1998 – 2014) VÀ NHỮNG BÀI HỌC CHO NGOẠI GIAO ĐA PHƯƠNG"),
        ("author", "Phạm Thị Hồng Nhung"),
        ("affiliation", "Viện Nghiên cứu Châu Âu, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích quá trình Nga tham gia rồi bị đình chỉ khỏi Nhóm G8 và liên hệ với việc Việt Nam tham dự các hội nghị G7 mở rộng.",
            "vi",
        ),
        ("keywords", "Nga; G8; G7; G20; ngoại giao đa phương", "vi"),
        ("heading", "1. Từ khách mời đến thành viên", 1),
        (
            "paragraph",
            "Sau nhiều năm dự các phiên thảo luận chính trị với tư cách khách mời, Nga chính thức trở thành thành viên đầy đủ tại Hội nghị thượng đỉnh Birmingham (Anh) tháng 5/1998, và nhóm G7 đổi tên thành G8. Việc kết nạp được xem là “phần thưởng chính trị cho các cải cách của Mát-xcơ-va” (Bùi Đức Thịnh, 2009, tr. 56). Tháng 7/2006, Nga lần đầu đăng cai thượng đỉnh G8 tại Xanh Pê-téc-bua, với trọng tâm là an ninh năng lượng.",
        ),
        ("heading", "2. Đình chỉ năm 2014", 1),
        (
            "paragraph",
            "Sau khi Nga sáp nhập bán đảo Crưm, lãnh đạo bảy nước còn lại họp tại La Hay ngày 24/3/2014 và quyết định tạm ngừng tham gia G8. Thượng đỉnh dự kiến tổ chức ở Xô-chi bị hủy bỏ; thay vào đó, G7 họp tại Brúc-xen tháng 6/2014 (Nguyễn Hải Đăng, 2016). Từ đó đến nay, Nga không được mời trở lại.",
        ),
        ("heading", "3. Liên hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa bao giờ là thành viên của G7 hay G20, nhưng đã nhiều lần được mời dự các phiên mở rộng: Thủ tướng Nguyễn Xuân Phúc dự Hội nghị G7 mở rộng tại Ise-Shima (Nhật Bản) tháng 5/2016, Thủ tướng Phạm Minh Chính dự Hội nghị G7 mở rộng tại Hi-rô-si-ma tháng 5/2023 (Đào Ngọc Mai, 2023, tr. 19).",
        ),
    ],
}

EYB_FRIENDSHIP = {
    "id": "eyb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "HỘI HỮU NGHỊ VIỆT NAM – LIÊN BANG NGA",
        "Số: 35/BC-HHN",
        "Hà Nội, ngày 25 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hoạt động năm 2024 và chương trình công tác năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hoạt động năm 2024 và chương trình công tác năm 2025"),
        ("heading", "I. KẾT QUẢ HOẠT ĐỘNG NĂM 2024", 1),
        (
            "list_item",
            "1. Hội phối hợp tổ chức các hoạt động chào mừng chuyến thăm cấp Nhà nước của Tổng thống Nga V. Putin tới Việt Nam ngày 19 – 20/6.",
        ),
        (
            "list_item",
            "2. Tháng 9, Hội đón đoàn Hội Hữu nghị Nga – Việt do Chủ tịch Hội dẫn đầu; hai bên ký Chương trình hợp tác giai đoạn 2024 – 2026.",
        ),
        (
            "list_item",
            "3. Phối hợp với Trung tâm Khoa học và Văn hóa Nga tại Hà Nội tổ chức Tuần phim Nga và cuộc thi tiếng Nga cho học sinh phổ thông.",
        ),
        (
            "list_item",
            "4. Vận động Quỹ Russkiy Mir tài trợ 120 bộ sách giáo khoa tiếng Nga cho các trường tại Hà Nội và Thanh Hóa.",
        ),
        (
            "list_item",
            "5. Chưa tổ chức được đoàn cựu chuyên gia Nga thăm lại các công trình do Liên Xô giúp xây dựng vì khó khăn về kinh phí.",
        ),
        ("heading", "II. CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức mít tinh kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Liên bang Nga (30/1/1950 – 30/1/2025).",
        ),
        (
            "list_item",
            "2. Tháng 5 năm sau, cử đoàn sang Mát-xcơ-va dự các hoạt động kỷ niệm 80 năm Chiến thắng trong Chiến tranh vệ quốc vĩ đại.",
        ),
        (
            "list_item",
            "3. Phối hợp với Hội Hữu nghị Việt Nam – Ca-dắc-xtan và Việt Nam – Bê-la-rút tổ chức Ngày hội văn hóa các nước SNG tại TP. Hồ Chí Minh.",
        ),
    ],
}

EYC_HAGUE = {
    "id": "eyc",
    "shape": "news",
    "date": "2014-03-25",
    "stamp": "Thứ Ba, 25/03/2014 - 06:20",
    "blocks": [
        ("title", "G7 tạm ngừng tham gia G8, tẩy chay thượng đỉnh Xô-chi"),
        (
            "paragraph",
            "La Hay (TTXVN) – Tối 24/3, lãnh đạo Nhóm các nước công nghiệp phát triển (G7) họp bên lề Hội nghị thượng đỉnh An ninh hạt nhân tại La Hay (Hà Lan) và ra tuyên bố tạm ngừng tham gia G8 để phản đối việc Nga sáp nhập Crưm.",
        ),
        ("heading", "Họp ở Brúc-xen thay vì Xô-chi", 1),
        (
            "paragraph",
            "Theo tuyên bố, lãnh đạo Mỹ, Anh, Pháp, Đức, I-ta-li-a, Ca-na-đa và Nhật Bản sẽ không dự thượng đỉnh G8 mà Nga dự kiến đăng cai tại Xô-chi vào tháng 6, và sẽ họp theo định dạng G7 tại Brúc-xen. Các nước này cũng cảnh báo sẽ áp đặt thêm các biện pháp trừng phạt nếu Mát-xcơ-va tiếp tục làm leo thang căng thẳng.",
        ),
        ("heading", "Trừng phạt từ tuần trước", 1),
        (
            "paragraph",
            "Hôm 17/3, Mỹ và Liên minh châu Âu (EU) đã công bố lệnh cấm đi lại và đóng băng tài sản đối với một số quan chức Nga và U-crai-na. Phía Nga bác bỏ các lệnh trừng phạt và cho rằng việc không họp G8 cũng không phải là tổn thất lớn đối với Mát-xcơ-va.",
        ),
        (
            "paragraph",
            "Cùng ngày 24/3, Tổng thống Mỹ B. Obama hội đàm với Chủ tịch Trung Quốc Tập Cận Bình bên lề hội nghị.",
        ),
    ],
}

EYD_PLAN = {
    "id": "eyd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC DU LỊCH QUỐC GIA VIỆT NAM':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-CDL':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến du lịch tại thị trường Nga, Ca-dắc-xtan",
        "và U-dơ-bê-ki-xtan năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến du lịch tại thị trường Nga, Ca-dắc-xtan và U-dơ-bê-ki-xtan năm 2026",
        ),
        (
            "paragraph",
            "Năm 2025, Việt Nam đón hơn 600 nghìn lượt khách Nga, phần lớn đến Khánh Hòa, Kiên Giang và Bà Rịa – Vũng Tàu; thị trường Ca-dắc-xtan tăng trưởng nhanh nhờ đường bay thẳng Almaty – Nha Trang. Để khai thác tốt các thị trường này, Cục Du lịch Quốc gia Việt Nam xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. NHIỆM VỤ CHỦ YẾU", 1),
        (
            "list_item",
            "1. Tháng 3, tổ chức gian hàng Việt Nam tại Hội chợ du lịch quốc tế MITT ở Mát-xcơ-va.",
        ),
        (
            "list_item",
            "2. Tháng 4, tổ chức Chương trình giới thiệu điểm đến Việt Nam tại Almaty và Tashkent, phối hợp với Đại sứ quán Việt Nam tại Ca-dắc-xtan.",
        ),
        (
            "list_item",
            "3. Đàm phán với Ủy ban Du lịch U-dơ-bê-ki-xtan để ký Bản ghi nhớ hợp tác du lịch, dự kiến trong quý III.",
        ),
        (
            "list_item",
            "4. Đón đoàn hãng lữ hành và báo chí Nga khảo sát Phú Quốc và Đà Lạt trong tháng 10.",
        ),
        ("heading", "II. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Năm ngoái, đề xuất mở văn phòng xúc tiến du lịch Việt Nam tại Mát-xcơ-va chưa được phê duyệt; năm nay Cục tiếp tục hoàn thiện đề án. Không sử dụng ngân sách nhà nước cho các chuyến khảo sát của doanh nghiệp.",
        ),
    ],
}

EYE_G8 = {
    "id": "eye",
    "shape": "entry",
    "blocks": [
        ("title", "Nhóm tám nước (G8)"),
        (
            "paragraph",
            "Nhóm tám nước (G8) là diễn đàn thường niên không chính thức của lãnh đạo Mỹ, Anh, Pháp, Đức, I-ta-li-a, Nhật Bản, Ca-na-đa và Nga, tồn tại từ năm 1998 đến năm 2014. Liên minh châu Âu tham dự các cuộc họp nhưng không đảm nhận vai trò chủ tịch luân phiên.",
        ),
        ("heading", "Hình thành", 1),
        (
            "paragraph",
            "Tiền thân của G8 là nhóm G6 gồm Pháp, Mỹ, Anh, Tây Đức, I-ta-li-a và Nhật Bản, nhóm họp lần đầu tại Răm-bu-i-ê (Pháp) tháng 11/1975. Ca-na-đa tham gia năm 1976, tạo thành G7; từ năm 1977, Cộng đồng châu Âu được mời dự các cuộc họp. Từ đầu thập niên 1990, lãnh đạo Nga được mời gặp G7 bên lề các hội nghị thượng đỉnh, trước khi trở thành thành viên đầy đủ tại Birmingham năm 1998.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Các hội nghị G8 bàn về kinh tế toàn cầu, năng lượng, chống khủng bố và phát triển châu Phi. Thượng đỉnh Gleneagles (Anh) năm 2005 thông qua quyết định xóa nợ cho các nước nghèo nhất. Nga làm chủ tịch nhóm năm 2006 và đăng cai thượng đỉnh tại Xanh Pê-téc-bua. Từ năm 2008, vai trò điều phối kinh tế toàn cầu dần chuyển sang Nhóm G20.",
        ),
        ("heading", "Kết thúc", 1),
        (
            "paragraph",
            "Tháng 3/2014, bảy nước còn lại đình chỉ sự tham gia của Nga sau sự kiện Crưm. Thượng đỉnh Xô-chi dự kiến vào tháng 6 năm đó bị hủy, và nhóm trở lại hình thức G7. Việt Nam không phải là thành viên của nhóm, song có quan hệ Đối tác chiến lược hoặc Đối tác chiến lược toàn diện với nhiều nước G7.",
        ),
    ],
}

DOCS = [EYA_JOURNAL, EYB_FRIENDSHIP, EYC_HAGUE, EYD_PLAN, EYE_G8]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "T/M BAN CHẤP HÀNH / CHỦ TỊCH"."""
    return report_word(doc, ["T/M BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Kinh tế thế giới" section."""
    return news_page(
        doc,
        section="Kinh tế thế giới",
        time="06:20",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/g8", "G8"), ("/tag/nga", "Nga")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.ministry_plan: signed "CỤC TRƯỞNG", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["CỤC TRƯỞNG", "", "(đã ký)"],
        recipients=["- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, XTDL."],
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
        prefix="ey",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
