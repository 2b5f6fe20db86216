"""Build the sixty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout67/build_heldout67.py [--check]

Five short documents on a topic the earlier sets do not use as a main topic: ASEAN+3 cooperation and
the Chiang Mai Initiative (Vietnam in ASEAN+3 from 1997 to RCEP, Bắc Giang's external affairs in 2024,
the entry into force of the CMIM on 24/3/2010, a (fictitious) Ministry of Finance plan for ASEAN+3
financial cooperation in 2026, an encyclopedia entry on AMRO). Nothing in src/ was changed for them.
Facts are well-established; authors, journal, page numbers, document numbers, the provincial report's
local items, the ministry plan and all quoted words are invented. Events, citations and questions gold
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

XSA_APT = {
    "id": "xsa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU HỢP TÁC ĐÔNG Á – Số 3 (2024)",
    "first_page": 45,
    "break_after": 12,
    "blocks": [
        ("title", "VIỆT NAM TRONG HỢP TÁC ASEAN+3"),
        ("author", "Đỗ Thị Thu Trang"),
        ("affiliation", "Khoa Kinh tế quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại quá trình Việt Nam tham gia hợp tác tài chính, thương mại ASEAN+3.",
            "vi",
        ),
        ("keywords", "ASEAN+3; Sáng kiến Chiang Mai; AMRO; RCEP", "vi"),
        ("heading", "1. Bối cảnh hình thành", 1),
        (
            "paragraph",
            "Cuộc khủng hoảng tài chính châu Á năm 1997 là cú hích cho hợp tác Đông Á. Tháng 12/1997, lãnh đạo ASEAN lần đầu gặp không chính thức người đứng đầu Trung Quốc, Nhật Bản và Hàn Quốc tại Kuala Lumpur. Một năm sau, Hà Nội đăng cai Hội nghị Cấp cao ASEAN+3, nơi Tổng thống Hàn Quốc Kim Dae-jung đề xuất thành lập Nhóm Tầm nhìn Đông Á (Nguyễn Văn Lịch, 2019, tr. 34). Trước đó, quan hệ với Trung Quốc đã được bình thường hóa (11/1991), quan hệ ngoại giao với Hàn Quốc được thiết lập (22/12/1992) và Việt Nam gia nhập ASEAN ngày 28/7/1995.",
        ),
        ("heading", "2. Hợp tác tài chính – trụ cột nổi bật", 1),
        (
            "paragraph",
            "Tháng 5/2000, tại Chiang Mai (Thái Lan), Bộ trưởng Tài chính ASEAN+3 thông qua Sáng kiến Chiang Mai (CMI), một mạng lưới các thỏa thuận hoán đổi tiền tệ song phương. Hiệp định Đa phương hóa Sáng kiến Chiang Mai (CMIM) có hiệu lực từ ngày 24/3/2010 với quy mô 120 tỷ USD. Việt Nam cam kết đóng góp 1 tỷ USD. Để giám sát kinh tế vĩ mô khu vực, các nước thành lập Văn phòng Nghiên cứu kinh tế vĩ mô ASEAN+3 (AMRO) tại Xin-ga-po năm 2011. Theo một chuyên gia, CMIM “là tấm lưới an toàn mà không nền kinh tế nhỏ nào có thể tự mình dựng lên” (Lê Thị Minh Ngọc, 2021, tr. 58).",
        ),
        ("heading", "3. Từ tài chính đến liên kết thương mại", 1),
        (
            "paragraph",
            "Trên cương vị Chủ tịch ASEAN năm 2020, Việt Nam đã cùng các nước ký Hiệp định Đối tác Kinh tế toàn diện khu vực (RCEP) ngày 15/11/2020. Ấn Độ đã rút khỏi đàm phán từ tháng 11/2019 (Trần Đức Anh, 2023). RCEP có hiệu lực đối với nước ta từ ngày 1/1/2022. Thời gian tới, Việt Nam cần chủ động hơn trong tham vấn chính sách với AMRO.",
        ),
    ],
}

XSB_BACGIANG = {
    "id": "xsb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
        "SỞ NGOẠI VỤ",
        "Số: 198/BC-SNgV",
        "Bắc Giang, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác ngoại vụ năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác ngoại vụ năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Công tác thu hút đầu tư nước ngoài tiếp tục đạt kết quả tích cực: trong năm, tỉnh cấp mới 92 dự án FDI, chủ yếu của nhà đầu tư Trung Quốc, Hàn Quốc, Nhật Bản và Xin-ga-po, tập trung tại các khu công nghiệp Quang Châu, Vân Trung và Song Khê – Nội Hoàng.",
        ),
        (
            "list_item",
            "2. Từ ngày 9 đến ngày 13/9/2024, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, làm việc tại tỉnh Gyeongsangbuk (Hàn Quốc); hai bên ký Biên bản ghi nhớ về đào tạo nghề và tiếp nhận lao động thời vụ. Chuyến công tác diễn ra trong bối cảnh quan hệ Việt Nam – Hàn Quốc được nâng lên Đối tác chiến lược toàn diện từ tháng 12/2022.",
        ),
        (
            "list_item",
            "3. Tháng trước, Đại sứ Nhật Bản tại Việt Nam đã thăm và làm việc với lãnh đạo tỉnh, cho biết phía Nhật Bản sẽ tiếp tục xem xét hỗ trợ vốn vay ODA cho dự án nâng cấp hệ thống thủy lợi Cầu Sơn – Cấm Sơn.",
        ),
        (
            "list_item",
            "4. Tỉnh đã trao 2 tỷ đồng hỗ trợ tỉnh Luông Nậm Thà (Lào) xây dựng Trường tiểu học hữu nghị Việt – Lào. Dự án phát triển đô thị sử dụng vốn vay của Ngân hàng Phát triển châu Á (ADB) giải ngân đạt 91% kế hoạch năm.",
        ),
        (
            "list_item",
            "5. Việc ký kết văn bản hợp tác giữa Sở Công Thương với Sở Thương mại Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) chưa thực hiện được do hai bên chưa thống nhất nội dung.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 6 năm sau, đón đoàn tỉnh Gyeongsangbuk sang dự Lễ hội vải thiều Lục Ngạn và khảo sát vùng trồng vải xuất khẩu.",
        ),
        (
            "list_item",
            "2. Hoàn thiện hồ sơ, trình cấp có thẩm quyền cho phép thiết lập quan hệ hữu nghị, hợp tác với tỉnh Tochigi (Nhật Bản).",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn xúc tiến đầu tư sang Xin-ga-po và Thâm Quyến (Trung Quốc) trong quý II/2025.",
        ),
    ],
}

XSC_CMIM = {
    "id": "xsc",
    "shape": "news",
    "date": "2010-03-24",
    "stamp": "Thứ Tư, 24/03/2010 - 17:40",
    "blocks": [
        ("title", "Quỹ dự trữ ngoại hối chung 120 tỷ USD của ASEAN+3 chính thức vận hành"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Từ hôm nay (24/3), Hiệp định Đa phương hóa Sáng kiến Chiang Mai (CMIM) giữa mười nước ASEAN với Trung Quốc, Nhật Bản và Hàn Quốc chính thức có hiệu lực, đưa quỹ dự trữ ngoại hối chung trị giá 120 tỷ USD vào hoạt động.",
        ),
        ("heading", "Trung Quốc và Nhật Bản góp nhiều nhất", 1),
        (
            "paragraph",
            "Hiệp định được các bên ký vào tháng 12 năm ngoái, trên cơ sở thỏa thuận mà Bộ trưởng Tài chính ASEAN+3 đạt được tại hội nghị ở Ba-li (In-đô-nê-xi-a) hồi tháng 5/2009. Theo đó, Trung Quốc (kể cả Hồng Công) và Nhật Bản mỗi nước góp 38,4 tỷ USD, Hàn Quốc góp 19,2 tỷ USD, phần còn lại 24 tỷ USD do các nước ASEAN đóng góp. Việt Nam góp 1 tỷ USD và khi gặp khó khăn về cán cân thanh toán có thể vay tới 5 tỷ USD.",
        ),
        ("heading", "Bài học từ năm 1997", 1),
        (
            "paragraph",
            "Ý tưởng về cơ chế này hình thành sau khủng hoảng năm 1997, khi Thái Lan, In-đô-nê-xi-a và Hàn Quốc phải nhận các gói cứu trợ của Quỹ Tiền tệ Quốc tế (IMF). Đề xuất lập Quỹ Tiền tệ châu Á của Nhật Bản khi đó không thành hiện thực do vấp phải sự phản đối của Mỹ và IMF. Tháng 5/2000, Sáng kiến Chiang Mai được Bộ trưởng Tài chính ASEAN+3 thông qua với hình thức ban đầu là các thỏa thuận hoán đổi tiền tệ song phương.",
        ),
        (
            "paragraph",
            "Năm 2008, giữa khủng hoảng tài chính toàn cầu, Hàn Quốc đã ký thỏa thuận hoán đổi tiền tệ trị giá 30 tỷ USD với Cục Dự trữ Liên bang Mỹ (Fed) chứ không kích hoạt CMI.",
        ),
    ],
}

XSD_PLAN = {
    "id": "xsd",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 31/KH-BTC':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai hợp tác tài chính trong khuôn khổ ASEAN+3",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Triển khai hợp tác tài chính trong khuôn khổ ASEAN+3 năm 2026"),
        (
            "paragraph",
            "Để thực hiện các cam kết của Việt Nam tại Hội nghị Bộ trưởng Tài chính và Thống đốc Ngân hàng Trung ương ASEAN+3 (AFMGM+3) và nâng cao hiệu quả tham gia Hiệp định Đa phương hóa Sáng kiến Chiang Mai (CMIM), Bộ Tài chính ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã phối hợp với Ngân hàng Nhà nước Việt Nam làm việc với đoàn tham vấn thường niên của Văn phòng Nghiên cứu kinh tế vĩ mô ASEAN+3 (AMRO) tại Hà Nội và cử hai cán bộ sang làm việc tại AMRO theo chương trình biệt phái. Ngân hàng Phát triển châu Á (ADB) tiếp tục hỗ trợ kỹ thuật cho Ủy ban Chứng khoán Nhà nước trong khuôn khổ Sáng kiến Thị trường trái phiếu châu Á (ABMI). Tuy nhiên, các thành viên vẫn chưa thống nhất được phương án chuyển CMIM sang cơ chế góp vốn thực.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, Bộ trưởng Bộ Tài chính dẫn đầu đoàn Việt Nam dự Hội nghị AFMGM+3 tổ chức bên lề Hội nghị thường niên của ADB.",
        ),
        (
            "list_item",
            "2. Chủ trì đón đoàn tham vấn thường niên của AMRO sang làm việc, dự kiến vào tháng 8.",
        ),
        (
            "list_item",
            "3. Đề nghị ADB và Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tiếp tục hỗ trợ kỹ thuật phát triển thị trường trái phiếu bằng đồng nội tệ.",
        ),
        (
            "list_item",
            "4. Phối hợp với Ngân hàng Nhà nước nghiên cứu khả năng ký thỏa thuận hoán đổi tiền tệ song phương với Ngân hàng Trung ương Hàn Quốc; chưa đề xuất tăng mức đóng góp của Việt Nam vào CMIM trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

XSE_AMRO = {
    "id": "xse",
    "shape": "entry",
    "blocks": [
        ("title", "Văn phòng Nghiên cứu kinh tế vĩ mô ASEAN+3"),
        (
            "paragraph",
            "Văn phòng Nghiên cứu kinh tế vĩ mô ASEAN+3 (tiếng Anh: ASEAN+3 Macroeconomic Research Office, viết tắt AMRO) là tổ chức quốc tế có trụ sở tại Xin-ga-po, có nhiệm vụ giám sát kinh tế vĩ mô khu vực và hỗ trợ thực thi Hiệp định Đa phương hóa Sáng kiến Chiang Mai (CMIM).",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "AMRO được các nước ASEAN+3 thành lập năm 2011, ban đầu dưới hình thức một công ty theo pháp luật Xin-ga-po. Hiệp định thành lập AMRO được các thành viên ký năm 2014 và có hiệu lực từ ngày 9/2/2016; kể từ đó, AMRO chính thức trở thành một tổ chức quốc tế.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "AMRO có 14 thành viên, gồm mười nước ASEAN, Trung Quốc, Hồng Công (Trung Quốc), Nhật Bản và Hàn Quốc. Các thành viên đồng thời là bên tham gia CMIM.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Hằng năm, AMRO cử đoàn tham vấn đến từng nước thành viên và công bố Báo cáo triển vọng kinh tế khu vực ASEAN+3 (AREO). Văn phòng cũng phối hợp với Quỹ Tiền tệ Quốc tế (IMF) tổ chức các đợt diễn tập kích hoạt CMIM. Đến nay, chưa thành viên nào đề nghị sử dụng nguồn vốn của CMIM.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam là một trong các thành viên sáng lập của AMRO. Báo cáo tham vấn thường niên của AMRO về kinh tế Việt Nam được công bố trên trang thông tin của tổ chức này.",
        ),
    ],
}

DOCS = [XSA_APT, XSB_BACGIANG, XSC_CMIM, XSD_PLAN, XSE_AMRO]


def foot(n: int) -> str:
    """The page label centred under the text: "– 45 –"."""
    return f"{f'– {n} –':^74}".rstrip()


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (also the first),
    front matter by heldout_kit.front_matter_lines (title at 52 columns, labels at 74), body at 74
    columns with a blank line after headings; after ``break_after`` body lines (mid-sentence) the
    centred page label "– N –", a form feed and the running header; the last page ends with its label."""
    head = doc["header"]
    out, last = paged_body(doc, 52, 74, 74, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 70 columns as on the page, every line
    followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta name="pubdate">, a header menu, <div class="article">, <h1>, a
    time stamp <span>, the lead (dateline first) in <h2 class="sapo">, <h3> subheads, <p> paragraphs,
    a related-tags block and a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f'<meta name="pubdate" content="{doc["date"]}T17:40:00+07:00">\n'
        "</head>\n<body>\n"
        '<header><ul class="main-menu"><li><a href="/">Trang chủ</a></li>'
        '<li><a href="/tai-chinh">Tài chính</a></li><li><a href="/the-gioi">Thế giới</a></li></ul></header>\n'
        f'<div class="article">\n<h1 class="title">{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        f'<h2 class="sapo">{lead}</h2>\n' + "\n".join(body) + "\n"
        '<div class="tags"><a href="/tag/cmim">CMIM</a></div>\n'
        "</div>\n<footer>Bản quyền thuộc Thông tấn xã Việt Nam.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<50}BỘ TRƯỞNG",
        f"{'- Ngân hàng Nhà nước Việt Nam;':<52}(đã ký)",
        "- Bộ Ngoại giao;",
        "- Lưu: VT, HTQT.",
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
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="xs",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
