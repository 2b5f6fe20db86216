"""Build the fifty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout55/build_heldout55.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout46, on topics those sets do not use (Vietnam – Libya over half a
century, Hà Nam's external affairs in 2024, the Security Council's resolution 1973 on Libya of 17/3/2011,
a Foreign Ministry plan for relations with the Arab Maghreb Union countries in 2026, an encyclopedia entry
on the Arab Maghreb Union). Nothing in src/ was read or changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the provincial report's local items and all quoted
words are invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
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

ZQA_LIBYA = {
    "id": "zqa",
    "shape": "journal",
    "header": "Tạp chí Bắc Phi và Địa Trung Hải, số 2 (2025)",
    "first_page": 63,
    "break_after": 6,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – LI-BI QUA NỬA THẾ KỶ: HỢP TÁC VÀ THỬ THÁCH"),
        ("author", "Phạm Thị Thu Hà"),
        ("affiliation", "Viện Nghiên cứu Tây Á và châu Phi"),
        ("abstract", "Bài viết điểm lại năm mươi năm quan hệ Việt Nam – Li-bi.", "vi"),
        ("keywords", "Li-bi; Liên minh Ả-rập Ma-grếp; Hội đồng Bảo an", "vi"),
        ("heading", "1. Li-bi trong các thể chế khu vực", 1),
        (
            "paragraph",
            "Giành độc lập ngày 24/12/1951, Vương quốc Li-bi được kết nạp vào Liên hợp quốc ngày 14/12/1955 cùng 15 quốc gia khác (Vũ Đình Khoa, 2014, tr. 37). Trước đó hai năm, nước này đã trở thành thành viên Liên đoàn Ả-rập; đến năm 1962, Tri-pô-li gia nhập Tổ chức các nước xuất khẩu dầu mỏ (OPEC). Ngày 17/2/1989, tại Ma-ra-két, nguyên thủ Li-bi cùng các nhà lãnh đạo An-giê-ri, Ma-rốc, Mô-ri-ta-ni và Tuy-ni-di ký hiệp ước thành lập Liên minh Ả-rập Ma-grếp.",
        ),
        ("heading", "2. Từ đoàn kết chính trị đến hợp tác lao động", 1),
        (
            "paragraph",
            "Việt Nam và Li-bi thiết lập quan hệ ngoại giao ngày 15/3/1975. Từ thập niên 1980, hàng nghìn kỹ sư, công nhân Việt Nam được đưa sang làm việc tại các công trình xây dựng và dầu khí của nước bạn (Ngô Thị Hải Yến, 2019). Ngày 16/10/2007, hai nước cùng được Đại hội đồng Liên hợp quốc bầu làm ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008 – 2009.",
        ),
        (
            "paragraph",
            "Năm 2011 là một phép thử. Nghị quyết 1970 ngày 26/2/2011 của Hội đồng Bảo an áp đặt lệnh cấm vận vũ khí đối với Li-bi; ngày 1/3, nước này còn bị Đại hội đồng đình chỉ tư cách thành viên Hội đồng Nhân quyền. Không còn là ủy viên Hội đồng Bảo an, Việt Nam không tham gia bỏ phiếu Nghị quyết 1973 ngày 17/3/2011 về vùng cấm bay trên không phận Li-bi, văn kiện được thông qua với 10 phiếu thuận và 5 phiếu trắng. Có ý kiến cho rằng “một Li-bi ổn định là lợi ích chung của hai dân tộc” (Đặng Minh Tuấn, 2023, tr. 92). Vì vậy, hai bên cần sớm nối lại tham khảo chính trị khi điều kiện an ninh cho phép.",
        ),
    ],
}

ZQB_HANAM = {
    "id": "zqb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
        "SỞ NGOẠI VỤ",
        "Số: 214/BC-SNgV",
        "Phủ Lý, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tỉnh tiếp tục duy trì quan hệ hữu nghị với tỉnh Hủa Phăn (Lào), đồng thời mở rộng hợp tác với các địa phương của Nhật Bản và Hàn Quốc.",
        ),
        (
            "list_item",
            "2. Từ ngày 14 đến ngày 16/5/2024, đoàn đại biểu tỉnh Hủa Phăn do Phó Tỉnh trưởng dẫn đầu đã sang thăm và làm việc tại Hà Nam; hai bên ký Biên bản thỏa thuận hợp tác giai đoạn 2024 – 2028, và Tỉnh trao tặng phía bạn 500 triệu đồng để xây dựng trường học.",
        ),
        (
            "list_item",
            "3. Trong năm nay, các khu công nghiệp Đồng Văn tiếp nhận thêm 12 dự án của nhà đầu tư Nhật Bản và Hàn Quốc, tổng vốn đăng ký khoảng 260 triệu USD.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Nhật Bản tại Việt Nam đã đến thăm và làm việc với lãnh đạo tỉnh; phía bạn cho biết Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) sẽ tiếp tục tài trợ dự án cấp nước sạch ở huyện Lý Nhân.",
        ),
        (
            "list_item",
            "5. Thỏa thuận hợp tác với tỉnh Gyeonggi (Hàn Quốc) chưa được ký kết do hai bên chưa thống nhất nội dung; đoàn xúc tiến thương mại sang An-giê-ri và Tuy-ni-di cũng chưa tổ chức được.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, tổ chức đoàn lãnh đạo tỉnh sang thăm, làm việc tại Nhật Bản; dự kiến ký thỏa thuận hợp tác hữu nghị với tỉnh Yamanashi.",
        ),
        (
            "list_item",
            "2. Cử 20 giáo viên sang giúp tỉnh Hủa Phăn dạy tiếng Việt cho cán bộ, học sinh của phía bạn.",
        ),
        (
            "list_item",
            "3. Làm tốt công tác bảo hộ công dân, người lao động của tỉnh đang làm việc ở Trung Đông và Bắc Phi.",
        ),
    ],
}

ZQC_RES1973 = {
    "id": "zqc",
    "shape": "news",
    "date": "2011-03-18",
    "stamp": "Thứ Sáu, 18/03/2011 - 09:15",
    "blocks": [
        ("title", "Hội đồng Bảo an thông qua nghị quyết lập vùng cấm bay tại Li-bi"),
        (
            "paragraph",
            "New York (TTXVN) – Tối 17/3 (giờ địa phương), Hội đồng Bảo an Liên hợp quốc đã thông qua Nghị quyết 1973, thiết lập vùng cấm bay trên không phận Li-bi và cho phép các nước thành viên áp dụng “mọi biện pháp cần thiết” để bảo vệ dân thường tại nước này.",
        ),
        ("heading", "Năm nước bỏ phiếu trắng", 1),
        (
            "paragraph",
            "Văn kiện do Pháp và Anh khởi xướng nhận được 10 phiếu thuận; Trung Quốc, Nga, Ấn Độ, Bra-xin và Đức bỏ phiếu trắng, song không nước nào phản đối.",
        ),
        (
            "paragraph",
            "Nghị quyết ra đời chỉ năm ngày sau khi Liên đoàn Ả-rập, tại cuộc họp ở Cai-rô, kêu gọi Hội đồng áp đặt vùng cấm bay. Tháng trước, tổ chức này đã đình chỉ tư cách thành viên của Li-bi, còn Nghị quyết 1970 ngày 26/2 áp đặt lệnh cấm vận vũ khí đối với Tri-pô-li.",
        ),
        ("heading", "Việt Nam theo dõi sát tình hình", 1),
        (
            "paragraph",
            "Trả lời phóng viên, Người phát ngôn Bộ Ngoại giao cho biết Việt Nam “mong muốn các bên sớm chấm dứt bạo lực, tôn trọng chủ quyền và toàn vẹn lãnh thổ của Li-bi”. Đến nay, hầu hết lao động Việt Nam ở nước này đã về nước an toàn.",
        ),
        (
            "paragraph",
            "Theo kế hoạch, lãnh đạo nhiều nước châu Âu và Ả-rập sẽ dự hội nghị về Li-bi do Pháp chủ trì tại Pa-ri vào thứ Bảy tới.",
        ),
    ],
}

ZQD_PLAN = {
    "id": "zqd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':38}   Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 62/KH-BNG':<38}Hà Nội, ngày 09 tháng 3 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai quan hệ với các nước thành viên",
        "Liên minh Ả-rập Ma-grếp năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Triển khai quan hệ với các nước thành viên Liên minh Ả-rập Ma-grếp năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa chủ trương đẩy mạnh quan hệ với khu vực Trung Đông – châu Phi, Bộ Ngoại giao xây dựng Kế hoạch triển khai quan hệ với các nước thành viên Liên minh Ả-rập Ma-grếp năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Liên minh Ả-rập Ma-grếp, do năm nước Bắc Phi lập ra tại Ma-ra-két ngày 17/2/1989, nay gần như ngừng hoạt động vì căng thẳng giữa An-giê-ri và Ma-rốc; tháng 8/2021, An-giê-ri đã cắt đứt quan hệ ngoại giao với nước láng giềng. Việt Nam có quan hệ ngoại giao với cả năm nước. Riêng quan hệ Việt Nam – An-giê-ri, được thiết lập ngày 28/10/1962, luôn được hai bên dày công vun đắp.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Trong quý II năm nay, tổ chức tham khảo chính trị cấp Thứ trưởng giữa hai Bộ Ngoại giao Việt Nam – An-giê-ri tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Công Thương đưa đoàn doanh nghiệp sang Ma-rốc và Tuy-ni-di vào tháng 10; dự kiến ký Bản ghi nhớ hợp tác thương mại với phía Tuy-ni-di trong dịp này.",
        ),
        (
            "list_item",
            "3. Vận động các nước Ma-grếp tiếp tục ủng hộ các ứng cử của Việt Nam tại các tổ chức quốc tế.",
        ),
        (
            "list_item",
            "4. Chưa cử đoàn công tác sang Li-bi trong năm 2026 do tình hình an ninh tại nước này chưa ổn định.",
        ),
        (
            "paragraph",
            "Vụ Tây Á – châu Phi chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch này.",
        ),
    ],
}

ZQE_AMU = {
    "id": "zqe",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Ả-rập Ma-grếp"),
        (
            "paragraph",
            "Liên minh Ả-rập Ma-grếp (viết tắt: AMU) là tổ chức hợp tác khu vực của năm nước Bắc Phi, ra đời theo hiệp ước mà nguyên thủ An-giê-ri, Li-bi, Mô-ri-ta-ni, Ma-rốc và Tuy-ni-di ký tại Ma-ra-két ngày 17/2/1989. Ban Tổng thư ký của tổ chức đặt tại Ra-bát.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Ý tưởng thống nhất Ma-grếp được nêu ra từ Hội nghị Tăng-giê tháng 4/1958, nơi đại diện Ma-rốc, Tuy-ni-di và Mặt trận Giải phóng Dân tộc An-giê-ri gặp nhau. Ba mươi năm sau, vào tháng 6/1988, lãnh đạo năm nước lần đầu cùng họp thượng đỉnh tại Dê-ran-đa, gần An-giê.",
        ),
        (
            "paragraph",
            "Hiệp ước Ma-ra-két đặt mục tiêu từng bước tiến tới tự do lưu chuyển người, hàng hóa và vốn, song từ giữa thập niên 1990, Liên minh rơi vào bế tắc và khu vực thương mại tự do Ma-grếp chưa bao giờ được hình thành. Năm 1994, An-giê-ri đóng cửa biên giới với Ma-rốc; đến nay đường biên giới này vẫn chưa được mở lại, và bất đồng về vấn đề Tây Xa-ha-ra tiếp tục chia rẽ hai nước.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ ngoại giao với cả năm nước thành viên, sớm nhất là với Ma-rốc (27/3/1961) và An-giê-ri (28/10/1962). Tại Liên hợp quốc, ta và các nước này thường xuyên phối hợp trong khuôn khổ Phong trào Không liên kết.",
        ),
    ],
}

DOCS = [ZQA_LIBYA, ZQB_HANAM, ZQC_RES1973, ZQD_PLAN, ZQE_AMU]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 44 columns, labels at 70), headings with no blank line after
    them, body at 70 columns; after ``break_after`` body lines (mid-sentence) the page number right-aligned
    at 70 columns, a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{n:>70}"

    out, last = paged_body(
        doc, 44, 70, 70, lambda page: [foot(page), "\f" + head, ""], blank_after_heading=False
    )
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(str(n) for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a <time> stamp,
    the lead (with its dateline) in <p class="sapo"><strong>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T09:15:00+07:00">\n'
        f"<title>{title} | Thế giới</title>\n</head>\n<body>\n"
        '<nav class="menu"><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a> <a href="/chau-phi">Châu Phi</a></nav>\n'
        f'<article>\n<h1>{title}</h1>\n<time datetime="{doc["date"]}">{doc["stamp"]}</time>\n'
        f'<p class="sapo"><strong>{lead}</strong></p>\n' + "\n".join(body) + "\n"
        '<div class="tags">Tags: <a href="/tag/li-bi">Li-bi</a> <a href="/tag/hdba">Hội đồng Bảo an</a></div>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<44}KT. BỘ TRƯỞNG",
        f"{'- Các đơn vị thuộc Bộ;':<46}THỨ TRƯỞNG",
        f"{'- Các Đại sứ quán liên quan;':<46} (đã ký)",
        "- Lưu: VT, TACP.",
    ]
    return official_text(doc, 76, tail)


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
        prefix="zq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
