"""Build the thirty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout31/build_heldout31.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout30, on topics those sets do not use (Vietnam - Yugoslavia /
Serbia from 1957, Hồ Chí Minh City's foreign affairs in 2022, the Greek President's official visit of
May 2022, a Ministry of Science and Technology plan for World Intellectual Property Day 2024, an
encyclopedia entry on the WIPO Convention). Nothing in src/ was changed for them. Facts are
well-established; authors, page numbers, document numbers, the report's figures and tasks, the plan's
tasks and all quoted words are invented. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, footnoted_journal, word_text, wrap  # noqa: E402

GA_SERBIA = {
    "id": "ga",
    "shape": "journal",
    "header": "Nghiên cứu Châu Âu – Ban-căng, số 4 (2024)",
    "first_page": 71,
    "break_after": 10,
    "blocks": [
        ("title", "VIỆT NAM – XÉC-BI-A: TỪ NAM TƯ ĐẾN HỢP TÁC VỚI ASEAN"),
        ("author", "Đinh Quốc Bảo"),
        ("affiliation", "Viện Nghiên cứu Châu Âu"),
        (
            "abstract",
            "Bài viết phác họa quan hệ của Việt Nam với Nam Tư trước đây và Xéc-bi-a ngày nay.",
            "vi",
        ),
        ("keywords", "Xéc-bi-a; Nam Tư; Không liên kết; TAC", "vi"),
        ("heading", "1. Thời kỳ Nam Tư", 1),
        (
            "paragraph",
            "Ngày 10/3/1957, Việt Nam Dân chủ Cộng hòa và Nam Tư thiết lập quan hệ ngoại giao; ngay trong năm đó, Chủ tịch Hồ Chí Minh sang thăm Nam Tư và hội kiến Tổng thống nước chủ nhà Giô-xíp Brô-dơ Ti-tô (Vũ Đình Khải, 2017, tr. 34-36). Tháng 9/1961, Bê-ô-grát đăng cai Hội nghị thượng đỉnh đầu tiên của Phong trào Không liên kết, tổ chức mà nước ta chính thức trở thành thành viên năm 1976.",
        ),
        ("heading", "2. Xéc-bi-a kế thừa", 1),
        (
            "paragraph",
            "Sau khi Môn-tê-nê-grô tuyên bố độc lập năm 2006, Xéc-bi-a kế thừa quan hệ với Việt Nam. Hai nước thường xuyên ủng hộ lẫn nhau tại Liên hợp quốc, UNESCO và Hội đồng Nhân quyền¹; trong đại dịch Covid-19, phía bạn đã tặng vắc-xin cho Việt Nam.",
        ),
        ("heading", "3. Hướng tới châu Âu và Đông Nam Á", 1),
        (
            "paragraph",
            "Xéc-bi-a nộp đơn xin gia nhập Liên minh châu Âu tháng 12/2009 và trở thành nước ứng cử viên tháng 3/2012 (Trần Thu Minh, 2021), song đến nay vẫn chưa được kết nạp. Đề nghị tham gia Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC) của nước này được các ngoại trưởng ASEAN nhất trí chấp thuận tháng 7/2023; hai tháng sau, Bộ trưởng Ngoại giao I-vi-ca Đa-chích ký văn kiện gia nhập TAC tại Gia-các-ta, cùng với Pa-na-ma và Cô-oét. Thời gian tới, hai bên dự kiến đẩy mạnh hợp tác về giáo dục và quốc phòng.",
        ),
        (
            "footnote",
            "Lê Hải Yến (2019), Ngoại giao đa phương của Việt Nam, Nxb. Chính trị quốc gia, Hà Nội, tr. 112.",
        ),
    ],
}

GB_HCMC = {
    "id": "gb",
    "shape": "word",
    "head": [
        "UBND THÀNH PHỐ HỒ CHÍ MINH",
        "SỞ NGOẠI VỤ",
        "Số: 1482/BC-SNgV",
        "Thành phố Hồ Chí Minh, ngày 20 tháng 12 năm 2022",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2022 và nhiệm vụ năm 2023"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2022 và nhiệm vụ năm 2023"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Năm nay, Sở đã tham mưu lãnh đạo Thành phố tiếp 214 đoàn khách quốc tế, gấp hơn hai lần năm ngoái, khi nhiều hoạt động đối ngoại còn bị gián đoạn do dịch Covid-19.",
        ),
        (
            "list_item",
            "2. Thành phố đã phối hợp với Bộ Ngoại giao đón Tổng thống Hy Lạp Katerina Sakellaropoulou đến thăm và làm việc tại Thành phố trong khuôn khổ chuyến thăm chính thức Việt Nam từ ngày 15 đến 19/5/2022.",
        ),
        (
            "list_item",
            "3. Tuyến metro số 1 (Bến Thành – Suối Tiên) sử dụng vốn ODA của Nhật Bản và tuyến metro số 2 do Ngân hàng Phát triển châu Á (ADB), Ngân hàng Tái thiết Đức (KfW) và Ngân hàng Đầu tư châu Âu (EIB) tài trợ tiếp tục được đôn đốc triển khai.",
        ),
        (
            "list_item",
            "4. Một số chương trình xúc tiến đầu tư tại châu Âu chưa thực hiện được do tình hình thế giới biến động.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2023", 1),
        (
            "list_item",
            "1. Phấn đấu tổ chức thành công chuỗi hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản (21/9/1973) vào tháng 9 năm tới.",
        ),
        (
            "list_item",
            "2. Tiếp tục phối hợp với các cơ quan đại diện nước ngoài và các tổ chức quốc tế tại Thành phố; nghiên cứu khả năng thiết lập quan hệ hợp tác hữu nghị với một số địa phương của Hy Lạp.",
        ),
    ],
}

GC_GREECE = {
    "id": "gc",
    "shape": "news",
    "date": "2022-05-16",
    "stamp": "16/05/2022 12:35",
    "blocks": [
        ("title", "Chủ tịch nước hội đàm với Tổng thống Hy Lạp"),
        (
            "paragraph",
            "HÀ NỘI, 16/5 – Sáng nay, tại Phủ Chủ tịch, Chủ tịch nước Nguyễn Xuân Phúc chủ trì lễ đón chính thức và hội đàm với Tổng thống Cộng hòa Hy Lạp Katerina Sakellaropoulou, người đang thăm chính thức Việt Nam từ ngày 15 đến 19/5/2022.",
        ),
        ("heading", "Bạn bè truyền thống", 2),
        (
            "paragraph",
            "Hai nhà lãnh đạo nhận thấy quan hệ giữa hai nước không ngừng được củng cố; tháng trước, Việt Nam và Hy Lạp vừa kỷ niệm 47 năm ngày thiết lập quan hệ ngoại giao (15/4/1975). Chuyến thăm Hy Lạp của Chủ tịch nước Nguyễn Minh Triết và chuyến thăm Việt Nam của Tổng thống Karolos Papoulias trong năm 2008 đã tạo xung lực mới cho hợp tác.",
        ),
        (
            "paragraph",
            "Chủ tịch nước cảm ơn phía bạn đã trao tặng Việt Nam 250.000 liều vắc-xin AstraZeneca phòng Covid-19. Năm ngoái, kim ngạch thương mại hai chiều đạt hơn 446 triệu USD, dù Hy Lạp chưa có chương trình viện trợ phát triển chính thức dành cho Việt Nam.",
        ),
        ("heading", "Phối hợp đa phương", 2),
        (
            "paragraph",
            "Hai bên nhất trí tiếp tục phối hợp chặt chẽ tại Liên hợp quốc, Diễn đàn Hợp tác Á – Âu (ASEM) và trong khuôn khổ quan hệ ASEAN – EU. Chủ tịch nước đề nghị hai bên tận dụng hiệu quả Hiệp định Thương mại tự do Việt Nam – EU (EVFTA), được ký kết tại Hà Nội ngày 30/6/2019 và có hiệu lực từ ngày 1/8/2020.",
        ),
        (
            "paragraph",
            "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký kết các văn kiện hợp tác. Theo chương trình, Tổng thống sẽ chào xã giao Tổng Bí thư Nguyễn Phú Trọng, hội kiến Chủ tịch Quốc hội Vương Đình Huệ và thăm Thành phố Hồ Chí Minh.",
        ),
    ],
}

GD_PLAN = {
    "id": "gd",
    "shape": "plan",
    "head": [
        ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 815/KH-BKHCN", "Hà Nội, ngày 2 tháng 4 năm 2024"),
    ],
    "title_lines": ["KẾ HOẠCH", "Tổ chức các hoạt động hưởng ứng Ngày Sở hữu trí tuệ thế giới năm 2024"],
    "tail": ["", f"{'Nơi nhận:':<44}KT. BỘ TRƯỞNG", f"{'- Như mục III;':<44}THỨ TRƯỞNG", "- Lưu: VT, SHTT."],
    "blocks": [
        ("title", "KẾ HOẠCH Tổ chức các hoạt động hưởng ứng Ngày Sở hữu trí tuệ thế giới năm 2024"),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Ngày Sở hữu trí tuệ thế giới (26/4) được Đại hội đồng Tổ chức Sở hữu trí tuệ thế giới (WIPO) lập ra năm 2000, trùng với ngày Công ước thành lập WIPO có hiệu lực năm 1970. Việt Nam là thành viên WIPO từ năm 1976, gia nhập Hiệp ước Hợp tác về sáng chế (PCT) năm 1993 và Công ước Béc-nơ về bảo hộ tác phẩm văn học và nghệ thuật năm 2004.",
        ),
        ("heading", "II. NỘI DUNG HOẠT ĐỘNG", 1),
        (
            "list_item",
            "1. Cục Sở hữu trí tuệ chủ trì, phối hợp với Văn phòng WIPO tại Xinh-ga-po tổ chức hội thảo về chỉ dẫn địa lý vào ngày 25/4 tới.",
        ),
        (
            "list_item",
            "2. Tiếp tục phối hợp với Văn phòng Sở hữu trí tuệ Liên minh châu Âu (EUIPO), Cơ quan Sáng chế Nhật Bản (JPO) và các nước thành viên Nhóm công tác ASEAN về hợp tác sở hữu trí tuệ (AWGIPC) triển khai các khóa đào tạo cho doanh nghiệp.",
        ),
        (
            "list_item",
            "3. Năm nay không tổ chức mít tinh tập trung; các hoạt động truyền thông được lồng ghép trên báo chí và mạng xã hội.",
        ),
        ("heading", "III. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Các đơn vị báo cáo kết quả về Cục Sở hữu trí tuệ trước ngày 15/5/2024 để tổng hợp, báo cáo Bộ trưởng.",
        ),
    ],
}

GE_ENTRY = {
    "id": "ge",
    "shape": "entry",
    "blocks": [
        ("title", "Công ước thành lập Tổ chức Sở hữu trí tuệ thế giới"),
        (
            "paragraph",
            "Công ước thành lập Tổ chức Sở hữu trí tuệ thế giới, thường gọi là Công ước Stốc-khôm, được ký kết tại Stốc-khôm (Thụy Điển) ngày 14/7/1967 và có hiệu lực từ ngày 26/4/1970, khi Văn phòng quốc tế hợp nhất về bảo hộ sở hữu trí tuệ (BIRPI) được chuyển thành WIPO.",
        ),
        ("heading", "Tổ chức và hoạt động", 1),
        (
            "paragraph",
            "Năm 1974, WIPO trở thành cơ quan chuyên môn của Liên hợp quốc, có trụ sở tại Giơ-ne-vơ. Ngoài Công ước Pa-ri (1883) và Công ước Béc-nơ (1886), tổ chức này quản lý Hiệp ước Hợp tác về sáng chế (PCT), được ký năm 1970.",
        ),
        (
            "paragraph",
            "Ngày 4/3/2020, Ủy ban Điều phối WIPO đề cử ông Daren Tang (Xinh-ga-po) vào chức Tổng Giám đốc với 55 phiếu ở vòng bỏ phiếu thứ hai, so với 28 phiếu của bà Wang Binying (Trung Quốc). Đề cử này được Đại hội đồng phê chuẩn tại phiên họp bất thường tháng 5/2020; ông nhậm chức ngày 1/10/2020, kế nhiệm ông Francis Gurry (Ô-xtrây-li-a).",
        ),
        ("heading", "Việt Nam và Công ước", 1),
        (
            "paragraph",
            "Việt Nam gia nhập Công ước năm 1976. Năm 2020, Việt Nam không đề cử ứng viên cho chức Tổng Giám đốc, song là một trong 83 thành viên Ủy ban Điều phối tham gia bỏ phiếu.",
        ),
    ],
}

DOCS = [GA_SERBIA, GB_HCMC, GC_GREECE, GD_PLAN, GE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter from heldout_kit, a blank line after each
    heading, body at 64 columns with a superscript footnote mark glued to a word (the gold footnote
    block without its mark); after ``break_after`` body lines (mid-sentence) the footnote under a
    "____" rule, the page number centred, a form feed and the running header; the last page ends with
    its number centred."""
    return footnoted_journal(
        doc, 40, 64, 64, lambda page: f"{page:^64}".rstrip(), rule_width=16, blank_after_heading=True
    )


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; headings and numbered items start new lines."""
    return word_text(doc, 70, ["GIÁM ĐỐC", "(đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, <h1>, the time stamp,
    the lead (dateline first) in <p class="lead">, <h2> subheads, body <p>s, a short footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<html lang="vi"><head><meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}">\n'
        f"<title>{title}</title></head>\n<body>\n"
        f'<h1>{title}</h1>\n<div class="time">{doc["stamp"]}</div>\n'
        f'<p class="lead">{lead}</p>\n' + "\n".join(body) + "\n"
        "<footer>Cổng thông tin Đối ngoại</footer>\n</body></html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer and motto side by side (two columns), number and place-date side by
    side, the two-line centred title over a short rule, "I./II./III." headings and numbered items
    wrapped at 76 columns with no blank lines between, "Nơi nhận" and the signature side by side."""
    out = [f"{left:<36}{right}" for left, right in doc["head"]]
    out += [
        "",
        f"{doc['title_lines'][0]:^76}".rstrip(),
        f"{doc['title_lines'][1]:^76}".rstrip(),
        f"{'-----':^76}".rstrip(),
        "",
    ]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], 76)
    out += doc["tail"]
    return "\n".join(out) + "\n"


def render_entry(doc: dict) -> str:
    """A printed encyclopedia entry copied as text: the headword in capitals, a blank line, paragraphs
    separated by blank lines, section names on their own line with a dash rule under them."""
    out: list[str] = []
    for b in doc["blocks"]:
        if b[0] == "title":
            out += [b[1].upper(), ""]
        elif b[0] == "heading":
            out += [b[1], "-" * len(b[1]), ""]
        else:
            out += [b[1], ""]
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
        upper_title_shapes=("entry",),
        prefix="g",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
