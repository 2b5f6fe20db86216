"""Build the two hundred eighty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout283/build_heldout283.py [--check]

Five short documents on the recognitions of the Democratic Republic of Vietnam in 1950 and after, as Party
history tells them: a journal article on the recognitions by China and the Soviet Union and President Hồ Chí
Minh's secret journey of early 1950, a (fictitious) provincial friendship union's report on the 75th
anniversary of relations with the Eastern European countries, a news page on a (fictitious) reception for 70
years of relations with Mongolia, a (fictitious) provincial Party committee plan for the 75th anniversary of
the Border Campaign of 1950, and an encyclopedia entry on relations with the DPRK from 1950 to 1975. Facts are
well-established; authors, journal, page numbers, quoted words, document numbers and every activity of the
union, the embassy and the Party committee are invented. Gold is written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
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
    official_text,
    report_word,
)

IXA = {
    "id": "ixa",
    "shape": "journal",
    "header": "Lịch sử và Quan hệ quốc tế, số 1/2025",
    "first_page": 63,
    "break_after": 7,
    "blocks": [
        ("title", "NĂM 1950 – BƯỚC ĐỘT PHÁ CỦA NGOẠI GIAO VIỆT NAM DÂN CHỦ CỘNG HÒA"),
        ("author", "Phan Thanh Tùng"),
        ("affiliation", "Khoa Lịch sử, Trường Đại học Sư phạm Hà Nội"),
        (
            "abstract",
            "Bài viết làm rõ quá trình nước Việt Nam Dân chủ Cộng hòa được Trung Quốc và Liên Xô công nhận năm 1950 và ý nghĩa của sự kiện này đối với cuộc kháng chiến.",
            "vi",
        ),
        ("keywords", "công nhận ngoại giao; Trung Quốc; Liên Xô; năm 1950", "vi"),
        ("heading", "1. Hai sự công nhận mở đường", 1),
        (
            "paragraph",
            "Ngày 18/1/1950, nước Cộng hòa Nhân dân Trung Hoa, mới ra đời ngày 1/10/1949, công nhận và đặt quan hệ ngoại giao với nước Việt Nam Dân chủ Cộng hòa. Ngày 30/1/1950, Liên Xô cũng chính thức công nhận nước ta (Hoàng Văn Thái, 2012, tr. 88). Sau gần năm năm chiến đấu trong vòng vây, cuộc kháng chiến của nhân dân ta đã có hậu phương quốc tế vững chắc.",
        ),
        ("heading", "2. Chuyến đi bí mật của Chủ tịch Hồ Chí Minh", 1),
        (
            "paragraph",
            "Đầu năm 1950, Chủ tịch Hồ Chí Minh bí mật đi bộ sang Trung Quốc, rồi tới Mát-xcơ-va hội đàm với lãnh tụ Liên Xô I. Xta-lin và Chủ tịch Mao Trạch Đông, khi ấy đang thăm Liên Xô. Người đề nghị hai nước giúp đỡ cuộc kháng chiến; theo một hồi ký, phía bạn hứa sẽ “giúp những gì có thể” (Trịnh Quang Minh, 2018, tr. 203).",
        ),
        ("heading", "3. Sự giúp đỡ đầu tiên", 1),
        (
            "paragraph",
            "Cũng trong năm 1950, Đoàn cố vấn quân sự Trung Quốc do tướng Vi Quốc Thanh đứng đầu sang giúp ta xây dựng các đại đoàn chủ lực. Trái lại, Mỹ không công nhận Chính phủ kháng chiến mà công nhận chính quyền Bảo Đại ngày 7/2/1950, rồi tăng viện trợ cho Pháp ở Đông Dương (Đinh Thị Lan, 2021).",
        ),
    ],
}

IXB = {
    "id": "ixb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ",
        "TỈNH NGHỆ AN",
        "Số: 57/BC-LHHN",
        "Nghệ An, ngày 10 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Hoạt động kỷ niệm 75 năm quan hệ với các nước Đông Âu",
    ],
    "blocks": [
        ("title", "BÁO CÁO Hoạt động kỷ niệm 75 năm quan hệ với các nước Đông Âu"),
        (
            "paragraph",
            "Năm 2025 là dịp kỷ niệm 75 năm Việt Nam thiết lập quan hệ ngoại giao với Tiệp Khắc (2/2/1950), Hung-ga-ri và Ru-ma-ni (3/2/1950), Ba Lan (4/2/1950) và Bun-ga-ri (8/2/1950).",
        ),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 2/2025, Đại sứ Ba Lan tại Việt Nam thăm và làm việc với tỉnh, dự lễ mít tinh kỷ niệm tại Vinh.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận hợp tác với Hội Hữu nghị Bun-ga-ri – Việt Nam ở Plốp-đi-vơ.",
        ),
        (
            "list_item",
            "3. Hội những người Séc yêu mến Việt Nam trao tặng 40 bộ máy tính cho trường trung học ở xã Kim Liên.",
        ),
        (
            "list_item",
            "4. Đoàn Hội Hữu nghị Ru-ma-ni – Việt Nam hoãn chuyến thăm tỉnh, chưa xác định thời gian mới.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Cử đoàn sang Hung-ga-ri và Xlô-va-ki-a trong tháng 5/2026.",
        ),
        (
            "list_item",
            "2. Đề nghị Đại sứ quán Hung-ga-ri tiếp tục cấp học bổng cho sinh viên của tỉnh.",
        ),
    ],
}

IXC = {
    "id": "ixc",
    "shape": "news",
    "date": "2024-11-17",
    "stamp": "Chủ Nhật, 17/11/2024 - 20:05",
    "blocks": [
        ("title", "Kỷ niệm 70 năm thiết lập quan hệ ngoại giao Việt Nam – Mông Cổ"),
        (
            "lead",
            "U-lan Ba-to (TTXVN) – Tối 17/11, Đại sứ quán Việt Nam tại Mông Cổ tổ chức tiệc chiêu đãi kỷ niệm 70 năm ngày hai nước thiết lập quan hệ ngoại giao (17/11/1954 – 17/11/2024).",
        ),
        ("heading", "Người bạn thủy chung", 1),
        (
            "paragraph",
            "Mông Cổ là một trong những nước sớm công nhận nước Việt Nam Dân chủ Cộng hòa. Tháng 7/1955, trên đường từ Liên Xô về nước, Chủ tịch Hồ Chí Minh đã thăm Mông Cổ. Trong những năm kháng chiến chống Mỹ, nhân dân Mông Cổ đã gửi sang Việt Nam nhiều lương thực, thực phẩm và hàng hóa.",
        ),
        ("heading", "Hướng tới tương lai", 1),
        (
            "paragraph",
            "Phát biểu tại buổi lễ, đại diện Bộ Ngoại giao Mông Cổ khẳng định nước này coi trọng quan hệ với Việt Nam. Hai bên nhất trí sẽ sớm khai trương đường bay thẳng giữa Hà Nội và U-lan Ba-to. Dự án lập trung tâm văn hóa Việt Nam tại U-lan Ba-to vẫn chưa được triển khai.",
        ),
    ],
}

IXD = {
    "id": "ixd",
    "shape": "party",
    "head": [
        f"{'TỈNH ỦY CAO BẰNG':<44}ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{'':7}*",
        f"{'Số 95-KH/TU':<44}Cao Bằng, ngày 12 tháng 6 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "tổ chức các hoạt động kỷ niệm 75 năm Chiến thắng Biên giới",
        "thu đông 1950",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH tổ chức các hoạt động kỷ niệm 75 năm Chiến thắng Biên giới thu đông 1950"),
        ("heading", "I. MỤC ĐÍCH, YÊU CẦU", 1),
        (
            "paragraph",
            "Tuyên truyền ý nghĩa của Chiến dịch Biên giới (16/9 – 14/10/1950), chiến dịch do Chủ tịch Hồ Chí Minh trực tiếp ra mặt trận chỉ đạo, đã khai thông biên giới Việt – Trung, mở đường liên lạc giữa nước ta với các nước xã hội chủ nghĩa.",
        ),
        ("heading", "II. NỘI DUNG", 1),
        (
            "list_item",
            "1. Mời đoàn đại biểu Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) dự lễ kỷ niệm tại Đông Khê vào tháng 10/2025.",
        ),
        (
            "list_item",
            "2. Phối hợp với thành phố Bách Sắc (Quảng Tây) tổ chức triển lãm ảnh về sự giúp đỡ của nhân dân Trung Quốc trong kháng chiến.",
        ),
        (
            "list_item",
            "3. Không tổ chức diễu binh, diễu hành quy mô lớn.",
        ),
        (
            "paragraph",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Ngoại vụ theo dõi, đôn đốc và báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện.",
        ),
    ],
}

IXE = {
    "id": "ixe",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ Việt Nam – Triều Tiên (1950 – 1975)"),
        (
            "paragraph",
            "Quan hệ ngoại giao giữa Việt Nam Dân chủ Cộng hòa và Cộng hòa Dân chủ Nhân dân Triều Tiên được thiết lập ngày 31/1/1950, ngay sau khi Trung Quốc và Liên Xô công nhận Việt Nam; Triều Tiên là nước thứ ba đặt quan hệ ngoại giao với nước Việt Nam Dân chủ Cộng hòa.",
        ),
        ("heading", "Các chuyến thăm cấp cao", 1),
        (
            "paragraph",
            "Tháng 7/1957, Chủ tịch Hồ Chí Minh thăm chính thức Triều Tiên và hội đàm với Thủ tướng Kim Nhật Thành. Cuối tháng 11/1958, Thủ tướng Kim Nhật Thành sang thăm hữu nghị chính thức Việt Nam. Các chuyến thăm này góp phần củng cố tình đoàn kết giữa hai Đảng và hai dân tộc.",
        ),
        ("heading", "Giúp đỡ trong kháng chiến chống Mỹ", 1),
        (
            "paragraph",
            "Triều Tiên ủng hộ cuộc đấu tranh của nhân dân Việt Nam. Từ năm 1967 đến năm 1969, Triều Tiên cử phi công sang trực tiếp tham gia chiến đấu bảo vệ bầu trời miền Bắc; 14 phi công đã hy sinh trên đất Việt Nam. Ngoài ra, Triều Tiên còn viện trợ cho Việt Nam vũ khí, hàng hóa và nhận đào tạo nhiều lưu học sinh Việt Nam.",
        ),
    ],
}

DOCS = [IXA, IXB, IXC, IXD, IXE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "CHỦ TỊCH"."""
    return report_word(doc, ["CHỦ TỊCH", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="20:05",
        menu=[("/the-gioi", "Thế giới"), ("/chinh-tri", "Chính trị")],
        tags=[("/tag/mong-co", "Mông Cổ"), ("/tag/quan-he-ngoai-giao", "Quan hệ ngoại giao")],
    )


def render_party(doc: dict) -> str:
    """A provincial Party committee plan as text by heldout_kit.official_text: "TỈNH ỦY CAO BẰNG" and "ĐẢNG
    CỘNG SẢN VIỆT NAM" side by side, "*" and the number under the issuer with the place-date at the right,
    the centred title lines, body at 76 columns, then "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" / "(đã ký)" and
    "Nơi nhận"."""
    tail = [
        f"{'':46}T/M BAN THƯỜNG VỤ",
        f"{'':50}PHÓ BÍ THƯ",
        f"{'':51}(đã ký)",
        "",
        "Nơi nhận:",
        "- Ban Bí thư (để b/c),",
        "- Các huyện ủy, thành ủy trực thuộc,",
        "- Lưu Văn phòng Tỉnh ủy.",
    ]
    return official_text(doc, 76, tail)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "party": render_party,
            "entry": entry_text,
        },
        prefix="ix",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
