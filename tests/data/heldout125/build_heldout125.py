"""Build the hundred-and-twenty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout125/build_heldout125.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use as their main topic (Vietnam and the building of the ASEAN Community after
2015 with the chair year 2020, the Permanent Mission of Vietnam to ASEAN in the first half of 2023, the
ASEAN – United States comprehensive strategic partnership announced in Phnom Penh on 12/11/2022, a
(fictitious) Ministry of Industry and Trade plan for ASEAN economic cooperation in 2026, an encyclopedia
entry on the ASEAN Secretariat). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the mission's local items and all quoted words are
invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

RQA_COMMUNITY = {
    "id": "rqa",
    "shape": "journal",
    "header": "TẠP CHÍ HỘI NHẬP VÀ PHÁT TRIỂN KHU VỰC – Số 3 (2021)",
    "first_page": 23,
    "break_after": 11,
    "blocks": [
        ("title", "VIỆT NAM VỚI TIẾN TRÌNH XÂY DỰNG CỘNG ĐỒNG ASEAN SAU NĂM 2015"),
        ("author", "Trịnh Quốc Bảo"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết đánh giá đóng góp của Việt Nam vào tiến trình xây dựng Cộng đồng ASEAN sau năm 2015, đặc"
            " biệt trong năm Chủ tịch ASEAN 2020.",
            "vi",
        ),
        ("keywords", "Cộng đồng ASEAN; Tầm nhìn 2025; Chủ tịch ASEAN 2020; RCEP", "vi"),
        ("heading", "1. Cộng đồng ASEAN ra đời", 1),
        (
            "paragraph",
            "Ngày 22/11/2015, tại Hội nghị Cấp cao lần thứ 27 ở Cu-a-la Lăm-pơ, lãnh đạo các nước ASEAN ký Tuyên bố"
            " Kuala Lumpur về việc thành lập Cộng đồng ASEAN, đồng thời thông qua Tầm nhìn Cộng đồng ASEAN 2025."
            " Cộng đồng chính thức hình thành ngày 31/12/2015 trên ba trụ cột chính trị – an ninh, kinh tế và văn"
            " hóa – xã hội (Nguyễn Thanh Tùng, 2016, tr. 12). Trong tiến trình đó, nước ta ngày càng chủ động đề"
            " xuất sáng kiến; tháng 9/2018, Hà Nội đăng cai Diễn đàn Kinh tế thế giới về ASEAN (WEF ASEAN) với"
            " chủ đề khởi nghiệp và cách mạng công nghiệp lần thứ tư.",
        ),
        ("heading", "2. Năm Chủ tịch 2020", 1),
        (
            "paragraph",
            "Đảm nhiệm vai trò Chủ tịch ASEAN năm 2020 với chủ đề “Gắn kết và Chủ động thích ứng”, Việt Nam phải"
            " điều hành Hiệp hội giữa lúc đại dịch Covid-19 bùng phát. Ngày 14/4/2020, nước ta chủ trì Hội nghị"
            " Cấp cao đặc biệt ASEAN và Hội nghị Cấp cao đặc biệt ASEAN+3 về ứng phó với dịch bệnh theo hình thức"
            " trực tuyến; các nhà lãnh đạo nhất trí thành lập Quỹ ASEAN ứng phó Covid-19 (Hoàng Thị Lan, 2020)."
            " Ngày 15/11/2020, mười nước ASEAN cùng Trung Quốc, Nhật Bản, Hàn Quốc, Ô-xtrây-li-a và Niu Di-lân ký"
            " Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP); Ấn Độ, nước đã rút khỏi đàm phán từ cuối năm"
            " 2019, không ký. Ngày 1/12/2020, ASEAN và EU nâng quan hệ lên Đối tác chiến lược.",
        ),
        ("heading", "3. Những việc còn dang dở", 1),
        (
            "paragraph",
            "Tại lễ bế mạc Hội nghị Cấp cao lần thứ 37 ngày 15/11/2020, Việt Nam chuyển giao vai trò Chủ tịch cho"
            " Bru-nây. Theo một nghiên cứu gần đây, nước ta cần “chuyển từ tham gia tích cực sang chủ động định"
            " hình các luật chơi của khu vực” (Vũ Hải Yến, 2021, tr. 57). Trong khi đó, Bộ quy tắc ứng xử ở Biển"
            " Đông (COC) giữa ASEAN và Trung Quốc vẫn chưa được hoàn tất, do các vòng đàm phán trực tiếp bị gián"
            " đoạn vì dịch bệnh.",
        ),
    ],
}

RQB_MISSION = {
    "id": "rqb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "PHÁI ĐOÀN ĐẠI DIỆN THƯỜNG TRỰC VIỆT NAM TẠI ASEAN",
        "Số: 46/BC-PĐASEAN",
        "Gia-các-ta, ngày 26 tháng 6 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác sáu tháng đầu năm và nhiệm vụ sáu tháng cuối năm 2023"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác sáu tháng đầu năm và nhiệm vụ sáu tháng cuối năm 2023"),
        ("heading", "I. KẾT QUẢ SÁU THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Phối hợp chặt chẽ với nước Chủ tịch In-đô-nê-xi-a và Ban Thư ký ASEAN phục vụ đoàn Thủ tướng Phạm"
            " Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 42 tại Labuan Bajo ngày 10 – 11/5/2023.",
        ),
        (
            "list_item",
            "2. Ngày 16/1, Đại sứ, Trưởng Phái đoàn chào xã giao Tổng Thư ký ASEAN Kao Kim Hourn, người nhận nhiệm"
            " vụ từ ngày 1/1/2023; hai bên trao đổi về việc tăng số cán bộ Việt Nam làm việc tại Ban Thư ký.",
        ),
        (
            "list_item",
            "3. Tham dự đầy đủ các phiên họp của Ủy ban các Đại diện thường trực (CPR), trong đó có các cuộc họp"
            " CPR với đối tác Nhật Bản, Hàn Quốc và Ô-xtrây-li-a.",
        ),
        (
            "list_item",
            "4. Tháng 3, phối hợp với Ban Thư ký ASEAN tổ chức tọa đàm chia sẻ kinh nghiệm hội nhập của Việt Nam"
            " cho cán bộ Đông Ti-mo, nước được ASEAN chấp thuận về nguyên tắc làm thành viên thứ 11 từ tháng 11"
            " năm ngoái.",
        ),
        (
            "list_item",
            "5. Đề xuất của Phái đoàn về việc sử dụng Quỹ hợp tác ASEAN – Hàn Quốc cho một khóa đào tạo tiếng Anh"
            " dành cho cán bộ các bộ, ngành của ta chưa được phía Hàn Quốc chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ SÁU THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Phục vụ đoàn cấp cao Việt Nam dự Hội nghị Cấp cao ASEAN lần thứ 43 tại Gia-các-ta vào tháng 9.",
        ),
        (
            "list_item",
            "2. Đón đoàn cán bộ Học viện Ngoại giao sang làm việc với Ban Thư ký ASEAN và Ủy ban các Đại diện"
            " thường trực.",
        ),
        (
            "list_item",
            "3. Phối hợp chuẩn bị các hoạt động kỷ niệm 50 năm quan hệ hữu nghị và hợp tác ASEAN – Nhật Bản.",
        ),
    ],
}

RQC_USA = {
    "id": "rqc",
    "shape": "news",
    "date": "2022-11-12",
    "stamp": "Thứ Bảy, 12/11/2022 - 21:05",
    "blocks": [
        ("title", "ASEAN và Hoa Kỳ nâng quan hệ lên Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Phnôm Pênh (TTXVN) – Ngày 12/11, tại Hội nghị Cấp cao ASEAN – Hoa Kỳ lần thứ 10 do Thủ tướng"
            " Cam-pu-chia Hun Sen chủ trì, lãnh đạo các nước ASEAN và Tổng thống Joe Biden đã ra Tuyên bố chung về"
            " việc thiết lập quan hệ Đối tác chiến lược toàn diện ASEAN – Hoa Kỳ.",
        ),
        ("heading", "Dấu mốc 45 năm", 1),
        (
            "paragraph",
            "Quyết định nâng cấp quan hệ được đưa ra đúng dịp kỷ niệm 45 năm quan hệ đối thoại ASEAN – Hoa Kỳ"
            " (1977 – 2022). Hồi tháng 5, Tổng thống Biden đã đón lãnh đạo các nước ASEAN tại Oa-sinh-tơn dự Hội"
            " nghị Cấp cao đặc biệt và công bố khoản cam kết 150 triệu USD cho các sáng kiến hợp tác với khu vực."
            " Cũng trong ngày 12/11, ASEAN và Ấn Độ nâng quan hệ lên Đối tác chiến lược toàn diện, nhân kỷ niệm 30"
            " năm quan hệ đối thoại.",
        ),
        ("heading", "Đề xuất của Việt Nam", 1),
        (
            "paragraph",
            "Phát biểu tại Hội nghị, Thủ tướng Phạm Minh Chính đề nghị Hoa Kỳ tiếp tục ủng hộ vai trò trung tâm"
            " của ASEAN, mở rộng đầu tư vào các lĩnh vực kinh tế số và chuyển đổi năng lượng.",
        ),
        (
            "paragraph",
            "Trước đó một ngày, lãnh đạo ASEAN đã ra tuyên bố chấp thuận về nguyên tắc để Đông Ti-mo trở thành"
            " thành viên thứ 11 của Hiệp hội và trao cho nước này quy chế quan sát viên tại các hội nghị cấp cao."
            " Trong khi đó, Mi-an-ma tiếp tục chỉ được mời cử đại diện phi chính trị, theo quyết định mà ASEAN"
            " đưa ra từ tháng 10 năm ngoái.",
        ),
    ],
}

RQD_PLAN = {
    "id": "rqd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 15/KH-BCT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai hợp tác kinh tế ASEAN năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Triển khai hợp tác kinh tế ASEAN năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa Tầm nhìn Cộng đồng ASEAN 2045, được lãnh đạo các nước thành viên thông qua tại Hội"
            " nghị Cấp cao ASEAN lần thứ 46 ở Cu-a-la Lăm-pơ tháng 5/2025, Bộ Công Thương xây dựng Kế hoạch triển"
            " khai hợp tác kinh tế ASEAN năm 2026 như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Năm 2026, Phi-líp-pin đảm nhiệm vai trò Chủ tịch ASEAN; Đông Ti-mo, được kết nạp tháng 10/2025, bắt"
            " đầu thực hiện các cam kết kinh tế của Hiệp hội. Năm ngoái, ASEAN và Trung Quốc đã ký Nghị định thư"
            " nâng cấp Khu vực thương mại tự do ASEAN – Trung Quốc (ACFTA 3.0). Cũng trong năm 2025, Bộ đã tiếp"
            " nhận hỗ trợ kỹ thuật của Ô-xtrây-li-a để rà soát các cam kết về thương mại dịch vụ trong ASEAN.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 9, Bộ trưởng dẫn đầu đoàn Việt Nam dự Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 58 tại"
            " Phi-líp-pin.",
        ),
        (
            "list_item",
            "2. Phối hợp với các nước thành viên thúc đẩy hoàn tất Hiệp định khung về Kinh tế số ASEAN (DEFA) để"
            " sớm ký kết.",
        ),
        (
            "list_item",
            "3. Cử chuyên gia hỗ trợ Đông Ti-mo về quy tắc xuất xứ và thuận lợi hóa thương mại.",
        ),
        (
            "list_item",
            "4. Phối hợp với Ban Thư ký ASEAN tổ chức tại Hà Nội hội thảo khu vực về chống gian lận xuất xứ trong"
            " quý II.",
        ),
        (
            "list_item",
            "5. Không cử đoàn cấp Bộ trưởng tham dự Hội chợ Thương mại ASEAN – Trung Quốc (CAEXPO) tại Nam Ninh"
            " năm nay; Cục Xúc tiến thương mại chủ trì tổ chức gian hàng quốc gia.",
        ),
        (
            "paragraph",
            "Vụ Chính sách thương mại đa biên là đầu mối theo dõi, tổng hợp tình hình thực hiện Kế hoạch này, báo"
            " cáo Bộ trưởng trước ngày 15/12/2026.",
        ),
    ],
}

RQE_SECRETARIAT = {
    "id": "rqe",
    "shape": "entry",
    "blocks": [
        ("title", "Ban Thư ký ASEAN"),
        (
            "paragraph",
            "Ban Thư ký ASEAN là cơ quan hành chính thường trực của Hiệp hội các quốc gia Đông Nam Á, có trụ sở tại"
            " Gia-các-ta (In-đô-nê-xi-a), do Tổng Thư ký ASEAN đứng đầu.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Khi In-đô-nê-xi-a, Ma-lai-xi-a, Phi-líp-pin, Xin-ga-po và Thái Lan lập ra ASEAN tại Băng Cốc ngày"
            " 8/8/1967, Hiệp hội chưa có cơ quan điều phối chung; công việc do ban thư ký quốc gia của từng nước"
            " đảm nhiệm. Hiệp định về thành lập Ban Thư ký ASEAN được ký tại Hội nghị Cấp cao ASEAN lần thứ nhất ở"
            " Ba-li ngày 24/2/1976. Năm 1981, Ban Thư ký chuyển vào trụ sở riêng trên phố Sisingamangaraja, Nam"
            " Gia-các-ta. Hội nghị Cấp cao lần thứ 4 tại Xin-ga-po năm 1992 quyết định nâng chức danh người đứng"
            " đầu thành Tổng Thư ký ASEAN, hàm Bộ trưởng. Ngày 8/8/2019, nhân kỷ niệm 52 năm thành lập ASEAN, Tổng"
            " thống Joko Widodo khánh thành tòa nhà trụ sở mới do In-đô-nê-xi-a xây dựng.",
        ),
        ("heading", "Tổng Thư ký", 1),
        (
            "paragraph",
            "Theo Hiến chương ASEAN, Tổng Thư ký do Hội nghị Cấp cao bổ nhiệm với nhiệm kỳ 5 năm, không tái nhiệm,"
            " lần lượt từ công dân các nước thành viên theo thứ tự chữ cái. Nguyên Thứ trưởng Ngoại giao Lê Lương"
            " Minh là người Việt Nam đầu tiên giữ cương vị này (2013 – 2017). Từ ngày 1/1/2023, Ban Thư ký do ông"
            " Kao Kim Hourn, người Cam-pu-chia, đứng đầu.",
        ),
        ("heading", "Ngân sách và các quỹ", 1),
        (
            "paragraph",
            "Ngân sách hoạt động thường xuyên của Ban Thư ký do các nước thành viên đóng góp ngang nhau. Ban Thư ký"
            " còn quản lý một số quỹ do các đối tác tài trợ, như Quỹ Hội nhập Nhật Bản – ASEAN (JAIF) được thành"
            " lập năm 2006 với khoản đóng góp 7,5 tỷ yên của Nhật Bản.",
        ),
        ("heading", "Việt Nam và Ban Thư ký", 1),
        (
            "paragraph",
            "Kể từ khi gia nhập ASEAN ngày 28/7/1995, Việt Nam thường xuyên cử cán bộ sang làm việc tại Ban Thư"
            " ký. Sau khi Hiến chương có hiệu lực, nước ta lập Phái đoàn đại diện thường trực tại ASEAN ở"
            " Gia-các-ta.",
        ),
    ],
}

DOCS = [RQA_COMMUNITY, RQB_MISSION, RQC_USA, RQD_PLAN, RQE_SECRETARIAT]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: one paragraph a line (not wrapped), every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, None, ["TRƯỞNG PHÁI ĐOÀN", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta name="pubdate">, a breadcrumb <nav>, <article>, <h1>, a time span, the lead (with its
    dateline) in <div class="sapo">, <h3> subheads, <p> paragraphs, a "Tin liên quan" box, a tag line, footer."""
    return news_page(
        doc,
        head='<meta name="pubdate" content="{date}T21:05:00+07:00">\n<title>{title}</title>\n',
        top=(
            '<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/the-gioi">Thế giới</a> › '
            '<a href="/the-gioi/asean">ASEAN</a></nav>\n'
            "<article>\n"
            "<h1>{title}</h1>\n"
            '<span class="time">{stamp}</span>\n'
        ),
        bottom=(
            '<div class="related"><h4>Tin liên quan</h4><ul><li><a href="/asean-an-do-doi-tac-chien-luoc-toan-dien">ASEAN – Ấn Độ nâng cấp quan hệ</a></li>'
            '<li><a href="/khai-mac-hoi-nghi-cap-cao-asean-40">Khai mạc Hội nghị Cấp cao ASEAN 40</a></li></ul></div>\n'
            '<div class="tags">Từ khóa: <a href="/tag/asean">ASEAN</a>, '
            '<a href="/tag/hoa-ky">Hoa Kỳ</a>, '
            '<a href="/tag/doi-tac-chien-luoc-toan-dien">Đối tác chiến lược toàn diện</a></div>\n'
            "</article>\n"
            "<footer>Bản quyền thuộc Thông tấn xã Việt Nam.</footer>\n"
        ),
        lead='<div class="sapo">{}</div>',
        heading="<h3>{}</h3>",
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 78 columns
    with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Ban Thư ký ASEAN (để biết);",
            "- Lưu: VT, CSTMĐB.",
        ],
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
        prefix="rq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
