"""Build the two hundred fifty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout254/build_heldout254.py [--check]

Five short documents on Vietnam and the UN human rights system (the covenants of 1982, the Convention on the
Rights of the Child, the Convention against Torture, the Human Rights Council elections of 2013 and 2022), a
(fictitious) Điện Biên foreign affairs report for 2023 with UN agencies, a (fictitious) university plan for
2027 and an encyclopedia entry on the Convention on the Rights of the Child. Facts are well-established;
authors, journal, page numbers, document numbers, local items and quoted words are invented. Gold is
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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
    news_page,
    report_word,
)

FYA_RIGHTS = {
    "id": "fya",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU QUYỀN CON NGƯỜI – Số 3 (2024)",
    "first_page": 33,
    "break_after": 3,
    "blocks": [
        ("title", "VIỆT NAM VỚI CƠ CHẾ NHÂN QUYỀN CỦA LIÊN HỢP QUỐC: BỐN THẬP KỶ THAM GIA"),
        ("author", "Đỗ Thị Minh Nguyệt"),
        ("affiliation", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết điểm lại quá trình Việt Nam tham gia các công ước quốc tế về quyền con người và đóng góp của nước ta tại Hội đồng Nhân quyền.",
            "vi",
        ),
        ("keywords", "Liên hợp quốc; Hội đồng Nhân quyền; công ước quốc tế; UPR", "vi"),
        ("heading", "1. Từ các công ước nền tảng", 1),
        (
            "paragraph",
            "Chỉ năm năm sau khi trở thành thành viên Liên hợp quốc ngày 20/9/1977, Việt Nam đã gia nhập Công ước quốc tế về các quyền dân sự và chính trị cùng Công ước quốc tế về các quyền kinh tế, xã hội và văn hóa ngày 24/9/1982 (Nguyễn Văn Thắng, 2015, tr. 41). Ngày 26/1/1990, nước ta ký Công ước về Quyền trẻ em và chỉ chưa đầy một tháng sau, ngày 20/2/1990, đã phê chuẩn văn kiện này, trở thành quốc gia đầu tiên ở châu Á và thứ hai trên thế giới làm được điều đó. Theo một nhà nghiên cứu, đây là lựa chọn “thể hiện truyền thống nhân văn của dân tộc hơn là một nghĩa vụ pháp lý” (Lê Thị Hồng Vân, 2019, tr. 88).",
        ),
        ("heading", "2. Đến Hội đồng Nhân quyền", 1),
        (
            "paragraph",
            "Ngày 7/11/2013, Việt Nam ký Công ước chống tra tấn và các hình thức đối xử hoặc trừng phạt tàn bạo, vô nhân đạo hoặc hạ nhục con người; Quốc hội phê chuẩn Công ước ngày 28/11/2014. Cũng trong tháng 11/2013, Đại hội đồng Liên hợp quốc bầu Việt Nam vào Hội đồng Nhân quyền nhiệm kỳ 2014 – 2016 với 184 phiếu thuận. Nước ta đã bốn lần trình báo cáo quốc gia theo cơ chế Rà soát định kỳ phổ quát (UPR), lần gần nhất vào tháng 5 năm nay (Phan Quốc Huy, 2024).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Việt Nam chưa tham gia Công ước quốc tế về bảo vệ quyền của tất cả người lao động di trú và thành viên gia đình họ. Trong nhiệm kỳ 2023 – 2025 tại Hội đồng, ta cần tiếp tục phối hợp với các nước ASEAN để thúc đẩy quyền của nhóm dễ bị tổn thương.",
        ),
    ],
}

FYB_DIENBIEN = {
    "id": "fyb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
        "SỞ NGOẠI VỤ",
        "Số: 318/BC-SNgV",
        "Điện Biên, ngày 18 tháng 12 năm 2023",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các tổ chức của Liên hợp quốc năm 2023, phương hướng năm 2024",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả hợp tác với các tổ chức của Liên hợp quốc năm 2023, phương hướng năm 2024",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Trong năm, tỉnh tiếp nhận 6 chương trình, dự án do các tổ chức Liên hợp quốc tài trợ với tổng giá trị giải ngân khoảng 2,7 triệu USD, trong đó Quỹ Nhi đồng Liên hợp quốc (UNICEF) viện trợ 1,4 triệu USD cho chương trình dinh dưỡng trẻ em tại các huyện Mường Nhé và Nậm Pồ.",
        ),
        (
            "list_item",
            "2. Tháng 3/2023, Trưởng Đại diện Quỹ Dân số Liên hợp quốc (UNFPA) tại Việt Nam đến thăm và làm việc với lãnh đạo tỉnh; hai bên thống nhất triển khai mô hình chăm sóc sức khỏe bà mẹ tại vùng cao.",
        ),
        (
            "list_item",
            "3. Ngày 12/9/2023, Sở Y tế và Tổ chức Y tế Thế giới (WHO) ký biên bản ghi nhớ về phòng, chống bệnh lao giai đoạn 2023 – 2025.",
        ),
        (
            "list_item",
            "4. Chương trình Lương thực Thế giới (WFP) đã trao 120 tấn gạo hỗ trợ nhân dân bị ảnh hưởng bởi lũ quét ở huyện Mường Chà hồi tháng 8.",
        ),
        (
            "list_item",
            "5. Dự án sinh kế cho phụ nữ dân tộc thiểu số do Chương trình Phát triển Liên hợp quốc (UNDP) đề xuất chưa được phê duyệt do chưa bố trí được vốn đối ứng.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2024", 1),
        (
            "list_item",
            "1. Nhân kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, tỉnh sẽ mời Điều phối viên thường trú Liên hợp quốc tại Việt Nam lên thăm và làm việc vào tháng 5 năm sau.",
        ),
        (
            "list_item",
            "2. Phối hợp với UNICEF xây dựng giai đoạn hai chương trình dinh dưỡng; vận động WHO tiếp tục hỗ trợ trang thiết bị cho Bệnh viện Lao và Bệnh phổi tỉnh.",
        ),
    ],
}

FYC_HRC = {
    "id": "fyc",
    "shape": "news",
    "date": "2022-10-12",
    "stamp": "Thứ Tư, 12/10/2022 - 07:40",
    "blocks": [
        ("title", "Việt Nam trúng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023 – 2025"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 11/10 (giờ địa phương), tại phiên họp khóa 77 Đại hội đồng Liên hợp quốc, Việt Nam đã được bầu làm thành viên Hội đồng Nhân quyền nhiệm kỳ 2023 – 2025 với 145 phiếu thuận.",
        ),
        ("heading", "Lần thứ hai vào Hội đồng", 1),
        (
            "paragraph",
            "Đây là lần thứ hai nước ta tham gia cơ quan này, sau nhiệm kỳ 2014 – 2016, khi Việt Nam cùng Phi-líp-pin và Băng-la-đét chủ trì các nghị quyết về biến đổi khí hậu và quyền con người. Cùng khu vực châu Á – Thái Bình Dương, Băng-la-đét, Man-đi-vơ và Cư-rơ-gư-xtan cũng trúng cử, trong khi Hàn Quốc không giành được ghế.",
        ),
        (
            "paragraph",
            "Phát biểu sau khi có kết quả, Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc, cảm ơn các nước đã tín nhiệm và khẳng định Việt Nam sẽ “đóng góp tích cực, có trách nhiệm vào công việc chung của Hội đồng”.",
        ),
        ("heading", "Ưu tiên trong nhiệm kỳ", 1),
        (
            "paragraph",
            "Theo Bộ Ngoại giao, trong nhiệm kỳ tới, Việt Nam sẽ thúc đẩy quyền của phụ nữ, trẻ em và người cao tuổi, đồng thời tiếp tục đối thoại với các đối tác, trong đó có Liên minh châu Âu và Hoa Kỳ, về các vấn đề cùng quan tâm. Hội đồng Nhân quyền được Đại hội đồng thành lập năm 2006, gồm 47 nước thành viên, có trụ sở tại Giơ-ne-vơ (Thụy Sĩ) và họp ít nhất ba khóa thường kỳ mỗi năm để xem xét tình hình quyền con người trên thế giới.",
        ),
    ],
}

FYD_PLAN = {
    "id": "fyd",
    "shape": "plan",
    "head": [
        f"{'ĐẠI HỌC QUỐC GIA HÀ NỘI':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐH KHOA HỌC XÃ HỘI VÀ NHÂN VĂN':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 45/KH-XHNV':<40}Hà Nội, ngày 21 tháng 12 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về giáo dục quyền con người",
        "năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác quốc tế về giáo dục quyền con người năm 2027"),
        (
            "paragraph",
            "Căn cứ Đề án đưa nội dung quyền con người vào chương trình giáo dục, đào tạo và kết quả hợp tác của Nhà trường với các đối tác quốc tế trong năm 2026, Trường Đại học Khoa học Xã hội và Nhân văn xây dựng Kế hoạch năm 2027 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2026", 1),
        (
            "paragraph",
            "Năm nay, Trường đã phối hợp với Chương trình Phát triển Liên hợp quốc (UNDP) tổ chức hai khóa tập huấn cho giảng viên và tiếp đón đoàn chuyên gia của Trung tâm Nhân quyền Na Uy sang trao đổi về giáo trình. Thỏa thuận hợp tác với Đại học Lund (Thụy Điển) chưa được ký do phía bạn thay đổi nhân sự.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2027", 1),
        (
            "list_item",
            "1. Quý I năm sau, đón Trưởng Đại diện UNDP tại Việt Nam đến thăm và làm việc với Ban Giám hiệu.",
        ),
        (
            "list_item",
            "2. Ký kết thỏa thuận hợp tác với Đại học Lund về trao đổi giảng viên, dự kiến vào tháng 6/2027.",
        ),
        (
            "list_item",
            "3. Cử đoàn cán bộ sang Giơ-ne-vơ dự khóa học về cơ chế UPR do Văn phòng Cao ủy Liên hợp quốc về quyền con người (OHCHR) tổ chức.",
        ),
        (
            "list_item",
            "4. Đề nghị Quỹ Nhi đồng Liên hợp quốc (UNICEF) tài trợ biên soạn tài liệu về quyền trẻ em cho sinh viên ngành công tác xã hội.",
        ),
        (
            "list_item",
            "5. Phối hợp với Đại sứ quán Na Uy tổ chức hội thảo quốc tế về giáo dục quyền con người vào tháng 10/2027.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác và Phát triển là đầu mối triển khai, báo cáo Hiệu trưởng kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

FYE_CRC = {
    "id": "fye",
    "shape": "entry",
    "blocks": [
        ("title", "Công ước về Quyền trẻ em"),
        (
            "paragraph",
            "Công ước về Quyền trẻ em (CRC) là điều ước quốc tế về quyền con người của trẻ em dưới 18 tuổi, được Đại hội đồng Liên hợp quốc thông qua ngày 20/11/1989 và có hiệu lực từ ngày 2/9/1990. Việc thực hiện Công ước do Ủy ban về Quyền trẻ em, gồm 18 chuyên gia độc lập họp tại Giơ-ne-vơ, giám sát.",
        ),
        ("heading", "Các bên tham gia", 1),
        (
            "paragraph",
            "Đây là điều ước quốc tế về quyền con người được phê chuẩn rộng rãi nhất. Xô-ma-li và Nam Xu-đăng phê chuẩn Công ước năm 2015. Hoa Kỳ ký Công ước ngày 16/2/1995 nhưng đến nay vẫn chưa phê chuẩn, là quốc gia thành viên Liên hợp quốc duy nhất đứng ngoài.",
        ),
        ("heading", "Các nghị định thư", 1),
        (
            "paragraph",
            "Năm 2000, Đại hội đồng thông qua hai Nghị định thư không bắt buộc, về sự tham gia của trẻ em trong xung đột vũ trang và về mua bán trẻ em, mại dâm trẻ em và văn hóa phẩm khiêu dâm trẻ em. Nghị định thư thứ ba, về thủ tục khiếu nại, được thông qua năm 2011.",
        ),
        ("heading", "Việt Nam và Công ước", 1),
        (
            "paragraph",
            "Việt Nam ký Công ước ngày 26/1/1990 và phê chuẩn ngày 20/2/1990, là nước đầu tiên ở châu Á và thứ hai trên thế giới phê chuẩn. Quỹ Nhi đồng Liên hợp quốc (UNICEF) từ nhiều năm nay hỗ trợ Việt Nam xây dựng pháp luật về trẻ em, trong đó có Luật Trẻ em năm 2016.",
        ),
    ],
}

DOCS = [FYA_RIGHTS, FYB_DIENBIEN, FYC_HRC, FYD_PLAN, FYE_CRC]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="09:15",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/nhan-quyen", "Nhân quyền"), ("/tag/lien-hop-quoc", "Liên hợp quốc")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.ministry_plan: signed "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Ban Giám hiệu (để b/c);", "- Lưu: VT, HTPT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="fy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
