"""Build the hundred-and-seventy-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout179/build_heldout179.py [--check]

Five short documents on the Holy See and Europe, a topic the earlier sets do not use as a main one (the Holy
See's diplomacy in Europe and its relations with Vietnam, the Government Committee for Religious Affairs'
international cooperation in 2024, a newspaper interview on two years of the agreement on the Holy See's
resident representative in Vietnam (27/7/2023), a (fictitious) Diplomatic Academy plan for cooperation with
European partners in 2026, an encyclopedia entry on the Lateran Treaty of 1929). The interview (pxc) is the
new shape of this set: it takes the place of the news page. Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the committee report's items, the
plan (number, date, tasks), the interviewed ambassador (Trần Minh Quang), the interview itself and all
quoted words are invented. Events, citations and questions gold are written by hand; ``--check`` verifies
that every gold evidence, quote and citation occurs in the documents.
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
    plan_text,
    word_text,
)

PXA_HOLY_SEE = {
    "id": "pxa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TÔN GIÁO VÀ XÃ HỘI – Số 8 (2024)",
    "first_page": 54,
    "break_after": 12,
    "blocks": [
        ("title", "NGOẠI GIAO TÒA THÁNH Ở CHÂU ÂU SAU CHIẾN TRANH LẠNH VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Phạm Thị Hồng Nhung"),
        ("affiliation", "Viện Nghiên cứu Tôn giáo, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích đặc điểm hoạt động ngoại giao của Tòa Thánh tại châu Âu và tiến trình quan hệ Việt Nam – Tòa Thánh từ năm 2007 đến nay.",
            "vi",
        ),
        ("keywords", "Tòa Thánh; Vatican; OSCE; quan hệ Việt Nam – Tòa Thánh", "vi"),
        ("heading", "1. Một chủ thể đặc biệt của quan hệ quốc tế", 1),
        (
            "paragraph",
            "Tòa Thánh không có lãnh thổ rộng lớn hay quân đội, nhưng duy trì một trong những mạng lưới ngoại giao rộng nhất thế giới. Từ năm 1964, Tòa Thánh là quan sát viên thường trực tại Liên hợp quốc. Ở châu Âu, Tổng Giám mục Agostino Casaroli đã thay mặt Tòa Thánh ký Định ước cuối cùng Helsinki ngày 1/8/1975, và đến nay Tòa Thánh vẫn là một nước tham gia đầy đủ của Tổ chức An ninh và Hợp tác châu Âu (OSCE) (Nguyễn Văn Thịnh, 2017, tr. 29).",
        ),
        ("heading", "2. Từ Ba Lan đến Mát-xcơ-va và Bắc Kinh", 1),
        (
            "paragraph",
            "Chuyến trở về quê hương Ba Lan của Giáo hoàng Gioan Phaolô II tháng 6/1979 được nhiều nhà nghiên cứu coi là chất xúc tác cho phong trào Công đoàn Đoàn kết. Sau Chiến tranh Lạnh, ngoại giao Tòa Thánh mở rộng dần về phía Đông: tháng 12/2009, Tòa Thánh thiết lập quan hệ ngoại giao đầy đủ với Liên bang Nga. Ở châu Á, Tòa Thánh và Trung Quốc ký thỏa thuận tạm thời về việc bổ nhiệm giám mục ngày 22/9/2018; văn kiện được gia hạn lần đầu vào tháng 10/2020 (Lê Thanh Bình, 2021).",
        ),
        ("heading", "3. Quan hệ Việt Nam – Tòa Thánh", 1),
        (
            "paragraph",
            "Với Việt Nam, dấu mốc quan trọng là cuộc gặp giữa Thủ tướng Nguyễn Tấn Dũng và Giáo hoàng Bênêđictô XVI tại Vatican ngày 25/1/2007. Hai năm sau, Nhóm công tác hỗn hợp Việt Nam – Tòa Thánh họp phiên đầu tiên tại Hà Nội, và từ năm 2011 Tòa Thánh có Đại diện không thường trú tại Việt Nam. Ngày 27/7/2023, nhân chuyến thăm của Chủ tịch nước Võ Văn Thưởng, hai bên thông qua Thỏa thuận về Quy chế của Đại diện thường trú Tòa Thánh tại Việt Nam, một bước đi được đánh giá là “có ý nghĩa lịch sử đối với quan hệ hai bên” (Đoàn Minh Quân, 2023, tr. 47). Dù vậy, hai bên vẫn chưa thiết lập quan hệ ngoại giao chính thức, và nhiều tín hữu Công giáo Việt Nam mong Giáo hoàng sớm đến thăm đất nước.",
        ),
    ],
}

PXB_RELIGION = {
    "id": "pxb",
    "shape": "word",
    "head": [
        "BỘ NỘI VỤ",
        "BAN TÔN GIÁO CHÍNH PHỦ",
        "Số: 486/BC-TGCP",
        "Hà Nội, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác hợp tác quốc tế về tôn giáo năm 2024",
        "và phương hướng năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác hợp tác quốc tế về tôn giáo năm 2024 và phương hướng năm 2025",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 4/2024, lãnh đạo Ban tiếp và làm việc với Đại diện thường trú Tòa Thánh tại Việt Nam về hoạt động của Văn phòng Đại diện theo Thỏa thuận đã được hai bên thông qua năm 2023.",
        ),
        (
            "list_item",
            "2. Từ ngày 9 đến ngày 14/9/2024, đoàn cán bộ của Ban khảo sát công tác quản lý nhà nước về tôn giáo tại Hungary và Ba Lan; đoàn đã làm việc với Văn phòng Thủ tướng Hungary và Bộ Nội vụ và Hành chính Ba Lan.",
        ),
        (
            "list_item",
            "3. Phối hợp với Quỹ Konrad Adenauer (Đức) tổ chức hội thảo quốc tế “Tôn giáo và phát triển bền vững” tại Hà Nội với sự tham dự của học giả đến từ 8 nước.",
        ),
        (
            "list_item",
            "4. Tiếp 06 đoàn của các đại sứ quán nước thành viên EU, Anh và Mỹ tìm hiểu chính sách tôn giáo của Việt Nam.",
        ),
        (
            "list_item",
            "5. Hội thảo về đối thoại liên tôn giữa các nước ASEAN dự kiến tổ chức tại Huế chưa thực hiện được do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với Bộ Ngoại giao tạo điều kiện để Văn phòng Đại diện thường trú Tòa Thánh hoạt động theo đúng Thỏa thuận.",
        ),
        (
            "list_item",
            "2. Tổ chức đoàn công tác sang Liên bang Nga trao đổi kinh nghiệm với Cơ quan Liên bang về các vấn đề dân tộc trong quý II/2025.",
        ),
        (
            "list_item",
            "3. Tham gia Đối thoại Nhân quyền Việt Nam – Hoa Kỳ và Đối thoại Nhân quyền Việt Nam – EU theo sự phân công của Bộ Ngoại giao.",
        ),
        (
            "list_item",
            "4. Không cử đoàn tham dự Hội nghị thượng đỉnh Tự do tôn giáo quốc tế tại Oa-sinh-tơn năm 2025.",
        ),
    ],
}

PXC_INTERVIEW = {
    "id": "pxc",
    "shape": "interview",
    "date": "2025-07-28",
    "stamp": "Thứ Hai, 28/07/2025 - 07:30",
    "byline": "Hoàng Anh (thực hiện)",
    "blocks": [
        ("title", "Quan hệ Việt Nam – Tòa Thánh: “Từng bước vững chắc, trên tinh thần tôn trọng lẫn nhau”"),
        (
            "paragraph",
            "Nhân dịp tròn hai năm Việt Nam và Tòa Thánh thông qua Thỏa thuận về Quy chế của Đại diện thường trú Tòa Thánh tại Việt Nam (27/7/2023 – 27/7/2025), Đại sứ Trần Minh Quang, nguyên Vụ trưởng Vụ châu Âu, Bộ Ngoại giao, người nhiều năm tham gia Nhóm công tác hỗn hợp Việt Nam – Tòa Thánh, đã trả lời phỏng vấn Báo Thế giới và Việt Nam.",
        ),
        (
            "paragraph",
            "PV: Thưa Đại sứ, nhìn lại chặng đường gần hai thập kỷ qua, ông đánh giá thế nào về quan hệ Việt Nam – Tòa Thánh?",
        ),
        (
            "paragraph",
            "Đại sứ Trần Minh Quang: Tôi cho rằng cuộc gặp giữa Thủ tướng Nguyễn Tấn Dũng và Giáo hoàng Bênêđictô XVI tại Vatican ngày 25/1/2007 là dấu mốc mở đầu. Năm 2009, hai bên lập Nhóm công tác hỗn hợp, luân phiên họp tại Hà Nội và Vatican. Từ tháng 1/2011, Tòa Thánh cử Tổng Giám mục Leopoldo Girelli làm Đại diện không thường trú tại Việt Nam. Mỗi bước đi đều được chuẩn bị kỹ lưỡng, trên tinh thần tôn trọng lẫn nhau.",
        ),
        ("paragraph", "PV: Thỏa thuận năm 2023 có ý nghĩa như thế nào, thưa ông?"),
        (
            "paragraph",
            "Đại sứ Trần Minh Quang: Thỏa thuận được thông qua ngày 27/7/2023, trong chuyến thăm chính thức Italia và Tòa Thánh của Chủ tịch nước Võ Văn Thưởng, ngay sau cuộc hội kiến giữa Chủ tịch nước và Giáo hoàng Phanxicô. Ngày 23/12/2023, Giáo hoàng bổ nhiệm Tổng Giám mục Marek Zalewski làm Đại diện thường trú đầu tiên của Tòa Thánh tại Việt Nam, và Văn phòng của ông tại Hà Nội đã đi vào hoạt động. Đó là một bước tiến rất quan trọng, dù chưa phải là quan hệ ngoại giao đầy đủ.",
        ),
        (
            "paragraph",
            "PV: Năm nay Giáo hội Công giáo có những thay đổi lớn. Phía Việt Nam đã có những hoạt động gì?",
        ),
        (
            "paragraph",
            "Đại sứ Trần Minh Quang: Khi Giáo hoàng Phanxicô qua đời ngày 21/4/2025, lãnh đạo ta đã gửi điện chia buồn tới Tòa Thánh. Ngày 8/5/2025, Hồng y Robert Francis Prevost được bầu làm Giáo hoàng, lấy hiệu là Lêô XIV, và Việt Nam đã gửi điện chúc mừng.",
        ),
        (
            "paragraph",
            "PV: Nhiều người Công giáo Việt Nam mong Giáo hoàng đến thăm đất nước. Triển vọng này ra sao, thưa Đại sứ?",
        ),
        (
            "paragraph",
            "Đại sứ Trần Minh Quang: Giáo hoàng Phanxicô từng nhiều lần bày tỏ mong muốn đến Việt Nam, nhưng chuyến thăm đã không thể thực hiện. Tôi tin rằng hai bên sẽ tiếp tục trao đổi đoàn các cấp và duy trì cơ chế Nhóm công tác hỗn hợp; khi điều kiện chín muồi, việc thiết lập quan hệ ngoại giao chính thức sẽ được tính đến.",
        ),
        ("paragraph", "PV: Xin trân trọng cảm ơn Đại sứ!"),
    ],
}

PXD_PLAN = {
    "id": "pxd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỌC VIỆN NGOẠI GIAO':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 15/KH-HVNG':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các cơ sở đào tạo và nghiên cứu đối ngoại",
        "châu Âu năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với các cơ sở đào tạo và nghiên cứu đối ngoại châu Âu năm 2026",
        ),
        (
            "paragraph",
            "Nhằm triển khai các thỏa thuận hợp tác đã ký và mở rộng quan hệ với các đối tác châu Âu, Học viện Ngoại giao xây dựng Kế hoạch hợp tác năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, Học viện đã đón đoàn Học viện Ngoại giao Viên (Áo) sang trao đổi về đào tạo sau đại học và ký bản ghi nhớ về trao đổi giảng viên với Trường Đại học Quan hệ quốc tế Mát-xcơ-va (MGIMO) thuộc Bộ Ngoại giao Nga. Hợp tác với Viện Các vấn đề quốc tế Ba Lan (PISM) mới dừng ở trao đổi ấn phẩm; hai bên chưa tổ chức được hội thảo chung nào.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong tháng 4, phối hợp với Ban Thư ký OSCE tổ chức tọa đàm về các biện pháp xây dựng lòng tin ở châu Âu và kinh nghiệm đối với Diễn đàn khu vực ASEAN (ARF).",
        ),
        (
            "list_item",
            "2. Cử 10 học viên tham dự khóa bồi dưỡng ngoại giao ngắn hạn dành cho các nước ASEAN do Bộ Ngoại giao Phần Lan tài trợ.",
        ),
        (
            "list_item",
            "3. Đón đoàn giảng viên MGIMO sang giảng dạy chuyên đề về Liên minh Kinh tế Á – Âu trong tháng 10.",
        ),
        (
            "list_item",
            "4. Phối hợp với Phái đoàn Liên minh châu Âu tại Việt Nam tổ chức Tuần lễ châu Âu tại Học viện vào tháng 5, nhân Ngày châu Âu (9/5).",
        ),
        (
            "list_item",
            "5. Không cử đại biểu tham dự Hội nghị quốc tế về an ninh Á – Âu tại Minsk năm 2026.",
        ),
        (
            "paragraph",
            "Ban Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch; kinh phí thực hiện từ nguồn ngân sách được giao và tài trợ của các đối tác.",
        ),
    ],
}

PXE_LATERAN = {
    "id": "pxe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Latêranô (1929)"),
        (
            "paragraph",
            "Hiệp ước Latêranô là tên gọi chung của các văn kiện được Tòa Thánh và Vương quốc Italia ký tại Cung điện Latêranô ở Rôma ngày 11/2/1929, chấm dứt gần 60 năm tranh chấp thường được gọi là “vấn đề Rôma”. Người ký là Hồng y Quốc vụ khanh Pietro Gasparri, thay mặt Giáo hoàng Piô XI, và Thủ tướng Benito Mussolini, thay mặt Vua Victor Emmanuel III.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Ngày 20/9/1870, quân đội Italia tiến vào Rôma, chấm dứt Lãnh địa Giáo hoàng. Các giáo hoàng sau đó không công nhận Vương quốc Italia và tự coi mình là “tù nhân ở Vatican”.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp ước gồm ba văn kiện. Hiệp ước chính trị công nhận chủ quyền của Tòa Thánh đối với Thành Vatican, quốc gia có diện tích khoảng 44 ha; theo Thỏa ước (Concordat), Công giáo được coi là tôn giáo duy nhất của nhà nước Italia; Công ước tài chính quy định Italia bồi thường cho Tòa Thánh 750 triệu lia tiền mặt và 1 tỷ lia trái phiếu. Các văn kiện có hiệu lực từ ngày 7/6/1929.",
        ),
        ("heading", "Sửa đổi năm 1984", 1),
        (
            "paragraph",
            "Ngày 18/2/1984, tại Biệt thự Madama ở Rôma, Thủ tướng Italia Bettino Craxi và Hồng y Quốc vụ khanh Agostino Casaroli ký Thỏa ước sửa đổi; theo đó, Công giáo không còn là quốc giáo của Italia. Hiệp ước chính trị năm 1929 vẫn giữ nguyên hiệu lực.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Tòa Thánh hiện có quan hệ ngoại giao với hơn 180 quốc gia. Việt Nam và Tòa Thánh chưa thiết lập quan hệ ngoại giao chính thức; từ cuối năm 2023, Tòa Thánh có Đại diện thường trú tại Hà Nội.",
        ),
    ],
}

DOCS = [PXA_HOLY_SEE, PXB_RELIGION, PXC_INTERVIEW, PXD_PLAN, PXE_LATERAN]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), the
    bare page number centred at the foot (heldout_kit.headed_journal: title at 50 columns, body at 74)."""
    return headed_journal(doc, page_label="{}", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 72 columns as on the page, every line
    followed by an empty line; the deputy head's signature at the end."""
    return word_text(doc, 72, ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)"])


def render_interview(doc: dict) -> str:
    """A newspaper interview page (the ministry's daily): <title> and article:published_time in <head>, a
    nav menu, <article class="interview">, the headline <h1>, the date line, the lead in <p class="sapo">
    (no dateline: an interview names its interviewee), then the speaker turns one <p> each: the reporter's
    questions in bold as "PV: …", the answers as "Đại sứ Trần Minh Quang: …"; the byline "… (thực hiện)"
    at the right, the tag list and the footer."""
    blocks = doc["blocks"]
    title, lead = blocks[0][1], blocks[1][1]
    turns = [
        f"<p><strong>{b[1]}</strong></p>" if b[1].startswith("PV:") else f"<p>{b[1]}</p>" for b in blocks[2:]
    ]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Báo Thế giới và Việt Nam</title>\n"
        f'<meta property="article:published_time" content="{doc["date"]}T07:30:00+07:00">\n'
        "</head>\n<body>\n"
        '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>'
        '<li><a href="/doi-ngoai">Đối ngoại</a></li><li><a href="/phong-van">Phỏng vấn</a></li></ul></nav>\n'
        f'<article class="interview">\n<h1>{title}</h1>\n<div class="date">{doc["stamp"]}</div>\n'
        f'<p class="sapo">{lead}</p>\n' + "\n".join(turns) + "\n"
        f'<p class="author" style="text-align:right"><em>{doc["byline"]}</em></p>\n'
        '<ul class="tags"><li><a href="/tag/toa-thanh">Tòa Thánh</a></li><li><a href="/tag/vatican">Vatican</a></li>'
        '<li><a href="/tag/phong-van">Phỏng vấn</a></li></ul>\n'
        "</article>\n<footer>© Báo Thế giới và Việt Nam – Cơ quan của Bộ Ngoại giao.</footer>\n</body>\n</html>\n"
    )


def render_plan(doc: dict) -> str:
    """The academy's plan: the issuer (ministry over academy) beside the national motto, number and
    place-date, the centred title, body at 76 columns, then "Nơi nhận" with the signature block beside it."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Lãnh đạo Bộ (để báo cáo);", "- Vụ châu Âu;", "- Lưu: VT, HTQT."],
        ["GIÁM ĐỐC", "", "(đã ký)"],
        columns=(50, 48, 50),
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "interview": render_interview,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="px",
        rendered=True,
        html_shapes=("interview",),
    )


if __name__ == "__main__":
    sys.exit(main())
