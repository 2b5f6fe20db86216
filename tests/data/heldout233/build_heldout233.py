"""Build the two hundred thirty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout233/build_heldout233.py [--check]

Five short documents on Vietnam in the WTO's dispute settlement (a journal article on Vietnam's cases from
the shrimp dispute to the Appellate Body's paralysis, the Trade Remedies Authority's report on 2024, a news
page on the panel report in the shrimp case of 11/7/2011, a (fictitious) Ministry of Industry and Trade
plan for 2026, an encyclopedia entry on the Appellate Body). Facts are well-established; authors, journal,
page numbers, document numbers, the report's and the plan's items and all quoted words are invented.
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

DXA_JOURNAL = {
    "id": "dxa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU THƯƠNG MẠI QUỐC TẾ – Số 5 (2024)",
    "first_page": 71,
    "break_after": 9,
    "blocks": [
        ("title", "VIỆT NAM VÀ CƠ CHẾ GIẢI QUYẾT TRANH CHẤP CỦA WTO SAU MƯỜI BẢY NĂM"),
        ("author", "Trịnh Quang Vinh"),
        ("affiliation", "Viện Nghiên cứu Chiến lược, Chính sách Công Thương"),
        (
            "abstract",
            "Bài viết tổng kết kinh nghiệm của Việt Nam trong các vụ tranh chấp tại WTO và đánh giá tác động của việc Cơ quan Phúc thẩm ngừng hoạt động.",
            "vi",
        ),
        ("keywords", "WTO; giải quyết tranh chấp; chống bán phá giá; Cơ quan Phúc thẩm", "vi"),
        ("heading", "1. Những vụ kiện đầu tiên", 1),
        (
            "paragraph",
            "Trở thành thành viên thứ 150 của WTO ngày 11/1/2007, nước ta sớm phải đối mặt với các biện pháp chống bán phá giá. Hoa Kỳ áp thuế chống bán phá giá đối với tôm nước ấm của Việt Nam từ năm 2005 và tiếp tục duy trì phương pháp “quy về không” trong các đợt rà soát. Ngày 1/2/2010, Việt Nam yêu cầu tham vấn với Hoa Kỳ, mở đầu vụ tranh chấp đầu tiên mà ta là bên nguyên đơn (Đỗ Minh Hằng, 2016, tr. 53). Tháng 7/2011, Ban Hội thẩm kết luận nhiều biện pháp của Hoa Kỳ vi phạm Hiệp định Chống bán phá giá.",
        ),
        ("heading", "2. Từ vụ tôm thứ hai đến vụ thép mạ", 1),
        (
            "paragraph",
            "Tháng 2/2012, ta tiếp tục khởi kiện Hoa Kỳ trong vụ tôm thứ hai; Cơ quan Phúc thẩm công bố báo cáo vào tháng 4/2015. Năm 2015, Việt Nam và Đài Loan (Trung Quốc) kiện Inđônêxia về biện pháp tự vệ đối với thép mạ, và tháng 8/2018 Cơ quan Phúc thẩm xác nhận biện pháp đó không phải là biện pháp tự vệ theo quy định của WTO (Phan Thị Lụa, 2020).",
        ),
        ("heading", "3. Khi Cơ quan Phúc thẩm ngừng hoạt động", 1),
        (
            "paragraph",
            "Do Hoa Kỳ liên tục ngăn cản việc bổ nhiệm thành viên mới, từ ngày 11/12/2019 Cơ quan Phúc thẩm không còn đủ số thành viên để xét xử. Năm 2020, EU, Trung Quốc và một số thành viên khác lập Thỏa thuận trọng tài phúc thẩm tạm thời nhiều bên (MPIA), nhưng Việt Nam chưa tham gia. Theo một chuyên gia, “một cơ chế không có cấp phúc thẩm là một cơ chế dễ bị vô hiệu hóa” (Lê Anh Tuấn, 2023, tr. 19). Ta cần chủ động tham vấn song phương để xử lý sớm các bất đồng.",
        ),
    ],
}

DXB_REPORT = {
    "id": "dxb",
    "shape": "word",
    "head": [
        "BỘ CÔNG THƯƠNG",
        "CỤC PHÒNG VỆ THƯƠNG MẠI",
        "Số: 112/BC-PVTM",
        "Hà Nội, ngày 25 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác phòng vệ thương mại và xử lý tranh chấp năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Công tác phòng vệ thương mại và xử lý tranh chấp năm 2024"),
        ("heading", "I. TÌNH HÌNH VÀ KẾT QUẢ", 1),
        (
            "list_item",
            "1. Ngày 2/8/2024, Bộ Thương mại Hoa Kỳ quyết định tiếp tục coi Việt Nam là nền kinh tế phi thị trường; Bộ Công Thương đã bày tỏ sự thất vọng trước quyết định này.",
        ),
        (
            "list_item",
            "2. Trong năm, hàng xuất khẩu của Việt Nam bị khởi xướng 19 vụ điều tra phòng vệ thương mại mới, nhiều nhất từ Hoa Kỳ, Ấn Độ và Ô-xtrây-li-a.",
        ),
        (
            "list_item",
            "3. Tháng 10/2024, Cục tham vấn với Tổng vụ Phòng vệ thương mại Ấn Độ tại Niu Đê-li về ba vụ điều tra chống bán phá giá đối với thép và kính.",
        ),
        (
            "list_item",
            "4. Việt Nam tiếp tục tham gia với tư cách bên thứ ba trong một số vụ tranh chấp tại WTO; trong năm, ta không khởi kiện vụ tranh chấp mới nào.",
        ),
        (
            "list_item",
            "5. Cục đã tổ chức 14 hội thảo phổ biến thông tin về biện pháp phòng vệ thương mại tại các thị trường xuất khẩu lớn cho hiệp hội ngành hàng và doanh nghiệp.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, cử đoàn sang Oa-sinh-tơn tham vấn với Bộ Thương mại Hoa Kỳ về việc công nhận quy chế kinh tế thị trường.",
        ),
        (
            "list_item",
            "2. Phối hợp với Liên minh châu Âu tổ chức tập huấn cho doanh nghiệp về chống lẩn tránh biện pháp phòng vệ thương mại.",
        ),
        (
            "list_item",
            "3. Nghiên cứu khả năng tham gia Thỏa thuận trọng tài phúc thẩm tạm thời nhiều bên (MPIA).",
        ),
        (
            "list_item",
            "4. Kiện toàn mạng lưới cảnh báo sớm tại các tỉnh, thành phố và nâng cao năng lực cho đội ngũ luật sư trong nước.",
        ),
    ],
}

DXC_NEWS = {
    "id": "dxc",
    "shape": "news",
    "date": "2011-07-11",
    "stamp": "Thứ Hai, 11/07/2011 - 22:05",
    "blocks": [
        ("title", "WTO ra phán quyết có lợi cho Việt Nam trong vụ kiện tôm"),
        (
            "paragraph",
            "Giơ-ne-vơ (TTXVN) – Ngày 11/7, Ban Hội thẩm của Tổ chức Thương mại Thế giới (WTO) công bố báo cáo về vụ Việt Nam kiện Hoa Kỳ áp thuế chống bán phá giá đối với tôm, kết luận phía Hoa Kỳ đã vi phạm nhiều quy định của WTO.",
        ),
        ("heading", "Vụ kiện đầu tiên của Việt Nam", 1),
        (
            "paragraph",
            "Đây là vụ tranh chấp đầu tiên Việt Nam khởi kiện kể từ khi gia nhập WTO năm 2007. Việt Nam đã yêu cầu tham vấn từ ngày 1/2/2010, nhưng các cuộc tham vấn sau đó không đưa tới giải pháp. Thuế chống bán phá giá đối với tôm Việt Nam được Hoa Kỳ áp dụng từ năm 2005.",
        ),
        (
            "paragraph",
            "Trước Việt Nam, Ê-cu-a-đo và Thái Lan cũng từng kiện Hoa Kỳ tại WTO về phương pháp “quy về không” trong các vụ tôm và đều thắng kiện. Theo các chuyên gia, phương pháp này khiến biên độ phá giá bị đẩy lên cao hơn thực tế, gây thiệt hại lớn cho doanh nghiệp xuất khẩu. Tôm là một trong những mặt hàng thủy sản xuất khẩu chủ lực của Việt Nam, còn Hoa Kỳ là một trong những thị trường lớn nhất của mặt hàng này.",
        ),
        ("heading", "Chờ phản ứng của Oa-sinh-tơn", 1),
        (
            "paragraph",
            "Bộ Công Thương hoan nghênh báo cáo của Ban Hội thẩm và cho rằng đây là “kết quả của sự chuẩn bị kiên trì, bài bản”. Phía Hoa Kỳ chưa cho biết có kháng cáo hay không.",
        ),
    ],
}

DXD_PLAN = {
    "id": "dxd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 15/KH-BCT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Nâng cao năng lực giải quyết tranh chấp",
        "thương mại quốc tế năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Nâng cao năng lực giải quyết tranh chấp thương mại quốc tế năm 2026"),
        (
            "paragraph",
            "Nhằm bảo vệ lợi ích chính đáng của doanh nghiệp trong bối cảnh Cơ quan Phúc thẩm của WTO vẫn chưa được khôi phục, Bộ Công Thương ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, Ban Thư ký WTO đã đào tạo về luật và thủ tục tố tụng cho 12 cán bộ của Bộ tại Giơ-ne-vơ. Bộ đã hai lần tham vấn với Bộ Thương mại Hoa Kỳ về quy chế kinh tế thị trường, song chưa đạt được kết quả. Việc Cơ quan Phúc thẩm ngừng hoạt động khiến nhiều báo cáo của Ban Hội thẩm bị kháng cáo “vào khoảng trống”, làm giảm hiệu quả của cả cơ chế.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tham dự Hội nghị Bộ trưởng WTO lần thứ 14 (MC14) tại Ya-un-đê (Ca-mơ-run) vào tháng 3.",
        ),
        (
            "list_item",
            "2. Tháng 5 năm nay, đón đoàn chuyên gia của Ban Thư ký WTO sang Hà Nội tập huấn cho các địa phương.",
        ),
        (
            "list_item",
            "3. Đề nghị Chính phủ Ô-xtrây-li-a tiếp tục hỗ trợ kỹ thuật về cảnh báo sớm các vụ điều tra phòng vệ thương mại.",
        ),
        (
            "list_item",
            "4. Chưa đề xuất tham gia Thỏa thuận MPIA trong năm 2026; tiếp tục theo dõi kinh nghiệm của các thành viên.",
        ),
        (
            "list_item",
            "5. Tổ chức khóa đào tạo chuyên sâu về tranh chấp thương mại cho cán bộ các bộ, ngành và luật sư trong nước.",
        ),
        (
            "paragraph",
            "Cục Phòng vệ thương mại là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch và báo cáo Lãnh đạo Bộ trước ngày 15/12/2026.",
        ),
    ],
}

DXE_ENTRY = {
    "id": "dxe",
    "shape": "entry",
    "blocks": [
        ("title", "Cơ quan Phúc thẩm (WTO)"),
        (
            "paragraph",
            "Cơ quan Phúc thẩm là cơ quan thường trực của Tổ chức Thương mại Thế giới, được lập năm 1995 theo Thỏa thuận về các quy tắc và thủ tục giải quyết tranh chấp, có trụ sở tại Giơ-ne-vơ. Cơ quan gồm bảy thành viên, nhiệm kỳ bốn năm, có thể được tái bổ nhiệm một lần. Thành viên của Cơ quan là các chuyên gia về luật và thương mại quốc tế, không đại diện cho chính phủ nào.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Báo cáo phúc thẩm đầu tiên được ban hành năm 1996 trong vụ Vê-nê-xu-ê-la và Bra-xin kiện Hoa Kỳ về tiêu chuẩn xăng dầu. Cơ quan chỉ xem xét các vấn đề pháp lý; báo cáo thường được ban hành trong 60 ngày, chậm nhất là 90 ngày. Mỗi vụ do ba thành viên của Cơ quan xem xét. Báo cáo phúc thẩm được Cơ quan Giải quyết tranh chấp (DSB) thông qua, trừ khi tất cả thành viên đồng thuận bác bỏ, theo nguyên tắc “đồng thuận nghịch”; các bên có nghĩa vụ thi hành báo cáo đã được thông qua.",
        ),
        ("heading", "Khủng hoảng", 1),
        (
            "paragraph",
            "Từ năm 2017, Hoa Kỳ ngăn cản việc bổ nhiệm thành viên mới vì cho rằng Cơ quan đã vượt quá thẩm quyền. Đề xuất khởi động việc tuyển chọn thành viên mới, dù được hơn 120 thành viên ủng hộ, đã nhiều lần bị Hoa Kỳ bác bỏ tại các phiên họp của Cơ quan Giải quyết tranh chấp. Ngày 10/12/2019, nhiệm kỳ của hai thành viên kết thúc, và từ hôm sau Cơ quan ngừng xét xử. Tháng 4/2020, EU, Trung Quốc cùng một số thành viên khác lập MPIA dựa trên Điều 25 của Thỏa thuận; Nhật Bản gia nhập năm 2023. Việt Nam không tham gia MPIA. Tại Hội nghị Bộ trưởng lần thứ 12 ở Giơ-ne-vơ tháng 6/2022, các thành viên cam kết khôi phục một cơ chế giải quyết tranh chấp hoạt động đầy đủ vào năm 2024, nhưng mục tiêu này chưa đạt được.",
        ),
    ],
}

DOCS = [DXA_JOURNAL, DXB_REPORT, DXC_NEWS, DXD_PLAN, DXE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, page numbers centred as "- N -"."""
    return headed_journal(doc, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 72 columns, a blank line after every line."""
    return word_text(doc, 72, ["CỤC TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by the agency's detail template (heldout_kit.news_page)."""
    return news_page(
        doc,
        "Kinh tế",
        "22:05",
        [("/kinh-te", "Kinh tế"), ("/the-gioi", "Thế giới")],
        [("/tag/wto", "WTO"), ("/tag/tom", "Tôm")],
    )


def render_plan(doc: dict) -> str:
    """A plan: the two-column issuer/motto block, the centred title, "Nơi nhận" beside the signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Văn phòng Chính phủ;", "- Lưu: VT, PVTM."],
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
        prefix="dx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
