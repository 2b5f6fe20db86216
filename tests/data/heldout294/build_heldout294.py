"""Build the two hundred ninety-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout294/build_heldout294.py [--check]

Five short documents on Vietnam and the United States from the embargo to the first presidential visit
(1994 – 2000): a journal article on the normalisation of 1995, a (fictitious) provincial foreign affairs
department's report on the search for American servicemen missing in action in 2024, a news page on
President Clinton's visit of November 2000, a (fictitious) Vietnam – USA Society plan for 2025 and an
encyclopedia entry on the US embargo against Vietnam. Facts are well-established; authors, journal, page
numbers, cited works, quoted words, document numbers and the report's and plan's items are invented.
Gold is written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
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

JYA = {
    "id": "jya",
    "shape": "journal",
    "header": "NGHIÊN CỨU BẮC MỸ – Số 3 (2020)",
    "first_page": 27,
    "break_after": 7,
    "blocks": [
        ("title", "BÌNH THƯỜNG HÓA QUAN HỆ VIỆT NAM – HOA KỲ NĂM 1995: NHÌN LẠI SAU 25 NĂM"),
        ("author", "Đặng Quốc Thịnh"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Đà Lạt"),
        (
            "abstract",
            "Bài viết điểm lại các bước đi dẫn tới việc Việt Nam và Hoa Kỳ bình thường hóa quan hệ năm 1995 và ý nghĩa của sự kiện này.",
            "vi",
        ),
        ("keywords", "bình thường hóa; Việt Nam – Hoa Kỳ; Văn phòng Liên lạc; MIA", "vi"),
        ("heading", "1. Những bước chuẩn bị", 1),
        (
            "paragraph",
            "Cùng với hợp tác giải quyết vấn đề người Mỹ mất tích trong chiến tranh (MIA), các cuộc tiếp xúc ngoại giao đã tạo dựng lòng tin giữa hai bên. Ngày 28/1/1995, hai nước ký hiệp định giải quyết các khiếu nại về tài sản và thỏa thuận mở Văn phòng Liên lạc tại thủ đô của nhau (Vũ Minh Đức, 2005, tr. 112).",
        ),
        ("heading", "2. Quyết định lịch sử tháng 7/1995", 1),
        (
            "paragraph",
            "Ngày 11/7/1995, Tổng thống Bill Clinton tuyên bố bình thường hóa quan hệ với Việt Nam; ngày 12/7/1995, Thủ tướng Võ Văn Kiệt ra tuyên bố hoan nghênh quyết định này. Ngày 6/8/1995, Ngoại trưởng Warren Christopher đến Hà Nội và dự lễ khai trương Đại sứ quán Hoa Kỳ. Như một nhà nghiên cứu nhận xét, đó là “dấu chấm hết cho một chương đau buồn” (Ngô Thanh Bình, 2015, tr. 47).",
        ),
        ("heading", "3. Trao đổi đại sứ", 1),
        (
            "paragraph",
            "Năm 1997, ông Douglas “Pete” Peterson, cựu phi công từng bị giam giữ ở Hà Nội, sang nhận nhiệm vụ Đại sứ Hoa Kỳ đầu tiên tại Việt Nam, còn ông Lê Văn Bàng trở thành Đại sứ đầu tiên của Việt Nam tại Oa-sinh-tơn (Trịnh Hoài Nam, 2018).",
        ),
    ],
}

JYB = {
    "id": "jyb",
    "shape": "word",
    "head": [
        "UBND TỈNH NGHỆ AN",
        "SỞ NGOẠI VỤ",
        "Số: 214/BC-SNV",
        "Nghệ An, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả phối hợp tìm kiếm quân nhân Hoa Kỳ mất tích trong chiến tranh năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả phối hợp tìm kiếm quân nhân Hoa Kỳ mất tích trong chiến tranh năm 2024"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Phối hợp với Văn phòng Tìm kiếm người mất tích Việt Nam (VNOSMP) đón hai đội của Cơ quan Tìm kiếm tù binh, quân nhân mất tích Hoa Kỳ (DPAA) vào tháng 4 và tháng 10, với 31 lượt chuyên gia.",
        ),
        (
            "list_item",
            "2. Khai quật hai điểm máy bay rơi ở huyện Anh Sơn và Tương Dương; di vật và hài cốt thu được đã được bàn giao cho phía Hoa Kỳ tại sân bay Vinh.",
        ),
        (
            "list_item",
            "3. Phía Hoa Kỳ hỗ trợ 95.000 USD làm đường vào điểm khai quật và thuê nhân công địa phương.",
        ),
        (
            "list_item",
            "4. Điểm khai quật tại xã Châu Khê chưa thể triển khai do mưa lũ kéo dài.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tiếp tục đón các đội DPAA vào khảo sát, khai quật theo kế hoạch chung.",
        ),
        (
            "list_item",
            "2. Cử 3 cán bộ dự lớp tập huấn về giám định ADN do phía Hoa Kỳ tổ chức tại Hà Nội.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Hoa Kỳ cung cấp thêm tài liệu lưu trữ giúp tìm kiếm hài cốt liệt sĩ Việt Nam trên địa bàn tỉnh.",
        ),
        (
            "paragraph",
            "Sở Ngoại vụ kính báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo 515 của tỉnh.",
        ),
    ],
}

JYC = {
    "id": "jyc",
    "shape": "news",
    "date": "2000-11-17",
    "stamp": "Thứ Sáu, 17/11/2000 - 14:05",
    "blocks": [
        ("title", "Tổng thống Hoa Kỳ Bill Clinton thăm chính thức Việt Nam"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 17/11, tại Phủ Chủ tịch, Chủ tịch nước Trần Đức Lương chủ trì lễ đón chính thức Tổng thống Hợp chủng quốc Hoa Kỳ Bill Clinton thăm Việt Nam từ ngày 16 đến ngày 19/11/2000.",
        ),
        ("heading", "Lần đầu tiên sau chiến tranh", 1),
        (
            "paragraph",
            "Đây là chuyến thăm Việt Nam đầu tiên của một Tổng thống Hoa Kỳ kể từ khi chiến tranh kết thúc năm 1975. Sau lễ đón, hai nhà lãnh đạo đã hội đàm, nhất trí thúc đẩy hợp tác trên các lĩnh vực kinh tế, giáo dục, khoa học – kỹ thuật và tiếp tục giải quyết các vấn đề do chiến tranh để lại.",
        ),
        (
            "paragraph",
            "Theo chương trình, Tổng thống Clinton sẽ hội kiến Tổng Bí thư Lê Khả Phiêu, Thủ tướng Phan Văn Khải, Chủ tịch Quốc hội Nông Đức Mạnh và nói chuyện với sinh viên Đại học Quốc gia Hà Nội.",
        ),
        ("heading", "Thăm điểm tìm kiếm người mất tích", 1),
        (
            "paragraph",
            "Ngày mai, Tổng thống sẽ đến một điểm khai quật gần Hà Nội, nơi các chuyên gia hai nước đang tìm kiếm hài cốt một phi công Mỹ, trước khi vào thăm Thành phố Hồ Chí Minh.",
        ),
    ],
}

JYD = {
    "id": "jyd",
    "shape": "plan",
    "head": [
        f"{'LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM':<44}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỘI VIỆT NAM – HOA KỲ':<44}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 08/KH-HVM':<44}Hà Nội, ngày 10 tháng 01 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hoạt động đối ngoại nhân dân với Hoa Kỳ năm 2025",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hoạt động đối ngoại nhân dân với Hoa Kỳ năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "paragraph",
            "Năm 2024, Hội đón 12 đoàn cựu chiến binh Hoa Kỳ sang thăm lại chiến trường xưa và phối hợp với Quỹ Tưởng niệm cựu chiến binh Việt Nam (VVMF) trao 26 kỷ vật chiến tranh cho gia đình liệt sĩ. Chương trình trao đổi thanh niên với bang Oregon chưa thực hiện được do thiếu kinh phí.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 7/2025, tổ chức gặp mặt hữu nghị nhân kỷ niệm 30 năm quan hệ ngoại giao Việt Nam – Hoa Kỳ tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Tháng 3/2025, tiếp đón đoàn Hội Cựu chiến binh vì Hòa bình (Veterans For Peace) sang thăm và làm việc.",
        ),
        (
            "list_item",
            "3. Cử đoàn sang Hoa Kỳ giao lưu với các hội hữu nghị tại bang California trong quý IV.",
        ),
        (
            "list_item",
            "4. Phối hợp với các tổ chức phi chính phủ Hoa Kỳ hỗ trợ nạn nhân chất độc da cam tại Quảng Trị.",
        ),
        (
            "paragraph",
            "Ban Thường vụ Hội giao Văn phòng Hội theo dõi, đôn đốc và báo cáo kết quả thực hiện Kế hoạch.",
        ),
    ],
}

JYE = {
    "id": "jye",
    "shape": "entry",
    "blocks": [
        ("title", "Lệnh cấm vận của Hoa Kỳ đối với Việt Nam"),
        (
            "paragraph",
            "Lệnh cấm vận của Hoa Kỳ đối với Việt Nam là các biện pháp cấm buôn bán, đầu tư và giao dịch tài chính mà Hoa Kỳ áp đặt lên miền Bắc Việt Nam từ năm 1964 và mở rộng ra cả nước sau tháng 4/1975. Hoa Kỳ đồng thời ngăn cản các tổ chức tài chính quốc tế cho Việt Nam vay vốn.",
        ),
        ("heading", "Dỡ bỏ", 1),
        (
            "paragraph",
            "Tháng 7/1993, Hoa Kỳ thôi phản đối việc Quỹ Tiền tệ Quốc tế (IMF) nối lại quan hệ tín dụng với Việt Nam. Ngày 27/1/1994, Thượng viện Hoa Kỳ thông qua nghị quyết do các thượng nghị sĩ John Kerry và John McCain đề xuất, kêu gọi bãi bỏ cấm vận. Ngày 3/2/1994, Tổng thống Bill Clinton tuyên bố dỡ bỏ lệnh cấm vận thương mại; ngay sau đó, Coca-Cola và PepsiCo bắt đầu kinh doanh tại Việt Nam.",
        ),
        ("heading", "Sau năm 1994", 1),
        (
            "paragraph",
            "Việc dỡ bỏ cấm vận chưa đem lại cho hàng hóa Việt Nam quy chế thương mại bình thường. Tháng 3/1998, Tổng thống Clinton lần đầu miễn áp dụng Điều khoản Jackson – Vanik đối với Việt Nam, mở đường cho các chương trình hỗ trợ tín dụng xuất khẩu của Hoa Kỳ.",
        ),
    ],
}

DOCS = [JYA, JYB, JYC, JYD, JYE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="13:40",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/hoa-ky", "Hoa Kỳ"), ("/tag/bill-clinton", "Bill Clinton")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "T/M BAN THƯỜNG VỤ / CHỦ TỊCH", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["T/M BAN THƯỜNG VỤ", "CHỦ TỊCH", "(đã ký)"],
        recipients=["- LHCTCHN Việt Nam (để b/c);", "- Lưu: VP."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="jy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
