"""Build the hundred-and-eighty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout187/build_heldout187.py [--check]

Five short documents on Vietnam and South Asia, on topics the earlier sets do not use as main topics (ASEAN –
India relations and Vietnam's term as coordinator 2015 – 2018, the Vietnamese Embassy in Bangladesh's year
2024, a weekly foreign-affairs bulletin of the Vietnamese Embassy in India for 6 – 12/1/2025, a (fictitious)
Ministry of Culture, Sports and Tourism plan for cultural cooperation with India in 2026, BIMSTEC). The third
document replaces the usual news page by a new shape: a weekly news digest ("Bản tin đối ngoại tuần") with a
masthead (issuer, issue number, week), section headings and short dated items, rendered here with plain
Python. Facts are well-established; authors, journal, page numbers, document numbers, the embassies' items
and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events, citations
and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
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
    headed_journal,
    plan_text,
    word_text,
    wrap,
)

QVA_ASEAN_INDIA = {
    "id": "qva",
    "shape": "journal",
    "header": "TẠP CHÍ NAM Á HỌC – Số 2 (2025)",
    "first_page": 21,
    "break_after": 10,
    "blocks": [
        ("title", "VIỆT NAM VÀ QUAN HỆ ĐỐI TÁC ASEAN – ẤN ĐỘ"),
        ("author", "Lương Thị Hồng Vân"),
        ("affiliation", "Viện Nghiên cứu Nam Á, Tây Á và châu Phi"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ ASEAN – Ấn Độ và đánh giá vai trò điều phối của Việt Nam giai đoạn 2015 – 2018.",
            "vi",
        ),
        ("keywords", "ASEAN; Ấn Độ; AITIGA; Hành động hướng Đông", "vi"),
        ("heading", "1. Ba thập kỷ quan hệ đối thoại", 1),
        (
            "paragraph",
            "Ấn Độ trở thành Đối tác đối thoại từng phần của ASEAN năm 1992 và Đối tác đối thoại đầy đủ năm 1995. Hội nghị Cấp cao ASEAN – Ấn Độ đầu tiên họp tại Phnôm Pênh tháng 11/2002. Hiệp định Thương mại hàng hóa ASEAN – Ấn Độ (AITIGA) được ký tại Băng Cốc ngày 13/8/2009 và có hiệu lực từ ngày 1/1/2010 đối với Ấn Độ và một số nước ASEAN (Hoàng Thị Ngọc Lan, 2018, tr. 33). Tại Hội nghị Cấp cao kỷ niệm ở Niu Đê-li tháng 12/2012, hai bên nâng quan hệ lên Đối tác chiến lược.",
        ),
        ("heading", "2. Vai trò điều phối của Việt Nam", 1),
        (
            "paragraph",
            "Giai đoạn 2015 – 2018, Việt Nam là nước điều phối quan hệ ASEAN – Ấn Độ. Ngày 25/1/2018, Hội nghị Cấp cao kỷ niệm 25 năm quan hệ đối thoại họp tại Niu Đê-li và thông qua Tuyên bố Đê-li; hôm sau, lãnh đạo mười nước ASEAN dự Lễ diễu binh mừng Ngày Cộng hòa Ấn Độ với tư cách khách mời danh dự. Giới nghiên cứu Ấn Độ coi Việt Nam là “trụ cột trong chính sách Hành động hướng Đông” (Rajesh Kumar, 2019, tr. 147).",
        ),
        ("heading", "3. Hướng tới đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Tháng 11/2022, tại Phnôm Pênh, ASEAN và Ấn Độ nâng quan hệ lên Đối tác chiến lược toàn diện, sáu năm sau khi Việt Nam và Ấn Độ xác lập khuôn khổ này ở cấp song phương (tháng 9/2016). Tuy nhiên, việc rà soát AITIGA, khởi động năm 2023, đến nay vẫn chưa hoàn tất (Đỗ Minh Quân, 2025); ta cần phối hợp chặt chẽ với các nước ASEAN để sớm kết thúc đàm phán.",
        ),
    ],
}

QVB_DHAKA = {
    "id": "qvb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI BĂNG-LA-ĐÉT",
        "Số: 73/BC-ĐSQ",
        "Dhaka, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. TÌNH HÌNH SỞ TẠI VÀ QUAN HỆ HAI NƯỚC", 1),
        (
            "paragraph",
            "Năm 2024, tình hình chính trị Băng-la-đét có nhiều biến động: sau các cuộc biểu tình kéo dài, Thủ tướng Sheikh Hasina từ chức ngày 5/8/2024; Chính phủ lâm thời do ông Muhammad Yunus đứng đầu được thành lập ngày 8/8/2024. Quan hệ hữu nghị truyền thống Việt Nam – Băng-la-đét, thiết lập ngày 11/2/1973, tiếp tục được duy trì.",
        ),
        ("heading", "II. KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Tháng 3/2024, Đại sứ quán phối hợp tổ chức phiên tham khảo chính trị cấp Thứ trưởng Ngoại giao giữa hai nước tại Dhaka.",
        ),
        (
            "list_item",
            "2. Trong thời gian bất ổn tháng 7 – 8/2024, Đại sứ quán thường xuyên liên hệ với Bộ Ngoại giao sở tại để bảo đảm an toàn cho gần 100 công dân Việt Nam; không có công dân ta bị thương.",
        ),
        (
            "list_item",
            "3. Hỗ trợ doanh nghiệp Việt Nam trúng thầu cung cấp gạo cho Chính phủ Băng-la-đét; tháng 10/2024, lô hàng đầu tiên đã cập cảng Chittagong.",
        ),
        (
            "list_item",
            "4. Phối hợp với Liên đoàn các Phòng Thương mại và Công nghiệp Băng-la-đét (FBCCI) tổ chức hội thảo giới thiệu môi trường đầu tư của Việt Nam.",
        ),
        (
            "list_item",
            "5. Tuần Văn hóa Việt Nam tại Dhaka dự kiến tổ chức trong năm chưa thực hiện được do tình hình an ninh.",
        ),
        ("heading", "III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Vận động phía bạn sớm ký Bản ghi nhớ hợp tác nông nghiệp giai đoạn 2025 – 2030.",
        ),
        (
            "list_item",
            "2. Tháng 1/2025, tổ chức gian hàng Việt Nam tại Hội chợ Thương mại quốc tế Dhaka.",
        ),
        (
            "list_item",
            "3. Vận động Băng-la-đét ủng hộ Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.",
        ),
    ],
}

QVC_DIGEST = {
    "id": "qvc",
    "shape": "digest",
    "masthead": [
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI ẤN ĐỘ",
        "Số 02/2025 | Tuần từ 06/01 đến 12/01/2025",
    ],
    "blocks": [
        ("title", "BẢN TIN ĐỐI NGOẠI TUẦN"),
        ("heading", "I. CHÍNH TRỊ – NGOẠI GIAO", 1),
        ("heading", "Kỷ niệm 53 năm quan hệ ngoại giao (07/01)", 2),
        (
            "paragraph",
            "Tối 7/1, Đại sứ quán chiêu đãi kỷ niệm 53 năm quan hệ ngoại giao Việt Nam – Ấn Độ (7/1/1972 – 7/1/2025). Đại diện Bộ Ngoại giao Ấn Độ khẳng định Việt Nam là trụ cột trong chính sách Hành động hướng Đông.",
        ),
        ("heading", "Làm việc tại Bộ Ngoại giao Ấn Độ (08/01)", 2),
        (
            "paragraph",
            "Ngày 8/1, Đại sứ làm việc với Bộ Ngoại giao Ấn Độ về trao đổi đoàn cấp cao năm 2025; hai bên nhất trí sớm họp Ủy ban hỗn hợp về hợp tác kinh tế.",
        ),
        ("heading", "Tiếp Đại sứ Nê-pan (09/01)", 2),
        (
            "paragraph",
            "Ngày 9/1, Đại sứ tiếp Đại sứ Nê-pan, trao đổi về kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Nê-pan (1975 – 2025).",
        ),
        ("heading", "II. KINH TẾ – QUỐC PHÒNG", 1),
        ("heading", "Tọa đàm dược phẩm tại Hyderabad (09/01)", 2),
        (
            "paragraph",
            "Ngày 9/1, Thương vụ phối hợp với Hội đồng Xúc tiến xuất khẩu dược phẩm Ấn Độ (Pharmexcil) tổ chức tọa đàm; một số doanh nghiệp Ấn Độ quan tâm đầu tư nhà máy tại Việt Nam.",
        ),
        ("heading", "Khóa tiếng Anh cho sĩ quan (10/01)", 2),
        (
            "paragraph",
            "Ngày 10/1, Tùy viên Quốc phòng dự khai giảng khóa tiếng Anh do phía Ấn Độ tài trợ cho 20 sĩ quan Việt Nam.",
        ),
        ("heading", "III. LÃNH SỰ – VĂN HÓA", 1),
        ("heading", "Bảo hộ thuyền viên (11/01)", 2),
        (
            "paragraph",
            "Ngày 11/1, Đại sứ quán phối hợp với chính quyền bang Tây Bengal đưa 8 thuyền viên Việt Nam bị giữ tại cảng Kolkata về nước.",
        ),
        ("heading", "Học bổng ICCR (08/01)", 2),
        (
            "paragraph",
            "Ngày 8/1, Hội đồng Quan hệ văn hóa Ấn Độ (ICCR) cấp 30 suất học bổng năm học 2025 – 2026 cho sinh viên Việt Nam.",
        ),
        ("heading", "Gặp mặt đón Tết (12/01)", 2),
        (
            "paragraph",
            "Ngày 12/1, Đại sứ quán gặp mặt cộng đồng người Việt nhân dịp Tết Ất Tỵ.",
        ),
        ("heading", "IV. LỊCH CÔNG TÁC TUẦN TỚI", 1),
        ("heading", "Làm việc tại bang Gujarat (14 – 16/01)", 2),
        (
            "paragraph",
            "Từ ngày 14 đến 16/1, Đại sứ dự kiến làm việc với chính quyền bang Gujarat về hợp tác cảng biển. Đoàn doanh nghiệp Việt Nam định sang Mumbai tuần tới chưa được cấp thị thực nên đã hoãn.",
        ),
    ],
}

QVD_PLAN = {
    "id": "qvd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VÀ DU LỊCH':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 64/KH-BVHTTDL':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": ["KẾ HOẠCH", "Hợp tác văn hóa, du lịch với Cộng hòa Ấn Độ năm 2026"],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác văn hóa, du lịch với Cộng hòa Ấn Độ năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa quan hệ Đối tác chiến lược toàn diện Việt Nam – Ấn Độ và phát huy kết quả giao lưu văn hóa, tôn giáo giữa hai nước, Bộ Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ HỢP TÁC THỜI GIAN QUA", 1),
        (
            "paragraph",
            "Với sự tài trợ của Chính phủ Ấn Độ, chuyên gia của Cục Khảo cổ học Ấn Độ (ASI) đã trùng tu các nhóm tháp K, H và A tại Khu đền tháp Mỹ Sơn, di sản văn hóa thế giới được UNESCO công nhận năm 1999. Tháng 5 năm ngoái, phía Ấn Độ đưa Xá lợi Đức Phật sang Việt Nam tôn trí, phục vụ Đại lễ Vesak Liên hợp quốc do Việt Nam đăng cai. Tuy vậy, hai bên chưa ký Chương trình hợp tác văn hóa cho giai đoạn mới.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3, đàm phán và ký Chương trình hợp tác văn hóa Việt Nam – Ấn Độ giai đoạn 2026 – 2030 nhân dịp Bộ trưởng Bộ Văn hóa Ấn Độ thăm Việt Nam.",
        ),
        (
            "list_item",
            "2. Đề nghị phía Ấn Độ tiếp tục hỗ trợ trùng tu các nhóm tháp còn lại tại Mỹ Sơn.",
        ),
        (
            "list_item",
            "3. Tổ chức Những ngày Văn hóa Việt Nam tại Niu Đê-li và Mumbai vào tháng 11.",
        ),
        (
            "list_item",
            "4. Phối hợp với Bộ Du lịch Ấn Độ quảng bá các tuyến du lịch về di sản Phật giáo của hai nước.",
        ),
        (
            "list_item",
            "5. Chưa xem xét đề xuất mở Trung tâm Văn hóa Việt Nam tại Niu Đê-li trong năm 2026 do chưa bố trí được kinh phí.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch này.",
        ),
    ],
}

QVE_BIMSTEC = {
    "id": "qve",
    "shape": "entry",
    "blocks": [
        ("title", "Sáng kiến vịnh Ben-gan về hợp tác kinh tế và kỹ thuật đa ngành"),
        (
            "paragraph",
            "Sáng kiến vịnh Ben-gan về hợp tác kinh tế và kỹ thuật đa ngành (BIMSTEC) là tổ chức hợp tác khu vực gồm bảy nước ven và gần vịnh Ben-gan: Băng-la-đét, Bu-tan, Ấn Độ, Mi-an-ma, Nê-pan, Xri Lan-ca và Thái Lan. Ban Thư ký đặt tại Dhaka từ năm 2014.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Tổ chức được thành lập theo Tuyên bố Băng Cốc ngày 6/6/1997 với bốn thành viên ban đầu là Băng-la-đét, Ấn Độ, Xri Lan-ca và Thái Lan, dưới tên gọi BIST-EC. Mi-an-ma gia nhập ngày 22/12/1997; Nê-pan và Bu-tan trở thành thành viên đầy đủ năm 2004. Tại Hội nghị Cấp cao đầu tiên ở Băng Cốc ngày 31/7/2004, tổ chức lấy tên gọi hiện nay.",
        ),
        ("heading", "Hiến chương", 1),
        (
            "paragraph",
            "Hội nghị Cấp cao lần thứ năm do Xri Lan-ca chủ trì ngày 30/3/2022 đã thông qua Hiến chương BIMSTEC; văn kiện có hiệu lực từ tháng 5/2024. Tại Hội nghị Cấp cao lần thứ sáu ở Băng Cốc ngày 4/4/2025, Thái Lan chuyển giao chức Chủ tịch cho Băng-la-đét.",
        ),
        ("heading", "Vị trí trong khu vực", 1),
        (
            "paragraph",
            "Khi Hiệp hội Nam Á vì sự hợp tác khu vực (SAARC) rơi vào bế tắc, không tổ chức được hội nghị cấp cao nào kể từ năm 2014, BIMSTEC được Ấn Độ coi là kênh hợp tác khu vực quan trọng. Việt Nam không phải là thành viên BIMSTEC nhưng có quan hệ ngoại giao với cả bảy nước; Thái Lan và Mi-an-ma cùng là thành viên ASEAN.",
        ),
    ],
}

DOCS = [QVA_ASEAN_INDIA, QVB_DHAKA, QVC_DIGEST, QVD_PLAN, QVE_BIMSTEC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, "Trang N" at the left of
    the page foot (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, no wrapping (one paragraph a line) and an empty line after every
    line; the ambassador's signature at the end."""
    return word_text(doc, None, ["ĐẠI SỨ", "(Đã ký)"])


def render_digest(doc: dict) -> str:
    """A weekly foreign-affairs bulletin sent as plain text: the issuer line, a rule of "=", the bulletin's name
    and the issue/week line centred over the 48-column rule, another rule; the section headings in capitals with a blank line before
    and after them, each item's small heading after a "■" bullet with its dated text wrapped at 74 columns under it and a
    blank line after; a short rule of "-" and the circulation line at the end."""
    width, rule = 74, 48
    issuer, issue = doc["masthead"]
    out = [issuer, "=" * rule]
    out += [f"{doc['blocks'][0][1]:^{rule}}".rstrip(), f"{issue:^{rule}}".rstrip(), "=" * rule]
    for b in doc["blocks"][1:]:
        if b[0] == "heading" and b[2] == 1:
            out += ([""] if out[-1] else []) + [b[1], ""]
        elif b[0] == "heading":
            out.append("■ " + b[1])
        else:
            out += wrap(b[1], width) + [""]
    out += ["-" * rule, "Lưu hành nội bộ"]
    return "\n".join(out) + "\n"


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-line issuer beside the motto, the centred two-line title, body at 76 columns,
    "Nơi nhận" beside the signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Đại sứ quán Ấn Độ tại Việt Nam;", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "digest": render_digest,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="qv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
