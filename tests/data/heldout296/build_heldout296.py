"""Build the two hundred ninety-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout296/build_heldout296.py [--check]

Five short documents on Vietnam – United States cooperation on the legacies of war: a journal article on
the Agent Orange / dioxin clean-up at Đà Nẵng airport, a (fictitious) provincial foreign affairs
department's report on US aid for clearing unexploded ordnance in Quảng Trị in 2024, a news page on the
aircraft carrier USS Carl Vinson at Đà Nẵng in March 2018, a (fictitious) Đồng Nai labour department plan
for 2025 on support to people with disabilities near Biên Hòa air base and an encyclopedia entry on Biên
Hòa air base and its dioxin remediation. Facts are well-established; authors, journal, page numbers,
cited works, quoted words, document numbers and the report's and plan's items are invented. Gold is
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
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

KQA = {
    "id": "kqa",
    "shape": "journal",
    "header": "MÔI TRƯỜNG VÀ PHÁT TRIỂN – Số 5 (2023)",
    "first_page": 102,
    "break_after": 7,
    "blocks": [
        ("title", "HỢP TÁC VIỆT NAM – HOA KỲ XỬ LÝ Ô NHIỄM DIOXIN TẠI SÂN BAY ĐÀ NẴNG"),
        ("author", "Phan Thanh Tùng"),
        ("affiliation", "Viện Khoa học Môi trường và Sức khỏe cộng đồng"),
        (
            "abstract",
            "Bài viết tổng kết dự án xử lý dioxin tại sân bay Đà Nẵng (2012 – 2018) và rút ra bài học cho các dự án tiếp theo.",
            "vi",
        ),
        ("keywords", "chất da cam; dioxin; USAID; sân bay Đà Nẵng", "vi"),
        ("heading", "1. Di chứng chiến tranh", 1),
        (
            "paragraph",
            "Từ năm 1961 đến năm 1971, quân đội Mỹ đã rải khoảng 80 triệu lít chất diệt cỏ, phần lớn là chất da cam chứa dioxin, xuống miền Nam Việt Nam (Nguyễn Hữu Lộc, 2011, tr. 34). Năm 2004, Hội Nạn nhân chất độc da cam/dioxin Việt Nam (VAVA) khởi kiện các công ty hóa chất Mỹ, nhưng vụ kiện bị tòa án Hoa Kỳ bác bỏ.",
        ),
        ("heading", "2. Dự án sân bay Đà Nẵng", 1),
        (
            "paragraph",
            "Năm 2007, Quốc hội Hoa Kỳ lần đầu cấp 3 triệu USD cho việc xử lý dioxin và hỗ trợ y tế ở Việt Nam. Tháng 8/2012, Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) và Bộ Quốc phòng Việt Nam khởi động dự án xử lý dioxin tại sân bay Đà Nẵng. Dự án hoàn thành vào tháng 11/2018, xử lý khoảng 90.000 m³ đất và trầm tích, và được gọi là “biểu tượng của lòng tin” giữa hai nước (Trần Kim Chi, 2019, tr. 88).",
        ),
        ("heading", "3. Hỗ trợ nạn nhân", 1),
        (
            "paragraph",
            "Hoa Kỳ cũng tài trợ các chương trình hỗ trợ người khuyết tật tại các tỉnh bị rải chất diệt cỏ, song quy mô còn nhỏ so với nhu cầu (Mai Đức Thịnh, 2022).",
        ),
    ],
}

KQB = {
    "id": "kqb",
    "shape": "word",
    "head": [
        "UBND TỈNH QUẢNG TRỊ",
        "SỞ NGOẠI VỤ",
        "Số: 189/BC-SNV",
        "Quảng Trị, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả tiếp nhận viện trợ của Hoa Kỳ cho khắc phục hậu quả bom mìn năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả tiếp nhận viện trợ của Hoa Kỳ cho khắc phục hậu quả bom mìn năm 2024"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tiếp nhận 2,8 triệu USD từ Bộ Ngoại giao Hoa Kỳ thông qua Dự án RENEW và các tổ chức phi chính phủ để rà phá bom mìn, vật nổ.",
        ),
        (
            "list_item",
            "2. Các đội rà phá đã làm sạch 1.150 ha đất, hủy 7.900 vật liệu nổ còn sót lại sau chiến tranh.",
        ),
        (
            "list_item",
            "3. Ký thỏa thuận với Quỹ Nhân đạo Golden West (Hoa Kỳ) về đào tạo kỹ thuật hủy nổ.",
        ),
        (
            "list_item",
            "4. Tháng 8/2024, đón đoàn nghị sĩ Quốc hội Hoa Kỳ đến thăm Trung tâm Hành động bom mìn tỉnh.",
        ),
        (
            "list_item",
            "5. Việc mở rộng rà phá sang các xã biên giới của huyện Hướng Hóa chưa thực hiện được do chưa bố trí đủ vốn đối ứng.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Đề nghị phía Hoa Kỳ tiếp tục tài trợ dự án khảo sát, lập bản đồ ô nhiễm bom mìn toàn tỉnh.",
        ),
        (
            "list_item",
            "2. Cử 4 kỹ thuật viên sang Hoa Kỳ tập huấn về quản lý dữ liệu bom mìn.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Hoa Kỳ tổ chức Ngày Quốc tế phòng chống bom mìn 4/4.",
        ),
    ],
}

KQC = {
    "id": "kqc",
    "shape": "news",
    "date": "2018-03-05",
    "stamp": "Thứ Hai, 05/03/2018 - 10:45",
    "blocks": [
        ("title", "Tàu sân bay Hoa Kỳ USS Carl Vinson thăm thành phố Đà Nẵng"),
        (
            "paragraph",
            "Đà Nẵng (TTXVN) – Sáng 5/3, tàu sân bay USS Carl Vinson của Hải quân Hoa Kỳ cùng tàu tuần dương và tàu khu trục hộ tống đã đến vùng biển Đà Nẵng, bắt đầu chuyến thăm thành phố đến ngày 9/3.",
        ),
        ("heading", "Lần đầu tiên sau chiến tranh", 1),
        (
            "paragraph",
            "Đây là lần đầu tiên một tàu sân bay Hoa Kỳ thăm Việt Nam kể từ khi chiến tranh kết thúc năm 1975. Chuyến thăm đã được Bộ trưởng Quốc phòng Hoa Kỳ James Mattis khẳng định khi ông thăm Việt Nam hồi tháng 1/2018. Trong thời gian ở Đà Nẵng, các thủy thủ sẽ giao lưu thể thao với thanh niên thành phố và thăm một trung tâm bảo trợ nạn nhân chất độc da cam.",
        ),
        ("heading", "Chính sách quốc phòng nhất quán", 1),
        (
            "paragraph",
            "Chuyến thăm diễn ra trên cơ sở Bản ghi nhớ về thúc đẩy hợp tác quốc phòng song phương ký năm 2011 và Tuyên bố tầm nhìn chung về quan hệ quốc phòng ký năm 2015. Phía Việt Nam khẳng định Việt Nam không tham gia liên minh quân sự nào và không cho nước nào đặt căn cứ quân sự trên lãnh thổ Việt Nam.",
        ),
    ],
}

KQD = {
    "id": "kqd",
    "shape": "plan",
    "head": [
        f"{'UBND TỈNH ĐỒNG NAI':<44}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI':<44}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 412/KH-SLĐTBXH':<44}Đồng Nai, ngày 23 tháng 12 năm 2024",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phối hợp hỗ trợ người khuyết tật tại các phường lân cận",
        "sân bay Biên Hòa năm 2025",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Phối hợp hỗ trợ người khuyết tật tại các phường lân cận sân bay Biên Hòa năm 2025",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "paragraph",
            "Năm 2024, với nguồn tài trợ của USAID, Sở phối hợp với các tổ chức phi chính phủ cung cấp dịch vụ phục hồi chức năng cho 1.350 người khuyết tật và trao 210 xe lăn. Tháng 6/2024, Sở đón đoàn nghị sĩ Hoa Kỳ thăm Trung tâm phục hồi chức năng tỉnh. Dự án xây nhà tình thương do một hội cựu chiến binh Hoa Kỳ đề xuất chưa được triển khai vì chưa hoàn tất thủ tục tiếp nhận viện trợ.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tiếp nhận giai đoạn hai của chương trình hỗ trợ người khuyết tật do USAID tài trợ.",
        ),
        (
            "list_item",
            "2. Trong quý II, đón đoàn công tác của Đại sứ quán Hoa Kỳ khảo sát các phường Hiệp Hòa, Tân Phong.",
        ),
        (
            "list_item",
            "3. Phối hợp với Quân chủng Phòng không – Không quân cập nhật danh sách hộ dân chịu ảnh hưởng của dự án xử lý dioxin.",
        ),
        (
            "list_item",
            "4. Cử 2 cán bộ dự hội thảo về phục hồi chức năng tại Hoa Kỳ.",
        ),
    ],
}

KQE = {
    "id": "kqe",
    "shape": "entry",
    "blocks": [
        ("title", "Sân bay Biên Hòa"),
        (
            "paragraph",
            "Sân bay Biên Hòa là sân bay quân sự tại thành phố Biên Hòa, tỉnh Đồng Nai, do Quân chủng Phòng không – Không quân quản lý. Trong chiến tranh, đây là căn cứ không quân lớn của Mỹ và là nơi lưu trữ, xử lý chất da cam chủ yếu, nên trở thành điểm nóng ô nhiễm dioxin lớn nhất còn lại ở Việt Nam.",
        ),
        ("heading", "Xử lý dioxin", 1),
        (
            "paragraph",
            "Ngày 20/4/2019, Bộ Quốc phòng Việt Nam và USAID khởi động dự án xử lý dioxin tại khu vực sân bay, với sự có mặt của Đại sứ Hoa Kỳ Daniel Kritenbrink và Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng. Dự án dự kiến kéo dài khoảng 10 năm; khối lượng đất và trầm tích cần xử lý ước khoảng 500.000 m³, chi phí ước tính 390 triệu USD. Các khu ô nhiễm nặng nhất là khu Z1 và khu Pacer Ivy, tên gọi theo chiến dịch năm 1972 trong đó quân đội Mỹ thu gom các thùng chất da cam còn lại để chuyển ra khỏi Việt Nam.",
        ),
        ("heading", "Hỗ trợ cộng đồng", 1),
        (
            "paragraph",
            "Song song với việc xử lý đất, USAID tài trợ các chương trình chăm sóc sức khỏe và hòa nhập xã hội cho người khuyết tật ở Đồng Nai và các tỉnh lân cận. Theo kế hoạch, phần diện tích được làm sạch sẽ được bàn giao lại cho quân đội và địa phương.",
        ),
    ],
}

DOCS = [KQA, KQB, KQC, KQD, KQE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Quốc phòng" section."""
    return news_page(
        doc,
        section="Quốc phòng",
        time="10:20",
        menu=[("/quoc-phong", "Quốc phòng"), ("/dia-phuong", "Địa phương")],
        tags=[("/tag/da-nang", "Đà Nẵng"), ("/tag/uss-carl-vinson", "USS Carl Vinson")],
    )


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return report_word(doc, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_plan(doc: dict) -> str:
    """A department plan by heldout_kit.ministry_plan: signed "GIÁM ĐỐC", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["GIÁM ĐỐC", "(đã ký)"],
        recipients=["- UBND tỉnh (để b/c);", "- Lưu: VT, BTXH."],
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
        prefix="kq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
