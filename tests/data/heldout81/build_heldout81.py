"""Build the eighty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout81/build_heldout81.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – Madagascar from the relations of 1972 to rice cooperation, Ninh
Thuận's external affairs in 2024, the United Kingdom's agreement of 3/10/2024 to cede the Chagos
Archipelago to Mauritius, a (fictitious) Ministry of Industry and Trade plan for trade promotion with the
Indian Ocean island states in 2026, an encyclopedia entry on the Indian Ocean Commission). Nothing in
src/ was changed for them. Facts are well-established; authors, journal, page numbers, document numbers,
the provincial report's local items and all quoted words are invented, the ministry plan (number, date,
tasks) is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
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

WWA_MADAGASCAR = {
    "id": "wwa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU PHI VÀ ẤN ĐỘ DƯƠNG – Số 3 (2025)",
    "first_page": 112,
    "break_after": 13,
    "blocks": [
        ("title", "VIỆT NAM – MADAGASCAR: HƠN NỬA THẾ KỶ QUAN HỆ HỮU NGHỊ"),
        ("author", "Trương Thị Hải Yến"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Madagascar từ năm 1972 và gợi mở hướng hợp tác lúa gạo.",
            "vi",
        ),
        ("keywords", "Madagascar; SADC; Pháp ngữ; lúa gạo", "vi"),
        ("heading", "1. Quốc đảo lớn nhất Ấn Độ Dương", 1),
        (
            "paragraph",
            "Tuyên bố độc lập ngày 26/6/1960, Madagascar gia nhập Liên hợp quốc ngày 20/9/1960 và là thành viên sáng lập Tổ chức Thống nhất châu Phi năm 1963. Năm 2005, nước này trở thành thành viên Cộng đồng Phát triển Nam Phi (Hà Văn Thịnh, 2017, tr. 58). Sau khi ông Andry Rajoelina lên nắm quyền bằng con đường phi hiến định tháng 3/2009, Liên minh châu Phi và SADC đều đình chỉ tư cách thành viên của Madagascar; các biện pháp này chỉ được dỡ bỏ đầu năm 2014, sau cuộc bầu cử tổng thống cuối năm 2013.",
        ),
        ("heading", "2. Quan hệ song phương", 1),
        (
            "paragraph",
            "Việt Nam và Madagascar thiết lập quan hệ ngoại giao ngày 19/12/1972, khi cuộc kháng chiến chống Mỹ của nhân dân ta bước vào giai đoạn quyết liệt. Dưới thời Tổng thống Didier Ratsiraka (1975 – 1993), quan hệ chính trị giữa hai nước phát triển tốt đẹp; hai bên phối hợp chặt chẽ trong Phong trào Không liên kết (Nguyễn Bảo Châu, 2021). Hai nước còn cùng là thành viên Cộng đồng Pháp ngữ; tháng 11/2016, Antananarivo đăng cai Hội nghị thượng đỉnh Pháp ngữ lần thứ XVI.",
        ),
        ("heading", "3. Tiềm năng hợp tác lúa gạo", 1),
        (
            "paragraph",
            "Người Madagascar tiêu thụ gạo bình quân đầu người thuộc hàng cao nhất thế giới, song năng suất lúa còn thấp. Việt Nam đã nhiều lần cử chuyên gia sang hỗ trợ canh tác lúa theo các chương trình hợp tác Nam – Nam, nhưng quy mô còn khiêm tốn. Theo một đánh giá, “kinh nghiệm thâm canh của đồng bằng sông Hồng rất phù hợp với vùng hồ Alaotra” (Đoàn Minh Tuấn, 2024, tr. 131). Vì thế, hai bên nên sớm ký một chương trình hợp tác nông nghiệp dài hạn.",
        ),
    ],
}

WWB_NINHTHUAN = {
    "id": "wwb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
        "SỞ NGOẠI VỤ",
        "Số: 241/BC-SNgV",
        "Ninh Thuận, ngày 19 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 5, tỉnh đón đoàn công tác vùng Androy (Ma-đa-gát-xca) sang học tập mô hình trồng nho, nuôi dê, cừu và tưới nhỏ giọt trong điều kiện khô hạn; nhân dịp này, hai bên ký Biên bản ghi nhớ hợp tác nông nghiệp giai đoạn 2024 – 2026.",
        ),
        (
            "list_item",
            "2. Tháng 7, Đại sứ Ô-xtrây-li-a tại Việt Nam thăm tỉnh và trao 20 suất học bổng ngắn hạn về quản lý tài nguyên nước cho cán bộ ngành nông nghiệp.",
        ),
        (
            "list_item",
            "3. Tháng 9, Tổng Lãnh sự Ấn Độ tại Thành phố Hồ Chí Minh thăm và làm việc với tỉnh, đề nghị hợp tác bảo tồn các đền tháp Chăm.",
        ),
        (
            "list_item",
            "4. Dự án hỗ trợ phát triển điện gió, điện mặt trời do Chính phủ Đức tài trợ thông qua Tổ chức Hợp tác quốc tế Đức (GIZ) đã hoàn thành giai đoạn một.",
        ),
        (
            "list_item",
            "5. Các nhà đầu tư Thái Lan tiếp tục mở rộng dự án năng lượng tái tạo tại huyện Thuận Nam.",
        ),
        (
            "list_item",
            "6. Chương trình đưa nông dân sang thực tập nông nghiệp tại I-xra-en chưa thực hiện được do xung đột ở Trung Đông.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, cử 6 kỹ sư sang vùng Androy hướng dẫn kỹ thuật tưới tiết kiệm nước theo Biên bản ghi nhớ đã ký.",
        ),
        (
            "list_item",
            "2. Phối hợp với GIZ triển khai giai đoạn hai của dự án năng lượng tái tạo.",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn xúc tiến đầu tư sang Thái Lan và Hàn Quốc trong sáu tháng cuối năm 2025.",
        ),
    ],
}

WWC_CHAGOS = {
    "id": "wwc",
    "shape": "news",
    "date": "2024-10-04",
    "stamp": "Thứ Sáu, 04/10/2024 - 06:30",
    "blocks": [
        ("title", "Anh đồng ý trao chủ quyền quần đảo Chagos cho Mô-ri-xơ"),
        (
            "paragraph",
            "Luân Đôn (TTXVN) – Ngày 3/10, Anh và Mô-ri-xơ ra tuyên bố chung, theo đó Anh đồng ý trao chủ quyền quần đảo Chagos ở Ấn Độ Dương cho Mô-ri-xơ, khép lại tranh chấp kéo dài hơn nửa thế kỷ.",
        ),
        (
            "paragraph",
            "Thỏa thuận đạt được sau gần hai năm đàm phán. Theo đó, Anh vẫn giữ quyền vận hành căn cứ quân sự chung Anh – Mỹ trên đảo Diego Garcia trong thời hạn ban đầu 99 năm. Thủ tướng Anh Keir Starmer và Thủ tướng Mô-ri-xơ Pravind Jugnauth cho biết hai bên sẽ sớm hoàn tất một hiệp ước để chính thức hóa thỏa thuận.",
        ),
        ("heading", "Mỹ, Ấn Độ hoan nghênh", 1),
        (
            "paragraph",
            "Tổng thống Mỹ Joe Biden hoan nghênh thỏa thuận, cho rằng nó bảo đảm hoạt động hiệu quả của căn cứ Diego Garcia trong tương lai. Ấn Độ cũng bày tỏ ủng hộ, coi đây là bước hoàn tất tiến trình phi thực dân hóa của Mô-ri-xơ.",
        ),
        ("heading", "Tranh chấp từ năm 1965", 1),
        (
            "paragraph",
            "Anh tách quần đảo Chagos khỏi Mô-ri-xơ năm 1965, ba năm trước khi thuộc địa này giành độc lập, rồi buộc toàn bộ cư dân trên quần đảo rời đi để xây dựng căn cứ. Năm 2019, Tòa án Công lý quốc tế (ICJ) ra ý kiến tư vấn cho rằng quá trình phi thực dân hóa Mô-ri-xơ chưa được hoàn tất hợp pháp; sau đó, Đại hội đồng Liên hợp quốc thông qua nghị quyết yêu cầu Anh chấm dứt chính quyền thuộc địa tại Chagos trong vòng sáu tháng.",
        ),
    ],
}

WWD_PLAN = {
    "id": "wwd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 21/KH-BCT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": ["KẾ HOẠCH", "Xúc tiến thương mại với các quốc đảo Ấn Độ Dương năm 2026"],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến thương mại với các quốc đảo Ấn Độ Dương năm 2026",
        ),
        (
            "paragraph",
            "Nhằm mở rộng thị trường cho thủy sản, gạo và hàng tiêu dùng Việt Nam tại khu vực Ấn Độ Dương, Bộ Công Thương ban hành Kế hoạch xúc tiến thương mại với Mô-ri-xơ, Xây-sen và Ma-đa-gát-xca năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH NĂM 2025", 1),
        (
            "paragraph",
            "Tháng 8 năm ngoái, Bộ đã phối hợp với tỉnh Khánh Hòa đón đoàn doanh nghiệp thủy sản Mô-ri-xơ sang khảo sát cảng cá Hòn Rớ và các cơ sở chế biến cá ngừ. Việc Anh và Mô-ri-xơ ký hiệp ước về quần đảo Chagos tháng 5/2025 mở ra triển vọng hợp tác nghề cá trên vùng biển rộng lớn quanh quần đảo. Tuy nhiên, Bộ chưa ký được thỏa thuận hợp tác nào với các cơ quan xúc tiến thương mại trong khu vực.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, tổ chức đoàn doanh nghiệp do một Thứ trưởng dẫn đầu sang Mô-ri-xơ và Xây-sen, khảo sát thị trường và tìm hiểu mô hình chế biến cá ngừ tại Port Louis và Victoria.",
        ),
        (
            "list_item",
            "2. Ký Bản ghi nhớ về hợp tác xúc tiến thương mại với Hội đồng Phát triển kinh tế Mô-ri-xơ (EDB), dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "3. Đề nghị Ủy ban Ấn Độ Dương chia sẻ thông tin về thị trường và quy định nhập khẩu thủy sản của các nước thành viên.",
        ),
        (
            "list_item",
            "4. Phối hợp với Cơ quan Hợp tác quốc tế Nhật Bản (JICA) đào tạo doanh nghiệp về tiêu chuẩn an toàn thực phẩm.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn sang Ma-đa-gát-xca trong sáu tháng đầu năm do tình hình chính trị nước này chưa ổn định.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại là đơn vị đầu mối, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

WWE_COI = {
    "id": "wwe",
    "shape": "entry",
    "blocks": [
        ("title", "Ủy ban Ấn Độ Dương"),
        (
            "paragraph",
            "Ủy ban Ấn Độ Dương (tiếng Pháp: Commission de l'océan Indien, COI) là tổ chức liên chính phủ của các quốc đảo ở tây nam Ấn Độ Dương. Tổ chức được Ma-đa-gát-xca, Mô-ri-xơ và Xây-sen thành lập tại Port Louis năm 1982 và được thể chế hóa bằng Hiệp định Victoria, ký tại thủ đô Xây-sen năm 1984. Đây là tổ chức khu vực duy nhất của châu Phi chỉ gồm các quốc đảo.",
        ),
        ("heading", "Thành viên và quan sát viên", 1),
        (
            "paragraph",
            "Năm 1986, Cô-mo và Pháp, đại diện cho vùng hải ngoại Rê-u-ni-ông, được kết nạp, nâng số thành viên lên năm. Ban Thư ký đặt tại Ebène (Mô-ri-xơ). Trung Quốc, Ấn Độ, Nhật Bản và Liên hợp quốc là quan sát viên; Ấn Độ được trao quy chế này năm 2020.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Các lĩnh vực ưu tiên của COI gồm an ninh hàng hải, quản lý nghề cá, môi trường và ứng phó thiên tai. Cơ quan quyết định cao nhất là Hội đồng Bộ trưởng, họp mỗi năm một lần; chức Chủ tịch luân phiên giữa các nước thành viên. Liên minh châu Âu là nhà tài trợ lớn nhất; chương trình an ninh hàng hải khu vực MASE do EU tài trợ đã giúp các nước thành viên phối hợp chống cướp biển ngoài khơi Xô-ma-li.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa có quan hệ chính thức với COI, song đã thiết lập quan hệ ngoại giao với Ma-đa-gát-xca từ năm 1972 và cùng bốn quốc đảo thành viên tham gia Tổ chức quốc tế Pháp ngữ.",
        ),
    ],
}

DOCS = [WWA_MADAGASCAR, WWB_NINHTHUAN, WWC_CHAGOS, WWD_PLAN, WWE_COI]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (also the first), front
    matter by heldout_kit.front_matter_lines (title at 48 columns, labels at 72), body at 72 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) the bare page number flush
    left, a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    out, last = paged_body(doc, 48, 72, 72, lambda page: ["", str(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, str(last)]) + "\n", [head, *(str(n) for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends and one paragraph a line (no wrap), every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, None, ["GIÁM ĐỐC", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a header menu, <div class="content">
    with <h1>, a date <span>, the lead (with its dateline) in <h2 class="sapo">, <p> paragraphs, <h3>
    subheads, a related-links box, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T06:30:00+07:00">\n'
        "</head>\n<body>\n"
        '<header><ul class="menu"><li>Thời sự</li><li>Thế giới</li></ul></header>\n'
        f'<div class="content">\n<h1>{title}</h1>\n<span class="date">{doc["stamp"]}</span>\n'
        f'<h2 class="sapo">{lead}</h2>\n' + "\n".join(body) + "\n"
        '<div class="related"><a href="/tag/chagos">Chagos</a></div>\n'
        "</div>\n<footer>Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 76 columns
    with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<49}THỨ TRƯỞNG",
        f"{'- UBND tỉnh Khánh Hòa;':<50}(đã ký)",
        "- Lưu: VT, XTTM.",
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
        prefix="ww",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
