"""Build the eighty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout84/build_heldout84.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use as main topics (Vietnam's economic relations with the Hong Kong Special
Administrative Region from APEC to the ASEAN – Hong Kong FTA and the RCEP application, the Vietnamese
Consulate General in Hong Kong and Macao's report on 2024, the end of Chief Executive John Lee's visit to
Vietnam on 2/8/2024, a (fictitious) Ministry of Industry and Trade plan for trade promotion in Hong Kong
in 2026, an encyclopedia entry on the ASEAN – Hong Kong, China Free Trade Agreement). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
consulate report's local items and all quoted words are invented, the ministry plan (number, date,
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
    headed_journal,
    official_text,
    word_text,
)

WZA_HONGKONG = {
    "id": "wza",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ ĐỐI NGOẠI VÀ HỘI NHẬP – Số 6 (2025)",
    "first_page": 37,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ KINH TẾ VIỆT NAM – HỒNG KÔNG (TRUNG QUỐC): TỪ APEC ĐẾN AHKFTA"),
        ("author", "Lưu Thị Thanh Bình"),
        ("affiliation", "Viện Kinh tế và Thương mại quốc tế, Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết khái quát quan hệ kinh tế giữa Việt Nam và Đặc khu hành chính Hồng Kông (Trung Quốc) trong ba thập niên qua và gợi mở một số hướng hợp tác mới.",
            "vi",
        ),
        ("keywords", "Hồng Kông; AHKFTA; APEC; RCEP; đầu tư", "vi"),
        ("heading", "1. Một đối tác kinh tế đặc biệt", 1),
        (
            "paragraph",
            "Ngày 1/7/1997, Trung Quốc khôi phục thực thi chủ quyền đối với Hồng Kông. Theo nguyên tắc “một quốc gia, hai chế độ”, đặc khu vẫn là thành viên riêng của Tổ chức Thương mại Thế giới (WTO) và của Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC), nơi Hồng Kông được kết nạp từ năm 1991. Việt Nam gia nhập APEC tháng 11/1998 và trở thành thành viên WTO ngày 11/1/2007 (Trịnh Minh Đức, 2015, tr. 33).",
        ),
        ("heading", "2. Thương mại và đầu tư", 1),
        (
            "paragraph",
            "Hồng Kông từ lâu nằm trong nhóm các nhà đầu tư lớn tại nước ta, với vốn tập trung vào dệt may, bất động sản và công nghiệp chế biến (Phan Quốc Hưng, 2019). Hiệp định Thương mại tự do ASEAN – Hồng Kông (AHKFTA) được ký tại Manila ngày 12/11/2017, có hiệu lực đối với Việt Nam từ ngày 11/6/2019; Hiệp định Đầu tư đi kèm có hiệu lực sáu ngày sau đó. Theo cam kết, Việt Nam xóa bỏ thuế nhập khẩu đối với 75% số dòng thuế trong vòng mười năm.",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Năm 2022, Hồng Kông nộp đơn xin gia nhập Hiệp định Đối tác Kinh tế toàn diện khu vực (RCEP), hiệp định có hiệu lực với nước ta từ ngày 1/1/2022. Trong chuyến thăm Việt Nam từ ngày 31/7 đến ngày 2/8/2024, Trưởng Đặc khu Lý Gia Siêu đã cảm ơn Việt Nam ủng hộ đơn xin gia nhập này; tuy vậy, đến nay đơn của Hồng Kông vẫn chưa được các thành viên RCEP chấp thuận. Đặc khu có thể trở thành “cầu nối giữa doanh nghiệp Việt Nam và thị trường vốn quốc tế” (Đặng Thu Trang, 2023, tr. 51). Vì vậy, hai bên cần sớm ký thỏa thuận hợp tác về tài chính xanh và logistics.",
        ),
    ],
}

WZB_CONSULATE = {
    "id": "wzb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI HỒNG KÔNG VÀ MA CAO",
        "Số: 342/BC-TLSQ",
        "Hồng Kông, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác năm 2024 và phương hướng, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác năm 2024 và phương hướng, nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Ngày 12/7, Tổng Lãnh sự chào xã giao Trưởng Đặc khu Lý Gia Siêu; hai bên trao đổi về hợp tác tài chính xanh, y tế, đào tạo nguồn nhân lực và lao động chất lượng cao, đồng thời ta đề nghị phía bạn tiếp tục nới lỏng thủ tục thị thực cho công dân Việt Nam.",
        ),
        (
            "list_item",
            "2. Tổng Lãnh sự quán phối hợp chuẩn bị chuyến thăm Việt Nam của Trưởng Đặc khu từ ngày 31/7 đến ngày 2/8/2024; trong dịp này, các cơ quan, doanh nghiệp hai bên đã ký 30 văn kiện hợp tác.",
        ),
        (
            "list_item",
            "3. Nhà đầu tư Hồng Kông tiếp tục mở rộng đầu tư vào các khu công nghiệp phía Nam; Tổng Lãnh sự quán phối hợp với Hội đồng Phát triển Thương mại Hồng Kông (HKTDC) tổ chức hai hội thảo giới thiệu môi trường kinh doanh Việt Nam.",
        ),
        (
            "list_item",
            "4. Tháng 10, Tổng Lãnh sự quán đón đoàn công tác của Bộ Công Thương sang làm việc với Cơ quan Xúc tiến đầu tư Hồng Kông (InvestHK).",
        ),
        (
            "list_item",
            "5. Tháng trước, Tổng Lãnh sự làm việc với Cục Sự vụ Lao động Ma Cao; đề xuất ký bản ghi nhớ về tiếp nhận lao động Việt Nam chưa được phía bạn chấp thuận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Quý I năm sau, phối hợp tổ chức đoàn doanh nghiệp Hồng Kông sang khảo sát hạ tầng các khu công nghiệp; hai bên sẽ tổ chức hội nghị xúc tiến đầu tư tại Thành phố Hồ Chí Minh.",
        ),
        (
            "list_item",
            "2. Tổ chức chương trình giới thiệu văn hóa, du lịch Việt Nam tại Hồng Kông vào tháng 6/2025.",
        ),
        (
            "list_item",
            "3. Cử cán bộ sang Ma Cao làm công tác bảo hộ công dân định kỳ hằng quý.",
        ),
    ],
}

WZC_JOHNLEE = {
    "id": "wzc",
    "shape": "news",
    "date": "2024-08-02",
    "time": "17:45",
    "stamp": "Thứ Sáu, 02/08/2024 - 17:45",
    "tags": [("hong-kong", "Hồng Kông"), ("hop-tac-kinh-te", "Hợp tác kinh tế"), ("rcep", "RCEP")],
    "blocks": [
        ("title", "Trưởng Đặc khu Hồng Kông kết thúc chuyến thăm Việt Nam với 30 văn kiện hợp tác"),
        (
            "paragraph",
            "TP Hồ Chí Minh (TTXVN) – Ngày 2/8, Trưởng Đặc khu hành chính Hồng Kông (Trung Quốc) Lý Gia Siêu kết thúc chuyến thăm và làm việc tại Việt Nam, bắt đầu từ ngày 31/7 theo lời mời của Phó Thủ tướng Trần Lưu Quang.",
        ),
        ("heading", "Hội kiến Chủ tịch nước Tô Lâm", 1),
        (
            "paragraph",
            "Tại Hà Nội, Trưởng Đặc khu đã hội kiến Chủ tịch nước Tô Lâm và cùng Phó Thủ tướng Trần Lưu Quang dự tọa đàm với doanh nghiệp hai bên. Ông Lý Gia Siêu cảm ơn Việt Nam đã ủng hộ Hồng Kông sớm gia nhập Hiệp định Đối tác Kinh tế toàn diện khu vực (RCEP).",
        ),
        (
            "paragraph",
            "Nhân dịp này, các cơ quan và doanh nghiệp hai bên đã trao 8 bản ghi nhớ về thương mại, hàng không và tài chính, trong đó có văn kiện giữa Tổng công ty Hàng không Việt Nam và Cơ quan Quản lý sân bay Hồng Kông.",
        ),
        ("heading", "Thêm 22 văn kiện tại TP Hồ Chí Minh", 1),
        (
            "paragraph",
            "Hôm nay, tại Thành phố Hồ Chí Minh, hai bên ký tiếp 22 bản ghi nhớ trong các lĩnh vực thương mại điện tử, công nghệ, giáo dục và du lịch, nâng tổng số văn kiện được ký trong chuyến thăm lên 30. Tháp tùng Trưởng Đặc khu có khoảng 30 lãnh đạo tập đoàn lớn của Hồng Kông.",
        ),
        (
            "paragraph",
            "Trước khi đến Việt Nam, ông Lý Gia Siêu đã thăm Lào và Cam-pu-chia. Năm 2023, kim ngạch thương mại giữa Việt Nam và Hồng Kông đạt 31,5 tỷ USD; Việt Nam là đối tác thương mại lớn thứ bảy của Hồng Kông và lớn thứ hai trong ASEAN.",
        ),
    ],
}

WZD_PLAN = {
    "id": "wzd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 86/KH-BCT':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường Hồng Kông (Trung Quốc)",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại thị trường Hồng Kông (Trung Quốc) năm 2026"),
        (
            "paragraph",
            "Nhằm tận dụng Hiệp định Thương mại tự do ASEAN – Hồng Kông (AHKFTA), có hiệu lực đối với Việt Nam từ ngày 11/6/2019, và phát huy kết quả chuyến thăm Việt Nam của Trưởng Đặc khu hành chính Hồng Kông (31/7 – 2/8/2024), Bộ Công Thương xây dựng Kế hoạch xúc tiến thương mại tại Hồng Kông năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Hồng Kông là trung tâm tài chính, thương mại và trung chuyển hàng hóa lớn của khu vực; phần lớn hàng hóa Việt Nam nhập vào đặc khu được tái xuất sang Trung Quốc đại lục và các thị trường khác. Năm ngoái, Bộ đã phối hợp với Hội đồng Phát triển Thương mại Hồng Kông (HKTDC) đưa hai đoàn doanh nghiệp sang Hồng Kông, song vẫn chưa mở được văn phòng xúc tiến thương mại tại đây.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, tổ chức khu gian hàng quốc gia Việt Nam tại hội chợ điện tử mùa xuân ở Hồng Kông.",
        ),
        (
            "list_item",
            "2. Đàm phán với phía Hồng Kông, tiến tới ký Bản ghi nhớ về hợp tác thương mại điện tử xuyên biên giới, dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "3. Đề nghị HKTDC hỗ trợ đào tạo kỹ năng tiếp cận thị trường cho doanh nghiệp nhỏ và vừa của Việt Nam.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn khảo sát riêng sang Ma Cao (Trung Quốc) trong năm 2026; nội dung này được lồng ghép vào chương trình công tác tại Hồng Kông.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

WZE_AHKFTA = {
    "id": "wze",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Thương mại tự do ASEAN – Hồng Kông (Trung Quốc)"),
        (
            "paragraph",
            "Hiệp định Thương mại tự do ASEAN – Hồng Kông, Trung Quốc (AHKFTA) là hiệp định thương mại tự do giữa mười nước thành viên ASEAN và Đặc khu hành chính Hồng Kông. Cùng với Hiệp định Đầu tư ASEAN – Hồng Kông (AHKIA), văn kiện được Bộ trưởng Kinh tế các nước ASEAN và Bộ trưởng Thương mại và Phát triển Kinh tế Hồng Kông ký ngày 12/11/2017 tại thành phố Pasay (Phi-líp-pin), bên lề Hội nghị Cấp cao ASEAN lần thứ 31.",
        ),
        ("heading", "Đàm phán", 1),
        (
            "paragraph",
            "Hai bên khởi động đàm phán tháng 7/2014 và kết thúc sau mười phiên vào tháng 9/2017. Đây là hiệp định thương mại tự do thứ sáu của ASEAN với đối tác bên ngoài, sau các hiệp định với Trung Quốc, Hàn Quốc, Nhật Bản, Ấn Độ và Ô-xtrây-li-a – Niu Di-lân. Động lực chính của Hồng Kông là Khu vực Thương mại tự do ASEAN – Trung Quốc không bao gồm đặc khu, dù đặc khu đã ký Thỏa thuận Quan hệ đối tác kinh tế chặt chẽ hơn (CEPA) với Trung Quốc đại lục ngày 29/6/2003.",
        ),
        ("heading", "Hiệu lực", 1),
        (
            "paragraph",
            "Hiệp định có hiệu lực từ ngày 11/6/2019 đối với Hồng Kông, Lào, Mi-an-ma, Xin-ga-po, Thái Lan và Việt Nam; sau đó lần lượt với Ma-lai-xi-a (13/10/2019), Phi-líp-pin (12/5/2020), In-đô-nê-xi-a (4/7/2020) và Bru-nây (20/10/2020). Ngày 12/2/2021, khi Cam-pu-chia hoàn tất thủ tục phê chuẩn, hiệp định có hiệu lực đầy đủ với cả mười một bên.",
        ),
        ("heading", "Cam kết", 1),
        (
            "paragraph",
            "Hồng Kông và Xin-ga-po xóa bỏ thuế quan đối với toàn bộ hàng hóa ngay khi hiệp định có hiệu lực; Việt Nam và In-đô-nê-xi-a xóa bỏ thuế đối với 75% số dòng thuế trong mười năm, còn Cam-pu-chia, Lào và Mi-an-ma được áp dụng lộ trình dài hơn.",
        ),
    ],
}

DOCS = [WZA_HONGKONG, WZB_CONSULATE, WZC_JOHNLEE, WZD_PLAN, WZE_AHKFTA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the consul general's signature at the end."""
    return word_text(doc, 72, ["TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [
        f'<h3 class="subtitle">{b[1]}</h3>' if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]
    ]
    tags = "".join(f'<li><a href="/tag/{slug}">{name}</a></li>' for slug, name in doc["tags"])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Kinh tế</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T{doc["time"]}:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li>'
        '<li><a href="/the-gioi">Thế giới</a></li></ul></nav>\n'
        f'<article class="detail">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        f'<ul class="tags">{tags}</ul>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam. Ghi rõ nguồn khi phát hành lại.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the minister's signature at the right."""
    tail = [
        f"{'Nơi nhận:':<48}BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao (để phối hợp);':<50}(đã ký)",
        "- Cục Xúc tiến thương mại;",
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
        prefix="wz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
