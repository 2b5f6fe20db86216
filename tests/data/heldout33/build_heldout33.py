"""Build the thirty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout33/build_heldout33.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout30, on topics those sets do not use (Vietnam - Morocco and
Morocco's return to the African Union, Bình Phước province's external affairs in 2024 with its
Cambodian neighbours and African cashew partners, Kenya's election to the UN Security Council in
June 2020, a Ministry of Industry and Trade plan on trade with Africa and the AfCFTA, an encyclopedia
entry on Ngozi Okonjo-Iweala). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the province's own results and plans, the
ministry plan and all quoted words are invented. Events, citations and questions gold are written
by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, footnoted_journal, official_text, word_text  # noqa: E402

MA_MOROCCO = {
    "id": "ma",
    "shape": "journal",
    "header": "Tạp chí Châu Phi ngày nay, số 2 (2021)",
    "first_page": 61,
    "break_after": 9,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – MA-RỐC: SÁU THẬP KỶ NHÌN LẠI"),
        ("author", "Đoàn Thị Mai Hương"),
        ("affiliation", "Đại học Quốc gia Hà Nội"),
        ("abstract", "Bài viết điểm lại quan hệ Việt Nam – Ma-rốc từ năm 1961 đến nay.", "vi"),
        ("keywords", "Ma-rốc; Liên minh châu Phi; Không liên kết", "vi"),
        ("heading", "1. Những dấu mốc ban đầu", 1),
        (
            "paragraph",
            "Ngày 27/3/1961, Việt Nam và Vương quốc Ma-rốc chính thức thiết lập quan hệ ngoại giao, khi nước bạn mới giành lại độc lập được 5 năm¹. Cùng năm đó, Ma-rốc có mặt tại Hội nghị thượng đỉnh đầu tiên của Phong trào Không liên kết ở Bê-ô-grát, còn Việt Nam được kết nạp làm thành viên chính thức của Phong trào vào năm 1976.",
        ),
        ("heading", "2. Con đường trở lại Liên minh châu Phi", 1),
        (
            "paragraph",
            "Năm 1984, Ma-rốc rút khỏi Tổ chức Thống nhất châu Phi (OAU) để phản đối việc tổ chức này kết nạp Cộng hòa Dân chủ Ả-rập Xa-ra-uy. Hơn ba thập kỷ sau, ngày 30/1/2017, Hội nghị thượng đỉnh lần thứ 28 của Liên minh châu Phi (AU) họp tại Ađi Abêba (Ê-ti-ô-pi-a) đã chấp thuận cho nước này trở lại tổ chức (Trần Quốc Huy, 2018). Theo Lê Minh Nguyệt (2019, tr. 77-79), quyết định đó “mở ra cánh cửa để Ra-bát trở thành cầu nối giữa châu Phi với các đối tác bên ngoài”.",
        ),
        ("heading", "3. Hợp tác kinh tế và triển vọng", 1),
        (
            "paragraph",
            "Ma-rốc từng đăng cai hội nghị tại Marrakesh, nơi Hiệp định thành lập Tổ chức Thương mại thế giới được ký kết ngày 15/4/1994, và Hội nghị COP22 vào tháng 11/2016. Hiện nay, hai nước duy trì quan hệ hữu nghị và hợp tác nhiều mặt, song chưa ký hiệp định thương mại tự do song phương. Trong thời gian tới, hai bên dự kiến mở rộng hợp tác về nông nghiệp, phân bón và năng lượng tái tạo.",
        ),
        (
            "footnote",
            "Xem: Phạm Đức Thành (2006), Việt Nam – Bắc Phi, Nxb. Thế giới, Hà Nội, tr. 115.",
        ),
    ],
}

MB_REPORT = {
    "id": "mb",
    "shape": "word",
    "head": [
        "UBND TỈNH BÌNH PHƯỚC",
        "SỞ NGOẠI VỤ",
        "Số: 268/BC-SNgV",
        "Bình Phước, ngày 12 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "tail": ["GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn Thắng"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tỉnh tiếp tục duy trì quan hệ hữu nghị với ba tỉnh giáp biên của Cam-pu-chia là Krô-chê, Tbong Khmum và Mun-đun-ki-ri.",
        ),
        (
            "list_item",
            "2. Từ ngày 19 đến 25/8/2024, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại Tan-da-ni-a và Kê-ni-a. Tại Tan-da-ni-a, Thứ trưởng Bộ Nông nghiệp nước chủ nhà đã tiếp đoàn; hai bên ký Biên bản ghi nhớ về hợp tác chế biến hạt điều.",
        ),
        (
            "list_item",
            "3. Trong năm, tỉnh tiếp nhận 14 dự án viện trợ phi chính phủ nước ngoài trị giá khoảng 1,5 triệu USD, phần lớn do các tổ chức của Hàn Quốc và Nhật Bản tài trợ cho các xã biên giới.",
        ),
        (
            "list_item",
            "4. Tháng trước, Sở phối hợp với Bộ Ngoại giao tổ chức Hội nghị xúc tiến thương mại với châu Phi, có sự tham dự của Đại sứ quán Ni-giê-ri-a, Ma-rốc và Ai Cập tại Hà Nội.",
        ),
        (
            "list_item",
            "5. Tỉnh chưa mở được văn phòng xúc tiến thương mại tại châu Phi như kế hoạch đã đề ra từ năm ngoái.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phấn đấu ký thỏa thuận hợp tác giai đoạn 2025 – 2030 với tỉnh Krô-chê trong quý I năm tới.",
        ),
        (
            "list_item",
            "2. Dự kiến tổ chức đoàn doanh nghiệp ngành điều sang Ni-giê-ri-a và Bờ Biển Ngà vào tháng 5 tới.",
        ),
    ],
}

MC_NEWS = {
    "id": "mc",
    "shape": "news",
    "stamp": "Thứ Sáu, 19/06/2020 09:15 (GMT+7)",
    "related": ["Việt Nam trúng cử ủy viên không thường trực Hội đồng Bảo an"],
    "blocks": [
        ("title", "Kenya giành ghế ủy viên không thường trực Hội đồng Bảo an sau vòng bỏ phiếu thứ hai"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 18/6 (giờ địa phương), Đại hội đồng Liên hợp quốc đã bầu Kenya làm ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2021 – 2022 với 129 phiếu thuận, vượt qua đối thủ Gi-bu-ti (62 phiếu).",
        ),
        (
            "paragraph",
            "Trong vòng bỏ phiếu ngày 17/6, Ấn Độ, Mê-hi-cô, Ai-len và Na Uy đã trúng cử, còn Ca-na-đa không giành được ghế; Kenya và Gi-bu-ti khi đó đều chưa đạt đa số hai phần ba cần thiết.",
        ),
        ("heading", "Tiếng nói của châu Phi", 1),
        (
            "paragraph",
            "Từ ngày 1/1/2021, Kenya sẽ cùng Ni-giê và Tuy-ni-di đại diện cho các nước châu Phi tại Hội đồng. Thủ đô Nai-rô-bi của nước này hiện là nơi đặt trụ sở Chương trình Môi trường Liên hợp quốc (UNEP) và Chương trình Định cư con người Liên hợp quốc (UN-Habitat).",
        ),
        ("heading", "Việt Nam sẵn sàng phối hợp", 1),
        (
            "paragraph",
            "Đại sứ Đặng Đình Quý, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc, chúc mừng phía Kenya và cho biết Việt Nam “sẵn sàng phối hợp chặt chẽ với nước bạn trong năm 2021, khi hai nước cùng ngồi tại Hội đồng”. Việt Nam trúng cử nhiệm kỳ 2020 – 2021 vào tháng 6 năm ngoái với 192/193 phiếu.",
        ),
    ],
}

MD_PLAN = {
    "id": "md",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'-------':^14}{'':26}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 1185/KH-BCT':<40}Hà Nội, ngày 20 tháng 3 năm 2025",
    ],
    "title_lines": ["KẾ HOẠCH", "Thúc đẩy hợp tác kinh tế, thương mại với các nước châu Phi năm 2025"],
    "tail": ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(Đã ký)"],
    "blocks": [
        ("title", "KẾ HOẠCH Thúc đẩy hợp tác kinh tế, thương mại với các nước châu Phi năm 2025"),
        (
            "paragraph",
            "Hiệp định thành lập Khu vực thương mại tự do lục địa châu Phi (AfCFTA) được 44 nước ký tại Ki-ga-li (Ru-an-đa) ngày 21/3/2018 và có hiệu lực từ ngày 30/5/2019, sau khi được 22 nước phê chuẩn. Năm ngoái, Ê-ti-ô-pi-a cùng Ai Cập trở thành thành viên chính thức của nhóm BRICS; trước đó, tháng 9/2023, Liên minh châu Phi được kết nạp làm thành viên thường trực của G20.",
        ),
        ("paragraph", "Bộ Công Thương ban hành Kế hoạch với các nội dung sau:"),
        (
            "list_item",
            "1. Phối hợp với Bộ Ngoại giao và các cơ quan đại diện Việt Nam tại Ma-rốc, Ni-giê-ri-a và Tan-da-ni-a tổ chức ít nhất ba đoàn xúc tiến thương mại trong năm nay.",
        ),
        (
            "list_item",
            "2. Nghiên cứu khả năng đàm phán thỏa thuận thương mại với Cộng đồng Đông Phi (EAC); trước mắt không đặt vấn đề đàm phán hiệp định thương mại tự do với toàn khu vực AfCFTA.",
        ),
        (
            "list_item",
            "3. Tiếp tục cử chuyên gia nông nghiệp sang các nước châu Phi theo chương trình hợp tác ba bên với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO).",
        ),
        (
            "list_item",
            "4. Vụ Thị trường châu Á – châu Phi chủ trì theo dõi, báo cáo Bộ trưởng kết quả thực hiện trước ngày 15/12/2025.",
        ),
    ],
}

ME_ENTRY = {
    "id": "me",
    "shape": "entry",
    "blocks": [
        ("title", "Ngozi Okonjo-Iweala"),
        ("paragraph", "Sinh: 13 tháng 6 năm 1954"),
        ("paragraph", "Quốc tịch: Ni-giê-ri-a"),
        ("paragraph", "Chức vụ: Tổng Giám đốc Tổ chức Thương mại thế giới (WTO)"),
        (
            "paragraph",
            "Ngozi Okonjo-Iweala là nhà kinh tế và nhà ngoại giao người Ni-giê-ri-a, người phụ nữ và người châu Phi đầu tiên đứng đầu WTO.",
        ),
        ("heading", "Sự nghiệp", 1),
        (
            "paragraph",
            "Bà làm việc 25 năm tại Ngân hàng Thế giới, giữ chức Giám đốc điều hành giai đoạn 2007 – 2011. Bà hai lần làm Bộ trưởng Tài chính Ni-giê-ri-a (2003 – 2006 và 2011 – 2015) và năm 2006 từng giữ chức Bộ trưởng Ngoại giao. Từ năm 2016 đến năm 2020, bà là Chủ tịch Hội đồng quản trị Liên minh Vắc-xin toàn cầu (Gavi). Tháng 4/2020, Liên minh châu Phi cử bà làm đặc phái viên vận động quốc tế hỗ trợ châu lục ứng phó với đại dịch COVID-19.",
        ),
        ("heading", "Tổng Giám đốc WTO", 1),
        (
            "paragraph",
            "Được Ni-giê-ri-a đề cử tháng 6/2020, bà được Đại hội đồng WTO nhất trí bổ nhiệm ngày 15/2/2021, sau khi ứng viên Hàn Quốc Yoo Myung-hee rút lui, và nhậm chức ngày 1/3/2021. Tháng 6/2022, tại Hội nghị Bộ trưởng lần thứ 12 ở Giơ-ne-vơ, các thành viên, trong đó có Việt Nam, đã thông qua Hiệp định về trợ cấp thủy sản. Ngày 29/11/2024, bà được tái bổ nhiệm cho nhiệm kỳ thứ hai bắt đầu từ ngày 1/9/2025.",
        ),
        ("heading", "Xem thêm", 1),
        ("list_item", "* Tổ chức Thương mại thế giới"),
        ("list_item", "* Liên minh châu Phi"),
    ],
}

DOCS = [MA_MOROCCO, MB_REPORT, MC_NEWS, MD_PLAN, ME_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter from heldout_kit, headings with no blank line
    after them, body at 68 columns with a superscript footnote mark glued to a word (the gold footnote
    block without its mark); after ``break_after`` body lines (mid-sentence) a "____" rule, the
    footnote, the page number centred as "- 61 -", a form feed and the running header; the last page
    ends with its centred number."""
    return footnoted_journal(doc, 46, 68, 68, lambda page: f"{'- ' + str(page) + ' -':^68}".rstrip())


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page
    (cut mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, doc["tail"])


def render_news(doc: dict) -> str:
    """A news-agency page: menu, <h1>, a time stamp, the lead (dateline first) in <p class="sapo">,
    <h2> subheads, body paragraphs, the byline and a "Tin liên quan" list, footer."""
    blocks = doc["blocks"]
    title = blocks[0][1]
    body = []
    for i, b in enumerate(blocks[1:]):
        if b[0] == "heading":
            body.append(f"<h2>{b[1]}</h2>")
        elif i == 0:
            body.append(f'<p class="sapo">{b[1]}</p>')
        else:
            body.append(f"<p>{b[1]}</p>")
    related = "\n".join(f'<li><a href="/tin/{n}.html">{t}</a></li>' for n, t in enumerate(doc["related"]))
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        '<div class="menu"><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a></div>\n'
        f'<article>\n<h1>{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        + "\n".join(body)
        + '\n<p class="author">Khánh Linh (PV TTXVN tại New York)</p>\n</article>\n'
        f'<div class="related"><h4>Tin liên quan</h4>\n<ul>\n{related}\n</ul>\n</div>\n'
        "<footer>© Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer | state name, rule | motto, number | place-date side by side, the
    two-line title centred, body wrapped at 80 columns with a blank line between blocks, the signature
    at the right."""
    return official_text(doc, 80, [" " * 52 + ln for ln in doc["tail"]])


def render_entry(doc: dict) -> str:
    """An encyclopedia entry copied as text: the headword, the infobox "key: value" lines, the
    opening paragraph, "== Section ==" headings, "* " see-also items."""
    out: list[str] = []
    for b in doc["blocks"]:
        if b[0] == "heading":
            out += ["", f"== {b[1]} ==", ""]
        elif b[0] == "title":
            out += [b[1], ""]
        else:
            out.append(b[1])
            if not b[1].startswith(("Sinh:", "Quốc tịch:", "Chức vụ:", "*")):
                out.append("")
    return "\n".join(out).replace("\n\n\n", "\n\n").rstrip("\n") + "\n"


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
        prefix="m",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
