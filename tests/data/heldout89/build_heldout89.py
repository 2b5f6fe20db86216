"""Build the eighty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout89/build_heldout89.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (North Macedonia from the name dispute to NATO and the EU talks, and its
relations with Vietnam; the Vietnamese embassy in Bulgaria, accredited to North Macedonia, on 2024; the
signing of the Prespa Agreement, 17/6/2018; a (fictitious) Ministry of Justice plan for legal cooperation
with North Macedonia and the Western Balkans in 2026; an encyclopedia entry on the Council of Europe).
Nothing in src/ was changed for them. Facts are well-established; authors, journal, page numbers,
document numbers, the embassy report's items and all quoted words are invented, the ministry plan
(number, date, tasks) is fictitious. Events, citations and questions gold are written by hand;
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
    news_page,
    paged_journal,
    plan_text,
    word_text,
)

VUA_MACEDONIA = {
    "id": "vua",
    "shape": "journal",
    "header": "Nghiên cứu Quốc tế đương đại, số 11 (2024)",
    "first_page": 87,
    "break_after": 12,
    "blocks": [
        ("title", "BẮC MACEDONIA: TỪ TRANH CHẤP TÊN GỌI ĐẾN CON ĐƯỜNG HỘI NHẬP CHÂU ÂU"),
        ("author", "Phan Thị Minh Huyền"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích quá trình giải quyết tranh chấp tên gọi giữa Bắc Macedonia và Hy Lạp, con đường gia nhập NATO, EU của nước này và quan hệ với Việt Nam sau 30 năm thiết lập quan hệ ngoại giao.",
            "vi",
        ),
        ("keywords", "Bắc Macedonia; Thỏa thuận Prespa; NATO; EU; Tây Balkan", "vi"),
        ("heading", "1. Một nhà nước mới trên bán đảo Balkan", 1),
        (
            "paragraph",
            "Sau cuộc trưng cầu ý dân ngày 8/9/1991, Macedonia tách khỏi Liên bang Nam Tư. Vì tranh chấp tên gọi với Hy Lạp, ngày 8/4/1993 nước này chỉ được kết nạp vào Liên hợp quốc dưới tên tạm thời “Cộng hòa Macedonia thuộc Nam Tư cũ” (Vũ Hải Nam, 2016, tr. 52). Tháng 2/1994, Athens áp đặt lệnh cấm vận thương mại đối với nước láng giềng; lệnh này chỉ được dỡ bỏ sau khi hai nước ký Hiệp định tạm thời tại Niu Oóc ngày 13/9/1995. Cũng trong năm đó, Skopje gia nhập Ủy hội châu Âu.",
        ),
        ("heading", "2. Thỏa thuận Prespa và tư cách thành viên NATO", 1),
        (
            "paragraph",
            "Suốt hơn một thập kỷ, vấn đề tên gọi khiến tiến trình hội nhập của Skopje bị đình trệ. Bế tắc chỉ được khai thông khi Thỏa thuận Prespa được ký ngày 17/6/2018 và có hiệu lực từ ngày 12/2/2019, theo đó nước này đổi quốc hiệu thành Cộng hòa Bắc Macedonia. Ngày 27/3/2020, Bắc Macedonia trở thành thành viên thứ 30 của NATO. Con đường vào EU gian nan hơn: sau gần hai năm bị Bun-ga-ri ngăn cản, hội nghị liên chính phủ đầu tiên về việc gia nhập mới được tổ chức ngày 19/7/2022 (Đinh Công Tuấn, 2023).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Bắc Macedonia thiết lập quan hệ ngoại giao ngày 10/6/1994. Do điều kiện khách quan, hai nước chưa trao đổi đoàn cấp cao; chuyến thăm gần đây nhất là của Phó Chủ tịch Quốc hội Uông Chu Lưu năm 2018. Phía bạn đã ủng hộ Việt Nam làm Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc cả hai nhiệm kỳ 2008 – 2009 và 2020 – 2021. Theo một nhà nghiên cứu, Bắc Macedonia có thể trở thành “cửa ngõ đưa hàng Việt vào thị trường Balkan” (Lê Quang Minh, 2024, tr. 15), song quan hệ kinh tế vẫn còn khiêm tốn.",
        ),
    ],
}

VUB_EMBASSY = {
    "id": "vub",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI BUN-GA-RI",
        "Số: 96/BC-ĐSQ",
        "Xô-phi-a, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác năm 2024 và phương hướng năm 2025"),
        ("heading", "I. QUAN HỆ VỚI BUN-GA-RI", 1),
        (
            "list_item",
            "1. Nhân kỷ niệm 74 năm thiết lập quan hệ ngoại giao (8/2/1950 – 8/2/2024), Đại sứ quán phối hợp với Hội Hữu nghị Bun-ga-ri – Việt Nam tổ chức gặp mặt cựu lưu học sinh Việt Nam và những người bạn Bun-ga-ri từng học tập, công tác tại Việt Nam.",
        ),
        (
            "list_item",
            "2. Tháng 9, Đại sứ quán hỗ trợ 04 doanh nghiệp Việt Nam tham gia Hội chợ quốc tế Plốp-đíp, giới thiệu cà phê, hạt điều, hồ tiêu; một doanh nghiệp đã ký hợp đồng phân phối với đối tác Bun-ga-ri.",
        ),
        (
            "list_item",
            "3. Phía Bun-ga-ri tiếp tục cấp 10 suất học bổng đại học và sau đại học cho sinh viên Việt Nam trong năm học 2024 – 2025.",
        ),
        ("heading", "II. QUAN HỆ VỚI BẮC MACEDONIA (ĐỊA BÀN KIÊM NHIỆM)", 1),
        (
            "list_item",
            "1. Nhân dịp 30 năm thiết lập quan hệ ngoại giao (10/6/1994 – 10/6/2024), lãnh đạo hai nước trao đổi điện mừng; từ ngày 17 đến 19/6, Đại sứ sang Skốp-pi-ê làm việc với Bộ Ngoại giao và Phòng Kinh tế Bắc Macedonia.",
        ),
        (
            "list_item",
            "2. Phía bạn khẳng định tiếp tục ủng hộ Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.",
        ),
        (
            "list_item",
            "3. Dự thảo Hiệp định hợp tác văn hóa, giáo dục giữa hai Chính phủ do ta chuyển từ năm 2023 đến nay vẫn chưa được phía Bắc Macedonia phản hồi.",
        ),
        ("heading", "III. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức các hoạt động kỷ niệm 75 năm quan hệ Việt Nam – Bun-ga-ri vào tháng 2/2025.",
        ),
        (
            "list_item",
            "2. Đề xuất tổ chức tham khảo chính trị cấp Thứ trưởng Ngoại giao Việt Nam – Bắc Macedonia tại Hà Nội trong năm 2025.",
        ),
        (
            "list_item",
            "3. Vận động Bun-ga-ri và Bắc Macedonia bỏ phiếu cho Việt Nam tại cuộc bầu cử Hội đồng Nhân quyền vào tháng 10/2025.",
        ),
    ],
}

VUC_PRESPA = {
    "id": "vuc",
    "shape": "news",
    "date": "2018-06-17",
    "stamp": "17/06/2018 21:45",
    "blocks": [
        ("title", "Hy Lạp và Macedonia ký thỏa thuận lịch sử về tên gọi"),
        (
            "paragraph",
            "A-ten (TTXVN) – Ngày 17/6, tại làng Psarades bên bờ hồ Prespa (Hy Lạp), Ngoại trưởng Hy Lạp Nikos Kotzias và Ngoại trưởng Macedonia Nikola Dimitrov đã ký thỏa thuận chấm dứt tranh chấp kéo dài 27 năm về tên gọi của nước cộng hòa thuộc Nam Tư cũ, dưới sự chứng kiến của Thủ tướng hai nước Alexis Tsipras và Zoran Zaev.",
        ),
        ("heading", "Quốc hiệu mới: Cộng hòa Bắc Macedonia", 1),
        (
            "paragraph",
            "Theo thỏa thuận mà hai thủ tướng công bố hôm 12/6, Skopje sẽ đổi quốc hiệu thành Cộng hòa Bắc Macedonia; đổi lại, Athens sẽ không còn ngăn cản nước láng giềng gia nhập NATO và Liên minh châu Âu (EU). Văn kiện thay thế Hiệp định tạm thời năm 1995 và chỉ có hiệu lực sau khi được quốc hội hai nước phê chuẩn. Đặc phái viên Liên hợp quốc Matthew Nimetz, người làm trung gian cho các cuộc đàm phán trong nhiều năm qua, cũng có mặt tại lễ ký.",
        ),
        ("heading", "Quốc tế hoan nghênh", 1),
        (
            "paragraph",
            "Đại diện cấp cao EU về chính sách đối ngoại và an ninh Federica Mogherini và Ủy viên châu Âu phụ trách mở rộng Johannes Hahn, những người dự lễ ký, đã ra tuyên bố chung chúc mừng hai thủ tướng. Tổng Thư ký NATO Jens Stoltenberg cũng hoan nghênh thỏa thuận. Skopje hy vọng sẽ được mời bắt đầu đàm phán gia nhập NATO tại hội nghị thượng đỉnh của liên minh ở Brúc-xen vào tháng 7 tới.",
        ),
        (
            "paragraph",
            "Trong khi đó, hàng nghìn người đã xuống đường phản đối thỏa thuận ở cả hai nước. Tại A-ten, kiến nghị bất tín nhiệm Chính phủ của ông Tsipras do phe đối lập đệ trình đã bị Quốc hội bác bỏ với 153 phiếu chống, 127 phiếu thuận.",
        ),
    ],
}

VUD_PLAN = {
    "id": "vud",
    "shape": "plan",
    "head": [
        f"{'BỘ TƯ PHÁP':<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':38}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 08/KH-BTP':<38}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về pháp luật với Cộng hòa Bắc Macedonia",
        "và một số nước Tây Balkan năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác quốc tế về pháp luật với Cộng hòa Bắc Macedonia và một số nước Tây Balkan năm 2026",
        ),
        (
            "paragraph",
            "Nhằm tham khảo kinh nghiệm cải cách tư pháp và hài hòa hóa pháp luật của các nước đang đàm phán gia nhập Liên minh châu Âu, Bộ Tư pháp xây dựng Kế hoạch hợp tác năm 2026 với Cộng hòa Bắc Macedonia và một số nước Tây Balkan như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Bắc Macedonia là thành viên Ủy hội châu Âu từ năm 1995 và chính thức khởi động đàm phán gia nhập EU từ tháng 7/2022. Hai nước đã ký Hiệp định khuyến khích và bảo hộ đầu tư, Hiệp định tránh đánh thuế hai lần, song giữa hai Bộ Tư pháp chưa có văn kiện hợp tác nào. Năm ngoái, hai Bộ đã tổ chức một cuộc trao đổi trực tuyến về pháp luật phá sản và thi hành án dân sự.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong quý II, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Skốp-pi-ê và Pốt-gô-ri-ca (Môn-tê-nê-grô) tìm hiểu kinh nghiệm hài hòa hóa pháp luật với quy định của EU.",
        ),
        (
            "list_item",
            "2. Nhân chuyến công tác nói trên, đàm phán và ký Bản ghi nhớ hợp tác trong lĩnh vực pháp luật và tư pháp với Bộ Tư pháp Bắc Macedonia.",
        ),
        (
            "list_item",
            "3. Đề nghị Ủy ban Venice của Ủy hội châu Âu cử chuyên gia tham dự Hội thảo quốc tế về xây dựng pháp luật do Bộ tổ chức tại Hà Nội vào tháng 10.",
        ),
        (
            "list_item",
            "4. Không bố trí đoàn ra sang Xéc-bi-a và An-ba-ni trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này; Đại sứ quán Việt Nam tại Bun-ga-ri hỗ trợ liên hệ với phía Bắc Macedonia.",
        ),
    ],
}

VUE_COE = {
    "id": "vue",
    "shape": "entry",
    "blocks": [
        ("title", "Ủy hội châu Âu"),
        (
            "paragraph",
            "Ủy hội châu Âu (Council of Europe, CoE) là tổ chức liên chính phủ khu vực về nhân quyền, dân chủ và pháp quyền, được thành lập theo Quy chế ký tại Luân Đôn ngày 5/5/1949. Trụ sở của tổ chức đặt tại Xtra-xbua (Pháp). Không nên nhầm Ủy hội với Hội đồng châu Âu, một thiết chế của Liên minh châu Âu.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Mười nước sáng lập gồm Bỉ, Đan Mạch, Pháp, Ai-len, I-ta-li-a, Lúc-xăm-bua, Hà Lan, Na Uy, Thụy Điển và Anh. Sau Chiến tranh Lạnh, tổ chức mở rộng nhanh sang phía đông: ngày 9/11/1995, U-crai-na và Macedonia được kết nạp; Nga trở thành thành viên ngày 28/2/1996. Môn-tê-nê-grô, thành viên thứ 47, gia nhập ngày 11/5/2007.",
        ),
        ("heading", "Công ước châu Âu về Nhân quyền", 1),
        (
            "paragraph",
            "Công ước châu Âu về Nhân quyền được ký tại Rô-ma ngày 4/11/1950. Tòa án Nhân quyền châu Âu đặt tại Xtra-xbua giám sát việc thực thi công ước.",
        ),
        ("heading", "Khai trừ Nga", 1),
        (
            "paragraph",
            "Sau khi Nga tiến hành chiến dịch quân sự tại U-crai-na, Ủy ban Bộ trưởng đình chỉ quyền đại diện của nước này ngày 25/2/2022, rồi ngày 16/3/2022 quyết định chấm dứt tư cách thành viên của Nga, một ngày sau khi Mát-xcơ-va tuyên bố rút khỏi tổ chức. Từ đó, Ủy hội còn 46 thành viên; Bê-la-rút chưa bao giờ là thành viên.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên hay quan sát viên của Ủy hội và cũng chưa tham gia Công ước Budapest về tội phạm mạng (2001) do tổ chức này soạn thảo.",
        ),
    ],
}

DOCS = [VUA_MACEDONIA, VUB_EMBASSY, VUC_PRESPA, VUD_PLAN, VUE_COE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer with no header on its first page: title at 46 columns, "Tóm
    tắt:"/"Từ khóa:" and body at 70, a blank line after headings; after ``break_after`` body lines
    (mid-sentence) the bare page number centred (34 spaces before it), a form feed and the running header;
    the last page ends with its number."""
    return paged_journal(doc, 46, 70, 70, indent=34)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends, no wrapping (one paragraph a line), every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, None, ["ĐẠI SỨ", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a top menu, <article>, a category link,
    <h1>, a <time> element, the lead (with its dateline) in <div class="lead"><strong>, <h2 class="sub">
    subheads, <p> paragraphs, a "Tin liên quan" list and a footer."""
    return news_page(
        doc,
        head=(
            '<meta property="article:published_time" content="{date}T21:45:00+07:00">\n'
            "<title>{title} | Tin tức</title>\n"
        ),
        top=(
            '<div class="topmenu"><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a> | '
            '<a href="/the-gioi/chau-au">Châu Âu</a></div>\n'
            "<article>\n"
            '<a class="cat" href="/the-gioi/chau-au">Châu Âu</a>\n'
            "<h1>{title}</h1>\n"
            '<time datetime="{date}">{stamp}</time>\n'
        ),
        bottom=(
            "</article>\n"
            '<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/macedonia-hy-lap-dat-thoa-thuan">Macedonia và Hy Lạp đạt thỏa thuận về tên gọi</a></li></ul></div>\n'
            "<footer>Bản quyền thuộc Thông tấn xã Việt Nam</footer>\n"
        ),
        lead='<div class="lead"><strong>{}</strong></div>',
        heading='<h2 class="sub">{}</h2>',
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 74
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        74,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Đại sứ quán Việt Nam tại Bun-ga-ri;",
            "- Lưu: VT, HTQT.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
        columns=(46, 46, 49),
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
        prefix="vu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
