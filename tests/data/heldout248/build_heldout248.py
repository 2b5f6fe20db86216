"""Build held-out set 248 and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout248/build_heldout248.py [--check]

Vietnam – Chile and their free trade agreement (1971 – 2023), Bến Tre's Department of Foreign
Affairs' year-end report 2023, the EU – CELAC summit of July 2023, a (fictitious) culture ministry plan
for Latin America 2026, an entry on CELAC. Facts are well-established; authors, journal, page numbers, document numbers, local items and quoted
words are invented. Events, citations and questions gold are written by hand.
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
    ministry_plan,
    news_page,
    report_word,
)

FSA_CHILE = {
    "id": "fsa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU QUỐC TẾ – Số 4 (2023)",
    "first_page": 95,
    "break_after": 10,
    "blocks": [
        ("title", "HIỆP ĐỊNH THƯƠNG MẠI TỰ DO VIỆT NAM – CHI-LÊ SAU MỘT THẬP KỶ THỰC THI"),
        ("author", "Đặng Thu Trang"),
        ("affiliation", "Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết đánh giá tác động của VCFTA đối với thương mại song phương và gợi mở giải pháp tận dụng.",
            "vi",
        ),
        ("keywords", "Chi-lê; VCFTA; CPTPP; Mỹ Latinh", "vi"),
        ("heading", "1. Người bạn sớm nhất ở Nam Mỹ", 1),
        (
            "paragraph",
            "Ngày 25/3/1971, dưới chính quyền của Tổng thống Salvador Allende, Chi-lê thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa, trở thành một trong những nước Nam Mỹ đầu tiên làm điều đó (Trần Văn Lộc, 2011, tr. 64). Sau cuộc đảo chính năm 1973, quan hệ hai nước bị gián đoạn trong nhiều năm và chỉ thực sự phục hồi vào thập niên 1990.",
        ),
        ("heading", "2. Hiệp định VCFTA", 1),
        (
            "paragraph",
            "Hiệp định Thương mại tự do Việt Nam – Chi-lê (VCFTA) được ký ngày 11/11/2011 bên lề Hội nghị cấp cao APEC ở Hô-nô-lu-lu và có hiệu lực từ ngày 1/1/2014. Đây là hiệp định thương mại tự do song phương đầu tiên của nước ta với một đối tác Mỹ Latinh. Theo đánh giá của các chuyên gia, VCFTA đã giúp hàng dệt may, giày dép và điện thoại của Việt Nam “có chỗ đứng vững chắc tại thị trường Chi-lê” (Lý Thị Hạnh, 2020, tr. 19).",
        ),
        ("heading", "3. Cơ hội từ CPTPP", 1),
        (
            "paragraph",
            "Sau nhiều năm tranh luận, Quốc hội Chi-lê đã phê chuẩn CPTPP vào cuối năm 2022 và hiệp định có hiệu lực với nước này từ ngày 21/2/2023 (Bùi Ngọc Sơn, 2023). Năm 2019, Chi-lê phải hủy đăng cai Hội nghị cấp cao APEC do biểu tình kéo dài ở Xan-ti-a-gô. Việt Nam và Chi-lê chưa nâng cấp VCFTA; hai bên nên sớm tiến hành rà soát chung hiệp định.",
        ),
    ],
}

FSB_BENTRE = {
    "id": "fsb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BẾN TRE",
        "SỞ NGOẠI VỤ",
        "Số: 142/BC-SNV",
        "Bến Tre, ngày 12 tháng 12 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình thực hiện công tác đối ngoại năm 2023"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thực hiện công tác đối ngoại năm 2023"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 6/2023, Đại sứ Chi-lê tại Việt Nam đến thăm và làm việc với lãnh đạo tỉnh, tìm hiểu khả năng hợp tác trong chế biến dừa và nuôi trồng thủy sản.",
        ),
        (
            "list_item",
            "2. Tỉnh đã cử đoàn doanh nghiệp tham gia Tuần lễ hàng Việt Nam tại Xan-ti-a-gô; ba doanh nghiệp ký được hợp đồng xuất khẩu kẹo dừa và thạch dừa.",
        ),
        (
            "list_item",
            "3. Dự án thích ứng với xâm nhập mặn tại huyện Ba Tri, do Chính phủ Úc tài trợ thông qua một tổ chức phi chính phủ, tiếp tục được triển khai.",
        ),
        (
            "list_item",
            "4. Biên bản ghi nhớ hợp tác giữa tỉnh và vùng Valparaíso chưa được ký do phía bạn thay đổi nhân sự lãnh đạo.",
        ),
        (
            "list_item",
            "5. Năm ngoái, tỉnh đón đoàn Đại sứ quán Cuba đến thăm khu di tích Đồng Khởi; năm nay hai bên tiếp tục trao đổi về hợp tác y tế.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, tổ chức đoàn lãnh đạo tỉnh sang Chi-lê và Pê-ru xúc tiến thương mại các sản phẩm từ dừa.",
        ),
        (
            "list_item",
            "2. Tiếp tục đề nghị vùng Valparaíso ký Biên bản ghi nhớ hợp tác trong năm 2024.",
        ),
        (
            "list_item",
            "3. Vận động các tổ chức phi chính phủ nước ngoài tài trợ dự án nước sạch cho vùng ven biển.",
        ),
    ],
}

FSC_CELAC = {
    "id": "fsc",
    "shape": "news",
    "date": "2023-07-19",
    "stamp": "Thứ Tư, 19/07/2023 - 06:30",
    "blocks": [
        ("title", "Hội nghị thượng đỉnh EU – CELAC bế mạc sau 8 năm gián đoạn"),
        (
            "paragraph",
            "Brúc-xen (TTXVN) – Ngày 18/7, Hội nghị thượng đỉnh giữa Liên minh châu Âu (EU) và Cộng đồng các quốc gia Mỹ Latinh và Caribe (CELAC) đã bế mạc tại Brúc-xen sau hai ngày làm việc, lần đầu tiên kể từ năm 2015.",
        ),
        ("heading", "Tuyên bố chung thiếu một chữ ký", 1),
        (
            "paragraph",
            "Các nhà lãnh đạo đã thông qua tuyên bố chung, trong đó bày tỏ quan ngại sâu sắc về cuộc xung đột đang diễn ra tại U-crai-na. Ni-ca-ra-goa là nước duy nhất không ủng hộ văn kiện này.",
        ),
        ("heading", "Gói đầu tư 45 tỷ euro", 1),
        (
            "paragraph",
            "Chủ tịch Ủy ban châu Âu Ursula von der Leyen công bố EU sẽ đầu tư hơn 45 tỷ euro vào khu vực Mỹ Latinh và Caribe trong khuôn khổ sáng kiến Cửa ngõ toàn cầu. Tây Ban Nha, nước giữ chức Chủ tịch luân phiên Hội đồng EU, là nước thúc đẩy mạnh mẽ hội nghị lần này.",
        ),
        (
            "paragraph",
            "Hội nghị cũng đánh dấu sự trở lại của Bra-xin, vốn đã ngừng tham gia CELAC từ năm 2020 và quay lại hồi tháng 1 năm nay. Hiệp định thương mại EU – Mercosur vẫn chưa được ký kết.",
        ),
    ],
}

FSD_PLAN = {
    "id": "fsd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 07/KH-BVHTTDL':<40}Hà Nội, ngày 08 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Giao lưu văn hóa với các nước Mỹ Latinh",
        "và Caribe năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Giao lưu văn hóa với các nước Mỹ Latinh và Caribe năm 2026",
        ),
        (
            "paragraph",
            "Nhằm góp phần làm sâu sắc quan hệ hữu nghị truyền thống giữa Việt Nam với các nước Mỹ Latinh và Caribe, Bộ Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch giao lưu văn hóa năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã tổ chức Những ngày văn hóa Việt Nam tại La Ha-ba-na và đón đoàn nghệ thuật Mê-hi-cô sang biểu diễn tại Hà Nội. Chương trình hợp tác văn hóa với Chi-lê giai đoạn mới chưa được hai bên ký kết.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 8 năm nay, tổ chức Những ngày văn hóa Việt Nam tại Xan-ti-a-gô và Li-ma.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Chi-lê đàm phán và ký Chương trình hợp tác văn hóa giai đoạn 2026 – 2029, dự kiến vào quý IV.",
        ),
        (
            "list_item",
            "3. Mời đoàn nghệ thuật Cuba sang biểu diễn nhân dịp kỷ niệm quan hệ ngoại giao Việt Nam – Cuba.",
        ),
        (
            "list_item",
            "4. Không tổ chức triển lãm riêng tại Bra-xin trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

FSE_CELAC = {
    "id": "fse",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng các quốc gia Mỹ Latinh và Caribe"),
        (
            "paragraph",
            "Cộng đồng các quốc gia Mỹ Latinh và Caribe (CELAC) là cơ chế đối thoại và hợp tác chính trị của 33 quốc gia châu Mỹ, không có sự tham gia của Hoa Kỳ và Ca-na-đa. Tổ chức được chính thức thành lập tại hội nghị thượng đỉnh ở Ca-ra-cát (Vê-nê-xu-ê-la) ngày 2 – 3/12/2011.",
        ),
        ("heading", "Cơ cấu", 1),
        (
            "paragraph",
            "CELAC không có ban thư ký thường trực; công việc do nước giữ chức Chủ tịch luân phiên điều phối. Chi-lê là nước chủ tịch đầu tiên và đăng cai hội nghị thượng đỉnh CELAC – EU lần thứ nhất tại Xan-ti-a-gô tháng 1/2013.",
        ),
        ("heading", "Những dấu mốc", 1),
        (
            "paragraph",
            "CELAC kế thừa Nhóm Rio và Hội nghị thượng đỉnh Mỹ Latinh và Caribe về hội nhập và phát triển (CALC). Tại hội nghị thượng đỉnh lần thứ hai ở La Ha-ba-na tháng 1/2014, các nhà lãnh đạo đã ra tuyên bố coi Mỹ Latinh và Caribe là khu vực hòa bình.",
        ),
        ("heading", "Đối thoại với các đối tác", 1),
        (
            "paragraph",
            "Diễn đàn Trung Quốc – CELAC được khởi động với hội nghị bộ trưởng đầu tiên tại Bắc Kinh tháng 1/2015. Năm 2020, Bra-xin dưới thời Tổng thống Jair Bolsonaro ngừng tham gia các hoạt động của CELAC; nước này trở lại vào tháng 1/2023.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ ngoại giao với tất cả các nước thành viên CELAC, song chưa thiết lập cơ chế đối thoại riêng với tổ chức này.",
        ),
    ],
}

DOCS = [FSA_CHILE, FSB_BENTRE, FSC_CELAC, FSD_PLAN, FSE_CELAC]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="08:30",
        menu=[("/the-gioi", "Thế giới"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/chau-phi", "Châu Phi"), ("/tag/my-latinh", "Mỹ Latinh")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="fs",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
