"""Build the 166th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout166/build_heldout166.py [--check]

Five short documents on Vietnam and the multilateral trading system: Vietnam's eleven-year road to the WTO
(1995 – 2007), the (invented) year-end report of the Ministry of Industry and Trade's Multilateral Trade Policy
Department for 2024, the WTO General Council's approval of Vietnam's accession (Geneva, 7/11/2006), a
(fictitious) ministry plan for the WTO's 14th Ministerial Conference in 2026 and an encyclopedia entry on the
GATT. Facts are well-established; authors, journal, page numbers, document numbers, quoted words and the
report's and plan's items are invented. Events, citations and questions gold are written by hand; ``--check``
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

LWA_WTO = {
    "id": "lwa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU THƯƠNG MẠI QUỐC TẾ – Số 4 (2025)",
    "first_page": 37,
    "break_after": 14,
    "blocks": [
        ("title", "HÀNH TRÌNH MƯỜI MỘT NĂM GIA NHẬP TỔ CHỨC THƯƠNG MẠI THẾ GIỚI CỦA VIỆT NAM"),
        ("author", "Nguyễn Thị Thanh Bình"),
        ("affiliation", "Khoa Kinh tế quốc tế, Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết điểm lại các mốc chính trong quá trình đàm phán gia nhập WTO của Việt Nam (1995 – 2006) và rút ra một số bài học cho hội nhập kinh tế quốc tế hiện nay.",
            "vi",
        ),
        ("keywords", "WTO; gia nhập; đàm phán song phương; Hiệp định Thương mại Việt Nam – Hoa Kỳ", "vi"),
        ("heading", "1. Khởi động từ năm 1995", 1),
        (
            "paragraph",
            "Tháng 1/1995, chỉ vài ngày sau khi Tổ chức Thương mại Thế giới (WTO) ra đời, Việt Nam chính thức nộp đơn xin gia nhập tổ chức này. Cuối tháng đó, Đại hội đồng WTO thành lập Ban Công tác về việc Việt Nam gia nhập. Cũng trong năm 1995, nước ta trở thành thành viên thứ bảy của ASEAN (ngày 28/7) và bình thường hóa quan hệ với Hoa Kỳ. Những năm đầu chủ yếu dành cho việc minh bạch hóa chính sách: phía Việt Nam phải trả lời hàng nghìn câu hỏi của các thành viên Ban Công tác về cơ chế thương mại của mình (Phan Đức Long, 2008, tr. 41).",
        ),
        ("heading", "2. Đàm phán song phương và Hiệp định với Hoa Kỳ", 1),
        (
            "paragraph",
            "Hiệp định Thương mại song phương Việt Nam – Hoa Kỳ (BTA), ký ngày 13/7/2000 tại Oa-sinh-tơn và có hiệu lực từ ngày 10/12/2001, được giới nghiên cứu coi là “bước tập dượt cho việc gia nhập WTO” (Trần Quốc Khánh, 2011, tr. 58). Song song với các phiên họp đa phương, ta tiến hành đàm phán mở cửa thị trường với 28 đối tác. Tháng 10/2004, Việt Nam và Liên minh châu Âu ký thỏa thuận kết thúc đàm phán song phương; Hoa Kỳ là đối tác cuối cùng, với thỏa thuận được ký tại Thành phố Hồ Chí Minh ngày 31/5/2006.",
        ),
        ("heading", "3. Về đích", 1),
        (
            "paragraph",
            "Phiên họp cuối cùng của Ban Công tác ngày 26/10/2006 đã thông qua toàn bộ hồ sơ. Ngày 7/11/2006, tại Giơ-ne-vơ, Đại hội đồng WTO họp phiên đặc biệt thông qua việc kết nạp Việt Nam; Nghị định thư gia nhập được ký ngay sau đó. Quốc hội phê chuẩn Nghị định thư vào cuối tháng 11/2006, và từ ngày 11/1/2007 Việt Nam trở thành thành viên thứ 150 của WTO (Lê Thị Mai Anh, 2017). Tuy vậy, đến nay Hoa Kỳ và Liên minh châu Âu vẫn chưa công nhận Việt Nam có nền kinh tế thị trường.",
        ),
    ],
}

LWB_MOIT = {
    "id": "lwb",
    "shape": "word",
    "head": [
        "BỘ CÔNG THƯƠNG",
        "VỤ CHÍNH SÁCH THƯƠNG MẠI ĐA BIÊN",
        "Số: 97/BC-CSTMĐB",
        "Hà Nội, ngày 23 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác WTO năm 2024 và nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác WTO năm 2024 và nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Từ ngày 26/2 đến ngày 2/3/2024, đoàn Việt Nam do lãnh đạo Bộ dẫn đầu đã tham dự Hội nghị Bộ trưởng WTO lần thứ 13 (MC13) tại A-bu Đa-bi (Các Tiểu vương quốc Ả-rập Thống nhất); bên lề Hội nghị, đoàn đã gặp song phương với Ấn Độ, Ô-xtrây-li-a và Ca-na-đa.",
        ),
        (
            "list_item",
            "2. Tháng 6, Vụ tiếp đoàn chuyên gia của Ban Thư ký WTO sang Hà Nội và phối hợp tổ chức khóa tập huấn về thuận lợi hóa thương mại cho cán bộ các bộ, ngành, do Quỹ ủy thác toàn cầu của WTO tài trợ.",
        ),
        (
            "list_item",
            "3. Ngày 2/8/2024, Bộ Thương mại Hoa Kỳ quyết định tiếp tục coi Việt Nam là nền kinh tế phi thị trường; Bộ Công Thương đã bày tỏ sự thất vọng trước quyết định này.",
        ),
        (
            "list_item",
            "4. Năm nay, WTO kết nạp thêm hai thành viên là Cô-mo và Ti-mo Lét-xtê; Việt Nam đã ủng hộ tiến trình gia nhập của Ti-mo Lét-xtê ngay từ đầu.",
        ),
        (
            "list_item",
            "5. Đề xuất ký Bản ghi nhớ về đào tạo giữa Vụ và Viện Đào tạo và Hợp tác kỹ thuật của WTO chưa được phía WTO chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Chuẩn bị phương án tham gia Hội nghị Bộ trưởng WTO lần thứ 14 (MC14), sẽ do Ca-mơ-run đăng cai vào năm 2026.",
        ),
        (
            "list_item",
            "2. Tháng 3 năm sau, phối hợp với Bộ Ngoại giao và Phái đoàn thường trực tại Giơ-ne-vơ tiếp tục vận động Hoa Kỳ và Liên minh châu Âu sớm công nhận quy chế kinh tế thị trường của Việt Nam.",
        ),
        (
            "list_item",
            "3. Tham gia đàm phán về trợ cấp thủy sản và thương mại điện tử trong khuôn khổ WTO; phối hợp với các thành viên ASEAN trong các vấn đề nông nghiệp.",
        ),
    ],
}

LWC_GENEVA = {
    "id": "lwc",
    "shape": "news",
    "date": "2006-11-08",
    "stamp": "Thứ Tư, 08/11/2006 - 06:40",
    "blocks": [
        ("title", "WTO chính thức kết nạp Việt Nam"),
        (
            "paragraph",
            "Giơ-ne-vơ (TTXVN) – Chiều 7/11 (giờ địa phương), Đại hội đồng Tổ chức Thương mại Thế giới (WTO) đã họp phiên đặc biệt và nhất trí thông qua việc kết nạp Việt Nam làm thành viên thứ 150 của tổ chức này.",
        ),
        ("heading", "Lễ ký Nghị định thư", 1),
        (
            "paragraph",
            "Ngay sau phiên họp, Bộ trưởng Bộ Thương mại Trương Đình Tuyển và Tổng Giám đốc WTO Pascal Lamy đã ký Nghị định thư gia nhập của Việt Nam. Phát biểu tại buổi lễ, ông Lamy chúc mừng Việt Nam và đánh giá cao nỗ lực cải cách của nước này trong suốt hơn 11 năm đàm phán. Trước đó, ngày 26/10, phiên họp cuối cùng của Ban Công tác đã thông qua toàn bộ hồ sơ gia nhập.",
        ),
        (
            "paragraph",
            "Việt Nam nộp đơn gia nhập từ tháng 1/1995 và đã hoàn tất đàm phán song phương với 28 đối tác, trong đó Hoa Kỳ là đối tác cuối cùng ký thỏa thuận, vào ngày 31/5 vừa qua.",
        ),
        ("heading", "Chờ Quốc hội phê chuẩn", 1),
        (
            "paragraph",
            "Theo quy định, Việt Nam sẽ chính thức trở thành thành viên WTO 30 ngày sau khi Quốc hội phê chuẩn Nghị định thư và thông báo cho Ban Thư ký. Quốc hội dự kiến xem xét việc phê chuẩn ngay trong kỳ họp đang diễn ra tại Hà Nội.",
        ),
        (
            "paragraph",
            "Trong khi đó, Quốc hội Hoa Kỳ vẫn chưa thông qua việc dành cho Việt Nam quy chế Quan hệ thương mại bình thường vĩnh viễn (PNTR). Cũng trong tháng này, Hà Nội sẽ đăng cai Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ 14, diễn ra ngày 18 – 19/11.",
        ),
    ],
}

LWD_PLAN = {
    "id": "lwd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 52/KH-BCT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tham gia Hội nghị Bộ trưởng WTO lần thứ 14",
        "và các hoạt động trong khuôn khổ WTO năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tham gia Hội nghị Bộ trưởng WTO lần thứ 14 và các hoạt động trong khuôn khổ WTO năm 2026",
        ),
        (
            "paragraph",
            "Nhằm chuẩn bị chu đáo cho việc tham gia Hội nghị Bộ trưởng WTO lần thứ 14 (MC14), dự kiến tổ chức tại Y-a-un-đê (Ca-mơ-run) vào tháng 3/2026, và phát huy vai trò của Việt Nam sau gần hai mươi năm là thành viên WTO, Bộ Công Thương ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Tại MC13 ở A-bu Đa-bi năm 2024, các thành viên chưa đạt được đồng thuận về cải cách cơ chế giải quyết tranh chấp, và Cơ quan Phúc thẩm vẫn tê liệt từ cuối năm 2019. Năm ngoái, Bộ đã phối hợp với Ban Thư ký WTO tổ chức hai khóa đào tạo về phòng vệ thương mại tại Hà Nội.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Thành lập đoàn liên ngành do Bộ trưởng dẫn đầu tham dự MC14; bên lề Hội nghị, đoàn sẽ gặp song phương với nước chủ nhà Ca-mơ-run và một số thành viên châu Phi.",
        ),
        (
            "list_item",
            "2. Phối hợp với các thành viên ASEAN xây dựng lập trường chung về nông nghiệp và an ninh lương thực trước Hội nghị.",
        ),
        (
            "list_item",
            "3. Đề nghị Ban Thư ký WTO hỗ trợ kỹ thuật về thông báo trợ cấp nghề cá và thuận lợi hóa đầu tư.",
        ),
        (
            "list_item",
            "4. Chưa đề xuất đăng cai cuộc họp nào của WTO tại Việt Nam trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Chính sách thương mại đa biên là đầu mối theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

LWE_GATT = {
    "id": "lwe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định chung về Thuế quan và Thương mại (GATT)"),
        (
            "paragraph",
            "Hiệp định chung về Thuế quan và Thương mại (GATT) là hiệp định đa phương điều chỉnh thương mại hàng hóa, được 23 nước ký tại Giơ-ne-vơ ngày 30/10/1947 và được áp dụng tạm thời từ ngày 1/1/1948. GATT vốn chỉ là một phần của dự án lập Tổ chức Thương mại Quốc tế (ITO), nhưng Hiến chương La Ha-ba-na về ITO không bao giờ có hiệu lực vì Quốc hội Hoa Kỳ không phê chuẩn.",
        ),
        ("heading", "Các bên ký kết", 1),
        (
            "paragraph",
            "Trong số 23 bên ký kết ban đầu có Hoa Kỳ, Anh, Pháp, Trung Quốc, Ấn Độ, Miến Điện, Tích Lan (nay là Xri Lan-ca) và Cu-ba. Năm 1950, chính quyền Đài Loan tuyên bố rút khỏi Hiệp định. Số bên ký kết tăng dần qua các thập kỷ và đã vượt quá 120 vào đầu những năm 1990.",
        ),
        ("heading", "Các vòng đàm phán", 1),
        (
            "paragraph",
            "GATT tổ chức tám vòng đàm phán cắt giảm thuế quan, tiêu biểu là Vòng Ken-nơ-đi (1964 – 1967) và Vòng Tô-ky-ô (1973 – 1979). Vòng U-ru-goay, khởi động tại Pun-ta Đen Ét-xtê tháng 9/1986, kết thúc bằng Hiệp định Ma-rát-két được ký ngày 15/4/1994; theo hiệp định này, Tổ chức Thương mại Thế giới (WTO) ra đời ngày 1/1/1995 và thay thế GATT.",
        ),
        ("heading", "Việt Nam và GATT", 1),
        (
            "paragraph",
            "Việt Nam không phải là bên ký kết GATT. Tháng 1/1995, nước ta nộp đơn xin gia nhập WTO và trở thành thành viên của tổ chức này từ ngày 11/1/2007; các quy định của GATT 1994 nay là một bộ phận trong các cam kết của Việt Nam.",
        ),
    ],
}

DOCS = [LWA_WTO, LWB_MOIT, LWC_GENEVA, LWD_PLAN, LWE_GATT]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, the page number centred as
    "- N -" (heldout_kit.headed_journal: title at 48 columns, labels and body at 76)."""
    return headed_journal(doc, title=48, label=76, body=76, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 74 columns, an empty line after every line,
    the signature at the end."""
    return word_text(doc, 74, ["KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news agency page (heldout_kit.news_page): title, published_time, nav menu, <h1>, date, lead with the
    dateline, <h3> subheads, paragraphs, tags, footer."""
    return news_page(
        doc,
        section="Kinh tế",
        time="06:40",
        menu=[("/kinh-te", "Kinh tế"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/wto", "WTO"), ("/tag/hoi-nhap", "Hội nhập")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: two-column issuer/motto block, centred three-line title, body at 78 columns,
    "Nơi nhận" and the signature block."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Lưu: VT, CSTMĐB."],
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
        prefix="lw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
