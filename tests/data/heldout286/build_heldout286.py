"""Build the two hundred eighty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout286/build_heldout286.py [--check]

Five short documents on Vietnam and Laos: a journal article on the special relationship (relations
5/9/1962, the Treaty of Amity and Cooperation 18/7/1977, ASEAN 1995/1997, Laos's ASEAN chair 2024), a
(fictitious) Nghệ An foreign affairs department's report on cooperation with Lao provinces in 2024, a news
page on President Tô Lâm's state visit to Laos (11 – 12/7/2024), a (fictitious) Quảng Trị provincial plan
for cooperation with three Lao provinces in 2026, and an encyclopedia entry on the 1977 treaty. Facts are
well-established; authors, journal, page numbers, document numbers, the provinces' activities and quoted
words are invented. Gold is written by hand; ``--check`` verifies that every gold evidence, quote and
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

JQA = {
    "id": "jqa",
    "shape": "journal",
    "header": "TẠP CHÍ LỊCH SỬ ĐỐI NGOẠI VIỆT NAM – Số 2 (2025)",
    "first_page": 17,
    "break_after": 7,
    "blocks": [
        ("title", "QUAN HỆ ĐẶC BIỆT VIỆT NAM – LÀO: TỪ NĂM 1962 ĐẾN CHẶNG ĐƯỜNG ASEAN"),
        ("author", "Vũ Thị Hồng Nhung"),
        ("affiliation", "Học viện Chính trị khu vực I"),
        (
            "abstract",
            "Bài viết điểm lại các mốc chính của quan hệ đặc biệt Việt Nam – Lào và sự phối hợp giữa hai nước trong ASEAN.",
            "vi",
        ),
        ("keywords", "Việt Nam; Lào; quan hệ đặc biệt; Hiệp ước 1977; ASEAN", "vi"),
        ("heading", "1. Những nền móng đầu tiên", 1),
        (
            "paragraph",
            "Ngày 5/9/1962, Việt Nam Dân chủ Cộng hòa và Vương quốc Lào chính thức thiết lập quan hệ ngoại giao, đánh dấu bước phát triển mới của tình đoàn kết hình thành từ những năm cùng chống thực dân Pháp (Đinh Văn Thụy, 2012, tr. 38). Trong cuộc kháng chiến chống Mỹ, quân tình nguyện Việt Nam đã sát cánh cùng lực lượng cách mạng Lào trên nhiều chiến trường.",
        ),
        ("heading", "2. Hiệp ước năm 1977", 1),
        (
            "paragraph",
            "Ngày 18/7/1977, tại Viêng Chăn, Thủ tướng Phạm Văn Đồng và Thủ tướng Cay-xỏn Phôm-vi-hản ký Hiệp ước Hữu nghị và Hợp tác giữa hai nước, văn kiện được đánh giá là “nền tảng pháp lý của quan hệ đặc biệt” (Phạm Thị Lan Anh, 2017, tr. 112). Từ đó, Việt Nam giúp bạn đào tạo hàng nghìn cán bộ, còn Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào thường xuyên trao đổi đoàn cấp cao.",
        ),
        ("heading", "3. Trong ngôi nhà chung ASEAN", 1),
        (
            "paragraph",
            "Việt Nam gia nhập ASEAN ngày 28/7/1995 và tích cực ủng hộ nước bạn hội nhập khu vực; ngày 23/7/1997, Lào trở thành thành viên chính thức của Hiệp hội. Năm 2024, Lào lần thứ ba đảm nhiệm cương vị Chủ tịch ASEAN và đăng cai Hội nghị Cấp cao ASEAN lần thứ 44 và 45 tại Viêng Chăn vào tháng 10 (Bun-thoong Vi-la-vông, 2024). Thời gian tới, hai nước cần sớm hoàn tất nghiên cứu dự án đường cao tốc Viêng Chăn – Hà Nội.",
        ),
    ],
}

JQB = {
    "id": "jqb",
    "shape": "word",
    "head": [
        "UBND TỈNH NGHỆ AN",
        "SỞ NGOẠI VỤ",
        "Số: 245/BC-SNgV",
        "Nghệ An, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các tỉnh của nước Cộng hòa Dân chủ Nhân dân Lào năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các tỉnh của nước Cộng hòa Dân chủ Nhân dân Lào năm 2024"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tháng 3/2024, đoàn đại biểu tỉnh Xiêng Khoảng do Phó Tỉnh trưởng dẫn đầu sang thăm và làm việc tại Nghệ An; hai bên thống nhất kế hoạch hợp tác năm 2024.",
        ),
        (
            "list_item",
            "2. Tháng 8/2024, ký Biên bản ghi nhớ hợp tác giai đoạn 2024 – 2028 với tỉnh Hủa Phăn về nông nghiệp, giáo dục và y tế.",
        ),
        (
            "list_item",
            "3. Các trường trên địa bàn tỉnh tiếp nhận, đào tạo 620 lưu học sinh Lào, trong đó 85 học viên theo học bổng của Chính phủ Việt Nam.",
        ),
        (
            "list_item",
            "4. Trao tặng tỉnh Bô-ly-khăm-xay 1,5 tỷ đồng xây dựng nhà lớp học cho một trường tiểu học ở huyện Viêng Thoong.",
        ),
        (
            "list_item",
            "5. Phối hợp với lực lượng chức năng tỉnh Xiêng Khoảng tìm kiếm, quy tập được 14 hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào.",
        ),
        (
            "list_item",
            "6. Hội chợ thương mại tại cửa khẩu quốc tế Nậm Cắn dự kiến tổ chức trong tháng 11 chưa thực hiện được do phía bạn đề nghị lùi thời gian.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức các hoạt động kỷ niệm 50 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào (2/12/1975 – 2/12/2025).",
        ),
        (
            "list_item",
            "2. Cử đoàn đại biểu tỉnh sang thăm, chúc Tết Bun-pi-mày tỉnh Hủa Phăn vào tháng 4/2025.",
        ),
        (
            "list_item",
            "3. Mời đoàn tỉnh Bô-ly-khăm-xay sang dự Hội nghị xúc tiến đầu tư của tỉnh.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hợp tác với các tỉnh của Lào năm 2024 của Sở Ngoại vụ tỉnh Nghệ An.",
        ),
    ],
}

JQC = {
    "id": "jqc",
    "shape": "news",
    "date": "2024-07-11",
    "stamp": "Thứ Năm, 11/07/2024 - 21:05",
    "blocks": [
        ("title", "Chủ tịch nước Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith"),
        (
            "paragraph",
            "Viêng Chăn (TTXVN) – Ngày 11/7, ngay sau lễ đón chính thức, Chủ tịch nước Tô Lâm đã hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith, trong khuôn khổ chuyến thăm cấp Nhà nước tới Cộng hòa Dân chủ Nhân dân Lào từ ngày 11 đến 12/7.",
        ),
        ("heading", "Chuyến thăm nước ngoài đầu tiên trên cương vị mới", 1),
        (
            "paragraph",
            "Đây là chuyến thăm nước ngoài đầu tiên của Chủ tịch nước Tô Lâm kể từ khi được Quốc hội bầu giữ chức vụ này ngày 22/5/2024. Tại cuộc hội đàm, hai nhà lãnh đạo khẳng định tiếp tục giữ gìn và vun đắp mối quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện Việt Nam – Lào.",
        ),
        (
            "paragraph",
            "Chủ tịch nước khẳng định Việt Nam ủng hộ bạn hoàn thành tốt vai trò Chủ tịch ASEAN năm 2024. Hai bên nhất trí đẩy nhanh tiến độ các dự án kết nối trọng điểm, trong đó có cảng Vũng Áng và tuyến đường sắt Viêng Chăn – Vũng Áng.",
        ),
        ("heading", "Gặp gỡ lãnh đạo Chính phủ và Quốc hội Lào", 1),
        (
            "paragraph",
            "Trong chương trình chuyến thăm, Chủ tịch nước còn hội kiến Thủ tướng Sonexay Siphandone và Chủ tịch Quốc hội Saysomphone Phomvihane. Rời Viêng Chăn, Chủ tịch nước sẽ tiếp tục thăm cấp Nhà nước Vương quốc Campuchia.",
        ),
    ],
}

JQD = {
    "id": "jqd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH QUẢNG TRỊ':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 318/KH-UBND':<40}Quảng Trị, ngày 12 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các tỉnh Xa-vẳn-na-khệt, Khăm-muồn và Xa-la-vẳn (Lào) năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các tỉnh Xa-vẳn-na-khệt, Khăm-muồn và Xa-la-vẳn (Lào) năm 2026"),
        (
            "paragraph",
            "Thực hiện các thỏa thuận hợp tác đã ký với các tỉnh Trung Lào, Ủy ban nhân dân tỉnh ban hành Kế hoạch hợp tác năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, tỉnh phối hợp với tỉnh Xa-vẳn-na-khệt tổ chức Hội chợ thương mại Hành lang kinh tế Đông – Tây tại cửa khẩu quốc tế Lao Bảo; ký thỏa thuận hợp tác giai đoạn 2025 – 2030 với tỉnh Khăm-muồn; trao tặng tỉnh Xa-la-vẳn 50 tấn gạo hỗ trợ người dân vùng lũ. Đề án khu kinh tế – thương mại chung xuyên biên giới Lao Bảo – Đen-sa-vẳn chưa được triển khai do chưa hoàn thiện khung pháp lý.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3/2026, đăng cai Hội nghị sơ kết hợp tác giữa tỉnh Quảng Trị và tỉnh Xa-vẳn-na-khệt.",
        ),
        (
            "list_item",
            "2. Cử đoàn đại biểu tỉnh sang thăm, chúc Tết cổ truyền Bun-pi-mày các tỉnh Khăm-muồn và Xa-la-vẳn.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 120 lưu học sinh Lào sang học tập tại các cơ sở đào tạo của tỉnh.",
        ),
        (
            "list_item",
            "4. Phối hợp với lực lượng công an, quân sự tỉnh Xa-vẳn-na-khệt tuần tra song phương, phòng, chống buôn bán ma túy qua biên giới.",
        ),
        (
            "list_item",
            "5. Tiếp tục tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào.",
        ),
        (
            "paragraph",
            "Văn phòng Ủy ban nhân dân tỉnh chủ trì, theo dõi, đôn đốc và định kỳ báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch.",
        ),
    ],
}

JQE = {
    "id": "jqe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào"),
        (
            "paragraph",
            "Hiệp ước Hữu nghị và Hợp tác giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Dân chủ Nhân dân Lào là văn kiện pháp lý nền tảng của quan hệ đặc biệt giữa hai nước, được ký ngày 18/7/1977 tại Viêng Chăn nhân chuyến thăm Lào của Đoàn đại biểu cấp cao Đảng và Chính phủ Việt Nam do Tổng Bí thư Lê Duẩn và Thủ tướng Phạm Văn Đồng dẫn đầu.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp ước khẳng định quyết tâm của hai bên bảo vệ và phát triển mối quan hệ đặc biệt, tăng cường hợp tác về quốc phòng, kinh tế, văn hóa, khoa học – kỹ thuật, xây dựng đường biên giới hòa bình, hữu nghị lâu dài.",
        ),
        ("heading", "Các văn kiện liên quan", 1),
        (
            "paragraph",
            "Cùng ngày, hai bên ký Hiệp ước hoạch định biên giới quốc gia. Năm 2016, hai nước hoàn thành dự án tăng dày và tôn tạo hệ thống mốc quốc giới và ký Nghị định thư về đường biên giới và mốc quốc giới.",
        ),
        ("heading", "Kỷ niệm", 1),
        (
            "paragraph",
            "Năm 2017, nhân kỷ niệm 55 năm thiết lập quan hệ ngoại giao và 40 năm ký Hiệp ước, hai Đảng, hai Nhà nước tổ chức Năm Đoàn kết hữu nghị Việt Nam – Lào với nhiều hoạt động ở cả hai nước.",
        ),
    ],
}

DOCS = [JQA, JQB, JQC, JQD, JQE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="20:40",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/lao", "Lào"), ("/tag/chu-tich-nuoc-to-lam", "Chủ tịch nước Tô Lâm")],
    )


def render_plan(doc: dict) -> str:
    """A provincial plan by heldout_kit.ministry_plan: signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"."""
    return ministry_plan(
        doc,
        signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        recipients=["- Bộ Ngoại giao (để b/c);", "- Lưu: VT, NgV."],
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
        prefix="jq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
