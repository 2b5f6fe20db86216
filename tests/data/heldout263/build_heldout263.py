"""Build the two hundred sixty-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout263/build_heldout263.py [--check]

Five short documents on Vietnam, Egypt and the Gulf (citizen protection, labour, halal, shipping): a journal
article on protecting Vietnamese citizens in Middle East and North African crises (Libya 2011, Gaza 2023), a
(fictitious) provincial trade promotion centre's report for 2025 on the Egyptian and Iraqi markets, a NATIONAL
ASSEMBLY QUESTION-AND-ANSWER SESSION transcript on relations with the Middle East (the new shape, replacing
the news page), a (fictitious) provincial plan for 2026 on halal products, and an encyclopedia entry on the
Suez Canal. Facts are well-established; authors, journal, page numbers, document numbers, the report's and
plan's items, the session's date, the delegates and every word of the session are invented. Gold is written
by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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
    qa_session_text,
    report_word,
)

GXA_BAOHO = {
    "id": "gxa",
    "shape": "journal",
    "header": "TẠP CHÍ CỘNG ĐỒNG NGƯỜI VIỆT Ở NƯỚC NGOÀI | Số 6 – 2024",
    "first_page": 19,
    "break_after": 5,
    "blocks": [
        ("title", "BẢO HỘ CÔNG DÂN VIỆT NAM TẠI TRUNG ĐÔNG – BẮC PHI: BÀI HỌC TỪ CÁC CUỘC KHỦNG HOẢNG"),
        ("author", "Mai Thị Thu Hà"),
        ("affiliation", "Khoa Chính trị quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích công tác bảo hộ công dân Việt Nam trong các cuộc khủng hoảng ở Trung Đông – Bắc Phi, từ cuộc sơ tán lao động khỏi Li-bi năm 2011 đến xung đột tại Dải Gaza năm 2023.",
            "vi",
        ),
        ("keywords", "bảo hộ công dân; Li-bi; Ai Cập; Trung Đông", "vi"),
        ("heading", "1. Cuộc sơ tán khỏi Li-bi năm 2011", 1),
        (
            "paragraph",
            "Khi xung đột bùng phát ở Li-bi tháng 2/2011, hơn 10.000 lao động Việt Nam đang làm việc tại nước này. Với sự hỗ trợ của Tổ chức Di cư Quốc tế (IOM), toàn bộ số lao động được đưa qua biên giới sang Ai Cập, Tuy-ni-di rồi về nước an toàn (Lương Văn Quang, 2012, tr. 61). Chính phủ Ai Cập đã mở cửa khẩu Xa-lum và tạo điều kiện cho các chuyến bay đưa người lao động về nước.",
        ),
        ("heading", "2. Xung đột tại Dải Gaza năm 2023", 1),
        (
            "paragraph",
            "Sau khi xung đột bùng phát ngày 7/10/2023, Đại sứ quán Việt Nam tại I-xra-en lập đường dây nóng và hỗ trợ công dân có nguyện vọng về nước. Như một nhà ngoại giao khẳng định, bảo hộ công dân là “nhiệm vụ trọng tâm, thường xuyên của ngành ngoại giao” (Nguyễn Thị Thu Trang, 2020, tr. 14).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Việt Nam chưa có cơ chế phối hợp sơ tán công dân với các nước vùng Vịnh. Ta nên đề xuất với các nước này xây dựng cơ chế phối hợp trong tình huống khẩn cấp (Hồ Quang Vinh, 2024).",
        ),
    ],
}

GXB_KHANHHOA = {
    "id": "gxb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
        "TRUNG TÂM XÚC TIẾN ĐẦU TƯ, THƯƠNG MẠI VÀ DU LỊCH",
        "Số: 92/BC-TTXT",
        "Khánh Hòa, ngày 18 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả xúc tiến thương mại tại thị trường Ai Cập và I-rắc năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả xúc tiến thương mại tại thị trường Ai Cập và I-rắc năm 2025"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 4/2025, Trung tâm đưa 5 doanh nghiệp dự hội chợ thực phẩm quốc tế tại Cai-rô (Ai Cập), ký 2 hợp đồng xuất khẩu cá ngừ và hạt điều.",
        ),
        (
            "list_item",
            "2. Tháng 9/2025, tiếp đoàn Phòng Thương mại Bát-đa (I-rắc) sang tìm hiểu nguồn cung gạo và cà phê.",
        ),
        (
            "list_item",
            "3. Đoàn khảo sát thị trường I-rắc dự kiến tháng 11/2025 không thực hiện được do chưa được cấp thị thực.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Phối hợp với Thương vụ Việt Nam tại Ai Cập tổ chức giao thương trực tuyến giữa doanh nghiệp tỉnh và doanh nghiệp Ai Cập, Gioóc-đa-ni.",
        ),
        (
            "list_item",
            "2. Đưa doanh nghiệp tham gia Hội chợ quốc tế Bát-đa; hỗ trợ doanh nghiệp đạt chứng nhận Halal trước khi xuất khẩu.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả xúc tiến thương mại tại thị trường Ai Cập và I-rắc năm 2025 của Trung tâm.",
        ),
    ],
}

GXC_QA = {
    "id": "gxc",
    "shape": "qa",
    "head": [
        "QUỐC HỘI KHÓA XV – KỲ HỌP THỨ 8",
        "PHIÊN CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN",
    ],
    "stamp": "Thứ Tư, ngày 13/11/2024 – Buổi sáng (từ 8 giờ 00 đến 11 giờ 30)",
    "blocks": [
        (
            "title",
            "Nhóm vấn đề: Quan hệ với khu vực Trung Đông, bảo hộ công dân và phát triển thị trường Halal",
        ),
        (
            "paragraph",
            "Chủ tịch Quốc hội Trần Thanh Mẫn: Thưa các vị đại biểu Quốc hội, sáng nay Quốc hội chất vấn Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn về nhóm vấn đề quan hệ với khu vực Trung Đông. Đề nghị các vị đại biểu nêu câu hỏi ngắn gọn, không quá một phút.",
        ),
        (
            "paragraph",
            "Đại biểu Nguyễn Thị Thanh Xuân (Đoàn ĐBQH tỉnh Ninh Thuận): Chuyến công tác Trung Đông của Thủ tướng cuối tháng 10 vừa qua mang lại kết quả gì cho xuất khẩu, nhất là sản phẩm Halal?",
        ),
        (
            "paragraph",
            "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn: Xin cảm ơn đại biểu. Từ ngày 27/10 đến 1/11/2024, Thủ tướng Phạm Minh Chính thăm chính thức UAE, Ca-ta và dự Hội nghị FII8 tại A-rập Xê-út. Ngày 28/10, Việt Nam và UAE nâng quan hệ lên Đối tác toàn diện và ký Hiệp định CEPA. Về Halal, từ đầu năm nay Chính phủ đã phê duyệt Đề án tăng cường hợp tác quốc tế để phát triển ngành Halal Việt Nam đến năm 2030.",
        ),
        (
            "paragraph",
            "Đại biểu Lê Văn Hưng (Đoàn ĐBQH tỉnh Nghệ An): Nghệ An có nhiều lao động ở Trung Đông. Trước xung đột leo thang tại Li-băng, Bộ đã bảo hộ công dân ra sao?",
        ),
        (
            "paragraph",
            "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn: Các cơ quan đại diện của ta trong khu vực đã lập đường dây nóng và hỗ trợ nhiều công dân về nước an toàn. Thời gian tới, Bộ sẽ phối hợp với các bộ, ngành đề xuất đàm phán thỏa thuận mới về hợp tác lao động với Cô-oét.",
        ),
        (
            "paragraph",
            "Đại biểu Nguyễn Thị Thanh Xuân (Đoàn ĐBQH tỉnh Ninh Thuận) tranh luận: Tôi chưa thật thỏa mãn. Đến nay, ta chưa có tổ chức chứng nhận Halal nào được các nước vùng Vịnh công nhận rộng rãi.",
        ),
        (
            "paragraph",
            "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn: Xin tiếp thu. Năm 2025, chúng tôi sẽ thúc đẩy đàm phán công nhận lẫn nhau về chứng nhận Halal với UAE và A-rập Xê-út.",
        ),
        (
            "paragraph",
            "Chủ tịch Quốc hội Trần Thanh Mẫn: Quốc hội đề nghị Chính phủ triển khai hiệu quả Hiệp định CEPA và nghiên cứu khả năng đàm phán hiệp định thương mại tự do với Hội đồng Hợp tác vùng Vịnh. Phiên chất vấn nhóm vấn đề này kết thúc.",
        ),
    ],
}

GXD_ANGIANG = {
    "id": "gxd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH AN GIANG':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 31/KH-UBND':<40}An Giang, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phát triển sản phẩm Halal và hợp tác",
        "với các thị trường Hồi giáo năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Phát triển sản phẩm Halal và hợp tác với các thị trường Hồi giáo năm 2026"),
        (
            "paragraph",
            "Thực hiện Đề án “Tăng cường hợp tác quốc tế để xây dựng và phát triển ngành Halal Việt Nam đến năm 2030”, Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. MỤC TIÊU", 1),
        (
            "paragraph",
            "Có thêm 20 cơ sở sản xuất được cấp chứng nhận Halal; phát huy vai trò cộng đồng người Chăm theo đạo Hồi trong kết nối với các thị trường Hồi giáo.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 3/2026, phối hợp với Đại sứ quán Ma-lai-xi-a tổ chức hội thảo về tiêu chuẩn Halal cho doanh nghiệp chế biến thủy sản.",
        ),
        (
            "list_item",
            "2. Đưa doanh nghiệp tham gia Triển lãm Halal quốc tế Ma-lai-xi-a (MIHAS) tại Cu-a-la Lăm-pơ tháng 9/2026.",
        ),
        (
            "list_item",
            "3. Mời đoàn doanh nghiệp UAE sang khảo sát vùng nuôi cá tra của tỉnh trong quý II/2026.",
        ),
        (
            "list_item",
            "4. Ký thỏa thuận hợp tác với tỉnh Gia-va Đông (In-đô-nê-xi-a) về phát triển sản phẩm Halal.",
        ),
        (
            "paragraph",
            "Sở Công Thương chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức thực hiện; báo cáo kết quả trước ngày 15/12/2026.",
        ),
    ],
}

GXE_SUEZ = {
    "id": "gxe",
    "shape": "entry",
    "blocks": [
        ("title", "Kênh đào Xuy-ê"),
        (
            "paragraph",
            "Kênh đào Xuy-ê là tuyến đường thủy nhân tạo ở Ai Cập, nối Địa Trung Hải với Biển Đỏ, khánh thành ngày 17/11/1869. Công ước Côn-xtăng-ti-nốp ký ngày 29/10/1888 bảo đảm quyền tự do đi lại qua kênh cho tàu thuyền của mọi quốc gia, cả trong thời bình lẫn thời chiến.",
        ),
        ("heading", "Khủng hoảng năm 1956", 1),
        (
            "paragraph",
            "Ngày 26/7/1956, Tổng thống Ai Cập Gamal Abdel Nasser tuyên bố quốc hữu hóa Công ty Kênh đào Xuy-ê. Cuối tháng 10/1956, I-xra-en, rồi Anh và Pháp tấn công Ai Cập. Trước sức ép của Mỹ, Liên Xô và Liên hợp quốc, quân Anh, Pháp rút khỏi Ai Cập vào tháng 12/1956; I-xra-en rút quân khỏi bán đảo Xi-nai vào tháng 3/1957. Sau Chiến tranh Sáu ngày năm 1967, kênh bị đóng cửa cho đến ngày 5/6/1975.",
        ),
        ("heading", "Thời kỳ gần đây", 1),
        (
            "paragraph",
            "Ngày 6/8/2015, Ai Cập khánh thành Kênh đào Xuy-ê mới. Tháng 3/2021, tàu container Ever Given mắc cạn làm tắc kênh gần một tuần. Từ cuối năm 2023, các cuộc tấn công của lực lượng Houthi ở Y-ê-men nhằm vào tàu hàng trên Biển Đỏ khiến lượng tàu qua kênh giảm mạnh.",
        ),
    ],
}

DOCS = [GXA_BAOHO, GXB_KHANHHOA, GXC_QA, GXD_ANGIANG, GXE_SUEZ]


def render_qa(doc: dict) -> str:
    """NEW SHAPE: a National Assembly question-and-answer session ("phiên chất vấn và trả lời chất vấn")
    copied as text from the Assembly's portal (heldout_kit.qa_session_text): the session lines, the group of
    questions (the title), the date-and-time line, a blank line, then each turn with its speaker's label ("Đại
    biểu … (Đoàn ĐBQH tỉnh …):", "Phó Thủ tướng, Bộ trưởng …:", the chair) on a line of its own and the words
    under it, a blank line between turns; the portal's source line at the end."""
    return qa_session_text(doc, doc["head"], split=True, tail=["Nguồn: Cổng Thông tin điện tử Quốc hội"])


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush right
    (heldout_kit.headed_journal: title at 52 columns, labels and body at 72)."""
    return headed_journal(doc, title=52, label=72, body=72, page_label="[{}]")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký)"])


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", its
    own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Công Thương;", "- Bộ Khoa học và Công nghệ;", "- Lưu: VT."],
        columns=(48, 48, 48, 51),
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "qa": render_qa,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="gx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
