"""Build the ninety-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout99/build_heldout99.py [--check]

Five short documents on Vietnam's turn from the socialist economic bloc to the region, written after the rules
were tuned on the seeds and the earlier held-out sets, on topics those sets do not use as main topics (Vietnam
in the Council for Mutual Economic Assistance 1978 – 1991, a Ministry of Trade report on 1995 in the style of
the time, the dissolution of the CMEA in Budapest on 28/6/1991, a (fictitious) Ministry of Finance plan for
the first year of the CEPT tariff cuts (1996), an encyclopedia entry on the Southeast Asia Nuclear-Weapon-Free
Zone Treaty). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the report's and the plan's own items and all quoted words are invented. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
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
    headed_journal,
    news_page,
    plan_text,
    word_text,
)

UUA_CMEA = {
    "id": "uua",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ VÀ QUAN HỆ QUỐC TẾ – Số 3 (2025)",
    "first_page": 71,
    "break_after": 14,
    "blocks": [
        ("title", "VIỆT NAM TRONG HỘI ĐỒNG TƯƠNG TRỢ KINH TẾ (1978 – 1991): HỢP TÁC VÀ BÀI HỌC"),
        ("author", "Phạm Quốc Trung"),
        ("affiliation", "Viện Kinh tế và Chính trị thế giới"),
        (
            "abstract",
            "Bài viết khái quát quá trình Việt Nam tham gia Hội đồng Tương trợ Kinh tế và rút ra một số bài học cho hội nhập kinh tế quốc tế hiện nay.",
            "vi",
        ),
        ("keywords", "SEV; Liên Xô; hợp tác kinh tế; hội nhập quốc tế", "vi"),
        ("heading", "1. Gia nhập SEV trong vòng vây cấm vận", 1),
        (
            "paragraph",
            "Hội đồng Tương trợ Kinh tế (SEV) được Liên Xô, Bun-ga-ri, Hung-ga-ri, Ba Lan, Ru-ma-ni và Tiệp Khắc thành lập tháng 1/1949 tại Mát-xcơ-va; Mông Cổ và Cu-ba lần lượt gia nhập năm 1962 và năm 1972. Sau năm 1975, nền kinh tế nước ta vừa ra khỏi chiến tranh lại bị Mỹ bao vây, cấm vận. Ngày 29/6/1978, tại khóa họp ở Bu-ca-rét, Việt Nam được kết nạp làm thành viên chính thức của SEV. Chỉ vài ngày sau, ngày 3/7/1978, Trung Quốc tuyên bố cắt toàn bộ viện trợ và rút hết chuyên gia về nước (Nguyễn Văn Thành, 2012, tr. 56). Bốn tháng sau, ngày 3/11/1978, Việt Nam và Liên Xô ký Hiệp ước Hữu nghị và Hợp tác tại Mát-xcơ-va.",
        ),
        ("heading", "2. Hợp tác kinh tế và lao động", 1),
        (
            "paragraph",
            "Trong thập niên 1980, Liên Xô và các nước SEV đã giúp Việt Nam xây dựng nhiều công trình lớn, tiêu biểu là thủy điện Hòa Bình, khởi công ngày 6/11/1979. Ngày 19/6/1981, hai nước Việt Nam và Liên Xô ký Hiệp định thành lập Xí nghiệp liên doanh dầu khí Vietsovpetro; ngày 26/6/1986, tấn dầu đầu tiên được khai thác từ mỏ Bạch Hổ. Từ đầu những năm 1980, hàng vạn lao động và thực tập sinh Việt Nam sang làm việc, học nghề tại Liên Xô, Tiệp Khắc, Cộng hòa Dân chủ Đức và Bun-ga-ri. Có tác giả gọi đó là “trường học lớn về công nghiệp hóa” của cả một thế hệ (Lê Thị Hoài, 2016, tr. 203).",
        ),
        ("heading", "3. Giải thể và bài học", 1),
        (
            "paragraph",
            "Từ ngày 1/1/1991, các nước thành viên chuyển sang buôn bán theo giá thế giới và thanh toán bằng ngoại tệ tự do, khiến kim ngạch xuất nhập khẩu của nước ta với khu vực này giảm mạnh. Ngày 28/6/1991, tại Bu-đa-pét, đại diện các nước thành viên ký nghị định thư giải thể SEV; cuối năm đó, Liên Xô tan rã. Trước đó, việc Việt Nam rút hết quân tình nguyện khỏi Campuchia (tháng 9/1989) đã mở đường cho việc bình thường hóa quan hệ với Trung Quốc và cải thiện quan hệ với các nước ASEAN. Việt Nam buộc phải nhanh chóng chuyển hướng sang thị trường châu Á – Thái Bình Dương, trong khi vấn đề nợ với Liên Xô cũ chưa thể giải quyết ngay (Trần Đức Minh, 2021). Bài học lớn nhất là không để nền kinh tế phụ thuộc vào một thị trường hay một nhóm đối tác.",
        ),
    ],
}

UUB_TRADE1995 = {
    "id": "uub",
    "shape": "word",
    "head": [
        "BỘ THƯƠNG MẠI",
        "Số: 5127 TM/HTQT",
        "Hà Nội, ngày 27 tháng 12 năm 1995",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình hợp tác kinh tế – thương mại quốc tế năm 1995",
        "và phương hướng nhiệm vụ năm 1996",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Tình hình hợp tác kinh tế – thương mại quốc tế năm 1995 và phương hướng nhiệm vụ năm 1996",
        ),
        ("heading", "I. TÌNH HÌNH NĂM 1995", 1),
        (
            "list_item",
            "1. Ngày 28/7, tại Bru-nây, Việt Nam chính thức trở thành thành viên thứ bảy của Hiệp hội các quốc gia Đông Nam Á (ASEAN). Tại Hội nghị cấp cao ASEAN lần thứ năm ở Băng Cốc tháng này, ta đã ký Nghị định thư về việc tham gia Hiệp định về Chương trình Ưu đãi thuế quan có hiệu lực chung (CEPT).",
        ),
        (
            "list_item",
            "2. Ngày 17/7, tại Bru-xen, Việt Nam và Liên minh châu Âu ký Hiệp định khung về hợp tác, trong đó hai bên dành cho nhau đối xử tối huệ quốc.",
        ),
        (
            "list_item",
            "3. Sau khi Mỹ bãi bỏ lệnh cấm vận thương mại hồi tháng 2 năm ngoái, ngày 11/7, Tổng thống B. Clinton tuyên bố bình thường hóa quan hệ với Việt Nam. Bộ đã tiếp nhiều đoàn doanh nghiệp Mỹ sang tìm hiểu thị trường, song hai bên chưa bắt đầu đàm phán hiệp định thương mại song phương.",
        ),
        (
            "list_item",
            "4. Tháng 1, Chính phủ đã gửi đơn xin gia nhập Tổ chức Thương mại thế giới (WTO).",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 1996", 1),
        (
            "list_item",
            "1. Bắt đầu thực hiện lộ trình cắt giảm thuế quan theo Hiệp định CEPT từ ngày 1/1/1996.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao chuẩn bị cho Thủ tướng dự Hội nghị Á – Âu (ASEM) lần thứ nhất tại Băng Cốc vào tháng 3 năm tới; xúc tiến hồ sơ xin gia nhập Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC).",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn xúc tiến thương mại sang Hoa Kỳ và đề nghị phía Mỹ sớm khởi động đàm phán hiệp định thương mại song phương.",
        ),
        (
            "list_item",
            "4. Tiếp tục đàm phán với phía Nga về xử lý nợ của Liên Xô cũ, trong đó có phương án trả nợ bằng hàng hóa.",
        ),
    ],
}

UUC_CMEA_END = {
    "id": "uuc",
    "shape": "news",
    "date": "1991-06-28",
    "stamp": "28/06/1991 21:40",
    "blocks": [
        ("title", "Hội đồng Tương trợ Kinh tế chính thức giải thể"),
        (
            "paragraph",
            "Bu-đa-pét (TTXVN) – Ngày 28/6, tại khóa họp cuối cùng tổ chức ở thủ đô Hung-ga-ri, đại diện chín nước thành viên Hội đồng Tương trợ Kinh tế (SEV) đã ký nghị định thư về việc giải thể tổ chức này, chấm dứt 42 năm hoạt động của khối kinh tế các nước xã hội chủ nghĩa.",
        ),
        ("heading", "Chín nước ký nghị định thư", 1),
        (
            "paragraph",
            "Tham gia ký nghị định thư có Liên Xô, Bun-ga-ri, Hung-ga-ri, Ba Lan, Ru-ma-ni, Tiệp Khắc, Mông Cổ, Cu-ba và Việt Nam. Ba thành viên ngoài châu Âu là Mông Cổ, Cu-ba và Việt Nam lần lượt gia nhập SEV vào các năm 1962, 1972 và 1978. Cộng hòa Dân chủ Đức không còn là thành viên kể từ khi nước Đức thống nhất ngày 3/10/1990. Theo nghị định thư, một ủy ban thanh lý sẽ giải quyết các vấn đề về tài sản và nghĩa vụ tài chính còn lại của tổ chức.",
        ),
        ("heading", "Chuyển sang quan hệ song phương", 1),
        (
            "paragraph",
            "Từ đầu năm nay, các nước thành viên đã chuyển sang buôn bán theo giá thị trường thế giới và thanh toán bằng ngoại tệ tự do. Phát biểu tại khóa họp, trưởng đoàn Việt Nam khẳng định nước ta mong muốn tiếp tục duy trì và phát triển quan hệ hợp tác song phương với các nước thành viên trên cơ sở bình đẳng, cùng có lợi.",
        ),
        (
            "paragraph",
            "Trong khi đó, Hung-ga-ri, Ba Lan và Tiệp Khắc đang đàm phán hiệp định liên kết với Cộng đồng châu Âu (EC). Thứ Hai tới (1/7), các nước thành viên Hiệp ước Vác-sa-va sẽ họp tại Pra-ha để ký văn kiện chấm dứt hoạt động của khối quân sự này.",
        ),
    ],
}

UUD_PLAN = {
    "id": "uud",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 36 TC/HTQT':<40}Hà Nội, ngày 08 tháng 01 năm 1996",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thực hiện các cam kết về thuế quan trong Khu vực",
        "Mậu dịch tự do ASEAN năm 1996",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Thực hiện các cam kết về thuế quan trong Khu vực Mậu dịch tự do ASEAN năm 1996",
        ),
        (
            "paragraph",
            "Thực hiện các cam kết khi Việt Nam gia nhập Hiệp hội các quốc gia Đông Nam Á (ASEAN) ngày 28/7/1995 và Nghị định thư về việc tham gia Hiệp định CEPT ký tại Băng Cốc tháng 12 năm ngoái, Bộ Tài chính xây dựng Kế hoạch năm 1996 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Theo lộ trình đã thỏa thuận, nước ta bắt đầu thực hiện Chương trình CEPT từ ngày 1/1/1996 và sẽ hoàn thành việc giảm thuế suất xuống còn 0 – 5% vào năm 2006, chậm hơn ba năm so với sáu nước thành viên cũ. Năm ngoái, Ban Thư ký ASEAN đã giúp đào tạo một số cán bộ của Bộ về quy tắc xuất xứ và danh mục thuế. Hiện nay, Việt Nam chưa là thành viên của Tổ chức Thương mại thế giới và Diễn đàn APEC.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong quý I, trình Chính phủ ban hành Danh mục cắt giảm thuế năm 1996 và thông báo cho Ban Thư ký ASEAN tại Gia-các-ta.",
        ),
        (
            "list_item",
            "2. Tháng 5 năm nay, cử đoàn cán bộ Vụ Chính sách thuế sang Ma-lai-xi-a và Thái Lan tìm hiểu kinh nghiệm thực hiện CEPT.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Ô-xtrây-li-a tài trợ một khóa bồi dưỡng về hải quan và thuế quan cho cán bộ các bộ, ngành.",
        ),
        (
            "list_item",
            "4. Phối hợp với Bộ Thương mại chuẩn bị nội dung để tham dự Hội nghị Bộ trưởng Kinh tế ASEAN (AEM) trong năm.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

UUE_SEANWFZ = {
    "id": "uue",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước về Khu vực Đông Nam Á không có vũ khí hạt nhân"),
        (
            "paragraph",
            "Hiệp ước về Khu vực Đông Nam Á không có vũ khí hạt nhân (SEANWFZ), còn gọi là Hiệp ước Băng Cốc, được lãnh đạo mười nước Đông Nam Á ký ngày 15/12/1995 tại Hội nghị cấp cao ASEAN lần thứ năm ở Thái Lan. Ngoài bảy thành viên ASEAN khi đó, Cam-pu-chia, Lào và Mi-an-ma cũng ký hiệp ước. Hiệp ước có hiệu lực năm 1997.",
        ),
        ("heading", "Nguồn gốc", 1),
        (
            "paragraph",
            "Ý tưởng về một khu vực phi hạt nhân bắt nguồn từ Tuyên bố về Khu vực Hòa bình, Tự do và Trung lập (ZOPFAN) mà Bộ trưởng Ngoại giao năm nước ASEAN ký tại Cu-a-la Lăm-pơ ngày 27/11/1971. Sau khi Chiến tranh Lạnh kết thúc và vấn đề Campuchia được giải quyết bằng Hiệp định Pa-ri ngày 23/10/1991, các nước trong khu vực nối lại việc soạn thảo hiệp ước.",
        ),
        ("heading", "Nội dung và Nghị định thư", 1),
        (
            "paragraph",
            "Các bên cam kết không phát triển, sản xuất, mua, sở hữu hay kiểm soát vũ khí hạt nhân, không cho đồn trú hay thử vũ khí hạt nhân trong khu vực, kể cả trên thềm lục địa và vùng đặc quyền kinh tế. Nghị định thư kèm theo mở cho năm nước có vũ khí hạt nhân là Mỹ, Nga, Trung Quốc, Anh và Pháp, nhưng đến nay chưa nước nào ký do còn bất đồng về phạm vi áp dụng; ASEAN vẫn tiếp tục tham vấn với các nước này.",
        ),
        ("heading", "Việt Nam và hiệp ước", 1),
        (
            "paragraph",
            "Việt Nam là một trong mười nước ký hiệp ước. Năm 2010, trên cương vị Chủ tịch ASEAN, Việt Nam chủ trì cuộc họp của Ủy ban Hiệp ước SEANWFZ tại Hà Nội.",
        ),
    ],
}

DOCS = [UUA_CMEA, UUB_TRADE1995, UUC_CMEA_END, UUD_PLAN, UUE_SEANWFZ]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), front
    matter by heldout_kit (title at 56 columns, labels at 72), body at 72 columns with a blank line after
    headings; at each page's foot the number centred between dashes ("– 71 –"), a form feed and the header."""
    return headed_journal(doc, title=56, label=72, body=72, page_label="– {} –", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """An archived agency dispatch as a news page: <title>, <meta property="article:published_time">, a nav
    menu, <article>, <h1>, a date <span>, the lead (with its dateline) in <div class="lead">, <h3> subheads,
    <p> paragraphs, a "Tư liệu" source line, footer."""
    return news_page(
        doc,
        "Tư liệu TTXVN",
        "21:40",
        top=(
            '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li>'
            '<li><a href="/tu-lieu">Tư liệu</a></li><li><a href="/the-gioi">Thế giới</a></li></ul></nav>\n'
            '<article class="detail">\n'
            "<h1>{title}</h1>\n"
            '<span class="date">{stamp}</span>\n'
        ),
        bottom=(
            '<p class="source">Nguồn: Bản tin Thông tấn xã Việt Nam, số ra ngày 29/6/1991</p>\n'
            "</article>\n"
            "<footer>© Thông tấn xã Việt Nam – Trung tâm Tư liệu.</footer>\n"
        ),
        lead='<div class="lead">{}</div>',
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Văn phòng Chính phủ;",
            "- Bộ Thương mại;",
            "- Lưu: VP, HTQT.",
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
        prefix="uu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
