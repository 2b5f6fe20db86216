"""Build the twentieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout20/build_heldout20.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout18, on topics those sets do not use (Vietnam - Mexico 1975-2021,
the Foreign Ministry's report on 2007 with tasks for 2008, the fifth East Asia Summit in Hà Nội on
30/10/2010, a Government decree applying the Vietnam - Korea FTA tariff schedule, a chronology of
Vietnam's relations with Romania and Bulgaria 1949-2020). Nothing in src/ was changed for them. The
renderers differ from the earlier sets' on purpose (a journal whose running header alternates between
the journal's name and the article's short title, page numbers at the right margin, a superscript
footnote marker; a Word export with a place-date line, Roman sections and a tab table; an HTML news page
with a breadcrumb <ol>, a <figure> caption and "Tin liên quan" links; a decree with side-by-side issuer
and motto; a chronology web page exported as text, one dated line per event). Facts are well-established
dates; authors, the journal's name, page numbers, document numbers, the byline and all quoted words are
invented. Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

VA_MEXICO = {
    "id": "va",
    "shape": "journal",
    "journal": "NGHIÊN CỨU CHÂU MỸ LA-TINH",
    "short": "Trần Quang Vinh – Quan hệ Việt Nam – Mê-hi-cô",
    "first_page": 37,
    "break_after": 9,
    "blocks": [
        ("title", "VIỆT NAM – MÊ-HI-CÔ: NHỊP CẦU XUYÊN THÁI BÌNH DƯƠNG"),
        ("author", "Trần Quang Vinh"),
        ("affiliation", "Viện Nghiên cứu châu Mỹ"),
        (
            "abstract",
            "Bài viết phân tích quan hệ Việt Nam – Mê-hi-cô từ năm 1975, nhất là hợp tác trong các cơ chế đa phương.",
            "vi",
        ),
        ("keywords", "Mê-hi-cô; APEC; CPTPP; Mỹ La-tinh.", "vi"),
        ("heading", "1. Những bước khởi đầu", 1),
        (
            "paragraph",
            "Ngày 19/5/1975, chưa đầy một tháng sau khi miền Nam Việt Nam được giải phóng, Mê-hi-cô và Việt Nam thiết lập quan hệ ngoại giao. Theo Đỗ Hữu Phước (2005), quyết định ấy phản ánh “thiện chí sớm của Mỹ La-tinh”. Từ đó đến nay, hai nước duy trì quan hệ hữu nghị truyền thống và thường xuyên trao đổi đoàn các cấp.",
        ),
        ("heading", "2. Gặp nhau ở các diễn đàn đa phương", 1),
        (
            "paragraph",
            "Mê-hi-cô trở thành thành viên Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC) năm 1993; tháng 10/2002, nước này đăng cai Hội nghị các nhà lãnh đạo kinh tế APEC tại Los Cabos. Ngày 8/3/2018, phía bạn cùng Việt Nam và chín nước khác ký Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP). Mê-hi-cô là nước đầu tiên phê chuẩn Hiệp định này, một “tín hiệu mở đường” cho các thành viên còn lại (Lâm Thu Trang, 2019, tr. 63).",
        ),
        (
            "paragraph",
            "Năm 2021, hai nước cùng là ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc¹. Tuy vậy, Việt Nam và Mê-hi-cô chưa ký hiệp định thương mại tự do song phương. Thời gian tới, hai bên phấn đấu khai thác tốt hơn các ưu đãi của CPTPP.",
        ),
        ("footnote", "¹ Việt Nam là ủy viên nhiệm kỳ 2020 – 2021, Mê-hi-cô nhiệm kỳ 2021 – 2022."),
    ],
}

VB_REPORT = {
    "id": "vb",
    "shape": "word",
    "head": ["BỘ NGOẠI GIAO", "Hà Nội, ngày 25 tháng 12 năm 2007"],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2007 và nhiệm vụ năm 2008"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2007 và nhiệm vụ năm 2008"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "paragraph",
            "Ngày 11/1/2007, Việt Nam chính thức trở thành thành viên thứ 150 của Tổ chức Thương mại thế giới (WTO), sau khi Quốc hội phê chuẩn Nghị định thư gia nhập vào cuối năm ngoái. Những kết quả nổi bật khác:",
        ),
        (
            "list_item",
            "1. Ngày 16/10/2007, Đại hội đồng Liên Hợp Quốc bầu Việt Nam làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008 – 2009 với 183/190 phiếu thuận.",
        ),
        (
            "list_item",
            "2. Tháng 6/2007, Chủ tịch nước Nguyễn Minh Triết thăm chính thức Hoa Kỳ; nhân dịp này, hai bên ký Hiệp định khung về Thương mại và Đầu tư (TIFA).",
        ),
        (
            "list_item",
            "3. Tháng 7/2007, trong chuyến thăm Ấn Độ của Thủ tướng Nguyễn Tấn Dũng, hai nước thiết lập quan hệ Đối tác chiến lược.",
        ),
        (
            "list_item",
            "4. Ngày 20/11/2007, tại Xin-ga-po, Thủ tướng Nguyễn Tấn Dũng cùng lãnh đạo chín nước ASEAN khác ký Hiến chương ASEAN.",
        ),
        (
            "list_item",
            "5. Nhật Bản tiếp tục là nhà tài trợ vốn ODA lớn nhất cho Việt Nam; đàm phán Hiệp định Đối tác Kinh tế Việt Nam – Nhật Bản (VJEPA) chưa kết thúc trong năm nay.",
        ),
        ("table", "Sự kiện\tThời gian\tGhi chú"),
        ("table", "Gia nhập WTO\t11/1/2007\tthành viên thứ 150"),
        ("table", "Bầu vào Hội đồng Bảo an\t16/10/2007\t183/190 phiếu"),
        ("heading", "II. NHIỆM VỤ NĂM 2008", 1),
        (
            "list_item",
            "1. Thực hiện tốt trách nhiệm Ủy viên không thường trực Hội đồng Bảo an từ ngày 1/1/2008; Việt Nam dự kiến giữ cương vị Chủ tịch Hội đồng Bảo an vào tháng 7/2008.",
        ),
        ("list_item", "2. Hoàn tất thủ tục phê chuẩn Hiến chương ASEAN trong năm 2008."),
        ("list_item", "3. Phấn đấu kết thúc đàm phán Hiệp định VJEPA với phía Nhật Bản."),
    ],
}

VC_NEWS = {
    "id": "vc",
    "shape": "news",
    "stamp": "Thứ Bảy, 30/10/2010 | 21:05",
    "caption": "Các trưởng đoàn dự EAS-5. Ảnh: Quang Minh",
    "byline": "Thu Hà",
    "related": [
        "Khai mạc Hội nghị Cấp cao ASEAN lần thứ 17",
        "Ngoại trưởng Hoa Kỳ đến Hà Nội",
    ],
    "blocks": [
        ("title", "Bế mạc Hội nghị Cấp cao Đông Á lần thứ 5 tại Hà Nội"),
        (
            "paragraph",
            "Chiều 30/10, Thủ tướng Nguyễn Tấn Dũng chủ trì Hội nghị Cấp cao Đông Á lần thứ 5 (EAS-5) với sự tham dự của lãnh đạo 16 nước tham gia diễn đàn.",
        ),
        (
            "paragraph",
            "Tại hội nghị, các nhà lãnh đạo quyết định mời Hoa Kỳ và Liên bang Nga chính thức tham gia Hội nghị Cấp cao Đông Á từ năm sau. Năm nay, Ngoại trưởng Hoa Kỳ Hillary Clinton và Ngoại trưởng Nga Xéc-gây La-vrốp dự với tư cách khách mời; hai nước chưa phải là thành viên chính thức.",
        ),
        (
            "paragraph",
            "Hội nghị thông qua Tuyên bố Hà Nội nhân kỷ niệm 5 năm Hội nghị Cấp cao Đông Á. Việt Nam là một trong những nước dự Hội nghị Cấp cao Đông Á đầu tiên, tổ chức tại Cu-a-la Lăm-pơ (Ma-lai-xi-a) ngày 14/12/2005.",
        ),
        (
            "paragraph",
            "Bên lề hội nghị, Thủ tướng nước chủ nhà đã có các cuộc gặp song phương với lãnh đạo nhiều nước. Ông nhấn mạnh EAS “phải là diễn đàn chiến lược của lãnh đạo”.",
        ),
        (
            "paragraph",
            "Theo kế hoạch, Hội nghị Cấp cao Đông Á lần thứ 6 sẽ diễn ra tại In-đô-nê-xi-a vào năm 2011, khi nước này đảm nhiệm vai trò Chủ tịch ASEAN.",
        ),
    ],
}

VD_DECREE = {
    "id": "vd",
    "shape": "party",
    "head": [
        ("CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("-------", "Độc lập - Tự do - Hạnh phúc"),
        ("", "---------------"),
        ("Số: 131/2015/NĐ-CP", "Hà Nội, ngày 15 tháng 12 năm 2015"),
    ],
    "title_lines": [
        "NGHỊ ĐỊNH",
        "Ban hành Biểu thuế nhập khẩu ưu đãi đặc biệt của Việt Nam để thực hiện",
        "Hiệp định Thương mại tự do Việt Nam – Hàn Quốc giai đoạn 2015 – 2018",
    ],
    "tail": [
        "TM. CHÍNH PHỦ",
        "THỦ TƯỚNG",
        "(Đã ký)",
        "",
        "Nơi nhận:",
        "- Ban Bí thư Trung ương Đảng;",
        "- Các Bộ, cơ quan ngang Bộ;",
        "- Lưu: VT, KTTH.",
    ],
    "blocks": [
        (
            "title",
            "NGHỊ ĐỊNH Ban hành Biểu thuế nhập khẩu ưu đãi đặc biệt của Việt Nam để thực hiện Hiệp định Thương mại tự do Việt Nam – Hàn Quốc giai đoạn 2015 – 2018",
        ),
        ("paragraph", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"),
        (
            "paragraph",
            "Căn cứ Hiệp định Thương mại tự do giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Đại Hàn Dân Quốc ký ngày 5 tháng 5 năm 2015 tại Hà Nội;",
        ),
        (
            "paragraph",
            "Căn cứ Hiệp định Thương mại hàng hóa thuộc Hiệp định khung về Hợp tác kinh tế toàn diện giữa ASEAN và Hàn Quốc (2006);",
        ),
        ("paragraph", "Theo đề nghị của Bộ trưởng Bộ Tài chính,"),
        ("paragraph", "Chính phủ ban hành Nghị định như sau:"),
        (
            "list_item",
            "Điều 1. Nghị định này ban hành Biểu thuế nhập khẩu ưu đãi đặc biệt của Việt Nam để thực hiện Hiệp định Thương mại tự do Việt Nam – Hàn Quốc (VKFTA), có hiệu lực từ ngày 20/12/2015.",
        ),
        (
            "list_item",
            "Điều 2. Hàng hóa không có giấy chứng nhận xuất xứ theo quy định của Hiệp định VKFTA không được áp dụng thuế suất ưu đãi đặc biệt.",
        ),
        ("list_item", "Điều 3. Tổ chức thực hiện:"),
        (
            "list_item",
            "1. Bộ Tài chính chủ trì, phối hợp với phía bạn trao đổi thông tin về xuất xứ hàng hóa.",
        ),
        (
            "list_item",
            "2. Bộ Công Thương sẽ cùng phía Hàn Quốc tổ chức phiên họp đầu tiên của Ủy ban Hỗn hợp thực thi Hiệp định trong năm 2016.",
        ),
        (
            "list_item",
            "3. Nghị định này có hiệu lực thi hành kể từ ngày 20/12/2015. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Nghị định này./.",
        ),
    ],
}

VE_CHRONOLOGY = {
    "id": "ve",
    "shape": "chronology",
    "site": "Cổng thông tin Hội Hữu nghị Việt Nam – Đông Âu | Tư liệu",
    "blocks": [
        ("title", "Biên niên sự kiện: Việt Nam với Ru-ma-ni và Bun-ga-ri (1949 – 2020)"),
        ("paragraph", "Tư liệu do Ban biên tập tổng hợp, cập nhật tháng 2/2021."),
        (
            "list_item",
            "Tháng 1/1949 – Liên Xô, Ba Lan, Bun-ga-ri, Hung-ga-ri, Ru-ma-ni và Tiệp Khắc thành lập Hội đồng Tương trợ Kinh tế (SEV) tại Mát-xcơ-va.",
        ),
        ("list_item", "Ngày 3/2/1950: Việt Nam Dân chủ Cộng hòa và Ru-ma-ni thiết lập quan hệ ngoại giao."),
        ("list_item", "Ngày 8/2/1950: Việt Nam Dân chủ Cộng hòa và Bun-ga-ri thiết lập quan hệ ngoại giao."),
        ("list_item", "Ngày 14/5/1955: Bun-ga-ri và Ru-ma-ni cùng sáu nước khác ký Hiệp ước Vác-sa-va."),
        ("list_item", "Ngày 14/12/1955: Hai nước này được kết nạp vào Liên Hợp Quốc."),
        ("list_item", "Tháng 6/1978 – Việt Nam gia nhập SEV tại kỳ họp lần thứ 32 của Hội đồng ở Bu-ca-rét."),
        ("list_item", "Ngày 28/6/1991: SEV giải thể tại Bu-đa-pét."),
        (
            "list_item",
            "Ngày 29/3/2004: Bun-ga-ri và Ru-ma-ni trở thành thành viên Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO).",
        ),
        ("list_item", "Ngày 1/1/2007: Hai nước gia nhập Liên minh châu Âu (EU)."),
        (
            "list_item",
            "Ngày 30/6/2019: Việt Nam và EU ký Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) tại Hà Nội.",
        ),
        (
            "list_item",
            "Ngày 1/8/2020: Hiệp định EVFTA có hiệu lực, mở ra cơ hội mới cho thương mại với hai nước.",
        ),
    ],
}

DOCS = [VA_MEXICO, VB_REPORT, VC_NEWS, VD_DECREE, VE_CHRONOLOGY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: the first page has no header; title wrapped at 44, "Tóm tắt:"/"Từ khóa:" at 84,
    body at 66 columns; after ``break_after`` body lines (inside a paragraph, mid-sentence) the
    page number at the right margin, a form feed and the next page's running header
    (the article's short title on even pages, the journal's name on odd pages); the last page ends
    with a "____" rule, the footnote and its page number at the right margin."""
    page = doc["first_page"]
    notes = [b[1] for b in doc["blocks"] if b[0] == "footnote"]
    out: list[str] = []
    removed: list[str] = []
    body = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "footnote":
            continue
        if (front := front_matter_lines(kind, text, 44, 84)) is not None:
            out += front
        elif kind == "heading":
            out.append(text)
        else:
            lines = wrap(text, 66)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    out += ["", f"{' ' * 62}{page}"]
                    page += 1
                    header = doc["short"] if page % 2 == 0 else doc["journal"]
                    out += [f"\f{header}", ""]
                    removed += [str(page - 1), header]
            out.append("")
    out += ["_" * 16, *[w for n in notes for w in wrap(n, 66)], f"{' ' * 62}{page}"]
    removed += ["_" * 16, str(page)]
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """Word "Save as plain text": LF line ends, every line followed by an empty line, wrapped at 84
    columns; issuer and place-date, the two-line title, Roman sections, numbered items, tab rows."""
    out: list[str] = [*doc["head"], *doc["title_lines"]]
    for b in doc["blocks"]:
        if b[0] == "title":
            continue
        out += [b[1]] if b[0] == "table" else wrap(b[1], 84)
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news page: a breadcrumb <ol>, <h1>, the date in <div class="time">, the lead in
    <div class="sapo">, a <figure> with <figcaption>, body paragraphs, the byline in bold, "Tin liên
    quan" links, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = "\n".join(f"<p>{b[1]}</p>" for b in blocks[2:] if b[0] == "paragraph")
    rel = "\n".join(
        f'<li><a href="/doi-ngoai/{40 + i}.vnp">{t}</a></li>' for i, t in enumerate(doc["related"], 1)
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} - Báo Thời sự Quốc tế</title>\n</head>\n<body>\n"
        '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>'
        '<li><a href="/thoi-su/doi-ngoai">Đối ngoại</a></li></ol>\n<div class="article">\n'
        f"<h1>{title}</h1>\n"
        f'<div class="time">{doc["stamp"]}</div>\n'
        f'<div class="sapo">{lead}</div>\n'
        f'<figure><img src="/anh/eas5.jpg" alt=""><figcaption>{doc["caption"]}</figcaption></figure>\n'
        f"{paras}\n"
        f'<p style="text-align:right"><b>{doc["byline"]}</b></p>\n</div>\n'
        f'<div class="lienquan"><h3>Tin liên quan</h3>\n<ul>\n{rel}\n</ul>\n</div>\n'
        '<div class="footer">© Báo Thời sự Quốc tế</div>\n'
        "</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A Government decree: issuer and motto side by side (left column padded to 30), the three-line
    title centred, the "Căn cứ" lines, articles and numbered items wrapped at 80 columns, a blank line
    between paragraphs; the signature and "Nơi nhận"."""
    out = [f"{left:<30}{right}".rstrip() for left, right in doc["head"]]
    out += ["", " " * 34 + doc["title_lines"][0], *("  " + t for t in doc["title_lines"][1:]), ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += [*wrap(b[1], 80), ""]
    out += doc["tail"]
    return "\n".join(out) + "\n"


def render_chronology(doc: dict) -> str:
    """A web page exported as text: the site line, the title, a note, then one dated line per event
    (no blank lines between events), then a copyright line."""
    out = [doc["site"], "", doc["blocks"][0][1], doc["blocks"][1][1], ""]
    out += [b[1] for b in doc["blocks"][2:]]
    out += ["", "© Hội Hữu nghị Việt Nam – Đông Âu"]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "chronology": render_chronology,
            "word": render_word,
        },
        prefix="v",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
