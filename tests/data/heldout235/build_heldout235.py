"""Build the two hundred thirty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout235/build_heldout235.py [--check]

Five short documents on the Provisional Revolutionary Government's diplomacy and the Paris conferences of
1969 – 1973 (a journal article on the PRG's multilateral diplomacy, the Vietnam Peace Committee's report on
2024, a news page on the signing of the Act of the International Conference on Vietnam, Paris, 2/3/1973, a
(fictitious) National Museum of History plan for an exhibition in France in 2026) and, in place of the
encyclopedia entry, a new shape: the official biography ("Tiểu sử") of Nguyễn Thị Bình, with dated career
lines and a paragraph on her foreign-affairs activities. Facts are well-established; authors, journal, page
numbers, document numbers, the report's and the plan's items and all quoted words are invented. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    headed_journal,
    news_page,
    plan_text,
    word_text,
    wrap,
)

DZA_JOURNAL = {
    "id": "dza",
    "shape": "journal",
    "header": "TẠP CHÍ LỊCH SỬ NGOẠI GIAO – Số 1 (2024)",
    "first_page": 24,
    "break_after": 9,
    "blocks": [
        ("title", "NGOẠI GIAO ĐA PHƯƠNG CỦA CHÍNH PHỦ CÁCH MẠNG LÂM THỜI CỘNG HÒA MIỀN NAM VIỆT NAM"),
        ("author", "Lưu Văn Thịnh"),
        ("affiliation", "Khoa Lịch sử, Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích hoạt động của Chính phủ Cách mạng lâm thời tại Hội nghị Paris và Hội nghị quốc tế về Việt Nam năm 1973.",
            "vi",
        ),
        ("keywords", "Chính phủ Cách mạng lâm thời; Hội nghị Paris; Định ước; ngoại giao đa phương", "vi"),
        ("heading", "1. Một chính phủ được quốc tế thừa nhận", 1),
        (
            "paragraph",
            "Ra đời ngày 6/6/1969, Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam nhanh chóng được các nước xã hội chủ nghĩa và nhiều nước mới giành độc lập ở châu Á, châu Phi công nhận (Mai Xuân Lộc, 2009, tr. 118). Ngay sau đó, phái đoàn của Mặt trận Dân tộc Giải phóng tại Paris chuyển thành phái đoàn của Chính phủ Cách mạng lâm thời, do Bộ trưởng Ngoại giao Nguyễn Thị Bình dẫn đầu.",
        ),
        ("heading", "2. Từ bàn đàm phán bốn bên đến Hội nghị quốc tế", 1),
        (
            "paragraph",
            "Hội nghị bốn bên khai mạc ngày 25/1/1969 tại Trung tâm Hội nghị quốc tế Kléber. Sau 202 phiên họp công khai và 24 đợt gặp riêng, Hiệp định về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam được ký ngày 27/1/1973. Từ ngày 26/2 đến ngày 2/3/1973, Hội nghị quốc tế về Việt Nam họp tại Paris với 12 bên tham gia, có sự chứng kiến của Tổng Thư ký Liên hợp quốc Kurt Waldheim (Hà Thị Minh Nguyệt, 2013). Định ước được ký tại hội nghị đã công nhận và bảo đảm hiệu lực của Hiệp định.",
        ),
        ("heading", "3. Bài học", 1),
        (
            "paragraph",
            "Ủy ban Quốc tế Kiểm soát và Giám sát, gồm Ca-na-đa, Hung-ga-ri, In-đô-nê-xi-a và Ba Lan, sớm gặp khó khăn; tháng 7/1973, Ca-na-đa rút khỏi Ủy ban và I-ran được cử thay thế. Như một nhà nghiên cứu nhận xét, “chữ ký của các cường quốc không tự nó bảo đảm hòa bình” (Cao Thế Dũng, 2021, tr. 75). Kinh nghiệm đó cho thấy ta cần kết hợp chặt chẽ đấu tranh trên bàn đàm phán với việc tranh thủ sự ủng hộ của bạn bè quốc tế.",
        ),
    ],
}

DZB_REPORT = {
    "id": "dzb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "ỦY BAN HÒA BÌNH VIỆT NAM",
        "Số: 31/BC-UBHB",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác đối ngoại nhân dân năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại nhân dân năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Ngày 27/1/2024, Ủy ban phối hợp tổ chức buổi gặp mặt kỷ niệm 51 năm ký Hiệp định Paris, có đại diện Đại sứ quán Pháp và nhiều tổ chức hòa bình quốc tế tham dự.",
        ),
        (
            "list_item",
            "2. Tháng 4/2024, đoàn Ủy ban dự cuộc họp Ban Chấp hành Hội đồng Hòa bình thế giới (WPC) và trao đổi với các tổ chức thành viên khu vực châu Á – Thái Bình Dương.",
        ),
        (
            "list_item",
            "3. Tháng 8/2024, Ủy ban đón đoàn Hội đồng Hòa bình Nhật Bản sang dự các hoạt động ủng hộ nạn nhân chất độc da cam tại Đồng Nai và Tây Ninh.",
        ),
        (
            "list_item",
            "4. Cuối tháng 10/2024, Ủy ban ra tuyên bố hoan nghênh nghị quyết của Đại hội đồng Liên hợp quốc kêu gọi Hoa Kỳ chấm dứt cấm vận đối với Cu-ba.",
        ),
        (
            "list_item",
            "5. Đề xuất đăng cai cuộc họp khu vực của WPC tại Hà Nội chưa được Ban Thư ký Hội đồng chấp thuận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 1 năm sau, đón đoàn Phong trào Hòa bình Pháp sang dự kỷ niệm 52 năm ký Hiệp định Paris.",
        ),
        (
            "list_item",
            "2. Mời bạn bè quốc tế tham dự các hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.",
        ),
        (
            "list_item",
            "3. Tiếp tục phối hợp với các tổ chức hòa bình ở Hoa Kỳ vận động hỗ trợ nạn nhân chất độc da cam.",
        ),
    ],
}

DZC_NEWS = {
    "id": "dzc",
    "shape": "news",
    "date": "1973-03-03",
    "stamp": "Thứ Bảy, 03/03/1973",
    "blocks": [
        ("title", "Hội nghị quốc tế về Việt Nam bế mạc, 12 bên ký Định ước"),
        (
            "paragraph",
            "Pa-ri (TTXVN) – Ngày 2/3, tại Trung tâm Hội nghị quốc tế Kléber, đại diện 12 bên tham dự Hội nghị quốc tế về Việt Nam đã ký Định ước của Hội nghị, công nhận và bảo đảm Hiệp định về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam ký ngày 27/1.",
        ),
        ("heading", "Các bên tham gia", 1),
        (
            "paragraph",
            "Ký Định ước có Bộ trưởng Ngoại giao Nguyễn Duy Trinh thay mặt Việt Nam Dân chủ Cộng hòa, Bộ trưởng Ngoại giao Nguyễn Thị Bình thay mặt Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam, cùng ngoại trưởng Hoa Kỳ, Việt Nam Cộng hòa, Liên Xô, Trung Quốc, Anh, Pháp và bốn nước thành viên Ủy ban Quốc tế Kiểm soát và Giám sát là Ca-na-đa, Hung-ga-ri, In-đô-nê-xi-a, Ba Lan.",
        ),
        (
            "paragraph",
            "Hội nghị khai mạc ngày 26/2 với sự có mặt của Tổng Thư ký Liên hợp quốc Kurt Waldheim. Nhiều trưởng đoàn, trong đó có Bộ trưởng Ngoại giao Liên Xô A. Grô-mư-cô, bày tỏ ủng hộ việc thi hành nghiêm chỉnh Hiệp định. Trong diễn văn bế mạc, Bộ trưởng Nguyễn Duy Trinh nhấn mạnh rằng Định ước là “sự thừa nhận của cộng đồng quốc tế đối với các quyền dân tộc cơ bản của nhân dân Việt Nam”.",
        ),
        ("heading", "Cam kết không can thiệp", 1),
        (
            "paragraph",
            "Theo Định ước, các bên cam kết tôn trọng các quyền dân tộc cơ bản của nhân dân Việt Nam và không có hành động nào trái với Hiệp định. Nếu Hiệp định bị vi phạm, các bên sẽ tham khảo ý kiến với nhau để có biện pháp cần thiết.",
        ),
    ],
}

DZD_PLAN = {
    "id": "dzd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'BẢO TÀNG LỊCH SỬ QUỐC GIA':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 05/KH-BTLSQG':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tổ chức trưng bày chuyên đề “Hội nghị Paris – con đường đến hòa bình”",
        "tại Cộng hòa Pháp năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tổ chức trưng bày chuyên đề “Hội nghị Paris – con đường đến hòa bình” tại Cộng hòa Pháp năm 2026",
        ),
        (
            "paragraph",
            "Nhằm giới thiệu với công chúng Pháp và quốc tế những tư liệu, hiện vật về Hội nghị Paris (1968 – 1973), Bảo tàng Lịch sử quốc gia xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, Đại sứ Pháp tại Việt Nam đã đến thăm Bảo tàng và đề nghị hai bên phối hợp tổ chức trưng bày tại Pháp. Phía Pháp đã giới thiệu Trung tâm Lưu trữ ngoại giao ở La Courneuve làm đối tác, song hai bên chưa thống nhất được danh mục tư liệu.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, cử đoàn cán bộ sang Paris làm việc với Trung tâm Lưu trữ ngoại giao và khảo sát địa điểm trưng bày.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận phối hợp trưng bày với phía Pháp, dự kiến vào tháng 6.",
        ),
        (
            "list_item",
            "3. Phối hợp với Phái đoàn thường trực Việt Nam tại UNESCO tổ chức một buổi giới thiệu triển lãm tại trụ sở UNESCO.",
        ),
        (
            "list_item",
            "4. Không đưa hiện vật gốc ra nước ngoài; chỉ trưng bày bản sao và ảnh tư liệu.",
        ),
        (
            "list_item",
            "5. Chưa mở rộng trưng bày sang Hoa Kỳ trong năm 2026.",
        ),
        (
            "list_item",
            "6. Đề nghị Đại sứ quán Pháp tại Hà Nội hỗ trợ thủ tục cấp thị thực cho đoàn công tác và vận chuyển tư liệu.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch, định kỳ báo cáo Bộ Văn hóa, Thể thao và Du lịch. Kinh phí thực hiện được bố trí từ ngân sách sự nghiệp năm 2026 của Bảo tàng và các nguồn tài trợ hợp pháp khác.",
        ),
    ],
}

DZE_BIOGRAPHY = {
    "id": "dze",
    "shape": "biography",
    "blocks": [
        ("title", "TIỂU SỬ BÀ NGUYỄN THỊ BÌNH"),
        ("paragraph", "Nguyên Phó Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("list_item", "Ngày sinh: 26/5/1927"),
        ("list_item", "Nơi sinh: Sa Đéc (nay thuộc tỉnh Đồng Tháp)"),
        ("list_item", "Quê quán: huyện Điện Bàn, tỉnh Quảng Nam"),
        ("heading", "TÓM TẮT QUÁ TRÌNH CÔNG TÁC", 1),
        (
            "list_item",
            "1945 – 1951: Tham gia phong trào học sinh, sinh viên và phụ nữ yêu nước ở Sài Gòn; năm 1948 được kết nạp vào Đảng.",
        ),
        ("list_item", "1951 – 1953: Bị thực dân Pháp bắt, giam tại khám Chí Hòa."),
        (
            "list_item",
            "11/1968 – 6/1969: Trưởng đoàn Mặt trận Dân tộc Giải phóng miền Nam Việt Nam tại Hội nghị Paris về Việt Nam.",
        ),
        (
            "list_item",
            "6/1969 – 1976: Bộ trưởng Bộ Ngoại giao Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam, Trưởng đoàn đàm phán tại Hội nghị Paris.",
        ),
        ("list_item", "1976 – 1987: Bộ trưởng Bộ Giáo dục."),
        ("list_item", "1992 – 2002: Phó Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam (hai nhiệm kỳ)."),
        ("list_item", "Sau khi nghỉ hưu: Chủ tịch Quỹ Hòa bình và Phát triển Việt Nam."),
        ("heading", "HOẠT ĐỘNG ĐỐI NGOẠI", 1),
        (
            "paragraph",
            "Tháng 11/1968, bà sang Paris dẫn đầu phái đoàn Mặt trận và tham dự phiên họp đầu tiên của Hội nghị bốn bên ngày 25/1/1969. Trong những năm đàm phán, bà đi nhiều nước ở châu Âu, châu Á, châu Phi và Mỹ Latinh vận động sự ủng hộ đối với cuộc đấu tranh của nhân dân Việt Nam. Ngày 27/1/1973, bà thay mặt Chính phủ Cách mạng lâm thời ký Hiệp định Paris và là người phụ nữ duy nhất đặt bút ký văn kiện này; ngày 2/3/1973, bà cùng đại diện 11 bên khác ký Định ước của Hội nghị quốc tế về Việt Nam. Trên cương vị Phó Chủ tịch nước, bà tiếp nhiều đoàn khách quốc tế, thăm chính thức nhiều nước và góp phần thúc đẩy quan hệ với các nước châu Phi, Mỹ Latinh. Bà cũng tích cực vận động cộng đồng quốc tế giúp đỡ nạn nhân chất độc da cam.",
        ),
    ],
}

DOCS = [DZA_JOURNAL, DZB_REPORT, DZC_NEWS, DZD_PLAN, DZE_BIOGRAPHY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush right."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 72 columns, a blank line after every line."""
    return word_text(doc, 72, ["TM. ỦY BAN HÒA BÌNH VIỆT NAM", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page (an archive article) by the agency's detail template (heldout_kit.news_page)."""
    return news_page(
        doc,
        "Tư liệu",
        "08:00",
        [("/tu-lieu", "Tư liệu"), ("/the-gioi", "Thế giới")],
        [("/tag/hiep-dinh-paris", "Hiệp định Paris"), ("/tag/dinh-uoc", "Định ước")],
    )


def render_plan(doc: dict) -> str:
    """A plan: the two-column issuer/motto block, the centred title, "Nơi nhận" beside the signature."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ VHTTDL (để báo cáo);", "- Lưu: VT, HTQT."],
        ["GIÁM ĐỐC", "", "(đã ký)"],
    )


def render_biography(doc: dict) -> str:
    """An official biography ("Tiểu sử") as copied from a government portal: "TIỂU SỬ" and the name centred on
    two lines, the former office under them, the personal data lines, then the career headed "TÓM TẮT QUÁ TRÌNH
    CÔNG TÁC" with one dated line a bullet ("- "), a blank line, and the foreign-affairs heading and paragraph
    wrapped at 80 columns."""
    blocks = doc["blocks"]
    out = [
        f"{'TIỂU SỬ':^80}".rstrip(),
        f"{'BÀ NGUYỄN THỊ BÌNH':^80}".rstrip(),
        f"{blocks[1][1]:^80}".rstrip(),
        "",
    ]
    in_career = False
    for b in blocks[2:]:
        if b[0] == "heading":
            out += ["", b[1]] if in_career or out[-1] else [b[1]]
            in_career = True
        elif b[0] == "list_item":
            out.append(("- " if in_career else "") + b[1])
        else:
            out += [*wrap(b[1], 80)]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "biography": render_biography,
        },
        prefix="dz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
