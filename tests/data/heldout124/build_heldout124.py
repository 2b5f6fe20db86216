"""Build the hundred-and-twenty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout124/build_heldout124.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use as their main topic (Vietnam's ASEAN chair year 2010 and the first steps of
the ASEAN Charter, the Vietnam Women's Union's external work in 2010 with the launch of the ACWC, the
inauguration of the ASEAN Intergovernmental Commission on Human Rights at Cha-am Hua Hin on 23/10/2009, a
(fictitious) Ministry of Labour, Invalids and Social Affairs plan for ASEAN cooperation on the rights of
women and children in 2013, an encyclopedia entry on the ASEAN Charter). Nothing in src/ was changed for
them. Facts are well-established; authors, journal, page numbers, document numbers, the report's local
items and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events,
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

SZA_CHAIR2010 = {
    "id": "sza",
    "shape": "journal",
    "header": "TẠP CHÍ HỢP TÁC KHU VỰC CHÂU Á – Số 5 (2012)",
    "first_page": 47,
    "break_after": 10,
    "blocks": [
        ("title", "NĂM CHỦ TỊCH ASEAN 2010 VÀ BƯỚC ĐẦU THỰC THI HIẾN CHƯƠNG ASEAN"),
        ("author", "Hoàng Thị Minh Ngọc"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại chặng đường của Việt Nam từ Hội nghị Cấp cao Hà Nội năm 1998 đến năm Chủ tịch"
            " ASEAN 2010, khi Hiệp hội bước đầu vận hành theo Hiến chương.",
            "vi",
        ),
        ("keywords", "ASEAN; Hiến chương ASEAN; Chủ tịch ASEAN 2010; AICHR", "vi"),
        ("heading", "1. Từ Hội nghị Cấp cao Hà Nội đến Hiến chương", 1),
        (
            "paragraph",
            "Gia nhập ASEAN ngày 28/7/1995, chỉ ba năm sau nước ta đã đăng cai Hội nghị Cấp cao ASEAN lần thứ 6"
            " vào tháng 12/1998 tại Hà Nội, sự kiện được coi là dấu mốc trưởng thành của Việt Nam trong Hiệp hội"
            " (Trần Văn Bình, 2005, tr. 41). Gần một thập kỷ sau, ngày 20/11/2007 tại Xin-ga-po, lãnh đạo mười"
            " nước thành viên ký Hiến chương ASEAN, văn kiện lần đầu tiên trao cho Hiệp hội tư cách pháp nhân."
            " Việt Nam phê chuẩn Hiến chương ngay trong năm 2008; văn kiện chính thức có hiệu lực từ ngày"
            " 15/12/2008, sau khi cả mười nước hoàn tất thủ tục phê chuẩn.",
        ),
        ("heading", "2. Một năm Chủ tịch nhiều dấu ấn", 1),
        (
            "paragraph",
            "Tiếp nhận vai trò Chủ tịch từ Thái Lan, Việt Nam điều hành Hiệp hội trong năm 2010 với chủ đề"
            " “Hướng tới Cộng đồng ASEAN: từ Tầm nhìn tới Hành động”. Đại diện của nước ta đồng thời đảm nhiệm"
            " cương vị Chủ tịch Ủy ban liên chính phủ ASEAN về nhân quyền (AICHR), cơ quan mới được ra mắt tháng"
            " 10/2009 theo Điều 14 của Hiến chương (Lê Thị Thu Hằng, 2011). Tại Hội nghị Cấp cao lần thứ 17 họp"
            " ở Hà Nội cuối tháng 10/2010, các nhà lãnh đạo thông qua Kế hoạch tổng thể về Kết nối ASEAN. Hoa Kỳ"
            " và Nga, theo quyết định được đưa ra tại Hà Nội, chính thức tham gia Hội nghị Cấp cao Đông Á từ năm"
            " 2011.",
        ),
        ("heading", "3. Những việc còn dang dở", 1),
        (
            "paragraph",
            "Năm 2011, vai trò Chủ tịch được chuyển giao cho In-đô-nê-xi-a. Nhiều ý kiến cho rằng năm Chủ tịch"
            " 2010 đã góp phần “đưa Hiến chương từ trang giấy vào đời sống hằng ngày của Hiệp hội” (Đặng Minh"
            " Khôi, 2012, tr. 93). Tuy vậy, không ít việc vẫn dang dở: Đông Ti-mo đã nộp đơn xin gia nhập từ năm"
            " 2011 nhưng đến nay vẫn chưa được kết nạp.",
        ),
    ],
}

SZB_WOMEN = {
    "id": "szb",
    "shape": "word",
    "head": [
        "TRUNG ƯƠNG HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
        "BAN QUAN HỆ QUỐC TẾ",
        "Số: 87/BC-BQT",
        "Hà Nội, ngày 22 tháng 12 năm 2010",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại nhân dân năm 2010 và phương hướng năm 2011"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại nhân dân năm 2010 và phương hướng năm 2011"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2010", 1),
        (
            "list_item",
            "1. Phối hợp với Bộ Lao động – Thương binh và Xã hội và Bộ Ngoại giao tổ chức Lễ ra mắt Ủy ban ASEAN"
            " về thúc đẩy và bảo vệ quyền của phụ nữ và trẻ em (ACWC) tại Hà Nội ngày 7/4/2010, một trong những"
            " hoạt động nổi bật của năm Việt Nam làm Chủ tịch ASEAN.",
        ),
        (
            "list_item",
            "2. Tháng 5, đoàn Hội Liên hiệp Phụ nữ Lào do Chủ tịch Hội dẫn đầu sang thăm và làm việc tại Việt Nam;"
            " hai bên đã ký Biên bản thỏa thuận hợp tác giai đoạn 2010 – 2015, tập trung vào đào tạo cán bộ Hội ở"
            " các tỉnh biên giới.",
        ),
        (
            "list_item",
            "3. Dự án phòng, chống bạo lực gia đình tại Phú Thọ và Bến Tre, do Quỹ Dân số Liên hợp quốc (UNFPA)"
            " tài trợ 120.000 USD, được triển khai đúng tiến độ.",
        ),
        (
            "list_item",
            "4. Tháng 9, đoàn cán bộ Ban sang Hàn Quốc trao đổi kinh nghiệm hỗ trợ phụ nữ kết hôn với người nước"
            " ngoài và làm việc với Bộ Bình đẳng giới và Gia đình nước này.",
        ),
        (
            "list_item",
            "5. Đề xuất ký thỏa thuận hợp tác với Hội Phụ nữ Cam-pu-chia vì Hòa bình và Phát triển chưa thực hiện"
            " được do phía bạn chưa thống nhất nội dung.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2011", 1),
        (
            "list_item",
            "1. Tham gia các hoạt động của ACWC và các diễn đàn phụ nữ ASEAN do In-đô-nê-xi-a, nước Chủ tịch ASEAN"
            " năm sau, tổ chức.",
        ),
        (
            "list_item",
            "2. Trong quý II, cử đoàn lãnh đạo Hội sang thăm Lào, kiểm điểm việc thực hiện thỏa thuận hợp tác đã"
            " ký.",
        ),
        (
            "list_item",
            "3. Phối hợp với UNFPA xây dựng giai đoạn hai của dự án, mở rộng sang hai tỉnh miền núi phía Bắc.",
        ),
    ],
}

SZC_AICHR = {
    "id": "szc",
    "shape": "news",
    "date": "2009-10-23",
    "stamp": "Thứ Sáu, 23/10/2009 - 18:40",
    "blocks": [
        ("title", "ASEAN ra mắt Ủy ban liên chính phủ về nhân quyền"),
        (
            "paragraph",
            "Cha-am (TTXVN) – Ngày 23/10, trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 15 tại khu nghỉ mát"
            " Cha-am – Hua Hin (Thái Lan), lãnh đạo mười nước thành viên đã chính thức ra mắt Ủy ban liên chính"
            " phủ ASEAN về nhân quyền (AICHR), cơ quan nhân quyền đầu tiên của Hiệp hội.",
        ),
        ("heading", "Thực hiện Điều 14 của Hiến chương", 1),
        (
            "paragraph",
            "Tại lễ ra mắt, các nhà lãnh đạo đã thông qua Tuyên bố Cha-am – Hua Hin về việc khánh thành AICHR."
            " Điều khoản tham chiếu của Ủy ban đã được các Bộ trưởng Ngoại giao ASEAN thông qua tại hội nghị ở"
            " Phu-kẹt hồi tháng 7. Theo văn kiện này, AICHR gồm mười đại diện do các nước thành viên bổ nhiệm,"
            " nhiệm kỳ ba năm, và ra quyết định trên cơ sở tham vấn, đồng thuận. Các nước thành viên cũng cam kết"
            " đóng góp 200.000 USD làm quỹ khởi động cho hoạt động của Ủy ban trong năm đầu.",
        ),
        ("heading", "Việt Nam sẵn sàng nhận trọng trách", 1),
        (
            "paragraph",
            "Thủ tướng Nguyễn Tấn Dũng dẫn đầu đoàn Việt Nam dự Hội nghị. Phát biểu tại phiên họp, Thủ tướng hoan"
            " nghênh việc thành lập AICHR, coi đây là bước tiến quan trọng trong tiến trình xây dựng Cộng đồng"
            " ASEAN. Theo chương trình, tại lễ bế mạc ngày 25/10, Thái Lan sẽ chuyển giao vai trò Chủ tịch ASEAN"
            " năm 2010 cho Việt Nam.",
        ),
        (
            "paragraph",
            "Tuy vậy, một số tổ chức xã hội dân sự trong khu vực bày tỏ thất vọng vì Ủy ban không có thẩm quyền"
            " điều tra hay xử lý các vụ vi phạm. Hội nghị năm nay cũng được bảo vệ nghiêm ngặt, sau khi các hội"
            " nghị ASEAN+3 và Cấp cao Đông Á tại Pattaya hồi tháng 4 phải hủy bỏ vì người biểu tình tràn vào nơi"
            " họp.",
        ),
    ],
}

SZD_PLAN = {
    "id": "szd",
    "shape": "plan",
    "head": [
        f"{'BỘ LAO ĐỘNG – THƯƠNG BINH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VÀ XÃ HỘI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-LĐTBXH':<40}Hà Nội, ngày 14 tháng 01 năm 2013",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác ASEAN về thúc đẩy và bảo vệ quyền",
        "của phụ nữ và trẻ em năm 2013",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác ASEAN về thúc đẩy và bảo vệ quyền của phụ nữ và trẻ em năm 2013",
        ),
        (
            "paragraph",
            "Căn cứ Tuyên bố Nhân quyền ASEAN, được lãnh đạo các nước thành viên thông qua tại Phnôm Pênh ngày"
            " 18/11/2012, và Kế hoạch công tác giai đoạn 2012 – 2016 của Ủy ban ASEAN về thúc đẩy và bảo vệ quyền"
            " của phụ nữ và trẻ em (ACWC), Bộ Lao động – Thương binh và Xã hội xây dựng Kế hoạch hợp tác năm 2013"
            " như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2012", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã phối hợp với Quỹ Nhi đồng Liên hợp quốc (UNICEF) tổ chức tại Hà Nội hội thảo khu vực"
            " về phòng, chống xâm hại trẻ em, với sự tham gia của đại biểu mười nước ASEAN; UNICEF hỗ trợ 85.000"
            " USD cho hoạt động này. Tuy nhiên, Bộ vẫn chưa ký được văn kiện hợp tác song phương nào với cơ quan"
            " tương ứng của các nước thành viên.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2013", 1),
        (
            "list_item",
            "1. Cử đại diện Việt Nam tại ACWC tham dự các phiên họp thường kỳ của Ủy ban tại Bru-nây, nước Chủ"
            " tịch ASEAN năm nay.",
        ),
        (
            "list_item",
            "2. Tháng 6, đón đoàn Bộ Phúc lợi xã hội và Phát triển Phi-líp-pin sang trao đổi kinh nghiệm về mô"
            " hình trợ giúp trẻ em bị xâm hại.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao góp ý dự thảo Tuyên bố ASEAN về xóa bỏ bạo lực đối với phụ nữ và trẻ"
            " em, dự kiến trình Hội nghị Cấp cao ASEAN lần thứ 23 thông qua vào tháng 10.",
        ),
        (
            "list_item",
            "4. Đề nghị UNICEF tiếp tục hỗ trợ kỹ thuật cho việc xây dựng hệ thống dữ liệu về bảo vệ trẻ em.",
        ),
        (
            "list_item",
            "5. Không cử đoàn khảo sát sang Nhật Bản trong năm 2013 như dự kiến trước đây; nội dung này được"
            " chuyển sang năm 2014.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với Cục Bảo vệ, chăm sóc trẻ em theo dõi, đôn đốc việc thực"
            " hiện Kế hoạch này.",
        ),
    ],
}

SZE_CHARTER = {
    "id": "sze",
    "shape": "entry",
    "blocks": [
        ("title", "Hiến chương ASEAN"),
        (
            "paragraph",
            "Hiến chương ASEAN là văn kiện pháp lý nền tảng của Hiệp hội các quốc gia Đông Nam Á (ASEAN), quy"
            " định mục tiêu, nguyên tắc, tư cách pháp nhân và cơ cấu tổ chức của Hiệp hội. Văn kiện gồm lời nói"
            " đầu, 13 chương và 55 điều, được lãnh đạo mười nước thành viên ký tại Xin-ga-po ngày 20/11/2007, nhân"
            " Hội nghị Cấp cao ASEAN lần thứ 13 và dịp kỷ niệm 40 năm thành lập Hiệp hội.",
        ),
        ("heading", "Quá trình soạn thảo", 1),
        (
            "paragraph",
            "Việc xây dựng Hiến chương được quyết định tại Hội nghị Cấp cao lần thứ 11 ở Cu-a-la Lăm-pơ, khi lãnh"
            " đạo các nước ký Tuyên bố Kuala Lumpur về xây dựng Hiến chương ASEAN ngày 12/12/2005. Nhóm Những"
            " người nổi tiếng (EPG) gồm mười thành viên, trong đó có nguyên Phó Thủ tướng Nguyễn Mạnh Cầm, đưa ra"
            " các khuyến nghị; trên cơ sở đó, Nhóm Đặc trách cấp cao (HLTF) soạn thảo văn kiện.",
        ),
        ("heading", "Phê chuẩn và hiệu lực", 1),
        (
            "paragraph",
            "Xin-ga-po là nước đầu tiên nộp văn kiện phê chuẩn, ngày 7/1/2008; Việt Nam nộp văn kiện phê chuẩn"
            " tháng 3/2008, còn Thái Lan là nước cuối cùng. Hiến chương có hiệu lực từ ngày 15/12/2008. Cùng"
            " ngày, các Bộ trưởng Ngoại giao ASEAN họp tại trụ sở Ban Thư ký ở Gia-các-ta để đánh dấu sự kiện này.",
        ),
        ("heading", "Nội dung chính", 1),
        (
            "paragraph",
            "Hiến chương quy định Hội nghị Cấp cao ASEAN họp hai lần mỗi năm, vai trò Chủ tịch ASEAN luân phiên"
            " hằng năm theo thứ tự chữ cái tên tiếng Anh của các nước, và lập Ủy ban các Đại diện thường trực tại"
            " Gia-các-ta. Điều 14 là cơ sở để ra đời Ủy ban liên chính phủ ASEAN về nhân quyền (AICHR) năm 2009."
            " Hiến chương không có điều khoản về việc đình chỉ hay khai trừ thành viên.",
        ),
        ("heading", "Thành viên mới", 1),
        (
            "paragraph",
            "Ngày 26/10/2025, tại Hội nghị Cấp cao lần thứ 47 ở Cu-a-la Lăm-pơ, Đông Ti-mo được kết nạp, trở thành"
            " thành viên thứ 11 của ASEAN và là nước đầu tiên gia nhập Hiệp hội kể từ khi Hiến chương có hiệu lực.",
        ),
    ],
}

DOCS = [SZA_CHAIR2010, SZB_WOMEN, SZC_AICHR, SZD_PLAN, SZE_CHARTER]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["TRƯỞNG BAN", "(Đã ký)", "Nguyễn Thị Thu Trang"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h2> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "18:40",
        [("/the-gioi", "Thế giới"), ("/asean", "ASEAN")],
        [("/tag/asean", "ASEAN"), ("/tag/aichr", "AICHR"), ("/tag/nhan-quyen", "Nhân quyền")],
        heading='<h2 class="subtitle">{}</h2>',
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
        prefix="sz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
