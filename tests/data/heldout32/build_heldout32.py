"""Build the thirty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout32/build_heldout32.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout30, on topics those sets do not use (the Cambodia - Laos -
Vietnam Development Triangle and the CLMV summits, Kon Tum's external affairs in 2023, the ninth East
Asia Summit in Nay Pyi Taw, a Foreign Ministry plan for 50 years of Vietnam - Myanmar relations, an
encyclopedia entry on Brunei Darussalam). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the province's own activities,
the plan's tasks and all quoted words are invented. Events, citations and questions gold are written
by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, footnoted_journal, word_text, wrap  # noqa: E402

HA_CLV = {
    "id": "ha",
    "shape": "journal",
    "header": "Nghiên cứu Tiểu vùng Mê Công, số 2/2021",
    "first_page": 27,
    "break_after": 6,
    "blocks": [
        ("title", "TỪ TAM GIÁC PHÁT TRIỂN CLV ĐẾN HỢP TÁC CLMV"),
        ("author", "Đoàn Thị Mỹ Linh"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á"),
        (
            "abstract",
            "Bài viết phân tích hợp tác tiểu vùng giữa Việt Nam với Campuchia, Lào và Mi-an-ma.",
            "vi",
        ),
        ("keywords", "Tam giác phát triển; CLMV; Mê Công", "vi"),
        ("heading", "1. Từ một sáng kiến của ba Thủ tướng", 1),
        (
            "paragraph",
            "Ý tưởng về Tam giác phát triển Campuchia – Lào – Việt Nam (CLV) được Thủ tướng Hun Xen đề "
            "xuất tại cuộc gặp đầu tiên của Thủ tướng ba nước ở Viêng Chăn năm 1999¹. Tại cuộc gặp "
            "lần thứ hai ở Thành phố Hồ Chí Minh tháng 1/2002, phạm vi Tam giác được xác định gồm bảy tỉnh "
            "biên giới (Nguyễn Thị Thanh Vân, 2015, tr. 33-35). Tháng 11/2004, bên lề Hội nghị "
            "Cấp cao ASEAN lần thứ 10, ba Thủ tướng thông qua Quy hoạch tổng thể và ký Tuyên bố Viêng Chăn "
            "về thành lập Tam giác phát triển.",
        ),
        ("heading", "2. Cơ chế bốn nước CLMV", 1),
        (
            "paragraph",
            "Cũng tại Viêng Chăn, Hội nghị Cấp cao CLMV lần thứ nhất được tổ chức vào tháng 11/2004 với sự "
            "tham gia của Mi-an-ma. "
            "Hội nghị lần thứ tư do Việt Nam đăng cai tại Hà Nội ngày 6/11/2008 (Trần Quốc "
            "Bảo, 2019). Hằng năm, Việt Nam dành học bổng cho sinh viên Campuchia, Lào và Mi-an-ma; "
            "Nhật Bản cũng viện trợ không hoàn lại cho nhiều dự án dân sinh trong khu vực Tam giác.",
        ),
        ("heading", "3. Hạn chế và triển vọng", 1),
        (
            "paragraph",
            "Tuy vậy, nhiều dự án ưu tiên đến nay vẫn chưa được triển "
            "khai vì thiếu vốn. Ngày 9/12/2020, Hội nghị Cấp cao CLMV lần thứ 10 diễn ra trực tuyến dưới "
            "sự chủ trì của Thủ tướng Lào Thoong-lun Xi-xu-lít, và nước này đã chuyển giao vai trò Chủ "
            "tịch CLMV giai đoạn 2021 – 2022 cho Mi-an-ma. Sự ủng hộ của các nước láng giềng cũng góp "
            "phần để Việt Nam trúng cử ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021 "
            "ngày 7/6/2019 với 192/193 phiếu thuận. Thời gian tới, bốn nước cần phấn đấu khai thác "
            "Hành lang kinh tế Đông – Tây.",
        ),
        (
            "footnote",
            "Xem: Lê Văn Khải (2010), Hợp tác tiểu vùng Mê Công, Nxb. Thế giới, tr. 112.",
        ),
    ],
}

HB_KONTUM = {
    "id": "hb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH KON TUM",
        "SỞ NGOẠI VỤ",
        "Số: 412/BC-SNgV",
        "Kon Tum, ngày 18 tháng 12 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị, hợp tác với các tỉnh A-tô-pơ, Sê-kông (Lào) và Ra-ta-na-ki-ri "
            "(Campuchia) tiếp tục được củng cố. Tháng 4/2023, đoàn đại biểu tỉnh do Chủ tịch Ủy ban nhân "
            "dân tỉnh dẫn đầu đã sang thăm, làm việc tại tỉnh A-tô-pơ; hai bên ký Biên bản ghi nhớ hợp tác "
            "giai đoạn 2023 – 2027.",
        ),
        (
            "list_item",
            "2. Tỉnh đã hỗ trợ tỉnh Sê-kông xây dựng một trường phổ thông dân tộc nội trú và tiếp tục nhận "
            "đào tạo lưu học sinh Lào tại Trường Cao đẳng Kon Tum.",
        ),
        (
            "list_item",
            "3. Tháng trước, lãnh đạo tỉnh tiếp và làm việc với Tổng Lãnh sự Lào tại Đà Nẵng về việc tạo "
            "thuận lợi cho hàng hóa qua Cửa khẩu quốc tế Bờ Y. Tuy nhiên, cuộc họp thường niên với tỉnh "
            "Ra-ta-na-ki-ri chưa được tổ chức do phía bạn đang kiện toàn nhân sự lãnh đạo.",
        ),
        (
            "list_item",
            "4. Tỉnh tham gia đầy đủ các hội nghị trong khuôn khổ Tam giác phát triển Campuchia – Lào – "
            "Việt Nam và tranh thủ được 14 dự án viện trợ phi chính phủ nước ngoài.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Dự kiến trong quý II năm tới, tỉnh sẽ tổ chức đoàn sang thăm tỉnh Ra-ta-na-ki-ri và ký "
            "kết thỏa thuận hợp tác với tỉnh bạn.",
        ),
        (
            "list_item",
            "2. Phấn đấu tổ chức cuộc họp thường niên với hai tỉnh A-tô-pơ và Sê-kông trong 6 tháng đầu "
            "năm 2024; không để xảy ra vụ việc phức tạp trên tuyến biên giới.",
        ),
        ("list_item", "3. Tiếp tục phối hợp với Bộ Ngoại giao vận động các nguồn viện trợ cho tỉnh."),
    ],
}

HC_EAS = {
    "id": "hc",
    "shape": "news",
    "date": "2014-11-13",
    "stamp": "13/11/2014 | 15:20 GMT+7",
    "blocks": [
        ("title", "Thủ tướng Nguyễn Tấn Dũng dự Hội nghị Cấp cao Đông Á lần thứ 9"),
        (
            "paragraph",
            "Nay Pyi Taw (Mi-an-ma), 13/11 – Hôm nay, Thủ tướng Nguyễn Tấn Dũng cùng lãnh đạo các nước "
            "thành viên dự Hội nghị Cấp cao Đông Á (EAS) lần thứ 9 do Tổng thống nước chủ nhà Thein Sein "
            "chủ trì.",
        ),
        ("heading", "Lần đầu đảm nhiệm cương vị Chủ tịch ASEAN", 2),
        (
            "paragraph",
            "Năm nay là lần đầu tiên Mi-an-ma giữ vai trò Chủ tịch ASEAN kể từ khi gia nhập Hiệp hội ngày "
            "23/7/1997. Trước đó một ngày, Hội nghị Cấp cao ASEAN lần thứ 25 đã khai mạc tại thủ đô của "
            "nước này.",
        ),
        ("heading", "Diễn đàn chiến lược do lãnh đạo dẫn dắt", 2),
        (
            "paragraph",
            "Ra đời năm 2005, EAS hiện quy tụ 18 nước, gồm mười nước ASEAN cùng Ô-xtrây-li-a, Trung Quốc, "
            "Ấn Độ, Nhật Bản, Niu Di-lân, Hàn Quốc, Nga và Hoa Kỳ; hai nước sau cùng chính thức tham gia từ "
            "năm 2011. Tổng thống Hoa Kỳ Ba-rắc Ô-ba-ma và Thủ tướng Trung Quốc Lý Khắc Cường đều có mặt "
            "tại hội nghị năm nay.",
        ),
        (
            "paragraph",
            "Phát biểu tại phiên họp, Thủ tướng Nguyễn Tấn Dũng đề nghị các nước tham gia EAS ủng hộ ASEAN "
            "và Trung Quốc sớm kết thúc đàm phán Bộ quy tắc ứng xử ở Biển Đông (COC), “vì hòa bình, ổn "
            "định và an ninh hàng hải của cả khu vực”. Đến nay, hai bên vẫn chưa đạt được thỏa thuận về "
            "bộ quy tắc này.",
        ),
        ("heading", "Hướng tới Cộng đồng ASEAN", 2),
        (
            "paragraph",
            "Các nhà lãnh đạo hoan nghênh nỗ lực của ASEAN nhằm hình thành Cộng đồng vào cuối năm 2015. "
            "Năm tới, Ma-lai-xi-a sẽ tiếp nhận vai trò Chủ tịch ASEAN từ Mi-an-ma.",
        ),
    ],
}

HD_MYANMAR = {
    "id": "hd",
    "shape": "plan",
    "issuer": ["BỘ NGOẠI GIAO", "Số: 1375/KH-BNG"],
    "motto": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"],
    "date_line": "Hà Nội, ngày 10 tháng 4 năm 2025",
    "title_lines": [
        "KẾ HOẠCH",
        "Tổ chức các hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao",
        "Việt Nam – Mi-an-ma (28/5/1975 – 28/5/2025)",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tổ chức các hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – "
            "Mi-an-ma (28/5/1975 – 28/5/2025)",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Việt Nam và Mi-an-ma thiết lập quan hệ ngoại giao ngày 28/5/1975. Hai nước cùng là thành viên "
            "ASEAN và cùng tham gia Hợp tác Mê Công – Lan Thương, cơ chế CLMV và Chiến lược hợp tác kinh "
            "tế Ayeyawady – Chao Phraya – Mê Công (ACMECS); phía bạn còn là thành viên Sáng kiến vịnh "
            "Ben-gan về hợp tác kinh tế, kỹ thuật đa ngành (BIMSTEC) từ tháng 12/1997. Tháng trước, sau "
            "trận động đất mạnh 7,7 độ ngày 28/3 ở miền Trung Mi-an-ma, các đội cứu hộ, cứu nạn của Bộ "
            "Quốc phòng và Bộ Công an Việt Nam đã được cử sang hỗ trợ nước bạn khắc phục hậu quả.",
        ),
        ("heading", "II. NỘI DUNG", 1),
        (
            "list_item",
            "1. Đề xuất lãnh đạo cấp cao hai nước trao đổi điện mừng nhân ngày 28/5/2025.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Mi-an-ma tại Hà Nội tổ chức lễ kỷ niệm; nghiên cứu khả năng đón "
            "một đoàn cấp cao của phía bạn sang thăm Việt Nam trong nửa cuối năm nay.",
        ),
        (
            "list_item",
            "3. Tiếp tục hỗ trợ doanh nghiệp Việt Nam đầu tư tại Mi-an-ma, trong đó có liên doanh viễn "
            "thông Mytel do Viettel góp vốn, chính thức kinh doanh từ tháng 6/2018.",
        ),
        (
            "list_item",
            "4. Các hoạt động kỷ niệm không sử dụng kinh phí ngoài dự toán đã được giao.",
        ),
        (
            "list_item",
            "5. Vụ Đông Nam Á – Nam Á – Nam Thái Bình Dương chủ trì, phối hợp với các đơn vị liên quan "
            "triển khai Kế hoạch này.",
        ),
    ],
}

HE_BRUNEI = {
    "id": "he",
    "shape": "entry",
    "blocks": [
        ("title", "Bru-nây Đa-rút-xa-lam"),
        ("paragraph", "Thủ đô: Ban-đa Xê-ri Bê-ga-oan", "box"),
        ("paragraph", "Gia nhập ASEAN: 1984", "box"),
        (
            "paragraph",
            "Bru-nây Đa-rút-xa-lam là một quốc gia quân chủ ở phía bắc đảo Booc-nê-ô, giành độc lập hoàn "
            "toàn từ Anh ngày 1/1/1984. Chỉ một tuần sau, ngày 7/1/1984, nước này gia nhập ASEAN, trở "
            "thành thành viên thứ sáu của Hiệp hội; ngày 21/9 cùng năm, Bru-nây được kết nạp vào Liên hợp "
            "quốc. Quốc vương Ha-xan-nan Bôn-ki-a trị vì từ năm 1967, đồng thời là Thủ tướng.",
        ),
        ("heading", "Đối ngoại", 1),
        (
            "paragraph",
            "Bru-nây là một trong 12 thành viên sáng lập Diễn đàn Hợp tác kinh tế châu Á – Thái Bình "
            "Dương (APEC) năm 1989 và đăng cai Hội nghị các nhà lãnh đạo kinh tế APEC năm 2000. Năm 2005, "
            "nước này cùng Xinh-ga-po, Niu Di-lân và Chi-lê ký Hiệp định Đối tác kinh tế chiến lược xuyên "
            "Thái Bình Dương (P4). Bru-nây giữ cương vị Chủ tịch ASEAN các năm 2013 và 2021.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Hai nước thiết lập quan hệ ngoại giao ngày 29/2/1992. Hiệp định CPTPP được Bru-nây, Việt Nam "
            "và chín nước khác ký kết tại Xan-ti-a-gô (Chi-lê) ngày 8/3/2018, nhưng phải đến tháng 5/2023 "
            "Bru-nây mới phê chuẩn, là nước cuối cùng trong 11 nước ký hoàn tất thủ tục này. Hiện nay, "
            "hai bên duy trì hợp tác trong các lĩnh vực dầu khí, thủy sản và quốc phòng.",
        ),
        ("paragraph", "Xem thêm: ASEAN; APEC"),
    ],
}

DOCS = [HA_CLV, HB_KONTUM, HC_EAS, HD_MYANMAR, HE_BRUNEI]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter from heldout_kit, headings with no blank line
    after them, body at 66 columns with superscript footnote marks glued to words (the gold footnote
    blocks without their marks); after ``break_after`` body lines (mid-sentence) a "____" rule, the
    footnotes, the page number at the right, a form feed and the running header; the last page ends
    with its number at the right."""
    return footnoted_journal(doc, 44, 66, 66, lambda page: f"{page:>66}")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: every paragraph one line (no wrapping), every line
    followed by an empty line, including the issuer, number, place-date and the two title lines."""
    return word_text(doc, None)


def render_news(doc: dict) -> str:
    """A news portal page: <meta> date, a nav menu, <h1>, a <div class="date"> stamp, the lead with
    its dateline in <p class="sapo"><b>, <h2> subheads and <p> paragraphs in <div class="content">,
    and a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = []
    for b in blocks[2:]:
        body.append(f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>")
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T15:20:00+07:00">\n'
        f"<title>{title} - Báo Thời sự Quốc tế</title>\n</head>\n<body>\n"
        '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/the-gioi">Thế giới</a></li>'
        '<li><a href="/doi-ngoai">Đối ngoại</a></li></ul>\n<main>\n'
        f'<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n<div class="content">\n' + "\n".join(body) + "\n</div>\n"
        "</main>\n"
        "<footer>Bản quyền © Báo Thời sự Quốc tế</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer | motto on two two-column lines, the place-date at the right, the
    three-line centred title, Roman sections, body wrapped at 80 columns with a blank line between
    blocks, the signature "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" at the right and a "Nơi nhận:" list."""
    out = [f"{a:<32}{b}" for a, b in zip(doc["issuer"], doc["motto"], strict=True)]
    out += [" " * 40 + doc["date_line"], ""]
    out += [f"{ln:^80}".rstrip() for ln in doc["title_lines"]] + [""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 80) + [""]
    out += [
        " " * 52 + "KT. BỘ TRƯỞNG",
        " " * 52 + "THỨ TRƯỞNG",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, ĐNA.",
    ]
    return "\n".join(out) + "\n"


def render_entry(doc: dict) -> str:
    """An encyclopedia entry copied as text: the headword, an infobox of "Key: value" lines, then
    paragraphs and "== Section ==" headings separated by blank lines, a "Xem thêm" line at the end
    (the infobox lines and the see-also line are gold paragraphs)."""
    blocks = doc["blocks"]
    out = [blocks[0][1]]
    for i, b in enumerate(blocks[1:], 1):
        out.append(f"== {b[1]} ==" if b[0] == "heading" else b[1])
        if b[-1] != "box" or blocks[i + 1][-1] != "box":
            out.append("")
    return "\n".join(out)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": render_entry,
        },
        prefix="h",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
