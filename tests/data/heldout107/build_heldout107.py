"""Build the hundred-and-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout107/build_heldout107.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on a
partner those sets do not use as a main topic (heldout22 has only a plan for an anniversary): Colombia (a
journal article on Colombia's foreign relations after the peace agreement of 2016 and its relations with
Vietnam, the Sơn La Department of Foreign Affairs' report on the first half of 2024 with Colombian coffee
experts and the Lao border provinces, a news page on the signing of the peace agreement with the FARC in
Cartagena, 26/9/2016, a (fictitious) Ministry of Agriculture and Environment plan for agricultural
cooperation with Colombia in 2026, an encyclopedia entry on the Pacific Alliance). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
province's own activities and all quoted words are invented, the ministry plan (number, date, tasks) is
fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
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

TSA_COLOMBIA = {
    "id": "tsa",
    "shape": "journal",
    "header": "NGHIÊN CỨU MỸ LATINH VÀ CARIBÊ, Số 1 (2025)",
    "first_page": 23,
    "break_after": 12,
    "blocks": [
        ("title", "CÔ-LÔM-BI-A SAU HIỆP ĐỊNH HÒA BÌNH: HỘI NHẬP QUỐC TẾ VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Hồ Ngọc Diệp"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích những chuyển biến trong chính sách đối ngoại của Cô-lôm-bi-a kể từ khi ký Hiệp "
            "định hòa bình năm 2016 và đánh giá dư địa hợp tác giữa nước này với Việt Nam.",
            "vi",
        ),
        (
            "keywords",
            "Cô-lôm-bi-a; FARC; OECD; Liên minh Thái Bình Dương; quan hệ Việt Nam – Cô-lôm-bi-a",
            "vi",
        ),
        ("heading", "1. Khép lại hơn nửa thế kỷ xung đột", 1),
        (
            "paragraph",
            "Sau gần bốn năm đàm phán tại La Habana với sự bảo lãnh của Cu-ba và Na Uy, Chính phủ Cô-lôm-bi-a và "
            "Lực lượng vũ trang cách mạng Cô-lôm-bi-a (FARC) đã ký Hiệp định hòa bình cuối cùng tại Bô-gô-ta ngày "
            "24/11/2016. Văn kiện này là bản sửa đổi của thỏa thuận ký trước đó ở Các-ta-hê-na, vốn bị cử tri bác "
            "bỏ trong cuộc trưng cầu ý dân với tỷ lệ sít sao (Trương Minh Khuê, 2018, tr. 41). Tháng 1/2016, theo "
            "đề nghị chung của hai bên, Hội đồng Bảo an Liên hợp quốc đã nhất trí lập một phái bộ chính trị để "
            "giám sát ngừng bắn và việc giao nộp vũ khí.",
        ),
        ("heading", "2. Mở rộng không gian đối ngoại", 1),
        (
            "paragraph",
            "Hòa bình giúp Bô-gô-ta đẩy nhanh tiến trình hội nhập. Ngày 28/4/2020, Cô-lôm-bi-a chính thức trở "
            "thành thành viên thứ 37 của Tổ chức Hợp tác và Phát triển Kinh tế (OECD). Cùng với Chi-lê, Mê-hi-cô "
            "và Pê-ru, nước này là thành viên sáng lập Liên minh Thái Bình Dương, song đến nay vẫn chưa được kết "
            "nạp vào Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC). Quan hệ với nước láng giềng "
            "Vê-nê-xu-ê-la từng bị Ca-ra-cát cắt đứt tháng 2/2019 và chỉ được khôi phục sau khi Tổng thống "
            "Gustavo Petro nhậm chức tháng 8/2022 (Lâm Thị Ngọc Hân, 2023).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Cô-lôm-bi-a thiết lập quan hệ ngoại giao ngày 1/1/1979. Trong nhiệm kỳ Ủy viên không "
            "thường trực Hội đồng Bảo an 2020 – 2021, Việt Nam cùng các ủy viên khác đã nhất trí thông qua các "
            "nghị quyết gia hạn nhiệm vụ của Phái bộ kiểm chứng của Liên hợp quốc tại Cô-lôm-bi-a. Dù trao đổi "
            "thương mại có bước phát triển, hai nước vẫn chưa khởi động đàm phán hiệp định thương mại tự do. Phía "
            "bạn đánh giá Việt Nam là “một đối tác năng động ở châu Á mà Cô-lôm-bi-a chưa khai thác hết tiềm "
            "năng” (Đinh Thu Hằng, 2022, tr. 96). Vì vậy, ta nên sớm cùng bạn ký kết các thỏa thuận hợp tác về "
            "nông nghiệp và thương mại.",
        ),
    ],
}

TSB_SONLA = {
    "id": "tsb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH SƠN LA",
        "SỞ NGOẠI VỤ",
        "Số: 112/BC-SNgV",
        "Sơn La, ngày 18 tháng 6 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024", 1),
        (
            "list_item",
            "1. Giữa tháng 4/2024, nhân dịp Tết cổ truyền Bunpimay, đoàn đại biểu tỉnh do Phó Chủ tịch Ủy ban "
            "nhân dân tỉnh dẫn đầu đã sang thăm, chúc Tết lãnh đạo hai tỉnh Hủa Phăn và Luông Pha-bang (Lào); hai "
            "bên đã trao đổi về công tác quản lý biên giới và hợp tác đào tạo.",
        ),
        (
            "list_item",
            "2. Tỉnh tiếp tục tiếp nhận 125 lưu học sinh Lào sang học tập tại Trường Đại học Tây Bắc và Trường Cao "
            "đẳng Sơn La theo chương trình học bổng của tỉnh.",
        ),
        (
            "list_item",
            "3. Ngày 17/5/2024, tỉnh tổ chức Hội thảo phát triển cà phê Arabica đặc sản với sự tham gia của đoàn "
            "chuyên gia Liên đoàn những người trồng cà phê Cô-lôm-bi-a (FNC); nhân dịp này, Sở Nông nghiệp và "
            "Phát triển nông thôn và FNC đã ký biên bản ghi nhớ về đào tạo kỹ thuật sơ chế, chế biến cà phê.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Thái Lan tại Việt Nam đến thăm và làm việc với tỉnh, tìm hiểu cơ hội đầu tư "
            "vào chế biến nông sản; một số doanh nghiệp Thái Lan đã đăng ký khảo sát các dự án trồng và chế biến "
            "mắc ca.",
        ),
        (
            "list_item",
            "5. Chương trình hỗ trợ sinh kế bền vững cho đồng bào dân tộc thiểu số do Quỹ Quốc tế về Phát triển "
            "nông nghiệp (IFAD) tài trợ tiếp tục được triển khai tại các huyện Thuận Châu, Mường La.",
        ),
        (
            "list_item",
            "6. Thỏa thuận hợp tác giai đoạn 2024 – 2028 với tỉnh U-đôm-xay (Lào) chưa được ký do phía bạn đề "
            "nghị điều chỉnh một số nội dung.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức các hoạt động kỷ niệm 62 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Lào "
            "(5/9/1962 – 5/9/2024).",
        ),
        (
            "list_item",
            "2. Tháng 10 năm nay, cử đoàn cán bộ kỹ thuật và đại diện hợp tác xã sang Cô-lôm-bi-a học tập kinh "
            "nghiệm chế biến cà phê đặc sản.",
        ),
        (
            "list_item",
            "3. Hoàn tất đàm phán và ký Thỏa thuận hợp tác với tỉnh U-đôm-xay trong sáu tháng cuối năm.",
        ),
    ],
}

TSC_CARTAGENA = {
    "id": "tsc",
    "shape": "news",
    "date": "2016-09-27",
    "stamp": "Thứ Ba, 27/09/2016 - 07:20",
    "blocks": [
        ("title", "Cô-lôm-bi-a ký hiệp định hòa bình với FARC, khép lại 52 năm xung đột"),
        (
            "paragraph",
            "Các-ta-hê-na (TTXVN) – Chiều 26/9 (giờ địa phương), tại thành phố ven biển Các-ta-hê-na, Tổng thống "
            "Cô-lôm-bi-a Juan Manuel Santos và thủ lĩnh Lực lượng vũ trang cách mạng Cô-lôm-bi-a (FARC) Rodrigo "
            "Londoño, bí danh Timochenko, đã ký hiệp định hòa bình, chính thức chấm dứt cuộc xung đột vũ trang kéo "
            "dài 52 năm.",
        ),
        ("heading", "Gần bốn năm đàm phán", 1),
        (
            "paragraph",
            "Văn kiện dài 297 trang là kết quả của gần bốn năm đàm phán tại La Habana, bắt đầu từ tháng 11/2012, "
            "với Cu-ba và Na Uy là các nước bảo lãnh, Vê-nê-xu-ê-la và Chi-lê là các nước đồng hành. Cuộc xung đột "
            "giữa quân đội chính phủ và lực lượng du kích đã làm khoảng 220.000 người thiệt mạng và hàng triệu "
            "người phải rời bỏ nhà cửa.",
        ),
        ("heading", "Bạn bè quốc tế chứng kiến", 1),
        (
            "paragraph",
            "Khoảng 2.500 khách mời đã dự lễ ký, trong đó có Tổng Thư ký Liên hợp quốc Ban Ki-moon, Chủ tịch Cu-ba "
            "Raúl Castro và Ngoại trưởng Mỹ John Kerry. Phát biểu tại buổi lễ, ông Ban Ki-moon khẳng định Liên "
            "hợp quốc sẽ tiếp tục đồng hành với Cô-lôm-bi-a trong giai đoạn thực thi hiệp định.",
        ),
        (
            "paragraph",
            "Cũng tại Các-ta-hê-na, Đại diện cấp cao về chính sách đối ngoại và an ninh của EU Federica Mogherini "
            "thông báo EU sẽ tạm gỡ tên FARC khỏi danh sách các tổ chức khủng bố.",
        ),
        ("heading", "Chờ phán quyết của cử tri", 1),
        (
            "paragraph",
            "Theo hiệp định, các thành viên FARC sẽ giao nộp toàn bộ vũ khí cho phái bộ Liên hợp quốc trong vòng "
            "180 ngày và chuyển thành một đảng chính trị hợp pháp. Văn kiện sẽ được đưa ra trưng cầu ý dân vào "
            "ngày 2/10 tới; các cuộc thăm dò gần đây cho thấy phe ủng hộ đang chiếm ưu thế.",
        ),
    ],
}

TSD_PLAN = {
    "id": "tsd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        "",
        f"{'Số: 58/KH-BNNMT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác nông nghiệp với Cộng hòa Cô-lôm-bi-a",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác nông nghiệp với Cộng hòa Cô-lôm-bi-a năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa quan hệ hữu nghị giữa Việt Nam và Cô-lôm-bi-a, được thiết lập từ ngày 1/1/1979, và "
            "khai thác tiềm năng hợp tác trong các lĩnh vực cà phê, ca cao, cây có củ và chăn nuôi, Bộ Nông nghiệp "
            "và Môi trường ban hành Kế hoạch hợp tác nông nghiệp với Cô-lôm-bi-a năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Cô-lôm-bi-a là một trong những nước sản xuất cà phê Arabica hàng đầu thế giới và là nơi đặt trụ sở "
            "của Trung tâm Nông nghiệp nhiệt đới quốc tế (CIAT) tại thành phố Palmira. Văn phòng châu Á của CIAT "
            "đặt tại Hà Nội đã phối hợp với các viện nghiên cứu của Bộ trong nhiều năm, nhất là về chọn tạo giống "
            "và phòng trừ sâu bệnh hại sắn. Năm ngoái, Bộ đã đón đoàn Bộ Nông nghiệp và Phát triển nông thôn "
            "Cô-lôm-bi-a sang tìm hiểu kinh nghiệm sản xuất lúa gạo; hai bên đã trao đổi dự thảo Bản ghi nhớ hợp "
            "tác nhưng chưa ký.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Bô-gô-ta và Palmira làm việc với "
            "Bộ Nông nghiệp và Phát triển nông thôn Cô-lôm-bi-a và CIAT.",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán và ký Bản ghi nhớ hợp tác nông nghiệp giữa hai Bộ nhân dịp chuyến thăm nói trên.",
        ),
        (
            "list_item",
            "3. Đề nghị Liên đoàn những người trồng cà phê Cô-lôm-bi-a (FNC) cử chuyên gia sang hướng dẫn kỹ thuật "
            "chế biến cà phê đặc sản cho các tỉnh Tây Nguyên và Sơn La.",
        ),
        (
            "list_item",
            "4. Phối hợp với Bộ Công Thương đề nghị phía Cô-lôm-bi-a mở cửa thị trường cho quả thanh long và quả "
            "chanh leo của Việt Nam.",
        ),
        (
            "list_item",
            "5. Không cử đoàn tham dự hội chợ nông nghiệp quốc tế tại Bô-gô-ta trong năm 2026 do hạn chế về kinh "
            "phí.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đơn vị đầu mối, chủ trì theo dõi, đôn đốc các đơn vị thuộc Bộ thực hiện Kế "
            "hoạch này.",
        ),
    ],
}

TSE_ALLIANCE = {
    "id": "tse",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Thái Bình Dương"),
        (
            "paragraph",
            "Liên minh Thái Bình Dương (Alianza del Pacífico) là khối hội nhập kinh tế của bốn nước Mỹ Latinh ven "
            "Thái Bình Dương gồm Chi-lê, Cô-lôm-bi-a, Mê-hi-cô và Pê-ru, nhằm tự do hóa lưu chuyển hàng hóa, dịch "
            "vụ, vốn và con người. Khối được khởi xướng bằng Tuyên bố Lima do nguyên thủ bốn nước ra ngày 28/4/2011.",
        ),
        ("heading", "Hình thành và phát triển", 1),
        (
            "paragraph",
            "Hiệp định khung của Liên minh được ký ngày 6/6/2012 tại đài thiên văn Paranal ở miền bắc Chi-lê và có "
            "hiệu lực từ tháng 7/2015. Nghị định thư bổ sung, ký tại Các-ta-hê-na (Cô-lôm-bi-a) ngày 10/2/2014, xóa "
            "bỏ ngay thuế quan đối với 92% dòng hàng khi có hiệu lực vào năm 2016. Các nước thành viên cũng đã miễn "
            "thị thực cho công dân của nhau và liên kết thị trường chứng khoán.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Hơn 60 quốc gia đã được công nhận là quan sát viên của Liên minh. Từ năm 2017, khối đàm phán với một "
            "số đối tác ngoài khu vực để kết nạp họ làm quốc gia liên kết; tháng 1/2022, Xin-ga-po trở thành nước "
            "đầu tiên ký hiệp định thương mại tự do với Liên minh. Hoạt động của khối chững lại từ cuối năm 2022, "
            "khi Mê-hi-cô từ chối chuyển giao chức Chủ tịch luân phiên cho Pê-ru sau khi Tổng thống Pedro Castillo "
            "bị phế truất.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên hay quốc gia liên kết của Liên minh. Tuy vậy, ba thành viên của khối "
            "là Chi-lê, Mê-hi-cô và Pê-ru cùng Việt Nam đều tham gia Hiệp định Đối tác Toàn diện và Tiến bộ xuyên "
            "Thái Bình Dương (CPTPP), được ký tại Xan-ti-a-gô ngày 8/3/2018; riêng với Chi-lê, Việt Nam còn có hiệp "
            "định thương mại tự do song phương, có hiệu lực từ ngày 1/1/2014.",
        ),
    ],
}

DOCS = [TSA_COLOMBIA, TSB_SONLA, TSC_CARTAGENA, TSD_PLAN, TSE_ALLIANCE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), front
    matter by heldout_kit.front_matter_lines (title at 52 columns, labels at 70), body at 70 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) "Trang N" flush right at 70
    columns, a form feed and the header; the last page ends with its label."""
    return headed_journal(doc, title=52, label=70, body=70, page_label="Trang {}", align=">")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 68 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 68, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Quốc tế",
        "07:20",
        [("/quoc-te", "Quốc tế"), ("/quoc-te/chau-my", "Châu Mỹ")],
        [
            ("/tag/colombia", "Colombia"),
            ("/tag/farc", "FARC"),
            ("/tag/hiep-dinh-hoa-binh", "Hiệp định hòa bình"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block (a blank line before the number), the centred
    three-line title, body at 78 columns with a blank line between blocks, "Nơi nhận" and the signature
    block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Bộ Công Thương;",
            "- Lưu: VT, HTQT.",
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
        prefix="ts",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
