"""Build the two hundred eighty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout281/build_heldout281.py [--check]

Five short documents on Vietnam and South Asia (India, Bangladesh, Sri Lanka, Pakistan, Nepal), every one in a
NEW SHAPE with its own renderer in this script: a National Assembly question session transcript (render_qa),
the text of a bilateral agreement as published in a treaty database (render_treaty), a lecture's slides as
the text layer of a PDF (render_slides), the Foreign Ministry portal's "Hỏi – Đáp" page (render_faq) and a
radio news bulletin script (render_radio). Facts are well-established; the session's wording, deputies, the
Vietnam – Sri Lanka visa agreement, the lecturer, cited authors, page numbers, the citizens' questions, the
bulletin's scholar and the Nepalese friendship meeting are invented. Gold is written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    bulletin_text,
    faq_page_text,
    qa_session_text,
    slides_text,
    treaty_text,
)

IVA_QA = {
    "id": "iva",
    "shape": "qa",
    "session": ["QUỐC HỘI KHÓA XV", "KỲ HỌP THỨ 9"],
    "stamp": "Chiều thứ Năm, ngày 12/6/2025, 14 giờ 30",
    "blocks": [
        ("title", "Chất vấn và trả lời chất vấn đối với Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao"),
        (
            "paragraph",
            "Chủ tọa phiên họp: Kính thưa các vị đại biểu Quốc hội, chiều nay chúng ta tiếp tục phiên chất vấn về quan hệ với các nước Nam Á. Mỗi đại biểu hỏi không quá một phút, Bộ trưởng trả lời không quá ba phút.",
        ),
        (
            "paragraph",
            "Đại biểu Trần Thị Ngọc Lan (Đoàn ĐBQH tỉnh Khánh Hòa): Xin Bộ trưởng cho biết hợp tác với Ấn Độ, nhất là hợp tác quốc phòng, đã được triển khai ra sao sau khi hai nước nâng cấp quan hệ?",
        ),
        (
            "paragraph",
            "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn: Hai nước là Đối tác chiến lược toàn diện từ năm 2016. Tháng 6/2022, Bộ trưởng Quốc phòng Ấn Độ Rajnath Singh thăm Việt Nam, hai bên ký Tuyên bố tầm nhìn chung về quan hệ đối tác quốc phòng đến năm 2030. Thủ tướng Phạm Minh Chính thăm cấp Nhà nước Ấn Độ từ ngày 30/7 đến 1/8/2024; hai bên thông qua Kế hoạch hành động giai đoạn 2024 – 2028.",
        ),
        (
            "paragraph",
            "Đại biểu Phan Văn Đức (Đoàn ĐBQH thành phố Cần Thơ): Quan hệ với Băng-la-đét và Pa-ki-xtan có tiềm năng nhưng chưa tương xứng. Bộ có giải pháp gì?",
        ),
        (
            "paragraph",
            "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn: Năm 2023, ta và Băng-la-đét kỷ niệm 50 năm thiết lập quan hệ ngoại giao (11/2/1973); Băng-la-đét là thị trường nhập khẩu gạo quan trọng của Việt Nam. Pa-ki-xtan được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2025 – 2026, ta sẽ tăng cường phối hợp với bạn tại Liên hợp quốc.",
        ),
        (
            "paragraph",
            "Đại biểu Phan Văn Đức (tranh luận): Tôi đề nghị Bộ trưởng nói rõ hơn: bao giờ ta đàm phán hiệp định thương mại tự do với Băng-la-đét?",
        ),
        (
            "paragraph",
            "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn: Hai nước chưa khởi động đàm phán hiệp định thương mại tự do song phương. Hai bên đã giao các bộ liên quan nghiên cứu khả thi, dự kiến báo cáo lãnh đạo cấp cao trong năm 2026.",
        ),
        (
            "paragraph",
            "Chủ tọa phiên họp: Đề nghị Chính phủ chỉ đạo triển khai hiệu quả Kế hoạch hành động với Ấn Độ và thúc đẩy thương mại với các nước Nam Á. Xin cảm ơn Phó Thủ tướng và các vị đại biểu.",
        ),
    ],
}

IVB_TREATY = {
    "id": "ivb",
    "shape": "treaty",
    "note": [
        "Điều ước quốc tế song phương > Xri Lan-ca",
        "Tên văn bản: Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao, hộ chiếu công vụ",
        "Ngày ký: 17/10/2024   Ngày có hiệu lực: 16/11/2024   Số thông báo hiệu lực: 41/2024/TB-LPQT",
    ],
    "title_lines": [
        "HIỆP ĐỊNH",
        "GIỮA",
        "CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "VÀ",
        "CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA DÂN CHỦ XRI LAN-CA",
        "VỀ MIỄN THỊ THỰC CHO NGƯỜI MANG HỘ CHIẾU NGOẠI GIAO",
        "VÀ HỘ CHIẾU CÔNG VỤ",
    ],
    "signatures": [
        ("THAY MẶT CHÍNH PHỦ", "THAY MẶT CHÍNH PHỦ"),
        ("NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA"),
        ("VIỆT NAM", "DÂN CHỦ XRI LAN-CA"),
        ("(đã ký)", "(đã ký)"),
        ("Đỗ Hữu Tâm", "Ranjith Wickramasinghe"),
    ],
    "blocks": [
        (
            "title",
            "HIỆP ĐỊNH GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA DÂN CHỦ XRI LAN-CA VỀ MIỄN THỊ THỰC CHO NGƯỜI MANG HỘ CHIẾU NGOẠI GIAO VÀ HỘ CHIẾU CÔNG VỤ",
        ),
        (
            "paragraph",
            "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa xã hội chủ nghĩa dân chủ Xri Lan-ca (sau đây gọi là “các Bên”),",
        ),
        ("paragraph", "Xét rằng hai nước thiết lập quan hệ ngoại giao ngày 21 tháng 7 năm 1970,"),
        ("paragraph", "Mong muốn tạo thuận lợi cho việc đi lại của công dân hai nước,"),
        ("paragraph", "Đã thỏa thuận như sau:"),
        ("heading", "Điều 1", 1),
        (
            "paragraph",
            "Công dân của mỗi Bên mang hộ chiếu ngoại giao hoặc hộ chiếu công vụ còn giá trị ít nhất 06 tháng được miễn thị thực khi nhập cảnh, xuất cảnh, quá cảnh và lưu trú trên lãnh thổ của Bên kia trong thời gian không quá 30 ngày.",
        ),
        ("heading", "Điều 2", 1),
        (
            "paragraph",
            "Hiệp định này không áp dụng đối với người mang hộ chiếu phổ thông.",
        ),
        ("heading", "Điều 3", 1),
        (
            "list_item",
            "1. Mỗi Bên có thể tạm đình chỉ toàn bộ hoặc một phần việc thực hiện Hiệp định này vì lý do an ninh quốc gia, trật tự công cộng hoặc sức khỏe cộng đồng.",
        ),
        (
            "list_item",
            "2. Các Bên trao cho nhau mẫu hộ chiếu qua đường ngoại giao chậm nhất 30 ngày trước khi Hiệp định có hiệu lực.",
        ),
        ("heading", "Điều 4", 1),
        (
            "paragraph",
            "Hiệp định này có hiệu lực sau 30 ngày kể từ ngày ký và có giá trị vô thời hạn. Mỗi Bên có thể chấm dứt Hiệp định bằng cách thông báo bằng văn bản cho Bên kia qua đường ngoại giao; Hiệp định hết hiệu lực sau 90 ngày kể từ ngày nhận được thông báo.",
        ),
        (
            "paragraph",
            "Làm tại Cô-lôm-bô, ngày 17 tháng 10 năm 2024, thành hai bản gốc, mỗi bản bằng tiếng Việt, tiếng Xinh-ha-la và tiếng Anh; các văn bản có giá trị như nhau.",
        ),
    ],
}

IVC_SLIDES = {
    "id": "ivc",
    "shape": "slides",
    "footer": "Hồ Văn Lực – Việt Nam và Nam Á",
    "slides": [
        [
            ("title", "VIỆT NAM VÀ NAM Á: TỪ TÌNH HỮU NGHỊ ĐẾN ĐỐI TÁC CHIẾN LƯỢC"),
            ("paragraph", "Chuyên đề 3 – Môn: Khu vực học Nam Á"),
            ("author", "PGS.TS. Hồ Văn Lực"),
            ("affiliation", "Khoa Quốc tế học – Trường ĐH KHXH&NV, ĐHQG TP. Hồ Chí Minh"),
            ("paragraph", "Học kỳ I, năm học 2025 – 2026"),
        ],
        [
            ("heading", "1. Việt Nam – Ấn Độ: nền tảng lịch sử", 1),
            ("list_item", "17/10/1954: Thủ tướng J. Nehru thăm Hà Nội", 0),
            ("list_item", "2/1958: Chủ tịch Hồ Chí Minh thăm Ấn Độ", 0),
            ("list_item", "7/1/1972: thiết lập quan hệ ngoại giao đầy đủ", 0),
            (
                "list_item",
                "Ấn Độ: “người bạn thủy chung trong những năm kháng chiến” (Trần Thị Mỹ Dung, 2017, tr. 52)",
                1,
            ),
        ],
        [
            ("heading", "2. Các mốc 2007 – 2023", 1),
            ("list_item", "2007: Đối tác chiến lược", 0),
            ("list_item", "9/2016: Đối tác chiến lược toàn diện (Thủ tướng N. Modi thăm Hà Nội)", 0),
            ("list_item", "3/2018: Chủ tịch nước Trần Đại Quang thăm cấp Nhà nước Ấn Độ", 0),
            (
                "list_item",
                "21/12/2020: Hội nghị thượng đỉnh trực tuyến, ra Tầm nhìn chung vì hòa bình, thịnh vượng và người dân",
                0,
            ),
            ("list_item", "7/2023: Ấn Độ tặng Hải quân VN tàu hộ vệ tên lửa INS Kirpan (Kapoor, 2024)", 0),
        ],
        [
            ("heading", "3. Các nước Nam Á khác", 1),
            (
                "list_item",
                "Xri Lan-ca 21/7/1970 – Pa-ki-xtan 8/11/1972 – Băng-la-đét 11/2/1973 – Nê-pan 15/5/1975",
                0,
            ),
            ("list_item", "lập quan hệ ngoại giao", 1),
            ("list_item", "SAARC: thành lập 8/12/1985 tại Đắc-ca (Nguyễn Tuấn Khanh, 2020)", 0),
            ("list_item", "VN chưa là quan sát viên SAARC", 1),
        ],
        [
            ("heading", "Tài liệu tham khảo", 1),
            (
                "reference",
                "Kapoor, R. (2024), India’s Act East Policy and Vietnam, New Delhi: Pentagon Press.",
            ),
            (
                "reference",
                "Nguyễn Tuấn Khanh (2020), “SAARC và các cơ chế khu vực Nam Á”, Tạp chí Nghiên cứu Ấn Độ và châu Á, số 9.",
            ),
            (
                "reference",
                "Trần Thị Mỹ Dung (2017), Quan hệ Việt Nam – Ấn Độ 1947 – 2017, Nxb. Khoa học xã hội.",
            ),
        ],
        [
            ("heading", "Câu hỏi thảo luận", 1),
            ("list_item", "Vì sao Ấn Độ coi VN là trụ cột của chính sách Hành động hướng Đông?", 0),
            ("list_item", "Khả năng hợp tác của VN với SAARC và BIMSTEC?", 0),
        ],
    ],
}
IVC_SLIDES["blocks"] = [b for s in IVC_SLIDES["slides"] for b in s]

IVD_FAQ = {
    "id": "ivd",
    "shape": "faq",
    "site": "BỘ NGOẠI GIAO – CỔNG THÔNG TIN ĐIỆN TỬ",
    "crumb": "Trang chủ / Dịch vụ công / Hỏi – Đáp",
    "footer": "Bản quyền thuộc Bộ Ngoại giao Việt Nam. Địa chỉ: Số 1 Tôn Thất Đàm, Ba Đình, Hà Nội.",
    "blocks": [
        ("title", "HỎI – ĐÁP"),
        (
            "paragraph",
            "Câu hỏi: (Bà Lê Thị Kim Oanh, Đà Nẵng – 05/3/2025) Một số hiệp định của Việt Nam với Ấn Độ do cơ quan nào phê duyệt, và ASEAN có hiệp định thương mại với Ấn Độ không?",
        ),
        (
            "paragraph",
            "Trả lời: Theo Luật Điều ước quốc tế năm 2016, điều ước nhân danh Chính phủ do Chính phủ phê duyệt, điều ước nhân danh Nhà nước do Chủ tịch nước phê chuẩn, một số điều ước quan trọng do Quốc hội phê chuẩn. Hiệp định Thương mại hàng hóa ASEAN – Ấn Độ (AITIGA) được ký ngày 13/8/2009 tại Băng Cốc; hiện các bên đang đàm phán rà soát Hiệp định.",
        ),
        (
            "paragraph",
            "Câu hỏi: (Ông Nguyễn Quang Vinh, Hà Nội – 20/3/2025) Tôi muốn đi hành hương ở Lum-bi-ni. Việt Nam có Đại sứ quán tại Nê-pan không?",
        ),
        (
            "paragraph",
            "Trả lời: Việt Nam và Nê-pan thiết lập quan hệ ngoại giao ngày 15/5/1975. Việt Nam chưa có Đại sứ quán thường trú tại Nê-pan; Đại sứ quán Việt Nam tại Ấn Độ kiêm nhiệm Nê-pan và hỗ trợ công dân ta khi cần.",
        ),
        (
            "paragraph",
            "Câu hỏi: (Anh Trần Minh Khoa, Cần Thơ – 02/4/2025) Tỉnh tôi muốn ký thỏa thuận hợp tác với một thành phố của Xri Lan-ca thì cần căn cứ vào luật nào?",
        ),
        (
            "paragraph",
            "Trả lời: Việc ký thỏa thuận quốc tế nhân danh Ủy ban nhân dân cấp tỉnh thực hiện theo Luật Thỏa thuận quốc tế năm 2020, có hiệu lực từ ngày 01/7/2021; địa phương phải lấy ý kiến Bộ Ngoại giao trước khi ký.",
        ),
    ],
    "units": {
        2: "Vụ Luật pháp và Điều ước quốc tế",
        4: "Cục Lãnh sự",
        6: "Vụ Luật pháp và Điều ước quốc tế",
    },
}

IVE_RADIO = {
    "id": "ive",
    "shape": "radio",
    "head": "VOV1 – THỜI SỰ 18 GIỜ – THỨ BA, NGÀY 6/5/2025",
    "closing": "Bản tin đến đây là hết. Cảm ơn quý vị và các bạn đã chú ý theo dõi.",
    "blocks": [
        ("title", "BẢN TIN THỜI SỰ 18 GIỜ"),
        (
            "paragraph",
            "DẪN: Thưa quý vị, sáng nay, tại Thành phố Hồ Chí Minh, Đại lễ Phật đản Liên hợp quốc – Vesak 2025 chính thức khai mạc. Đây là lần thứ tư Việt Nam đăng cai sự kiện này, sau các năm 2008, 2014 và 2019.",
        ),
        (
            "paragraph",
            "PV: Đại lễ kéo dài ba ngày, từ mùng sáu đến mùng tám tháng Năm, với hàng nghìn đại biểu trong nước và quốc tế.",
        ),
        (
            "paragraph",
            "DẪN: Hôm qua, tại Hà Nội, Chủ tịch nước Lương Cường đã hội đàm với Tổng thống Xri Lan-ca Anura Kumara Dissanayake, đang thăm cấp Nhà nước Việt Nam từ ngày 4 đến ngày 6/5.",
        ),
        (
            "paragraph",
            "PV: Năm nay, hai nước kỷ niệm năm mươi lăm năm thiết lập quan hệ ngoại giao. Hai nhà lãnh đạo nhất trí tăng cường hợp tác trong các lĩnh vực nông nghiệp, thủy sản và giao lưu Phật giáo.",
        ),
        (
            "paragraph",
            "BĂNG: (Tiếng ông Nguyễn Đức Thành, Viện Nghiên cứu Ấn Độ và Tây Nam Á) “Xri Lan-ca là cửa ngõ để hàng hóa Việt Nam đi vào thị trường Nam Á.”",
        ),
        (
            "paragraph",
            "DẪN: Thưa quý vị, chiều nay, tại Ca-tman-đu, Hội Hữu nghị Nê-pan – Việt Nam tổ chức gặp mặt kỷ niệm năm mươi năm thiết lập quan hệ ngoại giao giữa hai nước. Tuy vậy, do lịch trình thay đổi, đoàn đại biểu Hội hữu nghị Việt Nam đã không thể sang dự.",
        ),
    ],
}

DOCS = [IVA_QA, IVB_TREATY, IVC_SLIDES, IVD_FAQ, IVE_RADIO]


def render_qa(doc: dict) -> str:
    """A National Assembly question session as copied from the Assembly's news page: the two session lines,
    the title, the date-time line, then every turn with its speaker label ("… :") on its own line and the speech
    on the next line, a blank line between turns, and "(Còn nữa)" at the end."""
    return qa_session_text(doc, [*doc["session"], ""], split=True, tail=["(Còn nữa)"])


def render_treaty(doc: dict) -> str:
    """A bilateral agreement copied from the treaty database: the three database lines, the centred title
    (80 columns), the preamble and articles one paragraph a line with blank lines between, bare "Điều N"
    headings centred, numbered clauses, "Làm tại …", then the two signature columns side by side."""
    return treaty_text(doc, 80, wrapped=False)


def render_slides(doc: dict) -> tuple[str, list[str]]:
    """The text layer of a PDF of slides: "--- Trang N ---" before each page, the title page's lines as they
    are, slide titles, bullets "•" (level 0) and "o" (level 1, indented four spaces) wrapped at 64 columns with
    their continuation lines indented, references as they are, and on every page but the first the footer
    "lecturer – course   N". The page markers and footers are what layout repair must remove."""
    return slides_text(doc, "--- Trang {n} ---", (("• ", "  "), ("    o ", "      ")), 64, doc["footer"])


def render_faq(doc: dict) -> str:
    """The ministry portal's "Hỏi – Đáp" page copied as text: the site line, the breadcrumb, the section title,
    then every question ("Câu hỏi:" with the asker, place and date in parentheses) and answer ("Trả lời:") one
    paragraph a line, the answering unit flush right under each answer, the footer."""
    return faq_page_text(doc, split=False, unit_width=78)


def render_radio(doc: dict) -> str:
    """A radio news bulletin script: the station-programme-date line, the bulletin title, the "DẪN:" / "PV:" /
    "BĂNG:" segments one a line with blank lines between (a "BĂNG:" caption in parentheses on the label's line,
    the speech on the next), the closing line."""
    return bulletin_text(doc, [doc["head"]])


RENDER = {
    "qa": render_qa,
    "treaty": render_treaty,
    "slides": render_slides,
    "faq": render_faq,
    "radio": render_radio,
}


def main() -> int:
    return build_and_check(HERE, DOCS, RENDER, prefix="iv", rendered=True, removing_shapes=("slides",))


if __name__ == "__main__":
    sys.exit(main())
