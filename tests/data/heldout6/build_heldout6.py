"""Build the sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout6/build_heldout6.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout5, on topics those sets do not use (Vietnam - Russia
1950-2019, foreign affairs in H1 2020, the Vietnam - Israel FTA signed on 25/7/2023, the 45th
anniversary of Vietnam - Myanmar relations in 2020, Vietnam in the ASEAN Regional Forum). Nothing in
src/ was changed for them: they measure, they are not for tuning. The renderers differ from the
earlier sets' on purpose (a 58-column wrap with a running header on every page after the first
and the page number alone at the foot; a Word export with every line followed by an empty line and
a 74-column wrap; a news page whose date sits in a <time> element and whose lead is a
<p class="sapo">; a notice whose place-date line follows the motto, with "I./II./III." sections
and "1./2./3." items; lecture notes with one paragraph a line and plain headings).
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

MA_RUSSIA = {
    "id": "ma",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu Á – Âu Đương đại, số 3 (2025)",
    "first_page": 57,
    "break_after": 12,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – LIÊN BANG NGA TRONG HAI THẬP NIÊN ĐẦU THẾ KỶ XXI"),
        ("author", "Phan Thị Mai Hương"),
        ("affiliation", "Học viện Quan hệ Quốc tế Á – Âu"),
        (
            "abstract",
            "Bài viết phân tích các bước phát triển chính của quan hệ Việt Nam – Liên bang Nga từ năm 2001 đến năm 2019 và một số vấn đề đặt ra cho giai đoạn tới.",
            "vi",
        ),
        (
            "keywords",
            "Việt Nam; Liên bang Nga; đối tác chiến lược toàn diện; Liên minh Kinh tế Á – Âu.",
            "vi",
        ),
        ("heading", "1. Nền tảng lịch sử", 1),
        (
            "paragraph",
            "Liên Xô công nhận và thiết lập quan hệ ngoại giao với Việt Nam ngày 30/1/1950. Trong những năm xây dựng đất nước, Liên Xô đã giúp Việt Nam xây dựng nhiều công trình lớn, trong đó có Nhà máy Thủy điện Hòa Bình. Theo Đỗ Quang Vinh (2017, tr. 21), chính di sản đó tạo nên “vốn tin cậy chính trị hiếm có” giữa hai nước.",
        ),
        ("heading", "2. Từ đối tác chiến lược đến đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Từ ngày 28/2 đến 2/3/2001, Tổng thống Nga V. Putin thăm Việt Nam; hai bên ký Tuyên bố chung về quan hệ đối tác chiến lược. Tháng 7/2012, nhân chuyến thăm Liên bang Nga của Chủ tịch nước Trương Tấn Sang, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện, một khuôn khổ được coi là “bước phát triển về chất của quan hệ song phương” (Lê Thanh Bình, 2013, tr. 47).",
        ),
        (
            "paragraph",
            "Ngày 29/5/2015, Việt Nam ký Hiệp định thương mại tự do với Liên minh Kinh tế Á – Âu, tổ chức do Nga, Bê-la-rút và Ca-dắc-xtan sáng lập. Đây là hiệp định thương mại tự do đầu tiên mà Liên minh ký với một đối tác bên ngoài (Đỗ Quang Vinh, 2017, tr. 63).",
        ),
        ("heading", "3. Phối hợp đa phương và triển vọng", 1),
        (
            "paragraph",
            "Phía Nga ủng hộ Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc, và ngày 7/6/2019 Việt Nam trúng cử nhiệm kỳ 2020 – 2021 với 192/193 phiếu. Việt Nam không tham gia liên minh quân sự và không liên kết với nước này để chống nước kia. Hai bên dự kiến đưa kim ngạch thương mại song phương lên 10 tỷ USD, một mục tiêu “vẫn còn khá xa so với thực tế” (Lê Thanh Bình, 2019, tr. 15).",
        ),
    ],
}

MB_REPORT = {
    "id": "mb",
    "shape": "word",
    "blocks": [
        (
            "title",
            "BÁO CÁO TÌNH HÌNH THỰC HIỆN CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2020 VÀ PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2020",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "paragraph",
            "Trong bối cảnh dịch Covid-19 diễn biến phức tạp, công tác đối ngoại sáu tháng đầu năm được triển khai linh hoạt, nhiều hoạt động chuyển sang hình thức trực tuyến.",
        ),
        (
            "list_item",
            "+ Ta đảm nhiệm cương vị Chủ tịch ASEAN năm 2020 và từ ngày 1/1/2020 bắt đầu nhiệm kỳ Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc 2020 – 2021; trong tháng 1/2020, Việt Nam giữ cương vị Chủ tịch Hội đồng Bảo an.",
        ),
        (
            "list_item",
            "+ Hội nghị Cấp cao ASEAN lần thứ 36 không tổ chức trực tiếp tại Đà Nẵng như kế hoạch ban đầu mà họp trực tuyến ngày 26/6/2020 dưới sự chủ trì của Thủ tướng Nguyễn Xuân Phúc.",
        ),
        (
            "list_item",
            "+ Ngày 8/6/2020, Quốc hội biểu quyết phê chuẩn Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) và Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA). Trước đó, ngày 12/2/2020, Nghị viện châu Âu đã thông qua hai hiệp định này.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2020", 1),
        (
            "list_item",
            "- Chuẩn bị tổ chức Hội nghị Cấp cao ASEAN lần thứ 37 và các hội nghị liên quan vào tháng 11/2020.",
        ),
        (
            "list_item",
            "- Phối hợp với phía EU đưa EVFTA vào thực thi hiệu quả; Hiệp định dự kiến có hiệu lực từ ngày 1/8/2020.",
        ),
        (
            "list_item",
            "- Tiếp tục phối hợp với Lào, Campuchia, Thái Lan và Mi-an-ma trong hợp tác Mê Công – Lan Thương và Mê Công – Nhật Bản.",
        ),
    ],
}

MC_NEWS = {
    "id": "mc",
    "shape": "news",
    "stamp": "Thứ Ba, 25/07/2023 - 16:05",
    "blocks": [
        ("title", "Việt Nam và Israel ký Hiệp định Thương mại tự do"),
        (
            "paragraph",
            "Chiều 25/7 tại Hà Nội, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Bộ trưởng Bộ Kinh tế và Công nghiệp Israel Nir Barkat đã ký Hiệp định Thương mại tự do Việt Nam – Israel (VIFTA).",
        ),
        (
            "paragraph",
            "VIFTA là hiệp định thương mại tự do đầu tiên Israel ký với một nước thành viên ASEAN. Hai bên khởi động đàm phán từ tháng 12/2015 và đã trải qua nhiều phiên đàm phán.",
        ),
        (
            "paragraph",
            "Hiệp định được ký trong năm hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao (12/7/1993 – 12/7/2023). Israel hiện là một trong những đối tác thương mại lớn của Việt Nam tại khu vực Trung Đông.",
        ),
        (
            "paragraph",
            "Phát biểu tại lễ ký, Bộ trưởng Nir Barkat cho biết phía bạn mong muốn mở rộng hợp tác với Việt Nam trong công nghệ cao và nông nghiệp.",
        ),
        (
            "paragraph",
            "Hiệp định chưa có hiệu lực ngay. Hai bên sẽ hoàn tất thủ tục phê chuẩn theo quy định trong nước của mỗi nước.",
        ),
    ],
}

MD_NOTICE = {
    "id": "md",
    "shape": "party",
    "head": [
        "BỘ NGOẠI GIAO",
        "Số: 112/TB-BNG",
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 20 tháng 4 năm 2020",
    ],
    "title_lines": [
        "THÔNG BÁO",
        "Về việc tổ chức kỷ niệm 45 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Mi-an-ma (28/5/1975 – 28/5/2020)",
    ],
    "preamble": [],
    "tail": [
        "Nơi nhận:",
        "- Các đơn vị trong Bộ;",
        "- Lưu: VT.",
        "",
        "KT. BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
    ],
    "blocks": [
        (
            "title",
            "THÔNG BÁO Về việc tổ chức kỷ niệm 45 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Mi-an-ma (28/5/1975 – 28/5/2020)",
        ),
        ("heading", "I. Ý NGHĨA", 1),
        (
            "paragraph",
            "Việt Nam và Mi-an-ma thiết lập quan hệ ngoại giao ngày 28/5/1975. Mi-an-ma gia nhập ASEAN ngày 23/7/1997 cùng với Lào. Hai nước thường xuyên ủng hộ lẫn nhau tại Liên Hợp Quốc và các diễn đàn khu vực.",
        ),
        ("heading", "II. CÁC HOẠT ĐỘNG", 1),
        ("list_item", "1. Lãnh đạo cấp cao hai nước dự kiến trao đổi điện mừng nhân ngày 28/5/2020."),
        (
            "list_item",
            "2. Đại sứ quán Việt Nam tại Mi-an-ma phối hợp với phía bạn tổ chức tọa đàm trực tuyến về quan hệ hai nước trong tháng 6/2020.",
        ),
        (
            "list_item",
            "3. Không tổ chức các hoạt động tập trung đông người do dịch Covid-19 còn diễn biến phức tạp.",
        ),
        ("heading", "III. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Đại sứ quán Việt Nam tại Mi-an-ma chủ trì triển khai; Vụ Thông tin Báo chí phối hợp đăng bài trên Cổng Thông tin điện tử của Bộ./.",
        ),
    ],
}

ME_NOTES = {
    "id": "me",
    "shape": "textbook",
    "blocks": [
        ("title", "Bài 7. Diễn đàn Khu vực ASEAN và sự tham gia của Việt Nam"),
        ("heading", "Sự ra đời của ARF", 1),
        (
            "paragraph",
            "Diễn đàn Khu vực ASEAN (ARF) được thành lập năm 1994 và họp phiên đầu tiên tại Băng Cốc ngày 25/7/1994. Đây là cơ chế đối thoại về chính trị – an ninh rộng nhất ở châu Á – Thái Bình Dương, gồm 27 thành viên: các nước ASEAN cùng các đối tác như Trung Quốc, Nhật Bản, Hàn Quốc, Ấn Độ, Nga, Hoa Kỳ, Ô-xtrây-li-a và Liên minh châu Âu. ARF vận hành theo lộ trình ba giai đoạn: xây dựng lòng tin, ngoại giao phòng ngừa và tiếp cận giải quyết xung đột. Đến nay, diễn đàn vẫn chưa chuyển hẳn sang giai đoạn ngoại giao phòng ngừa.",
        ),
        ("heading", "Việt Nam trong ARF", 1),
        (
            "paragraph",
            "Việt Nam tham gia ARF ngay từ phiên họp đầu tiên, khi nước ta còn là quan sát viên của ASEAN. Năm 2010, trên cương vị Chủ tịch ASEAN, Việt Nam chủ trì Diễn đàn Khu vực ASEAN lần thứ 17 tại Hà Nội ngày 23/7/2010. Tại diễn đàn này, nhiều nước bày tỏ quan ngại về tình hình Biển Đông và ủng hộ giải quyết tranh chấp bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế. Năm 2020, Việt Nam tiếp tục chủ trì ARF lần thứ 27 theo hình thức trực tuyến.",
        ),
        ("heading", "Định hướng", 1),
        (
            "paragraph",
            "Việt Nam sẽ tiếp tục tham gia tích cực vào ARF, cùng các nước ASEAN giữ vững vai trò trung tâm của Hiệp hội trong cấu trúc khu vực đang định hình.",
        ),
    ],
}

DOCS = [MA_RUSSIA, MB_REPORT, MC_NEWS, MD_NOTICE, ME_NOTES]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: no header on the first page; title in 44-column lines, "Tóm tắt:"/"Từ khóa:"
    wrapped at 90, body wrapped at 58 columns; after ``break_after`` body lines (inside a paragraph,
    mid-sentence) the page number alone on a line, a form feed and the running header; the last
    page ends with its number."""
    return paged_journal(doc, 44, 90, 58)


def render_word(doc: dict) -> str:
    """Word "Save as plain text": every line followed by an empty line, everything wrapped at 74
    columns, no indentation."""
    out: list[str] = []
    for b in doc["blocks"]:
        out += wrap(b[1], 74)
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news page saved as HTML: header with logo and menu, breadcrumb, <h1>, a <time> element,
    the lead in <p class="sapo">, body paragraphs, source line, related links, footer."""
    blocks = doc["blocks"]
    lead, rest = blocks[1], blocks[2:]
    body = "\n".join(f"  <p>{b[1]}</p>" for b in rest)
    return (
        '<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{blocks[0][1]} - Kinh tế Đối ngoại</title>\n"
        '<meta name="description" content="Lễ ký VIFTA tại Hà Nội">\n'
        "</head>\n<body>\n"
        '<header><div class="logo">Kinh tế Đối ngoại</div>\n'
        '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/doi-ngoai">Đối ngoại</a></li>'
        '<li><a href="/thi-truong">Thị trường</a></li></ul></header>\n'
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/doi-ngoai">Đối ngoại</a></div>\n'
        "<article>\n"
        f"  <h1>{blocks[0][1]}</h1>\n"
        f'  <time datetime="2023-07-25T16:05">{doc["stamp"]}</time>\n'
        f'  <p class="sapo">{lead[1]}</p>\n'
        f"{body}\n"
        '  <p class="source">Theo Hải Nam</p>\n'
        "</article>\n"
        '<section class="related"><h2>Tin liên quan</h2><ul><li><a href="/a1">Xuất khẩu nông sản sang '
        'Trung Đông</a></li><li><a href="/a2">Lịch cắt điện tuần này</a></li></ul></section>\n'
        "<footer>© Kinh tế Đối ngoại. Không sao chép khi chưa được phép.</footer>\n</body>\n</html>\n"
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
        prefix="m",
    )


if __name__ == "__main__":
    sys.exit(main())
