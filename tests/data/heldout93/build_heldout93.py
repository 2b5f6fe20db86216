"""Build the ninety-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout93/build_heldout93.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Pakistan in regional groupings and its relations with Vietnam from 8/11/1972,
the Vietnam National University of Agriculture's international cooperation in 2024, Xi Jinping's state
visit to Pakistan and the China – Pakistan Economic Corridor, 20 – 21/4/2015, a (fictitious) Ministry of
Industry and Trade plan for trade promotion in Pakistan in 2026, an encyclopedia entry on the Indus Waters
Treaty). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the university report's items and all quoted words are invented, the ministry
plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

VYA_PAKISTAN = {
    "id": "vya",
    "shape": "journal",
    "header": "NGHIÊN CỨU QUỐC TẾ VÀ KHU VỰC · Số 2 (2025)",
    "first_page": 118,
    "break_after": 15,
    "blocks": [
        ("title", "PAKISTAN TRONG CÁC CƠ CHẾ KHU VỰC VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Nguyễn Thị Phương Lan"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát quá trình Pakistan tham gia các cơ chế hợp tác khu vực và phân tích những nét chính trong quan hệ Việt Nam – Pakistan từ năm 1972 đến nay.",
            "vi",
        ),
        ("keywords", "Pakistan; SEATO; SCO; Nam Á; quan hệ Việt Nam – Pakistan", "vi"),
        ("heading", "1. Từ liên minh quân sự đến hợp tác khu vực", 1),
        (
            "paragraph",
            "Ra đời ngày 14/8/1947, Pakistan được kết nạp vào Liên hợp quốc ngày 30/9/1947. Trong bối cảnh Chiến tranh lạnh, Karachi ngả về phía phương Tây và ký Hiệp ước Phòng thủ tập thể Đông Nam Á tại Manila ngày 8/9/1954, văn kiện khai sinh Tổ chức Hiệp ước Đông Nam Á (SEATO). Năm 1972, sau khi Bangladesh tách ra thành một quốc gia độc lập, chính quyền Zulfikar Ali Bhutto tuyên bố rút khỏi tổ chức này (Đỗ Quang Vinh, 2017, tr. 23). Pakistan cũng là một trong bảy thành viên sáng lập SAARC năm 1985, và tại Hội nghị cấp cao Astana ngày 9/6/2017, nước này cùng Ấn Độ được kết nạp làm thành viên chính thức Tổ chức Hợp tác Thượng Hải (SCO).",
        ),
        ("heading", "2. Quan hệ Việt Nam – Pakistan: một chặng đường dài", 1),
        (
            "paragraph",
            "Việt Nam và Pakistan thiết lập quan hệ ngoại giao ngày 8/11/1972. Vì khó khăn kinh tế, cơ quan đại diện của hai nước đều phải đóng cửa trong thập niên 1980, và quan hệ chỉ thực sự khởi sắc từ đầu thế kỷ XXI: tháng 10/2000, Pakistan mở lại Đại sứ quán tại Hà Nội, Tổng thống Pervez Musharraf thăm Việt Nam tháng 5/2001, còn Chủ tịch nước Trần Đức Lương thăm Pakistan tháng 3/2004 (Lê Hồng Sơn, 2020, tr. 141).",
        ),
        ("heading", "3. Hợp tác kinh tế và triển vọng", 1),
        (
            "paragraph",
            "Kỳ họp thứ nhất Ủy ban hỗn hợp Việt Nam – Pakistan diễn ra tại Hà Nội ngày 8 – 9/7/2003. Kim ngạch thương mại hai chiều tăng từ chưa đầy 10 triệu USD năm 1999 lên gần 800 triệu USD năm 2021, trong đó chè là một trong những mặt hàng xuất khẩu chủ lực của ta. Một nhà ngoại giao Pakistan cho rằng hai nước “có thể bổ sung cho nhau chứ không chỉ cạnh tranh trên thị trường gạo thế giới” (Bùi Thanh Hà, 2022, tr. 9). Tuy vậy, đến nay hai bên vẫn chưa ký hiệp định thương mại ưu đãi; ta cần sớm đề xuất khởi động đàm phán văn kiện này.",
        ),
    ],
}

VYB_VNUA = {
    "id": "vyb",
    "shape": "word",
    "head": [
        "HỌC VIỆN NÔNG NGHIỆP VIỆT NAM",
        "BAN HỢP TÁC QUỐC TẾ",
        "Số: 1245/BC-HTQT",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Học viện đã đón tiếp 38 đoàn khách quốc tế. Tháng 3, Đại sứ Pakistan tại Việt Nam dẫn đoàn đến làm việc, trao đổi về hợp tác đào tạo sau đại học và giới thiệu học bổng của Chính phủ Pakistan dành cho sinh viên Việt Nam.",
        ),
        (
            "list_item",
            "2. Ký mới 14 thỏa thuận hợp tác, trong đó có Biên bản ghi nhớ với Trường Đại học Nông nghiệp Faisalabad (Pakistan) về trao đổi giảng viên và nghiên cứu giống lúa chịu hạn.",
        ),
        (
            "list_item",
            "3. Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tiếp tục tài trợ dự án nâng cao năng lực phòng thí nghiệm an toàn thực phẩm; Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) cấp 10 suất học bổng thạc sĩ cho giảng viên trẻ của Học viện.",
        ),
        (
            "list_item",
            "4. Từ ngày 21 đến ngày 26/10, đoàn lãnh đạo Học viện thăm và làm việc tại Đại học Nông nghiệp Trung Quốc (Bắc Kinh) và Đại học Nông nghiệp Nam Kinh.",
        ),
        (
            "list_item",
            "5. Tiếp nhận 45 lưu học sinh Lào và Campuchia theo diện học bổng Hiệp định của Chính phủ Việt Nam.",
        ),
        (
            "list_item",
            "6. Hội thảo quốc tế về nông nghiệp thích ứng với biến đổi khí hậu, dự kiến tổ chức vào tháng 11 cùng Hội đồng Nghiên cứu Nông nghiệp Ấn Độ (ICAR), chưa tổ chức được do phía đối tác chưa bố trí được kinh phí.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4/2025, cử đoàn 5 giảng viên sang Faisalabad trao đổi học thuật theo Biên bản ghi nhớ đã ký.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Pakistan tổ chức Ngày văn hóa Pakistan tại Học viện vào tháng 11.",
        ),
        (
            "list_item",
            "3. Hoàn thiện hồ sơ đề nghị KOICA tài trợ giai đoạn hai của chương trình học bổng thạc sĩ.",
        ),
        (
            "list_item",
            "4. Tổ chức lại hội thảo với ICAR trong sáu tháng đầu năm 2025.",
        ),
    ],
}

VYC_CPEC = {
    "id": "vyc",
    "shape": "news",
    "date": "2015-04-21",
    "stamp": "21/04/2015 07:30 GMT+7",
    "blocks": [
        ("title", "Trung Quốc và Pakistan nâng quan hệ lên “đối tác hợp tác chiến lược mọi thời tiết”"),
        (
            "paragraph",
            "Islamabad (TTXVN) – Ngày 20/4, Chủ tịch Trung Quốc Tập Cận Bình đến Islamabad, bắt đầu chuyến thăm cấp Nhà nước hai ngày tới Pakistan. Trong cuộc hội đàm cùng ngày, ông Tập Cận Bình và Thủ tướng Pakistan Nawaz Sharif nhất trí nâng quan hệ hai nước lên “đối tác hợp tác chiến lược mọi thời tiết”.",
        ),
        ("heading", "51 văn kiện hợp tác", 1),
        (
            "paragraph",
            "Sau hội đàm, hai nhà lãnh đạo đã chứng kiến lễ ký 51 thỏa thuận và bản ghi nhớ hợp tác, phần lớn liên quan đến Hành lang Kinh tế Trung Quốc – Pakistan (CPEC), với tổng vốn đầu tư dự kiến khoảng 46 tỷ USD, chủ yếu vào năng lượng và hạ tầng giao thông. Hành lang dài khoảng 3.000 km sẽ nối khu tự trị Tân Cương của Trung Quốc với cảng nước sâu Gwadar trên biển Arập.",
        ),
        (
            "paragraph",
            "Phát biểu với báo giới, Thủ tướng Sharif khẳng định tình hữu nghị với Trung Quốc là “hòn đá tảng” trong chính sách đối ngoại của Pakistan và cam kết bảo đảm an ninh cho các dự án cũng như công dân Trung Quốc. Chủ tịch Tập Cận Bình đánh giá cao nỗ lực chống khủng bố của Pakistan và hoan nghênh việc nước này sắp trở thành thành viên chính thức Tổ chức Hợp tác Thượng Hải (SCO).",
        ),
        ("heading", "Huân chương cao quý nhất", 1),
        (
            "paragraph",
            "Ngày 21/4, Chủ tịch Trung Quốc phát biểu trước phiên họp chung của hai viện Quốc hội Pakistan, sau đó được Tổng thống Mamnoon Hussain trao tặng Huân chương Nishan-e-Pakistan, phần thưởng dân sự cao quý nhất của nước này. Cùng ngày, ông Tập Cận Bình rời Islamabad, lên đường tới Indonesia dự Hội nghị cấp cao Á – Phi.",
        ),
        (
            "paragraph",
            "Đây là chuyến thăm Pakistan đầu tiên của ông Tập Cận Bình trên cương vị Chủ tịch nước. Chuyến thăm dự kiến vào tháng 9/2014 đã phải hoãn do làn sóng biểu tình chống chính phủ tại Islamabad. Trung Quốc và Pakistan thiết lập quan hệ ngoại giao ngày 21/5/1951.",
        ),
    ],
}

VYD_PLAN = {
    "id": "vyd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 214/KH-BCT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại với thị trường Pakistan",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại với thị trường Pakistan năm 2026"),
        (
            "paragraph",
            "Nhằm khai thác tiềm năng của thị trường hơn 240 triệu dân và phấn đấu đưa kim ngạch thương mại hai chiều vượt mốc 1 tỷ USD, Bộ Công Thương xây dựng Kế hoạch xúc tiến thương mại với Pakistan năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Pakistan là một trong những thị trường nhập khẩu chè lớn nhất của Việt Nam; ta còn xuất khẩu sang nước này hạt tiêu, sợi, điện thoại và linh kiện, đồng thời nhập khẩu bông, vải và thủy sản. Tháng 11 năm ngoái, Đại sứ quán Pakistan phối hợp với Bộ tổ chức Diễn đàn doanh nghiệp Pakistan – Việt Nam tại Thành phố Hồ Chí Minh. Tuy vậy, hai bên chưa khởi động đàm phán hiệp định thương mại ưu đãi do còn khác biệt về danh mục mặt hàng.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3, tổ chức đoàn doanh nghiệp Việt Nam tham dự Hội chợ Expo Pakistan tại Karachi, kết hợp làm việc với Cơ quan Phát triển thương mại Pakistan (TDAP).",
        ),
        (
            "list_item",
            "2. Mời đoàn Phòng Thương mại và Công nghiệp Karachi sang dự Hội chợ Thương mại quốc tế Việt Nam (Vietnam Expo) tại Hà Nội vào tháng 4.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao chuẩn bị Kỳ họp lần thứ tư Ủy ban hỗn hợp Việt Nam – Pakistan, dự kiến tổ chức tại Islamabad trong quý III.",
        ),
        (
            "list_item",
            "4. Trao đổi với phía Pakistan về khả năng khởi động đàm phán hiệp định thương mại ưu đãi song phương.",
        ),
        (
            "list_item",
            "5. Không tổ chức Tuần hàng Việt Nam tại Lahore trong năm 2026 do tình hình an ninh chưa bảo đảm.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại chủ trì, phối hợp với Thương vụ Việt Nam tại Pakistan triển khai Kế hoạch này.",
        ),
    ],
}

VYE_INDUS = {
    "id": "vye",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Nước sông Ấn"),
        (
            "paragraph",
            "Hiệp ước Nước sông Ấn là hiệp ước quốc tế phân chia quyền sử dụng nước của hệ thống sông Ấn giữa Ấn Độ và Pakistan, được Thủ tướng Ấn Độ Jawaharlal Nehru và Tổng thống Pakistan Mohammad Ayub Khan ký tại Karachi ngày 19/9/1960. Ngân hàng Thế giới, bên đứng ra trung gian, cũng ký vào văn kiện đối với một số điều khoản.",
        ),
        ("heading", "Quá trình đàm phán", 1),
        (
            "paragraph",
            "Sau khi tiểu lục địa bị chia cắt năm 1947, các công trình đầu mối của nhiều kênh tưới ở Punjab thuộc Pakistan lại nằm trên lãnh thổ Ấn Độ. Tháng 4/1948, phía Ấn Độ ngừng cấp nước cho các kênh này, làm bùng lên tranh chấp giữa hai nước. Từ năm 1952, hai bên tiến hành đàm phán dưới sự trung gian của Ngân hàng Thế giới; phải sau tám năm, các cuộc thương lượng mới đi đến kết quả.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp ước dành cho Ấn Độ toàn quyền sử dụng nước của ba con sông phía đông là Ravi, Beas và Sutlej, còn Pakistan được hưởng phần lớn nước của ba con sông phía tây là Indus, Jhelum và Chenab. Ủy ban thường trực sông Ấn, gồm một ủy viên của mỗi nước, họp ít nhất mỗi năm một lần. Cùng năm 1960, Ngân hàng Thế giới cùng Hoa Kỳ, Anh, Tây Đức, Canada, Australia và New Zealand lập Quỹ Phát triển lưu vực sông Ấn để tài trợ các đập và kênh dẫn thay thế ở Pakistan.",
        ),
        ("heading", "Những thử thách", 1),
        (
            "paragraph",
            "Hiệp ước vẫn được duy trì qua các cuộc chiến tranh Ấn Độ – Pakistan năm 1965 và 1971 cũng như cuộc xung đột Kargil năm 1999, và thường được coi là một trong những hiệp ước về nguồn nước bền vững nhất thế giới. Ngày 23/4/2025, một ngày sau vụ tấn công làm 26 người thiệt mạng tại Pahalgam (Kashmir), Ấn Độ tuyên bố tạm đình chỉ thực hiện Hiệp ước. Pakistan bác bỏ quyết định này và cảnh báo rằng mọi hành động ngăn chặn hay chuyển hướng dòng chảy thuộc về mình sẽ bị coi là “hành động chiến tranh”.",
        ),
    ],
}

DOCS = [VYA_PAKISTAN, VYB_VNUA, VYC_CPEC, VYD_PLAN, VYE_INDUS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 44 columns, labels at 70), body at 70 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) the page label "Trang N" flush
    right, a form feed and the running header; the last page ends with its label."""
    return headed_journal(doc, title=44, label=70, body=70, page_label="Trang {}", align=">")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 68 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 68, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a breadcrumb nav, <article>, <h1>,
    a <time> line, the lead (with its dateline) in <h2 class="sapo">, <h3> subheads, <p> paragraphs, a tag
    list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "07:30",
        top=(
            '<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/the-gioi">Thế giới</a> › '
            '<a href="/the-gioi/chau-a">Châu Á</a></nav>\n'
            "<article>\n"
            '<h1 class="title">{title}</h1>\n'
            '<time datetime="{date}">{stamp}</time>\n'
        ),
        bottom=(
            '<ul class="tags"><li><a href="/tag/trung-quốc">Trung Quốc</a></li>'
            '<li><a href="/tag/pakistan">Pakistan</a></li><li><a href="/tag/cpec">CPEC</a></li></ul>\n'
            "</article>\n"
            "<footer>Bản quyền thuộc Thông tấn xã Việt Nam.</footer>\n"
        ),
        lead='<h2 class="sapo">{}</h2>',
        heading="<h3>{}</h3>",
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
            "- Thương vụ Việt Nam tại Pakistan;",
            "- Lưu: VT, XTTM.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(đã ký)"],
        columns=(48, 48, 0, 51),
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
        prefix="vy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
