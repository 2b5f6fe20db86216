"""Build the 239th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout239/build_heldout239.py [--check]

Five short documents on the ASEAN Regional Forum (ARF): a journal article on Vietnam in the ARF 1994 –
2010, a (fictitious) report of the Foreign Ministry's ASEAN Department on ASEAN-led security mechanisms in
2024, a news page on ARF-17 in Hà Nội (23/7/2010), a (fictitious) Ministry of Public Security plan for ARF
cooperation against transnational crime in 2026, and an encyclopedia entry on the ARF. Facts are
well-established; authors, journal, pages, numbers, local items and quoted words are invented. Gold
written by hand; ``--check`` verifies it against the documents.
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

ETA_ARF = {
    "id": "eta",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU QUỐC TẾ VÀ AN NINH KHU VỰC – Số 2 (2012)",
    "first_page": 104,
    "break_after": 8,
    "blocks": [
        ("title", "VIỆT NAM TRONG DIỄN ĐÀN KHU VỰC ASEAN (1994 – 2010)"),
        ("author", "Lương Thị Hải Yến"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích sự tham gia của Việt Nam vào Diễn đàn khu vực ASEAN trong gần hai thập kỷ đầu.",
            "vi",
        ),
        ("keywords", "ARF; an ninh khu vực; ngoại giao phòng ngừa; Việt Nam", "vi"),
        ("heading", "1. Ra đời sau Chiến tranh lạnh", 1),
        (
            "paragraph",
            "Tháng 7/1993, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 26 tại Xin-ga-po quyết định lập một diễn đàn đối thoại an ninh với các đối tác. Phiên họp đầu tiên của Diễn đàn khu vực ASEAN (ARF) diễn ra tại Băng Cốc ngày 25/7/1994 với 18 thành viên, trong đó có Việt Nam, khi đó còn là quan sát viên của ASEAN (Trần Ngọc Dũng, 2004, tr. 71).",
        ),
        ("heading", "2. Từ xây dựng lòng tin đến ngoại giao phòng ngừa", 1),
        (
            "paragraph",
            "Năm 1995, ARF thông qua lộ trình ba giai đoạn: xây dựng lòng tin, ngoại giao phòng ngừa và tiếp cận giải quyết xung đột. Năm 2000, Cộng hòa Dân chủ Nhân dân Triều Tiên được kết nạp; một năm sau, Hà Nội lần đầu đăng cai phiên họp thường niên của Diễn đàn (Vũ Đức Thịnh, 2008).",
        ),
        ("heading", "3. Năm Chủ tịch 2010", 1),
        (
            "paragraph",
            "Ngày 23/7/2010, ARF lần thứ 17 họp tại Hà Nội và thông qua Kế hoạch hành động Hà Nội. Tại đây, Ngoại trưởng Mỹ Hillary Clinton tuyên bố Mỹ có “lợi ích quốc gia trong tự do hàng hải” ở Biển Đông, khiến phía Trung Quốc phản đối gay gắt (Nguyễn Hữu Phúc, 2011, tr. 15). Tuy vậy, ARF vẫn chưa chuyển được sang giai đoạn ngoại giao phòng ngừa thực chất.",
        ),
    ],
}

ETB_REPORT = {
    "id": "etb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "VỤ ASEAN",
        "Số: 97/BC-ASEAN",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình tham gia các cơ chế an ninh do ASEAN dẫn dắt năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình tham gia các cơ chế an ninh do ASEAN dẫn dắt năm 2024"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Ngày 27/7/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu đoàn Việt Nam dự Diễn đàn khu vực ASEAN lần thứ 31 tại Viêng Chăn (Lào); đoàn đã nêu rõ lập trường của ta về Biển Đông.",
        ),
        (
            "list_item",
            "2. Tháng 4, Việt Nam cùng Ô-xtơ-rây-li-a đồng chủ trì cuộc họp giữa kỳ ARF về an ninh biển tại Đà Nẵng.",
        ),
        (
            "list_item",
            "3. Hỗ trợ 20.000 USD cho Quỹ ARF để tổ chức các khóa tập huấn về ngoại giao phòng ngừa.",
        ),
        (
            "list_item",
            "4. Tháng trước, Vụ làm việc với đoàn Bộ Ngoại giao Niu Di-lân về hợp tác ứng phó thảm họa trong khuôn khổ ARF.",
        ),
        (
            "list_item",
            "5. Tháng 10, cử cán bộ tham dự khóa tập huấn ARF về ngoại giao phòng ngừa do Nhật Bản tổ chức tại Tô-ky-ô.",
        ),
        (
            "list_item",
            "6. Đề xuất xây dựng bộ quy tắc ứng xử về an ninh mạng trong ARF chưa đạt được đồng thuận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 7 năm sau, chuẩn bị cho đoàn dự ARF lần thứ 32 tại Ma-lai-xi-a.",
        ),
        (
            "list_item",
            "2. Phối hợp với Nhật Bản tổ chức hội thảo ARF về an ninh hàng hải tại Hà Nội.",
        ),
        (
            "list_item",
            "3. Tiếp tục thúc đẩy đàm phán Bộ quy tắc ứng xử ở Biển Đông (COC) với Trung Quốc.",
        ),
    ],
}

ETC_NEWS = {
    "id": "etc",
    "shape": "news",
    "date": "2010-07-23",
    "stamp": "Thứ Sáu, 23/07/2010 - 18:30",
    "blocks": [
        ("title", "Bế mạc Diễn đàn khu vực ASEAN lần thứ 17 tại Hà Nội"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 23/7, Diễn đàn khu vực ASEAN (ARF) lần thứ 17 đã bế mạc tại Trung tâm Hội nghị quốc gia sau một ngày làm việc dưới sự chủ trì của Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Gia Khiêm.",
        ),
        ("heading", "Kế hoạch hành động Hà Nội", 1),
        (
            "paragraph",
            "Bộ trưởng và đại diện 27 thành viên ARF đã thông qua Kế hoạch hành động Hà Nội nhằm triển khai Tuyên bố Tầm nhìn ARF đến năm 2020. Các nước cũng bày tỏ quan ngại sâu sắc về vụ chìm tàu Cheonan của Hàn Quốc hồi tháng 3.",
        ),
        (
            "paragraph",
            "Phát biểu tại hội nghị, Ngoại trưởng Mỹ Hillary Clinton khẳng định Mỹ ủng hộ một tiến trình ngoại giao hợp tác giữa các bên để giải quyết tranh chấp ở Biển Đông. Bộ trưởng Ngoại giao Trung Quốc Dương Khiết Trì đã phản bác ý kiến này.",
        ),
        ("heading", "Gặp gỡ bên lề", 1),
        (
            "paragraph",
            "Trước đó một ngày, Phó Thủ tướng Phạm Gia Khiêm đã hội đàm với Ngoại trưởng Clinton nhân dịp 15 năm thiết lập quan hệ ngoại giao Việt Nam – Hoa Kỳ. Trong khi đó, đoàn Triều Tiên do Bộ trưởng Ngoại giao Pak Ui Chun dẫn đầu bác bỏ mọi cáo buộc liên quan đến vụ Cheonan.",
        ),
    ],
}

ETD_PLAN = {
    "id": "etd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG AN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 19/KH-BCA':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tham gia hợp tác phòng, chống tội phạm xuyên quốc gia",
        "trong khuôn khổ Diễn đàn khu vực ASEAN năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tham gia hợp tác phòng, chống tội phạm xuyên quốc gia trong khuôn khổ Diễn đàn khu vực ASEAN năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện chủ trương tích cực tham gia các cơ chế an ninh do ASEAN dẫn dắt, trong đó có ARF mà Việt Nam là thành viên sáng lập từ năm 1994, Bộ Công an xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã cử đại biểu dự các cuộc họp giữa kỳ ARF về chống khủng bố và tội phạm xuyên quốc gia; tuy vậy, chưa ký được văn bản hợp tác song phương nào với các thành viên ARF ngoài ASEAN trong lĩnh vực lừa đảo trực tuyến.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn do một Thứ trưởng dẫn đầu dự cuộc họp giữa kỳ ARF về chống khủng bố và tội phạm xuyên quốc gia.",
        ),
        (
            "list_item",
            "2. Phối hợp với Ô-xtơ-rây-li-a và Hàn Quốc đề xuất một dự án ARF về điều tra tội phạm mạng.",
        ),
        (
            "list_item",
            "3. Đề nghị Cơ quan Phòng chống ma túy và tội phạm của Liên hợp quốc (UNODC) hỗ trợ đào tạo cho lực lượng cảnh sát.",
        ),
        (
            "list_item",
            "4. Ký Bản ghi nhớ với Bộ Nội vụ Xin-ga-po về trao đổi thông tin, dự kiến trong tháng 8.",
        ),
        (
            "list_item",
            "5. Không cử đoàn dự các hội thảo ARF không thuộc lĩnh vực được phân công.",
        ),
        (
            "paragraph",
            "Cục Đối ngoại là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

ETE_ENTRY = {
    "id": "ete",
    "shape": "entry",
    "blocks": [
        ("title", "Diễn đàn khu vực ASEAN"),
        (
            "paragraph",
            "Diễn đàn khu vực ASEAN (ARF) là diễn đàn đối thoại đa phương về chính trị và an ninh ở châu Á – Thái Bình Dương, do ASEAN khởi xướng và giữ vai trò chủ đạo. Phiên họp đầu tiên được tổ chức tại Băng Cốc (Thái Lan) ngày 25/7/1994; từ đó ARF họp thường niên, thường ngay sau Hội nghị Bộ trưởng Ngoại giao ASEAN, do nước Chủ tịch ASEAN đăng cai.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "ARF hiện có 27 thành viên, gồm 10 nước ASEAN, các Đối tác đối thoại của ASEAN và một số nước trong khu vực. Ấn Độ và Mi-an-ma tham gia năm 1996, Mông Cổ năm 1998, Papua Niu Ghi-nê năm 1999, Triều Tiên năm 2000, Pa-ki-xtan năm 2004, Timor-Leste năm 2005, Băng-la-đét năm 2006 và Xri Lan-ca năm 2007.",
        ),
        ("heading", "Phương thức hoạt động", 1),
        (
            "paragraph",
            "Diễn đàn ra quyết định theo nguyên tắc đồng thuận. Năm 1995, ARF họp tại Bru-nây và thông qua Tài liệu khái niệm, xác định lộ trình ba giai đoạn. Tuyên bố Tầm nhìn ARF được thông qua năm 2009 tại Phu-két. Các cuộc họp giữa kỳ bàn về cứu trợ thảm họa, an ninh biển, chống khủng bố và giải trừ quân bị.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam là thành viên sáng lập và đã đăng cai ARF năm 2001 và năm 2010, đều tại Hà Nội.",
        ),
    ],
}

DOCS = [ETA_ARF, ETB_REPORT, ETC_NEWS, ETD_PLAN, ETE_ENTRY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="09:15",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/arf", "ARF"), ("/tag/asean", "ASEAN")],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="et",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
