"""Build the fifty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout53/build_heldout53.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout52, on topics those sets do not use (Vietnam – Oman, chosen
because Vietnam – Qatar was heldout36's journal topic; Hưng Yên's external affairs in 2024; Oman's accession
to the WTO on 9/11/2000; a Ministry of Industry and Trade plan for trade with Oman and Qatar in 2026; an
encyclopedia entry on Sultan Qaboos bin Said). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the provincial report's local items
and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote
and citation occurs in the documents.
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

ZOA_OMAN = {
    "id": "zoa",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu Tây Á và châu Phi, số 2 (2025)",
    "first_page": 61,
    "break_after": 9,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – Ô-MAN: BA THẬP KỶ HỮU NGHỊ VÀ NHỮNG DƯ ĐỊA CÒN BỎ NGỎ"),
        ("author", "Phạm Thị Thu Hà"),
        ("affiliation", "Viện Nghiên cứu châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết khái quát quá trình hội nhập quốc tế của Ô-man và quan hệ của nước này với Việt Nam.",
            "vi",
        ),
        ("keywords", "Ô-man; Hội đồng Hợp tác vùng Vịnh; Hội đồng Bảo an", "vi"),
        ("heading", "1. Ô-man trên bản đồ ngoại giao vùng Vịnh", 1),
        (
            "paragraph",
            "Chỉ một năm sau khi Quốc vương Qaboos bin Said lên nắm quyền (23/7/1970), Ô-man lần lượt gia nhập Liên đoàn Ả-rập và, ngày 7/10/1971, được kết nạp vào Liên hợp quốc. Tròn một thập kỷ sau, ngày 25/5/1981, nước này cùng A-rập Xê-út, Cô-oét, Ba-ranh, Ca-ta và Các Tiểu vương quốc Ả-rập Thống nhất thành lập Hội đồng Hợp tác vùng Vịnh (GCC) tại A-bu Đa-bi (Nguyễn Thanh Sơn, 2012, tr. 47).",
        ),
        (
            "paragraph",
            "Theo đuổi chính sách “làm bạn với tất cả”, Mát-xcát được Đại hội đồng bầu làm ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 1994 – 1995 và nhiều lần đóng vai trò trung gian hòa giải trong các cuộc khủng hoảng khu vực (Đinh Công Tuấn, 2019).",
        ),
        ("heading", "2. Quan hệ song phương và triển vọng", 1),
        (
            "paragraph",
            "Việt Nam và Ô-man thiết lập quan hệ ngoại giao ngày 9/6/1992. Dù cách xa nhau về địa lý, hai bên luôn ủng hộ lẫn nhau tại Liên hợp quốc; trong cuộc bỏ phiếu ngày 7/6/2019, Việt Nam được bầu làm ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021 với 192/193 phiếu thuận.",
        ),
        (
            "paragraph",
            "Tuy vậy, kim ngạch thương mại song phương còn khiêm tốn và đến nay hai nước chưa ký hiệp định thương mại tự do nào. Như một nhà nghiên cứu nhận xét, “dư địa hợp tác năng lượng và lương thực giữa hai nước gần như còn nguyên vẹn” (Hoàng Minh Đức, 2023, tr. 88). Vì thế, ta cần chủ động đề xuất với phía bạn khởi động đàm phán một thỏa thuận hợp tác về an ninh lương thực.",
        ),
    ],
}

ZOB_HUNGYEN = {
    "id": "zob",
    "shape": "word",
    "head": [
        "UBND TỈNH HƯNG YÊN",
        "SỞ NGOẠI VỤ",
        "Số: 215/BC-SNgV",
        "Hưng Yên, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Trong năm, tỉnh đã đón tiếp 46 đoàn khách quốc tế; quan hệ hữu nghị, hợp tác với tỉnh Xiêng Khoảng của nước bạn Lào tiếp tục được duy trì và phát huy hiệu quả.",
        ),
        (
            "list_item",
            "2. Từ ngày 14 đến ngày 16/5/2024, đoàn đại biểu tỉnh do Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Xiêng Khoảng; nhân dịp này, tỉnh bàn giao cho phía bạn công trình Trường tiểu học Hữu nghị trị giá 5 tỷ đồng.",
        ),
        (
            "list_item",
            "3. Các nhà đầu tư Nhật Bản, tập trung chủ yếu tại Khu công nghiệp Thăng Long II, tiếp tục dẫn đầu về vốn FDI đăng ký trên địa bàn. Dự án nâng cao năng lực quản lý môi trường khu công nghiệp, được Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ, đã hoàn thành trong năm nay.",
        ),
        (
            "list_item",
            "4. Tháng trước, đoàn doanh nghiệp Ô-man do Phòng Thương mại và Công nghiệp Ô-man dẫn đầu đã đến khảo sát các khu công nghiệp và tìm hiểu khả năng nhập khẩu nhãn lồng Hưng Yên; hai bên thống nhất sẽ tiếp tục trao đổi thông tin.",
        ),
        (
            "list_item",
            "5. Thỏa thuận hợp tác với tỉnh Chung-chơng Nam (Hàn Quốc) vẫn chưa được ký kết do phía bạn thay đổi nhân sự lãnh đạo.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, đón đoàn đại biểu tỉnh Xiêng Khoảng sang thăm, làm việc; hai bên sẽ ký Biên bản thỏa thuận hợp tác giai đoạn 2025 – 2029.",
        ),
        (
            "list_item",
            "2. Tiếp tục đề nghị JICA hỗ trợ kỹ thuật cho các khu công nghiệp của tỉnh.",
        ),
        (
            "list_item",
            "3. Tổ chức Hội nghị xúc tiến đầu tư của tỉnh tại Nhật Bản trong 6 tháng đầu năm 2025; mời Đại sứ quán các nước vùng Vịnh dự Lễ hội văn hóa Phố Hiến.",
        ),
    ],
}

ZOC_WTO = {
    "id": "zoc",
    "shape": "news",
    "date": "2000-11-10",
    "stamp": "Thứ Sáu, 10/11/2000 - 08:15",
    "blocks": [
        ("title", "Ô-man trở thành thành viên thứ 139 của WTO"),
        (
            "paragraph",
            "Giơ-ne-vơ (TTXVN) – Ngày 9/11, Vương quốc Ô-man đã chính thức trở thành thành viên thứ 139 của Tổ chức Thương mại thế giới (WTO). Tổng Giám đốc WTO Mike Moore gọi đây là “một tín hiệu tích cực cho cả khu vực vùng Vịnh”.",
        ),
        ("heading", "Năm trên sáu nước GCC", 1),
        (
            "paragraph",
            "Với việc Ô-man gia nhập, năm trong số sáu nước thành viên Hội đồng Hợp tác vùng Vịnh (GCC) đã có mặt trong WTO; A-rập Xê-út, nền kinh tế lớn nhất khu vực, vẫn đang đàm phán. Trước Ô-man, trong năm nay Gioóc-đa-ni, Gru-di-a và An-ba-ni đã lần lượt được kết nạp.",
        ),
        ("heading", "Các nền kinh tế châu Á đang chờ", 1),
        (
            "paragraph",
            "Trung Quốc, nước đã ký thỏa thuận song phương về việc gia nhập WTO với Mỹ vào tháng 11 năm ngoái, cũng đang bước vào giai đoạn cuối của tiến trình đàm phán. Việt Nam, nộp đơn xin gia nhập từ tháng 1/1995, hiện vẫn chưa phải là thành viên của tổ chức này. Hồi tháng 7, ta đã ký với Hoa Kỳ Hiệp định Thương mại song phương, được giới quan sát coi là bước đệm quan trọng trên con đường vào WTO.",
        ),
        (
            "paragraph",
            "Hội nghị Bộ trưởng lần thứ tư của WTO dự kiến sẽ được tổ chức vào năm sau.",
        ),
    ],
}

ZOD_PLAN = {
    "id": "zod",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':44}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BCT':<40}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phát triển thương mại với Vương quốc Ô-man và Nhà nước Ca-ta năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Phát triển thương mại với Vương quốc Ô-man và Nhà nước Ca-ta năm 2026",
        ),
        (
            "paragraph",
            "Trên cơ sở kết quả buổi làm việc với đoàn Bộ Thương mại, Công nghiệp và Xúc tiến đầu tư Ô-man tháng trước, Bộ Công Thương ban hành Kế hoạch phát triển thương mại với hai thị trường này năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Ca-ta, quốc gia thiết lập quan hệ ngoại giao với Việt Nam ngày 8/2/1993, là thành viên WTO từ ngày 13/1/1996 và đã đăng cai thành công Giải vô địch bóng đá thế giới năm 2022. Ô-man gia nhập WTO ngày 9/11/2000. Cả hai nước đều là thị trường tiềm năng cho gạo, thủy sản và hàng thực phẩm Halal của ta.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, phối hợp với Đại sứ quán Việt Nam tại Ca-ta đưa đoàn doanh nghiệp sang Đô-ha tham dự hội chợ thực phẩm quốc tế.",
        ),
        (
            "list_item",
            "2. Đề xuất với phía Ô-man khởi động đàm phán Bản ghi nhớ về hợp tác thương mại gạo; dự kiến họp nhóm công tác chung lần thứ nhất trong tháng 6.",
        ),
        (
            "list_item",
            "3. Mời Phòng Thương mại và Công nghiệp Ca-ta cử đoàn sang dự Diễn đàn doanh nghiệp Việt Nam – Trung Đông do Bộ tổ chức tại Thành phố Hồ Chí Minh vào tháng 9.",
        ),
        (
            "list_item",
            "4. Chưa xem xét việc mở Văn phòng xúc tiến thương mại tại Mát-xcát trong năm 2026.",
        ),
    ],
}

ZOE_QABOOS = {
    "id": "zoe",
    "shape": "entry",
    "blocks": [
        ("title", "Qaboos bin Said"),
        (
            "paragraph",
            "Qaboos bin Said Al Said (18/11/1940 – 10/1/2020) là Quốc vương Ô-man từ năm 1970 cho đến khi qua đời, người trị vì lâu nhất trong số các nhà lãnh đạo Ả-rập cùng thời.",
        ),
        ("heading", "Lên ngôi", 1),
        (
            "paragraph",
            "Ngày 23/7/1970, ông lật đổ vua cha Said bin Taimur trong một cuộc đảo chính cung đình được Anh hậu thuẫn. Cuộc nổi dậy ở vùng Đô-pha bị dập tắt năm 1975 nhờ sự trợ giúp quân sự của Anh, I-ran và Gioóc-đa-ni.",
        ),
        ("heading", "Chính sách đối ngoại", 1),
        (
            "paragraph",
            "Dưới thời Qaboos, Mát-xcát theo đuổi đường lối trung lập. Ô-man là một trong số ít nước Ả-rập không cắt quan hệ với Ai Cập sau khi nước này ký Hiệp ước hòa bình với Ix-ra-en năm 1979. Quốc vương từng tiếp Thủ tướng Ix-ra-en Yitzhak Rabin tại Mát-xcát năm 1994 và Thủ tướng Benjamin Netanyahu tháng 10/2018.",
        ),
        (
            "paragraph",
            "Năm 2013, Ô-man bí mật làm trung gian cho các cuộc tiếp xúc giữa Hoa Kỳ và I-ran, mở đường cho thỏa thuận hạt nhân được ký tại Viên ngày 14/7/2015. Khi A-rập Xê-út, Các Tiểu vương quốc Ả-rập Thống nhất, Ba-ranh và Ai Cập cắt quan hệ và phong tỏa Ca-ta vào tháng 6/2017, Ô-man không tham gia.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Ô-man thiết lập quan hệ ngoại giao năm 1992, dưới thời trị vì của ông. Qaboos qua đời tại Mát-xcát ngày 10/1/2020; người em họ Haitham bin Tariq kế vị ngày hôm sau.",
        ),
    ],
}

DOCS = [ZOA_OMAN, ZOB_HUNGYEN, ZOC_WTO, ZOD_PLAN, ZOE_QABOOS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer with no header on its first page: front matter by
    heldout_kit.front_matter_lines (title at 50 columns, labels at 70), headings with no blank line after
    them, body at 70 columns; after ``break_after`` body lines (mid-sentence) the page number indented
    33 spaces, a form feed and the running header; the last page ends with its number."""
    return paged_journal(doc, 50, 70, 70, indent=33, blank_after_heading=False)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the director's signature at the end."""
    return word_text(doc, 72, ["GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn Thành"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav list, <article>, <h1>, a <div> date
    stamp, the lead (with its dateline) in <div class="sapo">, <h3> subheads, <p> paragraphs, a tag
    list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T08:15:00+07:00">\n'
        f"<title>{title} | Kinh tế quốc tế</title>\n</head>\n<body>\n"
        '<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li>'
        '<li><a href="/quoc-te">Quốc tế</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<div class="sapo">{lead}</div>\n' + "\n".join(body) + "\n"
        '<div class="tags">Tags: <a href="/tag/wto">WTO</a>, <a href="/tag/o-man">Ô-man</a>, '
        '<a href="/tag/vung-vinh">vùng Vịnh</a></div>\n'
        "</article>\n<footer><p>© Báo điện tử Kinh tế – Thương mại</p></footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 80
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        "",
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<48}THỨ TRƯỞNG",
        f"{'- Các Vụ, Cục liên quan;':<52}(đã ký)",
        "- Lưu: VT, TTTN.",
    ]
    return official_text(doc, 80, tail, blank_between=False)


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
        prefix="zo",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
