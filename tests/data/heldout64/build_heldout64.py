"""Build the sixty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout64/build_heldout64.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Tajikistan from independence and the 1997 peace agreement to its water
diplomacy and its relations with Vietnam, Yên Bái's external affairs in 2024, Tajikistan's accession to the
WTO on 2/3/2013, a (fictitious) Vĩnh Long plan for international water cooperation in 2026, an encyclopedia
entry on the Collective Security Treaty Organization). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the provincial report's and plan's local
items and all quoted words are invented. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

ZZA_TAJIKISTAN = {
    "id": "zza",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TRUNG Á VÀ TRUNG ĐÔNG – Số 4 (2024)",
    "first_page": 37,
    "break_after": 12,
    "blocks": [
        ("title", "TÁT-GI-KI-XTAN: NGOẠI GIAO NGUỒN NƯỚC VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Đinh Thị Hồng Nhung"),
        ("affiliation", "Trường Đại học Khoa học xã hội và nhân văn, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích quá trình hội nhập quốc tế, ngoại giao nguồn nước của Tát-gi-ki-xtan và triển vọng hợp tác với Việt Nam.",
            "vi",
        ),
        ("keywords", "Tát-gi-ki-xtan; Trung Á; ngoại giao nguồn nước", "vi"),
        ("heading", "1. Từ nội chiến đến hòa hợp dân tộc", 1),
        (
            "paragraph",
            "Ngày 21/12/1991, chưa đầy bốn tháng sau khi tuyên bố độc lập, Tát-gi-ki-xtan cùng các nước cộng hòa Liên Xô cũ ký văn kiện thành lập Cộng đồng các quốc gia độc lập (SNG) tại An-ma A-ta; ngày 2/3/1992, nước này được kết nạp vào Liên hợp quốc. Chỉ vài tháng sau, nội chiến bùng nổ giữa chính quyền và phe đối lập (Lê Văn Quang, 2015, tr. 54). Dưới sự trung gian của Liên hợp quốc, Tổng thống Emomali Rahmonov và thủ lĩnh Phe đối lập Tát-gi-ki-xtan thống nhất (UTO) Sayid Abdullo Nuri đã ký Hiệp định chung về thiết lập hòa bình và hòa hợp dân tộc tại Mát-xcơ-va ngày 27/6/1997.",
        ),
        ("heading", "2. Hội nhập đa phương và ngoại giao nguồn nước", 1),
        (
            "paragraph",
            "Đu-san-bê tham gia sáng lập Tổ chức Hợp tác Thượng Hải (SCO) năm 2001 và trở thành thành viên thứ 159 của Tổ chức Thương mại Thế giới (WTO) ngày 2/3/2013. Song dấu ấn rõ nhất của nước này là ngoại giao nguồn nước: theo sáng kiến của Tát-gi-ki-xtan, Đại hội đồng Liên hợp quốc đã thông qua Thập kỷ hành động quốc tế “Nước cho phát triển bền vững” 2018 – 2028 (Phan Thanh Bình, 2023). Tháng 3/2023, Tát-gi-ki-xtan và Hà Lan đồng chủ trì Hội nghị Liên hợp quốc về nước tại Niu Oóc.",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam và Tát-gi-ki-xtan thiết lập quan hệ ngoại giao ngày 14/7/1992. Trong chuyến thăm Việt Nam của Tổng thống Emomali Rahmonov từ ngày 16 đến 22/1/1999, hai nước đã ký Hiệp định hợp tác kinh tế – thương mại và Hiệp định khuyến khích và bảo hộ đầu tư. Tuy vậy, quan hệ kinh tế vẫn chưa tương xứng với tiềm năng, dẫu hai nền kinh tế “có thể bổ sung cho nhau về bông, nhôm và nông sản nhiệt đới” (Trịnh Minh Đức, 2024, tr. 119). Vì thế, ta cần đẩy mạnh trao đổi đoàn các cấp với nước bạn và tích cực tham gia các sáng kiến về nước mà Đu-san-bê khởi xướng.",
        ),
    ],
}

ZZB_YENBAI = {
    "id": "zzb",
    "shape": "word",
    "head": [
        "UBND TỈNH YÊN BÁI",
        "SỞ NGOẠI VỤ",
        "Số: 187/BC-SNgV",
        "Yên Bái, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024 và nhiệm vụ trọng tâm năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Sau cơn bão số 3 (Yagi) và hoàn lưu bão đầu tháng 9, tỉnh đã tiếp nhận hàng cứu trợ khẩn cấp của Chính phủ Hàn Quốc, Quỹ Nhi đồng Liên hợp quốc (UNICEF) và Hội Chữ thập đỏ Nhật Bản với tổng trị giá trên 17 tỷ đồng. Ngân hàng Phát triển châu Á (ADB) cũng đồng ý bổ sung vốn vay cho dự án kè chống sạt lở bờ sông Hồng đoạn qua thành phố Yên Bái.",
        ),
        (
            "list_item",
            "2. Tháng 6, đoàn doanh nghiệp chè, quế của tỉnh tham gia Hội chợ thương mại quốc tế tại Đu-san-bê (Tát-gi-ki-xtan); hai doanh nghiệp đã ký hợp đồng xuất khẩu thử 40 tấn chè đen sang thị trường này.",
        ),
        (
            "list_item",
            "3. Tháng trước, đoàn công tác của Bộ Nông nghiệp Tát-gi-ki-xtan đến tìm hiểu mô hình trồng dâu nuôi tằm tại huyện Trấn Yên; phía bạn mong muốn tỉnh cử kỹ thuật viên sang hướng dẫn.",
        ),
        (
            "list_item",
            "4. Việc ký kết thỏa thuận hợp tác giữa tỉnh Yên Bái và tỉnh Khát-lon (Tát-gi-ki-xtan) chưa thực hiện được do phía bạn chưa hoàn tất thủ tục nội bộ.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", 1),
        (
            "list_item",
            "1. Trong quý II năm 2025, tổ chức đoàn xúc tiến thương mại sang Đu-san-bê và Ta-sken (U-dơ-bê-ki-xtan) giới thiệu chè Suối Giàng và quế Văn Yên.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao hoàn tất các thủ tục cần thiết để ký thỏa thuận hợp tác với tỉnh Khát-lon.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động ADB và các tổ chức phi chính phủ nước ngoài hỗ trợ tỉnh khắc phục hậu quả thiên tai.",
        ),
    ],
}

ZZC_WTO = {
    "id": "zzc",
    "shape": "news",
    "date": "2013-03-02",
    "stamp": "Thứ Bảy, 02/03/2013 14:20 (GMT+7)",
    "blocks": [
        ("title", "Tát-gi-ki-xtan chính thức trở thành thành viên thứ 159 của WTO"),
        (
            "paragraph",
            "Giơ-ne-vơ (TTXVN) – Ngày 2/3, Tát-gi-ki-xtan chính thức trở thành thành viên thứ 159 của Tổ chức Thương mại Thế giới (WTO), khép lại gần 12 năm đàm phán kể từ khi nước cộng hòa Trung Á này nộp đơn xin gia nhập hồi tháng 5/2001.",
        ),
        ("heading", "Thuế trần bình quân 8%", 1),
        (
            "paragraph",
            "Gói văn kiện gia nhập của Tát-gi-ki-xtan đã được Đại hội đồng WTO thông qua ngày 10/12 năm ngoái; ngay sau đó, Tổng thống Emomali Rahmon và Tổng Giám đốc WTO Pascal Lamy ký Nghị định thư gia nhập tại Giơ-ne-vơ. Phát biểu tại lễ ký, ông Rahmon khẳng định việc xin gia nhập WTO là “bước đi đúng đắn” của Tát-gi-ki-xtan trong quá trình chuyển sang kinh tế thị trường. Theo cam kết, Đu-san-bê sẽ áp dụng mức thuế nhập khẩu trần bình quân 8%. Tư cách thành viên có hiệu lực 30 ngày sau khi WTO nhận được văn kiện phê chuẩn của nước này.",
        ),
        ("heading", "Trung Á vẫn còn những khoảng trống", 1),
        (
            "paragraph",
            "Tát-gi-ki-xtan là nước Trung Á thứ hai gia nhập WTO, sau Cư-rơ-gư-xtan (năm 1998). Ca-dắc-xtan vẫn đang đàm phán, trong khi tiến trình của U-dơ-bê-ki-xtan bị đình trệ nhiều năm còn Tuốc-mê-ni-xtan chưa nộp đơn.",
        ),
        (
            "paragraph",
            "Tháng trước, Lào đã trở thành thành viên thứ 158 của WTO, còn Nga được kết nạp hồi tháng 8 năm ngoái sau gần hai thập kỷ đàm phán. Việt Nam là thành viên thứ 150 của tổ chức này từ ngày 11/1/2007.",
        ),
    ],
}

ZZD_PLAN = {
    "id": "zzd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH VĨNH LONG':<42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 21/KH-UBND':<42}Vĩnh Long, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về tài nguyên nước và ứng phó với hạn, mặn",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác quốc tế về tài nguyên nước và ứng phó với hạn, mặn năm 2026"),
        (
            "paragraph",
            "Nhằm nâng cao năng lực quản lý tài nguyên nước cho vùng ven biển của tỉnh (địa bàn các tỉnh Bến Tre và Trà Vinh trước đây), nơi thường xuyên chịu hạn hán và xâm nhập mặn, Ủy ban nhân dân tỉnh ban hành Kế hoạch hợp tác quốc tế năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Tát-gi-ki-xtan là nước khởi xướng Thập kỷ hành động quốc tế “Nước cho phát triển bền vững” 2018 – 2028; từ ngày 29 đến 31/5/2025, nước này đã tổ chức Hội nghị cấp cao quốc tế về bảo tồn sông băng tại Đu-san-bê. Năm ngoái, Sở Nông nghiệp và Môi trường đã làm việc trực tuyến với Ủy ban Bảo vệ môi trường Tát-gi-ki-xtan, song hai bên chưa ký văn bản hợp tác nào. Dự án cấp nước ngọt cho vùng ven biển, vay vốn Ngân hàng Phát triển châu Á (ADB), tiếp tục được triển khai.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong quý II, cử đoàn công tác của Sở Nông nghiệp và Môi trường sang Tát-gi-ki-xtan học tập kinh nghiệm quản lý lưu vực sông và cảnh báo sớm thiên tai.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao mời đoàn chuyên gia của Viện Hàn lâm Khoa học Tát-gi-ki-xtan sang khảo sát vùng nhiễm mặn ven biển Ba Tri vào tháng 9.",
        ),
        (
            "list_item",
            "3. Xây dựng dự thảo bản ghi nhớ hợp tác giữa hai bên để ký kết trong năm 2027.",
        ),
        (
            "list_item",
            "4. Đề xuất ADB xem xét hỗ trợ kỹ thuật cho hệ thống quan trắc mặn, hạn tại các xã ven biển.",
        ),
        (
            "list_item",
            "5. Không tổ chức hội thảo quốc tế về nước tại tỉnh trong năm 2026 do chưa bố trí được kinh phí.",
        ),
        (
            "paragraph",
            "Sở Nông nghiệp và Môi trường là cơ quan đầu mối, định kỳ báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

ZZE_CSTO = {
    "id": "zze",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Hiệp ước An ninh tập thể"),
        (
            "paragraph",
            "Tổ chức Hiệp ước An ninh tập thể (CSTO) là liên minh quân sự – chính trị của một số quốc gia thuộc Liên Xô cũ, trụ sở tại Mát-xcơ-va. Nền tảng của tổ chức là Hiệp ước An ninh tập thể do Ác-mê-ni-a, Ca-dắc-xtan, Cư-rơ-gư-xtan, Nga, Tát-gi-ki-xtan và U-dơ-bê-ki-xtan ký tại Ta-sken ngày 15/5/1992.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Năm 1993, A-déc-bai-gian, Gru-di-a và Bê-la-rút tham gia hiệp ước; văn kiện có hiệu lực từ ngày 20/4/1994. Khi hiệp ước được gia hạn năm 1999, A-déc-bai-gian, Gru-di-a và U-dơ-bê-ki-xtan không ký nghị định thư gia hạn và rời khỏi cơ chế này. Ngày 7/10/2002, tại Ki-si-nhốp, lãnh đạo sáu nước còn lại ký Hiến chương, chuyển hiệp ước thành một tổ chức quốc tế. U-dơ-bê-ki-xtan trở lại năm 2006 nhưng lại đình chỉ tư cách thành viên năm 2012.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Tháng 1/2022, theo đề nghị của Tổng thống Ca-dắc-xtan Kassym-Jomart Tokayev, CSTO lần đầu tiên điều lực lượng gìn giữ hòa bình tập thể tới nước này trong bối cảnh bạo loạn; lực lượng rút hết sau khoảng hai tuần. Tháng 2/2024, Thủ tướng Ác-mê-ni-a Nikol Pashinyan tuyên bố nước này đã “đóng băng” sự tham gia vào tổ chức.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Theo chính sách quốc phòng “bốn không”, Việt Nam không tham gia liên minh quân sự nào, trong đó có CSTO; tuy vậy, Việt Nam duy trì quan hệ hữu nghị với tất cả các nước thành viên của tổ chức.",
        ),
    ],
}

DOCS = [ZZA_TAJIKISTAN, ZZB_YENBAI, ZZC_WTO, ZZD_PLAN, ZZE_CSTO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, front matter by
    heldout_kit.front_matter_lines (title at 52 columns, labels at 76), body at 76 columns with a blank
    line after headings; after ``break_after`` body lines (mid-sentence) the page number centred as
    "– N –", a form feed and the running header; the last page ends with its number."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'– {n} –':^76}".rstrip()

    out, last = paged_body(doc, 52, 76, 76, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta itemprop="datePublished">, a header with a menu, <div class="article">, <h1>, a
    date <span>, the lead (with its dateline) in <h2 class="sapo">, <h3> subheads, <p> paragraphs, a
    related-topics list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} - Báo Tin tức</title>\n"
        f'<meta itemprop="datePublished" content="{doc["date"]}T14:20:00+07:00">\n'
        "</head>\n<body>\n"
        '<header><ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/the-gioi">Thế giới</a></li>'
        '<li><a href="/kinh-te">Kinh tế</a></li></ul></header>\n'
        f'<div class="article">\n<h1 class="title">{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        f'<h2 class="sapo">{lead}</h2>\n' + "\n".join(body) + "\n"
        '<div class="related"><span>Chủ đề:</span> <a href="/tag/wto">WTO</a> <a href="/tag/trung-a">Trung Á</a></div>\n'
        "</div>\n<footer>Bản quyền thuộc Thông tấn xã Việt Nam.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A provincial plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<46}TM. ỦY BAN NHÂN DÂN",
        f"{'- Bộ Ngoại giao;':<48}KT. CHỦ TỊCH",
        f"{'- Bộ Nông nghiệp và Môi trường;':<48}PHÓ CHỦ TỊCH",
        f"{'- Lưu: VT, NN.':<51}(đã ký)",
    ]
    return official_text(doc, 78, tail)


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
        prefix="zz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
