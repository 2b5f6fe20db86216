"""Build the thirty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout36/build_heldout36.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout34, on topics those sets do not use (Vietnam - Qatar, Thanh Hóa's
external affairs in 2023, the Prime Minister's official visit to Kuwait of 16-18/11/2025, a science ministry
plan for the ITU Plenipotentiary Conference in Doha in 2026, an encyclopedia entry on the ITU Constitution
of 1992). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the provincial report's local items and all quoted words are invented, the
ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    official_text,
    paged_journal,
    word_text,
)

PA_QATAR = {
    "id": "pa",
    "shape": "journal",
    "header": "Tạp chí Thế giới Ả-rập ngày nay, số 3 (2025)",
    "first_page": 41,
    "break_after": 6,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – CA-TA: TỪ THIẾT LẬP QUAN HỆ ĐẾN HỢP TÁC THỰC CHẤT"),
        ("author", "Lê Thị Hồng Nhung"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết điểm lại các mốc chính trong quan hệ Việt Nam – Ca-ta và gợi mở hướng hợp tác về năng lượng, lao động.",
            "vi",
        ),
        ("keywords", "Ca-ta; vùng Vịnh; OPEC; năng lượng", "vi"),
        ("heading", "1. Quốc gia nhỏ, ảnh hưởng lớn", 1),
        (
            "paragraph",
            "Ca-ta giành độc lập năm 1971 và là một trong sáu thành viên sáng lập Hội đồng Hợp tác vùng Vịnh (GCC) năm 1981. Tháng 11/2001, nước này đăng cai Hội nghị Bộ trưởng lần thứ tư của Tổ chức Thương mại Thế giới tại Đô-ha, nơi khởi động Vòng đàm phán Đô-ha (Ngô Quang Vinh, 2014, tr. 112). Sau gần sáu thập niên là thành viên, Ca-ta rời Tổ chức các nước xuất khẩu dầu mỏ (OPEC) từ ngày 1/1/2019 để tập trung vào khí tự nhiên hóa lỏng.",
        ),
        ("heading", "2. Các mốc quan hệ song phương", 1),
        (
            "paragraph",
            "Việt Nam và Ca-ta thiết lập quan hệ ngoại giao ngày 8/2/1993. Tháng 3/2008, ta mở Đại sứ quán tại Đô-ha; gần hai năm sau, phía bạn mở Đại sứ quán tại Hà Nội. Chuyến thăm chính thức Ca-ta của Thủ tướng Nguyễn Tấn Dũng năm 2009 và chuyến thăm Việt Nam của Quốc vương Ca-ta năm 2012 đã tạo nền tảng cho hợp tác giữa hai nước (Bùi Thanh Tâm, 2020). Từ ngày 30/10 đến ngày 1/11/2024, Thủ tướng Phạm Minh Chính thăm chính thức Ca-ta, chuyến thăm đầu tiên của người đứng đầu Chính phủ Việt Nam tới nước này sau 15 năm.",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Tại các diễn đàn đa phương, hai bên luôn dành cho nhau sự ủng hộ. Tuy vậy, Việt Nam và Ca-ta đến nay chưa ký hiệp định thương mại tự do song phương nào. Tháng 11/2026, Đô-ha sẽ đăng cai Hội nghị Toàn quyền của Liên minh Viễn thông quốc tế (ITU), dịp để hai bên mở rộng hợp tác chuyển đổi số.",
        ),
    ],
}

PB_THANHHOA = {
    "id": "pb",
    "shape": "word",
    "head": [
        "UBND TỈNH THANH HÓA",
        "SỞ NGOẠI VỤ",
        "Số: 287/BC-SNV",
        "Thanh Hóa, ngày 11 tháng 12 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2023, phương hướng nhiệm vụ năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2023, phương hướng nhiệm vụ năm 2024"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tỉnh tiếp tục thắt chặt quan hệ hữu nghị với tỉnh Hủa Phăn (Lào); hai bên phối hợp giữ gìn an ninh, trật tự tại cặp cửa khẩu quốc tế Na Mèo – Nậm Xôi. Tỉnh đã cấp 40 suất học bổng cho sinh viên Hủa Phăn sang học tập tại Thanh Hóa.",
        ),
        (
            "list_item",
            "2. Tháng trước, Chủ tịch UBND tỉnh tiếp Đại sứ Cô-oét tại Việt Nam, trao đổi về nguồn cung dầu thô cho Liên hợp Lọc hóa dầu Nghi Sơn, dự án do các nhà đầu tư Cô-oét, Nhật Bản và Việt Nam cùng góp vốn.",
        ),
        (
            "list_item",
            "3. Chính phủ Nhật Bản, thông qua chương trình viện trợ không hoàn lại cho các dự án cấp cơ sở, đã tài trợ xây dựng hai trường tiểu học ở các huyện miền núi của tỉnh, nhiều hơn một công trình so với năm ngoái.",
        ),
        (
            "list_item",
            "4. Hội nghị xúc tiến đầu tư của tỉnh tại Cô-oét và Ca-ta chưa tổ chức được do hai bên chưa thống nhất thời gian.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Phấn đấu ký kết Biên bản thỏa thuận hợp tác giai đoạn 2024 – 2028 với tỉnh Hủa Phăn trong quý I năm tới.",
        ),
        (
            "list_item",
            "2. Dự kiến đón đoàn Bộ Dầu mỏ Cô-oét thăm, làm việc tại Khu kinh tế Nghi Sơn trong 6 tháng đầu năm sau.",
        ),
    ],
}

PC_KUWAIT = {
    "id": "pc",
    "shape": "news",
    "date": "2025-11-18",
    "stamp": "18/11/2025 08:15 GMT+7",
    "blocks": [
        ("title", "Việt Nam và Cô-oét nâng cấp quan hệ lên Đối tác Chiến lược"),
        (
            "paragraph",
            "Thành phố Cô-oét (TTXVN) – Ngày 17/11, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Cô-oét Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah, trong khuôn khổ chuyến thăm chính thức Nhà nước Cô-oét từ ngày 16 đến 18/11.",
        ),
        ("heading", "Dấu mốc mới trước thềm 50 năm quan hệ", 1),
        (
            "paragraph",
            "Hai Thủ tướng nhất trí nâng cấp quan hệ hai nước lên Đối tác Chiến lược, khi hai nước chuẩn bị kỷ niệm 50 năm thiết lập quan hệ ngoại giao (10/1/1976 – 10/1/2026). Thủ tướng nước chủ nhà khẳng định Cô-oét, quốc gia vùng Vịnh đầu tiên thiết lập quan hệ ngoại giao với Việt Nam, “luôn coi Việt Nam là người bạn tin cậy ở châu Á”.",
        ),
        (
            "paragraph",
            "Sau hội đàm, hai bên ký Nghị định thư sửa đổi Hiệp định về miễn thị thực cho người mang hộ chiếu ngoại giao và công vụ, cùng Bản ghi nhớ hợp tác giữa Học viện Ngoại giao hai nước.",
        ),
        ("heading", "Nghi Sơn, biểu tượng của hợp tác", 1),
        (
            "paragraph",
            "Hai bên sẽ phối hợp chặt chẽ để mở rộng Liên hợp Lọc hóa dầu Nghi Sơn, nơi Công ty Dầu khí Quốc tế Cô-oét (KPI) nắm 35,1% vốn. Quỹ Cô-oét vì Phát triển kinh tế Ả-rập (KFAED) đến nay đã tài trợ cho Việt Nam 15 dự án với tổng trị giá hơn 183 triệu USD.",
        ),
        (
            "paragraph",
            "Cô-oét là chặng dừng chân đầu tiên trong chuyến công tác của Thủ tướng tới ba nước Cô-oét, An-giê-ri và Nam Phi.",
        ),
    ],
}

PD_PLAN = {
    "id": "pd",
    "shape": "decision",
    "head": [
        f"{'BỘ KHOA HỌC VÀ CÔNG NGHỆ':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BKHCN':<42}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tham dự Hội nghị Toàn quyền của Liên minh Viễn thông quốc tế năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tham dự Hội nghị Toàn quyền của Liên minh Viễn thông quốc tế năm 2026"),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Hội nghị Toàn quyền PP-26 sẽ diễn ra tại Đô-ha (Ca-ta) từ ngày 9 đến 27/11 năm nay; địa điểm này được các nước thành viên nhất trí lựa chọn tại Hội nghị PP-22 ở Bu-ca-rét (Ru-ma-ni) năm 2022. Hiện ta chưa có mặt trong Hội đồng ITU nhiệm kỳ 2023 – 2026, trong khi bốn nước vùng Vịnh là Cô-oét, Ả-rập Xê-út, Ba-ranh và Các Tiểu vương quốc Ả-rập Thống nhất đều trúng cử.",
        ),
        (
            "paragraph",
            "Tại PP-18 ở Đu-bai, ngày 5/11/2018, ông Đoàn Quang Hoan, đại diện Việt Nam, tái trúng cử thành viên Ủy ban Thể lệ vô tuyến điện (RRB) với 167 phiếu.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Nghiên cứu phương án Việt Nam ứng cử thành viên Hội đồng ITU nhiệm kỳ 2027 – 2030, báo cáo Thủ tướng Chính phủ trong quý II.",
        ),
        (
            "list_item",
            "2. Tháng trước, Bộ đã làm việc với Đại sứ quán Ca-ta tại Hà Nội; hai bên sẽ xúc tiến ký Bản ghi nhớ hợp tác về chuyển đổi số bên lề Hội nghị.",
        ),
        (
            "list_item",
            "3. Phối hợp với Tổ chức Viễn thông châu Á – Thái Bình Dương (APT) và các nước ASEAN xây dựng đề xuất chung của khu vực trình Hội nghị.",
        ),
    ],
}

PE_CONSTITUTION = {
    "id": "pe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiến chương Liên minh Viễn thông quốc tế (1992)"),
        (
            "paragraph",
            "Hiến chương và Công ước của Liên minh Viễn thông quốc tế (ITU) là văn kiện nền tảng của tổ chức, được Hội nghị Toàn quyền bổ sung thông qua tại Giơ-ne-vơ ngày 22/12/1992, thay thế Công ước Viễn thông quốc tế Nai-rô-bi (1982).",
        ),
        ("heading", "Nguồn gốc", 1),
        (
            "paragraph",
            "Tiền thân của ITU là Liên minh Điện báo quốc tế, ra đời khi 20 quốc gia châu Âu ký Công ước Điện báo quốc tế tại Pa-ri ngày 17/5/1865. Năm 1906, 29 quốc gia có biển ký Công ước Vô tuyến điện báo quốc tế tại Béc-lin; hai công ước được hợp nhất tại Hội nghị Ma-đrít năm 1932, khi tổ chức mang tên mới. Năm 1947, ITU trở thành cơ quan chuyên môn của Liên hợp quốc và năm sau chuyển trụ sở từ Béc-nơ về Giơ-ne-vơ.",
        ),
        ("heading", "Hiệu lực", 1),
        (
            "paragraph",
            "Hiến chương được áp dụng tạm thời từ ngày 1/3/1993 và chính thức có hiệu lực từ ngày 1/7/1994. Quốc hội Liên bang Thụy Sĩ, nước chủ nhà của tổ chức, phê chuẩn văn kiện ngày 14/6/1994.",
        ),
        ("heading", "Lãnh đạo", 1),
        (
            "paragraph",
            "Hội nghị Toàn quyền họp bốn năm một lần và bầu các chức danh lãnh đạo. Ngày 29/9/2022, tại Bu-ca-rét, bà Doreen Bogdan-Martin (Hoa Kỳ) được bầu làm Tổng Thư ký với 139 trên 172 phiếu, trở thành người phụ nữ đầu tiên đứng đầu ITU. Việt Nam là quốc gia thành viên của Liên minh.",
        ),
        ("paragraph", "Xem thêm: Hội nghị Toàn quyền ITU 2026 (Đô-ha)."),
    ],
}

DOCS = [PA_QATAR, PB_THANHHOA, PC_KUWAIT, PD_PLAN, PE_CONSTITUTION]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter from heldout_kit.front_matter_lines (title at 48,
    labels at 70 columns), headings with no blank line after them, body at 70 columns; after
    ``break_after`` body lines (mid-sentence) the page number centred at the page's foot, a form feed and
    the running header; the last page ends with its number."""
    return paged_journal(doc, 48, 70, 70, indent=34, blank_after_heading=False)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page
    (cut mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news agency page: <meta> date, a nav menu, <h1>, the stamp, the lead (with its dateline) in
    <div class="sapo">, <h2> subheads, <p> paragraphs, a related-links list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T08:15:00+07:00">\n'
        f"<title>{title} | Tin tức</title>\n</head>\n<body>\n"
        '<nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a> <a href="/trung-dong">Trung Đông</a></nav>\n'
        f'<article>\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<div class="sapo">{lead}</div>\n' + "\n".join(body) + "\n"
        '<ul class="related"><li><a href="/a1">Kim ngạch thương mại Việt Nam – vùng Vịnh</a></li></ul>\n'
        "</article>\n<footer>Bản quyền thuộc về cơ quan chủ quản</footer>\n</body>\n</html>\n"
    )


def render_decision(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 76
    columns with a blank line between blocks, the signature block at the right."""
    return official_text(doc, 76, [" " * 46 + "KT. BỘ TRƯỞNG", " " * 46 + "THỨ TRƯỞNG", " " * 50 + "(đã ký)"])


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "decision": render_decision,
            "entry": entry_text,
        },
        prefix="p",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
