"""Build the hundred-and-twenty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout128/build_heldout128.py [--check]

Five short documents on Vietnam – Cuba solidarity and the US embargo, written after the rules were tuned on
the seeds and the earlier held-out sets, on topics those sets do not use as their main topic (Vietnam – Cuba
from the war years to the UN General Assembly votes against the embargo, the Vietnam – Cuba Friendship
Association's report on 2024, the General Assembly's 31st resolution against the embargo on 2/11/2023, a
(fictitious) Ministry of Agriculture and Environment plan for rice and aquaculture cooperation with Cuba in
2026, an encyclopedia entry on the Treaty of Tlatelolco). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the association's local items, the
ministry plan (number, date, tasks) and all quoted words are invented. Events, citations and questions gold
are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
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
    headed_journal,
    news_page,
    plan_text,
    word_text,
)

RTA_CUBA = {
    "id": "rta",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU MỸ LA-TINH – Số 1 (2025)",
    "first_page": 23,
    "break_after": 14,
    "blocks": [
        ("title", "ĐOÀN KẾT VIỆT NAM – CU-BA TRƯỚC LỆNH CẤM VẬN CỦA MỸ"),
        ("author", "Trịnh Thị Ngọc Mai"),
        ("affiliation", "Viện Nghiên cứu châu Mỹ, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khái quát quan hệ đoàn kết Việt Nam – Cu-ba qua các thời kỳ, phân tích tác động của lệnh"
            " cấm vận và gợi ý một số hướng hợp tác kinh tế.",
            "vi",
        ),
        ("keywords", "Cu-ba; cấm vận; Đại hội đồng Liên hợp quốc; hợp tác lúa gạo", "vi"),
        ("heading", "1. Những năm tháng chiến tranh", 1),
        (
            "paragraph",
            "Việt Nam và Cu-ba thiết lập quan hệ ngoại giao ngày 2/12/1960, chưa đầy hai năm sau thắng lợi của"
            " cách mạng Cu-ba. Trong cuộc kháng chiến chống Mỹ, cứu nước, nhân dân Cu-ba luôn đứng về phía nhân"
            " dân ta. Tháng 9/1973, Thủ tướng Fidel Castro đến thăm vùng giải phóng Quảng Trị, trở thành vị lãnh"
            " đạo nước ngoài đầu tiên đặt chân tới chiến trường miền Nam (Nguyễn Thị Thu Hằng, 2018, tr. 45). Sau"
            " chuyến thăm, bạn đã giúp ta xây dựng Bệnh viện Việt Nam – Cu-ba Đồng Hới và khách sạn Thắng Lợi ở"
            " Hà Nội.",
        ),
        ("heading", "2. Cấm vận và lá phiếu tại Liên hợp quốc", 1),
        (
            "paragraph",
            "Từ tháng 2/1962, Mỹ áp đặt lệnh cấm vận toàn diện đối với Cu-ba. Kể từ năm 1992, Đại hội đồng Liên"
            " hợp quốc liên tục thông qua nghị quyết kêu gọi chấm dứt lệnh cấm vận này, và lần nào Việt Nam cũng"
            " bỏ phiếu thuận (Lê Văn Cường, 2021). Tháng 7/2015, Mỹ và Cu-ba khôi phục quan hệ ngoại giao; năm"
            " sau, phái đoàn Mỹ lần đầu tiên bỏ phiếu trắng. Tuy vậy, ngày 11/1/2021, chính quyền Tổng thống"
            " Donald Trump lại đưa Cu-ba vào danh sách các nước bảo trợ khủng bố. Có thể nói, đây là “cuộc bao"
            " vây kinh tế dai dẳng nhất trong lịch sử hiện đại” (Phạm Quang Huy, 2023, tr. 118).",
        ),
        ("heading", "3. Hợp tác kinh tế: tiềm năng còn bỏ ngỏ", 1),
        (
            "paragraph",
            "Hiệp định Thương mại Việt Nam – Cu-ba được ký tại Hà Nội ngày 9/11/2018, nhân chuyến thăm của Chủ"
            " tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng Miguel Díaz-Canel, và có hiệu lực từ ngày 1/4/2020."
            " Nhiều năm qua, chuyên gia Việt Nam đã giúp bạn sản xuất lúa gạo ở nhiều tỉnh. Quan hệ giữa Đảng"
            " Cộng sản Việt Nam và Đảng Cộng sản Cu-ba được duy trì qua các cuộc hội thảo lý luận định kỳ. Dù"
            " vậy, kim ngạch thương mại hai chiều vẫn chưa tương xứng với quan hệ chính trị đặc biệt, và hai nước"
            " cần sớm tháo gỡ khó khăn trong thanh toán.",
        ),
    ],
}

RTB_FRIENDSHIP = {
    "id": "rtb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "HỘI HỮU NGHỊ VIỆT NAM – CU-BA",
        "Số: 27/BC-HHNVC",
        "Hà Nội, ngày 23 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2024 và phương hướng hoạt động năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2024 và phương hướng hoạt động năm 2025"),
        ("heading", "I. KẾT QUẢ HOẠT ĐỘNG NĂM 2024", 1),
        (
            "list_item",
            "1. Hội phối hợp với các cơ quan liên quan phục vụ chuyến thăm cấp Nhà nước tới Cu-ba của Tổng Bí"
            " thư, Chủ tịch nước Tô Lâm cuối tháng 9; nhân dịp này, lãnh đạo Hội đã làm việc với Viện Cu-ba Hữu"
            " nghị với các dân tộc (ICAP) tại La Ha-ba-na.",
        ),
        (
            "list_item",
            "2. Hội đã vận động hội viên và doanh nghiệp quyên góp được 4,6 tỷ đồng để mua sữa bột tặng trẻ em"
            " Cu-ba.",
        ),
        (
            "list_item",
            "3. Tháng trước, ngay sau khi bão Ra-pha-en đổ bộ vào miền Tây Cu-ba, Hội đã gửi thư thăm hỏi tới"
            " ICAP và chuyển 50.000 USD hỗ trợ người dân vùng bão.",
        ),
        (
            "list_item",
            "4. Nhân kỷ niệm 64 năm Ngày thiết lập quan hệ ngoại giao (2/12/1960 – 2/12/2024), Hội phối hợp với"
            " Đại sứ quán Cu-ba tại Hà Nội tổ chức mít tinh, ra tuyên bố phản đối lệnh cấm vận của Mỹ và việc"
            " Oa-sinh-tơn tiếp tục giữ tên Cu-ba trong danh sách các nước bảo trợ khủng bố.",
        ),
        (
            "list_item",
            "5. Kế hoạch cử đoàn hội viên sang thăm tỉnh Pi-na đen Ri-ô chưa thực hiện được do hạn chế về kinh"
            " phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG HOẠT ĐỘNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, đón đoàn ICAP sang thăm Việt Nam, trao đổi kế hoạch kỷ niệm 65 năm quan hệ"
            " ngoại giao hai nước.",
        ),
        (
            "list_item",
            "2. Tiếp tục vận động nguồn lực giúp nhân dân Cu-ba mua gạo, sữa và khắc phục hậu quả thiên tai.",
        ),
        (
            "list_item",
            "3. Cử đoàn đại biểu Hội sang Cu-ba vào tháng 12, dự các hoạt động kỷ niệm tại La Ha-ba-na.",
        ),
    ],
}

RTC_UNGA = {
    "id": "rtc",
    "shape": "news",
    "date": "2023-11-03",
    "stamp": "Thứ Sáu, 03/11/2023 - 07:40",
    "blocks": [
        ("title", "Đại hội đồng Liên hợp quốc lần thứ 31 kêu gọi chấm dứt cấm vận Cu-ba"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 2/11 (giờ địa phương), Đại hội đồng Liên hợp quốc đã thông qua nghị quyết"
            " về “Sự cần thiết phải chấm dứt lệnh cấm vận kinh tế, thương mại và tài chính do Mỹ áp đặt đối với"
            " Cu-ba” với 187 phiếu thuận, 2 phiếu chống và 1 phiếu trắng. Đây là năm thứ 31 Đại hội đồng thông"
            " qua nghị quyết này.",
        ),
        ("heading", "Chỉ Mỹ và I-xra-en phản đối", 1),
        (
            "paragraph",
            "Mỹ và I-xra-en bỏ phiếu chống, U-crai-na bỏ phiếu trắng. Bra-xin, nước bỏ phiếu trắng năm ngoái,"
            " lần này đã bỏ phiếu thuận. Giải thích lá phiếu của mình, đại diện Mỹ cho rằng lệnh cấm vận là"
            " công cụ nhằm thúc đẩy dân chủ và nhân quyền ở Cu-ba.",
        ),
        ("heading", "Việt Nam kiên định ủng hộ Cu-ba", 1),
        (
            "paragraph",
            "Trình bày dự thảo, Bộ trưởng Ngoại giao Cu-ba Bruno Rodríguez Parrilla nhấn mạnh lệnh cấm vận kéo"
            " dài hơn 60 năm qua là trở ngại lớn nhất đối với sự phát triển của Cu-ba. Phát biểu tại phiên"
            " họp, đại diện Việt Nam khẳng định nước ta luôn sát cánh cùng nhân dân Cu-ba, kêu gọi Mỹ sớm dỡ bỏ"
            " lệnh cấm vận. Đại diện nhiều nước châu Á, châu Phi và Mỹ La-tinh cũng lên tiếng ủng hộ Cu-ba.",
        ),
        (
            "paragraph",
            "Năm ngoái, nghị quyết tương tự được thông qua với 185 phiếu thuận. Dù đã nới lỏng một số hạn chế"
            " về đi lại và kiều hối từ tháng 5/2022, chính quyền Tổng thống Joe Biden vẫn chưa đưa Cu-ba ra khỏi"
            " danh sách các nước bảo trợ khủng bố mà người tiền nhiệm Donald Trump tái áp đặt vào tháng 1/2021.",
        ),
    ],
}

RTD_PLAN = {
    "id": "rtd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 46/KH-BNNMT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Cu-ba về sản xuất lúa gạo",
        "và nuôi trồng thủy sản năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Cộng hòa Cu-ba về sản xuất lúa gạo và nuôi trồng thủy sản năm 2026"),
        (
            "paragraph",
            "Thực hiện các thỏa thuận đạt được trong chuyến thăm cấp Nhà nước tới Cu-ba của Tổng Bí thư, Chủ tịch"
            " nước Tô Lâm (tháng 9/2024) và nhằm góp phần cùng bạn bảo đảm an ninh lương thực trong bối cảnh Cu-ba"
            " tiếp tục bị Mỹ bao vây, cấm vận, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Các dự án sản xuất lúa do chuyên gia Việt Nam hỗ trợ đã giúp nhiều hợp tác xã của bạn nâng năng suất"
            " từ 2,5 lên 4 – 5 tấn/ha. Năm ngoái, Bộ đã cử 15 chuyên gia sang các tỉnh Pi-na đen Ri-ô và Gran-ma."
            " Tuy nhiên, hai bên chưa ký được thỏa thuận về kiểm dịch động vật, thực vật, nên việc chuyển giao"
            " giống thủy sản còn gặp khó khăn.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3, cử đoàn chuyên gia về giống lúa và cơ giới hóa sang tỉnh Pi-na đen Ri-ô, chuyển giao năm"
            " giống lúa chịu hạn cho bạn.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Nông nghiệp Cu-ba tổ chức kỳ họp Tiểu ban hợp tác nông nghiệp tại Hà Nội vào tháng"
            " 6; nhân dịp này, hai Bộ ký Bản ghi nhớ về hợp tác nuôi cá rô phi và tôm nước lợ.",
        ),
        (
            "list_item",
            "3. Tiếp tục đàm phán với phía bạn thỏa thuận về kiểm dịch động vật, thực vật.",
        ),
        (
            "list_item",
            "4. Đề nghị Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) hỗ trợ kinh phí cho dự án hợp tác"
            " ba bên Việt Nam – FAO – Cu-ba.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

RTE_TLATELOLCO = {
    "id": "rte",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Tlatelolco"),
        (
            "paragraph",
            "Hiệp ước Cấm vũ khí hạt nhân ở Mỹ La-tinh và Ca-ri-bê, thường gọi là Hiệp ước Tlatelolco, là văn kiện"
            " đầu tiên thiết lập một khu vực không có vũ khí hạt nhân ở vùng đông dân cư. Hiệp ước được các nước"
            " Mỹ La-tinh ký tại khu Tlatelolco của thủ đô Mê-hi-cô ngày 14/2/1967 và có hiệu lực từ ngày"
            " 25/4/1969.",
        ),
        ("heading", "Bối cảnh ra đời", 1),
        (
            "paragraph",
            "Ý tưởng về hiệp ước hình thành sau cuộc khủng hoảng tên lửa tháng 10/1962, khi Mỹ phong tỏa hải quân"
            " Cu-ba để buộc Liên Xô rút các tên lửa hạt nhân khỏi hòn đảo. Nhà ngoại giao Mê-hi-cô Alfonso García"
            " Robles, người chủ trì các cuộc đàm phán, được trao giải Nobel Hòa bình năm 1982.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Cơ quan Cấm vũ khí hạt nhân ở Mỹ La-tinh và Ca-ri-bê (OPANAL), đặt trụ sở tại Mê-hi-cô, giám sát việc"
            " thực thi hiệp ước. Cả năm cường quốc hạt nhân là Mỹ, Liên Xô (nay là Nga), Anh, Pháp và Trung Quốc"
            " đều đã phê chuẩn Nghị định thư bổ sung II, cam kết không sử dụng hay đe dọa sử dụng vũ khí hạt nhân"
            " đối với các nước thành viên. Ác-hen-ti-na, Bra-xin và Chi-lê đến năm 1994 mới hoàn tất thủ tục để"
            " hiệp ước có hiệu lực đối với mình. Cu-ba ký năm 1995 và là nước cuối cùng phê chuẩn, ngày"
            " 23/10/2002, đưa hiệp ước có hiệu lực đối với cả 33 quốc gia trong khu vực.",
        ),
        ("heading", "Liên hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên của Hiệp ước Tlatelolco, song đã cùng chín nước Đông Nam Á khác ký"
            " Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân (Hiệp ước Bangkok) ngày 15/12/1995.",
        ),
    ],
}

DOCS = [RTA_CUBA, RTB_FRIENDSHIP, RTC_UNGA, RTD_PLAN, RTE_TLATELOLCO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 34 columns, labels and body at 72)."""
    return headed_journal(doc, title=34, label=72, body=72)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "07:40",
        [("/the-gioi", "Thế giới"), ("/chau-my", "Châu Mỹ"), ("/lien-hop-quoc", "Liên hợp quốc")],
        [
            ("/tag/cu-ba", "Cu-ba"),
            ("/tag/cam-van", "Cấm vận"),
            ("/tag/dai-hoi-dong-lhq", "Đại hội đồng LHQ"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Đại sứ quán Việt Nam tại Cu-ba;",
            "- Lưu: VT, HTQT.",
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
        prefix="rt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
