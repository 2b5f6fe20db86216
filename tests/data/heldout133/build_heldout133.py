"""Build the hundred-and-thirty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout133/build_heldout133.py [--check]

Five short documents on a multilateral topic no earlier set has as its main topic: maritime security in
the Red Sea and the Suez route (the Red Sea crisis of 2023 – 2024 and Vietnam's trade, the Vietnam
Maritime and Waterways Administration's international report for 2025, Security Council resolution 2722
of 10/1/2024, a (fictitious) Ministry of Industry and Trade plan for the Middle East and Africa in 2026,
an encyclopedia entry on the Constantinople Convention of 1888). Facts are well-established; authors,
journal, page numbers, document numbers, the administration's items, the plan and all quoted words are
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

OTA_REDSEA = {
    "id": "ota",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU BIỂN VÀ ĐẠI DƯƠNG – Số 3 (2024)",
    "first_page": 71,
    "break_after": 8,
    "blocks": [
        ("title", "KHỦNG HOẢNG AN NINH HÀNG HẢI Ở BIỂN ĐỎ VÀ TÁC ĐỘNG ĐỐI VỚI THƯƠNG MẠI VIỆT NAM"),
        ("author", "Hà Thị Phương Thảo"),
        ("affiliation", "Viện Kinh tế và Chính trị thế giới, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích diễn biến khủng hoảng an ninh hàng hải ở Biển Đỏ từ cuối năm 2023 và tác động đối với hoạt động xuất khẩu của Việt Nam.",
            "vi",
        ),
        ("keywords", "Biển Đỏ; Houthi; kênh đào Xuy-ê; tự do hàng hải; EVFTA", "vi"),
        ("heading", "1. Diễn biến khủng hoảng", 1),
        (
            "paragraph",
            "Sau khi xung đột ở Dải Gaza bùng phát, ngày 19/11/2023, lực lượng Houthi ở Yemen bắt giữ tàu chở ô tô Galaxy Leader cùng 25 thủy thủ ở phía nam Biển Đỏ, mở đầu chuỗi tấn công nhằm vào tàu thương mại qua eo biển Bab el-Mandeb (Nguyễn Văn Đức, 2024, tr. 72). Ngày 18/12/2023, Mỹ công bố chiến dịch Người bảo vệ thịnh vượng (Prosperity Guardian) với sự tham gia ban đầu của Anh, Ba-ranh, Ca-na-đa, Pháp và một số nước khác. Ngày 10/1/2024, Hội đồng Bảo an Liên hợp quốc thông qua Nghị quyết 2722 yêu cầu Houthi chấm dứt ngay các cuộc tấn công; hai ngày sau, Mỹ và Anh không kích các mục tiêu của lực lượng này ở Yemen.",
        ),
        ("heading", "2. Tác động", 1),
        (
            "paragraph",
            "Nhiều hãng tàu lớn buộc phải đi vòng qua mũi Hảo Vọng, khiến hải trình từ châu Á sang châu Âu kéo dài thêm 10 – 14 ngày và cước vận tải tăng mạnh. Với Việt Nam, phần lớn hàng hóa xuất khẩu sang EU theo Hiệp định EVFTA đi qua kênh đào Xuy-ê. Như một chuyên gia nhận định, cuộc khủng hoảng cho thấy “chuỗi cung ứng toàn cầu dễ tổn thương đến mức nào trước các điểm nghẽn hàng hải” (Lê Thị Thu Hằng, 2024, tr. 35).",
        ),
        ("heading", "3. Phản ứng của các bên", 1),
        (
            "paragraph",
            "Tháng 2/2024, Liên minh châu Âu triển khai chiến dịch hải quân Aspides để hộ tống tàu thương mại nhưng không tham gia các cuộc không kích. Việt Nam bày tỏ quan ngại, kêu gọi các bên tôn trọng luật pháp quốc tế, bảo đảm an ninh, an toàn và tự do hàng hải (Trần Quang Vinh, 2024). Theo chúng tôi, doanh nghiệp xuất khẩu của ta cần đa dạng hóa tuyến vận tải, kể cả đường sắt qua Trung Quốc và Trung Á.",
        ),
    ],
}

OTB_VINAMARINE = {
    "id": "otb",
    "shape": "word",
    "head": [
        "BỘ XÂY DỰNG",
        "CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM",
        "Số: 1520/BC-CHHĐTVN",
        "Hà Nội, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác hợp tác quốc tế năm 2025 và nhiệm vụ năm 2026"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác hợp tác quốc tế năm 2025 và nhiệm vụ năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Cục tham gia đầy đủ các phiên họp của Tổ chức Hàng hải Quốc tế (IMO) tại Luân Đôn, trong đó có khóa họp của Hội đồng IMO vào tháng 7.",
        ),
        (
            "list_item",
            "2. Tháng 5, Cục và Cơ quan An toàn hàng hải Ai Cập ký Biên bản ghi nhớ về công nhận chứng chỉ chuyên môn của thuyền viên.",
        ),
        (
            "list_item",
            "3. Đoàn công tác của Cục đã làm việc với Cơ quan Kênh đào Xuy-ê tại Ismailia về chính sách ưu đãi phí cho tàu mang cờ Việt Nam.",
        ),
        (
            "list_item",
            "4. Tháng trước, Cục phối hợp với Đại sứ quán Việt Nam tại A-rập Xê-út đưa 12 thuyền viên Việt Nam bị bỏ rơi tại cảng Jeddah về nước an toàn.",
        ),
        (
            "list_item",
            "5. Thỏa thuận công nhận chứng chỉ thuyền viên với Các Tiểu vương quốc Ả-rập Thống nhất chưa được ký do hai bên còn khác biệt về tiêu chuẩn đào tạo.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3/2026, đón đoàn Cơ quan Kênh đào Xuy-ê sang làm việc tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Tiếp tục đàm phán thỏa thuận công nhận chứng chỉ thuyền viên với phía Các Tiểu vương quốc Ả-rập Thống nhất.",
        ),
        (
            "list_item",
            "3. Khuyến cáo các chủ tàu Việt Nam cân nhắc hành trình qua Biển Đỏ và vịnh Aden.",
        ),
    ],
}

OTC_RES2722 = {
    "id": "otc",
    "shape": "news",
    "date": "2024-01-11",
    "stamp": "Thứ Năm, 11/01/2024 - 08:20",
    "blocks": [
        ("title", "Hội đồng Bảo an yêu cầu lực lượng Houthi chấm dứt tấn công tàu thuyền ở Biển Đỏ"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Ngày 10/1 (giờ địa phương), Hội đồng Bảo an Liên hợp quốc đã thông qua Nghị quyết 2722 lên án các cuộc tấn công của lực lượng Houthi ở Yemen nhằm vào tàu buôn và tàu thương mại ở Biển Đỏ.",
        ),
        ("heading", "11 phiếu thuận, 4 phiếu trắng", 1),
        (
            "paragraph",
            "Dự thảo do Mỹ và Nhật Bản soạn thảo được thông qua với 11 phiếu thuận, không có phiếu chống; Nga, Trung Quốc, An-giê-ri và Mô-dăm-bích bỏ phiếu trắng. Trước đó, ba đề xuất sửa đổi của Nga, trong đó có đề xuất nêu xung đột ở Dải Gaza là nguyên nhân gốc rễ, đã không được thông qua.",
        ),
        (
            "paragraph",
            "Nghị quyết yêu cầu Houthi lập tức trả tự do cho tàu Galaxy Leader và thủy thủ đoàn bị bắt giữ từ ngày 19/11 năm ngoái. Ngày 1/12/2023, các thành viên Hội đồng cũng đã ra tuyên bố đòi trả tự do cho con tàu này.",
        ),
        ("heading", "Phản ứng trái chiều", 1),
        (
            "paragraph",
            "Đại sứ Mỹ tại Liên hợp quốc Linda Thomas-Greenfield hoan nghênh việc thông qua nghị quyết. Trong khi đó, Đại sứ Nga Vassily Nebenzia cho rằng văn kiện nhằm hợp thức hóa hành động của liên minh do Mỹ đứng đầu. Một ngày trước cuộc bỏ phiếu, hải quân Mỹ và Anh đã bắn hạ 21 tên lửa và máy bay không người lái do Houthi phóng đi.",
        ),
    ],
}

OTD_PLAN = {
    "id": "otd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 74/KH-BCT':<40}Hà Nội, ngày 23 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Ứng phó gián đoạn vận tải qua Biển Đỏ và thúc đẩy xuất khẩu",
        "sang Trung Đông – Bắc Phi năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Ứng phó gián đoạn vận tải qua Biển Đỏ và thúc đẩy xuất khẩu sang Trung Đông – Bắc Phi năm 2026",
        ),
        (
            "paragraph",
            "Nhằm giảm thiểu tác động của tình hình mất an ninh hàng hải ở Biển Đỏ và tận dụng Hiệp định Đối tác kinh tế toàn diện Việt Nam – UAE (CEPA) ký ngày 28/10/2024, Bộ Công Thương xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Từ cuối năm 2023, nhiều hãng tàu chuyển hướng vòng qua mũi Hảo Vọng, làm chi phí logistics của doanh nghiệp tăng cao. Năm ngoái, Bộ đã phối hợp với Cơ quan Khu kinh tế Kênh đào Xuy-ê (SCZONE) tổ chức hội thảo giới thiệu cơ hội đặt trung tâm phân phối hàng Việt Nam tại Ai Cập.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3/2026, tổ chức đoàn doanh nghiệp sang Ai Cập và Gi-bu-ti khảo sát các trung tâm logistics.",
        ),
        (
            "list_item",
            "2. Đề nghị SCZONE giới thiệu nhà đầu tư Ai Cập hợp tác xây dựng kho ngoại quan cho hàng Việt Nam.",
        ),
        (
            "list_item",
            "3. Tổ chức Tuần hàng Việt Nam tại Dubai vào tháng 10/2026.",
        ),
        (
            "list_item",
            "4. Chưa tổ chức đoàn xúc tiến thương mại sang Xu-đăng khi xung đột vũ trang ở nước này chưa chấm dứt.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

OTE_CONSTANTINOPLE = {
    "id": "ote",
    "shape": "entry",
    "blocks": [
        ("title", "Công ước Constantinople (1888)"),
        (
            "paragraph",
            "Công ước Constantinople là điều ước quốc tế bảo đảm quyền tự do đi lại qua kênh đào Xuy-ê cho tàu thuyền của mọi quốc gia, trong thời bình cũng như thời chiến. Công ước được Anh, Đức, Áo – Hung, Tây Ban Nha, Pháp, I-ta-li-a, Hà Lan, Nga và Đế quốc Ottoman ký tại Constantinople ngày 29/10/1888.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Kênh đào Xuy-ê nối Địa Trung Hải với Biển Đỏ, được khánh thành ngày 17/11/1869. Năm 1882, Anh đưa quân chiếm đóng Ai Cập và kiểm soát tuyến đường thủy này. Do bảo lưu của Anh, công ước chỉ thực sự được áp dụng từ năm 1904, sau khi Anh và Pháp ký Hiệp ước thân thiện (Entente cordiale).",
        ),
        ("heading", "Các cuộc khủng hoảng", 1),
        (
            "paragraph",
            "Ngày 26/7/1956, Tổng thống Ai Cập Gamal Abdel Nasser tuyên bố quốc hữu hóa Công ty kênh đào Xuy-ê. Cuối tháng 10/1956, Israel, Anh và Pháp tấn công Ai Cập; dưới sức ép của Mỹ và Liên Xô, ba nước buộc phải rút quân, nhường chỗ cho Lực lượng khẩn cấp của Liên hợp quốc (UNEF). Ngày 24/4/1957, Ai Cập ra tuyên bố cam kết tôn trọng Công ước và đăng ký văn kiện này tại Liên hợp quốc. Sau Chiến tranh Sáu ngày năm 1967, kênh đào bị đóng cửa tám năm, đến ngày 5/6/1975 mới mở lại.",
        ),
    ],
}

DOCS = [OTA_REDSEA, OTB_VINAMARINE, OTC_RES2722, OTD_PLAN, OTE_CONSTANTINOPLE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["CỤC TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "08:20",
        [("/the-gioi", "Thế giới"), ("/lien-hop-quoc", "Liên hợp quốc")],
        [("/tag/bien-do", "Biển Đỏ"), ("/tag/houthi", "Houthi")],
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
        prefix="ot",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
