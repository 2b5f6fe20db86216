"""Build the two hundred fifty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout257/build_heldout257.py [--check]

Five short documents on Vietnam in the Francophonie and the Non-Aligned Movement: a journal article on
Vietnam and the Francophonie (Niamey 1970, the Hà Nội summit of 1997, Djerba 2022, Villers-Cotterêts 2024),
a (fictitious) year-end report for 2025 of a friendship union's external relations board, an OP-ED /
COMMENTARY ("Bình luận") in the manner of Nhân Dân on the Non-Aligned Movement at the Kampala summit of
January 2024 (the new shape, replacing the news page), a (fictitious) university plan for 2027 with the
Agence universitaire de la Francophonie, and an encyclopedia entry on the Group of 77. Facts are
well-established; authors, journal, page numbers, the commentator, document numbers, the report's and
plan's items and quoted words are invented. Gold is written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
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

GRA_FRANCO = {
    "id": "gra",
    "shape": "journal",
    "header": "NGHIÊN CỨU CHÂU ÂU VÀ CỘNG ĐỒNG PHÁP NGỮ – Số 1 (2025)",
    "first_page": 45,
    "break_after": 5,
    "blocks": [
        ("title", "VIỆT NAM TRONG CỘNG ĐỒNG PHÁP NGỮ: HƠN NỬA THẾ KỶ ĐỒNG HÀNH"),
        ("author", "Lê Thị Thanh Bình"),
        ("affiliation", "Trường Đại học Ngoại ngữ, Đại học Quốc gia Hà Nội"),
        (
            "abstract",
            "Bài viết phân tích vai trò của Việt Nam trong Tổ chức Quốc tế Pháp ngữ (OIF) và đề xuất hướng tham gia trong thời gian tới.",
            "vi",
        ),
        ("keywords", "Pháp ngữ; OIF; ACCT; Hội nghị thượng đỉnh Hà Nội 1997", "vi"),
        ("heading", "1. Thành viên sáng lập", 1),
        (
            "paragraph",
            "Việt Nam là một trong 21 thành viên sáng lập Cơ quan Hợp tác văn hóa và kỹ thuật (ACCT), tiền thân của Tổ chức Quốc tế Pháp ngữ, tại hội nghị ở Ni-a-mây (Ni-giê) ngày 20/3/1970 (Trần Đình Quân, 2010, tr. 23). Dấu ấn lớn nhất là Hội nghị thượng đỉnh Pháp ngữ lần thứ 7, do nước ta đăng cai tại Hà Nội từ ngày 14 đến ngày 16/11/1997; tại đây, nguyên Tổng Thư ký Liên hợp quốc Boutros Boutros-Ghali được bầu làm Tổng Thư ký đầu tiên của Cộng đồng Pháp ngữ.",
        ),
        ("heading", "2. Những năm gần đây", 1),
        (
            "paragraph",
            "Tháng 11/2022, Phó Chủ tịch nước Võ Thị Ánh Xuân dự Hội nghị thượng đỉnh lần thứ 18 tại Djerba (Tuy-ni-di). Tháng 10/2024, Tổng Bí thư, Chủ tịch nước Tô Lâm tham dự Hội nghị thượng đỉnh lần thứ 19 tại Pháp; nhân dịp này, hai nước nâng quan hệ lên Đối tác chiến lược toàn diện. Như một nhà ngoại giao nhận xét, Pháp ngữ là “cánh cửa để Việt Nam đến với châu Phi” (Phạm Sanh Châu, 2019, tr. 71).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Việt Nam chưa từng ứng cử vị trí Tổng Thư ký OIF. Ta nên tận dụng diễn đàn này để mở rộng hợp tác với các nước châu Phi nói tiếng Pháp như Xê-nê-gan, Bờ Biển Ngà và Ca-mơ-run (Hồ Ngọc Diệp, 2023).",
        ),
    ],
}

GRB_HUUNGHI = {
    "id": "grb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ",
        "THÀNH PHỐ HỒ CHÍ MINH",
        "BAN ĐỐI NGOẠI NHÂN DÂN",
        "Số: 126/BC-BĐN",
        "Thành phố Hồ Chí Minh, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại nhân dân với các nước Pháp ngữ năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại nhân dân với các nước Pháp ngữ năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Nhân Ngày Quốc tế Pháp ngữ 20/3, Ban phối hợp với Tổng Lãnh sự quán Pháp và Phái đoàn Wallonie-Bruxelles tổ chức Tuần lễ văn hóa Pháp ngữ, thu hút hơn 3.000 lượt người tham dự.",
        ),
        (
            "list_item",
            "2. Tháng 6/2025, đoàn Liên hiệp do Phó Chủ tịch làm trưởng đoàn thăm Xê-nê-gan và Bờ Biển Ngà, ký thỏa thuận hợp tác với Hội Hữu nghị Xê-nê-gan – Việt Nam.",
        ),
        (
            "list_item",
            "3. Đón đoàn Hội đồng tỉnh bang Québec (Ca-na-đa) sang thăm và trao đổi kinh nghiệm về giáo dục song ngữ.",
        ),
        (
            "list_item",
            "4. Tiếp nhận 25.000 đô-la Ca-na-đa do một tổ chức phi chính phủ của Québec viện trợ cho lớp học tình thương ở huyện Cần Giờ.",
        ),
        (
            "list_item",
            "5. Đề nghị thành lập Hội Hữu nghị Việt Nam – Ca-mơ-run cấp thành phố chưa được cấp có thẩm quyền chấp thuận.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, tiếp tục tổ chức Tuần lễ văn hóa Pháp ngữ; mời Đại sứ Xê-nê-gan tại Việt Nam dự khai mạc.",
        ),
        (
            "list_item",
            "2. Cử đoàn sang Bỉ và Pháp giao lưu với các hội hữu nghị trong quý III.",
        ),
        (
            "list_item",
            "3. Duy trì quan hệ thường xuyên với các cơ quan đại diện của các nước Pháp ngữ trên địa bàn thành phố, nhất là trong các hoạt động nhân đạo và giao lưu thanh niên.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả công tác đối ngoại nhân dân với các nước Pháp ngữ năm 2025 của Ban Đối ngoại nhân dân.",
        ),
    ],
}

GRC_NAM = {
    "id": "grc",
    "shape": "oped",
    "kicker": "BÌNH LUẬN",
    "stamp": "Thứ Bảy, 20-01-2024, 05:00",
    "blocks": [
        ("title", "Phong trào Không liên kết: Giá trị không phai giữa thế giới nhiều biến động"),
        ("author", "NGUYỄN MINH HẢI"),
        (
            "paragraph",
            "Những ngày này, nguyên thủ và đại diện các nước thành viên Phong trào Không liên kết (NAM) hội tụ tại Kam-pa-la, thủ đô U-gan-đa, dự Hội nghị thượng đỉnh lần thứ 19. Với việc nhận chức Chủ tịch Phong trào từ A-déc-bai-gian, U-gan-đa sẽ dẫn dắt NAM trong ba năm tới.",
        ),
        (
            "paragraph",
            "Lịch sử đã chứng minh sức sống của Phong trào. Từ Hội nghị Á – Phi tại Băng-đung (In-đô-nê-xi-a) tháng 4/1955, nơi đoàn Việt Nam Dân chủ Cộng hòa do đồng chí Phạm Văn Đồng dẫn đầu có mặt, đến Hội nghị thượng đỉnh đầu tiên tại Bê-ô-grát năm 1961 với 25 nước tham gia, các dân tộc mới giành độc lập đã cùng nhau khẳng định quyền tự quyết và phản đối mọi hình thức chủ nghĩa thực dân.",
        ),
        (
            "paragraph",
            "Việt Nam chính thức trở thành thành viên của Phong trào tại Hội nghị thượng đỉnh Cô-lôm-bô năm 1976. Trước đó, trong những năm kháng chiến chống Mỹ, các nước Không liên kết đã dành cho nhân dân ta sự ủng hộ to lớn, cả về tinh thần lẫn vật chất. Đó là món nợ ân tình mà chúng ta không bao giờ quên.",
        ),
        (
            "paragraph",
            "Có người cho rằng, khi Chiến tranh lạnh kết thúc, Phong trào đã hết vai trò. Thực tế không phải vậy. Trước các cuộc xung đột vũ trang, các biện pháp trừng phạt đơn phương và khoảng cách giàu nghèo ngày càng doãng rộng, tiếng nói của 120 nước thành viên, chiếm gần hai phần ba số thành viên Liên hợp quốc, càng trở nên cần thiết.",
        ),
        (
            "paragraph",
            "Kiên định đường lối đối ngoại độc lập, tự chủ, đa dạng hóa, đa phương hóa, Việt Nam sẽ tiếp tục sát cánh cùng các nước NAM bảo vệ luật pháp quốc tế và Hiến chương Liên hợp quốc, vì hòa bình, hợp tác và phát triển.",
        ),
    ],
}

GRD_PLAN = {
    "id": "grd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC HÀ NỘI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 73/KH-ĐHHN':<40}Hà Nội, ngày 18 tháng 12 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Pháp ngữ năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Pháp ngữ năm 2027"),
        (
            "paragraph",
            "Nhằm nâng cao chất lượng đào tạo tiếng Pháp và các chương trình dạy bằng tiếng Pháp, Trường Đại học Hà Nội xây dựng Kế hoạch hợp tác với các đối tác Pháp ngữ năm 2027 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2026", 1),
        (
            "paragraph",
            "Năm nay, Cơ quan Đại học Pháp ngữ (AUF) tài trợ 12 suất học bổng thạc sĩ cho sinh viên của Trường; Trường đã ký thỏa thuận trao đổi sinh viên với Đại học Laval (Ca-na-đa). Dự án liên kết đào tạo cử nhân với Đại học Cheikh Anta Diop (Xê-nê-gan) chưa triển khai được do thiếu kinh phí. Khoa tiếng Pháp tiếp tục duy trì chương trình cử nhân dạy bằng tiếng Pháp.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2027", 1),
        (
            "list_item",
            "1. Tháng 3/2027, đăng cai Hội thảo khu vực châu Á – Thái Bình Dương của AUF về giảng dạy tiếng Pháp chuyên ngành.",
        ),
        (
            "list_item",
            "2. Ký kết thỏa thuận hợp tác với Đại học Liège (Bỉ) về đào tạo biên – phiên dịch.",
        ),
        (
            "list_item",
            "3. Cử 15 giảng viên sang Pháp và Bỉ bồi dưỡng chuyên môn trong dịp hè.",
        ),
        (
            "list_item",
            "4. Đề nghị Đại sứ quán Pháp tiếp tục hỗ trợ giáo viên tình nguyện cho Khoa tiếng Pháp.",
        ),
        (
            "list_item",
            "5. Tiếp đón đoàn Đại học Laval sang khảo sát chương trình liên kết đào tạo vào tháng 11/2027.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế chủ trì, theo dõi và định kỳ báo cáo Hiệu trưởng việc thực hiện Kế hoạch. Các khoa, phòng liên quan chủ động phối hợp, bảo đảm các hoạt động hợp tác được triển khai đúng tiến độ và hiệu quả.",
        ),
    ],
}

GRE_G77 = {
    "id": "gre",
    "shape": "entry",
    "blocks": [
        ("title", "Nhóm 77"),
        (
            "paragraph",
            "Nhóm 77 (G77) là liên minh lớn nhất của các nước đang phát triển trong khuôn khổ Liên hợp quốc, được 77 nước thành lập ngày 15/6/1964 bằng Tuyên bố chung ký tại Giơ-ne-vơ vào cuối khóa họp đầu tiên của Hội nghị Liên hợp quốc về Thương mại và Phát triển (UNCTAD). Dù số thành viên nay đã lên tới hơn 130 nước, Nhóm vẫn giữ tên gọi ban đầu.",
        ),
        ("heading", "Tổ chức", 1),
        (
            "paragraph",
            "Nhóm không có ban thư ký thường trực theo nghĩa đầy đủ; chức Chủ tịch luân phiên hằng năm giữa các khu vực châu Phi, châu Á – Thái Bình Dương và Mỹ Latinh – Ca-ri-bê. Cu-ba giữ chức Chủ tịch năm 2023 và chủ trì Hội nghị thượng đỉnh G77 và Trung Quốc tại La Ha-ba-na vào tháng 9 năm đó; U-gan-đa kế nhiệm năm 2024. Hội nghị Bộ trưởng Ngoại giao của Nhóm họp thường niên vào đầu mỗi khóa họp Đại hội đồng Liên hợp quốc tại Niu Oóc. Nhóm có các chi nhánh tại Giơ-ne-vơ, Nai-rô-bi, Pa-ri, Rô-ma và Viên.",
        ),
        ("heading", "Quan hệ với Trung Quốc", 1),
        (
            "paragraph",
            "Trung Quốc không phải là thành viên chính thức nhưng thường phối hợp lập trường và ra tuyên bố chung với Nhóm theo công thức “G77 và Trung Quốc”.",
        ),
        ("heading", "Việt Nam và Nhóm 77", 1),
        (
            "paragraph",
            "Việt Nam là thành viên của Nhóm 77, tích cực phối hợp với các nước đang phát triển trong các cuộc đàm phán về thương mại, tài chính cho phát triển và biến đổi khí hậu tại Liên hợp quốc.",
        ),
    ],
}

DOCS = [GRA_FRANCO, GRB_HUUNGHI, GRC_NAM, GRD_PLAN, GRE_G77]


def render_oped(doc: dict) -> str:
    """An op-ed ("Bình luận") copied from a party daily's website: the section kicker, the headline, the
    commentator's name in capitals, the date line, the argument paragraphs one a line with blank lines
    between, the source line."""
    blocks = doc["blocks"]
    out = [doc["kicker"], "", blocks[0][1], "", blocks[1][1], doc["stamp"], ""]
    for b in blocks[2:]:
        out += [b[1], ""]
    out += ["Nguồn: Báo Nhân Dân điện tử"]
    return "\n".join(out) + "\n"


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "TRƯỞNG BAN"."""
    return report_word(doc, ["TRƯỞNG BAN", "(Đã ký và đóng dấu)"])


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.ministry_plan: signed "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Bộ GD&ĐT (để b/c);", "- Lưu: VT, HTQT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "oped": render_oped,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="gr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
