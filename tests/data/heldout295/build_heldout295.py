"""Build the two hundred ninety-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout295/build_heldout295.py [--check]

Five short documents on Vietnam – United States partnerships and visits (2005 – 2024): a journal article
on the road from the Comprehensive Partnership of 2013 to the Comprehensive Strategic Partnership of 2023, a
(fictitious) university international office's report on US partners in 2024, a news page on Prime
Minister Phan Văn Khải's talks with President Bush in June 2005, a (fictitious) science ministry plan for
2024 and an encyclopedia entry on the US – North Korea summit in Hà Nội of February 2019. Facts are
well-established; authors, journal, page numbers, cited works, quoted words, document numbers and the
report's and plan's items are invented. Gold is written by hand; ``--check`` verifies that every gold
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
    ministry_plan,
    news_page,
    report_word,
)

JZA = {
    "id": "jza",
    "shape": "journal",
    "header": "KINH TẾ VÀ CHÍNH TRỊ CHÂU MỸ – Số 10 (2024)",
    "first_page": 61,
    "break_after": 5,
    "blocks": [
        (
            "title",
            "TỪ ĐỐI TÁC TOÀN DIỆN ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN: QUAN HỆ VIỆT NAM – HOA KỲ 2013 – 2023",
        ),
        ("author", "Hà Thị Minh Nguyệt"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích quá trình phát triển của khuôn khổ quan hệ Việt Nam – Hoa Kỳ trong thập niên 2013 – 2023.",
            "vi",
        ),
        ("keywords", "Đối tác toàn diện; Đối tác chiến lược toàn diện; Việt Nam – Hoa Kỳ", "vi"),
        ("heading", "1. Khuôn khổ năm 2013", 1),
        (
            "paragraph",
            "Ngày 25/7/2013, tại Nhà Trắng, Chủ tịch nước Trương Tấn Sang và Tổng thống Barack Obama ra Tuyên bố chung, xác lập quan hệ Đối tác toàn diện (Lê Hoàng Anh, 2014, tr. 9). Tháng 7/2015, Tổng Bí thư Nguyễn Phú Trọng thăm Hoa Kỳ, hội đàm với Tổng thống Obama tại Phòng Bầu dục và ra Tuyên bố Tầm nhìn chung. Tháng 5/2016, Tổng thống Obama thăm Việt Nam và tuyên bố dỡ bỏ hoàn toàn lệnh cấm bán vũ khí sát thương cho Việt Nam.",
        ),
        ("heading", "2. Bước nâng cấp năm 2023", 1),
        (
            "paragraph",
            "Ngày 10/9/2023, nhân chuyến thăm cấp Nhà nước của Tổng thống Joe Biden, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện vì hòa bình, hợp tác và phát triển bền vững. Khuôn khổ mới được đánh giá là “phản ánh đúng tầm vóc của quan hệ” (Đỗ Thị Hạnh, 2023, tr. 15).",
        ),
        ("heading", "3. Những vấn đề còn tồn tại", 1),
        (
            "paragraph",
            "Tuy vậy, đến nay Hoa Kỳ vẫn chưa công nhận quy chế kinh tế thị trường của Việt Nam (Phùng Văn Khôi, 2024).",
        ),
    ],
}

JZB = {
    "id": "jzb",
    "shape": "word",
    "head": [
        "ĐẠI HỌC HUẾ",
        "BAN HỢP TÁC QUỐC TẾ",
        "Số: 317/BC-ĐHH",
        "Huế, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các đối tác Hoa Kỳ năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các đối tác Hoa Kỳ năm 2024"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tiếp nhận 4 tình nguyện viên của Tổ chức Hòa bình Hoa Kỳ (Peace Corps) giảng dạy tiếng Anh tại Trường Đại học Ngoại ngữ.",
        ),
        (
            "list_item",
            "2. Tháng 5/2024, ký bản ghi nhớ với Đại học Bang Arizona (Hoa Kỳ) về đào tạo kỹ sư thiết kế vi mạch bán dẫn.",
        ),
        (
            "list_item",
            "3. Đón Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper đến thăm và nói chuyện với sinh viên.",
        ),
        (
            "list_item",
            "4. 5 giảng viên nhận học bổng Fulbright sang Hoa Kỳ học tập.",
        ),
        (
            "list_item",
            "5. Chương trình liên kết đào tạo thạc sĩ với Đại học Texas Tech chưa được Bộ Giáo dục và Đào tạo phê duyệt.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3/2025, đăng cai hội thảo quốc tế về di sản và du lịch với các đối tác Hoa Kỳ.",
        ),
        (
            "list_item",
            "2. Cử đoàn lãnh đạo sang thăm và làm việc với các trường đại học tại bang Washington.",
        ),
        (
            "list_item",
            "3. Đề nghị Phái đoàn Fulbright tăng số học bổng dành cho giảng viên khu vực miền Trung.",
        ),
    ],
}

JZC = {
    "id": "jzc",
    "shape": "news",
    "date": "2005-06-22",
    "stamp": "Thứ Tư, 22/06/2005 - 08:30",
    "blocks": [
        ("title", "Tổng thống George W. Bush hội đàm với Thủ tướng Phan Văn Khải"),
        (
            "paragraph",
            "Oa-sinh-tơn (TTXVN) – Ngày 21/6 (giờ địa phương), tại Nhà Trắng, Tổng thống Hoa Kỳ George W. Bush đã hội đàm với Thủ tướng Phan Văn Khải, đang thăm chính thức Hoa Kỳ theo lời mời của Tổng thống.",
        ),
        ("heading", "Chuyến thăm lịch sử", 1),
        (
            "paragraph",
            "Đây là lần đầu tiên một Thủ tướng Chính phủ Việt Nam thăm Hoa Kỳ kể từ khi chiến tranh kết thúc. Trước khi đến thủ đô, Thủ tướng và đoàn đã thăm bang Oa-sinh-tơn, làm việc với Tập đoàn Microsoft và gặp ông Bill Gates.",
        ),
        (
            "paragraph",
            "Tại hội đàm, Tổng thống Bush khẳng định ủng hộ Việt Nam sớm gia nhập Tổ chức Thương mại Thế giới (WTO) và nhận lời mời thăm Việt Nam, dự Hội nghị cấp cao APEC tại Hà Nội năm 2006. Hai bên ra Tuyên bố chung về quan hệ song phương.",
        ),
        ("heading", "Đàm phán WTO còn dang dở", 1),
        (
            "paragraph",
            "Hai bên chưa kết thúc đàm phán song phương về việc Việt Nam gia nhập WTO. Theo chương trình, Thủ tướng sẽ gặp gỡ các nghị sĩ Quốc hội Hoa Kỳ và cộng đồng doanh nghiệp, sau đó đến Niu Oóc.",
        ),
    ],
}

JZD = {
    "id": "jzd",
    "shape": "plan",
    "head": [
        f"{'BỘ KHOA HỌC VÀ CÔNG NGHỆ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 46/KH-BKHCN':<40}Hà Nội, ngày 15 tháng 01 năm 2024",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác khoa học, công nghệ và đổi mới sáng tạo với Hoa Kỳ năm 2024",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác khoa học, công nghệ và đổi mới sáng tạo với Hoa Kỳ năm 2024"),
        (
            "paragraph",
            "Thực hiện Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện Việt Nam – Hoa Kỳ tháng 9/2023, Bộ Khoa học và Công nghệ ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2023", 1),
        (
            "paragraph",
            "Năm 2023, Bộ đón 4 đoàn của các cơ quan khoa học Hoa Kỳ và cử 15 nhà khoa học sang Hoa Kỳ tham gia nghiên cứu chung. Việc thành lập Trung tâm nghiên cứu chung về bán dẫn chưa hoàn thành do hai bên chưa thống nhất cơ chế tài chính.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 5/2024, đăng cai Diễn đàn Đổi mới sáng tạo Việt Nam – Hoa Kỳ tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao đàm phán Nghị định thư sửa đổi Hiệp định hợp tác khoa học và công nghệ giữa hai nước.",
        ),
        (
            "list_item",
            "3. Đề nghị Quỹ Khoa học Quốc gia Hoa Kỳ (NSF) đồng tài trợ 10 đề tài nghiên cứu chung.",
        ),
        (
            "list_item",
            "4. Cử 20 nghiên cứu viên trẻ sang thực tập tại các phòng thí nghiệm của Hoa Kỳ.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, theo dõi và báo cáo Bộ trưởng kết quả thực hiện Kế hoạch.",
        ),
    ],
}

JZE = {
    "id": "jze",
    "shape": "entry",
    "blocks": [
        ("title", "Hội nghị thượng đỉnh Hoa Kỳ – Triều Tiên tại Hà Nội"),
        (
            "paragraph",
            "Hội nghị thượng đỉnh Hoa Kỳ – Triều Tiên lần thứ hai là cuộc gặp giữa Tổng thống Hoa Kỳ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un, do Việt Nam đăng cai tại Hà Nội ngày 27 và 28/2/2019, sau cuộc gặp đầu tiên tại Xin-ga-po tháng 6/2018.",
        ),
        ("heading", "Diễn biến", 1),
        (
            "paragraph",
            "Nhà lãnh đạo Triều Tiên đến Việt Nam bằng tàu hỏa qua ga Đồng Đăng (Lạng Sơn) ngày 26/2/2019. Hai nhà lãnh đạo gặp nhau tại khách sạn Metropole; hội nghị kết thúc sớm hơn dự kiến và không ra được tuyên bố chung nào.",
        ),
        ("heading", "Hoạt động song phương với Việt Nam", 1),
        (
            "paragraph",
            "Ngày 27/2/2019, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng hội đàm với Tổng thống Trump và cùng chứng kiến lễ ký các hợp đồng thương mại giữa doanh nghiệp hai nước. Đây là lần thứ hai ông Trump đến Việt Nam, sau khi dự Hội nghị cấp cao APEC tại Đà Nẵng và thăm cấp Nhà nước Việt Nam tháng 11/2017. Từ ngày 1 đến 2/3/2019, ông Kim Jong-un ở lại thăm hữu nghị chính thức Việt Nam.",
        ),
    ],
}

DOCS = [JZA, JZB, JZC, JZD, JZE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Chính trị" section."""
    return news_page(
        doc,
        section="Chính trị",
        time="07:55",
        menu=[("/chinh-tri", "Chính trị"), ("/kinh-te", "Kinh tế")],
        tags=[("/tag/phan-van-khai", "Phan Văn Khải"), ("/tag/wto", "WTO")],
    )


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "TRƯỞNG BAN"."""
    return report_word(doc, ["TRƯỞNG BAN", "(Đã ký)"])


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="jz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
