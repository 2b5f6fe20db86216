"""Build the 222nd held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout222/build_heldout222.py [--check]

Five short documents on maritime Southeast Asia (Indonesia's G20 presidency of 2022 and ASEAN chair year of
2023, the Vietnamese Embassy in Brunei's year-end report for 2024, the close of the G20 summit in Bali on
16/11/2022, a (fictitious) Vietnam Trade Promotion Agency plan for Indonesia, Malaysia and Brunei in 2026, an
encyclopedia entry on the Brunei – Indonesia – Malaysia – Philippines East ASEAN Growth Area, BIMP-EAGA).
Facts are well-established; authors, journal, page numbers, document numbers, the embassy's local items, the
plan and all quoted words are invented. Events, citations and questions gold are written by hand;
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
    official_text,
    word_text,
)

CWA_INDONESIA = {
    "id": "cwa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU Á – THÁI BÌNH DƯƠNG HÔM NAY – Số 5 (2024)",
    "first_page": 118,
    "break_after": 10,
    "blocks": [
        ("title", "IN-ĐÔ-NÊ-XI-A VỚI HAI NĂM CHỦ TỊCH G20 (2022) VÀ ASEAN (2023)"),
        ("author", "Hoàng Thị Ngọc Ánh"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích cách In-đô-nê-xi-a vận dụng chính sách đối ngoại “tự do và năng động” trong hai năm Chủ tịch liên tiếp.",
            "vi",
        ),
        ("keywords", "In-đô-nê-xi-a; G20; ASEAN; chính sách đối ngoại", "vi"),
        ("heading", "1. Một cường quốc tầm trung", 1),
        (
            "paragraph",
            "Là nước đông dân nhất Đông Nam Á và thành viên duy nhất của khu vực trong Nhóm các nền kinh tế lớn (G20), In-đô-nê-xi-a theo đuổi chính sách đối ngoại “tự do và năng động” từ những năm đầu độc lập. Trong nhiệm kỳ 2019 – 2020, nước này còn là Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc (Trần Minh Tuấn, 2021, tr. 66).",
        ),
        ("heading", "2. Năm Chủ tịch G20", 1),
        (
            "paragraph",
            "Nhận chức Chủ tịch G20 từ ngày 1/12/2021, Gia-các-ta đứng trước thách thức lớn khi xung đột Nga – U-crai-na bùng nổ ngày 24/2/2022. Bất chấp sức ép đòi loại Nga khỏi nhóm, In-đô-nê-xi-a vẫn giữ lời mời đối với Mát-xcơ-va; Tổng thống Giô-cô Uy-đô-đô còn lần lượt thăm Ki-ép và Mát-xcơ-va vào cuối tháng 6/2022. Hội nghị thượng đỉnh tại Ba-li (15 – 16/11/2022) kết thúc bằng một tuyên bố chung mà nhiều nhà quan sát từng cho là “khó có thể đạt được” (Lê Văn Phúc, 2023, tr. 30).",
        ),
        ("heading", "3. Năm Chủ tịch ASEAN và quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Năm 2023, với chủ đề “ASEAN tầm vóc: Tâm điểm tăng trưởng”, In-đô-nê-xi-a tổ chức Hội nghị cấp cao ASEAN lần thứ 42 tại Labuan Bajo và lần thứ 43 tại Gia-các-ta. Việt Nam và In-đô-nê-xi-a, hai đối tác chiến lược từ năm 2013, đã phối hợp chặt chẽ trong năm này, nhất là về vấn đề Mi-an-ma và Biển Đông (Đặng Thu Hà, 2024). Trước đó, nhân chuyến thăm Việt Nam của Tổng thống Giô-cô Uy-đô-đô tháng 12/2022, hai nước đã kết thúc đàm phán phân định ranh giới vùng đặc quyền kinh tế sau 12 năm.",
        ),
    ],
}

CWB_BRUNEI = {
    "id": "cwb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI BRU-NÂY",
        "Số: 41/BC-ĐSQ",
        "Ban-đa Xê-ri Bê-ga-oan, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình quan hệ Việt Nam – Bru-nây năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình quan hệ Việt Nam – Bru-nây năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ Đối tác toàn diện Việt Nam – Bru-nây, được thiết lập năm 2019, tiếp tục phát triển tích cực. Tháng 8/2024, Bộ trưởng Ngoại giao thứ hai Bru-nây sang thăm chính thức Việt Nam và đồng chủ trì Kỳ họp Ủy ban hỗn hợp về hợp tác song phương.",
        ),
        (
            "list_item",
            "2. Nhân dịp này, Tập đoàn Dầu khí Việt Nam và Công ty Dầu khí quốc gia Bru-nây ký Bản ghi nhớ về hợp tác trong lĩnh vực khí tự nhiên hóa lỏng.",
        ),
        (
            "list_item",
            "3. Thương mại hai chiều tăng so với năm ngoái, chủ yếu là dầu thô và sản phẩm hóa dầu Việt Nam nhập từ Bru-nây; hàng xuất khẩu của ta vẫn còn khiêm tốn.",
        ),
        (
            "list_item",
            "4. Phối hợp với Bộ Tài nguyên nguyên sinh và Du lịch Bru-nây tổ chức khóa tập huấn về nuôi trồng thủy sản do chuyên gia Việt Nam giảng dạy cho 30 cán bộ kỹ thuật của bạn.",
        ),
        (
            "list_item",
            "5. Bản ghi nhớ về hợp tác lao động vẫn chưa được hai bên ký kết do còn khác biệt về điều kiện tuyển dụng.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, tổ chức đoàn doanh nghiệp thủy sản và thực phẩm Halal của Việt Nam sang Bru-nây tìm kiếm cơ hội hợp tác.",
        ),
        (
            "list_item",
            "2. Thúc đẩy hai bên sớm ký Bản ghi nhớ về hợp tác lao động và Bản ghi nhớ về hợp tác nghề cá.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao Bru-nây tổ chức các hoạt động kỷ niệm 33 năm thiết lập quan hệ ngoại giao (29/2/1992).",
        ),
    ],
}

CWC_BALI = {
    "id": "cwc",
    "shape": "news",
    "date": "2022-11-16",
    "stamp": "Thứ Tư, 16/11/2022 - 20:30",
    "blocks": [
        ("title", "Hội nghị thượng đỉnh G20 tại Ba-li bế mạc với Tuyên bố chung"),
        (
            "paragraph",
            "Ba-li (TTXVN) – Chiều 16/11, Hội nghị thượng đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) đã bế mạc tại đảo Ba-li, In-đô-nê-xi-a, sau khi các nhà lãnh đạo thông qua Tuyên bố chung.",
        ),
        ("heading", "Đồng thuận khó khăn về U-crai-na", 1),
        (
            "paragraph",
            "Tuyên bố nêu rõ hầu hết các thành viên lên án mạnh mẽ cuộc chiến tại U-crai-na, đồng thời ghi nhận có những quan điểm và đánh giá khác nhau về tình hình cũng như về các biện pháp trừng phạt. Đoàn Nga do Ngoại trưởng Xéc-gây Láp-rốp dẫn đầu, thay cho Tổng thống Vla-đi-mia Pu-tin. Hôm qua, Tổng thống U-crai-na Vô-lô-đi-mia Dê-len-xki đã phát biểu trực tuyến trước hội nghị.",
        ),
        ("heading", "Những cuộc gặp bên lề", 1),
        (
            "paragraph",
            "Trước thềm hội nghị, ngày 14/11, Tổng thống Mỹ Giô Bai-đơn và Chủ tịch Trung Quốc Tập Cận Bình đã có cuộc gặp trực tiếp đầu tiên kể từ khi ông Bai-đơn nhậm chức. Sáng nay, sau khi một tên lửa rơi xuống lãnh thổ Ba Lan gần biên giới với U-crai-na, lãnh đạo các nước G7 và NATO có mặt tại Ba-li đã họp khẩn.",
        ),
        (
            "paragraph",
            "Tại lễ bế mạc, Tổng thống In-đô-nê-xi-a Giô-cô Uy-đô-đô đã trao lại chiếc búa chủ tọa cho Thủ tướng Ấn Độ Na-ren-đra Mô-đi. Ấn Độ sẽ chính thức đảm nhiệm cương vị Chủ tịch G20 từ ngày 1/12 tới.",
        ),
    ],
}

CWD_PLAN = {
    "id": "cwd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC XÚC TIẾN THƯƠNG MẠI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 06/KH-XTTM':<40}Hà Nội, ngày 08 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường In-đô-nê-xi-a,",
        "Ma-lai-xi-a và Bru-nây năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến thương mại tại thị trường In-đô-nê-xi-a, Ma-lai-xi-a và Bru-nây năm 2026",
        ),
        (
            "paragraph",
            "Nhằm tận dụng Hiệp định Thương mại hàng hóa ASEAN (ATIGA) và Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP), có hiệu lực với Việt Nam từ ngày 1/1/2022, Cục Xúc tiến thương mại xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Cục đã tổ chức 3 đoàn doanh nghiệp sang Gia-các-ta, Xu-ra-bay-a và Cu-a-la Lăm-pơ, đồng thời đón 2 đoàn nhà nhập khẩu Ma-lai-xi-a sang làm việc tại Thành phố Hồ Chí Minh. Tuy nhiên, Cục chưa tổ chức được hội chợ chuyên ngành nào tại Bru-nây.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 10 năm nay, tổ chức khu gian hàng Việt Nam tại Hội chợ Trade Expo Indonesia ở Tăng-ơ-rang.",
        ),
        (
            "list_item",
            "2. Phối hợp với Cơ quan Phát triển Ngoại thương Ma-lai-xi-a (MATRADE) tổ chức Diễn đàn kết nối doanh nghiệp Việt Nam – Ma-lai-xi-a về sản phẩm Halal tại Hà Nội.",
        ),
        (
            "list_item",
            "3. Cùng Đại sứ quán Việt Nam tại Bru-nây tổ chức đoàn khảo sát thị trường Ban-đa Xê-ri Bê-ga-oan, giới thiệu thủy sản và cà phê Việt Nam.",
        ),
        (
            "list_item",
            "4. Ký thỏa thuận hợp tác với Phòng Thương mại và Công nghiệp In-đô-nê-xi-a (KADIN) nhân Diễn đàn doanh nghiệp Việt Nam – In-đô-nê-xi-a.",
        ),
        (
            "list_item",
            "5. Không tham gia Triển lãm Halal quốc tế Ma-lai-xi-a (MIHAS) năm 2026 do trùng lịch với các hoạt động xúc tiến trong nước.",
        ),
        (
            "paragraph",
            "Phòng Xúc tiến thương mại khu vực châu Á – châu Phi là đầu mối theo dõi, tổng hợp kết quả thực hiện.",
        ),
    ],
}

CWE_BIMP = {
    "id": "cwe",
    "shape": "entry",
    "blocks": [
        ("title", "Khu vực tăng trưởng Đông ASEAN (BIMP-EAGA)"),
        (
            "paragraph",
            "Khu vực tăng trưởng Đông ASEAN Bru-nây – In-đô-nê-xi-a – Ma-lai-xi-a – Phi-líp-pin (BIMP-EAGA) là sáng kiến hợp tác tiểu vùng do bốn nước chính thức khởi động tại hội nghị cấp bộ trưởng ở thành phố Đa-vao (Phi-líp-pin) ngày 26/3/1994, theo đề xuất của Tổng thống Phi-líp-pin Phi-đen Ra-mốt. Mục tiêu của sáng kiến là thúc đẩy thương mại, đầu tư và du lịch ở những vùng xa trung tâm của bốn nước, vốn gần gũi nhau về địa lý và văn hóa.",
        ),
        ("heading", "Phạm vi", 1),
        (
            "paragraph",
            "Khu vực bao gồm toàn bộ Bru-nây, các tỉnh trên đảo Ca-li-man-tan và Xu-la-vê-xi, quần đảo Ma-lu-cu và vùng Pa-pua của In-đô-nê-xi-a, các bang Xa-ba, Xa-ra-oắc và lãnh thổ liên bang La-bu-an của Ma-lai-xi-a, cùng đảo Min-đa-nao và tỉnh Pa-la-oan của Phi-líp-pin.",
        ),
        ("heading", "Cơ chế hoạt động", 1),
        (
            "paragraph",
            "Hội nghị cấp cao BIMP-EAGA đầu tiên được tổ chức tại Ban-đa Xê-ri Bê-ga-oan năm 2001, bên lề Hội nghị cấp cao ASEAN lần thứ 7; từ đó, lãnh đạo bốn nước thường gặp nhau bên lề các hội nghị cấp cao ASEAN. Trung tâm Điều phối BIMP-EAGA đặt tại Cô-ta Ki-na-ba-lu (Xa-ba). Ngân hàng Phát triển châu Á (ADB) là đối tác phát triển chính, hỗ trợ kỹ thuật và vốn cho nhiều dự án kết nối giao thông trong khu vực.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không thuộc BIMP-EAGA, nhưng tham gia một khuôn khổ tương tự là Chương trình Hợp tác kinh tế Tiểu vùng Mê Công mở rộng (GMS), do ADB khởi xướng năm 1992.",
        ),
    ],
}

DOCS = [CWA_INDONESIA, CWB_BRUNEI, CWC_BALI, CWD_PLAN, CWE_BIMP]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns, every line followed by an
    empty line; the ambassador's signature at the end."""
    return word_text(doc, 72, ["ĐẠI SỨ", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: meta date, nav menu, <article>, <h1>, date line, the lead in
    <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="20:30",
        menu=[("/the-gioi", "Thế giới"), ("/g20", "G20")],
        tags=[("/tag/g20", "G20"), ("/tag/indonesia", "In-đô-nê-xi-a")],
    )


def render_plan(doc: dict) -> str:
    """A ministry department's plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and signature."""
    tail = [
        f"{'Nơi nhận:':<48}CỤC TRƯỞNG",
        f"{'- Lãnh đạo Bộ (để b/c);':<51}(đã ký)",
        "- Lưu: VT, Phòng XTTM CA-CP.",
    ]
    return official_text(doc, 76, tail)


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
        prefix="cw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
