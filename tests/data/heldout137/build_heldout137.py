"""Build the hundred-and-thirty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout137/build_heldout137.py [--check]

Five short documents on Vietnam and UNESCO: heritage diplomacy from 1976 to 2025, the Department of
Cultural Heritage's report for 2023, the United States' announcement of its withdrawal from UNESCO
(22/7/2025), a (fictitious) Ministry of Culture, Sports and Tourism plan for cooperation with UNESCO in
2026, and an encyclopedia entry on UNESCO. Facts are well-established; authors, journal, page numbers,
document numbers, the report's local items and all quoted words are invented, the ministry plan is
fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
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

OXA_HERITAGE = {
    "id": "oxa",
    "shape": "journal",
    "header": "TẠP CHÍ DI SẢN VĂN HÓA VÀ PHÁT TRIỂN – Số 3 (2025)",
    "first_page": 44,
    "break_after": 10,
    "blocks": [
        ("title", "NGOẠI GIAO DI SẢN: VIỆT NAM VỚI UNESCO NỬA THẾ KỶ"),
        ("author", "Lương Thị Minh Nguyệt"),
        ("affiliation", "Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"),
        (
            "abstract",
            "Bài viết tổng kết quá trình hợp tác giữa Việt Nam và UNESCO, tập trung vào di sản thế giới và vai trò của nước ta trong các cơ quan điều hành của tổ chức.",
            "vi",
        ),
        ("keywords", "UNESCO; di sản thế giới; ngoại giao văn hóa", "vi"),
        ("heading", "1. Những bước đầu", 1),
        (
            "paragraph",
            "Việt Nam trở thành thành viên của UNESCO năm 1976, ngay sau khi đất nước thống nhất. Năm 1987, Đại hội đồng UNESCO khóa 24 thông qua nghị quyết tôn vinh Chủ tịch Hồ Chí Minh nhân kỷ niệm 100 năm ngày sinh của Người (Vũ Đức Hạnh, 2010, tr. 15). Năm 1993, Quần thể di tích Cố đô Huế trở thành di sản thế giới đầu tiên của nước ta; một năm sau, vịnh Hạ Long được ghi danh.",
        ),
        ("heading", "2. Mở rộng danh mục di sản", 1),
        (
            "paragraph",
            "Tháng 12/1999, Ủy ban Di sản thế giới công nhận cùng lúc Phố cổ Hội An và Khu đền tháp Mỹ Sơn. Khu trung tâm Hoàng thành Thăng Long được ghi danh ngày 31/7/2010 tại kỳ họp ở Brasília, đúng dịp Đại lễ 1000 năm Thăng Long – Hà Nội. Tiếp đó là Thành nhà Hồ năm 2011, Quần thể danh thắng Tràng An năm 2014 và Quần thể di tích Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc vào tháng 7/2025. Theo một chuyên gia, mỗi hồ sơ là “một chiến dịch vận động ngoại giao thực thụ” (Hà Minh Tuấn, 2021, tr. 102).",
        ),
        ("heading", "3. Tham gia quản trị tổ chức", 1),
        (
            "paragraph",
            "Năm 2021, Việt Nam trúng cử Hội đồng Chấp hành UNESCO nhiệm kỳ 2021 – 2025. Tuy nhiên, đến nay nước ta chưa có người giữ chức Tổng Giám đốc của tổ chức (Phùng Thị Lan, 2024).",
        ),
    ],
}

OXB_DEPARTMENT = {
    "id": "oxb",
    "shape": "word",
    "head": [
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "CỤC DI SẢN VĂN HÓA",
        "Số: 367/BC-DSVH",
        "Hà Nội, ngày 22 tháng 12 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Công tác hợp tác quốc tế về di sản năm 2023 và nhiệm vụ năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Công tác hợp tác quốc tế về di sản năm 2023 và nhiệm vụ năm 2024"),
        ("heading", "I. KẾT QUẢ NĂM 2023", 1),
        (
            "list_item",
            "1. Ngày 16/9/2023, tại kỳ họp thứ 45 ở Riyadh (Ả-rập Xê-út), Ủy ban Di sản thế giới đã thông qua việc điều chỉnh ranh giới di sản vịnh Hạ Long thành Vịnh Hạ Long – Quần đảo Cát Bà, di sản thế giới liên tỉnh đầu tiên của Việt Nam.",
        ),
        (
            "list_item",
            "2. Cục phối hợp với Văn phòng UNESCO tại Hà Nội tổ chức hai lớp tập huấn về quản lý di sản cho cán bộ các tỉnh miền Trung, do Chính phủ Nhật Bản tài trợ qua Quỹ ủy thác Nhật Bản – UNESCO.",
        ),
        (
            "list_item",
            "3. Tháng 10, đón đoàn chuyên gia của Hội đồng Quốc tế về Di tích và Di chỉ (ICOMOS) sang trao đổi về công tác quản lý di sản Hoàng thành Thăng Long.",
        ),
        (
            "list_item",
            "4. Hợp tác với các chuyên gia Ấn Độ trong bảo tồn di tích Mỹ Sơn tiếp tục được duy trì thông qua trao đổi kinh nghiệm.",
        ),
        (
            "list_item",
            "5. Đề xuất ký thỏa thuận hợp tác với Cục Di sản Quốc gia Hàn Quốc về số hóa di sản chưa được phía bạn phản hồi.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 1 năm sau, hoàn thiện và nộp hồ sơ đề cử Quần thể di tích Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc lên Trung tâm Di sản thế giới.",
        ),
        (
            "list_item",
            "2. Cử đoàn tham dự kỳ họp thứ 46 của Ủy ban Di sản thế giới tại New Delhi (Ấn Độ) vào tháng 7/2024.",
        ),
        (
            "list_item",
            "3. Đề nghị Văn phòng UNESCO tại Hà Nội tiếp tục hỗ trợ kỹ thuật cho công tác quản lý di sản Hạ Long – Cát Bà.",
        ),
    ],
}

OXC_WITHDRAWAL = {
    "id": "oxc",
    "shape": "news",
    "date": "2025-07-23",
    "stamp": "Thứ Tư, 23/07/2025 - 06:20",
    "blocks": [
        ("title", "Mỹ tuyên bố rút khỏi UNESCO lần thứ ba"),
        (
            "paragraph",
            "Washington (TTXVN) – Ngày 22/7 (giờ địa phương), Bộ Ngoại giao Mỹ thông báo nước này sẽ rút khỏi Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO), với lý do tổ chức này theo đuổi các chương trình nghị sự “gây chia rẽ”. Quyết định có hiệu lực từ ngày 31/12/2026.",
        ),
        ("heading", "Lịch sử ra – vào", 1),
        (
            "paragraph",
            "Đây là lần thứ ba Mỹ rời UNESCO. Năm 1984, dưới thời Tổng thống Ronald Reagan, Washington rút khỏi tổ chức và chỉ quay lại vào năm 2003. Tháng 10/2017, chính quyền Trump nhiệm kỳ đầu tiếp tục tuyên bố rút, có hiệu lực từ cuối năm 2018; Israel cũng rời UNESCO cùng thời điểm. Mỹ mới trở lại tổ chức hồi tháng 7/2023 dưới thời Tổng thống Joe Biden.",
        ),
        (
            "paragraph",
            "Phía Mỹ còn chỉ trích việc UNESCO kết nạp Palestine làm thành viên năm 2011; sau sự kiện đó, Washington đã ngừng đóng góp tài chính cho tổ chức.",
        ),
        ("heading", "Phản ứng của UNESCO", 1),
        (
            "paragraph",
            "Tổng Giám đốc UNESCO Audrey Azoulay bày tỏ “vô cùng lấy làm tiếc” trước quyết định này, song cho biết tổ chức đã chuẩn bị cho khả năng này. Trong khi đó, Israel hoan nghênh động thái của Washington.",
        ),
    ],
}

OXD_PLAN = {
    "id": "oxd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-BVHTTDL':<40}Hà Nội, ngày 08 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Tổ chức Giáo dục, Khoa học và Văn hóa",
        "Liên hợp quốc (UNESCO) năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ kết quả hợp tác với UNESCO trong nhiệm kỳ Việt Nam là thành viên Hội đồng Chấp hành 2021 – 2025, Bộ Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Tháng 7 năm ngoái, Quần thể di tích Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc được ghi danh là di sản thế giới, nâng tổng số di sản thế giới của nước ta lên chín. Việc Mỹ tuyên bố rút khỏi UNESCO có thể làm giảm nguồn lực của tổ chức cho các dự án tại Việt Nam.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 7 năm nay, cử đoàn do một Thứ trưởng dẫn đầu dự kỳ họp thứ 48 của Ủy ban Di sản thế giới tại Busan (Hàn Quốc).",
        ),
        (
            "list_item",
            "2. Hoàn thiện hồ sơ đề cử Khu di tích Óc Eo – Ba Thê để nộp lên Trung tâm Di sản thế giới trước ngày 1/2/2027.",
        ),
        (
            "list_item",
            "3. Ký thỏa thuận với Văn phòng UNESCO tại Hà Nội về dự án thí điểm số hóa di sản tư liệu, dự kiến vào quý III.",
        ),
        (
            "list_item",
            "4. Vận động Hàn Quốc và Nhật Bản tài trợ các lớp tập huấn quản lý di sản cho cán bộ địa phương.",
        ),
        (
            "list_item",
            "5. Không đăng cai hội nghị khu vực châu Á – Thái Bình Dương về di sản phi vật thể trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Di sản văn hóa là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

OXE_UNESCO = {
    "id": "oxe",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc"),
        (
            "paragraph",
            "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) là cơ quan chuyên môn của Liên hợp quốc, được thành lập theo Công ước ký tại Luân Đôn ngày 16/11/1945. Công ước có hiệu lực ngày 4/11/1946, sau khi 20 nước phê chuẩn. Trụ sở của tổ chức đặt tại Paris.",
        ),
        ("heading", "Cơ cấu", 1),
        (
            "paragraph",
            "Đại hội đồng, họp hai năm một lần, là cơ quan quyết định cao nhất; Hội đồng Chấp hành gồm 58 nước thành viên do Đại hội đồng bầu ra. Tổng Giám đốc do Hội đồng Chấp hành đề cử và Đại hội đồng bổ nhiệm với nhiệm kỳ bốn năm. Bà Audrey Azoulay (Pháp) giữ chức Tổng Giám đốc từ năm 2017. Tháng 11/2025, Đại hội đồng họp tại Samarkand (Uzbekistan) đã bổ nhiệm ông Khaled El-Enany (Ai Cập) kế nhiệm bà.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "UNESCO có 194 quốc gia thành viên. Palestine được kết nạp ngày 31/10/2011, sau một cuộc bỏ phiếu tại Đại hội đồng. Mỹ và Israel rút khỏi tổ chức cuối năm 2018; Mỹ trở lại năm 2023 nhưng tháng 7/2025 lại tuyên bố rút lần nữa. Việt Nam là thành viên từ năm 1976.",
        ),
        ("heading", "Công ước Di sản thế giới", 1),
        (
            "paragraph",
            "Công ước về Bảo vệ di sản văn hóa và thiên nhiên thế giới được Đại hội đồng UNESCO thông qua ngày 16/11/1972. Việt Nam phê chuẩn Công ước năm 1987.",
        ),
    ],
}

DOCS = [OXA_HERITAGE, OXB_DEPARTMENT, OXC_WITHDRAWAL, OXD_PLAN, OXE_UNESCO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["CỤC TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "06:20",
        [("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        [("/tag/unesco", "UNESCO"), ("/tag/my", "Mỹ")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
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
        prefix="ox",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
