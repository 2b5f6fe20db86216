"""Build the thirty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout37/build_heldout37.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout34, on topics those sets do not use (Vietnam - Portugal with
the Helsinki Final Act and the Council of Europe in passing, Bến Tre's external affairs in 2024 with
Belgian, IFAD and FAO South - South items, the election of the FAO Director-General of 23/6/2019, a
ministry notice on South - South cooperation with FAO and IFAD in 2025, an encyclopedia entry on
António Guterres). Nothing in src/ was changed for them. Facts are well-established; authors, journal,
page numbers, document numbers, the provincial report's local items and figures, the ministry notice
(number, date, tasks) and all quoted words are invented. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
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
    paged_journal,
    word_text,
)

SA_PORTUGAL = {
    "id": "sa",
    "shape": "journal",
    "header": "Tạp chí Châu Âu và Thế giới – Số 4/2024",
    "first_page": 53,
    "break_after": 7,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – BỒ ĐÀO NHA: GẦN NỬA THẾ KỶ NHÌN LẠI"),
        ("author", "Đỗ Minh Khuê"),
        ("affiliation", "Viện Nghiên cứu Châu Âu"),
        (
            "abstract",
            "Bài viết điểm lại các mốc chính trong quan hệ giữa Việt Nam và Bồ Đào Nha từ năm 1975.",
            "vi",
        ),
        ("keywords", "Bồ Đào Nha; EVFTA; OSCE; Hội đồng châu Âu", "vi"),
        ("heading", "1. Từ Cách mạng Hoa Cẩm chướng đến Định ước Hen-xin-ki", 1),
        (
            "paragraph",
            "Sau Cách mạng Hoa Cẩm chướng ngày 25/4/1974, Bồ Đào Nha từ bỏ chính sách thuộc địa, mở rộng quan hệ với các quốc gia mới độc lập. Việt Nam và Bồ Đào Nha thiết lập quan hệ ngoại giao ngày 1/7/1975, chỉ hai tháng sau ngày miền Nam hoàn toàn giải phóng. Cũng trong năm đó, ngày 1/8/1975, Li-xbon cùng 34 quốc gia khác ký Định ước Hen-xin-ki, văn kiện đặt nền móng cho Tổ chức An ninh và Hợp tác châu Âu (OSCE) sau này (Phan Văn Tiến, 2010).",
        ),
        ("heading", "2. Một thành viên tích cực của các thể chế châu Âu", 1),
        (
            "paragraph",
            "Năm 1976, nước này được kết nạp vào Hội đồng châu Âu; ngày 1/1/1986, Bồ Đào Nha cùng Tây Ban Nha trở thành thành viên Cộng đồng châu Âu. Trong 6 tháng đầu năm 2021, Li-xbon đảm nhiệm chức Chủ tịch luân phiên Hội đồng Liên minh châu Âu, khi Hiệp định EVFTA, được Quốc hội Việt Nam phê chuẩn ngày 8/6/2020 và có hiệu lực từ ngày 1/8/2020, đang ở năm thực thi đầu tiên (Nguyễn Thị Minh Thư, 2022, tr. 47-49). Tên thủ đô nước này còn gắn với Hiệp ước Li-xbon (2007) về cải cách thể chế EU.",
        ),
        ("heading", "3. Những dư địa chưa được khai thác", 1),
        (
            "paragraph",
            "Hai nước luôn ủng hộ lẫn nhau tại Liên hợp quốc, song đến nay vẫn chưa có đường bay thẳng nối Việt Nam với Li-xbon. Theo nhiều chuyên gia, phía bạn có thể trở thành cầu nối để hàng hóa Việt Nam vào các thị trường nói tiếng Bồ Đào Nha ở châu Phi (Lâm Quốc Bảo, 2019).",
        ),
    ],
}

SB_BENTRE = {
    "id": "sb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BẾN TRE",
        "SỞ NGOẠI VỤ",
        "Số: 287/BC-SNgV",
        "Bến Tre, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác ngoại vụ năm 2024, kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác ngoại vụ năm 2024, kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Từ ngày 8 đến 10/10/2024, Đại sứ Vương quốc Bỉ tại Việt Nam thăm và làm việc tại tỉnh; hai bên đánh giá cao kết quả hợp tác trong lĩnh vực quản lý tài nguyên nước, lĩnh vực mà phía bạn đã hỗ trợ tỉnh trong nhiều năm qua.",
        ),
        (
            "list_item",
            "2. Dự án thích ứng với biến đổi khí hậu do Quỹ Quốc tế về Phát triển Nông nghiệp (IFAD) tài trợ tiếp tục được triển khai tại 5 huyện ven biển, hỗ trợ vốn vay cho hơn 2.000 hộ nông dân.",
        ),
        (
            "list_item",
            "3. Tháng trước, tỉnh cử 4 kỹ sư sang Ma-đa-gát-xca theo Chương trình hợp tác Nam – Nam ba bên Việt Nam – FAO – Ma-đa-gát-xca, hướng dẫn nông dân nước này kỹ thuật thâm canh lúa.",
        ),
        (
            "list_item",
            "4. Biên bản ghi nhớ hợp tác với thành phố Bra-ga (Bồ Đào Nha) chưa được ký kết như kế hoạch năm ngoái đề ra do hai bên chưa thống nhất nội dung.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Phấn đấu vận động thêm ít nhất hai dự án viện trợ mới của FAO và IFAD cho lĩnh vực nông nghiệp thích ứng với xâm nhập mặn.",
        ),
        (
            "list_item",
            "2. Quý I năm tới, phối hợp với Đại sứ quán Bồ Đào Nha tổ chức hội thảo xúc tiến xuất khẩu dừa; đề nghị phía bạn sớm hoàn tất thủ tục để hai thành phố ký biên bản ghi nhớ.",
        ),
    ],
}

SC_FAO = {
    "id": "sc",
    "shape": "news",
    "date": "2019-06-24",
    "stamp": "24/06/2019 06:40 GMT+7",
    "blocks": [
        ("title", "FAO có Tổng Giám đốc mới sau vòng bỏ phiếu đầu tiên"),
        (
            "paragraph",
            "Rô-ma (TTXVN) – Ngày 23/6, tại khóa họp thứ 41 của Hội nghị Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO), ông Khuất Đông Ngọc, Thứ trưởng Bộ Nông nghiệp và Nông thôn Trung Quốc, đã được bầu làm Tổng Giám đốc FAO với 108 trên tổng số 191 phiếu.",
        ),
        ("heading", "Ứng viên của EU về thứ hai", 1),
        (
            "paragraph",
            "Bà Catherine Geslain-Lanéelle (Pháp), ứng viên được Liên minh châu Âu ủng hộ, nhận 71 phiếu, còn ông Davit Kirvalidze (Gru-di-a) được 12 phiếu. Người đứng đầu mới của FAO sẽ nhậm chức từ ngày 1/8 tới, kế nhiệm ông José Graziano da Silva (Bra-xin), người giữ cương vị này từ năm 2012.",
        ),
        ("heading", "Việt Nam với hợp tác Nam – Nam", 1),
        (
            "paragraph",
            "Phát biểu tại phiên toàn thể, Trưởng đoàn Việt Nam chúc mừng tân Tổng Giám đốc và cho rằng hợp tác Nam – Nam là “kênh hiệu quả để chia sẻ kinh nghiệm bảo đảm an ninh lương thực”. Từ cuối thập niên 1990, các chuyên gia, kỹ thuật viên nông nghiệp Việt Nam đã được cử sang nhiều nước châu Phi, trong đó có Xê-nê-gan và Bê-nanh, theo các thỏa thuận ba bên với FAO.",
        ),
    ],
}

SD_NOTICE = {
    "id": "sd",
    "shape": "decision",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 312/TB-BNNMT':<42}Hà Nội, ngày 18 tháng 4 năm 2025",
    ],
    "title_lines": [
        "THÔNG BÁO",
        "Kết luận của Lãnh đạo Bộ về hợp tác Nam – Nam với FAO và IFAD",
    ],
    "blocks": [
        ("title", "THÔNG BÁO Kết luận của Lãnh đạo Bộ về hợp tác Nam – Nam với FAO và IFAD"),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Việt Nam là một trong những nước tham gia sớm nhất Chương trình hợp tác Nam – Nam của FAO. Tháng trước, Bộ và Văn phòng FAO tại Việt Nam đã đồng tổ chức hội nghị tổng kết các thỏa thuận ba bên; một số thỏa thuận đã hết hiệu lực nhưng chưa được gia hạn vì thiếu kinh phí đối ứng.",
        ),
        ("heading", "II. NHIỆM VỤ TRONG THỜI GIAN TỚI", 1),
        (
            "list_item",
            "1. Vụ Hợp tác quốc tế chủ trì, cùng FAO và Chính phủ Ghi-nê Bít-xao đàm phán Thỏa thuận ba bên về hợp tác Nam – Nam, phấn đấu ký kết trước tháng 10/2025; dự kiến năm sau cử 8 chuyên gia sang nước này.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Tài chính làm việc với IFAD về khoản vay ưu đãi cho các tỉnh miền núi phía Bắc giai đoạn 2026 – 2030.",
        ),
        (
            "list_item",
            "3. Nghiên cứu khả năng huy động Ngân hàng Phát triển châu Phi (AfDB) và Quỹ OPEC vì Phát triển quốc tế cùng tài trợ cho các dự án ba bên.",
        ),
        (
            "list_item",
            "4. Chuẩn bị đoàn dự Hội nghị FAO khóa 44 tại Rô-ma vào tháng 6/2025.",
        ),
    ],
}

SE_GUTERRES = {
    "id": "se",
    "shape": "entry",
    "blocks": [
        ("title", "António Guterres"),
        (
            "paragraph",
            "António Manuel de Oliveira Guterres (sinh ngày 30/4/1949 tại Li-xbon) là chính khách người Bồ Đào Nha, Tổng Thư ký thứ chín của Liên hợp quốc.",
        ),
        ("heading", "Thủ tướng Bồ Đào Nha", 1),
        (
            "paragraph",
            "Ông giữ chức Thủ tướng từ tháng 10/1995 đến tháng 4/2002, đồng thời là Chủ tịch Quốc tế Xã hội chủ nghĩa từ năm 1999 đến năm 2005. Dưới thời ông, Bồ Đào Nha làm Chủ tịch luân phiên Hội đồng Liên minh châu Âu trong nửa đầu năm 2000 và ngày 20/12/1999 trao trả Ma Cao cho Trung Quốc.",
        ),
        ("heading", "Cao ủy về người tị nạn", 1),
        (
            "paragraph",
            "Từ tháng 6/2005 đến cuối năm 2015, ông đứng đầu Cơ quan Cao ủy Liên hợp quốc về người tị nạn (UNHCR).",
        ),
        ("heading", "Tổng Thư ký Liên hợp quốc", 1),
        (
            "paragraph",
            "Ngày 6/10/2016, Hội đồng Bảo an nhất trí thông qua Nghị quyết 2311 giới thiệu ông; ngày 13/10/2016, ông được Đại hội đồng bổ nhiệm bằng hình thức đồng thuận, kế nhiệm ông Ban Ki-moon. Ông nhậm chức ngày 1/1/2017 và được tái bổ nhiệm ngày 18/6/2021 cho nhiệm kỳ thứ hai bắt đầu từ ngày 1/1/2022.",
        ),
        (
            "paragraph",
            "Mục liên quan: quan hệ Việt Nam – Bồ Đào Nha (từ năm 1975); Việt Nam gia nhập Liên hợp quốc ngày 20/9/1977.",
        ),
    ],
}

DOCS = [SA_PORTUGAL, SB_BENTRE, SC_FAO, SD_NOTICE, SE_GUTERRES]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer with no header on its first page: front matter from heldout_kit
    (title at 42 columns, labels at 80), "1./2./3." headings with no blank line after them, body at 64
    columns; after ``break_after`` body lines (mid-sentence) the page number indented to the middle of
    the foot, a form feed and the running header; the last page ends with its number."""
    return paged_journal(doc, 42, 80, 64, indent=30, blank_after_heading=False)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page
    (cut mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news agency page: <meta> date, a nav menu, <h1>, the stamp, the lead (with its dateline) in
    <p class="lead">, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h3>{b[1]}</h3>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T06:40:00+07:00">\n'
        f"<title>{title} - Báo điện tử</title>\n</head>\n<body>\n"
        '<nav><a href="/">Trang chủ</a> | <a href="/quoc-te">Quốc tế</a> | <a href="/nong-nghiep">Nông nghiệp</a></nav>\n'
        f'<main>\n<h1>{title}</h1>\n<span class="time">{doc["stamp"]}</span>\n'
        f'<p class="lead"><strong>{lead}</strong></p>\n' + "\n".join(body) + "\n"
        '<div class="tags">Từ khóa: <a href="/tag/fao">FAO</a> <a href="/tag/an-ninh-luong-thuc">an ninh lương thực</a></div>\n'
        "</main>\n<footer>© Báo điện tử. Ghi rõ nguồn khi phát hành lại.</footer>\n</body>\n</html>\n"
    )


def render_decision(doc: dict) -> str:
    """A ministry notice: the two-column issuer/motto block, the centred two-line title, body at 78
    columns with a blank line between blocks, the signature block at the right."""
    return official_text(
        doc, 78, [" " * 48 + "TL. BỘ TRƯỞNG", " " * 48 + "CHÁNH VĂN PHÒNG", " " * 52 + "(đã ký)"]
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "decision": render_decision,
            "entry": entry_text,
        },
        prefix="s",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
