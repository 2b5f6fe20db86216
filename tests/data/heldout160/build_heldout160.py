"""Build the hundred-and-sixtieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout160/build_heldout160.py [--check]

Five short documents on topics the earlier sets do not use as main topics (El Salvador from the
Chapultepec peace accords to Bitcoin and the IMF, and its relations with Vietnam; the Vietnam Coffee and
Cocoa Association's external relations in the first half of 2025; El Salvador's establishment of relations
with China, 21/8/2018; a (fictitious) Trade Promotion Agency plan for El Salvador and Central America in
2026; an encyclopedia entry on the Chapultepec Peace Accords). Facts are well-established; authors,
journal, page numbers, document numbers, the association's items, the plan and all quoted words are
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

LQA_SALVADOR = {
    "id": "lqa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU MỸ LA-TINH – Số 3 (2025)",
    "first_page": 112,
    "break_after": 12,
    "blocks": [
        ("title", "EL SALVADOR: TỪ HIỆP ĐỊNH HÒA BÌNH ĐẾN NHỮNG LỰA CHỌN ĐỐI NGOẠI MỚI"),
        ("author", "Phan Thị Thu Trang"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khái quát những chuyển động đối ngoại của El Salvador sau nội chiến và gợi ý hướng thúc đẩy quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "El Salvador; FMLN; CAFTA-DR; Bitcoin; Trung Mỹ", "vi"),
        ("heading", "1. Từ nội chiến đến hòa bình", 1),
        (
            "paragraph",
            "Cuộc nội chiến kéo dài 12 năm giữa chính phủ và Mặt trận Giải phóng dân tộc Farabundo Martí (FMLN) đã cướp đi sinh mạng của khoảng 75.000 người. Dưới sự trung gian của Liên hợp quốc, hai bên ký Hiệp định hòa bình tại lâu đài Chapultepec, Thủ đô Mê-hi-cô, ngày 16/1/1992; Phái bộ Quan sát viên của Liên hợp quốc tại El Salvador (ONUSAL), do Hội đồng Bảo an thành lập từ tháng 5/1991, giám sát việc thực hiện (Nguyễn Hữu Tâm, 2018, tr. 33).",
        ),
        ("heading", "2. Hội nhập khu vực và những lựa chọn mới", 1),
        (
            "paragraph",
            "El Salvador là thành viên sáng lập Hệ thống Hội nhập Trung Mỹ (SICA), có trụ sở tại thủ đô San Salvador, và là nước đầu tiên thực thi Hiệp định Thương mại tự do Cộng hòa Dominica – Trung Mỹ – Hoa Kỳ (CAFTA-DR), từ ngày 1/3/2006. Ngày 21/8/2018, nước này cắt quan hệ với Đài Loan và thiết lập quan hệ ngoại giao với Trung Quốc. Năm 2021, El Salvador trở thành quốc gia đầu tiên công nhận Bitcoin là đồng tiền pháp định, bất chấp khuyến cáo của Quỹ Tiền tệ Quốc tế (IMF) (Vũ Thanh Bình, 2022). Tháng 12/2024, IMF và San Salvador đạt thỏa thuận cấp chuyên viên về khoản vay 1,4 tỷ USD.",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Quan hệ giữa hai nước có nền tảng từ tình đoàn kết của nhân dân Việt Nam với phong trào cánh tả ở El Salvador; Đảng Cộng sản Việt Nam và FMLN duy trì quan hệ từ nhiều năm nay. Tuy vậy, thương mại song phương còn khiêm tốn, còn cà phê của bạn “khó cạnh tranh về giá tại thị trường Việt Nam” (Trần Lê Mai, 2024, tr. 71). Hai bên cần tăng cường trao đổi đoàn doanh nghiệp và tìm hiểu khả năng hợp tác về giống cà phê.",
        ),
    ],
}

LQB_VICOFA = {
    "id": "lqb",
    "shape": "word",
    "head": [
        "HIỆP HỘI CÀ PHÊ – CA CAO VIỆT NAM",
        "Số: 45/BC-VICOFA",
        "Hà Nội, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Hoạt động đối ngoại 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Hoạt động đối ngoại 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Tháng 3, Hiệp hội đón đoàn Hội đồng Cà phê El Salvador sang tìm hiểu mô hình tái canh cà phê tại Đắk Lắk và Lâm Đồng; hai bên đã ký Biên bản ghi nhớ về trao đổi giống và kỹ thuật chế biến cà phê đặc sản.",
        ),
        (
            "list_item",
            "2. Cử đại diện tham dự phiên họp của Hội đồng Cà phê Quốc tế (ICO) tại Luân Đôn, phối hợp với các nước sản xuất kiến nghị hoãn áp dụng Quy định chống phá rừng của EU (EUDR).",
        ),
        (
            "list_item",
            "3. Phối hợp với Cơ quan Phát triển Pháp (AFD) triển khai dự án canh tác cà phê giảm phát thải tại Tây Nguyên.",
        ),
        (
            "list_item",
            "4. Lần đầu tiên, hội viên của Hiệp hội xuất khẩu cà phê hòa tan sang El Salvador và Goa-tê-ma-la.",
        ),
        (
            "list_item",
            "5. Tháng 5, tiếp Đại sứ Bra-xin tại Việt Nam, trao đổi kinh nghiệm xây dựng thương hiệu cà phê và hợp tác trong khuôn khổ ICO.",
        ),
        (
            "list_item",
            "6. Đề xuất thành lập nhóm công tác chung với Hiệp hội Cà phê Mê-hi-cô vẫn chưa được phía bạn phản hồi.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tháng 9, tổ chức đoàn doanh nghiệp sang El Salvador và Hôn-đu-rát khảo sát vùng trồng cà phê arabica.",
        ),
        (
            "list_item",
            "2. Phối hợp với Thương vụ Việt Nam tại Mê-hi-cô tổ chức hội thảo giới thiệu cà phê Việt Nam tại San Salvador.",
        ),
        (
            "list_item",
            "3. Đề nghị ICO cử chuyên gia sang hướng dẫn hội viên đáp ứng yêu cầu truy xuất nguồn gốc.",
        ),
    ],
}

LQC_CHINA = {
    "id": "lqc",
    "shape": "news",
    "date": "2018-08-21",
    "stamp": "Thứ Ba, 21/08/2018 - 22:10",
    "blocks": [
        ("title", "El Salvador cắt quan hệ với Đài Loan, thiết lập quan hệ ngoại giao với Trung Quốc"),
        (
            "paragraph",
            "Bắc Kinh (TTXVN) – Ngày 21/8, tại Bắc Kinh, Ngoại trưởng Trung Quốc Vương Nghị và Ngoại trưởng El Salvador Carlos Castaneda đã ký thông cáo chung về việc thiết lập quan hệ ngoại giao giữa hai nước.",
        ),
        (
            "paragraph",
            "Trước đó, trong bài phát biểu trên truyền hình, Tổng thống El Salvador Salvador Sánchez Cerén tuyên bố cắt quan hệ với Đài Loan, cho rằng quyết định này sẽ mang lại lợi ích cho đất nước. Qua họp báo của người phụ trách đối ngoại Ngô Chiêu Tiếp, phía Đài Loan cũng thông báo chấm dứt quan hệ và rút nhân viên ngoại giao khỏi San Salvador.",
        ),
        ("heading", "Đài Loan còn 17 nước có quan hệ", 1),
        (
            "paragraph",
            "El Salvador là nước thứ ba trong năm nay cắt quan hệ với Đài Loan: hồi tháng 5, Cộng hòa Dominica và Buốc-ki-na Pha-xô đã lần lượt thiết lập quan hệ với Trung Quốc. Tháng 6 năm ngoái, Panama cũng có quyết định tương tự, còn Xao Tô-mê và Prin-xi-pê đã chuyển sang công nhận Bắc Kinh từ cuối năm 2016. Hiện chỉ còn 17 nước duy trì quan hệ ngoại giao với Đài Loan.",
        ),
        (
            "paragraph",
            "Sự việc diễn ra ngay sau khi lãnh đạo Đài Loan Thái Anh Văn kết thúc chuyến thăm Paraguay và Belize từ ngày 12 đến 20/8, với các điểm quá cảnh tại Mỹ. Bà tuyên bố Đài Loan sẽ không chạy đua “ngoại giao đô-la” với Bắc Kinh.",
        ),
    ],
}

LQD_PLAN = {
    "id": "lqd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC XÚC TIẾN THƯƠNG MẠI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 48/KH-XTTM':<40}Hà Nội, ngày 21 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại El Salvador",
        "và các nước Trung Mỹ năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại El Salvador và các nước Trung Mỹ năm 2026"),
        (
            "paragraph",
            "Nhằm đa dạng hóa thị trường xuất khẩu sang khu vực Mỹ La-tinh, Cục Xúc tiến thương mại xây dựng Kế hoạch xúc tiến thương mại tại El Salvador và các nước Trung Mỹ năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "El Salvador thi hành Hiệp định CAFTA-DR với Hoa Kỳ từ năm 2006 và cùng các nước Trung Mỹ tham gia Hệ thống Hội nhập Trung Mỹ (SICA). Việt Nam chưa có hiệp định thương mại tự do với nước nào trong khu vực, nên hàng hóa của ta chịu thuế nhập khẩu cao hơn. Năm ngoái, Cục đã tổ chức hai hội thảo trực tuyến kết nối doanh nghiệp hai nước.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5, tổ chức đoàn giao thương sang San Salvador và Thành phố Goa-tê-ma-la, tập trung vào hàng dệt may, hạt điều và thủy sản.",
        ),
        (
            "list_item",
            "2. Mời Cơ quan Xúc tiến xuất khẩu và đầu tư El Salvador (PROESA) cử đoàn sang dự Hội chợ Vietnam Expo tại Hà Nội vào tháng 4.",
        ),
        (
            "list_item",
            "3. Phối hợp với Thương vụ Việt Nam tại Mê-hi-cô ký thỏa thuận hợp tác với PROESA về trao đổi thông tin thị trường trong quý IV.",
        ),
        (
            "list_item",
            "4. Không tổ chức gian hàng quốc gia tại các hội chợ ở Trung Mỹ trong năm 2026 do chi phí cao.",
        ),
        (
            "paragraph",
            "Phòng Xúc tiến thương mại châu Mỹ chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch.",
        ),
    ],
}

LQE_CHAPULTEPEC = {
    "id": "lqe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định hòa bình Chapultepec"),
        (
            "paragraph",
            "Hiệp định hòa bình Chapultepec là thỏa thuận chấm dứt cuộc nội chiến 12 năm ở El Salvador, được Chính phủ El Salvador và Mặt trận Giải phóng dân tộc Farabundo Martí (FMLN) ký ngày 16/1/1992 tại lâu đài Chapultepec, Thành phố Mê-hi-cô.",
        ),
        ("heading", "Đàm phán", 1),
        (
            "paragraph",
            "Tiến trình đàm phán được khởi động bằng Thỏa thuận Giơ-ne-vơ tháng 4/1990, dưới sự trung gian của Tổng Thư ký Liên hợp quốc Javier Pérez de Cuéllar. Mê-hi-cô, Vê-nê-xu-ê-la, Cô-lôm-bi-a và Tây Ban Nha tham gia với tư cách “Nhóm bạn của Tổng Thư ký”. Ngày 26/7/1990, hai bên ký Thỏa thuận San José về nhân quyền; ngày 27/4/1991, tại Mê-hi-cô, hai bên thỏa thuận cải cách hiến pháp và thành lập Ủy ban Sự thật; ngày 31/12/1991, ngay trước khi ông Pérez de Cuéllar mãn nhiệm, hai bên đạt Thỏa thuận New York.",
        ),
        ("heading", "Thực hiện", 1),
        (
            "paragraph",
            "Hội đồng Bảo an thành lập Phái bộ Quan sát viên của Liên hợp quốc tại El Salvador (ONUSAL) bằng Nghị quyết 693 ngày 20/5/1991. Lễ ký tại Chapultepec có sự chứng kiến của Tổng Thư ký mới Boutros Boutros-Ghali. Lệnh ngừng bắn có hiệu lực từ ngày 1/2/1992 và cuộc xung đột vũ trang chính thức kết thúc ngày 15/12/1992; FMLN trở thành một chính đảng hợp pháp, quân đội được cắt giảm khoảng một nửa và Cảnh sát dân sự quốc gia được thành lập. Ngày 15/3/1993, Ủy ban Sự thật công bố báo cáo về các vi phạm nhân quyền. ONUSAL kết thúc nhiệm vụ ngày 30/4/1995.",
        ),
    ],
}

DOCS = [LQA_SALVADOR, LQB_VICOFA, LQC_CHINA, LQD_PLAN, LQE_CHAPULTEPEC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "Trang N" at the left."""
    return headed_journal(doc, title=52, label=76, body=76, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 76 columns, a blank line after every line."""
    return word_text(doc, 76, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news-agency detail page (heldout_kit.news_page)."""
    return news_page(
        doc,
        "Thế giới",
        "22:10",
        [("/the-gioi", "Thế giới"), ("/chau-my", "Châu Mỹ")],
        [("/tag/el-salvador", "El Salvador"), ("/tag/trung-quoc", "Trung Quốc")],
    )


def render_plan(doc: dict) -> str:
    """A ministry agency's plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Lãnh đạo Bộ (để b/c);", "- Vụ Thị trường châu Mỹ;", "- Lưu: VT, XTTM."],
        ["CỤC TRƯỞNG", "", "(đã ký)"],
        (48, 48, 50),
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
        prefix="lq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
