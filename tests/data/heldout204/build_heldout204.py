"""Build the two-hundred-and-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout204/build_heldout204.py [--check]

Five short documents on European investment in Vietnam and the EU – Vietnam Investment Protection
Agreement (EVIPA), which no earlier set has as its main topic: EVIPA and its investment court system, the
Bình Dương industrial zones authority's investment promotion with European partners in 2024, the European
Parliament's vote of 12/2/2020 on EVFTA and EVIPA, a (fictitious) Ministry of Finance plan for EU investment
and EVIPA ratification in 2026, and an encyclopedia entry on the Energy Charter Treaty. Nothing in src/ was
changed for them. Facts are well-established; the author, journal, cited authors, their words and pages,
the authority's report (number and all items) and the whole ministry plan are invented. Events, citations
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
    news_page,
    plan_text,
    word_text,
)

ASA_EVIPA = {
    "id": "asa",
    "shape": "journal",
    "header": "TẠP CHÍ LUẬT KINH TẾ QUỐC TẾ – Số 4 (2024)",
    "first_page": 108,
    "break_after": 11,
    "blocks": [
        (
            "title",
            "HIỆP ĐỊNH BẢO HỘ ĐẦU TƯ VIỆT NAM – EU VÀ CƠ CHẾ TÒA ÁN ĐẦU TƯ: TRIỂN VỌNG SAU BỐN NĂM CHỜ PHÊ CHUẨN",
        ),
        ("author", "Trịnh Bảo Ngọc"),
        ("affiliation", "Trường Đại học Luật, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết khái quát quá trình đàm phán, ký kết và phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA), phân tích cơ chế tòa án đầu tư mà Hiệp định thiết lập và đề xuất giải pháp thúc đẩy Hiệp định sớm có hiệu lực.",
            "vi",
        ),
        ("keywords", "EVIPA; EVFTA; tòa án đầu tư; ISDS; Liên minh châu Âu", "vi"),
        ("heading", "1. Từ một hiệp định thành hai", 1),
        (
            "paragraph",
            "Tháng 6/2012, tại Brúc-xen, Việt Nam và Liên minh châu Âu (EU) chính thức khởi động đàm phán hiệp định thương mại tự do, cùng thời điểm hai bên ký Hiệp định khung về Đối tác và Hợp tác toàn diện (PCA) ngày 27/6/2012. Sau 14 phiên, đàm phán kết thúc vào tháng 12/2015. Tuy nhiên, năm 2017, Tòa án Công lý EU kết luận rằng một số nội dung về đầu tư thuộc thẩm quyền chung của EU và các nước thành viên, nên phần bảo hộ đầu tư được tách thành một hiệp định riêng (Nguyễn Hải Yến, 2020, tr. 33).",
        ),
        ("heading", "2. Ký kết và phê chuẩn", 1),
        (
            "paragraph",
            "Hai hiệp định được ký tại Hà Nội ngày 30/6/2019. Ngày 12/2/2020, Nghị viện châu Âu thông qua EVIPA với 407 phiếu thuận, và ngày 8/6/2020, Quốc hội Việt Nam phê chuẩn cả hai văn kiện. Trong khi EVFTA có hiệu lực từ ngày 1/8/2020, EVIPA chỉ có hiệu lực sau khi được tất cả các nước thành viên EU phê chuẩn theo thủ tục trong nước; đến nay quá trình này vẫn chưa hoàn tất.",
        ),
        ("heading", "3. Cơ chế tòa án đầu tư", 1),
        (
            "paragraph",
            "Điểm mới căn bản của EVIPA là thay thế cơ chế trọng tài giữa nhà đầu tư và nhà nước (ISDS) truyền thống bằng một hệ thống tòa án đầu tư thường trực gồm hai cấp. Khi có hiệu lực, Hiệp định sẽ thay thế 21 hiệp định đầu tư song phương mà Việt Nam đã ký với các nước thành viên EU. Theo đánh giá của một số chuyên gia, cơ chế mới “giúp cân bằng giữa quyền của nhà đầu tư và quyền điều tiết của nhà nước” (Đỗ Thanh Phương, 2022, tr. 61). Vì vậy, ta cần tiếp tục vận động các nước thành viên còn lại sớm phê chuẩn EVIPA, nhất là những nước có nhiều dự án đầu tư tại Việt Nam (Lại Quốc Khánh, 2023).",
        ),
    ],
}

ASB_BINHDUONG = {
    "id": "asb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG",
        "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
        "Số: 356/BC-BQL",
        "Bình Dương, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả xúc tiến đầu tư với các đối tác châu Âu năm 2024 và kế hoạch năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả xúc tiến đầu tư với các đối tác châu Âu năm 2024 và kế hoạch năm 2025",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Trong năm, các khu công nghiệp trên địa bàn tỉnh thu hút thêm 9 dự án mới của nhà đầu tư các nước EU, chủ yếu từ Hà Lan, Đức và Đan Mạch, với tổng vốn đăng ký khoảng 410 triệu USD.",
        ),
        (
            "list_item",
            "2. Tháng 5, Ban tham gia đoàn xúc tiến đầu tư của tỉnh tại Đức và Bỉ. Tại Brúc-xen, đoàn đã làm việc với Tổng vụ Thương mại của Ủy ban châu Âu về việc thực thi Hiệp định EVFTA.",
        ),
        (
            "list_item",
            "3. Ngày 12/9, Ban phối hợp với Phòng Thương mại châu Âu tại Việt Nam (EuroCham) tổ chức hội thảo phổ biến các cam kết về đầu tư trong EVFTA và EVIPA cho hơn 200 doanh nghiệp.",
        ),
        (
            "list_item",
            "4. Nhiều nhà đầu tư châu Âu bày tỏ lo ngại vì EVIPA đến nay vẫn chưa có hiệu lực, do chưa được tất cả các nước thành viên EU phê chuẩn.",
        ),
        (
            "list_item",
            "5. Hồ sơ điều chỉnh tăng vốn của một doanh nghiệp I-ta-li-a tại Khu công nghiệp Mỹ Phước 3 chưa được chấp thuận do vướng quy hoạch.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức đoàn xúc tiến đầu tư tại Hà Lan và Đan Mạch trong sáu tháng đầu năm 2025.",
        ),
        (
            "list_item",
            "2. Đón đoàn doanh nghiệp Phần Lan sang khảo sát các khu công nghiệp sinh thái vào tháng 3/2025.",
        ),
        (
            "list_item",
            "3. Ký thỏa thuận hợp tác với Cơ quan Xúc tiến thương mại và đầu tư vùng Flanders (Bỉ).",
        ),
        (
            "list_item",
            "4. Kiến nghị Bộ Kế hoạch và Đầu tư, Bộ Ngoại giao tiếp tục vận động các nước thành viên EU sớm phê chuẩn EVIPA.",
        ),
    ],
}

ASC_STRASBOURG = {
    "id": "asc",
    "shape": "news",
    "date": "2020-02-12",
    "stamp": "12/02/2020 20:35 GMT+7",
    "blocks": [
        ("title", "Nghị viện châu Âu phê chuẩn EVFTA và EVIPA"),
        (
            "paragraph",
            "Strasbourg (TTXVN) – Ngày 12/2 (giờ địa phương), tại phiên họp toàn thể ở Strasbourg (Pháp), Nghị viện châu Âu (EP) đã bỏ phiếu thông qua Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) với 401 phiếu thuận, 192 phiếu chống và 40 phiếu trắng.",
        ),
        (
            "paragraph",
            "Cũng trong phiên họp này, Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA) được thông qua với 407 phiếu thuận, 188 phiếu chống và 53 phiếu trắng. Nghị viện đồng thời thông qua một nghị quyết kèm theo, khẳng định tầm quan trọng về kinh tế và chiến lược của EVFTA đối với EU.",
        ),
        ("heading", "Gần bảy năm đàm phán", 1),
        (
            "paragraph",
            "Trước đó một ngày, các nghị sĩ đã thảo luận báo cáo về Hiệp định do báo cáo viên Geert Bourgeois, thuộc Ủy ban Thương mại quốc tế của EP, trình bày. Báo cáo đánh giá EVFTA là hiệp định hiện đại, toàn diện và tham vọng nhất mà EU từng ký với một nước đang phát triển.",
        ),
        (
            "paragraph",
            "Hai hiệp định được ký tại Hà Nội ngày 30/6/2019, gần bảy năm sau khi hai bên khởi động đàm phán năm 2012. Theo EVFTA, gần như toàn bộ thuế nhập khẩu giữa hai bên sẽ được xóa bỏ trong vòng 10 năm.",
        ),
        ("heading", "Các bước tiếp theo", 1),
        (
            "paragraph",
            "Để EVFTA có hiệu lực, Hội đồng Liên minh châu Âu còn phải thông qua quyết định ký kết, còn Quốc hội Việt Nam sẽ xem xét phê chuẩn Hiệp định tại kỳ họp tới. Riêng EVIPA cần được nghị viện tất cả các nước thành viên EU phê chuẩn trước khi có hiệu lực.",
        ),
    ],
}

ASD_FINANCE = {
    "id": "asd",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BTC':<42}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến đầu tư từ Liên minh châu Âu và thúc đẩy",
        "phê chuẩn Hiệp định EVIPA năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xúc tiến đầu tư từ Liên minh châu Âu và thúc đẩy phê chuẩn Hiệp định EVIPA năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện Hiệp định Thương mại tự do Việt Nam – EU (EVFTA), có hiệu lực từ ngày 1/8/2020, và nhằm thúc đẩy Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA), ký ngày 30/6/2019, sớm có hiệu lực, Bộ Tài chính xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ TÌNH HÌNH", 1),
        (
            "paragraph",
            "Liên minh châu Âu tiếp tục là một trong những nhà đầu tư lớn tại Việt Nam, với Hà Lan dẫn đầu. Năm ngoái, Bộ đã phối hợp với Phái đoàn Liên minh châu Âu tổ chức Đối thoại chính sách đầu tư Việt Nam – EU lần thứ nhất tại Hà Nội. Tuy nhiên, EVIPA vẫn chưa có hiệu lực do còn một số nước thành viên chưa hoàn tất thủ tục phê chuẩn.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM", 1),
        (
            "list_item",
            "1. Tháng 3, chủ trì tổ chức Diễn đàn đầu tư Việt Nam – EU tại TP. Hồ Chí Minh, phối hợp với Phòng Thương mại châu Âu tại Việt Nam (EuroCham).",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao cử đoàn công tác sang Brúc-xen và một số nước thành viên chưa phê chuẩn EVIPA để vận động, dự kiến trong quý II.",
        ),
        (
            "list_item",
            "3. Đề nghị Ngân hàng Đầu tư châu Âu (EIB) xem xét cung cấp khoản vay ưu đãi cho các dự án năng lượng tái tạo trong khuôn khổ Đối tác chuyển đổi năng lượng công bằng (JETP).",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn xúc tiến đầu tư riêng tại các nước thành viên EU trong năm 2026; hoạt động xúc tiến được lồng ghép vào đoàn công tác nêu tại mục 2.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

ASE_ECT = {
    "id": "ase",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Hiến chương Năng lượng"),
        (
            "paragraph",
            "Hiệp ước Hiến chương Năng lượng (ECT) là điều ước quốc tế đa phương thiết lập khuôn khổ hợp tác trong lĩnh vực năng lượng, bao gồm thương mại, quá cảnh, đầu tư và hiệu quả năng lượng. Ban Thư ký của Hội nghị Hiến chương Năng lượng đặt tại Brúc-xen.",
        ),
        ("heading", "Hình thành", 1),
        (
            "paragraph",
            "Ý tưởng ban đầu do Thủ tướng Hà Lan Ruud Lubbers nêu tại Hội đồng châu Âu ở Đu-blin tháng 6/1990, nhằm thúc đẩy hợp tác năng lượng giữa Tây Âu với Đông Âu và Liên Xô. Hiến chương Năng lượng châu Âu, một tuyên bố chính trị, được ký tại La Hay ngày 17/12/1991. Ba năm sau, ngày 17/12/1994, Hiệp ước được ký tại Li-xbon và có hiệu lực từ ngày 16/4/1998. Điều 26 của Hiệp ước cho phép nhà đầu tư nước ngoài kiện quốc gia tiếp nhận đầu tư ra trọng tài quốc tế.",
        ),
        ("heading", "Các nước rút khỏi Hiệp ước", 1),
        (
            "paragraph",
            "Nga ký nhưng không phê chuẩn Hiệp ước và chấm dứt việc áp dụng tạm thời từ năm 2009. I-ta-li-a rút khỏi Hiệp ước từ ngày 1/1/2016. Trước lo ngại Hiệp ước bảo hộ các khoản đầu tư vào nhiên liệu hóa thạch, Pháp và Đức rút khỏi Hiệp ước vào tháng 12/2023. Ngày 30/5/2024, Hội đồng Liên minh châu Âu thông qua quyết định rút EU và Cộng đồng Năng lượng nguyên tử châu Âu (Euratom) khỏi Hiệp ước; thông báo rút được gửi tới cơ quan lưu chiểu ngày 27/6/2024.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là bên ký kết Hiệp ước Hiến chương Năng lượng.",
        ),
    ],
}

DOCS = [ASA_EVIPA, ASB_BINHDUONG, ASC_STRASBOURG, ASD_FINANCE, ASE_ECT]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush right
    (heldout_kit.headed_journal: title at 54 columns, labels and body at 74)."""
    return headed_journal(doc, title=54, label=74, body=74)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 74 columns, every line followed by an
    empty line; the head of the authority's signature at the end."""
    return word_text(doc, 74, ["TRƯỞNG BAN", "(Đã ký)"])


NEWS_HEAD = (
    '<title>{title} - {section}</title>\n<meta itemprop="datePublished" content="{date}T{time}:00+07:00">\n'
)
NEWS_TOP = (
    '<header class="site"><a class="logo" href="/">Báo Tin tức</a><ul class="nav">{menu}</ul></header>\n'
    "<main>\n<article>\n<h1>{title}</h1>\n<time>{stamp}</time>\n"
)
NEWS_BOTTOM = (
    '<div class="tags">Từ khóa: <ul>{tags}</ul></div>\n</article>\n</main>\n'
    "<footer>Cơ quan của Thông tấn xã Việt Nam</footer>\n"
)


def render_news(doc: dict) -> str:
    """A news page: <meta itemprop="datePublished">, a site header with a nav list, <main><article>, <h1>,
    <time>, the lead (with its dateline) in <p class="sapo">, <h2> subheads, a keyword list, footer."""
    return news_page(
        doc,
        section="Kinh tế",
        time="20:35",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        tags=[("/tu-khoa/evfta", "EVFTA"), ("/tu-khoa/evipa", "EVIPA"), ("/tu-khoa/nghi-vien-chau-au", "EP")],
        head=NEWS_HEAD,
        top=NEWS_TOP,
        lead='<p class="sapo">{}</p>',
        heading="<h2>{}</h2>",
        bottom=NEWS_BOTTOM,
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and the
    vice-minister's signature."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Bộ Công Thương;",
            "- Phái đoàn Việt Nam bên cạnh EU;",
            "- Lưu: VT, HTQT.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
    )


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
        prefix="as",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
