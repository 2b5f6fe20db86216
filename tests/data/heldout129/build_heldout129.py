"""Build the hundred-and-twenty-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout129/build_heldout129.py [--check]

Five short documents on Venezuela under US sanctions and its cooperation with Vietnam, written after the
rules were tuned on the seeds and the earlier held-out sets, on topics those sets do not use as their main
topic (the rounds of US sanctions on Venezuela from 2015 to 2024 and Vietnam – Venezuela energy and
agricultural cooperation, the Vietnamese Embassy in Venezuela's report on 2024, the US sanctions on PDVSA
of 28/1/2019, a (fictitious) Ministry of Industry and Trade plan for trade and energy cooperation with
Venezuela in 2025, an encyclopedia entry on the Union of South American Nations). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
embassy report's local items, the ministry plan (number, date, tasks) and all quoted words are invented.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
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

RUA_VENEZUELA = {
    "id": "rua",
    "shape": "journal",
    "header": "TẠP CHÍ NĂNG LƯỢNG VÀ QUAN HỆ QUỐC TẾ – Số 6 (2024)",
    "first_page": 71,
    "break_after": 12,
    "blocks": [
        ("title", "VENEZUELA TRƯỚC CÁC LỆNH TRỪNG PHẠT CỦA MỸ VÀ HỢP TÁC VỚI VIỆT NAM"),
        ("author", "Hà Minh Khôi"),
        ("affiliation", "Khoa Kinh tế quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại các vòng trừng phạt của Mỹ đối với Venezuela và tác động của chúng tới hợp tác"
            " năng lượng, nông nghiệp giữa Việt Nam và Venezuela.",
            "vi",
        ),
        ("keywords", "Venezuela; trừng phạt; PDVSA; dầu mỏ; hợp tác nông nghiệp", "vi"),
        ("heading", "1. Quốc gia dầu mỏ và người bạn ở xa", 1),
        (
            "paragraph",
            "Là một trong năm nước sáng lập Tổ chức các nước xuất khẩu dầu mỏ (OPEC) tại Bát-đa tháng 9/1960,"
            " Venezuela hiện sở hữu trữ lượng dầu mỏ đã được kiểm chứng lớn nhất thế giới. Việt Nam và"
            " Venezuela thiết lập quan hệ ngoại giao ngày 18/12/1989. Sau chuyến thăm Việt Nam của Tổng thống"
            " Hugo Chávez năm 2006, Tập đoàn Dầu khí Việt Nam và Tập đoàn Dầu khí quốc gia Venezuela (PDVSA)"
            " đã lập liên doanh Petromacareo để khai thác lô Junín 2 ở vành đai dầu nặng Orinoco (Đỗ Minh Tuấn,"
            " 2016, tr. 52).",
        ),
        ("heading", "2. Các vòng trừng phạt", 1),
        (
            "paragraph",
            "Ngày 9/3/2015, Tổng thống Barack Obama ký sắc lệnh coi tình hình Venezuela là mối đe dọa bất thường"
            " đối với an ninh quốc gia Mỹ và trừng phạt bảy quan chức nước này. Đến tháng 1/2019, Oa-sinh-tơn"
            " trừng phạt trực tiếp PDVSA và công nhận thủ lĩnh đối lập Juan Guaidó là “tổng thống lâm thời”."
            " Trước đó, từ cuối năm 2016, Venezuela đã bị các nước sáng lập Mercosur đình chỉ tư cách thành"
            " viên. Tháng 10/2023, sau khi chính phủ và phe đối lập ký thỏa thuận tại Bác-ba-đốt, Mỹ tạm nới"
            " lỏng các lệnh trừng phạt dầu khí, song đến tháng 4/2024 lại tái áp đặt. Theo một nghiên cứu, các"
            " biện pháp này đã “đẩy một nền kinh tế phụ thuộc vào dầu mỏ vào vòng suy thoái kéo dài” (Vũ Hải"
            " Yến, 2022, tr. 87).",
        ),
        ("heading", "3. Hợp tác Việt Nam – Venezuela trong điều kiện mới", 1),
        (
            "paragraph",
            "Do tác động của trừng phạt, liên doanh Petromacareo gần như ngừng hoạt động. Dù vậy, Việt Nam vẫn"
            " cử chuyên gia sang giúp bạn trồng lúa và nuôi cá nước ngọt, còn Đảng Cộng sản Việt Nam và Đảng Xã"
            " hội chủ nghĩa Thống nhất Venezuela (PSUV) thường xuyên trao đổi đoàn (Nguyễn Thị Bích Ngọc, 2023)."
            " Trong thời gian tới, hai nước cần tìm phương thức thanh toán phù hợp để khôi phục thương mại.",
        ),
    ],
}

RUB_EMBASSY = {
    "id": "rub",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI VENEZUELA",
        "Số: 112/BC-ĐSQ",
        "Caracas, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. TÌNH HÌNH VÀ KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Kinh tế nước sở tại tiếp tục khó khăn do các lệnh trừng phạt của Mỹ; tháng 4, Oa-sinh-tơn không"
            " gia hạn giấy phép chung cho phép các công ty nước ngoài hoạt động dầu khí tại Venezuela.",
        ),
        (
            "list_item",
            "2. Tháng 5, Đại sứ quán phục vụ đoàn cán bộ Ban Đối ngoại Trung ương sang làm việc với Đảng Xã hội"
            " chủ nghĩa Thống nhất Venezuela (PSUV); hai bên trao đổi kinh nghiệm xây dựng Đảng.",
        ),
        (
            "list_item",
            "3. Sáu chuyên gia nông nghiệp Việt Nam tiếp tục hỗ trợ bạn sản xuất lúa giống và nuôi cá tại bang"
            " Portuguesa; vụ lúa vừa qua đạt năng suất bình quân 6,2 tấn/ha.",
        ),
        (
            "list_item",
            "4. Liên doanh Petromacareo vẫn chưa thể khôi phục sản xuất; một số doanh nghiệp Việt Nam chưa được"
            " thanh toán tiền các lô gạo đã giao.",
        ),
        (
            "list_item",
            "5. Tháng trước, Đại sứ làm việc với Bộ Nông nghiệp sản xuất và Đất đai Venezuela về việc mở rộng dự"
            " án lúa sang bang Guárico.",
        ),
        (
            "list_item",
            "6. Nhân kỷ niệm 35 năm Ngày thiết lập quan hệ ngoại giao (18/12/1989 – 18/12/2024), Đại sứ quán"
            " tổ chức triển lãm ảnh “Việt Nam – Venezuela: tình bạn vượt đại dương” tại Caracas.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phục vụ đoàn Bộ Nông nghiệp và Phát triển nông thôn sang thăm Venezuela vào tháng 3 năm sau; hai"
            " bên dự kiến ký kế hoạch hợp tác giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "2. Hỗ trợ doanh nghiệp hai nước tìm phương thức thanh toán phù hợp, khôi phục xuất khẩu gạo và"
            " thủy sản sang Venezuela.",
        ),
        (
            "list_item",
            "3. Theo dõi sát tình hình nước sở tại, kịp thời báo cáo về Bộ.",
        ),
    ],
}

RUC_PDVSA = {
    "id": "ruc",
    "shape": "news",
    "date": "2019-01-29",
    "stamp": "Thứ Ba, 29/01/2019 - 08:20",
    "blocks": [
        ("title", "Mỹ áp đặt lệnh trừng phạt Tập đoàn Dầu khí quốc gia Venezuela"),
        (
            "paragraph",
            "Oa-sinh-tơn (TTXVN) – Ngày 28/1 (giờ địa phương), Bộ Tài chính Mỹ thông báo áp đặt lệnh trừng phạt"
            " đối với Tập đoàn Dầu khí quốc gia Venezuela (PDVSA), nguồn thu ngoại tệ chủ yếu của nước Nam Mỹ"
            " này.",
        ),
        ("heading", "Phong tỏa 7 tỷ USD tài sản", 1),
        (
            "paragraph",
            "Theo Nhà Trắng, biện pháp này sẽ phong tỏa khoảng 7 tỷ USD tài sản của PDVSA và khiến Venezuela mất"
            " hơn 11 tỷ USD doanh thu xuất khẩu trong năm tới. Công ty con Citgo của PDVSA tại Mỹ vẫn được hoạt"
            " động, song doanh thu phải chuyển vào các tài khoản bị phong tỏa. Trước đó, từ tháng 8/2017, Mỹ đã"
            " cấm các giao dịch mua nợ mới của chính phủ Venezuela và PDVSA.",
        ),
        ("heading", "Caracas phản ứng gay gắt", 1),
        (
            "paragraph",
            "Tổng thống Nicolás Maduro lên án lệnh trừng phạt là hành động ăn cướp và cho biết PDVSA sẽ khởi kiện"
            " tại tòa án Mỹ và quốc tế. Tuần trước, ông đã tuyên bố cắt quan hệ ngoại giao với Mỹ sau khi"
            " Oa-sinh-tơn công nhận Chủ tịch Quốc hội Juan Guaidó, người tự tuyên bố là tổng thống lâm thời.",
        ),
        (
            "paragraph",
            "Nga và Trung Quốc, hai chủ nợ lớn của Caracas, đều phản đối sự can thiệp từ bên ngoài vào công việc"
            " nội bộ của Venezuela. Trong khi đó, hôm 26/1, Tây Ban Nha, Pháp, Đức và Anh tuyên bố sẽ công nhận"
            " ông Guaidó nếu chính phủ Venezuela không công bố tổ chức bầu cử mới trong vòng 8 ngày.",
        ),
    ],
}

RUD_PLAN = {
    "id": "rud",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 3127/KH-BCT':<40}Hà Nội, ngày 26 tháng 12 năm 2024",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy hợp tác thương mại, năng lượng với",
        "Cộng hòa Bolivar Venezuela năm 2025",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Thúc đẩy hợp tác thương mại, năng lượng với Cộng hòa Bolivar Venezuela năm 2025",
        ),
        (
            "paragraph",
            "Nhằm phát huy kết quả 35 năm quan hệ ngoại giao Việt Nam – Venezuela (18/12/1989 – 18/12/2024) và"
            " tháo gỡ khó khăn cho doanh nghiệp trong bối cảnh nước bạn vẫn chịu các lệnh trừng phạt của Mỹ, Bộ"
            " Công Thương xây dựng Kế hoạch năm 2025 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Kim ngạch thương mại hai chiều còn thấp; Việt Nam chủ yếu xuất sang Venezuela gạo, thủy sản và hàng"
            " dệt may. Hoạt động của liên doanh Petromacareo bị gián đoạn từ nhiều năm nay. Năm nay, hai bên đã"
            " trao đổi đoàn doanh nghiệp nhưng chưa ký được thỏa thuận nào về cơ chế thanh toán.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4/2025, tổ chức đoàn xúc tiến thương mại sang Caracas giới thiệu gạo, cà phê, thủy sản và"
            " hàng tiêu dùng Việt Nam.",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Tập đoàn Dầu khí Việt Nam làm việc với PDVSA về"
            " phương án xử lý liên doanh Petromacareo.",
        ),
        (
            "list_item",
            "3. Đàm phán và ký Bản ghi nhớ về hợp tác thương mại giữa Bộ Công Thương và Bộ Thương mại quốc gia"
            " Venezuela, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "4. Chưa đặt vấn đề đàm phán hiệp định thương mại tự do với Venezuela trong năm 2025.",
        ),
        (
            "paragraph",
            "Vụ Thị trường châu Âu – châu Mỹ là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

RUE_UNASUR = {
    "id": "rue",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh các quốc gia Nam Mỹ"),
        (
            "paragraph",
            "Liên minh các quốc gia Nam Mỹ (UNASUR) là tổ chức hội nhập khu vực của các nước Nam Mỹ. Hiệp ước"
            " thành lập tổ chức được nguyên thủ 12 nước ký tại Bra-xi-li-a ngày 23/5/2008 và có hiệu lực từ"
            " ngày 11/3/2011. Ban Thư ký đặt trụ sở tại Ki-tô (Ê-cu-a-đo).",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Thành viên sáng lập gồm Ác-hen-ti-na, Bô-li-vi-a, Bra-xin, Chi-lê, Cô-lôm-bi-a, Ê-cu-a-đo, Guy-a-na,"
            " Pa-ra-goay, Pê-ru, Xu-ri-nam, U-ru-goay và Venezuela. Cựu Tổng thống Ác-hen-ti-na Néstor Kirchner"
            " được bầu làm Tổng Thư ký đầu tiên năm 2010.",
        ),
        ("heading", "Vai trò trung gian", 1),
        (
            "paragraph",
            "Năm 2014 và năm 2016, UNASUR cùng Tòa thánh Va-ti-căng thúc đẩy đối thoại giữa chính phủ Venezuela"
            " và phe đối lập.",
        ),
        ("heading", "Khủng hoảng", 1),
        (
            "paragraph",
            "Tháng 4/2018, sáu thành viên là Ác-hen-ti-na, Bra-xin, Chi-lê, Cô-lôm-bi-a, Pa-ra-goay và Pê-ru tạm"
            " ngừng tham gia các hoạt động của tổ chức do bất đồng về việc bổ nhiệm Tổng Thư ký và về tình hình"
            " Venezuela. Ngày 22/3/2019, sáu nước này cùng Ê-cu-a-đo và Guy-a-na lập Diễn đàn vì sự tiến bộ và"
            " phát triển của Nam Mỹ (PROSUR) tại Xan-ti-a-gô. Năm 2023, Bra-xin dưới thời Tổng thống Lu-la đa"
            " Xin-va trở lại UNASUR.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ ngoại giao với tất cả các nước sáng lập UNASUR, nhưng chưa thiết lập cơ chế đối"
            " thoại chính thức với tổ chức này.",
        ),
    ],
}

DOCS = [RUA_VENEZUELA, RUB_EMBASSY, RUC_PDVSA, RUD_PLAN, RUE_UNASUR]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 44 columns, labels and body at 76)."""
    return headed_journal(doc, title=44, label=76, body=76)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: one paragraph a line, every line followed by an empty line
    (issuer, number, place-date, title, sections, items); the signature at the end."""
    return word_text(doc, None, ["ĐẠI SỨ", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h2> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Kinh tế thế giới",
        "08:20",
        [("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế"), ("/nang-luong", "Năng lượng")],
        [("/tag/venezuela", "Venezuela"), ("/tag/pdvsa", "PDVSA"), ("/tag/trung-phat", "Trừng phạt")],
        heading='<h2 class="subtitle">{}</h2>',
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Đại sứ quán Việt Nam tại Venezuela;",
            "- Lưu: VT, TTAM.",
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
        prefix="ru",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
