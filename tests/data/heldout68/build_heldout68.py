"""Build the sixty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout68/build_heldout68.py [--check]

Five short documents on a historical period the earlier held-out sets do not use as a main topic: the
American embargo on Vietnam and the normalisation of Vietnam – United States relations (a journal article
on 1975 – 1995, Quảng Bình's external affairs in 2024, the lifting of the embargo on 3/2/1994 as a news
page, a (fictitious) Ministry of Industry and Trade plan for the American market in 2026, an encyclopedia
entry on CoCom and its successor, the Wassenaar Arrangement). Nothing in src/ was changed for them. Facts
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
    official_text,
    paged_body,
    word_text,
)

XTA_NORMALISATION = {
    "id": "xta",
    "shape": "journal",
    "header": "TẠP CHÍ LỊCH SỬ ĐỐI NGOẠI – Số 3 (2025)",
    "first_page": 47,
    "break_after": 10,
    "blocks": [
        ("title", "TỪ CẤM VẬN ĐẾN BÌNH THƯỜNG HÓA QUAN HỆ VIỆT NAM – HOA KỲ (1975 – 1995)"),
        ("author", "Đoàn Minh Khuê"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại quá trình từ cấm vận đến bình thường hóa quan hệ Việt – Mỹ.",
            "vi",
        ),
        ("keywords", "cấm vận; bình thường hóa; Việt Nam – Hoa Kỳ; đổi mới", "vi"),
        ("heading", "1. Hai thập kỷ bị bao vây, cấm vận", 1),
        (
            "paragraph",
            "Tháng 5/1975, Hoa Kỳ mở rộng lệnh cấm vận thương mại vốn áp dụng với miền Bắc ra phạm vi cả nước. Ngày 20/9/1977, Việt Nam trở thành thành viên thứ 149 của Liên hợp quốc (Hoàng Văn Thắng, 2016, tr. 41). Cũng trong năm đó, hai bên đàm phán về bình thường hóa quan hệ tại Pa-ri nhưng không đi đến kết quả vì phía Mỹ bác bỏ yêu cầu viện trợ tái thiết. Từ năm 1979, lấy cớ vấn đề Campuchia, Mỹ cùng các nước phương Tây và ASEAN siết chặt chính sách bao vây, cấm vận đối với nước ta.",
        ),
        ("heading", "2. Đổi mới tư duy đối ngoại", 1),
        (
            "paragraph",
            "Đại hội VI (12/1986) và Nghị quyết 13 của Bộ Chính trị (5/1988) chủ trương “thêm bạn, bớt thù”. Tháng 9/1989, Việt Nam rút toàn bộ quân tình nguyện khỏi Campuchia; Hiệp định Pa-ri về Campuchia, mà nước ta là một bên ký kết, ra đời ngày 23/10/1991. Tháng 7/1993, Washington thôi ngăn cản các tổ chức tài chính quốc tế cho Việt Nam vay vốn.",
        ),
        ("heading", "3. Bình thường hóa", 1),
        (
            "paragraph",
            "Ngày 3/2/1994, Tổng thống Clinton tuyên bố bãi bỏ lệnh cấm vận. Đầu năm 1995, hai nước mở Văn phòng Liên lạc tại thủ đô của nhau; ngày 11/7/1995, Washington công bố bình thường hóa quan hệ với Hà Nội, và ngày hôm sau Thủ tướng Võ Văn Kiệt ra tuyên bố hoan nghênh. Hơn hai tuần sau, Việt Nam gia nhập ASEAN. Đó là “năm bản lề khép lại gần hai thập kỷ bị bao vây, cô lập” (Lê Quang Minh, 2020, tr. 88). Dẫu vậy, phải đến năm 2000 Hiệp định Thương mại song phương mới được ký, và tới nay Mỹ vẫn chưa công nhận nước ta có nền kinh tế thị trường (Phan Ngọc Hà, 2024).",
        ),
    ],
}

XTB_QUANGBINH = {
    "id": "xtb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH",
        "SỞ NGOẠI VỤ",
        "Số: 318/BC-SNgV",
        "Quảng Bình, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình thực hiện công tác đối ngoại năm 2024 và nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thực hiện công tác đối ngoại năm 2024 và nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024", 1),
        (
            "list_item",
            "1. Trong năm, tỉnh đã tiếp nhận hai đợt chuyên gia của Cơ quan Tìm kiếm tù binh và người mất tích Hoa Kỳ (DPAA) sang phối hợp tìm kiếm hài cốt quân nhân Mỹ mất tích trong chiến tranh tại các huyện Bố Trạch và Lệ Thủy.",
        ),
        (
            "list_item",
            "2. Dự án rà phá bom mìn, vật liệu nổ sau chiến tranh tại huyện Minh Hóa, do Chính phủ Hoa Kỳ tài trợ 2,4 triệu USD thông qua tổ chức MAG, tiếp tục được triển khai, đến nay đã làm sạch hơn 600 ha đất.",
        ),
        (
            "list_item",
            "3. Tháng 10/2024, đoàn đại biểu tỉnh do Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Khăm Muồn (Lào); hai bên ký Biên bản ghi nhớ hợp tác giai đoạn 2025 – 2030.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Hoa Kỳ tại Việt Nam đến thăm và làm việc với lãnh đạo tỉnh, trao đổi về khắc phục hậu quả chiến tranh và hợp tác phát triển du lịch tại Vườn quốc gia Phong Nha – Kẻ Bàng.",
        ),
        (
            "list_item",
            "5. Một số nhà đầu tư Hoa Kỳ đã đến khảo sát Khu kinh tế Hòn La, song đến nay chưa có dự án nào được cấp phép đầu tư.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức các hoạt động kỷ niệm 30 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Hoa Kỳ (12/7/1995 – 12/7/2025).",
        ),
        (
            "list_item",
            "2. Tiếp tục phối hợp với phía Hoa Kỳ tìm kiếm quân nhân mất tích; đề nghị Chính phủ Hoa Kỳ mở rộng dự án rà phá bom mìn sang huyện Tuyên Hóa.",
        ),
        (
            "list_item",
            "3. Tháng 4 năm sau, đón đoàn đại biểu tỉnh Khăm Muồn sang dự Hội nghị giao ban công tác biên giới tại thành phố Đồng Hới.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn đi Hoa Kỳ trong năm 2025 do chưa bố trí được kinh phí.",
        ),
    ],
}

XTC_EMBARGO = {
    "id": "xtc",
    "shape": "news",
    "date": "1994-02-04",
    "stamp": "Thứ Sáu, 04/02/1994 - 08:30",
    "blocks": [
        ("title", "Mỹ tuyên bố bãi bỏ lệnh cấm vận thương mại đối với Việt Nam"),
        (
            "paragraph",
            "Oa-sinh-tơn (TTXVN) – Ngày 3/2 (giờ địa phương), Tổng thống Mỹ Bill Clinton tuyên bố bãi bỏ lệnh cấm vận thương mại mà Mỹ áp đặt đối với Việt Nam suốt 19 năm qua.",
        ),
        (
            "paragraph",
            "Phát biểu tại Nhà Trắng, ông Clinton cho biết quyết định này nhằm thúc đẩy việc tìm kiếm thông tin về quân nhân Mỹ mất tích trong chiến tranh. Hai nước sẽ bàn việc mở cơ quan liên lạc tại thủ đô của nhau, song Washington nhấn mạnh đây chưa phải là bước bình thường hóa quan hệ ngoại giao.",
        ),
        ("heading", "Hà Nội hoan nghênh", 1),
        (
            "paragraph",
            "Sáng 4/2, người phát ngôn Bộ Ngoại giao Việt Nam hoan nghênh quyết định của Tổng thống Clinton, coi đây là “một bước đi tích cực, phù hợp với lợi ích của nhân dân hai nước”. Tuần trước, Thượng viện Mỹ đã thông qua, với 62 phiếu thuận và 38 phiếu chống, một nghị quyết không ràng buộc kêu gọi Chính phủ dỡ bỏ cấm vận.",
        ),
        ("heading", "Các nhà tài trợ trở lại", 1),
        (
            "paragraph",
            "Từ tháng 7 năm ngoái, Mỹ đã thôi phản đối việc các tổ chức tài chính quốc tế cho Việt Nam vay vốn. Sau khi nước ta thanh toán xong các khoản nợ quá hạn, Quỹ Tiền tệ Quốc tế, Ngân hàng Thế giới và Ngân hàng Phát triển châu Á đã nối lại cho vay, còn hội nghị các nhà tài trợ họp tại Pa-ri tháng 11/1993 cam kết dành cho Việt Nam 1,86 tỷ USD. Nhật Bản đã nối lại viện trợ phát triển chính thức từ tháng 11/1992.",
        ),
        (
            "paragraph",
            "Tuy vậy, hàng hóa Việt Nam vẫn chưa được hưởng quy chế tối huệ quốc trên thị trường Mỹ.",
        ),
    ],
}

XTD_PLAN = {
    "id": "xtd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BCT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại và phát triển thị trường",
        "Hoa Kỳ năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại và phát triển thị trường Hoa Kỳ năm 2026"),
        (
            "paragraph",
            "Hơn ba mươi năm sau khi Hoa Kỳ bãi bỏ lệnh cấm vận đối với Việt Nam (3/2/1994), quan hệ kinh tế – thương mại giữa hai nước đã phát triển vượt bậc. Nhằm tận dụng khuôn khổ Đối tác chiến lược toàn diện được xác lập tháng 9/2023, Bộ Công Thương ban hành Kế hoạch xúc tiến thương mại tại thị trường Hoa Kỳ năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Kể từ khi Hiệp định Thương mại song phương có hiệu lực ngày 10/12/2001, Hoa Kỳ đã trở thành thị trường xuất khẩu lớn nhất của Việt Nam. Tuy vậy, tháng 8/2024, Bộ Thương mại Hoa Kỳ vẫn quyết định chưa công nhận Việt Nam là nền kinh tế thị trường. Năm ngoái, hai bên đã tiến hành nhiều vòng đàm phán về thương mại đối ứng.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn công tác do Thứ trưởng dẫn đầu sang Oa-sinh-tơn làm việc với Văn phòng Đại diện Thương mại Hoa Kỳ (USTR), tiếp tục đàm phán để sớm ký kết hiệp định thương mại đối ứng.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Việt Nam tại Hoa Kỳ tổ chức Hội nghị xúc tiến xuất khẩu nông sản, thủy sản tại Chi-ca-gô vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Hoa Kỳ sớm công nhận quy chế kinh tế thị trường của Việt Nam.",
        ),
        (
            "list_item",
            "4. Không tổ chức gian hàng quốc gia tại các hội chợ ở Hoa Kỳ trong năm 2026; tập trung kinh phí cho hoạt động xúc tiến trực tuyến.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại là đầu mối theo dõi, tổng hợp tình hình thực hiện Kế hoạch này.",
        ),
    ],
}

XTE_COCOM = {
    "id": "xte",
    "shape": "entry",
    "blocks": [
        ("title", "Ủy ban Điều phối Kiểm soát xuất khẩu đa phương"),
        (
            "paragraph",
            "Ủy ban Điều phối Kiểm soát xuất khẩu đa phương (tiếng Anh: Coordinating Committee for Multilateral Export Controls, CoCom) là cơ chế do Hoa Kỳ và các đồng minh Tây Âu lập ra năm 1949 nhằm ngăn chặn việc xuất khẩu vũ khí, công nghệ và hàng hóa chiến lược sang Liên Xô, các nước Đông Âu và các nước xã hội chủ nghĩa khác. CoCom không dựa trên một điều ước quốc tế; Ban Thư ký đặt tại Pa-ri.",
        ),
        ("heading", "Thành viên và hoạt động", 1),
        (
            "paragraph",
            "Vào cuối thời kỳ hoạt động, Ủy ban có 17 thành viên, gồm các nước NATO (trừ Ai-xơ-len) cùng Nhật Bản và Ô-xtrây-li-a. Từ năm 1952, một ủy ban riêng (ChinCom) áp dụng danh mục kiểm soát khắt khe hơn đối với Trung Quốc. Thụy Sĩ không phải là thành viên nhưng vẫn hạn chế xuất khẩu theo danh mục của CoCom. Việt Nam, Cu-ba và Triều Tiên cũng thuộc diện bị kiểm soát.",
        ),
        ("heading", "Giải thể và kế thừa", 1),
        (
            "paragraph",
            "Sau khi Chiến tranh Lạnh kết thúc, CoCom chấm dứt hoạt động ngày 31/3/1994. Năm 1996, 33 nước, trong đó có Nga, thành lập Thỏa thuận Wassenaar về kiểm soát xuất khẩu vũ khí thông thường và hàng hóa, công nghệ lưỡng dụng, lấy tên thị trấn ở Hà Lan nơi các bên nhất trí về cơ chế này; Ban Thư ký đặt tại Viên. Ấn Độ gia nhập Thỏa thuận tháng 12/2017. Việt Nam chưa tham gia cơ chế này.",
        ),
    ],
}

DOCS = [XTA_NORMALISATION, XTB_QUANGBINH, XTC_EMBARGO, XTD_PLAN, XTE_COCOM]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), front
    matter by heldout_kit.front_matter_lines (title at 54 columns, labels at 72), body at 72 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) "Trang N" flush right, a form
    feed and the running header; the last page ends with its label."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'Trang {n}':>72}"

    out, last = paged_body(doc, 54, 72, 72, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta name="pubdate">, a nav menu, <main><article>, <h1>, a
    time line, the lead (with its dateline) in <p class="lead"><strong>, <h2> subheads, <p> paragraphs, a
    "Từ khóa" tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="pubdate" content="{doc["date"]}T08:30:00+07:00">\n'
        f"<title>{title} - TTXVN</title>\n"
        "</head>\n<body>\n"
        '<nav><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a></nav>\n'
        f'<main>\n<article>\n<h1>{title}</h1>\n<p class="time">{doc["stamp"]}</p>\n'
        f'<p class="lead"><strong>{lead}</strong></p>\n' + "\n".join(body) + "\n"
        '<div class="tags">Từ khóa: <a href="/tag/cam-van">cấm vận</a>, <a href="/tag/viet-my">quan hệ Việt – Mỹ</a></div>\n'
        "</article>\n</main>\n<footer>© TTXVN</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<50}THỨ TRƯỞNG",
        f"{'- Đại sứ quán Việt Nam tại Hoa Kỳ;':<51}(đã ký)",
        "- Lưu: VT, XTTM.",
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
        prefix="xt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
