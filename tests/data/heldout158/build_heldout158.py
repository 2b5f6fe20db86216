"""Build the hundred-and-fifty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout158/build_heldout158.py [--check]

Five short documents on topics the earlier sets do not use as main topics (Vietnam – USA from the
comprehensive partnership of 2013 to the comprehensive strategic partnership of 2023, a university
international office's report for 2024 on cooperation with American partners, President Biden's state
visit to Hà Nội of 10 – 11/9/2023, a (fictitious) Ministry of Science and Technology plan for
semiconductor cooperation with the USA in 2026, an encyclopedia entry on AUKUS). Facts are
well-established; authors, journal, page numbers, document numbers, the report's items, the plan and all
quoted words are invented. Events, citations and questions gold are written by hand; ``--check`` verifies
that every gold evidence, quote and citation occurs in the documents.
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

MYA_USA = {
    "id": "mya",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU MỸ – Số 4 (2024)",
    "first_page": 37,
    "break_after": 8,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – HOA KỲ: TỪ ĐỐI TÁC TOÀN DIỆN ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN"),
        ("author", "Nguyễn Thị Bích Ngọc"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại chặng đường mười năm của quan hệ Việt Nam – Hoa Kỳ trong khuôn khổ đối tác toàn diện và những vấn đề đặt ra sau khi hai nước nâng cấp quan hệ.",
            "vi",
        ),
        ("keywords", "Việt Nam; Hoa Kỳ; đối tác chiến lược toàn diện; cấm vận vũ khí", "vi"),
        ("heading", "1. Khuôn khổ đối tác toàn diện", 1),
        (
            "paragraph",
            "Ngày 25/7/2013, tại Nhà Trắng, Chủ tịch nước Trương Tấn Sang và Tổng thống Barack Obama nhất trí xác lập quan hệ Đối tác toàn diện Việt Nam – Hoa Kỳ. Hai năm sau, Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Hoa Kỳ và hội đàm với Tổng thống Obama tại Phòng Bầu dục ngày 7/7/2015, chuyến thăm đầu tiên của một Tổng Bí thư Đảng Cộng sản Việt Nam tới nước này (Lê Văn Khánh, 2016, tr. 41).",
        ),
        ("heading", "2. Những bước đi thực chất", 1),
        (
            "paragraph",
            "Trong chuyến thăm Việt Nam từ ngày 23 đến 25/5/2016, Tổng thống Obama tuyên bố Hoa Kỳ dỡ bỏ hoàn toàn lệnh cấm vận bán vũ khí sát thương đối với Việt Nam. Tháng 11/2017, sau khi dự Hội nghị các nhà lãnh đạo kinh tế APEC tại Đà Nẵng, Tổng thống Donald Trump thăm cấp nhà nước nước ta. Tháng 3 năm sau, tàu sân bay USS Carl Vinson cập cảng Đà Nẵng, lần đầu tiên kể từ khi chiến tranh kết thúc.",
        ),
        ("heading", "3. Bước nâng cấp năm 2023 và những vấn đề đặt ra", 1),
        (
            "paragraph",
            "Ngày 10/9/2023, trong hội đàm với Tổng thống Joe Biden đang thăm cấp nhà nước Việt Nam, Tổng Bí thư Nguyễn Phú Trọng cùng vị khách tuyên bố nâng quan hệ hai nước lên Đối tác chiến lược toàn diện vì hòa bình, hợp tác và phát triển bền vững. Bước đi này “phản ánh độ chín của quan hệ sau một thập kỷ” (Trần Minh Quân, 2023, tr. 15). Tuy vậy, đến nay Hoa Kỳ vẫn chưa công nhận Việt Nam có nền kinh tế thị trường; ta cần tiếp tục vận động phía bạn sớm xem xét lại vấn đề này (Phạm Hồng Anh, 2024).",
        ),
    ],
}

MYB_HUST = {
    "id": "myb",
    "shape": "word",
    "head": [
        "ĐẠI HỌC BÁCH KHOA HÀ NỘI",
        "BAN HỢP TÁC ĐỐI NGOẠI",
        "Số: 86/BC-ĐHBK-HTĐN",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế năm 2024 với các đối tác Hoa Kỳ, kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế năm 2024 với các đối tác Hoa Kỳ, kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tiếp nối chuyến khảo sát tại bang Ca-li-phoóc-ni-a năm ngoái, tháng 5/2024 Đại học đã cử đoàn lãnh đạo sang làm việc với Đại học Purdue và Đại học bang Arizona về đào tạo nhân lực ngành bán dẫn.",
        ),
        (
            "list_item",
            "2. Nhân dịp này, Đại học và Đại học Purdue ký Biên bản ghi nhớ về đào tạo kỹ sư thiết kế vi mạch giai đoạn 2024 – 2028.",
        ),
        (
            "list_item",
            "3. Tháng 9, Đại sứ Hoa Kỳ tại Việt Nam đến thăm và nói chuyện với sinh viên nhân kỷ niệm một năm hai nước nâng cấp quan hệ; Chương trình Fulbright tiếp tục cấp 6 suất học bổng cho giảng viên trẻ.",
        ),
        (
            "list_item",
            "4. Dự án phòng thí nghiệm đóng gói chip do một tập đoàn Hoa Kỳ tài trợ chưa được triển khai vì hai bên chưa thống nhất phương án góp vốn.",
        ),
        (
            "list_item",
            "5. Ngoài các đối tác Hoa Kỳ, Đại học tiếp nhận 24 sinh viên trao đổi của Hàn Quốc và Nhật Bản.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Quý I năm sau, đón đoàn Đại học Purdue sang khảo sát phòng thí nghiệm và ký thỏa thuận liên kết đào tạo.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Hoa Kỳ tổ chức Ngày hội du học Hoa Kỳ tại Hà Nội vào tháng 4.",
        ),
        (
            "list_item",
            "3. Không cử đoàn dự hội nghị thường niên của Hiệp hội các nhà giáo dục quốc tế (NAFSA) năm 2025 do hạn chế kinh phí.",
        ),
    ],
}

MYC_BIDEN = {
    "id": "myc",
    "shape": "news",
    "date": "2023-09-10",
    "stamp": "Chủ Nhật, 10/09/2023 - 21:30",
    "blocks": [
        ("title", "Việt Nam – Hoa Kỳ nâng cấp quan hệ lên Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 10/9, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Hoa Kỳ Joe Biden, người đang thăm cấp nhà nước Việt Nam từ ngày 10 đến 11/9 theo lời mời của Tổng Bí thư.",
        ),
        (
            "paragraph",
            "Tại hội đàm, hai nhà lãnh đạo nhất trí nâng quan hệ Việt Nam – Hoa Kỳ lên Đối tác chiến lược toàn diện vì hòa bình, hợp tác và phát triển bền vững. Tổng thống Biden tới Hà Nội ngay sau khi dự Hội nghị thượng đỉnh Nhóm G20 tại Niu Đê-li (Ấn Độ). Phát biểu với báo chí sau hội đàm, ông khẳng định Hoa Kỳ ủng hộ một Việt Nam mạnh mẽ, độc lập, tự cường và thịnh vượng.",
        ),
        ("heading", "Mười năm sau Đối tác toàn diện", 1),
        (
            "paragraph",
            "Sự kiện diễn ra đúng mười năm sau khi hai nước xác lập quan hệ Đối tác toàn diện vào tháng 7/2013 và 28 năm kể từ khi Việt Nam và Hoa Kỳ bình thường hóa quan hệ năm 1995. Hoa Kỳ hiện là thị trường xuất khẩu lớn nhất của Việt Nam.",
        ),
        (
            "paragraph",
            "Trước đó, ông Biden đã không tham dự Hội nghị Cấp cao ASEAN – Hoa Kỳ tại Gia-các-ta hôm 6/9; Phó Tổng thống Kamala Harris dự thay.",
        ),
        ("heading", "Lịch trình ngày mai", 1),
        (
            "paragraph",
            "Theo chương trình, ngày 11/9, Tổng thống Biden sẽ hội kiến Chủ tịch nước Võ Văn Thưởng, Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Vương Đình Huệ, đồng thời cùng Thủ tướng dự Hội nghị thượng đỉnh Việt Nam – Hoa Kỳ về đầu tư và đổi mới sáng tạo.",
        ),
    ],
}

MYD_PLAN = {
    "id": "myd",
    "shape": "plan",
    "head": [
        f"{'BỘ KHOA HỌC VÀ CÔNG NGHỆ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 31/KH-BKHCN':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Hoa Kỳ về công nghiệp bán dẫn",
        "và đổi mới sáng tạo năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Hoa Kỳ về công nghiệp bán dẫn và đổi mới sáng tạo năm 2026"),
        (
            "paragraph",
            "Thực hiện Tuyên bố chung về việc nâng quan hệ Việt Nam – Hoa Kỳ lên Đối tác chiến lược toàn diện tháng 9/2023, trong đó hợp tác về bán dẫn được xác định là một đột phá, Bộ Khoa học và Công nghệ ban hành Kế hoạch hợp tác với Hoa Kỳ năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Hiệp định hợp tác khoa học và công nghệ giữa hai Chính phủ được ký năm 2000 và đã được gia hạn nhiều lần. Năm ngoái, hai bên tiếp tục trao đổi đoàn chuyên gia về thiết kế vi mạch, song chưa ký được văn kiện nào về đào tạo nhân lực bán dẫn ở cấp Bộ.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong quý II, chủ trì phiên họp Ủy ban hỗn hợp Việt Nam – Hoa Kỳ về hợp tác khoa học và công nghệ tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Đàm phán với Quỹ Khoa học Quốc gia Hoa Kỳ (NSF) để ký Bản ghi nhớ về nghiên cứu chung, dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Hoa Kỳ hỗ trợ đào tạo giảng viên ngành vi mạch cho các trường đại học kỹ thuật.",
        ),
        (
            "list_item",
            "4. Chưa đặt vấn đề thành lập trung tâm nghiên cứu chung về bán dẫn trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với Bộ Ngoại giao theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

MYE_AUKUS = {
    "id": "mye",
    "shape": "entry",
    "blocks": [
        ("title", "AUKUS"),
        (
            "paragraph",
            "AUKUS là quan hệ đối tác an ninh ba bên giữa Australia, Vương quốc Anh và Hoa Kỳ, được lãnh đạo ba nước là Scott Morrison, Boris Johnson và Joe Biden công bố trực tuyến ngày 15/9/2021. Trụ cột I giúp Australia sở hữu tàu ngầm chạy bằng năng lượng hạt nhân; Trụ cột II là hợp tác về các công nghệ tiên tiến.",
        ),
        ("heading", "Phản ứng ban đầu", 1),
        (
            "paragraph",
            "Cùng với việc tham gia AUKUS, Australia hủy hợp đồng mua tàu ngầm thông thường ký với Tập đoàn Naval Group của Pháp. Ngày 17/9/2021, Pháp triệu hồi đại sứ tại Hoa Kỳ và Australia để tham vấn. Tháng 6/2022, Chính phủ Australia đồng ý bồi thường cho Naval Group 555 triệu euro. Trung Quốc nhiều lần phản đối AUKUS; In-đô-nê-xi-a và Ma-lai-xi-a bày tỏ lo ngại về nguy cơ chạy đua vũ trang trong khu vực. New Zealand, vốn theo chính sách phi hạt nhân, không tham gia thỏa thuận.",
        ),
        ("heading", "Lộ trình tàu ngầm", 1),
        (
            "paragraph",
            "Ngày 13/3/2023, tại San Diego, các nhà lãnh đạo Anthony Albanese, Rishi Sunak và Joe Biden công bố lộ trình, theo đó Australia sẽ mua ít nhất ba tàu ngầm lớp Virginia của Hoa Kỳ từ đầu thập niên 2030. Tháng 4/2024, bộ trưởng quốc phòng ba nước cho biết đang xem xét hợp tác với Nhật Bản trong các dự án thuộc Trụ cột II.",
        ),
        (
            "paragraph",
            "Tháng 8/2024, ba nước ký tại Oa-sinh-tơn hiệp định về hợp tác đẩy tàu hải quân bằng năng lượng hạt nhân, thay thế thỏa thuận trao đổi thông tin ký tháng 11/2021. Từ năm 2027, Hoa Kỳ và Anh sẽ luân phiên triển khai tàu ngầm tại căn cứ HMAS Stirling ở Tây Australia.",
        ),
    ],
}

DOCS = [MYA_USA, MYB_HUST, MYC_BIDEN, MYD_PLAN, MYE_AUKUS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush right."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 74 columns, a blank line after every line."""
    return word_text(doc, 74, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news-agency detail page (heldout_kit.news_page)."""
    return news_page(
        doc,
        "Thời sự",
        "21:30",
        [("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        [("/tag/hoa-ky", "Hoa Kỳ"), ("/tag/doi-tac-chien-luoc-toan-dien", "Đối tác chiến lược toàn diện")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
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
        prefix="my",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
