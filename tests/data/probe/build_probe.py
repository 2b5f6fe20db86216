"""Build the generalisation probe documents and their structure gold from one source of truth.

    .venv/bin/python tests/data/probe/build_probe.py

Each document is written as logical blocks (title, author, abstract, headings, paragraphs, list
items, source lines) and then rendered in the shape a real input takes: a journal article's PDF
text layer (running headers/footers, page numbers, column-wrapped lines, blank lines inside
paragraphs, a hyphenated word at a line end), a Word export (a blank line after every line), a news
page, a Party-style text, and a journal article with a TCVN3 run. The structure gold
(gold/structure.<id>.json) is the logical blocks; events, citations and questions gold are written
by hand in gold/*.jsonl / gold/citations.*.json. Hyphenation points are marked "~" in the source
("Washing~ton") and rendered "Washing-" at a line end.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = tuple[str, ...]


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap; a "~" inside a word forces a hyphenated break there."""
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        if "~" in word:
            head, tail = word.split("~", 1)
            lines.append((cur + " " + head if cur else head) + "-")
            cur = tail
            continue
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(cur)
    return lines


def unmark(text: str) -> str:
    return text.replace("~", "")


# --- documents: (type, text[, level]) ------------------------------------------------------------

A_US = {
    "id": "pa",
    "shape": "journal",
    "header": ("TẠP CHÍ NGHIÊN CỨU QUỐC TẾ", "Số 2 (2024)"),
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – HOA KỲ: TỪ BÌNH THƯỜNG HÓA ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN"),
        ("author", "Trần Thị Thu Hà"),
        ("affiliation", "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích tiến trình phát triển quan hệ Việt Nam – Hoa Kỳ từ khi hai nước bình thường hóa quan hệ năm 1995 đến khi nâng cấp lên Đối tác chiến lược toàn diện năm 2023. Trên cơ sở phân tích các mốc quan trọng, bài viết chỉ ra những động lực thúc đẩy và một số bài học trong xử lý quan hệ với các nước lớn.",
            "vi",
        ),
        (
            "keywords",
            "Quan hệ Việt Nam – Hoa Kỳ; bình thường hóa; đối tác chiến lược toàn diện; chính sách đối ngoại.",
            "vi",
        ),
        (
            "abstract",
            "The article analyses the development of Vietnam – United States relations from the normalisation of 1995 to the Comprehensive Strategic Partnership of 2023. Based on the main milestones, it identifies the driving forces and several lessons for managing relations with major powers.",
            "en",
        ),
        (
            "keywords",
            "Vietnam – United States relations; normalisation; comprehensive strategic partnership; foreign policy.",
            "en",
        ),
        ("heading", "I. MỞ ĐẦU", 1),
        (
            "paragraph",
            "Sau năm 1975, quan hệ giữa Việt Nam và Hoa Kỳ rơi vào tình trạng đóng băng kéo dài. Từ năm 1975 đến năm 1994, Hoa Kỳ duy trì lệnh cấm vận kinh tế đối với Việt Nam, gây nhiều khó khăn cho công cuộc khôi phục đất nước (Học viện Ngoại giao, 2020, tr. 56–57). Ngay từ những năm đầu của nền độc lập, Chủ tịch Hồ Chí Minh đã khẳng định “Việt Nam muốn làm bạn với tất cả mọi nước dân chủ và không gây thù oán với một ai” (Hồ Chí Minh, 2011, tr. 256).",
        ),
        (
            "paragraph",
            "Bài viết tập trung làm rõ các mốc chính của quan hệ hai nước và những nhân tố đã đưa hai nước từ cựu thù trở thành đối tác chiến lược toàn diện.",
        ),
        ("heading", "II. TIẾN TRÌNH QUAN HỆ VIỆT NAM – HOA KỲ", 1),
        ("heading", "2.1. Giai đoạn bình thường hóa (1994–2000)", 2),
        (
            "paragraph",
            "Ngày 3/2/1994, Tổng thống Bill Clinton tuyên bố dỡ bỏ lệnh cấm vận thương mại đối với Việt Nam. Ngày 11/7/1995, Tổng thống Hoa Kỳ Bill Clinton và Thủ tướng Võ Văn Kiệt tuyên bố bình thường hóa quan hệ; ngày 12/7/1995, hai nước chính thức thiết lập quan hệ ngoại giao. Theo đánh giá của Bộ Ngoại giao, đây là quyết định “khép lại quá khứ, hướng tới tương lai” của hai dân tộc (Bộ Ngoại giao, 2015, tr. 231).",
        ),
        (
            "paragraph",
            "Ngày 13/7/2000, tại Washing~ton, hai nước ký Hiệp định Thương mại song phương (BTA), mở đường cho quan hệ kinh tế phát triển mạnh mẽ. Tháng 11/2000, Tổng thống Bill Clinton thăm Việt Nam, là Tổng thống Hoa Kỳ đầu tiên thăm nước ta sau chiến tranh.",
        ),
        ("heading", "2.2. Từ Đối tác toàn diện đến Đối tác chiến lược toàn diện (2013–2023)", 2),
        (
            "paragraph",
            "Tháng 7/2013, nhân chuyến thăm Hoa Kỳ của Chủ tịch nước Trương Tấn Sang, hai nước xác lập quan hệ Đối tác toàn diện. Tháng 5/2016, Tổng thống Barack Obama thăm chính thức Việt Nam và tuyên bố dỡ bỏ hoàn toàn lệnh cấm bán vũ khí sát thương cho Việt Nam.",
        ),
        (
            "paragraph",
            "Ngày 10–11/9/2023, Tổng thống Joe Biden thăm cấp Nhà nước Việt Nam theo lời mời của Tổng Bí thư Nguyễn Phú Trọng. Hai bên ra Tuyên bố chung nâng cấp quan hệ lên Đối tác chiến lược toàn diện vì hòa bình, hợp tác và phát triển bền vững. Tổng Bí thư nhấn mạnh quan hệ hai nước cần tiếp tục “vượt qua khác biệt, phát huy tương đồng” (Ban Tuyên giáo Trung ương [BTGTW], 2023, tr. 14).",
        ),
        ("heading", "III. KẾT LUẬN", 1),
        (
            "paragraph",
            "Gần ba thập niên sau khi thiết lập quan hệ ngoại giao, Việt Nam và Hoa Kỳ đã trở thành đối tác chiến lược toàn diện. Kinh nghiệm cho thấy việc kiên trì đường lối đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa là nhân tố quyết định (BTGTW, 2023).",
        ),
    ],
}

B_REPORT = {
    "id": "pb",
    "shape": "word",
    "blocks": [
        (
            "title",
            "KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI 6 THÁNG CUỐI NĂM 2023; PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024",
        ),
        (
            "paragraph",
            "Trong 6 tháng cuối năm 2023, tình hình thế giới và khu vực tiếp tục diễn biến nhanh chóng, phức tạp; cạnh tranh chiến lược giữa các nước lớn gia tăng. Trong bối cảnh đó, công tác đối ngoại của Đảng và Nhà nước ta được triển khai đồng bộ, chủ động, đạt nhiều kết quả nổi bật, đó là:",
        ),
        (
            "list_item",
            "1. Quan hệ với các đối tác quan trọng được nâng lên tầm cao mới. Nhân chuyến thăm cấp Nhà nước của Tổng thống Joe Biden (tháng 9/2023), ta và Hoa Kỳ nâng cấp quan hệ lên Đối tác chiến lược toàn diện. Tháng 11/2023, Việt Nam và Nhật Bản nâng cấp quan hệ lên Đối tác chiến lược toàn diện vì hòa bình và thịnh vượng tại châu Á và trên thế giới, đúng vào dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1973 – 2023).",
        ),
        (
            "list_item",
            "2. Quan hệ với các nước láng giềng tiếp tục được củng cố. Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình thăm cấp Nhà nước Việt Nam ngày 12 – 13/12/2023; hai bên ra Tuyên bố chung về tiếp tục làm sâu sắc và nâng tầm quan hệ Đối tác hợp tác chiến lược toàn diện, xây dựng Cộng đồng chia sẻ tương lai Việt Nam – Trung Quốc có ý nghĩa chiến lược. Quan hệ đặc biệt Việt Nam – Lào và quan hệ với Cam-pu-chia tiếp tục được vun đắp.",
        ),
        (
            "list_item",
            "3. Đối ngoại đa phương được triển khai tích cực. Lãnh đạo ta tham dự Hội nghị Cấp cao ASEAN lần thứ 43 tại In-đô-nê-xi-a (tháng 9/2023) và Tuần lễ Cấp cao APEC tại Hoa Kỳ (tháng 11/2023), đóng góp nhiều sáng kiến thiết thực.",
        ),
        (
            "list_item",
            "4. Công tác bảo hộ công dân và đối ngoại nhân dân được triển khai hiệu quả, kịp thời hỗ trợ công dân Việt Nam tại các vùng xung đột.",
        ),
        ("heading", "Phương hướng, nhiệm vụ 6 tháng đầu năm 2024:", 1),
        (
            "paragraph",
            "Thứ nhất, tiếp tục làm sâu sắc quan hệ với Hoa Kỳ, Nhật Bản, Trung Quốc và các đối tác quan trọng khác, triển khai hiệu quả các thỏa thuận cấp cao đã đạt được.",
        ),
        (
            "paragraph",
            "Thứ hai, chuẩn bị tốt chuyến thăm chính thức Ô-xtrây-li-a của Thủ tướng Chính phủ và các hoạt động đối ngoại cấp cao khác.",
        ),
        (
            "paragraph",
            "Thứ ba, tiếp tục tham gia tích cực các hoạt động gìn giữ hòa bình của Liên Hợp Quốc và các diễn đàn đa phương.",
        ),
        (
            "paragraph",
            "Thứ tư, vận động các nước thành viên EU còn lại sớm phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA).",
        ),
        ("source", "(Nguồn: Tổng hợp từ báo cáo của Bộ Ngoại giao)"),
    ],
}

C_NEWS = {
    "id": "pc",
    "shape": "news",
    "preamble": ["Thời sự | Thứ Hai, 07/10/2024 22:15"],
    "blocks": [
        ("title", "Việt Nam và Pháp nâng cấp quan hệ lên Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Paris, 7/10/2024 – Chiều 7/10 (giờ địa phương), tại Điện Élysée, Tổng Bí thư, Chủ tịch nước Tô Lâm đã hội đàm với Tổng thống Cộng hòa Pháp Emmanuel Macron trong khuôn khổ chuyến thăm chính thức Pháp.",
        ),
        (
            "paragraph",
            "Hai nhà lãnh đạo nhất trí nâng cấp quan hệ Việt Nam – Pháp lên Đối tác chiến lược toàn diện. Đây là mốc mới trong quan hệ hai nước kể từ khi thiết lập quan hệ ngoại giao ngày 12/4/1973 và xác lập quan hệ Đối tác chiến lược năm 2013.",
        ),
        (
            "paragraph",
            "Tổng thống Emmanuel Macron khẳng định Pháp coi trọng vai trò của Việt Nam tại khu vực. Hai bên nhất trí sẽ tăng cường hợp tác trong các lĩnh vực quốc phòng – an ninh, kinh tế, hàng không, năng lượng, giáo dục và y tế.",
        ),
        (
            "paragraph",
            "Tổng Bí thư, Chủ tịch nước Tô Lâm mời Tổng thống Emmanuel Macron sớm thăm lại Việt Nam; Tổng thống Macron vui vẻ nhận lời.",
        ),
    ],
}

D_PARTY = {
    "id": "pd",
    "shape": "party",
    "blocks": [
        (
            "title",
            "QUÁN TRIỆT, THỰC HIỆN CHỈ THỊ SỐ 25-CT/TW CỦA BAN BÍ THƯ VỀ ĐẨY MẠNH VÀ NÂNG TẦM ĐỐI NGOẠI ĐA PHƯƠNG ĐẾN NĂM 2030",
        ),
        ("heading", "I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "paragraph",
            "Thực hiện đường lối đối ngoại độc lập, tự chủ, hòa bình, hợp tác và phát triển, đa phương hóa, đa dạng hóa quan hệ của Đảng ta, công tác đối ngoại đa phương của nước ta đã đạt nhiều thành tựu quan trọng. Ngày 20/9/1977, Việt Nam trở thành thành viên chính thức của Liên Hợp Quốc. Nước ta gia nhập ASEAN ngày 28/7/1995, tham gia sáng lập Diễn đàn Hợp tác Á – Âu (ASEM) năm 1996, gia nhập APEC tháng 11/1998 và trở thành thành viên thứ 150 của Tổ chức Thương mại Thế giới (WTO) ngày 11/1/2007.",
        ),
        (
            "paragraph",
            "Nước ta hai lần được bầu làm Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc, nhiệm kỳ 2008 – 2009 và nhiệm kỳ 2020 – 2021; đảm nhiệm thành công vai trò Chủ tịch ASEAN năm 2010 và năm 2020; đăng cai tổ chức Năm APEC 2006 và Năm APEC 2017.",
        ),
        (
            "paragraph",
            "Từ năm 2014, Việt Nam cử lực lượng tham gia hoạt động gìn giữ hòa bình của Liên Hợp Quốc, được cộng đồng quốc tế ghi nhận.",
        ),
        ("heading", "II. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI", 1),
        (
            "paragraph",
            "Thời gian tới, các cấp ủy, tổ chức đảng cần tiếp tục quán triệt sâu sắc Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế và Chỉ thị số 25-CT/TW ngày 08/8/2018 của Ban Bí thư, tập trung vào các nhiệm vụ sau:",
        ),
        (
            "list_item",
            "a) Chủ động tham gia định hình các thể chế đa phương, nâng cao vai trò của nước ta tại ASEAN, Liên Hợp Quốc và các diễn đàn khu vực.",
        ),
        (
            "list_item",
            "b) Tiếp tục cử lực lượng tham gia hoạt động gìn giữ hòa bình của Liên Hợp Quốc với quy mô phù hợp.",
        ),
        (
            "list_item",
            "c) Nước ta sẽ ứng cử vào các cơ quan quan trọng của Liên Hợp Quốc khi có đủ điều kiện.",
        ),
        (
            "paragraph",
            "Đảng ta khẳng định kiên định nguyên tắc không tham gia liên minh quân sự, không liên kết với nước này để chống nước kia.",
        ),
    ],
}

E_NEG = {
    "id": "pe",
    "shape": "plain",
    "blocks": [
        ("title", "Việt Nam với các hiệp định thương mại tự do thế hệ mới"),
        (
            "paragraph",
            "Việt Nam ký Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP) ngày 8/3/2018 tại Chi-lê. Ngày 12/11/2018, Quốc hội phê chuẩn Hiệp định và CPTPP có hiệu lực đối với Việt Nam từ ngày 14/1/2019. Hoa Kỳ đã rút khỏi Hiệp định TPP vào tháng 1/2017 và không tham gia CPTPP.",
        ),
        (
            "paragraph",
            "Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) được ký ngày 30/6/2019 tại Hà Nội và có hiệu lực từ ngày 1/8/2020. Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA) được ký cùng ngày nhưng đến nay vẫn chưa có hiệu lực vì chưa được tất cả các nước thành viên EU phê chuẩn.",
        ),
        (
            "paragraph",
            "Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP) được ký kết ngày 15/11/2020 theo hình thức trực tuyến, trong năm Việt Nam giữ vai trò Chủ tịch ASEAN. Ấn Độ đã rút khỏi đàm phán từ tháng 11/2019 và không ký RCEP.",
        ),
        (
            "paragraph",
            "Đến nay, Việt Nam chưa ký hiệp định thương mại tự do song phương với Hoa Kỳ. Việt Nam cũng không tham gia Liên minh Kinh tế Á – Âu với tư cách thành viên mà chỉ ký Hiệp định thương mại tự do với liên minh này năm 2015.",
        ),
        (
            "paragraph",
            "Trong thời gian tới, Việt Nam sẽ tiếp tục đàm phán Hiệp định thương mại tự do với Khối Thương mại tự do châu Âu (EFTA) và dự kiến khởi động đàm phán với các đối tác mới ở Trung Đông, Mỹ La-tinh.",
        ),
    ],
}

F_INDIA = {
    "id": "pf",
    "shape": "journal",
    "tcvn3": ("title", "2. QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN"),
    "header": ("NGHIÊN CỨU ẤN ĐỘ VÀ CHÂU Á", "Số 5 (2024)"),
    "blocks": [
        ("title", "QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN VIỆT NAM – ẤN ĐỘ"),
        ("author", "Lê Minh Tuấn"),
        ("affiliation", "Viện Nghiên cứu Ấn Độ và Tây Nam Á"),
        (
            "abstract",
            "Bài viết khái quát quá trình phát triển quan hệ Việt Nam – Ấn Độ từ khi thiết lập quan hệ ngoại giao đầy đủ năm 1972 đến nay, tập trung vào giai đoạn sau khi hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện năm 2016.",
            "vi",
        ),
        ("keywords", "Việt Nam; Ấn Độ; đối tác chiến lược toàn diện; Chính sách Hành động hướng Đông.", "vi"),
        (
            "abstract",
            "The article outlines the development of Vietnam – India relations since the establishment of full diplomatic relations in 1972, focusing on the period after the two countries upgraded their ties to a Comprehensive Strategic Partnership in 2016.",
            "en",
        ),
        ("keywords", "Vietnam; India; comprehensive strategic partnership; Act East Policy.", "en"),
        ("heading", "1. KHÁI QUÁT QUAN HỆ VIỆT NAM – ẤN ĐỘ", 1),
        (
            "paragraph",
            "Việt Nam và Ấn Độ chính thức thiết lập quan hệ ngoại giao đầy đủ ngày 7/1/1972. Tháng 7/2007, nhân chuyến thăm Ấn Độ của Thủ tướng Nguyễn Tấn Dũng, hai nước thiết lập quan hệ Đối tác chiến lược.",
        ),
        ("heading", "2. QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN", 1),
        ("heading", "2.1. Chính trị – ngoại giao", 2),
        (
            "paragraph",
            "Tháng 9/2016, Thủ tướng Ấn Độ Narendra Modi thăm chính thức Việt Nam; hai bên nâng cấp quan hệ lên Đối tác chiến lược toàn diện. Việt Nam được xác định là một trụ cột quan trọng trong Chính sách Hành động hướng Đông của Ấn Độ (Viện Nghiên cứu Ấn Độ và Tây Nam Á, 2019, tr. 45).",
        ),
        ("heading", "2.2. Quốc phòng và kinh tế", 2),
        (
            "paragraph",
            "Năm 2016, Ấn Độ công bố gói tín dụng quốc phòng trị giá 500 triệu USD dành cho Việt Nam. Tháng 7/2023, Ấn Độ trao tặng Hải quân Việt Nam tàu hộ vệ tên lửa INS Kirpan.",
        ),
        ("heading", "3. KẾT LUẬN", 1),
        (
            "paragraph",
            "Trên nền tảng quan hệ truyền thống tốt đẹp, hai nước sẽ tiếp tục mở rộng hợp tác trong các lĩnh vực kinh tế, quốc phòng, năng lượng và khoa học – công nghệ.",
        ),
    ],
}

G_HTML = {
    "id": "pg",
    "shape": "html",
    "blocks": [
        ("title", "Tổng thống Nga Vladimir Putin thăm cấp Nhà nước Việt Nam"),
        (
            "paragraph",
            "Từ ngày 19-20/6/2024, Tổng thống Liên bang Nga Vladimir Putin thăm cấp Nhà nước Việt Nam theo lời mời của Tổng Bí thư Nguyễn Phú Trọng.",
        ),
        (
            "paragraph",
            "Việt Nam và Liên Xô thiết lập quan hệ ngoại giao ngày 30/1/1950. Năm 1994, Việt Nam và Liên bang Nga ký Hiệp ước về các nguyên tắc cơ bản của quan hệ hữu nghị. Hai nước thiết lập quan hệ Đối tác chiến lược năm 2001 và nâng cấp lên Đối tác chiến lược toàn diện năm 2012.",
        ),
        (
            "paragraph",
            "Trong chuyến thăm, hai bên ra Tuyên bố chung về tiếp tục làm sâu sắc quan hệ Đối tác chiến lược toàn diện Việt Nam – Liên bang Nga.",
        ),
    ],
}

DOCS = [A_US, B_REPORT, C_NEWS, D_PARTY, E_NEG, F_INDIA, G_HTML]


# --- renderers ---------------------------------------------------------------------------------


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A PDF text layer: title over two lines, front matter wrapped at 105, body in a 48-column wrap,
    a blank line every 9th body line (mid-paragraph too), a page break with header/footer every 34."""
    from doingoai.clean.encode import unicode_to_tcvn3

    head, issue = doc["header"]
    tcvn3 = {doc["tcvn3"][1]} if doc.get("tcvn3") else set()
    out: list[str] = []
    removed: list[str] = []
    body_lines = 0
    page = 45
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "title":
            words = text.split(" ")
            half = len(words) // 2 + 1
            first, second = " ".join(words[:half]), " ".join(words[half:])
            if doc.get("tcvn3"):
                first, second = unicode_to_tcvn3(first), unicode_to_tcvn3(second)
            out += [" " + first + " ", " " + second, ""]
        elif kind in ("author", "affiliation"):
            out.append(text)
            if kind == "affiliation":
                out.append("")
        elif kind in ("abstract", "keywords"):
            label = {
                ("abstract", "vi"): "Tóm tắt: ",
                ("keywords", "vi"): "Từ khóa: ",
                ("abstract", "en"): " Abstract: ",
                ("keywords", "en"): "Keywords: ",
            }[(kind, b[2])]
            out += [ln + " " for ln in wrap(label + text, 105)]
            if (kind, b[2]) == ("keywords", "vi"):
                out.append("")
        elif kind == "heading":
            lines = wrap(text, 48)  # a long heading wraps in its column
            out += [unicode_to_tcvn3(ln) if text in tcvn3 else ln for ln in lines]
            body_lines += len(lines)
        else:
            lines = wrap(text, 48)
            for i, ln in enumerate(lines):
                out.append(ln + (" " if i < len(lines) - 1 and not ln.endswith("-") else ""))
                body_lines += 1
                if body_lines % 9 == 0 and i < len(lines) - 1:
                    out.append("")  # a blank line inside the paragraph
                if body_lines % 34 == 0:
                    foot = f"{page} {issue}" if page % 2 == 0 else f"{page}{head.split(' ', 2)[-1]}"
                    out += ["", "", "", head, "", foot, ""]
                    removed += [head, foot]
                    page += 1
            out.append("")
    return "\n".join(out) + "\n", sorted(set(removed))


def render_word(doc: dict) -> str:
    """A Word export: lines wrapped at 95, each followed by a blank line; the title over lines."""
    out: list[str] = [""]
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "source":
            out.append("         " + text + " ")
            continue
        for ln in wrap(text, 95 if kind != "title" else 60):
            out.append(ln + " ")
        if kind == "title":
            out.append(" ")
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    out = list(doc.get("preamble", []))
    for b in doc["blocks"]:
        out.append(b[1])
    return "\n\n".join(out) + "\n"


def render_party(doc: dict) -> str:
    out = ["ĐẢNG CỘNG SẢN VIỆT NAM", "*", ""]
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "title":
            words = text.split(" ")
            out += [" ".join(words[:9]), " ".join(words[9:]), ""]
        else:
            out.append(text)
    return "\n".join(out) + "\n"


def render_html(doc: dict) -> str:
    """A news page: a menu, the article (h1, a time, paragraphs), related links and a footer."""
    title = doc["blocks"][0][1]
    paras = "\n".join(f"<p>{b[1]}</p>" for b in doc["blocks"][1:])
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} | Tin tức</title></head>
<body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
<main><article>
<h1>{title}</h1>
<time datetime="2024-06-20">Thứ Năm, 20/06/2024 18:05</time>
{paras}
</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Quan hệ Việt Nam – Nga qua các thời kỳ</a></li>
<li><a href="/b">Tổng Bí thư tiếp Đại sứ Nga</a></li></ul></aside></main>
<footer><p>Bản quyền thuộc về Tòa soạn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>
"""


def render_plain(doc: dict) -> str:
    """A text saved from an e-mail: paragraphs wrapped at 72, a blank line between paragraphs."""
    return "\n\n".join("\n".join(wrap(b[1], 72)) for b in doc["blocks"]) + "\n"


def gold_structure(doc: dict, name: str, removed: list[str]) -> dict:
    blocks = []
    for b in doc["blocks"]:
        d = {"type": b[0], "text": unmark(b[1])}
        if b[0] == "heading":
            d["level"] = b[2]
        elif b[0] in ("abstract", "keywords"):
            d["lang"] = b[2]
        blocks.append(d)
    return {"doc": name, "removed_lines": removed, "blocks": blocks}


def main() -> None:
    for doc in DOCS:
        shape = doc["shape"]
        removed: list[str] = []
        if shape == "journal":
            text, removed = render_journal(doc)
        else:
            text = {
                "word": render_word,
                "news": render_news,
                "party": render_party,
                "plain": render_plain,
                "html": render_html,
            }[shape](doc)
        name = f"{doc['id']}_{shape}." + ("html" if shape == "html" else "txt")
        (HERE / name).write_text(text, encoding="utf-8")
        gold = gold_structure(doc, name, removed)
        (HERE / "gold" / f"structure.{doc['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    # renderings: the journal article as a PDF (page breaks as real pages), the report as a DOCX
    import re

    from doingoai.testing.render import text_to_docx, text_to_pdf

    journal = (HERE / "pa_journal.txt").read_text(encoding="utf-8")
    text_to_pdf(re.sub(r"\n\n\n\n", "\n\f", journal), HERE / "pa_journal.pdf")
    text_to_docx((HERE / "pb_word.txt").read_text(encoding="utf-8"), HERE / "pb_word.docx")


if __name__ == "__main__":
    main()
