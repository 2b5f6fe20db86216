"""Build the three hundred fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout304/build_heldout304.py [--check]

Five short documents on Vietnam and Japan: a journal article on the steps of the relationship from 1973
to 2014 (relations, the aid freeze after 1979 and its resumption in 1992, the 2009 strategic partnership,
the 2011 defence memorandum, the 2014 extensive strategic partnership), a (fictitious) provincial
foreign-affairs department's report on cooperation with Japan in 2024, a news page on the comprehensive
strategic partnership of 27/11/2023, a (fictitious) university plan for Japanese studies in 2025, and an
encyclopedia entry on Abe Shinzo. Facts are well-established; authors, journal, page numbers, document
numbers, the report's and plan's items and quoted words are invented (see README.md). Gold is written by
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
    ministry_plan,
    news_page,
    report_word,
)

BUA_JOURNAL = {
    "id": "bua",
    "shape": "journal",
    "header": "NGHIÊN CỨU CHÂU Á – THÁI BÌNH DƯƠNG ĐƯƠNG ĐẠI – Số 2 (2024)",
    "first_page": 18,
    "break_after": 4,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – NHẬT BẢN TỪ 1973 ĐẾN 2014: NHỮNG NẤC THANG"),
        ("author", "Đỗ Thị Hải Yến"),
        ("affiliation", "Viện Nghiên cứu Đông Bắc Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khảo sát các bước phát triển của quan hệ Việt Nam – Nhật Bản trong bốn thập niên, từ khi thiết lập quan hệ ngoại giao đến khung Đối tác chiến lược sâu rộng.",
            "vi",
        ),
        ("keywords", "Việt Nam; Nhật Bản; ODA; đối tác chiến lược", "vi"),
        ("heading", "1. Thiết lập quan hệ và nối lại ODA", 1),
        (
            "paragraph",
            "Ngày 21/9/1973, Việt Nam Dân chủ Cộng hòa và Nhật Bản chính thức thiết lập quan hệ ngoại giao, khi chiến tranh ở miền Nam chưa kết thúc (Nguyễn Văn Kim, 2003, tr. 112). Từ năm 1979, do vấn đề Cam-pu-chia, Nhật Bản đóng băng viện trợ cho Việt Nam; phải đến tháng 11/1992, Tô-ky-ô mới quyết định nối lại ODA, mở ra giai đoạn hợp tác kinh tế sâu rộng.",
        ),
        ("heading", "2. Từ đối tác chiến lược đến đối tác chiến lược sâu rộng", 1),
        (
            "paragraph",
            "Tháng 4/2009, nhân chuyến thăm chính thức Nhật Bản của Tổng Bí thư Nông Đức Mạnh, hai bên ra Tuyên bố chung về Quan hệ Đối tác chiến lược vì hòa bình và phồn vinh ở châu Á. Tháng 10/2011, Bộ Quốc phòng hai nước ký Bản ghi nhớ về hợp tác và trao đổi quốc phòng. Tháng 3/2014, trong chuyến thăm cấp Nhà nước của Chủ tịch nước Trương Tấn Sang, Thủ tướng Abe Shinzo và Chủ tịch nước nhất trí nâng quan hệ lên Đối tác chiến lược sâu rộng. Một nhà nghiên cứu gọi đây là “bước chuyển từ hợp tác kinh tế sang tin cậy chiến lược” (Trần Quang Minh, 2015, tr. 9).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Hai nước cần tiếp tục phối hợp chặt chẽ tại Liên hợp quốc, ASEAN và các diễn đàn đa phương khác (Ngô Xuân Bình, 2019).",
        ),
    ],
}

BUB_WORD = {
    "id": "bub",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
        "SỞ NGOẠI VỤ",
        "Số: 214/BC-SNgV",
        "Nghệ An, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các đối tác Nhật Bản năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các đối tác Nhật Bản năm 2024"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tháng 4/2024, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu thăm tỉnh Gi-fu (Nhật Bản) và ký Biên bản ghi nhớ hợp tác về nông nghiệp và đào tạo nhân lực.",
        ),
        (
            "list_item",
            "2. Tháng 8/2024, lãnh đạo tỉnh tiếp và làm việc với Đại sứ Nhật Bản tại Việt Nam nhân dịp Đại sứ khảo sát các dự án ODA trên địa bàn.",
        ),
        (
            "list_item",
            "3. Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) viện trợ không hoàn lại 45 triệu yên cho dự án cấp nước sạch tại huyện Quế Phong.",
        ),
        (
            "list_item",
            "4. Hơn 2.100 lao động của tỉnh sang Nhật Bản làm việc theo chương trình thực tập sinh kỹ năng.",
        ),
        (
            "list_item",
            "5. Dự án nhà máy linh kiện điện tử của một nhà đầu tư Nhật Bản tại Khu kinh tế Đông Nam chưa được cấp giấy chứng nhận đăng ký đầu tư.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức Hội nghị xúc tiến đầu tư của tỉnh tại Tô-ky-ô trong quý II/2025.",
        ),
        (
            "list_item",
            "2. Mời đoàn tỉnh Gi-fu sang thăm tỉnh nhân dịp kỷ niệm một năm ký Biên bản ghi nhớ.",
        ),
        (
            "paragraph",
            "Sở Ngoại vụ kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo.",
        ),
    ],
}

BUC_NEWS = {
    "id": "buc",
    "shape": "news",
    "date": "2023-11-27",
    "stamp": "Thứ Hai, 27/11/2023 - 19:40",
    "blocks": [
        ("title", "Việt Nam – Nhật Bản nâng quan hệ lên Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Tô-ky-ô (TTXVN) – Chiều 27/11 (giờ địa phương), tại Thủ đô Tô-ky-ô, Chủ tịch nước Võ Văn Thưởng đã hội đàm với Thủ tướng Nhật Bản Kishida Fumio, trong khuôn khổ chuyến thăm chính thức Nhật Bản từ ngày 27 đến 30/11.",
        ),
        ("heading", "Khung quan hệ mới", 1),
        (
            "paragraph",
            "Hai nhà lãnh đạo ra Tuyên bố chung về việc nâng quan hệ Việt Nam – Nhật Bản lên Đối tác chiến lược toàn diện vì hòa bình và phồn vinh ở châu Á và trên thế giới, khép lại năm kỷ niệm 50 năm thiết lập quan hệ ngoại giao.",
        ),
        (
            "paragraph",
            "Thủ tướng Kishida khẳng định Nhật Bản sẽ tiếp tục cung cấp ODA thế hệ mới cho Việt Nam, tập trung vào chuyển đổi số, chuyển đổi xanh và hạ tầng chiến lược. Hai bên nhất trí phối hợp chặt chẽ tại ASEAN, APEC và Liên hợp quốc.",
        ),
        ("heading", "Cộng đồng người Việt", 1),
        (
            "paragraph",
            "Chủ tịch nước đề nghị phía Nhật Bản tiếp tục tạo điều kiện cho hơn nửa triệu người Việt Nam đang sinh sống, học tập và làm việc tại Nhật Bản. Trong chương trình chuyến thăm, Chủ tịch nước sẽ hội kiến Nhà vua Naruhito và gặp gỡ cộng đồng người Việt Nam tại Nhật Bản.",
        ),
    ],
}

BUD_PLAN = {
    "id": "bud",
    "shape": "plan",
    "head": [
        f"{'ĐẠI HỌC ĐÀ NẴNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC NGOẠI NGỮ':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 418/KH-ĐHNN':<40}Đà Nẵng, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Nhật Bản năm 2025",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Nhật Bản năm 2025"),
        ("heading", "I. TÌNH HÌNH NĂM 2024", 1),
        (
            "paragraph",
            "Năm 2024, Trường tiếp nhận 3 giáo viên tình nguyện tiếng Nhật do Quỹ Giao lưu Quốc tế Nhật Bản cử sang và ký thỏa thuận trao đổi sinh viên với Đại học Shizuoka. Chương trình liên kết đào tạo thạc sĩ Nhật Bản học chưa tuyển sinh được do không đủ chỉ tiêu.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 9/2025, đăng cai Cuộc thi hùng biện tiếng Nhật khu vực miền Trung – Tây Nguyên, phối hợp với Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng.",
        ),
        (
            "list_item",
            "2. Cử 10 giảng viên sang Nhật Bản bồi dưỡng phương pháp giảng dạy trong tháng 7 và tháng 8.",
        ),
        (
            "list_item",
            "3. Đề nghị JICA hỗ trợ trang thiết bị cho Trung tâm Nhật Bản học của Trường.",
        ),
        (
            "list_item",
            "4. Đón đoàn Đại học Shizuoka sang làm việc về chương trình trao đổi giảng viên vào tháng 11/2025.",
        ),
        (
            "paragraph",
            "Phòng Khoa học và Hợp tác quốc tế chủ trì, theo dõi và báo cáo Hiệu trưởng kết quả thực hiện.",
        ),
    ],
}

BUE_ENTRY = {
    "id": "bue",
    "shape": "entry",
    "blocks": [
        ("title", "Abe Shinzo"),
        (
            "paragraph",
            "Abe Shinzo (21/9/1954 – 8/7/2022) là chính khách Nhật Bản, Chủ tịch Đảng Dân chủ Tự do, hai lần giữ chức Thủ tướng (2006 – 2007 và 2012 – 2020), là người giữ cương vị Thủ tướng lâu nhất trong lịch sử Nhật Bản. Ông là cháu ngoại của cựu Thủ tướng Kishi Nobusuke.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Tháng 11/2006, trong nhiệm kỳ đầu, ông sang Hà Nội dự Hội nghị các nhà lãnh đạo kinh tế APEC. Trở lại cương vị Thủ tướng cuối năm 2012, ông chọn Việt Nam là điểm đến đầu tiên trong chuyến công du nước ngoài đầu tiên vào tháng 1/2013. Tháng 5/2016, Nhật Bản đăng cai Hội nghị thượng đỉnh G7 tại Ise-Shima; Thủ tướng Nguyễn Xuân Phúc được mời dự phiên họp mở rộng. Người kế nhiệm ông, Thủ tướng Suga Yoshihide, cũng chọn Việt Nam cho chuyến thăm nước ngoài đầu tiên vào tháng 10/2020.",
        ),
        ("heading", "Qua đời", 1),
        (
            "paragraph",
            "Ông bị ám sát ngày 8/7/2022 tại thành phố Na-ra khi đang vận động tranh cử. Lãnh đạo Việt Nam đã gửi điện chia buồn tới Chính phủ Nhật Bản và gia đình ông.",
        ),
    ],
}

DOCS = [BUA_JOURNAL, BUB_WORD, BUC_NEWS, BUD_PLAN, BUE_ENTRY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="19:40",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[
            ("/tag/nhat-ban", "Nhật Bản"),
            ("/tag/doi-tac-chien-luoc-toan-dien", "Đối tác chiến lược toàn diện"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A university plan by heldout_kit.ministry_plan, signed "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Đại học Đà Nẵng (để b/c);", "- Lưu: VT, KH&HTQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": lambda d: headed_journal(d, page_label="- {} -", align="^"),
            "word": report_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="bu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
