"""Build the seventieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout70/build_heldout70.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
topics those sets do not use as a main topic (Vietnam – Costa Rica in multilateral diplomacy, Lai
Châu's external affairs in 2024, Costa Rica's accession to the OECD on 25/5/2021, a (fictitious)
Ministry of Agriculture and Environment plan for forestry cooperation with Costa Rica in 2026, an
encyclopedia entry on the Central American Integration System). Nothing in src/ was changed for them.
Facts are well-established; authors, journal, page numbers, document numbers, the provincial report's
local items and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
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

XVA_COSTARICA = {
    "id": "xva",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TRUNG MỸ – Số 4 (2025)",
    "first_page": 93,
    "break_after": 8,
    "blocks": [
        ("title", "VIỆT NAM – CÔ-XTA RI-CA: NHỮNG ĐIỂM GẶP GỠ TRONG CHÍNH SÁCH ĐỐI NGOẠI ĐA PHƯƠNG"),
        ("author", "Lại Thị Hồng Nhung"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ"),
        (
            "abstract",
            "Bài viết phân tích điểm tương đồng trong đối ngoại đa phương của Việt Nam và Costa Rica.",
            "vi",
        ),
        ("keywords", "Costa Rica; Hội đồng Bảo an; giải trừ hạt nhân; CPTPP", "vi"),
        ("heading", "1. Một quốc gia không có quân đội", 1),
        (
            "paragraph",
            "Bãi bỏ quân đội từ năm 1948, Costa Rica coi luật pháp quốc tế là trụ cột đối ngoại. Kế hoạch hòa bình của Tổng thống Óscar Arias là cơ sở để năm nước Trung Mỹ ký Hiệp định Esquipulas II ngày 7/8/1987; cùng năm đó, ông được trao giải Nobel Hòa bình (Đoàn Minh Châu, 2017, tr. 58). Ngày 1/6/2007, San José thiết lập quan hệ ngoại giao với Trung Quốc.",
        ),
        ("heading", "2. Đồng hành tại Liên hợp quốc", 1),
        (
            "paragraph",
            "Ngày 16/10/2007, Đại hội đồng Liên hợp quốc bầu Việt Nam và Costa Rica làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008 – 2009; riêng Việt Nam nhận được 183/190 phiếu. Suốt hai năm đó, hai phái đoàn phối hợp chặt chẽ trong các vấn đề giải trừ quân bị và bảo vệ dân thường (Tô Hải Yến, 2020). Năm 2017, hội nghị Liên hợp quốc do Đại sứ Costa Rica Elayne Whyte Gómez làm Chủ tịch đã thông qua Hiệp ước Cấm vũ khí hạt nhân; Việt Nam ký Hiệp ước ngay trong tháng 9/2017 và phê chuẩn ngày 17/5/2018.",
        ),
        ("heading", "3. Triển vọng hợp tác", 1),
        (
            "paragraph",
            "Ngày 25/5/2021, Costa Rica trở thành thành viên thứ 38 của Tổ chức Hợp tác và Phát triển Kinh tế (OECD). Tháng 8/2022, nước này nộp đơn xin gia nhập Hiệp định CPTPP; tháng 11/2024, các thành viên CPTPP, trong đó có Việt Nam, nhất trí khởi động tiến trình gia nhập của Costa Rica. Phía bạn “đánh giá cao kinh nghiệm hội nhập của Việt Nam” (Mai Quốc Bảo, 2024, tr. 131). Ta cần ủng hộ Costa Rica trong tiến trình này và sớm ký với bạn một bản ghi nhớ về hợp tác nông nghiệp.",
        ),
    ],
}

XVB_LAICHAU = {
    "id": "xvb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
        "SỞ NGOẠI VỤ",
        "Số: 187/BC-SNgV",
        "Lai Châu, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại năm 2024, nhiệm vụ trọng tâm năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại năm 2024, nhiệm vụ trọng tâm năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị, hợp tác với châu Hồng Hà, tỉnh Vân Nam (Trung Quốc) tiếp tục được củng cố. Trong tháng 3, hai bên tổ chức hội đàm tại Cửa khẩu Ma Lù Thàng, thống nhất phối hợp quản lý biên giới và tạo thuận lợi cho thông quan nông sản.",
        ),
        (
            "list_item",
            "2. Trong tháng 6, tỉnh đón đoàn công tác của Bộ Môi trường và Năng lượng Cô-xta Ri-ca sang trao đổi kinh nghiệm về chi trả dịch vụ môi trường rừng tại huyện Mường Tè; hai bên thống nhất nghiên cứu thiết lập quan hệ hợp tác giữa Khu bảo tồn thiên nhiên Mường Tè với Vườn quốc gia Corcovado của bạn.",
        ),
        (
            "list_item",
            "3. Tháng 9, Đại sứ Cu-ba tại Việt Nam đã đến thăm và làm việc với lãnh đạo tỉnh, tìm hiểu khả năng hợp tác trong lĩnh vực y tế.",
        ),
        (
            "list_item",
            "4. Dự án cải tạo, nâng cấp đường giao thông liên xã huyện Phong Thổ, sử dụng vốn vay Ngân hàng Phát triển châu Á (ADB), đã hoàn thành khoảng 70% khối lượng; dự án nâng cao sinh kế cho đồng bào dân tộc thiểu số huyện Sìn Hồ do Chương trình Phát triển Liên hợp quốc (UNDP) tài trợ đã kết thúc và bàn giao cho địa phương.",
        ),
        (
            "list_item",
            "5. Chương trình xúc tiến du lịch tại Hàn Quốc chưa tổ chức được do điều chỉnh kế hoạch, chuyển sang năm 2025.",
        ),
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3/2025, tổ chức hội đàm định kỳ với châu Hồng Hà tại Cửa khẩu Ma Lù Thàng.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Nông nghiệp và Phát triển nông thôn xây dựng dự thảo Biên bản ghi nhớ hợp tác giữa Khu bảo tồn thiên nhiên Mường Tè và Vườn quốc gia Corcovado (Cô-xta Ri-ca), phấn đấu ký trong năm 2025.",
        ),
        (
            "list_item",
            "3. Tổ chức chương trình xúc tiến du lịch tại Xơ-un (Hàn Quốc) vào tháng 5/2025.",
        ),
    ],
}

XVC_OECD = {
    "id": "xvc",
    "shape": "news",
    "date": "2021-05-26",
    "stamp": "Thứ Tư, 26/05/2021 - 08:40",
    "section": ("/quoc-te", "Quốc tế"),
    "tags": [("/tag/costa-rica", "Cô-xta Ri-ca"), ("/tag/oecd", "OECD")],
    "blocks": [
        ("title", "Cô-xta Ri-ca trở thành thành viên thứ 38 của OECD"),
        (
            "paragraph",
            "Pa-ri (TTXVN) – Ngày 25/5, Cô-xta Ri-ca đã nộp văn kiện gia nhập cho Chính phủ Pháp, cơ quan lưu chiểu Công ước OECD, qua đó chính thức trở thành thành viên thứ 38 của Tổ chức Hợp tác và Phát triển Kinh tế.",
        ),
        ("heading", "Sáu năm đàm phán", 1),
        (
            "paragraph",
            "Các nước thành viên OECD đã nhất trí mời Cô-xta Ri-ca gia nhập từ tháng 5 năm ngoái, khép lại tiến trình đàm phán bắt đầu từ năm 2015, trong đó 22 ủy ban chuyên môn của tổ chức lần lượt đánh giá chính sách của nước này. Tổng thư ký Angel Gurría, người sẽ rời nhiệm sở vào cuối tháng này, cho rằng việc gia nhập là kết quả của những cải cách sâu rộng.",
        ),
        (
            "paragraph",
            "Người kế nhiệm ông, cựu Bộ trưởng Tài chính Ô-xtrây-li-a Mathias Cormann, được các nước thành viên lựa chọn hồi tháng 3 và sẽ nhậm chức từ ngày 1/6.",
        ),
        ("heading", "Thành viên Mỹ Latinh thứ tư", 1),
        (
            "paragraph",
            "Cô-xta Ri-ca là nước Mỹ Latinh thứ tư gia nhập OECD, sau Mê-hi-cô (1994), Chi-lê (2010) và Cô-lôm-bi-a, nước được kết nạp hồi tháng 4 năm ngoái. Bra-xin, Ác-hen-ti-na và Pê-ru cũng đã đề nghị được gia nhập tổ chức có trụ sở tại Pa-ri này.",
        ),
        (
            "paragraph",
            "Việt Nam không phải là thành viên OECD, song tham gia tích cực Chương trình khu vực Đông Nam Á của tổ chức.",
        ),
    ],
}

XVD_PLAN = {
    "id": "xvd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 37/KH-BNNMT':<40}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Cô-xta Ri-ca về lâm nghiệp",
        "và chi trả dịch vụ môi trường rừng năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Cô-xta Ri-ca về lâm nghiệp và chi trả dịch vụ môi trường rừng năm 2026",
        ),
        (
            "paragraph",
            "Để cụ thể hóa kết quả làm việc với đoàn Bộ Môi trường và Năng lượng Cô-xta Ri-ca hồi tháng 10 năm ngoái, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Cô-xta Ri-ca triển khai chương trình chi trả dịch vụ môi trường từ năm 1997 và đã phục hồi độ che phủ rừng lên hơn một nửa diện tích lãnh thổ. Chính sách chi trả dịch vụ môi trường rừng của Việt Nam được thí điểm từ năm 2008 tại Lâm Đồng và Sơn La trước khi áp dụng trên toàn quốc. Nước bạn đang trong tiến trình gia nhập CPTPP, khởi động từ tháng 11/2024 với sự ủng hộ của Việt Nam. Hai nước chưa ký văn bản hợp tác nào trong lĩnh vực lâm nghiệp.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong tháng 5, cử đoàn công tác do một Thứ trưởng dẫn đầu sang San Hô-xê làm việc với Bộ Môi trường và Năng lượng và Quỹ Tài chính lâm nghiệp quốc gia (FONAFIFO) của Cô-xta Ri-ca.",
        ),
        (
            "list_item",
            "2. Đàm phán Bản ghi nhớ hợp tác về lâm nghiệp và chi trả dịch vụ hệ sinh thái, phấn đấu ký nhân chuyến thăm Việt Nam của Bộ trưởng Môi trường và Năng lượng Cô-xta Ri-ca, dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "3. Đề nghị phía bạn đào tạo cán bộ về giám sát rừng bằng viễn thám.",
        ),
        (
            "list_item",
            "4. Phối hợp với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) tổ chức hội thảo hợp tác Nam – Nam giữa hai nước tại Hà Nội.",
        ),
        (
            "list_item",
            "5. Chưa đề xuất nội dung hợp tác về thủy sản với phía Cô-xta Ri-ca trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

XVE_SICA = {
    "id": "xve",
    "shape": "entry",
    "blocks": [
        ("title", "Hệ thống Hội nhập Trung Mỹ"),
        (
            "paragraph",
            "Hệ thống Hội nhập Trung Mỹ (SICA) là khuôn khổ hợp tác và hội nhập khu vực của các nước Trung Mỹ, được lập ra theo Nghị định thư Tegucigalpa ký ngày 13/12/1991. Văn kiện này sửa đổi Hiến chương của Tổ chức các quốc gia Trung Mỹ (ODECA), tổ chức ra đời năm 1951. SICA chính thức hoạt động từ ngày 1/2/1993, Tổng Ban thư ký đặt tại San Xan-va-đo.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Nghị định thư được ký bởi Cô-xta Ri-ca, En Xan-va-đo, Goa-tê-ma-la, Hôn-đu-rát, Ni-ca-ra-goa và Pa-na-ma. Bê-li-xê gia nhập năm 2000; Cộng hòa Đô-mi-ni-ca trở thành thành viên đầy đủ năm 2013. Mê-hi-cô và Tây Ban Nha có tư cách quan sát viên.",
        ),
        ("heading", "Thể chế", 1),
        (
            "paragraph",
            "Các cơ quan chính gồm Hội nghị cấp cao các Tổng thống, Hội đồng Bộ trưởng Ngoại giao, Nghị viện Trung Mỹ (PARLACEN) đặt tại thành phố Goa-tê-ma-la và Tòa án Trung Mỹ đặt tại Ma-na-goa. Chức Chủ tịch luân phiên của Hệ thống được chuyển giao sáu tháng một lần giữa các nước thành viên. Cô-xta Ri-ca chưa bao giờ tham gia PARLACEN.",
        ),
        ("heading", "Quan hệ đối ngoại", 1),
        (
            "paragraph",
            "Ngày 29/6/2012, tại Tegucigalpa, sáu nước Trung Mỹ ký Hiệp định liên kết với Liên minh châu Âu (EU); trụ cột thương mại của Hiệp định được áp dụng tạm thời từ năm 2013.",
        ),
        (
            "paragraph",
            "Việt Nam chưa thiết lập cơ chế đối thoại chính thức với SICA nhưng có quan hệ ngoại giao với nhiều nước thành viên, trong đó quan hệ với Ni-ca-ra-goa được thiết lập ngày 3/9/1979.",
        ),
    ],
}

DOCS = [XVA_COSTARICA, XVB_LAICHAU, XVC_OECD, XVD_PLAN, XVE_SICA]


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
    href, label = doc["section"]
    tags = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in doc["tags"])
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | {label}</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T08:40:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li>'
        f'<li><a href="{href}">{label}</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>\n'
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
        prefix="xv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
