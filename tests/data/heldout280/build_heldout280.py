"""Build the two hundred eightieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout280/build_heldout280.py [--check]

Five short documents on Vietnam and Northeast Asia (China, Japan, South Korea, Mongolia), every one in a
NEW SHAPE with its own renderer in this script: a National Assembly question session transcript
(render_qa), the text of a bilateral agreement as published in a treaty database (render_treaty), a
lecture's slides exported as text (render_slides), a provincial portal's "Hỏi – Đáp" page (render_faq) and
a television news bulletin script (render_radio). Facts are well-established; the session's wording,
deputies, the Vietnam – Mongolia education agreement, the lecturer, cited authors, page numbers, the
citizens' questions, the province's local agreement and the bulletin's Korean item are invented. Gold is
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    bulletin_text,
    faq_page_text,
    qa_session_text,
    slides_text,
    treaty_text,
)

IUA_QA = {
    "id": "iua",
    "shape": "qa",
    "site": "CỔNG THÔNG TIN ĐIỆN TỬ QUỐC HỘI",
    "crumb": "Trang chủ > Kỳ họp > Chất vấn và trả lời chất vấn",
    "session": "QUỐC HỘI KHÓA XV – KỲ HỌP THỨ 8",
    "stamp": "Sáng thứ Tư, ngày 13/11/2024 – Hội trường Diên Hồng, Nhà Quốc hội (từ 8 giờ 00)",
    "blocks": [
        ("title", "PHIÊN CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN: NHÓM VẤN ĐỀ THUỘC LĨNH VỰC NGOẠI GIAO"),
        (
            "paragraph",
            "Phó Chủ tịch Quốc hội Nguyễn Khắc Định (điều hành phiên họp): Thưa các vị đại biểu Quốc hội, sáng nay Quốc hội chất vấn Bộ trưởng Bộ Ngoại giao về quan hệ với các nước láng giềng và đối tác ở Đông Bắc Á. Đề nghị các vị đại biểu hỏi ngắn gọn, không quá một phút.",
        ),
        (
            "paragraph",
            "Đại biểu Hoàng Thị Thu Trang (Đoàn ĐBQH tỉnh Lạng Sơn): Xin hỏi Bộ trưởng, chuyến thăm Trung Quốc của Tổng Bí thư, Chủ tịch nước hồi tháng 8 đã đạt kết quả gì, nhất là về kết nối giao thông qua biên giới?",
        ),
        (
            "paragraph",
            "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn: Xin cảm ơn đại biểu. Tổng Bí thư, Chủ tịch nước Tô Lâm thăm cấp Nhà nước Trung Quốc từ ngày 18 đến 20/8/2024; đây là chuyến thăm nước ngoài đầu tiên của đồng chí trên cương vị mới. Hai bên đã ký nhiều văn kiện hợp tác và nhất trí thúc đẩy kết nối đường sắt khổ tiêu chuẩn Lào Cai – Hà Nội – Hải Phòng. Với Mông Cổ, nhân chuyến thăm cấp Nhà nước của Tổng Bí thư, Chủ tịch nước từ ngày 30/9 đến 1/10/2024, hai nước đã nâng quan hệ lên Đối tác toàn diện, đúng năm kỷ niệm 70 năm thiết lập quan hệ ngoại giao (17/11/1954).",
        ),
        (
            "paragraph",
            "Đại biểu Lương Văn Thành (Đoàn ĐBQH tỉnh Bắc Giang): Việc nâng cấp quan hệ với Nhật Bản và Hàn Quốc đã đem lại lợi ích cụ thể gì cho người lao động của ta?",
        ),
        (
            "paragraph",
            "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn: Năm 2023, ta đã nâng quan hệ với Hàn Quốc (tháng 6) và Nhật Bản (tháng 11) lên Đối tác chiến lược toàn diện. Hàn Quốc hiện là nhà đầu tư nước ngoài lớn nhất tại Việt Nam, còn Nhật Bản là đối tác cung cấp ODA song phương lớn nhất. Bộ Ngoại giao đang phối hợp với các bộ, ngành đề nghị phía Nhật Bản tạo thuận lợi cho lao động Việt Nam khi chuyển sang chế độ tiếp nhận lao động mới thay cho chương trình thực tập sinh kỹ năng.",
        ),
        (
            "paragraph",
            "Đại biểu Hoàng Thị Thu Trang (tranh luận): Tôi xin tranh luận một ý. Ta đã đơn phương miễn thị thực 45 ngày cho công dân Nhật Bản và Hàn Quốc, nhưng người dân ta sang hai nước vẫn phải xin thị thực. Bộ trưởng có giải pháp gì?",
        ),
        (
            "paragraph",
            "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn: Đến nay Nhật Bản chưa miễn thị thực cho người mang hộ chiếu phổ thông Việt Nam. Chúng tôi sẽ tiếp tục đề nghị phía Nhật Bản và Hàn Quốc đơn giản hóa thủ tục cấp thị thực cho công dân ta.",
        ),
        (
            "paragraph",
            "Phó Chủ tịch Quốc hội Nguyễn Khắc Định: Thời gian chất vấn đã hết. Quốc hội đề nghị Chính phủ chỉ đạo Bộ Ngoại giao cụ thể hóa các thỏa thuận cấp cao với Trung Quốc, Nhật Bản, Hàn Quốc và Mông Cổ, báo cáo kết quả tại kỳ họp sau.",
        ),
    ],
}

IUB_TREATY = {
    "id": "iub",
    "shape": "treaty",
    "note": [
        "CƠ SỞ DỮ LIỆU ĐIỀU ƯỚC QUỐC TẾ",
        "Số: 12/2025/TB-LPQT | Ngày ký: 10/3/2025 | Có hiệu lực từ ngày: 24/4/2025 | Tình trạng: Còn hiệu lực",
    ],
    "title_lines": [
        "HIỆP ĐỊNH",
        "GIỮA",
        "CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "VÀ",
        "CHÍNH PHỦ MÔNG CỔ",
        "VỀ HỢP TÁC TRONG LĨNH VỰC GIÁO DỤC",
    ],
    "signatures": [
        ("THAY MẶT CHÍNH PHỦ", "THAY MẶT CHÍNH PHỦ"),
        ("NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "MÔNG CỔ"),
        ("", ""),
        ("Phạm Quang Thiều", "Tsogtbaatar Ganzorig"),
        ("Thứ trưởng Bộ Giáo dục và Đào tạo", "Thứ trưởng Bộ Giáo dục"),
    ],
    "blocks": [
        (
            "title",
            "HIỆP ĐỊNH GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ MÔNG CỔ VỀ HỢP TÁC TRONG LĨNH VỰC GIÁO DỤC",
        ),
        (
            "paragraph",
            "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Mông Cổ (sau đây gọi là “các Bên”),",
        ),
        (
            "paragraph",
            "Xét rằng quan hệ hữu nghị truyền thống giữa hai nước, được thiết lập ngày 17 tháng 11 năm 1954, đã và đang phát triển tốt đẹp;",
        ),
        (
            "paragraph",
            "Mong muốn tăng cường hợp tác trong lĩnh vực giáo dục trên cơ sở bình đẳng và cùng có lợi,",
        ),
        ("paragraph", "Đã thỏa thuận như sau:"),
        ("heading", "Điều 1. Lĩnh vực hợp tác", 1),
        (
            "list_item",
            "1. Các Bên khuyến khích trao đổi giảng viên, nhà nghiên cứu và sinh viên giữa các cơ sở giáo dục đại học của hai nước.",
        ),
        (
            "list_item",
            "2. Hằng năm, mỗi Bên cấp cho công dân của Bên kia tối đa 20 suất học bổng đại học và sau đại học.",
        ),
        (
            "list_item",
            "3. Các Bên hỗ trợ việc giảng dạy tiếng Việt tại Mông Cổ và tiếng Mông Cổ tại Việt Nam.",
        ),
        ("heading", "Điều 2. Cơ quan thực hiện", 1),
        (
            "paragraph",
            "Bộ Giáo dục và Đào tạo nước Cộng hòa xã hội chủ nghĩa Việt Nam và Bộ Giáo dục Mông Cổ là cơ quan thực hiện Hiệp định này.",
        ),
        ("heading", "Điều 3. Giải quyết bất đồng", 1),
        (
            "paragraph",
            "Mọi bất đồng phát sinh từ việc giải thích hoặc thực hiện Hiệp định này được giải quyết thông qua tham vấn và thương lượng giữa các Bên qua đường ngoại giao.",
        ),
        ("heading", "Điều 4. Hiệu lực và thời hạn", 1),
        (
            "list_item",
            "1. Hiệp định này có hiệu lực kể từ ngày nhận được thông báo sau cùng qua đường ngoại giao về việc các Bên đã hoàn tất thủ tục pháp lý nội bộ.",
        ),
        (
            "list_item",
            "2. Hiệp định có thời hạn 05 năm và mặc nhiên được gia hạn từng thời hạn 05 năm tiếp theo, trừ khi một Bên thông báo bằng văn bản cho Bên kia ý định chấm dứt ít nhất 06 tháng trước khi hết hạn.",
        ),
        (
            "paragraph",
            "Làm tại Hà Nội, ngày 10 tháng 3 năm 2025, thành hai bản, mỗi bản bằng tiếng Việt, tiếng Mông Cổ và tiếng Anh; các văn bản có giá trị như nhau. Trường hợp có sự giải thích khác nhau, văn bản tiếng Anh được dùng làm cơ sở.",
        ),
    ],
}

IUC_SLIDES = {
    "id": "iuc",
    "shape": "slides",
    "slides": [
        [
            ("title", "QUAN HỆ VIỆT NAM – ĐÔNG BẮC Á SAU CHIẾN TRANH LẠNH"),
            ("paragraph", "Bài 5 – Học phần: Quan hệ quốc tế ở Đông Á"),
            ("author", "TS. Đặng Thu Hà"),
            ("affiliation", "Khoa Chính trị quốc tế, Học viện Ngoại giao"),
            ("paragraph", "Học kỳ II, năm học 2024 – 2025"),
        ],
        [
            ("heading", "1. Trung Quốc: từ bình thường hóa đến đối tác", 1),
            ("list_item", "18/1/1950: thiết lập quan hệ ngoại giao", 0),
            ("list_item", "11/1991: bình thường hóa quan hệ", 0),
            ("list_item", "Hiệp ước biên giới trên đất liền: ký 30/12/1999", 1),
            ("list_item", "Hiệp định phân định Vịnh Bắc Bộ: ký 25/12/2000", 1),
            ("list_item", "2008: Đối tác hợp tác chiến lược toàn diện", 0),
        ],
        [
            ("heading", "2. Nhật Bản và Hàn Quốc", 1),
            ("list_item", "Nhật Bản: lập quan hệ ngoại giao 21/9/1973", 0),
            ("list_item", "11/1992: nối lại viện trợ ODA cho VN", 1),
            ("list_item", "EPA song phương: ký 25/12/2008 (Vũ Thị Lan Anh, 2018)", 1),
            ("list_item", "Hàn Quốc: lập quan hệ ngoại giao 22/12/1992", 0),
            ("list_item", "VKFTA: ký 5/5/2015", 1),
            (
                "list_item",
                "Cả hai là “nguồn vốn và công nghệ hàng đầu” của VN (Nguyễn Hoàng Nam, 2021, tr. 88)",
                0,
            ),
        ],
        [
            ("heading", "3. Dòng thời gian nâng cấp quan hệ", 1),
            ("list_item", "23/6/2023: Hàn Quốc – Đối tác chiến lược toàn diện", 0),
            ("list_item", "27/11/2023: Nhật Bản – Đối tác chiến lược toàn diện", 0),
            ("list_item", "12/12/2023: Trung Quốc – xây dựng Cộng đồng chia sẻ tương lai", 0),
            ("list_item", "1/10/2024: Mông Cổ – Đối tác toàn diện", 0),
        ],
        [
            ("heading", "4. Kênh đa phương", 1),
            ("list_item", "APEC: VN đăng cai năm 2006 (Hà Nội), 2017 (Đà Nẵng)", 0),
            ("list_item", "RCEP: ký 15/11/2020, VN chủ trì hội nghị trực tuyến", 0),
            ("list_item", "thành viên gồm cả TQ, NB, HQ", 1),
            ("list_item", "Chưa có FTA song phương VN – TQ (Trịnh Quốc Bảo, 2023)", 0),
        ],
        [
            ("heading", "Tài liệu tham khảo", 1),
            (
                "reference",
                "Nguyễn Hoàng Nam (2021), Việt Nam và Đông Bắc Á, Nxb. Chính trị quốc gia Sự thật, Hà Nội.",
            ),
            (
                "reference",
                "Trịnh Quốc Bảo (2023), “Thương mại Việt – Trung sau RCEP”, Tạp chí Kinh tế châu Á, số 4.",
            ),
            (
                "reference",
                "Vũ Thị Lan Anh (2018), Quan hệ kinh tế Việt Nam – Nhật Bản, Nxb. Thế giới, Hà Nội.",
            ),
        ],
        [
            ("heading", "Câu hỏi thảo luận", 1),
            ("list_item", "1. Vì sao năm 2023 là năm “nâng cấp” với Đông Bắc Á?", None),
            ("list_item", "2. So sánh vai trò của Nhật Bản và Hàn Quốc đối với VN.", None),
        ],
    ],
}
IUC_SLIDES["blocks"] = [b for s in IUC_SLIDES["slides"] for b in s]

IUD_FAQ = {
    "id": "iud",
    "shape": "faq",
    "site": "CỔNG THÔNG TIN ĐIỆN TỬ SỞ NGOẠI VỤ TỈNH LẠNG SƠN",
    "crumb": "Trang chủ » Hỏi – Đáp » Biên giới, lãnh sự",
    "footer": "© Sở Ngoại vụ tỉnh Lạng Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
    "blocks": [
        ("title", "HỎI – ĐÁP"),
        (
            "paragraph",
            "Câu hỏi: Ông Hoàng Văn Pảo (thị trấn Đồng Đăng, huyện Cao Lộc), ngày 04/3/2024: Xin cho biết các văn kiện pháp lý về biên giới trên đất liền Việt Nam – Trung Quốc hiện hành được ký khi nào?",
        ),
        (
            "paragraph",
            "Trả lời: Ngày 18/11/2009, tại Bắc Kinh, hai nước đã ký ba văn kiện: Nghị định thư phân giới cắm mốc, Hiệp định về quy chế quản lý biên giới và Hiệp định về cửa khẩu và quy chế quản lý cửa khẩu biên giới trên đất liền. Ba văn kiện được phê duyệt theo quy định và có hiệu lực từ ngày 14/7/2010. Việc ký kết, phê duyệt điều ước quốc tế hiện do Luật Điều ước quốc tế năm 2016 điều chỉnh.",
        ),
        (
            "paragraph",
            "Câu hỏi: Bà Nông Thị Huệ (thành phố Lạng Sơn), ngày 19/3/2024: Ủy ban nhân dân tỉnh có được ký thỏa thuận với chính quyền địa phương của Trung Quốc không?",
        ),
        (
            "paragraph",
            "Trả lời: Theo Luật Thỏa thuận quốc tế năm 2020, Ủy ban nhân dân cấp tỉnh được ký thỏa thuận quốc tế nhân danh mình với cơ quan chính quyền địa phương của nước ngoài, sau khi lấy ý kiến Bộ Ngoại giao và các cơ quan liên quan. Tháng 4/2023, Ủy ban nhân dân tỉnh đã ký biên bản hợp tác về quản lý cửa khẩu với Chính quyền Khu tự trị dân tộc Choang Quảng Tây. Tỉnh chưa ký thỏa thuận quốc tế nào với địa phương của Mông Cổ.",
        ),
        (
            "paragraph",
            "Câu hỏi: Anh Vi Văn Toàn (huyện Chi Lăng), ngày 02/4/2024: Công dân Hàn Quốc sang Lạng Sơn du lịch có phải xin thị thực không?",
        ),
        (
            "paragraph",
            "Trả lời: Theo Nghị quyết số 127/NQ-CP ngày 14/8/2023 của Chính phủ, công dân Hàn Quốc và Nhật Bản được miễn thị thực với thời hạn tạm trú 45 ngày. Quý II/2024, Sở sẽ phối hợp với Đại sứ quán Hàn Quốc tổ chức hội nghị xúc tiến du lịch tại tỉnh.",
        ),
    ],
    "units": {
        2: "Phòng Quản lý biên giới – Sở Ngoại vụ",
        4: "Phòng Hợp tác quốc tế – Sở Ngoại vụ",
        6: "Phòng Lãnh sự – Sở Ngoại vụ",
    },
}

IUE_RADIO = {
    "id": "iue",
    "shape": "radio",
    "head": [
        "ĐÀI TRUYỀN HÌNH VIỆT NAM – VTV1",
    ],
    "stamp": "Thứ Hai, ngày 14/4/2025 | Lên sóng: 19:00",
    "closing": "Chương trình Thời sự 19 giờ đến đây xin tạm dừng. Xin chào và hẹn gặp lại quý vị!",
    "blocks": [
        ("title", "CHƯƠNG TRÌNH THỜI SỰ 19 GIỜ"),
        ("heading", "1. TỔNG BÍ THƯ, CHỦ TỊCH TRUNG QUỐC THĂM CẤP NHÀ NƯỚC VIỆT NAM", 1),
        (
            "paragraph",
            "PTV: Kính chào quý vị. Chiều nay, Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình đã đến Hà Nội, bắt đầu chuyến thăm cấp Nhà nước Việt Nam trong hai ngày mười bốn và mười lăm tháng Tư. Đây là lần thứ tư ông thăm Việt Nam trên cương vị lãnh đạo cao nhất.",
        ),
        (
            "paragraph",
            "PV: Ngay sau lễ đón, Tổng Bí thư Tô Lâm đã hội đàm với Tổng Bí thư, Chủ tịch Tập Cận Bình. Hai bên nhất trí làm sâu sắc hơn nữa quan hệ Đối tác hợp tác chiến lược toàn diện, đẩy nhanh kết nối đường sắt giữa hai nước. Kết thúc hội đàm, hai nhà lãnh đạo chứng kiến lễ trao các văn kiện hợp tác.",
        ),
        (
            "paragraph",
            "BĂNG: (Tiếng ông Nguyễn Vinh Quang, Viện Nghiên cứu Trung Quốc) “Chuyến thăm diễn ra đúng dịp kỷ niệm bảy mươi lăm năm thiết lập quan hệ ngoại giao, nên có ý nghĩa rất đặc biệt.”",
        ),
        ("heading", "2. VIỆT NAM TẠI EXPO 2025", 1),
        (
            "paragraph",
            "PTV: Thưa quý vị, chiều qua, Triển lãm thế giới EXPO 2025 đã khai mạc tại thành phố Ô-xa-ca, Nhật Bản. Việt Nam tham gia với một khu trưng bày riêng, giới thiệu văn hóa và tiềm năng đầu tư.",
        ),
        ("heading", "3. HÀN QUỐC HỖ TRỢ MIỀN TRUNG", 1),
        (
            "paragraph",
            "PTV: Sáng nay, tại Huế, Cơ quan Hợp tác quốc tế Hàn Quốc KOICA đã bàn giao dự án cảnh báo lũ sớm trị giá hai triệu đô-la Mỹ. Dự án nằm trong chuỗi hoạt động chào mừng ba mươi ba năm quan hệ ngoại giao Việt Nam – Hàn Quốc.",
        ),
    ],
}

DOCS = [IUA_QA, IUB_TREATY, IUC_SLIDES, IUD_FAQ, IUE_RADIO]


def render_qa(doc: dict) -> str:
    """A National Assembly question session copied from the Assembly's portal: the site line, the breadcrumb,
    the session line, the title, the date-time-place line, then the chair's and every deputy's and the
    minister's turn ("Name (delegation):" and the speech) one a line with blank lines between."""
    return qa_session_text(doc, [doc["site"], doc["crumb"], "", doc["session"]])


def render_treaty(doc: dict) -> str:
    """A bilateral agreement as published in the treaty database, copied as text: the database note, the
    centred title lines (76 columns), the preamble and articles wrapped at 76 columns ("Điều N." headings,
    numbered clauses), a blank line after each, then the two signature columns side by side."""
    return treaty_text(doc, 76, wrapped=True)


def render_slides(doc: dict) -> tuple[str, list[str]]:
    """Slides saved as an outline: a "Slide N" marker before each slide, the title slide's lines as they are,
    slide titles, bullets "•" (level 0) and "–" (level 1, indented three spaces), numbered items and
    references as they are,
    a blank line between slides. The markers are what layout repair must remove."""
    return slides_text(doc, "Slide {n}", (("• ", "  "), ("   – ", "     ")))


def render_faq(doc: dict) -> str:
    """A provincial portal's "Hỏi – Đáp" page copied as text: the site line, the breadcrumb, the section title,
    then every question ("Câu hỏi:" on its own line, the asker and question under it) and answer ("Trả lời:"
    on its own line), the answering unit under each answer, a rule between pairs, the footer."""
    return faq_page_text(doc, split=True, rule="-----")


def render_radio(doc: dict) -> str:
    """A television news bulletin script: the channel line, the programme title, the date and airtime line,
    item headings, "PTV:"/"PV:"/"BĂNG:" segments one a line with blank lines between (a "BĂNG:" caption
    "(Tiếng ông …)" on its own line above the quoted speech), the closing line."""
    return bulletin_text(doc, doc["head"], [doc["stamp"]])


RENDER = {
    "qa": render_qa,
    "treaty": render_treaty,
    "slides": render_slides,
    "faq": render_faq,
    "radio": render_radio,
}


def main() -> int:
    return build_and_check(HERE, DOCS, RENDER, prefix="iu", rendered=True, removing_shapes=("slides",))


if __name__ == "__main__":
    sys.exit(main())
