"""Build the seventeenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout17/build_heldout17.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout16, on topics those sets do not use (Vietnam - Mozambique
1975-2022, a provincial Department of Foreign Affairs' report on the first half of 2024, 45 years of
Vietnam - Türkiye relations, a Foreign Minister's decision on 50 years of Vietnam - Angola relations,
a question-and-answer page on Vietnam and the IAEA). Nothing in src/ was changed for them. The
renderers differ from the earlier sets' on purpose (a journal whose first page starts with the
journal line, later pages with "page    journal"; a Word export with LF line ends and a blank line
after every line; a div-based HTML page with a breadcrumb and a "Nguồn:" line; a decision whose
issuer and motto are side by side; a Q&A text with "Hỏi:"/"Đáp:" labels). Facts are well-established dates; authors, the
journal's name, page numbers, document numbers, the byline, the experts' names and all quoted words
are invented. Events, citations and questions gold are written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

XA_MOZAMBIQUE = {
    "id": "xa",
    "shape": "journal",
    "journal": "Nghiên cứu Châu Phi và Trung Đông, Số 5 (225) – 2024",
    "first_page": 63,
    "break_after": 9,
    "blocks": [
        ("title", "VIỆT NAM – MÔ-DĂM-BÍCH: TỪ TÌNH ĐOÀN KẾT ĐẾN HỢP TÁC KINH TẾ"),
        ("author", "Đỗ Thanh Hương"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông"),
        ("abstract", "Bài viết phân tích quan hệ Việt Nam – Mô-dăm-bích từ năm 1975 đến nay.", "vi"),
        ("keywords", "Mô-dăm-bích; Movitel; Khối Thịnh vượng chung.", "vi"),
        ("heading", "1. Những năm đầu", 1),
        (
            "paragraph",
            "Ngày 25/6/1975, ngay khi giành độc lập từ Bồ Đào Nha, Mô-dăm-bích thiết lập quan hệ ngoại giao với Việt Nam. Theo Lưu Văn Khải (2015), đó là sự gặp gỡ của “hai dân tộc cùng đi qua chiến tranh giải phóng”.",
        ),
        ("heading", "2. Hội nhập khu vực và quốc tế", 1),
        (
            "paragraph",
            "Dù chưa bao giờ là thuộc địa của Anh, Mô-dăm-bích được kết nạp vào Khối Thịnh vượng chung năm 1995. Nước này đồng thời là thành viên Cộng đồng Phát triển Nam châu Phi (SADC). Tháng 6/2022, Mô-dăm-bích lần đầu trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2023 – 2024 với 192 phiếu, một thành công “mang ý nghĩa biểu tượng” (Trịnh Quang Vũ, 2022, tr. 18).",
        ),
        ("heading", "3. Hợp tác kinh tế", 1),
        (
            "paragraph",
            "Từ năm 2012, Movitel, liên doanh của Tập đoàn Viettel với đối tác Mô-dăm-bích, cung cấp dịch vụ viễn thông tại nước này. Hai bên hiện vẫn chưa có hiệp định thương mại tự do. Trong thời gian tới, hai nước sẽ mở rộng hợp tác nông nghiệp (Phạm Thị Nga, 2021, tr. 40).",
        ),
    ],
}

XB_REPORT = {
    "id": "xb",
    "shape": "word",
    "head": [
        "UBND TỈNH NGHỆ AN",
        "SỞ NGOẠI VỤ",
        "Số: 412/BC-SNgV",
        "Nghệ An, ngày 5 tháng 7 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại 6 tháng đầu năm 2024"],
    "tail": ["GIÁM ĐỐC", "(Đã ký)", "Hoàng Văn Lâm"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm 2024"),
        ("heading", "A. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tỉnh tiếp tục duy trì quan hệ hữu nghị truyền thống với ba tỉnh Xiêng Khoảng, Hủa Phăn và Bô-ly-khăm-xay của Lào.",
        ),
        (
            "list_item",
            "2. Tỉnh tiếp tục cấp học bổng cho lưu học sinh Lào theo học tại các trường đại học trên địa bàn.",
        ),
        (
            "list_item",
            "3. Tháng trước, Tổng thống Nga Vladimir Putin thăm cấp nhà nước Việt Nam (19 – 20/6/2024); Sở đã phối hợp tuyên truyền về kết quả chuyến thăm.",
        ),
        (
            "list_item",
            "4. Sở phổ biến kết quả việc Việt Nam và Hoa Kỳ nâng quan hệ lên Đối tác chiến lược toàn diện năm ngoái tới doanh nghiệp trong tỉnh.",
        ),
        (
            "list_item",
            "5. Trong 6 tháng đầu năm, tỉnh chưa ký được thỏa thuận hợp tác mới với địa phương nước ngoài nào.",
        ),
        ("heading", "B. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", 1),
        (
            "list_item",
            "1. Phấn đấu ký kết thỏa thuận hợp tác giai đoạn 2025 – 2030 với tỉnh Xiêng Khoảng trong năm nay.",
        ),
        (
            "list_item",
            "2. Dự kiến đón đoàn đại biểu tỉnh Hủa Phăn sang thăm và làm việc tại Nghệ An vào tháng 9/2024.",
        ),
    ],
}

XC_NEWS = {
    "id": "xc",
    "shape": "news",
    "stamp": "07/08/2023 16:45",
    "blocks": [
        ("title", "45 năm quan hệ Việt Nam – Thổ Nhĩ Kỳ: thêm động lực cho hợp tác kinh tế"),
        (
            "paragraph",
            "(TTĐN) – Hôm nay, 7/8, tròn 45 năm Việt Nam và Thổ Nhĩ Kỳ thiết lập quan hệ ngoại giao (7/8/1978).",
        ),
        (
            "paragraph",
            "Thổ Nhĩ Kỳ gia nhập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) năm 1952 và là một trong các nước sáng lập Tổ chức Hợp tác và Phát triển Kinh tế (OECD) năm 1961. Nước này trở thành ứng cử viên gia nhập Liên minh châu Âu từ năm 1999 nhưng đến nay vẫn chưa được kết nạp.",
        ),
        (
            "paragraph",
            "Năm ngoái, Liên Hợp Quốc chấp thuận tên gọi mới Türkiye theo đề nghị của Ankara. Hai nước hiện là đối tác thương mại quan trọng của nhau, song theo một chuyên gia, “tiềm năng còn rất lớn”.",
        ),
        (
            "paragraph",
            "Thổ Nhĩ Kỳ, thành viên Nhóm G20, là Đối tác đối thoại theo lĩnh vực của ASEAN từ năm 2017. Ông Nguyễn Đức Khang, chuyên gia kinh tế, cho biết hai bên sẽ mở rộng hợp tác thương mại, đầu tư và du lịch.",
        ),
    ],
}

XD_DECISION = {
    "id": "xd",
    "shape": "party",
    "head": [
        "BỘ NGOẠI GIAO             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "                                Độc lập - Tự do - Hạnh phúc",
        "Số: 1187/QĐ-BNG                 Hà Nội, ngày 14 tháng 4 năm 2025",
    ],
    "title_lines": [
        "QUYẾT ĐỊNH",
        "Phê duyệt Kế hoạch kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Ăng-gô-la",
    ],
    "pre": [
        " " * 28 + "BỘ TRƯỞNG BỘ NGOẠI GIAO",
        "",
        "Căn cứ đề nghị của Vụ trưởng Vụ Tây Á – Châu Phi,",
        "",
        " " * 34 + "QUYẾT ĐỊNH:",
    ],
    "tail": ["BỘ TRƯỞNG", "(Đã ký)", "", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, Vụ Tây Á – Châu Phi."],
    "blocks": [
        (
            "title",
            "QUYẾT ĐỊNH Phê duyệt Kế hoạch kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Ăng-gô-la",
        ),
        (
            "list_item",
            "Điều 1. Phê duyệt Kế hoạch kỷ niệm 50 năm Ngày Việt Nam và Ăng-gô-la thiết lập quan hệ ngoại giao (12/11/1975 – 12/11/2025) ban hành kèm theo Quyết định này.",
        ),
        (
            "list_item",
            "Điều 2. Mục tiêu của Kế hoạch là củng cố quan hệ hữu nghị truyền thống giữa hai nước. Ăng-gô-la là thành viên sáng lập Cộng đồng các nước nói tiếng Bồ Đào Nha (CPLP) năm 1996 và đã rời Tổ chức các nước xuất khẩu dầu mỏ (OPEC) từ ngày 1/1/2024. Lễ kỷ niệm dự kiến được tổ chức tại Hà Nội và Lu-an-đa vào tháng 11/2025; Bộ sẽ mời phía bạn cử đoàn cấp cao sang dự. Kế hoạch không sử dụng nguồn vốn viện trợ.",
        ),
        (
            "list_item",
            "Điều 3. Quyết định này có hiệu lực từ ngày ký. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tây Á – Châu Phi chịu trách nhiệm thi hành Quyết định này./.",
        ),
    ],
}

XE_QA = {
    "id": "xe",
    "shape": "qa",
    "date": "Cập nhật: 12/6/2018",
    "blocks": [
        ("title", "Hỏi – đáp: Việt Nam và Cơ quan Năng lượng nguyên tử quốc tế"),
        (
            "paragraph",
            "Hỏi: Việt Nam là thành viên của Cơ quan Năng lượng nguyên tử quốc tế (IAEA) từ khi nào?",
        ),
        (
            "paragraph",
            "Đáp (TS. Lê Hồng Sơn, nhà nghiên cứu): Việt Nam gia nhập IAEA năm 1978. Từ đó, IAEA hỗ trợ kỹ thuật cho Việt Nam qua nhiều dự án hợp tác kỹ thuật về y tế, nông nghiệp và an toàn bức xạ.",
        ),
        ("paragraph", "Hỏi: Lò phản ứng hạt nhân Đà Lạt được khôi phục thế nào?"),
        (
            "paragraph",
            "Đáp: Với sự giúp đỡ của Liên Xô, lò phản ứng được khôi phục và khánh thành năm 1984; đến nay lò vẫn được dùng cho nghiên cứu và sản xuất đồng vị phóng xạ.",
        ),
        ("paragraph", "Hỏi: Việt Nam có xây dựng nhà máy điện hạt nhân Ninh Thuận không?"),
        (
            "paragraph",
            "Đáp: Tháng 11/2016, Quốc hội quyết định dừng chủ trương đầu tư; dự án không được triển khai dù Nga và Nhật Bản từng là đối tác.",
        ),
        ("paragraph", "Hỏi: Việt Nam tham gia các điều ước về giải trừ vũ khí hạt nhân ra sao?"),
        (
            "paragraph",
            "Đáp: Ngày 15/12/1995, tại Băng Cốc, Việt Nam cùng chín nước Đông Nam Á khác ký Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân. Tháng trước, Việt Nam phê chuẩn Hiệp ước Cấm vũ khí hạt nhân (2017). Thời gian tới, Việt Nam sẽ tiếp tục phối hợp chặt chẽ với IAEA.",
        ),
    ],
}

DOCS = [XA_MOZAMBIQUE, XB_REPORT, XC_NEWS, XD_DECISION, XE_QA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: the journal and issue alone at the top of the first page; title wrapped at 44, "Tóm tắt:"/"Từ khóa:"
    at 84, body at 66 columns; after ``break_after`` body lines (inside a paragraph, mid-sentence) the
    page number right-aligned at the foot, a form feed and the next page's header "page    journal"
    (page number first, the same journal line); the last page ends with its number right-aligned."""
    page = doc["first_page"]
    out: list[str] = [doc["journal"], ""]
    removed: list[str] = [doc["journal"]]
    body = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
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
                    header = f"{page + 1}    {doc['journal']}"
                    out += ["", f"{page:>66}", f"\f{header}", ""]
                    removed += [str(page), header]
                    page += 1
            out.append("")
    out += [f"{page:>66}"]
    removed.append(str(page))
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """Word "Save as plain text": LF line ends, every line followed by an empty line, wrapped at 84
    columns; issuer, number and place-date each on its own line, the two-line title; the signature."""
    out: list[str] = [*doc["head"], *doc["title_lines"]]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 84)
    out += doc["tail"]
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """A div-based news page: breadcrumb, <h1 class="title">, <div class="date">, lead in
    <div class="lead">, body paragraphs in <div class="content">, "Nguồn:" line, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = "\n".join(f"<p>{b[1]}</p>" for b in blocks[2:] if b[0] == "paragraph")
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/the-gioi">Thế giới</a></div>\n'
        f'<div class="detail">\n<h1 class="title">{title}</h1>\n'
        f'<div class="date">{doc["stamp"]}</div>\n'
        f'<div class="lead">{lead}</div>\n'
        f'<div class="content">\n{paras}\n'
        '<p class="source">Nguồn: Thông tấn Đối ngoại</p>\n</div>\n</div>\n'
        '<div class="footer">Bản quyền thuộc Thông tin Đối ngoại điện tử.</div>\n'
        "</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A ministerial decision: issuer and motto side by side, number and place-date side by side; the
    centred two-line title; the issuing authority, "Căn cứ", "QUYẾT ĐỊNH:" and the articles (list items) wrapped at 80 columns;
    the signature and "Nơi nhận"."""
    out = [
        *doc["head"],
        "",
        " " * 34 + doc["title_lines"][0],
        *wrap(doc["title_lines"][1], 80),
        "",
        *doc["pre"],
        "",
    ]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 80) + [""]
    out += doc["tail"]
    return "\n".join(out) + "\n"


def render_qa(doc: dict) -> str:
    """A question-and-answer page saved as text: the title, the "Cập nhật:" line, then "Hỏi:"/"Đáp:"
    paragraphs with a blank line between."""
    out = [doc["blocks"][0][1], doc["date"], ""]
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
            "qa": render_qa,
            "word": render_word,
        },
        prefix="x",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
