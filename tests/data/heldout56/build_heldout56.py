"""Build the fifty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout56/build_heldout56.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and the earlier
held-out sets, on topics those sets do not use (Vietnam – Croatia from independence to the euro and
Schengen; Ninh Bình's external affairs in 2024; Croatia's entry into the euro area and the Schengen area
on 1/1/2023, told as a news story; a Ministry of Culture, Sports and Tourism plan for cultural and
tourism cooperation with Croatia in 2026; an encyclopedia entry on the Dayton Agreement of 1995).
Nothing in src/ was read or changed for them. Facts are well-established; authors, journal, page
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
    official_text,
    paged_body,
    word_text,
)

ZRA_CROATIA = {
    "id": "zra",
    "shape": "journal",
    "header": "Tạp chí Ban-căng và Trung Âu học, số 2 (2025)",
    "first_page": 117,
    "break_after": 12,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – CRÔ-A-TI-A TRONG BỐI CẢNH HỘI NHẬP CHÂU ÂU CỦA NƯỚC BẠN"),
        ("author", "Phạm Thị Hồng Vân"),
        ("affiliation", "Viện Nghiên cứu Châu Âu"),
        ("abstract", "Bài viết phân tích quan hệ Việt Nam – Crô-a-ti-a sau ba thập kỷ.", "vi"),
        ("keywords", "Crô-a-ti-a; Liên minh châu Âu; EVFTA; Schengen", "vi"),
        ("heading", "1. Con đường hội nhập của một quốc gia Ban-căng", 1),
        (
            "paragraph",
            "Tuyên bố độc lập ngày 25/6/1991, Crô-a-ti-a cùng Xlô-ven-ni-a và Bô-xni-a Héc-dê-gô-vi-na được kết nạp vào Liên hợp quốc ngày 22/5/1992. Nước này gia nhập NATO ngày 1/4/2009, song con đường vào Liên minh châu Âu (EU) lại nhiều trắc trở: từ cuối năm 2008, Xlô-ven-ni-a phong tỏa các chương đàm phán của Da-grép vì tranh chấp biên giới trên vịnh Pi-ran (Lê Minh Khôi, 2017, tr. 64).",
        ),
        (
            "paragraph",
            "Hiệp ước gia nhập được ký tại Brúc-xen ngày 9/12/2011; đến ngày 1/7/2013, Crô-a-ti-a chính thức trở thành thành viên thứ 28 của EU. Dù vậy, Da-grép không chấp nhận phán quyết mà Tòa Trọng tài thường trực đưa ra năm 2017 về đường biên giới với nước láng giềng.",
        ),
        ("heading", "2. Quan hệ song phương và phối hợp đa phương", 1),
        (
            "paragraph",
            "Việt Nam và Crô-a-ti-a thiết lập quan hệ ngoại giao ngày 1/7/1994. Từng cùng là Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008 – 2009, hai nước thường xuyên ủng hộ nhau tại các diễn đàn đa phương (Đinh Quang Thái, 2020). Hiệp định Thương mại tự do Việt Nam – EU (EVFTA), ký tại Hà Nội ngày 30/6/2019, được Nghị viện châu Âu phê chuẩn ngày 12/2/2020, khi Crô-a-ti-a đang giữ cương vị Chủ tịch luân phiên Hội đồng EU; Quốc hội Việt Nam thông qua văn kiện này ngày 8/6/2020.",
        ),
        (
            "paragraph",
            "Việc phía bạn gia nhập khu vực đồng euro và khu vực Schengen từ ngày 1/1/2023 mở ra “cửa ngõ mới cho hàng hóa Việt Nam vào Trung Âu qua cảng Ri-ê-ca” (Vũ Thị Thanh Hà, 2024, tr. 23). Năm ngoái, hai bên long trọng kỷ niệm 30 năm thiết lập quan hệ ngoại giao. Trong thời gian tới, ta cần chủ động đề xuất đàm phán một bản ghi nhớ về hợp tác du lịch với Da-grép.",
        ),
    ],
}

ZRB_NINHBINH = {
    "id": "zrb",
    "shape": "word",
    "head": [
        "UBND TỈNH NINH BÌNH",
        "SỞ NGOẠI VỤ",
        "Số: 214/BC-SNgV",
        "Ninh Bình, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tỉnh đã tổ chức trọng thể lễ kỷ niệm 10 năm Quần thể danh thắng Tràng An được Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) ghi danh là Di sản Văn hóa và Thiên nhiên thế giới (23/6/2014).",
        ),
        (
            "list_item",
            "2. Từ ngày 14 đến ngày 16/5/2024, đoàn đại biểu tỉnh Hủa-phăn (Lào) do Phó Tỉnh trưởng dẫn đầu sang thăm và làm việc tại Ninh Bình; hai bên đã ký Biên bản thỏa thuận hợp tác giai đoạn 2024 – 2028, đồng thời tỉnh hỗ trợ phía bạn 2 tỷ đồng xây dựng trường học.",
        ),
        (
            "list_item",
            "3. Dự án sinh kế bền vững cho cộng đồng vùng đệm Vân Long, do Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) tài trợ 1,2 triệu USD, tiếp tục được triển khai đúng tiến độ.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Crô-a-ti-a đã đến chào xã giao lãnh đạo tỉnh và bày tỏ mong muốn kết nối Tràng An với các khu di sản của nước này.",
        ),
        (
            "list_item",
            "5. Thỏa thuận hữu nghị với hạt Đu-brốp-ních – Nê-rét-va (Crô-a-ti-a) chưa ký kết được do phía bạn chưa hoàn tất thủ tục nội bộ.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, tổ chức đoàn xúc tiến du lịch sang Crô-a-ti-a và Xlô-ven-ni-a; phấn đấu ký thỏa thuận hữu nghị với hạt Đu-brốp-ních – Nê-rét-va.",
        ),
        (
            "list_item",
            "2. Phối hợp với UNESCO tổ chức hội thảo quốc tế về bảo tồn Quần thể danh thắng Tràng An.",
        ),
        (
            "list_item",
            "3. Tiếp tục củng cố quan hệ hữu nghị với tỉnh Hủa-phăn, đón đoàn lãnh đạo tỉnh bạn sang dự Lễ hội Hoa Lư.",
        ),
    ],
}

ZRC_EURO = {
    "id": "zrc",
    "shape": "news",
    "date": "2023-01-02",
    "stamp": "02/01/2023 09:05",
    "blocks": [
        ("title", "Crô-a-ti-a chính thức dùng đồng euro và gia nhập khu vực Schengen"),
        (
            "paragraph",
            "Da-grép (TTXVN) – Từ ngày 1/1, Crô-a-ti-a trở thành thành viên thứ 20 của khu vực đồng euro và thành viên thứ 27 của khu vực đi lại tự do Schengen, gần mười năm sau khi nước này gia nhập Liên minh châu Âu (EU) ngày 1/7/2013.",
        ),
        ("heading", "Tạm biệt đồng kuna", 1),
        (
            "paragraph",
            "Tỷ giá chuyển đổi cố định 7,53450 kuna đổi 1 euro đã được Hội đồng EU thông qua ngày 12/7/2022. Thủ tướng Andrej Plenković gọi đây là “khoảnh khắc mà nhiều thế hệ người Crô-a-ti-a chờ đợi”.",
        ),
        ("heading", "Ru-ma-ni và Bun-ga-ri phải chờ", 1),
        (
            "paragraph",
            "Việc kết nạp Crô-a-ti-a vào Schengen được các bộ trưởng nội vụ EU nhất trí thông qua tại Brúc-xen ngày 8/12/2022. Cũng tại cuộc họp đó, hồ sơ của Ru-ma-ni và Bun-ga-ri không được chấp thuận vì Áo phản đối, còn Hà Lan bác đơn của Bun-ga-ri.",
        ),
        (
            "paragraph",
            "Theo Thủ tướng Plenković, Chính phủ nước này sẽ tiếp tục theo đuổi mục tiêu gia nhập Tổ chức Hợp tác và Phát triển Kinh tế (OECD), tiến trình mà Da-grép chính thức khởi động từ tháng 1/2022.",
        ),
    ],
}

ZRD_PLAN = {
    "id": "zrd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VÀ DU LỊCH':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 112/KH-BVHTTDL':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác văn hóa và du lịch với Cộng hòa Crô-a-ti-a năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác văn hóa và du lịch với Cộng hòa Crô-a-ti-a năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả các hoạt động kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam – Crô-a-ti-a (1/7/1994 – 1/7/2024), Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. CƠ SỞ HỢP TÁC", 1),
        (
            "paragraph",
            "Hai nước cùng sở hữu những di sản thế giới nổi tiếng: Vịnh Hạ Long được UNESCO ghi danh năm 1994, còn Vườn quốc gia Plít-vi-xê và Thành cổ Đu-brốp-ních của phía bạn đã có tên trong Danh mục từ năm 1979.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong quý II năm nay, tổ chức Những ngày Văn hóa Việt Nam tại Da-grép và Xpơ-lít.",
        ),
        (
            "list_item",
            "2. Giao Cục Du lịch Quốc gia Việt Nam chuẩn bị dự thảo Bản ghi nhớ hợp tác du lịch, dự kiến ký với Bộ Du lịch và Thể thao Crô-a-ti-a trong năm 2026.",
        ),
        (
            "list_item",
            "3. Mời đoàn công tác của Bộ này sang khảo sát Quần thể danh thắng Tràng An (Ninh Bình) và Vịnh Hạ Long vào tháng 10.",
        ),
        (
            "list_item",
            "4. Cử 5 cán bộ bảo tàng sang Xpơ-lít tập huấn về bảo tồn di sản, bằng kinh phí do phía bạn tài trợ.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn tham dự Hội chợ Du lịch quốc tế Da-grép năm nay do trùng lịch.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch này.",
        ),
    ],
}

ZRE_DAYTON = {
    "id": "zre",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Dayton"),
        (
            "paragraph",
            "Hiệp định Dayton, tên chính thức là Hiệp định khung chung về hòa bình ở Bô-xni-a Héc-dê-gô-vi-na, là văn kiện chấm dứt cuộc chiến tranh Bô-xni-a (1992 – 1995). Văn kiện được ký tắt tại căn cứ không quân Wright-Patterson gần thành phố Dayton (Hoa Kỳ) ngày 21/11/1995 và ký chính thức tại Pa-ri ngày 14/12/1995.",
        ),
        ("heading", "Hoàn cảnh ra đời", 1),
        (
            "paragraph",
            "Tháng 8/1995, quân đội Crô-a-ti-a mở chiến dịch Bão táp; cuối tháng đó, NATO bắt đầu không kích các vị trí của lực lượng người Xéc-bi ở Bô-xni-a. Hai đòn đánh này buộc các bên phải ngồi vào bàn đàm phán do Hoa Kỳ chủ trì, diễn ra từ ngày 1 đến ngày 21/11/1995 dưới sự điều phối của nhà ngoại giao Richard Holbrooke.",
        ),
        ("heading", "Các bên ký kết và nội dung", 1),
        (
            "paragraph",
            "Hiệp định mang chữ ký của Tổng thống Bô-xni-a Héc-dê-gô-vi-na Alija Izetbegović, Tổng thống Crô-a-ti-a Franjo Tuđman và Tổng thống Xéc-bi-a Slobodan Milošević. Lực lượng thực thi (IFOR) khoảng 60.000 quân do NATO chỉ huy được triển khai, tiếp nhận nhiệm vụ từ lực lượng Liên hợp quốc ngày 20/12/1995.",
        ),
        ("heading", "Hệ quả", 1),
        (
            "paragraph",
            "Song song với Dayton, Da-grép và đại diện người Xéc-bi địa phương ký Hiệp định Erđút ngày 12/11/1995, mở đường cho việc Đông Xla-vô-ni-a được trả về Crô-a-ti-a ngày 15/1/1998. Crô-a-ti-a gia nhập EU ngày 1/7/2013; Bô-xni-a Héc-dê-gô-vi-na được EU trao quy chế nước ứng cử viên tháng 12/2022 nhưng đến nay vẫn chưa trở thành thành viên.",
        ),
    ],
}

DOCS = [ZRA_CROATIA, ZRB_NINHBINH, ZRC_EURO, ZRD_PLAN, ZRE_DAYTON]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (also the first),
    front matter by heldout_kit.front_matter_lines (title at 48 columns, labels at 74), headings with a
    blank line after them, body at 74 columns; after ``break_after`` body lines (mid-sentence) the page
    number alone at the left margin, a form feed and the running header; the last page ends with its
    number."""
    head = doc["header"]

    out, last = paged_body(doc, 48, 74, 74, lambda page: ["", str(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, str(last)]) + "\n", [head, *(str(n) for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Đinh Văn Hòa"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a <header> with a nav list, <article>,
    <h1>, a <time> stamp, the lead (with its dateline) in <p class="sapo">, <h3> subheads, <p>
    paragraphs, a related-links box, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T09:05:00+07:00">\n'
        f"<title>{title} | Tin tức châu Âu</title>\n</head>\n<body>\n"
        '<header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/quoc-te">Quốc tế</a></li>'
        '<li><a href="/chau-au">Châu Âu</a></li></ul></nav></header>\n'
        f'<main>\n<article>\n<h1>{title}</h1>\n<time datetime="{doc["date"]}">{doc["stamp"]}</time>\n'
        f'<p class="sapo">{lead}</p>\n' + "\n".join(body) + "\n"
        '<aside class="related">Tin liên quan: <a href="/chau-au/eu-mo-rong">EU mở rộng</a></aside>\n'
        '<ul class="tags"><li>Crô-a-ti-a</li><li>euro</li><li>Schengen</li></ul>\n'
        "</article>\n</main>\n<footer>© Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer (on two lines) / motto block, the centred two-line title,
    body at 76 columns with a blank line between blocks, "Nơi nhận" at the left, the signature at the
    right."""
    tail = [
        f"{'Nơi nhận:':<44}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<44}THỨ TRƯỞNG",
        "- UBND tỉnh Ninh Bình, Quảng Ninh;",
        f"{'- Lưu: VT, HTQT.':<47}(đã ký)",
    ]
    return official_text(doc, 76, tail)


def render_entry(doc: dict) -> str:
    """An encyclopedia entry copied as text: the title, sub-headings, one paragraph a line, a blank line
    between blocks, a source line at the end (not a gold block)."""
    return "\n\n".join(b[1] for b in doc["blocks"]) + "\n\nNguồn: Bách khoa toàn thư mở\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": render_entry,
        },
        prefix="zr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
