"""Build the hundred-and-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout108/build_heldout108.py [--check]

Five short documents on ASEAN and regional security written after the rules were tuned on the seeds and
the earlier held-out sets, on topics those sets do not use as main topics (counter-terrorism cooperation
between ASEAN and its partners 2001 – 2017, the Ministry of National Defence's Department of Foreign
Relations on multilateral defence diplomacy in 2024, the opening of the first ADMM+ in Hà Nội on 12/10/2010,
a (fictitious) Ministry of Public Security plan for counter-terrorism cooperation in 2026, an encyclopedia
entry on ReCAAP). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the report's and the plan's local items and all quoted words are invented.
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

TTA_TERRORISM = {
    "id": "tta",
    "shape": "journal",
    "header": "TẠP CHÍ AN NINH VÀ HỢP TÁC KHU VỰC – Số 4 (2024)",
    "first_page": 47,
    "break_after": 9,
    "blocks": [
        ("title", "HỢP TÁC CHỐNG KHỦNG BỐ GIỮA ASEAN VÀ CÁC ĐỐI TÁC: HAI THẬP NIÊN NHÌN LẠI"),
        ("author", "Đặng Quốc Khánh"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại các mốc chính của hợp tác chống khủng bố giữa ASEAN và các đối tác.",
            "vi",
        ),
        ("keywords", "ASEAN; chống khủng bố; ACCT; an ninh phi truyền thống", "vi"),
        ("heading", "1. Những văn kiện đầu tiên", 1),
        (
            "paragraph",
            "Chưa đầy hai tháng sau vụ tấn công ngày 11/9/2001 tại Mỹ, lãnh đạo các nước ASEAN họp tại Bandar Seri Begawan đã thông qua Tuyên bố về hành động chung chống khủng bố ngày 5/11/2001. Cũng tại thủ đô Bru-nây, ngày 1/8/2002, Ngoại trưởng Mỹ Colin Powell và bộ trưởng ngoại giao mười nước ASEAN ký Tuyên bố chung ASEAN – Hoa Kỳ về hợp tác chống khủng bố quốc tế, theo đó hai bên cam kết chia sẻ thông tin tình báo và ngăn chặn nguồn tài chính của các nhóm khủng bố (Trịnh Minh Châu, 2015, tr. 33). Vụ đánh bom ở Ba-li ngày 12/10/2002 làm 202 người thiệt mạng càng cho thấy tính cấp bách của vấn đề. Ngày 4/11/2002, tại Phnôm Pênh, ASEAN và Trung Quốc ra Tuyên bố chung về hợp tác trong lĩnh vực an ninh phi truyền thống.",
        ),
        ("heading", "2. Công ước ASEAN về chống khủng bố", 1),
        (
            "paragraph",
            "Tại Hội nghị Cấp cao ASEAN lần thứ 12 ở Xê-bu (Phi-líp-pin), ngày 13/1/2007, lãnh đạo mười nước thành viên đã ký Công ước ASEAN về chống khủng bố (ACCT). Công ước có hiệu lực từ ngày 27/5/2011, sau khi Bru-nây trở thành nước thứ sáu phê chuẩn; Ma-lai-xi-a là nước cuối cùng nộp văn kiện phê chuẩn, vào tháng 1/2013 (Phan Quốc Huy, 2019). Việt Nam đã phê chuẩn Công ước và tích cực tham gia các hoạt động triển khai.",
        ),
        ("heading", "3. Thách thức mới", 1),
        (
            "paragraph",
            "Cuộc giao tranh giữa quân đội Phi-líp-pin và các nhóm vũ trang thân “Nhà nước Hồi giáo” ở thành phố Marawi, kéo dài từ ngày 23/5 đến ngày 23/10/2017, cho thấy nguy cơ khủng bố trong khu vực vẫn hiện hữu. Trong thời gian đó, Mỹ và Ô-xtrây-li-a hỗ trợ quân đội Phi-líp-pin về trinh sát, tình báo, còn Trung Quốc viện trợ vũ khí cho nước này. Nhìn chung, hợp tác khu vực “phát triển nhanh về văn kiện nhưng còn chậm về hành động chung” (Đinh Thị Ngọc Mai, 2021, tr. 88). Theo chúng tôi, Việt Nam nên cùng các nước ASEAN đề xuất với các đối tác một cơ chế chia sẻ thông tin về các đối tượng khủng bố di chuyển qua biên giới.",
        ),
    ],
}

TTB_DEFENCE = {
    "id": "ttb",
    "shape": "word",
    "head": [
        "BỘ QUỐC PHÒNG",
        "CỤC ĐỐI NGOẠI",
        "Số: 2145/BC-CĐN",
        "Hà Nội, ngày 10 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại quốc phòng đa phương năm 2024 và phương hướng năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác đối ngoại quốc phòng đa phương năm 2024 và phương hướng năm 2025",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng trước, đoàn Bộ Quốc phòng do Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, dẫn đầu đã tham dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 18 (ADMM-18) và Hội nghị ADMM+ lần thứ 11 tại Viêng Chăn (Lào). Tại Hội nghị, Bộ trưởng khẳng định Việt Nam ủng hộ ở mức cao nhất để Lào hoàn thành tốt vai trò Chủ tịch ASEAN năm 2024.",
        ),
        (
            "list_item",
            "2. Hội nghị ADMM-18 đã thông qua Tuyên bố chung Viêng Chăn và nhất trí tổ chức cuộc diễn tập hàng hải ASEAN – Hoa Kỳ lần thứ hai vào năm 2025; bên lề Hội nghị, các bộ trưởng ASEAN đã có cuộc gặp không chính thức với Bộ trưởng Quốc phòng Hoa Kỳ.",
        ),
        (
            "list_item",
            "3. Trong năm, Cục đã phối hợp với Bộ Quốc phòng Ô-xtrây-li-a tổ chức hai khóa bồi dưỡng tiếng Anh và kỹ năng tham mưu cho sĩ quan chuẩn bị tham gia lực lượng gìn giữ hòa bình Liên hợp quốc.",
        ),
        (
            "list_item",
            "4. Tháng 6, đón đoàn Nhóm chuyên gia ADMM+ về hành động khắc phục hậu quả bom mìn sang khảo sát tại tỉnh Quảng Trị; phía Nhật Bản đã tài trợ một phần kinh phí cho hoạt động này.",
        ),
        (
            "list_item",
            "5. Việc ký Bản ghi nhớ về hợp tác gìn giữ hòa bình với Bộ Quốc phòng Niu Di-lân chưa thực hiện được do hai bên còn khác biệt về một số nội dung.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tham dự Hội nghị ADMM-19 và Hội nghị ADMM+ lần thứ 12 tại Ma-lai-xi-a, nước giữ cương vị Chủ tịch ASEAN năm 2025.",
        ),
        (
            "list_item",
            "2. Chuẩn bị lực lượng, phương tiện tham gia cuộc diễn tập hàng hải ASEAN – Hoa Kỳ lần thứ hai.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Nhật Bản tiếp tục hỗ trợ đào tạo chuyên gia rà phá bom mìn cho Trung tâm Hành động bom mìn quốc gia Việt Nam.",
        ),
    ],
}

TTC_ADMMPLUS = {
    "id": "ttc",
    "shape": "news",
    "date": "2010-10-12",
    "stamp": "Thứ Ba, 12/10/2010 - 11:30",
    "blocks": [
        ("title", "Khai mạc Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần thứ nhất"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 12/10, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) lần thứ nhất đã khai mạc tại Hà Nội dưới sự chủ trì của Đại tướng Phùng Quang Thanh, Bộ trưởng Bộ Quốc phòng Việt Nam.",
        ),
        (
            "paragraph",
            "Tham dự Hội nghị có bộ trưởng quốc phòng hoặc đại diện của mười nước ASEAN, của tám nước đối tác đối thoại là Ô-xtrây-li-a, Trung Quốc, Ấn Độ, Nhật Bản, Hàn Quốc, Niu Di-lân, Nga, Hoa Kỳ và Tổng Thư ký ASEAN. Phát biểu chào mừng, Thủ tướng Nguyễn Tấn Dũng nhấn mạnh Hội nghị là một bước tiến mới trong hợp tác quốc phòng của ASEAN và là sự kiện quan trọng trong năm Việt Nam giữ cương vị Chủ tịch ASEAN.",
        ),
        ("heading", "Năm lĩnh vực hợp tác ưu tiên", 1),
        (
            "paragraph",
            "Các đại biểu tập trung thảo luận về hợp tác trong năm lĩnh vực: an ninh biển, chống khủng bố, hỗ trợ nhân đạo và cứu trợ thảm họa, gìn giữ hòa bình và quân y. Dự kiến cuối ngày, các bộ trưởng sẽ ra Tuyên bố chung Hà Nội và đến chào Chủ tịch nước Nguyễn Minh Triết.",
        ),
        ("heading", "Mỹ, Trung Quốc nối lại tiếp xúc quốc phòng", 1),
        (
            "paragraph",
            "Bên lề Hội nghị, hôm qua (11/10), Bộ trưởng Quốc phòng Mỹ Robert Gates đã có cuộc gặp với Bộ trưởng Quốc phòng Trung Quốc Lương Quang Liệt. Đây là cuộc gặp đầu tiên giữa hai người kể từ khi Bắc Kinh đình chỉ các hoạt động giao lưu quân sự với Washington hồi tháng 1 để phản đối kế hoạch bán vũ khí trị giá hơn 6 tỷ USD cho Đài Loan. Ông Lương Quang Liệt đã mời người đồng cấp Mỹ thăm Trung Quốc; ông Gates nhận lời, song thời điểm chuyến thăm chưa được ấn định.",
        ),
    ],
}

TTD_PLAN = {
    "id": "ttd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG AN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC ĐỐI NGOẠI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-CĐN':<40}Hà Nội, ngày 08 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về phòng, chống khủng bố",
        "và tội phạm xuyên quốc gia năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác quốc tế về phòng, chống khủng bố và tội phạm xuyên quốc gia năm 2026",
        ),
        (
            "paragraph",
            "Để triển khai Công ước ASEAN về chống khủng bố (ACCT) và Công ước của Liên hợp quốc về chống tội phạm mạng (Công ước Hà Nội), Cục Đối ngoại xây dựng Kế hoạch hợp tác quốc tế năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Công ước Hà Nội được Đại hội đồng Liên hợp quốc thông qua tháng 12/2024 và mở ký tại Hà Nội ngày 25/10/2025 với sự chứng kiến của Tổng Thư ký Liên hợp quốc António Guterres. Năm ngoái, Bộ Công an đã đón đoàn Cảnh sát Liên bang Ô-xtrây-li-a sang trao đổi kinh nghiệm điều tra tài trợ khủng bố, nhưng chưa ký được thỏa thuận chia sẻ thông tin tài chính với phía bạn.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn tham dự Hội nghị Quan chức cao cấp ASEAN về tội phạm xuyên quốc gia (SOMTC) tại Phi-líp-pin, nước Chủ tịch ASEAN năm 2026.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao hoàn tất hồ sơ trình phê chuẩn Công ước Hà Nội trong năm 2026.",
        ),
        (
            "list_item",
            "3. Đề nghị Cảnh sát Liên bang Ô-xtrây-li-a hỗ trợ đào tạo điều tra tài trợ khủng bố cho cán bộ công an các tỉnh biên giới.",
        ),
        (
            "list_item",
            "4. Đàm phán, ký Bản ghi nhớ với Bộ An ninh Lào về phòng, chống khủng bố và tội phạm ma túy xuyên biên giới, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "5. Không tổ chức diễn tập chung chống khủng bố có lực lượng nước ngoài tham gia trên lãnh thổ Việt Nam trong năm 2026.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác đa phương là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

TTE_RECAAP = {
    "id": "tte",
    "shape": "entry",
    "blocks": [
        (
            "title",
            "Hiệp định hợp tác khu vực về chống cướp biển và cướp có vũ trang đối với tàu thuyền ở châu Á",
        ),
        (
            "paragraph",
            "Hiệp định hợp tác khu vực về chống cướp biển và cướp có vũ trang đối với tàu thuyền ở châu Á (ReCAAP) là thỏa thuận liên chính phủ đầu tiên ở châu Á về vấn đề này. Sáng kiến do Thủ tướng Nhật Bản Koizumi Junichiro đưa ra năm 2001; văn bản Hiệp định được 16 nước châu Á hoàn tất tại Tô-ky-ô tháng 11/2004 và có hiệu lực từ ngày 4/9/2006, sau khi được mười nước phê chuẩn.",
        ),
        ("heading", "Trung tâm Chia sẻ thông tin", 1),
        (
            "paragraph",
            "Trung tâm Chia sẻ thông tin (ISC) của ReCAAP chính thức hoạt động tại Xin-ga-po từ ngày 29/11/2006. Xin-ga-po là nước lưu chiểu Hiệp định và đặt trụ sở Trung tâm; ông Ito Yoshiaki, nhà ngoại giao Nhật Bản, được Hội đồng Điều hành chọn làm Giám đốc điều hành đầu tiên. Nhật Bản cũng đóng góp kinh phí và cử cán bộ làm việc tại Trung tâm.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Các thành viên ban đầu gồm Băng-la-đét, Bru-nây, Cam-pu-chia, Trung Quốc, Ấn Độ, Nhật Bản, Hàn Quốc, Lào, Mi-an-ma, Phi-líp-pin, Xin-ga-po, Xri Lan-ca, Thái Lan và Việt Nam. In-đô-nê-xi-a và Ma-lai-xi-a tuy tham gia đàm phán nhưng đến nay chưa gia nhập. Về sau, Na Uy, Hà Lan, Đan Mạch, Anh, Ô-xtrây-li-a và Hoa Kỳ lần lượt trở thành thành viên; tính đến năm 2017, Hiệp định có 20 bên tham gia.",
        ),
        ("heading", "Việt Nam và ReCAAP", 1),
        (
            "paragraph",
            "Việt Nam phê chuẩn Hiệp định từ trước khi văn kiện này có hiệu lực. Cảnh sát biển Việt Nam là đầu mối quốc gia, thường xuyên trao đổi thông tin về các vụ cướp có vũ trang với Trung tâm.",
        ),
    ],
}

DOCS = [TTA_TERRORISM, TTB_DEFENCE, TTC_ADMMPLUS, TTD_PLAN, TTE_RECAAP]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["CỤC TRƯỞNG", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thời sự",
        "11:30",
        [("/thoi-su", "Thời sự"), ("/quoc-te", "Quốc tế")],
        [("/tag/admm", "ADMM+"), ("/tag/quoc-phong", "Quốc phòng")],
    )


def render_plan(doc: dict) -> str:
    """A department plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Lãnh đạo Bộ (để báo cáo);",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Lưu: VT, ĐN.",
        ],
        ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "(đã ký)"],
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
        prefix="tt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
