"""Build the 241st held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout241/build_heldout241.py [--check]

Five short documents on Vietnam – Timor-Leste, ASEAN's eleventh member: a journal article on relations from
2002 to Timor-Leste's ASEAN admission (26/10/2025), a (fictitious) report of a university's international
office for 2025, a (fictitious) JOINT PRESS COMMUNIQUÉ at the end of an official visit to Vietnam by Timor-
Leste's Prime Minister (the new shape, in place of the news page), a (fictitious) Ministry of Education and
Training plan for 2026, and an encyclopedia entry on the Timor-Leste – Australia maritime boundary treaty
(2018). Facts are well-established; authors, journal, pages, numbers, the visit, the communiqué, local items
and quoted words are invented. Gold written by hand; ``--check`` verifies it against the documents.
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
    ministry_plan,
    report_word,
)

EVA_TIMOR = {
    "id": "eva",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU ĐÔNG NAM Á VÀ CHÂU ĐẠI DƯƠNG – Số 1 (2026)",
    "first_page": 88,
    "break_after": 8,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – TIMOR-LESTE: TỪ THIẾT LẬP QUAN HỆ ĐẾN NGÔI NHÀ CHUNG ASEAN"),
        ("author", "Hà Thị Thu Trang"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Timor-Leste từ năm 2002 và triển vọng sau khi nước này gia nhập ASEAN.",
            "vi",
        ),
        ("keywords", "Timor-Leste; ASEAN; quan hệ song phương; nông nghiệp; viễn thông", "vi"),
        ("heading", "1. Một quốc gia trẻ", 1),
        (
            "paragraph",
            "Ngày 27/9/2002, Timor-Leste trở thành thành viên thứ 191 của Liên hợp quốc. Trước đó hai tháng, ngày 28/7/2002, Việt Nam và Timor-Leste thiết lập quan hệ ngoại giao (Nguyễn Văn Hưng, 2012, tr. 51). Tháng 3/2011, Đi-li chính thức nộp đơn xin gia nhập ASEAN.",
        ),
        ("heading", "2. Hợp tác kinh tế và phát triển", 1),
        (
            "paragraph",
            "Dấu ấn rõ nhất của hợp tác song phương là dự án viễn thông Telemor do Tập đoàn Viettel đầu tư, được cấp phép năm 2012. Bên cạnh đó, Việt Nam cử chuyên gia giúp bạn trồng lúa và đào tạo cán bộ nông nghiệp; theo một quan chức Timor-Leste, đây là “món quà thiết thực nhất mà một người bạn có thể trao” (Phan Thị Ngọc, 2019, tr. 33).",
        ),
        ("heading", "3. Thành viên thứ mười một", 1),
        (
            "paragraph",
            "Tháng 11/2022, các nhà lãnh đạo ASEAN nhất trí về nguyên tắc kết nạp Timor-Leste và trao cho nước này quy chế quan sát viên. Việt Nam kiên trì ủng hộ tiến trình đó; ngày 26/10/2025, tại Hội nghị Cấp cao ASEAN lần thứ 47 ở Cu-a-la Lăm-pơ, Timor-Leste được kết nạp làm thành viên thứ 11 (Đặng Minh Khôi, 2025). Hai nước cần sớm nâng cấp khuôn khổ quan hệ.",
        ),
    ],
}

EVB_REPORT = {
    "id": "evb",
    "shape": "word",
    "head": [
        "ĐẠI HỌC NÔNG LÂM THÀNH PHỐ HỒ CHÍ MINH",
        "PHÒNG HỢP TÁC QUỐC TẾ",
        "Số: 142/BC-HTQT",
        "Thành phố Hồ Chí Minh, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác hợp tác quốc tế năm 2025 và kế hoạch năm 2026"],
    "blocks": [
        ("title", "BÁO CÁO Công tác hợp tác quốc tế năm 2025 và kế hoạch năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Tiếp nhận 12 sinh viên Timor-Leste theo học bổng của Chính phủ Việt Nam, nâng tổng số lưu học sinh Timor-Leste tại Trường lên 31 người.",
        ),
        (
            "list_item",
            "2. Tháng 6, đoàn giảng viên của Trường sang Đi-li làm việc với Bộ Nông nghiệp, Chăn nuôi, Thủy sản và Lâm nghiệp Timor-Leste; hai bên ký Biên bản thỏa thuận về chuyển giao giống lúa.",
        ),
        (
            "list_item",
            "3. Phối hợp với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) tập huấn về canh tác lúa chịu hạn cho 40 kỹ thuật viên Timor-Leste; FAO tài trợ toàn bộ chi phí.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Timor-Leste tại Việt Nam đến thăm và làm việc với Ban Giám hiệu.",
        ),
        (
            "list_item",
            "5. Dự án trường nghiệp vụ nông nghiệp tại Baucau do Hàn Quốc đề xuất tài trợ chưa được phê duyệt.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, đón đoàn Đại học Quốc gia Timor Lorosa'e sang ký thỏa thuận hợp tác đào tạo sau đại học.",
        ),
        (
            "list_item",
            "2. Đề nghị FAO tiếp tục hỗ trợ giai đoạn hai chương trình tập huấn.",
        ),
        (
            "list_item",
            "3. Mở rộng trao đổi sinh viên với các trường đại học Thái Lan và Phi-líp-pin.",
        ),
    ],
}

EVC_COMMUNIQUE = {
    "id": "evc",
    "shape": "communique",
    "blocks": [
        (
            "title",
            "THÔNG CÁO BÁO CHÍ CHUNG VIỆT NAM – TIMOR-LESTE nhân dịp chuyến thăm chính thức Việt Nam của Thủ tướng Cộng hòa Dân chủ Timor-Leste",
        ),
        (
            "paragraph",
            "1. Nhận lời mời của Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam Phạm Minh Chính, Thủ tướng Cộng hòa Dân chủ Timor-Leste Xanana Gusmão đã thăm chính thức Việt Nam từ ngày 9 đến ngày 11/4/2026.",
        ),
        (
            "paragraph",
            "2. Trong chuyến thăm, Thủ tướng Xanana Gusmão đã hội đàm với Thủ tướng Phạm Minh Chính, hội kiến Tổng Bí thư Tô Lâm, hội kiến Chủ tịch nước và gặp Chủ tịch Quốc hội.",
        ),
        (
            "paragraph",
            "3. Hai bên đánh giá cao sự phát triển của quan hệ hữu nghị kể từ khi thiết lập quan hệ ngoại giao ngày 28/7/2002. Phía Timor-Leste cảm ơn Việt Nam đã ủng hộ mạnh mẽ việc Timor-Leste trở thành thành viên thứ 11 của ASEAN.",
        ),
        (
            "paragraph",
            "4. Hai Thủ tướng nhất trí nâng quan hệ hai nước lên Đối tác toàn diện.",
        ),
        ("paragraph", "5. Hai bên nhất trí:"),
        (
            "list_item",
            "- Phấn đấu đưa kim ngạch thương mại song phương vượt 100 triệu USD; tạo thuận lợi để doanh nghiệp Việt Nam đầu tư vào viễn thông, nông nghiệp và năng lượng tại Timor-Leste;",
        ),
        (
            "list_item",
            "- Việt Nam tiếp tục cử chuyên gia nông nghiệp và cấp học bổng cho sinh viên Timor-Leste;",
        ),
        (
            "list_item",
            "- Phối hợp chặt chẽ tại ASEAN, Liên hợp quốc và các diễn đàn đa phương.",
        ),
        (
            "paragraph",
            "6. Nhân dịp chuyến thăm, hai bên đã ký Bản ghi nhớ hợp tác nông nghiệp và Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao và công vụ. Hiệp định về khuyến khích và bảo hộ đầu tư chưa được ký do cần tiếp tục đàm phán.",
        ),
        (
            "paragraph",
            "7. Thủ tướng Xanana Gusmão mời Thủ tướng Phạm Minh Chính thăm chính thức Timor-Leste; Thủ tướng Phạm Minh Chính vui vẻ nhận lời.",
        ),
    ],
}

EVD_PLAN = {
    "id": "evd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BGDĐT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục với Cộng hòa Dân chủ Timor-Leste",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác giáo dục với Cộng hòa Dân chủ Timor-Leste năm 2026"),
        (
            "paragraph",
            "Nhằm hỗ trợ Timor-Leste, thành viên mới của ASEAN từ tháng 10/2025, hội nhập khu vực, Bộ Giáo dục và Đào tạo ban hành Kế hoạch hợp tác giáo dục năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, Việt Nam cấp 30 suất học bổng cho sinh viên Timor-Leste. Bộ Giáo dục của bạn đã đề nghị ký thỏa thuận công nhận văn bằng, song hai bên chưa bắt đầu đàm phán.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tăng số học bổng dành cho Timor-Leste lên 50 suất trong năm học 2026 – 2027.",
        ),
        (
            "list_item",
            "2. Tháng 5 năm nay, cử đoàn do một Thứ trưởng dẫn đầu sang Đi-li trao đổi về đào tạo giáo viên tiếng Anh.",
        ),
        (
            "list_item",
            "3. Phối hợp với Quỹ Nhi đồng Liên hợp quốc (UNICEF) khảo sát nhu cầu hỗ trợ giáo dục mầm non tại Timor-Leste.",
        ),
        (
            "list_item",
            "4. Đàm phán thỏa thuận công nhận văn bằng, phấn đấu ký trong quý IV.",
        ),
        (
            "list_item",
            "5. Tháng 9, đón đoàn Bộ Giáo dục Timor-Leste sang tìm hiểu mô hình trường phổ thông dân tộc nội trú.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, theo dõi việc thực hiện Kế hoạch này.",
        ),
    ],
}

EVE_ENTRY = {
    "id": "eve",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước phân định biên giới biển Timor-Leste – Australia"),
        (
            "paragraph",
            "Hiệp ước giữa Australia và Cộng hòa Dân chủ Timor-Leste thiết lập ranh giới biển của hai nước ở biển Timor được ký ngày 6/3/2018 tại trụ sở Liên hợp quốc ở Niu Oóc và có hiệu lực ngày 30/8/2019, đúng 20 năm sau cuộc trưng cầu ý dân về độc lập của Timor-Leste.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Ngày 20/5/2002, hai nước ký Hiệp ước biển Timor về khai thác chung dầu khí, chưa phân định ranh giới. Năm 2006, hai bên ký tiếp Hiệp ước về một số thỏa thuận biển ở biển Timor (CMATS), hoãn việc phân định trong 50 năm. Năm 2016, Timor-Leste khởi động thủ tục hòa giải bắt buộc theo Công ước của Liên hợp quốc về Luật Biển; tháng 1/2017, Đi-li thông báo chấm dứt CMATS.",
        ),
        ("heading", "Hòa giải", 1),
        (
            "paragraph",
            "Ủy ban hòa giải gồm năm thành viên, với Tòa Trọng tài thường trực làm cơ quan thư ký, đã giúp hai bên đạt được thỏa thuận. Đây là vụ hòa giải bắt buộc đầu tiên theo Công ước.",
        ),
        ("heading", "Mỏ Greater Sunrise", 1),
        (
            "paragraph",
            "Hiệp ước lập chế độ đặc biệt cho mỏ khí Greater Sunrise. Phương án xây nhà máy chế biến khí trên bờ biển Timor-Leste đến nay vẫn chưa được các bên thống nhất. Ngày 30/8/2019, Thủ tướng Australia Scott Morrison tới Đi-li dự lễ trao đổi công hàm đưa hiệp ước vào hiệu lực.",
        ),
    ],
}

DOCS = [EVA_TIMOR, EVB_REPORT, EVC_COMMUNIQUE, EVD_PLAN, EVE_ENTRY]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "TRƯỞNG PHÒNG"."""
    return report_word(doc, ["TRƯỞNG PHÒNG", "(Đã ký)"])


def render_communique(doc: dict) -> str:
    """A joint press communiqué as published by the Foreign Ministry (copied as text): the centred
    "THÔNG CÁO BÁO CHÍ CHUNG / VIỆT NAM – TIMOR-LESTE" heading and its occasion line, numbered paragraphs,
    dash bullets under "5.", and the closing place-date line "Hà Nội, ngày 11 tháng 4 năm 2026"."""
    title = doc["blocks"][0][1]
    head, occasion = title.split(" nhân dịp ")
    lines = [
        "THÔNG CÁO BÁO CHÍ CHUNG".center(76).rstrip(),
        head.replace("THÔNG CÁO BÁO CHÍ CHUNG ", "").center(76).rstrip(),
        ("nhân dịp " + occasion).center(76).rstrip(),
        "",
    ]
    for b in doc["blocks"][1:]:
        lines.append(("    " if b[0] == "list_item" else "") + b[1])
        lines.append("")
    lines.append("Hà Nội, ngày 11 tháng 4 năm 2026".rjust(76))
    return "\n".join(lines) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "communique": render_communique,
            "plan": ministry_plan,
            "entry": entry_text,
        },
        prefix="ev",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
