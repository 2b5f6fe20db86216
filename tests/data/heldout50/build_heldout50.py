"""Build the fiftieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout50/build_heldout50.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout46, on topics those sets do not use (Vietnam – Zambia from
independence to the SADC, in place of Vietnam – Mozambique which heldout17 used; Quảng Ngãi's external
affairs in 2024; the first IORA Leaders' Summit in Jakarta on 7/3/2017; a Ministry of Industry and Trade
plan for trade with Mozambique and Zambia in 2025; an encyclopedia entry on the Rome General Peace
Accords of 4/10/1992). Nothing in src/ was changed for them. Facts are well-established; authors,
journal, page numbers, document numbers, the provincial report's local items and all quoted words are
invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold
are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
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
    paged_body,
    word_text,
)

ZLA_ZAMBIA = {
    "id": "zla",
    "shape": "journal",
    "header": "TẠP CHÍ NAM Á VÀ CHÂU PHI HỌC – Số 2 (2025)",
    "first_page": 83,
    "break_after": 7,
    "blocks": [
        ("title", "VIỆT NAM – DĂM-BI-A: NỬA THẾ KỶ MỘT TÌNH HỮU NGHỊ"),
        ("author", "Phạm Thị Thu Hà"),
        ("affiliation", "Viện Nghiên cứu Nam Á, Tây Á và Châu Phi"),
        ("abstract", "Bài viết khái quát quan hệ Việt Nam – Dăm-bi-a qua nửa thế kỷ.", "vi"),
        ("keywords", "Dăm-bi-a; SADC; Không liên kết", "vi"),
        ("heading", "1. Dăm-bi-a – quốc gia “tuyến đầu” ở miền nam châu Phi", 1),
        (
            "paragraph",
            "Giành độc lập từ Anh ngày 24/10/1964, Dăm-bi-a được kết nạp vào Liên hợp quốc ngày 1/12/1964 và vẫn ở lại trong Khối Thịnh vượng chung. Dưới thời Tổng thống Kenneth Kaunda, người lãnh đạo đất nước suốt 27 năm, Lu-xa-ca đăng cai Hội nghị cấp cao lần thứ ba của Phong trào Không liên kết vào tháng 9/1970 và trở thành hậu phương của các phong trào giải phóng ở Rô-đê-di-a, Mô-dăm-bích và Nam Phi (Nguyễn Văn Lâm, 2015, tr. 112). Tuyến đường sắt nối nước này với cảng Đa-rét-xa-lam của Tan-da-ni-a được Trung Quốc tài trợ xây dựng từ năm 1970 đến năm 1975.",
        ),
        (
            "paragraph",
            "Tháng 4/1980, cũng tại Lu-xa-ca, chín quốc gia, trong đó có Dăm-bi-a, thông qua tuyên bố thành lập Hội nghị Điều phối Phát triển miền Nam châu Phi (SADCC), tiền thân của Cộng đồng Phát triển miền Nam châu Phi (SADC).",
        ),
        ("heading", "2. Chính trị đi trước, kinh tế theo sau", 1),
        (
            "paragraph",
            "Việt Nam Dân chủ Cộng hòa và Dăm-bi-a lập quan hệ ngoại giao năm 1972, khi cuộc kháng chiến chống Mỹ của nhân dân ta bước vào giai đoạn quyết liệt. Trong những năm tháng ấy, phía bạn kiên định ủng hộ cuộc đấu tranh vì độc lập, thống nhất của Việt Nam. Là thành viên Phong trào Không liên kết, hai nước thường xuyên ủng hộ lẫn nhau khi ứng cử vào các cơ quan của Liên hợp quốc (Lê Minh Quân, 2020).",
        ),
        (
            "paragraph",
            "Tuy vậy, trao đổi thương mại vẫn “chưa tương xứng với quan hệ chính trị tốt đẹp giữa hai bên” (Trần Thị Hồng Nhung, 2023, tr. 47); đến nay, hai nước vẫn chưa ký hiệp định thương mại song phương nào. Trong thời gian tới, Việt Nam có thể hỗ trợ Dăm-bi-a về kỹ thuật trồng lúa và nuôi trồng thủy sản.",
        ),
    ],
}

ZLB_QUANGNGAI = {
    "id": "zlb",
    "shape": "word",
    "head": [
        "UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        "SỞ NGOẠI VỤ",
        "Số: 231/BC-SNgV",
        "Quảng Ngãi, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị, hợp tác giữa tỉnh với hai tỉnh Xê-kông và Át-tạ-pư (Lào) tiếp tục được duy trì; trong năm, tỉnh cấp 30 suất học bổng cho sinh viên hai tỉnh bạn theo học tại Trường Đại học Phạm Văn Đồng.",
        ),
        (
            "list_item",
            "2. Khu kinh tế Dung Quất, nơi Nhà máy lọc dầu đầu tiên của cả nước vận hành từ năm 2009, tiếp tục là điểm đến của các nhà đầu tư Hàn Quốc và Nhật Bản. Tháng 6/2024, một tập đoàn Nhật Bản được cấp chứng nhận đăng ký đầu tư dự án sản xuất linh kiện điện tử trị giá 120 triệu USD.",
        ),
        (
            "list_item",
            "3. Nhân kỷ niệm 56 năm vụ thảm sát Sơn Mỹ (16/3/1968), đoàn cựu chiến binh Hoa Kỳ đã sang thăm Khu chứng tích Sơn Mỹ và trao tặng 50 suất quà cho nạn nhân chất độc da cam trên địa bàn.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Hàn Quốc tại Việt Nam cùng đoàn doanh nghiệp nước này đến làm việc với lãnh đạo tỉnh, đề xuất xây dựng một khu công nghiệp dành riêng cho nhà đầu tư Hàn Quốc tại Dung Quất.",
        ),
        (
            "list_item",
            "5. Hiệp định vay vốn cho dự án cấp nước huyện đảo Lý Sơn do Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ vẫn chưa được ký kết vì vướng thủ tục.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Đón đoàn đại biểu tỉnh Xê-kông sang thăm vào tháng 3 năm sau; dịp này, hai tỉnh sẽ ký Thỏa thuận hợp tác giai đoạn 2025 – 2030.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao tổ chức Hội nghị gặp gỡ các cơ quan đại diện nước ngoài tại Dung Quất trong tháng 5/2025.",
        ),
        (
            "list_item",
            "3. Cử đoàn doanh nghiệp của tỉnh tham dự hội chợ thương mại tại Hàn Quốc và Nhật Bản.",
        ),
    ],
}

ZLC_IORA = {
    "id": "zlc",
    "shape": "news",
    "date": "2017-03-07",
    "stamp": "Thứ Ba, 07/03/2017 - 21:15",
    "blocks": [
        ("title", "IORA họp cấp cao lần đầu nhân dịp tròn 20 năm thành lập"),
        (
            "paragraph",
            "Gia-các-ta (TTXVN) – Ngày 7/3, lãnh đạo các nước thành viên Hiệp hội Vành đai Ấn Độ Dương (IORA) đã ký Tuyên bố hòa hợp Gia-các-ta tại Hội nghị Cấp cao đầu tiên của tổ chức này, do Indonesia đăng cai nhân kỷ niệm 20 năm ngày thành lập Hiệp hội.",
        ),
        ("heading", "Hướng tới một Ấn Độ Dương hòa bình", 1),
        (
            "paragraph",
            "Phát biểu khai mạc, Tổng thống nước chủ nhà Joko Widodo kêu gọi các thành viên tăng cường hợp tác bảo đảm an ninh hàng hải và phát triển kinh tế biển. Hội nghị cũng thông qua Tuyên bố về phòng ngừa, chống chủ nghĩa khủng bố và chủ nghĩa cực đoan bạo lực.",
        ),
        (
            "paragraph",
            "Indonesia giữ cương vị Chủ tịch luân phiên của IORA nhiệm kỳ 2015 – 2017 và sẽ chuyển giao cho Nam Phi vào cuối năm nay. Tổ chức được thành lập tại Mô-ri-xơ năm 1997 và chỉ mang tên gọi hiện nay từ Hội nghị Bộ trưởng tổ chức ở Pớt (Ô-xtrây-li-a) năm 2013.",
        ),
        ("heading", "Cơ hội cho Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa phải là thành viên của IORA, song quan hệ với nhiều nước trong Hiệp hội đã phát triển mạnh. Ta và Indonesia xác lập quan hệ Đối tác chiến lược từ năm 2013, còn quan hệ Việt Nam – Ấn Độ được nâng lên Đối tác chiến lược toàn diện vào tháng 9 năm ngoái.",
        ),
    ],
}

ZLD_PLAN = {
    "id": "zld",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'':40}---------------",
        f"{'Số: 18/KH-BCT':<40}Hà Nội, ngày 08 tháng 01 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy hợp tác kinh tế, thương mại với Mô-dăm-bích",
        "và Dăm-bi-a năm 2025",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Thúc đẩy hợp tác kinh tế, thương mại với Mô-dăm-bích và Dăm-bi-a năm 2025",
        ),
        (
            "paragraph",
            "Quan hệ hữu nghị truyền thống giữa Việt Nam và Mô-dăm-bích, được thiết lập ngay trong ngày nước bạn tuyên bố độc lập 25/6/1975, là nền tảng quan trọng cho hợp tác kinh tế. Tháng trước, Bộ đã tiếp và làm việc với đoàn Thứ trưởng Bộ Thương mại Dăm-bi-a; hai bên nhất trí tăng cường trao đổi thông tin thị trường. Trên cơ sở đó, Bộ Công Thương xây dựng Kế hoạch năm 2025 với các nhiệm vụ sau:",
        ),
        (
            "list_item",
            "1. Tổ chức Diễn đàn doanh nghiệp Việt Nam – Mô-dăm-bích tại Ma-pu-tô trong tháng 4 năm nay, kết hợp giới thiệu gạo, hàng dệt may và sản phẩm cơ khí của Việt Nam.",
        ),
        (
            "list_item",
            "2. Hỗ trợ đào tạo 20 cán bộ của Bộ Công nghiệp và Thương mại Mô-dăm-bích về quản lý xuất nhập khẩu.",
        ),
        (
            "list_item",
            "3. Nghiên cứu khả năng khởi động đàm phán Hiệp định thương mại với Dăm-bi-a; đề nghị phía bạn sớm cung cấp danh mục mặt hàng quan tâm.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn xúc tiến thương mại sang Dăm-bi-a trong năm 2025; nguồn kinh phí được dành cho Diễn đàn tại Ma-pu-tô.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại chủ trì, phối hợp với các Thương vụ Việt Nam tại châu Phi triển khai Kế hoạch này.",
        ),
    ],
}

ZLE_ROME = {
    "id": "zle",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Hòa bình chung Rô-ma"),
        (
            "paragraph",
            "Hiệp định Hòa bình chung Rô-ma là văn kiện chấm dứt cuộc nội chiến ở Mô-dăm-bích, được Tổng thống Joaquim Chissano và thủ lĩnh phong trào RENAMO Afonso Dhlakama ký tại Rô-ma (I-ta-li-a) ngày 4/10/1992.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Chỉ hai năm sau khi Mô-dăm-bích giành độc lập từ Bồ Đào Nha, xung đột vũ trang bùng nổ giữa Chính phủ do Mặt trận Giải phóng Mô-dăm-bích (FRELIMO) lãnh đạo và lực lượng RENAMO, vốn được Rô-đê-di-a rồi Nam Phi hậu thuẫn. Cuộc chiến kéo dài từ năm 1977 đến năm 1992 làm khoảng một triệu người thiệt mạng.",
        ),
        ("heading", "Đàm phán", 1),
        (
            "paragraph",
            "Tháng 7/1990, hai bên bắt đầu đàm phán trực tiếp tại Rô-ma với sự trung gian của Cộng đồng Sant'Egidio, Chính phủ I-ta-li-a và Tổng Giám mục Beira Jaime Gonçalves.",
        ),
        ("heading", "Thực thi", 1),
        (
            "paragraph",
            "Ngày 16/12/1992, Hội đồng Bảo an Liên hợp quốc thông qua Nghị quyết 797, thành lập Chiến dịch Liên hợp quốc tại Mô-dăm-bích (ONUMOZ) để giám sát ngừng bắn, giải ngũ và bầu cử. Sau cuộc tổng tuyển cử đa đảng tháng 10/1994, lực lượng này rút khỏi nước này vào đầu năm 1995.",
        ),
        (
            "paragraph",
            "Từ năm 2013, giao tranh giữa quân đội và tay súng RENAMO tái diễn ở miền trung. Ngày 6/8/2019, Tổng thống Filipe Nyusi và thủ lĩnh RENAMO Ossufo Momade ký Hiệp định Hòa bình và Hòa giải dân tộc Ma-pu-tô.",
        ),
    ],
}

DOCS = [ZLA_ZAMBIA, ZLB_QUANGNGAI, ZLC_IORA, ZLD_PLAN, ZLE_ROME]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: no header on the first page, front matter by
    heldout_kit.front_matter_lines (title at 50 columns, labels at 70), body at 70 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) the page number right-aligned,
    a form feed and the running header (in capitals) with a blank line; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{n:>70}"

    out, last = paged_body(doc, 50, 70, 70, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([*out, foot(last)]) + "\n", [head, *(str(n) for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 64 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 64, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Lê Minh Tuấn"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu in a list, <article>, <h1>, a
    date div, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag
    list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"  <h3>{b[1]}</h3>" if b[0] == "heading" else f"  <p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T21:15:00+07:00">\n'
        f"<title>{title} | Báo điện tử</title>\n</head>\n<body>\n"
        '<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/the-gioi">Thế giới</a></li>'
        '<li><a href="/the-gioi/chau-a">Châu Á</a></li></ul></nav>\n'
        f'<article>\n  <h1>{title}</h1>\n  <div class="date">{doc["stamp"]}</div>\n'
        f'  <p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        '  <div class="tags">Tags: <a href="/tag/iora">IORA</a>, <a href="/tag/indonesia">Indonesia</a></div>\n'
        "</article>\n<footer><p>© Báo điện tử – Thông tấn xã Việt Nam</p></footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block with a rule under the motto, the centred
    three-line title, body at 74 columns with a blank line between blocks, the signature block at the
    right, then "Nơi nhận"."""
    tail = [
        f"{'':44}KT. BỘ TRƯỞNG",
        f"{'':45}THỨ TRƯỞNG",
        "",
        f"{'':46}(đã ký)",
        "",
        "Nơi nhận:",
        "- Bộ Ngoại giao;",
        "- Cục XTTM, Vụ TTTN;",
        "- Lưu: VT, TTTN.",
    ]
    return official_text(doc, 74, tail)


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
        prefix="zl",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
