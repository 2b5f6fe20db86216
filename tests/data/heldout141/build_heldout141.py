"""Build the hundred-and-forty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout141/build_heldout141.py [--check]

Five short documents on topics the earlier sets do not use (the Vietnam – Germany strategic
partnership from the Hanoi Declaration of 2011, the Vietnamese Consulate General in Frankfurt am Main in
the first half of 2025, Chancellor Scholz's visit to Vietnam on 13/11/2022, a (fictitious) Ministry of
Home Affairs plan for sending skilled workers to Germany in 2026, an encyclopedia entry on the Treaty on
the Final Settlement with Respect to Germany). Facts are well-established; authors, journal, page
numbers, document numbers, the consulate's items and all quoted words are invented, the ministry plan
is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that
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
    plan_text,
    word_text,
)

NRA_GERMANY = {
    "id": "nra",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU ÂU – Số 6 (2025)",
    "first_page": 23,
    "break_after": 10,
    "blocks": [
        ("title", "QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC VIỆT NAM – ĐỨC: CHẶNG ĐƯỜNG VÀ TRIỂN VỌNG"),
        ("author", "Lê Thị Thanh Thủy"),
        ("affiliation", "Viện Nghiên cứu Châu Âu, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết đánh giá quan hệ đối tác chiến lược Việt Nam – Đức kể từ năm 2011 và đề xuất một số định hướng hợp tác.",
            "vi",
        ),
        ("keywords", "Đức; đối tác chiến lược; EVFTA; chuyển đổi năng lượng", "vi"),
        ("heading", "1. Nền tảng của quan hệ", 1),
        (
            "paragraph",
            "Việt Nam và Cộng hòa Liên bang Đức thiết lập quan hệ ngoại giao ngày 23/9/1975, trong khi Cộng hòa Dân chủ Đức đã là người bạn gắn bó của nhân dân ta suốt những năm kháng chiến chống Mỹ. Sau khi nước Đức thống nhất ngày 3/10/1990, hàng chục nghìn người Việt từng học tập, lao động tại Đông Đức trở thành nhịp cầu nối hai dân tộc (Phan Văn Hòa, 2012, tr. 64).",
        ),
        ("heading", "2. Từ Tuyên bố Hà Nội đến nay", 1),
        (
            "paragraph",
            "Nhân chuyến thăm Việt Nam của Thủ tướng Angela Merkel, ngày 11/10/2011 hai nước ký Tuyên bố chung Hà Nội về việc thiết lập quan hệ đối tác chiến lược. Năm 2017, quan hệ song phương gặp trở ngại nghiêm trọng, một số cơ chế hợp tác bị tạm ngừng (Vũ Hoàng Nam, 2020). Sau đó, các kênh đối thoại dần được khôi phục; trong năm 2020, cả hai nước cùng là Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc và phối hợp chặt chẽ về các vấn đề quốc tế. Đầu năm 2024, Tổng thống Frank-Walter Steinmeier thăm cấp nhà nước Việt Nam.",
        ),
        ("heading", "3. Động lực mới", 1),
        (
            "paragraph",
            "Đức là đối tác thương mại lớn nhất của Việt Nam trong EU, và EVFTA, có hiệu lực từ ngày 1/8/2020, tạo thêm động lực cho hàng hóa hai chiều. Đức cũng tham gia Quan hệ Đối tác chuyển đổi năng lượng công bằng (JETP) với Việt Nam. Như một nhà ngoại giao nhận xét, hai nước “cần nhau hơn bao giờ hết trong một thế giới bất định” (Ngô Quang Vinh, 2024, tr. 15). Tuy vậy, Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA) đến nay vẫn chưa có hiệu lực do chưa được tất cả các nước thành viên EU phê chuẩn.",
        ),
    ],
}

NRB_CONSULATE = {
    "id": "nrb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM",
        "TẠI FRANKFURT AM MAIN",
        "Số: 53/BC-TLSQ",
        "Frankfurt am Main, ngày 26 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình công tác 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2025"],
    "blocks": [
        (
            "title",
            "BÁO CÁO Tình hình công tác 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2025",
        ),
        ("heading", "I. KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Tháng 2, Tổng Lãnh sự hỗ trợ 37 doanh nghiệp Việt Nam tham gia Hội chợ hàng tiêu dùng quốc tế Ambiente tại Frankfurt; nhiều doanh nghiệp đã ký được hợp đồng xuất khẩu đồ gỗ, gốm sứ.",
        ),
        (
            "list_item",
            "2. Tháng 4, Tổng Lãnh sự làm việc với Bộ Kinh tế bang Hessen; phía bạn đề nghị mở rộng chương trình đào tạo điều dưỡng viên Việt Nam tại các bệnh viện của bang.",
        ),
        (
            "list_item",
            "3. Phối hợp với Hội người Việt tại Frankfurt tổ chức Tết cộng đồng cho hơn 1.500 bà con; quyên góp được 12.000 euro ủng hộ đồng bào bị ảnh hưởng bởi lũ lụt trong nước.",
        ),
        (
            "list_item",
            "4. Giải quyết 2.140 hồ sơ lãnh sự, hộ chiếu; bảo hộ công dân trong 6 vụ việc, không có công dân bị trục xuất.",
        ),
        (
            "list_item",
            "5. Đề xuất thiết lập quan hệ hợp tác giữa tỉnh Quảng Nam và huyện Marburg-Biedenkopf vẫn chưa được hai bên thống nhất.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tổ chức chuỗi hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Đức (23/9/1975 – 23/9/2025) tại các bang trong địa bàn.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Văn hóa, Thể thao và Du lịch tổ chức gian hàng Việt Nam tại Hội chợ sách Frankfurt tháng 10.",
        ),
        (
            "list_item",
            "3. Đón đoàn lãnh đạo tỉnh Quảng Nam sang làm việc với bang Hessen trong quý IV.",
        ),
    ],
}

NRC_SCHOLZ = {
    "id": "nrc",
    "shape": "news",
    "date": "2022-11-13",
    "stamp": "Chủ Nhật, 13/11/2022 - 19:20",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Đức Olaf Scholz"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 13/11/2022, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã chủ trì lễ đón và hội đàm với Thủ tướng Cộng hòa Liên bang Đức Olaf Scholz, đang ở thăm chính thức Việt Nam.",
        ),
        ("heading", "Chuyến thăm đầu tiên sau 11 năm", 1),
        (
            "paragraph",
            "Đây là chuyến thăm Việt Nam đầu tiên của một Thủ tướng Đức kể từ chuyến thăm của bà Angela Merkel năm 2011. Hai nhà lãnh đạo nhất trí tăng cường tin cậy chính trị, thúc đẩy trao đổi đoàn các cấp và làm sâu sắc hơn nữa quan hệ đối tác chiến lược.",
        ),
        ("heading", "Năng lượng và lao động", 1),
        (
            "paragraph",
            "Thủ tướng Olaf Scholz cho biết Đức cùng các nước G7 đang đàm phán với Việt Nam về Quan hệ Đối tác chuyển đổi năng lượng công bằng (JETP). Thủ tướng Phạm Minh Chính đề nghị phía Đức tạo thuận lợi cho lao động Việt Nam có tay nghề sang làm việc, đồng thời đề nghị Đức sớm phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU.",
        ),
        (
            "paragraph",
            "Hai Thủ tướng cũng trao đổi về tình hình Ukraine và Biển Đông, nhấn mạnh việc giải quyết tranh chấp bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế. Sau Việt Nam, Thủ tướng Scholz sẽ tới Xin-ga-po và dự Hội nghị thượng đỉnh G20 tại Ba-li (In-đô-nê-xi-a).",
        ),
    ],
}

NRD_PLAN = {
    "id": "nrd",
    "shape": "plan",
    "head": [
        f"{'BỘ NỘI VỤ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 19/KH-BNV':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Đưa lao động Việt Nam có tay nghề sang làm việc",
        "tại Cộng hòa Liên bang Đức năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Đưa lao động Việt Nam có tay nghề sang làm việc tại Cộng hòa Liên bang Đức năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ Luật Nhập cư lao động có tay nghề của Đức, có hiệu lực từ ngày 1/3/2020, và kết quả hợp tác giữa hai nước trong năm 50 năm quan hệ ngoại giao, Bộ Nội vụ ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, hơn 2.000 điều dưỡng viên và học viên học nghề Việt Nam đã sang Đức làm việc và học tập. Phía Đức đánh giá cao chất lượng lao động Việt Nam, song một số bang vẫn chưa công nhận văn bằng điều dưỡng của ta. Tháng 10/2025, hai Bộ đã ký Ý định thư về hợp tác đào tạo nghề điều dưỡng.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Trong quý I, làm việc với Cơ quan Việc làm Liên bang Đức về chỉ tiêu tuyển dụng năm 2026.",
        ),
        (
            "list_item",
            "2. Tháng 5, tổ chức đoàn công tác sang các bang Bavaria và Baden-Württemberg khảo sát điều kiện làm việc của lao động Việt Nam.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Đức hỗ trợ đào tạo tiếng Đức trình độ B1 cho 1.000 ứng viên tại Việt Nam.",
        ),
        (
            "list_item",
            "4. Không cấp phép cho doanh nghiệp thu phí môi giới trái quy định của người lao động.",
        ),
        (
            "list_item",
            "5. Phối hợp với Đại sứ quán Đức tại Hà Nội tổ chức ngày hội việc làm tại Hà Nội và TP. Hồ Chí Minh trong tháng 9.",
        ),
        (
            "paragraph",
            "Cục Quản lý lao động ngoài nước chủ trì, phối hợp với Bộ Ngoại giao và Đại sứ quán Việt Nam tại Đức thực hiện Kế hoạch này.",
        ),
    ],
}

NRE_TREATY = {
    "id": "nre",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước về giải quyết cuối cùng đối với nước Đức"),
        (
            "paragraph",
            "Hiệp ước về giải quyết cuối cùng đối với nước Đức, thường gọi là Hiệp ước “Hai cộng Bốn”, được Cộng hòa Liên bang Đức, Cộng hòa Dân chủ Đức cùng Liên Xô, Mỹ, Anh và Pháp ký tại Mát-xcơ-va ngày 12/9/1990. Văn kiện là kết quả của bốn vòng đàm phán cấp bộ trưởng ngoại giao, vòng đầu tiên họp tại Bon ngày 5/5/1990. Hiệp ước mở đường cho việc thống nhất nước Đức ngày 3/10/1990 và có hiệu lực ngày 15/3/1991.",
        ),
        ("heading", "Nội dung chính", 1),
        (
            "paragraph",
            "Bốn cường quốc từ bỏ mọi quyền và trách nhiệm đối với Berlin và nước Đức nói chung. Nước Đức thống nhất khẳng định biên giới hiện tại là cuối cùng, cam kết giới hạn quân số Bundeswehr ở mức 370.000 người và từ bỏ vũ khí hạt nhân, sinh học, hóa học. Đức và Ba Lan ký Hiệp ước biên giới ngày 14/11/1990, xác nhận đường biên giới Oder – Neisse.",
        ),
        ("heading", "Thực hiện", 1),
        (
            "paragraph",
            "Theo Hiệp ước, quân đội Liên Xô, về sau là Nga, rút khỏi lãnh thổ Đông Đức cũ trước cuối năm 1994; những đơn vị cuối cùng rời đi ngày 31/8/1994. Quân đội NATO không được triển khai thường trực trên lãnh thổ này. Việt Nam, khi đó có quan hệ ngoại giao với cả hai nhà nước Đức, không phải là bên ký kết Hiệp ước.",
        ),
    ],
}

DOCS = [NRA_GERMANY, NRB_CONSULATE, NRC_SCHOLZ, NRD_PLAN, NRE_TREATY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Chính trị",
        "19:20",
        [("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        [("/tag/duc", "Đức"), ("/tag/thu-tuong", "Thủ tướng")],
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
        prefix="nr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
