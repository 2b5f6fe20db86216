"""Build the forty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout41/build_heldout41.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout38, on topics those sets do not use (Vietnam – Nicaragua, Cần Thơ's
external affairs in 2024 with UNICEF and UNFPA, the election of Nicaragua's Miguel d'Escoto Brockmann as
President of the 63rd UN General Assembly on 4/6/2008, a ministry plan for 30 years of Vietnam's
ratification of the Convention on the Rights of the Child, an encyclopedia entry on the Treaty of
Chaguaramas). Nothing in src/ was changed for them. Facts are well-established; authors, journal, page
numbers, document numbers, the city report's local items and all quoted words are invented, the ministry
plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by hand;
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
    paged_journal,
    word_text,
)

ZCA_NICARAGUA = {
    "id": "zca",
    "shape": "journal",
    "header": "Tạp chí Châu Mỹ ngày nay, số 9 (2024)",
    "first_page": 61,
    "break_after": 6,
    "blocks": [
        ("title", "VIỆT NAM – NI-CA-RA-GOA: 45 NĂM ĐOÀN KẾT VÀ NHỮNG THÁCH THỨC HỢP TÁC"),
        ("author", "Phan Thị Thu Trang"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Ni-ca-ra-goa từ năm 1979 và gợi mở một số hướng hợp tác.",
            "vi",
        ),
        ("keywords", "Ni-ca-ra-goa; Trung Mỹ; SICA; ALBA", "vi"),
        ("heading", "1. Từ thắng lợi của cách mạng Sandino", 1),
        (
            "paragraph",
            "Ngày 19/7/1979, Mặt trận Dân tộc Giải phóng Sandino (FSLN) lật đổ chế độ Somoza; chưa đầy hai tháng sau, ngày 3/9/1979, quan hệ ngoại giao giữa Việt Nam và Ni-ca-ra-goa được chính thức thiết lập (Hoàng Minh Đức, 2019, tr. 88). Phán quyết ngày 27/6/1986 của Tòa án Công lý Quốc tế (ICJ) trong vụ Ni-ca-ra-goa kiện Mỹ và Hiệp định Esquipulas II (1987) ký cùng bốn nước Trung Mỹ là những thắng lợi lớn của nước bạn trong những năm bị bao vây.",
        ),
        ("heading", "2. Những bước thăng trầm", 1),
        (
            "paragraph",
            "Trở lại cương vị Tổng thống ngày 10/1/2007, ông Daniel Ortega đưa Ni-ca-ra-goa gia nhập Liên minh Bô-li-va vì các dân tộc châu Mỹ (ALBA) ngay trong năm đó. Là thành viên Hệ thống Hội nhập Trung Mỹ (SICA), nước này cũng tham gia sáng lập Cộng đồng các quốc gia Mỹ Latinh và Ca-ri-bê (CELAC) năm 2011, còn tháng 11/2023 thì chính thức rời Tổ chức các quốc gia châu Mỹ (OAS).",
        ),
        ("heading", "3. Hợp tác trong bối cảnh mới", 1),
        (
            "paragraph",
            "Hai bên phối hợp chặt chẽ tại Liên hợp quốc và Phong trào Không liên kết; ngày 16/10/2007, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008 – 2009 với 183/190 phiếu. Tuy vậy, thương mại song phương còn nhỏ và hai nước chưa có hiệp định thương mại tự do (Lưu Văn Quyết, 2021). Chúng tôi cho rằng Ni-ca-ra-goa có thể là “cửa ngõ vào thị trường Trung Mỹ” (Đinh Thị Hạnh, 2022, tr. 31); hai nước nên sớm khởi động đàm phán một hiệp định khung về hợp tác kinh tế.",
        ),
    ],
}

ZCB_CANTHO = {
    "id": "zcb",
    "shape": "word",
    "head": [
        "UBND THÀNH PHỐ CẦN THƠ",
        "SỞ NGOẠI VỤ",
        "Số: 412/BC-SNgV",
        "Cần Thơ, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác ngoại vụ năm 2024, phương hướng, nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác ngoại vụ năm 2024, phương hướng, nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 3/2024, Quỹ Nhi đồng Liên hợp quốc (UNICEF) bàn giao cho thành phố 12 hệ thống lọc nước và nhà vệ sinh tại các trường tiểu học huyện Thới Lai, Cờ Đỏ, trị giá gần 6 tỷ đồng.",
        ),
        (
            "list_item",
            "2. Với sự tài trợ của Quỹ Dân số Liên hợp quốc (UNFPA), Sở Y tế tiếp tục nhân rộng mô hình chăm sóc người cao tuổi dựa vào cộng đồng; kinh phí năm nay tăng gần gấp đôi so với năm ngoái.",
        ),
        (
            "list_item",
            "3. Ngày 12 – 13/9/2024, Trưởng Đại diện UNFPA tại Việt Nam thăm và làm việc với thành phố; phía bạn cam kết duy trì tài trợ cho mô hình này đến hết năm 2026.",
        ),
        (
            "list_item",
            "4. Tháng trước, Sở phối hợp với Bộ Ngoại giao đón đoàn Đại sứ Cu-ba, Mê-hi-cô và Bra-xin đến tìm hiểu tiềm năng hợp tác nông nghiệp của vùng đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "5. Chương trình xúc tiến xuất khẩu gạo sang các nước thành viên Hệ thống Hội nhập Trung Mỹ (SICA) chưa triển khai được do chưa tìm được đối tác nhập khẩu.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phấn đấu trong quý I ký với UNICEF văn kiện dự án bảo vệ trẻ em trên môi trường mạng giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "2. Dự kiến tháng 5 năm tới, lãnh đạo thành phố sẽ dẫn đoàn doanh nghiệp sang xúc tiến thương mại tại Cu-ba và Cộng hòa Đô-mi-ni-ca-na.",
        ),
    ],
}

ZCC_ESCOTO = {
    "id": "zcc",
    "shape": "news",
    "date": "2008-06-04",
    "stamp": "Thứ Tư, 04/06/2008 - 23:15",
    "blocks": [
        ("title", "Cựu Ngoại trưởng Ni-ca-ra-goa làm Chủ tịch Đại hội đồng Liên hợp quốc khóa 63"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 4/6, Đại hội đồng Liên hợp quốc đã bầu ông Miguel d'Escoto Brockmann, nguyên Bộ trưởng Ngoại giao Ni-ca-ra-goa, làm Chủ tịch khóa họp thứ 63, thay ông Srgjan Kerim của Ma-xê-đô-ni-a.",
        ),
        ("heading", "Gương mặt quen thuộc của Mỹ Latinh", 1),
        (
            "paragraph",
            "Là linh mục Công giáo, ông d'Escoto điều hành ngành ngoại giao nước mình trong suốt thời kỳ Mặt trận Sandino cầm quyền (1979 – 1990). Phát biểu sau khi trúng cử, ông cam kết sẽ “đưa tiếng nói của các nước nghèo vào trung tâm nghị trường”. Khóa họp sẽ khai mạc ngày 16/9 tới.",
        ),
        ("heading", "Việt Nam tại Hội đồng Bảo an", 1),
        (
            "paragraph",
            "Trúng cử ngày 16/10 năm ngoái với 183/190 phiếu, Việt Nam đang là Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008 – 2009 và theo thứ tự luân phiên sẽ đảm nhiệm cương vị Chủ tịch Hội đồng trong tháng 7 tới. Cùng ngồi tại Hội đồng năm nay có hai nước Trung Mỹ là Cô-xta Ri-ca và Pa-na-ma. Việt Nam và Ni-ca-ra-goa, hai nước có quan hệ ngoại giao từ năm 1979, vẫn giữ mối quan hệ đoàn kết truyền thống.",
        ),
    ],
}

ZCD_CRC = {
    "id": "zcd",
    "shape": "decision",
    "head": [
        f"{'BỘ LAO ĐỘNG - THƯƠNG BINH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VÀ XÃ HỘI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 214/KH-LĐTBXH':<40}Hà Nội, ngày 15 tháng 01 năm 2020",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tổ chức các hoạt động kỷ niệm 30 năm Việt Nam phê chuẩn",
        "Công ước của Liên hợp quốc về quyền trẻ em",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tổ chức các hoạt động kỷ niệm 30 năm Việt Nam phê chuẩn Công ước của Liên hợp quốc về quyền trẻ em",
        ),
        ("heading", "I. CĂN CỨ", 1),
        (
            "paragraph",
            "Công ước của Liên hợp quốc về quyền trẻ em được Đại hội đồng Liên hợp quốc thông qua ngày 20/11/1989. Tháng 2/1990, Việt Nam phê chuẩn Công ước, là nước thứ hai trên thế giới, chỉ sau Ga-na; năm 2001, nước ta tiếp tục phê chuẩn hai Nghị định thư không bắt buộc kèm theo.",
        ),
        ("heading", "II. NỘI DUNG HOẠT ĐỘNG", 1),
        (
            "list_item",
            "1. Phối hợp với Quỹ Nhi đồng Liên hợp quốc (UNICEF) tổ chức hội thảo quốc tế đánh giá 30 năm thực hiện Công ước tại Hà Nội vào tháng 11 năm nay; UNICEF dự kiến tài trợ toàn bộ kinh phí hội thảo.",
        ),
        (
            "list_item",
            "2. Nhân dịp Việt Nam đảm nhiệm cương vị Chủ tịch ASEAN năm 2020, Bộ sẽ chia sẻ kinh nghiệm tại Ủy ban ASEAN về thúc đẩy và bảo vệ quyền của phụ nữ và trẻ em (ACWC), cơ chế được khánh thành tại Hà Nội ngày 7/4/2010.",
        ),
        (
            "list_item",
            "3. Đề nghị UNICEF và Quỹ Dân số Liên hợp quốc (UNFPA) tiếp tục hỗ trợ kỹ thuật cho việc xây dựng báo cáo quốc gia định kỳ gửi Ủy ban Quyền trẻ em của Liên hợp quốc.",
        ),
    ],
}

ZCE_CHAGUARAMAS = {
    "id": "zce",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Chaguaramas"),
        (
            "paragraph",
            "Hiệp ước Chaguaramas là văn kiện thành lập Cộng đồng Ca-ri-bê (CARICOM), được Thủ tướng bốn nước Bác-ba-đốt, Gai-a-na, Gia-mai-ca và Tri-ni-đát và Tô-ba-gô ký tại Chaguaramas ngày 4/7/1973 và có hiệu lực từ ngày 1/8/1973. Cộng đồng kế thừa Hiệp hội Mậu dịch tự do Ca-ri-bê (CARIFTA), hoạt động từ năm 1968.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Trước đó, ngày 8/12/1972, chính bốn quốc gia này đã đồng loạt thiết lập quan hệ ngoại giao với Cu-ba, bất chấp chính sách cô lập La Habana của Tổ chức các quốc gia châu Mỹ (OAS).",
        ),
        ("heading", "Mở rộng và sửa đổi", 1),
        (
            "paragraph",
            "Ba-ha-mát gia nhập năm 1983 nhưng không tham gia thị trường chung; Xu-ri-nam được kết nạp năm 1995, Ha-i-ti trở thành thành viên đầy đủ năm 2002. Hiệp ước sửa đổi, ký tại Nassau ngày 5/7/2001, mở đường cho Thị trường và Nền kinh tế chung CARICOM (CSME).",
        ),
        ("heading", "Liên hệ với Việt Nam", 1),
        (
            "paragraph",
            "Công ước Liên hợp quốc về Luật Biển được mở ký tại Montego Bay (Gia-mai-ca) ngày 10/12/1982 và Việt Nam đã ký ngay trong ngày đó; Cơ quan quyền lực đáy đại dương quốc tế (ISA) do Công ước lập ra đặt trụ sở tại Kingston.",
        ),
    ],
}

DOCS = [ZCA_NICARAGUA, ZCB_CANTHO, ZCC_ESCOTO, ZCD_CRC, ZCE_CHAGUARAMAS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: front matter from heldout_kit (title at 44 columns, labels at
    70), body at 70 columns, a blank line after headings; after ``break_after`` body lines (mid-sentence)
    the page number flush left, a form feed and the running header; the last page ends with its number."""
    return paged_journal(doc, 44, 70, 70, indent=0)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 78 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 78, ["TUQ. CHỦ TỊCH UBND THÀNH PHỐ", "GIÁM ĐỐC SỞ NGOẠI VỤ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta> date, a header menu, <h1 class="title">, a date div, the lead (with its dateline)
    in <div class="sapo">, <h2> subheads, <p> paragraphs, a related-links list, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"<h2>{b[1]}</h2>" if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="pubdate" content="{doc["date"]}">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        '<header><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/quoc-te">Quốc tế</a></li></ul></header>\n'
        f'<div class="detail">\n<h1 class="title">{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<div class="sapo">{lead}</div>\n' + "\n".join(body) + "\n"
        '<ul class="related"><li><a href="/lhq">Tin liên quan: Hội đồng Bảo an họp phiên mở</a></li></ul>\n'
        "</div>\n<footer>© Báo điện tử Tin tức</footer>\n</body>\n</html>\n"
    )


def render_decision(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 80
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    tail = [
        f"{'Nơi nhận:':<48}KT. BỘ TRƯỞNG",
        f"{'- Bộ Ngoại giao;':<48}THỨ TRƯỞNG",
        f"{'- UNICEF, UNFPA tại Việt Nam;':<52}(đã ký)",
        "- Lưu: VT, Cục TE.",
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
            "decision": render_decision,
            "entry": entry_text,
        },
        prefix="zc",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
