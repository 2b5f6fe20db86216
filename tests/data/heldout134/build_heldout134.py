"""Build the hundred-and-thirty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout134/build_heldout134.py [--check]

Five short documents on Vietnam and Argentina: half a century of relations (1973 – 2023), an agricultural
university's international office report for 2024, the G20 summit in Buenos Aires (1/12/2018), a
(fictitious) Ministry of Industry and Trade plan for trade promotion in Argentina and Mercosur in 2026, and
an encyclopedia entry on Mercosur. Facts are well-established; authors, journal, page numbers, document
numbers, the report's local items and all quoted words are invented, the ministry plan is fictitious.
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

OUA_ARGENTINA = {
    "id": "oua",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU MỸ – Số 4 (2024)",
    "first_page": 33,
    "break_after": 10,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – ARGENTINA: NỬA THẾ KỶ ĐỒNG HÀNH"),
        ("author", "Nguyễn Thị Thanh Huyền"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại 50 năm quan hệ Việt Nam – Argentina và đề xuất hướng khai thác kênh hợp tác với Mercosur.",
            "vi",
        ),
        ("keywords", "Argentina; Đối tác toàn diện; Mercosur; nông sản", "vi"),
        ("heading", "1. Từ phong trào đoàn kết đến quan hệ ngoại giao", 1),
        (
            "paragraph",
            "Trong những năm kháng chiến chống Mỹ, phong trào quần chúng ở Argentina, nhất là trong giới sinh viên và công đoàn, đã tích cực ủng hộ nhân dân Việt Nam. Ngày 25/10/1973, dưới chính quyền của Tổng thống Juan Perón, Argentina thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa, là nước Mỹ Latinh thứ ba làm như vậy, sau Cuba và Chile (Hoàng Văn Minh, 2013, tr. 45). Tháng 1/1995, nước ta mở Đại sứ quán tại Buenos Aires; hai năm sau, nhân chuyến thăm chính thức Việt Nam của Tổng thống Carlos Menem vào tháng 2/1997, phía bạn khai trương Đại sứ quán tại Hà Nội.",
        ),
        ("heading", "2. Đối tác toàn diện", 1),
        (
            "paragraph",
            "Năm 2010, hai nước ký thỏa thuận thiết lập quan hệ Đối tác toàn diện. Kể từ đó, trao đổi đoàn cấp cao diễn ra thường xuyên hơn, nổi bật là chuyến thăm cấp Nhà nước của Tổng thống Mauricio Macri từ ngày 19 đến 21/2/2019. Argentina hiện là một trong những nhà cung cấp thức ăn chăn nuôi, ngô và đậu tương lớn nhất cho Việt Nam, trong khi điện thoại, máy tính và giày dép của ta ngày càng có chỗ đứng tại thị trường này. Có ý kiến cho rằng hai nền kinh tế “bổ sung cho nhau nhiều hơn là cạnh tranh” (Đỗ Quang Vinh, 2021, tr. 87).",
        ),
        ("heading", "3. Triển vọng qua kênh Mercosur", 1),
        (
            "paragraph",
            "Argentina là một trong bốn nước sáng lập Thị trường chung Nam Mỹ (Mercosur) theo Hiệp ước Asunción ký ngày 26/3/1991. Tại Hội nghị thượng đỉnh BRICS ở Johannesburg tháng 8/2023, nước này được mời trở thành thành viên, nhưng cuối năm đó chính quyền mới của Tổng thống Javier Milei đã từ chối (Lê Minh Tâm, 2024). Đến nay, Việt Nam chưa có hiệp định thương mại tự do với Argentina; vì vậy, ta cần cùng các đối tác Nam Mỹ sớm khởi động đàm phán một hiệp định với Mercosur.",
        ),
    ],
}

OUB_NONGLAM = {
    "id": "oub",
    "shape": "word",
    "head": [
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG ĐẠI HỌC NÔNG LÂM THÀNH PHỐ HỒ CHÍ MINH",
        "Số: 58/BC-ĐHNL",
        "Thành phố Hồ Chí Minh, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác hợp tác quốc tế năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 3/2024, Trường đón đoàn Viện Công nghệ Nông nghiệp Quốc gia Argentina (INTA) sang làm việc; hai bên đã ký Biên bản ghi nhớ về chọn tạo giống đậu tương và cải tạo đồng cỏ chăn nuôi.",
        ),
        (
            "list_item",
            "2. Sáu giảng viên Khoa Chăn nuôi – Thú y đã tham gia khóa tập huấn về chăn nuôi bò thịt tại tỉnh Córdoba (Argentina), do Quỹ Hợp tác Nam – Nam và Tam giác của Argentina (FO.AR) tài trợ toàn bộ kinh phí.",
        ),
        (
            "list_item",
            "3. Tháng 9, Đại sứ Argentina tại Việt Nam đến thăm Trường, trao đổi về học bổng sau đại học và đề nghị mở rộng hợp tác nghiên cứu về an ninh lương thực.",
        ),
        (
            "list_item",
            "4. Dự án phòng, chống dịch tả lợn châu Phi do Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) tài trợ tiếp tục được triển khai tại các tỉnh Đông Nam Bộ.",
        ),
        (
            "list_item",
            "5. Chương trình trao đổi sinh viên với Đại học Buenos Aires chưa được triển khai do hai bên chưa thống nhất cơ chế công nhận tín chỉ.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5 năm sau, cử đoàn lãnh đạo Trường sang Argentina và Uruguay khảo sát, tìm kiếm đối tác đào tạo sau đại học.",
        ),
        (
            "list_item",
            "2. Đề nghị INTA cử chuyên gia sang giảng dạy ngắn hạn về di truyền giống cây trồng.",
        ),
        (
            "list_item",
            "3. Đăng cai Hội thảo khoa học quốc tế về an ninh lương thực Việt Nam – Mỹ Latinh vào tháng 11/2025.",
        ),
    ],
}

OUC_G20 = {
    "id": "ouc",
    "shape": "news",
    "date": "2018-12-02",
    "stamp": "Chủ Nhật, 02/12/2018 - 10:30",
    "blocks": [
        ("title", "Mỹ và Trung Quốc tạm ngừng leo thang căng thẳng thương mại sau cuộc gặp tại Buenos Aires"),
        (
            "paragraph",
            "Buenos Aires (TTXVN) – Tối 1/12 (giờ địa phương), bên lề Hội nghị thượng đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20), Tổng thống Mỹ Donald Trump và Chủ tịch Trung Quốc Tập Cận Bình đã có cuộc gặp kéo dài hơn hai giờ, nhất trí tạm ngừng áp thuế bổ sung trong 90 ngày.",
        ),
        ("heading", "Thời hạn 90 ngày", 1),
        (
            "paragraph",
            "Theo Nhà Trắng, Washington sẽ không nâng thuế suất đối với 200 tỷ USD hàng hóa Trung Quốc từ 10% lên 25% vào ngày 1/1/2019 như dự kiến, còn Bắc Kinh cam kết mua thêm một lượng “rất đáng kể” nông sản, năng lượng và hàng công nghiệp của Mỹ. Nếu sau 90 ngày hai bên không đạt được thỏa thuận, mức thuế 25% sẽ được áp dụng.",
        ),
        ("heading", "Lần đầu tiên tại Nam Mỹ", 1),
        (
            "paragraph",
            "Do Tổng thống Argentina Mauricio Macri chủ trì, hội nghị diễn ra trong hai ngày 30/11 và 1/12, là lần đầu tiên thượng đỉnh G20 được tổ chức tại Nam Mỹ. Các nhà lãnh đạo đã thông qua Tuyên bố chung, trong đó ủng hộ việc cải tổ cần thiết đối với Tổ chức Thương mại thế giới (WTO). Trước đó, ông Trump đã hủy cuộc gặp dự kiến với Tổng thống Nga Vladimir Putin, viện dẫn việc Nga bắt giữ ba tàu hải quân Ukraine ở eo biển Kerch ngày 25/11.",
        ),
        (
            "paragraph",
            "Hội nghị thượng đỉnh G20 năm 2019 sẽ do Nhật Bản đăng cai tại Osaka. Năm ngoái, Thủ tướng Nguyễn Xuân Phúc đã dự Hội nghị thượng đỉnh G20 tại Hamburg (Đức) với tư cách khách mời.",
        ),
    ],
}

OUD_PLAN = {
    "id": "oud",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 85/KH-BCT':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường Argentina",
        "và các nước Mercosur năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến thương mại tại thị trường Argentina và các nước Mercosur năm 2026",
        ),
        (
            "paragraph",
            "Nhằm đưa quan hệ Đối tác toàn diện Việt Nam – Argentina, được thiết lập năm 2010, đi vào chiều sâu và đa dạng hóa thị trường xuất khẩu tại Nam Mỹ, Bộ Công Thương xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, kim ngạch thương mại hai chiều tiếp tục tăng nhưng cán cân nghiêng mạnh về phía Argentina, chủ yếu do ta nhập khẩu thức ăn chăn nuôi và ngô; một số mặt hàng thủy sản chế biến của ta vẫn chưa được phía bạn cấp phép nhập khẩu. Ngày 6/12/2024, tại Montevideo, Mercosur và Liên minh châu Âu tuyên bố kết thúc đàm phán hiệp định thương mại, khiến hàng hóa của ta sẽ chịu sức ép cạnh tranh lớn hơn.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, tổ chức đoàn doanh nghiệp sang Buenos Aires và Montevideo (Uruguay) giao thương, kết hợp khảo sát hệ thống phân phối.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao vận động các nước thành viên Mercosur sớm khởi động đàm phán hiệp định thương mại với Việt Nam.",
        ),
        (
            "list_item",
            "3. Chủ trì phiên họp Tiểu ban hợp tác thương mại Việt Nam – Argentina tại Hà Nội, dự kiến vào tháng 10; đề nghị phía bạn tháo gỡ rào cản kỹ thuật đối với hàng thủy sản.",
        ),
        (
            "list_item",
            "4. Không tổ chức Tuần hàng Việt Nam tại Argentina trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

OUE_MERCOSUR = {
    "id": "oue",
    "shape": "entry",
    "blocks": [
        ("title", "Thị trường chung Nam Mỹ"),
        (
            "paragraph",
            "Thị trường chung Nam Mỹ (tiếng Tây Ban Nha: Mercado Común del Sur, viết tắt Mercosur) là khối liên kết kinh tế khu vực do Argentina, Brazil, Paraguay và Uruguay thành lập theo Hiệp ước Asunción ký ngày 26/3/1991. Nghị định thư Ouro Preto ký ngày 17/12/1994 trao cho khối tư cách pháp nhân quốc tế; liên minh thuế quan vận hành từ ngày 1/1/1995. Ban Thư ký đặt tại Montevideo.",
        ),
        ("heading", "Mở rộng và đình chỉ", 1),
        (
            "paragraph",
            "Venezuela trở thành thành viên đầy đủ ngày 31/7/2012 nhưng bị đình chỉ tư cách từ tháng 12/2016. Paraguay từng bị đình chỉ sau khi Tổng thống Fernando Lugo bị phế truất năm 2012. Bolivia được kết nạp làm thành viên đầy đủ tại hội nghị thượng đỉnh ở Asunción tháng 7/2024. Chile, Colombia, Ecuador và Peru là các quốc gia liên kết.",
        ),
        ("heading", "Quan hệ đối ngoại", 1),
        (
            "paragraph",
            "Mercosur ký hiệp định thương mại tự do với Singapore ngày 7/12/2023, hiệp định đầu tiên của khối với một nước Đông Nam Á. Sau hơn hai thập kỷ, khối và Liên minh châu Âu hoàn tất đàm phán hiệp định thương mại tại Montevideo ngày 6/12/2024; văn kiện này còn phải được các bên phê chuẩn.",
        ),
        (
            "paragraph",
            "Việt Nam chưa có hiệp định thương mại với Mercosur. Tháng 3/2025, trong chuyến thăm Việt Nam của Tổng thống Brazil Luiz Inácio Lula da Silva, hai bên nhất trí thúc đẩy sớm khởi động đàm phán hiệp định thương mại Việt Nam – Mercosur.",
        ),
    ],
}

DOCS = [OUA_ARGENTINA, OUB_NONGLAM, OUC_G20, OUD_PLAN, OUE_MERCOSUR]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "10:30",
        [("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        [("/tag/g20", "G20"), ("/tag/argentina", "Argentina")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, XTTM."],
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
        prefix="ou",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
