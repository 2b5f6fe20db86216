"""Build the hundred-and-thirty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout138/build_heldout138.py [--check]

Five short documents on topics the earlier sets do not use (Vietnam – Czech Republic from
Czechoslovakia to the EU, the Vietnamese Embassy in the Czech Republic in the first half of 2025, the
NATO accession of the Czech Republic, Hungary and Poland on 12/3/1999, a (fictitious) Ministry of
Health plan for health cooperation with the Czech Republic in 2026, an encyclopedia entry on the
Asia – Europe Meeting). Facts are well-established; authors, journal, page numbers, document numbers,
the embassy's items and all quoted words are invented, the ministry plan is fictitious. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote
and citation occurs in the documents.
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

OYA_CZECH = {
    "id": "oya",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU ÂU VÀ THẾ GIỚI – Số 4 (2025)",
    "first_page": 45,
    "break_after": 10,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – CỘNG HÒA SÉC: KẾ THỪA VÀ ĐỔI MỚI"),
        ("author", "Đỗ Thị Minh Hạnh"),
        ("affiliation", "Khoa Chính trị quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại chặng đường quan hệ Việt Nam – Séc từ năm 1950 và đánh giá vai trò của cộng đồng người Việt tại Séc.",
            "vi",
        ),
        ("keywords", "Cộng hòa Séc; Tiệp Khắc; cộng đồng người Việt; EVFTA", "vi"),
        ("heading", "1. Từ Tiệp Khắc đến Cộng hòa Séc", 1),
        (
            "paragraph",
            "Tiệp Khắc thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa ngày 2/2/1950, là một trong những nước đầu tiên công nhận nhà nước non trẻ của ta. Suốt những năm kháng chiến và tái thiết, bạn đã giúp Việt Nam xây dựng nhiều nhà máy, cung cấp thiết bị và đào tạo hàng nghìn cán bộ, công nhân kỹ thuật (Nguyễn Văn Tiến, 2015, tr. 58). Khi Liên bang Tiệp Khắc chấm dứt tồn tại, Việt Nam công nhận Cộng hòa Séc ngay từ ngày 1/1/1993 và tiếp tục quan hệ ngoại giao với nước này. Ngày 19/1/1993, Séc được kết nạp vào Liên hợp quốc.",
        ),
        ("heading", "2. Hội nhập châu Âu và hợp tác phát triển", 1),
        (
            "paragraph",
            "Séc gia nhập NATO ngày 12/3/1999 cùng Ba Lan và Hung-ga-ri, rồi trở thành thành viên Liên minh châu Âu ngày 1/5/2004. Dù vậy, Praha vẫn coi Việt Nam là đối tác quan trọng ở Đông Nam Á: trong nhiều năm, nước ta là một trong những nước ưu tiên nhận viện trợ phát triển của Séc, với các dự án về cấp nước, địa chất và năng lượng (Lê Quang Bình, 2019). Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) được ký tại Hà Nội ngày 30/6/2019 và có hiệu lực từ ngày 1/8/2020, mở ra cơ hội mới cho thương mại hai chiều. Tuy nhiên, Séc đến nay vẫn không tham gia khu vực đồng euro.",
        ),
        ("heading", "3. Cộng đồng người Việt – nhịp cầu đặc biệt", 1),
        (
            "paragraph",
            "Năm 2013, Chính phủ Séc công nhận người Việt là một dân tộc thiểu số chính thức. Theo một nhà nghiên cứu, cộng đồng này “là nhịp cầu sống động nhất giữa hai dân tộc” (Trần Hải Yến, 2021, tr. 133). Năm 2025, hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao. Thời gian tới, hai bên cần tăng cường trao đổi đoàn cấp cao và mở rộng hợp tác về giáo dục, y tế.",
        ),
    ],
}

OYB_EMBASSY = {
    "id": "oyb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI CỘNG HÒA SÉC",
        "Số: 87/BC-ĐSQ",
        "Praha, ngày 24 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Công tác 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Đại sứ quán đã phối hợp với các cơ quan trong nước phục vụ chuyến thăm chính thức Cộng hòa Séc của Thủ tướng Phạm Minh Chính trong tháng 1/2025; hai Thủ tướng đã hội đàm tại Praha và nhất trí đưa hợp tác kinh tế, lao động, giáo dục lên tầm cao mới.",
        ),
        (
            "list_item",
            "2. Nhân kỷ niệm 75 năm quan hệ ngoại giao (2/2/1950 – 2/2/2025), Đại sứ quán tổ chức chiêu đãi với sự tham dự của Thứ trưởng Ngoại giao Séc và đại diện nhiều bộ, ngành nước sở tại.",
        ),
        (
            "list_item",
            "3. Tháng 4, Đại sứ làm việc với Hội đồng vùng Karlovy Vary; phía bạn đề nghị kết nối với tỉnh Thái Nguyên trong lĩnh vực du lịch chữa bệnh, song đến nay hai địa phương chưa ký thỏa thuận hợp tác.",
        ),
        (
            "list_item",
            "4. Đại sứ quán hỗ trợ 14 doanh nghiệp Việt Nam tham gia hội chợ thực phẩm tại Praha và bảo hộ công dân trong 9 vụ việc, không có vụ việc phức tạp.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", 1),
        (
            "list_item",
            "1. Chuẩn bị chương trình đón đoàn đại biểu Hạ viện Séc thăm Việt Nam dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "2. Tổ chức gian hàng Việt Nam tại Hội chợ cơ khí quốc tế Brno; vận động phía Séc sớm phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU.",
        ),
        (
            "list_item",
            "3. Phối hợp với Hội người Việt Nam tại Séc tổ chức kỷ niệm Quốc khánh 2/9 và Tết Trung thu cho thiếu nhi.",
        ),
    ],
}

OYC_NATO = {
    "id": "oyc",
    "shape": "news",
    "date": "1999-03-13",
    "stamp": "Thứ Bảy, 13/03/1999 - 07:30",
    "blocks": [
        ("title", "Séc, Hung-ga-ri và Ba Lan chính thức gia nhập NATO"),
        (
            "paragraph",
            "Oa-sinh-tơn (TTXVN) – Ngày 12/3/1999, tại thị trấn Independence, bang Mít-xu-ri (Mỹ), Cộng hòa Séc, Hung-ga-ri và Ba Lan chính thức trở thành thành viên Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO), nâng tổng số thành viên của liên minh lên 19.",
        ),
        ("heading", "Lễ trao văn kiện tại Thư viện Truman", 1),
        (
            "paragraph",
            "Tại buổi lễ ở Thư viện Tổng thống Harry Truman, Ngoại trưởng ba nước Jan Kavan, János Martonyi và Bronisław Geremek đã trao văn kiện gia nhập cho Ngoại trưởng Mỹ Madeleine Albright, người đại diện nước lưu chiểu Hiệp ước Bắc Đại Tây Dương. Ba nước được mời đàm phán gia nhập tại Hội nghị thượng đỉnh NATO ở Ma-đrít tháng 7/1997.",
        ),
        ("heading", "Mối lo ngại của Mát-xcơ-va", 1),
        (
            "paragraph",
            "Đây là lần đầu tiên các nước thuộc Hiệp ước Vác-sa-va cũ, vốn giải thể năm 1991, được kết nạp vào NATO. Nga vẫn kiên quyết phản đối việc mở rộng liên minh về phía đông, dù đã ký với NATO Định ước về quan hệ, hợp tác và an ninh tại Pa-ri ngày 27/5/1997.",
        ),
        (
            "paragraph",
            "Các nhà lãnh đạo NATO sẽ nhóm họp tại Oa-sinh-tơn vào tháng tới để kỷ niệm 50 năm ngày thành lập liên minh. Trong khi đó, Xlô-va-ki-a chưa được mời gia nhập trong đợt này.",
        ),
    ],
}

OYD_PLAN = {
    "id": "oyd",
    "shape": "plan",
    "head": [
        f"{'BỘ Y TẾ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 46/KH-BYT':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Séc trong lĩnh vực y tế",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Cộng hòa Séc trong lĩnh vực y tế năm 2026"),
        (
            "paragraph",
            "Thực hiện kết quả chuyến thăm chính thức Cộng hòa Séc của Thủ tướng Chính phủ tháng 1/2025, Bộ Y tế ban hành Kế hoạch hợp tác với Cộng hòa Séc năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Nhiều thế hệ bác sĩ, dược sĩ Việt Nam đã được đào tạo tại Tiệp Khắc trước đây. Năm ngoái, Bộ Y tế đã đón đoàn Bộ Y tế Séc sang làm việc về dược phẩm và trang thiết bị y tế, song hai Bộ chưa ký văn bản hợp tác nào kể từ năm 2015.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, cử đoàn do Thứ trưởng dẫn đầu sang Praha làm việc với Bộ Y tế Séc và thăm Bệnh viện Đại học Motol.",
        ),
        (
            "list_item",
            "2. Đàm phán, tiến tới ký Bản ghi nhớ hợp tác y tế giai đoạn 2026 – 2030 trong dịp đoàn cấp cao Séc thăm Việt Nam.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Séc cấp học bổng đào tạo chuyên khoa sâu về ghép tạng cho bác sĩ các bệnh viện tuyến trung ương.",
        ),
        (
            "list_item",
            "4. Không đề xuất vay vốn tín dụng xuất khẩu của Séc để mua sắm thiết bị trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối tổng hợp, báo cáo kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

OYE_ASEM = {
    "id": "oye",
    "shape": "entry",
    "blocks": [
        ("title", "Diễn đàn Hợp tác Á – Âu"),
        (
            "paragraph",
            "Diễn đàn Hợp tác Á – Âu (ASEM) là tiến trình đối thoại và hợp tác không chính thức giữa châu Á và châu Âu, ra đời tại Hội nghị cấp cao lần thứ nhất ở Băng Cốc (Thái Lan) ngày 1 – 2/3/1996. ASEM không có ban thư ký thường trực; Quỹ Á – Âu (ASEF), thành lập tại Xin-ga-po năm 1997, là thiết chế thường trực duy nhất của Diễn đàn.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Tham gia Hội nghị Băng Cốc có 15 nước thành viên EU, Ủy ban châu Âu, bảy nước ASEAN cùng Trung Quốc, Nhật Bản và Hàn Quốc. Việt Nam là một trong những thành viên sáng lập. Tại Hội nghị cấp cao lần thứ năm, Diễn đàn kết nạp Cam-pu-chia, Lào, Mi-an-ma và mười nước mới gia nhập EU. Về sau, Ấn Độ, Pa-ki-xtan, Mông Cổ, Ô-xtrây-li-a, Niu Di-lân và Nga lần lượt được kết nạp.",
        ),
        ("heading", "Việt Nam và ASEM", 1),
        (
            "paragraph",
            "Việt Nam đăng cai Hội nghị cấp cao ASEM lần thứ năm tại Hà Nội ngày 8 – 9/10/2004, với chủ đề tăng cường quan hệ đối tác Á – Âu năng động và thực chất hơn. Nước ta cũng từng giữ vai trò điều phối viên của nhóm châu Á trong ASEM. Hội nghị cấp cao lần thứ 13 do Cam-pu-chia chủ trì theo hình thức trực tuyến tháng 11/2021, trong bối cảnh đại dịch COVID-19; Việt Nam cử đoàn cấp cao tham dự và ủng hộ việc duy trì tiến trình ASEM.",
        ),
    ],
}

DOCS = [OYA_CZECH, OYB_EMBASSY, OYC_NATO, OYD_PLAN, OYE_ASEM]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "07:30",
        [("/the-gioi", "Thế giới"), ("/chau-au", "Châu Âu")],
        [("/tag/nato", "NATO"), ("/tag/sec", "Séc")],
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
        prefix="oy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
