"""Build the hundred-and-fifty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout155/build_heldout155.py [--check]

Five short documents on topics the earlier sets do not use as main topics (Vietnam – Latvia from the
relations of 1992 to the visits of 2017 and 2019, Vietnam Maritime University's international
cooperation in 2024, Latvia's entry into the euro area on 1/1/2014, a (fictitious) Ministry of Education
and Training plan for cooperation with Latvia in 2026, an encyclopedia entry on the EU's Eastern
Partnership). Facts are well-established; authors, journal, page numbers, document numbers, the
university report's items and all quoted words are invented, the ministry plan (number, date, tasks) is
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
    headed_journal,
    news_page,
    plan_text,
    word_text,
)

MVA_LATVIA = {
    "id": "mva",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU BẮC ÂU VÀ BALTIC – Số 1 (2025)",
    "first_page": 23,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – LÁT-VI-A: HƠN BA THẬP KỶ NHÌN LẠI"),
        ("author", "Hoàng Văn Tùng"),
        ("affiliation", "Học viện Chính trị khu vực I, Học viện Chính trị quốc gia Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Lát-vi-a từ năm 1992 và nêu một số kiến nghị nhằm thúc đẩy hợp tác kinh tế, giáo dục.",
            "vi",
        ),
        ("keywords", "Lát-vi-a; Baltic; EVFTA; hợp tác giáo dục", "vi"),
        ("heading", "1. Bối cảnh", 1),
        (
            "paragraph",
            "Tuyên bố độc lập ngày 21/8/1991, Lát-vi-a được kết nạp vào Liên hợp quốc chưa đầy một tháng sau đó, ngày 17/9/1991. Việt Nam và Lát-vi-a thiết lập quan hệ ngoại giao năm 1992. Trong thập niên tiếp theo, nước này dồn sức cho hội nhập châu Âu – Đại Tây Dương và cùng lúc trở thành thành viên NATO và EU năm 2004 (Trịnh Thị Hoa, 2014, tr. 33). Lát-vi-a sử dụng đồng euro từ ngày 1/1/2014 và gia nhập OECD ngày 1/7/2016.",
        ),
        ("heading", "2. Các chuyến thăm cấp cao", 1),
        (
            "paragraph",
            "Nhân dịp kỷ niệm 25 năm quan hệ ngoại giao, Phó Chủ tịch nước Đặng Thị Ngọc Thịnh thăm chính thức Lát-vi-a ngày 19 – 20/10/2017 và hội kiến Tổng thống Raimonds Vējonis. Ngày 17/7/2019, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh hội đàm với Ngoại trưởng Edgars Rinkēvičs tại Hà Nội; đây là chuyến thăm Việt Nam đầu tiên của một Ngoại trưởng Lát-vi-a kể từ năm 1996. Phía Lát-vi-a khẳng định ủng hộ Hiệp định EVFTA và Hiệp định EVIPA, đồng thời ủng hộ Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021 (Ngô Thanh Bình, 2020).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Dù thương mại hai chiều đã tăng nhanh, Lát-vi-a vẫn chưa có cơ quan đại diện thường trú tại Hà Nội. Một chuyên gia cho rằng các cảng biển Baltic “có thể trở thành cửa ngõ cho hàng hóa Việt Nam vào Bắc Âu” (Vũ Hải Nam, 2022, tr. 71). Vì vậy, hai bên nên sớm ký hiệp định hợp tác kinh tế.",
        ),
    ],
}

MVB_MARITIME = {
    "id": "mvb",
    "shape": "word",
    "head": [
        "TRƯỜNG ĐẠI HỌC HÀNG HẢI VIỆT NAM",
        "PHÒNG HỢP TÁC QUỐC TẾ",
        "Số: 112/BC-ĐHHHVN",
        "Hải Phòng, ngày 25 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế năm 2024, kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế năm 2024, kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 4/2024, đoàn lãnh đạo Nhà trường thăm và làm việc tại Đại học Kỹ thuật Ri-ga (Lát-vi-a); hai bên đã ký Thỏa thuận trao đổi sinh viên ngành kỹ thuật tàu thủy.",
        ),
        (
            "list_item",
            "2. Dự án nâng cao năng lực đào tạo thuyền viên do Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tài trợ tiếp tục được triển khai đúng tiến độ.",
        ),
        (
            "list_item",
            "3. Tháng trước, Nhà trường đón đoàn doanh nghiệp vận tải biển Lát-vi-a đến tìm hiểu nguồn thuyền viên Việt Nam.",
        ),
        (
            "list_item",
            "4. Nhà trường tiếp tục cử 20 sinh viên ngành điều khiển tàu biển thực tập trên tàu của các hãng vận tải Na Uy theo chương trình hợp tác đã ký từ năm 2019.",
        ),
        (
            "list_item",
            "5. Đề xuất đặt văn phòng đại diện của Đại học Kỹ thuật Ri-ga tại Trường vẫn chưa được phía bạn thống nhất.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5 năm sau, đón đoàn Đại học Kỹ thuật Ri-ga sang Hải Phòng; hai bên sẽ ký kế hoạch trao đổi giảng viên giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "2. Xây dựng hồ sơ tham gia Chương trình Erasmus+ của Liên minh châu Âu.",
        ),
        (
            "list_item",
            "3. Cử 5 giảng viên trẻ sang Lát-vi-a và Na Uy bồi dưỡng chuyên môn trong sáu tháng cuối năm 2025.",
        ),
        (
            "paragraph",
            "Nhìn chung, hoạt động hợp tác quốc tế năm 2024 đạt và vượt kế hoạch đề ra. Phòng Hợp tác quốc tế kính báo cáo Ban Giám hiệu xem xét, chỉ đạo.",
        ),
    ],
}

MVC_EURO = {
    "id": "mvc",
    "shape": "news",
    "date": "2014-01-01",
    "stamp": "Thứ Tư, 01/01/2014 - 10:05",
    "blocks": [
        ("title", "Lát-vi-a trở thành thành viên thứ 18 của khu vực đồng euro"),
        (
            "paragraph",
            "Ri-ga (TTXVN) – Từ ngày 1/1/2014, Lát-vi-a chính thức sử dụng đồng euro thay cho đồng lats, trở thành thành viên thứ 18 của khu vực đồng tiền chung châu Âu.",
        ),
        ("heading", "Từ khủng hoảng đến đồng euro", 1),
        (
            "paragraph",
            "Cuối năm 2008, nền kinh tế Lát-vi-a lâm vào khủng hoảng nghiêm trọng và nước này phải nhận gói cứu trợ quốc tế trị giá 7,5 tỷ euro do EU và Quỹ Tiền tệ Quốc tế (IMF) dẫn đầu. Tháng 6 năm ngoái, Ngân hàng Trung ương châu Âu (ECB) đánh giá Lát-vi-a đã đáp ứng các tiêu chí hội tụ; đến tháng 7, các Bộ trưởng Tài chính EU phê chuẩn việc gia nhập với tỷ giá 0,702804 lats đổi 1 euro.",
        ),
        (
            "paragraph",
            "Lễ chuyển đổi diễn ra trong bối cảnh Thủ tướng Valdis Dombrovskis đã từ chức sau vụ sập siêu thị tại Ri-ga hồi tháng 11, khiến 54 người thiệt mạng. Ngay trong ngày đầu năm, nhiều người dân đã xếp hàng tại các ngân hàng để đổi tiền.",
        ),
        ("heading", "Các nước láng giềng", 1),
        (
            "paragraph",
            "Sau E-xtô-ni-a năm 2011, Lát-vi-a là nước Baltic thứ hai dùng đồng euro. Gia nhập EU năm 2004, nước này sẽ lần đầu tiên giữ chức Chủ tịch luân phiên Hội đồng EU từ ngày 1/1/2015. Cũng trong năm nay, Ri-ga cùng thành phố U-mê-a của Thụy Điển là Thủ đô Văn hóa châu Âu. Lít-va đặt mục tiêu gia nhập vào năm 2015, trong khi Ba Lan và Séc đến nay vẫn chưa đưa ra lộ trình cụ thể.",
        ),
    ],
}

MVD_PLAN = {
    "id": "mvd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BGDĐT':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục với Cộng hòa Lát-vi-a năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác giáo dục với Cộng hòa Lát-vi-a năm 2026"),
        (
            "paragraph",
            "Nhằm triển khai các nội dung đã được lãnh đạo hai nước thống nhất và phát huy lợi thế của Hiệp định EVFTA, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác với Lát-vi-a năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Lát-vi-a có thế mạnh về đào tạo kỹ thuật, hàng hải và công nghệ thông tin; nhiều trường đại học của nước này giảng dạy bằng tiếng Anh với học phí hợp lý. Số sinh viên Việt Nam theo học tại các trường đại học của Lát-vi-a tăng nhanh trong những năm gần đây. Năm ngoái, Bộ đã làm việc trực tuyến với Bộ Giáo dục và Khoa học Lát-vi-a, song hai bên chưa khởi động đàm phán Hiệp định công nhận văn bằng.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, đón đoàn Bộ Giáo dục và Khoa học Lát-vi-a sang làm việc tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Trao đổi với phía bạn về việc khởi động đàm phán Hiệp định công nhận văn bằng trong quý IV.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Lát-vi-a dành 10 suất học bổng thạc sĩ cho sinh viên Việt Nam.",
        ),
        (
            "list_item",
            "4. Tổ chức Ngày hội giáo dục Việt Nam tại Ri-ga vào tháng 10.",
        ),
        (
            "list_item",
            "5. Chưa triển khai chương trình liên kết đào tạo tiến sĩ với các trường của Lát-vi-a trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

MVE_EAP = {
    "id": "mve",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Đối tác phương Đông"),
        (
            "paragraph",
            "Quan hệ Đối tác phương Đông (EaP) là sáng kiến của Liên minh châu Âu nhằm tăng cường quan hệ với sáu nước láng giềng phía đông: Ác-mê-ni-a, A-déc-bai-gian, Bê-la-rút, Gru-di-a, Môn-đô-va và U-crai-na. Do Ba Lan và Thụy Điển đề xuất năm 2008, sáng kiến được chính thức khởi động tại hội nghị thượng đỉnh ở Pra-ha ngày 7/5/2009.",
        ),
        ("heading", "Các hội nghị thượng đỉnh", 1),
        (
            "paragraph",
            "Hội nghị ở Vin-ni-út ngày 28 – 29/11/2013 diễn ra trong bầu không khí căng thẳng khi Tổng thống U-crai-na Viktor Yanukovych từ chối ký Hiệp định Liên kết với EU; cũng tại đây, Gru-di-a và Môn-đô-va ký tắt các hiệp định tương tự. Các hiệp định liên kết với ba nước được ký chính thức năm 2014.",
        ),
        (
            "paragraph",
            "Hội nghị thượng đỉnh lần thứ tư do Lát-vi-a, khi đó giữ chức Chủ tịch luân phiên Hội đồng EU, đăng cai tại Ri-ga ngày 21 – 22/5/2015.",
        ),
        ("heading", "Những năm gần đây", 1),
        (
            "paragraph",
            "Ngày 28/6/2021, Bê-la-rút tuyên bố đình chỉ tham gia sáng kiến, sau khi EU áp đặt các biện pháp trừng phạt kinh tế đối với nước này. Tháng 6/2022, U-crai-na và Môn-đô-va được trao quy chế ứng cử viên gia nhập EU.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ ngoại giao với cả sáu nước đối tác. Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu, mà Ác-mê-ni-a và Bê-la-rút là thành viên, có hiệu lực từ ngày 5/10/2016.",
        ),
    ],
}

DOCS = [MVA_LATVIA, MVB_MARITIME, MVC_EURO, MVD_PLAN, MVE_EAP]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "- N -" page numbers centred
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TRƯỞNG PHÒNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Kinh tế thế giới",
        "10:05",
        [("/kinh-te", "Kinh tế"), ("/chau-au", "Châu Âu")],
        [("/tag/latvia", "Lát-vi-a"), ("/tag/euro", "Euro")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
    )


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
        prefix="mv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
