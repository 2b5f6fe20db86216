"""Build the 183rd held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout183/build_heldout183.py [--check]

Five short documents on Vietnam and the Americas: a journal article on Vietnamese people's diplomacy and the
American anti-war movement (1965 – 1973), the (invented) year-end report of the Vietnamese Embassy in Mexico for
2024, General Secretary Nguyễn Phú Trọng's talks with President Barack Obama at the White House (7/7/2015), a
(fictitious) Ministry of Culture, Sports and Tourism plan for Vietnamese Culture Days in Canada in 2026 and, in
place of the encyclopedia entry, a biography ("tiểu sử") of Lê Đức Thọ (1911 – 1990): a lead, a "Tóm tắt quá trình
công tác" list of career stages with years, then headed sections. Facts are well-established; authors, journal,
page numbers, document numbers, quoted words and the report's and plan's items are invented. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    headed_journal,
    news_page,
    plan_text,
    word_text,
)

QRA_ANTIWAR = {
    "id": "qra",
    "shape": "journal",
    "header": "LỊCH SỬ QUAN HỆ QUỐC TẾ – Số 1 (2025)",
    "first_page": 102,
    "break_after": 12,
    "blocks": [
        ("title", "NGOẠI GIAO NHÂN DÂN VIỆT NAM VÀ PHONG TRÀO PHẢN CHIẾN Ở MỸ (1965 – 1973)"),
        ("author", "Tạ Quang Huy"),
        ("affiliation", "Khoa Lịch sử, Trường Đại học Sư phạm Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích mối liên hệ giữa hoạt động ngoại giao nhân dân của Việt Nam và phong trào phản đối chiến tranh ở Mỹ, qua đó làm rõ vai trò của dư luận Mỹ đối với việc kết thúc chiến tranh.",
            "vi",
        ),
        ("keywords", "ngoại giao nhân dân; phong trào phản chiến; Hoa Kỳ; Hiệp định Pa-ri", "vi"),
        ("heading", "1. Những tiếng nói đầu tiên", 1),
        (
            "paragraph",
            "Từ năm 1965, khi Mỹ đưa quân chiến đấu vào miền Nam và mở rộng ném bom miền Bắc, phong trào phản đối chiến tranh ở chính nước Mỹ bắt đầu lan rộng. Ngày 2/11/1965, Norman Morrison, một tín đồ phái Quây-cơ, tự thiêu trước Lầu Năm Góc để phản đối cuộc chiến; hình ảnh anh đi vào thơ Tố Hữu qua bài “Emily, con…” (Vũ Ngọc Lân, 2015, tr. 88). Năm 1967, Tòa án quốc tế xét xử tội ác chiến tranh do nhà triết học Anh Bertrand Russell khởi xướng đã họp tại Xtốc-khôm và lên án Mỹ phạm tội ác chiến tranh ở Việt Nam.",
        ),
        ("heading", "2. Đón tiếp những người bạn Mỹ", 1),
        (
            "paragraph",
            "Ta chủ trương tranh thủ nhân dân Mỹ, phân biệt họ với giới cầm quyền Oa-sinh-tơn. Nhiều đoàn nhà báo, trí thức, nhà hoạt động hòa bình Mỹ đã sang thăm Hà Nội; tháng 7/1972, nữ diễn viên Jane Fonda đến miền Bắc và lên án việc máy bay Mỹ ném bom hệ thống đê điều. Về phía mình, các đoàn đại biểu nhân dân Việt Nam đã gặp gỡ các tổ chức phản chiến Mỹ tại Pa-ri, Xtốc-khôm và nhiều thành phố khác (Nguyễn Thị Kim Dung, 2018).",
        ),
        ("heading", "3. Tác động đến cuộc đàm phán Pa-ri", 1),
        (
            "paragraph",
            "Ngày 15/10/1969, hàng triệu người Mỹ xuống đường trong Ngày Tạm ngừng chiến tranh (Moratorium), cuộc biểu tình phản chiến lớn nhất ở nước này cho đến lúc đó. Sức ép của dư luận, cùng những thắng lợi trên chiến trường, buộc Oa-sinh-tơn phải ký Hiệp định Pa-ri ngày 27/1/1973. Như một nhà hoạt động Mỹ sau này viết, “chúng tôi không chấm dứt được chiến tranh, nhưng chúng tôi khiến nó không thể kéo dài mãi” (Đỗ Thanh Tùng, 2020, tr. 142). Ngày 29/3/1973, những đơn vị quân đội Mỹ cuối cùng rút khỏi miền Nam Việt Nam.",
        ),
    ],
}

QRB_MEXICO = {
    "id": "qrb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI MÊ-HI-CÔ",
        "Số: 97/BC-ĐSQ",
        "Mê-hi-cô, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm 2024, quan hệ hữu nghị và hợp tác nhiều mặt giữa Việt Nam và Mê-hi-cô tiếp tục phát triển thuận lợi. Ngày 1/10, bà Claudia Sheinbaum nhậm chức Tổng thống, trở thành nữ Tổng thống đầu tiên của Mê-hi-cô; Lãnh đạo ta đã gửi điện chúc mừng.",
        ),
        ("heading", "II. KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Tháng 4, phối hợp đón đoàn Ủy ban Đối ngoại của Quốc hội sang thăm và làm việc với Thượng viện Mê-hi-cô.",
        ),
        (
            "list_item",
            "2. Tháng 8, phối hợp với Thương vụ đưa 18 doanh nghiệp Việt Nam tham dự Hội chợ thực phẩm Abastur tại Thủ đô Mê-hi-cô.",
        ),
        (
            "list_item",
            "3. Vận động bang Yucatán ký Biên bản ghi nhớ hợp tác với tỉnh Quảng Nam về du lịch di sản; văn bản được ký trực tuyến ngày 25/9.",
        ),
        (
            "list_item",
            "4. Dự án nhà máy sản xuất tấm pin năng lượng mặt trời của một doanh nghiệp Việt Nam tại bang Nuevo León vẫn chưa được triển khai do vướng thủ tục đầu tư.",
        ),
        ("heading", "III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức các hoạt động kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Mê-hi-cô (19/5/1975 – 19/5/2025), trong đó có buổi gặp mặt hữu nghị tại Thủ đô Mê-hi-cô vào tháng 5.",
        ),
        (
            "list_item",
            "2. Thúc đẩy chuyến thăm Việt Nam của Bộ trưởng Ngoại giao Mê-hi-cô trong năm 2025.",
        ),
        (
            "list_item",
            "3. Phối hợp với Thương vụ vận động doanh nghiệp hai nước tận dụng Hiệp định CPTPP, mà Việt Nam và Mê-hi-cô đều là thành viên.",
        ),
    ],
}

QRC_TRONG = {
    "id": "qrc",
    "shape": "news",
    "date": "2015-07-08",
    "stamp": "Thứ Tư, 08/07/2015 - 07:15",
    "blocks": [
        ("title", "Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Barack Obama"),
        (
            "paragraph",
            "Oa-sinh-tơn (TTXVN) – Ngày 7/7 (giờ địa phương), tại Nhà Trắng, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Hoa Kỳ Barack Obama trong khuôn khổ chuyến thăm chính thức Hoa Kỳ từ ngày 6 đến 10/7.",
        ),
        ("heading", "Chuyến thăm lịch sử", 1),
        (
            "paragraph",
            "Đây là chuyến thăm Hoa Kỳ đầu tiên của một Tổng Bí thư Đảng Cộng sản Việt Nam, diễn ra đúng dịp hai nước kỷ niệm 20 năm bình thường hóa quan hệ. Sau hội đàm, hai nhà lãnh đạo ra Tuyên bố Tầm nhìn chung về quan hệ Việt Nam – Hoa Kỳ, khẳng định tôn trọng Hiến chương Liên hợp quốc, luật pháp quốc tế, thể chế chính trị, độc lập, chủ quyền và toàn vẹn lãnh thổ của nhau.",
        ),
        ("heading", "Thúc đẩy hợp tác kinh tế và quốc phòng", 1),
        (
            "paragraph",
            "Hai bên nhất trí phối hợp để sớm kết thúc đàm phán Hiệp định Đối tác xuyên Thái Bình Dương (TPP) và tiếp tục triển khai Tuyên bố tầm nhìn chung về quan hệ quốc phòng được ký hồi đầu tháng 6 nhân chuyến thăm Việt Nam của Bộ trưởng Quốc phòng Ashton Carter. Phía Việt Nam đề nghị Hoa Kỳ sớm dỡ bỏ hoàn toàn lệnh cấm bán vũ khí sát thương, vốn mới được nới lỏng một phần từ tháng 10/2014.",
        ),
        (
            "paragraph",
            "Tổng thống Obama nhận lời sang thăm Việt Nam vào thời điểm thích hợp. Cùng ngày, Tổng Bí thư đã gặp Phó Tổng thống Joe Biden; trong chương trình chuyến thăm, Tổng Bí thư sẽ gặp lãnh đạo Quốc hội Hoa Kỳ và nói chuyện tại Trung tâm Nghiên cứu Chiến lược và Quốc tế (CSIS).",
        ),
    ],
}

QRD_PLAN = {
    "id": "qrd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VÀ DU LỊCH':<42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 18/KH-BVHTTDL':<42}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tổ chức Những ngày Văn hóa Việt Nam tại Ca-na-đa năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tổ chức Những ngày Văn hóa Việt Nam tại Ca-na-đa năm 2026"),
        (
            "paragraph",
            "Nhằm góp phần làm sâu sắc quan hệ Đối tác toàn diện Việt Nam – Ca-na-đa, được xác lập tháng 11/2017, và quảng bá hình ảnh đất nước, con người Việt Nam tới nhân dân Ca-na-đa, Bộ Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Việt Nam và Ca-na-đa thiết lập quan hệ ngoại giao ngày 21/8/1973 và cùng là thành viên Hiệp định CPTPP. Năm ngoái, Bộ đã tiếp đoàn công tác của Bộ Di sản Ca-na-đa sang làm việc, song hai bên chưa ký được chương trình hợp tác văn hóa giai đoạn mới.",
        ),
        ("heading", "II. NỘI DUNG", 1),
        (
            "list_item",
            "1. Tổ chức Những ngày Văn hóa Việt Nam tại Ốt-ta-oa, Tô-rôn-tô và Môn-trê-an trong tháng 9, gồm chương trình nghệ thuật, triển lãm ảnh và giới thiệu ẩm thực.",
        ),
        (
            "list_item",
            "2. Đoàn nghệ thuật khoảng 40 người do một Thứ trưởng làm trưởng đoàn; nhân dịp này, Thứ trưởng sẽ làm việc với Bộ Di sản Ca-na-đa và Chính quyền tỉnh bang Quê-bếc về hợp tác văn hóa, du lịch.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Ca-na-đa tại Việt Nam tổ chức Tuần phim Ca-na-đa tại Hà Nội và Huế trong tháng 11.",
        ),
        (
            "list_item",
            "4. Đàm phán, ký kết Chương trình hợp tác văn hóa giữa hai nước giai đoạn 2026 – 2030.",
        ),
        (
            "list_item",
            "5. Không tổ chức chương trình biểu diễn tại Van-cu-vơ như dự kiến ban đầu do hạn chế về kinh phí.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, phối hợp với Đại sứ quán Việt Nam tại Ca-na-đa triển khai Kế hoạch này.",
        ),
    ],
}

QRE_LEDUCTHO = {
    "id": "qre",
    "shape": "biography",
    "blocks": [
        ("title", "Lê Đức Thọ (1911 – 1990)"),
        (
            "paragraph",
            "Lê Đức Thọ (tên khai sinh là Phan Đình Khải; 14/10/1911 – 13/10/1990) là nhà hoạt động cách mạng và nhà ngoại giao Việt Nam, Ủy viên Bộ Chính trị Ban Chấp hành Trung ương Đảng từ năm 1955 đến năm 1986, người trực tiếp đàm phán với Hoa Kỳ tại Pa-ri, đi đến ký kết Hiệp định về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam.",
        ),
        ("heading", "Tóm tắt quá trình công tác", 1),
        ("list_item", "- 1911: Sinh tại làng Địch Lễ, huyện Nam Trực, tỉnh Nam Định."),
        ("list_item", "- 1930: Tham gia Đảng Cộng sản Đông Dương; bị thực dân Pháp bắt, đày ra Côn Đảo."),
        (
            "list_item",
            "- Kháng chiến chống Pháp: Công tác ở Nam Bộ, là một trong những người lãnh đạo chủ chốt của Xứ ủy Nam Bộ và Trung ương Cục miền Nam.",
        ),
        (
            "list_item",
            "- 1955 – 1986: Ủy viên Bộ Chính trị; nhiều năm giữ chức Trưởng ban Tổ chức Trung ương.",
        ),
        (
            "list_item",
            "- 1968 – 1973: Cố vấn đặc biệt của Đoàn đại biểu Chính phủ Việt Nam Dân chủ Cộng hòa tại Hội nghị Pa-ri về Việt Nam.",
        ),
        ("list_item", "- 1986 – 1990: Cố vấn Ban Chấp hành Trung ương Đảng."),
        ("heading", "Đàm phán với Hoa Kỳ", 1),
        (
            "paragraph",
            "Hội nghị Pa-ri giữa Việt Nam Dân chủ Cộng hòa và Hoa Kỳ khai mạc ngày 13/5/1968. Từ ngày 21/2/1970, Lê Đức Thọ bắt đầu các cuộc gặp riêng với Cố vấn An ninh quốc gia Mỹ Henry Kissinger ở ngoại ô Pa-ri. Sau cuộc tập kích chiến lược bằng máy bay B-52 vào Hà Nội, Hải Phòng cuối tháng 12/1972, hai bên trở lại bàn đàm phán; ngày 23/1/1973, hai ông ký tắt Hiệp định, và bốn ngày sau văn kiện được ký chính thức tại Pa-ri. Ngày 13/6/1973, ông cùng Kissinger ký Thông cáo chung về việc thi hành Hiệp định.",
        ),
        ("heading", "Giải Nô-ben Hòa bình", 1),
        (
            "paragraph",
            "Ngày 16/10/1973, Ủy ban Nô-ben Na Uy công bố trao Giải Nô-ben Hòa bình năm 1973 cho Lê Đức Thọ và Henry Kissinger. Ông từ chối nhận giải với lý do hòa bình chưa thực sự được lập lại ở Việt Nam, trở thành người duy nhất khước từ giải thưởng này.",
        ),
        ("heading", "Những năm cuối đời", 1),
        (
            "paragraph",
            "Mùa xuân năm 1975, ông được Bộ Chính trị cử vào chiến trường miền Nam, cùng Bộ Chỉ huy chỉ đạo Chiến dịch Hồ Chí Minh. Sau năm 1979, ông trực tiếp theo dõi công tác giúp đỡ cách mạng Cam-pu-chia. Ông qua đời tại Hà Nội ngày 13/10/1990.",
        ),
    ],
}

DOCS = [QRA_ANTIWAR, QRB_MEXICO, QRC_TRONG, QRD_PLAN, QRE_LEDUCTHO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, the bare page number flush right
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, page_label="{}")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 76 columns, an empty line after every line, the
    signature at the end."""
    return word_text(doc, 76, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news agency page (heldout_kit.news_page)."""
    return news_page(
        doc,
        section="Chính trị",
        time="07:15",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/hoa-ky", "Hoa Kỳ"), ("/tag/tong-bi-thu", "Tổng Bí thư")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block (the issuer on two lines), centred two-line title, body
    at 78 columns, "Nơi nhận" and the signature block."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Đại sứ quán Việt Nam tại Ca-na-đa;", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
    )


def render_biography(doc: dict) -> str:
    """A biography ("tiểu sử") copied from an online encyclopedia as text: the title, the lead paragraph, the
    "Tóm tắt quá trình công tác" heading with one "- YEAR: …" career stage a line and no blank lines between them,
    then the section headings and paragraphs one a line, a blank line between blocks."""
    out: list[str] = []
    prev = None
    for b in doc["blocks"]:
        if out and not (b[0] == "list_item" and prev in ("list_item", "heading")):
            out.append("")
        out.append(b[1])
        prev = b[0]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "biography": render_biography,
        },
        prefix="qr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
