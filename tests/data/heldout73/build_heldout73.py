"""Build the seventy-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout73/build_heldout73.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – Bhutan from the relations of 19/1/2012 to the King's state visit
of August 2025, Hà Giang's external affairs in 2024, the talks between President Lương Cường and the King
of Bhutan on 19/8/2025, a (fictitious) Ministry of Culture, Sports and Tourism plan for cooperation with
Bhutan in 2026, an encyclopedia entry on the Colombo Plan). Nothing in src/ was changed for them. Facts
are well-established; authors, journal, page numbers, document numbers, the provincial report's local
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
    official_text,
    paged_body,
    word_text,
)

XYA_BHUTAN = {
    "id": "xya",
    "shape": "journal",
    "header": "Nghiên cứu Nam Á và Ấn Độ Dương, số 4/2025",
    "first_page": 87,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – BHUTAN: KHỞI ĐẦU MUỘN, TRIỂN VỌNG MỞ"),
        ("author", "Phan Thị Thu Trang"),
        ("affiliation", "Viện Nghiên cứu Nam Á, Tây Á và châu Phi"),
        (
            "abstract",
            "Bài viết phân tích chính sách đối ngoại của Bhutan và quá trình phát triển quan hệ Việt Nam – Bhutan từ năm 2012 đến nay.",
            "vi",
        ),
        ("keywords", "Bhutan; Nam Á; quan hệ song phương; đa phương", "vi"),
        ("heading", "1. Chính sách đối ngoại thận trọng của Bhutan", 1),
        (
            "paragraph",
            "Nằm giữa hai nước lớn là Trung Quốc và Ấn Độ, Bhutan từ lâu theo đuổi một chính sách đối ngoại thận trọng. Năm 1962, vương quốc này gia nhập Kế hoạch Colombo, tổ chức quốc tế đầu tiên mà nước này tham gia; gần một thập kỷ sau, ngày 21/9/1971, Bhutan được kết nạp vào Liên hợp quốc. Bhutan cũng là một trong bảy thành viên sáng lập Hiệp hội Hợp tác khu vực Nam Á (SAARC) năm 1985 và cùng Nê-pan gia nhập BIMSTEC năm 2004 (Nguyễn Văn Hải, 2016, tr. 41). Đến nay, Thimphu mới có quan hệ ngoại giao với hơn 50 quốc gia và chưa thiết lập quan hệ chính thức với bất kỳ nước nào trong số năm ủy viên thường trực Hội đồng Bảo an.",
        ),
        ("heading", "2. Quan hệ song phương: khởi đầu muộn", 1),
        (
            "paragraph",
            "Ngày 19/1/2012, tại trụ sở Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc ở Niu Oóc, Đại sứ Lê Hoài Trung và Đại sứ Lhatu Wangchuk thay mặt hai Chính phủ ký Thông cáo chung về việc thiết lập quan hệ ngoại giao. Kể từ đó, hai nước ủng hộ lẫn nhau tại các diễn đàn đa phương: Bhutan đã ủng hộ Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021, còn Việt Nam ủng hộ Bhutan ứng cử vào Ủy ban Công ước quyền trẻ em nhiệm kỳ 2025 – 2029. Dẫu vậy, kim ngạch thương mại song phương mới ở mức khoảng 20.000 USD mỗi năm; theo một nhà nghiên cứu, “khoảng cách địa lý không phải là rào cản lớn nhất, mà là sự thiếu thông tin về nhau” (Đỗ Thu Hằng, 2023, tr. 66).",
        ),
        ("heading", "3. Chuyến thăm lịch sử năm 2025", 1),
        (
            "paragraph",
            "Từ ngày 18 đến ngày 22/8/2025, Quốc vương Jigme Khesar Namgyel Wangchuck và Hoàng hậu thăm cấp Nhà nước Việt Nam theo lời mời của Chủ tịch nước Lương Cường, chuyến thăm đầu tiên của Quốc vương kể từ khi hai nước có quan hệ ngoại giao. Tại hội đàm ngày 19/8, hai nhà lãnh đạo thống nhất đẩy mạnh hợp tác trong các lĩnh vực thương mại, du lịch, giáo dục và Phật giáo, đồng thời chứng kiến lễ trao đổi các văn kiện hợp tác (Vũ Minh Đức, 2025). Hai bên cần sớm thiết lập cơ chế tham vấn giữa hai Bộ Ngoại giao.",
        ),
    ],
}

XYB_HAGIANG = {
    "id": "xyb",
    "shape": "word",
    "head": [
        "UBND TỈNH HÀ GIANG",
        "SỞ NGOẠI VỤ",
        "Số: 412/BC-SNgV",
        "Hà Giang, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024, phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024, phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ với châu Văn Sơn (tỉnh Vân Nam, Trung Quốc) tiếp tục ổn định. Tháng 4, lãnh đạo tỉnh hội đàm với lãnh đạo châu Văn Sơn tại cửa khẩu quốc tế Thanh Thủy; hai bên thống nhất tăng cường quản lý biên giới và tạo thuận lợi cho thông quan nông sản.",
        ),
        (
            "list_item",
            "2. Đoàn doanh nghiệp du lịch và nông sản của tỉnh tham gia hoạt động xúc tiến thương mại tại Côn Minh (Trung Quốc) vào tháng 7.",
        ),
        (
            "list_item",
            "3. Tháng 9, tỉnh đón đoàn cán bộ Cục Du lịch Bhutan khảo sát mô hình du lịch cộng đồng tại Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn; phía bạn mời tỉnh cử đoàn sang trao đổi kinh nghiệm phát triển du lịch bền vững.",
        ),
        (
            "list_item",
            "4. Dự án hỗ trợ sinh kế cho phụ nữ dân tộc thiểu số tại Mèo Vạc và Yên Minh do Liên minh châu Âu tài trợ 1,5 triệu euro, thực hiện qua tổ chức CARE Quốc tế, tiếp tục được triển khai với hơn 3.000 hộ hưởng lợi.",
        ),
        (
            "list_item",
            "5. Đề xuất mở thêm một cặp chợ biên giới tại huyện Xín Mần chưa được phía bạn đồng ý.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức hội đàm thường niên với châu Văn Sơn trong quý I năm 2025 và ký biên bản hội đàm.",
        ),
        (
            "list_item",
            "2. Cử đoàn cán bộ ngành du lịch sang Bhutan theo lời mời của phía bạn, dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "3. Phối hợp với CARE Quốc tế đề xuất Liên minh châu Âu tài trợ giai đoạn hai của dự án hỗ trợ sinh kế.",
        ),
    ],
}

XYC_KING = {
    "id": "xyc",
    "shape": "news",
    "date": "2025-08-19",
    "stamp": "Thứ Ba, 19/08/2025 - 14:20",
    "section": "Chính trị",
    "tags": ["Bhutan", "Chủ tịch nước", "Thăm cấp Nhà nước"],
    "blocks": [
        ("title", "Chủ tịch nước Lương Cường hội đàm với Quốc vương Bhutan"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 19/8, ngay sau lễ đón chính thức tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã hội đàm với Quốc vương Bhutan Jigme Khesar Namgyel Wangchuck, người đang thăm cấp Nhà nước Việt Nam từ ngày 18 đến 22/8.",
        ),
        (
            "paragraph",
            "Quốc vương và Hoàng hậu Jetsun Pema Wangchuck đến Hà Nội chiều 18/8; Bộ trưởng Bộ Dân tộc và Tôn giáo Đào Ngọc Dung đã ra sân bay quốc tế Nội Bài đón. Trước lễ đón sáng nay, Quốc vương đặt vòng hoa tại Đài tưởng niệm các Anh hùng liệt sĩ và vào Lăng viếng Chủ tịch Hồ Chí Minh.",
        ),
        ("heading", "Chuyến thăm đầu tiên kể từ năm 2012", 1),
        (
            "paragraph",
            "Đây là chuyến thăm đầu tiên của Quốc vương và Hoàng hậu Bhutan kể từ khi hai nước thiết lập quan hệ ngoại giao năm 2012. Tại hội đàm, hai nhà lãnh đạo đánh giá toàn diện quan hệ song phương và thống nhất các lĩnh vực hợp tác trọng tâm thời gian tới, trong đó có thương mại, du lịch, giáo dục và Phật giáo. Bhutan cũng đã ủng hộ Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028. Kết thúc hội đàm, hai nhà lãnh đạo chứng kiến lễ trao đổi các văn kiện hợp tác giữa hai bên.",
        ),
        ("heading", "Dư địa hợp tác còn lớn", 1),
        (
            "paragraph",
            "Theo Bộ Ngoại giao, kim ngạch thương mại hai chiều hiện chỉ xấp xỉ 20.000 USD mỗi năm, chủ yếu là đồ gỗ và máy móc do Việt Nam xuất khẩu. Việt Nam có hai dự án đầu tư tại Bhutan với tổng vốn đăng ký 937.000 USD. Hãng Bhutan Airlines dự kiến khai thác đường bay thẳng từ Thành phố Hồ Chí Minh với 10 chuyến khứ hồi vào các mùa cao điểm, trong khi hai Bộ Ngoại giao đang xem xét thiết lập cơ chế tham vấn.",
        ),
    ],
}

XYD_PLAN = {
    "id": "xyd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BVHTTDL':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác văn hóa, du lịch với Vương quốc Bhutan",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác văn hóa, du lịch với Vương quốc Bhutan năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả chuyến thăm cấp Nhà nước tới Việt Nam của Quốc vương Bhutan Jigme Khesar Namgyel Wangchuck tháng 8 năm ngoái, Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch hợp tác văn hóa, du lịch với Bhutan năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Bhutan là điểm đến ngày càng được khách du lịch Việt Nam quan tâm, nhất là du lịch tâm linh; các chuyến bay thuê chuyến của hãng Vietjet đã góp phần đưa khách Việt sang nước bạn. Tuy nhiên, đến nay hai nước chưa ký hiệp định hợp tác văn hóa, và việc quảng bá du lịch Việt Nam tại Bhutan còn rất hạn chế.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong tháng 3, phối hợp với Đại sứ quán Việt Nam tại Ấn Độ, cơ quan kiêm nhiệm Bhutan, tổ chức Những ngày Văn hóa Việt Nam tại Thimphu.",
        ),
        (
            "list_item",
            "2. Chủ trì đàm phán Hiệp định hợp tác văn hóa giữa hai Chính phủ, phấn đấu ký vào dịp kỷ niệm 15 năm thiết lập quan hệ ngoại giao (19/1/2027).",
        ),
        (
            "list_item",
            "3. Mời đoàn Cục Du lịch Bhutan sang dự Hội chợ Du lịch quốc tế Thành phố Hồ Chí Minh vào tháng 9.",
        ),
        (
            "list_item",
            "4. Cử 5 cán bộ tham dự các khóa đào tạo về du lịch bền vững do Kế hoạch Colombo tài trợ.",
        ),
        (
            "list_item",
            "5. Chưa tổ chức Năm Du lịch Việt Nam – Bhutan trong năm 2026; nội dung này sẽ được xem xét sau khi Hiệp định được ký kết.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối, chủ trì phối hợp với các đơn vị liên quan triển khai Kế hoạch; định kỳ sáu tháng báo cáo Bộ trưởng kết quả thực hiện.",
        ),
    ],
}

XYE_COLOMBO = {
    "id": "xye",
    "shape": "entry",
    "blocks": [
        ("title", "Kế hoạch Colombo"),
        (
            "paragraph",
            "Kế hoạch Colombo về hợp tác phát triển kinh tế và xã hội ở châu Á – Thái Bình Dương (thường gọi tắt là Kế hoạch Colombo) là một trong những tổ chức liên chính phủ khu vực lâu đời nhất ở châu Á, hoạt động chủ yếu trong lĩnh vực phát triển nguồn nhân lực. Ban Thư ký của tổ chức đặt tại Colombo (Sri Lanka).",
        ),
        ("heading", "Ra đời", 1),
        (
            "paragraph",
            "Ý tưởng về Kế hoạch được đưa ra tại Hội nghị Bộ trưởng Ngoại giao các nước Khối Thịnh vượng chung họp ở Colombo tháng 1/1950. Kế hoạch chính thức đi vào hoạt động từ ngày 1/7/1951 với bảy thành viên ban đầu là Ô-xtrây-li-a, Anh, Ca-na-đa, Xây-lan (nay là Sri Lanka), Ấn Độ, Niu Di-lân và Pa-ki-xtan. Theo dự kiến ban đầu, Kế hoạch chỉ kéo dài sáu năm, song đã được gia hạn nhiều lần trước khi được gia hạn vô thời hạn vào năm 1980.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Từ một nhóm nước thuộc Khối Thịnh vượng chung, tổ chức dần kết nạp cả các nước ngoài khối, trong đó có Hoa Kỳ và Nhật Bản. Tại phiên họp của Ủy ban tư vấn ở Melbourne năm 1962, Bhutan và Hàn Quốc được kết nạp; với Bhutan, đây là tổ chức quốc tế đầu tiên mà nước này tham gia. Về sau, Anh và Ca-na-đa rút khỏi Kế hoạch. Hiện nay, tổ chức có các chương trình thường xuyên về hành chính công, phát triển khu vực tư nhân, học bổng dài hạn và tư vấn phòng, chống ma túy.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam là nước thành viên của Kế hoạch Colombo. Cán bộ Việt Nam đã tham gia nhiều khóa đào tạo do tổ chức này tài trợ, nhất là trong lĩnh vực phòng, chống ma túy.",
        ),
    ],
}

DOCS = [XYA_BHUTAN, XYB_HAGIANG, XYC_KING, XYD_PLAN, XYE_COLOMBO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 48 columns, labels at 72), body at 72 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) the bare page number flush left,
    a form feed and the running header; the last page ends with its number."""
    head = doc["header"]
    out, last = paged_body(doc, 48, 72, 72, lambda page: ["", str(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, str(last)]) + "\n", [head, *(str(n) for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <div class="sapo"><p>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    tags = "".join(f'<li><a href="/tag/{t.lower().replace(" ", "-")}">{t}</a></li>' for t in doc["tags"])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | {doc['section']}</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T14:20:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li>'
        '<li><a href="/doi-ngoai">Đối ngoại</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<div class="sapo"><p>{lead}</p></div>\n' + "\n".join(body) + "\n"
        f'<ul class="tags">{tags}</ul>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam. Ghi rõ nguồn khi phát hành lại.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<48}THỨ TRƯỞNG",
        f"{'- Lưu: VT, HTQT.':<51}(đã ký)",
    ]
    return official_text(doc, 76, tail)


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
        prefix="xy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
