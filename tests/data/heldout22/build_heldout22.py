"""Build the twenty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout22/build_heldout22.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout18, on topics those sets do not use (Vietnam - Peru 1994-2019,
Lạng Sơn province's international integration in 2023 with tasks for 2024, 50 years of Vietnam - Chile
relations, a Prime Minister's decision approving the plan for 45 years of Vietnam - Colombia relations,
a foreign-affairs digest of June 2019). Nothing in src/ was changed for them. The renderers differ from
the earlier sets' on purpose (a two-column PDF text layer with 38-column lines, words hyphenated at line
ends and running headers that differ on odd and even pages; a Word export with a UTF-8 BOM, CRLF, one
paragraph a line and a blank line after every line, with a tab-separated "Phụ lục" table; an HTML5
magazine feature with <article>, <header>, <time datetime>, <figure>/<figcaption> and a pull-quote
<blockquote>; a decision with "Căn cứ" lines and "Điều 1.–4."; a digest page of "* Ngày d/m:" items).
Facts are well-established dates; authors, the journal's name, page numbers, document numbers and dates,
bylines, the ambassador and all quoted words are invented. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, wrap  # noqa: E402

SA_PERU = {
    "id": "sa",
    "shape": "journal",
    "first_page": 52,
    "even_header": "{page}   KHU VỰC HỌC MỸ LATINH, SỐ 4 (2019)",
    "odd_header": "Lương Thị Bích Ngọc – Quan hệ Việt Nam – Pê-ru   {page}",
    "breaks": (9, 25),
    # where a word may be hyphenated at a line end (the PDF's own hyphenation)
    "hyphens": {"República": ("Re", "pública")},
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – PÊ-RU SAU MỘT PHẦN TƯ THẾ KỶ"),
        ("author", "Lương Thị Bích Ngọc"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ"),
        (
            "abstract",
            "Bài viết phân tích quan hệ Việt Nam – Pê-ru từ năm 1994 đến năm 2019 trên kênh song phương và trong các khuôn khổ đa phương.",
            "vi",
        ),
        ("keywords", "Pê-ru; APEC; CPTPP; Mỹ Latinh.", "vi"),
        ("heading", "1. Thiết lập quan hệ", 1),
        (
            "paragraph",
            "Ngày 14/11/1994, Việt Nam và Pê-ru chính thức thiết lập quan hệ ngoại giao. Khi ấy Pê-ru coi châu Á – Thái Bình Dương là “cửa ngõ của tương lai” (Vương Thị Hạnh, 2015, tr. 45-47).",
        ),
        ("heading", "2. Hợp tác đa phương", 1),
        (
            "paragraph",
            "Tháng 11/1998, Việt Nam cùng Pê-ru và Nga được kết nạp vào Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC). Nước Nam Mỹ này đã hai lần đăng cai Năm APEC, vào các năm 2008 và 2016, đều tại thủ đô Li-ma.",
        ),
        (
            "paragraph",
            "Ngày 8/3/2018, hai nước nằm trong số 11 bên ký Hiệp định CPTPP tại Xan-ti-a-gô (Chi-lê). Việt Nam phê chuẩn Hiệp định ngày 12/11/2018, trong khi Quốc hội Pê-ru (Congreso de la República) đến nay vẫn chưa phê chuẩn văn kiện này (Đặng Hữu Thành và cộng sự, 2019). Theo Lã Minh Trí (2018), CPTPP “mở lối tắt cho hàng Việt vào Nam Mỹ”.",
        ),
        ("heading", "3. Đầu tư và triển vọng", 1),
        (
            "paragraph",
            "Về đầu tư, Tập đoàn Viễn thông Quân đội Việt Nam (Viettel) hiện khai thác mạng di động Bitel tại Pê-ru. Trong thời gian tới, hai bên sẽ tăng cường phối hợp tại APEC và Liên Hợp Quốc, đồng thời phấn đấu mở rộng thương mại song phương.",
        ),
    ],
}

SB_LANGSON = {
    "id": "sb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
        "Số: 07/BC-UBND",
        "Lạng Sơn, ngày 10 tháng 01 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác hội nhập quốc tế năm 2023 và nhiệm vụ năm 2024"],
    "tail": [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nơi nhận:",
        "- Bộ Ngoại giao;",
        "- Lưu: VT, NV.",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác hội nhập quốc tế năm 2023 và nhiệm vụ năm 2024"),
        ("heading", "I. KẾT QUẢ NĂM 2023", 1),
        (
            "list_item",
            "1. Tỉnh tiếp tục củng cố quan hệ hữu nghị, hợp tác với Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc); cùng các tỉnh Quảng Ninh, Cao Bằng và Hà Giang duy trì cơ chế Ủy ban công tác liên hợp với chính quyền Quảng Tây.",
        ),
        (
            "list_item",
            "2. Tháng trước, Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình thăm cấp nhà nước Việt Nam. Hai bên ra Tuyên bố chung về việc xây dựng Cộng đồng chia sẻ tương lai Việt Nam – Trung Quốc có ý nghĩa chiến lược.",
        ),
        (
            "list_item",
            "3. Hàng hóa qua các cửa khẩu của tỉnh được hưởng ưu đãi theo Hiệp định khung về Hợp tác kinh tế toàn diện ASEAN – Trung Quốc (2002) và Hiệp định RCEP, có hiệu lực với Việt Nam từ ngày 1/1/2022.",
        ),
        (
            "list_item",
            "4. Một số thỏa thuận hợp tác đã ký với phía bạn chưa được triển khai do vướng mắc về thủ tục.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Phấn đấu phối hợp với phía Quảng Tây tổ chức Hội nghị gặp gỡ đầu Xuân giữa Bí thư Tỉnh ủy các tỉnh biên giới Việt Nam và Bí thư Khu ủy Quảng Tây.",
        ),
        (
            "list_item",
            "2. Dự kiến cử đoàn công tác của tỉnh sang thăm và làm việc tại Quảng Tây trong quý II/2024.",
        ),
        ("heading", "Phụ lục: Một số cặp cửa khẩu trên địa bàn tỉnh", 1),
        ("table", "Cửa khẩu phía Việt Nam\tCửa khẩu phía Trung Quốc\tHuyện"),
        ("table", "Hữu Nghị\tHữu Nghị Quan\tCao Lộc"),
        ("table", "Ga đường sắt Đồng Đăng\tBằng Tường\tCao Lộc"),
        ("table", "Tân Thanh\tPò Chài\tVăn Lãng"),
        ("table", "Chi Ma\tÁi Điểm\tLộc Bình"),
    ],
}

SC_CHILE = {
    "id": "sc",
    "shape": "magazine",
    "iso": "2021-03-25T07:30:00+07:00",
    "stamp": "25/3/2021",
    "byline": "Bài: Hà Phương",
    "caption": "Cảng Van-pa-rai-xô (Chi-lê). Ảnh: Tư liệu",
    "pull": "Chi-lê là cửa ngõ để hàng hóa Việt Nam đi vào Nam Mỹ",
    "blocks": [
        ("title", "Việt Nam – Chi-lê: nửa thế kỷ bên kia Thái Bình Dương"),
        (
            "paragraph",
            "Sau nửa thế kỷ, Chi-lê đã trở thành một đối tác hàng đầu của Việt Nam tại Mỹ Latinh.",
        ),
        (
            "paragraph",
            "Ngày 25/3/1971, dưới thời Tổng thống Xan-va-đo A-gien-đê, Chi-lê thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa. Năm 2004, nước này lần đầu đăng cai Năm APEC tại thủ đô Xan-ti-a-gô, nơi cũng đặt trụ sở Ủy ban Kinh tế Mỹ Latinh và Caribe của Liên Hợp Quốc (ECLAC).",
        ),
        (
            "paragraph",
            "Tháng 11/2011, bên lề Tuần lễ Cấp cao APEC tại Hô-nô-lu-lu (Hoa Kỳ), hai nước ký Hiệp định Thương mại tự do Việt Nam – Chi-lê (VCFTA), hiệp định có hiệu lực từ ngày 1/1/2014. Chi-lê cùng Cô-lôm-bi-a, Mê-hi-cô và Pê-ru là thành viên sáng lập Liên minh Thái Bình Dương năm 2011.",
        ),
        (
            "paragraph",
            "Năm 2019, Chi-lê không tổ chức Hội nghị Cấp cao APEC do bất ổn trong nước, và đến nay phía bạn vẫn chưa phê chuẩn Hiệp định CPTPP. Năm ngoái, hai nước cùng các thành viên APEC thông qua Tầm nhìn APEC Pu-tra-gia-ya 2040.",
        ),
        (
            "paragraph",
            "“Chi-lê là cửa ngõ để hàng hóa Việt Nam đi vào Nam Mỹ”, Đại sứ Lê Quang Vĩnh nói. Theo ông, hai bên sẽ tận dụng VCFTA để nâng kim ngạch thương mại trong những năm tới.",
        ),
    ],
}

SD_DECISION = {
    "id": "sd",
    "shape": "decision",
    "head": [
        "THỦ TƯỚNG CHÍNH PHỦ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "-------                      Độc lập - Tự do - Hạnh phúc",
        "                             ---------------",
        "Số: 1503/QĐ-TTg              Hà Nội, ngày 4 tháng 12 năm 2023",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 45 năm",
        "Ngày thiết lập quan hệ ngoại giao Việt Nam – Cô-lôm-bi-a",
    ],
    "preamble": [
        " " * 30 + "THỦ TƯỚNG CHÍNH PHỦ",
        "",
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
        "Căn cứ Quyết định số 272/QĐ-TTg ngày 15 tháng 2 năm 2023 của Thủ tướng Chính phủ;",
        "Xét đề nghị của Bộ trưởng Bộ Ngoại giao,",
        "",
        " " * 30 + "QUYẾT ĐỊNH:",
        "",
    ],
    "tail": [
        "Nơi nhận:                         THỦ TƯỚNG",
        "- Như Điều 4;                      (Đã ký)",
        "- Lưu: VT, QHQT.",
    ],
    "blocks": [
        (
            "title",
            "QUYẾT ĐỊNH Phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 45 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Cô-lôm-bi-a",
        ),
        (
            "list_item",
            "Điều 1. Phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 45 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Cô-lôm-bi-a (1/1/1979 – 1/1/2024) với các nội dung sau:",
        ),
        (
            "list_item",
            "a) Lãnh đạo cấp cao hai nước trao đổi điện mừng vào ngày 1/1/2024.",
        ),
        (
            "list_item",
            "b) Bộ Ngoại giao phối hợp với phía bạn tổ chức tọa đàm về hợp tác giữa Việt Nam với Cô-lôm-bi-a, thành viên Tổ chức Hợp tác và Phát triển Kinh tế (OECD) từ ngày 28/4/2020, và với Liên minh Thái Bình Dương.",
        ),
        (
            "list_item",
            "c) Không tổ chức đoàn cấp cao sang Cô-lôm-bi-a riêng cho dịp kỷ niệm; các cuộc tiếp xúc được lồng ghép vào hoạt động đa phương.",
        ),
        (
            "list_item",
            "Điều 2. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2024 của các cơ quan.",
        ),
        ("list_item", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
        (
            "list_item",
            "Điều 4. Bộ trưởng Bộ Ngoại giao, Bộ trưởng Bộ Công Thương và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.",
        ),
    ],
}

SE_DIGEST = {
    "id": "se",
    "shape": "digest",
    "site": "BẢN TIN ĐỐI NGOẠI | Tin tổng hợp | Lưu trữ",
    "stamp": "Cập nhật: 01/07/2019 08:00",
    "blocks": [
        ("title", "Điểm tin đối ngoại tháng 6/2019"),
        (
            "paragraph",
            "Sau chuyến thăm Liên bang Nga, Na Uy và Thụy Điển của Thủ tướng Nguyễn Xuân Phúc cuối tháng 5, tháng 6 tiếp tục là một tháng bận rộn của ngoại giao Việt Nam:",
        ),
        (
            "list_item",
            "* Ngày 7/6: Tại phiên bầu cử của Đại hội đồng Liên Hợp Quốc khóa 73, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021, được 192 trong tổng số 193 nước thành viên bỏ phiếu ủng hộ.",
        ),
        (
            "list_item",
            "* Ngày 22 – 23/6: Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 34 tại Băng Cốc. Năm nay Thái Lan giữ vai trò Chủ tịch ASEAN. Hội nghị thông qua Tầm nhìn ASEAN về Ấn Độ Dương – Thái Bình Dương.",
        ),
        (
            "list_item",
            "* Ngày 28 – 29/6: Theo lời mời của Thủ tướng nước chủ nhà Shinzo Abe, Thủ tướng Nguyễn Xuân Phúc dự Hội nghị thượng đỉnh G20 tại Ô-xa-ca (Nhật Bản). Nhật Bản hiện là nhà tài trợ ODA song phương lớn nhất của Việt Nam.",
        ),
        (
            "list_item",
            "* Ngày 30/6: Tại Hà Nội, Việt Nam và Liên minh châu Âu ký Hiệp định Thương mại tự do (EVFTA) và Hiệp định Bảo hộ đầu tư (EVIPA). Đây là FTA thế hệ mới thứ hai của Việt Nam, sau CPTPP được Quốc hội phê chuẩn năm ngoái. Hai hiệp định sẽ được trình Quốc hội Việt Nam và Nghị viện châu Âu phê chuẩn; EVIPA chưa thể có hiệu lực khi các nước thành viên EU chưa phê chuẩn.",
        ),
        ("source", "(Nguồn: tổng hợp từ các bản tin chính thức)"),
    ],
}

DOCS = [SA_PERU, SB_LANGSON, SC_CHILE, SD_DECISION, SE_DIGEST]


def hyphen_wrap(text: str, width: int, hyphens: dict[str, tuple[str, str]]) -> list[str]:
    """Greedy word wrap that may hyphenate the words in ``hyphens`` at a line end ("Re-" / "pública"),
    as a PDF's justified narrow column does; no other word is split."""
    lines: list[str] = []
    cur = ""
    words = text.split(" ")
    i = 0
    while i < len(words):
        word = words[i]
        if cur and len(cur) + 1 + len(word) > width:
            core = word.rstrip(".,;:)”")
            if core in hyphens and len(cur) + 2 + len(hyphens[core][0]) <= width:
                head, rest = hyphens[core]
                lines.append(f"{cur} {head}-")
                cur = rest + word[len(core) :]
                i += 1
                continue
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
        i += 1
    if cur:
        lines.append(cur)
    return lines


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """Two-column PDF text layer, read column after column: 38-column lines, some words hyphenated at
    line ends; no header on the first page; after each count in ``breaks`` body lines (mid-sentence) a
    form feed and the next page's running header, which differs on odd pages ("author – short title
    N") and even pages ("N journal, issue"); no page number at the foot."""
    page = doc["first_page"]
    removed: list[str] = []
    out: list[str] = []
    body = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "title":
            out += wrap(text, 34) + [""]
        elif kind == "author":
            out.append(text)
        elif kind == "affiliation":
            out += [text, ""]
        elif kind in ("abstract", "keywords"):
            label = "Tóm tắt: " if kind == "abstract" else "Từ khóa: "
            out += hyphen_wrap(label + text, 38, doc["hyphens"]) + [""]
        elif kind == "heading":
            out.append(text)
        else:
            lines = hyphen_wrap(text, 38, doc["hyphens"])
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body in doc["breaks"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    page += 1
                    head = doc["odd_header" if page % 2 else "even_header"].format(page=page)
                    out += [f"\f{head}", ""]
                    removed.append(head)
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n", removed


def render_word(doc: dict) -> str:
    """Word "save as text" (UTF-8 with a BOM, CRLF): one paragraph a line, no wrapping, an empty line
    after every line; issuer, number and place-date stacked, the two-line title, the items, the appendix
    table with tab-separated cells, the signature and "Nơi nhận"."""
    out = [*doc["head"], *doc["title_lines"]]
    out += [b[1] for b in doc["blocks"] if b[0] != "title"]
    out += doc["tail"]
    return "\ufeff" + "".join(ln + "\r\n\r\n" for ln in out)


def render_magazine(doc: dict) -> str:
    """An HTML5 magazine feature: site header and nav, <article> with its own <header> (<h1>,
    the dek, byline and <time datetime>), a <figure> with <figcaption>, body paragraphs with a pull-quote
    <blockquote> repeating the ambassador's words between them, a tag list, the site footer."""
    blocks = doc["blocks"]
    title, dek = blocks[0][1], blocks[1][1]
    body = [f"<p>{b[1]}</p>" for b in blocks[2:]]
    body.insert(3, f'<blockquote class="pullquote"><p>{doc["pull"]}</p></blockquote>')
    paras = "\n".join(body)
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        '<header class="site"><nav><a href="/">Trang chủ</a> <a href="/chau-my">Châu Mỹ</a></nav></header>\n'
        "<main>\n<article>\n<header>\n"
        f"<h1>{title}</h1>\n"
        f'<p class="dek">{dek}</p>\n'
        f'<p class="byline">{doc["byline"]} · <time datetime="{doc["iso"]}">{doc["stamp"]}</time></p>\n'
        "</header>\n"
        f'<figure><img src="/a/vp.jpg" alt=""><figcaption>{doc["caption"]}</figcaption></figure>\n'
        f"{paras}\n"
        '<ul class="tags"><li>Chi-lê</li><li>APEC</li></ul>\n</article>\n</main>\n'
        "<footer>© Tạp chí Thế giới Ngày nay</footer>\n"
        "</body>\n</html>\n"
    )


def render_decision(doc: dict) -> str:
    """A Prime Minister's decision as copied from a PDF: issuer / motto and number / place-date side by
    side, the three-line title centred, the authority, "Căn cứ …;" lines, "QUYẾT ĐỊNH:" centred, articles
    and a) b) c) items wrapped at 80 columns, "Nơi nhận" and the signature side by side."""
    out = [*doc["head"], ""]
    out += [" " * 30 + doc["title_lines"][0], *("         " + t for t in doc["title_lines"][1:]), ""]
    out += doc["preamble"]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 80)
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_digest(doc: dict) -> str:
    """A digest page saved as text: the site line, the title, the update stamp, the lead-in, one "* Ngày
    d/m:" item a line with a blank line between, and a source line."""
    blocks = doc["blocks"]
    out = [doc["site"], "", blocks[0][1], doc["stamp"], ""]
    for b in blocks[1:]:
        out += [b[1], ""]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "magazine": render_magazine,
            "decision": render_decision,
            "digest": render_digest,
        },
        html_shapes=("magazine",),
        prefix="s",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
