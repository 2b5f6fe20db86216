"""Build the hundred-and-thirty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout131/build_heldout131.py [--check]

Five short documents on Vietnam – Israel and the Arab – Israeli normalisations, topics no earlier set has
as its main topic (Vietnam – Israel from the relations of 1993 to VIFTA, the Vietnam National University
of Agriculture's international office on the first half of 2025, the Abraham Accords signed at the White
House on 15/9/2020, a (fictitious) Ministry of Agriculture and Environment plan for cooperation with
Israel in 2026, an encyclopedia entry on the Camp David Accords). Facts are well-established; authors,
journal, page numbers, document numbers, the report's items, the plan and all quoted words are invented.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
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

ORA_ISRAEL = {
    "id": "ora",
    "shape": "journal",
    "header": "NGHIÊN CỨU TRUNG ĐÔNG NGÀY NAY – Số 2 (2025)",
    "first_page": 52,
    "break_after": 8,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – ISRAEL: TỪ NÔNG NGHIỆP CÔNG NGHỆ CAO ĐẾN HIỆP ĐỊNH THƯƠNG MẠI TỰ DO"),
        ("author", "Trịnh Thị Hồng Nhung"),
        ("affiliation", "Khoa Chính trị quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích quá trình phát triển quan hệ Việt Nam – Israel từ năm 1993 và những cơ hội mà Hiệp định VIFTA mang lại cho doanh nghiệp hai nước.",
            "vi",
        ),
        ("keywords", "Israel; VIFTA; nông nghiệp công nghệ cao; Trung Đông", "vi"),
        ("heading", "1. Ba thập kỷ quan hệ", 1),
        (
            "paragraph",
            "Việt Nam và Israel thiết lập quan hệ ngoại giao ngày 12/7/1993. Cuối năm đó, Israel mở Đại sứ quán tại Hà Nội, còn Đại sứ quán Việt Nam tại Tel Aviv được khai trương năm 2009 (Ngô Thanh Sơn, 2017, tr. 63). Tháng 3/2017, Tổng thống Reuven Rivlin thăm cấp Nhà nước Việt Nam; trong các cuộc hội đàm, hai bên nhất trí lấy nông nghiệp công nghệ cao, khoa học và đổi mới sáng tạo làm trụ cột hợp tác.",
        ),
        ("heading", "2. Hiệp định VIFTA", 1),
        (
            "paragraph",
            "Đàm phán Hiệp định Thương mại tự do Việt Nam – Israel (VIFTA) được khởi động tháng 12/2015 và kéo dài gần tám năm. Ngày 25/7/2023, hiệp định được ký tại Hà Nội, trở thành FTA đầu tiên của nước ta với một quốc gia Trung Đông. Sau khi hai bên hoàn tất thủ tục phê chuẩn, VIFTA chính thức có hiệu lực từ ngày 17/11/2024 (Vũ Hải Yến, 2024, tr. 19).",
        ),
        ("heading", "3. Những thách thức", 1),
        (
            "paragraph",
            "Cuộc xung đột giữa Israel và phong trào Hamas bùng phát từ ngày 7/10/2023 đã ảnh hưởng không nhỏ đến thương mại và lao động. Việt Nam kêu gọi các bên kiềm chế và ủng hộ giải pháp hai nhà nước. Dù vậy, doanh nghiệp Israel vẫn “đánh giá cao sức mua của một thị trường hơn 100 triệu dân” (Đỗ Quốc Bảo, 2024, tr. 71). Trong thời gian tới, hai nước cần khai thác hiệu quả VIFTA, nhất là trong nông nghiệp công nghệ cao.",
        ),
    ],
}

ORB_VNUA = {
    "id": "orb",
    "shape": "word",
    "head": [
        "HỌC VIỆN NÔNG NGHIỆP VIỆT NAM",
        "BAN HỢP TÁC QUỐC TẾ",
        "Số: 64/BC-HTQT",
        "Hà Nội, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 1, Học viện cử 120 sinh viên sang thực tập nông nghiệp 11 tháng tại Israel theo chương trình hợp tác với Trung tâm Đào tạo Nông nghiệp Quốc tế Arava (AICAT).",
        ),
        (
            "list_item",
            "2. Ngày 12/3/2025, Đại sứ Israel tại Việt Nam đến thăm và làm việc với Học viện; hai bên trao đổi về việc xây dựng khu trình diễn công nghệ tưới nhỏ giọt.",
        ),
        (
            "list_item",
            "3. Nhân chuyến thăm Israel của đoàn Giám đốc Học viện hồi tháng 5, Học viện và Trường Nông nghiệp thuộc Đại học Hebrew Jerusalem đã ký Biên bản ghi nhớ về đào tạo sau đại học.",
        ),
        (
            "list_item",
            "4. Do xung đột giữa Israel và Iran bùng phát giữa tháng 6, đợt cử 60 sinh viên thứ hai chưa thực hiện được.",
        ),
        (
            "list_item",
            "5. Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) tài trợ 500.000 USD xây dựng phòng thí nghiệm an toàn thực phẩm, dự kiến khởi công trong quý III.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Phối hợp với Đại sứ quán Việt Nam tại Israel theo dõi sát tình hình an ninh, bảo đảm an toàn cho sinh viên đang thực tập.",
        ),
        (
            "list_item",
            "2. Tháng 9, đón đoàn Đại học Hebrew Jerusalem sang khảo sát, chuẩn bị mở chương trình thạc sĩ liên kết.",
        ),
        (
            "list_item",
            "3. Cử đợt sinh viên thứ hai sang Israel khi điều kiện an ninh cho phép.",
        ),
    ],
}

ORC_ABRAHAM = {
    "id": "orc",
    "shape": "news",
    "date": "2020-09-16",
    "stamp": "Thứ Tư, 16/09/2020 - 06:40",
    "blocks": [
        ("title", "Israel ký thỏa thuận bình thường hóa quan hệ với UAE và Bahrain"),
        (
            "paragraph",
            "Oa-sinh-tơn (TTXVN) – Ngày 15/9 (giờ địa phương), tại Nhà Trắng, Israel đã ký các văn kiện bình thường hóa quan hệ với Các Tiểu vương quốc Ả-rập Thống nhất (UAE) và Bahrain, với sự chứng kiến của Tổng thống Mỹ Donald Trump.",
        ),
        ("heading", "Hiệp định Abraham", 1),
        (
            "paragraph",
            "Thủ tướng Israel Benjamin Netanyahu, Ngoại trưởng UAE Abdullah bin Zayed Al Nahyan và Ngoại trưởng Bahrain Abdullatif Al Zayani đã ký Tuyên bố Hiệp định Abraham cùng các văn kiện song phương. Thỏa thuận giữa Israel và UAE được công bố hôm 13/8, còn Bahrain tuyên bố tham gia ngày 11/9.",
        ),
        (
            "paragraph",
            "UAE và Bahrain là những nước Ả-rập thứ ba và thứ tư công nhận Israel, sau Ai Cập năm 1979 và Gioóc-đa-ni năm 1994. Phát biểu tại buổi lễ, ông Trump cho biết nhiều nước khác trong khu vực sẽ sớm đi theo.",
        ),
        ("heading", "Palestine phản đối", 1),
        (
            "paragraph",
            "Chính quyền Palestine lên án các thỏa thuận này, cho rằng chúng đi ngược Sáng kiến Hòa bình Ả-rập năm 2002. Ngay trong lúc diễn ra lễ ký, các tay súng ở Dải Gaza đã bắn rocket vào miền nam Israel.",
        ),
    ],
}

ORD_PLAN = {
    "id": "ord",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 36/KH-BNNMT':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Nhà nước Israel về nông nghiệp công nghệ cao",
        "và quản lý tài nguyên nước năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Nhà nước Israel về nông nghiệp công nghệ cao và quản lý tài nguyên nước năm 2026",
        ),
        (
            "paragraph",
            "Nhằm tận dụng Hiệp định Thương mại tự do Việt Nam – Israel (VIFTA), có hiệu lực từ ngày 17/11/2024, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch hợp tác với Israel năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Israel là quốc gia đi đầu thế giới về công nghệ tưới tiết kiệm và tái sử dụng nước thải. Năm ngoái, Cơ quan Hợp tác phát triển quốc tế Israel (MASHAV) đã đào tạo 30 cán bộ kỹ thuật của Bộ; tuy vậy, Biên bản ghi nhớ về quản lý tài nguyên nước mà hai Bộ đàm phán từ năm 2023 đến nay vẫn chưa được ký.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3/2026, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Israel làm việc với Bộ Nông nghiệp và An ninh lương thực Israel, khảo sát mô hình nông nghiệp sa mạc tại vùng Negev.",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán và ký Biên bản ghi nhớ về quản lý tài nguyên nước, dự kiến vào tháng 6.",
        ),
        (
            "list_item",
            "3. Đề nghị MASHAV tiếp tục mở các khóa đào tạo về tưới nhỏ giọt cho cán bộ các tỉnh Nam Trung Bộ và Tây Nguyên.",
        ),
        (
            "list_item",
            "4. Chưa xem xét đề xuất của doanh nghiệp Israel về dự án khử mặn nước biển trên các đảo trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

ORE_CAMPDAVID = {
    "id": "ore",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Trại David"),
        (
            "paragraph",
            "Hiệp định Trại David là hai văn kiện khung về hòa bình ở Trung Đông do Tổng thống Ai Cập Anwar Sadat và Thủ tướng Israel Menachem Begin ký tại Nhà Trắng ngày 17/9/1978, sau 13 ngày đàm phán bí mật tại khu nghỉ dưỡng Trại David (bang Maryland) dưới sự trung gian của Tổng thống Mỹ Jimmy Carter.",
        ),
        ("heading", "Hiệp ước hòa bình Ai Cập – Israel", 1),
        (
            "paragraph",
            "Trên cơ sở hiệp định, ngày 26/3/1979, hai nước ký Hiệp ước hòa bình tại Oa-sinh-tơn, chấm dứt tình trạng chiến tranh kéo dài từ năm 1948. Israel rút quân khỏi bán đảo Sinai theo từng giai đoạn và hoàn tất việc trao trả vào ngày 25/4/1982. Sadat và Begin cùng được trao giải Nobel Hòa bình năm 1978.",
        ),
        ("heading", "Phản ứng của thế giới Ả-rập", 1),
        (
            "paragraph",
            "Các nước Ả-rập phản đối mạnh mẽ. Năm 1979, Liên đoàn Ả-rập đình chỉ tư cách thành viên của Ai Cập và chuyển trụ sở từ Cai-rô sang Tuy-nít; phải đến năm 1989, Ai Cập mới được khôi phục tư cách thành viên. Ngày 6/10/1981, Tổng thống Sadat bị ám sát trong lễ duyệt binh ở Cai-rô.",
        ),
    ],
}

DOCS = [ORA_ISRAEL, ORB_VNUA, ORC_ABRAHAM, ORD_PLAN, ORE_CAMPDAVID]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "06:40",
        [("/the-gioi", "Thế giới"), ("/trung-dong", "Trung Đông")],
        [("/tag/israel", "Israel"), ("/tag/uae", "UAE")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
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
        prefix="or",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
