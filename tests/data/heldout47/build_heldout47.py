"""Build the forty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout47/build_heldout47.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout46, on topics those sets do not use (Vietnam – Syria from the
Arab League to the Chemical Weapons Convention, in place of Vietnam – Türkiye which heldout17 used;
Quảng Nam's external affairs in 2024; the Black Sea grain deal signed in Istanbul on 22/7/2022; a
Ministry of Industry and Trade plan for trade promotion with the D-8 countries in 2026; an encyclopedia
entry on the Montreux Convention of 1936). Nothing in src/ was read or changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the provincial report's local items
and all quoted words but Guterres's "beacon" are invented, the ministry plan (number, date, tasks) is
fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
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

ZIA_SYRIA = {
    "id": "zia",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu Tây Á và châu Phi, số 2 (2025)",
    "first_page": 87,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – XI-RI QUA NHỮNG THĂNG TRẦM CỦA TRUNG ĐÔNG"),
        ("author", "Phan Thị Thu Hiền"),
        ("affiliation", "Viện Nghiên cứu Nam Á, Tây Á và châu Phi"),
        ("abstract", "Bài viết khái quát quan hệ Việt Nam – Xi-ri.", "vi"),
        ("keywords", "Xi-ri; Liên đoàn Ả-rập; Hội đồng Bảo an", "vi"),
        ("heading", "1. Xi-ri trong thế giới Ả-rập", 1),
        (
            "paragraph",
            "Là một trong những nước sáng lập Liên đoàn Ả-rập năm 1945, Xi-ri từng hợp nhất với Ai Cập thành nước Cộng hòa Ả-rập Thống nhất ngày 1/2/1958. Liên bang chỉ tồn tại hơn ba năm: ngày 28/9/1961, sau cuộc đảo chính ở Đa-mát, phía Xi-ri tuyên bố rút khỏi liên bang (Nguyễn Văn Hòa, 2014, tr. 33).",
        ),
        ("heading", "2. Những người bạn thủy chung", 1),
        (
            "paragraph",
            "Việt Nam Dân chủ Cộng hòa và Xi-ri thiết lập quan hệ ngoại giao ngày 21/7/1966, khi cuộc kháng chiến chống Mỹ của nhân dân ta bước vào giai đoạn quyết liệt. Được nhân dân Xi-ri ủng hộ mạnh mẽ trong những năm ấy, Việt Nam luôn coi Đa-mát là người bạn thủy chung ở Trung Đông (Lê Minh Quân, 2019). Năm 2001, Xi-ri được bầu làm ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2002 – 2003; đến lượt mình, Việt Nam trúng cử vào cơ quan này ngày 16/10/2007 với 183 phiếu.",
        ),
        ("heading", "3. Thập kỷ biến động", 1),
        (
            "paragraph",
            "Ngày 12/11/2011, Liên đoàn Ả-rập quyết định đình chỉ tư cách thành viên của Xi-ri và hai tuần sau đó thông qua các biện pháp trừng phạt kinh tế đối với nước này; tháng 8/2012, Tổ chức Hợp tác Hồi giáo (OIC) cũng đình chỉ tư cách thành viên của Đa-mát. Tháng 9/2013, Xi-ri nộp văn kiện gia nhập Công ước Cấm vũ khí hóa học, công ước có hiệu lực đối với nước này từ ngày 14/10/2013.",
        ),
        (
            "paragraph",
            "Việt Nam không tham gia các biện pháp trừng phạt đơn phương nhằm vào Xi-ri. Ngày 7/5/2023, Xi-ri được khôi phục tư cách thành viên Liên đoàn Ả-rập, mở ra “cơ hội khơi thông các kênh hợp tác kinh tế bị đình trệ hơn một thập kỷ” (Trịnh Thu Hà, 2024, tr. 71). Vì thế, hai bên cần sớm nối lại cơ chế tham khảo chính trị giữa hai Bộ Ngoại giao.",
        ),
    ],
}

ZIB_QUANGNAM = {
    "id": "zib",
    "shape": "word",
    "head": [
        "UBND TỈNH QUẢNG NAM",
        "SỞ NGOẠI VỤ",
        "Số: 231/BC-SNgV",
        "Quảng Nam, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "A. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Quan hệ hợp tác toàn diện giữa tỉnh với hai tỉnh Xê Kông và Chăm-pa-xắc của nước bạn Lào được duy trì thường xuyên; các lực lượng chức năng hai bên phối hợp tốt trong quản lý đường biên, mốc giới.",
        ),
        (
            "list_item",
            "2. Trong hai ngày 14 và 15/5/2024, Đại sứ Thổ Nhĩ Kỳ tại Việt Nam đến thăm và làm việc với lãnh đạo tỉnh; hai bên trao đổi khả năng hợp tác về du lịch, dệt may và đào tạo nguồn nhân lực.",
        ),
        (
            "list_item",
            "3. Hai máy siêu âm do Cơ quan Hợp tác và Điều phối Thổ Nhĩ Kỳ (TİKA) viện trợ không hoàn lại, trị giá khoảng 85.000 USD, đã được bàn giao cho Bệnh viện Đa khoa tỉnh vào tháng 9.",
        ),
        (
            "list_item",
            "4. Tháng trước, đoàn đại biểu tỉnh do Chủ tịch UBND tỉnh dẫn đầu sang thăm và làm việc tại tỉnh Xê Kông; nhân dịp này, tỉnh đã bàn giao cho phía bạn công trình trường tiểu học ở huyện Đắc Chưng.",
        ),
        (
            "list_item",
            "5. Khu phố cổ Hội An và Khu đền tháp Mỹ Sơn, hai di sản được UNESCO ghi danh năm 1999, tiếp tục thu hút khách quốc tế. Tuy vậy, đường bay thẳng từ Istanbul đến Đà Nẵng chưa được phía bạn quyết định mở; đoàn xúc tiến du lịch sang các nước vùng Vịnh không thực hiện được.",
        ),
        ("heading", "B. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, chủ trì hội nghị sơ kết hợp tác với tỉnh Xê Kông tại thành phố Tam Kỳ; hai bên sẽ ký Kế hoạch hợp tác năm 2025.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Thổ Nhĩ Kỳ tổ chức Tuần văn hóa Thổ Nhĩ Kỳ tại Hội An trong quý II năm sau.",
        ),
        (
            "list_item",
            "3. Phấn đấu đón 2 – 3 đoàn doanh nghiệp Trung Đông đến khảo sát đầu tư tại Khu kinh tế mở Chu Lai.",
        ),
    ],
}

ZIC_GRAIN = {
    "id": "zic",
    "shape": "news",
    "date": "2022-07-23",
    "stamp": "23/07/2022 06:15",
    "blocks": [
        ("title", "Ký thỏa thuận khơi thông xuất khẩu ngũ cốc qua Biển Đen"),
        (
            "paragraph",
            "Istanbul (TTXVN) – Chiều 22/7, tại Cung điện Dolmabahce ở Istanbul, Nga và U-crai-na đã lần lượt ký với Thổ Nhĩ Kỳ và Liên hợp quốc hai văn kiện riêng rẽ về việc nối lại xuất khẩu ngũ cốc từ các cảng của U-crai-na trên Biển Đen.",
        ),
        ("heading", "Bốn bên, hai văn kiện", 1),
        (
            "paragraph",
            "Lễ ký diễn ra dưới sự chứng kiến của Tổng thư ký Liên hợp quốc António Guterres và Tổng thống nước chủ nhà Recep Tayyip Erdoğan. Bộ trưởng Quốc phòng Nga Sergei Shoigu và Bộ trưởng Hạ tầng U-crai-na Oleksandr Kubrakov không ký chung một văn bản – dấu hiệu cho thấy căng thẳng giữa hai bên kể từ khi Nga mở chiến dịch quân sự đặc biệt tại U-crai-na ngày 24/2.",
        ),
        (
            "paragraph",
            "Theo thỏa thuận, một Trung tâm điều phối chung gồm đại diện của cả bốn bên sẽ được thành lập tại Istanbul để giám sát các chuyến tàu. Văn kiện có hiệu lực 120 ngày và có thể được gia hạn. Cùng ngày, Liên hợp quốc và Nga còn ký Bản ghi nhớ về việc tạo thuận lợi cho xuất khẩu lương thực và phân bón của Nga.",
        ),
        ("heading", "“Ngọn hải đăng trên Biển Đen”", 1),
        (
            "paragraph",
            "Phát biểu tại buổi lễ, ông Guterres gọi thỏa thuận là “ngọn hải đăng trên Biển Đen”. Kết quả này có được sau cuộc hội đàm giữa các phái đoàn quân sự của Nga, U-crai-na, Thổ Nhĩ Kỳ và Liên hợp quốc hôm 13/7, cũng tại Istanbul. Ankara, nơi kiểm soát các eo biển Bô-xpho và Đác-đa-nen theo Công ước Montreux năm 1936, đã đứng ra làm trung gian giữa Mát-xcơ-va và Ki-ép suốt nhiều tháng.",
        ),
    ],
}

ZID_PLAN = {
    "id": "zid",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':41}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 36/KH-BCT':<41}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại với các nước thành viên",
        "Nhóm tám nước đang phát triển (D-8) năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến thương mại với các nước thành viên Nhóm tám nước đang phát triển (D-8) năm 2026",
        ),
        (
            "paragraph",
            "Nhóm tám nước đang phát triển (D-8) được thành lập tại Istanbul ngày 15/6/1997 theo sáng kiến của Thổ Nhĩ Kỳ, gồm Băng-la-đét, Ai Cập, In-đô-nê-xi-a, I-ran, Ma-lai-xi-a, Ni-giê-ri-a, Pa-ki-xtan và Thổ Nhĩ Kỳ. Việt Nam không phải là thành viên của Nhóm, song đây là các thị trường có nhiều tiềm năng đối với hàng xuất khẩu của ta. Bộ Công Thương ban hành Kế hoạch xúc tiến thương mại với các nước D-8 năm 2026 như sau:",
        ),
        (
            "list_item",
            "1. Tháng 4 năm nay, tổ chức đoàn doanh nghiệp sang Thổ Nhĩ Kỳ và Ai Cập khảo sát thị trường, kết hợp tham dự hội chợ thực phẩm quốc tế tại Istanbul.",
        ),
        (
            "list_item",
            "2. Trên cơ sở quan hệ Đối tác chiến lược toàn diện được Việt Nam và Ma-lai-xi-a xác lập tháng 11/2024, đề nghị phía bạn hỗ trợ đào tạo chuyên gia chứng nhận Halal cho doanh nghiệp Việt Nam.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Thương mại Pa-ki-xtan chuẩn bị nội dung Bản ghi nhớ về hợp tác thương mại, dự kiến ký trong quý III; hai bên sẽ thành lập Tiểu ban thương mại chung.",
        ),
        (
            "list_item",
            "4. Nghiên cứu khả năng khởi động đàm phán hiệp định thương mại tự do với Thổ Nhĩ Kỳ, nước mà Việt Nam đến nay chưa ký hiệp định thương mại tự do song phương.",
        ),
        (
            "list_item",
            "5. Không tổ chức gian hàng quốc gia tại Ni-giê-ri-a và I-ran trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại chủ trì, phối hợp với các Thương vụ Việt Nam tại các nước D-8 triển khai Kế hoạch này./.",
        ),
    ],
}

ZIE_MONTREUX = {
    "id": "zie",
    "shape": "entry",
    "blocks": [
        ("title", "Công ước Montreux về chế độ các eo biển"),
        (
            "paragraph",
            "Công ước Montreux về chế độ các eo biển là điều ước quốc tế quy định việc đi lại qua các eo biển Đác-đa-nen, Bô-xpho và biển Mác-ma-ra, được ký kết tại thành phố Montreux (Thụy Sĩ) ngày 20/7/1936 và có hiệu lực từ ngày 9/11/1936.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Công ước thay thế các quy định về eo biển của Hiệp ước Lausanne (1923), vốn đặt vùng eo biển dưới sự giám sát của một ủy ban quốc tế. Văn kiện được ký bởi Thổ Nhĩ Kỳ, Anh, Pháp, Liên Xô, Bun-ga-ri, Hy Lạp, Ru-ma-ni, Nam Tư, Nhật Bản và Ô-xtrây-li-a. I-ta-li-a, nước tẩy chay hội nghị để phản đối các biện pháp trừng phạt mà Hội Quốc liên áp đặt sau cuộc xâm lược Ê-ti-ô-pi-a, về sau mới tham gia. Theo Hòa ước San Francisco ký ngày 8/9/1951, Nhật Bản từ bỏ mọi quyền lợi theo công ước.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Công ước trao cho Thổ Nhĩ Kỳ quyền kiểm soát và tái vũ trang vùng eo biển. Tàu buôn được tự do qua lại trong thời bình; tàu chiến của các nước không giáp Biển Đen chỉ được lưu lại vùng biển này tối đa 21 ngày. Khi có chiến tranh, Thổ Nhĩ Kỳ có quyền không cho tàu chiến của các bên tham chiến đi qua.",
        ),
        ("heading", "Áp dụng gần đây", 1),
        (
            "paragraph",
            "Ngày 28/2/2022, bốn ngày sau khi xung đột Nga – U-crai-na bùng nổ, Ngoại trưởng Mevlüt Çavuşoğlu tuyên bố Ankara áp dụng các điều khoản thời chiến của công ước. Việt Nam không phải là bên tham gia Công ước Montreux. Bản thân Thổ Nhĩ Kỳ chưa tham gia Công ước Liên hợp quốc về Luật biển năm 1982, văn kiện mà Việt Nam phê chuẩn ngày 23/6/1994.",
        ),
    ],
}

DOCS = [ZIA_SYRIA, ZIB_QUANGNAM, ZIC_GRAIN, ZID_PLAN, ZIE_MONTREUX]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer with no header on its first page: front matter (title at 50
    columns, "Tóm tắt:"/"Từ khóa:" at 70), headings glued to their paragraph, body at 70 columns; after
    ``break_after`` body lines (mid-sentence) the page number near the right margin, a form feed and the
    running header; the last page ends with its number."""
    return paged_journal(doc, 50, 70, 70, indent=66, blank_after_heading=False)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["GIÁM ĐỐC", "(Đã ký)", "Trần Văn Lộc"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a breadcrumb <nav>, <main><article>, <h1>, a
    date div, the lead (with its dateline) in <p class="sapo"><b>, <h2> subheads, <p> paragraphs, a tag
    list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T06:15:00+07:00">\n'
        f"<title>{title} | Tin quốc tế</title>\n</head>\n<body>\n"
        '<nav class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/quoc-te">Quốc tế</a></nav>\n'
        f'<main>\n<article>\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        '<ul class="tags"><li>Biển Đen</li><li>ngũ cốc</li><li>Thổ Nhĩ Kỳ</li></ul>\n'
        "</article>\n</main>\n<footer>Tin quốc tế – Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, then the signature block at the right and "Nơi nhận"."""
    tail = [
        f"{'':48}KT. BỘ TRƯỞNG",
        f"{'':50}THỨ TRƯỞNG",
        f"{'':51}(đã ký)",
        "",
        "Nơi nhận:",
        "- Bộ trưởng (để b/c);",
        "- Các Thương vụ tại các nước D-8;",
        "- Lưu: VT, XTTM.",
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
        prefix="zi",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
