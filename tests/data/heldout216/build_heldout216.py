"""Build the two hundred and sixteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout216/build_heldout216.py [--check]

Five short documents on topics the earlier sets do not use as main topics (the Australia – China trade
frictions of 2020 – 2024 and what they mean for Vietnam, the Vietnamese Trade Office in Australia in the
first half of 2024, China lifting its duties on Australian barley in August 2023, a (fictitious) Trade
Promotion Agency plan for Australia and New Zealand in 2026, an encyclopedia entry on the China –
Australia Free Trade Agreement). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the report's and the plan's items and all quoted
words are invented. Events, citations and questions gold are written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
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

CQA_AUSTRALIA_CHINA = {
    "id": "cqa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU ĐẠI DƯƠNG VÀ THÁI BÌNH DƯƠNG – Số 3 (2024)",
    "first_page": 27,
    "break_after": 11,
    "blocks": [
        (
            "title",
            "QUAN HỆ THƯƠNG MẠI AUSTRALIA – TRUNG QUỐC GIAI ĐOẠN 2020 – 2024 VÀ MỘT SỐ HÀM Ý CHO VIỆT NAM",
        ),
        ("author", "Hoàng Thị Minh Nguyệt"),
        ("affiliation", "Khoa Kinh tế quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích căng thẳng thương mại giữa Australia và Trung Quốc từ năm 2020, quá trình hai nước từng bước ổn định quan hệ và rút ra một số hàm ý đối với Việt Nam.",
            "vi",
        ),
        ("keywords", "Australia; Trung Quốc; ChAFTA; biện pháp thương mại; đa dạng hóa thị trường", "vi"),
        ("heading", "1. Từ “thời kỳ vàng” đến căng thẳng", 1),
        (
            "paragraph",
            "Australia và Trung Quốc thiết lập quan hệ ngoại giao ngày 21/12/1972. Hiệp định Thương mại tự do song phương (ChAFTA), có hiệu lực từ ngày 20/12/2015, đã góp phần đưa Trung Quốc trở thành thị trường tiêu thụ gần một phần ba hàng xuất khẩu của Australia (Nguyễn Văn Thành, 2019, tr. 44). Tháng 4/2020, việc Canberra kêu gọi điều tra độc lập về nguồn gốc đại dịch COVID-19 khiến quan hệ xấu đi nhanh chóng. Tháng 5/2020, Bắc Kinh áp thuế chống bán phá giá và chống trợ cấp tổng cộng 80,5% đối với lúa mạch Australia; cuối năm đó, rượu vang, than đá, gỗ và tôm hùm của nước này cũng lần lượt bị hạn chế nhập khẩu.",
        ),
        ("heading", "2. Quá trình ổn định quan hệ", 1),
        (
            "paragraph",
            "Australia đã kiện các biện pháp đối với lúa mạch và rượu vang lên Tổ chức Thương mại thế giới (WTO). Sau khi Công đảng của ông Anthony Albanese lên nắm quyền, Ngoại trưởng Penny Wong thăm Bắc Kinh tháng 12/2022, đúng dịp 50 năm thiết lập quan hệ. Tháng 8/2023, Trung Quốc dỡ bỏ thuế đối với lúa mạch. Từ ngày 4 đến 7/11/2023, ông Albanese thăm chính thức Trung Quốc, chuyến thăm đầu tiên của một thủ tướng Australia kể từ năm 2016. Đến cuối tháng 3/2024, thuế đối với rượu vang cũng được bãi bỏ. Theo một nhà nghiên cứu, đó là “một sự tan băng có kiểm soát, chứ chưa phải sự trở lại của thời kỳ vàng” (Lê Thu Trang, 2024, tr. 67).",
        ),
        ("heading", "3. Hàm ý cho Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Australia đã nâng quan hệ lên Đối tác chiến lược toàn diện ngày 7/3/2024, trong khi Trung Quốc tiếp tục là đối tác thương mại lớn nhất của nước ta. Kinh nghiệm của Australia cho thấy cần đa dạng hóa thị trường và tận dụng tốt AANZFTA, CPTPP và RCEP (Phạm Quang Huy, 2023). Không nên để một thị trường chiếm tỷ trọng quá lớn trong xuất khẩu nông sản của nước ta.",
        ),
    ],
}

CQB_TRADE_OFFICE = {
    "id": "cqb",
    "shape": "word",
    "head": [
        "BỘ CÔNG THƯƠNG",
        "THƯƠNG VỤ VIỆT NAM TẠI AUSTRALIA",
        "Số: 48/BC-TVUC",
        "Canberra, ngày 08 tháng 7 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thương mại Việt Nam – Australia 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Tình hình thương mại Việt Nam – Australia 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024", 1),
        (
            "list_item",
            "1. Nhân chuyến thăm chính thức Australia của Thủ tướng Phạm Minh Chính, hai nước đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện ngày 7/3/2024. Thương vụ đã phối hợp với Ủy ban Thương mại và Đầu tư Australia (Austrade) tổ chức các hoạt động kết nối doanh nghiệp bên lề chuyến thăm.",
        ),
        (
            "list_item",
            "2. Tháng 4, Thương vụ đưa đoàn 12 doanh nghiệp nhập khẩu thực phẩm của Australia sang dự hội chợ và làm việc với các nhà cung cấp tại Thành phố Hồ Chí Minh và Cần Thơ.",
        ),
        (
            "list_item",
            "3. Việc Trung Quốc bãi bỏ thuế đối với lúa mạch Australia từ tháng 8 năm ngoái và đối với rượu vang từ cuối tháng 3 vừa qua khiến lượng lúa mạch nước này xuất sang Việt Nam giảm so với cùng kỳ.",
        ),
        (
            "list_item",
            "4. Hồ sơ mở cửa thị trường cho một số loại quả tươi của Việt Nam vẫn chưa được phía Australia phê duyệt.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức Tuần hàng Việt Nam tại Melbourne vào tháng 9.",
        ),
        (
            "list_item",
            "2. Tiếp tục đề nghị Bộ Nông nghiệp, Thủy sản và Lâm nghiệp Australia đẩy nhanh việc xem xét các hồ sơ nói trên.",
        ),
        (
            "list_item",
            "3. Chuẩn bị nội dung cho phiên họp Ủy ban Hỗn hợp về hợp tác kinh tế – thương mại Việt Nam – Australia, dự kiến tổ chức tại Hà Nội cuối năm nay.",
        ),
    ],
}

CQC_BARLEY = {
    "id": "cqc",
    "shape": "news",
    "date": "2023-08-05",
    "stamp": "Thứ Bảy, 05/08/2023 - 07:40",
    "blocks": [
        ("title", "Trung Quốc dỡ bỏ thuế đối với lúa mạch Australia"),
        (
            "paragraph",
            "Bắc Kinh (TTXVN) – Ngày 4/8, Bộ Thương mại Trung Quốc thông báo sẽ chấm dứt áp thuế chống bán phá giá và chống trợ cấp đối với lúa mạch nhập khẩu từ Australia kể từ ngày 5/8/2023, sau hơn ba năm áp dụng.",
        ),
        ("heading", "Gỡ nút thắt lớn", 1),
        (
            "paragraph",
            "Mức thuế tổng cộng 80,5% được Bắc Kinh áp đặt từ tháng 5/2020 khiến xuất khẩu lúa mạch của Australia sang Trung Quốc gần như đình trệ. Hồi tháng 4 năm nay, Canberra đồng ý tạm dừng vụ kiện tại Tổ chức Thương mại thế giới (WTO) để phía Trung Quốc rà soát lại biện pháp này trong vòng ba tháng.",
        ),
        (
            "paragraph",
            "Ngoại trưởng Australia Penny Wong và Bộ trưởng Thương mại Don Farrell hoan nghênh quyết định trên, gọi đây là kết quả của “đối thoại kiên nhẫn và bình tĩnh”. Trung Quốc hiện là đối tác thương mại lớn nhất của Australia; hai nước đã ký hiệp định thương mại tự do từ năm 2015.",
        ),
        ("heading", "Rượu vang vẫn chờ", 1),
        (
            "paragraph",
            "Tuy vậy, thuế chống bán phá giá lên tới 218% đối với rượu vang Australia vẫn chưa được gỡ bỏ. Ông Farrell cho biết Canberra sẽ theo đuổi cách tiếp cận tương tự để giải quyết tranh chấp này. Thủ tướng Anthony Albanese dự kiến thăm Trung Quốc trước cuối năm nay.",
        ),
    ],
}

CQD_PLAN = {
    "id": "cqd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC XÚC TIẾN THƯƠNG MẠI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 25/KH-XTTM':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến xuất khẩu sang thị trường Australia",
        "và New Zealand năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến xuất khẩu sang thị trường Australia và New Zealand năm 2026"),
        (
            "paragraph",
            "Nhằm tận dụng quan hệ Đối tác chiến lược toàn diện Việt Nam – Australia (tháng 3/2024) và Việt Nam – New Zealand (tháng 2/2025) cùng các hiệp định AANZFTA, CPTPP và RCEP, Cục Xúc tiến thương mại xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Cục đã phối hợp với các Thương vụ tại Canberra và Wellington đưa hai đoàn doanh nghiệp sang khảo sát thị trường hai nước; tuy nhiên, chưa tổ chức được hội chợ chuyên ngành nào tại New Zealand. Australia tiếp tục là thị trường quan trọng đối với thủy sản, rau quả và đồ gỗ của Việt Nam.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5, đón đoàn nhà nhập khẩu New Zealand sang làm việc tại Thành phố Hồ Chí Minh và Cần Thơ.",
        ),
        (
            "list_item",
            "2. Tháng 9, tổ chức khu gian hàng quốc gia Việt Nam tại hội chợ thực phẩm quốc tế ở Melbourne.",
        ),
        (
            "list_item",
            "3. Chủ trì, phối hợp với Vụ Thị trường châu Á – châu Phi đàm phán và ký Bản ghi nhớ hợp tác xúc tiến thương mại với Austrade, dự kiến nhân chuyến công tác Australia của Lãnh đạo Bộ vào tháng 11.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn xúc tiến riêng sang Fiji và Papua New Guinea trong năm 2026; thông tin về hai thị trường này được lồng ghép vào các hội nghị giao thương trực tuyến.",
        ),
        (
            "paragraph",
            "Phòng Xúc tiến thương mại khu vực châu Á – Thái Bình Dương là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

CQE_CHAFTA = {
    "id": "cqe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Thương mại tự do Trung Quốc – Australia"),
        (
            "paragraph",
            "Hiệp định Thương mại tự do Trung Quốc – Australia (ChAFTA) là hiệp định thương mại song phương giữa Cộng hòa Nhân dân Trung Hoa và Australia. Hai nước khởi động đàm phán năm 2005; sau gần mười năm, hai bên tuyên bố kết thúc đàm phán ngày 17/11/2014, nhân chuyến thăm Australia của Chủ tịch Tập Cận Bình.",
        ),
        ("heading", "Ký kết và hiệu lực", 1),
        (
            "paragraph",
            "Hiệp định được Bộ trưởng Thương mại và Đầu tư Australia Andrew Robb và Bộ trưởng Thương mại Trung Quốc Cao Hổ Thành ký tại Can-bê-ra ngày 17/6/2015 và có hiệu lực từ ngày 20/12/2015. Theo lộ trình, phần lớn thuế quan đối với hàng hóa Australia vào Trung Quốc được xóa bỏ dần; hàng công nghiệp Trung Quốc cũng được hưởng ưu đãi khi vào Australia.",
        ),
        ("heading", "Tranh chấp thương mại", 1),
        (
            "paragraph",
            "Năm 2020, Trung Quốc áp thuế chống bán phá giá đối với lúa mạch và rượu vang Australia; Australia đưa hai vụ việc ra cơ chế giải quyết tranh chấp của WTO. Các biện pháp này lần lượt được dỡ bỏ vào năm 2023 và 2024, sau khi quan hệ hai nước ấm lên.",
        ),
        ("heading", "Quan hệ với các khuôn khổ khu vực", 1),
        (
            "paragraph",
            "Cả Trung Quốc và Australia đều tham gia Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP), ký ngày 15/11/2020. Năm 2021, Trung Quốc nộp đơn xin gia nhập CPTPP, hiệp định mà Australia là thành viên. Việt Nam là thành viên của cả RCEP và CPTPP.",
        ),
    ],
}

DOCS = [CQA_AUSTRALIA_CHINA, CQB_TRADE_OFFICE, CQC_BARLEY, CQD_PLAN, CQE_CHAFTA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, the page number centred as
    "- N -" under the body (heldout_kit.headed_journal: title at 56 columns, labels and body at 76)."""
    return headed_journal(doc, title=56, label=76, body=76, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 78 columns, every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, 78, ["THAM TÁN THƯƠNG MẠI", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page (the agency's detail page)."""
    return news_page(
        doc,
        section="Kinh tế",
        time="07:40",
        menu=[("/kinh-te", "Kinh tế"), ("/the-gioi", "Thế giới")],
        tags=[
            ("/tag/australia", "Australia"),
            ("/tag/trung-quoc", "Trung Quốc"),
            ("/tag/lua-mach", "Lúa mạch"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A department plan: the two-column issuer/motto block, the centred title, body at 78 columns, the
    "Nơi nhận" list beside the signature."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Lãnh đạo Bộ (để b/c);",
            "- Các Thương vụ tại Australia, New Zealand;",
            "- Lưu: VT, XTTM.",
        ],
        ["CỤC TRƯỞNG", "", "(đã ký)"],
        columns=(50, 50, 52),
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
        prefix="cq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
