"""Build the hundred-and-twenty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout123/build_heldout123.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
Vietnam's development finance relations with the Republic of Korea, Germany, the World Bank and the IMF
(Korean development cooperation with Vietnam from 1992 to the comprehensive strategic partnership of 2022, a
provincial finance department's ODA report for the first half of 2025, the IDA21 pledging conference in
Seoul of 5 – 6/12/2024, a (fictitious) State Bank plan for cooperation with the World Bank and the IMF in
2026, an encyclopedia entry on the OECD Development Assistance Committee). Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the provincial report's
local items and all quoted words are invented, the State Bank plan (number, date, tasks) is fictitious.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
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

SYA_KOREA = {
    "id": "sya",
    "shape": "journal",
    "header": "Tạp chí Kinh tế và Hợp tác Đông Á, số 2 (2025)",
    "first_page": 45,
    "break_after": 15,
    "blocks": [
        (
            "title",
            "HỢP TÁC PHÁT TRIỂN VIỆT NAM – HÀN QUỐC: TỪ VIỆN TRỢ KHÔNG HOÀN LẠI ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN",
        ),
        ("author", "Hoàng Minh Đức"),
        ("affiliation", "Viện Nghiên cứu Đông Bắc Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích quá trình hình thành và phát triển hợp tác phát triển giữa Việt Nam và Hàn Quốc, qua đó nêu một số gợi ý khi nguồn vốn vay ưu đãi dành cho nước ta thu hẹp dần.",
            "vi",
        ),
        ("keywords", "ODA; Hàn Quốc; KOICA; EDCF; hợp tác phát triển", "vi"),
        ("heading", "1. Từ nước nhận viện trợ trở thành nhà tài trợ", 1),
        (
            "paragraph",
            "Trong thập niên 1960, Hàn Quốc còn là một trong những nước nghèo nhất châu Á, phải dựa nhiều vào viện trợ nước ngoài. Seoul lập Quỹ Hợp tác phát triển kinh tế (EDCF) năm 1987 và Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) năm 1991; đến năm 2010, nước này chính thức trở thành thành viên Ủy ban Hỗ trợ phát triển (DAC) của OECD, là nước đầu tiên từ vị thế nhận viện trợ gia nhập nhóm các nhà tài trợ này (Kim Ji-hoon, 2015, tr. 22).",
        ),
        ("heading", "2. Hợp tác phát triển với Việt Nam", 1),
        (
            "paragraph",
            "Ngay sau khi hai nước thiết lập quan hệ ngoại giao ngày 22/12/1992, Hàn Quốc bắt đầu dành cho Việt Nam các khoản viện trợ không hoàn lại, chủ yếu cho đào tạo nghề, y tế và giáo dục. Các khoản vay EDCF được ưu tiên cho giao thông và cấp thoát nước, tiêu biểu là cầu Vàm Cống bắc qua sông Hậu, nối Đồng Tháp với Cần Thơ. Hiện nay, Việt Nam là đối tác nhận ODA lớn nhất của Hàn Quốc, còn Hàn Quốc là nhà tài trợ song phương lớn thứ hai của nước ta, sau Nhật Bản (Nguyễn Thị Hạnh, 2020).",
        ),
        ("heading", "3. Quan hệ chính trị làm nền tảng", 1),
        (
            "paragraph",
            "Nhân chuyến thăm chính thức Việt Nam của Tổng thống Lee Myung-bak tháng 10/2009, hai nước nâng quan hệ lên Đối tác hợp tác chiến lược. Hiệp định Thương mại tự do Việt Nam – Hàn Quốc (VKFTA) được ký tại Hà Nội ngày 5/5/2015 và có hiệu lực từ ngày 20/12/2015. Ngày 5/12/2022, trong chuyến thăm cấp Nhà nước Hàn Quốc của Chủ tịch nước Nguyễn Xuân Phúc, hai bên ra Tuyên bố chung về việc nâng quan hệ lên Đối tác chiến lược toàn diện. Theo một chuyên gia, ODA của Hàn Quốc đang “chuyển từ cho vay xây dựng công trình sang chia sẻ tri thức phát triển” (Park Min-young, 2023, tr. 64). Vì vậy, trong giai đoạn tới, ta cần đề nghị phía Hàn Quốc ưu tiên vốn viện trợ cho khoa học, công nghệ và đào tạo nguồn nhân lực chất lượng cao.",
        ),
    ],
}

SYB_QUANGBINH = {
    "id": "syb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
        "SỞ TÀI CHÍNH",
        "Số: 1146/BC-STC",
        "Quảng Bình, ngày 18 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thực hiện các chương trình, dự án sử dụng vốn ODA và vốn vay ưu đãi nước ngoài 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Tình hình thực hiện các chương trình, dự án sử dụng vốn ODA và vốn vay ưu đãi nước ngoài 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. TÌNH HÌNH THỰC HIỆN 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Toàn tỉnh hiện có 8 chương trình, dự án sử dụng vốn ODA và vốn vay ưu đãi đang triển khai với tổng vốn khoảng 186 triệu USD, trong đó Ngân hàng Thế giới (WB) tài trợ 4 dự án. Giá trị giải ngân 6 tháng đạt 31% kế hoạch vốn năm, thấp hơn cùng kỳ năm ngoái.",
        ),
        (
            "list_item",
            "2. Tháng 3/2025, đoàn công tác của WB đã làm việc với tỉnh, kiểm tra tiến độ Dự án nâng cấp hạ tầng đô thị thành phố Đồng Hới; hai bên thống nhất các giải pháp đẩy nhanh công tác giải phóng mặt bằng.",
        ),
        (
            "list_item",
            "3. Ngày 15/4/2025, UBND tỉnh và Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) đã ký Biên bản thảo luận về Dự án nâng cao năng lực y tế cơ sở, với tổng vốn viện trợ không hoàn lại 7 triệu USD, thực hiện trong giai đoạn 2025 – 2028.",
        ),
        (
            "list_item",
            "4. Ngân hàng Tái thiết Đức (KfW) đã giải ngân toàn bộ khoản viện trợ không hoàn lại 2,5 triệu euro cho dự án trồng rừng phòng hộ ven biển tại hai huyện Quảng Ninh và Lệ Thủy. Tháng trước, Đại sứ Đức tại Việt Nam cùng đại diện KfW đã đến thăm dự án và làm việc với lãnh đạo tỉnh.",
        ),
        (
            "list_item",
            "5. Khoản vay của Quỹ Hợp tác phát triển kinh tế (EDCF) Hàn Quốc cho dự án cấp nước thị xã Ba Đồn chưa được phía Hàn Quốc phê duyệt, do hồ sơ dự án phải điều chỉnh theo quy hoạch mới.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với WB hoàn thành đánh giá giữa kỳ Dự án nâng cấp hạ tầng đô thị thành phố Đồng Hới trong tháng 9/2025.",
        ),
        (
            "list_item",
            "2. Chuẩn bị đón đoàn KOICA sang khảo sát, khởi động Dự án nâng cao năng lực y tế cơ sở trong quý III.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Đức xem xét tài trợ giai đoạn hai của dự án trồng rừng phòng hộ ven biển; bổ sung hồ sơ để phía Hàn Quốc sớm phê duyệt khoản vay EDCF.",
        ),
    ],
}

SYC_IDA = {
    "id": "syc",
    "shape": "news",
    "date": "2024-12-06",
    "stamp": "06/12/2024 16:20 GMT+7",
    "blocks": [
        ("title", "Các nhà tài trợ cam kết kỷ lục 100 tỷ USD cho các nước nghèo nhất"),
        (
            "paragraph",
            "Xơ-un (TTXVN) – Ngày 6/12, tại hội nghị cam kết cho đợt bổ sung nguồn vốn lần thứ 21 (IDA21), Ngân hàng Thế giới (WB) thông báo các nhà tài trợ đã cam kết đóng góp khoảng 24 tỷ USD cho Hiệp hội Phát triển quốc tế (IDA), qua đó giúp tổ chức này huy động tổng cộng 100 tỷ USD cho 78 nước thu nhập thấp.",
        ),
        ("heading", "Vượt mức của đợt trước", 1),
        (
            "paragraph",
            "Tổng cam kết lần này cao hơn mức 93 tỷ USD của đợt IDA20 công bố tháng 12/2021, song chưa đạt mức 120 tỷ USD mà lãnh đạo các nước châu Phi từng kêu gọi. Nguồn vốn sẽ được cấp dưới dạng viện trợ không hoàn lại và các khoản vay lãi suất rất thấp đến giữa năm 2028, tập trung vào y tế, giáo dục, hạ tầng và ứng phó với biến đổi khí hậu.",
        ),
        (
            "paragraph",
            "Hàn Quốc, nước chủ nhà của hội nghị diễn ra trong hai ngày 5 – 6/12, đã tăng 45% mức đóng góp, lên 846 tỷ won (khoảng 597 triệu USD). Trước đó, tại Hội nghị thượng đỉnh Nhóm G20 ở Rio de Janeiro (Bra-xin) tháng trước, Tổng thống Mỹ Joe Biden đã công bố khoản đóng góp 4 tỷ USD, còn Na Uy tăng mức đóng góp thêm 50%.",
        ),
        ("heading", "Từ nước vay vốn đến nhà tài trợ", 1),
        (
            "paragraph",
            "Hàn Quốc từng nhận các khoản tín dụng ưu đãi của IDA trong thập niên 1960 và đã trở thành nhà tài trợ của IDA từ năm 1977. Việt Nam cũng từng là một trong những nước vay vốn IDA lớn nhất; từ ngày 1/7/2017, nước ta chính thức “tốt nghiệp” IDA và chuyển sang vay theo điều kiện của Ngân hàng Tái thiết và Phát triển quốc tế (IBRD).",
        ),
    ],
}

SYD_PLAN = {
    "id": "syd",
    "shape": "plan",
    "head": [
        f"{'NGÂN HÀNG NHÀ NƯỚC':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'     VIỆT NAM':<42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-NHNN':<42}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Ngân hàng Thế giới và Quỹ Tiền tệ Quốc tế năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Ngân hàng Thế giới và Quỹ Tiền tệ Quốc tế năm 2026"),
        (
            "paragraph",
            "Nhằm chuẩn bị tốt cho việc tham dự Hội nghị thường niên năm 2026 của Ngân hàng Thế giới (WB) và Quỹ Tiền tệ Quốc tế (IMF), đồng thời tranh thủ tối đa hỗ trợ kỹ thuật của hai định chế, Ngân hàng Nhà nước Việt Nam ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Kể từ khi nối lại quan hệ tín dụng năm 1993, WB và IMF đã trở thành những đối tác quan trọng của Việt Nam trong cải cách kinh tế. Năm ngoái, đoàn tham vấn Điều IV của IMF đã làm việc tại Hà Nội và Thành phố Hồ Chí Minh; WB tiếp tục tài trợ các dự án về hạ tầng, nông nghiệp và ứng phó với biến đổi khí hậu. Tuy vậy, trong năm 2025, hai bên chưa ký được hiệp định vay mới nào.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Chủ trì, phối hợp với Bộ Tài chính làm việc với đoàn tham vấn Điều IV của IMF, dự kiến sang Việt Nam vào tháng 4/2026.",
        ),
        (
            "list_item",
            "2. Thống đốc dẫn đầu đoàn Việt Nam tham dự Hội nghị thường niên WB – IMF tại Băng Cốc (Thái Lan) vào tháng 10/2026; nhân dịp này, tổ chức các cuộc gặp song phương với lãnh đạo hai định chế và Ngân hàng Trung ương Thái Lan.",
        ),
        (
            "list_item",
            "3. Đề nghị IMF tiếp tục hỗ trợ kỹ thuật về giám sát an toàn vĩ mô và thống kê tiền tệ.",
        ),
        (
            "list_item",
            "4. Phối hợp với WB sử dụng Quỹ ủy thác Đối tác Hàn Quốc – Ngân hàng Thế giới (KWPF) cho các nghiên cứu về tài chính xanh.",
        ),
        ("list_item", "5. Không đề xuất khoản vay hỗ trợ ngân sách của WB trong năm 2026."),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

SYE_DAC = {
    "id": "sye",
    "shape": "entry",
    "blocks": [
        ("title", "Ủy ban Hỗ trợ phát triển"),
        (
            "paragraph",
            "Ủy ban Hỗ trợ phát triển (DAC) là diễn đàn của các nhà tài trợ song phương lớn thuộc Tổ chức Hợp tác và Phát triển Kinh tế (OECD), trụ sở tại Pa-ri (Pháp). Tiền thân của Ủy ban là Nhóm Hỗ trợ phát triển (DAG), được lập năm 1960; DAC chính thức hoạt động từ năm 1961, cùng năm OECD ra đời.",
        ),
        ("heading", "Chức năng", 1),
        (
            "paragraph",
            "DAC đưa ra khái niệm viện trợ phát triển chính thức (ODA) năm 1969, đồng thời theo dõi và rà soát chính sách viện trợ của các thành viên. Năm 1970, Đại hội đồng Liên hợp quốc thông qua mục tiêu các nước phát triển dành 0,7% tổng thu nhập quốc dân cho ODA. Ngày 2/3/2005, Diễn đàn cấp cao lần thứ hai về hiệu quả viện trợ họp tại Pa-ri thông qua Tuyên bố Pa-ri, được hơn 100 nhà tài trợ và nước tiếp nhận, trong đó có Việt Nam, cam kết thực hiện. Diễn đàn lần thứ tư do Hàn Quốc đăng cai tại Bu-san cuối năm 2011.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Hàn Quốc chính thức trở thành thành viên DAC từ ngày 1/1/2010, là nước đầu tiên từ vị thế nhận viện trợ gia nhập Ủy ban. Các nhà tài trợ mới nổi như Trung Quốc, Ấn Độ không phải là thành viên của DAC.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên OECD, nhưng là nước nhận ODA lớn từ các thành viên DAC, trong đó nhiều nhất là Nhật Bản và Hàn Quốc. Từ năm 1993, các nhà tài trợ song phương và đa phương đã cam kết dành cho Việt Nam hàng chục tỷ USD vốn ODA.",
        ),
    ],
}

DOCS = [SYA_KOREA, SYB_QUANGBINH, SYC_IDA, SYD_PLAN, SYE_DAC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header ``doc["header"]`` on top of every page (the first
    too), front matter by heldout_kit (title at 60 columns, labels at 78), body at 78 columns; after
    ``doc["break_after"]`` body lines (mid-sentence) the page number centred as "- N -", a form feed and the
    header; the last page ends with its number. Returns the text and the lines layout repair must remove."""
    return headed_journal(doc, title=60, label=78, body=78, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta name="pubdate">, a nav list, <main><article>, <h1>, a date <span>, the lead (with its
    dateline) in <div class="lead">, <h3> subheads, <p> paragraphs, a related-topics list, footer."""
    return news_page(
        doc,
        head=(
            "<title>{title} | Tin tức Quốc tế</title>\n"
            '<meta name="pubdate" content="{date}T16:20:00+07:00">\n'
        ),
        top=(
            '<ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/the-gioi">Thế giới</a></li>'
            '<li><a href="/tai-chinh">Tài chính</a></li></ul>\n'
            "<main>\n"
            '<article class="news">\n'
            "<h1>{title}</h1>\n"
            '<span class="date">{stamp}</span>\n'
        ),
        bottom=(
            '<ul class="related"><li><a href="/chu-de/ngan-hang-the-gioi">Ngân hàng Thế giới</a></li>'
            '<li><a href="/chu-de/han-quoc">Hàn Quốc</a></li></ul>\n'
            "</article>\n"
            "</main>\n"
            "<footer>© TTXVN – Thông tấn xã Việt Nam</footer>\n"
        ),
        lead='<div class="lead">{}</div>',
        heading="<h3>{}</h3>",
    )


def render_plan(doc: dict) -> str:
    """A State Bank plan: the two-column issuer/motto block, the centred two-line title, body at 76 columns
    with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Tài chính, Bộ Ngoại giao;",
            "- Lưu: VP, HTQT.",
        ],
        ["KT. THỐNG ĐỐC", "PHÓ THỐNG ĐỐC", "(đã ký)"],
        columns=(46, 46, 49),
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
        prefix="sy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
