"""Build the 227th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout227/build_heldout227.py [--check]

Five short documents on Spain and Europe (Vietnam – Spain from the relations of 1977 to the strategic
partnership, the Vietnamese Embassy in Spain's report on the first half of 2025, a weekly news digest of
8 – 14/7/2024 (Modi in Moscow and Vienna, the strike on Kyiv's children's hospital, Orbán in Beijing and
Florida, the NATO summit in Washington), a (fictitious) Ministry of Construction plan for railway
cooperation with Spain in 2026, an encyclopedia entry on the United Nations Alliance of Civilizations).
The digest ("Điểm tin đối ngoại tuần") is the set's new shape, built with plain Python below. Facts are
well-established; authors, journal, page numbers, document numbers, the report's and the plan's items and
all quoted words are invented. ``--check`` verifies that every gold evidence, quote and citation occurs
in the documents.
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
    plan_text,
    word_text,
    wrap,
)

DRA_SPAIN = {
    "id": "dra",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU ÂU VÀ THẾ GIỚI – Số 6 (2025)",
    "first_page": 24,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC VIỆT NAM – TÂY BAN NHA: THÀNH TỰU VÀ TRIỂN VỌNG"),
        ("author", "Lương Thị Thanh Hà"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Khoa học xã hội và Nhân văn, ĐHQG Hà Nội"),
        (
            "abstract",
            "Bài viết đánh giá quá trình phát triển quan hệ Việt Nam – Tây Ban Nha từ năm 1977 và những động lực mới sau khi Hiệp định EVFTA có hiệu lực.",
            "vi",
        ),
        ("keywords", "Tây Ban Nha; đối tác chiến lược; EVFTA; Liên minh châu Âu", "vi"),
        ("heading", "1. Từ thiết lập quan hệ đến hội nhập châu Âu", 1),
        (
            "paragraph",
            "Việt Nam và Tây Ban Nha thiết lập quan hệ ngoại giao ngày 23/5/1977, chưa đầy hai năm sau khi nước này bước vào thời kỳ chuyển đổi dân chủ. Ma-đrít gia nhập NATO ngày 30/5/1982 và cùng Bồ Đào Nha trở thành thành viên Cộng đồng châu Âu ngày 1/1/1986; năm 1999, Tây Ban Nha là một trong 11 nước đầu tiên sử dụng đồng euro (Trịnh Văn Dũng, 2014, tr. 58). Những bước đi đó giúp nước này trở thành một cửa ngõ quan trọng của ta vào thị trường châu Âu và Mỹ Latinh.",
        ),
        ("heading", "2. Khuôn khổ đối tác chiến lược", 1),
        (
            "paragraph",
            "Năm 2009, hai nước xác lập quan hệ đối tác chiến lược. Trong hơn một thập kỷ, Việt Nam là một trong những nước ưu tiên của Hợp tác Tây Ban Nha và nhận nhiều khoản vay ưu đãi cho các dự án hạ tầng, năng lượng. Một quan chức Tây Ban Nha từng nhận định Việt Nam là “đối tác đáng tin cậy hàng đầu của Tây Ban Nha ở Đông Nam Á” (Hồ Thị Lan, 2019, tr. 203).",
        ),
        ("heading", "3. Cơ hội từ EVFTA", 1),
        (
            "paragraph",
            "Hiệp định EVFTA, được ký ngày 30/6/2019 và có hiệu lực từ ngày 1/8/2020, mở ra không gian mới cho thủy sản, cà phê của Việt Nam và dầu ô liu, thịt lợn của Tây Ban Nha. Dù vậy, hai nước vẫn chưa có đường bay thẳng, và dòng vốn đầu tư của Tây Ban Nha vào Việt Nam còn khiêm tốn (Mai Đức Thịnh, 2024). Ta cần chủ động mời gọi doanh nghiệp Tây Ban Nha tham gia các dự án năng lượng tái tạo và đường sắt.",
        ),
    ],
}

DRB_EMBASSY = {
    "id": "drb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN NƯỚC CHXHCN VIỆT NAM TẠI VƯƠNG QUỐC TÂY BAN NHA",
        "Số: 59/BC-ĐSQ",
        "Ma-đrít, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        ("title", "BÁO CÁO Công tác 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Tháng 3, Đại sứ quán phối hợp đón đoàn lãnh đạo tỉnh Bình Định sang làm việc với chính quyền vùng An-đa-lu-xi-a; hai bên ký biên bản ghi nhớ về hợp tác du lịch và năng lượng mặt trời.",
        ),
        (
            "list_item",
            "2. Cơ quan Hợp tác quốc tế vì phát triển của Tây Ban Nha (AECID) tiếp tục tài trợ dự án nâng cao năng lực cho phụ nữ dân tộc thiểu số tại Điện Biên.",
        ),
        (
            "list_item",
            "3. Tháng 5, Đại sứ quán tổ chức hội thảo xúc tiến đầu tư tại Ma-đrít với sự tham dự của hơn 60 doanh nghiệp Tây Ban Nha; một tập đoàn năng lượng Tây Ban Nha bày tỏ quan tâm đầu tư điện gió tại Ninh Thuận.",
        ),
        (
            "list_item",
            "4. Đề xuất mở đường bay thẳng giữa Thành phố Hồ Chí Minh và Ma-đrít chưa được các hãng hàng không hai nước đưa vào kế hoạch khai thác.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức phiên tham vấn chính trị cấp Thứ trưởng Ngoại giao Việt Nam – Tây Ban Nha tại Ma-đrít vào tháng 10.",
        ),
        (
            "list_item",
            "2. Vận động doanh nghiệp Tây Ban Nha tham gia dự án đường sắt tốc độ cao trên trục Bắc – Nam.",
        ),
        (
            "list_item",
            "3. Tổ chức Ngày Văn hóa Việt Nam tại Bác-xê-lô-na nhân dịp Quốc khánh 2/9.",
        ),
    ],
}

DRC_DIGEST = {
    "id": "drc",
    "shape": "digest",
    "issuer": ["HỌC VIỆN NGOẠI GIAO", "VIỆN NGHIÊN CỨU CHÂU ÂU – CHÂU MỸ"],
    "number": "Số 28/2024",
    "title_lines": ["ĐIỂM TIN ĐỐI NGOẠI TUẦN", "(Từ ngày 08/7 đến ngày 14/7/2024)"],
    "blocks": [
        ("title", "ĐIỂM TIN ĐỐI NGOẠI TUẦN (Từ ngày 08/7 đến ngày 14/7/2024)"),
        ("heading", "1. Thủ tướng Ấn Độ thăm Nga", 1),
        (
            "paragraph",
            "Mát-xcơ-va, 9/7 – Thủ tướng Narendra Modi kết thúc chuyến thăm Nga hai ngày, chuyến thăm đầu tiên của ông tới nước này kể từ năm 2019. Tại cuộc hội đàm, Tổng thống Vladimir Putin và ông Modi nhất trí đưa kim ngạch thương mại song phương lên 100 tỷ USD vào năm 2030. Ông Putin cũng trao tặng Thủ tướng Ấn Độ Huân chương Thánh An-đrây.",
        ),
        ("heading", "2. Bệnh viện nhi ở Ki-ép trúng tên lửa", 1),
        (
            "paragraph",
            "Ki-ép, 8/7 – Nga tiến hành một đợt tấn công tên lửa quy mô lớn vào nhiều thành phố của U-crai-na, trong đó Bệnh viện nhi Okhmatdyt ở thủ đô bị hư hại nặng. Nhiều nước phương Tây lên án vụ tấn công, còn Mát-xcơ-va phủ nhận việc nhắm vào bệnh viện. Ngày hôm sau, Hội đồng Bảo an Liên hợp quốc đã họp khẩn về vụ việc.",
        ),
        ("heading", "3. Ông Orbán tới Bắc Kinh", 1),
        (
            "paragraph",
            "Bắc Kinh, 8/7 – Thủ tướng Hung-ga-ri Viktor Orbán hội đàm với Chủ tịch Trung Quốc Tập Cận Bình, chặng thứ ba trong cái mà ông gọi là “sứ mệnh hòa bình”, sau Ki-ép và Mát-xcơ-va. Các chuyến đi này không được các nước thành viên EU khác ủy quyền.",
        ),
        ("heading", "4. Thủ tướng Ấn Độ lần đầu thăm Áo sau 41 năm", 1),
        (
            "paragraph",
            "Viên, 10/7 – Thủ tướng Narendra Modi hội đàm với Thủ tướng Áo Karl Nehammer trong chuyến thăm Áo đầu tiên của một Thủ tướng Ấn Độ kể từ năm 1983. Hai bên thảo luận hợp tác về năng lượng xanh, hạ tầng và công nghệ.",
        ),
        ("heading", "5. Thượng đỉnh NATO kỷ niệm 75 năm", 1),
        (
            "paragraph",
            "Oa-sinh-tơn, 11/7 – Hội nghị thượng đỉnh NATO kỷ niệm 75 năm thành lập liên minh bế mạc sau ba ngày làm việc. Tuyên bố chung khẳng định con đường hội nhập của U-crai-na vào NATO là “không thể đảo ngược”, song chưa đưa ra lời mời gia nhập. Ông Mark Rutte sẽ nhậm chức Tổng Thư ký NATO từ ngày 1/10.",
        ),
        ("heading", "6. Thêm hệ thống phòng không cho U-crai-na", 1),
        (
            "paragraph",
            "Oa-sinh-tơn, 9/7 – Bên lề hội nghị thượng đỉnh, Mỹ, Đức, Hà Lan, Ru-ma-ni và I-ta-li-a ra tuyên bố chung, cam kết cung cấp cho U-crai-na thêm năm hệ thống phòng không chiến lược, trong đó có các tổ hợp Patriot.",
        ),
        ("heading", "7. Ông Orbán gặp ông Trump", 1),
        (
            "paragraph",
            "Flo-ri-đa, 11/7 – Ngay sau Hội nghị thượng đỉnh NATO, Thủ tướng Orbán tới dinh thự Mar-a-Lago gặp cựu Tổng thống Mỹ Donald Trump, ứng cử viên của đảng Cộng hòa trong cuộc bầu cử tháng 11.",
        ),
    ],
}

DRD_PLAN = {
    "id": "drd",
    "shape": "plan",
    "head": [
        f"{'BỘ XÂY DỰNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 21/KH-BXD':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Vương quốc Tây Ban Nha trong lĩnh vực đường sắt năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Vương quốc Tây Ban Nha trong lĩnh vực đường sắt năm 2026"),
        (
            "paragraph",
            "Thực hiện Nghị quyết của Quốc hội về chủ trương đầu tư dự án đường sắt tốc độ cao trên trục Bắc – Nam, được thông qua ngày 30/11/2024, và nhằm học hỏi kinh nghiệm của Tây Ban Nha, quốc gia có mạng lưới đường sắt cao tốc dài nhất châu Âu, Bộ Xây dựng ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã đón hai đoàn chuyên gia Tây Ban Nha sang trao đổi kinh nghiệm về quản lý dự án và đào tạo nhân lực đường sắt. Tuy nhiên, hai bên chưa ký văn kiện hợp tác nào ở cấp Bộ.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, cử đoàn công tác sang Ma-đrít và Xê-vi-a khảo sát tuyến đường sắt cao tốc và làm việc với Bộ Giao thông và Di chuyển bền vững Tây Ban Nha.",
        ),
        (
            "list_item",
            "2. Đàm phán, ký Bản ghi nhớ hợp tác trong lĩnh vực đường sắt giữa hai Bộ trong năm 2026.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Tây Ban Nha hỗ trợ đào tạo 50 kỹ sư vận hành, bảo trì đường sắt tốc độ cao.",
        ),
        (
            "list_item",
            "4. Phối hợp với Đại sứ quán Tây Ban Nha tại Hà Nội tổ chức hội thảo giới thiệu công nghệ đường sắt tốc độ cao trong quý II.",
        ),
        (
            "list_item",
            "5. Không xem xét sử dụng vốn vay thương mại không ưu đãi của nước ngoài cho dự án trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Đường sắt Việt Nam chủ trì, phối hợp với Vụ Hợp tác quốc tế triển khai Kế hoạch này.",
        ),
    ],
}

DRE_UNAOC = {
    "id": "dre",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh các nền văn minh của Liên hợp quốc"),
        (
            "paragraph",
            "Liên minh các nền văn minh của Liên hợp quốc (UNAOC) là sáng kiến nhằm thúc đẩy đối thoại và hiểu biết giữa các nền văn hóa, tôn giáo, đặc biệt giữa thế giới phương Tây và thế giới Hồi giáo.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Sáng kiến do Thủ tướng Tây Ban Nha José Luis Rodríguez Zapatero đề xuất tại khóa họp thứ 59 Đại hội đồng Liên hợp quốc năm 2004 và được Thủ tướng Thổ Nhĩ Kỳ Recep Tayyip Erdoğan đồng bảo trợ. Năm 2005, Tổng Thư ký Kofi Annan chính thức khởi động Liên minh và thành lập một Nhóm cấp cao để đề xuất chương trình hành động. Diễn đàn toàn cầu đầu tiên của Liên minh được tổ chức tại Ma-đrít năm 2008; các diễn đàn tiếp theo lần lượt do Thổ Nhĩ Kỳ (Ixtanbun, 2009), Bra-xin (Ri-ô đờ Gia-nê-rô, 2010), Ca-ta (Đô-ha, 2011) và Áo (Viên, 2013) đăng cai.",
        ),
        ("heading", "Tổ chức", 1),
        (
            "paragraph",
            "Đứng đầu Liên minh là Đại diện cấp cao do Tổng Thư ký Liên hợp quốc bổ nhiệm: cựu Tổng thống Bồ Đào Nha Jorge Sampaio, rồi nhà ngoại giao Ca-ta Nassir Abdulaziz Al-Nasser; từ năm 2019, cựu Ngoại trưởng Tây Ban Nha Miguel Ángel Moratinos đảm nhiệm cương vị này. Nhóm Bạn bè của Liên minh hiện có hơn 150 thành viên, gồm các quốc gia và tổ chức quốc tế.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Liên minh triển khai các chương trình về giáo dục, thanh niên, truyền thông và di cư, đồng thời cấp kinh phí nhỏ cho các dự án thanh niên thông qua Quỹ Đoàn kết thanh niên.",
        ),
    ],
}

DOCS = [DRA_SPAIN, DRB_EMBASSY, DRC_DIGEST, DRD_PLAN, DRE_UNAOC]


def render_digest(doc: dict) -> str:
    """A weekly news digest ("Điểm tin đối ngoại tuần") copied as text: the issuer lines and the issue number,
    a blank line, the title and the week's dates centred at 72 columns, a rule, then each item's numbered
    headline on its own line and its text (dateline first) wrapped at 72 columns, a blank line between items,
    and the editors' line at the end."""
    out = [*doc["issuer"], doc["number"], ""]
    out += [f"{ln:^72}".rstrip() for ln in doc["title_lines"]]
    out += ["=" * 72, ""]
    for b in doc["blocks"][1:]:
        if b[0] == "heading":
            out.append(b[1])
        else:
            out += wrap(b[1], 72) + [""]
    out += ["-" * 72, "Ban Biên tập tổng hợp từ TTXVN và các hãng thông tấn quốc tế."]
    return "\n".join(out) + "\n"


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns, every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, 72, ["ĐẠI SỨ", "(Đã ký)"])


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and signature."""
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
            "digest": render_digest,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="dr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
