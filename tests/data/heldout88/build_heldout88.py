"""Build the eighty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout88/build_heldout88.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – Lithuania from the relations of 1992 to the first presidential
visit of 2025, a university international office's report on 2024 with Lithuanian partners, President
Lương Cường's talks with President Gitanas Nausėda in Hà Nội on 12/6/2025, a (fictitious) Ministry of
Industry and Trade plan for trade promotion with Lithuania and the Baltic states in 2026, an encyclopedia
entry on the OSCE). Nothing in src/ was changed for them. Facts are well-established; authors, journal,
page numbers, document numbers, the university report's items and all quoted words are invented, the
ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

VTA_LITHUANIA = {
    "id": "vta",
    "shape": "journal",
    "header": "TẠP CHÍ QUAN HỆ QUỐC TẾ VÀ KHU VỰC – Số 7 (2025)",
    "first_page": 38,
    "break_after": 10,
    "blocks": [
        (
            "title",
            "QUAN HỆ VIỆT NAM – LÍT-VA: TỪ TÌNH HỮU NGHỊ TRUYỀN THỐNG ĐẾN CHUYẾN THĂM CẤP NGUYÊN THỦ ĐẦU TIÊN",
        ),
        ("author", "Đặng Thu Trang"),
        (
            "affiliation",
            "Khoa Quốc tế học, Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Hà Nội",
        ),
        (
            "abstract",
            "Bài viết điểm lại những mốc chính của quan hệ Việt Nam – Lít-va và đánh giá triển vọng hợp tác sau chuyến thăm chính thức Việt Nam của Tổng thống Lít-va tháng 6/2025.",
            "vi",
        ),
        ("keywords", "Lít-va; EU; Hội đồng Bảo an; EVIPA; ngoại giao nguyên thủ", "vi"),
        ("heading", "1. Nền tảng hữu nghị truyền thống", 1),
        (
            "paragraph",
            "Trong những năm nhân dân ta đấu tranh giành độc lập, thống nhất đất nước, Lít-va, khi đó là một nước cộng hòa thuộc Liên Xô, đã dành cho Việt Nam sự giúp đỡ chân thành. Giai đoạn 1954 – 1975, các trường đại học của Lít-va đã đào tạo hơn 450 sinh viên Việt Nam, còn hàng trăm chuyên gia cầu đường, nông nghiệp của nước bạn đã sang giúp nước ta (Nguyễn Văn Khải, 2015, tr. 44). Tháng 9/1991, Việt Nam công nhận nền độc lập của Lít-va; ngày 18/3/1992, hai nước ký Nghị định thư thiết lập quan hệ ngoại giao cấp đại sứ.",
        ),
        ("heading", "2. Một thành viên tích cực của các thể chế đa phương", 1),
        (
            "paragraph",
            "Lít-va hội nhập nhanh với châu Âu: nước này gia nhập NATO ngày 29/3/2004 và trở thành thành viên EU ngày 1/5/2004, sau đó dùng đồng euro từ ngày 1/1/2015 và gia nhập OECD ngày 5/7/2018 (Trần Minh Đức, 2020, tr. 71). Năm 2011, Vin-ni-út giữ cương vị Chủ tịch Tổ chức An ninh và Hợp tác châu Âu (OSCE). Ngày 17/10/2013, Lít-va lần đầu được Đại hội đồng Liên hợp quốc bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2014 – 2015 với 187 phiếu, cao nhất trong năm nước trúng cử (Phạm Quang Huy, 2019).",
        ),
        ("heading", "3. Dấu mốc năm 2025", 1),
        (
            "paragraph",
            "Nhờ Hiệp định EVFTA, thương mại song phương tăng nhanh, đạt 206,97 triệu USD năm 2024. Lít-va còn là một trong những nước thành viên EU đầu tiên phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA). Tháng 12/2022, Tổng thống Gitanas Nausėda đã gặp Thủ tướng Phạm Minh Chính tại Hội nghị cấp cao kỷ niệm 45 năm quan hệ ASEAN – EU ở Brúc-xen. Ngày 11 – 12/6/2025, ông thăm chính thức Việt Nam, chuyến thăm đầu tiên của một nguyên thủ Lít-va kể từ khi hai nước có quan hệ ngoại giao. Giới doanh nghiệp nước bạn muốn “lấy Việt Nam làm bàn đạp để vào thị trường ASEAN” (Lê Thị Hồng Nhung, 2025, tr. 19). Tuy vậy, Lít-va vẫn chưa mở đại sứ quán thường trú tại Hà Nội.",
        ),
    ],
}

VTB_HUAF = {
    "id": "vtb",
    "shape": "word",
    "head": [
        "ĐẠI HỌC HUẾ",
        "TRƯỜNG ĐẠI HỌC NÔNG LÂM",
        "Số: 1185/BC-ĐHNL",
        "Thừa Thiên Huế, ngày 23 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Nhà trường ký mới 06 thỏa thuận hợp tác với đối tác nước ngoài, trong đó có Biên bản ghi nhớ với Học viện Nông nghiệp, Đại học Vytautas Magnus (Lít-va), được ký tại Cau-nát ngày 16/4/2024 nhân chuyến công tác của đoàn lãnh đạo Nhà trường.",
        ),
        (
            "list_item",
            "2. Chương trình trao đổi giảng viên, sinh viên với Lít-va do Liên minh châu Âu tài trợ 86.000 euro qua chương trình Erasmus+ tiếp tục được triển khai: 05 giảng viên và 08 sinh viên đã sang học tập tại Cau-nát, Nhà trường đón 03 giảng viên Lít-va sang giảng dạy ngắn hạn.",
        ),
        (
            "list_item",
            "3. Tháng 9, đón đoàn Trường Đại học Xa-va-na-khẹt (Lào) sang làm việc; hai bên thống nhất tiếp tục nhận 25 sinh viên Lào vào học các ngành chăn nuôi, thú y.",
        ),
        (
            "list_item",
            "4. Dự án cải thiện sinh kế nông hộ vùng gò đồi do Trung tâm Nghiên cứu Nông nghiệp Quốc tế Ô-xtrây-li-a (ACIAR) tài trợ đã kết thúc giai đoạn một; Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) cử 02 tình nguyện viên về hỗ trợ giảng dạy.",
        ),
        (
            "list_item",
            "5. Đề án liên kết đào tạo thạc sĩ với Đại học Vytautas Magnus chưa được phê duyệt do hồ sơ kiểm định chưa hoàn thiện.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 5/2025, đăng cai Hội thảo quốc tế về nông nghiệp tuần hoàn với sự tham gia của các đối tác Lít-va, Lào và Thái Lan.",
        ),
        (
            "list_item",
            "2. Cử 04 giảng viên sang Lít-va làm nghiên cứu sinh theo học bổng của Chính phủ Lít-va.",
        ),
        (
            "list_item",
            "3. Phối hợp với Trường Đại học Kasetsart (Thái Lan) xây dựng thỏa thuận trao đổi sinh viên, dự kiến ký trong quý III.",
        ),
    ],
}

VTC_TALKS = {
    "id": "vtc",
    "shape": "news",
    "date": "2025-06-12",
    "stamp": "Thứ Năm, 12/06/2025 - 13:20",
    "blocks": [
        ("title", "Chủ tịch nước Lương Cường hội đàm với Tổng thống Litva Gitanas Nauseda"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 12/6, ngay sau lễ đón chính thức tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã hội đàm với Tổng thống Cộng hòa Litva Gitanas Nauseda, người đang thăm chính thức Việt Nam từ ngày 11 đến 12/6.",
        ),
        ("heading", "Chuyến thăm mang tính lịch sử", 1),
        (
            "paragraph",
            "Chủ tịch nước nhấn mạnh đây là chuyến thăm cấp nguyên thủ đầu tiên kể từ khi hai nước thiết lập quan hệ ngoại giao năm 1992, đồng thời cảm ơn nhân dân Litva đã ủng hộ, giúp đỡ Việt Nam trong sự nghiệp đấu tranh giải phóng dân tộc trước đây cũng như trong công cuộc xây dựng đất nước hiện nay. Tổng thống Nauseda khẳng định Litva coi Việt Nam là đối tác quan trọng tại Đông Nam Á và mong muốn đưa quan hệ kinh tế, thương mại lên tầm cao mới.",
        ),
        ("heading", "Thúc đẩy phê chuẩn EVIPA", 1),
        (
            "paragraph",
            "Ghi nhận Litva là một trong những nước thành viên EU đầu tiên phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA), Chủ tịch nước đề nghị phía bạn có tiếng nói thúc đẩy các nước EU còn lại sớm phê chuẩn hiệp định này, đồng thời ủng hộ Ủy ban châu Âu sớm gỡ bỏ cảnh báo “thẻ vàng” áp dụng từ tháng 10/2017 đối với hải sản xuất khẩu của Việt Nam. Về Biển Đông, Chủ tịch nước đề nghị Litva tiếp tục ủng hộ lập trường của ASEAN về giải quyết tranh chấp bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế và UNCLOS 1982.",
        ),
        (
            "paragraph",
            "Năm 2024, kim ngạch thương mại hai chiều đạt gần 207 triệu USD. Chiều cùng ngày, Tổng thống Nauseda dự và phát biểu tại Diễn đàn doanh nghiệp Việt Nam – Litva do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) phối hợp với Đại sứ quán Litva tại Xin-ga-po tổ chức.",
        ),
    ],
}

VTD_PLAN = {
    "id": "vtd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 31/KH-BCT':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại với thị trường Lít-va",
        "và các nước Baltic năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại với thị trường Lít-va và các nước Baltic năm 2026"),
        (
            "paragraph",
            "Nhằm triển khai kết quả chuyến thăm chính thức Việt Nam của Tổng thống Lít-va Gitanas Nausėda tháng 6/2025 và tận dụng hiệu quả Hiệp định EVFTA, Bộ Công Thương ban hành Kế hoạch xúc tiến thương mại với Lít-va và các nước Baltic năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm 2024, kim ngạch thương mại Việt Nam – Lít-va đạt 206,97 triệu USD; riêng quý I/2025 đạt 94,7 triệu USD, tăng 94,4% so với cùng kỳ. Cảng Klai-pê-đa là cửa ngõ quan trọng để hàng hóa nước ta đi vào khu vực Baltic. Năm ngoái, Bộ đã tiếp đoàn doanh nghiệp Lít-va sang tìm hiểu thị trường, song chưa tổ chức được hoạt động xúc tiến nào tại Lát-vi-a và E-xtô-ni-a.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5, tổ chức đoàn doanh nghiệp sang Vin-ni-út và Klai-pê-đa khảo sát thị trường, kết hợp tham dự hội chợ thực phẩm quốc tế tại Vin-ni-út.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Kinh tế và Đổi mới sáng tạo Lít-va đàm phán, ký Bản ghi nhớ về hợp tác xúc tiến thương mại, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Lít-va tiếp tục vận động các nước thành viên EU còn lại sớm phê chuẩn Hiệp định EVIPA.",
        ),
        (
            "list_item",
            "4. Thương vụ Việt Nam tại Ba Lan chủ trì đón đoàn doanh nghiệp công nghệ laser của Lít-va sang Hà Nội và Thành phố Hồ Chí Minh trong quý IV.",
        ),
        (
            "list_item",
            "5. Không tổ chức gian hàng quốc gia tại các hội chợ ở Ri-ga trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại là đơn vị đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

VTE_OSCE = {
    "id": "vte",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức An ninh và Hợp tác châu Âu"),
        (
            "paragraph",
            "Tổ chức An ninh và Hợp tác châu Âu (OSCE) là tổ chức an ninh khu vực lớn nhất thế giới, gồm 57 quốc gia tham gia ở châu Âu, Bắc Mỹ và châu Á. Ban Thư ký của tổ chức đặt tại Viên (Áo).",
        ),
        ("heading", "Từ Hội nghị Hen-xin-ki đến OSCE", 1),
        (
            "paragraph",
            "Tiền thân của OSCE là Hội nghị An ninh và Hợp tác châu Âu (CSCE), khai mạc tại Hen-xin-ki ngày 3/7/1973 với sự tham gia của các nước châu Âu cùng Mỹ và Ca-na-đa. Ngày 1/8/1975, lãnh đạo 35 nước, trong đó có Liên Xô và Mỹ, ký Định ước cuối cùng Hen-xin-ki. Sau Chiến tranh Lạnh, Hiến chương Pa-ri vì một châu Âu mới được thông qua ngày 21/11/1990; Hội nghị cấp cao Bu-đa-pét tháng 12/1994 quyết định đổi tên CSCE thành OSCE kể từ ngày 1/1/1995.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Ngày 10/9/1991, ba nước Baltic là E-xtô-ni-a, Lát-vi-a và Lít-va được kết nạp tại cuộc họp cấp bộ trưởng ở Mát-xcơ-va. Tháng 1/1992, mười nước cộng hòa thuộc Liên Xô cũ, trong đó có U-crai-na, Bê-la-rút và Ca-dắc-xtan, trở thành nước tham gia. Ngày 21/11/2012, Mông Cổ được kết nạp, là nước tham gia thứ 57.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Phái bộ giám sát đặc biệt của OSCE tại U-crai-na được triển khai từ tháng 3/2014, nhưng phải chấm dứt hoạt động năm 2022 sau khi Nga phản đối gia hạn nhiệm vụ. Chức Chủ tịch luân phiên hằng năm: Lít-va đảm nhiệm năm 2011, Phần Lan năm 2025, nhân kỷ niệm 50 năm Định ước Hen-xin-ki.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là nước tham gia hay đối tác hợp tác của OSCE. Ở châu Á, các đối tác hợp tác của tổ chức gồm Nhật Bản, Hàn Quốc, Thái Lan, Áp-ga-ni-xtan và Ô-xtrây-li-a.",
        ),
    ],
}

DOCS = [VTA_LITHUANIA, VTB_HUAF, VTC_TALKS, VTD_PLAN, VTE_OSCE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (also the first), front
    matter by heldout_kit.front_matter_lines (title at 48 columns, labels at 72), body at 72 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) "[N]" flush right, a form
    feed and the header; the last page ends with its number."""
    return headed_journal(doc, 48, 72, 72)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature block at the end."""
    return word_text(doc, 70, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a breadcrumb, <article>, <h1>, a
    date <span>, the lead (with its dateline) in <div class="sapo">, <h3> subheads, <p> paragraphs, a
    keyword list and a footer."""
    return news_page(
        doc,
        head=(
            "<title>{title} - Chính trị</title>\n"
            '<meta property="article:published_time" content="{date}T13:20:00+07:00">\n'
        ),
        top=(
            '<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/chinh-tri">Chính trị</a> &gt; <a href="/chinh-tri/doi-ngoai">Đối ngoại</a></div>\n'
            '<article class="main-news">\n'
            "<h1>{title}</h1>\n"
            '<span class="time">{stamp}</span>\n'
        ),
        bottom=(
            '<div class="keywords">Từ khóa: <a href="/tag/litva">Litva</a>, '
            '<a href="/tag/evipa">EVIPA</a>, <a href="/tag/luong-cuong">Lương Cường</a></div>\n'
            "</article>\n"
            "<footer>Cơ quan chủ quản: Thông tấn xã Việt Nam</footer>\n"
        ),
        lead='<div class="sapo">{}</div>',
        heading="<h3>{}</h3>",
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Thương vụ Việt Nam tại Ba Lan;",
            "- Lưu: VT, XTTM.",
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
        prefix="vt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
