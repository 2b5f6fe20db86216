"""Build the ninety-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout97/build_heldout97.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
a topic those sets do not use as a main topic: the UN climate conferences (UNFCCC, COP) and Vietnam. A
journal article on Vietnam from Rio (1992) to Baku (2024), the Department of Climate Change's report on
international cooperation in the first half of 2025, a news page on the opening of COP28 in Dubai and the
loss and damage fund (30/11/2023), a (fictitious) Ministry of Industry and Trade plan for the Just Energy
Transition Partnership in 2026, an encyclopedia entry on the UNFCCC. Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the report's and the
plan's items and all quoted words are invented. Events, citations and questions gold are written by
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

USA_COP = {
    "id": "usa",
    "shape": "journal",
    "header": "TẠP CHÍ QUAN HỆ QUỐC TẾ VÀ PHÁT TRIỂN BỀN VỮNG – Số 4 (2025)",
    "first_page": 52,
    "break_after": 10,
    "blocks": [
        ("title", "VIỆT NAM TẠI CÁC HỘI NGHỊ KHÍ HẬU CỦA LIÊN HỢP QUỐC: TỪ RI-Ô ĐẾN BA-CU"),
        ("author", "Trương Quốc Hưng"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao Việt Nam, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích quá trình Việt Nam tham gia các cơ chế đa phương về biến đổi khí hậu, từ Công ước khung năm 1992 đến Hội nghị COP29, và đề xuất một số kiến nghị.",
            "vi",
        ),
        ("keywords", "UNFCCC; COP; Thỏa thuận Paris; JETP; tài chính khí hậu", "vi"),
        ("heading", "1. Những cam kết pháp lý đầu tiên", 1),
        (
            "paragraph",
            "Việt Nam ký Công ước khung của Liên hợp quốc về biến đổi khí hậu (UNFCCC) tại Hội nghị Thượng đỉnh Trái đất ở Ri-ô đờ Gia-nê-rô tháng 6/1992 và phê chuẩn Công ước ngày 16/11/1994. Năm 2002, nước ta phê chuẩn Nghị định thư Kyoto, văn kiện đầu tiên đặt ra nghĩa vụ giảm phát thải có tính ràng buộc đối với các nước phát triển (Vũ Thanh Bình, 2015, tr. 54). Thỏa thuận Paris được ta ký tại Niu Oóc ngày 22/4/2016 và phê duyệt ngày 31/10/2016, chỉ ít ngày trước khi văn kiện này có hiệu lực.",
        ),
        ("heading", "2. Từ Glasgow đến Brúc-xen", 1),
        (
            "paragraph",
            "Tại COP26 ở Glasgow (Vương quốc Anh), ngày 1/11/2021, Thủ tướng Phạm Minh Chính tuyên bố Việt Nam sẽ đạt mức phát thải ròng bằng “0” vào năm 2050. Cùng dịp này, nước ta tham gia Cam kết toàn cầu về giảm phát thải khí mê-tan. Ngày 14/12/2022, tại Brúc-xen (Bỉ), Việt Nam và Nhóm Đối tác quốc tế (IPG) thông qua Tuyên bố chính trị thiết lập Quan hệ đối tác chuyển đổi năng lượng công bằng (JETP); các đối tác cam kết huy động ban đầu 15,5 tỷ USD trong 3 – 5 năm (Nguyễn Thị Lan Anh, 2023).",
        ),
        ("heading", "3. COP29 và bài toán tài chính khí hậu", 1),
        (
            "paragraph",
            "Hội nghị COP29 tại Ba-cu (A-déc-bai-gian) tháng 11/2024 thông qua Mục tiêu định lượng tập thể mới về tài chính khí hậu, theo đó các nước phát triển dẫn đầu huy động ít nhất 300 tỷ USD mỗi năm cho các nước đang phát triển vào năm 2035. Nhiều nước đang phát triển cho rằng mức này “còn quá xa so với nhu cầu thực tế” (Đặng Hữu Phúc, 2025, tr. 112). Bối cảnh càng khó khăn hơn khi ngày 20/1/2025, Tổng thống Hoa Kỳ Đô-nan Trăm ký sắc lệnh rút nước này khỏi Thỏa thuận Paris lần thứ hai, và đến tháng 3/2025 Hoa Kỳ cũng rút khỏi JETP. Theo chúng tôi, Việt Nam cần sớm hoàn thiện NDC mới và chủ động tiếp cận các nguồn tài chính từ Quỹ Khí hậu xanh (GCF) cũng như khu vực tư nhân.",
        ),
    ],
}

USB_CUC = {
    "id": "usb",
    "shape": "word",
    "head": [
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "CỤC BIẾN ĐỔI KHÍ HẬU",
        "Số: 146/BC-BĐKH",
        "Hà Nội, ngày 08 tháng 7 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác quốc tế về biến đổi khí hậu 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả hợp tác quốc tế về biến đổi khí hậu 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm 2025",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Cục đã phối hợp với Tổ chức Hợp tác quốc tế Đức (GIZ) tổ chức 4 hội thảo tham vấn về Đóng góp do quốc gia tự quyết định (NDC) lần thứ ba tại Hà Nội, Đà Nẵng và Cần Thơ.",
        ),
        (
            "list_item",
            "2. Tháng 3/2025, sau khi Hoa Kỳ thông báo rút khỏi JETP, Cục đã làm việc với đại diện Liên minh châu Âu và Vương quốc Anh, hai đồng trưởng nhóm của Nhóm Đối tác quốc tế (IPG); phía bạn khẳng định tiếp tục thực hiện các cam kết đã đưa ra.",
        ),
        (
            "list_item",
            "3. Tháng 4/2025, phiên họp Ủy ban hỗn hợp Cơ chế tín chỉ chung (JCM) Việt Nam – Nhật Bản được tổ chức theo hình thức trực tuyến; hai bên thống nhất đăng ký thêm 3 dự án giảm phát thải.",
        ),
        (
            "list_item",
            "4. Tháng trước, đoàn của Cục tham dự Khóa họp lần thứ 62 các Cơ quan phụ trợ của Công ước khung (SB62) tại Bon (Đức).",
        ),
        (
            "list_item",
            "5. Chuyến công tác sang Niu Di-lân tìm hiểu mô hình nông nghiệp phát thải thấp chưa thực hiện được do phía bạn đề nghị lùi thời gian.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", 1),
        (
            "list_item",
            "1. Hoàn thiện NDC lần thứ ba, trình Thủ tướng Chính phủ phê duyệt để gửi Ban Thư ký Công ước khung trước tháng 10.",
        ),
        (
            "list_item",
            "2. Chuẩn bị nội dung tham gia của đoàn Việt Nam tại COP30 ở Bê-lem (Bra-xin) vào tháng 11/2025.",
        ),
        (
            "list_item",
            "3. Tiếp tục làm việc với Quỹ Khí hậu xanh (GCF) về đề xuất dự án tăng cường khả năng chống chịu cho vùng ven biển Đồng bằng sông Cửu Long.",
        ),
    ],
}

USC_COP28 = {
    "id": "usc",
    "shape": "news",
    "date": "2023-11-30",
    "stamp": "Thứ Năm, 30/11/2023 - 23:55",
    "blocks": [
        ("title", "COP28 khai mạc, thông qua quyết định vận hành Quỹ tổn thất và thiệt hại"),
        (
            "paragraph",
            "Đu-bai (TTXVN) – Ngày 30/11, Hội nghị lần thứ 28 các Bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP28) đã khai mạc tại Thành phố Expo Dubai, Các Tiểu vương quốc Ả-rập Thống nhất (UAE), với sự tham dự của đại diện gần 200 quốc gia.",
        ),
        ("heading", "Thỏa thuận ngay trong ngày đầu", 1),
        (
            "paragraph",
            "Ngay tại phiên khai mạc, các bên đã nhất trí thông qua quyết định đưa vào vận hành Quỹ ứng phó với tổn thất và thiệt hại, vốn được thành lập tại COP27 ở Sác-man Sen-khơ (Ai Cập) năm ngoái. Chủ tịch COP28 Sultan Al Jaber nhấn mạnh đây là lần đầu tiên một quyết định được thông qua ngay trong ngày đầu của một hội nghị COP. Theo thỏa thuận, Ngân hàng Thế giới sẽ tạm thời quản lý Quỹ trong 4 năm.",
        ),
        ("heading", "Những khoản cam kết đầu tiên", 1),
        (
            "paragraph",
            "Nước chủ nhà UAE và Đức mỗi nước cam kết đóng góp 100 triệu USD cho Quỹ. Anh công bố khoản đóng góp 40 triệu bảng, Hoa Kỳ 17,5 triệu USD và Nhật Bản 10 triệu USD. Dù vậy, nhiều tổ chức môi trường cho rằng những khoản tiền này còn rất nhỏ so với thiệt hại mà các nước đang phát triển phải gánh chịu.",
        ),
        ("heading", "Thủ tướng Phạm Minh Chính tới Đu-bai", 1),
        (
            "paragraph",
            "Tối cùng ngày (giờ địa phương), Thủ tướng Phạm Minh Chính và Đoàn đại biểu Việt Nam đã tới Đu-bai, sau khi kết thúc chuyến thăm chính thức Thổ Nhĩ Kỳ. Theo chương trình, ngày 1/12, Thủ tướng sẽ dự Hội nghị Thượng đỉnh Hành động khí hậu thế giới trong khuôn khổ COP28 và phát biểu tại lễ công bố Kế hoạch huy động nguồn lực thực hiện Tuyên bố chính trị về JETP mà Việt Nam và các đối tác quốc tế thông qua tháng 12 năm ngoái.",
        ),
    ],
}

USD_PLAN = {
    "id": "usd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 15/KH-BCT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai hợp tác quốc tế về Quan hệ đối tác",
        "chuyển đổi năng lượng công bằng (JETP) năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Triển khai hợp tác quốc tế về Quan hệ đối tác chuyển đổi năng lượng công bằng (JETP) năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ Tuyên bố chính trị thiết lập Quan hệ đối tác chuyển đổi năng lượng công bằng giữa Việt Nam và Nhóm Đối tác quốc tế (IPG) được thông qua ngày 14/12/2022 và Kế hoạch huy động nguồn lực công bố tại COP28, Bộ Công Thương xây dựng Kế hoạch triển khai năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH TRIỂN KHAI", 1),
        (
            "paragraph",
            "Tháng 3 năm ngoái, Hoa Kỳ rút khỏi JETP; các thành viên còn lại của IPG, do Liên minh châu Âu và Vương quốc Anh đồng dẫn dắt, vẫn cam kết tiếp tục đồng hành với Việt Nam. Trong năm 2025, một số dự án hỗ trợ kỹ thuật về lưới điện và lưu trữ năng lượng đã được triển khai bằng nguồn viện trợ không hoàn lại của Đức và Đan Mạch; tuy nhiên, chưa có khoản vay ưu đãi nào cho các dự án truyền tải được ký kết.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3, chủ trì phiên họp thường niên giữa Ban Thư ký JETP và đại diện các thành viên IPG tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Tài chính đàm phán với Ngân hàng Tái thiết Đức (KfW) và Cơ quan Phát triển Pháp (AFD) về các khoản vay ưu đãi cho dự án đường dây 500 kV, dự kiến ký kết vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Nhật Bản hỗ trợ nghiên cứu công nghệ đồng đốt amoniac tại các nhà máy nhiệt điện than trong khuôn khổ Cộng đồng phát thải ròng bằng 0 châu Á (AZEC).",
        ),
        (
            "list_item",
            "4. Cử cán bộ tham gia đoàn Việt Nam dự Hội nghị COP31 vào tháng 11/2026.",
        ),
        (
            "list_item",
            "5. Không đề xuất các khoản vay thương mại trong khuôn khổ JETP khi chưa đánh giá đầy đủ khả năng trả nợ.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

USE_UNFCCC = {
    "id": "use",
    "shape": "entry",
    "blocks": [
        ("title", "Công ước khung của Liên hợp quốc về biến đổi khí hậu"),
        (
            "paragraph",
            "Công ước khung của Liên hợp quốc về biến đổi khí hậu (UNFCCC) là điều ước quốc tế nền tảng về ứng phó với biến đổi khí hậu, nhằm ổn định nồng độ khí nhà kính trong khí quyển ở mức ngăn chặn được sự can thiệp nguy hiểm của con người vào hệ thống khí hậu. Công ước được thông qua tại trụ sở Liên hợp quốc ở Niu Oóc ngày 9/5/1992, mở ký tại Hội nghị Thượng đỉnh Trái đất ở Ri-ô đờ Gia-nê-rô tháng 6/1992 và có hiệu lực từ ngày 21/3/1994. Hiện Công ước có 198 bên tham gia.",
        ),
        ("heading", "Hội nghị các Bên", 1),
        (
            "paragraph",
            "Hội nghị các Bên (COP) là cơ quan ra quyết định cao nhất, họp hằng năm; COP1 diễn ra tại Béc-lin năm 1995. COP3 do Nhật Bản đăng cai tại Ky-ô-tô năm 1997 thông qua Nghị định thư Kyoto, văn kiện có hiệu lực ngày 16/2/2005. Hoa Kỳ ký nhưng không phê chuẩn Nghị định thư, còn Ca-na-đa tuyên bố rút khỏi văn kiện này tháng 12/2011. Thỏa thuận Paris được thông qua tại COP21 ngày 12/12/2015. Gần đây, COP28 do UAE đăng cai tại Đu-bai năm 2023 đã hoàn tất đợt kiểm kê toàn cầu đầu tiên.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam phê chuẩn Công ước ngày 16/11/1994 và Nghị định thư Kyoto ngày 25/9/2002; Thỏa thuận Paris được nước ta phê duyệt ngày 31/10/2016.",
        ),
    ],
}

DOCS = [USA_COP, USB_CUC, USC_COP28, USD_PLAN, USE_UNFCCC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 54 columns, labels at 74), body at 74 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) the page number centred as
    "- N -", a form feed and the running header; the last page ends with its number."""
    return headed_journal(doc, title=54, label=74, body=74, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["CỤC TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Môi trường",
        "23:55",
        [("/the-gioi", "Thế giới"), ("/moi-truong", "Môi trường")],
        [("/tag/cop28", "COP28"), ("/tag/bien-doi-khi-hau", "Biến đổi khí hậu")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Tài chính;",
            "- Bộ Nông nghiệp và Môi trường;",
            "- Lưu: VT, HTQT.",
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
        prefix="us",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
