"""Build the fifteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout15/build_heldout15.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout14, on topics those sets do not use (Vietnam - China: the land
border treaty of 30/12/1999 and the Gulf of Tonkin agreements of 25/12/2000; the Foreign Ministry's
report on 2013 by region with tasks for 2014; the Vietnam - Eurasian Economic Union FTA signed in
Burabay on 29/5/2015, on an embassy's website; a Prime Minister's decision approving the ASEAN
Agreement on Disaster Management and Emergency Response of 26/7/2005; a timeline of Vietnam -
Timor-Leste relations 1975-2025). Nothing in src/ was changed for them. The renderers differ from the
earlier sets' on purpose (a journal whose running header alternates, the journal's name on odd pages
and the article's title on even pages, with the page number at the foot, right on odd pages and left
on even ones, a Vietnamese and an English abstract, a 66-column wrap and two page breaks; a Word export
with LF line ends and a blank line after every line, "A./B." parts and "1.-4." regional sections; an
embassy's HTML page with a menu, a breadcrumb, a date line in a <div>, share links; a decision whose
issuer and motto stand side by side; a timeline with "- 2002: ..." lines). Facts are well-established
dates; authors, the journal's name, page numbers, the decision's number and date, the submission's
number, the byline and all quoted words are invented. Events, citations and questions gold are written
by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, wrap  # noqa: E402

VA_CHINA = {
    "id": "va",
    "shape": "journal",
    "journal": "TẠP CHÍ BIÊN GIỚI VÀ HỘI NHẬP – Số 4/2020",
    "short_title": "Vịnh Bắc Bộ và biên giới Việt Nam – Trung Quốc",
    "first_page": 81,
    "breaks": (7, 14),
    "blocks": [
        ("title", "PHÂN ĐỊNH VỊNH BẮC BỘ VÀ HOÀN THIỆN ĐƯỜNG BIÊN GIỚI VIỆT NAM – TRUNG QUỐC"),
        ("author", "Đặng Thu Hà"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích cách Việt Nam và Trung Quốc giải quyết vấn đề biên giới, lãnh thổ giai đoạn 1991 – 2011.",
            "vi",
        ),
        (
            "abstract",
            "The article reviews how Vietnam and China settled their land boundary and the Gulf of Tonkin, 1991 – 2011.",
            "en",
        ),
        ("keywords", "biên giới; Vịnh Bắc Bộ; Trung Quốc.", "vi"),
        ("heading", "1. Khởi động đàm phán", 1),
        (
            "paragraph",
            "Sau khi hai nước bình thường hóa quan hệ vào tháng 11/1991, năm 1993 hai bên ký Thỏa thuận về những nguyên tắc cơ bản giải quyết vấn đề biên giới, lãnh thổ (Bộ Ngoại giao, 2019, tr. 5–7).",
        ),
        ("heading", "2. Hai văn kiện nền tảng", 1),
        (
            "paragraph",
            "Ngày 30/12/1999, tại Hà Nội, Việt Nam và Trung Quốc ký Hiệp ước biên giới trên đất liền. Ngày 25/12/2000, tại Bắc Kinh, hai nước ký Hiệp định phân định lãnh hải, vùng đặc quyền kinh tế và thềm lục địa trong Vịnh Bắc Bộ cùng Hiệp định hợp tác nghề cá ở Vịnh Bắc Bộ. Theo Hoàng Minh Tuấn (2016), đây là “đường biên giới trên biển đầu tiên” mà hai nước xác lập. Sau khi được phê chuẩn, hai hiệp định về Vịnh Bắc Bộ có hiệu lực từ ngày 30/6/2004.",
        ),
        ("heading", "3. Những vấn đề còn lại", 1),
        (
            "paragraph",
            "Trên cơ sở Hiệp ước biên giới trên đất liền (1999), công tác phân giới cắm mốc hoàn thành ngày 31/12/2008. Hải quân hai nước định kỳ tuần tra chung trong Vịnh. Vùng biển ngoài cửa Vịnh đến nay chưa được phân định. Ngày 11/10/2011, hai bên ký Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên biển; phía bạn và ta nhất trí sẽ tiếp tục đàm phán (Lưu Văn Khải, 2018, tr. 112).",
        ),
    ],
}

VB_REPORT = {
    "id": "vb",
    "shape": "word",
    "issuer": "BỘ NGOẠI GIAO",
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2013 và nhiệm vụ năm 2014"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2013 và nhiệm vụ năm 2014"),
        ("heading", "A. KẾT QUẢ NĂM 2013", 1),
        ("heading", "1. Với các nước láng giềng", 2),
        (
            "paragraph",
            "Từ ngày 13 đến 15/10/2013, Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường thăm chính thức Việt Nam. Quan hệ đặc biệt với Lào và quan hệ hữu nghị với Campuchia tiếp tục được củng cố. Việc phân giới cắm mốc trên biên giới đất liền với Campuchia chưa hoàn thành.",
        ),
        ("heading", "2. Với các nước lớn", 2),
        (
            "paragraph",
            "Tháng 1/2013, Thủ tướng Nhật Bản Shinzo Abe thăm Việt Nam. Năm nay là Năm Hữu nghị Việt Nam – Nhật Bản, kỷ niệm 40 năm thiết lập quan hệ ngoại giao (21/9/1973). Ngày 25/7/2013, tại Oa-sinh-tơn, Chủ tịch nước Trương Tấn Sang và Tổng thống Ba-rắc Ô-ba-ma ra Tuyên bố chung về quan hệ Đối tác toàn diện Việt Nam – Hoa Kỳ. Trong chuyến thăm Pháp của Thủ tướng Nguyễn Tấn Dũng, ngày 25/9/2013, hai nước ký Tuyên bố chung thiết lập quan hệ Đối tác chiến lược.",
        ),
        ("heading", "3. Với châu Phi và Mỹ La-tinh", 2),
        (
            "paragraph",
            "Chuyên gia nông nghiệp Việt Nam tiếp tục giúp Cu-ba phát triển sản xuất lúa gạo. Ta tiếp tục cử chuyên gia sang châu Phi theo Chương trình Hợp tác Nam – Nam của FAO.",
        ),
        ("heading", "4. Công tác đa phương", 2),
        (
            "paragraph",
            "Ngày 12/11/2013, Việt Nam trúng cử thành viên Hội đồng Nhân quyền Liên Hợp Quốc nhiệm kỳ 2014 – 2016 với 184 phiếu. Nguyên Thứ trưởng Ngoại giao Lê Lương Minh đảm nhận chức Tổng Thư ký ASEAN nhiệm kỳ 2013 – 2017. Ta tích cực tham gia đàm phán Hiệp định TPP và Hiệp định RCEP.",
        ),
        ("heading", "B. NHIỆM VỤ NĂM 2014", 1),
        (
            "list_item",
            "- Phối hợp chặt chẽ với Mi-an-ma, nước lần đầu giữ cương vị Chủ tịch ASEAN vào năm 2014.",
        ),
        ("list_item", "- Phấn đấu cùng các nước tham gia sớm kết thúc đàm phán Hiệp định TPP."),
        ("list_item", "- Chuẩn bị để đảm nhận vai trò thành viên Hội đồng Nhân quyền từ ngày 1/1/2014."),
    ],
}

VC_NEWS = {
    "id": "vc",
    "shape": "news",
    "stamp": "Thứ Sáu, 29/05/2015",
    "blocks": [
        ("title", "Việt Nam và Liên minh Kinh tế Á – Âu ký Hiệp định Thương mại tự do"),
        (
            "paragraph",
            "Ngày 29/5, tại khu nghỉ dưỡng Bu-ra-bai (Ca-dắc-xtan), Thủ tướng Nguyễn Tấn Dũng cùng Thủ tướng Nga, Bê-la-rút, Ca-dắc-xtan, Ác-mê-ni-a và Cư-rơ-gư-xtan ký Hiệp định Thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu (EAEU).",
        ),
        (
            "paragraph",
            "Đây là FTA đầu tiên mà Liên minh ký với một đối tác bên ngoài. Liên minh ra đời từ Hiệp ước do Nga, Bê-la-rút và Ca-dắc-xtan ký tại A-xta-na đúng ngày này năm ngoái.",
        ),
        (
            "paragraph",
            "Gặp Thủ tướng Nguyễn Tấn Dũng trước lễ ký, Thủ tướng Nga Đmi-tri Mét-vê-đép bày tỏ tin tưởng văn kiện sẽ thúc đẩy quan hệ hai nước. Hiệp định chưa có hiệu lực ngay: văn kiện có hiệu lực 60 ngày sau khi Việt Nam và các nước thành viên Liên minh hoàn tất thủ tục phê chuẩn.",
        ),
        (
            "paragraph",
            "Việt Nam và Ca-dắc-xtan thiết lập quan hệ ngoại giao ngày 29/6/1992; quan hệ hữu nghị truyền thống giữa hai nước không ngừng được củng cố. Tháng 3 năm nay, Ca-dắc-xtan khai trương Đại sứ quán tại Hà Nội.",
        ),
    ],
}

VD_DECISION = {
    "id": "vd",
    "shape": "party",
    "head": [
        "THỦ TƯỚNG CHÍNH PHỦ            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "     --------                      Độc lập - Tự do - Hạnh phúc",
        "                                      ------------------",
        "Số: 318/QĐ-TTg                   Hà Nội, ngày 12 tháng 3 năm 2008",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Về việc phê duyệt Hiệp định ASEAN về Quản lý thiên tai và Ứng phó khẩn cấp",
    ],
    "issuer_line": "THỦ TƯỚNG CHÍNH PHỦ",
    "grounds": [
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
        "Căn cứ Luật Ký kết, gia nhập và thực hiện điều ước quốc tế năm 2005;",
        "Xét đề nghị của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn tại Tờ trình số 527/TTr-BNN ngày 15 tháng 2 năm 2008,",
    ],
    "tail": [
        "Nơi nhận:                                   THỦ TƯỚNG",
        "- Như Điều 4;                                (Đã ký)",
        "- Lưu: VT, QHQT.",
        "                                         Nguyễn Tấn Dũng",
    ],
    "blocks": [
        ("title", "QUYẾT ĐỊNH Về việc phê duyệt Hiệp định ASEAN về Quản lý thiên tai và Ứng phó khẩn cấp"),
        (
            "list_item",
            "Điều 1. Phê duyệt Hiệp định ASEAN về Quản lý thiên tai và Ứng phó khẩn cấp, do Bộ trưởng Ngoại giao các nước thành viên ASEAN ký ngày 26 tháng 7 năm 2005 tại Viêng Chăn, Lào.",
        ),
        (
            "list_item",
            "Điều 2. Bộ Ngoại giao thông báo cho Tổng Thư ký ASEAN việc Việt Nam đã phê duyệt Hiệp định. Hiệp định chưa có hiệu lực; Hiệp định sẽ có hiệu lực sáu mươi ngày sau khi nước thành viên thứ mười nộp văn kiện phê chuẩn hoặc phê duyệt.",
        ),
        (
            "list_item",
            "Điều 3. Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các bộ, ngành và các nước thành viên ASEAN triển khai Hiệp định, kể cả việc thành lập Trung tâm Điều phối ASEAN về hỗ trợ nhân đạo trong quản lý thiên tai (Trung tâm AHA).",
        ),
        (
            "list_item",
            "Điều 4. Bộ trưởng các Bộ: Ngoại giao, Nông nghiệp và Phát triển nông thôn chịu trách nhiệm thi hành Quyết định này./.",
        ),
    ],
}

VE_TIMELINE = {
    "id": "ve",
    "shape": "timeline",
    "blocks": [
        ("title", "Các mốc quan hệ Việt Nam – Timor-Leste"),
        (
            "list_item",
            "- 1975: Tháng 9, Việt Nam là một trong những nước đầu tiên công nhận Mặt trận Cách mạng vì một Timor-Leste độc lập (FRETILIN).",
        ),
        (
            "list_item",
            "- 2002: Ngày 20/5, Timor-Leste tuyên bố độc lập; Phó Thủ tướng, Bộ trưởng Ngoại giao Nguyễn Mạnh Cầm dự lễ. Ngày 28/7, hai nước ký Thông cáo chung thiết lập quan hệ ngoại giao cấp Đại sứ. Ngày 27/9, Timor-Leste trở thành thành viên thứ 191 của Liên Hợp Quốc.",
        ),
        ("list_item", "- 2010: Tháng 4, Tổng thống José Ramos-Horta thăm Việt Nam."),
        ("list_item", "- 2011: Timor-Leste nộp đơn xin gia nhập ASEAN."),
        (
            "list_item",
            "- 2012: Tháng 4, phía bạn mở Đại sứ quán tại Hà Nội. Ngày 22/8, Tập đoàn Viettel thành lập công ty Telemor tại Timor-Leste.",
        ),
        ("list_item", "- 2013: Tháng 9, Thủ tướng Xanana Gusmão thăm Việt Nam."),
        (
            "list_item",
            "- 2022: Tháng 11, ASEAN chấp thuận về nguyên tắc kết nạp Timor-Leste và trao cho nước này quy chế quan sát viên.",
        ),
        (
            "list_item",
            "- 2024: Từ ngày 31/7 đến 3/8, Tổng thống José Ramos-Horta thăm cấp Nhà nước Việt Nam. Ngày 30/8, Timor-Leste trở thành thành viên thứ 166 của Tổ chức Thương mại Thế giới (WTO).",
        ),
        (
            "list_item",
            "- 2025: Ngày 26/10, tại Cu-a-la Lăm-pơ (Ma-lai-xi-a), lãnh đạo các nước ASEAN và Thủ tướng Xanana Gusmão ký Tuyên bố kết nạp Timor-Leste, thành viên thứ 11 của Hiệp hội.",
        ),
        (
            "paragraph",
            "Gạo chiếm hơn 90% kim ngạch xuất khẩu của Việt Nam sang Timor-Leste. Tính đến năm 2024, Đảng Cộng sản Việt Nam chưa có quan hệ chính thức với chính đảng nào của Timor-Leste. Việt Nam sẽ tiếp tục hỗ trợ Timor-Leste hội nhập đầy đủ vào ASEAN.",
        ),
    ],
}

DOCS = [VA_CHINA, VB_REPORT, VC_NEWS, VD_DECISION, VE_TIMELINE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: the running header alternates (the journal's name on odd pages, the article's
    short title on even pages; the first page, odd, has the journal's name too); title wrapped at 48
    columns, "Tóm tắt:"/"Abstract:"/"Từ khóa:" and body at 66; after each count in ``breaks`` body
    lines (inside a paragraph, mid-sentence) the page number at the foot (right-aligned on odd pages,
    left on even ones), a form feed and the next page's header; the last page ends with its number."""
    page = doc["first_page"]

    def header(p: int) -> str:
        return doc["journal"] if p % 2 else doc["short_title"]

    def foot(p: int) -> str:
        return f"{' ' * 56}{p}" if p % 2 else str(p)

    out: list[str] = [header(page), ""]
    removed: list[str] = [doc["journal"], doc["short_title"]]
    body = 0
    labels = {
        ("abstract", "vi"): "Tóm tắt: ",
        ("abstract", "en"): "Abstract: ",
        ("keywords", "vi"): "Từ khóa: ",
    }
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "title":
            out += wrap(text, 48) + [""]
        elif kind == "author":
            out.append(text)
        elif kind == "affiliation":
            out += [text, ""]
        elif kind in ("abstract", "keywords"):
            out += wrap(labels[(kind, b[2])] + text, 66) + ([""] if kind == "keywords" else [])
        elif kind == "heading":
            out.append(text)
        else:
            lines = wrap(text, 66)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body in doc["breaks"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    out += ["", foot(page), "\f" + header(page + 1), ""]
                    removed.append(str(page))
                    page += 1
            out.append("")
    out += [foot(page)]
    removed.append(str(page))
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """Word "Save as plain text" with LF line ends: every line followed by an empty line, wrapped at
    78 columns; the issuer, the two-line title, then the blocks."""
    out: list[str] = [doc["issuer"], *doc["title_lines"]]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 78)
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """An embassy's news page: top menu and language links, a breadcrumb, the title in <h1>, the date
    in a <div class="date">, the body paragraphs, the byline, share links and a footer."""
    blocks = doc["blocks"]
    title = blocks[0][1]
    paras = "\n".join(f"<p>{b[1]}</p>" for b in blocks[1:] if b[0] == "paragraph")
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} - Đại sứ quán Việt Nam tại Ca-dắc-xtan</title>\n</head>\n<body>\n"
        '<div id="top"><a href="/en">English</a></div>\n'
        '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>'
        '<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>'
        '<li><a href="/lien-he">Liên hệ</a></li></ul>\n'
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc">Tin tức - Sự kiện</a></div>\n'
        f'<div class="content">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f"{paras}\n"
        '<p class="source">Phòng Thông tin - Báo chí</p>\n</div>\n'
        '<div class="share">Chia sẻ: <a href="#fb">Facebook</a> <a href="#tw">Twitter</a> '
        '<a href="#print">In trang</a></div>\n'
        "<footer>© Đại sứ quán Việt Nam tại Ca-dắc-xtan</footer>\n"
        "</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A Prime Minister's decision: issuer and motto side by side, number and place-date on one line;
    the title centred on two lines, the issuer line, the grounds, "QUYẾT ĐỊNH:" and the articles
    wrapped at 74 columns (no blank lines between them);
    "Nơi nhận" beside the signature."""
    out = [*doc["head"], "", " " * 32 + doc["title_lines"][0], "  " + doc["title_lines"][1], ""]
    out += [" " * 28 + doc["issuer_line"], ""]
    for ln in doc["grounds"]:
        out += wrap(ln, 74)
    out += ["", " " * 32 + "QUYẾT ĐỊNH:", ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 74)
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_timeline(doc: dict) -> str:
    """A timeline page: the title, a blank line, one line per year ("- 2002: ..."), a blank line and the
    closing paragraph."""
    out: list[str] = []
    for b in doc["blocks"]:
        if b[0] == "title":
            out += [b[1], ""]
        elif b[0] == "paragraph":
            out += ["", b[1]]
        else:
            out.append(b[1])
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "timeline": render_timeline,
            "word": render_word,
        },
        prefix="v",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
