"""Build the hundred-and-seventeenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout117/build_heldout117.py [--check]

Five short documents on Vietnam and the European Union in development aid, trade disputes and security, on
topics the earlier sets do not use (Vietnam – EU relations from the development cooperation of the 1990s to
the EVFTA, the FPA and the IUU "yellow card"; the Cà Mau Department of Foreign Affairs, report on the first
half of 2023 with the EU; the signing of the Framework Participation Agreement on crisis management,
Brussels, 17/10/2019; a (fictitious) Ministry of National Defence plan for defence cooperation with the EU
in 2026; an encyclopedia entry on the Maastricht Treaty). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the report's and the plan's local items
and all quoted words are invented. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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

SSA_EU = {
    "id": "ssa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU ÂU VÀ THẾ GIỚI – Số 3 (2024)",
    "first_page": 112,
    "break_after": 13,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – EU: TỪ HỢP TÁC PHÁT TRIỂN ĐẾN THƯƠNG MẠI VÀ AN NINH"),
        ("author", "Hoàng Thị Thu Trang"),
        (
            "affiliation",
            "Khoa Quốc tế học, Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Thành phố Hồ Chí Minh",
        ),
        (
            "abstract",
            "Bài viết điểm lại các mốc chính của quan hệ Việt Nam – Liên minh châu Âu (EU) hơn ba thập kỷ qua, từ viện trợ phát triển đến các hiệp định thương mại và hợp tác an ninh, đồng thời chỉ ra những điểm nghẽn cần tháo gỡ.",
            "vi",
        ),
        ("keywords", "Việt Nam; Liên minh châu Âu; viện trợ phát triển; EVFTA; thẻ vàng IUU", "vi"),
        ("heading", "1. Nền tảng từ hợp tác phát triển", 1),
        (
            "paragraph",
            "Việt Nam và Cộng đồng châu Âu (EC) thiết lập quan hệ ngoại giao năm 1990. Năm năm sau, ngày 17/7/1995, hai bên ký Hiệp định khung về hợp tác, tạo cơ sở pháp lý đầu tiên cho quan hệ song phương. Trong suốt thời kỳ Đổi mới, EU cùng các nước thành viên luôn nằm trong nhóm nhà tài trợ viện trợ không hoàn lại lớn nhất cho Việt Nam (Phạm Quang Minh, 2016, tr. 54); riêng giai đoạn 2014 – 2020, EU cam kết dành cho ta 400 triệu euro viện trợ không hoàn lại, tập trung vào năng lượng bền vững và quản trị nhà nước.",
        ),
        ("heading", "2. Các hiệp định thế hệ mới", 1),
        (
            "paragraph",
            "Hiệp định Đối tác và Hợp tác toàn diện (PCA), được ký tại Brúc-xen ngày 27/6/2012 và có hiệu lực từ ngày 1/10/2016, đã mở rộng hợp tác sang các lĩnh vực chính trị, an ninh và pháp quyền (Nguyễn Thanh Tùng, 2019). Tiếp đó, Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) được ký tại Hà Nội ngày 30/6/2019 và được Quốc hội nước ta phê chuẩn ngày 8/6/2020. Cũng trong năm 2019, ngày 17/10, Bộ trưởng Quốc phòng Ngô Xuân Lịch và Đại diện cấp cao của EU Federica Mogherini ký Hiệp định khung về việc Việt Nam tham gia các hoạt động quản lý khủng hoảng của EU (FPA), đưa Việt Nam trở thành nước ASEAN đầu tiên có hiệp định loại này với EU.",
        ),
        ("heading", "3. Những điểm nghẽn", 1),
        (
            "paragraph",
            "Song song với cơ hội là không ít thách thức. Ngày 23/10/2017, Ủy ban châu Âu áp dụng cảnh báo “thẻ vàng” đối với hải sản khai thác của Việt Nam do chưa đáp ứng các quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU); sau nhiều đợt thanh tra, cảnh báo này đến nay vẫn chưa được gỡ bỏ. Hiệp định Bảo hộ đầu tư (EVIPA) cũng chưa thể có hiệu lực vì còn chờ nghị viện nhiều nước thành viên EU phê chuẩn. Giới nghiên cứu cho rằng thẻ vàng là “phép thử đối với năng lực thực thi cam kết của Việt Nam” (Đinh Thị Hồng Nhung, 2023, tr. 131). Để tháo gỡ, ta cần kiên trì thực hiện các khuyến nghị của Ủy ban châu Âu, đồng thời vận động các nước thành viên EU sớm phê chuẩn EVIPA.",
        ),
    ],
}

SSB_CAMAU = {
    "id": "ssb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH CÀ MAU",
        "SỞ NGOẠI VỤ",
        "Số: 96/BC-SNgV",
        "Cà Mau, ngày 15 tháng 6 năm 2023",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2023, nhiệm vụ 6 tháng cuối năm 2023",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm 2023, nhiệm vụ 6 tháng cuối năm 2023",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Sở đã phối hợp với Sở Nông nghiệp và Phát triển nông thôn tham mưu UBND tỉnh triển khai các khuyến nghị của Ủy ban châu Âu (EC) về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) sau đợt thanh tra hồi tháng 10 năm ngoái; trong 6 tháng, không để xảy ra trường hợp tàu cá của tỉnh vi phạm vùng biển nước ngoài.",
        ),
        (
            "list_item",
            "2. Tháng 3, đoàn công tác của Phái đoàn Liên minh châu Âu tại Việt Nam đến thăm và làm việc với UBND tỉnh về tình hình thực thi Hiệp định EVFTA trong lĩnh vực thủy sản và phát triển nuôi tôm bền vững.",
        ),
        (
            "list_item",
            "3. Dự án bảo vệ và phục hồi rừng ngập mặn ven biển tại huyện Ngọc Hiển, tổng vốn 1,8 triệu euro do EU tài trợ không hoàn lại thông qua một tổ chức phi chính phủ quốc tế, tiếp tục được triển khai đúng tiến độ.",
        ),
        (
            "list_item",
            "4. Tháng 5, tỉnh đón đoàn doanh nghiệp nhập khẩu thủy sản của Bỉ và Hà Lan sang khảo sát vùng nuôi tôm sinh thái; tuy vậy, kim ngạch xuất khẩu tôm sang thị trường EU giảm so với cùng kỳ do sức mua sụt giảm.",
        ),
        (
            "list_item",
            "5. Đề xuất thiết lập quan hệ hữu nghị và hợp tác với tỉnh Zeeland (Hà Lan) đến nay chưa được phía bạn phản hồi.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị tốt việc đón đoàn thanh tra của EC dự kiến sang Việt Nam vào tháng 10, góp phần cùng cả nước sớm gỡ bỏ cảnh báo “thẻ vàng”.",
        ),
        (
            "list_item",
            "2. Đề nghị Phái đoàn EU hỗ trợ tập huấn cho ngư dân và doanh nghiệp về truy xuất nguồn gốc hải sản khai thác.",
        ),
        (
            "list_item",
            "3. Tháng 9, tổ chức đoàn doanh nghiệp của tỉnh sang Bỉ và Hà Lan xúc tiến xuất khẩu tôm, cua; tiếp tục vận động thiết lập quan hệ hợp tác với tỉnh Zeeland.",
        ),
    ],
}

SSC_FPA = {
    "id": "ssc",
    "shape": "news",
    "date": "2019-10-17",
    "stamp": "Thứ Năm, 17/10/2019 - 22:10",
    "blocks": [
        ("title", "Việt Nam và EU ký Hiệp định khung về tham gia hoạt động quản lý khủng hoảng"),
        (
            "paragraph",
            "Brúc-xen (TTXVN) – Ngày 17/10, tại Brúc-xen (Bỉ), Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, thay mặt Chính phủ Việt Nam, và bà Federica Mogherini, Phó Chủ tịch Ủy ban châu Âu, Đại diện cấp cao của EU về chính sách đối ngoại và an ninh, đã ký Hiệp định thiết lập khuôn khổ cho việc Việt Nam tham gia các hoạt động quản lý khủng hoảng của Liên minh châu Âu (FPA).",
        ),
        ("heading", "Nước ASEAN đầu tiên ký FPA", 1),
        (
            "paragraph",
            "Với văn kiện này, Việt Nam trở thành đối tác thứ hai ở châu Á, sau Hàn Quốc, và là nước ASEAN đầu tiên ký FPA với EU. Hiệp định tạo cơ sở pháp lý để Việt Nam tham gia các phái bộ dân sự và hoạt động quân sự quản lý khủng hoảng do EU dẫn dắt, trên nguyên tắc tự nguyện, phù hợp với chính sách đối ngoại và khả năng của mỗi bên.",
        ),
        (
            "paragraph",
            "Sau lễ ký, Bộ trưởng Ngô Xuân Lịch đã hội kiến bà Mogherini. Hai bên khẳng định quyết tâm thúc đẩy quan hệ đối tác quốc phòng, ủng hộ cấu trúc an ninh khu vực do ASEAN giữ vai trò trung tâm. Bộ trưởng cho biết Bộ Quốc phòng Việt Nam lựa chọn hợp tác với EU trong các lĩnh vực đối thoại chính sách quốc phòng với Cơ quan Đối ngoại châu Âu (EEAS), đào tạo, tham gia hoạt động gìn giữ hòa bình Liên hợp quốc và khắc phục hậu quả chiến tranh.",
        ),
        ("heading", "Hai tháng sau chuyến thăm Hà Nội", 1),
        (
            "paragraph",
            "Lễ ký diễn ra hai tháng sau chuyến thăm Việt Nam của bà Mogherini hồi tháng 8. Theo bà Mogherini, phía Việt Nam đã bày tỏ quan tâm tới khả năng tham gia một phái bộ huấn luyện của EU tại châu Phi. Trước đó, ngày 30/6, hai bên đã ký Hiệp định Thương mại tự do (EVFTA) và Hiệp định Bảo hộ đầu tư (EVIPA) tại Hà Nội; hai hiệp định hiện đang chờ Nghị viện châu Âu xem xét phê chuẩn.",
        ),
    ],
}

SSD_PLAN = {
    "id": "ssd",
    "shape": "plan",
    "head": [
        f"{'BỘ QUỐC PHÒNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 38/KH-BQP':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc phòng với Liên minh châu Âu",
        "và các nước thành viên năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác quốc phòng với Liên minh châu Âu và các nước thành viên năm 2026"),
        (
            "paragraph",
            "Nhằm triển khai Hiệp định khung về việc Việt Nam tham gia các hoạt động quản lý khủng hoảng của Liên minh châu Âu (FPA), ký ngày 17/10/2019 tại Brúc-xen, và cụ thể hóa quan hệ đối tác quốc phòng Việt Nam – EU, Bộ Quốc phòng xây dựng Kế hoạch hợp tác năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Hợp tác quốc phòng Việt Nam – EU được triển khai chủ yếu qua đối thoại chính sách, đào tạo và khắc phục hậu quả chiến tranh. Năm ngoái, Bộ đã cử nhiều lượt sĩ quan tham dự các khóa học của Trường Cao đẳng An ninh và Quốc phòng châu Âu (ESDC); hai bên đã trao đổi về khả năng Việt Nam tham gia một phái bộ của EU, song chưa thống nhất được phái bộ cụ thể.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, tổ chức Đối thoại chính sách quốc phòng Việt Nam – EU tại Brúc-xen do một Thứ trưởng Bộ Quốc phòng và lãnh đạo Cơ quan Đối ngoại châu Âu (EEAS) đồng chủ trì.",
        ),
        (
            "list_item",
            "2. Đề nghị phía EU tiếp tục hỗ trợ đào tạo tiếng Anh và kỹ năng chuyên môn cho lực lượng gìn giữ hòa bình Việt Nam; mời chuyên gia EU sang chia sẻ kinh nghiệm rà phá bom mìn, vật liệu nổ sau chiến tranh.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao nghiên cứu khả năng cử sĩ quan tham gia một phái bộ huấn luyện của EU tại châu Phi, báo cáo cấp có thẩm quyền trước tháng 10.",
        ),
        (
            "list_item",
            "4. Đón tàu hải quân của Pháp và I-ta-li-a thăm Cảng quốc tế Cam Ranh theo đề nghị của phía bạn.",
        ),
        (
            "paragraph",
            "Cục Đối ngoại là cơ quan thường trực, chủ trì theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

SSE_MAASTRICHT = {
    "id": "sse",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Maastricht"),
        (
            "paragraph",
            "Hiệp ước về Liên minh châu Âu, thường gọi là Hiệp ước Maastricht, được 12 nước thành viên Cộng đồng châu Âu gồm Bỉ, Đan Mạch, Pháp, Đức, Hy Lạp, Ai-len, I-ta-li-a, Lúc-xăm-bua, Hà Lan, Bồ Đào Nha, Tây Ban Nha và Anh ký tại thành phố Maastricht (Hà Lan) ngày 7/2/1992, có hiệu lực từ ngày 1/11/1993. Hiệp ước chính thức khai sinh Liên minh châu Âu (EU).",
        ),
        ("heading", "Nội dung chính", 1),
        (
            "paragraph",
            "Hiệp ước xây dựng EU trên ba trụ cột: các Cộng đồng châu Âu, chính sách đối ngoại và an ninh chung, hợp tác về tư pháp và nội vụ; đồng thời đặt lộ trình thành lập Liên minh kinh tế và tiền tệ với đồng tiền chung, sau này là đồng euro. Vương quốc Anh được miễn tham gia giai đoạn cuối của liên minh tiền tệ.",
        ),
        ("heading", "Phê chuẩn", 1),
        (
            "paragraph",
            "Ngày 2/6/1992, cử tri Đan Mạch bác bỏ Hiệp ước trong cuộc trưng cầu ý dân với tỷ lệ sít sao. Chỉ sau khi nước này được miễn trừ một số điều khoản tại Hội nghị thượng đỉnh Edinburgh tháng 12/1992, cuộc trưng cầu ý dân lần thứ hai ngày 18/5/1993 mới thông qua Hiệp ước. Tại Pháp, Hiệp ước được chấp thuận trong cuộc trưng cầu ý dân ngày 20/9/1992 với khoảng 51% phiếu thuận.",
        ),
        ("heading", "Sửa đổi và quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Hiệp ước Maastricht về sau được sửa đổi bởi các Hiệp ước Amsterdam (1997), Nice (2001) và Lisbon; Hiệp ước Lisbon được ký ngày 13/12/2007 và có hiệu lực từ ngày 1/12/2009. Việt Nam thiết lập quan hệ ngoại giao với Cộng đồng châu Âu năm 1990, trước khi Hiệp ước ra đời, và ký Hiệp định khung về hợp tác với EC năm 1995.",
        ),
    ],
}

DOCS = [SSA_EU, SSB_CAMAU, SSC_FPA, SSD_PLAN, SSE_MAASTRICHT]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 46 columns, labels at 70, body at 68)."""
    return headed_journal(doc, title=46, label=70, body=68)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: one paragraph a line, every line followed by an empty line
    (issuer, number, place-date, title, sections, items); the signature at the end."""
    return word_text(doc, None, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "22:10",
        [("/chinh-tri", "Chính trị"), ("/the-gioi", "Thế giới"), ("/chau-au", "Châu Âu")],
        [("/tag/eu", "EU"), ("/tag/fpa", "FPA"), ("/tag/hop-tac-quoc-phong", "Hợp tác quốc phòng")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Cục Gìn giữ hòa bình Việt Nam;",
            "- Lưu: VT, ĐN.",
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
        prefix="ss",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
