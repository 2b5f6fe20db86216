"""Build the fifty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout57/build_heldout57.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout54, on topics those sets do not use (Vietnam – Tunisia from
independence to the Security Council, Vĩnh Phúc's external affairs in 2024, the launch of the Union for
the Mediterranean in Paris on 13/7/2008, a Ministry of Agriculture and Environment plan for cooperation
with Tunisia in 2026, an encyclopedia entry on the Arab Maghreb Union). Nothing in src/ was read or
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
provincial report's local items and all quoted words are invented, the ministry plan (number, date,
tasks, the memorandum it implements) is fictitious. Events, citations and questions gold are written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    official_text,
    paged_body,
    word_text,
)

ZSA_TUNISIA = {
    "id": "zsa",
    "shape": "journal",
    "header": "Tạp chí Châu Phi – Ả-rập học, số 2 (2025)",
    "first_page": 61,
    "break_after": 6,
    "blocks": [
        ("title", "VIỆT NAM – TUY-NI-DI: NỬA THẾ KỶ HỮU NGHỊ GIỮA HAI ĐẦU Á – PHI"),
        ("author", "Trịnh Thu Hằng"),
        ("affiliation", "Viện Nghiên cứu châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết khái quát vị thế đa phương của Tuy-ni-di và quan hệ của nước này với Việt Nam.",
            "vi",
        ),
        ("keywords", "Tuy-ni-di; Liên đoàn Ả-rập; Hội đồng Bảo an", "vi"),
        ("heading", "1. Một quốc gia Bắc Phi hướng ra Địa Trung Hải", 1),
        (
            "paragraph",
            "Giành độc lập từ Pháp ngày 20/3/1956, chỉ gần tám tháng sau Tuy-ni-di đã được kết nạp vào Liên hợp quốc, rồi gia nhập Liên đoàn Ả-rập năm 1958 (Phạm Văn Lợi, 2017, tr. 33). Nước này cũng nằm trong số 32 quốc gia sáng lập Tổ chức Thống nhất châu Phi (OAU), được thành lập tại Át-đi A-bê-ba ngày 25/5/1963. Ngày 17/7/1995, Tuy-ni-di trở thành nước đầu tiên ở bờ nam Địa Trung Hải ký Hiệp định liên kết với Liên minh châu Âu; trước đó, ngày 29/3/1995, nước này đã gia nhập Tổ chức Thương mại Thế giới.",
        ),
        ("heading", "2. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Tuy-ni-di thiết lập quan hệ ngoại giao ngày 15/12/1972, khi cuộc kháng chiến chống Mỹ, cứu nước của nhân dân ta đang ở giai đoạn quyết liệt. Dù cách xa nhau về địa lý, hai bên luôn ủng hộ lẫn nhau tại các diễn đàn đa phương (Ngô Thị Hải Yến, 2020). Ngày 7/6/2019, Việt Nam (192 phiếu) và Tuy-ni-di cùng được Đại hội đồng Liên hợp quốc bầu làm ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021.",
        ),
        (
            "paragraph",
            "Giải Nobel Hòa bình năm 2015 mà Ủy ban Nobel Na Uy trao cho Bộ tứ Đối thoại Quốc gia càng khẳng định hình ảnh Tuy-ni-di như “một hình mẫu chuyển đổi hòa bình hiếm hoi ở thế giới Ả-rập” (Đinh Quang Trung, 2023, tr. 71). Tuy nhiên, hợp tác kinh tế chưa tương xứng với quan hệ chính trị; vì thế, hai nước cần sớm nghiên cứu khởi động đàm phán một hiệp định thương mại song phương.",
        ),
    ],
}

ZSB_VINHPHUC = {
    "id": "zsb",
    "shape": "word",
    "head": [
        "UBND TỈNH VĨNH PHÚC",
        "SỞ NGOẠI VỤ",
        "Số: 215/BC-SNV",
        "Vĩnh Phúc, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Tỉnh tiếp tục duy trì quan hệ hợp tác tốt đẹp với tỉnh Xiêng Khoảng (Lào) và tỉnh Chung-chơng Bắc (Hàn Quốc); trong năm đã đón 27 đoàn khách quốc tế đến thăm và làm việc.",
        ),
        (
            "list_item",
            "2. Từ ngày 14 đến ngày 18/5/2024, đoàn công tác do Chủ tịch UBND tỉnh dẫn đầu thăm tỉnh Chung-chơng Bắc; tại đây, hai bên đã ký Bản ghi nhớ về tiếp nhận lao động thời vụ.",
        ),
        (
            "list_item",
            "3. Trạm y tế của 12 xã miền núi được Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) hỗ trợ trang thiết bị với tổng trị giá khoảng 8 tỷ đồng.",
        ),
        (
            "list_item",
            "4. Tháng trước, đoàn doanh nghiệp Tuy-ni-di do Phó Chủ tịch Liên đoàn Công nghiệp, Thương mại và Thủ công nghiệp (UTICA) dẫn đầu đã đến khảo sát cơ hội cung cấp dầu ô liu và phân lân cho doanh nghiệp trong tỉnh; phía bạn mong muốn sớm mở văn phòng đại diện tại Vĩnh Yên.",
        ),
        (
            "list_item",
            "5. Thỏa thuận hợp tác giai đoạn mới với tỉnh Xiêng Khoảng chưa được ký kết do hai bên chưa thống nhất lịch làm việc; đoàn xúc tiến đầu tư sang Nhật Bản cũng phải lùi sang năm sau.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Trong tháng 3 năm sau, đón đoàn đại biểu cấp cao tỉnh Xiêng Khoảng sang thăm và làm việc, phấn đấu ký kết thỏa thuận hợp tác giai đoạn 2025 – 2029.",
        ),
        (
            "list_item",
            "2. Phối hợp với JICA triển khai giai đoạn hai dự án trang bị cho trạm y tế; tiếp tục đàm phán với tỉnh Chung-chơng Bắc về việc mở rộng đối tượng lao động thời vụ.",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn công tác của tỉnh sang Tuy-ni-di và Ma-rốc vào quý III năm 2025 để xúc tiến thương mại, đầu tư.",
        ),
    ],
}

ZSC_UFM = {
    "id": "zsc",
    "shape": "news",
    "date": "2008-07-14",
    "stamp": "Thứ Hai, 14/07/2008 06:15",
    "blocks": [
        ("title", "Liên minh Địa Trung Hải chính thức ra đời tại Pa-ri"),
        (
            "paragraph",
            "Pa-ri (TTXVN) – Ngày 13/7, Hội nghị thượng đỉnh vì Địa Trung Hải đã diễn ra tại thủ đô nước Pháp, khai sinh Liên minh Địa Trung Hải với sự tham gia của 43 nước châu Âu, Bắc Phi và Trung Đông.",
        ),
        ("heading", "Hai đồng chủ tịch", 1),
        (
            "paragraph",
            "Hội nghị do Tổng thống Pháp Ni-cô-la Xác-cô-di và Tổng thống Ai Cập Hốt-xni Mu-ba-rắc đồng chủ trì; hai nhà lãnh đạo cũng sẽ giữ cương vị đồng chủ tịch đầu tiên của liên minh mới. Liên minh kế thừa Tiến trình Barcelona, được khởi động tại hội nghị ngoại trưởng Âu – Địa Trung Hải ở Tây Ban Nha tháng 11/1995. Các bên nhất trí ưu tiên sáu dự án, trong đó có làm sạch biển Địa Trung Hải và kế hoạch năng lượng mặt trời.",
        ),
        ("heading", "Vắng mặt và gặp gỡ bên lề", 1),
        (
            "paragraph",
            "Nhà lãnh đạo Li-bi Mu-am-mơ Ca-đa-phi đã không tới Pa-ri vì cho rằng sáng kiến này chia rẽ thế giới Ả-rập và châu Phi. Trong khi đó, Thủ tướng I-xra-en Ê-hút Ôn-méc và Tổng thống Pa-le-xtin Mát-mút Áp-bát có cuộc gặp ba bên với chủ nhà.",
        ),
        (
            "paragraph",
            "Một ngày trước đó, sau cuộc gặp với ông Xác-cô-di tại Điện Ê-ly-dê, Tổng thống Xy-ri Ba-sa An Át-xát và người đồng cấp Li-băng Mi-sen Xu-lây-man đã nhất trí để hai nước thiết lập quan hệ ngoại giao. Theo kế hoạch, ngoại trưởng các nước thành viên sẽ họp vào tháng 11 tới để chọn nơi đặt Ban Thư ký.",
        ),
    ],
}

ZSD_PLAN = {
    "id": "zsd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VÀ MÔI TRƯỜNG':<44}Độc lập - Tự do - Hạnh phúc",
        f"{'':<44}---------------",
        f"{'Số: 112/KH-BNNMT':<40}Hà Nội, ngày 09 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai hợp tác nông nghiệp với Tuy-ni-di",
        "và các nước Bắc Phi năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Triển khai hợp tác nông nghiệp với Tuy-ni-di và các nước Bắc Phi năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa Bản ghi nhớ hợp tác trong lĩnh vực nông nghiệp được Bộ trưởng hai nước ký tại Tuy-nít vào tháng 10 năm ngoái, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. MỤC ĐÍCH, YÊU CẦU", 1),
        (
            "paragraph",
            "Học hỏi kinh nghiệm canh tác ô liu, chà là ở vùng khô hạn của Tuy-ni-di; đưa hợp tác nông nghiệp xứng tầm với tình hữu nghị mà hai nước vun đắp kể từ khi thiết lập quan hệ ngoại giao ngày 15/12/1972.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, đón đoàn Bộ Nông nghiệp Tuy-ni-di sang thăm, làm việc và đồng chủ trì phiên họp thứ nhất của Nhóm công tác chung về nông nghiệp.",
        ),
        (
            "list_item",
            "2. Đề nghị phía bạn tiếp nhận 15 kỹ sư thủy lợi của ta sang đào tạo ngắn hạn về tưới tiết kiệm nước.",
        ),
        (
            "list_item",
            "3. Cùng Tuy-ni-di xây dựng đề xuất dự án hợp tác ba bên với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) nhằm hỗ trợ nông dân Mô-dăm-bích sản xuất lúa gạo; dự kiến trình FAO trong quý III.",
        ),
        (
            "list_item",
            "4. Không cử đoàn dự Hội chợ nông nghiệp quốc tế tại Tuy-nít trong năm 2026 do trùng lịch với các sự kiện trong nước.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối, định kỳ sáu tháng báo cáo Bộ trưởng kết quả thực hiện.",
        ),
    ],
}

ZSE_UMA = {
    "id": "zse",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Ma-grép Ả-rập"),
        (
            "paragraph",
            "Liên minh Ma-grép Ả-rập (UMA) là tổ chức hợp tác khu vực của năm nước Bắc Phi, được thành lập theo hiệp ước do nguyên thủ An-giê-ri, Li-bi, Mô-ri-ta-ni, Ma-rốc và Tuy-ni-di ký tại Ma-ra-két ngày 17/2/1989. Ban Thư ký thường trực đặt tại Ra-bát.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Hiệp ước đặt mục tiêu từng bước tự do lưu thông người, hàng hóa và vốn giữa các nước thành viên. Tuy nhiên, từ năm 1994, khi An-giê-ri đóng cửa biên giới đất liền với Ma-rốc, hợp tác trong khối gần như đình trệ; cuối năm 1995, Ra-bát đề nghị tạm ngừng các hoạt động của liên minh. Hội đồng Tổng thống, cơ quan quyết định cao nhất, đã nhiều năm không nhóm họp. Ngày 24/8/2021, An-giê-ri tuyên bố cắt đứt quan hệ ngoại giao với Ma-rốc.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ ngoại giao với cả năm nước thành viên, sớm nhất là với Ma-rốc (ngày 27/3/1961) và An-giê-ri (ngày 28/10/1962), nước từng ủng hộ mạnh mẽ cuộc kháng chiến của nhân dân ta. Tuy vậy, Việt Nam chưa thiết lập cơ chế đối thoại chính thức với UMA với tư cách một tổ chức.",
        ),
    ],
}

DOCS = [ZSA_TUNISIA, ZSB_VINHPHUC, ZSC_UFM, ZSD_PLAN, ZSE_UMA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 50 columns, labels at 70), body at 70 columns, headings with
    no blank line after them; after ``break_after`` body lines (mid-sentence) the page label "Trang N"
    right-aligned at 70 columns, a form feed and the running header; the last page ends with its label."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'Trang {n}':>70}"

    out, last = paged_body(
        doc, 50, 70, 70, lambda page: ["", foot(page), "\f" + head, ""], blank_after_heading=False
    )
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a <time> stamp,
    the lead (with its dateline) in <p class="sapo">, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T06:15:00+07:00">\n'
        f"<title>{title} | Quốc tế</title>\n</head>\n<body>\n"
        '<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/quoc-te">Quốc tế</a></li>'
        '<li><a href="/chau-au">Châu Âu</a></li></ul></nav>\n'
        f'<article>\n<h1>{title}</h1>\n<time datetime="{doc["date"]}">{doc["stamp"]}</time>\n'
        f'<p class="sapo">{lead}</p>\n' + "\n".join(body) + "\n"
        '<ul class="tags"><li>Địa Trung Hải</li><li>Pháp</li><li>Ai Cập</li></ul>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block (the issuer on two lines), the centred
    three-line title, body at 76 columns with a blank line between blocks, "Nơi nhận" and the signature
    block at the right."""
    tail = [
        f"{'Nơi nhận:':<44}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<45}THỨ TRƯỞNG",
        f"{'- Lưu: VT, HTQT.':<47}(đã ký)",
    ]
    return official_text(doc, 76, tail)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="zs",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
