"""Build the seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout7/build_heldout7.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout6, on topics those sets do not use (Vietnam - New Zealand
1975-2025, foreign affairs in H1 2022, the Vietnam - Brazil strategic partnership of 3/2025, the
70th anniversary of Vietnam - Mongolia relations in 2024, Vietnam and the UN development agencies).
Nothing in src/ was changed for them: they measure, they are not for tuning. The renderers differ
from the earlier sets' on purpose (a 62-column wrap; a Word export with a 70-column wrap; a news page
whose date sits in a <span class="date"> and whose lead is a <h2 class="lead">; a notice whose
issuer and motto share lines, laid out in two columns; lecture notes with one paragraph a line).
Facts are well-established dates; authors, the journal's name, page numbers and the notice's
number are invented. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, paged_journal, wrap  # noqa: E402

NA_NZ = {
    "id": "na",
    "shape": "journal",
    "header": "Tạp chí Châu Đại Dương và Thái Bình Dương, số 4/2025",
    "first_page": 33,
    "break_after": 13,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – NIU DI-LÂN: NĂM THẬP NIÊN HỢP TÁC"),
        ("author", "Nguyễn Thị Thu Trang"),
        ("affiliation", "Viện Nghiên cứu Châu Á – Thái Bình Dương"),
        (
            "abstract",
            "Bài viết khái quát các nấc thang phát triển của quan hệ Việt Nam – Niu Di-lân từ năm 1975 đến năm 2025.",
            "vi",
        ),
        ("keywords", "Việt Nam; Niu Di-lân; CPTPP; đối tác chiến lược toàn diện.", "vi"),
        ("heading", "1. Từ thiết lập quan hệ đến đối tác toàn diện", 1),
        (
            "paragraph",
            "Việt Nam và Niu Di-lân thiết lập quan hệ ngoại giao ngày 19/6/1975. Năm 2009, hai nước xác lập khuôn khổ Đối tác toàn diện. Niu Di-lân hiện cấp học bổng cho sinh viên Việt Nam và hỗ trợ nhiều dự án phát triển nông nghiệp. Theo Lâm Quốc Khánh (2019, tr. 74), các dự án này là “kênh ngoại giao nhân dân bền bỉ nhất” giữa hai bên.",
        ),
        ("heading", "2. Đối tác chiến lược và CPTPP", 1),
        (
            "paragraph",
            "Ngày 8/3/2018, tại Xan-ti-a-gô (Chi-lê), Việt Nam, Niu Di-lân, Nhật Bản, Ô-xtrây-li-a và bảy nước khác ký Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP); Niu Di-lân là nước lưu chiểu Hiệp định. Ngày 12/11/2018, Quốc hội Việt Nam phê chuẩn CPTPP. Tháng 7/2020, hai nước nâng quan hệ lên Đối tác chiến lược, một bước đi “phù hợp với tầm nhìn chung về khu vực” (Vũ Hải Yến, 2021, tr. 12).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Tháng 2/2025, nhân chuyến thăm chính thức Việt Nam của Thủ tướng Niu Di-lân Christopher Luxon, hai bên nâng quan hệ lên Đối tác chiến lược toàn diện. Hai nước chưa ký hiệp định thương mại tự do song phương riêng. Hai bên sẽ mở rộng hợp tác giáo dục, nông nghiệp và ứng phó biến đổi khí hậu, những lĩnh vực được xem là “trụ cột mới của quan hệ” (Vũ Hải Yến, 2021, tr. 19).",
        ),
    ],
}

NB_REPORT = {
    "id": "nb",
    "shape": "word",
    "blocks": [
        (
            "title",
            "BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2022 VÀ NHIỆM VỤ 6 THÁNG CUỐI NĂM 2022",
        ),
        ("heading", "I. KẾT QUẢ CHỦ YẾU", 1),
        (
            "paragraph",
            "Sáu tháng đầu năm, các hoạt động đối ngoại trực tiếp được nối lại mạnh mẽ sau thời gian dài bị gián đoạn vì dịch Covid-19.",
        ),
        (
            "list_item",
            "+ Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) có hiệu lực đối với Việt Nam từ ngày 1/1/2022.",
        ),
        (
            "list_item",
            "+ Từ ngày 12 đến 13/5/2022, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao đặc biệt ASEAN – Hoa Kỳ tại Oa-sinh-tơn.",
        ),
        (
            "list_item",
            "+ Ngày 23/5/2022, Việt Nam cùng Hoa Kỳ, Nhật Bản, Hàn Quốc, Ấn Độ và tám nước khác tham gia khởi động Khuôn khổ Kinh tế Ấn Độ Dương – Thái Bình Dương (IPEF).",
        ),
        (
            "list_item",
            "- Đàm phán Hiệp định thương mại tự do Việt Nam – Khối Thương mại tự do châu Âu (EFTA) chưa kết thúc.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2022", 1),
        (
            "list_item",
            "1. Phối hợp với Campuchia, nước Chủ tịch ASEAN năm 2022, chuẩn bị tham dự Hội nghị Cấp cao ASEAN lần thứ 40, 41 tại Phnôm Pênh vào tháng 11/2022.",
        ),
        (
            "list_item",
            "2. Tổ chức các hoạt động kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam – Lào (5/9/1962 – 5/9/2022) trong khuôn khổ Năm Đoàn kết hữu nghị Việt Nam – Lào 2022.",
        ),
        ("list_item", "3. Tiếp tục thúc đẩy đàm phán với EFTA."),
        ("source", "(Nguồn: Tổng hợp từ báo cáo của các đơn vị)"),
    ],
}

NC_NEWS = {
    "id": "nc",
    "shape": "news",
    "stamp": "29/03/2025 08:15 GMT+7",
    "datetime": "2025-03-29T08:15",
    "description": "Việt Nam – Bra-xin nâng cấp quan hệ",
    "blocks": [
        ("title", "Việt Nam và Bra-xin nâng quan hệ lên Đối tác chiến lược"),
        (
            "paragraph",
            "Nhân chuyến thăm cấp Nhà nước tới Việt Nam cuối tháng 3/2025 của Tổng thống Bra-xin Luiz Inácio Lula da Silva, hai nước đã nâng quan hệ lên Đối tác chiến lược.",
        ),
        (
            "paragraph",
            "Việt Nam và Bra-xin thiết lập quan hệ ngoại giao ngày 8/5/1989. Bra-xin hiện là đối tác thương mại lớn nhất của Việt Nam tại khu vực Mỹ La-tinh.",
        ),
        (
            "paragraph",
            "Phía bạn khẳng định sẽ ủng hộ Việt Nam thúc đẩy quan hệ với Khối Thị trường chung Nam Mỹ (MERCOSUR), khối do Bra-xin, Ác-hen-ti-na, U-ru-goay và Pa-ra-goay sáng lập.",
        ),
        (
            "paragraph",
            "Tuy vậy, Việt Nam và MERCOSUR chưa chính thức khởi động đàm phán hiệp định thương mại tự do. Hai bên nhất trí sớm hoàn tất nghiên cứu khả thi.",
        ),
    ],
}

ND_NOTICE = {
    "id": "nd",
    "shape": "party",
    "head": [
        "BỘ NGOẠI GIAO                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "                                 Độc lập - Tự do - Hạnh phúc",
        "Số: 418/TB-BNG",
        "                              Hà Nội, ngày 2 tháng 10 năm 2024",
    ],
    "title_lines": [
        "THÔNG BÁO",
        "Về việc tổ chức các hoạt động kỷ niệm 70 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Mông Cổ (17/11/1954 – 17/11/2024)",
    ],
    "preamble": [],
    "tail": [
        "Nơi nhận:",
        "- Như mục III;",
        "- Lưu: VT, ĐBA.",
        "",
        "TL. BỘ TRƯỞNG",
        "VỤ TRƯỞNG VỤ ĐÔNG BẮC Á",
    ],
    "blocks": [
        (
            "title",
            "THÔNG BÁO Về việc tổ chức các hoạt động kỷ niệm 70 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Mông Cổ (17/11/1954 – 17/11/2024)",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Việt Nam và Mông Cổ thiết lập quan hệ ngoại giao ngày 17/11/1954. Hai nước thường xuyên phối hợp tại Liên Hợp Quốc và Diễn đàn Hợp tác Á – Âu (ASEM).",
        ),
        ("heading", "II. CÁC HOẠT ĐỘNG CHÍNH", 1),
        (
            "list_item",
            "1. Bộ trưởng Ngoại giao hai nước sẽ gửi thư chúc mừng nhau vào ngày 17/11/2024.",
        ),
        (
            "list_item",
            "2. Đại sứ quán Việt Nam tại U-lan Ba-to cùng Hội Hữu nghị Mông Cổ – Việt Nam tổ chức chiêu đãi và triển lãm ảnh trong tháng 11/2024.",
        ),
        (
            "list_item",
            "3. Không cử đoàn riêng sang Mông Cổ dự lễ kỷ niệm; các tiếp xúc với phía bạn được lồng ghép vào kế hoạch đoàn ra năm 2024.",
        ),
        ("heading", "III. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Vụ Đông Bắc Á chủ trì, phối hợp với Vụ Lễ tân và Sở Ngoại vụ các tỉnh có hợp tác với Mông Cổ triển khai Thông báo này./.",
        ),
    ],
}

NE_NOTES = {
    "id": "ne",
    "shape": "textbook",
    "blocks": [
        ("title", "Chương 5. Việt Nam và các cơ quan phát triển của Liên Hợp Quốc"),
        ("heading", "Quan hệ với UNICEF và UNDP", 1),
        (
            "paragraph",
            "Quỹ Nhi đồng Liên Hợp Quốc (UNICEF) hoạt động tại Việt Nam từ năm 1975 và đã hỗ trợ Việt Nam trong các chương trình tiêm chủng mở rộng, nước sạch và giáo dục tiểu học. Chương trình Phát triển Liên Hợp Quốc (UNDP) là đối tác lâu năm của Chính phủ trong cải cách hành chính và giảm nghèo. Năm 1990, Việt Nam là nước thứ hai trên thế giới và đầu tiên ở châu Á phê chuẩn Công ước của Liên Hợp Quốc về quyền trẻ em.",
        ),
        ("heading", "Sáng kiến Thống nhất hành động", 1),
        (
            "paragraph",
            "Từ năm 2007, Việt Nam cùng An-ba-ni, Cáp Ve, Mô-dăm-bích, Pa-ki-xtan, Ru-an-đa, Tan-da-ni-a và U-ru-goay thí điểm sáng kiến “Thống nhất hành động” của Liên Hợp Quốc. Trong khuôn khổ này, các cơ quan Liên Hợp Quốc tại Việt Nam phối hợp theo một kế hoạch chung thay vì triển khai riêng rẽ. Từ năm 2010, Việt Nam trở thành nước có thu nhập trung bình thấp, nên viện trợ không hoàn lại của các tổ chức này không còn giữ vai trò như trước.",
        ),
        ("heading", "Tham gia các cơ quan của Liên Hợp Quốc", 1),
        (
            "paragraph",
            "Ngày 11/10/2022, Việt Nam trúng cử thành viên Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2023 – 2025 với 145 phiếu. Trên cương vị này, nước ta sẽ tiếp tục thúc đẩy quyền của trẻ em, phụ nữ và các nhóm dễ bị tổn thương.",
        ),
    ],
}

DOCS = [NA_NZ, NB_REPORT, NC_NEWS, ND_NOTICE, NE_NOTES]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: no header on the first page; title in 44-column lines, "Tóm tắt:"/"Từ khóa:"
    wrapped at 90, body wrapped at 58 columns; after ``break_after`` body lines (inside a paragraph,
    mid-sentence) the page number alone on a line, a form feed and the running header; the last
    page ends with its number."""
    return paged_journal(doc, 44, 90, 62)


def render_word(doc: dict) -> str:
    """Word "Save as plain text": every line followed by an empty line, everything wrapped at 74
    columns, no indentation."""
    out: list[str] = []
    for b in doc["blocks"]:
        out += wrap(b[1], 70)
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news page saved as HTML: top bar, navigation, <h1>, a <span class="date">, the lead in
    <h2 class="lead">, body paragraphs in a <div class="content">, author line, tags, footer."""
    blocks = doc["blocks"]
    lead, rest = blocks[1], blocks[2:]
    body = "\n".join(f"<p>{b[1]}</p>" for b in rest)
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{blocks[0][1]} | Thời sự Quốc tế</title>\n"
        f'<meta name="description" content="{doc["description"]}">\n'
        "</head>\n<body>\n"
        '<div class="topbar">Hotline: 024 0000 0000 | Đăng nhập</div>\n'
        '<nav><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a> | <a href="/chinh-tri">Chính trị</a>'
        ' | <a href="/kinh-te">Kinh tế</a></nav>\n'
        '<main>\n<div class="article-header">\n'
        f"<h1>{blocks[0][1]}</h1>\n"
        f'<span class="date" data-time="{doc["datetime"]}">{doc["stamp"]}</span>\n'
        "</div>\n"
        f'<h2 class="lead">{lead[1]}</h2>\n'
        f'<div class="content">\n{body}\n</div>\n'
        '<div class="author">Minh Khôi</div>\n'
        '<div class="tags">Từ khóa: <a href="/tag/brazil">Bra-xin</a> <a href="/tag/mercosur">MERCOSUR</a></div>\n'
        "</main>\n"
        '<aside><h3>Đọc nhiều</h3><ol><li><a href="/x1">Giá vàng hôm nay</a></li>'
        '<li><a href="/x2">Thời tiết cuối tuần</a></li></ol></aside>\n'
        "<footer>Thời sự Quốc tế – Giấy phép số 00/GP-BTTTT. Ghi rõ nguồn khi phát hành lại.</footer>\n"
        "</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A notice: issuer and number, the motto and the place-date line, a two-line title, one block a
    line, the "Nơi nhận" tail and the signature."""
    out = [*doc["head"], "", *doc["title_lines"], ""]
    if doc["preamble"]:
        out += [*doc["preamble"], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out.append(b[1])
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_textbook(doc: dict) -> str:
    """Lecture notes: the title, a blank line; one paragraph a line, headings on their own line, a
    blank line between blocks."""
    out: list[str] = []
    for b in doc["blocks"]:
        out += [b[1], ""]
    return "\n".join(out[:-1]) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "textbook": render_textbook,
            "word": render_word,
        },
        prefix="n",
    )


if __name__ == "__main__":
    sys.exit(main())
