"""Build the two hundred and nineteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout219/build_heldout219.py [--check]

Five short documents on topics the earlier sets do not use as main topics (Korea's New Southern Policy
and Indo-Pacific strategy and Vietnam's place in them, the Bình Dương Department of Foreign Affairs in
the first half of 2023, Korea and Cuba establishing diplomatic relations on 14/2/2024, a (fictitious)
Vietnam – Korea joint statement on an official visit of Korea's Prime Minister in 3/2026, an encyclopedia
entry on the Korea – US Mutual Defense Treaty of 1953). The fourth document is the new shape of this
set: a JOINT STATEMENT (Tuyên bố chung) in place of the usual plan, laid out by ``render_joint`` here
(heldout_kit has no helper for it). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the department's items, the joint statement (the
visit, its date and every commitment) and all quoted words are invented. Events, citations and questions
gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
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
    news_page,
    word_text,
    wrap,
)

CTA_NEW_SOUTHERN = {
    "id": "cta",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ ĐỐI NGOẠI CHÂU Á – Số 6 (2024)",
    "first_page": 52,
    "break_after": 9,
    "blocks": [
        (
            "title",
            "TỪ CHÍNH SÁCH HƯỚNG NAM MỚI ĐẾN CHIẾN LƯỢC ẤN ĐỘ – THÁI BÌNH DƯƠNG CỦA HÀN QUỐC: VỊ TRÍ CỦA VIỆT NAM",
        ),
        ("author", "Bùi Thanh Tùng"),
        ("affiliation", "Viện Nghiên cứu Đông Bắc Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích sự điều chỉnh chính sách của Hàn Quốc đối với Đông Nam Á từ năm 2017 và vị trí của Việt Nam trong các chính sách đó.",
            "vi",
        ),
        (
            "keywords",
            "Hàn Quốc; Chính sách hướng Nam mới; ASEAN; Việt Nam; đối tác chiến lược toàn diện",
            "vi",
        ),
        ("heading", "1. Chính sách hướng Nam mới", 1),
        (
            "paragraph",
            "Ngày 9/11/2017, tại Gia-các-ta, Tổng thống Moon Jae-in công bố Chính sách hướng Nam mới, coi quan hệ với ASEAN và Ấn Độ quan trọng ngang với quan hệ với các cường quốc xung quanh bán đảo Triều Tiên. Việt Nam được Seoul xác định là đối tác trọng tâm: từ ngày 22 đến 24/3/2018, ông Moon thăm cấp nhà nước Việt Nam (Ngô Thị Hồng, 2019, tr. 33). Tháng 11/2019, Hàn Quốc đăng cai Hội nghị cấp cao kỷ niệm 30 năm quan hệ ASEAN – Hàn Quốc tại Busan.",
        ),
        ("heading", "2. Từ đối tác chiến lược đến đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao ngày 22/12/1992 và nâng lên Đối tác hợp tác chiến lược năm 2009. Hiệp định Thương mại tự do song phương (VKFTA), ký ngày 5/5/2015, có hiệu lực từ ngày 20/12/2015. Nhân chuyến thăm cấp nhà nước Hàn Quốc của Chủ tịch nước Nguyễn Xuân Phúc, ngày 5/12/2022, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện (Hoàng Văn Long, 2023).",
        ),
        ("heading", "3. Chiến lược Ấn Độ – Thái Bình Dương", 1),
        (
            "paragraph",
            "Tháng 11/2022, tại Phnôm Pênh, Tổng thống Yoon Suk Yeol công bố Sáng kiến đoàn kết Hàn Quốc – ASEAN; một tháng sau, Seoul ban hành Chiến lược Ấn Độ – Thái Bình Dương. Ngày 10/10/2024, ASEAN và Hàn Quốc nâng quan hệ lên Đối tác chiến lược toàn diện. Theo một chuyên gia Hàn Quốc, Việt Nam là “cửa ngõ để Hàn Quốc bước vào Đông Nam Á” (Park Ji-won, 2024, tr. 78). Ta cần tận dụng các khuôn khổ này để thu hút đầu tư công nghệ cao và mở rộng hợp tác lao động.",
        ),
    ],
}

CTB_BINH_DUONG = {
    "id": "ctb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG",
        "SỞ NGOẠI VỤ",
        "Số: 112/BC-SNgV",
        "Bình Dương, ngày 30 tháng 6 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại 6 tháng đầu năm 2023, nhiệm vụ 6 tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm 2023, nhiệm vụ 6 tháng cuối năm"),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2023", 1),
        (
            "list_item",
            "1. Nhân chuyến thăm cấp nhà nước Việt Nam của Tổng thống Hàn Quốc Yoon Suk Yeol (22 – 24/6/2023), lãnh đạo tỉnh dự Diễn đàn doanh nghiệp Việt Nam – Hàn Quốc tại Hà Nội và tiếp xúc một số tập đoàn Hàn Quốc.",
        ),
        (
            "list_item",
            "2. Tháng 4, đoàn đại biểu tỉnh thăm và làm việc tại tỉnh Gyeonggi (Hàn Quốc); hai bên ký thỏa thuận hợp tác về phát triển công nghiệp hỗ trợ và đào tạo nghề.",
        ),
        (
            "list_item",
            "3. Tỉnh thu hút thêm 56 dự án đầu tư trực tiếp nước ngoài; nhà đầu tư Hàn Quốc, Nhật Bản và Trung Quốc dẫn đầu về số dự án.",
        ),
        (
            "list_item",
            "4. Tháng 5, Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh đến chào và làm việc với lãnh đạo tỉnh.",
        ),
        (
            "list_item",
            "5. Dự án khu công nghiệp của một nhà đầu tư Đài Loan tại huyện Bàu Bàng vẫn chưa được chấp thuận chủ trương đầu tư.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023", 1),
        (
            "list_item",
            "1. Tổ chức đoàn xúc tiến đầu tư sang Hàn Quốc và Nhật Bản vào tháng 10.",
        ),
        (
            "list_item",
            "2. Chuẩn bị đón đoàn lãnh đạo tỉnh Gyeonggi sang thăm và làm việc vào tháng 11.",
        ),
        (
            "list_item",
            "3. Phối hợp với KOICA khảo sát dự án đào tạo nghề cho lao động tại thành phố Thủ Dầu Một.",
        ),
    ],
}

CTC_CUBA = {
    "id": "ctc",
    "shape": "news",
    "date": "2024-02-15",
    "stamp": "Thứ Năm, 15/02/2024 - 10:05",
    "blocks": [
        ("title", "Hàn Quốc và Cuba thiết lập quan hệ ngoại giao"),
        (
            "paragraph",
            "Seoul (TTXVN) – Bộ Ngoại giao Hàn Quốc ngày 14/2 cho biết Hàn Quốc và Cuba đã chính thức thiết lập quan hệ ngoại giao thông qua việc trao đổi công hàm giữa phái đoàn thường trực hai nước tại Liên hợp quốc ở New York.",
        ),
        ("heading", "Đối tác ngoại giao thứ 193", 1),
        (
            "paragraph",
            "Với sự kiện này, Cuba trở thành đối tác ngoại giao thứ 193 của Hàn Quốc. Trong số các quốc gia thành viên Liên hợp quốc, ngoài Triều Tiên, chỉ còn Xy-ri chưa có quan hệ ngoại giao với Seoul. Cuba vốn có quan hệ thân thiết với Triều Tiên từ năm 1960. Hàn Quốc hiện là Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2024 – 2025.",
        ),
        ("heading", "Những bước tiếp cận", 1),
        (
            "paragraph",
            "Năm 2016, Ngoại trưởng Yun Byung-se thăm La Habana, chuyến thăm đầu tiên của một ngoại trưởng Hàn Quốc tới Cuba. Lâu nay, quan hệ kinh tế giữa hai nước chủ yếu được duy trì qua văn phòng của Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA) tại La Habana.",
        ),
        (
            "paragraph",
            "Theo Bộ Ngoại giao Hàn Quốc, hai bên sẽ sớm mở cơ quan đại diện ngoại giao tại thủ đô của nhau. Đến nay, Bình Nhưỡng chưa đưa ra phản ứng chính thức.",
        ),
    ],
}

CTD_JOINT = {
    "id": "ctd",
    "shape": "joint",
    "title_lines": [
        "TUYÊN BỐ CHUNG",
        "VIỆT NAM – HÀN QUỐC",
        "nhân chuyến thăm chính thức Việt Nam của Thủ tướng Đại Hàn Dân Quốc",
    ],
    "place": "Hà Nội, ngày 18 tháng 3 năm 2026",
    "blocks": [
        (
            "title",
            "TUYÊN BỐ CHUNG VIỆT NAM – HÀN QUỐC nhân chuyến thăm chính thức Việt Nam của Thủ tướng Đại Hàn Dân Quốc",
        ),
        (
            "paragraph",
            "Nhận lời mời của Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam, Thủ tướng Đại Hàn Dân Quốc đã thăm chính thức Việt Nam từ ngày 17 đến ngày 19 tháng 3 năm 2026.",
        ),
        (
            "paragraph",
            "Trong thời gian chuyến thăm, hai Thủ tướng đã hội đàm trong bầu không khí hữu nghị, thẳng thắn và tin cậy; Thủ tướng Hàn Quốc đã hội kiến lãnh đạo cấp cao Việt Nam và dự Diễn đàn doanh nghiệp Việt Nam – Hàn Quốc. Hai bên ra Tuyên bố chung như sau:",
        ),
        (
            "list_item",
            "1. Về chính trị – ngoại giao: Hai bên vui mừng nhận thấy kể từ khi được nâng lên Đối tác chiến lược toàn diện tháng 12/2022, quan hệ hai nước phát triển toàn diện, thực chất. Hai bên nhất trí duy trì trao đổi đoàn cấp cao thường xuyên và tổ chức Đối thoại chiến lược ngoại giao – quốc phòng cấp Thứ trưởng tại Seoul trong năm nay.",
        ),
        (
            "list_item",
            "2. Về kinh tế, thương mại và đầu tư: Hai bên phấn đấu nâng kim ngạch thương mại song phương lên 150 tỷ USD vào năm 2030 theo hướng cân bằng, bền vững. Phía Hàn Quốc khuyến khích doanh nghiệp nước mình mở rộng đầu tư vào các lĩnh vực bán dẫn, năng lượng tái tạo và hạ tầng số tại Việt Nam.",
        ),
        (
            "list_item",
            "3. Về hợp tác phát triển: Phía Việt Nam đánh giá cao nguồn vốn ODA của Hàn Quốc. Nhân dịp chuyến thăm, hai bên đã ký Hiệp định khung về các khoản vay của Quỹ Hợp tác phát triển kinh tế (EDCF) giai đoạn 2026 – 2030; phía Hàn Quốc cam kết tiếp tục viện trợ không hoàn lại thông qua KOICA.",
        ),
        (
            "list_item",
            "4. Về lao động và giao lưu nhân dân: Hai bên hoan nghênh việc ký Bản ghi nhớ về phái cử lao động theo Chương trình cấp phép việc làm (EPS) và nhất trí tạo thuận lợi cho công dân hai nước đi lại, học tập và làm việc.",
        ),
        (
            "list_item",
            "5. Về các vấn đề khu vực và quốc tế: Phía Việt Nam ủng hộ nỗ lực của Hàn Quốc vì hòa bình, ổn định và phi hạt nhân hóa bán đảo Triều Tiên. Phía Hàn Quốc ủng hộ lập trường của ASEAN về Biển Đông, coi trọng việc giải quyết tranh chấp bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế, trong đó có UNCLOS 1982. Hàn Quốc sẽ phối hợp chặt chẽ để Việt Nam tổ chức thành công Năm APEC 2027.",
        ),
        (
            "paragraph",
            "Thủ tướng Đại Hàn Dân Quốc cảm ơn sự đón tiếp trọng thị của Chính phủ và nhân dân Việt Nam, trân trọng mời Thủ tướng Việt Nam thăm chính thức Hàn Quốc vào thời điểm thích hợp. Thủ tướng Việt Nam vui vẻ nhận lời.",
        ),
    ],
}

CTE_MUTUAL_DEFENSE = {
    "id": "cte",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước phòng thủ chung Hàn Quốc – Mỹ"),
        (
            "paragraph",
            "Hiệp ước phòng thủ chung giữa Đại Hàn Dân Quốc và Hợp chúng quốc Hoa Kỳ là hiệp ước đồng minh quân sự được ký tại Washington ngày 1/10/1953, hơn hai tháng sau khi Hiệp định đình chiến Triều Tiên được ký tại Bàn Môn Điếm. Người ký là Ngoại trưởng Mỹ John Foster Dulles và Ngoại trưởng Hàn Quốc Pyun Yung-tai. Hiệp ước có hiệu lực từ ngày 17/11/1954, không có thời hạn và chỉ chấm dứt một năm sau khi một bên thông báo cho bên kia.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hai bên cam kết tham vấn khi một bên bị đe dọa và cùng hành động để đối phó với một cuộc tấn công vũ trang nhằm vào lãnh thổ của bên kia. Điều IV cho phép Mỹ bố trí lực lượng lục quân, không quân và hải quân trên lãnh thổ Hàn Quốc; hiện có khoảng 28.500 binh sĩ Mỹ đồn trú tại nước này.",
        ),
        ("heading", "Phát triển", 1),
        (
            "paragraph",
            "Ngày 26/4/2023, tại Washington, Tổng thống Yoon Suk Yeol và Tổng thống Joe Biden ra Tuyên bố Washington, thành lập Nhóm tham vấn hạt nhân (NCG). Triều Tiên nhiều lần lên án liên minh và các cuộc tập trận chung Mỹ – Hàn, coi đó là sự chuẩn bị cho chiến tranh.",
        ),
        ("heading", "Liên quan đến Việt Nam", 1),
        (
            "paragraph",
            "Trong khuôn khổ liên minh với Mỹ, Hàn Quốc đã đưa quân tham chiến tại miền Nam Việt Nam từ năm 1964 đến năm 1973. Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao năm 1992.",
        ),
    ],
}

DOCS = [CTA_NEW_SOUTHERN, CTB_BINH_DUONG, CTC_CUBA, CTD_JOINT, CTE_MUTUAL_DEFENSE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" flush right under the
    body (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 74 columns, every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, 74, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page."""
    return news_page(
        doc,
        section="Thế giới",
        time="10:05",
        menu=[("/the-gioi", "Thế giới"), ("/chau-my", "Châu Mỹ")],
        tags=[("/tag/han-quoc", "Hàn Quốc"), ("/tag/cuba", "Cuba")],
    )


def render_joint(doc: dict, width: int = 78) -> str:
    """A joint statement as published (copied as text): the three title lines centred at ``width`` columns
    ("TUYÊN BỐ CHUNG", the two countries, the occasion), the place-date line in brackets centred under
    them, then the preamble paragraphs, the numbered paragraphs by field ("1. Về chính trị – ngoại giao:
    …") and the closing paragraph, each wrapped at ``width`` with a blank line after it; no signature
    (a joint statement is issued, not signed)."""
    out = [f"{ln:^{width}}".rstrip() for ln in doc["title_lines"]]
    out += [f"{'(' + doc['place'] + ')':^{width}}".rstrip(), ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], width) + [""]
    return "\n".join(out)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "joint": render_joint,
            "entry": entry_text,
        },
        prefix="ct",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
