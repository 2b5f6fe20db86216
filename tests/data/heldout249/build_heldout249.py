"""Build held-out set 249 and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout249/build_heldout249.py [--check]

Ethiopia as Africa's diplomatic centre, VCCI's international relations board's half-year report 2024
on Africa, the African Union's entry into the G20 (New Delhi, 9/9/2023), the (fictitious) minutes of a
Vietnam – Angola intergovernmental committee session (new shape), an entry on the OAU. Facts are well-established; authors, journal, page numbers, document numbers, local items and quoted
words are invented. Events, citations and questions gold are written by hand.
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

FTA_ETHIOPIA = {
    "id": "fta",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU PHI VÀ TRUNG ĐÔNG – Số 5 (2024)",
    "first_page": 23,
    "break_after": 10,
    "blocks": [
        ("title", "Ê-TI-Ô-PI-A: TRUNG TÂM NGOẠI GIAO CỦA CHÂU PHI VÀ CƠ HỘI CHO VIỆT NAM"),
        ("author", "Lương Thị Thanh Xuân"),
        ("affiliation", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết phân tích vị thế đối ngoại của Ê-ti-ô-pi-a và gợi ý hướng tăng cường quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Ê-ti-ô-pi-a; Liên minh châu Phi; BRICS; Sừng châu Phi", "vi"),
        ("heading", "1. Nước chủ nhà của Liên minh châu Phi", 1),
        (
            "paragraph",
            "Là một trong những thành viên sáng lập Liên hợp quốc năm 1945, Ê-ti-ô-pi-a đăng cai hội nghị thành lập Tổ chức Thống nhất châu Phi tại A-đi A-bê-ba năm 1963, và thủ đô nước này nay là nơi đặt trụ sở Liên minh châu Phi (Phạm Hồng Quân, 2016, tr. 71). Ngày 9/7/2018, Ê-ti-ô-pi-a và Ê-ri-tơ-rê-a ký tuyên bố chung về hòa bình và hữu nghị tại Át-ma-ra, chấm dứt hai thập kỷ đối đầu.",
        ),
        ("heading", "2. Xung đột và hòa giải", 1),
        (
            "paragraph",
            "Từ tháng 11/2020, giao tranh giữa quân đội liên bang và lực lượng Mặt trận Giải phóng Nhân dân Tigray kéo dài gần hai năm. Dưới sự trung gian của Liên minh châu Phi, hai bên đã ký thỏa thuận chấm dứt thù địch tại Prê-tô-ri-a ngày 2/11/2022 (Đinh Công Thắng, 2023). Từ ngày 1/1/2024, Ê-ti-ô-pi-a chính thức trở thành thành viên BRICS.",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Ê-ti-ô-pi-a thiết lập quan hệ ngoại giao năm 1976. Theo một nhà nghiên cứu, hai nước “có chung ký ức về cuộc đấu tranh bảo vệ độc lập” (Ngô Thị Bích, 2021, tr. 205), song kim ngạch thương mại vẫn rất khiêm tốn và chưa có đường bay thẳng. Ta cần tận dụng vị thế của A-đi A-bê-ba để mở rộng quan hệ với Liên minh châu Phi.",
        ),
    ],
}

FTB_VCCI = {
    "id": "ftb",
    "shape": "word",
    "head": [
        "LIÊN ĐOÀN THƯƠNG MẠI VÀ CÔNG NGHIỆP VIỆT NAM",
        "BAN QUAN HỆ QUỐC TẾ",
        "Số: 64/BC-QHQT",
        "Hà Nội, ngày 28 tháng 6 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Hoạt động kết nối doanh nghiệp với thị trường châu Phi sáu tháng đầu năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Hoạt động kết nối doanh nghiệp với thị trường châu Phi sáu tháng đầu năm 2024"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 3/2024, Ban phối hợp với Đại sứ quán Ni-giê-ri-a tổ chức diễn đàn doanh nghiệp tại Hà Nội; hai bên ký thỏa thuận hợp tác với Phòng Thương mại và Công nghiệp La-gốt.",
        ),
        (
            "list_item",
            "2. Đoàn 15 doanh nghiệp Việt Nam đã sang Gha-na và Bờ Biển Ngà khảo sát thị trường hạt điều và ca cao.",
        ),
        (
            "list_item",
            "3. Tháng trước, Ban đón đoàn Phòng Thương mại Ai Cập sang làm việc, trao đổi về việc thành lập Hội đồng doanh nghiệp Việt Nam – Ai Cập.",
        ),
        (
            "list_item",
            "4. Thỏa thuận thành lập Hội đồng doanh nghiệp Việt Nam – Ai Cập chưa được ký do còn khác biệt về cơ chế đồng chủ tịch.",
        ),
        (
            "list_item",
            "5. Một số doanh nghiệp Việt Nam gặp khó khăn do lệnh cấm xuất khẩu gạo tạm thời của một số nước và biến động giá cước vận tải qua Biển Đỏ.",
        ),
        ("heading", "II. NHIỆM VỤ SÁU THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tổ chức đoàn doanh nghiệp dự Hội chợ thương mại nội khối châu Phi, tận dụng Khu vực thương mại tự do lục địa châu Phi (AfCFTA).",
        ),
        (
            "list_item",
            "2. Tháng 10, đón đoàn doanh nghiệp Ăng-gô-la sang dự diễn đàn đầu tư tại Thành phố Hồ Chí Minh.",
        ),
        (
            "list_item",
            "3. Tiếp tục thúc đẩy ký thỏa thuận thành lập Hội đồng doanh nghiệp Việt Nam – Ai Cập.",
        ),
    ],
}

FTC_G20 = {
    "id": "ftc",
    "shape": "news",
    "date": "2023-09-09",
    "stamp": "Thứ Bảy, 09/09/2023 - 21:05",
    "blocks": [
        ("title", "Liên minh châu Phi trở thành thành viên thường trực của G20"),
        (
            "paragraph",
            "Niu Đê-li (TTXVN) – Ngày 9/9, ngay trong phiên khai mạc Hội nghị thượng đỉnh G20 tại Niu Đê-li, Thủ tướng Ấn Độ Narendra Modi tuyên bố Liên minh châu Phi (AU) chính thức trở thành thành viên thường trực của Nhóm.",
        ),
        ("heading", "Vị trí mới cho 55 quốc gia", 1),
        (
            "paragraph",
            "Chủ tịch luân phiên AU, Tổng thống Cô-mo-rốt Azali Assoumani, đã được mời ngồi vào hàng ghế thành viên. Ấn Độ, nước chủ tịch G20 năm nay, là nước đề xuất việc kết nạp AU từ đầu năm và nhận được sự ủng hộ của Trung Quốc, Mỹ cùng các thành viên EU.",
        ),
        ("heading", "Tuyên bố chung", 1),
        (
            "paragraph",
            "Cùng ngày, các nhà lãnh đạo đã thông qua Tuyên bố chung Niu Đê-li. Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình không dự hội nghị. Liên minh châu Âu là tổ chức khu vực duy nhất có tư cách thành viên G20 trước đó.",
        ),
        (
            "paragraph",
            "Trước đó, AU chỉ tham dự các hội nghị G20 với tư cách tổ chức khách mời. Việc kết nạp nâng số thành viên của Nhóm lên 21. Bra-xin sẽ tiếp nhận vai trò chủ tịch G20 từ ngày 1/12 tới.",
        ),
    ],
}

FTD_MINUTES = {
    "id": "ftd",
    "shape": "minutes",
    "blocks": [
        (
            "title",
            "BIÊN BẢN KỲ HỌP LẦN THỨ BẢY ỦY BAN LIÊN CHÍNH PHỦ VIỆT NAM – ĂNG-GÔ-LA VỀ HỢP TÁC KINH TẾ, KHOA HỌC VÀ KỸ THUẬT",
        ),
        (
            "paragraph",
            "Thực hiện Hiệp định hợp tác kinh tế, khoa học và kỹ thuật giữa hai Chính phủ, Kỳ họp lần thứ bảy Ủy ban liên chính phủ Việt Nam – Ăng-gô-la đã diễn ra tại Lu-an-đa từ ngày 18 đến ngày 20 tháng 11 năm 2025, trong không khí hữu nghị truyền thống.",
        ),
        (
            "paragraph",
            "Đoàn Việt Nam do ông Trần Quốc Khánh, Thứ trưởng Bộ Công Thương, làm Trưởng đoàn, gồm:",
        ),
        ("list_item", "- Ông Lê Văn Thành, Vụ trưởng Vụ Thị trường châu Phi, Tây Á, Nam Á;"),
        ("list_item", "- Bà Nguyễn Thu Hằng, Đại sứ Việt Nam tại Ăng-gô-la."),
        (
            "paragraph",
            "Đoàn Ăng-gô-la do ông Manuel dos Santos, Quốc vụ khanh Bộ Quan hệ đối ngoại, làm Trưởng đoàn, gồm:",
        ),
        ("list_item", "- Ông João Ferreira, Vụ trưởng Vụ châu Á và châu Đại Dương;"),
        ("list_item", "- Bà Ana Pereira, Đại sứ Ăng-gô-la tại Việt Nam."),
        ("heading", "1. Đánh giá chung", 1),
        (
            "paragraph",
            "Hai bên nhắc lại quan hệ ngoại giao được thiết lập ngày 12/11/1975, ngay sau khi Ăng-gô-la tuyên bố độc lập. Phía Ăng-gô-la thông báo nước bạn đã rút khỏi Tổ chức các nước xuất khẩu dầu mỏ (OPEC) từ ngày 1/1/2024.",
        ),
        ("heading", "2. Nông nghiệp", 1),
        (
            "paragraph",
            "Phía Ăng-gô-la đánh giá cao các chuyên gia nông nghiệp Việt Nam đang làm việc tại tỉnh Malanje. Hai bên nhất trí ký Bản ghi nhớ về hợp tác nông nghiệp ngay tại Kỳ họp.",
        ),
        ("heading", "3. Thương mại và đầu tư", 1),
        (
            "paragraph",
            "Phía Việt Nam đề nghị bạn xem xét đàm phán Hiệp định khuyến khích và bảo hộ đầu tư; phía Ăng-gô-la ghi nhận nhưng chưa nhất trí thời điểm khởi động.",
        ),
        ("heading", "4. Y tế và giáo dục", 1),
        (
            "paragraph",
            "Phía Việt Nam tiếp tục cấp 10 suất học bổng mỗi năm cho sinh viên Ăng-gô-la.",
        ),
        ("heading", "5. Kỳ họp tiếp theo", 1),
        (
            "paragraph",
            "Hai bên nhất trí Kỳ họp lần thứ tám sẽ được tổ chức tại Hà Nội vào năm 2027.",
        ),
        (
            "paragraph",
            "Biên bản được làm tại Lu-an-đa ngày 20 tháng 11 năm 2025, thành hai bản bằng tiếng Việt và tiếng Bồ Đào Nha, các văn bản có giá trị như nhau.",
        ),
    ],
}

FTE_OAU = {
    "id": "fte",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Thống nhất châu Phi"),
        (
            "paragraph",
            "Tổ chức Thống nhất châu Phi (OAU) là tổ chức liên chính phủ của các nước châu Phi, được thành lập ngày 25/5/1963 tại A-đi A-bê-ba (Ê-ti-ô-pi-a) khi đại diện 32 quốc gia độc lập ký Hiến chương của tổ chức.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "OAU ủng hộ mạnh mẽ các phong trào giải phóng dân tộc và đấu tranh chống chế độ phân biệt chủng tộc ở Nam Phi; Ủy ban Giải phóng của tổ chức đặt trụ sở tại Đa-ét-xa-lam (Tan-da-ni-a). Năm 1984, Ma-rốc rút khỏi OAU để phản đối việc tổ chức kết nạp Cộng hòa Dân chủ Ả-rập Xa-ha-ra. Nam Phi được kết nạp năm 1994, sau khi chế độ a-pác-thai chấm dứt.",
        ),
        ("heading", "Cơ cấu", 1),
        (
            "paragraph",
            "Cơ quan cao nhất của OAU là Hội nghị các nguyên thủ quốc gia và chính phủ, họp thường niên; Ban Thư ký đặt tại A-đi A-bê-ba. Số thành viên tăng dần theo tiến trình phi thực dân hóa: Ê-ri-tơ-rê-a được kết nạp năm 1993, ngay sau khi tuyên bố độc lập.",
        ),
        ("heading", "Chuyển đổi thành Liên minh châu Phi", 1),
        (
            "paragraph",
            "Theo Tuyên bố Xiếc-tơ ngày 9/9/1999, các nước thành viên quyết định thành lập một tổ chức mới. Ngày 9/7/2002, tại Đuốc-ban (Nam Phi), Liên minh châu Phi chính thức thay thế OAU. Ma-rốc trở lại Liên minh châu Phi ngày 30/1/2017.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Trong các cuộc kháng chiến của nhân dân Việt Nam, nhiều nước thành viên OAU đã lên tiếng ủng hộ Việt Nam.",
        ),
    ],
}

DOCS = [FTA_ETHIOPIA, FTB_VCCI, FTC_G20, FTD_MINUTES, FTE_OAU]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="08:30",
        menu=[("/the-gioi", "Thế giới"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/chau-phi", "Châu Phi"), ("/tag/my-latinh", "Mỹ Latinh")],
    )


def render_minutes(doc: dict) -> str:
    """Meeting minutes as text: both states' names and mottos side by side, the place-date flush right, the
    centred title in three lines, the two delegations with "- " member lines, numbered agenda headings,
    one paragraph a line with blank lines between, the closing line and both signatures side by side."""
    head = [
        f"{'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM':<44}CỘNG HÒA ĂNG-GÔ-LA",
        f"{'Độc lập - Tự do - Hạnh phúc':<44}",
        "",
        f"{'Lu-an-đa, ngày 20 tháng 11 năm 2025':>80}",
        "",
        f"{'BIÊN BẢN':^80}",
        f"{'KỲ HỌP LẦN THỨ BẢY ỦY BAN LIÊN CHÍNH PHỦ VIỆT NAM – ĂNG-GÔ-LA':^80}",
        f"{'VỀ HỢP TÁC KINH TẾ, KHOA HỌC VÀ KỸ THUẬT':^80}",
        "",
    ]
    head = [ln.rstrip() for ln in head]
    body = []
    for kind, text, *_ in doc["blocks"][1:]:
        body.append(text)
        if kind != "list_item" or not text.endswith(";"):
            body.append("")
    tail = [
        f"{'THAY MẶT ĐOÀN VIỆT NAM':<44}THAY MẶT ĐOÀN ĂNG-GÔ-LA",
        f"{'Thứ trưởng Bộ Công Thương':<44}Quốc vụ khanh Bộ Quan hệ đối ngoại",
        f"{'(đã ký)':<44}(đã ký)",
        f"{'Trần Quốc Khánh':<44}Manuel dos Santos",
    ]
    return "\n".join(head + body + tail) + "\n"


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
            "minutes": render_minutes,
        },
        prefix="ft",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
