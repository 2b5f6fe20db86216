"""Build the two-hundred-and-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout208/build_heldout208.py [--check]

Five short documents on Vietnam, Mozambique, Tanzania and South–South cooperation with FAO, topics the
earlier sets do not use as main topics (fifty years of Vietnam – Mozambique relations, the Ministry of
Agriculture and Environment's South–South cooperation with African countries in the first half of 2025,
the recapture of Mocímboa da Praia by Mozambican and Rwandan troops on 8/8/2021, a (fictitious) Ministry of
Health plan for health cooperation with Mozambique and Tanzania in 2026, an encyclopedia entry on the
Nkomati Accord). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the ministry department's and the health ministry's items and all quoted words
are invented. Events, citations and questions gold are written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
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

AWA_MOZAMBIQUE = {
    "id": "awa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU PHÁT TRIỂN NAM – NAM – Số 2 (2025)",
    "first_page": 117,
    "break_after": 9,
    "blocks": [
        ("title", "VIỆT NAM – MOZAMBIQUE: NỬA THẾ KỶ TỪ ĐẠI LỘ HỒ CHÍ MINH ĐẾN MOVITEL"),
        ("author", "Lương Văn Tâm"),
        ("affiliation", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        (
            "abstract",
            "Nhân kỷ niệm 50 năm quan hệ ngoại giao, bài viết điểm lại những dấu mốc trong quan hệ Việt Nam – Mozambique và đề xuất hướng hợp tác nông nghiệp.",
            "vi",
        ),
        ("keywords", "Mozambique; FRELIMO; Nkomati; Movitel; hợp tác ba bên", "vi"),
        ("heading", "1. Đồng hành từ ngày độc lập", 1),
        (
            "paragraph",
            "Việt Nam và Mozambique thiết lập quan hệ ngoại giao ngày 25/6/1975, đúng ngày nước này tuyên bố độc lập; năm sau, ta mở Đại sứ quán tại Maputo. Năm 1977, Tổng thống Samora Machel quyết định đặt tên một đại lộ ở thủ đô theo tên Chủ tịch Hồ Chí Minh, còn năm 1980 Đại tướng Võ Nguyên Giáp sang thăm Mozambique (Lương Thị Hòa, 2016, tr. 72).",
        ),
        ("heading", "2. Những năm thử thách", 1),
        (
            "paragraph",
            "Trong thập niên 1980, Mozambique chịu sức ép quân sự nặng nề từ chế độ A-pác-thai ở Nam Phi, nước hậu thuẫn lực lượng nổi dậy RENAMO. Ngày 16/3/1984, hai nước ký Hiệp ước Nkomati về không xâm lược lẫn nhau, song nội chiến chỉ chấm dứt khi Chính phủ và RENAMO ký Hiệp định hòa bình chung tại Rô-ma ngày 4/10/1992 (Nguyễn Thanh Hiền, 2019). Năm 1995, Mozambique được kết nạp vào Khối Thịnh vượng chung, dù chưa từng là thuộc địa của Anh.",
        ),
        ("heading", "3. Hợp tác kinh tế và mô hình ba bên", 1),
        (
            "paragraph",
            "Hai nước ký Hiệp định thương mại năm 2003 và Hiệp định khuyến khích và bảo hộ đầu tư năm 2007. Movitel, liên doanh giữa Tập đoàn Viettel và đối tác Mozambique với tổng vốn gần 500 triệu USD, nay là một trong những nhà mạng lớn nhất nước này; theo một quan chức địa phương, Movitel “đã đưa sóng điện thoại về tận những ngôi làng xa nhất” (Hoàng Thị Mai, 2022, tr. 105). Trong nông nghiệp, mô hình hợp tác ba bên Việt Nam – Nhật Bản – Mozambique đã giúp nâng năng suất lúa ở một số vùng từ 1,5 tấn lên 5 – 8 tấn/ha. Thời gian tới, hai nước cần sớm ký một hiệp định khung về hợp tác nông nghiệp và thủy sản.",
        ),
    ],
}

AWB_SOUTH_SOUTH = {
    "id": "awb",
    "shape": "word",
    "head": [
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "VỤ HỢP TÁC QUỐC TẾ",
        "Số: 158/BC-HTQT",
        "Hà Nội, ngày 08 tháng 7 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác Nam – Nam với các nước châu Phi 6 tháng đầu năm 2025",
        "và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả hợp tác Nam – Nam với các nước châu Phi 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Bộ tiếp tục duy trì 12 chuyên gia, kỹ thuật viên làm việc tại Mozambique theo chương trình hợp tác ba bên với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO), tập trung vào trồng lúa nước và nuôi cá nước ngọt.",
        ),
        (
            "list_item",
            "2. Tháng 3, Trưởng Đại diện FAO tại Việt Nam làm việc với Lãnh đạo Bộ về kế hoạch mở rộng hợp tác Nam – Nam sang Tan-da-ni-a và Ăng-gô-la.",
        ),
        (
            "list_item",
            "3. Tháng 4, đoàn Bộ Nông nghiệp Tan-da-ni-a sang khảo sát mô hình nuôi tôm tại Bạc Liêu và Cà Mau; hai bên đã thống nhất dự thảo Bản ghi nhớ về hợp tác nông nghiệp.",
        ),
        (
            "list_item",
            "4. Quỹ ủy thác Nam – Nam do Trung Quốc đóng góp qua FAO cấp 1,5 triệu USD cho dự án giống lúa chịu hạn ở Mozambique do chuyên gia Việt Nam thực hiện.",
        ),
        (
            "list_item",
            "5. Việc cử chuyên gia sang Xê-nê-gan theo thỏa thuận ký năm 2023 chưa thực hiện được do phía bạn chưa bố trí kinh phí đối ứng.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Ký Bản ghi nhớ hợp tác nông nghiệp với Tan-da-ni-a nhân chuyến thăm Việt Nam của Bộ trưởng Nông nghiệp nước này, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "2. Phối hợp với FAO tổ chức hội thảo tổng kết gần 30 năm Việt Nam tham gia hợp tác Nam – Nam, kể từ năm 1996.",
        ),
        (
            "list_item",
            "3. Tuyển chọn thêm 8 chuyên gia thủy sản sang Mozambique trong quý IV.",
        ),
    ],
}

AWC_CABO_DELGADO = {
    "id": "awc",
    "shape": "news",
    "date": "2021-08-09",
    "stamp": "Thứ Hai, 09/08/2021 - 21:30",
    "blocks": [
        ("title", "Quân đội Mozambique và Rwanda giành lại thành phố cảng Mocímboa da Praia"),
        (
            "paragraph",
            "Maputo (TTXVN) – Ngày 8/8, lực lượng Mozambique và Rwanda đã giành lại quyền kiểm soát thành phố cảng Mocímboa da Praia ở tỉnh Cabo Delgado, miền Bắc Mozambique, thành trì của các nhóm phiến quân có liên hệ với tổ chức tự xưng Nhà nước Hồi giáo (IS) trong hơn một năm qua.",
        ),
        ("heading", "Một nghìn binh sĩ Rwanda", 1),
        (
            "paragraph",
            "Rwanda bắt đầu triển khai lực lượng khoảng 1.000 quân tới Cabo Delgado từ ngày 9/7, sau chuyến thăm Kigali của Tổng thống Mozambique Filipe Nyusi hồi tháng 4. Mocímboa da Praia là nơi phiến quân mở các cuộc tấn công đầu tiên vào tháng 10/2017 và bị chúng chiếm giữ từ tháng 8 năm ngoái.",
        ),
        ("heading", "Lực lượng khu vực vào cuộc", 1),
        (
            "paragraph",
            "Hôm nay, Tổng thống Nyusi và Tổng thống Botswana Mokgweetsi Masisi dự lễ ra mắt Phái bộ của Cộng đồng Phát triển miền Nam châu Phi tại Mozambique (SAMIM) ở thành phố Pemba. Binh sĩ các nước SADC, do Botswana đi đầu, bắt đầu được triển khai từ ngày 26/7. Trước đó, ngày 12/7, Liên minh châu Âu (EU) đã chính thức thành lập một phái bộ huấn luyện quân sự nhằm giúp quân đội Mozambique.",
        ),
        (
            "paragraph",
            "Bạo lực ở Cabo Delgado đã khiến ít nhất 800.000 người phải rời bỏ nhà cửa. Hồi tháng 3, phiến quân tấn công thị trấn Palma, buộc tập đoàn năng lượng Total của Pháp ngừng triển khai dự án khí hóa lỏng trị giá 20 tỷ USD ở gần đó.",
        ),
    ],
}

AWD_PLAN = {
    "id": "awd",
    "shape": "plan",
    "head": [
        f"{'BỘ Y TẾ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 48/KH-BYT':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác y tế với Mozambique và Tanzania năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác y tế với Mozambique và Tanzania năm 2026"),
        (
            "paragraph",
            "Nhằm triển khai kết quả chuyến thăm Mozambique của Phó Chủ tịch nước Võ Thị Ánh Xuân năm 2023 và thúc đẩy hợp tác y tế với các nước Đông Phi, Bộ Y tế xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH HỢP TÁC", 1),
        (
            "paragraph",
            "Năm ngoái, nhân kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Mozambique, Bộ đã đón đoàn Bộ Y tế Mozambique sang tìm hiểu mô hình y tế cơ sở. Với Tanzania, nước có quan hệ ngoại giao với Việt Nam từ ngày 14/2/1965, hợp tác y tế mới dừng ở mức trao đổi thông tin; Bản ghi nhớ về y tế giữa hai Bộ chưa được ký.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4/2026, cử đoàn công tác của Bộ sang Maputo và Dodoma làm việc với Bộ Y tế hai nước.",
        ),
        (
            "list_item",
            "2. Đàm phán và ký Bản ghi nhớ hợp tác y tế với Tanzania trong năm 2026.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 15 bác sĩ Mozambique sang đào tạo ngắn hạn về y học cổ truyền và phòng chống sốt rét tại các bệnh viện Việt Nam.",
        ),
        (
            "list_item",
            "4. Đề nghị Tổ chức Y tế Thế giới (WHO) hỗ trợ kỹ thuật cho chương trình đào tạo nói trên.",
        ),
        (
            "list_item",
            "5. Không cử đội y tế sang làm việc dài hạn tại hai nước trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

AWE_NKOMATI = {
    "id": "awe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Nkomati"),
        (
            "paragraph",
            "Hiệp ước Nkomati, tên chính thức là Hiệp định về không xâm lược và láng giềng tốt, là văn kiện do Mozambique và Nam Phi ký ngày 16/3/1984 tại biên giới hai nước, bên bờ sông Nkomati gần thị trấn Komatipoort. Người ký là Tổng thống Mozambique Samora Machel và Thủ tướng Nam Phi P. W. Botha.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Từ cuối thập niên 1970, Nam Phi hậu thuẫn lực lượng nổi dậy RENAMO chống chính quyền FRELIMO, đồng thời nhiều lần tấn công các cơ sở của Đại hội Dân tộc Phi (ANC) trên lãnh thổ Mozambique. Kiệt quệ vì chiến tranh và hạn hán, Maputo buộc phải tìm kiếm một thỏa thuận với Pretoria.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Theo hiệp ước, hai bên cam kết không để lãnh thổ của mình bị sử dụng làm bàn đạp tấn công bên kia: Nam Phi ngừng hỗ trợ RENAMO, còn Mozambique hạn chế hoạt động quân sự của ANC. Một Ủy ban An ninh chung được lập ra để giám sát việc thực hiện.",
        ),
        ("heading", "Kết cục", 1),
        (
            "paragraph",
            "Mozambique trục xuất phần lớn cán bộ quân sự của ANC, nhưng các tài liệu thu được tại căn cứ Gorongosa năm 1985 cho thấy Nam Phi vẫn bí mật tiếp tế cho RENAMO. Ngày 19/10/1986, Tổng thống Machel thiệt mạng khi máy bay chở ông rơi tại Mbuzini, trên đất Nam Phi. Nội chiến chỉ kết thúc với Hiệp định hòa bình chung ký tại Rô-ma ngày 4/10/1992.",
        ),
    ],
}

DOCS = [AWA_MOZAMBIQUE, AWB_SOUTH_SOUTH, AWC_CABO_DELGADO, AWD_PLAN, AWE_NKOMATI]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, the bare page number flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, title=50, label=74, body=74, page_label="{}", align=">")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 68 columns as on the page, every line
    followed by an empty line; the signature "KT. VỤ TRƯỞNG / PHÓ VỤ TRƯỞNG" at the end."""
    return word_text(doc, 68, ["KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Châu Phi" section."""
    return news_page(
        doc,
        section="Châu Phi",
        time="21:30",
        menu=[("/the-gioi", "Thế giới"), ("/chau-phi", "Châu Phi"), ("/quan-su", "Quân sự")],
        tags=[("/tag/mozambique", "Mozambique"), ("/tag/rwanda", "Rwanda"), ("/tag/sadc", "SADC")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.plan_text: body at 76 columns, "Nơi nhận" beside the signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Các bệnh viện trực thuộc Bộ;", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
        columns=(46, 47, 49),
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
        prefix="aw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
