"""Build the eighty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout82/build_heldout82.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (from NAFTA to the United States – Mexico – Canada Agreement and what it means
for Vietnam, the Vietnamese Trade Office in Canada's report on the first half of 2025, USMCA's entry into
force on 1/7/2020, a (fictitious) Ministry of Industry and Trade plan for the Canadian and Mexican markets
under the CPTPP in 2026, an encyclopedia entry on CAFTA-DR). Nothing in src/ was changed for them. Facts
are well-established; authors, journal, page numbers, document numbers, the trade office's report items
and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events, citations
and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    headed_journal,
    official_text,
    word_text,
)

WXA_USMCA = {
    "id": "wxa",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ BẮC MỸ VÀ THÁI BÌNH DƯƠNG – Số 3 (2025)",
    "first_page": 27,
    "break_after": 11,
    "blocks": [
        ("title", "TỪ NAFTA ĐẾN USMCA: QUY TẮC XUẤT XỨ MỚI VÀ HÀM Ý ĐỐI VỚI VIỆT NAM"),
        ("author", "Đặng Thu Trang"),
        ("affiliation", "Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết so sánh hai thế hệ hiệp định thương mại Bắc Mỹ và gợi ý cách doanh nghiệp Việt Nam thích ứng.",
            "vi",
        ),
        ("keywords", "NAFTA; USMCA; CPTPP; quy tắc xuất xứ", "vi"),
        ("heading", "1. Hai thế hệ hiệp định thương mại Bắc Mỹ", 1),
        (
            "paragraph",
            "Hiệp định Thương mại tự do Bắc Mỹ (NAFTA) được lãnh đạo Mỹ, Ca-na-đa và Mê-hi-cô ký ngày 17/12/1992 và có hiệu lực từ ngày 1/1/1994. Sau hơn một năm đàm phán, khởi động từ tháng 8/2017 theo yêu cầu của chính quyền Tổng thống Donald Trump, ba nước ký Hiệp định Mỹ – Mê-hi-cô – Ca-na-đa (USMCA) bên lề Hội nghị thượng đỉnh G20 tại Buenos Aires ngày 30/11/2018 (Ngô Thị Bích Hạnh, 2020, tr. 33). Mê-hi-cô phê chuẩn đầu tiên, vào tháng 6/2019, còn Ca-na-đa là nước cuối cùng, vào tháng 3/2020. Hiệp định có hiệu lực ngày 1/7/2020.",
        ),
        ("heading", "2. Quy tắc xuất xứ chặt chẽ hơn", 1),
        (
            "paragraph",
            "USMCA nâng hàm lượng giá trị khu vực đối với ô tô từ 62,5% lên 75%, đồng thời yêu cầu 40 – 45% giá trị xe do lao động có mức lương từ 16 USD/giờ trở lên làm ra. Điều 32.10 buộc một bên phải thông báo trước khi đàm phán hiệp định thương mại tự do với một nền kinh tế phi thị trường và cho phép các bên còn lại chấm dứt hiệp định (Hoàng Văn Lâm, 2021). Đầu tháng 3/2025, Mỹ áp thuế 25% đối với phần lớn hàng hóa nhập khẩu từ Ca-na-đa và Mê-hi-cô, nhưng chỉ vài ngày sau đã miễn cho các mặt hàng đáp ứng quy tắc xuất xứ của USMCA; Ca-na-đa lập tức đáp trả bằng thuế quan đối với hàng hóa Mỹ.",
        ),
        ("heading", "3. Hàm ý đối với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam chưa có hiệp định thương mại tự do song phương với nước nào trong ba nước, song đã là đối tác của Ca-na-đa và Mê-hi-cô trong Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP), có hiệu lực đối với nước ta từ ngày 14/1/2019. Doanh nghiệp Việt Nam cần “coi CPTPP là chiếc cầu để đi vào chuỗi cung ứng Bắc Mỹ” (Trịnh Minh Khoa, 2023, tr. 71). Kỳ rà soát chung USMCA vào tháng 7/2026 sẽ cho thấy Mỹ có tiếp tục siết quy tắc xuất xứ hay không; vì vậy, ta cần sớm tăng cường đối thoại thương mại với Mỹ.",
        ),
    ],
}

WXB_TRADEOFFICE = {
    "id": "wxb",
    "shape": "word",
    "sign": ["TRƯỞNG THƯƠNG VỤ", "(Đã ký)"],
    "head": [
        "BỘ CÔNG THƯƠNG",
        "THƯƠNG VỤ VIỆT NAM TẠI CA-NA-ĐA",
        "Số: 58/BC-TVCA",
        "Ốt-ta-oa, ngày 16 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thương mại Việt Nam – Ca-na-đa 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Tình hình thương mại Việt Nam – Ca-na-đa 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025",
        ),
        ("heading", "I. TÌNH HÌNH 6 THÁNG ĐẦU NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 2, Thương vụ trao đổi với Cơ quan Thanh tra thực phẩm Ca-na-đa (CFIA) về thủ tục nhập khẩu thủy sản và trái cây tươi của Việt Nam.",
        ),
        (
            "list_item",
            "2. Trong tháng 3, Thương vụ phối hợp với Hội Chế biến gỗ Bình Dương (BIFA) đưa 12 doanh nghiệp đồ gỗ tham gia chương trình xúc tiến thương mại tại Toronto và Vancouver; các doanh nghiệp đã ký hợp đồng xuất khẩu trị giá khoảng 4,5 triệu USD.",
        ),
        (
            "list_item",
            "3. Sau khi Ca-na-đa áp thuế trả đũa đối với hàng hóa Mỹ từ tháng 3, một số nhà nhập khẩu nước sở tại đã chuyển đơn hàng đồ nội thất và thủy sản sang doanh nghiệp Việt Nam.",
        ),
        (
            "list_item",
            "4. Tháng 4, Thương vụ làm việc với Bộ Các vấn đề toàn cầu Ca-na-đa về việc thực thi các cam kết trong Hiệp định CPTPP.",
        ),
        (
            "list_item",
            "5. Đoàn doanh nghiệp của tỉnh Ontario dự kiến sang Việt Nam hồi tháng trước đã phải hoãn chuyến đi.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 8, tổ chức đoàn nhà nhập khẩu đồ nội thất Ca-na-đa sang Việt Nam khảo sát năng lực sản xuất tại Bình Dương và Đồng Nai.",
        ),
        (
            "list_item",
            "2. Phối hợp với Phòng Thương mại Ca-na-đa tại Việt Nam (CanCham) tổ chức hội thảo trực tuyến về tận dụng ưu đãi CPTPP.",
        ),
        (
            "list_item",
            "3. Thường xuyên cập nhật cho doanh nghiệp trong nước diễn biến chính sách thuế quan của Mỹ và Ca-na-đa.",
        ),
    ],
}

WXC_INFORCE = {
    "id": "wxc",
    "shape": "news",
    "date": "2020-07-01",
    "time": "20:30",
    "stamp": "Thứ Tư, 01/07/2020 - 20:30",
    "section": ("/kinh-te-the-gioi", "Kinh tế thế giới"),
    "tags": [("/tag/usmca", "USMCA"), ("/tag/nafta", "NAFTA"), ("/tag/bac-my", "Bắc Mỹ")],
    "blocks": [
        ("title", "Hiệp định USMCA chính thức có hiệu lực, khép lại kỷ nguyên NAFTA"),
        (
            "paragraph",
            "Oa-sinh-tơn (TTXVN) – Ngày 1/7, Hiệp định Mỹ – Mê-hi-cô – Ca-na-đa (USMCA) chính thức có hiệu lực, thay thế Hiệp định Thương mại tự do Bắc Mỹ (NAFTA) sau hơn 26 năm thực thi.",
        ),
        ("heading", "Chặng đường phê chuẩn", 1),
        (
            "paragraph",
            "Hiệp định được lãnh đạo ba nước ký tại Buenos Aires (Ác-hen-ti-na) ngày 30/11/2018, sau đó được sửa đổi bằng một nghị định thư ký tại Thủ đô Mê-hi-cô hồi tháng 12 năm ngoái nhằm bổ sung các cam kết về lao động và môi trường. Thượng viện Mê-hi-cô phê chuẩn văn kiện từ tháng 6/2019; Tổng thống Donald Trump ký ban hành luật thực thi hôm 29/1, còn Ca-na-đa hoàn tất thủ tục vào giữa tháng 3, ngay trước khi đại dịch COVID-19 buộc Quốc hội nước này tạm ngừng họp.",
        ),
        ("heading", "Ô tô và sữa", 1),
        (
            "paragraph",
            "Theo quy định mới, 75% giá trị một chiếc ô tô phải được sản xuất trong khu vực thì mới được miễn thuế, thay vì 62,5% như trước. Ca-na-đa mở cửa khoảng 3,6% thị trường sữa cho nông dân Mỹ, còn Mê-hi-cô cam kết cải cách luật lao động để bảo đảm quyền thương lượng tập thể.",
        ),
        (
            "paragraph",
            "Tổng thống Mê-hi-cô Andrés Manuel López Obrador dự kiến sang Oa-sinh-tơn vào tuần tới để gặp Tổng thống Trump nhân dịp hiệp định có hiệu lực, chuyến công du nước ngoài đầu tiên của ông kể từ khi nhậm chức cuối năm 2018. Thủ tướng Ca-na-đa Justin Trudeau đến nay chưa xác nhận sẽ tham dự.",
        ),
    ],
}

WXD_PLAN = {
    "id": "wxd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 152/KH-BCT':<40}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phát triển thị trường Ca-na-đa và Mê-hi-cô",
        "trong khuôn khổ Hiệp định CPTPP năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Phát triển thị trường Ca-na-đa và Mê-hi-cô trong khuôn khổ Hiệp định CPTPP năm 2026",
        ),
        (
            "paragraph",
            "Nhằm tận dụng ưu đãi của Hiệp định CPTPP, có hiệu lực đối với Việt Nam từ ngày 14/1/2019, và chủ động ứng phó với những điều chỉnh chính sách thương mại ở Bắc Mỹ, Bộ Công Thương ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Ca-na-đa và Mê-hi-cô hiện là hai đối tác duy nhất ở Bắc Mỹ có hiệp định thương mại tự do với Việt Nam. Vương quốc Anh chính thức trở thành thành viên CPTPP từ ngày 15/12/2024, nâng số thành viên của Hiệp định lên 12. Năm ngoái, Mỹ nhiều lần áp thuế bổ sung đối với hàng hóa của Ca-na-đa và Mê-hi-cô; tháng 7 năm nay, ba nước sẽ tiến hành rà soát chung Hiệp định USMCA lần đầu tiên.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5, tổ chức đoàn xúc tiến thương mại sang Toronto và Môn-trê-an, kết hợp làm việc với Bộ Các vấn đề toàn cầu Ca-na-đa về thực thi CPTPP.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Kinh tế Mê-hi-cô tổ chức Diễn đàn doanh nghiệp Việt Nam – Mê-hi-cô tại Thủ đô Mê-hi-cô, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Ca-na-đa tiếp tục hỗ trợ kỹ thuật cho doanh nghiệp nhỏ và vừa về quy tắc xuất xứ.",
        ),
        (
            "list_item",
            "4. Theo dõi sát kết quả rà soát USMCA và các biện pháp phòng vệ thương mại của Mỹ đối với hàng hóa có xuất xứ Việt Nam.",
        ),
        (
            "list_item",
            "5. Không tổ chức Tuần hàng Việt Nam tại Mê-hi-cô trong năm 2026; nguồn kinh phí được dành cho diễn đàn doanh nghiệp.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại và Vụ Thị trường châu Mỹ là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

WXE_CAFTA = {
    "id": "wxe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định CAFTA-DR"),
        (
            "paragraph",
            "Hiệp định Thương mại tự do Cộng hòa Đô-mi-ni-ca-na – Trung Mỹ – Hoa Kỳ (CAFTA-DR) là hiệp định thương mại tự do giữa Hoa Kỳ, năm nước Trung Mỹ (Cô-xta Ri-ca, En Xan-va-đo, Goa-tê-ma-la, Hôn-đu-rát, Ni-ca-ra-goa) và Cộng hòa Đô-mi-ni-ca-na. Đây là hiệp định thương mại tự do đầu tiên Hoa Kỳ ký với một nhóm các nền kinh tế đang phát triển nhỏ.",
        ),
        ("heading", "Đàm phán và ký kết", 1),
        (
            "paragraph",
            "Đàm phán giữa Hoa Kỳ và năm nước Trung Mỹ bắt đầu tháng 1/2003; văn bản hiệp định được ký tại Oa-sinh-tơn ngày 28/5/2004. Cộng hòa Đô-mi-ni-ca-na tham gia sau, cùng các bên ký hiệp định ngày 5/8/2004. Tháng 7/2005, Hạ viện Hoa Kỳ thông qua hiệp định với cách biệt sát nút: 217 phiếu thuận, 215 phiếu chống.",
        ),
        ("heading", "Hiệu lực", 1),
        (
            "paragraph",
            "Hiệp định có hiệu lực lần lượt với En Xan-va-đo từ ngày 1/3/2006, với Hôn-đu-rát và Ni-ca-ra-goa từ ngày 1/4/2006, với Goa-tê-ma-la từ ngày 1/7/2006 và với Cộng hòa Đô-mi-ni-ca-na từ ngày 1/3/2007. Tại Cô-xta Ri-ca, hiệp định chỉ được thông qua trong cuộc trưng cầu ý dân ngày 7/10/2007 với khoảng 51,6% phiếu ủng hộ và có hiệu lực với nước này từ ngày 1/1/2009.",
        ),
        ("heading", "Liên quan đến Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là bên tham gia CAFTA-DR. Hàng dệt may Việt Nam xuất khẩu sang Hoa Kỳ phải cạnh tranh với sản phẩm của các nước thành viên, vốn được miễn thuế nếu đáp ứng quy tắc xuất xứ “từ sợi trở đi”.",
        ),
    ],
}

DOCS = [WXA_USMCA, WXB_TRADEOFFICE, WXC_INFORCE, WXD_PLAN, WXE_CAFTA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature ``doc["sign"]`` at the end."""
    return word_text(doc, 72, doc["sign"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [
        f'<h3 class="subtitle">{b[1]}</h3>' if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]
    ]
    href, label = doc["section"]
    tags = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in doc["tags"])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | {label}</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T{doc["time"]}:00+07:00">\n'
        "</head>\n<body>\n"
        f'<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="{href}">{label}</a></li>'
        '<li><a href="/kinh-te">Kinh tế</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        f'<ul class="tags">{tags}</ul>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam. Ghi rõ nguồn khi phát hành lại.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<48}THỨ TRƯỞNG",
        f"{'- Lưu: VT, HTQT.':<51}(đã ký)",
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
        prefix="wx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
