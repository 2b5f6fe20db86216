"""Build the hundredth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout100/build_heldout100.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on a
partner those sets do not use as a main topic, in economic diplomacy: France (a journal article on Vietnam –
France economic cooperation from the relations of 1973 to the comprehensive strategic partnership of 2024,
the Vietnam Chamber of Commerce and Industry's report on trade and investment promotion with France in 2024,
a news page on President François Hollande's state visit of 6/9/2016 and the Airbus contracts, a
(fictitious) Ministry of Finance plan for French ODA and concessional loans in 2026, an encyclopedia entry
on the OECD). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the chamber's own activities and all quoted words are invented, the ministry
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

UVA_FRANCE = {
    "id": "uva",
    "shape": "journal",
    "header": "TẠP CHÍ HỘI NHẬP VÀ PHÁT TRIỂN – Số 5 (2025)",
    "first_page": 73,
    "break_after": 10,
    "blocks": [
        ("title", "HỢP TÁC KINH TẾ VIỆT NAM – PHÁP: TỪ VỐN VAY ƯU ĐÃI ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN"),
        ("author", "Lại Thị Minh Hòa"),
        ("affiliation", "Khoa Kinh tế quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại các mốc chính của hợp tác kinh tế Việt Nam – Pháp và gợi ý cách tận dụng khuôn khổ quan hệ mới.",
            "vi",
        ),
        ("keywords", "Việt Nam – Pháp; ODA; EVFTA; phòng vệ thương mại", "vi"),
        ("heading", "1. Những bước đi đầu tiên", 1),
        (
            "paragraph",
            "Pháp thiết lập quan hệ ngoại giao cấp đại sứ với Việt Nam Dân chủ Cộng hòa ngày 12/4/1973. Trong thập niên 1980, Pháp là một trong số ít nước phương Tây vẫn duy trì hợp tác văn hóa, khoa học và đào tạo với nước ta (Hoàng Văn Khải, 2019, tr. 41). Năm 1993, Tổng thống François Mitterrand sang thăm Việt Nam; cũng trong năm đó, Pháp cùng Nhật Bản giúp Việt Nam thu xếp trả hết các khoản nợ quá hạn với Quỹ Tiền tệ Quốc tế (IMF), mở đường cho các định chế tài chính quốc tế nối lại cho vay.",
        ),
        ("heading", "2. Vốn vay ưu đãi và những rào cản thương mại", 1),
        (
            "paragraph",
            "Tuyến đường sắt đô thị Nhổn – ga Hà Nội là ví dụ tiêu biểu của hợp tác phát triển: Chính phủ Pháp và Cơ quan Phát triển Pháp (AFD) đã cho vay ưu đãi hơn 500 triệu euro để xây dựng tuyến này, và đoạn trên cao được đưa vào khai thác thương mại từ tháng 8/2024. Về thương mại, từ năm 2006, giày mũ da của Việt Nam bị EU áp thuế chống bán phá giá 10%, và phải đến ngày 31/3/2011 biện pháp này mới hết hiệu lực. Hiệp định Thương mại tự do Việt Nam – EU (EVFTA), có hiệu lực từ ngày 1/8/2020, mở ra triển vọng sáng sủa hơn: nhiều doanh nghiệp Pháp “coi EVFTA là đòn bẩy quan trọng nhất để mở rộng đầu tư vào Việt Nam” (Lê Thanh Bình, 2023, tr. 88).",
        ),
        ("heading", "3. Khuôn khổ quan hệ mới", 1),
        (
            "paragraph",
            "Ngày 25/9/2013, nhân chuyến thăm chính thức Pháp của Thủ tướng Nguyễn Tấn Dũng, hai nước thiết lập quan hệ Đối tác chiến lược. Hơn một thập kỷ sau, tại cuộc hội đàm ở Điện Élysée ngày 7/10/2024, Tổng Bí thư, Chủ tịch nước Tô Lâm và Tổng thống Emmanuel Macron quyết định nâng quan hệ lên Đối tác chiến lược toàn diện; Pháp trở thành nước đầu tiên trong Liên minh châu Âu có khuôn khổ quan hệ này với Việt Nam (Đỗ Minh Quân, 2025). Dù vậy, Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA) đến nay vẫn chưa có hiệu lực. Trong thời gian tới, ta cần tranh thủ khuôn khổ quan hệ mới để thu hút thêm đầu tư của Pháp vào năng lượng sạch và hạ tầng đô thị.",
        ),
    ],
}

UVB_VCCI = {
    "id": "uvb",
    "shape": "word",
    "head": [
        "PHÒNG THƯƠNG MẠI VÀ CÔNG NGHIỆP VIỆT NAM",
        "BAN QUAN HỆ QUỐC TẾ",
        "Số: 318/BC-QHQT",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả xúc tiến thương mại, đầu tư với Pháp năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả xúc tiến thương mại, đầu tư với Pháp năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 3/2024, Phòng phối hợp với Phòng Thương mại và Công nghiệp Pháp tại Việt Nam (CCIFV) tổ chức hội thảo “EVFTA: cơ hội cho doanh nghiệp hai nước” tại Thành phố Hồ Chí Minh, thu hút hơn 200 doanh nghiệp tham dự.",
        ),
        (
            "list_item",
            "2. Nhân chuyến thăm chính thức Cộng hòa Pháp của Tổng Bí thư, Chủ tịch nước Tô Lâm từ ngày 6 đến ngày 7/10/2024, Phòng đã tổ chức đoàn 35 doanh nghiệp sang Pa-ri dự Diễn đàn doanh nghiệp Việt Nam – Pháp; tại diễn đàn, Phòng và MEDEF Quốc tế ký Thỏa thuận hợp tác về kết nối đầu tư trong lĩnh vực năng lượng tái tạo.",
        ),
        (
            "list_item",
            "3. Tháng trước, Phòng đón đoàn doanh nghiệp vùng Auvergne-Rhône-Alpes sang tìm hiểu cơ hội đầu tư vào chế biến thực phẩm và logistics tại các tỉnh phía Bắc.",
        ),
        (
            "list_item",
            "4. Dự án khu công nghiệp sinh thái do một nhà đầu tư Pháp đề xuất tại Hải Phòng vẫn chưa được chấp thuận chủ trương đầu tư; việc thành lập Hội đồng doanh nghiệp Việt Nam – Pháp cũng chưa hoàn tất do phía bạn chưa cử đại diện.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, phối hợp với CCIFV tổ chức Diễn đàn đầu tư xanh Việt Nam – Pháp tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Tổ chức đoàn doanh nghiệp dệt may, da giày sang Pháp khảo sát thị trường và tham dự hội chợ thời trang quốc tế tại Pa-ri trong sáu tháng cuối năm 2025.",
        ),
        (
            "list_item",
            "3. Đề nghị AFD hỗ trợ kỹ thuật cho chương trình nâng cao năng lực doanh nghiệp nhỏ và vừa về tăng trưởng xanh.",
        ),
    ],
}

UVC_HOLLANDE = {
    "id": "uvc",
    "shape": "news",
    "date": "2016-09-06",
    "stamp": "Thứ Ba, 06/09/2016 - 15:40",
    "blocks": [
        ("title", "Tổng thống Pháp François Hollande thăm cấp Nhà nước Việt Nam"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 6/9, Chủ tịch nước Trần Đại Quang chủ trì lễ đón chính thức Tổng thống Cộng hòa Pháp François Hollande tại Phủ Chủ tịch. Ông Hollande tới Hà Nội từ Hàng Châu (Trung Quốc), nơi ông vừa dự Hội nghị thượng đỉnh Nhóm G20, bắt đầu chuyến thăm cấp Nhà nước Việt Nam từ ngày 6 đến ngày 7/9.",
        ),
        ("heading", "Hợp đồng 40 máy bay Airbus", 1),
        (
            "paragraph",
            "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký các hợp đồng mua tổng cộng 40 máy bay Airbus của Vietnam Airlines, Vietjet và Jetstar Pacific, trị giá khoảng 6,5 tỷ euro. Tập đoàn xây dựng Vinci của Pháp cũng ký thỏa thuận hợp tác với Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam (VEC) về phát triển mạng lưới đường cao tốc.",
        ),
        ("heading", "Ủng hộ giải quyết hòa bình các tranh chấp", 1),
        (
            "paragraph",
            "Tại cuộc họp báo chung, Tổng thống Hollande khẳng định Pháp ủng hộ việc giải quyết các tranh chấp ở Biển Đông bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế, bảo đảm tự do hàng hải. Hai bên nhất trí tăng cường hợp tác quốc phòng, trong đó có việc tàu hải quân Pháp thăm các cảng của Việt Nam; phía Pháp cũng sẽ hỗ trợ Việt Nam tham gia các hoạt động gìn giữ hòa bình của Liên hợp quốc.",
        ),
        (
            "paragraph",
            "Trong ngày, Tổng thống Pháp đã lần lượt gặp Tổng Bí thư Nguyễn Phú Trọng, Thủ tướng Nguyễn Xuân Phúc và Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, rồi nói chuyện với sinh viên Đại học Quốc gia Hà Nội. Ông Hollande là Tổng thống Pháp thứ ba thăm Việt Nam, sau François Mitterrand năm 1993 và Jacques Chirac năm 2004. Việt Nam và Pháp là Đối tác chiến lược từ năm 2013.",
        ),
    ],
}

UVD_PLAN = {
    "id": "uvd",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BTC':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Vận động vốn ODA và vốn vay ưu đãi của Cộng hòa Pháp",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Vận động vốn ODA và vốn vay ưu đãi của Cộng hòa Pháp năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa quan hệ Đối tác chiến lược toàn diện Việt Nam – Pháp, được thiết lập ngày 7/10/2024, và nâng cao hiệu quả sử dụng vốn vay nước ngoài, Bộ Tài chính xây dựng Kế hoạch vận động vốn ODA và vốn vay ưu đãi của Pháp năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Pháp là một trong những đối tác phát triển song phương lớn nhất của Việt Nam tại châu Âu; vốn vay của Chính phủ Pháp và Cơ quan Phát triển Pháp (AFD) đã góp phần xây dựng tuyến đường sắt đô thị Nhổn – ga Hà Nội. Pháp cũng nằm trong Nhóm các đối tác quốc tế cùng Việt Nam thông qua Tuyên bố chính trị về Quan hệ đối tác chuyển đổi năng lượng công bằng (JETP) tháng 12/2022. Năm ngoái, đoàn công tác của Bộ đã làm việc với Tổng cục Ngân khố Pháp và AFD tại Pa-ri về danh mục dự án giai đoạn 2026 – 2030, song hai bên chưa thống nhất được điều kiện vay đối với các dự án mới.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong tháng 3, phối hợp với Ủy ban nhân dân thành phố Hà Nội hoàn thiện hồ sơ đề xuất vay vốn AFD cho đoạn kéo dài tuyến đường sắt đô thị số 3 từ ga Hà Nội đến Hoàng Mai.",
        ),
        (
            "list_item",
            "2. Tháng 6 năm nay, chủ trì Đối thoại chính sách tài chính Việt Nam – Pháp lần thứ nhất tại Hà Nội với sự tham gia của Đại sứ quán Pháp và AFD.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Pháp cử chuyên gia hỗ trợ xây dựng khung pháp lý về thị trường tín chỉ các-bon.",
        ),
        (
            "list_item",
            "4. Tháng 10, nhân dịp kỷ niệm hai năm thiết lập quan hệ Đối tác chiến lược toàn diện, phối hợp với Đại sứ quán Pháp tổ chức hội thảo đánh giá hiệu quả các dự án sử dụng vốn vay của Pháp.",
        ),
        (
            "paragraph",
            "Cục Quản lý nợ và Kinh tế đối ngoại là đầu mối theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

UVE_OECD = {
    "id": "uve",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Hợp tác và Phát triển Kinh tế"),
        (
            "paragraph",
            "Tổ chức Hợp tác và Phát triển Kinh tế (OECD) là tổ chức liên chính phủ gồm 38 nước thành viên, có trụ sở tại Pa-ri (Pháp). Tiền thân của OECD là Tổ chức Hợp tác Kinh tế châu Âu (OEEC), ra đời năm 1948 để điều phối viện trợ của Mỹ theo Kế hoạch Marshall.",
        ),
        ("heading", "Thành lập và mở rộng", 1),
        (
            "paragraph",
            "Công ước về OECD được 20 nước, gồm 18 nước châu Âu cùng Mỹ và Ca-na-đa, ký tại Pa-ri ngày 14/12/1960 và có hiệu lực từ ngày 30/9/1961. Nhật Bản gia nhập năm 1964, là thành viên châu Á đầu tiên; Hàn Quốc trở thành thành viên năm 1996. Gần đây, Cô-lôm-bi-a được kết nạp năm 2020 và Cô-xta Ri-ca trở thành thành viên thứ 38 vào năm 2021. Năm 2024, tổ chức quyết định mở tiến trình xem xét kết nạp In-đô-nê-xi-a và Thái Lan.",
        ),
        ("heading", "Trường hợp của Nga", 1),
        (
            "paragraph",
            "Nga được mời bắt đầu đàm phán gia nhập năm 2007. Do cuộc khủng hoảng Crưm, OECD hoãn tiến trình này vào tháng 3/2014, rồi chính thức chấm dứt ngày 25/2/2022, một ngày sau khi Nga mở chiến dịch quân sự tại U-crai-na.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa phải là thành viên OECD, song tham gia Chương trình khu vực Đông Nam Á của tổ chức này kể từ khi chương trình được khởi động năm 2014.",
        ),
    ],
}

DOCS = [UVA_FRANCE, UVB_VCCI, UVC_HOLLANDE, UVD_PLAN, UVE_OECD]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), front
    matter by heldout_kit.front_matter_lines (title at 46 columns, labels at 72), body at 72 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) the page number centred as
    "– N –", a form feed and the header; the last page ends with its number."""
    return headed_journal(doc, title=46, label=72, body=72, page_label="– {} –", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Thời sự",
        "15:40",
        [("/thoi-su", "Thời sự"), ("/thoi-su/doi-ngoai", "Đối ngoại")],
        [
            ("/tag/phap", "Pháp"),
            ("/tag/airbus", "Airbus"),
            ("/tag/tham-cap-nha-nuoc", "Thăm cấp Nhà nước"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- UBND thành phố Hà Nội;",
            "- Lưu: VT, QLN.",
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
        prefix="uv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
