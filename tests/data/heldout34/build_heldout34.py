"""Build the thirty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout34/build_heldout34.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout30, on topics those sets do not use (Vietnam - Uruguay and
MERCOSUR, Kiên Giang's external affairs in 2024, the Security Council election of 6/6/2024 that seated
Panama, a Foreign Ministry plan for Latin America and the Caribbean in 2025, an encyclopedia entry on
the 1977 Panama Canal treaties). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the provincial report's local figures and all quoted
words are invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
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
    footnoted_journal,
    official_text,
    word_text,
)

NA_URUGUAY = {
    "id": "na",
    "shape": "journal",
    "header": "Tạp chí Châu Mỹ ngày nay, số 5 (2023)",
    "first_page": 71,
    "break_after": 8,
    "blocks": [
        ("title", "VIỆT NAM VỚI THỊ TRƯỜNG CHUNG NAM MỸ: NHÌN TỪ QUAN HỆ VỚI U-RU-GOAY"),
        ("author", "Nguyễn Thị Thanh Bình"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ"),
        (
            "abstract",
            "Bài viết phân tích vai trò cầu nối của U-ru-goay trong quan hệ giữa Việt Nam và MERCOSUR.",
            "vi",
        ),
        ("keywords", "U-ru-goay; MERCOSUR; CPTPP", "vi"),
        ("heading", "1. Một khối kinh tế ra đời ở Nam Mỹ", 1),
        (
            "paragraph",
            "Hiệp ước Asunción được Ác-hen-ti-na, Bra-xin, Pa-ra-goay và U-ru-goay ký kết ngày 26/3/1991, khai sinh Thị trường chung Nam Mỹ (MERCOSUR)¹. Với Nghị định thư Ouro Preto ký tháng 12/1994, khối có tư cách pháp nhân quốc tế; Ban Thư ký của khối đặt tại Môn-tê-vi-đê-ô, thủ đô của U-ru-goay, nơi được ví là “cửa ngõ của MERCOSUR” (Trần Văn Lộc, 2015, tr. 112).",
        ),
        ("heading", "2. Ba thập niên quan hệ song phương", 1),
        (
            "paragraph",
            "Việt Nam và U-ru-goay chính thức thiết lập quan hệ ngoại giao ngày 11/8/1993. Hai nước thường xuyên phối hợp, ủng hộ lẫn nhau tại Liên hợp quốc và các diễn đàn đa phương². Tháng 12/2022, nước này nộp đơn xin gia nhập Hiệp định CPTPP, hiệp định mà Việt Nam đã phê chuẩn từ năm 2018 (Lê Minh Châu, 2023).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Sau gần hai thập niên đàm phán, MERCOSUR và Liên minh châu Âu đạt thỏa thuận chính trị về hiệp định thương mại tự do vào tháng 6/2019. Trái lại, Việt Nam và MERCOSUR vẫn chưa khởi động đàm phán một hiệp định như vậy. Thời gian tới, hai bên sẽ nghiên cứu khả năng thành lập nhóm công tác chung.",
        ),
        (
            "footnote",
            "Xem: Phạm Quốc Hưng (2008), Khu vực hóa ở Mỹ Latinh, Nxb. Chính trị quốc gia, Hà Nội, tr. 45.",
        ),
        ("footnote", "Vũ Thị Ngọc Anh (2021), tr. 63-65."),
    ],
}

NB_KIENGIANG = {
    "id": "nb",
    "shape": "word",
    "head": [
        "UBND TỈNH KIÊN GIANG",
        "SỞ NGOẠI VỤ",
        "Số: 412/BC-SNgV",
        "Kiên Giang, ngày 12 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị với tỉnh Kampot (Cam-pu-chia) tiếp tục được củng cố; lãnh đạo hai tỉnh duy trì gặp gỡ định kỳ và phối hợp quản lý tốt tuyến biên giới qua cặp cửa khẩu quốc tế Hà Tiên – Prek Chak.",
        ),
        (
            "list_item",
            "2. Tháng trước, Sở phối hợp với Bộ Ngoại giao đón đoàn Đại sứ, Đại biện các nước Mỹ Latinh và Ca-ri-bê tại Việt Nam thăm, tìm hiểu môi trường đầu tư tại Phú Quốc.",
        ),
        (
            "list_item",
            "3. Các tổ chức phi chính phủ nước ngoài đã viện trợ cho tỉnh khoảng 1,3 triệu USD, tập trung vào nước sạch và ứng phó với xâm nhập mặn, tăng so với năm ngoái.",
        ),
        (
            "list_item",
            "4. Việc ký kết thỏa thuận hợp tác với một địa phương của Pa-na-ma không thực hiện được do phía bạn chưa hoàn tất thủ tục nội bộ.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phục vụ công tác chuẩn bị Năm APEC 2027 mà Việt Nam đăng cai tại Phú Quốc; phấn đấu hoàn thành khảo sát các địa điểm trong quý II năm tới.",
        ),
        (
            "list_item",
            "2. Dự kiến trong năm tới, tỉnh sẽ tổ chức đoàn xúc tiến đầu tư sang Chi-lê và Pê-ru, hai nền kinh tế thành viên APEC và CPTPP.",
        ),
    ],
}

NC_PANAMA = {
    "id": "nc",
    "shape": "news",
    "date": "2024-06-07",
    "stamp": "07/06/2024 08:15 GMT+7",
    "blocks": [
        ("title", "Pa-na-ma cùng bốn nước trúng cử vào Hội đồng Bảo an Liên hợp quốc"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 6/6, Đại hội đồng Liên hợp quốc đã bầu Đan Mạch, Hy Lạp, Pa-ki-xtan, Pa-na-ma và Xô-ma-li làm ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2025 – 2026.",
        ),
        ("heading", "Thay thế năm ủy viên mãn nhiệm", 1),
        (
            "paragraph",
            "Các nước này sẽ thay thế Ê-cu-a-đo, Man-ta, Mô-dăm-bích, Nhật Bản và Thụy Sĩ từ ngày 1/1/2025. Đây không phải lần đầu Pa-na-ma đảm nhiệm vị trí này: nước này từng là ủy viên không thường trực nhiệm kỳ 2007 – 2008, cùng ngồi tại Hội đồng với Việt Nam trong năm 2008.",
        ),
        ("heading", "Việt Nam chúc mừng", 1),
        (
            "paragraph",
            "Trao đổi với phóng viên TTXVN, Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc, chúc mừng các nước trúng cử và cho biết Việt Nam “sẵn sàng chia sẻ kinh nghiệm của hai nhiệm kỳ ủy viên không thường trực”. Việt Nam từng trúng cử nhiệm kỳ 2020 – 2021 ngày 7/6/2019 với 192/193 phiếu ủng hộ.",
        ),
        (
            "paragraph",
            "Việt Nam và Pa-na-ma thiết lập quan hệ ngoại giao năm 1975; hai bên đều là thành viên Phong trào Không liên kết và luôn phối hợp chặt chẽ tại Liên hợp quốc.",
        ),
    ],
}

ND_PLAN = {
    "id": "nd",
    "shape": "decision",
    "head": [
        f"{'BỘ NGOẠI GIAO':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 57/KH-BNG':<42}Hà Nội, ngày 20 tháng 01 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai quan hệ với khu vực Mỹ Latinh và Ca-ri-bê năm 2025",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Triển khai quan hệ với khu vực Mỹ Latinh và Ca-ri-bê năm 2025"),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Tháng 11 năm ngoái, Chủ tịch nước Lương Cường thăm chính thức Chi-lê và Pê-ru, kết hợp dự Tuần lễ Cấp cao APEC tại Li-ma. Hiện nay, ta duy trì quan hệ hữu nghị với các nước thành viên Cộng đồng các quốc gia Mỹ Latinh và Ca-ri-bê (CELAC), tổ chức được thành lập tại Ca-ra-cát tháng 12/2011, song hợp tác kinh tế với nhiều nước Ca-ri-bê chưa tương xứng với tiềm năng.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Phối hợp với Bộ Công Thương và Ác-hen-ti-na, nước giữ cương vị Chủ tịch luân phiên MERCOSUR 6 tháng đầu năm nay, thúc đẩy nghiên cứu khả thi Hiệp định thương mại tự do Việt Nam – MERCOSUR.",
        ),
        (
            "list_item",
            "2. Vận động các nước trong khu vực ủng hộ Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.",
        ),
        (
            "list_item",
            "3. Chuẩn bị đoàn Việt Nam tham dự Hội nghị COP30 tại Bê-lem (Bra-xin) vào tháng 11/2025.",
        ),
        (
            "list_item",
            "4. Vụ Châu Mỹ chủ trì, phối hợp với Ngân hàng Phát triển Liên châu Mỹ (IDB) và Ủy ban Kinh tế Mỹ Latinh và Ca-ri-bê của Liên hợp quốc (ECLAC) tổ chức hội thảo về hợp tác nông nghiệp trong quý III.",
        ),
    ],
}

NE_CANAL = {
    "id": "ne",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Kênh đào Pa-na-ma (1977)"),
        (
            "paragraph",
            "Hiệp ước Kênh đào Pa-na-ma (còn gọi là Hiệp ước Tô-ri-hốt – Các-tơ) là hai văn kiện được nhà lãnh đạo Pa-na-ma Ô-ma Tô-ri-hốt và Tổng thống Hoa Kỳ Gi-mi Các-tơ ký tại Oa-sinh-tơn ngày 7/9/1977, thay thế Hiệp ước Hay – Bunau-Varilla (1903).",
        ),
        ("heading", "Phê chuẩn và hiệu lực", 1),
        (
            "paragraph",
            "Tháng 10/1977, cử tri Pa-na-ma thông qua các hiệp ước trong một cuộc trưng cầu ý dân. Năm 1978, Thượng viện Hoa Kỳ phê chuẩn cả hai văn kiện, mỗi văn kiện với 68 phiếu thuận và 32 phiếu chống. Các hiệp ước có hiệu lực từ ngày 1/10/1979.",
        ),
        ("heading", "Chuyển giao", 1),
        (
            "paragraph",
            "Theo Hiệp ước về sự trung lập vĩnh viễn, kênh đào mở cửa cho tàu thuyền của mọi quốc gia cả trong thời bình lẫn thời chiến. Trưa ngày 31/12/1999, Hoa Kỳ chuyển giao toàn bộ kênh đào cho Pa-na-ma; từ đó nước này không còn căn cứ quân sự nào của Mỹ.",
        ),
        ("heading", "Mở rộng kênh đào", 1),
        (
            "paragraph",
            "Ngày 22/10/2006, cử tri Pa-na-ma tán thành dự án mở rộng kênh đào qua trưng cầu ý dân; kênh đào mở rộng được khánh thành ngày 26/6/2016.",
        ),
        (
            "paragraph",
            "Xem thêm: quan hệ Việt Nam – Pa-na-ma (thiết lập năm 1975).",
        ),
    ],
}

DOCS = [NA_URUGUAY, NB_KIENGIANG, NC_PANAMA, ND_PLAN, NE_CANAL]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter from heldout_kit, headings with no blank line
    after them, body at 68 columns with superscript footnote marks glued to words; after ``break_after``
    body lines (mid-sentence) a "____" rule, the footnotes, the page number at the left, a form feed and
    the running header; the last page ends with its number at the left."""
    return footnoted_journal(doc, 44, 68, 68, str)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page
    (cut mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news agency page: <meta> date, a nav menu, <h1>, the stamp, the lead (with its dateline) in
    <div class="sapo">, <h2> subheads, <p> paragraphs, a related-links list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta property="article:published_time" content="{doc["date"]}T08:15:00+07:00">\n'
        f"<title>{title} | Tin tức</title>\n</head>\n<body>\n"
        '<nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a> <a href="/chau-my">Châu Mỹ</a></nav>\n'
        f'<article>\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<div class="sapo">{lead}</div>\n' + "\n".join(body) + "\n"
        '<ul class="related"><li><a href="/a1">Việt Nam trúng cử Hội đồng Bảo an</a></li></ul>\n'
        "</article>\n<footer>Bản quyền thuộc về cơ quan chủ quản</footer>\n</body>\n</html>\n"
    )


def render_decision(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred two-line title, body at 76
    columns with a blank line between blocks, the signature block at the right."""
    return official_text(doc, 76, [" " * 46 + "KT. BỘ TRƯỞNG", " " * 46 + "THỨ TRƯỞNG", " " * 50 + "(đã ký)"])


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
        prefix="n",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
