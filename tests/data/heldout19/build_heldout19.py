"""Build the nineteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout19/build_heldout19.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout18, on topics those sets do not use (50 years of Vietnam - Chile
relations and the VCFTA; Tây Ninh's relations with the Cambodian border provinces in the first half of
2019; the National Assembly's ratification of ILO Convention No. 98; a Foreign Ministry decision on the
30th anniversary of Vietnam - Brunei relations; a Q&A on Vietnam in the Asia-Europe Meeting). Nothing
in src/ was changed for them. The renderers differ from the earlier sets' on purpose (a journal whose
later page opens with an "author – short title" running header and whose pages end with "[N]" at the
right margin; a Word report whose numbered items keep a tab after the number; an HTML5 page with
<main>, a category/time meta line, the lead as <h2 class="sapo"> and a tag list; a decision whose
motto is underlined by a dashed rule and whose articles carry lettered points; a Q&A with "Câu hỏi:" /
"Trả lời:"). Facts are well-established dates; authors, the journal's name, page numbers, the report's
and the decision's numbers and dates, the province's own activities, the expert and all quoted words
are invented. Events, citations and questions gold are written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

UA_CHILE = {
    "id": "ua",
    "shape": "journal",
    "journal": "NGHIÊN CỨU CHÂU MỸ, Số 3 (96) – 2021",
    "header": "Nguyễn Hữu Phước – Quan hệ Việt Nam – Chi-lê…",
    "first_page": 57,
    "break_after": 9,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – CHI-LÊ: NỬA THẾ KỶ TỪ ĐOÀN KẾT ĐẾN THƯƠNG MẠI TỰ DO"),
        ("author", "Nguyễn Hữu Phước"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ"),
        ("abstract", "Bài viết điểm lại 50 năm quan hệ Việt Nam – Chi-lê (1971 – 2021).", "vi"),
        ("keywords", "Chi-lê; APEC; VCFTA.", "vi"),
        ("heading", "1. Khởi đầu", 1),
        (
            "paragraph",
            "Ngày 25/3/1971, dưới thời Tổng thống Xan-va-đo A-gien-đê, Chi-lê thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa và trở thành quốc gia Nam Mỹ đầu tiên làm điều đó. Tình cảm của nhân dân Chi-lê với Việt Nam được ví như “một ngọn lửa không tắt” (Trịnh Thu Hiền, 2011, tr. 88).",
        ),
        ("heading", "2. Hội nhập khu vực Thái Bình Dương", 1),
        (
            "paragraph",
            "Chi-lê gia nhập Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC) năm 1994, còn Việt Nam trở thành thành viên của Diễn đàn năm 1998. Năm 2005, nước này cùng Bru-nây, Niu Di-lân và Xin-ga-po ký Hiệp định Đối tác kinh tế chiến lược xuyên Thái Bình Dương (P4); năm 2010, Chi-lê được kết nạp vào Tổ chức Hợp tác và Phát triển Kinh tế (OECD).",
        ),
        (
            "paragraph",
            "Ngày 11/11/2011, hai nước ký Hiệp định Thương mại tự do Việt Nam – Chi-lê (VCFTA), văn kiện có hiệu lực từ ngày 1/1/2014. Theo Lâm Thị Hoa (2016), VCFTA là “cánh cửa vào thị trường Nam Mỹ” của hàng Việt Nam.",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Ngày 8/3/2018, Việt Nam và Chi-lê cùng chín nước khác ký Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP) tại Xan-ti-a-gô. Hiện nay, hai bên phối hợp chặt chẽ tại APEC và Liên Hợp Quốc, dù kim ngạch song phương còn chưa tương xứng với tiềm năng (Hoàng Văn Sơn, 2020, tr. 23). Năm nay, nhân kỷ niệm 50 năm quan hệ ngoại giao, hai bên dự kiến mở rộng hợp tác về nông nghiệp và năng lượng tái tạo.",
        ),
    ],
}

UB_REPORT = {
    "id": "ub",
    "shape": "word",
    "head": ["UBND TỈNH TÂY NINH", "SỞ NGOẠI VỤ", "Số: 215/BC-SNgV", "Tây Ninh, ngày 28 tháng 6 năm 2019"],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2019 và nhiệm vụ 6 tháng cuối năm",
    ],
    "tail": ["GIÁM ĐỐC", "(Đã ký)", "Trần Văn Quang"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm 2019 và nhiệm vụ 6 tháng cuối năm"),
        ("heading", "PHẦN I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tỉnh tiếp tục duy trì quan hệ hữu nghị truyền thống với ba tỉnh giáp biên của Vương quốc Cam-pu-chia là Xvây Riêng, Prây Veng và Tbông Khmum.",
        ),
        (
            "list_item",
            "2. Nhân dịp Tết Chôl Chnăm Thmây, Tỉnh trao tặng 300 suất quà cho các gia đình khó khăn của tỉnh Xvây Riêng.",
        ),
        (
            "list_item",
            "3. Từ ngày 14 đến 16 tháng trước, đoàn lãnh đạo Tỉnh thăm và làm việc tại tỉnh Tbông Khmum; hai bên ký Biên bản ghi nhớ về hợp tác giai đoạn 2019 – 2023.",
        ),
        (
            "list_item",
            "4. Thỏa thuận hợp tác với tỉnh Prây Veng chưa được ký kết do phía bạn chưa hoàn tất thủ tục nội bộ.",
        ),
        (
            "list_item",
            "5. Sở phối hợp tuyên truyền sự kiện Việt Nam được Đại hội đồng Liên Hợp Quốc bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021 với 192/193 phiếu ủng hộ vào đầu tháng này.",
        ),
        ("heading", "PHẦN II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        ("list_item", "1. Phấn đấu ký kết thỏa thuận hợp tác với tỉnh Prây Veng trong tháng 9/2019."),
        (
            "list_item",
            "2. Dự kiến đón đoàn đại biểu tỉnh Xvây Riêng sang thăm Tây Ninh vào tháng 11/2019.",
        ),
        (
            "list_item",
            "3. Phối hợp với các tỉnh bạn quản lý biên giới theo Hiệp ước bổ sung Hiệp ước hoạch định biên giới quốc gia năm 1985 giữa Việt Nam và Cam-pu-chia (2005).",
        ),
    ],
}

UC_ILO = {
    "id": "uc",
    "shape": "news",
    "stamp": "14/06/2019 17:30",
    "blocks": [
        ("title", "Quốc hội phê chuẩn Công ước số 98 của Tổ chức Lao động quốc tế"),
        (
            "paragraph",
            "(Chinhphu.vn) – Ngày 14/6, Quốc hội biểu quyết thông qua Nghị quyết phê chuẩn Công ước số 98 của Tổ chức Lao động quốc tế (ILO) về quyền tổ chức và thương lượng tập thể.",
        ),
        (
            "paragraph",
            "Việt Nam trở thành thành viên ILO năm 1980, rút khỏi tổ chức này năm 1985 và gia nhập trở lại năm 1992. Năm nay, ILO kỷ niệm 100 năm ngày thành lập (1919 – 2019).",
        ),
        (
            "paragraph",
            "Với văn kiện vừa được thông qua, nước ta đã phê chuẩn 6 trên 8 công ước cơ bản của ILO. Hai công ước còn lại, Công ước số 105 về xóa bỏ lao động cưỡng bức và Công ước số 87 về quyền tự do hiệp hội, Việt Nam chưa phê chuẩn; theo lộ trình, Công ước số 105 dự kiến được trình Quốc hội năm 2020.",
        ),
        (
            "paragraph",
            "Việc phê chuẩn góp phần thực hiện các cam kết về lao động trong Hiệp định CPTPP, có hiệu lực đối với Việt Nam từ ngày 14/1/2019. Văn phòng ILO tại Hà Nội đã hỗ trợ kỹ thuật cho các cơ quan Việt Nam trong quá trình chuẩn bị hồ sơ.",
        ),
    ],
}

UD_DECISION = {
    "id": "ud",
    "shape": "party",
    "head": [
        "BỘ NGOẠI GIAO             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "                                 Độc lập - Tự do - Hạnh phúc",
        "                                 ---------------------------",
        "Số: 245/QĐ-BNG                     Hà Nội, ngày 20 tháng 1 năm 2022",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 30 năm",
        "thiết lập quan hệ ngoại giao Việt Nam – Bru-nây",
    ],
    "authority": [
        "BỘ TRƯỞNG BỘ NGOẠI GIAO",
        "",
        "Căn cứ Nghị định quy định chức năng, nhiệm vụ và cơ cấu tổ chức của Bộ Ngoại giao;",
        "",
        "QUYẾT ĐỊNH:",
    ],
    "tail": [
        "",
        "                                               BỘ TRƯỞNG",
        "                                               (Đã ký)",
        "",
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT, ĐNA.",
    ],
    "blocks": [
        (
            "title",
            "QUYẾT ĐỊNH Phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam – Bru-nây",
        ),
        (
            "list_item",
            "Điều 1. Phê duyệt Kế hoạch tổ chức các hoạt động kỷ niệm 30 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Bru-nây (29/2/1992) với các nội dung chính sau:",
        ),
        (
            "list_item",
            "a) Mục đích: làm sâu sắc hơn quan hệ Đối tác toàn diện giữa hai nước, hai thành viên của Hiệp hội các quốc gia Đông Nam Á (ASEAN).",
        ),
        (
            "list_item",
            "b) Bối cảnh: Bru-nây gia nhập ASEAN ngày 7/1/1984, chỉ một tuần sau khi giành độc lập; nước bạn đã đảm nhiệm thành công cương vị Chủ tịch ASEAN năm ngoái trong điều kiện dịch Covid-19.",
        ),
        (
            "list_item",
            "c) Hoạt động chính: Lãnh đạo cấp cao hai nước trao đổi điện mừng vào cuối tháng 2/2022; tổ chức hội thảo trực tuyến về hợp tác dầu khí và thủy sản; dự kiến đón một đoàn cấp cao Bru-nây thăm Việt Nam trong năm 2022.",
        ),
        (
            "list_item",
            "d) Không tổ chức đoàn ra, đoàn vào đông người khi dịch bệnh còn diễn biến phức tạp.",
        ),
        (
            "list_item",
            "Điều 2. Vụ Đông Nam Á – Nam Á – Nam Thái Bình Dương chủ trì, phối hợp với Đại sứ quán Việt Nam tại Bru-nây triển khai Kế hoạch; kinh phí do ngân sách nhà nước bảo đảm.",
        ),
        (
            "list_item",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành./.",
        ),
    ],
}

UE_ASEM = {
    "id": "ue",
    "shape": "qa",
    "date": "Ngày đăng: 01/3/2016 – Chuyên mục: Hỏi đáp đối ngoại",
    "blocks": [
        ("title", "Việt Nam và Diễn đàn Hợp tác Á – Âu (ASEM): 20 năm đồng hành"),
        ("paragraph", "Câu hỏi: ASEM ra đời khi nào và Việt Nam tham gia từ bao giờ?"),
        (
            "paragraph",
            "Trả lời: ASEM được khai sinh tại Hội nghị Cấp cao Á – Âu lần thứ nhất ở Băng Cốc (Thái Lan) tháng 3/1996. Việt Nam là một trong các thành viên sáng lập của Diễn đàn.",
        ),
        ("paragraph", "Câu hỏi: Dấu ấn lớn nhất của Việt Nam tại ASEM là gì?"),
        (
            "paragraph",
            "Trả lời: Tháng 10/2004, Hà Nội đăng cai Hội nghị Cấp cao ASEM lần thứ 5 (ASEM 5) do Thủ tướng nước chủ nhà Phan Văn Khải chủ trì. Tại hội nghị, Cam-pu-chia, Lào và Mi-an-ma cùng mười nước mới gia nhập Liên minh châu Âu được kết nạp vào ASEM. Quỹ Á – Âu (ASEF), đặt trụ sở tại Xin-ga-po, nhiều năm qua tài trợ các chương trình giao lưu thanh niên cho Việt Nam.",
        ),
        ("paragraph", "Câu hỏi: Năm nay Việt Nam có kế hoạch gì?"),
        (
            "paragraph",
            "Trả lời: Kể từ năm 2004, Việt Nam chưa đăng cai thêm một Hội nghị Cấp cao ASEM nào. Hội nghị Cấp cao ASEM lần thứ 11 dự kiến diễn ra tại U-lan Ba-to (Mông Cổ) vào tháng 7 năm nay; Việt Nam sẽ cùng các thành viên thúc đẩy hợp tác kết nối Á – Âu.",
        ),
    ],
}

DOCS = [UA_CHILE, UB_REPORT, UC_ILO, UD_DECISION, UE_ASEM]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: the journal line at the top of the first page only; title wrapped at 42,
    "Tóm tắt:"/"Từ khóa:" at 80, body at 68 columns, a blank line after headings and paragraphs; after
    ``break_after`` body lines (mid-sentence) the page number "[N]" right-aligned at the foot, a form
    feed and the running header "author – short title…" on the next page; the last page ends with its
    "[N]"."""
    page = doc["first_page"]
    out: list[str] = [doc["journal"], ""]
    removed: list[str] = [doc["journal"], doc["header"]]
    count = 0

    def foot() -> None:
        nonlocal page
        out.extend(["", f"[{page}]".rjust(68)])
        removed.append(f"[{page}]")
        page += 1

    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if (front := front_matter_lines(kind, text, 42, 80)) is not None:
            out += front
        else:
            lines = wrap(text, 68)
            for i, ln in enumerate(lines):
                out.append(ln)
                count += 1
                if count == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    foot()
                    out += ["\f" + doc["header"], ""]
            out.append("")
    foot()
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """A provincial report saved from Word as text: LF, one paragraph a line (no wrap), a blank line
    after every line; issuer, number, place-date and the two title lines stacked; numbered items keep
    a tab after their number (gold: a space); the signature at the end."""
    out: list[str] = [*doc["head"], *doc["title_lines"]]
    out += [
        b[1].replace(". ", ".\t", 1) if b[0] == "list_item" else b[1]
        for b in doc["blocks"]
        if b[0] != "title"
    ]
    out += doc["tail"]
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """An HTML5 government news page: <main>, <h1>, a meta line with category and <time>, the lead as
    <h2 class="sapo">, body paragraphs, the source, a tag list and a footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = "\n".join(f"      <p>{b[1]}</p>" for b in blocks[2:])
    return (
        '<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} - Cổng Thông tin điện tử Chính phủ</title>\n</head>\n<body>\n"
        '<nav class="top"><a href="/">Trang chủ</a> | <a href="/chinh-tri">Chính trị</a> | '
        '<a href="/kinh-te">Kinh tế</a> | <a href="/xa-hoi">Xã hội</a></nav>\n<main>\n  <article>\n'
        f"    <h1>{title}</h1>\n"
        f'    <p class="meta"><span class="cat">Chính trị</span> · <time>{doc["stamp"]}</time></p>\n'
        f'    <h2 class="sapo">{lead}</h2>\n    <div class="content">\n{paras}\n    </div>\n'
        '    <p class="source">Nguồn: VGP</p>\n'
        '    <ul class="tags"><li><a href="/tag/ilo">ILO</a></li><li><a href="/tag/quoc-hoi">Quốc hội</a></li>'
        '<li><a href="/tag/lao-dong">Lao động</a></li></ul>\n  </article>\n</main>\n'
        "<footer>Bản quyền thuộc Cổng Thông tin điện tử Chính phủ</footer>\n</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A ministry's decision: issuer and motto side by side with a dashed rule under the motto, number
    and place-date side by side; "QUYẾT ĐỊNH" and a two-line subject centred; the authority, "Căn cứ",
    "QUYẾT ĐỊNH:"; articles and lettered points wrapped at 80 columns; signature and "Nơi nhận"."""
    t = doc["title_lines"]
    out = [*doc["head"], "", " " * 34 + t[0], " " * 12 + t[1], " " * 16 + t[2], "", *doc["authority"], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 80)
    out += doc["tail"]
    return "\n".join(out) + "\n"


def render_qa(doc: dict) -> str:
    """A Q&A page saved as text: the title, a "Ngày đăng: … – Chuyên mục: …" line, then "Câu hỏi:" /
    "Trả lời:" paragraphs, a blank line after each answer only."""
    out = [doc["blocks"][0][1], doc["date"], ""]
    for b in doc["blocks"][1:]:
        out.append(b[1])
        if b[1].startswith("Trả lời:"):
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "qa": render_qa,
            "word": render_word,
        },
        prefix="u",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
