"""Build the three hundred eighteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout318/build_heldout318.py [--check]

Five short documents on Vietnam and southern Africa: a journal article on Vietnam – South Africa relations
(from the anti-apartheid years to the BRICS partnership), a (fictitious) provincial foreign affairs
department's report on relations with Angola in 2024, a news page on a (fictitious) ceremony in Hà Nội marking
fifty years of Mozambique's independence and of relations (June 2025), a (fictitious) trade promotion plan for
southern Africa in 2026, and an encyclopedia entry on the Southern African Development Community. Facts are
well-established; authors, journal, page numbers, document numbers, the report's, plan's and ceremony's items
and quoted words are invented (see README.md). Gold is written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
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

AGA_JOURNAL = {
    "id": "aga",
    "shape": "journal",
    "header": "NGHIÊN CỨU PHÁT TRIỂN NAM – NAM, Số 5 (2025)",
    "first_page": 112,
    "break_after": 3,
    "blocks": [
        ("title", "VIỆT NAM – NAM PHI: TỪ ĐOÀN KẾT CHỐNG A-PÁC-THAI ĐẾN ĐỐI TÁC TRONG KHUÔN KHỔ BRICS"),
        ("author", "Vũ Thành Công"),
        ("affiliation", "Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết phân tích quá trình phát triển quan hệ Việt Nam – Nam Phi từ thời kỳ đấu tranh chống chế độ a-pác-thai đến nay và gợi mở một số định hướng hợp tác.",
            "vi",
        ),
        ("keywords", "Nam Phi; ANC; a-pác-thai; BRICS; thương mại", "vi"),
        ("heading", "1. Đoàn kết trong đấu tranh", 1),
        (
            "paragraph",
            "Suốt những năm chế độ phân biệt chủng tộc a-pác-thai tồn tại, Việt Nam kiên trì ủng hộ cuộc đấu tranh của nhân dân Nam Phi do Đại hội Dân tộc Phi (ANC) lãnh đạo (Lại Văn Tùng, 2014, tr. 66). Ngày 11/2/1990, Nelson Mandela được trả tự do sau 27 năm bị giam cầm.",
        ),
        ("heading", "2. Thiết lập và phát triển quan hệ", 1),
        (
            "paragraph",
            "Ngày 22/12/1993, Việt Nam và Nam Phi thiết lập quan hệ ngoại giao, chỉ vài tháng trước cuộc bầu cử đa sắc tộc đầu tiên ngày 27/4/1994 đưa Nelson Mandela lên làm Tổng thống. Nam Phi hiện là đối tác thương mại lớn nhất của Việt Nam tại châu Phi. Theo một nhà ngoại giao Nam Phi, hai dân tộc “hiểu nhau bằng ký ức về những cuộc đấu tranh giải phóng” (Thandiwe Nkosi, 2020, tr. 9).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Nam Phi trở thành thành viên BRICS năm 2011 và đăng cai Hội nghị thượng đỉnh BRICS lần thứ 15 tại Giô-han-ne-xbơc tháng 8/2023; tháng 6/2025, Việt Nam trở thành nước đối tác của nhóm này. Hai nước cần khai thác tốt hơn khuôn khổ mới, nhất là trong năng lượng, khai khoáng và nông nghiệp (Mai Anh Tuấn, 2025).",
        ),
    ],
}

AGB_WORD = {
    "id": "agb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
        "SỞ NGOẠI VỤ",
        "Số: 188/BC-SNgV",
        "Nghệ An, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại với Ăng-gô-la năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại với Ăng-gô-la năm 2024"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 4/2024, đoàn công tác của tỉnh do Phó Chủ tịch Ủy ban nhân dân tỉnh dẫn đầu thăm Lu-an-đa, gặp gỡ cộng đồng người Việt Nam tại Ăng-gô-la.",
        ),
        (
            "list_item",
            "2. Ký biên bản ghi nhớ hợp tác với chính quyền tỉnh Bengo (Ăng-gô-la) về nông nghiệp và dạy nghề.",
        ),
        (
            "list_item",
            "3. Tháng 8/2024, đón Đại sứ Ăng-gô-la tại Việt Nam đến thăm và làm việc với lãnh đạo tỉnh.",
        ),
        (
            "list_item",
            "4. Chương trình trao đổi thanh niên với tỉnh Bengo chưa thực hiện được do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức các hoạt động kỷ niệm 50 năm Ngày độc lập của Ăng-gô-la (11/11/1975 – 11/11/2025) và 50 năm quan hệ ngoại giao giữa hai nước.",
        ),
        (
            "list_item",
            "2. Mời đoàn lãnh đạo tỉnh Bengo sang thăm Nghệ An trong quý II/2025.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả công tác đối ngoại với Ăng-gô-la năm 2024 của Sở Ngoại vụ tỉnh Nghệ An.",
        ),
    ],
}

AGC_NEWS = {
    "id": "agc",
    "shape": "news",
    "date": "2025-06-24",
    "stamp": "Thứ Ba, 24/06/2025 - 19:05",
    "blocks": [
        ("title", "Kỷ niệm 50 năm Ngày độc lập Mô-dăm-bích và quan hệ hữu nghị Việt Nam – Mô-dăm-bích"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 24/6, Liên hiệp các tổ chức hữu nghị Việt Nam phối hợp với Đại sứ quán Mô-dăm-bích tổ chức lễ kỷ niệm 50 năm Ngày độc lập của Mô-dăm-bích (25/6/1975 – 25/6/2025) và 50 năm quan hệ ngoại giao giữa hai nước.",
        ),
        ("heading", "Tình đoàn kết thủy chung", 1),
        (
            "paragraph",
            "Mô-dăm-bích tuyên bố độc lập ngày 25/6/1975 dưới sự lãnh đạo của Mặt trận Giải phóng Mô-dăm-bích (FRELIMO), với Tổng thống đầu tiên là Samora Machel. Việt Nam thiết lập quan hệ ngoại giao với nước bạn ngay trong năm 1975.",
        ),
        ("heading", "Hợp tác viễn thông và nông nghiệp", 1),
        (
            "paragraph",
            "Mạng di động Movitel, liên doanh của Tập đoàn Viettel tại Mô-dăm-bích, chính thức kinh doanh từ năm 2012. Phát biểu tại buổi lễ, Đại sứ Mô-dăm-bích cảm ơn Việt Nam đã cử chuyên gia giúp nông dân nước bạn thâm canh lúa. Tuy hai nước chưa có đường bay thẳng, hai bên nhất trí sẽ thúc đẩy trao đổi đoàn và hợp tác giáo dục.",
        ),
    ],
}

AGD_PLAN = {
    "id": "agd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC XÚC TIẾN THƯƠNG MẠI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 57/KH-XTTM':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường miền nam châu Phi năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại thị trường miền nam châu Phi năm 2026"),
        (
            "paragraph",
            "Để mở rộng thị trường xuất khẩu sang khu vực miền nam châu Phi, Cục Xúc tiến thương mại xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. CÁC HOẠT ĐỘNG", 1),
        (
            "list_item",
            "1. Tháng 6/2026, tổ chức khu gian hàng Việt Nam tại Hội chợ SAITEX ở Giô-han-ne-xbơc (Nam Phi).",
        ),
        (
            "list_item",
            "2. Phối hợp với Thương vụ Việt Nam tại Nam Phi tổ chức Diễn đàn doanh nghiệp Việt Nam – Nam Phi tại Kếp-tao.",
        ),
        (
            "list_item",
            "3. Mời đoàn doanh nghiệp Ăng-gô-la và Mô-dăm-bích sang dự Hội chợ Vietnam Expo tại Hà Nội.",
        ),
        (
            "list_item",
            "4. Làm việc với Ban Thư ký SADC tại Ga-bô-rôn về khả năng hợp tác xúc tiến thương mại.",
        ),
        (
            "list_item",
            "5. Không tổ chức chương trình xúc tiến riêng tại Dim-ba-bu-ê trong năm 2026 do hạn chế kinh phí.",
        ),
        (
            "paragraph",
            "Phòng Xúc tiến thương mại khu vực châu Phi chủ trì triển khai, định kỳ báo cáo Lãnh đạo Cục kết quả thực hiện.",
        ),
    ],
}

AGE_ENTRY = {
    "id": "age",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng Phát triển Nam Phi"),
        (
            "paragraph",
            "Cộng đồng Phát triển Nam Phi (SADC) là tổ chức hợp tác khu vực của 16 nước miền nam châu Phi, trụ sở đặt tại Ga-bô-rôn (Bốt-xoa-na). SADC ra đời từ Hội nghị Điều phối Phát triển Nam Phi (SADCC) thành lập tại Lu-xa-ca năm 1980; Hiệp ước thành lập SADC được ký tại Vin-hoéc (Na-mi-bi-a) ngày 17/8/1992. Mục tiêu của tổ chức là thúc đẩy hội nhập kinh tế, hòa bình và an ninh trong khu vực.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Ăng-gô-la và Mô-dăm-bích là thành viên sáng lập của SADCC. Nam Phi gia nhập SADC năm 1994, sau khi chế độ a-pác-thai chấm dứt. Ma-đa-gát-xca bị đình chỉ tư cách thành viên năm 2009 sau cuộc chính biến và được khôi phục năm 2014. Cô-mo-rô được kết nạp năm 2017, nâng tổng số thành viên lên 16. Hội nghị thượng đỉnh SADC họp thường niên vào tháng 8; chức Chủ tịch luân phiên giữa các nước thành viên.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam duy trì quan hệ hữu nghị truyền thống với nhiều nước thành viên SADC, nhất là Ăng-gô-la, Mô-dăm-bích, Nam Phi, Tan-da-ni-a và Dim-ba-bu-ê.",
        ),
    ],
}

DOCS = [AGA_JOURNAL, AGB_WORD, AGC_NEWS, AGD_PLAN, AGE_ENTRY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Đối ngoại" section."""
    return news_page(
        doc,
        section="Đối ngoại",
        time="19:05",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/mo-dam-bich", "Mô-dăm-bích"), ("/tag/huu-nghi", "Hữu nghị")],
    )


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"], width=70)


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG"."""
    return ministry_plan(
        doc,
        signature=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "(đã ký)"],
        recipients=["- Lãnh đạo Bộ (để b/c);", "- Lưu: VT, XTTM."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": lambda d: headed_journal(d, page_label="- {} -", align="^"),
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="ag",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
