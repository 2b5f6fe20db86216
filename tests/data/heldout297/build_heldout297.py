"""Build the two hundred ninety-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout297/build_heldout297.py [--check]

Five short documents on Vietnam and Canada, with the treaties that tie Vietnam to its North American
partners: a journal article on fifty years of Vietnam – Canada relations (1973 – 2023), a (fictitious)
friendship association's report on the fiftieth anniversary in 2023, a DECISION page (the new shape,
replacing the news page): two National Assembly resolutions ratifying treaties (the CPTPP in 2018, the
Vietnam – US Bilateral Trade Agreement in 2001) copied from a legal-documents database, a (fictitious)
trade ministry plan for exports to Canada in 2024 and an encyclopedia entry on the International Commission
for Supervision and Control (1954 – 1973). Facts are well-established; authors, journal, page numbers,
cited works, quoted words, document numbers, the database lines, the acts' "Tờ trình" numbers and
"Nơi nhận" lists, and the report's and plan's items are invented. Gold is written by hand; ``--check``
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
    ministry_plan,
    report_word,
)

KRA = {
    "id": "kra",
    "shape": "journal",
    "header": "NGHIÊN CỨU CHÂU MỸ VÀ THÁI BÌNH DƯƠNG – Số 8 (2023)",
    "first_page": 14,
    "break_after": 8,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – CA-NA-ĐA: NỬA THẾ KỶ NHÌN LẠI (1973 – 2023)"),
        ("author", "Lương Thị Hải Yến"),
        ("affiliation", "Trường Đại học Khoa học Xã hội và Nhân văn, Đại học Quốc gia Thành phố Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết điểm lại các dấu mốc chính trong 50 năm quan hệ Việt Nam – Ca-na-đa và triển vọng hợp tác trong khuôn khổ CPTPP.",
            "vi",
        ),
        ("keywords", "Ca-na-đa; Đối tác toàn diện; CPTPP; 50 năm quan hệ", "vi"),
        ("heading", "1. Những dấu mốc ban đầu", 1),
        (
            "paragraph",
            "Ngày 21/8/1973, Ca-na-đa và Việt Nam Dân chủ Cộng hòa chính thức thiết lập quan hệ ngoại giao, dưới thời Thủ tướng Pierre Trudeau (Cao Văn Liêm, 2013, tr. 52). Tháng 11/1994, Thủ tướng Jean Chrétien thăm Việt Nam, chuyến thăm đầu tiên của một Thủ tướng Ca-na-đa. Tháng 6/2005, Thủ tướng Phan Văn Khải thăm chính thức Ca-na-đa.",
        ),
        ("heading", "2. Đối tác toàn diện và CPTPP", 1),
        (
            "paragraph",
            "Ngày 8/11/2017, trong chuyến thăm chính thức Việt Nam của Thủ tướng Justin Trudeau, hai Thủ tướng tuyên bố thiết lập quan hệ Đối tác toàn diện. Ca-na-đa phê chuẩn Hiệp định CPTPP vào tháng 10/2018; Hiệp định có hiệu lực với Ca-na-đa từ ngày 30/12/2018 và với Việt Nam từ ngày 14/1/2019. Việt Nam hiện là đối tác thương mại lớn nhất của Ca-na-đa trong ASEAN.",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Như một nhà ngoại giao nhận xét, CPTPP là “cây cầu nối hai bờ Thái Bình Dương” (Lâm Thị Thu, 2021, tr. 30). Tuy vậy, đến nay hai nước chưa nâng quan hệ lên Đối tác chiến lược (Ông Văn Hòa, 2023).",
        ),
    ],
}

KRB = {
    "id": "krb",
    "shape": "word",
    "head": [
        "HỘI HỮU NGHỊ VIỆT NAM – CA-NA-ĐA",
        "BAN THƯỜNG VỤ",
        "Số: 27/BC-HHN",
        "Hà Nội, ngày 20 tháng 12 năm 2023",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tổng kết các hoạt động kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Ca-na-đa",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết các hoạt động kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Ca-na-đa"),
        ("heading", "I. KẾT QUẢ NĂM 2023", 1),
        (
            "list_item",
            "1. Tháng 8/2023, phối hợp với Đại sứ quán Ca-na-đa tổ chức lễ kỷ niệm tại Hà Nội với khoảng 300 khách mời.",
        ),
        (
            "list_item",
            "2. Đón đoàn Hội Hữu nghị Ca-na-đa – Việt Nam từ thành phố Van-cu-vơ sang thăm và giao lưu văn nghệ.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 40.000 đô-la Ca-na-đa do các tổ chức phi chính phủ Ca-na-đa tài trợ cho trẻ em khuyết tật tỉnh Hà Giang.",
        ),
        (
            "list_item",
            "4. Cử đoàn 8 hội viên sang Ốt-ta-oa và Tô-rôn-tô tham dự tuần lễ văn hóa Việt Nam.",
        ),
        (
            "list_item",
            "5. Triển lãm ảnh “50 năm hữu nghị” tại Môn-trê-an chưa tổ chức được do chưa thu xếp được địa điểm.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2024", 1),
        (
            "list_item",
            "1. Tổ chức lại triển lãm ảnh tại Môn-trê-an trong quý II/2024.",
        ),
        (
            "list_item",
            "2. Phối hợp với Thương vụ Ca-na-đa giới thiệu cơ hội từ CPTPP cho doanh nghiệp hội viên.",
        ),
        (
            "list_item",
            "3. Mời Đại sứ Ca-na-đa tại Việt Nam dự Đại hội Hội nhiệm kỳ mới.",
        ),
    ],
}

# The DECISION page: acts on treaties copied from a legal-documents database, one after another.
KRC_ACTS = [
    {
        "meta": [
            "Số hiệu: 72/2018/QH14",
            "Loại văn bản: Nghị quyết",
            "Nơi ban hành: Quốc hội",
            "Người ký: Nguyễn Thị Kim Ngân",
            "Ngày ban hành: 12/11/2018",
            "Tình trạng: Còn hiệu lực",
        ],
        "number": "Số: 72/2018/QH14",
        "place_date": "Hà Nội, ngày 12 tháng 11 năm 2018",
        "title_lines": [
            "NGHỊ QUYẾT",
            "Về việc phê chuẩn Hiệp định Đối tác Toàn diện và Tiến bộ",
            "xuyên Thái Bình Dương (CPTPP) cùng các văn kiện liên quan",
        ],
        "issuer_line": "QUỐC HỘI",
        "paragraphs": [
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
            "Căn cứ Luật Điều ước quốc tế năm 2016;",
            "Xét đề nghị của Chính phủ tại Tờ trình số 418/TTr-CP ngày 20 tháng 10 năm 2018 và Báo cáo thẩm tra của Ủy ban Đối ngoại của Quốc hội;",
            "QUYẾT NGHỊ:",
            "Điều 1. Phê chuẩn Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP) ký ngày 8 tháng 3 năm 2018 tại Xan-ti-a-gô, Cộng hòa Chi-lê, cùng các văn kiện liên quan.",
            "Điều 2. Giao Chính phủ chỉ đạo Bộ Ngoại giao thông báo cho Niu Di-lân, nước lưu chiểu Hiệp định, về việc Việt Nam đã hoàn thành thủ tục pháp lý trong nước.",
            "Điều 3. Hiệp định có hiệu lực đối với Việt Nam theo quy định của Hiệp định. Chính phủ có trách nhiệm tổ chức thực hiện Hiệp định và rà soát, sửa đổi các văn bản pháp luật có liên quan.",
            "Nghị quyết này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 6 thông qua ngày 12 tháng 11 năm 2018.",
        ],
        "signature": ["CHỦ TỊCH QUỐC HỘI", "(Đã ký)", "", "Nguyễn Thị Kim Ngân"],
        "recipients": ["Nơi nhận:", "- Chính phủ;", "- Bộ Ngoại giao, Bộ Công Thương;", "- Lưu: HC, ĐN."],
    },
    {
        "meta": [
            "Số hiệu: 48/2001/QH10",
            "Loại văn bản: Nghị quyết",
            "Nơi ban hành: Quốc hội",
            "Người ký: Nguyễn Văn An",
            "Ngày ban hành: 28/11/2001",
            "Tình trạng: Còn hiệu lực",
        ],
        "number": "Số: 48/2001/QH10",
        "place_date": "Hà Nội, ngày 28 tháng 11 năm 2001",
        "title_lines": [
            "NGHỊ QUYẾT",
            "Về việc phê chuẩn Hiệp định giữa Cộng hòa xã hội chủ nghĩa Việt Nam",
            "và Hợp chủng quốc Hoa Kỳ về quan hệ thương mại",
        ],
        "issuer_line": "QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "paragraphs": [
            "Căn cứ vào Điều 84 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;",
            "Căn cứ vào Pháp lệnh về ký kết và thực hiện điều ước quốc tế năm 1998;",
            "Xét đề nghị của Chính phủ tại Tờ trình số 1052/TTr-CP ngày 15 tháng 11 năm 2001;",
            "QUYẾT NGHỊ:",
            "Điều 1. Phê chuẩn Hiệp định giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Hợp chủng quốc Hoa Kỳ về quan hệ thương mại ký ngày 13 tháng 7 năm 2000 tại Oa-sinh-tơn. Việt Nam thiết lập quan hệ thương mại với Hoa Kỳ trên nguyên tắc tôn trọng độc lập, chủ quyền, không can thiệp vào công việc nội bộ của nhau, bình đẳng và cùng có lợi.",
            "Điều 2. Giao Chính phủ thông báo cho phía Hoa Kỳ về việc Việt Nam đã hoàn tất thủ tục phê chuẩn; Hiệp định có hiệu lực kể từ ngày hai bên trao đổi thư thông báo.",
            "Điều 3. Chính phủ có trách nhiệm tổ chức thực hiện Hiệp định; các doanh nghiệp chủ động chuẩn bị để tận dụng cơ hội do Hiệp định mang lại.",
            "Nghị quyết này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa X, kỳ họp thứ 10 thông qua ngày 28 tháng 11 năm 2001.",
        ],
        "signature": ["CHỦ TỊCH QUỐC HỘI", "(Đã ký)", "", "Nguyễn Văn An"],
        "recipients": ["Nơi nhận:", "- Chính phủ;", "- Bộ Thương mại, Bộ Ngoại giao;", "- Lưu: VP."],
    },
]


def _act_blocks(acts: list[dict]) -> list[tuple]:
    """The gold blocks of the acts: the first act's title lines as the document's title, every later act's
    as a level-1 heading, the recitals, "QUYẾT NGHỊ:", the articles and the adoption line as paragraphs (the
    database lines, the issuer/motto block, the signature and "Nơi nhận" are page furniture)."""
    blocks: list[tuple] = []
    for i, act in enumerate(acts):
        title = " ".join(act["title_lines"])
        blocks.append(("title", title) if i == 0 else ("heading", title, 1))
        blocks += [("paragraph", p) for p in act["paragraphs"]]
    return blocks


KRC = {"id": "krc", "shape": "decision", "acts": KRC_ACTS, "blocks": _act_blocks(KRC_ACTS)}

KRD = {
    "id": "krd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 35/KH-BCT':<40}Hà Nội, ngày 12 tháng 01 năm 2024",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy xuất khẩu sang thị trường Ca-na-đa năm 2024",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Thúc đẩy xuất khẩu sang thị trường Ca-na-đa năm 2024"),
        (
            "paragraph",
            "Nhằm tận dụng hiệu quả Hiệp định CPTPP, Bộ Công Thương ban hành Kế hoạch thúc đẩy xuất khẩu sang thị trường Ca-na-đa năm 2024 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2023", 1),
        (
            "paragraph",
            "Năm 2023, Bộ tổ chức 3 đoàn doanh nghiệp sang Tô-rôn-tô và Van-cu-vơ xúc tiến thương mại và đón 2 đoàn doanh nghiệp Ca-na-đa sang tìm hiểu thị trường. Việc mở Văn phòng xúc tiến thương mại tại Môn-trê-an chưa thực hiện được.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Tổ chức gian hàng Việt Nam tại một hội chợ thực phẩm quốc tế ở Tô-rôn-tô.",
        ),
        (
            "list_item",
            "2. Tích cực tham gia đàm phán Hiệp định thương mại tự do ASEAN – Ca-na-đa.",
        ),
        (
            "list_item",
            "3. Đề nghị Chính phủ Ca-na-đa tiếp tục hỗ trợ kỹ thuật giúp doanh nghiệp nhỏ và vừa đáp ứng tiêu chuẩn nhập khẩu.",
        ),
        (
            "list_item",
            "4. Tháng 9/2024, tổ chức Diễn đàn doanh nghiệp Việt Nam – Ca-na-đa tại Thành phố Hồ Chí Minh.",
        ),
        (
            "paragraph",
            "Vụ Thị trường châu Mỹ chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch.",
        ),
    ],
}

KRE = {
    "id": "kre",
    "shape": "entry",
    "blocks": [
        ("title", "Ủy ban Quốc tế Giám sát và Kiểm soát"),
        (
            "paragraph",
            "Ủy ban Quốc tế Giám sát và Kiểm soát (ICSC) là cơ quan được thành lập theo Hiệp định Giơ-ne-vơ năm 1954 để giám sát việc thi hành các hiệp định đình chiến ở Việt Nam, Lào và Cam-pu-chia. Ủy ban gồm Ấn Độ (Chủ tịch), Ca-na-đa và Ba Lan. Các tổ kiểm soát cố định và lưu động của Ủy ban được bố trí ở cả hai miền, dọc giới tuyến quân sự tạm thời ở vĩ tuyến 17.",
        ),
        ("heading", "Vai trò của Ca-na-đa", 1),
        (
            "paragraph",
            "Ca-na-đa cử sĩ quan và nhà ngoại giao tham gia Ủy ban suốt gần 20 năm, từ năm 1954 đến năm 1973. Năm 1964, đại diện Ca-na-đa tại Ủy ban là J. Blair Seaborn đã chuyển các thông điệp của Hoa Kỳ tới Thủ tướng Phạm Văn Đồng tại Hà Nội.",
        ),
        ("heading", "Kết thúc", 1),
        (
            "paragraph",
            "Theo Hiệp định Pa-ri năm 1973, Ủy ban được thay thế bằng Ủy ban Quốc tế Kiểm soát và Giám sát (ICCS) gồm Ca-na-đa, Hung-ga-ri, In-đô-nê-xi-a và Ba Lan. Ủy ban cũ chấm dứt hoạt động khi ICCS bắt đầu làm việc vào đầu năm 1973. Ca-na-đa rút khỏi ICCS vào tháng 7/1973 và I-ran thay thế vị trí này.",
        ),
    ],
}

DOCS = [KRA, KRB, KRC, KRD, KRE]


def render_decision(doc: dict) -> str:
    """Acts on treaties copied from a legal-documents database as text, one after another with a rule of
    dashes between them. Each act: the database's metadata lines ("Số hiệu:", "Loại văn bản:", "Nơi ban hành:",
    "Người ký:", "Ngày ban hành:", "Tình trạng:"), a blank line, the issuer and the motto side by side with
    their dash rules under them, the number and the place-date line side by side, the centred title lines,
    the issuer line centred, then the recitals and articles one paragraph a line with a blank line between,
    then the table holding "Nơi nhận" and the signature copied cell after cell: the recipients' lines, a blank
    line, the signature lines indented to column 48."""
    width = 80
    out: list[str] = []
    for i, act in enumerate(doc["acts"]):
        if i:
            out += ["-" * 72, ""]
        out += [*act["meta"], ""]
        out += [
            f"{'QUỐC HỘI':<43}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            f"{'--------':<43}Độc lập - Tự do - Hạnh phúc",
            f"{'':<43}---------------",
            f"{act['number']:<43}{act['place_date']}",
            "",
        ]
        out += [f"{ln:^{width}}".rstrip() for ln in act["title_lines"]] + [""]
        out += [f"{act['issuer_line']:^{width}}".rstrip(), ""]
        for p in act["paragraphs"]:
            out += [p, ""]
        out += act["recipients"] + [""]
        out += [(" " * 48 + s) if s else "" for s in act["signature"]] + [""]
    return "\n".join(out).rstrip() + "\n"


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "T/M BAN THƯỜNG VỤ / CHỦ TỊCH"."""
    return report_word(doc, ["T/M BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)"])


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.ministry_plan with its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        recipients=["- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, TTCM."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "decision": render_decision,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="kr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
