"""Build the hundred-and-ninety-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout196/build_heldout196.py [--check]

Five short documents on a topic the earlier sets do not use as a main topic: the peaceful and legal
settlement of territorial disputes among ASEAN members (Preah Vihear 1962 and 2013, Ligitan and Sipadan
2002, Pedra Branca 2008) and Vietnam's experience (the Thailand and Indonesia boundaries, the arbitral
award of 12/7/2016), the National Boundary Commission's report on 2025, the ICJ's interpretation of the
Preah Vihear judgment on 11/11/2013, a (fictitious) plan of the Vietnam Lawyers' Association for 2026 and
an encyclopedia entry on the Bangkok Declaration. Facts are well-established; authors, journal, page
numbers, document numbers, the Commission's local items, the plan and all quoted words are invented.
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

YUA_DISPUTES = {
    "id": "yua",
    "shape": "journal",
    "header": "TẠP CHÍ LUẬT QUỐC TẾ VÀ SO SÁNH – Số 1 (2025)",
    "first_page": 73,
    "break_after": 6,
    "blocks": [
        ("title", "GIẢI QUYẾT TRANH CHẤP LÃNH THỔ BẰNG PHÁP LÝ GIỮA CÁC NƯỚC ASEAN"),
        ("author", "Trịnh Quang Huy"),
        ("affiliation", "Khoa Luật quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích ba vụ việc giữa các nước ASEAN tại Tòa án Công lý quốc tế.",
            "vi",
        ),
        ("keywords", "ICJ; Preah Vihear; Pedra Branca; UNCLOS", "vi"),
        ("heading", "1. Những vụ việc tại Tòa án Công lý quốc tế", 1),
        (
            "paragraph",
            "Năm 1959, Campuchia kiện Thái Lan ra Tòa án Công lý quốc tế (ICJ) về chủ quyền đối với ngôi đền Preah Vihear; ngày 15/6/1962, Tòa phán quyết với 9 phiếu thuận, 3 phiếu chống rằng ngôi đền nằm trên lãnh thổ thuộc chủ quyền của Campuchia. Gần bốn thập kỷ sau, Indonesia và Malaysia ký thỏa thuận đặc biệt tại Kuala Lumpur ngày 31/5/1997 để đưa tranh chấp về hai đảo Ligitan và Sipadan ra ICJ; ngày 17/12/2002, Tòa xác định hai đảo thuộc chủ quyền của Malaysia (Phạm Thu Giang, 2016, tr. 64).",
        ),
        ("heading", "2. Vụ Pedra Branca", 1),
        (
            "paragraph",
            "Theo thỏa thuận đặc biệt ký ngày 6/2/2003, Malaysia và Singapore đề nghị ICJ xác định chủ quyền đối với Pedra Branca/Pulau Batu Puteh, Middle Rocks và South Ledge. Trong phán quyết ngày 23/5/2008, Tòa trao Pedra Branca cho Singapore với 12 phiếu thuận, 4 phiếu chống và trao Middle Rocks cho Malaysia. Năm 2017, Malaysia nộp đơn đề nghị xem xét lại phán quyết, nhưng đến tháng 5/2018 đã rút đơn. Các vụ việc này cho thấy ASEAN “có thể dựa vào luật pháp quốc tế mà không làm tổn hại tình láng giềng” (Đặng Hoàng Linh, 2020, tr. 131).",
        ),
        ("heading", "3. Kinh nghiệm đối với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chủ yếu giải quyết các vấn đề trên biển bằng đàm phán: hiệp định phân định ranh giới biển với Thái Lan được ký năm 1997; với Indonesia, hai nước ký hiệp định về ranh giới thềm lục địa năm 2003 và kết thúc đàm phán phân định vùng đặc quyền kinh tế ngày 22/12/2022, sau 12 năm. Khi Tòa Trọng tài thành lập theo Phụ lục VII của UNCLOS ra phán quyết ngày 12/7/2016 trong vụ Philippines kiện Trung Quốc, Việt Nam hoan nghênh việc Tòa ban hành phán quyết cuối cùng (Nguyễn Thị Lan Anh, 2021).",
        ),
    ],
}

YUB_BOUNDARY = {
    "id": "yub",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ỦY BAN BIÊN GIỚI QUỐC GIA",
        "Số: 96/BC-UBBGQG",
        "Hà Nội, ngày 24 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác biên giới đất liền năm 2025 và phương hướng năm 2026"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác biên giới đất liền năm 2025 và phương hướng năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Biên giới Việt Nam – Lào: tháng 8, hai bên họp Ủy ban liên hợp về biên giới tại Viêng Chăn, thống nhất kế hoạch tu bổ các mốc quốc giới bị hư hỏng do mưa lũ.",
        ),
        (
            "list_item",
            "2. Biên giới Việt Nam – Campuchia: tiếp tục đàm phán về khoảng 16% chiều dài đường biên giới chưa phân giới, cắm mốc; các vòng họp chuyên viên trong năm chưa đạt được thỏa thuận về các đoạn còn tồn đọng.",
        ),
        (
            "list_item",
            "3. Theo dõi sát diễn biến xung đột vũ trang tại khu vực biên giới Thái Lan – Campuchia cuối tháng 7; Việt Nam hoan nghênh thỏa thuận ngừng bắn mà hai nước đạt được tại Putrajaya ngày 28/7/2025.",
        ),
        (
            "list_item",
            "4. Không để xảy ra tranh chấp, xung đột trên tuyến biên giới đất liền với Lào và Campuchia.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Phối hợp với phía Lào kỷ niệm 10 năm ký Nghị định thư về đường biên giới và mốc quốc giới Việt Nam – Lào (16/3/2016 – 16/3/2026).",
        ),
        (
            "list_item",
            "2. Tiếp tục đàm phán với Campuchia, phấn đấu ký văn kiện ghi nhận kết quả phân giới, cắm mốc bổ sung.",
        ),
        (
            "list_item",
            "3. Cử cán bộ dự khóa tập huấn về luật biển do Trung tâm Luật quốc tế, Đại học Quốc gia Singapore tổ chức.",
        ),
    ],
}

YUC_PREAH_VIHEAR = {
    "id": "yuc",
    "shape": "news",
    "date": "2013-11-11",
    "stamp": "Thứ Hai, 11/11/2013 - 18:40",
    "blocks": [
        ("title", "Tòa án Công lý quốc tế ra phán quyết về khu vực đền Preah Vihear"),
        (
            "paragraph",
            "La Hay (TTXVN) – Ngày 11/11, Tòa án Công lý quốc tế (ICJ) đã nhất trí ra phán quyết giải thích bản án năm 1962 về ngôi đền Preah Vihear, theo đó Campuchia có chủ quyền đối với toàn bộ mỏm đất Preah Vihear và Thái Lan có nghĩa vụ rút lực lượng quân sự, cảnh sát đang đóng tại đây.",
        ),
        ("heading", "Hơn 50 năm tranh chấp", 1),
        (
            "paragraph",
            "Năm 1962, ICJ đã phán quyết ngôi đền thuộc chủ quyền của Campuchia nhưng không xác định rõ phạm vi khu vực xung quanh. Căng thẳng bùng phát sau khi đền Preah Vihear được UNESCO công nhận là Di sản thế giới ngày 7/7/2008; tháng 2/2011, quân đội hai nước đã đụng độ tại khu vực biên giới gần ngôi đền. Ngày 28/4/2011, Campuchia đề nghị ICJ giải thích bản án năm 1962, và ngày 18/7/2011 Tòa yêu cầu cả hai bên rút quân khỏi một khu phi quân sự tạm thời.",
        ),
        ("heading", "Vai trò của ASEAN", 1),
        (
            "paragraph",
            "Sau các cuộc đụng độ, Hội đồng Bảo an Liên hợp quốc đã họp ngày 14/2/2011, kêu gọi hai nước thiết lập lệnh ngừng bắn lâu dài và ủng hộ nỗ lực của ASEAN. Tại cuộc họp không chính thức của Bộ trưởng Ngoại giao ASEAN ở Gia-các-ta ngày 22/2/2011, Campuchia và Thái Lan đồng ý để Indonesia, Chủ tịch ASEAN khi đó, cử quan sát viên tới khu vực biên giới.",
        ),
    ],
}

YUD_PLAN = {
    "id": "yud",
    "shape": "plan",
    "head": [
        f"{'HỘI LUẬT GIA VIỆT NAM':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'BAN ĐỐI NGOẠI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 08/KH-HLGVN':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hoạt động đối ngoại năm 2026 về pháp luật quốc tế",
        "và giải quyết hòa bình các tranh chấp",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hoạt động đối ngoại năm 2026 về pháp luật quốc tế và giải quyết hòa bình các tranh chấp",
        ),
        (
            "paragraph",
            "Nhằm nâng cao hiểu biết của đội ngũ luật gia về các cơ chế giải quyết tranh chấp quốc tế, Ban Đối ngoại xây dựng Kế hoạch hoạt động năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, Hội đã đón đoàn Hội Luật sư Lào sang làm việc và ký chương trình hợp tác giai đoạn 2025 – 2027; đoàn của Hội cũng dự hội thảo về luật biển do Hiệp hội Luật ASEAN (ALA) tổ chức tại Ma-ni-la. Tuy nhiên, Hội chưa thiết lập được quan hệ với tổ chức luật gia nào của Timor-Leste, nước trở thành thành viên thứ 11 của ASEAN từ tháng 10/2025.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 4, tổ chức tọa đàm quốc tế tại Hà Nội về kinh nghiệm giải quyết tranh chấp tại Tòa án Công lý quốc tế của Campuchia, Indonesia, Malaysia và Singapore, mời chuyên gia các nước này tham dự.",
        ),
        (
            "list_item",
            "2. Trong quý III, cử đoàn sang Phnôm Pênh làm việc với Hội Luật sư Vương quốc Campuchia.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Ô-xtrây-li-a hỗ trợ học bổng ngắn hạn về luật quốc tế cho luật gia các tỉnh ven biển.",
        ),
        (
            "list_item",
            "4. Chưa ký thỏa thuận hợp tác mới với các tổ chức luật gia của Indonesia trong năm 2026.",
        ),
        (
            "paragraph",
            "Các đơn vị căn cứ Kế hoạch này xây dựng chương trình cụ thể, báo cáo kết quả trước ngày 15/12/2026.",
        ),
    ],
}

YUE_BANGKOK = {
    "id": "yue",
    "shape": "entry",
    "blocks": [
        ("title", "Tuyên bố Băng Cốc"),
        (
            "paragraph",
            "Tuyên bố Băng Cốc, tên chính thức là Tuyên bố ASEAN, là văn kiện thành lập Hiệp hội các quốc gia Đông Nam Á (ASEAN), được Bộ trưởng Ngoại giao năm nước Indonesia, Malaysia, Philippines, Singapore và Thái Lan ký tại Băng Cốc ngày 8/8/1967.",
        ),
        ("heading", "Những người ký", 1),
        (
            "paragraph",
            "Năm người ký gồm Adam Malik (Indonesia), Phó Thủ tướng Tun Abdul Razak (Malaysia), Narciso Ramos (Philippines), S. Rajaratnam (Singapore) và Thanat Khoman (Thái Lan). Văn kiện ngắn gọn này nêu mục tiêu thúc đẩy hợp tác kinh tế, xã hội, văn hóa và hòa bình, ổn định khu vực, đồng thời tuyên bố Hiệp hội để ngỏ cho mọi quốc gia Đông Nam Á tán thành các mục tiêu đó. Bộ máy ban đầu chỉ gồm Hội nghị Bộ trưởng Ngoại giao họp hằng năm, một Ủy ban thường trực và các ban thư ký quốc gia; Ban Thư ký ASEAN được lập theo hiệp định ký tại Bali ngày 24/2/1976, đặt trụ sở ở Gia-các-ta.",
        ),
        ("heading", "Mở rộng thành viên", 1),
        (
            "paragraph",
            "Brunei gia nhập ngày 7/1/1984, Việt Nam ngày 28/7/1995, Lào và Myanmar ngày 23/7/1997, Campuchia ngày 30/4/1999. Ngày 26/10/2025, tại Hội nghị Cấp cao ASEAN lần thứ 47 ở Kuala Lumpur, Timor-Leste trở thành thành viên thứ 11.",
        ),
        ("heading", "Giá trị pháp lý", 1),
        (
            "paragraph",
            "Tuyên bố Băng Cốc không phải là một điều ước quốc tế có giá trị ràng buộc. Phải đến khi Hiến chương ASEAN, ký tại Singapore ngày 20/11/2007, có hiệu lực từ ngày 15/12/2008, Hiệp hội mới có tư cách pháp nhân.",
        ),
    ],
}

DOCS = [YUA_DISPUTES, YUB_BOUNDARY, YUC_PREAH_VIHEAR, YUD_PLAN, YUE_BANGKOK]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page (the first too), bare page
    numbers flush right (heldout_kit.headed_journal: title at 54, labels and body at 76)."""
    return headed_journal(doc, title=54, label=76, body=76, page_label="{}")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 76 columns as on the page, every line
    followed by an empty line; the chairman's signature at the end."""
    return word_text(doc, 76, ["CHỦ NHIỆM", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page (heldout_kit.news_page): <title>, published_time meta, nav menu, <h1>, date line, the
    dateline lead in <p class="sapo"><b>, <h3> subheads, tags, footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="18:40",
        menu=[("/the-gioi", "Thế giới"), ("/phap-luat", "Pháp luật")],
        tags=[("/tag/campuchia", "Campuchia"), ("/tag/thai-lan", "Thái Lan"), ("/tag/icj", "ICJ")],
    )


def render_plan(doc: dict) -> str:
    """An association's plan: two-line issuer beside the motto, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" beside the signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Thường trực Hội (để báo cáo);", "- Các ban, đơn vị thuộc Hội;", "- Lưu: VT, BĐN."],
        ["TRƯỞNG BAN", "(đã ký)"],
        columns=(50, 51),
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
        prefix="yu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
