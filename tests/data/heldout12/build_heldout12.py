"""Build the twelfth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout12/build_heldout12.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout10, on topics those sets do not use (Vietnam - South Africa
1993-2023, the Vietnamese embassy in the UAE reporting on 2024 with the CEPA, the 44th ADB annual
meeting in Hanoi in May 2011, a ministry's plan for Vietnam's 2023-2027 term on the World Heritage
Committee, a speech on 60 years of Vietnam - Algeria relations). Nothing in src/ was changed for them.
The renderers differ from the earlier sets' on purpose (a journal whose running header alternates the
author's name in capitals and the journal's name, with no header on the first page, a two-level
outline "1." / "1.1." and page numbers alone at the page foot, left on even pages and right on odd
ones; a Word export with LF line ends, one paragraph a line, a blank line after every line and "-"
items; a news page with the byline above the lead, a <figure> with its caption and a "Bài liên quan"
list; a plan whose issuer and motto stand side by side, with "Nơi nhận" and the signature side by side
at the foot; a speech whose two-line heading is "BÀI PHÁT BIỂU" plus the occasion). Facts are
well-established dates; authors, the journal's name, page numbers, document numbers, the byline, the
signatory and all quoted words are invented. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, front_matter_lines, wrap  # noqa: E402

SA_SOUTH_AFRICA = {
    "id": "sa",
    "shape": "journal",
    "running": ["ĐẶNG THU HÀ", "Tạp chí Đối ngoại và Phát triển, số 6 (2023)"],
    "first_page": 83,
    "breaks": [3, 20],
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – NAM PHI (1993 – 2023)"),
        ("author", "Đặng Thu Hà"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Nam Phi giai đoạn 1993 – 2023 và triển vọng hợp tác.",
            "vi",
        ),
        ("keywords", "Nam Phi; BRICS; hợp tác Nam – Nam.", "vi"),
        ("heading", "1. Nền tảng của quan hệ", 1),
        ("heading", "1.1. Di sản đoàn kết", 2),
        (
            "paragraph",
            "Trong nhiều thập niên, nhân dân Việt Nam ủng hộ cuộc đấu tranh chống chế độ phân biệt chủng tộc A-pác-thai của nhân dân Nam Phi. Đó là “vốn chính trị quý” của quan hệ hai nước (Trần Minh Đức, 2010; Lưu Thị Ngọc, 2015).",
        ),
        ("heading", "1.2. Thiết lập quan hệ ngoại giao", 2),
        (
            "paragraph",
            "Ngày 22/12/1993, Việt Nam và Nam Phi thiết lập quan hệ ngoại giao, bốn tháng trước cuộc bầu cử đa chủng tộc đầu tiên ở nước này.",
        ),
        ("heading", "2. Hợp tác trong ba thập niên", 1),
        ("heading", "2.1. Kinh tế – thương mại", 2),
        (
            "paragraph",
            "Nam Phi hiện là đối tác thương mại lớn nhất của Việt Nam ở châu Phi. Theo Vương Quốc Khánh (2021, tr. 44), hai nền kinh tế “bổ sung cho nhau nhiều hơn là cạnh tranh”. Dù vậy, hai bên chưa ký hiệp định thương mại tự do.",
        ),
        ("heading", "2.2. Phối hợp đa phương", 2),
        (
            "paragraph",
            "Tháng 12/2010, Nam Phi được mời gia nhập nhóm BRIC (từ đó gọi là BRICS); từ năm 2011, nước này dự các hội nghị cấp cao của nhóm cùng Bra-xin, Nga, Ấn Độ và Trung Quốc. Việt Nam và Nam Phi đều là thành viên Phong trào Không liên kết. Năm 2020, hai nước cùng là Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc; Việt Nam được bầu vào cơ quan này năm 2019 với 192/193 phiếu thuận (Nguyễn Hải Yến, 2020, tr. 12).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Thời gian tới, hai bên phấn đấu mở rộng hợp tác về nông nghiệp và giáo dục, đồng thời thúc đẩy liên kết giữa ASEAN và Liên minh châu Phi (AU).",
        ),
    ],
}

SB_REPORT = {
    "id": "sb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI UAE",
        "Số: 217/BC-ĐSQ",
        "A-bu Đa-bi, ngày 25 tháng 11 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác năm 2024 và nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác năm 2024 và nhiệm vụ năm 2025"),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Việt Nam và Các Tiểu vương quốc Ả-rập Thống nhất (UAE) thiết lập quan hệ ngoại giao năm 1993. UAE là thành viên sáng lập Hội đồng Hợp tác vùng Vịnh (GCC), ra đời năm 1981. Hiện nay, nước này thuộc nhóm đối tác thương mại lớn nhất của Việt Nam ở Trung Đông. Năm ngoái, UAE đăng cai Hội nghị lần thứ 28 các Bên tham gia Công ước khung của Liên Hợp Quốc về biến đổi khí hậu (COP28) tại Đu-bai.",
        ),
        ("heading", "II. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "- Tháng trước, nhân chuyến thăm chính thức UAE của Thủ tướng Phạm Minh Chính, hai nước ký Hiệp định Đối tác kinh tế toàn diện (CEPA), hiệp định thương mại tự do đầu tiên giữa Việt Nam và một nước Ả-rập.",
        ),
        (
            "list_item",
            "- Đại sứ quán phối hợp với phía bạn tổ chức các hoạt động xúc tiến thương mại, du lịch tại Đu-bai và A-bu Đa-bi.",
        ),
        (
            "list_item",
            "- Công tác bảo hộ công dân được triển khai kịp thời; năm nay không phát sinh vụ việc phức tạp.",
        ),
        ("paragraph", "Một số sự kiện, văn kiện đáng chú ý:"),
        ("table", "Sự kiện, văn kiện\tThời gian\tGhi chú"),
        ("table", "Hội nghị COP28 tại Đu-bai\t11–12/2023\tUAE đăng cai"),
        ("table", "Hiệp định CEPA Việt Nam – UAE\t10/2024\tchưa có hiệu lực"),
        ("heading", "III. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "- Phối hợp với các bộ, ngành trong nước hoàn tất thủ tục phê duyệt Hiệp định CEPA (2024) để Hiệp định sớm có hiệu lực.",
        ),
        (
            "list_item",
            "- Dự kiến đón các đoàn doanh nghiệp Việt Nam dự hội chợ quốc tế tại Đu-bai; thúc đẩy hợp tác với UAE về năng lượng tái tạo và sản phẩm Halal.",
        ),
        ("list_item", "- Phấn đấu duy trì đà tăng trưởng thương mại hai chiều."),
    ],
}

SC_NEWS = {
    "id": "sc",
    "shape": "news",
    "stamp": "Thứ Tư, 04/05/2011, 08:30 (GMT+7)",
    "byline": "Minh Châu",
    "caption": "Toàn cảnh phiên họp. Ảnh: Minh Châu",
    "related": [
        "Tỷ giá USD/VND hôm nay ổn định",
        "Giá xăng dầu được giữ nguyên",
    ],
    "blocks": [
        ("title", "Hà Nội đăng cai Hội nghị thường niên lần thứ 44 của ADB"),
        (
            "paragraph",
            "Từ ngày 3 đến 6/5, Hà Nội đăng cai Hội nghị thường niên lần thứ 44 Hội đồng Thống đốc Ngân hàng Phát triển châu Á (ADB), lần đầu tiên Việt Nam tổ chức sự kiện này.",
        ),
        (
            "paragraph",
            "Việt Nam là một trong những thành viên sáng lập ADB, tổ chức tài chính đa phương được thành lập năm 1966 và đặt trụ sở tại Ma-ni-la (Phi-líp-pin).",
        ),
        (
            "paragraph",
            "Năm 1993, ADB nối lại hoạt động cho vay đối với Việt Nam. Kể từ đó, ngân hàng này đã dành cho nước ta nhiều khoản vay ưu đãi và hỗ trợ kỹ thuật cho các dự án giao thông, năng lượng, cấp nước.",
        ),
        (
            "paragraph",
            "Cũng với sự hỗ trợ của ADB, từ năm 1992, Việt Nam cùng Cam-pu-chia, Lào, Mi-an-ma, Thái Lan và Trung Quốc tham gia Chương trình Hợp tác Tiểu vùng Mê Công mở rộng (GMS).",
        ),
        (
            "paragraph",
            "Phát biểu khai mạc, Thủ tướng nước chủ nhà Nguyễn Tấn Dũng nhấn mạnh: “Việt Nam sẽ tiếp tục là đối tác tin cậy của ADB”.",
        ),
    ],
}

SD_PLAN = {
    "id": "sd",
    "shape": "party",
    "head": [
        "BỘ VĂN HÓA, THỂ THAO            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "     VÀ DU LỊCH                     Độc lập - Tự do - Hạnh phúc",
        "    ----------                        ---------------",
        "Số: 85/KH-BVHTTDL              Hà Nội, ngày 15 tháng 01 năm 2024",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thực hiện nhiệm vụ thành viên Ủy ban Di sản Thế giới nhiệm kỳ 2023 – 2027",
    ],
    "tail": [
        "Nơi nhận:                                    KT. BỘ TRƯỞNG",
        "- Bộ Ngoại giao;                               THỨ TRƯỞNG",
        "- Ủy ban Quốc gia UNESCO Việt Nam;",
        "- UBND các tỉnh có di sản thế giới;              (Đã ký)",
        "- Lưu: VT, HTQT.",
        "                                              Lê Minh Tuấn",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Thực hiện nhiệm vụ thành viên Ủy ban Di sản Thế giới nhiệm kỳ 2023 – 2027"),
        ("heading", "I. MỤC ĐÍCH, YÊU CẦU", 1),
        (
            "paragraph",
            "Tháng 11/2023, tại Đại hội đồng các quốc gia thành viên Công ước Di sản Thế giới họp ở Pa-ri (Pháp), Việt Nam trúng cử thành viên Ủy ban Di sản Thế giới nhiệm kỳ 2023 – 2027. Trước đó, ta đã đảm nhiệm vai trò này trong nhiệm kỳ 2013 – 2017.",
        ),
        (
            "paragraph",
            "Kế hoạch nhằm phát huy vai trò của Việt Nam tại UNESCO, tổ chức mà nước ta là thành viên từ năm 1976, và nâng cao hiệu quả bảo tồn các di sản thế giới ở Việt Nam, trong đó chưa có di sản nào bị đưa vào Danh sách Di sản thế giới bị đe dọa.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Ủy ban Quốc gia UNESCO Việt Nam chủ trì, phối hợp với Bộ Ngoại giao tham gia đầy đủ các kỳ họp của Ủy ban Di sản Thế giới và phối hợp với các nước thành viên khác của Ủy ban.",
        ),
        (
            "list_item",
            "2. Cục Di sản văn hóa hoàn thiện hồ sơ đề cử di sản mới, dự kiến trình UNESCO trong năm 2024.",
        ),
        (
            "list_item",
            "3. Đề nghị Trung tâm Di sản Thế giới của UNESCO hỗ trợ kỹ thuật và đào tạo cán bộ bảo tồn cho Việt Nam.",
        ),
        ("heading", "III. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Thủ trưởng các cơ quan, đơn vị liên quan căn cứ Kế hoạch này triển khai thực hiện, báo cáo kết quả về Bộ trước ngày 15/12 hằng năm./.",
        ),
    ],
}

SE_SPEECH = {
    "id": "se",
    "shape": "speech",
    "title_lines": [
        "BÀI PHÁT BIỂU",
        "của Thứ trưởng Bộ Ngoại giao tại Lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam – An-giê-ri",
    ],
    "place": "Hà Nội, ngày 28 tháng 10 năm 2022",
    "blocks": [
        (
            "title",
            "BÀI PHÁT BIỂU của Thứ trưởng Bộ Ngoại giao tại Lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam – An-giê-ri",
        ),
        ("paragraph", "Kính thưa Ngài Đại sứ An-giê-ri,"),
        ("paragraph", "Kính thưa các vị khách quý,"),
        (
            "paragraph",
            "Cách đây đúng 60 năm, ngày 28/10/1962, chưa đầy bốn tháng sau khi An-giê-ri giành độc lập, hai nước chính thức thiết lập quan hệ ngoại giao. Nhân dân Việt Nam luôn ghi nhớ sự ủng hộ quý báu mà nhân dân An-giê-ri dành cho cuộc đấu tranh giành độc lập, thống nhất đất nước của chúng tôi.",
        ),
        (
            "paragraph",
            "Ngày nay, An-giê-ri là một trong những đối tác quan trọng của Việt Nam ở châu Phi và thế giới Ả-rập. Tập đoàn Dầu khí Việt Nam đang hợp tác với phía bạn thăm dò, khai thác dầu khí. Tuy vậy, chúng tôi chưa hài lòng với kim ngạch thương mại hai chiều, còn khiêm tốn so với tiềm năng.",
        ),
        ("paragraph", "Thưa Quý vị,"),
        (
            "paragraph",
            "Tuần tới, An-giê-ri sẽ đăng cai Hội nghị Cấp cao Liên đoàn Ả-rập. Việt Nam ủng hộ nước bạn ứng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2024 – 2025.",
        ),
        (
            "paragraph",
            "Trên tinh thần đó, hai bên sẽ tăng cường trao đổi đoàn các cấp và phối hợp chặt chẽ tại Phong trào Không liên kết và Liên Hợp Quốc.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn Quý vị."),
    ],
}

DOCS = [SA_SOUTH_AFRICA, SB_REPORT, SC_NEWS, SD_PLAN, SE_SPEECH]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: no header on the first page; title wrapped at 46, "Tóm tắt:"/"Từ khóa:" at 84,
    body (headings and paragraphs) at 66 columns, no blank line after a heading; after each count in
    ``breaks`` of body lines the page number alone (left on even pages, right on odd ones), a form feed
    and the running header, which alternates the author's name in capitals (even pages) and the
    journal's name (odd pages); the first break falls inside a sentence. The last page ends with its
    number."""
    page = doc["first_page"]
    author_head, journal_head = doc["running"]
    removed: list[str] = [author_head, journal_head]
    out: list[str] = []
    body = 0

    def foot(n: int) -> str:
        return str(n) if n % 2 == 0 else " " * 60 + str(n)

    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if (front := front_matter_lines(kind, text, 46, 84)) is not None:
            out += front
        else:
            lines = wrap(text, 66)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body in doc["breaks"]:
                    first = body == doc["breaks"][0]
                    if first and (i == len(lines) - 1 or ln.endswith(".")):
                        raise ValueError("the first page break must fall inside a sentence")
                    out += ["", foot(page)]
                    removed.append(str(page))
                    page += 1
                    out += ["\f" + (author_head if page % 2 == 0 else journal_head), ""]
            if kind != "heading":
                out.append("")
    out += [foot(page)]
    removed.append(str(page))
    return "\n".join(out) + "\n", removed


def render_word(doc: dict) -> str:
    """Word "Save as plain text" with LF line ends: one paragraph a line (no wrap), an empty line after
    every line; issuer, number and place-date stacked, then the two-line title; tab-separated rows."""
    out = [*doc["head"], *doc["title_lines"]]
    out += [b[1] for b in doc["blocks"] if b[0] != "title"]
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news page: menu, <h1>, the byline and a <span class="date"> above the lead (<p class="lead">),
    a <figure> with its <figcaption> after the lead, body paragraphs, a "Bài liên quan" list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    paras = "\n".join(f"<p>{b[1]}</p>" for b in blocks[2:] if b[0] == "paragraph")
    rel = "\n".join(
        f'<li><a href="/tai-chinh/{i}.html">{t}</a></li>' for i, t in enumerate(doc["related"], 1)
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} - Báo Tài chính Hội nhập</title>\n</head>\n<body>\n"
        '<div class="menu"><a href="/">Trang chủ</a> | <a href="/tai-chinh">Tài chính</a> | '
        '<a href="/the-gioi">Thế giới</a></div>\n<div class="detail">\n'
        f'<h1 class="title">{title}</h1>\n'
        f'<div class="meta"><span class="author">{doc["byline"]}</span> - '
        f'<span class="date">{doc["stamp"]}</span></div>\n'
        f'<p class="lead">{lead}</p>\n'
        f'<figure><img src="/img/adb44.jpg" alt=""><figcaption>{doc["caption"]}</figcaption></figure>\n'
        f"{paras}\n</div>\n"
        f'<div class="related"><h4>Bài liên quan</h4>\n<ul>\n{rel}\n</ul>\n</div>\n'
        '<div class="footer">Bản quyền thuộc Báo Tài chính Hội nhập.</div>\n'
        "</body>\n</html>\n"
    )


def render_party(doc: dict) -> str:
    """A ministry's plan: issuer and motto side by side, number and place-date side by side; the title
    centred on two lines; Roman sections and numbered items wrapped at 80 columns, no blank lines, the
    first line of a paragraph or item indented by four spaces; "Nơi nhận" and the signature side by
    side at the foot."""
    out = [*doc["head"], "", " " * 34 + doc["title_lines"][0], "   " + doc["title_lines"][1], ""]
    for b in doc["blocks"]:
        if b[0] == "heading":
            out.append(b[1])
        elif b[0] != "title":
            lines = wrap(b[1], 80)
            out += ["    " + lines[0], *lines[1:]]
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_speech(doc: dict) -> str:
    """A speech as text: "BÀI PHÁT BIỂU" and the occasion on the next line, the place-date line, then
    salutations and paragraphs with a blank line between."""
    out = [*doc["title_lines"], doc["place"], ""]
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
        prefix="s",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
