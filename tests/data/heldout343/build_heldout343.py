"""Build the three hundred forty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout343/build_heldout343.py [--check]

Five short documents on the turn of Vietnam's foreign policy under Đổi mới (1986 – 1995): a journal article on
the Sixth Congress and Politburo Resolution 13 (1988), a chronology of foreign affairs 1986 – 1995, a news page
on a (fictitious) seminar for the 30th anniversary of Vietnam – US normalisation, a (fictitious) university Party
committee's study plan, and an encyclopedia entry on the normalisation with China. Facts are well-established;
authors, journal, page numbers, document numbers, the local bodies' activities and quoted words are invented.
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
    chronology_text,
    entry_text,
    headed_journal,
    news_page,
    official_text,
)

GIA_JOURNAL = {
    "id": "gia",
    "shape": "journal",
    "header": "NGHIÊN CỨU LỊCH SỬ ĐẢNG – Số 3 (2024)",
    "first_page": 61,
    "break_after": 4,
    "blocks": [
        ("title", "NGHỊ QUYẾT 13 VÀ BƯỚC NGOẶT TƯ DUY ĐỐI NGOẠI THỜI KỲ ĐỔI MỚI"),
        ("author", "Nguyễn Thị Lan Phương"),
        ("affiliation", "Viện Lịch sử Đảng"),
        (
            "abstract",
            "Bài viết phân tích quá trình hình thành tư duy đối ngoại mới từ Đại hội VI đến Đại hội VII.",
            "vi",
        ),
        ("keywords", "Đổi mới; Nghị quyết 13; đa dạng hóa, đa phương hóa", "vi"),
        ("heading", "1. Từ Đại hội VI đến Nghị quyết 13", 1),
        (
            "paragraph",
            "Đại hội đại biểu toàn quốc lần thứ VI của Đảng, họp tháng 12/1986, mở đầu công cuộc Đổi mới và bầu đồng chí Nguyễn Văn Linh làm Tổng Bí thư. Tháng 5/1988, Bộ Chính trị ra Nghị quyết 13 về nhiệm vụ và chính sách đối ngoại trong tình hình mới, chủ trương giữ vững hòa bình, ưu tiên phát triển kinh tế (Đặng Văn Thái, 2008, tr. 33). Tháng 9/1989, quân tình nguyện Việt Nam hoàn thành việc rút khỏi Campuchia.",
        ),
        ("heading", "2. Đại hội VII", 1),
        (
            "paragraph",
            "Tháng 6/1991, Đại hội VII tuyên bố: “Việt Nam muốn là bạn với tất cả các nước trong cộng đồng thế giới, phấn đấu vì hòa bình, độc lập và phát triển” (Trần Quang Huy, 2015, tr. 102). Cũng năm đó, Hội đồng Tương trợ Kinh tế giải thể, buộc ta đa phương hóa quan hệ kinh tế đối ngoại.",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Nghị quyết 13 không phủ nhận quan hệ truyền thống với Liên Xô mà mở ra cách tiếp cận mới với các nước láng giềng và phương Tây (Lê Minh Đức, 2020).",
        ),
    ],
}

GIB_CHRONO = {
    "id": "gib",
    "shape": "chronology",
    "blocks": [
        ("title", "Niên biểu đối ngoại Việt Nam 1986 – 1995"),
        (
            "paragraph",
            "Những mốc chính của hoạt động đối ngoại trong mười năm đầu Đổi mới (Phòng Tư liệu biên soạn).",
        ),
        ("heading", "1990", 1),
        (
            "list_item",
            "3 – 4/9: Lãnh đạo hai Đảng Việt Nam và Trung Quốc gặp cấp cao không chính thức tại Thành Đô (Trung Quốc).",
        ),
        ("list_item", "22/10: Việt Nam và Cộng đồng châu Âu thiết lập quan hệ ngoại giao."),
        ("heading", "1991", 1),
        ("list_item", "23/10: Hiệp định Pa-ri về Campuchia được ký kết, Việt Nam là một bên tham gia."),
        ("heading", "1992", 1),
        (
            "list_item",
            "22/7: Việt Nam tham gia Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC), trở thành quan sát viên của ASEAN.",
        ),
        ("list_item", "22/12: Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao."),
        ("heading", "1993", 1),
        (
            "list_item",
            "9 – 11/2: Tổng thống Pháp Phrăng-xoa Mít-tơ-răng thăm Việt Nam, nguyên thủ phương Tây đầu tiên sang thăm sau năm 1975.",
        ),
        ("heading", "1994", 1),
        (
            "list_item",
            "3/2: Tổng thống Mỹ Bin Clin-tơn tuyên bố bãi bỏ lệnh cấm vận thương mại đối với Việt Nam.",
        ),
        ("heading", "1995", 1),
        ("list_item", "11/7: Việt Nam và Hoa Kỳ tuyên bố bình thường hóa quan hệ."),
        ("list_item", "17/7: Việt Nam và Liên minh châu Âu ký Hiệp định khung về hợp tác."),
        ("list_item", "28/7: Tại Bru-nây, Việt Nam được kết nạp làm thành viên thứ bảy của ASEAN."),
    ],
}

GIC_NEWS = {
    "id": "gic",
    "shape": "news",
    "date": "2025-07-09",
    "stamp": "Thứ Tư, 09/07/2025 17:05",
    "blocks": [
        ("title", "Cần Thơ: Tọa đàm 30 năm bình thường hóa quan hệ Việt Nam – Hoa Kỳ"),
        (
            "lead",
            "Cần Thơ (TTXVN) – Ngày 9/7, Liên hiệp các tổ chức hữu nghị thành phố Cần Thơ phối hợp với Tổng Lãnh sự quán Hoa Kỳ tại Thành phố Hồ Chí Minh tổ chức tọa đàm kỷ niệm 30 năm bình thường hóa quan hệ hai nước (1995 – 2025).",
        ),
        (
            "paragraph",
            "Các đại biểu nhắc lại Hiệp định Thương mại song phương ký ngày 13/7/2000 và việc hai nước nâng quan hệ lên Đối tác chiến lược toàn diện ngày 10/9/2023, nhân chuyến thăm Việt Nam của Tổng thống Giô Bai-đơn.",
        ),
        ("heading", "Hợp tác giáo dục", 1),
        (
            "paragraph",
            "Dịp này, Trường Đại học Cần Thơ và một trường đại học của bang Ô-rê-gân ký biên bản ghi nhớ trao đổi giảng viên. Tổng Lãnh sự quán Hoa Kỳ trao 10 suất học bổng tiếng Anh cho sinh viên thành phố.",
        ),
        (
            "paragraph",
            "Tuy nhiên, dự án thành lập Trung tâm Hoa Kỳ tại Cần Thơ vẫn chưa được khởi động. Hai bên cho biết sẽ tổ chức Tuần lễ văn hóa Hoa Kỳ vào tháng 11.",
        ),
    ],
}

GID_PARTY = {
    "id": "gid",
    "shape": "party",
    "head": [
        f"{'ĐẢNG BỘ TRƯỜNG ĐẠI HỌC KHOA HỌC':<42}ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG ỦY",
        "*",
        f"{'Số 41-KH/ĐU':<42}Huế, ngày 12 tháng 9 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "học tập chuyên đề “Đường lối đối ngoại thời kỳ Đổi mới”",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH học tập chuyên đề “Đường lối đối ngoại thời kỳ Đổi mới”"),
        (
            "paragraph",
            "Nhân kỷ niệm 40 năm Đại hội VI của Đảng (12/1986 – 12/2026), Đảng ủy Trường ban hành Kế hoạch học tập chuyên đề như sau:",
        ),
        ("heading", "I. NỘI DUNG", 1),
        (
            "list_item",
            "1. Tháng 10/2026, mời nguyên Đại sứ Việt Nam tại Trung Quốc nói chuyện về Hội nghị Thành Đô năm 1990.",
        ),
        ("list_item", "2. Tổ chức giao lưu giữa đảng viên trẻ với lưu học sinh Lào đang học tại Trường."),
        (
            "list_item",
            "3. Ký thỏa thuận hợp tác nghiên cứu với Đại học Hoàng gia Phnôm Pênh (Campuchia) trong quý IV.",
        ),
        ("list_item", "4. Không tổ chức đoàn đi nghiên cứu thực tế ở nước ngoài trong năm 2026."),
        (
            "paragraph",
            "Các chi bộ trực thuộc quán triệt đầy đủ, báo cáo kết quả về Đảng ủy trước ngày 15/12/2026.",
        ),
    ],
}

GIE_ENTRY = {
    "id": "gie",
    "shape": "entry",
    "blocks": [
        ("title", "Bình thường hóa quan hệ Việt Nam – Trung Quốc (1991)"),
        (
            "paragraph",
            "Bình thường hóa quan hệ Việt Nam – Trung Quốc là việc hai nước khôi phục quan hệ bình thường vào tháng 11/1991, sau hơn một thập kỷ căng thẳng kể từ cuộc chiến tranh biên giới năm 1979.",
        ),
        ("heading", "Diễn biến", 1),
        (
            "paragraph",
            "Từ ngày 5 đến 10/11/1991, Tổng Bí thư Đỗ Mười và Chủ tịch Hội đồng Bộ trưởng Võ Văn Kiệt thăm chính thức Trung Quốc, hội đàm với Tổng Bí thư Giang Trạch Dân và Thủ tướng Lý Bằng. Hai bên ra Thông cáo chung, ký Hiệp định thương mại và Hiệp định tạm thời về giải quyết công việc trên vùng biên giới.",
        ),
        ("heading", "Sau bình thường hóa", 1),
        (
            "paragraph",
            "Ngày 30/12/1999, hai nước ký Hiệp ước biên giới trên đất liền; ngày 25/12/2000, ký Hiệp định phân định Vịnh Bắc Bộ. Tháng 2/1999, lãnh đạo cao nhất hai Đảng xác định phương châm 16 chữ “láng giềng hữu nghị, hợp tác toàn diện, ổn định lâu dài, hướng tới tương lai”. Năm 2008, quan hệ được nâng lên Đối tác hợp tác chiến lược toàn diện.",
        ),
    ],
}

DOCS = [GIA_JOURNAL, GIB_CHRONO, GIC_NEWS, GID_PARTY, GIE_ENTRY]


def render_news(doc: dict) -> str:
    """The agency's detail page by heldout_kit.news_page."""
    return news_page(
        doc,
        section="Đối ngoại",
        time="17:05",
        menu=[("/thoi-su", "Thời sự"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/viet-nam-hoa-ky", "Việt Nam – Hoa Kỳ"), ("/tag/can-tho", "Cần Thơ")],
    )


def render_chrono(doc: dict) -> str:
    """A chronology page by heldout_kit.chronology_text, one entry a line."""
    return chronology_text(doc)


def render_party(doc: dict) -> str:
    """A Party committee's plan by heldout_kit.official_text (no blank lines between blocks), signed for the
    standing committee, with its own "Nơi nhận"."""
    tail = [
        "",
        f"{'':50}T/M BAN THƯỜNG VỤ",
        f"{'':54}(đã ký)",
        "",
        "Nơi nhận:",
        "- Đảng ủy Đại học Huế (để b/c),",
        "- Các chi bộ trực thuộc,",
        "- Lưu VP Đảng ủy.",
    ]
    return official_text(doc, 78, tail, blank_between=False)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "chronology": render_chrono,
            "news": render_news,
            "party": render_party,
            "entry": entry_text,
        },
        prefix="gi",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
