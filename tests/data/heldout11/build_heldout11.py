"""Build the eleventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout11/build_heldout11.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout10, on topics those sets do not use (Vietnam - Indonesia
1955-2015 with ASEAN and UNCLOS, the Ministry of Industry and Trade's report on international economic
integration in the first nine months of 2015 (VKFTA, the Vietnam - EAEU FTA, EVFTA, TPP, MC10), the
Vietnam - Japan Comprehensive Strategic Partnership of 27/11/2023, a Prime Minister's decision on
hosting APEC 2017, the Ministry of Foreign Affairs' regular press conference of 14/11/2013 (Human
Rights Council election, President Putin's visit, typhoon Haiyan, the Convention against Torture)).
Nothing in src/ was changed for them. The renderers differ from the earlier sets' on purpose (a
journal whose every page starts with a running header holding the page number, "23 | journal | issue"
style, a hyphenated foreign name at a line end and a "TÀI LIỆU THAM KHẢO" list; a Word export with LF
line ends, a blank line after every line and unwrapped paragraphs, the number and date under the
issuer; an older div-based news page with a breadcrumb, a date span, tags and share links; a decision
whose issuer and motto stand side by side with "Căn cứ" lines, "QUYẾT ĐỊNH:" and "Điều 1.-3."; a
press-conference transcript of "Hỏi (...):" / "Trả lời:" pairs). Facts are well-established dates;
authors, the journal's name, page numbers, document numbers and dates, bylines, reporters' outlets and
all quoted words are invented. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

RA_INDONESIA = {
    "id": "ra",
    "shape": "journal",
    "journal": "NGHIÊN CỨU ĐÔNG NAM Á",
    "issue": "Số 12 (189) – 2015",
    "first_page": 23,
    "break_after": 11,
    "hyphen": ("Bambang", "Bam"),
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – IN-ĐÔ-NÊ-XI-A SAU 60 NĂM"),
        ("author", "Đặng Thị Bích Ngọc"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ Việt Nam – In-đô-nê-xi-a giai đoạn 1955 – 2015.",
            "vi",
        ),
        ("keywords", "In-đô-nê-xi-a; ASEAN; đối tác chiến lược.", "vi"),
        ("heading", "1. Những dấu mốc đầu tiên", 1),
        (
            "paragraph",
            "Ngày 30/12/1955, In-đô-nê-xi-a và Việt Nam Dân chủ Cộng hòa thiết lập quan hệ ngoại giao. Năm 1959, Chủ tịch Hồ Chí Minh sang thăm In-đô-nê-xi-a; cũng trong năm đó, Tổng thống Xu-các-nô thăm Hà Nội, chuyến thăm được coi là “nhịp cầu giữa hai dân tộc vừa giành độc lập” (Trần Khánh Linh, 2005, tr. 61).",
        ),
        ("heading", "2. Trong ngôi nhà chung ASEAN", 1),
        (
            "paragraph",
            "Ngày 8/8/1967, In-đô-nê-xi-a cùng Thái Lan, Ma-lai-xi-a, Phi-líp-pin và Xin-ga-po thành lập Hiệp hội các quốc gia Đông Nam Á (ASEAN). Việt Nam gia nhập Hiệp hội ngày 28/7/1995 với sự ủng hộ của nước này. Hai nước đều là thành viên Công ước của Liên Hợp Quốc về Luật Biển năm 1982 (UNCLOS); Quốc hội Việt Nam phê chuẩn Công ước ngày 23/6/1994. Hiệp định về phân định ranh giới thềm lục địa giữa hai nước (2003) là “thành quả của nhiều năm đàm phán” (Nguyễn Quốc Hùng, 2010, tr. 112).",
        ),
        ("heading", "3. Đối tác chiến lược", 1),
        (
            "paragraph",
            "Tháng 6/2013, nhân chuyến thăm Hà Nội của Tổng thống Susilo Bambang Yudhoyono, hai nước nâng quan hệ lên Đối tác chiến lược. Theo Hoàng Văn Khải (2014, tr. 40), đó là “sự ghi nhận lòng tin chính trị”. Tuy nhiên, hai nước chưa ký hiệp định thương mại tự do song phương; hai bên sẽ khai thác các cam kết của Hiệp định Thương mại hàng hóa ASEAN (ATIGA).",
        ),
        ("heading", "TÀI LIỆU THAM KHẢO", 1),
        (
            "reference",
            "1. Hoàng Văn Khải (2014), Quan hệ Việt Nam – In-đô-nê-xi-a, Nxb. Khoa học xã hội, Hà Nội.",
        ),
        ("reference", "2. Nguyễn Quốc Hùng (2010), Biển Đông và luật quốc tế, Nxb. Tri thức, Hà Nội."),
        (
            "reference",
            "3. Trần Khánh Linh (2005), Việt Nam và Đông Nam Á 1945 – 1975, Nxb. Thế giới, Hà Nội.",
        ),
    ],
}

RB_REPORT = {
    "id": "rb",
    "shape": "word",
    "head": ["BỘ CÔNG THƯƠNG", "Số: 9127/BC-BCT", "Hà Nội, ngày 2 tháng 10 năm 2015"],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác hội nhập kinh tế quốc tế 9 tháng đầu năm 2015 và nhiệm vụ ba tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác hội nhập kinh tế quốc tế 9 tháng đầu năm 2015 và nhiệm vụ ba tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        ("list_item", "1. Về các hiệp định thương mại tự do (FTA):"),
        (
            "list_item",
            "a) Ngày 5/5/2015, tại Hà Nội, Bộ trưởng Bộ Công Thương và Bộ trưởng Thương mại, Công nghiệp và Năng lượng Hàn Quốc ký chính thức Hiệp định Thương mại tự do Việt Nam – Hàn Quốc (VKFTA).",
        ),
        (
            "list_item",
            "b) Ngày 29/5/2015, tại Ca-dắc-xtan, Việt Nam và Liên minh Kinh tế Á – Âu (EAEU) ký Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu. Việt Nam là đối tác đầu tiên ký FTA với Liên minh.",
        ),
        (
            "list_item",
            "c) Tháng 8/2015, Việt Nam và Liên minh châu Âu (EU) tuyên bố cơ bản kết thúc đàm phán Hiệp định Thương mại tự do Việt Nam – EU (EVFTA).",
        ),
        (
            "list_item",
            "d) Đàm phán Hiệp định Đối tác xuyên Thái Bình Dương (TPP) giữa 12 nước chưa kết thúc.",
        ),
        (
            "list_item",
            "2. Về hợp tác khu vực: Việt Nam tham gia đầy đủ các vòng đàm phán Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP) và cùng các nước ASEAN chuẩn bị cho việc hình thành Cộng đồng Kinh tế ASEAN (AEC) vào cuối năm nay.",
        ),
        ("heading", "II. NHIỆM VỤ BA THÁNG CUỐI NĂM", 1),
        ("list_item", "1. Hoàn tất thủ tục phê chuẩn để Hiệp định VKFTA có hiệu lực trong năm 2015."),
        ("list_item", "2. Phấn đấu kết thúc toàn bộ đàm phán Hiệp định EVFTA trong năm 2015."),
        (
            "list_item",
            "3. Chuẩn bị tham dự Hội nghị Bộ trưởng Tổ chức Thương mại thế giới lần thứ 10 (MC10) tại Nai-rô-bi (Kê-ni-a) vào tháng 12/2015.",
        ),
    ],
}

RC_NEWS = {
    "id": "rc",
    "shape": "news",
    "stamp": "27/11/2023 21:40 GMT+7",
    "tags": ["Việt Nam - Nhật Bản", "Đối tác chiến lược toàn diện"],
    "related": [
        "Khai mạc Diễn đàn doanh nghiệp Việt Nam – Nhật Bản",
        "Thời tiết Hà Nội chuyển lạnh",
    ],
    "blocks": [
        ("title", "Việt Nam và Nhật Bản nâng cấp quan hệ lên Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Ngày 27/11, tại Tô-ky-ô, sau hội đàm giữa Chủ tịch nước Võ Văn Thưởng và Thủ tướng Kishida Fumio, hai bên ra Tuyên bố chung về việc nâng cấp quan hệ Việt Nam – Nhật Bản lên Đối tác chiến lược toàn diện.",
        ),
        (
            "paragraph",
            "Chủ tịch nước thăm chính thức Nhật Bản từ ngày 27 đến 30/11. Chuyến thăm diễn ra đúng dịp năm nay hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao (21/9/1973 – 21/9/2023).",
        ),
        (
            "paragraph",
            "Tại hội đàm, Thủ tướng nước chủ nhà khẳng định Nhật Bản sẽ tiếp tục hỗ trợ Việt Nam phát triển hạ tầng và nguồn nhân lực. Nhật Bản hiện là nước cung cấp ODA lớn nhất cho Việt Nam. Hai bên cũng nhất trí phối hợp chặt chẽ tại ASEAN và trong khuôn khổ Hợp tác Mê Công – Nhật Bản.",
        ),
        (
            "paragraph",
            "Với khuôn khổ mới, Nhật Bản trở thành đối tác chiến lược toàn diện thứ sáu của Việt Nam, sau Trung Quốc, Nga, Ấn Độ, Hàn Quốc và Hoa Kỳ. “Quan hệ hai nước bước sang một trang mới”, một thành viên đoàn Việt Nam chia sẻ.",
        ),
    ],
}

RD_DECISION = {
    "id": "rd",
    "shape": "party",
    "head": [
        ("THỦ TƯỚNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("--------", "Độc lập - Tự do - Hạnh phúc"),
        ("", "---------------"),
        ("Số: 452/QĐ-TTg", "Hà Nội, ngày 22 tháng 3 năm 2016"),
    ],
    "title_lines": ["QUYẾT ĐỊNH", "Phê duyệt Đề án tổ chức Năm APEC 2017 tại Việt Nam"],
    "preamble": [
        "THỦ TƯỚNG CHÍNH PHỦ",
        "",
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
        "Xét đề nghị của Bộ trưởng Bộ Ngoại giao,",
        "",
        "QUYẾT ĐỊNH:",
        "",
    ],
    "tail": [
        "",
        "Nơi nhận:                                        KT. THỦ TƯỚNG",
        "- Các bộ, cơ quan ngang bộ;                       PHÓ THỦ TƯỚNG",
        "- UBND thành phố Đà Nẵng;                           (Đã ký)",
        "- Lưu: VT, QHQT.",
    ],
    "blocks": [
        ("title", "QUYẾT ĐỊNH Phê duyệt Đề án tổ chức Năm APEC 2017 tại Việt Nam"),
        (
            "list_item",
            "Điều 1. Phê duyệt Đề án tổ chức Năm APEC 2017 tại Việt Nam với các nội dung chủ yếu sau:",
        ),
        (
            "list_item",
            "1. Bối cảnh: Khi Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC) ra đời năm 1989, Việt Nam chưa là thành viên. Tháng 11/1998, Việt Nam cùng Nga và Pê-ru được kết nạp vào APEC; Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ 14 tại Hà Nội (2006) đã được tổ chức thành công.",
        ),
        (
            "list_item",
            "2. Mục tiêu: Việt Nam đảm nhiệm vai trò chủ nhà APEC năm 2017, phấn đấu tổ chức thành công Tuần lễ Cấp cao APEC tại thành phố Đà Nẵng vào tháng 11/2017.",
        ),
        (
            "list_item",
            "3. Chương trình: Việt Nam sẽ chủ trì các hội nghị cấp Bộ trưởng và các cuộc họp quan chức cao cấp (SOM) của APEC.",
        ),
        (
            "list_item",
            "Điều 2. Bộ Ngoại giao chủ trì, phối hợp với Ủy ban nhân dân thành phố Đà Nẵng triển khai Đề án; trao đổi với Pê-ru, nước chủ nhà APEC 2016, và phối hợp với phía bạn để bảo đảm tính kế thừa của các ưu tiên hợp tác.",
        ),
        (
            "list_item",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Các Bộ trưởng và Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng chịu trách nhiệm thi hành./.",
        ),
    ],
}

RE_PRESS = {
    "id": "re",
    "shape": "press",
    "site": "BỘ NGOẠI GIAO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – HỌP BÁO",
    "blocks": [
        ("title", "Họp báo thường kỳ của Bộ Ngoại giao ngày 14/11/2013"),
        (
            "paragraph",
            "Hỏi (phóng viên Báo Thời sự Quốc tế): Xin Người phát ngôn cho biết ý nghĩa của việc Việt Nam trúng cử thành viên Hội đồng Nhân quyền Liên Hợp Quốc?",
        ),
        (
            "paragraph",
            "Trả lời: Ngày 12/11, tại khóa họp thứ 68 Đại hội đồng Liên Hợp Quốc, Việt Nam lần đầu tiên được bầu làm thành viên Hội đồng Nhân quyền nhiệm kỳ 2014 – 2016 với 184 phiếu. Kết quả này thể hiện “sự tin tưởng của cộng đồng quốc tế”. Tháng 2/2014, Việt Nam sẽ trình bày Báo cáo quốc gia theo Cơ chế Rà soát định kỳ phổ quát (UPR) chu kỳ II.",
        ),
        ("paragraph", "Hỏi (phóng viên hãng tin Pháp): Xin cho biết kết quả chuyến thăm của Tổng thống Nga?"),
        (
            "paragraph",
            "Trả lời: Ngày 12/11, Tổng thống Liên bang Nga Vladimir Putin thăm cấp nhà nước Việt Nam. Hai bên nhất trí làm sâu sắc quan hệ Đối tác chiến lược toàn diện được xác lập năm ngoái và thúc đẩy đàm phán Hiệp định thương mại tự do giữa Việt Nam và Liên minh Hải quan Nga – Bê-la-rút – Ca-dắc-xtan.",
        ),
        ("paragraph", "Hỏi (phóng viên Báo Lao Động): Việt Nam có hỗ trợ Phi-líp-pin sau bão Hải Yến không?"),
        (
            "paragraph",
            "Trả lời: Việt Nam chia sẻ những mất mát to lớn của nhân dân Phi-líp-pin và sẽ hỗ trợ phía bạn khắc phục hậu quả bão.",
        ),
        (
            "paragraph",
            "Hỏi (phóng viên Đài Tiếng nói Việt Nam): Tuần trước Việt Nam đã ký Công ước chống tra tấn. Khi nào Việt Nam phê chuẩn Công ước?",
        ),
        (
            "paragraph",
            "Trả lời: Ngày 7/11, tại trụ sở Liên Hợp Quốc ở Niu Oóc, Việt Nam đã ký Công ước chống tra tấn và các hình thức đối xử hoặc trừng phạt tàn bạo, vô nhân đạo hoặc hạ nhục con người. Các cơ quan chức năng đang hoàn tất thủ tục để trình Quốc hội phê chuẩn Công ước.",
        ),
    ],
}

DOCS = [RA_INDONESIA, RB_REPORT, RC_NEWS, RD_DECISION, RE_PRESS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: every page starts with a running header holding the page number ("journal |
    issue | 23" on the odd first page, "24 | journal | issue" on the even one); title at 36, "Tóm tắt:"/
    "Từ khóa:" at 86, body at 64 columns with the word ``doc["hyphen"][0]``, where it overflows, broken
    after its prefix ``doc["hyphen"][1]`` with a hyphen at the line end; headings flush left with a blank line before them,
    paragraphs without blank lines inside; after ``break_after`` body lines (inside a paragraph,
    mid-sentence) a form feed and the next page's header."""
    page = doc["first_page"]
    word, cut = doc["hyphen"]
    heads = [f"{doc['journal']} | {doc['issue']} | {page}", f"{page + 1} | {doc['journal']} | {doc['issue']}"]
    out: list[str] = [heads[0], ""]
    body = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if (front := front_matter_lines(kind, text, 36, 86)) is not None:
            out += front
        elif kind == "heading":
            out += ["", text]
        else:
            lines = _wrap_hyphen(text, 64, word, cut)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    out += ["", f"\f{heads[1]}", ""]
    return "\n".join(out) + "\n", heads


def _wrap_hyphen(text: str, width: int, word: str, cut: str) -> list[str]:
    """Greedy word wrap; when ``word`` overflows the line, its head ``cut`` stays on the line with a
    hyphen and the rest starts the next ("… Tổng thống Susilo Bam-" / "bang Yudhoyono, …")."""
    lines: list[str] = []
    cur = ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            if w.startswith(word) and len(cur) + len(cut) + 2 <= width:
                lines.append(f"{cur} {cut}-")
                cur = w[len(cut) :]
            else:
                lines.append(cur)
                cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines


def render_word(doc: dict) -> str:
    """Word "Save as plain text" with LF line ends and no wrapping: one paragraph a line, every line
    followed by an empty line; the issuer, number and place-date above the two-line title."""
    out: list[str] = [*doc["head"], *doc["title_lines"]]
    out += [b[1] for b in doc["blocks"] if b[0] != "title"]
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """An older div-based news page: breadcrumb, <h1 class="title">, a date <span>, the lead as
    <div class="sapo">, body <p>s in <div class="detail">, the byline, tags, share links, related news
    and a footer with the licence line."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = "\n".join(f"<p>{b[1]}</p>" for b in blocks[2:] if b[0] == "paragraph")
    tags = " ".join(f'<a href="/tag/{i}">{t}</a>' for i, t in enumerate(doc["tags"], 1))
    rel = "\n".join(f'<li><a href="/thoi-su/{i}.html">{t}</a></li>' for i, t in enumerate(doc["related"], 1))
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f"<title>{title} - Báo điện tử Hội nhập Toàn cầu</title>\n</head>\n<body>\n"
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/thoi-su">Thời sự</a></div>\n'
        f'<div id="content">\n<h1 class="title">{title}</h1>\n'
        f'<span class="date">{doc["stamp"]}</span>\n'
        f'<div class="sapo">{lead}</div>\n'
        f'<div class="detail">\n{paras}\n<p class="author" align="right"><b>Minh Quân (từ Tô-ky-ô)</b></p>\n</div>\n'
        f'<div class="tags">Từ khóa: {tags}</div>\n'
        '<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>\n'
        f'<div class="related"><b>Tin cùng chuyên mục</b>\n<ul>\n{rel}\n</ul>\n</div>\n</div>\n'
        '<div id="footer">Báo điện tử Hội nhập Toàn cầu. Giấy phép số 215/GP-BTTTT. '
        "Không sao chép khi chưa được phép.</div>\n</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A decision: issuer and motto side by side (two columns), number and place-date side by side;
    the two-line title centred over a short rule; the issuer line and "QUYẾT ĐỊNH:" centred, the "Căn cứ"
    lines, articles and items with a four-space first-line indent, wrapped at 78 columns; "Nơi nhận" and
    the signature side by side."""
    out = [f"{left:<36}{right}" if left else f"{'':<36}{right}" for left, right in doc["head"]]
    out += ["", " " * 34 + doc["title_lines"][0], " " * 12 + doc["title_lines"][1], " " * 34 + "-----", ""]
    for ln in doc["preamble"]:
        out.append(
            " " * 30 + ln if ln in ("THỦ TƯỚNG CHÍNH PHỦ", "QUYẾT ĐỊNH:") else ("    " + ln if ln else ln)
        )
    for b in doc["blocks"]:
        if b[0] != "title":
            first = wrap(b[1], 74)[0]
            out += ["    " + first, *wrap(b[1][len(first) :].strip(), 78)]
    out += doc["tail"]
    return "\n".join(out) + "\n"


def render_press(doc: dict) -> str:
    """A press-conference transcript copied from the ministry's site: the site line, the title, then
    "Hỏi (…):" and "Trả lời:" paragraphs, a blank line between, and "(Hết)" at the end."""
    out = [doc["site"], "", doc["blocks"][0][1], ""]
    for b in doc["blocks"][1:]:
        out += [b[1], ""]
    out.append("(Hết)")
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "press": render_press,
            "word": render_word,
        },
        prefix="r",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
