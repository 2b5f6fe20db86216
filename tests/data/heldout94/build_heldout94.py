"""Build the ninety-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout94/build_heldout94.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on a
partner those sets do not use as a main topic: Papua New Guinea between Southeast Asia and the Pacific (a
journal article on Papua New Guinea in ASEAN, APEC and the ARF and its relations with Vietnam, Nha Trang
University's international cooperation in 2024, a news page on the US – Papua New Guinea defence cooperation
agreement signed in Port Moresby on 22/5/2023, a (fictitious) Ministry of Industry and Trade plan for the
markets of Papua New Guinea and the Pacific island states in 2026, an encyclopedia entry on the ANZUS
Treaty). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the university's items and all quoted words are invented,
the ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

VZA_PNG = {
    "id": "vza",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU ĐẠI DƯƠNG – Số 4 (2024)",
    "first_page": 87,
    "break_after": 11,
    "blocks": [
        ("title", "PAPUA NEW GUINEA GIỮA ĐÔNG NAM Á VÀ THÁI BÌNH DƯƠNG: TRIỂN VỌNG QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Hoàng Minh Khôi"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại quá trình Papua New Guinea tham gia các cơ chế hợp tác khu vực và đề xuất một số"
            " hướng thúc đẩy quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Papua New Guinea; ASEAN; APEC; ARF; quan hệ song phương", "vi"),
        ("heading", "1. Một quốc gia Melanesia hướng về phía tây", 1),
        (
            "paragraph",
            "Giành độc lập từ Ô-xtrây-li-a ngày 16/9/1975, Papua New Guinea (PNG) được kết nạp vào Liên hợp quốc"
            " chưa đầy một tháng sau, ngày 10/10/1975. Ngay từ năm 1976, Port Moresby đã được ASEAN trao quy chế"
            " quan sát viên đặc biệt và đến năm 1989 trở thành quốc gia đầu tiên ngoài Đông Nam Á gia nhập Hiệp"
            " ước Thân thiện và Hợp tác ở Đông Nam Á (TAC) (Nguyễn Thị Thanh Bình, 2019, tr. 44). Tuy vậy, mong"
            " muốn trở thành thành viên đầy đủ của ASEAN mà các chính phủ PNG nhiều lần bày tỏ đến nay vẫn chưa"
            " được Hiệp hội chấp thuận.",
        ),
        ("heading", "2. Cầu nối giữa châu Á và Thái Bình Dương", 1),
        (
            "paragraph",
            "Tháng 11/1993, tại Seattle (Hoa Kỳ), PNG cùng Mê-hi-cô được kết nạp vào Diễn đàn Hợp tác kinh tế"
            " châu Á – Thái Bình Dương (APEC). Năm sau, nước này dự phiên họp đầu tiên của Diễn đàn Khu vực"
            " ASEAN (ARF) tại Băng Cốc với tư cách quan sát viên của ASEAN. Năm 2018, Port Moresby lần đầu đăng"
            " cai Năm APEC, song Hội nghị các nhà lãnh đạo kinh tế ngày 17 – 18/11/2018 đã bế mạc mà không thông"
            " qua được tuyên bố chung, điều chưa từng xảy ra trong lịch sử diễn đàn, do bất đồng giữa Mỹ và"
            " Trung Quốc về thương mại. Thủ tướng Nguyễn Xuân Phúc đã dẫn đầu đoàn Việt Nam tham dự hội nghị này.",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và PNG thiết lập quan hệ ngoại giao năm 1989. Hơn ba thập kỷ qua, hai nước luôn phối hợp"
            " chặt chẽ tại Liên hợp quốc, APEC và ARF, song trao đổi thương mại vẫn ở mức khiêm tốn, chủ yếu là"
            " gạo và hàng tiêu dùng của ta (Lê Quang Huy, 2023). Phía bạn nhiều lần khẳng định “coi Việt Nam là"
            " hình mẫu về phát triển và hội nhập khu vực” (Trần Mai Anh, 2024, tr. 131). Vì vậy, hai bên cần sớm"
            " đàm phán hiệp định khuyến khích và bảo hộ đầu tư, đồng thời tăng cường trao đổi đoàn các cấp, nhất"
            " là trong các lĩnh vực nông nghiệp, nghề cá và khai khoáng.",
        ),
    ],
}

VZB_NTU = {
    "id": "vzb",
    "shape": "word",
    "head": [
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG ĐẠI HỌC NHA TRANG",
        "Số: 1875/BC-ĐHNT",
        "Khánh Hòa, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Trong tháng 3/2024, Nhà trường tổ chức khóa tập huấn ba tuần về quản lý và khai thác bền vững cá"
            " ngừ cho 18 cán bộ của Cơ quan Nghề cá quốc gia Papua New Guinea (NFA), theo đề nghị của phía bạn.",
        ),
        (
            "list_item",
            "2. Từ ngày 9 đến ngày 13/9/2024, đoàn công tác của Trường do Hiệu trưởng dẫn đầu đã sang thăm Trường"
            " Đại học Công nghệ Papua New Guinea tại thành phố Lae. Hai trường đã ký Biên bản ghi nhớ về trao đổi"
            " giảng viên, sinh viên và hợp tác nghiên cứu về nuôi trồng thủy sản.",
        ),
        (
            "list_item",
            "3. Dự án nâng cao năng lực đào tạo sau đại học về kinh tế thủy sản do Cơ quan Hợp tác phát triển Na"
            " Uy (Norad) tài trợ tiếp tục được triển khai có hiệu quả; trong năm, phía Na Uy cử 6 chuyên gia sang"
            " giảng dạy và đồng hướng dẫn nghiên cứu sinh.",
        ),
        (
            "list_item",
            "4. Tháng trước, Nhà trường và Trung tâm Nghiên cứu nông nghiệp quốc tế Ô-xtrây-li-a (ACIAR) ký thỏa"
            " thuận thực hiện dự án nuôi tôm hùm bông bền vững giai đoạn 2025 – 2028, tổng kinh phí khoảng 1,5"
            " triệu đô la Ô-xtrây-li-a.",
        ),
        (
            "list_item",
            "5. Ngày 15/10/2024, Đại sứ Niu Di-lân tại Việt Nam đến thăm và làm việc với Nhà trường, trao 10 suất"
            " học bổng cho sinh viên ngành khai thác thủy sản.",
        ),
        (
            "list_item",
            "6. Chương trình liên kết đào tạo thạc sĩ với Trường Đại học Tromsø (Na Uy) chưa tuyển sinh được khóa"
            " mới do chưa hoàn tất thủ tục phê duyệt.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5 năm sau, tiếp đoàn lãnh đạo Cơ quan Nghề cá quốc gia Papua New Guinea sang làm việc, thống"
            " nhất chương trình đào tạo ngắn hạn giai đoạn 2025 – 2026.",
        ),
        (
            "list_item",
            "2. Phối hợp với ACIAR khởi động dự án nuôi tôm hùm bông tại vịnh Vân Phong và vịnh Cam Ranh.",
        ),
        (
            "list_item",
            "3. Cử 5 giảng viên trẻ sang Na Uy làm nghiên cứu sinh bằng học bổng của Chính phủ Na Uy.",
        ),
    ],
}

VZC_DCA = {
    "id": "vzc",
    "shape": "news",
    "date": "2023-05-22",
    "stamp": "Thứ Hai, 22/05/2023 - 21:05",
    "blocks": [
        ("title", "Mỹ và Papua New Guinea ký hiệp định hợp tác quốc phòng"),
        (
            "paragraph",
            "Port Moresby (TTXVN) – Ngày 22/5, tại thủ đô Port Moresby, Ngoại trưởng Mỹ Antony Blinken và Bộ"
            " trưởng Quốc phòng Papua New Guinea (PNG) Win Bakri Daki đã ký Hiệp định hợp tác quốc phòng cùng một"
            " thỏa thuận về giám sát trên biển, dưới sự chứng kiến của Thủ tướng PNG James Marape.",
        ),
        ("heading", "Chuyến thăm bị hủy", 1),
        (
            "paragraph",
            "Theo kế hoạch ban đầu, Tổng thống Joe Biden sẽ trở thành tổng thống Mỹ đương nhiệm đầu tiên đến PNG,"
            " nhưng tuần trước ông đã hủy chuyến đi để tập trung xử lý vấn đề trần nợ công. Hội nghị thượng đỉnh"
            " nhóm Bộ Tứ (Quad) dự kiến tổ chức tại Xít-ni (Ô-xtrây-li-a) vì thế cũng không diễn ra; lãnh đạo Mỹ,"
            " Nhật Bản, Ô-xtrây-li-a và Ấn Độ đã gặp nhau hôm 20/5 bên lề Hội nghị thượng đỉnh G7 ở Hiroshima.",
        ),
        ("heading", "Cạnh tranh ảnh hưởng ở Nam Thái Bình Dương", 1),
        (
            "paragraph",
            "Trong chuyến thăm, ông Blinken còn gặp lãnh đạo các nước thành viên Diễn đàn các đảo Thái Bình Dương"
            " (PIF). Kể từ Hội nghị thượng đỉnh Mỹ – các quốc đảo Thái Bình Dương lần đầu tiên tại Oa-sinh-tơn vào"
            " tháng 9 năm ngoái, Mỹ đã mở lại Đại sứ quán tại Quần đảo Xô-lô-mông hồi tháng 2 và khai trương Đại"
            " sứ quán tại Tôn-ga đầu tháng này. Các động thái trên diễn ra sau khi Trung Quốc ký thỏa thuận an ninh"
            " với Quần đảo Xô-lô-mông vào tháng 4 năm ngoái.",
        ),
        (
            "paragraph",
            "Cùng ngày, Thủ tướng Ấn Độ Narendra Modi và Thủ tướng Marape đồng chủ trì Hội nghị thượng đỉnh lần"
            " thứ ba Diễn đàn Hợp tác Ấn Độ – các quốc đảo Thái Bình Dương (FIPIC) tại Port Moresby. Trong khi đó,"
            " tại thành phố Lae, một nhóm sinh viên đã tuần hành phản đối hiệp định với Mỹ vì lo ngại đất nước bị"
            " cuốn vào cạnh tranh giữa các cường quốc.",
        ),
    ],
}

VZD_PLAN = {
    "id": "vzd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BCT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phát triển thị trường Papua New Guinea",
        "và các quốc đảo Thái Bình Dương năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Phát triển thị trường Papua New Guinea và các quốc đảo Thái Bình Dương năm 2026",
        ),
        (
            "paragraph",
            "Nhằm khai thác tiềm năng hợp tác với Papua New Guinea, đối tác có quan hệ ngoại giao với Việt Nam từ"
            " năm 1989 và cùng là thành viên APEC, Bộ Công Thương ban hành Kế hoạch phát triển thị trường Papua"
            " New Guinea và các quốc đảo Thái Bình Dương năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Papua New Guinea là nền kinh tế lớn nhất trong các quốc đảo Thái Bình Dương, có nhu cầu nhập khẩu cao"
            " về gạo, thực phẩm chế biến và vật liệu xây dựng. Năm ngoái, Bộ đã tổ chức đoàn doanh nghiệp sang"
            " khảo sát thị trường tại Port Moresby và Xu-va (Phi-gi), song đến nay ta vẫn chưa ký với Papua New"
            " Guinea hiệp định hay thỏa thuận thương mại song phương nào. Hiệp định PACER Plus, được Ô-xtrây-li-a,"
            " Niu Di-lân và nhiều quốc đảo ký tại Tôn-ga năm 2017, cũng không có sự tham gia của Papua New Guinea"
            " và Phi-gi.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, tổ chức đoàn giao dịch thương mại sang Port Moresby và Lae, kết hợp trưng bày sản"
            " phẩm gạo, cà phê chế biến và hàng tiêu dùng của Việt Nam.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao và Đại sứ quán Việt Nam tại Ô-xtrây-li-a (kiêm nhiệm Papua New"
            " Guinea) đề nghị phía bạn khởi động đàm phán Bản ghi nhớ về hợp tác thương mại gạo, phấn đấu ký nhân"
            " dịp Tuần lễ Cấp cao APEC tại Thâm Quyến (Trung Quốc) vào tháng 11.",
        ),
        (
            "list_item",
            "3. Nghiên cứu khả năng nhập khẩu khí thiên nhiên hóa lỏng (LNG) từ Papua New Guinea cho các dự án"
            " điện khí trong nước.",
        ),
        (
            "list_item",
            "4. Mời Phòng Thương mại và Công nghiệp Phi-gi cử doanh nghiệp sang dự Hội chợ Thương mại quốc tế Việt"
            " Nam (Vietnam Expo) tại Hà Nội vào tháng 4.",
        ),
        (
            "list_item",
            "5. Chưa đặt vấn đề mở Thương vụ Việt Nam tại Port Moresby trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Thị trường châu Á – châu Phi là đơn vị đầu mối, chủ trì theo dõi, đôn đốc các đơn vị thực hiện Kế"
            " hoạch này.",
        ),
    ],
}

VZE_ANZUS = {
    "id": "vze",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước An ninh Ô-xtrây-li-a – Niu Di-lân – Hoa Kỳ"),
        (
            "paragraph",
            "Hiệp ước An ninh Ô-xtrây-li-a – Niu Di-lân – Hoa Kỳ (ANZUS) được ký tại Xan Phran-xi-xcô ngày"
            " 1/9/1951 và có hiệu lực từ ngày 29/4/1952. Theo Hiệp ước, một cuộc tấn công vũ trang nhằm vào bất"
            " kỳ bên nào ở khu vực Thái Bình Dương được coi là mối đe dọa đối với hòa bình và an ninh của các bên"
            " còn lại, và mỗi bên sẽ hành động để đối phó với nguy cơ chung theo thủ tục hiến pháp của mình. Hội"
            " đồng ANZUS gồm bộ trưởng ngoại giao các nước thành viên là cơ chế tham vấn chính.",
        ),
        ("heading", "Rạn nứt với Niu Di-lân", 1),
        (
            "paragraph",
            "Năm 1984, chính phủ Công đảng của Thủ tướng David Lange chủ trương cấm tàu mang vũ khí hạt nhân hoặc"
            " chạy bằng năng lượng hạt nhân vào các cảng của Niu Di-lân. Tháng 2/1985, Oen-lin-tơn từ chối cho"
            " tàu khu trục USS Buchanan của Mỹ cập cảng. Năm sau, Hoa Kỳ tuyên bố đình chỉ nghĩa vụ bảo đảm an"
            " ninh đối với Niu Di-lân theo Hiệp ước, trong khi liên minh Mỹ – Ô-xtrây-li-a vẫn được duy trì. Phải"
            " đến năm 2012, Washington mới dỡ bỏ lệnh cấm tàu chiến Niu Di-lân ghé các căn cứ quân sự của Mỹ.",
        ),
        ("heading", "Sau Chiến tranh Lạnh", 1),
        (
            "paragraph",
            "Hiệp ước được viện dẫn lần đầu tiên khi Ô-xtrây-li-a tuyên bố sát cánh cùng Hoa Kỳ sau vụ khủng bố"
            " ngày 11/9/2001. Tháng 9/2021, Ô-xtrây-li-a, Anh và Mỹ công bố quan hệ đối tác an ninh ba bên AUKUS,"
            " không có sự tham gia của Niu Di-lân.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam đã thiết lập quan hệ Đối tác chiến lược toàn diện với cả ba nước thành viên ANZUS: Hoa Kỳ"
            " (tháng 9/2023), Ô-xtrây-li-a (tháng 3/2024) và Niu Di-lân (tháng 2/2025).",
        ),
    ],
}

DOCS = [VZA_PNG, VZB_NTU, VZC_DCA, VZD_PLAN, VZE_ANZUS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 52 columns, labels and body at 76)."""
    return headed_journal(doc, title=52, label=76, body=76)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Quốc tế",
        "21:05",
        [("/quoc-te", "Quốc tế"), ("/quoc-te/chau-a-thai-binh-duong", "Châu Á – Thái Bình Dương")],
        [("/tag/papua-new-guinea", "Papua New Guinea"), ("/tag/thai-binh-duong", "Thái Bình Dương")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Cục Xúc tiến thương mại;",
            "- Lưu: VT, TTCA.",
        ],
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
        prefix="vz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
