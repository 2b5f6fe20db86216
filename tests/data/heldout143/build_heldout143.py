"""Build the 143rd held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout143/build_heldout143.py [--check]

Five short documents on Vietnam – Japan economic partnership agreements: a journal article on the Vietnam –
Japan Economic Partnership Agreement (VJEPA) fifteen years on, a (fictitious) half-year report of the
Vietnamese Trade Office in Japan for 2025, a news page on the signing of the VJEPA in Tokyo (25/12/2008), a
(fictitious) Ministry of Industry and Trade plan for the Japanese market in 2026 and an encyclopedia entry
on the ASEAN – Japan Comprehensive Economic Partnership (AJCEP). Facts are well-established; authors,
journal, page numbers, document numbers, the report's and the plan's items and all quoted words are
invented. Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
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

NTA_VJEPA = {
    "id": "nta",
    "shape": "journal",
    "header": "NGHIÊN CỨU KINH TẾ NHẬT BẢN – Số 3 (2024)",
    "first_page": 19,
    "break_after": 9,
    "blocks": [
        ("title", "HIỆP ĐỊNH ĐỐI TÁC KINH TẾ VIỆT NAM – NHẬT BẢN SAU MƯỜI LĂM NĂM THỰC THI"),
        ("author", "Hoàng Minh Đức"),
        ("affiliation", "Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết đánh giá tác động của Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản (VJEPA) và các hiệp định đa phương có sự tham gia của hai nước đối với thương mại song phương.",
            "vi",
        ),
        ("keywords", "VJEPA; AJCEP; CPTPP; RCEP; Nhật Bản", "vi"),
        ("heading", "1. Hiệp định thương mại tự do song phương đầu tiên", 1),
        (
            "paragraph",
            "Kể từ khi thiết lập quan hệ ngoại giao ngày 21/9/1973, Nhật Bản dần trở thành một trong những đối tác kinh tế quan trọng nhất của nước ta. Chỉ vài tuần sau khi Hiệp định Đối tác kinh tế toàn diện ASEAN – Nhật Bản (AJCEP) có hiệu lực với Việt Nam từ ngày 1/12/2008, hai nước ký VJEPA tại Tô-ky-ô ngày 25/12/2008. Hiệp định có hiệu lực từ ngày 1/10/2009 và là hiệp định thương mại tự do song phương đầu tiên của Việt Nam (Trịnh Thị Hằng, 2014, tr. 52).",
        ),
        ("heading", "2. Tác động đến thương mại và lao động", 1),
        (
            "paragraph",
            "Nhờ cam kết xóa bỏ thuế quan, hàng dệt may, thủy sản và đồ gỗ của ta vào Nhật Bản ngày càng thuận lợi. VJEPA còn mở ra kênh đưa điều dưỡng viên và hộ lý Việt Nam sang Nhật Bản làm việc; lứa ứng viên đầu tiên lên đường năm 2014, cùng năm hai nước nâng quan hệ lên Đối tác chiến lược sâu rộng. Tuy vậy, theo một chuyên gia, doanh nghiệp Việt Nam “mới tận dụng được một phần nhỏ ưu đãi của hiệp định” (Ngô Quang Vinh, 2019, tr. 88).",
        ),
        ("heading", "3. Trong mạng lưới hiệp định mới", 1),
        (
            "paragraph",
            "Việt Nam và Nhật Bản cùng ký Hiệp định CPTPP tại Xan-ti-a-gô (Chi-lê) ngày 8/3/2018 và Hiệp định RCEP ngày 15/11/2020. Tháng 11/2023, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện (Bùi Thanh Tâm, 2024). Dù vậy, VJEPA chưa được rà soát, nâng cấp kể từ khi có hiệu lực.",
        ),
    ],
}

NTB_TRADE = {
    "id": "ntb",
    "shape": "word",
    "head": [
        "BỘ CÔNG THƯƠNG",
        "THƯƠNG VỤ VIỆT NAM TẠI NHẬT BẢN",
        "Số: 112/BC-TVNB",
        "Tô-ky-ô, ngày 04 tháng 7 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thương mại Việt Nam – Nhật Bản 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Tình hình thương mại Việt Nam – Nhật Bản 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Thương vụ phối hợp với Cục Xúc tiến thương mại tổ chức khu gian hàng Việt Nam với 42 doanh nghiệp tại Hội chợ FOODEX Japan hồi tháng 3.",
        ),
        (
            "list_item",
            "2. Làm việc với Tổ chức Xúc tiến thương mại Nhật Bản (JETRO) về chương trình kết nối doanh nghiệp nhỏ và vừa hai nước; JETRO đồng ý cử chuyên gia sang hỗ trợ doanh nghiệp chế biến gỗ ở Bình Dương.",
        ),
        (
            "list_item",
            "3. Tháng 5, đón đoàn 30 doanh nghiệp thực phẩm của tỉnh Ô-xa-ca sang khảo sát nguồn cung tại Đồng Tháp và Tiền Giang.",
        ),
        (
            "list_item",
            "4. Hồ sơ đề nghị mở cửa thị trường cho quả bưởi tươi của Việt Nam vẫn chưa được Bộ Nông Lâm Thủy sản Nhật Bản chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tháng 9, phối hợp tổ chức Diễn đàn tận dụng ưu đãi VJEPA và CPTPP tại Tô-ky-ô và Na-gôi-a.",
        ),
        (
            "list_item",
            "2. Tiếp tục đề nghị phía Nhật Bản sớm hoàn tất thủ tục kiểm dịch đối với quả bưởi.",
        ),
        (
            "list_item",
            "3. Đón đoàn Bộ trưởng Công Thương sang dự Hội nghị Ủy ban hỗn hợp về thương mại Việt Nam – Nhật Bản dự kiến vào tháng 11.",
        ),
    ],
}

NTC_SIGNING = {
    "id": "ntc",
    "shape": "news",
    "date": "2008-12-25",
    "stamp": "Thứ Năm, 25/12/2008 - 19:05",
    "blocks": [
        ("title", "Việt Nam và Nhật Bản ký Hiệp định Đối tác kinh tế"),
        (
            "paragraph",
            "Tô-ky-ô (TTXVN) – Chiều 25/12, tại thủ đô Tô-ky-ô, đại diện Chính phủ Việt Nam và Chính phủ Nhật Bản đã ký Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản, hiệp định thương mại tự do song phương đầu tiên mà nước ta tham gia.",
        ),
        ("heading", "Mở rộng cửa cho hàng hóa hai nước", 1),
        (
            "paragraph",
            "Hiệp định bao gồm các cam kết về thương mại hàng hóa, dịch vụ, đầu tư và di chuyển thể nhân. Phía Nhật Bản cam kết dành cho hàng nông sản, thủy sản của Việt Nam mức ưu đãi cao hơn so với Hiệp định AJCEP, vốn đã có hiệu lực với Việt Nam từ đầu tháng này.",
        ),
        (
            "paragraph",
            "Phát biểu sau lễ ký, đại diện phía Việt Nam đánh giá hiệp định là “dấu mốc mới trong quan hệ đối tác chiến lược đang được hai nước xây dựng”. Nhật Bản hiện là nhà tài trợ ODA lớn nhất của Việt Nam.",
        ),
        ("heading", "Chờ phê chuẩn", 1),
        (
            "paragraph",
            "Hiệp định sẽ có hiệu lực sau khi hai nước hoàn tất thủ tục phê chuẩn trong nước. Trước đó, Nhật Bản đã ký hiệp định đối tác kinh tế song phương với Xin-ga-po, Ma-lai-xi-a, Thái Lan, In-đô-nê-xi-a, Bru-nây và Phi-líp-pin.",
        ),
    ],
}

NTD_PLAN = {
    "id": "ntd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BCT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phát triển thị trường Nhật Bản và tận dụng các hiệp định",
        "thương mại tự do năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Phát triển thị trường Nhật Bản và tận dụng các hiệp định thương mại tự do năm 2026",
        ),
        (
            "paragraph",
            "Nhằm tận dụng hiệu quả VJEPA, AJCEP, CPTPP và RCEP, cụ thể hóa quan hệ Đối tác chiến lược toàn diện Việt Nam – Nhật Bản được xác lập tháng 11/2023, Bộ Công Thương ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Năm 2025, kim ngạch thương mại hai chiều tiếp tục tăng; nhiều doanh nghiệp Nhật Bản mở rộng đầu tư vào công nghiệp chế biến, chế tạo. Tuy nhiên, phía Nhật Bản chưa mở cửa thị trường cho một số loại trái cây của Việt Nam.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Quý I, tổ chức phiên họp Ủy ban hỗn hợp về thương mại với Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản (METI) tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Đề xuất với phía Nhật Bản khởi động rà soát chung VJEPA; dự kiến tiến hành phiên đàm phán đầu tiên vào tháng 6.",
        ),
        (
            "list_item",
            "3. Phối hợp với JETRO đào tạo 200 doanh nghiệp về quy tắc xuất xứ trong các hiệp định.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn xúc tiến thương mại riêng tại Hội chợ FOODEX Japan 2026 mà lồng ghép vào chương trình chung của Bộ.",
        ),
        (
            "paragraph",
            "Vụ Thị trường châu Á – châu Phi chủ trì, theo dõi và tổng hợp kết quả thực hiện Kế hoạch.",
        ),
    ],
}

NTE_AJCEP = {
    "id": "nte",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Đối tác kinh tế toàn diện ASEAN – Nhật Bản"),
        (
            "paragraph",
            "Hiệp định Đối tác kinh tế toàn diện ASEAN – Nhật Bản (AJCEP) là hiệp định thương mại tự do giữa Nhật Bản và mười nước thành viên ASEAN, được các bên ký trong năm 2008 và có hiệu lực lần đầu từ ngày 1/12/2008.",
        ),
        ("heading", "Hiệu lực", 1),
        (
            "paragraph",
            "AJCEP có hiệu lực đối với Nhật Bản, Xin-ga-po, Lào, Mi-an-ma và Việt Nam từ ngày 1/12/2008. Các nước ASEAN còn lại lần lượt hoàn tất thủ tục sau đó; Phi-líp-pin áp dụng từ năm 2010, còn In-đô-nê-xi-a là nước cuối cùng, từ năm 2018.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Ban đầu, hiệp định chủ yếu điều chỉnh thương mại hàng hóa, với quy tắc xuất xứ cộng gộp cho phép sử dụng nguyên liệu từ nhiều nước thành viên. Nghị định thư thứ nhất sửa đổi hiệp định, bổ sung các chương về dịch vụ, đầu tư và di chuyển thể nhân, được các bên ký năm 2019 – 2020.",
        ),
        ("heading", "Quan hệ với các hiệp định khác", 1),
        (
            "paragraph",
            "AJCEP tồn tại song song với các hiệp định song phương giữa Nhật Bản và từng nước ASEAN cũng như với RCEP. Hiệp định không thay thế VJEPA; doanh nghiệp có thể lựa chọn ưu đãi thuận lợi hơn.",
        ),
    ],
}

DOCS = [NTA_VJEPA, NTB_TRADE, NTC_SIGNING, NTD_PLAN, NTE_AJCEP]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TRƯỞNG THƯƠNG VỤ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Kinh tế",
        "19:05",
        [("/thoi-su", "Kinh tế"), ("/the-gioi", "Thế giới")],
        [("/tag/vjepa", "VJEPA"), ("/tag/nhat-ban", "Nhật Bản")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, ÁPHI."],
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
        prefix="nt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
