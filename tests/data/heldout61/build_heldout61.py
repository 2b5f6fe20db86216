"""Build the sixty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout61/build_heldout61.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use (Vietnam – Estonia from the UN admission of 1991 to the Security Council of
2020 – 2021, Lâm Đồng's external affairs in 2024, Estonia's entry into the euro area on 1/1/2011, a
(fictitious) Ministry of Science and Technology plan for digital cooperation with Estonia in 2026, an
encyclopedia entry on the Council of the Baltic Sea States). Nothing in src/ was changed for them. Facts
are well-established; authors, journal, page numbers, document numbers, the provincial report's local
items and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote
and citation occurs in the documents.
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

ZWA_ESTONIA = {
    "id": "zwa",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ VÀ CHÍNH TRỊ BẮC ÂU – Số 2 (2025)",
    "first_page": 61,
    "break_after": 9,
    "blocks": [
        ("title", "VIỆT NAM VÀ ESTONIA: TỪ HỘI ĐỒNG BẢO AN ĐẾN HỢP TÁC KINH TẾ SỐ"),
        ("author", "Vũ Thị Lan Phương"),
        ("affiliation", "Viện Nghiên cứu Châu Âu, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích quá trình phát triển quan hệ Việt Nam – Estonia và gợi ý hướng hợp tác mới.",
            "vi",
        ),
        ("keywords", "Estonia; Hội đồng Bảo an; EVFTA; chính phủ điện tử", "vi"),
        ("heading", "1. Một thành viên trẻ của EU và NATO", 1),
        (
            "paragraph",
            "Khôi phục độc lập ngày 20/8/1991, Estonia cùng Lát-vi-a và Lít-va được kết nạp vào Liên hợp quốc ngày 17/9/1991. Sau hơn một thập kỷ cải cách, nước này gia nhập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) ngày 29/3/2004 và trở thành thành viên Liên minh châu Âu (EU) ngày 1/5/2004 (Phạm Minh Sơn, 2018, tr. 27). Từ ngày 1/1/2011, Tallinn chuyển sang dùng đồng euro, là nước thuộc Liên Xô cũ đầu tiên làm được điều đó.",
        ),
        ("heading", "2. Phối hợp tại Hội đồng Bảo an", 1),
        (
            "paragraph",
            "Việt Nam và Estonia thiết lập quan hệ ngoại giao không lâu sau khi nước này khôi phục độc lập. Ngày 7/6/2019, Đại hội đồng Liên hợp quốc bầu Việt Nam, với 192/193 phiếu thuận, và Estonia làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020 – 2021. Trong hai năm đó, hai bên thường xuyên tham vấn về an ninh mạng và bảo vệ dân thường trong xung đột vũ trang (Lê Hoàng Yến, 2022).",
        ),
        ("heading", "3. Triển vọng hợp tác", 1),
        (
            "paragraph",
            "Hiệp định Thương mại tự do Việt Nam – EU (EVFTA), được ký tại Hà Nội ngày 30/6/2019, có hiệu lực từ ngày 1/8/2020 và mở cửa thị trường Estonia cho hàng hóa của ta; còn Hiệp định Bảo hộ đầu tư ký cùng ngày vẫn chưa có hiệu lực do chưa được tất cả các nước thành viên EU phê chuẩn. Phía bạn “coi Việt Nam là cửa ngõ để vào thị trường ASEAN” (Trần Thu Hà, 2024, tr. 112). Vì thế, ta cần sớm ký với Estonia một bản ghi nhớ về chính phủ điện tử.",
        ),
    ],
}

ZWB_LAMDONG = {
    "id": "zwb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "SỞ NGOẠI VỤ",
        "Số: 215/BC-SNgV",
        "Lâm Đồng, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Được UNESCO công nhận là Thành phố sáng tạo trong lĩnh vực âm nhạc từ năm ngoái, thành phố Đà Lạt đã tổ chức nhiều hoạt động giao lưu văn hóa với các thành viên của Mạng lưới.",
        ),
        (
            "list_item",
            "2. Từ ngày 14 đến ngày 17/5/2024, đoàn đại biểu tỉnh do Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại Tallinn và Tartu (Estonia); nhân dịp này, Sở Nông nghiệp và Phát triển nông thôn cùng Đại học Tartu ký Biên bản ghi nhớ về nông nghiệp công nghệ cao.",
        ),
        (
            "list_item",
            "3. Dự án cấp nước sạch cho đồng bào dân tộc thiểu số huyện Lạc Dương, tổng vốn 1,2 triệu USD, do Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) viện trợ không hoàn lại, đã hoàn thành và bàn giao.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Estonia cùng một số doanh nghiệp công nghệ nước này đến thăm tỉnh, giới thiệu mô hình chính quyền điện tử và đề nghị hợp tác đào tạo.",
        ),
        (
            "list_item",
            "5. Đề xuất kết nghĩa giữa thành phố Đà Lạt và thành phố Tartu vẫn chưa được hai bên thống nhất; dự án khu nghỉ dưỡng của nhà đầu tư Nhật Bản tại Đankia chưa được cấp phép.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, đón đoàn thành phố Tartu sang khảo sát vùng trồng rau, hoa tại Đơn Dương; hai bên sẽ ký kế hoạch hợp tác giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "2. Phối hợp với KOICA chuẩn bị giai đoạn hai của dự án cấp nước sạch.",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn xúc tiến xuất khẩu cà phê, rau và hoa sang Nhật Bản và Hàn Quốc trong sáu tháng đầu năm 2025.",
        ),
    ],
}

ZWC_EURO = {
    "id": "zwc",
    "shape": "news",
    "date": "2011-01-01",
    "stamp": "Thứ Bảy, 01/01/2011 - 09:15",
    "blocks": [
        ("title", "Estonia trở thành thành viên thứ 17 của khu vực đồng euro"),
        (
            "paragraph",
            "Tallinn (TTXVN) – Từ 0 giờ ngày 1/1/2011 (giờ địa phương), Estonia chính thức sử dụng đồng euro thay cho đồng kroon, trở thành thành viên thứ 17 của khu vực đồng tiền chung châu Âu.",
        ),
        ("heading", "Tỷ giá cố định 15,6466 kroon", 1),
        (
            "paragraph",
            "Việc gia nhập của Estonia cùng tỷ giá chuyển đổi 15,6466 kroon đổi 1 euro đã được các Bộ trưởng Tài chính EU phê chuẩn hồi tháng 7 năm ngoái. Ngay sau thời khắc giao thừa, Thủ tướng Andrus Ansip là người đầu tiên rút tiền euro từ một máy ATM ở trung tâm thủ đô. Tháng trước, nước cộng hòa Baltic này cũng được kết nạp vào Tổ chức Hợp tác và Phát triển Kinh tế (OECD).",
        ),
        ("heading", "Giữa cơn bão nợ công", 1),
        (
            "paragraph",
            "Sự kiện diễn ra khi khu vực đồng euro chưa ra khỏi khủng hoảng nợ công: trong năm 2010, Hy Lạp rồi Ai-len đều phải nhận gói cứu trợ của EU và Quỹ Tiền tệ Quốc tế (IMF).",
        ),
        (
            "paragraph",
            "Từng cùng Estonia gia nhập EU năm 2004, Lát-vi-a đặt mục tiêu dùng đồng euro vào năm 2014, trong khi Thụy Điển và Đan Mạch đến nay vẫn không tham gia đồng tiền chung.",
        ),
    ],
}

ZWD_PLAN = {
    "id": "zwd",
    "shape": "plan",
    "head": [
        f"{'BỘ KHOA HỌC VÀ CÔNG NGHỆ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 12/KH-BKHCN':<40}Hà Nội, ngày 09 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Estonia về chuyển đổi số",
        "và an toàn thông tin mạng năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Estonia về chuyển đổi số và an toàn thông tin mạng năm 2026",
        ),
        (
            "paragraph",
            "Nhằm phát huy kết quả phối hợp giữa hai nước trong thời gian cùng là Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc (2020 – 2021) và tận dụng Hiệp định EVFTA, có hiệu lực từ ngày 1/8/2020, Bộ Khoa học và Công nghệ xây dựng Kế hoạch hợp tác với Estonia năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Estonia được coi là một trong những quốc gia đi đầu về chính phủ số; chương trình cư trú điện tử (e-Residency) của nước này được triển khai từ tháng 12/2014, còn Trung tâm Hợp tác phòng thủ mạng (CCDCOE) của NATO được thành lập tại Tallinn năm 2008. Năm ngoái, hai bên đã trao đổi đoàn chuyên gia, song chưa ký văn kiện hợp tác nào trong lĩnh vực này.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Tallinn làm việc với Bộ Kinh tế và Truyền thông Estonia.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Bộ Ngoại giao đàm phán và ký Bản ghi nhớ hợp tác về chuyển đổi số giữa hai Bộ, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Estonia cử chuyên gia sang đào tạo về định danh điện tử cho cán bộ các tỉnh, thành phố.",
        ),
        (
            "list_item",
            "4. Không cử đoàn tham dự Diễn đàn an ninh mạng khu vực Baltic tại Ri-ga (Lát-vi-a) trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

ZWE_CBSS = {
    "id": "zwe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng các quốc gia biển Baltic"),
        (
            "paragraph",
            "Hội đồng các quốc gia biển Baltic (CBSS) là diễn đàn hợp tác liên chính phủ khu vực, được Bộ trưởng Ngoại giao các nước ven biển Baltic thành lập tại hội nghị ở Cô-pen-ha-ghen ngày 5 – 6/3/1992 theo sáng kiến của Đan Mạch và Đức. Ban Thư ký thường trực của Hội đồng đặt tại Xtốc-khôm từ năm 1998.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Thành viên sáng lập gồm Đan Mạch, E-xtô-ni-a, Phần Lan, Đức, Lát-vi-a, Lít-va, Na Uy, Ba Lan, Nga, Thụy Điển và Ủy ban châu Âu. Năm 1995, Ai-xơ-len được kết nạp. Hội nghị thượng đỉnh đầu tiên của các nước ven biển Baltic do Thụy Điển đăng cai tại Visby năm 1996.",
        ),
        ("heading", "Đình chỉ và rút lui của Nga", 1),
        (
            "paragraph",
            "Sau khi Nga mở chiến dịch quân sự tại U-crai-na ngày 24/2/2022, các thành viên còn lại đình chỉ tư cách của nước này ngày 3/3/2022; Bê-la-rút, vốn là quan sát viên, cũng bị đình chỉ. Ngày 17/5/2022, Nga tuyên bố rút khỏi tổ chức.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên hay quan sát viên của CBSS, song có quan hệ ngoại giao với tất cả các nước thành viên.",
        ),
    ],
}

DOCS = [ZWA_ESTONIA, ZWB_LAMDONG, ZWC_EURO, ZWD_PLAN, ZWE_CBSS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [
        f'<h3 class="subtitle">{b[1]}</h3>' if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]
    ]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Kinh tế thế giới</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T09:15:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li>'
        '<li><a href="/quoc-te">Quốc tế</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        '<ul class="tags"><li><a href="/tag/estonia">Estonia</a></li><li><a href="/tag/euro">Euro</a></li></ul>\n'
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
        prefix="zw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
