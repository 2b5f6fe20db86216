"""Build the two hundred seventy-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout276/build_heldout276.py [--check]

Five short documents on Vietnam and Portuguese-speaking Africa (Mozambique and Angola): a journal article on
fifty years of Vietnam – Mozambique relations, a (fictitious) provincial external-affairs department's
year-end report for 2024 on cooperation with Mozambique and Angola, a news page on the fiftieth anniversary
of Vietnam – Angola relations (Hà Nội, 12/11/2025), a (fictitious) ministry department's plan for 2026 and
an encyclopedia entry on Mozambique. Facts are well-established; authors, journal, page numbers, document
numbers, the report's and plan's items and the quoted words are invented. Gold is written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

IQA = {
    "id": "iqa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU PHI VÀ TRUNG ĐÔNG – Số 7 (2025)",
    "first_page": 28,
    "break_after": 4,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – MÔ-DĂM-BÍCH: NỬA THẾ KỶ TỪ ĐOÀN KẾT ĐẾN HỢP TÁC"),
        ("author", "Đặng Thị Hồng Nhung"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại quá trình phát triển quan hệ Việt Nam – Mô-dăm-bích từ năm 1975 và gợi ý một số hướng hợp tác trong giai đoạn mới.",
            "vi",
        ),
        ("keywords", "Mô-dăm-bích; FRELIMO; Movitel; hợp tác Nam – Nam", "vi"),
        ("heading", "1. Những ngày đầu", 1),
        (
            "paragraph",
            "Trong cuộc đấu tranh giành độc lập, Mặt trận Giải phóng Mô-dăm-bích (FRELIMO) luôn nhận được sự ủng hộ của nhân dân Việt Nam. Ngày 25/6/1975, ngay khi Mô-dăm-bích tuyên bố độc lập, hai nước chính thức thiết lập quan hệ ngoại giao (Vũ Đức Thành, 2015, tr. 37). Những năm sau đó, nhiều chuyên gia nông nghiệp và giáo dục của ta đã sang giúp nước bạn khắc phục hậu quả chiến tranh.",
        ),
        ("heading", "2. Hợp tác kinh tế", 1),
        (
            "paragraph",
            "Dấu ấn nổi bật là dự án Movitel của Tập đoàn Viettel, chính thức kinh doanh tại Mô-dăm-bích từ tháng 5/2012 và nhanh chóng phủ sóng tới các vùng nông thôn. Một quan chức nước bạn từng nhận xét Movitel là “cây cầu nối hai dân tộc cùng đi lên từ chiến tranh” (Nguyễn Thanh Hải, 2018, tr. 112). Tuy vậy, kim ngạch thương mại song phương vẫn chưa tương xứng với tiềm năng của hai nước.",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Trong thời gian tới, ta cần mở rộng hợp tác ba bên với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) để đưa chuyên gia nông nghiệp sang Mô-dăm-bích, đồng thời khuyến khích doanh nghiệp Việt Nam đầu tư vào chế biến hạt điều tại nước bạn (Lương Minh Tú, 2024).",
        ),
    ],
}

IQB = {
    "id": "iqb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH",
        "SỞ NGOẠI VỤ",
        "Số: 214/BC-SNgV",
        "Thái Bình, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với Mô-dăm-bích và Ăng-gô-la năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với Mô-dăm-bích và Ăng-gô-la năm 2024"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 3/2024, Giám đốc Sở dẫn đầu đoàn công tác của tỉnh thăm tỉnh Gaza (Mô-dăm-bích) và ký biên bản ghi nhớ hợp tác về sản xuất lúa với chính quyền tỉnh bạn.",
        ),
        (
            "list_item",
            "2. Theo biên bản ghi nhớ trên, tỉnh đã cử 6 kỹ sư nông nghiệp sang hỗ trợ kỹ thuật cho vùng lúa Chókwè trong thời gian một năm.",
        ),
        (
            "list_item",
            "3. Tháng 8/2024, tỉnh đón đoàn tỉnh Huíla (Ăng-gô-la) do Phó Tỉnh trưởng dẫn đầu sang thăm, tìm hiểu mô hình hợp tác xã nông nghiệp.",
        ),
        (
            "list_item",
            "4. Tiếp nhận 30 học viên Ăng-gô-la dự khóa tập huấn kỹ thuật canh tác lúa do FAO tài trợ kinh phí.",
        ),
        (
            "list_item",
            "5. Thỏa thuận hợp tác hữu nghị với tỉnh Huíla chưa được ký kết do hai bên chưa thống nhất được nội dung.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Cử đoàn lãnh đạo tỉnh sang Ăng-gô-la trong quý II/2025 để tiếp tục đàm phán thỏa thuận với tỉnh Huíla.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Mô-dăm-bích tại Việt Nam tổ chức hội thảo xúc tiến xuất khẩu giống lúa và máy nông nghiệp.",
        ),
        (
            "paragraph",
            "Sở Ngoại vụ kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo.",
        ),
    ],
}

IQC = {
    "id": "iqc",
    "shape": "news",
    "date": "2025-11-12",
    "stamp": "Thứ Tư, 12/11/2025 - 22:05",
    "blocks": [
        ("title", "Kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Ăng-gô-la"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Tối 12/11, Đại sứ quán Ăng-gô-la tại Việt Nam tổ chức lễ kỷ niệm 50 năm Quốc khánh Cộng hòa Ăng-gô-la (11/11/1975 – 11/11/2025) và 50 năm thiết lập quan hệ ngoại giao giữa hai nước (12/11/1975 – 12/11/2025). Bộ trưởng Bộ Ngoại giao Lê Hoài Trung đã tới dự và phát biểu.",
        ),
        ("heading", "Tình bạn từ những năm đấu tranh", 1),
        (
            "paragraph",
            "Bộ trưởng Lê Hoài Trung nhắc lại rằng ngay từ tháng 8/1971, khi nhân dân Ăng-gô-la còn đang đấu tranh giành độc lập, lãnh tụ Agostinho Neto đã sang thăm Việt Nam. Chỉ một ngày sau khi nước bạn tuyên bố độc lập, Việt Nam đã công nhận Cộng hòa Nhân dân Ăng-gô-la.",
        ),
        (
            "paragraph",
            "Bộ trưởng khẳng định Việt Nam luôn coi trọng quan hệ hữu nghị truyền thống với Ăng-gô-la và đề nghị hai bên sớm tổ chức kỳ họp tiếp theo của Ủy ban liên Chính phủ, mở rộng hợp tác trong các lĩnh vực dầu khí, nông nghiệp và viễn thông.",
        ),
        ("heading", "Đối tác quan trọng tại châu Phi", 1),
        (
            "paragraph",
            "Về phần mình, Đại sứ Ăng-gô-la Fernando Miguel cảm ơn Việt Nam đã đào tạo nhiều kỹ sư, bác sĩ cho nước bạn và khẳng định Chính phủ Ăng-gô-la hoan nghênh doanh nghiệp Việt Nam sang đầu tư. Theo Đại sứ, năm 2026 phía Ăng-gô-la sẽ cử một đoàn doanh nghiệp sang Việt Nam tìm hiểu cơ hội nhập khẩu gạo.",
        ),
    ],
}

IQD = {
    "id": "iqd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VỤ HỢP TÁC QUỐC TẾ':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 08/KH-HTQT':<40}Hà Nội, ngày 09 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác nông nghiệp với Mô-dăm-bích và Ăng-gô-la năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác nông nghiệp với Mô-dăm-bích và Ăng-gô-la năm 2026"),
        ("heading", "I. TÌNH HÌNH NĂM 2025", 1),
        (
            "paragraph",
            "Năm qua, Vụ đã phối hợp với FAO tổ chức hai khóa tập huấn trực tuyến về thủy lợi nội đồng cho cán bộ nông nghiệp Mô-dăm-bích. Đề xuất dự án ba bên Việt Nam – FAO – Ăng-gô-la về sản xuất lúa chưa được FAO phê duyệt do thiếu nguồn vốn.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3/2026, đón đoàn Bộ Nông nghiệp và An ninh lương thực Mô-dăm-bích sang thăm và làm việc tại Hà Nội, An Giang.",
        ),
        (
            "list_item",
            "2. Ký bản ghi nhớ hợp tác về nông nghiệp với Bộ Nông nghiệp Ăng-gô-la nhân dịp họp Ủy ban liên Chính phủ.",
        ),
        (
            "list_item",
            "3. Cử 10 chuyên gia sang Mô-dăm-bích hỗ trợ chương trình giống lúa chịu hạn.",
        ),
        (
            "list_item",
            "4. Tổ chức gian hàng Việt Nam tại Hội chợ quốc tế Ma-pu-tô (FACIM) vào cuối tháng 8/2026.",
        ),
        (
            "list_item",
            "5. Đề nghị FAO xem xét lại đề xuất dự án ba bên với Ăng-gô-la.",
        ),
        (
            "paragraph",
            "Các đơn vị thuộc Bộ căn cứ Kế hoạch này chủ động triển khai, định kỳ hằng quý báo cáo kết quả về Vụ Hợp tác quốc tế.",
        ),
    ],
}

IQE = {
    "id": "iqe",
    "shape": "entry",
    "blocks": [
        ("title", "Mô-dăm-bích"),
        (
            "paragraph",
            "Mô-dăm-bích (tiếng Bồ Đào Nha: Moçambique), tên chính thức là Cộng hòa Mô-dăm-bích, là quốc gia ở bờ đông nam châu Phi, giáp Ấn Độ Dương; thủ đô là Ma-pu-tô. Là thuộc địa của Bồ Đào Nha gần năm thế kỷ, nước này giành độc lập ngày 25/6/1975 sau cuộc đấu tranh vũ trang do FRELIMO lãnh đạo; Samora Machel trở thành Tổng thống đầu tiên.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Từ năm 1977 đến năm 1992, đất nước chìm trong cuộc nội chiến giữa chính phủ FRELIMO và lực lượng RENAMO. Hiệp định hòa bình chung được hai bên ký tại Rô-ma ngày 4/10/1992; Liên hợp quốc sau đó triển khai Phái bộ ONUMOZ để giám sát việc thực hiện hiệp định.",
        ),
        ("heading", "Đối ngoại", 1),
        (
            "paragraph",
            "Mô-dăm-bích là thành viên của Liên minh châu Phi và Cộng đồng Phát triển Nam Phi (SADC). Ngày 12/11/1995, nước này được kết nạp vào Khối Thịnh vượng chung dù chưa từng là thuộc địa của Anh. Mô-dăm-bích cũng là một thành viên sáng lập Cộng đồng các nước nói tiếng Bồ Đào Nha (CPLP) năm 1996. Tháng 6/2022, lần đầu tiên nước này được bầu làm Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc, nhiệm kỳ 2023 – 2024.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Hai nước thiết lập quan hệ ngoại giao ngay trong ngày Mô-dăm-bích giành độc lập. Tập đoàn Viettel của Việt Nam là một trong những nhà đầu tư lớn trong lĩnh vực viễn thông tại nước này.",
        ),
    ],
}

DOCS = [IQA, IQB, IQC, IQD, IQE]


def render_news(doc: dict) -> str:
    """The agency's news page (heldout_kit.news_page): "title | section", a nav menu, <h1>, the date line,
    the lead in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, tags and the footer."""
    return news_page(
        doc,
        "Chính trị",
        "22:05",
        [("/chinh-tri", "Chính trị"), ("/the-gioi", "Thế giới")],
        [("/tag/angola", "Ăng-gô-la"), ("/tag/quan-he-viet-nam-angola", "Quan hệ Việt Nam – Ăng-gô-la")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "KT. VỤ TRƯỞNG / PHÓ VỤ TRƯỞNG", its own "Nơi nhận"
    lines."""
    return ministry_plan(
        doc,
        signature=["KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "(đã ký)"],
        recipients=["- Lãnh đạo Bộ (để b/c);", "- Lưu: VT, HTQT."],
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
        prefix="iq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
