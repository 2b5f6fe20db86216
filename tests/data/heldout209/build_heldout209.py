"""Build the two-hundred-and-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout209/build_heldout209.py [--check]

Five short documents on Vietnam, Egypt, Algeria and the liberation movements of Africa and Latin America,
topics the earlier sets do not use as main topics (sixty years of Vietnam – Egypt relations, the people's
diplomacy of the Vietnam Union of Friendship Organisations with Africa and West Asia in 2024, Egypt's
entry into BRICS on 1/1/2024, a (fictitious) Ministry of Industry and Trade plan for trade promotion in
Egypt and Algeria in 2026, and, in place of the encyclopedia entry, a history textbook lesson on Vietnam's
solidarity with the peoples of Africa and Latin America). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the friendship union's and the
ministry's items, the lesson's number and all quoted words but Fidel Castro's are invented. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote
and citation occurs in the documents.
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
    wrap,
)

AXA_EGYPT = {
    "id": "axa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TRUNG ĐÔNG – BẮC PHI – Số 1 (2024)",
    "first_page": 52,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – AI CẬP: SÁU MƯƠI NĂM NHÌN LẠI (1963 – 2023)"),
        ("author", "Bùi Phương Thảo"),
        ("affiliation", "Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ Việt Nam – Ai Cập và nêu một số triển vọng sau khi Ai Cập gia nhập BRICS.",
            "vi",
        ),
        ("keywords", "Ai Cập; Cai-rô; BRICS; TAC; hợp tác địa phương", "vi"),
        ("heading", "1. Nền móng", 1),
        (
            "paragraph",
            "Chủ tịch Hồ Chí Minh từng ba lần đặt chân lên đất Ai Cập, lần đầu vào năm 1911. Năm 1958, Việt Nam Dân chủ Cộng hòa mở cơ quan đại diện thương mại tại Cai-rô, và ngày 1/9/1963 hai nước chính thức thiết lập quan hệ ngoại giao; Ai Cập là nước Ả-rập đầu tiên làm như vậy với Việt Nam (Vương Đình Khang, 2013, tr. 15). Năm sau, Ai Cập mở Đại sứ quán tại Hà Nội.",
        ),
        ("heading", "2. Những chuyến thăm lịch sử", 1),
        (
            "paragraph",
            "Phải hơn nửa thế kỷ sau, quan hệ chính trị mới có bước đột phá. Tháng 9/2016, Ai Cập tham gia Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC). Tổng thống Abdel Fattah Al-Sisi thăm cấp Nhà nước Việt Nam ngày 6 – 7/9/2017, chuyến thăm đầu tiên của một nguyên thủ Ai Cập; đáp lại, cuối tháng 8/2018 Chủ tịch nước Trần Đại Quang thăm cấp Nhà nước Ai Cập. Theo một nhà ngoại giao Ai Cập, hai chuyến thăm đã “đánh thức một tình bạn ngủ quên quá lâu” (Ngô Thanh Sơn, 2019, tr. 64).",
        ),
        ("heading", "3. Những bước đi mới", 1),
        (
            "paragraph",
            "Tháng 7/2023, Phó Thủ tướng Trần Lưu Quang thăm và làm việc tại Ai Cập, dự lễ kỷ niệm 60 năm quan hệ ngoại giao do Đại sứ quán ta tổ chức tại Cai-rô (Lê Minh Hằng, 2024). Tỉnh Ninh Bình đã ký thỏa thuận hợp tác với tỉnh Luxor, còn Hà Nội và Cai-rô đang hoàn thiện thỏa thuận hữu nghị và hợp tác. Ngày 1/1/2024, Ai Cập chính thức trở thành thành viên BRICS. Trong bối cảnh đó, Việt Nam nên sớm đề xuất với phía Ai Cập lập nhóm công tác về thương mại Halal và logistics qua kênh đào Xuy-ê.",
        ),
    ],
}

AXB_VUFO = {
    "id": "axb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "BAN CHÂU PHI – TÂY Á",
        "Số: 64/BC-BCPTA",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác đối ngoại nhân dân với các nước châu Phi – Tây Á năm 2024",
        "và phương hướng năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Công tác đối ngoại nhân dân với các nước châu Phi – Tây Á năm 2024 và phương hướng năm 2025",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 5, đón đoàn Hội Hữu nghị An-giê-ri – Việt Nam sang thăm nhân dịp 70 năm Chiến thắng Điện Biên Phủ; hai bên ký kế hoạch giao lưu nhân dân giai đoạn 2024 – 2026.",
        ),
        (
            "list_item",
            "2. Tháng 7, phối hợp với Hội Hữu nghị Việt Nam – Ai Cập tổ chức tọa đàm “Ai Cập trong BRICS mở rộng”, có Đại sứ Ai Cập tại Việt Nam tham dự.",
        ),
        (
            "list_item",
            "3. Sau cơn bão Yagi hồi tháng 9, các tổ chức nhân dân Ma-rốc và Tuy-ni-di đã quyên góp 50.000 USD hỗ trợ đồng bào vùng lũ các tỉnh phía Bắc.",
        ),
        (
            "list_item",
            "4. Tháng trước, phối hợp với Đại sứ quán An-giê-ri tổ chức kỷ niệm 70 năm Ngày khởi nghĩa giải phóng dân tộc An-giê-ri (1/11/1954 – 1/11/2024).",
        ),
        (
            "list_item",
            "5. Ra tuyên bố ủng hộ nhân dân Pa-le-xtin, kêu gọi ngừng bắn ngay lập tức tại Dải Gaza. Đoàn của Ban chưa tham dự được Diễn đàn nhân dân đoàn kết với Pa-le-xtin tại Cai-rô do tình hình an ninh trong khu vực.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, tổ chức đoàn đại biểu nhân dân Việt Nam sang thăm Ai Cập và An-giê-ri.",
        ),
        (
            "list_item",
            "2. Mời đoàn Hội Hữu nghị Ai Cập – Việt Nam sang dự lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2025).",
        ),
    ],
}

AXC_BRICS = {
    "id": "axc",
    "shape": "news",
    "date": "2024-01-02",
    "stamp": "Thứ Ba, 02/01/2024 - 10:20",
    "blocks": [
        ("title", "Ai Cập và ba nước khác chính thức trở thành thành viên BRICS"),
        (
            "paragraph",
            "Cai-rô (TTXVN) – Từ ngày 1/1/2024, Ai Cập cùng Ê-ti-ô-pi-a, Iran và Các Tiểu vương quốc Ả-rập Thống nhất (UAE) chính thức trở thành thành viên đầy đủ của nhóm các nền kinh tế mới nổi BRICS.",
        ),
        ("heading", "Lần mở rộng đầu tiên sau hơn một thập kỷ", 1),
        (
            "paragraph",
            "Đây là lần mở rộng đầu tiên của nhóm kể từ khi Nam Phi gia nhập năm 2010. Lời mời được các nhà lãnh đạo BRICS đưa ra tại Hội nghị thượng đỉnh lần thứ 15 ở Johannesburg (Nam Phi) ngày 24/8/2023. Ả-rập Xê-út, nước cũng được mời, đến nay chưa xác nhận tư cách thành viên, còn Argentina đã chính thức từ chối tham gia hồi cuối tháng 12.",
        ),
        ("heading", "Nga đảm nhận cương vị Chủ tịch", 1),
        (
            "paragraph",
            "Cùng ngày 1/1, Nga chính thức tiếp nhận vai trò Chủ tịch luân phiên BRICS năm 2024 và dự kiến đăng cai hội nghị thượng đỉnh tại thành phố Kazan vào tháng 10.",
        ),
        (
            "paragraph",
            "Ai Cập, nước đã gia nhập Ngân hàng Phát triển mới (NDB) của BRICS từ năm 2023, kỳ vọng tư cách thành viên sẽ giúp nước này thu hút thêm đầu tư và giảm áp lực thiếu hụt ngoại tệ.",
        ),
    ],
}

AXD_PLAN = {
    "id": "axd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 41/KH-BCT':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường Ai Cập và An-giê-ri năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại thị trường Ai Cập và An-giê-ri năm 2026"),
        (
            "paragraph",
            "Nhằm tận dụng vị trí cửa ngõ của Ai Cập và An-giê-ri đối với thị trường châu Phi và Trung Đông, Bộ Công Thương ban hành Kế hoạch xúc tiến thương mại năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Ai Cập là thành viên BRICS từ ngày 1/1/2024, còn Việt Nam trở thành nước đối tác của nhóm từ tháng 6 năm ngoái. Năm 2025, Bộ đã tổ chức đoàn doanh nghiệp tham dự hội chợ thực phẩm tại Cai-rô; tuy nhiên, đề xuất thành lập Tiểu ban hợp tác thương mại Việt Nam – An-giê-ri vẫn chưa được phía bạn phản hồi.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 3/2026, tổ chức đoàn doanh nghiệp sang Cai-rô và An-giê giao thương, giới thiệu gạo, cà phê, hạt điều và sản phẩm dệt may.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao chuẩn bị nội dung kỳ họp Ủy ban hỗn hợp Việt Nam – Ai Cập, dự kiến tổ chức tại Hà Nội vào tháng 9/2026.",
        ),
        (
            "list_item",
            "3. Nghiên cứu khả năng đàm phán hiệp định thương mại tự do với Ai Cập.",
        ),
        (
            "list_item",
            "4. Đề nghị Cơ quan Kênh đào Xuy-ê xem xét ưu đãi phí cho tàu container chở hàng của doanh nghiệp Việt Nam.",
        ),
        (
            "list_item",
            "5. Không tham gia Hội chợ Quốc tế An-giê năm 2026 do chi phí cao.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại chủ trì, phối hợp với Thương vụ Việt Nam tại Ai Cập và An-giê-ri triển khai Kế hoạch này.",
        ),
    ],
}

AXE_LESSON = {
    "id": "axe",
    "shape": "textbook",
    "lesson": "Bài 12",
    "blocks": [
        ("title", "Bài 12. TÌNH ĐOÀN KẾT CỦA VIỆT NAM VỚI CÁC DÂN TỘC CHÂU PHI VÀ MĨ LATINH"),
        (
            "paragraph",
            "Chiến thắng Điện Biên Phủ năm 1954 đã cổ vũ mạnh mẽ phong trào giải phóng dân tộc ở châu Phi và Mĩ Latinh; ngược lại, Việt Nam cũng nhận được sự ủng hộ to lớn của nhân dân các châu lục này.",
        ),
        ("heading", "1. Phong trào giải phóng dân tộc ở châu Phi và quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Chỉ vài tháng sau chiến thắng Điện Biên Phủ, ngày 1/11/1954, nhân dân An-giê-ri đứng lên khởi nghĩa chống thực dân Pháp. Sau gần tám năm chiến đấu, tháng 3/1962 Pháp phải kí Hiệp định Ê-vi-ăng, công nhận độc lập của An-giê-ri. Ngày 28/10/1962, Việt Nam Dân chủ Cộng hòa và An-giê-ri thiết lập quan hệ ngoại giao; năm sau, Việt Nam thiết lập quan hệ ngoại giao với Ai Cập (1/9/1963).",
        ),
        (
            "paragraph",
            "Năm 1960 được gọi là “Năm châu Phi” với 17 nước tuyên bố độc lập. Ngày 25/5/1963, 32 nước châu Phi độc lập thành lập Tổ chức Thống nhất châu Phi (OAU) tại A-đi A-bê-ba (Ê-ti-ô-pi-a). Năm 1975, các thuộc địa của Bồ Đào Nha lần lượt giành độc lập; ngay trong ngày Mô-dăm-bích tuyên bố độc lập (25/6/1975), Việt Nam đã thiết lập quan hệ ngoại giao với nước này.",
        ),
        ("heading", "EM CÓ BIẾT?", 2),
        (
            "paragraph",
            "Năm 1977, Tổng thống Mô-dăm-bích Xa-mô-ra Mác-sen quyết định đặt tên một đại lộ ở thủ đô Ma-pu-tô là Đại lộ Hồ Chí Minh. Tên đại lộ được giữ đến ngày nay.",
        ),
        ("heading", "2. Cách mạng Cu-ba và tình đoàn kết Việt Nam – Cu-ba", 1),
        (
            "paragraph",
            "Ngày 1/1/1959, cách mạng Cu-ba do Phi-đen Ca-xtơ-rô lãnh đạo giành thắng lợi. Ngày 2/12/1960, Cu-ba trở thành nước đầu tiên ở Tây bán cầu thiết lập quan hệ ngoại giao với Việt Nam. Mĩ tìm mọi cách chống phá cách mạng Cu-ba: tháng 4/1961, lính đánh thuê do Mĩ tổ chức đổ bộ lên bãi biển Hi-rôn và bị đánh tan trong vòng 72 giờ; từ năm 1962, Mĩ thi hành chính sách bao vây, cấm vận kinh tế đối với Cu-ba.",
        ),
        (
            "paragraph",
            "Trong kháng chiến chống Mĩ, cứu nước, nhân dân Cu-ba luôn sát cánh cùng nhân dân Việt Nam. Câu nói của lãnh tụ Phi-đen Ca-xtơ-rô “Vì Việt Nam, Cu-ba sẵn sàng hiến dâng cả máu của mình” đã trở thành biểu tượng của tình đoàn kết giữa hai dân tộc. Tháng 9/1973, Phi-đen Ca-xtơ-rô đến thăm vùng giải phóng Quảng Trị, là nguyên thủ nước ngoài đầu tiên đặt chân tới vùng giải phóng miền Nam Việt Nam.",
        ),
        ("heading", "CÂU HỎI VÀ BÀI TẬP", 1),
        (
            "list_item",
            "1. Trình bày những nét chính của phong trào giải phóng dân tộc ở châu Phi từ năm 1954 đến năm 1975.",
        ),
        ("list_item", "2. Vì sao năm 1960 được gọi là “Năm châu Phi”?"),
        (
            "list_item",
            "3. Nêu những biểu hiện của tình đoàn kết giữa Việt Nam và Cu-ba trong những năm 1960 – 1975.",
        ),
    ],
}

DOCS = [AXA_EGYPT, AXB_VUFO, AXC_BRICS, AXD_PLAN, AXE_LESSON]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "Tr. 52" flush right at the
    page's foot (heldout_kit.headed_journal: title at 50 columns, labels and body at 75)."""
    return headed_journal(doc, title=50, label=75, body=75, page_label="Tr. {}", align=">")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page, every line
    followed by an empty line; the signature "TRƯỞNG BAN / (Đã ký)" at the end."""
    return word_text(doc, 72, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="10:20",
        menu=[("/the-gioi", "Thế giới"), ("/kinh-te-the-gioi", "Kinh tế thế giới")],
        tags=[("/tag/brics", "BRICS"), ("/tag/ai-cap", "Ai Cập")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.plan_text: body at 75 columns, "Nơi nhận" beside the signature."""
    return plan_text(
        doc,
        75,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Thương vụ tại Ai Cập, An-giê-ri;", "- Lưu: VT, XTTM."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
    )


def render_textbook(doc: dict) -> str:
    """A history textbook lesson copied from its PDF: "Bài 12" on a line of its own above the lesson's title
    in capitals, the opening paragraph and the sections' paragraphs wrapped at 70 columns, the numbered
    section headings as they are, the "EM CÓ BIẾT?" box as its label and its text indented by four spaces
    (wrapped at 62), the "CÂU HỎI VÀ BÀI TẬP" exercises with their continuation lines indented by three
    spaces; a blank line after every block."""
    out: list[str] = []
    in_box = False
    for kind, text, *_ in doc["blocks"]:
        if kind == "title":
            out += [doc["lesson"], text.split(". ", 1)[1], ""]
        elif kind == "heading":
            in_box = text == "EM CÓ BIẾT?"
            out += [text, ""]
        elif kind == "list_item":
            lines = wrap(text, 70)
            out += [lines[0], *("   " + ln for ln in lines[1:]), ""]
        elif in_box:
            out += ["    " + ln for ln in wrap(text, 62)] + [""]
            in_box = False
        else:
            out += wrap(text, 70) + [""]
    return "\n".join(out)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "textbook": render_textbook,
        },
        prefix="ax",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
