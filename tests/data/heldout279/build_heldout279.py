"""Build the two hundred seventy-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout279/build_heldout279.py [--check]

Five short documents on Vietnam and the Pacific: a journal article on Vietnam – Australia relations (1973, the
Mỹ Thuận bridge, the strategic partnership of 2018 and the comprehensive strategic partnership of 7/3/2024),
a (fictitious) provincial agriculture department's year-end report for 2025 on a New Zealand-funded
project, a RADIO news bulletin transcript in the manner of VOV (the new shape, replacing the news page) on
the New Zealand Prime Minister's official visit of February 2025, a (fictitious) ministry department's plan
for 2026 on the Pacific Island countries, and an encyclopedia entry on the Pacific Islands Forum. Facts are
well-established; authors, journal, page numbers, document numbers, the report's and plan's items, the
bulletin's wording, its second and third items and the quoted words are invented. Gold is written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    bulletin_text,
    entry_text,
    headed_journal,
    ministry_plan,
    report_word,
)

ITA = {
    "id": "ita",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu Ấn Độ và Châu Á · Số 2 (147), 2025",
    "first_page": 33,
    "break_after": 7,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – Ô-XTRÂY-LI-A: HƠN NĂM THẬP KỶ VÀ BA NẤC THANG"),
        ("author", "Cao Thị Phương Thảo"),
        ("affiliation", "Viện Nghiên cứu Ấn Độ và Tây Nam Á"),
        (
            "abstract",
            "Bài viết phân tích các nấc thang phát triển của quan hệ Việt Nam – Ô-xtrây-li-a từ năm 1973 đến khi hai nước trở thành Đối tác chiến lược toàn diện.",
            "vi",
        ),
        ("keywords", "Ô-xtrây-li-a; ODA; đối tác chiến lược toàn diện; CPTPP", "vi"),
        ("heading", "1. Khởi đầu", 1),
        (
            "paragraph",
            "Ngày 26/2/1973, Việt Nam Dân chủ Cộng hòa và Ô-xtrây-li-a thiết lập quan hệ ngoại giao, khi chiến tranh ở Việt Nam còn chưa kết thúc (Lê Hữu Phúc, 2013, tr. 9). Viện trợ phát triển của Ô-xtrây-li-a để lại nhiều dấu ấn, tiêu biểu là cầu Mỹ Thuận bắc qua sông Tiền, khánh thành năm 2000.",
        ),
        ("heading", "2. Ba nấc thang", 1),
        (
            "paragraph",
            "Tháng 3/2018, nhân chuyến thăm chính thức Ô-xtrây-li-a của Thủ tướng Nguyễn Xuân Phúc, hai nước nâng quan hệ lên Đối tác chiến lược. Tháng 6/2023, Thủ tướng Anthony Albanese thăm chính thức Việt Nam. Ngày 7/3/2024, trong chuyến thăm Ô-xtrây-li-a của Thủ tướng Phạm Minh Chính, quan hệ được nâng lên Đối tác chiến lược toàn diện, điều mà một học giả gọi là “bước nhảy của lòng tin” (Hà Thị Minh Trang, 2024, tr. 41).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Hai nước chưa ký hiệp định thương mại tự do song phương, nhưng cùng là thành viên của CPTPP và RCEP. Việt Nam nên tận dụng các khuôn khổ này để mở rộng xuất khẩu nông sản sang Ô-xtrây-li-a (Mai Văn Tùng, 2025).",
        ),
    ],
}

ITB = {
    "id": "itb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH SƠN LA",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "Số: 302/BC-SNNMT",
        "Sơn La, ngày 24 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thực hiện dự án chuỗi giá trị quả bơ do Niu Di-lân tài trợ năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thực hiện dự án chuỗi giá trị quả bơ do Niu Di-lân tài trợ năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Tiếp nhận 350.000 đô-la Niu Di-lân viện trợ không hoàn lại từ Chương trình hợp tác phát triển của Niu Di-lân cho giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "2. Tháng 4/2025, Đại sứ Niu Di-lân tại Việt Nam lên thăm vùng dự án và làm việc với lãnh đạo tỉnh.",
        ),
        (
            "list_item",
            "3. Tháng 9/2025, cử 5 cán bộ kỹ thuật sang Niu Di-lân học tập quy trình bảo quản sau thu hoạch tại vùng Bay of Plenty.",
        ),
        (
            "list_item",
            "4. Bản ghi nhớ với một doanh nghiệp Niu Di-lân về bao tiêu sản phẩm chưa được ký do hai bên chưa thống nhất giá.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Mời chuyên gia Niu Di-lân sang tập huấn cho các hợp tác xã trong quý I/2026.",
        ),
        (
            "list_item",
            "2. Tham gia đoàn doanh nghiệp Việt Nam sang Niu Di-lân xúc tiến xuất khẩu quả bơ.",
        ),
        (
            "paragraph",
            "Sở Nông nghiệp và Môi trường kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo.",
        ),
    ],
}

ITC = {
    "id": "itc",
    "shape": "radio",
    "station": "ĐÀI TIẾNG NÓI VIỆT NAM – HỆ THỜI SỰ CHÍNH TRỊ TỔNG HỢP (VOV1)",
    "blocks": [
        ("title", "Chương trình Thời sự 18 giờ – Thứ Tư, ngày 26/02/2025"),
        (
            "paragraph",
            "Kính chào quý vị và các bạn. Mời quý vị nghe Chương trình Thời sự 18 giờ của Đài Tiếng nói Việt Nam.",
            "PTV",
        ),
        (
            "paragraph",
            "Chiều nay, tại Hà Nội, Thủ tướng Phạm Minh Chính chủ trì lễ đón chính thức và hội đàm với Thủ tướng Niu Di-lân Christopher Luxon. Ông Luxon đang thăm chính thức Việt Nam từ ngày 25 đến 28/2. Sau hội đàm, hai Thủ tướng tuyên bố nâng quan hệ Việt Nam – Niu Di-lân lên Đối tác chiến lược toàn diện.",
            "PTV",
        ),
        (
            "paragraph",
            "Đây là chuyến thăm Việt Nam đầu tiên của ông Luxon trên cương vị Thủ tướng. Chuyến thăm diễn ra đúng dịp hai nước kỷ niệm năm mươi năm thiết lập quan hệ ngoại giao. Tối qua, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đã ra sân bay Nội Bài đón ông. Tại hội đàm, hai bên nhất trí phấn đấu đưa kim ngạch thương mại lên ba tỷ đô-la Mỹ vào năm 2026.",
            "PV",
        ),
        (
            "paragraph",
            "(Tiếng ông Christopher Luxon, Thủ tướng Niu Di-lân – qua phiên dịch) Việt Nam là ngôi sao đang lên của Đông Nam Á. Chúng tôi muốn cùng Việt Nam làm nhiều hơn nữa, từ giáo dục, nông nghiệp đến quốc phòng.",
            "BĂNG",
        ),
        (
            "paragraph",
            "Thưa quý vị, chiều qua, tại Thành phố Hồ Chí Minh, Tổng Lãnh sự quán Ô-xtrây-li-a trao học bổng Chính phủ Ô-xtrây-li-a cho bốn mươi hai ứng viên các tỉnh phía Nam.",
            "PTV",
        ),
        (
            "paragraph",
            "(Tiếng bà Tổng Lãnh sự Ô-xtrây-li-a tại Thành phố Hồ Chí Minh) Các bạn sẽ là những sứ giả của tình hữu nghị Ô-xtrây-li-a – Việt Nam.",
            "BĂNG",
        ),
        (
            "paragraph",
            "Thưa quý vị, cũng trong sáng nay, Phòng Thương mại và Công nghiệp Việt Nam tiếp đoàn doanh nghiệp Pa-pua Niu Ghi-nê sang tìm hiểu thị trường gạo và cà phê. Hai bên chưa có đường bay thẳng, nên chi phí vận chuyển vẫn là trở ngại lớn.",
            "PTV",
        ),
        (
            "paragraph",
            "Chương trình Thời sự 18 giờ của Đài Tiếng nói Việt Nam đến đây là kết thúc. Xin chào và hẹn gặp lại.",
            "PTV",
        ),
    ],
}

ITD = {
    "id": "itd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VỤ ĐÔNG NAM Á – NAM Á':<40}Độc lập - Tự do - Hạnh phúc",
        "– NAM THÁI BÌNH DƯƠNG",
        f"{'Số: 17/KH-ĐNA':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tăng cường quan hệ với các quốc đảo Thái Bình Dương năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tăng cường quan hệ với các quốc đảo Thái Bình Dương năm 2026"),
        ("heading", "I. ĐÁNH GIÁ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Vụ đã phối hợp tổ chức khóa tập huấn về nuôi trồng thủy sản cho 12 cán bộ của Phi-gi và Pa-pua Niu Ghi-nê tại Khánh Hòa. Việc mở Đại sứ quán Việt Nam tại Pa-pua Niu Ghi-nê chưa được đưa vào kế hoạch do hạn chế về nguồn lực.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tổ chức tham vấn chính trị cấp Thứ trưởng với Pa-pua Niu Ghi-nê tại Hà Nội trong quý II/2026.",
        ),
        (
            "list_item",
            "2. Trình Lãnh đạo Bộ phương án đón Bộ trưởng Ngoại giao Phi-gi sang thăm Việt Nam.",
        ),
        (
            "list_item",
            "3. Đề xuất ký bản ghi nhớ hợp tác nghề cá với Phi-gi.",
        ),
        (
            "list_item",
            "4. Nghiên cứu các hình thức tăng cường quan hệ với Diễn đàn các đảo Thái Bình Dương (PIF).",
        ),
        (
            "paragraph",
            "Các phòng thuộc Vụ căn cứ Kế hoạch chủ động triển khai, báo cáo Lãnh đạo Vụ định kỳ hằng quý.",
        ),
    ],
}

ITE = {
    "id": "ite",
    "shape": "entry",
    "blocks": [
        ("title", "Diễn đàn các đảo Thái Bình Dương"),
        (
            "paragraph",
            "Diễn đàn các đảo Thái Bình Dương (PIF) là tổ chức liên chính phủ của 18 thành viên ở khu vực Thái Bình Dương, trong đó có Ô-xtrây-li-a, Niu Di-lân, Pa-pua Niu Ghi-nê và Phi-gi; Ban Thư ký đặt tại Su-va (Phi-gi). Tổ chức ra đời tháng 8/1971 tại Oen-linh-tơn với tên gọi Diễn đàn Nam Thái Bình Dương và đổi sang tên hiện nay năm 2000.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Năm 2016, hai vùng lãnh thổ thuộc Pháp là Pô-li-nê-xi thuộc Pháp và Niu Ca-lê-đô-ni-a được kết nạp làm thành viên đầy đủ. Tháng 2/2021, Pa-lau cùng các nước Micronesia tuyên bố rút khỏi Diễn đàn để phản đối kết quả bầu Tổng Thư ký; rạn nứt được hàn gắn bằng Thỏa thuận Su-va tháng 6/2022. Ki-ri-ba-ti rút khỏi Diễn đàn tháng 7/2022 nhưng trở lại vào đầu năm 2023.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Hội nghị các nhà lãnh đạo của Diễn đàn được tổ chức hằng năm, luân phiên tại các nước thành viên. Tháng 7/2022, các nhà lãnh đạo thông qua Chiến lược 2050 vì Lục địa Thái Bình Dương xanh. Hội nghị các nhà lãnh đạo lần thứ 53 do Tông-ga đăng cai tại Nu-ku-a-lô-pha tháng 8/2024.",
        ),
    ],
}

DOCS = [ITA, ITB, ITC, ITD, ITE]


def render_radio(doc: dict) -> str:
    """A radio news bulletin's script copied as text (VOV "Thời sự") by heldout_kit.bulletin_text: the station
    line, the programme line with its time and date, a dashed rule, then every turn on its own line after its
    label ("PTV:" the presenter, "PV:" the reporter, "BĂNG:" a recorded clip, whose speaker caption "(Tiếng
    ông …)" stands on the line above the speech), a blank line between turns, the end mark."""
    return bulletin_text(doc, [doc["station"]], ["-" * 40], labelled=True, closing="(HẾT BẢN TIN)")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return report_word(doc, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "VỤ TRƯỞNG", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["VỤ TRƯỞNG", "", "(đã ký)"],
        recipients=["- Lãnh đạo Bộ (để b/c);", "- Các đơn vị liên quan;", "- Lưu: VT, ĐNA."],
        columns=(48, 48, 50),
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "radio": render_radio,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="it",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
