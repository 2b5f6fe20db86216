"""Build the ninetieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout90/build_heldout90.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Jamaica, the Law of the Sea Convention and its relations with Vietnam, the
Americas department of the Vietnam Union of Friendship Organisations in 2024, the opening for signature of
the Law of the Sea Convention at Montego Bay on 10/12/1982, a (fictitious) Ministry of Agriculture and
Environment plan for cooperation with the International Seabed Authority and Jamaica in 2026, an
encyclopedia entry on the Community of Latin American and Caribbean States). Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the report's items and
all quoted words (but Tommy Koh's well-known phrase) are invented, the ministry plan (number, date, tasks)
is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every
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

VVA_JAMAICA = {
    "id": "vva",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU BIỂN VÀ ĐẠI DƯƠNG – Số 3 (2025)",
    "first_page": 27,
    "break_after": 13,
    "blocks": [
        ("title", "GIA-MAI-CA VÀ CÔNG ƯỚC LUẬT BIỂN: TỪ MONTEGO BAY ĐẾN HỢP TÁC VỚI VIỆT NAM"),
        ("author", "Trịnh Minh Khôi"),
        ("affiliation", "Khoa Luật quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại vai trò của Gia-mai-ca đối với luật biển quốc tế và quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Gia-mai-ca; UNCLOS; Montego Bay; CARICOM; đáy đại dương", "vi"),
        ("heading", "1. Một quốc đảo năng động ở vùng Ca-ri-bê", 1),
        (
            "paragraph",
            "Giành độc lập từ Anh ngày 6/8/1962, Gia-mai-ca được kết nạp vào Liên hợp quốc chỉ sáu tuần sau đó, ngày 18/9/1962. Ngày 8/12/1972, nước này cùng Bác-ba-đốt, Guy-a-na, Tri-ni-đát và Tô-ba-gô thiết lập quan hệ ngoại giao với Cu-ba. Tháng 7/1973, bốn nước ký Hiệp ước Cha-gua-ra-mát, đặt nền móng cho Cộng đồng Ca-ri-bê (CARICOM) (Phan Thế Vinh, 2017, tr. 41).",
        ),
        ("heading", "2. Từ Montego Bay đến Kinh-xtơn", 1),
        (
            "paragraph",
            "Ngày 10/12/1982, Công ước của Liên hợp quốc về Luật Biển (UNCLOS) được mở ký tại Montego Bay, thành phố du lịch ở bờ bắc Gia-mai-ca; Việt Nam là một trong 119 bên ký ngay trong ngày đầu tiên. Mỹ, nước đã bỏ phiếu chống khi Hội nghị Luật Biển lần thứ ba thông qua Công ước ngày 30/4/1982, đến nay vẫn đứng ngoài văn kiện này. Theo Công ước, trụ sở Cơ quan quyền lực quốc tế về đáy đại dương (ISA) đặt tại Gia-mai-ca. Quốc hội nước ta phê chuẩn Công ước ngày 23/6/1994, gần năm tháng trước khi văn kiện có hiệu lực ngày 16/11/1994; cũng từ ngày đó, ISA chính thức ra đời tại Kinh-xtơn (Lương Thu Trang, 2021).",
        ),
        ("heading", "3. Dư địa cho hợp tác song phương", 1),
        (
            "paragraph",
            "Việt Nam và Gia-mai-ca đã có quan hệ ngoại giao từ lâu, song đến nay hai nước vẫn chưa mở cơ quan đại diện thường trú tại thủ đô của nhau. Một nhà ngoại giao Gia-mai-ca từng nhận xét rằng Việt Nam là “người bạn đáng tin cậy của các quốc đảo nhỏ” (Cao Văn Lợi, 2024, tr. 88). Vì thế, ta nên sớm ký với Gia-mai-ca một bản ghi nhớ về hợp tác nghiên cứu biển.",
        ),
    ],
}

VVB_VUFO = {
    "id": "vvb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "BAN CHÂU MỸ",
        "Số: 46/BC-BCM",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại nhân dân với khu vực châu Mỹ năm 2024 và phương hướng năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác đối ngoại nhân dân với khu vực châu Mỹ năm 2024 và phương hướng năm 2025",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp với Hội Hữu nghị Việt Nam – Cu-ba tổ chức mít tinh kỷ niệm 64 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Cu-ba (2/12/1960 – 2/12/2024); vận động các tổ chức, cá nhân quyên góp hơn 2 tỷ đồng ủng hộ nhân dân Cu-ba khắc phục hậu quả cơn bão Ô-xca.",
        ),
        (
            "list_item",
            "2. Từ ngày 13 đến ngày 16/5/2024, đón đoàn đại biểu các tổ chức xã hội Gia-mai-ca sang thăm và làm việc tại Hà Nội và Quảng Ninh; hai bên thống nhất xúc tiến thành lập Hội Hữu nghị Việt Nam – Gia-mai-ca.",
        ),
        (
            "list_item",
            "3. Tháng 9, Chủ tịch Liên hiệp dẫn đầu đoàn sang thăm Mê-hi-cô và Bra-xin, làm việc với các tổ chức đoàn kết, hữu nghị với Việt Nam ở hai nước.",
        ),
        (
            "list_item",
            "4. Qua Ban Điều phối viện trợ nhân dân (PACCOM), 12 tổ chức phi chính phủ Hoa Kỳ cam kết tài trợ 3,5 triệu USD cho các dự án khắc phục hậu quả bom mìn và hỗ trợ nạn nhân chất độc da cam tại các tỉnh miền Trung.",
        ),
        (
            "list_item",
            "5. Diễn đàn nhân dân Việt Nam – Mỹ Latinh lần thứ nhất dự kiến tổ chức tại Hà Nội chưa thực hiện được do chưa thu xếp được kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức các hoạt động kỷ niệm 65 năm quan hệ ngoại giao Việt Nam – Cu-ba và 30 năm bình thường hóa quan hệ Việt Nam – Hoa Kỳ (1995 – 2025).",
        ),
        (
            "list_item",
            "2. Tháng 6 năm sau, đón đoàn Hội Hữu nghị Bra-xin – Việt Nam sang thăm, trao đổi kế hoạch phối hợp giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "3. Phối hợp với Vụ châu Mỹ (Bộ Ngoại giao) hoàn tất thủ tục thành lập Hội Hữu nghị Việt Nam – Gia-mai-ca trong sáu tháng đầu năm 2025.",
        ),
    ],
}

VVC_MONTEGO = {
    "id": "vvc",
    "shape": "news",
    "date": "1982-12-11",
    "stamp": "Thứ Bảy, 11/12/1982 - 08:30",
    "blocks": [
        ("title", "Công ước của Liên hợp quốc về Luật Biển được mở ký tại Gia-mai-ca"),
        (
            "paragraph",
            "Montego Bay (TTXVN) – Ngày 10/12 (giờ địa phương), tại thành phố nghỉ mát Montego Bay của Gia-mai-ca, Công ước của Liên hợp quốc về Luật Biển đã chính thức được mở ký, khép lại gần chín năm đàm phán của Hội nghị Luật Biển lần thứ ba.",
        ),
        ("heading", "119 chữ ký trong ngày đầu tiên", 1),
        (
            "paragraph",
            "Ngay trong ngày đầu, 117 quốc gia cùng quần đảo Cook và Hội đồng Liên hợp quốc về Namibia đã ký Công ước. Việt Nam cũng nằm trong số các nước ký Công ước ngay trong ngày đầu. Cùng ngày, Phi-gi trở thành nước đầu tiên nộp văn kiện phê chuẩn.",
        ),
        (
            "paragraph",
            "Phát biểu tại phiên bế mạc, Chủ tịch Hội nghị Tommy Koh (Xin-ga-po) gọi văn kiện gồm 320 điều này là “một bản hiến pháp cho các đại dương”.",
        ),
        ("heading", "Nhiều nước phương Tây đứng ngoài", 1),
        (
            "paragraph",
            "Mỹ, Anh và Cộng hòa Liên bang Đức không ký Công ước, chủ yếu do phản đối các quy định về khai thác khoáng sản ở đáy đại dương. Hồi tháng 7, Tổng thống Mỹ Ronald Reagan đã tuyên bố Oa-sinh-tơn sẽ không tham gia văn kiện này. Trước đó, ngày 30/4 tại Niu Oóc, Hội nghị đã thông qua Công ước với 130 phiếu thuận, 4 phiếu chống và 17 phiếu trắng.",
        ),
        (
            "paragraph",
            "Theo Công ước, Cơ quan quyền lực quốc tế về đáy đại dương sẽ đặt trụ sở tại Gia-mai-ca, còn Tòa án quốc tế về Luật Biển đặt tại Hăm-buốc (Cộng hòa Liên bang Đức).",
        ),
    ],
}

VVD_PLAN = {
    "id": "vvd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BNNMT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cơ quan quyền lực quốc tế về đáy đại dương",
        "và Gia-mai-ca trong lĩnh vực biển, hải đảo năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cơ quan quyền lực quốc tế về đáy đại dương và Gia-mai-ca trong lĩnh vực biển, hải đảo năm 2026",
        ),
        (
            "paragraph",
            "Nhằm thực hiện đầy đủ nghĩa vụ của quốc gia thành viên Công ước của Liên hợp quốc về Luật Biển năm 1982, được Quốc hội phê chuẩn ngày 23/6/1994, và mở rộng hợp tác với các quốc đảo vùng Ca-ri-bê, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã cử đại diện Cục Biển và Hải đảo Việt Nam tham dự kỳ họp thường niên của Cơ quan quyền lực quốc tế về đáy đại dương (ISA) tại Kinh-xtơn. Tháng 10/2025, Bộ đón đoàn chuyên gia Cơ quan Quy hoạch và Môi trường quốc gia Gia-mai-ca (NEPA) sang trao đổi kinh nghiệm quản lý tổng hợp vùng bờ, song hai bên chưa ký văn kiện hợp tác nào.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 7 năm nay, cử đoàn do lãnh đạo Cục Biển và Hải đảo Việt Nam dẫn đầu tham dự kỳ họp của Hội đồng và Đại hội đồng ISA tại Kinh-xtơn; nhân dịp này, làm việc với NEPA để đàm phán Bản ghi nhớ hợp tác về quản lý tổng hợp vùng bờ.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao đề nghị ISA dành cho Việt Nam 2 suất đào tạo về khoa học biển sâu từ Quỹ tài trợ nghiên cứu khoa học biển của Cơ quan.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Ca-na-đa chia sẻ kinh nghiệm quy hoạch không gian biển trong khuôn khổ quan hệ Đối tác toàn diện Việt Nam – Ca-na-đa.",
        ),
        (
            "list_item",
            "4. Không đăng ký hợp đồng thăm dò khoáng sản tại Vùng đáy biển quốc tế trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Biển và Hải đảo Việt Nam là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

VVE_CELAC = {
    "id": "vve",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng các quốc gia Mỹ Latinh và Ca-ri-bê"),
        (
            "paragraph",
            "Cộng đồng các quốc gia Mỹ Latinh và Ca-ri-bê (CELAC) là cơ chế đối thoại và phối hợp chính trị liên chính phủ gồm 33 nước châu Mỹ, tức tất cả các nước ở châu lục này trừ Mỹ và Ca-na-đa. Quyết định thành lập CELAC được đưa ra tại Hội nghị thượng đỉnh Thống nhất ở Mê-hi-cô tháng 2/2010; tổ chức chính thức ra đời tại Hội nghị thượng đỉnh Ca-ra-cát (Vê-nê-xu-ê-la) ngày 2 – 3/12/2011, kế thừa Nhóm Rio thành lập năm 1986.",
        ),
        ("heading", "Cơ cấu và hoạt động", 1),
        (
            "paragraph",
            "CELAC không có ban thư ký thường trực; công việc do nước giữ chức Chủ tịch luân phiên điều phối trong nhiệm kỳ một năm. Hội nghị thượng đỉnh CELAC đầu tiên họp tại Xan-ti-a-gô (Chi-lê) tháng 1/2013, ngay sau Hội nghị thượng đỉnh EU – CELAC lần thứ nhất. Tại Hội nghị thượng đỉnh La Ha-ba-na tháng 1/2014, các nhà lãnh đạo tuyên bố Mỹ Latinh và Ca-ri-bê là “khu vực hòa bình”.",
        ),
        ("heading", "Quan hệ đối ngoại", 1),
        (
            "paragraph",
            "Diễn đàn Trung Quốc – CELAC họp hội nghị cấp bộ trưởng lần thứ nhất tại Bắc Kinh tháng 1/2015. Tháng 1/2020, chính quyền Tổng thống Jair Bolsonaro tuyên bố Bra-xin ngừng tham gia các hoạt động của CELAC; nước này chỉ trở lại khi Tổng thống Lula da Silva dự Hội nghị thượng đỉnh Buê-nốt Ai-rết ngày 24/1/2023. Tháng 7 cùng năm, Hội nghị thượng đỉnh EU – CELAC lần thứ ba họp tại Brúc-xen sau tám năm gián đoạn.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam duy trì quan hệ hữu nghị với các nước thành viên CELAC và ủng hộ mục tiêu xây dựng Mỹ Latinh và Ca-ri-bê thành khu vực hòa bình.",
        ),
    ],
}

DOCS = [VVA_JAMAICA, VVB_VUFO, VVC_MONTEGO, VVD_PLAN, VVE_CELAC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title> and <meta property="article:published_time">, a nav menu, <article>, <h1>, a
    date line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag
    list, footer."""
    return news_page(
        doc,
        "Tư liệu quốc tế",
        "08:30",
        [("/the-gioi", "Thế giới")],
        [("/tag/luat-bien", "Luật Biển"), ("/tag/gia-mai-ca", "Gia-mai-ca")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Lưu: VT, HTQT.",
        ],
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
        prefix="vv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
