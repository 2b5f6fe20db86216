"""Build the two hundred eighty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout282/build_heldout282.py [--check]

Five short documents on Vietnam's diplomacy with France in 1946 as Party history tells it: a journal article
on the road from the Preliminary Accord of 6/3/1946 to the modus vivendi of 14/9/1946, a (fictitious) year-end
report for 2026 of the Hải Phòng museum, a news page on a (fictitious) exhibition in Montreuil on President Hồ
Chí Minh in France in 1946, a (fictitious) Diplomatic Academy plan for 2026, and an encyclopedia entry on the
modus vivendi. Facts are well-established; authors, journal, page numbers, quoted words, document numbers and
every activity of the museum, the embassy and the academy are invented. Gold is written by hand; ``--check``
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
    news_page,
    report_word,
)

IWA = {
    "id": "iwa",
    "shape": "journal",
    "header": "NGHIÊN CỨU LỊCH SỬ NGOẠI GIAO – Số 2 (2026)",
    "first_page": 17,
    "break_after": 6,
    "blocks": [
        ("title", "NGOẠI GIAO NĂM 1946: TỪ HIỆP ĐỊNH SƠ BỘ ĐẾN TẠM ƯỚC 14/9"),
        ("author", "Đỗ Thị Minh Nguyệt"),
        ("affiliation", "Viện Lịch sử Đảng, Học viện Chính trị quốc gia Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết phân tích sách lược hòa hoãn với Pháp của Đảng và Chủ tịch Hồ Chí Minh trong năm 1946.",
            "vi",
        ),
        ("keywords", "Hiệp định Sơ bộ; Phông-ten-nơ-blô; Tạm ước; hòa để tiến", "vi"),
        ("heading", "1. Hiệp định Sơ bộ", 1),
        (
            "paragraph",
            "Chiều 6/3/1946, tại Hà Nội, Chủ tịch Hồ Chí Minh và ông Vũ Hồng Khanh ký với đại diện Chính phủ Pháp là J. Sainteny bản Hiệp định Sơ bộ. Theo Hiệp định, Chính phủ Pháp công nhận nước Việt Nam Dân chủ Cộng hòa là một quốc gia tự do, có chính phủ, nghị viện, quân đội và tài chính riêng, nằm trong Liên bang Đông Dương và Khối Liên hiệp Pháp (Nguyễn Văn Kiên, 2011, tr. 54). Đổi lại, ta để 15.000 quân Pháp ra Bắc thay quân Tưởng Giới Thạch; số quân này sẽ rút dần trong thời hạn 5 năm.",
        ),
        ("heading", "2. Từ Đà Lạt đến Phông-ten-nơ-blô", 1),
        (
            "paragraph",
            "Hội nghị trù bị họp tại Đà Lạt từ ngày 19/4 đến ngày 10/5/1946 nhưng không đạt được thỏa thuận nào về Nam Bộ. Ngày 31/5/1946, Chủ tịch Hồ Chí Minh lên đường thăm nước Pháp với tư cách thượng khách của Chính phủ Pháp; phái đoàn Chính phủ ta do đồng chí Phạm Văn Đồng dẫn đầu dự Hội nghị Phông-ten-nơ-blô khai mạc ngày 6/7/1946. Hội nghị đi vào bế tắc vì phía Pháp không chịu thừa nhận nền độc lập và sự thống nhất của Việt Nam.",
        ),
        ("heading", "3. Tạm ước", 1),
        (
            "paragraph",
            "Để kéo dài thời gian hòa hoãn, ngày 14/9/1946, Chủ tịch Hồ Chí Minh ký với Bộ trưởng Bộ Pháp quốc hải ngoại Marius Moutet bản Tạm ước (Modus vivendi), mà một nhà nghiên cứu gọi là “sự nhân nhượng có nguyên tắc cuối cùng” (Trần Thị Hương, 2016, tr. 112). Ngày 20/10/1946, Người về tới Hải Phòng. Song thực dân Pháp bội ước, và ngày 19/12/1946 cuộc kháng chiến toàn quốc bùng nổ (Lưu Văn Quyết, 2020).",
        ),
    ],
}

IWB = {
    "id": "iwb",
    "shape": "word",
    "head": [
        "SỞ VĂN HÓA VÀ THỂ THAO HẢI PHÒNG",
        "BẢO TÀNG THÀNH PHỐ",
        "Số: 88/BC-BT",
        "Hải Phòng, ngày 24 tháng 12 năm 2026",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hoạt động đối ngoại năm 2026",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hoạt động đối ngoại năm 2026"),
        (
            "paragraph",
            "Năm 2026 đánh dấu 80 năm ngày Chủ tịch Hồ Chí Minh trở về Tổ quốc sau chuyến thăm Pháp: ngày 18/10/1946, trên tàu Đuy-mông Đuyếc-vin ở vịnh Cam Ranh, Người hội đàm với Cao ủy Pháp Đác-giăng-li-ơ; ngày 20/10/1946, tàu cập cảng Hải Phòng.",
        ),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 10/2026, Bảo tàng đón đoàn Hội Hữu nghị Pháp – Việt Nam (AAFV) sang thăm, dự khai mạc trưng bày chuyên đề về chuyến đi năm 1946.",
        ),
        (
            "list_item",
            "2. Tiếp nhận bản sao 120 tài liệu do Trung tâm Lưu trữ hải ngoại Pháp ở Ếch-xăng-Prô-văng-xơ trao tặng.",
        ),
        (
            "list_item",
            "3. Ký biên bản ghi nhớ hợp tác trưng bày với Bảo tàng Lịch sử Bi-a-ri-txơ (Pháp).",
        ),
        (
            "list_item",
            "4. Đoàn khảo sát các địa điểm Bác Hồ đến ở Pháp năm 1946 chưa thực hiện được do thiếu kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2027", 1),
        (
            "list_item",
            "1. Quý II/2027, cử đoàn sang Bi-a-ri-txơ và Pa-ri trao đổi chuyên môn.",
        ),
        (
            "list_item",
            "2. Mời Đại sứ Pháp tại Việt Nam dự Ngày hội di sản thành phố; tiếp tục phối hợp với Hội AAFV trong các hoạt động giao lưu nhân dân.",
        ),
    ],
}

IWC = {
    "id": "iwc",
    "shape": "news",
    "date": "2026-06-22",
    "stamp": "Thứ Hai, 22/06/2026 - 18:40",
    "blocks": [
        ("title", "Triển lãm “Chủ tịch Hồ Chí Minh tại Pháp năm 1946” khai mạc tại Mông-tơ-rơi"),
        (
            "lead",
            "Pa-ri (TTXVN) – Chiều 22/6, Đại sứ quán Việt Nam tại Pháp phối hợp với Bảo tàng Lịch sử sống thành phố Mông-tơ-rơi khai mạc triển lãm “Chủ tịch Hồ Chí Minh tại Pháp năm 1946”, đúng 80 năm ngày Người tới Pa-ri.",
        ),
        ("heading", "Những ngày ở nước Pháp", 1),
        (
            "paragraph",
            "Triển lãm giới thiệu hơn 200 ảnh và tư liệu. Do nước Pháp đang thay đổi nội các, Chủ tịch Hồ Chí Minh phải lưu lại Bi-a-ri-txơ gần hai tuần rồi mới tới Pa-ri ngày 22/6/1946. Tại đây, Người hội kiến Thủ tướng Chính phủ lâm thời Pháp Gioóc-giơ Bi-đôn, gặp gỡ Việt kiều và tiếp xúc nhiều chính khách, nhà báo Pháp.",
        ),
        ("heading", "Cầu nối hữu nghị", 1),
        (
            "paragraph",
            "Phát biểu tại lễ khai mạc, Thị trưởng Mông-tơ-rơi cho biết thành phố sẵn sàng đưa triển lãm sang Hà Nội vào năm 2027. Bản gốc Tạm ước 14/9/1946 lần này chưa được đưa ra trưng bày. Nhân dịp này, Đại sứ quán trao tặng Bảo tàng 50 đầu sách về Chủ tịch Hồ Chí Minh bằng tiếng Pháp.",
        ),
    ],
}

IWD = {
    "id": "iwd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỌC VIỆN NGOẠI GIAO':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 214/KH-HVNG':<40}Hà Nội, ngày 9 tháng 3 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tổ chức Hội thảo quốc tế “80 năm Hội nghị Phông-ten-nơ-blô”",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tổ chức Hội thảo quốc tế “80 năm Hội nghị Phông-ten-nơ-blô”"),
        ("heading", "I. MỤC ĐÍCH", 1),
        (
            "paragraph",
            "Làm rõ bài học “hòa để tiến” từ Chỉ thị ngày 9/3/1946 của Ban Thường vụ Trung ương Đảng và từ Hội nghị Phông-ten-nơ-blô (tháng 7 – tháng 9/1946), nơi phái đoàn ta đấu tranh đòi độc lập và thống nhất đất nước.",
        ),
        ("heading", "II. NỘI DUNG", 1),
        (
            "list_item",
            "1. Tổ chức Hội thảo tại Hà Nội ngày 15/9/2026, phối hợp với Trường Khoa học Chính trị Pa-ri (Sciences Po).",
        ),
        (
            "list_item",
            "2. Mời 10 học giả Pháp và đại diện Đại sứ quán Pháp tham dự.",
        ),
        (
            "list_item",
            "3. Ký thỏa thuận khai thác tư liệu với Trung tâm Lưu trữ ngoại giao Pháp ở La Cuốc-nơ-vơ.",
        ),
        (
            "list_item",
            "4. Không mở phiên trực tuyến để bảo đảm chất lượng thảo luận.",
        ),
        (
            "paragraph",
            "Khoa Lịch sử ngoại giao chủ trì, phối hợp với Vụ Châu Âu chuẩn bị nội dung và báo cáo Giám đốc Học viện.",
        ),
    ],
}

IWE = {
    "id": "iwe",
    "shape": "entry",
    "blocks": [
        ("title", "Tạm ước 14/9/1946"),
        (
            "paragraph",
            "Tạm ước Việt – Pháp (tiếng Pháp: Modus vivendi) là văn kiện do Chủ tịch nước Việt Nam Dân chủ Cộng hòa Hồ Chí Minh và Bộ trưởng Bộ Pháp quốc hải ngoại Marius Moutet ký tại Pa-ri đêm 14/9/1946, sau khi Hội nghị Phông-ten-nơ-blô không đi đến kết quả.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Tạm ước gồm 11 điều. Việt Nam cam kết bảo đảm các quyền lợi kinh tế và văn hóa của Pháp; Pháp cam kết thi hành các quyền tự do dân chủ ở Nam Bộ. Hai bên đình chỉ xung đột ở Nam Bộ từ ngày 30/10/1946 và sẽ tiếp tục đàm phán chậm nhất vào tháng 1/1947.",
        ),
        ("heading", "Trở về nước", 1),
        (
            "paragraph",
            "Ít ngày sau khi ký, Chủ tịch Hồ Chí Minh lên tàu Đuy-mông Đuyếc-vin từ cảng Tu-lông về nước. Kỳ họp thứ hai Quốc hội khóa I (28/10 – 9/11/1946) tán thành đường lối đối ngoại của Chính phủ, trong đó có việc ký Tạm ước.",
        ),
        ("heading", "Hệ quả", 1),
        (
            "paragraph",
            "Tạm ước giúp ta có thêm thời gian chuẩn bị lực lượng. Tuy nhiên, phía Pháp không thi hành các cam kết: ngày 20/11/1946, quân Pháp đánh chiếm Hải Phòng và Lạng Sơn. Cuộc đàm phán dự kiến vào tháng 1/1947 không bao giờ diễn ra.",
        ),
    ],
}

DOCS = [IWA, IWB, IWC, IWD, IWE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="18:40",
        menu=[("/the-gioi", "Thế giới"), ("/van-hoa", "Văn hóa")],
        tags=[("/tag/chu-tich-ho-chi-minh", "Chủ tịch Hồ Chí Minh"), ("/tag/phap", "Pháp")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return ministry_plan(
        doc,
        signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
        recipients=["- Bộ Ngoại giao (để b/c);", "- Lưu: VT, KLSNG."],
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
        prefix="iw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
