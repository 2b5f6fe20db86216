"""Build the eighty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout83/build_heldout83.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – Slovenia from the relations of 1994 to the Security Council
election of 2023, Hòa Bình's external affairs in the first half of 2024, Slovenia's election to the
Security Council on 6/6/2023, a (fictitious) Ministry of Construction plan for maritime and logistics
cooperation with Slovenia in 2026, an encyclopedia entry on the Central European Initiative). Nothing in
src/ was changed for them. Facts are well-established; authors, journal, page numbers, document numbers,
the provincial report's local items and all quoted words are invented, the ministry plan (number, date,
tasks) is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
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

WYA_SLOVENIA = {
    "id": "wya",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu Trung và Đông Âu – số 3/2024",
    "first_page": 112,
    "break_after": 12,
    "blocks": [
        ("title", "VIỆT NAM – XLÔ-VÊ-NI-A: BA THẬP KỶ QUAN HỆ VÀ TRIỂN VỌNG HỢP TÁC"),
        ("author", "Hoàng Minh Tuấn"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát con đường hội nhập châu Âu của Xlô-vê-ni-a, quan hệ với Việt Nam từ năm 1994 và gợi mở một số hướng hợp tác kinh tế.",
            "vi",
        ),
        ("keywords", "Xlô-vê-ni-a; Trung Âu; EVFTA; Hội đồng Bảo an", "vi"),
        ("heading", "1. Từ Nam Tư đến Liên minh châu Âu", 1),
        (
            "paragraph",
            "Ngày 25/6/1991, Xlô-vê-ni-a cùng Crô-a-ti-a tuyên bố độc lập, tách khỏi Liên bang Nam Tư. Nước cộng hòa non trẻ được kết nạp vào Liên hợp quốc ngày 22/5/1992 và cũng trong năm đó tham gia Sáng kiến Trung Âu (CEI). Năm 2004, Liu-bli-an-na lần lượt gia nhập NATO (29/3) và EU (1/5); từ ngày 1/1/2007, Xlô-vê-ni-a là thành viên thứ 13 của khu vực đồng euro và trong sáu tháng đầu năm 2008 trở thành nước đầu tiên trong số các thành viên mới giữ chức Chủ tịch Hội đồng EU (Vũ Đức Long, 2015, tr. 52).",
        ),
        ("heading", "2. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Xlô-vê-ni-a thiết lập quan hệ ngoại giao ngày 7/6/1994. Phía bạn đã ủng hộ Việt Nam trong quá trình đàm phán và ký kết Hiệp định Thương mại tự do Việt Nam – EU (EVFTA). Tháng 5/2023, Phó Thủ tướng kiêm Bộ trưởng Ngoại giao và Các vấn đề châu Âu Tanja Fajon thăm chính thức Việt Nam và được Thủ tướng Phạm Minh Chính tiếp ngày 23/5; khóa họp lần thứ ba Ủy ban liên chính phủ về hợp tác kinh tế giữa hai nước diễn ra tại Liu-bli-an-na vào tháng 10 cùng năm.",
        ),
        ("heading", "3. Dư địa hợp tác", 1),
        (
            "paragraph",
            "Năm 2022, kim ngạch thương mại song phương đạt 573 triệu USD, tăng 15% so với năm trước. Theo một chuyên gia, cảng Koper “hoàn toàn có thể trở thành cửa ngõ đưa hàng Việt vào Trung Âu” (Phạm Thanh Hà, 2023, tr. 117). Ngày 6/6/2023, Xlô-vê-ni-a được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2024 – 2025, mở ra cơ hội để hai nước phối hợp chặt chẽ hơn tại Liên hợp quốc (Đỗ Thị Hạnh, 2024).",
        ),
    ],
}

WYB_HOABINH = {
    "id": "wyb",
    "shape": "word",
    "head": [
        "UBND TỈNH HÒA BÌNH",
        "SỞ NGOẠI VỤ",
        "Số: 96/BC-SNgV",
        "Hòa Bình, ngày 05 tháng 7 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2024, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm 2024, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 3, tỉnh đón đoàn đại biểu tỉnh Luông Nặm Thà (Lào) do Phó Tỉnh trưởng dẫn đầu sang thăm và làm việc; hai bên đã ký Biên bản thỏa thuận hợp tác giai đoạn 2024 – 2028 về nông nghiệp, giáo dục và du lịch.",
        ),
        (
            "list_item",
            "2. Tổ chức Tầm nhìn Thế giới (World Vision) tiếp tục tài trợ các chương trình phát triển vùng tại huyện Đà Bắc và Mai Châu với tổng kinh phí khoảng 600.000 USD.",
        ),
        (
            "list_item",
            "3. Tháng 4, đoàn doanh nghiệp Xlô-vê-ni-a hoạt động trong lĩnh vực dược phẩm và thiết bị y tế đã đến khảo sát Khu công nghiệp Lương Sơn; phía bạn bày tỏ mong muốn đầu tư xây dựng nhà máy sản xuất thiết bị y tế, song đến nay chưa nộp hồ sơ dự án.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp với Đại sứ quán Liên bang Nga tại Việt Nam tổ chức các hoạt động kỷ niệm 30 năm khánh thành Nhà máy Thủy điện Hòa Bình (20/12/1994 – 20/12/2024), công trình được xây dựng với sự giúp đỡ của Liên Xô.",
        ),
        (
            "list_item",
            "2. Tháng 9, cử đoàn công tác sang Xlô-vê-ni-a và Crô-a-ti-a học tập kinh nghiệm phát triển du lịch nông thôn, kết hợp xúc tiến đầu tư.",
        ),
        (
            "list_item",
            "3. Chuẩn bị đón đoàn đại biểu tỉnh Luông Nặm Thà sang dự Lễ hội Văn hóa dân tộc Mường vào tháng 11.",
        ),
        (
            "list_item",
            "4. Đoàn công tác sang Hàn Quốc theo kế hoạch năm chưa được tổ chức do chưa bố trí được kinh phí; dự kiến lùi sang năm 2025.",
        ),
    ],
}

WYC_UNSC = {
    "id": "wyc",
    "shape": "news",
    "date": "2023-06-07",
    "stamp": "07/06/2023 06:40",
    "blocks": [
        ("title", "Xlô-vê-ni-a đánh bại Bê-la-rút, giành ghế Ủy viên không thường trực Hội đồng Bảo an"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 6/6 (giờ địa phương), Đại hội đồng Liên hợp quốc đã bầu An-giê-ri, Guy-a-na, Hàn Quốc, Xi-ê-ra Lê-ôn và Xlô-vê-ni-a làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2024 – 2025.",
        ),
        ("heading", "Cuộc đua duy nhất có cạnh tranh", 1),
        (
            "paragraph",
            "Trong cuộc bỏ phiếu kín, Xlô-vê-ni-a nhận được 153 phiếu, vượt xa Bê-la-rút với 38 phiếu, qua đó giành chiếc ghế dành cho nhóm các nước Đông Âu. Bốn ứng cử viên còn lại không có đối thủ: Guy-a-na được 191 phiếu, Xi-ê-ra Lê-ôn 188 phiếu, An-giê-ri 184 phiếu và Hàn Quốc 180 phiếu.",
        ),
        (
            "paragraph",
            "Bộ trưởng Ngoại giao Xlô-vê-ni-a Tanja Fajon coi kết quả này là “một cơ hội đặc biệt, song cũng là trách nhiệm lớn”. Nước này từng là Ủy viên không thường trực Hội đồng Bảo an trong giai đoạn 1998 – 1999.",
        ),
        ("heading", "Thay thế năm nước", 1),
        (
            "paragraph",
            "Năm nước trúng cử sẽ bắt đầu nhiệm kỳ từ ngày 1/1/2024, thay thế An-ba-ni, Bra-xin, Ga-bông, Ga-na và Các Tiểu vương quốc Ả-rập Thống nhất. Việt Nam đã hai lần đảm nhiệm cương vị này, trong các nhiệm kỳ 2008 – 2009 và 2020 – 2021.",
        ),
    ],
}

WYD_PLAN = {
    "id": "wyd",
    "shape": "plan",
    "head": [
        f"{'BỘ XÂY DỰNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 11/KH-BXD':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Xlô-vê-ni-a trong lĩnh vực",
        "hàng hải và logistics năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Xlô-vê-ni-a trong lĩnh vực hàng hải và logistics năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả khóa họp lần thứ ba Ủy ban liên chính phủ Việt Nam – Xlô-vê-ni-a về hợp tác kinh tế (Liu-bli-an-na, tháng 10/2023) và tận dụng Hiệp định EVFTA, Bộ Xây dựng ban hành Kế hoạch hợp tác với Xlô-vê-ni-a năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Cảng Koper là cảng biển thương mại duy nhất của Xlô-vê-ni-a và là một trong những cửa ngõ chính đưa hàng hóa châu Á vào Trung Âu. Năm ngoái, một số hãng tàu Việt Nam đã làm việc với Công ty Cảng Koper (Luka Koper), song hai bên chưa mở được tuyến vận tải biển trực tiếp.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 3, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Liu-bli-an-na và Koper làm việc với Bộ Cơ sở hạ tầng Xlô-vê-ni-a và Công ty Cảng Koper.",
        ),
        (
            "list_item",
            "2. Chủ trì đàm phán Bản ghi nhớ hợp tác trong lĩnh vực hàng hải giữa hai Bộ, phấn đấu ký vào dịp khóa họp lần thứ tư Ủy ban liên chính phủ, dự kiến tổ chức tại Hà Nội vào tháng 11.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Xlô-vê-ni-a hỗ trợ đào tạo cán bộ quản lý cảng biển và logistics cho Cục Hàng hải và Đường thủy Việt Nam.",
        ),
        (
            "list_item",
            "4. Không sử dụng ngân sách nhà nước để hỗ trợ mở tuyến vận tải biển trực tiếp đến Koper.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, phối hợp với Bộ Ngoại giao và Bộ Công Thương theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
        ),
    ],
}

WYE_CEI = {
    "id": "wye",
    "shape": "entry",
    "blocks": [
        ("title", "Sáng kiến Trung Âu"),
        (
            "paragraph",
            "Sáng kiến Trung Âu (CEI) là diễn đàn hợp tác khu vực lâu đời nhất ở Trung, Đông và Đông Nam châu Âu. Tổ chức bắt nguồn từ cuộc gặp của Bộ trưởng Ngoại giao Ý, Áo, Hung-ga-ri và Nam Tư tại Bu-đa-pét ngày 11/11/1989, hai ngày sau khi Bức tường Béc-lin sụp đổ, với tên gọi ban đầu là nhóm Bốn bên (Quadragonale). Mục tiêu của nhóm là khôi phục liên kết giữa các nước có định hướng chính trị và cơ cấu kinh tế khác nhau, vượt qua sự chia cắt giữa hai khối.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Tại hội nghị cấp cao đầu tiên ở Vơ-ni-dơ năm 1990, Tiệp Khắc được kết nạp và nhóm đổi tên thành Năm bên (Pentagonale); năm 1991, với sự tham gia của Ba Lan, nhóm trở thành Sáu bên (Hexagonale). Năm 1992, tổ chức mang tên như hiện nay, đồng thời kết nạp Xlô-vê-ni-a, Crô-a-ti-a, Bô-xni-a Héc-dê-gô-vi-na và Ma-xê-đô-ni-a.",
        ),
        (
            "paragraph",
            "Sau khi Tiệp Khắc giải thể, Cộng hòa Séc và Xlô-va-ki-a trở thành thành viên năm 1993. Năm 1996, sáu nước An-ba-ni, Bê-la-rút, Bun-ga-ri, Môn-đô-va, Ru-ma-ni và U-crai-na cùng gia nhập; Cộng hòa Liên bang Nam Tư được kết nạp năm 2000 và Mông-tê-nê-grô năm 2006.",
        ),
        ("heading", "Trụ sở", 1),
        (
            "paragraph",
            "Ban Thư ký điều hành của CEI đặt tại Tri-e-xtê (Ý) từ năm 1996. Chức Chủ tịch của tổ chức được luân phiên hằng năm giữa các nước thành viên.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không tham gia CEI, song nhiều nước thành viên của tổ chức là bạn bè truyền thống của nước ta từ thời Hội đồng Tương trợ Kinh tế (SEV), mà Việt Nam là thành viên từ năm 1978.",
        ),
    ],
}

DOCS = [WYA_SLOVENIA, WYB_HOABINH, WYC_UNSC, WYD_PLAN, WYE_CEI]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, the first too; front
    matter by heldout_kit.front_matter_lines (title at 44 columns, labels at 68), body at 68 columns,
    headings with no blank line after them; after ``break_after`` body lines (mid-sentence) "Trang N" flush
    right, a form feed and the header; the last page ends with its label."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'Trang {n}':>68}"

    out, last = paged_body(
        doc, 44, 68, 68, lambda page: [foot(page), "\f" + head, ""], blank_after_heading=False
    )
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends, no wrapping (one paragraph a line), every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, None, ["GIÁM ĐỐC", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a top menu, <article>, a category link,
    <h1>, a <time> element, the lead (with its dateline) in <div class="lead"><strong>, <h2 class="sub">
    subheads, <p> paragraphs, a "Tin liên quan" list and a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f'<h2 class="sub">{b[1]}</h2>' if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Thế giới</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T06:40:00+07:00">\n'
        "</head>\n<body>\n"
        '<div class="topmenu"><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a> | '
        '<a href="/lien-hop-quoc">Liên hợp quốc</a></div>\n'
        '<article>\n<a class="cat" href="/the-gioi">Thế giới</a>\n'
        f'<h1>{title}</h1>\n<time datetime="{doc["date"]}">{doc["stamp"]}</time>\n'
        f'<div class="lead"><strong>{lead}</strong></div>\n' + "\n".join(body) + "\n</article>\n"
        '<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/vn-hdba-2019">Việt Nam trúng cử '
        "Ủy viên không thường trực Hội đồng Bảo an với số phiếu kỷ lục</a></li></ul></div>\n"
        "<footer>Bản quyền thuộc Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 74
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<46}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao, Bộ Công Thương;':<47}THỨ TRƯỞNG",
        f"{'- Cục Hàng hải và Đường thủy Việt Nam;':<49}(đã ký)",
        "- Lưu: VT, HTQT.",
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
        prefix="wy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
