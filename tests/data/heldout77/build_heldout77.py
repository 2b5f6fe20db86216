"""Build the seventy-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout77/build_heldout77.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Haiti and the international missions from MINUSTAH in 2004 to the Kenyan-led
security mission, Bắc Kạn's external affairs in 2024, the Security Council's Resolution 2699 of 2/10/2023, a
(fictitious) Ministry of Agriculture and Environment plan for agricultural cooperation with Haiti and the
Caribbean in 2026, an encyclopedia entry on the Organization of American States). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
provincial report's local items and all quoted words are invented, the ministry plan (number, date, tasks)
is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every
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
    headed_journal,
    official_text,
    word_text,
)

WSA_HAITI = {
    "id": "wsa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU MỸ VÀ CA-RI-BÊ – Số 5 (2025)",
    "first_page": 43,
    "break_after": 12,
    "blocks": [
        ("title", "HAITI: HAI THẬP KỶ KHỦNG HOẢNG VÀ SỰ CAN DỰ CỦA CỘNG ĐỒNG QUỐC TẾ"),
        ("author", "Đỗ Thị Thanh Huyền"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại sự can dự quốc tế tại Haiti từ năm 2004 và lập trường của Việt Nam.",
            "vi",
        ),
        ("keywords", "Haiti; MINUSTAH; Hội đồng Bảo an; phái bộ an ninh đa quốc gia", "vi"),
        ("heading", "1. Từ MINUSTAH đến trận động đất năm 2010", 1),
        (
            "paragraph",
            "Giành độc lập ngày 1/1/1804, Haiti là nước cộng hòa do người da đen lãnh đạo đầu tiên trên thế giới và là một trong những thành viên sáng lập Liên hợp quốc cũng như Tổ chức các quốc gia châu Mỹ (OAS). Sau biến động chính trị đầu năm 2004, Hội đồng Bảo an thông qua Nghị quyết 1542 ngày 30/4/2004, thành lập Phái bộ Liên hợp quốc về ổn định tình hình tại Haiti (MINUSTAH); Bra-xin chỉ huy lực lượng quân sự của phái bộ trong suốt 13 năm (Trần Văn Khải, 2016, tr. 54). Trận động đất mạnh 7,0 độ ngày 12/1/2010 cướp đi sinh mạng của hơn 200.000 người. Tại hội nghị các nhà tài trợ họp ở New York ngày 31/3/2010, cộng đồng quốc tế cam kết dành 9,9 tỷ USD cho công cuộc tái thiết.",
        ),
        ("heading", "2. Từ trừng phạt đến phái bộ an ninh đa quốc gia", 1),
        (
            "paragraph",
            "MINUSTAH kết thúc nhiệm vụ ngày 15/10/2017. Sau hai năm chuyển tiếp, Văn phòng Liên hợp quốc hỗ trợ hội nhập tại Haiti (BINUH) chính thức hoạt động từ ngày 16/10/2019. Sau vụ ám sát Tổng thống Jovenel Moïse ngày 7/7/2021, các băng nhóm vũ trang kiểm soát phần lớn thủ đô Port-au-Prince. Ngày 21/10/2022, Hội đồng Bảo an nhất trí áp đặt lệnh trừng phạt đối với các thủ lĩnh băng nhóm, và gần một năm sau cho phép Kenya dẫn đầu Phái bộ hỗ trợ an ninh đa quốc gia (MSS). Những cảnh sát Kenya đầu tiên tới Port-au-Prince ngày 25/6/2024, song đến nay lực lượng này vẫn chưa đạt quân số dự kiến (Lê Thị Hồng Nhung, 2025).",
        ),
        ("heading", "3. Lập trường của Việt Nam", 1),
        (
            "paragraph",
            "Trong nhiệm kỳ Ủy viên không thường trực Hội đồng Bảo an 2020 – 2021, Việt Nam đã cùng các thành viên Hội đồng thảo luận thường kỳ về tình hình Haiti và ủng hộ việc gia hạn nhiệm vụ của BINUH. Lập trường nhất quán của ta là “mọi giải pháp cho Haiti phải do chính người Haiti làm chủ, với sự hỗ trợ của khu vực và Liên hợp quốc” (Vũ Đình Toàn, 2023, tr. 19). Đến nay, hai nước chưa mở cơ quan đại diện thường trú tại thủ đô của nhau. Vì vậy, Việt Nam có thể tăng cường hợp tác với Haiti thông qua Tổ chức Nông lương Liên hợp quốc (FAO), nhất là trong lĩnh vực trồng lúa.",
        ),
    ],
}

WSB_BACKAN = {
    "id": "wsb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
        "SỞ NGOẠI VỤ",
        "Số: 187/BC-SNgV",
        "Bắc Kạn, ngày 12 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thực hiện công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Tình hình thực hiện công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025",
        ),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Từ ngày 18 đến ngày 20/3/2024, đoàn đại biểu tỉnh do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh U-đôm-xay (Lào); hai bên ký Biên bản ghi nhớ hợp tác giai đoạn 2024 – 2028 trong các lĩnh vực nông, lâm nghiệp và đào tạo nguồn nhân lực.",
        ),
        (
            "list_item",
            "2. Quỹ Sáng kiến địa phương của Ca-na-đa (CFLI) tài trợ 25.000 đô-la Ca-na-đa cho mô hình sinh kế của phụ nữ dân tộc Dao tại huyện Pác Nặm; công trình đã được nghiệm thu trong tháng 9.",
        ),
        (
            "list_item",
            "3. Dự án phát triển chuỗi giá trị nông sản vay vốn Quỹ Quốc tế về Phát triển nông nghiệp (IFAD) tiếp tục được triển khai tại 6 huyện, giải ngân đạt 82% kế hoạch năm.",
        ),
        (
            "list_item",
            "4. Tháng 10, Đại sứ Cu-ba tại Việt Nam đến thăm và làm việc với lãnh đạo tỉnh, trao đổi khả năng hợp tác trong lĩnh vực y tế.",
        ),
        (
            "list_item",
            "5. Tiếp nhận 2 tình nguyện viên của Cơ quan Hợp tác quốc tế Nhật Bản (JICA) giảng dạy tiếng Anh tại Trường THPT Chuyên Bắc Kạn.",
        ),
        (
            "list_item",
            "6. Đề xuất kết nghĩa giữa huyện Ba Bể và một địa phương của Hàn Quốc đến nay chưa nhận được phản hồi của phía bạn.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5 năm sau, đón đoàn tỉnh U-đôm-xay sang thăm và tổ chức kỳ họp đầu tiên của Nhóm công tác chung theo Biên bản ghi nhớ đã ký.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Ca-na-đa lựa chọn mô hình đề xuất tài trợ giai đoạn mới.",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn xúc tiến thương mại giới thiệu miến dong, chè Shan tuyết và gạo Bao thai sang thị trường Trung Quốc trong 6 tháng cuối năm 2025.",
        ),
    ],
}

WSC_RES2699 = {
    "id": "wsc",
    "shape": "news",
    "date": "2023-10-03",
    "time": "07:40",
    "stamp": "Thứ Ba, 03/10/2023 - 07:40",
    "section": ("/the-gioi", "Thế giới"),
    "tags": [("/tag/haiti", "Haiti"), ("/tag/hoi-dong-bao-an", "Hội đồng Bảo an")],
    "blocks": [
        ("title", "Hội đồng Bảo an cho phép triển khai phái bộ an ninh đa quốc gia tới Haiti"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 2/10 (giờ địa phương), Hội đồng Bảo an Liên hợp quốc đã thông qua Nghị quyết 2699, cho phép triển khai Phái bộ hỗ trợ an ninh đa quốc gia do Kenya dẫn đầu tới Haiti nhằm giúp cảnh sát nước này lập lại trật tự.",
        ),
        ("heading", "13 phiếu thuận, 2 phiếu trắng", 1),
        (
            "paragraph",
            "Văn kiện do Mỹ và Ê-cu-a-đo đệ trình được thông qua với 13 phiếu thuận; Trung Quốc và Nga bỏ phiếu trắng. Phái bộ được phép hoạt động trong 12 tháng, kinh phí lấy từ các khoản đóng góp tự nguyện chứ không từ ngân sách Liên hợp quốc.",
        ),
        (
            "paragraph",
            "Hồi cuối tháng 7, Kenya đã tuyên bố sẵn sàng dẫn đầu lực lượng và cử 1.000 cảnh sát sang Haiti. Gia-mai-ca, Ba-ha-mát và Antigua và Barbuda cũng cam kết đóng góp nhân sự.",
        ),
        ("heading", "Một năm chờ đợi", 1),
        (
            "paragraph",
            "Tháng 10 năm ngoái, Chính phủ Haiti đã đề nghị cộng đồng quốc tế khẩn cấp cử một lực lượng chuyên trách hỗ trợ cảnh sát chống lại các băng nhóm vũ trang. Cũng trong tháng đó, Hội đồng Bảo an áp đặt lệnh trừng phạt đối với thủ lĩnh băng nhóm Jimmy Chérizier, biệt danh “Barbecue”.",
        ),
        (
            "paragraph",
            "Chính phủ Haiti hoan nghênh nghị quyết. Đây là lần đầu tiên kể từ năm 2004, khi Phái bộ MINUSTAH được thành lập, một lực lượng quốc tế được phép triển khai tới quốc gia Ca-ri-bê này.",
        ),
    ],
}

WSD_PLAN = {
    "id": "wsd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 46/KH-BNNMT':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác nông nghiệp với Cộng hòa Ha-i-ti",
        "và các nước vùng Ca-ri-bê năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác nông nghiệp với Cộng hòa Ha-i-ti và các nước vùng Ca-ri-bê năm 2026"),
        (
            "paragraph",
            "Thực hiện chủ trương mở rộng hợp tác Nam – Nam và phát huy kinh nghiệm tham gia các chương trình hợp tác ba bên với Tổ chức Nông lương Liên hợp quốc (FAO), Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch hợp tác nông nghiệp với Ha-i-ti và các nước vùng Ca-ri-bê năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Ha-i-ti là nước nghèo nhất Tây bán cầu, thành viên đầy đủ của Cộng đồng Ca-ri-bê (CARICOM) từ năm 2002. Sau trận động đất ngày 14/8/2021 ở bán đảo Tây Nam, sản xuất nông nghiệp của nước bạn tiếp tục bị đình trệ do bạo lực băng nhóm; theo Chương trình Lương thực thế giới (WFP), gần một nửa dân số Ha-i-ti đang thiếu lương thực nghiêm trọng. Năm ngoái, ta đã đón hai đoàn cán bộ nông nghiệp của Cộng hòa Đô-mi-ni-ca-na sang tìm hiểu mô hình canh tác lúa ở Đồng bằng sông Cửu Long, song chưa triển khai dự án hợp tác nào với phía Ha-i-ti.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Chủ trì, phối hợp với FAO xây dựng văn kiện dự án hợp tác ba bên Việt Nam – FAO – Ha-i-ti về sản xuất lúa gạo, hoàn thành trước tháng 6/2026.",
        ),
        (
            "list_item",
            "2. Tháng 9 năm nay, tiếp nhận 15 cán bộ kỹ thuật của Bộ Nông nghiệp Ha-i-ti sang tập huấn tại Viện Lúa Đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao trình Chính phủ xem xét viện trợ 500 tấn gạo cho Ha-i-ti thông qua WFP.",
        ),
        (
            "list_item",
            "4. Làm việc với Ban Thư ký CARICOM về khả năng ký Bản ghi nhớ hợp tác nông nghiệp trong năm 2027.",
        ),
        (
            "list_item",
            "5. Không cử chuyên gia sang làm việc tại Ha-i-ti trong năm 2026 do tình hình an ninh chưa bảo đảm; các hoạt động tư vấn được thực hiện trực tuyến.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đơn vị đầu mối, theo dõi và đôn đốc việc thực hiện Kế hoạch này.",
        ),
    ],
}

WSE_OAS = {
    "id": "wse",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức các quốc gia châu Mỹ"),
        (
            "paragraph",
            "Tổ chức các quốc gia châu Mỹ (OAS) là tổ chức liên chính phủ khu vực của các nước châu Mỹ, ra đời khi đại diện 21 nước ký Hiến chương OAS tại Bô-gô-ta (Cô-lôm-bi-a) ngày 30/4/1948; Hiến chương có hiệu lực từ ngày 13/12/1951. Tiền thân của OAS là Liên minh quốc tế các nước cộng hòa châu Mỹ, thành lập ngày 14/4/1890 tại Oa-sinh-tơn, nơi nay đặt trụ sở của tổ chức.",
        ),
        ("heading", "Thành viên và bộ máy", 1),
        (
            "paragraph",
            "Ca-na-đa trở thành thành viên năm 1990. Cơ quan cao nhất là Đại hội đồng, họp thường kỳ mỗi năm một lần ở cấp ngoại trưởng; các ngôn ngữ chính thức gồm tiếng Tây Ban Nha, tiếng Anh, tiếng Bồ Đào Nha và tiếng Pháp. Hiến chương Dân chủ liên Mỹ được thông qua tại Li-ma (Pê-ru) ngày 11/9/2001. Tháng 3/2025, ông Albert Ramdin (Xu-ri-nam) được bầu làm Tổng Thư ký, là người đầu tiên đến từ vùng Ca-ri-bê giữ cương vị này.",
        ),
        ("heading", "Đình chỉ và rút lui", 1),
        (
            "paragraph",
            "Tháng 1/1962, tại hội nghị ngoại trưởng ở Punta del Este (U-ru-goay), OAS loại Chính phủ Cu-ba khỏi các hoạt động của tổ chức. Nghị quyết bãi bỏ quyết định đó được thông qua tại San Pedro Sula (Hôn-đu-rát) ngày 3/6/2009, song La Ha-ba-na tuyên bố không trở lại. Chỉ một tháng sau, chính Hôn-đu-rát bị đình chỉ tư cách thành viên do cuộc đảo chính ngày 28/6/2009; nước này được khôi phục tư cách năm 2011.",
        ),
        (
            "paragraph",
            "Vê-nê-xu-ê-la gửi thông báo rút khỏi OAS tháng 4/2017, có hiệu lực sau hai năm. Ni-ca-ra-goa cũng chính thức rời tổ chức tháng 11/2023.",
        ),
    ],
}

DOCS = [WSA_HAITI, WSB_BACKAN, WSC_RES2699, WSD_PLAN, WSE_OAS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [
        f'<h3 class="subtitle">{b[1]}</h3>' if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]
    ]
    href, label = doc["section"]
    tags = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in doc["tags"])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | {label}</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T{doc["time"]}:00+07:00">\n'
        "</head>\n<body>\n"
        f'<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="{href}">{label}</a></li>'
        '<li><a href="/kinh-te">Kinh tế</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        f'<ul class="tags">{tags}</ul>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam. Ghi rõ nguồn khi phát hành lại.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<48}THỨ TRƯỞNG",
        f"{'- Lưu: VT, HTQT.':<51}(đã ký)",
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
        prefix="ws",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
