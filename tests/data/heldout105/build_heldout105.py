"""Build the hundred-and-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout105/build_heldout105.py [--check]

Five short documents on Lebanon, peacekeeping and the Gulf, on topics the earlier sets do not use as main
topics (Lebanon from the Taif Agreement to the Beirut port explosion and its relations with Vietnam, the
Vietnam Red Cross Society's external relations in the first half of 2025, the Security Council's resolution
1701 of 11/8/2006, a (fictitious) plan of the Vietnam Department of Peacekeeping Operations for 2026, an
encyclopedia entry on the Gulf Cooperation Council). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the Red Cross report's items and all
quoted words are invented, the peacekeeping plan (number, date, tasks) is fictitious. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs
in the documents.
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

TQA_LEBANON = {
    "id": "tqa",
    "shape": "journal",
    "header": "TẠP CHÍ HÒA BÌNH VÀ AN NINH QUỐC TẾ – Số 6 (2025)",
    "first_page": 112,
    "break_after": 10,
    "blocks": [
        ("title", "LI-BĂNG SAU NỘI CHIẾN: XUNG ĐỘT, GÌN GIỮ HÒA BÌNH VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Hoàng Minh Tuấn"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết phân tích các biến động chính trị – an ninh ở Li-băng từ cuối thập niên 1980, vai trò của"
            " cộng đồng quốc tế và triển vọng quan hệ Việt Nam – Li-băng.",
            "vi",
        ),
        ("keywords", "Li-băng; Hiệp định Taif; UNIFIL; Hội đồng Bảo an; viện trợ nhân đạo", "vi"),
        ("heading", "1. Từ Hiệp định Taif đến cuộc rút quân của Xy-ri", 1),
        (
            "paragraph",
            "Là thành viên sáng lập của cả Liên hợp quốc và Liên đoàn Ả-rập năm 1945, Li-băng chìm trong nội"
            " chiến suốt 15 năm, từ 1975 đến 1990. Hiệp định Taif, được các nghị sĩ Li-băng ký tại thành phố Taif"
            " (A-rập Xê-út) ngày 22/10/1989 dưới sự trung gian của A-rập Xê-út, Ma-rốc và An-giê-ri, đã mở đường"
            " chấm dứt chiến tranh (Phan Thị Ngọc, 2017, tr. 63). Tháng 5/2000, quân đội I-xra-en rút khỏi miền"
            " Nam Li-băng. Sau vụ ám sát cựu Thủ tướng Rafik Hariri ngày 14/2/2005, trước sức ép trong nước và"
            " quốc tế, Xy-ri hoàn tất việc rút quân khỏi nước này ngày 26/4/2005.",
        ),
        ("heading", "2. Lực lượng UNIFIL", 1),
        (
            "paragraph",
            "Lực lượng Lâm thời của Liên hợp quốc tại Li-băng (UNIFIL) được Hội đồng Bảo an thành lập ngày"
            " 19/3/1978, ít ngày sau khi I-xra-en đưa quân vào miền Nam Li-băng. Gần nửa thế kỷ qua, phái bộ đã"
            " trở thành một trong những chiến dịch gìn giữ hòa bình lâu đời nhất của Liên hợp quốc. Trong nhiệm"
            " kỳ Ủy viên không thường trực Hội đồng Bảo an 2020 – 2021, Việt Nam đã cùng các thành viên khác nhất"
            " trí thông qua các nghị quyết gia hạn nhiệm vụ của UNIFIL (Vũ Đức Long, 2022).",
        ),
        ("heading", "3. Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam luôn ủng hộ độc lập, chủ quyền và toàn vẹn lãnh thổ của Li-băng. Sau vụ nổ tại cảng Bê-rút"
            " ngày 4/8/2020, Tổng thống Pháp Emmanuel Macron đến thăm thủ đô Li-băng hai ngày sau đó, còn hội"
            " nghị trực tuyến do Pháp và Liên hợp quốc đồng chủ trì ngày 9/8/2020 đã huy động hơn 250 triệu euro"
            " viện trợ khẩn cấp cho nước này. Kinh nghiệm của Li-băng cho thấy “sự ổn định của một quốc gia nhỏ"
            " phụ thuộc rất lớn vào đồng thuận khu vực và sự hỗ trợ của cộng đồng quốc tế” (Đinh Quang Hưng,"
            " 2024, tr. 71). Thời gian tới, hai nước cần mở rộng hợp tác thương mại, nhất là đưa gạo và cà phê"
            " của ta vào thị trường này.",
        ),
    ],
}

TQB_REDCROSS = {
    "id": "tqb",
    "shape": "word",
    "head": [
        "TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM",
        "BAN ĐỐI NGOẠI",
        "Số: 86/BC-BĐN",
        "Hà Nội, ngày 04 tháng 7 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác đối ngoại 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm 2025",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Ngay sau trận động đất ngày 28/3/2025 tại Mi-an-ma, Hội đã trao 100.000 USD cùng hàng cứu trợ cho"
            " Hội Chữ thập đỏ Mi-an-ma; đội y tế của Hội phối hợp với các lực lượng cứu hộ Việt Nam hỗ trợ người"
            " dân tại thủ đô Nay Pyi Taw trong hai tuần.",
        ),
        (
            "list_item",
            "2. Thông qua Liên đoàn Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế (IFRC), Hội đã chuyển 50.000 USD hỗ"
            " trợ Hội Chữ thập đỏ Li-băng chăm sóc người dân phải sơ tán khỏi miền Nam nước này.",
        ),
        (
            "list_item",
            "3. Tháng 5, Chủ tịch Hội Chữ thập đỏ Nhật Bản thăm và làm việc tại Việt Nam; hai bên ký thỏa thuận"
            " hợp tác về phòng ngừa thảm họa dựa vào cộng đồng giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "4. Hội Chữ thập đỏ Hàn Quốc tiếp tục tài trợ dự án cấp nước sạch tại hai tỉnh miền núi phía Bắc; Ủy"
            " ban Chữ thập đỏ quốc tế (ICRC) hỗ trợ tập huấn về luật nhân đạo quốc tế cho 120 cán bộ Hội.",
        ),
        (
            "list_item",
            "5. Đề xuất tiếp nhận hàng viện trợ của Hội Trăng lưỡi liềm đỏ Các Tiểu vương quốc Ả-rập Thống nhất"
            " cho các tỉnh bị thiệt hại do bão số 3 năm ngoái chưa được phê duyệt vì còn vướng thủ tục.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tháng 10 năm nay, đón đoàn Hội Chữ thập đỏ Lào sang trao đổi kinh nghiệm về sơ cấp cứu cộng đồng;"
            " cử đoàn tham dự Hội nghị khu vực châu Á – Thái Bình Dương của Phong trào Chữ thập đỏ và Trăng lưỡi"
            " liềm đỏ quốc tế.",
        ),
        (
            "list_item",
            "2. Tiếp tục vận động Hội Chữ thập đỏ Đức và Hội Chữ thập đỏ Ô-xtrây-li-a tài trợ các dự án thích ứng"
            " với biến đổi khí hậu.",
        ),
        (
            "list_item",
            "3. Sẵn sàng hỗ trợ nhân đạo cho người dân Li-băng và Dải Gaza khi có lời kêu gọi của IFRC.",
        ),
    ],
}

TQC_RESOLUTION = {
    "id": "tqc",
    "shape": "news",
    "date": "2006-08-12",
    "stamp": "Thứ Bảy, 12/08/2006 - 22:40",
    "blocks": [
        ("title", "Hội đồng Bảo an nhất trí thông qua Nghị quyết 1701 về Li-băng"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Tối 11/8 (giờ địa phương), 15 thành viên Hội đồng Bảo an Liên hợp quốc đã nhất trí"
            " thông qua Nghị quyết 1701, kêu gọi chấm dứt hoàn toàn các hành động thù địch giữa I-xra-en và lực"
            " lượng Hezbollah ở Li-băng.",
        ),
        ("heading", "Tăng quân số UNIFIL lên 15.000 người", 1),
        (
            "paragraph",
            "Văn kiện do Pháp và Mỹ soạn thảo cho phép tăng quân số Lực lượng Lâm thời của Liên hợp quốc tại"
            " Li-băng (UNIFIL) từ khoảng 2.000 lên tối đa 15.000 người để hỗ trợ quân đội Li-băng triển khai xuống"
            " miền Nam, song song với việc I-xra-en rút quân khỏi khu vực này. Khu vực giữa Đường Xanh và sông"
            " Litani sẽ không có lực lượng vũ trang nào khác ngoài quân đội Li-băng và UNIFIL.",
        ),
        ("heading", "Hơn một tháng giao tranh", 1),
        (
            "paragraph",
            "Xung đột bùng phát ngày 12/7, khi Hezbollah tập kích qua biên giới và bắt giữ hai binh sĩ I-xra-en;"
            " ngay sau đó, I-xra-en mở chiến dịch không kích và tấn công trên bộ vào Li-băng. Hơn 1.000 người"
            " Li-băng, phần lớn là dân thường, đã thiệt mạng.",
        ),
        (
            "paragraph",
            "Trong ngày hôm nay, nội các Li-băng đã nhất trí chấp thuận nghị quyết, còn nội các I-xra-en dự kiến"
            " sẽ bỏ phiếu vào ngày mai. Tổng Thư ký Liên hợp quốc Cô-phi An-nan thông báo lệnh ngừng bắn sẽ có"
            " hiệu lực từ 8 giờ sáng thứ Hai, 14/8 (giờ Li-băng).",
        ),
    ],
}

TQD_PLAN = {
    "id": "tqd",
    "shape": "plan",
    "head": [
        f"{'BỘ QUỐC PHÒNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC GÌN GIỮ HÒA BÌNH VIỆT NAM':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 45/KH-GGHB':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về tham gia hoạt động gìn giữ hòa bình",
        "Liên hợp quốc năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác quốc tế về tham gia hoạt động gìn giữ hòa bình Liên hợp quốc năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ kết quả thực hiện nhiệm vụ năm 2025 và chỉ đạo của Bộ Quốc phòng, Cục Gìn giữ hòa bình Việt"
            " Nam xây dựng Kế hoạch hợp tác quốc tế năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Kể từ ngày 27/5/2014, khi hai sĩ quan đầu tiên lên đường làm nhiệm vụ tại Nam Xu-đăng, Quân đội nhân"
            " dân Việt Nam đã liên tục cử lực lượng tham gia các phái bộ của Liên hợp quốc, trong đó có Bệnh viện"
            " dã chiến cấp 2 tại Phái bộ UNMISS và Đội Công binh tại khu vực Abyei. Tháng 8/2025, Hội đồng Bảo an"
            " quyết định gia hạn nhiệm vụ của UNIFIL lần cuối đến ngày 31/12/2026; sau thời điểm này, phái bộ sẽ"
            " rút khỏi Li-băng trong vòng một năm. Năm ngoái, Cục đã phối hợp với Trung tâm Gìn giữ hòa bình Liên"
            " hợp quốc của Ấn Độ tổ chức khóa huấn luyện sĩ quan tham mưu tại Hà Nội.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3, triển khai lực lượng luân phiên của Bệnh viện dã chiến cấp 2 sang Phái bộ UNMISS (Nam"
            " Xu-đăng).",
        ),
        (
            "list_item",
            "2. Tháng 6, cử đoàn công tác do Cục trưởng dẫn đầu sang Niu Oóc làm việc với Vụ Các hoạt động hòa"
            " bình của Liên hợp quốc về việc tăng tỷ lệ nữ quân nhân tham gia phái bộ.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Quốc phòng Pháp ký văn bản hợp tác đào tạo tiếng Pháp cho sĩ quan gìn giữ hòa"
            " bình, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "4. Không đề xuất cử sĩ quan tham gia UNIFIL, do phái bộ này sẽ kết thúc nhiệm vụ vào cuối năm 2026.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế là đầu mối theo dõi, tổng hợp và báo cáo kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

TQE_GCC = {
    "id": "tqe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Hợp tác vùng Vịnh"),
        (
            "paragraph",
            "Hội đồng Hợp tác các quốc gia Ả-rập vùng Vịnh (GCC) là tổ chức hợp tác chính trị, kinh tế và an ninh"
            " khu vực, được thành lập tại Abu Dhabi ngày 25/5/1981. Sáu thành viên của tổ chức là Ba-ranh, Cô-oét,"
            " Ô-man, Ca-ta, A-rập Xê-út và Các Tiểu vương quốc Ả-rập Thống nhất (UAE). Ban Thư ký của Hội đồng đặt"
            " tại Ri-át.",
        ),
        ("heading", "Hội nhập và an ninh", 1),
        (
            "paragraph",
            "Liên minh thuế quan của khối có hiệu lực từ ngày 1/1/2003. Lực lượng Lá chắn Bán đảo, được lập năm"
            " 1984, đã được điều tới Ba-ranh vào tháng 3/2011 theo đề nghị của chính phủ nước này. Cũng trong năm"
            " 2011, GCC mời Gioóc-đa-ni và Ma-rốc gia nhập, song đến nay hai nước vẫn chưa trở thành thành viên.",
        ),
        ("heading", "Khủng hoảng ngoại giao với Ca-ta", 1),
        (
            "paragraph",
            "Ngày 5/6/2017, A-rập Xê-út, UAE và Ba-ranh cùng Ai Cập cắt quan hệ ngoại giao và phong tỏa Ca-ta. Sau"
            " hơn ba năm trung gian của Cô-oét và Hoa Kỳ, ngày 5/1/2021, tại hội nghị thượng đỉnh lần thứ 41 của"
            " GCC ở Al-Ula, lãnh đạo các nước thành viên và Ai Cập ký Tuyên bố Al-Ula, chấm dứt cuộc khủng hoảng.",
        ),
        ("heading", "Quan hệ với ASEAN và Việt Nam", 1),
        (
            "paragraph",
            "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN – GCC đầu tiên tại Ri-át tháng 10/2023; hội nghị"
            " lần thứ hai được tổ chức tại Cu-a-la Lăm-pơ tháng 5/2025. Việt Nam có quan hệ ngoại giao với cả sáu"
            " nước thành viên GCC.",
        ),
    ],
}

DOCS = [TQA_LEBANON, TQB_REDCROSS, TQC_RESOLUTION, TQD_PLAN, TQE_GCC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 52 columns, labels and body at 76)."""
    return headed_journal(doc, title=52, label=76, body=76)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends and no wrapping: one paragraph a line, every line followed by
    an empty line; the signature at the end."""
    return word_text(doc, None, ["TRƯỞNG BAN", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thời sự quốc tế",
        "22:40",
        [("/thoi-su", "Thời sự"), ("/quoc-te", "Quốc tế")],
        [
            ("/tag/li-bang", "Li-băng"),
            ("/tag/hoi-dong-bao-an", "Hội đồng Bảo an"),
            ("/tag/trung-dong", "Trung Đông"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A department plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Tổng Tham mưu (để báo cáo);",
            "- Cục Đối ngoại/BQP;",
            "- Lưu: VT, HTQT.",
        ],
        ["CỤC TRƯỞNG", "", "(đã ký)"],
        columns=(50, 50, 52),
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
        prefix="tq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
