"""Build the three hundred thirty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout334/build_heldout334.py [--check]

Five short documents on Vietnam and the United States from the embargo to normalisation (1964-1997): a journal
article on the road to lifting the embargo, a (fictitious) provincial MIA steering board's report for 2024, a news
page on a (fictitious) seminar marking 30 years of normalisation, a (fictitious) university plan with US partners
for 2026 and an encyclopedia entry on Ambassador Douglas "Pete" Peterson. Facts are well-established; authors,
journal, page numbers, document numbers and the local bodies' activities are invented (see README.md).
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

EGA_JOURNAL = {
    "id": "ega",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU MỸ – Số 2 (2024)",
    "first_page": 17,
    "break_after": 4,
    "blocks": [
        ("title", "CON ĐƯỜNG DỠ BỎ CẤM VẬN: VIỆT NAM VÀ HOA KỲ TRƯỚC NĂM 1995"),
        ("author", "Đặng Quốc Huy"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại chính sách cấm vận của Hoa Kỳ đối với Việt Nam và những bước đi dẫn tới việc dỡ bỏ cấm vận năm 1994.",
            "vi",
        ),
        ("keywords", "cấm vận; Hoa Kỳ; lộ trình 1991; bình thường hóa", "vi"),
        ("heading", "1. Ba thập niên cấm vận", 1),
        (
            "paragraph",
            "Hoa Kỳ áp đặt lệnh cấm vận thương mại đối với miền Bắc Việt Nam từ năm 1964 và mở rộng ra cả nước sau năm 1975. Trong hơn mười năm sau đó, Washington không chỉ cấm doanh nghiệp Mỹ buôn bán với Việt Nam mà còn ngăn cản các tổ chức tài chính quốc tế cho nước ta vay vốn (Ngô Minh Tuấn, 2005, tr. 41).",
        ),
        ("heading", "2. Những bước nới lỏng", 1),
        (
            "paragraph",
            "Tháng 4/1991, chính quyền Tổng thống George H. W. Bush đưa ra “lộ trình” bốn giai đoạn tiến tới bình thường hóa; cùng năm đó, Văn phòng Tìm kiếm người Mỹ mất tích trong chiến tranh (MIA) được mở tại Hà Nội. Năm 1993, Hoa Kỳ thôi phản đối việc Quỹ Tiền tệ Quốc tế nối lại cho Việt Nam vay vốn. Một nhà ngoại giao khi đó gọi vấn đề MIA là “chiếc chìa khóa mở cánh cửa đã khóa suốt hai mươi năm” (Trần Thị Mỹ Linh, 2015, tr. 88).",
        ),
        ("heading", "3. Ngày 3/2/1994", 1),
        (
            "paragraph",
            "Ngày 3/2/1994, Tổng thống Bill Clinton tuyên bố dỡ bỏ lệnh cấm vận thương mại đối với Việt Nam. Tuy vậy, Việt Nam chưa được hưởng quy chế tối huệ quốc và hai nước mới chỉ tiến tới mở văn phòng liên lạc vào đầu năm 1995 (Vũ Đức Khánh, 2019).",
        ),
    ],
}

EGB_WORD = {
    "id": "egb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
        "BAN CHỈ ĐẠO 515",
        "Số: 48/BC-BCĐ515",
        "Quảng Trị, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác tìm kiếm quân nhân Hoa Kỳ mất tích (MIA) năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác tìm kiếm quân nhân Hoa Kỳ mất tích (MIA) năm 2024"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Phối hợp với Văn phòng Tìm kiếm người mất tích Việt Nam (VNOSMP) và Cơ quan Tìm kiếm tù binh, quân nhân mất tích Hoa Kỳ (DPAA) tổ chức hai đợt hoạt động hỗn hợp vào tháng 3 và tháng 9/2024 tại các huyện Hướng Hóa, Gio Linh.",
        ),
        (
            "list_item",
            "2. Khai quật 4 điểm, hồi hương một số hài cốt nghi là quân nhân Hoa Kỳ qua lễ bàn giao tại sân bay Đà Nẵng.",
        ),
        (
            "list_item",
            "3. Tiếp đoàn cựu chiến binh Hoa Kỳ sang thăm chiến trường xưa và trao tặng tài liệu, hiện vật về liệt sĩ Việt Nam.",
        ),
        (
            "list_item",
            "4. Phía Hoa Kỳ hỗ trợ 120.000 USD để nâng cấp trang thiết bị cho đội tìm kiếm của tỉnh.",
        ),
        (
            "list_item",
            "5. Đợt khảo sát dự kiến tại huyện Đa Krông không thực hiện được do mưa lũ kéo dài.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tiếp tục phối hợp với DPAA tổ chức ít nhất hai đợt hoạt động hỗn hợp.",
        ),
        (
            "list_item",
            "2. Đề nghị phía Hoa Kỳ hỗ trợ tìm kiếm, quy tập hài cốt liệt sĩ Việt Nam qua việc chia sẻ tài liệu lưu trữ.",
        ),
        (
            "paragraph",
            "Ban Chỉ đạo 515 tỉnh báo cáo để Ủy ban nhân dân tỉnh và Bộ Ngoại giao biết, chỉ đạo.",
        ),
    ],
}

EGC_NEWS = {
    "id": "egc",
    "shape": "news",
    "date": "2025-07-11",
    "stamp": "Thứ Sáu, 11/07/2025 - 16:40",
    "blocks": [
        ("title", "Hội thảo kỷ niệm 30 năm bình thường hóa quan hệ Việt Nam – Hoa Kỳ"),
        (
            "lead",
            "Hà Nội (TTXVN) – Ngày 11/7, Hội Hữu nghị Việt Nam – Hoa Kỳ thành phố Hà Nội tổ chức hội thảo “30 năm một chặng đường” với sự tham dự của đại diện Đại sứ quán Hoa Kỳ.",
        ),
        (
            "paragraph",
            "Các đại biểu nhắc lại rằng ngày 11/7/1995, Tổng thống Bill Clinton tuyên bố bình thường hóa quan hệ với Việt Nam; ngày 12/7/1995, Thủ tướng Võ Văn Kiệt tuyên bố Việt Nam thiết lập quan hệ ngoại giao với Hoa Kỳ.",
        ),
        ("heading", "Từ đại sứ quán đến đại sứ", 1),
        (
            "paragraph",
            "Tháng 8/1995, Ngoại trưởng Warren Christopher thăm Hà Nội và khai trương Đại sứ quán Hoa Kỳ. Năm 1997, hai nước trao đổi đại sứ đầu tiên: ông Douglas Peterson tới Hà Nội, ông Lê Văn Bàng nhận nhiệm vụ tại Oa-sinh-tơn.",
        ),
        (
            "paragraph",
            "Tại hội thảo, Hội Hữu nghị và Tổng hội Sinh viên Hoa Kỳ tại Hà Nội ký biên bản ghi nhớ về giao lưu thanh niên. Đại diện Đại sứ quán cho biết phía Hoa Kỳ sẽ tài trợ thêm học bổng Fulbright cho giảng viên trẻ của Hà Nội trong năm học tới.",
        ),
        (
            "paragraph",
            "Hội cũng đề nghị mời một đoàn nghị sĩ Hoa Kỳ sang thăm dịp kỷ niệm, song đến nay lịch làm việc chưa được xác nhận.",
        ),
    ],
}

EGD_PLAN = {
    "id": "egd",
    "shape": "plan",
    "head": [
        f"{'ĐẠI HỌC HUẾ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC NGOẠI NGỮ':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 215/KH-ĐHNN':<40}Thừa Thiên Huế, ngày 05 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Hoa Kỳ năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Hoa Kỳ năm 2026"),
        (
            "paragraph",
            "Thực hiện chiến lược quốc tế hóa giai đoạn 2025 – 2030, Trường Đại học Ngoại ngữ xây dựng Kế hoạch hợp tác với các đối tác Hoa Kỳ năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Trường đã tiếp nhận hai trợ giảng tiếng Anh Fulbright và ký thỏa thuận trao đổi giảng viên với Đại học bang Oregon. Chương trình liên kết thạc sĩ với Đại học Hawaii chưa được Bộ Giáo dục và Đào tạo phê duyệt.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, đăng cai Hội thảo quốc gia về giảng dạy tiếng Anh với sự tài trợ của Văn phòng Tiếng Anh khu vực, Đại sứ quán Hoa Kỳ.",
        ),
        (
            "list_item",
            "2. Ký kết thỏa thuận hợp tác với Trường Đại học Fulbright Việt Nam về đào tạo ngắn hạn.",
        ),
        (
            "list_item",
            "3. Cử 10 giảng viên sang Hoa Kỳ học tập theo chương trình học giả Fulbright.",
        ),
        (
            "list_item",
            "4. Đón đoàn Đại học bang Oregon sang làm việc vào tháng 10/2026.",
        ),
        (
            "paragraph",
            "Phòng Khoa học, Công nghệ và Hợp tác quốc tế chủ trì, theo dõi và báo cáo Hiệu trưởng kết quả thực hiện Kế hoạch.",
        ),
    ],
}

EGE_ENTRY = {
    "id": "ege",
    "shape": "entry",
    "blocks": [
        ("title", "Douglas Peterson"),
        (
            "paragraph",
            "Douglas Brian “Pete” Peterson (sinh năm 1935) là chính khách Hoa Kỳ, Đại sứ đầu tiên của Hoa Kỳ tại nước Cộng hòa xã hội chủ nghĩa Việt Nam, giữ chức từ năm 1997 đến năm 2001.",
        ),
        ("heading", "Chiến tranh và tù binh", 1),
        (
            "paragraph",
            "Là phi công Không quân Hoa Kỳ, ông bị bắn rơi trên bầu trời miền Bắc Việt Nam năm 1966 và bị giam giữ khoảng sáu năm rưỡi cho tới khi được trao trả năm 1973 theo Hiệp định Pa-ri.",
        ),
        ("heading", "Sự nghiệp chính trị", 1),
        (
            "paragraph",
            "Ông là Hạ nghị sĩ của bang Phlo-ri-đa trong ba nhiệm kỳ. Năm 1997, Tổng thống Bill Clinton bổ nhiệm ông làm Đại sứ tại Hà Nội.",
        ),
        ("heading", "Hoạt động tại Việt Nam", 1),
        (
            "paragraph",
            "Trong nhiệm kỳ, ông thúc đẩy hợp tác tìm kiếm người mất tích và đàm phán Hiệp định Thương mại song phương. Sau khi mãn nhiệm, ông tiếp tục ủng hộ các chương trình phòng chống tai nạn thương tích cho trẻ em Việt Nam.",
        ),
        (
            "paragraph",
            "Ông được xem là biểu tượng của quá trình hàn gắn vết thương chiến tranh giữa hai dân tộc: từ một tù binh trở thành người đại diện cho nước mình tại chính nơi ông từng bị giam giữ.",
        ),
    ],
}

DOCS = [EGA_JOURNAL, EGB_WORD, EGC_NEWS, EGD_PLAN, EGE_ENTRY]


def render_word(doc: dict) -> str:
    """A provincial board's report saved from Word as text by heldout_kit.report_word, signed "TRƯỞNG BAN"."""
    return report_word(doc, ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="16:40",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/hoa-ky", "Hoa Kỳ"), ("/tag/binh-thuong-hoa", "Bình thường hóa")],
    )


def render_plan(doc: dict) -> str:
    """A university plan by heldout_kit.ministry_plan."""
    return ministry_plan(
        doc,
        signature=["HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Đại học Huế (để b/c);", "- Lưu: VT, KHCN&HTQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="eg",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
