"""Build the three hundred eleventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout311/build_heldout311.py [--check]

Five short documents on Vietnam and China, the angle of 2022 – 2025: a journal article on the community with
a shared future of the joint statement of December 2023, a (fictitious) border province's trade department
report for 2024 on trade with Guangxi, a chain of three diplomatic notes (công hàm) between the foreign
ministry and the Chinese embassy in Hà Nội on bringing a (fictitious) agreement into force and on a planned
meeting (the new shape, replacing the news page), a newspaper interview on railway links after the state
visit of April 2025, and an encyclopedia entry on Vietnam – China trade. Facts are well-established;
authors, journal, page numbers, document and note numbers, the agreement carried into force by the notes,
the report's items, the interviewee and his words are invented. Gold is written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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
    interview_text,
    report_word,
    wrap,
)

KZA_JOURNAL = {
    "id": "kza",
    "shape": "journal",
    "header": "Tạp chí Nghiên cứu Láng giềng – Số 3 (2024)",
    "first_page": 15,
    "break_after": 5,
    "blocks": [
        ("title", "CỘNG ĐỒNG CHIA SẺ TƯƠNG LAI VIỆT NAM – TRUNG QUỐC: NỘI HÀM VÀ TRIỂN VỌNG"),
        ("author", "Kiều Thanh Nga"),
        ("affiliation", "Viện Quan hệ quốc tế, Học viện Chính trị khu vực I"),
        (
            "abstract",
            "Bài viết phân tích nội hàm của định vị “Cộng đồng chia sẻ tương lai có ý nghĩa chiến lược” trong quan hệ Việt Nam – Trung Quốc từ năm 2023.",
            "vi",
        ),
        ("keywords", "cộng đồng chia sẻ tương lai; Tuyên bố chung 2023; quan hệ Việt – Trung", "vi"),
        ("heading", "1. Từ Bắc Kinh đến Hà Nội", 1),
        (
            "paragraph",
            "Từ ngày 30/10 đến 1/11/2022, Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Trung Quốc, là lãnh đạo nước ngoài đầu tiên được đón tiếp sau Đại hội XX Đảng Cộng sản Trung Quốc (Tôn Thất Bảo, 2023, tr. 9). Trong hai ngày 12 và 13/12/2023, Tổng Bí thư, Chủ tịch nước Tập Cận Bình thăm cấp nhà nước Việt Nam; hai bên ra Tuyên bố chung về tiếp tục làm sâu sắc và nâng tầm quan hệ Đối tác hợp tác chiến lược toàn diện, xây dựng Cộng đồng chia sẻ tương lai Việt Nam – Trung Quốc có ý nghĩa chiến lược, và ký 36 văn kiện hợp tác.",
        ),
        ("heading", "2. Sáu phương hướng", 1),
        (
            "paragraph",
            "Tuyên bố chung nêu mục tiêu “chính trị tin cậy hơn, quốc phòng – an ninh thực chất hơn, hợp tác thực chất sâu sắc hơn, nền tảng xã hội vững chắc hơn, phối hợp đa phương chặt chẽ hơn, bất đồng được kiểm soát và giải quyết tốt hơn” (Phùng Đức Lâm, 2024, tr. 33). Từ ngày 18 đến 20/8/2024, Tổng Bí thư, Chủ tịch nước Tô Lâm chọn Trung Quốc là nước đầu tiên thăm cấp nhà nước trên cương vị mới.",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Tuy vậy, bất đồng trên biển vẫn chưa được giải quyết; hai bên cần kiên trì đàm phán một Bộ quy tắc ứng xử ở Biển Đông (COC) thực chất, hiệu quả cùng các nước ASEAN (Vi Hoàng Yến, 2024).",
        ),
    ],
}

KZB_WORD = {
    "id": "kzb",
    "shape": "word",
    "head": [
        "UBND TỈNH LẠNG SƠN",
        "SỞ CÔNG THƯƠNG",
        "Số: 402/BC-SCT",
        "Lạng Sơn, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình hợp tác thương mại với Khu tự trị Quảng Tây (Trung Quốc) năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình hợp tác thương mại với Khu tự trị Quảng Tây (Trung Quốc) năm 2024"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh tăng khoảng 20% so với năm 2023.",
        ),
        (
            "list_item",
            "2. Tháng 5/2024, Sở đưa đoàn doanh nghiệp sang Nam Ninh dự hội nghị xúc tiến xuất khẩu sầu riêng, thanh long và chuối.",
        ),
        (
            "list_item",
            "3. Tiếp đoàn Sở Thương mại Quảng Tây sang trao đổi về thí điểm cửa khẩu thông minh tại cặp cửa khẩu Hữu Nghị – Hữu Nghị Quan.",
        ),
        (
            "list_item",
            "4. Ký biên bản ghi nhớ với Ban Quản lý Khu hợp tác kinh tế Bằng Tường về kết nối kho bãi.",
        ),
        (
            "list_item",
            "5. Đề xuất mở rộng tuyến đường chuyên dụng tại khu vực mốc 1119 – 1120 chưa được phía bạn chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Tham gia Hội chợ Trung Quốc – ASEAN (CAEXPO) lần thứ 22 tại Nam Ninh vào tháng 9/2025.",
        ),
        (
            "list_item",
            "2. Đề nghị Bộ Công Thương phối hợp với phía Trung Quốc sớm đưa cửa khẩu thông minh vào vận hành.",
        ),
        ("paragraph", "Trên đây là báo cáo tình hình hợp tác thương mại với Khu tự trị Quảng Tây năm 2024."),
    ],
}

MFA = "Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam"
EMB = "Đại sứ quán nước Cộng hòa Nhân dân Trung Hoa"
KZC_NOTES = [
    {
        "number": "Số: 1426/BNG-LPQT",
        "body": [
            f"{MFA} gửi lời chào trân trọng tới {EMB} tại Hà Nội và có vinh dự thông báo như sau:",
            "Liên quan đến công hàm số 112/2024 ngày 8/4/2024 của Quý Đại sứ quán thông báo phía Trung Quốc đã hoàn tất các thủ tục nội bộ cần thiết đối với Hiệp định về hợp tác kiểm dịch thực vật đối với nông sản qua biên giới, ký tại Hà Nội ngày 12/12/2023, Bộ Ngoại giao trân trọng thông báo phía Việt Nam cũng đã hoàn tất các thủ tục nội bộ cần thiết. Theo Điều 15, Hiệp định có hiệu lực kể từ ngày 10/5/2024.",
            "Bộ Ngoại giao đề nghị tổ chức phiên họp thứ nhất của Nhóm công tác liên hợp thực hiện Hiệp định tại Hà Nội vào ngày 18/6/2024.",
            f"{MFA} nhân dịp này xin gửi tới {EMB} lời chào trân trọng nhất./.",
        ],
        "place": "Hà Nội, ngày 10 tháng 5 năm 2024",
        "to": f"Kính gửi: {EMB} tại Hà Nội",
    },
    {
        "number": "Số: 156/2024",
        "body": [
            f"{EMB} tại Hà Nội gửi lời chào trân trọng tới {MFA} và có vinh dự thông báo như sau:",
            "Đại sứ quán đã nhận được công hàm số 1426/BNG-LPQT ngày 10/5/2024 của Quý Bộ và xác nhận Hiệp định có hiệu lực kể từ ngày 10/5/2024. Phía Trung Quốc đồng ý họp phiên thứ nhất của Nhóm công tác liên hợp tại Hà Nội ngày 18/6/2024 và đề nghị nhân dịp này hai bên ký Kế hoạch thực hiện Hiệp định giai đoạn 2024 – 2026.",
            f"{EMB} nhân dịp này xin gửi tới {MFA} lời chào trân trọng nhất.",
        ],
        "place": "Hà Nội, ngày 24 tháng 5 năm 2024",
        "to": f"Kính gửi: {MFA}",
    },
    {
        "number": "Số: 1702/BNG-LPQT",
        "body": [
            f"{MFA} gửi lời chào trân trọng tới {EMB} tại Hà Nội và có vinh dự thông báo như sau:",
            "Đáp lại công hàm số 156/2024 ngày 24/5/2024 của Quý Đại sứ quán, Bộ Ngoại giao xác nhận phiên họp thứ nhất sẽ diễn ra tại Hà Nội ngày 18/6/2024 và đồng ý ký Kế hoạch thực hiện Hiệp định nhân dịp này. Phía Việt Nam chưa thể bố trí chuyến khảo sát chung tại cửa khẩu Hữu Nghị – Hữu Nghị Quan trong tháng 6/2024 và đề nghị lùi sang tháng 9/2024.",
            f"{MFA} nhân dịp này xin gửi tới {EMB} lời chào trân trọng nhất./.",
        ],
        "place": "Hà Nội, ngày 3 tháng 6 năm 2024",
        "to": f"Kính gửi: {EMB} tại Hà Nội",
    },
]


def note_blocks(notes: list[dict]) -> list[tuple]:
    """The gold blocks of a chain of notes: the first note's number line the title, every later one a level-1
    heading; each note's paragraphs, its place-date line and its "Kính gửi" line paragraphs."""
    blocks: list[tuple] = []
    for i, n in enumerate(notes):
        blocks.append(("title", n["number"]) if i == 0 else ("heading", n["number"], 1))
        blocks += [("paragraph", p) for p in n["body"]]
        blocks += [("paragraph", n["place"]), ("paragraph", n["to"])]
    return blocks


KZC_NOTE = {"id": "kzc", "shape": "note", "notes": KZC_NOTES, "blocks": note_blocks(KZC_NOTES)}

KZD_INTERVIEW = {
    "id": "kzd",
    "shape": "interview",
    "paper": "KINH TẾ ĐỐI NGOẠI ĐIỆN TỬ › Hợp tác",
    "stamp": "Thứ Sáu, 09/05/2025 08:00 (GMT+7)",
    "blocks": [
        ("title", "Kết nối đường sắt Việt – Trung: “Đi trước một bước để mở đường cho giao thương”"),
        (
            "paragraph",
            "Sau chuyến thăm cấp nhà nước tới Việt Nam của Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình ngày 14 và 15/4/2025, phóng viên có cuộc trao đổi với PGS.TS. Đoàn Minh Khôi, chuyên gia giao thông vận tải.",
        ),
        ("paragraph", "Thưa ông, chuyến thăm vừa qua mang lại gì cho hợp tác đường sắt?"),
        (
            "paragraph",
            "Trong chuyến thăm, hai bên đã ký các văn kiện hợp tác về đường sắt. Trước đó, tháng 2/2025, Quốc hội ta đã quyết định chủ trương đầu tư tuyến đường sắt khổ tiêu chuẩn Lào Cai – Hà Nội – Hải Phòng, nối với mạng đường sắt Vân Nam.",
        ),
        ("paragraph", "Hiện hàng hóa đi bằng đường sắt qua biên giới ra sao?"),
        (
            "paragraph",
            "Hàng qua ga Lào Cai – Hà Khẩu vẫn phải chuyển tải vì khổ đường ray khác nhau. Tuyến Cát Linh – Hà Đông do nhà thầu Trung Quốc thi công đã vận hành từ tháng 11/2021.",
        ),
        ("paragraph", "Việc cần làm tiếp theo là gì?"),
        (
            "paragraph",
            "Ta nên tranh thủ vốn vay ưu đãi và kinh nghiệm của Trung Quốc, song phải tự chủ về công nghệ. Tuyến Lào Cai – Hà Nội – Hải Phòng chưa ký hợp đồng thi công nào và dự kiến khởi công cuối năm 2025.",
        ),
    ],
}

KZE_ENTRY = {
    "id": "kze",
    "shape": "entry",
    "blocks": [
        ("title", "Quan hệ thương mại Việt Nam – Trung Quốc"),
        (
            "paragraph",
            "Trung Quốc là đối tác thương mại lớn nhất của Việt Nam; Việt Nam là đối tác thương mại lớn nhất của Trung Quốc trong ASEAN. Năm 2024, kim ngạch thương mại hai chiều vượt 200 tỷ USD, trong đó Việt Nam nhập siêu lớn từ Trung Quốc.",
        ),
        ("heading", "Khuôn khổ", 1),
        (
            "paragraph",
            "Ngày 4/11/2002, tại Phnôm Pênh, ASEAN và Trung Quốc ký Hiệp định khung về hợp tác kinh tế toàn diện, đặt nền móng cho Khu vực mậu dịch tự do ASEAN – Trung Quốc (ACFTA). Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP), được ký ngày 15/11/2020 khi Việt Nam là Chủ tịch ASEAN, có hiệu lực từ ngày 1/1/2022 và có cả Trung Quốc tham gia.",
        ),
        ("heading", "Mặt hàng", 1),
        (
            "paragraph",
            "Việt Nam nhập chủ yếu máy móc, nguyên phụ liệu; xuất điện thoại, linh kiện điện tử và nông sản. Từ tháng 9/2022, sầu riêng Việt Nam được xuất khẩu chính ngạch sang Trung Quốc.",
        ),
        ("heading", "Đầu tư", 1),
        (
            "paragraph",
            "Trung Quốc cũng là một trong những nhà đầu tư nước ngoài lớn tại Việt Nam; năm 2023, Trung Quốc dẫn đầu về số dự án đầu tư mới vào Việt Nam.",
        ),
    ],
}

DOCS = [KZA_JOURNAL, KZB_WORD, KZC_NOTE, KZD_INTERVIEW, KZE_ENTRY]

NOTE_WIDTH = 74
NOTE_RULE = "-" * 60


def render_note(doc: dict) -> tuple[str, list[str]]:
    """A chain of diplomatic notes (công hàm) copied as text: for each note the number line at the top left, a
    blank line, the paragraphs wrapped at 74 columns, each first line indented by eight spaces, a blank line
    after each, the place-date line and "[dấu]" at the right, then "Kính gửi: …" at the foot; a line of dashes
    between notes. Returns the text and the lines layout repair must remove (the stamp notes and the rule)."""
    out: list[str] = []
    for i, n in enumerate(doc["notes"]):
        if i:
            out += ["", NOTE_RULE, ""]
        out += [n["number"], ""]
        for p in n["body"]:
            first = wrap(p, NOTE_WIDTH - 8)[0]
            out += [" " * 8 + first, *wrap(p[len(first) + 1 :], NOTE_WIDTH), ""]
        out += [f"{'':34}{n['place']}", f"{'':46}[dấu]", "", n["to"]]
    return "\n".join(out) + "\n", ["[dấu]", NOTE_RULE]


def render_interview(doc: dict) -> str:
    """A newspaper interview by heldout_kit.interview_text, the reporter's byline at the end."""
    return interview_text(doc, "Thu Hằng (thực hiện)")


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "note": render_note,
            "interview": render_interview,
            "entry": entry_text,
        },
        prefix="kz",
        rendered=True,
        removing_shapes=("journal", "note"),
    )


if __name__ == "__main__":
    sys.exit(main())
