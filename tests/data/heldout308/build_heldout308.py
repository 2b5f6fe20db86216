"""Build the three hundred eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout308/build_heldout308.py [--check]

Five short documents on Vietnam and China, the historical angle: a journal article on China's recognition
of the Democratic Republic of Vietnam on 18/1/1950 and the help that followed, a (fictitious) provincial
foreign affairs department's report for 2019 on relations with Guangxi, a news page on the thirtieth
anniversary of the Gạc Ma clash of 14/3/1988, a (fictitious) research institute's plan for the 75th
anniversary of diplomatic relations, and an encyclopedia entry on the border war of 1979. Facts are
well-established; authors, journal, page numbers, document numbers, the report's and plan's items and the
local bodies' activities are invented. Gold is written by hand; ``--check`` verifies that every gold
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

BYA_JOURNAL = {
    "id": "bya",
    "shape": "journal",
    "header": "TẠP CHÍ LỊCH SỬ NGOẠI GIAO – Số 2 (2020)",
    "first_page": 31,
    "break_after": 6,
    "blocks": [
        ("title", "NĂM 1950 TRONG QUAN HỆ VIỆT NAM – TRUNG QUỐC"),
        ("author", "Đặng Quốc Thịnh"),
        ("affiliation", "Khoa Lịch sử, Trường Đại học Sư phạm Hà Nội"),
        (
            "abstract",
            "Bài viết làm rõ bối cảnh và ý nghĩa của việc Trung Quốc công nhận Việt Nam Dân chủ Cộng hòa ngày 18/1/1950.",
            "vi",
        ),
        ("keywords", "quan hệ Việt – Trung; công nhận ngoại giao; Chiến dịch Biên giới", "vi"),
        ("heading", "1. Bối cảnh", 1),
        (
            "paragraph",
            "Ngày 14/1/1950, Chủ tịch Hồ Chí Minh ra tuyên bố, khẳng định Chính phủ Việt Nam Dân chủ Cộng hòa sẵn sàng đặt quan hệ ngoại giao với chính phủ nước nào tôn trọng quyền bình đẳng, chủ quyền lãnh thổ và chủ quyền quốc gia của Việt Nam (Phan Đình Lộc, 2005, tr. 112). Bốn ngày sau, ngày 18/1/1950, nước Cộng hòa Nhân dân Trung Hoa công nhận và đặt quan hệ ngoại giao với Việt Nam, trở thành nước đầu tiên làm việc này; Liên Xô công nhận ta ngày 30/1/1950, và đầu tháng 2/1950 nhiều nước dân chủ nhân dân Đông Âu cũng công nhận Việt Nam Dân chủ Cộng hòa.",
        ),
        ("heading", "2. Từ công nhận đến giúp đỡ", 1),
        (
            "paragraph",
            "Đầu năm 1950, Chủ tịch Hồ Chí Minh bí mật sang Bắc Kinh rồi Mát-xcơ-va, hội đàm với lãnh đạo Trung Quốc và Liên Xô. Sau chuyến đi, Trung Quốc cử đoàn cố vấn quân sự do Vi Quốc Thanh dẫn đầu sang giúp ta; tướng Trần Canh có mặt tại mặt trận trong Chiến dịch Biên giới thu – đông năm 1950. Một cựu chiến binh nhớ lại, đó là lúc “cánh cửa phía Bắc đã mở” (Hoàng Minh Đạo, 2012, tr. 47).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Ngược lại, Hoa Kỳ và Anh không công nhận Chính phủ kháng chiến mà công nhận chính quyền Bảo Đại ngày 7/2/1950. Dù quan hệ Việt – Trung về sau trải qua nhiều thăng trầm, mốc 18/1/1950 vẫn là nền tảng để hai bên nhìn lại (Lưu Thị Hằng, 2018).",
        ),
    ],
}

BYB_WORD = {
    "id": "byb",
    "shape": "word",
    "head": [
        "UBND TỈNH CAO BẰNG",
        "SỞ NGOẠI VỤ",
        "Số: 58/BC-SNgV",
        "Cao Bằng, ngày 16 tháng 12 năm 2019",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác đối ngoại với Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) năm 2019",
    ],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại với Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) năm 2019"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tháng 4/2019, đoàn đại biểu tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu sang thăm thành phố Bách Sắc, ký biên bản hội đàm về quản lý cặp cửa khẩu Trà Lĩnh – Long Bang.",
        ),
        (
            "list_item",
            "2. Tiếp và làm việc với đoàn Chính quyền thành phố Sùng Tả sang trao đổi về hợp tác khai thác du lịch thác Bản Giốc – Đức Thiên.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 30 tấn phân bón do Chính quyền Khu tự trị Quảng Tây hỗ trợ nhân dân vùng lũ huyện Bảo Lạc.",
        ),
        (
            "list_item",
            "4. Việc mở luồng thông quan hàng hóa tại cặp cửa khẩu Lý Vạn – Thạc Long chưa thực hiện được do phía bạn chưa hoàn tất thủ tục.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2020", 1),
        (
            "list_item",
            "1. Tổ chức hội đàm thường niên giữa lãnh đạo tỉnh Cao Bằng và Khu tự trị Quảng Tây trong quý I/2020.",
        ),
        (
            "list_item",
            "2. Kiến nghị Bộ Ngoại giao đề xuất với phía Trung Quốc nâng cấp cặp cửa khẩu Trà Lĩnh – Long Bang thành cửa khẩu quốc tế.",
        ),
        (
            "list_item",
            "3. Tiếp tục phối hợp tuần tra song phương trên tuyến biên giới, giữ gìn an ninh, trật tự khu vực cửa khẩu.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo công tác đối ngoại với Khu tự trị Quảng Tây năm 2019 của Sở Ngoại vụ tỉnh Cao Bằng.",
        ),
    ],
}

BYC_NEWS = {
    "id": "byc",
    "shape": "news",
    "date": "2018-03-14",
    "stamp": "Thứ Tư, 14/03/2018 - 10:45",
    "blocks": [
        ("title", "Khánh Hòa tưởng niệm 64 liệt sĩ hy sinh tại Gạc Ma"),
        (
            "paragraph",
            "Khánh Hòa (TTXVN) – Sáng 14/3, tại Khu tưởng niệm chiến sĩ Gạc Ma ở huyện Cam Lâm, Hội Cựu chiến binh tỉnh Khánh Hòa tổ chức lễ tưởng niệm 30 năm ngày 64 cán bộ, chiến sĩ hải quân hy sinh khi bảo vệ đảo Gạc Ma (14/3/1988 – 14/3/2018).",
        ),
        ("heading", "Trận chiến không cân sức", 1),
        (
            "paragraph",
            "Ngày 14/3/1988, hải quân Trung Quốc nổ súng tấn công các chiến sĩ hải quân Việt Nam đang làm nhiệm vụ tại các bãi đá Gạc Ma, Cô Lin và Len Đao thuộc quần đảo Trường Sa. 64 chiến sĩ đã hy sinh; Trung Quốc chiếm giữ bãi Gạc Ma từ đó, còn ta giữ vững Cô Lin và Len Đao.",
        ),
        (
            "paragraph",
            "Trước đó, tháng 1/1974, Trung Quốc đã dùng vũ lực đánh chiếm quần đảo Hoàng Sa. Sau sự kiện Gạc Ma, Bộ Ngoại giao Việt Nam ra công hàm phản đối, đề nghị hai bên đàm phán giải quyết, song phía Trung Quốc không chấp nhận.",
        ),
        ("heading", "Tri ân những người nằm lại", 1),
        (
            "paragraph",
            "Theo Ban tổ chức, tháng 4 tới, Hội sẽ phối hợp với Vùng 4 Hải quân đưa 20 thân nhân liệt sĩ ra huyện đảo Trường Sa thả hoa tưởng niệm.",
        ),
    ],
}

BYD_PLAN = {
    "id": "byd",
    "shape": "plan",
    "head": [
        f"{'VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VIỆN NGHIÊN CỨU TRUNG QUỐC':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 112/KH-VNCTQ':<40}Hà Nội, ngày 02 tháng 12 năm 2024",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tổ chức các hoạt động kỷ niệm 75 năm quan hệ ngoại giao Việt Nam – Trung Quốc",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tổ chức các hoạt động kỷ niệm 75 năm quan hệ ngoại giao Việt Nam – Trung Quốc"),
        (
            "paragraph",
            "Nhân dịp kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Trung Quốc (18/1/1950 – 18/1/2025) và “Năm Giao lưu nhân văn Việt Nam – Trung Quốc” 2025, Viện Nghiên cứu Trung Quốc xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. MỤC ĐÍCH, YÊU CẦU", 1),
        (
            "paragraph",
            "Đánh giá khách quan chặng đường 75 năm quan hệ hai nước, kể cả những giai đoạn khó khăn, rút ra bài học cho giai đoạn mới. Năm 2024, Viện chưa ký được thỏa thuận hợp tác mới với Viện Khoa học xã hội Trung Quốc.",
        ),
        ("heading", "II. NỘI DUNG", 1),
        (
            "list_item",
            "1. Tổ chức Hội thảo khoa học quốc tế tại Hà Nội ngày 14/1/2025, mời học giả Viện Khoa học xã hội Trung Quốc và Đại học Dân tộc Quảng Tây tham dự.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Trung Quốc tại Việt Nam tổ chức triển lãm ảnh tư liệu “Chủ tịch Hồ Chí Minh với Trung Quốc”.",
        ),
        (
            "list_item",
            "3. Cử đoàn 5 cán bộ sang Nam Ninh và Quảng Châu khảo sát các di tích về hoạt động cách mạng của Chủ tịch Hồ Chí Minh trong quý II/2025.",
        ),
        (
            "paragraph",
            "Phòng Quản lý khoa học và Hợp tác quốc tế chủ trì, phối hợp với các phòng nghiên cứu triển khai Kế hoạch và báo cáo lãnh đạo Viện kết quả thực hiện.",
        ),
    ],
}

BYE_ENTRY = {
    "id": "bye",
    "shape": "entry",
    "blocks": [
        ("title", "Chiến tranh biên giới Việt – Trung 1979"),
        (
            "paragraph",
            "Chiến tranh biên giới Việt – Trung năm 1979 là cuộc xung đột vũ trang nổ ra khi Trung Quốc đưa quân tấn công Việt Nam trên toàn tuyến biên giới phía Bắc, từ Phong Thổ (Lai Châu) đến Móng Cái (Quảng Ninh), rạng sáng ngày 17/2/1979.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Quan hệ hai nước xấu đi từ cuối những năm 1970; tháng 7/1978, Trung Quốc tuyên bố cắt toàn bộ viện trợ cho Việt Nam. Ngày 3/11/1978, Việt Nam và Liên Xô ký Hiệp ước hữu nghị và hợp tác. Ngày 7/1/1979, quân tình nguyện Việt Nam cùng lực lượng cách mạng Cam-pu-chia giải phóng Phnôm Pênh khỏi chế độ Khơ-me Đỏ, vốn được Trung Quốc ủng hộ.",
        ),
        ("heading", "Diễn biến", 1),
        (
            "paragraph",
            "Quân và dân sáu tỉnh biên giới kiên cường chiến đấu. Ngày 5/3/1979, Chủ tịch nước Tôn Đức Thắng ra Lệnh tổng động viên; cùng ngày, Trung Quốc tuyên bố rút quân và đến ngày 18/3/1979 thì rút hết khỏi lãnh thổ Việt Nam. Liên Xô lên án cuộc tấn công và tăng cường viện trợ quân sự cho Việt Nam.",
        ),
        ("heading", "Hậu quả", 1),
        (
            "paragraph",
            "Xung đột vũ trang còn tiếp diễn dọc biên giới suốt thập niên 1980, ác liệt nhất tại mặt trận Vị Xuyên (Hà Giang). Quan hệ hai nước rơi vào tình trạng căng thẳng kéo dài hơn một thập kỷ.",
        ),
    ],
}

DOCS = [BYA_JOURNAL, BYB_WORD, BYC_NEWS, BYD_PLAN, BYE_ENTRY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="10:45",
        menu=[("/thoi-su", "Thời sự"), ("/bien-dao", "Biển đảo")],
        tags=[("/tag/gac-ma", "Gạc Ma"), ("/tag/truong-sa", "Trường Sa")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "VIỆN TRƯỞNG", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["VIỆN TRƯỞNG", "(đã ký)"],
        recipients=["- Viện Hàn lâm KHXH Việt Nam (để b/c);", "- Lưu: VT, QLKH."],
        columns=(48, 50),
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
        prefix="by",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
