"""Build the forty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout45/build_heldout45.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout42, on topics those sets do not use (Vietnam – Ecuador and
Ecuador in the Andean Community, CELAC and the Pacific Alliance; Đồng Nai's external affairs in 2024;
the 2020 Nobel Peace Prize for the World Food Programme; a Ministry of Industry and Trade decision on
export markets in Ecuador and the Andean Community; an encyclopedia entry on the Cartagena Agreement).
Nothing in src/ was changed for them. Facts are well-established; authors, journal, page numbers,
document numbers, the provincial report's local items and figures and all quoted words are invented,
the ministry decision (number, date, tasks) is fictitious. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
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

ZGA_ECUADOR = {
    "id": "zga",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu châu Mỹ, số 12 (2025)",
    "first_page": 47,
    "break_after": 3,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – Ê-CU-A-ĐO TRONG BỐI CẢNH LIÊN KẾT KHU VỰC MỸ LATINH"),
        ("author", "Đỗ Hoàng Yến"),
        ("affiliation", "Viện Nghiên cứu châu Mỹ"),
        (
            "abstract",
            "Bài viết phân tích quan hệ Việt Nam – Ê-cu-a-đo.",
            "vi",
        ),
        ("keywords", "Ê-cu-a-đo; Cộng đồng Andes; CELAC", "vi"),
        ("heading", "1. Ê-cu-a-đo trong các cơ chế khu vực", 1),
        (
            "paragraph",
            "Ê-cu-a-đo là một trong năm nước ký Hiệp định Các-ta-hê-na ngày 26/5/1969, văn kiện khai sinh Cộng đồng Andes (Lương Văn Khải, 2019, tr. 58). Gia nhập OPEC năm 1973, nước này tạm ngừng tư cách thành viên năm 1992, trở lại năm 2007 rồi rút khỏi tổ chức từ ngày 1/1/2020. Ki-tô cũng là thành viên sáng lập Cộng đồng các quốc gia Mỹ Latinh và Caribe (CELAC), cơ chế ra đời tại Ca-ra-cát tháng 12/2011.",
        ),
        (
            "paragraph",
            "Với Liên minh Thái Bình Dương, Ê-cu-a-đo vẫn chưa trở thành thành viên đầy đủ, dù đã khởi động tiến trình gia nhập tại Hội nghị cấp cao Li-ma tháng 7/2019 (Phan Thị Ngọc, 2022). Ngày 9/6/2022, Đại hội đồng Liên hợp quốc bầu Ê-cu-a-đo làm ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2023 – 2024 với 190 phiếu thuận.",
        ),
        ("heading", "2. Quan hệ song phương", 1),
        (
            "paragraph",
            "Việt Nam và Ê-cu-a-đo thiết lập quan hệ ngoại giao ngày 1/1/1980. Bản ghi nhớ về thiết lập cơ chế tham khảo chính trị giữa hai Bộ Ngoại giao đã được ký kết, và hai nước luôn ủng hộ lẫn nhau tại các tổ chức quốc tế. Ngày 27/10/2025, Phó Chủ tịch nước Võ Thị Ánh Xuân hội kiến Phó Tổng thống María José Pinto, người lần đầu sang thăm Việt Nam khi dẫn đầu đoàn cấp cao nước bạn dự Lễ mở ký Công ước Hà Nội về chống tội phạm mạng. Tuy vậy, thương mại hai chiều “vẫn còn khiêm tốn so với tiềm năng” (Nguyễn Quang Huy, 2024, tr. 21), nên hai bên cần phấn đấu sớm khởi động đàm phán một hiệp định thương mại.",
        ),
    ],
}

ZGB_DONGNAI = {
    "id": "zgb",
    "shape": "word",
    "head": [
        "UBND TỈNH ĐỒNG NAI",
        "SỞ NGOẠI VỤ",
        "Số: 387/BC-SNgV",
        "Đồng Nai, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị, hợp tác với các địa phương đối tác của Hàn Quốc và Nhật Bản tiếp tục được duy trì, nhất là trong thu hút đầu tư.",
        ),
        (
            "list_item",
            "2. Trong hai ngày 19 và 20/6/2024, đoàn chuyên gia và doanh nghiệp ca cao của Ê-cu-a-đo đến khảo sát vùng trồng ca cao tại hai huyện Định Quán và Tân Phú; hai bên thống nhất trao đổi giống và kỹ thuật lên men hạt ca cao.",
        ),
        (
            "list_item",
            "3. Dự án nâng cao an toàn sinh học trong chăn nuôi lợn tại các huyện Trảng Bom, Thống Nhất và Xuân Lộc, được Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) tài trợ khoảng 120.000 USD, đã kết thúc vào tháng 9/2024.",
        ),
        (
            "list_item",
            "4. Tháng trước, đoàn doanh nghiệp của tỉnh tham dự hội chợ nông sản tại Xao Pao-lô (Bra-xin) và tìm hiểu thị trường các nước Khối Thị trường chung Nam Mỹ (Mercosur).",
        ),
        (
            "list_item",
            "5. Đến nay, tỉnh chưa thiết lập quan hệ hợp tác chính thức với địa phương nào của khu vực Mỹ Latinh; đề xuất kết nghĩa với tỉnh Los Ríos (Ê-cu-a-đo) chưa nhận được phản hồi của phía bạn.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5 năm tới, tổ chức đoàn lãnh đạo tỉnh thăm và làm việc tại Ê-cu-a-đo và Pê-ru nhằm xúc tiến hợp tác trồng, chế biến ca cao và thúc đẩy ký kết thỏa thuận hợp tác với tỉnh Los Ríos.",
        ),
        (
            "list_item",
            "2. Phấn đấu ký Bản ghi nhớ với Quỹ Phát triển Nông nghiệp Quốc tế (IFAD) về dự án thích ứng với biến đổi khí hậu cho nông hộ ven sông Đồng Nai.",
        ),
        (
            "list_item",
            "3. Tiếp tục phối hợp với FAO nhân rộng mô hình chăn nuôi an toàn sinh học ra các huyện còn lại.",
        ),
    ],
}

ZGC_WFP = {
    "id": "zgc",
    "shape": "news",
    "date": "2020-10-09",
    "stamp": "09/10/2020 18:40 GMT+7",
    "blocks": [
        ("title", "Chương trình Lương thực thế giới được trao giải Nobel Hòa bình 2020"),
        (
            "paragraph",
            "Ô-xlô (TTXVN) – Chiều 9/10, Ủy ban Nobel Na Uy đã công bố trao giải Nobel Hòa bình năm 2020 cho Chương trình Lương thực thế giới (WFP) của Liên hợp quốc, ghi nhận nỗ lực chống nạn đói vì hòa bình tại các khu vực xung đột.",
        ),
        ("heading", "Động lực chống nạn đói", 1),
        (
            "paragraph",
            "Năm ngoái, WFP đã hỗ trợ gần 100 triệu người tại 88 nước bị mất an ninh lương thực nghiêm trọng.",
        ),
        (
            "paragraph",
            "Ủy ban Nobel đánh giá WFP là động lực thúc đẩy Hội đồng Bảo an thông qua Nghị quyết 2417 vào tháng 5/2018, văn kiện lên án việc sử dụng nạn đói làm vũ khí chiến tranh. Giải thưởng trị giá 10 triệu curon Thụy Điển sẽ được trao vào ngày 10/12 tới.",
        ),
        ("heading", "Trụ sở tại Rô-ma", 1),
        (
            "paragraph",
            "Ông David Beasley, người Mỹ, giữ chức Giám đốc Điều hành WFP từ năm 2017. Được Đại hội đồng Liên hợp quốc và FAO lập ra năm 1961, WFP đặt trụ sở tại Rô-ma (I-ta-li-a) và hoạt động nhờ đóng góp tự nguyện.",
        ),
        ("heading", "Việt Nam và WFP", 1),
        (
            "paragraph",
            "Từng nhận viện trợ lương thực của WFP trong những năm khó khăn sau chiến tranh, Việt Nam nay đã trở thành một trong những nước xuất khẩu gạo hàng đầu thế giới. Là ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021, nước ta luôn ủng hộ nỗ lực của Liên hợp quốc bảo đảm an ninh lương thực tại các vùng xung đột.",
        ),
    ],
}

ZGD_DECISION = {
    "id": "zgd",
    "shape": "decision",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 415/QĐ-BCT':<42}Hà Nội, ngày 14 tháng 02 năm 2025",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Phê duyệt Kế hoạch phát triển thị trường xuất khẩu sang Ê-cu-a-đo",
        "và các nước Cộng đồng Andes năm 2025",
    ],
    "blocks": [
        (
            "title",
            "QUYẾT ĐỊNH Phê duyệt Kế hoạch phát triển thị trường xuất khẩu sang Ê-cu-a-đo và các nước Cộng đồng Andes năm 2025",
        ),
        (
            "paragraph",
            "Căn cứ chức năng, nhiệm vụ của Bộ Công Thương; theo đề nghị của Vụ trưởng Vụ Thị trường châu Mỹ,",
        ),
        ("paragraph", "QUYẾT ĐỊNH:"),
        (
            "paragraph",
            "Điều 1. Phê duyệt Kế hoạch năm 2025 đối với Ê-cu-a-đo, Bô-li-vi-a, Cô-lôm-bi-a và Pê-ru, bốn thành viên Cộng đồng Andes (CAN), gồm các nội dung sau:",
        ),
        (
            "list_item",
            "1. Nhân dịp kỷ niệm 45 năm quan hệ ngoại giao Việt Nam – Ê-cu-a-đo (1/1/1980 – 1/1/2025), dự kiến tháng 6 năm nay tổ chức đoàn xúc tiến thương mại sang Ki-tô và Guay-a-kin; Bản ghi nhớ về hợp tác thương mại giữa hai Bộ dự kiến được ký kết trong chuyến công tác này.",
        ),
        (
            "list_item",
            "2. Theo dõi việc thực thi Hiệp định thương mại giữa Liên minh châu Âu với Cô-lôm-bi-a, Pê-ru và Ê-cu-a-đo, được áp dụng đối với Ê-cu-a-đo từ ngày 1/1/2017, đánh giá sức ép cạnh tranh với hàng Việt Nam tại EU.",
        ),
        (
            "list_item",
            "3. Phối hợp với Chương trình Lương thực thế giới (WFP) tìm hiểu khả năng cung ứng gạo Việt Nam cho các chương trình tại Mỹ Latinh.",
        ),
        (
            "list_item",
            "4. Không tổ chức hội chợ chuyên đề riêng tại Bô-li-vi-a trong năm 2025; lồng ghép quảng bá vào chương trình hướng tới Khối Thị trường chung Nam Mỹ (Mercosur), tổ chức mà Bô-li-vi-a trở thành thành viên đầy đủ năm ngoái.",
        ),
        (
            "paragraph",
            "Điều 2. Vụ Thị trường châu Mỹ chủ trì triển khai Quyết định này.",
        ),
    ],
}

ZGE_CARTAGENA = {
    "id": "zge",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Các-ta-hê-na"),
        (
            "paragraph",
            "Hiệp định Các-ta-hê-na, tên chính thức là Hiệp định Hội nhập tiểu vùng Andes, được Bô-li-vi-a, Chi-lê, Cô-lôm-bi-a, Ê-cu-a-đo và Pê-ru ký ngày 26/5/1969 tại Bô-gô-ta, dù mang tên thành phố Các-ta-hê-na, nơi kết thúc vòng đàm phán cuối cùng. Văn kiện này khai sinh Nhóm Andes, còn gọi là Hiệp ước Andes.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Vê-nê-xu-ê-la gia nhập hiệp định tháng 2/1973, trong khi Chi-lê dưới chính quyền quân sự của tướng Pi-nô-chê rút khỏi khối năm 1976. Năm 2006, đến lượt Vê-nê-xu-ê-la tuyên bố rời khối để phản đối việc Cô-lôm-bi-a và Pê-ru đàm phán hiệp định thương mại tự do với Hoa Kỳ.",
        ),
        ("heading", "Từ Nhóm Andes đến Cộng đồng Andes", 1),
        (
            "paragraph",
            "Nghị định thư Tru-hi-gi-ô, ký ngày 10/3/1996, được các nước thành viên lần lượt phê chuẩn và có hiệu lực từ ngày 3/6/1997, đổi tên khối thành Cộng đồng Andes (CAN), với Tổng Ban thư ký đặt tại Li-ma. Hiện nay CAN gồm bốn nước Bô-li-vi-a, Cô-lôm-bi-a, Ê-cu-a-đo và Pê-ru.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam thiết lập quan hệ ngoại giao với Cô-lôm-bi-a ngày 1/1/1979, với Ê-cu-a-đo ngày 1/1/1980 và với Pê-ru ngày 14/11/1994. Giữa ASEAN và CAN chưa có hiệp định thương mại tự do; trao đổi thương mại của Việt Nam với khối chủ yếu dựa trên quan hệ song phương và Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP, 2018), mà Pê-ru là một bên.",
        ),
    ],
}

DOCS = [ZGA_ECUADOR, ZGB_DONGNAI, ZGC_WFP, ZGD_DECISION, ZGE_CARTAGENA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter by heldout_kit.front_matter_lines (title at 48
    columns, labels at 72), body at 72 columns, headings followed by a blank line; after ``break_after``
    body lines (mid-sentence) the page number centred as "- 47 -" at 72 columns, a form feed and the
    running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{'- ' + str(n) + ' -':^72}".rstrip()

    out, last = paged_body(doc, 48, 72, 72, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([*out, foot(last)]) + "\n", [head, *(f"- {n} -" for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A newspaper page: <meta property="article:published_time">, a nav menu, <article> with <h1>, a
    <time> stamp, the lead (with its dateline) in <p class="lead"><strong>, <h2> subheads, <p> paragraphs,
    a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T18:40:00+07:00">\n'
        f"<title>{title} - Thế giới</title>\n</head>\n<body>\n"
        '<nav><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a></nav>\n'
        f"<article>\n<h1>{title}</h1>\n<time>{doc['stamp']}</time>\n"
        f'<p class="lead"><strong>{lead}</strong></p>\n' + "\n".join(body) + "\n"
        "</article>\n<footer>© Báo điện tử Tin tức Quốc tế</footer>\n</body>\n</html>\n"
    )


def render_decision(doc: dict) -> str:
    """A ministry decision: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<46}KT. BỘ TRƯỞNG",
        f"{'- Như Điều 2;':<48}THỨ TRƯỞNG",
        f"{'- Lưu: VT, TTCM.':<50}(đã ký)",
    ]
    return official_text(doc, 78, tail)


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
        prefix="zg",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
