"""Build the 145th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout145/build_heldout145.py [--check]

Five short documents on the North Pacific island states and the Pacific: a journal article on the freely
associated states of Micronesia and great-power rivalry, a (fictitious) year-end report of the Vietnam
Association of Seafood Exporters and Producers (VASEP) on tuna cooperation with the Pacific island states
in 2024, a news page on the first relief flights to Tonga after the Hunga Tonga – Hunga Ha'apai eruption
(20/1/2022), a (fictitious) Vietnam Red Cross Society plan for disaster cooperation in the Pacific in 2026
and an encyclopedia entry on the Compact of Free Association. Facts are well-established; authors,
journal, page numbers, document numbers, the report's and the plan's items and all quoted words are
invented. Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
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

NVA_MICRONESIA = {
    "id": "nva",
    "shape": "journal",
    "header": "CHÂU Á – THÁI BÌNH DƯƠNG: NGHIÊN CỨU VÀ TRAO ĐỔI – Số 2 (2025)",
    "first_page": 45,
    "break_after": 9,
    "blocks": [
        ("title", "CÁC QUỐC ĐẢO MI-CRÔ-NÊ-XI-A TRONG CẠNH TRANH NƯỚC LỚN Ở THÁI BÌNH DƯƠNG"),
        ("author", "Trương Thị Bích Ngọc"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích vị trí của các quốc đảo vùng Mi-crô-nê-xi-a trong chính sách của Mỹ và Trung Quốc, từ đó gợi mở hướng hợp tác cho Việt Nam.",
            "vi",
        ),
        ("keywords", "Mi-crô-nê-xi-a; Hiệp ước Liên kết tự do; Thái Bình Dương; cá ngừ", "vi"),
        ("heading", "1. Những quốc gia “liên kết tự do”", 1),
        (
            "paragraph",
            "Sau nhiều thập kỷ là lãnh thổ ủy thác do Mỹ quản lý, Quần đảo Mác-san và Liên bang Mi-crô-nê-xi-a ký Hiệp ước Liên kết tự do với Washington, có hiệu lực năm 1986. Hai nước cùng được kết nạp vào Liên hợp quốc ngày 17/9/1991, còn Pa-lau phải đến năm 1994 mới hoàn tất quá trình tương tự (Nguyễn Hải Đăng, 2016, tr. 91). Theo các hiệp ước này, Mỹ chịu trách nhiệm quốc phòng và cung cấp viện trợ kinh tế dài hạn cho ba nước.",
        ),
        ("heading", "2. Cuộc đua giành ảnh hưởng", 1),
        (
            "paragraph",
            "Tháng 9/2019, Ki-ri-ba-ti cắt quan hệ với Đài Loan để thiết lập quan hệ ngoại giao với Trung Quốc, và đến tháng 1/2024, Na-u-ru cũng làm như vậy. Trước sức ép đó, Mỹ ký các thỏa thuận gia hạn viện trợ với Pa-lau và Mi-crô-nê-xi-a tháng 5/2023, với Quần đảo Mác-san tháng 10/2023. Một nhà ngoại giao khu vực nhận xét các quốc đảo “không muốn phải chọn bên” (Phạm Ngọc Lan, 2024, tr. 14).",
        ),
        ("heading", "3. Gợi ý cho Việt Nam", 1),
        (
            "paragraph",
            "Quan hệ của nước ta với các quốc đảo này còn khiêm tốn, chủ yếu qua nhập khẩu cá ngừ nguyên liệu. Việt Nam chưa có cơ quan đại diện tại khu vực Bắc Thái Bình Dương (Đinh Công Minh, 2023). Tác giả cho rằng ta nên tăng cường hợp tác với các nước thành viên Thỏa thuận Nau-ru về quản lý nghề cá ngừ.",
        ),
    ],
}

NVB_VASEP = {
    "id": "nvb",
    "shape": "word",
    "head": [
        "HIỆP HỘI CHẾ BIẾN VÀ XUẤT KHẨU THỦY SẢN VIỆT NAM",
        "Số: 245/BC-VASEP",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Hoạt động hợp tác quốc tế của ngành cá ngừ năm 2024 và định hướng năm 2025"],
    "blocks": [
        (
            "title",
            "BÁO CÁO Hoạt động hợp tác quốc tế của ngành cá ngừ năm 2024 và định hướng năm 2025",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Doanh nghiệp hội viên nhập khẩu khoảng 110 nghìn tấn cá ngừ nguyên liệu, trong đó phần lớn từ các tàu đánh bắt tại vùng biển của Ki-ri-ba-ti, Quần đảo Mác-san và Pa-pua Niu Ghi-nê.",
        ),
        (
            "list_item",
            "2. Tháng 6/2024, đoàn Hiệp hội sang Ma-giu-rô (Quần đảo Mác-san) làm việc với Cơ quan quản lý nguồn lợi biển nước này về nguồn cung cá ngừ có chứng nhận.",
        ),
        (
            "list_item",
            "3. Nhân dịp này, Hiệp hội và Cơ quan Nghề cá Diễn đàn quần đảo Thái Bình Dương (FFA) ký biên bản ghi nhớ về truy xuất nguồn gốc.",
        ),
        (
            "list_item",
            "4. Tháng 9, Hiệp hội đón đoàn công tác của Bộ Tài nguyên thiên nhiên Ki-ri-ba-ti sang khảo sát các nhà máy chế biến ở Bình Định và Khánh Hòa.",
        ),
        (
            "list_item",
            "5. Đề xuất thành lập liên doanh chế biến cá ngừ tại Pa-pua Niu Ghi-nê chưa được các doanh nghiệp thống nhất.",
        ),
        ("heading", "II. ĐỊNH HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với FFA tổ chức hội thảo về chống khai thác bất hợp pháp tại Nha Trang trong quý II.",
        ),
        (
            "list_item",
            "2. Đề nghị Liên minh châu Âu sớm gỡ “thẻ vàng” đối với thủy sản Việt Nam.",
        ),
    ],
}

NVC_TONGA = {
    "id": "nvc",
    "shape": "news",
    "date": "2022-01-21",
    "stamp": "Thứ Sáu, 21/01/2022 - 07:30",
    "blocks": [
        ("title", "Những chuyến bay cứu trợ đầu tiên đến Tôn-ga"),
        (
            "paragraph",
            "Oen-lin-tơn (TTXVN) – Ngày 20/1, máy bay vận tải quân sự của Niu Di-lân và Ô-xtrây-li-a đã hạ cánh xuống sân bay Fua'amotu của Tôn-ga, mang theo nước sạch, thiết bị liên lạc và hàng cứu trợ cho người dân quốc đảo bị ảnh hưởng nặng nề bởi vụ phun trào núi lửa.",
        ),
        ("heading", "Đường băng phủ đầy tro bụi", 1),
        (
            "paragraph",
            "Núi lửa ngầm Hunga Tonga – Hunga Ha'apai phun trào dữ dội ngày 15/1, gây sóng thần tàn phá nhiều khu dân cư ven biển. Các chuyến bay cứu trợ chỉ thực hiện được sau khi lớp tro bụi trên đường băng được dọn sạch. Để ngăn dịch COVID-19, hàng hóa được bàn giao mà không có tiếp xúc trực tiếp với người dân địa phương.",
        ),
        (
            "paragraph",
            "Trước đó, hai tàu hải quân Niu Di-lân đã rời cảng Ốc-lân chở theo nước và hàng thiết yếu. Nhật Bản, Trung Quốc và Mỹ cũng tuyên bố sẽ hỗ trợ Tôn-ga khắc phục hậu quả.",
        ),
        ("heading", "Liên lạc vẫn bị gián đoạn", 1),
        (
            "paragraph",
            "Tuyến cáp quang biển duy nhất nối Tôn-ga với thế giới bị đứt, có thể phải mất nhiều tuần mới sửa chữa xong. Chính phủ Tôn-ga chưa yêu cầu các nước cử lực lượng cứu hộ nước ngoài tới đảo.",
        ),
    ],
}

NVD_PLAN = {
    "id": "nvd",
    "shape": "plan",
    "head": [
        f"{'TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VIỆT NAM':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-TWH':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về ứng phó thảm họa với các đối tác",
        "khu vực Thái Bình Dương năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác quốc tế về ứng phó thảm họa với các đối tác khu vực Thái Bình Dương năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ Chiến lược của Liên đoàn Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế (IFRC) và chương trình công tác năm 2026, Trung ương Hội Chữ thập đỏ Việt Nam xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Hội đã chuyển 20.000 USD hỗ trợ Hội Chữ thập đỏ Va-nu-a-tu khắc phục hậu quả trận động đất ở Cảng Vi-la và tiếp nhận kinh phí của Hội Chữ thập đỏ Ô-xtrây-li-a cho dự án nâng cao năng lực ứng phó bão lũ tại ba tỉnh miền Trung. Tuy nhiên, chưa có hoạt động trao đổi nào với các Hội quốc gia ở Bắc Thái Bình Dương.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 5, cử đoàn cán bộ sang Niu Di-lân học tập kinh nghiệm ứng phó sóng thần và động đất.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận hợp tác giai đoạn 2026 – 2030 với Hội Chữ thập đỏ Nhật Bản nhân chuyến thăm của Chủ tịch Hội này, dự kiến vào tháng 8.",
        ),
        (
            "list_item",
            "3. Đề nghị IFRC hỗ trợ xây dựng kho hàng dự phòng tại Đà Nẵng.",
        ),
        (
            "list_item",
            "4. Sẵn sàng hỗ trợ các Hội quốc gia ở Thái Bình Dương khi xảy ra thảm họa.",
        ),
        (
            "paragraph",
            "Ban Đối ngoại và Phát triển nguồn lực là đầu mối theo dõi, tổng hợp kết quả thực hiện.",
        ),
    ],
}

NVE_COMPACT = {
    "id": "nve",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Liên kết tự do"),
        (
            "paragraph",
            "Hiệp ước Liên kết tự do (Compact of Free Association, COFA) là các hiệp ước quốc tế xác lập quan hệ “liên kết tự do” giữa Hoa Kỳ với ba quốc đảo ở Thái Bình Dương: Liên bang Mi-crô-nê-xi-a, Cộng hòa Quần đảo Mác-san và Cộng hòa Pa-lau.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Sau Chiến tranh thế giới thứ hai, các quần đảo này thuộc Lãnh thổ ủy thác Quần đảo Thái Bình Dương do Mỹ quản lý theo ủy thác của Liên hợp quốc. Hiệp ước với Quần đảo Mác-san có hiệu lực ngày 21/10/1986, với Mi-crô-nê-xi-a ngày 3/11/1986; hiệp ước với Pa-lau có hiệu lực ngày 1/10/1994, cũng là ngày nước này giành độc lập.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Theo các hiệp ước, Mỹ có toàn quyền và trách nhiệm về quốc phòng, an ninh đối với ba nước và có quyền từ chối cho quân đội nước thứ ba tiếp cận. Đổi lại, Mỹ cung cấp viện trợ tài chính, còn công dân ba nước được sống và làm việc tại Mỹ mà không cần thị thực.",
        ),
        ("heading", "Sửa đổi và gia hạn", 1),
        (
            "paragraph",
            "Các điều khoản kinh tế được sửa đổi năm 2003 và gia hạn một lần nữa năm 2023. Tháng 3/2024, Quốc hội Mỹ thông qua khoản ngân sách khoảng 7,1 tỷ USD trong 20 năm cho ba nước.",
        ),
    ],
}

DOCS = [NVA_MICRONESIA, NVB_VASEP, NVC_TONGA, NVD_PLAN, NVE_COMPACT]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "07:30",
        [("/thoi-su", "Thế giới"), ("/the-gioi", "Thế giới")],
        [("/tag/tonga", "Tôn-ga"), ("/tag/cuu-tro", "Cứu trợ")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để biết);", "- Lưu: VT, BĐN."],
        ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "(đã ký)"],
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
        prefix="nv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
