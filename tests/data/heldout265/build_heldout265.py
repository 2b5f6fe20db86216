"""Build the 265th held-out set (Vietnam and its Latin American CPTPP partners: Mexico, Peru, Chile; APEC 2024
in Lima) and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout265/build_heldout265.py [--check]

Five short documents: a journal article on the CPTPP and Vietnam's trade with Mexico, Peru and Chile, a
(fictitious) half-year report 2026 of the Vietnam Trade Office in Mexico, a news page on the close of APEC
Economic Leaders' Week in Lima (16/11/2024), a (fictitious) Cà Mau trade department plan for seafood exports to
the three markets in 2026, and an encyclopedia entry on the Vietnam – Chile Free Trade Agreement. Facts are
well-established; authors, journal, page numbers, quoted words, document numbers and the report's and plan's
items are invented. Gold is written by hand; ``--check`` verifies that every gold evidence, quote and
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
    ministry_plan,
    news_page,
    report_word,
)

GZA = {
    "id": "gza",
    "shape": "journal",
    "header": "NGHIÊN CỨU KINH TẾ QUỐC TẾ – Số 2 (2024)",
    "first_page": 88,
    "break_after": 3,
    "blocks": [
        ("title", "CPTPP VÀ CƠ HỘI MỞ RỘNG THỊ TRƯỜNG CỦA VIỆT NAM TẠI MÊ-HI-CÔ, PÊ-RU VÀ CHI-LÊ"),
        ("author", "Phan Thị Ngọc Hân"),
        ("affiliation", "Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết phân tích tác động của Hiệp định CPTPP đối với thương mại giữa Việt Nam và ba đối tác Mỹ La-tinh trong Hiệp định, đồng thời đề xuất giải pháp cho doanh nghiệp.",
            "vi",
        ),
        ("keywords", "CPTPP; Mê-hi-cô; Pê-ru; Chi-lê; thương mại tự do", "vi"),
        ("heading", "1. Hiệp định có hiệu lực", 1),
        (
            "paragraph",
            "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP) được 11 nước ký tại Xan-ti-a-gô (Chi-lê) ngày 8/3/2018. Mê-hi-cô là nước đầu tiên phê chuẩn, ngày 28/6/2018. Quốc hội Việt Nam thông qua Nghị quyết phê chuẩn Hiệp định ngày 12/11/2018, và CPTPP có hiệu lực đối với nước ta từ ngày 14/1/2019 (Bùi Thanh Liêm, 2020, tr. 41).",
        ),
        ("heading", "2. Hai đối tác đến sau", 1),
        (
            "paragraph",
            "Pê-ru và Chi-lê hoàn tất thủ tục muộn hơn: Hiệp định có hiệu lực với Pê-ru từ ngày 19/9/2021 và với Chi-lê từ ngày 21/2/2023. Trước đó, Chi-lê đã là nước Mỹ La-tinh đầu tiên có hiệp định thương mại tự do song phương với Việt Nam, có hiệu lực từ ngày 1/1/2014. Một chuyên gia ví CPTPP như “tấm vé vào cửa” cho hàng Việt Nam ở bờ Thái Bình Dương của châu Mỹ (Trần Khánh Vy, 2022, tr. 17).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Đến nay, Việt Nam và Mê-hi-cô chưa khởi động đàm phán hiệp định thương mại tự do song phương. Doanh nghiệp cần tận dụng quy tắc xuất xứ của CPTPP để thâm nhập thị trường hơn 130 triệu dân này (Lê Đức Mạnh, 2023).",
        ),
    ],
}

GZB = {
    "id": "gzb",
    "shape": "word",
    "head": [
        "BỘ CÔNG THƯƠNG",
        "THƯƠNG VỤ VIỆT NAM TẠI MÊ-HI-CÔ",
        "Số: 58/BC-TVMX",
        "Mê-hi-cô Xi-ti, ngày 30 tháng 6 năm 2026",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thương mại Việt Nam – Mê-hi-cô 6 tháng đầu năm 2026",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thương mại Việt Nam – Mê-hi-cô 6 tháng đầu năm 2026"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Kim ngạch thương mại hai chiều ước đạt 3,1 tỷ đô-la Mỹ, tăng 12% so với cùng kỳ; điện thoại, máy vi tính và linh kiện chiếm phần lớn hàng xuất khẩu của ta.",
        ),
        (
            "list_item",
            "2. Tháng 3/2026, phối hợp với Đại sứ quán đón đoàn Bộ trưởng Phát triển kinh tế bang Jalisco sang thăm Thành phố Hồ Chí Minh; hai bên ký biên bản ghi nhớ về xúc tiến đầu tư.",
        ),
        (
            "list_item",
            "3. Tổ chức hội thảo tại Mê-hi-cô Xi-ti giới thiệu cơ hội tận dụng CPTPP, thu hút hơn 80 doanh nghiệp hai nước.",
        ),
        (
            "list_item",
            "4. Tháng 5/2026, Mê-hi-cô áp thuế chống bán phá giá tạm thời đối với thép mạ kẽm nhập khẩu từ Việt Nam; Thương vụ đã hỗ trợ doanh nghiệp chuẩn bị hồ sơ kháng nghị.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tháng 9/2026, đưa đoàn doanh nghiệp Việt Nam dự hội chợ công nghiệp thực phẩm tại Gua-đa-la-kha-ra.",
        ),
        (
            "list_item",
            "2. Phối hợp chuẩn bị phiên họp Tiểu ban hợp tác kinh tế – thương mại Việt Nam – Mê-hi-cô, dự kiến tổ chức tại Hà Nội vào quý IV.",
        ),
        (
            "list_item",
            "3. Chưa đề xuất mở văn phòng xúc tiến thương mại tại Môn-tê-rây do chưa bố trí được biên chế.",
        ),
    ],
}

GZC = {
    "id": "gzc",
    "shape": "news",
    "date": "2024-11-16",
    "stamp": "Thứ Bảy, 16/11/2024 - 22:05",
    "blocks": [
        ("title", "Bế mạc Tuần lễ Cấp cao APEC 2024 tại Li-ma"),
        (
            "paragraph",
            "Li-ma (TTXVN) – Chiều 16/11 (giờ địa phương), Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ 31 đã bế mạc tại thủ đô Li-ma của Pê-ru với việc thông qua Tuyên bố Ma-chu Pic-chu.",
        ),
        ("heading", "Việt Nam đóng góp tích cực", 1),
        (
            "paragraph",
            "Chủ tịch nước Lương Cường dẫn đầu đoàn Việt Nam dự hội nghị. Trước đó, Chủ tịch nước đã hội đàm với Tổng thống Pê-ru Dina Boluarte; hai bên nhất trí tận dụng hiệu quả CPTPP để đưa kim ngạch thương mại song phương lên tầm cao mới.",
        ),
        (
            "paragraph",
            "Bên lề hội nghị, Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình đã có cuộc gặp, cuộc gặp cuối cùng của hai nhà lãnh đạo trước khi ông Biden rời Nhà Trắng.",
        ),
        ("heading", "Chuyển giao năm chủ nhà", 1),
        (
            "paragraph",
            "Tại phiên bế mạc, Pê-ru chuyển giao vai trò chủ nhà APEC cho Hàn Quốc, nước sẽ tổ chức Tuần lễ Cấp cao năm 2025 tại thành phố Gyeongju. Trung Quốc sẽ đăng cai APEC năm 2026 và Việt Nam năm 2027.",
        ),
    ],
}

GZD = {
    "id": "gzd",
    "shape": "plan",
    "head": [
        f"{'UBND TỈNH CÀ MAU':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'SỞ CÔNG THƯƠNG':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 412/KH-SCT':<40}Cà Mau, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến xuất khẩu thủy sản sang thị trường",
        "Mê-hi-cô, Chi-lê và Pê-ru năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến xuất khẩu thủy sản sang thị trường Mê-hi-cô, Chi-lê và Pê-ru năm 2026"),
        (
            "paragraph",
            "Nhằm tận dụng ưu đãi thuế quan của Hiệp định CPTPP và Hiệp định thương mại tự do Việt Nam – Chi-lê, Sở Công Thương xây dựng Kế hoạch xúc tiến xuất khẩu thủy sản sang ba thị trường năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, kim ngạch xuất khẩu tôm của tỉnh sang ba thị trường đạt 46 triệu đô-la Mỹ. Sở đã đón đoàn nhà nhập khẩu Chi-lê sang khảo sát vùng nuôi tôm sinh thái ở xã Đất Mũi. Việc tham gia hội chợ thủy sản tại Li-ma không thực hiện được do trùng lịch.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, tổ chức đoàn doanh nghiệp sang Xan-ti-a-gô dự hội chợ thủy sản và làm việc với Thương vụ Việt Nam tại Chi-lê.",
        ),
        (
            "list_item",
            "2. Phối hợp với Thương vụ Việt Nam tại Mê-hi-cô tổ chức kết nối giao thương trực tuyến với các nhà phân phối Mê-hi-cô trong quý II.",
        ),
        (
            "list_item",
            "3. Mời Đại sứ Pê-ru tại Việt Nam thăm và làm việc với tỉnh nhân dịp Festival Tôm Cà Mau.",
        ),
        (
            "list_item",
            "4. Hỗ trợ doanh nghiệp đáp ứng yêu cầu kiểm dịch của Cơ quan Y tế nông nghiệp quốc gia Pê-ru (SENASA).",
        ),
        (
            "paragraph",
            "Phòng Quản lý thương mại chủ trì, phối hợp với Hiệp hội Chế biến và Xuất khẩu thủy sản tỉnh triển khai Kế hoạch, định kỳ báo cáo Giám đốc Sở.",
        ),
    ],
}

GZE = {
    "id": "gze",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Thương mại tự do Việt Nam – Chi-lê"),
        (
            "paragraph",
            "Hiệp định Thương mại tự do Việt Nam – Chi-lê (VCFTA) là hiệp định thương mại tự do song phương đầu tiên Việt Nam ký với một nước Mỹ La-tinh. Hiệp định được ký ngày 11/11/2011 tại Hô-nô-lu-lu (Hoa Kỳ), bên lề Hội nghị cấp cao APEC, và có hiệu lực từ ngày 1/1/2014.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Chi-lê thiết lập quan hệ ngoại giao với Việt Nam ngày 25/3/1971, dưới thời Tổng thống Salvador Allende. Cả hai nước đều là thành viên APEC, Chi-lê từ năm 1994 và Việt Nam từ năm 1998.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp định chủ yếu điều chỉnh thương mại hàng hóa: Chi-lê cam kết xóa bỏ thuế quan đối với phần lớn hàng xuất khẩu của Việt Nam ngay khi Hiệp định có hiệu lực, còn Việt Nam cắt giảm theo lộ trình dài hơn. Hiệp định cũng có các chương về quy tắc xuất xứ, biện pháp vệ sinh dịch tễ và hàng rào kỹ thuật trong thương mại.",
        ),
        ("heading", "Quan hệ sau đó", 1),
        (
            "paragraph",
            "Năm 2018, hai nước cùng ký CPTPP, tạo thêm một khuôn khổ ưu đãi song song với VCFTA. Tháng 11/2024, Chủ tịch nước Lương Cường thăm cấp Nhà nước Chi-lê và hội đàm với Tổng thống Gabriel Boric.",
        ),
    ],
}

DOCS = [GZA, GZB, GZC, GZD, GZE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, page labels "– N –" centred
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 72)."""
    return headed_journal(doc, body=72, label=72, page_label="– {} –", align="^")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 70 columns, signed "KT. TRƯỞNG THƯƠNG VỤ
    / THAM TÁN"."""
    return report_word(doc, ["KT. TRƯỞNG THƯƠNG VỤ", "THAM TÁN", "(Đã ký)"], width=70)


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page defaults) under the "Kinh tế thế giới" section."""
    return news_page(
        doc,
        section="Kinh tế thế giới",
        time="22:05",
        menu=[("/kinh-te", "Kinh tế"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/apec", "APEC"), ("/tag/pe-ru", "Pê-ru")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
        recipients=["- UBND tỉnh (để b/c);", "- Lưu: VT, QLTM."],
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
        prefix="gz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
