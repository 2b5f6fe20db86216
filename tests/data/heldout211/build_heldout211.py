"""Build the two-hundred-and-eleventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout211/build_heldout211.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Qatar's and Egypt's mediation in the Gaza war of 2023 – 2025; the Vietnam Red
Cross Society's external relations in 2024; the Gaza ceasefire taking effect on 19/1/2025; a (fictitious)
Consular Department plan for the protection of Vietnamese citizens in the Middle East in 2026; an
encyclopedia entry on UNRWA). Nothing in src/ was changed for them. Facts are well-established; authors,
journal, page numbers, document numbers, the Red Cross report's items and all quoted words of the cited
authors are invented, the consular plan (number, date, tasks and its 2025 results) is fictitious. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
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

AZA_MEDIATION = {
    "id": "aza",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TRUNG ĐÔNG – Số 1 (2026)",
    "first_page": 23,
    "break_after": 11,
    "blocks": [
        ("title", "NGOẠI GIAO TRUNG GIAN CỦA QATAR VÀ AI CẬP TRONG CUỘC XUNG ĐỘT Ở DẢI GAZA (2023 – 2025)"),
        ("author", "Hoàng Minh Tuấn"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích vai trò trung gian của Qatar và Ai Cập trong các thỏa thuận ngừng bắn ở Dải Gaza và rút ra một số gợi mở cho Việt Nam.",
            "vi",
        ),
        ("keywords", "Gaza; Qatar; Ai Cập; trung gian hòa giải; ngừng bắn", "vi"),
        ("heading", "1. Cuộc chiến và đợt tạm ngừng bắn đầu tiên", 1),
        (
            "paragraph",
            "Ngày 7/10/2023, lực lượng Hamas tấn công miền Nam Israel, làm khoảng 1.200 người thiệt mạng và bắt hơn 250 con tin. Ngay sau đó, Israel mở chiến dịch quân sự quy mô lớn tại Dải Gaza. Qua trung gian của Qatar và Ai Cập, với sự tham gia của Mỹ, hai bên thực hiện đợt tạm ngừng bắn đầu tiên từ ngày 24/11 đến ngày 1/12/2023, trong đó Hamas thả một số con tin để đổi lấy tù nhân Palestine do Israel giam giữ (Trịnh Quang Huy, 2024, tr. 18).",
        ),
        ("heading", "2. Thỏa thuận ngừng bắn tháng 1/2025", 1),
        (
            "paragraph",
            "Sau hơn một năm đàm phán gián tiếp tại Doha và Cairo, tối 15/1/2025, Thủ tướng kiêm Bộ trưởng Ngoại giao Qatar Sheikh Mohammed bin Abdulrahman Al Thani công bố Israel và Hamas đã đạt thỏa thuận ngừng bắn ba giai đoạn, có hiệu lực từ ngày 19/1/2025. Trong giai đoạn một kéo dài 42 ngày, 33 con tin được trả tự do để đổi lấy tù nhân Palestine (Bùi Thị Thanh Mai, 2025). Tuy nhiên, các cuộc đàm phán về giai đoạn hai không đạt kết quả và ngày 18/3/2025, Israel nối lại các cuộc không kích trên khắp Dải Gaza.",
        ),
        ("heading", "3. Điều kiện thành công của bên trung gian", 1),
        (
            "paragraph",
            "Qatar có kênh liên lạc trực tiếp với Hamas, vốn đặt văn phòng chính trị tại Doha từ năm 2012, còn Ai Cập có chung đường biên giới với Gaza và kiểm soát cửa khẩu Rafah. Như một nhà nghiên cứu nhận xét, “người trung gian chỉ thành công khi được cả hai bên cùng cần đến” (Nguyễn Hữu Phước, 2025, tr. 77). Việt Nam nhất quán ủng hộ giải pháp hai nhà nước; tháng 11/2023, ta đã đóng góp 500.000 USD qua Cơ quan Cứu trợ và Việc làm của Liên hợp quốc cho người tị nạn Palestine (UNRWA) để cứu trợ người dân Gaza và sau đó hoan nghênh thỏa thuận ngừng bắn tháng 1/2025.",
        ),
    ],
}

AZB_REDCROSS = {
    "id": "azb",
    "shape": "word",
    "head": [
        "TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM",
        "BAN ĐỐI NGOẠI",
        "Số: 112/BC-BĐN",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác đối ngoại năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Sau cơn bão số 3 (Yagi) đầu tháng 9, Hội đã tiếp nhận hỗ trợ khẩn cấp từ Liên đoàn Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế (IFRC), Hội Chữ thập đỏ Nhật Bản, Hội Chữ thập đỏ Hàn Quốc và Hội Trăng lưỡi liềm đỏ UAE, tổng trị giá hơn 4,5 triệu USD.",
        ),
        (
            "list_item",
            "2. Hưởng ứng lời kêu gọi của Ủy ban Chữ thập đỏ quốc tế (ICRC), Hội tiếp tục vận động ủng hộ nhân dân Palestine; tháng 3, Hội chuyển 200.000 USD qua Hội Trăng lưỡi liềm đỏ Ai Cập để mua thuốc men, lương thực cho người dân Dải Gaza.",
        ),
        (
            "list_item",
            "3. Tháng 6, đón đoàn công tác của ICRC do Trưởng Phái đoàn khu vực tại Bangkok dẫn đầu sang làm việc về phổ biến luật nhân đạo quốc tế; hai bên thống nhất mở hai lớp tập huấn cho cán bộ Hội các tỉnh miền Trung.",
        ),
        (
            "list_item",
            "4. Tháng 10, cử đoàn sang tỉnh Luang Namtha (Lào) trao hàng cứu trợ cho người dân bị ảnh hưởng bởi lũ lụt và trao đổi kinh nghiệm với Hội Chữ thập đỏ Lào.",
        ),
        (
            "list_item",
            "5. Đề nghị của Hội Trăng lưỡi liềm đỏ Palestine về việc cử nhân viên y tế Việt Nam sang hỗ trợ tại Gaza chưa thể thực hiện do tình hình an ninh không bảo đảm.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Ký thỏa thuận hợp tác giai đoạn 2025 – 2027 với Hội Chữ thập đỏ Hàn Quốc vào tháng 3 năm sau.",
        ),
        (
            "list_item",
            "2. Tiếp tục vận động nguồn lực quốc tế cho các tỉnh bị thiệt hại do bão số 3, trước hết từ IFRC và các Hội quốc gia trong khu vực.",
        ),
        (
            "list_item",
            "3. Cử đại biểu dự Hội nghị khu vực châu Á – Thái Bình Dương của Phong trào Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế.",
        ),
    ],
}

AZC_GAZA = {
    "id": "azc",
    "shape": "news",
    "date": "2025-01-19",
    "stamp": "Chủ Nhật, 19/01/2025 - 19:40",
    "blocks": [
        ("title", "Lệnh ngừng bắn tại Dải Gaza chính thức có hiệu lực"),
        (
            "paragraph",
            "Dải Gaza (TTXVN) – Lệnh ngừng bắn giữa Israel và phong trào Hamas tại Dải Gaza đã chính thức có hiệu lực từ 11 giờ 15 phút sáng 19/1 (giờ địa phương), chậm gần ba giờ so với dự kiến do Hamas chậm chuyển danh sách các con tin được thả đầu tiên.",
        ),
        ("heading", "Trao trả con tin và tù nhân", 1),
        (
            "paragraph",
            "Chiều cùng ngày, ba nữ con tin người Israel được Hamas bàn giao cho Ủy ban Chữ thập đỏ quốc tế (ICRC) ở thành phố Gaza. Đổi lại, Israel sẽ trả tự do cho 90 tù nhân Palestine ngay trong đêm nay.",
        ),
        ("heading", "Vai trò của các nước trung gian", 1),
        (
            "paragraph",
            "Thỏa thuận ba giai đoạn do Qatar, Ai Cập và Mỹ làm trung gian được công bố tại Doha tối 15/1 và được Chính phủ Israel thông qua rạng sáng 18/1. Trong giai đoạn một kéo dài 42 ngày, quân đội Israel rút khỏi các khu vực đông dân cư và mỗi ngày có 600 xe tải hàng viện trợ nhân đạo được phép vào Gaza. Qatar, Ai Cập và Mỹ sẽ lập một nhóm chung tại Cairo để giám sát việc thực hiện.",
        ),
        (
            "paragraph",
            "Ngay trong ngày đầu tiên, hàng trăm xe tải của Liên hợp quốc và các tổ chức nhân đạo chở lương thực, thuốc men đã vào Gaza. Tổng Thư ký Liên hợp quốc António Guterres hoan nghênh lệnh ngừng bắn và kêu gọi các bên tuân thủ đầy đủ các cam kết.",
        ),
        ("heading", "Lo ngại về UNRWA", 1),
        (
            "paragraph",
            "Cơ quan Cứu trợ và Việc làm của Liên hợp quốc cho người tị nạn Palestine (UNRWA) cảnh báo hoạt động cứu trợ sẽ gặp khó khăn khi hai đạo luật cấm cơ quan này hoạt động trên lãnh thổ Israel, được Quốc hội Israel thông qua hồi tháng 10 năm ngoái, có hiệu lực từ ngày 30/1.",
        ),
    ],
}

AZD_PLAN = {
    "id": "azd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC LÃNH SỰ':<42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-CLS':<42}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Công tác bảo hộ công dân Việt Nam",
        "tại khu vực Trung Đông năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Công tác bảo hộ công dân Việt Nam tại khu vực Trung Đông năm 2026"),
        (
            "paragraph",
            "Năm 2025, tình hình Trung Đông tiếp tục diễn biến phức tạp: Israel nối lại chiến dịch quân sự ở Dải Gaza từ tháng 3, xung đột giữa Israel và Iran kéo dài 12 ngày trong tháng 6, trước khi lệnh ngừng bắn ở Gaza có hiệu lực ngày 10/10/2025. Nhằm bảo đảm an toàn cho công dân Việt Nam sinh sống, lao động tại khu vực, Cục Lãnh sự xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Tháng 6 năm ngoái, Cục đã phối hợp với các Đại sứ quán ta tại Iran và Israel đưa công dân sơ tán an toàn sang nước thứ ba rồi về nước. Việt Nam và Qatar tổ chức tham vấn lãnh sự lần thứ nhất tại Doha; dự thảo Bản ghi nhớ về hợp tác lãnh sự với UAE đã được hai bên cơ bản thống nhất nhưng chưa ký.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3, cử đoàn công tác liên ngành sang Ả-rập Xê-út, Kuwait và Qatar làm việc với cơ quan chức năng sở tại về bảo vệ quyền lợi của lao động Việt Nam.",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán và ký Bản ghi nhớ về hợp tác lãnh sự với UAE, dự kiến vào tháng 8.",
        ),
        (
            "list_item",
            "3. Đề nghị Tổ chức Di cư quốc tế (IOM) hỗ trợ xây dựng phương án sơ tán công dân trong tình huống khẩn cấp.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn công tác sang Israel và Iran trong sáu tháng đầu năm, trừ trường hợp khẩn cấp.",
        ),
        (
            "paragraph",
            "Các Đại sứ quán ta tại khu vực chủ động cập nhật danh sách công dân, báo cáo Cục Lãnh sự hằng quý.",
        ),
    ],
}

AZE_UNRWA = {
    "id": "aze",
    "shape": "entry",
    "blocks": [
        ("title", "Cơ quan Cứu trợ và Việc làm của Liên hợp quốc cho người tị nạn Palestine ở Cận Đông"),
        (
            "paragraph",
            "Cơ quan Cứu trợ và Việc làm của Liên hợp quốc cho người tị nạn Palestine ở Cận Đông (UNRWA) được Đại hội đồng Liên hợp quốc thành lập theo Nghị quyết 302 (IV) ngày 8/12/1949, sau cuộc chiến tranh Ả-rập – Israel năm 1948, và bắt đầu hoạt động từ ngày 1/5/1950. Cơ quan cung cấp dịch vụ giáo dục, y tế và cứu trợ xã hội cho người tị nạn Palestine đã đăng ký ở Jordan, Li-băng, Xy-ri, Bờ Tây và Dải Gaza.",
        ),
        ("heading", "Trụ sở và tài chính", 1),
        (
            "paragraph",
            "Trụ sở ban đầu của UNRWA đặt tại Beirut, được chuyển sang Viên năm 1978 rồi về Gaza năm 1996; hiện cơ quan làm việc tại Amman và Gaza. Ngân sách gần như hoàn toàn dựa vào đóng góp tự nguyện của các nước. Tháng 1/2024, sau khi Israel cáo buộc một số nhân viên của cơ quan tham gia cuộc tấn công ngày 7/10/2023, Mỹ, Đức, Anh cùng nhiều nhà tài trợ khác tạm ngừng cấp vốn; phần lớn trong số đó đã nối lại tài trợ vài tháng sau.",
        ),
        ("heading", "Lệnh cấm của Israel", 1),
        (
            "paragraph",
            "Ngày 28/10/2024, Quốc hội Israel thông qua hai đạo luật cấm UNRWA hoạt động trên lãnh thổ Israel và cấm các cơ quan nhà nước Israel tiếp xúc với cơ quan này. Tổng Thư ký Liên hợp quốc António Guterres phản đối, khẳng định không có cơ quan nào có thể thay thế UNRWA. Các đạo luật có hiệu lực từ ngày 30/1/2025.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Nhân Ngày Quốc tế đoàn kết với nhân dân Palestine 29/11/2023, Thủ tướng Phạm Minh Chính thông báo Việt Nam đóng góp 500.000 USD thông qua UNRWA để cứu trợ nhân đạo khẩn cấp cho người dân Dải Gaza.",
        ),
    ],
}

DOCS = [AZA_MEDIATION, AZB_REDCROSS, AZC_GAZA, AZD_PLAN, AZE_UNRWA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer (heldout_kit.headed_journal): the running header on top of every page,
    title at 52 columns, labels and body at 72, the page label "– N –" centred at the foot."""
    return headed_journal(doc, title=52, label=72, body=72, page_label="– {} –", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: lines wrapped at 70 columns as on the page, every line followed by
    an empty line; the signature at the end."""
    return word_text(doc, 70, ["TRƯỞNG BAN", "(Đã ký)"], newline="\n")


NEWS_TOP = (
    '<header class="site"><a class="logo" href="/">Báo Tin tức</a>'
    '<ul class="nav">{menu}</ul></header>\n'
    '<main>\n<article>\n<h1 class="title">{title}</h1>\n<time class="pub">{stamp}</time>\n'
)
NEWS_BOTTOM = (
    '<div class="tags"><span>Từ khóa:</span><ul>{tags}</ul></div>\n</article>\n</main>\n'
    "<footer>Cơ quan chủ quản: Thông tấn xã Việt Nam</footer>\n"
)


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page with its own templates: a site header with the menu, <main> and
    <article>, <h1 class="title">, a <time> line, the lead (with its dateline) in <div class="lead">, <h2>
    subheads, paragraphs, a "Từ khóa:" tag line, footer."""
    return news_page(
        doc,
        section="Quốc tế",
        time="19:40",
        menu=[("/quoc-te", "Quốc tế"), ("/trung-dong", "Trung Đông")],
        tags=[("/tu-khoa/gaza", "Gaza"), ("/tu-khoa/ngung-ban", "ngừng bắn")],
        top=NEWS_TOP,
        lead='<div class="lead">{}</div>',
        heading="<h2>{}</h2>",
        bottom=NEWS_BOTTOM,
    )


def render_plan(doc: dict) -> str:
    """A department plan: the two-column issuer/motto block, the centred three-line title, body at 78 columns
    with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Lãnh đạo Bộ (để báo cáo);",
            "- Các Đại sứ quán tại Trung Đông;",
            "- Lưu: VT, CLS.",
        ],
        ["CỤC TRƯỞNG", "", "(đã ký)"],
        columns=(50, 50, 52),
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
        prefix="az",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
