"""Build the tenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout10/build_heldout10.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout9, on topics those sets do not use (Vietnam - Italy 1973-2023,
Vietnam's foreign affairs in 2018 with tasks for 2019, Vietnam signing the AIIB articles on 29/6/2015,
a Prime Minister's directive on the Vietnam - Laos Solidarity and Friendship Year 2022, an ambassador's
speech on 70 years of Vietnam - Hungary relations). Nothing in src/ was changed for them. The renderers
differ from the earlier sets' on purpose (a journal with a running header "journal | issue" on every
page, the page number alone centred at the foot, numbered footnotes at the page foot and a 62-column
wrap; a Word export with Roman "I./II." sections; an HTML5 news page with <article>, <time> and an
<aside> of related links; a directive whose issuer and motto blocks are stacked, not side by side; a
speech transcript with salutations and "(Vỗ tay)" lines). Facts are well-established dates; authors,
the journal's name, page numbers, document numbers, the byline, the speaker's name and all quoted
words are invented. Events, citations and questions gold are written by hand; ``--check`` verifies
that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

QA_ITALY = {
    "id": "qa",
    "shape": "journal",
    "journal": "Tạp chí Châu Âu và Địa Trung Hải",
    "issue": "Số 2 (18) – 2023",
    "first_page": 41,
    "break_after": 8,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – I-TA-LI-A: NỬA THẾ KỶ NHÌN LẠI"),
        ("author", "Nguyễn Thị Minh Hằng"),
        ("affiliation", "Trường Đại học Khoa học Xã hội và Nhân văn"),
        ("abstract", "Bài viết điểm lại quan hệ Việt Nam – I-ta-li-a từ năm 1973 đến năm 2023.", "vi"),
        ("keywords", "I-ta-li-a; đối tác chiến lược; ODA.", "vi"),
        ("heading", "1. Thiết lập quan hệ", 1),
        (
            "paragraph",
            "I-ta-li-a không tham gia cuộc chiến tranh ở Việt Nam. Ngày 23/3/1973, hai tháng sau khi Hiệp định Pa-ri (1973) được ký kết, I-ta-li-a và Việt Nam Dân chủ Cộng hòa thiết lập quan hệ ngoại giao, một quyết định “đi trước nhiều nước Tây Âu” (Lê Văn Toàn, 2013, tr. 27).",
        ),
        ("heading", "2. Từ hợp tác đến đối tác chiến lược", 1),
        (
            "paragraph",
            "Là một trong sáu nước sáng lập Cộng đồng Kinh tế châu Âu năm 1957, nước này hiện là đối tác thương mại quan trọng của Việt Nam trong EU. I-ta-li-a cũng cung cấp viện trợ phát triển chính thức (ODA) cho Việt Nam, những khoản vốn “đến đúng lúc” (Vũ Thị Lan, 2019, tr. 54).",
        ),
        (
            "paragraph",
            "Tháng 1/2013, Thủ tướng Nguyễn Tấn Dũng thăm chính thức I-ta-li-a; hai nước ra Tuyên bố chung thiết lập quan hệ Đối tác chiến lược. Theo Phan Quốc Bảo (2015), đây là “bước ngoặt của quan hệ song phương”. Trong thời gian tới, hai bên sẽ mở rộng hợp tác về văn hóa và khoa học.",
        ),
        ("footnote", "1 Tác giả cảm ơn hai phản biện ẩn danh đã góp ý cho bản thảo."),
    ],
}

QB_REPORT = {
    "id": "qb",
    "shape": "word",
    "issuer": "BỘ NGOẠI GIAO",
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2018 và phương hướng năm 2019"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2018 và phương hướng năm 2019"),
        ("heading", "I. KẾT QUẢ NĂM 2018", 1),
        ("paragraph", "Năm 2018, công tác đối ngoại tiếp tục được triển khai đồng bộ, cụ thể:"),
        ("list_item", "a) Việt Nam tổ chức thành công các hội nghị quốc tế:"),
        (
            "list_item",
            "• Tháng 3/2018, Việt Nam đăng cai Hội nghị Cấp cao Hợp tác Tiểu vùng Mê Công mở rộng lần thứ 6 (GMS-6) tại Hà Nội.",
        ),
        (
            "list_item",
            "• Từ ngày 11 đến 13/9/2018, Hà Nội tổ chức Diễn đàn Kinh tế thế giới về ASEAN (WEF ASEAN).",
        ),
        (
            "list_item",
            "b) Ngày 8/3/2018, tại Xan-ti-a-gô (Chi-lê), Việt Nam cùng Nhật Bản, Ca-na-đa, Mê-hi-cô và bảy nước khác ký Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP).",
        ),
        (
            "list_item",
            "c) Ngày 12/11/2018, Quốc hội thông qua Nghị quyết phê chuẩn Hiệp định CPTPP; Việt Nam là nước thứ bảy phê chuẩn.",
        ),
        ("list_item", "d) Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) chưa được ký trong năm 2018."),
        ("table", "Hiệp định\tNgày ký\tPhê chuẩn"),
        ("table", "CPTPP\t8/3/2018\t12/11/2018"),
        ("table", "EVFTA\tchưa ký\tchưa phê chuẩn"),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2019", 1),
        (
            "list_item",
            "1. Vận động các nước ủng hộ Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020 – 2021; cuộc bầu cử dự kiến diễn ra vào tháng 6/2019.",
        ),
        ("list_item", "2. Chuẩn bị đảm nhận vai trò Chủ tịch ASEAN năm 2020."),
        ("list_item", "3. Triển khai Hiệp định CPTPP, có hiệu lực với Việt Nam từ ngày 14/1/2019."),
    ],
}

QC_NEWS = {
    "id": "qc",
    "shape": "news",
    "stamp": "Thứ Hai, 29/06/2015 - 18:20",
    "iso": "2015-06-29T18:20:00+07:00",
    "related": [
        "Ngân hàng Phát triển châu Á công bố báo cáo kinh tế",
        "Thủ tướng tiếp Đại sứ Trung Quốc",
        "Giá vàng hôm nay giảm nhẹ",
    ],
    "blocks": [
        ("title", "Việt Nam ký Hiệp định thành lập Ngân hàng Đầu tư Cơ sở hạ tầng châu Á"),
        (
            "paragraph",
            "Ngày 29/6, tại Bắc Kinh (Trung Quốc), Việt Nam cùng 49 nước khác ký Hiệp định về các Điều khoản thành lập Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB).",
        ),
        (
            "paragraph",
            "Với việc ký Hiệp định, Việt Nam trở thành một trong 57 thành viên sáng lập của AIIB. Ngân hàng có vốn điều lệ 100 tỷ USD và đặt trụ sở tại Bắc Kinh. Chủ tịch Trung Quốc Tập Cận Bình đề xuất thành lập AIIB vào tháng 10/2013. Hoa Kỳ và Nhật Bản không tham gia ngân hàng này.",
        ),
        (
            "paragraph",
            "“AIIB sẽ là kênh huy động vốn mới cho các dự án hạ tầng của Việt Nam”, một lãnh đạo Bộ Tài chính nhận định. Theo quy định, Hiệp định sẽ được trình Quốc hội xem xét phê chuẩn.",
        ),
    ],
}

QD_DIRECTIVE = {
    "id": "qd",
    "shape": "party",
    "head": [
        "            THỦ TƯỚNG CHÍNH PHỦ",
        "                  -------",
        "              Số: 04/CT-TTg",
        "",
        "    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "        Độc lập - Tự do - Hạnh phúc",
        "            ---------------",
        "        Hà Nội, ngày 21 tháng 2 năm 2022",
    ],
    "title_lines": [
        "CHỈ THỊ",
        "Về việc tổ chức các hoạt động Năm Đoàn kết hữu nghị Việt Nam – Lào 2022",
    ],
    "tail": [
        "                                        KT. THỦ TƯỚNG",
        "                                        PHÓ THỦ TƯỚNG",
        "                                           (Đã ký)",
        "Nơi nhận:",
        "- Các bộ, cơ quan ngang bộ;",
        "- UBND các tỉnh biên giới Việt Nam – Lào;",
        "- Lưu: VT, QHQT.",
    ],
    "blocks": [
        ("title", "CHỈ THỊ Về việc tổ chức các hoạt động Năm Đoàn kết hữu nghị Việt Nam – Lào 2022"),
        (
            "paragraph",
            "Năm 2022 là dịp kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962) và 45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào (18/7/1977). Hai nước thống nhất lấy năm 2022 là Năm Đoàn kết hữu nghị Việt Nam – Lào. Tuy vậy, một số dự án hợp tác giữa hai nước chưa được triển khai đúng tiến độ.",
        ),
        ("paragraph", "Để tổ chức tốt các hoạt động trong năm, Thủ tướng Chính phủ chỉ thị:"),
        (
            "list_item",
            "1. Bộ Ngoại giao chủ trì, phối hợp với phía bạn tổ chức các hoạt động kỷ niệm và chuẩn bị các chuyến thăm cấp cao giữa hai nước trong năm 2022.",
        ),
        (
            "list_item",
            "2. Bộ Giáo dục và Đào tạo tiếp tục cấp học bổng cho lưu học sinh Lào sang học tập tại Việt Nam.",
        ),
        (
            "list_item",
            "3. Bộ Công Thương phối hợp với các bộ, ngành của Lào tháo gỡ vướng mắc, đẩy nhanh các dự án hợp tác.",
        ),
        (
            "list_item",
            "4. Bộ Ngoại giao theo dõi, đôn đốc và báo cáo Thủ tướng Chính phủ kết quả thực hiện Chỉ thị này./.",
        ),
    ],
}

QE_SPEECH = {
    "id": "qe",
    "shape": "speech",
    "place": "(Bu-đa-pét, ngày 3/2/2020)",
    "speaker": "PHÁT BIỂU CỦA ĐẠI SỨ VIỆT NAM TẠI HUNG-GA-RI TRẦN VĂN NAM",
    "blocks": [
        ("title", "Lễ kỷ niệm 70 năm thiết lập quan hệ ngoại giao Việt Nam – Hung-ga-ri"),
        ("paragraph", "Kính thưa Ngài Quốc vụ khanh,"),
        ("paragraph", "Thưa các vị khách quý,"),
        (
            "paragraph",
            "Ngày 3/2/1950, Hung-ga-ri và Việt Nam Dân chủ Cộng hòa thiết lập quan hệ ngoại giao. Bảy mươi năm qua, khoảng cách địa lý không làm phai nhạt tình hữu nghị giữa hai dân tộc. Hàng nghìn người Việt Nam đã học tập tại Hung-ga-ri, và hằng năm Chính phủ Hung-ga-ri cấp học bổng cho sinh viên Việt Nam.",
        ),
        ("paragraph", "(Vỗ tay)"),
        ("paragraph", "Thưa Quý vị,"),
        (
            "paragraph",
            "Hung-ga-ri gia nhập Liên minh châu Âu ngày 1/5/2004. Hai nước hiện là Đối tác toàn diện. Chúng tôi cảm ơn phía bạn đã ủng hộ Việt Nam: ngày 7/6/2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021 với 192/193 phiếu. Năm nay, Việt Nam đồng thời đảm nhiệm cương vị Chủ tịch ASEAN.",
        ),
        (
            "paragraph",
            "Thời gian tới, hai bên sẽ phối hợp triển khai Hiệp định EVFTA khi Hiệp định có hiệu lực.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn."),
        ("paragraph", "(Vỗ tay)"),
    ],
}

DOCS = [QA_ITALY, QB_REPORT, QC_NEWS, QD_DIRECTIVE, QE_SPEECH]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: every page starts with the running header "journal | issue"; title wrapped at
    40, "Tóm tắt:"/"Từ khóa:" at 90, body at 62 columns; after ``break_after`` body lines (inside a
    paragraph, mid-sentence) the numbered footnote, the page number alone centred, a form feed and the
    next page's running header; the last page ends with its page number."""
    page = doc["first_page"]
    header = f"{doc['journal']} | {doc['issue']}"
    notes = [b[1] for b in doc["blocks"] if b[0] == "footnote"]
    out: list[str] = [header, ""]
    removed: list[str] = [header]
    body = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "footnote":
            continue
        if (front := front_matter_lines(kind, text, 40, 90)) is not None:
            out += front
        elif kind == "heading":
            out.append(text)
        else:
            lines = wrap(text, 62)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    out += ["", "_" * 20, *[w for n in notes for w in wrap(n, 62)], ""]
                    out += [f"{' ' * 30}{page}", f"\f{header}", ""]
                    removed += ["_" * 20, str(page)]
                    page += 1
            out.append("")
    out += [f"{' ' * 30}{page}"]
    removed.append(str(page))
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """Word "Save as plain text" on Windows: CRLF line ends, every line followed by an empty line,
    wrapped at 80 columns; issuer, the two-line title; "•" and a tab for bullets; tab-separated rows."""
    out: list[str] = [doc["issuer"], *doc["title_lines"]]
    for b in doc["blocks"]:
        if b[0] == "title":
            continue
        if b[0] == "table":
            out.append(b[1])
        elif b[1].startswith("• "):
            out += wrap("•\t" + b[1][2:], 80)
        else:
            out += wrap(b[1], 80)
    return "".join(ln + "\r\n\r\n" for ln in out)


def render_news(doc: dict) -> str:
    """An HTML5 news page: header nav, <article> with <h1>, a <time> element, the lead as
    <p class="sapo"><strong>, body paragraphs, the byline, an <aside> of related links, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = "\n".join(f"<p>{b[1]}</p>" for b in blocks[2:] if b[0] == "paragraph")
    rel = "\n".join(f'<li><a href="/kinh-te/{i}.htm">{t}</a></li>' for i, t in enumerate(doc["related"], 1))
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Báo Kinh tế Đối ngoại</title>\n</head>\n<body>\n"
        '<header><nav><a href="/">Trang chủ</a> <a href="/kinh-te">Kinh tế</a> '
        '<a href="/quoc-te">Quốc tế</a></nav></header>\n<main>\n<article>\n'
        f"<h1>{title}</h1>\n"
        f'<time datetime="{doc["iso"]}">{doc["stamp"]}</time>\n'
        f'<p class="sapo"><strong>{lead}</strong></p>\n'
        f"{paras}\n"
        '<p class="author">Hoàng Anh</p>\n</article>\n'
        f'<aside class="related"><h3>Tin liên quan</h3>\n<ul>\n{rel}\n</ul>\n</aside>\n'
        "</main>\n<footer>© Báo Kinh tế Đối ngoại. Ghi rõ nguồn khi phát hành lại.</footer>\n"
        "</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A Prime Minister's directive: the issuer and number, then the motto and place-date, stacked
    (not side by side); the two-line title centred; text and numbered items wrapped at 76 columns;
    the signature, then the "Nơi nhận" list."""
    pad = " " * 30
    out = [*doc["head"], "", pad + doc["title_lines"][0], "  " + doc["title_lines"][1], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 76)
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_speech(doc: dict) -> str:
    """A speech transcript as text: the speaker line in capitals, the occasion (title), the place and
    date in parentheses, then salutations, paragraphs and "(Vỗ tay)" lines, a blank line between."""
    out = [doc["speaker"], doc["blocks"][0][1], doc["place"], ""]
    for b in doc["blocks"][1:]:
        out += [b[1], ""]
    return "\n".join(out).rstrip("\n") + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "speech": render_speech,
            "word": render_word,
        },
        prefix="q",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
