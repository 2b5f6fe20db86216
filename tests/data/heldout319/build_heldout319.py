"""Build the three hundred nineteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout319/build_heldout319.py [--check]

Five short documents on Vietnam with Africa and the Arab world: a journal article on ten years of Vietnamese
UN peacekeepers in Africa (South Sudan, the Central African Republic, Abyei), a (fictitious) provincial trade
department's report on exports to the Middle East and North Africa in 2025, a MEMOIR (the new shape, in place
of the news page): a chapter of a (fictitious) Vietnamese diplomat's memoir copied from an e-book, on the
autumn of 1977 in New York (Vietnam's admission to the UN, Algeria, Mozambique and Angola, the arms embargo
on South Africa), a (fictitious) university plan for cooperation with Arab partners in 2026, and an
encyclopedia entry on the African Union. Facts are well-established; authors, journal, page numbers,
document numbers, the report's and plan's items, the memoirist, the dialogue and the anecdotes are invented
(see README.md). Gold is written by hand; ``--check`` verifies that every gold evidence, quote and citation
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
    ministry_plan,
    paged_journal,
    report_word,
)

AHA_JOURNAL = {
    "id": "aha",
    "shape": "journal",
    "header": "TẠP CHÍ HÒA BÌNH VÀ AN NINH QUỐC TẾ – SỐ 2/2024",
    "first_page": 64,
    "break_after": 9,
    "blocks": [
        ("title", "LỰC LƯỢNG GÌN GIỮ HÒA BÌNH VIỆT NAM TẠI CHÂU PHI: MƯỜI NĂM NHÌN LẠI"),
        ("author", "Nguyễn Hữu Phước"),
        ("affiliation", "Học viện Quốc phòng"),
        (
            "abstract",
            "Bài viết tổng kết mười năm Việt Nam tham gia hoạt động gìn giữ hòa bình của Liên hợp quốc tại châu Phi và đề xuất một số kiến nghị.",
            "vi",
        ),
        ("keywords", "gìn giữ hòa bình; UNMISS; UNISFA; Nam Xu-đăng; Abyei", "vi"),
        ("heading", "1. Từ những sĩ quan đầu tiên", 1),
        (
            "paragraph",
            "Năm 2014, Việt Nam lần đầu cử sĩ quan tham gia lực lượng gìn giữ hòa bình Liên hợp quốc, làm nhiệm vụ tại Phái bộ ở Nam Xu-đăng (UNMISS) và Phái bộ ở Cộng hòa Trung Phi (MINUSCA) (Trịnh Xuân Lâm, 2019, tr. 14). Tháng 10/2018, Bệnh viện dã chiến cấp 2 số 1 được triển khai tới Bentiu (Nam Xu-đăng), đánh dấu lần đầu Việt Nam tham gia bằng một đơn vị.",
        ),
        ("heading", "2. Mở rộng quy mô", 1),
        (
            "paragraph",
            "Từ đó, các bệnh viện dã chiến cấp 2 của Việt Nam luân phiên làm nhiệm vụ tại Nam Xu-đăng. Năm 2022, Đội Công binh số 1 lên đường tới khu vực Abyei thuộc Lực lượng an ninh lâm thời Liên hợp quốc (UNISFA); ngoài xây dựng hạ tầng, các chiến sĩ còn giúp người dân địa phương trồng rau, đào giếng. Một phóng viên quốc tế gọi họ là những “người lính mũ nồi xanh mang theo hạt giống” (Amina Deng, 2023, tr. 201).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Đến nay Việt Nam chưa cử đơn vị bộ binh tham gia gìn giữ hòa bình. Ta cần tiếp tục nâng cao năng lực ngoại ngữ cho lực lượng và sẵn sàng triển khai thêm đơn vị mới khi Liên hợp quốc đề nghị (Đặng Minh Khoa, 2024).",
        ),
    ],
}

AHB_WORD = {
    "id": "ahb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
        "SỞ CÔNG THƯƠNG",
        "Số: 402/BC-SCT",
        "An Giang, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả phát triển thị trường Trung Đông và Bắc Phi năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả phát triển thị trường Trung Đông và Bắc Phi năm 2025"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 4/2025, Sở tổ chức đoàn doanh nghiệp sang khảo sát thị trường Ai Cập, làm việc với Phòng Thương mại Cai-rô.",
        ),
        (
            "list_item",
            "2. Doanh nghiệp của tỉnh ký 3 hợp đồng xuất khẩu gạo thơm sang An-giê-ri.",
        ),
        (
            "list_item",
            "3. Tháng 9/2025, đón đoàn doanh nghiệp Ma-rốc đến tìm hiểu hợp tác chế biến thủy sản.",
        ),
        (
            "list_item",
            "4. Việc tham gia hội chợ thực phẩm tại Ri-át (Ả-rập Xê-út) không thực hiện được do không đủ doanh nghiệp đăng ký.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Đề nghị Thương vụ Việt Nam tại Ai Cập hỗ trợ kết nối doanh nghiệp của tỉnh với các nhà nhập khẩu Bắc Phi.",
        ),
        (
            "list_item",
            "2. Tổ chức đoàn doanh nghiệp sang Ma-rốc và An-giê-ri vào quý IV/2026.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả phát triển thị trường Trung Đông và Bắc Phi năm 2025 của Sở Công Thương tỉnh An Giang.",
        ),
    ],
}

AHC_MEMOIR = {
    "id": "ahc",
    "shape": "memoir",
    "chapter": ["Chương 5", "NHỮNG NGƯỜI BẠN CHÂU PHI Ở NIU OÓC"],
    "signature": "Hà Nội, mùa thu 2010",
    "blocks": [
        ("title", "Chương 5 NHỮNG NGƯỜI BẠN CHÂU PHI Ở NIU OÓC"),
        (
            "paragraph",
            "Mùa thu năm 1977, tôi được cử sang Niu Oóc trong đoàn đại biểu ta dự khóa họp 32 Đại hội đồng Liên hợp quốc. Trưởng đoàn là đồng chí Nguyễn Duy Trinh, Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao. Ngày 20/9/1977, Việt Nam chính thức trở thành thành viên thứ 149 của Liên hợp quốc (1).",
        ),
        (
            "paragraph",
            "Hôm sau, anh Trinh tiếp Bộ trưởng Ngoại giao An-giê-ri Abdelaziz Bouteflika ngay tại khách sạn nơi đoàn ta ở. Vừa bước vào, ông đã nắm chặt tay anh Trinh:",
        ),
        (
            "paragraph",
            "— Các anh có biết, ở An-giê-ri chúng tôi gọi Điện Biên Phủ là ngọn đuốc soi đường cho cách mạng của chúng tôi không?",
        ),
        (
            "paragraph",
            "— Chúng tôi biết, và nhân dân Việt Nam không bao giờ quên sự ủng hộ của An-giê-ri, – anh Trinh đáp.",
        ),
        (
            "paragraph",
            "Tôi chợt nhớ ba năm trước, khi làm Chủ tịch khóa họp 29 Đại hội đồng, chính ông Bouteflika đã ra phán quyết không cho phái đoàn chính quyền a-pác-thai Nam Phi tham gia công việc của khóa họp (2).",
        ),
        (
            "paragraph",
            "Ba ngày sau, đoàn ta gặp các đoàn Mô-dăm-bích và Ăng-gô-la. Mô-dăm-bích được kết nạp vào Liên hợp quốc từ mùa thu năm 1975, còn Ăng-gô-la thì mới ngày 1/12/1976. Chị Hạnh, người phiên dịch tiếng Bồ Đào Nha duy nhất của đoàn, làm việc đến khuya mấy đêm liền. Các bạn đề nghị ta giúp đào tạo cán bộ y tế và nông nghiệp; anh Trinh hứa sẽ báo cáo về nước.",
        ),
        (
            "paragraph",
            "Đầu tháng 11 năm ấy, Hội đồng Bảo an thông qua nghị quyết cấm vận vũ khí bắt buộc đối với Nam Phi (3). Tối hôm đó, chúng tôi nâng cốc chúc mừng các bạn châu Phi bằng chai rượu vang mà ông Bouteflika tặng.",
        ),
        ("footnote", "(1) Theo Nghị quyết 32/1 của Đại hội đồng Liên hợp quốc – BT."),
        ("footnote", "(2) Phán quyết ngày 12/11/1974 – BT."),
        ("footnote", "(3) Tức Nghị quyết 418 ngày 4/11/1977 – BT."),
    ],
}

AHD_PLAN = {
    "id": "ahd",
    "shape": "plan",
    "head": [
        f"{'ĐẠI HỌC QUỐC GIA HÀ NỘI':<44}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI':<44}Độc lập - Tự do - Hạnh phúc",
        "VÀ NHÂN VĂN",
        f"{'Số: 96/KH-XHNV':<44}Hà Nội, ngày 26 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Trung Đông và Bắc Phi năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với các đối tác Trung Đông và Bắc Phi năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, Trường tiếp nhận học bổng của Đại sứ quán UAE cho 5 sinh viên. Đề án thành lập Trung tâm Nghiên cứu Trung Đông chưa được phê duyệt.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Cử 12 sinh viên ngành Ả-rập học sang học tiếng tại Đại học Cai-rô (Ai Cập) trong năm học 2026 – 2027.",
        ),
        (
            "list_item",
            "2. Ký thỏa thuận hợp tác đào tạo với Đại học An-giê 2 (An-giê-ri).",
        ),
        (
            "list_item",
            "3. Tháng 10/2026, đăng cai Hội thảo quốc tế “Việt Nam và thế giới Ả-rập” với sự tham gia của học giả Ai Cập, Ma-rốc và UAE.",
        ),
        (
            "list_item",
            "4. Tiếp nhận 2 giảng viên tình nguyện người Ma-rốc giảng dạy tiếng Ả-rập.",
        ),
        (
            "paragraph",
            "Phòng Hợp tác và Phát triển chủ trì, phối hợp với Khoa Đông phương học triển khai và báo cáo Hiệu trưởng kết quả thực hiện.",
        ),
    ],
}

AHE_ENTRY = {
    "id": "ahe",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh châu Phi"),
        (
            "paragraph",
            "Liên minh châu Phi (AU) là tổ chức liên chính phủ của 55 quốc gia châu Phi, trụ sở tại A-đi-xơ A-ba-ba (Ê-ti-ô-pi-a). AU được chính thức thành lập ngày 9/7/2002 tại Đuốc-ban (Nam Phi), thay thế Tổ chức Thống nhất châu Phi (OAU) ra đời ngày 25/5/1963.",
        ),
        ("heading", "Cơ cấu", 1),
        (
            "paragraph",
            "Cơ quan quyền lực cao nhất của AU là Hội nghị các nguyên thủ quốc gia và người đứng đầu chính phủ; Ủy ban Liên minh châu Phi là cơ quan điều hành. Hội đồng Hòa bình và An ninh có thể đình chỉ tư cách thành viên của nước xảy ra đảo chính quân sự.",
        ),
        ("heading", "Ma-rốc rời đi và trở lại", 1),
        (
            "paragraph",
            "Năm 1984, Ma-rốc rút khỏi OAU để phản đối việc tổ chức này kết nạp Cộng hòa Dân chủ Ả-rập Xa-ra-uy. Ngày 30/1/2017, Ma-rốc được tái kết nạp vào AU.",
        ),
        ("heading", "Vai trò quốc tế", 1),
        (
            "paragraph",
            "Tháng 9/2023, tại Hội nghị thượng đỉnh ở Niu Đê-li (Ấn Độ), AU được kết nạp làm thành viên thường trực của Nhóm G20. Việt Nam coi trọng quan hệ với AU và ủng hộ vai trò của tổ chức này trong giải quyết xung đột ở châu Phi.",
        ),
    ],
}

DOCS = [AHA_JOURNAL, AHB_WORD, AHC_MEMOIR, AHD_PLAN, AHE_ENTRY]


def render_memoir(doc: dict) -> str:
    """A chapter of a memoir (hồi ký) copied as text from an e-book: "Chương N" and the chapter title in
    capitals on the next line, the narrative paragraphs one a line with a blank line between them, the
    remembered dialogue lines (opening with an em dash) one after another with no blank line between, the
    editor's numbered notes ("(1) … – BT.") at the end of the chapter, then the place–date signature."""
    out = [*doc["chapter"], ""]
    prev = ""
    for kind, text, *_ in doc["blocks"][1:]:
        kind = "dialogue" if text.startswith("— ") else kind  # a dialogue line is a paragraph block
        if kind == "footnote" and prev != "footnote":
            out += ["———", ""]
        if kind in ("dialogue", "footnote") and prev == kind:
            out[-1:] = []  # consecutive dialogue lines / notes: no blank line between
        out += [text, ""]
        prev = kind
    out.append(doc["signature"])
    return "\n".join(out) + "\n"


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"], width=74)


def render_plan(doc: dict) -> str:
    """A university plan by heldout_kit.ministry_plan, signed "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- ĐHQGHN (để b/c);", "- Lưu: VT, HTPT."],
    )


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer by heldout_kit.paged_journal: no header on the first page, the page
    number centred under each page."""
    return paged_journal(doc, 56, 76, 76, indent=37)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "memoir": render_memoir,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="ah",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
