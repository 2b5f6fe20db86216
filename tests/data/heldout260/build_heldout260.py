"""Build the two hundred sixtieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout260/build_heldout260.py [--check]

Five short documents on Vietnam, the United Arab Emirates and the Gulf (trade and the CEPA): a journal
article on Vietnam – UAE relations from 1993 to the CEPA of October 2024, a (fictitious) provincial
trade department's report for 2025 on the Middle East market, a news page on Prime Minister Phạm Minh
Chính at the eighth Future Investment Initiative in Riyadh (October 2024), a (fictitious) city plan for
2026 to make use of the CEPA, and an encyclopedia entry on the Gulf Cooperation Council. Facts are
well-established; authors, journal, page numbers, document numbers, the report's and plan's items and
quoted words are invented. Gold is written by hand; ``--check`` verifies that every gold evidence, quote
and citation occurs in the documents.
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

GUA_UAE = {
    "id": "gua",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TÂY Á VÀ BẮC PHI – Số 2 (2025)",
    "first_page": 61,
    "break_after": 4,
    "blocks": [
        ("title", "VIỆT NAM – UAE: TỪ QUAN HỆ NGOẠI GIAO ĐẾN ĐỐI TÁC KINH TẾ TOÀN DIỆN"),
        ("author", "Đỗ Thị Minh Phương"),
        ("affiliation", "Viện Nghiên cứu Châu Phi và Trung Đông"),
        (
            "abstract",
            "Bài viết khái quát quá trình phát triển quan hệ Việt Nam – Các Tiểu vương quốc Ả-rập Thống nhất (UAE) và đánh giá ý nghĩa của Hiệp định Đối tác kinh tế toàn diện (CEPA) giữa hai nước.",
            "vi",
        ),
        ("keywords", "UAE; CEPA; vùng Vịnh; Đối tác toàn diện", "vi"),
        ("heading", "1. Ba thập kỷ quan hệ", 1),
        (
            "paragraph",
            "Việt Nam và UAE thiết lập quan hệ ngoại giao ngày 1/8/1993. Trong nhiều năm, quan hệ hai nước chủ yếu phát triển trên lĩnh vực thương mại, khi UAE trở thành đầu mối trung chuyển hàng hóa Việt Nam sang Trung Đông (Nguyễn Thanh Hiền, 2018, tr. 52). Tháng 12/2023, Thủ tướng Phạm Minh Chính dự Hội nghị lần thứ 28 các Bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP28) do UAE đăng cai tại Đu-bai.",
        ),
        ("heading", "2. Bước ngoặt năm 2024", 1),
        (
            "paragraph",
            "Ngày 28/10/2024, trong chuyến thăm chính thức UAE của Thủ tướng Phạm Minh Chính, hai nước nâng quan hệ lên Đối tác toàn diện; Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Quốc vụ khanh phụ trách Ngoại thương UAE Thani bin Ahmed Al Zeyoudi ký Hiệp định CEPA. Đây là hiệp định thương mại tự do đầu tiên của Việt Nam với một quốc gia Ả-rập. Theo một chuyên gia, UAE là “cửa ngõ để hàng Việt tiến vào thị trường vùng Vịnh và châu Phi” (Trần Văn Tuấn, 2023, tr. 17).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Dù vậy, doanh nghiệp Việt Nam chưa tận dụng được nguồn vốn từ các quỹ đầu tư quốc gia của UAE. Việt Nam nên sớm nghiên cứu khả năng đàm phán một hiệp định thương mại tự do với toàn khối Hội đồng Hợp tác vùng Vịnh (Lê Hải Yến, 2024).",
        ),
    ],
}

GUB_DONGTHAP = {
    "id": "gub",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
        "SỞ CÔNG THƯƠNG",
        "Số: 418/BC-SCT",
        "Đồng Tháp, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả xúc tiến thương mại với thị trường Trung Đông năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả xúc tiến thương mại với thị trường Trung Đông năm 2025"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Tháng 2/2025, Sở đưa 6 doanh nghiệp tham gia Hội chợ thực phẩm Gulfood tại Đu-bai (UAE); các doanh nghiệp đã ký 4 hợp đồng xuất khẩu gạo và cá tra với nhà nhập khẩu của UAE và Ô-man.",
        ),
        (
            "list_item",
            "2. Tháng 5/2025, đón đoàn doanh nghiệp của Phòng Thương mại và Công nghiệp Đu-bai đến khảo sát vùng nuôi cá tra của tỉnh.",
        ),
        (
            "list_item",
            "3. Phối hợp với Thương vụ Việt Nam tại UAE tổ chức hội thảo trực tuyến giới thiệu ưu đãi thuế quan của Hiệp định CEPA Việt Nam – UAE.",
        ),
        (
            "list_item",
            "4. Việc mở văn phòng đại diện xúc tiến thương mại của tỉnh tại Đu-bai chưa thực hiện được do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tiếp tục đưa doanh nghiệp tham gia Hội chợ Gulfood; tổ chức đoàn khảo sát thị trường Ca-ta và Cô-oét.",
        ),
        (
            "list_item",
            "2. Mời Đại sứ UAE tại Việt Nam thăm và làm việc với tỉnh trong quý II/2026.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả xúc tiến thương mại với thị trường Trung Đông năm 2025 của Sở Công Thương.",
        ),
    ],
}

GUC_RIYADH = {
    "id": "guc",
    "shape": "news",
    "date": "2024-10-30",
    "stamp": "Thứ Tư, 30/10/2024 - 06:45",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính dự Hội nghị Sáng kiến Đầu tư Tương lai tại A-rập Xê-út"),
        (
            "paragraph",
            "Ri-át (TTXVN) – Chiều 29/10 (giờ địa phương), tại Thủ đô Ri-át, Thủ tướng Phạm Minh Chính đã dự và phát biểu tại phiên toàn thể Hội nghị Sáng kiến Đầu tư Tương lai lần thứ 8 (FII8), trong khuôn khổ chuyến công tác tại A-rập Xê-út từ ngày 28 đến 30/10.",
        ),
        ("heading", "Hai mươi lăm năm quan hệ", 1),
        (
            "paragraph",
            "Việt Nam và A-rập Xê-út thiết lập quan hệ ngoại giao ngày 21/10/1999. Tháng 10 năm ngoái, Thủ tướng đã tới Ri-át dự Hội nghị cấp cao ASEAN – Hội đồng Hợp tác vùng Vịnh (GCC) lần thứ nhất. Trong chuyến đi lần này, Thủ tướng dự kiến hội kiến lãnh đạo A-rập Xê-út và tiếp lãnh đạo các tập đoàn Aramco, ACWA Power.",
        ),
        ("heading", "Mời gọi nguồn vốn vùng Vịnh", 1),
        (
            "paragraph",
            "Phát biểu tại phiên toàn thể, Thủ tướng mời các quỹ đầu tư của A-rập Xê-út đầu tư vào hạ tầng, năng lượng tái tạo và chuyển đổi số ở Việt Nam. Trước đó, ngày 28/10, tại A-bu Đa-bi, Việt Nam và UAE đã ký Hiệp định Đối tác kinh tế toàn diện (CEPA). Rời A-rập Xê-út, Thủ tướng sẽ thăm chính thức Ca-ta.",
        ),
    ],
}

GUD_CANTHO = {
    "id": "gud",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'THÀNH PHỐ CẦN THƠ':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 256/KH-UBND':<40}Cần Thơ, ngày 20 tháng 1 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tận dụng Hiệp định Đối tác kinh tế toàn diện",
        "Việt Nam – UAE (CEPA) năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tận dụng Hiệp định Đối tác kinh tế toàn diện Việt Nam – UAE (CEPA) năm 2026"),
        (
            "paragraph",
            "Căn cứ Hiệp định Đối tác kinh tế toàn diện giữa Việt Nam và Các Tiểu vương quốc Ả-rập Thống nhất ký ngày 28/10/2024, Ủy ban nhân dân thành phố ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. MỤC TIÊU", 1),
        (
            "paragraph",
            "Tăng kim ngạch xuất khẩu của thành phố sang UAE và các nước vùng Vịnh thêm 15% so với năm 2025; hình thành ít nhất 3 chuỗi cung ứng thủy sản, gạo đạt chứng nhận Halal.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Quý I/2026, tổ chức hội nghị phổ biến cam kết thuế quan và quy tắc xuất xứ của Hiệp định CEPA cho doanh nghiệp.",
        ),
        (
            "list_item",
            "2. Tháng 5/2026, đón đoàn Phòng Thương mại và Công nghiệp A-bu Đa-bi sang làm việc, ký bản ghi nhớ về xúc tiến đầu tư.",
        ),
        (
            "list_item",
            "3. Cử đoàn công tác của thành phố sang UAE và Ba-ranh khảo sát hệ thống phân phối trong quý III/2026.",
        ),
        (
            "list_item",
            "4. Phối hợp với Đại sứ quán Việt Nam tại UAE kết nối doanh nghiệp với các nhà nhập khẩu của Đu-bai.",
        ),
        (
            "paragraph",
            "Sở Công Thương chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch; định kỳ 6 tháng báo cáo Ủy ban nhân dân thành phố.",
        ),
    ],
}

GUE_GCC = {
    "id": "gue",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Hợp tác vùng Vịnh"),
        (
            "paragraph",
            "Hội đồng Hợp tác các Quốc gia Ả-rập vùng Vịnh (GCC) là tổ chức hợp tác khu vực được thành lập ngày 25/5/1981 tại A-bu Đa-bi, gồm sáu thành viên: A-rập Xê-út, Các Tiểu vương quốc Ả-rập Thống nhất, Cô-oét, Ca-ta, Ba-ranh và Ô-man. Ban Thư ký đặt trụ sở tại Ri-át. Tổ chức này ra đời trong bối cảnh cuộc chiến tranh I-ran – I-rắc (1980 – 1988) đe dọa an ninh vùng Vịnh.",
        ),
        ("heading", "Khủng hoảng ngoại giao 2017 – 2021", 1),
        (
            "paragraph",
            "Ngày 5/6/2017, A-rập Xê-út, UAE, Ba-ranh cùng Ai Cập cắt quan hệ ngoại giao và phong tỏa đường bộ, đường biển, đường hàng không với Ca-ta. Cô-oét và Ô-man không tham gia phong tỏa; Cô-oét đứng ra làm trung gian hòa giải. Ngày 5/1/2021, tại Hội nghị cấp cao GCC ở Al-Ula (A-rập Xê-út), các bên ký Tuyên bố Al-Ula, chấm dứt cuộc khủng hoảng.",
        ),
        ("heading", "Quan hệ với ASEAN và Việt Nam", 1),
        (
            "paragraph",
            "Hội nghị cấp cao ASEAN – GCC lần thứ nhất họp tại Ri-át ngày 20/10/2023; hội nghị lần thứ hai diễn ra tại Cu-a-la Lăm-pơ (Ma-lai-xi-a) tháng 5/2025. Việt Nam có quan hệ ngoại giao với cả sáu nước thành viên GCC.",
        ),
    ],
}

DOCS = [GUA_UAE, GUB_DONGTHAP, GUC_RIYADH, GUD_CANTHO, GUE_GCC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "- N -" page numbers centred
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 70 columns, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký)"], width=70)


def render_news(doc: dict) -> str:
    """A TTXVN-style news page (heldout_kit.news_page) in the "Thời sự quốc tế" section."""
    return news_page(
        doc,
        section="Thời sự quốc tế",
        time="06:45",
        menu=[("/chinh-tri", "Chính trị"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/a-rap-xe-ut", "A-rập Xê-út"), ("/tag/fii8", "FII8"), ("/tag/thu-tuong", "Thủ tướng")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", its
    own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Công Thương (để b/c);", "- Các sở, ngành thành phố;", "- Lưu: VT, KT."],
        columns=(48, 48, 48, 51),
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="gu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
