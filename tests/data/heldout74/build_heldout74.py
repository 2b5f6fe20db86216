"""Build the seventy-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout74/build_heldout74.py [--check]

Five short documents on a topic the earlier sets do not use as a main topic: the Declaration on the
Conduct of Parties in the South China Sea (DOC) and the negotiation of a Code of Conduct (COC) (Vietnam
and the rules in the East Sea from 1988 to the COC talks, Sóc Trăng's external affairs in 2024, the
signing of the DOC in Phnom Penh on 4/11/2002, a (fictitious) Ministry of Agriculture and Environment
plan on illegal fishing and fishermen for 2026, an encyclopedia entry on the COC). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
provincial report's local items, the ministry plan and all quoted words are invented. Events, citations
and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
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

XZA_DOC = {
    "id": "xza",
    "shape": "journal",
    "header": "TẠP CHÍ LUẬT BIỂN – Số 2 (2024)",
    "first_page": 23,
    "break_after": 11,
    "blocks": [
        ("title", "TỪ DOC ĐẾN COC: VIỆT NAM VÀ LUẬT LỆ Ở BIỂN ĐÔNG"),
        ("author", "Hoàng Minh Đức"),
        ("affiliation", "Viện Biển Đông, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích quá trình thực thi DOC và vai trò của Việt Nam trong đàm phán COC.",
            "vi",
        ),
        ("keywords", "Biển Đông; DOC; COC; UNCLOS; ASEAN", "vi"),
        ("heading", "1. Khởi đầu", 1),
        (
            "paragraph",
            "Ngày 14/3/1988, Trung Quốc dùng vũ lực chiếm đá Gạc Ma thuộc quần đảo Trường Sa của Việt Nam, làm 64 chiến sĩ hải quân ta hy sinh. Ngày 22/7/1992, tại Ma-ni-la, Bộ trưởng Ngoại giao các nước ASEAN ra Tuyên bố về Biển Đông (Phạm Quang Hiếu, 2015, tr. 41). Cũng tại hội nghị này, Việt Nam tham gia Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC). Ngày 23/6/1994, Quốc hội nước ta phê chuẩn Công ước của Liên hợp quốc về Luật Biển năm 1982 (UNCLOS).",
        ),
        ("heading", "2. Tuyên bố DOC", 1),
        (
            "paragraph",
            "Ngày 4/11/2002, tại Phnôm Pênh, ngoại trưởng các nước ASEAN và đặc phái viên Trung Quốc ký Tuyên bố về ứng xử của các bên ở Biển Đông (DOC). Phải đến tháng 7/2011, tại Ba-li, hai bên mới thông qua Bộ Hướng dẫn thực hiện DOC. Một năm sau, Hội nghị Bộ trưởng Ngoại giao ASEAN tại Phnôm Pênh lần đầu tiên trong lịch sử không ra được tuyên bố chung do bất đồng về vấn đề Biển Đông (Lưu Thị Hạnh, 2020).",
        ),
        ("heading", "3. Thách thức và triển vọng", 1),
        (
            "paragraph",
            "Tháng 5/2014, Trung Quốc hạ đặt trái phép giàn khoan Hải Dương-981 trong vùng đặc quyền kinh tế của Việt Nam; ta đã kiên quyết phản đối và yêu cầu phía Trung Quốc rút giàn khoan. Ngày 12/7/2016, Tòa Trọng tài ra phán quyết trong vụ Phi-líp-pin kiện Trung Quốc, song Bắc Kinh tuyên bố không chấp nhận. Khung COC được ASEAN và Trung Quốc thông qua tháng 8/2017, nhưng đàm phán về văn bản đến nay vẫn chưa kết thúc. Theo một học giả, COC “chỉ có ý nghĩa khi có giá trị ràng buộc pháp lý và phù hợp với UNCLOS” (Lưu Thị Hạnh, 2020, tr. 77). Việt Nam cần tiếp tục phối hợp với các nước ASEAN để sớm hoàn tất COC.",
        ),
    ],
}

XZB_SOCTRANG = {
    "id": "xzb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
        "SỞ NGOẠI VỤ",
        "Số: 231/BC-SNgV",
        "Sóc Trăng, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác ngoại vụ năm 2024 và phương hướng, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác ngoại vụ năm 2024 và phương hướng, nhiệm vụ năm 2025"),
        ("heading", "I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Trong năm, 03 tàu cá với 21 ngư dân của tỉnh bị lực lượng chức năng Ma-lai-xi-a bắt giữ khi đang khai thác hải sản. Sở đã kịp thời báo cáo, đề nghị Bộ Ngoại giao chỉ đạo Đại sứ quán Việt Nam tại Ma-lai-xi-a giao thiệp với phía bạn; đến nay, 14 ngư dân đã được trả tự do và về nước an toàn.",
        ),
        (
            "list_item",
            "2. Tháng 10/2024, đoàn đại biểu tỉnh do Chủ tịch UBND tỉnh dẫn đầu thăm và làm việc tại tỉnh Kagoshima (Nhật Bản), ký Biên bản ghi nhớ hợp tác về nông nghiệp và tiếp nhận thực tập sinh.",
        ),
        (
            "list_item",
            "3. Tháng trước, Đại sứ Ô-xtrây-li-a tại Việt Nam thăm tỉnh và trao tặng trang thiết bị y tế trị giá 300.000 USD cho Bệnh viện Đa khoa tỉnh. Tổng Lãnh sự Vương quốc Cam-pu-chia tại Thành phố Hồ Chí Minh dự Lễ hội Oóc Om Bóc – Đua ghe Ngo của tỉnh.",
        ),
        (
            "list_item",
            "4. Tỉnh cấp mới 08 dự án đầu tư nước ngoài, trong đó nhà đầu tư Hàn Quốc dẫn đầu về số dự án. Hội nghị xúc tiến xuất khẩu gạo sang Phi-líp-pin tổ chức tại tỉnh chưa triển khai được do phía đối tác đề nghị lùi thời gian.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Đề nghị Bộ Ngoại giao tiếp tục giao thiệp với phía Ma-lai-xi-a để sớm trả tự do cho 07 ngư dân còn bị tạm giữ; tăng cường tuyên truyền để ngư dân không vi phạm vùng biển nước ngoài.",
        ),
        (
            "list_item",
            "2. Tháng 6 năm sau, đón đoàn tỉnh Kagoshima sang khảo sát vùng nguyên liệu lúa gạo ST25; hai bên sẽ trao đổi kế hoạch triển khai Biên bản ghi nhớ.",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn xúc tiến thương mại gạo sang Phi-líp-pin và In-đô-nê-xi-a trong năm 2025.",
        ),
    ],
}

XZC_PHNOMPENH = {
    "id": "xzc",
    "shape": "news",
    "date": "2002-11-04",
    "stamp": "Thứ Hai, 04/11/2002 - 20:45",
    "blocks": [
        ("title", "ASEAN và Trung Quốc ký Tuyên bố về ứng xử của các bên ở Biển Đông"),
        (
            "paragraph",
            "Phnôm Pênh (TTXVN) – Ngày 4/11, trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 8, Bộ trưởng Ngoại giao mười nước ASEAN và Thứ trưởng Ngoại giao Trung Quốc Vương Nghị, đặc phái viên của Chính phủ Trung Quốc, đã ký Tuyên bố về ứng xử của các bên ở Biển Đông (DOC).",
        ),
        ("heading", "Cam kết không sử dụng vũ lực", 1),
        (
            "paragraph",
            "Bộ trưởng Ngoại giao Nguyễn Dy Niên ký văn kiện thay mặt Chính phủ nước ta. Theo Tuyên bố, các bên cam kết giải quyết tranh chấp lãnh thổ và quyền tài phán bằng biện pháp hòa bình, không sử dụng vũ lực hoặc đe dọa sử dụng vũ lực, đồng thời kiềm chế không tiến hành các hoạt động làm phức tạp thêm tình hình. Các bên cũng nhất trí sẽ tiếp tục tham vấn nhằm tiến tới thông qua một bộ quy tắc ứng xử ở Biển Đông.",
        ),
        ("heading", "Mở đường cho khu vực mậu dịch tự do", 1),
        (
            "paragraph",
            "Cùng ngày, Thủ tướng Phan Văn Khải cùng lãnh đạo các nước ASEAN và Thủ tướng Trung Quốc Chu Dung Cơ đã ký Hiệp định khung về hợp tác kinh tế toàn diện ASEAN – Trung Quốc, đặt nền móng cho việc hình thành Khu vực mậu dịch tự do ASEAN – Trung Quốc. Cũng tại hội nghị, các nhà lãnh đạo ASEAN ra Tuyên bố về chống khủng bố, lên án vụ đánh bom ở Ba-li (In-đô-nê-xi-a) hồi tháng trước.",
        ),
        (
            "paragraph",
            "Hội nghị do Cam-pu-chia, nước Chủ tịch ASEAN năm nay, đăng cai. Ngày mai (5/11), lãnh đạo ASEAN sẽ có cuộc gặp cấp cao đầu tiên với Thủ tướng Ấn Độ Atal Bihari Vajpayee, đồng thời gặp Thủ tướng Nhật Bản Koizumi Junichiro.",
        ),
    ],
}

XZD_PLAN = {
    "id": "xzd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 45/KH-BNNMT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về chống khai thác hải sản bất hợp pháp",
        "và bảo vệ ngư dân trên biển năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác quốc tế về chống khai thác hải sản bất hợp pháp và bảo vệ ngư dân trên biển năm 2026",
        ),
        (
            "paragraph",
            "Nhằm sớm gỡ cảnh báo “thẻ vàng” mà Ủy ban châu Âu (EC) áp dụng đối với thủy sản Việt Nam từ ngày 23/10/2017, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Ranh giới trên biển giữa Việt Nam và Thái Lan đã được xác định theo Hiệp định ký ngày 9/8/1997; ngày 22/12/2022, Việt Nam và In-đô-nê-xi-a ký Hiệp định phân định vùng đặc quyền kinh tế sau 12 năm đàm phán. Tuy vậy, năm ngoái vẫn còn 12 tàu cá với 96 ngư dân của các tỉnh ven biển bị nước ngoài bắt giữ, chủ yếu tại vùng biển Ma-lai-xi-a và In-đô-nê-xi-a.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, phối hợp với Bộ Ngoại giao tổ chức đoàn công tác sang Thái Lan làm việc với Cục Thủy sản Thái Lan về cơ chế thông báo, trao trả ngư dân bị bắt giữ.",
        ),
        (
            "list_item",
            "2. Chuẩn bị nội dung làm việc với Đoàn kiểm tra của Ủy ban châu Âu về chống khai thác bất hợp pháp, không báo cáo và không theo quy định (IUU), dự kiến sang Việt Nam trong quý II/2026.",
        ),
        (
            "list_item",
            "3. Đề nghị Tổ chức Nông Lương Liên hợp quốc (FAO) hỗ trợ tập huấn cho ngư dân về quy định của luật pháp quốc tế và pháp luật các nước láng giềng.",
        ),
        (
            "list_item",
            "4. Phối hợp với Bộ Quốc phòng duy trì các đợt tuần tra chung giữa Hải quân Việt Nam và Hải quân Hoàng gia Thái Lan; chưa đề xuất ký thỏa thuận hợp tác nghề cá mới với Ma-lai-xi-a trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Thủy sản và Kiểm ngư là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

XZE_COC = {
    "id": "xze",
    "shape": "entry",
    "blocks": [
        ("title", "Bộ Quy tắc ứng xử ở Biển Đông"),
        (
            "paragraph",
            "Bộ Quy tắc ứng xử ở Biển Đông (tiếng Anh: Code of Conduct in the South China Sea, viết tắt COC) là văn kiện đang được ASEAN và Trung Quốc đàm phán nhằm điều chỉnh hành vi của các bên và quản lý tranh chấp ở Biển Đông.",
        ),
        ("heading", "Quá trình hình thành", 1),
        (
            "paragraph",
            "Ý tưởng về một bộ quy tắc ứng xử được ASEAN đưa ra từ giữa thập niên 1990. Tuyên bố về ứng xử của các bên ở Biển Đông (DOC), được ASEAN và Trung Quốc ký tại Phnôm Pênh năm 2002, khẳng định mục tiêu tiến tới thông qua COC. Tháng 9/2013, tại Tô Châu (Trung Quốc), hai bên bắt đầu tham vấn chính thức về COC.",
        ),
        ("heading", "Các mốc đàm phán", 1),
        (
            "paragraph",
            "Ngày 6/8/2017, tại Ma-ni-la, Hội nghị Bộ trưởng Ngoại giao ASEAN – Trung Quốc thông qua Khung COC. Một năm sau, tại Xin-ga-po, hai bên nhất trí về Dự thảo văn bản đàm phán đơn nhất (SDNT). Tháng 11/2018, Thủ tướng Trung Quốc Lý Khắc Cường đề xuất hoàn tất đàm phán trong vòng ba năm, song đại dịch Covid-19 khiến các vòng đàm phán trực tiếp bị gián đoạn. Tháng 7/2023, tại Gia-các-ta, hai bên thông qua Hướng dẫn đẩy nhanh việc sớm hoàn tất một COC hiệu quả, thực chất.",
        ),
        ("heading", "Lập trường của Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chủ trương COC phải phù hợp với luật pháp quốc tế, đặc biệt là UNCLOS 1982, và không ảnh hưởng đến quyền, lợi ích của các bên thứ ba. Đến nay, COC vẫn chưa được ký kết.",
        ),
    ],
}

DOCS = [XZA_DOC, XZB_SOCTRANG, XZC_PHNOMPENH, XZD_PLAN, XZE_COC]


def foot(n: int) -> str:
    """The page label flush right: "Trang 23"."""
    return f"{f'Trang {n}':>76}"


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (also the first),
    front matter by heldout_kit.front_matter_lines (title at 48 columns, labels at 76), body at 76
    columns with a blank line after headings; after ``break_after`` body lines (mid-sentence) the
    page label flush right, a form feed and the running header; the last page ends with its label."""
    head = doc["header"]
    out, last = paged_body(doc, 48, 76, 76, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, one paragraph a line (no wrapping), every line
    followed by an empty line; the signature at the end."""
    return word_text(doc, None, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """An archived news page: <title>, <meta property="article:published_time">, a breadcrumb, <div
    id="content">, <h1>, a date <p class="time">, the lead (dateline first) in <div class="lead">,
    <h4> subheads, <p> paragraphs, the source line and a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h4>{b[1]}</h4>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T20:45:00+07:00">\n'
        "</head>\n<body>\n"
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/the-gioi">Thế giới</a> &gt; '
        "ASEAN</div>\n"
        f'<div id="content">\n<h1>{title}</h1>\n<p class="time">{doc["stamp"]}</p>\n'
        f'<div class="lead">{lead}</div>\n' + "\n".join(body) + "\n"
        '<p class="source">Theo TTXVN</p>\n'
        "</div>\n<footer>Cơ quan chủ quản: Thông tấn xã Việt Nam.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao, Bộ Quốc phòng;':<49}THỨ TRƯỞNG",
        f"{'- UBND các tỉnh, thành phố ven biển;':<51}(đã ký)",
        "- Lưu: VT, HTQT.",
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
        prefix="xz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
