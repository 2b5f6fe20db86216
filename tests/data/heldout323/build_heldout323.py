"""Build the three hundred twenty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout323/build_heldout323.py [--check]

Five short documents on Vietnam with Latin America: a journal article on the CPTPP and its Latin American
members (signed in Santiago 8/3/2018; in force for Vietnam and Chile; the UK's accession), a (fictitious)
provincial trade department's report on exports to Latin America in 2025, a lecturer's lecture notes in
Markdown as kept in a course repository (the new shape, replacing the news page: Cuba's and Vietnam's
high-level visits, Argentina, Colombia), a (fictitious) Diplomatic Academy plan for cooperation with Latin
American partners in 2026, and an encyclopedia entry on Mercosur. Facts are well-established; authors,
journal, page numbers, document numbers, the lecturer and the local bodies' activities are invented (see
README.md). Gold is written by hand; ``--check`` verifies that every gold evidence, quote and citation
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
    ministry_plan,
    report_word,
)

ANA = {
    "id": "ana",
    "shape": "journal",
    "header": "TẠP CHÍ HỘI NHẬP VÀ THƯƠNG MẠI – Số 9 (2024)",
    "first_page": 88,
    "break_after": 4,
    "blocks": [
        ("title", "CPTPP VÀ CÁC ĐỐI TÁC MỸ LATINH CỦA VIỆT NAM"),
        ("author", "Nghiêm Thị Thảo"),
        ("affiliation", "Viện Chiến lược, Chính sách Công Thương"),
        (
            "abstract",
            "Bài viết phân tích quá trình hình thành CPTPP và cơ hội mà Hiệp định mang lại cho quan hệ kinh tế giữa Việt Nam với Mê-hi-cô, Chi-lê và Pê-ru.",
            "vi",
        ),
        ("keywords", "CPTPP; Mỹ Latinh; Mê-hi-cô; Chi-lê; Pê-ru", "vi"),
        ("heading", "1. Từ TPP đến CPTPP", 1),
        (
            "paragraph",
            "Sau khi Mỹ rút khỏi TPP vào đầu năm 2017, mười một nước còn lại đã ký Hiệp định CPTPP tại Xan-ti-a-gô (Chi-lê) ngày 8/3/2018 (Lâm Thị Hương, 2019, tr. 12). Mê-hi-cô là nước đầu tiên phê chuẩn Hiệp định, vào tháng 6/2018. Quốc hội Việt Nam phê chuẩn ngày 12/11/2018, và CPTPP có hiệu lực đối với nước ta từ ngày 14/1/2019.",
        ),
        ("heading", "2. Các thành viên Mỹ Latinh", 1),
        (
            "paragraph",
            "Hiệp định có hiệu lực đối với Chi-lê từ ngày 21/2/2023. Cô-xta Ri-ca, Ê-cu-a-đo và U-ru-goay đã nộp đơn xin gia nhập nhưng chưa trở thành thành viên. Theo một nhà kinh tế, CPTPP là “chiếc cầu nối ba nền kinh tế Mỹ Latinh với chuỗi cung ứng châu Á” (Bạch Văn Khoa, 2021, tr. 47).",
        ),
        ("heading", "3. Mở rộng", 1),
        (
            "paragraph",
            "Vương quốc Anh ký Nghị định thư gia nhập vào tháng 7/2023 và trở thành thành viên thứ mười hai từ ngày 15/12/2024. Việt Nam cần tận dụng tốt hơn các ưu đãi của Hiệp định tại thị trường Mỹ Latinh (Kiều Minh Sơn, 2023).",
        ),
    ],
}

ANB = {
    "id": "anb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
        "SỞ CÔNG THƯƠNG",
        "Số: 311/BC-SCT",
        "Đồng Tháp, ngày 19 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình xuất khẩu sang thị trường Mỹ Latinh năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình xuất khẩu sang thị trường Mỹ Latinh năm 2025"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Kim ngạch xuất khẩu của tỉnh sang các nước Mỹ Latinh đạt 46 triệu USD, chủ yếu là gạo, cá tra và trái cây; Chi-lê và Pê-ru là hai thị trường lớn nhất.",
        ),
        (
            "list_item",
            "2. Tháng 9/2025, Sở tổ chức cho 5 doanh nghiệp tham dự hội chợ thực phẩm Expoalimentaria tại Li-ma (Pê-ru).",
        ),
        (
            "list_item",
            "3. Đón đoàn nhà nhập khẩu Cô-lôm-bi-a sang khảo sát vùng nuôi cá tra và ký hợp đồng mua 2.000 tấn cá tra phi lê.",
        ),
        (
            "list_item",
            "4. Hồ sơ đề nghị mở cửa thị trường cho quả xoài của tỉnh vào Chi-lê chưa được phía bạn chấp thuận.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, tổ chức đoàn doanh nghiệp sang Mê-hi-cô và Pê-ru xúc tiến tiêu thụ gạo.",
        ),
        (
            "list_item",
            "2. Phối hợp với Thương vụ Việt Nam tại Chi-lê tổ chức hội nghị kết nối trực tuyến với các nhà nhập khẩu Chi-lê.",
        ),
        (
            "paragraph",
            "Sở Công Thương kính báo cáo Ủy ban nhân dân tỉnh.",
        ),
    ],
}

# the new shape: a lecturer's notes in Markdown. list_item blocks carry their Markdown prefix ("- ", "  - ",
# "1. " is part of a numbered item's text, "   - " a nested bullet) or "row" for a timeline table row;
# footnote blocks carry their label.
ANC = {
    "id": "anc",
    "shape": "notes",
    "front": ["date: 2024-09-10", "tags: [ngoại giao, Mỹ Latinh, Cu-ba, bài giảng]"],
    "blocks": [
        ("title", "Quan hệ đối ngoại Việt Nam – Mỹ Latinh"),
        ("author", "ThS. Trịnh Thu Phương"),
        ("heading", "Bài 3. Việt Nam và Mỹ Latinh: từ đoàn kết đến đối tác", 1),
        (
            "paragraph",
            "Mục tiêu: nắm được các mốc chính trong quan hệ của Việt Nam với các nước Mỹ Latinh. Tư liệu tham khảo trên trang [Bộ Ngoại giao](https://mofa.gov.vn).",
        ),
        ("heading", "3.1. Cu-ba – người bạn đặc biệt", 2),
        ("heading", "Các chuyến thăm cấp cao tiêu biểu", 3),
        ("list_item", "1995 | Chủ tịch Fidel Castro thăm Việt Nam lần thứ hai", "row"),
        ("list_item", "2003 | Chủ tịch Fidel Castro thăm Việt Nam lần thứ ba", "row"),
        ("list_item", "2012 | Chủ tịch Raúl Castro thăm chính thức Việt Nam", "row"),
        ("list_item", "2018 | Tổng Bí thư Nguyễn Phú Trọng thăm chính thức Cu-ba", "row"),
        ("list_item", "2018 | Chủ tịch Miguel Díaz-Canel thăm chính thức Việt Nam", "row"),
        ("heading", "Các lĩnh vực hợp tác", 3),
        ("list_item", "**Lương thực**:", "- "),
        (
            "list_item",
            "chuyên gia Việt Nam giúp nông dân Cu-ba trồng lúa theo _quy trình thâm canh_;",
            "  - ",
        ),
        ("list_item", "Việt Nam là một trong những nhà cung cấp gạo chủ yếu cho Cu-ba[^1].", "  - "),
        ("list_item", "**Giáo dục**: nhiều thế hệ cán bộ Việt Nam đã được đào tạo tại Cu-ba.", "- "),
        (
            "quote",
            "Quan hệ Việt Nam – Cu-ba là hình mẫu của tình đoàn kết giữa hai dân tộc ở hai bán cầu.",
        ),
        ("paragraph", "(Trần Văn Khải, 2019, tr. 33)"),
        ("heading", "3.2. Quan hệ với các nước Nam Mỹ", 2),
        ("list_item", "1. **Ác-hen-ti-na**: thiết lập quan hệ ngoại giao ngày 25/10/1973.", ""),
        (
            "list_item",
            "Ác-hen-ti-na là nguồn cung cấp nguyên liệu _thức ăn chăn nuôi_ quan trọng cho Việt Nam[^2].",
            "   - ",
        ),
        ("list_item", "2. **Cô-lôm-bi-a**: thiết lập quan hệ ngoại giao ngày 1/1/1979.", ""),
        ("list_item", "Hai nước chưa có hiệp định thương mại tự do.", "   - "),
        ("heading", "Câu hỏi ôn tập", 2),
        ("list_item", "1. Fidel Castro đã thăm Việt Nam vào những năm nào?", ""),
        ("list_item", "2. Nêu các lĩnh vực hợp tác chính giữa Việt Nam và Cu-ba.", ""),
        ("list_item", "3. Vì sao Ác-hen-ti-na là đối tác kinh tế quan trọng của Việt Nam?", ""),
        (
            "footnote",
            "Theo số liệu của Bộ Công Thương; xem thêm [Bộ Công Thương](https://moit.gov.vn).",
            "[^1]",
        ),
        ("footnote", "Chủ yếu là khô đậu tương và ngô.", "[^2]"),
    ],
}

AND = {
    "id": "and",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỌC VIỆN NGOẠI GIAO':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 1207/KH-HVNG':<40}Hà Nội, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Mỹ Latinh năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Mỹ Latinh năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Học viện ký thỏa thuận hợp tác với Viện Quan hệ quốc tế Raúl Roa García (Cu-ba) và tiếp đón đoàn giảng viên của Học viện Ngoại giao Matías Romero (Mê-hi-cô). Việc cử giảng viên sang Chi-lê học tiếng Tây Ban Nha chưa thực hiện được do chưa thu xếp được học bổng.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3/2026, cử đoàn lãnh đạo Học viện sang thăm và làm việc tại Mê-hi-cô và Cu-ba.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Ác-hen-ti-na tổ chức hội thảo về hợp tác nông nghiệp Việt Nam – Ác-hen-ti-na.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 6 học viên ngoại giao của Cu-ba sang học tiếng Việt theo học bổng của Chính phủ Việt Nam.",
        ),
        (
            "list_item",
            "4. Mời một giáo sư Bra-xin giảng chuyên đề về khối BRICS cho sinh viên năm cuối.",
        ),
        (
            "paragraph",
            "Khoa Chính trị quốc tế và Ngoại giao chủ trì, phối hợp với Phòng Quản lý khoa học và Hợp tác quốc tế triển khai Kế hoạch.",
        ),
    ],
}

ANE = {
    "id": "ane",
    "shape": "entry",
    "blocks": [
        ("title", "Thị trường chung Nam Mỹ"),
        (
            "paragraph",
            "Thị trường chung Nam Mỹ (Mercosur, tiếng Bồ Đào Nha: Mercosul) là khối liên kết kinh tế khu vực lớn nhất Nam Mỹ, do Ác-hen-ti-na, Bra-xin, Pa-ra-goay và U-ru-goay thành lập theo Hiệp ước A-xun-xi-ôn ký ngày 26/3/1991. Ban Thư ký của khối đặt tại Môn-tê-vi-đê-ô (U-ru-goay); Bra-xin là nền kinh tế lớn nhất trong khối. Chức Chủ tịch luân phiên được chuyển giao sáu tháng một lần.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Vê-nê-xu-ê-la trở thành thành viên đầy đủ năm 2012 nhưng bị đình chỉ tư cách từ tháng 12/2016. Bô-li-vi-a trở thành thành viên đầy đủ năm 2024. Chi-lê, Cô-lôm-bi-a, Ê-cu-a-đo và Pê-ru là các quốc gia liên kết.",
        ),
        ("heading", "Quan hệ đối ngoại", 1),
        (
            "paragraph",
            "Ngày 6/12/2024, tại Môn-tê-vi-đê-ô, Mercosur và Liên minh châu Âu tuyên bố hoàn tất đàm phán hiệp định thương mại sau hơn hai thập kỷ. Trước đó, khối đã ký hiệp định thương mại tự do với I-xra-en năm 2007 và với Ai Cập năm 2010. Hiệp định với Liên minh châu Âu chỉ có hiệu lực sau khi được các bên phê chuẩn.",
        ),
    ],
}

DOCS = [ANA, ANB, ANC, AND, ANE]


def render_notes(doc: dict) -> tuple[str, list[str]]:
    """Lecture notes in Markdown as kept in a course repository: the YAML front matter (title, author, the
    ``doc["front"]`` lines) between "---" lines, headings as "#" / "##" / "###", bullets and numbered items
    with their nested bullets, table rows under a "| Năm | Sự kiện |" header and its "|---|---|" line, the
    quotation as a "> " block, the footnotes "[^n]: …" at the end; a blank line between blocks, none inside a
    list or table. Returns the text and the lines layout repair must remove (the "---" lines, the front matter's
    lines but title and author, the table's header and rule line)."""
    blocks = doc["blocks"]
    out = ["---", f"title: {blocks[0][1]}", f"author: {blocks[1][1]}", *doc["front"], "---", ""]
    prev = ""
    for b in blocks[2:]:
        kind = b[0]
        group = "row" if kind == "list_item" and b[2] == "row" else kind
        if group != prev and out[-1] != "":
            out.append("")
        if group == "row" and prev != "row":
            out += ["| Năm | Sự kiện |", "|---|---|"]
        if kind == "heading":
            out += ["#" * b[2] + " " + b[1], ""]
        elif group == "row":
            out.append(f"| {b[1]} |")
        elif kind == "list_item":
            out.append(b[2] + b[1])
        elif kind == "quote":
            out += ["> " + b[1], ""]
        elif kind == "footnote":
            out.append(f"{b[2]}: {b[1]}")
        else:
            out += [b[1], ""]
        prev = group
    removed = ["---", *doc["front"], "| Năm | Sự kiện |", "|---|---|"]
    return "\n".join(out).rstrip("\n") + "\n", removed


def render_plan(doc: dict) -> str:
    """The Academy's plan by heldout_kit.ministry_plan, signed by a vice-president."""
    return ministry_plan(
        doc,
        signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
        recipients=["- Lãnh đạo Bộ (để b/c);", "- Lưu: VT, QLKH&HTQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "notes": render_notes,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="an",
        rendered=True,
        removing_shapes=("journal", "notes"),
        extensions={"notes": "md"},
    )


if __name__ == "__main__":
    sys.exit(main())
