"""Build the 253rd held-out set (Japan: CPTPP, EXPO 2025 Osaka, the Emperor's 2017 visit, legal cooperation, a
Wikipedia list of high-level visits) and its structure gold.

    .venv/bin/python tests/data/heldout253/build_heldout253.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    headed_journal,
    ministry_plan,
    news_page,
    report_word,
)

FXA = {
    "id": "fxa",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ CHÂU Á – THÁI BÌNH DƯƠNG – Số 6 (2025)",
    "first_page": 52,
    "break_after": 9,
    "blocks": [
        ("title", "VAI TRÒ CỦA NHẬT BẢN TRONG VIỆC CỨU VÃN TPP VÀ HÀM Ý CHO VIỆT NAM"),
        ("author", "Trịnh Đức Hoàng"),
        ("affiliation", "Viện Kinh tế và Chính trị thế giới"),
        (
            "abstract",
            "Bài viết phân tích vai trò dẫn dắt của Nhật Bản trong quá trình chuyển từ TPP sang CPTPP và những hàm ý đối với Việt Nam.",
            "vi",
        ),
        ("keywords", "Nhật Bản; TPP; CPTPP; Việt Nam; thương mại tự do", "vi"),
        ("heading", "1. Khi Mỹ rút lui", 1),
        (
            "paragraph",
            "Ngày 23/1/2017, chỉ ba ngày sau khi nhậm chức, Tổng thống Donald Trump ký sắc lệnh rút Mỹ khỏi Hiệp định Đối tác xuyên Thái Bình Dương (TPP). Nhiều nhà quan sát cho rằng hiệp định khó có thể tồn tại nếu thiếu nền kinh tế lớn nhất thế giới (Lâm Quốc Tuấn, 2018, tr. 19). Tuy vậy, Tokyo đã quyết định đứng ra dẫn dắt mười một nước còn lại tiếp tục đàm phán.",
        ),
        ("heading", "2. Từ Đà Nẵng đến Santiago", 1),
        (
            "paragraph",
            "Bên lề Tuần lễ Cấp cao APEC tại Đà Nẵng tháng 11/2017, Việt Nam và Nhật Bản đồng chủ trì cuộc họp Bộ trưởng, nhất trí về các yếu tố cốt lõi của hiệp định mới. Ngày 8/3/2018, Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP) được ký tại Santiago de Chile và có hiệu lực từ ngày 30/12/2018 đối với sáu nước đầu tiên phê chuẩn; với Việt Nam, hiệp định có hiệu lực từ ngày 14/1/2019. Một quan chức Nhật Bản nhận xét: “CPTPP là bằng chứng rằng thương mại tự do vẫn có tương lai” (Vương Thị Hạnh, 2020, tr. 63).",
        ),
        ("heading", "3. Hàm ý", 1),
        (
            "paragraph",
            "Ngày 16/7/2023, Vương quốc Anh ký nghị định thư gia nhập CPTPP, là thành viên đầu tiên ngoài khu vực (Cao Minh Khang, 2024). Việt Nam nên tiếp tục phối hợp chặt chẽ với Nhật Bản trong việc xem xét đơn xin gia nhập của các nền kinh tế khác.",
        ),
    ],
}

FXB = {
    "id": "fxb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI OSAKA",
        "Số: 47/BC-TLSQ",
        "Osaka, ngày 27 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Phối hợp chặt chẽ với Bộ Ngoại giao và Bộ Văn hóa, Thể thao và Du lịch chuẩn bị và vận hành Khu trưng bày Việt Nam tại Triển lãm thế giới EXPO 2025 Osaka, Kansai, khai mạc ngày 13/4.",
        ),
        (
            "list_item",
            "2. Tháng 5, phục vụ đoàn lãnh đạo tỉnh Quảng Ninh sang xúc tiến du lịch tại Osaka và Kyoto; nhân dịp này, tỉnh ký biên bản ghi nhớ hợp tác với tỉnh Hyogo.",
        ),
        (
            "list_item",
            "3. Tháng trước, Thống đốc tỉnh Osaka tiếp Tổng Lãnh sự và đề nghị mở rộng tiếp nhận thực tập sinh, lao động kỹ năng đặc định Việt Nam.",
        ),
        (
            "list_item",
            "4. Kiến nghị miễn thị thực ngắn hạn cho công dân Việt Nam dự EXPO chưa được phía Nhật Bản chấp thuận.",
        ),
        (
            "list_item",
            "5. Ngày 20/6, Tổng Lãnh sự tiếp Chủ tịch Phòng Thương mại và Công nghiệp Osaka, trao đổi kế hoạch đưa đoàn doanh nghiệp vùng Kansai sang Việt Nam tìm hiểu cơ hội đầu tư vào cuối năm.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tổ chức Ngày Việt Nam tại EXPO 2025 vào tháng 8, mời lãnh đạo cấp cao sang dự.",
        ),
        (
            "list_item",
            "2. Hỗ trợ các địa phương Việt Nam ký kết văn bản hợp tác với các tỉnh vùng Kansai.",
        ),
        (
            "list_item",
            "3. Tăng cường bảo hộ công dân, nhất là thực tập sinh bỏ trốn.",
        ),
    ],
}

FXC = {
    "id": "fxc",
    "shape": "news",
    "date": "2017-03-01",
    "stamp": "Thứ Tư, 01/03/2017 - 11:20",
    "blocks": [
        ("title", "Chủ tịch nước chủ trì lễ đón Nhà vua và Hoàng hậu Nhật Bản"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 1/3, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang và Phu nhân đã chủ trì lễ đón chính thức Nhà vua Nhật Bản Akihito và Hoàng hậu Michiko thăm cấp Nhà nước tới Việt Nam từ ngày 28/2 đến ngày 5/3.",
        ),
        ("heading", "Chuyến thăm đầu tiên của một Nhà vua Nhật Bản", 1),
        (
            "paragraph",
            "Đây là lần đầu tiên một Nhà vua Nhật Bản thăm Việt Nam. Sau lễ đón, Chủ tịch nước Trần Đại Quang và Nhà vua Akihito đã hội đàm, khẳng định quan hệ Đối tác chiến lược sâu rộng giữa hai nước đang phát triển tốt đẹp trên mọi lĩnh vực.",
        ),
        (
            "paragraph",
            "Trong chương trình chuyến thăm, Nhà vua và Hoàng hậu sẽ hội kiến Tổng Bí thư Nguyễn Phú Trọng, Thủ tướng Nguyễn Xuân Phúc, gặp gỡ gia đình các cựu binh Nhật Bản ở lại Việt Nam sau năm 1945 và thăm cố đô Huế.",
        ),
        ("heading", "Nhật Bản – đối tác hàng đầu", 1),
        (
            "paragraph",
            "Nhật Bản hiện là nhà tài trợ ODA lớn nhất cho Việt Nam. Tháng 1 vừa qua, Thủ tướng Abe Shinzo đã thăm chính thức Việt Nam và cam kết cung cấp thêm tàu tuần tra mới cho lực lượng cảnh sát biển của ta. Về phần mình, Việt Nam nhiều lần khẳng định ủng hộ Nhật Bản trở thành Ủy viên thường trực của một Hội đồng Bảo an Liên hợp quốc được mở rộng.",
        ),
    ],
}

FXD = {
    "id": "fxd",
    "shape": "plan",
    "head": [
        f"{'BỘ TƯ PHÁP':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 19/KH-BTP':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác pháp luật và tư pháp với Nhật Bản",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác pháp luật và tư pháp với Nhật Bản năm 2026"),
        (
            "paragraph",
            "Để phát huy quan hệ Đối tác chiến lược toàn diện vì hòa bình và thịnh vượng ở châu Á và trên thế giới giữa Việt Nam và Nhật Bản, Bộ Tư pháp ban hành Kế hoạch hợp tác pháp luật với Nhật Bản năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Từ năm 1996, Cơ quan Hợp tác quốc tế Nhật Bản (JICA) liên tục hỗ trợ Việt Nam hoàn thiện hệ thống pháp luật, trong đó có Bộ luật Dân sự. Năm ngoái, hai bên đã khởi động dự án hỗ trợ kỹ thuật giai đoạn mới, song chưa ký được thỏa thuận tương trợ tư pháp về dân sự.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 6 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Tokyo làm việc với Bộ Tư pháp Nhật Bản.",
        ),
        (
            "list_item",
            "2. Đàm phán Hiệp định tương trợ tư pháp về dân sự, phấn đấu ký trong năm 2026.",
        ),
        (
            "list_item",
            "3. Đề nghị JICA tiếp tục cử chuyên gia dài hạn làm việc tại Bộ.",
        ),
        (
            "list_item",
            "4. Không tổ chức hội thảo song phương về luật phá sản trong năm nay.",
        ),
        ("paragraph", "Vụ Hợp tác quốc tế chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này."),
    ],
}

FXE_ROWS = [
    ("Thời gian", "Địa điểm", "Lãnh đạo", "Nội dung chính"),
    (
        "16 – 17/1/2013",
        "Hà Nội",
        "Thủ tướng Abe Shinzo",
        "Chuyến công du nước ngoài đầu tiên sau khi trở lại cầm quyền",
    ),
    (
        "3/2014",
        "Tokyo",
        "Chủ tịch nước Trương Tấn Sang",
        "Nâng quan hệ lên Đối tác chiến lược sâu rộng vì hòa bình và phồn vinh ở châu Á",
    ),
    (
        "15 – 18/9/2015",
        "Tokyo",
        "Tổng Bí thư Nguyễn Phú Trọng",
        "Ra Tuyên bố về tầm nhìn chung quan hệ Việt Nam – Nhật Bản",
    ),
    (
        "28/2 – 5/3/2017",
        "Hà Nội, Huế",
        "Nhà vua Akihito và Hoàng hậu Michiko",
        "Chuyến thăm Việt Nam đầu tiên của một Nhà vua Nhật Bản",
    ),
    (
        "18 – 20/10/2020",
        "Hà Nội",
        "Thủ tướng Suga Yoshihide",
        "Chuyến thăm nước ngoài đầu tiên trên cương vị Thủ tướng",
    ),
    (
        "22 – 25/11/2021",
        "Tokyo",
        "Thủ tướng Phạm Minh Chính",
        "Lãnh đạo nước ngoài đầu tiên được Thủ tướng Kishida đón tiếp",
    ),
    ("30/4 – 1/5/2022", "Hà Nội", "Thủ tướng Kishida Fumio", "Thăm chính thức Việt Nam"),
    (
        "27 – 30/11/2023",
        "Tokyo",
        "Chủ tịch nước Võ Văn Thưởng",
        "Nâng quan hệ lên Đối tác chiến lược toàn diện",
    ),
]

FXE = {
    "id": "fxe",
    "shape": "list",
    "blocks": [
        ("title", "Danh sách các chuyến thăm cấp cao giữa Việt Nam và Nhật Bản"),
        (
            "paragraph",
            "Dưới đây là danh sách một số chuyến thăm cấp cao song phương tiêu biểu giữa Việt Nam và Nhật Bản kể từ năm 2013, năm hai nước kỷ niệm 40 năm thiết lập quan hệ ngoại giao (21/9/1973). Danh sách không bao gồm các cuộc gặp bên lề hội nghị đa phương như APEC, ASEAN hay G7 mở rộng.",
        ),
        ("heading", "Các chuyến thăm tiêu biểu (2013 – 2023)", 1),
        *[("table", "\t".join(r)) for r in FXE_ROWS],
        ("heading", "Xem thêm", 1),
        ("list_item", "Quan hệ Việt Nam – Nhật Bản"),
        ("list_item", "Hợp tác Mê Công – Nhật Bản"),
        ("heading", "Chú thích", 1),
        (
            "list_item",
            "Trong chuyến thăm của Chủ tịch nước Trương Tấn Sang, hai bên ký Tuyên bố chung ngày 18/3/2014.",
        ),
        (
            "list_item",
            "Trong chuyến thăm của Chủ tịch nước Võ Văn Thưởng, hai nước ra Tuyên bố chung ngày 27/11/2023.",
        ),
    ],
}

DOCS = [FXA, FXB, FXC, FXD, FXE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Kinh tế thế giới" section."""
    return news_page(
        doc,
        section="Kinh tế thế giới",
        time="09:15",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/nhat-ban", "Nhật Bản"), ("/tag/nha-vua-akihito", "Nhà vua Akihito")],
    )


def render_list(doc: dict) -> str:
    """A Wikipedia list page copied from the browser as text: the title, the site line, the lead, section
    headings with their "[sửa | sửa mã nguồn]" links, the table as tab-separated rows (header row first),
    the "Xem thêm" links as bullets and the "Chú thích" notes as "^ …" lines, a blank line between blocks
    but none between table rows."""
    out: list[str] = []
    section = ""
    for kind, text, *_ in doc["blocks"]:
        if kind == "title":
            out += [text, "Bách khoa toàn thư mở Wikipedia", ""]
        elif kind == "heading":
            section = text
            if out and out[-1] != "":
                out.append("")
            out += [f"{text}[sửa | sửa mã nguồn]", ""]
        elif kind == "table":
            out.append(text)
        elif kind == "list_item":
            out.append(f"^ {text}" if section == "Chú thích" else f"• {text}")
        else:
            out += [text, ""]
    out += [
        "",
        "Thể loại: Quan hệ ngoại giao của Việt Nam | Quan hệ Nhật Bản – Việt Nam | Danh sách chuyến thăm ngoại giao",
    ]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": ministry_plan,
            "list": render_list,
        },
        prefix="fx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
