"""Build the hundred-and-thirty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout139/build_heldout139.py [--check]

Five short documents on topics the earlier sets do not use (Uzbekistan's foreign policy from
independence to the EAEU observer status and its relations with Vietnam, the international office of
Nông Lâm University in Hồ Chí Minh City in 2024, Uzbekistan and Cuba become EAEU observers on
11/12/2020, a (fictitious) Ministry of Agriculture and Environment plan for cooperation with Uzbekistan
in 2026, an encyclopedia entry on the Shanghai Cooperation Organisation). Facts are well-established;
authors, journal, page numbers, document numbers, the university's items and all quoted words are
invented, the ministry plan is fictitious. Events, citations and questions gold are written by hand;
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

OZA_UZBEK = {
    "id": "oza",
    "shape": "journal",
    "header": "NGHIÊN CỨU NGA VÀ TRUNG Á – Số 2 (2025)",
    "first_page": 17,
    "break_after": 11,
    "blocks": [
        ("title", "UZBEKISTAN: CHÍNH SÁCH ĐỐI NGOẠI RỘNG MỞ VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Hoàng Văn Khải"),
        ("affiliation", "Viện Nghiên cứu Châu Âu, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích những điều chỉnh trong chính sách đối ngoại của Uzbekistan và triển vọng quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Uzbekistan; Trung Á; Liên minh Kinh tế Á – Âu; SCO", "vi"),
        ("heading", "1. Một quốc gia trung tâm của Trung Á", 1),
        (
            "paragraph",
            "Tuyên bố độc lập ngày 31/8/1991, Uzbekistan cùng mười nước cộng hòa thuộc Liên Xô cũ ký Nghị định thư An-ma A-ta ngày 21/12/1991, trở thành thành viên sáng lập Cộng đồng các quốc gia độc lập (SNG). Ngày 2/3/1992, nước này được kết nạp vào Liên hợp quốc. Năm 2001, Tashkent cùng Trung Quốc, Nga, Kazakhstan, Kyrgyzstan và Tajikistan thành lập Tổ chức Hợp tác Thượng Hải (Phạm Thanh Tùng, 2016, tr. 41).",
        ),
        ("heading", "2. Từ thận trọng đến rộng mở", 1),
        (
            "paragraph",
            "Dưới thời Tổng thống Islam Karimov, Uzbekistan theo đuổi đường lối khá khép kín; năm 2012, nước này đình chỉ tư cách thành viên Tổ chức Hiệp ước An ninh tập thể (CSTO). Từ cuối năm 2016, Tổng thống Shavkat Mirziyoyev chủ trương cải thiện quan hệ với các nước láng giềng, đặc biệt là giải quyết các vấn đề biên giới với Kyrgyzstan và Tajikistan. Tháng 12/2020, Uzbekistan trở thành quan sát viên của Liên minh Kinh tế Á – Âu (EAEU), song đến nay vẫn chưa gia nhập tổ chức này với tư cách thành viên đầy đủ (Ngô Thị Thu, 2022).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Uzbekistan thiết lập quan hệ ngoại giao ngày 17/1/1992. Hiệp định Thương mại tự do giữa Việt Nam và EAEU, có hiệu lực từ ngày 5/10/2016, được giới nghiên cứu Uzbekistan theo dõi sát, bởi theo họ, thị trường Việt Nam là “cánh cửa mở ra toàn bộ khu vực ASEAN” (Lưu Minh Đức, 2023, tr. 88). Tuy vậy, kim ngạch thương mại song phương còn khiêm tốn. Trong thời gian tới, hai nước nên sớm mở đường bay thẳng và thúc đẩy hợp tác trong dệt may, dược phẩm và du lịch.",
        ),
    ],
}

OZB_UNIVERSITY = {
    "id": "ozb",
    "shape": "word",
    "head": [
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG ĐẠI HỌC NÔNG LÂM TP. HỒ CHÍ MINH",
        "PHÒNG QUAN HỆ QUỐC TẾ",
        "Số: 312/BC-ĐHNL-QHQT",
        "TP. Hồ Chí Minh, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 3/2024, đoàn cán bộ của Trường do Phó Hiệu trưởng dẫn đầu sang Tashkent dự hội thảo về nông nghiệp thích ứng với hạn hán; nhân dịp này, Trường ký Biên bản ghi nhớ với Đại học Nông nghiệp quốc gia Tashkent về trao đổi giảng viên và sinh viên.",
        ),
        (
            "list_item",
            "2. Trường tiếp nhận 6 sinh viên Uzbekistan theo học chương trình thạc sĩ ngành khoa học cây trồng; đây là khóa đầu tiên có học viên đến từ khu vực Trung Á.",
        ),
        (
            "list_item",
            "3. Dự án tăng cường năng lực giảng dạy về nông nghiệp số, do Chương trình Erasmus+ của Liên minh châu Âu tài trợ, tiếp tục được thực hiện cùng các đối tác ở Ba Lan và Tây Ban Nha.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Uzbekistan tại Việt Nam đến thăm Trường, bày tỏ mong muốn mở rộng hợp tác nghiên cứu giống bông và dâu tằm.",
        ),
        (
            "list_item",
            "5. Chương trình liên kết đào tạo với Đại học Samarkand chưa được Bộ Giáo dục và Đào tạo phê duyệt.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Đón đoàn Đại học Nông nghiệp quốc gia Tashkent sang thăm và giảng dạy ngắn hạn vào tháng 4 năm sau.",
        ),
        (
            "list_item",
            "2. Hoàn thiện hồ sơ chương trình liên kết với Đại học Samarkand, trình Bộ phê duyệt trong năm 2025.",
        ),
        (
            "list_item",
            "3. Tìm kiếm tài trợ của Cơ quan Hợp tác quốc tế Nhật Bản (JICA) cho phòng thí nghiệm công nghệ sinh học.",
        ),
    ],
}

OZC_EAEU = {
    "id": "ozc",
    "shape": "news",
    "date": "2020-12-12",
    "stamp": "Thứ Bảy, 12/12/2020 - 08:10",
    "blocks": [
        ("title", "Uzbekistan và Cuba trở thành quan sát viên của Liên minh Kinh tế Á – Âu"),
        (
            "paragraph",
            "Mát-xcơ-va (TTXVN) – Ngày 11/12/2020, Hội đồng Kinh tế Á – Âu tối cao đã nhất trí trao quy chế quan sát viên của Liên minh Kinh tế Á – Âu (EAEU) cho Uzbekistan và Cuba tại phiên họp trực tuyến do Tổng thống Bê-la-rút Alexander Lukashenko chủ trì.",
        ),
        ("heading", "Bước đi thận trọng của Tashkent", 1),
        (
            "paragraph",
            "Quyết định xin quy chế quan sát viên đã được Hạ viện Uzbekistan thông qua hồi tháng 5. Giới chức Tashkent nhấn mạnh nước này chưa có kế hoạch trở thành thành viên chính thức, mà trước hết muốn tìm hiểu các quy định của liên minh. Trước đó, Môn-đô-va là nước đầu tiên nhận quy chế quan sát viên, vào tháng 5/2018.",
        ),
        ("heading", "Liên minh mở rộng quan hệ đối ngoại", 1),
        (
            "paragraph",
            "EAEU hiện gồm Nga, Ca-dắc-xtan, Bê-la-rút, Ác-mê-ni-a và Cư-rơ-gư-xtan. Liên minh đã ký hiệp định thương mại tự do với Việt Nam năm 2015, đây là hiệp định đầu tiên của EAEU với một đối tác bên ngoài, và sau đó với Xin-ga-po, Xéc-bi-a.",
        ),
        (
            "paragraph",
            "Tại phiên họp, các nhà lãnh đạo cũng thông qua Chiến lược phát triển hội nhập kinh tế Á – Âu đến năm 2025 và nhất trí Ca-dắc-xtan sẽ giữ chức chủ tịch luân phiên năm 2021.",
        ),
    ],
}

OZD_PLAN = {
    "id": "ozd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 08/KH-BNNMT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác nông nghiệp và tài nguyên nước",
        "với Cộng hòa Uzbekistan năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác nông nghiệp và tài nguyên nước với Cộng hòa Uzbekistan năm 2026",
        ),
        (
            "paragraph",
            "Nhằm khai thác các cơ hội mở ra từ Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu và quy chế quan sát viên của Uzbekistan tại Liên minh này, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH HỢP TÁC", 1),
        (
            "paragraph",
            "Uzbekistan là một trong những nước sản xuất bông lớn của thế giới và có nhiều kinh nghiệm về tưới tiết kiệm nước. Năm ngoái, hai bên đã tổ chức trao đổi đoàn chuyên gia về thủy lợi; doanh nghiệp Uzbekistan cũng bắt đầu nhập khẩu gạo và hạt điều của Việt Nam. Tuy nhiên, Việt Nam chưa ký với Uzbekistan hiệp định về kiểm dịch thực vật.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Trong quý II, cử đoàn công tác sang Tashkent và Samarkand làm việc với Bộ Nông nghiệp và Bộ Tài nguyên nước Uzbekistan.",
        ),
        (
            "list_item",
            "2. Đàm phán và ký Thỏa thuận hợp tác về kiểm dịch thực vật, dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Uzbekistan hỗ trợ giống bông chịu hạn để khảo nghiệm tại Ninh Thuận.",
        ),
        (
            "list_item",
            "4. Chưa tổ chức Diễn đàn doanh nghiệp nông nghiệp Việt Nam – Trung Á trong năm 2026.",
        ),
        (
            "list_item",
            "5. Phối hợp với Đại sứ quán Uzbekistan tại Hà Nội tổ chức hội thảo về tưới tiết kiệm nước tại Ninh Thuận vào tháng 8.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch.",
        ),
    ],
}

OZE_SCO = {
    "id": "oze",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Hợp tác Thượng Hải"),
        (
            "paragraph",
            "Tổ chức Hợp tác Thượng Hải (SCO) là tổ chức hợp tác khu vực về chính trị, an ninh và kinh tế, được thành lập tại Thượng Hải ngày 15/6/2001. Tiền thân của tổ chức là nhóm “Thượng Hải 5” gồm Trung Quốc, Nga, Ca-dắc-xtan, Cư-rơ-gư-xtan và Tát-gi-ki-xtan, hình thành sau khi năm nước ký Hiệp định về tăng cường lòng tin quân sự ở khu vực biên giới ngày 26/4/1996.",
        ),
        ("heading", "Thành viên và cơ cấu", 1),
        (
            "paragraph",
            "Ngoài năm nước trên, U-dơ-bê-ki-xtan tham gia với tư cách thành viên sáng lập. Hiến chương SCO được ký tại Xanh Pê-téc-bua ngày 7/6/2002. Ban Thư ký đặt tại Bắc Kinh, còn Cơ cấu chống khủng bố khu vực đặt tại Tashkent. Ấn Độ và Pa-ki-xtan được kết nạp tại Hội nghị thượng đỉnh Astana ngày 9/6/2017; I-ran trở thành thành viên ngày 4/7/2023, còn Bê-la-rút được kết nạp tại Hội nghị thượng đỉnh Astana ngày 4/7/2024. Hai ngôn ngữ làm việc của tổ chức là tiếng Trung và tiếng Nga. Hội nghị thượng đỉnh được tổ chức hằng năm, luân phiên tại các nước thành viên; năm 2025, Trung Quốc đăng cai hội nghị tại Thiên Tân.",
        ),
        ("heading", "SCO và Đông Nam Á", 1),
        (
            "paragraph",
            "Cam-pu-chia là đối tác đối thoại của SCO. Việt Nam không phải là thành viên, quan sát viên hay đối tác đối thoại của tổ chức, nhưng duy trì quan hệ hữu nghị với tất cả các nước thành viên, trong đó có quan hệ đối tác chiến lược toàn diện với Trung Quốc, Nga và Ấn Độ.",
        ),
    ],
}

DOCS = [OZA_UZBEK, OZB_UNIVERSITY, OZC_EAEU, OZD_PLAN, OZE_SCO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TRƯỞNG PHÒNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "07:30",
        [("/the-gioi", "Thế giới"), ("/chau-a", "Châu Á")],
        [("/tag/eaeu", "EAEU"), ("/tag/uzbekistan", "Uzbekistan")],
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
        prefix="oz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
