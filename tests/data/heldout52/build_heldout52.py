"""Build the fifty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout52/build_heldout52.py [--check]

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, heldout2 ... heldout46, on topics those sets do not use as their main subject (the
United Nations and East Timor's road to independence 1975 – 2002: the 1999 referendum, INTERFET and
UNTAET; Bình Thuận's external affairs in 2024; the opening of the 47th ASEAN Summit in Kuala Lumpur on
26/10/2025; a Ministry of Agriculture and Environment plan for agricultural cooperation with
Timor-Leste in 2026; an encyclopedia entry on the CPLP). Vietnam – Timor-Leste relations as such were
heldout15's topic, hence these neighbouring subjects. Nothing in src/ was read or changed for them.
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
    official_text,
    paged_body,
    word_text,
)

ZNA_UNTAET = {
    "id": "zna",
    "shape": "journal",
    "header": "Nghiên cứu Đông Nam Á – Số 10/2025",
    "first_page": 61,
    "break_after": 6,
    "blocks": [
        ("title", "LIÊN HỢP QUỐC VÀ TIẾN TRÌNH ĐỘC LẬP CỦA ĐÔNG TIMOR"),
        ("author", "Vũ Thị Lan Phương"),
        ("affiliation", "Học viện Ngoại giao"),
        ("abstract", "Vai trò của Liên hợp quốc ở Đông Timor.", "vi"),
        ("keywords", "Đông Timor; UNTAET; Liên hợp quốc", "vi"),
        ("heading", "1. Vùng lãnh thổ bị lãng quên", 1),
        (
            "paragraph",
            "Ngày 7/12/1975, chín ngày sau khi FRETILIN tuyên bố độc lập, quân đội In-đô-nê-xi-a đổ bộ lên Đi-li. Ngay trong tháng đó, Hội đồng Bảo an yêu cầu Gia-các-ta rút quân, song lời kêu gọi ấy không được thực hiện và vùng lãnh thổ bị sáp nhập vào nước này (Hoàng Văn Tùng, 2010, tr. 27). Bước ngoặt đến ngày 5/5/1999, khi In-đô-nê-xi-a và Bồ Đào Nha, chính quốc cũ của Đông Timor, ký tại New York các thỏa thuận giao cho Liên hợp quốc tổ chức cuộc tham vấn dân ý.",
        ),
        ("heading", "2. Từ lá phiếu đến UNTAET", 1),
        (
            "paragraph",
            "Trong cuộc bỏ phiếu ngày 30/8/1999, 78,5% cử tri bác bỏ quy chế tự trị đặc biệt. Bạo lực bùng phát sau đó buộc Hội đồng Bảo an, ngày 15/9/1999, cho phép triển khai Lực lượng quốc tế tại Đông Timor (INTERFET) do Ô-xtrây-li-a dẫn đầu. Tháng sau, Quốc hội Hiệp thương Nhân dân In-đô-nê-xi-a công nhận kết quả tham vấn. Ngày 25/10/1999, theo Nghị quyết 1272, Phái bộ Quản lý chuyển tiếp của Liên hợp quốc tại Đông Timor (UNTAET) được thành lập; người đứng đầu phái bộ, nhà ngoại giao Sergio Vieira de Mello, được ví như “vị toàn quyền cuối cùng của một thuộc địa” (Lê Minh Khôi, 2018, tr. 112).",
        ),
        ("heading", "3. Một quốc gia mới", 1),
        (
            "paragraph",
            "Ngày 20/5/2002, Timor-Leste độc lập; UNTAET được thay thế bằng Phái bộ hỗ trợ của Liên hợp quốc (UNMISET). Ngày 27/9 cùng năm, nước này trở thành thành viên thứ 191 của Liên hợp quốc. Việt Nam, vốn sớm ủng hộ nhân dân Đông Timor, thiết lập quan hệ ngoại giao với Timor-Leste ngày 28/7/2002. Khi đó ta chưa cử lực lượng tham gia các phái bộ gìn giữ hòa bình; phải đến năm 2014, sĩ quan Việt Nam đầu tiên mới đến Nam Xu-đăng làm nhiệm vụ (Nguyễn Thị Hồng Nhung, 2022).",
        ),
    ],
}

ZNB_BINHTHUAN = {
    "id": "znb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN",
        "SỞ NGOẠI VỤ",
        "Số: 215/BC-SNgV",
        "Bình Thuận, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại năm 2024, phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Quan hệ hữu nghị giữa tỉnh ta và tỉnh Xê-kông (Lào) tiếp tục được duy trì. Tháng 9/2024, đoàn đại biểu tỉnh bạn do Phó Tỉnh trưởng dẫn đầu đã sang thăm, làm việc tại Phan Thiết; hai bên ký Biên bản thỏa thuận hợp tác giai đoạn 2024 – 2028.",
        ),
        (
            "list_item",
            "2. Được Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) hỗ trợ kỹ thuật, dự án nâng cao giá trị chuỗi thanh long tại huyện Hàm Thuận Nam với tổng vốn khoảng 2,3 triệu USD tiếp tục được triển khai.",
        ),
        (
            "list_item",
            "3. Tháng trước, Đại sứ Timor-Leste tại Việt Nam đã đến thăm và làm việc với lãnh đạo tỉnh; phía bạn mong muốn học hỏi kinh nghiệm nuôi trồng thủy sản và khai thác hải sản xa bờ của ngư dân Bình Thuận.",
        ),
        (
            "list_item",
            "4. Tỉnh tiếp nhận 12 tấn hàng cứu trợ do Hội Chữ thập đỏ Hàn Quốc trao tặng cho ngư dân bị thiệt hại sau bão. Tuy nhiên, chương trình đào tạo nghề với tỉnh Gyeongsangbuk (Hàn Quốc) vẫn chưa được ký kết do phía bạn thay đổi nhân sự.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Trong tháng 3 năm sau, tổ chức đoàn lãnh đạo tỉnh sang thăm tỉnh Xê-kông, bàn giao ngôi trường tiểu học do tỉnh tài trợ xây dựng.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao đón đoàn doanh nghiệp Timor-Leste đến khảo sát mô hình sản xuất tôm giống theo đề nghị của nước này.",
        ),
        (
            "list_item",
            "3. Đề nghị JICA xem xét gia hạn dự án thanh long đến hết năm 2026.",
        ),
    ],
}

ZNC_ASEAN47 = {
    "id": "znc",
    "shape": "news",
    "date": "2025-10-26",
    "stamp": "Chủ nhật, 26/10/2025 - 15:20",
    "blocks": [
        ("title", "Khai mạc Hội nghị Cấp cao ASEAN lần thứ 47: Timor-Leste chính thức gia nhập"),
        (
            "paragraph",
            "Cu-a-la Lăm-pơ (TTXVN) – Ngày 26/10, Hội nghị Cấp cao ASEAN lần thứ 47 đã khai mạc tại thủ đô của Ma-lai-xi-a, nước Chủ tịch ASEAN năm 2025, dưới sự chủ trì của Thủ tướng Anwar Ibrahim. Thủ tướng Phạm Minh Chính dẫn đầu Đoàn đại biểu cấp cao Việt Nam tham dự hội nghị.",
        ),
        ("heading", "Ngôi nhà chung có thêm thành viên", 1),
        (
            "paragraph",
            "Ngay tại lễ khai mạc, lãnh đạo các nước ASEAN đã ký Tuyên bố về việc kết nạp Timor-Leste, đưa nước này trở thành thành viên thứ 11 của Hiệp hội, hơn 14 năm sau khi Đi-li nộp đơn xin gia nhập. Xúc động phát biểu, Thủ tướng Xanana Gusmão nói “ước mơ của cả một dân tộc hôm nay đã thành hiện thực”.",
        ),
        (
            "paragraph",
            "Chúc mừng nước thành viên mới, Thủ tướng Phạm Minh Chính khẳng định Việt Nam sẵn sàng chia sẻ kinh nghiệm hội nhập với Timor-Leste.",
        ),
        ("heading", "Hòa bình trên biên giới Thái Lan – Cam-pu-chia", 1),
        (
            "paragraph",
            "Cũng trong ngày, với sự chứng kiến của Tổng thống Mỹ Donald Trump và chủ nhà Anwar Ibrahim, Thủ tướng Thái Lan Anutin Charnvirakul và Thủ tướng Cam-pu-chia Hun Manet đã ký tuyên bố chung về hòa bình giữa hai nước, sau cuộc xung đột biên giới hồi tháng 7 làm hàng chục người thiệt mạng.",
        ),
        (
            "paragraph",
            "Phi-líp-pin sẽ đảm nhận vai trò Chủ tịch ASEAN năm tới.",
        ),
    ],
}

ZND_PLAN = {
    "id": "znd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<38}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'-------':<38}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 112/KH-BNNMT':<38}Hà Nội, ngày 09 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Triển khai hợp tác nông nghiệp với Cộng hòa Dân chủ Timor-Leste",
        "năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Triển khai hợp tác nông nghiệp với Cộng hòa Dân chủ Timor-Leste năm 2026",
        ),
        (
            "paragraph",
            "Nhằm hỗ trợ Timor-Leste, nước được kết nạp làm thành viên thứ 11 của ASEAN ngày 26/10/2025, thực hiện các cam kết trong khuôn khổ Hiệp hội, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch triển khai hợp tác nông nghiệp với nước bạn năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH HỢP TÁC", 1),
        (
            "paragraph",
            "Thời gian qua, Bộ đã nhiều lần cử chuyên gia sang giúp bạn xây dựng các mô hình thâm canh lúa, ngô tại Ba-u-cau và Ma-li-a-na; gạo Việt Nam chiếm phần lớn lượng gạo nhập khẩu của Timor-Leste. Tuy vậy, hai bên chưa ký kết hiệp định hợp tác song phương trong lĩnh vực nông nghiệp.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, đón Bộ trưởng Nông nghiệp Timor-Leste sang thăm và làm việc tại Việt Nam; hai bên dự kiến ký Bản ghi nhớ hợp tác về trồng trọt và thủy sản nhân chuyến thăm.",
        ),
        (
            "list_item",
            "2. Cử 10 chuyên gia thủy lợi sang Timor-Leste giúp phía bạn xây dựng hệ thống tưới quy mô nhỏ, bằng nguồn viện trợ không hoàn lại của Chính phủ Việt Nam.",
        ),
        (
            "list_item",
            "3. Cùng Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) xây dựng dự án hợp tác ba bên Việt Nam – FAO – Timor-Leste, trình lãnh đạo Bộ trong tháng 6.",
        ),
        (
            "list_item",
            "4. Chưa đặt vấn đề mở văn phòng xúc tiến thương mại nông sản tại Đi-li trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

ZNE_CPLP = {
    "id": "zne",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng các nước nói tiếng Bồ Đào Nha"),
        (
            "paragraph",
            "Cộng đồng các nước nói tiếng Bồ Đào Nha (Comunidade dos Países de Língua Portuguesa, viết tắt CPLP) là tổ chức liên chính phủ của các quốc gia dùng tiếng Bồ Đào Nha làm ngôn ngữ chính thức, có trụ sở tại Li-xbon.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Tổ chức được thành lập ngày 17/7/1996 tại Li-xbon bởi bảy nước: Bồ Đào Nha, Bra-xin, Ăng-gô-la, Mô-dăm-bích, Ghi-nê Bít-xao, Cáp Ve cùng Xao Tô-mê và Prin-xi-pê. Năm 2002, ngay sau khi giành độc lập, Timor-Leste được kết nạp và trở thành thành viên thứ tám.",
        ),
        (
            "paragraph",
            "Tại hội nghị thượng đỉnh họp ở Đi-li tháng 7/2014, Ghi-nê Xích Đạo, một cựu thuộc địa của Tây Ban Nha, được chấp nhận làm thành viên đầy đủ; cũng tại hội nghị này, nước chủ nhà nhận chức chủ tịch luân phiên của Cộng đồng nhiệm kỳ 2014 – 2016.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Các nước thành viên hợp tác trong các lĩnh vực ngôn ngữ, văn hóa, y tế và giáo dục. Ma Cao, dù dùng tiếng Bồ Đào Nha làm một ngôn ngữ chính thức, không phải là thành viên vì là đặc khu hành chính của Trung Quốc.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ với nhiều nước thành viên CPLP từ sớm: với Mô-dăm-bích, hai nước thiết lập quan hệ ngoại giao ngay ngày nước này tuyên bố độc lập, 25/6/1975.",
        ),
    ],
}

DOCS = [ZNA_UNTAET, ZNB_BINHTHUAN, ZNC_ASEAN47, ZND_PLAN, ZNE_CPLP]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), front
    matter by heldout_kit.front_matter_lines (title at 50 columns, labels at 70), body at 70 columns with a
    blank line after headings; after ``break_after`` body lines (mid-sentence) the page label "Trang N"
    right-aligned at 64 columns, a form feed and the header; the last page ends with its label."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{f'Trang {n}':>64}"

    out, last = paged_body(doc, 50, 70, 70, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 64 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 64, ["GIÁM ĐỐC", "(Đã ký)", "Lê Văn Thịnh"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a <ul> nav menu, <article>, <h1>, a date
    <div>, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, tags, footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    body = [f"  <h3>{b[1]}</h3>" if b[0] == "heading" else f"  <p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n  <meta charset="utf-8">\n'
        f'  <meta property="article:published_time" content="{doc["date"]}T15:20:00+07:00">\n'
        f"  <title>{title} | Tin tức</title>\n</head>\n<body>\n"
        '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li>'
        '<li><a href="/quoc-te">Quốc tế</a></li></ul>\n'
        f'<article class="detail">\n  <h1 class="detail-title">{title}</h1>\n'
        f'  <div class="date">{doc["stamp"]}</div>\n'
        f'  <p class="sapo"><b>{lead}</b></p>\n' + "\n".join(body) + "\n"
        '  <div class="tags">Tags: <a href="/tag/asean">ASEAN</a>, <a href="/tag/timor-leste">Timor-Leste</a></div>\n'
        "</article>\n<footer>© Thông tấn xã Việt Nam. Ghi rõ nguồn khi phát hành lại.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" at the left and the signature at the right."""
    tail = [
        f"{'Nơi nhận:':<44}BỘ TRƯỞNG",
        f"{'- Văn phòng Chính phủ;':<44}(Đã ký)",
        "- Bộ Ngoại giao;",
        "- Lưu: VT, HTQT.",
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
        prefix="zn",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
