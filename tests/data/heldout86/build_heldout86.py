"""Build the eighty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout86/build_heldout86.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on a
partner those sets do not use as a main topic: Iran (a journal article on fifty years of Vietnam – Iran
relations, the Vietnamese Embassy in Iran's report on 2024, a news page on the Security Council's rejection
of the US draft to extend the arms embargo on Iran on 14/8/2020, a (fictitious) Trade Promotion Agency plan
for exports to Iran in 2026, an encyclopedia entry on the Joint Comprehensive Plan of Action). Nothing in
src/ was changed for them. Facts are well-established; authors, journal, page numbers, document numbers,
the embassy's local items and the quoted words of the cited authors are invented, the agency's plan
(number, date, tasks) is fictitious. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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

VRA_IRAN = {
    "id": "vra",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TÂY Á VÀ CHÂU PHI – Số 3 (2025)",
    "first_page": 27,
    "break_after": 10,
    "blocks": [
        ("title", "VIỆT NAM – IRAN: NỬA THẾ KỶ QUAN HỆ TRONG MỘT KHU VỰC NHIỀU BIẾN ĐỘNG"),
        ("author", "Hồ Thị Ngọc Lan"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại những dấu mốc chính của quan hệ Việt Nam – Iran từ năm 1973, phân tích tác động của vấn đề hạt nhân Iran và chính sách “hướng Đông” của Tê-hê-ran, từ đó nêu một số gợi ý cho Việt Nam.",
            "vi",
        ),
        ("keywords", "Iran; JCPOA; SCO; BRICS; quan hệ song phương", "vi"),
        ("heading", "1. Những dấu mốc ban đầu", 1),
        (
            "paragraph",
            "Việt Nam và Iran chính thức thiết lập quan hệ ngoại giao ngày 4/8/1973. Tuy vậy, phải gần hai thập kỷ sau, quan hệ hai nước mới có bước phát triển đáng kể: năm 1991, Iran mở Đại sứ quán tại Hà Nội, còn ta mở Đại sứ quán tại Tê-hê-ran năm 1997 (Đỗ Quang Minh, 2019, tr. 44). Chủ tịch nước Lê Đức Anh thăm Iran vào tháng 5/1994 và một năm sau, Tổng thống A. H. Rafsanjani sang thăm nước ta.",
        ),
        ("heading", "2. Vấn đề hạt nhân và lập trường của Việt Nam", 1),
        (
            "paragraph",
            "Ngày 14/7/2015, Iran và nhóm P5+1 gồm Mỹ, Nga, Trung Quốc, Anh, Pháp và Đức đạt được Kế hoạch Hành động chung toàn diện (JCPOA) tại Viên. Hai ngày sau, người phát ngôn Bộ Ngoại giao nước ta hoan nghênh thỏa thuận, coi đây là “đóng góp quan trọng và tích cực vào an ninh, ổn định của khu vực và thế giới” (Hà Thị Thu Trang, 2021, tr. 96). Song chỉ ba năm sau, ngày 8/5/2018, Mỹ tuyên bố rút khỏi JCPOA và tái áp đặt các lệnh trừng phạt đối với Iran.",
        ),
        ("heading", "3. Chính sách “hướng Đông” và gợi ý cho Việt Nam", 1),
        (
            "paragraph",
            "Trong bối cảnh đó, Tê-hê-ran đẩy mạnh quan hệ với các nước châu Á và các cơ chế hợp tác mới. Ngày 4/7/2023, Iran trở thành thành viên chính thức của Tổ chức Hợp tác Thượng Hải (SCO), rồi gia nhập nhóm BRICS từ ngày 1/1/2024 (Phan Hữu Nghĩa, 2024). Tháng 8/2023, đúng dịp kỷ niệm 50 năm quan hệ ngoại giao, Chủ tịch Quốc hội Vương Đình Huệ thăm chính thức Iran. Dù vậy, kim ngạch thương mại song phương còn khiêm tốn và hai nước chưa ký hiệp định thương mại tự do. Theo chúng tôi, ta cần sớm tổ chức kỳ họp tiếp theo của Ủy ban liên chính phủ, qua đó tìm phương thức thanh toán phù hợp để đẩy mạnh xuất khẩu gạo, chè, hạt tiêu sang thị trường này.",
        ),
    ],
}

VRB_TEHRAN = {
    "id": "vrb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN NƯỚC CHXHCN VIỆT NAM TẠI IRAN",
        "Số: 87/BC-ĐSQ",
        "Tê-hê-ran, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Sau khi Tổng thống Ebrahim Raisi qua đời trong vụ rơi trực thăng ngày 19/5/2024, Đại sứ quán đã mở sổ tang và chuyển điện chia buồn của Lãnh đạo cấp cao ta tới Lãnh đạo Iran. Ngày 30/7, Đại sứ dự lễ tuyên thệ nhậm chức của Tổng thống Masoud Pezeshkian tại Quốc hội Iran.",
        ),
        (
            "list_item",
            "2. Trong tháng 4 và tháng 10, căng thẳng giữa Iran và I-xra-en leo thang thành các đợt tấn công trực tiếp bằng tên lửa và máy bay không người lái; Đại sứ quán đã giữ liên lạc thường xuyên với cộng đồng người Việt và chuẩn bị sẵn phương án sơ tán. Không có công dân ta bị thương vong.",
        ),
        (
            "list_item",
            "3. Đại sứ quán phối hợp với Phòng Thương mại, Công nghiệp, Mỏ và Nông nghiệp Iran tổ chức hội thảo giới thiệu gạo, chè và cà phê Việt Nam tại Tê-hê-ran, thu hút khoảng 60 doanh nghiệp hai nước tham dự.",
        ),
        (
            "list_item",
            "4. Tháng trước, đoàn Bộ Nông nghiệp Iran sang làm việc tại Hà Nội và Cần Thơ, tìm hiểu kinh nghiệm sản xuất và chế biến lúa gạo.",
        ),
        (
            "list_item",
            "5. Kỳ họp lần thứ 10 Ủy ban liên chính phủ Việt Nam – Iran vẫn chưa được tổ chức do hai bên chưa thống nhất được thời gian.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị kỳ họp lần thứ 10 Ủy ban liên chính phủ và Tham khảo chính trị cấp Thứ trưởng Ngoại giao hai nước, dự kiến tổ chức tại Hà Nội trong quý II/2025.",
        ),
        (
            "list_item",
            "2. Vận động phía bạn sớm ký Bản ghi nhớ hợp tác về kiểm dịch thực vật để mở cửa thị trường cho trái cây tươi của Việt Nam.",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn doanh nghiệp Việt Nam tham dự hội chợ nông sản, thực phẩm tại Tê-hê-ran trong sáu tháng đầu năm 2025.",
        ),
    ],
}

VRC_EMBARGO = {
    "id": "vrc",
    "shape": "news",
    "date": "2020-08-15",
    "stamp": "Thứ Bảy, 15/08/2020 - 07:30",
    "blocks": [
        ("title", "Hội đồng Bảo an bác dự thảo của Mỹ về gia hạn cấm vận vũ khí đối với Iran"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Ngày 14/8 (giờ địa phương), Hội đồng Bảo an Liên hợp quốc đã không thông qua dự thảo nghị quyết do Mỹ đệ trình nhằm gia hạn vô thời hạn lệnh cấm vận vũ khí đối với Iran, vốn sẽ hết hiệu lực vào ngày 18/10 tới theo Nghị quyết 2231.",
        ),
        ("heading", "Chỉ hai phiếu thuận", 1),
        (
            "paragraph",
            "Theo Đại sứ In-đô-nê-xi-a Dian Triansyah Djani, Chủ tịch Hội đồng Bảo an tháng 8, văn kiện chỉ nhận được phiếu thuận của Mỹ và Cộng hòa Đô-mi-ni-ca, trong khi Nga và Trung Quốc bỏ phiếu chống. 11 thành viên còn lại, trong đó có Việt Nam, Anh, Pháp và Đức, bỏ phiếu trắng.",
        ),
        (
            "paragraph",
            "Ngoại trưởng Mỹ Mike Pompeo gọi việc Hội đồng không hành động quyết đoán là “không thể bào chữa”. Trước đó, I-xra-en và sáu nước thành viên Hội đồng Hợp tác vùng Vịnh (GCC) đã lên tiếng ủng hộ việc gia hạn. Trong khi đó, Đại sứ Trung Quốc tại Liên hợp quốc Trương Quân cho rằng kết quả này cho thấy chủ nghĩa đơn phương không nhận được sự ủng hộ.",
        ),
        ("heading", "Nguy cơ “khôi phục trừng phạt”", 1),
        (
            "paragraph",
            "Mỹ đã rút khỏi thỏa thuận hạt nhân năm 2015 giữa Iran và nhóm P5+1 từ tháng 5/2018, song vẫn đe dọa kích hoạt cơ chế khôi phục toàn bộ các lệnh trừng phạt của Liên hợp quốc đối với Tê-hê-ran. Anh, Pháp và Đức khẳng định vẫn ủng hộ thỏa thuận. Cùng ngày, Tổng thống Nga Vla-đi-mia Pu-tin đề xuất một hội nghị thượng đỉnh trực tuyến giữa năm nước ủy viên thường trực Hội đồng Bảo an, Đức và Iran để tránh leo thang căng thẳng.",
        ),
        (
            "paragraph",
            "Là Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021, Việt Nam nhất quán ủng hộ giải quyết vấn đề hạt nhân Iran bằng biện pháp hòa bình, thông qua đối thoại.",
        ),
    ],
}

VRD_PLAN = {
    "id": "vrd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC XÚC TIẾN THƯƠNG MẠI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 18/KH-XTTM':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến xuất khẩu sang thị trường Iran năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến xuất khẩu sang thị trường Iran năm 2026"),
        (
            "paragraph",
            "Nhằm triển khai kết quả chuyến thăm chính thức Iran của Chủ tịch Quốc hội tháng 8/2023 và hỗ trợ doanh nghiệp duy trì xuất khẩu trong điều kiện mới, Cục Xúc tiến thương mại xây dựng Kế hoạch xúc tiến xuất khẩu sang thị trường Iran năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Iran là thị trường khoảng 90 triệu dân, có nhu cầu lớn về gạo, chè, hạt tiêu và hàng dệt may. Từ cuối tháng 9/2025, các lệnh trừng phạt của Liên hợp quốc đối với Iran được khôi phục theo cơ chế do Anh, Pháp và Đức kích hoạt; cùng với các biện pháp trừng phạt đơn phương của Mỹ, điều này khiến việc thanh toán qua ngân hàng càng khó khăn. Năm ngoái, Cục đã tổ chức hai đoàn doanh nghiệp sang Tê-hê-ran nhưng chưa mở được văn phòng xúc tiến thương mại tại nước này.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 6 năm nay, tổ chức đoàn doanh nghiệp gạo, chè, cà phê tham dự hội chợ quốc tế nông sản và thực phẩm tại Tê-hê-ran.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Iran tại Hà Nội tổ chức Diễn đàn doanh nghiệp Việt Nam – Iran trong quý III/2026.",
        ),
        (
            "list_item",
            "3. Đề nghị Bộ Ngoại giao trao đổi với phía Iran về việc ký Bản ghi nhớ hợp tác giữa Cục và Tổ chức Xúc tiến thương mại Iran (TPO), dự kiến vào tháng 11.",
        ),
        (
            "list_item",
            "4. Không xúc tiến các mặt hàng thuộc danh mục bị Liên hợp quốc cấm chuyển giao cho Iran; khuyến nghị doanh nghiệp thận trọng khi thanh toán bằng đồng đô la Mỹ.",
        ),
        (
            "paragraph",
            "Phòng Xúc tiến thương mại khu vực châu Phi – Tây Á là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

VRE_JCPOA = {
    "id": "vre",
    "shape": "entry",
    "blocks": [
        ("title", "Kế hoạch Hành động chung toàn diện"),
        (
            "paragraph",
            "Kế hoạch Hành động chung toàn diện (JCPOA), thường gọi là thỏa thuận hạt nhân Iran, là văn kiện được Iran và nhóm P5+1, gồm Trung Quốc, Pháp, Nga, Anh, Mỹ và Đức, cùng Liên minh châu Âu (EU) thông qua tại Viên (Áo) ngày 14/7/2015. Theo thỏa thuận, Iran chấp nhận hạn chế chương trình làm giàu urani và để Cơ quan Năng lượng nguyên tử quốc tế (IAEA) thanh sát, đổi lại các lệnh trừng phạt liên quan đến hạt nhân được dỡ bỏ.",
        ),
        ("heading", "Thực thi", 1),
        (
            "paragraph",
            "Ngày 20/7/2015, Hội đồng Bảo an Liên hợp quốc nhất trí thông qua Nghị quyết 2231 tán thành thỏa thuận. Sau khi IAEA xác nhận Iran đã hoàn tất các bước cam kết, thỏa thuận bắt đầu được thực hiện từ ngày 16/1/2016; cùng ngày, Mỹ và EU dỡ bỏ phần lớn các lệnh trừng phạt liên quan đến chương trình hạt nhân của nước này.",
        ),
        ("heading", "Mỹ rút lui và cơ chế khôi phục trừng phạt", 1),
        (
            "paragraph",
            "Ngày 8/5/2018, Tổng thống Mỹ Đô-nan Trăm tuyên bố rút khỏi JCPOA và tái áp đặt trừng phạt. Một năm sau, Iran bắt đầu vượt các giới hạn về làm giàu urani. Các vòng đàm phán ở Viên từ tháng 4/2021 nhằm khôi phục thỏa thuận không đi đến kết quả. Ngày 28/8/2025, Anh, Pháp và Đức kích hoạt cơ chế khôi phục trừng phạt; bất chấp sự phản đối của Nga và Trung Quốc, các lệnh trừng phạt của Liên hợp quốc đối với Iran được tái áp đặt từ ngày 28/9/2025.",
        ),
        ("heading", "Lập trường của Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam hoan nghênh việc các bên đạt được thỏa thuận năm 2015 và nhất quán ủng hộ giải quyết vấn đề hạt nhân Iran bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế. Tháng 8/2020, khi là Ủy viên không thường trực Hội đồng Bảo an, Việt Nam bỏ phiếu trắng đối với dự thảo nghị quyết của Mỹ về gia hạn lệnh cấm vận vũ khí đối với Iran.",
        ),
    ],
}

DOCS = [VRA_IRAN, VRB_TEHRAN, VRC_EMBARGO, VRD_PLAN, VRE_JCPOA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Thế giới",
        "07:30",
        [("/the-gioi", "Thế giới"), ("/the-gioi/trung-dong", "Trung Đông")],
        [("/tag/iran", "Iran"), ("/tag/hoi-dong-bao-an", "Hội đồng Bảo an")],
    )


def render_plan(doc: dict) -> str:
    """An agency plan: the two-column issuer/motto block, the centred two-line title, body at 78 columns
    with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ trưởng (để báo cáo);",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Lưu: VT, XTTM.",
        ],
        ["CỤC TRƯỞNG", "(đã ký)"],
        columns=(50, 50),
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
        prefix="vr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
