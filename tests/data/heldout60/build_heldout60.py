"""Build the sixtieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout60/build_heldout60.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – Paraguay from the Chaco War to thirty years of relations, Hậu
Giang's external affairs in 2024, Mercosur's suspension of Paraguay at Mendoza on 29/6/2012, a Ministry
of Agriculture and Environment plan for cooperation with Paraguay in 2026, an encyclopedia entry on the
1973 Itaipu Treaty). Nothing in src/ was changed for them. Facts are well-established; authors, journal,
page numbers, document numbers, the provincial report's local items and all quoted words are invented,
the ministry plan (number, date, tasks, its past contact) is fictitious. Events, citations and questions
gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
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

ZVA_PARAGUAY = {
    "id": "zva",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu Nam Mỹ – Số 2/2025",
    "first_page": 76,
    "break_after": 13,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – PA-RA-GOAY: BA MƯƠI NĂM NHÌN LẠI VÀ TRIỂN VỌNG"),
        ("author", "Tôn Nữ Minh Phương"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Pa-ra-goay từ năm 1995 đến nay và đề xuất giải pháp.",
            "vi",
        ),
        ("keywords", "Pa-ra-goay; Nam Mỹ; quan hệ song phương; nông sản", "vi"),
        ("heading", "1. Một quốc gia nội lục ở trung tâm Nam Mỹ", 1),
        (
            "paragraph",
            "Giành độc lập từ Tây Ban Nha năm 1811, Pa-ra-goay đã trải qua hai cuộc chiến tranh tàn khốc: cuộc Chiến tranh Liên minh Ba nước (1864 – 1870), khi nước này phải chống lại cùng lúc Bra-xin, Ác-hen-ti-na và U-ru-goay, và cuộc Chiến tranh Chaco (1932 – 1935) với nước láng giềng Bô-li-vi-a (Nguyễn Đình Thăng, 2014, tr. 37). Hòa ước chấm dứt cuộc chiến thứ hai được hai bên ký kết tại Bu-ê-nốt Ai-rét ngày 21/7/1938.",
        ),
        (
            "paragraph",
            "Là một trong 51 thành viên sáng lập Liên hợp quốc, Pa-ra-goay cũng có mặt trong Tổ chức Thương mại Thế giới (WTO) ngay từ ngày 1/1/1995, trong khi Việt Nam chỉ được kết nạp vào tổ chức này ngày 11/1/2007. Nước này còn là thành viên sáng lập Thị trường chung Nam Mỹ (Mercosur).",
        ),
        ("heading", "2. Quan hệ song phương: ổn định nhưng chưa tương xứng", 1),
        (
            "paragraph",
            "Việt Nam và Pa-ra-goay chính thức thiết lập quan hệ ngoại giao ngày 30/5/1995. Đại sứ quán Việt Nam tại Ác-hen-ti-na được giao kiêm nhiệm Pa-ra-goay, song đến nay hai nước vẫn chưa mở cơ quan đại diện thường trú tại thủ đô của nhau. Trên các diễn đàn đa phương, hai bên thường xuyên ủng hộ lẫn nhau khi ứng cử vào các cơ quan của Liên hợp quốc.",
        ),
        (
            "paragraph",
            "Về kinh tế, phía bạn có thế mạnh về đậu tương, thịt bò và thủy điện – “những lĩnh vực mà Việt Nam có nhu cầu lâu dài và ổn định” (Vương Thị Ngọc Lan, 2021, tr. 104). Nhân dịp kỷ niệm 30 năm quan hệ ngoại giao năm nay, hai nước cần sớm thành lập Ủy ban hỗn hợp về hợp tác kinh tế và khởi động đàm phán mở cửa thị trường cho nông sản của nhau (Tạ Minh Khôi, 2024).",
        ),
    ],
}

ZVB_HAUGIANG = {
    "id": "zvb",
    "shape": "word",
    "head": [
        "UBND TỈNH HẬU GIANG",
        "SỞ NGOẠI VỤ",
        "Số: 226/BC-SNgV",
        "Hậu Giang, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị, hợp tác với tỉnh Xê-kông (Lào) tiếp tục được duy trì; trong tháng 9/2024, tỉnh đã hỗ trợ phía bạn 2 tỷ đồng để xây dựng một trường tiểu học tại huyện Đắc-chưng.",
        ),
        (
            "list_item",
            "2. Ngày 15/10/2024, đoàn chuyên gia của Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) đến khảo sát dự án nâng cấp hệ thống thủy lợi phục vụ vùng lúa chất lượng cao tại thị xã Long Mỹ, công trình dự kiến được phía Nhật Bản tài trợ không hoàn lại khoảng 3 triệu USD.",
        ),
        (
            "list_item",
            "3. Chương trình phát triển vùng tại huyện Vị Thủy do Tổ chức Tầm nhìn Thế giới tài trợ tiếp tục được triển khai, với kinh phí giải ngân trong năm nay đạt khoảng 420.000 USD.",
        ),
        (
            "list_item",
            "4. Từ ngày 5 đến ngày 13/8/2024, doanh nghiệp của tỉnh tham gia đoàn xúc tiến thương mại do Bộ Công Thương tổ chức sang Bra-xin và Pa-ra-goay, giới thiệu gạo, khóm Cầu Đúc và cá thát lát.",
        ),
        (
            "list_item",
            "5. Tháng trước, lãnh đạo tỉnh tiếp Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh cùng đoàn doanh nghiệp nước này đến tìm hiểu cơ hội đầu tư vào Khu công nghiệp Tân Phú Thạnh. Tuy nhiên, Biên bản ghi nhớ hợp tác với tỉnh Jeollanam (Hàn Quốc) vẫn chưa được ký kết như kế hoạch.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, đón đoàn đại biểu cấp cao tỉnh Xê-kông sang thăm và làm việc; hai bên sẽ ký Biên bản thỏa thuận hợp tác giai đoạn 2025 – 2029.",
        ),
        (
            "list_item",
            "2. Phối hợp với JICA hoàn thiện hồ sơ dự án thủy lợi tại Long Mỹ để trình cấp có thẩm quyền phê duyệt.",
        ),
        (
            "list_item",
            "3. Không tổ chức đoàn đi nước ngoài trong 6 tháng đầu năm 2025 nhằm tập trung cho công tác sắp xếp đơn vị hành chính.",
        ),
    ],
}

ZVC_MENDOZA = {
    "id": "zvc",
    "shape": "news",
    "date": "2012-06-30",
    "stamp": "Thứ bảy, 30/06/2012 - 08:15",
    "blocks": [
        ("title", "Mercosur tạm đình chỉ tư cách thành viên của Pa-ra-goay"),
        (
            "paragraph",
            "Men-đô-xa (TTXVN) – Chiều 29/6 (giờ địa phương), bế mạc Hội nghị thượng đỉnh Thị trường chung Nam Mỹ (Mercosur) tại thành phố Men-đô-xa của Ác-hen-ti-na, lãnh đạo Ác-hen-ti-na, Bra-xin và U-ru-goay đã quyết định tạm đình chỉ tư cách thành viên của Pa-ra-goay cho đến cuộc bầu cử tổng thống dự kiến vào tháng 4 năm sau.",
        ),
        ("heading", "Không trừng phạt kinh tế", 1),
        (
            "paragraph",
            "Quyết định được đưa ra sau khi Thượng viện Pa-ra-goay bỏ phiếu phế truất Tổng thống Fernando Lugo hôm 22/6 với 39 phiếu thuận, 4 phiếu chống, thủ tục mà các nước láng giềng coi là vi phạm trật tự dân chủ. Tuy vậy, các nhà lãnh đạo khẳng định khối sẽ không áp dụng biện pháp trừng phạt kinh tế nào đối với nước này. Cùng ngày, Liên minh các quốc gia Nam Mỹ (UNASUR) cũng đình chỉ sự tham gia của A-xun-xi-ôn.",
        ),
        ("heading", "Cánh cửa mở cho Ca-ra-cát", 1),
        (
            "paragraph",
            "Hội nghị đồng thời nhất trí kết nạp Vê-nê-xu-ê-la làm thành viên đầy đủ của Mercosur kể từ ngày 31/7 tới. Nghị định thư gia nhập của Ca-ra-cát được ký từ năm 2006 nhưng nhiều năm nay chưa được Quốc hội Pa-ra-goay phê chuẩn.",
        ),
        (
            "paragraph",
            "Chính phủ của tân Tổng thống Federico Franco đã lên tiếng phản đối, coi quyết định của hội nghị là bất hợp pháp. Cũng tại Men-đô-xa, Ác-hen-ti-na chuyển giao chức Chủ tịch luân phiên của khối cho Bra-xin.",
        ),
    ],
}

ZVD_PLAN = {
    "id": "zvd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':44}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 112/KH-BNNMT':<40}Hà Nội, ngày 09 tháng 02 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy hợp tác nông nghiệp với Cộng hòa Pa-ra-goay năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Thúc đẩy hợp tác nông nghiệp với Cộng hòa Pa-ra-goay năm 2026"),
        (
            "paragraph",
            "Nhằm khai thác tiềm năng hợp tác với một trong những nhà xuất khẩu đậu tương và thịt bò lớn nhất thế giới, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Việt Nam và Pa-ra-goay thiết lập quan hệ ngoại giao ngày 30/5/1995 và cùng là thành viên Nhóm Cairns, nhóm các nước xuất khẩu nông sản trong WTO. Tháng 11 năm ngoái, Cục Thú y đã tiếp đoàn chuyên gia của Cơ quan Y tế và Chất lượng động vật quốc gia Pa-ra-goay (SENACSA) sang trao đổi về yêu cầu kiểm dịch; tuy nhiên, hồ sơ mở cửa thị trường cho thịt bò của nước này chưa được hoàn tất.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, cử đoàn công tác của Cục Thú y sang A-xun-xi-ôn làm việc với SENACSA về điều kiện thú y đối với thịt bò xuất khẩu sang Việt Nam.",
        ),
        (
            "list_item",
            "2. Đề nghị phía bạn cử 2 chuyên gia sang hướng dẫn kỹ thuật canh tác đậu tương không làm đất tại một số tỉnh Tây Nguyên.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao chuẩn bị nội dung Bản ghi nhớ về hợp tác nông nghiệp giữa hai Bộ, dự kiến được ký trong năm 2026.",
        ),
        (
            "list_item",
            "4. Tổ chức gian hàng nông sản Việt Nam tại Hội chợ quốc tế Expo Mariano Roque Alonso vào tháng 7.",
        ),
        (
            "list_item",
            "5. Không đề xuất đàm phán thỏa thuận thương mại nông sản riêng với Mercosur trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, theo dõi và báo cáo kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

ZVE_ITAIPU = {
    "id": "zve",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Itaipu"),
        (
            "paragraph",
            "Hiệp ước Itaipu là hiệp ước giữa Bra-xin và Pa-ra-goay về khai thác thủy điện trên đoạn sông Pa-ra-na thuộc chủ quyền chung của hai nước, được Tổng thống Emílio Garrastazu Médici của Bra-xin và Tổng thống Alfredo Stroessner của Pa-ra-goay ký tại Bra-xi-li-a ngày 26/4/1973.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Tranh chấp về vùng thác Guaíra giữa hai nước được tạm gác lại bằng Định ước Iguaçu do ngoại trưởng hai bên ký năm 1966, mở đường cho việc cùng khai thác tiềm năng thủy điện của dòng sông. Ác-hen-ti-na, nước nằm ở hạ lưu, nhiều lần phản đối dự án vì cho rằng mình không được tham vấn trước. Bất đồng chỉ chấm dứt khi ba nước ký Hiệp định ba bên về Itaipu và Corpus năm 1979.",
        ),
        ("heading", "Nội dung và thực hiện", 1),
        (
            "paragraph",
            "Hiệp ước lập ra Công ty Itaipu Binacional, trong đó mỗi bên sở hữu 50% vốn và được hưởng một nửa sản lượng điện. Phần điện mà Pa-ra-goay không dùng hết phải bán lại cho Bra-xin, không được bán cho nước thứ ba. Tổ máy đầu tiên của nhà máy được đưa vào vận hành năm 1984; hiện nhà máy có 20 tổ máy với tổng công suất 14.000 MW.",
        ),
        ("heading", "Điều chỉnh", 1),
        (
            "paragraph",
            "Năm 2009, Tổng thống Luiz Inácio Lula da Silva và Tổng thống Fernando Lugo đạt thỏa thuận nâng gấp ba khoản tiền Bra-xin trả cho Pa-ra-goay đối với phần điện nhượng lại. Phụ lục C của hiệp ước, quy định các điều kiện tài chính, được xem xét lại sau 50 năm, tức năm 2023. Cũng trong năm 1973, Pa-ra-goay và Ác-hen-ti-na ký Hiệp ước Yacyretá về một nhà máy thủy điện khác trên sông Pa-ra-na.",
        ),
    ],
}

DOCS = [ZVA_PARAGUAY, ZVB_HAUGIANG, ZVC_MENDOZA, ZVD_PLAN, ZVE_ITAIPU]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer with no header on its first page: front matter by
    heldout_kit.front_matter_lines (title at 50 columns, labels at 70), body at 70 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) a blank line, the page number
    flush right at 70 columns, a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{n:>70}"

    out, last = paged_body(doc, 50, 70, 70, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([*out, foot(last)]) + "\n", [head, *(str(n) for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1 class="headline">,
    a date div, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag
    list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T08:15:00+07:00">\n'
        f"<title>{title} | Tin tức Quốc tế</title>\n</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/quoc-te">Quốc tế</a></li>'
        '<li><a href="/chau-my">Châu Mỹ</a></li></ul></nav>\n'
        f'<article>\n<h1 class="headline">{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        '<div class="tags">Tags: <a href="/tag/mercosur">Mercosur</a>, <a href="/tag/paraguay">Pa-ra-goay</a></div>\n'
        "</article>\n<footer>Cơ quan chủ quản: Thông tấn xã Việt Nam</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 80
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ trưởng (để b/c);':<50}THỨ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<52}(đã ký)",
        "- Lưu: VT, HTQT.",
    ]
    return official_text(doc, 80, tail)


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
        prefix="zv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
