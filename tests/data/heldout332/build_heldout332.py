"""Build the three hundred thirty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout332/build_heldout332.py [--check]

Five short documents on Vietnam with Belarus, Kazakhstan and Mongolia and the Eurasian Economic Union: a
journal article on relations with Belarus, Kazakhstan and Mongolia, a (fictitious) year-end report for 2025 of
a provincial department of industry and trade on exports to the Union, a (fictitious) provincial news page on
a delegation from Belarus, a (fictitious) trade-promotion plan for 2027, and an encyclopedia entry on the
Eurasian Economic Union. Facts are well-established; authors, journal, page numbers, document numbers, the
report's, news page's and plan's items and quoted words are invented.
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

DIA_JOURNAL = {
    "id": "dia",
    "shape": "journal",
    "header": "Nghiên cứu Trung Á và Đông Âu, số 5 (2025)",
    "first_page": 91,
    "break_after": 7,
    "blocks": [
        ("title", "VIỆT NAM VỚI BÊ-LA-RÚT, CA-DẮC-XTAN VÀ MÔNG CỔ: NHỮNG NGƯỜI BẠN TRUYỀN THỐNG"),
        ("author", "Trịnh Thị Hải Yến"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Khoa học xã hội và nhân văn Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ của Việt Nam với ba nước bạn truyền thống ở lục địa Á – Âu và gợi ý hướng khai thác Hiệp định thương mại tự do với Liên minh Kinh tế Á – Âu.",
            "vi",
        ),
        ("keywords", "Bê-la-rút; Ca-dắc-xtan; Mông Cổ; EAEU", "vi"),
        ("heading", "1. Mông Cổ", 1),
        (
            "paragraph",
            "Mông Cổ thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa ngày 17/11/1954. Tháng 7/1955, Chủ tịch Hồ Chí Minh thăm Mông Cổ, mở đầu truyền thống gặp gỡ cấp cao giữa hai nước (Bùi Thanh Tùng, 2014, tr. 88). Trong kháng chiến chống Mỹ, nhân dân Mông Cổ đã gửi sang Việt Nam nhiều chuyến hàng viện trợ, trong đó có gia súc và áo ấm.",
        ),
        ("heading", "2. Bê-la-rút và Ca-dắc-xtan", 1),
        (
            "paragraph",
            "Sau khi Liên Xô tan rã, Việt Nam nhanh chóng công nhận các nước độc lập mới: quan hệ ngoại giao với Bê-la-rút được thiết lập ngày 24/1/1992 và với Ca-dắc-xtan ngày 1/6/1992. Năm 2007, Tổng thống A. Lu-ca-sen-cô thăm chính thức Việt Nam. Một chuyên gia kinh tế nhận định thị trường Á – Âu là “cánh cửa rộng mở nhưng còn ít người bước qua” (Đinh Công Tuấn, 2021, tr. 140).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Kim ngạch thương mại với ba nước còn nhỏ, chưa tương xứng với quan hệ chính trị. Doanh nghiệp Việt Nam cần tận dụng tốt hơn các ưu đãi thuế quan mà Liên minh Kinh tế Á – Âu dành cho hàng hóa của ta (Lê Thị Thu Hằng, 2024).",
        ),
    ],
}

DIB_WORD = {
    "id": "dib",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI",
        "SỞ CÔNG THƯƠNG",
        "Số: 388/BC-SCT",
        "Đồng Nai, ngày 18 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thực thi Hiệp định thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Tình hình thực thi Hiệp định thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu năm 2025",
        ),
        ("heading", "I. TÌNH HÌNH XUẤT KHẨU", 1),
        (
            "list_item",
            "1. Kim ngạch xuất khẩu của tỉnh sang các nước thành viên Liên minh đạt 412 triệu USD, chủ yếu là đồ gỗ, dệt may và giày dép.",
        ),
        (
            "list_item",
            "2. Tháng 4/2025, Sở phối hợp với Thương vụ Việt Nam tại Liên bang Nga đưa 15 doanh nghiệp sang Mát-xcơ-va và Min-xcơ tìm kiếm đối tác.",
        ),
        (
            "list_item",
            "3. Tháng 9/2025, Sở tiếp đoàn doanh nghiệp Ca-dắc-xtan do Đại sứ Ca-dắc-xtan tại Việt Nam dẫn đầu, giới thiệu các khu công nghiệp của tỉnh.",
        ),
        (
            "list_item",
            "4. Một số lô hàng đồ gỗ chưa được hưởng thuế suất ưu đãi do doanh nghiệp chưa đáp ứng quy tắc xuất xứ.",
        ),
        ("heading", "II. KIẾN NGHỊ", 1),
        (
            "list_item",
            "1. Đề nghị Bộ Công Thương mở lớp tập huấn về quy tắc xuất xứ của Hiệp định cho doanh nghiệp tỉnh trong quý I/2026.",
        ),
        (
            "list_item",
            "2. Năm 2026, tổ chức đoàn doanh nghiệp sang Ác-ma-ty (Ca-dắc-xtan) dự hội chợ chuyên ngành đồ gỗ.",
        ),
        (
            "paragraph",
            "Sở Công Thương kính báo cáo Ủy ban nhân dân tỉnh.",
        ),
    ],
}

DIC_NEWS = {
    "id": "dic",
    "shape": "news",
    "date": "2025-10-08",
    "stamp": "Thứ Tư, 08/10/2025 - 17:30",
    "blocks": [
        ("title", "Hưng Yên và tỉnh Mô-ghi-lép (Bê-la-rút) ký kết thỏa thuận hợp tác"),
        (
            "paragraph",
            "Hưng Yên (TTXVN) – Chiều 8/10, Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên tiếp và làm việc với đoàn đại biểu tỉnh Mô-ghi-lép (Bê-la-rút) do Chủ tịch Ủy ban chấp hành tỉnh dẫn đầu đang thăm Việt Nam từ ngày 6 đến 10/10.",
        ),
        ("heading", "Mở rộng hợp tác nông nghiệp và cơ khí", 1),
        (
            "paragraph",
            "Tại buổi làm việc, hai bên ký Thỏa thuận hợp tác giai đoạn 2025 – 2030, tập trung vào chế biến sữa, cơ khí nông nghiệp và đào tạo nghề. Phía Bê-la-rút đề nghị Hưng Yên tạo điều kiện để doanh nghiệp của Mô-ghi-lép lắp ráp máy kéo tại tỉnh.",
        ),
        (
            "paragraph",
            "Lãnh đạo tỉnh Hưng Yên cho biết tỉnh sẽ cử đoàn sang thăm Mô-ghi-lép vào năm 2026. Hai bên chưa thống nhất được việc mở văn phòng đại diện thương mại của Mô-ghi-lép tại Hưng Yên.",
        ),
        (
            "paragraph",
            "Việt Nam và Bê-la-rút thiết lập quan hệ ngoại giao năm 1992; Bê-la-rút là thành viên của Liên minh Kinh tế Á – Âu, đối tác của Việt Nam trong Hiệp định thương mại tự do có hiệu lực từ năm 2016.",
        ),
    ],
}

DID_PLAN = {
    "id": "did",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC XÚC TIẾN THƯƠNG MẠI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 57/KH-XTTM':<40}Hà Nội, ngày 30 tháng 11 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường Ca-dắc-xtan và Mông Cổ năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại thị trường Ca-dắc-xtan và Mông Cổ năm 2027"),
        (
            "paragraph",
            "Nhằm khai thác Hiệp định thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu và thị trường Mông Cổ, Cục Xúc tiến thương mại ban hành Kế hoạch năm 2027 như sau:",
        ),
        ("heading", "I. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 6/2027, tổ chức Tuần hàng Việt Nam tại A-xta-na với sự tham gia của khoảng 50 doanh nghiệp.",
        ),
        (
            "list_item",
            "2. Phối hợp với Phòng Thương mại và Công nghiệp Mông Cổ tổ chức Diễn đàn doanh nghiệp Việt Nam – Mông Cổ tại U-lan Ba-to.",
        ),
        (
            "list_item",
            "3. Mời đoàn nhà nhập khẩu Ca-dắc-xtan sang dự Hội chợ Vietnam Expo tại Hà Nội.",
        ),
        (
            "list_item",
            "4. Không tổ chức gian hàng quốc gia tại hội chợ ở Mông Cổ trong năm 2027 do hạn chế về kinh phí.",
        ),
        ("heading", "II. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Phòng Xúc tiến thương mại khu vực châu Âu – châu Mỹ chủ trì, phối hợp với Thương vụ Việt Nam tại Ca-dắc-xtan và Đại sứ quán Việt Nam tại Mông Cổ triển khai Kế hoạch.",
        ),
    ],
}

DIE_ENTRY = {
    "id": "die",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Kinh tế Á – Âu"),
        (
            "paragraph",
            "Liên minh Kinh tế Á – Âu (EAEU) là tổ chức hội nhập kinh tế khu vực được thành lập theo Hiệp ước ký tại A-xta-na ngày 29/5/2014 giữa Nga, Bê-la-rút và Ca-dắc-xtan, có hiệu lực từ ngày 1/1/2015. Ác-mê-ni-a gia nhập ngày 2/1/2015 và Cư-rơ-gư-xtan ngày 12/8/2015.",
        ),
        ("heading", "Cơ cấu", 1),
        (
            "paragraph",
            "Cơ quan cao nhất là Hội đồng Kinh tế tối cao Á – Âu gồm nguyên thủ các nước thành viên; cơ quan điều hành thường trực là Ủy ban Kinh tế Á – Âu, trụ sở tại Mát-xcơ-va. Tòa án Liên minh đặt tại Min-xcơ.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam là đối tác đầu tiên ký hiệp định thương mại tự do với Liên minh. Hiệp định được ký ngày 29/5/2015 tại Bu-ra-bai (Ca-dắc-xtan) và có hiệu lực từ ngày 5/10/2016.",
        ),
        ("heading", "Các đối tác khác", 1),
        (
            "paragraph",
            "Sau Việt Nam, Liên minh ký hiệp định thương mại tự do với Xéc-bi-a và Xin-ga-po năm 2019. Năm 2018, Liên minh ký hiệp định tạm thời với I-ran. Môn-đô-va được trao quy chế quan sát viên năm 2018; U-dơ-bê-ki-xtan và Cu-ba trở thành quan sát viên năm 2020.",
        ),
    ],
}

DOCS = [DIA_JOURNAL, DIB_WORD, DIC_NEWS, DID_PLAN, DIE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A PDF text layer by heldout_kit.headed_journal: the foot line "Trang N" centred."""
    return headed_journal(doc, title=48, label=76, body=76, page_label="Trang {}", align="^")


def render_word(doc: dict) -> str:
    """A department's report saved from Word as text by heldout_kit.report_word, signed "KT. GIÁM ĐỐC"."""
    return report_word(doc, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Địa phương" section."""
    return news_page(
        doc,
        section="Địa phương",
        time="17:30",
        menu=[("/dia-phuong", "Địa phương"), ("/kinh-te", "Kinh tế")],
        tags=[("/tag/belarus", "Bê-la-rút"), ("/tag/hung-yen", "Hưng Yên")],
    )


def render_plan(doc: dict) -> str:
    """An agency plan by heldout_kit.ministry_plan, signed "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG"."""
    return ministry_plan(
        doc,
        signature=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "(đã ký)"],
        recipients=["- Bộ trưởng (để b/c);", "- Lưu: VT, XTTM."],
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
        prefix="di",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
